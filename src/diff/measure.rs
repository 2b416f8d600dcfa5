//! The inline diff and the pairing of paragraphs, reachable from
//! `benches/diff.rs`, which times them at their caps: a bench is a crate of
//! its own and sees only what is `pub`. Not part of kohyo's interface.

use super::japanese::paragraph_sides;
use super::{inline, sequence};

/// The most word segments compared word by word (`diff/inline.rs`).
pub const WORD_TOKEN_CAP: usize = inline::WORD_TOKEN_CAP;
/// The most sentences compared sentence by sentence (`diff/inline.rs`).
pub const SENTENCE_CAP: usize = inline::SENTENCE_CAP;
/// The most characters of a gap paired by the best alignment (`diff/sequence.rs`).
pub const PAIRING_CHARS_CAP: usize = sequence::PAIRING_CHARS_CAP;

/// `old` → `new` compared as a text is: how many fragments, and the unit
/// its changed middle was compared in (`Word`, `Sentence` or `Whole`).
pub fn inline(old: &str, new: &str) -> (usize, String) {
    let (fragments, unit) = inline::fragments_with_unit(old, new);
    (fragments.len(), format!("{unit:?}"))
}

/// Two lists of paragraphs merged as a section's are: how many items.
pub fn merge_paragraphs(old: &[String], new: &[String]) -> usize {
    sequence::merge(&paragraph_sides(old), &paragraph_sides(new)).len()
}

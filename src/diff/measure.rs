//! The inline diff and the pairing of paragraphs, reachable from
//! `benches/diff.rs`, which times them at their caps: a bench is a crate of
//! its own and sees only what is `pub`. Not part of kohyo's interface.

use super::text::paragraph_sides;
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

/// A reproducible pseudo-random sequence, so that every run of the bench
/// and of the tests compares the same generated texts.
pub struct Lcg(pub u64);

impl Lcg {
    /// The next number below `below`.
    pub fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below
    }

    /// `len` pieces of `alphabet`, picked in turn.
    pub fn text(&mut self, alphabet: &[&str], len: usize) -> String {
        (0..len)
            .map(|_| alphabet[self.next(alphabet.len())])
            .collect()
    }
}

//! What one revision of a document besides the notice changed against the
//! one before it: its title, its prose sections, and what its kind holds —
//! the arrangements of a joint use, each law item of each said apart, or
//! the entries of a publications document.
//!
//! A joint use's changes are named in the words of APPI Art. 27(5)(iii),
//! because Art. 27(6) makes what a change needs depend on which item
//! changed: a change of the purposes or of the person responsible must be
//! made knowable in advance, one of that person's name, address or
//! representative without delay. A new `responsible.id` is a different
//! person (replaced); the same id with other words is the same person
//! changed.
//!
//! As for the notice, what changed is decided on the Japanese and the
//! English shows the same changes in its own texts (`translation.rs`).
//!
//! The parts: `changes` is what a document's diff is made of, `japanese`
//! decides it, `translation` shows it in the English.

mod changes;
mod japanese;
mod translation;

use crate::content::{Body, Revision};
use crate::lang::{Language, Languages};

pub use changes::{
    ArrangementDiff, BodyDiff, DocumentDiff, DocumentSummary, EntryDiff, EntryField, FieldDiff,
    JointUseItem,
};

/// [`DocumentDiff`] in every language of the site, in its order, the
/// Japanese computed once.
pub(crate) fn document_diffs(
    old: &Revision<Body>,
    new: &Revision<Body>,
    languages: &Languages,
) -> Vec<DocumentDiff> {
    let japanese = japanese::authoritative(old, new);
    let translations: Vec<DocumentDiff> = languages
        .translations()
        .map(|to| translation::translated(&japanese, old, new, to))
        .collect();
    std::iter::once(japanese).chain(translations).collect()
}

/// The changes from `old` to `new` as a reader of `to` sees them.
pub fn document_diff(old: &Revision<Body>, new: &Revision<Body>, to: &Language) -> DocumentDiff {
    let japanese = japanese::authoritative(old, new);
    if to.is_authoritative() {
        japanese
    } else {
        translation::translated(&japanese, old, new, to)
    }
}

#[cfg(test)]
mod tests;

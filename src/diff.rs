//! What one revision of the notice changed against another. The notice
//! promises that purpose changes are announced; the changes pages show
//! exactly what changed — categories followed by their stable id through
//! renames and moves, purposes and paragraphs matched by text, and within a
//! reworded text the words that changed, segmented so that Japanese reads
//! well.
//!
//! What changed is decided once, on the authoritative Japanese; a reader of
//! the translation sees the same changes in the translated texts (see
//! `diff/translation.rs`), so a translation arriving late never reads as
//! text removed and added.
//!
//! Computed once per pair of revisions at load, in time bounded by the size
//! of the texts and with the same result every time (the bounds are in
//! `diff/inline.rs` and `diff/sequence.rs`): the pages built from it must
//! not depend on the machine's load.
//!
//! The parts: `changes` is what a diff is made of, `text` one text compared
//! and `inline` the words that changed in it, `sequence` two lists merged,
//! `japanese` the Japanese of two revisions compared with these (`groups`
//! inside a category),
//! `translation` the result in the English texts, `summary` its counts;
//! `document` the same for the other documents of a site (joint use,
//! policies, publications).

mod changes;
mod document;
mod groups;
mod inline;
mod japanese;
#[doc(hidden)]
pub mod measure;
mod sequence;
mod summary;
mod text;
mod translation;

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod properties;

use crate::content::Revision;
use crate::lang::{Language, Languages};

pub use changes::{
    CategoryDiff, GroupDiff, Item, Label, LabelDiff, PurposeDiff, PurposesDiff, RevisionDiff,
    SectionDiff, Status,
};
pub(crate) use document::document_diffs;
pub use document::{
    ArrangementDiff, BodyDiff, DocumentDiff, DocumentSummary, EntryDiff, EntryField, FieldDiff,
    JointUseItem, document_diff,
};
pub use inline::{Fragment, Mark};
pub use summary::{Summary, TranslationSummary};
pub use text::{Inline, Translation};

/// The changes from `old` to `new` as a reader of `to` sees them: those
/// of the Japanese, in the translation where there is one and in the
/// Japanese fallback where not.
pub fn diff(old: &Revision, new: &Revision, to: &Language) -> RevisionDiff {
    let japanese = authoritative(old, new);
    if to.is_authoritative() {
        japanese
    } else {
        translation::translated(&japanese, old, new, to)
    }
}

/// [`diff`] in every language of the site, in its order, the Japanese
/// computed once.
pub(crate) fn diffs(old: &Revision, new: &Revision, languages: &Languages) -> Vec<RevisionDiff> {
    let japanese = authoritative(old, new);
    let translations: Vec<RevisionDiff> = languages
        .translations()
        .map(|to| translation::translated(&japanese, old, new, to))
        .collect();
    std::iter::once(japanese).chain(translations).collect()
}

/// The changes of the Japanese, which decide what changed in every language.
fn authoritative(old: &Revision, new: &Revision) -> RevisionDiff {
    RevisionDiff {
        labels: japanese::labels(old, new),
        purposes: japanese::purposes(&old.body.purposes, &new.body.purposes),
        sections: japanese::sections(&old.sections, &new.sections),
    }
}

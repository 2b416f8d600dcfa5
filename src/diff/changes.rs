//! What a diff is made of: the notice's labels, categories, purposes,
//! sections and paragraphs of two revisions merged, each with its status
//! and its places in the old and the new list.

use super::text::{Inline, Side, Translation};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RevisionDiff {
    /// Changed notice title / table heading / caption / column headers, only those that differ.
    pub labels: Vec<LabelDiff>,
    pub purposes: PurposesDiff,
    /// Every section of either revision (matched by `Section::id`), in new
    /// order with removed ones at their old place; `SectionDiff::is_changed`
    /// filters.
    pub sections: Vec<SectionDiff>,
}

impl RevisionDiff {
    /// Every text of the diff, a moved one once: labels, names and titles,
    /// purposes and paragraphs.
    pub(super) fn texts(&self) -> impl Iterator<Item = &Inline> {
        let labels = self.labels.iter().map(|label| &label.text);
        let categories =
            self.purposes.categories.iter().flat_map(|category| {
                std::iter::once(&category.name).chain(items(&category.purposes))
            });
        let prose = items(&self.purposes.intro).chain(items(&self.purposes.notes));
        let sections = self
            .sections
            .iter()
            .flat_map(|section| std::iter::once(&section.title).chain(items(&section.blocks)));
        labels.chain(categories).chain(prose).chain(sections)
    }

    /// Nothing changed; a translation updated is no change.
    pub fn is_empty(&self) -> bool {
        !self
            .labels
            .iter()
            .any(|label| label.text.translation != Translation::Updated)
            && !self
                .purposes
                .categories
                .iter()
                .any(CategoryDiff::is_changed)
            && !self
                .purposes
                .intro
                .iter()
                .chain(&self.purposes.notes)
                .any(Item::is_changed)
            && !self.sections.iter().any(SectionDiff::is_changed)
    }
}

/// The short texts around the notice and its purposes table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    Title,
    PurposesHeading,
    Caption,
    CategoryHeader,
    PurposesHeader,
}

/// The texts of a merged list, a moved one once (where it is now).
fn items(merged: &[Item]) -> impl Iterator<Item = &Inline> {
    merged
        .iter()
        .filter(|item| !(item.moved && item.status == Status::Removed))
        .map(|item| &item.text)
}

/// A label that differs, in Japanese or, on the translated side, only in
/// its translation (then `text.translation` is `Translation::Updated`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelDiff {
    pub label: Label,
    pub text: Inline,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PurposesDiff {
    /// Every category of either revision: new order, removed ones right after their old predecessor.
    pub categories: Vec<CategoryDiff>,
    /// Paragraphs of `Purposes::intro` (empty if there is none on both sides).
    pub intro: Vec<Item>,
    /// Paragraphs of `Purposes::notes`.
    pub notes: Vec<Item>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Same,
    Added,
    Removed,
    Changed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryDiff {
    pub id: String,
    /// Added / Removed (whole category), Changed (renamed or purposes
    /// changed/reordered, or moved), Same.
    pub status: Status,
    /// 0-based position among old categories.
    pub old_index: Option<usize>,
    pub new_index: Option<usize>,
    /// The whole name with renamed parts marked.
    pub name: Inline,
    pub renamed: bool,
    /// Moved relative to the other categories (not in the longest common
    /// subsequence of ids).
    pub moved: bool,
    /// Every purpose of either side, merged (see [`Item`]).
    pub purposes: Vec<Item>,
}

impl CategoryDiff {
    pub fn is_changed(&self) -> bool {
        self.status != Status::Same
    }
}

/// One purpose (or one paragraph of prose) in a merged old+new sequence.
///
/// Filtering out `Added` items and taking `old_text()` gives the old list in
/// order; filtering out `Removed` and taking `new_text()` gives the new list
/// in order. A reworded item is a single `Changed` item, paired from a
/// removed and an added text in the same gap (between two unchanged items)
/// when they are in the same language and the inline diff keeps at least a
/// third of their characters (2 × unchanged ≥ (old + new) / 3). An item
/// whose exact text appears on both sides but out of order is a `Removed`
/// at its old place and an `Added` at its new place, both with `moved`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub status: Status,
    pub moved: bool,
    /// Its place in the old list: `None` for an added text; for a text
    /// added as a move, the place of the text it moved from.
    pub old_index: Option<usize>,
    /// Its place in the new list: `None` for a removed text; for a text
    /// removed as a move, the place it moved to.
    pub new_index: Option<usize>,
    pub text: Inline,
}

impl Item {
    /// Whether a reader sees this item added, removed, changed or moved.
    pub fn is_changed(&self) -> bool {
        self.status != Status::Same
    }

    pub(super) fn same(
        old: Side<'_>,
        new: Side<'_>,
        (old_index, new_index): (usize, usize),
    ) -> Item {
        Item {
            status: Status::Same,
            moved: false,
            old_index: Some(old_index),
            new_index: Some(new_index),
            text: Inline::compare(old, new),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionDiff {
    pub id: String,
    /// Added / Removed (whole section), Changed (retitled, paragraphs
    /// changed, or moved), Same.
    pub status: Status,
    /// 0-based position among old sections.
    pub old_index: Option<usize>,
    pub new_index: Option<usize>,
    /// Moved relative to the other sections: renumbering a section's file
    /// (10-… to 30-…) keeps its id and changes its place.
    pub moved: bool,
    pub title: Inline,
    /// Paragraphs of the body, merged (see [`Item`]).
    pub blocks: Vec<Item>,
}

impl SectionDiff {
    pub fn is_changed(&self) -> bool {
        self.status != Status::Same
    }
}

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
        let categories = self
            .purposes
            .categories
            .iter()
            .flat_map(CategoryDiff::texts);
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
    /// Paragraphs of `Category::description`, merged (empty if there is
    /// none on both sides). A description is not a purpose: its changes
    /// count as other text, like the intro's.
    pub description: Vec<Item>,
    /// Every group of either side, matched by id (see [`GroupDiff`]); a
    /// category that lists its purposes directly has one group without
    /// an id.
    pub groups: Vec<GroupDiff>,
}

impl CategoryDiff {
    pub fn is_changed(&self) -> bool {
        self.status != Status::Same
    }

    /// Whether its purposes are in labelled groups on either side.
    pub fn is_grouped(&self) -> bool {
        self.groups.iter().any(|group| group.id.is_some())
    }

    /// Every purpose of every group, group after group.
    pub fn purposes(&self) -> impl Iterator<Item = &PurposeDiff> {
        self.groups.iter().flat_map(|group| &group.purposes)
    }

    /// Its name, description, group names, purposes and explanations, a
    /// moved purpose once.
    fn texts(&self) -> impl Iterator<Item = &Inline> {
        let groups = self.groups.iter().flat_map(|group| {
            let purposes = group
                .purposes
                .iter()
                .filter(|purpose| !(purpose.item.moved && purpose.item.status == Status::Removed))
                .flat_map(|purpose| {
                    std::iter::once(&purpose.item.text).chain(items(&purpose.explanation))
                });
            group.name.iter().chain(purposes)
        });
        std::iter::once(&self.name)
            .chain(items(&self.description))
            .chain(groups)
    }
}

/// The purposes under one label of a category, matched by the group's id
/// across revisions, or a category's purposes when it lists them directly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupDiff {
    /// `GroupLabel::id`; `None` for the one group of a category that lists
    /// its purposes directly.
    pub id: Option<String>,
    /// Added / Removed (the whole group), Changed (renamed, moved, or its
    /// purposes changed), Same.
    pub status: Status,
    /// 0-based position among the category's old groups.
    pub old_index: Option<usize>,
    pub new_index: Option<usize>,
    /// The whole name with renamed parts marked; `None` without a label.
    pub name: Option<Inline>,
    pub renamed: bool,
    /// Moved relative to the other groups of its category.
    pub moved: bool,
    /// Every purpose of the group on either side, merged (see [`Item`]).
    /// Their `old_index` and `new_index` are places in the whole
    /// category, group after group (`Category::purposes`), so that a move
    /// between groups can say where the purpose is on the other side.
    pub purposes: Vec<PurposeDiff>,
}

impl GroupDiff {
    pub fn is_changed(&self) -> bool {
        self.status != Status::Same
    }
}

/// One purpose in a group's merged list, with its explanation.
///
/// A purpose whose exact Japanese text left one group and is found in
/// another group of the same category moved: it is a `Removed` item in
/// the group it left and an `Added` one in the group it joined, both with
/// `moved` and with `moved_across` naming the other group. A purpose that
/// left one category for another is removed from one and added to the
/// other: categories are matched by id, and what a purpose is used for is
/// said by its category. An explanation that changed (in Japanese) makes
/// the purpose `Changed`, its text unchanged or reworded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PurposeDiff {
    pub item: Item,
    /// For a purpose moved between groups: the group it came from (on
    /// its `Added` side) or went to (on its `Removed` side), as an index
    /// into `CategoryDiff::groups`.
    pub moved_across: Option<usize>,
    /// Whether its Japanese explanation differs from the one it had. On a
    /// move, said on the `Added` side, which carries the explanation.
    pub explanation_changed: bool,
    /// Whether its Japanese words were reworded, decided on the Japanese so
    /// that the English side, whose words may read the same, counts the
    /// same change.
    pub reworded: bool,
    /// Paragraphs of its explanation, merged (empty if it has none on
    /// either side; on a move, empty on the `Removed` side).
    pub explanation: Vec<Item>,
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

//! Counts of what a diff changed, for a one-line account of a revision and
//! for the question whether its purposes of use changed.

use super::changes::{CategoryDiff, GroupDiff, Item, RevisionDiff, SectionDiff, Status};
use super::text::Translation;

impl RevisionDiff {
    pub fn summary(&self) -> Summary {
        let mut summary = Summary::default();
        for category in &self.purposes.categories {
            summary.count_category(category);
        }
        for paragraph in self.purposes.intro.iter().chain(&self.purposes.notes) {
            summary.count_paragraph(paragraph);
        }
        for section in &self.sections {
            summary.count_section(section);
        }
        for text in self.texts() {
            summary.translation.count(text.translation);
        }
        summary
    }
}

/// Counts of what changed, for a one-line account of a revision.
///
/// A whole category added counts as one category added and each of its
/// purposes as a purpose added, so that "1 category added (3 purposes)" can
/// be said; likewise for a removed category, and for the paragraphs of an
/// added or removed section. A purpose or paragraph moved within its list
/// counts once, as moved, and not as added or removed; one moved to
/// another group of its category counts once, as regrouped. The groups of
/// a whole category added or removed are not counted, its purposes are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub categories_added: usize,
    pub categories_removed: usize,
    /// Renamed categories that are on both sides.
    pub categories_renamed: usize,
    pub categories_moved: usize,
    pub purposes_added: usize,
    pub purposes_removed: usize,
    pub purposes_changed: usize,
    pub purposes_moved: usize,
    /// Purposes whose explanation alone changed (on a purpose also
    /// reworded, it counts as reworded).
    pub purposes_explained: usize,
    /// Purposes moved to another group of their category.
    pub purposes_regrouped: usize,
    /// Groups added to or removed from a category on both sides, renamed
    /// or moved among the category's groups: shown, though a group without
    /// purposes on either side is no change of purpose.
    pub groups_added: usize,
    pub groups_removed: usize,
    pub groups_renamed: usize,
    pub groups_moved: usize,
    /// Of `groups_renamed`, those with purposes on either side: their
    /// purposes are now said to be for something else.
    pub groups_renamed_with_purposes: usize,
    pub sections_added: usize,
    pub sections_removed: usize,
    /// Sections on both sides that were retitled, whose paragraphs changed,
    /// or that moved.
    pub sections_changed: usize,
    /// Intro/notes/section paragraphs added, removed or changed.
    pub paragraphs_changed: usize,
    /// Intro/notes/section paragraphs moved within their text.
    pub paragraphs_moved: usize,
    /// Texts whose translation was updated or lags: zero in Japanese; the
    /// counts above are the same in every language.
    pub translation: TranslationSummary,
}

/// Counts of the texts whose translation did not move with the Japanese.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TranslationSummary {
    /// Translations added, improved or taken back while the Japanese stayed.
    pub updated: usize,
    /// Japanese changes whose translation did not follow.
    pub lagging: usize,
}

impl TranslationSummary {
    pub(super) fn count(&mut self, translation: Translation) {
        match translation {
            Translation::InStep => {}
            Translation::Updated => self.updated += 1,
            Translation::Lagging => self.lagging += 1,
        }
    }
}

impl Summary {
    /// Whether the purposes themselves changed: categories added, removed or
    /// renamed, purposes added, removed or changed (an explanation changed
    /// is a purpose changed), moved to another group, or a group that holds
    /// purposes renamed. Moves within a list alone are not a change of
    /// purpose, nor are descriptions. For Japanese this is what
    /// `Purposes::differs_from` says, as long as no category lists the same
    /// purpose twice (a duplicate added or dropped shows as a purpose added
    /// or removed, while the purposes as a set are the same).
    pub fn changes_purposes(&self) -> bool {
        self.categories_added
            + self.categories_removed
            + self.categories_renamed
            + self.purposes_added
            + self.purposes_removed
            + self.purposes_changed
            + self.purposes_explained
            + self.purposes_regrouped
            + self.groups_renamed_with_purposes
            > 0
    }

    fn count_category(&mut self, category: &CategoryDiff) {
        match category.status {
            Status::Added => self.categories_added += 1,
            Status::Removed => self.categories_removed += 1,
            Status::Same | Status::Changed => {
                self.categories_renamed += usize::from(category.renamed);
                self.categories_moved += usize::from(category.moved);
            }
        }
        let whole = matches!(category.status, Status::Added | Status::Removed);
        if !whole {
            for paragraph in &category.description {
                self.count_paragraph(paragraph);
            }
        }
        for group in &category.groups {
            if !whole {
                self.count_group(group);
            }
            for purpose in &group.purposes {
                let item = &purpose.item;
                match (item.status, item.moved) {
                    (Status::Added, true) if purpose.moved_across.is_some() => {
                        self.purposes_regrouped += 1;
                    }
                    (Status::Added, true) => self.purposes_moved += 1,
                    (Status::Added, false) => self.purposes_added += 1,
                    (Status::Removed, false) => self.purposes_removed += 1,
                    (Status::Changed, _) if !purpose.reworded => {
                        self.purposes_explained += 1;
                    }
                    (Status::Changed, _) => self.purposes_changed += 1,
                    // A move shows twice, removed and added; it is counted once.
                    (Status::Removed, true) | (Status::Same, _) => {}
                }
                // A moved purpose whose explanation changed also changed.
                if item.moved && item.status == Status::Added && purpose.explanation_changed {
                    self.purposes_explained += 1;
                }
            }
        }
    }

    fn count_group(&mut self, group: &GroupDiff) {
        match group.status {
            Status::Added => self.groups_added += 1,
            Status::Removed => self.groups_removed += 1,
            Status::Same | Status::Changed => {
                self.groups_renamed += usize::from(group.renamed);
                self.groups_moved += usize::from(group.moved);
                let holds = !group.purposes.is_empty();
                self.groups_renamed_with_purposes += usize::from(group.renamed && holds);
            }
        }
    }

    fn count_section(&mut self, section: &SectionDiff) {
        match section.status {
            Status::Added => self.sections_added += 1,
            Status::Removed => self.sections_removed += 1,
            Status::Changed => self.sections_changed += 1,
            Status::Same => {}
        }
        for block in &section.blocks {
            self.count_paragraph(block);
        }
    }

    fn count_paragraph(&mut self, paragraph: &Item) {
        match (paragraph.status, paragraph.moved) {
            (Status::Added, true) => self.paragraphs_moved += 1,
            (Status::Added | Status::Removed | Status::Changed, false) => {
                self.paragraphs_changed += 1;
            }
            (Status::Changed, true) | (Status::Removed, true) | (Status::Same, _) => {}
        }
    }
}

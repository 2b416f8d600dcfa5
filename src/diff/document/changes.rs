//! What a document's diff is made of: the title, the sections, and the
//! arrangements or entries its kind holds, each field said apart, with
//! their counts.

use jiff::civil::Date;

use crate::content::{ChangeBasis, EntryKind};
use crate::diff::changes::{Item, LabelDiff, SectionDiff, Status};
use crate::diff::summary::TranslationSummary;
use crate::diff::text::{Inline, Translation};

/// What a revision of a document changed, as a reader of one language
/// sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentDiff {
    /// The document's title, when it changed (or, in English, only its
    /// translation did: `text.translation` is then `Translation::Updated`).
    pub title: Option<LabelDiff>,
    /// Every section of either revision, as for the notice.
    pub sections: Vec<SectionDiff>,
    pub body: BodyDiff,
}

/// What a document's kind holds, merged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BodyDiff {
    Policy,
    /// Every arrangement of either revision, matched by id, in new order.
    JointUse(Vec<ArrangementDiff>),
    /// Every entry of either revision, matched by id, in new order.
    Publications(Vec<EntryDiff>),
}

/// An item of a joint use, in the order of APPI Art. 27(5)(iii) after the
/// arrangement's own name; the changes page and the summary name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum JointUseItem {
    /// The arrangement's name (kohyo's, not the law's).
    Name,
    /// 共同して利用される個人データの項目.
    Items,
    /// 共同して利用する者の範囲.
    Users,
    /// 利用する者の利用目的.
    Purposes,
    /// 当該個人データの管理について責任を有する者, replaced by another
    /// (a different `responsible.id`).
    Responsible,
    /// Its 氏名又は名称.
    ResponsibleName,
    /// Its 住所.
    ResponsibleAddress,
    /// For a corporation, its 代表者の氏名.
    ResponsibleRepresentative,
    /// What else the union says of the arrangement.
    Notes,
}

/// One text of an arrangement or an entry, merged by paragraph (a short
/// text is one paragraph).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldDiff<F> {
    pub field: F,
    /// Empty when the text is on neither side.
    pub paragraphs: Vec<Item>,
}

impl<F> FieldDiff<F> {
    pub fn is_changed(&self) -> bool {
        self.paragraphs.iter().any(Item::is_changed)
    }
}

/// One arrangement of a joint use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArrangementDiff {
    pub id: String,
    /// Added / Removed (the whole arrangement), Changed (an item changed,
    /// or it moved), Same.
    pub status: Status,
    pub old_index: Option<usize>,
    pub new_index: Option<usize>,
    pub moved: bool,
    /// The whole name with renamed parts marked.
    pub name: Inline,
    pub renamed: bool,
    /// The person responsible is another one (`responsible.id` changed).
    pub replaced: bool,
    /// Its items in the law's order: `Items`, `Users`, `Purposes`,
    /// `ResponsibleName`, `ResponsibleAddress`, `ResponsibleRepresentative`,
    /// `Notes`.
    pub fields: Vec<FieldDiff<JointUseItem>>,
    /// Why its items or joint users changed, as the new revision declares;
    /// `None` unless they changed in an arrangement on both sides (a
    /// declaration where they did not is left over, and says nothing of
    /// this change).
    pub basis: Option<ChangeBasis>,
}

impl ArrangementDiff {
    pub fn is_changed(&self) -> bool {
        self.status != Status::Same
    }

    /// The items that changed in an arrangement on both sides, in the
    /// law's order; a person replaced is said once, as `Responsible`, not
    /// as its name, address and representative.
    pub fn changed_items(&self) -> Vec<JointUseItem> {
        if matches!(self.status, Status::Added | Status::Removed) {
            return Vec::new();
        }
        let responsible = [
            JointUseItem::ResponsibleName,
            JointUseItem::ResponsibleAddress,
            JointUseItem::ResponsibleRepresentative,
        ];
        let mut items: Vec<JointUseItem> = self
            .renamed
            .then_some(JointUseItem::Name)
            .into_iter()
            .collect();
        for field in self.fields.iter().filter(|field| field.is_changed()) {
            if self.replaced && responsible.contains(&field.field) {
                continue;
            }
            items.push(field.field);
        }
        if self.replaced {
            items.push(JointUseItem::Responsible);
        }
        items.sort();
        items
    }
}

/// A part of a publication entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum EntryField {
    Date,
    Kind,
    Title,
    /// 含まれる個人に関する情報の項目.
    Items,
    /// 利用目的.
    Purposes,
    /// 提供の方法.
    Method,
    Recipients,
    Notes,
}

/// One publication entry. `check` refuses an entry removed or changed
/// once published; the diff still says so when it sees one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryDiff {
    pub id: String,
    pub status: Status,
    pub old_index: Option<usize>,
    pub new_index: Option<usize>,
    pub moved: bool,
    /// Its date: the new one, or the old one for an entry removed.
    pub date: Date,
    /// The date it had, when that changed.
    pub old_date: Option<Date>,
    pub kind: EntryKind,
    /// The kind it had, when that changed.
    pub old_kind: Option<EntryKind>,
    pub title: Inline,
    /// Its texts: `Items`, `Purposes`, `Method`, `Recipients`, `Notes`.
    pub fields: Vec<FieldDiff<EntryField>>,
}

impl EntryDiff {
    pub fn is_changed(&self) -> bool {
        self.status != Status::Same
    }

    /// What changed in an entry on both sides, in `EntryField` order.
    pub fn changed_fields(&self) -> Vec<EntryField> {
        if matches!(self.status, Status::Added | Status::Removed) {
            return Vec::new();
        }
        let mut fields = Vec::new();
        fields.extend(self.old_date.map(|_| EntryField::Date));
        fields.extend(self.old_kind.map(|_| EntryField::Kind));
        if self.title.is_changed() {
            fields.push(EntryField::Title);
        }
        fields.extend(
            self.fields
                .iter()
                .filter(|field| field.is_changed())
                .map(|field| field.field),
        );
        fields
    }
}

/// Counts of what a document's revision changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentSummary {
    pub title_changed: bool,
    pub arrangements_added: usize,
    pub arrangements_removed: usize,
    /// Arrangements on both sides with an item changed.
    pub arrangements_changed: usize,
    /// Arrangements on both sides that only moved.
    pub arrangements_moved: usize,
    /// Every item changed in some arrangement on both sides, in the law's
    /// order, once.
    pub joint_use_items: Vec<JointUseItem>,
    pub entries_added: usize,
    pub entries_removed: usize,
    pub entries_changed: usize,
    pub entries_moved: usize,
    pub sections_added: usize,
    pub sections_removed: usize,
    pub sections_changed: usize,
    /// Section paragraphs added, removed or changed.
    pub paragraphs_changed: usize,
    /// Zero in Japanese; the counts above are the same in every language.
    pub translation: TranslationSummary,
}

impl DocumentDiff {
    /// Nothing changed; a translation updated is no change.
    pub fn is_empty(&self) -> bool {
        let summary = self.summary();
        summary
            == DocumentSummary {
                translation: summary.translation,
                ..DocumentSummary::default()
            }
    }

    pub fn summary(&self) -> DocumentSummary {
        let mut summary = DocumentSummary {
            title_changed: self
                .title
                .as_ref()
                .is_some_and(|title| title.text.translation != Translation::Updated),
            ..DocumentSummary::default()
        };
        for section in &self.sections {
            match section.status {
                Status::Added => summary.sections_added += 1,
                Status::Removed => summary.sections_removed += 1,
                Status::Changed => summary.sections_changed += 1,
                Status::Same => {}
            }
            summary.paragraphs_changed += section
                .blocks
                .iter()
                .filter(|block| block.is_changed() && !block.moved)
                .count();
        }
        match &self.body {
            BodyDiff::Policy => {}
            BodyDiff::JointUse(arrangements) => {
                for arrangement in arrangements {
                    match arrangement.status {
                        Status::Added => summary.arrangements_added += 1,
                        Status::Removed => summary.arrangements_removed += 1,
                        Status::Changed => {
                            let items = arrangement.changed_items();
                            if items.is_empty() {
                                summary.arrangements_moved += 1;
                            } else {
                                summary.arrangements_changed += 1;
                            }
                            summary.joint_use_items.extend(items);
                        }
                        Status::Same => {}
                    }
                }
                summary.joint_use_items.sort();
                summary.joint_use_items.dedup();
            }
            BodyDiff::Publications(entries) => {
                for entry in entries {
                    match entry.status {
                        Status::Added => summary.entries_added += 1,
                        Status::Removed => summary.entries_removed += 1,
                        Status::Changed if entry.changed_fields().is_empty() => {
                            summary.entries_moved += 1;
                        }
                        Status::Changed => summary.entries_changed += 1,
                        Status::Same => {}
                    }
                }
            }
        }
        for text in self.texts() {
            summary.translation.count(text.translation);
        }
        summary
    }

    /// Every text of the diff: title, sections, names and fields.
    fn texts(&self) -> Vec<&Inline> {
        let mut texts: Vec<&Inline> = self.title.iter().map(|title| &title.text).collect();
        let whole = |item: &&Item| !(item.moved && item.status == Status::Removed);
        for section in &self.sections {
            texts.push(&section.title);
            texts.extend(section.blocks.iter().filter(whole).map(|item| &item.text));
        }
        match &self.body {
            BodyDiff::Policy => {}
            BodyDiff::JointUse(arrangements) => {
                for arrangement in arrangements {
                    texts.push(&arrangement.name);
                    for field in &arrangement.fields {
                        texts.extend(field.paragraphs.iter().filter(whole).map(|item| &item.text));
                    }
                }
            }
            BodyDiff::Publications(entries) => {
                for entry in entries {
                    texts.push(&entry.title);
                    for field in &entry.fields {
                        texts.extend(field.paragraphs.iter().filter(whole).map(|item| &item.text));
                    }
                }
            }
        }
        texts
    }
}

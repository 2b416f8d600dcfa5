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

use jiff::civil::Date;

use super::changes::{Item, Label, LabelDiff, SectionDiff, Status};
use super::inline::Mark;
use super::japanese;
use super::sequence::{self, Place, prose};
use super::summary::TranslationSummary;
use super::text::{Inline, Side, Translation, ja};
use super::translation;
use crate::content::{
    Arrangement, Bilingual, Body, EntryKind, Prose, PublicationEntry, Revision, Text,
};
use crate::lang::Lang;

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

/// [`DocumentDiff`] in every language, in `Lang::ALL` order, the Japanese
/// computed once.
pub(crate) fn document_diffs(old: &Revision<Body>, new: &Revision<Body>) -> [DocumentDiff; 2] {
    let japanese = authoritative(old, new);
    let english = translated(&japanese, old, new);
    [japanese, english]
}

/// The changes from `old` to `new` as a reader of `lang` sees them.
pub fn document_diff(old: &Revision<Body>, new: &Revision<Body>, lang: Lang) -> DocumentDiff {
    let [japanese, english] = document_diffs(old, new);
    match lang {
        Lang::Ja => japanese,
        Lang::En => english,
    }
}

fn authoritative(old: &Revision<Body>, new: &Revision<Body>) -> DocumentDiff {
    let (old_title, new_title) = (ja(&old.title), ja(&new.title));
    DocumentDiff {
        title: (old_title.text != new_title.text).then(|| LabelDiff {
            label: Label::Title,
            text: Inline::compare(old_title, new_title),
        }),
        sections: japanese::sections(&old.sections, &new.sections),
        body: match (&old.body, &new.body) {
            (Body::JointUse(o), Body::JointUse(n)) => BodyDiff::JointUse(
                by_id(&o.arrangements, &n.arrangements, |a| &a.id)
                    .into_iter()
                    .map(|place| arrangement(place, &o.arrangements, &n.arrangements))
                    .collect(),
            ),
            (Body::Publications(o), Body::Publications(n)) => BodyDiff::Publications(
                by_id(&o.entries, &n.entries, |e| &e.id)
                    .into_iter()
                    .map(|place| entry(place, &o.entries, &n.entries))
                    .collect(),
            ),
            // A document's kind is its document.toml's, the same in every
            // revision; a policy has nothing besides its sections.
            _ => BodyDiff::Policy,
        },
    }
}

fn by_id<T>(old: &[T], new: &[T], id: impl Fn(&T) -> &String) -> Vec<Place> {
    let old_ids: Vec<&str> = old.iter().map(|x| id(x).as_str()).collect();
    let new_ids: Vec<&str> = new.iter().map(|x| id(x).as_str()).collect();
    sequence::by_key(&old_ids, &new_ids)
}

/// The two sides of a matched entry, its status as a whole, its indices
/// and whether it moved.
struct Matched<'a, T> {
    old: Option<&'a T>,
    new: Option<&'a T>,
    status: Status,
    old_index: Option<usize>,
    new_index: Option<usize>,
    moved: bool,
}

fn matched<'a, T>(place: Place, old: &'a [T], new: &'a [T]) -> Matched<'a, T> {
    match place {
        Place::Removed(i) => Matched {
            old: old.get(i),
            new: None,
            status: Status::Removed,
            old_index: Some(i),
            new_index: None,
            moved: false,
        },
        Place::Added(j) => Matched {
            old: None,
            new: new.get(j),
            status: Status::Added,
            old_index: None,
            new_index: Some(j),
            moved: false,
        },
        Place::Both {
            old: i,
            new: j,
            moved,
        } => Matched {
            old: old.get(i),
            new: new.get(j),
            // Decided once the texts are compared.
            status: Status::Same,
            old_index: Some(i),
            new_index: Some(j),
            moved,
        },
    }
}

/// A name or title: the whole text added or removed, or compared.
fn name(old: Option<&Text>, new: Option<&Text>) -> Inline {
    match (old, new) {
        (Some(old), Some(new)) => Inline::compare(ja(old), ja(new)),
        (Some(old), None) => Inline::whole(Mark::Removed, ja(old)),
        (None, Some(new)) => Inline::whole(Mark::Added, ja(new)),
        // Not reached: a matched entry is on one side at least.
        (None, None) => Inline::whole(
            Mark::Same,
            Side {
                text: "",
                lang: Lang::Ja,
            },
        ),
    }
}

/// A short text as a list of at most one paragraph, so that it merges,
/// translates and renders like the paragraphs of prose.
fn short(old: Option<&Text>, new: Option<&Text>) -> Vec<Item> {
    let text = name(old, new);
    let (status, old_index, new_index) = match (old, new) {
        (Some(_), Some(_)) if text.is_changed() => (Status::Changed, Some(0), Some(0)),
        (Some(_), Some(_)) => (Status::Same, Some(0), Some(0)),
        (Some(_), None) => (Status::Removed, Some(0), None),
        (None, Some(_)) => (Status::Added, None, Some(0)),
        (None, None) => return Vec::new(),
    };
    vec![Item {
        status,
        moved: false,
        old_index,
        new_index,
        text,
    }]
}

/// Where each item's text is in an arrangement.
enum Source {
    Prose(fn(&Arrangement) -> Option<&Bilingual<Prose>>),
    Short(fn(&Arrangement) -> Option<&Text>),
}

const ARRANGEMENT_FIELDS: [(JointUseItem, Source); 7] = [
    (JointUseItem::Items, Source::Prose(|a| Some(&a.items))),
    (JointUseItem::Users, Source::Prose(|a| Some(&a.users))),
    (JointUseItem::Purposes, Source::Prose(|a| Some(&a.purposes))),
    (
        JointUseItem::ResponsibleName,
        Source::Short(|a| Some(&a.responsible.name)),
    ),
    (
        JointUseItem::ResponsibleAddress,
        Source::Short(|a| Some(&a.responsible.address)),
    ),
    (
        JointUseItem::ResponsibleRepresentative,
        Source::Short(|a| a.responsible.representative.as_ref()),
    ),
    (JointUseItem::Notes, Source::Prose(|a| a.notes.as_ref())),
];

fn arrangement(place: Place, old: &[Arrangement], new: &[Arrangement]) -> ArrangementDiff {
    let m = matched(place, old, new);
    let name = name(m.old.map(|a| &a.name), m.new.map(|a| &a.name));
    let renamed = m.old.is_some() && m.new.is_some() && name.is_changed();
    let replaced = m
        .old
        .zip(m.new)
        .is_some_and(|(o, n)| o.responsible.id != n.responsible.id);
    let fields: Vec<FieldDiff<JointUseItem>> = ARRANGEMENT_FIELDS
        .iter()
        .map(|(field, source)| FieldDiff {
            field: *field,
            paragraphs: match source {
                Source::Prose(get) => prose(m.old.and_then(get), m.new.and_then(get)),
                Source::Short(get) => short(m.old.and_then(get), m.new.and_then(get)),
            },
        })
        .collect();
    let changed = m.moved || renamed || replaced || fields.iter().any(FieldDiff::is_changed);
    ArrangementDiff {
        id: m.new.or(m.old).map_or_else(String::new, |a| a.id.clone()),
        status: whole_status(m.status, changed),
        old_index: m.old_index,
        new_index: m.new_index,
        moved: m.moved,
        name,
        renamed,
        replaced,
        fields,
    }
}

/// The status of an entry on both sides is decided by what changed.
fn whole_status(status: Status, changed: bool) -> Status {
    match status {
        Status::Added | Status::Removed => status,
        Status::Same | Status::Changed if changed => Status::Changed,
        Status::Same | Status::Changed => Status::Same,
    }
}

type EntryProse = fn(&PublicationEntry) -> Option<&Bilingual<Prose>>;

const ENTRY_FIELDS: [(EntryField, EntryProse); 5] = [
    (EntryField::Items, |e| e.items.as_ref()),
    (EntryField::Purposes, |e| e.purposes.as_ref()),
    (EntryField::Method, |e| e.method.as_ref()),
    (EntryField::Recipients, |e| e.recipients.as_ref()),
    (EntryField::Notes, |e| e.notes.as_ref()),
];

fn entry(place: Place, old: &[PublicationEntry], new: &[PublicationEntry]) -> EntryDiff {
    let m = matched(place, old, new);
    let both = m.old.zip(m.new);
    let old_date = both.filter(|(o, n)| o.date != n.date).map(|(o, _)| o.date);
    let old_kind = both.filter(|(o, n)| o.kind != n.kind).map(|(o, _)| o.kind);
    let title = name(m.old.map(|e| &e.title), m.new.map(|e| &e.title));
    let fields: Vec<FieldDiff<EntryField>> = ENTRY_FIELDS
        .iter()
        .map(|(field, get)| FieldDiff {
            field: *field,
            paragraphs: prose(m.old.and_then(get), m.new.and_then(get)),
        })
        .collect();
    let changed = m.moved
        || old_date.is_some()
        || old_kind.is_some()
        || (both.is_some() && title.is_changed())
        || fields.iter().any(FieldDiff::is_changed);
    // Removed or added: its one side; otherwise the new one. A matched
    // entry is on one side at least, so the fallback is not reached.
    let (date, kind) = m
        .new
        .or(m.old)
        .map_or((Date::MIN, EntryKind::AnonymisedCreated), |e| {
            (e.date, e.kind)
        });
    EntryDiff {
        id: m.new.or(m.old).map_or_else(String::new, |e| e.id.clone()),
        status: whole_status(m.status, changed),
        old_index: m.old_index,
        new_index: m.new_index,
        moved: m.moved,
        date,
        old_date,
        kind,
        old_kind,
        title,
        fields,
    }
}

/// `japanese` in the texts a reader of the English sees.
fn translated(japanese: &DocumentDiff, old: &Revision<Body>, new: &Revision<Body>) -> DocumentDiff {
    DocumentDiff {
        title: translation::label_change(
            Label::Title,
            japanese.title.as_ref(),
            &old.title,
            &new.title,
        ),
        sections: translation::sections(&japanese.sections, &old.sections, &new.sections),
        body: match (&japanese.body, &old.body, &new.body) {
            (BodyDiff::JointUse(arrangements), Body::JointUse(o), Body::JointUse(n)) => {
                BodyDiff::JointUse(
                    arrangements
                        .iter()
                        .map(|a| translated_arrangement(a, &o.arrangements, &n.arrangements))
                        .collect(),
                )
            }
            (BodyDiff::Publications(entries), Body::Publications(o), Body::Publications(n)) => {
                BodyDiff::Publications(
                    entries
                        .iter()
                        .map(|e| translated_entry(e, &o.entries, &n.entries))
                        .collect(),
                )
            }
            _ => BodyDiff::Policy,
        },
    }
}

fn translated_arrangement(
    japanese: &ArrangementDiff,
    old: &[Arrangement],
    new: &[Arrangement],
) -> ArrangementDiff {
    let old = japanese.old_index.and_then(|i| old.get(i));
    let new = japanese.new_index.and_then(|j| new.get(j));
    ArrangementDiff {
        name: translation::name(
            &japanese.name,
            japanese.status,
            japanese.renamed,
            old.map(|a| &a.name),
            new.map(|a| &a.name),
        ),
        fields: japanese
            .fields
            .iter()
            .zip(&ARRANGEMENT_FIELDS)
            .map(|(field, (_, source))| FieldDiff {
                field: field.field,
                paragraphs: match source {
                    Source::Prose(get) => {
                        translation::prose(&field.paragraphs, old.and_then(get), new.and_then(get))
                    }
                    Source::Short(get) => {
                        translation::short(&field.paragraphs, old.and_then(get), new.and_then(get))
                    }
                },
            })
            .collect(),
        ..japanese.clone()
    }
}

fn translated_entry(
    japanese: &EntryDiff,
    old: &[PublicationEntry],
    new: &[PublicationEntry],
) -> EntryDiff {
    let old = japanese.old_index.and_then(|i| old.get(i));
    let new = japanese.new_index.and_then(|j| new.get(j));
    EntryDiff {
        title: translation::name(
            &japanese.title,
            japanese.status,
            japanese.title.is_changed(),
            old.map(|e| &e.title),
            new.map(|e| &e.title),
        ),
        fields: japanese
            .fields
            .iter()
            .zip(&ENTRY_FIELDS)
            .map(|(field, (_, get))| FieldDiff {
                field: field.field,
                paragraphs: translation::prose(
                    &field.paragraphs,
                    old.and_then(get),
                    new.and_then(get),
                ),
            })
            .collect(),
        ..japanese.clone()
    }
}

#[cfg(test)]
#[path = "document_tests.rs"]
mod tests;

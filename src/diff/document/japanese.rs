//! What changed in a document, decided on its Japanese: arrangements and
//! entries matched by id, each field compared paragraph by paragraph.

use jiff::civil::Date;

use super::changes::{
    ArrangementDiff, BodyDiff, DocumentDiff, EntryDiff, EntryField, FieldDiff, JointUseItem,
};
use crate::content::{
    Arrangement, Body, EntryKind, Multilingual, Prose, PublicationEntry, Revision, Text,
};
use crate::diff::changes::{Item, Label, LabelDiff, Status};
use crate::diff::inline::Mark;
use crate::diff::japanese;
use crate::diff::sequence::{self, Place, prose};
use crate::diff::text::{Inline, Side, ja};
use crate::lang::Lang;

pub(super) fn authoritative(old: &Revision<Body>, new: &Revision<Body>) -> DocumentDiff {
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

pub(super) fn by_id<T>(old: &[T], new: &[T], id: impl Fn(&T) -> &String) -> Vec<Place> {
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
                lang: Lang::JA,
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
pub(super) enum Source {
    Prose(fn(&Arrangement) -> Option<&Multilingual<Prose>>),
    Short(fn(&Arrangement) -> Option<&Text>),
}

pub(super) const ARRANGEMENT_FIELDS: [(JointUseItem, Source); 7] = [
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
    let items_or_users = fields.iter().any(|field| {
        matches!(field.field, JointUseItem::Items | JointUseItem::Users) && field.is_changed()
    });
    let basis = m
        .old
        .and(m.new)
        .and_then(|new| new.change)
        .filter(|_| items_or_users);
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
        basis,
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

type EntryProse = fn(&PublicationEntry) -> Option<&Multilingual<Prose>>;

pub(super) const ENTRY_FIELDS: [(EntryField, EntryProse); 5] = [
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

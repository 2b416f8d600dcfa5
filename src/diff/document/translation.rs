//! A document's Japanese diff shown in the texts of a translation: the same
//! changes, in the words of the translation where there is one.

use super::changes::{ArrangementDiff, BodyDiff, DocumentDiff, EntryDiff, FieldDiff};
use super::japanese::{ARRANGEMENT_FIELDS, ENTRY_FIELDS, Source};
use crate::content::{Arrangement, Body, PublicationEntry, Revision};
use crate::diff::changes::Label;
use crate::diff::translation;
use crate::lang::Language;

/// `japanese` in the texts a reader of the translation sees.
pub(super) fn translated(
    japanese: &DocumentDiff,
    old: &Revision<Body>,
    new: &Revision<Body>,
    to: &Language,
) -> DocumentDiff {
    DocumentDiff {
        title: translation::label_change(
            Label::Title,
            japanese.title.as_ref(),
            &old.title,
            &new.title,
            to,
        ),
        sections: translation::sections(&japanese.sections, &old.sections, &new.sections, to),
        body: match (&japanese.body, &old.body, &new.body) {
            (BodyDiff::JointUse(arrangements), Body::JointUse(o), Body::JointUse(n)) => {
                BodyDiff::JointUse(
                    arrangements
                        .iter()
                        .map(|a| translated_arrangement(a, &o.arrangements, &n.arrangements, to))
                        .collect(),
                )
            }
            (BodyDiff::Publications(entries), Body::Publications(o), Body::Publications(n)) => {
                BodyDiff::Publications(
                    entries
                        .iter()
                        .map(|e| translated_entry(e, &o.entries, &n.entries, to))
                        .collect(),
                )
            }
            _ => BodyDiff::Policy,
        },
    }
}

pub(super) fn translated_arrangement(
    japanese: &ArrangementDiff,
    old: &[Arrangement],
    new: &[Arrangement],
    to: &Language,
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
            to,
        ),
        fields: japanese
            .fields
            .iter()
            .zip(&ARRANGEMENT_FIELDS)
            .map(|(field, (_, source))| FieldDiff {
                field: field.field,
                paragraphs: match source {
                    Source::Prose(get) => translation::prose(
                        &field.paragraphs,
                        old.and_then(get),
                        new.and_then(get),
                        to,
                    ),
                    Source::Short(get) => translation::short(
                        &field.paragraphs,
                        old.and_then(get),
                        new.and_then(get),
                        to,
                    ),
                },
            })
            .collect(),
        ..japanese.clone()
    }
}

pub(super) fn translated_entry(
    japanese: &EntryDiff,
    old: &[PublicationEntry],
    new: &[PublicationEntry],
    to: &Language,
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
            to,
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
                    to,
                ),
            })
            .collect(),
        ..japanese.clone()
    }
}

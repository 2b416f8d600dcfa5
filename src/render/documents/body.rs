//! A document's revision as its page shows it, in one language: its
//! title, its prose sections as the notice shows them, and then its body
//! by kind (a joint use's arrangements with the items of APPI Art.
//! 27(5)(iii), a publications document's entries newest first). The
//! sections come first because unions write them as the introduction
//! (what a joint use is, what the union promises about it), which the
//! structured items then fill in.

use super::super::locale::document_words;
use super::super::notice::SectionView;
use super::super::view::{DateRow, DateView, Localized};
use super::super::words::DocumentWords;
use crate::content::{
    Arrangement, Body, EntryEvent, EntryKind, Multilingual, Prose, PublicationEntry, Revision,
};
use crate::render::locale::Locale;

pub(super) struct DocumentView<'a> {
    pub title: Localized<'a>,
    /// Which version this is: set by the page that shows it.
    pub dates: Vec<DateRow>,
    pub contents: Vec<ContentsEntry<'a>>,
    /// What the page says between the sections and the arrangements or
    /// entries.
    pub lead: Option<&'a str>,
    pub arrangements: Vec<ArrangementView<'a>>,
    pub entries: Vec<EntryView<'a>>,
    pub sections: Vec<SectionView<'a>>,
}

/// A line of the table of contents: a heading of the page.
pub(super) struct ContentsEntry<'a> {
    pub id: String,
    pub title: Localized<'a>,
}

/// One joint use, with the items APPI Art. 27(5)(iii) requires knowable.
pub(super) struct ArrangementView<'a> {
    /// `arrangement-{id}`, the id its Markdown was placed under.
    pub anchor: String,
    pub name: Localized<'a>,
    pub items: Vec<ItemView<'a>>,
    pub responsible: ResponsibleView<'a>,
    pub notes: Option<Localized<'a>>,
}

pub(super) struct ResponsibleView<'a> {
    pub name: Localized<'a>,
    pub address: Localized<'a>,
    /// `None` for an individual.
    pub representative: Option<Localized<'a>>,
}

/// One publication.
pub(super) struct EntryView<'a> {
    /// `entry-{id}`, the id its Markdown was placed under.
    pub anchor: String,
    pub title: Localized<'a>,
    pub date: DateView,
    pub kind: &'a str,
    /// What its date is the day of, where a pseudonymised-purposes entry
    /// says.
    pub event: Option<&'a str>,
    /// Its items, purposes, method, recipients and notes, as present.
    pub items: Vec<ItemView<'a>>,
}

/// A term of the law and the Markdown that answers it.
pub(super) struct ItemView<'a> {
    pub term: &'a str,
    pub body: Localized<'a>,
}

impl<'a> DocumentView<'a> {
    pub(super) fn new(revision: &'a Revision<Body>, lang: &'a Locale<'a>) -> DocumentView<'a> {
        let words = document_words(lang);
        let text = |bilingual: &'a crate::content::Text| Localized::of(bilingual.get(lang), lang);
        let sections: Vec<SectionView<'a>> = revision
            .sections
            .iter()
            .map(|section| SectionView {
                id: &section.id,
                title: text(&section.title),
                body: Localized::prose(&section.body, lang),
            })
            .collect();
        let (lead, arrangements, entries) = match &revision.body {
            Body::Policy => (None, Vec::new(), Vec::new()),
            Body::JointUse(joint_use) => (
                Some(words.joint_use_lead.as_str()),
                joint_use
                    .arrangements
                    .iter()
                    .map(|arrangement| arrangement_view(arrangement, words, lang))
                    .collect(),
                Vec::new(),
            ),
            Body::Publications(publications) => {
                let mut entries: Vec<&PublicationEntry> = publications.entries.iter().collect();
                // Newest first; entries of one day keep the order written.
                entries.sort_by_key(|entry| std::cmp::Reverse(entry.date));
                (
                    Some(words.publications_lead.as_str()),
                    Vec::new(),
                    entries
                        .into_iter()
                        .map(|entry| entry_view(entry, words, lang))
                        .collect(),
                )
            }
        };
        let contents = sections
            .iter()
            .map(|s| (s.id.to_owned(), s.title))
            .chain(arrangements.iter().map(|a| (a.anchor.clone(), a.name)))
            .chain(entries.iter().map(|e| (e.anchor.clone(), e.title)))
            .map(|(id, title)| ContentsEntry { id, title })
            .collect();
        DocumentView {
            title: text(&revision.title),
            dates: Vec::new(),
            contents,
            lead,
            arrangements,
            entries,
            sections,
        }
    }
}

fn prose<'a>(term: &'a str, prose: &'a Multilingual<Prose>, lang: &Locale<'a>) -> ItemView<'a> {
    ItemView {
        term,
        body: Localized::prose(prose, lang),
    }
}

fn arrangement_view<'a>(
    arrangement: &'a Arrangement,
    words: &'a DocumentWords,
    lang: &Locale<'a>,
) -> ArrangementView<'a> {
    let responsible = &arrangement.responsible;
    ArrangementView {
        anchor: format!("arrangement-{}", arrangement.id),
        name: Localized::of(arrangement.name.get(lang), lang),
        items: vec![
            prose(&words.joint_items, &arrangement.items, lang),
            prose(&words.joint_users, &arrangement.users, lang),
            prose(&words.joint_purposes, &arrangement.purposes, lang),
        ],
        responsible: ResponsibleView {
            name: Localized::of(responsible.name.get(lang), lang),
            address: Localized::of(responsible.address.get(lang), lang),
            representative: responsible
                .representative
                .as_ref()
                .map(|r| Localized::of(r.get(lang), lang)),
        },
        notes: arrangement
            .notes
            .as_ref()
            .map(|notes| Localized::prose(notes, lang)),
    }
}

fn entry_view<'a>(
    entry: &'a PublicationEntry,
    words: &'a DocumentWords,
    lang: &Locale<'a>,
) -> EntryView<'a> {
    let items = [
        (words.entry_items.as_str(), &entry.items),
        (words.entry_purposes.as_str(), &entry.purposes),
        (words.entry_method.as_str(), &entry.method),
        (words.entry_recipients.as_str(), &entry.recipients),
        (words.notes.as_str(), &entry.notes),
    ]
    .into_iter()
    .filter_map(|(term, field)| field.as_ref().map(|p| prose(term, p, lang)))
    .collect();
    EntryView {
        anchor: format!("entry-{}", entry.id),
        title: Localized::of(entry.title.get(lang), lang),
        date: DateView::new(entry.date, lang),
        kind: entry_kind_word(entry.kind, words),
        event: entry.event.map(|event| match event {
            EntryEvent::Acquired => words.entry_acquired.as_str(),
            EntryEvent::PurposesChanged => words.entry_purposes_changed.as_str(),
        }),
        items,
    }
}

/// What a publication is, in words (APPI Art. 43(3), 43(4), 44, 41(4)).
pub(super) fn entry_kind_word(kind: EntryKind, words: &DocumentWords) -> &str {
    match kind {
        EntryKind::AnonymisedCreated => &words.entry_anonymised_created,
        EntryKind::AnonymisedProvided => &words.entry_anonymised_provided,
        EntryKind::AnonymisedPassedOn => &words.entry_anonymised_passed_on,
        EntryKind::PseudonymisedPurposes => &words.entry_pseudonymised_purposes,
    }
}

//! The changes page of a revision of a document besides the notice
//! (`/{lang}/{id}/history/{date}/changes/`): which document it is, its
//! change note, a count of what changed, and then what changed, in the
//! order of the document's page — the prose sections, a joint use's
//! arrangements with each changed item named in the words of APPI Art.
//! 27(5)(iii), a publications document's entries — with added and removed text marked by `<ins>` and `<del>` plus words
//! a screen reader reads out, as on the notice's changes page.

use askama::Template;
use axum::body::Bytes;
use jiff::civil::Date;

use super::RenderError;
use super::change_words::lagging;
use super::changes::{
    ChangesFrame, InlineView, ItemView, SectionChange, changed_blocks, section_change,
};
use super::document_words::{ChangeWords, change_basis, entry_field, entry_kind, joint_use_item};
use super::locale;
use super::locale::change_words;
use super::pages::Pages;
use super::published::PublishedDocument;
use super::sentences::{self, document_summary_sentence, format_date, term_and_value};
use super::view::filters;
use super::view::{Chrome, Localized};
use super::words::Words;
use crate::archive::Archive;
use crate::content::{Body, Document, Revision};
use crate::diff::{
    ArrangementDiff, BodyDiff, DocumentDiff, EntryDiff, EntryField, FieldDiff, Status, Translation,
};
use crate::lang::Language;
use crate::media_type;
use crate::render::locale::Locale;
use crate::render::locale::messages;
use crate::render::sentences::with_aside;
use crate::resource::Resource;
use crate::site_paths::{document_changes_path, document_revision_path};
use crate::timeline::Entry;

#[derive(Template)]
#[template(path = "document_changes.html")]
pub(crate) struct DocumentChangesPage<'a> {
    pub chrome: Chrome<'a>,
    pub view: DocumentChangesView<'a>,
}

pub(crate) struct DocumentChangesView<'a> {
    /// The page's title: the document's, then which revision's changes.
    pub title: String,
    /// The document's title as the revision gives it.
    pub document: Localized<'a>,
    /// What follows the document's title in the heading.
    pub heading_rest: String,
    pub frame: ChangesFrame<'a>,
    /// The document's title, when it changed.
    pub retitled: Option<TitleChange<'a>>,
    pub arrangements: Vec<ArrangementView<'a>>,
    pub entries: Vec<EntryView<'a>>,
    pub sections: Vec<SectionChange<'a>>,
    pub words: &'a ChangeWords,
}

pub(crate) struct TitleChange<'a> {
    pub text: InlineView<'a>,
    pub tag: Option<&'a str>,
}

/// One arrangement of a joint use that changed.
pub(crate) struct ArrangementView<'a> {
    pub id: &'a str,
    pub name: InlineView<'a>,
    pub tags: Vec<&'a str>,
    /// Said of an arrangement added or removed as a whole.
    pub note: Option<&'a str>,
    /// The items that changed, in the law's words and order, as a list
    /// after "Items changed: "; empty for an arrangement added or removed.
    pub items: String,
    /// Why its items or joint users changed, as the revision declares,
    /// said after the items.
    pub basis: Option<String>,
    pub fields: Vec<FieldView<'a>>,
}

/// One item of an arrangement or an entry: its name and its changed
/// paragraphs.
pub(crate) struct FieldView<'a> {
    pub name: String,
    pub blocks: Vec<ItemView<'a>>,
}

/// One publication entry that was added (or, refused by `check`, removed
/// or changed).
pub(crate) struct EntryView<'a> {
    pub id: &'a str,
    pub title: InlineView<'a>,
    pub tags: Vec<&'a str>,
    pub note: Option<&'a str>,
    /// Its date, kind, and what they were when they changed.
    pub facts: Vec<(String, String)>,
    pub fields: Vec<FieldView<'a>>,
}

impl<'a> DocumentChangesView<'a> {
    pub(crate) fn new(
        document: &'a Document,
        entry: &Entry<'a, Body>,
        diff: &'a DocumentDiff,
        lang: &'a Locale<'a>,
    ) -> DocumentChangesView<'a> {
        let revision: &'a Revision<Body> = entry.revision;
        let words = locale::words(lang);
        let here = document_changes_path(lang, &document.id, revision.effective);
        let mut frame = ChangesFrame::new(
            entry,
            &here,
            |date| document_revision_path(lang, &document.id, date),
            document_summary_sentence(&diff.summary(), lang),
            lang,
        );
        frame.unchanged = diff.is_empty().then_some(&change_words(lang).no_changes);
        let document_title = Localized::of(revision.title.get(lang), lang);
        let changes = sentences::changes_title(revision.effective, lang);
        let (arrangements, entries) = match &diff.body {
            BodyDiff::Policy => (Vec::new(), Vec::new()),
            BodyDiff::JointUse(arrangements) => (
                arrangements
                    .iter()
                    .filter(|a| a.is_changed())
                    .map(|a| arrangement(a, words, lang))
                    .collect(),
                Vec::new(),
            ),
            BodyDiff::Publications(entries) => (
                Vec::new(),
                entries
                    .iter()
                    .filter(|e| e.is_changed())
                    .map(|e| self::entry(e, words, lang))
                    .collect(),
            ),
        };
        DocumentChangesView {
            title: term_and_value(document_title.text, &changes, lang),
            heading_rest: term_and_value("", &changes, lang),
            document: document_title,
            frame,
            retitled: diff
                .title
                .as_ref()
                .filter(|title| title.text.translation != Translation::Updated)
                .map(|title| TitleChange {
                    text: InlineView::new(&title.text, lang),
                    tag: lagging(&title.text, words),
                }),
            arrangements,
            entries,
            sections: diff
                .sections
                .iter()
                .filter(|section| section.is_changed())
                .map(|section| section_change(section, words, lang))
                .collect(),
            words: change_words(lang),
        }
    }
}

fn arrangement<'a>(
    arrangement: &'a ArrangementDiff,
    words: &'a Words,
    lang: &'a Locale<'a>,
) -> ArrangementView<'a> {
    let document = change_words(lang);
    let mut tags = whole_tags(
        arrangement.status,
        arrangement.renamed,
        arrangement.moved,
        words,
    );
    tags.extend(lagging(&arrangement.name, words));
    ArrangementView {
        id: &arrangement.id,
        name: InlineView::new(&arrangement.name, lang),
        tags,
        note: match arrangement.status {
            Status::Added => Some(&document.arrangement_added),
            Status::Removed => Some(&document.arrangement_removed),
            Status::Same | Status::Changed => None,
        },
        items: arrangement
            .changed_items()
            .into_iter()
            .map(|item| joint_use_item(item, messages(lang)))
            .collect::<Vec<_>>()
            .join(&messages(lang).message("list-separator")),
        basis: arrangement
            .basis
            .map(|basis| change_basis(basis, messages(lang))),
        fields: fields(
            &arrangement.fields,
            |item| joint_use_item(item, messages(lang)),
            words,
            lang,
        ),
    }
}

fn entry<'a>(entry: &'a EntryDiff, words: &'a Words, lang: &'a Locale<'a>) -> EntryView<'a> {
    let document = change_words(lang);
    let mut tags = whole_tags(entry.status, false, entry.moved, words);
    tags.extend(lagging(&entry.title, words));
    // A date or kind that changed says what it was: "3 June 2024 (Before: 2 June 2024)".
    let was = |now: String, before: Option<String>| {
        let Some(before) = before else { return now };
        with_aside(&now, &term_and_value(&document.was, &before, lang), lang)
    };
    let date = |date: Date| format_date(date, lang);
    let kind = |kind| entry_kind(kind, messages(lang)).to_owned();
    let facts = vec![
        (
            entry_field(EntryField::Date, messages(lang)),
            was(date(entry.date), entry.old_date.map(date)),
        ),
        (
            entry_field(EntryField::Kind, messages(lang)),
            was(kind(entry.kind), entry.old_kind.map(kind)),
        ),
    ];
    EntryView {
        id: &entry.id,
        title: InlineView::new(&entry.title, lang),
        tags,
        note: match entry.status {
            Status::Added => Some(&document.entry_added),
            Status::Removed => Some(&document.entry_removed),
            Status::Changed => Some(&document.entry_changed),
            Status::Same => None,
        },
        facts,
        fields: fields(
            &entry.fields,
            |field| entry_field(field, messages(lang)),
            words,
            lang,
        ),
    }
}

/// The fields that changed, each with its changed paragraphs.
fn fields<'a, F: Copy>(
    fields: &'a [FieldDiff<F>],
    name: impl Fn(F) -> String,
    words: &'a Words,
    lang: &'a Locale<'a>,
) -> Vec<FieldView<'a>> {
    fields
        .iter()
        .filter(|field| field.is_changed())
        .map(|field| FieldView {
            name: name(field.field),
            blocks: changed_blocks(&field.paragraphs, words, lang),
        })
        .collect()
}

/// What happened to an arrangement or an entry as a whole, in words.
fn whole_tags(status: Status, renamed: bool, moved: bool, words: &Words) -> Vec<&str> {
    super::change_words::category_tags_of(status, renamed, moved, words)
}

/// Every changes page of every document besides the notice in `lang`: one
/// for each revision published on `as_of` after a document's first. A
/// document with nothing published yet has none.
pub(super) fn render<'a>(
    pages: &mut Pages<'_, '_>,
    archive: &Archive,
    published: &[PublishedDocument<'_>],
    lang: &'a Locale<'a>,
) -> Result<(), RenderError> {
    for PublishedDocument {
        index,
        document,
        timeline,
    } in published
    {
        for entry in &timeline.entries {
            let Some(diff) = archive.document_changes(*index, entry.index, lang) else {
                continue;
            };
            let effective = entry.revision.effective;
            let view = DocumentChangesView::new(document, entry, diff, lang);
            let path_in = |l: &Language| document_changes_path(l, &document.id, effective);
            let mut chrome = pages.document_version_chrome(
                lang,
                &path_in,
                view.title.clone(),
                (&document.id, effective),
            );
            let title = timeline.shown().revision.title.get(lang);
            super::document_feeds::announce_document_feeds(
                &mut chrome,
                &path_in(lang),
                &document.id,
                title.value,
                lang,
            );
            let page = DocumentChangesPage { chrome, view };
            pages.resources.insert(
                path_in(lang),
                Resource::new(media_type::HTML, Bytes::from(page.render()?)),
            );
        }
    }
    Ok(())
}

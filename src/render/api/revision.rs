//! One revision as JSON, whichever document's record it is in: the
//! notice's (`/api/v1/revisions/…`) or another document's
//! (`/api/v1/documents/{id}/revisions/…`). Every document's revision is a
//! `Revision<B>` with the same dates, title, note, sections and seal, so
//! its JSON is one shape too, generic over what differs: what names the
//! document, what the notice adds to the summary, and the body's fields.
//! Field names and order are the contract of `schemas/revision*.json` and
//! `schemas/document-revision*.json`.

use jiff::civil::Date;
use serde::Serialize;

use super::{Api, Both, PerLanguage, SectionJson, section, status};
use crate::content::seal::{Digest, Seal};
use crate::lang::Language;
use crate::site_paths::{
    api_document_revision_file_path, api_document_revision_path, api_document_revisions_path,
    api_revision_file_path, api_revision_path, api_revisions_path, api_schema_path, changes_path,
    document_changes_path, document_revision_path, revision_path,
};
use crate::timeline::{Entry, Timeline};

/// The schema of a document's revision, served with the documents'
/// schemas (`documents.rs`).
pub(super) const DOCUMENT_REVISION_SCHEMA: &str = "document-revision.schema.json";

/// Whose record a revision is in, which decides where it and its pages
/// live: the notice's, at the site's root, or another document's.
#[derive(Clone, Copy)]
pub(super) enum Record<'a> {
    Notice,
    Document(&'a str),
}

impl Record<'_> {
    /// The revision's JSON.
    fn api_revision(self, effective: Date) -> String {
        match self {
            Record::Notice => api_revision_path(effective),
            Record::Document(id) => api_document_revision_path(id, effective),
        }
    }

    /// One of the revision's source files.
    fn api_file(self, effective: Date, name: &str) -> String {
        match self {
            Record::Notice => api_revision_file_path(effective, name),
            Record::Document(id) => api_document_revision_file_path(id, effective, name),
        }
    }

    /// The list of the record's revisions, as JSON.
    fn api_revisions(self) -> String {
        match self {
            Record::Notice => api_revisions_path(),
            Record::Document(id) => api_document_revisions_path(id),
        }
    }

    /// The schema of the revision's JSON.
    fn schema(self) -> &'static str {
        match self {
            Record::Notice => super::REVISION_SCHEMA,
            Record::Document(_) => DOCUMENT_REVISION_SCHEMA,
        }
    }

    /// The revision's page.
    fn page(self, lang: &Language, effective: Date) -> String {
        match self {
            Record::Notice => revision_path(lang, effective),
            Record::Document(id) => document_revision_path(lang, id, effective),
        }
    }

    /// What the revision changed, as a page.
    fn changes(self, lang: &Language, effective: Date) -> String {
        match self {
            Record::Notice => changes_path(lang, effective),
            Record::Document(id) => document_changes_path(lang, id, effective),
        }
    }
}

/// What the list and the full document say alike about a revision. `F`
/// is what the record's kind adds after `status` (the notice's
/// `changes_purposes`; nothing, `()`, for the other documents).
#[derive(Serialize)]
pub(super) struct Summary<'a, F> {
    effective: String,
    announced: String,
    effective_until: Option<String>,
    status: &'static str,
    #[serde(flatten)]
    flags: F,
    title: Both<'a, &'a str>,
    note: Both<'a, &'a str>,
    seal: SealJson,
}

/// One revision in a list.
#[derive(Serialize)]
pub(super) struct RevisionEntry<'a, F> {
    #[serde(flatten)]
    summary: Summary<'a, F>,
    links: EntryLinks,
}

#[derive(Serialize)]
struct EntryLinks {
    revision: String,
    html: PerLanguage,
    changes: Option<PerLanguage>,
}

/// One revision in full. `H` names the document before the summary
/// (nothing for the notice; its id and kind for the others), `F` is as
/// in [`Summary`], `B` the body's fields (the notice's purposes, a joint
/// use's arrangements, the publications' entries).
#[derive(Serialize)]
pub(super) struct RevisionDocument<'a, H, F, B> {
    as_of: String,
    #[serde(flatten)]
    document: H,
    #[serde(flatten)]
    summary: Summary<'a, F>,
    #[serde(flatten)]
    body: B,
    sections: Vec<SectionJson<'a>>,
    links: RevisionLinks,
}

#[derive(Serialize)]
struct RevisionLinks {
    #[serde(rename = "self")]
    this: String,
    schema: String,
    html: PerLanguage,
    changes: Option<PerLanguage>,
    previous: Option<String>,
    next: Option<String>,
    revisions: String,
}

#[derive(Serialize)]
struct SealJson {
    digest: String,
    previous_digest: Option<String>,
    files: Vec<FileJson>,
}

#[derive(Serialize)]
struct FileJson {
    name: String,
    sha256: String,
    url: String,
}

impl<'a> Api<'a, '_> {
    /// `entry` of `record` in a list, `flags` added to its summary.
    pub(super) fn entry_of<B, F>(
        &self,
        record: Record<'_>,
        entry: &Entry<'a, B>,
        flags: F,
    ) -> RevisionEntry<'a, F> {
        let effective = entry.revision.effective;
        RevisionEntry {
            summary: self.summary(record, entry, flags),
            links: EntryLinks {
                revision: self.url(&record.api_revision(effective)),
                html: self.pages(|lang: &Language| record.page(lang, effective)),
                changes: self.changes(record, entry),
            },
        }
    }

    /// `entry` of `record`, one of `timeline`'s, in full.
    pub(super) fn revision_of<B, H, F, J>(
        &self,
        record: Record<'_>,
        timeline: &Timeline<'a, B>,
        entry: &Entry<'a, B>,
        document: H,
        flags: F,
        body: J,
    ) -> RevisionDocument<'a, H, F, J> {
        let revision = entry.revision;
        let effective = revision.effective;
        // The timeline's entries are the record's first revisions, so an
        // entry's index is also its place among them.
        let next = timeline
            .entries
            .get(entry.index + 1)
            .map(|next| self.url(&record.api_revision(next.revision.effective)));
        RevisionDocument {
            as_of: self.as_of(),
            document,
            summary: self.summary(record, entry, flags),
            body,
            sections: revision
                .sections
                .iter()
                .map(|item| section(item, self.texts()))
                .collect(),
            links: RevisionLinks {
                this: self.url(&record.api_revision(effective)),
                schema: self.url(&api_schema_path(record.schema())),
                html: self.pages(|lang: &Language| record.page(lang, effective)),
                changes: self.changes(record, entry),
                previous: entry
                    .previous
                    .map(|previous| self.url(&record.api_revision(previous.effective))),
                next,
                revisions: self.url(&record.api_revisions()),
            },
        }
    }

    /// The changes pages, which every revision but the first has.
    fn changes<B>(&self, record: Record<'_>, entry: &Entry<'_, B>) -> Option<PerLanguage> {
        let effective = entry.revision.effective;
        (!entry.is_first()).then(|| self.pages(|lang: &Language| record.changes(lang, effective)))
    }

    fn summary<B, F>(&self, record: Record<'_>, entry: &Entry<'a, B>, flags: F) -> Summary<'a, F> {
        let texts = self.texts();
        let revision = entry.revision;
        let effective = revision.effective;
        Summary {
            effective: effective.to_string(),
            announced: revision.announced.to_string(),
            effective_until: entry.until.map(|date| date.to_string()),
            status: status(entry.standing),
            flags,
            title: texts.text(&revision.title),
            note: texts.text(&revision.note),
            seal: self.seal(&revision.seal, |name| record.api_file(effective, name)),
        }
    }

    /// A seal whose files are served at `file_path(name)`.
    fn seal(&self, seal: &Seal, file_path: impl Fn(&str) -> String) -> SealJson {
        SealJson {
            digest: seal.digest.to_string(),
            previous_digest: seal.previous.as_ref().map(Digest::to_string),
            files: seal
                .files
                .iter()
                .map(|file| FileJson {
                    name: file.name.clone(),
                    sha256: file.sha256.to_string(),
                    url: self.url(&file_path(&file.name)),
                })
                .collect(),
        }
    }
}

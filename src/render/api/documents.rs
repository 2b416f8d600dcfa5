//! The open data of the documents besides the notice: an index of every
//! document the site publishes (the notice first), and for each other
//! document what the notice has: the document as in effect, its list of
//! revisions, each revision in both languages with its structured body
//! (a joint use's arrangements, the publications' entries) and prose
//! sections, and its source files verbatim, so that its digest can be
//! recomputed as the notice's can. Served only by a site with documents:
//! one without serves exactly what it always did.
//!
//! Like the notice's, these are types of their own whose field names are
//! the contract in `schemas/document*.schema.json`.

use serde::Serialize;

use super::revision::{DOCUMENT_REVISION_SCHEMA, Record, RevisionDocument, RevisionEntry};
use super::{Api, Both, JSON, PLAIN_TEXT, PerLanguage, ProseJson, Resource, Texts, json};
use crate::content::{
    Arrangement, Body, Document, EntryEvent, Multilingual, Prose, PublicationEntry, Revision,
};
use crate::lang::Language;
use crate::render::published::PublishedDocument;
use crate::site_paths::{
    FeedFormat, api_document_path, api_document_revision_file_path, api_document_revision_path,
    api_document_revisions_path, api_documents_path, api_notice_path, api_revisions_path,
    api_schema_path, combined_feed_path, document_feed_path, document_history_path, document_path,
    documents_index_path, feed_path, history_path, notice_path,
};
use crate::timeline::Entry;

pub(super) const DOCUMENTS_SCHEMA: &str = "documents.schema.json";
pub(super) const DOCUMENT_SCHEMA: &str = "document.schema.json";
pub(super) const DOCUMENT_REVISIONS_SCHEMA: &str = "document-revisions.schema.json";

/// The documents' schemas as committed, served beside the others.
const SCHEMAS: [(&str, &str); 4] = [
    (
        DOCUMENTS_SCHEMA,
        include_str!("../../../schemas/documents.schema.json"),
    ),
    (
        DOCUMENT_SCHEMA,
        include_str!("../../../schemas/document.schema.json"),
    ),
    (
        DOCUMENT_REVISIONS_SCHEMA,
        include_str!("../../../schemas/document-revisions.schema.json"),
    ),
    (
        DOCUMENT_REVISION_SCHEMA,
        include_str!("../../../schemas/document-revision.schema.json"),
    ),
];

/// Every open-data resource of the documents, by URL path.
pub(super) fn resources(
    api: &Api<'_, '_>,
    documents: &[PublishedDocument<'_>],
) -> Vec<(String, Resource)> {
    let mut resources = vec![(api_documents_path(), json(&api.index(documents)))];
    for published in documents {
        let id = published.document.id.as_str();
        let of = Of { api, published };
        resources.push((api_document_path(id), json(&of.document())));
        resources.push((api_document_revisions_path(id), json(&of.revisions())));
        for entry in &published.timeline.entries {
            let effective = entry.revision.effective;
            resources.push((
                api_document_revision_path(id, effective),
                json(&of.revision(entry)),
            ));
            for file in &entry.revision.seal.files {
                resources.push((
                    api_document_revision_file_path(id, effective, &file.name),
                    Resource::new(PLAIN_TEXT, file.text.clone()),
                ));
            }
        }
    }
    for (name, text) in SCHEMAS {
        resources.push((api_schema_path(name), Resource::new(JSON, text)));
    }
    resources
}

/// `/api/v1/documents.json`.
#[derive(Serialize)]
struct IndexDocument<'a> {
    as_of: String,
    /// The notice first, then the others in the order the site lists them.
    documents: Vec<IndexEntry<'a>>,
    links: IndexLinks,
}

#[derive(Serialize)]
struct IndexLinks {
    #[serde(rename = "self")]
    this: String,
    schema: String,
    html: PerLanguage,
    feeds: Feeds,
}

/// One document in the index.
#[derive(Serialize)]
struct IndexEntry<'a> {
    /// `null` for the notice, which lives at the site's root.
    id: Option<&'a str>,
    kind: &'static str,
    title: Both<'a, &'a str>,
    /// The effective date of the revision in effect; `null` while its
    /// first revision is announced but not yet in effect.
    current: Option<String>,
    links: IndexEntryLinks,
}

#[derive(Serialize)]
struct IndexEntryLinks {
    /// The document as in effect, as JSON.
    document: String,
    revisions: String,
    html: PerLanguage,
    history: PerLanguage,
    feeds: Feeds,
}

/// A feed's absolute URL in each format and language.
#[derive(Serialize)]
struct Feeds {
    atom: PerLanguage,
    rss: PerLanguage,
}

/// `/api/v1/documents/{id}.json`.
#[derive(Serialize)]
struct DocumentDocument<'a> {
    as_of: String,
    id: &'a str,
    kind: &'static str,
    first_published: String,
    /// The revision in effect, as its own URL serves it; `null` while the
    /// first revision is announced but not yet in effect.
    revision: Option<DocumentRevision<'a>>,
    upcoming: Vec<DocumentEntry<'a>>,
    links: DocumentLinks,
}

#[derive(Serialize)]
struct DocumentLinks {
    #[serde(rename = "self")]
    this: String,
    schema: String,
    revisions: String,
    documents: String,
    html: PerLanguage,
    feeds: Feeds,
}

/// `/api/v1/documents/{id}/revisions.json`.
#[derive(Serialize)]
struct RevisionsDocument<'a> {
    as_of: String,
    id: &'a str,
    kind: &'static str,
    current: Option<String>,
    /// Newest first, as its history page lists them.
    revisions: Vec<DocumentEntry<'a>>,
    links: RevisionsLinks,
}

#[derive(Serialize)]
struct RevisionsLinks {
    #[serde(rename = "self")]
    this: String,
    schema: String,
    document: String,
    html: PerLanguage,
}

/// What names a document in its revisions' JSON, before the summary.
#[derive(Serialize)]
struct DocumentHead<'a> {
    id: &'a str,
    kind: &'static str,
}

/// What a document's kind holds besides its sections.
#[derive(Serialize)]
struct DocumentBody<'a> {
    /// A joint use's arrangements; only in a joint-use document.
    #[serde(skip_serializing_if = "Option::is_none")]
    arrangements: Option<Vec<ArrangementJson<'a>>>,
    /// Every publication so far, newest first; only in a publications
    /// document.
    #[serde(skip_serializing_if = "Option::is_none")]
    entries: Option<Vec<PublicationJson<'a>>>,
}

/// `/api/v1/documents/{id}/revisions/{date}.json`.
type DocumentRevision<'a> = RevisionDocument<'a, DocumentHead<'a>, (), DocumentBody<'a>>;

/// One revision of a document in a list.
type DocumentEntry<'a> = RevisionEntry<'a, ()>;

/// One joint use, with the items of APPI Art. 27(5)(iii).
#[derive(Serialize)]
struct ArrangementJson<'a> {
    id: &'a str,
    name: Both<'a, &'a str>,
    items: Both<'a, ProseJson<'a>>,
    users: Both<'a, ProseJson<'a>>,
    purposes: Both<'a, ProseJson<'a>>,
    responsible: ResponsibleJson<'a>,
    notes: Option<Both<'a, ProseJson<'a>>>,
    /// Why its items or joint users change from the revision before, as
    /// the revision declares; absent where it declares nothing, so that
    /// the revisions published before this field keep their bytes.
    #[serde(skip_serializing_if = "Option::is_none")]
    change: Option<ChangeJson>,
}

/// `[arrangement.change]` as declared.
#[derive(Serialize)]
struct ChangeJson {
    basis: &'static str,
}

#[derive(Serialize)]
struct ResponsibleJson<'a> {
    id: &'a str,
    name: Both<'a, &'a str>,
    address: Both<'a, &'a str>,
    /// `null` only for an individual.
    representative: Option<Both<'a, &'a str>>,
    corporation: bool,
}

/// One publication of anonymised or pseudonymised information.
#[derive(Serialize)]
struct PublicationJson<'a> {
    id: &'a str,
    date: String,
    kind: &'static str,
    /// For pseudonymised-purposes: "acquired" or "purposes-changed"; `null`
    /// for the other kinds and where the entry does not say.
    event: Option<&'a str>,
    title: Both<'a, &'a str>,
    items: Option<Both<'a, ProseJson<'a>>>,
    purposes: Option<Both<'a, ProseJson<'a>>>,
    method: Option<Both<'a, ProseJson<'a>>>,
    recipients: Option<Both<'a, ProseJson<'a>>>,
    notes: Option<Both<'a, ProseJson<'a>>>,
}

impl<'a> Api<'a, '_> {
    fn index(&self, documents: &[PublishedDocument<'a>]) -> IndexDocument<'a> {
        let texts = self.texts();
        let site = &self.archive.site;
        let notice = IndexEntry {
            id: None,
            kind: "notice",
            title: texts.text(&self.timeline.shown().revision.title),
            current: self
                .timeline
                .current()
                .map(|entry| entry.revision.effective.to_string()),
            links: IndexEntryLinks {
                document: self.url(&api_notice_path()),
                revisions: self.url(&api_revisions_path()),
                html: self.pages(notice_path),
                history: self.pages(history_path),
                feeds: self.feeds(&|lang: &Language, format| feed_path(lang, format)),
            },
        };
        debug_assert!(!site.documents.is_empty());
        IndexDocument {
            as_of: self.as_of(),
            documents: std::iter::once(notice)
                .chain(documents.iter().map(|published| {
                    let document: &'a Document = published.document;
                    let id = document.id.as_str();
                    IndexEntry {
                        id: Some(id),
                        kind: document.kind.name(),
                        title: texts.text(published.title()),
                        current: published
                            .timeline
                            .current()
                            .map(|entry| entry.revision.effective.to_string()),
                        links: IndexEntryLinks {
                            document: self.url(&api_document_path(id)),
                            revisions: self.url(&api_document_revisions_path(id)),
                            html: self.pages(|lang: &Language| document_path(lang, id)),
                            history: self.pages(|lang: &Language| document_history_path(lang, id)),
                            feeds: self.feeds(&|lang: &Language, format| {
                                document_feed_path(lang, id, format)
                            }),
                        },
                    }
                }))
                .collect(),
            links: IndexLinks {
                this: self.url(&api_documents_path()),
                schema: self.url(&api_schema_path(DOCUMENTS_SCHEMA)),
                html: self.pages(documents_index_path),
                feeds: self.feeds(&combined_feed_path),
            },
        }
    }

    fn feeds(&self, path: &dyn Fn(&Language, FeedFormat) -> String) -> Feeds {
        Feeds {
            atom: self.pages(|lang: &Language| path(lang, FeedFormat::Atom)),
            rss: self.pages(|lang: &Language| path(lang, FeedFormat::Rss)),
        }
    }
}

/// The open data of one document.
struct Of<'a, 'b, 't> {
    api: &'b Api<'a, 't>,
    published: &'b PublishedDocument<'a>,
}

impl<'a> Of<'a, '_, '_> {
    fn id(&self) -> &'a str {
        let document: &'a Document = self.published.document;
        &document.id
    }

    fn kind(&self) -> &'static str {
        self.published.document.kind.name()
    }

    fn document(&self) -> DocumentDocument<'a> {
        let api = self.api;
        let id = self.id();
        let timeline = &self.published.timeline;
        DocumentDocument {
            as_of: api.as_of(),
            id,
            kind: self.kind(),
            first_published: self.published.document.revisions[0].effective.to_string(),
            revision: timeline.current().map(|entry| self.revision(entry)),
            upcoming: timeline
                .upcoming()
                .iter()
                .map(|entry| self.entry(entry))
                .collect(),
            links: DocumentLinks {
                this: api.url(&api_document_path(id)),
                schema: api.url(&api_schema_path(DOCUMENT_SCHEMA)),
                revisions: api.url(&api_document_revisions_path(id)),
                documents: api.url(&api_documents_path()),
                html: api.pages(|lang| document_path(lang, id)),
                feeds: api.feeds(&|lang, format| document_feed_path(lang, id, format)),
            },
        }
    }

    fn revisions(&self) -> RevisionsDocument<'a> {
        let api = self.api;
        let id = self.id();
        let timeline = &self.published.timeline;
        RevisionsDocument {
            as_of: api.as_of(),
            id,
            kind: self.kind(),
            current: timeline
                .current()
                .map(|entry| entry.revision.effective.to_string()),
            revisions: timeline
                .newest_first()
                .map(|entry| self.entry(entry))
                .collect(),
            links: RevisionsLinks {
                this: api.url(&api_document_revisions_path(id)),
                schema: api.url(&api_schema_path(DOCUMENT_REVISIONS_SCHEMA)),
                document: api.url(&api_document_path(id)),
                html: api.pages(|lang| document_history_path(lang, id)),
            },
        }
    }

    fn record(&self) -> Record<'a> {
        Record::Document(self.id())
    }

    fn entry(&self, entry: &Entry<'a, Body>) -> DocumentEntry<'a> {
        self.api.entry_of(self.record(), entry, ())
    }

    fn revision(&self, entry: &Entry<'a, Body>) -> DocumentRevision<'a> {
        let texts = self.api.texts();
        let revision: &'a Revision<Body> = entry.revision;
        let head = DocumentHead {
            id: self.id(),
            kind: self.kind(),
        };
        let body = DocumentBody {
            arrangements: match &revision.body {
                Body::JointUse(joint_use) => Some(
                    joint_use
                        .arrangements
                        .iter()
                        .map(|item| arrangement(item, texts))
                        .collect(),
                ),
                _ => None,
            },
            entries: match &revision.body {
                Body::Publications(publications) => {
                    let mut entries: Vec<&PublicationEntry> = publications.entries.iter().collect();
                    // Newest first, as the pages list them; the same day
                    // keeps the order written.
                    entries.sort_by_key(|entry| std::cmp::Reverse(entry.date));
                    Some(
                        entries
                            .into_iter()
                            .map(|item| publication(item, texts))
                            .collect(),
                    )
                }
                _ => None,
            },
        };
        self.api.revision_of(
            self.record(),
            &self.published.timeline,
            entry,
            head,
            (),
            body,
        )
    }
}

fn optional<'a>(
    texts: Texts<'a>,
    value: &'a Option<Multilingual<Prose>>,
) -> Option<Both<'a, ProseJson<'a>>> {
    value.as_ref().map(|prose| texts.prose(prose))
}

fn arrangement<'a>(arrangement: &'a Arrangement, texts: Texts<'a>) -> ArrangementJson<'a> {
    let responsible = &arrangement.responsible;
    ArrangementJson {
        id: &arrangement.id,
        name: texts.text(&arrangement.name),
        items: texts.prose(&arrangement.items),
        users: texts.prose(&arrangement.users),
        purposes: texts.prose(&arrangement.purposes),
        responsible: ResponsibleJson {
            id: &responsible.id,
            name: texts.text(&responsible.name),
            address: texts.text(&responsible.address),
            representative: responsible
                .representative
                .as_ref()
                .map(|text| texts.text(text)),
            corporation: responsible.representative.is_some(),
        },
        notes: optional(texts, &arrangement.notes),
        change: arrangement.change.map(|basis| ChangeJson {
            basis: basis.name(),
        }),
    }
}

fn publication<'a>(entry: &'a PublicationEntry, texts: Texts<'a>) -> PublicationJson<'a> {
    PublicationJson {
        id: &entry.id,
        date: entry.date.to_string(),
        kind: entry.kind.name(),
        event: entry.event.map(EntryEvent::name),
        title: texts.text(&entry.title),
        items: optional(texts, &entry.items),
        purposes: optional(texts, &entry.purposes),
        method: optional(texts, &entry.method),
        recipients: optional(texts, &entry.recipients),
        notes: optional(texts, &entry.notes),
    }
}

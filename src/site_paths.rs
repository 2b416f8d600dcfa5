//! The site's URL space: where every page, feed and open-data document
//! lives, as a path from the site's root (`/ja/history/2024-04-01/`). Both
//! `render`, which makes the resources, and `http`, which answers for
//! paths that have none, read it from here; how one page links to another
//! is `render::links`.

use jiff::civil::Date;

use crate::lang::Language;
use crate::media_type;

/// The path of the notice in `lang`.
pub(crate) fn notice_path(lang: &Language) -> String {
    format!("/{}/", lang.segment)
}

/// The list of every published revision.
pub(crate) fn history_path(lang: &Language) -> String {
    format!("/{}/history/", lang.segment)
}

/// One revision exactly as published, named by its effective date.
pub(crate) fn revision_path(lang: &Language, effective: Date) -> String {
    format!("/{}/history/{effective}/", lang.segment)
}

/// What a revision changed against the one before it.
pub(crate) fn changes_path(lang: &Language, effective: Date) -> String {
    format!("/{}/history/{effective}/changes/", lang.segment)
}

/// The running heads a revision prints with: its dates and permanent address.
pub(crate) fn print_stylesheet_path(lang: &Language, effective: Date) -> String {
    format!("/{}/history/{effective}/print.css", lang.segment)
}

/// The accessibility statement.
pub(crate) fn accessibility_path(lang: &Language) -> String {
    format!("/{}/accessibility/", lang.segment)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FeedFormat {
    Atom,
    Rss,
}

impl FeedFormat {
    pub(crate) const ALL: [FeedFormat; 2] = [FeedFormat::Atom, FeedFormat::Rss];

    pub(crate) fn content_type(self) -> &'static str {
        match self {
            FeedFormat::Atom => media_type::ATOM,
            FeedFormat::Rss => media_type::RSS,
        }
    }

    /// The media type without parameters, as `<link type="…">` wants it.
    pub(crate) fn media_type(self) -> &'static str {
        media_type::essence(self.content_type())
    }
}

/// Whether `path` is open data for programs (`render::api`): any site may
/// read it, so it is served with CORS and a cross-origin resource policy
/// that the pages do not have.
pub(crate) fn is_api_path(path: &str) -> bool {
    path.starts_with("/api/")
}

/// The notice in effect, as JSON.
pub(crate) fn api_notice_path() -> String {
    "/api/v1/notice.json".to_owned()
}

/// Every published revision, newest first, as JSON.
pub(crate) fn api_revisions_path() -> String {
    "/api/v1/revisions.json".to_owned()
}

/// One revision, both languages, as JSON.
pub(crate) fn api_revision_path(effective: Date) -> String {
    format!("/api/v1/revisions/{effective}.json")
}

/// One of a revision's source files, verbatim. File names are URL-safe:
/// `check` accepts only `revision.toml`, `purposes.toml` and section names
/// of a-z, 0-9 and `-`.
pub(crate) fn api_revision_file_path(effective: Date, name: &str) -> String {
    format!("/api/v1/revisions/{effective}/{name}")
}

/// A JSON Schema of the documents above, as committed in `schemas/`.
pub(crate) fn api_schema_path(name: &str) -> String {
    format!("/api/v1/schemas/{name}")
}

/// The announcements of purpose changes in `lang`.
pub(crate) fn feed_path(lang: &Language, format: FeedFormat) -> String {
    format!("/{}/feed.{}", lang.segment, feed_extension(format))
}

/// The index of the site's documents: the notice and every other one.
pub(crate) fn documents_index_path(lang: &Language) -> String {
    format!("/{}/documents/", lang.segment)
}

/// A document besides the notice, as in effect.
pub(crate) fn document_path(lang: &Language, id: &str) -> String {
    format!("/{}/{id}/", lang.segment)
}

/// Every published revision of a document.
pub(crate) fn document_history_path(lang: &Language, id: &str) -> String {
    format!("/{}/{id}/history/", lang.segment)
}

/// One revision of a document exactly as published.
pub(crate) fn document_revision_path(lang: &Language, id: &str, effective: Date) -> String {
    format!("/{}/{id}/history/{effective}/", lang.segment)
}

/// What a revision of a document changed against the one before it.
pub(crate) fn document_changes_path(lang: &Language, id: &str, effective: Date) -> String {
    format!("/{}/{id}/history/{effective}/changes/", lang.segment)
}

/// The running heads a document's revision prints with.
pub(crate) fn document_print_stylesheet_path(lang: &Language, id: &str, effective: Date) -> String {
    format!("/{}/{id}/history/{effective}/print.css", lang.segment)
}

/// The announcements of a document's revisions in `lang`.
pub(crate) fn document_feed_path(lang: &Language, id: &str, format: FeedFormat) -> String {
    format!("/{}/{id}/feed.{}", lang.segment, feed_extension(format))
}

/// The announcements of every document, the notice's included, in `lang`.
pub(crate) fn combined_feed_path(lang: &Language, format: FeedFormat) -> String {
    format!(
        "/{}/documents/feed.{}",
        lang.segment,
        feed_extension(format)
    )
}

/// The index of the site's documents, as JSON.
pub(crate) fn api_documents_path() -> String {
    "/api/v1/documents.json".to_owned()
}

/// A document besides the notice as in effect, as JSON.
pub(crate) fn api_document_path(id: &str) -> String {
    format!("/api/v1/documents/{id}.json")
}

/// Every published revision of a document, newest first, as JSON.
pub(crate) fn api_document_revisions_path(id: &str) -> String {
    format!("/api/v1/documents/{id}/revisions.json")
}

/// One revision of a document, both languages, as JSON.
pub(crate) fn api_document_revision_path(id: &str, effective: Date) -> String {
    format!("/api/v1/documents/{id}/revisions/{effective}.json")
}

/// One of a document's revision's source files, verbatim.
pub(crate) fn api_document_revision_file_path(id: &str, effective: Date, name: &str) -> String {
    format!("/api/v1/documents/{id}/revisions/{effective}/{name}")
}

fn feed_extension(format: FeedFormat) -> &'static str {
    match format {
        FeedFormat::Atom => "atom",
        FeedFormat::Rss => "rss",
    }
}

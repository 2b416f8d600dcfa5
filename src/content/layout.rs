//! Where things are in a content folder: the names of its files and
//! folders, in one place below everything that reads, checks or writes
//! them.

/// The organisation and the site's address.
pub(crate) const SITE_FILE: &str = "site.toml";
/// One folder per revision, named by its effective date.
pub(crate) const REVISIONS_DIR: &str = "revisions";
/// A revision's dates, title and change note.
pub(crate) const REVISION_FILE: &str = "revision.toml";
/// A revision's table of purposes of use.
pub(crate) const PURPOSES_FILE: &str = "purposes.toml";
/// The content's own catalogs of kohyo's words: `messages/<tag>.ftl`, for
/// a language kohyo ships no catalog for, or to say single messages
/// otherwise.
pub(crate) const MESSAGES_DIR: &str = "messages";
/// The digests `kohyo lock` recorded.
pub(crate) const LOCK_FILE: &str = "revisions.lock";
/// The documents besides the notice, one folder each, named by its id;
/// each holds `document.toml` and a record shaped like the notice's
/// (`revisions/`, `revisions.lock`).
pub(crate) const DOCUMENTS_DIR: &str = "documents";
/// What a document is (its kind).
pub(crate) const DOCUMENT_FILE: &str = "document.toml";
/// A joint-use document's revision: its arrangements.
pub(crate) const JOINT_USE_FILE: &str = "joint-use.toml";
/// A publications document's revision: every entry so far.
pub(crate) const PUBLICATIONS_FILE: &str = "publications.toml";

/// Whether a file in a revision folder of the notice is part of the
/// revision (and so of its digest); anything else in the folder is ignored
/// by `check` too. It never grows: a file it ignores today must not change
/// a published digest tomorrow.
pub(crate) fn is_sealed(name: &str) -> bool {
    name == REVISION_FILE || name == PURPOSES_FILE || name.ends_with(".md")
}

/// [`is_sealed`] for the revisions of the other documents, whose bodies
/// are in files of their own.
pub(crate) fn is_sealed_in_document(name: &str) -> bool {
    name == REVISION_FILE
        || name == JOINT_USE_FILE
        || name == PUBLICATIONS_FILE
        || name.ends_with(".md")
}

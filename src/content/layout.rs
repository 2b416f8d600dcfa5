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
/// The digests `kohyo lock` recorded.
pub(crate) const LOCK_FILE: &str = "revisions.lock";

/// Whether a file in a revision folder is part of the revision (and so of
/// its digest); anything else in the folder is ignored by `check` too.
pub(crate) fn is_sealed(name: &str) -> bool {
    name == REVISION_FILE || name == PURPOSES_FILE || name.ends_with(".md")
}

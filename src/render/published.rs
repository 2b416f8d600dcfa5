//! The documents besides the notice that have something published on a
//! date, each with its timeline: what their feeds and open data speak of.
//! A document whose first revision is not announced yet is in none of
//! them, as a revision of the notice not yet announced is not.

use jiff::civil::Date;

use crate::content::{Body, Document, Revision, Site, Text};
use crate::timeline::Timeline;

/// A document with at least one revision announced.
pub(crate) struct PublishedDocument<'a> {
    /// Its place in `Site::documents`, which also indexes its diffs in
    /// the archive.
    pub(crate) index: usize,
    pub(crate) document: &'a Document,
    pub(crate) timeline: Timeline<'a, Body>,
}

impl<'a> PublishedDocument<'a> {
    /// The title the document goes by: that of the revision shown as it
    /// stands (in effect, or else the first, upcoming).
    pub(crate) fn title(&self) -> &'a Text {
        let revision: &'a Revision<Body> = self.timeline.shown().revision;
        &revision.title
    }
}

/// The site's documents published on `as_of`, in the order the site
/// lists them.
pub(crate) fn published_documents(site: &Site, as_of: Date) -> Vec<PublishedDocument<'_>> {
    site.documents
        .iter()
        .enumerate()
        .filter_map(|(index, document)| {
            Timeline::new(&document.revisions, as_of)
                .ok()
                .map(|timeline| PublishedDocument {
                    index,
                    document,
                    timeline,
                })
        })
        .collect()
}

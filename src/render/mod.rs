//! Site model → the bytes of every page, rendered once when content is
//! loaded. The server and the export both serve exactly these bytes, so
//! they can never disagree, and a request never renders anything.

pub(crate) mod accessibility;
pub(crate) mod api;
pub(crate) mod assets;
pub(crate) mod change_words;
pub(crate) mod changes;
pub(crate) mod crawl;
pub(crate) mod document_changes;
pub(crate) mod document_feeds;
pub(crate) mod document_words;
mod documents;
pub(crate) mod feeds;
pub(crate) mod history;
pub mod links;
pub(crate) mod locale;
pub(crate) mod notice;
mod pages;
pub(crate) mod print;
mod published;
mod purposes_table;
pub(crate) mod sentences;
pub(crate) mod terminal;
pub(crate) mod view;
pub(crate) mod words;

use std::collections::HashMap;

use axum::body::Bytes;
use jiff::civil::Date;

use self::links::base_path;
use self::pages::Pages;
use crate::archive::Archive;
use crate::lang::Languages;
use crate::media_type;
use crate::resource::Resource;
use crate::timeline::{NothingPublished, Timeline};
use locale::Locale;

/// Everything the site serves as of one date.
#[derive(Clone, Debug)]
pub struct RenderedSite {
    /// URL path → body, for every page, feed, asset and open-data document.
    pub resources: HashMap<String, Resource>,
    /// Served with status 404 for any other path.
    pub not_found: Resource,
    /// Served with status 404 for any other path under `/api/`: a problem
    /// document for programs, not a page.
    pub api_not_found: Resource,
    /// Served with status 500 when something fails inside the server.
    pub server_error: Resource,
    /// Where the site sits on its host: `base_url`'s path, e.g. `/` or
    /// `/kenpo/privacy/`, as a request line carries it (percent-encoded),
    /// so that requests are matched against it as they come.
    pub base_path: String,
    /// The date the site was rendered for.
    pub as_of: Date,
    /// The effective date of the revision in effect; `None` while the first
    /// revision is announced but not yet in effect.
    pub current: Option<Date>,
    /// The effective date of the revision the notice page shows: the one in
    /// effect, or else the first, as upcoming.
    pub shown: Date,
    /// The site's languages, for the language a visitor to `/` is sent to.
    pub languages: Languages,
}

impl RenderedSite {
    /// What this rendering shows, for log lines: "the notice in effect on D
    /// (revision of E)", or, before the first revision takes effect, that
    /// it is shown as upcoming.
    pub fn shown_phrase(&self) -> String {
        let as_of = self.as_of;
        match self.current {
            Some(current) => format!("the notice in effect on {as_of} (revision of {current})"),
            None => format!(
                "the notice as on {as_of} (the first revision, taking effect on {}, shown as upcoming)",
                self.shown
            ),
        }
    }

    /// The paths of every HTML page (not feeds, stylesheets, the sitemap),
    /// in path order.
    pub fn pages(&self) -> Vec<&String> {
        page_paths(&self.resources)
    }

    /// Shares `earlier`'s codings for every resource whose bytes did not
    /// change, so that a new rendering compresses only what is new.
    pub fn take_codings_from(&mut self, earlier: &RenderedSite) {
        for (path, resource) in &mut self.resources {
            if let Some(before) = earlier.resources.get(path) {
                resource.take_codings_from(before);
            }
        }
        self.not_found.take_codings_from(&earlier.not_found);
        self.api_not_found.take_codings_from(&earlier.api_not_found);
        self.server_error.take_codings_from(&earlier.server_error);
    }

    /// Makes every coding of every resource now, on every core (blocking):
    /// for the export, and for a fixed rendering whose answers must not
    /// depend on when they are asked.
    pub fn prepare_all(&self) {
        let mut all: Vec<&Resource> = self.resources.values().collect();
        all.extend([&self.not_found, &self.api_not_found]);
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        crate::resource::prepare_all(&all, cores);
    }
}

/// The paths of the HTML pages among `resources`, in path order.
pub fn page_paths(resources: &HashMap<String, Resource>) -> Vec<&String> {
    let mut pages: Vec<&String> = resources
        .iter()
        .filter(|(_, resource)| resource.content_type == media_type::HTML)
        .map(|(path, _)| path)
        .collect();
    pages.sort();
    pages
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error(transparent)]
    NothingPublished(#[from] NothingPublished),
    #[error("a page template failed to render")]
    Template(#[from] askama::Error),
}

/// Renders the site as it reads on `as_of` (a date in Japan time), as it
/// is published: what the export writes and the calendar swaps in.
pub fn render(archive: &Archive, as_of: Date) -> Result<RenderedSite, RenderError> {
    render_with(archive, as_of, false)
}

/// The site as `serve` shows it: as of today in Japan, or as of `pinned`
/// (`--as-of`), and then, when that is not today, as a preview that says on
/// every page which date it shows, so that nobody mistakes it for the
/// published site.
pub fn render_served(archive: &Archive, pinned: Option<Date>) -> Result<RenderedSite, RenderError> {
    let as_of = pinned.unwrap_or_else(crate::japan_time::today);
    render_with(archive, as_of, is_preview(pinned))
}

/// Whether `serve --as-of pinned` is a preview: a day other than today in
/// Japan. Serving today publishes.
pub fn is_preview(pinned: Option<Date>) -> bool {
    pinned.is_some_and(|day| day != crate::japan_time::today())
}

fn render_with(archive: &Archive, as_of: Date, preview: bool) -> Result<RenderedSite, RenderError> {
    let locales = Locale::all(&archive.site.config);
    let timeline = Timeline::new(&archive.site.revisions, as_of)?;
    let assets = assets::Assets::new();
    let mut pages = Pages::new(
        archive,
        &timeline,
        &assets.stylesheet.path,
        preview.then_some(as_of),
    );
    for asset in assets.all() {
        pages.resources.insert(
            asset.path.clone(),
            Resource::new(asset.content_type, Bytes::from_static(asset.body)),
        );
    }
    let documents = documents::Documents::new(
        &archive.site,
        &timeline,
        published::published_documents(&archive.site, as_of),
    );
    let published = documents.published();
    pages.listed = documents.listed();
    for lang in &locales {
        pages.render_language(lang)?;
        documents.render_language(&mut pages, lang)?;
        pages.resources.extend(document_feeds::resources(
            archive, &timeline, published, lang,
        )?);
        // After the revision pages: a document's changes page prints with
        // the running heads its revision page makes.
        document_changes::render(&mut pages, archive, published, lang)?;
    }
    pages
        .resources
        .extend(api::resources(archive, &timeline, published, as_of));
    let base_url = &archive.site.config.base_url;
    let sitemap = crawl::sitemap(base_url, &pages.resources);
    pages.resources.insert("/sitemap.xml".to_owned(), sitemap);
    pages
        .resources
        .insert("/robots.txt".to_owned(), crawl::robots(base_url));
    let (not_found, server_error) =
        pages::error_pages(&archive.site, &locales, &assets.stylesheet.path)?;
    Ok(RenderedSite {
        resources: pages.resources,
        not_found,
        api_not_found: api::not_found(base_url),
        server_error,
        base_path: links::request_form(base_path(base_url)),
        as_of,
        current: timeline.current().map(|entry| entry.revision.effective),
        shown: timeline.shown().revision.effective,
        languages: archive.site.config.languages.clone(),
    })
}

//! Site model → the bytes of every page, rendered once when content is
//! loaded. The server and the export both serve exactly these bytes, so
//! they can never disagree, and a request never renders anything.

pub mod accessibility;
pub mod api;
pub mod assets;
pub mod changes;
pub mod crawl;
pub mod feeds;
pub mod history;
pub mod labels;
pub mod links;
pub mod notice;
pub mod print;
pub mod terminal;
pub mod view;

use std::collections::HashMap;

use askama::Template;
use axum::body::Bytes;
use jiff::civil::Date;

use self::accessibility::AccessibilityPage;
use self::changes::{ChangesPage, ChangesView};
use self::history::HistoryPage;
use self::links::{
    FeedFormat, absolute, accessibility_path, api_notice_path, api_revision_file_path,
    api_revision_path, api_revisions_path, base_path, changes_path, feed_path, history_path,
    notice_path, print_stylesheet_path, relative, revision_path,
};
use self::notice::{Banner, NoticePage, NoticeView, RecordView, UpcomingView};
use self::print::RunningHeads;
use self::view::{Chrome, DateRow, Link, Localized, Place, Preview};
use crate::archive::Archive;
use crate::lang::Lang;
pub use crate::resource::Resource;
use crate::timeline::{Entry, NothingPublished, Standing, Timeline};

const HTML: &str = "text/html; charset=utf-8";
/// A preview's banner lists this many of the record's problems; `check`
/// gives them all.
const PREVIEW_PROBLEMS: usize = 5;
const CSS: &str = "text/css; charset=utf-8";

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
        .filter(|(_, resource)| resource.content_type == HTML)
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
    let timeline = Timeline::new(&archive.site, as_of)?;
    let assets = assets::Assets::new();
    let mut pages = Pages {
        archive,
        timeline: &timeline,
        stylesheet: &assets.stylesheet.path,
        resources: HashMap::new(),
        preview: preview.then_some(as_of),
    };
    for asset in assets.all() {
        pages.resources.insert(
            asset.path.clone(),
            Resource::new(asset.content_type, Bytes::from_static(asset.body)),
        );
    }
    for lang in Lang::ALL {
        pages.render_language(lang)?;
    }
    pages
        .resources
        .extend(api::resources(archive, &timeline, as_of));
    let base_url = &archive.site.config.base_url;
    let sitemap = crawl::sitemap(base_url, &pages.resources);
    pages.resources.insert("/sitemap.xml".to_owned(), sitemap);
    pages
        .resources
        .insert("/robots.txt".to_owned(), crawl::robots(base_url));
    let site = &archive.site;
    let names = |lang| site.config.operator.name.get(lang).value.as_str();
    let base_path = base_path(base_url);
    let rooted = |path: &str| absolute(base_path, path);
    let error_page = |kind| ErrorPage {
        kind,
        stylesheet: rooted(&assets.stylesheet.path),
        name_ja: names(Lang::Ja),
        name_en: names(Lang::En),
        ja_home: rooted(&notice_path(Lang::Ja)),
        en_home: rooted(&notice_path(Lang::En)),
        ja_accessibility: rooted(&accessibility_path(Lang::Ja)),
        en_accessibility: rooted(&accessibility_path(Lang::En)),
    };
    Ok(RenderedSite {
        resources: pages.resources,
        not_found: html(error_page(ErrorKind::NotFound).render()?),
        api_not_found: api::not_found(base_url),
        server_error: html(error_page(ErrorKind::ServerError).render()?),
        base_path: links::request_form(base_path),
        as_of,
        current: timeline.current().map(|entry| entry.revision.effective),
        shown: timeline.shown().revision.effective,
    })
}

/// The pages of one rendering, collected by path.
struct Pages<'a, 't> {
    archive: &'a Archive,
    timeline: &'t Timeline<'a>,
    stylesheet: &'t str,
    resources: HashMap<String, Resource>,
    /// The date a preview shows, when this rendering is one.
    preview: Option<Date>,
}

impl<'a> Pages<'a, '_> {
    fn render_language(&mut self, lang: Lang) -> Result<(), RenderError> {
        let timeline = self.timeline;
        self.notice(lang)?;
        let mut chrome = self.chrome(lang, &history_path, labels::labels(lang).history.to_owned());
        chrome.data = Some(relative(&history_path(lang), &api_revisions_path()));
        let page = HistoryPage {
            chrome,
            entries: HistoryPage::entries(self.archive, timeline, lang),
        };
        self.resources
            .insert(history_path(lang), html(page.render()?));
        let chrome = self.chrome(
            lang,
            &accessibility_path,
            labels::labels(lang).accessibility.to_owned(),
        );
        let page = AccessibilityPage::new(chrome, &self.archive.site, lang);
        self.resources
            .insert(accessibility_path(lang), html(page.render()?));
        for entry in &timeline.entries {
            self.revision(entry, lang)?;
            if let Some(diff) = self.archive.changes(entry.index, lang) {
                let effective = entry.revision.effective;
                let view = ChangesView::new(entry, diff, lang);
                let path_in = |l| changes_path(l, effective);
                let chrome = self.version_chrome(lang, &path_in, view.title.clone(), effective);
                let page = ChangesPage { chrome, view };
                self.resources.insert(path_in(lang), html(page.render()?));
            }
        }
        let announcements = feeds::announcements(self.archive, timeline, lang)?;
        for format in FeedFormat::ALL {
            let body = match format {
                FeedFormat::Atom => feeds::atom(self.archive, &announcements, lang),
                FeedFormat::Rss => feeds::rss(self.archive, &announcements, lang),
            };
            self.resources.insert(
                feed_path(lang, format),
                Resource::new(format.content_type(), Bytes::from(body)),
            );
        }
        Ok(())
    }

    fn chrome(&self, lang: Lang, path_in: &dyn Fn(Lang) -> String, title: String) -> Chrome<'a> {
        let site = &self.archive.site;
        let place = Place {
            lang,
            path_in,
            base_url: &site.config.base_url,
            stylesheet_path: self.stylesheet,
        };
        let mut chrome = Chrome::new(
            &place,
            title,
            Localized::of(site.config.operator.name.get(lang), lang),
        );
        chrome.preview = self.preview.map(|date| {
            let record = &self.archive.record.report;
            let problems = &record.diagnostics;
            Preview {
                sentence: labels::preview_sentence(date, lang),
                record: (!problems.is_empty())
                    .then(|| labels::record_problems_sentence(problems.len(), lang)),
                problems: problems
                    .iter()
                    .take(PREVIEW_PROBLEMS)
                    .map(|d| d.one_line(std::path::Path::new("")))
                    .chain(
                        (problems.len() > PREVIEW_PROBLEMS)
                            .then(|| format!("… and {} more", problems.len() - PREVIEW_PROBLEMS)),
                    )
                    .collect(),
            }
        });
        chrome
    }

    /// The frame of a page about one version of the notice, which prints
    /// with that version's running heads (made by `revision`).
    fn version_chrome(
        &self,
        lang: Lang,
        path_in: &dyn Fn(Lang) -> String,
        title: String,
        effective: Date,
    ) -> Chrome<'a> {
        let mut chrome = self.chrome(lang, path_in, title);
        chrome.print_stylesheet = Some(relative(
            &path_in(lang),
            &print_stylesheet_path(lang, effective),
        ));
        chrome
    }

    /// `/{lang}/`: the current notice, with any announced revision on top;
    /// before the first revision takes effect, that one, saying from when
    /// it applies.
    fn notice(&mut self, lang: Lang) -> Result<(), RenderError> {
        let timeline = self.timeline;
        let shown = timeline.shown();
        let here = notice_path(lang);
        let mut notice = NoticeView::new(&self.archive.site, shown.revision, lang);
        notice.dates = self.dates(shown, &here, lang);
        let banner = (shown.standing == Standing::Upcoming).then(|| Banner {
            standing: labels::labels(lang).upcoming_version,
            sentence: labels::first_notice_sentence(shown.revision.effective, lang),
            current: None,
        });
        let upcoming = timeline
            .announced_after_shown()
            .iter()
            .map(|entry| {
                let revision = entry.revision;
                UpcomingView {
                    sentence: labels::upcoming_sentence(
                        revision.effective,
                        revision.changes_purposes,
                        lang,
                    ),
                    note: Localized::of(revision.note.get(lang), lang),
                    summary: self
                        .archive
                        .changes(entry.index, lang)
                        .map(|diff| labels::summary_sentence(&diff.summary(), lang))
                        .unwrap_or_default(),
                    changes: Link {
                        href: relative(&here, &changes_path(lang, revision.effective)),
                        text: labels::changes_title(revision.effective, lang),
                    },
                }
            })
            .collect();
        let mut chrome = self.version_chrome(
            lang,
            &notice_path,
            notice.title.text.to_owned(),
            shown.revision.effective,
        );
        chrome.data = Some(relative(&here, &api_notice_path()));
        let page = NoticePage {
            chrome,
            banner,
            upcoming,
            notice,
            record: None,
        };
        self.resources.insert(here, html(page.render()?));
        Ok(())
    }

    /// `/{lang}/history/{date}/`: one revision exactly as published.
    fn revision(&mut self, entry: &Entry<'a>, lang: Lang) -> Result<(), RenderError> {
        let revision = entry.revision;
        let effective = revision.effective;
        let here = revision_path(lang, effective);
        let words = labels::labels(lang);
        let mut notice = NoticeView::new(&self.archive.site, revision, lang);
        notice.dates = self.dates(entry, &here, lang);
        let banner = Banner {
            standing: match entry.standing {
                Standing::Archived => words.archived_version,
                Standing::Current => words.current_version,
                Standing::Upcoming => words.upcoming_version,
            },
            sentence: labels::banner_sentence(entry.standing, effective, entry.until, lang),
            current: Some(Link {
                href: relative(&here, &notice_path(lang)),
                text: words.current_notice.to_owned(),
            }),
        };
        let version = labels::revision_title(effective, lang);
        let title = match lang {
            Lang::Ja => format!("{}（{version}）", notice.title.text),
            Lang::En => format!("{} ({version})", notice.title.text),
        };
        let mut chrome =
            self.version_chrome(lang, &|l| revision_path(l, effective), title, effective);
        chrome.data = Some(relative(&here, &api_revision_path(effective)));
        let heads = RunningHeads {
            operator: chrome.site_name.text,
            period: &labels::labelled(
                words.effective_period,
                &labels::period(effective, entry.until, lang),
                lang,
            ),
            address: &absolute(&self.archive.site.config.base_url, &here),
        };
        self.resources.insert(
            print_stylesheet_path(lang, effective),
            Resource::new(CSS, Bytes::from(heads.stylesheet())),
        );
        let record = self.record(entry, &here, lang);
        let page = NoticePage {
            chrome,
            banner: Some(banner),
            upcoming: Vec::new(),
            notice,
            record: Some(record),
        };
        self.resources.insert(here, html(page.render()?));
        Ok(())
    }

    /// The seal of a revision, with links to what it covers.
    fn record(&self, entry: &Entry<'_>, here: &str, lang: Lang) -> RecordView {
        let revision = entry.revision;
        let seal = &revision.seal;
        let previous = entry.index.checked_sub(1).map(|index| {
            let before = &self.archive.site.revisions[index];
            let link = Link {
                href: relative(here, &revision_path(lang, before.effective)),
                text: labels::revision_title(before.effective, lang),
            };
            (before.seal.digest.to_string(), link)
        });
        RecordView {
            digest: seal.digest.to_string(),
            previous,
            files: seal
                .files
                .iter()
                .map(|file| Link {
                    href: relative(
                        here,
                        &api_revision_file_path(revision.effective, &file.name),
                    ),
                    text: file.name.clone(),
                })
                .collect(),
            data: Link {
                href: relative(here, &api_revision_path(revision.effective)),
                text: labels::labels(lang).record_data.to_owned(),
            },
        }
    }

    /// The dates at the top of a notice: when this version applies, when it
    /// was announced, since when the notice exists, and where its changes
    /// and the other versions are.
    fn dates(&self, entry: &Entry<'_>, here: &str, lang: Lang) -> Vec<DateRow> {
        let words = labels::labels(lang);
        let revision = entry.revision;
        let mut rows = vec![DateRow {
            label: words.effective_period,
            text: labels::period(revision.effective, entry.until, lang),
            iso: None,
            link: None,
        }];
        if !entry.is_first() {
            let label = match entry.standing {
                Standing::Current => words.last_revised,
                Standing::Archived | Standing::Upcoming => words.revised,
            };
            rows.push(
                DateRow::date(label, revision.effective, lang).with_link(Link {
                    href: relative(here, &changes_path(lang, revision.effective)),
                    text: words.what_changed.to_owned(),
                }),
            );
        }
        rows.push(DateRow::date(words.announced, revision.announced, lang));
        rows.push(
            DateRow::date(
                words.first_published,
                self.archive.site.first().effective,
                lang,
            )
            .with_link(Link {
                href: relative(here, &history_path(lang)),
                text: words.history.to_owned(),
            }),
        );
        rows
    }
}

fn html(page: String) -> Resource {
    Resource::new(HTML, Bytes::from(page))
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    NotFound,
    ServerError,
}

/// The page for a missing URL or a failure, in both languages at once: the
/// visitor's language is not known from a broken URL. It is served at any
/// depth, so its links are paths from the host's root under `base_url`'s
/// path (`/kenpo/privacy/ja/`), right wherever it is shown.
#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    kind: ErrorKind,
    stylesheet: String,
    name_ja: &'a str,
    name_en: &'a str,
    ja_home: String,
    en_home: String,
    ja_accessibility: String,
    en_accessibility: String,
}

//! The pages of one rendering in each language, collected by path: the
//! notice, every revision as published with its record, what each
//! revision changed, the history, the accessibility statement and the
//! feeds, each in the frame every page shares; and the 404 and 500 pages,
//! which are in both languages at once.

use std::collections::HashMap;

use askama::Template;
use axum::body::Bytes;
use jiff::civil::Date;

use super::RenderError;
use super::accessibility::AccessibilityPage;
use super::changes::{ChangesPage, ChangesView};
use super::history::{self, HistoryPage, HistoryPaths};
use super::links::{absolute, base_path, relative};
use super::locale;
use super::locale::messages;
use super::notice::{Banner, NoticePage, NoticeView, RecordView, UpcomingView};
use super::print::RunningHeads;
use super::sentences::with_aside;
use super::view::{Chrome, DateRow, Link, Localized, Place, Preview, filters};
use super::{document_feeds, feeds, sentences};
use crate::archive::Archive;
use crate::content::Site;
use crate::lang::Language;
use crate::media_type;
use crate::render::locale::Locale;

use crate::resource::Resource;
use crate::site_paths::{
    FeedFormat, accessibility_path, api_notice_path, api_revision_file_path, api_revision_path,
    api_revisions_path, changes_path, document_print_stylesheet_path, feed_path, history_path,
    notice_path, print_stylesheet_path, revision_path,
};
use crate::timeline::{Entry, Standing, Timeline};

/// A preview's banner lists this many of the record's problems; `check`
/// gives them all.
const PREVIEW_PROBLEMS: usize = 5;

/// The pages of one rendering, collected by path.
pub(super) struct Pages<'a, 't> {
    archive: &'a Archive,
    timeline: &'t Timeline<'a>,
    stylesheet: &'t str,
    pub(super) resources: HashMap<String, Resource>,
    /// The date a preview shows, when this rendering is one.
    preview: Option<Date>,
    /// The documents the navigation between documents lists (none on a
    /// site with only its notice).
    pub(super) listed: Vec<super::documents::nav::Listed<'a>>,
}

impl<'a, 't> Pages<'a, 't> {
    pub(super) fn new(
        archive: &'a Archive,
        timeline: &'t Timeline<'a>,
        stylesheet: &'t str,
        preview: Option<Date>,
    ) -> Pages<'a, 't> {
        Pages {
            archive,
            timeline,
            stylesheet,
            resources: HashMap::new(),
            preview,
            listed: Vec::new(),
        }
    }

    pub(super) fn render_language(&mut self, lang: &'a Locale<'a>) -> Result<(), RenderError> {
        let timeline = self.timeline;
        self.notice(lang)?;
        let mut chrome = self.chrome(lang, &history_path, locale::words(lang).history.to_owned());
        chrome.data = Some(relative(&history_path(lang), &api_revisions_path()));
        let archive = self.archive;
        let paths = HistoryPaths {
            here: history_path(lang),
            revision: &|effective| revision_path(lang, effective),
            changes: &|effective| changes_path(lang, effective),
        };
        let page = HistoryPage {
            chrome,
            heading: locale::words(lang).history.to_owned(),
            intro: &locale::words(lang).history_intro,
            entries: history::entries(
                timeline,
                &paths,
                lang,
                |entry| {
                    archive
                        .changes(entry.index, lang)
                        .map(|diff| sentences::summary_sentence(&diff.summary(), lang))
                        .unwrap_or_default()
                },
                |notice| Some(notice.changes_purposes),
            ),
        };
        self.resources
            .insert(history_path(lang), html(page.render()?));
        let chrome = self.chrome(
            lang,
            &accessibility_path,
            locale::words(lang).accessibility.to_owned(),
        );
        let page = AccessibilityPage::new(chrome, &self.archive.site, lang);
        self.resources
            .insert(accessibility_path(lang), html(page.render()?));
        for entry in &timeline.entries {
            self.revision(entry, lang)?;
            if let Some(diff) = self.archive.changes(entry.index, lang) {
                let effective = entry.revision.effective;
                let view = ChangesView::new(entry, diff, lang);
                let path_in = |l: &Language| changes_path(l, effective);
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

    pub(super) fn chrome(
        &self,
        lang: &'a Locale<'a>,
        path_in: &dyn Fn(&Language) -> String,
        title: String,
    ) -> Chrome<'a> {
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
        if !site.documents.is_empty() {
            chrome.more_feeds =
                document_feeds::combined_feed_links(&path_in(lang), chrome.site_name.text, lang);
        }
        chrome.preview = self.preview.map(|date| {
            let record = &self.archive.record.report;
            let problems = &record.diagnostics;
            Preview {
                sentence: sentences::preview_sentence(date, lang),
                record: (!problems.is_empty())
                    .then(|| sentences::record_problems_sentence(problems.len(), lang)),
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
        chrome.documents = super::documents::nav::nav(&self.listed, lang, &path_in(lang));
        chrome
    }

    pub(super) fn archive(&self) -> &'a Archive {
        self.archive
    }

    /// The frame of a page about one version of the notice, which prints
    /// with that version's running heads (made by `revision`).
    fn version_chrome(
        &self,
        lang: &'a Locale<'a>,
        path_in: &dyn Fn(&Language) -> String,
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

    /// The frame of a page about one version of a document besides the
    /// notice, which prints with that version's running heads when its
    /// revision page, rendered before, made them (a page never links a
    /// stylesheet that is not served).
    pub(super) fn document_version_chrome(
        &self,
        lang: &'a Locale<'a>,
        path_in: &dyn Fn(&Language) -> String,
        title: String,
        (id, effective): (&str, Date),
    ) -> Chrome<'a> {
        let mut chrome = self.chrome(lang, path_in, title);
        let print = document_print_stylesheet_path(lang, id, effective);
        chrome.print_stylesheet = self
            .resources
            .contains_key(&print)
            .then(|| relative(&path_in(lang), &print));
        chrome
    }

    /// `/{lang}/`: the current notice, with any announced revision on top;
    /// before the first revision takes effect, that one, saying from when
    /// it applies.
    fn notice(&mut self, lang: &'a Locale<'a>) -> Result<(), RenderError> {
        let timeline = self.timeline;
        let shown = timeline.shown();
        let here = notice_path(lang);
        let mut notice = NoticeView::new(&self.archive.site, shown.revision, lang);
        notice.dates = self.dates(shown, &here, lang);
        let banner = (shown.standing == Standing::Upcoming).then(|| Banner {
            standing: &locale::words(lang).upcoming_version,
            sentence: sentences::first_notice_sentence(shown.revision.effective, lang),
            current: None,
        });
        let upcoming = timeline
            .announced_after_shown()
            .iter()
            .map(|entry| {
                let revision = entry.revision;
                UpcomingView {
                    sentence: sentences::upcoming_sentence(
                        revision.effective,
                        revision.body.changes_purposes,
                        lang,
                    ),
                    note: Localized::of(revision.note.get(lang), lang),
                    summary: self
                        .archive
                        .changes(entry.index, lang)
                        .map(|diff| sentences::summary_sentence(&diff.summary(), lang))
                        .unwrap_or_default(),
                    changes: Link {
                        href: relative(&here, &changes_path(lang, revision.effective)),
                        text: sentences::changes_title(revision.effective, lang),
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
    fn revision(&mut self, entry: &Entry<'a>, lang: &'a Locale<'a>) -> Result<(), RenderError> {
        let revision = entry.revision;
        let effective = revision.effective;
        let here = revision_path(lang, effective);
        let words = locale::words(lang);
        let mut notice = NoticeView::new(&self.archive.site, revision, lang);
        notice.dates = self.dates(entry, &here, lang);
        let banner = Banner {
            standing: match entry.standing {
                Standing::Archived => &words.archived_version,
                Standing::Current => &words.current_version,
                Standing::Upcoming => &words.upcoming_version,
            },
            sentence: sentences::banner_sentence(entry.standing, effective, entry.until, lang),
            current: Some(Link {
                href: relative(&here, &notice_path(lang)),
                text: words.current_notice.to_owned(),
            }),
        };
        let version = sentences::revision_title(effective, lang);
        let title = with_aside(notice.title.text, &version, lang);
        let mut chrome = self.version_chrome(
            lang,
            &|l: &Language| revision_path(l, effective),
            title,
            effective,
        );
        chrome.data = Some(relative(&here, &api_revision_path(effective)));
        let heads = RunningHeads {
            operator: chrome.site_name.text,
            period: &sentences::term_and_value(
                &words.effective_period,
                &sentences::period(effective, entry.until, lang),
                lang,
            ),
            address: &absolute(&self.archive.site.config.base_url, &here),
        };
        self.resources.insert(
            print_stylesheet_path(lang, effective),
            Resource::new(media_type::CSS, Bytes::from(heads.stylesheet())),
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
    fn record(&self, entry: &Entry<'_>, here: &str, lang: &'a Locale<'a>) -> RecordView {
        let revision = entry.revision;
        let seal = &revision.seal;
        let previous = entry.index.checked_sub(1).map(|index| {
            let before = &self.archive.site.revisions[index];
            let link = Link {
                href: relative(here, &revision_path(lang, before.effective)),
                text: sentences::revision_title(before.effective, lang),
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
                text: locale::words(lang).record_data.to_owned(),
            },
        }
    }

    /// The dates at the top of a notice: when this version applies, when it
    /// was announced, since when the notice exists, and where its changes
    /// and the other versions are.
    fn dates(&self, entry: &Entry<'_>, here: &str, lang: &'a Locale<'a>) -> Vec<DateRow> {
        let words = locale::words(lang);
        let revision = entry.revision;
        let mut rows = vec![DateRow {
            term: words.effective_period.clone(),
            text: sentences::period(revision.effective, entry.until, lang),
            iso: None,
            link: None,
        }];
        if !entry.is_first() {
            let term = match entry.standing {
                Standing::Current => &words.last_revised,
                Standing::Archived | Standing::Upcoming => &words.revised,
            };
            rows.push(
                DateRow::date(term, revision.effective, lang).with_link(Link {
                    href: relative(here, &changes_path(lang, revision.effective)),
                    text: words.what_changed.to_owned(),
                }),
            );
        }
        rows.push(DateRow::date(&words.announced, revision.announced, lang));
        rows.push(
            DateRow::date(
                &words.first_published,
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
    Resource::new(media_type::HTML, Bytes::from(page))
}

/// The 404 and the 500 page of `site`, in this order.
pub(super) fn error_pages(
    site: &Site,
    locales: &[Locale<'_>],
    stylesheet: &str,
) -> Result<(Resource, Resource), RenderError> {
    let base_path = base_path(&site.config.base_url);
    let rooted = |path: &str| absolute(base_path, path);
    let page = |kind| ErrorPage {
        stylesheet: rooted(stylesheet),
        languages: locales
            .iter()
            .map(|lang| {
                let messages = messages(lang);
                let (title, text) = match kind {
                    ErrorKind::NotFound => (
                        messages.message("error-not-found-title"),
                        messages.message("error-not-found-text"),
                    ),
                    ErrorKind::ServerError => (
                        messages.message("error-server-title"),
                        messages.message("error-server-text"),
                    ),
                };
                ErrorLanguage {
                    tag: lang.tag.as_str(),
                    // The page is in Japanese; every other language's part
                    // says which it is.
                    lang: (!lang.is_authoritative()).then(|| lang.tag.as_str()),
                    title,
                    text,
                    skip_link: locale::words(lang).skip_link.as_str(),
                    home: rooted(&notice_path(lang)),
                    home_text: messages.message("error-notice-link"),
                    accessibility: rooted(&accessibility_path(lang)),
                    accessibility_text: locale::words(lang).accessibility.as_str(),
                    name: site.config.operator.name.get(lang).value.as_str(),
                }
            })
            .collect(),
    };
    Ok((
        html(page(ErrorKind::NotFound).render()?),
        html(page(ErrorKind::ServerError).render()?),
    ))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ErrorKind {
    NotFound,
    ServerError,
}

/// The page for a missing URL or a failure, in every language at once: the
/// visitor's language is not known from a broken URL. It is served at any
/// depth, so its links are paths from the host's root under `base_url`'s
/// path (`/kenpo/privacy/ja/`), right wherever it is shown.
#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    stylesheet: String,
    /// Japanese first: the page's own language.
    languages: Vec<ErrorLanguage<'a>>,
}

/// What the error page says in one language.
struct ErrorLanguage<'a> {
    tag: &'a str,
    /// `None` for the page's own language.
    lang: Option<&'a str>,
    title: String,
    text: String,
    skip_link: &'a str,
    home: String,
    home_text: String,
    accessibility: String,
    accessibility_text: &'a str,
    name: &'a str,
}

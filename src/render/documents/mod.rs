//! The pages of a site's documents besides its notice (policies, joint
//! use, publications), each with the record the notice has: the document
//! as in effect with its announced revisions on top, its history, and
//! every revision as published with its seal and running heads; and the
//! site's index of documents. Nothing here is rendered for a site that
//! has only its notice, whose pages stay exactly as they were.

mod body;
pub(crate) mod nav;
mod sentences;

use askama::Template;
use axum::body::Bytes;
use jiff::civil::Date;

use self::body::DocumentView;
use self::nav::Listed;
use super::RenderError;
use super::history::{self, HistoryPage, HistoryPaths};
use super::links::{absolute, relative};
use super::locale;
use super::notice::{Banner, RecordView, UpcomingView};
use super::pages::Pages;
use super::print::RunningHeads;
use super::published::PublishedDocument;
use super::view::filters;
use super::view::{Chrome, DateRow, Link, Localized};
use super::words::DocumentWords;
use crate::content::{Body, Document, Kind, Notice, Revision, Site};
use crate::lang::Language;
use crate::media_type;
use crate::render::locale::Locale;
use crate::render::sentences::with_aside;
use crate::resource::Resource;
use crate::site_paths::{
    api_document_path, api_document_revision_file_path, api_document_revision_path,
    api_document_revisions_path, document_changes_path, document_history_path, document_path,
    document_print_stylesheet_path, document_revision_path, documents_index_path, notice_path,
};
use crate::timeline::{Entry, Standing, Timeline};

/// The documents published as of one date: those whose first revision has
/// been announced, in the site's order, with where each stands.
pub(super) struct Documents<'a> {
    /// The notice's revision shown and its first effective date, for the index.
    notice: Entry<'a, Notice>,
    notice_first: Date,
    published: Vec<PublishedDocument<'a>>,
}

impl<'a> Documents<'a> {
    pub(super) fn new(
        site: &'a Site,
        notice: &Timeline<'a>,
        published: Vec<PublishedDocument<'a>>,
    ) -> Documents<'a> {
        Documents {
            notice: *notice.shown(),
            notice_first: site.first().effective,
            // A document whose first revision is not announced yet is not
            // shown anywhere, as an unannounced revision is not.
            published,
        }
    }

    /// The documents published, each with its timeline: what their feeds,
    /// changes pages and open data speak of too.
    pub(super) fn published(&self) -> &[PublishedDocument<'a>] {
        &self.published
    }

    /// What the navigation between documents lists: nothing when no
    /// document besides the notice is published.
    pub(super) fn listed(&self) -> Vec<Listed<'a>> {
        if self.published.is_empty() {
            return Vec::new();
        }
        let mut listed = vec![Listed {
            id: None,
            title: &self.notice.revision.title,
        }];
        listed.extend(self.published.iter().map(
            |PublishedDocument {
                 document, timeline, ..
             }| Listed {
                id: Some(document.id.as_str()),
                title: &timeline.shown().revision.title,
            },
        ));
        listed
    }

    /// Every page of every document in `lang`, and the index.
    pub(super) fn render_language(
        &self,
        pages: &mut Pages<'a, '_>,
        lang: &'a Locale<'a>,
    ) -> Result<(), RenderError> {
        if self.published.is_empty() {
            return Ok(());
        }
        self.index(pages, lang)?;
        for PublishedDocument {
            index,
            document,
            timeline,
        } in &self.published
        {
            let renderer = DocumentPages {
                index: *index,
                document,
                timeline,
                lang,
            };
            renderer.shown(pages)?;
            renderer.history(pages)?;
            for entry in &timeline.entries {
                renderer.revision(pages, entry)?;
            }
        }
        Ok(())
    }

    /// `/{lang}/documents/`: the notice and every document, with its kind
    /// and when it was last revised.
    fn index(&self, pages: &mut Pages<'a, '_>, lang: &'a Locale<'a>) -> Result<(), RenderError> {
        let here = documents_index_path(lang);
        let words = locale::words(lang);
        let document_words = locale::document_words(lang);
        let item = |path: String,
                    title: Localized<'a>,
                    kind: &'a str,
                    effective: Date,
                    is_first: bool,
                    first: Date| {
            let mut dates = Vec::new();
            if !is_first {
                dates.push(DateRow::date(&words.last_revised, effective, lang));
            }
            dates.push(DateRow::date(&words.first_published, first, lang));
            IndexItem {
                href: relative(&here, &path),
                title,
                kind,
                dates,
            }
        };
        let notice = self.notice;
        let mut items = vec![item(
            notice_path(lang),
            Localized::of(notice.revision.title.get(lang), lang),
            &document_words.kind_notice,
            notice.revision.effective,
            notice.is_first(),
            self.notice_first,
        )];
        for PublishedDocument {
            document, timeline, ..
        } in &self.published
        {
            let shown = timeline.shown();
            items.push(item(
                document_path(lang, &document.id),
                Localized::of(shown.revision.title.get(lang), lang),
                kind_word(document.kind, document_words),
                shown.revision.effective,
                shown.is_first(),
                timeline.entries[0].revision.effective,
            ));
        }
        let chrome = pages.chrome(lang, &documents_index_path, document_words.index.to_owned());
        let page = IndexPage {
            chrome,
            words: document_words,
            items,
        };
        pages.resources.insert(here, html(page.render()?));
        Ok(())
    }
}

/// The pages of one document in one language.
struct DocumentPages<'a, 'd> {
    /// Its place in `Site::documents`, which indexes its diffs.
    index: usize,
    document: &'a Document,
    timeline: &'d Timeline<'a, Body>,
    lang: &'a Locale<'a>,
}

impl<'a> DocumentPages<'a, '_> {
    /// A document's pages announce its own feeds too.
    fn announce_feeds(&self, chrome: &mut Chrome<'_>, here: &str) {
        let title = self.timeline.shown().revision.title.get(self.lang);
        super::document_feeds::announce_document_feeds(
            chrome,
            here,
            &self.document.id,
            title.value,
            self.lang,
        );
    }

    /// `/{lang}/{id}/`: the revision in effect, with announced revisions
    /// on top; before the first takes effect, the first, as upcoming.
    fn shown(&self, pages: &mut Pages<'a, '_>) -> Result<(), RenderError> {
        let (id, lang) = (self.document.id.as_str(), self.lang);
        let shown = self.timeline.shown();
        let here = document_path(lang, id);
        let mut view = DocumentView::new(shown.revision, lang);
        view.dates = self.dates(shown, &here);
        let banner = (shown.standing == Standing::Upcoming).then(|| Banner {
            standing: &locale::words(lang).upcoming_version,
            sentence: sentences::first_sentence(shown.revision.effective, lang),
            current: None,
        });
        let archive = pages.archive();
        let upcoming = self
            .timeline
            .announced_after_shown()
            .iter()
            .map(|entry| {
                let revision = entry.revision;
                let summary = archive
                    .document_changes(self.index, entry.index, lang)
                    .map(|diff| super::sentences::document_summary_sentence(&diff.summary(), lang))
                    .unwrap_or_default();
                UpcomingView {
                    sentence: sentences::upcoming_sentence(revision.effective, lang),
                    note: Localized::of(revision.note.get(lang), lang),
                    summary,
                    changes: Link {
                        href: relative(&here, &document_changes_path(lang, id, revision.effective)),
                        text: super::sentences::changes_title(revision.effective, lang),
                    },
                }
            })
            .collect();
        let path_in = |l: &Language| document_path(l, id);
        let mut chrome = pages.chrome(lang, &path_in, view.title.text.to_owned());
        self.announce_feeds(&mut chrome, &here);
        chrome.print_stylesheet = Some(relative(
            &here,
            &document_print_stylesheet_path(lang, id, shown.revision.effective),
        ));
        chrome.data = Some(relative(&here, &api_document_path(id)));
        let page = DocumentPage {
            chrome,
            words: locale::document_words(lang),
            banner,
            upcoming,
            document: view,
            record: None,
        };
        pages.resources.insert(here, html(page.render()?));
        Ok(())
    }

    /// `/{lang}/{id}/history/{date}/`: one revision exactly as published,
    /// with its seal, and the running heads it prints with.
    fn revision(
        &self,
        pages: &mut Pages<'a, '_>,
        entry: &Entry<'a, Body>,
    ) -> Result<(), RenderError> {
        let (id, lang) = (self.document.id.as_str(), self.lang);
        let revision = entry.revision;
        let effective = revision.effective;
        let here = document_revision_path(lang, id, effective);
        let words = locale::words(lang);
        let document_words = locale::document_words(lang);
        let mut view = DocumentView::new(revision, lang);
        view.dates = self.dates(entry, &here);
        let banner = Banner {
            standing: match entry.standing {
                Standing::Archived => &words.archived_version,
                Standing::Current => &words.current_version,
                Standing::Upcoming => &words.upcoming_version,
            },
            sentence: super::sentences::banner_sentence(
                entry.standing,
                effective,
                entry.until,
                lang,
            ),
            current: Some(Link {
                href: relative(&here, &document_path(lang, id)),
                text: document_words.current_version.to_owned(),
            }),
        };
        let version = super::sentences::revision_title(effective, lang);
        let title = with_aside(view.title.text, &version, lang);
        let path_in = |l: &Language| document_revision_path(l, id, effective);
        let print_path = document_print_stylesheet_path(lang, id, effective);
        let mut chrome = pages.chrome(lang, &path_in, title);
        self.announce_feeds(&mut chrome, &here);
        chrome.print_stylesheet = Some(relative(&here, &print_path));
        chrome.data = Some(relative(&here, &api_document_revision_path(id, effective)));
        let site = &pages.archive().site;
        let heads = RunningHeads {
            operator: chrome.site_name.text,
            period: &super::sentences::term_and_value(
                &words.effective_period,
                &super::sentences::period(effective, entry.until, lang),
                lang,
            ),
            address: &absolute(&site.config.base_url, &here),
        };
        pages.resources.insert(
            print_path,
            Resource::new(media_type::CSS, Bytes::from(heads.stylesheet())),
        );
        let page = DocumentPage {
            chrome,
            words: document_words,
            banner: Some(banner),
            upcoming: Vec::new(),
            document: view,
            record: Some(self.record(entry, &here)),
        };
        pages.resources.insert(here, html(page.render()?));
        Ok(())
    }

    /// `/{lang}/{id}/history/`: every published revision, newest first.
    fn history(&self, pages: &mut Pages<'a, '_>) -> Result<(), RenderError> {
        let (id, lang) = (self.document.id.as_str(), self.lang);
        let here = document_history_path(lang, id);
        let archive = pages.archive();
        let paths = HistoryPaths {
            here: here.clone(),
            revision: &|effective| document_revision_path(lang, id, effective),
            changes: &|effective| document_changes_path(lang, id, effective),
        };
        let entries = history::entries(
            self.timeline,
            &paths,
            lang,
            |entry| {
                archive
                    .document_changes(self.index, entry.index, lang)
                    .map(|diff| super::sentences::document_summary_sentence(&diff.summary(), lang))
                    .unwrap_or_default()
            },
            |_| None,
        );
        let title = self.timeline.shown().revision.title.get(lang);
        let heading = sentences::history_title(title.value, lang);
        let path_in = |l: &Language| document_history_path(l, id);
        let mut chrome = pages.chrome(lang, &path_in, heading.clone());
        self.announce_feeds(&mut chrome, &here);
        chrome.data = Some(relative(&here, &api_document_revisions_path(id)));
        let page = HistoryPage {
            chrome,
            heading,
            intro: &locale::document_words(lang).history_intro,
            entries,
        };
        pages.resources.insert(here, html(page.render()?));
        Ok(())
    }

    /// The seal of a revision, with links to the files it covers.
    fn record(&self, entry: &Entry<'_, Body>, here: &str) -> RecordView {
        let (id, lang) = (self.document.id.as_str(), self.lang);
        let revision = entry.revision;
        let previous = entry.previous.map(|before| {
            let link = Link {
                href: relative(here, &document_revision_path(lang, id, before.effective)),
                text: super::sentences::revision_title(before.effective, lang),
            };
            (before.seal.digest.to_string(), link)
        });
        RecordView {
            digest: revision.seal.digest.to_string(),
            previous,
            files: revision
                .seal
                .files
                .iter()
                .map(|file| Link {
                    href: relative(
                        here,
                        &api_document_revision_file_path(id, revision.effective, &file.name),
                    ),
                    text: file.name.clone(),
                })
                .collect(),
            data: Link {
                href: relative(here, &api_document_revision_path(id, revision.effective)),
                text: locale::words(lang).record_data.to_owned(),
            },
        }
    }

    /// The dates at the top of a document: when this version applies, when
    /// it was revised (with what changed), announced, and first published.
    fn dates(&self, entry: &Entry<'_, Body>, here: &str) -> Vec<DateRow> {
        let (id, lang) = (self.document.id.as_str(), self.lang);
        let words = locale::words(lang);
        let revision = entry.revision;
        let mut rows = vec![DateRow {
            term: words.effective_period.clone(),
            text: super::sentences::period(revision.effective, entry.until, lang),
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
                    href: relative(here, &document_changes_path(lang, id, revision.effective)),
                    text: words.what_changed.to_owned(),
                }),
            );
        }
        rows.push(DateRow::date(&words.announced, revision.announced, lang));
        let first: &Revision<Body> = self.timeline.entries[0].revision;
        rows.push(
            DateRow::date(&words.first_published, first.effective, lang).with_link(Link {
                href: relative(here, &document_history_path(lang, id)),
                text: words.history.to_owned(),
            }),
        );
        rows
    }
}

fn kind_word(kind: Kind, words: &DocumentWords) -> &str {
    match kind {
        Kind::Policy => &words.kind_policy,
        Kind::JointUse => &words.kind_joint_use,
        Kind::Publications => &words.kind_publications,
    }
}

fn html(page: String) -> Resource {
    Resource::new(media_type::HTML, Bytes::from(page))
}

/// A document as in effect at `/{lang}/{id}/`, or one revision of it at
/// `/{lang}/{id}/history/{date}/` with a banner and its seal.
#[derive(Template)]
#[template(path = "document.html")]
struct DocumentPage<'a> {
    chrome: Chrome<'a>,
    words: &'a DocumentWords,
    banner: Option<Banner<'a>>,
    upcoming: Vec<UpcomingView<'a>>,
    document: DocumentView<'a>,
    record: Option<RecordView>,
}

#[derive(Template)]
#[template(path = "documents_index.html")]
struct IndexPage<'a> {
    chrome: Chrome<'a>,
    words: &'a DocumentWords,
    items: Vec<IndexItem<'a>>,
}

struct IndexItem<'a> {
    href: String,
    title: Localized<'a>,
    kind: &'a str,
    dates: Vec<DateRow>,
}

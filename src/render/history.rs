//! The history page: every published revision, newest first, with its
//! dates, its change note, whether it changed the purposes of use, and
//! links to the revision as published and to what it changed.

use askama::Template;

use super::links::relative;
use super::sentences;
use super::view::filters;
use super::view::{Chrome, DateView, Link, Localized};
use super::words::{self, Words};
use crate::archive::Archive;
use crate::lang::Lang;
use crate::site_paths::{changes_path, history_path, revision_path};
use crate::timeline::{Entry, Standing, Timeline};

#[derive(Template)]
#[template(path = "history.html")]
pub(crate) struct HistoryPage<'a> {
    pub chrome: Chrome<'a>,
    pub entries: Vec<HistoryEntry<'a>>,
}

pub(crate) struct HistoryEntry<'a> {
    pub effective: DateView,
    pub announced: DateView,
    pub standing: Option<&'static str>,
    pub period: String,
    pub note: Localized<'a>,
    pub purposes_changed: &'static str,
    pub summary: String,
    /// Read after each link by screen readers, which list links out of context.
    pub link_context: String,
    pub revision: Link,
    /// `None` for the first revision, which has nothing to compare with.
    pub changes: Option<Link>,
}

impl<'a> HistoryPage<'a> {
    pub(crate) fn entries(
        archive: &'a Archive,
        timeline: &Timeline<'a>,
        lang: Lang,
    ) -> Vec<HistoryEntry<'a>> {
        let here = history_path(lang);
        let words = words::words(lang);
        timeline
            .newest_first()
            .map(|entry| {
                let revision = entry.revision;
                let summary = archive
                    .changes(entry.index, lang)
                    .map(|diff| sentences::summary_sentence(&diff.summary(), lang))
                    .unwrap_or_default();
                HistoryEntry {
                    effective: DateView::new(revision.effective, lang),
                    announced: DateView::new(revision.announced, lang),
                    standing: standing_word(entry, words),
                    period: sentences::period(revision.effective, entry.until, lang),
                    note: Localized::of(revision.note.get(lang), lang),
                    purposes_changed: if revision.body.changes_purposes {
                        words.yes
                    } else {
                        words.no
                    },
                    summary,
                    link_context: match lang {
                        Lang::Ja => {
                            format!("（{}）", sentences::format_date(revision.effective, lang))
                        }
                        Lang::En => {
                            format!(" ({})", sentences::format_date(revision.effective, lang))
                        }
                    },
                    revision: Link {
                        href: relative(&here, &revision_path(lang, revision.effective)),
                        text: words.read_version.to_owned(),
                    },
                    changes: (!entry.is_first()).then(|| Link {
                        href: relative(&here, &changes_path(lang, revision.effective)),
                        text: words.what_changed.to_owned(),
                    }),
                }
            })
            .collect()
    }
}

/// The tag a history entry carries, if it is not simply a past version.
fn standing_word(entry: &Entry<'_>, words: &'static Words) -> Option<&'static str> {
    match entry.standing {
        Standing::Archived => None,
        Standing::Current => Some(words.current_version),
        Standing::Upcoming => Some(words.upcoming_version),
    }
}

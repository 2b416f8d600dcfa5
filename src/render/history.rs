//! The history page of the notice and of every other document: each
//! published revision, newest first, with its dates, its change note, a
//! line saying what it changed, and links to the revision as published
//! and to its changes page. The notice's entries also say whether the
//! purposes of use changed, which its announcements turn on.

use askama::Template;
use jiff::civil::Date;

use super::links::relative;
use super::locale;
use super::sentences;
use super::view::filters;
use super::view::{Chrome, DateView, Link, Localized};
use super::words::Words;
use crate::render::locale::Locale;
use crate::render::sentences::with_aside;
use crate::timeline::{Entry, Standing, Timeline};

#[derive(Template)]
#[template(path = "history.html")]
pub(crate) struct HistoryPage<'a> {
    pub chrome: Chrome<'a>,
    pub heading: String,
    pub intro: &'a str,
    pub entries: Vec<HistoryEntry<'a>>,
}

pub(crate) struct HistoryEntry<'a> {
    effective: DateView,
    announced: DateView,
    standing: Option<&'a str>,
    period: String,
    note: Localized<'a>,
    /// Yes or no, on the notice's history only.
    purposes_changed: Option<&'a str>,
    summary: String,
    /// Read after each link by screen readers, which list links out of context.
    link_context: String,
    revision: Link,
    /// `None` for the first revision, which has nothing to compare with.
    changes: Option<Link>,
}

/// Where a document's history page is and where its revisions' pages are.
pub(crate) struct HistoryPaths<'p> {
    pub here: String,
    pub revision: &'p dyn Fn(Date) -> String,
    pub changes: &'p dyn Fn(Date) -> String,
}

/// The entries of a history page in `lang`, newest first. `summary` says
/// in one line what a revision changed (empty for the first);
/// `purposes_changed` answers for the notice only.
pub(crate) fn entries<'a, B>(
    timeline: &Timeline<'a, B>,
    paths: &HistoryPaths<'_>,
    lang: &'a Locale<'a>,
    summary: impl Fn(&Entry<'a, B>) -> String,
    purposes_changed: impl Fn(&B) -> Option<bool>,
) -> Vec<HistoryEntry<'a>> {
    let words = locale::words(lang);
    timeline
        .newest_first()
        .map(|entry| {
            let revision = entry.revision;
            let date = sentences::format_date(revision.effective, lang);
            HistoryEntry {
                effective: DateView::new(revision.effective, lang),
                announced: DateView::new(revision.announced, lang),
                standing: standing_word(entry, words),
                period: sentences::period(revision.effective, entry.until, lang),
                note: Localized::of(revision.note.get(lang), lang),
                purposes_changed: purposes_changed(&revision.body).map(|changed| {
                    if changed {
                        words.yes.as_str()
                    } else {
                        words.no.as_str()
                    }
                }),
                summary: summary(entry),
                link_context: with_aside("", &date, lang),
                revision: Link {
                    href: relative(&paths.here, &(paths.revision)(revision.effective)),
                    text: words.read_version.to_owned(),
                },
                changes: (!entry.is_first()).then(|| Link {
                    href: relative(&paths.here, &(paths.changes)(revision.effective)),
                    text: words.what_changed.to_owned(),
                }),
            }
        })
        .collect()
}

/// The tag a history entry carries, if it is not simply a past version.
fn standing_word<'a, B>(entry: &Entry<'_, B>, words: &'a Words) -> Option<&'a str> {
    match entry.standing {
        Standing::Archived => None,
        Standing::Current => Some(&words.current_version),
        Standing::Upcoming => Some(&words.upcoming_version),
    }
}

//! Small view types shared by templates: text in the page's language or
//! marked as another, dates as both machine and human text, and the frame
//! every page has (title, language switch, alternates, stylesheets).

use jiff::civil::Date;

use super::links::{absolute, relative};
use super::locale::words;
use super::sentences::{feed_title, format_date};
use super::words::Words;
use crate::content::{Multilingual, Prose, Shown};
use crate::lang::Language;
use crate::render::locale::Locale;
use crate::site_paths::{FeedFormat, accessibility_path, feed_path, history_path, notice_path};

/// A text to show on a page, with `lang` set when it is not in the page's
/// language (an untranslated Japanese text on an English page).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Localized<'a> {
    pub text: &'a str,
    pub lang: Option<&'a str>,
}

impl<'a> Localized<'a> {
    pub(crate) fn of(shown: Shown<'a, String>, page: &Locale<'a>) -> Localized<'a> {
        Localized {
            text: shown.value,
            lang: (shown.lang != page.lang).then(|| page.tag_of(shown.lang)),
        }
    }

    pub(crate) fn prose(prose: &'a Multilingual<Prose>, page: &Locale<'a>) -> Localized<'a> {
        let shown = prose.get(page);
        Localized {
            text: &shown.value.html,
            lang: (shown.lang != page.lang).then(|| page.tag_of(shown.lang)),
        }
    }
}

/// A date for `<time datetime="…">…</time>`.
#[derive(Clone, Debug)]
pub(crate) struct DateView {
    pub iso: String,
    pub text: String,
}

impl DateView {
    pub(crate) fn new<'a>(date: Date, lang: &'a Locale<'a>) -> DateView {
        DateView {
            iso: date.to_string(),
            text: format_date(date, lang),
        }
    }
}

/// A link with its text, relative to the page it is on.
#[derive(Clone, Debug)]
pub(crate) struct Link {
    pub href: String,
    pub text: String,
}

/// One line of the dates near the top of a page: a term, a date (or a
/// period) and perhaps a link to more about it.
#[derive(Clone, Debug)]
pub(crate) struct DateRow {
    pub term: String,
    pub text: String,
    /// Set when `text` is one date, for `<time datetime>`.
    pub iso: Option<String>,
    pub link: Option<Link>,
}

impl DateRow {
    pub(crate) fn date<'a>(term: &str, date: Date, lang: &'a Locale<'a>) -> DateRow {
        let view = DateView::new(date, lang);
        DateRow {
            term: term.to_owned(),
            text: view.text,
            iso: Some(view.iso),
            link: None,
        }
    }

    pub(crate) fn with_link(mut self, link: Link) -> DateRow {
        self.link = Some(link);
        self
    }
}

/// A feed a page announces for autodiscovery and links to in its footer.
#[derive(Clone, Debug)]
pub(crate) struct FeedLink {
    pub href: String,
    pub media_type: &'static str,
    pub title: String,
    pub text: String,
}

/// One entry of the language switcher: the same page in a language, named
/// in that language; the page's own language is marked current, not linked.
#[derive(Clone, Debug)]
pub(crate) struct LanguageOption<'a> {
    pub lang: &'a str,
    pub name: &'a str,
    /// `None` for the language the page is in.
    pub href: Option<String>,
}

#[derive(Clone, Debug)]
pub(crate) struct Alternate<'a> {
    pub hreflang: &'a str,
    pub href: String,
}

/// What every page's frame needs.
pub(crate) struct Chrome<'a> {
    pub lang: &'a Locale<'a>,
    pub words: &'a Words,
    pub page_title: String,
    pub site_name: Localized<'a>,
    pub home: String,
    pub stylesheet: String,
    /// The running heads of a printed notice (its date and permanent
    /// address), on pages that show one revision.
    pub print_stylesheet: Option<String>,
    pub languages: Vec<LanguageOption<'a>>,
    pub alternates: Vec<Alternate<'a>>,
    pub canonical: String,
    pub history: String,
    pub accessibility: String,
    pub feeds: Vec<FeedLink>,
    /// "Preview as of …", on every page of a preview (never when published).
    pub preview: Option<Preview>,
    /// The page's content as JSON (`render::api`), for programs that find
    /// it from the page, on the pages that have such a document.
    pub data: Option<String>,
    /// Further feeds announced for autodiscovery: on a site with documents,
    /// the combined feed of every document (and on a document's pages, its
    /// own feed first).
    pub more_feeds: Vec<FeedLink>,
    /// The navigation between documents, once the site has documents
    /// besides its notice.
    pub documents: Option<super::documents::nav::DocumentsNav<'a>>,
}

/// The banner of a preview: the date it shows and, when the record is not
/// whole yet (revisions not locked, or changed since), what `check` says of
/// it, so that staff see it before publishing.
pub(crate) struct Preview {
    pub sentence: String,
    pub record: Option<String>,
    /// The record's problems, one line each, as `check` words them.
    pub problems: Vec<String>,
}

/// Where a page sits: its path in each language, and site-wide facts.
pub(crate) struct Place<'p, 'a> {
    pub lang: &'a Locale<'a>,
    /// The page's path in a given language, e.g. `|l: &Language| notice_path(l)`.
    pub path_in: &'p dyn Fn(&Language) -> String,
    pub base_url: &'p str,
    pub stylesheet_path: &'p str,
}

impl<'a> Chrome<'a> {
    pub(crate) fn new(
        place: &Place<'_, 'a>,
        page_title: String,
        site_name: Localized<'a>,
    ) -> Chrome<'a> {
        let lang = place.lang;
        let here = (place.path_in)(lang);
        let mut alternates: Vec<Alternate<'a>> = lang
            .languages
            .iter()
            .map(|l| Alternate {
                hreflang: &l.tag,
                href: absolute(place.base_url, &(place.path_in)(l)),
            })
            .collect();
        alternates.push(Alternate {
            hreflang: "x-default",
            href: absolute(place.base_url, &(place.path_in)(lang.languages.japanese())),
        });
        Chrome {
            lang,
            words: words(lang),
            page_title,
            site_name,
            home: relative(&here, &notice_path(lang)),
            stylesheet: relative(&here, place.stylesheet_path),
            print_stylesheet: None,
            languages: lang
                .languages
                .iter()
                .map(|l| LanguageOption {
                    lang: &l.tag,
                    name: &l.name,
                    href: (l.lang != lang.lang).then(|| relative(&here, &(place.path_in)(l))),
                })
                .collect(),
            alternates,
            canonical: absolute(place.base_url, &here),
            history: relative(&here, &history_path(lang)),
            accessibility: relative(&here, &accessibility_path(lang)),
            preview: None,
            data: None,
            more_feeds: Vec::new(),
            documents: None,
            feeds: FeedFormat::ALL
                .into_iter()
                .map(|format| FeedLink {
                    href: relative(&here, &feed_path(lang, format)),
                    media_type: format.media_type(),
                    title: feed_title(site_name.text, lang),
                    text: match format {
                        FeedFormat::Atom => words(lang).feed_atom.clone(),
                        FeedFormat::Rss => words(lang).feed_rss.clone(),
                    },
                })
                .collect(),
        }
    }
}

/// What templates write the same way everywhere, as askama filters.
// askama's `filter_fn` makes a `pub` type of its own for each filter.
#[allow(unreachable_pub)]
pub(crate) mod filters {
    use askama::filters::Safe;

    /// ` lang="…"` for a text that is not in the page's language, nothing
    /// for one that is: `<p{{ text.lang|lang_attr }}>`. The value is a
    /// language code of `Lang`, which needs no escaping.
    #[askama::filter_fn]
    pub(crate) fn lang_attr(
        lang: &Option<&str>,
        _: &dyn askama::Values,
    ) -> askama::Result<Safe<String>> {
        Ok(Safe(
            lang.map(|code| format!(" lang=\"{code}\""))
                .unwrap_or_default(),
        ))
    }
}

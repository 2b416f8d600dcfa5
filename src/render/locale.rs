//! One language as the pages are written in it: the site's entry for it,
//! its messages (kohyo's catalog with the content's own), its CLDR
//! formatting, and the words of the pages made of them, once per
//! rendering. Every page, feed and summary in a language takes its words
//! from here, so a rendering never formats the same word twice and no code
//! names a language.

use std::fmt;
use std::ops::Deref;

use super::change_words::GroupWords;
use super::document_words::ChangeWords;
use super::words::{DocumentWords, Words};
use crate::cldr::Formatting;
use crate::content::SiteConfig;
use crate::lang::{Lang, Language, Languages};
use crate::messages::Messages;

pub(crate) struct Locale<'a> {
    pub language: &'a Language,
    /// Every language of the site, for the language switch and the
    /// alternates.
    pub languages: &'a Languages,
    pub messages: Messages,
    pub formatting: Formatting,
    pub words: Words,
    pub documents: DocumentWords,
    pub changes: ChangeWords,
    pub groups: GroupWords,
}

impl<'a> Locale<'a> {
    /// `catalog` is the content's own catalog for the language, if any.
    pub(crate) fn new(
        language: &'a Language,
        languages: &'a Languages,
        catalog: Option<&str>,
    ) -> Locale<'a> {
        let messages = Messages::of(&language.tag, catalog);
        let formatting = Formatting::new(&language.locale, language.calendar)
            .expect("check made sure CLDR has dates for every language of the site");
        Locale {
            language,
            languages,
            words: Words::new(&messages),
            documents: DocumentWords::new(&messages),
            changes: ChangeWords::new(&messages),
            groups: GroupWords::new(&messages),
            messages,
            formatting,
        }
    }

    /// The locales of every language of the site, in its order.
    pub(crate) fn all(config: &'a SiteConfig) -> Vec<Locale<'a>> {
        let languages = &config.languages;
        languages
            .iter()
            .map(|language| Locale::new(language, languages, config.catalog(language.lang)))
            .collect()
    }

    /// The tag of another language of the site, for a text shown in it.
    pub(crate) fn tag_of(&self, lang: Lang) -> &'a str {
        &self.languages.get(lang).tag
    }
}

impl Deref for Locale<'_> {
    type Target = Language;

    fn deref(&self) -> &Language {
        self.language
    }
}

impl From<&Locale<'_>> for Lang {
    fn from(locale: &Locale<'_>) -> Lang {
        locale.language.lang
    }
}

impl PartialEq for Locale<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.language.lang == other.language.lang
    }
}

impl fmt::Display for Locale<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.language.tag)
    }
}

/// The words of the pages in a language.
pub(crate) fn words<'a>(lang: &'a Locale<'_>) -> &'a Words {
    &lang.words
}

/// The messages of a language, for the words made of several parts.
pub(crate) fn messages<'a>(lang: &'a Locale<'_>) -> &'a Messages {
    &lang.messages
}

/// How a language writes dates, numbers and lists.
pub(crate) fn formatting<'a>(lang: &'a Locale<'_>) -> &'a Formatting {
    &lang.formatting
}

/// The words of the pages of the documents besides the notice.
pub(crate) fn document_words<'a>(lang: &'a Locale<'_>) -> &'a DocumentWords {
    &lang.documents
}

/// What the changes of a document are called.
pub(crate) fn change_words<'a>(lang: &'a Locale<'_>) -> &'a ChangeWords {
    &lang.changes
}

/// The words of groups on the changes page.
pub(crate) fn group_words<'a>(lang: &'a Locale<'_>) -> &'a GroupWords {
    &lang.groups
}

/// The locales of a folder that declares no languages, for tests.
#[cfg(test)]
pub(crate) mod testing {
    use std::sync::LazyLock;

    use super::Locale;
    use crate::lang::testing::LANGUAGES;

    static LOCALES: LazyLock<Vec<Locale<'static>>> = LazyLock::new(|| {
        LANGUAGES
            .iter()
            .map(|language| Locale::new(language, &LANGUAGES, None))
            .collect()
    });

    pub(crate) fn japanese() -> &'static Locale<'static> {
        &LOCALES[0]
    }

    pub(crate) fn english() -> &'static Locale<'static> {
        &LOCALES[1]
    }
}

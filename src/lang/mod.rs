//! The languages of a site, as data. A site declares its languages in
//! `site.toml`; Japanese is always the first, the original and the
//! authoritative text, and every other language is a translation that may
//! lag behind it. A content folder that declares none is Japanese and
//! English. A typed [`Lang`] keeps "which language is this text in" out of
//! stringly-typed code, so that a Japanese text shown on a page in another
//! language can always be marked with `lang="ja"`.
//!
//! This is the only module that knows anything of particular languages:
//! what kohyo knows of the ones it ships catalogs for is data
//! (`locales/languages.toml`), and everything else asks the table.

mod negotiate;

use std::fmt;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::cldr::{Calendar, Direction};

/// A language of the site: its place in the site's table of languages.
/// Japanese, the authoritative text, is always the first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(u8);

impl Lang {
    /// Japanese: the original and authoritative text.
    pub const JA: Lang = Lang(0);

    /// English in the table of a folder that declares no languages, for
    /// tests of what is below the table.
    #[cfg(test)]
    pub(crate) const TEST_EN: Lang = Lang(1);

    /// The language of the translation at `index` of a list of the
    /// translations (every language but Japanese, in order).
    pub(crate) fn translation(index: usize) -> Lang {
        Lang::at(index + 1)
    }

    /// The language at `index` of a table.
    fn at(index: usize) -> Lang {
        Lang(u8::try_from(index).expect("a site has at most 255 languages"))
    }

    /// The position in the site's table, for per-language arrays.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// Whether texts in this language are the original, not a translation.
    pub fn is_authoritative(self) -> bool {
        self == Lang::JA
    }
}

/// One language of a site, as `site.toml` declares it (or the defaults of
/// `locales/languages.toml` fill it in).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Language {
    pub lang: Lang,
    /// The canonical BCP 47 tag (`zh-Hant`): `lang` and `hreflang`
    /// attributes, feeds, the keys of texts in JSON.
    pub tag: String,
    /// The first path segment of its pages (`zh-hant`).
    pub segment: String,
    /// Its name in itself, as the language switch shows it.
    pub name: String,
    /// The CLDR locale that formats its dates, numbers and lists.
    pub locale: String,
    pub(crate) calendar: Calendar,
    pub(crate) direction: Direction,
    /// Its content may give kanji their reading: `{漢字|かんじ}`.
    pub furigana: bool,
    /// Whether `Accept-Language` may choose it by itself.
    pub negotiable: bool,
    pub punctuation: Punctuation,
}

impl Language {
    /// Whether texts in this language are the original, not a translation.
    pub fn is_authoritative(&self) -> bool {
        self.lang.is_authoritative()
    }

    /// Whether its script runs right to left, as CLDR says (ur, fa, ar).
    pub fn is_right_to_left(&self) -> bool {
        self.direction == Direction::Rtl
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.tag)
    }
}

impl From<&Language> for Lang {
    fn from(language: &Language) -> Lang {
        language.lang
    }
}

/// How a language joins a term to its value and the parts of a row in
/// running text: 手数料：500円／郵送, "Fee: 500 yen / By post".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Punctuation {
    /// The full-width marks of Japanese and Chinese text.
    FullWidth,
    HalfWidth,
}

impl Punctuation {
    /// Between a term and its value.
    pub fn pair(self) -> &'static str {
        match self {
            Punctuation::FullWidth => "：",
            Punctuation::HalfWidth => ": ",
        }
    }

    /// Between the parts of one whole.
    pub fn between(self) -> &'static str {
        match self {
            Punctuation::FullWidth => "／",
            Punctuation::HalfWidth => " / ",
        }
    }

    /// The punctuation of a locale's script: full width for the scripts of
    /// Japanese and Chinese, as CLDR's likely subtags give them.
    fn of_locale(locale: &str) -> Punctuation {
        let Ok(mut id) = locale.parse::<icu_locale::LanguageIdentifier>() else {
            return Punctuation::HalfWidth;
        };
        icu_locale::LocaleExpander::new_common().maximize(&mut id);
        match id.script.as_ref().map(|script| script.as_str()) {
            Some("Jpan" | "Hani" | "Hans" | "Hant" | "Hira" | "Kana") => Punctuation::FullWidth,
            _ => Punctuation::HalfWidth,
        }
    }
}

/// A site's languages, Japanese first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Languages(Vec<Language>);

/// What a language's declaration may leave out, filled in from
/// `locales/languages.toml` or the tag itself.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Known {
    pub name: Option<String>,
    /// Its name in English, as `check` tells staff of it.
    pub english: Option<String>,
    pub locale: Option<String>,
    #[serde(default)]
    pub furigana: bool,
    pub negotiable: Option<bool>,
}

static KNOWN: LazyLock<std::collections::BTreeMap<String, Known>> = LazyLock::new(|| {
    toml::from_str(include_str!("../../locales/languages.toml"))
        .expect("locales/languages.toml is part of the build and a test reads it")
});

/// What kohyo knows of a language by its tag, if it knows it.
pub(crate) fn known(tag: &str) -> Option<&'static Known> {
    KNOWN.get(tag)
}

/// A language as its declaration gives it, before it has a place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Declared {
    pub tag: String,
    pub segment: String,
    pub name: String,
    pub locale: String,
    pub calendar: Calendar,
    pub direction: Direction,
    pub furigana: bool,
    pub negotiable: bool,
}

impl Languages {
    /// The table of declared languages, in order; the first is Japanese
    /// (the declaration's checks in `content` hold it).
    pub(crate) fn new(declared: Vec<Declared>) -> Languages {
        Languages(
            declared
                .into_iter()
                .enumerate()
                .map(|(index, d)| Language {
                    punctuation: Punctuation::of_locale(&d.locale),
                    lang: Lang::at(index),
                    tag: d.tag,
                    segment: d.segment,
                    name: d.name,
                    locale: d.locale,
                    calendar: d.calendar,
                    direction: d.direction,
                    furigana: d.furigana,
                    negotiable: d.negotiable,
                })
                .collect(),
        )
    }

    /// The languages of a folder that declares none: Japanese and English.
    pub fn japanese_and_english() -> Languages {
        Languages::new(
            ["ja", "en"]
                .into_iter()
                .map(|tag| Declared::known(tag).expect("kohyo knows ja and en"))
                .collect(),
        )
    }

    /// Every language, Japanese first: the order of pages and links.
    pub fn iter(&self) -> std::slice::Iter<'_, Language> {
        self.0.iter()
    }

    /// The languages besides Japanese, the translations.
    pub fn translations(&self) -> impl Iterator<Item = &Language> {
        self.0.iter().skip(1)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn get(&self, lang: Lang) -> &Language {
        &self.0[lang.index()]
    }

    pub fn japanese(&self) -> &Language {
        &self.0[0]
    }

    pub fn by_tag(&self, tag: &str) -> Option<&Language> {
        self.0.iter().find(|language| language.tag == tag)
    }

    pub fn by_segment(&self, segment: &str) -> Option<&Language> {
        self.0.iter().find(|language| language.segment == segment)
    }

    /// The language a visitor prefers, from an `Accept-Language` header:
    /// RFC 4647 lookup over the declared languages, by q-value; Japanese
    /// when nothing matches. See [`negotiate`].
    pub fn negotiate(&self, accept_language: Option<&str>) -> &Language {
        self.get(negotiate::lookup(self, accept_language))
    }
}

impl Declared {
    /// A language kohyo knows, by its tag, with every choice its default.
    pub(crate) fn known(tag: &str) -> Option<Declared> {
        let known = known(tag)?;
        let locale = known.locale.clone().unwrap_or_else(|| tag.to_owned());
        Some(Declared {
            tag: tag.to_owned(),
            segment: tag.to_ascii_lowercase(),
            name: known.name.clone()?,
            direction: crate::cldr::Formatting::new(&locale, Calendar::Gregorian)
                .ok()?
                .direction(),
            locale,
            calendar: Calendar::Gregorian,
            furigana: known.furigana,
            negotiable: known.negotiable.unwrap_or(true),
        })
    }
}

/// The languages of a folder that declares none, and its two, for tests
/// of what works on a table of languages.
#[cfg(test)]
pub(crate) mod testing {
    use std::sync::LazyLock;

    use super::{Language, Languages};

    pub(crate) static LANGUAGES: LazyLock<Languages> =
        LazyLock::new(Languages::japanese_and_english);

    pub(crate) fn japanese() -> &'static Language {
        LANGUAGES.japanese()
    }

    pub(crate) fn english() -> &'static Language {
        LANGUAGES
            .by_tag("en")
            .expect("a folder without languages has English")
    }
}

#[cfg(test)]
mod tests;

//! The languages `site.toml` declares: which, in what order (Japanese
//! first), under which path segment and name, formatted by which CLDR
//! locale and calendar. They are read before every other file, because
//! every text of the content is checked against them.

use std::ops::Range;

use toml::Spanned;

use super::{Builder, File};
use crate::cldr::{self, Calendar, Formatting};
use crate::content::files::{CalendarFile, LanguageFile, LanguageTableFile, SiteLanguagesFile};
use crate::lang::{Declared, Languages, known};
use crate::messages;

/// Path segments the site's own files take at its root.
const RESERVED_SEGMENTS: [&str; 3] = ["api", "static", "healthz"];

impl Builder {
    /// The languages `site.toml` declares, every problem reported at its
    /// place; Japanese and English when it declares none (or cannot be read,
    /// which reading it whole reports).
    pub(super) fn languages(
        &mut self,
        file: Option<File<'_>>,
        catalogs: &[(String, String)],
    ) -> Languages {
        let Some(file) = file else {
            return Languages::japanese_and_english();
        };
        let Ok(raw) = toml::from_str::<SiteLanguagesFile>(file.text) else {
            return Languages::japanese_and_english();
        };
        let Some(list) = raw.languages else {
            return Languages::japanese_and_english();
        };
        let mut declared: Vec<Declared> = Vec::new();
        for item in list.get_ref() {
            let Some(language) = self.language(file, item, catalogs) else {
                continue;
            };
            let span = item.span();
            if declared.iter().any(|d| d.tag == language.tag) {
                self.push(
                    file.error(
                        span,
                        format!("the language \"{}\" is listed twice", language.tag),
                    )
                    .hint("list each language once"),
                );
            } else if let Some(other) = declared.iter().find(|d| d.segment == language.segment) {
                self.push(
                    file.error(
                        span,
                        format!(
                            "\"{}\" has the path segment \"{}\", as \"{}\" has",
                            language.tag, language.segment, other.tag
                        ),
                    )
                    .hint(
                        "give one of them a segment of its own: { tag = \"…\", segment = \"…\" }",
                    ),
                );
            } else {
                declared.push(language);
            }
        }
        if declared.first().is_none_or(|first| first.tag != "ja") {
            self.push(
                file.error(list.span(), "the languages do not begin with Japanese")
                    .hint("Japanese is the original and authoritative text of every notice: write languages = [\"ja\", …], Japanese first"),
            );
            return Languages::japanese_and_english();
        }
        Languages::new(declared)
    }

    fn language(
        &mut self,
        file: File<'_>,
        item: &Spanned<LanguageFile>,
        catalogs: &[(String, String)],
    ) -> Option<Declared> {
        let empty = LanguageTableFile {
            tag: Spanned::new(item.span(), String::new()),
            name: None,
            segment: None,
            locale: None,
            calendar: None,
            furigana: None,
            negotiable: None,
        };
        let table = match item.get_ref() {
            LanguageFile::Tag(tag) => &LanguageTableFile {
                tag: Spanned::new(item.span(), tag.get_ref().clone()),
                ..empty
            },
            LanguageFile::Table(table) => table,
        };
        let tag =
            match cldr::canonical_tag(table.tag.get_ref()) {
                Ok(tag) => tag,
                Err(problem) => {
                    self.push(file.error(table.tag.span(), problem.to_string()).hint(
                        "write a BCP 47 language tag, such as \"vi\", \"zh-Hant\" or \"pt-BR\"",
                    ));
                    return None;
                }
            };
        let known = known(&tag);
        let segment = match &table.segment {
            Some(segment) => self.segment(file, segment)?,
            None => tag.to_ascii_lowercase(),
        };
        if RESERVED_SEGMENTS.contains(&segment.as_str()) {
            self.push(
                file.error(
                    item.span(),
                    format!("the path segment \"{segment}\" is the site's own"),
                )
                .hint("give the language another segment: { tag = \"…\", segment = \"…\" }"),
            );
            return None;
        }
        let calendar = match table.calendar.as_ref().map(Spanned::get_ref) {
            Some(CalendarFile::JapaneseEra) => Calendar::JapaneseEra,
            Some(CalendarFile::Gregorian) | None => Calendar::Gregorian,
        };
        let (locale, locale_span) = match (&table.locale, known.and_then(|k| k.locale.as_ref())) {
            (Some(locale), _) => (locale.get_ref().clone(), locale.span()),
            (None, Some(locale)) => (locale.clone(), item.span()),
            (None, None) => (tag.clone(), table.tag.span()),
        };
        let formatting = match Formatting::new(&locale, calendar) {
            Ok(formatting) => formatting,
            Err(problem) => {
                self.push(file.error(locale_span, problem.to_string()).hint(
                    "choose a locale CLDR has for its dates: { tag = \"…\", locale = \"…\" }",
                ));
                return None;
            }
        };
        let name = match (&table.name, known.and_then(|k| k.name.as_ref())) {
            (Some(name), _) if !name.get_ref().trim().is_empty() => {
                name.get_ref().trim().to_owned()
            }
            (_, Some(name)) => name.clone(),
            _ => {
                self.push(
                    file.error(item.span(), format!("kohyo does not know the name of \"{tag}\""))
                        .hint(format!("write the language's name in itself, as its readers know it: {{ tag = \"{tag}\", name = \"…\" }}")),
                );
                return None;
            }
        };
        self.catalog_exists(file, &tag, item.span(), catalogs)?;
        Some(Declared {
            segment,
            name,
            locale,
            calendar,
            direction: formatting.direction(),
            furigana: table
                .furigana
                .unwrap_or_else(|| known.is_some_and(|k| k.furigana)),
            negotiable: table
                .negotiable
                .unwrap_or_else(|| known.and_then(|k| k.negotiable).unwrap_or(true)),
            tag,
        })
    }

    fn segment(&mut self, file: File<'_>, raw: &Spanned<String>) -> Option<String> {
        let segment = raw.get_ref();
        let valid = !segment.is_empty()
            && segment
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !valid {
            self.push(
                file.error(
                    raw.span(),
                    format!("\"{segment}\" cannot be a path segment"),
                )
                .hint("write it in lowercase letters, digits and hyphens, e.g. \"zh-hant\""),
            );
            return None;
        }
        Some(segment.clone())
    }

    /// kohyo writes its own words in a language only from a catalog: its
    /// own, or the content folder's.
    fn catalog_exists(
        &mut self,
        file: File<'_>,
        tag: &str,
        span: Range<usize>,
        catalogs: &[(String, String)],
    ) -> Option<()> {
        let given = catalogs
            .iter()
            .any(|(name, _)| name.strip_suffix(".ftl") == Some(tag));
        if messages::shipped(tag).is_some() || given {
            return Some(());
        }
        let shipped: Vec<&str> = messages::shipped_tags().collect();
        self.push(
            file.error(span, format!("kohyo has no catalog of its own words in \"{tag}\""))
                .hint(format!(
                    "kohyo's pages, feeds and summaries are written from a catalog per language; it ships {}: for another language, add messages/{tag}.ftl to the content folder with every message of kohyo's catalogs translated",
                    shipped.join(", ")
                )),
        );
        None
    }
}

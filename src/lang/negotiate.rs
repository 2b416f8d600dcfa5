//! Choosing a visitor's language from `Accept-Language` (RFC 9110
//! §12.5.4): RFC 4647 §3.4 lookup over the site's languages, the ranges
//! tried in order of q-value (earlier first among equals), each range
//! shortened subtag by subtag until it names a language of the site.
//!
//! Browsers send tags with a region (`zh-TW`, `pt`), sites declare tags
//! with a script or a region (`zh-Hant`, `pt-BR`): a range is also tried in
//! its CLDR likely-subtags form (`zh-TW` → `zh-Hant-TW` → `zh-Hant`, `pt` →
//! `pt-Latn-BR` → `pt-BR`), after the range itself. A language that is not
//! `negotiable` (`ja-simple`) is never the result: lookup never lengthens
//! a range, so only a visitor who asks for it exactly, or picks it in the
//! language switch, gets it. Last, a range whose language the site has in
//! another region or script gets that one (`pt-PT` → `pt-BR`), before
//! falling back to Japanese.

use icu_locale::LanguageIdentifier;
use icu_locale::LocaleExpander;

use super::{Lang, Languages};

/// The language a header asks for; Japanese when nothing matches.
pub(super) fn lookup(languages: &Languages, accept_language: Option<&str>) -> Lang {
    let mut ranges: Vec<(&str, f32)> = accept_language
        .unwrap_or("")
        .split(',')
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let range = parts.next()?.trim();
            let quality = parts
                .filter_map(|param| param.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            (!range.is_empty() && quality > 0.0).then_some((range, quality))
        })
        .collect();
    // Stable: among equal q-values, the header's order.
    ranges.sort_by(|a, b| b.1.total_cmp(&a.1));
    ranges
        .into_iter()
        .find_map(|(range, _)| match_range(languages, range))
        .unwrap_or(Lang::JA)
}

/// The language one range names, if the site has it: by lookup, and
/// failing that the site's first language of the range's own language
/// (`pt-PT` reads `pt-BR` better than Japanese).
fn match_range(languages: &Languages, range: &str) -> Option<Lang> {
    if range == "*" {
        return Some(Lang::JA);
    }
    let by_lookup = candidates(range).into_iter().find_map(|candidate| {
        languages
            .iter()
            .find(|language| language.tag.eq_ignore_ascii_case(&candidate))
            .filter(|language| language.negotiable || language.tag.eq_ignore_ascii_case(range))
            .map(|language| language.lang)
    });
    by_lookup.or_else(|| {
        let primary = range.split('-').next()?;
        languages
            .iter()
            .find(|language| {
                language.negotiable
                    && language.tag.split('-').next() == Some(primary)
                    && primary.len() > 1
            })
            .map(|language| language.lang)
    })
}

/// The tags a range is tried as, in order: itself shortened subtag by
/// subtag, then its likely-subtags form as language-script and
/// language-region.
fn candidates(range: &str) -> Vec<String> {
    let mut candidates = shortened(range);
    if let Ok(mut id) = range.parse::<LanguageIdentifier>() {
        LocaleExpander::new_common().maximize(&mut id);
        let language = id.language.as_str().to_owned();
        if let Some(script) = id.script {
            candidates.push(format!("{language}-{script}"));
        }
        if let Some(region) = id.region {
            candidates.push(format!("{language}-{region}"));
        }
    }
    candidates
}

/// `zh-Hant-TW`, `zh-Hant`, `zh`: RFC 4647 §3.4's truncation, dropping a
/// single-letter subtag left at the end with the one after it.
fn shortened(range: &str) -> Vec<String> {
    let subtags: Vec<&str> = range.split('-').collect();
    let mut shortened = Vec::new();
    let mut end = subtags.len();
    while end > 0 {
        shortened.push(subtags[..end].join("-"));
        end -= 1;
        while end > 1 && subtags[end - 1].len() == 1 {
            end -= 1;
        }
    }
    shortened
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Declared;

    fn site(tags: &[&str]) -> Languages {
        Languages::new(
            tags.iter()
                .map(|tag| Declared::known(tag).expect("a language kohyo knows"))
                .collect(),
        )
    }

    fn chosen(languages: &Languages, header: &str) -> String {
        languages.negotiate(Some(header)).tag.clone()
    }

    #[test]
    fn japanese_and_english_as_before() {
        let languages = Languages::japanese_and_english();
        assert_eq!(languages.negotiate(None).tag, "ja");
        for (header, expected) in [
            ("", "ja"),
            ("fr-FR, de;q=0.8", "ja"),
            ("en-US,en;q=0.9", "en"),
            ("ja,en;q=0.8", "ja"),
            ("en;q=0.5, ja;q=0.7", "ja"),
            ("fr, en-GB;q=0.3", "en"),
            ("en;q=0, ja;q=0", "ja"),
            ("EN-gb", "en"),
            ("*", "ja"),
        ] {
            assert_eq!(chosen(&languages, header), expected, "{header:?}");
        }
    }

    #[test]
    fn ranges_find_scripts_and_regions_through_likely_subtags() {
        let languages = site(&["ja", "en", "zh-Hans", "zh-Hant", "pt-BR", "vi"]);
        for (header, expected) in [
            ("zh-TW", "zh-Hant"),
            ("zh-HK,en;q=0.5", "zh-Hant"),
            ("zh-CN", "zh-Hans"),
            ("zh", "zh-Hans"),
            ("zh-Hant-TW", "zh-Hant"),
            ("pt", "pt-BR"),
            ("pt-PT", "pt-BR"),
            ("vi-VN,vi;q=0.9,en;q=0.8", "vi"),
            ("ko, vi;q=0.1", "vi"),
        ] {
            assert_eq!(chosen(&languages, header), expected, "{header:?}");
        }
    }

    #[test]
    fn easy_japanese_is_chosen_only_when_asked_for_by_name() {
        let languages = site(&["ja", "en", "ja-simple"]);
        assert_eq!(chosen(&languages, "ja"), "ja");
        assert_eq!(chosen(&languages, "ja-JP"), "ja");
        assert_eq!(chosen(&languages, "ja-simple, ja;q=0.5"), "ja-simple");
        let without_japanese_first = site(&["ja", "ja-simple", "en"]);
        assert_eq!(chosen(&without_japanese_first, "ja-Latn, en;q=0.1"), "ja");
    }

    #[test]
    fn truncation_drops_a_trailing_single_letter_subtag() {
        assert_eq!(
            shortened("zh-Hant-CN-x-private1"),
            ["zh-Hant-CN-x-private1", "zh-Hant-CN", "zh-Hant", "zh"]
        );
    }
}

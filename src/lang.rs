//! The two languages of the notice. Japanese is authoritative; English is a
//! translation that may lag behind. A typed `Lang` keeps "which language is
//! this text in" out of stringly-typed code, so a fallback to Japanese on an
//! English page can always be marked with `lang="ja"`.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Ja,
    En,
}

impl Lang {
    /// Every language, authoritative first: the order of generated pages and links.
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// The BCP 47 tag, also the first path segment of every page.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// The position in `ALL`, for per-language arrays.
    pub fn index(self) -> usize {
        match self {
            Lang::Ja => 0,
            Lang::En => 1,
        }
    }

    /// The locale whose CLDR data formats dates, numbers and lists: British
    /// English, so that a day reads "2 December 2024".
    pub fn formatting_locale(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en-GB",
        }
    }

    /// The language's name in itself, as a language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::En => "English",
        }
    }

    /// Whether texts in this language are the original, not a translation.
    pub fn is_authoritative(self) -> bool {
        self == Lang::Ja
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// Picks the language a visitor prefers from an `Accept-Language` header
    /// (RFC 9110 §12.5.4): the highest q-value among the languages we have,
    /// earlier entries winning ties; Japanese when nothing matches.
    pub fn negotiate(accept_language: Option<&str>) -> Lang {
        let mut best: Option<(Lang, f32)> = None;
        for entry in accept_language.unwrap_or("").split(',') {
            let mut parts = entry.split(';');
            let range = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let quality = parts
                .filter_map(|param| param.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = range.split('-').next().unwrap_or("");
            let lang = match primary {
                "*" => Lang::Ja,
                code => match Lang::from_code(code) {
                    Some(lang) => lang,
                    None => continue,
                },
            };
            if quality > 0.0 && best.is_none_or(|(_, q)| quality > q) {
                best = Some((lang, quality));
            }
        }
        best.map_or(Lang::Ja, |(lang, _)| lang)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn negotiation_follows_q_values_and_defaults_to_japanese() {
        assert_eq!(Lang::negotiate(None), Lang::Ja);
        assert_eq!(Lang::negotiate(Some("")), Lang::Ja);
        assert_eq!(Lang::negotiate(Some("fr-FR, de;q=0.8")), Lang::Ja);
        assert_eq!(Lang::negotiate(Some("en-US,en;q=0.9")), Lang::En);
        assert_eq!(Lang::negotiate(Some("ja,en;q=0.8")), Lang::Ja);
        assert_eq!(Lang::negotiate(Some("en;q=0.5, ja;q=0.7")), Lang::Ja);
        assert_eq!(Lang::negotiate(Some("fr, en-GB;q=0.3")), Lang::En);
        assert_eq!(Lang::negotiate(Some("en;q=0, ja;q=0")), Lang::Ja);
        assert_eq!(Lang::negotiate(Some("EN-gb")), Lang::En);
    }
}

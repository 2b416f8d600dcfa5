//! The shapes of the content files exactly as staff write them, for serde.
//! Every table rejects unknown fields, so a misspelt key is an error with a
//! place rather than silently missing text. Values keep their spans so that
//! later checks can point at them. Fields that APPI Art. 32 requires are
//! `Option` here and checked in `build`, where the message can say why the
//! law wants them instead of a bare "missing field".

use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::value::Datetime;

use super::diagnostic::{Diagnostic, Position};
use super::model::Role;

/// `{ ja = "…", en = "…", vi = "…" }`: the Japanese and the text in any
/// other language, by its tag; `build` checks the tags against the site's
/// languages.
#[derive(Debug)]
pub(crate) struct TextFile {
    pub ja: Spanned<String>,
    /// The translations as written: (tag, text), in the file's order.
    pub translations: Vec<(Spanned<String>, Spanned<String>)>,
}

impl<'de> Deserialize<'de> for TextFile {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_map(TextsVisitor { extra: None })
            .map(|(texts, _)| texts)
    }
}

/// Reads a table of texts by language tag, and one further field (a
/// purpose's `explanation`) when asked to.
struct TextsVisitor {
    extra: Option<&'static str>,
}

impl<'de> serde::de::Visitor<'de> for TextsVisitor {
    type Value = (TextFile, Option<Spanned<TextFile>>);

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a table of texts by language, such as { ja = \"…\", en = \"…\" }")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut ja = None;
        let mut translations = Vec::new();
        let mut extra = None;
        while let Some(key) = map.next_key::<Spanned<String>>()? {
            if key.get_ref() == "ja" {
                ja = Some(map.next_value()?);
            } else if Some(key.get_ref().as_str()) == self.extra {
                extra = Some(map.next_value()?);
            } else {
                translations.push((key, map.next_value()?));
            }
        }
        let ja = ja.ok_or_else(|| serde::de::Error::missing_field("ja"))?;
        Ok((TextFile { ja, translations }, extra))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SiteFile {
    pub base_url: Spanned<String>,
    /// The site's languages, Japanese first; Japanese and English when
    /// not given. Read before the rest of the content, as
    /// [`SiteLanguagesFile`]; named here so that the key is known.
    #[expect(
        dead_code,
        reason = "read by SiteLanguagesFile, before the rest of site.toml"
    )]
    pub languages: Option<Spanned<Vec<Spanned<LanguageFile>>>>,
    pub operator: Option<Spanned<OperatorFile>>,
    pub contact: Option<Spanned<ContactFile>>,
}

/// Only the languages of `site.toml`, read before the rest of the content
/// so that every text can be checked against them; `site.toml`'s own
/// problems are reported when it is read whole.
#[derive(Debug, Deserialize)]
pub(crate) struct SiteLanguagesFile {
    pub languages: Option<Spanned<Vec<Spanned<LanguageFile>>>>,
}

/// One of the site's languages: its tag alone, `"vi"`, or a table that
/// makes choices of its own, `{ tag = "en", name = "English" }`.
#[derive(Debug)]
pub(crate) enum LanguageFile {
    Tag(Spanned<String>),
    Table(LanguageTableFile),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LanguageTableFile {
    pub tag: Spanned<String>,
    pub name: Option<Spanned<String>>,
    pub segment: Option<Spanned<String>>,
    pub locale: Option<Spanned<String>>,
    pub calendar: Option<Spanned<CalendarFile>>,
    pub furigana: Option<bool>,
    pub negotiable: Option<bool>,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum CalendarFile {
    Gregorian,
    JapaneseEra,
}

impl<'de> Deserialize<'de> for LanguageFile {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = LanguageFile;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a language tag such as \"vi\", or a table such as { tag = \"vi\", name = \"Tiếng Việt\" }")
            }

            fn visit_str<E: serde::de::Error>(self, tag: &str) -> Result<LanguageFile, E> {
                // The item's own span is the Spanned around it.
                Ok(LanguageFile::Tag(Spanned::new(0..0, tag.to_owned())))
            }

            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<LanguageFile, A::Error> {
                LanguageTableFile::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(LanguageFile::Table)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OperatorFile {
    pub name: Option<Spanned<TextFile>>,
    pub address: Option<Spanned<TextFile>>,
    pub representative: Option<Spanned<TextFile>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ContactFile {
    pub desk: Option<Spanned<TextFile>>,
    pub address: Option<Spanned<TextFile>>,
    pub phone: Option<Spanned<PhoneFile>>,
    pub email: Option<Spanned<String>>,
    pub hours: Option<Spanned<TextFile>>,
}

/// `phone = "03-0000-0000"` as it always was (one or several numbers on one
/// line), or a list of numbers, each with its label:
/// `phone = [ { number = "06-0000-1234", label = { ja = "代表", en = "Main" } } ]`
/// or, the same in TOML, `[[contact.phone]]` tables.
#[derive(Debug)]
pub(crate) enum PhoneFile {
    Line(String),
    Numbers(Vec<Spanned<PhoneNumberFile>>),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PhoneNumberFile {
    pub number: Spanned<String>,
    pub label: Option<Spanned<TextFile>>,
    /// 内線: digits only.
    pub extension: Option<Spanned<String>>,
    /// A fax number is shown without a link that would call it.
    pub fax: Option<Spanned<bool>>,
}

/// By hand rather than `#[serde(untagged)]`, which would buffer the value
/// and lose the spans of the numbers inside the list.
impl<'de> Deserialize<'de> for PhoneFile {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Phone;
        impl<'de> serde::de::Visitor<'de> for Phone {
            type Value = PhoneFile;

            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a phone number in quotes, or a list of { number = \"…\" } tables")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<PhoneFile, E> {
                Ok(PhoneFile::Line(text.to_owned()))
            }

            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<PhoneFile, A::Error> {
                let mut numbers = Vec::new();
                while let Some(number) = seq.next_element()? {
                    numbers.push(number);
                }
                Ok(PhoneFile::Numbers(numbers))
            }
        }
        deserializer.deserialize_any(Phone)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RevisionFile {
    pub effective: Spanned<Datetime>,
    pub announced: Spanned<Datetime>,
    pub changes_purposes: Spanned<bool>,
    pub title: Spanned<TextFile>,
    pub note: Spanned<TextFile>,
}

/// A document's `revision.toml`: the notice's without `changes_purposes`,
/// which only the notice's purposes table has.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DocumentRevisionFile {
    pub effective: Spanned<Datetime>,
    pub announced: Spanned<Datetime>,
    pub title: Spanned<TextFile>,
    pub note: Spanned<TextFile>,
}

/// `documents/<id>/document.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DocumentFile {
    pub kind: Spanned<String>,
}

/// `joint-use.toml`. The items the law requires are `Option` so that
/// `build` can say which one is missing and why the law wants it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct JointUseFile {
    #[serde(default, rename = "arrangement")]
    pub arrangements: Vec<Spanned<ArrangementFile>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ArrangementFile {
    pub id: Spanned<String>,
    pub name: Option<Spanned<TextFile>>,
    pub items: Option<Spanned<TextFile>>,
    pub users: Option<Spanned<TextFile>>,
    pub purposes: Option<Spanned<TextFile>>,
    pub responsible: Option<Spanned<ResponsibleFile>>,
    pub notes: Option<Spanned<TextFile>>,
    /// `[arrangement.change]`: why the items or the joint users of an
    /// existing arrangement may change in this revision.
    pub change: Option<Spanned<ChangeFile>>,
}

/// `[arrangement.change]`: `basis = "consent" | "rename" | "succession" |
/// "editorial"`, checked in `build` so that the message can list them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ChangeFile {
    pub basis: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ResponsibleFile {
    pub id: Option<Spanned<String>>,
    pub name: Option<Spanned<TextFile>>,
    pub address: Option<Spanned<TextFile>>,
    pub representative: Option<Spanned<TextFile>>,
    /// `false` for an individual, who has no representative.
    pub corporation: Option<Spanned<bool>>,
}

/// `publications.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PublicationsFile {
    #[serde(default, rename = "entry")]
    pub entries: Vec<Spanned<EntryFile>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EntryFile {
    pub id: Spanned<String>,
    pub date: Spanned<Datetime>,
    pub kind: Spanned<String>,
    /// Only for `pseudonymised-purposes`: "acquired" or "purposes-changed".
    pub event: Option<Spanned<String>>,
    pub title: Spanned<TextFile>,
    pub items: Option<Spanned<TextFile>>,
    pub purposes: Option<Spanned<TextFile>>,
    pub method: Option<Spanned<TextFile>>,
    pub recipients: Option<Spanned<TextFile>>,
    pub notes: Option<Spanned<TextFile>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PurposesFile {
    pub heading: Spanned<TextFile>,
    pub intro: Option<Spanned<TextFile>>,
    pub caption: Spanned<TextFile>,
    pub category_header: Spanned<TextFile>,
    pub purposes_header: Spanned<TextFile>,
    pub description_header: Option<Spanned<TextFile>>,
    pub notes: Option<Spanned<TextFile>>,
    #[serde(default, rename = "category")]
    pub categories: Vec<Spanned<CategoryFile>>,
}

/// A category holds its purposes directly (`purposes = [ … ]`) or in
/// groups (`[[category.group]]`); `build` requires exactly one of them.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CategoryFile {
    pub id: Spanned<String>,
    pub name: Spanned<TextFile>,
    pub description: Option<Spanned<TextFile>>,
    pub purposes: Option<Spanned<Vec<Spanned<PurposeFile>>>>,
    #[serde(rename = "group")]
    pub groups: Option<Vec<Spanned<GroupFile>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct GroupFile {
    pub id: Spanned<String>,
    pub name: Spanned<TextFile>,
    pub purposes: Spanned<Vec<Spanned<PurposeFile>>>,
}

/// `{ ja = "…", en = "…" }`, with an optional Markdown explanation.
/// A purpose: its text in each language, and perhaps an explanation.
#[derive(Debug)]
pub(crate) struct PurposeFile {
    pub text: TextFile,
    pub explanation: Option<Spanned<TextFile>>,
}

impl<'de> Deserialize<'de> for PurposeFile {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_map(TextsVisitor {
                extra: Some("explanation"),
            })
            .map(|(text, explanation)| PurposeFile { text, explanation })
    }
}

/// The texts of a table by language, whatever else the table holds.
pub(crate) trait Languages {
    fn texts(&self) -> &TextFile;
}

impl Languages for TextFile {
    fn texts(&self) -> &TextFile {
        self
    }
}

impl Languages for PurposeFile {
    fn texts(&self) -> &TextFile {
        &self.text
    }
}

/// The `+++` front matter of a prose section.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FrontMatterFile {
    pub title: Spanned<String>,
    pub role: Option<Spanned<Role>>,
}

/// Parses the TOML in `fragment` of `text` (the whole file, or its front
/// matter), reporting errors at lines of the file. The diagnostic is boxed
/// because it is large and parsing mostly succeeds.
pub(crate) fn parse_toml<T: DeserializeOwned>(
    file: &Path,
    text: &str,
    fragment: Range<usize>,
) -> Result<T, Box<Diagnostic>> {
    toml::from_str(&text[fragment.clone()]).map_err(|err| {
        let message = err.message().trim_end().replace('\n', "; ");
        let hint = toml_hint(&message);
        let diagnostic = Diagnostic::error(file, message).hint(hint);
        Box::new(match err.span() {
            // A key missing from the whole file (or front matter) comes with
            // an empty span at its start: no line of it is to blame.
            Some(span) if !span.is_empty() || span.start > 0 => {
                diagnostic.at_span(text, fragment.start + span.start..fragment.start + span.end)
            }
            _ => diagnostic.at(Position::at(text, fragment.start)),
        })
    })
}

fn toml_hint(message: &str) -> &'static str {
    if message.starts_with("unknown field") {
        "remove this key or correct its spelling; content/README.md lists the keys each file takes"
    } else if message.starts_with("missing field") {
        "add the missing key; content/README.md shows a complete example of this file"
    } else if message.starts_with("unknown variant") {
        "use one of the values listed in the message"
    } else if message.starts_with("duplicate key") {
        "each key may appear once in a table: delete or rename one of them"
    } else if message.starts_with("invalid type") {
        "text goes in double quotes, dates are written 2025-04-01, texts in two languages are { ja = \"…\", en = \"…\" }"
    } else {
        "check the TOML syntax here: text goes in double quotes, tables are [name], and each line is key = value"
    }
}

/// `text` as a TOML basic string, quotes included, for the files kohyo
/// writes itself. Our own because toml_writer (behind the toml crate's
/// serializer and toml_edit) picks literal strings for text with quotes and
/// writes U+0008 as `\b`, so a title or a lock would change byte for byte.
pub(crate) fn toml_string(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            '\r' => quoted.push_str("\\r"),
            c if c.is_control() => quoted.push_str(&format!("\\u{:04X}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

/// Where the text of a TOML string value begins inside the file: after its
/// opening quotes and, for a multi-line string, the line break TOML drops.
pub(crate) fn string_start(text: &str, span: &Range<usize>) -> usize {
    let value = &text[span.clone()];
    let delimiter = if value.starts_with("\"\"\"") || value.starts_with("'''") {
        3
    } else {
        1
    };
    let mut start = span.start + delimiter;
    if delimiter == 3 {
        if text[start..].starts_with("\r\n") {
            start += 2;
        } else if text[start..].starts_with('\n') {
            start += 1;
        }
    }
    start.min(span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_in_a_fragment_point_at_lines_of_the_file() {
        let text = "+++\ntitle = \"x\"\ncolour = 1\n+++\n";
        let err = parse_toml::<FrontMatterFile>(Path::new("a.md"), text, 4..27).unwrap_err();
        assert_eq!(err.position, Some(Position { line: 3, column: 1 }));
        assert!(
            err.message.starts_with("unknown field `colour`"),
            "{}",
            err.message
        );
        let excerpt = err.excerpt.unwrap();
        assert_eq!(excerpt.source_line, "colour = 1");
        assert_eq!(excerpt.underline, 0..6);
    }

    #[test]
    fn a_key_missing_from_the_whole_file_has_no_line_to_show() {
        let text = "+++\nrole = \"requests\"\n+++\n";
        let err = parse_toml::<FrontMatterFile>(Path::new("a.md"), text, 4..22).unwrap_err();
        assert_eq!(err.message, "missing field `title`");
        assert_eq!(err.position, Some(Position { line: 2, column: 1 }));
        assert_eq!(err.excerpt, None);
    }

    #[test]
    fn phone_is_one_line_or_a_list_with_places_kept() {
        let line: SiteFile =
            toml::from_str("base_url = \"x\"\n[contact]\nphone = \"03-0000-0000（代表）\"\n")
                .unwrap();
        let phone = line.contact.unwrap().into_inner().phone.unwrap();
        assert!(matches!(phone.get_ref(), PhoneFile::Line(text) if text == "03-0000-0000（代表）"));

        // [[contact.phone]] tables are the same list as phone = [ … ].
        let text = "base_url = \"x\"\n[contact]\n[[contact.phone]]\nnumber = \"06-0000-1234\"\nlabel = { ja = \"代表\", en = \"Main\" }\n[[contact.phone]]\nnumber = \"06-0000-1235\"\nfax = true\n";
        let tables: SiteFile = toml::from_str(text).unwrap();
        let phone = tables.contact.unwrap().into_inner().phone.unwrap();
        let PhoneFile::Numbers(numbers) = phone.into_inner() else {
            panic!("a list");
        };
        assert_eq!(numbers.len(), 2);
        let second = numbers[1].get_ref();
        assert_eq!(&text[second.number.span()], "\"06-0000-1235\"");
        assert_eq!(second.fax.as_ref().map(|f| *f.get_ref()), Some(true));
        assert_eq!(
            numbers[0]
                .get_ref()
                .label
                .as_ref()
                .unwrap()
                .get_ref()
                .ja
                .get_ref(),
            "代表"
        );

        let wrong = toml::from_str::<SiteFile>("base_url = \"x\"\n[contact]\nphone = 312345678\n")
            .unwrap_err();
        assert_eq!(
            wrong.message().trim_end(),
            "invalid type: integer `312345678`, expected a phone number in quotes, or a list of { number = \"…\" } tables"
        );
        let unknown = toml::from_str::<SiteFile>(
            "base_url = \"x\"\n[contact]\nphone = [ { number = \"03\", lable = \"x\" } ]\n",
        )
        .unwrap_err();
        assert!(
            unknown.message().starts_with("unknown field `lable`"),
            "{}",
            unknown.message()
        );
        assert!(unknown.span().is_some());
    }

    #[test]
    fn written_strings_read_back_as_written() {
        #[derive(Deserialize)]
        struct One {
            value: String,
        }
        for text in ["plain", "引用「\"」と\\", "two\nlines\tand\r\u{7}"] {
            let toml = format!("value = {}", toml_string(text));
            let read: One = toml::from_str(&toml).unwrap();
            assert_eq!(read.value, text, "{toml}");
        }
    }

    #[test]
    fn multi_line_strings_start_after_the_line_break() {
        let text = "intro = { ja = \"\"\"\n本文\n\"\"\" }";
        let span = 15..text.len() - 2;
        assert_eq!(&text[string_start(text, &span)..][..3], "本");
        let basic = "a = \"x\"";
        assert_eq!(string_start(basic, &(4..7)), 5);
    }
}

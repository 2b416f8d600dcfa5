//! The texts of a TOML content file, found by their shape rather than by
//! file kind: every table with a Japanese string `ja` is a text, whatever
//! file it is in, and its other string keys are its translations by
//! language tag (`files::TextFile` reads them the same way). Each text is
//! named by where it lives, and a translation is written back by splicing
//! the file's bytes at the spans the parser gives: everything else in the
//! file, comments and layout included, stays as it was.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::content::diagnostic::Position;
use crate::content::files::{string_start, toml_string};

/// One text of a TOML file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct TomlText {
    /// Where it lives in the file: `categories.eligibility.purposes.2`.
    pub path: String,
    /// The Japanese as the file holds it (before trimming).
    pub japanese: String,
    /// The line the Japanese text starts on.
    pub line: usize,
    /// Each translation as written: tag, value, and the value's span.
    pub translations: Vec<(String, String, Range<usize>)>,
    /// Where a translation not there yet goes.
    insert: Insert,
    /// Whether the Japanese is written between triple quotes.
    multiline: bool,
}

/// Where a new key goes: inside `{ … }` after the last text, or on a line
/// of its own after the last text's line (a `[table]`'s keys), with the
/// indentation and dotted prefix of that line.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Insert {
    Inline {
        at: usize,
    },
    Line {
        at: usize,
        prefix: String,
        newline_first: bool,
    },
}

/// The keys of arrays of tables are named in the plural, as the model
/// names the lists they hold (`[[category]]` is `categories`).
const LIST_NAMES: [(&str, &str); 4] = [
    ("category", "categories"),
    ("group", "groups"),
    ("arrangement", "arrangements"),
    ("entry", "entries"),
];

/// Every text of a TOML file, in the order they are written; `None` when
/// the file is not TOML (`check` says why).
pub(super) fn texts(text: &str) -> Option<Vec<TomlText>> {
    let root = DeTable::parse(text).ok()?;
    let mut found = Vec::new();
    visit_table(text, root.get_ref(), "", &mut found);
    found.sort_by_key(|t| t.insert_key());
    Some(found)
}

impl TomlText {
    /// Its order in the file: where its Japanese is.
    fn insert_key(&self) -> (usize, String) {
        (self.line, self.path.clone())
    }

    /// The translation into `tag`, if one is written.
    pub(super) fn translation(&self, tag: &str) -> Option<&str> {
        self.translations
            .iter()
            .find(|(t, _, _)| t == tag)
            .map(|(_, value, _)| value.as_str())
    }

    /// The splice that sets its translation into `tag` to `value`: a span
    /// of the file and what replaces it.
    pub(super) fn splice(&self, tag: &str, value: &str) -> (Range<usize>, String) {
        let literal = if self.multiline || value.contains('\n') {
            multiline_string(value)
        } else {
            toml_string(value)
        };
        if let Some((_, _, span)) = self.translations.iter().find(|(t, _, _)| t == tag) {
            return (span.clone(), literal);
        }
        // A language tag is a bare key of TOML: letters, digits and hyphens.
        match &self.insert {
            Insert::Inline { at } => (*at..*at, format!(", {tag} = {literal}")),
            Insert::Line {
                at,
                prefix,
                newline_first,
            } => {
                let line = format!("{prefix}{tag} = {literal}");
                if *newline_first {
                    (*at..*at, format!("\n{line}"))
                } else {
                    (*at..*at, format!("{line}\n"))
                }
            }
        }
    }
}

/// Applies splices to a file's text; they must not overlap.
pub(super) fn apply(text: &str, mut splices: Vec<(Range<usize>, String)>) -> String {
    splices.sort_by_key(|(span, _)| std::cmp::Reverse((span.start, span.end)));
    let mut out = text.to_owned();
    for (span, replacement) in splices {
        out.replace_range(span, &replacement);
    }
    out
}

/// `value` as a multi-line basic string, `"""` on lines of their own, as
/// staff write Markdown in TOML: quotes and backslashes escaped, so that no
/// run of quotes can close it.
fn multiline_string(value: &str) -> String {
    let mut quoted = String::from("\"\"\"\n");
    for c in value.chars() {
        match c {
            '\n' => quoted.push('\n'),
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\t' => quoted.push_str("\\t"),
            '\r' => quoted.push_str("\\r"),
            c if c.is_control() => quoted.push_str(&format!("\\u{:04X}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push_str("\n\"\"\"");
    quoted
}

fn visit_table(text: &str, table: &DeTable<'_>, path: &str, found: &mut Vec<TomlText>) {
    for (key, value) in table.iter() {
        let name = key.get_ref().as_ref();
        let name = LIST_NAMES
            .iter()
            .find(|(key, _)| *key == name)
            .map_or(name, |(_, list)| list);
        visit(text, value, &join(path, name), found);
    }
}

fn visit(text: &str, value: &Spanned<DeValue<'_>>, path: &str, found: &mut Vec<TomlText>) {
    match value.get_ref() {
        DeValue::Table(table) => {
            if let Some(text_found) = text_of(text, table, path) {
                found.push(text_found);
                // A purpose's explanation is a text of its own.
                for (key, value) in table.iter() {
                    if matches!(value.get_ref(), DeValue::Table(_) | DeValue::Array(_)) {
                        visit(text, value, &join(path, key.get_ref()), found);
                    }
                }
            } else {
                visit_table(text, table, path, found);
            }
        }
        DeValue::Array(array) => {
            for (index, element) in array.iter().enumerate() {
                let name = match element.get_ref() {
                    DeValue::Table(table) if string(table, "ja").is_none() => string(table, "id")
                        .map(|(id, _)| id.to_owned())
                        .unwrap_or_else(|| (index + 1).to_string()),
                    _ => (index + 1).to_string(),
                };
                visit(text, element, &join(path, &name), found);
            }
        }
        _ => {}
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

/// The string at `key` of a table, with its span.
fn string<'t>(table: &'t DeTable<'_>, key: &str) -> Option<(&'t str, Range<usize>)> {
    table.iter().find_map(|(k, v)| match v.get_ref() {
        DeValue::String(s) if k.get_ref() == key => Some((s.as_ref(), v.span())),
        _ => None,
    })
}

/// The table as a text, when it has a Japanese string.
fn text_of(text: &str, table: &DeTable<'_>, path: &str) -> Option<TomlText> {
    let (japanese, ja_span) = string(table, "ja")?;
    let strings: Vec<(Range<usize>, &str, &str, Range<usize>)> = table
        .iter()
        .filter_map(|(k, v)| match v.get_ref() {
            DeValue::String(s) => Some((k.span(), k.get_ref().as_ref(), s.as_ref(), v.span())),
            _ => None,
        })
        .collect();
    let translations = strings
        .iter()
        .filter(|(_, key, _, _)| *key != "ja")
        .map(|(_, key, value, span)| ((*key).to_owned(), (*value).to_owned(), span.clone()))
        .collect();
    let (last_key, _, _, last_value) = strings
        .iter()
        .max_by_key(|(_, _, _, span)| span.end)
        .expect("the Japanese is one of them");
    let after = last_value.end;
    let rest = text[after..].trim_start_matches([' ', '\t']);
    let insert = if rest.starts_with(',') || rest.starts_with('}') {
        Insert::Inline { at: after }
    } else {
        let line_start = text[..last_key.start].rfind('\n').map_or(0, |i| i + 1);
        let prefix = text[line_start..last_key.start].to_owned();
        match text[after..].find('\n') {
            Some(newline) => Insert::Line {
                at: after + newline + 1,
                prefix,
                newline_first: false,
            },
            None => Insert::Line {
                at: text.len(),
                prefix,
                newline_first: true,
            },
        }
    };
    Some(TomlText {
        path: path.to_owned(),
        japanese: japanese.to_owned(),
        line: Position::at(text, string_start(text, &ja_span)).line,
        translations,
        insert,
        multiline: text[ja_span.clone()].starts_with("\"\"\"") || text[ja_span].starts_with("'''"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PURPOSES: &str = "heading = { ja = \"目的\", en = \"Purposes\" } # 見出し\n\
        notes = { ja = \"\"\"\n※注記\n\"\"\" }\n\
        \n\
        [[category]]\n\
        id = \"eligibility\"\n\
        name = { ja = \"資格\", en = \"Eligibility\" }\n\
        purposes = [\n  { ja = \"管理\" },\n  { ja = \"徴収\", vi = \"Thu\", explanation = { ja = \"説明\" } },\n]\n\
        \n\
        [[category.group]]\n\
        id = \"internal\"\n\
        name.ja = \"内部\"\n\
        \n\
        [[category.group.purposes]]\n\
        ja = \"給付\"\n\
        en = \"Benefits\" # a comment\n\
        \n\
        [contact]\n\
        phone = [ { number = \"03\", label = { ja = \"代表\" } } ]\n";

    fn paths(text: &str) -> Vec<String> {
        texts(text).unwrap().into_iter().map(|t| t.path).collect()
    }

    #[test]
    fn texts_are_named_by_where_they_live() {
        assert_eq!(
            paths(PURPOSES),
            [
                "heading",
                "notes",
                "categories.eligibility.name",
                "categories.eligibility.purposes.1",
                "categories.eligibility.purposes.2",
                "categories.eligibility.purposes.2.explanation",
                "categories.eligibility.groups.internal.name",
                "categories.eligibility.groups.internal.purposes.1",
                "contact.phone.1.label",
            ]
        );
        let found = texts(PURPOSES).unwrap();
        assert_eq!(found[1].japanese, "※注記\n");
        assert_eq!(found[1].line, 3, "the text's first line, after the quotes");
        assert_eq!(found[4].translation("vi"), Some("Thu"));
        assert_eq!(found[4].translation("en"), None);
        assert_eq!(texts("a = ["), None);
    }

    fn set(text: &str, path: &str, tag: &str, value: &str) -> String {
        let found = texts(text).unwrap();
        let text_found = found.iter().find(|t| t.path == path).unwrap();
        apply(text, vec![text_found.splice(tag, value)])
    }

    #[test]
    fn a_translation_is_added_or_replaced_in_place() {
        let added = set(PURPOSES, "heading", "vi", "Mục \"đích\"");
        assert_eq!(
            added.lines().next().unwrap(),
            "heading = { ja = \"目的\", en = \"Purposes\", vi = \"Mục \\\"đích\\\"\" } # 見出し"
        );
        assert_eq!(
            &added[added.find('\n').unwrap()..],
            &PURPOSES[PURPOSES.find('\n').unwrap()..]
        );

        let replaced = set(
            PURPOSES,
            "categories.eligibility.purposes.2",
            "vi",
            "Thu phí",
        );
        assert!(
            replaced
                .contains("{ ja = \"徴収\", vi = \"Thu phí\", explanation = { ja = \"説明\" } }")
        );

        let multiline = set(PURPOSES, "notes", "vi", "Ghi chú\n\nhai");
        assert!(
            multiline.contains(
                "notes = { ja = \"\"\"\n※注記\n\"\"\", vi = \"\"\"\nGhi chú\n\nhai\n\"\"\" }\n"
            ),
            "{multiline}"
        );

        let dotted = set(
            PURPOSES,
            "categories.eligibility.groups.internal.name",
            "vi",
            "Nội bộ",
        );
        assert!(
            dotted.contains("name.ja = \"内部\"\nname.vi = \"Nội bộ\"\n"),
            "{dotted}"
        );

        let lines = set(
            PURPOSES,
            "categories.eligibility.groups.internal.purposes.1",
            "vi",
            "Trợ cấp",
        );
        assert!(
            lines.contains("en = \"Benefits\" # a comment\nvi = \"Trợ cấp\"\n"),
            "{lines}"
        );

        let at_end = set("[a]\nname = { ja = \"x\" }", "a.name", "vi", "y");
        assert_eq!(at_end, "[a]\nname = { ja = \"x\", vi = \"y\" }");
        let last_line = set("[a.name]\n  ja = \"x\"", "a.name", "vi", "y");
        assert_eq!(last_line, "[a.name]\n  ja = \"x\"\n  vi = \"y\"");
    }

    #[test]
    fn what_is_written_reads_back() {
        let tricky = "引用「\"\"\"」と\\\n二行目\t\u{7}";
        let written = set(PURPOSES, "notes", "vi", tricky);
        let found = texts(&written).unwrap();
        // A multi-line string ends with the line break before its quotes.
        assert_eq!(
            found[1].translation("vi"),
            Some(format!("{tricky}\n").as_str())
        );
    }
}

//! The texts of content as the model holds them: a text in both
//! languages, with the English missing only as a warning, and Markdown,
//! from a `.md` file or a TOML string, rendered with every construct the
//! site cannot show reported at its line. Every content file's texts go
//! through here, so they are checked alike.

use toml::Spanned;

use super::super::diagnostic::{Diagnostic, Position};
use super::super::files::{Languages, string_start};
use super::super::markdown::{self, Dropped, DroppedKind, Placement};
use super::super::model::{Multilingual, Prose, Text};
use super::super::ruby::{Furigana, MarkErrorKind};
use super::{Builder, File};
use crate::english::plural;
use crate::lang::Lang;

impl Builder {
    /// A text in both languages. An empty Japanese text is an error (there is
    /// nothing to fall back to); a missing English one is a warning.
    pub(super) fn text(
        &mut self,
        file: File<'_>,
        raw: &Spanned<impl Languages>,
        what: &str,
    ) -> Text {
        self.text_or(
            file,
            raw,
            what,
            "Japanese is the authoritative text: write it, or remove the entry",
        )
    }

    /// [`Self::text`] with the hint for an empty Japanese text given.
    pub(super) fn text_or(
        &mut self,
        file: File<'_>,
        raw: &Spanned<impl Languages>,
        what: &str,
        empty_hint: &str,
    ) -> Text {
        let japanese = &raw.get_ref().texts().ja;
        let ja = japanese.get_ref().trim().to_owned();
        if ja.is_empty() {
            self.push(
                file.error(
                    japanese.span(),
                    format!("the Japanese text of {what} is empty"),
                )
                .hint(empty_hint),
            );
        }
        self.translations(file, raw, what).into_iter().fold(
            Multilingual::new(ja),
            |text, (lang, translation)| {
                text.with(lang, Some(translation.get_ref().trim().to_owned()))
            },
        )
    }

    /// The translations of a text by language: each tag must be one of the
    /// site's languages, and a text that lacks some is warned of once,
    /// naming every language it lacks.
    pub(super) fn translations<'a>(
        &mut self,
        file: File<'_>,
        raw: &'a Spanned<impl Languages>,
        what: &str,
    ) -> Vec<(Lang, &'a Spanned<String>)> {
        let mut found = Vec::new();
        for (tag, text) in &raw.get_ref().texts().translations {
            match self.languages.by_tag(tag.get_ref()) {
                Some(language) if !language.is_authoritative() => {
                    if !text.get_ref().trim().is_empty() {
                        found.push((language.lang, text));
                    }
                }
                _ => {
                    let declared: Vec<&str> =
                        self.languages.iter().map(|l| l.tag.as_str()).collect();
                    let message = format!("\"{}\" is not a language of this site", tag.get_ref());
                    let hint = format!(
                        "the site's languages are {} (languages in site.toml): correct the tag, or declare the language there",
                        declared.join(", ")
                    );
                    self.push(file.error(tag.span(), message).hint(hint));
                }
            }
        }
        let missing: Vec<(String, String)> = self
            .languages
            .translations()
            .filter(|language| found.iter().all(|(lang, _)| *lang != language.lang))
            .map(|language| (language.tag.clone(), english_name(&language.tag)))
            .collect();
        if let Some(warning) = missing_translations(file, raw.span(), what, &missing) {
            self.push(warning);
        }
        found
    }

    /// Markdown written inside a TOML string, in every language it has.
    pub(super) fn prose(
        &mut self,
        file: File<'_>,
        raw: &Spanned<impl Languages>,
        what: &str,
        placement: Placement<'_>,
    ) -> Multilingual<Prose> {
        let ja = self.markdown_in_toml(
            file,
            &raw.get_ref().texts().ja,
            placement,
            self.furigana(Lang::JA),
        );
        self.translations(file, raw, what).into_iter().fold(
            Multilingual::new(ja),
            |prose, (lang, translation)| {
                let furigana = self.furigana(lang);
                let translated = self.markdown_in_toml(file, translation, placement, furigana);
                prose.with(lang, Some(translated))
            },
        )
    }

    /// Whether a language's Markdown reads furigana marks.
    pub(super) fn furigana(&self, lang: Lang) -> Furigana {
        if self.languages.get(lang).furigana {
            Furigana::On
        } else {
            Furigana::Off
        }
    }

    pub(super) fn markdown_in_toml(
        &mut self,
        file: File<'_>,
        raw: &Spanned<String>,
        placement: Placement<'_>,
        furigana: Furigana,
    ) -> Prose {
        let start = Position::at(file.text, string_start(file.text, &raw.span()));
        self.markdown(file, raw.get_ref(), start, placement, furigana)
    }

    /// Renders Markdown that begins at `start` in `file`, reporting what had
    /// to be dropped at its place in the file. With `furigana` on (the
    /// languages written with furigana), its `{漢字|かんじ}` are ruby and
    /// every bad mark is reported at its `{`.
    pub(super) fn markdown(
        &mut self,
        file: File<'_>,
        source: &str,
        start: Position,
        placement: Placement<'_>,
        furigana: Furigana,
    ) -> Prose {
        let (html, dropped) = markdown::render(source, &placement, furigana);
        let in_file = |line: usize, column: usize| {
            let position = if line == 1 {
                Position {
                    line: start.line,
                    column: start.column + column - 1,
                }
            } else {
                Position {
                    line: start.line + line - 1,
                    column,
                }
            };
            position.offset_in(file.text)
        };
        for Dropped {
            line,
            column,
            last_line,
            last_column,
            what,
        } in dropped
        {
            let span = in_file(line, column)..in_file(last_line, last_column + 1);
            let diagnostic = match what {
                DroppedKind::RawHtml => Diagnostic::error(file.path, "raw HTML is not allowed in content")
                    .hint("write it in Markdown instead: **bold**, lists with \"- \", links as [text](https://…); HTML is left out of the page"),
                DroppedKind::DangerousLink(url) => Diagnostic::error(
                    file.path,
                    format!("the link address \"{url}\" is not allowed"),
                )
                .hint("links must be web (https://) or mail (mailto:) addresses"),
                DroppedKind::Image => Diagnostic::warning(file.path, "images are not shown on the notice")
                    .hint("only the image's description is kept; describe the content in text instead"),
                DroppedKind::Footnote => Diagnostic::warning(file.path, "footnotes are not supported")
                    .hint("write the note as a paragraph of its own, e.g. starting with ※; until then the page shows [^…] as written"),
                DroppedKind::Strikethrough => Diagnostic::warning(file.path, "struck-through text (~~…~~) is not supported")
                    .hint("delete text that no longer applies (the history keeps every earlier version); until then the page shows the ~~ marks"),
                DroppedKind::TaskItem => Diagnostic::warning(file.path, "check boxes (- [ ] and - [x]) are not supported")
                    .hint("write the item as an ordinary list item without the brackets; until then the page shows them"),
                DroppedKind::UndefinedReference(label) => Diagnostic::warning(
                    file.path,
                    format!("the link name [{label}] is not defined"),
                )
                .hint(format!("write the link as [text](https://…), or add a line [{label}]: https://… to the same text; until then the page shows the brackets")),
                DroppedKind::LinkNotMade => Diagnostic::warning(file.path, "these brackets do not make a link")
                    .hint("write a link as [text](https://…) with no space in the address; until then the page shows the brackets"),
                DroppedKind::LiteralEmphasis(mark) => Diagnostic::warning(
                    file.path,
                    format!("{mark} does not make bold text here"),
                )
                .hint(format!("write bold text as {mark}text{mark}, with no space just inside the marks; to show the characters themselves, write a \\ before each; until then the page shows {mark}")),
                DroppedKind::AddressRunsOn(url) => Diagnostic::warning(
                    file.path,
                    format!("the web address runs on into the text after it: \"{url}\""),
                )
                .hint("put a space after the address, or write the link as [text](https://…)"),
                DroppedKind::NotATable => Diagnostic::warning(file.path, "this looks like a table but is not one")
                    .hint("a table needs a blank line before it, a header row, then a line such as | --- | --- | with as many columns as the header row; until then the page shows the | marks"),
                DroppedKind::HeadingTooDeep => Diagnostic::warning(file.path, "this heading is nested deeper than a page can show")
                    .hint("a section's text has four levels of headings (## to #####); this one is shown at the level of the heading above it"),
                DroppedKind::TableWithoutName => Diagnostic::warning(file.path, "this table has no caption")
                    .hint("write its name in a line right above it, e.g. 表：手数料 (Table: Fees in English), or put a heading right above it; until then screen readers name it after the heading before it"),
                DroppedKind::RowTooLong { written, columns } => Diagnostic::warning(
                    file.path,
                    format!("this row has {written} cells but the table has {columns} columns"),
                )
                .hint(format!(
                    "the cells after the first {columns} are not shown: add a column to the header row and to the line of dashes, or join the cells"
                )),
                DroppedKind::Furigana(kind) => furigana_diagnostic(file, kind),
            };
            self.push(diagnostic.at_span(file.text, span));
        }
        Prose {
            source: source.trim().to_owned(),
            html,
        }
    }
}

/// What the staff hear of a furigana mark that is not one.
fn furigana_diagnostic(file: File<'_>, kind: MarkErrorKind) -> Diagnostic {
    const HOW: &str =
        "write furigana as {漢字|かんじ}: the kanji, a vertical bar, then the reading in hiragana";
    const UNTIL: &str = "until then the page shows the mark as written";
    let (message, hint) = match kind {
        MarkErrorKind::Unclosed => (
            "this furigana mark is not closed".to_owned(),
            format!(
                "{HOW}, then }} on the same line; a mark cannot hold **, links or other marks, and in a table its bar is written \\|; to show {{ itself, write \\{{; {UNTIL}"
            ),
        ),
        MarkErrorKind::Nested => (
            "this furigana mark has a brace inside it".to_owned(),
            format!(
                "{HOW}, each word in braces of its own; to show a brace itself, write \\{{ or \\}}; {UNTIL}"
            ),
        ),
        MarkErrorKind::EmptyBase => (
            "this furigana mark has no text before its reading".to_owned(),
            format!("{HOW}; the kanji go before the vertical bar; {UNTIL}"),
        ),
        MarkErrorKind::EmptyReading => (
            "this furigana mark has an empty reading".to_owned(),
            format!(
                "{HOW}; with a reading per kanji, as {{漢字|かん|じ}}, write one between every two bars; {UNTIL}"
            ),
        ),
        MarkErrorKind::NotKana { reading, found } if found.is_whitespace() => (
            format!("the furigana \"{reading}\" has a space in it"),
            format!(
                "{HOW}, with no spaces; to give each kanji its own reading, put a vertical bar between them, as {{漢字|かん|じ}}; {UNTIL}"
            ),
        ),
        MarkErrorKind::NotKana { reading, found } => (
            format!("the furigana \"{reading}\" is not all kana: \"{found}\""),
            format!("{HOW} or katakana (ー and ・ may be used too); {UNTIL}"),
        ),
        MarkErrorKind::ReadingCount {
            characters,
            readings,
        } => (
            format!(
                "this furigana mark has {readings} readings for {characters} character{}",
                plural(characters)
            ),
            format!(
                "{HOW}; to give each character its own reading, write one per character, as {{漢字|かん|じ}}; {UNTIL}"
            ),
        ),
    };
    Diagnostic::warning(file.path, message).hint(hint)
}

/// The warning for a text that lacks translations, or none.
pub(super) fn missing_translations(
    file: File<'_>,
    span: std::ops::Range<usize>,
    what: &str,
    missing: &[(String, String)],
) -> Option<Diagnostic> {
    let (message, hint) = match missing {
        [] => return None,
        [(tag, name)] => (
            format!("{what} has no {name} translation"),
            format!(
                "add {tag} = \"…\" next to ja; until then the {name} page shows the Japanese text, marked as Japanese"
            ),
        ),
        several => {
            let names: Vec<&str> = several.iter().map(|(_, name)| name.as_str()).collect();
            let adds: Vec<String> = several
                .iter()
                .map(|(tag, _)| format!("{tag} = \"…\""))
                .collect();
            (
                format!("{what} has no translation in {}", names.join(", ")),
                format!(
                    "add {} next to ja; until then those pages show the Japanese text, marked as Japanese",
                    adds.join(", ")
                ),
            )
        }
    };
    Some(file.warning(span, message).hint(hint))
}

/// A language's name in English, as `check` tells staff of it.
pub(super) fn english_name(tag: &str) -> String {
    crate::lang::known(tag)
        .and_then(|known| known.english.clone())
        .unwrap_or_else(|| format!("\"{tag}\""))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::Path;

    use super::*;

    const PLACEMENT: Placement<'static> = Placement {
        scope: "s",
        heading: "s",
    };

    /// Each diagnostic on one line, as the health endpoint shows it, in
    /// the order of the file.
    fn reported(builder: &Builder) -> Vec<String> {
        let mut diagnostics: Vec<&Diagnostic> = builder.diagnostics.iter().collect();
        diagnostics.sort_by_key(|d| d.position);
        diagnostics
            .into_iter()
            .map(|d| d.one_line(Path::new("content")))
            .collect()
    }

    #[test]
    fn a_bad_mark_in_a_markdown_file_is_reported_at_its_brace() {
        let path = Path::new("revisions/2025-04-01/10-safety.ja.md");
        let text = "+++\ntitle = \"安全\"\n+++\n\n{個人情報|こじんじょうほう}を\n{守|まも}ります。{漢字|kanji}と{漢字|か|ん|じ}\n\n- 項目{字|\n";
        let file = File { path, text };
        let split = markdown::split_front_matter(text).unwrap();
        let start = Position::at(text, split.body.start);
        let mut builder = Builder {
            diagnostics: Vec::new(),
            languages: crate::lang::Languages::japanese_and_english(),
        };
        let body = &text[split.body];
        let prose = builder.markdown(file, body, start, PLACEMENT, Furigana::On);
        assert!(
            prose
                .html
                .starts_with("<p><ruby>個人情報<rp>(</rp><rt>こじんじょうほう</rt><rp>)</rp></ruby>を\n<ruby>守<rp>(</rp>"),
            "{}",
            prose.html
        );
        assert_eq!(
            reported(&builder),
            vec![
                "content/revisions/2025-04-01/10-safety.ja.md:6:11: warning: the furigana \"kanji\" is not all kana: \"k\"",
                "content/revisions/2025-04-01/10-safety.ja.md:6:22: warning: this furigana mark has 3 readings for 2 characters",
                "content/revisions/2025-04-01/10-safety.ja.md:8:5: warning: this furigana mark is not closed",
            ]
        );
        // The whole mark is underlined.
        let excerpt = builder.diagnostics[0].excerpt.as_ref().unwrap();
        let mark = excerpt.start.offset_in(text)..excerpt.end.offset_in(text);
        assert_eq!(&text[mark], "{漢字|kanji}");
        assert_eq!(
            builder.diagnostics[0].hint.as_deref(),
            Some(
                "write furigana as {漢字|かんじ}: the kanji, a vertical bar, then the reading in hiragana or katakana (ー and ・ may be used too); until then the page shows the mark as written"
            )
        );
        // Off, the same text is text, and nothing is said of it.
        let mut builder = Builder {
            diagnostics: Vec::new(),
            languages: crate::lang::Languages::japanese_and_english(),
        };
        let prose = builder.markdown(file, body, start, PLACEMENT, Furigana::Off);
        assert!(prose.html.starts_with("<p>{個人情報|こじんじょうほう}を\n"));
        assert_eq!(reported(&builder), Vec::<String>::new());
    }

    #[test]
    fn a_bad_mark_in_a_toml_string_is_reported_at_its_brace() {
        let path = Path::new("revisions/2025-04-01/purposes.toml");
        let text = "line = \"前の{字|じ}と{字|じ }\"\nblock = \"\"\"\n前文の\n{{漢字|かんじ}}と{|じ}\n\"\"\"\n";
        let file = File { path, text };
        let strings: BTreeMap<String, Spanned<String>> = toml::from_str(text).unwrap();
        let mut builder = Builder {
            diagnostics: Vec::new(),
            languages: crate::lang::Languages::japanese_and_english(),
        };
        for raw in strings.values() {
            builder.markdown_in_toml(file, raw, PLACEMENT, Furigana::On);
        }
        assert_eq!(
            reported(&builder),
            vec![
                "content/revisions/2025-04-01/purposes.toml:1:17: warning: the furigana \"じ \" has a space in it",
                "content/revisions/2025-04-01/purposes.toml:4:1: warning: this furigana mark has a brace inside it",
                "content/revisions/2025-04-01/purposes.toml:4:12: warning: this furigana mark has no text before its reading",
            ]
        );
        let space = builder
            .diagnostics
            .iter()
            .find(|d| d.message.contains("space"))
            .unwrap();
        assert_eq!(
            space.hint.as_deref(),
            Some(
                "write furigana as {漢字|かんじ}: the kanji, a vertical bar, then the reading in hiragana, with no spaces; to give each kanji its own reading, put a vertical bar between them, as {漢字|かん|じ}; until then the page shows the mark as written"
            )
        );
    }
}

//! Furigana in Markdown, for the languages written with them (see
//! `content/ruby.rs`). The marks are read in the text nodes of comrak's
//! tree after parsing, never in the Markdown itself: code, code blocks,
//! link addresses and raw HTML are not text nodes, so they are never read
//! for marks, while a mark in a paragraph, a list item, a heading, a table
//! cell or a link's text is. A backslash escape is Markdown's own: the
//! render parses with `escaped_char_spans`, which keeps each escaped
//! character in a node of its own, so `\{` is never the start of a mark.
//!
//! A text node with ruby becomes a `Raw` node of its HTML, `ruby::html`,
//! which escapes the text around the marks exactly as comrak escapes text.
//! Safe mode still holds: comrak never makes a `Raw` node of anything it
//! parses, so every `Raw` node in the tree is one of these, and raw HTML
//! written in the content is still left out and reported.

use comrak::nodes::{AstNode, NodeValue, Sourcepos};

use super::{Dropped, DroppedKind};
use crate::content::ruby::{self, MarkErrorKind};

/// The text nodes with ruby, each with the HTML it is written as.
pub(super) struct Marks<'a>(Vec<(&'a AstNode<'a>, String)>);

/// Reads the marks of every text node under `root`, reporting each bad
/// mark at its place in `markdown`: from its `{` to its `}`.
pub(super) fn find<'a>(
    root: &'a AstNode<'a>,
    markdown: &str,
    found: &mut Vec<Dropped>,
) -> Marks<'a> {
    let mut marks = Vec::new();
    for node in root.descendants() {
        let ast = node.data();
        let NodeValue::Text(literal) = &ast.value else {
            continue;
        };
        if escaped(node) || shows_its_address(node, literal) {
            continue;
        }
        let parsed = ruby::parse_unescaped(literal);
        if parsed.has_ruby() {
            marks.push((node, ruby::html(&parsed.segments)));
        }
        let open_at_end = parsed.errors.iter().any(|e| e.span.end == literal.len());
        if !open_at_end {
            found.extend(cut_mark(markdown, ast.sourcepos, literal));
        }
        for error in parsed.errors {
            let last = literal[..error.span.end]
                .char_indices()
                .next_back()
                .map_or(error.span.start, |(at, _)| at);
            let line = ast.sourcepos.start.line;
            found.push(Dropped {
                line,
                column: column_of(markdown, ast.sourcepos, literal, error.span.start),
                last_line: line,
                last_column: column_of(markdown, ast.sourcepos, literal, last),
                what: DroppedKind::Furigana(error.kind),
            });
        }
    }
    Marks(marks)
}

/// A mark cut in two by what is not text, which each piece alone does not
/// show: a `{` left open at the end of a text node (and not already part of
/// a bad mark), and a bar and then a `}` further along its line. Formatting or a link cuts it
/// (`{**漢字**|かんじ}`), and so does a table's cell border where the bar
/// was not written `\|`. Reported as not closed, up to that `}`.
fn cut_mark(markdown: &str, span: Sourcepos, literal: &str) -> Option<Dropped> {
    let open = literal.rfind('{')?;
    if literal[open..].contains(['|', '}']) || span.end.line != span.start.line {
        return None;
    }
    let line = markdown.lines().nth(span.start.line - 1)?;
    let rest: String = line.chars().skip(span.end.column).collect();
    let bar = rest.find('|')?;
    if rest[..bar].contains(['{', '}']) {
        return None;
    }
    let close = bar + rest[bar..].find('}')?;
    Some(Dropped {
        line: span.start.line,
        column: column_of(markdown, span, literal, open),
        last_line: span.start.line,
        last_column: span.end.column + rest[..close].chars().count() + 1,
        what: DroppedKind::Furigana(MarkErrorKind::Unclosed),
    })
}

impl Marks<'_> {
    /// Writes each text node with ruby as its HTML.
    pub(super) fn write(self) {
        for (node, html) in self.0 {
            node.data_mut().value = NodeValue::Raw(html);
        }
    }
}

/// The text of an escape: `{` of `\{`.
fn escaped(node: &AstNode<'_>) -> bool {
    node.parent()
        .is_some_and(|parent| matches!(parent.data().value, NodeValue::Escaped))
}

/// The text of a link that shows its own address (`<https://…>`, a bare
/// `www.…`): an address, not words to read.
fn shows_its_address(node: &AstNode<'_>, literal: &str) -> bool {
    node.parent()
        .is_some_and(|parent| match &parent.data().value {
            NodeValue::Link(link) => link.url.ends_with(literal),
            _ => false,
        })
}

/// The column in `markdown` of byte `at` of a text node's `literal`, the
/// node starting at `span.start`. The literal is the source as written but
/// for entities (`&amp;`) and, in a table cell, the escaped bar `\|`, which
/// are stepped over.
fn column_of(markdown: &str, span: Sourcepos, literal: &str, at: usize) -> usize {
    let line = markdown.lines().nth(span.start.line - 1).unwrap_or("");
    let mut source = line.chars().skip(span.start.column - 1).peekable();
    let mut column = span.start.column;
    for (byte, c) in literal.char_indices() {
        if byte >= at {
            break;
        }
        let entity = entity_ahead(source.clone());
        let written = match source.peek() {
            Some('&') if c != '&' || entity == Some("&amp;".len()) => entity.unwrap_or(1),
            Some('\\') if c != '\\' => 2,
            _ => 1,
        };
        for _ in 0..written {
            source.next();
        }
        column += written;
    }
    column
}

/// The length in characters of the entity (`&amp;`, `&#123;`) at the
/// start of `source`, if one is.
fn entity_ahead(mut source: impl Iterator<Item = char>) -> Option<usize> {
    source.next().filter(|&c| c == '&')?;
    let mut length = 1;
    for c in source.take(32) {
        length += 1;
        match c {
            ';' if length > 2 => return Some(length),
            '#' | 'a'..='z' | 'A'..='Z' | '0'..='9' => {}
            _ => return None,
        }
    }
    None
}

/// The text of `node`'s inlines in the syntax `ruby::parse` reads, for a
/// table's caption (which is written from its text): the marks in its text
/// are marks, and every brace, bar and backslash that was escaped in the
/// Markdown, or is code, is escaped.
pub(super) fn inline_source<'a>(node: &'a AstNode<'a>) -> String {
    let mut source = String::new();
    for descendant in node.descendants() {
        match &descendant.data().value {
            NodeValue::Text(literal) if escaped(descendant) => {
                source.push_str(&ruby::escape(literal));
            }
            NodeValue::Text(literal) => source.push_str(&literal.replace('\\', "\\\\")),
            NodeValue::Code(code) => source.push_str(&ruby::escape(&code.literal)),
            NodeValue::SoftBreak => source.push(' '),
            NodeValue::LineBreak => source.push('\n'),
            _ => {}
        }
    }
    source
}

#[cfg(test)]
mod tests {
    use super::super::{Placement, render};
    use super::*;
    use crate::content::ruby::Furigana;

    fn with(markdown: &str, furigana: Furigana) -> (String, Vec<Dropped>) {
        let placement = Placement {
            scope: "s",
            heading: "s",
        };
        render(markdown, &placement, furigana)
    }

    fn html(markdown: &str) -> String {
        let (html, dropped) = with(markdown, Furigana::On);
        assert_eq!(dropped, vec![], "{markdown}");
        html
    }

    /// A line and column.
    type Place = (usize, usize);

    /// Each bad mark: where it starts and ends, and what is wrong.
    fn bad(markdown: &str) -> Vec<(Place, Place, MarkErrorKind)> {
        with(markdown, Furigana::On)
            .1
            .into_iter()
            .filter_map(|d| match d.what {
                DroppedKind::Furigana(kind) => {
                    Some(((d.line, d.column), (d.last_line, d.last_column), kind))
                }
                _ => None,
            })
            .collect()
    }

    const KANJI: &str = "<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>";

    #[test]
    fn marks_in_text_are_ruby() {
        assert_eq!(
            html("本文の{漢字|かんじ}です。\n"),
            format!("<p>本文の{KANJI}です。</p>\n")
        );
        assert_eq!(
            html("- {漢字|かんじ}\n- {漢字|かん|じ}\n"),
            format!(
                "<ul>\n<li>{KANJI}</li>\n<li><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rp>(</rp><rt>じ</rt><rp>)</rp></ruby></li>\n</ul>\n"
            )
        );
        assert_eq!(html("## {漢字|かんじ}\n"), format!("<h3>{KANJI}</h3>\n"));
        assert_eq!(
            html("**{漢字|かんじ}**と&amp;\n"),
            format!("<p><strong>{KANJI}</strong>と&amp;</p>\n")
        );
        assert_eq!(
            html("{a&lt;b|えい}\n"),
            "<p><ruby>a&lt;b<rp>(</rp><rt>えい</rt><rp>)</rp></ruby></p>\n"
        );
    }

    #[test]
    fn marks_in_link_text_are_ruby_and_addresses_are_not_read() {
        let markdown = "[{規程|きてい}](https://example.jp/{a|b}) と <https://example.jp/{c|d}>\n";
        let (off, _) = with(markdown, Furigana::Off);
        let on = html(markdown);
        assert_eq!(
            on,
            off.replace(
                "{規程|きてい}",
                "<ruby>規程<rp>(</rp><rt>きてい</rt><rp>)</rp></ruby>"
            )
        );
        assert!(on.contains("https://example.jp/{c|d}</a>"), "{on}");
    }

    #[test]
    fn code_is_never_read_for_marks() {
        assert_eq!(
            html("`{漢字|かんじ}` と {漢字|かんじ}\n"),
            format!("<p><code>{{漢字|かんじ}}</code> と {KANJI}</p>\n")
        );
        assert_eq!(
            html("```\n{漢字|kanji}\n```\n"),
            "<pre><code>{漢字|kanji}\n</code></pre>\n"
        );
    }

    #[test]
    fn an_escaped_brace_is_a_brace() {
        assert_eq!(html("\\{漢字|かんじ}\n"), "<p>{漢字|かんじ}</p>\n");
        assert_eq!(
            bad("{漢字|かんじ\\}\n"),
            vec![((1, 1), (1, 7), MarkErrorKind::Unclosed)]
        );
        assert_eq!(html("\\\\{漢字|かんじ}\n"), format!("<p>\\{KANJI}</p>\n"));
    }

    #[test]
    fn raw_html_is_still_left_out() {
        let (html, dropped) = with("<b>{漢字|かんじ}</b>\n", Furigana::On);
        assert_eq!(
            html,
            format!("<p><!-- raw HTML omitted -->{KANJI}<!-- raw HTML omitted --></p>\n")
        );
        assert!(dropped.iter().all(|d| d.what == DroppedKind::RawHtml));
    }

    #[test]
    fn a_table_has_ruby_in_its_cells_and_caption() {
        // In a table, the bar of a mark is written `\|`, as a bar that does
        // not end the cell always is.
        let markdown = "表：{手数料|てすうりょう}\n\n| {請求\\|せいきゅう} |\n| - |\n| {漢字\\|かんじ} `{a\\|b}` |\n";
        let html = html(markdown);
        assert!(
            html.contains(
                "<caption id=\"s--table-1\"><ruby>手数料<rp>(</rp><rt>てすうりょう</rt><rp>)</rp></ruby></caption>"
            ),
            "{html}"
        );
        assert!(
            html.contains(
                "<th scope=\"col\"><ruby>請求<rp>(</rp><rt>せいきゅう</rt><rp>)</rp></ruby></th>"
            ),
            "{html}"
        );
        assert!(
            html.contains(&format!("<td>{KANJI} <code>{{a|b}}</code></td>")),
            "{html}"
        );
        // Code and escapes in a caption stay what they are.
        let (html, _) = with("表：`{a|b}` \\{c|d}\n\n| a |\n| - |\n", Furigana::On);
        assert!(
            html.contains("<caption id=\"s--table-1\">{a|b} {c|d}</caption>"),
            "{html}"
        );
    }

    #[test]
    fn with_furigana_off_braces_are_text() {
        let markdown = "{漢字|かんじ}と{漢字|kanji}と\\{a|b}\n\n表：{a|b}\n\n| a |\n| - |\n";
        let (html, dropped) = with(markdown, Furigana::Off);
        assert!(
            html.starts_with("<p>{漢字|かんじ}と{漢字|kanji}と{a|b}</p>\n"),
            "{html}"
        );
        assert!(html.contains("<caption id=\"s--table-1\">{a|b}</caption>"));
        assert_eq!(dropped, vec![]);
    }

    /// The same page and the same reports. (With furigana on, the checks
    /// of `unsupported` see a text split at each escape, so `\**` is
    /// reported at the `**` after the escaped `*`, not at the escape.)
    #[test]
    fn text_without_marks_renders_as_with_furigana_off() {
        for markdown in [
            "\\*星\\* \\[括弧\\] \\\\ と \\ だけ\n",
            "**太字**と\\**と** 太字**\n",
            "表：料金\n\n| a \\| b | c |\n| - | - |\n| 1 | 2 | 3 |\n",
            "https://example.jp/ と www.example.jp と https://example.jp/aをご覧\n",
            "&amp; &copy; &#123;注&#125; {注} {\n",
            "[規程][k] [x](https://example.jp/a b)\n\n[k]: https://example.jp/\n",
            "一行目  \n二行目\\\n三行目\n",
            "~~旧~~ [^1] <b>b</b>\n\n- [ ] 未\n",
        ] {
            let (on, on_dropped) = with(markdown, Furigana::On);
            let (off, off_dropped) = with(markdown, Furigana::Off);
            assert_eq!(on, off, "{markdown}");
            let kinds = |dropped: Vec<Dropped>| -> Vec<DroppedKind> {
                dropped.into_iter().map(|d| d.what).collect()
            };
            assert_eq!(kinds(on_dropped), kinds(off_dropped), "{markdown}");
        }
    }

    #[test]
    fn bad_marks_are_reported_from_their_brace_to_their_end() {
        use MarkErrorKind::*;
        assert_eq!(
            bad("一行目\n\n前{漢字|kanji}後と{字|}\n"),
            vec![
                (
                    (3, 2),
                    (3, 11),
                    NotKana {
                        reading: "kanji".into(),
                        found: 'k'
                    }
                ),
                ((3, 14), (3, 17), EmptyReading),
            ]
        );
        // A line of a paragraph after its first, indented.
        assert_eq!(bad("一\n   二{|に}\n"), vec![((2, 5), (2, 8), EmptyBase)]);
        // After an entity, an escape and formatting.
        assert_eq!(
            bad("&amp;\\*x*y*{漢|かん|じ}\n"),
            vec![(
                (1, 12),
                (1, 19),
                ReadingCount {
                    characters: 1,
                    readings: 2
                }
            )]
        );
        // Cut by formatting, by a link, by a table's cell border.
        assert_eq!(
            bad("前{**漢字**|かんじ}と{[字](https://example.jp/)|じ}と{注 **x** {字|じ}\n"),
            vec![((1, 2), (1, 13), Unclosed), ((1, 15), (1, 42), Unclosed)]
        );
        assert_eq!(bad("{a|{b **c** d|e}\n"), vec![((1, 1), (1, 6), Unclosed)]);
        assert_eq!(
            bad("表：表\n\n| a |\n| - |\n| x{漢字|かんじ} |\n"),
            vec![((5, 4), (5, 11), Unclosed)]
        );
        // In a list item, a heading and a table cell (its bar escaped).
        assert_eq!(
            bad("- 項目{{字|じ}}\n\n## 見出し{字|じ\n\n表：表\n\n| a |\n| - |\n| x{漢字\\|} |\n"),
            vec![
                ((1, 5), (1, 11), Nested),
                ((3, 7), (3, 10), Unclosed),
                ((9, 4), (9, 9), EmptyReading),
            ]
        );
    }
}

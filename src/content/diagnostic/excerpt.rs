//! The line a diagnostic shows and the columns it underlines, as a
//! terminal will show them: wide characters, tabs, hidden characters and
//! lines too long to show whole.

use std::ops::Range;

use unicode_width::UnicodeWidthChar;

use super::position::{Position, char_boundary_at_or_after, char_boundary_at_or_before};
use crate::content::hidden::hidden_name;

/// How many terminal columns a line may take and still be shown whole: a
/// TOML line with its Japanese and English text often takes 150.
const WHOLE_LINE_COLUMNS: usize = 200;

/// How many terminal columns of a longer line an excerpt shows: such a line
/// (a paragraph of Markdown written on one line, a megabyte of it) is cut
/// around the span, with `…` where it was cut, so that a report stays
/// readable and its size bounded whatever the file holds.
const EXCERPT_COLUMNS: usize = 100;

/// How many columns before the span a cut line keeps, when it has them.
const CONTEXT_BEFORE: usize = 40;

/// Marks where a long line was cut.
const CUT: &str = "…";

/// The line a diagnostic points into and the part of it to underline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Excerpt {
    /// Where the span begins.
    pub start: Position,
    /// Where it ends (exclusive); on a later line when it runs over several.
    pub end: Position,
    /// The line `start` is on, as written in the file, without its line
    /// break; a line wider than [`WHOLE_LINE_COLUMNS`] is cut to
    /// [`EXCERPT_COLUMNS`] around the span, with `…` at each end that was cut.
    pub source_line: String,
    /// `source_line` as a terminal shows it: a tab as four spaces, any other
    /// control character and any invisible one that could reorder or hide
    /// text (`invisible`) as `�`, so that the columns below are the same on
    /// every terminal and the line shows what is really there.
    pub shown: String,
    /// The terminal columns of `shown` under the span (0-based, end
    /// exclusive): Japanese characters take two. A span running over several
    /// lines is underlined to the end of its first; an empty one gets one
    /// column, so there is always a caret to see.
    pub underline: Range<usize>,
}

impl Excerpt {
    /// The excerpt of the byte span `span` of `text` (clamped to the text).
    pub fn of(text: &str, span: Range<usize>) -> Excerpt {
        let start = char_boundary_at_or_before(text, span.start);
        let end = char_boundary_at_or_after(text, span.end.max(start));
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line = &text[line_start..line_end];
        let line = line.strip_suffix('\r').unwrap_or(line);
        // Within the line; a span starting at a line break is underlined
        // just after the line's last character.
        let from = (start - line_start).min(line.len());
        let to = (end - line_start).clamp(from, line.len());
        let underline_start = columns(&line[..from]);
        let underline_end = columns(&line[..to]).max(underline_start + 1);
        let (kept, kept_columns) = window(line, underline_start);
        let before = if kept.start > 0 { CUT } else { "" };
        let after = if kept.end < line.len() { CUT } else { "" };
        let shift = |column: usize| {
            column.clamp(kept_columns.start, kept_columns.end) - kept_columns.start
                + usize::from(!before.is_empty())
        };
        let underline = shift(underline_start)..shift(underline_end);
        Excerpt {
            start: Position::at(text, start),
            end: Position::at(text, end),
            source_line: format!("{before}{}{after}", &line[kept.clone()]),
            shown: format!("{before}{}{after}", shown(&line[kept])),
            underline: underline.start..underline.end.max(underline.start + 1),
        }
    }
}

/// The part of `line` an excerpt shows, as a byte range and the terminal
/// columns it spans: all of it up to [`WHOLE_LINE_COLUMNS`];
/// otherwise whole characters from [`CONTEXT_BEFORE`] columns before
/// `column` (or fewer, at the end of the line), leaving a column at each
/// end for `…`.
fn window(line: &str, column: usize) -> (Range<usize>, Range<usize>) {
    let total = columns(line);
    if total <= WHOLE_LINE_COLUMNS {
        return (0..line.len(), 0..total);
    }
    let room = EXCERPT_COLUMNS - 2;
    let first = column
        .saturating_sub(CONTEXT_BEFORE)
        .min(total.saturating_sub(room));
    let last = first + room;
    let mut kept_start: Option<(usize, usize)> = None;
    let mut at = 0;
    for (i, c) in line.char_indices() {
        if kept_start.is_none() && at >= first {
            kept_start = Some((i, at));
        }
        let width = cell_width(c);
        if at + width > last {
            let (start, start_column) = kept_start.unwrap_or((i, at));
            return (start..i, start_column..at);
        }
        at += width;
    }
    let (start, start_column) = kept_start.unwrap_or((line.len(), total));
    (start..line.len(), start_column..total)
}

/// How many terminal columns `text` takes once [`shown`].
fn columns(text: &str) -> usize {
    text.chars().map(cell_width).sum()
}

/// The columns one character takes once [`shown`].
fn cell_width(c: char) -> usize {
    match c {
        '\t' => 4,
        c if is_replaced(c) => 1,
        c => c.width().unwrap_or(1),
    }
}

/// Whether [`shown`] replaces `c` with `�`: terminals disagree on the
/// width of control characters, and invisible ones could reorder the line.
fn is_replaced(c: char) -> bool {
    c.width().is_none() || hidden_name(c).is_some()
}

/// `line` with the characters whose width terminals disagree on replaced.
fn shown(line: &str) -> String {
    let mut shown = String::with_capacity(line.len());
    for c in line.chars() {
        match c {
            '\t' => shown.push_str("    "),
            c if is_replaced(c) => shown.push(char::REPLACEMENT_CHARACTER),
            c => shown.push(c),
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::content::diagnostic::{Diagnostic, Report};

    /// The excerpt line and its caret line as a report prints them.
    fn underlined(excerpt: &Excerpt) -> String {
        format!(
            "{}\n{}{}",
            excerpt.shown,
            " ".repeat(excerpt.underline.start),
            "^".repeat(excerpt.underline.len())
        )
    }

    #[test]
    fn carets_sit_under_wide_characters() {
        let text = "id = \"a\"\nname = { ja = \"資格に関する情報\" }\n";
        let span = text.find('資').unwrap()..text.find('に').unwrap();
        let excerpt = Excerpt::of(text, span);
        assert_eq!(
            excerpt.start,
            Position {
                line: 2,
                column: 16
            }
        );
        assert_eq!(
            excerpt.end,
            Position {
                line: 2,
                column: 18
            }
        );
        assert_eq!(excerpt.source_line, "name = { ja = \"資格に関する情報\" }");
        assert_eq!(excerpt.underline, 15..19);
        assert_eq!(
            underlined(&excerpt),
            "name = { ja = \"資格に関する情報\" }\n               ^^^^"
        );
        // After wide characters, a narrow one is two columns further right.
        let quote = text.rfind('"').unwrap();
        let excerpt = Excerpt::of(text, quote..quote + 1);
        assert_eq!(excerpt.start.column, 24);
        assert_eq!(excerpt.underline, 31..32);
    }

    #[test]
    fn tabs_are_shown_as_spaces_and_counted_as_such() {
        let text = "\tid = \"x\"\t# 注\n";
        let excerpt = Excerpt::of(text, 6..9);
        assert_eq!(excerpt.source_line, "\tid = \"x\"\t# 注");
        assert_eq!(excerpt.shown, "    id = \"x\"    # 注");
        assert_eq!(excerpt.start, Position { line: 1, column: 7 });
        assert_eq!(underlined(&excerpt), "    id = \"x\"    # 注\n         ^^^");
    }

    #[test]
    fn other_control_characters_take_one_column() {
        let excerpt = Excerpt::of("a\u{7}b = 1\r\n", 2..3);
        assert_eq!(excerpt.source_line, "a\u{7}b = 1");
        assert_eq!(excerpt.shown, "a\u{fffd}b = 1");
        assert_eq!(excerpt.underline, 2..3);
    }

    #[test]
    fn a_span_over_several_lines_is_underlined_to_the_end_of_its_first() {
        let text = "notes = { ja = \"\"\"\n第一\n第二\n\"\"\" }\n";
        let start = text.find("\"\"\"").unwrap();
        let excerpt = Excerpt::of(text, start..text.len() - 3);
        assert_eq!(
            excerpt.start,
            Position {
                line: 1,
                column: 16
            }
        );
        assert_eq!(excerpt.end, Position { line: 4, column: 4 });
        assert_eq!(
            underlined(&excerpt),
            "notes = { ja = \"\"\"\n               ^^^"
        );
    }

    #[test]
    fn an_empty_span_gets_one_caret() {
        let text = "base_url = \"https://example.org/\"\n";
        let excerpt = Excerpt::of(text, 0..0);
        assert_eq!(excerpt.start, Position::START);
        assert_eq!(excerpt.end, Position::START);
        assert_eq!(excerpt.underline, 0..1);
        // A span starting at the line break points just past the line.
        let end_of_line = text.len() - 1;
        let excerpt = Excerpt::of(text, end_of_line..end_of_line + 1);
        assert_eq!(excerpt.underline, 33..34);
        assert_eq!(excerpt.end, Position { line: 2, column: 1 });
    }

    #[test]
    fn a_span_at_the_end_of_the_file() {
        let text = "a = 1\nb = \"";
        let excerpt = Excerpt::of(text, text.len()..text.len() + 5);
        assert_eq!(excerpt.start, Position { line: 2, column: 6 });
        assert_eq!(underlined(&excerpt), "b = \"\n     ^");
        let excerpt = Excerpt::of("a = 1\n", 6..6);
        assert_eq!(excerpt.start, Position { line: 2, column: 1 });
        assert_eq!(excerpt.source_line, "");
        assert_eq!(excerpt.underline, 0..1);
    }

    #[test]
    fn spans_inside_a_character_are_widened_to_it() {
        let text = "ja = \"資格\"";
        let inside = text.find('資').unwrap() + 1;
        let excerpt = Excerpt::of(text, inside..inside + 1);
        assert_eq!(excerpt.start.column, 7);
        assert_eq!(excerpt.underline, 6..8);
    }

    /// The columns of `shown` under the carets, as text.
    fn under_carets(excerpt: &Excerpt) -> String {
        let mut column = 0;
        let mut under = String::new();
        for c in excerpt.shown.chars() {
            let width = c.width().unwrap_or(1);
            if column >= excerpt.underline.start && column + width <= excerpt.underline.end {
                under.push(c);
            }
            column += width;
        }
        under
    }

    #[test]
    fn a_megabyte_line_is_cut_around_the_span() {
        let text = format!("{}<br>{}\nnext", "a".repeat(1 << 20), "b".repeat(1 << 20));
        let at = text.find('<').unwrap();
        let excerpt = Excerpt::of(&text, at..at + 4);
        assert_eq!(
            excerpt.start,
            Position {
                line: 1,
                column: (1 << 20) + 1
            }
        );
        assert_eq!(
            excerpt.shown,
            format!("…{}<br>{}…", "a".repeat(40), "b".repeat(54))
        );
        assert_eq!(excerpt.source_line, excerpt.shown);
        assert_eq!(excerpt.shown.chars().count(), EXCERPT_COLUMNS);
        assert_eq!(excerpt.underline, 41..45);
        assert_eq!(under_carets(&excerpt), "<br>");
        // A span running past the cut is underlined to it.
        let long = Excerpt::of(&text, at..text.len());
        assert_eq!(long.underline, 41..99);
        // Near either end of the line only that end is cut.
        let first = Excerpt::of(&text, 3..4);
        assert_eq!(first.shown, format!("{}…", "a".repeat(EXCERPT_COLUMNS - 2)));
        assert_eq!(first.underline, 3..4);
        let line_end = text.find('\n').unwrap();
        let last = Excerpt::of(&text, line_end - 1..line_end);
        assert_eq!(last.shown, format!("…{}", "b".repeat(EXCERPT_COLUMNS - 2)));
        assert_eq!(last.underline, 98..99);
    }

    #[test]
    fn a_cut_line_counts_japanese_as_two_columns() {
        let text = format!(
            "ja = \"{}誤{}\"",
            "あ".repeat(500_000),
            "い".repeat(500_000)
        );
        let at = text.find('誤').unwrap();
        let excerpt = Excerpt::of(&text, at..at + '誤'.len_utf8());
        assert_eq!(
            excerpt.shown,
            format!("…{}誤{}…", "あ".repeat(20), "い".repeat(28))
        );
        assert!(columns(&excerpt.shown) <= EXCERPT_COLUMNS);
        assert_eq!(excerpt.underline, 41..43);
        assert_eq!(under_carets(&excerpt), "誤");
        // The JSON report carries the cut line too.
        let report = Report::new(vec![Diagnostic::error("a.toml", "bad").at_excerpt(excerpt)]);
        assert!(report.to_json(Path::new("c")).len() < 1_000);
    }

    #[test]
    fn lines_that_fit_are_never_cut() {
        let line = "x".repeat(WHOLE_LINE_COLUMNS);
        let excerpt = Excerpt::of(&line, 199..200);
        assert_eq!(excerpt.shown, line);
        assert_eq!(excerpt.underline, 199..200);
        let longer = format!("{line}x");
        let excerpt = Excerpt::of(&longer, 199..200);
        assert_eq!(
            excerpt.shown,
            format!("…{}", "x".repeat(EXCERPT_COLUMNS - 2))
        );
        assert_eq!(excerpt.underline, 97..98);
    }

    #[test]
    fn invisible_characters_are_shown_as_replacement_characters() {
        let text = "ja = \"健保\u{202E}組合\"";
        let at = text.find('\u{202E}').unwrap();
        let excerpt = Excerpt::of(text, at..at + 3);
        assert_eq!(excerpt.shown, "ja = \"健保\u{FFFD}組合\"");
        assert_eq!(excerpt.source_line, text);
        assert_eq!(excerpt.underline, 10..11);
    }
}

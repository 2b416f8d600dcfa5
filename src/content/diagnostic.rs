//! Problems found in content files, reported the way compilers do. Staff
//! read them in a terminal, so every message names the file and place,
//! shows the line with the problem underlined, and gives a hint that a
//! non-programmer can act on:
//!
//! ```text
//! error: the category id "eligibility" is used twice
//!   --> content/revisions/2025-04-01/purposes.toml:15:6
//!    |
//! 15 | id = "eligibility"
//!    |      ^^^^^^^^^^^^^
//!    |
//!    = hint: each category needs its own id; the first "eligibility" is on line 7
//! ```
//!
//! Editors and CI read the same report as one JSON document instead
//! ([`Report::to_json`]); both shapes are documented in the README, because
//! other programs depend on them. The line shown is captured when the
//! diagnostic is made, never read again when it is printed: by then the file
//! may have changed, and a reload logs reports long after reading.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::Serialize;
use unicode_width::UnicodeWidthChar;

use crate::english::plural;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    /// Worth knowing but not for staff to act on any more: a shortcoming of
    /// a revision already published, which can only be made good in a later
    /// one. `check --strict` leaves notes alone.
    Note,
}

impl Severity {
    /// The word reports use: `error`, `warning` or `note`.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// A 1-based line and column; columns count characters, not bytes, so they
/// match what an editor shows for Japanese text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };

    /// The position of byte `offset` in `text` (clamped to the end).
    pub fn at(text: &str, offset: usize) -> Position {
        let offset = char_boundary_at_or_before(text, offset);
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }

    /// The byte offset of this position in `text`, the inverse of
    /// [`Position::at`]: for places found by line and column (Markdown
    /// reports them so) that a diagnostic should underline. A column past
    /// the end of its line stops at the line's end, a line past the end of
    /// the text at the text's end.
    pub fn offset_in(self, text: &str) -> usize {
        let mut line_start = 0;
        for _ in 1..self.line {
            match text[line_start..].find('\n') {
                Some(i) => line_start += i + 1,
                None => return text.len(),
            }
        }
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i);
        text[line_start..line_end]
            .char_indices()
            .nth(self.column.saturating_sub(1))
            .map_or(line_end, |(i, _)| line_start + i)
    }
}

fn char_boundary_at_or_before(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

fn char_boundary_at_or_after(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset += 1;
    }
    offset
}

/// How many terminal columns a line may take and still be shown whole: a
/// TOML line with its Japanese and English text often takes 150.
pub const WHOLE_LINE_COLUMNS: usize = 200;

/// How many terminal columns of a longer line an excerpt shows: such a line
/// (a paragraph of Markdown written on one line, a megabyte of it) is cut
/// around the span, with `…` where it was cut, so that a report stays
/// readable and its size bounded whatever the file holds.
pub const EXCERPT_COLUMNS: usize = 100;

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
    c.width().is_none() || super::hidden::hidden_name(c).is_some()
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

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Relative to the content directory, so reports read the same wherever it lives.
    pub file: PathBuf,
    /// `None` for problems with a whole folder.
    pub position: Option<Position>,
    /// The line at `position`, when the diagnostic was made from a span of
    /// the file's text.
    pub excerpt: Option<Excerpt>,
    pub message: String,
    pub hint: Option<String>,
    /// Why it is reported this way, when that is not the usual way (a
    /// warning made an error by `check --strict`).
    pub note: Option<String>,
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            position: None,
            excerpt: None,
            message: message.into(),
            hint: None,
            note: None,
        }
    }

    pub fn warning(file: impl Into<PathBuf>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, message)
        }
    }

    /// Places the diagnostic at a position, without showing the line (for
    /// when only a position is known).
    pub fn at(mut self, position: Position) -> Diagnostic {
        self.position = Some(position);
        self.excerpt = None;
        self
    }

    /// Places the diagnostic on a byte span of `text`, the file's text: the
    /// report shows the line and underlines the span.
    pub fn at_span(self, text: &str, span: Range<usize>) -> Diagnostic {
        self.at_excerpt(Excerpt::of(text, span))
    }

    /// Like [`Diagnostic::at_span`], with the excerpt taken earlier: for
    /// problems found after the file's text is out of reach (comparing
    /// revisions once all are read).
    pub fn at_excerpt(mut self, excerpt: Excerpt) -> Diagnostic {
        self.position = Some(excerpt.start);
        self.excerpt = Some(excerpt);
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:column: error: message` on one line, for places with room
    /// for no more (the health endpoint after a refused reload).
    pub fn one_line(&self, root: &Path) -> String {
        let place = match self.position {
            Some(Position { line, column }) => format!(":{line}:{column}"),
            None => String::new(),
        };
        format!(
            "{}{place}: {}: {}",
            shown_path(root, &self.file).display(),
            self.severity.name(),
            self.message
        )
    }
}

/// Where a report shows `file`: under the content folder as it was given,
/// or the folder itself.
fn shown_path(root: &Path, file: &Path) -> PathBuf {
    if file.as_os_str().is_empty() {
        root.to_path_buf()
    } else {
        root.join(file)
    }
}

/// What `check --strict` says of a warning it counts as an error.
pub const STRICT_NOTE: &str = "this is a warning; --strict makes it an error";

/// Every diagnostic of one load, in a stable order (file, then place).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn new(mut diagnostics: Vec<Diagnostic>) -> Report {
        diagnostics.sort_by(|a, b| {
            (&a.file, a.position, a.severity).cmp(&(&b.file, b.position, b.severity))
        });
        Report { diagnostics }
    }

    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    pub fn notes(&self) -> usize {
        self.count(Severity::Note)
    }

    fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }

    pub fn has_errors(&self) -> bool {
        self.errors() > 0
    }

    /// The report `check --strict` gives: every warning is an error, with a
    /// note saying so, and is counted as one. Notes stay notes: they are
    /// about what can no longer change, so no edit could clear them.
    pub fn strict(self) -> Report {
        let diagnostics = self
            .diagnostics
            .into_iter()
            .map(|mut diagnostic| {
                if diagnostic.severity == Severity::Warning {
                    diagnostic.severity = Severity::Error;
                    diagnostic.note = Some(STRICT_NOTE.to_owned());
                }
                diagnostic
            })
            .collect();
        Report::new(diagnostics)
    }

    /// The report as `check` prints it for people, paths shown under
    /// `root`; plain text unless [`DisplayReport::colour`] says otherwise.
    pub fn display<'a>(&'a self, root: &'a Path) -> DisplayReport<'a> {
        DisplayReport {
            report: self,
            root,
            colour: false,
        }
    }

    /// The report as `check --format json` prints it, paths shown under
    /// `root`. The README documents the shape; change it only with
    /// `JSON_VERSION`.
    pub fn to_json(&self, root: &Path) -> String {
        let document = JsonReport {
            version: JSON_VERSION,
            content: root.display().to_string(),
            errors: self.errors(),
            warnings: self.warnings(),
            notes: self.notes(),
            diagnostics: self
                .diagnostics
                .iter()
                .map(|d| JsonDiagnostic::new(d, root))
                .collect(),
        };
        serde_json::to_string_pretty(&document).expect("a report serializes")
    }
}

/// The version of the JSON shape, raised when a field changes meaning or
/// goes away (adding a field does not raise it).
pub const JSON_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonReport<'a> {
    version: u32,
    content: String,
    errors: usize,
    warnings: usize,
    notes: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: &'static str,
    /// Relative to the content folder, with `/` between names.
    file: String,
    /// As the human report shows it: under the content folder as given.
    path: String,
    line: Option<usize>,
    column: Option<usize>,
    end_line: Option<usize>,
    end_column: Option<usize>,
    message: &'a str,
    hint: Option<&'a str>,
    note: Option<&'a str>,
    source_line: Option<&'a str>,
}

impl<'a> JsonDiagnostic<'a> {
    fn new(diagnostic: &'a Diagnostic, root: &Path) -> JsonDiagnostic<'a> {
        let excerpt = diagnostic.excerpt.as_ref();
        JsonDiagnostic {
            severity: diagnostic.severity.name(),
            file: diagnostic
                .file
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/"),
            path: shown_path(root, &diagnostic.file).display().to_string(),
            line: diagnostic.position.map(|p| p.line),
            column: diagnostic.position.map(|p| p.column),
            end_line: excerpt.map(|e| e.end.line),
            end_column: excerpt.map(|e| e.end.column),
            message: &diagnostic.message,
            hint: diagnostic.hint.as_deref(),
            note: diagnostic.note.as_deref(),
            source_line: excerpt.map(|e| e.source_line.as_str()),
        }
    }
}

/// A report shown to people: one block per diagnostic, then the count.
pub struct DisplayReport<'a> {
    report: &'a Report,
    root: &'a Path,
    colour: bool,
}

impl DisplayReport<'_> {
    /// ANSI colours as compilers use them, for a terminal.
    pub fn colour(mut self, colour: bool) -> Self {
        self.colour = colour;
        self
    }
}

impl fmt::Display for DisplayReport<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let paint = Paint(self.colour);
        for diagnostic in &self.report.diagnostics {
            write_diagnostic(f, diagnostic, self.root, paint)?;
        }
        let (errors, warnings) = (self.report.errors(), self.report.warnings());
        write!(
            f,
            "{errors} error{}, {warnings} warning{}",
            plural(errors),
            plural(warnings)
        )?;
        match self.report.notes() {
            0 => writeln!(f),
            notes => writeln!(f, ", {notes} note{}", plural(notes)),
        }
    }
}

/// One diagnostic and the blank line after it. The gutter is as wide as
/// the line number, so that the bars line up under it.
fn write_diagnostic(
    f: &mut fmt::Formatter<'_>,
    diagnostic: &Diagnostic,
    root: &Path,
    paint: Paint,
) -> fmt::Result {
    let severity_style = match diagnostic.severity {
        Severity::Error => ERROR,
        Severity::Warning => WARNING,
        Severity::Note => NOTE,
    };
    writeln!(
        f,
        "{}{}",
        paint.apply(severity_style, diagnostic.severity.name()),
        paint.apply(EMPHASIS, &format!(": {}", diagnostic.message))
    )?;
    let excerpt = diagnostic.excerpt.as_ref();
    let number = excerpt.map(|e| e.start.line.to_string());
    let gutter = " ".repeat(number.as_ref().map_or(1, String::len));
    let bar = paint.apply(GUTTER, "|");
    write!(
        f,
        "{gutter}{} {}",
        paint.apply(GUTTER, "-->"),
        shown_path(root, &diagnostic.file).display()
    )?;
    if let Some(Position { line, column }) = diagnostic.position {
        write!(f, ":{line}:{column}")?;
    }
    writeln!(f)?;
    if let (Some(excerpt), Some(number)) = (excerpt, &number) {
        writeln!(f, "{gutter} {bar}")?;
        if excerpt.shown.is_empty() {
            writeln!(f, "{} {bar}", paint.apply(GUTTER, number))?;
        } else {
            writeln!(f, "{} {bar} {}", paint.apply(GUTTER, number), excerpt.shown)?;
        }
        writeln!(
            f,
            "{gutter} {bar} {}{}",
            " ".repeat(excerpt.underline.start),
            paint.apply(severity_style, &"^".repeat(excerpt.underline.len()))
        )?;
        if diagnostic.hint.is_some() || diagnostic.note.is_some() {
            writeln!(f, "{gutter} {bar}")?;
        }
    }
    for (label, text) in [
        ("hint", diagnostic.hint.as_deref()),
        ("note", diagnostic.note.as_deref()),
    ] {
        if let Some(text) = text {
            writeln!(
                f,
                "{gutter} {} {}: {text}",
                paint.apply(GUTTER, "="),
                paint.apply(EMPHASIS, label)
            )?;
        }
    }
    writeln!(f)
}

const ERROR: &str = "1;31";
const WARNING: &str = "1;33";
const NOTE: &str = "1;36";
const GUTTER: &str = "1;34";
const EMPHASIS: &str = "1";

/// Whether to colour: `text` in an ANSI style, or as it is.
#[derive(Clone, Copy)]
struct Paint(bool);

impl Paint {
    fn apply(self, style: &str, text: &str) -> String {
        if self.0 {
            format!("\x1b[{style}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "a = 1\nname = \"資格\"\n";
        let offset = text.find('"').unwrap();
        assert_eq!(Position::at(text, offset), Position { line: 2, column: 8 });
        let after_kanji = text.find('格').unwrap();
        assert_eq!(
            Position::at(text, after_kanji),
            Position {
                line: 2,
                column: 10
            }
        );
        assert_eq!(Position::at(text, 0), Position::START);
        assert_eq!(Position::at(text, 10_000), Position { line: 3, column: 1 });
    }

    #[test]
    fn offsets_are_found_back_from_positions() {
        let text = "a = 1\nname = \"資格\"\n";
        for offset in text.char_indices().map(|(i, _)| i) {
            assert_eq!(Position::at(text, offset).offset_in(text), offset);
        }
        let line_two = Position {
            line: 2,
            column: 99,
        };
        assert_eq!(line_two.offset_in(text), text.len() - 1);
        assert_eq!(Position { line: 9, column: 1 }.offset_in(text), text.len());
    }

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

    fn sample() -> Report {
        let text = "[[category]]\nid = \"eligibility\"\nname = { ja = \"資格\" }\n";
        let id = text.find("\"eligibility\"").unwrap();
        let name = text.find("{ ja").unwrap();
        Report::new(vec![
            Diagnostic::warning("revisions/2024-12-02/purposes.toml", "no English")
                .at_span(text, name..text.len() - 1)
                .hint("add en"),
            Diagnostic::error("revisions/2024-12-02", "a folder problem").hint("rename it"),
            Diagnostic::error("revisions/2024-12-02/purposes.toml", "a bad id")
                .at_span(text, id..id + 13),
        ])
    }

    #[test]
    fn reports_read_like_a_compilers() {
        let shown = sample().display(Path::new("content")).to_string();
        assert_eq!(
            shown,
            "\
error: a folder problem
 --> content/revisions/2024-12-02
  = hint: rename it

error: a bad id
 --> content/revisions/2024-12-02/purposes.toml:2:6
  |
2 | id = \"eligibility\"
  |      ^^^^^^^^^^^^^

warning: no English
 --> content/revisions/2024-12-02/purposes.toml:3:8
  |
3 | name = { ja = \"資格\" }
  |        ^^^^^^^^^^^^^^^
  |
  = hint: add en

2 errors, 1 warning
"
        );
    }

    #[test]
    fn the_gutter_is_as_wide_as_the_line_number() {
        let text = format!("{}x = 1\n", "\n".repeat(99));
        let report = Report::new(vec![
            Diagnostic::error("a.toml", "bad")
                .at_span(&text, 99..100)
                .hint("fix it"),
        ]);
        assert_eq!(
            report.display(Path::new("c")).to_string(),
            "\
error: bad
   --> c/a.toml:100:1
    |
100 | x = 1
    | ^
    |
    = hint: fix it

1 error, 0 warnings
"
        );
    }

    #[test]
    fn a_position_without_a_span_has_no_excerpt() {
        let report = Report::new(vec![
            Diagnostic::warning("a.md", "whole file").at(Position::START),
        ]);
        assert_eq!(
            report.display(Path::new("c")).to_string(),
            "warning: whole file\n --> c/a.md:1:1\n\n0 errors, 1 warning\n"
        );
    }

    #[test]
    fn colour_marks_severity_gutter_and_carets() {
        let report = sample();
        let plain = report.display(Path::new("content")).to_string();
        assert!(!plain.contains('\x1b'));
        let coloured = report
            .display(Path::new("content"))
            .colour(true)
            .to_string();
        assert!(coloured.starts_with("\x1b[1;31merror\x1b[0m\x1b[1m: a folder problem\x1b[0m\n"));
        assert!(
            coloured
                .contains("\x1b[1;34m-->\x1b[0m content/revisions/2024-12-02/purposes.toml:2:6\n")
        );
        assert!(coloured.contains("\x1b[1;33mwarning\x1b[0m"));
        assert!(coloured.contains("\x1b[1;31m^^^^^^^^^^^^^\x1b[0m"));
        assert!(coloured.contains("\x1b[1;33m^^^^^^^^^^^^^^^\x1b[0m"));
        let stripped = coloured
            .split('\x1b')
            .enumerate()
            .map(|(i, part)| {
                if i == 0 {
                    part
                } else {
                    &part[part.find('m').unwrap() + 1..]
                }
            })
            .collect::<String>();
        assert_eq!(stripped, plain);
    }

    #[test]
    fn strict_makes_warnings_errors_and_says_so() {
        let report = sample().strict();
        assert_eq!((report.errors(), report.warnings()), (3, 0));
        let shown = report.display(Path::new("content")).to_string();
        assert!(
            shown.contains(
                "error: no English\n --> content/revisions/2024-12-02/purposes.toml:3:8\n"
            ),
            "{shown}"
        );
        assert!(
            shown.ends_with(
                "  = hint: add en\n  = note: this is a warning; --strict makes it an error\n\n3 errors, 0 warnings\n"
            ),
            "{shown}"
        );
    }

    #[test]
    fn one_line_keeps_the_place_and_the_message() {
        let report = sample();
        let lines: Vec<_> = report
            .diagnostics
            .iter()
            .map(|d| d.one_line(Path::new("content")))
            .collect();
        assert_eq!(
            lines,
            [
                "content/revisions/2024-12-02: error: a folder problem",
                "content/revisions/2024-12-02/purposes.toml:2:6: error: a bad id",
                "content/revisions/2024-12-02/purposes.toml:3:8: warning: no English",
            ]
        );
    }

    #[test]
    fn json_has_every_field_null_when_unknown() {
        let json: serde_json::Value =
            serde_json::from_str(&sample().to_json(Path::new("content"))).unwrap();
        assert_eq!(json["version"], 1);
        assert_eq!(json["content"], "content");
        assert_eq!(
            (json["errors"].as_u64(), json["warnings"].as_u64()),
            (Some(2), Some(1))
        );
        assert_eq!(
            json["diagnostics"][0],
            serde_json::json!({
                "severity": "error",
                "file": "revisions/2024-12-02",
                "path": "content/revisions/2024-12-02",
                "line": null,
                "column": null,
                "end_line": null,
                "end_column": null,
                "message": "a folder problem",
                "hint": "rename it",
                "note": null,
                "source_line": null,
            })
        );
        assert_eq!(
            json["diagnostics"][2]["source_line"],
            "name = { ja = \"資格\" }"
        );
        assert_eq!(json["diagnostics"][2]["end_line"], 3);
        assert_eq!(json["diagnostics"][2]["end_column"], 21);
    }
}

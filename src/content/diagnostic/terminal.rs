//! The report as `check` prints it for people, laid out as compilers do,
//! with ANSI colours on a terminal.
//!
//! Our own rather than annotate-snippets: its footers are `help`/`note`
//! (no `= hint:`) and it cuts long lines its own way, so the pinned report
//! would change; and anstyle writes `ESC[1mESC[31m` where the report's
//! colours are `ESC[1;31m`.

use std::fmt;
use std::path::Path;

use super::{Diagnostic, Position, Report, Severity, shown_path};
use crate::english::plural;

impl Report {
    /// The report as `check` prints it for people, paths shown under
    /// `root`; plain text unless [`DisplayReport::colour`] says otherwise.
    pub fn display<'a>(&'a self, root: &'a Path) -> DisplayReport<'a> {
        DisplayReport {
            report: self,
            root,
            colour: false,
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

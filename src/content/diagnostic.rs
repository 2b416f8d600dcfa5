//! Problems found in content files, reported the way compilers do:
//! `path:line:column: error: message` and a hint saying how to fix it.
//! Staff read these, so every message names the file and place and every
//! hint is a sentence a non-programmer can act on.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
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
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Relative to the content directory, so reports read the same wherever it lives.
    pub file: PathBuf,
    /// `None` for problems with a whole folder.
    pub position: Option<Position>,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(file: impl Into<PathBuf>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            position: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(file: impl Into<PathBuf>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(file, message)
        }
    }

    pub fn at(mut self, position: Position) -> Diagnostic {
        self.position = Some(position);
        self
    }

    /// Places the diagnostic at the start of a byte span of `text`.
    pub fn at_span(self, text: &str, span: Range<usize>) -> Diagnostic {
        self.at(Position::at(text, span.start))
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

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
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    pub fn warnings(&self) -> usize {
        self.diagnostics.len() - self.errors()
    }

    pub fn has_errors(&self) -> bool {
        self.errors() > 0
    }

    /// The report as `check` prints it, paths shown under `root`.
    pub fn display<'a>(&'a self, root: &'a Path) -> impl fmt::Display + 'a {
        DisplayReport { report: self, root }
    }
}

struct DisplayReport<'a> {
    report: &'a Report,
    root: &'a Path,
}

impl fmt::Display for DisplayReport<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for diagnostic in &self.report.diagnostics {
            if diagnostic.file.as_os_str().is_empty() {
                write!(f, "{}", self.root.display())?;
            } else {
                write!(f, "{}", self.root.join(&diagnostic.file).display())?;
            }
            if let Some(Position { line, column }) = diagnostic.position {
                write!(f, ":{line}:{column}")?;
            }
            let severity = match diagnostic.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            writeln!(f, ": {severity}: {}", diagnostic.message)?;
            if let Some(hint) = &diagnostic.hint {
                writeln!(f, "  hint: {hint}")?;
            }
        }
        let (errors, warnings) = (self.report.errors(), self.report.warnings());
        writeln!(
            f,
            "{errors} error{}, {warnings} warning{}",
            plural(errors),
            plural(warnings)
        )
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
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
    fn report_is_sorted_and_counted() {
        let report = Report::new(vec![
            Diagnostic::warning("b.toml", "second").at(Position { line: 2, column: 1 }),
            Diagnostic::error("a.toml", "first")
                .at(Position::START)
                .hint("fix it"),
        ]);
        let shown = report.display(Path::new("content")).to_string();
        assert_eq!(
            shown,
            "content/a.toml:1:1: error: first\n  hint: fix it\n\
             content/b.toml:2:1: warning: second\n\
             1 error, 1 warning\n"
        );
    }
}

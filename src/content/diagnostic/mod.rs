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
//!
//! `position` and `excerpt` find the place and the line to show when a
//! diagnostic is made; `terminal` lays the report out for people, `json`
//! for programs.

mod excerpt;
mod json;
mod position;
mod terminal;

use std::ops::Range;
use std::path::{Path, PathBuf};

pub(crate) use excerpt::Excerpt;
pub use position::Position;

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

    /// The same problem, its file placed under `dir`: what is said of a
    /// document's record, which is checked as if its folder were the
    /// content folder, is then named by its whole path.
    pub fn under(mut self, dir: &Path) -> Diagnostic {
        self.file = dir.join(&self.file);
        self
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
const STRICT_NOTE: &str = "this is a warning; --strict makes it an error";

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
}

#[cfg(test)]
mod tests;

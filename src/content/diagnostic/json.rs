//! The report as `check --format json` prints it: one document for
//! editors and CI, whose shape the README documents.

use std::path::Path;

use serde::Serialize;

use super::{Diagnostic, Report, shown_path};

impl Report {
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
const JSON_VERSION: u32 = 1;

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

//! Where a published revision's files differ from what was locked, line by
//! line: the reports that let staff put back exactly what changed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use jiff::civil::Date;
use similar::{Algorithm, DiffOp};

use super::OnDisk;
use super::fingerprint::line_fingerprints;
use super::format::LockedRevision;
use crate::content::diagnostic::Diagnostic;
use crate::content::seal::SealedFile;

/// A published file with many changed places gets this many line reports,
/// then a count: the first few are enough to see what happened.
const CHANGES_SHOWN_PER_FILE: usize = 5;

const RESTORE_HINT: &str = "a published revision must stay exactly as it was published: put the file back as it was (from version control or a backup); corrections go into a new revision (kohyo new-revision)";

/// Where a published revision's files differ from the lock, line by line.
pub(super) fn published_changes(locked: &LockedRevision, revision: &OnDisk<'_>) -> Vec<Diagnostic> {
    let published = locked.announced;
    let mut diagnostics = Vec::new();
    let files_now: BTreeMap<&str, &SealedFile> = revision
        .seal
        .files
        .iter()
        .map(|f| (f.name.as_str(), f))
        .collect();
    let locked_names: BTreeSet<&str> = locked.files.iter().map(|f| f.name.as_str()).collect();
    for file in &locked.files {
        let path = revision.source.path(&file.name);
        match files_now.get(file.name.as_str()) {
            None => diagnostics.push(
                Diagnostic::error(
                    revision.source.dir(),
                    format!("{}, published on {published}, was removed", file.name),
                )
                .hint(RESTORE_HINT),
            ),
            Some(now) if now.sha256 != file.sha256 => {
                diagnostics.extend(changed_lines(&path, &file.lines, &now.text, published));
            }
            Some(_) => {}
        }
    }
    for file in &revision.seal.files {
        if !locked_names.contains(file.name.as_str()) {
            diagnostics.push(
                Diagnostic::error(
                    revision.source.path(&file.name),
                    format!("this file was added to the revision after publication on {published}"),
                )
                .hint(RESTORE_HINT),
            );
        }
    }
    diagnostics
}

/// One report per changed place in a published file, at the line as it is
/// now: lines changed or added, and where lines were removed.
fn changed_lines(path: &Path, locked: &[u32], text: &str, published: Date) -> Vec<Diagnostic> {
    let now = line_fingerprints(text);
    // Byte offset where each line starts, and one past the end.
    let mut starts: Vec<usize> = vec![0];
    starts.extend(text.split_inclusive('\n').scan(0, |end, line| {
        *end += line.len();
        Some(*end)
    }));
    let line_span = |index: usize| {
        let start = starts[index.min(starts.len() - 1)];
        let line = text[start..].split('\n').next().unwrap_or("");
        start..start + line.trim_end_matches('\r').len()
    };
    let changes: Vec<DiffOp> = similar::capture_diff_slices(Algorithm::Myers, locked, &now)
        .into_iter()
        .filter(|op| !matches!(op, DiffOp::Equal { .. }))
        .collect();
    if changes.is_empty() {
        // Same lines, different bytes: only a fingerprint collision can do that.
        return vec![
            Diagnostic::error(
                path,
                format!("this file differs from the text published on {published}"),
            )
            .hint(RESTORE_HINT),
        ];
    }
    let mut diagnostics: Vec<Diagnostic> = changes
        .iter()
        .take(CHANGES_SHOWN_PER_FILE)
        .map(|op| {
            let (message, span) = match *op {
                DiffOp::Replace {
                    new_index, new_len, ..
                } => (
                    format!(
                        "{} from the text published on {published}",
                        lines_phrase(new_len, "this line differs", "lines differ")
                    ),
                    line_span(new_index),
                ),
                DiffOp::Insert {
                    new_index, new_len, ..
                } => (
                    format!(
                        "{} added after publication on {published}",
                        lines_phrase(new_len, "this line was", "lines were")
                    ),
                    line_span(new_index),
                ),
                DiffOp::Delete {
                    new_index, old_len, ..
                } => {
                    let at = starts[new_index.min(starts.len() - 1)];
                    (
                        format!(
                            "{} published on {published} {} removed here",
                            if old_len == 1 {
                                "a line".to_owned()
                            } else {
                                format!("{old_len} lines")
                            },
                            if old_len == 1 { "was" } else { "were" }
                        ),
                        at..at,
                    )
                }
                DiffOp::Equal { .. } => unreachable!("equal runs were filtered out"),
            };
            Diagnostic::error(path, message)
                .at_span(text, span)
                .hint(RESTORE_HINT)
        })
        .collect();
    if changes.len() > CHANGES_SHOWN_PER_FILE {
        diagnostics.push(
            Diagnostic::error(
                path,
                format!(
                    "and {} more changed places in this file",
                    changes.len() - CHANGES_SHOWN_PER_FILE
                ),
            )
            .hint(RESTORE_HINT),
        );
    }
    diagnostics
}

/// "this line is" for one line, "these 3 lines are" for more.
fn lines_phrase(count: usize, one: &str, many: &str) -> String {
    if count == 1 {
        one.to_owned()
    } else {
        format!("these {count} {many}")
    }
}

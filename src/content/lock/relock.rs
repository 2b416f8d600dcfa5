//! What `kohyo lock` writes: the lock of the revisions as they are now,
//! unless that would take in a change to a published one.

use jiff::civil::Date;

use super::OnDisk;
use super::compare::{LockComparison, findings};
use super::fingerprint::line_fingerprints;
use super::format::{Lock, LockOf, LockedFile, LockedRevision};
use crate::content::diagnostic::Diagnostic;

/// The lock's entry for `revision` as it is now. It must be dated and
/// readable, as content that passed `check` is.
fn locked(revision: &OnDisk<'_>) -> LockedRevision {
    LockedRevision {
        effective: revision.effective.expect("only dated revisions are locked"),
        announced: revision
            .announced
            .expect("only readable revisions are locked"),
        digest: revision.seal.digest,
        files: revision
            .seal
            .files
            .iter()
            .map(|file| LockedFile {
                name: file.name.clone(),
                sha256: file.sha256,
                lines: line_fingerprints(&file.text),
            })
            .collect(),
    }
}

/// What `kohyo lock` did to one revision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockChange {
    Unchanged,
    Added,
    /// An unpublished revision edited since it was last locked.
    Updated,
    /// An unpublished revision whose folder is gone.
    Dropped,
}

impl LockChange {
    /// The word `kohyo lock` prints for it.
    pub fn word(self) -> &'static str {
        match self {
            LockChange::Unchanged => "unchanged",
            LockChange::Added => "added",
            LockChange::Updated => "updated",
            LockChange::Dropped => "dropped",
        }
    }
}

/// The new lock and what changed in it, revision by revision.
#[derive(Debug)]
pub struct Relocked {
    pub lock: Lock,
    pub of: LockOf,
    pub changes: Vec<(Date, LockChange)>,
}

/// The lock `kohyo lock` writes: every revision as it is now, unless a
/// published one changed or disappeared, which it refuses with the same
/// reports as `check`. Every revision in `revisions` must be dated and
/// readable (the content passed `check` apart from the lock).
pub(crate) fn relock(
    of: LockOf,
    lock_text: Option<&str>,
    revisions: &[OnDisk<'_>],
    today: Date,
) -> Result<Relocked, Vec<Diagnostic>> {
    let lock = match lock_text {
        Some(text) => Lock::parse(text).map_err(|d| vec![*d])?,
        None => Lock::default(),
    };
    let findings = findings(&lock, revisions, today);
    let refusals: Vec<Diagnostic> = findings
        .iter()
        .filter(|finding| finding.comparison.is_refused())
        .flat_map(|finding| finding.diagnostics.iter().cloned())
        .collect();
    if !refusals.is_empty() {
        return Err(refusals);
    }
    let mut changes = Vec::new();
    let mut locked_revisions = Vec::new();
    for finding in findings {
        changes.push((
            finding.effective,
            match finding.comparison {
                LockComparison::Unchanged => LockChange::Unchanged,
                LockComparison::NotLocked { .. } => LockChange::Added,
                LockComparison::Removed { .. } => LockChange::Dropped,
                LockComparison::Changed { .. } | LockComparison::ChainDiffers => {
                    LockChange::Updated
                }
            },
        ));
        if let Some(revision) = finding.on_disk {
            locked_revisions.push(locked(revision));
        }
    }
    Ok(Relocked {
        lock: Lock {
            revisions: locked_revisions,
        },
        of,
        changes,
    })
}

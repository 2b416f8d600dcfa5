//! Each revision in the content folder against its entry in the lock: how
//! it compares, and what `check` says of that. Both `verify` and `relock`
//! start from this one comparison, so that they never disagree about what
//! changed.

use std::collections::BTreeSet;
use std::path::Path;

use jiff::civil::Date;

use super::OnDisk;
use super::differences::published_changes;
use super::format::{LOCK_HINT, Lock};
use crate::content::diagnostic::Diagnostic;
use crate::content::layout::{LOCK_FILE, REVISIONS_DIR};

/// How one revision compares with its entry in the lock. (Not how it
/// stands in time: that is `timeline::Standing`.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LockComparison {
    Unchanged,
    /// Not in the lock; `published` when its announcement day has passed.
    NotLocked {
        published: bool,
    },
    Changed {
        published: bool,
    },
    Removed {
        published: bool,
    },
    /// The files match but the chain does not: the lock was edited, or an
    /// earlier revision changed (which is reported there).
    ChainDiffers,
}

impl LockComparison {
    /// What `kohyo lock` refuses to write over: a published revision that
    /// is no longer what was published.
    pub(super) fn is_refused(self) -> bool {
        matches!(
            self,
            LockComparison::Changed { published: true }
                | LockComparison::Removed { published: true }
                | LockComparison::ChainDiffers
        )
    }
}

/// One revision compared with the lock, with what `check` says of it.
pub(super) struct Finding<'a> {
    pub(super) effective: Date,
    /// `None` when only the lock has it.
    pub(super) on_disk: Option<&'a OnDisk<'a>>,
    pub(super) comparison: LockComparison,
    pub(super) diagnostics: Vec<Diagnostic>,
}

/// Compares every revision with the lock, oldest first. `today` is the day
/// in Japan. A revision is held to the lock once its announcement day has
/// passed: on the day itself a last correction can still go out with it.
pub(super) fn findings<'a>(
    lock: &Lock,
    on_disk: &'a [OnDisk<'a>],
    today: Date,
) -> Vec<Finding<'a>> {
    let present: BTreeSet<Date> = on_disk.iter().filter_map(|c| c.effective).collect();
    let removed = lock
        .revisions
        .iter()
        .filter(|locked| !present.contains(&locked.effective))
        .map(|locked| (locked.effective, None));
    let dated = on_disk.iter().filter_map(|c| Some((c.effective?, Some(c))));
    // Both sides, by effective date: what only the lock has, then the rest.
    let mut revisions: Vec<(Date, Option<&OnDisk<'_>>)> = removed.chain(dated).collect();
    revisions.sort_by_key(|(effective, _)| *effective);

    let mut earlier_changed = false;
    let mut findings = Vec::new();
    for (effective, revision) in revisions {
        let locked = lock.find(effective);
        // A published revision cannot escape the lock by moving its
        // announcement: the recorded day counts.
        let Some(announced) = locked
            .map(|l| l.announced)
            .or(revision.and_then(|r| r.announced))
        else {
            continue;
        };
        let published = announced < today;
        let comparison = match (locked, revision) {
            (Some(locked), Some(revision)) if locked.digest == revision.seal.digest => {
                LockComparison::Unchanged
            }
            (Some(locked), Some(revision)) => {
                let files_same = locked.files.len() == revision.seal.files.len()
                    && locked
                        .files
                        .iter()
                        .zip(&revision.seal.files)
                        .all(|(l, c)| l.name == c.name && l.sha256 == c.sha256);
                if files_same && published {
                    LockComparison::ChainDiffers
                } else {
                    LockComparison::Changed { published }
                }
            }
            (Some(_), None) => LockComparison::Removed { published },
            (None, _) => LockComparison::NotLocked { published },
        };
        let dir = Path::new(REVISIONS_DIR).join(effective.to_string());
        let diagnostics = match comparison {
            LockComparison::Unchanged => vec![],
            LockComparison::NotLocked { published: true } => vec![
                Diagnostic::error(&dir, format!("the revision of {effective} was announced on {announced} but is not in revisions.lock"))
                    .hint("check that it reads as it was announced, then run kohyo lock and keep revisions.lock with the content"),
            ],
            LockComparison::NotLocked { published: false } => vec![
                Diagnostic::warning(&dir, format!("the revision of {effective} is not in revisions.lock yet"))
                    .hint(format!("when it is final, and before its announcement on {announced}, run kohyo lock and keep revisions.lock with the content")),
            ],
            LockComparison::Changed { published: false } => vec![
                Diagnostic::warning(&dir, format!("the revision of {effective} has changed since it was locked"))
                    .hint(format!("when it is final, and before its announcement on {announced}, run kohyo lock again")),
            ],
            LockComparison::Changed { published: true } => published_changes(
                locked.expect("a changed revision is locked"),
                revision.expect("a changed revision is present"),
            ),
            LockComparison::Removed { published: true } => vec![
                Diagnostic::error(&dir, format!("the revision of {effective}, published on {announced}, has been removed"))
                    .hint(format!("a published revision stays in the archive for good: restore the folder revisions/{effective}/ as it was")),
            ],
            LockComparison::Removed { published: false } => vec![
                Diagnostic::warning(&dir, format!("the revision of {effective} is in revisions.lock, but its folder is gone"))
                    .hint("if it was withdrawn on purpose, run kohyo lock to take it out of the lock"),
            ],
            LockComparison::ChainDiffers if earlier_changed => vec![],
            LockComparison::ChainDiffers => vec![
                Diagnostic::error(LOCK_FILE, format!("the digest recorded for the revision of {effective} does not match its files and the revisions before it"))
                    .hint(LOCK_HINT),
            ],
        };
        earlier_changed |= comparison.is_refused();
        findings.push(Finding {
            effective,
            on_disk: revision,
            comparison,
            diagnostics,
        });
    }
    findings
}

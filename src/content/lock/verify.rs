//! What `check` says of the record: the comparison's reports, whether
//! publishing must refuse the record, and which revisions are published.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::OnDisk;
use super::compare::findings;
use super::format::Lock;
use crate::content::diagnostic::Diagnostic;
use crate::content::layout::LOCK_FILE;

/// What `check` says about the revisions and the lock.
#[derive(Debug, Default)]
pub(crate) struct Verified {
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// A published revision changed or went, or the lock does not match
    /// the chain or cannot be read: what publishing refuses.
    pub(crate) altered: bool,
}

/// Compares the revisions with the lock. `lock_text` is the content of
/// `revisions.lock`, if there is one.
pub(crate) fn verify(lock_text: Option<&str>, revisions: &[OnDisk<'_>], today: Date) -> Verified {
    let Some(lock_text) = lock_text else {
        if revisions.is_empty() {
            return Verified::default();
        }
        return Verified {
            diagnostics: vec![
                Diagnostic::warning(LOCK_FILE, "there is no revisions.lock, so nothing guards the published revisions against later changes")
                    .hint("run kohyo lock to record the digests of the revisions, and keep revisions.lock with the content"),
            ],
            altered: false,
        };
    };
    match Lock::parse(lock_text) {
        Ok(lock) => {
            let findings = findings(&lock, revisions, today);
            Verified {
                altered: findings.iter().any(|f| f.comparison.is_refused()),
                diagnostics: findings
                    .into_iter()
                    .flat_map(|finding| finding.diagnostics)
                    .collect(),
            }
        }
        Err(diagnostic) => Verified {
            diagnostics: vec![*diagnostic],
            altered: true,
        },
    }
}

/// The revisions published by `today` (announced before it), by folder
/// name, with the day they were announced. The day recorded in the lock
/// counts over the one in `revision.toml`, as for the lock's own checks.
pub(crate) fn published_on(
    lock_text: Option<&str>,
    revisions: &[OnDisk<'_>],
    today: Date,
) -> BTreeMap<String, Date> {
    announced_days(lock_text, revisions)
        .into_iter()
        .filter(|(_, announced)| *announced < today)
        .collect()
}

/// The day each revision was or will be announced, by folder name: the
/// lock's record where it has one, else `revision.toml`'s.
pub(crate) fn announced_days(
    lock_text: Option<&str>,
    revisions: &[OnDisk<'_>],
) -> BTreeMap<String, Date> {
    let lock = lock_text.and_then(|text| Lock::parse(text).ok());
    revisions
        .iter()
        .filter_map(|revision| {
            let recorded = revision
                .effective
                .and_then(|effective| lock.as_ref()?.find(effective))
                .map(|locked| locked.announced);
            let announced = recorded.or(revision.announced)?;
            Some((revision.source.folder.clone(), announced))
        })
        .collect()
}

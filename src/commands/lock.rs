//! `kohyo lock`: writes `revisions.lock`, the notice's and each other
//! document's, and says what changed in each.

use std::path::Path;

use anyhow::{Context, Result, bail};

use super::{plural, print_report, say};
use crate::cli::LockArgs;
use crate::content::layout::LOCK_FILE;
use crate::content::lock::{LockChange, Relocked};
use crate::{content, japan_time};

/// `kohyo lock`: records every revision's digest in its document's
/// `revisions.lock`, refusing to take in a change to a revision already
/// published. Nothing is written unless every lock can be.
pub fn lock(args: &LockArgs) -> Result<()> {
    let dir = &args.content.content;
    let relocked = match content::relock(dir, japan_time::today()) {
        Ok(relocked) => relocked,
        Err(report) => {
            print_report(dir, &report);
            bail!(
                "{} was not written: fix the errors above first; a revision already published is never locked again as changed",
                dir.join(LOCK_FILE).display()
            );
        }
    };
    for (lock_file, relocked) in relocked {
        write_lock(&dir.join(lock_file), relocked)?;
    }
    Ok(())
}

/// Writes one lock unless it is unchanged, and says what changed in it.
fn write_lock(path: &Path, Relocked { lock, of, changes }: Relocked) -> Result<()> {
    let count = |kind: LockChange| changes.iter().filter(|(_, c)| *c == kind).count();
    let unchanged = count(LockChange::Unchanged);
    if unchanged == changes.len() && path.exists() {
        say(format_args!(
            "{} is up to date: {} revision{}, none changed\n",
            path.display(),
            unchanged,
            plural(unchanged)
        ));
        return Ok(());
    }
    std::fs::write(path, lock.to_toml(of))
        .with_context(|| format!("cannot write {}", path.display()))?;
    let tally: Vec<String> = [
        LockChange::Added,
        LockChange::Updated,
        LockChange::Dropped,
        LockChange::Unchanged,
    ]
    .into_iter()
    .filter(|kind| count(*kind) > 0)
    .map(|kind| format!("{} {}", count(kind), kind.word()))
    .collect();
    let mut shown = format!(
        "wrote {}: {} revision{} ({})\n",
        path.display(),
        lock.revisions.len(),
        plural(lock.revisions.len()),
        tally.join(", ")
    );
    for (effective, change) in &changes {
        let word = change.word();
        let line = match lock.revisions.iter().find(|r| r.effective == *effective) {
            Some(locked) => format!("  {effective}  {word:<9}  {}\n", locked.digest),
            None => format!("  {effective}  {word}\n"),
        };
        shown.push_str(&line);
    }
    shown.push_str(&format!(
        "keep {LOCK_FILE} with the content: commit it or copy it along with the revisions\n"
    ));
    say(shown);
    Ok(())
}

//! Tamper evidence for the public record. Each revision is sealed
//! (`seal`); `kohyo lock` records the digests, and one fingerprint per
//! line, in `revisions.lock` (`format`, `fingerprint`); `check` compares
//! the revisions with it (`compare`) and refuses a revision that changed
//! after its announcement, pointing at the lines that differ
//! (`differences`, `verify`). The lock never takes in a change to a
//! published revision (`relock`).
//!
//! Layers, each using only those below: `fingerprint` and `format`;
//! `compare` and `differences` (which need each other's types only);
//! `verify` and `relock`.

mod compare;
mod differences;
mod fingerprint;
mod format;
mod relock;
mod verify;

pub(crate) use format::LockOf;
pub(crate) use relock::relock;
pub(crate) use relock::{LockChange, Relocked};
pub(crate) use verify::{announced_days, published_on, verify};

use jiff::civil::Date;

use super::seal::Seal;
use super::source::RevisionSource;

/// A revision as it is now in the content folder, which the lock may
/// or may not have recorded.
pub(crate) struct OnDisk<'a> {
    pub(crate) source: &'a RevisionSource,
    pub(crate) seal: &'a Seal,
    /// `None` when its folder name is not a date.
    pub(crate) effective: Option<Date>,
    /// From its revision.toml; `None` when that could not be read.
    pub(crate) announced: Option<Date>,
}

#[cfg(test)]
mod tests;

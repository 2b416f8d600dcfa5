//! Tamper evidence for the public record. Each revision is sealed
//! (`seal`); `kohyo lock` records the digests, and one fingerprint per
//! line, in `revisions.lock`; `check` compares the revisions with it and
//! refuses a revision that changed after its announcement, pointing at the
//! lines that differ. The lock never takes in a change to a published
//! revision.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use jiff::civil::Date;
use serde::Deserialize;
use sha2::{Digest as _, Sha256};
use similar::{Algorithm, DiffOp};
use toml::Spanned;
use toml::value::Datetime;

use super::diagnostic::Diagnostic;
use super::files::{parse_toml, toml_string};
use super::layout::{LOCK_FILE, REVISIONS_DIR};
use super::seal::{Digest, Seal, SealedFile};
use super::source::RevisionSource;
const LOCK_VERSION: u32 = 1;
/// A published file with many changed places gets this many line reports,
/// then a count: the first few are enough to see what happened.
const CHANGES_SHOWN_PER_FILE: usize = 5;

/// A short fingerprint of each line (line ending included), enough to find
/// which lines of a file changed; the file's SHA-256 is what proves it.
pub fn line_fingerprints(text: &str) -> Vec<u32> {
    text.split_inclusive('\n')
        .map(|line| {
            let hash = Sha256::digest(line.as_bytes());
            u32::from_be_bytes([hash[0], hash[1], hash[2], hash[3]])
        })
        .collect()
}

/// `revisions.lock`: what `kohyo lock` recorded, oldest revision first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lock {
    pub revisions: Vec<LockedRevision>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockedRevision {
    /// The folder name, the revision's effective date.
    pub effective: Date,
    /// When it was (or will be) announced: after this day it may not change.
    pub announced: Date,
    pub digest: Digest,
    pub files: Vec<LockedFile>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockedFile {
    pub name: String,
    pub sha256: Digest,
    pub lines: Vec<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LockSource {
    version: Spanned<u32>,
    #[serde(default, rename = "revision")]
    revisions: Vec<LockRevisionSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LockRevisionSource {
    effective: Spanned<Datetime>,
    announced: Spanned<Datetime>,
    digest: Spanned<String>,
    #[serde(default, rename = "file")]
    files: Vec<LockFileSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LockFileSource {
    name: Spanned<String>,
    sha256: Spanned<String>,
    lines: Spanned<String>,
}

const LOCK_HINT: &str = "revisions.lock is written by kohyo lock and is not edited by hand: restore it from version control or a backup";

impl Lock {
    /// Reads the lock file's text; a damaged lock is an error with a place.
    pub fn parse(text: &str) -> Result<Lock, Box<Diagnostic>> {
        let file = Path::new(LOCK_FILE);
        let source: LockSource =
            parse_toml(file, text, 0..text.len()).map_err(|d| Box::new(d.hint(LOCK_HINT)))?;
        let invalid = |span: std::ops::Range<usize>, message: String| {
            Box::new(
                Diagnostic::error(file, message)
                    .at_span(text, span)
                    .hint(LOCK_HINT),
            )
        };
        if *source.version.get_ref() != LOCK_VERSION {
            return Err(invalid(
                source.version.span(),
                format!(
                    "this revisions.lock has version {}, but this kohyo reads version {LOCK_VERSION}",
                    source.version.get_ref()
                ),
            ));
        }
        let date = |raw: &Spanned<Datetime>| {
            let value = raw.get_ref();
            match (value.date, value.time, value.offset) {
                (Some(d), None, None) => Date::new(d.year as i16, d.month as i8, d.day as i8).ok(),
                _ => None,
            }
            .ok_or_else(|| invalid(raw.span(), format!("{value} is not a plain date")))
        };
        let digest = |raw: &Spanned<String>| {
            Digest::parse(raw.get_ref())
                .ok_or_else(|| invalid(raw.span(), "a digest is 64 hexadecimal digits".to_owned()))
        };
        let mut revisions = Vec::with_capacity(source.revisions.len());
        for revision in &source.revisions {
            let mut files = Vec::with_capacity(revision.files.len());
            for file in &revision.files {
                let lines = file
                    .lines
                    .get_ref()
                    .split_ascii_whitespace()
                    .map(|line| {
                        u32::from_str_radix(line, 16)
                            .ok()
                            .filter(|_| line.len() == 8)
                    })
                    .collect::<Option<Vec<u32>>>()
                    .ok_or_else(|| {
                        invalid(
                            file.lines.span(),
                            "line fingerprints are groups of 8 hexadecimal digits".to_owned(),
                        )
                    })?;
                files.push(LockedFile {
                    name: file.name.get_ref().clone(),
                    sha256: digest(&file.sha256)?,
                    lines,
                });
            }
            revisions.push(LockedRevision {
                effective: date(&revision.effective)?,
                announced: date(&revision.announced)?,
                digest: digest(&revision.digest)?,
                files,
            });
        }
        Ok(Lock { revisions })
    }

    /// The lock file's text: stable, so that re-locking unchanged content
    /// changes nothing in version control.
    pub fn to_toml(&self) -> String {
        let mut text = String::from(
            "# The digests of the notice's revisions, recorded by `kohyo lock`.\n\
             # `kohyo check` compares every revision with them: a revision that has\n\
             # been announced must stay exactly as it was published. Do not edit this\n\
             # file by hand; content/README.md explains it.\n",
        );
        writeln!(text, "version = {LOCK_VERSION}").expect("writing to a String");
        for revision in &self.revisions {
            write!(
                text,
                "\n[[revision]]\neffective = {}\nannounced = {}\ndigest = \"{}\"\n",
                revision.effective, revision.announced, revision.digest
            )
            .expect("writing to a String");
            for file in &revision.files {
                let lines: Vec<String> = file.lines.iter().map(|l| format!("{l:08x}")).collect();
                write!(
                    text,
                    "\n[[revision.file]]\nname = {}\nsha256 = \"{}\"\nlines = \"{}\"\n",
                    toml_string(&file.name),
                    file.sha256,
                    lines.join(" ")
                )
                .expect("writing to a String");
            }
        }
        text
    }

    fn find(&self, effective: Date) -> Option<&LockedRevision> {
        self.revisions.iter().find(|r| r.effective == effective)
    }
}

/// A revision as it is now in the content folder.
pub struct Current<'a> {
    pub source: &'a RevisionSource,
    pub seal: &'a Seal,
    /// `None` when its folder name is not a date.
    pub effective: Option<Date>,
    /// From its revision.toml; `None` when that could not be read.
    pub announced: Option<Date>,
}

impl Current<'_> {
    fn locked(&self) -> LockedRevision {
        LockedRevision {
            effective: self.effective.expect("only dated revisions are locked"),
            announced: self.announced.expect("only readable revisions are locked"),
            digest: self.seal.digest,
            files: self
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
}

/// How one revision stands against the lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Standing {
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

impl Standing {
    /// What `kohyo lock` refuses to write over: a published revision that
    /// is no longer what was published.
    fn is_refused(self) -> bool {
        matches!(
            self,
            Standing::Changed { published: true }
                | Standing::Removed { published: true }
                | Standing::ChainDiffers
        )
    }
}

/// One revision's standing against the lock, with what `check` says of it.
struct Finding<'a> {
    effective: Date,
    current: Option<&'a Current<'a>>,
    standing: Standing,
    diagnostics: Vec<Diagnostic>,
}

/// Compares every revision with the lock, oldest first. `today` is the day
/// in Japan. A revision is held to the lock once its announcement day has
/// passed: on the day itself a last correction can still go out with it.
fn findings<'a>(lock: &Lock, current: &'a [Current<'a>], today: Date) -> Vec<Finding<'a>> {
    let present: BTreeSet<Date> = current.iter().filter_map(|c| c.effective).collect();
    let removed = lock
        .revisions
        .iter()
        .filter(|locked| !present.contains(&locked.effective))
        .map(|locked| (locked.effective, None));
    let dated = current.iter().filter_map(|c| Some((c.effective?, Some(c))));
    let mut revisions: Vec<(Date, Option<&Current<'_>>)> = removed.chain(dated).collect();
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
        let standing = match (locked, revision) {
            (Some(locked), Some(revision)) if locked.digest == revision.seal.digest => {
                Standing::Unchanged
            }
            (Some(locked), Some(revision)) => {
                let files_same = locked.files.len() == revision.seal.files.len()
                    && locked
                        .files
                        .iter()
                        .zip(&revision.seal.files)
                        .all(|(l, c)| l.name == c.name && l.sha256 == c.sha256);
                if files_same && published {
                    Standing::ChainDiffers
                } else {
                    Standing::Changed { published }
                }
            }
            (Some(_), None) => Standing::Removed { published },
            (None, _) => Standing::NotLocked { published },
        };
        let dir = Path::new(REVISIONS_DIR).join(effective.to_string());
        let diagnostics = match standing {
            Standing::Unchanged => vec![],
            Standing::NotLocked { published: true } => vec![
                Diagnostic::error(&dir, format!("the revision of {effective} was announced on {announced} but is not in revisions.lock"))
                    .hint("check that it reads as it was announced, then run kohyo lock and keep revisions.lock with the content"),
            ],
            Standing::NotLocked { published: false } => vec![
                Diagnostic::warning(&dir, format!("the revision of {effective} is not in revisions.lock yet"))
                    .hint(format!("when it is final, and before its announcement on {announced}, run kohyo lock and keep revisions.lock with the content")),
            ],
            Standing::Changed { published: false } => vec![
                Diagnostic::warning(&dir, format!("the revision of {effective} has changed since it was locked"))
                    .hint(format!("when it is final, and before its announcement on {announced}, run kohyo lock again")),
            ],
            Standing::Changed { published: true } => published_changes(
                locked.expect("a changed revision is locked"),
                revision.expect("a changed revision is present"),
            ),
            Standing::Removed { published: true } => vec![
                Diagnostic::error(&dir, format!("the revision of {effective}, published on {announced}, has been removed"))
                    .hint(format!("a published revision stays in the archive for good: restore the folder revisions/{effective}/ as it was")),
            ],
            Standing::Removed { published: false } => vec![
                Diagnostic::warning(&dir, format!("the revision of {effective} is in revisions.lock, but its folder is gone"))
                    .hint("if it was withdrawn on purpose, run kohyo lock to take it out of the lock"),
            ],
            Standing::ChainDiffers if earlier_changed => vec![],
            Standing::ChainDiffers => vec![
                Diagnostic::error(LOCK_FILE, format!("the digest recorded for the revision of {effective} does not match its files and the revisions before it"))
                    .hint(LOCK_HINT),
            ],
        };
        earlier_changed |= standing.is_refused();
        findings.push(Finding {
            effective,
            current: revision,
            standing,
            diagnostics,
        });
    }
    findings
}

/// What `check` says about the revisions and the lock.
#[derive(Debug, Default)]
pub struct Verified {
    pub diagnostics: Vec<Diagnostic>,
    /// A published revision changed or went, or the lock does not match
    /// the chain or cannot be read: what publishing refuses.
    pub altered: bool,
}

/// Compares the revisions with the lock. `lock_text` is the content of
/// `revisions.lock`, if there is one.
pub fn verify(lock_text: Option<&str>, current: &[Current<'_>], today: Date) -> Verified {
    let Some(lock_text) = lock_text else {
        if current.is_empty() {
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
            let findings = findings(&lock, current, today);
            Verified {
                altered: findings.iter().any(|f| f.standing.is_refused()),
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
pub fn published_on(
    lock_text: Option<&str>,
    current: &[Current<'_>],
    today: Date,
) -> BTreeMap<String, Date> {
    let lock = lock_text.and_then(|text| Lock::parse(text).ok());
    current
        .iter()
        .filter_map(|revision| {
            let recorded = revision
                .effective
                .and_then(|effective| lock.as_ref()?.find(effective))
                .map(|locked| locked.announced);
            let announced = recorded.or(revision.announced)?;
            (announced < today).then(|| (revision.source.folder.clone(), announced))
        })
        .collect()
}

const RESTORE_HINT: &str = "a published revision must stay exactly as it was published: put the file back as it was (from version control or a backup); corrections go into a new revision (kohyo new-revision)";

/// Where a published revision's files differ from the lock, line by line.
fn published_changes(locked: &LockedRevision, current: &Current<'_>) -> Vec<Diagnostic> {
    let published = locked.announced;
    let mut diagnostics = Vec::new();
    let current_files: BTreeMap<&str, &SealedFile> = current
        .seal
        .files
        .iter()
        .map(|f| (f.name.as_str(), f))
        .collect();
    let locked_names: BTreeSet<&str> = locked.files.iter().map(|f| f.name.as_str()).collect();
    for file in &locked.files {
        let path = current.source.path(&file.name);
        match current_files.get(file.name.as_str()) {
            None => diagnostics.push(
                Diagnostic::error(
                    current.source.dir(),
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
    for file in &current.seal.files {
        if !locked_names.contains(file.name.as_str()) {
            diagnostics.push(
                Diagnostic::error(
                    current.source.path(&file.name),
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
    pub changes: Vec<(Date, LockChange)>,
}

/// The lock `kohyo lock` writes: every revision as it is now, unless a
/// published one changed or disappeared, which it refuses with the same
/// reports as `check`. Every revision in `current` must be dated and
/// readable (the content passed `check` apart from the lock).
pub fn relock(
    lock_text: Option<&str>,
    current: &[Current<'_>],
    today: Date,
) -> Result<Relocked, Vec<Diagnostic>> {
    let lock = match lock_text {
        Some(text) => Lock::parse(text).map_err(|d| vec![*d])?,
        None => Lock::default(),
    };
    let findings = findings(&lock, current, today);
    let refusals: Vec<Diagnostic> = findings
        .iter()
        .filter(|finding| finding.standing.is_refused())
        .flat_map(|finding| finding.diagnostics.iter().cloned())
        .collect();
    if !refusals.is_empty() {
        return Err(refusals);
    }
    let mut changes = Vec::new();
    let mut revisions = Vec::new();
    for finding in findings {
        changes.push((
            finding.effective,
            match finding.standing {
                Standing::Unchanged => LockChange::Unchanged,
                Standing::NotLocked { .. } => LockChange::Added,
                Standing::Removed { .. } => LockChange::Dropped,
                Standing::Changed { .. } | Standing::ChainDiffers => LockChange::Updated,
            },
        ));
        if let Some(revision) = finding.current {
            revisions.push(revision.locked());
        }
    }
    Ok(Relocked {
        lock: Lock { revisions },
        changes,
    })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use jiff::civil::date;

    use super::*;
    use crate::content::seal::{manifest, seal_chain};

    fn revision(folder: &str, files: &[(&str, &str)]) -> RevisionSource {
        RevisionSource {
            folder: folder.to_owned(),
            files: files
                .iter()
                .map(|(name, text)| (name.to_string(), text.to_string()))
                .collect::<BTreeMap<_, _>>(),
        }
    }

    fn two_revisions() -> Vec<RevisionSource> {
        vec![
            revision(
                "2022-04-01",
                &[
                    ("revision.toml", "effective = 2022-04-01\n"),
                    ("purposes.toml", "a\nb\nc\n"),
                    ("notes.txt", "not part of the revision"),
                ],
            ),
            revision(
                "2023-04-01",
                &[
                    ("revision.toml", "effective = 2023-04-01\n"),
                    ("purposes.toml", "a\nb\nc\nd\n"),
                    ("10-safety.ja.md", "本文\n"),
                ],
            ),
        ]
    }

    /// The revisions with their seals; announced a month before taking effect.
    fn current<'a>(sources: &'a [RevisionSource], seals: &'a [Seal]) -> Vec<Current<'a>> {
        sources
            .iter()
            .zip(seals)
            .map(|(source, seal)| {
                let effective: Date = source.folder.parse().unwrap();
                Current {
                    source,
                    seal,
                    effective: Some(effective),
                    announced: Some(effective.saturating_sub(jiff::Span::new().months(1))),
                }
            })
            .collect()
    }

    fn lock_of(sources: &[RevisionSource], today: Date) -> String {
        let seals = seal_chain(sources);
        relock(None, &current(sources, &seals), today)
            .unwrap()
            .lock
            .to_toml()
    }

    fn verify_on(sources: &[RevisionSource], lock: Option<&str>, today: Date) -> Vec<String> {
        let seals = seal_chain(sources);
        verify(lock, &current(sources, &seals), today)
            .diagnostics
            .iter()
            .map(|d| {
                let place = d
                    .position
                    .map_or(String::new(), |p| format!(":{}:{}", p.line, p.column));
                let severity = if d.is_error() { "error" } else { "warning" };
                format!("{}{place}: {severity}: {}", d.file.display(), d.message)
            })
            .collect()
    }

    #[test]
    fn the_digest_is_the_sha256_of_the_manifest_sha256sum_style() {
        let seals = seal_chain(&two_revisions());
        let first = &seals[0];
        assert_eq!(
            first
                .files
                .iter()
                .map(|f| f.name.as_str())
                .collect::<Vec<_>>(),
            ["purposes.toml", "revision.toml"],
            "only the revision's own files, in byte order"
        );
        let manifest = format!(
            "kohyo revision digest v1\nprevious none\n{}  purposes.toml\n{}  revision.toml\n",
            Digest::of(b"a\nb\nc\n"),
            Digest::of(b"effective = 2022-04-01\n"),
        );
        assert_eq!(first.digest, Digest::of(manifest.as_bytes()));
        assert_eq!(seals[1].previous, Some(first.digest));
        let second = manifest_of(&seals[1]);
        assert!(second.starts_with(&format!(
            "kohyo revision digest v1\nprevious {}\n",
            first.digest
        )));
        // A well-known value pins the hexadecimal form.
        assert_eq!(
            Digest::of(b"abc").to_string(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    fn manifest_of(seal: &Seal) -> String {
        manifest(
            seal.previous.as_ref(),
            seal.files.iter().map(|f| (f.name.as_str(), &f.sha256)),
        )
    }

    #[test]
    fn changing_a_revision_changes_every_digest_after_it() {
        let original = seal_chain(&two_revisions());
        let mut edited = two_revisions();
        edited[0]
            .files
            .insert("purposes.toml".into(), "a\nB\nc\n".into());
        let after_first = seal_chain(&edited);
        assert_ne!(original[0].digest, after_first[0].digest);
        assert_ne!(original[1].digest, after_first[1].digest);

        let mut edited = two_revisions();
        edited[1]
            .files
            .insert("purposes.toml".into(), "a\nb\nc\nD\n".into());
        let after_second = seal_chain(&edited);
        assert_eq!(original[0].digest, after_second[0].digest);
        assert_ne!(original[1].digest, after_second[1].digest);

        let mut ignored = two_revisions();
        ignored[0]
            .files
            .insert("notes.txt".into(), "changed".into());
        assert_eq!(
            seal_chain(&ignored),
            original,
            "files outside the revision do not count"
        );
    }

    #[test]
    fn digests_read_back_as_written() {
        let digest = Digest::of(b"x");
        assert_eq!(Digest::parse(&digest.to_string()), Some(digest));
        assert_eq!(
            Digest::parse(&digest.to_string().to_uppercase()),
            Some(digest)
        );
        for bad in ["", "00", &"g".repeat(64), &"0".repeat(63), &"é".repeat(32)] {
            assert_eq!(Digest::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_lock_reads_back_as_written() {
        let text = lock_of(&two_revisions(), date(2026, 1, 1));
        let lock = Lock::parse(&text).unwrap();
        assert_eq!(lock.to_toml(), text);
        assert_eq!(lock.revisions.len(), 2);
        assert_eq!(lock.revisions[1].files[0].name, "10-safety.ja.md");
        assert_eq!(
            lock.revisions[1].files[1].lines,
            line_fingerprints("a\nb\nc\nd\n")
        );
    }

    #[test]
    fn a_damaged_lock_is_an_error_at_its_place() {
        let text = lock_of(&two_revisions(), date(2026, 1, 1));
        let damaged = text.replacen("digest = \"", "digest = \"zz", 1);
        let found = verify_on(&two_revisions(), Some(&damaged), date(2026, 1, 1));
        assert_eq!(
            found,
            ["revisions.lock:10:10: error: a digest is 64 hexadecimal digits"]
        );
        let newer = text.replace("version = 1", "version = 2");
        assert_eq!(
            verify_on(&two_revisions(), Some(&newer), date(2026, 1, 1)),
            [
                "revisions.lock:5:11: error: this revisions.lock has version 2, but this kohyo reads version 1"
            ]
        );
    }

    #[test]
    fn unchanged_revisions_pass_and_no_lock_is_a_warning() {
        let today = date(2026, 1, 1);
        let lock = lock_of(&two_revisions(), today);
        assert!(verify_on(&two_revisions(), Some(&lock), today).is_empty());
        assert_eq!(
            verify_on(&two_revisions(), None, today),
            [
                "revisions.lock: warning: there is no revisions.lock, so nothing guards the published revisions against later changes"
            ]
        );
    }

    #[test]
    fn a_published_revision_that_changed_is_an_error_at_the_changed_lines() {
        let today = date(2026, 1, 1);
        let lock = lock_of(&two_revisions(), today);
        let mut edited = two_revisions();
        edited[0]
            .files
            .insert("purposes.toml".into(), "a\nB\nc\nnew\n".into());
        edited[1]
            .files
            .insert("purposes.toml".into(), "a\nd\n".into());
        edited[1].files.remove("10-safety.ja.md");
        edited[1]
            .files
            .insert("20-added.ja.md".into(), "x\n".into());
        assert_eq!(
            verify_on(&edited, Some(&lock), today),
            [
                "revisions/2022-04-01/purposes.toml:2:1: error: this line differs from the text published on 2022-03-01",
                "revisions/2022-04-01/purposes.toml:4:1: error: this line was added after publication on 2022-03-01",
                "revisions/2023-04-01: error: 10-safety.ja.md, published on 2023-03-01, was removed",
                "revisions/2023-04-01/purposes.toml:2:1: error: 2 lines published on 2023-03-01 were removed here",
                "revisions/2023-04-01/20-added.ja.md: error: this file was added to the revision after publication on 2023-03-01",
            ]
        );
    }

    #[test]
    fn many_changes_in_one_file_are_summed_up() {
        let today = date(2026, 1, 1);
        let long: String = (0..40).map(|i| format!("line {i}\n")).collect();
        let sources = [revision("2022-04-01", &[("purposes.toml", &long)])];
        let lock = lock_of(&sources, today);
        let edited: String = (0..40)
            .map(|i| {
                if i % 4 == 0 {
                    format!("LINE {i}\n")
                } else {
                    format!("line {i}\n")
                }
            })
            .collect();
        let found = verify_on(
            &[revision("2022-04-01", &[("purposes.toml", &edited)])],
            Some(&lock),
            today,
        );
        assert_eq!(found.len(), 6, "{found:#?}");
        assert_eq!(
            found[5],
            "revisions/2022-04-01/purposes.toml: error: and 5 more changed places in this file"
        );
    }

    #[test]
    fn an_unpublished_revision_may_change_until_the_day_after_its_announcement() {
        let lock = lock_of(&two_revisions(), date(2022, 1, 1));
        let mut edited = two_revisions();
        edited[1]
            .files
            .insert("purposes.toml".into(), "changed\n".into());
        // Announced 2023-03-01: still open on the day itself.
        assert_eq!(
            verify_on(&edited, Some(&lock), date(2023, 3, 1)),
            [
                "revisions/2023-04-01: warning: the revision of 2023-04-01 has changed since it was locked"
            ]
        );
        assert_eq!(
            verify_on(&edited, Some(&lock), date(2023, 3, 2)),
            [
                "revisions/2023-04-01/purposes.toml:1:1: error: this line differs from the text published on 2023-03-01"
            ]
        );
    }

    #[test]
    fn the_recorded_announcement_counts_not_the_edited_one() {
        let today = date(2026, 1, 1);
        let lock = lock_of(&two_revisions(), today);
        let mut edited = two_revisions();
        edited[0]
            .files
            .insert("purposes.toml".into(), "a\nb\nC\n".into());
        let seals = seal_chain(&edited);
        let mut current = current(&edited, &seals);
        current[0].announced = Some(date(2099, 1, 1));
        let found = verify(Some(&lock), &current, today);
        assert!(found.altered);
        let found = found.diagnostics;
        assert!(found.iter().all(Diagnostic::is_error), "{found:?}");
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn revisions_not_locked_or_removed() {
        let today = date(2023, 3, 15);
        let lock = lock_of(&two_revisions()[..1], today);
        assert_eq!(
            verify_on(&two_revisions(), Some(&lock), today),
            [
                "revisions/2023-04-01: error: the revision of 2023-04-01 was announced on 2023-03-01 but is not in revisions.lock"
            ]
        );
        assert_eq!(
            verify_on(&two_revisions(), Some(&lock), date(2023, 2, 1)),
            [
                "revisions/2023-04-01: warning: the revision of 2023-04-01 is not in revisions.lock yet"
            ]
        );
        let both = lock_of(&two_revisions(), today);
        assert_eq!(
            verify_on(&two_revisions()[..1], Some(&both), today),
            [
                "revisions/2023-04-01: error: the revision of 2023-04-01, published on 2023-03-01, has been removed"
            ]
        );
        assert_eq!(
            verify_on(&two_revisions()[..1], Some(&both), date(2023, 2, 1)),
            [
                "revisions/2023-04-01: warning: the revision of 2023-04-01 is in revisions.lock, but its folder is gone"
            ]
        );
    }

    #[test]
    fn an_edited_lock_is_caught_by_the_chain() {
        let today = date(2026, 1, 1);
        let lock = lock_of(&two_revisions(), today);
        let first = Lock::parse(&lock).unwrap().revisions[0].digest.to_string();
        let forged = lock.replace(&first, &Digest::of(b"forged").to_string());
        assert_eq!(
            verify_on(&two_revisions(), Some(&forged), today),
            [
                "revisions.lock: error: the digest recorded for the revision of 2022-04-01 does not match its files and the revisions before it"
            ]
        );
    }

    #[test]
    fn relocking_takes_in_new_and_unpublished_changes_but_never_published_ones() {
        let sources = two_revisions();
        let seals = seal_chain(&sources);
        let before = lock_of(&sources[..1], date(2022, 3, 15));
        let Relocked { lock, changes } =
            relock(Some(&before), &current(&sources, &seals), date(2023, 2, 1)).unwrap();
        assert_eq!(
            changes,
            [
                (date(2022, 4, 1), LockChange::Unchanged),
                (date(2023, 4, 1), LockChange::Added)
            ]
        );
        assert_eq!(lock.to_toml(), lock_of(&sources, date(2023, 2, 1)));

        let mut edited = two_revisions();
        edited[1]
            .files
            .insert("purposes.toml".into(), "changed\n".into());
        let edited_seals = seal_chain(&edited);
        let Relocked { changes, .. } = relock(
            Some(&lock.to_toml()),
            &current(&edited, &edited_seals),
            date(2023, 2, 1),
        )
        .unwrap();
        assert_eq!(changes[1], (date(2023, 4, 1), LockChange::Updated));
        let refused = relock(
            Some(&lock.to_toml()),
            &current(&edited, &edited_seals),
            date(2023, 3, 2),
        )
        .unwrap_err();
        assert_eq!(refused.len(), 1);
        assert!(
            refused[0]
                .message
                .contains("from the text published on 2023-03-01")
        );

        let Relocked { changes, .. } = relock(
            Some(&lock.to_toml()),
            &current(&sources[..1], &seals[..1]),
            date(2023, 2, 1),
        )
        .unwrap();
        assert_eq!(changes[1], (date(2023, 4, 1), LockChange::Dropped));
    }
}

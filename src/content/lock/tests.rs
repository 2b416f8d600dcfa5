//! The lock against revisions made in memory: what `check` says and what
//! `kohyo lock` writes, for every way a revision can differ from its entry.

use jiff::civil::{Date, date};

use super::OnDisk;
use super::fingerprint::line_fingerprints;
use super::format::Lock;
use super::*;
use crate::content::diagnostic::Diagnostic;
use crate::content::seal::seal_chain;
use crate::content::seal::tests::{revision, two_revisions};
use crate::content::seal::{Digest, Seal};
use crate::content::source::RevisionSource;

/// The revisions with their seals; announced a month before taking effect.
fn on_disk<'a>(sources: &'a [RevisionSource], seals: &'a [Seal]) -> Vec<OnDisk<'a>> {
    sources
        .iter()
        .zip(seals)
        .map(|(source, seal)| {
            let effective: Date = source.folder.parse().unwrap();
            OnDisk {
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
    relock(LockOf::Notice, None, &on_disk(sources, &seals), today)
        .unwrap()
        .lock
        .to_toml(LockOf::Notice)
}

fn verify_on(sources: &[RevisionSource], lock: Option<&str>, today: Date) -> Vec<String> {
    let seals = seal_chain(sources);
    verify(lock, &on_disk(sources, &seals), today)
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
fn the_lock_reads_back_as_written() {
    let text = lock_of(&two_revisions(), date(2026, 1, 1));
    let lock = Lock::parse(&text).unwrap();
    assert_eq!(lock.to_toml(LockOf::Notice), text);
    // A document's lock differs only in whose revisions its header names.
    let document = lock.to_toml(LockOf::Document);
    assert!(document.starts_with("# The digests of this document's revisions"));
    assert_eq!(Lock::parse(&document).unwrap(), lock);
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
    let mut revisions = on_disk(&edited, &seals);
    revisions[0].announced = Some(date(2099, 1, 1));
    let found = verify(Some(&lock), &revisions, today);
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
        ["revisions/2023-04-01: warning: the revision of 2023-04-01 is not in revisions.lock yet"]
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
    let Relocked { lock, changes, .. } = relock(
        LockOf::Notice,
        Some(&before),
        &on_disk(&sources, &seals),
        date(2023, 2, 1),
    )
    .unwrap();
    assert_eq!(
        changes,
        [
            (date(2022, 4, 1), LockChange::Unchanged),
            (date(2023, 4, 1), LockChange::Added)
        ]
    );
    assert_eq!(
        lock.to_toml(LockOf::Notice),
        lock_of(&sources, date(2023, 2, 1))
    );

    let mut edited = two_revisions();
    edited[1]
        .files
        .insert("purposes.toml".into(), "changed\n".into());
    let edited_seals = seal_chain(&edited);
    let Relocked { changes, .. } = relock(
        LockOf::Notice,
        Some(&lock.to_toml(LockOf::Notice)),
        &on_disk(&edited, &edited_seals),
        date(2023, 2, 1),
    )
    .unwrap();
    assert_eq!(changes[1], (date(2023, 4, 1), LockChange::Updated));
    let refused = relock(
        LockOf::Notice,
        Some(&lock.to_toml(LockOf::Notice)),
        &on_disk(&edited, &edited_seals),
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
        LockOf::Notice,
        Some(&lock.to_toml(LockOf::Notice)),
        &on_disk(&sources[..1], &seals[..1]),
        date(2023, 2, 1),
    )
    .unwrap();
    assert_eq!(changes[1], (date(2023, 4, 1), LockChange::Dropped));
}

//! `kohyo lock` and the checks it enables, with the real binary on copies
//! of a fixture: what lock writes and prints, that `check` refuses a
//! published revision changed by one byte (and lock will not take it in),
//! and how a new revision goes from "not locked yet" to locked.

use std::path::Path;

use crate::support::{Kohyo, copy_dir, edit, repo_path};
use snapbox::{IntoData, assert_data_eq, str};

const FIXTURE: &str = "tests/fixtures/history-prose-only";
const FIRST_DIGEST: &str = "25cf725a058c32e54e8d0e2be3837fa4ef676e8b81089c38b9654809b29c252d";
const SECOND_DIGEST: &str = "eee3408704201a0dda6fcb42ac5a045b0c32394db1213350e76a57653f069fc9";
const RESTORE_HINT: &str = "  = hint: a published revision must stay exactly as it was published: put the file back as it was (from version control or a backup); corrections go into a new revision (kohyo new-revision)\n";
/// The changed line of the one-byte tamper case, as `check` shows it.
const TAMPERED_LINE: &str = "error: this line differs from the text published on 2024-11-01
 --> content/revisions/2024-12-02/10-safety-measures.en.md:6:1
  |
6 | We have defined which staff handle personal data!
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
";

/// A copy of the fixture as `content/` in a fresh folder.
fn copy_of_fixture() -> tempfile::TempDir {
    let work = tempfile::tempdir().unwrap();
    copy_dir(&repo_path(FIXTURE), &work.path().join("content"));
    work
}

fn kohyo(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let mut args = args.to_vec();
    args.extend(["--content", "content"]);
    Kohyo::new(&args).current_dir(dir).run()
}

#[test]
fn lock_records_every_revision_once() {
    let work = copy_of_fixture();
    let lock = work.path().join("content/revisions.lock");
    std::fs::remove_file(&lock).unwrap();

    let (code, out, err) = kohyo(work.path(), &["check"]);
    assert_eq!(code, 0, "{err}");
    assert_data_eq!(
        &err,
        str![[r#"
warning: there is no revisions.lock, so nothing guards the published revisions against later changes
 --> content/revisions.lock
  = hint: run kohyo lock to record the digests of the revisions, and keep revisions.lock with the content

0 errors, 1 warning
content: 2 revisions, ready to publish

"#]].raw()
    );
    assert!(out.is_empty());

    let (code, out, err) = kohyo(work.path(), &["lock"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        format!(
            "wrote content/revisions.lock: 2 revisions (2 added)
  2024-12-02  added      {FIRST_DIGEST}
  2025-04-01  added      {SECOND_DIGEST}
keep revisions.lock with the content: commit it or copy it along with the revisions
"
        )
    );
    assert_eq!(
        std::fs::read(&lock).unwrap(),
        std::fs::read(repo_path(FIXTURE).join("revisions.lock")).unwrap(),
        "the same content always gives the same lock, byte for byte"
    );

    let (code, out, _) = kohyo(work.path(), &["lock"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "content/revisions.lock is up to date: 2 revisions, none changed\n"
    );
    let (code, _, err) = kohyo(work.path(), &["check"]);
    assert_eq!(code, 0);
    assert_eq!(
        err,
        "0 errors, 0 warnings\ncontent: 2 revisions, ready to publish\n"
    );
}

#[test]
fn one_byte_changed_in_a_published_revision_is_refused() {
    let work = copy_of_fixture();
    let lock = work.path().join("content/revisions.lock");
    let locked = std::fs::read(&lock).unwrap();
    edit(
        &work
            .path()
            .join("content/revisions/2024-12-02/10-safety-measures.en.md"),
        "personal data.",
        "personal data!",
    );

    let (code, _, err) = kohyo(work.path(), &["check"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!("{TAMPERED_LINE}{RESTORE_HINT}\n1 error, 0 warnings\n")
    );

    let (code, out, err) = kohyo(work.path(), &["lock"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert_eq!(
        err,
        format!(
            "{TAMPERED_LINE}{RESTORE_HINT}
1 error, 0 warnings
error: content/revisions.lock was not written: fix the errors above first; a revision already published is never locked again as changed
"
        )
    );
    assert_eq!(
        std::fs::read(&lock).unwrap(),
        locked,
        "the lock is untouched"
    );

    // The site is not served from it either.
    let (code, _, err) = Kohyo::new([
        "export",
        "--content",
        "content",
        "--out",
        "site",
        "--base-url",
        "https://kenpo.example.jp/privacy/",
    ])
    .current_dir(work.path())
    .run();
    assert_eq!(code, 1, "{err}");
    assert!(err.contains(TAMPERED_LINE), "{err}");
}

#[test]
fn removed_files_and_revisions_of_the_record_are_refused() {
    let work = copy_of_fixture();
    let first = work.path().join("content/revisions/2024-12-02");
    std::fs::remove_file(first.join("20-requests.en.md")).unwrap();
    std::fs::write(
        first.join("30-extra.ja.md"),
        "+++\ntitle = \"追加\"\n+++\n\n本文\n",
    )
    .unwrap();
    std::fs::remove_dir_all(work.path().join("content/revisions/2025-04-01")).unwrap();
    let (code, _, err) = kohyo(work.path(), &["check"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "error: 20-requests.en.md, published on 2024-11-01, was removed
 --> content/revisions/2024-12-02
{RESTORE_HINT}
note: this section has no English translation
 --> content/revisions/2024-12-02/20-requests.ja.md:1:1
  = hint: the revision of 2024-12-02 was published on 2024-11-01 and can no longer change; in the next revision (kohyo new-revision): add 20-requests.en.md with the same front matter in English; until then the English page shows the Japanese text, marked as Japanese

error: this file was added to the revision after publication on 2024-11-01
 --> content/revisions/2024-12-02/30-extra.ja.md
{RESTORE_HINT}
note: this section has no English translation
 --> content/revisions/2024-12-02/30-extra.ja.md:1:1
  = hint: the revision of 2024-12-02 was published on 2024-11-01 and can no longer change; in the next revision (kohyo new-revision): add 30-extra.en.md with the same front matter in English; until then the English page shows the Japanese text, marked as Japanese

error: the revision of 2025-04-01, published on 2025-03-01, has been removed
 --> content/revisions/2025-04-01
  = hint: a published revision stays in the archive for good: restore the folder revisions/2025-04-01/ as it was

3 errors, 0 warnings, 2 notes
"
        )
    );
}

#[test]
fn a_new_revision_is_a_reminder_until_locked_and_may_change_until_announced() {
    let work = copy_of_fixture();
    let (code, _, err) = kohyo(
        work.path(),
        &[
            "new-revision",
            "--effective",
            "2099-04-01",
            "--announced",
            "2099-03-01",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let revision = work.path().join("content/revisions/2099-04-01");
    edit(
        &revision.join("revision.toml"),
        "【ここに改定の内容を書いてください】",
        "相談窓口の受付時間を改めました。",
    );
    edit(
        &revision.join("revision.toml"),
        "[Write here what this revision changes]",
        "We changed the desk's opening hours.",
    );

    let (code, _, err) = kohyo(work.path(), &["check"]);
    assert_eq!(code, 0, "{err}");
    assert_data_eq!(
        &err,
        str![[r#"
warning: the revision of 2099-04-01 is not in revisions.lock yet
 --> content/revisions/2099-04-01
  = hint: when it is final, and before its announcement on 2099-03-01, run kohyo lock and keep revisions.lock with the content

0 errors, 1 warning
content: 3 revisions, ready to publish

"#]].raw()
    );

    let (code, out, err) = kohyo(work.path(), &["lock"]);
    assert_eq!(code, 0, "{err}");
    let new_digest = locked_digest(work.path(), "2099-04-01");
    assert_eq!(
        out,
        format!(
            "wrote content/revisions.lock: 3 revisions (1 added, 2 unchanged)
  2024-12-02  unchanged  {FIRST_DIGEST}
  2025-04-01  unchanged  {SECOND_DIGEST}
  2099-04-01  added      {new_digest}
keep revisions.lock with the content: commit it or copy it along with the revisions
"
        )
    );

    // Not announced yet: it may still change, and is locked again.
    edit(&revision.join("10-safety-measures.ja.md"), "職員", "全職員");
    let (code, _, err) = kohyo(work.path(), &["check"]);
    assert_eq!(code, 0, "{err}");
    assert_data_eq!(
        &err,
        str![[r#"
warning: the revision of 2099-04-01 has changed since it was locked
 --> content/revisions/2099-04-01
  = hint: when it is final, and before its announcement on 2099-03-01, run kohyo lock again

0 errors, 1 warning
content: 3 revisions, ready to publish

"#]]
        .raw()
    );
    let (code, out, _) = kohyo(work.path(), &["lock"]);
    assert_eq!(code, 0);
    let updated = locked_digest(work.path(), "2099-04-01");
    assert_ne!(updated, new_digest);
    assert!(
        out.starts_with("wrote content/revisions.lock: 3 revisions (1 updated, 2 unchanged)\n"),
        "{out}"
    );
    assert!(
        out.contains(&format!("  2099-04-01  updated    {updated}\n")),
        "{out}"
    );

    // Withdrawn before its announcement: the lock lets it go.
    std::fs::remove_dir_all(&revision).unwrap();
    let (code, _, err) = kohyo(work.path(), &["check"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains(
            "warning: the revision of 2099-04-01 is in revisions.lock, but its folder is gone"
        ),
        "{err}"
    );
    let (code, out, _) = kohyo(work.path(), &["lock"]);
    assert_eq!(code, 0);
    assert!(out.contains("  2099-04-01  dropped\n"), "{out}");
    assert_eq!(
        std::fs::read(work.path().join("content/revisions.lock")).unwrap(),
        std::fs::read(repo_path(FIXTURE).join("revisions.lock")).unwrap(),
    );
}

/// The digest `revisions.lock` records for a revision.
fn locked_digest(dir: &Path, effective: &str) -> String {
    let text = std::fs::read_to_string(dir.join("content/revisions.lock")).unwrap();
    let entry = text
        .split("[[revision]]\n")
        .find(|entry| entry.starts_with(&format!("effective = {effective}\n")))
        .expect("the revision is locked");
    let digest = entry
        .lines()
        .find_map(|line| line.strip_prefix("digest = \""))
        .unwrap();
    digest.trim_end_matches('"').to_owned()
}

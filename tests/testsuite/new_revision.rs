//! `kohyo new-revision` on a copy of the shipped content: what it creates,
//! what it prints, what it refuses, and that `check` holds the revision
//! back until its change note is written.

use crate::support::{Kohyo, copy_dir, repo_path};
use snapbox::{IntoData, assert_data_eq, str};
use std::path::Path;

fn kohyo(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let mut args = args.to_vec();
    args.extend(["--content", "content"]);
    Kohyo::new(&args).current_dir(dir).run()
}

#[test]
fn a_new_revision_is_a_copy_waiting_for_its_change_note() {
    let work = tempfile::tempdir().unwrap();
    copy_dir(&repo_path("content"), &work.path().join("content"));

    let (code, out, err) = kohyo(
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
    assert_data_eq!(
        &out,
        str![[r#"
created content/revisions/2099-04-01/ as a copy of the revision of 2024-12-02 (7 files and a new revision.toml)

next:
1. edit the files in content/revisions/2099-04-01/: purposes.toml for the purposes of use, the .md files for the other sections
2. in content/revisions/2099-04-01/revision.toml, write the change note in Japanese and English, and set
   changes_purposes = true if the purposes of use change
3. kohyo diff --content content shows what members will see; kohyo check --content content must report no errors
4. kohyo serve --watch --as-of 2099-04-01 --content content previews the site on the day it takes effect
5. kohyo lock --content content records the final revision in revisions.lock, at the latest on 2099-03-01
6. publish: from 2099-03-01 the notice announces the revision, and on 2099-04-01 it takes effect

"#]].raw()
    );
    let new = work.path().join("content/revisions/2099-04-01");
    let old = work.path().join("content/revisions/2024-12-02");
    for file in [
        "purposes.toml",
        "10-safety-measures.ja.md",
        "30-complaints.en.md",
    ] {
        assert_eq!(
            std::fs::read(new.join(file)).unwrap(),
            std::fs::read(old.join(file)).unwrap(),
            "{file} is copied"
        );
    }
    let meta = std::fs::read_to_string(new.join("revision.toml")).unwrap();
    assert!(
        meta.starts_with("effective = 2099-04-01\nannounced = 2099-03-01\n"),
        "{meta}"
    );
    assert!(meta.contains("\nchanges_purposes = false\n"));
    // revision.toml is published as it is: nothing in it but the revision.
    assert!(!meta.contains('#'), "{meta}");

    let (code, _, err) = kohyo(work.path(), &["check"]);
    assert_eq!(code, 1);
    assert_data_eq!(
        &err,
        str![[r#"
error: the change note is still to be written
 --> content/revisions/2099-04-01/revision.toml:5:15
  |
5 | note = { ja = "【ここに改定の内容を書いてください】", en = "[Write here what this revision changes]" }
  |               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: replace 【ここに改定の内容を書いてください】 with what this revision changes and why, in words members understand; it is shown in the history, on the changes page and in the feeds

error: the change note is still to be written
 --> content/revisions/2099-04-01/revision.toml:5:42
  |
5 | note = { ja = "【ここに改定の内容を書いてください】", en = "[Write here what this revision changes]" }
  |                                                            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: replace [Write here what this revision changes] with what this revision changes and why, in words members understand; it is shown in the history, on the changes page and in the feeds

2 errors, 0 warnings

"#]].raw()
    );

    std::fs::write(
        new.join("revision.toml"),
        meta.replace(
            "【ここに改定の内容を書いてください】",
            "連絡先の表記を改めました。",
        )
        .replace(
            "[Write here what this revision changes]",
            "We reworded the contact details.",
        ),
    )
    .unwrap();
    // Sound, and reminded to lock before the announcement.
    let (code, _, err) = kohyo(work.path(), &["check"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("the revision of 2099-04-01 is not in revisions.lock yet"),
        "{err}"
    );
    assert!(
        err.ends_with("0 errors, 1 warning\ncontent: 4 revisions of the notice and 6 of 3 other documents, ready to publish\n"),
        "{err}"
    );
    let (code, out, err) = kohyo(work.path(), &["lock"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("wrote content/revisions.lock: 4 revisions (1 added, 3 unchanged)\n"),
        "{out}"
    );
    let (code, _, err) = kohyo(work.path(), &["check"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        "0 errors, 0 warnings\ncontent: 4 revisions of the notice and 6 of 3 other documents, ready to publish\n"
    );
}

#[test]
fn it_refuses_to_overwrite_or_to_go_back_in_time() {
    let work = tempfile::tempdir().unwrap();
    copy_dir(&repo_path("content"), &work.path().join("content"));
    for (args, message) in [
        (
            vec!["new-revision", "--effective", "2024-12-02"],
            "error: content/revisions/2024-12-02 already exists; kohyo never overwrites a revision\n",
        ),
        (
            vec![
                "new-revision",
                "--effective",
                "2024-06-01",
                "--announced",
                "2024-05-01",
            ],
            "error: the latest revision takes effect on 2024-12-02; a new one must take effect after it (history is not rewritten)\n",
        ),
        (
            vec![
                "new-revision",
                "--effective",
                "2025-04-01",
                "--announced",
                "2025-05-01",
            ],
            "error: announced 2025-05-01 is after effective 2025-04-01; give --announced with the date the change is announced\n",
        ),
        (
            vec![
                "new-revision",
                "--effective",
                "2025-04-01",
                "--announced",
                "2024-10-01",
            ],
            "error: announced 2024-10-01 is before the latest revision's announcement (2024-11-01); revisions are announced in order\n",
        ),
    ] {
        let (code, out, err) = kohyo(work.path(), &args);
        assert_eq!(code, 1, "{args:?}");
        assert!(out.is_empty());
        assert_eq!(err, message);
    }
    assert_eq!(
        std::fs::read_dir(work.path().join("content/revisions"))
            .unwrap()
            .count(),
        3,
        "nothing was created"
    );
}

#[test]
fn a_documents_new_revision_is_a_copy_of_its_latest() {
    let work = tempfile::tempdir().unwrap();
    copy_dir(&repo_path("content"), &work.path().join("content"));
    let (code, out, err) = kohyo(
        work.path(),
        &[
            "new-revision",
            "--document",
            "privacy-policy",
            "--effective",
            "2099-04-01",
            "--announced",
            "2099-03-01",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let documents = work
        .path()
        .join("content/documents/privacy-policy/revisions");
    let latest = std::fs::read_dir(&documents)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .filter(|name| name != "2099-04-01")
        .max()
        .unwrap();
    let files = std::fs::read_dir(documents.join(&latest)).unwrap().count() - 1;
    assert_eq!(
        out,
        format!(
            "created content/documents/privacy-policy/revisions/2099-04-01/ as a copy of the revision of {latest} ({files} files and a new revision.toml)

next:
1. edit the files in content/documents/privacy-policy/revisions/2099-04-01/: the .md files are the document's sections
2. in content/documents/privacy-policy/revisions/2099-04-01/revision.toml, write the change note in Japanese and English
3. kohyo check --content content must report no errors
4. kohyo serve --watch --as-of 2099-04-01 --content content previews the site on the day it takes effect
5. kohyo lock --content content records the final revision in content/documents/privacy-policy/revisions.lock, at the latest on 2099-03-01
6. publish: from 2099-03-01 the document announces the revision, and on 2099-04-01 it takes effect
"
        )
    );
    let new = documents.join("2099-04-01");
    for entry in std::fs::read_dir(documents.join(&latest)).unwrap() {
        let name = entry.unwrap().file_name();
        if name != "revision.toml" {
            assert_eq!(
                std::fs::read(new.join(&name)).unwrap(),
                std::fs::read(documents.join(&latest).join(&name)).unwrap(),
                "{name:?} is copied"
            );
        }
    }
    // A document has no purposes table to declare changes of.
    let meta = std::fs::read_to_string(new.join("revision.toml")).unwrap();
    assert!(
        meta.starts_with("effective = 2099-04-01\nannounced = 2099-03-01\ntitle = { ja = "),
        "{meta}"
    );
    assert!(!meta.contains("changes_purposes"), "{meta}");

    // Held back until its change note is written, at the document's path.
    let (code, _, err) = kohyo(work.path(), &["check"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(
            "error: the change note is still to be written\n --> content/documents/privacy-policy/revisions/2099-04-01/revision.toml:4:15\n"
        ),
        "{err}"
    );
}

#[test]
fn it_refuses_an_unknown_document_and_a_late_announcement_but_a_joint_uses() {
    let work = tempfile::tempdir().unwrap();
    copy_dir(&repo_path("content"), &work.path().join("content"));
    let (code, out, err) = kohyo(
        work.path(),
        &[
            "new-revision",
            "--document",
            "faq",
            "--effective",
            "2099-04-01",
        ],
    );
    assert_eq!((code, out.as_str()), (1, ""));
    assert_eq!(
        err,
        "error: content has no document \"faq\"; its documents are privacy-policy, joint-use, anonymised\n"
    );
    let late = ["--effective", "2099-04-01", "--announced", "2099-04-08"];
    let (code, _, err) = kohyo(
        work.path(),
        &[&["new-revision", "--document", "privacy-policy"][..], &late].concat(),
    );
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "error: announced 2099-04-08 is after effective 2099-04-01; give --announced with the date the change is announced\n"
    );
    // A joint use's responsible person may change before the union learns
    // of it (APPI Art. 27(6): 遅滞なく); check tells that from the rest.
    let (code, out, err) = kohyo(
        work.path(),
        &[&["new-revision", "--document", "joint-use"][..], &late].concat(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.ends_with("6. publish on 2099-04-08: from then the document shows the revision, in effect since 2099-04-01\n"),
        "{out}"
    );
}

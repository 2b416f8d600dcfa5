//! The staff guide's walkthroughs, replayed: every command of
//! `content/README.md`'s "A purpose change from start to finish", "Bringing
//! your existing notice and its past versions" and "The joint use's
//! representative changed" runs on a copy of the shipped content with the
//! same edits, and what it prints must appear in the guide exactly, so the
//! guide never drifts from kohyo.

use std::path::Path;

use crate::support::{Kohyo, copy_dir, edit, repo_path};

/// The day the checks are run as: before the announcement of the guide's
/// revision (2027-03-01), so the replay prints what the guide shows
/// whatever the real date.
const BEFORE_ANNOUNCEMENT: &str = "2026-12-01";

fn guide() -> String {
    std::fs::read_to_string(repo_path("content/README.md")).unwrap()
}

#[track_caller]
fn shown_in_guide(guide: &str, output: &str) {
    let block = format!("```\n{output}```\n");
    assert!(
        guide.contains(&block),
        "content/README.md does not show this output as printed:\n{output}"
    );
}

/// The guide's step of every purpose change: `changes_purposes = true`
/// and the change note as the guide shows it.
fn declare_purpose_change(revision: &Path, note_line: &str) {
    let meta = revision.join("revision.toml");
    let text: String = std::fs::read_to_string(&meta)
        .unwrap()
        .lines()
        .map(|line| match line {
            "changes_purposes = false" => "changes_purposes = true".to_owned(),
            line if line.starts_with("note = ") => note_line.to_owned(),
            line => line.to_owned(),
        })
        .map(|line| line + "\n")
        .collect();
    std::fs::write(&meta, text).unwrap();
}

fn check(dir: &Path) -> (i32, String) {
    let (code, _, err) = Kohyo::new(["check", "--as-of", BEFORE_ANNOUNCEMENT])
        .current_dir(dir)
        .run();
    (code, err)
}

#[test]
fn the_purpose_change_walkthrough_prints_what_the_guide_shows() {
    let guide = guide();
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    copy_dir(&repo_path("content"), &dir.join("content"));

    let (code, out, err) = Kohyo::new([
        "new-revision",
        "--effective",
        "2027-04-01",
        "--announced",
        "2027-03-01",
    ])
    .current_dir(dir)
    .run();
    assert_eq!(code, 0, "{err}");
    shown_in_guide(&guide, &out);

    let revision = dir.join("content/revisions/2027-04-01");
    let added = "  { ja = \"保健事業の効果の分析\", en = \"Analysing the effects of the health programmes\" },\n";
    assert!(guide.contains(added));
    edit(
        &revision.join("purposes.toml"),
        "  { ja = \"補助金の審査・支払\", en = \"Reviewing and paying subsidies\" },\n",
        &format!(
            "  {{ ja = \"補助金の審査・支払\", en = \"Reviewing and paying subsidies\" }},\n{added}"
        ),
    );
    let (code, err) = check(dir);
    assert_eq!(code, 1);
    shown_in_guide(&guide, &err);

    // The guide's step 4, taken from the guide itself.
    let note_line = guide
        .lines()
        .find(|line| line.starts_with("note = { ja = \"保健事業の効果を検証するため"))
        .expect("the guide shows the change note");
    declare_purpose_change(&revision, note_line);
    let (code, err) = check(dir);
    assert_eq!(code, 0, "{err}");
    shown_in_guide(&guide, &err);

    let (code, out, _) = Kohyo::new(["diff"]).current_dir(dir).run();
    assert_eq!(code, 0);
    shown_in_guide(&guide, &out);

    let (code, out, err) = Kohyo::new(["lock"]).current_dir(dir).run();
    assert_eq!(code, 0, "{err}");
    shown_in_guide(&guide, &out);
    let (code, err) = check(dir);
    assert_eq!(code, 0);
    shown_in_guide(&guide, &err);
}

#[test]
fn the_guide_shows_what_check_says_of_a_changed_published_revision() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    copy_dir(&repo_path("content"), &dir.join("content"));
    edit(
        &dir.join("content/revisions/2024-12-02/10-safety-measures.en.md"),
        "title = \"Safety Management Measures\"",
        "title = \"Safety-Management Measures\"",
    );
    let (code, err) = check(dir);
    assert_eq!(code, 1);
    shown_in_guide(&guide(), &err);
}

/// The guide's "Bringing your existing notice and its past versions",
/// replayed: the example folder made into a society whose notice dates
/// from 2019 and was revised in 2022, both announced long ago.
#[test]
fn the_walkthrough_for_past_versions_prints_what_the_guide_shows() {
    let guide = guide();
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    let content = dir.join("content");
    copy_dir(&repo_path("content"), &content);

    // Steps 1 and 2: only the oldest example revision stays, as 2019's.
    for gone in ["revisions/2023-04-01", "revisions/2024-12-02"] {
        std::fs::remove_dir_all(content.join(gone)).unwrap();
    }
    std::fs::remove_file(content.join("revisions.lock")).unwrap();
    let oldest = content.join("revisions/2019-04-01");
    std::fs::rename(content.join("revisions/2022-04-01"), &oldest).unwrap();
    edit(
        &oldest.join("revision.toml"),
        "effective = 2022-04-01\nannounced = 2022-03-01\n",
        "effective = 2019-04-01\nannounced = 2019-03-01\n",
    );
    let added = "  { ja = \"要医療者に対する受診勧奨\", en = \"Encouraging members who need medical care to see a doctor\" },\n";
    edit(&oldest.join("purposes.toml"), added, "");

    // Step 3.
    let (code, out, err) = Kohyo::new([
        "new-revision",
        "--effective",
        "2022-04-01",
        "--announced",
        "2022-03-01",
    ])
    .current_dir(dir)
    .run();
    assert_eq!(code, 0, "{err}");
    shown_in_guide(&guide, &err);
    shown_in_guide(&guide, &out);
    let revision = dir.join("content/revisions/2022-04-01");
    let before = "  { ja = \"産業医への相談・確認\", en = \"Consulting and confirming with occupational physicians\" },\n";
    edit(
        &revision.join("purposes.toml"),
        before,
        &format!("{before}{added}"),
    );
    let note_line = guide
        .lines()
        .find(|line| line.starts_with("note = { ja = \"健康診査の結果、"))
        .expect("the guide shows the change note");
    declare_purpose_change(&revision, note_line);

    // Step 4: diff works before anything is locked.
    let (code, out, err) = Kohyo::new(["diff"]).current_dir(dir).run();
    assert_eq!(code, 0, "{err}");
    shown_in_guide(&guide, &out);

    // Step 6.
    let (code, _, err) = Kohyo::new(["check"]).current_dir(dir).run();
    assert_eq!(code, 0, "{err}");
    shown_in_guide(&guide, &err);

    // Step 7.
    let (code, out, err) = Kohyo::new(["lock"]).current_dir(dir).run();
    assert_eq!(code, 0, "{err}");
    shown_in_guide(&guide, &out);
    let (code, _, err) = Kohyo::new(["check"]).current_dir(dir).run();
    assert_eq!(code, 0, "{err}");
    shown_in_guide(&guide, &err);
}

/// The guide's "The joint use's representative changed, step by step",
/// replayed: a revision of the joint-use document announced five days
/// after the change it records, as APPI Art. 27(6) allows for a new
/// representative (遅滞なく).
#[test]
fn the_joint_use_walkthrough_prints_what_the_guide_shows() {
    let guide = guide();
    let work = tempfile::tempdir().unwrap();
    let dir = work.path();
    copy_dir(&repo_path("content"), &dir.join("content"));
    // The day of the announcement: the revision is still open to changes.
    let check = || {
        let (code, _, err) = Kohyo::new(["check", "--as-of", "2027-06-30"])
            .current_dir(dir)
            .run();
        (code, err)
    };

    // Step 1.
    let (code, out, err) = Kohyo::new([
        "new-revision",
        "--document",
        "joint-use",
        "--effective",
        "2027-06-25",
        "--announced",
        "2027-06-30",
    ])
    .current_dir(dir)
    .run();
    assert_eq!(code, 0, "{err}");
    shown_in_guide(&guide, &out);

    // Steps 2 and 3, with the lines the guide shows.
    let revision = dir.join("content/documents/joint-use/revisions/2027-06-25");
    let line_of_guide = |start: &str| {
        guide
            .lines()
            .find(|line| line.starts_with(start))
            .unwrap_or_else(|| panic!("the guide shows a line {start}…"))
            .to_owned()
    };
    let representative = line_of_guide("representative = { ja = \"会長 見本 次郎");
    let note = line_of_guide("note = { ja = \"2027年6月25日付けで");
    for (file, key, line) in [
        ("joint-use.toml", "representative = ", &representative),
        ("revision.toml", "note = ", &note),
    ] {
        let path = revision.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().filter(|l| l.starts_with(key)).count(), 1);
        let text: String = text
            .lines()
            .map(|l| if l.starts_with(key) { line.as_str() } else { l })
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(&path, text).unwrap();
    }

    // Step 4.
    let (code, err) = check();
    assert_eq!(code, 0, "{err}");
    shown_in_guide(&guide, &err);

    // Step 6.
    let (code, out, err) = Kohyo::new(["lock"]).current_dir(dir).run();
    assert_eq!(code, 0, "{err}");
    shown_in_guide(&guide, &out);
    // The document's lock says whose revisions it records.
    let lock =
        std::fs::read_to_string(dir.join("content/documents/joint-use/revisions.lock")).unwrap();
    assert!(
        lock.starts_with("# The digests of this document's revisions"),
        "{lock}"
    );
    let (code, err) = check();
    assert_eq!(code, 0, "{err}");
    shown_in_guide(&guide, &err);
}

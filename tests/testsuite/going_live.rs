//! A union's first days with kohyo: its first notice announced before it
//! takes effect, and its earlier notices brought in as back-dated
//! revisions that are not locked yet. `check`, `serve`, `export` and `diff`
//! must agree about every date, and the state of the record must be shown
//! without ever stopping a preview or a diff.

use kohyo::archive::Archive;
use serde_json::Value;

use crate::support::{
    Kohyo, Running, copy_dir, date, edit, export_site, http_get, load, rendered, repo_path, select,
    text,
};

const FIRST: &str = "tests/fixtures/first-announcement";
const BACK_DATED: &str = "tests/fixtures/history-back-dated";

fn page(site: &kohyo::render::RenderedSite, path: &str) -> scraper::Html {
    let resource = site
        .resources
        .get(path)
        .unwrap_or_else(|| panic!("{path} is not rendered"));
    scraper::Html::parse_document(std::str::from_utf8(&resource.body).unwrap())
}

fn json(site: &kohyo::render::RenderedSite, path: &str) -> Value {
    serde_json::from_slice(&site.resources[path].body).unwrap()
}

#[test]
fn from_its_announcement_the_first_notice_is_served_as_upcoming() {
    let site = rendered(FIRST, date("2027-01-15"));
    assert_eq!(site.current, None);
    assert_eq!(site.shown, date("2027-04-01"));
    for (path, standing, sentence) in [
        (
            "/ja/",
            "施行予定の版",
            "この公表事項は2027年4月1日から施行します。それまでの間、施行に先立って公表しています。",
        ),
        (
            "/en/",
            "Upcoming version",
            "This notice takes effect on 1 April 2027. It is published in advance, before it applies.",
        ),
    ] {
        let html = page(&site, path);
        let banner = select(&html, "main .banner p");
        assert_eq!(
            banner.iter().map(|p| text(*p)).collect::<Vec<_>>(),
            [standing, sentence],
            "{path}"
        );
        assert!(select(&html, "main .banner a").is_empty(), "{path}");
        assert!(select(&html, ".announcement").is_empty(), "{path}");
        assert_eq!(select(&html, "table.purposes tbody tr").len(), 2, "{path}");
    }
    let history = page(&site, "/ja/history/");
    assert_eq!(select(&history, "main li.history__entry").len(), 1);
    assert!(site.resources.contains_key("/ja/history/2027-04-01/"));
    assert!(!site.resources.contains_key("/ja/history/2027-10-01/"));
    let atom = std::str::from_utf8(&site.resources["/ja/feed.atom"].body).unwrap();
    assert_eq!(atom.matches("<entry>").count(), 1);

    let notice = json(&site, "/api/v1/notice.json");
    assert_eq!(notice["revision"], Value::Null);
    assert_eq!(notice["upcoming"][0]["effective"], "2027-04-01");
    assert_eq!(notice["upcoming"][0]["status"], "upcoming");
    let revisions = json(&site, "/api/v1/revisions.json");
    assert_eq!(revisions["current"], Value::Null);
}

#[test]
fn a_second_revision_announced_before_the_first_applies_is_announced_on_top() {
    let site = rendered(FIRST, date("2027-03-01"));
    let html = page(&site, "/ja/");
    assert_eq!(
        text(select(&html, "main .banner p")[0]),
        "施行予定の版",
        "the first notice is still the one shown"
    );
    let announcements = select(&html, ".announcement .announcement__lead");
    assert_eq!(
        announcements.iter().map(|p| text(*p)).collect::<Vec<_>>(),
        ["2027年10月1日から公表事項を改定し、利用目的を変更します。"]
    );
    let notice = json(&site, "/api/v1/notice.json");
    let upcoming: Vec<&str> = notice["upcoming"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["effective"].as_str().unwrap())
        .collect();
    assert_eq!(upcoming, ["2027-04-01", "2027-10-01"]);

    let in_effect = rendered(FIRST, date("2027-04-01"));
    assert_eq!(in_effect.current, Some(date("2027-04-01")));
    let html = page(&in_effect, "/ja/");
    assert!(select(&html, "main .banner").is_empty());
    assert_eq!(select(&html, ".announcement").len(), 1);
}

/// What every command says about a day before the first announcement: the
/// same thing, in the same words.
#[test]
fn before_the_first_announcement_every_command_says_the_same() {
    let said = "nothing is published on 2027-01-14: the first revision is announced on 2027-01-15 and takes effect on 2027-04-01; preview it with --as-of 2027-01-15";
    let archive = Archive::new(load(FIRST));
    let error = kohyo::render::render(&archive, date("2027-01-14")).unwrap_err();
    assert_eq!(error.to_string(), said);

    let (code, _, err) = Kohyo::new(["check", "--content", FIRST, "--as-of", "2027-01-14"]).run();
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        err,
        format!(
            "0 errors, 0 warnings\n{FIRST}: 2 revisions, ready to publish\nnote: {said}; until then serve and export have nothing to publish\n"
        )
    );
    let (code, _, err) = Kohyo::new(["check", "--content", FIRST, "--as-of", "2027-01-15"]).run();
    assert_eq!(code, 0, "{err}");
    assert!(err.ends_with(&format!(
        "{FIRST}: 2 revisions, ready to publish\nnote: on 2027-01-15 the first revision is published as upcoming: it was announced on 2027-01-15 and takes effect on 2027-04-01\n"
    )), "{err}");

    let out = tempfile::tempdir().unwrap();
    let out_dir = out.path().join("site");
    let (code, err) = export_site(FIRST, "2027-01-14", &out_dir);
    assert_eq!(code, 1);
    assert!(err.contains(said), "{err}");
    let (code, err) = export_site(FIRST, "2027-01-15", &out_dir);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("the first revision, taking effect on 2027-04-01, shown as upcoming"),
        "{err}"
    );
    assert!(out_dir.join("ja/index.html").is_file());

    let (code, _, err) = Kohyo::new(["diff", "--content", FIRST, "--as-of", "2027-01-14"]).run();
    assert_eq!(code, 1);
    assert!(err.contains(said), "{err}");
}

#[test]
fn the_server_shows_the_first_notice_from_its_announcement_and_says_so() {
    let server = Running::start(&["--content", FIRST, "--as-of", "2027-01-15"]);
    let (status, body) = http_get(&server.base, "/healthz");
    assert_eq!(status, 200);
    let health: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(health["revision"], Value::Null);
    assert_eq!(health["shown"], "2027-04-01");
    assert_eq!(health["record"], Value::Null);
    let (status, body) = http_get(&server.base, "/en/");
    assert_eq!(status, 200);
    assert!(body.contains("This notice takes effect on 1 April 2027."));
}

/// The back-dated fixture: three revisions announced in 2019, 2021 and
/// 2024, of which only the first is in revisions.lock, and a purpose whose
/// English was never written.
#[test]
fn check_reports_back_dated_revisions_not_locked_and_published_gaps_as_notes() {
    let (code, _, err) =
        Kohyo::new(["check", "--content", BACK_DATED, "--as-of", "2026-01-01"]).run();
    assert_eq!(code, 1);
    let expected = format!(
        "error: the revision of 2021-10-01 was announced on 2021-09-01 but is not in revisions.lock
 --> {BACK_DATED}/revisions/2021-10-01
  = hint: check that it reads as it was announced, then run kohyo lock and keep revisions.lock with the content

note: the purpose \"保健事業の効果の分析\" has no English translation
  --> {BACK_DATED}/revisions/2021-10-01/purposes.toml:19:3
   |
19 |   {{ ja = \"保健事業の効果の分析\" }},
   |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: the revision of 2021-10-01 was published on 2021-09-01 and can no longer change; in the next revision (kohyo new-revision): add en = \"…\" next to ja; until then the English page shows the Japanese text, marked as Japanese

error: the revision of 2024-04-01 was announced on 2024-03-01 but is not in revisions.lock
 --> {BACK_DATED}/revisions/2024-04-01
  = hint: check that it reads as it was announced, then run kohyo lock and keep revisions.lock with the content

note: the purpose \"保健事業の効果の分析\" has no English translation
  --> {BACK_DATED}/revisions/2024-04-01/purposes.toml:19:3
   |
19 |   {{ ja = \"保健事業の効果の分析\" }},
   |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: the revision of 2024-04-01 was published on 2024-03-01 and can no longer change; in the next revision (kohyo new-revision): add en = \"…\" next to ja; until then the English page shows the Japanese text, marked as Japanese

2 errors, 0 warnings, 2 notes
"
    );
    assert_eq!(err, expected);

    // Before its announcement the same gap is a warning staff can act on.
    let (code, _, err) =
        Kohyo::new(["check", "--content", BACK_DATED, "--as-of", "2024-02-01"]).run();
    assert_eq!(code, 1, "2021-10-01 is published and not locked: {err}");
    assert!(err.contains("warning: the purpose \"保健事業の効果の分析\" has no English translation\n  --> tests/fixtures/history-back-dated/revisions/2024-04-01/purposes.toml:19:3"), "{err}");
    assert!(err.contains("= hint: add en = \"…\" next to ja"), "{err}");
}

#[test]
fn a_record_not_locked_never_stops_a_diff_or_a_preview() {
    let (code, out, err) = Kohyo::new(["diff", "--content", BACK_DATED]).run();
    assert_eq!(code, 0, "{err}");
    let compared = |out: &str| out.lines().take(2).collect::<Vec<_>>().join("\n");
    assert!(compared(&out).contains("2024年4月1日"), "{out}");
    assert!(compared(&out).contains("2021年10月1日施行の版"), "{out}");
    assert!(err.contains("error: the revision of 2024-04-01 was announced on 2024-03-01 but is not in revisions.lock"), "{err}");

    // As the site showed it on a day: only what was announced by then.
    let (code, out, err) =
        Kohyo::new(["diff", "--content", BACK_DATED, "--as-of", "2021-09-01"]).run();
    assert_eq!(code, 0, "{err}");
    assert!(compared(&out).contains("2021年10月1日"), "{out}");
    assert!(compared(&out).contains("2019年4月1日施行の版"), "{out}");
    let (code, _, err) = Kohyo::new([
        "diff",
        "--content",
        BACK_DATED,
        "--as-of",
        "2021-08-31",
        "2019-04-01",
        "2021-10-01",
    ])
    .run();
    assert_eq!(code, 1);
    assert!(err.ends_with("error: the revision of 2021-10-01 is announced on 2021-09-01: on 2021-08-31 the site does not show it yet; give a later --as-of, or leave it out to compare every revision\n"), "{err}");

    let server = Running::start(&["--content", BACK_DATED, "--as-of", "2025-01-01"]);
    let (status, body) = http_get(&server.base, "/healthz");
    assert_eq!(status, 200);
    let health: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(health["record"]["errors"], 2, "{body}");
    assert_eq!(health["record"]["altered"], false, "{body}");
    assert_eq!(
        health["record"]["problems"][0],
        "revisions/2021-10-01: error: the revision of 2021-10-01 was announced on 2021-09-01 but is not in revisions.lock"
    );
    for (path, sentence) in [
        (
            "/ja/history/",
            "記録（revisions.lock）に2件の問題があります。公開する前に kohyo check で確認し、kohyo lock で封印してください：",
        ),
        (
            "/en/",
            "The record (revisions.lock) has 2 problems. Before publishing, review them with kohyo check and seal the revisions with kohyo lock:",
        ),
    ] {
        let (status, body) = http_get(&server.base, path);
        assert_eq!(status, 200, "{path}");
        let html = scraper::Html::parse_document(&body);
        let paragraphs = select(&html, "header .preview-banner p");
        assert_eq!(text(paragraphs[1]), sentence, "{path}");
        let problems = select(&html, "header .preview-banner li[lang=en]");
        assert_eq!(problems.len(), 2, "{path}");
    }
}

#[test]
fn check_reports_the_record_together_with_the_content_errors() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("content");
    copy_dir(&repo_path(BACK_DATED), &dir);
    edit(&dir.join("site.toml"), "phone = ", "telephone = ");
    let (code, _, err) = Kohyo::new(["check", "--content", "content", "--as-of", "2026-01-01"])
        .current_dir(work.path())
        .run();
    assert_eq!(code, 1);
    assert!(err.contains("error: unknown field `telephone`"), "{err}");
    assert!(
        err.contains("error: the revision of 2021-10-01 was announced on 2021-09-01 but is not in revisions.lock"),
        "{err}"
    );
    assert!(err.ends_with("3 errors, 0 warnings, 2 notes\n"), "{err}");
}

#[test]
fn once_locked_only_notes_remain_and_strict_passes() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("content");
    copy_dir(&repo_path(BACK_DATED), &dir);
    let (code, out, err) = Kohyo::new(["lock", "--content", "content"])
        .current_dir(work.path())
        .run();
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("wrote content/revisions.lock: 3 revisions (2 added, 1 unchanged)\n"),
        "{out}"
    );
    for args in [&["check"][..], &["check", "--strict"]] {
        let mut args = args.to_vec();
        args.extend(["--content", "content"]);
        let (code, _, err) = Kohyo::new(&args).current_dir(work.path()).run();
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(
            err.contains("0 errors, 0 warnings, 2 notes\ncontent: 3 revisions, ready to publish\n"),
            "{err}"
        );
    }
    let (code, out, _) = Kohyo::new(["check", "--content", "content", "--format", "json"])
        .current_dir(work.path())
        .run();
    assert_eq!(code, 0);
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["notes"], 2);
    assert_eq!(report["diagnostics"][0]["severity"], "note");
}

#[test]
fn an_altered_published_revision_stops_publishing_but_not_a_preview() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("content");
    copy_dir(&repo_path(BACK_DATED), &dir);
    let (code, _, err) = Kohyo::new(["lock", "--content", "content"])
        .current_dir(work.path())
        .run();
    assert_eq!(code, 0, "{err}");
    edit(
        &dir.join("revisions/2019-04-01/10-safety-measures.ja.md"),
        "明確にしています",
        "定めています",
    );
    let out = work.path().join("site");
    let (code, _, err) = Kohyo::new([
        "export",
        "--content",
        "content",
        "--out",
        out.to_str().unwrap(),
        "--base-url",
        "https://example.org/",
    ])
    .current_dir(work.path())
    .run();
    assert_eq!(code, 1);
    assert!(
        err.contains("this line differs from the text published on 2019-03-01"),
        "{err}"
    );
    assert!(err.contains("no longer reads as it was published"), "{err}");
    assert!(!out.exists());

    let (code, _, err) = Kohyo::new(["diff", "--content", "content", "2019-04-01", "2021-10-01"])
        .current_dir(work.path())
        .run();
    assert_eq!(code, 0, "{err}");

    let server = Running::start(&["--content", dir.to_str().unwrap(), "--as-of", "2025-01-01"]);
    let (_, body) = http_get(&server.base, "/healthz");
    let health: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(health["record"]["altered"], true, "{body}");
}

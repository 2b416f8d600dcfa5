//! The purposes table in the guidance's shape: business areas whose
//! purposes sit in labelled groups, with explanations and a description
//! column. `kohyo check` on one fixture per variant and per rule
//! (`tests/fixtures/check-grouped*`), each report pinned whole as people
//! and tools read it; and the second example, `samples/grouped/`, checked
//! clean and served with every purpose on its page.

use std::time::Duration;

use jiff::civil::Date;
use snapbox::{IntoData, assert_data_eq, str};

use crate::support::{
    Kohyo, app, base_path, copy_dir, get, http_get, load, repo_path, served_address,
};

/// The day the fixtures' revision is announced (as in `check.rs`): every
/// problem of an upcoming revision can still be acted on, so a gap is a
/// warning, not a note for the next revision.
const EDITING: &[&str] = &["--as-of", "2024-11-01"];

const SAMPLE: &str = "samples/grouped";

/// `kohyo check --content <content> ARGS`: exit status and the report on
/// stderr, with nothing on stdout.
fn check(content: &str, args: &[&str]) -> (i32, String) {
    let mut kohyo = Kohyo::new(["check", "--content", content]);
    for arg in args {
        kohyo = kohyo.arg(arg);
    }
    let (code, stdout, stderr) = kohyo.run();
    assert!(stdout.is_empty(), "check wrote to stdout:\n{stdout}");
    (code, stderr)
}

#[test]
fn every_valid_variant_checks_clean_and_complete() {
    for fixture in [
        "tests/fixtures/check-grouped",
        "tests/fixtures/check-grouped-empty-group",
        "tests/fixtures/check-grouped-explanations",
        "tests/fixtures/check-grouped-description",
        "tests/fixtures/check-grouped-mixed",
    ] {
        for args in [&[][..], &["--strict"]] {
            let (code, stderr) = check(fixture, args);
            assert_eq!(
                stderr,
                format!("0 errors, 0 warnings\n{fixture}: 1 revision, ready to publish\n"),
                "{fixture} {args:?}"
            );
            assert_eq!(code, 0, "{fixture} {args:?}");
        }
    }
}

#[test]
fn every_variant_reads_as_written() {
    // What check accepted is what the model holds: groups in order with
    // their ids, the empty group kept, explanations in either form, the
    // description, and a direct category beside a grouped one.
    let shape = |fixture: &str| -> Vec<String> {
        let site = load(fixture);
        let purposes = &site.revisions[0].body.purposes;
        let mut lines = Vec::new();
        if let Some(header) = &purposes.description_header {
            lines.push(format!("column {}", header.ja));
        }
        for category in &purposes.categories {
            let description = category.description.as_ref();
            lines.push(format!(
                "{} {}",
                category.id,
                description.map_or("", |d| d.ja.html.as_str()).trim()
            ));
            for group in &category.groups {
                let label = group.label.as_ref().map_or("-", |l| l.id.as_str());
                let purposes: Vec<String> = group
                    .purposes
                    .iter()
                    .map(|p| match &p.explanation {
                        Some(explanation) => {
                            format!("{} [{}]", p.text.ja, explanation.ja.html.trim())
                        }
                        None => p.text.ja.clone(),
                    })
                    .collect();
                lines.push(format!("  {label}: {}", purposes.join(" / ")));
            }
        }
        lines
    };
    assert_eq!(
        shape("tests/fixtures/check-grouped"),
        [
            "benefits ",
            "  internal: 保険給付及び付加給付の実施",
            "  provision: 第三者行為に係る損害保険会社等への求償",
            "premiums ",
            "  internal: 健康保険料の徴収",
            "  provision: 被保険者証の作成に係る印刷業者への委託",
        ]
    );
    assert_eq!(
        shape("tests/fixtures/check-grouped-empty-group")[5],
        "  provision: "
    );
    assert_eq!(
        shape("tests/fixtures/check-grouped-explanations"),
        [
            "benefits ",
            "  internal: 保険給付及び付加給付の実施 [<p>「療養費支給申請書」の記載事項を、療養費の支給に利用します。</p>]",
            "  provision: 第三者行為に係る損害保険会社等への求償 [<p>交通事故など第三者の行為による傷病について、次のとおり求償します。</p>\n<ul>\n<li>当組合が負担した医療費を、加害者に請求します。</li>\n<li>加害者が加入する損害保険会社等に請求します。</li>\n</ul>] / 健康保険組合連合会の高額医療給付の共同事業",
        ]
    );
    assert_eq!(
        shape("tests/fixtures/check-grouped-description")[..2],
        [
            "column 保有する個人データの内容",
            "benefits <p>氏名、生年月日、<strong>給付の種類・金額</strong>、振込先の口座</p>",
        ]
    );
    assert_eq!(
        shape("tests/fixtures/check-grouped-mixed")[3..],
        [
            "premiums ",
            "  -: 健康保険料の徴収 / 被保険者証の作成に係る印刷業者への委託",
        ]
    );
}

#[test]
fn purposes_and_groups_in_one_category() {
    // The first category lists purposes = [ … ] (line 9) and has a
    // [[category.group]] too; the list is what to move.
    let (code, stderr) = check("tests/fixtures/check-grouped-purposes-and-groups", EDITING);
    assert_data_eq!(&stderr, str![[r#"
error: the category "1.被保険者等に対する保険給付に必要な利用目的" has both purposes and groups
 --> tests/fixtures/check-grouped-purposes-and-groups/revisions/2024-12-02/purposes.toml:9:12
  |
9 | purposes = [
  |            ^
  |
  = hint: a category lists its purposes either directly (purposes = [ … ]) or in groups ([[category.group]]), not both: move these into one of its groups and delete this list

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn a_group_id_used_twice_in_a_category() {
    // Both groups of the category have id = "internal" (lines 11 and 18).
    let (code, stderr) = check("tests/fixtures/check-grouped-duplicate-group-id", EDITING);
    assert_data_eq!(&stderr, str![[r#"
error: the group id "internal" is used twice in the category "1.被保険者等に対する保険給付に必要な利用目的"
  --> tests/fixtures/check-grouped-duplicate-group-id/revisions/2024-12-02/purposes.toml:18:6
   |
18 | id = "internal"
   |      ^^^^^^^^^^
   |
   = hint: each group of a category needs its own id; the first "internal" is on line 11

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn a_purpose_listed_in_two_groups() {
    // The same purpose in the group "internal" (line 15) and again in
    // "provision" (line 22): the hint says which group has the first.
    let (code, stderr) = check("tests/fixtures/check-grouped-duplicate-purpose", EDITING);
    assert_data_eq!(&stderr, str![[r#"
error: the purpose "第三者行為に係る損害保険会社等への求償" is listed twice in the category "1.被保険者等に対する保険給付に必要な利用目的"
  --> tests/fixtures/check-grouped-duplicate-purpose/revisions/2024-12-02/purposes.toml:22:3
   |
22 |   { ja = "第三者行為に係る損害保険会社等への求償", en = "Claiming reimbursement from non-life insurers for injuries caused by a third party" },
   |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: a purpose is listed once, in one group: remove one of them; the first is on line 15, in the group "健保組合等の内部での利用に係る事例"

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn a_description_without_its_column_header() {
    // description = … on line 9, and no description_header at the top.
    let (code, stderr) = check(
        "tests/fixtures/check-grouped-description-without-header",
        EDITING,
    );
    assert_data_eq!(&stderr, str![[r#"
error: the category "1.被保険者等に対する保険給付に必要な利用目的" has a description, but the table has no column for it
 --> tests/fixtures/check-grouped-description-without-header/revisions/2024-12-02/purposes.toml:9:15
  |
9 | description = { ja = "氏名、生年月日、給付の種類・金額", en = "Name, date of birth, type and amount of benefit" }
  |               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: name the column once, at the top of the file next to purposes_header: description_header = { ja = "…", en = "…" }

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn a_category_whose_groups_are_all_empty() {
    // The second category (line 24) has two groups, both purposes = [].
    let (code, stderr) = check("tests/fixtures/check-grouped-all-empty", EDITING);
    assert_data_eq!(&stderr, str![[r#"
error: the category "2.保険料の徴収等に必要な利用目的" has no purposes
  --> tests/fixtures/check-grouped-all-empty/revisions/2024-12-02/purposes.toml:24:1
   |
24 | [[category]]
   | ^^^^^^^^^^^^
   |
   = hint: every group of it is empty; list at least one purpose in one of them: purposes = [ { ja = "…", en = "…" } ]

1 error, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn a_group_without_an_id() {
    // The second [[category.group]] (line 17) has a name and purposes only.
    let (code, stderr) = check("tests/fixtures/check-grouped-group-without-id", EDITING);
    assert_data_eq!(
        &stderr,
        str![[r#"
error: missing field `id`
  --> tests/fixtures/check-grouped-group-without-id/revisions/2024-12-02/purposes.toml:17:1
   |
17 | [[category.group]]
   | ^^^^^^^^^^^^^^^^^^
   |
   = hint: add the missing key; content/README.md shows a complete example of this file

1 error, 0 warnings

"#]]
        .raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn a_group_without_a_name() {
    // The second [[category.group]] (line 17) has an id and purposes only.
    let (code, stderr) = check("tests/fixtures/check-grouped-group-without-name", EDITING);
    assert_data_eq!(
        &stderr,
        str![[r#"
error: missing field `name`
  --> tests/fixtures/check-grouped-group-without-name/revisions/2024-12-02/purposes.toml:17:1
   |
17 | [[category.group]]
   | ^^^^^^^^^^^^^^^^^^
   |
   = hint: add the missing key; content/README.md shows a complete example of this file

1 error, 0 warnings

"#]]
        .raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn group_ids_that_are_not_valid() {
    // id = "内部" (line 11) and id = "Provision_1" (line 18).
    let (code, stderr) = check("tests/fixtures/check-grouped-bad-group-id", EDITING);
    assert_data_eq!(&stderr, str![[r#"
error: the group id "内部" is not valid
  --> tests/fixtures/check-grouped-bad-group-id/revisions/2024-12-02/purposes.toml:11:6
   |
11 | id = "内部"
   |      ^^^^^^
   |
   = hint: ids use lowercase letters a-z, digits and hyphens, e.g. "internal"; once published an id never changes

error: the group id "Provision_1" is not valid
  --> tests/fixtures/check-grouped-bad-group-id/revisions/2024-12-02/purposes.toml:18:6
   |
18 | id = "Provision_1"
   |      ^^^^^^^^^^^^^
   |
   = hint: ids use lowercase letters a-z, digits and hyphens, e.g. "internal"; once published an id never changes

2 errors, 0 warnings

"#]].raw());
    assert_eq!(code, 1);
}

#[test]
fn a_purpose_that_only_says_there_are_none() {
    // The group "provision" lists { ja = "（該当なし）" } (line 21) where
    // it means purposes = []: only a warning, the page would still read.
    let (code, stderr) = check("tests/fixtures/check-grouped-none-placeholder", EDITING);
    assert_data_eq!(&stderr, str![[r#"
warning: the purpose "（該当なし）" says there are none
  --> tests/fixtures/check-grouped-none-placeholder/revisions/2024-12-02/purposes.toml:21:10
   |
21 |   { ja = "（該当なし）", en = "None" },
   |          ^^^^^^^^^^^^^^
   |
   = hint: delete this entry: a group with no purposes is written purposes = [], and the page then says it has none

0 errors, 1 warning
tests/fixtures/check-grouped-none-placeholder: 1 revision, ready to publish
note: on 2024-11-01 the first revision is published as upcoming: it was announced on 2024-11-01 and takes effect on 2024-12-02

"#]].raw());
    assert_eq!(code, 0);
}

#[test]
fn group_names_explanations_and_descriptions_without_english() {
    // No `en` for the column header (line 5), the description (line 10),
    // the group name (line 14) and the explanation (line 16).
    let (code, stderr) = check("tests/fixtures/check-grouped-missing-english", EDITING);
    assert_data_eq!(&stderr, str![[r#"
warning: the description column header has no English translation
 --> tests/fixtures/check-grouped-missing-english/revisions/2024-12-02/purposes.toml:5:22
  |
5 | description_header = { ja = "保有する個人データの内容" }
  |                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: add en = "…" next to ja; until then the English page shows the Japanese text, marked as Japanese

warning: the description of the category "1.被保険者等に対する保険給付に必要な利用目的" has no English translation
  --> tests/fixtures/check-grouped-missing-english/revisions/2024-12-02/purposes.toml:10:15
   |
10 | description = { ja = "氏名、生年月日、給付の種類・金額" }
   |               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: add en = "…" next to ja; until then the English page shows the Japanese text, marked as Japanese

warning: the group "健保組合等の内部での利用に係る事例" has no English translation
  --> tests/fixtures/check-grouped-missing-english/revisions/2024-12-02/purposes.toml:14:8
   |
14 | name = { ja = "健保組合等の内部での利用に係る事例" }
   |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: add en = "…" next to ja; until then the English page shows the Japanese text, marked as Japanese

warning: the explanation of the purpose "保険給付及び付加給付の実施" has no English translation
  --> tests/fixtures/check-grouped-missing-english/revisions/2024-12-02/purposes.toml:16:99
   |
16 |   { ja = "保険給付及び付加給付の実施", en = "Paying insurance benefits and additional benefits", explanation = { ja = "「療養費支給申請書」の記載事項を、療養費の支給に利用します。" } },
   |                                                                                                                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: add en = "…" next to ja; until then the English page shows the Japanese text, marked as Japanese

0 errors, 4 warnings
tests/fixtures/check-grouped-missing-english: 1 revision, ready to publish
note: on 2024-11-01 the first revision is published as upcoming: it was announced on 2024-11-01 and takes effect on 2024-12-02

"#]].raw());
    assert_eq!(code, 0);
}

#[test]
fn json_for_tools() {
    // The same report for tools.
    let (code, stdout, stderr) = Kohyo::new([
        "check",
        "--content",
        "tests/fixtures/check-grouped-missing-english",
        "--as-of",
        "2024-11-01",
        "--format",
        "json",
    ])
    .run();
    assert!(stderr.is_empty(), "{stderr}");
    assert_data_eq!(&stdout, str![[r#"
{
  "version": 1,
  "content": "tests/fixtures/check-grouped-missing-english",
  "errors": 0,
  "warnings": 4,
  "notes": 0,
  "diagnostics": [
    {
      "severity": "warning",
      "file": "revisions/2024-12-02/purposes.toml",
      "path": "tests/fixtures/check-grouped-missing-english/revisions/2024-12-02/purposes.toml",
      "line": 5,
      "column": 22,
      "end_line": 5,
      "end_column": 45,
      "message": "the description column header has no English translation",
      "hint": "add en = \"…\" next to ja; until then the English page shows the Japanese text, marked as Japanese",
      "note": null,
      "source_line": "description_header = { ja = \"保有する個人データの内容\" }"
    },
    {
      "severity": "warning",
      "file": "revisions/2024-12-02/purposes.toml",
      "path": "tests/fixtures/check-grouped-missing-english/revisions/2024-12-02/purposes.toml",
      "line": 10,
      "column": 15,
      "end_line": 10,
      "end_column": 42,
      "message": "the description of the category \"1.被保険者等に対する保険給付に必要な利用目的\" has no English translation",
      "hint": "add en = \"…\" next to ja; until then the English page shows the Japanese text, marked as Japanese",
      "note": null,
      "source_line": "description = { ja = \"氏名、生年月日、給付の種類・金額\" }"
    },
    {
      "severity": "warning",
      "file": "revisions/2024-12-02/purposes.toml",
      "path": "tests/fixtures/check-grouped-missing-english/revisions/2024-12-02/purposes.toml",
      "line": 14,
      "column": 8,
      "end_line": 14,
      "end_column": 36,
      "message": "the group \"健保組合等の内部での利用に係る事例\" has no English translation",
      "hint": "add en = \"…\" next to ja; until then the English page shows the Japanese text, marked as Japanese",
      "note": null,
      "source_line": "name = { ja = \"健保組合等の内部での利用に係る事例\" }"
    },
    {
      "severity": "warning",
      "file": "revisions/2024-12-02/purposes.toml",
      "path": "tests/fixtures/check-grouped-missing-english/revisions/2024-12-02/purposes.toml",
      "line": 16,
      "column": 99,
      "end_line": 16,
      "end_column": 140,
      "message": "the explanation of the purpose \"保険給付及び付加給付の実施\" has no English translation",
      "hint": "add en = \"…\" next to ja; until then the English page shows the Japanese text, marked as Japanese",
      "note": null,
      "source_line": "  { ja = \"保険給付及び付加給付の実施\", en = \"Paying insurance benefits and additional benefits\", explanation = { ja = \"「療養費支給申請書」の記載事項を、療養費の支給に利用します。\" } },"
    }
  ]
}

"#]].raw());
    assert_eq!(code, 0);
}

#[test]
fn the_sample_is_clean_and_complete() {
    // The number of revisions grows as the sample does; nothing else may change.
    for args in [&[][..], &["--strict"]] {
        let (code, stderr) = check(SAMPLE, args);
        assert_eq!(code, 0, "{stderr}");
        let summary = stderr
            .strip_prefix("0 errors, 0 warnings\nsamples/grouped: ")
            .and_then(|rest| rest.strip_suffix(" revisions, ready to publish\n"))
            .unwrap_or_else(|| panic!("unexpected report:\n{stderr}"));
        assert!(summary.parse::<usize>().is_ok_and(|n| n >= 3), "{stderr}");
    }
}

/// Every purpose and group name of the revision in effect on `day`, in
/// one language, with white space collapsed as on the page.
fn texts(day: Date, english: bool) -> Vec<String> {
    let site = load(SAMPLE);
    let revision = site
        .revisions
        .iter()
        .rfind(|revision| revision.effective <= day)
        .expect("a revision in effect");
    let pick = |text: &kohyo::content::Text| -> String {
        let text = match (&text.in_lang(crate::support::Lang::En.into()), english) {
            (Some(en), true) => en.as_str(),
            _ => text.ja.as_str(),
        };
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let mut texts = Vec::new();
    for category in &revision.body.purposes.categories {
        texts.push(pick(&category.name));
        for purpose in category.purposes() {
            texts.push(pick(&purpose.text));
        }
    }
    texts
}

/// The text of a whole page, with white space collapsed.
fn page_text(body: &str) -> String {
    let html = scraper::Html::parse_document(body);
    let text: String = html.root_element().text().collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[tokio::test]
async fn the_sample_serves_every_purpose_of_every_revision() {
    let site = load(SAMPLE);
    let latest = site.revisions.last().unwrap().effective;
    let app = app(SAMPLE, latest);
    let base = base_path(SAMPLE);
    let mut found = 0;
    for revision in &site.revisions {
        let day = revision.effective;
        for (lang, english) in [("ja", false), ("en", true)] {
            let path = if day == latest {
                format!("{base}{lang}/")
            } else {
                format!("{base}{lang}/history/{day}/")
            };
            let reply = get(&app, &path).await;
            assert_eq!(reply.status, 200, "{path}");
            let page = page_text(&reply.body);
            for text in texts(day, english) {
                assert!(page.contains(&text), "{path} does not show {text:?}");
                found += 1;
            }
        }
    }
    assert!(found > 100, "only {found} texts looked for");
}

#[test]
fn the_binary_serves_the_sample() {
    // `kohyo --content samples/grouped`, as the README says; the log names
    // the revision in effect, whose purposes the page must show.
    let mut server = Kohyo::serve(["--content", SAMPLE]).spawn();
    let serving =
        server.wait_for_within(Duration::from_secs(30), |line| line.contains(" on http://"));
    let in_effect: Date = serving
        .split_once("(revision of ")
        .and_then(|(_, rest)| rest.get(..10))
        .unwrap_or_else(|| panic!("no revision in {serving:?}"))
        .parse()
        .unwrap();
    let address = served_address(&serving);
    let (status, body) = http_get(&address, &format!("{}ja/", base_path(SAMPLE)));
    assert_eq!(status, 200);
    let page = page_text(&body);
    for text in texts(in_effect, false) {
        assert!(page.contains(&text), "the page does not show {text:?}");
    }
}

#[test]
fn the_staff_guides_complete_examples_check_clean() {
    // content/README.md shows a whole purposes.toml of each shape; each
    // must be a table check accepts as it stands, translations included.
    let guide = std::fs::read_to_string(repo_path("content/README.md")).unwrap();
    let examples: Vec<&str> = guide
        .split("```toml\n")
        .skip(1)
        .filter_map(|block| block.split_once("```\n").map(|(code, _)| code))
        .filter(|code| code.starts_with("heading = "))
        .collect();
    assert_eq!(examples.len(), 2, "one complete example of each shape");
    assert!(examples[1].contains("[[category.group]]"));
    for example in examples {
        let work = tempfile::tempdir().unwrap();
        let content = work.path().join("content");
        copy_dir(&repo_path("tests/fixtures/check-valid"), &content);
        std::fs::remove_file(content.join("revisions.lock")).unwrap();
        std::fs::write(content.join("revisions/2024-12-02/purposes.toml"), example).unwrap();
        let (code, _, stderr) = Kohyo::new(["lock"]).current_dir(work.path()).run();
        assert_eq!(code, 0, "{stderr}");
        let (code, _, stderr) = Kohyo::new(["check", "--strict"])
            .current_dir(work.path())
            .run();
        assert!(
            stderr.starts_with("0 errors, 0 warnings\n"),
            "{example}\n{stderr}"
        );
        assert_eq!(code, 0);
    }
}

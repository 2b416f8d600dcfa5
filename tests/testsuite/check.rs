//! `kohyo check` on one fixture folder per kind of problem.
//!
//! Each test runs the real binary on a small content folder under
//! `tests/fixtures/check-<kind>/` and compares its whole report, as people
//! see it: for every problem the message, the `path:line:column` (columns
//! in characters), the line with the problem underlined (in terminal
//! columns, where a Japanese character takes two), the hint; then the
//! closing count and the exit status. Further down, the same reports for
//! tools (`--format json`) and with warnings counted as errors (`--strict`).

use std::ffi::OsStr;
use std::path::Path;

use serde_json::{Value, json};

use crate::support::{Kohyo, copy_dir, repo_path};
use snapbox::{IntoData, assert_data_eq, str};

/// Runs `kohyo check --content <content> ARGS` from the crate root: its
/// exit status, stdout and stderr.
/// The day the fixtures' first revisions are announced: shown as upcoming,
/// and still open to a last correction, so every warning can be acted on.
/// From the next day a published revision's gaps are only notes (see
/// `going_live.rs`).
const EDITING: &[&str] = &["--as-of", "2024-11-01"];

fn run_check(content: impl AsRef<OsStr>, args: &[&str]) -> (i32, String, String) {
    let mut kohyo = Kohyo::new(["check", "--content"]).arg(content);
    for arg in args {
        kohyo = kohyo.arg(arg);
    }
    kohyo.run()
}

/// The report for people: exit status and stderr, with nothing on stdout.
fn check(content: impl AsRef<OsStr>) -> (i32, String) {
    check_with(content, &[])
}

fn check_with(content: impl AsRef<OsStr>, args: &[&str]) -> (i32, String) {
    let (code, stdout, stderr) = run_check(content, args);
    assert!(
        stdout.is_empty(),
        "check prints its report for people on stderr only, but wrote to stdout:\n{stdout}"
    );
    (code, stderr)
}

/// The report for tools: exit status and the JSON document on stdout, with
/// nothing on stderr.
fn check_json(content: impl AsRef<OsStr>, args: &[&str]) -> (i32, String) {
    let mut args = args.to_vec();
    args.extend(["--format", "json"]);
    let (code, stdout, stderr) = run_check(content, &args);
    assert!(
        stderr.is_empty(),
        "check --format json writes nothing on stderr, but wrote:\n{stderr}"
    );
    (code, stdout)
}

#[test]
fn the_shipped_content_is_clean() {
    let (code, stderr) = check("content");
    assert_eq!(code, 0, "{stderr}");
    // The numbers of revisions and documents grow as the example does;
    // nothing else may change.
    let summary = stderr
        .strip_prefix("0 errors, 0 warnings\ncontent: ")
        .and_then(|rest| rest.strip_suffix(" other documents, ready to publish\n"))
        .unwrap_or_else(|| panic!("unexpected report:\n{stderr}"));
    let numbers: Vec<&str> = summary
        .split([' '])
        .filter(|word| word.parse::<usize>().is_ok())
        .collect();
    assert_eq!(
        summary,
        format!(
            "{} revisions of the notice and {} of {}",
            numbers[0], numbers[1], numbers[2]
        ),
        "{stderr}"
    );
    // Complete as well: every text is translated.
    let (code, stderr) = check_with("content", &["--strict"]);
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn a_valid_minimal_folder_has_only_the_summary() {
    let (code, stderr) = check("tests/fixtures/check-valid");
    assert_eq!(
        stderr,
        "0 errors, 0 warnings\n\
         tests/fixtures/check-valid: 1 revision, ready to publish\n"
    );
    assert_eq!(code, 0);
}

#[test]
fn toml_syntax_error() {
    // revision.toml line 5: `note = { ja = 公表しました。, …` (text without
    // quotes). The seven characters TOML could not read take fourteen
    // columns on a terminal, so fourteen carets.
    let (code, stderr) = check("tests/fixtures/check-toml-syntax");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: string values must be quoted, expected literal string
 --> tests/fixtures/check-toml-syntax/revisions/2024-12-02/revision.toml:5:15
  |
5 | note = { ja = 公表しました。, en = "We published the notice." }
  |               ^^^^^^^^^^^^^^
  |
  = hint: check the TOML syntax here: text goes in double quotes, tables are [name], and each line is key = value

1 error, 0 warnings

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn unknown_field() {
    // revision.toml line 2: `anounced = 2024-11-01`; the key is underlined.
    let (code, stderr) = check("tests/fixtures/check-unknown-field");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: unknown field `anounced`, expected one of `effective`, `announced`, `changes_purposes`, `title`, `note`
 --> tests/fixtures/check-unknown-field/revisions/2024-12-02/revision.toml:2:1
  |
2 | anounced = 2024-11-01
  | ^^^^^^^^
  |
  = hint: remove this key or correct its spelling; content/README.md lists the keys each file takes

1 error, 0 warnings

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn missing_field_of_the_file() {
    // purposes.toml has no `caption`: the whole file lacks it, so there is
    // no line to show.
    let (code, stderr) = check("tests/fixtures/check-missing-caption");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: missing field `caption`
 --> tests/fixtures/check-missing-caption/revisions/2024-12-02/purposes.toml:1:1
  = hint: add the missing key; content/README.md shows a complete example of this file

1 error, 0 warnings

"#]]
        .raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn missing_field_of_a_category() {
    // The second [[category]] (line 14) has no `name`.
    let (code, stderr) = check("tests/fixtures/check-missing-category-name");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: missing field `name`
  --> tests/fixtures/check-missing-category-name/revisions/2024-12-02/purposes.toml:14:1
   |
14 | [[category]]
   | ^^^^^^^^^^^^
   |
   = hint: add the missing key; content/README.md shows a complete example of this file

1 error, 0 warnings

"#]]
        .raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn duplicate_category_ids() {
    // `id = "eligibility"` on lines 7 and 15; the second one is reported,
    // and the gutter widens for the two-digit line number.
    let (code, stderr) = check("tests/fixtures/check-duplicate-category-id");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: the category id "eligibility" is used twice
  --> tests/fixtures/check-duplicate-category-id/revisions/2024-12-02/purposes.toml:15:6
   |
15 | id = "eligibility"
   |      ^^^^^^^^^^^^^
   |
   = hint: each category needs its own id; the first "eligibility" is on line 7

1 error, 0 warnings

"#]]
        .raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn folder_name_not_a_date() {
    // A problem with a folder has no line to show.
    let (code, stderr) = check("tests/fixtures/check-folder-not-a-date");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: the folder name "2024-12-2" is not a date
 --> tests/fixtures/check-folder-not-a-date/revisions/2024-12-2
  = hint: name each revision folder by its effective date as YYYY-MM-DD, e.g. revisions/2025-04-01

1 error, 0 warnings

"#]]
        .raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn folder_name_not_matching_effective() {
    // Folder 2024-12-02, `effective = 2024-12-01` on line 1.
    let (code, stderr) = check("tests/fixtures/check-effective-mismatch");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: effective = 2024-12-01 does not match the folder name 2024-12-02
 --> tests/fixtures/check-effective-mismatch/revisions/2024-12-02/revision.toml:1:13
  |
1 | effective = 2024-12-01
  |             ^^^^^^^^^^
  |
  = hint: a revision folder is named by its effective date: rename the folder or correct the date

1 error, 0 warnings

"#]]
        .raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn announced_after_effective() {
    // `announced = 2024-12-03` on line 2, effective 2024-12-02.
    let (code, stderr) = check("tests/fixtures/check-announced-after-effective");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: announced = 2024-12-03 is after effective = 2024-12-02
 --> tests/fixtures/check-announced-after-effective/revisions/2024-12-02/revision.toml:2:13
  |
2 | announced = 2024-12-03
  |             ^^^^^^^^^^
  |
  = hint: a revision is announced on or before the day it takes effect; correct one of the dates

1 error, 0 warnings

"#]]
        .raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn missing_english_is_only_a_warning() {
    // purposes.toml: the first category's name (line 8) and its second
    // purpose (line 11) have no `en`; 20-requests.en.md does not exist.
    let (code, stderr) = check_with("tests/fixtures/check-missing-english", EDITING);
    assert_data_eq!(
        &stderr,
        str![[r#"
warning: this section has no English translation
 --> tests/fixtures/check-missing-english/revisions/2024-12-02/20-requests.ja.md:1:1
  = hint: add 20-requests.en.md with the same front matter in English; until then the English page shows the Japanese text, marked as Japanese

warning: the category "資格に関する情報" has no English translation
 --> tests/fixtures/check-missing-english/revisions/2024-12-02/purposes.toml:8:8
  |
8 | name = { ja = "資格に関する情報" }
  |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: add en = "…" next to ja; until then the English page shows the Japanese text, marked as Japanese

warning: the purpose "保険料の徴収" has no English translation
  --> tests/fixtures/check-missing-english/revisions/2024-12-02/purposes.toml:11:3
   |
11 |   { ja = "保険料の徴収" },
   |   ^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: add en = "…" next to ja; until then the English page shows the Japanese text, marked as Japanese

0 errors, 3 warnings
tests/fixtures/check-missing-english: 1 revision, ready to publish
note: on 2024-11-01 the first revision is published as upcoming: it was announced on 2024-11-01 and takes effect on 2024-12-02

"#]].raw()
    );
    assert_eq!(code, 0);
}

#[test]
fn operator_without_representative_and_contact_without_phone() {
    // site.toml: [operator] on line 3, [contact] on line 7.
    let (code, stderr) = check("tests/fixtures/check-site-missing-items");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: the operator's representative is missing
 --> tests/fixtures/check-site-missing-items/site.toml:3:1
  |
3 | [operator]
  | ^^^^^^^^^^
  |
  = hint: add representative = { ja = "…", en = "…" } under [operator]: APPI Art. 32(1)(i) requires the notice to state the operator's name, address and representative

error: the contact desk has no phone number
 --> tests/fixtures/check-site-missing-items/site.toml:7:1
  |
7 | [contact]
  | ^^^^^^^^^
  |
  = hint: add phone = "03-0000-0000" under [contact]: APPI Art. 32 requires the notice to say where requests and complaints go

2 errors, 0 warnings

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn revision_without_requests_and_safety_measures_sections() {
    // The only section is 30-complaints, which has no role.
    let (code, stderr) = check("tests/fixtures/check-no-role-sections");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: no section explains how to make requests (disclosure, correction, suspension of use)
 --> tests/fixtures/check-no-role-sections/revisions/2024-12-02
  = hint: add a section file (e.g. 20-requests.ja.md) whose front matter says role = "requests" (required by APPI Art. 32(1)(iii))

error: no section describes the safety-management measures
 --> tests/fixtures/check-no-role-sections/revisions/2024-12-02
  = hint: add a section file (e.g. 10-safety-measures.ja.md) whose front matter says role = "safety-measures" (required by APPI Art. 32(1)(iv) and Cabinet Order Art. 10(1))

2 errors, 0 warnings

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn purposes_without_categories() {
    let (code, stderr) = check("tests/fixtures/check-no-categories");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: the purposes table has no categories
 --> tests/fixtures/check-no-categories/revisions/2024-12-02/purposes.toml:1:1
  = hint: add a [[category]] with id, name and purposes: APPI Art. 32(1)(ii) requires the purposes of use to be stated

1 error, 0 warnings

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn front_matter_errors_point_at_lines_of_the_file() {
    // 10-safety-measures.en.md line 3 (line 2 of the front matter): `rol = …`.
    let (code, stderr) = check("tests/fixtures/check-front-matter");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: unknown field `rol`, expected `title` or `role`
 --> tests/fixtures/check-front-matter/revisions/2024-12-02/10-safety-measures.en.md:3:1
  |
3 | rol = "safety-measures"
  | ^^^
  |
  = hint: remove this key or correct its spelling; content/README.md lists the keys each file takes

1 error, 0 warnings

"#]]
        .raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn front_matter_values_point_at_columns_of_the_file() {
    // 20-requests.en.md line 3: `role = "safety-measures"`; the value
    // starts in column 8. The Japanese file says role = "requests".
    let (code, stderr) = check("tests/fixtures/check-role-differs");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: the role differs from the Japanese file's
 --> tests/fixtures/check-role-differs/revisions/2024-12-02/20-requests.en.md:3:8
  |
3 | role = "safety-measures"
  |        ^^^^^^^^^^^^^^^^^
  |
  = hint: give both files the same role, as in 20-requests.ja.md, or leave it out here

1 error, 0 warnings

"#]]
        .raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn empty_section_title() {
    // 10-safety-measures.ja.md line 2: `title = ""`; the value starts in column 9.
    let (code, stderr) = check("tests/fixtures/check-empty-section-title");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: the section title is empty
 --> tests/fixtures/check-empty-section-title/revisions/2024-12-02/10-safety-measures.ja.md:2:9
  |
2 | title = ""
  |         ^^
  |
  = hint: every section needs a heading: write title = "…"

1 error, 0 warnings

"#]]
        .raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn raw_html_is_reported_at_lines_of_the_file() {
    // 10-safety-measures.ja.md line 7: `明確にしています。<br>` (body line 3).
    // purposes.toml line 6: `intro = { ja = "当組合は、次の目的で<b>個人情報</b>…`
    // (the string starts in column 17); line 9: `上表と同一です。<br>`, the
    // second line of the `notes` string that opens on line 7.
    let (code, stderr) = check("tests/fixtures/check-raw-html");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: raw HTML is not allowed in content
 --> tests/fixtures/check-raw-html/revisions/2024-12-02/10-safety-measures.ja.md:7:10
  |
7 | 明確にしています。<br>
  |                   ^^^^
  |
  = hint: write it in Markdown instead: **bold**, lists with "- ", links as [text](https://…); HTML is left out of the page

error: raw HTML is not allowed in content
 --> tests/fixtures/check-raw-html/revisions/2024-12-02/purposes.toml:6:27
  |
6 | intro = { ja = "当組合は、次の目的で<b>個人情報</b>を取り扱います。", en = "The Society handles personal information for the purposes below." }
  |                                     ^^^
  |
  = hint: write it in Markdown instead: **bold**, lists with "- ", links as [text](https://…); HTML is left out of the page

error: raw HTML is not allowed in content
 --> tests/fixtures/check-raw-html/revisions/2024-12-02/purposes.toml:6:34
  |
6 | intro = { ja = "当組合は、次の目的で<b>個人情報</b>を取り扱います。", en = "The Society handles personal information for the purposes below." }
  |                                                ^^^^
  |
  = hint: write it in Markdown instead: **bold**, lists with "- ", links as [text](https://…); HTML is left out of the page

error: raw HTML is not allowed in content
 --> tests/fixtures/check-raw-html/revisions/2024-12-02/purposes.toml:9:9
  |
9 | 上表と同一です。<br>
  |                 ^^^^
  |
  = hint: write it in Markdown instead: **bold**, lists with "- ", links as [text](https://…); HTML is left out of the page

4 errors, 0 warnings

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn markdown_the_pages_cannot_show_as_written_is_reported() {
    // Each construct once, where staff wrote it: a heading a fifth level
    // deep, a footnote and its note, a table without a caption and with a
    // row one cell too long, a table without its line of dashes, ~~, check
    // boxes, a link name never defined (also in a TOML string, at its
    // column in the file), a space in a link's address, ** with a space
    // inside, and an address followed by Japanese with no space. The page
    // still shows them, so they are warnings: a folder sealed before check
    // knew them keeps working.
    let (code, stderr) = check_with("tests/fixtures/check-markdown-unsupported", EDITING);
    assert_data_eq!(
        &stderr,
        str![[r#"
warning: this heading is nested deeper than a page can show
  --> tests/fixtures/check-markdown-unsupported/revisions/2024-12-02/10-safety-measures.ja.md:10:1
   |
10 | ##### 分担
   | ^^^^^^^^^^
   |
   = hint: a section's text has four levels of headings (## to #####); this one is shown at the level of the heading above it

warning: footnotes are not supported
 --> tests/fixtures/check-markdown-unsupported/revisions/2024-12-02/20-requests.ja.md:6:15
  |
6 | 下記の窓口にお申し出ください[^1]。
  |                             ^^^^
  |
  = hint: write the note as a paragraph of its own, e.g. starting with ※; until then the page shows [^…] as written

warning: footnotes are not supported
 --> tests/fixtures/check-markdown-unsupported/revisions/2024-12-02/20-requests.ja.md:8:1
  |
8 | [^1]: 平日のみ受け付けます。
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: write the note as a paragraph of its own, e.g. starting with ※; until then the page shows [^…] as written

warning: this table has no caption
  --> tests/fixtures/check-markdown-unsupported/revisions/2024-12-02/20-requests.ja.md:10:1
   |
10 | | 請求 | 手数料 |
   | ^^^^^^^^^^^^^^^^^
   |
   = hint: write its name in a line right above it, e.g. 表：手数料 (Table: Fees in English), or put a heading right above it; until then screen readers name it after the heading before it

warning: this row has 3 cells but the table has 2 columns
  --> tests/fixtures/check-markdown-unsupported/revisions/2024-12-02/20-requests.ja.md:12:1
   |
12 | | 開示 | 300円 | 郵送のみ |
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: the cells after the first 2 are not shown: add a column to the header row and to the line of dashes, or join the cells

warning: this looks like a table but is not one
  --> tests/fixtures/check-markdown-unsupported/revisions/2024-12-02/20-requests.ja.md:14:1
   |
14 | | 請求 | 手数料 |
   | ^^^^^^^^^^^^^^^^^
   |
   = hint: a table needs a blank line before it, a header row, then a line such as | --- | --- | with as many columns as the header row; until then the page shows the | marks

warning: struck-through text (~~…~~) is not supported
  --> tests/fixtures/check-markdown-unsupported/revisions/2024-12-02/20-requests.ja.md:17:1
   |
17 | ~~旧手数料は500円です。~~ 受付は9:00~17:00です。
   | ^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: delete text that no longer applies (the history keeps every earlier version); until then the page shows the ~~ marks

warning: check boxes (- [ ] and - [x]) are not supported
  --> tests/fixtures/check-markdown-unsupported/revisions/2024-12-02/20-requests.ja.md:19:1
   |
19 | - [ ] 請求書
   | ^^^^^^^^^^^^
   |
   = hint: write the item as an ordinary list item without the brackets; until then the page shows them

warning: check boxes (- [ ] and - [x]) are not supported
  --> tests/fixtures/check-markdown-unsupported/revisions/2024-12-02/20-requests.ja.md:20:1
   |
20 | - [x] 本人確認書類
   | ^^^^^^^^^^^^^^^^^^
   |
   = hint: write the item as an ordinary list item without the brackets; until then the page shows them

warning: the link name [kitei] is not defined
  --> tests/fixtures/check-markdown-unsupported/revisions/2024-12-02/20-requests.ja.md:22:5
   |
22 | 詳しくは[規程][kitei]と[案内](https://kenpo.example.jp/guide 2025)をご覧ください。
   |         ^^^^^^^^^^^^^
   |
   = hint: write the link as [text](https://…), or add a line [kitei]: https://… to the same text; until then the page shows the brackets

warning: these brackets do not make a link
  --> tests/fixtures/check-markdown-unsupported/revisions/2024-12-02/20-requests.ja.md:22:20
   |
22 | 詳しくは[規程][kitei]と[案内](https://kenpo.example.jp/guide 2025)をご覧ください。
   |                             ^^
   |
   = hint: write a link as [text](https://…) with no space in the address; until then the page shows the brackets

warning: ** does not make bold text here
  --> tests/fixtures/check-markdown-unsupported/revisions/2024-12-02/20-requests.ja.md:24:1
   |
24 | ** 重要** 詳細は https://kenpo.example.jp/requestsをご覧ください。
   | ^^
   |
   = hint: write bold text as **text**, with no space just inside the marks; to show the characters themselves, write a \ before each; until then the page shows **

warning: the web address runs on into the text after it: "https://kenpo.example.jp/requestsをご覧ください。"
  --> tests/fixtures/check-markdown-unsupported/revisions/2024-12-02/20-requests.ja.md:24:13
   |
24 | ** 重要** 詳細は https://kenpo.example.jp/requestsをご覧ください。
   |                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: put a space after the address, or write the link as [text](https://…)

warning: the link name [規程] is not defined
 --> tests/fixtures/check-markdown-unsupported/revisions/2024-12-02/purposes.toml:6:22
  |
6 | intro = { ja = "当組合は、[規程][]に従い、次の目的で個人情報を取り扱います。", en = "The Society handles personal information for the purposes below." }
  |                           ^^^^^^^^
  |
  = hint: write the link as [text](https://…), or add a line [規程]: https://… to the same text; until then the page shows the brackets

0 errors, 14 warnings
tests/fixtures/check-markdown-unsupported: 1 revision, ready to publish
note: on 2024-11-01 the first revision is published as upcoming: it was announced on 2024-11-01 and takes effect on 2024-12-02

"#]].raw()
    );
    assert_eq!(code, 0);
}

#[test]
fn carets_count_a_japanese_character_as_two_columns() {
    // purposes.toml line 6: `<b>` is the 27th character, after `intro = {
    // ja = "` (16 columns) and ten Japanese characters (20 columns): an
    // editor says column 27, a terminal shows it 36 columns in.
    let (_, stderr) = check("tests/fixtures/check-raw-html");
    let report: Vec<&str> = stderr.lines().collect();
    let reported_at = |place: &str| {
        report
            .iter()
            .position(|line| line.ends_with(place))
            .unwrap_or_else(|| panic!("nothing reported at {place}:\n{stderr}"))
    };
    let b = reported_at("purposes.toml:6:27");
    assert!(report[b + 2].starts_with("6 | intro = { ja = \"当組合は、次の目的で<b>"));
    assert_eq!(report[b + 3], format!("  | {}^^^", " ".repeat(36)));
    // `</b>` after four more: 27 + 3 + 4 = column 34, 36 + 3 + 8 = 47 columns in.
    let end_b = reported_at("purposes.toml:6:34");
    assert_eq!(report[end_b + 3], format!("  | {}^^^^", " ".repeat(47)));
}

#[test]
fn a_file_that_is_not_utf8() {
    // purposes.toml saved as Shift_JIS: the first non-ASCII character is
    // the 個 of `heading = { ja = "個人情報…`, column 19 of line 1. From there
    // the line cannot be read; each bad byte sequence shows as one �.
    let (code, stderr) = check("tests/fixtures/check-not-utf8");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: the file is not UTF-8 text
 --> tests/fixtures/check-not-utf8/revisions/2024-12-02/purposes.toml:1:19
  |
1 | heading = { ja = "��l���̗��p�ړI", en = "Purposes of Use of Personal Information" }
  |                   ^
  |
  = hint: save the file with the UTF-8 encoding (not Shift_JIS); most editors offer it under "Save with encoding"

1 error, 0 warnings

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn an_empty_content_folder() {
    let dir = tempfile::tempdir().expect("cannot create a temporary folder");
    let (code, stderr) = check(dir.path());
    let shown = dir.path().display().to_string();
    assert_data_eq!(
        stderr.replace(&shown, "<folder>"),
        str![[r#"
error: the content folder is empty
 --> <folder>
  = hint: a content folder holds site.toml and revisions/<YYYY-MM-DD>/; copy the example content/ folder to start

1 error, 0 warnings

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[cfg(unix)]
#[test]
fn a_content_folder_that_does_not_exist() {
    let missing = "tests/fixtures/check-no-such-folder";
    assert!(!Path::new(env!("CARGO_MANIFEST_DIR")).join(missing).exists());
    let (code, stderr) = check(missing);
    // One problem, not three: inside a folder that cannot be opened there is
    // no point in also asking for site.toml and revisions/.
    assert_data_eq!(
        &stderr,
        str![[r#"
error: cannot open the content folder: No such file or directory (os error 2)
 --> tests/fixtures/check-no-such-folder
  = hint: pass the folder that holds site.toml and revisions/ with --content

1 error, 0 warnings

"#]]
        .raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn every_problem_is_reported_in_one_run_sorted_by_file_then_place() {
    // One or two problems in each file. The heading warning in purposes.toml
    // is found after the duplicate id but sits on an earlier line.
    let (code, stderr) = check_with("tests/fixtures/check-many-problems", EDITING);
    assert_data_eq!(
        &stderr,
        str![[r#"
error: raw HTML is not allowed in content
 --> tests/fixtures/check-many-problems/revisions/2024-12-02/10-safety-measures.en.md:6:28
  |
6 | We have defined which staff<br>handle personal data.
  |                            ^^^^
  |
  = hint: write it in Markdown instead: **bold**, lists with "- ", links as [text](https://…); HTML is left out of the page

warning: the purposes heading has no English translation
 --> tests/fixtures/check-many-problems/revisions/2024-12-02/purposes.toml:1:11
  |
1 | heading = { ja = "個人情報の利用目的" }
  |           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: add en = "…" next to ja; until then the English page shows the Japanese text, marked as Japanese

error: the category id "eligibility" is used twice
  --> tests/fixtures/check-many-problems/revisions/2024-12-02/purposes.toml:15:6
   |
15 | id = "eligibility"
   |      ^^^^^^^^^^^^^
   |
   = hint: each category needs its own id; the first "eligibility" is on line 7

error: announced = 2024-12-03 is after effective = 2024-12-02
 --> tests/fixtures/check-many-problems/revisions/2024-12-02/revision.toml:2:13
  |
2 | announced = 2024-12-03
  |             ^^^^^^^^^^
  |
  = hint: a revision is announced on or before the day it takes effect; correct one of the dates

error: base_url "kenpo.example.jp/privacy/" is not an absolute web address
 --> tests/fixtures/check-many-problems/site.toml:1:12
  |
1 | base_url = "kenpo.example.jp/privacy/"
  |            ^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: write the address the site is published at, e.g. base_url = "https://kenpo.example.jp/privacy/"

error: the contact desk has no phone number
 --> tests/fixtures/check-many-problems/site.toml:8:1
  |
8 | [contact]
  | ^^^^^^^^^
  |
  = hint: add phone = "03-0000-0000" under [contact]: APPI Art. 32 requires the notice to say where requests and complaints go

5 errors, 1 warning

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn a_broken_japanese_section_is_the_only_error_not_a_missing_role_too() {
    let (code, stderr) = check("tests/fixtures/check-front-matter-japanese");
    // Line 3 is `rol = "safety-measures"`: the typo is the problem to fix;
    // the section's role is unknown, so it is not also reported missing.
    assert_data_eq!(
        &stderr,
        str![[r#"
error: unknown field `rol`, expected `title` or `role`
 --> tests/fixtures/check-front-matter-japanese/revisions/2024-12-02/10-safety-measures.ja.md:3:1
  |
3 | rol = "safety-measures"
  | ^^^
  |
  = hint: remove this key or correct its spelling; content/README.md lists the keys each file takes

1 error, 0 warnings

"#]]
        .raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn a_purpose_change_must_be_declared() {
    let (code, stderr) = check("tests/fixtures/check-undeclared-purpose-change");
    // 2025-04-01 adds 保険料の還付 but line 3 says `changes_purposes = false`;
    // column 20 is the value.
    assert_data_eq!(
        &stderr,
        str![[r#"
error: the purposes table differs from the revision of 2024-12-02, but changes_purposes = false
 --> tests/fixtures/check-undeclared-purpose-change/revisions/2025-04-01/revision.toml:3:20
  |
3 | changes_purposes = false
  |                    ^^^^^
  |
  = hint: set changes_purposes = true and say in the change note what changed: a change of purposes must be announced (APPI Art. 21(3))

1 error, 0 warnings

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn a_declared_purpose_change_that_changes_nothing_is_a_warning() {
    let (code, stderr) = check_with("tests/fixtures/check-declared-but-unchanged", EDITING);
    assert_data_eq!(
        &stderr,
        str![[r#"
warning: changes_purposes = true, but the purposes table is the same as in the revision of 2024-12-02
 --> tests/fixtures/check-declared-but-unchanged/revisions/2025-04-01/revision.toml:3:20
  |
3 | changes_purposes = true
  |                    ^^^^
  |
  = hint: set changes_purposes = false if only other parts of the notice changed; purpose changes are what members are told about

0 errors, 1 warning
tests/fixtures/check-declared-but-unchanged: 2 revisions, ready to publish
note: on 2024-11-01 the first revision is published as upcoming: it was announced on 2024-11-01 and takes effect on 2024-12-02

"#]].raw()
    );
    assert_eq!(code, 0);
}

#[test]
fn a_broken_revision_does_not_make_its_neighbours_look_changed() {
    let (code, stderr) = check("tests/fixtures/check-broken-middle-revision");
    // 2025-01-01 adds 保険料の還付 but its note is unquoted (line 5, column
    // 15). 2025-04-01 keeps the table and rightly says changes_purposes =
    // false; compared with 2024-12-02 instead, it would look undeclared.
    assert_data_eq!(
        &stderr,
        str![[r#"
error: string values must be quoted, expected literal string
 --> tests/fixtures/check-broken-middle-revision/revisions/2025-01-01/revision.toml:5:15
  |
5 | note = { ja = 保険料の還付を追加しました。, en = "We added refunding premiums." }
  |               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: check the TOML syntax here: text goes in double quotes, tables are [name], and each line is key = value

1 error, 0 warnings

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn revisions_are_announced_in_the_order_they_take_effect() {
    let (code, stderr) = check("tests/fixtures/check-announced-out-of-order");
    // 2025-04-01 is announced on 2024-10-01, before 2024-12-02 was (2024-11-01).
    assert_data_eq!(
        &stderr,
        str![[r#"
error: announced = 2024-10-01 is before the announcement of the revision of 2024-12-02 (2024-11-01)
 --> tests/fixtures/check-announced-out-of-order/revisions/2025-04-01/revision.toml:2:13
  |
2 | announced = 2024-10-01
  |             ^^^^^^^^^^
  |
  = hint: a revision is announced on or after the day the revision before it was announced; correct one of the dates

1 error, 0 warnings

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn every_revision_says_what_it_changes_in_japanese() {
    let (code, stderr) = check_with("tests/fixtures/check-change-note", EDITING);
    assert_data_eq!(
        &stderr,
        str![[r#"
warning: the change note has no English translation
 --> tests/fixtures/check-change-note/revisions/2024-12-02/revision.toml:5:8
  |
5 | note = { ja = "公表しました。" }
  |        ^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: add en = "…" next to ja; until then the English page shows the Japanese text, marked as Japanese

error: the Japanese text of the change note is empty
 --> tests/fixtures/check-change-note/revisions/2025-04-01/revision.toml:5:15
  |
5 | note = { ja = "", en = "We corrected the wording." }
  |               ^^
  |
  = hint: say in Japanese what this revision changes and why (the first revision: that the notice is published); members read it in the history, on the changes page and in the feeds

1 error, 1 warning

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn a_purpose_listed_twice_in_a_category_is_an_error() {
    let (code, stderr) = check("tests/fixtures/check-duplicate-purpose");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: the purpose "加入者の管理" is listed twice in the category "資格に関する情報"
  --> tests/fixtures/check-duplicate-purpose/revisions/2024-12-02/purposes.toml:12:3
   |
12 |   { ja = "加入者の管理", en = "Managing member records" },
   |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: remove one of them; the first is on line 10

1 error, 0 warnings

"#]]
        .raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn the_staff_guide_shows_what_check_prints() {
    // content/README.md explains a report on a repeated category id and a
    // missing translation in a new revision; it is this fixture's, checked
    // as staff run it before the revision is announced.
    let work = tempfile::tempdir().expect("cannot create a temporary folder");
    copy_dir(
        &repo_path("tests/fixtures/check-staff-guide"),
        &work.path().join("content"),
    );
    let (code, _, stderr) = Kohyo::new(["check", "--content", "content", "--as-of", "2025-02-01"])
        .current_dir(work.path())
        .run();
    assert_eq!(code, 1);
    let guide = std::fs::read_to_string(repo_path("content/README.md")).unwrap();
    let shown = guide
        .split("```\n")
        .find(|block| block.contains("\n  --> content/revisions/"))
        .expect("the staff guide shows a report");
    assert_eq!(shown, stderr);
}

#[test]
fn strict_counts_missing_english_as_errors() {
    // The same three warnings as without --strict, now errors that say why;
    // the content is not ready to publish.
    let (code, stderr) = check_with(
        "tests/fixtures/check-missing-english",
        &["--strict", "--as-of", "2024-11-01"],
    );
    assert_data_eq!(
        &stderr,
        str![[r#"
error: this section has no English translation
 --> tests/fixtures/check-missing-english/revisions/2024-12-02/20-requests.ja.md:1:1
  = hint: add 20-requests.en.md with the same front matter in English; until then the English page shows the Japanese text, marked as Japanese
  = note: this is a warning; --strict makes it an error

error: the category "資格に関する情報" has no English translation
 --> tests/fixtures/check-missing-english/revisions/2024-12-02/purposes.toml:8:8
  |
8 | name = { ja = "資格に関する情報" }
  |        ^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: add en = "…" next to ja; until then the English page shows the Japanese text, marked as Japanese
  = note: this is a warning; --strict makes it an error

error: the purpose "保険料の徴収" has no English translation
  --> tests/fixtures/check-missing-english/revisions/2024-12-02/purposes.toml:11:3
   |
11 |   { ja = "保険料の徴収" },
   |   ^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: add en = "…" next to ja; until then the English page shows the Japanese text, marked as Japanese
   = note: this is a warning; --strict makes it an error

3 errors, 0 warnings

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn strict_changes_nothing_for_errors() {
    let (plain_code, plain) = check_with("tests/fixtures/check-many-problems", EDITING);
    let (strict_code, strict) = check_with(
        "tests/fixtures/check-many-problems",
        &["--strict", "--as-of", "2024-11-01"],
    );
    assert_eq!((plain_code, strict_code), (1, 1));
    // The one warning (the heading's English) becomes the sixth error.
    assert!(plain.ends_with("\n5 errors, 1 warning\n"), "{plain}");
    assert!(strict.ends_with("\n6 errors, 0 warnings\n"), "{strict}");
    assert_eq!(
        strict
            .replace(
                "\n  = note: this is a warning; --strict makes it an error\n",
                "\n"
            )
            .replace("6 errors, 0 warnings", "5 errors, 1 warning"),
        plain.replacen(
            "warning: the purposes heading",
            "error: the purposes heading",
            1
        )
    );
}

#[test]
fn json_for_tools() {
    // The whole document, for the fixture with warnings: whole-file
    // problems have no line to show, and null says so.
    let (code, stdout) = check_json("tests/fixtures/check-missing-english", EDITING);
    assert_data_eq!(
        &stdout,
        str![[r#"
{
  "version": 1,
  "content": "tests/fixtures/check-missing-english",
  "errors": 0,
  "warnings": 3,
  "notes": 0,
  "diagnostics": [
    {
      "severity": "warning",
      "file": "revisions/2024-12-02/20-requests.ja.md",
      "path": "tests/fixtures/check-missing-english/revisions/2024-12-02/20-requests.ja.md",
      "line": 1,
      "column": 1,
      "end_line": null,
      "end_column": null,
      "message": "this section has no English translation",
      "hint": "add 20-requests.en.md with the same front matter in English; until then the English page shows the Japanese text, marked as Japanese",
      "note": null,
      "source_line": null
    },
    {
      "severity": "warning",
      "file": "revisions/2024-12-02/purposes.toml",
      "path": "tests/fixtures/check-missing-english/revisions/2024-12-02/purposes.toml",
      "line": 8,
      "column": 8,
      "end_line": 8,
      "end_column": 27,
      "message": "the category \"資格に関する情報\" has no English translation",
      "hint": "add en = \"…\" next to ja; until then the English page shows the Japanese text, marked as Japanese",
      "note": null,
      "source_line": "name = { ja = \"資格に関する情報\" }"
    },
    {
      "severity": "warning",
      "file": "revisions/2024-12-02/purposes.toml",
      "path": "tests/fixtures/check-missing-english/revisions/2024-12-02/purposes.toml",
      "line": 11,
      "column": 3,
      "end_line": 11,
      "end_column": 20,
      "message": "the purpose \"保険料の徴収\" has no English translation",
      "hint": "add en = \"…\" next to ja; until then the English page shows the Japanese text, marked as Japanese",
      "note": null,
      "source_line": "  { ja = \"保険料の徴収\" },"
    }
  ]
}

"#]].raw()
    );
    assert_eq!(code, 0);
}

#[test]
fn json_lists_every_problem_with_its_place() {
    let (code, stdout) = check_json("tests/fixtures/check-many-problems", EDITING);
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&stdout).expect("one JSON document");
    assert_eq!(report["version"], 1);
    assert_eq!(report["content"], "tests/fixtures/check-many-problems");
    assert_eq!(
        (&report["errors"], &report["warnings"]),
        (&json!(5), &json!(1))
    );
    // Each as `severity file:line:column-end_line:end_column`.
    let places: Vec<String> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            format!(
                "{} {}:{}:{}-{}:{}",
                d["severity"].as_str().unwrap(),
                d["file"].as_str().unwrap(),
                d["line"],
                d["column"],
                d["end_line"],
                d["end_column"]
            )
        })
        .collect();
    assert_eq!(
        places,
        [
            "error revisions/2024-12-02/10-safety-measures.en.md:6:28-6:32",
            "warning revisions/2024-12-02/purposes.toml:1:11-1:31",
            "error revisions/2024-12-02/purposes.toml:15:6-15:19",
            "error revisions/2024-12-02/revision.toml:2:13-2:23",
            "error site.toml:1:12-1:39",
            "error site.toml:8:1-8:10",
        ]
    );
    let id = &report["diagnostics"][2];
    assert_eq!(
        id["path"],
        "tests/fixtures/check-many-problems/revisions/2024-12-02/purposes.toml"
    );
    assert_eq!(
        id["message"],
        "the category id \"eligibility\" is used twice"
    );
    assert_eq!(
        id["hint"],
        "each category needs its own id; the first \"eligibility\" is on line 7"
    );
    assert_eq!(id["note"], Value::Null);
    assert_eq!(id["source_line"], "id = \"eligibility\"");
}

#[test]
fn json_with_strict_reports_warnings_as_errors() {
    let (code, stdout) = check_json(
        "tests/fixtures/check-missing-english",
        &["--strict", "--as-of", "2024-11-01"],
    );
    assert_eq!(code, 1);
    let report: Value = serde_json::from_str(&stdout).expect("one JSON document");
    assert_eq!(
        (&report["errors"], &report["warnings"]),
        (&json!(3), &json!(0))
    );
    for diagnostic in report["diagnostics"].as_array().unwrap() {
        assert_eq!(diagnostic["severity"], "error");
        assert_eq!(
            diagnostic["note"],
            "this is a warning; --strict makes it an error"
        );
    }
}

#[test]
fn json_for_clean_content_and_for_a_missing_folder() {
    let (code, stdout) = check_json("tests/fixtures/check-valid", &[]);
    assert_data_eq!(
        &stdout,
        str![[r#"
{
  "version": 1,
  "content": "tests/fixtures/check-valid",
  "errors": 0,
  "warnings": 0,
  "notes": 0,
  "diagnostics": []
}

"#]]
        .raw()
    );
    assert_eq!(code, 0);

    let (code, stdout) = check_json("tests/fixtures/check-no-such-folder", &[]);
    let report: Value = serde_json::from_str(&stdout).expect("one JSON document");
    assert_eq!(report["errors"], 1);
    let diagnostic = &report["diagnostics"][0];
    assert_eq!(diagnostic["file"], "");
    assert_eq!(diagnostic["path"], "tests/fixtures/check-no-such-folder");
    assert_eq!(diagnostic["line"], Value::Null);
    assert_eq!(diagnostic["source_line"], Value::Null);
    assert_eq!(code, 1);
}

#[test]
fn format_and_strict_can_come_from_the_environment() {
    let (code, stdout, stderr) = Kohyo::new([
        "check",
        "--content",
        "tests/fixtures/check-missing-english",
        "--as-of",
        "2024-11-01",
    ])
    .env("KOHYO_CHECK_FORMAT", "json")
    .env("KOHYO_CHECK_STRICT", "true")
    .run();
    assert_eq!(code, 1);
    assert!(stderr.is_empty());
    let report: Value = serde_json::from_str(&stdout).expect("one JSON document");
    assert_eq!(report["errors"], 3);
}

#[test]
fn contact_numbers_and_addresses_are_checked_where_they_are_written() {
    // site.toml lists six numbers in the list form: one digit short, a
    // label written into the number, a number abroad, an extension in
    // kanji, a fax without fax = true, a label without English; the e-mail
    // address has a full-width ＠. Hidden characters are found in any file,
    // Markdown included, and shown as � in the excerpt.
    let (code, stderr) = check_with("tests/fixtures/check-phone-numbers", EDITING);
    assert_data_eq!(
        &stderr,
        str![[r#"
warning: hidden character U+200B ZERO WIDTH SPACE
 --> tests/fixtures/check-phone-numbers/revisions/2024-12-02/10-safety-measures.ja.md:6:19
  |
6 | 個人データを取り扱う職員の範囲を明確�にしています。
  |                                     ^
  |
  = hint: it cannot be seen, but makes words that look the same differ (in searches, and in the changes between revisions); delete it: put the cursor at line 6, column 19 and press Delete once (nothing seems to disappear, because it is invisible)

warning: hidden character U+202E RIGHT-TO-LEFT OVERRIDE
 --> tests/fixtures/check-phone-numbers/site.toml:9:20
  |
9 | desk = { ja = "個人情報�相談窓口", en = "Personal Information Desk" }
  |                        ^
  |
  = hint: it changes the order in which the text around it is shown, so what readers see is not what the file says; delete it: put the cursor at line 9, column 20 and press Delete once (nothing seems to disappear, because it is invisible)

error: the phone number "06-0000-123" has 9 digits, but a fixed-line number has 10
  --> tests/fixtures/check-phone-numbers/site.toml:12:14
   |
12 |   { number = "06-0000-123", label = { ja = "代表", en = "Main" } },
   |              ^^^^^^^^^^^^^
   |
   = hint: check the number: fixed lines have 10 digits with the area code (03-1234-5678), as have 0120 free dial and 0570 numbers; mobiles (070, 080, 090), IP phones (050) and 0800 free dial have 11

error: the phone number "TEL 06-0000-1234" cannot be read
  --> tests/fixtures/check-phone-numbers/site.toml:13:14
   |
13 |   { number = "TEL 06-0000-1234" },
   |              ^^^^^^^^^^^^^^^^^^
   |
   = hint: write only the number here, with digits and hyphens (e.g. 03-1234-5678); a label goes in label = { ja = "…", en = "…" } and an extension in extension = "123"

error: "+1 212-000-0000" is not a Japanese phone number
  --> tests/fixtures/check-phone-numbers/site.toml:14:14
   |
14 |   { number = "+1 212-000-0000" },
   |              ^^^^^^^^^^^^^^^^^
   |
   = hint: kohyo links only Japanese numbers: write the number as it is dialled in Japan, e.g. 03-1234-5678 or +81 3-1234-5678

error: the extension "百二十三" is not a number
  --> tests/fixtures/check-phone-numbers/site.toml:15:42
   |
15 |   { number = "06-0000-1200", extension = "百二十三" },
   |                                          ^^^^^^^^^^
   |
   = hint: write the extension's digits only, e.g. extension = "123"; the page adds 内線 or ext. itself

warning: the label says this is a fax, but fax = true is not set
  --> tests/fixtures/check-phone-numbers/site.toml:16:38
   |
16 |   { number = "06-0000-1235", label = { ja = "FAX", en = "Fax" } },
   |                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: add fax = true to this number, so that the page does not offer to call a fax machine

warning: the label of the phone number 0120-000-000 has no English translation
  --> tests/fixtures/check-phone-numbers/site.toml:17:38
   |
17 |   { number = "0120-000-000", label = { ja = "フリーダイヤル" } },
   |                                      ^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: add en = "…" next to ja; until then the English page shows the Japanese text, marked as Japanese

error: "privacy＠kenpo.example.jp" is not an e-mail address: it has full-width characters (such as ＠ or ａ)
  --> tests/fixtures/check-phone-numbers/site.toml:19:9
   |
19 | email = "privacy＠kenpo.example.jp"
   |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: write it in half-width characters like email = "privacy@kenpo.example.jp", or remove the line

5 errors, 4 warnings

"#]].raw()
    );
    assert_eq!(code, 1);
    // The staff guide shows the same warning, as for content/.
    let guide = std::fs::read_to_string(repo_path("content/README.md")).unwrap();
    let override_block = stderr
        .split("\n\n")
        .find(|block| block.contains("RIGHT-TO-LEFT OVERRIDE"))
        .unwrap()
        .replace("tests/fixtures/check-phone-numbers", "content");
    assert!(
        guide.contains(&format!("```\n{override_block}\n```")),
        "content/README.md does not show:\n{override_block}"
    );
}

#[test]
fn several_numbers_on_one_line_are_read_when_they_read_one_way() {
    // phone = "06-0000-1234（代表）／ ０１２０－０００－０００（フリーダイヤル）、
    // 03-0000-0000（内線 123）、06-0000-1235 (FAX)": four numbers; 内線 is an
    // extension and FAX marks a fax, so only two labels lack English.
    let (code, stderr) = check("tests/fixtures/check-phone-line");
    assert_data_eq!(
        &stderr,
        str![[r#"
warning: the label "代表" of 06-0000-1234 has no English translation
  --> tests/fixtures/check-phone-line/site.toml:13:23
   |
13 | phone = "06-0000-1234（代表）／ ０１２０－０００－０００（フリーダイヤル）、03-0000-0000（内線 123）、06-0000-1235 (FAX)"
   |                        ^^^^
   |
   = hint: write the numbers as a list to give each label its English, e.g. phone = [ { number = "06-0000-1234", label = { ja = "代表", en = "Main" } }, { number = "06-0000-1235", label = { ja = "FAX", en = "Fax" }, fax = true } ]; until then the English page shows the Japanese label, marked as Japanese

warning: the label "フリーダイヤル" of 0120-000-000 has no English translation
  --> tests/fixtures/check-phone-line/site.toml:13:41
   |
13 | phone = "06-0000-1234（代表）／ ０１２０－０００－０００（フリーダイヤル）、03-0000-0000（内線 123）、06-0000-1235 (FAX)"
   |                                                           ^^^^^^^^^^^^^^
   |
   = hint: write the numbers as a list to give each label its English, e.g. phone = [ { number = "06-0000-1234", label = { ja = "代表", en = "Main" } }, { number = "06-0000-1235", label = { ja = "FAX", en = "Fax" }, fax = true } ]; until then the English page shows the Japanese label, marked as Japanese

0 errors, 2 warnings
tests/fixtures/check-phone-line: 1 revision, ready to publish

"#]].raw()
    );
    assert_eq!(code, 0);
}

#[test]
fn a_line_of_numbers_that_reads_two_ways_is_refused_with_the_list_form() {
    let (code, stderr) = check("tests/fixtures/check-phone-line-unreadable");
    assert_data_eq!(
        &stderr,
        str![[r#"
error: the phone numbers "06-0000-1234（代表）（平日 9時～17時）／ 0120-000-000" cannot be read: a number has one label in parentheses
  --> tests/fixtures/check-phone-line-unreadable/site.toml:11:26
   |
11 | phone = "06-0000-1234（代表）（平日 9時～17時）／ 0120-000-000"
   |                              ^^^^^^^^^^^^^^^^^^
   |
   = hint: write each number with its own label as a list, e.g. phone = [ { number = "06-0000-1234", label = { ja = "代表", en = "Main" } }, { number = "06-0000-1235", label = { ja = "FAX", en = "Fax" }, fax = true } ]; an extension is written extension = "123"

1 error, 0 warnings

"#]].raw()
    );
    assert_eq!(code, 1);
}

#[test]
fn a_megabyte_line_is_shown_cut_around_the_problem() {
    let dir = tempfile::tempdir().expect("cannot create a temporary folder");
    let content = dir.path().join("content");
    copy_dir(&repo_path("tests/fixtures/check-valid"), &content);
    // Changing a sealed file is reported too; this test is about the line.
    std::fs::remove_file(content.join("revisions.lock")).unwrap();
    let half = "x".repeat(1 << 19);
    std::fs::write(
        content.join("revisions/2024-12-02/10-safety-measures.en.md"),
        format!(
            "+++\ntitle = \"Safety Management Measures\"\nrole = \"safety-measures\"\n+++\n\n{half}<br>{half}\n"
        ),
    )
    .unwrap();
    let (code, stdout, stderr) = Kohyo::new(["check", "--content", "content"])
        .current_dir(dir.path())
        .run();
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        format!(
            "error: raw HTML is not allowed in content
 --> content/revisions/2024-12-02/10-safety-measures.en.md:6:{}
  |
6 | …{}<br>{}…
  | {}^^^^
  |
  = hint: write it in Markdown instead: **bold**, lists with \"- \", links as [text](https://…); HTML is left out of the page

1 error, 0 warnings
",
            (1 << 19) + 1,
            "x".repeat(40),
            "x".repeat(54),
            " ".repeat(41),
        )
    );
    assert_eq!(code, 1);

    let (_, stdout, _) = Kohyo::new(["check", "--content", "content", "--format", "json"])
        .current_dir(dir.path())
        .run();
    assert!(stdout.len() < 2_000, "{} bytes", stdout.len());
    let report: Value = serde_json::from_str(&stdout).expect("one JSON document");
    let diagnostic = &report["diagnostics"][0];
    assert_eq!(
        diagnostic["source_line"],
        format!("…{}<br>{}…", "x".repeat(40), "x".repeat(54))
    );
    assert_eq!(diagnostic["column"], (1 << 19) + 1);
    assert_eq!(diagnostic["end_column"], (1 << 19) + 5);
}

#[test]
fn article_numbers_renumbered_before_a_revision_took_effect_are_warned_of() {
    // The revision of 2021 cites the numbering of its day and is clean;
    // the revision of 2024 copied it, and three of its numbers changed on
    // 2022-04-01. 第21条第4項 is right and stays unflagged.
    let (code, stderr) = check_with("tests/fixtures/check-law-citations", EDITING);
    assert_data_eq!(
        &stderr,
        str![[r#"
warning: 個人情報の保護に関する法律第27条第1項 is an article number from before 2022-04-01
 --> tests/fixtures/check-law-citations/revisions/2024-12-02/20-requests.ja.md:6:1
  |
6 | 個人情報の保護に関する法律（以下「法」という。）第27条第1項に基づき、保有個人データに関する事項を公表します。
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: since 2022-04-01 (the 2022 amendment (令和2年法律第44号, 令和3年法律第37号 第50条)) the provision on 保有個人データに関する事項の公表等 is 第32条第1項; write 第32条第1項

warning: 法第23条第5項第3号 is an article number from before 2022-04-01
 --> tests/fixtures/check-law-citations/revisions/2024-12-02/20-requests.ja.md:8:1
  |
8 | 法第23条第5項第3号に基づき、健康診査の結果を共同利用します。
  | ^^^^^^^^^^^^^^^^^^
  |
  = hint: since 2022-04-01 (the 2022 amendment (令和2年法律第44号, 令和3年法律第37号 第50条)) the provision on 共同利用 is 第27条第5項第3号; write 第27条第5項第3号

warning: 個人情報保護法第１６条第３項 is an article number from before 2022-04-01
  --> tests/fixtures/check-law-citations/revisions/2024-12-02/20-requests.ja.md:12:1
   |
12 | 個人情報保護法第１６条第３項各号に該当する場合を除き、本人の同意なく目的外に利用しません。個人情報保護法第21条第4項各号に該当する場合は、利用目的の通知・公表を行いません。
   | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
   |
   = hint: since 2022-04-01 (the 2022 amendment (令和2年法律第44号, 令和3年法律第37号 第50条)) the provision on 利用目的による制限の例外 is 第18条第3項; write 第18条第3項

0 errors, 3 warnings
tests/fixtures/check-law-citations: 2 revisions, ready to publish

"#]]
    );
    assert_eq!(code, 0);
}

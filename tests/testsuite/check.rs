//! `kohyo check` on one fixture folder per kind of problem.
//!
//! Each test runs the real binary on a small content folder under
//! `tests/fixtures/check-<kind>/` and compares its whole report: the
//! `path:line:column` of every problem (columns in characters), its message
//! and hint, the closing count, and the exit status.

use std::ffi::OsStr;
use std::path::Path;
use std::process::Command;

/// Runs `kohyo check --content <content>` from the crate root and returns
/// its exit status and everything it printed on stderr.
fn check(content: impl AsRef<OsStr>) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_kohyo"))
        .args([
            OsStr::new("check"),
            OsStr::new("--content"),
            content.as_ref(),
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cannot run kohyo");
    assert!(
        output.stdout.is_empty(),
        "check prints its report on stderr only, but wrote to stdout:\n{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let code = output.status.code().expect("kohyo was killed by a signal");
    let stderr = String::from_utf8(output.stderr).expect("the report is UTF-8");
    (code, stderr)
}

const HINT_RAW_HTML: &str = "  hint: write it in Markdown instead: **bold**, lists with \"- \", links as [text](https://…); HTML is left out of the page\n";
const HINT_NO_ENGLISH: &str = "  hint: add en = \"…\" next to ja; until then the English page shows the Japanese text, marked as Japanese\n";
const HINT_ANNOUNCED: &str = "  hint: a revision is announced on or before the day it takes effect; correct one of the dates\n";
const HINT_NO_PHONE: &str = "  hint: add phone = \"03-0000-0000\" under [contact]: APPI Art. 32 requires the notice to say where requests and complaints go\n";
const HINT_DUPLICATE_ID: &str =
    "  hint: each category needs its own id; the first \"eligibility\" is on line 7\n";
const HINT_CONTENT_FOLDER: &str =
    "  hint: pass the folder that holds site.toml and revisions/ with --content\n";

#[test]
fn the_shipped_content_is_clean() {
    let (code, stderr) = check("content");
    assert_eq!(code, 0, "{stderr}");
    // The number of revisions grows as the example does; nothing else may change.
    let summary = stderr
        .strip_prefix("0 errors, 0 warnings\ncontent: ")
        .and_then(|rest| rest.strip_suffix(" revisions, ready to publish\n"))
        .unwrap_or_else(|| panic!("unexpected report:\n{stderr}"));
    assert!(summary.parse::<usize>().is_ok_and(|n| n >= 1), "{stderr}");
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
    // revision.toml line 5: `note = { ja = 公表しました。, …` (text without quotes).
    let (code, stderr) = check("tests/fixtures/check-toml-syntax");
    assert_eq!(
        stderr,
        concat!(
            "tests/fixtures/check-toml-syntax/revisions/2024-12-02/revision.toml:5:15: error: string values must be quoted, expected literal string\n",
            "  hint: check the TOML syntax here: text goes in double quotes, tables are [name], and each line is key = value\n",
            "1 error, 0 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn unknown_field() {
    // revision.toml line 2: `anounced = 2024-11-01`.
    let (code, stderr) = check("tests/fixtures/check-unknown-field");
    assert_eq!(
        stderr,
        concat!(
            "tests/fixtures/check-unknown-field/revisions/2024-12-02/revision.toml:2:1: error: unknown field `anounced`, expected one of `effective`, `announced`, `changes_purposes`, `title`, `note`\n",
            "  hint: remove this key or correct its spelling; content/README.md lists the keys each file takes\n",
            "1 error, 0 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn missing_field_of_the_file() {
    // purposes.toml has no `caption`; the whole file is the table missing it.
    let (code, stderr) = check("tests/fixtures/check-missing-caption");
    assert_eq!(
        stderr,
        concat!(
            "tests/fixtures/check-missing-caption/revisions/2024-12-02/purposes.toml:1:1: error: missing field `caption`\n",
            "  hint: add the missing key; content/README.md shows a complete example of this file\n",
            "1 error, 0 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn missing_field_of_a_category() {
    // The second [[category]] (line 14) has no `name`.
    let (code, stderr) = check("tests/fixtures/check-missing-category-name");
    assert_eq!(
        stderr,
        concat!(
            "tests/fixtures/check-missing-category-name/revisions/2024-12-02/purposes.toml:14:1: error: missing field `name`\n",
            "  hint: add the missing key; content/README.md shows a complete example of this file\n",
            "1 error, 0 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn duplicate_category_ids() {
    // `id = "eligibility"` on lines 7 and 15; the second one is reported.
    let (code, stderr) = check("tests/fixtures/check-duplicate-category-id");
    assert_eq!(
        stderr,
        [
            "tests/fixtures/check-duplicate-category-id/revisions/2024-12-02/purposes.toml:15:6: error: the category id \"eligibility\" is used twice\n",
            HINT_DUPLICATE_ID,
            "1 error, 0 warnings\n",
        ]
        .concat()
    );
    assert_eq!(code, 1);
}

#[test]
fn folder_name_not_a_date() {
    let (code, stderr) = check("tests/fixtures/check-folder-not-a-date");
    assert_eq!(
        stderr,
        concat!(
            "tests/fixtures/check-folder-not-a-date/revisions/2024-12-2: error: the folder name \"2024-12-2\" is not a date\n",
            "  hint: name each revision folder by its effective date as YYYY-MM-DD, e.g. revisions/2025-04-01\n",
            "1 error, 0 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn folder_name_not_matching_effective() {
    // Folder 2024-12-02, `effective = 2024-12-01` on line 1.
    let (code, stderr) = check("tests/fixtures/check-effective-mismatch");
    assert_eq!(
        stderr,
        concat!(
            "tests/fixtures/check-effective-mismatch/revisions/2024-12-02/revision.toml:1:13: error: effective = 2024-12-01 does not match the folder name 2024-12-02\n",
            "  hint: a revision folder is named by its effective date: rename the folder or correct the date\n",
            "1 error, 0 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn announced_after_effective() {
    // `announced = 2024-12-03` on line 2, effective 2024-12-02.
    let (code, stderr) = check("tests/fixtures/check-announced-after-effective");
    assert_eq!(
        stderr,
        [
            "tests/fixtures/check-announced-after-effective/revisions/2024-12-02/revision.toml:2:13: error: announced = 2024-12-03 is after effective = 2024-12-02\n",
            HINT_ANNOUNCED,
            "1 error, 0 warnings\n",
        ]
        .concat()
    );
    assert_eq!(code, 1);
}

#[test]
fn missing_english_is_only_a_warning() {
    // purposes.toml: the first category's name (line 8) and its second
    // purpose (line 11) have no `en`; 20-requests.en.md does not exist.
    let (code, stderr) = check("tests/fixtures/check-missing-english");
    assert_eq!(
        stderr,
        [
            "tests/fixtures/check-missing-english/revisions/2024-12-02/20-requests.ja.md:1:1: warning: this section has no English translation\n",
            "  hint: add 20-requests.en.md with the same front matter in English; until then the English page shows the Japanese text, marked as Japanese\n",
            "tests/fixtures/check-missing-english/revisions/2024-12-02/purposes.toml:8:8: warning: the category \"資格に関する情報\" has no English translation\n",
            HINT_NO_ENGLISH,
            "tests/fixtures/check-missing-english/revisions/2024-12-02/purposes.toml:11:3: warning: the purpose \"保険料の徴収\" has no English translation\n",
            HINT_NO_ENGLISH,
            "0 errors, 3 warnings\n",
            "tests/fixtures/check-missing-english: 1 revision, ready to publish\n",
        ]
        .concat()
    );
    assert_eq!(code, 0);
}

#[test]
fn operator_without_representative_and_contact_without_phone() {
    // site.toml: [operator] on line 3, [contact] on line 7.
    let (code, stderr) = check("tests/fixtures/check-site-missing-items");
    assert_eq!(
        stderr,
        [
            "tests/fixtures/check-site-missing-items/site.toml:3:1: error: the operator's representative is missing\n",
            "  hint: add representative = { ja = \"…\", en = \"…\" } under [operator]: APPI Art. 32(1)(i) requires the notice to state the operator's name, address and representative\n",
            "tests/fixtures/check-site-missing-items/site.toml:7:1: error: the contact desk has no phone number\n",
            HINT_NO_PHONE,
            "2 errors, 0 warnings\n",
        ]
        .concat()
    );
    assert_eq!(code, 1);
}

#[test]
fn revision_without_requests_and_safety_measures_sections() {
    // The only section is 30-complaints, which has no role.
    let (code, stderr) = check("tests/fixtures/check-no-role-sections");
    assert_eq!(
        stderr,
        concat!(
            "tests/fixtures/check-no-role-sections/revisions/2024-12-02: error: no section explains how to make requests (disclosure, correction, suspension of use)\n",
            "  hint: add a section file (e.g. 20-requests.ja.md) whose front matter says role = \"requests\" (required by APPI Art. 32(1)(iii))\n",
            "tests/fixtures/check-no-role-sections/revisions/2024-12-02: error: no section describes the safety-management measures\n",
            "  hint: add a section file (e.g. 10-safety-measures.ja.md) whose front matter says role = \"safety-measures\" (required by APPI Art. 32(1)(iv) and Cabinet Order Art. 10(1))\n",
            "2 errors, 0 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn purposes_without_categories() {
    let (code, stderr) = check("tests/fixtures/check-no-categories");
    assert_eq!(
        stderr,
        concat!(
            "tests/fixtures/check-no-categories/revisions/2024-12-02/purposes.toml:1:1: error: the purposes table has no categories\n",
            "  hint: add a [[category]] with id, name and purposes: APPI Art. 32(1)(ii) requires the purposes of use to be stated\n",
            "1 error, 0 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn front_matter_errors_point_at_lines_of_the_file() {
    // 10-safety-measures.en.md line 3 (line 2 of the front matter): `rol = …`.
    let (code, stderr) = check("tests/fixtures/check-front-matter");
    assert_eq!(
        stderr,
        concat!(
            "tests/fixtures/check-front-matter/revisions/2024-12-02/10-safety-measures.en.md:3:1: error: unknown field `rol`, expected `title` or `role`\n",
            "  hint: remove this key or correct its spelling; content/README.md lists the keys each file takes\n",
            "1 error, 0 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn front_matter_values_point_at_columns_of_the_file() {
    // 20-requests.en.md line 3: `role = "safety-measures"`; the value
    // starts in column 8. The Japanese file says role = "requests".
    let (code, stderr) = check("tests/fixtures/check-role-differs");
    assert_eq!(
        stderr,
        concat!(
            "tests/fixtures/check-role-differs/revisions/2024-12-02/20-requests.en.md:3:8: error: the role differs from the Japanese file's\n",
            "  hint: give both files the same role, as in 20-requests.ja.md, or leave it out here\n",
            "1 error, 0 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn empty_section_title() {
    // 10-safety-measures.ja.md line 2: `title = ""`; the value starts in column 9.
    let (code, stderr) = check("tests/fixtures/check-empty-section-title");
    assert_eq!(
        stderr,
        concat!(
            "tests/fixtures/check-empty-section-title/revisions/2024-12-02/10-safety-measures.ja.md:2:9: error: the section title is empty\n",
            "  hint: every section needs a heading: write title = \"…\"\n",
            "1 error, 0 warnings\n",
        )
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
    assert_eq!(
        stderr,
        [
            "tests/fixtures/check-raw-html/revisions/2024-12-02/10-safety-measures.ja.md:7:10: error: raw HTML is not allowed in content\n",
            HINT_RAW_HTML,
            "tests/fixtures/check-raw-html/revisions/2024-12-02/purposes.toml:6:27: error: raw HTML is not allowed in content\n",
            HINT_RAW_HTML,
            "tests/fixtures/check-raw-html/revisions/2024-12-02/purposes.toml:6:34: error: raw HTML is not allowed in content\n",
            HINT_RAW_HTML,
            "tests/fixtures/check-raw-html/revisions/2024-12-02/purposes.toml:9:9: error: raw HTML is not allowed in content\n",
            HINT_RAW_HTML,
            "4 errors, 0 warnings\n",
        ]
        .concat()
    );
    assert_eq!(code, 1);
}

#[test]
fn a_file_that_is_not_utf8() {
    // purposes.toml saved as Shift_JIS: the first non-ASCII character is
    // the 個 of `heading = { ja = "個人情報…`, column 19 of line 1.
    let (code, stderr) = check("tests/fixtures/check-not-utf8");
    assert_eq!(
        stderr,
        concat!(
            "tests/fixtures/check-not-utf8/revisions/2024-12-02/purposes.toml:1:19: error: the file is not UTF-8 text\n",
            "  hint: save the file with the UTF-8 encoding (not Shift_JIS); most editors offer it under \"Save with encoding\"\n",
            "1 error, 0 warnings\n",
        )
    );
    assert_eq!(code, 1);
}

#[test]
fn an_empty_content_folder() {
    let dir = tempfile::tempdir().expect("cannot create a temporary folder");
    let (code, stderr) = check(dir.path());
    let shown = dir.path().display().to_string();
    let rest = stderr
        .strip_prefix(shown.as_str())
        .unwrap_or_else(|| panic!("the report does not start with the folder:\n{stderr}"));
    let rest = rest.strip_prefix(std::path::MAIN_SEPARATOR).unwrap_or(rest);
    assert_eq!(
        rest,
        concat!(
            ": error: the content folder is empty\n",
            "  hint: a content folder holds site.toml and revisions/<YYYY-MM-DD>/; copy the example content/ folder to start\n",
            "1 error, 0 warnings\n",
        )
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
    assert_eq!(
        stderr,
        [
            "tests/fixtures/check-no-such-folder: error: cannot open the content folder: No such file or directory (os error 2)\n",
            HINT_CONTENT_FOLDER,
            "1 error, 0 warnings\n",
        ]
        .concat()
    );
    assert_eq!(code, 1);
}

#[test]
fn every_problem_is_reported_in_one_run_sorted_by_file_then_place() {
    // One or two problems in each file. The heading warning in purposes.toml
    // is found after the duplicate id but sits on an earlier line.
    let (code, stderr) = check("tests/fixtures/check-many-problems");
    assert_eq!(
        stderr,
        [
            "tests/fixtures/check-many-problems/revisions/2024-12-02/10-safety-measures.en.md:6:28: error: raw HTML is not allowed in content\n",
            HINT_RAW_HTML,
            "tests/fixtures/check-many-problems/revisions/2024-12-02/purposes.toml:1:11: warning: the purposes heading has no English translation\n",
            HINT_NO_ENGLISH,
            "tests/fixtures/check-many-problems/revisions/2024-12-02/purposes.toml:15:6: error: the category id \"eligibility\" is used twice\n",
            HINT_DUPLICATE_ID,
            "tests/fixtures/check-many-problems/revisions/2024-12-02/revision.toml:2:13: error: announced = 2024-12-03 is after effective = 2024-12-02\n",
            HINT_ANNOUNCED,
            "tests/fixtures/check-many-problems/site.toml:1:12: error: base_url \"kenpo.example.jp/privacy/\" is not an absolute web address\n",
            "  hint: write the address the site is published at, e.g. base_url = \"https://kenpo.example.jp/privacy/\"\n",
            "tests/fixtures/check-many-problems/site.toml:8:1: error: the contact desk has no phone number\n",
            HINT_NO_PHONE,
            "5 errors, 1 warning\n",
        ]
        .concat()
    );
    assert_eq!(code, 1);
}

#[test]
fn a_broken_japanese_section_is_the_only_error_not_a_missing_role_too() {
    let (code, stderr) = check("tests/fixtures/check-front-matter-japanese");
    // Line 3 is `rol = "safety-measures"`: the typo is the problem to fix;
    // the section's role is unknown, so it is not also reported missing.
    assert_eq!(
        stderr,
        "tests/fixtures/check-front-matter-japanese/revisions/2024-12-02/10-safety-measures.ja.md:3:1: error: unknown field `rol`, expected `title` or `role`\n\
         \x20 hint: remove this key or correct its spelling; content/README.md lists the keys each file takes\n\
         1 error, 0 warnings\n"
    );
    assert_eq!(code, 1);
}

#[test]
fn a_purpose_change_must_be_declared() {
    let (code, stderr) = check("tests/fixtures/check-undeclared-purpose-change");
    // 2025-04-01 adds 保険料の還付 but line 3 says `changes_purposes = false`;
    // column 20 is the value.
    assert_eq!(
        stderr,
        "tests/fixtures/check-undeclared-purpose-change/revisions/2025-04-01/revision.toml:3:20: error: the purposes table differs from the revision of 2024-12-02, but changes_purposes = false\n\
         \x20 hint: set changes_purposes = true and say in the change note what changed: a change of purposes must be announced (APPI Art. 21(3))\n\
         1 error, 0 warnings\n"
    );
    assert_eq!(code, 1);
}

#[test]
fn a_declared_purpose_change_that_changes_nothing_is_a_warning() {
    let (code, stderr) = check("tests/fixtures/check-declared-but-unchanged");
    assert_eq!(
        stderr,
        "tests/fixtures/check-declared-but-unchanged/revisions/2025-04-01/revision.toml:3:20: warning: changes_purposes = true, but the purposes table is the same as in the revision of 2024-12-02\n\
         \x20 hint: set changes_purposes = false if only other parts of the notice changed; purpose changes are what members are told about\n\
         0 errors, 1 warning\n\
         tests/fixtures/check-declared-but-unchanged: 2 revisions, ready to publish\n"
    );
    assert_eq!(code, 0);
}

#[test]
fn a_broken_revision_does_not_make_its_neighbours_look_changed() {
    let (code, stderr) = check("tests/fixtures/check-broken-middle-revision");
    // 2025-01-01 adds 保険料の還付 but its note is unquoted (line 5, column
    // 15). 2025-04-01 keeps the table and rightly says changes_purposes =
    // false; compared with 2024-12-02 instead, it would look undeclared.
    assert_eq!(
        stderr,
        "tests/fixtures/check-broken-middle-revision/revisions/2025-01-01/revision.toml:5:15: error: string values must be quoted, expected literal string\n\
         \x20 hint: check the TOML syntax here: text goes in double quotes, tables are [name], and each line is key = value\n\
         1 error, 0 warnings\n"
    );
    assert_eq!(code, 1);
}

#[test]
fn revisions_are_announced_in_the_order_they_take_effect() {
    let (code, stderr) = check("tests/fixtures/check-announced-out-of-order");
    // 2025-04-01 is announced on 2024-10-01, before 2024-12-02 was (2024-11-01).
    assert_eq!(
        stderr,
        "tests/fixtures/check-announced-out-of-order/revisions/2025-04-01/revision.toml:2:13: error: announced = 2024-10-01 is before the announcement of the revision of 2024-12-02 (2024-11-01)\n\
         \x20 hint: a revision is announced on or after the day the revision before it was announced; correct one of the dates\n\
         1 error, 0 warnings\n"
    );
    assert_eq!(code, 1);
}

#[test]
fn every_revision_says_what_it_changes_in_japanese() {
    let (code, stderr) = check("tests/fixtures/check-change-note");
    assert_eq!(
        stderr,
        "tests/fixtures/check-change-note/revisions/2024-12-02/revision.toml:5:8: warning: the change note has no English translation\n\
         \x20 hint: add en = \"…\" next to ja; until then the English page shows the Japanese text, marked as Japanese\n\
         tests/fixtures/check-change-note/revisions/2025-04-01/revision.toml:5:15: error: the Japanese text of the change note is empty\n\
         \x20 hint: say in Japanese what this revision changes and why (the first revision: that the notice is published); members read it in the history, on the changes page and in the feeds\n\
         1 error, 1 warning\n"
    );
    assert_eq!(code, 1);
}

#[test]
fn a_purpose_listed_twice_in_a_category_is_an_error() {
    let (code, stderr) = check("tests/fixtures/check-duplicate-purpose");
    assert_eq!(
        stderr,
        "tests/fixtures/check-duplicate-purpose/revisions/2024-12-02/purposes.toml:12:3: error: the purpose \"加入者の管理\" is listed twice in the category \"資格に関する情報\"\n\
         \x20 hint: remove one of them; the first is on line 10\n\
         1 error, 0 warnings\n"
    );
    assert_eq!(code, 1);
}

//! `kohyo import` run for real: the seed's text round trip, what it prints
//! for lines it could not place, and what it refuses.

use std::path::Path;

use crate::support::{Kohyo, load};
use snapbox::{IntoData, assert_data_eq, str};

/// Runs `kohyo import SOURCE --content DIR --effective 2025-04-01`; DIR
/// reads `[DIR]` in what it prints.
fn import(source: &str, dir: &Path) -> (i32, String, String) {
    let (code, out, err) = Kohyo::new(["import", source, "--effective", "2025-04-01"])
        .arg("--content")
        .arg(dir)
        .run();
    let shown = dir.display().to_string();
    (
        code,
        out.replace(&shown, "[DIR]"),
        err.replace(&shown, "[DIR]"),
    )
}

#[test]
fn the_seed_text_imports_to_the_shipped_table_and_check_points_at_the_markers() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("imported");
    let (code, out, err) = import("tests/fixtures/import/seed.txt", &dir);
    assert_eq!(code, 0, "{err}");
    assert_data_eq!(
        &out,
        str![[r#"
wrote [DIR]/: 18 categories, 0 groups, 52 purposes, 2 sections

next:
1. in [DIR]/site.toml and [DIR]/revisions/2025-04-01/, write the real value wherever 【要確認】 stands (kohyo check lists each one)
2. compare the files with the source, and add English texts ({ ja = "…", en = "…" }, and .en.md files)
3. kohyo check --content [DIR] --as-of 2025-04-01 must report no errors
4. kohyo serve --watch --as-of 2025-04-01 --content [DIR] previews the site
5. kohyo lock --content [DIR] seals the revision once it reads as it was published

"#]]
        .raw()
    );
    let (code, _, err) = Kohyo::new(["check", "--as-of", "2025-01-01", "--content"])
        .arg(&dir)
        .env("NO_COLOR", "1")
        .run();
    assert_eq!(code, 1);
    let errors: Vec<&str> = err.lines().filter(|l| l.starts_with("error")).collect();
    assert_eq!(errors.len(), 8, "{err}");
    assert!(
        errors
            .iter()
            .all(|l| l.starts_with("error: 【要確認】 is still here: ")),
        "{err}"
    );
    assert!(err.contains(
        "  = hint: the import could not find this in your notice; write the real value here, in place of 【要確認】 and what follows it"
    ));

    // With the markers filled in, the table is the shipped one.
    let site = std::fs::read_to_string(dir.join("site.toml")).unwrap();
    let site = site
        .replace("【要確認】https://", "https://kenpo.example.jp/")
        .replace("【要確認】電話番号", "03-0000-0000")
        .replace("【要確認】", "");
    std::fs::write(dir.join("site.toml"), site).unwrap();
    let requests = dir.join("revisions/2025-04-01/20-requests.ja.md");
    let text = std::fs::read_to_string(&requests)
        .unwrap()
        .replace("【要確認】", "");
    std::fs::write(&requests, text).unwrap();
    let imported = load(dir.to_str().unwrap());
    let shipped = load("content");
    let table = |site: &kohyo::content::Site| -> Vec<(String, Vec<String>)> {
        site.revisions
            .last()
            .unwrap()
            .body
            .purposes
            .categories
            .iter()
            .map(|c| {
                let purposes = c.purposes().map(|p| p.text.ja.clone()).collect();
                (c.name.ja.clone(), purposes)
            })
            .collect()
    };
    assert_eq!(table(&imported), table(&shipped));
}

#[test]
fn lines_it_cannot_place_are_printed_with_their_line_numbers() {
    let work = tempfile::tempdir().unwrap();
    let dir = work.path().join("imported");
    let (code, out, err) = import("tests/fixtures/import/unplaced.txt", &dir);
    assert_eq!(code, 0, "{err}");
    let head: Vec<&str> = out.lines().take(4).collect();
    assert_eq!(
        head,
        [
            "not placed: tests/fixtures/import/unplaced.txt:3: 当組合のホームページへようこそ",
            "not placed: tests/fixtures/import/unplaced.txt:8: 迷い込んだ一行",
            "2 lines of the source were not placed: copy what belongs in the notice into the files by hand",
            "",
        ]
    );
    assert!(out.contains("wrote [DIR]/: 1 category, 1 group, 1 purpose, 2 sections"));
}

#[test]
fn it_never_overwrites_a_folder() {
    let work = tempfile::tempdir().unwrap();
    std::fs::write(work.path().join("site.toml"), "keep").unwrap();
    let (code, out, err) = import("tests/fixtures/import/seed.txt", work.path());
    assert_eq!(code, 1);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "error: [DIR] is not empty; kohyo import writes a new content folder and never overwrites one: give a new folder with --content\n"
    );
    let left: Vec<_> = std::fs::read_dir(work.path()).unwrap().collect();
    assert_eq!(left.len(), 1);
    assert_eq!(
        std::fs::read_to_string(work.path().join("site.toml")).unwrap(),
        "keep"
    );
}

#[test]
fn a_source_it_cannot_read_is_refused_and_nothing_is_written() {
    let work = tempfile::tempdir().unwrap();
    let pdf = work.path().join("notice.pdf");
    std::fs::write(&pdf, b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").unwrap();
    let dir = work.path().join("imported");
    let (code, _, err) = import(pdf.to_str().unwrap(), &dir);
    assert_eq!(code, 1);
    let err = err.replace(&work.path().display().to_string(), "[TMP]");
    assert_eq!(
        err,
        "error: cannot import [TMP]/notice.pdf: it is not text (a PDF, Word or Excel file?): save the page as HTML (ファイル → 名前を付けて保存), or the table as CSV\n"
    );
    assert!(!dir.exists());

    let (code, _, err) = import("tests/fixtures/import/missing.html", &dir);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("error: cannot read tests/fixtures/import/missing.html: "),
        "{err}"
    );
    assert!(!dir.exists());
}

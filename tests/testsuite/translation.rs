//! `kohyo translation export` and `import`: a translator's XLIFF 2 and PO
//! files as other tools read them, the round trip back into the revision
//! being prepared (its TOML files keeping every other byte, its sections'
//! files made, the pages showing the texts), and every refusal, with no
//! file changed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Once;

use regex::Regex;
use tempfile::TempDir;

use crate::support::{Kohyo, copy_dir, edit, files_under, missing_tools, repo_path, runs};

/// A copy of the `languages-declared` fixture (ja, en, vi, ja-simple) in
/// `content/` of a temporary folder, where kohyo runs; with `prepared`, a
/// new revision taking effect in two months, its change note written,
/// which is the revision being prepared. Returns the folder and the new
/// revision's effective date.
fn content(prepared: bool) -> (TempDir, String) {
    let temp = tempfile::tempdir().unwrap();
    copy_dir(
        &repo_path("tests/fixtures/languages-declared"),
        &temp.path().join("content"),
    );
    if !prepared {
        return (temp, "2024-12-02".to_owned());
    }
    let japan = jiff::tz::TimeZone::fixed(jiff::tz::offset(9));
    let today = jiff::Timestamp::now().to_zoned_datetime(japan).date();
    let effective = today.checked_add(jiff::ToSpan::days(60)).unwrap();
    let announced = today.checked_add(jiff::ToSpan::days(30)).unwrap();
    let (code, _, stderr) = kohyo(&temp)
        .arg("new-revision")
        .arg("--content")
        .arg("content")
        .arg("--effective")
        .arg(effective.to_string())
        .arg("--announced")
        .arg(announced.to_string())
        .run();
    assert_eq!(code, 0, "{stderr}");
    let revision = temp
        .path()
        .join(format!("content/revisions/{effective}/revision.toml"));
    edit(
        &revision,
        "【ここに改定の内容を書いてください】",
        "文言を整えました。",
    );
    edit(
        &revision,
        "[Write here what this revision changes]",
        "We reworded the notice.",
    );
    (temp, effective.to_string())
}

/// kohyo, run in `temp`, so that every path it prints is relative.
fn kohyo(temp: &TempDir) -> Kohyo {
    Kohyo::new(Vec::<&str>::new()).current_dir(temp.path())
}

fn run(temp: &TempDir, args: &[&str]) -> (i32, String, String) {
    kohyo(temp).command_args(args).run()
}

trait Args {
    fn command_args(self, args: &[&str]) -> Self;
}

impl Args for Kohyo {
    fn command_args(mut self, args: &[&str]) -> Kohyo {
        for arg in args {
            self = self.arg(arg);
        }
        self
    }
}

/// Every file of the content folder and its bytes.
fn snapshot(temp: &TempDir) -> BTreeMap<PathBuf, Vec<u8>> {
    let root = temp.path().join("content");
    files_under(&root)
        .into_iter()
        .map(|file| {
            let bytes = std::fs::read(root.join(&file)).unwrap();
            (file, bytes)
        })
        .collect()
}

/// Every target of an XLIFF file filled with "VI: " and the source.
fn fill_xliff(text: &str) -> String {
    Regex::new(r"(?s)<source>(.*?)</source>")
        .unwrap()
        .replace_all(text, "<source>$1</source><target>VI: $1</target>")
        .into_owned()
}

/// Every msgstr of a PO file filled with "VI: " and the msgid.
fn fill_po(text: &str) -> String {
    text.split("\n\n")
        .map(|entry| {
            if !entry.contains("msgctxt") {
                return entry.to_owned();
            }
            let (head, _) = entry.split_once("\nmsgstr ").unwrap();
            let msgid = &head[head.find("msgid ").unwrap() + "msgid ".len()..];
            let msgstr = format!("\"VI: {}", &msgid[1..]);
            format!("{head}\nmsgstr {msgstr}")
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The warnings of `kohyo check` that name Vietnamese.
fn vietnamese_warnings(temp: &TempDir) -> usize {
    let (code, _, stderr) = run(temp, &["check", "--content", "content"]);
    assert_eq!(code, 0, "{stderr}");
    stderr
        .lines()
        .filter(|line| line.starts_with("warning:") && line.contains("Vietnamese"))
        .count()
}

#[test]
fn xliff_and_po_files_are_read_by_other_tools() {
    static SAID_SO: Once = Once::new();
    let reads = runs(
        "python3",
        &[
            "-c",
            "import translate.storage.xliff2, polib, xmlschema, lxml",
        ],
    );
    if !reads {
        let missing = vec![
            "Python 3 with translate-toolkit, polib and xmlschema: python3 -m pip install -r tests/translation/requirements.txt".to_owned(),
        ];
        missing_tools("the translators' file tests", &missing, &SAID_SO);
        return;
    }
    let (temp, effective) = content(true);
    for (format, file) in [("xliff", "vi.xlf"), ("po", "vi.po")] {
        let (code, stdout, stderr) = run(
            &temp,
            &[
                "translation",
                "export",
                "--content",
                "content",
                "--lang",
                "vi",
                "--format",
                format,
                "--out",
                file,
            ],
        );
        assert_eq!((code, stdout.as_str()), (0, ""), "{stderr}");
        assert_eq!(
            stderr,
            format!(
                "wrote {file}: 16 texts of 20 that vi lacks in the revision of {effective} (content/revisions/{effective})\n"
            )
        );
    }
    // Given the OASIS XLIFF 2.0 core schema (xliff_core_2.0.xsd, with its
    // informativeCopiesOf3rdPartySchemas/ beside it), the file is
    // validated against it too.
    let mut command = Command::new("python3");
    command
        .arg(repo_path("tests/translation/read.py"))
        .arg("vi.xlf")
        .arg("vi.po")
        .current_dir(temp.path());
    if let Some(schema) = std::env::var_os("KOHYO_XLIFF_SCHEMA") {
        command.arg(schema);
    }
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let read: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let xliff = &read["xliff"];
    assert_eq!(
        (xliff["source"].as_str(), xliff["target"].as_str()),
        (Some("ja"), Some("vi"))
    );
    let units: Vec<(String, String, String)> =
        serde_json::from_value(xliff["units"].clone()).unwrap();
    let ids: Vec<&str> = units.iter().map(|(id, _, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "revision.toml:title",
            "revision.toml:note",
            "purposes.toml:heading",
            "purposes.toml:caption",
            "purposes.toml:category_header",
            "purposes.toml:purposes_header",
            "purposes.toml:categories.eligibility.name",
            "purposes.toml:categories.eligibility.purposes.1",
            "purposes.toml:categories.eligibility.purposes.2",
            "purposes.toml:categories.health-checkups.name",
            "purposes.toml:categories.health-checkups.purposes.1",
            "20-requests.md:title",
            "20-requests.md:body",
            "site.toml:operator.address",
            "site.toml:operator.representative",
            "site.toml:contact.address",
        ]
    );
    assert_eq!(
        units[7],
        (
            "purposes.toml:categories.eligibility.purposes.1".into(),
            "加入者の管理".into(),
            String::new()
        )
    );
    assert_eq!(units[12].1, "下記の窓口にお申し出ください。");
    let po = &read["po"];
    assert_eq!(po["target"].as_str(), Some("vi"));
    assert_eq!(
        po["content_type"].as_str(),
        Some("text/plain; charset=UTF-8")
    );
    let po_units: Vec<(String, String, String)> =
        serde_json::from_value(po["units"].clone()).unwrap();
    assert_eq!(po_units, units, "the PO file holds the same texts");
    assert_eq!(
        po["references"][6],
        serde_json::json!([[format!("revisions/{effective}/purposes.toml"), "8"]])
    );
}

/// Exports vi in `format`, fills every target, imports it, and checks
/// what was written.
fn round_trip(format: &str, fill: fn(&str) -> String) {
    let (temp, effective) = content(true);
    let before = snapshot(&temp);
    let warned = vietnamese_warnings(&temp);
    let file = if format == "po" { "vi.po" } else { "vi.xlf" };
    let (code, _, stderr) = run(
        &temp,
        &[
            "translation",
            "export",
            "--content",
            "content",
            "--lang",
            "vi",
            "--format",
            format,
            "--out",
            file,
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    let exported = std::fs::read_to_string(temp.path().join(file)).unwrap();
    std::fs::write(temp.path().join(file), fill(&exported)).unwrap();

    let (code, stdout, stderr) = run(
        &temp,
        &["translation", "import", file, "--content", "content"],
    );
    assert_eq!(code, 0, "{stderr}");
    let revision = format!("content/revisions/{effective}");
    assert_eq!(
        stdout,
        format!(
            "imported 16 translations into vi from {file}\n  wrote content/site.toml\n  wrote {revision}/purposes.toml\n  wrote {revision}/revision.toml\n  wrote {revision}/20-requests.vi.md\n"
        )
    );
    assert_eq!(
        stderr.lines().last(),
        Some("check: 0 errors, 18 warnings; content: 2 revisions, ready to publish")
    );

    // Fewer warnings: none for Vietnamese is left.
    assert!(warned > 0);
    assert_eq!(vietnamese_warnings(&temp), 0);

    // The TOML files keep every byte but the translations added.
    let after = snapshot(&temp);
    let added = Regex::new(r#", vi = "VI: [^"]*""#).unwrap();
    for name in [
        "site.toml".to_owned(),
        format!("revisions/{effective}/purposes.toml"),
        format!("revisions/{effective}/revision.toml"),
    ] {
        let name = PathBuf::from(name);
        let was = String::from_utf8(before[&name].clone()).unwrap();
        let is = String::from_utf8(after[&name].clone()).unwrap();
        assert_ne!(was, is, "{}", name.display());
        assert_eq!(added.replace_all(&is, ""), was, "{}", name.display());
    }
    let purposes = String::from_utf8(
        after[Path::new(&format!("revisions/{effective}/purposes.toml"))].clone(),
    )
    .unwrap();
    assert!(purposes.contains(
        "  { ja = \"加入者の管理\", en = \"Managing the records of members\", vi = \"VI: 加入者の管理\" },\n"
    ));
    // Nothing else changed, and the published revision least of all.
    let changed: Vec<&PathBuf> = after
        .iter()
        .filter(|(path, bytes)| before.get(*path) != Some(*bytes))
        .map(|(path, _)| path)
        .collect();
    assert_eq!(changed.len(), 4, "{changed:?}");
    assert!(
        changed
            .iter()
            .all(|path| !path.starts_with("revisions/2024-12-02"))
    );

    // The section's file in Vietnamese, with the Japanese one's front matter.
    assert_eq!(
        std::fs::read_to_string(temp.path().join(format!("{revision}/20-requests.vi.md"))).unwrap(),
        "+++\ntitle = \"VI: 開示等の請求等について\"\nrole = \"requests\"\n+++\n\nVI: 下記の窓口にお申し出ください。\n"
    );

    // The Vietnamese page shows them once the revision is in effect.
    let out = temp.path().join("site");
    let (code, _, stderr) = kohyo(&temp)
        .command_args(&[
            "export",
            "--content",
            "content",
            "--as-of",
            &effective,
            "--out",
        ])
        .arg(&out)
        .run();
    assert_eq!(code, 0, "{stderr}");
    let page = std::fs::read_to_string(out.join("vi/index.html")).unwrap();
    for shown in [
        "VI: 個人情報の利用目的",
        "VI: 加入者の管理",
        "VI: 開示等の請求等について",
        "VI: 下記の窓口にお申し出ください。",
        "VI: 理事長 見本 太郎",
    ] {
        assert!(page.contains(shown), "/vi/ does not show {shown}");
    }

    // Imported again, nothing changes.
    let (code, stdout, stderr) = run(
        &temp,
        &["translation", "import", file, "--content", "content"],
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout,
        format!("imported 0 translations into vi from {file} (16 already as translated)\n")
    );
    assert_eq!(snapshot(&temp), after);
}

#[test]
fn an_xliff_file_round_trips_into_the_revision_being_prepared() {
    round_trip("xliff", fill_xliff);
}

#[test]
fn a_po_file_round_trips_into_the_revision_being_prepared() {
    round_trip("po", fill_po);
}

/// Imports `file` (written into the folder) and expects a refusal with
/// exactly `error`, and no file changed.
fn refused(temp: &TempDir, file: &str, text: &str, error: &str) {
    std::fs::write(temp.path().join(file), text).unwrap();
    let before = snapshot(temp);
    let (code, stdout, stderr) = run(
        temp,
        &["translation", "import", file, "--content", "content"],
    );
    assert_eq!((code, stdout.as_str(), stderr.as_str()), (1, "", error));
    assert_eq!(snapshot(temp), before, "a refused import changed a file");
}

fn exported(temp: &TempDir, format: &str) -> String {
    let (code, stdout, stderr) = run(
        temp,
        &[
            "translation",
            "export",
            "--content",
            "content",
            "--lang",
            "vi",
            "--format",
            format,
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    stdout
}

#[test]
fn a_published_revision_is_never_rewritten() {
    let (temp, _) = content(false);
    let (code, _, stderr) = run(
        &temp,
        &[
            "translation",
            "export",
            "--content",
            "content",
            "--lang",
            "vi",
            "--out",
            "vi.xlf",
        ],
    );
    assert_eq!(code, 0);
    assert!(stderr.starts_with("warning: the revision of 2024-12-02 was announced on 2024-11-01 and can no longer change"), "{stderr}");
    let text = fill_xliff(&std::fs::read_to_string(temp.path().join("vi.xlf")).unwrap());
    refused(
        &temp,
        "vi.xlf",
        &text,
        "error: the revision of 2024-12-02 was announced on 2024-11-01 and is published: its files are the public record and are never rewritten; nothing was imported. Start the next revision (kohyo new-revision), then export and import its translation\n",
    );
}

#[test]
fn japanese_changed_since_the_export_is_refused() {
    let (temp, effective) = content(true);
    let text = fill_po(&exported(&temp, "po"));
    edit(
        &temp
            .path()
            .join(format!("content/revisions/{effective}/purposes.toml")),
        "heading = { ja = \"個人情報の利用目的\"",
        "heading = { ja = \"個人情報の利用の目的\"",
    );
    refused(
        &temp,
        "vi.po",
        &text,
        &format!(
            "error: the unit purposes.toml:heading was translated from Japanese that has changed since the export (revisions/{effective}/purposes.toml:1):\n  translated: 個人情報の利用目的\n  now:        個人情報の利用の目的\nerror: vi.po was not imported: 1 unit cannot be placed (see above), and no file was changed; export the revision again and have the new texts translated\n"
        ),
    );
}

#[test]
fn a_unit_that_no_longer_exists_is_refused() {
    let (temp, effective) = content(true);
    let text = fill_xliff(&exported(&temp, "xliff")).replace(
        "<unit id=\"purposes.toml:categories.eligibility.name\">",
        "<unit id=\"purposes.toml:categories.gone.name\">",
    );
    refused(
        &temp,
        "vi.xlf",
        &text,
        &format!(
            "error: the unit purposes.toml:categories.gone.name is no text of the revision of {effective} any more: its file or its place changed since the export\nerror: vi.xlf was not imported: 1 unit cannot be placed (see above), and no file was changed; export the revision again and have the new texts translated\n"
        ),
    );
}

#[test]
fn a_language_the_site_does_not_declare_is_refused() {
    let (temp, _) = content(true);
    let text = fill_xliff(&exported(&temp, "xliff")).replace("trgLang=\"vi\"", "trgLang=\"fr\"");
    refused(
        &temp,
        "fr.xlf",
        &text,
        "error: \"fr\" is not a language of this site; its languages are ja, en, vi, ja-simple (languages in site.toml)\n",
    );
    let (code, _, stderr) = run(
        &temp,
        &[
            "translation",
            "export",
            "--content",
            "content",
            "--lang",
            "fr",
        ],
    );
    assert_eq!(
        (code, stderr.as_str()),
        (
            1,
            "error: \"fr\" is not a language of this site; its languages are ja, en, vi, ja-simple (languages in site.toml)\n"
        )
    );
}

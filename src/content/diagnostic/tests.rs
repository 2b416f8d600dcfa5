//! Reports as a whole: their order, `--strict`, and the forms they are
//! printed in.

use std::path::Path;

use super::*;

fn sample() -> Report {
    let text = "[[category]]\nid = \"eligibility\"\nname = { ja = \"資格\" }\n";
    let id = text.find("\"eligibility\"").unwrap();
    let name = text.find("{ ja").unwrap();
    Report::new(vec![
        Diagnostic::warning("revisions/2024-12-02/purposes.toml", "no English")
            .at_span(text, name..text.len() - 1)
            .hint("add en"),
        Diagnostic::error("revisions/2024-12-02", "a folder problem").hint("rename it"),
        Diagnostic::error("revisions/2024-12-02/purposes.toml", "a bad id")
            .at_span(text, id..id + 13),
    ])
}

#[test]
fn reports_read_like_a_compilers() {
    let shown = sample().display(Path::new("content")).to_string();
    assert_eq!(
        shown,
        "\
error: a folder problem
 --> content/revisions/2024-12-02
  = hint: rename it

error: a bad id
 --> content/revisions/2024-12-02/purposes.toml:2:6
  |
2 | id = \"eligibility\"
  |      ^^^^^^^^^^^^^

warning: no English
 --> content/revisions/2024-12-02/purposes.toml:3:8
  |
3 | name = { ja = \"資格\" }
  |        ^^^^^^^^^^^^^^^
  |
  = hint: add en

2 errors, 1 warning
"
    );
}

#[test]
fn the_gutter_is_as_wide_as_the_line_number() {
    let text = format!("{}x = 1\n", "\n".repeat(99));
    let report = Report::new(vec![
        Diagnostic::error("a.toml", "bad")
            .at_span(&text, 99..100)
            .hint("fix it"),
    ]);
    assert_eq!(
        report.display(Path::new("c")).to_string(),
        "\
error: bad
   --> c/a.toml:100:1
    |
100 | x = 1
    | ^
    |
    = hint: fix it

1 error, 0 warnings
"
    );
}

#[test]
fn a_position_without_a_span_has_no_excerpt() {
    let report = Report::new(vec![
        Diagnostic::warning("a.md", "whole file").at(Position::START),
    ]);
    assert_eq!(
        report.display(Path::new("c")).to_string(),
        "warning: whole file\n --> c/a.md:1:1\n\n0 errors, 1 warning\n"
    );
}

#[test]
fn colour_marks_severity_gutter_and_carets() {
    let report = sample();
    let plain = report.display(Path::new("content")).to_string();
    assert!(!plain.contains('\x1b'));
    let coloured = report
        .display(Path::new("content"))
        .colour(true)
        .to_string();
    assert!(coloured.starts_with("\x1b[1;31merror\x1b[0m\x1b[1m: a folder problem\x1b[0m\n"));
    assert!(
        coloured.contains("\x1b[1;34m-->\x1b[0m content/revisions/2024-12-02/purposes.toml:2:6\n")
    );
    assert!(coloured.contains("\x1b[1;33mwarning\x1b[0m"));
    assert!(coloured.contains("\x1b[1;31m^^^^^^^^^^^^^\x1b[0m"));
    assert!(coloured.contains("\x1b[1;33m^^^^^^^^^^^^^^^\x1b[0m"));
    let stripped = coloured
        .split('\x1b')
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                &part[part.find('m').unwrap() + 1..]
            }
        })
        .collect::<String>();
    assert_eq!(stripped, plain);
}

#[test]
fn strict_makes_warnings_errors_and_says_so() {
    let report = sample().strict();
    assert_eq!((report.errors(), report.warnings()), (3, 0));
    let shown = report.display(Path::new("content")).to_string();
    assert!(
        shown.contains("error: no English\n --> content/revisions/2024-12-02/purposes.toml:3:8\n"),
        "{shown}"
    );
    assert!(
        shown.ends_with(
            "  = hint: add en\n  = note: this is a warning; --strict makes it an error\n\n3 errors, 0 warnings\n"
        ),
        "{shown}"
    );
}

#[test]
fn one_line_keeps_the_place_and_the_message() {
    let report = sample();
    let lines: Vec<_> = report
        .diagnostics
        .iter()
        .map(|d| d.one_line(Path::new("content")))
        .collect();
    assert_eq!(
        lines,
        [
            "content/revisions/2024-12-02: error: a folder problem",
            "content/revisions/2024-12-02/purposes.toml:2:6: error: a bad id",
            "content/revisions/2024-12-02/purposes.toml:3:8: warning: no English",
        ]
    );
}

#[test]
fn json_has_every_field_null_when_unknown() {
    let json: serde_json::Value =
        serde_json::from_str(&sample().to_json(Path::new("content"))).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["content"], "content");
    assert_eq!(
        (json["errors"].as_u64(), json["warnings"].as_u64()),
        (Some(2), Some(1))
    );
    assert_eq!(
        json["diagnostics"][0],
        serde_json::json!({
            "severity": "error",
            "file": "revisions/2024-12-02",
            "path": "content/revisions/2024-12-02",
            "line": null,
            "column": null,
            "end_line": null,
            "end_column": null,
            "message": "a folder problem",
            "hint": "rename it",
            "note": null,
            "source_line": null,
        })
    );
    assert_eq!(
        json["diagnostics"][2]["source_line"],
        "name = { ja = \"資格\" }"
    );
    assert_eq!(json["diagnostics"][2]["end_line"], 3);
    assert_eq!(json["diagnostics"][2]["end_column"], 21);
}

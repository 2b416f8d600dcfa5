//! Every page as a browser and an auditor's tools see it: the server runs on
//! a real socket, `tests/browser/audit.mjs` drives Debian's Chromium over
//! every HTML page of several fixture sites in both languages (axe-core,
//! keyboard, reflow, text spacing, forced colours, print) and runs the Nu
//! Html Checker over the served bytes; these tests judge its report.
//!
//! The tools are not Rust crates: `.ci/run` installs them (see the README's
//! "Browser tests"). Where they are missing the tests say so loudly and
//! skip, except in CI, where a missing tool is a failure.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use axum::Router;
use serde::Deserialize;

use crate::support::{date, missing_tools, rendered, repo_path, runs};

#[derive(Debug, Deserialize)]
struct Report {
    pages: Vec<String>,
    findings: Vec<Finding>,
}

#[derive(Debug, Deserialize)]
struct Finding {
    url: String,
    check: String,
    rule: String,
    message: String,
    target: String,
}

/// The fixture sites and the date each is audited as of, so that between
/// them they have every page type: the notice with and without an
/// announcement, history, archived, current and upcoming revisions, changes
/// pages (with moves, renames and prose-only changes), untranslated English,
/// a union unlike the example (long names, words and addresses, links,
/// deep headings, nested lists, no e-mail address), tables written in
/// Markdown (captioned, named by a heading, aligned, in a section and in the
/// purposes' notes), a contact desk with several labelled numbers, one
/// of them a fax, and purposes tables in groups: one with explanations and
/// a description column, one changed in every way. The shipped example also
/// has documents besides its notice: their pages (a policy, a joint use, a
/// publications document), histories and revisions with their seal, the
/// index of documents and the navigation between documents on every page;
/// on the later day every document's changes page, on the earlier one a
/// document's announced revision on top of its page. One site declares
/// languages of its own: Vietnamese and やさしい日本語 beside Japanese and
/// English.
const SITES: &[(&str, &str)] = &[
    ("content", "2025-07-02"),
    ("content", "2025-01-20"),
    ("tests/fixtures/history-upcoming", "2025-03-01"),
    ("tests/fixtures/history-renamed-category", "2025-04-01"),
    ("tests/fixtures/history-prose-only", "2025-04-01"),
    ("tests/fixtures/pages-untranslated", "2025-04-01"),
    ("tests/fixtures/browser-unusual", "2025-09-15"),
    ("tests/fixtures/pages-markdown-table", "2025-04-01"),
    // English changes pages whose rows carry long words only screen
    // readers hear, at 320 px.
    ("tests/fixtures/history-english-later", "2025-09-15"),
    // A first notice announced but not yet in effect, with a second
    // revision announced on top of it.
    ("tests/fixtures/first-announcement", "2027-03-01"),
    ("tests/fixtures/pages-contact-numbers", "2025-01-01"),
    // The purposes in the guidance's shape: named groups, an empty one,
    // explanations, a description column, untranslated texts.
    ("tests/fixtures/purposes-grouped", "2025-01-01"),
    ("tests/fixtures/languages-declared", "2024-12-02"),
    // A table in groups whose changes page shows group names, moves
    // between groups, explanations and a description.
    ("tests/fixtures/purposes-grouped-changes", "2025-06-01"),
];

/// Sites audited as previews (`serve --as-of` another day): every page
/// carries the preview banner, and, for revisions not locked yet, the
/// record's problems in it.
const PREVIEWS: &[(&str, &str)] = &[("tests/fixtures/history-back-dated", "2025-01-01")];

#[test]
fn every_page_passes_axe_the_nu_checker_keyboard_reflow_spacing_and_print() {
    let Some(chromium) = browser_tools() else {
        return;
    };
    let mut urls = Vec::new();
    for (content, as_of) in SITES {
        let site = rendered(content, date(as_of));
        let base = serve_in_background(kohyo::http::router(site.clone()));
        urls.extend(site.pages().into_iter().map(|path| format!("{base}{path}")));
        urls.push(format!("{base}/ja/no-such-page/"));
    }
    for (content, as_of) in PREVIEWS {
        let loaded = kohyo::content::load(&repo_path(content)).expect("the preview loads");
        assert!(
            !loaded.record.is_clean(),
            "{content} shows the record's problems"
        );
        let archive = kohyo::archive::Archive::with_record(loaded.site, loaded.record);
        let site = kohyo::render::render_served(&archive, Some(date(as_of))).unwrap();
        let base = serve_in_background(kohyo::http::router(site.clone()));
        urls.extend(site.pages().into_iter().map(|path| format!("{base}{path}")));
    }

    let report = audit(&chromium, &urls);

    assert_eq!(report.pages, urls, "the audit covered every page");
    assert!(
        report.findings.is_empty(),
        "{} accessibility findings:\n{}",
        report.findings.len(),
        report
            .findings
            .iter()
            .map(|f| format!(
                "- {} [{}] {}: {}\n    at {}\n",
                f.url, f.check, f.rule, f.message, f.target
            ))
            .collect::<String>()
    );
}

/// The audit is only worth its silence if each of its checks can fail: the
/// canary page has one fault for each.
#[test]
fn the_audit_finds_every_kind_of_fault_on_the_canary_page() {
    let Some(chromium) = browser_tools() else {
        return;
    };
    let canary = repo_path("tests/browser/canary/index.html");
    let url = format!("file://{}", canary.display());

    let report = audit(&chromium, std::slice::from_ref(&url));

    let found: BTreeSet<(String, String)> = report
        .findings
        .iter()
        .map(|f| {
            let family = f.check.split(" (").next().unwrap_or_default().to_owned();
            (family, f.rule.clone())
        })
        .collect();
    let expected = [
        ("axe", "image-alt"),
        ("axe", "color-contrast"),
        ("Nu Html Checker", "error"),
        ("keyboard", "skip-link"),
        ("keyboard", "focus-visible"),
        ("keyboard", "tab-order"),
        ("keyboard", "focus-obscured"),
        ("content security policy", "csp-violation"),
        ("reflow", "horizontal-scroll"),
        ("reflow", "scroll-region"),
        ("text spacing", "text-clipped"),
        ("forced colours", "change-marks"),
        ("print", "running-date"),
        ("print", "whole-notice"),
        ("print", "link-addresses"),
    ];
    for (family, rule) in expected {
        assert!(
            found.contains(&(family.to_owned(), rule.to_owned())),
            "the audit missed the canary's {family} fault ({rule}); it found {found:?}"
        );
    }
    let css_error = report
        .findings
        .iter()
        .any(|f| f.check == "Nu Html Checker" && f.message.contains("“colour”"));
    assert!(css_error, "the stylesheet is checked too");
}

/// The browser, or `None` after a loud message when a tool is missing and
/// this is not CI.
fn browser_tools() -> Option<PathBuf> {
    let chromium = PathBuf::from(
        std::env::var("KOHYO_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".to_owned()),
    );
    let mut missing = Vec::new();
    if !chromium.is_file() {
        missing.push(format!(
            "Chromium at {} (Debian: apt-get install chromium; or set KOHYO_CHROMIUM)",
            chromium.display()
        ));
    }
    if !runs("node", &["--version"]) {
        missing.push("Node.js (Debian: apt-get install nodejs npm)".to_owned());
    }
    for package in ["playwright-core", "axe-core", "vnu-jar"] {
        if !repo_path(&format!("node_modules/{package}/package.json")).is_file() {
            missing.push(format!(
                "the npm package {package} (npm ci --ignore-scripts)"
            ));
        }
    }
    if !runs("java", &["-version"]) {
        missing
            .push("Java for the Nu Html Checker (apt-get install default-jre-headless)".to_owned());
    }
    if !runs("pdftotext", &["-v"]) {
        missing.push("pdftotext to read printouts (apt-get install poppler-utils)".to_owned());
    }
    if !has_japanese_font() {
        missing.push("a Japanese font (apt-get install fonts-noto-cjk)".to_owned());
    }
    if missing.is_empty() {
        return Some(chromium);
    }
    static SAID_SO: std::sync::Once = std::sync::Once::new();
    missing_tools(
        "the browser tests (axe-core, Nu Html Checker, keyboard, reflow,\nprint)",
        &missing,
        &SAID_SO,
    );
    None
}

fn has_japanese_font() -> bool {
    Command::new("fc-list")
        .arg(":lang=ja")
        .output()
        .is_ok_and(|output| output.status.success() && !output.stdout.is_empty())
}

/// Serves `router` on a free loopback port from a thread of its own, for as
/// long as the test process runs; returns the base URL.
fn serve_in_background(router: Router) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.set_nonblocking(true).unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            kohyo::http::serve(listener, router, std::future::pending()).await
        })
    });
    format!("http://{address}")
}

fn audit(chromium: &Path, urls: &[String]) -> Report {
    let work = tempfile::tempdir().unwrap();
    let output = Command::new("node")
        .arg(repo_path("tests/browser/audit.mjs"))
        .arg("--chromium")
        .arg(chromium)
        .arg("--work")
        .arg(work.path())
        .args(urls)
        .current_dir(repo_path(""))
        .output()
        .expect("node runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "the audit failed to run:\n{stderr}"
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "the audit's report is not JSON ({e}):\n{}\n{stderr}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

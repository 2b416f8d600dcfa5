//! `kohyo export`: every exported file is byte for byte what the server
//! sends for the same URL and coding, and every URL the server has is
//! exported.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use kohyo::archive::Archive;
use kohyo::content::Site;

use crate::support::{Kohyo, date, files_under, load, request};

const BASE_URL: &str = "https://notice.example.org/";

#[tokio::test]
async fn every_exported_file_is_what_the_server_sends() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let (code, _, stderr) = Kohyo::new([
        "export",
        "--content",
        "content",
        "--base-url",
        BASE_URL,
        "--as-of",
        "2025-01-01",
        "--out",
        target.to_str().unwrap(),
    ])
    .run();
    assert_eq!(code, 0, "{stderr}");
    let mut lines = stderr.lines();
    assert_eq!(
        lines.next(),
        Some(
            format!(
                "using --base-url {BASE_URL} instead of site.toml's {}",
                load("content").config.base_url
            )
            .as_str()
        ),
        "an address other than site.toml's is said out loud"
    );
    let summary = lines.next().unwrap_or_default();
    assert!(
        summary.starts_with(
            "exported the notice in effect on 2025-01-01 (revision of 2024-12-02) to "
        ) && summary.contains(&format!(" for {BASE_URL}: ")),
        "{stderr}"
    );

    let mut site = load("content");
    site.config.base_url = BASE_URL.to_owned();
    let files = assert_exported_as_served(site, &target).await;
    for expected in [
        "ja/index.html",
        "ja/index.html.br",
        "ja/index.html.gz",
        "sitemap.xml",
        "robots.txt",
        "404.html",
        "api/404.json",
    ] {
        assert!(files.contains(&PathBuf::from(expected)), "{expected}");
    }
    // The documents besides the notice: their feeds, the combined feed and
    // their open data, exported as served like everything else.
    let documents = load("content").documents;
    assert!(!documents.is_empty(), "the example has documents");
    let mut expected = vec![
        "ja/documents/feed.atom".to_owned(),
        "en/documents/feed.rss".to_owned(),
        "api/v1/documents.json".to_owned(),
        "api/v1/schemas/document-revision.schema.json".to_owned(),
    ];
    for document in &documents {
        let id = &document.id;
        let first = document.revisions[0].effective;
        expected.extend([
            format!("ja/{id}/feed.atom"),
            format!("en/{id}/feed.rss"),
            format!("api/v1/documents/{id}.json"),
            format!("api/v1/documents/{id}/revisions.json"),
            format!("api/v1/documents/{id}/revisions/{first}.json"),
            format!("api/v1/documents/{id}/revisions/{first}/revision.toml"),
        ]);
    }
    for expected in &expected {
        assert!(files.contains(&PathBuf::from(expected)), "{expected}");
    }
    let sitemap = std::fs::read_to_string(target.join("sitemap.xml")).unwrap();
    assert!(
        sitemap.contains("<loc>https://notice.example.org/ja/history/2023-04-01/changes/</loc>")
    );
    let notice = std::fs::read_to_string(target.join("en/index.html")).unwrap();
    assert!(notice.contains("<link rel=\"canonical\" href=\"https://notice.example.org/en/\">"));
    assert!(
        !notice.contains("preview-banner"),
        "an export is never a preview"
    );
}

/// Purposes in groups, with explanations and a description column, are
/// exported as served too.
#[tokio::test]
async fn a_grouped_table_is_exported_as_served() {
    let content = "tests/fixtures/purposes-grouped";
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let (code, _, stderr) = Kohyo::new([
        "export",
        "--content",
        content,
        "--as-of",
        "2025-01-01",
        "--out",
        target.to_str().unwrap(),
    ])
    .run();
    assert_eq!(code, 0, "{stderr}");
    let files = assert_exported_as_served(load(content), &target).await;
    assert!(files.contains(&PathBuf::from("api/v1/revisions/2024-12-02.json")));
}

/// Asserts that every file exported into `target` is byte for byte what the
/// server of `site` sends for its URL and coding, and that every URL is
/// exported; returns the files.
async fn assert_exported_as_served(site: Site, target: &Path) -> Vec<PathBuf> {
    let rendered = kohyo::render::render(&Archive::new(site), date("2025-01-01")).unwrap();
    let paths: Vec<String> = rendered.resources.keys().cloned().collect();
    let router = kohyo::http::router(rendered);

    let files = files_under(target);
    let mut covered = BTreeSet::new();
    for file in &files {
        let name = file.to_str().unwrap();
        let (plain, coding) = match name.rsplit_once('.') {
            Some((plain, "br")) => (plain, Some("br")),
            Some((plain, "gz")) => (plain, Some("gzip")),
            _ => (name, None),
        };
        let (path, status) = if plain == "404.html" {
            ("/no-such-page/".to_owned(), 404)
        } else if plain == "api/404.json" {
            ("/api/v1/no-such-document.json".to_owned(), 404)
        } else {
            let path = format!("/{}", plain.strip_suffix("index.html").unwrap_or(plain));
            (path, 200)
        };
        let accept = coding.unwrap_or("identity");
        let reply = request(&router, "GET", &path, &[("accept-encoding", accept)]).await;
        assert_eq!(reply.status, status, "{name}");
        assert_eq!(
            reply
                .headers
                .get("content-encoding")
                .map(|v| v.to_str().unwrap()),
            coding,
            "{name}"
        );
        let bytes = std::fs::read(target.join(file)).unwrap();
        assert_eq!(
            reply.raw, bytes,
            "{name}: the exported bytes are the served bytes"
        );
        covered.insert(path);
    }
    for path in paths {
        assert!(covered.contains(&path), "{path} is exported");
    }
    files
}

#[test]
fn export_refuses_a_folder_that_is_not_empty() {
    let out = tempfile::tempdir().unwrap();
    std::fs::write(out.path().join("keep.txt"), "mine").unwrap();
    let (code, _, stderr) = Kohyo::new([
        "export",
        "--content",
        "content",
        "--out",
        out.path().to_str().unwrap(),
    ])
    .run();
    assert_eq!(code, 1);
    assert!(
        stderr.contains("is not empty; export into a new or empty folder"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_to_string(out.path().join("keep.txt")).unwrap(),
        "mine"
    );
}

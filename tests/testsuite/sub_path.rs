//! A site under a sub-path (`base_url = "https://example.org/kenpo/privacy/"`):
//! nothing it serves or exports may point at the host's root outside that
//! path. Every resource of the sub-path fixture, served (with and without
//! the prefix, as the two styles of proxy pass it on) and exported, is
//! scanned for every reference it makes: HTML attributes, CSS `url()`, the
//! links of feeds, JSON, robots.txt and the sitemap, absolute addresses
//! anywhere, and `Location` headers. Each is resolved as a browser would,
//! from the address the resource is published at; on the site's host it
//! must stay under the base URL and name something the site has.

use std::collections::BTreeSet;

use regex::Regex;
use url::Url;

use crate::support::{date, export_site, files_under, get, rendered, request};

pub(crate) const FIXTURE: &str = "tests/fixtures/site-sub-path";
pub(crate) const AS_OF: &str = "2025-09-15";
pub(crate) const BASE_PATH: &str = "/kenpo/privacy/";
const BASE_URL: &str = "https://example.org/kenpo/privacy/";

/// What kind of document a body is, which says where its references are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Html,
    Css,
    Xml,
    Json,
    Text,
}

impl Kind {
    pub(crate) fn of(content_type: &str) -> Kind {
        match content_type.split(';').next().unwrap_or_default().trim() {
            "text/html" => Kind::Html,
            "text/css" => Kind::Css,
            "application/json" => Kind::Json,
            media if media.ends_with("xml") => Kind::Xml,
            _ => Kind::Text,
        }
    }

    /// The kind of an exported file, from its name alone.
    fn of_file(name: &str) -> Kind {
        match name.rsplit_once('.').map_or("", |(_, extension)| extension) {
            "html" => Kind::Html,
            "css" => Kind::Css,
            "json" => Kind::Json,
            "xml" | "atom" | "rss" => Kind::Xml,
            _ => Kind::Text,
        }
    }
}

/// Every reference in `body`, as written (fragments and all).
pub(crate) fn references(kind: Kind, body: &str) -> BTreeSet<String> {
    let mut found = absolute_urls(&unescape(body));
    match kind {
        Kind::Html => found.extend(html_references(body)),
        Kind::Css => found.extend(css_references(body)),
        Kind::Xml => {
            // Atom's `content type="html"` holds markup as escaped text.
            found.extend(markup_attributes(body));
            found.extend(markup_attributes(&unescape(body)));
            found.extend(xml_link_texts(body));
        }
        Kind::Json => {
            let value: serde_json::Value = serde_json::from_str(body).expect("JSON parses");
            json_references(&value, &mut found);
        }
        Kind::Text => found.extend(robots_references(body)),
    }
    found
}

fn absolute_urls(text: &str) -> BTreeSet<String> {
    // The characters of a URL (RFC 3986 §2), less what ends one in prose
    // or markup: quotes, brackets, and punctuation at the end.
    let pattern = Regex::new(r"https?://[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+").unwrap();
    pattern
        .find_iter(text)
        .map(|m| {
            m.as_str()
                .trim_end_matches(['.', ',', ';', ':', '!', '?'])
                .to_owned()
        })
        .collect()
}

/// The attributes of HTML that hold URLs, and the CSS inside the document.
fn html_references(body: &str) -> BTreeSet<String> {
    let html = scraper::Html::parse_document(body);
    let mut found = BTreeSet::new();
    for node in html.tree.nodes() {
        let Some(element) = scraper::ElementRef::wrap(node) else {
            continue;
        };
        let element = element.value();
        for (name, value) in element.attrs() {
            match name {
                "href" | "src" | "action" | "formaction" | "data" | "poster" | "cite"
                | "background" | "longdesc" | "manifest" | "ping" | "xlink:href" => {
                    found.insert(value.to_owned());
                }
                "srcset" | "imagesrcset" => found.extend(
                    value
                        .split(',')
                        .filter_map(|candidate| candidate.split_whitespace().next())
                        .map(str::to_owned),
                ),
                "style" => found.extend(css_references(value)),
                "content" if element.attr("http-equiv").is_some() => {
                    if let Some((_, target)) = value.split_once("url=") {
                        found.insert(target.trim().to_owned());
                    }
                }
                _ => {}
            }
        }
        if element.name() == "style" {
            let css: String = scraper::ElementRef::wrap(node).unwrap().text().collect();
            found.extend(css_references(&css));
        }
    }
    found
}

fn css_references(css: &str) -> BTreeSet<String> {
    let url = Regex::new(r#"url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)"#).unwrap();
    let import = Regex::new(r#"@import\s+(?:"([^"]*)"|'([^']*)')"#).unwrap();
    url.captures_iter(css)
        .chain(import.captures_iter(css))
        .filter_map(|c| {
            c.iter()
                .skip(1)
                .flatten()
                .next()
                .map(|m| m.as_str().to_owned())
        })
        .collect()
}

/// URL attributes in markup found by its text, for markup inside feeds and
/// JSON strings.
fn markup_attributes(text: &str) -> BTreeSet<String> {
    let attribute = Regex::new(
        r#"(?i)\b(?:href|src|action|formaction|data|poster|cite|srcset)\s*=\s*(?:"([^"]*)"|'([^']*)')"#,
    )
    .unwrap();
    attribute
        .captures_iter(text)
        .filter_map(|c| {
            c.iter()
                .skip(1)
                .flatten()
                .next()
                .map(|m| m.as_str().to_owned())
        })
        .collect()
}

/// The elements of feeds and sitemaps whose text is an address.
fn xml_link_texts(xml: &str) -> BTreeSet<String> {
    let element = Regex::new(
        r"<(?:loc|link|id|uri|guid|comments|docs|url|icon|logo)(?:\s[^>]*[^/>])?>([^<]*)</",
    )
    .unwrap();
    element
        .captures_iter(xml)
        .map(|c| unescape(c[1].trim()))
        .filter(|text| !text.is_empty())
        .collect()
}

fn json_references(value: &serde_json::Value, found: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::String(text) => {
            if ["http://", "https://", "/", "./", "../"]
                .iter()
                .any(|start| text.starts_with(start))
            {
                found.insert(text.clone());
            }
            found.extend(markup_attributes(text));
        }
        serde_json::Value::Array(items) => {
            for item in items {
                json_references(item, found);
            }
        }
        serde_json::Value::Object(fields) => {
            for item in fields.values() {
                json_references(item, found);
            }
        }
        _ => {}
    }
}

/// robots.txt's paths and sitemap address.
fn robots_references(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter_map(|line| line.split_once(':'))
        .filter(|(field, _)| {
            ["allow", "disallow", "sitemap"].contains(&field.trim().to_ascii_lowercase().as_str())
        })
        .map(|(_, value)| value.trim().to_owned())
        .filter(|value| !value.is_empty())
        .collect()
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// What is wrong with `reference`, found in the resource published at
/// `at`: on the site's host it must lead under the base URL, to a path the
/// site has (`has`) or to the base URL itself (the language redirect).
/// Other hosts (outside links in the content) and other schemes (`mailto:`,
/// `tel:`) are the content's business.
pub(crate) fn problem(at: &Url, reference: &str, has: &dyn Fn(&str) -> bool) -> Option<String> {
    if reference.starts_with('#') {
        return None;
    }
    let resolved = match at.join(reference) {
        Ok(resolved) => resolved,
        Err(error) => return Some(format!("{reference:?} does not parse: {error}")),
    };
    if !["http", "https"].contains(&resolved.scheme())
        || resolved.host_str() != Url::parse(BASE_URL).unwrap().host_str()
    {
        return None;
    }
    let Some(rest) = resolved.as_str().strip_prefix(BASE_URL) else {
        return Some(format!(
            "{reference:?} leads to {resolved}, outside {BASE_URL}"
        ));
    };
    let path = format!("/{}", rest.split(['#', '?']).next().unwrap_or_default());
    if path != "/" && !has(&path) {
        return Some(format!(
            "{reference:?} leads to {resolved}, which the site does not have"
        ));
    }
    None
}

/// The address the resource at site path `path` is published at.
fn published(path: &str) -> Url {
    Url::parse(BASE_URL)
        .unwrap()
        .join(path.trim_start_matches('/'))
        .unwrap()
}

/// Places the 404 page is shown at: any depth, inside the site and out.
fn error_page_places() -> Vec<Url> {
    [
        "https://example.org/",
        "https://example.org/nope",
        BASE_URL,
        "https://example.org/kenpo/privacy/ja/history/2099-01-01/changes/x",
    ]
    .iter()
    .map(|u| Url::parse(u).unwrap())
    .collect()
}

/// The problems of `references` on the error page: the same bytes are
/// served at every depth, so each must be right from every place.
fn error_page_problems(references: &BTreeSet<String>, has: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut problems = Vec::new();
    for at in error_page_places() {
        for reference in references {
            if let Some(problem) = problem(&at, reference, has) {
                problems.push(format!("the 404 page at {at}: {problem}"));
            }
        }
    }
    problems
}

#[tokio::test]
async fn nothing_served_under_a_sub_path_points_outside_it() {
    let site = rendered(FIXTURE, date(AS_OF));
    assert_eq!(site.base_path, BASE_PATH);
    let mut paths: Vec<String> = site.resources.keys().cloned().collect();
    paths.sort();
    let has = |path: &str| site.resources.contains_key(path);
    let app = kohyo::http::router(site.clone());
    let mut problems = Vec::new();
    let mut checked = 0;
    for path in &paths {
        let plain = get(&app, path).await;
        assert_eq!(plain.status, 200, "{path}");
        // Behind a proxy that passes the prefix on, and reached directly
        // through the 404 page's links.
        let kept = get(&app, &format!("{BASE_PATH}{}", &path[1..])).await;
        assert_eq!(kept.status, 200, "{BASE_PATH}{path}");
        assert_eq!(
            kept.raw, plain.raw,
            "{path}: the same bytes under the prefix"
        );
        let at = published(path);
        for reference in references(Kind::of(plain.header("content-type")), &plain.body) {
            checked += 1;
            problems.extend(problem(&at, &reference, &has).map(|p| format!("{path}: {p}")));
        }
    }

    for asked in [
        "/nope",
        "/ja/history/2099-01-01/",
        "/kenpo/privacy/nope/deeper/",
        "/kenpo/nope",
    ] {
        let reply = get(&app, asked).await;
        assert_eq!(reply.status, 404, "{asked}");
        let found = references(Kind::Html, &reply.body);
        checked += found.len();
        problems.extend(error_page_problems(&found, &has));
    }

    // Each redirect, asked as the two styles of proxy pass it on: resolved
    // from the address the visitor asked for, it stays in the site.
    for (asked, public) in [
        ("/", BASE_URL.to_owned()),
        ("/ja", format!("{BASE_URL}ja")),
        ("/ja/history", format!("{BASE_URL}ja/history")),
        (
            "/en/history/2025-04-01/changes",
            format!("{BASE_URL}en/history/2025-04-01/changes"),
        ),
        ("/kenpo/privacy/", BASE_URL.to_owned()),
        ("/kenpo/privacy/ja", format!("{BASE_URL}ja")),
        ("/kenpo/privacy/ja/history", format!("{BASE_URL}ja/history")),
        ("/kenpo/privacy", BASE_URL.trim_end_matches('/').to_owned()),
    ] {
        for accept in ["ja", "en"] {
            let reply = request(&app, "GET", asked, &[("accept-language", accept)]).await;
            assert!(reply.status.is_redirection(), "{asked}: {}", reply.status);
            let location = reply.header("location");
            let at = Url::parse(&public).unwrap();
            checked += 1;
            problems
                .extend(problem(&at, location, &has).map(|p| format!("Location of {asked}: {p}")));
        }
    }

    let health = get(&app, "/kenpo/privacy/healthz").await;
    assert_eq!(health.status, 200);
    assert_eq!(health.header("content-type"), "application/json");
    for reference in references(Kind::Json, &health.body) {
        problems.extend(problem(&published("/healthz"), &reference, &has));
    }

    assert!(
        problems.is_empty(),
        "{} references leave the site:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(checked > 300, "only {checked} references were found");
}

#[tokio::test]
async fn the_error_pages_robots_and_redirects_say_the_base_path() {
    let site = rendered(FIXTURE, date(AS_OF));
    let robots = std::str::from_utf8(&site.resources["/robots.txt"].body).unwrap();
    assert_eq!(
        robots,
        "User-agent: *\nAllow: /kenpo/privacy/\nSitemap: https://example.org/kenpo/privacy/sitemap.xml\n"
    );
    let app = kohyo::http::router(site.clone());
    let not_found = get(&app, "/anywhere/at/all").await;
    let html = not_found.html();
    let hrefs = |selector: &str| -> Vec<String> {
        crate::support::select(&html, selector)
            .iter()
            .map(|e| e.value().attr("href").unwrap().to_owned())
            .collect()
    };
    let stylesheet = &hrefs("link[rel=stylesheet]")[0];
    assert!(
        stylesheet.starts_with("/kenpo/privacy/static/kohyo.") && stylesheet.ends_with(".css"),
        "{stylesheet}"
    );
    assert_eq!(get(&app, stylesheet).await.status, 200);
    assert_eq!(
        hrefs("main a, footer a"),
        [
            "/kenpo/privacy/ja/",
            "/kenpo/privacy/en/",
            "/kenpo/privacy/ja/accessibility/",
            "/kenpo/privacy/en/accessibility/"
        ]
    );
    let server_error = std::str::from_utf8(&site.server_error.body).unwrap();
    assert!(server_error.contains(&format!("href=\"{stylesheet}\"")));
    for (asked, location) in [
        ("/", "ja/"),
        ("/kenpo/privacy/", "ja/"),
        ("/kenpo/privacy/ja", "ja/"),
        ("/kenpo/privacy/ja/history", "history/"),
        ("/kenpo/privacy", "privacy/"),
    ] {
        assert_eq!(
            get(&app, asked).await.header("location"),
            location,
            "{asked}"
        );
    }
}

#[test]
fn nothing_exported_under_a_sub_path_points_outside_it() {
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("site");
    let (code, stderr) = export_site(FIXTURE, AS_OF, &target);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        !stderr.contains("--base-url") && stderr.contains(&format!(" for {BASE_URL}: ")),
        "the export takes site.toml's base_url: {stderr}"
    );
    let files = files_under(&target);
    let plain: Vec<String> = files
        .iter()
        .map(|file| file.to_str().unwrap().to_owned())
        .filter(|name| !name.ends_with(".br") && !name.ends_with(".gz"))
        .collect();
    let site_path = |name: &str| format!("/{}", name.strip_suffix("index.html").unwrap_or(name));
    let paths: BTreeSet<String> = plain.iter().map(|name| site_path(name)).collect();
    let has = |path: &str| paths.contains(path);
    let mut problems = Vec::new();
    let mut checked = 0;
    for name in &plain {
        let body = std::fs::read_to_string(target.join(name)).unwrap();
        let found = references(Kind::of_file(name), &body);
        checked += found.len();
        if name == "404.html" {
            problems.extend(error_page_problems(&found, &has));
            continue;
        }
        let at = published(&site_path(name));
        for reference in found {
            problems.extend(problem(&at, &reference, &has).map(|p| format!("{name}: {p}")));
        }
    }
    assert!(
        problems.is_empty(),
        "{} references leave the site:\n{}",
        problems.len(),
        problems.join("\n")
    );
    assert!(checked > 300, "only {checked} references were found");
}

/// The scan is only worth its silence if it finds what it looks for: one
/// reference out of the site in each place it reads.
#[test]
fn the_scan_finds_references_to_the_hosts_root() {
    let has = |path: &str| ["/ja/", "/static/a.css"].contains(&path);
    let at = published("/ja/");
    let bad = |kind: Kind, body: &str| -> Vec<String> {
        references(kind, body)
            .iter()
            .filter_map(|reference| problem(&at, reference, &has))
            .collect()
    };
    for (kind, body) in [
        (
            Kind::Html,
            r#"<link rel="stylesheet" href="/static/a.css">"#,
        ),
        (
            Kind::Html,
            r#"<img srcset="../static/a.css 1x, /x.png 2x">"#,
        ),
        (Kind::Html, r#"<form action="/search"></form>"#),
        (Kind::Html, r#"<p style="background: url('/x.png')">"#),
        (Kind::Html, r#"<a href="../../../ja/">up too far</a>"#),
        (
            Kind::Html,
            r#"<meta http-equiv="refresh" content="0; url=/ja/">"#,
        ),
        (Kind::Css, "body { background: url(/x.png) }"),
        (Kind::Css, "@import '/static/a.css';"),
        (
            Kind::Xml,
            "<urlset><url><loc>https://example.org/ja/</loc></url></urlset>",
        ),
        (Kind::Xml, "<link href=\"https://example.org/ja/\"/>"),
        (
            Kind::Xml,
            "<content type=\"html\">&lt;a href=\"/ja/\"&gt;x&lt;/a&gt;</content>",
        ),
        (Kind::Json, r#"{"self": "/api/v1/notice.json"}"#),
        (Kind::Json, r#"{"html": "<a href=\"/ja/\">x</a>"}"#),
        (Kind::Text, "User-agent: *\nAllow: /\n"),
        (Kind::Text, "see https://example.org/other/page for more"),
        (
            Kind::Html,
            r#"<a href="nope/">a page the site does not have</a>"#,
        ),
    ] {
        assert_eq!(bad(kind, body).len(), 1, "{kind:?} {body}");
    }
    for (kind, body) in [
        (
            Kind::Html,
            r#"<link rel="stylesheet" href="../static/a.css">"#,
        ),
        (
            Kind::Html,
            r##"<a href="#main">skip</a> <a href="https://www.ppc.go.jp/">PPC</a>"##,
        ),
        (
            Kind::Html,
            r#"<a href="mailto:a@example.org">mail</a> <a href="tel:0300000000">tel</a>"#,
        ),
        (
            Kind::Html,
            r#"<a href="/kenpo/privacy/ja/">from the root, under the base</a>"#,
        ),
        (Kind::Text, "User-agent: *\nAllow: /kenpo/privacy/\n"),
    ] {
        assert_eq!(bad(kind, body), Vec::<String>::new(), "{kind:?} {body}");
    }
    assert!(error_page_problems(&references(Kind::Html, r#"<a href="ja/">"#), &has).len() > 1);
}

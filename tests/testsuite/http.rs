//! HTTP as clients see it on a real socket: content codings, validators,
//! HEAD, caching and security headers, written and read byte for byte.

use std::collections::BTreeMap;
use std::io::Read;
use std::net::SocketAddr;
use std::sync::Arc;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::support::{date, rendered};

/// A response read off the wire: status code, headers (lower-case names;
/// repeated headers joined with ", "), body.
struct Wire {
    status: u16,
    headers: BTreeMap<String, String>,
    body: Vec<u8>,
}

impl Wire {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).map(String::as_str)
    }
}

async fn start(options: kohyo::http::Options) -> SocketAddr {
    let site = rendered("content", date("2025-01-01"));
    let live = Arc::new(kohyo::live::LiveSite::new(site));
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let router = kohyo::http::live_router(live, options);
    tokio::spawn(kohyo::http::serve(listener, router, std::future::pending()));
    address
}

/// Sends one request (with `Connection: close`) and reads the whole reply.
async fn send(address: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)]) -> Wire {
    let mut request =
        format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    parse(&raw)
}

fn parse(raw: &[u8]) -> Wire {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete head");
    let head = std::str::from_utf8(&raw[..end]).unwrap();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let mut headers = BTreeMap::new();
    for line in lines {
        let (name, value) = line.split_once(':').unwrap();
        headers
            .entry(name.to_ascii_lowercase())
            .and_modify(|v: &mut String| {
                v.push_str(", ");
                v.push_str(value.trim());
            })
            .or_insert_with(|| value.trim().to_owned());
    }
    Wire {
        status,
        headers,
        body: raw[end + 4..].to_vec(),
    }
}

fn decode(wire: &Wire) -> Vec<u8> {
    let mut decoded = Vec::new();
    match wire.header("content-encoding") {
        None => decoded.clone_from(&wire.body),
        Some("gzip") => {
            flate2::read::GzDecoder::new(&wire.body[..])
                .read_to_end(&mut decoded)
                .unwrap();
        }
        Some("br") => brotli::BrotliDecompress(&mut &wire.body[..], &mut decoded).unwrap(),
        Some(other) => panic!("unexpected coding {other}"),
    }
    decoded
}

#[tokio::test]
async fn the_coding_follows_accept_encoding_and_decodes_to_the_same_page() {
    let address = start(Default::default()).await;
    let plain = send(address, "GET", "/ja/", &[]).await;
    assert_eq!(plain.status, 200);
    assert_eq!(plain.header("content-encoding"), None);
    assert_eq!(
        plain.header("content-length"),
        Some(plain.body.len().to_string().as_str())
    );
    for (accept, coding) in [
        ("gzip, deflate, br, zstd", Some("br")),
        ("gzip", Some("gzip")),
        ("br;q=0.4, gzip;q=0.9", Some("gzip")),
        ("br;q=0, gzip;q=0", None),
        ("identity", None),
        ("deflate", None),
    ] {
        let reply = send(address, "GET", "/ja/", &[("Accept-Encoding", accept)]).await;
        assert_eq!(reply.status, 200, "{accept}");
        assert_eq!(reply.header("content-encoding"), coding, "{accept}");
        assert_eq!(reply.header("vary"), Some("accept-encoding"), "{accept}");
        assert_eq!(
            reply.header("content-length"),
            Some(reply.body.len().to_string().as_str()),
            "{accept}"
        );
        assert_eq!(decode(&reply), plain.body, "{accept}");
        if coding.is_some() {
            assert!(
                reply.body.len() * 3 < plain.body.len(),
                "{accept}: compressed"
            );
        }
    }
}

#[tokio::test]
async fn an_unchanged_page_is_a_304_in_any_coding() {
    let address = start(Default::default()).await;
    let brotli = send(address, "GET", "/en/history/", &[("Accept-Encoding", "br")]).await;
    let gzip = send(
        address,
        "GET",
        "/en/history/",
        &[("Accept-Encoding", "gzip")],
    )
    .await;
    let etag_br = brotli.header("etag").unwrap().to_owned();
    let etag_gzip = gzip.header("etag").unwrap().to_owned();
    assert!(
        etag_br.starts_with('"') && etag_br.ends_with("-br\""),
        "{etag_br}"
    );
    assert_ne!(etag_br, etag_gzip, "each coding is its own representation");

    for tag in [
        etag_br.as_str(),
        etag_gzip.as_str(),
        &format!("W/{etag_br}"),
        "*",
    ] {
        let reply = send(
            address,
            "GET",
            "/en/history/",
            &[("Accept-Encoding", "br"), ("If-None-Match", tag)],
        )
        .await;
        assert_eq!(reply.status, 304, "{tag}");
        assert!(reply.body.is_empty());
        assert_eq!(reply.header("etag"), Some(etag_br.as_str()));
        assert_eq!(reply.header("vary"), Some("accept-encoding"));
        assert!(reply.header("cache-control").is_some());
    }
    let other = send(
        address,
        "GET",
        "/en/history/",
        &[("If-None-Match", "\"0123456789abcdef01234567\"")],
    )
    .await;
    assert_eq!(other.status, 200);
    // A missing page has nothing to revalidate.
    let missing = send(address, "GET", "/en/nothing/", &[("If-None-Match", "*")]).await;
    assert_eq!(missing.status, 404);
    assert_eq!(missing.header("etag"), None);
}

#[tokio::test]
async fn head_has_the_headers_of_get_and_no_body() {
    let address = start(Default::default()).await;
    for accept in ["", "br"] {
        let get = send(
            address,
            "GET",
            "/ja/feed.atom",
            &[("Accept-Encoding", accept)],
        )
        .await;
        let head = send(
            address,
            "HEAD",
            "/ja/feed.atom",
            &[("Accept-Encoding", accept)],
        )
        .await;
        assert_eq!(head.status, 200);
        assert!(head.body.is_empty(), "HEAD has no body");
        for name in [
            "content-length",
            "content-type",
            "content-encoding",
            "etag",
            "vary",
        ] {
            assert_eq!(head.header(name), get.header(name), "{accept}: {name}");
        }
        assert_eq!(
            head.header("content-type"),
            Some("application/atom+xml; charset=utf-8")
        );
    }
}

#[tokio::test]
async fn caches_keep_pages_briefly_and_fingerprinted_assets_for_good() {
    let address = start(Default::default()).await;
    let page = send(address, "GET", "/ja/", &[]).await;
    assert_eq!(
        page.header("cache-control"),
        Some("public, max-age=60, must-revalidate")
    );
    let html = String::from_utf8(page.body.clone()).unwrap();
    let stylesheet = html
        .split("href=\"../static/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page links its stylesheet");
    let asset = send(address, "GET", &format!("/static/{stylesheet}"), &[]).await;
    assert_eq!(asset.status, 200);
    assert_eq!(
        asset.header("cache-control"),
        Some("public, max-age=31536000, immutable")
    );
    let root = send(address, "GET", "/", &[("Accept-Language", "en")]).await;
    assert_eq!(root.status, 302);
    assert_eq!(root.header("cache-control"), Some("private, no-cache"));
    assert_eq!(root.header("vary"), Some("accept-language"));
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let address = start(Default::default()).await;
    let etag = send(address, "GET", "/ja/", &[])
        .await
        .header("etag")
        .unwrap()
        .to_owned();
    let cases = [
        ("GET", "/ja/", vec![], 200),
        ("GET", "/ja/history/2024-12-02/print.css", vec![], 200),
        ("GET", "/ja/feed.rss", vec![], 200),
        ("GET", "/ja/", vec![("If-None-Match", etag.as_str())], 304),
        ("GET", "/", vec![], 302),
        ("GET", "/ja", vec![], 301),
        ("GET", "/missing", vec![], 404),
        ("POST", "/ja/", vec![], 405),
    ];
    for (method, path, headers, status) in cases {
        let reply = send(address, method, path, &headers).await;
        assert_eq!(reply.status, status, "{method} {path}");
        let csp = reply.header("content-security-policy").unwrap_or_default();
        for directive in [
            "default-src 'none'",
            "style-src 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        ] {
            assert!(csp.contains(directive), "{method} {path}: {csp}");
        }
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(reply.header("x-content-type-options"), Some("nosniff"));
        assert_eq!(reply.header("referrer-policy"), Some("no-referrer"));
        assert_eq!(
            reply.header("cross-origin-resource-policy"),
            Some("same-origin")
        );
        assert!(
            reply
                .header("permissions-policy")
                .is_some_and(|p| p.contains("camera=()"))
        );
        assert_eq!(
            reply.header("strict-transport-security"),
            None,
            "HSTS only when asked"
        );
        assert_eq!(
            reply.header("server"),
            None,
            "{method} {path}: no server banner"
        );
    }
}

#[tokio::test]
async fn hsts_is_sent_when_configured() {
    let address = start(kohyo::http::Options { hsts: true }).await;
    for path in ["/ja/", "/missing"] {
        let reply = send(address, "GET", path, &[]).await;
        assert_eq!(
            reply.header("strict-transport-security"),
            Some("max-age=31536000"),
            "{path}"
        );
    }
}

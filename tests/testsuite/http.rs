//! HTTP as clients see it on a real socket: content codings, validators,
//! HEAD, caching and security headers, the rules of RFC 9112 for `Host`
//! and the limits on a request's head, written and read byte for byte.

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
    site.prepare_all();
    start_live(Arc::new(kohyo::live::LiveSite::new(site)), options).await
}

async fn start_live(live: Arc<kohyo::live::LiveSite>, options: kohyo::http::Options) -> SocketAddr {
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
        Some("max-age=60, must-revalidate")
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
        Some("max-age=31536000, immutable")
    );
    for missing in ["/ja/nothing/", "/api/v1/nothing.json"] {
        let reply = send(address, "GET", missing, &[]).await;
        assert_eq!(reply.status, 404, "{missing}");
        assert_eq!(
            reply.header("cache-control"),
            Some("max-age=60"),
            "{missing}"
        );
    }
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

/// Requests held in flight: the `/slow` route counts each request that
/// reaches it and answers only once released. Semaphores, because they
/// keep count: no arrival or release is lost, whoever gets there first.
#[derive(Clone)]
struct Held {
    arrived: Arc<tokio::sync::Semaphore>,
    released: Arc<tokio::sync::Semaphore>,
}

impl Held {
    fn new() -> Held {
        Held {
            arrived: Arc::new(tokio::sync::Semaphore::new(0)),
            released: Arc::new(tokio::sync::Semaphore::new(0)),
        }
    }

    /// Waits until one more request has reached `/slow`.
    async fn arrival(&self) {
        self.arrived.acquire().await.unwrap().forget();
    }

    /// Lets one request held at `/slow` answer.
    fn release_one(&self) {
        self.released.add_permits(1);
    }
}

/// The shipped site with `limits`, and a `/slow` route held by `held`, for
/// requests that are still in flight when something happens.
async fn start_with(
    limits: kohyo::http::Limits,
    held: Held,
) -> (
    SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<std::io::Result<()>>,
) {
    let pages = kohyo::http::router(rendered("content", date("2025-01-01")));
    let routes = axum::Router::new()
        .route(
            "/slow",
            axum::routing::get(move || async move {
                held.arrived.add_permits(1);
                held.released.acquire().await.unwrap().forget();
                "finished"
            }),
        )
        .fallback_service(pages);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(kohyo::http::serve_with(listener, routes, limits, async {
        let _ = stopped.await;
    }));
    (address, stop, server)
}

#[tokio::test]
async fn a_client_that_sends_its_headers_too_slowly_is_cut_off() {
    let limits = kohyo::http::Limits {
        header_read_timeout: std::time::Duration::from_millis(300),
        ..Default::default()
    };
    let (address, _stop, _server) = start_with(limits, Held::new()).await;
    let mut stream = TcpStream::connect(address).await.unwrap();
    stream
        .write_all(b"GET /ja/ HTTP/1.1\r\nHost: localhost\r\n")
        .await
        .unwrap();
    let started = std::time::Instant::now();
    let mut rest = Vec::new();
    let read = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        stream.read_to_end(&mut rest),
    )
    .await;
    assert!(read.is_ok(), "the server closed the connection");
    let waited = started.elapsed();
    assert!(
        waited >= std::time::Duration::from_millis(250)
            && waited < std::time::Duration::from_secs(3),
        "closed after {waited:?}"
    );
    assert!(!String::from_utf8_lossy(&rest).contains("200 OK"));
}

#[tokio::test]
async fn shutdown_lets_a_request_in_flight_finish_and_accepts_no_more() {
    let held = Held::new();
    let (address, stop, server) = start_with(Default::default(), held.clone()).await;
    let in_flight = tokio::spawn(send(address, "GET", "/slow", &[]));
    held.arrival().await;
    stop.send(()).unwrap();
    held.release_one();
    let reply = in_flight.await.unwrap();
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body, b"finished");
    let stopped = tokio::time::timeout(std::time::Duration::from_secs(5), server).await;
    assert!(
        matches!(stopped, Ok(Ok(Ok(())))),
        "the server stopped cleanly"
    );
    assert!(
        TcpStream::connect(address).await.is_err(),
        "nothing listens any more"
    );
}

#[tokio::test]
async fn open_connections_are_capped() {
    let limits = kohyo::http::Limits {
        max_connections: 2,
        ..Default::default()
    };
    let held = Held::new();
    let (address, _stop, _server) = start_with(limits, held.clone()).await;
    // Two requests the server has taken in and holds: both places taken.
    let first = tokio::spawn(send(address, "GET", "/slow", &[]));
    held.arrival().await;
    let second = tokio::spawn(send(address, "GET", "/slow", &[]));
    held.arrival().await;
    let mut third = tokio::spawn(send(address, "GET", "/ja/", &[]));
    // That something does not happen can only be watched for a while; a
    // slow machine could let this pass wrongly, never fail wrongly.
    let waiting = tokio::time::timeout(std::time::Duration::from_millis(400), &mut third).await;
    assert!(
        waiting.is_err(),
        "a third connection waits while two are open"
    );
    held.release_one();
    let reply = tokio::time::timeout(std::time::Duration::from_secs(5), third)
        .await
        .expect("served once a place is free")
        .unwrap();
    assert_eq!(reply.status, 200);
    held.release_one();
    assert_eq!(first.await.unwrap().status, 200);
    assert_eq!(second.await.unwrap().status, 200);
}

#[tokio::test]
async fn no_path_leads_outside_the_site() {
    let address = start(Default::default()).await;
    for path in [
        "/../Cargo.toml",
        "/ja/../../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/static/..%2fCargo.toml",
        "/static/%2e%2e%2fCargo.toml",
        "/ja%2f",
        "/ja/history%2f2024-12-02%2f",
        "/static%2fkohyo.css",
        "//etc/passwd",
        "/ja/./",
    ] {
        let reply = send(address, "GET", path, &[]).await;
        assert!(
            reply.status == 404 || reply.status == 400,
            "{path}: {}",
            reply.status
        );
        let body = decode(&reply);
        let body = String::from_utf8_lossy(&body);
        assert!(
            !body.contains("[package]") && !body.contains("root:"),
            "{path}"
        );
        if reply.status == 404 {
            assert!(body.contains("ページが見つかりません"), "{path}");
        }
    }
}

/// Writes `head` (a whole request head, `\r\n` line breaks) to the server
/// at `base` and reads the reply until the server closes the connection.
fn exchange(base: &str, head: &str) -> Wire {
    use std::io::Write;
    let mut stream = std::net::TcpStream::connect(base.trim_start_matches("http://")).unwrap();
    stream.write_all(head.as_bytes()).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    parse(&raw)
}

/// The security headers kohyo adds, which hyper's own answers lack.
fn has_security_headers(reply: &Wire) -> bool {
    reply.header("content-security-policy") == Some(security::CONTENT_SECURITY_POLICY)
        && reply.header("x-content-type-options") == Some("nosniff")
}

use kohyo::http::security;

#[test]
fn host_is_required_once_and_valid_as_rfc_9112_says() {
    let mut server = crate::support::Running::start(&["--as-of", "2025-01-01"]);
    let close = "Connection: close\r\n";
    for (head, status) in [
        (format!("GET /ja/ HTTP/1.1\r\n{close}\r\n"), 400),
        ("GET /ja/ HTTP/1.0\r\n\r\n".to_owned(), 200),
        (
            format!("GET /ja/ HTTP/1.1\r\nHost: localhost\r\n{close}\r\n"),
            200,
        ),
        (
            format!("GET /ja/ HTTP/1.1\r\nHost: a\r\nHost: a\r\n{close}\r\n"),
            400,
        ),
        (
            "GET /ja/ HTTP/1.0\r\nHost: a\r\nHost: b\r\n\r\n".to_owned(),
            400,
        ),
        (format!("GET /ja/ HTTP/1.1\r\nHost:\r\n{close}\r\n"), 400),
        (
            format!("GET /ja/ HTTP/1.1\r\nHost: a b\r\n{close}\r\n"),
            400,
        ),
        (
            format!("GET /ja/ HTTP/1.1\r\nHost: [::1]:3000\r\n{close}\r\n"),
            200,
        ),
        (
            format!("GET /ja/ HTTP/1.1\r\nHost: user@x\r\n{close}\r\n"),
            400,
        ),
        (
            format!("GET /ja/ HTTP/1.1\r\nHost: x:http\r\n{close}\r\n"),
            400,
        ),
        (
            format!("GET http://localhost/ja/ HTTP/1.1\r\n{close}\r\n"),
            400,
        ),
        (
            format!("GET http://localhost/ja/ HTTP/1.1\r\nHost: localhost\r\n{close}\r\n"),
            200,
        ),
    ] {
        let reply = exchange(&server.base, &head);
        assert_eq!(reply.status, status, "{head:?}");
        assert!(has_security_headers(&reply), "{head:?}");
        let line = server.wait_for(|line| line.contains("kohyo::access"));
        assert!(
            line.contains(&format!("method=GET path=/ja/ status={status} ")),
            "{head:?}: {line}"
        );
        if status == 400 {
            assert_eq!(
                reply.header("content-type"),
                Some("text/plain; charset=utf-8")
            );
            let body = String::from_utf8(reply.body).unwrap();
            assert!(body.ends_with("(RFC 9112, section 3.2).\n"), "{body}");
        }
    }
    let reply = exchange(
        &server.base,
        "GET /ja/ HTTP/1.1\r\nHost: localhost\r\nHost: localhost\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(
        String::from_utf8(reply.body).unwrap(),
        "The request has more than one Host header field line (RFC 9112, section 3.2).\n"
    );
}

#[test]
fn header_fields_beyond_the_limits_get_kohyos_431_and_hypers_backstop_is_logged() {
    let mut server = crate::support::Running::start(&["--as-of", "2025-01-01"]);
    let fields =
        |count: usize| -> String { (0..count).map(|i| format!("X-Field-{i}: x\r\n")).collect() };
    let request = |fields: &str| {
        format!("GET /ja/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n{fields}\r\n")
    };
    // 62 fields and Host and Connection are 64: the most there may be.
    for (extra, status) in [
        (fields(62), 200),
        (fields(63), 431),
        (format!("X-Large: {}\r\n", "x".repeat(20 * 1024)), 431),
    ] {
        let reply = exchange(&server.base, &request(&extra));
        assert_eq!(reply.status, status);
        assert!(has_security_headers(&reply));
        let line = server.wait_for(|line| line.contains("kohyo::access"));
        assert!(
            line.contains(&format!("path=/ja/ status={status} ")),
            "{line}"
        );
    }

    // Beyond hyper's own limits (100 fields, 64 KiB), and for what is not
    // HTTP/1 at all, hyper answers alone: a bare status line, and a log
    // line. (A head over 64 KiB is left out: hyper closes the connection
    // with bytes unread, and the reset may destroy its reply before it is read.)
    for (head, status, error) in [
        (request(&fields(120)), 431, "message head is too large"),
        (
            "GET /ja/ HTTP/9.9\r\nHost: localhost\r\n\r\n".to_owned(),
            400,
            "invalid HTTP version parsed",
        ),
    ] {
        let reply = exchange(&server.base, &head);
        assert_eq!(reply.status, status, "{error}");
        assert!(!has_security_headers(&reply), "{error}");
        let line = server.wait_for(|line| line.contains("request head refused"));
        assert!(
            line.contains("kohyo::access")
                && line.contains(" peer=127.0.0.1:")
                && line.contains(error),
            "{line}"
        );
    }
}

//! kohyo behind a real reverse proxy under a sub-path: Debian's nginx, run
//! as the test user from a generated config in a temporary folder, in front
//! of the real binary serving the sub-path fixture, in both styles of
//! `proxy_pass`: one that takes the prefix off (`proxy_pass
//! http://kohyo/;`) and one that passes it on (`proxy_pass http://kohyo;`).
//! Through the proxy every page is crawled from the prefix, every link and
//! stylesheet followed; all must answer and stay under the prefix. The same
//! holds for a sub-path export served by `deploy/nginx.conf`.
//!
//! nginx is not a Rust crate: `.ci/run` installs it. Where it is missing the
//! test says so loudly and skips, except in CI, where that is a failure.

use std::collections::{BTreeSet, VecDeque};
use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use url::Url;

use crate::sub_path::{AS_OF, BASE_PATH, FIXTURE, Kind, references};
use crate::support::{Running, date, missing_tools, rendered};

/// The two styles of proxying, told apart by the name a request asks for.
const STRIPPED: &str = "stripped.test";
const KEPT: &str = "kept.test";

#[test]
fn behind_nginx_under_a_sub_path_every_link_stays_under_it() {
    let Some(nginx) = nginx_binary() else {
        return;
    };
    let kohyo = Running::start(&["--content", FIXTURE, "--as-of", AS_OF]);
    let upstream = kohyo.base.trim_start_matches("http://").to_owned();
    let proxy = Nginx::start(&nginx, |dir, port| {
        wrap(
            dir,
            &format!(
                "server {{
        listen 127.0.0.1:{port};
        server_name {STRIPPED};
        location {BASE_PATH} {{
            proxy_pass http://{upstream}/;
        }}
    }}
    server {{
        listen 127.0.0.1:{port};
        server_name {KEPT};
        location {BASE_PATH} {{
            proxy_pass http://{upstream};
        }}
    }}"
            ),
        )
    });
    for host in [STRIPPED, KEPT] {
        stays_under_the_prefix(&proxy, host);
    }
    drop(kohyo);
}

/// The export of a sub-path site served by `deploy/nginx.conf` changed as
/// its comment says (the lines marked `# base path` get the base path).
#[test]
fn an_export_served_by_the_deploy_config_under_a_sub_path_stays_under_it() {
    let Some(nginx) = nginx_binary() else {
        return;
    };
    let (proxy, _work) = serve_export(&nginx);
    // The config's `server_name _;` answers any name.
    stays_under_the_prefix(&proxy, "export.test");
}

/// The export of the sub-path fixture, served by nginx with
/// `deploy/nginx.conf` and `deploy/kohyo-headers.conf` as the config's
/// comment says to set them up (the lines marked `# base path` get the
/// base path), and the folder it is in.
fn serve_export(nginx: &Path) -> (Nginx, tempfile::TempDir) {
    let work = tempfile::tempdir().unwrap();
    let root = work.path().join("www");
    let export = root.join(BASE_PATH.trim_matches('/'));
    let (code, stderr) = crate::support::export_site(FIXTURE, AS_OF, &export);
    assert_eq!(code, 0, "{stderr}");
    // nginx's workers may run as another user (nobody, when the tests run
    // as root): let them read the export.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(work.path(), std::fs::Permissions::from_mode(0o755)).unwrap();

    let deploy = std::fs::read_to_string(crate::support::repo_path("deploy/nginx.conf")).unwrap();
    let headers = crate::support::repo_path("deploy/kohyo-headers.conf");
    let site: String = deploy
        .lines()
        .map(|line| {
            let line = if line.ends_with("# base path") {
                line.replacen('/', BASE_PATH, 1)
            } else {
                line.to_owned()
            };
            // The brotli module is not part of Debian's nginx package; the
            // .br files are tested against the server elsewhere.
            if line.trim() == "brotli_static on;" {
                return String::new();
            }
            line.replace("/srv/kohyo-export", root.to_str().unwrap())
                .replace(
                    "/etc/nginx/snippets/kohyo-headers.conf",
                    headers.to_str().unwrap(),
                )
        })
        .collect::<Vec<_>>()
        .join("\n");
    let proxy = Nginx::start(nginx, |dir, port| {
        wrap(
            dir,
            &format!(
                "include /etc/nginx/mime.types;\n{}",
                site.replace("listen 8080;", &format!("listen 127.0.0.1:{port};"))
            ),
        )
    });
    (proxy, work)
}

/// What kohyo and nginx serving its export must agree on: the security
/// headers, how long caches may keep a response, and what it is.
const AGREED: [&str; 12] = [
    "content-security-policy",
    "x-content-type-options",
    "referrer-policy",
    "cross-origin-resource-policy",
    "permissions-policy",
    "x-frame-options",
    "strict-transport-security",
    "access-control-allow-origin",
    "access-control-expose-headers",
    "cache-control",
    "vary",
    "content-type",
];

/// nginx serving the export with `deploy/nginx.conf` sends what kohyo
/// sends, for pages, assets, the open data, redirects and errors: a
/// deployment of the export is graded as a deployment of the server.
#[test]
fn the_deploy_config_sends_the_headers_kohyo_sends() {
    let Some(nginx) = nginx_binary() else {
        return;
    };
    let (proxy, _work) = serve_export(&nginx);
    let kohyo = Running::start(&["--content", FIXTURE, "--as-of", AS_OF]);
    let kohyo_port: u16 = kohyo.base.rsplit(':').next().unwrap().parse().unwrap();
    let site = rendered(FIXTURE, date(AS_OF));
    let stylesheet = site
        .resources
        .keys()
        .find(|path| path.starts_with("/static/") && path.ends_with(".css"))
        .unwrap();
    let source_file = site
        .resources
        .keys()
        .find(|path| path.ends_with("/revision.toml"))
        .unwrap();
    let mut compared = 0;
    for (path, status) in [
        ("", 302),
        ("ja/", 200),
        ("en/history/", 200),
        ("ja/feed.atom", 200),
        (&stylesheet[1..], 200),
        ("api/v1/notice.json", 200),
        ("api/v1/revisions.json", 200),
        (&source_file[1..], 200),
        ("sitemap.xml", 200),
        ("robots.txt", 200),
        ("ja/feed.rss", 200),
        ("no-such-page/", 404),
        ("api/v1/no-such-document.json", 404),
    ] {
        let url = Url::parse(&format!("http://export.test{BASE_PATH}{path}")).unwrap();
        let from_nginx = proxy.get("export.test", &url);
        let from_kohyo = request_to(kohyo_port, "localhost", url.path(), &[]);
        assert_eq!(from_nginx.status, status, "nginx {url}");
        assert_eq!(from_kohyo.status, status, "kohyo {url}");
        for name in AGREED {
            // nginx gives its redirects a little HTML page of its own.
            if status == 302 && name == "content-type" {
                continue;
            }
            compared += 1;
            assert_eq!(
                from_nginx
                    .headers
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v),
                from_kohyo
                    .headers
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| v),
                "{url}: {name}"
            );
        }
        if status == 404 {
            assert_eq!(
                from_nginx.body, from_kohyo.body,
                "{url}: the same error document"
            );
        }
    }
    assert_eq!(compared, 13 * AGREED.len() - 1);

    // Behind TLS, both send the same Strict-Transport-Security: kohyo with
    // --hsts, nginx by its map on $https.
    let hsts = Running::start(&["--content", FIXTURE, "--as-of", AS_OF, "--hsts"]);
    let hsts_port: u16 = hsts.base.rsplit(':').next().unwrap().parse().unwrap();
    let reply = request_to(hsts_port, "localhost", "/ja/", &[]);
    let value = reply.header("strict-transport-security");
    let config = std::fs::read_to_string(crate::support::repo_path("deploy/nginx.conf")).unwrap();
    assert!(
        config.contains(&format!(
            "map $https $kohyo_hsts {{\n    default \"\";\n    on \"{value}\";\n}}"
        )),
        "deploy/nginx.conf sends {value} over HTTPS"
    );
    // The Observatory asks for at least six months.
    let max_age: u64 = value.trim_start_matches("max-age=").parse().unwrap();
    assert!(max_age >= 15_768_000, "{value}");
}

/// Through `proxy` asked for `host`: the redirects stay under the prefix;
/// a crawl from it reaches every page of the fixture, and every link and
/// stylesheet answers and stays under it; the 404 page keeps its stylesheet.
fn stays_under_the_prefix(proxy: &Nginx, host: &str) {
    let site = rendered(FIXTURE, date(AS_OF));
    let origin = format!("http://{host}:{}", proxy.port);
    let fetch = |url: &Url| proxy.get(host, url);

    for (asked, language, expected) in [
        ("", "ja", "ja/"),
        ("", "en", "en/"),
        ("ja", "ja", "ja/"),
        ("ja/history", "ja", "ja/history/"),
    ] {
        let url = Url::parse(&format!("{origin}{BASE_PATH}{asked}")).unwrap();
        let reply = proxy.request(host, &url, &[("Accept-Language", language)]);
        assert!(reply.status / 100 == 3, "{host} {url}: {}", reply.status);
        let location = url.join(reply.header("location")).unwrap();
        assert_eq!(
            location.as_str(),
            format!("{origin}{BASE_PATH}{expected}"),
            "{host} {url}"
        );
    }
    // The prefix without its slash.
    let top = Url::parse(&format!("{origin}{}", BASE_PATH.trim_end_matches('/'))).unwrap();
    let reply = fetch(&top);
    assert_eq!(reply.status, 301, "{host} {top}");
    let location = top.join(reply.header("location")).unwrap();
    assert_eq!(location.path(), BASE_PATH, "{host}");

    // Crawl from the prefix: every page, every link and stylesheet.
    let start = Url::parse(&format!("{origin}{BASE_PATH}")).unwrap();
    let mut queue = VecDeque::from([start.join("ja/").unwrap(), start.join("en/").unwrap()]);
    let mut seen: BTreeSet<String> = queue.iter().map(|u| u.to_string()).collect();
    let mut pages = BTreeSet::new();
    while let Some(url) = queue.pop_front() {
        assert!(
            url.path().starts_with(BASE_PATH),
            "{host}: {url} is outside {BASE_PATH}"
        );
        let reply = fetch(&url);
        assert_eq!(reply.status, 200, "{host} {url}");
        let kind = Kind::of(reply.header("content-type"));
        if kind == Kind::Html {
            pages.insert(url.path()[BASE_PATH.len() - 1..].to_owned());
        }
        if !matches!(kind, Kind::Html | Kind::Css) {
            continue;
        }
        for reference in references(kind, &reply.body) {
            let mut next = url.join(&reference).unwrap();
            next.set_fragment(None);
            if next.origin() == url.origin() && seen.insert(next.to_string()) {
                queue.push_back(next);
            }
        }
    }
    let every_page: BTreeSet<String> = site.pages().into_iter().cloned().collect();
    assert_eq!(pages, every_page, "{host}: the crawl reached every page");

    // The 404 page keeps its stylesheet wherever it is shown.
    for missing in ["no-such-page", "ja/history/2099-01-01/changes/"] {
        let url = start.join(missing).unwrap();
        let reply = fetch(&url);
        assert_eq!(reply.status, 404, "{host} {url}");
        let found = references(Kind::Html, &reply.body);
        let stylesheets: Vec<&String> = found.iter().filter(|r| r.ends_with(".css")).collect();
        assert_eq!(stylesheets.len(), 1, "{found:?}");
        for reference in found.iter().filter(|r| !r.starts_with('#')) {
            let next = url.join(reference).unwrap();
            assert!(next.path().starts_with(BASE_PATH), "{host}: {next}");
            let reply = fetch(&next);
            assert_eq!(reply.status, 200, "{host} {next} from the 404 page");
            if next.path().ends_with(".css") {
                assert_eq!(reply.header("content-type"), "text/css; charset=utf-8");
            }
        }
    }
}

/// nginx, or `None` after a loud message when it is missing and this is not CI.
fn nginx_binary() -> Option<PathBuf> {
    let nginx = PathBuf::from(
        std::env::var("KOHYO_NGINX").unwrap_or_else(|_| "/usr/sbin/nginx".to_owned()),
    );
    if nginx.is_file() && crate::support::runs(&nginx.to_string_lossy(), &["-v"]) {
        return Some(nginx);
    }
    static SAID_SO: std::sync::Once = std::sync::Once::new();
    missing_tools(
        "the reverse proxy tests (kohyo behind nginx under a sub-path)",
        &[format!(
            "nginx at {} (Debian: apt-get install nginx; or set KOHYO_NGINX)",
            nginx.display()
        )],
        &SAID_SO,
    );
    None
}

/// nginx running in the foreground as the test user, everything it writes
/// inside a temporary folder; stopped when dropped.
struct Nginx {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Nginx {
    /// Starts nginx with the `config` made for its folder and a free
    /// loopback port, and waits until it has opened its socket. A port found
    /// free can be taken by someone else before nginx binds it: then it
    /// tries another.
    fn start(nginx: &Path, config: impl Fn(&Path, u16) -> String) -> Nginx {
        let mut last_error = String::new();
        for _ in 0..5 {
            let dir = tempfile::tempdir().unwrap();
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|listener| listener.local_addr())
                .unwrap()
                .port();
            std::fs::write(dir.path().join("nginx.conf"), config(dir.path(), port)).unwrap();
            let mut child = Command::new(nginx)
                .arg("-p")
                .arg(dir.path())
                .arg("-c")
                .arg(dir.path().join("nginx.conf"))
                .arg("-e")
                .arg("stderr")
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("nginx starts");
            // nginx logs "start worker process" once its sockets listen;
            // if it cannot start, it says why and exits.
            let stderr = std::io::BufReader::new(child.stderr.take().unwrap());
            let mut lines = stderr.lines();
            let mut said = Vec::new();
            let started = lines.by_ref().map_while(Result::ok).any(|line| {
                let started = line.contains("start worker process");
                said.push(line);
                started
            });
            if started {
                // Keep reading what nginx says, so that it never blocks on a full pipe.
                std::thread::spawn(move || lines.for_each(drop));
                return Nginx {
                    child,
                    port,
                    _dir: dir,
                };
            }
            let _ = child.wait();
            last_error = said.join("\n");
            if !last_error.contains("Address already in use") {
                break;
            }
        }
        panic!("nginx did not start:\n{last_error}");
    }

    fn get(&self, host: &str, url: &Url) -> Reply {
        self.request(host, url, &[])
    }

    fn request(&self, host: &str, url: &Url, headers: &[(&str, &str)]) -> Reply {
        request_to(self.port, host, url.path(), headers)
    }
}

/// One GET to the server on a loopback `port`, with HTTP/1.0, so that the
/// body comes whole, not chunked.
fn request_to(port: u16, host: &str, path: &str, headers: &[(&str, &str)]) -> Reply {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let mut head = format!("GET {path} HTTP/1.0\r\nHost: {host}\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8(raw).expect("replies are UTF-8");
    let (head, body) = text.split_once("\r\n\r\n").expect("a complete reply");
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    Reply {
        status,
        headers,
        body: body.to_owned(),
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> &str {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, value)| value.as_str())
            .unwrap_or_else(|| panic!("no {name} header"))
    }
}

/// A whole nginx config around `http` (the inside of its `http` block),
/// with every file nginx writes inside `dir`.
fn wrap(dir: &Path, http: &str) -> String {
    let dir = dir.display();
    format!(
        "daemon off;
worker_processes 1;
pid {dir}/nginx.pid;
error_log stderr notice;
events {{ worker_connections 64; }}
http {{
    access_log {dir}/access.log;
    client_body_temp_path {dir}/client_body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    {http}
}}
"
    )
}

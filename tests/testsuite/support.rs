//! Helpers shared by the integration tests: fixture paths, the real router
//! built from a content folder, requests through it, HTML parsing, and
//! [`Kohyo`], the one way to run the binary.
//!
//! A fixture under `tests/fixtures/<case>/` holds only what makes it that
//! case (see `scripts/materialise-fixtures`); the tests see every fixture
//! whole, written out once under [`run_root`], where the binary also runs so
//! that the paths in its messages read `tests/fixtures/<case>/…` as before.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode};
use http_body_util::BodyExt;
use jiff::civil::Date;
use kohyo::archive::Archive;
use kohyo::content::Site;
use kohyo::render::RenderedSite;
use scraper::{ElementRef, Html, Selector};
use tower::ServiceExt;

/// A path as the repository names it; a fixture's folder (or a file in
/// it) is the one written out whole under [`run_root`].
pub(crate) fn repo_path(relative: &str) -> PathBuf {
    let written_out = run_root().join(relative);
    if relative.starts_with("tests/fixtures/") && written_out.exists() {
        return written_out;
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// The folder the binary runs in: a copy of `content/` and `samples/`, and
/// every fixture written out whole under `tests/fixtures/<case>/`. It is named after a
/// digest of its sources, so test processes share it while the fixtures
/// stay the same, and a changed fixture gets a fresh one.
pub(crate) fn run_root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        use sha2::{Digest, Sha256};
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut digest = Sha256::new();
        for source in [
            "content",
            "samples",
            "tests/fixtures",
            "scripts/materialise-fixtures",
        ] {
            let source = manifest.join(source);
            let files = if source.is_dir() {
                files_under(&source)
                    .into_iter()
                    .map(|file| source.join(file))
                    .collect()
            } else {
                vec![source]
            };
            for file in files {
                digest.update(file.to_string_lossy().as_bytes());
                digest.update(std::fs::read(&file).unwrap());
            }
        }
        let name: String = digest.finalize()[..8]
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect();
        let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
        let root = tmp.join(format!("fixtures-{name}"));
        if root.exists() {
            return root;
        }
        // Written aside and renamed into place whole, so a process running
        // beside this one never sees half of it.
        let scratch = tempfile::tempdir_in(tmp).unwrap();
        let written = Command::new(manifest.join("scripts/materialise-fixtures"))
            .arg(scratch.path().join("tests/fixtures"))
            .status()
            .expect("scripts/materialise-fixtures runs");
        assert!(written.success(), "scripts/materialise-fixtures failed");
        copy_dir(&manifest.join("content"), &scratch.path().join("content"));
        copy_dir(&manifest.join("samples"), &scratch.path().join("samples"));
        let scratch = scratch.keep();
        if std::fs::rename(&scratch, &root).is_err() {
            // Another process put its copy there first; both are the same.
            assert!(root.exists(), "cannot write {}", root.display());
            let _ = std::fs::remove_dir_all(&scratch);
        }
        root
    })
}

/// The site model of a content folder (`content` or `tests/fixtures/…`).
pub(crate) fn load(relative: &str) -> Site {
    match kohyo::content::load(&repo_path(relative)) {
        Ok(loaded) => loaded.site,
        Err(report) => panic!(
            "{relative} does not load:\n{}",
            report.display(&repo_path(relative))
        ),
    }
}

/// Where the site of `relative` sits on its host: its base URL's path,
/// e.g. `/kenpo/privacy/`.
pub(crate) fn base_path(relative: &str) -> String {
    kohyo::render::links::base_path(&load(relative).config.base_url).to_owned()
}

/// Every page, feed and asset of `relative` as it reads on `as_of`.
pub(crate) fn rendered(relative: &str, as_of: Date) -> RenderedSite {
    let archive = Archive::new(load(relative));
    kohyo::render::render(&archive, as_of).expect("the site renders")
}

/// The real router serving `relative` as it reads on `as_of`.
pub(crate) fn app(relative: &str, as_of: Date) -> Router {
    kohyo::http::router(rendered(relative, as_of))
}

pub(crate) struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    /// The body as text (compressed bodies are only in `raw`).
    pub body: String,
    pub raw: Vec<u8>,
}

impl Reply {
    pub(crate) fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .map(|v| v.to_str().expect("header is text"))
            .unwrap_or_else(|| panic!("no {name} header"))
    }

    pub(crate) fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }
}

/// A request as a browser sends it: with `Host` (which HTTP/1.1 requires)
/// unless `headers` name one.
pub(crate) async fn request(
    app: &Router,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
) -> Reply {
    let mut builder = Request::builder().method(method).uri(path);
    if !headers
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case("host"))
    {
        builder = builder.header("host", "localhost");
    }
    for (name, value) in headers {
        builder = builder.header(*name, *value);
    }
    let response = app
        .clone()
        .oneshot(builder.body(Body::empty()).unwrap())
        .await
        .expect("the router answers");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let compressed = headers.contains_key("content-encoding");
    Reply {
        status,
        headers,
        body: if compressed {
            String::new()
        } else {
            String::from_utf8(bytes.to_vec()).expect("bodies are UTF-8")
        },
        raw: bytes.to_vec(),
    }
}

pub(crate) async fn get(app: &Router, path: &str) -> Reply {
    request(app, "GET", path, &[]).await
}

pub(crate) fn select<'a>(html: &'a Html, selector: &str) -> Vec<ElementRef<'a>> {
    let parsed =
        Selector::parse(selector).unwrap_or_else(|e| panic!("bad selector {selector}: {e:?}"));
    html.select(&parsed).collect()
}

pub(crate) fn select_in<'a>(element: ElementRef<'a>, selector: &str) -> Vec<ElementRef<'a>> {
    let parsed =
        Selector::parse(selector).unwrap_or_else(|e| panic!("bad selector {selector}: {e:?}"));
    element.select(&parsed).collect()
}

/// The text of an element with white space collapsed.
pub(crate) fn text(element: ElementRef<'_>) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn date(text: &str) -> Date {
    text.parse().expect("a date")
}

/// The site path a relative `href` on the page at `page` (a directory path)
/// leads to, as a browser resolves it: `../en/` from `/ja/` is `/en/`.
pub(crate) fn resolve(page: &str, href: &str) -> String {
    let (href, fragment) = href.split_once('#').unwrap_or((href, ""));
    let mut dirs: Vec<&str> = page.split('/').filter(|s| !s.is_empty()).collect();
    let mut parts = href.split('/').peekable();
    let mut last = String::new();
    while let Some(part) = parts.next() {
        match part {
            "." => {}
            ".." => {
                dirs.pop();
            }
            _ if parts.peek().is_none() => last = part.to_owned(),
            _ => dirs.push(part),
        }
    }
    let mut path = format!("/{}", dirs.join("/"));
    if !dirs.is_empty() {
        path.push('/');
    }
    path.push_str(&last);
    if !fragment.is_empty() {
        path = format!("{path}#{fragment}");
    }
    path
}

#[test]
fn relative_links_resolve_like_a_browser() {
    assert_eq!(resolve("/ja/", "../en/"), "/en/");
    assert_eq!(resolve("/ja/", "history/"), "/ja/history/");
    assert_eq!(resolve("/ja/history/", "./"), "/ja/history/");
    assert_eq!(
        resolve("/ja/history/2024-12-02/", "print.css"),
        "/ja/history/2024-12-02/print.css"
    );
    assert_eq!(resolve("/ja/", "../static/kohyo.css"), "/static/kohyo.css");
    assert_eq!(resolve("/ja/", "#main"), "/ja/#main");
}

/// One way to run the `kohyo` binary: its arguments, environment and
/// folder (by default [`run_root`], where `content` and
/// `tests/fixtures/<case>` are), then [`Kohyo::run`] to completion or
/// [`Kohyo::start`] a server and read its log.
pub(crate) struct Kohyo {
    command: Command,
}

impl Kohyo {
    /// `kohyo ARGS`, run in [`run_root`].
    pub(crate) fn new<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> Kohyo {
        let mut command = Command::new(env!("CARGO_BIN_EXE_kohyo"));
        command.args(args).current_dir(run_root());
        Kohyo { command }
    }

    /// `kohyo serve --addr 127.0.0.1:0 ARGS`: a server on a free port.
    pub(crate) fn serve<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> Kohyo {
        let mut kohyo = Kohyo::new(["serve", "--addr", "127.0.0.1:0"]);
        kohyo.command.args(args);
        kohyo
    }

    pub(crate) fn arg(mut self, arg: impl AsRef<OsStr>) -> Kohyo {
        self.command.arg(arg);
        self
    }

    pub(crate) fn env(mut self, name: &str, value: impl AsRef<OsStr>) -> Kohyo {
        self.command.env(name, value);
        self
    }

    /// Runs it in `dir` (a content folder's parent, say) instead.
    pub(crate) fn current_dir(mut self, dir: impl AsRef<Path>) -> Kohyo {
        self.command.current_dir(dir);
        self
    }

    /// Runs it to its end: exit code, stdout, stderr.
    pub(crate) fn run(mut self) -> (i32, String, String) {
        let output = self.command.output().expect("the binary runs");
        (
            output
                .status
                .code()
                .expect("kohyo was not killed by a signal"),
            String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            String::from_utf8(output.stderr).expect("stderr is UTF-8"),
        )
    }

    /// The command as set up, for a test that reads its output its own way.
    pub(crate) fn command(self) -> Command {
        self.command
    }

    /// Starts it and waits until it says where it listens.
    pub(crate) fn start(self) -> Running {
        let mut running = self.spawn();
        running.wait_until_serving();
        running
    }

    /// Starts it without waiting, its log lines collected as they come.
    pub(crate) fn spawn(mut self) -> Running {
        use std::io::BufRead;
        let mut child = self
            .command
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        let stderr = child.stderr.take().unwrap();
        let (sender, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in std::io::BufReader::new(stderr)
                .lines()
                .map_while(Result::ok)
            {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        Running {
            child,
            base: String::new(),
            lines,
        }
    }
}

/// The `kohyo` binary running (see [`Kohyo::start`]), its log lines
/// collected as they come; killed when dropped.
pub(crate) struct Running {
    child: std::process::Child,
    pub base: String,
    lines: std::sync::mpsc::Receiver<String>,
}

impl Running {
    /// `kohyo serve --addr 127.0.0.1:0 ARGS`, once it says where it listens.
    pub(crate) fn start(args: &[&str]) -> Running {
        Kohyo::serve(args).start()
    }

    /// Waits until it says where it listens, and notes the address.
    pub(crate) fn wait_until_serving(&mut self) {
        // Loading and rendering take a while in a debug build under load.
        let bound = std::time::Duration::from_secs(30);
        let serving = self.wait_for_within(bound, |line| line.contains(" on http://"));
        self.base = format!("http://{}", served_address(&serving));
    }

    /// The next log line that `wanted` accepts (within ten seconds).
    pub(crate) fn wait_for(&mut self, wanted: impl FnMut(&str) -> bool) -> String {
        self.wait_for_within(std::time::Duration::from_secs(10), wanted)
    }

    /// The next log line that `wanted` accepts, within `bound`.
    pub(crate) fn wait_for_within(
        &mut self,
        bound: std::time::Duration,
        mut wanted: impl FnMut(&str) -> bool,
    ) -> String {
        let deadline = std::time::Instant::now() + bound;
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) if wanted(&line) => return line,
                Ok(_) => {}
                Err(_) => panic!("kohyo did not log the line waited for"),
            }
        }
    }

    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Sends it a signal by name (`TERM`, `HUP`), as `kill -s` does.
    pub(crate) fn signal(&self, name: &str) {
        let sent = Command::new("kill")
            .args(["-s", name, &self.pid().to_string()])
            .status()
            .unwrap();
        assert!(sent.success(), "kill -s {name}");
    }

    /// The lines it logs until it exits, which must be within `bound`, and
    /// its exit code. Its log closes when it exits, so that is waited for.
    pub(crate) fn exit_within(&mut self, bound: std::time::Duration) -> (Option<i32>, Vec<String>) {
        let deadline = std::time::Instant::now() + bound;
        let mut lines = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => lines.push(line),
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                    panic!(
                        "kohyo still runs after {bound:?}; it logged:\n{}",
                        lines.join("\n")
                    )
                }
            }
        }
        (self.child.wait().unwrap().code(), lines)
    }
}

/// The `host:port` in kohyo's "serving … on http://host:port/" line.
pub(crate) fn served_address(line: &str) -> String {
    let from = line.find("http://").expect("an address") + "http://".len();
    line[from..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ':')
        .collect()
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A GET over a plain socket, for tests of the real binary: status and body.
pub(crate) fn http_get(base: &str, path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let address = base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).expect("the server listens");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = String::new();
    stream.read_to_string(&mut raw).unwrap();
    let status = raw
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = raw
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// Copies a folder tree, for tests that edit a copy of some content.
pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Replaces the first `from` in the file at `path`, which must be there.
pub(crate) fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} is not in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// `kohyo export` of `content` as on `as_of` into `out`, at site.toml's
/// address: exit code and what it printed on stderr.
pub(crate) fn export_site(content: &str, as_of: &str, out: &Path) -> (i32, String) {
    let (code, _, stderr) = Kohyo::new(["export", "--content", content, "--as-of", as_of, "--out"])
        .arg(out)
        .run();
    (code, stderr)
}

/// Every file under `root`, relative to it, sorted.
pub(crate) fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                files.push(path.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    files.sort();
    files
}

/// Whether `program` runs with `args` and succeeds: a tool a test needs.
pub(crate) fn runs(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|output| output.status.success())
}

/// What `tests` (a description) do when the tools they need are `missing`
/// (each with how to install it): in CI (`CI=true`) they fail; elsewhere
/// this says so loudly, once per `said_so`, and they skip. The message goes
/// straight to stderr, not through `eprintln!`, which the test harness
/// captures and hides for a test that passes.
pub(crate) fn missing_tools(tests: &str, missing: &[String], said_so: &std::sync::Once) {
    use std::io::Write;
    let list: String = missing.iter().map(|m| format!("\n  - {m}")).collect();
    if std::env::var("CI").is_ok_and(|ci| ci == "true") {
        panic!("{tests} need tools that are missing:{list}\n.ci/run installs them.");
    }
    said_so.call_once(|| {
        let _ = writeln!(
            std::io::stderr(),
            "\n{bar}\nSKIPPED: {tests} need tools this machine lacks:{list}\nInstall them \
             as .ci/run does; in CI this is a failure.\n{bar}\n",
            bar = "=".repeat(76)
        );
    });
}

/// The two languages of a content folder that declares none, as the tests
/// name them when they expect each one's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lang {
    Ja,
    En,
}

impl Lang {
    pub(crate) const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    pub(crate) fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    pub(crate) fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    pub(crate) fn native_name(self) -> &'static str {
        &self.language().name
    }

    /// The same language in kohyo's table of a folder without languages.
    pub(crate) fn language(self) -> &'static kohyo::lang::Language {
        static LANGUAGES: OnceLock<kohyo::lang::Languages> = OnceLock::new();
        LANGUAGES
            .get_or_init(kohyo::lang::Languages::japanese_and_english)
            .by_tag(self.code())
            .expect("ja and en are the languages of a folder that declares none")
    }
}

impl From<Lang> for kohyo::lang::Lang {
    fn from(lang: Lang) -> kohyo::lang::Lang {
        lang.language().lang
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

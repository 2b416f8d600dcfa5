//! The real binary on real sockets against what holds servers up: a log
//! nobody reads, one address holding a thousand slow sockets, a stop while
//! a request head is half sent or a slow reader holds a response, a hangup
//! during start-up. Every wait is for a log line, a closed socket or the
//! process's exit, each with a bound.

use std::io::{BufRead, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use socket2::{Domain, Socket, Type};

use crate::support::{Kohyo, Running, copy_dir, http_get, repo_path, served_address};

/// A request a client sends only the first lines of, then nothing.
const HALF_A_HEAD: &[u8] = b"GET /ja/ HTTP/1.1\r\nHost: localhost\r\n";

fn address(server: &Running) -> SocketAddr {
    server.base.trim_start_matches("http://").parse().unwrap()
}

/// HEAD requests one after another on one kept-alive connection: the
/// status of each, within `bound` or the test fails.
struct KeptAlive {
    stream: std::io::BufReader<TcpStream>,
}

impl KeptAlive {
    fn connect(address: SocketAddr, bound: Duration) -> KeptAlive {
        let stream = TcpStream::connect(address).unwrap();
        stream.set_read_timeout(Some(bound)).unwrap();
        // Each request goes out whole at once, not held back for an
        // acknowledgement of the last (Nagle's algorithm).
        stream.set_nodelay(true).unwrap();
        KeptAlive {
            stream: std::io::BufReader::new(stream),
        }
    }

    fn head(&mut self, path: &str) -> u16 {
        let request = format!("HEAD {path} HTTP/1.1\r\nHost: localhost\r\n\r\n");
        self.stream.get_mut().write_all(request.as_bytes()).unwrap();
        let mut status = String::new();
        self.stream
            .read_line(&mut status)
            .expect("an answer in time");
        loop {
            let mut header = String::new();
            self.stream.read_line(&mut header).expect("whole headers");
            if header == "\r\n" || header.is_empty() {
                break;
            }
        }
        status
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0)
    }
}

#[test]
fn a_log_nobody_reads_never_holds_up_a_request() {
    // Its log is read here, line by line, and held back on purpose.
    let mut child = Kohyo::serve(["--as-of", "2025-01-01"])
        .command()
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let (send_line, lines) = mpsc::channel();
    let (read_on, reading) = mpsc::channel::<()>();
    // Reads up to the line saying where the server listens, then nothing
    // until told: the pipe fills and the server's writes to it block.
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            let serving = line.contains(" on http://");
            if send_line.send(line).is_err() || (serving && reading.recv().is_err()) {
                break;
            }
        }
    });
    let next_line = |wanted: &dyn Fn(&str) -> bool, bound: Duration| loop {
        let line: String = lines
            .recv_timeout(bound)
            .expect("kohyo logged the line waited for");
        if wanted(&line) {
            return line;
        }
    };
    let serving = next_line(
        &|line| line.contains(" on http://"),
        Duration::from_secs(10),
    );
    let address: SocketAddr = served_address(&serving).parse().unwrap();

    // One log line each: more than the queue holds and far more bytes than
    // a pipe (64 KiB).
    let requests = kohyo::logging::BUFFERED_LINES + 4_000;
    let bound = Duration::from_secs(3);
    let mut client = KeptAlive::connect(address, bound);
    let started = Instant::now();
    let mut slowest = Duration::ZERO;
    for _ in 0..requests {
        let sent = Instant::now();
        assert_eq!(client.head("/ja/"), 200);
        slowest = slowest.max(sent.elapsed());
    }
    let all = started.elapsed();
    let (status, health) = http_get(&format!("http://{address}"), "/healthz");
    assert_eq!(status, 200, "{health}");
    assert!(slowest < bound, "the slowest request took {slowest:?}");
    eprintln!("{requests} requests with the log unread in {all:?}, the slowest in {slowest:?}");

    read_on.send(()).unwrap();
    let report = next_line(
        &|line| line.contains("log lines were dropped"),
        Duration::from_secs(15),
    );
    let message = report.split("kohyo::logging: ").nth(1).unwrap_or(&report);
    let lost: usize = message
        .split(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("a count: {report}"));
    assert!(lost > 0 && lost <= requests, "{report}");
    assert_eq!(
        message,
        format!("{lost} log lines were dropped while the log output was not being read")
    );
    assert!(report.contains(" WARN "), "{report}");
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn one_address_with_a_thousand_slow_sockets_leaves_room_for_everybody_else() {
    const PER_ADDRESS: usize = 50;
    const REFUSED: usize = 1_000;
    rlimit::increase_nofile_limit(u64::MAX).unwrap();
    let mut server = Running::start(&[
        "--as-of",
        "2025-01-01",
        "--max-connections",
        "400",
        "--max-connections-per-address",
        &PER_ADDRESS.to_string(),
    ]);
    let address = address(&server);
    let mut slow = Vec::new();
    for _ in 0..PER_ADDRESS + REFUSED {
        let mut stream = TcpStream::connect(address).unwrap();
        // The server may have closed it already.
        let _ = stream.write_all(HALF_A_HEAD);
        slow.push(stream);
    }
    let (held, over) = slow.split_at_mut(PER_ADDRESS);
    for (n, stream) in over.iter_mut().enumerate() {
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let mut answer = Vec::new();
        match stream.read_to_end(&mut answer) {
            Ok(_) => assert!(answer.is_empty(), "no answer, just closed"),
            Err(error) => assert_eq!(
                error.kind(),
                std::io::ErrorKind::ConnectionReset,
                "socket {} over the limit: {error}",
                PER_ADDRESS + n + 1
            ),
        }
    }
    for stream in held.iter_mut() {
        stream.set_nonblocking(true).unwrap();
        let read = stream.read(&mut [0; 64]);
        assert!(
            matches!(&read, Err(e) if e.kind() == std::io::ErrorKind::WouldBlock),
            "the first {PER_ADDRESS} stay open, waiting for their heads: {read:?}"
        );
    }

    // Another address (all of 127/8 is loopback) is served at once.
    let started = Instant::now();
    let socket = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
    socket
        .bind(&SocketAddr::from(([127, 0, 0, 2], 0)).into())
        .unwrap();
    socket
        .connect_timeout(&address.into(), Duration::from_secs(2))
        .unwrap();
    let mut other: TcpStream = socket.into();
    other
        .set_read_timeout(Some(Duration::from_secs(2)))
        .unwrap();
    other
        .write_all(b"GET /ja/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut page = String::new();
    other.read_to_string(&mut page).expect("served in time");
    let waited = started.elapsed();
    assert!(page.starts_with("HTTP/1.1 200 OK\r\n"), "{page:.100}");
    assert!(waited < Duration::from_secs(2), "served in {waited:?}");
    eprintln!(
        "served another address in {waited:?} beside {} slow sockets",
        slow.len()
    );

    // One warning for the thousand, logged before the page was served.
    let mut warnings = Vec::new();
    server.wait_for(|line| {
        if line.contains("closed at once") || line.contains("closed a connection") {
            warnings.push(line.to_owned());
        }
        line.contains("kohyo::access") && line.contains("path=/ja/ status=200")
    });
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert!(
        warnings[0].ends_with(
            "closed a connection from 127.0.0.1 at once: it already has 50 open, the most one address may have (--max-connections-per-address); further ones are counted and reported at most once a minute"
        ),
        "{}",
        warnings[0]
    );
}

#[test]
fn a_half_sent_request_head_does_not_hold_up_a_stop() {
    let mut server = Running::start(&["--as-of", "2025-01-01"]);
    let mut half = TcpStream::connect(address(&server)).unwrap();
    half.write_all(HALF_A_HEAD).unwrap();
    // Answered after it, so the half-sent one has been accepted.
    assert_eq!(http_get(&server.base, "/healthz").0, 200);
    let stopping = Instant::now();
    server.signal("TERM");
    let (code, lines) = server.exit_within(Duration::from_secs(5));
    let took = stopping.elapsed();
    assert_eq!(code, Some(0), "{lines:#?}");
    assert!(
        lines.iter().any(|line| line.ends_with(
            "SIGTERM: shutting down: finishing requests in flight, for up to 30 s (a second Ctrl-C or SIGTERM stops at once)"
        )),
        "{lines:#?}"
    );
    assert!(took < Duration::from_secs(3), "stopped in {took:?}");
    eprintln!("stopped in {took:?} with a request head half sent");
    half.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut answer = Vec::new();
    let _ = half.read_to_end(&mut answer);
    assert!(answer.is_empty(), "closed without an answer");
}

#[test]
fn a_second_stop_signal_cuts_off_a_slow_reader_at_once() {
    // A page far larger than what the sockets between a slow reader and
    // the server can hold, so that its response stays in flight.
    let content = tempfile::tempdir().unwrap();
    copy_dir(&repo_path("tests/fixtures/history-single"), content.path());
    let section = content
        .path()
        .join("revisions/2024-12-02/10-safety-measures.ja.md");
    let paragraph = "個人情報の取扱いについて、安全管理のために必要な措置を講じます。\n\n";
    let mut text = std::fs::read_to_string(&section).unwrap();
    text.push('\n');
    text.push_str(&paragraph.repeat(200_000 / paragraph.len()));
    std::fs::write(&section, text).unwrap();
    let dir = content.path().to_str().unwrap();
    // A preview: the published revision has been changed.
    let mut server = Running::start(&["--content", dir, "--as-of", "2025-01-01"]);

    // Small segments and a small receive buffer keep what the kernel
    // buffers between the two to tens of kilobytes; it reads nothing.
    let socket = Socket::new(Domain::IPV4, Type::STREAM, None).unwrap();
    socket.set_tcp_mss(536).unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    socket.connect(&address(&server).into()).unwrap();
    let mut reader: TcpStream = socket.into();
    reader
        .write_all(b"GET /ja/ HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .unwrap();
    let answered = server.wait_for(|line| line.contains("kohyo::access"));
    let bytes: usize = answered
        .split("bytes=")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap();
    assert!(bytes > 200_000, "{answered}");

    server.signal("TERM");
    server.wait_for(|line| line.contains("SIGTERM: shutting down"));
    let stopping = Instant::now();
    server.signal("TERM");
    let (code, lines) = server.exit_within(Duration::from_secs(10));
    let took = stopping.elapsed();
    assert_eq!(code, Some(1), "{lines:#?}");
    assert!(
        lines.iter().any(|line| line
            .ends_with("SIGTERM again: stopping at once, cutting off the requests still running")),
        "{lines:#?}"
    );
    assert_eq!(
        lines.last().map(String::as_str),
        Some(
            "error: stopped at once by a second signal, before the requests in flight had finished"
        )
    );
    assert!(took < Duration::from_secs(3), "stopped in {took:?}");
    eprintln!("stopped in {took:?} after a second SIGTERM");

    reader
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut received = Vec::new();
    let _ = reader.read_to_end(&mut received);
    assert!(
        received.len() < bytes,
        "the response was cut off: {} of {bytes} bytes",
        received.len()
    );
}

#[cfg(unix)]
#[test]
fn a_hangup_during_start_up_reloads_once_the_server_is_up() {
    let mut server = Kohyo::serve(["--as-of", "2025-01-01"]).spawn();
    server.wait_for(|line| line.contains("loading the content in "));
    server.signal("HUP");
    server.wait_until_serving();
    server.wait_for(|line| line.contains("SIGHUP: reloading the content"));
    server.wait_for(|line| line.contains("reloaded "));
    assert_eq!(http_get(&server.base, "/healthz").0, 200);
}

//! The server on a real socket, and the binary's start-up failures as a
//! person starting it would see them.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::support::{Kohyo, app, date, repo_path};

#[tokio::test]
async fn serves_on_a_real_socket_and_shuts_down_gracefully() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(kohyo::http::serve(
        listener,
        app("content", date("2025-01-01")),
        async {
            let _ = stopped.await;
        },
    ));

    let mut stream = TcpStream::connect(address).await.unwrap();
    stream
        .write_all(b"GET /en/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();
    assert!(
        response.starts_with("HTTP/1.1 200 OK\r\n"),
        "{response:.200}"
    );
    assert!(response.contains("<html lang=\"en\">"));

    stop.send(()).unwrap();
    let result = tokio::time::timeout(Duration::from_secs(5), server).await;
    assert!(matches!(result, Ok(Ok(Ok(())))), "the server stops cleanly");
}

#[test]
fn a_port_in_use_is_a_one_line_error() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = taken.local_addr().unwrap().to_string();
    let (code, _, stderr) = Kohyo::new(["serve", "--addr", &address, "--content", "content"])
        .env("RUST_LOG", "off")
        .run();
    assert_eq!(code, 1);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with(&format!(
            "error: cannot listen on {address} (is another server using it?"
        )),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
}

#[test]
fn content_errors_at_start_up_print_the_check_report() {
    let fixture = "tests/fixtures/server-broken";
    let (serve_code, _, serve_err) = Kohyo::serve(["--content", fixture])
        .env("RUST_LOG", "off")
        .run();
    let (check_code, _, check_err) = Kohyo::new(["check", "--content", fixture]).run();
    assert_eq!(serve_code, 1);
    assert_eq!(check_code, 1);
    assert!(
        check_err.contains(
            "error: the [contact] table is missing\n --> tests/fixtures/server-broken/site.toml:1:1\n"
        ),
        "{check_err}"
    );
    assert_eq!(
        serve_err,
        format!(
            "{check_err}error: the content in {fixture} has 1 error; fix them (kohyo check lists them) and start again\n"
        )
    );
}

#[test]
fn env_variables_configure_the_binary() {
    let (code, _, stderr) = Kohyo::new(["check"])
        .env("KOHYO_CONTENT", repo_path("tests/fixtures/server-broken"))
        .run();
    assert_eq!(code, 1);
    assert!(stderr.contains("[contact] table is missing"), "{stderr}");
}

#[tokio::test]
async fn a_panic_becomes_the_generic_500_page_without_details() {
    let rendered = kohyo::render::render(
        &kohyo::archive::Archive::new(crate::support::load("content")),
        date("2025-01-01"),
    )
    .unwrap();
    async fn boom() -> &'static str {
        panic!("secret internal detail");
    }
    let routes = axum::Router::new().route("/boom", axum::routing::get(boom));
    let app = kohyo::http::with_middleware(routes, rendered.server_error, Default::default());
    let reply = crate::support::get(&app, "/boom").await;
    assert_eq!(reply.status, 500);
    assert_eq!(reply.header("content-type"), "text/html; charset=utf-8");
    assert_eq!(reply.header("cache-control"), "no-store");
    assert_eq!(reply.header("x-content-type-options"), "nosniff");
    assert!(!reply.body.contains("secret internal detail"));
    let html = reply.html();
    let heading = crate::support::text(crate::support::select(&html, "h1")[0]);
    assert_eq!(heading, "エラーが発生しました Something went wrong");
}

#[test]
fn every_request_is_one_log_line_as_text_or_json() {
    let mut text = crate::support::Running::start(&["--as-of", "2025-01-01"]);
    let (status, _) = crate::support::http_get(&text.base, "/en/?q=secret");
    assert_eq!(status, 200);
    let line = text.wait_for(|line| line.contains("kohyo::access"));
    assert!(
        line.contains("method=GET path=/en/ status=200 bytes=") && line.contains(" latency_us="),
        "{line}"
    );
    assert!(!line.contains("secret"), "no query strings in logs: {line}");
    assert!(
        !line.contains('\u{1b}'),
        "no colours when not on a terminal: {line}"
    );

    let mut json =
        crate::support::Running::start(&["--as-of", "2025-01-01", "--log-format", "json"]);
    let (status, _) = crate::support::http_get(&json.base, "/missing");
    assert_eq!(status, 404);
    let line = json.wait_for(|line| line.contains("kohyo::access"));
    let record: serde_json::Value = serde_json::from_str(&line).expect("one JSON object per line");
    assert_eq!(record["method"], "GET");
    assert_eq!(record["path"], "/missing");
    assert_eq!(record["status"], 404);
    assert!(record["bytes"].as_u64().unwrap() > 1000);
    assert!(record["latency_us"].is_u64());
    assert_eq!(record["level"], "INFO");
}

#[test]
fn healthcheck_succeeds_against_a_serving_server_and_fails_otherwise() {
    let server = crate::support::Running::start(&["--as-of", "2025-01-01"]);
    let url = format!("{}/healthz", server.base);
    let (code, stdout, stderr) = Kohyo::new(["healthcheck", "--url", &url]).run();
    assert_eq!(code, 0, "{stderr}");
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["revision"], "2024-12-02");
    drop(server);

    let nobody = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = nobody.local_addr().unwrap();
    drop(nobody);
    let (code, _, stderr) =
        Kohyo::new(["healthcheck", "--url", &format!("http://{address}/healthz")]).run();
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with("error: nothing answers at http://"),
        "{stderr}"
    );
}

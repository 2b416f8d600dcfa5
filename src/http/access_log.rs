//! The outermost step of every request: the security headers go on the
//! response (see `security`), then one log line is written with method,
//! path, status, body bytes and latency, as text for people or as JSON
//! fields (`--log-format json`) for log collectors. The query string is left
//! out: the site has no use for one, and it is where stray personal data
//! would travel. One middleware, not two, because each costs a boxed future
//! per request.

use std::time::Instant;

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

use super::security;
use crate::render::links::is_api_path;

pub async fn log(
    State(security_headers): State<Arc<security::Headers>>,
    request: Request,
    next: Next,
) -> Response {
    // With the access log filtered out (RUST_LOG), nothing is measured or copied.
    if !tracing::enabled!(target: "kohyo::access", tracing::Level::INFO) {
        let api = is_api_path(request.uri().path());
        let mut response = next.run(request).await;
        security::add(&security_headers, api, &mut response);
        return response;
    }
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let mut response = next.run(request).await;
    security::add(&security_headers, is_api_path(&path), &mut response);
    let bytes: u64 = response
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok()?.parse().ok())
        .unwrap_or(0);
    let status = response.status().as_u16();
    let latency_us = started.elapsed().as_micros() as u64;
    // Fields only: as text they read `method=GET path=/ja/ status=200 …`,
    // as JSON they are the record's own keys.
    tracing::info!(target: "kohyo::access", %method, %path, status, bytes, latency_us);
    response
}

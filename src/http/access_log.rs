//! The outermost step of every request: the request head is checked
//! (`head`: Host, number and size of header fields) and refused here if
//! HTTP does not allow it, an error under `/api/` becomes a problem
//! document (`problem`), the security headers go on the response (see
//! `security`), then one log line is written with method, path, status,
//! body bytes and latency, as text for people or as JSON fields
//! (`--log-format json`) for log collectors. The query string is left out:
//! the site has no use for one, and it is where stray personal data would
//! travel. One middleware, not several, because each costs a boxed future
//! per request; and a refusal made here is answered and logged like any
//! other response.

use std::time::Instant;

use std::sync::Arc;

use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::Response;

use super::{head, problem, security};
use crate::site_paths::is_api_path;

pub(crate) async fn log(
    State(security_headers): State<Arc<security::Headers>>,
    request: Request,
    next: Next,
) -> Response {
    // With the access log filtered out (RUST_LOG), nothing is measured or copied.
    if !tracing::enabled!(target: "kohyo::access", tracing::Level::INFO) {
        return answer(&security_headers, request, next).await;
    }
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = answer(&security_headers, request, next).await;
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

/// The response to `request`, refused here or made by the routes, with
/// what every response carries.
async fn answer(security_headers: &security::Headers, request: Request, next: Next) -> Response {
    let api = is_api_path(request.uri().path());
    let mut response = match head::check(&request) {
        Ok(()) => next.run(request).await,
        Err(refusal) if api => problem::response(refusal.status(), refusal.detail()),
        Err(refusal) => refused(refusal),
    };
    if api {
        problem::for_open_data(&mut response);
    }
    security::add(security_headers, api, &mut response);
    response
}

/// A refusal outside the open data: the status and one line saying why,
/// for whoever wrote the client (a browser never sends such a request).
fn refused(refusal: head::Refusal) -> Response {
    let body = format!("{}\n", refusal.detail());
    let mut response = Response::new(axum::body::Body::from(body.clone()));
    *response.status_mut() = refusal.status();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static(crate::media_type::PLAIN_TEXT),
    );
    headers.insert(
        header::CONTENT_LENGTH,
        header::HeaderValue::from(body.len()),
    );
    response
}

//! One log line per request, written once its response is made: method,
//! path, status, body bytes and latency, as text for people or as JSON
//! fields (`--log-format json`) for log collectors. The path is the site's
//! own (after the base path, `base_path`); the query string is left out:
//! the site has no use for one, and it is where stray personal data would
//! travel. A refusal of the request head is logged like any other response.

use std::time::Instant;

use axum::http::{Method, Request, header};
use axum::response::Response;

/// What the line needs from the request, noted when it comes.
pub(crate) struct Logged {
    started: Instant,
    method: Method,
    path: String,
}

impl Logged {
    /// Starts the line for `request` at `path`, or `None` while the access
    /// log is filtered out (RUST_LOG): then nothing is measured or copied.
    pub(crate) fn start<B>(request: &Request<B>, path: &str) -> Option<Logged> {
        if !tracing::enabled!(target: "kohyo::access", tracing::Level::INFO) {
            return None;
        }
        Some(Logged {
            started: Instant::now(),
            method: request.method().clone(),
            path: path.to_owned(),
        })
    }

    /// Writes the line for `response`.
    pub(crate) fn finish(self, response: &Response) {
        let Logged {
            started,
            method,
            path,
        } = self;
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
    }
}

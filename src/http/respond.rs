//! Turns a pre-rendered resource into the response a request asked for:
//! the content coding it accepts, `304 Not Modified` when it already has
//! the bytes, no body for `HEAD`, and how long caches may keep the answer.
//! Nothing here compresses or renders: it picks among bytes that exist,
//! and sends the identity body while a coding is still being made in the
//! background (see `crate::warm`).

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::resource::{Coding, Resource, negotiate};

/// How long browsers and proxies may reuse a page or feed before asking
/// again. Short, because the site changes at 00:00 JST when a revision
/// takes effect; asking again costs a `304` when nothing changed.
///
/// None of these says `public`: shared caches may keep any response with
/// `max-age` that was not asked for with `Authorization` (RFC 9111 §3,
/// §3.5), and no request to the site needs one, so `public` would add
/// nothing (REDbot warns about it).
const PAGES: &str = "max-age=60, must-revalidate";
/// Fingerprinted assets: their name changes whenever their bytes do.
const FINGERPRINTED: &str = "max-age=31536000, immutable";
/// Error pages: a page that is missing now may be published tomorrow.
const ERRORS: &str = "max-age=60";

/// What the response depends on besides the path.
pub(crate) struct Asked<'a> {
    pub method: &'a Method,
    pub headers: &'a HeaderMap,
}

/// `resource` with `status`, as the request asked for it.
pub(crate) fn represent(
    status: StatusCode,
    path: &str,
    resource: &Resource,
    asked: &Asked,
) -> Response {
    let wanted = negotiate(header_text(asked.headers, header::ACCEPT_ENCODING));
    let (coding, body) = match resource.encoded_now(wanted) {
        Some(body) => (wanted, body.clone()),
        None => (Coding::Identity, resource.body.clone()),
    };
    // Room for these and the security headers (`security::add`), so that
    // the map is allocated once.
    let mut headers = HeaderMap::with_capacity(16);
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    let cache = match status {
        StatusCode::OK if path.starts_with("/static/") => FINGERPRINTED,
        StatusCode::OK => PAGES,
        _ => ERRORS,
    };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if status == StatusCode::OK {
        headers.insert(header::ETAG, resource.etag_header(coding));
        if let Some(tags) = header_text(asked.headers, header::IF_NONE_MATCH)
            && matches_any(tags, resource)
        {
            return response(StatusCode::NOT_MODIFIED, headers, Body::empty());
        }
    }
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(resource.content_type),
    );
    if coding != Coding::Identity {
        headers.insert(
            header::CONTENT_ENCODING,
            HeaderValue::from_static(coding.token()),
        );
    }
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
    let body = if asked.method == Method::HEAD {
        Body::empty()
    } else {
        Body::from(body)
    };
    response(status, headers, body)
}

/// A response of these parts (the header map moved in, not copied).
fn response(status: StatusCode, headers: HeaderMap, body: Body) -> Response {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    *response.headers_mut() = headers;
    response
}

/// Whether an `If-None-Match` list names the resource in any coding, or is
/// `*` (RFC 9110 §13.1.2, weak comparison: `W/` is ignored). A client that
/// holds the gzip bytes and now asks for brotli still has the same page.
// Not the `headers` crate: its `IfNoneMatch` drops the whole list when one
// tag in it is malformed, where this still matches the well-formed ones.
fn matches_any(tags: &str, resource: &Resource) -> bool {
    let tags = tags.trim();
    if tags == "*" {
        return true;
    }
    let ours = Coding::PREFERRED.map(|coding| resource.etag(coding));
    tags.split(',')
        .map(|tag| tag.trim().trim_start_matches("W/"))
        .any(|tag| ours.contains(&tag))
}

fn header_text(headers: &HeaderMap, name: header::HeaderName) -> Option<&str> {
    headers.get(name).and_then(|value| value.to_str().ok())
}

/// The relative `Location` (RFC 9110 §10.2.2) from `path` to the same path
/// with a slash added: its last segment and `/`. Relative, so that it stays
/// under whatever prefix a proxy put in front of the site (`ja` → `ja/`,
/// whether asked as `/ja` or `/kenpo/privacy/ja`).
pub(crate) fn with_slash(path: &str) -> String {
    let last = path.rsplit('/').next().unwrap_or(path);
    // `a:b/` would read as a URL of the scheme `a`.
    if last.contains(':') {
        format!("./{last}/")
    } else {
        format!("{last}/")
    }
}

/// A redirect that caches may keep for as long as pages. `location` is
/// relative to the URL asked for, never a path from the host's root, which
/// would leave a site under a sub-path.
pub(crate) fn redirect(status: StatusCode, location: &str) -> Response {
    let mut response = status.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(PAGES));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adding_a_slash_is_relative_to_the_last_segment() {
        assert_eq!(with_slash("/ja"), "ja/");
        assert_eq!(with_slash("/ja/history"), "history/");
        assert_eq!(with_slash("/kenpo/privacy"), "privacy/");
        assert_eq!(with_slash("/a:b"), "./a:b/");
    }

    #[test]
    fn if_none_match_compares_weakly_and_accepts_any_coding() {
        let resource = Resource::new("text/plain; charset=utf-8", "本文".repeat(200));
        let identity = resource.etag(Coding::Identity).to_owned();
        let brotli = resource.etag(Coding::Brotli).to_owned();
        assert!(matches_any(&identity, &resource));
        assert!(matches_any(&format!("W/{brotli}"), &resource));
        assert!(matches_any(&format!("\"other\", {brotli}"), &resource));
        assert!(matches_any("*", &resource));
        assert!(!matches_any("\"other\"", &resource));
        assert!(!matches_any(identity.trim_matches('"'), &resource));
    }
}

//! The security headers every response carries, set in this one place.
//! The pages need nothing but their own stylesheets: no scripts, frames,
//! forms, images or fonts from anywhere, so the policy forbids everything
//! else, and a page cannot be framed by another site. The open data under
//! `/api/` is public and meant to be read by programs on any site, so there
//! any origin may read it (CORS), and it may be loaded cross-origin.

use std::sync::Arc;

use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// What may differ between deployments.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Send `Strict-Transport-Security`: only behind TLS, where the site
    /// must never be reached over plain HTTP again.
    pub hsts: bool,
}

pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; \
     base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// Features no page uses, so no page (or anything injected into one) can.
const PERMISSIONS_POLICY: &str = "accelerometer=(), camera=(), display-capture=(), \
     geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), \
     browsing-topics=()";

/// One year, the value HSTS preload lists ask for.
const HSTS: &str = "max-age=31536000";

const CROSS_ORIGIN_RESOURCE_POLICY: HeaderName =
    HeaderName::from_static("cross-origin-resource-policy");

/// The headers of every response, ready to copy: one set for the site,
/// one for the open data.
pub struct Headers {
    site: HeaderMap,
    open_data: HeaderMap,
}

/// The headers `options` asks for.
pub fn headers(options: Options) -> Arc<Headers> {
    let mut site = HeaderMap::new();
    let mut set = |name: HeaderName, value: &'static str| {
        site.insert(name, HeaderValue::from_static(value));
    };
    set(header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::REFERRER_POLICY, "no-referrer");
    set(CROSS_ORIGIN_RESOURCE_POLICY, "same-origin");
    set(
        HeaderName::from_static("permissions-policy"),
        PERMISSIONS_POLICY,
    );
    set(header::X_FRAME_OPTIONS, "DENY");
    if options.hsts {
        set(header::STRICT_TRANSPORT_SECURITY, HSTS);
    }
    let mut open_data = site.clone();
    let mut set = |name: HeaderName, value: &'static str| {
        open_data.insert(name, HeaderValue::from_static(value));
    };
    set(CROSS_ORIGIN_RESOURCE_POLICY, "cross-origin");
    set(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    // So that a script can revalidate with If-None-Match.
    set(header::ACCESS_CONTROL_EXPOSE_HEADERS, "etag");
    Arc::new(Headers { site, open_data })
}

/// Adds the headers to a response, whatever produced it; `open_data` when
/// the request was for a path under `/api/` (an error too: a program reading
/// the open data from another site needs to see that a revision is not there).
pub fn add(headers: &Headers, open_data: bool, response: &mut Response) {
    let set = if open_data {
        &headers.open_data
    } else {
        &headers.site
    };
    for (name, value) in set {
        response.headers_mut().insert(name, value.clone());
    }
}

/// The answer to a CORS preflight for the open data: any origin may GET or
/// HEAD it with any request headers (a script sending `If-None-Match`
/// needs one). Credentials are never allowed, since the origin is `*`.
pub fn preflight() -> Response {
    let mut response = StatusCode::NO_CONTENT.into_response();
    let headers = response.headers_mut();
    let mut set = |name: HeaderName, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(header::ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD");
    set(header::ACCESS_CONTROL_ALLOW_HEADERS, "*");
    set(header::ACCESS_CONTROL_MAX_AGE, "86400");
    response
}

//! The security headers every response carries, set in this one place.
//! The pages need nothing but their own stylesheets: no scripts, frames,
//! forms, images or fonts from anywhere, so the policy forbids everything
//! else, and a page cannot be framed by another site.

use std::sync::Arc;

use axum::http::{HeaderMap, HeaderName, HeaderValue, header};
use axum::response::Response;

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

/// The headers `options` asks for, ready to copy onto every response.
pub fn headers(options: Options) -> Arc<HeaderMap> {
    let mut headers = HeaderMap::new();
    let mut set = |name: HeaderName, value: &'static str| {
        headers.insert(name, HeaderValue::from_static(value));
    };
    set(header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::REFERRER_POLICY, "no-referrer");
    set(
        HeaderName::from_static("cross-origin-resource-policy"),
        "same-origin",
    );
    set(
        HeaderName::from_static("permissions-policy"),
        PERMISSIONS_POLICY,
    );
    set(header::X_FRAME_OPTIONS, "DENY");
    if options.hsts {
        set(header::STRICT_TRANSPORT_SECURITY, HSTS);
    }
    Arc::new(headers)
}

/// Adds the headers to a response, whatever produced it.
pub fn add(headers: &HeaderMap, response: &mut Response) {
    for (name, value) in headers {
        response.headers_mut().insert(name, value.clone());
    }
}

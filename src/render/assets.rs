//! The static files pages link to, built into the binary and served under
//! fingerprinted names: a name changes whenever the bytes do, so browsers
//! may cache them forever and never see a stale stylesheet.

use sha2::{Digest, Sha256};

pub(crate) struct Asset {
    /// The URL path, e.g. `/static/kohyo.3f2a…css`.
    pub path: String,
    pub content_type: &'static str,
    pub body: &'static [u8],
}

const STYLESHEET: &[u8] = include_bytes!("../../static/kohyo.css");

/// The static assets, each with its fingerprinted path.
pub(crate) struct Assets {
    pub stylesheet: Asset,
}

impl Assets {
    pub(crate) fn new() -> Assets {
        Assets {
            stylesheet: fingerprinted("kohyo", "css", crate::media_type::CSS, STYLESHEET),
        }
    }

    pub(crate) fn all(&self) -> [&Asset; 1] {
        [&self.stylesheet]
    }
}

impl Default for Assets {
    fn default() -> Assets {
        Assets::new()
    }
}

fn fingerprinted(
    stem: &str,
    extension: &str,
    content_type: &'static str,
    body: &'static [u8],
) -> Asset {
    let digest = Sha256::digest(body);
    let fingerprint = hex::encode(&digest[..6]);
    Asset {
        path: format!("/static/{stem}.{fingerprint}.{extension}"),
        content_type,
        body,
    }
}

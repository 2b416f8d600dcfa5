//! The media types the site serves, in one place: the `Content-Type` of
//! every resource and the `type` a link announces must agree, and a typo in
//! one of them would make a browser or feed reader refuse the bytes.
//! Constants rather than the `mime` crate: it has no constant for Atom, RSS
//! or problem documents, and every use here wants a `&'static str`.

/// Pages.
pub(crate) const HTML: &str = "text/html; charset=utf-8";
/// The stylesheet and a revision's print running heads.
pub(crate) const CSS: &str = "text/css; charset=utf-8";
/// `robots.txt`, a revision's source files (so that a browser shows them
/// as they are) and the one-line refusals of malformed requests.
pub(crate) const PLAIN_TEXT: &str = "text/plain; charset=utf-8";
/// The sitemap.
pub(crate) const XML: &str = "application/xml; charset=utf-8";
/// The open data and `/healthz`.
pub(crate) const JSON: &str = "application/json";
/// An error of the open data (RFC 9457 §3).
pub(crate) const PROBLEM_JSON: &str = "application/problem+json";
/// The feeds.
pub(crate) const ATOM: &str = "application/atom+xml; charset=utf-8";
pub(crate) const RSS: &str = "application/rss+xml; charset=utf-8";

/// The type alone, without parameters (its essence), as `<link type="…">`
/// and a feed's links name it.
pub(crate) fn essence(media_type: &'static str) -> &'static str {
    media_type
        .split_once(';')
        .map_or(media_type, |(essence, _)| essence)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_essence_drops_the_parameters() {
        assert_eq!(essence(ATOM), "application/atom+xml");
        assert_eq!(essence(HTML), "text/html");
        assert_eq!(essence(JSON), "application/json");
    }
}

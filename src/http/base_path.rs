//! A site whose `base_url` has a path (`https://example.org/kenpo/privacy/`)
//! is reached in three ways: through a proxy that takes that prefix off
//! (`proxy_pass http://kohyo/;`), through one that passes it on
//! (`proxy_pass http://kohyo;`), and directly, where the 404 page's links,
//! which carry the prefix because that page is served at any depth, must
//! lead somewhere too. So kohyo answers both `/ja/` and
//! `/kenpo/privacy/ja/` with the same page. This is decided before anything
//! else, so that the lookup, the open data's headers and the access log all
//! see the site's own paths.

use axum::extract::Request;
use axum::http::Uri;
use axum::http::uri::PathAndQuery;

use crate::render::RenderedSite;

/// The site path `path` stands for, for a site under `base_path` (as a
/// request line carries it, `RenderedSite::base_path`) that has
/// the paths `has` says it has: the path after the prefix, or `path` itself.
/// A path the site has is taken as it is, even when it also starts with the
/// prefix (a base path such as `/ja/`), so that a proxy that takes the
/// prefix off never meets a redirect loop.
fn site_path<'a>(path: &'a str, base_path: &str, has: impl Fn(&str) -> bool) -> &'a str {
    if base_path == "/" || has(path) {
        return path;
    }
    match path.strip_prefix(base_path) {
        // Keep the slash the prefix ends with: the site path starts with it.
        Some(rest) => &path[path.len() - rest.len() - 1..],
        None => path,
    }
}

/// Whether `path` is the base path without its final slash
/// (`/kenpo/privacy`), which is redirected to the base path.
pub(crate) fn is_top(path: &str, base_path: &str) -> bool {
    base_path != "/" && base_path.strip_suffix('/') == Some(path)
}

/// The site path of a request for `path` to `site`.
pub(crate) fn site_path_in<'a>(path: &'a str, site: &RenderedSite) -> &'a str {
    site_path(path, &site.base_path, |p| site.resources.contains_key(p))
}

/// Makes a request for a path under the site's base path a request for the
/// site path after it, for routes that read the path from the request.
pub(crate) fn rewrite(request: &mut Request, site: &RenderedSite) {
    let path = request.uri().path();
    let site_path = site_path_in(path, site);
    if site_path.len() == path.len() {
        return;
    }
    let rewritten = match request.uri().query() {
        Some(query) => format!("{site_path}?{query}"),
        None => site_path.to_owned(),
    };
    // A part of a path that parsed is a path that parses.
    if let Ok(path_and_query) = PathAndQuery::try_from(rewritten) {
        let mut parts = request.uri().clone().into_parts();
        parts.path_and_query = Some(path_and_query);
        if let Ok(uri) = Uri::from_parts(parts) {
            *request.uri_mut() = uri;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_under_the_base_path_are_site_paths() {
        let has = |p: &str| ["/ja/", "/sitemap.xml"].contains(&p);
        let base = "/kenpo/privacy/";
        for (path, expected) in [
            ("/ja/", "/ja/"),
            ("/kenpo/privacy/ja/", "/ja/"),
            ("/kenpo/privacy/", "/"),
            ("/kenpo/privacy/nope", "/nope"),
            ("/kenpo/privacy", "/kenpo/privacy"),
            ("/kenpo/privacyx", "/kenpo/privacyx"),
            ("/kenpo/", "/kenpo/"),
            ("/", "/"),
        ] {
            assert_eq!(site_path(path, base, has), expected, "{path}");
        }
        assert_eq!(
            site_path("/kenpo/privacy/ja/", "/", has),
            "/kenpo/privacy/ja/"
        );
        assert!(is_top("/kenpo/privacy", base));
        assert!(!is_top("/kenpo/privacy/", base));
        assert!(!is_top("/kenpo", base));
        assert!(!is_top("", "/"));
    }

    #[test]
    fn a_path_the_site_has_wins_over_the_prefix() {
        let has = |p: &str| ["/ja/", "/en/"].contains(&p);
        assert_eq!(site_path("/ja/", "/ja/", has), "/ja/");
        assert_eq!(site_path("/ja/ja/", "/ja/", has), "/ja/");
        assert_eq!(site_path("/ja/en/", "/ja/", has), "/en/");
    }

    #[test]
    fn a_base_path_in_other_letters_matches_as_clients_send_it() {
        let has = |_: &str| false;
        let base = &crate::render::links::request_form("/個人情報/");
        let prefix = "/%E5%80%8B%E4%BA%BA%E6%83%85%E5%A0%B1";
        assert_eq!(site_path(&format!("{prefix}/ja/"), base, has), "/ja/");
        assert!(is_top(prefix, base));
    }
}

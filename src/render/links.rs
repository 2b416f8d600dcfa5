//! Links between pages. Pages link to each other by relative URLs, so the
//! same bytes work served from the root, behind a proxy under a sub-path,
//! or exported onto any static host; only alternates and canonical links,
//! which search engines and feed readers need absolute, use `base_url`.
//! What is served at any depth (the 404 and 500 pages) cannot link
//! relatively, so it links by `base_url`'s path (`base_path`): nothing the
//! site serves points at the host's root unless the site is there.

// Not the `url` crate: its `join` percent-encodes a base URL written in
// other letters (`/個人情報/`), which the pages keep as written, and its
// `make_relative` gives "" rather than "./" for the page itself.

/// A relative URL from the page at `from` (a directory path such as
/// `/ja/`) to the site path `to`: up to the directories they share, then down.
pub fn relative(from: &str, to: &str) -> String {
    let from_dirs: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
    let to_parts: Vec<&str> = to.trim_start_matches('/').split('/').collect();
    // The last part is a file name, or empty for a directory URL.
    let to_dirs = &to_parts[..to_parts.len() - 1];
    let shared = from_dirs
        .iter()
        .zip(to_dirs)
        .take_while(|(a, b)| a == b)
        .count();
    let up = "../".repeat(from_dirs.len() - shared);
    let down = to_parts[shared..].join("/");
    match (up.is_empty(), down.is_empty()) {
        (true, true) => "./".to_owned(),
        _ => format!("{up}{down}"),
    }
}

/// The absolute URL of the site path `path` under `base_url` (which ends in `/`).
pub fn absolute(base_url: &str, path: &str) -> String {
    format!("{base_url}{}", path.trim_start_matches('/'))
}

/// The path of `base_url` (which ends in `/`): where the site sits on its
/// host, `/` for a site at the root, `/kenpo/privacy/` for one under a
/// sub-path. `absolute(base_path(url), path)` is the host-relative address
/// of a site path.
pub fn base_path(base_url: &str) -> &str {
    let after_scheme = base_url.find("://").map_or(0, |at| at + "://".len());
    base_url[after_scheme..]
        .find('/')
        .map_or("/", |slash| &base_url[after_scheme + slash..])
}

/// `path` as it arrives in a request line: a base URL may be written with
/// non-ASCII letters, which clients send percent-encoded (RFC 3986 §2.1).
pub fn request_form(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii() {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_in_other_letters_are_percent_encoded_as_clients_send_them() {
        assert_eq!(request_form("/kenpo/privacy/"), "/kenpo/privacy/");
        assert_eq!(
            request_form("/個人情報/"),
            "/%E5%80%8B%E4%BA%BA%E6%83%85%E5%A0%B1/"
        );
    }

    #[test]
    fn the_base_path_is_where_the_site_sits_on_its_host() {
        assert_eq!(base_path("https://x.jp/"), "/");
        assert_eq!(
            base_path("https://x.jp:8443/kenpo/privacy/"),
            "/kenpo/privacy/"
        );
        assert_eq!(base_path("http://127.0.0.1:3000/p/"), "/p/");
        assert_eq!(base_path("https://x.jp"), "/");
        assert_eq!(absolute(base_path("https://x.jp/a/"), "/ja/"), "/a/ja/");
        assert_eq!(absolute(base_path("https://x.jp/"), "/ja/"), "/ja/");
    }

    #[test]
    fn relative_links_climb_only_as_far_as_needed() {
        assert_eq!(relative("/ja/", "/en/"), "../en/");
        assert_eq!(relative("/ja/", "/static/a.css"), "../static/a.css");
        assert_eq!(relative("/ja/history/2024-12-02/", "/en/"), "../../../en/");
        assert_eq!(relative("/", "/ja/"), "ja/");
        assert_eq!(relative("/", "/"), "./");
        assert_eq!(relative("/en/history/", "/en/feed.atom"), "../feed.atom");
        assert_eq!(relative("/ja/", "/ja/history/"), "history/");
        assert_eq!(relative("/ja/", "/ja/"), "./");
        assert_eq!(relative("/ja/history/2024-12-02/", "/ja/"), "../../");
        assert_eq!(
            relative("/ja/history/2024-12-02/changes/", "/ja/history/2023-04-01/"),
            "../../2023-04-01/"
        );
    }

    #[test]
    fn absolute_urls_join_the_base() {
        assert_eq!(
            absolute("https://x.jp/privacy/", "/ja/"),
            "https://x.jp/privacy/ja/"
        );
        assert_eq!(absolute("https://x.jp/", "/"), "https://x.jp/");
    }
}

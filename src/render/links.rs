//! Links between pages. Pages link to each other by relative URLs, so the
//! same bytes work served from the root, behind a proxy under a sub-path,
//! or exported onto any static host; only alternates and canonical links,
//! which search engines and feed readers need absolute, use `base_url`.

use crate::lang::Lang;

/// The path of the notice in `lang`.
pub fn notice_path(lang: Lang) -> String {
    format!("/{}/", lang.code())
}

/// A relative URL from the page at `from` (a directory path such as
/// `/ja/`) to the site path `to`.
pub fn relative(from: &str, to: &str) -> String {
    let depth = from
        .trim_matches('/')
        .split('/')
        .filter(|s| !s.is_empty())
        .count();
    let target = to.trim_start_matches('/');
    let up = "../".repeat(depth);
    match (up.is_empty(), target.is_empty()) {
        (true, true) => "./".to_owned(),
        _ => format!("{up}{target}"),
    }
}

/// The absolute URL of the site path `path` under `base_url` (which ends in `/`).
pub fn absolute(base_url: &str, path: &str) -> String {
    format!("{base_url}{}", path.trim_start_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_climb_to_the_root_first() {
        assert_eq!(relative("/ja/", "/en/"), "../en/");
        assert_eq!(relative("/ja/", "/static/a.css"), "../static/a.css");
        assert_eq!(relative("/ja/history/2024-12-02/", "/en/"), "../../../en/");
        assert_eq!(relative("/", "/ja/"), "ja/");
        assert_eq!(relative("/", "/"), "./");
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

//! What search engines read: `/sitemap.xml` lists every page by its
//! absolute address, and `/robots.txt` allows everything and points to the
//! sitemap. A public notice is meant to be found.

use std::collections::HashMap;

use super::Resource;
use super::links::{absolute, base_path};

/// Every HTML page in `resources`, in path order.
pub fn sitemap(base_url: &str, resources: &HashMap<String, Resource>) -> Resource {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for path in super::page_paths(resources) {
        xml.push_str("<url><loc>");
        xml.push_str(&escape(&absolute(base_url, path)));
        xml.push_str("</loc></url>\n");
    }
    xml.push_str("</urlset>\n");
    Resource::new("application/xml; charset=utf-8", xml)
}

/// Allows the site, which is all of the host only when `base_url`'s path is
/// `/`: robots.txt paths start at the host's root (RFC 9309 §2.2.2). Under a
/// sub-path the host's own robots.txt is the one crawlers read; this one
/// says what that one should allow.
pub fn robots(base_url: &str) -> Resource {
    Resource::new(
        "text/plain; charset=utf-8",
        format!(
            "User-agent: *\nAllow: {}\nSitemap: {}\n",
            base_path(base_url),
            absolute(base_url, "/sitemap.xml")
        ),
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sitemap_lists_pages_only_with_absolute_addresses() {
        let mut resources = HashMap::new();
        for (path, kind) in [
            ("/ja/", "text/html; charset=utf-8"),
            ("/en/history/", "text/html; charset=utf-8"),
            ("/ja/feed.atom", "application/atom+xml; charset=utf-8"),
            ("/static/kohyo.css", "text/css; charset=utf-8"),
        ] {
            resources.insert(path.to_owned(), Resource::new(kind, "x"));
        }
        let sitemap = sitemap("https://example.jp/a&b/", &resources);
        let xml = std::str::from_utf8(&sitemap.body).unwrap();
        assert_eq!(
            xml.lines()
                .filter(|l| l.starts_with("<url>"))
                .collect::<Vec<_>>(),
            [
                "<url><loc>https://example.jp/a&amp;b/en/history/</loc></url>",
                "<url><loc>https://example.jp/a&amp;b/ja/</loc></url>",
            ]
        );
        let robots = robots("https://example.jp/");
        assert_eq!(
            std::str::from_utf8(&robots.body).unwrap(),
            "User-agent: *\nAllow: /\nSitemap: https://example.jp/sitemap.xml\n"
        );
        let robots = super::robots("https://example.jp/kenpo/privacy/");
        assert_eq!(
            std::str::from_utf8(&robots.body).unwrap(),
            "User-agent: *\nAllow: /kenpo/privacy/\nSitemap: https://example.jp/kenpo/privacy/sitemap.xml\n"
        );
    }
}

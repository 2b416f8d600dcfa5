//! What search engines read: `/sitemap.xml` lists every page by its
//! absolute address, and `/robots.txt` allows everything and points to the
//! sitemap. A public notice is meant to be found.

use std::collections::HashMap;

use quick_xml::Writer;
use quick_xml::escape::partial_escape;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::links::{absolute, base_path};
use crate::media_type;
use crate::resource::Resource;

const SITEMAP_NAMESPACE: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";

/// Every HTML page in `resources`, in path order, one `<url>` a line.
pub(crate) fn sitemap(base_url: &str, resources: &HashMap<String, Resource>) -> Resource {
    let mut xml = Writer::new(Vec::new());
    write_sitemap(&mut xml, base_url, resources)
        .expect("the writer fails only when its sink does, and a Vec does not");
    Resource::new(media_type::XML, xml.into_inner())
}

fn write_sitemap(
    xml: &mut Writer<Vec<u8>>,
    base_url: &str,
    resources: &HashMap<String, Resource>,
) -> std::io::Result<()> {
    xml.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    xml.get_mut().push(b'\n');
    xml.create_element("urlset")
        .with_attribute(("xmlns", SITEMAP_NAMESPACE))
        .write_inner_content(|xml| {
            xml.get_mut().push(b'\n');
            for path in super::page_paths(resources) {
                // Only `&`, `<` and `>`: quotes stay as written, as they
                // always were.
                let address = partial_escape(absolute(base_url, path));
                xml.create_element("url").write_inner_content(|xml| {
                    xml.create_element("loc")
                        .write_text_content(BytesText::from_escaped(address))?;
                    Ok(())
                })?;
                xml.get_mut().push(b'\n');
            }
            Ok(())
        })?;
    xml.get_mut().push(b'\n');
    Ok(())
}

/// Allows the site, which is all of the host only when `base_url`'s path is
/// `/`: robots.txt paths start at the host's root (RFC 9309 §2.2.2). Under a
/// sub-path the host's own robots.txt is the one crawlers read; this one
/// says what that one should allow.
pub(crate) fn robots(base_url: &str) -> Resource {
    Resource::new(
        media_type::PLAIN_TEXT,
        format!(
            "User-agent: *\nAllow: {}\nSitemap: {}\n",
            base_path(base_url),
            absolute(base_url, "/sitemap.xml")
        ),
    )
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

//! The feeds of the documents besides the notice and the combined feed,
//! read back with the parser the notice's feed tests use (feed-rs), and
//! the notice's own feeds, which must not change because a site gained
//! documents. Nothing here depends on the example's wording: the
//! documents, their dates and titles are read from the content.

use crate::support::Lang;
use feed_rs::model::{Feed, FeedType};
use jiff::civil::Date;
use kohyo::archive::Archive;
use kohyo::content::Site;

use crate::support::{app, date, get, load};

const SHIPPED: &str = "content";
const BASE: &str = "https://kenpo.example.jp/privacy/";
/// A day on which every revision of the shipped example is announced.
const AS_OF: &str = "2025-08-01";
const ATOM: &str = "application/atom+xml; charset=utf-8";
const RSS: &str = "application/rss+xml; charset=utf-8";

async fn fetch(router: &axum::Router, path: &str, content_type: &str) -> (Feed, String) {
    let reply = get(router, path).await;
    assert_eq!(reply.status, 200, "{path}");
    assert_eq!(reply.header("content-type"), content_type, "{path}");
    let feed = feed_rs::parser::parse(reply.body.as_bytes())
        .unwrap_or_else(|e| panic!("{path} does not parse: {e}\n{}", reply.body));
    (feed, reply.body)
}

fn ids(feed: &Feed) -> Vec<String> {
    feed.entries.iter().map(|e| e.id.clone()).collect()
}

/// An entry's id: its changes page after the first revision, else the
/// revision's own page, as in the notice's feed.
fn entry_id(lang: Lang, id: &str, effective: Date, first: bool) -> String {
    match first {
        true => format!("{BASE}{lang}/{id}/history/{effective}/"),
        false => format!("{BASE}{lang}/{id}/history/{effective}/changes/"),
    }
}

#[tokio::test]
async fn each_document_has_a_feed_of_every_published_revision_newest_first() {
    let router = app(SHIPPED, date(AS_OF));
    let site = load(SHIPPED);
    assert!(!site.documents.is_empty(), "the example has documents");
    for document in &site.documents {
        let id = &document.id;
        for lang in Lang::ALL {
            let (atom, body) = fetch(&router, &format!("/{lang}/{id}/feed.atom"), ATOM).await;
            assert_eq!(atom.feed_type, FeedType::Atom);
            assert_eq!(atom.language.as_deref(), Some(lang.code()));
            let expected: Vec<String> = document
                .revisions
                .iter()
                .enumerate()
                .rev()
                .map(|(index, r)| entry_id(lang, id, r.effective, index == 0))
                .collect();
            assert_eq!(ids(&atom), expected, "{lang} {id}");
            let self_link = atom
                .links
                .iter()
                .find(|l| l.rel.as_deref() == Some("self"))
                .unwrap();
            assert_eq!(self_link.href, format!("{BASE}{lang}/{id}/feed.atom"));
            for (entry, revision) in atom.entries.iter().zip(document.revisions.iter().rev()) {
                let announced = revision.announced;
                assert!(
                    body.contains(&format!(
                        "<published>{announced}T00:00:00+09:00</published>"
                    )),
                    "{body}"
                );
                let links: Vec<(&str, &str)> = entry
                    .links
                    .iter()
                    .map(|l| (l.rel.as_deref().unwrap(), l.href.as_str()))
                    .collect();
                let effective = revision.effective;
                let page = format!("{BASE}{lang}/{id}/history/{effective}/");
                let data = format!("{BASE}api/v1/documents/{id}/revisions/{effective}.json");
                if entry.id == page {
                    assert_eq!(links, [("alternate", page.as_str()), ("related", &data)]);
                } else {
                    assert_eq!(
                        links,
                        [
                            ("alternate", entry.id.as_str()),
                            ("related", page.as_str()),
                            ("related", &data)
                        ]
                    );
                }
                let content = entry.content.as_ref().unwrap().body.as_deref().unwrap();
                assert!(
                    content.contains(&revision.seal.digest.to_string()),
                    "{content}"
                );
                assert!(content.contains(&format!("href=\"{page}\"")), "{content}");
                assert!(!content.contains("href=\"../"), "absolute links only");
                let title = &entry.title.as_ref().unwrap().content;
                let name = revision.title.get(lang).value;
                assert!(title.contains(name.as_str()), "{title} names {name}");
            }
            let (rss, body) = fetch(&router, &format!("/{lang}/{id}/feed.rss"), RSS).await;
            assert_eq!(rss.feed_type, FeedType::RSS2);
            assert_eq!(ids(&rss), expected, "{lang} {id} (RSS)");
            assert!(
                body.contains(&format!(
                    "<atom:link href=\"{BASE}{lang}/{id}/feed.rss\" rel=\"self\" type=\"application/rss+xml\""
                )),
                "{body}"
            );
            let newest = document.revisions.last().unwrap().announced;
            // RFC 822 as RSS has it, at 00:00 JST (the weekday before it
            // is the crate's business).
            const MONTHS: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            let rfc822 = format!(
                "{} {} {} 00:00:00 +0900</pubDate>",
                newest.day(),
                MONTHS[usize::try_from(newest.month() - 1).unwrap()],
                newest.year()
            );
            assert!(body.contains(&rfc822), "{rfc822} in {body}");
        }
    }
}

#[tokio::test]
async fn entry_titles_say_which_document_and_whether_it_is_new() {
    let router = app(SHIPPED, date(AS_OF));
    let site = load(SHIPPED);
    let document = &site.documents[0];
    let first = &document.revisions[0];
    let (feed, _) = fetch(&router, &format!("/ja/{}/feed.atom", document.id), ATOM).await;
    let oldest = feed.entries.last().unwrap();
    let date = first.effective;
    assert_eq!(
        oldest.title.as_ref().unwrap().content,
        format!(
            "「{}」を公表しました（{}年{}月{}日施行）",
            first.title.ja,
            date.year(),
            date.month(),
            date.day()
        )
    );
}

#[tokio::test]
async fn the_combined_feed_has_every_documents_announcements_newest_first() {
    let router = app(SHIPPED, date(AS_OF));
    let site = load(SHIPPED);
    for lang in Lang::ALL {
        let (notice, _) = fetch(&router, &format!("/{lang}/feed.atom"), ATOM).await;
        let (combined, _) = fetch(&router, &format!("/{lang}/documents/feed.atom"), ATOM).await;
        assert_eq!(combined.language.as_deref(), Some(lang.code()));
        let mut own = 0;
        for document in &site.documents {
            let (feed, _) =
                fetch(&router, &format!("/{lang}/{}/feed.atom", document.id), ATOM).await;
            own += feed.entries.len();
            for entry in &feed.entries {
                let same = combined.entries.iter().find(|e| e.id == entry.id).unwrap();
                assert_eq!(same.title, entry.title);
                assert_eq!(
                    same.content.as_ref().unwrap().body,
                    entry.content.as_ref().unwrap().body
                );
                let category = &same.categories[0];
                assert_eq!(category.term, format!("{BASE}{lang}/{}/", document.id));
                assert_eq!(
                    category.scheme.as_deref(),
                    Some(format!("{BASE}{lang}/documents/").as_str())
                );
            }
        }
        assert_eq!(combined.entries.len(), notice.entries.len() + own);
        // The notice's entries exactly as its own feed has them.
        for entry in &notice.entries {
            let same = combined.entries.iter().find(|e| e.id == entry.id).unwrap();
            assert_eq!(same.title, entry.title);
            assert_eq!(same.links, entry.links);
            assert_eq!(
                same.content.as_ref().unwrap().body,
                entry.content.as_ref().unwrap().body
            );
            assert_eq!(same.categories[0].term, format!("{BASE}{lang}/"));
        }
        let published: Vec<_> = combined
            .entries
            .iter()
            .map(|e| e.published.unwrap())
            .collect();
        let mut newest_first = published.clone();
        newest_first.sort_by(|a, b| b.cmp(a));
        assert_eq!(published, newest_first);
        assert_eq!(combined.updated, Some(published[0]));

        let (rss, body) = fetch(&router, &format!("/{lang}/documents/feed.rss"), RSS).await;
        assert_eq!(ids(&rss), ids(&combined));
        assert!(
            body.contains(&format!("<category domain=\"{BASE}{lang}/documents/\">")),
            "{body}"
        );
    }
}

/// The shipped site rendered as of `AS_OF`, with or without its documents.
fn render(site: Site) -> kohyo::render::RenderedSite {
    kohyo::render::render(&Archive::new(site), date(AS_OF)).unwrap()
}

#[test]
fn the_notices_feeds_are_the_same_with_or_without_documents() {
    let with = render(load(SHIPPED));
    let mut site = load(SHIPPED);
    site.documents.clear();
    let without = render(site);
    for path in [
        "/ja/feed.atom",
        "/ja/feed.rss",
        "/en/feed.atom",
        "/en/feed.rss",
    ] {
        assert_eq!(
            with.resources[path].body, without.resources[path].body,
            "{path} byte for byte"
        );
    }
    // Without documents: no combined feed, no document feeds, and the
    // pages announce only the notice's feeds.
    for path in without.resources.keys() {
        assert!(!path.contains("/documents/"), "{path}");
    }
    let page = String::from_utf8(without.resources["/ja/"].body.to_vec()).unwrap();
    assert!(!page.contains("documents/feed"), "{page}");
}

#[tokio::test]
async fn every_page_of_a_site_with_documents_announces_the_combined_feed() {
    let rendered = render(load(SHIPPED));
    let pages = rendered.pages();
    assert!(!pages.is_empty());
    for path in pages {
        let lang = &path[1..3];
        let page = String::from_utf8(rendered.resources[path].body.to_vec()).unwrap();
        let html = scraper::Html::parse_document(&page);
        let selector =
            scraper::Selector::parse("head link[rel=alternate][type=\"application/atom+xml\"]")
                .unwrap();
        let hrefs: Vec<String> = html
            .select(&selector)
            .map(|link| crate::support::resolve(path, link.value().attr("href").unwrap()))
            .collect();
        assert!(
            hrefs.contains(&format!("/{lang}/documents/feed.atom")),
            "{path}: {hrefs:?}"
        );
        assert!(
            hrefs.contains(&format!("/{lang}/feed.atom")),
            "{path}: {hrefs:?}"
        );
        // A document's pages announce its own feed too.
        let document = path
            .split('/')
            .nth(2)
            .filter(|segment| !["", "documents", "history", "accessibility"].contains(segment));
        if let Some(id) = document {
            assert!(
                hrefs.contains(&format!("/{lang}/{id}/feed.atom")),
                "{path}: {hrefs:?}"
            );
        }
    }
}

//! The Atom and RSS feeds, read back with an independent parser (feed-rs)
//! as feed readers would, plus the few facts a parser forgives but a
//! validator does not: the self link, the language, the time zone.

use crate::support::Lang;
use feed_rs::model::{Feed, FeedType};

use crate::support::{app, date, get, load};

const SHIPPED: &str = "content";
const UPCOMING: &str = "tests/fixtures/history-upcoming";
const PROSE_ONLY: &str = "tests/fixtures/history-prose-only";
const BASE: &str = "https://kenpo.example.jp/privacy/";

async fn fetch(router: &axum::Router, path: &str, content_type: &str) -> (Feed, String) {
    let reply = get(router, path).await;
    assert_eq!(reply.status, 200, "{path}");
    assert_eq!(reply.header("content-type"), content_type, "{path}");
    let feed = feed_rs::parser::parse(reply.body.as_bytes())
        .unwrap_or_else(|e| panic!("{path} does not parse: {e}\n{}", reply.body));
    (feed, reply.body)
}

/// The HTML inside an entry.
fn content_of(entry: &feed_rs::model::Entry) -> &str {
    entry
        .content
        .as_ref()
        .and_then(|c| c.body.as_deref())
        .expect("the entry has content")
}

/// The publication instants, in UTC as feed-rs gives them: 2024-11-01
/// 00:00 JST is 2024-10-31 15:00 UTC. The +09:00 written in the feed is
/// checked on the raw text.
fn published(feed: &Feed) -> Vec<String> {
    feed.entries
        .iter()
        .map(|e| e.published.expect("a published date").to_rfc3339())
        .collect()
}

#[tokio::test]
async fn the_atom_feed_announces_each_purpose_change_newest_first() {
    let router = app(SHIPPED, date("2025-01-01"));
    for lang in Lang::ALL {
        let path = format!("/{lang}/feed.atom");
        let (feed, body) = fetch(&router, &path, "application/atom+xml; charset=utf-8").await;
        assert_eq!(feed.feed_type, FeedType::Atom);
        assert_eq!(feed.language.as_deref(), Some(lang.code()));
        let ids: Vec<&str> = feed.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                format!("{BASE}{lang}/history/2024-12-02/changes/"),
                format!("{BASE}{lang}/history/2023-04-01/changes/"),
                format!("{BASE}{lang}/history/2022-04-01/"),
            ]
        );
        assert_eq!(
            published(&feed),
            [
                "2024-10-31T15:00:00+00:00",
                "2023-02-28T15:00:00+00:00",
                "2022-02-28T15:00:00+00:00",
            ]
        );
        assert!(
            body.contains("<published>2024-11-01T00:00:00+09:00</published>"),
            "{body}"
        );
        assert!(
            body.contains("<updated>2024-11-01T00:00:00+09:00</updated>"),
            "{body}"
        );
        let site = load(SHIPPED);
        for (entry, effective) in
            feed.entries
                .iter()
                .zip(["2024-12-02", "2023-04-01", "2022-04-01"])
        {
            assert_eq!(entry.links.len(), 2);
            assert_eq!(entry.links[0].href, entry.id, "the entry links its page");
            let data = &entry.links[1];
            assert_eq!(data.rel.as_deref(), Some("related"));
            assert_eq!(data.media_type.as_deref(), Some("application/json"));
            assert_eq!(
                data.href,
                format!("{BASE}api/v1/revisions/{effective}.json")
            );
            let content = content_of(entry);
            let revision = site
                .revisions
                .iter()
                .find(|r| r.effective.to_string() == effective)
                .unwrap();
            let digest_line = match lang {
                Lang::Ja => format!(
                    "<p>この版のハッシュ値（SHA-256）：{}</p>",
                    revision.seal.digest
                ),
                Lang::En => format!(
                    "<p>SHA-256 digest of this version: {}</p>",
                    revision.seal.digest
                ),
            };
            assert!(content.contains(&digest_line), "{content}");
            assert!(content.contains(&entry.id), "absolute link in the content");
            assert!(
                !content.contains("href=\"../"),
                "no relative links in feeds"
            );
        }
        let title = &feed.entries[0].title.as_ref().unwrap().content;
        let expected = match lang {
            Lang::Ja => "公表事項を改定します（2024年12月2日施行、利用目的の変更）",
            Lang::En => "Notice revised from 2 December 2024: purposes of use changed",
        };
        assert_eq!(title, expected);
        let self_link = feed
            .links
            .iter()
            .find(|l| l.rel.as_deref() == Some("self"))
            .unwrap();
        assert_eq!(self_link.href, format!("{BASE}{lang}/feed.atom"));
        assert!(body.contains(&format!("xml:lang=\"{lang}\"")), "{body}");
        assert_eq!(
            feed.updated.unwrap().to_rfc3339(),
            "2024-10-31T15:00:00+00:00"
        );
    }
    let (feed, _) = fetch(
        &router,
        "/ja/feed.atom",
        "application/atom+xml; charset=utf-8",
    )
    .await;
    let content = content_of(&feed.entries[0]);
    assert!(content.contains("マイナ保険証への移行"), "the change note");
    assert!(
        content.contains("類型：1件追加／利用目的：3件追加。"),
        "the summary"
    );
    assert!(
        content.contains("<ins>マイナ保険証の利用勧奨</ins>"),
        "{content}"
    );
}

#[tokio::test]
async fn the_rss_feed_carries_the_same_announcements() {
    let router = app(SHIPPED, date("2025-01-01"));
    for lang in Lang::ALL {
        let path = format!("/{lang}/feed.rss");
        let (feed, body) = fetch(&router, &path, "application/rss+xml; charset=utf-8").await;
        assert_eq!(feed.feed_type, FeedType::RSS2);
        assert_eq!(feed.language.as_deref(), Some(lang.code()));
        let ids: Vec<&str> = feed.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids.len(), 3);
        assert_eq!(ids[0], format!("{BASE}{lang}/history/2024-12-02/changes/"));
        assert_eq!(published(&feed)[0], "2024-10-31T15:00:00+00:00");
        assert!(
            body.contains("<pubDate>Fri, 1 Nov 2024 00:00:00 +0900</pubDate>"),
            "{body}"
        );
        assert!(
            body.contains(&format!(
                "<atom:link href=\"{BASE}{lang}/feed.rss\" rel=\"self\" type=\"application/rss+xml\""
            )),
            "{body}"
        );
        // A guid is a permalink unless it says otherwise (RSS 2.0).
        assert!(
            body.contains(&format!(
                "<guid>{BASE}{lang}/history/2024-12-02/changes/</guid>"
            )),
            "{body}"
        );
    }
}

#[tokio::test]
async fn feeds_follow_the_timeline() {
    // Not yet announced: only the first publication.
    let before = app(UPCOMING, date("2025-02-28"));
    let (feed, _) = fetch(
        &before,
        "/en/feed.atom",
        "application/atom+xml; charset=utf-8",
    )
    .await;
    assert_eq!(feed.entries.len(), 1);
    // Announced: the entry appears on its announcement date, before it takes effect.
    let announced = app(UPCOMING, date("2025-03-01"));
    let (feed, _) = fetch(
        &announced,
        "/en/feed.atom",
        "application/atom+xml; charset=utf-8",
    )
    .await;
    assert_eq!(feed.entries.len(), 2);
    assert_eq!(published(&feed)[0], "2025-02-28T15:00:00+00:00");
    assert_eq!(
        feed.entries[0].title.as_ref().unwrap().content,
        "Notice revised from 1 April 2025: purposes of use changed"
    );
    // A revision that changes only prose is in the history, not in the feed.
    let prose = app(PROSE_ONLY, date("2025-04-01"));
    let (feed, _) = fetch(&prose, "/ja/feed.rss", "application/rss+xml; charset=utf-8").await;
    assert_eq!(feed.entries.len(), 1);
}

#[tokio::test]
async fn a_renamed_category_is_named_whole_in_the_feed() {
    let router = app(
        "tests/fixtures/history-renamed-category",
        date("2025-04-01"),
    );
    let (feed, _) = fetch(
        &router,
        "/ja/feed.atom",
        "application/atom+xml; charset=utf-8",
    )
    .await;
    let content = content_of(&feed.entries[0]);
    assert!(
        content.contains("<strong>健診・検診に関する情報</strong> (名称変更) (掲載順の変更)"),
        "{content}"
    );
}

#[tokio::test]
async fn in_english_the_feed_announces_the_changes_of_the_japanese() {
    let router = app("tests/fixtures/history-english-later", date("2025-09-15"));
    let entry = |lang: Lang| {
        let router = router.clone();
        async move {
            let path = format!("/{lang}/feed.atom");
            let (feed, _) = fetch(&router, &path, "application/atom+xml; charset=utf-8").await;
            // Revisions that only translate change no purpose: not in the feed.
            let ids: Vec<String> = feed.entries.iter().map(|e| e.id.clone()).collect();
            assert_eq!(
                ids,
                [
                    format!("{BASE}{lang}/history/2025-04-01/changes/"),
                    format!("{BASE}{lang}/history/2024-04-01/"),
                ]
            );
            content_of(&feed.entries[0]).to_owned()
        }
    };
    let ja = entry(Lang::Ja).await;
    assert!(
        ja.contains(
            "<p>類型：1件削除、1件名称変更／利用目的：3件削除、1件変更／その他の記載を変更。</p>"
        ),
        "{ja}"
    );
    assert!(
        ja.contains("<p><strong>健診・保健指導に関する情報</strong> (名称変更)</p>"),
        "{ja}"
    );
    let en = entry(Lang::En).await;
    assert!(
        en.contains(
            "<p>1 category removed, 1 renamed; 3 purposes of use removed, 1 reworded; other text changed. \
             English translation not yet updated: 3 texts (shown in Japanese).</p>"
        ),
        "{en}"
    );
    for expected in [
        "<p><strong lang=\"ja\">健診・保健指導に関する情報</strong> (Renamed) (English not yet updated: shown in Japanese)</p>",
        "<li><span lang=\"ja\">加入者の<ins>資格の</ins>管理</span> (English not yet updated: shown in Japanese)</li>",
        "<li>Removed: <del>Sending notices of medical expenses</del></li>",
        "<p><strong>Information on health insurance cards</strong> (Removed)</p>",
    ] {
        assert!(en.contains(expected), "{expected} in {en}");
    }
}

//! The history of the notice through the real router: the list of
//! revisions, each revision as published, what each changed, the notice
//! announcing a revision before it takes effect, and the switch at 00:00
//! JST without a restart.

use std::sync::Arc;
use std::time::Duration;

use crate::support::Lang;
use jiff::Timestamp;
use kohyo::archive::Archive;
use kohyo::live::{Clock, LiveSite, follow_the_calendar};
use scraper::{ElementRef, Html};

use crate::support::{app, date, get, load, select, select_in, text};

const SHIPPED: &str = "content";
const UPCOMING: &str = "tests/fixtures/history-upcoming";
const SINGLE: &str = "tests/fixtures/history-single";
const PROSE_ONLY: &str = "tests/fixtures/history-prose-only";
const RENAMED: &str = "tests/fixtures/history-renamed-category";
const TABLES: &str = "tests/fixtures/pages-markdown-table";

/// The text a reader sees as the new version: everything but `<del>`, and
/// without the words only screen readers hear.
fn new_text(element: ElementRef<'_>) -> String {
    reading(element, "del")
}

/// The text as it was: everything but `<ins>`.
fn old_text(element: ElementRef<'_>) -> String {
    reading(element, "ins")
}

fn reading(element: ElementRef<'_>, skip: &str) -> String {
    let mut out = String::new();
    for node in element.descendants() {
        if let Some(text) = node.value().as_text() {
            let hidden = node.ancestors().any(|a| {
                a.value().as_element().is_some_and(|e| {
                    e.name() == skip || e.classes().any(|c| c == "visually-hidden" || c == "tag")
                })
            });
            if !hidden {
                out.push_str(text);
            }
        }
    }
    out.trim().to_owned()
}

fn history_dates(html: &Html) -> Vec<String> {
    select(html, ".history h2 time")
        .iter()
        .map(|t| t.value().attr("datetime").unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn the_history_lists_every_published_revision_newest_first() {
    let app = app(SHIPPED, date("2025-01-01"));
    for lang in Lang::ALL {
        let reply = get(&app, &format!("/{lang}/history/")).await;
        assert_eq!(reply.status, 200);
        let html = reply.html();
        assert_eq!(
            history_dates(&html),
            ["2024-12-02", "2023-04-01", "2022-04-01"]
        );
        let entries = select(&html, ".history > li");
        let links = |entry: ElementRef<'_>| -> Vec<String> {
            select_in(entry, ".history__links a")
                .iter()
                .map(|a| a.value().attr("href").unwrap().to_owned())
                .collect()
        };
        assert_eq!(
            links(entries[0]),
            ["2024-12-02/", "2024-12-02/changes/"],
            "{lang}"
        );
        assert_eq!(
            links(entries[2]),
            ["2022-04-01/"],
            "the first has no changes"
        );
        let first = text(entries[2]);
        let expected = match lang {
            Lang::Ja => "最初に公表した版です。",
            Lang::En => "The first published version.",
        };
        assert!(first.contains(expected), "{first}");
        let current = text(select_in(entries[0], "h2")[0]);
        assert!(
            current.contains(match lang {
                Lang::Ja => "現在施行中の版",
                Lang::En => "Current version",
            }),
            "{current}"
        );
    }
    let html = get(&app, "/ja/history/").await.html();
    let newest = text(select(&html, ".history > li")[0]);
    for expected in [
        "2024年12月2日から",
        "2024年11月1日",
        "マイナ保険証への移行",
        "類型：1件追加／利用目的：3件追加。",
    ] {
        assert!(newest.contains(expected), "{expected} in {newest}");
    }
}

#[tokio::test]
async fn a_revision_page_is_the_version_as_published_with_a_banner() {
    let app = app(SHIPPED, date("2025-01-01"));
    let html = get(&app, "/ja/history/2022-04-01/").await.html();
    let banner = text(select(&html, ".banner")[0]);
    assert!(banner.contains("過去の版"), "{banner}");
    assert!(
        banner.contains("2022年4月1日から2023年3月31日まで施行していました"),
        "{banner}"
    );
    let back = select(&html, ".banner a")[0];
    assert_eq!(back.value().attr("href"), Some("../../"));
    assert!(select(&html, "tr#category-my-number-card-linkage").is_empty());
    let medical = text(select(&html, "tr#category-medical-claims")[0]);
    assert!(
        medical.contains("医療費のお知らせの発行"),
        "as published then"
    );

    let html = get(&app, "/en/history/2024-12-02/").await.html();
    let banner = text(select(&html, ".banner")[0]);
    assert!(banner.contains("Current version"), "{banner}");
    assert!(
        banner.contains("in effect since 2 December 2024"),
        "{banner}"
    );
    assert_eq!(select(&html, "tr#category-my-number-card-linkage").len(), 1);
    let switch = select(&html, "nav.language-switch a")[0];
    assert_eq!(
        switch.value().attr("href"),
        Some("../../../ja/history/2024-12-02/")
    );
}

#[tokio::test]
async fn the_changes_page_marks_added_and_removed_text_for_screen_readers() {
    let app = app(SHIPPED, date("2025-01-01"));
    let reply = get(&app, "/ja/history/2023-04-01/changes/").await;
    assert_eq!(reply.status, 200);
    let html = reply.html();
    assert_eq!(text(select(&html, "h1")[0]), "2023年4月1日の改定内容");
    let summary = text(select(&html, ".changes__summary")[0]);
    assert_eq!(summary, "利用目的：1件追加、1件変更／その他の記載を変更。");

    let rows: Vec<&str> = select(&html, "table.purposes--changes tbody tr")
        .iter()
        .map(|tr| tr.value().attr("id").unwrap())
        .collect();
    assert_eq!(
        rows,
        ["category-medical-claims", "category-health-checkups"]
    );

    let added = select(&html, "#category-health-checkups ins");
    assert_eq!(added.len(), 1);
    assert_eq!(text(added[0]), "追加：オンライン資格確認システムへの連携");
    let hidden = select_in(added[0], ".visually-hidden");
    assert_eq!(text(hidden[0]), "追加：");

    let reworded = select(&html, "#category-medical-claims li.changed")[0];
    assert_eq!(new_text(reworded), "医療費通知の発行");
    assert_eq!(old_text(reworded), "医療費のお知らせの発行");
    for del in select_in(reworded, "del") {
        assert!(text(del).starts_with("削除："), "{}", text(del));
    }
    assert!(
        !select_in(reworded, "del").is_empty() && !select_in(reworded, "ins").is_empty(),
        "a reworded purpose shows what went and what came"
    );

    let paragraph = select(&html, "#section-safety-measures ~ .changed-paragraph");
    assert_eq!(paragraph.len(), 1);
    assert!(new_text(paragraph[0]).ends_with(
        "職員に定期的な研修を実施し、その効果を検証し、個人情報保護の施策に生かしています。"
    ));
    assert!(old_text(paragraph[0]).ends_with("職員に定期的な研修を実施しています。"));

    let html = get(&app, "/en/history/2023-04-01/changes/").await.html();
    assert_eq!(
        text(select(&html, ".changes__summary")[0]),
        "1 purpose of use added, 1 reworded; other text changed."
    );
    let added = select(&html, "#category-health-checkups ins");
    assert_eq!(
        text(added[0]),
        "Added: Providing information to the Online Eligibility Confirmation System"
    );
}

#[tokio::test]
async fn the_first_revision_has_no_changes_page() {
    let shipped = app(SHIPPED, date("2025-01-01"));
    for lang in Lang::ALL {
        let reply = get(&shipped, &format!("/{lang}/history/2022-04-01/changes/")).await;
        assert_eq!(reply.status, 404);
    }
    let single = app(SINGLE, date("2025-01-01"));
    let html = get(&single, "/en/history/").await.html();
    assert_eq!(history_dates(&html), ["2024-12-02"]);
    let html = get(&single, "/en/").await.html();
    let labels: Vec<String> = select(&html, ".notice-dates dt")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        labels,
        ["In effect", "Announced", "First published"],
        "no last revision yet"
    );
}

#[tokio::test]
async fn every_page_announces_the_feeds_and_links_the_history() {
    let app = app(SHIPPED, date("2025-01-01"));
    for (path, prefix, history) in [
        ("/ja/", "", "history/"),
        ("/ja/history/", "../", "./"),
        ("/ja/history/2023-04-01/", "../../", "../"),
        ("/ja/history/2023-04-01/changes/", "../../../", "../../"),
    ] {
        let html = get(&app, path).await.html();
        // The feeds, not the JSON a page may also point to (see api.rs).
        let feeds: Vec<(&str, &str)> = select(&html, "head link[rel=alternate][type$='+xml']")
            .iter()
            .map(|l| {
                (
                    l.value().attr("type").unwrap(),
                    l.value().attr("href").unwrap(),
                )
            })
            .collect();
        // The notice's feeds first, then, as the example has documents
        // besides the notice, the combined feed of every document.
        assert_eq!(
            feeds,
            [
                (
                    "application/atom+xml",
                    format!("{prefix}feed.atom").as_str()
                ),
                ("application/rss+xml", format!("{prefix}feed.rss").as_str()),
                (
                    "application/atom+xml",
                    format!("{prefix}documents/feed.atom").as_str()
                ),
                (
                    "application/rss+xml",
                    format!("{prefix}documents/feed.rss").as_str()
                ),
            ],
            "{path}"
        );
        let footer: Vec<&str> = select(&html, "footer nav a")
            .iter()
            .map(|a| a.value().attr("href").unwrap())
            .collect();
        assert!(footer.contains(&history), "{path}: {footer:?}");
    }
}

#[tokio::test]
async fn an_announced_revision_is_shown_as_upcoming_until_it_takes_effect() {
    // Before its announcement: nowhere to be seen.
    let app_before = app(UPCOMING, date("2025-02-28"));
    let html = get(&app_before, "/ja/").await.html();
    assert!(select(&html, ".announcement").is_empty());
    let history = get(&app_before, "/ja/history/").await.html();
    assert_eq!(history_dates(&history), ["2024-12-02"]);
    for path in ["/ja/history/2025-04-01/", "/ja/history/2025-04-01/changes/"] {
        assert_eq!(get(&app_before, path).await.status, 404, "{path}");
    }

    // Announced: a notice near the top, the version and its changes.
    let announced = app(UPCOMING, date("2025-03-01"));
    let html = get(&announced, "/ja/").await.html();
    let notice = select(&html, ".announcement");
    assert_eq!(notice.len(), 1);
    let words = text(notice[0]);
    assert!(
        words.contains("2025年4月1日から公表事項を改定し、利用目的を変更します。"),
        "{words}"
    );
    assert!(words.contains("「保険料の還付」を追加しました"), "{words}");
    assert!(words.contains("利用目的：1件追加。"), "{words}");
    let link = select_in(notice[0], "a")[0];
    assert_eq!(
        link.value().attr("href"),
        Some("history/2025-04-01/changes/")
    );
    // The notice itself is still the one in effect.
    assert_eq!(
        text(select(&html, ".notice-dates dd")[0]),
        "2024年12月2日から2025年3月31日まで"
    );
    let history = get(&announced, "/en/history/").await.html();
    assert_eq!(history_dates(&history), ["2025-04-01", "2024-12-02"]);
    assert!(text(select(&history, ".history > li")[0]).contains("Upcoming version"));
    let page = get(&announced, "/en/history/2025-04-01/").await.html();
    let banner = text(select(&page, ".banner")[0]);
    assert!(
        banner.contains("It takes effect on 1 April 2025."),
        "{banner}"
    );
    assert_eq!(
        get(&announced, "/ja/history/2025-04-01/changes/")
            .await
            .status,
        200
    );
    // The revision after it is not announced yet.
    assert_eq!(get(&announced, "/ja/history/2025-10-01/").await.status, 404);

    // In effect: current, and no announcement any more.
    let effective = app(UPCOMING, date("2025-04-01"));
    let html = get(&effective, "/ja/").await.html();
    assert!(select(&html, ".announcement").is_empty());
    assert_eq!(
        text(select(&html, ".notice-dates dd")[0]),
        "2025年4月1日から"
    );
    assert!(text(select(&html, "tr#category-eligibility")[0]).contains("保険料の還付"));
}

#[tokio::test]
async fn a_prose_only_revision_says_the_purposes_did_not_change() {
    let app = app(PROSE_ONLY, date("2025-04-01"));
    let html = get(&app, "/ja/history/2025-04-01/changes/").await.html();
    assert!(select(&html, "table").is_empty());
    assert!(
        text(select(&html, "#purposes ~ p")[0])
            .contains("この改定では利用目的を変更していません。")
    );
    let paragraph = select(&html, "#section-safety-measures ~ .changed-paragraph")[0];
    assert_eq!(
        new_text(paragraph),
        "個人データを取り扱う職員の範囲を明確にし、定期的に研修を実施しています。"
    );
    assert_eq!(
        old_text(paragraph),
        "個人データを取り扱う職員の範囲を明確にしています。"
    );
    let history = get(&app, "/ja/history/").await.html();
    let dds: Vec<String> = select(&history, ".history > li:first-child dd")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(dds[2], "なし", "purposes changed: no");
}

#[tokio::test]
async fn a_renamed_category_is_followed_by_its_id() {
    let app = app(RENAMED, date("2025-04-01"));
    let html = get(&app, "/ja/history/2025-04-01/changes/").await.html();
    let row = select(&html, "#category-health-checkups th")[0];
    assert_eq!(new_text(row), "健診・検診に関する情報");
    assert_eq!(old_text(row), "健康診査に関する情報");
    let tags: Vec<String> = select_in(row, ".tag").into_iter().map(text).collect();
    assert!(tags.contains(&"名称変更".to_owned()), "{tags:?}");
    let summary = text(select(&html, ".changes__summary")[0]);
    assert!(summary.contains("1件名称変更"), "{summary}");
    assert!(summary.contains("1件掲載順の変更"), "{summary}");
    // A rename is one category changed, not one removed and one added.
    assert!(
        !summary.contains("追加") && !summary.contains("削除"),
        "{summary}"
    );
}

/// A clock that moves with tokio's (paused) test time from a chosen instant.
struct TestClock {
    start: Timestamp,
    started: tokio::time::Instant,
}

impl Clock for TestClock {
    fn now(&self) -> Timestamp {
        let elapsed = jiff::SignedDuration::try_from(self.started.elapsed()).unwrap();
        self.start.checked_add(elapsed).unwrap()
    }
}

#[tokio::test(start_paused = true)]
async fn at_midnight_in_japan_the_server_switches_to_the_new_revision_by_itself() {
    let archive = Arc::new(Archive::new(load(UPCOMING)));
    // 23:59:30 JST on the eve of the effective date.
    let start: Timestamp = "2025-03-31T14:59:30Z".parse().unwrap();
    let rendered = kohyo::render::render(&archive, date("2025-03-31")).unwrap();
    let live = Arc::new(LiveSite::with_archive(archive, rendered));
    let router = kohyo::http::live_router(live.clone(), kohyo::http::Options::default());
    tokio::spawn(follow_the_calendar(
        live,
        TestClock {
            start,
            started: tokio::time::Instant::now(),
        },
    ));
    let period = |html: Html| text(select(&html, ".notice-dates dd")[0]);
    let before = get(&router, "/ja/").await.html();
    assert_eq!(period(before), "2024年12月2日から2025年3月31日まで");

    tokio::time::sleep(Duration::from_secs(20)).await;
    let still = get(&router, "/ja/").await.html();
    assert_eq!(
        period(still),
        "2024年12月2日から2025年3月31日まで",
        "23:59:50"
    );

    tokio::time::sleep(Duration::from_secs(20)).await;
    let after = get(&router, "/ja/").await.html();
    assert_eq!(period(after), "2025年4月1日から", "00:00:10 JST");
    assert!(select(&get(&router, "/ja/").await.html(), ".announcement").is_empty());
}

#[tokio::test]
async fn every_revision_page_shows_its_seal_and_the_files_it_covers() {
    let site = load(SHIPPED);
    let router = app(SHIPPED, date("2025-01-01"));
    for (index, revision) in site.revisions.iter().enumerate() {
        for lang in Lang::ALL {
            let path = format!("/{lang}/history/{}/", revision.effective);
            let page = get(&router, &path).await.html();
            let digests: Vec<String> = select(&page, ".record code.digest")
                .into_iter()
                .map(text)
                .collect();
            let mut expected = vec![revision.seal.digest.to_string()];
            if index > 0 {
                expected.push(site.revisions[index - 1].seal.digest.to_string());
            }
            assert_eq!(digests, expected, "{path}");
            let files: Vec<String> = select(&page, ".record-files a")
                .into_iter()
                .map(|a| crate::support::resolve(&path, a.value().attr("href").unwrap()))
                .collect();
            let names: Vec<String> = revision
                .seal
                .files
                .iter()
                .map(|f| format!("/api/v1/revisions/{}/{}", revision.effective, f.name))
                .collect();
            assert_eq!(files, names, "{path}");
            for (file, sealed) in files.iter().zip(&revision.seal.files) {
                let reply = get(&router, file).await;
                assert_eq!(reply.status, 200, "{file}");
                assert_eq!(reply.body, sealed.text, "{file} is the file as sealed");
            }
        }
    }
}

/// Four revisions: the first with a category left untranslated, the
/// second only filling in and improving the English, the third changing
/// the Japanese (a category removed, one renamed, purposes removed, one
/// reworded, a paragraph) while the English lags, the fourth, announced on
/// this date, bringing the English up to date.
const ENGLISH_LATER: &str = "tests/fixtures/history-english-later";
const ENGLISH_LATER_AS_OF: &str = "2025-09-15";

fn tags(element: ElementRef<'_>) -> Vec<String> {
    select_in(element, ".tag").into_iter().map(text).collect()
}

#[tokio::test]
async fn a_translation_filled_in_later_is_no_change() {
    let app = app(ENGLISH_LATER, date(ENGLISH_LATER_AS_OF));
    let html = get(&app, "/ja/history/2024-10-01/changes/").await.html();
    assert!(select(&html, ".changes__summary").is_empty());
    assert_eq!(
        text(select(&html, "#purposes ~ p")[0]),
        "この改定では利用目的を変更していません。"
    );
    assert!(select(&html, "#translations").is_empty());

    let html = get(&app, "/en/history/2024-10-01/changes/").await.html();
    assert_eq!(
        text(select(&html, ".changes__summary")[0]),
        "English translation updated: 4 texts."
    );
    assert!(select(&html, "table").is_empty(), "no category changed");
    assert_eq!(
        text(select(&html, "#purposes ~ p")[0]),
        "This revision does not change the purposes of use."
    );
    assert!(
        select(&html, "article ins, article del").is_empty(),
        "nothing shown as removed and added"
    );
    assert_eq!(
        text(select(&html, "#translations")[0]),
        "Translation updated"
    );
    let listed: Vec<String> = select(&html, ".changes__translations li")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        listed,
        [
            "Information on eligibility: Managing the records of members",
            "Name of a category: Information on benefits",
            "Information on benefits: Paying insurance benefits",
            "Information on benefits: Sending notices of medical expenses",
        ]
    );
    // The category is named in English now: no Japanese left to mark.
    assert!(select(&html, ".changes__translations [lang]").is_empty());
}

#[tokio::test]
async fn a_japanese_change_the_english_did_not_follow_is_shown_in_japanese() {
    let app = app(ENGLISH_LATER, date(ENGLISH_LATER_AS_OF));
    let path = |lang: &str| format!("/{lang}/history/2025-04-01/changes/");
    let ja = get(&app, &path("ja")).await.html();
    let en = get(&app, &path("en")).await.html();
    assert_eq!(
        text(select(&ja, ".changes__summary")[0]),
        "類型：1件削除、1件名称変更／利用目的：3件削除、1件変更／その他の記載を変更。"
    );
    assert_eq!(
        text(select(&en, ".changes__summary")[0]),
        "1 category removed, 1 renamed; 3 purposes of use removed, 1 reworded; other text changed. \
         English translation not yet updated: 3 texts (shown in Japanese)."
    );
    let rows = |html: &Html| -> Vec<String> {
        select(html, "table.purposes--changes tbody tr")
            .iter()
            .map(|tr| tr.value().attr("id").unwrap().to_owned())
            .collect()
    };
    assert_eq!(
        rows(&en),
        [
            "category-eligibility",
            "category-benefits",
            "category-checkups",
            "category-cards"
        ]
    );
    assert_eq!(rows(&en), rows(&ja), "the same changes in both languages");

    // Renamed in Japanese, its English name unchanged: the rename in Japanese.
    let renamed = select(&en, "#category-checkups th")[0];
    let name = select_in(renamed, "span[lang=ja]")[0];
    assert_eq!(new_text(name), "健診・保健指導に関する情報");
    assert_eq!(old_text(name), "健診に関する情報");
    assert_eq!(
        tags(renamed),
        ["Renamed", "English not yet updated: shown in Japanese"]
    );
    let ja_renamed = select(&ja, "#category-checkups th")[0];
    assert_eq!(tags(ja_renamed), ["名称変更"]);

    // Reworded in Japanese only: shown in Japanese, announced in English.
    let reworded = select(&en, "#category-eligibility li.changed")[0];
    let words = select_in(reworded, "span[lang=ja]")[0];
    assert_eq!(new_text(words), "加入者の資格の管理");
    assert_eq!(old_text(words), "加入者の管理");
    assert_eq!(
        tags(reworded),
        ["English not yet updated: shown in Japanese"]
    );
    let prefix = select_in(reworded, "ins .visually-hidden")[0];
    assert_eq!(text(prefix), "Added:");
    assert_eq!(prefix.value().attr("lang"), Some("en"));
    let ja_prefix = select(&ja, "#category-eligibility ins .visually-hidden")[0];
    assert_eq!(text(ja_prefix), "追加：");
    assert_eq!(ja_prefix.value().attr("lang"), None);

    // Removed: in English, as it read.
    let removed: Vec<String> = select(&en, "#category-benefits del, #category-cards del")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        removed,
        [
            "Removed: Sending notices of medical expenses",
            "Removed: Information on health insurance cards",
            "Removed: Issuing health insurance cards",
        ]
    );
    assert_eq!(tags(select(&en, "#category-cards th")[0]), ["Removed"]);

    // A paragraph changed in Japanese whose English stayed.
    let paragraph = select(&en, "#section-safety-measures ~ .changed-paragraph")[0];
    assert_eq!(paragraph.value().attr("lang"), Some("ja"));
    assert_eq!(
        new_text(paragraph),
        "個人データを取り扱う職員の範囲を明確にし、定期的に研修を実施しています。"
    );
    let tag = select_in(paragraph, ".tag")[0];
    assert_eq!(tag.value().attr("lang"), Some("en"));
    assert_eq!(text(tag), "English not yet updated: shown in Japanese");

    for html in [&ja, &en] {
        assert!(select(html, "#translations").is_empty());
    }
    assert!(
        !text(select(&ja, "article")[0]).contains("English"),
        "nothing about the translation in Japanese"
    );
}

#[tokio::test]
async fn history_and_the_upcoming_box_count_changes_as_the_japanese_does() {
    let app = app(ENGLISH_LATER, date(ENGLISH_LATER_AS_OF));
    let summaries = |html: &Html| -> Vec<String> {
        select(html, ".history > li")
            .into_iter()
            .map(|entry| {
                select_in(entry, "dl ~ p")
                    .into_iter()
                    .skip(1)
                    .map(text)
                    .collect::<Vec<_>>()
                    .join("")
            })
            .collect()
    };
    let ja = get(&app, "/ja/history/").await.html();
    assert_eq!(
        history_dates(&ja),
        ["2025-10-01", "2025-04-01", "2024-10-01", "2024-04-01"]
    );
    assert_eq!(
        summaries(&ja),
        [
            "",
            "類型：1件削除、1件名称変更／利用目的：3件削除、1件変更／その他の記載を変更。",
            "",
            ""
        ]
    );
    let en = get(&app, "/en/history/").await.html();
    assert_eq!(
        summaries(&en),
        [
            "English translation updated: 3 texts.",
            "1 category removed, 1 renamed; 3 purposes of use removed, 1 reworded; other text changed. \
             English translation not yet updated: 3 texts (shown in Japanese).",
            "English translation updated: 4 texts.",
            ""
        ]
    );
    let purposes_changed: Vec<String> = select(&en, ".history > li dd")
        .into_iter()
        .map(text)
        .skip(2)
        .step_by(3)
        .collect();
    assert_eq!(purposes_changed, ["No", "Yes", "No", "Yes"]);

    let en = get(&app, "/en/").await.html();
    let announcement: Vec<String> = select(&en, ".announcement p")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        announcement,
        [
            "From 1 October 2025 this notice will be revised.",
            "We brought the English translation up to date with the previous revision. The Japanese text did not change.",
            "English translation updated: 3 texts.",
            "Changes of 1 October 2025",
        ]
    );
    let ja = get(&app, "/ja/").await.html();
    let announcement: Vec<String> = select(&ja, ".announcement p")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        announcement,
        [
            "2025年10月1日から公表事項を改定します。",
            "前回の改定に合わせて英訳を改めました。日本語の内容は変わっていません。",
            "2025年10月1日の改定内容",
        ]
    );
}

#[tokio::test]
async fn a_changed_fee_in_a_table_is_shown_as_its_row_in_words() {
    let app = app(TABLES, date("2025-04-01"));
    for (lang, new, old, summary) in [
        (
            Lang::Ja,
            "請求の種類：保有個人データの開示／手数料：1件につき500円／支払方法：窓口または郵便為替",
            "請求の種類：保有個人データの開示／手数料：1件につき300円／支払方法：窓口または郵便為替",
            "その他の記載を変更。",
        ),
        (
            Lang::En,
            "Request: Disclosure of retained personal data / Fee: 500 yen per request / How to pay: At the desk or by postal money order",
            "Request: Disclosure of retained personal data / Fee: 300 yen per request / How to pay: At the desk or by postal money order",
            "Other text changed.",
        ),
    ] {
        let html = get(&app, &format!("/{lang}/history/2025-04-01/changes/"))
            .await
            .html();
        assert_eq!(text(select(&html, ".changes__summary")[0]), summary);
        let rows = select(&html, "#section-requests ~ .changed-paragraph");
        assert_eq!(rows.len(), 1, "only the row whose fee changed");
        assert_eq!(new_text(rows[0]), new);
        assert_eq!(old_text(rows[0]), old);
        let removed: Vec<String> = select_in(rows[0], "del").into_iter().map(text).collect();
        let added: Vec<String> = select_in(rows[0], "ins").into_iter().map(text).collect();
        let (removed_word, added_word) = match lang {
            Lang::Ja => ("削除：300", "追加：500"),
            Lang::En => ("Removed: 300", "Added: 500"),
        };
        assert_eq!(removed, [removed_word]);
        assert_eq!(added, [added_word]);
        assert!(
            select(&html, "#purposes ~ .changed-paragraph").is_empty(),
            "the notes' table is unchanged"
        );
    }
}

//! The pages through the real router: statuses, types, languages, the
//! purposes table's semantics, the language switch and the as-of date.
//! HTML is parsed and asserted on as elements, not as strings of markup.

use std::collections::BTreeSet;

use crate::support::Lang;

use scraper::{ElementRef, Html};

use crate::support::{app, base_path, date, get, load, request, select, select_in, text};

const SHIPPED: &str = "content";
const UNTRANSLATED: &str = "tests/fixtures/pages-untranslated";
const TABLES: &str = "tests/fixtures/pages-markdown-table";

#[tokio::test]
async fn the_root_redirects_by_accept_language() {
    let app = app(SHIPPED, date("2025-01-01"));
    for (accept, expected) in [
        (None, "ja/"),
        (Some("en-GB,en;q=0.9"), "en/"),
        (Some("ja-JP,ja;q=0.9,en;q=0.8"), "ja/"),
        (Some("fr-FR,fr;q=0.9"), "ja/"),
        (Some("fr;q=0.9, en;q=0.5"), "en/"),
    ] {
        let headers: Vec<(&str, &str)> =
            accept.map(|a| ("accept-language", a)).into_iter().collect();
        let reply = request(&app, "GET", "/", &headers).await;
        assert_eq!(reply.status, 302, "{accept:?}");
        assert_eq!(reply.header("location"), expected, "{accept:?}");
        assert_eq!(reply.header("vary").to_ascii_lowercase(), "accept-language");
    }
}

#[tokio::test]
async fn notice_pages_are_html_in_their_language() {
    let app = app(SHIPPED, date("2025-01-01"));
    for lang in Lang::ALL {
        let reply = get(&app, &format!("/{lang}/")).await;
        assert_eq!(reply.status, 200);
        assert_eq!(reply.header("content-type"), "text/html; charset=utf-8");
        let html = reply.html();
        let root = select(&html, "html")[0];
        assert_eq!(root.value().attr("lang"), Some(lang.code()));
        assert_eq!(select(&html, "h1").len(), 1);
        assert_eq!(select(&html, "main#main").len(), 1);
        let skip = select(&html, "body > a.skip-link")[0];
        assert_eq!(skip.value().attr("href"), Some("#main"));
    }
}

#[tokio::test]
async fn the_purposes_table_is_a_real_data_table() {
    let site = load(SHIPPED);
    let as_of = date("2025-01-01");
    let revision = site
        .revisions
        .iter()
        .rev()
        .find(|r| r.effective <= as_of)
        .unwrap();
    let app = app(SHIPPED, as_of);
    for lang in Lang::ALL {
        let html = get(&app, &format!("/{lang}/")).await.html();
        let tables = select(&html, "table");
        assert_eq!(tables.len(), 1);
        let table = tables[0];
        let caption = select_in(table, "caption");
        assert_eq!(caption.len(), 1);
        assert_eq!(
            text(caption[0]),
            *revision.body.purposes.caption.get(lang).value
        );
        let headers = select_in(table, "thead th");
        assert_eq!(headers.len(), 2);
        assert!(
            headers
                .iter()
                .all(|th| th.value().attr("scope") == Some("col"))
        );
        let rows = select_in(table, "tbody tr");
        assert_eq!(rows.len(), revision.body.purposes.categories.len());
        for (row, category) in rows.iter().zip(&revision.body.purposes.categories) {
            let row_headers = select_in(*row, "th");
            assert_eq!(row_headers.len(), 1, "one header cell per row");
            assert_eq!(row_headers[0].value().attr("scope"), Some("row"));
            assert_eq!(text(row_headers[0]), *category.name.get(lang).value);
            let items: Vec<String> = select_in(*row, "td > ul > li")
                .into_iter()
                .map(text)
                .collect();
            let expected: Vec<&String> = category
                .purposes()
                .map(|p| p.text.get(lang).value)
                .collect();
            assert_eq!(
                items.iter().collect::<Vec<_>>(),
                expected,
                "purposes of {}",
                category.id
            );
        }
        // The scroll container of a wide table is a labelled, focusable region.
        let region = select(&html, "div[role=region]")[0];
        assert_eq!(region.value().attr("tabindex"), Some("0"));
        assert_eq!(
            region.value().attr("aria-labelledby"),
            caption[0].value().attr("id")
        );
    }
}

/// The shipped example reproduces the seed notice: every category and every
/// purpose, word for word and in order, on the Japanese page.
#[tokio::test]
async fn every_seed_purpose_is_on_the_japanese_page() {
    let seed = std::fs::read_to_string(crate::support::repo_path("tests/fixtures/seed-notice.txt"))
        .unwrap();
    let table: Vec<(&str, Vec<&str>)> = seed
        .lines()
        .skip_while(|line| *line != "個人情報の類型\t利用目的")
        .skip(1)
        .take_while(|line| !line.trim().is_empty())
        .map(|line| {
            let (category, purposes) = line.split_once('\t').expect("a tab-separated row");
            (
                category,
                purposes.split('、').filter(|p| !p.is_empty()).collect(),
            )
        })
        .collect();
    assert_eq!(table.len(), 18, "the seed table has 18 rows");

    let html = get(&app(SHIPPED, date("2025-01-01")), "/ja/").await.html();
    let rows: Vec<(String, Vec<String>)> = select(&html, "tbody tr")
        .into_iter()
        .map(|row| {
            let name = text(select_in(row, "th")[0]);
            let purposes = select_in(row, "li").into_iter().map(text).collect();
            (name, purposes)
        })
        .collect();
    let expected: Vec<(String, Vec<String>)> = table
        .iter()
        .map(|(c, ps)| (c.to_string(), ps.iter().map(|p| p.to_string()).collect()))
        .collect();
    assert_eq!(rows, expected);

    // The prose around the table and the safety measures are there too.
    let page_text = text(select(&html, "main")[0]);
    for sentence in [
        "これらの利用目的を変更する場合は、ホームページ等で公表します。",
        "※保有個人データの利用目的は、上表と同一です。",
        "(4) 取得の状況からみて利用目的が明らかであると認められる場合",
        "定期的に自己点検を実施するとともに、監査による監査を実施しています。",
        "担当者及び取り扱う個人情報データベース等の範囲を限定しています。",
    ] {
        assert!(page_text.contains(sentence), "missing: {sentence}");
    }
}

#[tokio::test]
async fn every_section_has_a_heading_with_an_anchor_listed_in_the_contents() {
    let app = app(SHIPPED, date("2025-01-01"));
    for lang in Lang::ALL {
        let html = get(&app, &format!("/{lang}/")).await.html();
        let ids: BTreeSet<&str> = select(&html, "[id]")
            .iter()
            .filter_map(|e| e.value().attr("id"))
            .collect();
        let contents: Vec<&str> = select(&html, "nav.contents a")
            .iter()
            .map(|a| a.value().attr("href").unwrap().trim_start_matches('#'))
            .collect();
        let sections = select(&html, "main section");
        assert!(sections.len() >= 4, "purposes, prose sections and contact");
        assert_eq!(contents.len(), sections.len());
        for (section, anchor) in sections.iter().zip(&contents) {
            let heading = select_in(*section, "h2")[0];
            assert_eq!(heading.value().attr("id"), Some(*anchor));
            assert!(ids.contains(anchor));
            assert_eq!(section.value().attr("aria-labelledby"), Some(*anchor));
        }
    }
}

#[tokio::test]
async fn dates_near_the_top_say_which_version_this_is() {
    let app = app(SHIPPED, date("2025-01-01"));
    let html = get(&app, "/en/").await.html();
    let times: Vec<&str> = select(&html, ".notice-dates time")
        .iter()
        .map(|t| t.value().attr("datetime").unwrap())
        .collect();
    assert_eq!(times, ["2024-12-02", "2024-11-01", "2022-04-01"]);
    let labels: Vec<String> = select(&html, ".notice-dates dt")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        labels,
        ["In effect", "Last revised", "Announced", "First published"]
    );
    let rows: Vec<String> = select(&html, ".notice-dates dd")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(rows[0], "From 2 December 2024");
    let links: Vec<(&str, String)> = select(&html, ".notice-dates a")
        .into_iter()
        .map(|a| (a.value().attr("href").unwrap(), text(a)))
        .collect();
    assert_eq!(
        links,
        [
            ("history/2024-12-02/changes/", "What changed".to_owned()),
            ("history/", "Revision history".to_owned()),
        ]
    );
}

#[tokio::test]
async fn the_language_switch_leads_to_the_same_page_in_the_other_language() {
    let app = app(SHIPPED, date("2025-01-01"));
    for lang in Lang::ALL {
        let html = get(&app, &format!("/{lang}/")).await.html();
        let other = lang.other().code();
        let switch = select(&html, "nav.language-switch a")[0];
        assert_eq!(switch.value().attr("hreflang"), Some(other));
        assert_eq!(switch.value().attr("lang"), Some(other));
        assert_eq!(
            switch.value().attr("href"),
            Some(format!("../{other}/").as_str())
        );
        let alternates: Vec<(&str, &str)> = select(&html, "link[rel=alternate][hreflang]")
            .iter()
            .map(|l| {
                (
                    l.value().attr("hreflang").unwrap(),
                    l.value().attr("href").unwrap(),
                )
            })
            .collect();
        assert_eq!(
            alternates,
            [
                ("ja", "https://kenpo.example.jp/privacy/ja/"),
                ("en", "https://kenpo.example.jp/privacy/en/"),
                ("x-default", "https://kenpo.example.jp/privacy/ja/"),
            ]
        );
    }
}

#[tokio::test]
async fn as_of_selects_the_revision_in_effect_in_japan_on_that_date() {
    let cases = [
        // Until the next revision is announced, the period is open-ended.
        ("2022-04-01", "2022年4月1日から", false),
        ("2023-03-31", "2022年4月1日から2023年3月31日まで", false),
        ("2023-04-01", "2023年4月1日から", false),
        ("2024-12-01", "2023年4月1日から2024年12月1日まで", false),
        ("2024-12-02", "2024年12月2日から", true),
        ("2030-01-01", "2024年12月2日から", true),
    ];
    for (as_of, period, has_my_number_row) in cases {
        let html = get(&app(SHIPPED, date(as_of)), "/ja/").await.html();
        let shown = text(select(&html, ".notice-dates dd")[0]);
        assert_eq!(shown, period, "as of {as_of}");
        let row = select(&html, "tr#category-my-number-card-linkage");
        assert_eq!(!row.is_empty(), has_my_number_row, "as of {as_of}");
    }
    let archive = kohyo::archive::Archive::new(load(SHIPPED));
    let announced = kohyo::render::render(&archive, date("2022-03-31")).unwrap();
    assert_eq!(announced.current, None, "announced, not in effect yet");
    assert_eq!(announced.shown, date("2022-04-01"));
    assert!(
        kohyo::render::render(&archive, date("2022-02-28")).is_err(),
        "nothing published yet"
    );
}

#[tokio::test]
async fn untranslated_text_falls_back_to_japanese_marked_as_japanese() {
    let app = app(UNTRANSLATED, date("2025-04-01"));
    let html = get(&app, "/en/").await.html();
    let row_names: Vec<(String, Option<&str>)> = select(&html, "tbody th")
        .iter()
        .map(|th| (text(*th), th.value().attr("lang")))
        .collect();
    assert_eq!(
        row_names,
        [
            ("Member information".to_owned(), None),
            ("未翻訳の類型".to_owned(), Some("ja"))
        ]
    );
    let purposes: Vec<(String, Option<&str>)> = select(&html, "tbody li")
        .iter()
        .map(|li| (text(*li), li.value().attr("lang")))
        .collect();
    assert_eq!(
        purposes,
        [
            ("Managing eligibility".to_owned(), None),
            ("未翻訳の目的".to_owned(), Some("ja")),
            ("Paying benefits".to_owned(), None),
        ]
    );
    let requests = select(&html, "section[aria-labelledby=requests]")[0];
    assert_eq!(
        select_in(requests, "h2")[0].value().attr("lang"),
        Some("ja")
    );
    assert_eq!(
        select_in(requests, ".prose")[0].value().attr("lang"),
        Some("ja")
    );
    let site_name = select(&html, ".site-name a")[0];
    assert_eq!(site_name.value().attr("lang"), Some("ja"));
    // The Japanese page never marks its own language.
    let ja = get(&app, "/ja/").await.html();
    assert!(select(&ja, "main [lang=ja]").is_empty());
}

#[tokio::test]
async fn unknown_paths_get_the_bilingual_404_page() {
    let app = app(SHIPPED, date("2025-01-01"));
    for path in [
        "/nope",
        "/fr/",
        "/ja/missing/",
        "/static/kohyo.css",
        "/ja/%2e%2e/",
    ] {
        let reply = get(&app, path).await;
        assert_eq!(reply.status, 404, "{path}");
        assert_eq!(reply.header("content-type"), "text/html; charset=utf-8");
        let html = reply.html();
        assert_eq!(select(&html, "html")[0].value().attr("lang"), Some("ja"));
        let english: Vec<String> = select(&html, "main [lang=en]")
            .into_iter()
            .map(text)
            .collect();
        assert!(
            english.iter().any(|t| t.contains("Page not found")),
            "{english:?}"
        );
        assert!(text(select(&html, "h1")[0]).contains("ページが見つかりません"));
        let links: Vec<&str> = select(&html, "main a")
            .iter()
            .map(|a| a.value().attr("href").unwrap())
            .collect();
        // Served at any depth, so from the host's root, under the base
        // URL's path.
        let base = base_path(SHIPPED);
        assert_eq!(links, [format!("{base}ja/"), format!("{base}en/")]);
    }
}

#[tokio::test]
async fn directory_urls_without_a_slash_redirect() {
    let app = app(SHIPPED, date("2025-01-01"));
    let base = base_path(SHIPPED);
    let top = base.trim_end_matches('/');
    let last = top.rsplit('/').next().unwrap();
    for (path, location) in [
        ("/en".to_owned(), "en/".to_owned()),
        ("/ja/history".to_owned(), "history/".to_owned()),
        (format!("{base}ja/history"), "history/".to_owned()),
        (top.to_owned(), format!("{last}/")),
    ] {
        let reply = get(&app, &path).await;
        assert_eq!(reply.status, 301, "{path}");
        assert_eq!(reply.header("location"), location, "{path}");
    }
}

#[tokio::test]
async fn only_get_and_head_are_allowed() {
    let app = app(SHIPPED, date("2025-01-01"));
    let head = request(&app, "HEAD", "/ja/", &[]).await;
    assert_eq!(head.status, 200);
    for method in ["POST", "PUT", "DELETE"] {
        let reply = request(&app, method, "/ja/", &[]).await;
        assert_eq!(reply.status, 405, "{method}");
        assert_eq!(reply.header("allow"), "GET, HEAD");
    }
}

#[tokio::test]
async fn the_stylesheet_is_served_under_its_fingerprinted_name() {
    let app = app(SHIPPED, date("2025-01-01"));
    let html = get(&app, "/ja/").await.html();
    let href = select(&html, "link[rel=stylesheet]")[0]
        .value()
        .attr("href")
        .unwrap();
    let path = href.strip_prefix("..").expect("relative to /ja/");
    assert!(
        path.starts_with("/static/kohyo.") && path.ends_with(".css"),
        "{path}"
    );
    let css = get(&app, path).await;
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), "text/css; charset=utf-8");
    assert!(css.body.contains("line-height: 1.7"));
}

#[tokio::test]
async fn a_preview_says_so_on_every_page_and_the_published_site_never_does() {
    let archive = kohyo::archive::Archive::new(load(SHIPPED));
    let preview = kohyo::render::render_served(&archive, Some(date("2025-01-01"))).unwrap();
    let published = kohyo::render::render(&archive, date("2025-01-01")).unwrap();
    let today = kohyo::render::render_served(&archive, None).unwrap();
    for path in preview.pages() {
        let resource = &preview.resources[path];
        let page = Html::parse_document(std::str::from_utf8(&resource.body).unwrap());
        // Inside the banner landmark, so that no content is outside one.
        let banner = select(&page, "body > header .preview-banner[role=note] > p");
        assert_eq!(banner.len(), 1, "{path}");
        let expected = if path.starts_with("/ja/") {
            "プレビュー：2025年1月1日時点の表示です。公開中のサイトではありません。"
        } else {
            "Preview as of 1 January 2025: this is not the published site."
        };
        assert_eq!(text(banner[0]), expected, "{path}");
        for site in [&published, &today] {
            let body = std::str::from_utf8(&site.resources[path].body).unwrap();
            assert!(!body.contains("preview-banner"), "{path}");
        }
    }
}

/// The one element on the page with `id`.
fn by_id<'a>(html: &'a Html, id: &str) -> ElementRef<'a> {
    let found: Vec<_> = html
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().id() == Some(id))
        .collect();
    assert_eq!(found.len(), 1, "exactly one element has the id {id}");
    found[0]
}

/// What a screen reader names a table by: its caption, or the element its
/// `aria-labelledby` points at; and the region it scrolls in, which must be
/// named the same.
fn table_name(html: &Html, table: ElementRef<'_>) -> String {
    let region = table
        .parent()
        .and_then(ElementRef::wrap)
        .expect("a table sits in an element");
    assert_eq!(
        region.value().classes().collect::<Vec<_>>(),
        ["table-region"]
    );
    assert_eq!(region.value().attr("role"), Some("region"));
    assert_eq!(
        region.value().attr("tabindex"),
        Some("0"),
        "scrollable by keyboard"
    );
    let region_name = region
        .value()
        .attr("aria-labelledby")
        .expect("a named region");
    let caption = select_in(table, "caption");
    let name = match caption.first() {
        Some(caption) => {
            assert_eq!(caption.value().id(), Some(region_name));
            assert_eq!(table.value().attr("aria-labelledby"), None);
            *caption
        }
        None => {
            assert_eq!(table.value().attr("aria-labelledby"), Some(region_name));
            let heading = by_id(html, region_name);
            assert!(
                matches!(heading.value().name(), "h2" | "h3" | "h4" | "h5" | "h6"),
                "a table without a caption is named by a heading"
            );
            heading
        }
    };
    text(by_id(html, name.value().id().unwrap()))
}

#[tokio::test]
async fn markdown_tables_are_named_data_tables_that_scroll_in_their_own_region() {
    let app = app(TABLES, date("2025-04-01"));
    let expected = [
        (
            Lang::Ja,
            [
                ("個人情報の保存期間", vec!["個人情報の類型", "保存期間"]),
                (
                    "開示等の請求の手数料",
                    vec!["請求の種類", "手数料", "支払方法"],
                ),
                (
                    "請求に必要な書類",
                    vec!["書類", "本人の請求", "代理人の請求"],
                ),
            ],
        ),
        (
            Lang::En,
            [
                (
                    "How long personal information is kept",
                    vec!["Category of personal information", "Kept for"],
                ),
                ("Fees for requests", vec!["Request", "Fee", "How to pay"]),
                (
                    "Documents needed for a request",
                    vec!["Document", "Request by the person", "Request by an agent"],
                ),
            ],
        ),
    ];
    for (lang, tables) in &expected {
        for (page, fee) in [
            (format!("/{lang}/"), "500"),
            (format!("/{lang}/history/2024-12-02/"), "300"),
        ] {
            let html = get(&app, &page).await.html();
            let found = select(&html, ".prose table");
            assert_eq!(found.len(), tables.len(), "{page}");
            for (table, (name, headers)) in found.iter().zip(tables) {
                assert_eq!(table_name(&html, *table), *name, "{page}");
                let head = select_in(*table, "thead th");
                assert!(
                    head.iter()
                        .all(|th| th.value().attr("scope") == Some("col"))
                );
                let head: Vec<String> = head.into_iter().map(text).collect();
                assert_eq!(&head, headers, "{page}");
            }
            // The fee column is aligned right by a class, never by markup
            // the CSP or HTML forbids.
            let fees = found[1];
            let disclosure = select_in(fees, "tbody tr")[1];
            let cells: Vec<ElementRef> = select_in(disclosure, "td");
            assert!(text(cells[1]).contains(fee), "{page}: {}", text(cells[1]));
            assert_eq!(cells[1].value().attr("class"), Some("align-right"));
            assert_eq!(cells[2].value().attr("class"), Some("align-center"));
            assert_eq!(cells[0].value().attr("class"), None);
            assert!(select(&html, "[align], [style]").is_empty(), "{page}");
            // Every id on the page is there once, tables and headings included.
            let mut ids = BTreeSet::new();
            for element in html
                .root_element()
                .descendants()
                .filter_map(ElementRef::wrap)
            {
                if let Some(id) = element.value().id() {
                    assert!(
                        ids.insert(id.to_owned()),
                        "{page}: the id {id} is used twice"
                    );
                }
            }
            // None of the Markdown is left on the page, and the caption
            // line is the caption, not a paragraph as well.
            for prose in select(&html, ".prose") {
                let shown = text(prose);
                assert!(
                    !shown.contains('|') && !shown.contains("---"),
                    "{page}: {shown}"
                );
                assert!(
                    !shown.contains("表：") && !shown.contains("Table:"),
                    "{page}: {shown}"
                );
            }
        }
    }
}

/// Each contact number on a page: its text, and where its link goes.
fn phones_on(html: &Html) -> Vec<(String, Option<String>)> {
    select(html, "main ul.phones > li")
        .into_iter()
        .map(|item| {
            let href = select_in(item, "a")
                .first()
                .and_then(|a| a.value().attr("href"))
                .map(str::to_owned);
            (text(item), href)
        })
        .collect()
}

fn owned(expected: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    expected
        .iter()
        .map(|(text, href)| (text.to_string(), href.map(str::to_owned)))
        .collect()
}

#[tokio::test]
async fn every_contact_number_is_listed_with_its_label_and_a_fax_is_not_a_link() {
    // site.toml lists a main line, a free-dial number written in full-width
    // characters, a line with an extension and a fax, in the list form.
    let app = app("tests/fixtures/pages-contact-numbers", date("2025-01-01"));
    for (lang, expected) in [
        (
            Lang::Ja,
            [
                ("代表：06-0000-1234", Some("tel:+81-6-0000-1234")),
                ("フリーダイヤル：0120-000-000", Some("tel:+81-120-000-000")),
                (
                    "総務課：06-0000-1200 内線 123",
                    Some("tel:+81-6-0000-1200;ext=123"),
                ),
                ("FAX：06-0000-1235", None),
            ],
        ),
        (
            Lang::En,
            [
                ("Main: 06-0000-1234", Some("tel:+81-6-0000-1234")),
                ("Toll-free: 0120-000-000", Some("tel:+81-120-000-000")),
                (
                    "General Affairs Section: 06-0000-1200 ext. 123",
                    Some("tel:+81-6-0000-1200;ext=123"),
                ),
                ("Fax: 06-0000-1235", None),
            ],
        ),
    ] {
        for path in [format!("/{lang}/"), format!("/{lang}/accessibility/")] {
            let html = get(&app, &path).await.html();
            assert_eq!(phones_on(&html), owned(&expected), "{path}");
            assert!(select(&html, "main ul.phones [lang]").is_empty(), "{path}");
            let mail = select(&html, "main a[href^='mailto:']");
            assert_eq!(
                mail[0].value().attr("href"),
                Some("mailto:kojin.joho+soudan@kenpo.example.jp"),
                "{path}"
            );
        }
    }
}

#[tokio::test]
async fn numbers_on_one_line_keep_their_japanese_labels_marked_as_japanese() {
    // phone = "06-0000-1234（代表）／ ０１２０－０００－０００（フリーダイヤル）、
    // 03-0000-0000（内線 123）、06-0000-1235 (FAX)"
    let app = app("tests/fixtures/check-phone-line", date("2025-01-01"));
    let html = get(&app, "/en/").await.html();
    assert_eq!(
        phones_on(&html),
        owned(&[
            ("代表: 06-0000-1234", Some("tel:+81-6-0000-1234")),
            ("フリーダイヤル: 0120-000-000", Some("tel:+81-120-000-000")),
            ("03-0000-0000 ext. 123", Some("tel:+81-3-0000-0000;ext=123")),
            ("Fax: 06-0000-1235", None),
        ])
    );
    let japanese: Vec<String> = select(&html, "main ul.phones span[lang='ja']")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(japanese, ["代表", "フリーダイヤル"]);
}

#[tokio::test]
async fn one_number_without_a_label_is_a_single_link() {
    // phone = "03-0000-0000", as site.toml has always written it.
    let app = app("tests/fixtures/check-valid", date("2025-01-01"));
    for lang in Lang::ALL {
        let html = get(&app, &format!("/{lang}/")).await.html();
        assert!(select(&html, "main ul.phones").is_empty());
        let links = select(&html, "main a[href^='tel:']");
        assert_eq!(links.len(), 1);
        assert_eq!(text(links[0]), "03-0000-0000");
        assert_eq!(links[0].value().attr("href"), Some("tel:+81-3-0000-0000"));
    }
}

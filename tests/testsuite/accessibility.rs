//! What the accessibility work puts into the markup, checked on every page
//! without a browser: the accessibility statement and the footer link to it,
//! the language switch, and the running heads of a printed notice. The
//! browser itself is in `browser.rs`.

use crate::support::Lang;

use crate::support::{app, date, get, rendered, resolve, select, text};

const SHIPPED: &str = "content";

/// Every HTML page of the shipped content, sorted.
fn html_pages() -> Vec<String> {
    let site = rendered(SHIPPED, date("2025-01-01"));
    site.pages().into_iter().cloned().collect()
}

#[tokio::test]
async fn every_footer_links_the_accessibility_statement() {
    let app = app(SHIPPED, date("2025-01-01"));
    let pages = html_pages();
    assert!(pages.len() >= 16, "{pages:?}");
    for path in pages {
        let lang = &path[1..3];
        let html = get(&app, &path).await.html();
        let footer: Vec<String> = select(&html, "footer a")
            .iter()
            .map(|a| resolve(&path, a.value().attr("href").unwrap()))
            .collect();
        assert!(
            footer.contains(&format!("/{lang}/accessibility/")),
            "{path}: {footer:?}"
        );
        let current: Vec<String> = select(&html, "footer a[aria-current=page]")
            .iter()
            .map(|a| resolve(&path, a.value().attr("href").unwrap()))
            .collect();
        let in_footer = [
            format!("/{lang}/"),
            format!("/{lang}/history/"),
            format!("/{lang}/accessibility/"),
        ];
        let expected: Vec<String> = in_footer.into_iter().filter(|p| *p == path).collect();
        assert_eq!(
            current, expected,
            "{path}: the footer marks the page you are on"
        );
    }
    let not_found = get(&app, "/no-such-page/").await.html();
    let footer: Vec<&str> = select(&not_found, "footer a")
        .iter()
        .map(|a| a.value().attr("href").unwrap())
        .collect();
    let base = crate::support::base_path("content");
    assert_eq!(
        footer,
        [
            format!("{base}ja/accessibility/"),
            format!("{base}en/accessibility/")
        ]
    );
}

#[tokio::test]
async fn the_statement_names_the_standard_the_tools_and_the_desk() {
    let app = app(SHIPPED, date("2025-01-01"));
    let package: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(crate::support::repo_path("package.json")).unwrap(),
    )
    .unwrap();
    let tools = &package["devDependencies"];
    for (lang, title, headings) in [
        (
            "ja",
            "ウェブアクセシビリティ方針",
            [
                "対象範囲",
                "目標とする適合レベル",
                "試験の方法",
                "既知の制約",
                "問題のご連絡",
            ],
        ),
        (
            "en",
            "Accessibility statement",
            [
                "Scope",
                "Standard",
                "How we test",
                "Known limitations",
                "Reporting a problem",
            ],
        ),
    ] {
        let reply = get(&app, &format!("/{lang}/accessibility/")).await;
        assert_eq!(reply.status, 200);
        let html = reply.html();
        assert_eq!(text(select(&html, "h1")[0]), title);
        let h2: Vec<String> = select(&html, "main h2").into_iter().map(text).collect();
        assert_eq!(h2, headings);
        let body = text(select(&html, "main")[0]);
        for standard in ["JIS X 8341-3:2016", "WCAG 2.2"] {
            assert!(body.contains(standard), "{lang}: {standard}");
        }
        for tool in ["axe-core", "vnu-jar", "playwright-core"] {
            let version = tools[tool].as_str().unwrap();
            assert!(body.contains(version), "{lang}: {tool} {version}");
        }
        for desk in ["03-0000-0000", "privacy@kenpo.example.jp"] {
            assert!(body.contains(desk), "{lang}: {desk} from site.toml");
        }
        assert!(
            body.contains("https://kenpo.example.jp/privacy/"),
            "{lang}: the site it covers"
        );
        let mail = select(&html, "main a[href^='mailto:']");
        assert_eq!(
            mail[0].value().attr("href"),
            Some("mailto:privacy@kenpo.example.jp")
        );
    }
}

#[tokio::test]
async fn the_language_switch_marks_the_current_language_and_keeps_the_page() {
    let app = app(SHIPPED, date("2025-01-01"));
    for path in html_pages() {
        let lang = Lang::from_code(&path[1..3]).unwrap();
        let other = lang.other();
        let html = get(&app, &path).await.html();
        let items = select(&html, "nav.language-switch li");
        assert_eq!(items.len(), 2, "{path}");

        let current = select(&html, "nav.language-switch [aria-current]");
        assert_eq!(current.len(), 1, "{path}");
        assert_eq!(
            current[0].value().name(),
            "span",
            "{path}: not a link to itself"
        );
        assert_eq!(current[0].value().attr("aria-current"), Some("true"));
        assert_eq!(current[0].value().attr("lang"), Some(lang.code()));
        assert_eq!(text(current[0]), lang.native_name());

        let links = select(&html, "nav.language-switch a");
        assert_eq!(links.len(), 1, "{path}");
        let link = links[0].value();
        assert_eq!(link.attr("lang"), Some(other.code()), "{path}");
        assert_eq!(link.attr("hreflang"), Some(other.code()), "{path}");
        let same_page = format!("/{}{}", other.code(), &path[3..]);
        assert_eq!(resolve(&path, link.attr("href").unwrap()), same_page);
    }
}

#[tokio::test]
async fn a_printed_version_names_its_period_and_permanent_address_on_every_sheet() {
    let app = app(SHIPPED, date("2025-01-01"));
    for (page, print, period, address) in [
        (
            "/ja/",
            "/ja/history/2024-12-02/print.css",
            "施行期間：2024年12月2日から",
            "https://kenpo.example.jp/privacy/ja/history/2024-12-02/",
        ),
        (
            "/en/history/2022-04-01/",
            "/en/history/2022-04-01/print.css",
            "In effect: 1 April 2022 to 31 March 2023",
            "https://kenpo.example.jp/privacy/en/history/2022-04-01/",
        ),
        (
            "/ja/history/2023-04-01/changes/",
            "/ja/history/2023-04-01/print.css",
            "施行期間：2023年4月1日から2024年12月1日まで",
            "https://kenpo.example.jp/privacy/ja/history/2023-04-01/",
        ),
    ] {
        let html = get(&app, page).await.html();
        let links = select(&html, "head link[rel=stylesheet][media=print]");
        assert_eq!(links.len(), 1, "{page}");
        assert_eq!(resolve(page, links[0].value().attr("href").unwrap()), print);

        let css = get(&app, print).await;
        assert_eq!(css.status, 200, "{print}");
        assert_eq!(css.header("content-type"), "text/css; charset=utf-8");
        assert!(
            css.body
                .contains(&format!("@top-right {{ content: \"{period}\"; }}")),
            "{}",
            css.body
        );
        assert!(
            css.body
                .contains(&format!("@bottom-left {{ content: \"{address}\"; }}")),
            "{}",
            css.body
        );
        let operator = match &page[1..3] {
            "ja" => "サンプル健康保険組合",
            _ => "Sample Health Insurance Society",
        };
        assert!(
            css.body
                .contains(&format!("@top-left {{ content: \"{operator}\"; }}")),
            "{}",
            css.body
        );
    }
    let history = get(&app, "/ja/history/").await.html();
    assert!(
        select(&history, "link[media=print]").is_empty(),
        "the history is no version of the notice"
    );
}

#[tokio::test]
async fn pages_need_no_script_no_inline_style_and_no_outside_font() {
    let app = app(SHIPPED, date("2025-01-01"));
    let mut pages = html_pages();
    pages.push("/no-such-page/".to_owned());
    for path in pages {
        let reply = get(&app, &path).await;
        let html = reply.html();
        assert!(
            select(&html, "script, noscript, iframe, object, embed").is_empty(),
            "{path}"
        );
        assert!(
            select(&html, "style, [style]").is_empty(),
            "{path}: no inline styles"
        );
        for link in select(&html, "link[rel=stylesheet]") {
            let href = link.value().attr("href").unwrap();
            assert!(
                !href.contains("//"),
                "{path}: stylesheet {href} is from this site"
            );
        }
    }
    let stylesheet =
        std::fs::read_to_string(crate::support::repo_path("static/kohyo.css")).unwrap();
    for fetches in ["@font-face", "@import", "url("] {
        assert!(
            !stylesheet.contains(fetches),
            "kohyo.css fetches nothing: {fetches}"
        );
    }
}

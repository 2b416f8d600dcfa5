//! A site that declares its languages: pages, switch, alternates, JSON
//! and negotiation in every one of them, and `check`'s words for a
//! declaration it cannot use.

use serde_json::Value;
use snapbox::{IntoData, assert_data_eq, str};

use crate::support::{Kohyo, app, date, get, load, request, select, text};

const DECLARED: &str = "tests/fixtures/languages-declared";
const WRONG: &str = "tests/fixtures/check-languages-declared-wrongly";

fn on_effective_day() -> jiff::civil::Date {
    date("2024-12-02")
}

#[tokio::test]
async fn every_declared_language_has_its_pages_in_its_own_words() {
    let app = app(DECLARED, on_effective_day());
    for (segment, tag, note, effective) in [
        ("ja", "ja", None, "2024年12月2日から"),
        (
            "en",
            "en",
            Some("This is an English translation"),
            "From 2 December 2024",
        ),
        (
            "vi",
            "vi",
            Some("Đây là bản dịch tiếng Việt"),
            "Từ 2 tháng 12 2024",
        ),
        (
            "ja-simple",
            "ja-simple",
            Some("やさしい日本語"),
            "2024年12月2日から",
        ),
    ] {
        let page = get(&app, &format!("/{segment}/")).await;
        assert_eq!(page.status, 200, "/{segment}/");
        let html = page.html();
        let root = select(&html, "html")[0];
        assert_eq!(root.attr("lang"), Some(tag));
        let notes: Vec<String> = select(&html, ".translation-note")
            .into_iter()
            .map(text)
            .collect();
        match note {
            None => assert!(notes.is_empty(), "Japanese is no translation"),
            Some(note) => assert!(notes[0].contains(note), "{segment}: {notes:?}"),
        }
        let dates = text(select(&html, ".notice-dates")[0]);
        assert!(dates.contains(effective), "{segment}: {dates}");
        // The switch names every language in itself, the current one unlinked.
        let switch: Vec<(Option<&str>, String)> = select(&html, ".language-switch li > *")
            .into_iter()
            .map(|item| (item.attr("hreflang"), text(item)))
            .collect();
        assert_eq!(switch.len(), 4, "{switch:?}");
        for (hreflang, name) in [
            (Some("ja"), "日本語"),
            (Some("en"), "English"),
            (Some("vi"), "Tiếng Việt"),
            (Some("ja-simple"), "やさしい日本語"),
        ] {
            let here = hreflang == Some(tag);
            assert!(
                switch.contains(&((!here).then_some(hreflang).flatten(), name.to_owned())),
                "{segment}: {name} in {switch:?}"
            );
        }
        // Alternates: one per language, no value twice, Japanese the default.
        let alternates: Vec<&str> = select(&html, "link[rel=alternate][hreflang]")
            .into_iter()
            .filter_map(|link| link.attr("hreflang"))
            .collect();
        assert_eq!(alternates, ["ja", "en", "vi", "ja-simple", "x-default"]);
    }
}

#[tokio::test]
async fn a_translated_section_is_shown_and_a_missing_one_falls_back_to_marked_japanese() {
    let app = app(DECLARED, on_effective_day());
    let vi = get(&app, "/vi/").await.html();
    let section = select(&vi, "#safety-measures")[0];
    assert_eq!(text(section), "Các biện pháp quản lý an toàn");
    assert_eq!(section.attr("lang"), None, "in the page's own language");
    let simple = get(&app, "/ja-simple/").await.html();
    let section = select(&simple, "#safety-measures")[0];
    assert_eq!(text(section), "安全管理措置の内容");
    assert_eq!(section.attr("lang"), Some("ja"));
}

#[tokio::test]
async fn the_json_gives_a_key_per_language_and_null_for_a_missing_translation() {
    let app = app(DECLARED, on_effective_day());
    let body = get(&app, "/api/v1/notice.json").await.body;
    let notice: Value = serde_json::from_str(&body).unwrap();
    let name = &notice["operator"]["name"];
    let mut keys: Vec<&str> = name
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["en", "ja", "ja-simple", "vi"]);
    // Written in the order of the site's languages, Japanese first.
    let order: Vec<usize> = [
        "\"ja\": \"サンプル健康保険組合\"",
        "\"en\": \"Sample Health Insurance Society\"",
        "\"vi\": \"Hiệp hội Bảo hiểm Y tế Mẫu\"",
    ]
    .iter()
    .map(|entry| {
        body.find(entry)
            .unwrap_or_else(|| panic!("{entry} in {body}"))
    })
    .collect();
    assert!(order.is_sorted(), "{order:?}");
    assert_eq!(name["vi"], "Hiệp hội Bảo hiểm Y tế Mẫu");
    assert_eq!(name["ja-simple"], Value::Null);
    let html = notice["links"]["html"].as_object().unwrap();
    assert_eq!(
        html["ja-simple"],
        "https://kenpo.example.jp/privacy/ja-simple/"
    );
}

#[tokio::test]
async fn the_root_negotiates_among_the_declared_languages_and_never_picks_easy_japanese_alone() {
    let app = app(DECLARED, on_effective_day());
    for (accept, location) in [
        ("vi-VN,vi;q=0.9", "vi/"),
        ("ja", "ja/"),
        ("ja-JP,en;q=0.5", "ja/"),
        ("ja-simple,ja;q=0.5", "ja-simple/"),
        ("ko, en;q=0.2", "en/"),
        ("fr", "ja/"),
    ] {
        let reply = request(&app, "GET", "/", &[("accept-language", accept)]).await;
        assert_eq!(reply.status, 302, "{accept}");
        assert_eq!(reply.header("location"), location, "{accept}");
    }
}

#[test]
fn check_names_every_language_a_text_lacks_once() {
    let (code, _, stderr) = Kohyo::new(["check", "--as-of", "2024-11-01", "--content"])
        .arg(crate::support::repo_path(DECLARED))
        .run();
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains(
            "warning: the operator's address has no translation in Vietnamese, easy Japanese"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: add vi = \"…\", ja-simple = \"…\" next to ja; until then those pages show the Japanese text, marked as Japanese"),
        "{stderr}"
    );
    assert!(
        stderr.contains("warning: this section has no easy Japanese translation"),
        "{stderr}"
    );
    let site = load(DECLARED);
    let tags: Vec<&str> = site
        .config
        .languages
        .iter()
        .map(|l| l.tag.as_str())
        .collect();
    assert_eq!(tags, ["ja", "en", "vi", "ja-simple"]);
}

#[test]
fn a_declaration_kohyo_cannot_use_is_reported_at_its_place() {
    let (code, _, stderr) =
        Kohyo::new(["check", "--as-of", "2024-11-01", "--content", WRONG]).run();
    assert_eq!(code, 1);
    assert_data_eq!(
        stderr,
        str![[r#"
error: "de" is not a language of this site
 --> tests/fixtures/check-languages-declared-wrongly/revisions/2024-12-02/10-safety-measures.de.md
  = hint: name a section NN-name.<language>.md with one of the site's languages, ja, en (languages in site.toml)

error: "en_GB" cannot be used as a language tag: its parts are joined with "-", not "_" ("en-GB", not "en_GB")
 --> tests/fixtures/check-languages-declared-wrongly/site.toml:2:26
  |
2 | languages = ["ja", "en", "en_GB", "tl", { tag = "fil", segment = "api" }, "en", { tag = "th", name = "ไทย" }]
  |                          ^^^^^^^
  |
  = hint: write a BCP 47 language tag, such as "vi", "zh-Hant" or "pt-BR"

error: kohyo has no CLDR data for dates in "tl": only the root locale's formats would be used, with months written M01 to M12. CLDR knows this language as "fil": write "fil".
 --> tests/fixtures/check-languages-declared-wrongly/site.toml:2:35
  |
2 | languages = ["ja", "en", "en_GB", "tl", { tag = "fil", segment = "api" }, "en", { tag = "th", name = "ไทย" }]
  |                                   ^^^^
  |
  = hint: choose a locale CLDR has for its dates: { tag = "…", locale = "…" }

error: the path segment "api" is the site's own
 --> tests/fixtures/check-languages-declared-wrongly/site.toml:2:41
  |
2 | languages = ["ja", "en", "en_GB", "tl", { tag = "fil", segment = "api" }, "en", { tag = "th", name = "ไทย" }]
  |                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: give the language another segment: { tag = "…", segment = "…" }

error: the language "en" is listed twice
 --> tests/fixtures/check-languages-declared-wrongly/site.toml:2:75
  |
2 | languages = ["ja", "en", "en_GB", "tl", { tag = "fil", segment = "api" }, "en", { tag = "th", name = "ไทย" }]
  |                                                                           ^^^^
  |
  = hint: list each language once

error: kohyo has no catalog of its own words in "th"
 --> tests/fixtures/check-languages-declared-wrongly/site.toml:2:81
  |
2 | languages = ["ja", "en", "en_GB", "tl", { tag = "fil", segment = "api" }, "en", { tag = "th", name = "ไทย" }]
  |                                                                                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  |
  = hint: kohyo's pages, feeds and summaries are written from a catalog per language; it ships en, fil, id, ja, ja-simple, ko, ne, pt-BR, vi, zh-Hans, zh-Hant: for another language, add messages/th.ftl to the content folder with every message of kohyo's catalogs translated

error: "fr" is not a language of this site
 --> tests/fixtures/check-languages-declared-wrongly/site.toml:5:69
  |
5 | name = { ja = "サンプル健康保険組合", en = "Sample Health Insurance Society", fr = "Société d'assurance maladie exemple" }
  |                                                                               ^^
  |
  = hint: the site's languages are ja, en (languages in site.toml): correct the tag, or declare the language there

7 errors, 0 warnings

"#]]
        .raw()
    );
}

const RIGHT_TO_LEFT: &str = "tests/fixtures/languages-right-to-left";
const CATALOGS: &str = "tests/fixtures/check-content-catalogs";

#[tokio::test]
async fn a_content_catalog_gives_a_language_kohyo_does_not_ship_and_overrides_single_messages() {
    let app = app(RIGHT_TO_LEFT, on_effective_day());
    let urdu = get(&app, "/ur/").await.html();
    let root = select(&urdu, "html")[0];
    assert_eq!(
        (root.attr("lang"), root.attr("dir")),
        (Some("ur"), Some("rtl")),
        "CLDR says Urdu runs right to left"
    );
    assert_eq!(text(select(&urdu, ".skip-link")[0]), "مرکزی مواد پر جائیں");
    let english = get(&app, "/en/").await.html();
    let root = select(&english, "html")[0];
    assert_eq!((root.attr("lang"), root.attr("dir")), (Some("en"), None));
    assert_eq!(
        text(select(&english, ".skip-link")[0]),
        "Go to the notice",
        "the content's own word"
    );
    let japanese = get(&app, "/ja/").await.html();
    assert_eq!(text(select(&japanese, ".skip-link")[0]), "本文へ移動");
}

#[test]
fn check_reads_a_content_catalog_as_kohyo_will_use_it() {
    let (code, _, stderr) =
        Kohyo::new(["check", "--as-of", "2024-11-01", "--content", CATALOGS]).run();
    assert_eq!(code, 1);
    for expected in [
        "warning: kohyo writes no message \"conents\"\n --> tests/fixtures/check-content-catalogs/messages/en.ftl:4:1",
        "error: the message \"changes-title\" uses { $day }, which kohyo does not give it\n --> tests/fixtures/check-content-catalogs/messages/en.ftl:5:1",
        "  = hint: this message may use { $date }",
        "error: \"fr\" is not a language of this site\n --> tests/fixtures/check-content-catalogs/messages/fr.ftl",
        "error: kohyo ships no catalog for \"ur\", and this one lacks 239 of the 240 messages kohyo writes: accessibility, ",
        "error: this is not Fluent: Expected an inline expression\n --> tests/fixtures/check-content-catalogs/messages/ur.ftl:2:18",
    ] {
        assert!(stderr.contains(expected), "{expected}\nnot in\n{stderr}");
    }
}

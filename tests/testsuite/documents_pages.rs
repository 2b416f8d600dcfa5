//! The pages of the documents besides the notice, through the real router:
//! each document as in effect, its history and every revision as published
//! in both languages, the site's index of documents, and the navigation
//! between documents in every page's frame, which a site with only its
//! notice does not have. What is expected is read from the content's model,
//! not from the example's wording.

use crate::support::Lang;
use kohyo::content::{Body, Document, Revision, Site};
use scraper::Html;

use crate::support::{app, date, get, load, rendered, resolve, select, select_in, text};

const SHIPPED: &str = "content";
/// A site with only its notice.
const NOTICE_ONLY: &str = "tests/fixtures/pages-untranslated";

/// A day on which every revision of the shipped content is published.
fn all_published(site: &Site) -> jiff::civil::Date {
    site.documents
        .iter()
        .flat_map(|document| &document.revisions)
        .map(|revision| revision.announced.max(revision.effective))
        .chain(site.revisions.iter().map(|r| r.announced.max(r.effective)))
        .max()
        .expect("the site has revisions")
}

/// The revision a document shows on `as_of`: the last in effect and
/// announced, or else the first.
fn in_effect(document: &Document, as_of: jiff::civil::Date) -> &Revision<Body> {
    document
        .revisions
        .iter()
        .rev()
        .find(|r| r.effective <= as_of && r.announced <= as_of)
        .unwrap_or(&document.revisions[0])
}

fn title_element(html: &Html) -> String {
    text(select(html, "title")[0])
}

/// The navigation between documents: the header's navigation other than
/// the language switch.
fn documents_nav(html: &Html) -> Vec<(String, Option<String>)> {
    select(html, "header nav:not(.language-switch) a")
        .into_iter()
        .map(|link| {
            (
                link.value().attr("href").unwrap_or_default().to_owned(),
                link.value().attr("aria-current").map(str::to_owned),
            )
        })
        .collect()
}

#[tokio::test]
async fn every_document_page_exists_in_both_languages_and_says_which_document_it_is() {
    let site = load(SHIPPED);
    assert!(!site.documents.is_empty(), "the example has documents");
    let as_of = all_published(&site);
    let app = app(SHIPPED, as_of);
    for lang in Lang::ALL {
        for document in &site.documents {
            let id = &document.id;
            let shown = in_effect(document, as_of);
            let title = shown.title.get(lang).value.clone();

            let here = format!("/{lang}/{id}/");
            let reply = get(&app, &here).await;
            assert_eq!(reply.status, 200, "{here}");
            let html = reply.html();
            assert_eq!(text(select(&html, "h1")[0]), title, "{here}");
            assert!(title_element(&html).starts_with(&title), "{here}");
            let nav = documents_nav(&html);
            assert_eq!(nav.len(), site.documents.len() + 2, "{here}");
            let marked: Vec<_> = nav.iter().filter(|(_, c)| c.is_some()).collect();
            assert_eq!(marked.len(), 1, "{here}");
            assert_eq!(marked[0].1.as_deref(), Some("page"), "{here}");
            assert_eq!(resolve(&here, &marked[0].0), here);
            assert_body_shows(&html, &shown.body, &here);

            let history = format!("/{lang}/{id}/history/");
            let reply = get(&app, &history).await;
            assert_eq!(reply.status, 200, "{history}");
            let html = reply.html();
            assert!(text(select(&html, "h1")[0]).contains(&title), "{history}");
            assert!(title_element(&html).contains(&title), "{history}");
            let entries = select(&html, "li.history__entry h2 time");
            let dates: Vec<&str> = entries
                .iter()
                .filter_map(|time| time.value().attr("datetime"))
                .collect();
            let mut expected: Vec<String> = document
                .revisions
                .iter()
                .map(|r| r.effective.to_string())
                .collect();
            expected.reverse();
            assert_eq!(dates, expected, "{history}: every revision, newest first");
            let marked: Vec<_> = documents_nav(&html)
                .into_iter()
                .filter(|(_, c)| c.is_some())
                .collect();
            assert_eq!(marked.len(), 1, "{history}");
            assert_eq!(marked[0].1.as_deref(), Some("true"), "{history}");
            assert_eq!(resolve(&history, &marked[0].0), here);

            for (index, revision) in document.revisions.iter().enumerate() {
                let page = format!("/{lang}/{id}/history/{}/", revision.effective);
                let reply = get(&app, &page).await;
                assert_eq!(reply.status, 200, "{page}");
                let html = reply.html();
                let title = revision.title.get(lang).value;
                assert_eq!(text(select(&html, "h1")[0]), *title, "{page}");
                assert!(title_element(&html).starts_with(title.as_str()), "{page}");
                assert_eq!(select(&html, ".banner").len(), 1, "{page}");
                let digests: Vec<String> = select(&html, ".record code.digest")
                    .into_iter()
                    .map(text)
                    .collect();
                let mut expected = vec![revision.seal.digest.to_string()];
                if let Some(before) = index.checked_sub(1) {
                    expected.push(document.revisions[before].seal.digest.to_string());
                }
                assert_eq!(digests, expected, "{page}");
                let files: Vec<String> = select(&html, ".record-files a")
                    .into_iter()
                    .map(|a| resolve(&page, a.value().attr("href").unwrap()))
                    .collect();
                let expected: Vec<String> = revision
                    .seal
                    .files
                    .iter()
                    .map(|f| {
                        format!(
                            "/api/v1/documents/{id}/revisions/{}/{}",
                            revision.effective, f.name
                        )
                    })
                    .collect();
                assert_eq!(files, expected, "{page}");
                let print = select(&html, "link[rel=stylesheet][media=print]")[0];
                let print = resolve(&page, print.value().attr("href").unwrap());
                let css = get(&app, &print).await;
                assert_eq!(css.status, 200, "{print}");
                assert!(css.body.contains(&format!("{page}\"")), "{print}");
                let changes = select(&html, ".notice-dates a")
                    .into_iter()
                    .map(|a| resolve(&page, a.value().attr("href").unwrap()))
                    .any(|href| href.ends_with("/changes/"));
                assert_eq!(changes, index > 0, "{page}: changes only after the first");
                assert_body_shows(&html, &revision.body, &page);
            }
        }
    }
}

/// Joint use shows each arrangement under its anchor with the items of
/// APPI Art. 27(5)(iii); publications their entries, newest first.
fn assert_body_shows(html: &Html, body: &Body, page: &str) {
    match body {
        Body::Policy => {}
        Body::JointUse(joint_use) => {
            for arrangement in &joint_use.arrangements {
                let selector = format!("section h2#arrangement-{}", arrangement.id);
                let heading = select(html, &selector);
                assert_eq!(heading.len(), 1, "{page}: {selector}");
            }
            let terms: Vec<String> = select(html, "section dt").into_iter().map(text).collect();
            if page.starts_with("/ja/") {
                for term in [
                    "共同して利用される個人データの項目",
                    "共同して利用する者の範囲",
                    "利用する者の利用目的",
                    "当該個人データの管理について責任を有する者",
                    "住所",
                ] {
                    assert!(terms.iter().any(|t| t == term), "{page}: {term}");
                }
                assert!(
                    select(html, "article > p")
                        .into_iter()
                        .any(|p| text(p) == "次のとおり、個人データを共同して利用します。"),
                    "{page}"
                );
            }
        }
        Body::Publications(publications) => {
            let ids: Vec<&str> = select(html, "section h2[id^=entry-]")
                .into_iter()
                .filter_map(|h| h.value().attr("id"))
                .collect();
            let mut entries: Vec<_> = publications.entries.iter().collect();
            entries.sort_by_key(|entry| std::cmp::Reverse(entry.date));
            let expected: Vec<String> = entries.iter().map(|e| format!("entry-{}", e.id)).collect();
            assert_eq!(ids, expected, "{page}: every entry, newest first");
            for (heading, entry) in select(html, "section h2[id^=entry-]")
                .into_iter()
                .zip(&entries)
            {
                let section = scraper::ElementRef::wrap(heading.parent().unwrap()).unwrap();
                let times: Vec<_> = select_in(section, "time")
                    .into_iter()
                    .filter_map(|t| t.value().attr("datetime"))
                    .collect();
                assert_eq!(times, [entry.date.to_string()], "{page}");
            }
        }
    }
}

#[tokio::test]
async fn a_pseudonymised_entry_says_which_event_its_date_is_the_day_of() {
    // In the words of APPI Art. 21(1) and (3), which Art. 41(4) reads for
    // pseudonymised information; nothing where an entry does not say.
    let app = app("tests/fixtures/documents-pseudonymised", date("2025-04-01"));
    for (lang, term, acquired, changed) in [
        ("ja", "公表の事由", "仮名加工情報の取得", "利用目的の変更"),
        (
            "en",
            "Published because of",
            "Acquisition of pseudonymously processed information",
            "Change of the purposes of use",
        ),
    ] {
        let page = format!("/{lang}/anonymised/");
        let html = get(&app, &page).await.html();
        let event = |id: &str| -> Option<String> {
            let heading = select(&html, &format!("section h2#entry-{id}"))[0];
            let section = scraper::ElementRef::wrap(heading.parent().unwrap()).unwrap();
            select_in(section, "dl > div")
                .into_iter()
                .find(|row| {
                    select_in(*row, "dt")
                        .into_iter()
                        .map(text)
                        .any(|t| t == term)
                })
                .map(|row| text(select_in(row, "dd")[0]))
        };
        assert_eq!(
            event("research-claims").as_deref(),
            Some(acquired),
            "{page}"
        );
        assert_eq!(
            event("checkups-analysis").as_deref(),
            Some(changed),
            "{page}"
        );
        assert_eq!(event("checkups-statistics"), None, "{page}");
        assert_eq!(event("checkups"), None, "{page}");
    }
}

#[tokio::test]
async fn the_index_lists_the_notice_and_every_document() {
    let site = load(SHIPPED);
    let as_of = all_published(&site);
    let app = app(SHIPPED, as_of);
    for lang in Lang::ALL {
        let here = format!("/{lang}/documents/");
        let reply = get(&app, &here).await;
        assert_eq!(reply.status, 200);
        let html = reply.html();
        let listed: Vec<(String, String)> = select(&html, "main h2 a")
            .into_iter()
            .map(|a| (resolve(&here, a.value().attr("href").unwrap()), text(a)))
            .collect();
        let mut expected = vec![(
            format!("/{lang}/"),
            site.revisions.last().unwrap().title.get(lang).value.clone(),
        )];
        expected.extend(site.documents.iter().map(|document| {
            (
                format!("/{lang}/{}/", document.id),
                in_effect(document, as_of).title.get(lang).value.clone(),
            )
        }));
        assert_eq!(listed, expected);
        let nav = documents_nav(&html);
        assert_eq!(
            nav.last().unwrap(),
            &("./".to_owned(), Some("page".to_owned()))
        );
    }
}

#[tokio::test]
async fn every_page_leads_to_every_document_in_one_click() {
    let site = load(SHIPPED);
    let as_of = all_published(&site);
    let rendered = rendered(SHIPPED, as_of);
    let app = kohyo::http::router(rendered.clone());
    for page in rendered.pages() {
        let lang = &page[1..3];
        let html = get(&app, page).await.html();
        let targets: Vec<String> = documents_nav(&html)
            .into_iter()
            .map(|(href, _)| resolve(page, &href))
            .collect();
        let mut expected = vec![format!("/{lang}/")];
        expected.extend(site.documents.iter().map(|d| format!("/{lang}/{}/", d.id)));
        expected.push(format!("/{lang}/documents/"));
        assert_eq!(targets, expected, "{page}");
    }
    let sitemap = get(&app, "/sitemap.xml").await.body;
    for document in &site.documents {
        for lang in Lang::ALL {
            for path in [
                format!("{lang}/{}/", document.id),
                format!("{lang}/{}/history/", document.id),
                format!("{lang}/documents/"),
            ] {
                assert!(
                    sitemap.contains(&format!("{path}</loc>")),
                    "sitemap: {path}"
                );
            }
        }
    }
}

#[tokio::test]
async fn a_document_not_yet_in_effect_is_shown_as_upcoming_and_one_not_announced_not_at_all() {
    let site = load(SHIPPED);
    // The day the earliest document is announced ahead of taking effect.
    let Some(as_of) = site
        .documents
        .iter()
        .map(|d| &d.revisions[0])
        .filter(|r| r.announced < r.effective)
        .map(|r| r.announced)
        .min()
    else {
        panic!("the example announces a document before it takes effect");
    };
    let app = app(SHIPPED, as_of);
    for document in &site.documents {
        let first = &document.revisions[0];
        let reply = get(&app, &format!("/ja/{}/", document.id)).await;
        if first.announced > as_of {
            assert_eq!(reply.status, 404, "{} is not announced yet", document.id);
            continue;
        }
        assert_eq!(reply.status, 200);
        let html = reply.html();
        let banner = select(&html, ".banner");
        assert_eq!(
            banner.len(),
            usize::from(first.effective > as_of),
            "{}",
            document.id
        );
    }
}

#[tokio::test]
async fn a_site_with_only_its_notice_has_no_documents_navigation_or_index() {
    let site = load(NOTICE_ONLY);
    assert!(site.documents.is_empty());
    let as_of = date("2025-04-01");
    let rendered = rendered(NOTICE_ONLY, as_of);
    let app = kohyo::http::router(rendered.clone());
    for lang in Lang::ALL {
        assert_eq!(get(&app, &format!("/{lang}/documents/")).await.status, 404);
    }
    for page in rendered.pages() {
        let html = get(&app, page).await.html();
        assert!(documents_nav(&html).is_empty(), "{page}");
        assert_eq!(select(&html, "header nav").len(), 1, "{page}");
    }
}

#[tokio::test]
async fn an_announced_revision_of_a_document_says_what_it_changes() {
    let site = load(SHIPPED);
    // A later revision announced before it takes effect, on the day of its
    // announcement: the document's page announces it with its summary.
    let Some((document, revision)) = site.documents.iter().find_map(|d| {
        d.revisions[1..]
            .iter()
            .find(|r| r.announced < r.effective)
            .map(|r| (d, r))
    }) else {
        panic!("the example announces a revision of a document ahead of time");
    };
    let app = app(SHIPPED, revision.announced);
    for lang in Lang::ALL {
        let html = get(&app, &format!("/{lang}/{}/", document.id)).await.html();
        let announcement: Vec<String> = select(&html, ".announcement p")
            .into_iter()
            .map(text)
            .collect();
        assert_eq!(announcement.len(), 4, "{lang}: {announcement:?}");
        let summary = &announcement[2];
        let changes = get(
            &app,
            &format!(
                "/{lang}/{}/history/{}/changes/",
                document.id, revision.effective
            ),
        )
        .await
        .html();
        let page: String = select(&changes, "main").into_iter().map(text).collect();
        assert!(
            page.contains(summary.as_str()),
            "{lang}: the summary {summary:?} is the changes page's"
        );
    }
}

#[tokio::test]
async fn a_documents_history_and_feed_say_in_one_line_what_each_revision_changed() {
    let site = load(SHIPPED);
    let as_of = all_published(&site);
    let app = app(SHIPPED, as_of);
    let mut summaries = 0;
    for document in &site.documents {
        let id = &document.id;
        for lang in Lang::ALL {
            let history = get(&app, &format!("/{lang}/{id}/history/")).await.html();
            let feed = get(&app, &format!("/{lang}/{id}/feed.atom")).await.body;
            let feed = feed_rs::parser::parse(feed.as_bytes()).unwrap();
            for (index, revision) in document.revisions.iter().enumerate() {
                let effective = revision.effective;
                let entry = select(&history, ".history__entry")
                    .into_iter()
                    .find(|entry| !select_in(*entry, &format!("h2#v{effective}")).is_empty())
                    .unwrap_or_else(|| panic!("{lang} {id}: no history entry for {effective}"));
                let lines: Vec<String> = select_in(entry, ":scope > p")
                    .into_iter()
                    .map(text)
                    .collect();
                let content = feed
                    .entries
                    .iter()
                    .find(|e| e.id.contains(&format!("/history/{effective}/")))
                    .and_then(|e| e.content.as_ref()?.body.clone())
                    .unwrap_or_else(|| panic!("{lang} {id}: no feed entry for {effective}"));
                if index == 0 {
                    // The first version changed nothing: its note alone.
                    assert_eq!(lines.len(), 1, "{lang} {id} {effective}: {lines:?}");
                    continue;
                }
                let changes = get(&app, &format!("/{lang}/{id}/history/{effective}/changes/"))
                    .await
                    .html();
                let summary = text(select(&changes, ".changes__summary")[0]);
                assert_eq!(
                    lines,
                    [revision.note.get(lang).value.clone(), summary.clone()],
                    "{lang} {id} {effective}: the note, then the changes page's summary"
                );
                assert!(
                    content.contains(&format!("<p>{summary}</p>")),
                    "{lang} {id} {effective}: the feed entry says {summary:?}: {content}"
                );
                summaries += 1;
            }
        }
    }
    assert!(summaries > 0, "the example has revised documents");
}

//! The open data under `/api/v1/`: every JSON document of every fixture, on
//! every day its timeline changes, validates against the schemas committed
//! in `schemas/` (and the schemas can reject a broken document); the
//! documents list exactly the published revisions; any site may read them;
//! the source files are served byte for byte; errors are problem
//! documents (RFC 9457) that validate against their schema too; and each revision's digest,
//! recomputed here from an export with nothing but SHA-256 and the recipe
//! of `content::integrity`, is the published one. The README's shell recipe
//! and Python script for doing the same are run too.

use std::collections::BTreeSet;
use std::path::Path;

use jiff::civil::Date;
use kohyo::render::RenderedSite;
use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};

use crate::support::{
    Kohyo, app, date, files_under, get, load, missing_tools, rendered, repo_path, request, resolve,
    runs, select,
};

const SHIPPED: &str = "content";
const UPCOMING: &str = "tests/fixtures/history-upcoming";
/// A joint use whose items change, declared `basis = "consent"`.
const DECLARED: &str = "tests/fixtures/documents-items-declared";
const FIXTURES: [&str; 19] = [
    SHIPPED,
    "samples/grouped",
    "tests/fixtures/check-grouped-mixed",
    "tests/fixtures/first-announcement",
    "tests/fixtures/history-back-dated",
    UPCOMING,
    "tests/fixtures/history-single",
    "tests/fixtures/history-prose-only",
    "tests/fixtures/history-renamed-category",
    "tests/fixtures/pages-untranslated",
    "tests/fixtures/browser-unusual",
    "tests/fixtures/pages-contact-numbers",
    "tests/fixtures/check-phone-line",
    "tests/fixtures/purposes-grouped",
    "tests/fixtures/purposes-grouped-changes",
    DECLARED,
    PSEUDONYMISED,
    // Four languages, one text in each of them missing somewhere.
    "tests/fixtures/languages-declared",
    // A language kohyo does not ship, from the content's own catalog.
    "tests/fixtures/languages-right-to-left",
];
const PSEUDONYMISED: &str = "tests/fixtures/documents-pseudonymised";
// The schemas are written by hand, not derived from the types (schemars):
// they are published documents whose descriptions speak to readers of the
// open data, and validating every fixture's JSON against them here, with
// unknown properties refused, catches a field added without its schema.
const SCHEMAS: [&str; 8] = [
    "notice.schema.json",
    "revisions.schema.json",
    "revision.schema.json",
    "problem.schema.json",
    "documents.schema.json",
    "document.schema.json",
    "document-revisions.schema.json",
    "document-revision.schema.json",
];

/// Resolves the schemas' references to each other from `schemas/`, and
/// nothing else: validation never goes to the network.
struct SchemaFiles;

impl jsonschema::Retrieve for SchemaFiles {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri.path().as_str().rsplit('/').next().unwrap_or_default();
        if !SCHEMAS.contains(&name) {
            return Err(format!("{uri} is not one of the committed schemas").into());
        }
        Ok(schema(name))
    }
}

fn schema(name: &str) -> Value {
    let text = std::fs::read_to_string(repo_path(&format!("schemas/{name}"))).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("schemas/{name}: {e}"))
}

/// A validator for the schema `name` that also asserts formats (dates,
/// URIs), which draft 2020-12 otherwise treats as annotations.
fn validator(name: &str) -> jsonschema::Validator {
    jsonschema::options()
        .with_retriever(SchemaFiles)
        .should_validate_formats(true)
        .build(&schema(name))
        .unwrap_or_else(|e| panic!("schemas/{name} does not compile: {e}"))
}

struct Validators {
    notice: jsonschema::Validator,
    revisions: jsonschema::Validator,
    revision: jsonschema::Validator,
    problem: jsonschema::Validator,
    documents: jsonschema::Validator,
    document: jsonschema::Validator,
    document_revisions: jsonschema::Validator,
    document_revision: jsonschema::Validator,
}

impl Validators {
    fn new() -> Validators {
        Validators {
            notice: validator("notice.schema.json"),
            revisions: validator("revisions.schema.json"),
            revision: validator("revision.schema.json"),
            problem: validator("problem.schema.json"),
            documents: validator("documents.schema.json"),
            document: validator("document.schema.json"),
            document_revisions: validator("document-revisions.schema.json"),
            document_revision: validator("document-revision.schema.json"),
        }
    }

    /// The validator for the document at `path`, `None` for what is not one.
    fn for_path(&self, path: &str) -> Option<&jsonschema::Validator> {
        match path {
            "/api/v1/notice.json" => Some(&self.notice),
            "/api/v1/revisions.json" => Some(&self.revisions),
            _ if path.starts_with("/api/v1/revisions/") && path.ends_with(".json") => {
                Some(&self.revision)
            }
            "/api/v1/documents.json" => Some(&self.documents),
            _ if path.starts_with("/api/v1/documents/") && path.ends_with(".json") => {
                // documents/{id}.json, documents/{id}/revisions.json,
                // documents/{id}/revisions/{date}.json
                match path.split('/').count() {
                    5 => Some(&self.document),
                    6 => Some(&self.document_revisions),
                    7 => Some(&self.document_revision),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Every error `document` has against the schema for `path`.
    fn errors(&self, path: &str, document: &Value) -> Vec<String> {
        self.for_path(path)
            .unwrap_or_else(|| panic!("no schema for {path}"))
            .iter_errors(document)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect()
    }
}

fn problem_errors(validator: &jsonschema::Validator, document: &Value) -> Vec<String> {
    validator
        .iter_errors(document)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect()
}

/// The days on which `fixture`'s timeline changes, and the day before each:
/// every state its documents can be in, from the first announcement on.
fn days(fixture: &str) -> Vec<Date> {
    let site = load(fixture);
    let first = site.first().announced;
    let mut days = BTreeSet::new();
    let dates = site
        .revisions
        .iter()
        .map(|r| (r.announced, r.effective))
        .chain(
            site.documents
                .iter()
                .flat_map(|d| &d.revisions)
                .map(|r| (r.announced, r.effective)),
        );
    for (announced, effective) in dates {
        for day in [announced, effective] {
            days.insert(day);
            days.insert(day.yesterday().unwrap());
        }
    }
    days.into_iter().filter(|day| *day >= first).collect()
}

fn document(site: &RenderedSite, path: &str) -> Value {
    let resource = site
        .resources
        .get(path)
        .unwrap_or_else(|| panic!("{path} is not rendered"));
    assert_eq!(resource.content_type, "application/json", "{path}");
    serde_json::from_slice(&resource.body).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn json_paths(site: &RenderedSite) -> Vec<&String> {
    let mut paths: Vec<&String> = site
        .resources
        .keys()
        .filter(|path| path.starts_with("/api/v1/") && path.ends_with(".json"))
        .filter(|path| !path.starts_with("/api/v1/schemas/"))
        .collect();
    paths.sort();
    paths
}

/// How many JSON documents the documents besides the notice should have:
/// none for a site without them, else the index and, for each document it
/// lists, the document, its list and one per listed revision.
fn document_count(site: &RenderedSite) -> usize {
    if !site.resources.contains_key("/api/v1/documents.json") {
        return 0;
    }
    let index = document(site, "/api/v1/documents.json");
    1 + index["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|entry| entry["id"].as_str())
        .map(|id| {
            let revisions = document(site, &format!("/api/v1/documents/{id}/revisions.json"));
            2 + revisions["revisions"].as_array().unwrap().len()
        })
        .sum::<usize>()
}

fn effective_dates(revisions: &Value) -> Vec<&str> {
    revisions["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["effective"].as_str().unwrap())
        .collect()
}

#[test]
fn the_schemas_are_valid_draft_2020_12_schemas() {
    for name in SCHEMAS {
        let schema = schema(name);
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{name}"
        );
        if let Err(error) = jsonschema::draft202012::meta::validate(&schema) {
            panic!("schemas/{name} is not a valid schema: {error}");
        }
    }
}

#[test]
fn every_document_validates_against_its_schema() {
    let validators = Validators::new();
    let mut checked = 0;
    for fixture in FIXTURES {
        for day in days(fixture) {
            let site = rendered(fixture, day);
            let paths = json_paths(&site);
            let revisions = document(&site, "/api/v1/revisions.json");
            let (documents, notice): (Vec<&&String>, Vec<&&String>) = paths
                .iter()
                .partition(|path| path.starts_with("/api/v1/documents"));
            assert_eq!(
                notice.len(),
                2 + revisions["revisions"].as_array().unwrap().len(),
                "{fixture} on {day}: notice, revisions and one document per revision"
            );
            assert_eq!(
                documents.len(),
                document_count(&site),
                "{fixture} on {day}: the index, and for each document itself, \
                 its revisions and one document per revision"
            );
            for path in paths {
                let errors = validators.errors(path, &document(&site, path));
                assert!(
                    errors.is_empty(),
                    "{fixture} on {day}, {path}:\n{errors:#?}"
                );
                checked += 1;
            }
            let not_found = serde_json::from_slice(&site.api_not_found.body).unwrap();
            let errors = problem_errors(&validators.problem, &not_found);
            assert!(errors.is_empty(), "{fixture} on {day}, 404:\n{errors:#?}");
        }
    }
    assert!(checked > 100, "only {checked} documents checked");
}

#[test]
fn the_schemas_reject_broken_documents() {
    let validators = Validators::new();
    let site = rendered(SHIPPED, date("2025-01-01"));
    let revisions = document(&site, "/api/v1/revisions.json");
    let revision = document(&site, "/api/v1/revisions/2023-04-01.json");
    let notice = document(&site, "/api/v1/notice.json");
    assert!(validators.errors("/api/v1/notice.json", &notice).is_empty());

    // The document at a path, and how to break it.
    type Case<'a> = (&'a str, &'a Value, fn(&mut Value));
    let broken: [Case; 15] = [
        ("/api/v1/revisions.json", &revisions, |d| {
            d["revisions"][0]["seal"]
                .as_object_mut()
                .unwrap()
                .remove("digest");
        }),
        ("/api/v1/revisions.json", &revisions, |d| {
            d["revisions"][0]["seal"]["digest"] = json!("ABCDEF");
        }),
        ("/api/v1/revisions.json", &revisions, |d| {
            d["revisions"][1]["seal"]["files"][0]["sha256"] = json!("0".repeat(63));
        }),
        ("/api/v1/revisions.json", &revisions, |d| {
            d["revisions"][0]["status"] = json!("archived");
        }),
        ("/api/v1/revisions.json", &revisions, |d| {
            d["revisions"][0]["effective"] = json!("1 April 2023");
        }),
        ("/api/v1/revisions.json", &revisions, |d| {
            d["revisions"][0]["surprise"] = json!(true);
        }),
        // A text without its authoritative Japanese (a translation may be
        // missing, or the site may not have its language at all).
        ("/api/v1/revisions.json", &revisions, |d| {
            d["revisions"][0]["title"]
                .as_object_mut()
                .unwrap()
                .remove("ja");
        }),
        ("/api/v1/revisions/2023-04-01.json", &revision, |d| {
            d.as_object_mut().unwrap().remove("purposes");
        }),
        ("/api/v1/revisions/2023-04-01.json", &revision, |d| {
            d["sections"][0]["body"]["ja"] = json!("<p>not split into markdown and html</p>");
        }),
        ("/api/v1/revisions/2023-04-01.json", &revision, |d| {
            d["links"]["self"] = json!("/api/v1/revisions/2023-04-01.json");
        }),
        ("/api/v1/revisions/2023-04-01.json", &revision, |d| {
            d["extra"] = json!("not in the schema");
        }),
        ("/api/v1/notice.json", &notice, |d| {
            d["revision"]["status"] = json!("past");
        }),
        ("/api/v1/notice.json", &notice, |d| {
            d["contact"]["phones"] = json!([]);
        }),
        ("/api/v1/notice.json", &notice, |d| {
            d["contact"]["phones"][0]["tel"] = json!("tel:0300000000");
        }),
        ("/api/v1/revisions.json", &revisions, |d| {
            d["contact"]["phones"][0]
                .as_object_mut()
                .unwrap()
                .remove("fax");
        }),
    ];
    for (index, (path, original, breaking)) in broken.into_iter().enumerate() {
        let mut document = original.clone();
        breaking(&mut document);
        assert_ne!(&document, original, "case {index} changes something");
        assert!(
            !validators.errors(path, &document).is_empty(),
            "case {index}: a broken {path} passes the schema"
        );
    }
}

#[test]
fn the_documents_list_exactly_the_published_revisions_newest_first() {
    let site = rendered(SHIPPED, date("2025-01-01"));
    let revisions = document(&site, "/api/v1/revisions.json");
    assert_eq!(revisions["as_of"], "2025-01-01");
    assert_eq!(revisions["current"], "2024-12-02");
    assert_eq!(
        effective_dates(&revisions),
        ["2024-12-02", "2023-04-01", "2022-04-01"]
    );
    let entries = revisions["revisions"].as_array().unwrap();
    let statuses: Vec<&Value> = entries.iter().map(|e| &e["status"]).collect();
    assert_eq!(statuses, ["current", "past", "past"]);
    assert_eq!(entries[2]["seal"]["previous_digest"], Value::Null);
    for pair in entries.windows(2) {
        assert_eq!(
            pair[0]["seal"]["previous_digest"], pair[1]["seal"]["digest"],
            "each digest is chained to the one before"
        );
    }
    assert_eq!(
        entries[1]["links"]["changes"]["en"],
        "https://kenpo.example.jp/privacy/en/history/2023-04-01/changes/"
    );
    assert_eq!(entries[2]["links"]["changes"], Value::Null);
    assert_eq!(
        revisions["operator"]["name"],
        json!({"ja": "サンプル健康保険組合", "en": "Sample Health Insurance Society"})
    );

    // The notice holds the current revision's own document.
    let notice = document(&site, "/api/v1/notice.json");
    assert_eq!(
        notice["revision"],
        document(&site, "/api/v1/revisions/2024-12-02.json")
    );
    assert_eq!(notice["first_published"], "2022-04-01");
    assert_eq!(notice["upcoming"], json!([]));
    let first = document(&site, "/api/v1/revisions/2022-04-01.json");
    assert_eq!(first["links"]["previous"], Value::Null);
    assert_eq!(
        first["links"]["next"],
        "https://kenpo.example.jp/privacy/api/v1/revisions/2023-04-01.json"
    );
    assert_eq!(first["effective_until"], "2023-03-31");
    let purposes = &first["purposes"]["categories"][0];
    assert_eq!(purposes["id"], "eligibility");
    let section = &first["sections"][0];
    assert_eq!(section["role"], "safety-measures");
    assert!(
        section["body"]["en"]["markdown"]
            .as_str()
            .unwrap()
            .starts_with("## ")
    );
    assert!(
        section["body"]["en"]["html"]
            .as_str()
            .unwrap()
            .starts_with("<h")
    );
}

#[test]
fn the_contact_lists_each_number_with_its_tel_address() {
    let site = rendered("tests/fixtures/pages-contact-numbers", date("2025-01-01"));
    for path in ["/api/v1/notice.json", "/api/v1/revisions.json"] {
        let contact = &document(&site, path)["contact"];
        assert_eq!(
            contact["phone"],
            "06-0000-1234（代表）／0120-000-000（フリーダイヤル）／06-0000-1200 内線 123（総務課）／06-0000-1235（FAX）"
        );
        assert_eq!(
            contact["phones"],
            json!([
                { "number": "06-0000-1234", "tel": "tel:+81-6-0000-1234", "label": { "ja": "代表", "en": "Main" }, "extension": null, "fax": false },
                { "number": "0120-000-000", "tel": "tel:+81-120-000-000", "label": { "ja": "フリーダイヤル", "en": "Toll-free" }, "extension": null, "fax": false },
                { "number": "06-0000-1200", "tel": "tel:+81-6-0000-1200;ext=123", "label": { "ja": "総務課", "en": "General Affairs Section" }, "extension": "123", "fax": false },
                { "number": "06-0000-1235", "tel": null, "label": { "ja": "FAX", "en": "Fax" }, "extension": null, "fax": true },
            ]),
            "{path}"
        );
    }
    // The one-line form keeps its text as written in `phone`.
    let site = rendered("tests/fixtures/check-phone-line", date("2025-01-01"));
    let contact = &document(&site, "/api/v1/notice.json")["contact"];
    assert_eq!(
        contact["phone"],
        "06-0000-1234（代表）／ ０１２０－０００－０００（フリーダイヤル）、03-0000-0000（内線 123）、06-0000-1235 (FAX)"
    );
    assert_eq!(contact["phones"][1]["number"], "0120-000-000");
    assert_eq!(
        contact["phones"][1]["label"],
        json!({ "ja": "フリーダイヤル", "en": null })
    );
    assert_eq!(contact["phones"][2]["extension"], "123");
    assert_eq!(contact["phones"][3]["label"], Value::Null);
    assert_eq!(contact["phones"][3]["fax"], true);
}

#[test]
fn an_untranslated_text_is_null_in_english() {
    let site = rendered("tests/fixtures/pages-untranslated", date("2025-04-01"));
    let revision = document(&site, "/api/v1/revisions/2025-04-01.json");
    let untranslated: Vec<&Value> = revision["sections"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|section| section["body"]["en"].is_null())
        .map(|section| &section["id"])
        .collect();
    assert_eq!(untranslated, ["requests"]);
}

#[tokio::test]
async fn a_revision_is_in_the_open_data_from_its_announcement_and_not_before() {
    let hidden = "2025-10-01";
    let before = rendered(UPCOMING, date("2025-08-31"));
    let revisions = document(&before, "/api/v1/revisions.json");
    assert_eq!(effective_dates(&revisions), ["2025-04-01", "2024-12-02"]);
    for (path, resource) in &before.resources {
        assert!(
            !path.contains(hidden),
            "{path} leaks the unannounced revision"
        );
        if path.starts_with("/api/") {
            let body = std::str::from_utf8(&resource.body).unwrap();
            assert!(!body.contains(hidden), "{path} mentions {hidden}");
        }
    }
    let current = document(&before, "/api/v1/revisions/2025-04-01.json");
    assert_eq!(current["links"]["next"], Value::Null);
    assert_eq!(current["effective_until"], Value::Null);
    let app = kohyo::http::router(before);
    for path in [
        format!("/api/v1/revisions/{hidden}.json"),
        format!("/api/v1/revisions/{hidden}/revision.toml"),
        format!("/api/v1/revisions/{hidden}/purposes.toml"),
    ] {
        assert_eq!(get(&app, &path).await.status, 404, "{path}");
    }

    let announced = rendered(UPCOMING, date("2025-09-01"));
    let revisions = document(&announced, "/api/v1/revisions.json");
    assert_eq!(
        effective_dates(&revisions),
        [hidden, "2025-04-01", "2024-12-02"]
    );
    assert_eq!(revisions["revisions"][0]["status"], "upcoming");
    let notice = document(&announced, "/api/v1/notice.json");
    assert_eq!(notice["revision"]["effective"], "2025-04-01");
    assert_eq!(notice["revision"]["effective_until"], "2025-09-30");
    assert_eq!(notice["upcoming"][0]["effective"], hidden);
    assert_eq!(notice["upcoming"][0]["status"], "upcoming");
    assert_eq!(
        notice["revision"]["links"]["next"],
        format!("https://kenpo.example.jp/privacy/api/v1/revisions/{hidden}.json")
    );
    let app = kohyo::http::router(announced);
    let reply = get(&app, &format!("/api/v1/revisions/{hidden}/revision.toml")).await;
    assert_eq!(reply.status, 200);
}

#[tokio::test]
async fn any_site_may_read_the_open_data_and_only_that() {
    let app = app(SHIPPED, date("2025-01-01"));
    for path in [
        "/api/v1/notice.json",
        "/api/v1/revisions.json",
        "/api/v1/revisions/2022-04-01.json",
        "/api/v1/revisions/2022-04-01/purposes.toml",
        "/api/v1/schemas/revision.schema.json",
        "/api/v1/no-such-document.json",
    ] {
        let reply = get(&app, path).await;
        assert_eq!(reply.header("access-control-allow-origin"), "*", "{path}");
        assert_eq!(
            reply.header("cross-origin-resource-policy"),
            "cross-origin",
            "{path}"
        );
        assert_eq!(
            reply.header("x-content-type-options"),
            "nosniff",
            "{path}: the other security headers stay"
        );
        if reply.status == 200 {
            assert_eq!(reply.header("access-control-expose-headers"), "etag");
        }
    }
    assert_eq!(get(&app, "/api/v1/no-such-document.json").await.status, 404);
    let json = get(&app, "/api/v1/notice.json").await;
    assert_eq!(json.status, 200);
    assert_eq!(json.header("content-type"), "application/json");
    let etag = json.header("etag").to_owned();
    let revalidated = request(
        &app,
        "GET",
        "/api/v1/notice.json",
        &[
            ("if-none-match", &etag),
            ("origin", "https://elsewhere.example"),
        ],
    )
    .await;
    assert_eq!(revalidated.status, 304);
    assert_eq!(revalidated.header("access-control-allow-origin"), "*");
    let head = request(&app, "HEAD", "/api/v1/revisions.json", &[]).await;
    assert_eq!(head.status, 200);
    assert!(head.raw.is_empty());

    for path in ["/ja/", "/en/history/", "/ja/feed.atom", "/missing"] {
        let reply = get(&app, path).await;
        assert_eq!(
            reply.header("cross-origin-resource-policy"),
            "same-origin",
            "{path}"
        );
        assert!(
            !reply.headers.contains_key("access-control-allow-origin"),
            "{path}: the pages are not open to scripts of other sites"
        );
    }

    // A script that sends a header of its own (If-None-Match) is asked about first.
    let preflight = request(
        &app,
        "OPTIONS",
        "/api/v1/revisions.json",
        &[
            ("origin", "https://elsewhere.example"),
            ("access-control-request-method", "GET"),
            ("access-control-request-headers", "if-none-match"),
        ],
    )
    .await;
    assert_eq!(preflight.status, 204);
    assert_eq!(preflight.header("access-control-allow-origin"), "*");
    assert_eq!(
        preflight.header("access-control-allow-methods"),
        "GET, HEAD"
    );
    assert_eq!(preflight.header("access-control-allow-headers"), "*");
    assert!(preflight.raw.is_empty());
    assert_eq!(request(&app, "OPTIONS", "/ja/", &[]).await.status, 405);
    let post = request(&app, "POST", "/api/v1/notice.json", &[]).await;
    assert_eq!(post.status, 405);
    assert_eq!(post.header("allow"), "GET, HEAD");
}

#[tokio::test]
async fn pages_point_programs_to_their_json() {
    let app = app(SHIPPED, date("2025-01-01"));
    for (page, data) in [
        ("/ja/", "/api/v1/notice.json"),
        ("/en/", "/api/v1/notice.json"),
        ("/ja/history/", "/api/v1/revisions.json"),
        (
            "/en/history/2023-04-01/",
            "/api/v1/revisions/2023-04-01.json",
        ),
    ] {
        let html = get(&app, page).await.html();
        let links = select(&html, "link[rel=alternate][type='application/json']");
        assert_eq!(links.len(), 1, "{page}");
        let href = links[0].value().attr("href").unwrap();
        assert_eq!(resolve(page, href), data, "{page}");
        assert_eq!(get(&app, data).await.status, 200);
    }
    let html = get(&app, "/ja/history/2023-04-01/changes/").await.html();
    assert!(select(&html, "link[type='application/json']").is_empty());
}

#[tokio::test]
async fn the_source_files_are_served_byte_for_byte() {
    let app = app(SHIPPED, date("2025-01-01"));
    let site = rendered(SHIPPED, date("2025-01-01"));
    let revisions = document(&site, "/api/v1/revisions.json");
    let mut served = 0;
    for effective in effective_dates(&revisions) {
        let folder = repo_path(&format!("content/revisions/{effective}"));
        let on_disk: BTreeSet<String> = files_under(&folder)
            .iter()
            .map(|file| file.to_str().unwrap().to_owned())
            .collect();
        let revision = document(&site, &format!("/api/v1/revisions/{effective}.json"));
        let listed: BTreeSet<String> = revision["seal"]["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|file| file["name"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(listed, on_disk, "{effective}: every file, and only those");
        for file in revision["seal"]["files"].as_array().unwrap() {
            let name = file["name"].as_str().unwrap();
            let path = format!("/api/v1/revisions/{effective}/{name}");
            assert_eq!(
                file["url"],
                format!("https://kenpo.example.jp/privacy{path}")
            );
            let reply = request(&app, "GET", &path, &[("accept-encoding", "identity")]).await;
            assert_eq!(reply.status, 200, "{path}");
            assert_eq!(reply.header("content-type"), "text/plain; charset=utf-8");
            assert_eq!(
                reply.raw,
                std::fs::read(folder.join(name)).unwrap(),
                "{path}"
            );
            served += 1;
        }
    }
    assert_eq!(served, 24);

    for name in SCHEMAS {
        let reply = get(&app, &format!("/api/v1/schemas/{name}")).await;
        assert_eq!(reply.header("content-type"), "application/json");
        assert_eq!(
            reply.body,
            std::fs::read_to_string(repo_path(&format!("schemas/{name}"))).unwrap(),
            "the committed schema is the one served"
        );
    }
}

/// The shipped content exported as of 2025-01-01 into `out`.
fn export(out: &Path, base_url: &str) {
    let (code, _, stderr) = Kohyo::new([
        "export",
        "--content",
        SHIPPED,
        "--base-url",
        base_url,
        "--as-of",
        "2025-01-01",
        "--out",
        out.to_str().unwrap(),
    ])
    .run();
    assert_eq!(code, 0, "{stderr}");
}

fn sha256_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

#[test]
fn every_digest_recomputed_from_the_exported_files_is_the_published_one() {
    let temp = tempfile::tempdir().unwrap();
    let out = temp.path().join("public");
    export(&out, "https://kenpo.example.jp/privacy/");
    let revisions: Value =
        serde_json::from_slice(&std::fs::read(out.join("api/v1/revisions.json")).unwrap()).unwrap();
    let lock = std::fs::read_to_string(repo_path("content/revisions.lock")).unwrap();
    let mut previous: Option<String> = None;
    let entries = revisions["revisions"].as_array().unwrap();
    assert_eq!(entries.len(), 3);
    for entry in entries.iter().rev() {
        let effective = entry["effective"].as_str().unwrap();
        let seal = &entry["seal"];
        let folder = out.join(format!("api/v1/revisions/{effective}"));
        // The export has compressed siblings beside each file.
        let mut names: Vec<String> = files_under(&folder)
            .iter()
            .map(|file| file.to_str().unwrap().to_owned())
            .filter(|name| !name.ends_with(".br") && !name.ends_with(".gz"))
            .collect();
        names.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
        let listed: Vec<&str> = seal["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|file| file["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, listed, "{effective}: the files, in byte order");

        let mut manifest = format!(
            "kohyo revision digest v1\nprevious {}\n",
            previous.as_deref().unwrap_or("none")
        );
        for (name, file) in names.iter().zip(seal["files"].as_array().unwrap()) {
            let sha256 = sha256_hex(&std::fs::read(folder.join(name)).unwrap());
            assert_eq!(file["sha256"], sha256, "{effective}/{name}");
            manifest.push_str(&format!("{sha256}  {name}\n"));
        }
        let digest = sha256_hex(manifest.as_bytes());
        assert_eq!(seal["digest"], digest, "{effective}");
        assert_eq!(
            seal["previous_digest"],
            json!(previous),
            "{effective}: chained to the revision before"
        );
        assert!(
            lock.contains(&format!("digest = \"{digest}\"")),
            "{effective}: the published digest is the one locked in revisions.lock"
        );
        previous = Some(digest);
    }
}

/// The first fenced block in the README that starts with `start`.
fn readme_block(start: &str) -> String {
    let readme = std::fs::read_to_string(repo_path("README.md")).unwrap();
    let from = readme
        .find(start)
        .unwrap_or_else(|| panic!("the README has no block starting {start:?}"));
    let block = &readme[from..];
    let end = block.find("\n```").expect("the block ends");
    block[..end + 1].to_owned()
}

#[test]
fn the_readme_recipe_recomputes_a_digest_with_sha256sum() {
    static SAID_SO: std::sync::Once = std::sync::Once::new();
    if !runs("sha256sum", &["--version"]) {
        let missing = ["sha256sum (Debian: apt-get install coreutils)".to_owned()];
        missing_tools("the README's sha256sum recipe", &missing, &SAID_SO);
        return;
    }
    let recipe = readme_block("cd public/api/v1/revisions/");
    let temp = tempfile::tempdir().unwrap();
    export(
        &temp.path().join("public"),
        "https://kenpo.example.jp/privacy/",
    );
    let effective = recipe
        .trim_start_matches("cd public/api/v1/revisions/")
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let published: Value = serde_json::from_slice(
        &std::fs::read(
            temp.path()
                .join(format!("public/api/v1/revisions/{effective}.json")),
        )
        .unwrap(),
    )
    .unwrap();
    let digest = published["seal"]["digest"].as_str().unwrap();

    let output = std::process::Command::new("sh")
        .args(["-c", &recipe])
        .current_dir(temp.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(stdout, format!("{digest}  -\n"), "the recipe:\n{recipe}");
    let readme = std::fs::read_to_string(repo_path("README.md")).unwrap();
    assert!(
        readme.contains(&format!("{digest}  -")),
        "the README shows what the recipe prints"
    );
}

/// A static file server (Python's) on a free loopback port, stopped when dropped.
struct StaticServer {
    child: std::process::Child,
    port: u16,
}

impl StaticServer {
    fn start(root: &Path) -> StaticServer {
        use std::io::BufRead;
        let mut child = std::process::Command::new("python3")
            .args(["-u", "-m", "http.server", "0", "--bind", "127.0.0.1"])
            .arg("--directory")
            .arg(root)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("python3 starts");
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        // "Serving HTTP on 127.0.0.1 port 41234 (http://127.0.0.1:41234/) ..."
        let port = line
            .split_whitespace()
            .skip_while(|word| *word != "port")
            .nth(1)
            .and_then(|port| port.parse().ok())
            .unwrap_or_else(|| panic!("no port in {line:?}"));
        StaticServer { child, port }
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn the_readme_script_checks_the_whole_record_over_http() {
    static SAID_SO: std::sync::Once = std::sync::Once::new();
    if !runs("python3", &["--version"]) {
        let missing = ["Python 3 (Debian: apt-get install python3)".to_owned()];
        missing_tools("the README's verification script", &missing, &SAID_SO);
        return;
    }
    let script = readme_block("#!/usr/bin/env python3");
    let temp = tempfile::tempdir().unwrap();
    let script_path = temp.path().join("verify.py");
    std::fs::write(&script_path, &script).unwrap();
    let root = temp.path().join("www");
    std::fs::create_dir(&root).unwrap();
    let server = StaticServer::start(&root);
    let base = format!("http://127.0.0.1:{}/privacy/", server.port);
    export(&root.join("privacy"), &base);
    let verify = || {
        let output = std::process::Command::new("python3")
            .arg(&script_path)
            .arg(format!("{base}api/v1/revisions.json"))
            .output()
            .unwrap();
        (
            output.status.code(),
            String::from_utf8(output.stdout).unwrap(),
            String::from_utf8(output.stderr).unwrap(),
        )
    };

    let (code, stdout, stderr) = verify();
    assert_eq!(code, Some(0), "{stderr}");
    let site = rendered(SHIPPED, date("2025-01-01"));
    let revisions = document(&site, "/api/v1/revisions.json");
    let expected: String = revisions["revisions"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .map(|entry| {
            format!(
                "{} {} ok\n",
                entry["effective"].as_str().unwrap(),
                entry["seal"]["digest"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(stdout, expected);

    // A past revision rewritten on the server no longer matches its digest.
    let tampered = root.join("privacy/api/v1/revisions/2023-04-01/purposes.toml");
    let mut text = std::fs::read_to_string(&tampered).unwrap();
    text.push_str("# changed later\n");
    std::fs::write(&tampered, text).unwrap();
    let (code, stdout, stderr) = verify();
    assert_eq!(code, Some(1), "{stdout}");
    assert_eq!(
        stderr,
        "2023-04-01/purposes.toml: not the file that was published (its SHA-256 differs)\n"
    );
}

/// An error under `/api/`, as a program reads it: a problem document with
/// the status, valid against `schemas/problem.schema.json`, with the open
/// data's CORS headers.
fn problem(validator: &jsonschema::Validator, reply: &crate::support::Reply, status: u16) -> Value {
    assert_eq!(reply.status.as_u16(), status);
    assert_eq!(reply.header("content-type"), "application/problem+json");
    assert_eq!(reply.header("access-control-allow-origin"), "*");
    assert_eq!(reply.header("x-content-type-options"), "nosniff");
    let document: Value = serde_json::from_str(&reply.body).expect("a JSON body");
    let errors = problem_errors(validator, &document);
    assert!(errors.is_empty(), "{status}: {errors:#?}");
    assert_eq!(document["status"], status);
    assert_eq!(document["type"], "about:blank");
    assert_eq!(document["title"], reply.status.canonical_reason().unwrap());
    document
}

#[tokio::test]
async fn errors_of_the_open_data_are_problem_documents() {
    let validator = validator("problem.schema.json");
    let app = app(SHIPPED, date("2025-01-01"));
    let identity = [("accept-encoding", "identity")];
    for path in [
        "/api/v1/no-such-document.json",
        "/api/v1/revisions/2099-01-01.json",
        "/api/",
    ] {
        let reply = request(&app, "GET", path, &identity).await;
        let document = problem(&validator, &reply, 404);
        assert_eq!(reply.header("cache-control"), "max-age=60", "{path}");
        assert_eq!(
            document["detail"],
            "There is no open-data document at this address. The notice and the list of \
             revisions link to every document there is."
        );
        assert_eq!(
            document["links"],
            json!({
                "notice": "https://kenpo.example.jp/privacy/api/v1/notice.json",
                "revisions": "https://kenpo.example.jp/privacy/api/v1/revisions.json",
                "schema": "https://kenpo.example.jp/privacy/api/v1/schemas/problem.schema.json",
            })
        );
    }
    let post = request(&app, "POST", "/api/v1/notice.json", &[]).await;
    assert_eq!(post.header("allow"), "GET, HEAD");
    assert_eq!(
        problem(&validator, &post, 405)["detail"],
        "The open data is read with GET or HEAD (and OPTIONS for a CORS preflight)."
    );
    let no_host = request(&app, "GET", "/api/v1/notice.json", &[("host", "")]).await;
    assert_eq!(
        problem(&validator, &no_host, 400)["detail"],
        "The Host header field is not a host name or address with an optional port \
         (RFC 9112, section 3.2)."
    );
    let names: Vec<String> = (0..70).map(|i| format!("x-field-{i}")).collect();
    let many: Vec<(&str, &str)> = names.iter().map(|name| (name.as_str(), "x")).collect();
    let too_many = request(&app, "GET", "/api/v1/notice.json", &many).await;
    assert_eq!(
        problem(&validator, &too_many, 431)["detail"],
        "The request has more than 64 header fields."
    );
    // The pages keep their HTML 404 page.
    let page = get(&app, "/ja/no-such-page/").await;
    assert_eq!(page.header("content-type"), "text/html; charset=utf-8");
}

#[tokio::test(start_paused = true)]
async fn a_failure_or_a_timeout_under_the_open_data_is_a_problem_too() {
    let validator = validator("problem.schema.json");
    let site = rendered(SHIPPED, date("2025-01-01"));
    async fn boom() -> &'static str {
        panic!("secret internal detail");
    }
    async fn stuck() -> &'static str {
        tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
        "never"
    }
    let routes = axum::Router::new()
        .route("/api/boom", axum::routing::get(boom))
        .route("/api/stuck", axum::routing::get(stuck));
    let app = kohyo::http::with_middleware(routes, site.server_error, Default::default());
    let failed = get(&app, "/api/boom").await;
    let document = problem(&validator, &failed, 500);
    assert!(!failed.body.contains("secret"));
    assert_eq!(failed.header("cache-control"), "no-store");
    assert_eq!(
        document["detail"],
        "Something went wrong in the server; try again in a little while."
    );
    // The clock is paused: the timeout comes as soon as nothing else can happen.
    let timed_out = get(&app, "/api/stuck").await;
    assert_eq!(
        problem(&validator, &timed_out, 503)["detail"],
        "The server took too long to answer; try again in a little while."
    );
}

/// The ids of the documents the shipped example has besides its notice, as
/// its content folder holds them (nothing here depends on their wording).
fn shipped_document_ids() -> Vec<String> {
    load(SHIPPED)
        .documents
        .iter()
        .map(|document| document.id.clone())
        .collect()
}

#[test]
fn the_index_of_documents_lists_the_notice_then_every_document() {
    let site = rendered(SHIPPED, date("2025-08-01"));
    let index = document(&site, "/api/v1/documents.json");
    let entries = index["documents"].as_array().unwrap();
    assert_eq!(entries[0]["id"], Value::Null);
    assert_eq!(entries[0]["kind"], "notice");
    assert_eq!(entries[0]["current"], "2024-12-02");
    assert_eq!(
        entries[0]["links"]["document"],
        "https://kenpo.example.jp/privacy/api/v1/notice.json"
    );
    assert_eq!(
        entries[0]["links"]["feeds"]["atom"]["ja"],
        "https://kenpo.example.jp/privacy/ja/feed.atom"
    );
    let ids: Vec<&str> = entries[1..]
        .iter()
        .map(|entry| entry["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, shipped_document_ids());
    let model = load(SHIPPED);
    for (entry, model) in entries[1..].iter().zip(&model.documents) {
        let id = &model.id;
        assert_eq!(entry["kind"], model.kind.name());
        assert_eq!(
            entry["links"]["document"],
            format!("https://kenpo.example.jp/privacy/api/v1/documents/{id}.json")
        );
        assert_eq!(
            entry["links"]["feeds"]["rss"]["en"],
            format!("https://kenpo.example.jp/privacy/en/{id}/feed.rss")
        );
        // The index and the document agree on what is in effect.
        let current = document(&site, &format!("/api/v1/documents/{id}.json"));
        assert_eq!(entry["current"], current["revision"]["effective"], "{id}");
        assert_eq!(entry["title"], current["revision"]["title"], "{id}");
    }
    assert_eq!(
        index["links"]["feeds"]["atom"]["en"],
        "https://kenpo.example.jp/privacy/en/documents/feed.atom"
    );
}

#[tokio::test]
async fn each_documents_record_is_chained_and_its_files_served_byte_for_byte() {
    let as_of = date("2025-08-01");
    let app = app(SHIPPED, as_of);
    let site = rendered(SHIPPED, as_of);
    let model = load(SHIPPED);
    let mut served = 0;
    for source in &model.documents {
        let id = &source.id;
        let revisions = document(&site, &format!("/api/v1/documents/{id}/revisions.json"));
        assert_eq!(revisions["id"], id.as_str());
        let published: Vec<String> = source
            .revisions
            .iter()
            .rev()
            .filter(|r| r.announced <= as_of)
            .map(|r| r.effective.to_string())
            .collect();
        assert_eq!(effective_dates(&revisions), published, "{id}: newest first");
        let entries = revisions["revisions"].as_array().unwrap();
        assert_eq!(
            entries.last().unwrap()["seal"]["previous_digest"],
            Value::Null
        );
        for pair in entries.windows(2) {
            assert_eq!(
                pair[0]["seal"]["previous_digest"],
                pair[1]["seal"]["digest"]
            );
        }
        for effective in &published {
            let revision = document(
                &site,
                &format!("/api/v1/documents/{id}/revisions/{effective}.json"),
            );
            let folder = repo_path(&format!("content/documents/{id}/revisions/{effective}"));
            let mut manifest = format!(
                "kohyo revision digest v1\nprevious {}\n",
                revision["seal"]["previous_digest"]
                    .as_str()
                    .unwrap_or("none")
            );
            let files = revision["seal"]["files"].as_array().unwrap();
            assert_eq!(files.len(), files_under(&folder).len(), "{id} {effective}");
            for file in files {
                let name = file["name"].as_str().unwrap();
                let path = format!("/api/v1/documents/{id}/revisions/{effective}/{name}");
                assert_eq!(
                    file["url"],
                    format!("https://kenpo.example.jp/privacy{path}")
                );
                let reply = request(&app, "GET", &path, &[("accept-encoding", "identity")]).await;
                assert_eq!(reply.status, 200, "{path}");
                assert_eq!(reply.header("content-type"), "text/plain; charset=utf-8");
                assert_eq!(reply.header("access-control-allow-origin"), "*", "{path}");
                let bytes = std::fs::read(folder.join(name)).unwrap();
                assert_eq!(reply.raw, bytes, "{path}");
                let sha256 = sha256_hex(&bytes);
                assert_eq!(file["sha256"], sha256.as_str());
                manifest.push_str(&format!("{sha256}  {name}\n"));
                served += 1;
            }
            assert_eq!(
                revision["seal"]["digest"],
                sha256_hex(manifest.as_bytes()),
                "{id} {effective}: the digest recomputed from the served files"
            );
        }
    }
    assert!(served > 0);
}

#[test]
fn a_documents_revision_carries_its_structured_body() {
    let site = rendered(SHIPPED, date("2025-08-01"));
    let model = load(SHIPPED);
    for source in &model.documents {
        let id = &source.id;
        let current = document(&site, &format!("/api/v1/documents/{id}.json"));
        let revision = &current["revision"];
        assert_eq!(revision["kind"], source.kind.name());
        let shown = source.revisions.last().unwrap();
        assert_eq!(revision["effective"], shown.effective.to_string());
        assert_eq!(
            revision["sections"].as_array().unwrap().len(),
            shown.sections.len()
        );
        match &shown.body {
            kohyo::content::Body::Policy => {
                assert!(revision.get("arrangements").is_none());
                assert!(revision.get("entries").is_none());
            }
            kohyo::content::Body::JointUse(joint_use) => {
                let arrangements = revision["arrangements"].as_array().unwrap();
                assert_eq!(arrangements.len(), joint_use.arrangements.len());
                for (json, model) in arrangements.iter().zip(&joint_use.arrangements) {
                    assert_eq!(json["id"], model.id.as_str());
                    assert_eq!(json["purposes"]["ja"]["markdown"], model.purposes.ja.source);
                    assert_eq!(json["responsible"]["id"], model.responsible.id.as_str());
                    assert_eq!(
                        json["responsible"]["address"]["ja"],
                        model.responsible.address.ja
                    );
                    assert_eq!(
                        json["responsible"]["corporation"],
                        model.responsible.representative.is_some()
                    );
                }
            }
            kohyo::content::Body::Publications(publications) => {
                let entries = revision["entries"].as_array().unwrap();
                assert_eq!(entries.len(), publications.entries.len());
                let dates: Vec<&str> = entries
                    .iter()
                    .map(|entry| entry["date"].as_str().unwrap())
                    .collect();
                let mut newest_first = dates.clone();
                newest_first.sort_by(|a, b| b.cmp(a));
                assert_eq!(dates, newest_first, "entries newest first");
            }
        }
    }
}

#[test]
fn an_arrangement_says_why_its_items_changed_where_its_revision_declares_it() {
    let validators = Validators::new();
    let site = rendered(DECLARED, date("2025-08-01"));
    let path = "/api/v1/documents/joint-use/revisions/2025-04-01.json";
    let declared = document(&site, path);
    assert_eq!(
        declared["arrangements"][0]["change"],
        json!({"basis": "consent"})
    );
    assert!(validators.errors(path, &declared).is_empty());
    // The revision before declares nothing, and has no such field.
    let before = document(
        &site,
        "/api/v1/documents/joint-use/revisions/2024-04-01.json",
    );
    assert!(before["arrangements"][0].get("change").is_none());
    type Break = fn(&mut Value);
    let broken: [Break; 3] = [
        |d| d["arrangements"][0]["change"]["basis"] = json!("agreed"),
        |d| d["arrangements"][0]["change"] = json!("consent"),
        |d| d["arrangements"][0]["change"] = json!({}),
    ];
    for (index, breaking) in broken.into_iter().enumerate() {
        let mut document = declared.clone();
        breaking(&mut document);
        assert!(
            !validators.errors(path, &document).is_empty(),
            "case {index}: a broken change passes the schema"
        );
    }
}

#[test]
fn a_publication_says_which_event_its_date_is_the_day_of() {
    let validators = Validators::new();
    let site = rendered(PSEUDONYMISED, date("2025-04-01"));
    let path = "/api/v1/documents/anonymised.json";
    let current = document(&site, path);
    let entries = current["revision"]["entries"].as_array().unwrap();
    let events: Vec<(&str, &Value)> = entries
        .iter()
        .map(|entry| (entry["id"].as_str().unwrap(), &entry["event"]))
        .collect();
    assert_eq!(
        events,
        [
            ("research-claims", &json!("acquired")),
            ("checkups-analysis", &json!("purposes-changed")),
            ("checkups-university", &Value::Null),
            ("checkups", &Value::Null),
            // A pseudonymised-purposes entry that does not say.
            ("checkups-statistics", &Value::Null),
        ]
    );
    // Only a pseudonymised-purposes entry has an event.
    let mut broken = current.clone();
    let anonymised = entries
        .iter()
        .position(|entry| entry["kind"] == "anonymised-created")
        .unwrap();
    broken["revision"]["entries"][anonymised]["event"] = json!("acquired");
    assert!(!validators.errors(path, &broken).is_empty());
    let mut broken = current.clone();
    broken["revision"]["entries"][0]["event"] = json!("created");
    assert!(!validators.errors(path, &broken).is_empty());
}

#[test]
fn a_site_without_documents_serves_no_document_data() {
    let site = rendered("tests/fixtures/history-single", date("2025-01-01"));
    for path in site.resources.keys() {
        assert!(!path.contains("/documents"), "{path}");
        assert!(!path.contains("/schemas/document"), "{path}");
    }
}

#[test]
fn the_documents_schemas_reject_broken_documents() {
    let validators = Validators::new();
    let site = rendered(SHIPPED, date("2025-08-01"));
    let ids = shipped_document_ids();
    let index = document(&site, "/api/v1/documents.json");
    let first = &ids[0];
    let one = format!("/api/v1/documents/{first}.json");
    let current = document(&site, &one);
    let list = format!("/api/v1/documents/{first}/revisions.json");
    let revisions = document(&site, &list);
    let joint_use = load(SHIPPED)
        .documents
        .iter()
        .find(|d| d.kind == kohyo::content::Kind::JointUse)
        .map(|d| d.id.clone())
        .expect("the example has a joint use");
    let joint_use_path = format!("/api/v1/documents/{joint_use}.json");
    let joint = document(&site, &joint_use_path);

    type Case<'a> = (&'a str, &'a Value, fn(&mut Value));
    let broken: [Case; 9] = [
        ("/api/v1/documents.json", &index, |d| {
            d["documents"][0]["id"] = json!("notice");
        }),
        ("/api/v1/documents.json", &index, |d| {
            d["documents"][1]["kind"] = json!("leaflet");
        }),
        ("/api/v1/documents.json", &index, |d| {
            d["documents"][1]["id"] = json!("Not A Segment");
        }),
        (&one, &current, |d| {
            d["revision"]["seal"]["files"][0]["name"] = json!("../secret");
        }),
        (&one, &current, |d| {
            d["revision"]["changes_purposes"] = json!(true);
        }),
        (&list, &revisions, |d| {
            d["revisions"][0].as_object_mut().unwrap().remove("note");
        }),
        (&joint_use_path, &joint, |d| {
            d["revision"]["arrangements"][0]["responsible"]["representative"] = Value::Null;
        }),
        (&joint_use_path, &joint, |d| {
            d["revision"]
                .as_object_mut()
                .unwrap()
                .remove("arrangements");
        }),
        (&joint_use_path, &joint, |d| {
            d["revision"]["entries"] = json!([]);
        }),
    ];
    for (index, (path, original, breaking)) in broken.into_iter().enumerate() {
        let mut document = original.clone();
        breaking(&mut document);
        assert_ne!(&document, original, "case {index} changes something");
        assert!(
            !validators.errors(path, &document).is_empty(),
            "case {index}: a broken {path} passes the schema"
        );
    }
}

//! The purposes table in the guidance's shape (business areas split into
//! named groups, explanations under purposes, a description column) on the
//! pages and in the open data, read back against the site model: the
//! table's cells, their headers and languages in both languages, and the
//! JSON's added fields; a table in the seed's shape gets none of them.

use crate::support::Lang;
use kohyo::content::{Multilingual, Prose, Purposes, Site, Text};
use scraper::{ElementRef, Html, Node};
use serde_json::{Value, json};

use crate::support::{app, date, get, load, rendered, select, select_in, text};

const GROUPED: &str = "tests/fixtures/purposes-grouped";
const AS_OF: &str = "2025-01-01";

fn purposes(site: &Site) -> &Purposes {
    &site.revisions[0].body.purposes
}

/// The `lang` a text shown on the page in `lang` must carry.
fn lang_of<T>(value: &Multilingual<T>, lang: Lang) -> Option<&'static str> {
    let shown = value.get(lang).lang;
    (shown != kohyo::lang::Lang::from(lang)).then_some("ja")
}

fn shown(value: &Text, lang: Lang) -> &str {
    value.get(lang).value
}

/// The text of prose as a page shows it, white space collapsed like
/// `support::text` does.
fn prose_text(prose: &Multilingual<Prose>, lang: Lang) -> String {
    let html = Html::parse_fragment(&prose.get(lang).value.html);
    text(html.root_element())
}

/// The text an element holds itself, without that of the elements in it
/// (a list item's purpose, without its explanation).
fn own_text(element: ElementRef<'_>) -> String {
    element
        .children()
        .filter_map(|child| match child.value() {
            Node::Text(text) => Some(text.to_string()),
            _ => None,
        })
        .collect::<String>()
        .trim()
        .to_owned()
}

fn children<'a>(element: ElementRef<'a>) -> Vec<ElementRef<'a>> {
    element.children().filter_map(ElementRef::wrap).collect()
}

/// Asserts that the purposes table of `html` is the fixture's, cell by cell.
fn assert_table(html: &Html, purposes: &Purposes, lang: Lang, page: &str) {
    let table = select(html, "table.purposes")[0];
    let headers = select_in(table, "thead th");
    let expected_headers = [
        &purposes.category_header,
        purposes.description_header.as_ref().unwrap(),
        &purposes.purposes_header,
    ];
    assert_eq!(
        headers.len(),
        3,
        "{page}: category | description | purposes"
    );
    for (th, header) in headers.iter().zip(expected_headers) {
        assert_eq!(th.value().attr("scope"), Some("col"), "{page}");
        assert_eq!(text(*th), shown(header, lang), "{page}");
        assert_eq!(th.value().attr("lang"), lang_of(header, lang), "{page}");
    }

    let rows = select_in(table, "tbody > tr");
    assert_eq!(rows.len(), purposes.categories.len(), "{page}");
    for (row, category) in rows.iter().zip(&purposes.categories) {
        let at = format!("{page}, {}", category.id);
        assert_eq!(
            row.value().attr("id"),
            Some(format!("category-{}", category.id).as_str())
        );
        let cells = children(*row);
        let [header, description, list] = &cells[..] else {
            panic!("{at}: a row header and two cells, not {}", cells.len());
        };
        assert_eq!(header.value().name(), "th", "{at}");
        assert_eq!(header.value().attr("scope"), Some("row"), "{at}");
        assert_eq!(text(*header), shown(&category.name, lang), "{at}");
        assert_eq!(description.value().name(), "td", "{at}");
        match &category.description {
            Some(prose) => {
                assert_eq!(text(*description), prose_text(prose, lang), "{at}");
                let div = select_in(*description, "div.prose")[0];
                assert_eq!(div.value().attr("lang"), lang_of(prose, lang), "{at}");
            }
            None => assert_eq!(text(*description), "", "{at}: an empty cell"),
        }
        assert_eq!(list.value().name(), "td", "{at}");

        // The cell holds, group after group, an optional name and a list
        // (or the word for none), and nothing else.
        let mut blocks = children(*list).into_iter();
        for group in &category.groups {
            let mut list_name = None;
            if let Some(label) = &group.label {
                let name = blocks.next().expect("the group's name");
                assert_eq!(name.value().name(), "p", "{at}");
                assert_eq!(name.value().attr("class"), Some("purposes__group"));
                assert_eq!(text(name), shown(&label.name, lang), "{at}");
                assert_eq!(name.value().attr("lang"), lang_of(&label.name, lang));
                list_name = name.value().attr("id");
                assert_eq!(
                    list_name,
                    Some(format!("category-{}--{}", category.id, label.id).as_str())
                );
            }
            let body = blocks.next().expect("the group's list");
            if group.purposes.is_empty() {
                assert_eq!(body.value().name(), "p", "{at}");
                assert_eq!(body.value().attr("class"), Some("purposes__none"));
                let none = if lang == Lang::Ja { "なし" } else { "None" };
                assert_eq!(text(body), none, "{at}");
                continue;
            }
            assert_eq!(body.value().name(), "ul", "{at}");
            assert_eq!(body.value().attr("aria-labelledby"), list_name, "{at}");
            let items = children(body);
            assert_eq!(items.len(), group.purposes.len(), "{at}");
            for (item, purpose) in items.iter().zip(&group.purposes) {
                assert_eq!(own_text(*item), shown(&purpose.text, lang), "{at}");
                assert_eq!(item.value().attr("lang"), lang_of(&purpose.text, lang));
                let explanations = select_in(*item, "div.purposes__explanation");
                match &purpose.explanation {
                    Some(prose) => {
                        assert_eq!(explanations.len(), 1, "{at}");
                        assert_eq!(text(explanations[0]), prose_text(prose, lang));
                        // Marked where its language differs from the item's.
                        let around = purpose.text.get(lang).lang;
                        let inner = prose.get(lang).lang;
                        assert_eq!(
                            explanations[0].value().attr("lang"),
                            (inner != around).then(|| if inner == Lang::Ja.into() {
                                "ja"
                            } else {
                                "en"
                            }),
                            "{at}"
                        );
                    }
                    None => assert!(explanations.is_empty(), "{at}"),
                }
            }
        }
        assert!(blocks.next().is_none(), "{at}: nothing more in the cell");
    }
}

#[tokio::test]
async fn grouped_purposes_are_cells_under_their_area_and_column_in_both_languages() {
    let site = load(GROUPED);
    let purposes = purposes(&site);
    // The fixture has every variant at once, or the test proves less.
    let categories = &purposes.categories;
    assert!(categories.iter().any(|c| c.groups.len() > 1));
    assert!(categories.iter().any(|c| !c.is_grouped()));
    assert!(categories.iter().any(|c| c.description.is_none()));
    let all_groups = || categories.iter().flat_map(|c| &c.groups);
    assert!(all_groups().any(|g| g.purposes.is_empty()));
    let all_purposes = || categories.iter().flat_map(|c| c.purposes());
    assert!(all_purposes().any(|p| {
        p.explanation
            .as_ref()
            .is_some_and(|e| e.in_lang(Lang::En.into()).is_none())
    }));
    assert!(all_purposes().any(|p| {
        p.explanation
            .as_ref()
            .is_some_and(|e| e.in_lang(Lang::En.into()).is_some())
    }));
    assert!(all_purposes().any(|p| p.text.in_lang(Lang::En.into()).is_none()));

    let app = app(GROUPED, date(AS_OF));
    let effective = site.revisions[0].effective;
    for lang in Lang::ALL {
        for page in [format!("/{lang}/"), format!("/{lang}/history/{effective}/")] {
            let html = get(&app, &page).await.html();
            assert_table(&html, purposes, lang, &page);
        }
    }
}

#[tokio::test]
async fn the_explanation_list_and_an_untranslated_text_are_as_written() {
    // Pinned words, so that the model-driven test above cannot pass on a
    // model that reads the file wrong.
    let html = get(&app(GROUPED, date(AS_OF)), "/en/").await.html();
    let review = select(&html, "#category-benefits--internal + ul > li")[1];
    assert_eq!(own_text(review), "Reviewing medical fee statements");
    let explanation = select_in(review, "div.purposes__explanation")[0];
    assert_eq!(explanation.value().attr("lang"), Some("ja"));
    let items: Vec<String> = select_in(explanation, "li").into_iter().map(text).collect();
    assert_eq!(items, ["診療報酬明細書", "調剤報酬明細書"]);
    let empty = select(&html, "#category-premiums--provision")[0];
    assert_eq!(empty.value().attr("lang"), Some("ja"));
    assert_eq!(text(empty), "他の事業者等への情報提供を伴う事例");
}

fn revision_json() -> Value {
    let site = rendered(GROUPED, date(AS_OF));
    let resource = &site.resources["/api/v1/revisions/2024-12-02.json"];
    serde_json::from_slice(&resource.body).unwrap()
}

fn text_json(value: &Text) -> Value {
    json!({ "ja": value.ja, "en": value.in_lang(Lang::En.into()) })
}

fn prose_json(value: &Multilingual<Prose>) -> Value {
    let one = |p: &Prose| json!({ "markdown": p.source, "html": p.html });
    json!({ "ja": one(&value.ja), "en": value.in_lang(Lang::En.into()).map(one) })
}

#[test]
fn the_open_data_has_the_groups_explanations_and_descriptions_of_the_model() {
    let site = load(GROUPED);
    let purposes = purposes(&site);
    let document = revision_json();
    let table = &document["purposes"];
    assert_eq!(
        table["description_header"],
        text_json(purposes.description_header.as_ref().unwrap())
    );
    let categories = table["categories"].as_array().unwrap();
    assert_eq!(categories.len(), purposes.categories.len());
    for (json, category) in categories.iter().zip(&purposes.categories) {
        assert_eq!(json["id"], category.id.as_str());
        let flat: Vec<Value> = category.purposes().map(|p| text_json(&p.text)).collect();
        assert_eq!(
            json["purposes"],
            Value::Array(flat),
            "every purpose, in order"
        );
        match &category.description {
            Some(prose) => assert_eq!(json["description"], prose_json(prose)),
            None => assert!(json.get("description").is_none(), "{}", category.id),
        }
        let explained = category.purposes().any(|p| p.explanation.is_some());
        if !category.is_grouped() && !explained {
            assert!(json.get("groups").is_none(), "{}", category.id);
            continue;
        }
        let groups: Vec<Value> = category
            .groups
            .iter()
            .map(|group| {
                let label = group.label.as_ref();
                json!({
                    "id": label.map(|l| l.id.as_str()),
                    "name": label.map(|l| text_json(&l.name)),
                    "purposes": group.purposes.iter().map(|p| json!({
                        "text": text_json(&p.text),
                        "explanation": p.explanation.as_ref().map(prose_json),
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        assert_eq!(json["groups"], Value::Array(groups), "{}", category.id);
    }
    // One pinned group, so the comparison above cannot agree with a
    // misreading model.
    assert_eq!(
        categories[1]["groups"][1],
        json!({
            "id": "provision",
            "name": { "ja": "他の事業者等への情報提供を伴う事例", "en": null },
            "purposes": [],
        })
    );
}

#[test]
fn a_table_in_the_seed_shape_has_none_of_the_added_fields() {
    for fixture in ["content", "tests/fixtures/check-valid"] {
        let site = rendered(fixture, date(AS_OF));
        for (path, resource) in &site.resources {
            let document = path.starts_with("/api/v1/") && path.ends_with(".json");
            if !document || path.starts_with("/api/v1/schemas/") {
                continue;
            }
            let body = std::str::from_utf8(&resource.body).unwrap();
            for field in ["\"description_header\"", "\"groups\"", "\"explanation\""] {
                assert!(!body.contains(field), "{fixture} {path} has {field}");
            }
        }
    }
}

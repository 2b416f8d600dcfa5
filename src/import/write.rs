//! The notice → the files of a content folder, as texts: `site.toml`, the
//! first revision's `revision.toml` and `purposes.toml`, and one Markdown
//! file per section. Ids are made from the texts alone, so the same source
//! always gives the same ids.

use std::collections::BTreeSet;
use std::path::PathBuf;

use jiff::civil::Date;

use super::notice::{Category, Notice, Organisation};
use crate::content::build::placeholder::MARKER;
use crate::content::files::toml_string;
use crate::content::layout::{PURPOSES_FILE, REVISION_FILE, REVISIONS_DIR, SITE_FILE};

/// Known names → readable ids; the first word found in a text decides.
const CATEGORY_IDS: [(&str, &str); 7] = [
    ("保険給付", "benefits"),
    ("保険料", "premiums"),
    ("保健事業", "health-programmes"),
    ("審査支払", "claims"),
    ("事業運営", "operations"),
    ("事業の運営", "operations"),
    ("組合運営", "operations"),
];
const GROUP_IDS: [(&str, &str); 2] = [
    ("内部での利用", "internal"),
    ("他の事業者等への情報提供", "provision"),
];
/// Sections: known words → (id, role).
const SECTION_IDS: [(&str, &str, Option<&str>); 7] = [
    ("安全管理", "safety-measures", Some("safety-measures")),
    ("開示等の請求", "requests", Some("requests")),
    ("手続", "requests", Some("requests")),
    ("苦情", "complaints", None),
    ("共同利用", "joint-use", None),
    ("第三者", "third-party-provision", None),
    ("問", "enquiries", None),
];

/// The dates of the revision written.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Dates {
    pub effective: Date,
    pub announced: Date,
}

/// Every file to write, relative to the content folder, in order.
pub(crate) fn files(notice: &Notice, dates: Dates) -> Vec<(PathBuf, String)> {
    let revision = PathBuf::from(REVISIONS_DIR).join(dates.effective.to_string());
    let mut files = vec![
        (PathBuf::from(SITE_FILE), site(&notice.organisation)),
        (revision.join(REVISION_FILE), revision_file(notice, dates)),
        (revision.join(PURPOSES_FILE), purposes(notice)),
    ];
    for (name, text) in sections(notice) {
        files.push((revision.join(name), text));
    }
    files
}

fn text(value: &str) -> String {
    format!("{{ ja = {} }}", toml_string(value))
}

fn long_text(value: &str) -> String {
    let value = value.trim_end();
    if value.contains("\"\"\"") || value.contains('\\') {
        return text(value);
    }
    format!("{{ ja = \"\"\"\n{value}\n\"\"\" }}")
}

fn marked(value: Option<&String>, what: &str) -> String {
    value.map_or_else(|| text(&format!("{MARKER}{what}")), |v| text(v))
}

fn site(found: &Organisation) -> String {
    let mut out = format!(
        "# Written by kohyo import; kohyo check lists each value it could not find in the source.\n\
         base_url = {}\n\n[operator]\nname = {}\naddress = {}\nrepresentative = {}\n\n[contact]\ndesk = {}\naddress = {}\nphone = {}\n",
        toml_string(&format!("{MARKER}https://")),
        marked(found.name.as_ref(), "組合の名称"),
        marked(found.address.as_ref(), "組合の住所"),
        marked(found.representative.as_ref(), "代表者の役職と氏名"),
        marked(found.desk.as_ref(), "窓口の名称"),
        marked(
            found.desk_address.as_ref().or(found.address.as_ref()),
            "窓口の住所"
        ),
        toml_string(
            found
                .phone
                .as_deref()
                .unwrap_or(&format!("{MARKER}電話番号"))
        ),
    );
    if let Some(email) = &found.email {
        out.push_str(&format!("email = {}\n", toml_string(email)));
    }
    out
}

fn title(notice: &Notice) -> &str {
    notice
        .title
        .as_deref()
        .unwrap_or("個人情報保護法に基づく公表事項")
}

fn revision_file(notice: &Notice, dates: Dates) -> String {
    format!(
        "effective = {}\nannounced = {}\nchanges_purposes = true\ntitle = {}\nnote = {}\n",
        dates.effective,
        dates.announced,
        text(title(notice)),
        text(&format!("「{}」を公表しました。", title(notice))),
    )
}

fn purposes(notice: &Notice) -> String {
    let table = &notice.table;
    let category_header = table.category_header.as_deref().unwrap_or("個人情報の類型");
    let purposes_header = table.purposes_header.as_deref().unwrap_or("利用目的");
    let mut out = format!(
        "heading = {}\n",
        text(table.heading.as_deref().unwrap_or("個人情報の利用目的"))
    );
    if !table.intro.is_empty() {
        out.push_str(&format!(
            "intro = {}\n",
            long_text(&table.intro.join("\n\n"))
        ));
    }
    let caption = table
        .caption
        .clone()
        .unwrap_or_else(|| format!("{category_header}と{purposes_header}"));
    out.push_str(&format!(
        "caption = {}\ncategory_header = {}\npurposes_header = {}\n",
        text(&caption),
        text(category_header),
        text(purposes_header)
    ));
    let described = table.categories.iter().any(|c| c.description.is_some());
    if let Some(header) = &table.description_header {
        out.push_str(&format!("description_header = {}\n", text(header)));
    } else if described {
        out.push_str(&format!("description_header = {}\n", text("内容")));
    }
    if !table.notes.is_empty() {
        out.push_str(&format!(
            "notes = {}\n",
            long_text(&join_markdown(&table.notes))
        ));
    }
    let mut ids = BTreeSet::new();
    for (index, category) in table.categories.iter().enumerate() {
        let id = unique(&mut ids, known(&category.name, &CATEGORY_IDS), || {
            format!("category-{}", index + 1)
        });
        category_toml(&mut out, category, &id);
    }
    out
}

fn category_toml(out: &mut String, category: &Category, id: &str) {
    out.push_str(&format!(
        "\n[[category]]\nid = {}\nname = {}\n",
        toml_string(id),
        text(&category.name)
    ));
    if let Some(description) = &category.description {
        out.push_str(&format!("description = {}\n", long_text(description)));
    }
    let grouped = category.groups.iter().any(|g| g.label.is_some());
    let mut ids = BTreeSet::new();
    for (index, group) in category.groups.iter().enumerate() {
        if grouped {
            let label = group.label.as_deref().unwrap_or(MARKER);
            let id = unique(&mut ids, known(label, &GROUP_IDS), || {
                format!("group-{}", index + 1)
            });
            out.push_str(&format!(
                "\n[[category.group]]\nid = {}\nname = {}\n",
                toml_string(&id),
                text(label)
            ));
        }
        if group.purposes.is_empty() {
            out.push_str("purposes = []\n");
            continue;
        }
        out.push_str("purposes = [\n");
        for purpose in &group.purposes {
            let explanation = purpose
                .explanation
                .as_ref()
                .map_or(String::new(), |e| format!(", explanation = {}", text(e)));
            out.push_str(&format!(
                "  {{ ja = {}{explanation} }},\n",
                toml_string(&purpose.text)
            ));
        }
        out.push_str("]\n");
    }
}

/// Markdown lines: list items together, everything else apart.
fn join_markdown(lines: &[String]) -> String {
    let mut out = String::new();
    let mut last_item = false;
    for line in lines {
        let item = line.trim_start().starts_with("- ");
        if !out.is_empty() {
            out.push_str(if item && last_item { "\n" } else { "\n\n" });
        }
        out.push_str(line);
        last_item = item;
    }
    out
}

fn known(text: &str, table: &[(&str, &str)]) -> Option<String> {
    table
        .iter()
        .find(|(word, _)| text.contains(word))
        .map(|(_, id)| (*id).to_owned())
}

/// `wanted` if it is free, else the fallback, else either with a number.
fn unique(
    taken: &mut BTreeSet<String>,
    wanted: Option<String>,
    fallback: impl Fn() -> String,
) -> String {
    let base = wanted
        .filter(|id| !taken.contains(id))
        .unwrap_or_else(fallback);
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

/// The sections' files, with the sections the law requires added, marked
/// to be written, when the source has none.
fn sections(notice: &Notice) -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut ids = BTreeSet::from(["main", "contents", "purposes", "contact"].map(str::to_owned));
    let mut roles = BTreeSet::new();
    let mut add = |title: &str, markdown: &str, files: &mut Vec<(String, String)>| {
        let found = SECTION_IDS.iter().find(|(word, _, _)| title.contains(word));
        let role = found
            .and_then(|(_, _, role)| *role)
            .filter(|r| !roles.contains(*r));
        let number = (files.len() + 1) * 10;
        let id = unique(&mut ids, found.map(|(_, id, _)| (*id).to_owned()), || {
            format!("section-{}", files.len() + 1)
        });
        let role_line = role.map_or(String::new(), |role| {
            roles.insert(role);
            format!("role = \"{role}\"\n")
        });
        let body = markdown.trim_end();
        files.push((
            format!("{number:02}-{id}.ja.md"),
            format!(
                "+++\ntitle = {}\n{role_line}+++\n\n{body}\n",
                toml_string(title)
            ),
        ));
    };
    for section in &notice.sections {
        add(&section.title, &section.markdown, &mut files);
    }
    let has = |id: &str| {
        files
            .iter()
            .any(|(name, text)| name.contains(id) && text.contains("role ="))
    };
    let missing: Vec<(&str, String)> = [
        ("safety-measures", "安全管理措置", "安全管理措置の内容"),
        (
            "requests",
            "開示等の請求等の手続",
            "保有個人データの開示等の請求等の手続",
        ),
    ]
    .into_iter()
    .filter(|(id, _, _)| !has(id))
    .map(|(_, title, what)| (title, format!("{MARKER}{what}を書いてください。")))
    .collect();
    for (title, body) in missing {
        add(title, &body, &mut files);
    }
    files
}

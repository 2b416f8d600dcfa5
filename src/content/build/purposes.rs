//! `purposes.toml`: the table of categories and their purposes of use,
//! with the prose around it.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;

use super::{Builder, File, is_valid_id};
use crate::content::diagnostic::{Diagnostic, Position};
use crate::content::files::{CategoryFile, PurposeFile, PurposesFile};
use crate::content::markdown::Placement;
use crate::content::model::{Category, Group, GroupLabel, Purpose, Purposes};

/// The purposes' introduction and notes sit under the heading `#purposes`.
/// Their ids start `purposes--`, which no section's can: `purposes` is
/// reserved, and a section's ids start with its name and `--`.
const INTRO_PLACEMENT: Placement<'static> = Placement {
    scope: "purposes--intro",
    heading: "purposes",
};
const NOTES_PLACEMENT: Placement<'static> = Placement {
    scope: "purposes--notes",
    heading: "purposes",
};

impl Builder {
    pub(super) fn purposes(&mut self, file: File<'_>) -> Option<Purposes> {
        let raw: PurposesFile = self.parse(file, 0..file.text.len())?;
        if raw.categories.is_empty() {
            self.push(
                Diagnostic::error(file.path, "the purposes table has no categories")
                    .at(Position::START)
                    .hint("add a [[category]] with id, name and purposes: APPI Art. 32(1)(ii) requires the purposes of use to be stated"),
            );
        }
        let mut first_use: BTreeMap<&str, Range<usize>> = BTreeMap::new();
        let categories = raw
            .categories
            .iter()
            .map(|category| {
                let id = &category.get_ref().id;
                self.check_id(file, id, "category id");
                if let Some(first) = first_use.get(id.get_ref().as_str()) {
                    let first_line = Position::at(file.text, first.start).line;
                    self.push(
                        file.error(id.span(), format!("the category id \"{}\" is used twice", id.get_ref()))
                            .hint(format!("each category needs its own id; the first \"{}\" is on line {first_line}", id.get_ref())),
                    );
                } else {
                    first_use.insert(id.get_ref(), id.span());
                }
                self.category(file, category)
            })
            .collect();
        let description_header = raw
            .description_header
            .as_ref()
            .map(|header| self.text(file, header, "the description column header"));
        if description_header.is_none()
            && let Some((name, described)) = raw.categories.iter().find_map(|category| {
                let category = category.get_ref();
                let name = category.name.get_ref().ja.get_ref().trim();
                category.description.as_ref().map(|d| (name, d))
            })
        {
            self.push(
                file.error(
                    described.span(),
                    format!("the category \"{name}\" has a description, but the table has no column for it"),
                )
                .hint("name the column once, at the top of the file next to purposes_header: description_header = { ja = \"…\", en = \"…\" }"),
            );
        }
        Some(Purposes {
            heading: self.text(file, &raw.heading, "the purposes heading"),
            intro: raw
                .intro
                .as_ref()
                .map(|intro| self.prose(file, intro, "the introduction", INTRO_PLACEMENT)),
            caption: self.text(file, &raw.caption, "the table caption"),
            category_header: self.text(file, &raw.category_header, "the category column header"),
            purposes_header: self.text(file, &raw.purposes_header, "the purposes column header"),
            description_header,
            categories,
            notes: raw
                .notes
                .as_ref()
                .map(|notes| self.prose(file, notes, "the notes", NOTES_PLACEMENT)),
        })
    }

    pub(super) fn category(&mut self, file: File<'_>, raw: &Spanned<CategoryFile>) -> Category {
        let category = raw.get_ref();
        let id = category.id.get_ref();
        let name = self.text(
            file,
            &category.name,
            &format!(
                "the category \"{}\"",
                category.name.get_ref().ja.get_ref().trim()
            ),
        );
        let description = category.description.as_ref().map(|description| {
            let scope = format!("purposes--{id}--description");
            let what = format!("the description of the category \"{}\"", name.ja);
            self.prose(file, description, &what, placement(&scope))
        });
        let mut explained = 0;
        let mut groups = Vec::new();
        if let Some(purposes) = &category.purposes {
            if category.groups.is_some() {
                self.push(
                    file.error(
                        purposes.span(),
                        format!("the category \"{}\" has both purposes and groups", name.ja),
                    )
                    .hint("a category lists its purposes either directly (purposes = [ … ]) or in groups ([[category.group]]), not both: move these into one of its groups and delete this list"),
                );
            }
            let purposes = self.purposes_of(file, id, &mut explained, purposes.get_ref());
            groups.push(Group {
                label: None,
                purposes,
            });
        }
        let mut first_use: BTreeMap<&str, Range<usize>> = BTreeMap::new();
        for group in category.groups.iter().flatten() {
            let group = group.get_ref();
            let group_id = &group.id;
            self.check_id(file, group_id, "group id");
            if let Some(first) = first_use.get(group_id.get_ref().as_str()) {
                let first_line = Position::at(file.text, first.start).line;
                self.push(
                    file.error(
                        group_id.span(),
                        format!("the group id \"{}\" is used twice in the category \"{}\"", group_id.get_ref(), name.ja),
                    )
                    .hint(format!("each group of a category needs its own id; the first \"{}\" is on line {first_line}", group_id.get_ref())),
                );
            } else {
                first_use.insert(group_id.get_ref(), group_id.span());
            }
            let group_name = self.text(
                file,
                &group.name,
                &format!("the group \"{}\"", group.name.get_ref().ja.get_ref().trim()),
            );
            let purposes = self.purposes_of(file, id, &mut explained, group.purposes.get_ref());
            groups.push(Group {
                label: Some(GroupLabel {
                    id: group_id.get_ref().clone(),
                    name: group_name,
                }),
                purposes,
            });
        }
        if groups.iter().all(|group| group.purposes.is_empty()) {
            let hint = if category.groups.is_some() {
                "every group of it is empty; list at least one purpose in one of them: purposes = [ { ja = \"…\", en = \"…\" } ]"
            } else {
                "list at least one purpose: purposes = [ { ja = \"…\", en = \"…\" } ]"
            };
            self.push(
                file.error(
                    raw.span(),
                    format!("the category \"{}\" has no purposes", name.ja),
                )
                .hint(hint),
            );
        }
        self.check_repeats(file, category, &groups, &name.ja);
        Category {
            id: id.clone(),
            name,
            description,
            groups,
        }
    }

    /// The purposes of one list, each with its explanation; `explained`
    /// counts the category's purposes so far, which numbers the
    /// explanations' places on the page.
    fn purposes_of(
        &mut self,
        file: File<'_>,
        category_id: &str,
        explained: &mut usize,
        raw: &[Spanned<PurposeFile>],
    ) -> Vec<Purpose> {
        raw.iter()
            .map(|purpose| {
                *explained += 1;
                let ja = purpose.get_ref().text.ja.get_ref().trim();
                if is_none_placeholder(ja) {
                    self.push(
                        file.warning(
                            purpose.get_ref().text.ja.span(),
                            format!("the purpose \"{ja}\" says there are none"),
                        )
                        .hint("delete this entry: a group with no purposes is written purposes = [], and the page then says it has none"),
                    );
                }
                let what = format!("the purpose \"{ja}\"");
                let explanation = purpose.get_ref().explanation.as_ref().map(|explanation| {
                    let scope = format!("purposes--{category_id}--{explained}");
                    let what = format!("the explanation of the purpose \"{ja}\"");
                    self.prose(file, explanation, &what, placement(&scope))
                });
                Purpose {
                    text: self.text(file, purpose, &what),
                    explanation,
                }
            })
            .collect()
    }

    /// A purpose listed twice in a category, in one group or two, says
    /// nothing more, and would make the history count a purpose removed
    /// when the repeat goes.
    fn check_repeats(
        &mut self,
        file: File<'_>,
        raw: &CategoryFile,
        groups: &[Group],
        category_name: &str,
    ) {
        let spans: Vec<Range<usize>> = raw
            .purposes
            .iter()
            .map(|purposes| purposes.get_ref())
            .chain(
                raw.groups
                    .iter()
                    .flatten()
                    .map(|group| group.get_ref().purposes.get_ref()),
            )
            .flatten()
            .map(|purpose| purpose.span())
            .collect();
        let purposes: Vec<&str> = groups
            .iter()
            .flat_map(|group| &group.purposes)
            .map(|purpose| purpose.text.ja.as_str())
            .collect();
        // The group each purpose is listed in, to say where the first is.
        let labels: Vec<Option<&str>> = groups
            .iter()
            .flat_map(|group| {
                let label = group.label.as_ref().map(|label| label.name.ja.as_str());
                group.purposes.iter().map(move |_| label)
            })
            .collect();
        for (index, purpose) in purposes.iter().enumerate() {
            if let Some(first) = purposes[..index].iter().position(|p| p == purpose) {
                let first_line = Position::at(file.text, spans[first].start).line;
                let hint = match labels[first] {
                    Some(group) => format!(
                        "a purpose is listed once, in one group: remove one of them; the first is on line {first_line}, in the group \"{group}\""
                    ),
                    None => format!("remove one of them; the first is on line {first_line}"),
                };
                self.push(
                    file.error(
                        spans[index].clone(),
                        format!(
                            "the purpose \"{purpose}\" is listed twice in the category \"{category_name}\""
                        ),
                    )
                    .hint(hint),
                );
            }
        }
    }

    pub(super) fn check_id(&mut self, file: File<'_>, id: &Spanned<String>, what: &str) {
        if !is_valid_id(id.get_ref()) {
            // The guidance's two groups are the ids most tables need.
            let example = if what == "group id" {
                "internal"
            } else {
                "health-checkups"
            };
            self.push(
                file.error(id.span(), format!("the {what} \"{}\" is not valid", id.get_ref()))
                    .hint(format!("ids use lowercase letters a-z, digits and hyphens, e.g. \"{example}\"; once published an id never changes")),
            );
        }
    }
}

/// The Markdown of a purpose's explanation or a category's description
/// sits in the purposes table, under the heading `#purposes`.
fn placement(scope: &str) -> Placement<'_> {
    Placement {
        scope,
        heading: "purposes",
    }
}

/// Whether a purpose's text only says that there are none, as unions
/// print under a group that has no purposes.
fn is_none_placeholder(text: &str) -> bool {
    let bare =
        text.trim_matches(|c: char| c.is_whitespace() || "・○◯•-－―ー‐（）()「」。.※".contains(c));
    matches!(
        bare,
        "なし"
            | "無し"
            | "該当なし"
            | "該当無し"
            | "特になし"
            | "特に無し"
            | "ありません"
            | "該当するものはありません"
            | "該当ありません"
            | "該当事例なし"
            | "なし。"
    ) || bare.is_empty() && !text.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::content::diagnostic::Severity;

    const HEAD: &str = "heading = { ja = \"利用目的\", en = \"Purposes\" }\ncaption = { ja = \"表\", en = \"Table\" }\ncategory_header = { ja = \"業務\", en = \"Area\" }\npurposes_header = { ja = \"利用目的\", en = \"Purposes\" }\n";

    /// The table of `body` (after the labels), and every problem as
    /// "severity line: message".
    fn read(body: &str) -> (Option<Purposes>, Vec<String>) {
        let text = format!("{HEAD}{body}");
        let mut builder = Builder {
            diagnostics: Vec::new(),
            languages: crate::lang::Languages::japanese_and_english(),
        };
        let file = File {
            path: Path::new("purposes.toml"),
            text: &text,
        };
        let purposes = builder.purposes(file);
        let problems = builder
            .diagnostics
            .iter()
            .map(|d| {
                let line = d.position.map_or(0, |p| p.line);
                let severity = match d.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Note => "note",
                };
                format!("{severity} {line}: {}", d.message)
            })
            .collect();
        (purposes, problems)
    }

    const GROUPED: &str = r#"description_header = { ja = "保有する情報", en = "Information held" }

[[category]]
id = "benefits"
name = { ja = "保険給付", en = "Benefits" }
description = { ja = "レセプト", en = "Claims" }

[[category.group]]
id = "internal"
name = { ja = "内部での利用", en = "Internal use" }
purposes = [
  { ja = "審査", en = "Review", explanation = { ja = "- 様式で", en = "- By form" } },
  { ja = "支払", en = "Payment" },
]

[[category.group]]
id = "provision"
name = { ja = "他の事業者等への提供", en = "Provision" }
purposes = []

[[category]]
id = "premiums"
name = { ja = "保険料", en = "Premiums" }
purposes = [{ ja = "徴収", en = "Collecting" }]
"#;

    #[test]
    fn a_table_may_mix_grouped_and_direct_categories() {
        let (purposes, problems) = read(GROUPED);
        assert_eq!(problems, Vec::<String>::new());
        let purposes = purposes.unwrap();
        assert_eq!(purposes.description_header.unwrap().ja, "保有する情報");
        let [benefits, premiums] = &purposes.categories[..] else {
            panic!("two categories");
        };
        assert!(benefits.is_grouped() && !premiums.is_grouped());
        assert_eq!(benefits.description.as_ref().unwrap().ja.source, "レセプト");
        let labels: Vec<_> = benefits
            .groups
            .iter()
            .map(|g| (g.label.as_ref().unwrap().id.as_str(), g.purposes.len()))
            .collect();
        assert_eq!(labels, [("internal", 2), ("provision", 0)]);
        let review = &benefits.groups[0].purposes[0];
        assert_eq!(review.text.en().map(String::as_str), Some("Review"));
        let explanation = review.explanation.as_ref().unwrap();
        assert_eq!(explanation.ja.html, "<ul>\n<li>様式で</li>\n</ul>\n");
        assert_eq!(premiums.groups.len(), 1);
        assert_eq!(premiums.groups[0].label, None);
        let all: Vec<_> = purposes
            .categories
            .iter()
            .flat_map(|c| c.purposes().map(|p| p.text.ja.as_str()))
            .collect();
        assert_eq!(all, ["審査", "支払", "徴収"]);
    }

    #[test]
    fn group_tables_are_written_as_tables_too() {
        let (purposes, problems) = read(
            "[[category]]\nid = \"a\"\nname = { ja = \"給付\", en = \"B\" }\n[[category.group]]\nid = \"internal\"\nname = { ja = \"内部\", en = \"I\" }\n[[category.group.purposes]]\nja = \"審査\"\nen = \"Review\"\nexplanation = { ja = \"\"\"\n長い説明。\n\"\"\", en = \"Long.\" }\n",
        );
        assert_eq!(problems, Vec::<String>::new());
        let purposes = purposes.unwrap();
        let purpose = &purposes.categories[0].groups[0].purposes[0];
        assert_eq!(purpose.text.ja, "審査");
        assert_eq!(
            purpose.explanation.as_ref().unwrap().ja.html,
            "<p>長い説明。</p>\n"
        );
    }

    #[test]
    fn every_misshapen_group_is_reported_with_its_line() {
        let (_, problems) = read(
            r#"[[category]]
id = "a"
name = { ja = "給付", en = "B" }
description = { ja = "説明", en = "D" }
purposes = [{ ja = "審査", en = "R" }]
[[category.group]]
id = "internal"
name = { ja = "内部", en = "I" }
purposes = [{ ja = "支払", en = "P" }, { ja = "該当なし", en = "None" }]
[[category.group]]
id = "internal"
name = { ja = "提供", en = "P" }
purposes = [{ ja = "支払", en = "P" }]
[[category.group]]
id = "Bad"
name = { ja = "外部", en = "O" }
purposes = []
[[category]]
id = "b"
name = { ja = "保険料", en = "Premiums" }
[[category.group]]
id = "x"
name = { ja = "空", en = "Empty" }
purposes = []
[[category]]
id = "c"
name = { ja = "未記入", en = "Blank" }
"#,
        );
        assert_eq!(
            problems,
            [
                "error 9: the category \"給付\" has both purposes and groups",
                "warning 13: the purpose \"該当なし\" says there are none",
                "error 15: the group id \"internal\" is used twice in the category \"給付\"",
                "error 19: the group id \"Bad\" is not valid",
                "error 17: the purpose \"支払\" is listed twice in the category \"給付\"",
                "error 22: the category \"保険料\" has no purposes",
                "error 29: the category \"未記入\" has no purposes",
                "error 8: the category \"給付\" has a description, but the table has no column for it",
            ]
        );
    }
}

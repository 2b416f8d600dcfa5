//! `purposes.toml`: the table of categories and their purposes of use,
//! with the prose around it.

use std::collections::BTreeMap;
use std::ops::Range;

use toml::Spanned;

use super::{Builder, File, is_valid_id};
use crate::content::diagnostic::{Diagnostic, Position};
use crate::content::files::{CategoryFile, PurposesFile};
use crate::content::markdown::Placement;
use crate::content::model::{Category, Purposes, Text};

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
        Some(Purposes {
            heading: self.text(file, &raw.heading, "the purposes heading"),
            intro: raw
                .intro
                .as_ref()
                .map(|intro| self.prose(file, intro, "the introduction", INTRO_PLACEMENT)),
            caption: self.text(file, &raw.caption, "the table caption"),
            category_header: self.text(file, &raw.category_header, "the category column header"),
            purposes_header: self.text(file, &raw.purposes_header, "the purposes column header"),
            categories,
            notes: raw
                .notes
                .as_ref()
                .map(|notes| self.prose(file, notes, "the notes", NOTES_PLACEMENT)),
        })
    }

    pub(super) fn category(&mut self, file: File<'_>, raw: &Spanned<CategoryFile>) -> Category {
        let category = raw.get_ref();
        let name = self.text(
            file,
            &category.name,
            &format!(
                "the category \"{}\"",
                category.name.get_ref().ja.get_ref().trim()
            ),
        );
        if category.purposes.is_empty() {
            self.push(
                file.error(
                    raw.span(),
                    format!("the category \"{}\" has no purposes", name.ja),
                )
                .hint("list at least one purpose: purposes = [ { ja = \"…\", en = \"…\" } ]"),
            );
        }
        let purposes: Vec<Text> = category
            .purposes
            .iter()
            .map(|purpose| {
                let what = format!("the purpose \"{}\"", purpose.get_ref().ja.get_ref().trim());
                self.text(file, purpose, &what)
            })
            .collect();
        // A purpose listed twice says nothing more, and would make the
        // history count a purpose removed when the repeat goes.
        for (index, purpose) in purposes.iter().enumerate() {
            if let Some(first) = purposes[..index].iter().position(|p| p.ja == purpose.ja) {
                let first_line =
                    Position::at(file.text, category.purposes[first].span().start).line;
                self.push(
                    file.error(
                        category.purposes[index].span(),
                        format!(
                            "the purpose \"{}\" is listed twice in the category \"{}\"",
                            purpose.ja, name.ja
                        ),
                    )
                    .hint(format!(
                        "remove one of them; the first is on line {first_line}"
                    )),
                );
            }
        }
        Category {
            id: category.id.get_ref().clone(),
            name,
            purposes,
        }
    }

    pub(super) fn check_id(&mut self, file: File<'_>, id: &Spanned<String>, what: &str) {
        if !is_valid_id(id.get_ref()) {
            self.push(
                file.error(id.span(), format!("the {what} \"{}\" is not valid", id.get_ref()))
                    .hint("ids use lowercase letters a-z, digits and hyphens, e.g. \"health-checkups\"; once published an id never changes"),
            );
        }
    }
}

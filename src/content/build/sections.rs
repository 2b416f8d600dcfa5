//! The prose sections of a revision (`NN-name.ja.md`, `NN-name.en.md`):
//! their file names, front matter and Markdown, and the sections the law
//! requires.

use std::collections::BTreeMap;
use std::ops::Range;

use super::texts::english_name;
use super::{Builder, File, is_valid_id};
use crate::content::diagnostic::{Diagnostic, Position};
use crate::content::files::FrontMatterFile;
use crate::content::layout::REVISION_FILE;
use crate::content::markdown::{self, FrontMatterError, Placement};
use crate::content::model::{Multilingual, Prose, Role, Section};
use crate::content::ruby::Furigana;
use crate::content::source::RevisionSource;
use crate::lang::Lang;

/// Anchors the notice page uses itself, which a section may not take.
const RESERVED_IDS: [&str; 4] = ["main", "contents", "purposes", "contact"];

impl Builder {
    /// The sections APPI Art. 32 requires to be there, found by role.
    pub(super) fn required_roles(&mut self, source: &RevisionSource, sections: &[Section]) {
        let roles: Vec<Role> = sections.iter().filter_map(|s| s.role).collect();
        for (role, example, what, law) in [
            (
                Role::Requests,
                "20-requests.ja.md",
                "no section explains how to make requests (disclosure, correction, suspension of use)",
                "APPI Art. 32(1)(iii)",
            ),
            (
                Role::SafetyMeasures,
                "10-safety-measures.ja.md",
                "no section describes the safety-management measures",
                "APPI Art. 32(1)(iv) and Cabinet Order Art. 10(1)",
            ),
        ] {
            if !roles.contains(&role) {
                self.push(Diagnostic::error(source.dir(), what).hint(format!(
                    "add a section file (e.g. {example}) whose front matter says role = \"{}\" (required by {law})",
                    role.name()
                )));
            }
        }
    }

    /// The prose sections in file-name order, and whether every Japanese
    /// section file could be read.
    /// The prose sections of a revision whose body is in `body_files`
    /// (`purposes.toml` for the notice).
    pub(super) fn sections(
        &mut self,
        source: &RevisionSource,
        body_files: &[&str],
    ) -> (Vec<Section>, bool) {
        let mut pairs: BTreeMap<&str, SectionFiles<'_>> = BTreeMap::new();
        for name in source.files.keys() {
            if name == REVISION_FILE || body_files.contains(&name.as_str()) {
                continue;
            }
            match parse_section_file_name(name) {
                Some((stem, tag)) => match self.languages.by_tag(tag) {
                    Some(language) if language.is_authoritative() => {
                        pairs.entry(stem).or_default().ja = Some(name);
                    }
                    Some(language) => pairs
                        .entry(stem)
                        .or_default()
                        .translations
                        .push((language.lang, name)),
                    None => {
                        let declared: Vec<&str> =
                            self.languages.iter().map(|l| l.tag.as_str()).collect();
                        self.push(
                            Diagnostic::error(
                                source.path(name),
                                format!("\"{tag}\" is not a language of this site"),
                            )
                            .hint(format!(
                                "name a section NN-name.<language>.md with one of the site's languages, {} (languages in site.toml)",
                                declared.join(", ")
                            )),
                        );
                    }
                },
                None if name.ends_with(".md") => self.push(
                    Diagnostic::error(source.path(name), "this file name is not a section name")
                        .hint("name prose sections NN-name.ja.md and NN-name.en.md, e.g. 10-safety-measures.ja.md: NN sets the order, name is the section's anchor (a-z, 0-9, -)"),
                ),
                None => self.push(
                    Diagnostic::warning(source.path(name), "this file is not part of a revision and is ignored")
                        .hint(format!("a revision holds revision.toml, {} and NN-name.ja.md / NN-name.en.md sections", body_files.join(" or "))),
                ),
            }
        }
        let mut seen_ids: BTreeMap<String, String> = BTreeMap::new();
        let mut sections = Vec::new();
        let mut all_read = true;
        for (stem, SectionFiles { ja, translations }) in pairs {
            let id = stem[3..].to_owned();
            let Some(ja) = ja else {
                for (lang, name) in translations {
                    let tag = &self.languages.get(lang).tag;
                    let message = format!(
                        "this {} section has no Japanese original",
                        english_name(tag)
                    );
                    self.push(
                        Diagnostic::error(source.path(name), message)
                            .hint(format!("Japanese is authoritative: add {stem}.ja.md, or rename this file to match an existing section")),
                    );
                }
                continue;
            };
            if RESERVED_IDS.contains(&id.as_str()) {
                self.push(
                    Diagnostic::error(
                        source.path(ja),
                        format!("the section name \"{id}\" is reserved"),
                    )
                    .hint(format!(
                        "the page uses the anchors {} itself: rename the file",
                        RESERVED_IDS.join(", ")
                    )),
                );
            }
            if let Some(other) = seen_ids.insert(id.clone(), ja.to_owned()) {
                self.push(
                    Diagnostic::error(
                        source.path(ja),
                        format!("the section name \"{id}\" is also used by {other}"),
                    )
                    .hint(
                        "each section needs its own name after the number: rename one of the files",
                    ),
                );
            }
            match self.section(source, id, ja, &translations) {
                Some(section) => sections.push(section),
                None => all_read = false,
            }
        }
        (sections, all_read)
    }

    fn section(
        &mut self,
        source: &RevisionSource,
        id: String,
        ja: &str,
        translations: &[(Lang, &str)],
    ) -> Option<Section> {
        let ja_path = source.path(ja);
        let ja_file = File {
            path: &ja_path,
            text: &source.files[ja],
        };
        // A section's tables and headings take ids after its anchor.
        let placement = Placement {
            scope: &id,
            heading: &id,
        };
        let (ja_head, ja_body) = self.section_file(ja_file, placement, self.furigana(Lang::JA))?;
        let japanese_role = ja_head.role.as_ref().map(|(role, _)| *role);
        let mut title = Multilingual::new(ja_head.title);
        let mut body = Multilingual::new(ja_body);
        for &(lang, name) in translations {
            let path = source.path(name);
            let file = File {
                path: &path,
                text: &source.files[name],
            };
            let Some((head, translated)) = self.section_file(file, placement, self.furigana(lang))
            else {
                continue;
            };
            if let Some((role, span)) = head.role
                && Some(role) != japanese_role
            {
                self.push(
                    file.error(span, "the role differs from the Japanese file's")
                        .hint(format!(
                            "give both files the same role, as in {ja}, or leave it out here"
                        )),
                );
            }
            title = title.with(lang, Some(head.title));
            body = body.with(lang, Some(translated));
        }
        let stem = ja.strip_suffix(".ja.md").unwrap_or(ja);
        let missing: Vec<(String, String)> = self
            .languages
            .translations()
            .filter(|language| translations.iter().all(|(lang, _)| *lang != language.lang))
            .map(|language| (language.tag.clone(), english_name(&language.tag)))
            .collect();
        let warning = match missing.as_slice() {
            [] => None,
            [(tag, name)] => Some((
                format!("this section has no {name} translation"),
                format!(
                    "add {stem}.{tag}.md with the same front matter in {name}; until then the {name} page shows the Japanese text, marked as Japanese"
                ),
            )),
            several => {
                let names: Vec<&str> = several.iter().map(|(_, name)| name.as_str()).collect();
                let files: Vec<String> = several
                    .iter()
                    .map(|(tag, _)| format!("{stem}.{tag}.md"))
                    .collect();
                Some((
                    format!("this section has no translation in {}", names.join(", ")),
                    format!(
                        "add {} with the same front matter in each language; until then those pages show the Japanese text, marked as Japanese",
                        files.join(", ")
                    ),
                ))
            }
        };
        if let Some((message, hint)) = warning {
            self.push(
                Diagnostic::warning(&ja_path, message)
                    .at(Position::START)
                    .hint(hint),
            );
        }
        Some(Section {
            id,
            role: ja_head.role.map(|(role, _)| role),
            title,
            body,
        })
    }

    fn section_file(
        &mut self,
        file: File<'_>,
        placement: Placement<'_>,
        furigana: Furigana,
    ) -> Option<(SectionHead, Prose)> {
        let split = match markdown::split_front_matter(file.text) {
            Ok(split) => split,
            Err(problem) => {
                let message = match problem {
                    FrontMatterError::Missing => "the file does not start with +++ front matter",
                    FrontMatterError::Unclosed => "the +++ front matter is not closed",
                };
                self.push(
                    Diagnostic::error(file.path, message)
                        .at_span(file.text, 0..file.text.len())
                        .hint("start the file with a line +++, then title = \"…\" (and role = \"…\" if it has one), then another line +++"),
                );
                return None;
            }
        };
        let front: FrontMatterFile = self.parse(file, split.front_matter.clone())?;
        // Spans are counted from the start of the front matter, not the file.
        let in_file = |span: Range<usize>| {
            span.start + split.front_matter.start..span.end + split.front_matter.start
        };
        if front.title.get_ref().trim().is_empty() {
            self.push(
                file.error(in_file(front.title.span()), "the section title is empty")
                    .hint("every section needs a heading: write title = \"…\""),
            );
        }
        let start = Position::at(file.text, split.body.start);
        let body = self.markdown(file, &file.text[split.body], start, placement, furigana);
        let head = SectionHead {
            title: front.title.get_ref().trim().to_owned(),
            role: front
                .role
                .map(|role| (*role.get_ref(), in_file(role.span()))),
        };
        Some((head, body))
    }
}

/// The files of one section (by its stem, "10-safety-measures"): the
/// Japanese and each translation's.
#[derive(Default)]
struct SectionFiles<'a> {
    ja: Option<&'a str>,
    translations: Vec<(Lang, &'a str)>,
}

/// The front matter of a section file, with spans counted in the file.
struct SectionHead {
    title: String,
    role: Option<(Role, Range<usize>)>,
}

/// `10-safety-measures.ja.md` → `("10-safety-measures", "ja")`.
fn parse_section_file_name(name: &str) -> Option<(&str, &str)> {
    let (stem, lang) = name.strip_suffix(".md")?.rsplit_once('.')?;
    let (number, id) = stem.split_once('-')?;
    let valid = number.len() == 2
        && number.bytes().all(|b| b.is_ascii_digit())
        && is_valid_id(id)
        && !lang.is_empty()
        && lang.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    valid.then_some((stem, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_file_names() {
        assert_eq!(
            parse_section_file_name("10-safety-measures.ja.md"),
            Some(("10-safety-measures", "ja"))
        );
        assert_eq!(
            parse_section_file_name("20-requests.en.md"),
            Some(("20-requests", "en"))
        );
        assert_eq!(parse_section_file_name("safety.ja.md"), None);
        assert_eq!(parse_section_file_name("1-x.ja.md"), None);
        assert_eq!(parse_section_file_name("10-Safety.ja.md"), None);
        // Any tag is a section's language here; the site's languages decide.
        assert_eq!(parse_section_file_name("10-x.fr.md"), Some(("10-x", "fr")));
        assert_eq!(
            parse_section_file_name("10-x.zh-Hant.md"),
            Some(("10-x", "zh-Hant"))
        );
        assert_eq!(parse_section_file_name("10-x.md"), None);
        assert_eq!(parse_section_file_name("10-x.ja.txt"), None);
    }
}

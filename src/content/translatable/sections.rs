//! The prose sections as a translator sees them: a section's title and its
//! whole Markdown body are one text each, and a translation is written as
//! the section's file in that language, `NN-name.<tag>.md`, with the
//! Japanese file's front matter (its role, and the title translated).

use std::ops::Range;

use toml::de::{DeTable, DeValue};

use crate::content::diagnostic::Position;
use crate::content::files::{string_start, toml_string};
use crate::content::markdown::split_front_matter;

/// A section file's title and body, where they are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct SectionFile {
    pub title: String,
    pub title_line: usize,
    /// The title's value in the file, quotes included.
    title_span: Range<usize>,
    /// The body as written, without the blank lines around it.
    pub body: String,
    pub body_line: usize,
    /// Where the body starts, after the blank lines that follow the front
    /// matter.
    body_start: usize,
}

/// A section file's title and body; `None` when its front matter cannot
/// be read (`check` says why).
pub(super) fn read(text: &str) -> Option<SectionFile> {
    let split = split_front_matter(text).ok()?;
    let front = DeTable::parse(&text[split.front_matter.clone()]).ok()?;
    let (title, span) = front
        .get_ref()
        .iter()
        .find_map(|(key, value)| match value.get_ref() {
            DeValue::String(title) if key.get_ref() == "title" => {
                Some((title.to_string(), value.span()))
            }
            _ => None,
        })?;
    let title_span = span.start + split.front_matter.start..span.end + split.front_matter.start;
    let body = &text[split.body.clone()];
    let body_start = split.body.start + (body.len() - body.trim_start().len());
    // The blank lines before it belong to the layout, and so does the
    // indentation of its first line, if any: only whole lines are skipped.
    let body_start = text[..body_start]
        .rfind('\n')
        .map_or(split.body.start, |i| (i + 1).max(split.body.start));
    Some(SectionFile {
        title: title.trim().to_owned(),
        title_line: Position::at(text, string_start(text, &title_span)).line,
        title_span,
        body: text[body_start..].trim().to_owned(),
        body_line: Position::at(text, body_start).line,
        body_start,
    })
}

/// The section's file in another language, made from `base` (its file in
/// that language if there is one, else the Japanese file) with the title
/// and the body replaced where given. Everything else of `base` (its front
/// matter's other keys and comments, the blank lines after it) is kept.
pub(super) fn write(base: &str, title: Option<&str>, body: Option<&str>) -> Option<String> {
    let file = read(base)?;
    let mut text = String::with_capacity(base.len());
    text.push_str(&base[..file.title_span.start]);
    match title {
        Some(title) => text.push_str(&toml_string(title)),
        None => text.push_str(&base[file.title_span.clone()]),
    }
    text.push_str(&base[file.title_span.end..file.body_start]);
    match body {
        Some(body) => {
            if file.body_start == base.len() && !text.ends_with("\n\n") {
                text.push('\n');
            }
            text.push_str(body.trim());
            text.push('\n');
        }
        None => text.push_str(&base[file.body_start..]),
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const JAPANESE: &str = "+++\n# 見出し\ntitle = \"安全管理措置\"\nrole = \"safety-measures\"\n+++\n\n## 組織的措置\n\n責任者を置いています。\n";

    #[test]
    fn a_section_is_its_title_and_its_body() {
        let file = read(JAPANESE).unwrap();
        assert_eq!(file.title, "安全管理措置");
        assert_eq!(file.title_line, 3);
        assert_eq!(file.body, "## 組織的措置\n\n責任者を置いています。");
        assert_eq!(file.body_line, 7);
        assert_eq!(read("no front matter"), None);
    }

    #[test]
    fn a_translation_keeps_the_japanese_files_front_matter() {
        let written = write(
            JAPANESE,
            Some("Biện pháp \"an toàn\""),
            Some("## Tổ chức\n\nCó người phụ trách."),
        )
        .unwrap();
        assert_eq!(
            written,
            "+++\n# 見出し\ntitle = \"Biện pháp \\\"an toàn\\\"\"\nrole = \"safety-measures\"\n+++\n\n## Tổ chức\n\nCó người phụ trách.\n"
        );
        let read_back = read(&written).unwrap();
        assert_eq!(read_back.title, "Biện pháp \"an toàn\"");
        // The title alone leaves the body as it was.
        let retitled = write(&written, Some("Mới"), None).unwrap();
        assert!(retitled.ends_with("+++\n\n## Tổ chức\n\nCó người phụ trách.\n"));
        assert!(retitled.contains("title = \"Mới\"\n"));
        // A file with no body yet gets one after a blank line.
        assert_eq!(
            write("+++\ntitle = \"x\"\n+++\n", None, Some("b")).unwrap(),
            "+++\ntitle = \"x\"\n+++\n\nb\n"
        );
    }
}

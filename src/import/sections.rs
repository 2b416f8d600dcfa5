//! One of the notice's other parts (safety measures, requests, complaints
//! …) → Markdown, keeping its sub-headings, lists and tables.

use super::blocks::{Block, Line};
use super::marks;

/// Lines a saved page carries around the notice that belong to no part.
const PAGE_FURNITURE: [&str; 6] = [
    "Copyright",
    "©",
    "ページの先頭",
    "トップへ戻る",
    "ページトップ",
    "印刷する",
];

pub(crate) struct SectionWriter {
    title: String,
    markdown: String,
    rows: Vec<(Vec<String>, bool)>,
    last_item: bool,
}

impl SectionWriter {
    pub(crate) fn new(title: &str) -> SectionWriter {
        SectionWriter {
            title: title.to_owned(),
            markdown: String::new(),
            rows: Vec::new(),
            last_item: false,
        }
    }

    /// Adds a block; returns its text when it is page furniture, not part
    /// of the section.
    pub(crate) fn block(&mut self, block: &Block) -> Option<String> {
        match block {
            Block::Heading { text, .. } => self.paragraph(format!("## {}", escape(text)), false),
            Block::Line(line) => {
                let text = marks::trim(&line.text);
                if text == "以上" {
                    return None;
                }
                if PAGE_FURNITURE.iter().any(|word| text.starts_with(word)) {
                    return Some(text.to_owned());
                }
                self.line(line);
            }
            Block::Row { cells, header } => {
                let texts = cells
                    .iter()
                    .map(|cell| {
                        cell.iter()
                            .map(|l| escape(marks::trim(&l.text)))
                            .collect::<Vec<_>>()
                            .join(" ")
                    })
                    .collect();
                self.rows.push((texts, *header));
            }
            Block::TableEnd => self.table(),
            Block::Caption(text) => self.paragraph(escape(text), false),
        }
        None
    }

    fn line(&mut self, line: &Line) {
        let (marker, text) = marks::item(&line.text);
        let item = line.item || marker.is_some_and(|m| m != '※');
        if item {
            let indent = "  ".repeat(line.depth);
            self.paragraph(format!("{indent}- {}", escape(text)), true);
        } else {
            self.paragraph(escape(marks::trim(&line.text)), false);
        }
    }

    fn paragraph(&mut self, text: String, item: bool) {
        if !self.markdown.is_empty() {
            self.markdown
                .push_str(if item && self.last_item { "\n" } else { "\n\n" });
        }
        self.markdown.push_str(&text);
        self.last_item = item;
    }

    /// The rows read since the last table: a table without a header row
    /// and two columns reads as sub-headings with their text (as the
    /// safety measures usually are); any other as a Markdown table.
    fn table(&mut self) {
        let rows = std::mem::take(&mut self.rows);
        if rows.is_empty() {
            return;
        }
        let width = rows.iter().map(|(cells, _)| cells.len()).max().unwrap_or(0);
        if width == 2 && !rows[0].1 {
            for (cells, _) in rows {
                self.paragraph(format!("## {}", cells[0]), false);
                if let Some(text) = cells.get(1).filter(|t| !t.is_empty()) {
                    self.paragraph(text.clone(), false);
                }
            }
            return;
        }
        let line = |cells: &[String]| {
            let mut cells = cells.to_vec();
            cells.resize(width, String::new());
            format!("| {} |", cells.join(" | "))
        };
        let mut table = vec![line(&rows[0].0), format!("|{}", " --- |".repeat(width))];
        table.extend(rows[1..].iter().map(|(cells, _)| line(cells)));
        self.paragraph(table.join("\n"), false);
    }

    pub(crate) fn finish(mut self) -> (String, String) {
        self.table();
        (self.title, self.markdown)
    }
}

/// Escapes what Markdown would read as markup in a line of plain text.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '<' | '>' | '*' | '_' | '`' | '|' | '[' | ']' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_section_keeps_lists_and_tables() {
        let mut writer = SectionWriter::new("安全管理措置");
        let row = |a: &str, b: &str, header| Block::Row {
            cells: vec![vec![Line::new(a, 0, false)], vec![Line::new(b, 0, false)]],
            header,
        };
        writer.block(&row("組織的", "責任者を置く", false));
        writer.block(&Block::TableEnd);
        writer.block(&Block::Line(Line::new("・研修<1>", 0, false)));
        writer.block(&Block::Line(Line::new("・点検", 0, false)));
        writer.block(&row("種類", "方法", true));
        writer.block(&row("開示", "書面", false));
        writer.block(&Block::TableEnd);
        assert_eq!(
            writer.block(&Block::Line(Line::new("Copyright 2025", 0, false))),
            Some("Copyright 2025".into())
        );
        writer.block(&Block::Line(Line::new("以上", 0, false)));
        assert_eq!(
            writer.finish(),
            (
                "安全管理措置".into(),
                "## 組織的\n\n責任者を置く\n\n- 研修\\<1\\>\n- 点検\n\n| 種類 | 方法 |\n| --- | --- |\n| 開示 | 書面 |".into()
            )
        );
    }
}

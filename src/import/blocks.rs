//! A source as a flat run of blocks, the one shape the outline reader
//! understands: headings, lines (paragraphs or list items, with their
//! nesting) and table rows, each with its line in the source. The HTML
//! reader and the plain-text reader below both produce it.

use super::marks;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    /// An HTML heading (`<h1>`…`<h6>`) or a Markdown `#` line.
    Heading { level: u8, text: String },
    /// A paragraph or a list item; `depth` counts nesting (list levels or
    /// indentation), `item` says the source made it a list item.
    Line(Line),
    /// One row of a table: each cell as its lines.
    Row { cells: Vec<Vec<Line>>, header: bool },
    /// A table's `<caption>`.
    Caption(String),
    /// The end of a run of rows.
    TableEnd,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    pub text: String,
    pub depth: usize,
    pub item: bool,
}

/// A block and the source line it starts on (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Located {
    pub block: Block,
    pub line: usize,
}

impl Line {
    pub(crate) fn new(text: impl Into<String>, depth: usize, item: bool) -> Line {
        Line {
            text: text.into(),
            depth,
            item,
        }
    }
}

impl Block {
    /// The block's text, as one line, for messages.
    pub(crate) fn text(&self) -> String {
        match self {
            Block::Heading { text, .. } | Block::Line(Line { text, .. }) | Block::Caption(text) => {
                text.clone()
            }
            Block::Row { cells, .. } => cells
                .iter()
                .map(|cell| {
                    cell.iter()
                        .map(|line| line.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
                .join(" | "),
            Block::TableEnd => String::new(),
        }
    }
}

/// Plain text (the shape of a notice copied out of a page or a word
/// processor): tab-separated lines are table rows, `#` lines headings,
/// `- ` lines list items, leading spaces nesting.
pub(crate) fn from_text(text: &str) -> Vec<Located> {
    let mut blocks = Vec::new();
    let mut in_table = false;
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let content = marks::trim(raw);
        if content.is_empty() {
            continue;
        }
        if raw.contains('\t') {
            let cells = raw
                .split('\t')
                .map(|cell| {
                    let cell = marks::trim(cell);
                    if cell.is_empty() {
                        Vec::new()
                    } else {
                        vec![Line::new(cell, 0, false)]
                    }
                })
                .collect();
            blocks.push(Located {
                block: Block::Row {
                    cells,
                    header: false,
                },
                line,
            });
            in_table = true;
            continue;
        }
        if in_table {
            blocks.push(Located {
                block: Block::TableEnd,
                line,
            });
            in_table = false;
        }
        let hashes = content.chars().take_while(|&c| c == '#').count();
        let block = if (1..=6).contains(&hashes) && content[hashes..].starts_with(' ') {
            Block::Heading {
                level: hashes as u8,
                text: marks::trim(&content[hashes..]).to_owned(),
            }
        } else {
            let indent: usize = raw
                .chars()
                .take_while(|c| *c == ' ' || *c == '\u{3000}')
                .map(|c| if c == ' ' { 1 } else { 2 })
                .sum();
            let markdown_item = ["- ", "* ", "+ "].iter().any(|m| content.starts_with(m));
            let text = if markdown_item {
                marks::trim(&content[2..])
            } else {
                content
            };
            Block::Line(Line::new(text, indent / 2, markdown_item))
        };
        blocks.push(Located { block, line });
    }
    if in_table {
        blocks.push(Located {
            block: Block::TableEnd,
            line: text.lines().count(),
        });
    }
    blocks
}

/// Finds the line a text comes from in a source that is not read line by
/// line (an HTML page): the next place after the last one found where its
/// first characters occur.
pub(crate) struct Locator<'a> {
    source: &'a str,
    cursor: usize,
}

impl<'a> Locator<'a> {
    pub(crate) fn new(source: &'a str) -> Locator<'a> {
        Locator { source, cursor: 0 }
    }

    /// Moves past what comes before `fragment` in the source, when found.
    pub(crate) fn skip_to(&mut self, fragment: &str) {
        if let Some(at) = self.source[self.cursor..].find(fragment) {
            self.cursor += at;
        }
    }

    pub(crate) fn line_of(&mut self, text: &str) -> usize {
        let probe: String = marks::trim(text).chars().take(6).collect();
        let at = match self.source[self.cursor..].find(&probe) {
            Some(found) if !probe.is_empty() => {
                let at = self.cursor + found;
                self.cursor = at + probe.len();
                at
            }
            _ => self.cursor,
        };
        self.source[..at].matches('\n').count() + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_lines_become_blocks() {
        let blocks = from_text("題\n\na\tb、c\nx\ty\n\n- (1) 項目\n  説明\n## 見出し\n");
        let kinds: Vec<(usize, &Block)> = blocks.iter().map(|b| (b.line, &b.block)).collect();
        assert_eq!(kinds[0], (1, &Block::Line(Line::new("題", 0, false))));
        assert!(matches!(kinds[1], (3, Block::Row { cells, .. }) if cells.len() == 2));
        assert_eq!(kinds[3], (6, &Block::TableEnd));
        assert_eq!(kinds[4], (6, &Block::Line(Line::new("(1) 項目", 0, true))));
        assert_eq!(kinds[5], (7, &Block::Line(Line::new("説明", 1, false))));
        assert_eq!(
            kinds[6],
            (
                8,
                &Block::Heading {
                    level: 2,
                    text: "見出し".into()
                }
            )
        );
    }

    #[test]
    fn the_locator_moves_forward() {
        let mut locator = Locator::new("<p>a</p>\n<p>保険給付</p>\n<p>保険給付</p>");
        assert_eq!(locator.line_of("保険給付の実施"), 1);
        assert_eq!(locator.line_of("保険給付"), 2);
    }
}

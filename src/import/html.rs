//! A saved HTML page → blocks, read with a browser's parser (html5ever,
//! through `scraper`) so that a page that displays reads the same here:
//! headings, paragraphs split at `<br>`, list items with their nesting,
//! and table rows with `rowspan` cells repeated as blank (a merged cell
//! continues the row above).

use scraper::{ElementRef, Html, Node, Selector};

use super::blocks::{Block, Line, Located, Locator};
use super::marks;

/// Elements that CMS themes wrap the page's own content in, most telling
/// first; the site's header, menus, sidebar and footer lie outside them.
const MAIN_CONTENT: [&str; 10] = [
    "main",
    "[role=main]",
    "#main",
    "#main-content",
    "#maincontent",
    "#content",
    "#contents",
    ".main-content",
    "article",
    "#primary",
];

/// A saved page: the blocks of its main content, its `<title>`, and the
/// lines of the whole page (the union's address is often in the footer).
pub(crate) struct Page {
    pub blocks: Vec<Located>,
    pub title: Option<String>,
    pub lines: Vec<String>,
}

pub(crate) fn read(source: &str) -> Page {
    let page = Html::parse_document(source);
    let mut whole = Walker::new(Locator::new(source));
    whole.walk(page.root_element());
    whole.flush();
    let lines = super::all_lines(&whole.blocks);
    let blocks = match main_content(&page) {
        Some(main) => {
            let mut walker = Walker::new(Locator::new(source));
            // The locator finds the main content's lines after the page's
            // header, not in its menus.
            let start = match main.value().id() {
                Some(id) => format!("id=\"{id}\""),
                None => format!("<{}", main.value().name()),
            };
            walker.locator.skip_to(&start);
            walker.element(main);
            walker.flush();
            walker.blocks
        }
        None => whole.blocks,
    };
    Page {
        blocks,
        title: whole.title,
        lines,
    }
}

/// The element holding the page's own content, when the page marks one
/// and it holds the purposes of use.
fn main_content(page: &Html) -> Option<ElementRef<'_>> {
    MAIN_CONTENT.iter().find_map(|selector| {
        let selector = Selector::parse(selector).ok()?;
        page.select(&selector)
            .find(|element| element.text().collect::<String>().contains("利用目的"))
    })
}

/// A table used to lay the page out rather than to hold data: one that
/// holds another table, or whose rows have one cell each.
fn is_layout(table: ElementRef<'_>) -> bool {
    let nested = table
        .descendants()
        .skip(1)
        .filter_map(ElementRef::wrap)
        .any(|e| e.value().name() == "table");
    let single = table
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "tr")
        .all(|row| {
            row.children()
                .filter_map(ElementRef::wrap)
                .filter(|c| matches!(c.value().name(), "td" | "th"))
                .count()
                <= 1
        });
    nested || single
}

struct Walker<'a> {
    blocks: Vec<Located>,
    buffer: String,
    locator: Locator<'a>,
    title: Option<String>,
    /// Open lists around the current point.
    lists: usize,
    /// Extra depth for indented blocks (`<dd>`, `<blockquote>`).
    indent: usize,
    /// Inside a list item: the next line is the item, later ones continue it.
    item: Option<bool>,
}

impl<'a> Walker<'a> {
    fn new(locator: Locator<'a>) -> Walker<'a> {
        Walker {
            blocks: Vec::new(),
            buffer: String::new(),
            locator,
            title: None,
            lists: 0,
            indent: 0,
            item: None,
        }
    }

    fn flush(&mut self) {
        let text = marks::trim(&self.buffer.replace(BREAK, " ")).to_owned();
        self.buffer.clear();
        if text.is_empty() {
            return;
        }
        let depth = self.lists.saturating_sub(1) + self.indent;
        let line = match self.item {
            Some(true) => {
                self.item = Some(false);
                Line::new(text, depth, true)
            }
            Some(false) => Line::new(text, depth + 1, false),
            None => Line::new(text, depth, false),
        };
        let at = self.locator.line_of(&line.text);
        self.blocks.push(Located {
            block: Block::Line(line),
            line: at,
        });
    }

    fn walk(&mut self, element: ElementRef<'_>) {
        for child in element.children() {
            match child.value() {
                Node::Text(text) => push_text(&mut self.buffer, text),
                Node::Element(_) => {
                    if let Some(child) = ElementRef::wrap(child) {
                        self.element(child);
                    }
                }
                _ => {}
            }
        }
    }

    fn element(&mut self, element: ElementRef<'_>) {
        let name = element.value().name();
        match name {
            "script" | "style" | "noscript" | "template" | "nav" | "button" | "select" => {}
            "title" => {
                let title = text_of(element);
                if !title.is_empty() && self.title.is_none() {
                    self.title = Some(title);
                }
            }
            "br" => self.flush(),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let text = text_of(element);
                if !text.is_empty() {
                    let line = self.locator.line_of(&text);
                    let level = name.as_bytes()[1] - b'0';
                    self.blocks.push(Located {
                        block: Block::Heading { level, text },
                        line,
                    });
                }
            }
            "ul" | "ol" => {
                self.flush();
                let outer = self.item.take();
                self.lists += 1;
                self.walk(element);
                self.flush();
                self.lists -= 1;
                self.item = outer;
            }
            "li" => {
                self.flush();
                let outer = self.item.replace(true);
                // A list item outside any list still reads as one.
                let lists = self.lists;
                self.lists = self.lists.max(1);
                self.walk(element);
                self.flush();
                self.lists = lists;
                self.item = outer;
            }
            "dd" | "blockquote" => {
                self.flush();
                self.indent += 1;
                self.walk(element);
                self.flush();
                self.indent -= 1;
            }
            "table" if is_layout(element) => {
                self.flush();
                self.walk(element);
                self.flush();
            }
            "table" => {
                self.flush();
                self.table(element);
            }
            "td" | "th" => {
                // A layout table's cell: a block of the page.
                self.flush();
                self.walk(element);
                self.flush();
            }
            "p" | "div" | "section" | "article" | "main" | "header" | "footer" | "aside" | "dl"
            | "dt" | "address" | "body" | "html" | "center" | "form" | "pre" | "caption"
            | "figure" | "figcaption" | "hr" | "head" => {
                self.flush();
                self.walk(element);
                self.flush();
            }
            _ => self.walk(element),
        }
    }

    fn table(&mut self, table: ElementRef<'_>) {
        if let Some(caption) = table
            .children()
            .filter_map(ElementRef::wrap)
            .find(|child| child.value().name() == "caption")
        {
            let text = text_of(caption);
            let line = self.locator.line_of(&text);
            self.blocks.push(Located {
                block: Block::Caption(text),
                line,
            });
        }
        // Columns still covered by a cell above: (column, rows left).
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for row in table.descendants().filter_map(ElementRef::wrap) {
            let own = row
                .ancestors()
                .filter_map(ElementRef::wrap)
                .find(|a| a.value().name() == "table")
                .map(|nearest| nearest.id());
            if row.value().name() != "tr" || own != Some(table.id()) {
                continue;
            }
            let in_head = row
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| a.value().name() == "thead");
            let mut cells: Vec<Vec<Line>> = Vec::new();
            let mut all_th = true;
            let mut next_spans = Vec::new();
            for cell in row.children().filter_map(ElementRef::wrap) {
                let name = cell.value().name();
                if name != "td" && name != "th" {
                    continue;
                }
                while let Some(&(_, left)) = spans.iter().find(|(column, _)| *column == cells.len())
                {
                    let column = cells.len();
                    cells.push(Vec::new());
                    if left > 1 {
                        next_spans.push((column, left - 1));
                    }
                }
                all_th &= name == "th";
                let rowspan: usize = cell
                    .value()
                    .attr("rowspan")
                    .and_then(|n| n.trim().parse().ok())
                    .unwrap_or(1);
                if rowspan > 1 {
                    next_spans.push((cells.len(), rowspan - 1));
                }
                cells.push(cell_lines(cell));
            }
            for &(column, left) in &spans {
                if column >= cells.len() {
                    cells.push(Vec::new());
                    if left > 1 {
                        next_spans.push((column, left - 1));
                    }
                }
            }
            spans = next_spans;
            if cells.iter().all(Vec::is_empty) {
                continue;
            }
            let first = cells
                .iter()
                .flatten()
                .next()
                .map_or(String::new(), |line| line.text.clone());
            let line = self.locator.line_of(&first);
            self.blocks.push(Located {
                block: Block::Row {
                    cells,
                    header: in_head || all_th,
                },
                line,
            });
        }
        let line = self.locator.line_of("");
        self.blocks.push(Located {
            block: Block::TableEnd,
            line,
        });
    }
}

/// A cell's content as lines: its paragraphs, `<br>`-separated lines and
/// list items.
fn cell_lines(cell: ElementRef<'_>) -> Vec<Line> {
    let mut walker = Walker::new(Locator::new(""));
    walker.walk(cell);
    walker.flush();
    walker
        .blocks
        .into_iter()
        .filter_map(|located| match located.block {
            Block::Line(line) => Some(line),
            Block::Heading { text, .. } => Some(Line::new(text, 0, false)),
            _ => None,
        })
        .collect()
}

fn text_of(element: ElementRef<'_>) -> String {
    let mut text = String::new();
    for piece in element.text() {
        push_text(&mut text, piece);
    }
    marks::trim(&text.replace(BREAK, " ")).to_owned()
}

/// Stands for a line break in the page's source until the next character
/// decides whether it shows as a space.
const BREAK: char = '\u{0}';

/// Adds text as a browser shows it: runs of spaces and line breaks as one
/// space, none at all where a line break falls between two Japanese
/// characters.
fn push_text(buffer: &mut String, text: &str) {
    for c in text.chars() {
        let c = if c == '\u{a0}' { ' ' } else { c };
        if c.is_ascii_whitespace() {
            let ends_blank = buffer.is_empty() || buffer.ends_with([' ', BREAK]);
            if matches!(c, '\n' | '\r') {
                if buffer.ends_with(' ') {
                    buffer.pop();
                }
                if !buffer.is_empty() && !buffer.ends_with(BREAK) {
                    buffer.push(BREAK);
                }
            } else if !ends_blank {
                buffer.push(' ');
            }
        } else {
            if buffer.ends_with(BREAK) {
                buffer.pop();
                let before = buffer.chars().next_back();
                if !(before.is_some_and(wide) && wide(c)) {
                    buffer.push(' ');
                }
            }
            buffer.push(c);
        }
    }
}

fn wide(c: char) -> bool {
    !c.is_ascii()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(blocks: &[Located]) -> Vec<String> {
        blocks
            .iter()
            .map(|b| match &b.block {
                Block::Heading { level, text } => format!("{}:h{level} {text}", b.line),
                Block::Line(line) => format!(
                    "{}:{}{}{}",
                    b.line,
                    "  ".repeat(line.depth),
                    if line.item { "- " } else { "" },
                    line.text
                ),
                Block::Row { header, .. } => {
                    format!(
                        "{}:row{} {}",
                        b.line,
                        if *header { "*" } else { "" },
                        b.block.text()
                    )
                }
                Block::TableEnd => "end".to_owned(),
                Block::Caption(text) => format!("caption {text}"),
            })
            .collect()
    }

    #[test]
    fn the_main_content_and_layout_tables() {
        let page = "<body><div id=\"gnav\"><ul><li>ホーム</li></ul></div>\n<div id=\"main\"><h2>利用目的</h2>\n<table><tr><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>\n<table><tr><td>一行目<br>二行目</td></tr></table></div>\n<div id=\"footer\">〒100-0001 見本町</div></body>";
        let Page {
            blocks,
            lines: page_lines,
            ..
        } = read(page);
        assert_eq!(
            lines(&blocks),
            [
                "2:h2 利用目的",
                "3:row a | b",
                "end",
                "4:一行目",
                "4:二行目"
            ]
        );
        assert!(
            page_lines.iter().any(|l| l.starts_with('〒')),
            "{page_lines:?}"
        );
    }

    #[test]
    fn a_page_reads_as_blocks() {
        let page = "<html><head><title>公表事項</title></head><body>\n<h2>1. 利用目的</h2>\n<p>前文<br>二行目</p>\n<ul><li>保険給付\n<ul><li>説明</li></ul></li>\n<li>徴収<br>続き</li></ul>\n<table><tr><th>類型</th><th>目的</th></tr>\n<tr><td rowspan=\"2\">資格</td><td>管理</td></tr>\n<tr><td>徴収</td></tr></table></body></html>";
        let Page { blocks, title, .. } = read(page);
        assert_eq!(title.as_deref(), Some("公表事項"));
        assert_eq!(
            lines(&blocks),
            [
                "2:h2 1. 利用目的",
                "3:前文",
                "3:二行目",
                "4:- 保険給付",
                "5:  - 説明",
                "6:- 徴収",
                "6:  続き",
                "7:row* 類型 | 目的",
                "8:row 資格 | 管理",
                "9:row  | 徴収",
                "end",
            ]
        );
    }
}

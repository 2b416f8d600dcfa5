//! Markdown in content: splitting off `+++` TOML front matter, and rendering
//! CommonMark to HTML that is safe to put on a public page. Raw HTML is
//! never passed through and dangerous link schemes are dropped (comrak's
//! safe mode); both are also reported, so staff learn why text vanished.

use std::ops::Range;

use comrak::nodes::{AstNode, NodeValue};
use comrak::{Arena, Options, format_html, parse_document};

/// A Markdown file split into its front matter and body, as byte ranges of
/// the file so that errors in either point at lines of the file.
#[derive(Debug, PartialEq, Eq)]
pub struct Split {
    pub front_matter: Range<usize>,
    pub body: Range<usize>,
}

const FENCE: &str = "+++";

/// Finds the `+++` fenced front matter at the top of a Markdown file.
pub fn split_front_matter(text: &str) -> Result<Split, FrontMatterError> {
    let mut lines = line_ranges(text);
    match lines.next() {
        Some(first) if text[first.clone()].trim_end() == FENCE => {
            let start = next_line_start(text, first.end);
            for line in lines {
                if text[line.clone()].trim_end() == FENCE {
                    return Ok(Split {
                        front_matter: start..line.start,
                        body: next_line_start(text, line.end)..text.len(),
                    });
                }
            }
            Err(FrontMatterError::Unclosed)
        }
        _ => Err(FrontMatterError::Missing),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrontMatterError {
    Missing,
    Unclosed,
}

/// The byte ranges of each line, without the line break.
fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = 0;
    text.split_inclusive('\n').map(move |line| {
        let range = start..start + line.trim_end_matches(['\n', '\r']).len();
        start += line.len();
        range
    })
}

fn next_line_start(text: &str, line_end: usize) -> usize {
    text[line_end..]
        .find('\n')
        .map_or(text.len(), |i| line_end + i + 1)
}

/// Something in Markdown that was left out of the page, with its 1-based
/// line and column within the Markdown text, and those of its last
/// character (so that a report can underline all of it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    pub line: usize,
    pub column: usize,
    pub last_line: usize,
    pub last_column: usize,
    pub what: DroppedKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DroppedKind {
    RawHtml,
    DangerousLink(String),
    Image,
}

/// The HTML of `markdown` and what was dropped from it. Content sits under
/// the page's `<h1>` and a section's `<h2>`, so Markdown headings start at
/// `<h3>` and never skip a level (screen reader users move by heading level,
/// and a gap reads as something missing): `##`, what the staff guide
/// teaches, becomes `<h3>`, and so does a stray `#`.
pub fn render(markdown: &str) -> (String, Vec<Dropped>) {
    let options = options();
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options);
    let levels = root
        .descendants()
        .filter_map(|node| match node.data().value {
            NodeValue::Heading(ref heading) => Some(heading.level),
            _ => None,
        });
    let mut outline = HeadingOutline::new(levels);
    let mut dropped = Vec::new();
    let mut images = Vec::new();
    for node in root.descendants() {
        let mut ast = node.data_mut();
        let (start, last) = (ast.sourcepos.start, ast.sourcepos.end);
        let kind = match &mut ast.value {
            NodeValue::Heading(heading) => {
                heading.level = outline.place(heading.level);
                None
            }
            NodeValue::HtmlBlock(_) | NodeValue::HtmlInline(_) => Some(DroppedKind::RawHtml),
            NodeValue::Link(link) if comrak::html::dangerous_url(&link.url) => {
                Some(DroppedKind::DangerousLink(link.url.clone()))
            }
            NodeValue::Image(_) => {
                images.push(node);
                Some(DroppedKind::Image)
            }
            _ => None,
        };
        if let Some(what) = kind {
            dropped.push(Dropped {
                line: start.line,
                column: start.column,
                last_line: last.line,
                last_column: last.column,
                what,
            });
        }
    }
    // Images would fetch from wherever their URL points and a notice has no
    // use for them; their alternative text stays, as plain text.
    for image in images {
        while let Some(alt) = image.first_child() {
            image.insert_before(alt);
        }
        image.detach();
    }
    let mut html = String::new();
    format_html(root, &options, &mut html).expect("writing to a String cannot fail");
    (html, dropped)
}

/// The levels Markdown headings get on a page, in document order: the
/// levels the author used, ranked from `<h3>` down, but never more than one
/// below the heading before (the section's `<h2>` to begin with).
struct HeadingOutline {
    used: Vec<u8>,
    previous: u8,
}

impl HeadingOutline {
    const SECTION: u8 = 2;

    fn new(levels: impl Iterator<Item = u8>) -> HeadingOutline {
        let mut used: Vec<u8> = levels.collect();
        used.sort_unstable();
        used.dedup();
        HeadingOutline {
            used,
            previous: Self::SECTION,
        }
    }

    fn place(&mut self, level: u8) -> u8 {
        let rank = self.used.iter().position(|&l| l == level).unwrap_or(0) as u8;
        let placed = (Self::SECTION + 1 + rank).min(self.previous + 1).min(6);
        self.previous = placed;
        placed
    }
}

/// The plain text of each top-level block of `markdown`, in order: each
/// paragraph, heading and code block, and each list item on its own (a
/// nested list's items follow their parent item). This is the unit in which
/// revisions are compared, so that a changed paragraph is shown as one
/// paragraph and a changed list item as one item. Text is what a reader
/// sees: link and image text without URLs, code without backticks, a soft
/// line break as a space and a hard one as a newline; raw HTML, which never
/// reaches the page, is left out.
pub fn paragraphs(markdown: &str) -> Vec<String> {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options());
    let mut blocks = Vec::new();
    collect_blocks(root, &mut blocks);
    blocks
}

fn collect_blocks<'a>(node: &'a AstNode<'a>, blocks: &mut Vec<String>) {
    match &node.data().value {
        NodeValue::Paragraph | NodeValue::Heading(_) => push_block(blocks, inline_text(node)),
        NodeValue::CodeBlock(code) => {
            push_block(blocks, code.literal.trim_end_matches('\n').to_owned());
        }
        NodeValue::Item(_) => {
            // The item's own text is one block; its sublists are blocks of their own.
            let mut own = Vec::new();
            let mut sublists = Vec::new();
            for child in node.children() {
                if matches!(child.data().value, NodeValue::List(_)) {
                    sublists.push(child);
                } else {
                    collect_blocks(child, &mut own);
                }
            }
            push_block(blocks, own.join("\n"));
            for list in sublists {
                collect_blocks(list, blocks);
            }
        }
        NodeValue::HtmlBlock(_) | NodeValue::ThematicBreak => {}
        _ => {
            for child in node.children() {
                collect_blocks(child, blocks);
            }
        }
    }
}

fn push_block(blocks: &mut Vec<String>, text: String) {
    if !text.is_empty() {
        blocks.push(text);
    }
}

fn inline_text<'a>(node: &'a AstNode<'a>) -> String {
    let mut text = String::new();
    for descendant in node.descendants() {
        match &descendant.data().value {
            NodeValue::Text(literal) => text.push_str(literal),
            NodeValue::Code(code) => text.push_str(&code.literal),
            NodeValue::SoftBreak => text.push(' '),
            NodeValue::LineBreak => text.push('\n'),
            _ => {}
        }
    }
    text
}

fn options() -> Options<'static> {
    let mut options = Options::default();
    options.parse.sourcepos_chars = true;
    // Safe mode: raw HTML becomes a comment, javascript:/vbscript:/file: and
    // non-image data: URLs become empty.
    options.render.r#unsafe = false;
    options.extension.autolink = true;
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_found_with_file_offsets() {
        let text = "+++\ntitle = \"安全\"\n+++\n\n本文\n";
        let split = split_front_matter(text).unwrap();
        assert_eq!(&text[split.front_matter], "title = \"安全\"\n");
        assert_eq!(&text[split.body], "\n本文\n");
    }

    #[test]
    fn front_matter_problems_are_told_apart() {
        assert_eq!(
            split_front_matter("# title\n"),
            Err(FrontMatterError::Missing)
        );
        assert_eq!(
            split_front_matter("+++\ntitle = \"x\"\n"),
            Err(FrontMatterError::Unclosed)
        );
        let crlf = split_front_matter("+++\r\ntitle = \"x\"\r\n+++\r\nbody").unwrap();
        assert_eq!(crlf.body.len(), 4);
    }

    #[test]
    fn raw_html_and_dangerous_links_never_reach_the_page() {
        let markdown = "本文\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>b</b>\n";
        let (html, dropped) = render(markdown);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        let kinds: Vec<_> = dropped
            .iter()
            .map(|d| ((d.line, d.column), (d.last_line, d.last_column), &d.what))
            .collect();
        assert_eq!(
            kinds,
            vec![
                ((3, 1), (3, 25), &DroppedKind::RawHtml),
                (
                    (5, 1),
                    (5, 24),
                    &DroppedKind::DangerousLink("javascript:alert(1)".into())
                ),
                ((5, 26), (5, 28), &DroppedKind::RawHtml),
                ((5, 30), (5, 33), &DroppedKind::RawHtml),
            ]
        );
    }

    #[test]
    fn headings_nest_under_the_section_heading() {
        let (html, _) = render("## 組織的\n\n# 大\n");
        assert_eq!(html, "<h3>組織的</h3>\n<h3>大</h3>\n");
    }

    #[test]
    fn heading_levels_are_never_skipped() {
        let (html, _) = render("#### 深い見出し\n\n本文\n");
        assert_eq!(html, "<h3>深い見出し</h3>\n<p>本文</p>\n");
        let (html, _) = render("# 一\n\n### 三\n\n##### 五\n\n## 二\n");
        assert_eq!(html, "<h3>一</h3>\n<h4>三</h4>\n<h5>五</h5>\n<h4>二</h4>\n");
        let (html, _) = render("## 先\n\n# 上\n\n## 後\n");
        assert_eq!(html, "<h3>先</h3>\n<h3>上</h3>\n<h4>後</h4>\n");
    }

    #[test]
    fn images_leave_only_their_alternative_text() {
        let (html, dropped) = render("前 ![地図](https://example.com/a.png) 後\n");
        assert_eq!(html, "<p>前 地図 後</p>\n");
        assert_eq!(dropped[0].what, DroppedKind::Image);
    }

    #[test]
    fn paragraphs_are_blocks_of_plain_text() {
        let markdown = "## 組織的安全管理措置\n\n\
            個人情報の取扱いに関する[規程](https://example.com/)を定め、\n\
            `責任者`を置きます。<br>\n\n\
            - 一つ目\n\
            - 二つ目  \n  改行\n  - 入れ子\n  - 入れ子二\n\
            - \n\n\
            > 引用の**段落**\n\n\
            ---\n\n\
            <div>html</div>\n\n\
            ```\ncode\n```\n\n\
            1. ![地図](https://example.com/a.png)を参照\n";
        assert_eq!(
            paragraphs(markdown),
            vec![
                "組織的安全管理措置",
                "個人情報の取扱いに関する規程を定め、 責任者を置きます。",
                "一つ目",
                "二つ目\n改行",
                "入れ子",
                "入れ子二",
                "引用の段落",
                "code",
                "地図を参照",
            ]
        );
    }

    #[test]
    fn a_loose_list_item_keeps_its_paragraphs_together() {
        let markdown = "- 第一段落\n\n  第二段落\n\n- 次\n";
        assert_eq!(paragraphs(markdown), vec!["第一段落\n第二段落", "次"]);
        assert!(paragraphs("").is_empty());
    }
}

//! Markdown in content: splitting off `+++` TOML front matter, and rendering
//! CommonMark to HTML that is safe to put on a public page. Raw HTML is
//! never passed through and dangerous link schemes are dropped (comrak's
//! safe mode); both are also reported, so staff learn why text vanished.

use std::ops::Range;

use comrak::nodes::NodeValue;
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
/// line and column within the Markdown text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dropped {
    pub line: usize,
    pub column: usize,
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
/// `<h3>`: `##` (what the staff guide teaches) becomes `<h3>`, and a stray
/// `#` is kept from competing with the section heading.
pub fn render(markdown: &str) -> (String, Vec<Dropped>) {
    let options = options();
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options);
    let mut dropped = Vec::new();
    let mut images = Vec::new();
    for node in root.descendants() {
        let mut ast = node.data_mut();
        let start = ast.sourcepos.start;
        let kind = match &mut ast.value {
            NodeValue::Heading(heading) => {
                heading.level = (heading.level + 1).clamp(3, 6);
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
            .map(|d| (d.line, d.column, &d.what))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (3, 1, &DroppedKind::RawHtml),
                (
                    5,
                    1,
                    &DroppedKind::DangerousLink("javascript:alert(1)".into())
                ),
                (5, 26, &DroppedKind::RawHtml),
                (5, 30, &DroppedKind::RawHtml),
            ]
        );
    }

    #[test]
    fn headings_nest_under_the_section_heading() {
        let (html, _) = render("## 組織的\n\n# 大\n");
        assert_eq!(html, "<h3>組織的</h3>\n<h3>大</h3>\n");
    }

    #[test]
    fn images_leave_only_their_alternative_text() {
        let (html, dropped) = render("前 ![地図](https://example.com/a.png) 後\n");
        assert_eq!(html, "<p>前 地図 後</p>\n");
        assert_eq!(dropped[0].what, DroppedKind::Image);
    }
}

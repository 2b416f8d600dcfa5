//! The lines of one category (an area's paragraphs, or a table cell) →
//! its groups and purposes: group labels open a group, items and bare
//! paragraphs are purposes, and what is indented under a purpose, or
//! written after its colon, is its explanation.

use super::blocks::Line;
use super::marks;
use super::notice::{Category, Group, Purpose, Unplaced};

/// Reads one category's lines as they come.
#[derive(Default)]
pub(crate) struct GroupReader {
    /// Split a bare line at 「、」: a table cell that lists its purposes
    /// on one line (the seed's shape).
    pub(crate) enumerations: bool,
    /// Source lines of the purposes read before any label: the category's
    /// own list, unless a label follows (then they cannot be placed).
    loose: Vec<usize>,
    /// The depth and marker of the last purpose.
    last: Option<(usize, Option<char>)>,
}

impl GroupReader {
    /// Adds one line; `line_number` is for the report.
    pub(crate) fn push(&mut self, category: &mut Category, line: &Line, line_number: usize) {
        if let Some(label) = marks::group_label(&line.text) {
            category.groups.push(Group {
                label: Some(label),
                purposes: Vec::new(),
            });
            self.last = None;
            return;
        }
        let (marker, text) = marks::purpose_item(&line.text);
        if let Some((depth, purpose_marker)) = self.last {
            // Under purposes written with a marker, a line without one (or
            // with another) explains the purpose before it, as does a
            // deeper line.
            let other_marker = purpose_marker.is_some() && marker != purpose_marker;
            if line.depth > depth || other_marker {
                explain(category, line.item || marker.is_some(), text);
                return;
            }
        }
        if marks::says_none(text) {
            self.last = None;
            return;
        }
        let pieces = if self.enumerations && marker.is_none() && !line.item {
            marks::split_enumeration(text)
        } else {
            vec![text]
        };
        let labelled = category.groups.last().is_some_and(|g| g.label.is_some());
        for piece in pieces {
            let (purpose, explanation) = marks::split_explanation(piece);
            if !labelled {
                self.loose.push(line_number);
            }
            category.current_group().purposes.push(Purpose {
                text: purpose.to_owned(),
                explanation: explanation.map(str::to_owned),
            });
        }
        self.last = Some((line.depth, marker));
    }

    /// The marker of the last purpose read, if it had one.
    pub(crate) fn last_marker(&self) -> Option<char> {
        self.last.and_then(|(_, marker)| marker)
    }

    /// Ends the category: purposes read before its first label belong to
    /// no group, so they are taken out and reported.
    pub(crate) fn finish(self, category: &mut Category) -> Vec<Unplaced> {
        let mixed = category.groups.len() > 1
            && category.groups[0].label.is_none()
            && category.groups.iter().skip(1).all(|g| g.label.is_some());
        if !mixed {
            return Vec::new();
        }
        let loose = category.groups.remove(0);
        loose
            .purposes
            .into_iter()
            .zip(self.loose)
            .map(|(purpose, line)| Unplaced {
                line,
                text: purpose.text,
            })
            .collect()
    }
}

/// Adds a line to the explanation of the last purpose read.
fn explain(category: &mut Category, item: bool, text: &str) {
    let Some(purpose) = category.current_group().purposes.last_mut() else {
        return;
    };
    let addition = if item {
        format!("- {text}")
    } else {
        text.to_owned()
    };
    let explanation = purpose.explanation.get_or_insert_with(String::new);
    if !explanation.is_empty() {
        let continues_list = item
            && explanation
                .lines()
                .last()
                .is_some_and(|l| l.starts_with("- "));
        explanation.push_str(if continues_list { "\n" } else { "\n\n" });
    }
    explanation.push_str(&addition);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(lines: &[(&str, usize)]) -> (Category, Vec<Unplaced>) {
        let mut category = Category::default();
        let mut reader = GroupReader::default();
        for (number, (text, depth)) in lines.iter().enumerate() {
            reader.push(&mut category, &Line::new(*text, *depth, false), number + 1);
        }
        let unplaced = reader.finish(&mut category);
        (category, unplaced)
    }

    #[test]
    fn labels_open_groups_and_none_leaves_one_empty() {
        let (category, unplaced) = read(&[
            ("〔内部での利用に係る事例〕", 0),
            ("・保険給付の実施", 0),
            ("　申請書で審査します", 1),
            ("・保険料の徴収：事業主から", 0),
            ("〔他の事業者等への情報提供を伴う事例〕", 0),
            ("なし", 0),
        ]);
        assert!(unplaced.is_empty());
        assert_eq!(category.groups.len(), 2);
        let internal = &category.groups[0].purposes;
        assert_eq!(internal[0].text, "保険給付の実施");
        assert_eq!(
            internal[0].explanation.as_deref(),
            Some("申請書で審査します")
        );
        assert_eq!(internal[1].text, "保険料の徴収");
        assert_eq!(internal[1].explanation.as_deref(), Some("事業主から"));
        assert!(category.groups[1].purposes.is_empty());
    }

    #[test]
    fn purposes_before_the_first_label_are_reported() {
        let (category, unplaced) = read(&[("迷子の行", 0), ("【内部】", 0), ("・実施", 0)]);
        assert_eq!(category.groups.len(), 1);
        assert_eq!(
            unplaced,
            [Unplaced {
                line: 1,
                text: "迷子の行".into()
            }]
        );
    }
}

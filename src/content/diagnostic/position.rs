//! Places in a file's text: line and column as an editor counts them,
//! and back to the byte offset.

/// A 1-based line and column; columns count characters, not bytes, so they
/// match what an editor shows for Japanese text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl Position {
    pub const START: Position = Position { line: 1, column: 1 };

    /// The position of byte `offset` in `text` (clamped to the end).
    pub fn at(text: &str, offset: usize) -> Position {
        let offset = char_boundary_at_or_before(text, offset);
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }

    /// The byte offset of this position in `text`, the inverse of
    /// [`Position::at`]: for places found by line and column (Markdown
    /// reports them so) that a diagnostic should underline. A column past
    /// the end of its line stops at the line's end, a line past the end of
    /// the text at the text's end.
    pub fn offset_in(self, text: &str) -> usize {
        let mut line_start = 0;
        for _ in 1..self.line {
            match text[line_start..].find('\n') {
                Some(i) => line_start += i + 1,
                None => return text.len(),
            }
        }
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i);
        text[line_start..line_end]
            .char_indices()
            .nth(self.column.saturating_sub(1))
            .map_or(line_end, |(i, _)| line_start + i)
    }
}

pub(super) fn char_boundary_at_or_before(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

pub(super) fn char_boundary_at_or_after(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset += 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "a = 1\nname = \"資格\"\n";
        let offset = text.find('"').unwrap();
        assert_eq!(Position::at(text, offset), Position { line: 2, column: 8 });
        let after_kanji = text.find('格').unwrap();
        assert_eq!(
            Position::at(text, after_kanji),
            Position {
                line: 2,
                column: 10
            }
        );
        assert_eq!(Position::at(text, 0), Position::START);
        assert_eq!(Position::at(text, 10_000), Position { line: 3, column: 1 });
    }

    #[test]
    fn offsets_are_found_back_from_positions() {
        let text = "a = 1\nname = \"資格\"\n";
        for offset in text.char_indices().map(|(i, _)| i) {
            assert_eq!(Position::at(text, offset).offset_in(text), offset);
        }
        let line_two = Position {
            line: 2,
            column: 99,
        };
        assert_eq!(line_two.offset_in(text), text.len() - 1);
        assert_eq!(Position { line: 9, column: 1 }.offset_in(text), text.len());
    }
}

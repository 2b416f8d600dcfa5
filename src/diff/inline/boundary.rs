//! Where a change should begin and end in a text that has no spaces to
//! say so. Myers' algorithm picks one of several equally short edits, often
//! one that cuts a word in two (保険給|付及び附加給|付の支給); this slides
//! each insertion or deletion to the place a reader would cut: a line
//! break, a sentence end, a space, punctuation, or a change of script.

use similar::DiffableStr;

use super::{Piece, Span};

/// Slides each pure insertion or deletion that sits between two unchanged
/// runs to where its edges fall best (diff-match-patch's lossless cleanup):
/// at a line break, a sentence end, a space, punctuation, or a change of
/// script (see [`boundary_score`]), so that 保険給付 + 及び附加給付 + の支給
/// is preferred to 保険給 + 付及び附加給 + 付の支給. It moves only to a
/// strictly better place, and never into the middle of a word segment
/// (a katakana or Latin word, or a character and its accents).
pub(super) fn align_to_boundaries(old: &str, new: &str, mut pieces: Vec<Piece>) -> Vec<Piece> {
    for at in 1..pieces.len().saturating_sub(1) {
        let [before, edit, after] = &mut pieces[at - 1..=at + 1] else {
            continue;
        };
        if !before.same || edit.same || !after.same {
            continue;
        }
        // The side the edit is on, and the other side, which it is absent from.
        let (text, spans, other) = match (edit.old.chars, edit.new.chars) {
            (0, _) => (
                new,
                [&mut before.new, &mut edit.new, &mut after.new],
                [&mut before.old, &mut edit.old, &mut after.old],
            ),
            (_, 0) => (
                old,
                [&mut before.old, &mut edit.old, &mut after.old],
                [&mut before.new, &mut edit.new, &mut after.new],
            ),
            _ => continue,
        };
        let window = &text[spans[0].start..spans[2].end];
        if let Some(shift) = slide(window, spans[0].chars, spans[1].chars) {
            // The run before now ends with the same characters on both sides.
            let edit = (shift.edit_bytes, spans[1].chars);
            recut(spans, shift.before, edit);
            recut(other, shift.before, (0, 0));
        }
    }
    pieces
}

/// Where sliding puts an edit: the bytes and characters before it, and
/// the bytes it then spans.
pub(super) struct Shift {
    pub(super) before: (usize, usize),
    edit_bytes: usize,
}

/// Cuts the stretch that three consecutive spans tile anew: `before` and
/// `edit` bytes and characters long, the rest after.
fn recut(spans: [&mut Span; 3], before: (usize, usize), edit: (usize, usize)) {
    let [first, middle, last] = spans;
    let (start, end) = (first.start, last.end);
    let chars = first.chars + middle.chars + last.chars;
    *first = Span {
        start,
        end: start + before.0,
        chars: before.1,
    };
    *middle = Span {
        start: first.end,
        end: first.end + edit.0,
        chars: edit.1,
    };
    *last = Span {
        start: middle.end,
        end,
        chars: chars - before.1 - edit.1,
    };
}

/// The best place for an edit of `len` characters that now starts after
/// `start` characters of `window` (which holds the run before, the edit and
/// the run after), if better than where it is.
pub(super) fn slide(window: &str, start: usize, len: usize) -> Option<Shift> {
    let text: Vec<char> = window.chars().collect();
    // The edit can sit anywhere the text around it repeats itself.
    let mut first = start;
    while first > 0 && text[first - 1] == text[first - 1 + len] {
        first -= 1;
    }
    let mut last = start;
    while last + len < text.len() && text[last] == text[last + len] {
        last += 1;
    }
    if first == last {
        return None;
    }
    let boundaries = segment_boundaries(window, text.len());
    let score = |at: usize| boundary_score(&text, at) + boundary_score(&text, at + len);
    let mut best = (start, score(start));
    for at in first..=last {
        if boundaries[at] && boundaries[at + len] && score(at) > best.1 {
            best = (at, score(at));
        }
    }
    let at = best.0;
    let bytes = |chars: &[char]| chars.iter().map(|c| c.len_utf8()).sum::<usize>();
    (at != start).then(|| Shift {
        before: (bytes(&text[..at]), at),
        edit_bytes: bytes(&text[at..at + len]),
    })
}

/// Whether each character offset of `text` (of `chars` characters) is
/// between two word segments: an edit moved there splits no katakana or
/// Latin word, and no character from its accents.
fn segment_boundaries(text: &str, chars: usize) -> Vec<bool> {
    let mut boundaries = vec![false; chars + 1];
    let mut at = 0;
    boundaries[0] = true;
    for segment in text.tokenize_unicode_words() {
        at += segment.chars().count();
        if let Some(boundary) = boundaries.get_mut(at) {
            *boundary = true;
        }
    }
    boundaries
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Space,
    Punctuation,
    Han,
    Hiragana,
    Katakana,
    /// Letters and digits of alphabets, Latin above all.
    Alphabetic,
}

fn script(c: char) -> Script {
    match c {
        '\u{3040}'..='\u{309F}' => Script::Hiragana,
        '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => {
            Script::Katakana
        }
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '々' => {
            Script::Han
        }
        _ if c.is_whitespace() => Script::Space,
        _ if c.is_alphanumeric() => Script::Alphabetic,
        _ => Script::Punctuation,
    }
}

/// How good a place position `at` of `text` is for a change to begin or
/// end. Without spaces, Japanese shows its phrase (文節) boundaries where
/// kana gives way to a kanji or katakana word: 基づく|場合を|除く. Where
/// kanji is followed by kana, the kana is usually the word's ending or its
/// particle, so that is a weaker place, but still better than inside a
/// run of kanji.
fn boundary_score(text: &[char], at: usize) -> u8 {
    let (Some(&left), Some(&right)) = (at.checked_sub(1).and_then(|i| text.get(i)), text.get(at))
    else {
        return 7;
    };
    let (left_script, right_script) = (script(left), script(right));
    if left == '\n' || right == '\n' {
        6
    } else if matches!(left, '。' | '．' | '！' | '？' | '.' | '!' | '?') {
        5
    } else if left_script == Script::Space || right_script == Script::Space {
        4
    } else if left_script == Script::Punctuation || right_script == Script::Punctuation {
        3
    } else if left_script == Script::Hiragana && right_script != Script::Hiragana {
        2
    } else if left_script != right_script {
        1
    } else {
        0
    }
}

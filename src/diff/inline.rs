//! Which parts of one text changed, marked so that a reader sees the words
//! that changed rather than two whole sentences to compare by eye.
//!
//! Texts are compared in UAX #29 word segments: a Latin word, a number or a
//! katakana word (マイナンバーカード) is one unit and is never split into
//! letters, while kanji and hiragana, which UAX #29 cannot group without a
//! dictionary, are one unit per character. Myers' algorithm finds the
//! changes; the cleanup below (and `boundary`, which moves each edit to
//! where a reader would cut) then makes them read well.
//!
//! The work is bounded by the size of the input, never by a clock, so the
//! same texts always give the same marks: word-level Myers runs on at most
//! [`WORD_TOKEN_CAP`] segments, longer changed stretches are compared
//! sentence by sentence up to [`SENTENCE_CAP`] sentences, and beyond that
//! replaced whole.

use std::ops::Range;

use similar::{Algorithm, DiffTag, DiffableStr, capture_diff_slices};

use self::boundary::align_to_boundaries;

mod boundary;

/// Whether a fragment of a compared text is in both, or only in the old or the new.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Same,
    Added,
    Removed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fragment {
    pub mark: Mark,
    pub text: String,
}

impl Fragment {
    pub fn new(mark: Mark, text: impl Into<String>) -> Fragment {
        Fragment {
            mark,
            text: text.into(),
        }
    }
}

/// The most word segments, old and new together, compared word by word
/// (after the common beginning and end are set aside). Myers' cost grows
/// with the segments times the changes; similar's heuristics keep it about
/// linear. Measured worst case at this size (release build, one core of an
/// AMD EPYC; `cargo bench --bench diff`): about 16 ms, for two
/// unrelated texts drawn from a few characters so that every segment
/// matches many others. Realistic edits of a notice paragraph take well
/// under 1 ms.
pub(crate) const WORD_TOKEN_CAP: usize = 8_000;

/// The most sentences, old and new together, compared sentence by sentence
/// when a text has too many words. Measured worst case as above: about
/// 14 ms; beyond it, replacing the whole middle takes about 2 ms.
pub(crate) const SENTENCE_CAP: usize = 8_000;

/// Which unit the changed middle of a text was compared in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Word,
    Sentence,
    Whole,
}

/// `old` → `new` as marked fragments: unchanged text as [`Mark::Same`], and
/// each change as its removed text followed by its added text.
pub(crate) fn fragments(old: &str, new: &str) -> Vec<Fragment> {
    fragments_with_unit(old, new).0
}

/// [`fragments`], and the unit the changed middle was compared in.
pub(crate) fn fragments_with_unit(old: &str, new: &str) -> (Vec<Fragment>, Unit) {
    let (pieces, unit) = raw_pieces(old, new);
    let pieces = normalize(align_to_boundaries(old, new, fold_short_equalities(pieces)));
    (to_fragments(old, new, &pieces), unit)
}

/// How many characters of whole words of two letters or more (Latin words,
/// numbers, katakana words) the two texts share in order, spaces and
/// punctuation aside. Cleanup folds the unchanged words of an English
/// rewording ("Issuing notices of medical expenses" → "Issuing medical
/// expense notices") into one replacement, which hides how much of it
/// stayed; single kanji and kana are left out, since two unrelated Japanese
/// phrases share many of them (保険料の徴収, 保険給付の支給).
pub(crate) fn kept_words(old: &str, new: &str) -> usize {
    fn words(text: &str) -> Vec<&str> {
        text.tokenize_unicode_words()
            .into_iter()
            .filter(|word| word.chars().count() >= 2 && word.chars().all(char::is_alphanumeric))
            .collect()
    }
    let (old, new) = (words(old), words(new));
    if old.len() + new.len() > WORD_TOKEN_CAP {
        return 0;
    }
    capture_diff_slices(Algorithm::Myers, &old, &new)
        .iter()
        .filter(|op| op.tag() == DiffTag::Equal)
        .flat_map(|op| &old[op.old_range()])
        .map(|word| word.chars().count())
        .sum()
}

/// A stretch of the old or the new text: its bytes and its length in
/// characters, which the cleanup weighs. Pieces refer to the texts rather
/// than copy them, so joining two is constant work however long they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Span {
    start: usize,
    end: usize,
    chars: usize,
}

impl Span {
    fn join(self, next: Span) -> Span {
        Span {
            start: self.start,
            end: next.end,
            chars: self.chars + next.chars,
        }
    }
}

/// One step of the diff: an unchanged stretch (the same text on both
/// sides), or a change from the old stretch to the new one. Pieces tile
/// both texts in order; a change holds what it removed and what it added,
/// so a replacement is one piece and its removed text always comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    same: bool,
    old: Span,
    new: Span,
}

impl Piece {
    /// The larger side of a change: how much an unchanged run next to it
    /// is worth keeping against.
    fn weight(&self) -> usize {
        if self.same {
            0
        } else {
            self.old.chars.max(self.new.chars)
        }
    }
}

/// Builds pieces so that none is empty and no two neighbours are of the
/// same kind.
#[derive(Default)]
struct Pieces(Vec<Piece>);

impl Pieces {
    fn push(&mut self, piece: Piece) {
        if piece.old.chars == 0 && piece.new.chars == 0 {
            return;
        }
        match self.0.last_mut() {
            Some(last) if last.same == piece.same => {
                last.old = last.old.join(piece.old);
                last.new = last.new.join(piece.new);
            }
            _ => self.0.push(piece),
        }
    }
}

/// The units a text is compared in, with where each starts, so that a run
/// of units maps back to a span of the text.
struct Units<'a> {
    units: Vec<&'a str>,
    /// Byte and character offsets of each unit's start, and of the end.
    bytes: Vec<usize>,
    chars: Vec<usize>,
}

impl<'a> Units<'a> {
    /// `units` split a text that starts at byte `base` of the whole text.
    fn new(base: usize, units: Vec<&'a str>) -> Units<'a> {
        let mut bytes = Vec::with_capacity(units.len() + 1);
        let mut chars = Vec::with_capacity(units.len() + 1);
        let (mut byte, mut char) = (base, 0);
        for unit in &units {
            bytes.push(byte);
            chars.push(char);
            byte += unit.len();
            char += unit.chars().count();
        }
        bytes.push(byte);
        chars.push(char);
        Units {
            units,
            bytes,
            chars,
        }
    }

    fn len(&self) -> usize {
        self.units.len()
    }

    fn span(&self, range: Range<usize>) -> Span {
        Span {
            start: self.bytes[range.start],
            end: self.bytes[range.end],
            chars: self.chars[range.end] - self.chars[range.start],
        }
    }
}

/// The diff as Myers finds it, before cleanup, and the unit it used.
fn raw_pieces(old: &str, new: &str) -> (Vec<Piece>, Unit) {
    let old_words = Units::new(0, old.tokenize_unicode_words());
    let new_words = Units::new(0, new.tokenize_unicode_words());
    // The common beginning and end cost nothing to find and are usually
    // most of a revised text; only the middle needs Myers and the caps.
    let prefix = common_prefix(old_words.units.iter(), new_words.units.iter());
    let suffix = common_prefix(
        old_words.units[prefix..].iter().rev(),
        new_words.units[prefix..].iter().rev(),
    );

    let mut pieces = Pieces::default();
    pieces.push(Piece {
        same: true,
        old: old_words.span(0..prefix),
        new: new_words.span(0..prefix),
    });
    let old_middle = Middle {
        text: old,
        words: &old_words,
        range: prefix..old_words.len() - suffix,
    };
    let new_middle = Middle {
        text: new,
        words: &new_words,
        range: prefix..new_words.len() - suffix,
    };
    let unit = compare_middle(&old_middle, &new_middle, &mut pieces);
    pieces.push(Piece {
        same: true,
        old: old_words.span(old_middle.range.end..old_words.len()),
        new: new_words.span(new_middle.range.end..new_words.len()),
    });
    (pieces.0, unit)
}

/// The part of a text between the beginning and end it shares with the
/// other: a range of its words.
struct Middle<'t, 'w> {
    text: &'t str,
    words: &'w Units<'t>,
    range: Range<usize>,
}

impl<'t> Middle<'t, '_> {
    fn sentences(&self) -> Units<'t> {
        let span = self.words.span(self.range.clone());
        Units::new(span.start, sentences(&self.text[span.start..span.end]))
    }
}

/// Compares the middles in the finest unit their size allows.
fn compare_middle(old: &Middle<'_, '_>, new: &Middle<'_, '_>, pieces: &mut Pieces) -> Unit {
    if old.range.len() + new.range.len() <= WORD_TOKEN_CAP {
        myers(
            old.words,
            old.range.clone(),
            new.words,
            new.range.clone(),
            pieces,
        );
        return Unit::Word;
    }
    let (old_sentences, new_sentences) = (old.sentences(), new.sentences());
    if old_sentences.len() + new_sentences.len() <= SENTENCE_CAP {
        let (old_all, new_all) = (0..old_sentences.len(), 0..new_sentences.len());
        myers(&old_sentences, old_all, &new_sentences, new_all, pieces);
        return Unit::Sentence;
    }
    pieces.push(Piece {
        same: false,
        old: old.words.span(old.range.clone()),
        new: new.words.span(new.range.clone()),
    });
    Unit::Whole
}

fn common_prefix<T: PartialEq>(
    old: impl Iterator<Item = T>,
    new: impl Iterator<Item = T>,
) -> usize {
    old.zip(new).take_while(|(old, new)| old == new).count()
}

fn myers(
    old: &Units<'_>,
    old_range: Range<usize>,
    new: &Units<'_>,
    new_range: Range<usize>,
    pieces: &mut Pieces,
) {
    let (old_base, new_base) = (old_range.start, new_range.start);
    let ops = capture_diff_slices(
        Algorithm::Myers,
        &old.units[old_range],
        &new.units[new_range],
    );
    for op in ops {
        let (tag, old_ops, new_ops) = op.as_tag_tuple();
        pieces.push(Piece {
            same: tag == DiffTag::Equal,
            old: old.span(old_base + old_ops.start..old_base + old_ops.end),
            new: new.span(new_base + new_ops.start..new_base + new_ops.end),
        });
    }
}

/// Sentences with the spaces after them: split after 。．！？ and line
/// breaks, and after . ! ? when a space or the end follows (so that 3.5
/// stays whole).
fn sentences(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let next = chars.peek().map(|&(_, next)| next);
        let ends = match c {
            '。' | '．' | '！' | '？' | '\n' => true,
            '.' | '!' | '?' => next.is_none_or(char::is_whitespace),
            _ => false,
        };
        if ends {
            let mut end = at + c.len_utf8();
            while let Some(&(space_at, space)) = chars.peek()
                && space.is_whitespace()
                && space != '\n'
            {
                end = space_at + space.len_utf8();
                chars.next();
            }
            sentences.push(&text[start..end]);
            start = end;
        }
    }
    if start < text.len() {
        sentences.push(&text[start..]);
    }
    sentences
}

/// Folds an unchanged run that sits between two changes into them when it
/// is no longer than the larger side of each (diff-match-patch's semantic
/// cleanup). A diff of 健康保険証の発行 → 資格確認書の交付 then reads as
/// one replacement instead of a patchwork around a shared の, and a space
/// between two replaced words goes with them; but 第3条第2項 → 第4条第1項
/// keeps 条第 because it is longer than the one-digit changes around it.
fn fold_short_equalities(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut folded: Vec<Piece> = Vec::with_capacity(pieces.len());
    for piece in pieces {
        folded.push(piece);
        // Folding grows the change on top, which may make the run below it
        // foldable too: look again until it is not.
        while let [.., left, same, right] = folded.as_slice()
            && same.same
            && !left.same
            && !right.same
            && same.old.chars <= left.weight()
            && same.old.chars <= right.weight()
        {
            let joined = Piece {
                same: false,
                old: left.old.join(same.old).join(right.old),
                new: left.new.join(same.new).join(right.new),
            };
            folded.truncate(folded.len() - 3);
            folded.push(joined);
        }
    }
    folded
}

/// Rebuilds the pieces so that none is empty and none has a neighbour of
/// its own kind, after sliding emptied or joined some.
fn normalize(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut normal = Pieces::default();
    for piece in pieces {
        normal.push(piece);
    }
    normal.0
}

fn to_fragments(old: &str, new: &str, pieces: &[Piece]) -> Vec<Fragment> {
    let mut fragments = Vec::with_capacity(pieces.len() * 2);
    for piece in pieces {
        if piece.same {
            fragments.push(Fragment::new(
                Mark::Same,
                &new[piece.new.start..piece.new.end],
            ));
            continue;
        }
        for (mark, text, span) in [
            (Mark::Removed, old, piece.old),
            (Mark::Added, new, piece.new),
        ] {
            if span.chars > 0 {
                fragments.push(Fragment::new(mark, &text[span.start..span.end]));
            }
        }
    }
    fragments
}
#[cfg(test)]
pub(super) mod tests {
    use super::boundary::slide;
    use super::*;
    use crate::diff::measure::Lcg;

    /// The fragments of `old` → `new` in a compact notation.
    fn marked(old: &str, new: &str) -> String {
        notation(&fragments(old, new))
    }

    /// Fragments in a compact notation: [-removed-]{+added+}.
    pub(in crate::diff) fn notation(fragments: &[Fragment]) -> String {
        fragments
            .iter()
            .map(|fragment| match fragment.mark {
                Mark::Same => fragment.text.clone(),
                Mark::Removed => format!("[-{}-]", fragment.text),
                Mark::Added => format!("{{+{}+}}", fragment.text),
            })
            .collect()
    }

    fn rebuilt(fragments: &[Fragment], without: Mark) -> String {
        fragments
            .iter()
            .filter(|fragment| fragment.mark != without)
            .map(|fragment| fragment.text.as_str())
            .collect()
    }

    #[test]
    fn sentences_end_at_full_stops_and_line_breaks() {
        assert_eq!(
            sentences("第1条。第2条．\n改行 Then e.g. 3.5 items. Done! ok"),
            vec![
                "第1条。",
                "第2条．",
                "\n",
                "改行 Then e.g. ",
                "3.5 items. ",
                "Done! ",
                "ok"
            ]
        );
        assert!(sentences("").is_empty());
    }

    #[test]
    fn a_short_run_between_longer_changes_is_folded_in() {
        assert_eq!(
            marked("健康保険証の発行", "資格確認書の交付"),
            "[-健康保険証の発行-]{+資格確認書の交付+}"
        );
        assert_eq!(
            marked("個人情報の適正な取扱い", "個人データの安全な管理"),
            "個人[-情報の適正な取扱い-]{+データの安全な管理+}"
        );
        assert_eq!(
            marked("to manage old records", "to verify new records"),
            "to [-manage old-]{+verify new+} records"
        );
    }

    #[test]
    fn a_run_longer_than_the_changes_around_it_stays() {
        assert_eq!(
            marked("第3条第2項", "第4条第1項"),
            "第[-3-]{+4+}条第[-2-]{+1+}項"
        );
        assert_eq!(
            marked("保険料の徴収", "保険料等の徴収及び還付"),
            "保険料{+等+}の徴収{+及び還付+}"
        );
    }

    #[test]
    fn an_insertion_slides_to_where_the_script_changes() {
        let window = "保険給付及び附加給付の支給";
        // Myers may well put the insertion at 保険給|付及び附加給|付の支給.
        let shift = slide(window, 3, 6).map(|shift| shift.before);
        assert_eq!(shift, Some(("保険給付".len(), 4)));
        assert!(slide(window, 4, 6).is_none(), "already at the best place");
    }

    #[test]
    fn an_insertion_never_slides_into_a_word() {
        // "cats " could also sit as "a| cats| cat" or "a c|ats c|at": the
        // first scores no better, the second splits words.
        assert!(slide("a cats cat", 2, 5).is_none());
        assert_eq!(marked("a cat", "a cats cat"), "a {+cats +}cat");
        // A run of katakana is one word, however it grew.
        assert_eq!(
            marked("カードの利用", "カードカードの利用"),
            "[-カード-]{+カードカード+}の利用"
        );
    }

    #[test]
    fn huge_texts_fall_back_to_sentences_then_to_the_whole() {
        let mut rng = Lcg(3);
        let sentence_pool = [
            "保険料を徴収します。",
            "Cards are issued. ",
            "資格を確認します。\n",
            "健診を実施します！",
        ];
        let word_pool = ["保険", "カード", " card", "。"];
        // Far more words than the cap, in few enough sentences.
        let mut sentences: Vec<&str> = (0..WORD_TOKEN_CAP / 2)
            .map(|_| sentence_pool[rng.next(4)])
            .collect();
        let old = sentences.concat();
        sentences.insert(WORD_TOKEN_CAP / 4, "新しい文を加えます。");
        let new = sentences.concat() + &rng.text(&word_pool, 10);
        let (fragments, unit) = fragments_with_unit(&old, &new);
        assert_eq!(unit, Unit::Sentence);
        assert_eq!(rebuilt(&fragments, Mark::Added), old);
        assert_eq!(rebuilt(&fragments, Mark::Removed), new);
        assert!(
            fragments
                .iter()
                .any(|f| f.mark == Mark::Added && f.text == "新しい文を加えます。")
        );

        // Too many sentences as well: the changed middle is replaced whole.
        let old: String = (0..SENTENCE_CAP)
            .map(|_| sentence_pool[rng.next(4)])
            .collect();
        let new: String = (0..SENTENCE_CAP)
            .map(|_| sentence_pool[rng.next(4)])
            .collect();
        let (fragments, unit) = fragments_with_unit(&old, &new);
        assert_eq!(unit, Unit::Whole);
        assert_eq!(rebuilt(&fragments, Mark::Added), old);
        assert_eq!(rebuilt(&fragments, Mark::Removed), new);
    }

    #[test]
    fn a_huge_text_with_a_small_change_is_still_compared_word_by_word() {
        let old = "保険料を徴収します。".repeat(WORD_TOKEN_CAP);
        let new = old.replacen("徴収", "還付", 1);
        let (fragments, unit) = fragments_with_unit(&old, &new);
        assert_eq!(unit, Unit::Word);
        assert_eq!(fragments[1], Fragment::new(Mark::Removed, "徴収"));
        assert_eq!(rebuilt(&fragments, Mark::Removed), new);
    }
}

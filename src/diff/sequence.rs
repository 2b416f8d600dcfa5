//! Two versions of a list merged into one sequence a reader can follow:
//! purposes of a category, paragraphs of prose, and (by id) categories and
//! sections themselves.

use std::collections::{BTreeMap, VecDeque};
use std::ops::Range;

use similar::{Algorithm, DiffTag, capture_diff_slices};

use super::changes::{Item, Status};
use super::inline::Mark;
use super::text::{Inline, Side, paragraph_sides, paragraphs};
use crate::content::{Multilingual, Prose};

/// Gaps with at most this many (removed, added) combinations, of at most
/// [`PAIRING_CHARS_CAP`] characters in all, are paired by the best
/// alignment, which diffs every combination; larger ones only compare the
/// k-th removed text with the k-th added one, which diffs each text once.
/// Measured worst case of the best alignment (release, AMD EPYC;
/// `cargo bench --bench diff`): about 17 ms, for ten by ten unrelated
/// paragraphs drawn from a few characters; other shapes take less.
const PAIRING_CAP: usize = 100;
pub(super) const PAIRING_CHARS_CAP: usize = 4_000;

/// `old` and `new` merged: texts kept in place are `Same`; between them,
/// in each gap, removed texts at their old place and added ones at their
/// new place, with a removed and an added text that are similar enough
/// (see [`similar_enough`]) paired into one `Changed` item. A text found on
/// both sides out of order is a `Removed` and an `Added` marked `moved`.
pub(crate) fn merge(old: &[Side<'_>], new: &[Side<'_>]) -> Vec<Item> {
    merge_within(old, new, Within::default())
}

/// Where a list sits in a longer one, and which of its texts are moves
/// from or to elsewhere in that longer list: one group's purposes within
/// all those of its category.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Within<'a> {
    /// The places of the list's first old and first new text in the longer
    /// lists; the indices of the merged items count from there.
    pub(crate) offsets: (usize, usize),
    /// For each old text, its new place in the longer list if it moved
    /// out of this list (empty: none did).
    pub(crate) old_away: &'a [Option<usize>],
    /// For each new text, its old place in the longer list if it moved
    /// into this list (empty: none did).
    pub(crate) new_away: &'a [Option<usize>],
}

/// [`merge`] for a list within a longer one: the texts moved out or in
/// are `Removed` and `Added` with `moved`, never paired with another.
pub(crate) fn merge_within(old: &[Side<'_>], new: &[Side<'_>], within: Within<'_>) -> Vec<Item> {
    let old_texts: Vec<&str> = old.iter().map(|side| side.text).collect();
    let new_texts: Vec<&str> = new.iter().map(|side| side.text).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &old_texts, &new_texts);
    let (mut old_moved, mut new_moved) = moves(&ops, &old_texts, &new_texts);
    let (old_offset, new_offset) = within.offsets;
    overlay(&mut old_moved, new_offset, within.old_away);
    overlay(&mut new_moved, old_offset, within.new_away);
    let mut merged = Merged {
        old,
        new,
        offsets: within.offsets,
        old_moved,
        new_moved,
        items: Vec::with_capacity(old.len().max(new.len())),
    };
    let mut gap: Option<(Range<usize>, Range<usize>)> = None;
    for op in ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            if let Some((old_gap, new_gap)) = gap.take() {
                merged.gap(old_gap, new_gap);
            }
            for (i, j) in old_range.zip(new_range) {
                merged
                    .items
                    .push(Item::same(old[i], new[j], (i + old_offset, j + new_offset)));
            }
        } else {
            // Ops are contiguous: a run of changes is one gap.
            gap = Some(match gap {
                Some((old_gap, new_gap)) => {
                    (old_gap.start..old_range.end, new_gap.start..new_range.end)
                }
                None => (old_range, new_range),
            });
        }
    }
    if let Some((old_gap, new_gap)) = gap {
        merged.gap(old_gap, new_gap);
    }
    merged.items
}

/// Partners within the list made places in the longer list, and the
/// moves out of the list set over them.
fn overlay(moved: &mut [Option<usize>], offset: usize, away: &[Option<usize>]) {
    for (k, partner) in moved.iter_mut().enumerate() {
        *partner = match away.get(k).copied().flatten() {
            Some(elsewhere) => Some(elsewhere),
            None => partner.map(|index| index + offset),
        };
    }
}

/// The Japanese paragraphs of a prose text merged; a side without the
/// text gives the other's paragraphs whole, added or removed.
pub(super) fn prose(
    old: Option<&Multilingual<Prose>>,
    new: Option<&Multilingual<Prose>>,
) -> Vec<Item> {
    let (old, new) = (paragraphs(old), paragraphs(new));
    merge(&paragraph_sides(&old), &paragraph_sides(&new))
}

struct Merged<'s, 'a> {
    old: &'s [Side<'a>],
    new: &'s [Side<'a>],
    offsets: (usize, usize),
    /// For each old text found again elsewhere in the new list, its new
    /// index (in the longer list).
    old_moved: Vec<Option<usize>>,
    /// For each new text found elsewhere in the old list, its old index
    /// (in the longer list).
    new_moved: Vec<Option<usize>>,
    items: Vec<Item>,
}

impl Merged<'_, '_> {
    fn gap(&mut self, old: Range<usize>, new: Range<usize>) {
        let removed: Vec<usize> = old
            .clone()
            .filter(|&i| self.old_moved[i].is_none())
            .collect();
        let added: Vec<usize> = new
            .clone()
            .filter(|&j| self.new_moved[j].is_none())
            .collect();
        let (mut i, mut j) = (old.start, new.start);
        for (pair_i, pair_j, text) in pairs(self.old, &removed, self.new, &added) {
            self.removed_until(&mut i, pair_i);
            self.added_until(&mut j, pair_j);
            self.items.push(Item {
                status: Status::Changed,
                moved: false,
                old_index: Some(pair_i + self.offsets.0),
                new_index: Some(pair_j + self.offsets.1),
                text,
            });
            (i, j) = (pair_i + 1, pair_j + 1);
        }
        self.removed_until(&mut i, old.end);
        self.added_until(&mut j, new.end);
    }

    fn removed_until(&mut self, i: &mut usize, end: usize) {
        while *i < end {
            let side = self.old[*i];
            let partner = self.old_moved[*i];
            self.items.push(Item {
                status: Status::Removed,
                moved: partner.is_some(),
                old_index: Some(*i + self.offsets.0),
                new_index: partner,
                text: Inline::whole(Mark::Removed, side),
            });
            *i += 1;
        }
    }

    fn added_until(&mut self, j: &mut usize, end: usize) {
        while *j < end {
            let side = self.new[*j];
            let partner = self.new_moved[*j];
            self.items.push(Item {
                status: Status::Added,
                moved: partner.is_some(),
                old_index: partner,
                new_index: Some(*j + self.offsets.1),
                text: Inline::whole(Mark::Added, side),
            });
            *j += 1;
        }
    }
}

/// Which removed and added texts are the same text elsewhere, and where the
/// other one is: the k-th removal of a text is paired with its k-th addition.
fn moves(
    ops: &[similar::DiffOp],
    old: &[&str],
    new: &[&str],
) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let mut removed: BTreeMap<&str, VecDeque<usize>> = BTreeMap::new();
    let mut added = Vec::new();
    for op in ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        if tag != DiffTag::Equal {
            for i in old_range {
                removed.entry(old[i]).or_default().push_back(i);
            }
            added.extend(new_range);
        }
    }
    let mut old_moved = vec![None; old.len()];
    let mut new_moved = vec![None; new.len()];
    for j in added {
        if let Some(i) = removed.get_mut(new[j]).and_then(VecDeque::pop_front) {
            old_moved[i] = Some(j);
            new_moved[j] = Some(i);
        }
    }
    (old_moved, new_moved)
}

/// The (old index, new index, inline diff) of each removed text paired with
/// an added one, in order on both sides.
fn pairs(
    old: &[Side<'_>],
    removed: &[usize],
    new: &[Side<'_>],
    added: &[usize],
) -> Vec<(usize, usize, Inline)> {
    let chars = |sides: &[Side<'_>], indices: &[usize]| -> usize {
        indices.iter().map(|&i| sides[i].text.chars().count()).sum()
    };
    let chars = chars(old, removed) + chars(new, added);
    if removed.len() * added.len() > PAIRING_CAP || chars > PAIRING_CHARS_CAP {
        return removed
            .iter()
            .zip(added)
            .filter_map(|(&i, &j)| similar_enough(old[i], new[j]).map(|(_, inline)| (i, j, inline)))
            .collect();
    }
    best_pairs(old, removed, new, added)
}

/// The pairing that keeps the most unchanged text in total, among pairings
/// that keep both orders (an LCS weighted by [`similar_enough`]).
fn best_pairs(
    old: &[Side<'_>],
    removed: &[usize],
    new: &[Side<'_>],
    added: &[usize],
) -> Vec<(usize, usize, Inline)> {
    let (rows, cols) = (removed.len(), added.len());
    let mut candidates: Vec<Option<(usize, Inline)>> = removed
        .iter()
        .flat_map(|&i| added.iter().map(move |&j| (i, j)))
        .map(|(i, j)| similar_enough(old[i], new[j]))
        .collect();
    // best[x][y]: the most unchanged text pairable from removed[x..], added[y..].
    let width = cols + 1;
    let mut best = vec![0usize; (rows + 1) * width];
    for x in (0..rows).rev() {
        for y in (0..cols).rev() {
            let skip = best[(x + 1) * width + y].max(best[x * width + y + 1]);
            let take = candidates[x * cols + y]
                .as_ref()
                .map_or(0, |(same, _)| same + best[(x + 1) * width + y + 1]);
            best[x * width + y] = skip.max(take);
        }
    }
    let mut pairs = Vec::new();
    let (mut x, mut y) = (0, 0);
    while x < rows && y < cols {
        let here = best[x * width + y];
        let take = candidates[x * cols + y]
            .as_ref()
            .is_some_and(|(same, _)| same + best[(x + 1) * width + y + 1] == here);
        if take && let Some((_, inline)) = candidates[x * cols + y].take() {
            pairs.push((removed[x], added[y], inline));
            (x, y) = (x + 1, y + 1);
        } else if best[(x + 1) * width + y] == here {
            x += 1;
        } else {
            y += 1;
        }
    }
    pairs
}

/// Whether a removed and an added text read as one text reworded rather than
/// one text replaced by another: they are in the same language and the
/// cleaned-up inline diff keeps at least a third of their characters,
/// i.e. 2 × unchanged ≥ (old + new) / 3. 健康保険証の発行 → 資格確認書の発行
/// (の発行 kept: 6 of 16) is a rewording; 保険料の徴収 → 保険給付の支給 (保険
/// kept: 4 of 13) is another purpose. Whole words kept before cleanup count
/// too (see [`super::inline::kept_words`]), so an English rewording that
/// moves words around still reads as one purpose reworded. Gives the
/// unchanged character count and the inline diff.
fn similar_enough(old: Side<'_>, new: Side<'_>) -> Option<(usize, Inline)> {
    if old.lang != new.lang {
        return None;
    }
    let total = old.text.chars().count() + new.text.chars().count();
    let shorter = old.text.chars().count().min(new.text.chars().count());
    // Even keeping all of the shorter text would not reach a third.
    if 6 * shorter < total {
        return None;
    }
    let inline = Inline::compare(old, new);
    let shown_same: usize = inline
        .fragments
        .iter()
        .filter(|fragment| fragment.mark == Mark::Same)
        .map(|fragment| fragment.text.chars().count())
        .sum();
    let same = shown_same.max(super::inline::kept_words(old.text, new.text));
    (same > 0 && 6 * same >= total).then_some((same, inline))
}

/// Where an entry of either list is, in a merged list of entries matched
/// by a stable key (a category's or a section's id).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Place {
    /// Only in the old list, at this index.
    Removed(usize),
    /// Only in the new list, at this index.
    Added(usize),
    /// In both; `moved` when not on a longest common subsequence of keys,
    /// i.e. out of order relative to the others.
    Both { old: usize, new: usize, moved: bool },
}

/// Every entry of either list matched by key, in new order, each removed
/// entry right after the entry before it in the old list (after that
/// entry's new place, or first if it was first). Keys are unique in a built
/// site; if one repeats, its k-th occurrence matches the k-th.
pub(crate) fn by_key(old: &[&str], new: &[&str]) -> Vec<Place> {
    let old_to_new = match_keys(old, new);
    let kept = kept_in_place(old, new);
    let mut new_to_old = vec![None; new.len()];
    for (i, matched) in old_to_new.iter().enumerate() {
        if let Some(slot) = matched.and_then(|j| new_to_old.get_mut(j)) {
            *slot = Some(i);
        }
    }
    in_new_order(&old_to_new, new.len())
        .into_iter()
        .map(|place| match place {
            Place::Added(j) => match new_to_old[j] {
                Some(i) => Place::Both {
                    old: i,
                    new: j,
                    moved: kept[i] != Some(j),
                },
                None => Place::Added(j),
            },
            place => place,
        })
        .collect()
}

/// The new index of each old entry: the k-th occurrence of a key in `old`
/// matches its k-th occurrence in `new`.
fn match_keys(old: &[&str], new: &[&str]) -> Vec<Option<usize>> {
    let mut positions: BTreeMap<&str, VecDeque<usize>> = BTreeMap::new();
    for (j, key) in new.iter().enumerate() {
        positions.entry(key).or_default().push_back(j);
    }
    old.iter()
        .map(|key| positions.get_mut(key).and_then(VecDeque::pop_front))
        .collect()
}

/// For each old entry on a longest common subsequence of the keys, the
/// new index it is paired with there.
fn kept_in_place(old: &[&str], new: &[&str]) -> Vec<Option<usize>> {
    let mut kept = vec![None; old.len()];
    for op in capture_diff_slices(Algorithm::Myers, old, new) {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            for (i, j) in old_range.zip(new_range) {
                kept[i] = Some(j);
            }
        }
    }
    kept
}

/// Every new index in order as `Added`, with the unmatched old indices as
/// `Removed` placed after their predecessors.
fn in_new_order(old_to_new: &[Option<usize>], new_len: usize) -> Vec<Place> {
    let mut leading = Vec::new();
    let mut after: Vec<Vec<usize>> = vec![Vec::new(); new_len];
    let mut predecessor = None;
    for (i, matched) in old_to_new.iter().enumerate() {
        match (matched, predecessor.and_then(|j: usize| after.get_mut(j))) {
            (Some(j), _) => predecessor = Some(*j),
            (None, Some(followers)) => followers.push(i),
            (None, None) => leading.push(i),
        }
    }
    let mut places: Vec<Place> = leading.into_iter().map(Place::Removed).collect();
    for (j, followers) in after.into_iter().enumerate() {
        places.push(Place::Added(j));
        places.extend(followers.into_iter().map(Place::Removed));
    }
    places
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyed_entries_merge_in_new_order_with_removed_ones_after_their_predecessor() {
        use Place::*;
        let places = by_key(&["a", "b", "c", "d", "e"], &["x", "d", "a", "c"]);
        assert_eq!(
            places,
            vec![
                Added(0),
                Both {
                    old: 3,
                    new: 1,
                    moved: true
                },
                Removed(4),
                Both {
                    old: 0,
                    new: 2,
                    moved: false
                },
                Removed(1),
                Both {
                    old: 2,
                    new: 3,
                    moved: false
                },
            ]
        );
        assert_eq!(by_key(&["a"], &[]), vec![Removed(0)]);
        assert_eq!(
            by_key(&["a", "a"], &["a"]),
            vec![
                Both {
                    old: 0,
                    new: 0,
                    moved: false
                },
                Removed(1)
            ]
        );
    }
}

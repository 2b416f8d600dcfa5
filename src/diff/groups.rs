//! Inside one category, decided on the Japanese: its groups matched by id,
//! each group's purposes merged by text (see `sequence.rs`), a purpose
//! found in another group of the category a move between groups, and the
//! explanations of the purposes and the category's description compared
//! by paragraph. A category that lists its purposes directly is one group
//! without an id, and diffs as a single list did before groups existed.

use std::collections::{BTreeMap, VecDeque};

use super::changes::{GroupDiff, Item, PurposeDiff, Status};
use super::inline::Mark;
use super::japanese::prose;
use super::sequence::{self, Place, Within};
use super::text::{Inline, Side, ja};
use crate::content::{Bilingual, Category, Group, GroupLabel, Prose, Purpose};


/// The key a group is matched by: its id, or `""` (never an id) for the
/// unlabelled group of a category that lists its purposes directly.
fn key(group: &Group) -> &str {
    group.label.as_ref().map_or("", |label| label.id.as_str())
}

/// The groups of a category on either side merged; `None` for a side the
/// category is not on (then every group is added or removed whole).
pub(super) fn groups(old: Option<&Category>, new: Option<&Category>) -> Vec<GroupDiff> {
    let no_groups: &[Group] = &[];
    let old_groups = old.map_or(no_groups, |c| &c.groups);
    let new_groups = new.map_or(no_groups, |c| &c.groups);
    let old_keys: Vec<&str> = old_groups.iter().map(key).collect();
    let new_keys: Vec<&str> = new_groups.iter().map(key).collect();
    let places = sequence::by_key(&old_keys, &new_keys);
    let (old_list, new_list) = (List::of(old_groups), List::of(new_groups));
    let (old_away, new_away) = across(&places, &old_list, &new_list);
    // Where each old and each new group is among the merged groups.
    let mut old_place = vec![0; old_groups.len()];
    let mut new_place = vec![0; new_groups.len()];
    for (merged, place) in places.iter().enumerate() {
        let (i, j) = sides(*place);
        if let Some(i) = i {
            old_place[i] = merged;
        }
        if let Some(j) = j {
            new_place[j] = merged;
        }
    }
    places
        .into_iter()
        .map(|place| {
            let (i, j) = sides(place);
            let old_range = i.map_or(0..0, |i| old_list.ranges[i].clone());
            let new_range = j.map_or(0..0, |j| new_list.ranges[j].clone());
            let within = Within {
                offsets: (old_range.start, new_range.start),
                old_away: &old_away[old_range.clone()],
                new_away: &new_away[new_range.clone()],
            };
            let items = sequence::merge_within(
                &old_list.sides[old_range],
                &new_list.sides[new_range],
                within,
            );
            let purposes: Vec<PurposeDiff> = items
                .into_iter()
                .map(|item| {
                    let across = match item.status {
                        Status::Added => item
                            .new_index
                            .and_then(|j| new_away[j])
                            .map(|i| old_place[old_list.group_of[i]]),
                        Status::Removed => item
                            .old_index
                            .and_then(|i| old_away[i])
                            .map(|j| new_place[new_list.group_of[j]]),
                        Status::Same | Status::Changed => None,
                    };
                    purpose(item, across, &old_list, &new_list)
                })
                .collect();
            group(
                place,
                i.map(|i| &old_groups[i]),
                j.map(|j| &new_groups[j]),
                purposes,
            )
        })
        .collect()
}

fn sides(place: Place) -> (Option<usize>, Option<usize>) {
    match place {
        Place::Removed(i) => (Some(i), None),
        Place::Added(j) => (None, Some(j)),
        Place::Both { old, new, .. } => (Some(old), Some(new)),
    }
}

fn group(
    place: Place,
    old: Option<&Group>,
    new: Option<&Group>,
    purposes: Vec<PurposeDiff>,
) -> GroupDiff {
    let (old_label, new_label) = (label(old), label(new));
    let name = match (old_label, new_label) {
        (Some(old), Some(new)) => Some(Inline::compare(ja(&old.name), ja(&new.name))),
        (Some(old), None) => Some(Inline::whole(Mark::Removed, ja(&old.name))),
        (None, Some(new)) => Some(Inline::whole(Mark::Added, ja(&new.name))),
        (None, None) => None,
    };
    let id = new_label.or(old_label).map(|label| label.id.clone());
    let (status, old_index, new_index, moved) = match place {
        Place::Removed(i) => (Status::Removed, Some(i), None, false),
        Place::Added(j) => (Status::Added, None, Some(j), false),
        Place::Both { old, new, moved } => (Status::Same, Some(old), Some(new), moved),
    };
    let renamed = status == Status::Same && name.as_ref().is_some_and(Inline::is_changed);
    let changed = renamed || moved || purposes.iter().any(|p| p.item.is_changed());
    GroupDiff {
        id,
        status: if status == Status::Same && changed {
            Status::Changed
        } else {
            status
        },
        old_index,
        new_index,
        name,
        renamed,
        moved,
        purposes,
    }
}

fn label(group: Option<&Group>) -> Option<&GroupLabel> {
    group.and_then(|g| g.label.as_ref())
}

/// Every purpose of one side of a category, group after group.
struct List<'a> {
    purposes: Vec<&'a Purpose>,
    sides: Vec<Side<'a>>,
    /// The group each purpose is in.
    group_of: Vec<usize>,
    /// The places of each group's purposes.
    ranges: Vec<std::ops::Range<usize>>,
}

impl<'a> List<'a> {
    fn of(groups: &'a [Group]) -> List<'a> {
        let mut list = List {
            purposes: Vec::new(),
            sides: Vec::new(),
            group_of: Vec::new(),
            ranges: Vec::new(),
        };
        for (g, group) in groups.iter().enumerate() {
            let start = list.purposes.len();
            for purpose in &group.purposes {
                list.purposes.push(purpose);
                list.sides.push(ja(&purpose.text));
                list.group_of.push(g);
            }
            list.ranges.push(start..list.purposes.len());
        }
        list
    }
}

/// The purposes that moved between groups: for each old purpose, its new
/// place if it moved, and for each new purpose, its old place if it
/// moved. A purpose moved when its text is not in the other side of its
/// own group but is in another group on that side; the k-th such text to
/// leave is paired with the k-th to arrive.
fn across(
    places: &[Place],
    old: &List<'_>,
    new: &List<'_>,
) -> (Vec<Option<usize>>, Vec<Option<usize>>) {
    let mut old_counterpart = vec![None; old.ranges.len()];
    let mut new_counterpart = vec![None; new.ranges.len()];
    for place in places {
        if let Place::Both { old: i, new: j, .. } = *place {
            old_counterpart[i] = Some(j);
            new_counterpart[j] = Some(i);
        }
    }
    let in_group = |list: &List<'_>, group: Option<usize>, text: &str| {
        group.is_some_and(|g| list.sides[list.ranges[g].clone()].iter().any(|s| s.text == text))
    };
    let mut left: BTreeMap<&str, VecDeque<usize>> = BTreeMap::new();
    for (i, side) in old.sides.iter().enumerate() {
        if !in_group(new, old_counterpart[old.group_of[i]], side.text) {
            left.entry(side.text).or_default().push_back(i);
        }
    }
    let mut old_away = vec![None; old.sides.len()];
    let mut new_away = vec![None; new.sides.len()];
    for (j, side) in new.sides.iter().enumerate() {
        if in_group(old, new_counterpart[new.group_of[j]], side.text) {
            continue;
        }
        if let Some(i) = left.get_mut(side.text).and_then(VecDeque::pop_front) {
            old_away[i] = Some(j);
            new_away[j] = Some(i);
        }
    }
    (old_away, new_away)
}

/// A merged purpose with its explanation compared. An explanation that
/// changed makes a purpose that kept its place and text `Changed`.
fn purpose(
    mut item: Item,
    moved_across: Option<usize>,
    old: &List<'_>,
    new: &List<'_>,
) -> PurposeDiff {
    let (old_explanation, new_explanation) = match (item.status, item.moved) {
        // The explanation goes with the purpose to its new place.
        (Status::Removed, true) => (None, None),
        (Status::Removed, false) => (explanation(old, item.old_index), None),
        (Status::Added, false) => (None, explanation(new, item.new_index)),
        _ => (
            explanation(old, item.old_index),
            explanation(new, item.new_index),
        ),
    };
    let explanation_changed = match (item.status, item.moved) {
        (Status::Same | Status::Changed, _) | (Status::Added, true) => {
            source(old_explanation) != source(new_explanation)
        }
        _ => false,
    };
    if explanation_changed && item.status == Status::Same {
        item.status = Status::Changed;
    }
    PurposeDiff {
        // One side empty gives its paragraphs whole, added or removed.
        explanation: prose(old_explanation, new_explanation),
        item,
        moved_across,
        explanation_changed,
    }
}

fn explanation<'a>(list: &List<'a>, index: Option<usize>) -> Option<&'a Bilingual<Prose>> {
    index
        .and_then(|k| list.purposes.get(k))
        .and_then(|p| p.explanation.as_ref())
}

fn source(prose: Option<&Bilingual<Prose>>) -> Option<&str> {
    prose.map(|prose| prose.ja.source.as_str())
}

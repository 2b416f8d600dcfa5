//! Inside one category, decided on the Japanese: its groups matched by id,
//! each group's purposes merged by text (see `sequence.rs`), a purpose
//! found in another group of the category a move between groups, and the
//! explanations of the purposes and the category's description compared
//! by paragraph. A category that lists its purposes directly is one group
//! without an id, and diffs as a single list did before groups existed.

use std::collections::{BTreeMap, VecDeque};

use super::changes::{GroupDiff, Item, PurposeDiff, Status};
use super::inline::Mark;
use super::sequence::{self, Place, Within, prose};
use super::text::{Inline, Side, ja};
use crate::content::{Category, Group, GroupLabel, Multilingual, Prose, Purpose};

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
        group.is_some_and(|g| {
            list.sides[list.ranges[g].clone()]
                .iter()
                .any(|s| s.text == text)
        })
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
    // The merge pairs a removed and an added text as Changed only when the
    // words were reworded; an explanation changes the status below.
    let reworded = item.status == Status::Changed;
    if explanation_changed && item.status == Status::Same {
        item.status = Status::Changed;
    }
    PurposeDiff {
        // One side empty gives its paragraphs whole, added or removed.
        explanation: prose(old_explanation, new_explanation),
        item,
        moved_across,
        explanation_changed,
        reworded,
    }
}

fn explanation<'a>(list: &List<'a>, index: Option<usize>) -> Option<&'a Multilingual<Prose>> {
    index
        .and_then(|k| list.purposes.get(k))
        .and_then(|p| p.explanation.as_ref())
}

fn source(prose: Option<&Multilingual<Prose>>) -> Option<&str> {
    prose.map(|prose| prose.ja.source.as_str())
}

#[cfg(test)]
mod tests {
    use crate::content::{Category, Group, GroupLabel, Purpose};
    use crate::diff::fixtures::{ja, lines, marked, prose, purpose, revision};
    use crate::diff::*;
    use crate::lang::testing::japanese as in_japanese;

    fn group(id: &str, name: &str, purposes: &[&str]) -> Group {
        Group {
            label: Some(GroupLabel {
                id: id.to_owned(),
                name: ja(name),
            }),
            purposes: purposes.iter().map(|p| purpose(p)).collect(),
        }
    }

    fn benefits(groups: Vec<Group>) -> Category {
        Category {
            id: "benefits".to_owned(),
            name: ja("保険給付"),
            description: None,
            groups,
        }
    }

    fn explained(text: &str, explanation: &str) -> Purpose {
        Purpose {
            explanation: Some(prose(explanation, None)),
            ..purpose(text)
        }
    }

    /// Each group as "id name: lines".
    fn shown(diff: &RevisionDiff) -> Vec<String> {
        diff.purposes.categories[0]
            .groups
            .iter()
            .map(|g| {
                let items: Vec<Item> = g.purposes.iter().map(|p| p.item.clone()).collect();
                let name = g.name.as_ref().map_or(String::new(), marked);
                format!(
                    "{:?} {} {:?}: {}",
                    g.status,
                    g.id.as_deref().unwrap_or("-"),
                    name,
                    lines(&items).join(" | ")
                )
            })
            .collect()
    }

    #[test]
    fn groups_are_followed_by_id_and_a_purpose_moved_between_them_is_a_move() {
        let old = revision(
            vec![benefits(vec![
                group("internal", "内部での利用", &["審査", "支払"]),
                group("provision", "提供", &[]),
                group("old", "旧", &["通知"]),
            ])],
            vec![],
        );
        let new = revision(
            vec![benefits(vec![
                group("internal", "内部での利用に係る事例", &["審査"]),
                group("provision", "提供", &["支払"]),
                group("new", "新", &["健診"]),
            ])],
            vec![],
        );
        let diff = diff(&old, &new, in_japanese());
        assert_eq!(
            shown(&diff),
            [
                "Changed internal \"内部での利用{+に係る事例+}\":   審査 | -↕ [-支払-]",
                "Changed provision \"提供\": +↕ {+支払+}",
                "Removed old \"[-旧-]\": - [-通知-]",
                "Added new \"{+新+}\": + {+健診+}",
            ]
        );
        let groups = &diff.purposes.categories[0].groups;
        // Each side of the move names the other group.
        assert_eq!(groups[0].purposes[1].moved_across, Some(1));
        assert_eq!(groups[1].purposes[0].moved_across, Some(0));
        // Places count in the whole category: 支払 was second, is second.
        let moved = &groups[1].purposes[0].item;
        assert_eq!((moved.old_index, moved.new_index), (Some(1), Some(1)));
        let summary = diff.summary();
        assert_eq!(
            summary,
            Summary {
                groups_added: 1,
                groups_removed: 1,
                groups_renamed: 1,
                groups_renamed_with_purposes: 1,
                purposes_added: 1,
                purposes_removed: 1,
                purposes_regrouped: 1,
                ..Summary::default()
            }
        );
        assert!(summary.changes_purposes());
        assert!(old.body.purposes.differs_from(&new.body.purposes));
    }

    #[test]
    fn an_exact_move_between_groups_wins_over_a_similar_text_in_place() {
        let old = revision(
            vec![benefits(vec![
                group("internal", "内部", &["保険給付の支給"]),
                group("provision", "提供", &["保険給付及び附加給付の支給"]),
            ])],
            vec![],
        );
        let new = revision(
            vec![benefits(vec![
                group("internal", "内部", &["保険給付及び附加給付の支給"]),
                group("provision", "提供", &[]),
            ])],
            vec![],
        );
        assert_eq!(
            shown(&diff(&old, &new, in_japanese())),
            [
                "Changed internal \"内部\": - [-保険給付の支給-] | +↕ {+保険給付及び附加給付の支給+}",
                "Changed provision \"提供\": -↕ [-保険給付及び附加給付の支給-]",
            ]
        );
    }

    #[test]
    fn an_explanation_changed_is_a_purpose_changed_and_a_description_is_not() {
        let old = revision(
            vec![benefits(vec![Group {
                label: Some(GroupLabel {
                    id: "internal".into(),
                    name: ja("内部"),
                }),
                purposes: vec![explained("審査", "様式により確認します。"), purpose("支払")],
            }])],
            vec![],
        );
        let mut new = old.clone();
        new.body.purposes.categories[0].groups[0].purposes[0].explanation =
            Some(prose("様式及び帳票により確認します。", None));
        let diff = diff(&old, &new, in_japanese());
        let purpose = &diff.purposes.categories[0].groups[0].purposes[0];
        assert_eq!(purpose.item.status, Status::Changed);
        assert!(purpose.explanation_changed && !purpose.item.text.is_changed());
        assert_eq!(
            lines(&purpose.explanation),
            ["~ 様式{+及び帳票+}により確認します。"]
        );
        assert_eq!(diff.summary().purposes_explained, 1);
        assert!(diff.summary().changes_purposes());

        let mut described = old.clone();
        described.body.purposes.categories[0].description = Some(prose("レセプト", None));
        let diff = crate::diff::diff(&old, &described, in_japanese());
        let category = &diff.purposes.categories[0];
        assert_eq!(category.status, Status::Changed);
        assert_eq!(lines(&category.description), ["+ {+レセプト+}"]);
        assert_eq!(
            diff.summary(),
            Summary {
                paragraphs_changed: 1,
                ..Summary::default()
            }
        );
        assert!(!diff.summary().changes_purposes());
    }

    #[test]
    fn a_move_with_its_explanation_changed_carries_the_explanation() {
        let old = revision(
            vec![benefits(vec![
                Group {
                    purposes: vec![explained("審査", "一。")],
                    ..group("internal", "内部", &[])
                },
                group("provision", "提供", &[]),
            ])],
            vec![],
        );
        let new = revision(
            vec![benefits(vec![
                group("internal", "内部", &[]),
                Group {
                    purposes: vec![explained("審査", "二。")],
                    ..group("provision", "提供", &[])
                },
            ])],
            vec![],
        );
        let diff = diff(&old, &new, in_japanese());
        let groups = &diff.purposes.categories[0].groups;
        assert!(groups[0].purposes[0].explanation.is_empty());
        let arrived = &groups[1].purposes[0];
        assert!(arrived.explanation_changed);
        assert_eq!(lines(&arrived.explanation), ["~ [-一-]{+二+}。"]);
        let summary = diff.summary();
        assert_eq!(
            (summary.purposes_regrouped, summary.purposes_explained),
            (1, 1)
        );
    }

    #[test]
    fn empty_groups_and_order_are_no_change_of_purpose() {
        let old = revision(
            vec![benefits(vec![
                group("internal", "内部", &["審査"]),
                group("provision", "提供", &[]),
            ])],
            vec![],
        );
        let new = revision(
            vec![benefits(vec![
                group("provision", "提供に係る事例", &[]),
                group("internal", "内部", &["審査"]),
                group("other", "その他", &[]),
            ])],
            vec![],
        );
        let diff = diff(&old, &new, in_japanese());
        let summary = diff.summary();
        assert_eq!(
            summary,
            Summary {
                groups_added: 1,
                groups_renamed: 1,
                groups_moved: 1,
                ..Summary::default()
            }
        );
        assert!(!summary.changes_purposes());
        assert!(!old.body.purposes.differs_from(&new.body.purposes));
        assert!(!diff.is_empty(), "a reader sees the groups change");
    }

    #[test]
    fn a_category_that_takes_groups_moves_its_purposes_into_them() {
        let old = revision(
            vec![fixtures::category(
                "benefits",
                "保険給付",
                &["審査", "支払"],
            )],
            vec![],
        );
        let new = revision(
            vec![benefits(vec![group("internal", "内部", &["審査", "支払"])])],
            vec![],
        );
        let diff = diff(&old, &new, in_japanese());
        assert_eq!(
            shown(&diff),
            [
                "Removed - \"\": -↕ [-審査-] | -↕ [-支払-]",
                "Added internal \"{+内部+}\": +↕ {+審査+} | +↕ {+支払+}",
            ]
        );
        assert_eq!(diff.summary().purposes_regrouped, 2);
        assert!(diff.summary().changes_purposes());
    }
}

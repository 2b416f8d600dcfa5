//! Where each revision stands on a given day. A revision is *published*
//! from its announced date, *current* from 00:00 JST on its effective date
//! until the next one takes over, and *upcoming* in between; a revision
//! not yet announced is not shown anywhere. Every page that speaks of time
//! (the notice, the history, the feeds) reads it from here, so they agree.

use jiff::civil::Date;

use crate::content::{Revision, Site};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Was in effect; a later revision has taken over.
    Archived,
    /// In effect today.
    Current,
    /// Announced, taking effect on a later date.
    Upcoming,
}

/// One published revision and its place among the others.
#[derive(Clone, Copy, Debug)]
pub struct Entry<'a> {
    /// Its position in `Site::revisions`, which also indexes its diff.
    pub index: usize,
    pub revision: &'a Revision,
    pub standing: Standing,
    /// The last day it is (or was, or will be) in effect, when a published
    /// revision follows it.
    pub until: Option<Date>,
    /// The revision it replaced, if any: what its changes are measured against.
    pub previous: Option<&'a Revision>,
}

impl Entry<'_> {
    pub fn is_first(&self) -> bool {
        self.previous.is_none()
    }
}

/// The published revisions as of one date, oldest first.
#[derive(Clone, Debug)]
pub struct Timeline<'a> {
    pub entries: Vec<Entry<'a>>,
    current: usize,
}

/// Nothing is in effect yet on the date asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "no revision is in effect on {as_of}: the first one takes effect on {first}; preview a later date with --as-of"
)]
pub struct NothingInEffect {
    pub as_of: Date,
    pub first: Date,
}

impl<'a> Timeline<'a> {
    /// The site as it stands at 00:00 JST on `as_of` and for the rest of that day.
    pub fn new(site: &'a Site, as_of: Date) -> Result<Timeline<'a>, NothingInEffect> {
        let revisions = &site.revisions;
        let current =
            revisions
                .iter()
                .rposition(|r| r.effective <= as_of)
                .ok_or(NothingInEffect {
                    as_of,
                    first: site.first().effective,
                })?;
        // `check` keeps announcements in effective order, so the published
        // revisions are always the first few.
        let published = revisions
            .iter()
            .take_while(|r| r.announced <= as_of)
            .count()
            .max(current + 1);
        let entries = (0..published)
            .map(|index| {
                let revision = &revisions[index];
                let standing = match index.cmp(&current) {
                    std::cmp::Ordering::Less => Standing::Archived,
                    std::cmp::Ordering::Equal => Standing::Current,
                    std::cmp::Ordering::Greater => Standing::Upcoming,
                };
                Entry {
                    index,
                    revision,
                    standing,
                    until: revisions
                        .get(index + 1)
                        .filter(|_| index + 1 < published)
                        .and_then(|next| next.effective.yesterday().ok()),
                    previous: index.checked_sub(1).map(|i| &revisions[i]),
                }
            })
            .collect();
        Ok(Timeline { entries, current })
    }

    pub fn current(&self) -> &Entry<'a> {
        &self.entries[self.current]
    }

    /// Announced revisions not yet in effect, soonest first.
    pub fn upcoming(&self) -> &[Entry<'a>] {
        &self.entries[self.current + 1..]
    }

    /// Newest first, as the history lists them.
    pub fn newest_first(&self) -> impl Iterator<Item = &Entry<'a>> {
        self.entries.iter().rev()
    }

    pub fn find(&self, effective: Date) -> Option<&Entry<'a>> {
        self.entries
            .iter()
            .find(|e| e.revision.effective == effective)
    }
}

/// The first day after `after` on which the timeline changes: a revision
/// is announced or takes effect. `None` once everything has happened.
pub fn next_change(site: &Site, after: Date) -> Option<Date> {
    site.revisions
        .iter()
        .flat_map(|r| [r.announced, r.effective])
        .filter(|date| *date > after)
        .min()
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::content::{Bilingual, Purposes};

    fn revision(effective: Date, announced: Date) -> Revision {
        let text = |s: &str| Bilingual {
            ja: s.to_owned(),
            en: None,
        };
        Revision {
            effective,
            announced,
            changes_purposes: true,
            title: text("公表事項"),
            note: text("改定"),
            purposes: Purposes {
                heading: text("利用目的"),
                intro: None,
                caption: text("表"),
                category_header: text("類型"),
                purposes_header: text("利用目的"),
                categories: Vec::new(),
                notes: None,
            },
            sections: Vec::new(),
            seal: crate::content::integrity::Seal::of_nothing(),
        }
    }

    fn site() -> Site {
        let config = crate::content::SiteConfig {
            base_url: "https://example.jp/".into(),
            operator: crate::content::Operator {
                name: Bilingual {
                    ja: "組合".into(),
                    en: None,
                },
                address: Bilingual {
                    ja: "東京".into(),
                    en: None,
                },
                representative: Bilingual {
                    ja: "理事長".into(),
                    en: None,
                },
            },
            contact: crate::content::Contact {
                desk: Bilingual {
                    ja: "窓口".into(),
                    en: None,
                },
                address: Bilingual {
                    ja: "東京".into(),
                    en: None,
                },
                phone: "03".into(),
                phones: Vec::new(),
                email: None,
                hours: None,
            },
        };
        Site {
            config,
            revisions: vec![
                revision(date(2022, 4, 1), date(2022, 3, 1)),
                revision(date(2024, 12, 2), date(2024, 11, 1)),
                revision(date(2025, 4, 1), date(2025, 3, 1)),
            ],
        }
    }

    fn standings(timeline: &Timeline<'_>) -> Vec<(Date, Standing, Option<Date>)> {
        timeline
            .entries
            .iter()
            .map(|e| (e.revision.effective, e.standing, e.until))
            .collect()
    }

    #[test]
    fn a_revision_is_hidden_until_announced_then_upcoming_then_current() {
        let site = site();
        let before_announcement = Timeline::new(&site, date(2025, 2, 28)).unwrap();
        assert_eq!(
            standings(&before_announcement),
            [
                (
                    date(2022, 4, 1),
                    Standing::Archived,
                    Some(date(2024, 12, 1))
                ),
                (date(2024, 12, 2), Standing::Current, None),
            ]
        );
        let announced = Timeline::new(&site, date(2025, 3, 1)).unwrap();
        assert_eq!(
            standings(&announced),
            [
                (
                    date(2022, 4, 1),
                    Standing::Archived,
                    Some(date(2024, 12, 1))
                ),
                (
                    date(2024, 12, 2),
                    Standing::Current,
                    Some(date(2025, 3, 31))
                ),
                (date(2025, 4, 1), Standing::Upcoming, None),
            ]
        );
        assert_eq!(announced.upcoming().len(), 1);
        let effective = Timeline::new(&site, date(2025, 4, 1)).unwrap();
        assert_eq!(effective.current().revision.effective, date(2025, 4, 1));
        assert!(effective.upcoming().is_empty());
        assert!(effective.entries[0].is_first());
        assert!(!effective.entries[1].is_first());
    }

    #[test]
    fn nothing_is_in_effect_before_the_first_revision() {
        let site = site();
        assert_eq!(
            Timeline::new(&site, date(2022, 3, 31)).unwrap_err(),
            NothingInEffect {
                as_of: date(2022, 3, 31),
                first: date(2022, 4, 1)
            }
        );
    }

    #[test]
    fn the_timeline_changes_on_announcement_and_effective_dates() {
        let site = site();
        assert_eq!(
            next_change(&site, date(2024, 12, 2)),
            Some(date(2025, 3, 1))
        );
        assert_eq!(next_change(&site, date(2025, 3, 1)), Some(date(2025, 4, 1)));
        assert_eq!(next_change(&site, date(2025, 4, 1)), None);
    }
}

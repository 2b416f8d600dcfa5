//! Where each revision stands on a given day. A revision is *published*
//! from its announced date, *current* from 00:00 JST on its effective date
//! until the next one takes over, and *upcoming* in between; a revision
//! not yet announced is not shown anywhere. Every page that speaks of time
//! (the notice, the history, the feeds) reads it from here, so they agree.
//! Between a union's first announcement and the day its first revision
//! takes effect, nothing is current: the first revision is upcoming, and
//! the notice page shows it as such.

use jiff::civil::Date;

use crate::content::{Notice, Revision, Site};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Standing {
    /// Was in effect; a later revision has taken over.
    Archived,
    /// In effect today.
    Current,
    /// Announced, taking effect on a later date.
    Upcoming,
}

/// One published revision and its place among the others.
#[derive(Debug)]
pub(crate) struct Entry<'a, B = Notice> {
    /// Its position in `Site::revisions`, which also indexes its diff.
    pub index: usize,
    pub revision: &'a Revision<B>,
    pub standing: Standing,
    /// The last day it is (or was, or will be) in effect, when a published
    /// revision follows it.
    pub until: Option<Date>,
    /// The revision it replaced, if any: what its changes are measured against.
    pub previous: Option<&'a Revision<B>>,
}

// Derived `Clone` and `Copy` would ask the same of `B`; an entry only
// borrows the revision.
impl<B> Clone for Entry<'_, B> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<B> Copy for Entry<'_, B> {}

impl<B> Entry<'_, B> {
    pub(crate) fn is_first(&self) -> bool {
        self.previous.is_none()
    }
}

/// The published revisions of one document as of one date, oldest first.
#[derive(Clone, Debug)]
pub(crate) struct Timeline<'a, B = Notice> {
    pub entries: Vec<Entry<'a, B>>,
    /// The entry in effect; `None` while the first revision is announced
    /// but not yet in effect (a union's first announcement period).
    current: Option<usize>,
}

/// Nothing is published yet on the date asked for: the first revision has
/// not been announced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "nothing is published on {as_of}: the first revision is announced on {announced} and takes effect on {effective}; preview it with --as-of {announced}"
)]
pub struct NothingPublished {
    pub as_of: Date,
    pub announced: Date,
    pub effective: Date,
}

impl<'a, B> Timeline<'a, B> {
    /// A document's `revisions` (oldest first, never empty) as they stand
    /// at 00:00 JST on `as_of` and for the rest of that day. From the first
    /// announcement on there is always something to show: the revision in
    /// effect, or else the first one, as upcoming.
    pub(crate) fn new(
        revisions: &'a [Revision<B>],
        as_of: Date,
    ) -> Result<Timeline<'a, B>, NothingPublished> {
        // A revision is in effect on the site once it has taken effect and
        // been announced: a joint use's change of address may be announced
        // after the day it took effect, and is shown from its announcement.
        let current = revisions
            .iter()
            .rposition(|r| r.effective <= as_of && r.announced <= as_of);
        // `check` keeps announcements in effective order and never after
        // the effective date, so the published revisions are always the
        // first few, and the one in effect is among them.
        let published = revisions
            .iter()
            .take_while(|r| r.announced <= as_of)
            .count()
            .max(current.map_or(0, |current| current + 1));
        if published == 0 {
            let first = &revisions[0];
            return Err(NothingPublished {
                as_of,
                announced: first.announced,
                effective: first.effective,
            });
        }
        let entries = (0..published)
            .map(|index| {
                let revision = &revisions[index];
                let standing = match current.map(|current| index.cmp(&current)) {
                    Some(std::cmp::Ordering::Less) => Standing::Archived,
                    Some(std::cmp::Ordering::Equal) => Standing::Current,
                    Some(std::cmp::Ordering::Greater) | None => Standing::Upcoming,
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

    /// The revision in effect, if one is yet.
    pub(crate) fn current(&self) -> Option<&Entry<'a, B>> {
        self.current.map(|current| &self.entries[current])
    }

    /// The revision the notice page shows: the one in effect or, before the
    /// first takes effect, the first, as upcoming.
    pub(crate) fn shown(&self) -> &Entry<'a, B> {
        &self.entries[self.current.unwrap_or(0)]
    }

    /// Announced revisions not yet in effect, soonest first.
    pub(crate) fn upcoming(&self) -> &[Entry<'a, B>] {
        &self.entries[self.current.map_or(0, |current| current + 1)..]
    }

    /// Announced revisions that take effect after the one shown, soonest
    /// first: what the notice page announces above the notice.
    pub(crate) fn announced_after_shown(&self) -> &[Entry<'a, B>] {
        &self.entries[self.current.unwrap_or(0) + 1..]
    }

    /// Newest first, as the history lists them.
    pub(crate) fn newest_first(&self) -> impl Iterator<Item = &Entry<'a, B>> {
        self.entries.iter().rev()
    }
}

/// The first day after `after` on which the site changes: a revision of
/// any document is announced or takes effect. `None` once everything has
/// happened.
pub(crate) fn next_change(site: &Site, after: Date) -> Option<Date> {
    let dates = |r: (Date, Date)| [r.0, r.1];
    site.revisions
        .iter()
        .map(|r| (r.announced, r.effective))
        .chain(
            site.documents
                .iter()
                .flat_map(|document| &document.revisions)
                .map(|r| (r.announced, r.effective)),
        )
        .flat_map(dates)
        .filter(|date| *date > after)
        .min()
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;
    use crate::content::{Multilingual, Notice, Purposes};

    fn revision(effective: Date, announced: Date) -> Revision {
        let text = |s: &str| Multilingual::ja_en(s.to_owned(), None);
        Revision {
            effective,
            announced,
            title: text("公表事項"),
            note: text("改定"),
            body: Notice {
                changes_purposes: true,
                purposes: Purposes {
                    heading: text("利用目的"),
                    intro: None,
                    caption: text("表"),
                    category_header: text("類型"),
                    purposes_header: text("利用目的"),
                    description_header: None,
                    categories: Vec::new(),
                    notes: None,
                },
            },
            sections: Vec::new(),
            seal: crate::content::seal::Seal::of_nothing(),
        }
    }

    fn site() -> Site {
        let config = crate::content::SiteConfig {
            languages: crate::lang::Languages::japanese_and_english(),
            catalogs: Vec::new(),
            base_url: "https://example.jp/".into(),
            operator: crate::content::Operator {
                name: Multilingual::ja_en("組合".into(), None),
                address: Multilingual::ja_en("東京".into(), None),
                representative: Multilingual::ja_en("理事長".into(), None),
            },
            contact: crate::content::Contact {
                desk: Multilingual::ja_en("窓口".into(), None),
                address: Multilingual::ja_en("東京".into(), None),
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
            documents: Vec::new(),
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
        let before_announcement = Timeline::new(&site.revisions, date(2025, 2, 28)).unwrap();
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
        let announced = Timeline::new(&site.revisions, date(2025, 3, 1)).unwrap();
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
        let effective = Timeline::new(&site.revisions, date(2025, 4, 1)).unwrap();
        assert_eq!(
            effective.current().map(|e| e.revision.effective),
            Some(date(2025, 4, 1))
        );
        assert!(effective.upcoming().is_empty());
        assert!(effective.entries[0].is_first());
        assert!(!effective.entries[1].is_first());
    }

    #[test]
    fn the_first_revision_is_upcoming_from_its_announcement() {
        let site = site();
        let announced = Timeline::new(&site.revisions, date(2022, 3, 1)).unwrap();
        assert!(announced.current().is_none());
        assert_eq!(
            standings(&announced),
            [(date(2022, 4, 1), Standing::Upcoming, None)]
        );
        assert_eq!(announced.shown().revision.effective, date(2022, 4, 1));
        assert_eq!(announced.upcoming().len(), 1);
        assert!(announced.announced_after_shown().is_empty());
        assert_eq!(
            Timeline::new(&site.revisions, date(2022, 3, 31))
                .unwrap()
                .current()
                .map(|e| e.revision.effective),
            None
        );
        let in_effect = Timeline::new(&site.revisions, date(2022, 4, 1)).unwrap();
        assert_eq!(
            in_effect.current().map(|e| e.revision.effective),
            Some(date(2022, 4, 1))
        );
    }

    #[test]
    fn two_revisions_announced_before_the_first_takes_effect() {
        let mut site = site();
        site.revisions[1].announced = date(2022, 3, 15);
        let timeline = Timeline::new(&site.revisions, date(2022, 3, 20)).unwrap();
        assert_eq!(
            standings(&timeline),
            [
                (
                    date(2022, 4, 1),
                    Standing::Upcoming,
                    Some(date(2024, 12, 1))
                ),
                (date(2024, 12, 2), Standing::Upcoming, None),
            ]
        );
        assert_eq!(timeline.shown().revision.effective, date(2022, 4, 1));
        assert_eq!(timeline.announced_after_shown().len(), 1);
    }

    #[test]
    fn nothing_is_published_before_the_first_announcement() {
        let site = site();
        let error = Timeline::new(&site.revisions, date(2022, 2, 28)).unwrap_err();
        assert_eq!(
            error,
            NothingPublished {
                as_of: date(2022, 2, 28),
                announced: date(2022, 3, 1),
                effective: date(2022, 4, 1),
            }
        );
        assert_eq!(
            error.to_string(),
            "nothing is published on 2022-02-28: the first revision is announced on 2022-03-01 and takes effect on 2022-04-01; preview it with --as-of 2022-03-01"
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

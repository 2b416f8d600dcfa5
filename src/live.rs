//! The site being served, and the calendar that moves it on. Requests read
//! the current rendering through one atomic pointer; at 00:00 JST, when a
//! revision is announced or takes effect, a background task renders the
//! site for the new date and swaps it in. No request ever sees half of a
//! site, nothing is rendered at request time, and no restart is needed.

use std::sync::Arc;
use std::time::Duration;

use arc_swap::{ArcSwap, ArcSwapOption};
use jiff::Timestamp;
use jiff::civil::Date;
use tokio::sync::Notify;

use crate::archive::Archive;
use crate::japan_time;
use crate::render::{self, RenderedSite};
use crate::resource;
use crate::timeline::next_change;

/// The rendered site requests are answered from, the archive it was
/// rendered from (which the calendar renders again from), and what went
/// wrong with the last reload, if it failed.
pub struct LiveSite {
    rendered: ArcSwap<RenderedSite>,
    archive: ArcSwapOption<Archive>,
    reload_failure: ArcSwapOption<String>,
    /// Wakes the calendar when a reload brings other dates.
    reloaded: Notify,
}

impl LiveSite {
    /// A site that stays as rendered (tests, and previews of one date).
    pub fn new(rendered: RenderedSite) -> LiveSite {
        LiveSite {
            rendered: ArcSwap::from_pointee(rendered),
            archive: ArcSwapOption::empty(),
            reload_failure: ArcSwapOption::empty(),
            reloaded: Notify::new(),
        }
    }

    /// A site rendered from `archive`, which the calendar can render again.
    pub fn with_archive(archive: Arc<Archive>, rendered: RenderedSite) -> LiveSite {
        let live = LiveSite::new(rendered);
        live.archive.store(Some(archive));
        live
    }

    /// The site as it is now; a request holds on to one rendering throughout.
    pub fn load(&self) -> Arc<RenderedSite> {
        self.rendered.load_full()
    }

    pub fn replace(&self, rendered: RenderedSite) {
        self.rendered.store(Arc::new(rendered));
    }

    pub fn archive(&self) -> Option<Arc<Archive>> {
        self.archive.load_full()
    }

    /// Swaps in content that loaded and rendered without errors.
    pub fn reloaded(&self, archive: Arc<Archive>, rendered: RenderedSite) {
        self.replace(rendered);
        self.archive.store(Some(archive));
        self.reload_failure.store(None);
        // One permit is kept if the calendar is not waiting at this moment.
        self.reloaded.notify_one();
        self.warm_up_in_background();
    }

    /// Records why a reload was refused; the site served stays as it was.
    pub fn reload_failed(&self, summary: String) {
        self.reload_failure.store(Some(Arc::new(summary)));
    }

    /// Why the last reload was refused, while the site before it serves.
    pub fn reload_failure(&self) -> Option<Arc<String>> {
        self.reload_failure.load_full()
    }

    /// Compresses every resource of the site being served in the
    /// background, so that requests find their gzip and brotli bodies ready;
    /// until then a request compresses what it needs itself, once (a few
    /// milliseconds). It takes half the cores, leaving the rest to requests,
    /// and does the pages most read first: everything outside the history,
    /// then the history from the newest revision back.
    pub fn warm_up_in_background(&self) {
        let site = self.load();
        std::thread::spawn(move || {
            let started = std::time::Instant::now();
            let mut order: Vec<(&String, &resource::Resource)> = site.resources.iter().collect();
            order.sort_by(|(a, _), (b, _)| {
                let archived = |path: &str| path.split('/').nth(3).is_some_and(|s| !s.is_empty());
                archived(a).cmp(&archived(b)).then_with(|| b.cmp(a))
            });
            let mut order: Vec<&resource::Resource> = order.into_iter().map(|(_, r)| r).collect();
            order.push(&site.not_found);
            let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
            resource::prepare_all(&order, cores / 2);
            tracing::info!(
                "compressed {} resources (gzip and brotli) in {} ms",
                order.len(),
                started.elapsed().as_millis()
            );
        });
    }
}

/// Where the time comes from: the system clock in service, a controlled
/// one in tests of the midnight switch.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> Timestamp;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// The longest single wait: the clock is looked at again at least this
/// often, so a corrected system clock (or a machine waking from sleep) is
/// noticed within this time.
const LONGEST_WAIT: Duration = Duration::from_secs(60 * 60);

/// Keeps `live` showing the site as it reads today in Japan, for as long as
/// the server runs: sleeps until 00:00 JST of the next date on which a
/// revision is announced or takes effect, then renders and swaps.
/// A reload (see `crate::reload`) wakes it, since new content may bring
/// other dates.
pub async fn follow_the_calendar(live: Arc<LiveSite>, clock: impl Clock) {
    loop {
        let Some(archive) = live.archive() else {
            return;
        };
        let shown = live.load().as_of;
        let wait = match next_change(&archive.site, shown) {
            Some(next) => {
                let wait = clock
                    .now()
                    .duration_until(japan_time::midnight(next).timestamp());
                if !wait.is_positive() {
                    if switch_to(&archive, &live, japan_time::date_at(clock.now())) {
                        continue;
                    }
                    // The same content would fail the same way at once:
                    // try again later, or after a reload.
                    LONGEST_WAIT
                } else {
                    Duration::try_from(wait)
                        .unwrap_or(LONGEST_WAIT)
                        .min(LONGEST_WAIT)
                }
            }
            // Every revision is announced and in effect: nothing changes by
            // date until a reload brings a new revision.
            None => LONGEST_WAIT,
        };
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            () = live.reloaded.notified() => {}
        }
    }
}

/// Renders the site for `today` and swaps it in; false if it cannot be
/// rendered (the previous day's site stays).
fn switch_to(archive: &Archive, live: &LiveSite, today: Date) -> bool {
    match render::render(archive, today) {
        Ok(rendered) => {
            tracing::info!(
                "it is {today} in Japan: now serving {}",
                rendered.shown_phrase()
            );
            live.replace(rendered);
            live.warm_up_in_background();
            true
        }
        // Dates only move forward, so a revision stays in effect and this
        // cannot be "nothing in effect"; a template failure keeps the site
        // that was already being served and says so.
        Err(error) => {
            tracing::error!(
                "could not render the site for {today}; still serving the previous day's: {error}"
            );
            false
        }
    }
}

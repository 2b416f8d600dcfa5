//! The site being served, and the calendar that moves it on. Requests read
//! the current rendering through one atomic pointer; at 00:00 JST, when a
//! revision is announced or takes effect, a background task renders the
//! site for the new date and swaps it in. No request ever sees half of a
//! site, nothing is rendered at request time, and no restart is needed.

use std::sync::Arc;
use std::time::Duration;

use arc_swap::ArcSwap;
use jiff::Timestamp;
use jiff::civil::Date;

use crate::archive::Archive;
use crate::japan_time;
use crate::render::{self, RenderedSite};
use crate::resource;
use crate::timeline::next_change;

/// The rendered site requests are answered from.
pub struct LiveSite {
    rendered: ArcSwap<RenderedSite>,
}

impl LiveSite {
    pub fn new(rendered: RenderedSite) -> LiveSite {
        LiveSite {
            rendered: ArcSwap::from_pointee(rendered),
        }
    }

    /// The site as it is now; a request holds on to one rendering throughout.
    pub fn load(&self) -> Arc<RenderedSite> {
        self.rendered.load_full()
    }

    pub fn replace(&self, rendered: RenderedSite) {
        self.rendered.store(Arc::new(rendered));
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
            let order: Vec<&resource::Resource> = order.into_iter().map(|(_, r)| r).collect();
            let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
            resource::prepare_all(&order, cores / 2);
            tracing::info!(
                "compressed {} resources (gzip and brotli) in {} ms",
                site.resources.len(),
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
pub async fn follow_the_calendar(archive: Arc<Archive>, live: Arc<LiveSite>, clock: impl Clock) {
    let mut shown = live.load().as_of;
    loop {
        let Some(next) = next_change(&archive.site, shown) else {
            tracing::debug!(
                "every revision is announced and in effect; the site no longer changes by date"
            );
            return;
        };
        let now = clock.now();
        let wait = now.duration_until(japan_time::midnight(next).timestamp());
        if wait.is_positive() {
            let wait = Duration::try_from(wait).unwrap_or(LONGEST_WAIT);
            tokio::time::sleep(wait.min(LONGEST_WAIT)).await;
            continue;
        }
        let today = japan_time::date_at(now);
        switch_to(&archive, &live, today);
        shown = today;
    }
}

fn switch_to(archive: &Archive, live: &LiveSite, today: Date) {
    match render::render(archive, today) {
        Ok(rendered) => {
            tracing::info!(
                "it is {today} in Japan: now serving the notice in effect on that date (revision of {})",
                rendered.current
            );
            live.replace(rendered);
            live.warm_up_in_background();
        }
        // Dates only move forward, so a revision stays in effect and this
        // cannot be "nothing in effect"; a template failure keeps the site
        // that was already being served, and says so once: the same content
        // would fail the same way again.
        Err(error) => tracing::error!(
            "could not render the site for {today}; still serving the previous day's: {error}"
        ),
    }
}

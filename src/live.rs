//! The site being served, and the calendar that moves it on. Requests read
//! the current rendering through one atomic pointer; at 00:00 JST, when a
//! revision is announced or takes effect, a background task renders the
//! site for the new date and swaps it in. No request ever sees half of a
//! site, nothing is rendered at request time, and no restart is needed.
//! Every rendering swapped in is compressed in the background (`warm`),
//! taking over what the one before had compressed already.

use std::sync::Arc;
use std::time::Duration;

use arc_swap::{ArcSwap, ArcSwapOption};
use jiff::Timestamp;
use jiff::civil::Date;
use tokio::sync::Notify;

use crate::archive::Archive;
use crate::japan_time;
use crate::render::{self, RenderedSite};
use crate::resource::Resource;
use crate::timeline::next_change;
use crate::warm::Warmer;

/// The rendered site requests are answered from, the archive it was
/// rendered from (which the calendar renders again from), and what went
/// wrong with the last reload, if it failed.
pub struct LiveSite {
    rendered: ArcSwap<RenderedSite>,
    archive: ArcSwapOption<Archive>,
    reload_failure: ArcSwapOption<String>,
    /// Wakes the calendar when a reload brings other dates.
    reloaded: Notify,
    /// Compresses each rendering once it is swapped in.
    warmer: Warmer,
}

impl LiveSite {
    /// A site that stays as rendered (tests, and previews of one date); its
    /// compression starts in the background at once.
    pub fn new(rendered: RenderedSite) -> LiveSite {
        LiveSite::with_warmer(rendered, Warmer::default())
    }

    pub(crate) fn with_warmer(rendered: RenderedSite, warmer: Warmer) -> LiveSite {
        warmer.warm(&rendered);
        LiveSite {
            rendered: ArcSwap::from_pointee(rendered),
            archive: ArcSwapOption::empty(),
            reload_failure: ArcSwapOption::empty(),
            reloaded: Notify::new(),
            warmer,
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

    /// Swaps in a new rendering, which takes over the codings of the pages
    /// it shares with the one before and has the rest compressed.
    pub fn replace(&self, mut rendered: RenderedSite) {
        rendered.take_codings_from(&self.rendered.load());
        self.warmer.warm(&rendered);
        // The previous rendering goes when the last request holding it ends.
        self.rendered.store(Arc::new(rendered));
    }

    /// Has `resource` compressed before the rest, since a request asked for
    /// it before its turn (the request itself is answered uncompressed).
    pub fn hurry(&self, resource: &Resource) {
        self.warmer.hurry(resource);
    }

    /// Resources not yet compressed, for `/healthz`.
    pub fn compressing(&self) -> usize {
        self.warmer.left()
    }

    #[cfg(test)]
    pub(crate) fn warmer(&self) -> &Warmer {
        &self.warmer
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
        // The previous site is gone unless a request still holds it.
        crate::memory::give_back();
    }

    /// Records why a reload was refused; the site served stays as it was.
    pub fn reload_failed(&self, summary: String) {
        self.reload_failure.store(Some(Arc::new(summary)));
    }

    /// Why the last reload was refused, while the site before it serves.
    pub fn reload_failure(&self) -> Option<Arc<String>> {
        self.reload_failure.load_full()
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
        // The archive is looked up afresh each time round, never held over
        // the wait: a reload may replace it meanwhile.
        let Some(next) = live
            .archive()
            .map(|a| next_change(&a.site, live.load().as_of))
        else {
            return;
        };
        let wait = match next {
            Some(next) => {
                let wait = clock
                    .now()
                    .duration_until(japan_time::midnight(next).timestamp());
                if !wait.is_positive() {
                    let today = japan_time::date_at(clock.now());
                    let switching = live.clone();
                    // Rendering a long history takes a while: not on an async thread.
                    let switched =
                        tokio::task::spawn_blocking(move || switch_to(&switching, today)).await;
                    if switched.unwrap_or(false) {
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
fn switch_to(live: &LiveSite, today: Date) -> bool {
    let Some(archive) = live.archive() else {
        return false;
    };
    match render::render(&archive, today) {
        Ok(rendered) => {
            tracing::info!(
                "it is {today} in Japan: now serving {}",
                rendered.shown_phrase()
            );
            live.replace(rendered);
            crate::memory::give_back();
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

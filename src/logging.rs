//! Log lines go to stderr through a bounded queue that a thread of its own
//! writes out, so that a reader of the log that stalls (a pipe nobody
//! reads, a collector that hangs) never makes a request wait: while the
//! queue is full, new lines are dropped and counted, and once the output
//! flows again one warning says how many were lost.

use std::io::{self, IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tracing_appender::non_blocking::{ErrorCounter, NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::EnvFilter;

use crate::cli::LogFormat;

/// Lines waiting to be written before new ones are dropped. A request's
/// line is about 200 bytes, so a full queue holds under 2 MB: enough for a
/// log collector that pauses for a second under thousands of requests per
/// second, and small enough that a reader gone for good costs little
/// memory (the crate's default, 128,000 lines, could hold 25 MB).
pub const BUFFERED_LINES: usize = 8_192;

/// How often the count of dropped lines is looked at.
const WATCH_EVERY: Duration = Duration::from_secs(1);

/// Sends every log line to stderr without ever blocking the caller, as
/// text or JSON, filtered by `RUST_LOG` (default: info). Keep the guard
/// for as long as the process runs: dropping it writes out the lines still
/// queued, so drop it before exiting (and before printing a last message
/// straight to stderr, which would otherwise come before them).
pub fn init(format: LogFormat) -> WorkerGuard {
    let progress = Arc::new(Progress::default());
    let (writer, guard) = NonBlockingBuilder::default()
        .buffered_lines_limit(BUFFERED_LINES)
        .lossy(true)
        .thread_name("kohyo-log")
        .finish(Counted {
            inner: io::stderr(),
            progress: progress.clone(),
        });
    let dropped = writer.error_counter();
    let logs = tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .with_writer(writer)
        // Colours for a person at a terminal, plain text for files and collectors.
        .with_ansi(io::stderr().is_terminal());
    match format {
        LogFormat::Text => logs.init(),
        LogFormat::Json => logs.json().flatten_event(true).init(),
    }
    // A watcher that cannot start leaves losses unreported, nothing worse.
    let _ = std::thread::Builder::new()
        .name("kohyo-log-watch".to_owned())
        .spawn(move || report_dropped_lines(&dropped, &progress));
    guard
}

/// Counts the writes to the real output that have started and finished:
/// one that started and does not finish is a reader that does not read.
#[derive(Default)]
struct Progress {
    started: AtomicU64,
    finished: AtomicU64,
}

struct Counted<W> {
    inner: W,
    progress: Arc<Progress>,
}

impl<W: Write> Write for Counted<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.progress.started.fetch_add(1, Ordering::AcqRel);
        let written = self.inner.write(buf);
        self.progress.finished.fetch_add(1, Ordering::AcqRel);
        written
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

fn report_dropped_lines(dropped: &ErrorCounter, progress: &Progress) {
    let mut report = DropReport::default();
    loop {
        std::thread::sleep(WATCH_EVERY);
        // `finished` first: read the other way round, a write that starts
        // and ends between the two reads would look stuck.
        let finished = progress.finished.load(Ordering::Acquire);
        let started = progress.started.load(Ordering::Acquire);
        if let Some(lost) = report.tick(dropped.dropped_lines(), started, finished) {
            tracing::warn!("{}", dropped_message(lost));
        }
    }
}

fn dropped_message(lost: usize) -> String {
    let (lines, were) = if lost == 1 {
        ("line", "was")
    } else {
        ("lines", "were")
    };
    format!("{lost} log {lines} {were} dropped while the log output was not being read")
}

/// Decides when to report lost lines: once no more are being lost and the
/// output is not stuck, so that the report itself is not lost, and only
/// once for each line lost.
#[derive(Debug, Default)]
struct DropReport {
    reported: usize,
    last_dropped: usize,
    last_finished: u64,
}

impl DropReport {
    /// The lines lost since the last report, if it is time to say so, given
    /// the counters now: lines dropped, writes started and finished.
    fn tick(&mut self, dropped: usize, started: u64, finished: u64) -> Option<usize> {
        let still_dropping = dropped != self.last_dropped;
        let stuck = started != finished && finished == self.last_finished;
        self.last_dropped = dropped;
        self.last_finished = finished;
        if still_dropping || stuck || dropped == self.reported {
            return None;
        }
        let lost = dropped - self.reported;
        self.reported = dropped;
        Some(lost)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_reported_while_nothing_is_lost() {
        let mut report = DropReport::default();
        assert_eq!(report.tick(0, 0, 0), None);
        assert_eq!(report.tick(0, 5, 5), None);
        assert_eq!(report.tick(0, 6, 5), None);
    }

    #[test]
    fn losses_are_reported_once_the_output_flows_again() {
        let mut report = DropReport::default();
        // The reader stops: a write hangs and lines are dropped.
        assert_eq!(report.tick(10, 4, 3), None);
        assert_eq!(report.tick(50, 4, 3), None);
        // No more are dropped, but the write still hangs: a report now
        // would be dropped too.
        assert_eq!(report.tick(50, 4, 3), None);
        // The reader is back.
        assert_eq!(report.tick(50, 90, 80), Some(50));
        assert_eq!(report.tick(50, 95, 95), None, "reported once");
        // Lost again later: only the new losses are counted.
        assert_eq!(report.tick(53, 96, 95), None);
        assert_eq!(report.tick(53, 96, 96), Some(3));
    }

    #[test]
    fn an_idle_output_is_not_stuck() {
        let mut report = DropReport::default();
        assert_eq!(report.tick(7, 20, 20), None, "still dropping");
        assert_eq!(report.tick(7, 20, 20), Some(7));
    }

    #[test]
    fn the_report_counts_in_words() {
        assert_eq!(
            dropped_message(1),
            "1 log line was dropped while the log output was not being read"
        );
        assert_eq!(
            dropped_message(8),
            "8 log lines were dropped while the log output was not being read"
        );
    }
}

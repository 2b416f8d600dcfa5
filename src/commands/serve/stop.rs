//! Ctrl-C and SIGTERM, the signals that stop the server: the first one
//! lets the requests in flight finish, a second one stops at once.

/// Resolves once Ctrl-C or SIGTERM has come `count` times.
pub(super) async fn stop_signal(mut stops: tokio::sync::watch::Receiver<u32>, count: u32) {
    if stops.wait_for(|stops| *stops >= count).await.is_err() {
        // Nobody counts signals any more: none will stop the server.
        std::future::pending::<()>().await;
    }
}

/// Counts Ctrl-C and, on Unix, SIGTERM (what container runtimes send): the
/// first stops the server gracefully, a second stops it at once.
pub(super) async fn count_stop_signals(
    mut signals: StopSignals,
    count: tokio::sync::watch::Sender<u32>,
    grace: std::time::Duration,
) {
    loop {
        let name = signals.next().await;
        count.send_modify(|stops| *stops += 1);
        match *count.borrow() {
            1 => tracing::info!(
                "{name}: shutting down: finishing requests in flight, for up to {} s (a second Ctrl-C or SIGTERM stops at once)",
                grace.as_secs()
            ),
            2 => tracing::warn!(
                "{name} again: stopping at once, cutting off the requests still running"
            ),
            _ => {}
        }
    }
}

/// The signals that stop the server, listened for from the moment this is
/// made: a signal that comes while the content loads is kept, not fatal.
pub(super) struct StopSignals {
    #[cfg(unix)]
    interrupt: Option<tokio::signal::unix::Signal>,
    #[cfg(unix)]
    terminate: Option<tokio::signal::unix::Signal>,
}

impl StopSignals {
    #[cfg(unix)]
    pub(super) fn new() -> StopSignals {
        use tokio::signal::unix::{SignalKind, signal};
        StopSignals {
            interrupt: signal(SignalKind::interrupt()).ok(),
            terminate: signal(SignalKind::terminate()).ok(),
        }
    }

    #[cfg(not(unix))]
    pub(super) fn new() -> StopSignals {
        StopSignals {}
    }

    /// The name of the next signal.
    #[cfg(unix)]
    async fn next(&mut self) -> &'static str {
        async fn next_of(signal: &mut Option<tokio::signal::unix::Signal>) -> Option<()> {
            match signal {
                Some(signal) => signal.recv().await,
                None => std::future::pending().await,
            }
        }
        tokio::select! {
            Some(()) = next_of(&mut self.interrupt) => "Ctrl-C",
            Some(()) = next_of(&mut self.terminate) => "SIGTERM",
            else => std::future::pending().await,
        }
    }

    #[cfg(not(unix))]
    async fn next(&mut self) -> &'static str {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
        "Ctrl-C"
    }
}

#[cfg(test)]
mod tests {
    use std::pin::{Pin, pin};
    use std::task::{Context, Waker};

    use super::*;

    /// Whether `future` is done, polled once.
    fn done(future: Pin<&mut impl Future>) -> bool {
        future
            .poll(&mut Context::from_waker(Waker::noop()))
            .is_ready()
    }

    #[test]
    fn the_first_signal_stops_gracefully_and_the_second_at_once() {
        let (count, stops) = tokio::sync::watch::channel(0);
        let mut graceful = pin!(stop_signal(stops.clone(), 1));
        let mut forced = pin!(stop_signal(stops, 2));
        assert!(!done(graceful.as_mut()) && !done(forced.as_mut()));
        count.send_modify(|stops| *stops += 1);
        assert!(done(graceful.as_mut()) && !done(forced.as_mut()));
        count.send_modify(|stops| *stops += 1);
        assert!(done(forced.as_mut()));
    }

    #[test]
    fn nothing_stops_the_server_once_nobody_counts_signals() {
        let (count, stops) = tokio::sync::watch::channel(0);
        let mut stop = pin!(stop_signal(stops, 1));
        drop(count);
        assert!(!done(stop.as_mut()));
    }
}

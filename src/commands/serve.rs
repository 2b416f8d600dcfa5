//! `kohyo serve`: load and render the content, then listen, reload and
//! follow the calendar until a stop signal.

mod stop;

use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use tokio::net::TcpListener;

use super::{Purpose, load_for};
use crate::archive::Archive;
use crate::cli::ServeArgs;
use crate::live::{self, LiveSite, SystemClock};
use crate::{http, reload, render, watch};
use stop::{StopSignals, count_stop_signals, stop_signal};

/// `kohyo serve`: load, render, listen until Ctrl-C or SIGTERM.
pub async fn serve(args: &ServeArgs) -> Result<()> {
    let started = Instant::now();
    // Listened for before anything else, so that none of them kills the
    // process while the content loads: a stop then stops once serving.
    let stop_signals = StopSignals::new();
    #[cfg(unix)]
    let hangups = reload::hangups();
    let limits = http::Limits {
        max_connections: args.max_connections as usize,
        max_connections_per_address: args.max_connections_per_address as usize,
        ..http::Limits::default()
    };
    allow_open_files(limits.max_connections);
    tracing::info!("loading the content in {}", args.content.content.display());
    let purpose = if render::is_preview(args.as_of) {
        Purpose::Look
    } else {
        Purpose::Publish
    };
    let loaded = load_for(&args.content.content, purpose)?;
    let archive = Arc::new(Archive::with_record(loaded.site, loaded.record));
    let rendered = render::render_served(&archive, args.as_of).context("cannot render the site")?;
    tracing::info!(
        "loaded {} revisions and rendered {} pages, feeds and assets in {} ms",
        archive.site.revisions.len(),
        rendered.resources.len(),
        started.elapsed().as_millis()
    );
    let listener = TcpListener::bind(args.addr).await.with_context(|| {
        format!(
            "cannot listen on {} (is another server using it? choose another with --addr)",
            args.addr
        )
    })?;
    let address = listener.local_addr()?;
    tracing::info!("serving {} on http://{address}/", rendered.shown_phrase());
    let live = Arc::new(LiveSite::with_archive(archive, rendered));
    // A preview date stays put; otherwise the site follows the calendar.
    if args.as_of.is_none() {
        tokio::spawn(live::follow_the_calendar(live.clone(), SystemClock));
    }
    let content = args.content.content.clone();
    let (wake, woken) = tokio::sync::mpsc::channel(1);
    tokio::spawn(reload::reload_on(
        woken,
        live.clone(),
        content.clone(),
        args.as_of,
    ));
    #[cfg(unix)]
    if let Some(hangups) = hangups {
        tokio::spawn(reload::on_sighup(hangups, wake.clone()));
    }
    if args.watch {
        tokio::spawn(watch::on_edits(content, wake));
    }
    let (signals, stops) = tokio::sync::watch::channel(0);
    tokio::spawn(count_stop_signals(
        stop_signals,
        signals,
        limits.shutdown_grace,
    ));
    let options = http::Options { hsts: args.hsts };
    let stopped = http::serve_until(
        listener,
        http::live_service(live, options),
        limits,
        stop_signal(stops.clone(), 1),
        stop_signal(stops, 2),
    )
    .await
    .context("the server stopped with an error")?;
    if stopped == http::Stopped::Forced {
        bail!("stopped at once by a second signal, before the requests in flight had finished");
    }
    Ok(())
}

/// Raises this process's limit on open files to the most it may have, as
/// nginx and Go programs do at start: every connection is a file, and the
/// usual soft limit (1,024) is below the default --max-connections.
fn allow_open_files(connections: usize) {
    // The listener, the content being read, the watcher and the log.
    const BESIDES_CONNECTIONS: u64 = 64;
    let wanted = connections as u64 + BESIDES_CONNECTIONS;
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(limit) if limit < wanted => tracing::warn!(
            "this process may open only {limit} files, too few for --max-connections {connections}; raise its hard limit (ulimit -Hn, LimitNOFILE= in a systemd unit, --ulimit nofile= for docker run) or lower --max-connections"
        ),
        Ok(limit) => tracing::debug!("this process may open {limit} files"),
        Err(error) => tracing::warn!(
            "cannot raise the limit on open files ({error}); with fewer than {wanted}, connections may be refused before --max-connections {connections}"
        ),
    }
}

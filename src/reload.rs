//! Reloading content without downtime. A reload reads and checks the
//! content folder exactly as `check` does, diffs and renders it, and only
//! then swaps the new site in, in one atomic step; if anything is wrong it
//! logs the `check` report and keeps serving the last good site, and
//! `/healthz` says why. Reloads come from `SIGHUP` and, with `serve
//! --watch`, from edits in the folder, which `watch` notices.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use jiff::civil::Date;
use tokio::sync::mpsc;

use crate::archive::Archive;
use crate::content;
use crate::live::LiveSite;
use crate::render;

/// Reloads `content` into `live`, rendered as of `as_of` (a preview, when
/// that is not today in Japan) or today when `None`. Blocking: loading,
/// diffing and rendering take a while for
/// a long history, so call it off the async threads.
pub(crate) fn reload(live: &LiveSite, content: &Path, as_of: Option<Date>) {
    let started = Instant::now();
    let loaded = match content::load(content) {
        Ok(loaded) => loaded,
        Err(report) => {
            let first = report
                .diagnostics
                .iter()
                .find(|d| d.is_error())
                .map(|d| d.one_line(content))
                .unwrap_or_default();
            let errors = report.errors();
            let plural = crate::english::plural(errors);
            // The state first, then the log line that says it is so.
            live.reload_failed(format!(
                "{errors} error{plural} in the content (first: {first}); run kohyo check"
            ));
            tracing::error!(
                "reload refused, still serving the last good site: the content has {errors} error{plural}\n{}",
                report.display(content)
            );
            return;
        }
    };
    if !loaded.report.diagnostics.is_empty() {
        tracing::warn!(
            "the content has warnings:\n{}",
            loaded.report.display(content)
        );
    }
    let record = &loaded.record;
    if !record.is_clean() {
        tracing::warn!(
            "the record has problems:\n{}",
            record.report.display(content)
        );
        // A preview shows them on every page; the published site never
        // takes in a revision altered after publication.
        if record.altered && !render::is_preview(as_of) {
            let first = record
                .report
                .diagnostics
                .iter()
                .find(|d| d.is_error())
                .map(|d| d.one_line(content))
                .unwrap_or_default();
            live.reload_failed(format!(
                "a published revision no longer reads as it was published (first: {first}); run kohyo check"
            ));
            tracing::error!(
                "reload refused, still serving the last good site: a published revision was altered"
            );
            return;
        }
    }
    let archive = Arc::new(Archive::with_record(loaded.site, loaded.record));
    match render::render_served(&archive, as_of) {
        Ok(rendered) => {
            let (revisions, resources, shown) = (
                archive.site.revisions.len(),
                rendered.resources.len(),
                rendered.shown_phrase(),
            );
            live.reloaded(archive, rendered);
            tracing::info!(
                "reloaded {revisions} revisions and rendered {resources} pages, feeds and assets in {} ms; serving {shown}",
                started.elapsed().as_millis(),
            );
        }
        Err(error) => {
            live.reload_failed(format!("the content cannot be rendered: {error}"));
            tracing::error!("reload refused, still serving the last good site: {error}");
        }
    }
}

/// Reloads whenever `wake` yields, one reload at a time.
pub(crate) async fn reload_on(
    mut wake: mpsc::Receiver<()>,
    live: Arc<LiveSite>,
    content: PathBuf,
    as_of: Option<Date>,
) {
    while wake.recv().await.is_some() {
        let live = live.clone();
        let content = content.clone();
        // Loading a long history is blocking work.
        let _ = tokio::task::spawn_blocking(move || reload(&live, &content, as_of)).await;
    }
}

/// Listens for `SIGHUP` from now on. Called before the content is loaded,
/// so that a hangup during start-up is kept, and reloads once the server is
/// up, instead of killing the process (which is what a signal does to a
/// process that does not listen for it).
#[cfg(unix)]
pub(crate) fn hangups() -> Option<tokio::signal::unix::Signal> {
    use tokio::signal::unix::{SignalKind, signal};
    match signal(SignalKind::hangup()) {
        Ok(hangups) => Some(hangups),
        Err(error) => {
            tracing::warn!("cannot listen for SIGHUP ({error}); reload by restarting");
            None
        }
    }
}

/// Sends on `wake` each time the process gets `SIGHUP`.
#[cfg(unix)]
pub(crate) async fn on_sighup(mut hangups: tokio::signal::unix::Signal, wake: mpsc::Sender<()>) {
    while hangups.recv().await.is_some() {
        tracing::info!("SIGHUP: reloading the content");
        let _ = wake.try_send(());
    }
}

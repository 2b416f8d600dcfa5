//! What each subcommand does, between the parsed command line and the
//! library: load content, report problems the way `check` does, serve.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use tokio::net::TcpListener;

use crate::archive::Archive;
use crate::cli::{
    CheckArgs, CheckFormat, DiffArgs, ExportArgs, HealthcheckArgs, LockArgs, NewRevisionArgs,
    ServeArgs,
};
use crate::content::files::toml_string;
use crate::content::{self, Report, Site};
use crate::live::{self, LiveSite, SystemClock};
use crate::timeline::Timeline;
use crate::{http, japan_time, reload, render, watch};

/// `kohyo check`: every problem at once; exit status 1 if any is an error
/// (with `--strict`, any warning too). People get the report on stderr;
/// with `--format json`, tools get it as one document on stdout, so that
/// `> report.json` keeps it, and stderr stays empty.
pub fn check(args: &CheckArgs) -> ExitCode {
    let dir = &args.content.content;
    let today = args.as_of.unwrap_or_else(japan_time::today);
    let (site, report) = match content::load_on(dir, today) {
        Ok(loaded) => {
            let everything = loaded
                .report
                .diagnostics
                .into_iter()
                .chain(loaded.record.report.diagnostics)
                .collect();
            (Some(loaded.site), Report::new(everything))
        }
        Err(report) => (None, report),
    };
    let report = if args.strict { report.strict() } else { report };
    let ready = site.filter(|_| !report.has_errors());
    match args.format {
        CheckFormat::Human => {
            print_report(dir, &report);
            if let Some(site) = &ready {
                let revisions = site.revisions.len();
                eprintln!(
                    "{}: {revisions} revision{}, ready to publish",
                    dir.display(),
                    plural(revisions)
                );
                if let Some(day) = on_the_day(site, today) {
                    eprintln!("{day}");
                }
            }
        }
        CheckFormat::Json => {
            if let Err(error) = writeln!(io::stdout().lock(), "{}", report.to_json(dir)) {
                eprintln!("error: cannot write the report: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    if ready.is_some() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// What `check` adds when the site on `today` is not simply "the notice in
/// effect": nothing published yet, or a first notice announced but not in
/// effect. `serve` and `export` say the same on that day.
fn on_the_day(site: &Site, today: jiff::civil::Date) -> Option<String> {
    match Timeline::new(site, today) {
        Err(nothing) => Some(format!(
            "note: {nothing}; until then serve and export have nothing to publish"
        )),
        Ok(timeline) if timeline.current().is_none() => {
            let first = timeline.shown().revision;
            Some(format!(
                "note: on {today} the first revision is published as upcoming: it was announced on {} and takes effect on {}",
                first.announced, first.effective
            ))
        }
        Ok(_) => None,
    }
}

/// Why content is being loaded, which decides what the state of the record
/// may stop.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Purpose {
    /// The site as published (served as of today, or exported): a revision
    /// altered after publication is refused.
    Publish,
    /// A look at the content (a preview, a diff): nothing about the record
    /// stops it; its problems are shown.
    Look,
}

/// Loads content as `serve`, `export` and `diff` do: warnings and the
/// record's problems are printed and the command goes on; errors print the
/// `check` report and stop, and so, when publishing, does a record altered
/// after publication.
fn load_for(dir: &Path, purpose: Purpose) -> Result<content::Loaded> {
    match content::load(dir) {
        Ok(loaded) => {
            if !loaded.report.diagnostics.is_empty() {
                print_report(dir, &loaded.report);
            }
            if !loaded.record.is_clean() {
                print_report(dir, &loaded.record.report);
                if loaded.record.altered && purpose == Purpose::Publish {
                    bail!(
                        "a revision in {} no longer reads as it was published (see above), so it is not published; restore it, or preview with --as-of to look at it",
                        dir.display()
                    );
                }
            }
            Ok(loaded)
        }
        Err(report) => {
            print_report(dir, &report);
            bail!(
                "the content in {} has {} error{}; fix them (kohyo check lists them) and start again",
                dir.display(),
                report.errors(),
                plural(report.errors())
            )
        }
    }
}

/// `kohyo serve`: load, render, listen until Ctrl-C or SIGTERM.
pub async fn serve(args: &ServeArgs) -> Result<()> {
    let started = Instant::now();
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
    tokio::spawn(count_stop_signals(signals, limits.shutdown_grace));
    let options = http::Options { hsts: args.hsts };
    let stopped = http::serve_until(
        listener,
        http::live_router(live, options),
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

/// `kohyo export`: the site as files, exactly as `serve` would send them.
pub fn export(args: &ExportArgs) -> Result<()> {
    let started = Instant::now();
    let dir = &args.content.content;
    let mut loaded = load_for(dir, Purpose::Publish)?;
    let config = &mut loaded.site.config;
    // site.toml's base_url is the site's one address; a different one given
    // on the command line wins, and says so, so that an export for a test
    // server is never published by mistake without anyone noticing.
    if let Some(base_url) = args
        .base_url
        .as_ref()
        .filter(|url| **url != config.base_url)
    {
        eprintln!(
            "using --base-url {base_url} instead of site.toml's {}",
            config.base_url
        );
        config.base_url.clone_from(base_url);
    }
    let archive = Archive::with_record(loaded.site, loaded.record);
    let as_of = args.as_of.unwrap_or_else(japan_time::today);
    let rendered = render::render(&archive, as_of).context("cannot render the site")?;
    let written = crate::export::export(&rendered, &args.out)
        .with_context(|| format!("cannot export to {}", args.out.display()))?;
    eprintln!(
        "exported {} to {} for {}: {} files, {:.1} MB, in {} ms",
        rendered.shown_phrase(),
        args.out.display(),
        archive.site.config.base_url,
        written.files,
        written.bytes as f64 / 1e6,
        started.elapsed().as_millis()
    );
    Ok(())
}

/// `kohyo healthcheck`: GET the health address over plain HTTP and succeed
/// when it answers 200 with status ok. Built in so that a container image
/// needs no curl for its HEALTHCHECK.
pub fn healthcheck(args: &HealthcheckArgs) -> Result<()> {
    use std::io::Read;
    use std::net::{TcpStream, ToSocketAddrs};
    use std::time::Duration;

    let rest = args
        .url
        .strip_prefix("http://")
        .with_context(|| format!("{} is not an http:// address", args.url))?;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let address = host
        .to_socket_addrs()
        .with_context(|| format!("cannot resolve {host}"))?
        .next()
        .with_context(|| format!("{host} has no address"))?;
    let timeout = Duration::from_secs(5);
    let mut stream = TcpStream::connect_timeout(&address, timeout)
        .with_context(|| format!("nothing answers at {}", args.url))?;
    stream.set_read_timeout(Some(timeout))?;
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )?;
    let mut reply = String::new();
    stream.read_to_string(&mut reply)?;
    let status_ok = reply.starts_with("HTTP/1.1 200 ");
    let body = reply.split_once("\r\n\r\n").map_or("", |(_, body)| body);
    if !status_ok || !body.contains("\"status\":\"ok\"") {
        bail!(
            "{} answered: {}",
            args.url,
            reply.lines().next().unwrap_or("nothing")
        );
    }
    println!("{}", body.trim());
    Ok(())
}

/// `kohyo diff [FROM] [TO]`: the changes page's diff, in the terminal.
/// Every revision in the folder can be compared, announced or not; with
/// `--as-of`, only those the site shows on that day, as its pages would.
pub fn diff(args: &DiffArgs) -> Result<()> {
    let site = load_for(&args.content.content, Purpose::Look)?.site;
    let revisions = match args.as_of {
        None => &site.revisions[..],
        Some(day) => {
            let timeline = Timeline::new(&site, day)?;
            &site.revisions[..timeline.entries.len()]
        }
    };
    let hidden = |date: jiff::civil::Date| {
        let day = args.as_of?;
        let later = site.revisions[revisions.len()..]
            .iter()
            .find(|r| r.effective == date)?;
        Some(anyhow::anyhow!(
            "the revision of {date} is announced on {}: on {day} the site does not show it yet; give a later --as-of, or leave it out to compare every revision",
            later.announced
        ))
    };
    let dates = || {
        revisions
            .iter()
            .map(|r| r.effective.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let find = |date: jiff::civil::Date| match revisions.iter().position(|r| r.effective == date) {
        Some(index) => Ok(index),
        None => Err(hidden(date).unwrap_or_else(|| {
            anyhow::anyhow!(
                "no revision takes effect on {date}; the revisions are {}",
                dates()
            )
        })),
    };
    let to = match args.to {
        Some(date) => find(date)?,
        None => revisions.len() - 1,
    };
    let from = match args.from {
        Some(date) => find(date)?,
        None if to > 0 => to - 1,
        None => bail!(
            "there is only one revision ({}), so there is nothing to compare it with",
            dates()
        ),
    };
    if from >= to {
        bail!(
            "{} does not take effect before {}: give the earlier revision first",
            revisions[from].effective,
            revisions[to].effective
        );
    }
    let (old, new) = (&revisions[from], &revisions[to]);
    let changes = crate::diff::diff(old, new, args.lang);
    let style = if colour(&io::stdout()) {
        render::terminal::Style::Colour
    } else {
        render::terminal::Style::Plain
    };
    let heading = &new.purposes.heading.get(args.lang).value;
    let report = render::terminal::diff_report(
        &changes,
        (old.effective, new.effective),
        heading,
        args.lang,
        style,
    );
    say(report);
    Ok(())
}

/// `kohyo new-revision`: a new revision folder, a copy of the latest with
/// its dates set and its change note marked to be written.
pub fn new_revision(args: &NewRevisionArgs) -> Result<()> {
    use crate::content::build::NOTE_TO_WRITE;
    use crate::content::layout::REVISION_FILE;

    let dir = &args.content.content;
    let effective = args.effective;
    let target = dir.join("revisions").join(effective.to_string());
    if target.exists() {
        bail!(
            "{} already exists; kohyo never overwrites a revision",
            target.display()
        );
    }
    let site = match content::load(dir) {
        Ok(loaded) => loaded.site,
        Err(report) => {
            print_report(dir, &report);
            bail!(
                "fix the errors above first: a new revision starts as a copy of the latest, which must be sound"
            );
        }
    };
    let latest = site.revisions.last().expect("a loaded site has a revision");
    if effective <= latest.effective {
        bail!(
            "the latest revision takes effect on {}; a new one must take effect after it (history is not rewritten)",
            latest.effective
        );
    }
    let today = japan_time::today();
    let announced = args.announced.unwrap_or(today);
    if announced > effective {
        bail!(
            "announced {announced} is after effective {effective}; give --announced with the date the change is announced"
        );
    }
    if announced < latest.announced {
        bail!(
            "announced {announced} is before the latest revision's announcement ({}); revisions are announced in order",
            latest.announced
        );
    }
    let source = dir.join("revisions").join(latest.effective.to_string());
    std::fs::create_dir_all(&target)
        .with_context(|| format!("cannot create {}", target.display()))?;
    let mut copied = Vec::new();
    for entry in std::fs::read_dir(&source)? {
        let path = entry?.path();
        let name = path.file_name().expect("a directory entry has a name");
        if path.is_file() && name != REVISION_FILE {
            std::fs::copy(&path, target.join(name))
                .with_context(|| format!("cannot copy {}", path.display()))?;
            copied.push(name.to_string_lossy().into_owned());
        }
    }
    copied.sort();
    let title = &latest.title;
    let en_title = title
        .en
        .as_deref()
        .map_or(String::new(), |en| format!(", en = {}", toml_string(en)));
    // No comments: revision.toml is published verbatim with the revision,
    // so what staff need to know goes in the next steps printed below.
    let meta = format!(
        "effective = {effective}\n\
         announced = {announced}\n\
         changes_purposes = false\n\
         title = {{ ja = {}{en_title} }}\n\
         note = {{ ja = \"{}\", en = \"{}\" }}\n",
        toml_string(&title.ja),
        NOTE_TO_WRITE[0],
        NOTE_TO_WRITE[1],
    );
    std::fs::write(target.join(REVISION_FILE), meta)?;
    let shown = target.display();
    let content = dir.display();
    // An announcement in the past (a revision brought in from the union's
    // earlier notices) is published already: it must be final, and locked,
    // before anything else happens to it.
    let (lock_step, publish_step) = if announced < today {
        eprintln!(
            "warning: --announced {announced} is in the past: from the day after it the revision counts as published, so check requires it to be locked, and once locked it can no longer change"
        );
        (
            format!(
                "kohyo lock --content {content} records the final revision in revisions.lock: do it as soon as the revision reads as it was announced on {announced}, and edit nothing after that"
            ),
            format!(
                "publish at once: the site shows the revision as announced on {announced}{}",
                if effective <= today {
                    format!(" and in effect since {effective}")
                } else {
                    format!(", taking effect on {effective}")
                }
            ),
        )
    } else {
        (
            format!(
                "kohyo lock --content {content} records the final revision in revisions.lock, at the latest on {announced}"
            ),
            format!(
                "publish: from {announced} the notice announces the revision, and on {effective} it takes effect"
            ),
        )
    };
    say(format_args!(
        "created {shown}/ as a copy of the revision of {} ({} files and a new {REVISION_FILE})\n\
         \n\
         next:\n\
         1. edit the files in {shown}/: purposes.toml for the purposes of use, the .md files for the other sections\n\
         2. in {shown}/{REVISION_FILE}, write the change note in Japanese and English, and set\n   \
            changes_purposes = true if the purposes of use change\n\
         3. kohyo diff --content {content} shows what members will see; kohyo check --content {content} must report no errors\n\
         4. kohyo serve --watch --as-of {effective} --content {content} previews the site on the day it takes effect\n\
         5. {lock_step}\n\
         6. {publish_step}\n",
        latest.effective,
        copied.len(),
    ));
    Ok(())
}

/// `kohyo lock`: records every revision's digest in `revisions.lock`,
/// refusing to take in a change to a revision already published.
pub fn lock(args: &LockArgs) -> Result<()> {
    use crate::content::integrity::{LockChange, Relocked};
    use crate::content::layout::LOCK_FILE;

    let dir = &args.content.content;
    let path = dir.join(LOCK_FILE);
    let Relocked { lock, changes } = match content::relock(dir, japan_time::today()) {
        Ok(relocked) => relocked,
        Err(report) => {
            print_report(dir, &report);
            bail!(
                "{} was not written: fix the errors above first; a revision already published is never locked again as changed",
                path.display()
            );
        }
    };
    let count = |kind: LockChange| changes.iter().filter(|(_, c)| *c == kind).count();
    let unchanged = count(LockChange::Unchanged);
    if unchanged == changes.len() && path.exists() {
        say(format_args!(
            "{} is up to date: {} revision{}, none changed\n",
            path.display(),
            unchanged,
            plural(unchanged)
        ));
        return Ok(());
    }
    std::fs::write(&path, lock.to_toml())
        .with_context(|| format!("cannot write {}", path.display()))?;
    let tally: Vec<String> = [
        LockChange::Added,
        LockChange::Updated,
        LockChange::Dropped,
        LockChange::Unchanged,
    ]
    .into_iter()
    .filter(|kind| count(*kind) > 0)
    .map(|kind| format!("{} {}", count(kind), kind.word()))
    .collect();
    let mut shown = format!(
        "wrote {}: {} revision{} ({})\n",
        path.display(),
        lock.revisions.len(),
        plural(lock.revisions.len()),
        tally.join(", ")
    );
    for (effective, change) in &changes {
        let word = change.word();
        let line = match lock.revisions.iter().find(|r| r.effective == *effective) {
            Some(locked) => format!("  {effective}  {word:<9}  {}\n", locked.digest),
            None => format!("  {effective}  {word}\n"),
        };
        shown.push_str(&line);
    }
    shown.push_str(&format!(
        "keep {LOCK_FILE} with the content: commit it or copy it along with the revisions\n"
    ));
    say(shown);
    Ok(())
}

/// Writes what a command prints for people; a reader that went away
/// (`kohyo lock | head -1`) is not an error worth a panic.
fn say(text: impl std::fmt::Display) {
    let _ = write!(io::stdout().lock(), "{text}");
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn print_report(dir: &Path, report: &Report) {
    let mut stderr = io::stderr().lock();
    let colour = colour(&stderr);
    // A closed stderr leaves nobody to tell.
    let _ = write!(stderr, "{}", report.display(dir).colour(colour));
}

/// Colour is for a person at a terminal who has not asked for none
/// (`NO_COLOR`); pipes, files and CI logs get plain text.
fn colour(stream: &impl IsTerminal) -> bool {
    stream.is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Resolves once Ctrl-C or SIGTERM has come `count` times.
async fn stop_signal(mut stops: tokio::sync::watch::Receiver<u32>, count: u32) {
    if stops.wait_for(|stops| *stops >= count).await.is_err() {
        // Nobody counts signals any more: none will stop the server.
        std::future::pending::<()>().await;
    }
}

/// Counts Ctrl-C and, on Unix, SIGTERM (what container runtimes send): the
/// first stops the server gracefully, a second stops it at once.
async fn count_stop_signals(count: tokio::sync::watch::Sender<u32>, grace: std::time::Duration) {
    let mut signals = StopSignals::new();
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

/// The signals that stop the server.
struct StopSignals {
    #[cfg(unix)]
    interrupt: Option<tokio::signal::unix::Signal>,
    #[cfg(unix)]
    terminate: Option<tokio::signal::unix::Signal>,
}

impl StopSignals {
    #[cfg(unix)]
    fn new() -> StopSignals {
        use tokio::signal::unix::{SignalKind, signal};
        StopSignals {
            interrupt: signal(SignalKind::interrupt()).ok(),
            terminate: signal(SignalKind::terminate()).ok(),
        }
    }

    #[cfg(not(unix))]
    fn new() -> StopSignals {
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

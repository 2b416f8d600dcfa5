//! Watching the content folder for `serve --watch`, so that an edit is
//! served without anyone sending `SIGHUP`, and so that watching never goes
//! blind when the folder is deleted and recreated, replaced by a rename, or
//! reached through a symlink that a deploy swaps (`ln -s v2 new && mv -T new
//! current`). The file system's events follow a folder, not a name: a watch
//! on the old folder would go on reporting nothing while the name points
//! elsewhere. So what `--content` resolves to now (its canonical path and,
//! on unix, its device and inode) is compared with what is being watched
//! after every burst of events and every [`CHECK_EVERY`]; when it differs,
//! watching moves there and the site reloads. The folder that holds the
//! path as given is watched too (not recursively), so that a rename or a
//! swapped symlink there is seen at once; the periodic check catches what no
//! event reveals, such as a swap further up the path. When the path is
//! gone, the last good site keeps serving and watching resumes when it is
//! back. When the system cannot deliver file events (inotify's limits), the
//! content files' sizes, times and identities are compared every
//! [`CHECK_EVERY`] instead (notify's own poller only sees times to the
//! second, and would miss a second save within the same second). Every
//! change of state is logged.
//!
//! Only edits that loading can read cause a reload (see [`is_content`]):
//! `site.toml`, `revisions.lock` and what is under `revisions/` down to a
//! revision's files. Hidden names (`.git/`, `.DS_Store`, vim's `.x.swp`,
//! emacs' `.#x`), editors' temporaries and backups (`*.swp`, `*.swo`,
//! `*.swx`, `*~`, `#x#`, vim's `4913` probe, `*.tmp`, `*.bak`, `*.orig`) and
//! any other file beside the content (a `README.md`, an export) are ignored.
//!
//! Reloading itself is [`crate::reload`]'s: this module only says when.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use notify::{Event, RecursiveMode, Watcher};
use tokio::sync::mpsc;

use crate::content::layout::{
    DOCUMENT_FILE, DOCUMENTS_DIR, LOCK_FILE, MESSAGES_DIR, REVISIONS_DIR, SITE_FILE,
};

/// How long the folder must stay quiet after an edit before reloading, so
/// that an editor saving several files at once causes one reload.
const SETTLE: Duration = Duration::from_millis(300);

/// How often what `--content` resolves to is checked when no event says it
/// changed (one `canonicalize` and one `stat`), and how often the folder is
/// polled when the system cannot deliver file events.
const CHECK_EVERY: Duration = Duration::from_secs(2);

type Events = mpsc::UnboundedSender<notify::Result<Event>>;
type Backend = fn(Events) -> notify::Result<Box<dyn Watcher + Send>>;

/// Watches `content` and sends on `wake` once the content has been quiet for
/// [`SETTLE`] after edits, or has been replaced, for as long as `wake` is
/// open. Never fails: what goes wrong is logged and watching carries on.
pub(crate) async fn on_edits(content: PathBuf, wake: mpsc::Sender<()>) {
    run(content, wake, system_events).await;
}

async fn run(content: PathBuf, wake: mpsc::Sender<()>, backend: Backend) {
    let (events, mut received) = mpsc::unbounded_channel();
    let mut watch = Watch::start(content, events, backend);
    let mut checks = tokio::time::interval(CHECK_EVERY);
    checks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // The first tick is immediate, and the folder was just resolved.
    checks.tick().await;
    loop {
        let mut batch = Batch::default();
        tokio::select! {
            Some(event) = received.recv() => {
                watch.note(event, &mut batch);
                let mut quiet_from = tokio::time::Instant::now() + SETTLE;
                while let Ok(Some(event)) = tokio::time::timeout_at(quiet_from, received.recv()).await {
                    if watch.note(event, &mut batch) {
                        quiet_from = tokio::time::Instant::now() + SETTLE;
                    }
                }
            }
            _ = checks.tick() => {}
        }
        if watch.settle(batch)
            && let Err(mpsc::error::TrySendError::Closed(())) = wake.try_send(())
        {
            // A full channel is a reload already due, which reads the
            // latest files anyway.
            tracing::info!(
                "stopped watching {}: nothing reloads any more",
                watch.given.display()
            );
            return;
        }
    }
}

/// The folder a content path designates at one moment.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Folder {
    path: PathBuf,
    /// Device and inode: a folder replaced under the same name is another
    /// folder.
    identity: (u64, u64),
}

/// What `given` designates now.
fn resolve(given: &Path) -> io::Result<Folder> {
    let path = std::fs::canonicalize(given)?;
    let metadata = std::fs::metadata(&path)?;
    if !metadata.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::NotADirectory,
            "it is a file, not a folder",
        ));
    }
    Ok(Folder {
        path,
        identity: identity(&metadata),
    })
}

#[cfg(unix)]
fn identity(metadata: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (metadata.dev(), metadata.ino())
}

#[cfg(not(unix))]
fn identity(_: &std::fs::Metadata) -> (u64, u64) {
    (0, 0)
}

/// The events of one burst, sorted.
#[derive(Debug, Default)]
struct Batch {
    /// Content files, relative to the content folder.
    content: BTreeSet<PathBuf>,
    ignored: BTreeSet<PathBuf>,
    /// The system dropped events (its queue overflowed): anything may have
    /// changed.
    lost_track: bool,
    errors: Vec<notify::Error>,
}

struct Watch {
    /// `--content` as given, which reloading reads.
    given: PathBuf,
    /// The folder that holds `given`, and the name `given` has in it.
    entry: Option<(PathBuf, OsString)>,
    /// What is watched; `None` while `given` is gone.
    folder: Option<Folder>,
    mode: Mode,
}

enum Mode {
    /// The system's file events.
    Events(Box<dyn Watcher + Send>),
    /// The system cannot deliver file events: the content files as last
    /// seen, compared every [`CHECK_EVERY`].
    Polling(Fingerprint),
}

impl Watch {
    /// Watches what `given` resolves to, with `backend`'s events or, when
    /// the system cannot deliver them, by polling.
    fn start(given: PathBuf, events: Events, backend: Backend) -> Watch {
        let entry = std::path::absolute(&given).ok().and_then(|absolute| {
            let name = absolute.file_name()?.to_owned();
            Some((absolute.parent()?.to_owned(), name))
        });
        let mode = match backend(events) {
            Ok(watcher) => Mode::Events(watcher),
            Err(error) => {
                tracing::error!(
                    "cannot get file events from the system ({error}); checking {} for edits every {} s instead",
                    given.display(),
                    CHECK_EVERY.as_secs()
                );
                Mode::Polling(Fingerprint::new())
            }
        };
        let mut watch = Watch {
            given,
            entry,
            folder: None,
            mode,
        };
        watch.watch_entry();
        match resolve(&watch.given) {
            Ok(folder) => {
                // Said once it is so: an edit after this line is seen.
                let resolved = folder.path.display().to_string();
                watch.follow(folder);
                tracing::info!(
                    "watching {} for edits; it resolves to {resolved}",
                    watch.given.display()
                );
            }
            Err(error) => watch.lost(&error),
        }
        watch
    }

    /// Watches the folder holding `given`, where renames and symlink swaps
    /// happen. Polling leaves it to the periodic check.
    fn watch_entry(&mut self) {
        let (Mode::Events(watcher), Some((parent, _))) = (&mut self.mode, &self.entry) else {
            return;
        };
        if let Err(error) = watcher.watch(parent, RecursiveMode::NonRecursive) {
            tracing::warn!(
                "cannot watch {} for a replaced content folder ({error}); checking every {} s instead",
                parent.display(),
                CHECK_EVERY.as_secs()
            );
        }
    }

    /// Watches `folder`, falling back to polling when the system refuses.
    fn follow(&mut self, folder: Folder) {
        let refused = match &mut self.mode {
            Mode::Events(watcher) => watcher.watch(&folder.path, RecursiveMode::Recursive).err(),
            Mode::Polling(_) => None,
        };
        // A folder gone again already is not the system refusing: the next
        // check says it is gone.
        if let Some(error) = refused
            && resolve(&self.given).is_ok()
        {
            self.fall_back_to_polling(&error);
        }
        if let Mode::Polling(seen) = &mut self.mode {
            *seen = fingerprint(&folder.path);
        }
        self.folder = Some(folder);
    }

    fn fall_back_to_polling(&mut self, error: &notify::Error) {
        tracing::error!(
            "cannot watch {} with the system's file events ({error}); checking it for edits every {} s instead",
            self.given.display(),
            CHECK_EVERY.as_secs()
        );
        // Dropping the watcher removes its watches.
        self.mode = Mode::Polling(Fingerprint::new());
    }

    fn unwatch(&mut self, folder: &Folder) {
        if let Mode::Events(watcher) = &mut self.mode {
            // It may be gone already, and its watch with it.
            let _ = watcher.unwatch(&folder.path);
        }
    }

    fn lost(&mut self, error: &io::Error) {
        if let Some(folder) = self.folder.take() {
            self.unwatch(&folder);
        }
        tracing::warn!(
            "the content folder {} is gone ({error}): still serving the last good site; watching resumes when it is back",
            self.given.display()
        );
    }

    /// Adds `event` to `batch`: whether it may matter, and so keeps the
    /// burst open. Events on files that are not content, or beside the
    /// content folder, do not: a busy `.git/` or a log file written next to
    /// the content must never hold a reload back.
    fn note(&self, event: notify::Result<Event>, batch: &mut Batch) -> bool {
        let event = match event {
            Ok(event) => event,
            Err(error) => {
                batch.errors.push(error);
                return true;
            }
        };
        let mut matters = event.need_rescan();
        batch.lost_track |= matters;
        for path in &event.paths {
            // The name `given` has in its folder: renamed, removed, or a
            // symlink swapped.
            if self.entry.as_ref().is_some_and(|(parent, name)| {
                path.parent() == Some(parent) && path.file_name() == Some(name)
            }) {
                matters = true;
                continue;
            }
            // Elsewhere: a neighbour, or a folder no longer watched.
            let Some(relative) = self
                .folder
                .as_ref()
                .and_then(|folder| path.strip_prefix(&folder.path).ok())
            else {
                continue;
            };
            if relative.as_os_str().is_empty() {
                // The folder itself: what the path resolves to is checked
                // after every burst.
                matters = true;
            } else if is_content(relative) {
                batch.content.insert(relative.to_owned());
                matters = true;
            } else {
                batch.ignored.insert(relative.to_owned());
            }
        }
        matters
    }

    /// Acts on a burst of events, or on nothing (a periodic check): whether
    /// to reload.
    fn settle(&mut self, mut batch: Batch) -> bool {
        let given = self.given.display().to_string();
        let now = match resolve(&self.given) {
            Ok(now) => now,
            Err(error) => {
                if self.folder.is_some() {
                    self.lost(&error);
                }
                return false;
            }
        };
        // Each line below is logged once it is so.
        let Some(before) = self.folder.clone() else {
            let resolved = now.path.display().to_string();
            // The folder holding it may be new too.
            self.watch_entry();
            self.follow(now);
            tracing::info!(
                "the content folder {given} is back; it resolves to {resolved}: watching it again and reloading"
            );
            return true;
        };
        if before != now {
            self.unwatch(&before);
            let (resolved, was) = (now.path.display().to_string(), before.path.display());
            let same_path = before.path == now.path;
            self.watch_entry();
            self.follow(now);
            if same_path {
                tracing::info!(
                    "{given} was replaced by another folder: watching the new one and reloading"
                );
            } else {
                tracing::info!(
                    "{given} now resolves to {resolved} instead of {was}: watching there and reloading"
                );
            }
            return true;
        }
        let mut reload = false;
        for error in batch.errors {
            if matches!(error.kind, notify::ErrorKind::MaxFilesWatch) {
                // Part of the folder went unwatched: poll all of it.
                self.fall_back_to_polling(&error);
                self.follow(now.clone());
            } else {
                tracing::warn!("watching {given} reported a problem ({error}): reloading");
            }
            reload = true;
        }
        if let Mode::Polling(seen) = &mut self.mode {
            let current = fingerprint(&now.path);
            batch.content.extend(changed(seen, &current));
            *seen = current;
        }
        if batch.lost_track {
            tracing::warn!("the system dropped file events under {given}: reloading");
            reload = true;
        } else if !batch.content.is_empty() {
            tracing::info!("{given} changed ({}): reloading", list(&batch.content));
            reload = true;
        } else if !batch.ignored.is_empty() && !reload {
            tracing::debug!(
                "not reloading for files that are not content: {}",
                list(&batch.ignored)
            );
        }
        reload
    }
}

/// The system's file events (inotify, FSEvents, …).
fn system_events(events: Events) -> notify::Result<Box<dyn Watcher + Send>> {
    Ok(Box::new(notify::recommended_watcher(forward(events))?))
}

/// The content files under a folder, each with its size, modification time
/// and identity: what polling compares. Only what loading reads is walked,
/// so a large `.git/` costs nothing; the identity catches a file replaced
/// by an editor's rename within the file system's clock tick.
type Fingerprint = BTreeMap<PathBuf, (u64, Option<SystemTime>, (u64, u64))>;

fn fingerprint(root: &Path) -> Fingerprint {
    let mut files = Fingerprint::new();
    let mut folders = vec![PathBuf::new()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(root.join(&folder)) else {
            continue;
        };
        for entry in entries.flatten() {
            let relative = folder.join(entry.file_name());
            if !is_content(&relative) {
                continue;
            }
            // Followed, as loading follows them.
            let Ok(metadata) = std::fs::metadata(entry.path()) else {
                continue;
            };
            if metadata.is_dir() {
                // Only whether it is there: its time changes with every
                // file in it, which are listed themselves.
                files.insert(relative.clone(), (0, None, (0, 0)));
                folders.push(relative);
            } else {
                let seen = (
                    metadata.len(),
                    metadata.modified().ok(),
                    identity(&metadata),
                );
                files.insert(relative, seen);
            }
        }
    }
    files
}

/// The paths added, removed or changed from `before` to `after`.
fn changed(before: &Fingerprint, after: &Fingerprint) -> Vec<PathBuf> {
    let removed = before.keys().filter(|path| !after.contains_key(*path));
    let added_or_changed = after
        .iter()
        .filter(|(path, seen)| before.get(*path) != Some(seen))
        .map(|(path, _)| path);
    removed.chain(added_or_changed).cloned().collect()
}

fn forward(events: Events) -> impl FnMut(notify::Result<Event>) + Send + 'static {
    move |event| {
        // Reading is no edit, and a reload reads every file.
        if !matches!(&event, Ok(event) if event.kind.is_access()) {
            let _ = events.send(event);
        }
    }
}

/// Whether `relative`, a path inside the content folder, is something
/// loading reads: `site.toml`, `revisions.lock`, `revisions/`, a revision's
/// folder and the files in it (a file there that is not part of the
/// revision is warned about by `check`, so it counts too), and the same
/// under `documents/<id>/` with its `document.toml`, and the content's own
/// catalogs under `messages/`. Anything hidden or an
/// editor's scratch file anywhere on the way is not.
pub(crate) fn is_content(relative: &Path) -> bool {
    let names: Vec<String> = relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect();
    if names.iter().any(|name| is_scratch(name)) {
        return false;
    }
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let is_record = |names: &[&str]| {
        matches!(
            names,
            [LOCK_FILE] | [REVISIONS_DIR] | [REVISIONS_DIR, _] | [REVISIONS_DIR, _, _]
        )
    };
    match names.as_slice() {
        [SITE_FILE]
        | [MESSAGES_DIR]
        | [MESSAGES_DIR, _]
        | [DOCUMENTS_DIR]
        | [DOCUMENTS_DIR, _]
        | [DOCUMENTS_DIR, _, DOCUMENT_FILE] => true,
        [DOCUMENTS_DIR, _, record @ ..] => is_record(record),
        record => is_record(record),
    }
}

/// Hidden names, and the temporaries and backups of editors and merge tools.
fn is_scratch(name: &str) -> bool {
    let extension = name
        .rsplit_once('.')
        .map(|(_, extension)| extension.to_ascii_lowercase());
    name.starts_with('.')
        || name.ends_with('~')
        || (name.len() > 1 && name.starts_with('#') && name.ends_with('#'))
        // vim checks whether it may write a folder with this file.
        || name == "4913"
        || extension.is_some_and(|extension| {
            // vim's swap files: .swp, then .swo, .swn, … when taken.
            (extension.len() == 3 && extension.starts_with("sw"))
                || ["tmp", "bak", "orig"].contains(&extension.as_str())
        })
}

/// A few paths for a log line: `a, b, c and 2 more`.
fn list(paths: &BTreeSet<PathBuf>) -> String {
    const SHOWN: usize = 3;
    let mut text = paths
        .iter()
        .take(SHOWN)
        .map(|path| path.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    if paths.len() > SHOWN {
        text.push_str(&format!(" and {} more", paths.len() - SHOWN));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_is_what_loading_reads() {
        for path in [
            "site.toml",
            "revisions.lock",
            "revisions",
            "revisions/2025-04-01",
            "revisions/2025-04-01/revision.toml",
            "revisions/2025-04-01/purposes.toml",
            "revisions/2025-04-01/10-safety.ja.md",
            // check warns that it is not part of the revision.
            "revisions/2025-04-01/notes.txt",
            "documents",
            "documents/joint-use",
            "documents/joint-use/document.toml",
            "documents/joint-use/revisions.lock",
            "documents/joint-use/revisions",
            "documents/joint-use/revisions/2025-04-01",
            "documents/joint-use/revisions/2025-04-01/joint-use.toml",
            "messages",
            "messages/th.ftl",
        ] {
            assert!(is_content(Path::new(path)), "{path}");
        }
    }

    #[test]
    fn hidden_files_scratch_files_and_neighbours_are_not_content() {
        for path in [
            ".git",
            ".git/index",
            ".git/objects/ab/cdef",
            ".DS_Store",
            "revisions/.DS_Store",
            "revisions/2025-04-01/.purposes.toml.swp",
            "revisions/2025-04-01/purposes.toml.swp",
            "revisions/2025-04-01/purposes.toml.swo",
            "x.swx",
            "site.toml~",
            "revisions/2025-04-01/#10-safety.ja.md#",
            "revisions/2025-04-01/.#10-safety.ja.md",
            "revisions/2025-04-01/4913",
            "site.toml.tmp",
            "site.toml.bak",
            "revisions/2025-04-01/purposes.toml.orig",
            "revisions/2025-04-01/PURPOSES.TOML.BAK",
            "revisions/.2025-04-01/revision.toml",
            // Loading reads nothing else: not the staff guide, not an
            // export, not a folder inside a revision.
            "README.md",
            "public/index.html",
            "revisions/2025-04-01/images/logo.png",
            "documents/joint-use/notes.txt",
            "documents/joint-use/revisions/2025-04-01/.joint-use.toml.swp",
            "documents/joint-use/revisions/2025-04-01/images/logo.png",
            "documents/joint-use/documents/x/document.toml",
        ] {
            assert!(!is_content(Path::new(path)), "{path}");
        }
    }

    #[test]
    fn a_log_line_names_a_few_paths() {
        let paths = |names: &[&str]| names.iter().map(PathBuf::from).collect::<BTreeSet<_>>();
        assert_eq!(list(&paths(&["site.toml"])), "site.toml");
        assert_eq!(
            list(&paths(&["site.toml", "revisions.lock"])),
            "revisions.lock, site.toml"
        );
        assert_eq!(
            list(&paths(&["a", "b", "c", "d", "e"])),
            "a, b, c and 2 more"
        );
    }

    #[test]
    fn a_folder_replaced_under_its_name_is_another_folder() {
        let root = tempfile::tempdir().unwrap();
        let content = root.path().join("content");
        std::fs::create_dir(&content).unwrap();
        let before = resolve(&content).unwrap();
        std::fs::rename(&content, root.path().join("old")).unwrap();
        assert_eq!(
            resolve(&content).unwrap_err().kind(),
            io::ErrorKind::NotFound
        );
        std::fs::create_dir(&content).unwrap();
        let after = resolve(&content).unwrap();
        assert_eq!(after.path, before.path);
        if cfg!(unix) {
            assert_ne!(after, before);
        }
        std::fs::write(root.path().join("file"), "").unwrap();
        assert_eq!(
            resolve(&root.path().join("file")).unwrap_err().kind(),
            io::ErrorKind::NotADirectory
        );
    }

    fn no_system_events(_: Events) -> notify::Result<Box<dyn Watcher + Send>> {
        Err(notify::Error::new(notify::ErrorKind::MaxFilesWatch))
    }

    /// Without the system's file events, edits are still seen, by polling,
    /// and so is a swapped symlink.
    #[cfg(unix)]
    #[test]
    fn without_file_events_the_folder_is_polled() {
        let root = tempfile::tempdir().unwrap();
        for version in ["v1", "v2"] {
            std::fs::create_dir_all(root.path().join(version).join(".git")).unwrap();
            std::fs::write(root.path().join(version).join(SITE_FILE), "a").unwrap();
        }
        let current = root.path().join("current");
        std::os::unix::fs::symlink("v1", &current).unwrap();
        let (events, _received) = mpsc::unbounded_channel();
        let mut watch = Watch::start(current.clone(), events, no_system_events);
        assert!(matches!(watch.mode, Mode::Polling(_)));
        assert!(!watch.settle(Batch::default()), "nothing changed yet");

        std::fs::write(root.path().join("v1/site.toml~"), "b").unwrap();
        std::fs::write(root.path().join("v1/.git/index"), "b").unwrap();
        assert!(!watch.settle(Batch::default()), "not content");
        std::fs::write(root.path().join("v1").join(SITE_FILE), "bb").unwrap();
        assert!(watch.settle(Batch::default()));
        assert!(!watch.settle(Batch::default()), "seen already");

        let new = root.path().join("new");
        std::os::unix::fs::symlink("v2", &new).unwrap();
        std::fs::rename(&new, &current).unwrap();
        assert!(watch.settle(Batch::default()));
        let v2 = std::fs::canonicalize(root.path().join("v2")).unwrap();
        assert_eq!(watch.folder.as_ref().unwrap().path, v2);
        std::fs::write(root.path().join("v1").join(SITE_FILE), "ccc").unwrap();
        assert!(!watch.settle(Batch::default()), "the old folder");
        std::fs::create_dir_all(root.path().join("v2/revisions/2025-04-01")).unwrap();
        assert!(watch.settle(Batch::default()), "a new revision folder");
        std::fs::write(
            root.path().join("v2/revisions/2025-04-01/revision.toml"),
            "",
        )
        .unwrap();
        assert!(watch.settle(Batch::default()), "a new file in it");
        std::fs::remove_file(root.path().join("v2").join(SITE_FILE)).unwrap();
        assert!(watch.settle(Batch::default()), "a removed file");
    }

    #[test]
    fn only_what_may_matter_keeps_a_burst_open() {
        let root = tempfile::tempdir().unwrap();
        let content = root.path().join("content");
        std::fs::create_dir(&content).unwrap();
        let (events, _received) = mpsc::unbounded_channel();
        let watch = Watch::start(content.clone(), events, no_system_events);
        let folder = watch.folder.clone().unwrap().path;
        let at = |path: PathBuf| Ok(Event::new(notify::EventKind::Any).add_path(path));
        let mut batch = Batch::default();
        assert!(!watch.note(at(folder.join(".git/index")), &mut batch));
        assert!(!watch.note(at(folder.join("site.toml~")), &mut batch));
        assert!(!watch.note(at(root.path().join("access.log")), &mut batch));
        assert!(watch.note(at(folder.join(SITE_FILE)), &mut batch));
        assert!(watch.note(at(folder.clone()), &mut batch));
        assert!(
            watch.note(at(content), &mut batch),
            "the name in its folder"
        );
        assert!(watch.note(Err(notify::Error::generic("lost")), &mut batch));
        let rescan = Event::new(notify::EventKind::Other).set_flag(notify::event::Flag::Rescan);
        assert!(watch.note(Ok(rescan), &mut batch));
        assert_eq!(
            batch.content.iter().collect::<Vec<_>>(),
            [Path::new(SITE_FILE)]
        );
        assert_eq!(batch.ignored.len(), 2);
        assert!(batch.lost_track);
        assert_eq!(batch.errors.len(), 1);
    }

    #[test]
    fn polling_names_what_changed() {
        let time = Some(SystemTime::UNIX_EPOCH);
        let before = Fingerprint::from([
            (PathBuf::from("a"), (1, time, (1, 1))),
            (PathBuf::from("b"), (1, time, (1, 2))),
            (PathBuf::from("c"), (1, time, (1, 3))),
        ]);
        let mut after = before.clone();
        after.remove(Path::new("a"));
        after.insert(PathBuf::from("b"), (1, time, (1, 4)));
        after.insert(PathBuf::from("d"), (1, time, (1, 5)));
        assert_eq!(
            changed(&before, &after),
            [Path::new("a"), Path::new("b"), Path::new("d")]
        );
        assert!(changed(&after, &after).is_empty());
    }
}

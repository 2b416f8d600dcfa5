//! `serve --watch` never goes blind: the content folder deleted and
//! recreated, replaced by a rename, or reached through a symlink that a
//! deploy swaps, and the next edit is still picked up; files that are not
//! content cause no reload. The real binary on a real socket; every wait is
//! on a log line, bounded by `Running::wait_for`.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use crate::support::{Kohyo, Running, copy_dir, edit, http_get, repo_path};

/// A one-revision site whose `site.toml` has this phone number.
const FIXTURE: &str = "tests/fixtures/watch";
const PHONE: &str = "03-1234-0001";

fn fixture_copy(to: &Path) {
    copy_dir(&repo_path(FIXTURE), to);
}

fn watching(content: &Path) -> Running {
    Running::start(&[
        "--content",
        content.to_str().unwrap(),
        "--as-of",
        "2025-01-01",
        "--watch",
    ])
}

fn page(server: &Running) -> String {
    let (status, body) = http_get(&server.base, "/ja/");
    assert_eq!(status, 200, "{body}");
    body
}

fn reload_error(server: &Running) -> serde_json::Value {
    let (status, body) = http_get(&server.base, "/healthz");
    assert_eq!(status, 200, "{body}");
    let health: serde_json::Value = serde_json::from_str(&body).unwrap();
    health["reload_error"].clone()
}

/// The log lines up to the next reload's outcome, that one included.
fn lines_to_reload(server: &mut Running) -> Vec<String> {
    let lines = RefCell::new(Vec::new());
    server.wait_for(|line| {
        lines.borrow_mut().push(line.to_owned());
        line.contains("reloaded 1 revisions") || line.contains("reload refused")
    });
    lines.into_inner()
}

/// The lines among `lines` that say why a reload starts.
fn reasons(lines: &[String]) -> Vec<&str> {
    lines
        .iter()
        .filter(|line| line.ends_with("reloading"))
        .map(|line| line.as_str())
        .collect()
}

/// Edits `content`'s phone number and waits until the server shows the new
/// one, after exactly one reload that names `site.toml`.
fn edit_is_picked_up(server: &mut Running, content: &Path, from: &str, to: &str) {
    edit(&content.join("site.toml"), from, to);
    let lines = lines_to_reload(server);
    let reasons = reasons(&lines);
    assert_eq!(reasons.len(), 1, "{lines:#?}");
    assert!(
        reasons[0].ends_with(" changed (site.toml): reloading"),
        "{lines:#?}"
    );
    assert!(lines.last().unwrap().contains("reloaded"), "{lines:#?}");
    assert!(page(server).contains(to));
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap()
}

#[test]
fn a_folder_deleted_and_recreated_is_watched_again() {
    let root = tempfile::tempdir().unwrap();
    let content = root.path().join("content");
    fixture_copy(&content);
    let mut server = watching(&content);
    let started = server.wait_for(|line| line.contains("watching"));
    assert!(
        started.ends_with(&format!(
            "watching {} for edits; it resolves to {}",
            content.display(),
            canonical(&content).display()
        )),
        "{started}"
    );

    std::fs::remove_dir_all(&content).unwrap();
    let gone = server.wait_for(|line| line.contains("is gone"));
    assert!(gone.contains(" WARN "), "{gone}");
    assert!(
        gone.contains(&format!(
            "the content folder {} is gone (",
            content.display()
        )),
        "{gone}"
    );
    assert!(
        gone.ends_with("): still serving the last good site; watching resumes when it is back"),
        "{gone}"
    );
    assert!(page(&server).contains(PHONE), "the last good site");

    // Made beside it and renamed into place, so that the server never sees
    // a half-copied folder (which would reload twice, as it should).
    let making = root.path().join("making");
    fixture_copy(&making);
    std::fs::rename(&making, &content).unwrap();
    let back = server.wait_for(|line| line.contains("is back"));
    assert!(
        back.ends_with(&format!(
            "the content folder {} is back; it resolves to {}: watching it again and reloading",
            content.display(),
            canonical(&content).display()
        )),
        "{back}"
    );
    server.wait_for(|line| line.contains("reloaded 1 revisions"));
    edit_is_picked_up(&mut server, &content, PHONE, "03-1234-0002");
}

#[test]
fn a_folder_replaced_by_a_rename_is_watched_in_its_place() {
    let root = tempfile::tempdir().unwrap();
    let content = root.path().join("content");
    fixture_copy(&content);
    let mut server = watching(&content);
    server.wait_for(|line| line.contains("watching"));

    let staging = root.path().join("staging");
    fixture_copy(&staging);
    edit(&staging.join("site.toml"), PHONE, "03-1234-0002");
    std::fs::rename(&content, root.path().join("old")).unwrap();
    std::fs::rename(&staging, &content).unwrap();
    let lines = lines_to_reload(&mut server);
    let reasons = reasons(&lines);
    assert_eq!(reasons.len(), 1, "{lines:#?}");
    assert!(
        reasons[0].ends_with(&format!(
            "{} was replaced by another folder: watching the new one and reloading",
            content.display()
        )),
        "{lines:#?}"
    );
    assert!(page(&server).contains("03-1234-0002"));

    edit_is_picked_up(&mut server, &content, "03-1234-0002", "03-1234-0003");
}

/// The usual deploy: `ln -s v2 new && mv -T new current`.
#[cfg(unix)]
fn swap(link: &Path, to: &str) {
    let new = link.with_file_name("new");
    std::os::unix::fs::symlink(to, &new).unwrap();
    std::fs::rename(&new, link).unwrap();
}

#[cfg(unix)]
#[test]
fn a_swapped_symlink_is_followed_and_its_old_target_forgotten() {
    let root = tempfile::tempdir().unwrap();
    let (v1, v2, current) = (
        root.path().join("v1"),
        root.path().join("v2"),
        root.path().join("current"),
    );
    fixture_copy(&v1);
    std::os::unix::fs::symlink("v1", &current).unwrap();
    let mut server = watching(&current);
    let started = server.wait_for(|line| line.contains("watching"));
    assert!(
        started.ends_with(&format!(
            "watching {} for edits; it resolves to {}",
            current.display(),
            canonical(&v1).display()
        )),
        "{started}"
    );

    fixture_copy(&v2);
    edit(&v2.join("site.toml"), PHONE, "03-1234-0002");
    swap(&current, "v2");
    let lines = lines_to_reload(&mut server);
    let reasons = reasons(&lines);
    assert_eq!(reasons.len(), 1, "{lines:#?}");
    assert!(
        reasons[0].ends_with(&format!(
            "{} now resolves to {} instead of {}: watching there and reloading",
            current.display(),
            canonical(&v2).display(),
            canonical(&v1).display()
        )),
        "{lines:#?}"
    );
    assert!(page(&server).contains("03-1234-0002"));

    // An edit in the old target first: only the new target's edit counts.
    edit(&v1.join("revisions.lock"), "2024-12-02", "2024-12-03");
    edit_is_picked_up(&mut server, &current, "03-1234-0002", "03-1234-0003");
}

#[cfg(unix)]
#[test]
fn a_broken_site_after_a_swap_is_reported_and_its_fix_picked_up() {
    let root = tempfile::tempdir().unwrap();
    let current = root.path().join("current");
    fixture_copy(&root.path().join("v1"));
    std::os::unix::fs::symlink("v1", &current).unwrap();
    let mut server = watching(&current);
    server.wait_for(|line| line.contains("watching"));

    let v2 = root.path().join("v2");
    fixture_copy(&v2);
    edit(
        &v2.join("site.toml"),
        &format!("phone = \"{PHONE}\""),
        "phone = \"03-1234-0002",
    );
    swap(&current, "v2");
    let lines = lines_to_reload(&mut server);
    assert!(
        lines.last().unwrap().contains("reload refused"),
        "{lines:#?}"
    );
    let error = reload_error(&server);
    let error = error.as_str().expect("the reason is reported");
    assert!(error.contains("site.toml:"), "{error}");
    assert!(error.contains("kohyo check"), "{error}");
    assert!(page(&server).contains(PHONE), "the last good site");

    edit(
        &v2.join("site.toml"),
        "phone = \"03-1234-0002",
        "phone = \"03-1234-0002\"",
    );
    let lines = lines_to_reload(&mut server);
    assert!(lines.last().unwrap().contains("reloaded"), "{lines:#?}");
    assert_eq!(reload_error(&server), serde_json::Value::Null);
    assert!(page(&server).contains("03-1234-0002"));
}

/// A symlink swapped further up the path gives no event on the path's own
/// folder: the periodic check finds it.
#[cfg(unix)]
#[test]
fn a_swap_further_up_the_path_is_found_by_the_periodic_check() {
    let root = tempfile::tempdir().unwrap();
    let release = root.path().join("release");
    fixture_copy(&root.path().join("a/content"));
    fixture_copy(&root.path().join("b/content"));
    edit(
        &root.path().join("b/content/site.toml"),
        PHONE,
        "03-1234-0002",
    );
    std::os::unix::fs::symlink("a", &release).unwrap();
    let content = release.join("content");
    let mut server = watching(&content);
    server.wait_for(|line| line.contains("watching"));

    swap(&release, "b");
    let lines = lines_to_reload(&mut server);
    let reasons = reasons(&lines);
    assert_eq!(reasons.len(), 1, "{lines:#?}");
    assert!(reasons[0].contains(" now resolves to "), "{lines:#?}");
    assert!(page(&server).contains("03-1234-0002"));
    edit_is_picked_up(&mut server, &content, "03-1234-0002", "03-1234-0003");
}

#[test]
fn files_that_are_not_content_cause_no_reload() {
    let root = tempfile::tempdir().unwrap();
    let content = root.path().join("content");
    fixture_copy(&content);
    let git = content.join(".git");
    std::fs::create_dir(&git).unwrap();
    let mut server = Kohyo::serve(["--as-of", "2025-01-01", "--watch", "--content"])
        .arg(&content)
        .env("RUST_LOG", "info,kohyo=debug")
        .start();
    server.wait_for(|line| line.contains("watching"));

    let revision = content.join("revisions/2024-12-02");
    let junk = [
        git.join("index"),
        content.join("x.swp"),
        content.join("site.toml~"),
        content.join("README.md"),
        revision.join(".purposes.toml.swp"),
        revision.join("purposes.toml.orig"),
        revision.join("4913"),
    ];
    for file in &junk {
        std::fs::write(file, "junk").unwrap();
    }
    // Proof that the junk was seen and let go, rather than not seen yet.
    let lines = RefCell::new(Vec::new());
    let ignored = server.wait_for(|line| {
        lines.borrow_mut().push(line.to_owned());
        line.contains("not reloading for files that are not content")
    });
    assert!(reasons(&lines.into_inner()).is_empty(), "{ignored}");

    for file in &junk {
        std::fs::remove_file(file).unwrap();
    }
    edit_is_picked_up(&mut server, &content, PHONE, "03-1234-0002");
}

/// A log file written beside the content and a busy `.git/` never hold a
/// reload back: only what may matter keeps a burst of events open.
#[test]
fn busy_neighbours_do_not_hold_a_reload_back() {
    let root = tempfile::tempdir().unwrap();
    let content = root.path().join("content");
    fixture_copy(&content);
    std::fs::create_dir(content.join(".git")).unwrap();
    let mut server = watching(&content);
    server.wait_for(|line| line.contains("watching"));

    let (stop, stopped) = std::sync::mpsc::channel::<()>();
    let writer = {
        let busy = [root.path().join("access.log"), content.join(".git/index")];
        std::thread::spawn(move || {
            use std::io::Write;
            // One line to each file every 50 ms, well inside the time a
            // burst settles in, until told to stop: the pace of a busy
            // server's log, not a wait for anything.
            let pace = std::time::Duration::from_millis(50);
            while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(pace) {
                for file in &busy {
                    let mut file = std::fs::OpenOptions::new()
                        .create(true)
                        .append(true)
                        .open(file)
                        .unwrap();
                    writeln!(file, "GET /ja/ 200").unwrap();
                }
            }
        })
    };
    edit_is_picked_up(&mut server, &content, PHONE, "03-1234-0002");
    stop.send(()).unwrap();
    writer.join().unwrap();
}

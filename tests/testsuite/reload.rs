//! Reloading content while serving: edits picked up by `--watch` or on
//! SIGHUP, a broken edit refused while the last good site keeps serving
//! (and `/healthz` says why), and the swap seen by concurrent requests as
//! all old or all new, never a mix.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use kohyo::live::LiveSite;

use crate::support::{Running, copy_dir, date, http_get, rendered, repo_path};

const TITLE: &str = "個人情報保護法に基づく公表事項";

fn health(base: &str) -> serde_json::Value {
    let (status, body) = http_get(base, "/healthz");
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).unwrap()
}

#[test]
fn a_broken_edit_is_refused_and_the_last_good_site_keeps_serving() {
    let content = tempfile::tempdir().unwrap();
    copy_dir(&repo_path("content"), content.path());
    let dir = content.path().to_str().unwrap();
    let mut server = Running::start(&["--content", dir, "--as-of", "2025-01-01", "--watch"]);
    server.wait_for(|line| line.contains("watching"));

    let (status, before) = http_get(&server.base, "/ja/");
    assert_eq!(status, 200);
    assert!(before.contains(TITLE));
    let healthy = health(&server.base);
    assert_eq!(healthy["status"], "ok");
    assert_eq!(healthy["revision"], "2024-12-02");
    assert_eq!(healthy["reload_error"], serde_json::Value::Null);

    let revision = content.path().join("revisions/2024-12-02/revision.toml");
    let good = std::fs::read_to_string(&revision).unwrap();
    std::fs::write(
        &revision,
        good.replace("effective = 2024-12-02", "effective = 2024-13-45"),
    )
    .unwrap();
    server.wait_for(|line| line.contains("reload refused"));

    let (status, during) = http_get(&server.base, "/ja/");
    assert_eq!(status, 200);
    assert_eq!(during, before, "the last good site, unchanged");
    let refused = health(&server.base);
    assert_eq!(refused["status"], "ok");
    assert_eq!(refused["revision"], "2024-12-02");
    let error = refused["reload_error"]
        .as_str()
        .expect("the reason is reported");
    assert!(
        error.contains("revisions/2024-12-02/revision.toml:"),
        "{error}"
    );
    assert!(error.contains("kohyo check"), "{error}");

    // A published revision that changed is a problem of the record: a
    // preview shows it (and the change) rather than refusing it.
    std::fs::write(
        &revision,
        good.replace(TITLE, "個人情報保護法に基づく公表事項（改）"),
    )
    .unwrap();
    server.wait_for(|line| line.contains("reloaded 3 revisions"));
    let record = &health(&server.base)["record"];
    assert_eq!(record["altered"], true, "{record}");
    assert_eq!(
        record["problems"][0],
        "revisions/2024-12-02/revision.toml:4:1: error: this line differs from the text published on 2024-11-01"
    );
    let (_, altered) = http_get(&server.base, "/ja/");
    assert!(altered.contains("記録（revisions.lock）に1件の問題があります"));
    let site = content.path().join("site.toml");
    let settings = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, settings.replace("03-0000-0000", "03-0000-1111")).unwrap();
    std::fs::write(&revision, &good).unwrap();
    server.wait_for(|line| line.contains("reloaded 3 revisions"));
    let (status, after) = http_get(&server.base, "/ja/");
    assert_eq!(status, 200);
    assert!(after.contains("03-0000-1111"));
    let healthy = health(&server.base);
    assert_eq!(healthy["reload_error"], serde_json::Value::Null);
    assert_eq!(healthy["record"], serde_json::Value::Null);
}

/// Serving as of today publishes: a published revision altered on disk is
/// refused, and the site as it was published keeps serving.
#[cfg(unix)]
#[test]
fn the_published_site_never_takes_in_an_altered_revision() {
    let content = tempfile::tempdir().unwrap();
    copy_dir(&repo_path("content"), content.path());
    let dir = content.path().to_str().unwrap();
    let mut server = Running::start(&["--content", dir]);
    let (_, before) = http_get(&server.base, "/ja/history/2024-12-02/");
    let revision = content.path().join("revisions/2024-12-02/revision.toml");
    let good = std::fs::read_to_string(&revision).unwrap();
    std::fs::write(
        &revision,
        good.replace(TITLE, "個人情報保護法に基づく公表事項（改）"),
    )
    .unwrap();
    server.signal("HUP");
    server.wait_for(|line| line.contains("reload refused"));
    let error = health(&server.base)["reload_error"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        error.contains("revisions/2024-12-02/revision.toml:4:1: error: this line differs from the text published on 2024-11-01"),
        "{error}"
    );
    let (_, during) = http_get(&server.base, "/ja/history/2024-12-02/");
    assert_eq!(during, before);
}

#[cfg(unix)]
#[test]
fn sighup_reloads_the_content() {
    let content = tempfile::tempdir().unwrap();
    copy_dir(&repo_path("content"), content.path());
    let dir = content.path().to_str().unwrap();
    let mut server = Running::start(&["--content", dir, "--as-of", "2025-01-01"]);

    let site = content.path().join("site.toml");
    let text = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, text.replace("03-0000-0000", "03-1111-2222")).unwrap();
    let (_, unchanged) = http_get(&server.base, "/ja/");
    assert!(
        unchanged.contains("03-0000-0000"),
        "no reload without --watch or SIGHUP"
    );

    server.signal("HUP");
    server.wait_for(|line| line.contains("reloaded 3 revisions"));
    let (_, reloaded) = http_get(&server.base, "/ja/");
    assert!(reloaded.contains("03-1111-2222"));
}

/// Requests racing with swaps each see one whole rendering: every body is
/// exactly the old or the new one, and its ETag is that body's. The swaps
/// go on until every client has seen both renderings, so each client's
/// requests do straddle swaps.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_requests_see_one_whole_site_or_the_other() {
    const CLIENTS: usize = 4;
    let old = rendered("content", date("2023-06-01"));
    let new = rendered("content", date("2025-01-01"));
    let paths = ["/ja/", "/en/history/", "/ja/feed.atom"];
    for path in paths {
        assert_ne!(old.resources[path].body, new.resources[path].body, "{path}");
    }
    let live = Arc::new(LiveSite::new(old.clone()));
    let router = kohyo::http::live_router(live.clone(), Default::default());
    let finished = Arc::new(AtomicUsize::new(0));

    // A thread of its own: clients whose requests never wait would keep a
    // task from ever being scheduled on the runtime's workers.
    let swapper = {
        let (live, finished) = (live.clone(), finished.clone());
        let (old, new) = (old.clone(), new.clone());
        std::thread::spawn(move || {
            let mut swaps = 0usize;
            while finished.load(Ordering::Acquire) < CLIENTS {
                live.replace(if swaps.is_multiple_of(2) {
                    new.clone()
                } else {
                    old.clone()
                });
                swaps += 1;
                std::thread::yield_now();
            }
            swaps
        })
    };
    let mut clients = Vec::new();
    for client in 0..CLIENTS {
        let (router, finished) = (router.clone(), finished.clone());
        let (old, new) = (old.clone(), new.clone());
        clients.push(tokio::spawn(async move {
            let mut seen = [0usize; 2];
            let mut request = 0;
            // At least 150 requests, and on until both renderings came back.
            while request < 150 || seen.contains(&0) {
                assert!(request < 100_000, "only one rendering ever seen: {seen:?}");
                let path = paths[(client + request) % paths.len()];
                let reply = crate::support::get(&router, path).await;
                let etag = reply.header("etag").to_owned();
                let version = [&old, &new]
                    .iter()
                    .position(|site| site.resources[path].body == reply.body.as_bytes())
                    .unwrap_or_else(|| panic!("{path}: a body that is neither site's"));
                let site = [&old, &new][version];
                assert_eq!(
                    etag,
                    site.resources[path].etag(kohyo::resource::Coding::Identity),
                    "{path}: the ETag of the same rendering"
                );
                seen[version] += 1;
                request += 1;
            }
            finished.fetch_add(1, Ordering::Release);
            seen
        }));
    }
    for client in clients {
        let [old_seen, new_seen] = client.await.unwrap();
        assert!(
            old_seen > 0 && new_seen > 0,
            "{old_seen} old, {new_seen} new"
        );
    }
    let swaps = swapper.join().unwrap();
    assert!(swaps >= 2, "the site was swapped {swaps} times");
}

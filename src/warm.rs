//! Compressing the site being served, in the background and never on a
//! request's path. Brotli at its best quality takes seconds for a large
//! page; a request that finds its resource not compressed yet is answered
//! at once with the identity body, and the resource moves to the front of
//! the queue, so the next request gets the small body.
//!
//! There is one queue and a fixed number of threads (half the cores, at
//! least one), whatever the number of reloads: a new rendering (a reload,
//! the midnight switch) replaces the work left for the one before, so
//! warm-ups cannot pile up threads or memory, and the old rendering is let
//! go as soon as no request holds it and the threads have finished the
//! resource each is compressing. A rendering that kept a page's bytes
//! keeps its codings too (`RenderedSite::take_codings_from`), so only what
//! changed is queued.

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use crate::render::RenderedSite;
use crate::resource::Resource;

/// Resources asked for by requests before their turn, kept at most: past
/// this, a request's resource waits for its turn in the queue, so a client
/// asking for every page of a long history cannot grow the list.
const MOST_URGENT: usize = 64;

/// The background compression of the site being served.
pub(crate) struct Warmer {
    shared: Arc<Shared>,
}

struct Shared {
    queue: Mutex<Queue>,
    /// Signalled when there is work, and when work is done.
    changed: Condvar,
    /// How many threads compress at most.
    threads: usize,
}

#[derive(Default)]
struct Queue {
    /// Counts the renderings handed in; work of an older one is dropped.
    generation: u64,
    /// What the current rendering still needs, the most read first.
    pending: VecDeque<Resource>,
    /// Asked for by a request: done before `pending`.
    urgent: Vec<Resource>,
    /// Threads compressing a resource right now.
    busy: usize,
    /// Threads started so far.
    started: usize,
    /// The current rendering's warm-up, while it runs: when it began and
    /// how many resources it had to compress.
    running: Option<(Instant, usize)>,
}

impl Queue {
    fn next(&mut self) -> Option<Resource> {
        self.urgent.pop().or_else(|| self.pending.pop_front())
    }

    fn left(&self) -> usize {
        self.pending.len() + self.urgent.len() + self.busy
    }
}

impl Default for Warmer {
    fn default() -> Warmer {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Warmer::with_threads(cores / 2)
    }
}

impl Warmer {
    /// A warmer that compresses on at most `threads` threads (at least one).
    pub(crate) fn with_threads(threads: usize) -> Warmer {
        Warmer {
            shared: Arc::new(Shared {
                queue: Mutex::default(),
                changed: Condvar::new(),
                threads: threads.max(1),
            }),
        }
    }

    /// Compresses what `site` still needs, the most read first: everything
    /// outside the history, then the history from the newest revision
    /// back. What was left of the previous site is dropped.
    pub(crate) fn warm(&self, site: &RenderedSite) {
        let mut order: Vec<(&String, &Resource)> = site
            .resources
            .iter()
            .filter(|(_, resource)| !resource.is_prepared())
            .collect();
        order.sort_by(|(a, _), (b, _)| {
            let archived = |path: &str| path.split('/').nth(3).is_some_and(|s| !s.is_empty());
            archived(a).cmp(&archived(b)).then_with(|| b.cmp(a))
        });
        let mut pending: VecDeque<Resource> = order.into_iter().map(|(_, r)| r.clone()).collect();
        for error in [&site.not_found, &site.api_not_found] {
            if !error.is_prepared() {
                pending.push_back(error.clone());
            }
        }
        let mut queue = self.lock();
        queue.generation += 1;
        queue.urgent.clear();
        queue.running = (!pending.is_empty()).then(|| (Instant::now(), pending.len()));
        // The previous site's resources are dropped here, outside any request.
        let superseded = std::mem::replace(&mut queue.pending, pending);
        self.start_threads(&mut queue);
        drop(queue);
        drop(superseded);
        self.shared.changed.notify_all();
    }

    /// Has `resource` compressed next, unless it is done or already asked for.
    pub(crate) fn hurry(&self, resource: &Resource) {
        if resource.is_prepared() {
            return;
        }
        let mut queue = self.lock();
        if queue.urgent.len() >= MOST_URGENT
            || queue.urgent.iter().any(|r| r.shares_codings_with(resource))
        {
            return;
        }
        queue.urgent.push(resource.clone());
        self.start_threads(&mut queue);
        drop(queue);
        self.shared.changed.notify_all();
    }

    /// Resources waiting to be compressed or being compressed now.
    pub(crate) fn left(&self) -> usize {
        self.lock().left()
    }

    /// Blocks until nothing is left to compress.
    #[cfg(test)]
    pub(crate) fn wait_until_done(&self) {
        let mut queue = self.lock();
        while queue.left() > 0 {
            queue = self
                .shared
                .changed
                .wait(queue)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// A warmer whose queue can be looked at: no thread takes from it, the
    /// test does (`compress_next`).
    #[cfg(test)]
    pub(crate) fn without_threads() -> Warmer {
        let warmer = Warmer::with_threads(1);
        warmer.lock().started = 1;
        warmer
    }

    /// Compresses the next resource in the queue on this thread and
    /// returns it.
    #[cfg(test)]
    pub(crate) fn compress_next(&self) -> Option<Resource> {
        let next = self.lock().next()?;
        next.prepare();
        Some(next)
    }

    fn lock(&self) -> MutexGuard<'_, Queue> {
        // The queue stays consistent between statements: a panic while
        // compressing happens outside the lock.
        self.shared
            .queue
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Starts the threads on the first work; they live as long as the process.
    fn start_threads(&self, queue: &mut Queue) {
        while queue.started < self.shared.threads {
            let shared = self.shared.clone();
            let spawned = std::thread::Builder::new()
                .name("kohyo-compress".into())
                .spawn(move || compress_forever(&shared));
            match spawned {
                Ok(_) => queue.started += 1,
                Err(error) => {
                    // Requests are still answered (uncompressed): say why.
                    tracing::error!("cannot start a thread to compress pages: {error}");
                    break;
                }
            }
        }
    }
}

fn compress_forever(shared: &Shared) {
    let lock = || shared.queue.lock().unwrap_or_else(PoisonError::into_inner);
    loop {
        let mut queue = lock();
        let resource = loop {
            if let Some(resource) = queue.next() {
                break resource;
            }
            queue = shared
                .changed
                .wait(queue)
                .unwrap_or_else(PoisonError::into_inner);
        };
        queue.busy += 1;
        let generation = queue.generation;
        drop(queue);

        resource.prepare();
        drop(resource);

        let mut queue = lock();
        queue.busy -= 1;
        if queue.generation == generation
            && queue.left() == 0
            && let Some((began, count)) = queue.running.take()
        {
            tracing::info!(
                "compressed {count} resources (gzip and brotli) in {} ms",
                began.elapsed().as_millis()
            );
            drop(queue);
            // Compressing leaves scraps; an earlier site may be gone by now.
            crate::memory::give_back();
        } else {
            drop(queue);
        }
        shared.changed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(text: &str) -> Resource {
        Resource::new("text/html; charset=utf-8", text.repeat(200))
    }

    fn site(pages: &[(&str, &Resource)]) -> RenderedSite {
        let date = jiff::civil::date(2025, 1, 1);
        RenderedSite {
            resources: pages
                .iter()
                .map(|(path, resource)| ((*path).to_owned(), (*resource).clone()))
                .collect(),
            not_found: page("<p>見つかりません</p>"),
            api_not_found: page("{}"),
            server_error: page("<p>エラー</p>"),
            base_path: "/".to_owned(),
            as_of: date,
            current: Some(date),
            shown: date,
            languages: crate::lang::Languages::japanese_and_english(),
        }
    }

    #[test]
    fn every_resource_is_compressed_and_the_count_drops_to_zero() {
        let (a, b) = (page("<p>一</p>"), page("<p>二</p>"));
        let warmer = Warmer::with_threads(2);
        warmer.warm(&site(&[("/ja/", &a), ("/en/", &b)]));
        warmer.wait_until_done();
        assert!(a.is_prepared() && b.is_prepared());
        assert_eq!(warmer.left(), 0);
    }

    #[test]
    fn a_new_site_drops_what_was_left_of_the_old_one() {
        let warmer = Warmer::without_threads();
        let old: Vec<Resource> = (0..50).map(|i| page(&format!("<p>{i}</p>"))).collect();
        let paths: Vec<String> = (0..50).map(|i| format!("/ja/history/{i}/")).collect();
        let old_site = site(
            &paths
                .iter()
                .map(String::as_str)
                .zip(old.iter())
                .collect::<Vec<_>>(),
        );
        warmer.warm(&old_site);
        assert_eq!(warmer.left(), 52, "50 pages and the two 404 documents");
        let new = page("<p>新</p>");
        warmer.warm(&site(&[("/ja/", &new)]));
        assert_eq!(warmer.left(), 3, "the old site's work is gone");
        drop(old_site);
        assert!(
            old.iter().all(|r| r.holders() == 1),
            "nothing in the warmer holds the old pages"
        );
    }

    #[test]
    fn a_hurried_resource_comes_first_once() {
        let warmer = Warmer::without_threads();
        let (a, b) = (page("<p>一</p>"), page("<p>二</p>"));
        warmer.warm(&site(&[("/ja/", &a), ("/en/", &b)]));
        warmer.hurry(&b);
        warmer.hurry(&b);
        let mut queue = warmer.lock();
        assert_eq!(queue.urgent.len(), 1);
        assert!(queue.next().unwrap().shares_codings_with(&b));
    }
}

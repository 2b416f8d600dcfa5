//! The connection loop, built on hyper directly because `axum::serve` has no
//! header-read timeout: a client that opens connections and sends headers a
//! byte at a time (slowloris) would otherwise hold them forever. Here every
//! connection has a deadline for its request head, limits on the number and
//! size of headers, and a place under a cap on open connections and under a
//! cap per client address (`per_address`).
//!
//! Stopping is in two steps. First the listener closes and every connection
//! is told to finish: one that has a request in flight sends its whole
//! response, however slowly the client reads it, and then closes; one that
//! is idle between requests, or has not yet sent a whole request head,
//! closes at once, since nothing was promised to it (waiting for its head
//! would hold the stop for the header timeout). Then, once every connection
//! is closed, or the grace period is over, or a second stop signal comes,
//! whatever is left is closed.

use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use axum::http::Request;
use axum::response::Response;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, watch};
use tower_service::Service;

use super::per_address::{Admission, PerAddress};

/// What one client may take of the server.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Time to send a whole request head, and to start the next request on
    /// a kept-alive connection; the connection is closed after it.
    pub header_read_timeout: Duration,
    /// Bytes of request line and headers together that hyper reads; more
    /// and hyper answers `431` itself. A backstop only: the site's own
    /// limits (`head`) are lower and answered by kohyo, with its headers
    /// and a log line, while hyper's answer is a bare status line.
    pub max_header_bytes: usize,
    /// Open connections at once; further clients wait in the listen queue.
    pub max_connections: usize,
    /// Open connections at once from one client address (IPv6: one /64
    /// network); a connection over it is closed at once. 0: no such limit.
    pub max_connections_per_address: usize,
    /// How long shutdown waits for requests in flight before closing.
    pub shutdown_grace: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_read_timeout: Duration::from_secs(10),
            max_header_bytes: 64 * 1024,
            max_connections: 4096,
            max_connections_per_address: 256,
            shutdown_grace: Duration::from_secs(30),
        }
    }
}

/// How the server stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stopped {
    /// Every request in flight was answered.
    Finished,
    /// The grace period ran out; the requests still running were cut off.
    GraceExpired,
    /// Told to stop at once; the requests still running were cut off.
    Forced,
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets
/// requests in flight finish (for at most `limits.shutdown_grace`).
pub async fn serve_with<S>(
    listener: TcpListener,
    router: S,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()>
where
    S: Service<Request<Incoming>, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    serve_until(listener, router, limits, shutdown, std::future::pending()).await?;
    Ok(())
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets
/// requests in flight finish, for at most `limits.shutdown_grace` and only
/// until `at_once` resolves (a second stop signal).
/// `router` is any service answering requests: an axum `Router`, or
/// `super::live_service`, the site without a router around it.
pub async fn serve_until<S>(
    listener: TcpListener,
    router: S,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
    at_once: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<Stopped>
where
    S: Service<Request<Incoming>, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        // The number of headers stays at hyper's default, 100, well above
        // the site's 64 (`head::MAX_FIELDS`): hyper reads that many into an
        // array on the stack, while any number set here costs a heap
        // allocation per request.
        .max_header_size(limits.max_header_bytes)
        .keep_alive(true);
    // Waiting for every place to be free again counts them in a u32.
    let places = limits.max_connections.clamp(1, u32::MAX as usize);
    let connections = Arc::new(Semaphore::new(places));
    let per_address = PerAddress::new(limits.max_connections_per_address);
    let (phase, phase_seen) = watch::channel(Phase::Serving);
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = connections.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors and the like: wait rather than spin.
                    tracing::warn!("cannot accept a connection: {error}");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let place = match per_address.admit(peer.ip(), Instant::now(), |line| {
            tracing::warn!("{line}");
        }) {
            Admission::Admitted(place) => place,
            // Dropped unanswered: an answer would cost more than the socket.
            Admission::Refused => continue,
        };
        let _ = stream.set_nodelay(true);
        let started = Arc::new(AtomicBool::new(false));
        let service = Marking {
            inner: TowerToHyperService::new(router.clone()),
            started: started.clone(),
        };
        let connection = builder.serve_connection(TokioIo::new(stream), service);
        let mut phase_seen = phase_seen.clone();
        tokio::spawn(async move {
            let _places = (permit, place);
            tokio::pin!(connection);
            let ended = tokio::select! {
                ended = connection.as_mut() => ended,
                () = reached(&mut phase_seen, Phase::Stopping) => {
                    if !started.load(Ordering::Acquire) {
                        return;
                    }
                    // Idle between requests, hyper closes at once; in a
                    // request, after its response.
                    connection.as_mut().graceful_shutdown();
                    tokio::select! {
                        ended = connection.as_mut() => ended,
                        () = reached(&mut phase_seen, Phase::Closing) => return,
                    }
                }
            };
            match ended {
                // A head that does not parse as HTTP/1 (or is beyond the
                // backstops above) is answered by hyper itself with a bare
                // 400, 414 or 431 before any service sees a request: hyper
                // builds that response from the status alone (`Server::on_error`
                // in its `proto/h1/role.rs`) and has no hook to add headers.
                // So it cannot carry the security headers; it is logged here,
                // without any of what was sent.
                Err(error) if error.is_parse() => {
                    tracing::info!(target: "kohyo::access", %peer, %error, "request head refused");
                }
                // A client going away mid-request is its own business.
                Err(error) => tracing::debug!("connection ended: {error}"),
                Ok(()) => {}
            }
        });
    }
    drop(listener);
    phase.send_replace(Phase::Stopping);
    // Every place is free again once every connection has closed.
    let all_closed = connections.acquire_many(places as u32);
    tokio::pin!(at_once);
    let stopped = tokio::select! {
        _ = all_closed => Stopped::Finished,
        () = tokio::time::sleep(limits.shutdown_grace) => {
            tracing::warn!(
                "requests still running after {} s; closing them",
                limits.shutdown_grace.as_secs()
            );
            Stopped::GraceExpired
        }
        () = &mut at_once => Stopped::Forced,
    };
    phase.send_replace(Phase::Closing);
    Ok(stopped)
}

/// What every connection is told to do, in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Phase {
    Serving,
    /// Finish the request in flight, if any, then close.
    Stopping,
    /// Close now.
    Closing,
}

/// Resolves once the server is at `phase` or past it, or gone.
async fn reached(seen: &mut watch::Receiver<Phase>, phase: Phase) {
    let _ = seen.wait_for(|now| *now >= phase).await;
}

/// The router, noting that a request has reached it on this connection:
/// from then on there is a response to finish before stopping. hyper calls
/// it as soon as a request head is read, on the connection's own task.
struct Marking<S> {
    inner: S,
    started: Arc<AtomicBool>,
}

impl<S, R> hyper::service::Service<R> for Marking<S>
where
    S: hyper::service::Service<R>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn call(&self, request: R) -> Self::Future {
        self.started.store(true, Ordering::Release);
        self.inner.call(request)
    }
}

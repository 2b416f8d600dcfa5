//! The connection loop, built on hyper directly because `axum::serve` has no
//! header-read timeout: a client that opens connections and sends headers a
//! byte at a time (slowloris) would otherwise hold them forever. Here every
//! connection has a deadline for its request head, limits on the number and
//! size of headers, and a place under a cap on open connections; shutdown
//! stops accepting, lets requests in flight finish, then closes the rest.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

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
    /// How long shutdown waits for requests in flight before closing.
    pub shutdown_grace: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_read_timeout: Duration::from_secs(10),
            max_header_bytes: 64 * 1024,
            max_connections: 4096,
            shutdown_grace: Duration::from_secs(30),
        }
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets
/// requests in flight finish (for at most `limits.shutdown_grace`).
pub async fn serve_with(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
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
    let connections = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
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
        let _ = stream.set_nodelay(true);
        let service = TowerToHyperService::new(router.clone());
        let connection = graceful.watch(builder.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            match connection.await {
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
            drop(permit);
        });
    }
    drop(listener);
    if tokio::time::timeout(limits.shutdown_grace, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            "requests still running after {} s; closing them",
            limits.shutdown_grace.as_secs()
        );
    }
    Ok(())
}

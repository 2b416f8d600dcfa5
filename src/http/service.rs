//! What every request goes through, as one service rather than a stack of
//! middleware layers: the site path under the base path (`base_path`), the
//! checks of the request head (`head`), the answer, a panic turned into the
//! 500 page, an error under `/api/` made a problem document (`problem`),
//! the security headers (`security`) and the access log line
//! (`access_log`). Each axum layer costs boxed futures and a clone of every
//! boxed service inside it on each request, which came to more than half
//! of what a request cost; here a page is answered in the call itself,
//! with nothing allocated on the way but the response.
//!
//! A page is answered from memory without waiting for anything, so it
//! needs no timeout. Other routes (tests, programs embedding the site) may
//! wait; they keep the timeout and the panic layer of tower-http.

use std::convert::Infallible;
use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::Router;
use axum::body::{Body, Bytes, HttpBody};
use axum::extract::Request;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::timeout::TimeoutLayer;
use tower_service::Service;

use super::access_log::Logged;
use super::{base_path, head, problem, security};
use crate::live::LiveSite;
use crate::resource::Resource;
use crate::site_paths::is_api_path;

/// Every response here is ready in memory, so a request to other routes
/// that takes this long is stuck; the client gets a 503 rather than a hang.
const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// The site's pages, or other routes, with what every response carries.
#[derive(Clone)]
pub struct SiteService {
    shared: Arc<Shared>,
    inner: Inner,
}

struct Shared {
    security: Arc<security::Headers>,
    /// The 500 page, asked for when a handler panics.
    server_error: Box<dyn Fn() -> Resource + Send + Sync>,
    /// The site whose base path is taken off request paths, and whose
    /// pages `Inner::Pages` answers.
    live: Option<Arc<LiveSite>>,
}

#[derive(Clone)]
enum Inner {
    /// The site's own pages (`super::page`), from `Shared::live`.
    Pages,
    /// Other routes, with the timeout and the panic layer.
    Routes(Router),
}

impl SiteService {
    /// The pages of `live`.
    pub(crate) fn pages(live: Arc<LiveSite>, options: security::Options) -> SiteService {
        let rendering = live.clone();
        SiteService::new(
            Inner::Pages,
            move || rendering.load().server_error.clone(),
            Some(live),
            options,
        )
    }

    /// `routes`, answering with the 500 page `server_error` gives, under
    /// the base path of `live` if there is one.
    pub(crate) fn routes(
        routes: Router,
        server_error: impl Fn() -> Resource + Clone + Send + Sync + 'static,
        live: Option<Arc<LiveSite>>,
        options: security::Options,
    ) -> SiteService {
        let on_panic = server_error.clone();
        let routes = routes
            .layer(CatchPanicLayer::custom(
                move |panic: Box<dyn std::any::Any + Send>| panicked(&*panic, &on_panic),
            ))
            .layer(TimeoutLayer::with_status_code(
                StatusCode::SERVICE_UNAVAILABLE,
                REQUEST_TIMEOUT,
            ));
        SiteService::new(Inner::Routes(routes), server_error, live, options)
    }

    fn new(
        inner: Inner,
        server_error: impl Fn() -> Resource + Send + Sync + 'static,
        live: Option<Arc<LiveSite>>,
        options: security::Options,
    ) -> SiteService {
        SiteService {
            shared: Arc::new(Shared {
                security: security::headers(options),
                server_error: Box::new(server_error),
                live,
            }),
            inner,
        }
    }
}

impl<B> Service<Request<B>> for SiteService
where
    B: HttpBody<Data = Bytes> + Send + 'static,
    B::Error: Into<axum::BoxError>,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Answer;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<B>) -> Answer {
        let shared = &self.shared;
        let site = shared.live.as_ref().map(|live| (live, live.load()));
        match &mut self.inner {
            Inner::Pages => {
                let (live, site) = site.expect("pages are served from a live site");
                let path = base_path::site_path_in(request.uri().path(), &site);
                let logged = Logged::start(&request, path);
                let api = is_api_path(path);
                let response = match head::check(&request) {
                    Ok(()) => catch_unwind(AssertUnwindSafe(|| {
                        super::page(live, &site, path, &request)
                    }))
                    .unwrap_or_else(|panic| panicked(&*panic, &shared.server_error)),
                    Err(refusal) => refused(refusal, api),
                };
                Answer::Ready(Some(finish(shared, api, logged, response)))
            }
            Inner::Routes(routes) => {
                let mut request = request.map(Body::new);
                if let Some((_, site)) = &site {
                    base_path::rewrite(&mut request, site);
                }
                let path = request.uri().path();
                let logged = Logged::start(&request, path);
                let api = is_api_path(path);
                if let Err(refusal) = head::check(&request) {
                    let response = refused(refusal, api);
                    return Answer::Ready(Some(finish(shared, api, logged, response)));
                }
                let answered = routes.call(request);
                let shared = shared.clone();
                Answer::Waiting(Box::pin(async move {
                    let response = match answered.await {
                        Ok(response) => response,
                        Err(never) => match never {},
                    };
                    finish(&shared, api, logged, response)
                }))
            }
        }
    }
}

/// The response of `SiteService`: at once for a page.
pub enum Answer {
    Ready(Option<Response>),
    Waiting(Pin<Box<dyn Future<Output = Response> + Send>>),
}

impl Future for Answer {
    type Output = Result<Response, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        match self.get_mut() {
            Answer::Ready(response) => {
                Poll::Ready(Ok(response.take().expect("an answer is taken once")))
            }
            Answer::Waiting(future) => future.as_mut().poll(cx).map(Ok),
        }
    }
}

/// What every response gets before it leaves, and its log line.
fn finish(shared: &Shared, api: bool, logged: Option<Logged>, mut response: Response) -> Response {
    if api {
        problem::for_open_data(&mut response);
    }
    security::add(&shared.security, api, &mut response);
    if let Some(logged) = logged {
        logged.finish(&response);
    }
    response
}

/// A refusal of the request head: a problem document under the open data,
/// else the status and one line saying why, for whoever wrote the client
/// (a browser never sends such a request).
fn refused(refusal: head::Refusal, api: bool) -> Response {
    if api {
        return problem::response(refusal.status(), refusal.detail());
    }
    let body = format!("{}\n", refusal.detail());
    let length = body.len();
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = refusal.status();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(crate::media_type::PLAIN_TEXT),
    );
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    response
}

/// The generic 500 page for a handler that panicked: the detail goes to
/// the log, never to the visitor.
fn panicked(panic: &(dyn std::any::Any + Send), server_error: &dyn Fn() -> Resource) -> Response {
    let detail = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    tracing::error!(panic = %detail, "a request handler panicked");
    let server_error = server_error();
    let mut response = (
        StatusCode::INTERNAL_SERVER_ERROR,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static(server_error.content_type),
        )],
        Body::from(server_error.body.clone()),
    )
        .into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

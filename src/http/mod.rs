//! Serves the rendered site over HTTP. A request is a lookup in the
//! pre-rendered pages plus a little negotiation (`respond`); nothing is
//! rendered here, and every response carries the same security headers
//! (`security`). `serve` takes its listener and shutdown signal from the
//! caller so that tests can bind port 0 and stop the server when done.

mod access_log;
mod base_path;
mod head;
mod per_address;
mod problem;
mod respond;
pub mod security;
mod server;
mod service;

use std::convert::Infallible;
use std::future::Future;
use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderValue, Method, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use hyper::body::Incoming;
use tokio::net::TcpListener;
use tower_service::Service;

use crate::live::LiveSite;
use crate::render::RenderedSite;
use crate::resource::Resource;
use crate::site_paths::{is_api_path, notice_path};

use self::respond::{Asked, redirect, represent, with_slash};
pub use self::security::Options;
pub use self::server::{Limits, Stopped, serve_until, serve_with};
pub use self::service::{Answer, SiteService};

/// The routes serving one fixed rendering, every coding made before it
/// returns (blocking), so that its answers do not depend on when they are
/// asked: for tests and programs that embed the site.
pub fn router(site: RenderedSite) -> Router {
    site.prepare_all();
    live_router(Arc::new(LiveSite::new(site)), Options::default())
}

/// All routes of the site, as a `Router` (`live_service`, which the server
/// runs, is the same without the router around it).
pub fn live_router(live: Arc<LiveSite>, options: Options) -> Router {
    Router::new().fallback_service(live_service(live, options))
}

/// All routes of the site. Pages are looked up by path in the rendered
/// site, so there is no route table: the language redirect at `/` and every
/// page are decided in `page`. Before anything else, a path under
/// `base_url`'s path becomes the site path after it (`base_path`); every
/// response is made and finished as `SiteService` says, answering from the
/// rendering `live` holds when the request comes: its base path, and its
/// 500 page, which names the operator as the content does now, after any
/// reload.
pub fn live_service(live: Arc<LiveSite>, options: Options) -> SiteService {
    SiteService::pages(live, options)
}

/// What wraps every route: a request whose head HTTP does not allow is
/// refused before it reaches one (`head`), a panic becomes the generic 500
/// page (the detail goes to the log, never to the visitor), an error under
/// `/api/` is a problem document (`problem`), every response gets the
/// security headers, and each request is logged in one line.
pub fn with_middleware(routes: Router, server_error: Resource, options: Options) -> Router {
    let service = SiteService::routes(routes, move || server_error.clone(), None, options);
    Router::new().fallback_service(service)
}

/// Serves `router` on `listener` with the default limits until `shutdown`
/// resolves, letting requests in flight finish.
pub async fn serve<S>(
    listener: TcpListener,
    router: S,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()>
where
    S: Service<Request<Incoming>, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    serve_with(listener, router, Limits::default(), shutdown).await
}

/// The answer to a request for `path` (the site path) of `site`, the
/// rendering of `live` being served.
fn page<B>(live: &LiveSite, site: &RenderedSite, path: &str, request: &Request<B>) -> Response {
    if request.method() == Method::OPTIONS && is_api_path(path) {
        return security::preflight();
    }
    if request.method() != Method::GET && request.method() != Method::HEAD {
        let mut response = StatusCode::METHOD_NOT_ALLOWED.into_response();
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    if path == "/" {
        let accept = request
            .headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok());
        // Relative: from `/`, or from `/kenpo/privacy/` behind a proxy, `ja/`.
        let language = notice_path(site.languages.negotiate(accept));
        let mut response = redirect(StatusCode::FOUND, language.trim_start_matches('/'));
        let headers = response.headers_mut();
        headers.insert(header::VARY, HeaderValue::from_static("accept-language"));
        // The answer depends on who asks: shared caches must not keep it.
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-cache"),
        );
        return response;
    }
    if path == "/healthz" {
        return health(live);
    }
    let asked = Asked {
        method: request.method(),
        headers: request.headers(),
    };
    if let Some(resource) = site.resources.get(path) {
        live.hurry(resource);
        return represent(StatusCode::OK, path, resource, &asked);
    }
    // `/ja` → `/ja/`: pages live at directory URLs, and so does the site
    // under its base path (`/kenpo/privacy` → `/kenpo/privacy/`).
    if site.resources.contains_key(&format!("{path}/")) || base_path::is_top(path, &site.base_path)
    {
        return redirect(StatusCode::MOVED_PERMANENTLY, &with_slash(path));
    }
    let not_found = if is_api_path(path) {
        &site.api_not_found
    } else {
        &site.not_found
    };
    live.hurry(not_found);
    represent(StatusCode::NOT_FOUND, path, not_found, &asked)
}

/// `/healthz` lists this many of the record's problems; `check` gives them all.
const HEALTH_PROBLEMS: usize = 5;

/// `/healthz`: 200 while a site is being served, which is always once the
/// server is up; it names the revision in effect and, after a reload that
/// was refused, why (the last good site is still the one served).
fn health(live: &LiveSite) -> Response {
    let site = live.load();
    let record = live.archive().and_then(|archive| {
        let record = &archive.record;
        (!record.is_clean()).then(|| {
            let problems: Vec<String> = record
                .report
                .diagnostics
                .iter()
                .take(HEALTH_PROBLEMS)
                .map(|d| d.one_line(std::path::Path::new("")))
                .collect();
            serde_json::json!({
                "errors": record.report.errors(),
                "warnings": record.report.warnings(),
                "altered": record.altered,
                "problems": problems,
            })
        })
    });
    let report = serde_json::json!({
        "status": "ok",
        "as_of": site.as_of.to_string(),
        "revision": site.current.map(|date| date.to_string()),
        "shown": site.shown.to_string(),
        "reload_error": live.reload_failure().as_deref(),
        "compressing": live.compressing(),
        "record": record,
    });
    (
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static(crate::media_type::JSON),
            ),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
        format!("{report}\n"),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use axum::body::{Body, to_bytes};
    use axum::extract::Request;
    use tower::ServiceExt;

    use super::*;
    use crate::resource::Coding;
    use crate::warm::Warmer;

    fn get_br(path: &str) -> Request {
        Request::get(path)
            .header(header::HOST, "localhost")
            .header(header::ACCEPT_ENCODING, "br")
            .body(Body::empty())
            .unwrap()
    }

    /// The 500 page names the operator of the rendering being served, even
    /// when the router was built before a reload changed the name.
    #[tokio::test]
    async fn the_500_page_after_a_reload_names_the_operator_as_it_is_now() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let mut site = crate::content::load(&dir).unwrap().site;
        let as_of = jiff::civil::date(2025, 1, 1);
        let archive = crate::archive::Archive::new(site.clone());
        let before = crate::render::render(&archive, as_of).unwrap();
        let live = Arc::new(LiveSite::with_warmer(before, Warmer::without_threads()));
        async fn fails() -> &'static str {
            panic!("a handler that fails")
        }
        let panics = Router::new().route("/panics", axum::routing::get(fails));
        let rendering = live.clone();
        let service = SiteService::routes(
            panics,
            move || rendering.load().server_error.clone(),
            Some(live.clone()),
            Options::default(),
        );
        let app = Router::new().fallback_service(service);
        let page_of = |app: Router| async move {
            let request = Request::get("/panics")
                .header(header::HOST, "localhost")
                .body(Body::empty())
                .unwrap();
            let response = app.oneshot(request).await.unwrap();
            assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
            let body = to_bytes(response.into_body(), usize::MAX).await.unwrap();
            String::from_utf8(body.to_vec()).unwrap()
        };
        let old_name = site.config.operator.name.ja.clone();
        assert!(page_of(app.clone()).await.contains(&old_name));

        let new_name = "新しい名前健康保険組合";
        site.config.operator.name.ja = new_name.to_owned();
        let archive = crate::archive::Archive::new(site);
        live.replace(crate::render::render(&archive, as_of).unwrap());
        let page = page_of(app).await;
        assert!(page.contains(new_name), "{page}");
        assert!(!page.contains(&old_name), "{page}");
    }

    #[tokio::test]
    async fn a_resource_not_compressed_yet_is_sent_as_it_is_and_compressed_next() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
        let loaded = crate::content::load(&dir).unwrap();
        let archive = crate::archive::Archive::new(loaded.site);
        let site = crate::render::render(&archive, jiff::civil::date(2025, 1, 1)).unwrap();
        let oldest = site
            .pages()
            .into_iter()
            .find(|p| p.contains("/history/2"))
            .unwrap()
            .clone();
        let page = site.resources[&oldest].clone();
        let warmer = Warmer::without_threads();
        let live = Arc::new(LiveSite::with_warmer(site, warmer));
        let app = live_router(live.clone(), Options::default());

        let first = app.clone().oneshot(get_br(&oldest)).await.unwrap();
        assert_eq!(first.status(), StatusCode::OK);
        assert_eq!(first.headers().get(header::CONTENT_ENCODING), None);
        assert_eq!(
            to_bytes(first.into_body(), usize::MAX).await.unwrap(),
            page.body
        );

        // The page asked for jumps the queue (it was last, being archived).
        let next = live.warmer().compress_next().unwrap();
        assert!(next.shares_codings_with(&page));
        let then = app.oneshot(get_br(&oldest)).await.unwrap();
        assert_eq!(then.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(then.headers()[header::ETAG], page.etag(Coding::Brotli));
        assert_eq!(
            to_bytes(then.into_body(), usize::MAX).await.unwrap(),
            page.encoded_now(Coding::Brotli).unwrap()
        );
    }
}

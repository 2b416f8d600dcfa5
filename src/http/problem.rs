//! Errors of the open data as programs read them: under `/api/` every
//! error is a problem document (RFC 9457, `application/problem+json`), so
//! that a program reading the JSON never has to parse an HTML page or guess
//! at an empty body. The 404 is rendered with the site
//! (`render::api::not_found`, with links to the documents); the others are
//! made here from their status, whoever produced it: the route, the head
//! checks, the timeout or a panic.

use axum::body::Body;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;

use crate::media_type::PROBLEM_JSON as PROBLEM;
use crate::render::api::Problem;

/// The problem document for `status`, with `detail` saying what happened.
pub(crate) fn response(status: StatusCode, detail: &str) -> Response {
    let body = Problem::new(status, detail).to_json();
    let mut response = Response::new(Body::from(body.clone()));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM));
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
    response
}

/// Makes an error response under `/api/` a problem document, unless it is
/// one already. What the response said besides its body (`Allow`, how long
/// it may be cached) stays.
pub(crate) fn for_open_data(response: &mut Response) {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return;
    }
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value == PROBLEM);
    if is_problem {
        return;
    }
    let mut problem = self::response(status, generic_detail(status));
    for name in [header::ALLOW, header::CACHE_CONTROL] {
        if let Some(value) = response.headers().get(&name) {
            problem.headers_mut().insert(name, value.clone());
        }
    }
    *response = problem;
}

/// What an error means when nothing more specific is known.
fn generic_detail(status: StatusCode) -> &'static str {
    match status {
        StatusCode::NOT_FOUND => "There is no open-data document at this address.",
        StatusCode::METHOD_NOT_ALLOWED => {
            "The open data is read with GET or HEAD (and OPTIONS for a CORS preflight)."
        }
        StatusCode::SERVICE_UNAVAILABLE => {
            "The server took too long to answer; try again in a little while."
        }
        status if status.is_server_error() => {
            "Something went wrong in the server; try again in a little while."
        }
        _ => "The request cannot be answered as it is.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::response::IntoResponse;
    use http_body_util::BodyExt;

    async fn document(response: Response) -> serde_json::Value {
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        serde_json::from_slice(&bytes).unwrap()
    }

    #[tokio::test]
    async fn an_error_becomes_a_problem_and_keeps_allow() {
        let mut response = StatusCode::METHOD_NOT_ALLOWED.into_response();
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        for_open_data(&mut response);
        assert_eq!(response.headers()[header::CONTENT_TYPE], PROBLEM);
        assert_eq!(response.headers()[header::ALLOW], "GET, HEAD");
        assert_eq!(
            document(response).await,
            serde_json::json!({
                "type": "about:blank",
                "title": "Method Not Allowed",
                "status": 405,
                "detail": "The open data is read with GET or HEAD (and OPTIONS for a CORS preflight)."
            })
        );
    }

    #[tokio::test]
    async fn successes_and_problems_are_left_alone() {
        let mut ok = (StatusCode::OK, "{}").into_response();
        for_open_data(&mut ok);
        assert_eq!(ok.into_body().collect().await.unwrap().to_bytes(), "{}");
        let mut problem = response(StatusCode::BAD_REQUEST, "Because.");
        for_open_data(&mut problem);
        assert_eq!(document(problem).await["detail"], "Because.");
    }
}

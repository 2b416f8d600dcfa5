//! Problem documents (RFC 9457): what the open data answers when a
//! request for it fails, so that a program gets JSON it can read rather
//! than an HTML error page.

use serde::Serialize;

use super::PROBLEM_SCHEMA;
use crate::media_type::PROBLEM_JSON;
use crate::render::links::absolute;
use crate::resource::Resource;
use crate::site_paths::{api_notice_path, api_revisions_path, api_schema_path};

/// A problem document (RFC 9457 §3.1): what went wrong with a request for
/// the open data. `type` is always `about:blank`, which says that the
/// status code is all there is to know about the kind of problem, and
/// `title` is then the status code's phrase (§4.2.1).
#[derive(Serialize)]
pub(crate) struct Problem {
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'static str,
    status: u16,
    detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    links: Option<ProblemLinks>,
}

/// Where a program that asked for a missing document can start again.
#[derive(Serialize)]
struct ProblemLinks {
    notice: String,
    revisions: String,
    schema: String,
}

impl Problem {
    pub(crate) fn new(status: axum::http::StatusCode, detail: &str) -> Problem {
        Problem {
            kind: "about:blank",
            title: status.canonical_reason().unwrap_or("Error"),
            status: status.as_u16(),
            detail: detail.to_owned(),
            links: None,
        }
    }

    pub(crate) fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("a problem has only string keys");
        text.push('\n');
        text
    }
}

/// The answer for any path under `/api/` that is not a document: served
/// with status 404 and the same bytes for every such path, so it is
/// rendered once like the 404 page, and exported beside it.
pub(crate) fn not_found(base_url: &str) -> Resource {
    let mut problem = Problem::new(
        axum::http::StatusCode::NOT_FOUND,
        "There is no open-data document at this address. The notice and the list of \
         revisions link to every document there is.",
    );
    problem.links = Some(ProblemLinks {
        notice: absolute(base_url, &api_notice_path()),
        revisions: absolute(base_url, &api_revisions_path()),
        schema: absolute(base_url, &api_schema_path(PROBLEM_SCHEMA)),
    });
    Resource::new(PROBLEM_JSON, problem.to_json())
}

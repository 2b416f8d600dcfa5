//! Site model → the bytes of every page, rendered once when content is
//! loaded. The server and the export both serve exactly these bytes, so
//! they can never disagree, and a request never renders anything.

pub mod assets;
pub mod labels;
pub mod links;
pub mod notice;
pub mod view;

use std::collections::HashMap;

use askama::Template;
use axum::body::Bytes;
use jiff::civil::Date;

use self::links::notice_path;
use self::notice::{NoticePage, NoticeView};
use self::view::{Chrome, Localized, Place};
use crate::content::Site;
use crate::lang::Lang;

/// One response body and its type.
#[derive(Clone, Debug)]
pub struct Resource {
    pub content_type: &'static str,
    pub body: Bytes,
}

const HTML: &str = "text/html; charset=utf-8";

/// Everything the site serves as of one date.
#[derive(Clone, Debug)]
pub struct RenderedSite {
    /// URL path → body, for every page and asset.
    pub resources: HashMap<String, Resource>,
    /// Served with status 404 for any other path.
    pub not_found: Resource,
    /// Served with status 500 when something fails inside the server.
    pub server_error: Resource,
    /// The date the site was rendered for.
    pub as_of: Date,
    /// The effective date of the revision shown as current.
    pub current: Date,
}

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error(
        "no revision is in effect on {as_of}: the first one takes effect on {first}; preview a later date with --as-of"
    )]
    NothingInEffect { as_of: Date, first: Date },
    #[error("a page template failed to render")]
    Template(#[from] askama::Error),
}

/// Renders the site as it reads on `as_of` (a date in Japan time).
pub fn render(site: &Site, as_of: Date) -> Result<RenderedSite, RenderError> {
    let current = site.current(as_of).ok_or(RenderError::NothingInEffect {
        as_of,
        first: site.first().effective,
    })?;
    let mut resources = HashMap::new();
    let assets = assets::Assets::new();
    let stylesheet = &assets.stylesheet.path;
    for asset in assets.all() {
        resources.insert(
            asset.path.clone(),
            Resource {
                content_type: asset.content_type,
                body: Bytes::from_static(asset.body),
            },
        );
    }
    for lang in Lang::ALL {
        let place = Place {
            lang,
            path_in: &notice_path,
            base_url: &site.config.base_url,
            stylesheet_path: stylesheet,
        };
        let notice = NoticeView::new(site, current, lang);
        let site_name = Localized::of(site.config.operator.name.get(lang), lang);
        let page = NoticePage {
            chrome: Chrome::new(&place, notice.title.text.to_owned(), site_name),
            notice,
        };
        resources.insert(notice_path(lang), html(page.render()?));
    }
    let names = |lang| site.config.operator.name.get(lang).value.as_str();
    let error_page = |kind| ErrorPage {
        kind,
        stylesheet,
        name_ja: names(Lang::Ja),
        name_en: names(Lang::En),
        ja_home: notice_path(Lang::Ja),
        en_home: notice_path(Lang::En),
    };
    Ok(RenderedSite {
        resources,
        not_found: html(error_page(ErrorKind::NotFound).render()?),
        server_error: html(error_page(ErrorKind::ServerError).render()?),
        as_of,
        current: current.effective,
    })
}

fn html(page: String) -> Resource {
    Resource {
        content_type: HTML,
        body: Bytes::from(page),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    NotFound,
    ServerError,
}

/// The page for a missing URL or a failure, in both languages at once: the
/// visitor's language is not known from a broken URL. Links are absolute
/// paths because it is served at any depth.
#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    kind: ErrorKind,
    stylesheet: &'a str,
    name_ja: &'a str,
    name_en: &'a str,
    ja_home: String,
    en_home: String,
}

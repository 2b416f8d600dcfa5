//! The static export: the rendered site written to a folder as files, byte
//! for byte what the server sends, so that any static host or CDN can serve
//! it and a union can outgrow one machine. Each URL path becomes a file
//! (`/ja/` → `ja/index.html`), each gzip and brotli body a sibling with
//! `.gz` / `.br` appended (what nginx's `gzip_static` and `brotli_static`
//! look for), the not-found page `404.html` and the open data's not-found
//! problem document `api/404.json`. `deploy/nginx.conf` serves
//! such a folder with the server's headers.

use std::io;
use std::path::{Path, PathBuf};

use crate::render::RenderedSite;
use crate::resource::Coding;
use crate::resource::Resource;

/// What was written.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Written {
    pub files: usize,
    pub bytes: u64,
}

/// The file in an export that holds the resource at URL `path`.
pub(crate) fn file_for(path: &str) -> PathBuf {
    let relative = path.trim_start_matches('/');
    if relative.is_empty() || relative.ends_with('/') {
        PathBuf::from(format!("{relative}index.html"))
    } else {
        PathBuf::from(relative)
    }
}

/// The file of the not-found page.
pub(crate) const NOT_FOUND: &str = "404.html";
/// The file of the open data's not-found problem document, for a web
/// server to answer under `/api/` (`deploy/nginx.conf` does).
pub(crate) const API_NOT_FOUND: &str = "api/404.json";

/// Writes `site` into `out`, which must not exist or be empty: an export
/// never mixes with files from elsewhere, or with a stale page of an older
/// export that the site no longer has.
pub(crate) fn export(site: &RenderedSite, out: &Path) -> io::Result<Written> {
    if out.exists() && std::fs::read_dir(out)?.next().is_some() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!(
                "{} is not empty; export into a new or empty folder (remove the old export first)",
                out.display()
            ),
        ));
    }
    let mut entries: Vec<(PathBuf, &Resource)> = site
        .resources
        .iter()
        .map(|(path, resource)| (file_for(path), resource))
        .collect();
    entries.push((PathBuf::from(NOT_FOUND), &site.not_found));
    entries.push((PathBuf::from(API_NOT_FOUND), &site.api_not_found));
    entries.sort_by(|a, b| a.0.cmp(&b.0));

    site.prepare_all();

    let mut written = Written::default();
    for (file, resource) in entries {
        let target = out.join(&file);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        for coding in Coding::PREFERRED {
            if let Some(body) = resource.encoded(coding) {
                let mut name = target.clone().into_os_string();
                name.push(coding.file_suffix());
                std::fs::write(&name, body)?;
                written.files += 1;
                written.bytes += body.len() as u64;
            }
        }
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_urls_become_index_files() {
        assert_eq!(file_for("/ja/"), PathBuf::from("ja/index.html"));
        assert_eq!(
            file_for("/ja/history/2024-12-02/changes/"),
            PathBuf::from("ja/history/2024-12-02/changes/index.html")
        );
        assert_eq!(file_for("/ja/feed.atom"), PathBuf::from("ja/feed.atom"));
        assert_eq!(file_for("/sitemap.xml"), PathBuf::from("sitemap.xml"));
        assert_eq!(file_for("/"), PathBuf::from("index.html"));
    }
}

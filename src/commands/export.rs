//! `kohyo export`: the site as files, for any web server or CDN.

use std::time::Instant;

use anyhow::{Context, Result};

use super::{Purpose, load_for};
use crate::archive::Archive;
use crate::cli::ExportArgs;
use crate::{japan_time, render};

/// `kohyo export`: the site as files, exactly as `serve` would send them.
pub fn export(args: &ExportArgs) -> Result<()> {
    let started = Instant::now();
    let dir = &args.content.content;
    let mut loaded = load_for(dir, Purpose::Publish)?;
    let config = &mut loaded.site.config;
    // site.toml's base_url is the site's one address; a different one given
    // on the command line wins, and says so, so that an export for a test
    // server is never published by mistake without anyone noticing.
    if let Some(base_url) = args
        .base_url
        .as_ref()
        .filter(|url| url.as_str() != config.base_url)
    {
        eprintln!(
            "using --base-url {base_url} instead of site.toml's {}",
            config.base_url
        );
        config.base_url = base_url.to_string();
    }
    let archive = Archive::with_record(loaded.site, loaded.record);
    let as_of = args.as_of.unwrap_or_else(japan_time::today);
    let rendered = render::render(&archive, as_of).context("cannot render the site")?;
    let written = crate::export::export(&rendered, &args.out)
        .with_context(|| format!("cannot export to {}", args.out.display()))?;
    eprintln!(
        "exported {} to {} for {}: {} files, {:.1} MB, in {} ms",
        rendered.shown_phrase(),
        args.out.display(),
        archive.site.config.base_url,
        written.files,
        written.bytes as f64 / 1e6,
        started.elapsed().as_millis()
    );
    Ok(())
}

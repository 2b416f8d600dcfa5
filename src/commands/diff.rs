//! `kohyo diff`: what a revision changes, as the changes page shows it, in
//! the terminal.

use std::io;

use anyhow::{Result, bail};

use super::{Purpose, colour, load_for, say};
use crate::cli::DiffArgs;
use crate::content::Revision;
use crate::render;
use crate::timeline::Timeline;

/// `kohyo diff [FROM] [TO] [--document ID]`: the changes page's diff, in
/// the terminal. Every revision in the folder can be compared, announced
/// or not; with `--as-of`, only those the site shows on that day, as its
/// pages would.
pub fn diff(args: &DiffArgs) -> Result<()> {
    let site = load_for(&args.content.content, Purpose::Look)?.site;
    let style = if colour(&io::stdout()) {
        render::terminal::Style::Colour
    } else {
        render::terminal::Style::Plain
    };
    let languages = &site.config.languages;
    let Some(language) = languages.by_tag(&args.lang) else {
        let tags: Vec<&str> = languages.iter().map(|l| l.tag.as_str()).collect();
        bail!(
            "\"{}\" is not a language of this site; its languages are {} (languages in site.toml)",
            args.lang,
            tags.join(", ")
        );
    };
    let lang =
        &render::locale::Locale::new(language, languages, site.config.catalog(language.lang));
    let report = match &args.document {
        None => {
            let (old, new) = pair(&site.revisions, args)?;
            let changes = crate::diff::diff(old, new, language);
            let heading = &new.body.purposes.heading.get(lang).value;
            render::terminal::diff_report(
                &changes,
                (old.effective, new.effective),
                heading,
                lang,
                style,
            )
        }
        Some(id) => {
            let Some(document) = site.documents.iter().find(|d| &d.id == id) else {
                let ids: Vec<&str> = site.documents.iter().map(|d| d.id.as_str()).collect();
                bail!(
                    "there is no document \"{id}\" in the content folder; {}",
                    if ids.is_empty() {
                        "it has only the notice (documents are the folders under documents/)"
                            .to_owned()
                    } else {
                        format!("its documents are {}", ids.join(", "))
                    }
                );
            };
            let (old, new) = pair(&document.revisions, args)?;
            let changes = crate::diff::document_diff(old, new, language);
            render::terminal::document_report(
                &changes,
                new.title.get(lang).value,
                (old.effective, new.effective),
                lang,
                style,
            )
        }
    };
    say(report);
    Ok(())
}

/// The two revisions of one document's record that `args` asks for.
fn pair<'a, B>(
    all: &'a [Revision<B>],
    args: &DiffArgs,
) -> Result<(&'a Revision<B>, &'a Revision<B>)> {
    let revisions = match args.as_of {
        None => all,
        Some(day) => {
            let timeline = Timeline::new(all, day)?;
            &all[..timeline.entries.len()]
        }
    };
    let hidden = |date: jiff::civil::Date| {
        let day = args.as_of?;
        let later = all[revisions.len()..]
            .iter()
            .find(|r| r.effective == date)?;
        Some(anyhow::anyhow!(
            "the revision of {date} is announced on {}: on {day} the site does not show it yet; give a later --as-of, or leave it out to compare every revision",
            later.announced
        ))
    };
    let dates = || {
        revisions
            .iter()
            .map(|r| r.effective.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let find = |date: jiff::civil::Date| match revisions.iter().position(|r| r.effective == date) {
        Some(index) => Ok(index),
        None => Err(hidden(date).unwrap_or_else(|| {
            anyhow::anyhow!(
                "no revision takes effect on {date}; the revisions are {}",
                dates()
            )
        })),
    };
    let to = match args.to {
        Some(date) => find(date)?,
        None => revisions.len() - 1,
    };
    let from = match args.from {
        Some(date) => find(date)?,
        None if to > 0 => to - 1,
        None => bail!(
            "there is only one revision ({}), so there is nothing to compare it with",
            dates()
        ),
    };
    if from >= to {
        bail!(
            "{} does not take effect before {}: give the earlier revision first",
            revisions[from].effective,
            revisions[to].effective
        );
    }
    Ok((&revisions[from], &revisions[to]))
}

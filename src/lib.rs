//! kohyo (公表) publishes a Japanese health insurance society's disclosure
//! notice under the Act on the Protection of Personal Information as
//! bilingual, accessible pages.
//!
//! Data flows one way:
//!
//! - [`content`]: content files → the immutable [`content::Site`] model,
//!   with every problem reported by file, line and column;
//! - [`diff`]: what one revision changed against another, decided on the
//!   Japanese and shown in each language: categories by id, purposes and
//!   paragraphs by text, words within them;
//! - [`archive`]: the site plus every revision's diff, computed once per load;
//! - [`timeline`]: which revisions are published, current or upcoming on a date;
//! - [`render`]: the archive as of a date → the bytes of every page, feed
//!   and open-data document;
//! - [`resource`]: each of those with its gzip and brotli codings and ETags,
//!   made in the background by [`warm`], never on a request's path;
//! - [`live`]: the rendering being served, swapped at 00:00 JST when the
//!   timeline moves on, or by a [`reload`] after the content changed (on
//!   `SIGHUP`, or when `watch` sees an edit);
//! - [`http`]: serves those bytes from memory; [`export`] writes the same
//!   bytes to files for static hosting.
//!
//! [`import`] turns a union's existing notice into a content folder.
//!
//! [`cli`] and [`commands`] tie them to the command line, [`logging`]
//! writes the log without ever making a request wait for it; [`lang`],
//! `messages` (the words kohyo writes, one catalog per language),
//! [`japan_time`] and [`base_url`] are the small vocabularies everything
//! shares, and [`cldr`] what each language formats its own way (dates,
//! numbers, lists, the script's direction), from CLDR data.

pub mod archive;
pub(crate) mod base_url;
pub(crate) mod cldr;
pub mod cli;
pub mod commands;
pub mod content;
pub mod diff;
mod english;
pub(crate) mod export;
pub mod http;
pub(crate) mod import;
pub(crate) mod japan_time;
pub mod lang;
pub mod live;
pub mod logging;
pub(crate) mod media_type;
mod memory;
pub(crate) mod messages;
pub(crate) mod reload;
pub mod render;
pub mod resource;
pub(crate) mod site_paths;
pub(crate) mod timeline;
pub(crate) mod translation;
pub(crate) mod warm;
mod watch;

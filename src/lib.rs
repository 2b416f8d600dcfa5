//! kohyo (公表) publishes a Japanese health insurance society's disclosure
//! notice under the Act on the Protection of Personal Information as
//! bilingual, accessible pages.
//!
//! Data flows one way:
//!
//! - [`content`]: content files → the immutable [`content::Site`] model,
//!   with every problem reported by file, line and column;
//! - [`render`]: the model → the bytes of every page, once, at load;
//! - [`http`]: serves those bytes from memory.
//!
//! [`cli`] and [`commands`] tie them to the command line; [`lang`] and
//! [`japan_time`] are the two small vocabularies everything shares.

pub mod cli;
pub mod commands;
pub mod content;
pub mod http;
pub mod japan_time;
pub mod lang;
pub mod render;

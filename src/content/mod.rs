//! Content files → the immutable `Site` model. `source` reads the folder;
//! everything else is pure: `files` gives the files' shapes, `markdown`
//! renders prose safely, `build` validates and assembles, reporting every
//! problem as a `diagnostic`.

pub mod build;
pub mod diagnostic;
pub mod files;
pub mod markdown;
pub mod model;
pub mod source;

use std::path::Path;

pub use diagnostic::{Diagnostic, Position, Report, Severity};
pub use model::{
    Bilingual, Category, Contact, Operator, Prose, Purposes, Revision, Role, Section, Shown, Site,
    SiteConfig, Text,
};

/// Reads and builds the content in `dir`. On success the report carries
/// the warnings; on failure it carries every error and warning.
pub fn load(dir: &Path) -> Result<(Site, Report), Report> {
    build::build(&source::read_tree(dir))
}

//! The files a translator works on in their own tools: the texts of a
//! revision from Japanese into one language, as an XLIFF 2.0 document
//! (`xliff`) or a gettext PO file (`po`), written and read back. It knows
//! nothing of content files: `content::translatable` says which texts there
//! are and places what comes back, and the command ties the two.

pub(crate) mod po;
pub(crate) mod xliff;

/// What goes to a translator and comes back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Exchange {
    /// Always `ja`: Japanese is the original.
    pub(crate) source_lang: String,
    /// The language translated into, a tag of the site's languages.
    pub(crate) target_lang: String,
    pub(crate) units: Vec<Unit>,
}

/// One text: its id, the Japanese, its translation if any, and where the
/// Japanese is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    /// Where the text lives, e.g. `purposes.toml:categories.eligibility.name`.
    pub(crate) id: String,
    pub(crate) source: String,
    /// Empty for none.
    pub(crate) target: String,
    /// The Japanese text's file (relative to the content folder) and line;
    /// only written, not read back.
    pub(crate) file: String,
    pub(crate) line: usize,
}

impl Unit {
    /// `revisions/2025-04-01/purposes.toml:7`.
    pub(crate) fn location(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

/// The two formats a translator's tool may take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Format {
    Xliff,
    Po,
}

impl Format {
    /// The format of a file, by what it holds: an XML document is XLIFF,
    /// anything else is read as PO.
    pub(crate) fn of(text: &str) -> Format {
        let start = text.trim_start_matches('\u{feff}').trim_start();
        if start.starts_with('<') {
            Format::Xliff
        } else {
            Format::Po
        }
    }

    pub(crate) fn write(self, exchange: &Exchange) -> String {
        match self {
            Format::Xliff => xliff::write(exchange),
            Format::Po => po::write(exchange),
        }
    }
}

/// Reads a translated file of either format.
pub(crate) fn read(text: &str) -> Result<Exchange, String> {
    match Format::of(text) {
        Format::Xliff => xliff::read(text),
        Format::Po => po::read(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_is_told_by_the_content() {
        assert_eq!(
            Format::of("\u{feff}  <?xml version=\"1.0\"?><xliff/>"),
            Format::Xliff
        );
        assert_eq!(Format::of("<xliff/>"), Format::Xliff);
        assert_eq!(
            Format::of("# comment\nmsgid \"\"\nmsgstr \"\"\n"),
            Format::Po
        );
    }
}

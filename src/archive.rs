//! The loaded site plus what is computed from it once per load: the diff
//! of every revision against the one before it, in each language (the
//! Japanese deciding what changed in all), and likewise of every revision
//! of every other document of the site. Pages
//! are rendered from this again whenever the date moves on (at midnight,
//! or when a preview date is chosen), and none of that work is repeated.

use crate::content::{Record, Site};
use crate::diff::{DocumentDiff, RevisionDiff, diffs, document_diffs};
use crate::lang::Lang;

pub struct Archive {
    pub site: Site,
    /// How the revisions stand against `revisions.lock`, as loaded: shown
    /// on previews and by `/healthz`.
    pub record: Record,
    /// `changes[i]` is what `site.revisions[i + 1]` changed, per language
    /// in the order of the site's languages.
    changes: Vec<Vec<RevisionDiff>>,
    /// `document_changes[d][i]` is what `site.documents[d].revisions[i + 1]`
    /// changed, per language in the order of the site's languages.
    document_changes: Vec<Vec<Vec<DocumentDiff>>>,
}

impl Archive {
    /// The archive of a site whose record is whole (tests, benchmarks).
    pub fn new(site: Site) -> Archive {
        Archive::with_record(site, Record::default())
    }

    pub fn with_record(site: Site, record: Record) -> Archive {
        let languages = &site.config.languages;
        let changes = site
            .revisions
            .windows(2)
            .map(|pair| diffs(&pair[0], &pair[1], languages))
            .collect();
        let document_changes = site
            .documents
            .iter()
            .map(|document| {
                document
                    .revisions
                    .windows(2)
                    .map(|pair| document_diffs(&pair[0], &pair[1], languages))
                    .collect()
            })
            .collect();
        Archive {
            site,
            record,
            changes,
            document_changes,
        }
    }

    /// What the revision at `index` in `site.revisions` changed, as a reader
    /// of `lang` sees it; `None` for the first revision.
    pub fn changes(&self, index: usize, lang: impl Into<Lang>) -> Option<&RevisionDiff> {
        let lang = lang.into();
        let by_lang = self.changes.get(index.checked_sub(1)?)?;
        Some(&by_lang[lang.index()])
    }

    /// What the revision at `revision` of the document at `document` in
    /// `site.documents` changed, as a reader of `lang` sees it; `None` for
    /// its first revision.
    pub fn document_changes(
        &self,
        document: usize,
        revision: usize,
        lang: impl Into<Lang>,
    ) -> Option<&DocumentDiff> {
        let lang = lang.into();
        let by_lang = self
            .document_changes
            .get(document)?
            .get(revision.checked_sub(1)?)?;
        Some(&by_lang[lang.index()])
    }
}

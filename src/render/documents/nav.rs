//! The navigation between a site's documents, in the frame of every page
//! once the site has documents besides its notice: each document is one
//! click away from anywhere, and the one the page belongs to is marked. A
//! site with only its notice has no such navigation, so its pages stay
//! exactly as they were.

use super::super::links::relative;
use crate::content::Text;
use crate::render::locale::Locale;
use crate::site_paths::{document_path, documents_index_path, history_path, notice_path};

/// A document the navigation lists: its id (`None` for the notice) and
/// its title in effect.
#[derive(Clone, Copy)]
pub(crate) struct Listed<'a> {
    pub id: Option<&'a str>,
    pub title: &'a Text,
}

/// The navigation as one page shows it.
#[derive(Clone, Debug)]
pub(crate) struct DocumentsNav<'a> {
    pub label: &'a str,
    pub links: Vec<NavLink<'a>>,
}

#[derive(Clone, Debug)]
pub(crate) struct NavLink<'a> {
    pub href: String,
    pub text: String,
    /// Set when the title is shown in a language other than the page's.
    pub lang: Option<&'a str>,
    /// `page` on the link to the page itself, `true` on the document the
    /// page belongs to (its history, a revision of it).
    pub current: Option<&'a str>,
}

/// The navigation of the page at `here`, or `None` when the site has no
/// documents besides its notice.
pub(crate) fn nav<'a>(
    listed: &[Listed<'_>],
    lang: &'a Locale<'a>,
    here: &str,
) -> Option<DocumentsNav<'a>> {
    if listed.len() < 2 {
        return None;
    }
    let words = super::super::locale::document_words(lang);
    let link = |path: String, text: String, text_lang: Option<&'a str>, within: bool| {
        let current = if path == here {
            Some("page")
        } else if within {
            Some("true")
        } else {
            None
        };
        NavLink {
            href: relative(here, &path),
            text,
            lang: text_lang,
            current,
        }
    };
    let mut links: Vec<NavLink> = listed
        .iter()
        .map(|document| {
            let shown = document.title.get(lang);
            let text_lang = (shown.lang != lang.lang).then(|| lang.tag_of(shown.lang));
            match document.id {
                None => {
                    let within = here.starts_with(&history_path(lang));
                    link(notice_path(lang), shown.value.clone(), text_lang, within)
                }
                Some(id) => {
                    let path = document_path(lang, id);
                    let within = here.starts_with(&path);
                    link(path, shown.value.clone(), text_lang, within)
                }
            }
        })
        .collect();
    links.push(link(
        documents_index_path(lang),
        words.index.to_owned(),
        None,
        false,
    ));
    Some(DocumentsNav {
        label: &words.nav,
        links,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Multilingual;
    use crate::render::locale::testing::{english as en, japanese as ja};

    fn text(ja: &str, en: Option<&str>) -> Text {
        Multilingual::ja_en(ja.to_owned(), en.map(str::to_owned))
    }

    #[test]
    fn a_site_with_only_its_notice_has_no_navigation() {
        let notice = text("公表事項", Some("Notice"));
        let listed = [Listed {
            id: None,
            title: &notice,
        }];
        assert!(nav(&listed, ja(), "/ja/").is_none());
    }

    #[test]
    fn the_page_and_the_document_it_belongs_to_are_marked() {
        let notice = text("公表事項", Some("Notice"));
        let policy = text("基本方針", None);
        let listed = [
            Listed {
                id: None,
                title: &notice,
            },
            Listed {
                id: Some("policy"),
                title: &policy,
            },
        ];
        let shown = |here: &str| {
            nav(&listed, en(), here)
                .unwrap()
                .links
                .into_iter()
                .map(|l| (l.href, l.text, l.lang, l.current))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            shown("/en/policy/history/"),
            [
                ("../../".to_owned(), "Notice".to_owned(), None, None),
                (
                    "../".to_owned(),
                    "基本方針".to_owned(),
                    Some("ja"),
                    Some("true")
                ),
                (
                    "../../documents/".to_owned(),
                    "Documents".to_owned(),
                    None,
                    None
                ),
            ]
        );
        let on_notice = shown("/en/");
        assert_eq!(on_notice[0].3, Some("page"));
        assert_eq!(on_notice[1].3, None);
        assert_eq!(shown("/en/history/2024-04-01/")[0].3, Some("true"));
        assert_eq!(shown("/en/documents/")[2].3, Some("page"));
        assert_eq!(shown("/en/accessibility/")[0].3, None);
    }
}

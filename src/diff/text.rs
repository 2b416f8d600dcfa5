//! One text compared: its changed words marked, the language it is in,
//! and how a translation follows the Japanese.

use super::inline::{self, Fragment, Mark};
use crate::content::{Multilingual, Prose, Shown, Text, markdown};
use crate::lang::{Lang, Punctuation};

/// A text with its changed parts marked: `Same` fragments, and for each
/// change its `Removed` text followed by its `Added` text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inline {
    /// The language the text is really in (`Lang::JA` for a Japanese
    /// fallback on the English side): of the new text, or of the old text
    /// for a text that was removed.
    pub lang: Lang,
    /// The language of the `Removed` fragments. It differs from `lang` only
    /// when a translation arrived or went (English replacing a Japanese
    /// fallback, or back), and then the text is replaced whole: texts in two
    /// languages are never compared word by word.
    pub old_lang: Lang,
    pub fragments: Vec<Fragment>,
    /// How a translated text follows the Japanese; always
    /// `Translation::InStep` in Japanese.
    pub translation: Translation,
}

/// How the text a reader of the translation sees relates to the Japanese
/// change it stands for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Translation {
    /// The text changed as the Japanese did, or not at all.
    #[default]
    InStep,
    /// The Japanese did not change but the text a reader sees did: a
    /// translation added, improved or taken back. Not a change of the
    /// notice: `fragments` is the new text, unmarked.
    Updated,
    /// The Japanese changed and its translation did not follow (or cannot
    /// be matched paragraph by paragraph): `fragments` is the Japanese
    /// change, and `lang` and `old_lang` are Japanese.
    Lagging,
}

impl Inline {
    /// Same + Removed fragments.
    pub fn old_text(&self) -> String {
        self.text_without(Mark::Added)
    }

    /// Same + Added fragments.
    pub fn new_text(&self) -> String {
        self.text_without(Mark::Removed)
    }

    pub fn is_changed(&self) -> bool {
        self.fragments.iter().any(|f| f.mark != Mark::Same)
    }

    fn text_without(&self, mark: Mark) -> String {
        self.fragments
            .iter()
            .filter(|fragment| fragment.mark != mark)
            .map(|fragment| fragment.text.as_str())
            .collect()
    }

    /// `old` → `new`, the changed words marked.
    pub(super) fn compare(old: Side<'_>, new: Side<'_>) -> Inline {
        let fragments = if old.text == new.text {
            whole_text(Mark::Same, new.text)
        } else if old.lang == new.lang {
            inline::fragments(old.text, new.text)
        } else {
            let mut fragments = whole_text(Mark::Removed, old.text);
            fragments.extend(whole_text(Mark::Added, new.text));
            fragments
        };
        Inline {
            lang: new.lang,
            old_lang: old.lang,
            fragments,
            translation: Translation::InStep,
        }
    }

    /// A text that is there on one side only, or on both unchanged.
    pub(super) fn whole(mark: Mark, side: Side<'_>) -> Inline {
        Inline {
            lang: side.lang,
            old_lang: side.lang,
            fragments: whole_text(mark, side.text),
            translation: Translation::InStep,
        }
    }
}

fn whole_text(mark: Mark, text: &str) -> Vec<Fragment> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![Fragment::new(mark, text)]
    }
}

/// A text as a reader of one language sees it, and the language it is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Side<'a> {
    pub(super) text: &'a str,
    pub(super) lang: Lang,
}

impl<'a> From<Shown<'a, String>> for Side<'a> {
    fn from(shown: Shown<'a, String>) -> Side<'a> {
        Side {
            text: shown.value,
            lang: shown.lang,
        }
    }
}

fn side(text: &Text, lang: Lang) -> Side<'_> {
    text.get(lang).into()
}

/// The Japanese of a text, which decides what changed.
pub(super) fn ja(text: &Text) -> Side<'_> {
    side(text, Lang::JA)
}

/// The Japanese paragraphs of a prose text, none if there is no text.
pub(super) fn paragraphs(prose: Option<&Multilingual<Prose>>) -> Vec<String> {
    prose.map_or_else(Vec::new, |prose| {
        markdown::paragraphs(&prose.ja.source, Punctuation::FullWidth)
    })
}

pub(super) fn paragraph_sides(texts: &[String]) -> Vec<Side<'_>> {
    texts
        .iter()
        .map(|text| Side {
            text,
            lang: Lang::JA,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::fixtures::marked;

    fn inline_ja(old: &str, new: &str) -> String {
        let side = |text| Side {
            text,
            lang: Lang::JA,
        };
        marked(&Inline::compare(side(old), side(new)))
    }

    #[test]
    fn japanese_inline_diffs_keep_words_whole() {
        assert_eq!(
            inline_ja("健康保険証の発行", "資格確認書の発行"),
            "[-健康保険証-]{+資格確認書+}の発行"
        );
        assert_eq!(
            inline_ja("マイナンバーカードの利用勧奨", "マイナ保険証の利用勧奨"),
            "[-マイナンバーカード-]{+マイナ保険証+}の利用勧奨"
        );
        assert_eq!(
            inline_ja(
                "We use your information to manage eligibility.",
                "We use your information to verify eligibility."
            ),
            "We use your information to [-manage-]{+verify+} eligibility."
        );
        assert_eq!(
            inline_ja("保険料の徴収", "保険料の徴収及び還付"),
            "保険料の徴収{+及び還付+}"
        );
        assert_eq!(
            inline_ja("保険給付の支給", "保険給付及び附加給付の支給"),
            "保険給付{+及び附加給付+}の支給"
        );
        assert_eq!(
            inline_ja("被保険者の資格の確認", "被扶養者の資格の確認"),
            "被[-保険-]{+扶養+}者の資格の確認"
        );
        assert_eq!(
            inline_ja(
                "特定健康診査・特定保健指導の実施",
                "特定健康診査、特定保健指導及び健康相談の実施"
            ),
            "特定健康診査[-・-]{+、+}特定保健指導{+及び健康相談+}の実施"
        );
        assert_eq!(
            inline_ja(
                "Issuing health insurance cards",
                "Issuing eligibility certificates"
            ),
            "Issuing [-health insurance cards-]{+eligibility certificates+}"
        );
    }
}

//! The sentences the pages of a document make from its dates and title,
//! in each language: the notice's own say "this notice".

use jiff::civil::Date;

use super::super::locale::messages;
use super::super::sentences::format_date;
use crate::messages::Arg;
use crate::render::locale::Locale;

/// The announcement of a revision not yet in effect.
pub(super) fn upcoming_sentence<'a>(effective: Date, lang: &'a Locale<'a>) -> String {
    let date = format_date(effective, lang);
    messages(lang).message_with("document-upcoming", &[("date", Arg::Text(&date))])
}

/// What a document's page says while its first revision is announced but
/// not yet in effect.
pub(super) fn first_sentence<'a>(effective: Date, lang: &'a Locale<'a>) -> String {
    let date = format_date(effective, lang);
    messages(lang).message_with("document-first", &[("date", Arg::Text(&date))])
}

/// The title of a document's history page.
pub(super) fn history_title<'a>(title: &str, lang: &'a Locale<'a>) -> String {
    messages(lang).message_with("document-history-title", &[("title", Arg::Text(title))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::locale::testing::{english as en, japanese as ja};

    #[test]
    fn sentences_name_the_document_and_its_dates() {
        let date = Date::constant(2025, 4, 1);
        assert_eq!(
            upcoming_sentence(date, ja()),
            "2025年4月1日からこの文書を改定します。"
        );
        assert_eq!(
            first_sentence(date, en()),
            "This document takes effect on 1 April 2025. It is published in advance, before it applies."
        );
        assert_eq!(
            history_title("個人情報保護方針", ja()),
            "個人情報保護方針の改定履歴"
        );
        assert_eq!(
            history_title("Privacy Policy", en()),
            "Revision history: Privacy Policy"
        );
    }
}

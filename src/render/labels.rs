//! The words of the page around the notice (navigation, date labels, the
//! contact block's field names) in each language. The notice's own text
//! always comes from content; these are only the frame.

use jiff::civil::Date;

use crate::lang::Lang;

pub struct Labels {
    pub skip_link: &'static str,
    pub language_nav: &'static str,
    pub contents: &'static str,
    pub dates: &'static str,
    pub effective_since: &'static str,
    pub announced: &'static str,
    pub first_published: &'static str,
    pub translation_note: Option<&'static str>,
    pub operator_heading: &'static str,
    pub operator: &'static str,
    pub name: &'static str,
    pub address: &'static str,
    pub representative: &'static str,
    pub contact_desk: &'static str,
    pub phone: &'static str,
    pub email: &'static str,
    pub hours: &'static str,
}

pub fn labels(lang: Lang) -> &'static Labels {
    match lang {
        Lang::Ja => &JA,
        Lang::En => &EN,
    }
}

static JA: Labels = Labels {
    skip_link: "本文へ移動",
    language_nav: "言語の切り替え",
    contents: "目次",
    dates: "この公表事項の日付",
    effective_since: "この版の施行日",
    announced: "公表日",
    first_published: "制定日",
    translation_note: None,
    operator_heading: "個人情報取扱事業者及びお問い合わせ窓口",
    operator: "個人情報取扱事業者",
    name: "名称",
    address: "住所",
    representative: "代表者",
    contact_desk: "開示等の請求及び苦情・相談の窓口",
    phone: "電話",
    email: "電子メール",
    hours: "受付時間",
};

static EN: Labels = Labels {
    skip_link: "Skip to main content",
    language_nav: "Language",
    contents: "Contents",
    dates: "Dates of this notice",
    effective_since: "This version in effect since",
    announced: "Announced",
    first_published: "First published",
    translation_note: Some(
        "This is an English translation for convenience. The Japanese notice is the authoritative text; parts not yet translated are shown in Japanese.",
    ),
    operator_heading: "Business operator and contact desk",
    operator: "Business operator",
    name: "Name",
    address: "Address",
    representative: "Representative",
    contact_desk: "Desk for requests, complaints and enquiries",
    phone: "Telephone",
    email: "Email",
    hours: "Hours",
};

/// A date as readers of `lang` write it: 2024年12月2日, 2 December 2024.
pub fn format_date(date: Date, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Lang::En => format!(
            "{} {} {}",
            date.day(),
            MONTHS[date.month() as usize - 1],
            date.year()
        ),
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally_in_each_language() {
        let date = jiff::civil::date(2024, 12, 2);
        assert_eq!(format_date(date, Lang::Ja), "2024年12月2日");
        assert_eq!(format_date(date, Lang::En), "2 December 2024");
    }
}

//! The words of the page around the notice (navigation, date labels, the
//! contact block's field names) in each language. The notice's own text
//! always comes from content; these are only the frame.

use jiff::civil::Date;

use crate::diff::{Summary, TranslationSummary};
use crate::lang::Lang;
use crate::timeline::Standing;

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
    /// Before a fax number that has no label of its own.
    pub fax: &'static str,
    /// Before an extension's digits.
    pub extension: &'static str,
    /// Between a number's label and the number.
    pub label_separator: &'static str,
    pub hours: &'static str,
    pub site_nav: &'static str,
    pub history: &'static str,
    pub history_intro: &'static str,
    pub last_revised: &'static str,
    pub revised: &'static str,
    pub effective: &'static str,
    pub effective_period: &'static str,
    pub what_changed: &'static str,
    pub read_version: &'static str,
    pub first_version: &'static str,
    pub purposes_changed: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub current_notice: &'static str,
    pub current_version: &'static str,
    pub archived_version: &'static str,
    pub upcoming_version: &'static str,
    pub upcoming_heading: &'static str,
    pub change_note: &'static str,
    pub compared_with: &'static str,
    pub legend: &'static str,
    pub added: &'static str,
    pub removed: &'static str,
    pub added_prefix: &'static str,
    pub removed_prefix: &'static str,
    pub renamed: &'static str,
    pub moved: &'static str,
    pub reordered: &'static str,
    pub changed_categories: &'static str,
    pub no_purpose_changes: &'static str,
    pub other_text: &'static str,
    pub section_added: &'static str,
    pub section_removed: &'static str,
    /// Said of a text shown in Japanese on an English changes page because
    /// the English did not follow the change.
    pub translation_lagging: &'static str,
    pub translations_heading: &'static str,
    pub translations_intro: &'static str,
    /// What a category's name and a section's title are called where a
    /// translation of one is listed.
    pub category: &'static str,
    pub section_title: &'static str,
    /// Between a label and its value: "：" / ": ".
    pub colon: &'static str,
    pub feed_atom: &'static str,
    pub feed_rss: &'static str,
    pub accessibility: &'static str,
    pub feed_title_suffix: &'static str,
    pub record_heading: &'static str,
    pub record_intro: &'static str,
    pub record_method: &'static str,
    pub digest: &'static str,
    pub feed_digest: &'static str,
    pub previous_digest: &'static str,
    pub no_previous_digest: &'static str,
    pub record_files: &'static str,
    pub record_data: &'static str,
    pub label_names: [&'static str; 5],
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
    fax: "FAX",
    extension: "内線",
    label_separator: "：",
    hours: "受付時間",
    site_nav: "このサイトの案内",
    history: "改定履歴",
    history_intro: "この公表事項のすべての版を新しい順に掲載しています。各版は公表したときの内容のまま保存しています。",
    last_revised: "最終改定日",
    revised: "改定日",
    effective: "施行日",
    effective_period: "施行期間",
    what_changed: "改定内容",
    read_version: "この版の全文",
    first_version: "最初に公表した版です。",
    purposes_changed: "利用目的の変更",
    yes: "あり",
    no: "なし",
    current_notice: "現在の公表事項",
    current_version: "現在施行中の版",
    archived_version: "過去の版",
    upcoming_version: "施行予定の版",
    upcoming_heading: "公表事項の改定のお知らせ",
    change_note: "改定の概要",
    compared_with: "比較対象",
    legend: "追加した箇所は下線、削除した箇所は取り消し線で示しています。",
    added: "追加",
    removed: "削除",
    added_prefix: "追加：",
    removed_prefix: "削除：",
    renamed: "名称変更",
    moved: "掲載順の変更",
    reordered: "利用目的の掲載順の変更",
    changed_categories: "変更のあった類型と利用目的",
    no_purpose_changes: "この改定では利用目的を変更していません。",
    other_text: "その他の記載",
    section_added: "この項目を追加しました。",
    section_removed: "この項目を削除しました。",
    translation_lagging: "英訳未更新のため日本語で表示",
    translations_heading: "翻訳の更新",
    translations_intro: "次の箇所は、翻訳だけを追加又は更新しました。正本である日本語は変わっていません。",
    category: "類型の名称",
    section_title: "見出し",
    colon: "：",
    feed_atom: "改定のお知らせ（Atom）",
    feed_rss: "改定のお知らせ（RSS）",
    accessibility: "ウェブアクセシビリティ方針",
    feed_title_suffix: "個人情報保護法に基づく公表事項の改定のお知らせ",
    record_heading: "記録の確認",
    record_intro: "この版のファイルは、次のハッシュ値（SHA-256）で記録しています。ハッシュ値は一つ前の版のハッシュ値も含めて計算するため、公開後にいずれかの版が書き換えられると、その版とそれ以降のすべての版のハッシュ値が変わります。",
    record_method: "計算方法：1行目に「kohyo revision digest v1」、2行目に「previous」と空白に続けて一つ前の版のハッシュ値（最初の版では「none」）、3行目以降にファイルごとの「SHA-256の値、空白2つ、ファイル名」（sha256sum の出力と同じ形式、ファイル名の順）を並べ、各行を改行で終えたテキストのSHA-256です。",
    digest: "この版のハッシュ値",
    feed_digest: "この版のハッシュ値（SHA-256）",
    previous_digest: "一つ前の版のハッシュ値",
    no_previous_digest: "なし（最初の版）",
    record_files: "この版のファイル",
    record_data: "この版のデータ（JSON）",
    label_names: [
        "表題",
        "利用目的の見出し",
        "表の表題",
        "表の列見出し（類型）",
        "表の列見出し（利用目的）",
    ],
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
    fax: "Fax",
    extension: "ext.",
    label_separator: ": ",
    hours: "Hours",
    site_nav: "About this site",
    history: "Revision history",
    history_intro: "Every version of this notice, newest first. Each version is kept exactly as it was published.",
    last_revised: "Last revised",
    revised: "Revised on",
    effective: "In effect from",
    effective_period: "In effect",
    what_changed: "What changed",
    read_version: "Full text of this version",
    first_version: "The first published version.",
    purposes_changed: "Purposes of use changed",
    yes: "Yes",
    no: "No",
    current_notice: "Current notice",
    current_version: "Current version",
    archived_version: "Archived version",
    upcoming_version: "Upcoming version",
    upcoming_heading: "Announcement of a revision",
    change_note: "Summary of the revision",
    compared_with: "Compared with",
    legend: "Added text is underlined; removed text is struck through.",
    added: "Added",
    removed: "Removed",
    added_prefix: "Added: ",
    removed_prefix: "Removed: ",
    renamed: "Renamed",
    moved: "Moved",
    reordered: "Purposes reordered",
    changed_categories: "Changed categories and purposes of use",
    no_purpose_changes: "This revision does not change the purposes of use.",
    other_text: "Other text",
    section_added: "This part was added.",
    section_removed: "This part was removed.",
    translation_lagging: "English not yet updated: shown in Japanese",
    translations_heading: "Translation updated",
    translations_intro: "Only the English translation of these texts was added or improved. The Japanese, which is authoritative, did not change.",
    category: "Name of a category",
    section_title: "Heading",
    colon: ": ",
    feed_atom: "Revision announcements (Atom)",
    feed_rss: "Revision announcements (RSS)",
    accessibility: "Accessibility statement",
    feed_title_suffix: "revisions of the notice under the Act on the Protection of Personal Information",
    record_heading: "Verifying this record",
    record_intro: "The files of this version are recorded under the SHA-256 digest below. Each digest also covers the digest of the version before it, so if any version were altered after publication, its digest and the digest of every later version would change.",
    record_method: "How it is computed: the SHA-256 of a text whose first line is “kohyo revision digest v1”, whose second line is “previous”, a space and the digest of the version before (“none” for the first version), followed by one line per file as sha256sum prints it (the file’s SHA-256, two spaces, its name), in order of file name, every line ending in a line feed.",
    digest: "Digest of this version",
    feed_digest: "SHA-256 digest of this version",
    previous_digest: "Digest of the version before",
    no_previous_digest: "None (the first version)",
    record_files: "Files of this version",
    record_data: "Data of this version (JSON)",
    label_names: [
        "Title",
        "Heading of the purposes",
        "Table caption",
        "Column header (category)",
        "Column header (purposes)",
    ],
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

/// When a revision is (or was, or will be) in effect, as a phrase.
pub fn period(from: Date, until: Option<Date>, lang: Lang) -> String {
    let from_text = format_date(from, lang);
    match (lang, until) {
        (Lang::Ja, Some(until)) => format!("{from_text}から{}まで", format_date(until, lang)),
        (Lang::Ja, None) => format!("{from_text}から"),
        (Lang::En, Some(until)) => format!("{from_text} to {}", format_date(until, lang)),
        (Lang::En, None) => format!("From {from_text}"),
    }
}

/// The banner of a preview: which date it shows, and that it is not live.
pub fn preview_sentence(as_of: Date, lang: Lang) -> String {
    let date = format_date(as_of, lang);
    match lang {
        Lang::Ja => format!("プレビュー：{date}時点の表示です。公開中のサイトではありません。"),
        Lang::En => format!("Preview as of {date}: this is not the published site."),
    }
}

/// What a preview's banner says when the record is not whole: the number
/// of problems `check` reports of it, and what to do.
pub fn record_problems_sentence(problems: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!(
            "記録（revisions.lock）に{problems}件の問題があります。公開する前に kohyo check で確認し、kohyo lock で封印してください："
        ),
        Lang::En => {
            let s = if problems == 1 { "" } else { "s" };
            format!(
                "The record (revisions.lock) has {problems} problem{s}. Before publishing, review them with kohyo check and seal the revisions with kohyo lock:"
            )
        }
    }
}

/// A label and its value on one line: 施行期間：2024年12月2日から.
pub fn labelled(label: &str, value: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{label}：{value}"),
        Lang::En => format!("{label}: {value}"),
    }
}

/// The title of the feeds: the operator, then what they announce.
pub fn feed_title(site_name: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{site_name}：{}", JA.feed_title_suffix),
        Lang::En => format!("{site_name}: {}", EN.feed_title_suffix),
    }
}

/// What a changes page is called: 2024年12月2日の改定内容.
pub fn changes_title(effective: Date, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}の改定内容", format_date(effective, lang)),
        Lang::En => format!("Changes of {}", format_date(effective, lang)),
    }
}

/// What an archived revision page is called.
pub fn revision_title(effective: Date, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}施行の版", format_date(effective, lang)),
        Lang::En => format!("Version in effect from {}", format_date(effective, lang)),
    }
}

/// The sentence that says from when an announced revision applies.
pub fn upcoming_sentence(effective: Date, changes_purposes: bool, lang: Lang) -> String {
    let date = format_date(effective, lang);
    match (lang, changes_purposes) {
        (Lang::Ja, true) => format!("{date}から公表事項を改定し、利用目的を変更します。"),
        (Lang::Ja, false) => format!("{date}から公表事項を改定します。"),
        (Lang::En, true) => {
            format!("From {date} this notice will be revised, changing the purposes of use.")
        }
        (Lang::En, false) => format!("From {date} this notice will be revised."),
    }
}

/// What the notice page says while its first revision is announced but
/// not yet in effect.
pub fn first_notice_sentence(effective: Date, lang: Lang) -> String {
    let date = format_date(effective, lang);
    match lang {
        Lang::Ja => format!(
            "この公表事項は{date}から施行します。それまでの間、施行に先立って公表しています。"
        ),
        Lang::En => format!(
            "This notice takes effect on {date}. It is published in advance, before it applies."
        ),
    }
}

/// What a banner on a revision page says about the version shown.
pub fn banner_sentence(standing: Standing, from: Date, until: Option<Date>, lang: Lang) -> String {
    let from_text = format_date(from, lang);
    match (lang, standing, until) {
        (Lang::Ja, Standing::Archived, Some(until)) => format!(
            "これは過去の版です。{from_text}から{}まで施行していました。",
            format_date(until, lang)
        ),
        (Lang::Ja, Standing::Archived, None) => {
            format!("これは過去の版です。{from_text}から施行していました。")
        }
        (Lang::Ja, Standing::Current, _) => {
            format!("これは現在施行中の版です。{from_text}から施行しています。")
        }
        (Lang::Ja, Standing::Upcoming, _) => {
            format!("これは施行予定の版です。{from_text}から施行します。")
        }
        (Lang::En, Standing::Archived, Some(until)) => format!(
            "This is an archived version. It was in effect from {from_text} to {}.",
            format_date(until, lang)
        ),
        (Lang::En, Standing::Archived, None) => {
            format!("This is an archived version. It was in effect from {from_text}.")
        }
        (Lang::En, Standing::Current, _) => {
            format!("This is the current version, in effect since {from_text}.")
        }
        (Lang::En, Standing::Upcoming, _) => {
            format!("This is an upcoming version. It takes effect on {from_text}.")
        }
    }
}

/// The counts of a revision's changes in words: "Categories: 1 added;
/// purposes of use: 2 added, 1 removed". Empty when nothing countable changed.
pub fn summary_sentence(summary: &Summary, lang: Lang) -> String {
    let categories = [
        (summary.categories_added, "追加", "added"),
        (summary.categories_removed, "削除", "removed"),
        (summary.categories_renamed, "名称変更", "renamed"),
        (summary.categories_moved, "掲載順の変更", "moved"),
    ];
    let purposes = [
        (summary.purposes_added, "追加", "added"),
        (summary.purposes_removed, "削除", "removed"),
        (summary.purposes_changed, "変更", "reworded"),
        (summary.purposes_moved, "掲載順の変更", "moved"),
    ];
    let sections = summary.sections_added + summary.sections_removed + summary.sections_changed;
    let mut groups = Vec::new();
    for (counts, ja_noun, en_one, en_many) in [
        (&categories, "類型", "category", "categories"),
        (&purposes, "利用目的", "purpose of use", "purposes of use"),
    ] {
        let present: Vec<_> = counts.iter().filter(|(n, _, _)| *n > 0).collect();
        let Some(((first, _, _), _)) = present.split_first() else {
            continue;
        };
        groups.push(match lang {
            Lang::Ja => format!(
                "{ja_noun}：{}",
                present
                    .iter()
                    .map(|(n, ja, _)| format!("{n}件{ja}"))
                    .collect::<Vec<_>>()
                    .join("、")
            ),
            Lang::En => {
                let noun = if *first == 1 { en_one } else { en_many };
                let rest: Vec<String> = present
                    .iter()
                    .map(|(n, _, en)| format!("{n} {en}"))
                    .collect();
                // "2 purposes of use added, 1 removed": the noun once, after the first count.
                let (head, tail) = rest.split_first().expect("present is not empty");
                let head = head.replacen(' ', &format!(" {noun} "), 1);
                std::iter::once(head)
                    .chain(tail.iter().cloned())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        });
    }
    if sections > 0 || summary.paragraphs_changed > 0 {
        groups.push(match lang {
            Lang::Ja => "その他の記載を変更".to_owned(),
            Lang::En => "other text changed".to_owned(),
        });
    }
    let changes = match lang {
        Lang::Ja if groups.is_empty() => String::new(),
        Lang::Ja => format!("{}。", groups.join("／")),
        Lang::En => {
            let mut sentence = groups.join("; ");
            if let Some(first) = sentence.get(..1) {
                sentence = first.to_uppercase() + &sentence[1..];
            }
            if !sentence.is_empty() {
                sentence.push('.');
            }
            sentence
        }
    };
    let translation = translation_sentence(&summary.translation, lang);
    let separator = if changes.is_empty() || translation.is_empty() || lang == Lang::Ja {
        ""
    } else {
        " "
    };
    changes + separator + &translation
}

/// The translation's part of a summary, after the changes and never
/// counted with them: "English translation updated: 3 texts." Empty when
/// the translation moved with the Japanese (always so in Japanese).
fn translation_sentence(translation: &TranslationSummary, lang: Lang) -> String {
    let texts = |n: usize| match lang {
        Lang::Ja => format!("{n}件"),
        Lang::En if n == 1 => "1 text".to_owned(),
        Lang::En => format!("{n} texts"),
    };
    let mut sentences = Vec::new();
    if translation.updated > 0 {
        sentences.push(match lang {
            Lang::Ja => format!("翻訳を更新：{}。", texts(translation.updated)),
            Lang::En => format!(
                "English translation updated: {}.",
                texts(translation.updated)
            ),
        });
    }
    if translation.lagging > 0 {
        sentences.push(match lang {
            Lang::Ja => format!("翻訳が未更新：{}。", texts(translation.lagging)),
            Lang::En => format!(
                "English translation not yet updated: {} (shown in Japanese).",
                texts(translation.lagging)
            ),
        });
    }
    sentences.join(if lang == Lang::Ja { "" } else { " " })
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

    #[test]
    fn periods_and_banners_name_both_ends() {
        let from = jiff::civil::date(2022, 4, 1);
        let until = Some(jiff::civil::date(2024, 12, 1));
        assert_eq!(
            period(from, until, Lang::Ja),
            "2022年4月1日から2024年12月1日まで"
        );
        assert_eq!(period(from, None, Lang::En), "From 1 April 2022");
        assert_eq!(
            banner_sentence(Standing::Archived, from, until, Lang::En),
            "This is an archived version. It was in effect from 1 April 2022 to 1 December 2024."
        );
    }

    #[test]
    fn summaries_count_in_words() {
        let summary = Summary {
            categories_added: 1,
            purposes_added: 2,
            purposes_removed: 1,
            ..Summary::default()
        };
        assert_eq!(
            summary_sentence(&summary, Lang::Ja),
            "類型：1件追加／利用目的：2件追加、1件削除。"
        );
        assert_eq!(
            summary_sentence(&summary, Lang::En),
            "1 category added; 2 purposes of use added, 1 removed."
        );
        let prose_only = Summary {
            sections_changed: 1,
            ..Summary::default()
        };
        assert_eq!(
            summary_sentence(&prose_only, Lang::En),
            "Other text changed."
        );
        assert_eq!(summary_sentence(&Summary::default(), Lang::Ja), "");
    }

    #[test]
    fn translations_are_counted_apart_from_changes() {
        let translated = Summary {
            translation: TranslationSummary {
                updated: 3,
                lagging: 0,
            },
            ..Summary::default()
        };
        assert_eq!(
            summary_sentence(&translated, Lang::En),
            "English translation updated: 3 texts."
        );
        let lagging = Summary {
            categories_removed: 1,
            translation: TranslationSummary {
                updated: 1,
                lagging: 1,
            },
            ..Summary::default()
        };
        assert_eq!(
            summary_sentence(&lagging, Lang::En),
            "1 category removed. English translation updated: 1 text. English translation not yet updated: 1 text (shown in Japanese)."
        );
        assert_eq!(
            summary_sentence(&lagging, Lang::Ja),
            "類型：1件削除。翻訳を更新：1件。翻訳が未更新：1件。"
        );
    }
}

//! Sentences and titles the pages make from dates and numbers in each
//! language: a date as its readers write it, a period, what a banner or an
//! announcement says, the summary of a revision's changes.

use jiff::civil::Date;

use super::document_words::{document_words, joint_use_item_short};
use super::words::words;
use crate::diff::{DocumentSummary, Summary, TranslationSummary};
use crate::lang::Lang;
use crate::timeline::Standing;

/// A date as readers of `lang` write it: 2024年12月2日, 2 December 2024.
pub(crate) fn format_date(date: Date, lang: Lang) -> String {
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
pub(crate) fn period(from: Date, until: Option<Date>, lang: Lang) -> String {
    let from_text = format_date(from, lang);
    match (lang, until) {
        (Lang::Ja, Some(until)) => format!("{from_text}から{}まで", format_date(until, lang)),
        (Lang::Ja, None) => format!("{from_text}から"),
        (Lang::En, Some(until)) => format!("{from_text} to {}", format_date(until, lang)),
        (Lang::En, None) => format!("From {from_text}"),
    }
}

/// The banner of a preview: which date it shows, and that it is not live.
pub(crate) fn preview_sentence(as_of: Date, lang: Lang) -> String {
    let date = format_date(as_of, lang);
    match lang {
        Lang::Ja => format!("プレビュー：{date}時点の表示です。公開中のサイトではありません。"),
        Lang::En => format!("Preview as of {date}: this is not the published site."),
    }
}

/// What a preview's banner says when the record is not whole: the number
/// of problems `check` reports of it, and what to do.
pub(crate) fn record_problems_sentence(problems: usize, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!(
            "記録（revisions.lock）に{problems}件の問題があります。公開する前に kohyo check で確認し、kohyo lock で封印してください："
        ),
        Lang::En => {
            let s = crate::english::plural(problems);
            format!(
                "The record (revisions.lock) has {problems} problem{s}. Before publishing, review them with kohyo check and seal the revisions with kohyo lock:"
            )
        }
    }
}

/// A term and its value on one line: 施行期間：2024年12月2日から.
pub(crate) fn term_and_value(term: &str, value: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{term}：{value}"),
        Lang::En => format!("{term}: {value}"),
    }
}

/// The title of the feeds: the operator, then what they announce.
pub(crate) fn feed_title(site_name: &str, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{site_name}：{}", words(Lang::Ja).feed_title_suffix),
        Lang::En => format!("{site_name}: {}", words(Lang::En).feed_title_suffix),
    }
}

/// What a changes page is called: 2024年12月2日の改定内容.
pub(crate) fn changes_title(effective: Date, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}の改定内容", format_date(effective, lang)),
        Lang::En => format!("Changes of {}", format_date(effective, lang)),
    }
}

/// What an archived revision page is called.
pub(crate) fn revision_title(effective: Date, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}施行の版", format_date(effective, lang)),
        Lang::En => format!("Version in effect from {}", format_date(effective, lang)),
    }
}

/// The sentence that says from when an announced revision applies.
pub(crate) fn upcoming_sentence(effective: Date, changes_purposes: bool, lang: Lang) -> String {
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
pub(crate) fn first_notice_sentence(effective: Date, lang: Lang) -> String {
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
pub(crate) fn banner_sentence(
    standing: Standing,
    from: Date,
    until: Option<Date>,
    lang: Lang,
) -> String {
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
pub(crate) fn summary_sentence(summary: &Summary, lang: Lang) -> String {
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
        (
            summary.purposes_explained,
            "説明を変更",
            "explanation changed",
        ),
        (
            summary.purposes_regrouped,
            "グループ間で移動",
            "moved to another group",
        ),
    ];
    let groups_of_purposes = [
        (summary.groups_added, "追加", "added"),
        (summary.groups_removed, "削除", "removed"),
        (summary.groups_renamed, "名称変更", "renamed"),
        (summary.groups_moved, "掲載順の変更", "moved"),
    ];
    let sections = summary.sections_added + summary.sections_removed + summary.sections_changed;
    let mut groups = Vec::new();
    for (counts, ja_noun, en_one, en_many) in [
        (&categories[..], "類型", "category", "categories"),
        (&groups_of_purposes[..], "グループ", "group", "groups"),
        (
            &purposes[..],
            "利用目的",
            "purpose of use",
            "purposes of use",
        ),
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

/// The counts of a document's revision's changes in one line, for its
/// changes page, history and feeds: 「共同利用：1件変更（責任者の代表者）。」,
/// "Publications: 1 added." Empty when nothing countable changed.
pub(crate) fn document_summary_sentence(summary: &DocumentSummary, lang: Lang) -> String {
    let words = document_words(lang);
    let items: Vec<&str> = summary
        .joint_use_items
        .iter()
        .map(|item| joint_use_item_short(*item, lang))
        .collect();
    let items = match lang {
        Lang::Ja => format!("（{}）", items.join("、")),
        Lang::En => format!(" ({})", items.join(", ")),
    };
    let changed_with_items = (!summary.joint_use_items.is_empty()).then_some(items.as_str());
    let mut groups = Vec::new();
    if summary.title_changed {
        groups.push(match lang {
            Lang::Ja => "表題を変更".to_owned(),
            Lang::En => "Title changed".to_owned(),
        });
    }
    for (noun, counts) in [
        (
            words.joint_use,
            [
                (summary.arrangements_added, "追加", "added", None),
                (summary.arrangements_removed, "削除", "removed", None),
                (
                    summary.arrangements_changed,
                    "変更",
                    "changed",
                    changed_with_items,
                ),
                (summary.arrangements_moved, "掲載順の変更", "moved", None),
            ],
        ),
        (
            words.publications,
            [
                (summary.entries_added, "追加", "added", None),
                (summary.entries_removed, "削除", "removed", None),
                (summary.entries_changed, "変更", "changed", None),
                (summary.entries_moved, "掲載順の変更", "moved", None),
            ],
        ),
        (
            words.sections,
            [
                (summary.sections_added, "追加", "added", None),
                (summary.sections_removed, "削除", "removed", None),
                (summary.sections_changed, "変更", "changed", None),
                (0, "", "", None),
            ],
        ),
    ] {
        let present: Vec<String> = counts
            .iter()
            .filter(|(n, ..)| *n > 0)
            .map(|(n, ja, en, items)| match lang {
                Lang::Ja => format!("{n}件{ja}{}", items.unwrap_or("")),
                Lang::En => format!("{n} {en}{}", items.unwrap_or("")),
            })
            .collect();
        if !present.is_empty() {
            let separator = if lang == Lang::Ja { "、" } else { ", " };
            groups.push(term_and_value(noun, &present.join(separator), lang));
        }
    }
    if groups.is_empty() && summary.paragraphs_changed > 0 {
        groups.push(match lang {
            Lang::Ja => "本文を変更".to_owned(),
            Lang::En => "Text changed".to_owned(),
        });
    }
    let changes = match lang {
        _ if groups.is_empty() => String::new(),
        Lang::Ja => format!("{}。", groups.join("／")),
        Lang::En => format!("{}.", groups.join("; ")),
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

    #[test]
    fn a_document_summary_names_what_changed() {
        use crate::diff::JointUseItem;
        let joint_use = DocumentSummary {
            arrangements_changed: 1,
            joint_use_items: vec![JointUseItem::ResponsibleRepresentative],
            ..DocumentSummary::default()
        };
        assert_eq!(
            document_summary_sentence(&joint_use, Lang::Ja),
            "共同利用：1件変更（責任者の代表者）。"
        );
        assert_eq!(
            document_summary_sentence(&joint_use, Lang::En),
            "Joint use: 1 changed (representative of the person responsible)."
        );
        let publications = DocumentSummary {
            entries_added: 1,
            ..DocumentSummary::default()
        };
        assert_eq!(
            document_summary_sentence(&publications, Lang::Ja),
            "公表：1件追加。"
        );
        assert_eq!(
            document_summary_sentence(&publications, Lang::En),
            "Publications: 1 added."
        );
        let policy = DocumentSummary {
            title_changed: true,
            sections_added: 1,
            sections_changed: 2,
            paragraphs_changed: 4,
            translation: TranslationSummary {
                updated: 1,
                lagging: 0,
            },
            ..DocumentSummary::default()
        };
        assert_eq!(
            document_summary_sentence(&policy, Lang::Ja),
            "表題を変更／本文の項目：1件追加、2件変更。翻訳を更新：1件。"
        );
        assert_eq!(
            document_summary_sentence(&policy, Lang::En),
            "Title changed; Sections: 1 added, 2 changed. English translation updated: 1 text."
        );
        assert_eq!(
            document_summary_sentence(&DocumentSummary::default(), Lang::En),
            ""
        );
    }
}

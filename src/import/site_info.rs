//! What a notice says of the union and its desk, found in any of its
//! lines: 「名称：…」「住所：…」「代表者：…」「窓口：…」, a postcode, a
//! phone number after 電話 or TEL, an e-mail address.

use super::marks;
use super::notice::Organisation;

pub(crate) fn find<'a>(lines: impl IntoIterator<Item = &'a str>) -> Organisation {
    let mut found = Organisation::default();
    for line in lines {
        let line = marks::trim(line);
        let labelled = |labels: &[&str]| {
            labels.iter().find_map(|label| {
                let rest = line.strip_prefix(label)?;
                let rest = marks::trim(rest).strip_prefix(['：', ':'])?;
                Some(marks::trim(rest).to_owned()).filter(|v| !v.is_empty())
            })
        };
        let set = |slot: &mut Option<String>, value: Option<String>| {
            if slot.is_none() {
                *slot = value;
            }
        };
        set(
            &mut found.name,
            labelled(&["名称", "事業者の名称", "組合名"]),
        );
        set(
            &mut found.representative,
            labelled(&["代表者", "代表者の氏名", "代表者氏名"]),
        );
        set(
            &mut found.desk,
            labelled(&["窓口", "相談窓口", "お問い合わせ先", "問合せ先"]),
        );
        if let Some(address) = labelled(&["住所", "所在地"]) {
            if found.address.is_none() {
                found.address = Some(address);
            } else {
                set(&mut found.desk_address, Some(address));
            }
        } else if line.starts_with('〒') && line.chars().count() < 80 {
            set(&mut found.desk_address, Some(line.to_owned()));
        }
        if ["電話", "TEL", "Tel", "℡"].iter().any(|w| line.contains(w)) {
            set(&mut found.phone, phone(line));
        }
        set(&mut found.email, email(line));
    }
    if found.address.is_none() {
        found.address = found.desk_address.clone();
    }
    found
}

/// The first run of digits and hyphens that looks like a Japanese number.
fn phone(line: &str) -> Option<String> {
    let normal: String = line
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '－' | '‐' | 'ー' | '−' => '-',
            c => c,
        })
        .collect();
    normal
        .split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .find(|run| run.starts_with('0') && run.matches('-').count() == 2 && run.len() >= 12)
        .map(str::to_owned)
}

fn email(line: &str) -> Option<String> {
    line.split(|c: char| c.is_whitespace() || !c.is_ascii() || matches!(c, '<' | '>' | '(' | ')'))
        .find(|word| {
            let mut parts = word.split('@');
            matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(d), None) if !a.is_empty() && d.contains('.'))
        })
        .map(|word| word.trim_end_matches(['.', ',']).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_union_and_its_desk_are_found() {
        let found = find([
            "名称：見本健康保険組合",
            "住所：〒100-0000 東京都千代田区見本町1-2-3",
            "代表者：理事長 見本 太郎",
            "窓口：総務課",
            "電話：０３－００００－００００（平日）",
            "メール privacy@kenpo.example.jp",
        ]);
        assert_eq!(found.name.as_deref(), Some("見本健康保険組合"));
        assert_eq!(
            found.address.as_deref(),
            Some("〒100-0000 東京都千代田区見本町1-2-3")
        );
        assert_eq!(found.representative.as_deref(), Some("理事長 見本 太郎"));
        assert_eq!(found.desk.as_deref(), Some("総務課"));
        assert_eq!(found.phone.as_deref(), Some("03-0000-0000"));
        assert_eq!(found.email.as_deref(), Some("privacy@kenpo.example.jp"));
    }
}

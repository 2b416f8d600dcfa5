//! Which column of a purposes table holds what, read loosely from its
//! header row (業務, 類型, 区分, 利用目的, 説明, 内容 …) or, without one,
//! from the number of columns.

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Category,
    Group,
    Purposes,
    Explanation,
    Description,
}

/// Each column's role, from the header row's texts; `None` when the row
/// does not read as a header.
/// With `in_area` the table lists one area's purposes (it stands under
/// the area's heading), so no column names the rows.
pub(crate) fn from_header(header: &[String], in_area: bool) -> Option<Vec<Option<Role>>> {
    let mut roles: Vec<Option<Role>> = header.iter().map(|text| role_of(text)).collect();
    // 「業務」「区分」: the second column that names rows names their group.
    if let Some(first) = roles.iter().position(|r| *r == Some(Role::Category)) {
        let has_group = roles.contains(&Some(Role::Group));
        for role in roles.iter_mut().skip(first + 1) {
            if *role == Some(Role::Category) && !has_group {
                *role = Some(Role::Group);
                break;
            }
        }
    }
    let has = |role| roles.contains(&Some(role));
    // A title row above the header (a spreadsheet's) has one cell filled.
    let filled = header.iter().filter(|t| !t.trim().is_empty()).count();
    let header = has(Role::Purposes) && filled >= 2;
    (header && (has(Role::Category) || roles.len() >= 2)).then(|| {
        if !roles.contains(&Some(Role::Category)) && !in_area {
            // The first column names the rows, whatever its header says.
            roles[0] = Some(Role::Category);
        }
        roles
    })
}

/// The roles of a table without a header row, by its width.
pub(crate) fn by_width(width: usize) -> Vec<Option<Role>> {
    use Role::*;
    match width {
        0 | 1 => vec![Some(Purposes)],
        2 => vec![Some(Category), Some(Purposes)],
        3 => vec![Some(Category), Some(Group), Some(Purposes)],
        _ => {
            let mut roles = vec![
                Some(Category),
                Some(Group),
                Some(Purposes),
                Some(Explanation),
            ];
            roles.resize(width, None);
            roles
        }
    }
}

fn role_of(header: &str) -> Option<Role> {
    let has = |words: &[&str]| words.iter().any(|word| header.contains(word));
    let lower = header.to_lowercase();
    if has(&["説明", "解説", "備考", "詳細", "方法"]) || lower.contains("explanation") {
        Some(Role::Explanation)
    } else if has(&["内容", "保有する", "情報の項目"]) || lower.contains("description") {
        Some(Role::Description)
    } else if has(&["事例", "グループ", "利用の別", "提供の有無"]) || lower.contains("group")
    {
        Some(Role::Group)
    } else if has(&["目的"]) || lower.contains("purpose") {
        Some(Role::Purposes)
    } else if has(&[
        "類型", "業務", "区分", "種類", "分類", "項目", "事業", "情報",
    ]) || lower.contains("category")
    {
        Some(Role::Category)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(texts: &[&str]) -> Option<Vec<Option<Role>>> {
        from_header(
            &texts.iter().map(|t| t.to_string()).collect::<Vec<_>>(),
            false,
        )
    }

    #[test]
    fn headers_are_read_loosely() {
        use Role::*;
        assert_eq!(
            header(&["個人情報の類型", "利用目的"]),
            Some(vec![Some(Category), Some(Purposes)])
        );
        assert_eq!(
            header(&["利用目的", "業務", "説明", "保有する情報の内容"]),
            Some(vec![
                Some(Purposes),
                Some(Category),
                Some(Explanation),
                Some(Description)
            ])
        );
        assert_eq!(
            header(&["区分", "事例", "利用目的"]),
            Some(vec![Some(Category), Some(Group), Some(Purposes)])
        );
        assert_eq!(header(&["資格に関する情報", "加入者の管理"]), None);
        assert_eq!(
            header(&["業務", "区分", "利用目的"]),
            Some(vec![Some(Category), Some(Group), Some(Purposes)])
        );
        assert_eq!(
            header(&["利用目的", "利用の方法"]),
            Some(vec![Some(Category), Some(Explanation)])
        );
        assert_eq!(header(&["見本健康保険組合 利用目的一覧", "", ""]), None);
        assert_eq!(
            from_header(&["利用目的".into(), "利用の方法".into()], true),
            Some(vec![Some(Purposes), Some(Explanation)])
        );
    }
}

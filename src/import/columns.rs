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
pub(crate) fn from_header(header: &[String]) -> Option<Vec<Option<Role>>> {
    let roles: Vec<Option<Role>> = header.iter().map(|text| role_of(text)).collect();
    let has = |role| roles.contains(&Some(role));
    (has(Role::Purposes) && (has(Role::Category) || roles.len() >= 2)).then(|| {
        let mut roles = roles;
        if !roles.contains(&Some(Role::Category)) {
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
    if has(&["説明", "解説", "備考", "詳細"]) || lower.contains("explanation") {
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
        from_header(&texts.iter().map(|t| t.to_string()).collect::<Vec<_>>())
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
    }
}

//! What an import found in a source, before any file is written: the
//! notice's parts as plain texts, in the order the source gives them. Every
//! reader (HTML, spreadsheet, plain text) fills this, and only the writer
//! turns it into content files, so each side can be tested alone.

/// One union's notice as read from its source.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Notice {
    /// The page's title (`<title>`, `<h1>` or the text's first line).
    pub title: Option<String>,
    pub table: Table,
    /// The other parts, split at their headings, as Markdown.
    pub sections: Vec<Section>,
    pub organisation: Organisation,
    /// Lines the import could not place anywhere, for people to look at.
    pub unplaced: Vec<Unplaced>,
}

/// The purposes-of-use part.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Table {
    pub heading: Option<String>,
    /// Markdown paragraphs before the table.
    pub intro: Vec<String>,
    pub caption: Option<String>,
    pub category_header: Option<String>,
    pub purposes_header: Option<String>,
    pub description_header: Option<String>,
    pub categories: Vec<Category>,
    /// Markdown lines after the table (the ※ notes and their lists).
    pub notes: Vec<String>,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Category {
    pub name: String,
    /// The extra column's text, Markdown.
    pub description: Option<String>,
    /// One group without a label when the source lists purposes directly.
    pub groups: Vec<Group>,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Group {
    pub label: Option<String>,
    pub purposes: Vec<Purpose>,
}

#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Purpose {
    pub text: String,
    /// Markdown.
    pub explanation: Option<String>,
}

#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Section {
    pub title: String,
    pub markdown: String,
}

/// What the source says of the union and its desk; `None` where it says
/// nothing the import recognised.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct Organisation {
    pub name: Option<String>,
    pub address: Option<String>,
    pub representative: Option<String>,
    pub desk: Option<String>,
    pub desk_address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// A line of the source the import did not use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unplaced {
    /// 1-based line number in the source.
    pub line: usize,
    pub text: String,
}

impl Category {
    pub(crate) fn purpose_count(&self) -> usize {
        self.groups.iter().map(|group| group.purposes.len()).sum()
    }

    /// The group purposes are added to: the last one, or a first one
    /// without a label.
    pub(crate) fn current_group(&mut self) -> &mut Group {
        if self.groups.is_empty() {
            self.groups.push(Group::default());
        }
        let last = self.groups.len() - 1;
        &mut self.groups[last]
    }
}

impl Table {
    pub(crate) fn purpose_count(&self) -> usize {
        self.categories.iter().map(Category::purpose_count).sum()
    }

    pub(crate) fn group_count(&self) -> usize {
        self.categories
            .iter()
            .flat_map(|category| &category.groups)
            .filter(|group| group.label.is_some())
            .count()
    }
}

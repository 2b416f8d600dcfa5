//! The words kohyo writes itself, as data: the frame of every page, the
//! terms of its tables, the sentences made of dates and counts, in one
//! Fluent catalog per language (`locales/<tag>.ftl`). A translator edits a
//! text file in their own tool; a language is added without code.
//!
//! Fluent rather than gettext PO because a Fluent message chooses its form
//! itself, by the CLDR plural category of a count and by any other
//! variable, so that each language words "1 category added" its own way;
//! PO has one plural formula per catalog and nothing for the rest.
//!
//! Every key kohyo uses is a string literal passed to [`Messages::message`],
//! [`Messages::message_with`] or [`message_key`]; a test reads them out of the source, as
//! xgettext would, and checks that every shipped catalog has each of them
//! with the same variables.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, LazyLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

/// The catalogs kohyo ships: each file of `locales/`, by its language tag.
const SHIPPED_SOURCES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));

/// A parsed catalog, shared by every site that speaks its language.
pub(crate) type Catalog = Arc<FluentResource>;

/// The shipped catalogs, parsed once.
static SHIPPED: LazyLock<Vec<(&'static str, Catalog)>> = LazyLock::new(|| {
    SHIPPED_SOURCES
        .iter()
        .map(|(tag, source)| {
            let resource =
                FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(_, errors)| {
                    panic!("the shipped catalog {tag}.ftl does not parse: {errors:?}")
                });
            (*tag, Arc::new(resource))
        })
        .collect()
});

/// The catalog kohyo ships for a language, if it ships one.
pub(crate) fn shipped(tag: &str) -> Option<&'static Catalog> {
    SHIPPED
        .iter()
        .find(|(shipped, _)| *shipped == tag)
        .map(|(_, catalog)| catalog)
}

/// The tags of every shipped catalog, in byte order.
pub(crate) fn shipped_tags() -> impl Iterator<Item = &'static str> {
    SHIPPED.iter().map(|(tag, _)| *tag)
}

/// Marks a key that is chosen before it is formatted (by a kind of
/// change, say), so that the key test finds it as it finds the keys of
/// [`Messages::message`] calls; like gettext's `N_`.
pub(crate) const fn message_key(key: &'static str) -> &'static str {
    key
}

/// A value a message is formatted with.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Arg<'a> {
    Text(&'a str),
    /// A number that the message may choose its words by (its CLDR plural
    /// category: one, few, many, other …).
    Count(usize),
}

/// The messages of one language: its catalogs, later ones overriding
/// single messages of earlier ones.
pub(crate) struct Messages {
    bundle: FluentBundle<Catalog>,
}

impl Messages {
    /// `tag` decides the plural rules; `catalogs` are layered in order.
    pub(crate) fn new(tag: &str, catalogs: &[Catalog]) -> Messages {
        // A tag kohyo cannot read for plural rules still gets its words;
        // its counts then follow the root rules ("other").
        let id = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks around every variable would be bytes no
        // reader sees and every search trips over; kohyo's variables are
        // dates, counts and names in the page's own direction.
        bundle.set_use_isolating(false);
        for catalog in catalogs {
            bundle.add_resource_overriding(Arc::clone(catalog));
        }
        Messages { bundle }
    }

    /// The messages of a language: kohyo's catalog for it, if it ships
    /// one, with the content's own over it, if it has one.
    pub(crate) fn of(tag: &str, content: Option<&str>) -> Messages {
        let mut catalogs: Vec<Catalog> = shipped(tag).into_iter().cloned().collect();
        if let Some(source) = content {
            // check refused a catalog with errors; what parses is kept.
            let resource =
                FluentResource::try_new(source.to_owned()).unwrap_or_else(|(resource, _)| resource);
            catalogs.push(Arc::new(resource));
        }
        Messages::new(tag, &catalogs)
    }

    /// The shipped messages of a language kohyo ships.
    #[cfg(test)]
    pub(crate) fn shipped(tag: &str) -> Option<Messages> {
        shipped(tag).map(|catalog| Messages::new(tag, std::slice::from_ref(catalog)))
    }

    /// A message without variables.
    pub(crate) fn message(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// A message with its variables.
    pub(crate) fn message_with(&self, key: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            match *value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text)),
                Arg::Count(n) => fluent_args.set(*name, FluentValue::from(n)),
            }
        }
        self.format(key, Some(&fluent_args))
    }

    fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            // Every key the code uses is in every shipped catalog (a test
            // holds it) and `check` refuses a content catalog without it.
            panic!("the message {key:?} is in no catalog of this language");
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        assert!(
            errors.is_empty(),
            "the message {key:?} was formatted with the wrong variables: {errors:?}"
        );
        text.into_owned()
    }
}

/// Every message of a catalog with the variables it uses, for the checks
/// of completeness: a translation must have every key and use no variable
/// the code does not give.
pub(crate) fn keys(catalog: &FluentResource) -> BTreeMap<String, BTreeSet<String>> {
    used_variables(messages_of(catalog))
}

/// [`keys`] of a catalog as the full parser reads it, for `check`.
pub(crate) fn keys_of_syntax(catalog: &ast::Resource<&str>) -> BTreeMap<String, BTreeSet<String>> {
    used_variables(catalog.body.iter().filter_map(|entry| match entry {
        ast::Entry::Message(message) => Some(message),
        _ => None,
    }))
}

fn used_variables<'a>(
    messages: impl Iterator<Item = &'a ast::Message<&'a str>>,
) -> BTreeMap<String, BTreeSet<String>> {
    messages
        .map(|message| {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            (message.id.name.to_owned(), variables)
        })
        .collect()
}

/// The variables the code gives each message, as the source catalog
/// (Japanese) says: those its text uses and those its comment names
/// (`# $count: …`), for a variable that Japanese has no use for but
/// another language has, such as the count an English noun agrees with.
pub(crate) fn variables_given(catalog: &FluentResource) -> BTreeMap<String, BTreeSet<String>> {
    let mut given = keys(catalog);
    // A resource keeps no comments; the full parser does.
    let full = match fluent_syntax::parser::parse(catalog.source()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    let messages = full.body.iter().filter_map(|entry| match entry {
        ast::Entry::Message(message) => Some(message),
        _ => None,
    });
    for message in messages {
        let named = message.comment.iter().flat_map(|comment| &comment.content);
        for line in named {
            let variables = given.entry(message.id.name.to_owned()).or_default();
            for (start, _) in line.match_indices('$') {
                let name: String = line[start + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                if !name.is_empty() {
                    variables.insert(name);
                }
            }
        }
    }
    given
}

fn messages_of(catalog: &FluentResource) -> impl Iterator<Item = &ast::Message<&str>> {
    catalog.entries().filter_map(|entry| match entry {
        ast::Entry::Message(message) => Some(message),
        _ => None,
    })
}

fn pattern_variables(pattern: &ast::Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, into);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, into);
            for variant in variants {
                pattern_variables(&variant.value, into);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, into),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, into);
            }
            for named in &arguments.named {
                inline_variables(&named.value, into);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, into);
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests;

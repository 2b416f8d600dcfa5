//! Data flows one way through kohyo's modules (docs/ARCHITECTURE.md): no
//! module may import one that imports it back, directly or through others.
//! A module and the children it declares are one unit: a child may use
//! what its parent defines for all its children (`super::Item`), so only
//! imports that leave a module's own line of ancestors count. The compiler
//! allows circles, so this reads `src/` and finds them: every `use` tree
//! and every `crate::`/`super::`/`self::` path outside comments and the
//! `tests` module, resolved to the file that defines the module.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use regex::Regex;

type Module = Vec<String>;

#[test]
fn no_module_imports_one_that_imports_it_back() {
    let modules = modules_under(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    assert!(modules.len() > 20, "src/ was not found or not read");
    let imports: BTreeMap<&Module, BTreeSet<&Module>> = modules
        .iter()
        .map(|(module, source)| (module, imports_of(module, source, &modules)))
        .collect();
    let circles: Vec<String> = circles(&imports)
        .into_iter()
        .map(|circle| {
            let edges: Vec<String> = circle
                .iter()
                .flat_map(|from| {
                    imports[from]
                        .iter()
                        .filter(|to| circle.contains(to))
                        .map(move |to| format!("{} -> {}", name(from), name(to)))
                })
                .collect();
            edges.join(", ")
        })
        .collect();
    assert!(
        circles.is_empty(),
        "modules that import each other (move what both need into a module \
         below both):\n{}",
        circles.join("\n")
    );
}

/// A circle is found in a made-up tree, and a line of imports is not one.
#[test]
fn a_circle_is_found_and_a_line_is_not() {
    let modules: BTreeMap<Module, String> = [
        ("a", "use crate::b::{Thing, other::More};"),
        ("b", "pub mod other;\nfn f() { super::c::g() }"),
        ("b/other", "// use crate::a;\nuse super::Thing;\n"),
        (
            "c",
            "use crate::a::X;\n#[cfg(test)]\npub(super) mod tests { use crate::b; }",
        ),
    ]
    .into_iter()
    .map(|(path, source)| (module_of(path), source.to_string()))
    .collect();
    let imports: BTreeMap<&Module, BTreeSet<&Module>> = modules
        .iter()
        .map(|(module, source)| (module, imports_of(module, source, &modules)))
        .collect();
    assert_eq!(imports[&module_of("a")].len(), 2, "{imports:?}");
    assert!(
        imports[&module_of("b/other")].is_empty(),
        "comments and a parent's items are not imports: {imports:?}"
    );
    let found = circles(&imports);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].len(), 3, "{found:?}");
}

fn module_of(relative: &str) -> Module {
    let mut segments: Module = relative.split('/').map(str::to_string).collect();
    if matches!(segments.last().map(String::as_str), Some("mod" | "lib")) {
        segments.pop();
    }
    segments
}

fn name(module: &Module) -> String {
    if module.is_empty() {
        "crate".to_string()
    } else {
        module.join("::")
    }
}

/// Every module of the library under `src`, with its source.
fn modules_under(src: &Path) -> BTreeMap<Module, String> {
    let mut modules = BTreeMap::new();
    let mut folders = vec![src.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("src/ is readable") {
            let path = entry.expect("src/ is readable").path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path
                    .strip_prefix(src)
                    .expect("under src/")
                    .with_extension("");
                let relative = relative.to_string_lossy().replace('\\', "/");
                if relative != "main" {
                    let source = std::fs::read_to_string(&path).expect("source is UTF-8");
                    modules.insert(module_of(&relative), source);
                }
            }
        }
    }
    modules
}

/// The modules that `module`'s code (not its tests, not comments) names.
fn imports_of<'m>(
    module: &Module,
    source: &str,
    modules: &'m BTreeMap<Module, String>,
) -> BTreeSet<&'m Module> {
    // A test module is the last item of a file by this crate's habit.
    let tests = Regex::new(r"#\[cfg\(test\)\]\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+\w+\s*\{").unwrap();
    let code = tests.split(source).next().unwrap_or_default();
    let code = Regex::new(r"(?m)//.*$").unwrap().replace_all(code, "");
    let uses = Regex::new(r"(?m)^\s*(?:pub(?:\([^)]*\))?\s+)?use\s+([^;]+);").unwrap();
    let paths = Regex::new(r"\b(?:crate|super|self)(?:::[A-Za-z_][A-Za-z0-9_]*)+").unwrap();
    let mut named: Vec<String> = uses
        .captures_iter(&code)
        .flat_map(|tree| expand(&tree[1]))
        .collect();
    named.extend(paths.find_iter(&code).map(|path| path.as_str().to_string()));
    named
        .iter()
        .filter_map(|path| resolve(module, path, modules))
        .filter(|target| !module.starts_with(target))
        .collect()
}

/// `a::{b, c::{d, e}}` → `a::b`, `a::c::d`, `a::c::e` (renames dropped).
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap_or(tree).trim().to_string()];
    };
    let close = tree
        .rfind('}')
        .filter(|&close| close > open)
        .unwrap_or(tree.len());
    let (prefix, inner) = (&tree[..open], &tree[open + 1..close]);
    let mut parts = vec![String::new()];
    let mut depth = 0;
    for c in inner.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(String::new());
                continue;
            }
            _ => {}
        }
        parts.last_mut().expect("starts with one").push(c);
    }
    parts
        .iter()
        .filter(|part| !part.trim().is_empty())
        .flat_map(|part| expand(part))
        .map(|path| format!("{prefix}{path}"))
        .collect()
}

/// The module a path in `module` leads into: the longest prefix of the
/// path that is a module of the crate.
fn resolve<'m>(
    module: &Module,
    path: &str,
    modules: &'m BTreeMap<Module, String>,
) -> Option<&'m Module> {
    let segments: Vec<&str> = path
        .split("::")
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let (mut base, rest): (Module, &[&str]) = match segments.first().copied() {
        Some("crate") => (Vec::new(), &segments[1..]),
        Some("self") => (module.clone(), &segments[1..]),
        Some("super") => {
            let mut base = module.clone();
            let mut rest = &segments[..];
            while rest.first() == Some(&"super") {
                base.pop();
                rest = &rest[1..];
            }
            (base, rest)
        }
        // A path relative to the module itself names one of its children.
        _ => (module.clone(), &segments[..]),
    };
    let floor = base.len();
    base.extend(rest.iter().map(|s| s.to_string()));
    (floor..=base.len())
        .rev()
        .filter(|&length| length > 0 || rest.is_empty())
        .find_map(|length| modules.get_key_value(&base[..length]).map(|(key, _)| key))
}

/// The strongly connected groups of more than one module (Tarjan's).
fn circles<'m>(imports: &BTreeMap<&'m Module, BTreeSet<&'m Module>>) -> Vec<Vec<&'m Module>> {
    struct Search<'s, 'm> {
        imports: &'s BTreeMap<&'m Module, BTreeSet<&'m Module>>,
        index: BTreeMap<&'m Module, usize>,
        low: BTreeMap<&'m Module, usize>,
        stack: Vec<&'m Module>,
        found: Vec<Vec<&'m Module>>,
    }
    impl<'m> Search<'_, 'm> {
        fn visit(&mut self, module: &'m Module) {
            let number = self.index.len();
            self.index.insert(module, number);
            self.low.insert(module, number);
            self.stack.push(module);
            for &next in self.imports.get(module).into_iter().flatten() {
                if !self.index.contains_key(next) {
                    self.visit(next);
                    let low = self.low[module].min(self.low[next]);
                    self.low.insert(module, low);
                } else if self.stack.contains(&next) {
                    let low = self.low[module].min(self.index[next]);
                    self.low.insert(module, low);
                }
            }
            if self.low[module] == self.index[module] {
                let at = self
                    .stack
                    .iter()
                    .position(|m| *m == module)
                    .expect("on the stack");
                let group = self.stack.split_off(at);
                if group.len() > 1 {
                    self.found.push(group);
                }
            }
        }
    }
    let mut search = Search {
        imports,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for &module in imports.keys() {
        if !search.index.contains_key(module) {
            search.visit(module);
        }
    }
    search.found
}

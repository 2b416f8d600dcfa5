//! A gettext PO file, read and written with the polib crate: one entry per
//! text, its `msgctxt` the text's id, `msgid` the Japanese, `msgstr` the
//! translation (empty for none), and a `#:` reference to the Japanese
//! text's place; the header says the language. A fuzzy entry is read as
//! untranslated, as `msgfmt` does.

use std::io::BufWriter;

use polib::catalog::Catalog;
use polib::message::Message;
use polib::metadata::CatalogMetadata;
use polib::po_file;

use super::{Exchange, Unit};

/// The PO file of `exchange`.
pub(crate) fn write(exchange: &Exchange) -> String {
    let mut metadata = CatalogMetadata::new();
    metadata.project_id_version = "kohyo".to_owned();
    metadata.mime_version = "1.0".to_owned();
    metadata.content_type = "text/plain; charset=UTF-8".to_owned();
    metadata.content_transfer_encoding = "8bit".to_owned();
    metadata.language = exchange.target_lang.clone();
    let mut catalog = Catalog::new(metadata);
    catalog.preheader = vec![format!(
        "Texts of kohyo's content, from Japanese ({}) into {}.",
        exchange.source_lang, exchange.target_lang
    )];
    for unit in &exchange.units {
        catalog.append_or_update(
            Message::build_singular()
                .with_source(unit.location())
                .with_msgctxt(unit.id.clone())
                .with_msgid(unit.source.clone())
                .with_msgstr(unit.target.clone())
                .done(),
        );
    }
    let mut writer = BufWriter::new(Vec::new());
    po_file::write(&catalog, &mut writer).expect("writing to memory cannot fail");
    let bytes = writer.into_inner().expect("flushing to memory cannot fail");
    String::from_utf8(bytes).expect("the PO file is written from UTF-8 text")
}

/// Reads a PO file: each entry's context (the text's id), Japanese and
/// translation. The source language is Japanese, as every PO file kohyo
/// writes says in its first line; PO has no header for it.
pub(crate) fn read(text: &str) -> Result<Exchange, String> {
    let catalog = po_file::parse_from_reader(text.as_bytes())
        .map_err(|error| format!("it is not a PO file kohyo can read: {error}"))?;
    let mut units = Vec::new();
    for message in catalog.messages() {
        if message.is_plural() {
            return Err(format!(
                "the entry {} has plural forms; kohyo's texts have none",
                message.msgctxt().unwrap_or(message.msgid())
            ));
        }
        let Some(id) = message.msgctxt() else {
            return Err(format!(
                "the entry \"{}\" has no msgctxt: kohyo names each text there, so it cannot place it",
                message.msgid()
            ));
        };
        let target = if message.is_fuzzy() {
            String::new()
        } else {
            message.msgstr().map_err(|e| e.to_string())?.to_owned()
        };
        units.push(Unit {
            id: id.to_owned(),
            source: message.msgid().to_owned(),
            target,
            file: String::new(),
            line: 0,
        });
    }
    let language = catalog.metadata.language.trim().to_owned();
    if language.is_empty() {
        return Err("its header has no Language: the language translated into".to_owned());
    }
    Ok(Exchange {
        source_lang: "ja".to_owned(),
        target_lang: language,
        units,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exchange() -> Exchange {
        Exchange {
            source_lang: "ja".to_owned(),
            target_lang: "vi".to_owned(),
            units: vec![
                Unit {
                    id: "site.toml:operator.name".to_owned(),
                    source: "サンプル健康保険組合".to_owned(),
                    target: String::new(),
                    file: "site.toml".to_owned(),
                    line: 5,
                },
                Unit {
                    id: "10-safety-measures.md:body".to_owned(),
                    source: "## 措置\n\n\"引用\" と \\".to_owned(),
                    target: "## Biện pháp\n\nCó.".to_owned(),
                    file: "revisions/2025-04-01/10-safety-measures.ja.md".to_owned(),
                    line: 6,
                },
            ],
        }
    }

    #[test]
    fn an_exchange_is_written_as_a_po_file() {
        let written = write(&exchange());
        assert!(
            written.starts_with(
                "# Texts of kohyo's content, from Japanese (ja) into vi.\nmsgid \"\"\nmsgstr \"\"\n\"Project-Id-Version: kohyo\\n\"\n\"MIME-Version: 1.0\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Content-Transfer-Encoding: 8bit\\n\"\n\"Language: vi\\n\"\n"
            ),
            "{written}"
        );
        assert!(
            written.contains(
                "#: site.toml:5\nmsgctxt \"site.toml:operator.name\"\nmsgid \"サンプル健康保険組合\"\nmsgstr \"\"\n"
            ),
            "{written}"
        );
        assert!(
            written.contains(
                "#: revisions/2025-04-01/10-safety-measures.ja.md:6\nmsgctxt \"10-safety-measures.md:body\"\nmsgid \"\"\n\"## 措置\\n\"\n\"\\n\"\n\"\\\"引用\\\" と \\\\\"\nmsgstr \"\"\n\"## Biện pháp\\n\"\n\"\\n\"\n\"Có.\"\n"
            ),
            "{written}"
        );
    }

    #[test]
    fn what_is_written_reads_back() {
        let read_back = read(&write(&exchange())).unwrap();
        assert_eq!(read_back.target_lang, "vi");
        let texts: Vec<(&str, &str, &str)> = read_back
            .units
            .iter()
            .map(|u| (u.id.as_str(), u.source.as_str(), u.target.as_str()))
            .collect();
        assert_eq!(
            texts,
            [
                ("site.toml:operator.name", "サンプル健康保険組合", ""),
                (
                    "10-safety-measures.md:body",
                    "## 措置\n\n\"引用\" と \\",
                    "## Biện pháp\n\nCó."
                ),
            ]
        );
    }

    #[test]
    fn fuzzy_entries_are_untranslated_and_an_entry_needs_its_id() {
        let fuzzy = "msgid \"\"\nmsgstr \"Language: vi\\n\"\n\n#, fuzzy\nmsgctxt \"a\"\nmsgid \"一\"\nmsgstr \"một\"\n";
        assert_eq!(read(fuzzy).unwrap().units[0].target, "");
        let bare = "msgid \"\"\nmsgstr \"Language: vi\\n\"\n\nmsgid \"一\"\nmsgstr \"một\"\n";
        assert_eq!(
            read(bare).unwrap_err(),
            "the entry \"一\" has no msgctxt: kohyo names each text there, so it cannot place it"
        );
        let no_language = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgctxt \"a\"\nmsgid \"一\"\nmsgstr \"một\"\n";
        assert_eq!(
            read(no_language).unwrap_err(),
            "its header has no Language: the language translated into"
        );
    }
}

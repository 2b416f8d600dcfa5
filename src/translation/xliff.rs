//! XLIFF 2.0 core (OASIS Standard, 5 August 2014): one `<file>` per content
//! file, one `<unit>` per text, its id the text's id (an XML name token, as
//! the core schema requires), a note with the Japanese text's place, and
//! one `<segment>` with the Japanese `<source>` and the `<target>` where
//! there is one. White space is preserved (`xml:space="preserve"`), since a
//! Markdown text's line breaks are part of it. Written and read with
//! quick-xml.

use quick_xml::Reader;
use quick_xml::Writer;
use quick_xml::XmlVersion;
use quick_xml::escape::resolve_xml_entity;
use quick_xml::events::{BytesDecl, BytesStart, BytesText, Event};

use super::{Exchange, Unit};

const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// The XLIFF document of `exchange`.
pub(crate) fn write(exchange: &Exchange) -> String {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    // Writing to memory cannot fail.
    let ok = "writing XML to memory cannot fail";
    writer
        .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .expect(ok);
    let root = BytesStart::new("xliff").with_attributes([
        ("xmlns", NAMESPACE),
        ("version", "2.0"),
        ("srcLang", exchange.source_lang.as_str()),
        ("trgLang", exchange.target_lang.as_str()),
    ]);
    writer.write_event(Event::Start(root)).expect(ok);
    let mut files: Vec<(&str, Vec<&Unit>)> = Vec::new();
    for unit in &exchange.units {
        match files.last_mut() {
            Some((file, units)) if *file == unit.file => units.push(unit),
            _ => files.push((&unit.file, vec![unit])),
        }
    }
    for (index, (file, units)) in files.iter().enumerate() {
        let id = format!("f{}", index + 1);
        let start = BytesStart::new("file").with_attributes([
            ("id", id.as_str()),
            ("original", file),
            ("xml:space", "preserve"),
        ]);
        writer.write_event(Event::Start(start)).expect(ok);
        for unit in units {
            write_unit(&mut writer, unit);
        }
        writer
            .write_event(Event::End(BytesStart::new("file").to_end()))
            .expect(ok);
    }
    writer
        .write_event(Event::End(BytesStart::new("xliff").to_end()))
        .expect(ok);
    let mut bytes = writer.into_inner();
    bytes.push(b'\n');
    String::from_utf8(bytes).expect("the XML is written from UTF-8 text")
}

fn write_unit(writer: &mut Writer<Vec<u8>>, unit: &Unit) {
    let ok = "writing XML to memory cannot fail";
    writer
        .create_element("unit")
        .with_attribute(("id", unit.id.as_str()))
        .write_inner_content(|writer| {
            writer
                .create_element("notes")
                .write_inner_content(|writer| {
                    writer
                        .create_element("note")
                        .with_attribute(("category", "location"))
                        .write_text_content(BytesText::new(&unit.location()))?;
                    Ok(())
                })?;
            let state = if unit.target.is_empty() {
                "initial"
            } else {
                "translated"
            };
            writer
                .create_element("segment")
                .with_attribute(("state", state))
                .write_inner_content(|writer| {
                    writer
                        .create_element("source")
                        .write_text_content(BytesText::new(&unit.source))?;
                    if !unit.target.is_empty() {
                        writer
                            .create_element("target")
                            .write_text_content(BytesText::new(&unit.target))?;
                    }
                    Ok(())
                })?;
            Ok(())
        })
        .expect(ok);
}

/// Where the reader is inside a unit.
#[derive(Clone, Copy, PartialEq, Eq)]
enum In {
    Elsewhere,
    Source,
    Target,
}

/// Reads an XLIFF 2 document: each unit's id, source and target. A unit
/// with several segments has them joined, as XLIFF's segments of one unit
/// make one text. Inline markup (`<ph/>`, `<pc>`, `<mrk>`) is refused:
/// kohyo writes none, and a text with some could not be placed.
pub(crate) fn read(text: &str) -> Result<Exchange, String> {
    let mut reader = Reader::from_str(text);
    let mut exchange = Exchange {
        source_lang: String::new(),
        target_lang: String::new(),
        units: Vec::new(),
    };
    let mut unit: Option<Unit> = None;
    let mut inside = In::Elsewhere;
    loop {
        let event = reader.read_event().map_err(|error| {
            format!(
                "it is not well-formed XML: {error} (at byte {})",
                reader.error_position()
            )
        })?;
        match event {
            Event::Start(start) | Event::Empty(start)
                if matches!(inside, In::Source | In::Target) =>
            {
                let name = String::from_utf8_lossy(start.local_name().as_ref()).into_owned();
                let id = unit.as_ref().map_or(String::new(), |u| u.id.clone());
                return Err(format!(
                    "the unit {id} has inline markup (<{name}>) in its text; kohyo's texts are plain text and Markdown: write the markup out as text"
                ));
            }
            Event::Start(ref start) | Event::Empty(ref start) => {
                let empty = matches!(event, Event::Empty(_));
                let name = start.local_name();
                match name.as_ref() {
                    b"xliff" => {
                        for attribute in start.attributes() {
                            let attribute = attribute.map_err(|e| e.to_string())?;
                            let value = attribute
                                .decoded_and_normalized_value(
                                    XmlVersion::Implicit1_0,
                                    reader.decoder(),
                                )
                                .map_err(|e| e.to_string())?
                                .into_owned();
                            match attribute.key.as_ref() {
                                b"version" if !value.starts_with("2.") => {
                                    return Err(format!(
                                        "it is XLIFF version {value}; kohyo reads XLIFF 2"
                                    ));
                                }
                                b"xmlns" if value != NAMESPACE => {
                                    return Err(format!(
                                        "its namespace is {value}, not XLIFF 2's ({NAMESPACE})"
                                    ));
                                }
                                b"srcLang" => exchange.source_lang = value,
                                b"trgLang" => exchange.target_lang = value,
                                _ => {}
                            }
                        }
                    }
                    b"unit" => {
                        let mut id = String::new();
                        for attribute in start.attributes() {
                            let attribute = attribute.map_err(|e| e.to_string())?;
                            if attribute.key.as_ref() == b"id" {
                                id = attribute
                                    .decoded_and_normalized_value(
                                        XmlVersion::Implicit1_0,
                                        reader.decoder(),
                                    )
                                    .map_err(|e| e.to_string())?
                                    .into_owned();
                            }
                        }
                        unit = Some(Unit {
                            id,
                            source: String::new(),
                            target: String::new(),
                            file: String::new(),
                            line: 0,
                        });
                    }
                    b"source" if unit.is_some() && !empty => inside = In::Source,
                    b"target" if unit.is_some() && !empty => inside = In::Target,
                    _ => {}
                }
            }
            Event::Text(content) => {
                let content = content.xml10_content().map_err(|e| e.to_string())?;
                push(&mut unit, inside, &content);
            }
            Event::CData(content) => {
                let content = content.decode().map_err(|e| e.to_string())?;
                push(&mut unit, inside, &content.replace("\r\n", "\n"));
            }
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref().map_err(|e| e.to_string())? {
                    Some(c) => c.to_string(),
                    None => {
                        let name = reference.decode().map_err(|e| e.to_string())?;
                        resolve_xml_entity(&name)
                            .ok_or_else(|| {
                                format!("it uses the entity &{name}; that XML does not define")
                            })?
                            .to_owned()
                    }
                };
                push(&mut unit, inside, &resolved);
            }
            Event::End(end) => match end.local_name().as_ref() {
                b"source" | b"target" => inside = In::Elsewhere,
                b"unit" => {
                    if let Some(done) = unit.take() {
                        exchange.units.push(done);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    if exchange.target_lang.is_empty() {
        return Err("its <xliff> element has no trgLang: the language translated into".to_owned());
    }
    Ok(exchange)
}

fn push(unit: &mut Option<Unit>, inside: In, content: &str) {
    if let Some(unit) = unit {
        match inside {
            In::Source => unit.source.push_str(content),
            In::Target => unit.target.push_str(content),
            In::Elsewhere => {}
        }
    }
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
                    id: "purposes.toml:categories.eligibility.name".to_owned(),
                    source: "資格に関する情報".to_owned(),
                    target: String::new(),
                    file: "revisions/2025-04-01/purposes.toml".to_owned(),
                    line: 7,
                },
                Unit {
                    id: "10-safety-measures.md:body".to_owned(),
                    source: "## 措置\n\n<tag> & \"引用\"\n  字下げ".to_owned(),
                    target: "## Biện pháp\n\n<tag> & \"trích\"".to_owned(),
                    file: "revisions/2025-04-01/10-safety-measures.ja.md".to_owned(),
                    line: 5,
                },
            ],
        }
    }

    #[test]
    fn an_exchange_is_written_as_xliff_2() {
        let written = write(&exchange());
        assert_eq!(
            written,
            r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ja" trgLang="vi">
  <file id="f1" original="revisions/2025-04-01/purposes.toml" xml:space="preserve">
    <unit id="purposes.toml:categories.eligibility.name">
      <notes>
        <note category="location">revisions/2025-04-01/purposes.toml:7</note>
      </notes>
      <segment state="initial">
        <source>資格に関する情報</source>
      </segment>
    </unit>
  </file>
  <file id="f2" original="revisions/2025-04-01/10-safety-measures.ja.md" xml:space="preserve">
    <unit id="10-safety-measures.md:body">
      <notes>
        <note category="location">revisions/2025-04-01/10-safety-measures.ja.md:5</note>
      </notes>
      <segment state="translated">
        <source>## 措置

&lt;tag&gt; &amp; &quot;引用&quot;
  字下げ</source>
        <target>## Biện pháp

&lt;tag&gt; &amp; &quot;trích&quot;</target>
      </segment>
    </unit>
  </file>
</xliff>
"#
        );
    }

    #[test]
    fn what_is_written_reads_back() {
        let read_back = read(&write(&exchange())).unwrap();
        let expected = exchange();
        assert_eq!(read_back.source_lang, "ja");
        assert_eq!(read_back.target_lang, "vi");
        let texts: Vec<(&str, &str, &str)> = read_back
            .units
            .iter()
            .map(|u| (u.id.as_str(), u.source.as_str(), u.target.as_str()))
            .collect();
        let wanted: Vec<(&str, &str, &str)> = expected
            .units
            .iter()
            .map(|u| (u.id.as_str(), u.source.as_str(), u.target.as_str()))
            .collect();
        assert_eq!(texts, wanted);
    }

    #[test]
    fn what_other_tools_write_is_read() {
        let text = "<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.1' srcLang='ja' trgLang='vi'>\r\n<file id='x'><unit id='a'><segment><source>一</source><target>m&#7897;t</target></segment><segment><source><![CDATA[二<]]></source><target><![CDATA[hai<]]></target></segment></unit>\
            <unit id='b'><segment><source>三</source><target/></segment></unit></file></xliff>";
        let read_back = read(text).unwrap();
        assert_eq!(read_back.units[0].source, "一二<");
        assert_eq!(read_back.units[0].target, "một".to_owned() + "hai<");
        assert_eq!(read_back.units[1].target, "");

        let inline = "<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='2.0' srcLang='ja' trgLang='vi'><file id='x'><unit id='a'><segment><source>一</source><target>a<ph id='1'/></target></segment></unit></file></xliff>";
        assert_eq!(
            read(inline).unwrap_err(),
            "the unit a has inline markup (<ph>) in its text; kohyo's texts are plain text and Markdown: write the markup out as text"
        );
        assert_eq!(
            read("<xliff xmlns='urn:oasis:names:tc:xliff:document:1.2' version='1.2'/>")
                .unwrap_err(),
            "its namespace is urn:oasis:names:tc:xliff:document:1.2, not XLIFF 2's (urn:oasis:names:tc:xliff:document:2.0)"
        );
        assert_eq!(
            read("<xliff xmlns='urn:oasis:names:tc:xliff:document:2.0' version='1.2'/>")
                .unwrap_err(),
            "it is XLIFF version 1.2; kohyo reads XLIFF 2"
        );
        assert!(
            read("<xliff><unit")
                .unwrap_err()
                .starts_with("it is not well-formed XML")
        );
    }
}

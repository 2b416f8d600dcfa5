"""Reads an XLIFF 2 file and a PO file that kohyo wrote, with other
tools' readers, and prints what they read as JSON: each unit's id, source
and target, and the languages. tests/testsuite/translation.rs compares it
with what kohyo meant to write.

    python3 tests/translation/read.py FILE.xlf FILE.po [SCHEMA.xsd]

The XLIFF file is read by translate-toolkit's XLIFF 2 store and parsed
again by lxml, which checks it against the XLIFF 2.0 core rules kohyo
relies on; given an XML Schema (the OASIS XLIFF 2.0 core schema,
xliff_core_2.0.xsd), xmlschema validates the file against it too. The PO
file is read by polib and by translate-toolkit's PO store.
"""

import json
import sys

import polib
import xmlschema
from lxml import etree
from translate.storage import po as tt_po
from translate.storage import xliff2

NS = "urn:oasis:names:tc:xliff:document:2.0"


def q(name):
    return "{%s}%s" % (NS, name)


def core_rules(tree):
    """What the core schema says of the elements kohyo writes."""
    root = tree.getroot()
    assert root.tag == q("xliff"), root.tag
    assert root.get("version") == "2.0"
    assert root.get("srcLang") and root.get("trgLang")
    files = root.findall(q("file"))
    assert files, "an <xliff> holds at least one <file>"
    ids = set()
    for file in files:
        assert file.get("id"), "a <file> has an id"
        units = file.findall(q("unit"))
        assert units, "a <file> holds at least one <unit>"
        for unit in units:
            unit_id = unit.get("id")
            assert unit_id and unit_id not in ids, unit_id
            # An NMTOKEN: name characters only.
            assert all(c.isalnum() or c in ".-_:" for c in unit_id), unit_id
            ids.add(unit_id)
            children = [child.tag for child in unit]
            assert children[0] == q("notes") and children[1:] == [q("segment")], children
            segment = unit.find(q("segment"))
            parts = [child.tag for child in segment]
            assert parts in ([q("source")], [q("source"), q("target")]), parts


def read_xliff(path, schema):
    if schema:
        xmlschema.XMLSchema(schema).validate(path)
    core_rules(etree.parse(path))
    with open(path, "rb") as handle:
        store = xliff2.Xliff2File(handle.read())
    return {
        "source": store.sourcelanguage,
        "target": store.targetlanguage,
        "units": [
            [unit.getid(), str(unit.source), str(unit.target or "")]
            for unit in store.units
            if not unit.isheader()
        ],
    }


def read_po(path):
    catalogue = polib.pofile(path)
    units = [[entry.msgctxt, entry.msgid, entry.msgstr] for entry in catalogue]
    # translate-toolkit reads the same entries.
    with open(path, "rb") as handle:
        store = tt_po.pofile(handle.read())
    again = [
        [unit.getcontext(), str(unit.source), str(unit.target)]
        for unit in store.units
        if not unit.isheader()
    ]
    assert again == units, (again, units)
    return {
        "target": catalogue.metadata.get("Language"),
        "content_type": catalogue.metadata.get("Content-Type"),
        "references": [entry.occurrences for entry in catalogue],
        "units": units,
    }


if __name__ == "__main__":
    schema = sys.argv[3] if len(sys.argv) > 3 else None
    print(json.dumps({"xliff": read_xliff(sys.argv[1], schema), "po": read_po(sys.argv[2])}))

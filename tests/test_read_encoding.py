"""Short Windows-1252 files: their dashes, curly quotes and € make them cp1252, not mac-iceland or cp1250."""

from __future__ import annotations

import pytest

from factcheck.read import read_bytes
from factcheck.read.encoding import decode

# name, text, the code page its bytes are written in, the encoding the reader must record
SHORT_FILES = [
    ("budget with en dash, curly quote and euro",
     "The agency’s budget for 2023–24 is €3.5 million, up 4% on 2022–23.", "cp1252", "cp1252"),
    ("pounds between en dashes",
     "Spending on schools – the largest item – reached £4.2 billion in 2022.", "cp1252", "cp1252"),
    ("curly quotes only", "The “core” budget rose 4% in 2022.", "cp1252", "cp1252"),
    ("ellipsis and trade mark", "Sales of Widget™ rose… by 12% in 2021.", "cp1252", "cp1252"),
    ("German with a dash", "Straße – 5 € für Größe", "cp1252", "cp1252"),
    ("Spanish", "Niño, año, corazón: 2.4 millones.", "cp1252", "cp1252"),
    # Other scripts keep their own code page: their letters are no Western European words.
    ("Russian with an en dash", "Привет мир – 5 рублей, 2021 год.", "cp1251", "cp1251"),
    ("Polish with an en dash", "Zażółć gęślą jaźń – 5 zł", "cp1250", "cp1250"),
]


@pytest.mark.parametrize("name, text, codec, recorded", SHORT_FILES, ids=[row[0] for row in SHORT_FILES])
def test_short_legacy_files_decode_right(name, text, codec, recorded):
    decoded = decode(text.encode(codec), "short.txt")
    assert decoded.text == text
    assert decoded.encoding == recorded


def test_a_cp1252_document_reads_its_euros_and_dashes():
    document = read_bytes("Spending on schools – the largest item – reached £4.2 billion in 2022.\n".encode("cp1252"),
                          "notes.txt")
    assert "– the largest item –" in document.text and "£4.2 billion" in document.text
    assert document.encoding == "cp1252"


def test_bytes_undefined_in_cp1252_are_not_forced_into_it():
    # 0x81 has no character in cp1252: the text cannot be cp1252, whatever else it is.
    data = "Cena – 5 zł".encode("cp1250") + b"\x81"
    decoded = decode(data, "odd.txt")
    assert decoded.encoding != "cp1252"

"""Initialisms a document defines, and subjects that use them (invented sentences only)."""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck.extract.initialisms import agreed, definitions, implied, spelled_out
from tests.extraction_helpers import claim_with

# (id, text, definitions)
DEFINED = [
    # (aid reports) the term, then its initials in brackets
    ("a term in lower case", "Official development assistance (ODA) rose.", {"ODA": "official development assistance"}),
    # (statistical releases) a name keeps its capitals; minor words may give no letter
    ("a name with a minor word left out", "according to the Office for National Statistics (ONS)",
     {"ONS": "Office for National Statistics"}),
    ("a minor word that gives its letter", "the Ministry of Health (MoH) said", {"MoH": "Ministry of Health"}),
    # (international bodies) a hyphenated word gives one letter per part, or one in all
    ("hyphenated parts", "the value-added tax (VAT) rate", {"VAT": "value-added tax"}),
    ("a hyphenated word, and a minor word left out", "The Organisation for Economic Co-operation and Development "
     "(OECD) said", {"OECD": "Organisation for Economic Co-operation and Development"}),
    ("plural initials", "non-governmental organisations (NGOs) working there",
     {"NGOs": "non-governmental organisations"}),
    # (news) the initials first, the term in brackets
    ("the term in brackets after the initials", "ODA (official development assistance) fell.",
     {"ODA": "official development assistance"}),
    ("the first definition holds", "the planning authority (PA) and the Press Association (PA)",
     {"PA": "planning authority"}),
]

# (id, text): brackets that define nothing
NOT_DEFINED = [
    ("a year in brackets", "Deaths (2023) rose."),
    ("initials that do not match the words before", "The agency (WHO) said."),
    ("a word with one capital", "Mr Smith (Ltd) replied."),
    ("a figure in brackets", "Exports rose 4% (to $2 billion)."),
    ("no brackets", "Official development assistance ODA rose."),
]


@pytest.mark.parametrize("text, expected", [pytest.param(*row[1:], id=row[0]) for row in DEFINED])
def test_definitions(text, expected):
    assert definitions(text) == expected


@pytest.mark.parametrize("text", [pytest.param(row[1], id=row[0]) for row in NOT_DEFINED])
def test_no_definitions(text):
    assert definitions(text) == {}


def test_initials_in_a_subject_are_written_out():
    glossary = {"ODA": "official development assistance", "NGO": "non-governmental organisation"}
    assert spelled_out("Norway's ODA", glossary) == "Norway's official development assistance"
    assert spelled_out("NGOs", glossary) == "non-governmental organisations"
    assert spelled_out("aid spending", glossary) is None
    assert spelled_out("ODAS", {}) is None


def test_documents_that_define_initials_differently_agree_on_none():
    assert agreed([{"PA": "planning authority", "ODA": "official development assistance"},
                   {"PA": "Press Association", "ODA": "Official development assistance"}]) == {
        "ODA": "official development assistance"}


def test_a_document_reads_its_own_initials_written_out():
    text = "Official development assistance (ODA) rose in 2022. Norway's ODA was $4.2 billion in 2023."
    claim = claim_with(text, "$4.2 billion")
    assert claim.subject == "official development assistance"
    assert claim.subject_head == "assistance"
    # (and a document that defines nothing keeps its initials)
    assert [c.subject for c in extract("Norway's ODA was $4.2 billion in 2023.") if c.kind == "money"] == ["ODA"]


def test_initials_another_subject_writes_out():
    subjects = ["ASF outbreaks", "African swine fever outbreaks", "VAT receipts", "value-added tax receipts",
                "UK sales", "used kitchen sales"]
    # (a place's initials are the place's, whatever another subject spells)
    assert implied(subjects) == {"ASF": "african swine fever", "VAT": "value-added tax"}


def test_initials_two_subjects_write_out_differently_are_left_alone():
    assert implied(["ASF outbreaks", "African swine fever outbreaks", "animal sanitary fund outbreaks"]) == {}

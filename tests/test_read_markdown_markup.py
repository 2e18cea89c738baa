"""Markdown inline markup is blanked in place: emphasis, code backticks, HTML comments and tags, footnote markers.

The document text must keep the file's length and every character's offset, so
a claim's start/end index the file itself; only the markup turns into spaces.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_document
from factcheck.read import read_document, read_text
from factcheck.read.mdinline import blank_markup


def claims_of(tmp_path: Path, source: str):
    path = tmp_path / "doc.md"
    path.write_text(source, encoding="utf-8")
    document = read_document(path)
    assert len(document.text) == len(source)
    claims = extract_document(document)
    for claim in claims:
        # Offsets point at the file's own characters.
        assert source[claim.start:claim.end] == claim.text
    return claims


def only(claims, text):
    found = [c for c in claims if c.text == text]
    assert len(found) == 1, [c.text for c in claims]
    return found[0]


# name, the Markdown, the claim's text, its unit (None: a count), its subject head
FIGURES_IN_EMPHASIS = [
    ("bold money", "Spending reached **£4.2 million** in 2023.\n", "£4.2 million", "GBP", "spending"),
    ("underscore money", "Spending reached _€4.2 million_ in 2023.\n", "€4.2 million", "EUR", "spending"),
    ("star money", "Spending reached *$4.2 million* in 2023.\n", "$4.2 million", "USD", "spending"),
    ("bold count", "The agency completed **4,350** homes in 2023.\n", "4,350", None, "home"),
    ("strong underscores", "The agency completed __4,350__ homes in 2023.\n", "4,350", None, "home"),
    ("bold italic", "The agency completed ***4,350*** homes in 2023.\n", "4,350", None, "home"),
    ("inline code", "The agency completed `4,350` homes in 2023.\n", "4,350", None, "home"),
    ("double backticks", "The agency completed ``4,350`` homes in 2023.\n", "4,350", None, "home"),
    ("bold percent", "Unemployment fell to **4.5%** in 2023.\n", "4.5%", "percent", "unemployment"),
    ("inline sup footnote", "The agency completed 4,350<sup>1</sup> homes in 2023.\n", "4,350", None, "home"),
    ("footnote reference", "The agency completed 4,350[^1] homes in 2023.\n\n[^1]: Annual report.\n", "4,350",
     None, "home"),
    ("span", 'The agency completed <span class="n">4,350</span> homes in 2023.\n', "4,350", None, "home"),
]


@pytest.mark.parametrize("name, source, text, unit, subject", FIGURES_IN_EMPHASIS,
                         ids=[row[0] for row in FIGURES_IN_EMPHASIS])
def test_a_figure_in_markup_reads_as_in_plain_prose(tmp_path, name, source, text, unit, subject):
    claim = only(claims_of(tmp_path, source), text)
    assert claim.unit == unit
    assert claim.subject_head == subject


def test_no_stray_claims_from_markup(tmp_path):
    claims = claims_of(tmp_path, "The agency completed 4,350<sup>1</sup> homes in 2023.\n")
    assert [c.text for c in claims] == ["4,350", "2023"]
    claims = claims_of(tmp_path, "Inflation was 7.2%<sup><a href=\"#fn2\">2</a></sup> in 2022.\n")
    assert [c.text for c in claims] == ["7.2%", "2022"]


def test_html_comment_yields_no_claims(tmp_path):
    source = (
        "The agency completed 4,350 homes in 2023.\n\n"
        "<!-- TODO: check the 4,500 figure from 2022 -->\n\n"
        "<!--\nA note over\n3 lines, 1,200 words\n-->\nIt employed 310 staff.\n"
    )
    texts = [c.text for c in claims_of(tmp_path, source)]
    assert texts == ["4,350", "2023", "310"]
    document = read_document(tmp_path / "doc.md")
    # Lines still match the file: the comment's newlines stay.
    assert document.text.count("\n") == source.count("\n")
    assert document.text.split("\n")[8] == "It employed 310 staff."


# name, Markdown, its text once blanked
BLANKED = [
    ("bold", "a **4** b", "a   4   b"),
    ("italic star", "a *4* b", "a  4  b"),
    ("italic underscore", "a _4_ b", "a  4  b"),
    ("strong underscore", "a __4__ b", "a   4   b"),
    ("nested", "***x*** and **a _b_ c**", "   x    and   a  b  c  "),
    ("code span", "run `x = 4` now", "run  x = 4  now"),
    ("emphasis in code stays", "run `a *b* c` now", "run  a *b* c  now"),
    ("comment", "x <!-- 4 --> y", "x            y"),
    ("sup footnote", "4,350<sup>1</sup> homes", "4,350" + " " * 12 + " homes"),
    ("sup symbol", "4,350<sup>†</sup> homes", "4,350" + " " * 12 + " homes"),
    ("sup link", '7.2%<sup><a href="#n">2</a></sup>', "7.2%" + " " * 29),
    ("sup word kept apart", "homes<sup>note</sup>", "homes     note      "),
    ("square kilometres", "120 km<sup>2</sup>", "120 km²" + " " * 11),
    ("power of ten", "3 × 10<sup>6</sup>", "3 × 10⁶" + " " * 11),
    ("ordinal", "the 21<sup>st</sup> century", "the 21st" + " " * 11 + " century"),
    ("chemical", "CO<sub>2</sub> fell", "CO₂" + " " * 11 + " fell"),
    ("br", "one<br>two<br/>", "one    two     "),
    ("footnote reference", "4,350[^note] homes", "4,350        homes"),
]


@pytest.mark.parametrize("name, source, expected", BLANKED, ids=[row[0] for row in BLANKED])
def test_blank_markup(name, source, expected):
    assert blank_markup(source) == expected


# name, Markdown that must come back unchanged
UNTOUCHED = [
    ("snake_case", "set max_total_value to 5"),
    ("underscores in a word", "the file_name_here has 3 rows"),
    ("url", "see https://example.org/some_path_/_x_ for 4 tables"),
    ("autolink", "see <https://example.org/_a_> for 4 tables"),
    ("link destination", "see [the table](https://example.org/a_b_c) for 4 rows"),
    ("email", "write to first_last_@example.org about 3 cases"),
    ("list bullets", "* 300 homes\n* 200 schools\n- 5 clinics"),
    ("thematic break", "text\n\n***\n\n___\n\nmore"),
    ("arithmetic", "2*3*4 = 24 and 5 * 6 = 30"),
    ("escaped", r"a \*4\* b"),
    ("unmatched", "a **4 b and c"),
    ("emphasis across paragraphs", "a *4\n\nb* c"),
    ("footnote definition", "[^1]: The annual report, 2023."),
    ("fenced code", "```\nx = **4**\n<!-- 5 -->\n```"),
    ("tilde fence", "~~~python\nprint(`4`)\n~~~"),
    ("approximately", "~4,000 homes"),
]


@pytest.mark.parametrize("name, source", UNTOUCHED, ids=[row[0] for row in UNTOUCHED])
def test_markup_that_is_not_emphasis_is_left_alone(name, source):
    assert blank_markup(source) == source


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab4 ,.*_`<>!-\n/:@[]^()sup"))))
def test_blanking_keeps_length_and_newlines(text):
    blanked = blank_markup(text)
    assert len(blanked) == len(text)
    for original, after in zip(text, blanked):
        assert (original == "\n") == (after == "\n")
        if original != after and after != " ":  # only a <sup>/<sub> joined to its figure writes characters
            assert "<su" in text


def test_front_matter_and_markup_together_keep_line_numbers(tmp_path):
    source = "---\npublisher: P\n---\n# **Budget** 2023\n\nSpending reached **£4.2 million** in 2023.\n"
    document = read_text(source, "doc.md")
    assert document.title == "Budget 2023"
    claim = only(extract_document(document), "£4.2 million")
    assert claim.line == 6 and source[claim.start:claim.end] == "£4.2 million"


# name, a pathological document that a quadratic scan would take minutes over
LARGE = [
    ("unclosed comments", "<!--" * 60000),
    ("a base64 image", "![](data:image/png;base64," + "QUJD" * 100000 + ")"),
    ("backtick runs of every width", " ".join("`" * k for k in range(1, 2500))),
    ("unclosed emphasis", "**a " * 100000),
]


@pytest.mark.parametrize("name, text", LARGE, ids=[row[0] for row in LARGE])
def test_large_documents_are_blanked_in_linear_time(name, text):
    import time

    started = time.perf_counter()
    assert len(blank_markup(text)) == len(text)
    assert time.perf_counter() - started < 5

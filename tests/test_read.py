"""Tests for the read stage: formats, metadata, encodings, errors, directory walking."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import sys
from pathlib import Path

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.models import Document
from factcheck.read import (
    PAGE_SEPARATOR,
    MetadataError,
    ReadWarning,
    UnreadableError,
    load_manifest,
    read_bytes,
    read_document,
    read_paths,
    read_text,
)
from factcheck.read import manifest as manifest_module
from factcheck.read.walk import matches

FIXTURES = Path(__file__).parent / "fixtures" / "read"
CORPUS = FIXTURES / "corpus"


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def file_line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


class Collector:
    """An on_warning callback that keeps the messages."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, message: str) -> None:
        self.messages.append(message)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --- plain text ---------------------------------------------------------------------------------


def test_plain_text_is_kept_verbatim():
    doc = read_document(FIXTURES / "plain.txt")
    assert isinstance(doc, Document)
    assert doc.format == "text"
    assert doc.text == (FIXTURES / "plain.txt").read_text(encoding="utf-8")
    assert doc.encoding == "utf-8"
    assert doc.source == str(FIXTURES / "plain.txt")
    assert doc.title is None and doc.published is None and doc.pages == []


def test_source_is_the_path_as_given(monkeypatch):
    monkeypatch.chdir(FIXTURES)
    assert read_document("plain.txt").source == "plain.txt"
    assert read_document("./corpus/a.txt").source == "./corpus/a.txt"


# --- Markdown -----------------------------------------------------------------------------------


def test_markdown_front_matter_gives_metadata():
    doc = read_document(FIXTURES / "front-matter.md")
    assert doc.format == "markdown"
    assert doc.title == "Blue Heart: six years on"
    assert doc.publisher == "UNODC (news story)"
    assert doc.published == dt.date(2016, 7, 30)
    assert doc.published_estimated is False
    assert doc.url == "https://example.org/blue-heart"


def test_markdown_front_matter_becomes_blank_lines_so_lines_and_offsets_match_the_file():
    path = FIXTURES / "front-matter.md"
    doc = read_document(path)
    source = path.read_text(encoding="utf-8")
    assert len(doc.text) == len(source)
    assert doc.text.startswith("\n".join(" " * len(line) for line in source.split("\n")[:7]) + "\n# A heading")
    assert "title:" not in doc.text and "---" not in doc.text
    for needle in ("2.4 million", "45%", "# A heading"):
        assert line_of(doc.text, doc.text.index(needle)) == file_line_of(path, needle)
    # The body keeps its place; emphasis markers become spaces of the same length (see test_read_markdown_markup).
    assert "   2.4 million   " in doc.text
    assert doc.text.index("2.4 million") == path.read_text(encoding="utf-8").index("2.4 million")
    assert doc.text.count("\n") == path.read_text(encoding="utf-8").count("\n")


def test_markdown_without_front_matter_takes_title_from_first_heading(tmp_path):
    doc = read_document(write(tmp_path / "notes.md", "Intro line.\n\n# The Real Title #\n\nText with 5 items.\n"))
    assert doc.title == "The Real Title"
    assert doc.text == "Intro line.\n\n# The Real Title #\n\nText with 5 items.\n"


def test_markdown_thematic_break_at_top_is_not_front_matter(tmp_path):
    text = "---\nJust a rule above this sentence with 3 numbers.\n---\nMore text.\n"
    doc = read_document(write(tmp_path / "rule.md", text))
    assert doc.text == text
    # A rule above prose that starts like "Note: ..." is no front matter (see test_read_front_matter).
    unclosed = "---\nNote: no closing fence\nBody with 4 things.\n"
    assert read_document(write(tmp_path / "open.md", unclosed)).text == unclosed


def test_markdown_empty_front_matter_and_extra_keys(tmp_path):
    doc = read_document(write(tmp_path / "e.md", "---\n---\nBody 1.\n"))
    assert doc.text == "   \n   \nBody 1.\n" and doc.title is None
    doc = read_document(write(tmp_path / "x.md", "---\nlayout: post\nauthor: X\n---\nBody 2.\n"))
    assert doc.text == "   \n            \n         \n   \nBody 2.\n"


def test_markdown_estimated_in_front_matter(tmp_path):
    doc = read_document(write(tmp_path / "e.md", "---\npublished: '2012-08-01'\nestimated: true\n---\nBody.\n"))
    assert doc.published == dt.date(2012, 8, 1) and doc.published_estimated is True


@pytest.mark.parametrize(
    "value, line",
    [("2016-13-45", 3), ("last summer", 3), ("2016", 3), ("[2016-01-01]", 3)],
)
def test_bad_front_matter_date_names_file_and_line(tmp_path, value, line):
    path = write(tmp_path / "bad.md", f"---\ntitle: T\npublished: {value}\n---\nBody with 1 claim.\n")
    with pytest.raises(InputError) as info:
        read_document(path)
    err = info.value
    assert isinstance(err, MetadataError)
    assert err.path == str(path) and err.line == line and err.column == len("published: ") + 1
    assert str(err).startswith(f"{path}:{line}:")
    assert "published" in str(err)


def test_malformed_front_matter_yaml_names_the_line(tmp_path):
    path = write(tmp_path / "bad.md", "---\ntitle: ok\npublisher: [unclosed\n---\nBody.\n")
    with pytest.raises(MetadataError) as info:
        read_document(path)
    assert info.value.path == str(path)
    assert info.value.line is not None and info.value.line >= 3


def test_an_unquoted_colon_in_a_title_says_how_to_quote_it(tmp_path):
    path = write(tmp_path / "t.md", "---\ntitle: Modern slavery: the numbers\n---\nBody.\n")
    with pytest.raises(MetadataError) as info:
        read_document(path)
    assert (info.value.line, "must be quoted") == (2, "must be quoted") and "must be quoted" in str(info.value)


def test_bad_front_matter_found_while_walking_is_a_warning_and_a_skip(tmp_path):
    write(tmp_path / "good.txt", "Fine, 1 number.\n")
    bad = write(tmp_path / "bad.md", "---\npublished: someday\n---\nBody.\n")
    collector = Collector()
    documents = read_paths([tmp_path], on_warning=collector)
    assert [Path(d.source).name for d in documents] == ["good.txt"]
    assert collector.messages == [f"{bad}:2:12: 'published' must be a date written YYYY-MM-DD, not 'someday'; skipped"]


def test_front_matter_only_is_empty(tmp_path):
    with pytest.raises(UnreadableError, match="front matter only"):
        read_document(write(tmp_path / "fm.md", "---\ntitle: T\n---\n\n"))


# --- HTML ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page() -> Document:
    return read_document(FIXTURES / "page.html")


def test_html_metadata(page):
    assert page.format == "html"
    assert page.title == "Blue Heart campaign | Example News"
    assert page.published == dt.date(2016, 7, 30)
    assert page.url == "https://example.org/news/blue-heart"
    assert page.encoding == "utf-8"


@pytest.mark.parametrize(
    "invisible",
    [
        "trackingId",  # script
        "color: blue",  # style
        "Home | World",  # nav
        "Example News",  # page header (site banner); it is only in <title>
        "3.1 million",  # hidden attribute
        "77 cases",  # display:none
        "5 charts",  # noscript
        "Template text",  # template
        "8 more stories",  # aside
        "Copyright",  # footer
        "11 injected",  # script at the end of body
    ],
)
def test_html_drops_invisible_text(page, invisible):
    assert invisible not in page.text


@pytest.mark.parametrize("furniture, kept", [
    ('<div class="share-bar">Share 1.2K</div>', None),
    ('<span id="comment-count">45 comments</span>', None),
    ('<p class="byline">By Ana Lutz, updated 3 hours ago</p>', None),
    ('<ul class="related_links"><li>Top 10 flood defences</li></ul>', None),
    ('<span class="visually-hidden">Opens in 2 new windows</span>', None),
    ('<p class="shareholders">40 shareholders voted.</p>', "40 shareholders voted."),  # a word, not "share"
    ('<p class="lead">12,000 people fled.</p>', "12,000 people fled."),
    ('<div class="sidebar"><p>Waiting list hit 7.6 million</p></div>', None),
    ('<div class="widget most-read"><p>5 most read stories</p></div>', None),
    ('<div role="complementary"><p>Waiting list hit 7.6 million</p></div>', None),
])
def test_html_drops_furniture_marked_by_class_or_id(tmp_path, furniture, kept):
    path = write(tmp_path / "p.html", f"<html><body><article><p>Rain fell.</p>{furniture}</article></body></html>")
    text = read_document(path).text
    if kept is None:
        assert text.strip() == "Rain fell."
    else:
        assert kept in text


def test_html_keeps_visible_text_with_block_layout(page):
    text = page.text
    # The article's own header holds the headline: kept.
    assert text.startswith("Campaign reaches 2.4 million\n\n")
    # Inline whitespace collapses; paragraphs are separated by a blank line.
    assert "\n\nThe Blue Heart campaign reached 2.4 million people in 2011.\n\n" in text
    # <br> gives a line break.
    assert "Cases rose\nby 45%\nin one year." in text
    # List items on their own lines; table rows on lines, cells separated by tabs.
    assert "Prevention: 120 events\nProsecution: 35 convictions" in text
    assert "Year\tVictims\n2010\t1,500" in text
    # <pre> keeps its spacing.
    assert "  year  cases\n  2011  2,000" in text
    assert "\n\n\n" not in text and not text.endswith("\n\n")


def test_html_time_element_and_other_date_metas(tmp_path):
    html = (
        "<html><body><time datetime='2001-01-01'>old</time>"
        "<article><p>Text 1.</p><time datetime='2015-05-06T08:00'>May</time></article></body></html>"
    )
    assert read_document(write(tmp_path / "t.html", html)).published == dt.date(2015, 5, 6)
    html = "<html><head><meta name='DC.date' content='2014-02-03'></head><body><p>Text 2.</p></body></html>"
    assert read_document(write(tmp_path / "dc.htm", html)).published == dt.date(2014, 2, 3)
    # An unparsable date on a web page is skipped, not fatal.
    html = "<html><head><meta name='date' content='yesterday'></head><body><p>Text 3.</p></body></html>"
    assert read_document(write(tmp_path / "junk.html", html)).published is None


def test_html_honours_declared_charset_when_not_utf8(tmp_path):
    html = "<html><head><meta charset='windows-1252'></head><body><p>Año “2011”: 45 niños.</p></body></html>"
    doc = read_document(write(tmp_path / "w.html", html.encode("cp1252")))
    assert doc.text == "Año “2011”: 45 niños."
    assert doc.encoding == "cp1252"


def test_html_with_no_visible_text_is_unreadable(tmp_path):
    with pytest.raises(UnreadableError, match="no visible text"):
        html = "<html><head><title>T</title></head><body><script>1</script></body></html>"
        read_document(write(tmp_path / "blank.html", html))


def test_html_deep_nesting_does_not_hit_recursion_limit():
    depth = sys.getrecursionlimit() * 2
    doc = read_text("<html><body>" + "<div>" * depth + "Deep 1." + "</div>" * depth + "</body></html>")
    assert doc.text == "Deep 1."


# --- PDF ----------------------------------------------------------------------------------------


def test_pdf_fixture_has_a_text_layer_pypdf_can_read():
    reader = pypdf.PdfReader(FIXTURES / "two-pages.pdf")
    assert len(reader.pages) == 2
    assert "45 percent" in reader.pages[0].extract_text()
    assert "2.4 million" in reader.pages[1].extract_text()


def test_pdf_pages_and_offsets():
    doc = read_document(FIXTURES / "two-pages.pdf")
    assert doc.format == "pdf"
    assert doc.title == "Two pages of statistics"
    assert doc.encoding is None
    assert [page.number for page in doc.pages] == [1, 2]
    assert doc.pages[0].start == 0
    first, second = doc.text.split(PAGE_SEPARATOR)
    assert doc.pages[1].start == len(first) + len(PAGE_SEPARATOR)
    assert doc.text[doc.pages[1].start :].startswith("Page two:")
    assert doc.page_at(doc.text.index("45 percent")) == 1
    assert doc.page_at(doc.text.index("2.4 million")) == 2
    assert "A second line on page one." in first and second.endswith("End of page two.")


def test_pdf_fixture_is_what_the_script_writes():
    # The committed fixture must stay reproducible from its generator.
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_pdf", FIXTURES / "make_two_pages_pdf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == (FIXTURES / "two-pages.pdf").read_bytes()


def blank_pdf(path: Path, pages: int = 2) -> Path:
    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=612, height=792)
    with open(path, "wb") as handle:
        writer.write(handle)
    return path


def test_pdf_without_text_layer(tmp_path):
    path = blank_pdf(tmp_path / "scan.pdf")
    with pytest.raises(InputError, match=r"no text layer \(scanned PDF\?\)") as info:
        read_document(path)
    assert info.value.path == str(path)


def test_broken_pdf_is_an_input_error(tmp_path):
    path = write(tmp_path / "broken.pdf", b"%PDF-1.4\nthis is not really a pdf\n")
    with pytest.raises(UnreadableError, match="cannot read PDF") as info:
        read_document(path)
    assert str(info.value).startswith(str(path))


def test_pdf_is_sniffed_without_extension(tmp_path):
    data = (FIXTURES / "two-pages.pdf").read_bytes()
    assert read_bytes(data).format == "pdf"
    assert read_document(write(tmp_path / "download", data)).format == "pdf"


# --- manifest -----------------------------------------------------------------------------------


def test_manifest_metadata_is_applied():
    doc = read_document(CORPUS / "a.txt")
    assert doc.title == "Report A"
    assert doc.publisher == "Government of Mexico"
    assert doc.published == dt.date(2011, 3, 1)
    assert doc.published_estimated is True


def test_front_matter_wins_over_manifest_field_by_field():
    doc = read_document(CORPUS / "b.md")
    assert doc.title == "Front-matter title for B"  # both give it: front matter wins
    assert doc.publisher == "Manifest publisher for B"  # only the manifest gives it
    # The date comes from front matter, and 'estimated' travels with the date it describes.
    assert doc.published == dt.date(2012, 8, 1)
    assert doc.published_estimated is False


def test_manifest_wins_over_html_metadata_but_html_fills_gaps():
    doc = read_document(CORPUS / "c.html")
    assert doc.title == "Manifest title for C (beats the HTML title)"
    assert doc.published == dt.date(2019, 6, 1)  # from article:published_time


def test_file_not_in_manifest_gets_no_metadata():
    assert read_document(CORPUS / "sub" / "d.txt").title is None  # its directory has no manifest


def test_official_corpus_manifest_parses():
    path = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "manifest.yaml"
    if not path.exists():
        pytest.skip("shared corpus absent")
    manifest = load_manifest(path)
    entry = manifest.entries["rietig-2012-anti-trafficking-law.txt"]
    assert entry.published == dt.date(2012, 8, 1) and entry.published_estimated is True


def test_explicit_manifest_argument(tmp_path):
    doc_path = write(tmp_path / "docs" / "x.txt", "Text with 3 numbers.\n")
    manifest_path = write(
        tmp_path / "meta" / "m.yaml",
        "documents:\n  - file: ../docs/x.txt\n    title: From elsewhere\n  - file: '-'\n    title: Stdin title\n",
    )
    assert read_document(doc_path, manifest=manifest_path).title == "From elsewhere"
    assert read_text("Piped 4.", manifest=manifest_path).title == "Stdin title"
    assert read_text("Piped 4.", manifest=load_manifest(manifest_path)).title == "Stdin title"


def test_manifests_are_cached_per_directory_and_reread_when_changed(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", "A 1.\n")
    write(tmp_path / "b.txt", "B 2.\n")
    manifest_path = write(tmp_path / "manifest.yaml", "documents:\n  - file: a.txt\n    title: First\n")
    calls = []
    real_load = manifest_module.load_manifest
    monkeypatch.setattr(manifest_module, "load_manifest", lambda path: calls.append(path) or real_load(path))

    read_paths([tmp_path], on_warning=Collector())
    read_document(tmp_path / "a.txt")
    assert len(calls) == 1

    manifest_path.write_text("documents:\n  - file: a.txt\n    title: Second, longer\n", encoding="utf-8")
    assert read_document(tmp_path / "a.txt").title == "Second, longer"
    assert len(calls) == 2


@pytest.mark.parametrize(
    "manifest, line, column, message",
    [
        ("documents:\n  - file: a.txt\n    title: [unclosed\n", 4, 1, "malformed YAML"),
        ("documents:\n  - file: a.txt\n    publised: 2011-01-01\n", 3, 5, "unknown key 'publised'"),
        ("documents:\n  - file: a.txt\n    published: 2011-02-30\n", 3, 16, "'published' must be a date"),
        ("documents:\n  - file: a.txt\n    estimated: maybe\n", 3, 16, "true or false"),
        ("documents:\n  - title: no file\n", 2, 5, "no 'file'"),
        ("documents:\n  - file: a.txt\n  - file: ./a.txt\n", 3, 11, "listed twice"),
        ("documents:\n  file: a.txt\n", 2, 3, "must be a list"),
        ("files:\n  - a.txt\n", 1, 1, "no 'documents:'"),
        ("documents:\n  - file: a.txt\n    title: {nested: map}\n", 3, 12, "'title' must be text"),
        ("documents:\n\tfile: a.txt\n", 2, 1, "malformed YAML"),
    ],
)
def test_malformed_manifest_names_file_line_and_column(tmp_path, manifest, line, column, message):
    write(tmp_path / "a.txt", "Text with 1 number.\n")
    manifest_path = write(tmp_path / "manifest.yaml", manifest)
    with pytest.raises(InputError) as info:
        read_document(tmp_path / "a.txt")
    err = info.value
    assert isinstance(err, MetadataError)
    assert err.path == str(manifest_path)
    assert (err.line, err.column) == (line, column), str(err)
    assert message in err.detail


def test_malformed_manifest_is_fatal_while_walking(tmp_path):
    write(tmp_path / "a.txt", "Text with 1 number.\n")
    write(tmp_path / "manifest.yaml", "documents: [\n")
    with pytest.raises(MetadataError):
        read_paths([tmp_path], on_warning=Collector())


def test_empty_manifest_is_an_error(tmp_path):
    write(tmp_path / "a.txt", "Text 1.\n")
    write(tmp_path / "manifest.yaml", "")
    with pytest.raises(MetadataError, match="manifest"):
        read_document(tmp_path / "a.txt")


# --- encodings and newlines ---------------------------------------------------------------------

ACCENTED = "Año 2011: 45 % de los niños en São Paulo, “según” el café de Zoë — résumé.\nSegunda línea.\n"


@pytest.mark.parametrize(
    "codec, recorded",
    [
        ("utf-8", "utf-8"),
        ("utf-8-sig", "utf-8-sig"),
        ("utf-16", "utf-16"),
        ("utf-32", "utf-32"),
        ("utf-16-le", "utf-16-le"),  # no BOM: recognised by the NULs in every other byte
        ("cp1252", "cp1252"),
    ],
)
def test_encodings_are_detected(tmp_path, codec, recorded):
    doc = read_document(write(tmp_path / "enc.txt", ACCENTED.encode(codec)))
    assert doc.text == ACCENTED
    assert doc.encoding == recorded


def test_latin1_accented_words(tmp_path):
    text = "Größe der Straße: 12 Männer, 3 élèves à Málaga.\n"
    doc = read_document(write(tmp_path / "latin.txt", text.encode("latin-1")))
    assert doc.text == text
    assert doc.encoding in ("cp1252", "latin-1", "iso8859-15")  # identical for these characters


def test_short_spanish_cp1252_is_not_mistaken_for_central_european(tmp_path):
    # charset-normalizer alone scores cp1250 equal and picks it, turning "niño" into "nińo".
    text = "Niño, año, corazón: 2.4 millones.\n"
    assert read_document(write(tmp_path / "es.txt", text.encode("cp1252"))).text == text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_newlines_are_normalised(tmp_path, newline):
    raw = newline.join(["Line 1 has 10.", "Line 2 has 20.", ""])
    doc = read_document(write(tmp_path / "nl.txt", raw))
    assert doc.text == "Line 1 has 10.\nLine 2 has 20.\n"
    assert "\r" not in doc.text


def test_crlf_markdown_front_matter_keeps_line_numbers(tmp_path):
    raw = "---\r\ntitle: T\r\npublished: 2011-08-04\r\n---\r\nClaim 45%.\r\n"
    doc = read_document(write(tmp_path / "crlf.md", raw))
    assert doc.published == dt.date(2011, 8, 4)
    assert line_of(doc.text, doc.text.index("45%")) == 5


def test_crlf_html(tmp_path):
    doc = read_document(write(tmp_path / "crlf.html", "<p>One\r\n2</p>\r\n<pre>a\r\nb</pre>"))
    assert doc.text == "One 2\n\na\nb"


# --- errors: named directly vs found while walking ----------------------------------------------

BAD_FILES = {
    "empty.txt": b"",
    "blank.txt": b"  \n\t\r\n  ",
    "nul.txt": b"Looks like text\x00 but has a NUL 1.\n",
    "controls.txt": bytes(range(1, 9)) * 50 + b"a few 2 letters",
    "undecodable.txt": bytes(range(0x80, 0x100)) * 4,
    "image.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64),
    "scan.pdf": None,  # written by blank_pdf
}
BAD_MESSAGES = {
    "empty.txt": "empty file",
    "blank.txt": "empty file (only whitespace)",
    "nul.txt": "binary file",
    "controls.txt": "binary file",
    "undecodable.txt": "cannot decode",
    "image.md": "binary file",
    "scan.pdf": "no text layer",
}


def make_bad(directory: Path, name: str) -> Path:
    if BAD_FILES[name] is None:
        directory.mkdir(parents=True, exist_ok=True)
        return blank_pdf(directory / name)
    return write(directory / name, BAD_FILES[name])


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_named_directly_raises_input_error_naming_it(tmp_path, name):
    path = make_bad(tmp_path, name)
    with pytest.raises(InputError) as info:
        read_document(path)
    assert isinstance(info.value, UnreadableError)
    assert info.value.path == str(path)
    assert str(info.value).startswith(f"{path}: ")
    assert BAD_MESSAGES[name] in str(info.value)
    # read_paths raises the same for a named file.
    with pytest.raises(UnreadableError):
        read_paths([path], on_warning=Collector())


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_found_while_walking_is_warned_and_skipped(tmp_path, name):
    good = write(tmp_path / "good.txt", "A good file with 1 number.\n")
    bad = make_bad(tmp_path, name)
    warnings = Collector()
    documents = read_paths([tmp_path], on_warning=warnings)
    assert [doc.source for doc in documents] == [str(good)]
    assert len(warnings.messages) == 1
    assert warnings.messages[0].startswith(f"{bad}: ")
    assert BAD_MESSAGES[name] in warnings.messages[0]


def test_missing_path(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(UnreadableError, match="no such file") as info:
        read_document(missing)
    assert info.value.path == str(missing)
    with pytest.raises(UnreadableError, match="no such file"):
        read_paths([missing], on_warning=Collector())
    with pytest.raises(UnreadableError, match="no such file"):
        read_document(FIXTURES / "plain.txt" / "child.txt")  # a file used as a directory


def test_directory_given_to_read_document(tmp_path):
    with pytest.raises(UnreadableError, match="is a directory"):
        read_document(tmp_path)


def test_os_errors_become_input_errors(tmp_path, monkeypatch):
    # Simulated: permissions cannot be tested reliably (root reads anything).
    import factcheck.read as read_module

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(args[0]))

    path = write(tmp_path / "secret.txt", "Secret 1.\n")
    write(tmp_path / "open.txt", "Open 2.\n")
    real_open = open
    monkeypatch.setattr(
        read_module, "open", lambda file, *a, **k: refuse(file) if "secret" in str(file) else real_open(file, *a, **k),
        raising=False,
    )
    with pytest.raises(UnreadableError, match="cannot read: Permission denied") as info:
        read_document(path)
    assert info.value.path == str(path)
    warnings = Collector()
    assert [doc.text for doc in read_paths([tmp_path], on_warning=warnings)] == ["Open 2.\n"]
    assert "Permission denied" in warnings.messages[0]


@pytest.mark.parametrize("contents", ["nothing", "only-bad", "only-other-types"])
def test_directory_with_nothing_readable_warns(tmp_path, contents):
    root = tmp_path / "docs"
    root.mkdir()
    if contents == "only-bad":
        write(root / "empty.txt", b"")
    elif contents == "only-other-types":
        write(root / "data.csv", "a,b\n1,2\n")
        write(root / ".hidden.txt", "hidden 1\n")
    warnings = Collector()
    assert read_paths([root], on_warning=warnings) == []
    assert any(m.startswith(f"{root}: no readable documents") for m in warnings.messages), warnings.messages


def test_default_on_warning_issues_read_warning(tmp_path):
    write(tmp_path / "empty.txt", b"")
    with pytest.warns(ReadWarning) as record:
        assert read_paths([tmp_path]) == []
    messages = [str(warning.message) for warning in record]
    assert "empty file" in messages[0] and "no readable documents" in messages[1]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=300), name=st.sampled_from(["x.txt", "x.md", "x.html", "x.pdf", "-"]))
def test_arbitrary_bytes_give_a_document_or_an_input_error(data, name):
    try:
        doc = read_bytes(data, name)
    except InputError:
        return
    assert isinstance(doc, Document) and "\r" not in doc.text


@settings(max_examples=40, deadline=None)
@given(text=st.text(max_size=200), fmt=st.sampled_from(["text", "markdown", "html"]))
def test_arbitrary_text_gives_a_document_or_an_input_error(text, fmt):
    try:
        read_text(text, "t", format=fmt)
    except InputError:
        pass


# --- walking: globs, order, hidden files, duplicates ---------------------------------------------


def sources(documents: list[Document], root: Path) -> list[str]:
    return [Path(doc.source).relative_to(root).as_posix() for doc in documents]


def test_walk_default_include_skips_hidden_manifest_and_other_types():
    documents = read_paths([CORPUS], on_warning=Collector())
    assert sources(documents, CORPUS) == ["a.txt", "b.md", "c.html", "drafts/e.md", "sub/d.txt"]
    # Walked files get their directory's manifest too.
    assert documents[0].title == "Report A"


def test_walk_include_and_exclude_globs():
    def walk(**globs):
        return sources(read_paths([CORPUS], on_warning=Collector(), **globs), CORPUS)

    assert walk(include=["**/*.md"]) == ["b.md", "drafts/e.md"]
    assert walk(include=["*.md"]) == ["b.md", "drafts/e.md"]  # no '/': matches the file name anywhere
    assert walk(exclude=["drafts/*"]) == ["a.txt", "b.md", "c.html", "sub/d.txt"]
    assert walk(exclude=["drafts"]) == ["a.txt", "b.md", "c.html", "sub/d.txt"]  # prunes the directory
    assert walk(include=["sub/*"]) == ["sub/d.txt"]
    assert walk(include=["*.csv"]) == ["notes.csv"]  # unknown extensions are read as text
    assert walk(exclude=["*.TXT", "**/*.html"]) == ["b.md", "drafts/e.md"]  # case-insensitive


def test_glob_matching_rules():
    assert matches("a.md", ["**/*.md"]) and matches("x/y/a.md", ["**/*.md"])
    assert matches("drafts/x/y.md", ["drafts/*"]) and not matches("final/drafts.md", ["drafts/*"])
    assert matches("sub/abc.txt", ["a*.txt"]) and not matches("sub/xabc.txt", ["a*.txt"])
    assert not matches("a.txt", [])


def test_walk_order_is_sorted_and_independent_of_creation_order(tmp_path):
    names = ["b/z.txt", "a.txt", "b/a.txt", "a/c.txt", "B.txt", "a-b.txt", "a/b/x.txt", "c.md"]
    for index, name in enumerate(reversed(names)):
        write(tmp_path / name, f"Doc {index}.\n")
    expected = sorted(names, key=lambda name: tuple(name.split("/")))
    assert sources(read_paths([tmp_path], on_warning=Collector()), tmp_path) == expected
    assert expected.index("a/c.txt") < expected.index("a-b.txt") < expected.index("a.txt")  # by components


def test_read_paths_keeps_argument_order_and_reads_each_file_once(tmp_path):
    a = write(tmp_path / "a.txt", "A 1.\n")
    z = write(tmp_path / "z.txt", "Z 2.\n")
    documents = read_paths([z, tmp_path, a, z], on_warning=Collector())
    assert [doc.source for doc in documents] == [str(z), str(a)]


def test_globs_do_not_filter_named_files(tmp_path):
    path = write(tmp_path / "notes.rst", "Named directly: 3 items.\n")
    assert [d.text for d in read_paths([path], exclude=["*.rst"], on_warning=Collector())] == [
        "Named directly: 3 items.\n"
    ]


def test_walked_paths_keep_the_directory_as_given(monkeypatch):
    monkeypatch.chdir(FIXTURES)
    documents = read_paths(["corpus/"], include=["sub/*"], on_warning=Collector())
    assert [doc.source for doc in documents] == [os.path.join("corpus", "sub", "d.txt")]


def test_symlinked_duplicates_are_read_once(tmp_path):
    write(tmp_path / "real.txt", "Real 1.\n")
    try:
        (tmp_path / "zlink.txt").symlink_to(tmp_path / "real.txt")
    except OSError:
        pytest.skip("symlinks not supported")
    assert len(read_paths([tmp_path], on_warning=Collector())) == 1


# --- standard input and read_text ---------------------------------------------------------------


class FakeStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_stdin_bytes_are_decoded_like_files(monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin("Año 2011: 45 niños.\r\n".encode("cp1252")))
    doc = read_document("-")
    assert doc.source == "-"
    assert doc.text == "Año 2011: 45 niños.\n"
    assert doc.encoding == "cp1252"


def test_stdin_sniffs_format(monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"---\ntitle: Piped\npublished: 2011-08-04\n---\nBody 7.\n"))
    doc = read_paths(["-"], on_warning=Collector())[0]
    assert doc.format == "markdown" and doc.title == "Piped" and doc.published == dt.date(2011, 8, 4)

    monkeypatch.setattr(sys, "stdin", FakeStdin(b"<!doctype html><title>P</title><p>Para 8.</p>"))
    doc = read_document("-")
    assert doc.format == "html" and doc.text == "Para 8."

    monkeypatch.setattr(sys, "stdin", FakeStdin((FIXTURES / "two-pages.pdf").read_bytes()))
    assert read_document("-").format == "pdf"


def test_empty_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", FakeStdin(b""))
    with pytest.raises(UnreadableError, match="empty") as info:
        read_document("-")
    assert str(info.value).startswith("-: ")


def test_text_stdin_without_buffer(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Plain 9.\r\n"))
    assert read_document("-").text == "Plain 9.\n"


def test_read_text():
    doc = read_text("Line 1 has 2.\r\nLine 2.")
    assert doc.source == "-" and doc.format == "text" and doc.text == "Line 1 has 2.\nLine 2."
    assert read_text("<p>x 1</p>", "page.html").format == "html"
    assert read_text("# Title\n\n3 items", format="markdown").title == "Title"
    with pytest.raises(UnreadableError):
        read_text("   \n")
    with pytest.raises(ValueError):
        read_text("x", format="pdf")
    with pytest.raises(ValueError):
        read_text("x", format="docx")  # type: ignore[arg-type]


def test_read_bytes_with_format_override():
    assert read_bytes(b"<p>not parsed 1</p>", "x.html", format="text").text == "<p>not parsed 1</p>"


def test_copy_of_corpus_elsewhere_still_finds_its_manifest(tmp_path):
    # Manifest entries are relative to the manifest's directory, not to the working directory.
    shutil.copytree(CORPUS, tmp_path / "copy")
    assert read_document(tmp_path / "copy" / "a.txt").title == "Report A"

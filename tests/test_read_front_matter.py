"""Front matter problems: precise errors for a file named directly, a warning and a skip while walking."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.read import FrontMatterError, MetadataError, read_document, read_paths

UNQUOTED_COLON = "---\ntitle: Budget: the numbers\npublished: 2023-03-12\n---\nThe budget was £4.2 billion in 2023.\n"
UNCLOSED = "---\npublished: 2023-03-12\n\nThe budget was £4.2 billion in 2023.\n"
GOOD = "---\npublished: 2023-03-12\n---\nThe budget was £4.1 billion in 2023.\n"

# name, the file, the line:column the message starts with, words of the message
BAD_FRONT_MATTER = [
    ("unquoted colon", UNQUOTED_COLON, "2:14", "must be quoted"),
    ("unclosed", UNCLOSED, "1", "front matter is never closed"),
    ("unclosed with a title", "---\ntitle: The budget\nThe budget was £4.2 billion.\n", "1", "never closed"),
    ("bad date", "---\npublished: someday\n---\nBody with 1 figure.\n", "2:12", "must be a date"),
    ("unclosed list", "---\ntitle: [unclosed\n---\nBody.\n", "2:17", "malformed YAML"),
]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name, text, place, words", BAD_FRONT_MATTER, ids=[row[0] for row in BAD_FRONT_MATTER])
def test_named_directly_it_is_an_error_at_its_place(tmp_path, name, text, place, words):
    path = write(tmp_path / "bad.md", text)
    with pytest.raises(FrontMatterError) as info:
        read_document(path)
    assert isinstance(info.value, MetadataError)  # still an input error, exit 2
    assert str(info.value).startswith(f"{path}:{place}: ") and words in str(info.value)


@pytest.mark.parametrize("name, text, place, words", BAD_FRONT_MATTER, ids=[row[0] for row in BAD_FRONT_MATTER])
def test_found_while_walking_it_is_a_warning_and_a_skip(tmp_path, name, text, place, words):
    bad = write(tmp_path / "corpus" / "bad.md", text)
    write(tmp_path / "corpus" / "good.md", GOOD)
    warnings: list[str] = []
    documents = read_paths([tmp_path / "corpus"], on_warning=warnings.append)
    assert [Path(d.source).name for d in documents] == ["good.md"]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{bad}:{place}: ") and words in warnings[0] and warnings[0].endswith("; skipped")


def test_the_command_line_walk_warns_and_goes_on(tmp_path, capsys):
    write(tmp_path / "corpus" / "bad.md", UNQUOTED_COLON)
    write(tmp_path / "corpus" / "good.md", GOOD)
    code = main(["extract", str(tmp_path / "corpus")])
    out, err = capsys.readouterr()
    assert code == 0
    assert f"factcheck: warning: {tmp_path / 'corpus' / 'bad.md'}:2:14: malformed YAML" in err
    assert "£4.1 billion" in out and "£4.2 billion" not in out
    code = main(["extract", str(tmp_path / "corpus" / "bad.md")])
    _, err = capsys.readouterr()
    assert code == 2 and f"factcheck: error: {tmp_path / 'corpus' / 'bad.md'}:2:14: malformed YAML" in err


def test_a_broken_manifest_is_still_fatal_while_walking(tmp_path):
    write(tmp_path / "corpus" / "good.md", GOOD)
    write(tmp_path / "corpus" / "manifest.yaml", "documents:\n  - file: good.md\n    publised: 2023-01-01\n")
    with pytest.raises(MetadataError) as info:
        read_paths([tmp_path / "corpus"], on_warning=lambda message: None)
    assert not isinstance(info.value, FrontMatterError)


# name, Markdown opening with '---' that is no unclosed front matter
NOT_FRONT_MATTER = [
    ("rule above prose", "---\nThe budget was £4.2 billion.\n"),
    ("rule above a capitalised label", "---\nSource: the annual report, 2023.\n"),
    ("rule above a note", "---\nNote: figures are rounded to 2 places.\n"),
    ("rule and blank lines", "---\n\n\nThe budget rose 4%.\n"),
]


@pytest.mark.parametrize("name, text", NOT_FRONT_MATTER, ids=[row[0] for row in NOT_FRONT_MATTER])
def test_a_thematic_break_at_the_top_is_prose(tmp_path, name, text):
    assert read_document(write(tmp_path / "rule.md", text)).text == text

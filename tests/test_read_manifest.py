"""manifest.yaml: entries for files in subdirectories apply, entries for missing files are warned about,
unknown top-level keys are errors at their line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.read import MetadataError, load_manifest, read_document, read_paths
from factcheck.read.manifest import manifests_for


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "corpus"
    write(root / "a.txt", "The agency built 300 homes.\n")
    write(root / "sub" / "c.txt", "The agency built 310 homes.\n")
    write(root / "sub" / "deeper" / "d.txt", "The agency built 320 homes.\n")
    write(root / "manifest.yaml", (
        "documents:\n"
        "  - file: a.txt\n    title: A\n    published: 2020-01-01\n"
        "  - file: sub/c.txt\n    title: C, listed from above\n    published: 2021-01-01\n    estimated: true\n"
        "  - file: sub/deeper/d.txt\n    title: D from the top\n    publisher: Top publisher\n"
    ))
    return root


def titles(documents):
    return {Path(d.source).name: d.title for d in documents}


def test_an_entry_for_a_file_in_a_subdirectory_applies(corpus):
    c = read_document(corpus / "sub" / "c.txt")
    assert (c.title, c.published, c.published_estimated) == ("C, listed from above", dt.date(2021, 1, 1), True)
    assert titles(read_paths([corpus], on_warning=lambda m: None)) == {
        "a.txt": "A", "c.txt": "C, listed from above", "d.txt": "D from the top"}
    # Walking only the subdirectory, or naming the file, gives the same metadata.
    assert titles(read_paths([corpus / "sub"], on_warning=lambda m: None))["c.txt"] == "C, listed from above"


def test_the_nearest_manifest_wins_field_by_field(corpus):
    write(corpus / "sub" / "deeper" / "manifest.yaml", "documents:\n  - file: d.txt\n    title: D from beside it\n")
    d = read_document(corpus / "sub" / "deeper" / "d.txt")
    assert d.title == "D from beside it"  # the nearer manifest gives it
    assert d.publisher == "Top publisher"  # only the manifest above gives it


def test_a_foreign_manifest_above_is_ignored_but_one_beside_the_file_must_be_ours(corpus):
    write(corpus.parent / "manifest.yaml", "apiVersion: v1\nkind: Pod\n")  # Kubernetes, say
    assert read_document(corpus / "a.txt").title == "A"
    write(corpus / "sub" / "manifest.yaml", "apiVersion: v1\nkind: Pod\n")
    with pytest.raises(MetadataError, match="unknown key 'apiVersion'"):
        read_document(corpus / "sub" / "c.txt")


def test_a_broken_manifest_of_ours_above_is_an_error(corpus):
    write(corpus / "manifest.yaml", "documents:\n  - file: sub/c.txt\n    publised: 2021-01-01\n")
    with pytest.raises(MetadataError) as info:
        read_document(corpus / "sub" / "c.txt")
    assert (info.value.path, info.value.line, info.value.column) == (str(corpus / "manifest.yaml"), 3, 5)


def test_the_search_stops_at_the_repository_root(tmp_path):
    write(tmp_path / "manifest.yaml", "documents:\n  - file: repo/docs/x.txt\n    title: From outside the repo\n")
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    document = write(tmp_path / "repo" / "docs" / "x.txt", "It has 4 rooms.\n")
    assert read_document(document).title is None
    assert [m.path for m in manifests_for(str(document))] == []


# name, manifest, the warning's place and words (None: no warning)
MISSING_FILES = [
    ("missing beside it", "documents:\n  - file: a.txt\n  - file: gone.txt\n    title: Gone\n", "3:11", "'gone.txt'"),
    ("missing in a subdirectory", "documents:\n  - file: sub/gone.txt\n", "2:11", "'sub/gone.txt'"),
    ("standard input is no file", "documents:\n  - file: a.txt\n  - file: '-'\n", None, None),
    ("all present", "documents:\n  - file: a.txt\n  - file: sub/c.txt\n", None, None),
]


@pytest.mark.parametrize("name, manifest, place, words", MISSING_FILES, ids=[row[0] for row in MISSING_FILES])
def test_entries_for_missing_files_are_warned_about_once(corpus, name, manifest, place, words):
    path = write(corpus / "manifest.yaml", manifest)
    warnings: list[str] = []
    documents = read_paths([corpus, corpus / "a.txt"], on_warning=warnings.append)
    assert len(documents) == 3  # a warning, not a failure
    if place is None:
        assert warnings == []
    else:
        assert len(warnings) == 1
        assert warnings[0].startswith(f"{path}:{place}: {words} is listed, but there is no such file")


def test_missing_file_warning_on_the_command_line(corpus, capsys, monkeypatch):
    monkeypatch.chdir(corpus.parent)
    write(corpus / "manifest.yaml", "documents:\n  - file: a.txt\n  - file: gone.txt\n")
    code = main(["extract", "corpus"])
    _, err = capsys.readouterr()
    assert code == 0
    assert "factcheck: warning: corpus/manifest.yaml:3:11: 'gone.txt' is listed, but there is no such file" in err
    code = main(["extract", "corpus", "-q"])
    assert code == 0 and capsys.readouterr().err == ""


def test_an_explicit_manifest_warns_too(corpus):
    other = write(corpus.parent / "meta" / "m.yaml", "documents:\n  - file: ../corpus/a.txt\n    title: M\n"
                                                        "  - file: ../corpus/zz.txt\n")
    warnings: list[str] = []
    documents = read_paths([corpus / "a.txt"], on_warning=warnings.append, manifest=other)
    assert documents[0].title == "M"
    assert len(warnings) == 1 and "'../corpus/zz.txt' is listed" in warnings[0]


# name, manifest, line, column, message
UNKNOWN_TOP_KEYS = [
    ("a typo of documents", "document:\n  - file: a.txt\n", 1, 1, "unknown key 'document'"),
    ("an extra key", "documents:\n  - file: a.txt\nversion: 2\n", 3, 1, "unknown key 'version'"),
    ("a key after comments", "# corpus\ndocuments:\n  - file: a.txt\n\nowner: me\n", 5, 1, "unknown key 'owner'"),
]


@pytest.mark.parametrize("name, manifest, line, column, message", UNKNOWN_TOP_KEYS,
                         ids=[row[0] for row in UNKNOWN_TOP_KEYS])
def test_unknown_top_level_keys_are_errors_at_their_line(corpus, name, manifest, line, column, message):
    path = write(corpus / "manifest.yaml", manifest)
    with pytest.raises(MetadataError) as info:
        load_manifest(path)
    assert (info.value.path, info.value.line, info.value.column) == (str(path), line, column)
    assert message in info.value.detail and "(known: documents)" in info.value.detail


def test_unknown_top_level_key_on_the_command_line_is_exit_2(corpus, capsys):
    path = write(corpus / "manifest.yaml", "documents:\n  - file: a.txt\nversion: 2\n")
    code = main(["extract", str(corpus)])
    _, err = capsys.readouterr()
    assert code == 2 and f"factcheck: error: {path}:3:1: unknown key 'version'" in err

"""Claim lists when documents are renamed or moved, and documents that share a file name.

1. ``git mv sources/a.md sources/b.md``: the next `claims sync` carries a.md's list, decisions,
   comments and all, over to b.md's path and says so; a list whose document is gone and that
   matches nothing is reported and left alone.
2. Two documents with one file name outside the project (``x1/report.md``, ``x2/report.md``)
   get two lists, and neither inherits the other's decisions.

Documents: the invented ones of tests/fixtures/claimlists/sources, copied into ``<tmp>/project``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from ruamel.yaml.comments import CommentedMap

from factcheck import cli
from factcheck.audit import audit_documents
from factcheck.claimlists import apply_reviews, load_claim_lists, sync_documents
from factcheck.claimlists import store
from factcheck.claimlists.moves import Listed, OrphanList, Target, is_untouched, match_moves
from factcheck.read import read_paths
from tests.claimlist_helpers import MINISTRY, MINISTRY_LIST, PRESS, SOURCES, decide, load, make_project, record, sync

FIXTURES = SOURCES


@pytest.fixture
def project(tmp_path, monkeypatch):
    """<tmp>/project with sources/01-ministry.md and sources/02-press.md; the working directory."""
    return make_project(tmp_path, monkeypatch)


def git(*args: str) -> None:
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.org")
    subprocess.run(["git", *args], check=True, capture_output=True, env=env)


def decisions(path: Path) -> dict:
    """text -> (status, reviewer, note) of every record, stale ones included."""
    data = load(path)
    return {r["text"]: (r["status"], r.get("reviewer"), r.get("note"))
            for r in list(data["claims"]) + list(data.get("stale") or [])}


def lists(directory: str = "claims") -> list[str]:
    return sorted(p.relative_to(directory).as_posix() for p in Path(directory).rglob("*.yaml"))


def review_ministry() -> dict:
    """Three decisions and a comment in the ministry's list, as a reviewer would leave them."""
    decide(MINISTRY_LIST, "more than 500", status="approved", reviewer="alice", note="annual report, p. 12")
    decide(MINISTRY_LIST, "60,000", status="disputed", reviewer="bob", note="contractors counted", corrected=45000)
    decide(MINISTRY_LIST, "1.5 km", status="ignored", reviewer="carol", note="two tunnels")
    text = MINISTRY_LIST.read_text(encoding="utf-8")
    MINISTRY_LIST.write_text(text.replace("claims:\n", "# Team notes: figures are revised every spring.\nclaims:\n"),
                             encoding="utf-8")
    return decisions(MINISTRY_LIST)


# ---------------------------------------------------------------------------------------------- moves


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_renamed_document_keeps_its_reviews(project):
    git("init", "-q", ".")
    sync()
    reviewed = review_ministry()
    git("add", ".")
    git("commit", "-qm", "reviews")
    git("mv", MINISTRY, "sources/ministry.md")

    result = sync()

    new_list = Path("claims/sources/ministry.md.yaml")
    assert lists() == ["sources/02-press.md.yaml", "sources/ministry.md.yaml"]  # the old file is gone
    assert decisions(new_list) == reviewed
    after = new_list.read_text(encoding="utf-8")
    assert after.startswith("# Claim list for sources/ministry.md, kept by `factcheck claims sync`.\n")
    assert "\ndocument: sources/ministry.md\n" in after
    assert "# Team notes: figures are revised every spring.\n" in after
    assert record(new_list, "60,000")["corrected"] == 45000
    summary = result.summary()
    assert ("moved claims/sources/01-ministry.md.yaml -> claims/sources/ministry.md.yaml "
            "(3 reviewed claims kept)\nclaims/sources/ministry.md.yaml: 5 claims (moved)\n") in summary
    assert summary.rstrip().endswith(", 1 list moved")
    assert "orphaned" not in summary and not result.warnings()
    # Nothing more to do: the next sync changes nothing, and git sees the list renamed with the document.
    before = new_list.read_bytes()
    again = sync()
    assert new_list.read_bytes() == before and not again.moved and "moved" not in again.summary()
    git("add", "-A", "claims")
    status = subprocess.run(["git", "status", "--short"], capture_output=True, text=True, check=True).stdout
    assert "R  claims/sources/01-ministry.md.yaml -> claims/sources/ministry.md.yaml" in status


def test_the_disputed_claim_warning_survives_the_rename(project):
    sync()
    claim_id = decide(MINISTRY_LIST, "60,000", status="disputed", reviewer="bob", note="contractors counted")
    os.rename(MINISTRY, "sources/ministry.md")
    sync()
    report = apply_reviews(audit_documents(read_paths(["sources"])), load_claim_lists("claims"))
    found = sorted((f for f in report.findings if f.rule == "disputed-claim"), key=lambda f: f.claims[0].source)
    assert [f.claims[0].source for f in found] == [PRESS, "sources/ministry.md"]
    assert all(f"claims/sources/ministry.md.yaml#{claim_id}" in f.message for f in found)


def test_a_document_moved_to_another_folder_takes_its_list_along(project):
    Path("reports").mkdir()
    shutil.move(MINISTRY, "reports/ministry.md")
    sync("sources", "reports")
    decide(Path("claims/reports/ministry.md.yaml"), "more than 500", status="approved", reviewer="alice")
    Path("archive/2017").mkdir(parents=True)
    shutil.move("reports/ministry.md", "archive/2017/ministry.md")

    result = sync("sources", "archive")

    assert lists() == ["archive/2017/ministry.md.yaml", "sources/02-press.md.yaml"]
    assert not Path("claims/reports").exists()  # the folder the list left empty goes too
    assert record(Path("claims/archive/2017/ministry.md.yaml"), "more than 500")["status"] == "approved"
    assert [d.moved_from.as_posix() for d in result.moved] == ["claims/reports/ministry.md.yaml"]


def test_a_document_moved_and_edited_in_one_commit(project):
    sync()
    decide(MINISTRY_LIST, "more than 500", status="approved", reviewer="alice")
    tunnel = decide(MINISTRY_LIST, "1.5 km", status="disputed", reviewer="bob")
    os.rename(MINISTRY, "sources/ministry.md")
    text = Path("sources/ministry.md").read_text(encoding="utf-8")
    text = text.replace("more than 500 schools", "more than 500 primary schools")
    text = text.replace("The new tunnel in Lakeport is 1.5 km long.\n", "")
    Path("sources/ministry.md").write_text(text, encoding="utf-8")

    result = sync()

    new_list = Path("claims/sources/ministry.md.yaml")
    [moved] = result.moved
    assert moved.path == new_list and moved.kept == 2
    # What an edit does to a list, a moved list gets too: review again, and stale.
    again = record(new_list, "more than 500")
    assert (again["status"], again["previous_status"]) == ("needs-review", "approved")
    assert [(s["id"], s["status"]) for s in load(new_list)["stale"]] == [(tunnel, "disputed")]
    assert [m.id for m in moved.newly_stale] == [tunnel]


def test_a_list_whose_document_is_gone_is_reported_and_kept(project, capsys):
    sync()
    decide(MINISTRY_LIST, "60,000", status="disputed", reviewer="bob")
    before = MINISTRY_LIST.read_bytes()
    os.remove(MINISTRY)

    result = sync()

    assert MINISTRY_LIST.read_bytes() == before
    assert [o.path for o in result.orphans] == [MINISTRY_LIST]
    line = ("orphaned claims/sources/01-ministry.md.yaml (1 reviewed claim): its document sources/01-ministry.md "
            "is gone, and no document synced now holds most of its claims")
    assert line in result.summary()
    assert result.summary().rstrip().endswith(", 1 orphaned list")
    assert any(w.startswith("claims/sources/01-ministry.md.yaml: orphaned claim list: its document") and
               w.endswith("; kept") for w in result.warnings())
    # Every sync says so, whichever documents it syncs, until someone moves or deletes the list.
    assert [o.path for o in sync(PRESS).orphans] == [MINISTRY_LIST]
    # Syncing the document's new path later carries the list over.
    shutil.copy(FIXTURES / "01-ministry.md", "ministry.md")
    moved = sync("ministry.md")
    assert [d.moved_from for d in moved.moved] == [MINISTRY_LIST] and not moved.orphans
    assert record(Path("claims/ministry.md.yaml"), "60,000")["status"] == "disputed"
    assert not MINISTRY_LIST.exists()


def test_the_lists_of_a_sync_before_this_fix_are_repaired(project):
    """A rename synced by a factcheck without move detection left the reviewed list orphaned and an
    unreviewed one for the new name: the next sync carries the reviews over the unreviewed list."""
    sync()
    reviewed = review_ministry()
    os.rename(MINISTRY, "sources/ministry.md")
    new_list = Path("claims/sources/ministry.md.yaml")
    sync_documents(read_paths(["sources/ministry.md"]), "claims-fresh")  # an all-unreviewed list...
    new_list.write_bytes(Path("claims-fresh/sources/ministry.md.yaml").read_bytes())  # ...as the old sync wrote
    assert is_untouched(load_round_trip(new_list))

    result = sync()

    assert lists() == ["sources/02-press.md.yaml", "sources/ministry.md.yaml"]
    assert decisions(new_list) == reviewed
    assert ("moved claims/sources/01-ministry.md.yaml -> claims/sources/ministry.md.yaml (3 reviewed claims "
            "kept; replaced an unreviewed claims/sources/ministry.md.yaml)") in result.summary()


def test_a_list_with_reviews_at_the_new_path_is_never_overwritten(project):
    sync()
    review_ministry()
    os.rename(MINISTRY, "sources/ministry.md")
    shutil.copy(MINISTRY_LIST, "kept.yaml")
    sync()
    new_list = Path("claims/sources/ministry.md.yaml")
    decide(new_list, "1.5 km", status="approved", reviewer="dana")  # reviewed at the new path since
    shutil.copy("kept.yaml", MINISTRY_LIST)  # and the old list came back (a merge, a half-done move)
    before = {p: p.read_bytes() for p in (new_list, MINISTRY_LIST)}

    result = sync()

    assert {p: p.read_bytes() for p in before} == before
    [orphan] = result.orphans
    assert orphan.path == MINISTRY_LIST
    assert ("its claims match sources/ministry.md, but claims/sources/ministry.md.yaml already holds reviews or "
            "comments, so it was not moved (merge the two by hand)") in orphan.reason


def load_round_trip(path: Path) -> CommentedMap:
    return store.read_list_file(path)[1]


@pytest.mark.parametrize("change, untouched", [
    ("nothing", True),
    ("a status", False),
    ("a note on an unreviewed claim", False),
    ("a comment", False),
    ("a field of one's own", False),
    ("a top-level field of one's own", False),
    ("an edited header", False),
])
def test_only_a_list_with_nothing_human_in_it_may_be_replaced_by_a_moved_one(project, change, untouched):
    sync(MINISTRY)
    text = MINISTRY_LIST.read_text(encoding="utf-8")
    edits = {
        "nothing": ("", ""),
        "a status": ("status: unreviewed", "status: ignored"),
        "a note on an unreviewed claim": ("status: unreviewed\n", "status: unreviewed\n  note: check\n"),
        "a comment": ("status: unreviewed\n", "status: unreviewed  # later\n"),
        "a field of one's own": ("status: unreviewed\n", "status: unreviewed\n  ticket: 12\n"),
        "a top-level field of one's own": ("claims:\n", "owner: alice\nclaims:\n"),
        "an edited header": ("# Claim list for", "# The claim list for"),
    }
    old, new = edits[change]
    MINISTRY_LIST.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert is_untouched(load_round_trip(MINISTRY_LIST)) is untouched


def test_a_moved_document_and_its_copy_move_nothing(project):
    sync()
    review_ministry()
    before = MINISTRY_LIST.read_bytes()
    os.rename(MINISTRY, "sources/a.md")
    shutil.copy("sources/a.md", "sources/b.md")

    result = sync()

    assert MINISTRY_LIST.read_bytes() == before and not result.moved
    [orphan] = result.orphans
    assert orphan.reason.endswith("its claims match sources/a.md and sources/b.md equally, so it was not moved")
    assert all(status == "unreviewed" for status, _, _ in decisions(Path("claims/sources/a.md.yaml")).values())


def test_of_two_lists_for_one_new_document_the_one_with_more_reviews_moves(project):
    shutil.copy(MINISTRY, "sources/copy.md")
    sync()
    reviewed = review_ministry()
    os.remove(MINISTRY)
    os.rename("sources/copy.md", "sources/merged.md")  # both lists match it, 01-ministry's with its 3 reviews

    result = sync()

    assert [(d.moved_from, d.path.as_posix()) for d in result.moved] == [
        (MINISTRY_LIST, "claims/sources/merged.md.yaml")]
    assert decisions(Path("claims/sources/merged.md.yaml")) == reviewed
    [orphan] = result.orphans
    assert orphan.path == Path("claims/sources/copy.md.yaml")
    assert orphan.reason == ("its document sources/copy.md is gone; its claims match sources/merged.md, but "
                             "claims/sources/01-ministry.md.yaml matches it better, so it was not moved")


def test_two_lists_that_match_one_new_document_equally_move_neither(project):
    shutil.copy(MINISTRY, "sources/copy.md")
    sync()
    copy_list = Path("claims/sources/copy.md.yaml")
    for path in (MINISTRY_LIST, copy_list):
        decide(path, "60,000", status="disputed", reviewer="bob")
    before = {p: p.read_bytes() for p in (MINISTRY_LIST, copy_list)}
    os.remove(MINISTRY)
    os.rename("sources/copy.md", "sources/merged.md")

    result = sync()

    assert not result.moved and {p: p.read_bytes() for p in before} == before
    assert sorted(o.path for o in result.orphans) == sorted(before)
    assert all(o.reason.endswith("matches it as well, so it was not moved") for o in result.orphans)


def test_an_unreadable_list_of_another_document_is_a_warning_not_an_error(project):
    sync()
    Path("claims/notes.yaml").write_text("document: [oops\n", encoding="utf-8")
    result = sync()
    assert any(w.startswith("claims/notes.yaml") and "not checked for a moved document" in w
               for w in result.warnings())
    assert not result.orphans


def test_a_list_written_before_outside_documents_had_their_own_folder_moves_there(project, tmp_path):
    """Before, an outside document's list was claims/<name>.yaml with `document: <name>`: it reads as
    orphaned (no <project>/<name>), and the document's first sync now carries it over."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(FIXTURES / "02-press.md", elsewhere / "press.md")
    sync(str(elsewhere / "press.md"))
    [path] = [p for p in Path("claims").rglob("*.yaml")]
    decide(path, "nearly 480", status="approved", reviewer="alice")
    old = Path("claims/press.md.yaml")
    old.write_text(path.read_text(encoding="utf-8").replace("../elsewhere/press.md", "press.md"),
                   encoding="utf-8")
    shutil.rmtree("claims/_outside")

    result = sync(str(elsewhere / "press.md"))

    assert [(d.moved_from, d.path) for d in result.moved] == [(old, path)]
    assert not old.exists() and record(path, "nearly 480")["status"] == "approved"


def orphan_list(records: str) -> OrphanList:
    """'a b* c': records a, b (reviewed), c, each with a kind, text and value of its own."""
    listed = [Listed(t.rstrip("*"), ("count", t.rstrip("*"), None), t.endswith("*")) for t in records.split()]
    return OrphanList(path=Path("claims/a.md.yaml"), document="a.md", raw=b"", data=CommentedMap(),
                      records=listed, reviewed=sum(r.reviewed for r in listed))


def document(claims: str, name: str = "b.md") -> Target:
    """'a c2=c x': claims a, c2 (the same kind, text and value as c: its sentence changed) and x."""
    parsed = dict((t.split("=") + [t])[:2] for t in claims.split())
    return Target(source=name, document=name, path=Path(f"claims/{name}.yaml"),
                  claims={claim_id: ("count", key, None) for claim_id, key in parsed.items()},
                  free=True)


MANY = " ".join(f"n{i}" for i in range(40))


@pytest.mark.parametrize("old, new, moves", [
    # the old list's records (* reviewed) / the new document's claims (c2=c: c's figure in an edited sentence)
    ("a b c d e", "a b c d e", True),  # the same document, renamed
    ("a* b* c* d* e*", "a b c d e", True),
    ("a* b* c* d e", "a b c x y", True),  # 3 of 5 records, all 3 reviewed ones
    ("a b c d e", "a b c d e " + MANY, True),  # moved and much extended: the old list's share decides
    ("a", "a " + MANY, True),  # one claim, which the new document holds
    ("a b c d", "a b x y", False),  # exactly half is not most
    ("a b c d* e*", "a b c d", True),  # 4 of 5 records: e goes to stale: in the moved list, review and all
    ("a* b* c d e", "a2=a b2=b c d e", True),  # sentences edited in the move: kept by kind, text and value
    ("a b c", "a2=a b2=b c", True),  # one sentence unchanged is enough...
    ("a b c", "a2=a b2=b c2=c", False),  # ...but figures alone are not: no id in common
    ("a b c d", "a x=b y=b z=b", False),  # a figure pairs once
    ("", "a b c", False),  # an empty list matches nothing
    ("a b c", "x y", False),
])
def test_the_match_rule(old, new, moves):
    matching = match_moves([orphan_list(old)], [document(new)])
    assert ("b.md" in matching.moves) is moves
    assert len(matching.orphans) == (0 if moves else 1)


def test_the_best_of_several_documents_wins():
    old = orphan_list("a b c d e f g h i j")
    # more of the old list's records kept wins...
    found = match_moves([old], [document("a b c d e f g", "b.md"), document("a b c d e f g h i", "c.md")])
    assert list(found.moves) == ["c.md"] and not found.orphans
    # ...then more reviewed records kept...
    reviewed = orphan_list("a b c d e f* g* h* i j")
    found = match_moves([reviewed], [document("a b c d e f g i", "b.md"), document("a b c d e f g h", "c.md")])
    assert list(found.moves) == ["c.md"]
    # ...then more ids in common...
    found = match_moves([old], [document("a b c d e f g h i2=i j2=j", "b.md"), document("a b c d e f g h i j", "c.md")])
    assert list(found.moves) == ["c.md"]
    # ...then the larger share of the document's own claims (b.md is the list's text and as much again)
    found = match_moves([old], [document("a b c d e f g h i j " + MANY[:30], "b.md"),
                                document("a b c d e f g h i j", "c.md")])
    assert list(found.moves) == ["c.md"]


# ---------------------------------------------------------------------------------------------- one name, two documents


@pytest.fixture
def two_reports(tmp_path, project, monkeypatch):
    """<tmp>/other/x1/report.md (the ministry's text) and x2/report.md (the press review's), outside the
    project; the working directory is <tmp>/other."""
    other = tmp_path / "other"
    for folder, fixture in (("x1", "01-ministry.md"), ("x2", "02-press.md")):
        (other / folder).mkdir(parents=True)
        shutil.copy(FIXTURES / fixture, other / folder / "report.md")
    monkeypatch.chdir(other)
    return other


def test_two_outside_documents_with_one_name_get_two_lists(two_reports, project):
    into = str(project / "claims")
    first = sync_documents(read_paths(["x1/report.md"]), into)
    [x1_list] = [d.path for d in first.documents]
    decide(x1_list, "more than 500", into=into, status="approved", reviewer="alice")
    decide(x1_list, "60,000", into=into, status="disputed", reviewer="bob")
    x1_before = x1_list.read_bytes()

    second = sync_documents(read_paths(["x2/report.md"]), into)

    [x2] = second.documents
    assert x2.path != x1_list and x2.created
    assert x1_list.read_bytes() == x1_before  # the first list is untouched...
    assert len(x2.new) == x2.claims == 5 and not x2.newly_stale and not x2.needs_review  # ...and nothing inherited
    assert {status for status, _, _ in decisions(x2.path).values()} == {"unreviewed"}
    assert load(x1_list)["document"] == "../other/x1/report.md"
    assert load(x2.path)["document"] == "../other/x2/report.md"
    assert sorted(lists(into)) == sorted(p.relative_to(into).as_posix() for p in (x1_list, x2.path))
    assert x1_list.parent.name.startswith("x1-") and x2.path.parent.name.startswith("x2-")


@pytest.mark.parametrize("cwd, paths", [
    ("other", ["x1/report.md"]),
    ("other", ["x1/report.md", "x2/report.md"]),  # with another document: the same list
    ("other", ["x1"]),
    ("other/x1", ["report.md"]),
    ("project", ["../other/x1/report.md"]),
    ("/", ["{tmp}/other/x1/report.md"]),  # absolute, from anywhere
])
def test_an_outside_document_has_one_list_however_it_is_named(two_reports, project, tmp_path, monkeypatch,
                                                              cwd, paths):
    monkeypatch.chdir(cwd if cwd == "/" else tmp_path / cwd)
    into = str(project / "claims")
    result = sync_documents(read_paths([p.format(tmp=tmp_path) for p in paths]), into)
    x1 = [d.path for d in result.documents if "x1" in d.document]
    assert [p.relative_to(into).parent.parent.as_posix() for p in x1] == ["_outside"]
    assert x1[0] == store.list_path_for(Path(into), "../other/x1/report.md")


@pytest.mark.parametrize("document, expected", [
    # inside the project: the list is the document's path plus .yaml, as always
    ("sources/01-ministry.md", "claims/sources/01-ministry.md.yaml"),
    ("reports/2017/press.html", "claims/reports/2017/press.html.yaml"),
    ("report.md", "claims/report.md.yaml"),
    # outside: the folder's name and a hash of its path (relative to the project)
    ("../other/x1/report.md", "claims/_outside/x1-{h}/report.md.yaml"),
    ("../other/.hidden/report.md", "claims/_outside/hidden-{h}/report.md.yaml"),  # never a hidden folder
    ("../report.md", "claims/_outside/{h}/report.md.yaml"),
])
def test_list_paths(document, expected):
    import hashlib
    folder = document.rpartition("/")[0]
    digest = hashlib.blake2b(folder.encode(), digest_size=4).hexdigest()
    assert store.list_path_for(Path("claims"), document).as_posix() == expected.format(h=digest)


def test_the_two_lists_differ_between_the_two_folders():
    one = store.list_path_for(Path("claims"), "../other/x1/report.md")
    two = store.list_path_for(Path("claims"), "../other/x2/report.md")
    far = store.list_path_for(Path("claims"), "../elsewhere/x1/report.md")  # the same folder name elsewhere
    assert len({one, two, far}) == 3


def test_an_audit_finds_the_list_of_an_outside_document(two_reports, project):
    into = str(project / "claims")
    sync_documents(read_paths(["x1", "x2"]), into)
    x1_list = store.list_path_for(Path(into), "../other/x1/report.md")
    claim_id = decide(x1_list, "60,000", into=into, status="disputed", reviewer="bob")
    report = apply_reviews(audit_documents(read_paths(["x1", "x2"])), load_claim_lists(into))
    found = sorted((f for f in report.findings if f.rule == "disputed-claim"), key=lambda f: f.claims[0].source)
    assert [f.claims[0].source for f in found] == ["x1/report.md", "x2/report.md"]
    assert all(f"#{claim_id}" in f.message for f in found)
    lists_ = load_claim_lists(into)
    assert lists_.for_source("x1/report.md").path == x1_list
    assert lists_.for_source("x2/report.md").path != x1_list


def test_the_command_line_keeps_two_outside_reports_apart(two_reports, project, capsys):
    into = str(project / "claims")
    for folder in ("x1", "x2"):
        assert cli.main(["claims", "sync", f"{folder}/report.md", "--into", into]) == 0
        out, err = capsys.readouterr()
        assert "5 claims, 5 new (created)" in out and "stale" not in err
    assert len(lists(into)) == 2


def test_the_command_line_says_a_list_moved_and_warns_of_an_orphan(project, capsys):
    assert cli.main(["claims", "sync", "sources", "--quiet"]) == 0
    decide(MINISTRY_LIST, "60,000", status="disputed", reviewer="bob")
    os.rename(MINISTRY, "sources/ministry.md")
    os.remove(PRESS)
    capsys.readouterr()
    assert cli.main(["claims", "sync", "sources"]) == 0
    out, err = capsys.readouterr()
    assert ("moved claims/sources/01-ministry.md.yaml -> claims/sources/ministry.md.yaml (1 reviewed claim kept)\n"
            in out)
    assert ("orphaned claims/sources/02-press.md.yaml (0 reviewed claims): its document sources/02-press.md "
            "is gone") in out
    assert "factcheck: warning: claims/sources/02-press.md.yaml: orphaned claim list:" in err

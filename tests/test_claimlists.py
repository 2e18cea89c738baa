"""Reviewers' claim lists (issue #4): sync, review, and reviews applied to an audit.

Every test works on invented documents (tests/fixtures/claimlists/sources) copied
into a temporary project: ``<tmp>/project/sources/*.md`` with the claim lists in
``<tmp>/project/claims/``.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from rich.console import Console

from factcheck.audit import audit_documents, exit_code
from factcheck.claimlists import apply_reviews, load_claim_lists, sync_documents
from factcheck.claimlists import store
from factcheck.claimlists.review import review
from factcheck.errors import FactcheckError, InputError
from factcheck.extract import extract_document
from factcheck.read import read_document, read_paths
from tests.claimlist_helpers import MINISTRY, MINISTRY_LIST, PRESS, PRESS_LIST, decide, load, make_project, record, sync

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "claimlists"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A project directory holding sources/01-ministry.md and sources/02-press.md; the working directory."""
    return make_project(tmp_path, monkeypatch)


def stale_records(path: Path) -> list:
    return list(load(path).get("stale") or [])


def edit(path: str, old: str, new: str) -> None:
    p = Path(path)
    text = p.read_text(encoding="utf-8")
    assert old in text, old
    p.write_text(text.replace(old, new, 1), encoding="utf-8")


def temp_files(directory: Path) -> list[Path]:
    return [p for p in directory.rglob("*") if p.name.endswith(".tmp")]


# ---------------------------------------------------------------------------------------------- sync


def test_sync_writes_one_list_per_document_with_every_claim(project):
    result = sync()
    assert MINISTRY_LIST.is_file() and PRESS_LIST.is_file()
    assert [d.path.as_posix() for d in result.documents] == [MINISTRY_LIST.as_posix(), PRESS_LIST.as_posix()]
    claims = extract_document(read_document(MINISTRY))
    data = load(MINISTRY_LIST)
    assert data["document"] == MINISTRY
    assert data["published"] == "2017-03-01"
    listed = [r["id"] for r in data["claims"]]
    assert sorted(listed) == sorted(c.id for c in claims)
    assert listed == [c.id for c in sorted(claims, key=lambda c: (c.line, c.column, c.id))]
    first = record(MINISTRY_LIST, "more than 500")
    assert first["status"] == "unreviewed"
    assert first["kind"] == "count" and first["value"] == 500 and first["qualifier"] == "more than"
    assert first["line"] == 7 and first["column"] == 46
    assert first["sentence"] == "By the end of 2016 the programme had reached more than 500 schools in Valdoria."
    assert len(first["sentence_hash"]) == 8
    assert "stale" not in data
    assert "5 claims, 5 new (created)" in result.summary()


def test_list_names_do_not_depend_on_how_the_documents_were_named(project):
    sync(MINISTRY)
    before = MINISTRY_LIST.read_bytes()
    sync(str(project / MINISTRY))  # an absolute path, and alone: the same list
    sync("sources")
    assert MINISTRY_LIST.read_bytes() == before
    assert sorted(p.relative_to("claims").as_posix() for p in Path("claims").rglob("*.yaml")) == [
        "sources/01-ministry.md.yaml", "sources/02-press.md.yaml"]


def test_documents_outside_the_project_get_a_list_under_outside_named_by_their_folder(project, tmp_path):
    elsewhere = tmp_path / "elsewhere" / "reports"
    elsewhere.mkdir(parents=True)
    shutil.copy(FIXTURES / "sources" / "02-press.md", elsewhere / "press.md")
    result = sync(str(elsewhere / "press.md"))
    [path] = [d.path for d in result.documents]
    assert path == store.list_path_for(Path("claims"), "../elsewhere/reports/press.md")
    assert path.parent.parent == Path("claims/_outside") and path.parent.name.startswith("reports-")
    assert path.name == "press.md.yaml" and path.is_file()
    assert load(path)["document"] == "../elsewhere/reports/press.md"  # relative to the project: audits find it
    # tests/test_claimlists_renames.py: two outside documents with one name get two lists.


def test_sync_is_deterministic(project, tmp_path):
    sync()
    first = {p: p.read_bytes() for p in Path("claims").rglob("*.yaml")}
    result = sync()
    assert {p: p.read_bytes() for p in Path("claims").rglob("*.yaml")} == first
    assert all(not d.written for d in result.documents)
    # A fresh directory from scratch gives the same bytes.
    sync(into="claims-again")
    for path, content in first.items():
        again = (Path("claims-again") / path.relative_to("claims")).read_bytes()
        assert again == content


def test_hand_written_comments_survive_sync(project):
    sync()
    text = MINISTRY_LIST.read_text(encoding="utf-8")
    claim_id = record(MINISTRY_LIST, "more than 500")["id"]
    text = text.replace(
        f"- id: {claim_id}\n  status: unreviewed\n",
        f"# Checked against the 2016 annual report, page 12.\n- id: {claim_id}\n"
        "  status: approved  # phoned the ministry on 3 May\n  reviewer: alice\n",
    )
    text = text.replace("version: 1\n", "version: 1\n# Team notes: the ministry revises its figures every spring.\n")
    MINISTRY_LIST.write_text(text, encoding="utf-8")

    # A new claim above the commented record, lines inserted, the file re-sorted: the comments stay put.
    edit(MINISTRY, "# Schools programme\n", "# Schools programme\n\nIn 2015 the programme reached 300 schools in Valdoria.\n")
    result = sync()
    after = MINISTRY_LIST.read_text(encoding="utf-8")
    assert "# Team notes: the ministry revises its figures every spring.\n" in after
    assert "  status: approved  # phoned the ministry on 3 May\n" in after
    assert f"# Checked against the 2016 annual report, page 12.\n- id: {claim_id}\n" in after
    assert after.index("300") < after.index("# Checked against")  # the new claim is above, not under the comment
    assert len(result.documents[0].new) >= 1
    # And a second sync changes nothing.
    sync()
    assert MINISTRY_LIST.read_text(encoding="utf-8") == after


def test_comments_above_the_first_record_and_at_the_end_stay_with_them(project):
    sync(MINISTRY)
    text = MINISTRY_LIST.read_text(encoding="utf-8")
    first_id = load(MINISTRY_LIST)["claims"][0]["id"]
    text = text.replace(f"claims:\n- id: {first_id}\n",
                        f"claims:  # every claim\n# About the year.\n- id: {first_id}\n")
    MINISTRY_LIST.write_text(text + "# End of the list.\n", encoding="utf-8")
    # A claim above the first one, and one claim gone (so a 'stale:' section appears at the end).
    edit(MINISTRY, "# Schools programme\n", "# Schools programme\n\nIn 2015, 300 schools joined.\n")
    edit(MINISTRY, "The new tunnel in Lakeport is 1.5 km long.\n", "")
    sync(MINISTRY)
    after = MINISTRY_LIST.read_text(encoding="utf-8")
    assert "claims:  # every claim\n- id: " in after
    assert f"# About the year.\n- id: {first_id}\n" in after
    assert after.index("In 2015, 300 schools joined.") < after.index("# About the year.")
    assert after.index("\nstale:\n") < after.index("# End of the list.")
    assert after.endswith("# End of the list.\n")


def test_human_fields_survive_resync(project):
    sync()
    decide(MINISTRY_LIST, "more than 500", status="approved", reviewer="alice", note="checked", corrected=512)
    decide(MINISTRY_LIST, "60,000", status="ignored", reviewer="bob", ignore_findings=["value-conflict"])
    edit(MINISTRY, "title: Annual report", "title: The annual report")  # refreshes a machine field
    sync()
    approved = record(MINISTRY_LIST, "more than 500")
    assert (approved["status"], approved["reviewer"], approved["note"], approved["corrected"]) == (
        "approved", "alice", "checked", 512)
    ignored = record(MINISTRY_LIST, "60,000")
    assert ignored["status"] == "ignored" and list(ignored["ignore_findings"]) == ["value-conflict"]
    assert load(MINISTRY_LIST)["title"] == "The annual report of the Ministry of Education"
    # Key order as written: id, status, then the human fields, then the machine ones.
    assert list(approved)[:6] == ["id", "status", "reviewer", "note", "corrected", "kind"]


def test_inserted_lines_keep_ids_and_human_fields(project):
    sync()
    claim_id = decide(MINISTRY_LIST, "more than 500", status="approved", reviewer="alice")
    edit(MINISTRY, "# Schools programme\n", "# Schools programme\n\nA paragraph without numbers.\n\nAnother one.\n")
    result = sync()
    moved = record(MINISTRY_LIST, "more than 500")
    assert moved["id"] == claim_id
    assert (moved["status"], moved["reviewer"]) == ("approved", "alice")
    assert moved["line"] == 11
    assert not result.documents[0].new and not result.documents[0].newly_stale
    assert not result.documents[0].needs_review


def test_changed_sentence_under_an_approved_claim_needs_review(project):
    sync()
    old_id = decide(MINISTRY_LIST, "more than 500", status="approved", reviewer="alice", note="checked")
    edit(MINISTRY, "had reached more than 500 schools", "had reached more than 500 primary schools")
    result = sync()
    changed = record(MINISTRY_LIST, "more than 500")
    assert changed["id"] != old_id  # the id includes the sentence
    assert changed["status"] == "needs-review"
    assert changed["previous_status"] == "approved"
    assert (changed["reviewer"], changed["note"]) == ("alice", "checked")
    assert "had reached more than 500 schools in Valdoria." in changed["changed"]
    assert changed["sentence"].endswith("more than 500 primary schools in Valdoria.")
    assert not stale_records(MINISTRY_LIST)
    assert [m.id for m in result.documents[0].needs_review] == [changed["id"]]
    assert any("was approved, but its sentence changed" in w for w in result.warnings())
    # An unreviewed claim whose sentence changes just follows along.
    edit(MINISTRY, "The ministry said 60,000", "The ministry said that 60,000")
    sync()
    assert record(MINISTRY_LIST, "60,000")["status"] == "unreviewed"


def test_removed_text_goes_stale_and_is_reported(project, capsys):
    sync()
    claim_id = decide(MINISTRY_LIST, "1.5 km", status="disputed", reviewer="bob", note="it is 1.2 km")
    edit(MINISTRY, "The new tunnel in Lakeport is 1.5 km long.\n", "")
    result = sync()
    assert all(r["text"] != "1.5 km" for r in load(MINISTRY_LIST)["claims"])
    stale = stale_records(MINISTRY_LIST)
    assert [s["id"] for s in stale] == [claim_id]
    assert (stale[0]["status"], stale[0]["note"]) == ("disputed", "it is 1.2 km")
    assert [m.id for m in result.documents[0].newly_stale] == [claim_id]
    assert "1 newly stale" in result.summary()
    assert any(claim_id in w and "stale" in w for w in result.warnings())
    # Still stale (not re-reported as new), then back when the text returns.
    again = sync()
    assert again.documents[0].stale == 1 and not again.documents[0].newly_stale
    edit(MINISTRY, "in Valdoria in 2016.\n", "in Valdoria in 2016.\n\nThe new tunnel in Lakeport is 1.5 km long.\n")
    back = sync()
    assert [m.id for m in back.documents[0].restored] == [claim_id]
    assert record(MINISTRY_LIST, "1.5 km")["status"] == "disputed"
    assert "stale" not in load(MINISTRY_LIST)


def test_sync_command_reports_stale_claims_on_stderr(project, capsys):
    assert run_cli(["claims", "sync", "sources"]) == 0
    edit(MINISTRY, "The new tunnel in Lakeport is 1.5 km long.\n", "")
    capsys.readouterr()
    assert run_cli(["claims", "sync", "sources", "--into", "claims"]) == 0
    out, err = capsys.readouterr()
    assert "1 newly stale" in out
    assert "“1.5 km”" in err and "kept under 'stale:'" in err


# ---------------------------------------------------------------------------------------------- safety


def test_a_write_killed_half_way_never_corrupts_the_list(project, monkeypatch):
    sync()
    before = MINISTRY_LIST.read_bytes()
    edit(MINISTRY, "more than 500 schools", "more than 520 schools")

    def half_then_die(handle, text):
        handle.write(text[: len(text) // 2])
        handle.flush()
        raise KeyboardInterrupt("killed half-way")

    original = store._write
    monkeypatch.setattr(store, "_write", half_then_die)
    with pytest.raises(KeyboardInterrupt):
        sync()
    assert MINISTRY_LIST.read_bytes() == before
    assert temp_files(Path("claims")) == []
    # Put the writer back without undoing the fixture's chdir into the project.
    monkeypatch.setattr(store, "_write", original)
    load_claim_lists("claims")  # still valid


def test_a_process_killed_mid_write_leaves_the_old_list_and_the_next_sync_cleans_up(project):
    sync()
    before = MINISTRY_LIST.read_bytes()
    edit(MINISTRY, "more than 500 schools", "more than 520 schools")
    script = textwrap.dedent("""
        import os, signal
        from factcheck.claimlists import store, sync_documents
        from factcheck.read import read_paths

        def half_then_die(handle, text):
            handle.write(text[: len(text) // 2])
            handle.flush()
            os.kill(os.getpid(), signal.SIGKILL)

        store._write = half_then_die
        sync_documents(read_paths(["sources"]), "claims")
    """)
    done = subprocess.run([sys.executable, "-c", script], env=_env(), cwd=os.getcwd(), capture_output=True)
    assert done.returncode == -9, done.stderr.decode()
    assert MINISTRY_LIST.read_bytes() == before
    assert len(temp_files(Path("claims"))) == 1  # SIGKILL leaves the temporary file...
    load_claim_lists("claims")  # ...which is never read as a claim list
    result = sync()  # ...and the next sync, holding the lock, removes it
    assert temp_files(Path("claims")) == []
    assert result.removed_temps
    assert record(MINISTRY_LIST, "more than 520")["status"] == "unreviewed"


def _env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_two_concurrent_syncs_leave_valid_lists(project):
    # Many documents so that the two runs overlap.
    for n in range(8):
        shutil.copy(FIXTURES / "sources" / "01-ministry.md", Path("sources") / f"copy-{n:02d}.md")
    script = "from factcheck.claimlists import sync_documents\nfrom factcheck.read import read_paths\n" \
             "sync_documents(read_paths(['sources']), 'claims')\n"
    runs = [subprocess.Popen([sys.executable, "-c", script], env=_env(), cwd=os.getcwd(),
                             stderr=subprocess.PIPE) for _ in range(2)]
    for run in runs:
        _, err = run.communicate(timeout=120)
        assert run.returncode == 0, err.decode()
    lists = load_claim_lists("claims")
    assert len(lists) == 10
    assert temp_files(Path("claims")) == []
    expected = {c.id for c in extract_document(read_document(MINISTRY))}
    for claim_list in lists:
        if "copy-" in claim_list.document:
            assert {r.id for r in claim_list.records} == expected
    before = {p: p.read_bytes() for p in Path("claims").rglob("*.yaml")}
    sync()
    assert {p: p.read_bytes() for p in Path("claims").rglob("*.yaml")} == before


def test_sync_waits_for_the_lock(project):
    sync()
    edit(MINISTRY, "more than 500 schools", "more than 520 schools")
    script = "from factcheck.claimlists import sync_documents\nfrom factcheck.read import read_paths\n" \
             "sync_documents(read_paths(['sources']), 'claims')\n"
    with store.locked(Path("claims")):  # as another sync or review would hold it
        waiting = subprocess.Popen([sys.executable, "-c", script], env=_env(), cwd=os.getcwd())
        try:
            time.sleep(4)
            assert waiting.poll() is None  # blocked on the lock
            assert "520" not in MINISTRY_LIST.read_text(encoding="utf-8")
        except BaseException:
            waiting.kill()
            raise
    assert waiting.wait(60) == 0
    assert "more than 520" in MINISTRY_LIST.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------- malformed lists


def test_malformed_yaml_is_an_input_error_naming_the_place_and_the_file_is_left_alone(project, capsys):
    sync()
    broken = MINISTRY_LIST.read_text(encoding="utf-8").replace("  status: unreviewed\n", "  status: [unreviewed\n", 1)
    MINISTRY_LIST.write_text(broken, encoding="utf-8")
    before = MINISTRY_LIST.read_bytes()
    press_before = PRESS_LIST.read_bytes()
    edit(PRESS, "nearly 480", "nearly 470")
    with pytest.raises(InputError) as caught:
        sync()
    error = caught.value
    assert error.path == str(MINISTRY_LIST) and error.line is not None and error.column is not None
    assert str(error).startswith(f"{MINISTRY_LIST}:{error.line}:{error.column}: malformed claim list")
    assert MINISTRY_LIST.read_bytes() == before
    assert PRESS_LIST.read_bytes() == press_before  # nothing is written when any list is broken
    with pytest.raises(InputError):
        load_claim_lists("claims")
    capsys.readouterr()
    assert run_cli(["claims", "sync", "sources"]) == 2
    assert f"{MINISTRY_LIST}:{error.line}:{error.column}" in capsys.readouterr().err
    assert MINISTRY_LIST.read_bytes() == before


def test_an_unknown_status_is_an_input_error_at_its_line(project):
    sync()
    text = MINISTRY_LIST.read_text(encoding="utf-8").replace("status: unreviewed", "status: aproved", 1)
    MINISTRY_LIST.write_text(text, encoding="utf-8")
    line = text.splitlines().index("  status: aproved") + 1
    with pytest.raises(InputError) as caught:
        load_claim_lists("claims")
    assert caught.value.line == line and caught.value.column == 11
    assert "aproved" in str(caught.value)


def test_duplicate_ids_are_an_input_error(project):
    sync()
    data = load(MINISTRY_LIST)
    first, second = data["claims"][0]["id"], data["claims"][1]["id"]
    MINISTRY_LIST.write_text(MINISTRY_LIST.read_text(encoding="utf-8").replace(second, first), encoding="utf-8")
    with pytest.raises(InputError, match="appears twice"):
        load_claim_lists("claims")


def test_a_missing_claims_directory_is_an_input_error(project):
    with pytest.raises(InputError, match="no such claim list directory"):
        load_claim_lists("no-such-dir")


# ---------------------------------------------------------------------------------------------- review


def test_review_driven_by_scripted_keys(project):
    sync(MINISTRY)
    order = [r["text"] for r in load(MINISTRY_LIST)["claims"]]
    assert order[:3] == ["2016", "more than 500", "60,000"]
    # "2016": skip; "more than 500": a note, then approve; "60,000": an unknown key, then dispute; quit.
    keys = io.StringIO("s\nn\nsee the 2016 annual report\na\nx\nd\nq\n")
    screen = io.StringIO()
    result = review("claims", reviewer="alice", input=keys, console=Console(file=screen, width=120))
    assert result.decided == {"approved": 1, "disputed": 1, "ignored": 0}
    assert (result.notes, result.skipped, result.quit) == (1, 1, True)
    approved = record(MINISTRY_LIST, "more than 500")
    assert (approved["status"], approved["reviewer"], approved["note"]) == (
        "approved", "alice", "see the 2016 annual report")
    assert record(MINISTRY_LIST, "60,000")["status"] == "disputed"
    assert record(MINISTRY_LIST, "1.5 km")["status"] == "unreviewed"
    shown = screen.getvalue()
    assert "By the end of 2016 the programme had reached more than 500 schools in Valdoria." in shown
    assert "press a, d, i, n, s or q" in shown
    assert "1 approved, 1 disputed, 0 ignored" in shown
    # The next session starts with what is left; end of input quits, saving what was decided.
    result = review("claims", reviewer="bob", input=io.StringIO("i\n"), console=Console(file=io.StringIO()))
    first = load(MINISTRY_LIST)["claims"][0]
    assert (first["text"], first["status"], first["reviewer"]) == ("2016", "ignored", "bob")
    assert result.quit and result.remaining == 2


def test_review_saves_after_each_decision(project, monkeypatch):
    sync(MINISTRY)
    snapshots = []
    real = store.atomic_write

    def spy(path, text):
        real(path, text)
        snapshots.append(path.read_text(encoding="utf-8"))

    monkeypatch.setattr("factcheck.claimlists.review.atomic_write", spy)
    review("claims", reviewer="alice", input=io.StringIO("a\ni\nq\n"), console=Console(file=io.StringIO()))
    assert len(snapshots) == 2
    assert snapshots[0].count("status: approved") == 1 and "status: ignored" not in snapshots[0]
    assert snapshots[1].count("status: ignored") == 1


def test_reviewing_a_needs_review_claim_clears_what_sync_noted(project):
    sync(MINISTRY)
    decide(MINISTRY_LIST, "more than 500", status="approved", reviewer="alice")
    edit(MINISTRY, "had reached more than 500 schools", "had reached more than 500 primary schools")
    sync(MINISTRY)
    screen = io.StringIO()
    review("claims", reviewer="carol", input=io.StringIO("a\nq\n"), console=Console(file=screen, width=200),
           statuses=("needs-review",))
    again = record(MINISTRY_LIST, "more than 500")
    assert (again["status"], again["reviewer"]) == ("approved", "carol")
    assert "previous_status" not in again and "changed" not in again
    assert "was approved (by alice); sentence changed" in screen.getvalue()


def test_review_keeps_comments(project):
    sync(MINISTRY)
    text = MINISTRY_LIST.read_text(encoding="utf-8").replace("version: 1\n", "version: 1  # format\n# keep me\n")
    MINISTRY_LIST.write_text(text, encoding="utf-8")
    review("claims", reviewer="alice", input=io.StringIO("a\n"), console=Console(file=io.StringIO()))
    after = MINISTRY_LIST.read_text(encoding="utf-8")
    assert "version: 1  # format\n# keep me\n" in after and "status: approved" in after


# ---------------------------------------------------------------------------------------------- audit --claims


def audited():
    documents = read_paths(["sources"])
    return apply_reviews(audit_documents(documents), load_claim_lists("claims"))


def test_an_approved_claim_is_the_reference(project):
    sync()
    claim_id = decide(MINISTRY_LIST, "more than 500", status="approved", reviewer="alice", note="annual report")
    report = audited()
    found = [f for f in report.findings if f.rule == "reviewed-claim"]
    assert len(found) == 1
    finding = found[0]
    assert finding.severity == "error" and finding.suppression is None
    assert f"{MINISTRY_LIST.as_posix()}#{claim_id}" in finding.message and "alice" in finding.message
    assert "“nearly 480”" in finding.message
    assert [(e.text, e.role) for e in finding.claims] == [("nearly 480", "contradicts"),
                                                          ("more than 500", "reviewed")]
    assert finding.numbers["claim_list"] == MINISTRY_LIST.as_posix() and finding.numbers["reviewer"] == "alice"
    assert report.summary["error"] >= 1 and exit_code(report, "error") == 1


def test_a_part_is_no_figure_for_the_approved_whole(project):
    # a region's schools in a table, and a part after "of which", are fewer than the approved total
    Path("sources/03-regions.md").write_text(
        "---\ntitle: Regions\npublished: 2017-06-01\n---\nTable 1: Schools reached in Valdoria by region, 2016\n\n"
        "| Region | Schools |\n|---|---|\n| North | 214 |\n| South | 131 |\n\n"
        "In 2016 the programme reached 530 schools in Valdoria, of which 90 were in the capital.\n", encoding="utf-8")
    sync()
    decide(MINISTRY_LIST, "more than 500", status="approved", reviewer="alice")
    found = [f for f in audited().findings if f.rule == "reviewed-claim"]
    assert [f.claims[0].text for f in found] == ["nearly 480"]


def test_a_reference_works_when_its_document_is_not_audited(project):
    sync()
    decide(MINISTRY_LIST, "more than 500", status="approved", reviewer="alice")
    report = apply_reviews(audit_documents(read_paths([PRESS])), load_claim_lists("claims"))
    found = [f for f in report.findings if f.rule == "reviewed-claim"]
    assert len(found) == 1 and found[0].claims[1].source == MINISTRY


def test_a_corrected_value_is_the_reference(project):
    sync()
    decide(MINISTRY_LIST, "more than 500", status="approved", reviewer="alice", corrected=478)
    report = audited()
    # 478 agrees with "nearly 480"; the approved claim itself is not checked against its correction.
    assert not [f for f in report.findings if f.rule == "reviewed-claim"]
    decide(MINISTRY_LIST, "more than 500", corrected=[600, 650])
    found = [f for f in audited().findings if f.rule == "reviewed-claim"]
    assert len(found) == 1 and "corrected value" in found[0].message and "600–650" in found[0].message


def test_a_disputed_claim_is_flagged_wherever_it_is_repeated(project):
    sync()
    claim_id = decide(MINISTRY_LIST, "60,000", status="disputed", reviewer="bob", note="contractors counted",
                      corrected=45000)
    report = audited()
    found = sorted((f for f in report.findings if f.rule == "disputed-claim"), key=lambda f: f.claims[0].source)
    assert [f.claims[0].source for f in found] == [MINISTRY, PRESS]
    assert all(f.severity == "warning" for f in found)
    assert all(f"{MINISTRY_LIST.as_posix()}#{claim_id}" in f.message and "bob" in f.message for f in found)
    assert "45,000" in found[1].message and "repeats" in found[1].message


def test_ignored_claims_suppress_their_findings(project):
    sync()
    before = audit_documents(read_paths(["sources"]))
    tunnels = [f for f in before.findings if f.rule == "value-conflict" and "Lakeport" in f.claims[0].sentence]
    assert len(tunnels) == 1
    decide(MINISTRY_LIST, "1.5 km", status="ignored", reviewer="carol", note="two different tunnels")
    # One claim of two ignored: the finding stands...
    assert [f for f in audited().findings if f.fingerprint == tunnels[0].fingerprint][0].suppression is None
    # ...until the other is ignored too,
    decide(PRESS_LIST, "1,200 metres", status="ignored", reviewer="carol", note="two different tunnels")
    report = audited()
    finding = [f for f in report.findings if f.fingerprint == tunnels[0].fingerprint][0]
    assert finding.suppression is not None
    assert finding.suppression.kind == "claim-list"
    assert finding.suppression.justification == "two different tunnels"
    assert MINISTRY_LIST.as_posix() in finding.suppression.location
    assert report.summary["suppressed"] == 1
    # Suppressed findings never fail the run.
    schools = [f for f in report.findings if "schools" in f.message and f.suppression is None]
    decide(PRESS_LIST, "1,200 metres", status="unreviewed")
    # ...or the ignored claim's record names the finding's rule.
    decide(MINISTRY_LIST, "1.5 km", ignore_findings=["value-conflict"])
    finding = [f for f in audited().findings if f.fingerprint == tunnels[0].fingerprint][0]
    assert finding.suppression is not None and finding.suppression.location == MINISTRY_LIST.as_posix()
    assert schools  # (the schools conflict is unaffected)


def test_only_waived_findings_left_means_exit_zero(project):
    sync()
    decide(MINISTRY_LIST, "1.5 km", status="ignored", reviewer="carol")
    decide(PRESS_LIST, "1,200 metres", status="ignored", reviewer="carol")
    decide(MINISTRY_LIST, "more than 500", status="ignored", reviewer="carol")
    decide(PRESS_LIST, "nearly 480", status="ignored", reviewer="carol")
    report = audited()
    assert report.findings and all(f.suppression is not None for f in report.findings)
    assert report.summary["error"] == 0 and exit_code(report, "error") == 0


def test_unreviewed_and_stale_records_change_nothing(project):
    sync()
    plain = audit_documents(read_paths(["sources"]))
    report = apply_reviews(plain, load_claim_lists("claims"))
    assert [f.fingerprint for f in report.findings] == [f.fingerprint for f in plain.findings]
    assert all(f.suppression is None for f in report.findings)


# ---------------------------------------------------------------------------------------------- command line


def run_cli(argv: list[str]) -> int:
    """Through factcheck.cli.main once `claims` is wired there; until then, through the same parser pieces."""
    from factcheck import cli

    try:
        cli.build_parser().parse_args(["claims", "sync", "x"])
        wired = True
    except SystemExit:
        wired = False
    if wired:
        return cli.main(argv)

    from factcheck.claimlists import add_claims_command, cmd_claims

    parser = argparse.ArgumentParser(prog="factcheck")
    commands = parser.add_subparsers(dest="command")

    def add_inputs(sub):
        sub.add_argument("paths", nargs="+")
        sub.add_argument("--include", action="append")
        sub.add_argument("--exclude", action="append")
        sub.add_argument("--output", "-o")
        sub.add_argument("--quiet", "-q", action="store_true")

    add_claims_command(commands, add_inputs)
    args = parser.parse_args(argv)
    try:
        return cmd_claims(args)
    except FactcheckError as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return error.exit_code


def test_claims_review_command(project, monkeypatch, capsys):
    assert run_cli(["claims", "sync", MINISTRY, "--into", "lists", "--quiet"]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("s\na\nq\n"))
    monkeypatch.setenv("USER", "dana")
    assert run_cli(["claims", "review", "--into", "lists"]) == 0
    approved = record(Path("lists/sources/01-ministry.md.yaml"), "more than 500")
    assert (approved["status"], approved["reviewer"]) == ("approved", "dana")


def test_the_demo_claim_lists_are_in_step_with_the_extractor(tmp_path):
    """claims/ holds the reviewers' lists for sources/: syncing them again changes nothing. When an extractor
    change moves a claim, run `factcheck claims sync sources` and commit the lists."""
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    lists = sorted((tmp_path / "claims").rglob("*.yaml"))
    before = {p: p.read_bytes() for p in lists}
    documents = read_paths([str(tmp_path / "sources")])
    sync_documents(documents, tmp_path / "claims")
    changed = [p.name for p in lists if p.read_bytes() != before[p]]
    assert not changed, f"claims/ is out of step with the extractor: {changed}"

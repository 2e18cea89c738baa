"""Writing output files: unwritable targets are input errors (exit 2), checked before anything is written;
links are followed and FIFOs written through, never replaced."""

from __future__ import annotations

import errno
import json
import os
import stat
import sys
import threading
from pathlib import Path

import pytest

from factcheck import output
from factcheck.cli import main
from factcheck.errors import UsageError
from factcheck.output import atomic_write, check_directory, check_writable

DOC = "---\npublished: 2017-03-01\n---\nBy the end of 2016 the programme had reached more than 500 schools.\n"


def run(args, capsys):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def doc(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(DOC, encoding="utf-8")
    return path


def no_temp_files(directory: Path) -> bool:
    return not [p for p in directory.iterdir() if p.name.endswith(".tmp")]


# --- unwritable targets: exit 2 with "PATH: cannot write: REASON" ------------------------------------------------

# name, the output path (relative to tmp_path; '{doc}' is the document), the reason's words
UNWRITABLE = [
    ("an existing directory", "out.json", "is a directory"),
    ("a missing directory", "nodir/x.json", "directory"),
    ("a file as directory", "a.md/x.json", "not a directory"),
]


@pytest.mark.parametrize("name, target, reason", UNWRITABLE, ids=[row[0] for row in UNWRITABLE])
@pytest.mark.parametrize("command", [["extract"], ["audit"], ["claims", "sync"]])
def test_unwritable_output_is_exit_2_naming_it(tmp_path, doc, capsys, monkeypatch, name, target, reason, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out.json").mkdir()
    code, out, err = run([*command, "a.md", "-o", target], capsys)
    assert code == 2
    assert f"factcheck: error: {target}: cannot write: " in err and reason in err
    assert "internal error" not in err
    assert not (tmp_path / "claims").exists()  # claims sync wrote no list either


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_a_virtual_file_system_is_unwritable(doc, capsys):
    code, _, err = run(["extract", doc, "-o", "/proc/x.json"], capsys)
    assert code == 2 and err.startswith("factcheck: error: /proc/x.json: cannot write: ")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only directories")
def test_a_read_only_directory_is_unwritable(tmp_path, doc, capsys):
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        code, _, err = run(["extract", doc, "-o", ro / "x.json"], capsys)
        assert code == 2 and f"{ro / 'x.json'}: cannot write: permission denied" in err
        code, _, err = run(["claims", "sync", doc, "--into", ro / "claims"], capsys)
        assert code == 2 and f"{ro / 'claims'}: cannot write: " in err
    finally:
        ro.chmod(0o755)


def refuse_new_files(monkeypatch):
    """A directory that takes no new files, for any user (root ignores permission bits)."""
    def mkstemp(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(output.tempfile, "mkstemp", mkstemp)


def test_permission_denied_is_exit_2(tmp_path, doc, capsys, monkeypatch):
    refuse_new_files(monkeypatch)
    code, _, err = run(["extract", doc, "-o", tmp_path / "x.json"], capsys)
    assert (code, err) == (2, f"factcheck: error: {tmp_path / 'x.json'}: cannot write: permission denied\n")


def test_claims_sync_into_an_unwritable_directory_is_exit_2(tmp_path, doc, capsys, monkeypatch):
    refuse_new_files(monkeypatch)
    code, _, err = run(["claims", "sync", doc, "--into", tmp_path / "claims"], capsys)
    assert code == 2 and f"{tmp_path / 'claims'}: cannot write: permission denied" in err
    assert not (tmp_path / "claims").exists()


def test_a_failure_while_writing_is_exit_2_and_keeps_the_old_file(tmp_path, doc, capsys, monkeypatch):
    target = tmp_path / "claims.json"
    target.write_text("the last good report\n", encoding="utf-8")

    def fsync(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", fsync)
    code, _, err = run(["extract", doc, "-f", "json", "-o", target], capsys)
    assert code == 2 and f"{target}: cannot write: no space left on device" in err
    assert target.read_text(encoding="utf-8") == "the last good report\n"
    assert no_temp_files(tmp_path)


# --- every output checked before any is written ----------------------------------------------------------------


def test_audit_writes_no_report_when_one_output_is_bad(tmp_path, doc, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["audit", "a.md", "-o", "ok.json", "-o", "nodir/x.sarif"], capsys)
    assert code == 2 and "nodir/x.sarif: cannot write: " in err
    assert not (tmp_path / "ok.json").exists()


def test_audit_writes_no_baseline_when_an_output_is_bad(tmp_path, doc, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["audit", "a.md", "--write-baseline", "base.json", "-o", "nodir/x.json"], capsys)
    assert code == 2 and "nodir/x.json: cannot write: " in err
    assert not (tmp_path / "base.json").exists()
    code, _, err = run(["audit", "a.md", "--write-baseline", "nodir/base.json", "-o", "ok.json"], capsys)
    assert code == 2 and "nodir/base.json: cannot write: " in err
    assert not (tmp_path / "ok.json").exists()


def test_claims_sync_writes_no_list_when_its_summary_cannot_be_written(tmp_path, doc, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["claims", "sync", "a.md", "-o", "nodir/sum.txt"], capsys)
    assert code == 2 and "nodir/sum.txt: cannot write: " in err
    assert not (tmp_path / "claims").exists()


def test_good_outputs_are_all_written(tmp_path, doc, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, _ = run(["audit", "a.md", "-o", "r.json", "-o", "r.md", "--write-baseline", "base.json"], capsys)
    assert code == 0
    assert json.loads((tmp_path / "r.json").read_text())["version"] == 1
    assert (tmp_path / "r.md").read_text().startswith("# factcheck audit")
    assert (tmp_path / "base.json").exists() and no_temp_files(tmp_path)


def test_checks_write_nothing(tmp_path):
    check_writable([tmp_path / "x.json", None, "-"])
    check_directory(tmp_path / "new" / "claims")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(UsageError, match="cannot write: is a directory"):
        check_writable([tmp_path])
    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError, match="not a directory"):
        check_directory(tmp_path / "file")
    with pytest.raises(UsageError, match="not a directory"):
        check_directory(tmp_path / "file" / "claims")


# --- links and special files -------------------------------------------------------------------------------------


def test_a_symlink_is_followed_not_replaced(tmp_path, doc, capsys):
    real = tmp_path / "reports" / "claims.json"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    code, _, _ = run(["extract", doc, "-f", "json", "-o", link], capsys)
    assert code == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert json.loads(real.read_text())["claims"]
    assert no_temp_files(tmp_path) and no_temp_files(real.parent)


def test_a_chain_of_links_and_a_dangling_link(tmp_path):
    real = tmp_path / "real.txt"
    first = tmp_path / "first.txt"
    second = tmp_path / "second.txt"
    second.symlink_to(first)
    first.symlink_to(real)  # real does not exist yet: the chain dangles
    atomic_write(second, "new\n")
    assert second.is_symlink() and first.is_symlink()
    assert real.read_text() == "new\n"
    atomic_write(second, "newer\n")
    assert real.read_text() == "newer\n"


def test_a_link_to_a_directory_is_unwritable(tmp_path):
    (tmp_path / "dir").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "dir")
    with pytest.raises(UsageError, match="cannot write: is a directory"):
        atomic_write(tmp_path / "link", "x\n")
    with pytest.raises(UsageError, match="cannot write: is a directory"):
        check_writable([tmp_path / "link"])


def test_the_file_mode_is_kept(tmp_path):
    target = tmp_path / "r.txt"
    target.write_text("old\n")
    target.chmod(0o640)
    atomic_write(target, "new\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.read_text() == "new\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_written_through_not_replaced(tmp_path, doc, capsys):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, _, err = run(["extract", doc, "-f", "json", "-o", fifo], capsys)
    reader.join(timeout=10)
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(received[0])["claims"]
    assert no_temp_files(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_link_to_a_fifo_is_written_through(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "link"
    link.symlink_to(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    check_writable([link])
    atomic_write(link, "through the link\n")
    reader.join(timeout=10)
    assert received == [b"through the link\n"]
    assert link.is_symlink() and stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_standard_output_is_not_a_file(capsys):
    output.write_text("to stdout", "-")
    assert capsys.readouterr().out == "to stdout\n"


@pytest.mark.skipif(sys.platform != "linux", reason="Linux /dev/fd")
def test_a_dev_path_to_a_regular_file_is_written_through(tmp_path):
    # /dev/fd/N stands for a descriptor some other program opened: write into it, do not rename over its file.
    target = tmp_path / "opened.txt"
    with open(target, "w") as handle:
        atomic_write(f"/dev/fd/{handle.fileno()}", "through the descriptor\n")
    assert target.read_text() == "through the descriptor\n"
    assert no_temp_files(tmp_path)

"""Writing results: to standard output, or atomically to a file.

A regular file is written to a temporary name in its directory and renamed into
place, so an interrupted run never leaves half a report where the last good one
was. Around that:

* a symbolic link is followed: the rename replaces the link's target, and the
  link stays a link (a dangling link creates its target);
* a file that is not a regular file (a FIFO, a terminal, ``/dev/null``,
  ``/dev/stdout``) is written through directly: renaming over it would
  replace the device node or pipe with a plain file;
* every failure to write (a missing or read-only directory, a directory named
  as the output, a full disk) is an input problem, ``PATH: cannot write:
  REASON``, exit code 2, not a crash;
* ``check_writable``/``check_directory`` let a command check all its outputs
  before it writes any of them, so one bad ``-o`` does not leave the others
  half done.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Iterable, Optional, Union

from .errors import UsageError

PathArg = Union[str, "os.PathLike[str]"]


def write_text(content: str, output: Optional[str]) -> None:
    """Print content, or write it atomically to output ('-' also means standard output)."""
    if output is None or output == "-":
        sys.stdout.write(content)
        if content and not content.endswith("\n"):
            sys.stdout.write("\n")
        sys.stdout.flush()
        return
    atomic_write(Path(output), content)


def atomic_write(path: PathArg, content: str) -> None:
    """Write ``content`` (UTF-8) to ``path``; see the module docstring. Failures raise UsageError naming ``path``."""
    shown = os.fspath(path)
    try:
        if _writes_through(shown):
            _write_through(shown, content)
            return
        target = Path(os.path.realpath(shown)) if os.path.islink(shown) else Path(shown)
        if target.is_dir():
            raise _cannot_write(shown, "is a directory")
        _check_parent(shown, target)
        _replace(target, content)
    except OSError as error:
        raise _cannot_write(shown, _reason(error)) from None


def check_writable(paths: Iterable[Optional[PathArg]]) -> None:
    """Raise UsageError for the first output file that cannot be written; ``None`` and '-' are standard output.

    Checks without writing anything: the target is no directory, its directory
    exists, and a file can be created there (tried, then removed: the only test
    that also holds for root, read-only file systems and ``/proc``). A FIFO or
    device is checked for write permission only.
    """
    for path in paths:
        if path is None or os.fspath(path) == "-":
            continue
        shown = os.fspath(path)
        try:
            if _writes_through(shown):
                if not os.access(shown, os.W_OK):
                    raise _cannot_write(shown, "permission denied")
                continue
            target = Path(os.path.realpath(shown)) if os.path.islink(shown) else Path(shown)
            if target.is_dir():
                raise _cannot_write(shown, "is a directory")
            _check_parent(shown, target)
            _probe(target.parent if str(target.parent) else Path("."))
        except OSError as error:
            raise _cannot_write(shown, _reason(error)) from None


def check_directory(path: PathArg) -> None:
    """Raise UsageError unless ``path`` is, or can be created as, a directory files can be written in."""
    shown = os.fspath(path)
    directory = Path(shown)
    try:
        if directory.exists():
            if not directory.is_dir():
                raise _cannot_write(shown, "not a directory")
            _probe(directory)
            return
        # It will be created: the nearest existing ancestor must be a directory that takes new entries.
        ancestor = directory.absolute().parent
        while not ancestor.exists() and ancestor != ancestor.parent:
            ancestor = ancestor.parent
        if not ancestor.is_dir():
            raise _cannot_write(shown, f"{ancestor} is not a directory")
        _probe(ancestor)
    except OSError as error:
        raise _cannot_write(shown, _reason(error)) from None


# ------------------------------------------------------------------ helpers


def _writes_through(path: str) -> bool:
    """Whether ``path`` is written in place: an existing file that is neither regular nor a directory.

    Paths under /dev and /proc (``/dev/stdout``, ``/proc/self/fd/1``) count even
    when they lead to a regular file: they stand for a descriptor some other
    program opened, and renaming onto what they point at would bypass it.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    if stat.S_ISDIR(mode):
        return False
    if not stat.S_ISREG(mode):
        return True
    absolute = os.path.abspath(path)
    return absolute.startswith(("/dev/", "/proc/"))


def _write_through(path: str, content: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(content)


def _check_parent(shown: str, target: Path) -> None:
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.exists():
        raise _cannot_write(shown, f"directory {directory} does not exist")
    if not directory.is_dir():
        raise _cannot_write(shown, f"{directory} is not a directory")


def _probe(directory: Path) -> None:
    """Create and remove a temporary file in ``directory``; OSError when that is not possible."""
    try:
        fd, name = tempfile.mkstemp(prefix=".factcheck-probe.", suffix=".tmp", dir=directory)
    except FileNotFoundError:
        # The directory exists (checked), yet takes no new files: /proc and other virtual file systems.
        raise OSError(errno.EACCES, f"cannot create files in {directory}") from None
    os.close(fd)
    os.unlink(name)


def _replace(path: Path, content: str) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except FileNotFoundError:
        raise OSError(errno.EACCES, f"cannot create files in {directory}") from None
    try:
        # mkstemp makes the file private; give it the mode the file had, or the usual one.
        try:
            mode = os.stat(path).st_mode & 0o7777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _reason(error: OSError) -> str:
    reason = error.strerror or str(error)
    return reason[:1].lower() + reason[1:] if reason[:2] != reason[:2].upper() else reason


def _cannot_write(path: str, reason: str) -> UsageError:
    return UsageError(f"cannot write: {reason}", path=path)

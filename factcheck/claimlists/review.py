"""`factcheck claims review`: step through unreviewed claims in the terminal.

Each claim is shown in its sentence; one key (then Enter) decides it:

    a  approve      d  dispute      i  ignore
    n  add a note (asked for on the next line; the claim stays on screen)
    s  skip         q  quit

Every decision is saved at once: the claim list is re-read under the claims
directory's lock, the one record is changed in place (round trip, so comments
stay), and the file is replaced atomically. Quitting, or losing the terminal,
never loses a decision already made.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, TextIO, Union

from rich.console import Console
from rich.text import Text

from ..errors import UsageError
from .store import (
    ClaimList, Record, atomic_write, delete_key, dump_text, load_claim_lists, locked, put, read_list_file,
    remove_orphan_temps,
)

QUEUE_STATUSES = ("unreviewed", "needs-review")
DECISIONS = {"a": "approved", "d": "disputed", "i": "ignored"}


@dataclass
class ReviewResult:
    decided: dict[str, int] = field(default_factory=lambda: {"approved": 0, "disputed": 0, "ignored": 0})
    notes: int = 0
    skipped: int = 0
    remaining: int = 0
    quit: bool = False
    vanished: int = 0

    def summary(self) -> str:
        done = ", ".join(f"{n} {status}" for status, n in self.decided.items())
        extra = f", {self.vanished} changed on disk and left alone" if self.vanished else ""
        return (f"reviewed: {done}; {self.notes} note{'s' if self.notes != 1 else ''} added, {self.skipped} skipped"
                f"{extra}; {self.remaining} still to review")


def reviewer_name(given: Optional[str]) -> str:
    name = given or os.environ.get("USER") or os.environ.get("USERNAME") or os.environ.get("LOGNAME")
    if not name:
        raise UsageError("say who is reviewing: --reviewer NAME ($USER is not set)")
    return name


def save_record(directory: Path, path: Path, claim_id: str, changes: dict[str, Any],
                drop: tuple[str, ...] = ()) -> bool:
    """Change one record of one claim list, under the lock, atomically. False when the record is gone."""
    with locked(directory):
        remove_orphan_temps(directory, only_for=path)
        raw, data = read_list_file(path)
        item = next((x for x in (data.get("claims") or []) if str(x.get("id")) == claim_id), None)
        if item is None:
            return False
        for key, value in changes.items():
            put(item, key, value)
        for key in drop:
            if key in item:
                delete_key(item, key)
        text = dump_text(data)
        if text.encode("utf-8") != raw:
            atomic_write(path, text)
        return True


def _show(console: Console, position: int, total: int, claim_list: ClaimList, record: Record) -> None:
    console.rule(Text(f"[{position}/{total}] {claim_list.document}  line {record.line}, column {record.column}  "
                      f"({claim_list.label}#{record.id})"), style="dim")
    sentence = Text(record.sentence or record.text)
    span = " ".join(record.text.split())
    at = (record.sentence or "").find(span) if span else -1
    if at >= 0:
        sentence.stylize("bold reverse", at, at + len(span))
    console.print(sentence)
    facts = [f"{record.kind or '?'}"]
    if record.value is not None:
        facts.append(f"value {_fmt(record.value)}")
    elif record.lower is not None or record.upper is not None:
        facts.append(f"from {_fmt(record.lower)} to {_fmt(record.upper)}")
    if record.unit:
        facts.append(str(record.unit))
    if record.qualifier and record.qualifier != "exact":
        facts.append(f"({record.qualifier})")
    for label, value in (("subject", record.subject), ("place", record.place), ("period", record.period)):
        if value:
            facts.append(f"{label}: {value}")
    console.print(Text(" · ".join(facts), style="dim"))
    if record.status == "needs-review":
        was = f"was {record.previous_status}" if record.previous_status else "needs review"
        if record.reviewer:
            was += f" (by {record.reviewer})"
        console.print(Text(f"{was}; {record.changed or 'marked for review'}", style="yellow"))
    if record.note:
        console.print(Text(f"note: {record.note}", style="italic"))


def _fmt(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, (int, float)):
        return f"{value:,}"
    return "?" if value is None else str(value)


def _prompt(console: Console) -> None:
    parts: list[Any] = []
    for key, rest in (("a", "pprove"), ("d", "ispute"), ("i", "gnore"), ("n", "ote"), ("s", "kip"), ("q", "uit")):
        parts += [("[", "dim"), (key, "bold"), ("]", "dim"), rest + "  "]
    parts.append("> ")
    console.print(Text.assemble(*parts), end="")


def review(directory: Union[str, Path] = "claims", *, reviewer: Optional[str] = None,
           input: Optional[TextIO] = None, console: Optional[Console] = None,
           statuses: tuple[str, ...] = QUEUE_STATUSES) -> ReviewResult:
    """Ask about each claim whose status is in `statuses`, saving after every decision."""
    directory = Path(directory)
    who = reviewer_name(reviewer)
    stream = input if input is not None else sys.stdin
    console = console or Console(highlight=False)
    lists = load_claim_lists(directory)
    queue = [(claim_list, record) for claim_list in lists for record in
             sorted(claim_list.records, key=lambda r: (r.line, r.column, r.id)) if record.status in statuses]
    result = ReviewResult()
    if not queue:
        console.print(f"nothing to review in {directory.as_posix()}/")
        return result

    def read_line() -> Optional[str]:
        line = stream.readline()
        return None if line == "" else line.rstrip("\r\n")

    position = 0
    for position, (claim_list, record) in enumerate(queue, 1):
        _show(console, position, len(queue), claim_list, record)
        while True:
            _prompt(console)
            answer = read_line()
            if answer is None:  # end of input: the same as quitting
                console.print()
                result.quit = True
                break
            key = answer.strip().lower()[:1]
            if key == "q":
                result.quit = True
                break
            if key == "s":
                result.skipped += 1
                break
            if key == "n":
                console.print("note: ", end="")
                note = read_line()
                if note is None:
                    console.print()
                    result.quit = True
                    break
                note = note.strip()
                if not note:
                    continue
                if not save_record(directory, claim_list.path, record.id, {"note": note}):
                    result.vanished += 1
                    console.print(Text(f"{claim_list.label}#{record.id} changed on disk; left alone", style="red"))
                    break
                record.note = note
                result.notes += 1
                console.print(Text(f"saved the note to {claim_list.label}", style="green"))
                continue
            if key in DECISIONS:
                status = DECISIONS[key]
                saved = save_record(directory, claim_list.path, record.id, {"status": status, "reviewer": who},
                                    drop=("previous_status", "changed"))
                if not saved:
                    result.vanished += 1
                    console.print(Text(f"{claim_list.label}#{record.id} changed on disk; left alone", style="red"))
                    break
                record.status = status
                result.decided[status] += 1
                console.print(Text(f"{status} by {who}; saved to {claim_list.label}", style="green"))
                break
            console.print(Text("press a, d, i, n, s or q, then Enter", style="red"))
        if result.quit:
            break
    result.remaining = sum(1 for _, r in queue if r.status in statuses)
    console.print(result.summary())
    return result

"""The `factcheck` command line.

    factcheck extract PATH... [--format text|json|jsonl|yaml|csv] [--output FILE]
    factcheck schema [claim|report]
    factcheck audit PATH... [--format text|json|markdown] [--fail-on error|warning|never] [--output FILE]

Exit codes: 0 success (audit: no finding reaches --fail-on), 1 audit findings at or
above --fail-on, 2 usage or input errors (the message names the file and place).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from typing import Optional, Sequence

from . import __version__
from .errors import FactcheckError, UsageError


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on usage errors already; keep its message but prefix our name."""

    def error(self, message: str):  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"factcheck: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factcheck", description="Extract numeric claims from documents and audit them for contradictions.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True

    def add_inputs(sub: argparse.ArgumentParser, multiple_outputs: bool = False) -> None:
        sub.add_argument("paths", nargs="+", metavar="PATH", help="files or directories; '-' reads standard input")
        sub.add_argument("--include", action="append", metavar="GLOB", help="only files matching GLOB when walking directories (repeatable)")
        sub.add_argument("--exclude", action="append", metavar="GLOB", help="skip files matching GLOB when walking directories (repeatable)")
        if multiple_outputs:
            sub.add_argument("--output", "-o", action="append", metavar="[FORMAT:]FILE",
                             help="write to FILE instead of standard output; repeat for several formats "
                                  "(format from FORMAT: or the extension)")
        else:
            sub.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
        sub.add_argument("--quiet", "-q", action="store_true", help="no warnings or progress on standard error")

    from .report.claims import CLAIM_FORMATS

    extract = commands.add_parser("extract", help="list every numeric claim in the documents")
    add_inputs(extract)
    extract.add_argument("--format", "-f", choices=CLAIM_FORMATS, default="text")

    schema = commands.add_parser("schema", help="print the JSON Schema of the claim record or the audit report")
    schema.add_argument("record", nargs="?", choices=("claim", "report"), default="claim")

    rules = commands.add_parser("rules", help="list the checks: id, severity, what each flags and why")
    rules.add_argument("rule", nargs="?", help="show one rule in full")

    try:
        from .audit import add_audit_command
    except ImportError:  # the audit stage is optional while it is being built
        add_audit_command = None
    if add_audit_command is not None:
        add_audit_command(commands, add_inputs)
    from .claimlists import add_claims_command

    add_claims_command(commands, add_inputs)
    return parser


def _warn(quiet: bool):
    def warn(message: str) -> None:
        if not quiet:
            print(f"factcheck: warning: {message}", file=sys.stderr)

    return warn


def read_inputs(args) -> list:
    from .read import read_paths

    documents = read_paths(args.paths, include=args.include, exclude=args.exclude, on_warning=_warn(args.quiet))
    if not documents:
        raise UsageError("no readable documents in " + ", ".join(args.paths))
    return documents


def cmd_extract(args) -> int:
    from .extract import extract_document
    from .output import write_text
    from .report.claims import render_claims

    claims = []
    for document in read_inputs(args):
        claims.extend(extract_document(document))
    write_text(render_claims(claims, args.format), args.output)
    return 0


def cmd_schema(args) -> int:
    from .models import Claim

    if args.record == "claim":
        schema = Claim.model_json_schema()
    else:
        from .audit import report_schema

        schema = report_schema()
    print(json.dumps(schema, indent=2))
    return 0


def cmd_rules(args) -> int:
    import importlib

    from .checks import BY_ID, CHECKS

    if args.rule and args.rule not in BY_ID:
        raise UsageError(f"unknown rule {args.rule!r} (known: {', '.join(sorted(BY_ID))})")
    for check in CHECKS:
        if args.rule and check.id != args.rule:
            continue
        doc = (importlib.import_module(type(check).__module__).__doc__ or "").strip()
        if args.rule:
            print(f"{check.id} ({check.severity})\n\n{doc}")
        else:
            summary = doc.splitlines()[0].split(":", 1)[-1].strip() if doc else ""
            print(f"{check.id:<20} {check.severity:<8} {summary}")
    return 0


def _check_outputs(args) -> None:
    """Every file and directory the command will write, checked before it writes any of them (exit 2)."""
    from .output import check_directory, check_writable

    outputs = getattr(args, "output", None)
    if args.command == "audit":
        from .audit import output_targets

        paths = [path for _format, path in output_targets(outputs, args.format)] + [args.write_baseline]
    else:
        paths = outputs if isinstance(outputs, list) else [outputs]
    check_writable(paths)
    if args.command == "claims" and args.claims_command == "sync":
        check_directory(args.into)


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from .claimlists import cmd_claims

    handlers = {"extract": cmd_extract, "schema": cmd_schema, "rules": cmd_rules, "claims": cmd_claims}
    try:
        from .audit import cmd_audit

        handlers["audit"] = cmd_audit
    except ImportError:
        pass
    try:
        _check_outputs(args)
        return handlers[args.command](args)
    except FactcheckError as error:
        print(f"factcheck: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug: say so, and exit apart from "findings" (1) and "bad input" (2)
        print(f"factcheck: internal error: {type(error).__name__}: {error}\n"
              "This is a bug in factcheck, not in your documents; please report it with the command and its input "
              "(set FACTCHECK_DEBUG=1 for the traceback).", file=sys.stderr)
        if os.environ.get("FACTCHECK_DEBUG"):
            traceback.print_exc()
        return 3


if __name__ == "__main__":
    sys.exit(main())

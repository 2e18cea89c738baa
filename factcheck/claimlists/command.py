"""`factcheck claims sync PATH... [--into DIR]` and `factcheck claims review [--into DIR] [--reviewer NAME]`.

Wired into the command line like `audit`: ``add_claims_command(commands, add_inputs)``
in ``build_parser`` and ``handlers["claims"] = cmd_claims`` in ``main``.
"""

from __future__ import annotations

import sys

DEFAULT_DIRECTORY = "claims"


def add_claims_command(commands, add_inputs) -> None:
    claims = commands.add_parser(
        "claims", help="reviewers' claim lists: keep one YAML file per document in step, and review its claims",
        description="Reviewers' claim lists (docs/claim-lists.md): `sync` writes or updates one YAML file per "
                    "document with every claim; `review` steps through the unreviewed ones.",
    )
    actions = claims.add_subparsers(dest="claims_command", metavar="ACTION", parser_class=type(claims))
    actions.required = True

    sync = actions.add_parser(
        "sync", help="write or update the claim list of each document",
        description="Write or update one claim list per document: machine fields are refreshed, reviewers' "
                    "fields (status, reviewer, note, corrected, ignore_findings) are kept, claims whose text "
                    "is gone move to 'stale:'. The list of a renamed or moved document follows it; a list whose "
                    "document is gone and matches none is reported and kept. The summary goes to standard output "
                    "(or --output).",
    )
    add_inputs(sync)
    sync.add_argument("--into", metavar="DIR", default=DEFAULT_DIRECTORY,
                      help="the claim lists' directory (default: claims); a document's list is DIR/<its path "
                           "relative to DIR's parent>.yaml, or DIR/_outside/<folder>-<hash>/<name>.yaml for a "
                           "document outside DIR's parent")

    review = actions.add_parser(
        "review", help="step through unreviewed claims: approve, dispute, ignore, note, skip",
        description="Show each unreviewed (or needs-review) claim in its sentence and ask: a approve, d dispute, "
                    "i ignore, n add a note, s skip, q quit. Every decision is saved at once.",
    )
    review.add_argument("--into", metavar="DIR", default=DEFAULT_DIRECTORY,
                        help="the claim lists' directory (default: claims)")
    review.add_argument("--reviewer", metavar="NAME", help="who is deciding (default: $USER)")


def cmd_claims(args) -> int:
    if args.claims_command == "sync":
        return _cmd_sync(args)
    if args.claims_command == "review":
        return _cmd_review(args)
    raise ValueError(f"unknown claims action {args.claims_command!r}")


def _cmd_sync(args) -> int:
    from ..cli import read_inputs
    from ..output import write_text
    from .sync import sync_documents

    documents = read_inputs(args)
    result = sync_documents(documents, args.into)
    if not args.quiet:
        for warning in result.warnings():
            print(f"factcheck: warning: {warning}", file=sys.stderr)
    write_text(result.summary(), args.output)
    return 0


def _cmd_review(args) -> int:
    from rich.console import Console

    from .review import review

    review(args.into, reviewer=args.reviewer, input=sys.stdin, console=Console(highlight=False))
    return 0

"""Reviewers' claim lists (issue #4): one YAML file per source document, kept in step by
`factcheck claims sync`, decided on with `factcheck claims review`, and applied by
`factcheck audit --claims DIR`. docs/claim-lists.md describes the format and workflow.

Public API::

    sync_documents(documents, into="claims") -> SyncResult
    load_claim_lists(directory) -> ClaimLists
    apply_reviews(report, lists, config=None) -> Report
    review(directory, reviewer=..., input=..., console=...) -> ReviewResult
    add_claims_command(commands, add_inputs); cmd_claims(args) -> int
"""

from __future__ import annotations

from .store import STATUSES, ClaimList, ClaimLists, Record, load_claim_lists
from .sync import SyncResult, sync_documents

__all__ = [
    "STATUSES",
    "ClaimList",
    "ClaimLists",
    "Record",
    "SyncResult",
    "add_claims_command",
    "apply_reviews",
    "cmd_claims",
    "load_claim_lists",
    "review",
    "sync_documents",
]


def __getattr__(name: str):  # the audit and terminal parts load only when used
    if name == "apply_reviews":
        from .reviews import apply_reviews

        return apply_reviews
    if name == "review":
        from .review import review

        return review
    if name in ("add_claims_command", "cmd_claims"):
        from . import command

        return getattr(command, name)
    raise AttributeError(name)

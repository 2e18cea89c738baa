"""Extraction against the gold annotation of the real corpus (tests/gold/corpus.yaml)."""

from __future__ import annotations

import pytest

from tests.conftest import shared_path

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def score():
    from tests.gold.evaluate import evaluate

    return evaluate(shared_path("corpus"))


def test_precision_and_recall_at_least_95_percent(score):
    problems = "\n".join(p for p in score.problems if not p.startswith("CONTEXT"))
    assert score.precision >= 0.95, f"precision {score.precision:.3f}\n{problems}"
    assert score.recall >= 0.95, f"recall {score.recall:.3f}\n{problems}"


@pytest.mark.parametrize("field", ["subject_head", "place", "period"])
def test_context_agrees_on_85_percent_of_matched_claims(score, field):
    problems = "\n".join(p for p in score.problems if f" {field}:" in p)
    assert score.agreement(field) >= 0.85, f"{field} agreement {score.agreement(field):.2f}\n{problems}"

"""The JSON report: versioned and documented (docs/report.md, `factcheck schema report`)."""

from __future__ import annotations

import json


def render_json(report) -> str:
    return json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"

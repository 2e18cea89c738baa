"""A small invented corpus shared by the report tests: one finding of each severity, a span over two lines.

a.md and b.md disagree on schools (value-conflict); a.md's shares add up past 100% (shares-total);
b.md's cut does not match its figures (percent-change); road deaths in 2016 and 2019 make a series
(change-over-time, info). "nearly\\n480" gives a location that spans lines.
"""

from __future__ import annotations

FRONT = {"brief/a.md": "2017-03-01", "b.md": "2017-05-01", "c d.md": "2020-01-01"}
BODIES = {
    "brief/a.md": "By the end of 2016 the programme had reached more than 500 schools in Valdoria.\n\n"
                  "Of the 1,140 children injured in 2016: 62% were pedestrians, 31% were cyclists and 15% were "
                  "passengers.\n\nIn 2016, 247 road deaths were recorded in Valdoria.\n",
    "b.md": "In 2016 the programme reached nearly\n480 schools in Valdoria.\n\n"
            "The annual budget of US $6.0 million was cut by 40% to US $1.2 million.\n",
    "c d.md": "In 2019, 212 road deaths were recorded in Valdoria.\n",
}


def texts(inserted: str = "") -> dict[str, str]:
    """Each document with its front matter; `inserted` goes above the body (to move every line down)."""
    return {source: f"---\npublished: {FRONT[source]}\n---\n{inserted}{body}" for source, body in BODIES.items()}

"""What a table's header and caption say about the figures in its cells.

A cell holds a bare figure ("4.2"); the column's header says what it counts and in what
("Budget (US$ million)"), a header cell that is a year says when ("| Region | 2021 | 2022 |"),
and a caption just above the table can say either for every column ("Table 2: Homes
completed by region (thousands)"). Tables reach the scanner as rows: Markdown rows
between pipes, or the HTML reader's rows of tab-separated cells, one sentence each.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Optional

import regex

from ..models import Claim, TableCell
from . import context, currency, units
from .dates import MONTHS
from .numbers import SCALE_ABBREVIATIONS, SCALE_WORDS
from .prefilter import DIGIT, fold


@dataclass(frozen=True)
class HeaderMeasure:
    """What a header's bracket or tail says the cells are: a kind, a unit and a scale."""
    kind: str  # "count" (a scale alone: "(thousands)"), "percent", "money" or "quantity"
    unit: Optional[str] = None  # an ISO 4217 code or a pint unit
    scale: float = 1.0
    assumed: bool = False  # a bare "$": the currency is the usual guess, not settled by the text


# Where a header states its measure: in brackets ("Budget (US$ million)"), after a comma ("Budget, $m")
# or after "in" ("Spending in € million").
# (tried in that order: "Capital budget, 2024 (US$ million)" states it in the brackets)
# (not the comma inside a number: "Attack rate per 1,000" is a rate, not "000", thousands)
_MEASURE_PLACES = (regex.compile(r"\((?P<m>[^()]*)\)\s*$"), regex.compile(r"(?<!\d),(?!\d{3}\b)\s*(?P<m>[^,]*)$"),
                   regex.compile(r"\bin\s+(?P<m>[^\s].*)$", regex.IGNORECASE))
_SCALE_NAMES = {**{w: v for w, v in SCALE_WORDS.items() if v >= 1000},
                **{w + "s": v for w, v in SCALE_WORDS.items() if v >= 1000},
                **{w: v for w, v in SCALE_ABBREVIATIONS.items() if v >= 1000},
                "'000": 1_000, "’000": 1_000, "000": 1_000, "000s": 1_000, "'000s": 1_000, "000's": 1_000,
                "mns": 1_000_000, "bns": 1_000_000_000}
_PERCENT_NAMES = {"%", "per cent", "percent", "percentage", "pct", "% of total", "% of gdp", "share"}
# A currency glued to its scale: "$m", "€bn", "US$bn", "£000s".
_GLUED = regex.compile(r"(?P<currency>.*?[$€£¥₹])\s*(?P<scale>[a-z0-9'’]+)$", regex.IGNORECASE)
# Scale letters that are units too: "(m)" heads metres and "(mm)" millimetres, unless a currency comes with them.
_UNIT_LIKE_SCALES = frozenset({"m", "mm", "b", "t", "k"})
_SPACES = regex.compile(r"\s+")


def _currency(words: str) -> Optional[currency.Currency]:
    return currency.prefix_currency(words) or currency.suffix_currency(words)


def header_measure(cell: str) -> Optional[HeaderMeasure]:
    """The measure a header or caption states, or None when it states none:
    "Budget (US$ million)" -> money USD x 1,000,000; "Share (%)" -> percent; "Harvest (thousand tonnes)" ->
    quantity metric_ton x 1,000; "Visitors ('000)" -> count x 1,000; "Region" -> None."""
    cell = cell.strip()
    place = next((m for m in (pattern.search(cell) for pattern in _MEASURE_PLACES) if m is not None), None)
    if place is None:
        return None
    words = _SPACES.sub(" ", place.group("m").strip().rstrip(".:")).strip()
    if not words or len(words) > 40:
        return None
    scale = 1.0
    glued = _GLUED.fullmatch(words)
    if glued and fold(glued.group("scale")) in _SCALE_NAMES:
        scale, words = float(_SCALE_NAMES[fold(glued.group("scale"))]), glued.group("currency")
    else:
        parts = words.split(" ")
        scaled = [i for i, w in enumerate(parts) if fold(w) in _SCALE_NAMES]
        if len(scaled) > 1:
            return None
        if scaled:
            rest = " ".join(parts[:scaled[0]] + parts[scaled[0] + 1:])
            if fold(parts[scaled[0]]) not in _UNIT_LIKE_SCALES or rest and _currency(rest) is not None \
                    or fold(parts[scaled[0]]) == "m" and not rest and not _LENGTH_NOUN.search(cell[:place.start()]):
                # ("Parcels (m)": millions of parcels; "Height (m)": metres)
                scale, words = float(_SCALE_NAMES[fold(parts[scaled[0]])]), rest
    if not words:
        return HeaderMeasure("count", None, scale) if scale != 1.0 else None
    if fold(words) in _PERCENT_NAMES:
        return HeaderMeasure("percent", "percent", scale) if scale == 1.0 else None
    money = _currency(words)
    if money is not None:
        return HeaderMeasure("money", money.code, scale * money.scale, money.assumed)
    unit = units.unit_name(words)
    if unit is not None and units.dimensionality(unit) != "[time]":
        return HeaderMeasure("quantity", unit, scale)
    if scale != 1.0 and _PLAIN_NOUNS.fullmatch(words):
        return HeaderMeasure("count", None, scale)  # "Exports (million bags)": millions of bags
    return None


# A header's date and the words that only say it is one: "FY 2022/23", "Q1 2024", "2023".
_DATE_WORDS = regex.compile(r"\b(?:FY|CY|Q[1-4]|H[12]|year|years|to|ending|ended)\b|\d[\d/–-]*", regex.IGNORECASE)
# What a column measured in metres is: "Height (m)", "Depth (m)" (a count or an amount headed "(m)" is in millions).
_LENGTH_NOUN = regex.compile(r"\b(?:length|height|depth|width|distance|elevation|altitude|span|radius|diameter|"
                             r"thickness|level|rise|breadth|reach|range|heights|lengths|depths|distances)\b",
                             regex.IGNORECASE)
_PLAIN_NOUNS = regex.compile(r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}")


def _scaled(value, scale: float):
    return value * scale if isinstance(value, (int, float)) else value


def apply_measure(claim: Claim, measure: HeaderMeasure) -> Claim:
    """A bare figure read in the header's measure: "4.2" under "(US$ million)" is US$4,200,000."""
    update = {"value": _scaled(claim.value, measure.scale), "lower": _scaled(claim.lower, measure.scale),
              "upper": _scaled(claim.upper, measure.scale)}
    if measure.kind != "count":
        update.update(kind=measure.kind, unit=measure.unit, currency_assumed=measure.assumed)
    return claim.model_copy(update=update)


_RULE_ROW = regex.compile(r"\s*\|?[\s:|-]*-[\s:|-]*")  # "|------|:---:|"
_PARENTHESES = regex.compile(r"\s*\([^)]*\)")
_SUBSET_HEADER = regex.compile(r"(?i:of\s+which|of\s+whom|including|incl\.?)[:\s]+(?P<part>[\w\s'’-]*\w)")
# "Table 2:", "Figure 3." before a caption's words.
_CAPTION_LABEL = regex.compile(r"^\s*(?:\*\*|_)?(?:table|exhibit|chart)\s+[\w.]+\s*[:.–—-]?\s*", regex.IGNORECASE)
_CAPTION_MAX_WORDS = 16


_TOTAL_LABEL = regex.compile(r"\W*(?:grand\s+|overall\s+|national\s+)?(?:total|sum|all|overall)\b[^\d]*",
                             regex.IGNORECASE)


def is_total_label(label: Optional[str]) -> bool:
    """Whether a row's or column's label says it totals the others: "Total", "Grand total", "All regions", and a
    place's total ("UK total", "Total England")."""
    if label is None:
        return False
    if _TOTAL_LABEL.fullmatch(label) is not None:
        return True
    placed = _PLACE_TOTAL_LABEL.fullmatch(label)
    return placed is not None and context.place_name(placed.group("place")) is not None


_PLACE_TOTAL_LABEL = regex.compile(r"\W*(?:(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+total|"
                                   r"total\s*[,:(-]?\s*(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\)?)\W*",
                                   regex.IGNORECASE)


def row_separator(row: str) -> Optional[str]:
    """"|" for a Markdown table's row, a tab for a row of cells (as the HTML reader writes them), else None."""
    if row.startswith("|") and row.rstrip().endswith("|"):
        return "|"
    return "\t" if "\t" in row else None


def cells(row: str, separator: str) -> list[str]:
    parts = [c.strip() for c in row.split(separator)]
    return parts[1:-1] if separator == "|" else parts


def header_noun(cell: str) -> Optional[str]:
    """The noun a column's header names: "Homes completed" -> "Homes", "Budget (US$ million)" -> "Budget"."""
    cell = _PARENTHESES.sub("", cell).strip()
    return context.noun_phrase_after(cell, 0, len(cell)) if cell else None


@dataclass
class _Column:
    noun: Optional[str] = None
    part: Optional[str] = None  # "| Homes completed | Of which affordable |": the second column's part
    measure: Optional[HeaderMeasure] = None
    period: Optional[str] = None  # "| Region | 2021 | 2022 |"
    place: Optional[str] = None  # "| Year | Kenya | Uganda |"


@dataclass
class _Table:
    number: int  # 1-based, in reading order
    header: list[str]
    columns: list[_Column]
    separator: str
    rows: list[tuple[int, int]]  # (start, end) of the data rows
    indicators: bool = False  # each row names its own measure ("| Indicator | 2021 |", "Table 1: Key figures")


# Words of a first header cell or a caption that make each row's label the measure of its cells.
_INDICATOR_WORDS = frozenset("indicator indicators measure measures statistic statistics figure figures item items "
                             "variable variables metric metrics".split())


def _columns(header: list[str], caption: Optional[str], caption_period: Optional[str],
             header_dates: dict[int, str]) -> list[_Column]:
    caption_noun = caption_measure = None
    if caption is not None:
        words = _CAPTION_LABEL.sub("", caption).strip("*_# ")
        caption_measure = header_measure(words)
        if _is_labelled(caption):
            caption_noun = header_noun(words) if words and not DIGIT.match(words) else None
    columns = []
    for i, cell in enumerate(header):
        place = context.place_name(_PARENTHESES.sub("", cell)) if cell else None
        # (a year in the header is the column's period, and the words beside it its noun: "Exports 2023/24")
        named = _DATE_WORDS.sub(" ", cell) if i in header_dates else cell
        column = _Column(noun=header_noun(named) if named.strip() and place is None else None,
                         measure=header_measure(cell) or caption_measure,
                         period=header_dates.get(i, caption_period), place=place)
        subset = _SUBSET_HEADER.match(cell) if i > 0 else None
        if subset:
            column.noun = header_noun(header[i - 1])
            column.part = context.singular(subset.group("part").split()[-1])
        if column.noun is None and i > 0:
            column.noun = caption_noun
        columns.append(column)
    return columns


def _is_labelled(caption: str) -> bool:
    """Whether a caption is labelled ("Table 2: ...") or a heading: only such a line names what a table holds (a
    short line of prose before a table, "The figures below are provisional.", is not about its cells)."""
    return _CAPTION_LABEL.match(caption.strip("*_# ")) is not None or caption.lstrip().startswith(("#", "**"))


def _caption(text: str, table_start: int) -> Optional[tuple[int, int]]:
    """Where the line just above a table is (a blank line between them allowed), when it is short enough to be
    its caption rather than a paragraph of prose."""
    end = max(0, table_start - 1)
    before = text.rfind("\n", 0, end)
    if not text[before + 1:end].strip():
        end = before
        before = text.rfind("\n", 0, max(0, end))
    line = text[before + 1:end].strip()
    if not line or row_separator(line) is not None or len(line.split()) > _CAPTION_MAX_WORDS:
        return None
    return before + 1, end


def _period(date: Claim) -> str:
    return str(date.value) if date.value is not None else f"{date.lower}/{date.upper}"


def _tables(text: str, claims: list[Claim], sentences: list[tuple[int, int]]) -> tuple[list[_Table], set[int]]:
    """The document's tables, and the claims that are a header's column labels (a year over a column)."""
    tables: list[_Table] = []
    labels: set[int] = set()
    starts = [c.start for c in claims]
    current: Optional[_Table] = None
    previous_end = -1
    for s_start, s_end in sentences:
        row = text[s_start:s_end]
        separator = row_separator(row)
        if separator is None or current is not None and text.count("\n", previous_end, s_start) > 1:
            current = None  # (a blank line ends a table)
        if separator is None:
            continue
        previous_end = s_end
        if current is not None:
            if not _RULE_ROW.fullmatch(row):
                current.rows.append((s_start, s_end))
            continue
        in_row = range(bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end))
        if any(claims[i].kind != "date" for i in in_row):
            header: list[str] = []  # a table that opens with data: no header to read
        else:
            header = cells(row, separator)
            header_dates = {}
            for i in in_row:
                column = text.count(separator, s_start, claims[i].start) - (separator == "|")
                if claims[i].kind == "date" and column not in header_dates:
                    header_dates[column] = _period(claims[i])
                    labels.add(i)
        caption, caption_period = _caption(text, s_start), None
        if caption is not None:
            in_caption = range(bisect.bisect_left(starts, caption[0]), bisect.bisect_left(starts, caption[1]))
            years = {_period(claims[i]) for i in in_caption if claims[i].kind == "date"}
            caption_period = years.pop() if len(years) == 1 else None  # "Table 2: Budget by programme, 2024"
        columns = _columns(header, text[caption[0]:caption[1]] if caption else None, caption_period,
                           header_dates if header else {})
        caption_text = text[caption[0]:caption[1]] if caption else ""
        caption_words = set(_CAPTION_LABEL.sub("", caption_text.strip("*_# ")).lower().replace(":", " ").split()) \
            if caption and _is_labelled(caption_text) else set()
        indicators = bool(header and header[0].lower().split() and header[0].lower().split()[-1] in _INDICATOR_WORDS
                          or caption_words & _INDICATOR_WORDS)
        current = _Table(len(tables) + 1, header, columns, separator, [], indicators)
        tables.append(current)
    return tables, labels


def _year_rows(text: str, table: _Table) -> list[str]:
    """The years that label the table's rows ("| 2021 | 2,950 |"), in order."""
    years = []
    for r_start, r_end in table.rows:
        row_cells = cells(text[r_start:r_end], table.separator)
        label = _YEAR_LABEL.fullmatch(row_cells[0]) if row_cells else None
        if label is not None:
            years.append(label.group("year"))
    return years


_YEAR_LABEL = regex.compile(r"[\s*_]*(?P<year>(?:19|20)\d\d)[\s*_]*")


# A row labelled by a part of a year, with no year of its own: "Q1", "H2", "March".
_PART_OF_YEAR_LABEL = regex.compile(r"(?i:Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<month>January|February|March|April|May|"
                                    r"June|July|August|September|October|November|December))")


def _part_of_year(label: regex.Match, year: str) -> str:
    if label.group("quarter"):
        first = 3 * int(label.group("quarter")) - 2
        return f"{year}-{first:02d}/{year}-{first + 2:02d}"
    if label.group("half"):
        first = 6 * int(label.group("half")) - 5
        return f"{year}-{first:02d}/{year}-{first + 5:02d}"
    return f"{year}-{MONTHS[label.group('month').lower()]:02d}"


def table_context(text: str, claims: list[Claim], sentences: list[tuple[int, int]]) -> list[Claim]:
    """Each figure in a table's cell, with what its header and caption say: the subject its column names, the
    unit and scale ("4.2" under "Budget (US$ million)" is US$4.2 million), the year of a year column, and the
    row's label as the part ("| Primary | 1,900,000 |"). The years that head columns are labels, not claims."""
    tables, labels = _tables(text, claims, sentences)
    rows = sorted(((r_start, r_end, table, number) for table in tables
                   for number, (r_start, r_end) in enumerate(table.rows, 1)), key=lambda r: r[0])
    if not rows:
        return [c for i, c in enumerate(claims) if i not in labels]
    row_starts = [r[0] for r in rows]
    out: list[Claim] = []
    for i, claim in enumerate(claims):
        if i in labels:
            continue
        at = bisect.bisect_right(row_starts, claim.start) - 1
        if at < 0 or claim.end > rows[at][1]:
            out.append(claim)
            continue
        row_start, row_end, table, row_number = rows[at]
        column_at = text.count(table.separator, row_start, claim.start) - (table.separator == "|")
        row_cells = cells(text[row_start:row_end], table.separator)
        update: dict = {"cell": TableCell(
            table=table.number, row=row_number, column=column_at + 1,
            row_label=row_cells[0] if row_cells and row_cells[0] else None,
            column_label=table.header[column_at] if 0 <= column_at < len(table.header) and table.header[column_at]
            else None)}
        if claim.kind == "date":
            out.append(claim.model_copy(update=update))
            continue
        column = table.columns[column_at] if 0 <= column_at < len(table.columns) else _Column()
        label = row_cells[0] if column_at > 0 and row_cells and row_cells[0] else ""
        # A row label with a measure names an indicator: "| Public spending (US$ million) | 4,410 |"
        row_measure = header_measure(label) if label and "(" in label or "," in label else None
        if claim.subject is None and (row_measure is not None or table.indicators) and header_noun(label):
            noun = header_noun(label)
            update.update(subject=noun, subject_head=context.head_of(noun))
        elif claim.subject is None:  # (a cell that says what it counts, "1,200 nurses", keeps its own words)
            if column.noun:
                update.update(subject=column.noun, subject_head=context.head_of(column.noun))
            if column.part:
                update["part"] = column.part
            elif label and claim.part is None and not DIGIT.search(label):
                place = context.place_name(label)
                if is_total_label(label):
                    # "| Total | 5,215 |": the whole the column counts, no part of it; its share ("| Total | 100.0% |")
                    # is all of the whole, no figure for a share that names no part
                    if claim.kind == "percent":
                        update["part"] = "all"
                    years = _year_rows(text, table)
                    if len(years) > 1 and column.period is None:
                        update["period"] = f"{min(years)}/{max(years)}"  # the sum of the years the rows are
                elif place is None:
                    update["part"] = " ".join(label.lower().split())  # the row's label: which part of the whole
                elif claim.place is None:
                    update["place"] = place  # "| Kenya | 4,100 |"
        if column.period is not None:
            update["period"] = column.period
        year = update.get("period", claim.period)
        part_of_year = _PART_OF_YEAR_LABEL.fullmatch(label.strip()) if year and len(year) == 4 and year.isdigit() \
            else None
        if part_of_year is not None:
            # "| Q1 | 2.8 |" under "Quarterly profile, 2023": the quarter of that year, not the year's figure
            update["period"] = _part_of_year(part_of_year, year)
        if column.place is not None and claim.place is None:
            update["place"] = column.place
        claim = claim.model_copy(update=update)
        bare = 0 <= column_at < len(row_cells) and row_cells[column_at] == claim.text
        measure = row_measure or column.measure
        if measure is not None and bare and claim.kind == "count" and claim.unit is None:
            claim = apply_measure(claim, measure)
        out.append(claim)
    return out

"""Markdown inline markup made invisible without moving a single character.

Claims are quoted from a Markdown file as written, and their offsets, lines
and columns must point at the file. But the markup around a figure is not part
of the sentence: ``**£4.2 million**`` is the money £4.2 million, and
``4,350<sup>1</sup> homes`` counts homes. So markup is *blanked*: every
character of a delimiter, a tag or a comment becomes a space (newlines stay),
and the text keeps its length. What is blanked:

* emphasis delimiters (``*``, ``**``, ``_``, ``__``, and ``***``/``___``) that
  open or close emphasis by the CommonMark flanking rules, paired within a
  paragraph. ``*`` and ``_`` inside a word (``snake_case``, ``2*3``), list
  bullets, thematic breaks, escaped ``\\*`` and delimiters inside URLs, e-mail
  addresses and link destinations are left alone;
* the backticks of inline code spans (the code itself stays);
* HTML comments, wherever they are outside fenced code;
* inline HTML tags (``<sup>``, ``<sub>``, ``<span ...>``, ``<br>``, ``<a ...>``,
  ``<em>``...). A footnote marker in ``<sup>`` (``1``, ``a``, ``*``, ``†``,
  ``[2]``) is blanked with its tags, as is a Markdown footnote reference
  ``[^1]`` in running text. A ``<sup>`` or ``<sub>`` that is part of the
  figure is kept joined to it, written the way a reader sees it: the ``2`` of
  ``km<sup>2</sup>`` becomes ``²`` right after ``km`` (``10<sup>6</sup>`` ->
  ``10⁶``, ``CO<sub>2</sub>`` -> ``CO₂``, ``21<sup>st</sup>`` -> ``21st``), and the rest
  of the tag is blanked.

Fenced code blocks (`````` ``` `````` or ``~~~``) are left exactly as written.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from typing import Optional

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BACKTICKS = re.compile(r"`+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_URL = re.compile(
    r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:|[^\s<>@]+@)[^\s<>]*>"  # autolinks <https://...>, <me@example.org>
    r"|(?:https?|ftp)://[^\s<>]+|www\.[^\s<>]+"  # bare URLs
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses (one try per word: no quadratic scan)
    r"|\]\([^)\s]*"  # a link's destination: [text](dest)
)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]{1,20}\](?!:)")
# Inline HTML elements whose tags are markup only; their content is text.
_INLINE_TAGS = (
    "a|abbr|b|bdi|bdo|big|br|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong"
    "|sub|sup|time|tt|u|var|wbr"
)
_TAG = re.compile(rf"</?(?:{_INLINE_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_SCRIPT = re.compile(r"<(sup|sub)(?:\s[^<>]*)?>((?:(?!</?\1\b)[^\n]|\n(?![ \t]*\n)){0,200}?)</\1\s*>", re.IGNORECASE)

# A footnote marker: short digits or letters, a symbol or two, or a bracketed number.
FOOTNOTE_MARK = re.compile(
    r"\d{1,3}(?:\s*[,–-]\s*\d{1,3})*|[A-Za-z]|[ivxIVX]{1,4}|[*†‡§¶#]{1,3}|\[\d{1,3}\]|\(\d{1,3}\)"
)
_ORDINAL = re.compile(r"st|nd|rd|th|er|re|e|ème|eme|o|a|º|ª", re.IGNORECASE)
_SCRIPT_NUMBER = re.compile(r"[-−+]?\d{1,3}")
# Units that take a ² or ³: km<sup>2</sup> is square kilometres, not footnote 2.
_POWER_UNIT = re.compile(r"(?:^|[\s\d(/])(?:[kcmµμdn]?m|ft|in|mi|yd|sq)$")
_SUPERSCRIPT = str.maketrans("0123456789+-−", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻")
_SUBSCRIPT = str.maketrans("0123456789+-−", "₀₁₂₃₄₅₆₇₈₉₊₋₋")


def blank_markup(text: str) -> str:
    """``text`` with Markdown and inline-HTML markup replaced by spaces (same length, same newlines)."""
    chars = list(text)
    protected = [False] * len(text)  # characters no later step may touch (code)

    def blank(start: int, end: int) -> None:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = " "

    def free(start: int, end: int) -> bool:
        return not any(protected[start:end])

    for start, end in _fenced_code(text):
        protected[start:end] = [True] * (end - start)

    for start, end in _comments(text):
        if free(start, end):
            blank(start, end)

    current = "".join(chars)
    for open_start, open_end, close_start, close_end in _code_spans(current, protected):
        blank(open_start, open_end)
        blank(close_start, close_end)
        protected[open_start:close_end] = [True] * (close_end - open_start)

    current = "".join(chars)
    for match in _SCRIPT.finditer(current):
        if free(match.start(), match.end()):
            _script(chars, match, current)
    current = "".join(chars)
    for match in _TAG.finditer(current):
        if free(match.start(), match.end()):
            blank(match.start(), match.end())
    current = "".join(chars)
    for match in _FOOTNOTE_REF.finditer(current):
        if free(match.start(), match.end()) and not _at_line_start(current, match.start()):
            blank(match.start(), match.end())

    current = "".join(chars)
    for match in _URL.finditer(current):
        protected[match.start():match.end()] = [True] * (match.end() - match.start())
    for index in _emphasis_delimiters(current, protected):
        chars[index] = " "
    return "".join(chars)


def _fenced_code(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of fenced code blocks, fences included; an unclosed fence runs to the end."""
    blocks: list[tuple[int, int]] = []
    offset = 0
    opened: Optional[tuple[int, str]] = None
    for line in text.split("\n"):
        fence = _FENCE.match(line)
        if opened is None:
            if fence:
                opened = (offset, fence[1])
        elif fence and fence[1][0] == opened[1][0] and len(fence[1]) >= len(opened[1]) \
                and not line[fence.end():].strip():
            blocks.append((opened[0], offset + len(line)))
            opened = None
        offset += len(line) + 1
    if opened is not None:
        blocks.append((opened[0], len(text)))
    return blocks


def _comments(text: str) -> list[tuple[int, int]]:
    """(start, end) of each closed HTML comment; an unclosed ``<!--`` is left as text."""
    found = []
    start = text.find("<!--")
    while start != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        found.append((start, end + 3))
        start = text.find("<!--", end + 3)
    return found


def _code_spans(text: str, protected: list[bool]) -> list[tuple[int, int, int, int]]:
    """Inline code spans: a backtick run closed by the next run of the same length in the same paragraph."""
    runs = [m for m in _BACKTICKS.finditer(text) if not any(protected[m.start():m.end()])]
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    paragraph = [bisect.bisect_left(breaks, m.start()) for m in runs]
    by_width: dict[int, list[int]] = {}
    for index, run in enumerate(runs):
        by_width.setdefault(len(run[0]), []).append(index)
    spans = []
    index = 0
    while index < len(runs):
        opening = runs[index]
        if _escaped(text, opening.start()):
            index += 1
            continue
        same = by_width[len(opening[0])]
        later = bisect.bisect_right(same, index)
        if later < len(same) and paragraph[same[later]] == paragraph[index]:  # no code span across paragraphs
            closing = runs[same[later]]
            spans.append((opening.start(), opening.end(), closing.start(), closing.end()))
            index = same[later]
        index += 1
    return spans


def _script(chars: list[str], match: re.Match, text: str) -> None:
    """A <sup>/<sub> element: a footnote marker disappears, a power or index joins its figure."""
    tag = match[1].lower()
    inner = re.sub(r"<[^<>]*>", "", match[2]).strip()
    joined = script_joined(tag, inner, text[:match.start()])
    if joined is None and not (tag == "sup" and FOOTNOTE_MARK.fullmatch(inner)):
        return  # other content stays where it is; its tags are blanked like any inline tag
    for index in range(match.start(), match.end()):
        if chars[index] != "\n":
            chars[index] = " "
    if joined is not None:
        chars[match.start():match.start() + len(joined)] = list(joined)


def script_joined(tag: str, inner: str, before: str) -> Optional[str]:
    """How a <sup>/<sub> holding ``inner`` after the text ``before`` joins it, or None when it does not.

    ``21<sup>st</sup>`` -> "st"; ``10<sup>6</sup>`` -> "⁶"; ``km<sup>2</sup>`` -> "²";
    ``CO<sub>2</sub>`` -> "₂". Shared by the Markdown and HTML readers.
    """
    if tag == "sup":
        if _ORDINAL.fullmatch(inner) and before[-1:].isdigit():
            return inner
        if _SCRIPT_NUMBER.fullmatch(inner) and (re.search(r"(?:^|[^\d.,])10$", before)
                                                or (inner in ("2", "3") and _POWER_UNIT.search(before))):
            return inner.translate(_SUPERSCRIPT)
        return None
    if re.fullmatch(r"\d{1,2}", inner) and before[-1:].isalpha():
        return inner.translate(_SUBSCRIPT)
    return None


def _at_line_start(text: str, index: int) -> bool:
    return not text[text.rfind("\n", 0, index) + 1:index].strip()


def _escaped(text: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes - 1 >= 0 and text[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _is_punctuation(ch: str) -> bool:
    return ch != "" and unicodedata.category(ch)[0] in ("P", "S")


def _emphasis_delimiters(text: str, protected: list[bool]) -> list[int]:
    """Offsets of the ``*``/``_`` characters that open or close emphasis (CommonMark, simplified).

    Unlike CommonMark, ``*`` inside a word is literal, as ``_`` is: in prose
    ``2*3`` or ``a*b*c`` are more likely arithmetic or names than emphasis.
    """
    result: list[int] = []
    # The delimiter stack: [char, offsets still unmatched] of runs that can open.
    stack: list[tuple[str, list[int]]] = []
    for match in re.finditer(r"\*+|_+|\n[ \t]*\n", text):
        run = match[0]
        if run[0] == "\n":
            stack.clear()  # emphasis does not cross a blank line
            continue
        start, end = match.start(), match.end()
        if any(protected[start:end]):
            continue
        if _escaped(text, start):
            start += 1
            if start == end:
                continue
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        left = not _is_space(after) and (not _is_punctuation(after) or _is_space(before) or _is_punctuation(before))
        right = not _is_space(before) and (not _is_punctuation(before) or _is_space(after) or _is_punctuation(after))
        can_open = left and (not right or _is_punctuation(before))
        can_close = right and (not left or _is_punctuation(after))
        offsets = list(range(start, end))
        if can_close:
            while offsets and stack:
                found = next((i for i in range(len(stack) - 1, -1, -1) if stack[i][0] == run[0]), None)
                if found is None:
                    break
                char, opener = stack[found]
                del stack[found + 1:]  # openers between the pair stay literal
                count = min(len(opener), len(offsets), 2)
                result.extend(opener[-count:])
                result.extend(offsets[:count])
                del opener[-count:]
                del offsets[:count]
                if not opener:
                    stack.pop()
        if can_open and offsets:
            stack.append((run[0], offsets))
    return sorted(result)

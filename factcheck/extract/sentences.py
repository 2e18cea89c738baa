"""Split text into sentences, keeping offsets.

Rules, not a model: a sentence ends at ., ! or ? followed by space and a capital
(unless the period ends an abbreviation or an initial), at a blank line, and at
a line break after a line that reads like a heading. Hard-wrapped paragraphs (PDF
text layers) are kept whole, since a single line break inside a sentence is not
an ending.
"""

from __future__ import annotations

from typing import Iterator

import regex

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr",
    "e.g", "i.e", "cf", "al", "approx", "est", "fig", "p", "pp", "vol", "art", "sec", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "gen", "gov",
    "sen", "rep", "dept", "univ", "assn", "bros", "mt", "ft", "ave", "blvd", "rd", "c",
    # currency markers written with a stop before the amount: "Rs. 3,214 crore", "Tk. 40 lakh", "Rp. 5 million"
    "rs", "tk", "rp", "ca", "circa",
}

_END = regex.compile(
    r"""
    (?P<stop>[.!?])(?:\[\^?[\w-]{1,6}\]|(?<=[a-z]\.)\d{1,3}(?=\s))*["”’')\]]*(?=\s+["“‘'(\[]?[A-Z0-9¿¡])
                                   # end punctuation (and a footnote mark, "[^1]", "population.1") before a capital
  | (?P<blank>\n[ \t]*\n)                                  # a blank line
  | (?P<newline>\n)                                        # a line break: judged below
    """,
    regex.VERBOSE,
)

_HEADING_LINE = regex.compile(r"^[^\n]{0,80}$")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end], whitespace trimmed, empty ones skipped."""
    end = len(text) if end is None else end
    sentence_start = start
    for m in _END.finditer(text, start, end):
        if m.group("stop"):
            if m.group("stop") == "." and _is_abbreviation(text, m.start()):
                continue
            cut = m.end()
        elif m.group("blank"):
            cut = m.start()
        else:
            line_start = text.rfind("\n", sentence_start, m.start()) + 1
            line = text[max(line_start, sentence_start):m.start()].rstrip()
            next_line_end = text.find("\n", m.end(), end)
            next_line = text[m.end(): next_line_end if next_line_end != -1 else end].strip()
            # Does this line open the sentence, or did the sentence begin on an earlier line? (A sentence that
            # begins after another one on the same line, "... cuts of 2017. This year the", opens no line.)
            opens = not text[sentence_start:line_start].strip() if line_start > sentence_start \
                else not text[line_start:sentence_start].strip()
            if not _line_break_ends_sentence(line, next_line, opens):
                continue
            cut = m.start()
        yield from _trimmed(text, sentence_start, cut)
        sentence_start = cut
    yield from _trimmed(text, sentence_start, end)


_PIPE_ROW = regex.compile(r"^\s*\|.*\|\s*$")  # a Markdown table row: "| 2019 | 2,610 | 640 |"
_LIST_ITEM = regex.compile(r"^(?:[-*•–]\s|\d{1,2}[.)]\s|\([a-z0-9]{1,3}\)\s)")
# Words that open a sentence after a heading ("Activities in the Area of Prevention / In recent years...").
_OPENERS = {"in", "on", "at", "the", "a", "an", "this", "these", "that", "it", "we", "our", "as", "for", "from", "by",
            "since", "after", "before", "when", "while", "to", "with", "according", "there", "here", "mexico", "he",
            "she", "they", "i", "one", "most", "many", "some", "all", "each", "every"}

# Words that never end a heading: the sentence goes on after them.
_GOES_ON = {"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "that",
            "which", "its", "their", "his", "her", "our", "this", "these", "those", "than", "as", "into"}


def _line_break_ends_sentence(line: str, next_line: str, opens_sentence: bool = True) -> bool:
    if not line or not next_line:
        return True
    if line[-1] in ".!?" or (line[-1] in "\"”" and line[-2:-1] in (".", "!", "?")):
        return True
    if _LIST_ITEM.match(next_line):
        return True  # a list: each item stands alone
    if "\t" in line or "\t" in next_line or _PIPE_ROW.match(line) or _PIPE_ROW.match(next_line):
        return True  # a table row (cells apart by tabs, as the HTML reader writes them, or pipes): each row alone
    if line[-1] in ":;":
        return False  # "236 deaths were recorded:" goes on with its parts on the next line
    # A short line that opens its sentence, without final punctuation, followed by a capitalised
    # line, is a heading. A short line inside a hard-wrapped paragraph is not, nor is a name
    # broken across two lines ("the Public / Procurement Act").
    words = line.split()
    if words[-1].lower() in _GOES_ON:
        return False  # "In the first year of the / Programme ...": no heading ends on an article or a preposition
    if opens_sentence and len(words) <= 8 and next_line[:1].isupper() and line[-1] not in ",-–(" and len(line) < 60:
        first = next_line.split()[0].strip("“\"'‘(").lower()
        if words[-1][:1].isupper() and first not in _OPENERS and len(words) > 1 and words[-2][:1].islower():
            return False
        return True
    return False


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    if len(word) == 1 and text[word_start:dot].isupper():
        # an initial: "V. Rietig"; not a unit after a number: "at 10.4C. It was"
        return not (word_start > 0 and text[word_start - 1].isdigit())
    if word in _BEFORE_A_NUMBER:
        # "No. 5", "Art. 12", "Fig. 3": a stop before a number; "22% voted no. Turnout was 71%" ends a sentence
        following = text[dot + 1:dot + 3].lstrip()
        return following[:1].isdigit()
    return word in ABBREVIATIONS


# Abbreviations that are also words, and stand before a number.
_BEFORE_A_NUMBER = frozenset({"no", "nos", "art", "sec", "fig", "vol"})


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end

"""Cheap necessary conditions that let the extractor skip regex scans that cannot match.

A pattern search costs time in proportion to the text it scans, whether or not it
finds anything. Most patterns need some word ("section", "million", "January") or
character ("@", "(") to be present at all; testing for that first is far cheaper.
Every test here is a *necessary* condition: it may say "maybe" for text that has no
match, never "no" for text that has one, so skipping on "no" changes no result.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

import regex

# Case-insensitive matching (`regex.IGNORECASE`) equates three non-ASCII characters with
# ASCII letters: "İ" with "i", the Kelvin sign with "k" and the long s "ſ" with "s". No
# other character matches an ASCII letter.
_CASE_TWINS = {"\u0130": "i", "\u212a": "k", "\u017f": "s"}

# Byte table: ASCII letters to lower case, every other byte (UTF-8 bytes of non-ASCII
# characters included) to a space.
_LETTERS_ONLY = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256)
)

DIGIT = regex.compile(r"\d")


def words(text: str) -> set[bytes]:
    """The maximal runs of ASCII letters in text, lower-cased, as bytes.

    A word that a pattern matches case-insensitively between word boundaries (or any
    non-letters) is one of these runs: `b"section" in words(text)` is necessary for
    `(?i)\\bsection\\b` to match. (A run next to a non-ASCII letter is cut there, which
    only adds runs: such a word has no word boundary at that end.)
    """
    if not text.isascii():
        for twin, letter in _CASE_TWINS.items():
            if twin in text:
                text = text.replace(twin, letter)
    return set(text.encode("utf-8").translate(_LETTERS_ONLY).split())


def fold(text: str) -> str:
    """text lower-cased as `regex.IGNORECASE` compares letters ("İ", the Kelvin sign and "ſ" as "i", "k", "s"),
    for looking up in a table what a case-insensitive pattern matched: "MILLIONſ" -> "millions"."""
    if not text.isascii():
        for twin, letter in _CASE_TWINS.items():
            if twin in text:
                text = text.replace(twin, letter)
    return text.lower()


def word_set(*phrases: str) -> frozenset[bytes]:
    """The runs of ASCII letters of phrases (lower-cased), for `words(text).isdisjoint(...)` tests."""
    return frozenset(w for p in phrases for w in p.encode("utf-8").translate(_LETTERS_ONLY).split())


def trie(words) -> str:
    """A pattern matching the same words as their alternation longest first, faster: shared prefixes are
    read once ("art\\.|article" becomes "art(?:icle|\\.)"). Where no word is a prefix of another, the order
    of an alternation does not matter, and this equals it in any order.
    """
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [regex.escape(ch) + emit(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body  # greedy: the longer words first

    return "(?:" + emit(root) + ")"


def matches_at(pattern, text: str, starts: list[int], end: int):
    """`pattern.finditer(text, start, end)`, given (in order) every position at or after start where a
    match can begin: the same matches, trying only those positions. The pattern must not match the empty
    string."""
    pos = -1
    for at in starts:
        if at < pos:
            continue
        m = pattern.match(text, at, end)
        if m is not None:
            yield m
            pos = m.end()


def alternation(text: str, start: int, end: int, alternatives: list) -> list:
    """(index, match) for each match of the alternation of `alternatives` in text[start:end], in order: the
    matches of `(?:A|B|...).finditer(text, start, end)`, found one alternative at a time.

    alternatives: (pattern, starts) for each alternative A, B, ... in order, where starts lists (in order)
    every position at or after start where the alternative can match, or is None for "anywhere". At each
    position the alternation takes the first alternative that matches there, so the leftmost match wins,
    the earlier alternative on a tie. No alternative may match the empty string.
    """
    live = [k for k, (_, starts) in enumerate(alternatives) if starts is None or starts]
    if len(live) <= 1:  # an alternative that can match nowhere never wins
        if not live:
            return []
        k = live[0]
        pattern, starts = alternatives[k]
        found = pattern.finditer(text, start, end) if starts is None else matches_at(pattern, text, starts, end)
        return [(k, m) for m in found]
    cursors = [0] * len(alternatives)

    def find(k: int, pos: int):
        pattern, starts = alternatives[k]
        if starts is None:
            return pattern.search(text, pos, end)
        i = cursors[k]
        n = len(starts)
        while i < n and starts[i] < pos:
            i += 1
        while i < n:
            m = pattern.match(text, starts[i], end)
            i += 1
            if m is not None:
                cursors[k] = i
                return m
        cursors[k] = i
        return None

    found = [find(k, start) for k in range(len(alternatives))]
    out: list = []
    while True:
        best = -1
        best_start = end + 1
        for k, m in enumerate(found):
            if m is not None and m.start() < best_start:
                best, best_start = k, m.start()
        if best < 0:
            return out
        m = found[best]
        out.append((best, m))
        pos = m.end()
        for k, other in enumerate(found):
            if other is not None and other.start() < pos:
                found[k] = find(k, pos)


class Ending(NamedTuple):
    r"""How the phrases of a pattern anchored at the end of a text (`(?:phrase|...)\s*$`) end, for may_end_with()."""

    singles: frozenset[str]  # last words that may be glued to what comes before them ("(about", "US$")
    longest: int  # the longest of them
    pairs: dict[str, tuple[str, ...]]  # last word -> the words one of which ends the word before it
    anywhere: dict[str, tuple[str, ...]]  # last word -> words one of which occurs somewhere before it


def ending(phrases, *, spaced: bool = True, anywhere: Optional[dict] = None) -> Ending:
    r"""The Ending of phrases (matched case-insensitively). spaced: the pattern joins a phrase's words with
    `\s+`, so its last word is the text's last word and the word before ends the one before that;
    otherwise only the last word is known, maybe glued to the others ("us\s*\$" matches "US$")."""
    singles: set[str] = set()
    pairs: dict[str, set[str]] = {}
    for phrase in phrases:
        words = phrase.lower().split()
        if not words:
            continue
        if spaced and len(words) > 1:
            pairs.setdefault(words[-1], set()).add(words[-2])
        else:
            singles.add(words[-1])
    return Ending(frozenset(singles), max(map(len, singles), default=0),
                  {last: tuple(sorted(before)) for last, before in pairs.items()},
                  {last.lower(): tuple(w.lower() for w in words) for last, words in (anywhere or {}).items()})


def tail(text: str) -> tuple[str, str, str]:
    """(last word, the word before it, all of it) of text without its trailing spaces, lower-cased as
    `regex.IGNORECASE` compares letters (İ, K, ſ as i, k, s). Words are split at spaces."""
    text = text.rstrip()  # rstrip() strips all that `\s` matches, and a few more
    if not text.isascii():
        for twin, letter in _CASE_TWINS.items():
            if twin in text:
                text = text.replace(twin, letter)
    low = text.lower()
    words = low.rsplit(None, 2)
    return (words[-1] if words else ""), (words[-2] if len(words) > 1 else ""), low


def may_end_with(found: tuple[str, str, str], phrases: Ending) -> bool:
    """False only if a text whose tail() is `found` cannot end with any of the phrases (see ending())."""
    last, before, low = found
    if not last:
        return False
    singles = phrases.singles
    for k in range(min(len(last), phrases.longest), 0, -1):
        if last[-k:] in singles:
            return True
    ends = phrases.pairs.get(last)
    if ends is not None and before.endswith(ends):
        return True
    words = phrases.anywhere.get(last)
    return words is not None and any(w in low for w in words)


# What a pattern anchored at the start of a text ("^\s*(?:phrase|...)") can start with, after the
# spaces and hyphens it may skip: lead() reads that from a text, leads() from the phrases.
_SKIPPED = "".join(chr(c) for c in range(0x10000) if chr(c).isspace()) + "-"  # all that `\s` matches, and more
_ASCII_LETTERS = re.compile(r"[A-Za-z]+")


def lead(text: str) -> tuple[str, Optional[str]]:
    """(first character, its run of ASCII letters lower-cased) of text after leading spaces and hyphens.

    The run is "" when the first character is ASCII but not a letter, and None when it cannot be told
    (a character that is not ASCII: it may be a letter `regex.IGNORECASE` equates with an ASCII one).
    """
    rest = text.lstrip(_SKIPPED)
    if not rest:
        return "", ""
    first = rest[0]
    if not first.isascii():
        return first, None
    m = _ASCII_LETTERS.match(rest)
    if m is None:
        return first, ""
    after = rest[m.end():m.end() + 1]
    if after and not after.isascii():
        return first, None  # the word may go on with a letter that is not ASCII
    return first, m.group().lower()


def leads(phrases) -> tuple[frozenset[str], frozenset[str]]:
    """(the runs of ASCII letters, the other ASCII characters) that text matching one of phrases can start
    with, as lead() reads it: for the patterns in which each phrase is followed by something other than
    a letter, and its words are joined by spaces, hyphens or nothing ("per\\s*cent")."""
    runs, others = set(), set()
    for phrase in phrases:
        words = phrase.lower().lstrip(_SKIPPED).split()
        for k in range(1, len(words) + 1):
            glued = "".join(words[:k])
            m = _ASCII_LETTERS.match(glued)
            if m is not None:
                runs.add(m.group())
            elif glued[0].isascii():
                others.add(glued[0])
    return frozenset(runs), frozenset(others)


def may_start_with(found: tuple[str, Optional[str]], phrases: tuple[frozenset[str], frozenset[str]]) -> bool:
    """False only if text whose lead() is `found` cannot start with any of the phrases (see leads())."""
    first, run = found
    if run is None:
        return True
    if run:
        return run in phrases[0]
    return first in phrases[1]

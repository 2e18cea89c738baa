"""Initialisms a document defines: "official development assistance (ODA)", "the Office for National
Statistics (ONS)", "ODA (official development assistance)".

A report writes a term out once, with its initials in brackets, and then uses the initials; another report may
only write it out. A claim about "Norway's ODA" measures what one about "Norway's official development
assistance" does, so a subject that uses defined initials is read with the term written out.

`definitions(text)` returns nothing for text that defines none: brackets that hold no initials, or initials
that do not match the words before them ("the agency (WHO)"), are not definitions.
"""

from __future__ import annotations

from typing import Iterable, Optional

import regex

from ..models import Claim
from .context import head_of, is_place_name

# Initials in brackets after their term: "(ODA)", "(ONS)", "(MoH)", "(TfL)", "(NGOs)"; or a term in brackets
# after its initials: "ODA (official development assistance)".
_INITIALS_IN_BRACKETS = regex.compile(r"\((?P<initials>[A-Z][A-Za-z&]{1,8})\)")
_TERM_IN_BRACKETS = regex.compile(r"(?<![\w'’-])(?P<initials>[A-Z][A-Za-z&]{1,8})\s+\((?P<term>[A-Za-z][^()]{3,80})\)")
# The words of the term before the brackets: back to the last punctuation, at most a dozen words.
_WORDS_BEFORE = regex.compile(r"(?:[A-Za-z][\w'’&-]*\s+){1,12}$")
_WORD = regex.compile(r"[A-Za-z][\w'’&-]*")
# Words an initialism may leave out or keep: "Office for National Statistics (ONS)", "Ministry of Health (MoH)".
_MINOR_WORDS = frozenset("of for and the on in to at &".split())
# What a term never starts with: "the", "a", a verb of citing.
_NOT_A_TERM_START = frozenset("the a an its their our his her this that these those by from with and or of "
                              "for to in on at as said says".split())


def _letters(initials: str) -> Optional[str]:
    """The letters a term's words give, lower-cased: "NGOs" -> "ngo", "MoH" -> "moh"; None for no initials
    ("(Mr)", "(Ltd)": a word of one capital and small letters)."""
    core = initials[:-1] if len(initials) > 2 and initials.endswith("s") and initials[-2].isupper() else initials
    core = core.replace("&", "")
    uppers = sum(ch.isupper() for ch in core)
    if uppers < 2 or len(core) < 2:
        return None
    return core.lower()


def _spell(words: list[str], letters: str) -> bool:
    """Whether the words, each giving its first letter (a minor word may give none; a hyphenated word the first
    letter of each part), spell the letters exactly."""

    def match(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(letters)
        word = words[i].lower()
        if word in _MINOR_WORDS and match(i + 1, j):
            return True
        if j < len(letters) and word[0] == letters[j] and match(i + 1, j + 1):
            return True
        if "-" in word:
            parts = [p for p in word.split("-") if p]
            if len(parts) > 1 and letters.startswith("".join(p[0] for p in parts), j) \
                    and match(i + 1, j + len(parts)):
                return True
        return False

    return match(0, 0)


def _term_before(words: list[str], letters: str) -> Optional[list[str]]:
    """The shortest run of words ending the list that the letters are the initials of."""
    for k in range(1, len(words) + 1):
        run = words[-k:]
        if run[0].lower() in _NOT_A_TERM_START:
            continue
        if _spell(run, letters):
            return run
    return None


def _as_term(words: list[str]) -> str:
    """The term as a subject reads it: a capital that only opens a sentence is dropped ("Official development
    assistance" -> "official development assistance"); a name keeps its capitals ("Office for National
    Statistics")."""
    if words[0][:1].isupper() and all(w.islower() for w in words[1:]):
        words = [words[0].lower()] + words[1:]
    return " ".join(words)


def definitions(text: str) -> dict[str, str]:
    """The initialisms the text defines, each with its term: {"ODA": "official development assistance"}. The first
    definition of an initialism holds."""
    found: dict[str, str] = {}
    if "(" not in text:
        return found
    for m in _INITIALS_IN_BRACKETS.finditer(text):
        initials = m.group("initials")
        letters = _letters(initials)
        if letters is None or initials in found:
            continue
        before = _WORDS_BEFORE.search(text, max(0, m.start() - 160), m.start())
        if before is None:
            continue
        term = _term_before(_WORD.findall(before.group()), letters)
        if term is not None:
            found[initials] = _as_term(term)
    for m in _TERM_IN_BRACKETS.finditer(text):
        initials = m.group("initials")
        letters = _letters(initials)
        if letters is None or initials in found:
            continue
        words = _WORD.findall(m.group("term"))
        if words and words[0].lower() not in _NOT_A_TERM_START and _spell(words, letters):
            found[initials] = _as_term(words)
    return found


def agreed(glossaries: Iterable[dict[str, str]]) -> dict[str, str]:
    """One glossary from several documents', without the initialisms they define differently ("PA" for a press
    agency in one and for a planning authority in another)."""
    merged: dict[str, str] = {}
    clashing: set[str] = set()
    for glossary in glossaries:
        for initials, term in glossary.items():
            known = merged.get(initials)
            if known is not None and known.lower() != term.lower():
                clashing.add(initials)
            merged.setdefault(initials, term)
    return {k: v for k, v in merged.items() if k not in clashing}


_INITIALS_WORD = regex.compile(r"(?<![\w'’-])(?P<initials>[A-Z]{2,5})s?(?![\w&'’-])")


def implied(subjects: Iterable[str]) -> dict[str, str]:
    """Initialisms that other subjects write out, where the corpus defines none: "ASF outbreaks" in one document and
    "African swine fever outbreaks" in another give {"ASF": "african swine fever"}. Only a single term that
    every match agrees on is kept; initials that name a place ("UK", "EU") are not read."""
    subjects = list(dict.fromkeys(subjects))
    wanted = {m.group("initials").lower(): m.group("initials") for subject in subjects
              for m in _INITIALS_WORD.finditer(subject)}
    wanted = {letters: initials for letters, initials in wanted.items() if not is_place_name(initials)}
    if not wanted:
        return {}
    longest = 2 * max(len(letters) for letters in wanted)
    found: dict[str, set[str]] = {}
    for subject in subjects:
        words = _WORD.findall(subject)
        for i, first in enumerate(words):
            if first.lower() in _MINOR_WORDS or first.isupper():
                continue
            for j in range(i + 1, min(len(words), i + longest)):
                if words[j].isupper():
                    break  # (a run holds no initials of its own)
                if words[j].lower() in _MINOR_WORDS:
                    continue
                run = words[i:j + 1]
                # each word gives its first letter, a minor word its own or none, a hyphenated word one per part
                spellings = {"".join(w[0] for w in run).lower(),
                             "".join(w[0] for w in run if w.lower() not in _MINOR_WORDS).lower(),
                             "".join(p[0] for w in run for p in w.split("-") if p).lower()}
                for letters in spellings & wanted.keys():
                    found.setdefault(wanted[letters], set()).add(" ".join(run).lower())
    return {initials: next(iter(terms)) for initials, terms in found.items() if len(terms) == 1}


_CAPITALISED_RUN = regex.compile(r"(?<![\w'’-])[A-Z][A-Za-z&]{1,8}(?![\w&])")


def spelled_out(subject: str, glossary: dict[str, str]) -> Optional[str]:
    """The subject with its defined initials written out ("Norway's ODA" -> "Norway's official development
    assistance"), or None when it uses none."""
    if not glossary:
        return None
    changed = False

    def replace(m: regex.Match) -> str:
        nonlocal changed
        word = m.group()
        term = glossary.get(word)
        if term is None and word.endswith("s"):
            term = glossary.get(word[:-1])  # ("NGOs": the plural of the initials)
            if term is not None:
                term += "s"
        if term is None:
            return word
        changed = True
        return term

    result = _CAPITALISED_RUN.sub(replace, subject)
    return result if changed else None


def spell_out_subjects(claims: list[Claim], glossary: dict[str, str]) -> list[Claim]:
    """The claims, those whose subject uses initials the glossary defines with the term written out."""
    if not glossary:
        return claims
    out = []
    for claim in claims:
        subject = spelled_out(claim.subject, glossary) if claim.subject else None
        if subject is not None:
            claim = claim.model_copy(update={"subject": subject, "subject_head": head_of(subject)})
        out.append(claim)
    return out

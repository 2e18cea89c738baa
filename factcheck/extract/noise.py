"""Numbers that are not claims: addresses, codes, numbering, citations, labels.

`noise_spans(text)` returns the character spans the extractor must not read
numbers from. Each pattern is a family of non-claims named in docs/claims.md.
"""

from __future__ import annotations

import regex

# One reference inside a citation: an author or body, a year, maybe pages: "Smith et al. 2010: 12".
_CITATION_ITEM = r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|"
_CITATION_ITEM += r"Spring|Summer|Autumn|Fall|Winter)\b)[A-Z][^()\d;]*?,?\s+(?:1[89]|20)\d\d[a-z]?(?:[:,]\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?"

# Currency codes and symbols written glued to an amount: "USD115", "EUR50m", "RM79", "Rs500", "MUSD30".
_GLUED_CURRENCY = (r"(?:[Mk]?(?:USD|EUR|GBP|AUD|CAD|NZD|HKD|SGD|CHF|JPY|CNY|INR|MXN|BRL|ZAR|SEK|NOK|DKK|MYR|RUB|KRW|"
                   r"ARS|COP|CLP|PEN|GTQ|PHP|ILS)|RM|Rs\.?|US|A|NZ|C)")

_PATTERNS: dict[str, str] = {
    "url": r"\b(?:https?://|ftp://|www\.)[^\s<>\"]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|mx|uk|pdf|html?)\b(?:/[^\s<>\"]*)?",
    "email": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    # +52 55 1234 5678, (555) 123-4567, 1-800-555-0199, 555-0199
    "phone": r"(?<![\w.,])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)\d{3,4}[\s.-]?\d{3,4}\b"
             r"|(?<![\w.,])\+\d{1,3}(?:[\s.-]\d{2,4}){2,4}\b"
             r"|(?<![\w.,-])\d{1}-\d{3}-\d{3}-\d{4}\b"
             r"|(?<![\w.,-])\d{3}-\d{3}-\d{4}\b"
             r"|(?<![\w.,-])\d{3}-\d{4}\b(?!\s*(?:-|–|to))",
    # Integers written with a leading zero are codes or phone numbers, never amounts: "01800 TRATA".
    "leading zero": r"(?<![\w.,])0\d{3,}(?:\s+[A-Z]{3,}\b|(?:[ \t-]\d{2,4}){1,3}\b)?",
    # Letters and digits in one token: "CP25564S-1", "G20", "COVID-19", "MP3", "A4".
    # Not: an amount glued to its currency code ("USD115", "RM2.70", "$US113", "MUSD 30"), scientific
    # notation ("4e14", "5.5x10-3") or an area or volume ("24703m2", "5 cm3").
    "code": r"\b(?!" + _GLUED_CURRENCY + r"\d)(?!(?i:minus|negative|sub|under|over|mid|pre|post|top|now|then|"
            r"aged?|about|around|nearly|almost|up|down)-\d)(?<!\$)[A-Za-z]+[-_/]?\d[\w]*(?:[-_/.][\w]+)*"
            r"|\b(?!\d+(?:[eE][-+]?\d+\b|[x×]10|(?:k|c|m|d)?m[23]\b|ft[23]\b|in[23]\b))\d+[A-Za-z]+\d[\w]*(?:[-_/][\w]+)*"
            r"|\b[A-Z]{2,}-\d+\b"
            r"|\b(?:ISO|IEC|EN|DIN|ASTM|BS|IEEE|ANSI|RFC|NIST|ISBN|ISSN|DOI)\s?\d+(?:[-:./]\d+)*",
    # "(Flores 2010)", "(UNODC 2008, ECPAT 2010)", "(US Department of State 2012)", "(Smith et al., 2010: 12)"
    "citation": r"\((?:e\.g\.,?\s+|see\s+|cf\.\s+)?" + _CITATION_ITEM + r"(?:\s*[;,]\s*" + _CITATION_ITEM + r")*\s*\)",
    # "1." or "2." alone at the start of a line (section numbering), "(1)" before a question or clause.
    "section number": r"(?m)^[ \t]*(?:#{1,6}[ \t]*)?\d{1,2}(?:\.\d{1,2})*\.?[ \t]*$"
                      r"|(?m)^[ \t]*(?:#{1,6}[ \t]*)?\d{1,2}(?:\.\d{1,2})*[.)][ \t]+(?=[A-Z])"
                      r"|(?m)^[ \t]*#{1,6}[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+(?=[A-Z])",
    "list number": r"(?<![\w)])\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)(?=\s+[A-Za-z“\"‘'])",
    "footnote": r"\[\d{1,3}\]|(?<=[a-z][.,;:”\"])\d{1,2}(?=\s+[A-Z]|\s*$)|\^\d{1,3}",
    # Labels: the number names something, it does not count it.
    "label": r"(?i)\b(?:article|art\.|section|sec\.|chapter|ch\.|row|page|p\.|pp\.|table|figure|fig\.|annex|"
             r"appendix|paragraph|para\.|clause|tier|level|phase|grade|version|vol\.|volume|issue|item|step|"
             r"room|seat|gate|platform|route|highway|flight|no\.|nos\.|#|line|box|exhibit|schedule|part|"
             r"resolution|rule|title|amendment|district|precinct|ward|unit|suite|apartment|floor|channel)"
             r"\s+(?:\d+[\w.-]*|one|two|three|four|five|six|seven|eight|nine|ten|[ivxlc]+\b)",
    # Names of missions, products and series that carry a number: "Voyager 2", "Apollo 11", "Windows 10".
    "name number": r"\b(?:Voyager|Apollo|Gemini|Pioneer|Mariner|Viking|Sputnik|Soyuz|Artemis|Falcon|Saturn|"
                   r"Windows|iPhone|Galaxy|Xbox|PlayStation|Pixel|Boeing|Airbus|Formula|Vatican|Channel|Studio)"
                   r"\s+\d{1,3}\b(?!\s*(?:%|per\s*cent|percent))",
    # The ends of a rating scale: "on a scale from one to ten", "(1-5 scale)".
    "scale": r"(?i)\bscale\s+(?:of|from)\s+\w+\s+to\s+\w+|\b\w+\s*(?:-|to)\s*\w+\s+scale\b",
    # Quoted words that happen to be numbers: "'Minus One'".
    "quoted word": r"[‘'“\"](?:minus\s+)?(?:one|two|three|zero)[’'”\"]|(?i:\bminus\s+one\b)",
}

NOISE_PATTERN = regex.compile("|".join(f"(?P<{regex.sub(r'[^a-z]', '_', name)}>{p})" for name, p in _PATTERNS.items()))


def noise_spans(text: str) -> list[tuple[int, int, str]]:
    """Sorted (start, end, reason) spans in which numbers are not claims."""
    spans = []
    for m in NOISE_PATTERN.finditer(text, overlapped=False):
        reason = m.lastgroup.replace("_", " ") if m.lastgroup else "noise"
        if m.end() > m.start():
            spans.append((m.start(), m.end(), reason))
    return spans


class NoiseIndex:
    """Answers 'is this offset inside a non-claim?' in O(log n)."""

    def __init__(self, text: str) -> None:
        self.spans = noise_spans(text)
        self._starts = [s for s, _, _ in self.spans]

    def add(self, start: int, end: int, reason: str) -> None:
        import bisect

        i = bisect.bisect_left(self._starts, start)
        self.spans.insert(i, (start, end, reason))
        self._starts.insert(i, start)

    def covering(self, start: int, end: int):
        import bisect

        i = bisect.bisect_right(self._starts, start) - 1
        if i >= 0:
            s, e, reason = self.spans[i]
            if s <= start and end <= e:
                return reason
        # A number that begins a noise span ("2" of "2-3 scale") also counts.
        j = i + 1
        if j < len(self.spans) and self.spans[j][0] < end and self.spans[j][0] >= start:
            return self.spans[j][2]
        return None


# Nouns for a text's own parts: "this article answers four questions", "Two points are criticised".
# A count of these describes the document, not the world, so it is not a claim.
DISCOURSE_NOUNS = frozenset(
    """
    question answer point way reason thing aspect section chapter part paragraph example lesson
    recommendation change step option scenario factor area topic theme argument conclusion observation
    finding idea goal objective pillar
    """.split()
)

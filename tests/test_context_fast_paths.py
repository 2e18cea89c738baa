"""The extractor's fast paths give what the plain searches give.

`_Gazetteer.find_names` scans place names with two patterns (proper names as a trie,
lower-case scope words only where one of their words is) instead of the one mixed
alternation; demonyms are a trie too; `SentenceContext` memoises the
per-sentence searches. Both must agree exactly with the plain versions.
"""

from __future__ import annotations

import random
from pathlib import Path

import regex

from factcheck.extract import context
from factcheck.extract.sentences import split_sentences

SOURCES = Path(__file__).resolve().parents[1] / "sources"


def _spellings() -> list[str]:
    gazetteer = context._gazetteer()
    text = (Path(context.__file__).parents[1] / "data" / "places.txt").read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line.split("<=")[0].split("=>")[0].split("~>")[0].strip())
    assert gazetteer.canonical
    return out


def _names(text: str, start: int = 0, end: int | None = None) -> tuple[list, list]:
    gazetteer = context._gazetteer()
    end = len(text) if end is None else end
    plain = [(m.span(), m.span("place")) for m in gazetteer.names.finditer(text, start, end)]
    fast = [(m.span(), m.span("place")) for m in gazetteer.find_names(text, start, end)]
    return plain, fast


def test_find_names_matches_the_single_pattern_on_random_text():
    pieces = _spellings() + ["the", "The", "THE", "world", "WORLD", "World", "the the", "'s", "’s", "x", "-",
                             "across", "around", "nationwide", "US", "$"]
    seps = ["", " ", " ", "  ", ", ", "; ", "$", " $", "\n", "-"]
    rnd = random.Random(20)
    for _ in range(3000):
        parts = [rnd.choice(pieces) for _ in range(rnd.randrange(1, 7))]
        parts = [p.upper() if rnd.random() < 0.05 else p.lower() if rnd.random() < 0.05 else p for p in parts]
        text = "".join(p + rnd.choice(seps) for p in parts)
        start = rnd.randrange(0, len(text) + 1)
        end = rnd.randrange(start, len(text) + 1)
        plain, fast = _names(text, start, end)
        assert plain == fast, (text, start, end)


def test_demonym_trie_matches_the_plain_alternation_on_random_text():
    text = (Path(context.__file__).parents[1] / "data" / "places.txt").read_text(encoding="utf-8")
    demonyms = [line.split("~>")[0].strip() for line in text.splitlines() if "~>" in line and not line.startswith("#")]
    assert demonyms
    alternation = "|".join(regex.escape(d) for d in sorted(demonyms, key=len, reverse=True))
    plain_pattern = regex.compile(rf"(?<![\w$])(?P<place>{alternation})(?=\s+[a-z])")
    fast_pattern = context._gazetteer().demonyms
    pieces = demonyms + [d[:-1] for d in demonyms] + ["states", "Women", "x", "the", "-", "$"]
    rnd = random.Random(7)
    for _ in range(3000):
        sample = "".join(rnd.choice(pieces) + rnd.choice(["", " ", "  ", ", ", "-", "\n", "$"])
                         for _ in range(rnd.randrange(1, 6)))
        plain = [(m.span(), m.span("place")) for m in plain_pattern.finditer(sample)]
        fast = [(m.span(), m.span("place")) for m in fast_pattern.finditer(sample)]
        assert plain == fast, sample


def test_find_names_matches_the_single_pattern_on_documents():
    for path in sorted(SOURCES.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        plain, fast = _names(text)
        assert plain == fast, path.name
        for start, end in split_sentences(text):
            plain, fast = _names(text, start, end)
            assert plain == fast, (path.name, text[start:end])


def test_sentence_context_agrees_with_the_module_functions():
    rnd = random.Random(3)
    for path in sorted(SOURCES.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        country = context.main_country(text)
        for start, end in split_sentences(text):
            ctx = context.SentenceContext(text, start, end, country=lambda: country)
            for anchor in sorted({start, end - 1, (start + end) // 2, rnd.randrange(start, end)}):
                stop = min(end, anchor + 4)
                exclude = [(anchor, stop)]
                assert ctx.clause(anchor) == context.clause_around(text, start, end, anchor)
                assert ctx.place(anchor, exclude) == context.find_place(text, start, end, anchor, exclude, country)
                assert ctx.place(anchor, exclude, True) == context.find_place(text, start, end, anchor, exclude,
                                                                              country, True)
                assert ctx.period(anchor, stop, exclude) == context.find_period(text, start, end, anchor, stop,
                                                                                None, exclude)
                assert ctx.entity(anchor, exclude) == context.find_entity(text, start, end, anchor, exclude)
                assert ctx.event(anchor) == context.find_event(text, start, end, anchor)


def test_clause_places_are_the_sentence_places_in_the_clause():
    """A clause's places are taken from the sentence's scan; a scan of the clause alone finds the same."""
    pieces = _spellings() + ["the", "world", "the world's", "in the world", "across the country", "nationwide",
                             "Mexican states", "Mexican", "in", "of", "5", "2010", "victims", "$", "US $"]
    seps = [" ", " ", "; ", ": ", ", and ", ", which ", ", the number ", " – ", " — ", ", ", " $", "  ", ";", ":"]
    rnd = random.Random(5)
    texts = [path.read_text(encoding="utf-8") for path in sorted(SOURCES.glob("*.md"))]
    for _ in range(2000):
        parts = [rnd.choice(pieces) for _ in range(rnd.randrange(2, 9))]
        texts.append(rnd.choice(["", "Mexico ", "x$"]) + "".join(p + rnd.choice(seps) for p in parts))
    for text in texts:
        for start, end in split_sentences(text):
            ctx = context.SentenceContext(text, start, end)
            for anchor in range(start, end, 7):
                lo, hi = ctx.clause(anchor)
                alone = context.SentenceContext(text, start, end)._place_candidates(lo, hi)
                assert ctx._place_candidates(lo, hi, clause=True) == alone, (text[start:end], lo, hi)


def test_noise_spans_match_the_single_pattern_on_random_text():
    """noise_spans() runs only the alternatives its gates allow, each where it can begin: the same spans as
    NOISE_PATTERN.finditer over the text."""
    from factcheck.extract import noise

    reason_of = {regex.sub(r"[^a-z]", "_", name): name for name in noise._ALTERNATIVES}
    pieces = ["2 p.m.", "1.56pm", "10:30", "17:22:05", "9am", "3:1", "5 PM", "(555) 123-4567", "+52 55 1234 5678",
              "555-0199", "01800 TRATA", "CP25564S-1", "G20", "COVID-19", "(Flores 2010)", "[3]", "crime.12 The",
              "^3", "10^6", "Article 5", "Voyager 2", "scale of 1 to 10", "'Minus One'", "www.example.org",
              "a@b.org", "1.", "(2)", "2,400", "the", "victims", "ſ", "K", "İ", ":", ".", "-", "am", "a.m.",
              "Oct. 31", "14 June", "29 to 30 July", "May", "may", "2012", "2019-09-01T10:38:07Z", "2018s", "1960s",
              "Game 7", "category 4"]
    seps = ["", " ", "  ", "\n", ", ", "-", "."]
    rnd = random.Random(11)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) + rnd.choice(seps) for _ in range(rnd.randrange(1, 8)))
        plain = [(m.start(), m.end(), reason_of[m.lastgroup]) for m in noise.NOISE_PATTERN.finditer(text)]
        assert noise.noise_spans(text) == plain, text


def test_the_place_list_keeps_the_fast_split():
    # A lower-case scope word that could match where a proper name does ("eurozone" beside "Eurozone") turns the
    # split off and find_names() falls back to the mixed alternation, ten times slower: keep spellings apart.
    gazetteer = context._gazetteer()
    assert gazetteer.proper_names is not None and gazetteer.scope_words is not None


def test_spellings_that_end_where_a_longer_one_goes_on_do_not_overlap():
    assert not context._overlap(["EU"], ["eurozone"])
    assert not context._overlap(["EU"], ["euro area"])
    assert context._overlap(["Eurozone"], ["eurozone"])
    assert context._overlap(["Euro"], ["euro area"])

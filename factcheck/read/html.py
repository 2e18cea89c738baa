"""HTML: the text a reader sees, laid out in lines and paragraphs.

Claims must come from what a reader of the page reads, so we keep visible
text only and drop page chrome and machinery:

* ``script``, ``style``, ``noscript``, ``template``, the ``head``, embedded
  objects (``iframe``, ``svg``, ``canvas``...) and form controls;
* ``nav``, ``aside``, ``footer`` and the page-level ``header`` (site banner).
  A ``header`` inside ``article`` or ``main`` is kept: there it holds the
  article's headline and standfirst, where the headline numbers are;
* anything with the ``hidden`` attribute or an inline ``display: none`` /
  ``visibility: hidden`` style, and closed ``dialog`` elements;
* page furniture that sites mark by class or id: share and comment counters,
  related links, bylines, breadcrumbs, newsletter and cookie boxes, adverts
  and text for screen readers only (a class word such as ``share`` in
  ``share-bar``, matched whole).

Layout follows the CSS defaults closely enough for sentence splitting: block
elements such as ``p`` and headings are separated by a blank line, line-level
blocks (``li``, ``div``, ``tr``...) and ``br`` by a newline, table cells by a
tab. Inline whitespace collapses to one space except inside ``pre``.

``<sup>`` and ``<sub>`` are read as a reader sees them: a footnote marker
(``350<sup>1</sup> homes``) is dropped rather than run into the figure (3,501);
a power or chemical index joins its figure (``km²``, ``10⁶``, ``CO₂``, ``21st``);
any other text in them stands apart from the word before it.

The offsets of claims index into this extracted text, not into the markup.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Optional

from selectolax.lexbor import LexborHTMLParser, LexborNode

from factcheck.read.mdinline import FOOTNOTE_MARK, script_joined
from factcheck.read.metadata import Metadata, Parsed, parse_iso_date
from factcheck.read.problems import UnreadableError

_DROPPED = frozenset(
    {
        "head", "title", "script", "style", "noscript", "template",
        "nav", "aside", "footer",
        "iframe", "object", "embed", "svg", "math", "canvas", "audio", "video", "map",
        "select", "button", "textarea", "input",
    }
)  # fmt: skip
# Containers whose <header> is the content's own (headline, byline), not the site banner.
_CONTENT_ROOTS = frozenset({"article", "main"})

# Break levels, weakest first; several requested at one place collapse to the strongest.
_CELL, _LINE, _PARAGRAPH = 1, 2, 3
_BREAK_BEFORE_AND_AFTER = {
    **dict.fromkeys(
        ["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "menu",
         "figure", "hr", "section", "article", "main", "header", "address", "details", "fieldset", "hgroup"],
        _PARAGRAPH,
    ),
    **dict.fromkeys(
        ["html", "body", "div", "li", "dt", "dd", "tr", "caption", "figcaption", "summary", "legend",
         "form", "center", "dialog", "search", "thead", "tbody", "tfoot", "option"],
        _LINE,
    ),
    "td": _CELL,
    "th": _CELL,
}

# Words of class and id values that mark page furniture (whole words of "share-bar", "related_links").
_FURNITURE_WORDS = frozenset({
    "share", "sharing", "social", "comments", "comment", "related", "byline", "breadcrumb", "breadcrumbs",
    "newsletter", "subscribe", "promo", "advert", "advertisement", "ad", "ads", "cookie", "cookies", "paywall",
    "sr", "visually", "screen",  # "sr-only", "visually-hidden", "screen-reader-text"
    "sidebar", "widget", "widgets", "popular", "trending",  # "most-read" boxes and side columns
})
# ARIA roles of the same furniture: <div role="complementary"> is an <aside>, role="navigation" a <nav>.
_FURNITURE_ROLES = frozenset({"complementary", "navigation", "banner", "contentinfo", "search"})
_CLASS_WORD = re.compile(r"[A-Za-z]+")
_HIDING_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_CLOSING_PUNCTUATION = frozenset(".,;:!?)]}\"'’”»…")

# <meta name|property|itemprop=...> giving the publication date, most specific first.
_DATE_METAS = (
    "date",
    "article:published_time",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "citation_publication_date",
    "datepublished",
)


def parse_html(text: str, source: str) -> Parsed:
    try:
        tree = LexborHTMLParser(text)
        body = visible_text(tree)
        embedded = _metadata(tree)
    except (ValueError, TypeError, RuntimeError) as exc:  # lexbor is lenient; this guards its bindings
        raise UnreadableError(f"cannot parse HTML: {exc}", path=source) from None
    if not body.strip():
        raise UnreadableError("no visible text in HTML", path=source)
    return Parsed(text=body, format="html", embedded=embedded)


def visible_text(tree: LexborHTMLParser) -> str:
    """The page's visible text (see the module docstring for the rules)."""
    out = _TextBuilder()
    root = tree.root
    if root is None:
        return ""
    # An explicit stack rather than recursion: real pages nest deeper than Python's recursion limit allows.
    # Entries: (node, closing, inside <pre>, inside article/main).
    stack: list[tuple[LexborNode, bool, bool, bool]] = [(root, False, False, False)]
    while stack:
        node, closing, in_pre, in_content = stack.pop()
        tag = node.tag or ""
        if node.is_text_node:
            out.text(node.text_content or "", preserve=in_pre)
            continue
        if not node.is_element_node:
            continue  # comments, doctype
        level = _BREAK_BEFORE_AND_AFTER.get(tag)
        if closing:
            if level:
                out.request(level)
            continue
        if _is_hidden(node, tag, in_content):
            continue
        if tag == "br":
            out.newline()
            continue
        if tag in ("sup", "sub"):
            _script(out, tag, _inner_text(node, in_content))
            continue
        if level:
            out.request(level)
        stack.append((node, True, in_pre, in_content))
        child_pre = in_pre or tag in ("pre", "listing")
        child_content = in_content or tag in _CONTENT_ROOTS
        children = list(node.iter(include_text=True))
        stack.extend((child, False, child_pre, child_content) for child in reversed(children))
    return out.result()


def _script(out: "_TextBuilder", tag: str, inner: str) -> None:
    """A <sup>/<sub>: a footnote marker is dropped, a power or index joins its figure, other text stands apart.

    ``350<sup>1</sup> homes`` is 350 homes (footnote 1), not 3,501; ``km<sup>2</sup>``
    is km², ``10<sup>6</sup>`` 10⁶, ``CO<sub>2</sub>`` CO₂, ``21<sup>st</sup>`` 21st;
    ``homes<sup>see note</sup>`` keeps 'see note' apart from 'homes'.
    """
    inner = _collapse(inner) or ""
    if not inner:
        return
    joined = script_joined(tag, inner, out.tail())
    if joined is not None:
        out.text(joined, preserve=False)
    elif tag == "sup" and FOOTNOTE_MARK.fullmatch(inner):
        out.separate()  # the marker goes; the next word must not run into the one before it
    else:
        out.text(" " + inner, preserve=False)
        out.separate()


def _inner_text(node: LexborNode, in_content: bool) -> str:
    """The visible text inside an element (hidden descendants left out)."""
    parts: list[str] = []
    stack = list(reversed(list(node.iter(include_text=True))))
    while stack:
        child = stack.pop()
        if child.is_text_node:
            parts.append(child.text_content or "")
        elif child.is_element_node and not _is_hidden(child, child.tag or "", in_content):
            stack.extend(reversed(list(child.iter(include_text=True))))
    return "".join(parts)


def _is_hidden(node: LexborNode, tag: str, in_content: bool) -> bool:
    if tag in _DROPPED:
        return True
    if tag == "header" and not in_content:
        return True
    attributes = node.attributes
    if "hidden" in attributes:
        return True
    if tag == "dialog" and "open" not in attributes:
        return True
    style = attributes.get("style")
    if style and _HIDING_STYLE.search(style):
        return True
    if (attributes.get("role") or "").lower() in _FURNITURE_ROLES:
        return True
    marks = " ".join(v for k, v in attributes.items() if k in ("class", "id") and v)
    return bool(marks) and any(w.lower() in _FURNITURE_WORDS for w in _CLASS_WORD.findall(marks))


class _TextBuilder:
    """Accumulates text pieces, turning requested breaks into the fewest newlines that satisfy them."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._pending = 0  # strongest break requested since the last text
        self._separate = False  # the next text needs a space before it

    def request(self, level: int) -> None:
        self._pending = max(self._pending, level)

    def newline(self) -> None:
        """A forced line break (``<br>``): unlike block breaks, consecutive ones all count."""
        self._flush()
        self._trim_trailing_spaces()
        self._parts.append("\n")

    def separate(self) -> None:
        """The next text must not join the last word (a dropped footnote marker sat between them)."""
        self._separate = True

    def tail(self) -> str:
        """The last characters written on the current line ('' after a requested break)."""
        if self._pending:
            return ""
        tail = "".join(self._parts[-4:])
        return tail[tail.rfind("\n") + 1:]

    def text(self, text: str, *, preserve: bool) -> None:
        if not preserve:
            text = _HTML_SPACE.sub(" ", text)
            if self._pending or self._at_line_start():
                text = text.lstrip(" ")
        if not text:
            return
        if self._separate:
            self._separate = False
            if not text[0].isspace() and text[0] not in _CLOSING_PUNCTUATION and not self._pending:
                text = " " + text
        self._flush()
        self._parts.append(text)

    def result(self) -> str:
        return "".join(self._parts).rstrip()

    def _flush(self) -> None:
        level, self._pending = self._pending, 0
        if not level or not self._parts:
            return  # no break needed, or nothing yet to break from
        if level == _CELL:
            if not self._at_line_start():
                self._trim_trailing_spaces()
                self._parts.append("\t")
            return
        self._trim_trailing_spaces()
        wanted = 2 if level == _PARAGRAPH else 1
        have = self._trailing_newlines()
        if wanted > have:
            self._parts.append("\n" * (wanted - have))

    def _at_line_start(self) -> bool:
        return not self._parts or self._parts[-1].endswith("\n")

    def _trailing_newlines(self) -> int:
        count = 0
        for part in reversed(self._parts):
            stripped = part.rstrip("\n")
            count += len(part) - len(stripped)
            if stripped:
                break
        return count

    def _trim_trailing_spaces(self) -> None:
        while self._parts:
            trimmed = self._parts[-1].rstrip(" ")
            if trimmed:
                self._parts[-1] = trimmed
                return
            self._parts.pop()


def _metadata(tree: LexborHTMLParser) -> Metadata:
    metas: dict[str, str] = {}
    for meta in tree.css("meta"):
        attributes = meta.attributes
        name = attributes.get("name") or attributes.get("property") or attributes.get("itemprop")
        content = attributes.get("content")
        if name and content and content.strip():
            metas.setdefault(name.strip().lower(), content.strip())

    title_node = tree.css_first("head > title") or tree.css_first("title")
    title = _collapse(title_node.text()) if title_node is not None else None
    canonical = tree.css_first('link[rel="canonical"]')
    url = canonical.attributes.get("href") if canonical is not None else None

    return Metadata(
        title=title or metas.get("og:title"),
        publisher=metas.get("og:site_name"),
        published=_published(tree, metas),
        url=(url or metas.get("og:url") or None),
    )


def _published(tree: LexborHTMLParser, metas: dict[str, str]) -> Optional[dt.date]:
    # Metadata from arbitrary web pages is often junk; an unparsable date is skipped, not an error.
    for name in _DATE_METAS:
        date = parse_iso_date(metas[name]) if name in metas else None
        if date is not None:
            return date
    for time in _candidate_times(tree):
        date = parse_iso_date(time.attributes.get("datetime") or "")
        if date is not None:
            return date
    return None


def _candidate_times(tree: LexborHTMLParser) -> Iterable[LexborNode]:
    # A page has many <time>s (comments, events, "updated"): prefer the one marked as the publication
    # date, then the first in the article, then the first anywhere.
    yield from tree.css('time[itemprop="datePublished"][datetime], time[pubdate][datetime]')
    yield from tree.css("article time[datetime], main time[datetime]")
    yield from tree.css("time[datetime]")


def _collapse(text: str) -> Optional[str]:
    return _HTML_SPACE.sub(" ", text).strip() or None

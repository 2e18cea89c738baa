"""Bytes to text: detect the encoding, refuse binaries, normalise newlines.

Detection order, most to least certain:

1. a byte-order mark (UTF-32 before UTF-16, since the UTF-32 LE mark begins
   with the UTF-16 LE one);
2. NUL bytes in the first 8 KB mean a binary file, unless the NULs sit in
   every other byte like BOM-less UTF-16 of mostly-Latin text;
3. strict UTF-8 (ASCII included), by far the most common;
4. for HTML, the ``<meta charset>`` the page declares, if it decodes cleanly;
5. charset-normalizer's best guess. On short samples it often scores
   several code pages exactly equal and then picks one arbitrarily (cp1250 for
   Spanish "niño", turning it into "nińo"); on a tie we prefer cp1252, the
   most common legacy encoding for the English and Western European documents
   this tool reads. Short Windows-1252 files often do not even tie: "2023–24"
   and "€3.5 million" come back as mac-iceland ("2023ñ24", "Ä3.5") or cp1250
   ("Ł4.2 billion"). So when the guess is another single-byte code page and
   the bytes are valid cp1252 whose bytes 0x80-0x9F are all cp1252 punctuation,
   currency or symbols (dashes, curly quotes, €, …, ™) and whose letters look
   Western European (mostly ASCII, no runs of accented letters), cp1252 wins.
   Text in another script (Cyrillic in cp1251, Polish in cp1250) fails those
   tests and keeps its guess.

Newlines are normalised to "\\n" (CRLF and lone CR both), and every character
offset, line and column the later stages report index into that normalised
text, not into the raw file.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

from charset_normalizer import from_bytes

from factcheck.read.problems import UnreadableError

SNIFF_BYTES = 8192

# Checked in order: the UTF-32 LE mark FF FE 00 00 starts with the UTF-16 LE mark FF FE.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Code pages preferred when charset-normalizer scores several exactly the same.
_TIE_PREFERENCE = ("cp1252", "latin_1", "iso8859_15")

# Above this share of control characters, "text" is really a binary format.
_MAX_CONTROL_SHARE = 0.10
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")

# Four accented letters in a row: rare in Western European words ("été", "não"), usual in mojibake.
_ACCENTED_RUN = re.compile(r"[^\W\d_\x00-\x7f]{4}")

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF, so offsets and line numbers mean the same on every platform."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, source: str, *, html: bool = False) -> Decoded:
    """Decode a text document's bytes; raise UnreadableError when they are empty, binary or undecodable.

    The returned text has its newlines normalised and no byte-order mark.
    """
    if not data:
        raise UnreadableError("empty file (zero bytes)", path=source)
    text, encoding = _decode_raw(data, source, html=html)
    text = normalise_newlines(text).lstrip("\ufeff")
    if not text.strip():
        raise UnreadableError("empty file (only whitespace)", path=source)
    if _control_share(text[:SNIFF_BYTES]) > _MAX_CONTROL_SHARE:
        raise UnreadableError("binary file (mostly control characters), not text", path=source)
    return Decoded(text, encoding)


def _decode_raw(data: bytes, source: str, *, html: bool) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise UnreadableError(
                    f"cannot decode: starts with a {encoding} byte-order mark but is not valid {encoding}",
                    path=source,
                ) from None

    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise UnreadableError("binary file (contains NUL bytes), not text", path=source)
        return utf16

    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass

    if html:
        declared = _declared_charset(head)
        if declared is not None:
            try:
                return data.decode(declared), declared
            except UnicodeDecodeError:
                pass  # the declaration is wrong; fall through to detection

    guessed = _guess(data)
    if guessed is None:
        raise UnreadableError("cannot decode: not UTF-8, and no known encoding fits", path=source)
    return guessed


def _bomless_utf16(data: bytes) -> Optional[tuple[str, str]]:
    """UTF-16 without a byte-order mark, recognised by NULs in every other byte (mostly-Latin text)."""
    sample = data[:SNIFF_BYTES]
    if len(data) % 2 or len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for encoding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # In UTF-16 of Latin text the high bytes are nearly all NUL and the low bytes nearly never.
        if high.count(0) >= 0.9 * len(high) and low.count(0) <= 0.02 * len(low):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None
    return None


def _declared_charset(head: bytes) -> Optional[str]:
    match = _META_CHARSET.search(head[:2048])
    if not match:
        return None
    try:
        return codecs.lookup(match[1].decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _guess(data: bytes) -> Optional[tuple[str, str]]:
    guessed = _charset_normalizer_guess(data)
    if guessed is None or (guessed[1] != "cp1252" and len(guessed[0]) == len(data)):  # a single-byte guess
        return _western_cp1252(data) or guessed
    return guessed


def _charset_normalizer_guess(data: bytes) -> Optional[tuple[str, str]]:
    results = list(from_bytes(data))
    if not results:
        return None
    best = results[0]
    tied = [r for r in results if r.chaos == best.chaos and r.coherence == best.coherence]
    for preferred in _TIE_PREFERENCE:
        for result in tied:
            # could_be_from_charset lists the encodings that decode these bytes to the very same text.
            if preferred in result.could_be_from_charset:
                return _strict(data, preferred) or (str(result), codecs.lookup(result.encoding).name)
    return str(best), codecs.lookup(best.encoding).name


def _western_cp1252(data: bytes) -> Optional[tuple[str, str]]:
    """cp1252, when its 0x80-0x9F bytes are punctuation, currency or symbols and its letters look Western."""
    specials = {byte for byte in data if 0x80 <= byte <= 0x9F}
    if not specials:
        return None
    try:
        text = data.decode("cp1252")  # strict: 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined
    except UnicodeDecodeError:
        return None
    for byte in specials:
        if unicodedata.category(bytes([byte]).decode("cp1252"))[0] not in "PS":  # not Š, œ, ž, Ÿ, ƒ...
            return None
    letters = [ch for ch in text if ch.isalpha()]
    accented = sum(1 for ch in letters if ord(ch) > 0x7F)
    if not letters or accented > 0.3 * len(letters) or _ACCENTED_RUN.search(text):
        return None  # another script read as Latin-1 letters: "Ïðèâåò" is Russian in cp1251
    return text, "cp1252"


def _strict(data: bytes, encoding: str) -> Optional[tuple[str, str]]:
    try:
        return data.decode(encoding), codecs.lookup(encoding).name
    except UnicodeDecodeError:
        return None


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(
        1
        for ch in text
        if ch not in _ALLOWED_CONTROLS and (unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") or ch == "\ufffd")
    )
    return controls / len(text)

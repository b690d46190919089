"""Is it article text: decoding a file's bytes, refusing what the pipeline cannot read
(binary data, an empty or overlong text), and a cheap check that the text is English.

Split from :mod:`claimmap.documents`, which turns files of each accepted kind into
:class:`~claimmap.model.Document` objects; every kind goes through these same checks.
"""

from __future__ import annotations

import re
from pathlib import Path

from claimmap.config import MAX_DOCUMENT_CHARS
from claimmap.errors import DocumentError

# The 40 most frequent English words; real English prose has 30-50 % of its tokens among
# them, other languages in Latin script well under 10 %.
_ENGLISH_STOPWORDS = frozenset(
    {
        "the",
        "of",
        "and",
        "to",
        "a",
        "in",
        "is",
        "that",
        "for",
        "it",
        "as",
        "was",
        "with",
        "be",
        "by",
        "on",
        "not",
        "he",
        "i",
        "this",
        "are",
        "or",
        "his",
        "from",
        "at",
        "which",
        "but",
        "have",
        "an",
        "they",
        "you",
        "were",
        "had",
        "has",
        "said",
        "their",
        "its",
        "who",
        "will",
        "been",
        "would",
    }
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def read_text(path: Path) -> str:
    """Read a file as UTF-8 (BOM and UTF-16 with BOM accepted), refusing binary data."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror})") from exc
    return decode_bytes(data, str(path))


def decode_bytes(data: bytes, name: str) -> str:
    """Decode ``data``; raise a DocumentError naming ``name`` if it is not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise DocumentError(f"{name}: broken UTF-16 text") from exc
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{name}: not UTF-8 (bad byte at offset {exc.start}); re-encode it, "
            "e.g. `iconv -f WINDOWS-1252 -t UTF-8`"
        ) from exc


def check_text(text: str, name: str) -> str:
    """Return ``text`` if the pipeline can read it, else raise a DocumentError."""
    if not isinstance(text, str):
        raise DocumentError(f"{name}: text must be a string, got {type(text).__name__}")
    if not text.strip():
        raise DocumentError(f"{name}: the text is empty")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise DocumentError(
            f"{name}: {len(text):,} characters is more than the {MAX_DOCUMENT_CHARS:,} "
            "accepted; split it into articles"
        )
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    if controls > max(3, len(text[:20000]) // 100):
        raise DocumentError(f"{name}: full of control characters; is it a binary file?")
    return text


def looks_english(text: str) -> bool:
    """Cheap language check: enough of the commonest English words among the first 2,000 words.

    Short texts (< 12 words) are given the benefit of the doubt.
    """
    words = [w.lower() for w in _WORD.findall(text[:20000])][:2000]
    if len(words) < 12:
        return True
    share = sum(1 for w in words if w in _ENGLISH_STOPWORDS) / len(words)
    return share >= 0.08

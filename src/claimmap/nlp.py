"""The spaCy model, loaded once per process, and a small cache of parsed documents.

Every stage (places, claims, routes) reads the same parse, so an article is parsed once.
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections import OrderedDict
from typing import TYPE_CHECKING

from claimmap.config import SPACY_MODEL
from claimmap.documents import looks_english
from claimmap.errors import DocumentError
from claimmap.model import Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

_PARSES: OrderedDict[tuple[str, int], Doc] = OrderedDict()
_PARSE_CACHE_SIZE = 64


@functools.cache
def load_nlp() -> Language:
    """Load the English pipeline (tagger, parser, NER) once per process, with paragraph
    breaks as sentence breaks."""
    module = importlib.import_module(SPACY_MODEL)
    nlp = module.load()
    nlp.max_length = 2_100_000
    _register_paragraph_breaks()
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    return nlp


PARAGRAPH_BREAKS = "claimmap_paragraph_breaks"
_SENTENCE_FINAL = frozenset(".!?\"”’')»:")


def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, or after a line break that follows a sentence's
    final punctuation.

    The small model's parser reads across paragraph breaks: a headline, a dateline or a
    live blog's "12:15 p.m." is glued to the paragraph below it, and a claim's subject or
    content is then sought in the wrong paragraph. A single line break after a word may be
    a hard wrap, so it is left to the parser.
    """
    for tok in doc[1:-1]:
        if not tok.is_space or "\n" not in tok.text:
            continue
        before = doc[tok.i - 1].text
        if tok.text.count("\n") > 1 or (before and before[-1] in _SENTENCE_FINAL):
            doc[tok.i + 1].is_sent_start = True
    for start in _paragraph_starts(doc):
        dash = _dateline_end(doc, start)
        if dash is not None:
            doc[dash + 1].is_sent_start = True
    return doc


_DASHES = frozenset({"—", "–", "-", "--", "―"})


def _paragraph_starts(doc: Doc) -> list[int]:
    starts = [0] if len(doc) else []
    for tok in doc[:-1]:
        if (tok.is_space and "\n" in tok.text) or "\n" in tok.whitespace_:
            starts.append(tok.i + 1)
    return [i for i in starts if i < len(doc) and not doc[i].is_space]


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The dash that ends a wire dateline opening a paragraph ("KYIV, Ukraine (AP) —",
    "OUAGADOUGOU, Burkina Faso (Reuters) -", "BEIRUT —"): the story starts after it, and a
    parse that reads the dateline into the first sentence gives it a wrong subject. The
    place is in capitals; a plain hyphen needs the agency in brackets before it."""
    first = doc[start]
    if not (first.is_upper and sum(c.isalpha() for c in first.text) >= 2):
        return None
    agency = False
    # "GOMA, Democratic Republic of Congo, Jan 24 (AP) -": place, country, date and agency
    for tok in doc[start + 1 : min(len(doc) - 1, start + 20)]:
        agency = agency or tok.text == ")"
        spaced = bool(doc[tok.i - 1].whitespace_) and bool(tok.whitespace_)
        if tok.text in _DASHES and spaced and (agency or tok.text != "-"):
            for inner in doc[start + 1 : tok.i + 1]:
                inner.is_sent_start = False  # the dateline is one sentence
            return tok.i
        if tok.is_space or tok.text in {".", "!", "?", ":", ";"}:
            return None
    return None


@functools.cache
def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)


def check_language(doc: Document) -> None:
    """Refuse articles that are not English, with a message that says so."""
    if doc.lang and not doc.lang.lower().startswith("en"):
        raise DocumentError(
            f"{doc.id}: language {doc.lang!r} is not supported; claimmap reads English"
        )
    if not looks_english(doc.text):
        raise DocumentError(
            f"{doc.id}: the text does not look like English; claimmap reads English"
        )


def parse(doc: Document) -> Doc:
    """Return the spaCy parse of ``doc`` (cached on id and text)."""
    key = (doc.id, hash(doc.text))
    cached = _PARSES.get(key)
    if cached is not None:
        _PARSES.move_to_end(key)
        return cached
    check_language(doc)
    parsed = load_nlp()(doc.text)
    remember(doc, parsed)
    return parsed


def parse_many(docs: list[Document], batch_size: int = 16, n_process: int = 1) -> list[Doc]:
    """Parse many documents with ``nlp.pipe`` (faster than one by one) and cache them."""
    for doc in docs:
        check_language(doc)
    parsed = list(
        load_nlp().pipe((d.text for d in docs), batch_size=batch_size, n_process=n_process)
    )
    for doc, p in zip(docs, parsed, strict=True):
        remember(doc, p)
    return parsed


def remember(doc: Document, parsed: Doc) -> None:
    key = (doc.id, hash(doc.text))
    _PARSES[key] = parsed
    _PARSES.move_to_end(key)
    while len(_PARSES) > _PARSE_CACHE_SIZE:
        _PARSES.popitem(last=False)

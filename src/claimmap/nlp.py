"""The spaCy model, loaded once per process, and a small cache of parsed documents.

Every stage (places, claims, routes) reads the same parse, so an article is parsed once.
"""

from __future__ import annotations

import functools
import importlib
import logging
import re
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar, cast

from claimmap.config import SPACY_MODEL
from claimmap.datelines import find_datelines
from claimmap.document_header import read_header
from claimmap.document_text import looks_english
from claimmap.errors import DocumentError
from claimmap.model import Document
from claimmap.nlp_prefixes import keep_prefixed_words
from claimmap.nlp_titles import (
    TITLE_ABBREVIATIONS,
    title_abbreviation,
    title_before_function_word,
    without_titles,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

T = TypeVar("T")

_PARSES: OrderedDict[tuple[str, int], Doc] = OrderedDict()
_PARSE_CACHE_SIZE = 64


@functools.cache
def load_nlp() -> Language:
    """Load the English pipeline (tagger, parser, NER) once per process, with paragraph
    breaks as sentence breaks."""
    module = importlib.import_module(SPACY_MODEL)
    nlp = module.load()
    nlp.max_length = 2_100_000
    from spacy.symbols import ORTH

    _register_paragraph_breaks()
    for abbreviation in (*_SPLIT_ABBREVIATIONS, *(f"{t}." for t in TITLE_ABBREVIATIONS)):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    keep_prefixed_words(nlp)  # "who co-wrote the report": one verb, not "co" + "-" + "wrote"
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    nlp.add_pipe(ABBREVIATED_NAMES, after="ner")
    return nlp


PARAGRAPH_BREAKS = "claimmap_paragraph_breaks"
ABBREVIATED_NAMES = "claimmap_abbreviated_names"
#: Abbreviations that begin a word of a place name ("Fort St. John", "Sault Ste. Marie",
#: "Mt. Pleasant", "Ft. Worth"): a capitalised word after one continues the name.
NAME_ABBREVIATIONS = frozenset({"St.", "Ste.", "Mt.", "Ft.", "Pt."})
#: ...those the tokenizer would otherwise cut at the dot.
_SPLIT_ABBREVIATIONS = ("Ste.", "Ft.", "Pt.")
_SENTENCE_FINAL = frozenset(".!?\"”’')»:")


def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, or after a line break that follows a sentence's
    final punctuation.

    The small model's parser reads across paragraph breaks: a headline, a dateline or a
    live blog's "12:15 p.m." is glued to the paragraph below it, and a claim's subject or
    content is then sought in the wrong paragraph. A single line break after a word may be
    a hard wrap, so it is left to the parser.
    """
    header_ends = read_header(doc.text).line_ends  # "Headline\nReuters, 2025-03-12\nGOMA -"
    for tok in doc[1:-1]:
        if not tok.is_space or "\n" not in tok.text:
            continue
        before = doc[tok.i - 1].text
        if (
            tok.text.count("\n") > 1
            or (before and before[-1] in _SENTENCE_FINAL)
            or tok.idx in header_ends
            or tok.idx - 1 in header_ends  # "Headline \n": a space kept by the word before
        ):
            doc[tok.i + 1].is_sent_start = True
    for tok in doc[:-1]:
        # "Fort St. John", "Brig. Gen. Ana Lee said": the dot ends no sentence
        if name_abbreviation(tok) or title_abbreviation(tok):
            doc[tok.i + 1].is_sent_start = False
        elif title_before_function_word(tok):
            doc[tok.i + 1].is_sent_start = True  # "led by a Maj. It returned": the dot ends it
        elif _acronym_ends_sentence(tok) or _letter_ends_sentence(tok):
            doc[tok.i + 1].is_sent_start = True  # "... and the U.N. China denies it."
    _dateline_sentences(doc)
    return doc


_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$")
_LETTER = re.compile(r"^[A-Z]\.$")


def _letter_ends_sentence(tok: Token) -> bool:
    """ "said in a post on X. Three sailors were hurt": a one-letter name after a lower-case
    word, then a capitalised word, ends its sentence. The tokenizer keeps the dot with the
    letter as if it were an initial, but an initial follows a name ("John F. Kennedy"), not
    a preposition."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc) or not _LETTER.match(tok.text):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return (
        before.is_alpha
        and before.is_lower
        and tok.whitespace_ == " "
        and (after.is_title or after.is_digit)
    )


_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _acronym_ends_sentence(tok: Token) -> bool:
    """ "according to researchers and the U.N. China denies abuses": a dotted acronym
    whose dot also ends the sentence, shown by a country's name after it that is the
    subject of a finite verb ("the U.S. Navy said" stays one name: "Navy" is no country).
    The tokenizer keeps the dot in the acronym, so the parser sees no full stop."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or not _ACRONYM.match(tok.text) or "\n" in tok.whitespace_:
        return False
    name, verb = doc[tok.i + 1], doc[tok.i + 2]
    if not (name.is_alpha and name.is_title and name.tag_ == "NNP" and verb.tag_ in _FINITE):
        return False
    return tok.i > 0 and doc[tok.i - 1].lower_ == "the" and _country_name(name.text)


def _country_name(word: str) -> bool:
    from claimmap.errors import GazetteerError
    from claimmap.gazetteer import default_gazetteer

    try:
        found = default_gazetteer().lookup(word, limit=3, fuzzy=False)
    except GazetteerError:
        return False
    return any(c.kind == "country" and c.matched_name.lower() == word.lower() for c in found)


def paragraph_starts(doc: Doc) -> tuple[int, ...]:
    """Token indices where a paragraph (a line after a line break) begins, found once per
    parse (the dateline component, the places and the claims stages all ask)."""

    def compute() -> tuple[int, ...]:
        texts = token_texts(doc)  # a token's trailing whitespace is one space at most
        starts = [0] if texts else []
        starts += [i + 1 for i, word in enumerate(texts[:-1]) if word.isspace() and "\n" in word]
        return tuple(i for i in starts if i < len(texts) and not texts[i].isspace())

    return doc_memo(doc, "claimmap_paragraph_starts", compute)


def _dateline_sentences(doc: Doc) -> None:
    """A wire dateline that ends with a dash ("KYIV, Ukraine (AP) —", "Kathmandu, Jan 5
    --") is one sentence, and the story starts after it: a parse that reads the dateline
    into the first sentence gives it a wrong subject. The dateline also starts its own
    sentence: a headline above it has no final stop ("... flew migrants to the border" /
    "WARSAW, April 9 (AFP) -"), and read as one sentence the dateline's city became the
    headline's destination. A colon dateline ("QUETTA:") is left to the parser, as a
    speaker's label would be."""
    starts = paragraph_starts(doc)
    lines = find_datelines(doc.text, [doc[i].idx for i in starts])
    if not lines:
        return
    at = {tok.idx: tok.i for tok in doc}
    for line in lines:
        first, after = at.get(line.span[0]), at.get(line.story)
        if line.colon or first is None or after is None or after >= len(doc):
            continue
        if first > 0:
            doc[first].is_sent_start = True  # the line above (a headline) ends here
        for inner in doc[first + 1 : after]:
            inner.is_sent_start = False  # the dateline is one sentence
        doc[after].is_sent_start = True


def name_abbreviation(tok: Token) -> bool:
    """ "St." in "Fort St. John": an abbreviation followed, on the same line, by a capitalised
    word that continues the name."""
    doc = tok.doc
    if tok.text not in NAME_ABBREVIATIONS or tok.i + 1 >= len(doc) or "\n" in tok.whitespace_:
        return False
    nxt = doc[tok.i + 1]
    return nxt.text[:1].isupper() and nxt.is_alpha


def abbreviated_names(doc: Doc) -> Doc:
    """One entity for a name cut at its abbreviation ("Fort St." GPE + "John" PERSON).

    The small model's NER ends an entity at the dot of "St.", "Mt." or "Ft." and reads the
    rest as another entity (often a person), so neither part is the place's name. The
    merged entity takes the place label of either part, else the first part's label.
    """
    from spacy.tokens import Span

    ents = list(doc.ents)
    merged: list[Span] = []
    for tok in doc[:-1]:
        if not name_abbreviation(tok):
            continue
        left = next((e for e in ents if e.start <= tok.i < e.end), None)
        right = next((e for e in ents if e.start <= tok.i + 1 < e.end), None)
        if (left is None and right is None) or (left is not None and left == right):
            continue
        start = left.start if left is not None else tok.i
        end = right.end if right is not None else _name_end(doc, tok.i + 1)
        labels = [e.label_ for e in (left, right) if e is not None]
        label = next((lab for lab in labels if lab in _PLACE_LABELS), labels[0])
        merged.append(Span(doc, start, end, label=label))
    if merged:
        kept = [e for e in ents if not any(e.start < m.end and m.start < e.end for m in merged)]
        set_entities(doc, [*kept, *merged])
    untitled = without_titles(list(doc.ents))
    if untitled is not None:  # "Brig." the model took for a town
        set_entities(doc, untitled)
    return doc


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _name_end(doc: Doc, i: int) -> int:
    """The end of the capitalised words from ``i`` (at most three)."""
    end = i
    while end < min(len(doc), i + 3) and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return end


def token_positions(doc: Doc, words: Iterable[str], *, lemma: bool = False) -> list[int]:
    """Indices of the tokens whose lower-case form (or lemma) is one of ``words``.

    A rule that looks for a few words reads one C-level column of the parse (kept per
    document) and builds ``Token`` objects at those words only: a Python loop over every
    token costs more per token the longer the text (the token array outgrows the cache).
    """
    import numpy as np
    from spacy.attrs import LEMMA, LOWER

    attr = LEMMA if lemma else LOWER
    key = f"claimmap_column_{attr}"
    column = doc.user_data.get(key)
    if column is None:
        column = doc.user_data[key] = doc.to_array(attr)
    wanted = [doc.vocab.strings[w] for w in words]
    return [int(i) for i in np.flatnonzero(np.isin(column, wanted))]


def doc_memo(doc: Doc, key: str, compute: Callable[[], T]) -> T:
    """A value read from the finished parse, computed once per document and kept in its
    ``user_data`` (several rules ask for the same runs of names, each with a full scan)."""
    table = doc.user_data
    if key not in table:
        table[key] = compute()
    return cast("T", table[key])


def string_column(doc: Doc, attr: str) -> list[str]:
    """Each token's string for a spaCy attribute named ``attr`` ("ORTH", "LOWER", "LEMMA",
    "DEP"), read once per document from the parse's C array."""

    def compute() -> list[str]:
        from spacy import attrs

        strings = doc.vocab.strings
        column = doc.to_array(getattr(attrs, attr)).tolist() if len(doc) else []
        return [strings[h] for h in column]

    return doc_memo(doc, f"claimmap_strings_{attr}", compute)


def token_texts(doc: Doc) -> list[str]:
    """Each token's text, read once per document from the parse's C array: a rule that
    scans every token for a few words checks these strings and builds ``Token`` objects
    only where one matches."""
    return string_column(doc, "ORTH")


_TEXT_KEY = "claimmap_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document: spaCy rebuilds the whole text from its tokens
    on every access, so a rule that reads a few characters after each name made the
    places stage quadratic in the article's length. Retokenizing keeps the text, so the
    cached copy stays right for the parse's lifetime."""
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is None:
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return cast("str", cached)


_ENTS_KEY = "claimmap_ents"


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per document: spaCy rebuilds every entity ``Span`` on each
    access (``Span.ents`` too, for every sentence), which makes a per-name lookup walk the
    whole text. The parse's entities are final once the pipeline has run."""
    return _entity_index(doc)[0]


def entity_bounds(tok: Token) -> tuple[int, int]:
    """Token bounds ``[start, end)`` of the entity ``tok`` is in, read from the IOB tags of
    its neighbours (``(tok.i, tok.i + 1)`` outside entities): no entity ``Span`` is built."""
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end


def entities_within(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities wholly inside tokens ``start``–``end`` (what ``doc[start:end].ents``
    gives), found by bisection in :func:`entities`."""
    ents, starts = _entity_index(doc)
    out = []
    for ent in ents[bisect_left(starts, start) :]:
        if ent.end > end:
            break
        out.append(ent)
    return out


def set_entities(doc: Doc, spans: list[Span]) -> None:
    """Replace ``doc``'s entities by ``spans`` (overlaps resolved by ``filter_spans``) and
    forget the entity index built from the old ones."""
    from spacy.util import filter_spans

    doc.ents = filter_spans(spans)
    doc.user_data.pop(_ENTS_KEY, None)


def _entity_index(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    cached = doc.user_data.get(_ENTS_KEY)
    if cached is None:
        ents = tuple(doc.ents)
        cached = doc.user_data[_ENTS_KEY] = (ents, [e.start for e in ents])
    return cast("tuple[tuple[Span, ...], list[int]]", cached)


@functools.cache
def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    Language.component(PARAGRAPH_BREAKS, func=paragraph_breaks)
    Language.component(ABBREVIATED_NAMES, func=abbreviated_names)


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

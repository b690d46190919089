"""Token attributes of a finished parse as plain Python lists, read once per parse.

A rule that scans a sentence or a claim's content token by token ("its last words",
"the words whose head lies outside it") builds a spaCy ``Token`` for every word it
passes, and another for each ``.head``: tens of thousands per article over hundreds of
claims. These columns are read once per parse from its C arrays (``Doc.to_array``) and
kept in its ``user_data``; a scan reads them and builds ``Token`` objects only for the
words it returns. Heads, forms and punctuation do not change once the parse is made
(the stages change its entities only), so the columns stay right for its lifetime.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.nlp import doc_memo, string_column

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "dep_labels",
    "head_indices",
    "last_words",
    "lemma_forms",
    "lower_forms",
    "pos_labels",
    "punct_flags",
    "space_flags",
    "span_tops",
    "token_starts",
    "word_count",
    "word_flags",
]


def head_indices(doc: Doc) -> list[int]:
    """The index of each token's head (``[t.head.i for t in doc]``); a root is its own."""

    def compute() -> list[int]:
        import numpy as np
        from spacy.attrs import HEAD

        if not len(doc):
            return []
        offsets = doc.to_array(HEAD).astype(np.int64)  # relative, stored unsigned
        return (np.arange(len(doc), dtype=np.int64) + offsets).tolist()

    return doc_memo(doc, "claimmap_head_indices", compute)


def token_starts(doc: Doc) -> list[int]:
    """Each token's character offset (``Token.idx``)."""

    def compute() -> list[int]:
        from spacy.attrs import IDX

        return doc.to_array(IDX).tolist() if len(doc) else []

    return doc_memo(doc, "claimmap_token_starts", compute)


def _punct_space(doc: Doc) -> tuple[list[bool], list[bool]]:
    def compute() -> tuple[list[bool], list[bool]]:
        from spacy.attrs import IS_PUNCT, IS_SPACE

        pairs = doc.to_array([IS_PUNCT, IS_SPACE]).tolist() if len(doc) else []
        return [bool(p) for p, _ in pairs], [bool(s) for _, s in pairs]

    return doc_memo(doc, "claimmap_punct_space", compute)


def punct_flags(doc: Doc) -> list[bool]:
    """For each token, whether it is punctuation (``Token.is_punct``)."""
    return _punct_space(doc)[0]


def space_flags(doc: Doc) -> list[bool]:
    """For each token, whether it is white space (``Token.is_space``)."""
    return _punct_space(doc)[1]


def word_flags(doc: Doc) -> list[bool]:
    """For each token, whether it is a word: neither punctuation nor white space."""

    def compute() -> list[bool]:
        return [not (p or s) for p, s in zip(*_punct_space(doc), strict=True)]

    return doc_memo(doc, "claimmap_word_flags", compute)


def lower_forms(doc: Doc) -> list[str]:
    """Each token's lower-case form (``Token.lower_``)."""
    return string_column(doc, "LOWER")


def lemma_forms(doc: Doc) -> list[str]:
    """Each token's lemma as the tagger gave it (``Token.lemma_``, not lower-cased)."""
    return string_column(doc, "LEMMA")


def dep_labels(doc: Doc) -> list[str]:
    """Each token's dependency label (``Token.dep_``)."""
    return string_column(doc, "DEP")


def pos_labels(doc: Doc) -> list[str]:
    """Each token's coarse part of speech (``Token.pos_``)."""

    def compute() -> list[str]:
        from spacy.attrs import POS
        from spacy.parts_of_speech import NAMES

        return [NAMES[p] for p in doc.to_array(POS).tolist()] if len(doc) else []

    return doc_memo(doc, "claimmap_pos_labels", compute)


def span_tops(span: Span) -> list[Token]:
    """The tokens of ``span`` whose head lies outside it, or that are a root: the main
    words of a claim's content (its verbs, when it is a clause), in text order."""
    heads = head_indices(span.doc)
    start, end = span.start, span.end
    doc = span.doc
    return [doc[i] for i in range(start, end) if not start <= heads[i] < end or heads[i] == i]


def last_words(span: Span, n: int) -> list[Token]:
    """The last ``n`` words of ``span`` (punctuation and spaces left out), in text order:
    ``[t for t in span if <word>][-n:]``."""
    flags = word_flags(span.doc)
    found: list[int] = []
    i = span.end - 1
    while i >= span.start and len(found) < n:
        if flags[i]:
            found.append(i)
        i -= 1
    doc = span.doc
    return [doc[j] for j in reversed(found)]


def word_count(doc: Doc, start: int, end: int) -> int:
    """How many words (not punctuation or spaces) tokens ``start``–``end`` hold."""
    return sum(word_flags(doc)[start:end])

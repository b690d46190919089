"""Where a name in a movement slot starts and ends: its entity or its compounds, cut at a
preposition the tagger ran it over and at a headline or dateline glued on with a dash.

Split from :mod:`claimmap.movement_spans`, which writes the slots out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_phrase_words import NON_PLACE_ENTS
from claimmap.nlp import entity_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def name_edges(tok: Token) -> tuple[int, int]:
    """First and last token index of the name around ``tok``: its entity, or its compounds."""
    toks = tok.doc
    lo = hi = tok.i
    if tok.ent_iob_ in ("B", "I") and tok.ent_type_ not in NON_PLACE_ENTS - {"PERSON"}:
        lo, end = entity_bounds(tok)
        hi = end - 1
        while lo < tok.i and (toks[lo].lower_ == "the" or toks[lo].is_punct):
            lo += 1
        while hi > tok.i and toks[hi].pos_ in ("ADP", "CCONJ", "DET", "PUNCT"):
            hi -= 1  # a tagger slip: "Idlib to" as one entity
        lo = max([lo, *(i for i in range(lo + 1, tok.i + 1) if text_opens(toks, i))])
        hi = min(
            [hi, *(_before_dash(toks, i) for i in range(tok.i + 1, hi + 1) if text_opens(toks, i))]
        )
        return _within_phrase(tok, lo, hi)
    while lo > 0 and not text_opens(toks, lo):
        prev = toks[lo - 1]
        if prev.dep_ == "compound" and lo <= prev.head.i <= tok.i:
            lo -= 1
        elif prev.text == "-" and lo > 1 and not toks[lo - 2].whitespace_ + prev.whitespace_:
            lo -= 2  # "air-defence missiles"
        else:
            break
    return lo, hi


# Word prefixes joined by a hyphen to a capitalised word: "Anti-Kremlin", "Pro-Russia".
_PREFIXES = frozenset({"anti", "pro", "ex", "post", "pre", "non", "neo", "pan", "mid", "trans"})


def text_opens(toks: Doc, i: int) -> bool:
    """Does a new text start at token ``i``, after a headline or section title glued on with
    a dash ("Declared Over -Hong Kong protesters", "Immigration-Malik entered")? A name
    never runs back over it."""
    tok = toks[i]
    if len(tok.text) > 1 and tok.text[0] in "-–" and tok.text[1].isupper():
        return True  # "-Hong": the dash glued to the next text's first word
    if i < 2 or toks[i - 1].text not in ("-", "–") or not tok.text[:1].isupper():
        return False
    before = toks[i - 2]
    if before.whitespace_ or toks[i - 1].whitespace_:
        return False
    if tok.text.isupper() and len(tok.text) > 2 and not before.text.isupper():
        return True  # "to Canada-COQUITLAM, BRITISH COLUMBIA —": a dateline follows
    return (
        before.tag_ in ("NN", "NNS")  # a title word, not a name ("Guinea-Bissau")
        and before.text[:1].isupper()
        and before.lower_ not in _PREFIXES
    )


def _before_dash(toks: Doc, i: int) -> int:
    """The last token before the dash that opens a new text at token ``i``."""
    return i - 1 if toks[i].text[0] in "-–" else i - 2


def _within_phrase(tok: Token, lo: int, hi: int) -> tuple[int, int]:
    """Cut an entity that runs over two phrases ("Myawaddy to Mae Sot" as one name) at the
    preposition or conjunction joining it to a word outside: the piece holding ``tok``."""
    toks = tok.doc
    cuts = [
        i
        for i in range(lo, hi + 1)
        if i != tok.i
        and toks[i].pos_ in ("ADP", "CCONJ")
        and toks[i].dep_ in ("prep", "cc", "conj")
        and not lo <= toks[i].head.i <= hi
    ]
    before = [i for i in cuts if i < tok.i]
    after = [i for i in cuts if i > tok.i]
    return (before[-1] + 1 if before else lo), (after[0] - 1 if after else hi)

"""Ends told by where the goods or people were found or handled: "2,000 people were detected
at X, many of them having arrived from Y" (Y → X); "loaded at X and unloaded at Y" (X → Y).

Split from :mod:`claimmap.movement_implicit`, which reads the other untold slots.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_unloaded import goods_unloaded
from claimmap.movement_words import pobjs, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of finding people or goods somewhere: where they were found is where they had got to.
_FOUND_LEMMAS = lex.SEIZURE_LEMMAS | frozenset(
    ["detect", "apprehend", "stop", "register", "record", "spot", "rescue", "intercept"]
)


def found_at(ctx: SlotContext, trig: Token) -> Token | None:
    """ "were detected at X, many of them having arrived from Y": a perfect participle of
    arrival after a clause finding the movers somewhere ended there."""
    if trig.lemma_.lower() not in lex.ARRIVAL_LEMMAS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "having" for c in trig.children):
        return None
    for verb in (t for t in trig.sent if t.i < trig.i and t.lemma_.lower() in _FOUND_LEMMAS):
        for word, obj in preps_of(verb):
            if word in ("at", "in") and placelike(ctx, obj, strict=True):
                return _innermost(ctx, obj)
    return None


def stayed_at(ctx: SlotContext, trig: Token) -> tuple[Token, Token] | None:
    """(place, verb) of "had left X on Sunday and would work in the area around Y": a verb of
    being somewhere conjoined after leaving, with no subject of its own, tells where the
    movers went (a verb of motion there makes a movement of its own)."""
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in lex.ORIGIN_OBJECT:
        return None
    for verb in (c for c in trig.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if lex.is_trigger(verb) or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        found = [
            _around(ctx, _innermost(ctx, obj))
            for word, obj in preps_of(verb)
            if word in _STAY_PREPS and placelike(ctx, obj, strict=True)
        ]
        named = [t for t in found if _named(ctx, t)]  # "in the area around X": X
        if found:
            return (named or found)[0], verb
    return None


#: prepositions saying where someone stays or works: "work in X", "be based at Y"
_STAY_PREPS = frozenset({"in", "at", "around", "near"})


def _around(ctx: SlotContext, obj: Token) -> Token:
    """ "the area around X", "the villages near Y": the place a bare place word is near."""
    if _named(ctx, obj):
        return obj
    inner = [o for w, o in preps_of(obj) if w in ("around", "near", "of")]
    return next((o for o in inner if placelike(ctx, o, strict=True)), obj)


def _named(ctx: SlotContext, tok: Token) -> bool:
    return bool(tok.ent_type_) or tok.i in ctx.placed


def _innermost(ctx: SlotContext, obj: Token) -> Token:
    """ "at the border in X": the place named inside a place word, which alone names none."""
    for word, inner in preps_of(obj):
        border = obj.lemma_.lower() in lex.BORDER_NOUNS
        if word in ("in", "at") and border and placelike(ctx, inner, strict=True):
            return inner
    return obj


def unloaded(token: Token) -> bool:
    """ "were loaded at X and unloaded at Y": unloading told after the loading ends the
    voyage the loading began, with no motion verb between. So does a craft unloading
    ("the tankers discharged at X and at Y"): it put in there."""
    return (
        token.pos_ == "VERB"
        and token.lemma_.lower() in lex.UNLOAD_LEMMAS
        and (
            (token.dep_ == "conj" and token.head.lemma_.lower() in lex.LOAD_LEMMAS)
            or craft_unloading(token)
            or goods_unloaded(token)  # "the cargo was unloaded at X"
        )
    )


#: crafts that put in at a port to unload
_CRAFTS = lex.VEHICLES | frozenset({"tanker", "carrier", "freighter", "ship", "barge", "vlcc"})


def craft_unloading(token: Token) -> bool:
    """ "Those vessels discharged at X": an unloading verb with no object, said of a craft
    (its subject, or the noun the parser hung it on), at a place."""
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in token.children):
        return False  # "discharged the cargo", "was discharged from hospital"
    craft = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if craft is None and token.dep_ == "acl" and token.tag_ == "VBD":
        craft = token.head  # "Those vessels discharged at X" read as a clause on the noun
    if craft is None or craft.lemma_.lower() not in _CRAFTS:
        return False
    return any(w in ("at", "in") for w, _ in preps_of(token))


def unloaded_at(trig: Token) -> list[Token]:
    """Where the goods were unloaded: "at X", and "at X, ..., and at Y" when the parser
    hangs the second at-phrase on a verb after it."""
    later = [c for c in trig.children if c.dep_ == "advmod"]  # "unloaded later at X"
    found = [o for h in (trig, *later) for w, o in preps_of(h) if w in ("at", "in")]
    toks = trig.doc
    heads = [trig, *(c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("at", "in"))]
    for cc in (c for h in heads for c in h.children if c.dep_ == "cc" and c.i + 1 < len(toks)):
        prep = toks[cc.i + 1]
        if prep.dep_ == "prep" and prep.lower_ in ("at", "in") and prep.head.i > prep.i:
            found += pobjs(prep)
    return found

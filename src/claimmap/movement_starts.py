"""Several starts of one journey told by repeated from-phrases: "from the ports of A and
B, and from near C, to D" sets off from A, B and C alike. The parser hangs the second
"from" anywhere (on the trigger as a conjunct, on the next clause's verb), so the starts
are joined here, after all slots are read. Also starts told by the clause around the
trigger rather than by a from-phrase: the town the other side entered as troops withdrew,
what "originates in Y", the place a craft was hijacked off, the island a sentence opens on,
the from-phrase of a verb a purpose clause of reaching hangs on ("used boats from X to reach Y").

Split from :mod:`claimmap.movements`, which builds one movement from its slots.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_onward import dated_apart, next_step
from claimmap.movement_spans import placelike
from claimmap.movement_words import content_head, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots
    from claimmap.movement_spans import SlotContext


def _start_prep(tok: Token) -> Token | None:
    """The from-word an origin is told by, also across "from near X", "from inside X"."""
    prep = tok.head
    if prep.lower_ in lex.FROM_NEAR and prep.head.lower_ in lex.ORIGIN_PREPS:
        prep = prep.head
    return prep if prep.lower_ in lex.ORIGIN_PREPS and prep.pos_ == "ADP" else None


def and_from(slots: Slots) -> None:
    """ "from X and Y, and from near Z, to W": a start told by a second from-phrase after
    "and"/"or" is one more start of the same journey (the parser hangs it anywhere: on the
    trigger, on a later verb), not a place the movers passed."""
    heads = sorted(slots.origins, key=lambda t: t.i)
    for tok in heads[1:]:
        prep = _start_prep(tok)
        if prep is None or prep.i == 0 or prep.doc[prep.i - 1].lower_ not in ("and", "or"):
            continue
        first = heads[0]
        told = _start_prep(first)
        if told is None or told.i >= prep.i or next_step(prep) or dated_apart(told, prep):
            continue
        slots.origins.remove(tok)
        if first in slots.origins:  # the first start told is the slot's head
            slots.origins.remove(first)
            slots.origins.insert(0, first)
        slots.joined.setdefault(first.i, []).append(tok.i)


#: words for a part of the movers told after them: "..., most of them from X"
_PART_WORDS = lex.QUANTIFIER_PRONOUNS | {"all", "half", "both", "majority"}


def partitive_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "11,000 people arrived at X, most of them from Y": a part of the movers told after
    a comma with where they came from starts at Y (the parser hangs the phrase anywhere)."""
    doc = trig.doc
    for tok in doc[trig.i + 1 : trig.sent.end]:
        if tok.lower_ not in _PART_WORDS or doc[tok.i - 1].text != ",":
            continue
        preps = {c.lower_: c for c in tok.children if c.dep_ == "prep"}
        of, start = preps.get("of"), preps.get("from")
        if of is None or start is None:
            continue
        if not any(o.lower_ in ("them", "whom", "those") for o in pobjs(of)):
            continue
        found = [content_head(o) for o in pobjs(start)]
        return next((o for o in found if placelike(ctx, o, strict=True)), None)
    return None


def told_start(ctx: SlotContext, trig: Token) -> Token | None:
    """A start told by the clause around the trigger rather than by a from-phrase."""
    found = yielded_origin(ctx, trig) or source_origin(ctx, trig)
    return found or taken_at_origin(ctx, trig) or purpose_origin(ctx, trig)


def purpose_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "used small boats from X to reach Y": a purpose clause of reaching hung on a verb
    that moves no one itself sets off from that verb's from-phrase."""
    head = trig.head
    if trig.lemma_.lower() not in lex.GOAL_VERBS or trig.dep_ not in ("xcomp", "advcl"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
        return None
    if head is trig or head.pos_ != "VERB" or lex.is_trigger(head) or head.i > trig.i:
        return None
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"):
        found = [o for o in pobjs(prep) if placelike(ctx, o, strict=True)]
        if found:
            return content_head(found[0])
    return None


#: verbs of giving ground, and of taking the ground given
_YIELD_LEMMAS = frozenset({"withdraw", "retreat", "flee", "pull", "fall"})
_TAKE_LEMMAS = frozenset(
    {"enter", "capture", "take", "seize", "storm", "overrun", "recapture", "retake", "occupy"}
)
_WHILE_MARKS = frozenset({"after", "as", "when", "once", "while", "before"})


def yielded_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "rebels entered X after the troops withdrew toward Y", "troops pulled back as the
    rebels took X": the place one side took in the clause tied to the other's retreat is
    where the retreat set off."""
    if trig.lemma_.lower() not in _YIELD_LEMMAS:
        return None
    tied = [_taking_verb(trig.head)] if trig.dep_ == "advcl" and _marked(trig) else []
    tied += [c for c in trig.children if c.dep_ == "advcl" and _marked(c)]
    for verb in tied:
        if verb.lemma_.lower() not in _TAKE_LEMMAS or verb.pos_ != "VERB":
            continue
        taken = [content_head(c) for c in verb.children if c.dep_ == "dobj"]
        found = next((t for t in taken if placelike(ctx, t, strict=True)), None)
        if found is not None:
            return found
    return None


def _taking_verb(verb: Token) -> Token:
    """ "entered X without firing a shot after troops withdrew": the verb of taking the
    tied clause hangs on, up through the phrases the parser hung it from."""
    for _ in range(3):
        if verb.lemma_.lower() in _TAKE_LEMMAS or verb.dep_ not in ("pcomp", "prep", "xcomp"):
            break
        verb = verb.head
    return verb


def _marked(clause: Token) -> bool:
    """Is ``clause`` tied to its head by a word of time ("after", "as", "when")?"""
    return any(c.dep_ == "mark" and c.lower_ in _WHILE_MARKS for c in clause.children)


#: verbs saying where something comes from: "the meth reaching X originates in Y"
_SOURCE_LEMMAS = frozenset({"originate", "come", "stem", "emanate", "hail"})


def source_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "most of the drug reaching X now originates in Y", "migrants arriving in X come
    from Y": the movers' own clause says where they set off."""
    noun = trig.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "most of the drug reaching X"
        noun = noun.head.head
    if trig.dep_ not in ("acl", "relcl") or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    if verb.lemma_.lower() not in _SOURCE_LEMMAS:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "from")):
        found = next((o for o in pobjs(prep) if placelike(ctx, o, strict=True)), None)
        if found is not None:
            return content_head(found)
    return None


#: verbs of taking a craft or a cargo where it was
_HIJACK_LEMMAS = frozenset({"hijack", "seize", "capture", "commandeer", "board"})
_WHERE_TAKEN = frozenset({"off", "near", "in", "at"})


def taken_at_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "pirates hijacked a carrier off X and were sailing it towards Y": what was taken
    and then moved on sets off where it was taken."""
    verb = trig.head
    if trig.dep_ != "conj" or verb.lemma_.lower() not in _HIJACK_LEMMAS or verb.i > trig.i:
        return None
    if not any(c.dep_ == "dobj" for c in verb.children):
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _WHERE_TAKEN):
        found = next((o for o in pobjs(prep) if placelike(ctx, o, strict=True)), None)
        if found is not None:
            return content_head(found)
    return None


def island_origin(ctx: SlotContext, trig: Token, goals: list[Token]) -> Token | None:
    """ "On X, the reception centre was full, and transfers to Y were under way": a
    sentence opened by "On X," (an island, where everything told happens) sets off the
    movements it tells to elsewhere from X."""
    sent = trig.sent
    first = sent[0] if sent[0].is_alpha else sent[1] if len(sent) > 1 else sent[0]
    if first.lower_ != "on" or first.dep_ != "prep" or first.i > trig.i:
        return None
    found = next((content_head(o) for o in pobjs(first) if placelike(ctx, o, strict=True)), None)
    if found is None or found in goals or found.i > trig.i:
        return None
    after = found.doc[found.i + 1] if found.i + 1 < len(found.doc) else None
    return found if after is not None and after.text == "," else None

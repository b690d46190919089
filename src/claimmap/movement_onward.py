"""The next hop of a chain told without a verb of its own: "from A to B and then on to C",
"to B, and then by ferry to C", "to B and onward to C", "to B and then to C". The words
after "and then" go on from B: C is a later stop, not a second end coordinated with B.

Split from :mod:`claimmap.movement_implicit` (its ``onward_heads`` reads the bare
compass directions; this module the other gapped conjuncts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_spans import placelike
from claimmap.movement_words import DEST_OBJECT, DEST_PREPS, defers, is_trigger, pobjs
from claimmap.parse_columns import lower_forms, pos_labels

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.movement_spans import SlotContext

#: words telling a conjunct as the next step of the journey
NEXT_STEP = frozenset(
    ["then", "later", "subsequently", "afterwards", "thereafter", "on", "onward", "onwards"]
) | frozenset(["eventually", "finally", "ultimately"])
#: gapped conjuncts carrying a to-phrase: "(and then) on to C", "onward to C", "by ferry to C"
_GAPPED = frozenset({"on", "onward", "onwards", "by"})


def next_step(token: Token) -> bool:
    """Is the conjunct told as the next step ("and then to C", "and later into C")?"""
    return any(c.dep_ == "advmod" and c.lower_ in NEXT_STEP for c in token.children)


def dated_apart(first: Token, prep: Token) -> bool:
    """ "to A on Thursday and to B on Friday": ends told with a time each are stops made
    one after the other, not two ends of one trip."""
    doc = prep.doc
    between = doc[first.i + 1 : prep.i]
    after = doc[prep.i + 1 : first.sent.end]
    return _timed(between) and _timed(after)


def _timed(toks: Span) -> bool:
    """A date or time said in ``toks`` before any comma."""
    for t in toks:
        if t.text in (",", ";"):
            return False
        if t.ent_type_ in ("DATE", "TIME"):
            return True
    return False


def gapped_heads(trig: Token) -> list[Token]:
    """The heads of a verbless conjunct of the trigger that go on with its movement:
    "and then on" (to C), "onward" (to C), "and then by ferry" (to C: the to-phrase may
    hang on "by" or on the vehicle). Not a conjunct with a clause of its own."""
    conjs = [c for c in trig.children if c.dep_ == "conj" and c.lower_ in _GAPPED]
    out: list[Token] = [*_course_turn(trig), *_resumed(trig)]
    for conj in [*conjs, *_stranded(trig), *_hung_back(trig)]:
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in conj.children):
            continue
        if conj.lower_ == "by" and not next_step(conj):
            continue  # "by road and by air": ways, not a next hop
        heads = [conj, *pobjs(conj)] if conj.lower_ == "by" else [conj]
        if any(c.dep_ == "prep" and c.lower_ in DEST_PREPS for h in heads for c in h.children):
            out.extend(heads)
    return out


def raised_steps(trig: Token) -> list[Token]:
    """ "planned to travel on to X and eventually to Y": the parser may hang the verbless
    next step on the verb of planning the trigger is the complement of (or further up); a
    to-phrase told as the next step ("eventually", "then") after an "and" on one of those
    verbs is a later stop of the trigger's journey."""
    if trig.dep_ != "xcomp":
        return []
    verbs = (trig, trig.head)
    sent = trig.sent
    out: list[Token] = []
    for prep in sent.doc[trig.i + 1 : sent.end]:
        if prep.pos_ != "ADP" or prep.lower_ not in DEST_PREPS or not next_step(prep):
            continue
        if prep.dep_ == "conj" and prep.head in verbs:
            out.append(prep)
            continue
        between = sent.doc[trig.i + 1 : prep.i]
        joined = any(t.dep_ == "cc" and t.lower_ == "and" and t.head in verbs for t in between)
        if joined and prep.dep_ == "prep" and not any(t.pos_ == "VERB" for t in between):
            out.append(prep)  # (hung on a noun before: "most of them ... and eventually to Y")
    return out


def _stranded(trig: Token) -> list[Token]:
    """ "... have taken the children to X and then on to Y, the official said": in a long
    sentence the parser may hang the verbless conjunct on the reporting verb after it; the
    "and" stays on the trigger, and the conjunct follows it."""
    doc = trig.doc
    out: list[Token] = []
    for cc in (c for c in trig.children if c.dep_ == "cc" and c.lower_ == "and"):
        j = cc.i + 1
        while j < len(doc) and doc[j].lower_ in NEXT_STEP - _GAPPED:
            j += 1
        if j >= len(doc):
            continue
        tok = doc[j]
        if tok.lower_ in _GAPPED and tok.head != trig and tok.dep_ == "prep" and tok.head.i > j:
            out.append(tok)
    return out


def _hung_back(trig: Token) -> list[Token]:
    """ "driven to X, carried across the river into Y, then on to Z(, he told senators)":
    the parser may hang the verbless next step on the sentence's first verb or on the
    reporting verb after it; it goes on from the last movement verb told before it."""
    doc = trig.doc
    out: list[Token] = []
    pos, lows = pos_labels(doc), lower_forms(doc)  # (a Token only for the words that count)
    for i in range(trig.i + 1, trig.sent.end):
        if pos[i] == "VERB" and is_trigger(doc[i]):
            break  # a later verb of its own goes on instead
        if lows[i] not in ("on", "onward", "onwards"):
            continue
        tok = doc[i]
        if tok.head == trig:
            continue
        told_next = next_step(tok) or (tok.i > 0 and doc[tok.i - 1].lower_ in NEXT_STEP)
        head = tok.head
        elsewhere = head.i < trig.i or (head.i > tok.i and not is_trigger(head))
        if tok.dep_ in ("dep", "conj", "prep") and told_next and head.pos_ == "VERB" and elsewhere:
            out.append(tok)
    return out


#: verbs of changing course, no movement words of their own: "before turning south towards Y"
_TURN_VERBS = frozenset(["turn", "veer", "swing", "bear", "curve", "bend"])


def _course_turn(trig: Token) -> list[Token]:
    """ "sailed through X before turning south towards Y": the turn, told with "before" or
    "then" as the next part of the same passage, goes on to Y."""
    out: list[Token] = []
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ == "before"):
        for verb in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            if verb.lemma_.lower() in _TURN_VERBS and not is_trigger(verb) and _goes_to(verb):
                out.append(verb)
    return out


def _resumed(trig: Token) -> list[Token]:
    """ "it later continued its voyage to Y": the verb defers to the journey noun it
    governs, and the to-phrase it carries is that journey's."""
    verb = trig.head
    if trig.pos_ != "NOUN" or trig.dep_ != "dobj" or not is_trigger(verb) or not defers(verb):
        return []
    return [verb] if _goes_to(verb) else []


def _goes_to(head: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in DEST_PREPS and pobjs(c) for c in head.children)


def then_objects(ctx: SlotContext, dests: list[Token], alone: set[int]) -> None:
    """ "hoped to reach X and then Y": a place coordinated with an end as the next step is
    a later stop, not a second end; each conjunct becomes an end of its own (the last one
    told is where they end up) and the first is written without them."""
    for tok in list(dests):
        conjs = sorted((c for c in tok.conjuncts if c.i > tok.i), key=lambda c: c.i)
        last = max((k for k, c in enumerate(conjs) if next_step(c)), default=-1)
        conjs = conjs[: last + 1]  # not "..., Human Rights Watch said" hung on as a conjunct
        if not conjs or not all(placelike(ctx, c, strict=True) for c in conjs):
            continue
        alone.update(t.i for t in (tok, *conjs))
        dests.extend(c for c in conjs if c not in dests)


def then_nouns(ctx: SlotContext, trig: Token) -> list[Token]:
    """ "reaching X on the other side and then Y city": a place the parser coordinated with
    the verb of reaching itself, told as the next step, is a later end of that verb."""
    if trig.lemma_.lower() not in DEST_OBJECT:
        return []
    return [
        c
        for c in trig.children
        if c.dep_ == "conj"
        and c.pos_ in ("NOUN", "PROPN")
        and next_step(c)
        and placelike(ctx, c, strict=True)
    ]

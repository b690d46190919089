"""Movement events read off the dependency parse: trigger, mover, origin → transit → destination.

A movement is a motion word ("transferred", "fled", "deployment", "trip") whose
arguments say who or what moved and between which places. The slots come from the
parse (prepositional objects of from/to/into/through/via…, direct objects of
leave/enter-type verbs, places named inside the mover phrase such as "fighters active
in X"), not from the geoparser, so a slot exists even when its place is unresolved;
it is linked to a :class:`Place` when one of that place's mentions falls inside it.
The word lists below describe English motion verbs in general, never one article.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimmap.model import Claim, Document, Movement, Place, PlaceRef, Quantity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs (lemmas) that move something else: the object (or passive subject) is the mover.
CAUSED_MOTION = _words(
    "transfer send deploy redeploy smuggle ship airlift bring move relocate recruit dispatch "
    "deliver transport carry ferry truck bus fly drive evacuate deport expel extradite "
    "repatriate escort funnel channel infiltrate supply resupply provide export import "
    "traffic withdraw pull return station take sell force receive obtain acquire donate "
    "route"
)
# Verbs whose subject moves itself.
SELF_MOTION = _words(
    "go come travel fly arrive move relocate flee cross head march walk sail drive return "
    "leave depart enter reach escape migrate emigrate immigrate infiltrate withdraw retreat "
    "advance pour flock flood stream trek journey visit proceed land exit vacate evacuate "
    "abandon commute ride swim climb storm flow slip sneak"
)
# "received arms from X": a movement only when what is received is goods or people.
RECEIVE_LEMMAS = _words("receive obtain acquire import")
GOODS = _words(
    "arm weapon missile drone ammunition munition equipment tank rocket rifle gun supply "
    "shipment cargo aid fuel oil grain fighter militant mercenary troop refugee migrant"
)
# Transfers of ownership: their slots must be places, not buyers or donees.
POSSESSION = _words(
    "sell donate provide supply resupply deliver export import receive obtain acquire"
)
# Other senses, told by an object or particle: "heads the agency", "took over the firm".
OTHER_SENSE_WITH_OBJECT = _words("head lead")
OTHER_SENSE_PARTICLES = _words("over part up on")
# Counts, not things: "bringing the total to 40", "cases reached 300".
NOT_MOVERS = _words("total number toll count tally figure case price rate level share")
# Nouns naming a movement.
NOUN_TRIGGERS = _words(
    "transfer deployment redeployment arrival departure trip visit journey shipment delivery "
    "return withdrawal evacuation deportation relocation influx exodus crossing passage "
    "infiltration smuggling airlift migration travel route voyage flight trafficking "
    "repatriation extradition incursion pullout transit flow consignment transport"
)
# Vehicles are places to board or leave, but movers when sent or withdrawn.
VEHICLES = _words("ship vessel boat plane aircraft truck convoy")
# "made the trip", "began the journey": their subject is the noun trigger's mover.
LIGHT_VERBS = _words("make take begin start undertake complete continue plan resume attempt")
# "made their way to X", "fought their way into Y".
WAY_VERBS = _words("make find push fight work wind force")
# "fleeing war in X": for these, "in X" is where they fled from.
FLEE_LEMMAS = _words("flee escape evacuate")
# leave X / flee X: the object is where they came from.
ORIGIN_OBJECT = _words("leave flee vacate escape exit evacuate abandon depart")
# enter X / reach X: the object is where they went.
DEST_OBJECT = _words("enter reach visit cross invade infiltrate approach storm")
# "arrive in X", "deployed at X": in/at/on mark the destination only for these.
ARRIVAL_LEMMAS = _words(
    "arrive arrival land deploy deployment redeploy station settle resettle dock base post visit"
)
# "left for X", "headed for X", "bound for X".
FOR_DEST_LEMMAS = _words("leave depart head sail fly departure flee escape bound destined headed")
ORIGIN_PREPS = _words("from")
DEST_PREPS = _words("to into toward towards onto unto")
TRANSIT_PREPS = _words("through via across")
# Verbs that deny their complement: "denied sending".
DENIAL_LEMMAS = _words("deny refute reject dismiss")
# Nouns that count or group the mover: "thousands of X", "a group of X".
PARTITIVE_NOUNS = _words(
    "thousand hundred dozen million score number group members member batch wave contingent "
    "convoy unit team handful lot most some many part much rest"
)
NUMBER_WORDS: dict[str, int] = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "dozen": 12, "dozens": 12, "hundred": 100, "hundreds": 100,
    "thousand": 1000, "thousands": 1000, "million": 1_000_000, "millions": 1_000_000,
}  # fmt: skip
BOUND_WORDS: dict[str, str] = {
    "at least": "at_least", "more than": "at_least", "over": "at_least",
    "at most": "at_most", "up to": "at_most", "fewer than": "at_most", "less than": "at_most",
    "about": "approx", "around": "approx", "nearly": "approx", "approximately": "approx",
    "some": "approx", "roughly": "approx", "almost": "approx",
}  # fmt: skip
# Common nouns that name a place ("to the border", "from their homes").
LOCATION_NOUNS = _words(
    "city town village capital province region area zone territory country state district "
    "border frontier base camp airport airfield port harbor harbour coast island sea "
    "checkpoint home homes house hospital prison jail center centre headquarters outpost "
    "neighborhood neighbourhood countryside county municipality governorate valley mountain "
    "mountains desert front frontline battlefield enclave pocket strait gulf peninsula "
    "continent mainland highway road street building embassy palace compound facility "
    "station stadium square mosque church cathedral school shelter site destination courtroom "
    "location bush forest jungle river lake bay ocean canton suburb suburbs outskirts "
    "interior hub abroad east west north south northeast northwest southeast southwest "
    "shore beach cell cells ship vessel hotel garrison barracks field fields land lands "
    "republic kingdom emirate hills hill plain plains delta oblast rayon"
)

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_NON_PLACE_ENTS = frozenset(
    {"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "EVENT"}
)
_RELATIVE = frozenset({"who", "whom", "which", "that"})
_COMPASS = frozenset({"east", "west", "north", "south", "northeast", "northwest", "southeast",
                      "southwest", "eastward", "westward", "northward", "southward"})  # fmt: skip
# Clauses and asides hanging off a noun that are not part of the place's name.
_CUT_DEPS = frozenset({"relcl", "advcl", "parataxis", "punct", "cc", "ccomp"})
_DIR_PREPS = ORIGIN_PREPS | DEST_PREPS | TRANSIT_PREPS | {"for"}


@dataclass(frozen=True)
class _Ctx:
    doc: Document
    mentions: tuple[tuple[Span, str], ...]  # (mention, place id), by start
    names: dict[str, str]  # place id → name
    placed: frozenset[int]  # indices of tokens inside a place mention


@dataclass
class _Slots:
    origins: list[Token] = field(default_factory=list)
    dests: list[Token] = field(default_factory=list)
    transits: list[Token] = field(default_factory=list)
    reach: dict[int, int] = field(default_factory=dict)  # slot head → last token of its span

    def empty(self) -> bool:
        return not (self.origins or self.dests or self.transits)


def extract_movements(
    doc: Document, parsed: Doc, places: Sequence[Place], claims: Sequence[Claim]
) -> list[Movement]:
    """Find the movement events of ``doc`` and link their slots to ``places`` and ``claims``.

    Only events with at least one place-like slot are kept, so figurative motion
    ("return to the negotiating table") yields nothing.
    """
    mentions = tuple(sorted(((m, p.id) for p in places for m in p.mentions), key=_start))
    placed = frozenset(
        i
        for m, _ in mentions
        if (toks := parsed.char_span(m.start, m.end, alignment_mode="expand")) is not None
        for i in range(toks.start, toks.end)
    )
    ctx = _Ctx(doc, mentions, {p.id: p.name for p in places}, placed)
    out: list[Movement] = []
    for token in parsed:
        if _is_trigger(token) and not _defers(token):
            movement = _movement(ctx, token, claims, len(out))
            if movement is not None:
                out.append(movement)
    log.debug("%s: %d movements", doc.id, len(out))
    return out


# --- triggers ---------------------------------------------------------------------------------


def _is_trigger(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.lower_ in ("bound", "destined", "headed"):  # "a ship bound for X"
        return any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in token.children)
    if token.lower_ in ("routed", "rerouted", "routing"):  # the tagger's lemma is "rout"
        return token.pos_ == "VERB"
    if lemma == "way" and token.dep_ == "dobj":  # "made their way to X"
        return token.head.lemma_.lower() in WAY_VERBS
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        if lemma == "be" and token.tag_ == "VBN":  # "I have been to X"
            return any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
        return lemma in CAUSED_MOTION or lemma in SELF_MOTION
    if token.pos_ == "NOUN":
        return lemma in NOUN_TRIGGERS
    return False


def _defers(token: Token) -> bool:
    """Not this word's movement: 'took the route from X' (the noun is the event), 'heads the
    agency', 'took over the firm' (other senses)."""
    if token.pos_ == "NOUN":
        return False
    obj = _child(token, "dobj")
    if obj is not None and (_is_trigger(obj) or token.lemma_.lower() in OTHER_SENSE_WITH_OBJECT):
        return True
    return any(c.dep_ == "prt" and c.lower_ in OTHER_SENSE_PARTICLES for c in token.children)


def _is_caused(ctx: _Ctx, token: Token) -> bool:
    """Does this use move something else (send X), rather than the subject itself (go)?"""
    lemma = token.lemma_.lower()
    if lemma not in CAUSED_MOTION:
        return False
    if lemma not in SELF_MOTION or _passive(token):
        return True
    obj = _child(token, "dobj")  # fly/move/return...: caused with a non-place object
    return obj is not None and (obj.lemma_.lower() in VEHICLES or not _placelike(ctx, obj))


def _passive(token: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return True
    return token.tag_ == "VBN" and token.dep_ in ("acl", "relcl") and _child(token, "nsubj") is None


# --- one movement -----------------------------------------------------------------------------


def _movement(ctx: _Ctx, trig: Token, claims: Sequence[Claim], n: int) -> Movement | None:
    caused = _is_caused(ctx, trig)
    slots = _Slots()
    for word, obj in _directional(trig):
        _assign(ctx, trig, word, _content_head(obj), slots, caused)
    _object_slots(ctx, trig, slots)
    mover = _mover(ctx, trig, caused)
    if mover is not None and any(t.lemma_.lower() in NOT_MOVERS for t in (mover, *mover.lefts)):
        return None  # "bringing the total to 40", "the death toll reached 300"
    if trig.lemma_.lower() in RECEIVE_LEMMAS and not _is_goods(mover):
        return None
    if mover is not None:
        for word, obj in _nested(mover):
            if word != "from":
                _assign(ctx, trig, word, obj, slots, caused)
        if not slots.origins:
            _origin_in_mover(ctx, mover, trig, slots)
    if slots.empty():
        return None
    # "flew from X to Y to Z": the last destination in the text is where they ended up
    dests = sorted(_unique(slots.dests), key=lambda t: t.i)
    transits = sorted(_unique(slots.transits + dests[:-1]), key=lambda t: t.i)
    doc = ctx.doc
    trigger = _span_of(doc, trig.idx, trig.idx + len(trig.text))
    return Movement(
        id=f"{doc.id}:m{n}",
        doc_id=doc.id,
        trigger=trigger,
        mover=_np_span(ctx, _np_top(mover), exclude=trig, mover=True) if mover else None,
        origin=_place_ref(ctx, slots.origins[0], slots.reach) if slots.origins else None,
        transit=tuple(_place_ref(ctx, t) for t in transits),
        destination=_place_ref(ctx, dests[-1]) if dests else None,
        claim_id=_claim_for(trigger, claims),
        quantity=_quantity(doc, mover) if mover is not None else None,
        sentence=_span_of(doc, trig.sent.start_char, trig.sent.end_char),
        negated=_negated(trig),
    )


def _assign(ctx: _Ctx, trig: Token, word: str, obj: Token, slots: _Slots, caused: bool) -> None:
    """Put the object of preposition ``word`` into the slot that preposition marks."""
    lemma = trig.lemma_.lower()
    if obj in slots.origins or obj in slots.dests or obj in slots.transits:
        return
    strict = lemma in POSSESSION  # "sold mines to X": X must be a place, not a buyer
    if not _placelike(ctx, obj, strict=strict, person_ok=word in ("into", "through", "via")):
        return
    if word in ORIGIN_PREPS:
        slots.origins.append(obj)
    elif word in DEST_PREPS or (word == "for" and FOR_DEST_LEMMAS & {lemma, trig.lower_}):
        slots.dests.append(obj)
    elif word in TRANSIT_PREPS:
        crossing = lemma in ("cross", "crossing") and not slots.dests
        (slots.dests if crossing else slots.transits).append(obj)
    elif word in ("in", "at", "on", "inside") and lemma in ARRIVAL_LEMMAS and not slots.dests:
        slots.dests.append(obj)
    elif word == "in" and lemma in FLEE_LEMMAS and not slots.origins:
        slots.origins.append(obj)


def _directional(trig: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs that may fill the trigger's slots."""
    heads = [trig] + [c for c in trig.children if c.dep_ in ("advmod", "prt", "npadvmod")]
    obj = _child(trig, "dobj")
    if obj is not None:
        yield from _nested(obj)  # "left X for Y", "transferred militants to X"
        if trig.lemma_.lower() in ARRIVAL_LEMMAS:  # "deployed missiles on X"
            yield from ((w, o) for w, o in _preps_of(obj) if w in ("in", "at", "on"))
    if trig.pos_ == "NOUN":
        verb = trig.head.head if trig.dep_ == "pobj" else trig.head
        if trig.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" and not _is_trigger(verb):
            # light verbs: "made the crossing from X", "signed off on the deployment to Y"
            yield from ((w, o) for w, o in _preps_of(verb) if w in _DIR_PREPS and w != "for")
    for head in heads:
        if head is not trig and head.lower_ == "home" and head.dep_ in ("advmod", "npadvmod"):
            yield "to", head
        for word, pobj in _preps_of(head, trig.lemma_.lower() in ARRIVAL_LEMMAS | FLEE_LEMMAS):
            yield word, pobj
            yield from _nested(pobj, exclude=word)  # "from X to Y" hung on X


def _preps_of(head: Token, any_prep: bool = True) -> Iterator[tuple[str, Token]]:
    for prep in head.children:
        if prep.dep_ not in ("prep", "dative"):
            continue
        word = prep.lower_
        if word in ("out", "away"):  # "out of X", "away from X"
            inner = _child(prep, "prep")
            if inner is not None and inner.lower_ in ("of", "from"):
                yield from (("from", o) for o in _pobjs(inner))
            continue
        if any_prep or word in _DIR_PREPS:
            yield from ((word, o) for o in _pobjs(prep))
            for sub in prep.children:  # "from X to Y" with "to" hung on "from"
                if sub.dep_ == "prep" and sub.lower_ in _DIR_PREPS and sub.lower_ != word:
                    yield from ((sub.lower_, o) for o in _pobjs(sub))


def _nested(token: Token, exclude: str = "") -> Iterator[tuple[str, Token]]:
    """Directional preps hanging off a noun ("from X to Y", "militants to Libya")."""
    for word, obj in _preps_of(token, any_prep=False):
        if word != exclude:
            yield word, obj


def _pobjs(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


def _object_slots(ctx: _Ctx, trig: Token, slots: _Slots) -> None:
    """leave/flee/vacate X → origin; reach/enter/visit X → destination; cross X → either."""
    lemma = trig.lemma_.lower()
    obj = _child(trig, "dobj")
    if trig.pos_ == "NOUN" or obj is None:
        return
    obj = _content_head(obj)
    bare_direction = obj.lower_ in _COMPASS and not any(True for _ in obj.children)
    if bare_direction or not _placelike(ctx, obj):
        return
    if lemma in ORIGIN_OBJECT and not slots.origins:
        slots.origins.append(obj)
        end = _np_span(ctx, obj).end  # "left their homes in X": X says where those homes are
        for word, prep in ((p.lower_, p) for p in trig.children if p.dep_ == "prep"):
            objs = _pobjs(prep)
            adjacent = word in ("in", "at") and prep.idx in (end, end + 1)
            if adjacent and objs and _placelike(ctx, objs[0], strict=True):
                slots.reach[obj.i] = prep.right_edge.i
    elif lemma in DEST_OBJECT:
        if lemma == "cross" and slots.dests:
            slots.transits.insert(0, obj)
        elif not slots.dests:
            slots.dests.append(obj)


# --- mover ------------------------------------------------------------------------------------


def _mover(ctx: _Ctx, trig: Token, caused: bool) -> Token | None:
    """Who or what moved: the object of send-verbs, the subject of go-verbs."""
    subj: Token | None
    if trig.pos_ == "NOUN":
        subj = _noun_mover(ctx, trig)
    elif caused:
        subj = _child(trig, "nsubjpass")
        if subj is None and _passive(trig) and trig.dep_ in ("acl", "relcl"):
            subj = trig.head
        if subj is None:
            subj = _child(trig, "dobj")
    else:
        subj = _subject(trig)
    if subj is not None and subj.lower_ in _RELATIVE and trig.dep_ == "relcl":
        subj = trig.head
    if subj is not None and subj.ent_type_ in ("DATE", "TIME"):
        return None  # "Monday's trip"
    return _content_head(subj) if subj is not None else None


def _subject(verb: Token) -> Token | None:
    """The grammatical subject, inherited through xcomp/conj/acl chains."""
    for _ in range(6):
        subj = _child(verb, "nsubj") or _child(verb, "nsubjpass")
        if subj is not None:
            return subj
        head = verb.head
        if verb.dep_ in ("acl", "relcl", "amod") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head
        if verb.dep_ == "xcomp" and _child(head, "dobj") is not None:
            return _child(head, "dobj")  # "forced thousands to flee"
        if verb.dep_ not in ("xcomp", "conj", "advcl", "pcomp") or head is verb:
            return None
        verb = head.head if verb.dep_ == "pcomp" else head
    return None


def _noun_mover(ctx: _Ctx, trig: Token) -> Token | None:
    """'Obama's trip', 'the deployment of 30,000 troops', 'it made the crossing'."""
    if trig.lemma_.lower() == "way":
        return _subject(trig.head)  # "migrants made their way to X"
    poss = _child(trig, "poss")
    if poss is not None:
        return poss
    for word, obj in _preps_of(trig):
        if word == "of" and not _placelike(ctx, obj):
            return obj
    if trig.dep_ == "dobj" and trig.head.lemma_.lower() in LIGHT_VERBS:
        return _subject(trig.head)  # "it made the crossing"
    return None


def _content_head(token: Token) -> Token:
    """'thousands of militants' → militants; 'much of the countryside' → countryside."""
    head = token
    for _ in range(3):
        if head.lemma_.lower() not in PARTITIVE_NOUNS and not head.like_num:
            break
        objs = [o for w, o in _preps_of(head) if w == "of"]
        if not objs:
            break
        head = objs[0]
    return head


def _origin_in_mover(ctx: _Ctx, mover: Token, trig: Token, slots: _Slots) -> None:
    """Where the movers come from, told in their description: "fighters from X", "outfits
    active in X", "families who fled X". Other relative clauses tell other events."""
    stack = [_np_top(mover)]
    while stack:
        tok = stack.pop(0)
        if tok is trig:
            continue
        if tok.dep_ == "relcl":
            if tok.lemma_.lower() in ORIGIN_OBJECT | ORIGIN_PREPS or _is_trigger(tok):
                inner = _Slots()
                for word, obj in _directional(tok):
                    if word in ORIGIN_PREPS:
                        _assign(ctx, tok, word, _content_head(obj), inner, False)
                _object_slots(ctx, tok, inner)
                if inner.origins:
                    slots.origins.append(inner.origins[0])
                    slots.reach.update(inner.reach)
                    return
            continue
        stack.extend(tok.children)
        if tok.dep_ != "prep" or tok.lower_ not in ("in", "from", "inside"):
            continue
        for obj in _pobjs(tok):
            obj = _content_head(obj)
            from_x = tok.lower_ == "from" and _placelike(ctx, obj)
            modifier = tok.head.pos_ in ("VERB", "ADJ", "NOUN", "PROPN")
            if from_x or (modifier and _placelike(ctx, obj, strict=True)):
                slots.origins.append(obj)
                return


def _is_goods(mover: Token | None) -> bool:
    if mover is None:
        return False
    words = [mover, *(c for c in mover.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in GOODS or w.lower_ in GOODS for w in words)


def _np_top(token: Token) -> Token:
    """Climb from a content head back to the whole noun phrase ('thousands of X' → thousands)."""
    top = token
    while top.dep_ == "pobj" and top.head.lower_ == "of":
        outer = top.head.head
        if not (outer.like_num or outer.lemma_.lower() in PARTITIVE_NOUNS):
            break
        top = outer
    return top


# --- slots as spans and places ------------------------------------------------------------


def _placelike(ctx: _Ctx, tok: Token, strict: bool = False, person_ok: bool = False) -> bool:
    """Could this noun name a place? A resolved place, a place entity, or a word like 'border'."""
    if tok.lower_ == "home" and tok.dep_ in ("advmod", "npadvmod"):
        return True
    core = [tok] + [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "poss")]
    for word, obj in _preps_of(tok):
        if word in ("of", "in", "at"):  # "the city of X", "centres in X"
            core.append(obj)
    core += [c for c in tok.children if c.dep_ == "conj"]
    if any(t.i in ctx.placed for t in core):
        return True
    if tok.ent_type_ in _NON_PLACE_ENTS and not (person_ok and tok.ent_type_ == "PERSON"):
        return False
    if any(t.ent_type_ in _PLACE_ENTS for t in core):
        return True
    if tok.lemma_.lower() in LOCATION_NOUNS or tok.lower_ in LOCATION_NOUNS:
        return True
    if strict:
        return False
    # a proper noun the NER missed; organisations ("the Supreme Court") are not places
    return tok.pos_ == "PROPN" and tok.ent_type_ != "ORG"


def _np_span(ctx: _Ctx, head: Token, exclude: Token | None = None, mover: bool = False) -> Span:
    """The noun phrase of ``head``, without clauses, asides and direction phrases."""
    lo, hi = head.i, head.i
    for child in head.children:
        if child.dep_ in _CUT_DEPS or (exclude is not None and exclude in child.subtree):
            continue
        if child.ent_type_ in ("DATE", "TIME") and child.i > head.i:
            continue  # "the United Kingdom Sunday"
        if child.dep_ == "acl" and not mover:
            continue
        direction = child.dep_ == "prep" and child.lower_ in _DIR_PREPS
        if direction and not (mover and child.lower_ == "from"):
            continue
        if child.dep_ == "conj" and not (mover or _placelike(ctx, child)):
            continue
        lo = min(lo, child.left_edge.i)
        hi = max(hi, child.right_edge.i)
    toks = head.doc
    while hi > lo and (toks[hi].is_punct or toks[hi].is_space or toks[hi].dep_ == "case"):
        hi -= 1
    while lo < hi and (toks[lo].is_punct or toks[lo].is_space):
        lo += 1
    return _span_of(ctx.doc, toks[lo].idx, toks[hi].idx + len(toks[hi].text))


def _place_ref(ctx: _Ctx, head: Token, reach: dict[int, int] | None = None) -> PlaceRef:
    """The slot as written, linked to the place whose mention best fills it."""
    span = _np_span(ctx, head)
    if reach and head.i in reach:
        last = head.doc[reach[head.i]]
        span = _span_of(ctx.doc, span.start, last.idx + len(last.text))
    inside = [(m, p) for m, p in ctx.mentions if span.start <= m.start and m.end <= span.end]
    inside = inside or [(m, p) for m, p in ctx.mentions if m.overlaps(span)]
    if not inside:
        return PlaceRef(span=span)
    best = min(inside, key=lambda mp: _mention_rank(head, mp[0], ctx.names.get(mp[1], "")))[1]
    others: list[str] = []
    for conj in head.conjuncts:
        for m, pid in inside:
            if m.start <= conj.idx < m.end and pid != best and pid not in others:
                others.append(pid)
    return PlaceRef(span=span, place_id=best, other_place_ids=tuple(others))


def _mention_rank(head: Token, mention: Span, name: str) -> tuple[int, int, int]:
    """Prefer the mention holding the head, then names over demonyms, then the closest.

    In "the Syrian province of Aleppo" the slot is Aleppo, not the "Syrian" modifier.
    """
    toks = [t for t in head.doc if mention.start <= t.idx < mention.end]
    if not toks:
        return (3, 99, mention.start)
    if head in toks:
        return (0, 0, mention.start)
    words = set(mention.text.casefold().split())
    named = bool(name) and set(name.casefold().split()) <= words
    modifier = all(t.pos_ == "ADJ" for t in toks) or (not named and toks[-1].ent_type_ == "NORP")
    return (2 if modifier else 1, min(_depth(t, head) for t in toks), mention.start)


def _depth(tok: Token, head: Token) -> int:
    for n in range(20):
        if tok is head:
            return n
        if tok.head is tok:
            break
        tok = tok.head
    return 50


# --- claims, quantity, negation --------------------------------------------------------------


def _claim_for(trigger: Span, claims: Sequence[Claim]) -> str | None:
    """The claim whose content holds the trigger (the innermost if nested)."""
    holding = [c for c in claims if c.content.contains(trigger)]
    if not holding:
        return None
    return min(holding, key=lambda c: c.content.end - c.content.start).id


def _negated(trig: Token) -> bool:
    """'did not send', 'never arrived', 'denied sending troops'."""
    if any(c.dep_ == "neg" for c in trig.children):
        return True
    head = trig.head
    while head.dep_ in ("xcomp", "aux") and head.head is not head:
        head = head.head
    if head is trig or head.lemma_.lower() not in DENIAL_LEMMAS:
        return False
    return not any(c.dep_ == "neg" for c in head.children)


def _quantity(doc: Document, mover: Token) -> Quantity | None:
    """How many moved: '300 terrorists', 'thousands of militants', 'at least 64 fighters'."""
    top = _np_top(mover)
    nums = [t for t in (top, *top.children) if t.like_num or t.lower_ in NUMBER_WORDS]
    nums += [t for t in mover.children if t.dep_ == "nummod" and t not in nums]
    value = _number(nums[0]) if nums else None
    if value is None:
        return None
    num = nums[0]
    lo, bound = num.i, "exact"
    for phrase, b in BOUND_WORDS.items():  # "at least 64", "more than 300", "about 40"
        n = len(phrase.split())
        before = num.doc[max(num.i - n, 0) : num.i]
        if len(before) == n and before.text.lower() == phrase:
            lo, bound = before.start, b
    if num.lower_.endswith("s") and num.lower_ in NUMBER_WORDS:
        bound = "at_least"  # "thousands of"
    unit = mover.lemma_.lower() if mover is not num else None
    span = _span_of(doc, num.doc[lo].idx, num.idx + len(num.text))
    return Quantity(span=span, value=value, bound=bound, unit=unit)  # type: ignore[arg-type]


def _number(tok: Token) -> float | None:
    if tok.lower_ in NUMBER_WORDS:
        return float(NUMBER_WORDS[tok.lower_])
    try:
        return float(tok.text.replace(",", ""))
    except ValueError:
        return None


# --- helpers ----------------------------------------------------------------------------------


def _child(token: Token, dep: str) -> Token | None:
    return next((c for c in token.children if c.dep_ == dep), None)


def _unique(tokens: list[Token]) -> list[Token]:
    return list(dict.fromkeys(tokens))


def _start(mention: tuple[Span, str]) -> int:
    return mention[0].start


def _span_of(doc: Document, start: int, end: int) -> Span:
    return Span(doc.id, start, end, doc.text[start:end])

"""Slots told on words next to the trigger rather than on it: the vehicle the movers rode
("carried on landing ships from X to Y"), the distance flown ("flew 900 km over X and Y"),
a stop told as a noun ("made a refuelling stop at X before reaching Y"), and a "from"-
phrase the parser hung on the next clause's verb ("from X, and from near Y, to Z, the
agency said").

Split from :mod:`claimmap.movement_slots`, which reads the trigger's own prepositions.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.model import PlaceRef
from claimmap.movement_place_ref import place_ref
from claimmap.movement_words import pobjs, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots
    from claimmap.movement_spans import SlotContext


def more_ways(trig: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs of the trigger told on the words next to it."""
    for on in (c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("on", "aboard")):
        for craft in pobjs(on):  # "carried on four landing ships from X to Y": the ships' way
            if craft.lemma_.lower() in lex.VEHICLES | lex.RIDDEN:
                yield from preps_of(craft, any_prep=False)
            else:
                yield from _misread_craft(craft)
    for on in _rode_on(trig):
        yield from (w for craft in pobjs(on) for w in _craft_went(craft))
    yield from _extent_ways(trig)
    yield from _stolen_ways(trig)
    part = carrying_part(trig)  # "sailed from X carrying water to Y": the ship went to Y
    if part is not None:
        yield from ((w, o) for w, o in preps_of(part, any_prep=False) if w in _ONWARD)
    yield from _with_from(trig)
    yield from _cut_away(trig)
    yield from _stop_before(trig)


#: participles of what the movers took along, and the phrases of theirs the movers followed
_CARRYING = frozenset({"carry", "bring", "ferry", "transport", "tow", "haul"})
_ONWARD = lex.DEST_PREPS | lex.TRANSIT_PREPS


def carrying_part(trig: Token) -> Token | None:
    """ "would sail from X carrying water to Y": the participle of what a self-moving
    trigger told with its start took along, when it names the end the trigger leaves untold. Its
    places are the trigger's; it tells no second journey."""
    if trig.lemma_.lower() not in lex.SELF_MOTION or _heads_somewhere(trig):
        return None
    if not any(c.dep_ == "prep" and c.lower_ in lex.ORIGIN_PREPS for c in trig.children) and not (
        trig.lemma_.lower() in lex.ORIGIN_OBJECT and any(c.dep_ == "dobj" for c in trig.children)
    ):  # "leave X next week, carrying oil to Y": the start is the verb's object
        return None  # "continue to flee, often taking a route to X": no journey of the verb's
    for part in trig.children:
        if part.dep_ == "advcl" and part.tag_ == "VBG" and part.lemma_.lower() in _CARRYING:
            return part if _heads_somewhere(part) else None
    return None


def carried_along(token: Token) -> bool:
    """Is ``token`` the participle :func:`carrying_part` folds into its verb's journey?"""
    return token.dep_ == "advcl" and carrying_part(token.head) == token


def _heads_somewhere(verb: Token) -> bool:
    """Does ``verb`` have a to/into/toward phrase of its own?"""
    return any(c.dep_ == "prep" and c.lower_ in lex.DEST_PREPS for c in verb.children)


def _stolen_ways(trig: Token) -> Iterator[tuple[str, Token]]:
    """ "much of the drug crosses the X River into Y": a finite verb the parser read as the
    object of a preposition loses its phrases to the words around it; those that say where
    something goes, told right after it (before a comma or the next verb), are its."""
    if trig.dep_ != "pobj" or trig.tag_ not in ("VBZ", "VBD", "VBP"):
        return
    ways = lex.DEST_PREPS | lex.TRANSIT_PREPS
    above = set(trig.ancestors)
    crossed = trig.lemma_.lower() not in lex.CROSS_LEMMAS
    for tok in trig.doc[trig.i + 1 : trig.sent.end]:
        if tok.text in ",;" or tok.tag_.startswith("VB") or tok.dep_ == "mark":
            return
        if not crossed and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound":
            crossed = True  # "crosses the X River into Y": the river read off the verb
            if tok.head != trig:
                yield "across", tok
        if tok.dep_ == "prep" and tok.lower_ in ways and (tok.head in above or tok.head.i > trig.i):
            yield from ((tok.lower_, o) for o in pobjs(tok))


def _craft_went(craft: Token) -> Iterator[tuple[str, Token]]:
    """ "left X on feeder ships that called at Y", "on a plane that flew to Z": where the
    craft went, told in its relative clause, is where the movers aboard it went (any
    carrier that calls at ports: "on feeder services that called at Y")."""
    for clause in (c for c in craft.children if c.dep_ == "relcl" or _bound(c)):
        if _bound(clause):  # "on boats bound for Y": where the boats were going
            yield from (("to", o) for w, o in preps_of(clause, any_prep=False) if w == "for")
            continue
        yield from (("to", port) for port in lex.port_calls(clause))
        if lex.is_trigger(clause) and craft.lemma_.lower() in lex.VEHICLES | lex.RIDDEN:
            yield from preps_of(clause, any_prep=False)


def _rode_on(trig: Token) -> list[Token]:
    """The "on"/"aboard" phrases of the trigger, also those the parser hung on its object
    ("left X, the busiest port, on feeder services that ...")."""
    heads = [trig, *(c for c in trig.children if c.dep_ == "dobj")]
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _ABOARD]


#: prepositions of the craft the movers rode
_ABOARD = frozenset({"on", "aboard"})


def _bound(clause: Token) -> bool:
    """ "boats bound for X", "a ferry headed for Y": a participle saying where a craft went."""
    return clause.dep_ == "acl" and clause.lower_ in _BOUND


_BOUND = frozenset({"bound", "destined", "headed"})


def craft_clause(token: Token) -> bool:
    """Is ``token`` the relative clause of a craft the movers of another trigger rode ("on
    ships that called at Y", "on boats bound for Y")? Its places are that trigger's; it
    tells no journey of its own."""
    craft = token.head
    if token.dep_ != "relcl" and not _bound(token):
        return False
    if craft.lemma_.lower() not in lex.VEHICLES | lex.RIDDEN and not lex.port_calls(token):
        return False  # "on feeder services that called at Y": what calls at ports carries
    on = craft.head
    if craft.dep_ != "pobj" or on.lower_ not in _ABOARD or on.dep_ != "prep":
        return False
    verb = on.head.head if on.head.dep_ == "dobj" else on.head
    return lex.is_trigger(verb) and on in _rode_on(verb)


def _with_from(trig: Token) -> Iterator[tuple[str, Token]]:
    """ "walked for days with her children from a village near X": the parser hangs the
    movers' start on their companions; those who went with them set off from it too."""
    if trig.lemma_.lower() not in lex.SELF_MOTION:
        return
    for with_ in (c for c in trig.children if c.dep_ == "prep" and c.lower_ == "with"):
        for company in pobjs(with_):
            yield from ((w, o) for w, o in preps_of(company, any_prep=False) if w == "from")


#: verbs a route is told with: "routes into X run from Y", "the road leads through Z"
RUN_VERBS = frozenset({"run", "lead", "stretch", "extend", "pass", "wind", "snake"})


def along(path: Token) -> list[Token]:
    """ "sailed along the shores of X and Y", "along the Nile": the places followed are on
    the way (a bare "along the road" names none)."""
    if path.pos_ == "PROPN":
        return [path]
    if path.lemma_.lower() not in lex.LOCATION_NOUNS:
        return []
    return [o for o in [o for w, o in preps_of(path) if w == "of"] if o.pos_ == "PROPN"]


def to_within(prep: Token) -> Iterator[tuple[str, Token]]:
    """ "headed east to within 24 miles of X": the movers went up to near X, the place the
    distance is measured from (a "to" left without object, the parser hangs "within" apart)."""
    before = prep.doc[prep.i - 1] if prep.i else prep
    if prep.lower_ != "within" or before.lower_ not in lex.DEST_PREPS or pobjs(before):
        return
    for obj in pobjs(prep):
        if obj.lemma_.lower() in lex.EXTENT_NOUNS:
            yield from (("to", o) for w, o in preps_of(obj) if w == "of")


def craft_name(token: Token) -> bool:
    """ "navy landing ships", "fishing boats": a gerund the parser read as a verb taking the
    craft right after it as its object names the kind of craft; it moves nothing."""
    if token.tag_ != "VBG" or token.dep_ != "acl" or token.i + 1 >= len(token.doc):
        return False
    craft = token.doc[token.i + 1]
    return craft.head == token and craft.dep_ == "dobj" and craft.lemma_.lower() in lex.VEHICLES


def _misread_craft(top: Token) -> Iterator[tuple[str, Token]]:
    """ "on four navy landing ships from X": the parser read "landing" as a verb with the
    ships as its object, so the way is told on the words between the ships and the "on"."""
    for craft in (t for t in top.subtree if t.dep_ == "dobj" and t.i > top.i):
        if craft.lemma_.lower() not in lex.VEHICLES or craft.head.dep_ != "acl":
            continue
        if craft.head.head == top and craft_name(craft.head):
            yield from preps_of(craft, any_prep=False)
            yield from preps_of(craft.head, any_prep=False)


def _extent_ways(trig: Token) -> Iterator[tuple[str, Token]]:
    """ "flew 900 kilometres over X and Y to Z": the parser hangs the way on the distance."""
    flies = trig.lemma_.lower() in lex.SELF_MOTION
    for extent in (c for c in trig.children if c.dep_ in ("dobj", "npadvmod")):
        if extent.lemma_.lower() not in lex.EXTENT_NOUNS:
            continue
        for prep in (c for c in extent.children if c.dep_ == "prep"):
            over = prep.lower_ in lex.TRANSIT_PREPS or (prep.lower_ == "over" and flies)
            yield from (("through" if over else prep.lower_, o) for o in pobjs(prep))


#: nouns of a halt on the way: "made a refuelling stop at X before reaching Y"
_STOP_NOUNS = frozenset({"stop", "stopover", "layover", "halt"})


def _stop_before(trig: Token) -> Iterator[tuple[str, Token]]:
    """ "made a refuelling stop at X before reaching Y": the stop told before the gerund
    is on its way."""
    prep = trig.head
    if trig.dep_ != "pcomp" or prep.lower_ != "before":
        return
    for stop in (c for c in prep.head.children if c.dep_ == "dobj"):
        if stop.lemma_.lower() in _STOP_NOUNS:
            yield from (("through", o) for w, o in preps_of(stop) if w in ("at", "in"))


def _cut_away(trig: Token) -> Iterator[tuple[str, Token]]:
    """ "were carried from X, and from near Y, to Z, the agency said": a "from"-phrase
    after "and" the parser hung on the next clause's verb is one more of the trigger's."""
    for verb in (c for c in trig.children if c.dep_ == "conj" and not lex.is_trigger(c)):
        for prep in (c for c in verb.lefts if c.dep_ == "prep" and c.lower_ in lex.ORIGIN_PREPS):
            before = trig.doc[prep.i - 1]
            if before.lower_ in ("and", "or") and before.head in (trig, verb):
                yield from preps_of(prep.head, any_prep=False)


def past_name(ctx: SlotContext, trig: Token) -> Iterator[tuple[str, Token]]:
    """ "brought through Mato Grosso do Sul to Y": a long name the parser broke ("do" read
    as a verb) leaves the next directional phrase hung on a piece of it. A from/to/via
    phrase right after the place mention that ends one of the trigger's own phrases, hung
    on no motion word, continues the trigger's way."""
    doc = trig.doc
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ in lex.DIR_PREPS):
        for obj in pobjs(prep):
            last = obj.i
            while last + 1 < len(doc) and last + 1 in ctx.placed and obj.i in ctx.placed:
                last += 1  # the rest of the name the object begins (no walk over the text)
            if last == obj.i or last + 1 >= len(doc):
                continue  # the parser kept the name whole: its own phrases hang right
            after = doc[last + 1]
            if after.lower_ not in lex.DIR_PREPS or after.dep_ != "prep":
                continue
            if after.head == trig or lex.is_trigger(after.head) or after.head.i < prep.i:
                continue
            yield from ((after.lower_, o) for o in pobjs(after))


#: nouns of a way between two places: "the X-Y route", "the X-Y border corridor"
# "the X-Y crossing" is passed from X to Y too: a border post is named after both sides
_PAIRED_WAYS = lex.PATH_NOUNS | {
    "corridor",
    "road",
    "highway",
    "path",
    "passage",
    "crossing",
    "checkpoint",
    "bridge",
}
_POSTS = frozenset({"crossing", "checkpoint", "bridge"})
_PASSED = frozenset({"across", "through", "via", "over"})


def paired_way(ctx: SlotContext, head: Token) -> list[PlaceRef]:
    """ "via the X-Y route", "along the X-Y border road": two places joined by a hyphen
    before a way noun are its two ends, passed one after the other in the order told
    (a bare "X-Y border" lies between them and names no way)."""
    if head.lemma_.lower() not in _PAIRED_WAYS:
        return []
    if head.lemma_.lower() in _POSTS and head.head.lower_ not in _PASSED:
        return []  # "towards the X-Y crossing": where they were sent, not a way passed
    mods = head.doc[head.left_edge.i : head.i]
    hyphens = [t for t in mods if t.text in ("-", "–", "/")]
    if len(hyphens) != 1:
        return []
    cut = hyphens[0].idx
    before = [(m, p) for m, p in ctx.mentions if mods.start_char <= m.start and m.end <= cut]
    after = [(m, p) for m, p in ctx.mentions if cut < m.start and m.end <= mods.end_char]
    if not before or not after or before[-1][1] == after[0][1]:
        return []
    return [PlaceRef(before[-1][0], before[-1][1]), PlaceRef(after[0][0], after[0][1])]


def over_end(ctx: SlotContext, slots: Slots) -> None:
    """ "bombers flown from X over the Y Sea joined the drills": with a start and no end
    told, the sea flown over last is where the movers went (their drills, their patrol)."""
    if slots.dests or not slots.origins or not slots.transits:
        return
    last = max(slots.transits, key=lambda t: t.i)
    if last.head.lower_ != "over" or last.i < slots.origins[0].i:
        return
    ref = place_ref(ctx, last)
    if ref.place_id is not None and ctx.kinds.get(ref.place_id) == "water":
        slots.transits.remove(last)
        slots.dests.append(last)

"""Slots a movement tells without a direction word on its trigger, mostly its end: a rare
place name the tagger read as a verb after "to", the place after a recipient ("to the
rebels in X"), where a conjoined verb halted the vessel, an onward bare direction ("and
then south to Z"), where the goods were unloaded, and where an arrival was seized.

Split from :mod:`claimmap.movements`; the prepositional slots are read in
:mod:`claimmap.movement_slots`, the start told by who sent the movers in
:mod:`claimmap.movement_senders` and by the handling of goods in
:mod:`claimmap.movement_handling`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_handling import handling_slots
from claimmap.movement_maybe_end import guessed_end
from claimmap.movement_onward import gapped_heads
from claimmap.movement_spans import SlotContext, np_span, placelike, places_in
from claimmap.movement_words import child_of, np_top, pobjs, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def misread_goals(ctx: SlotContext, trig: Token) -> list[Token]:
    """ "flown from X to Amdjarass in Y": a rare place name after "to" read as an infinitive
    verb; it is a place all the same when the geoparser or the NER says so."""
    out = []
    for c in trig.children:
        if c.dep_ not in ("advcl", "xcomp") or not c.tag_.startswith("VB"):
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "to" and a.i == c.i - 1 for a in c.children):
            continue
        if c.i in ctx.placed or c.ent_type_ in lex.PLACE_ENTS:
            out.append(c)
        elif c.lower_ in _SITE_KINDS:  # "moved north to storage sites near X": a noun
            out += [o for o in c.children if o.dep_ == "dobj" and placelike(ctx, o, strict=True)]
    return out + _gerund_sites(ctx, trig)


#: nouns of works read as a gerund after "to": "sent to building sites in X"
_WORKS = frozenset({"building", "construction", "mining", "logging", "farming"})
#: what such a noun names a part of, where the movers went
_SITE_NOUNS = frozenset({"site", "project", "camp", "farm", "mine", "yard"})


def _gerund_sites(ctx: SlotContext, trig: Token) -> list[Token]:
    """ "sent to building sites in X and Y": the parser reads "building" as a gerund with
    "sites" its object; the place the sites lie in is where the movers went."""
    out: list[Token] = []
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
        for work in (c for c in prep.children if c.dep_ == "pcomp" and c.lower_ in _WORKS):
            for obj in (o for o in work.children if o.dep_ == "dobj"):
                if obj.lemma_.lower() not in _SITE_NOUNS:
                    continue
                out += [p for w, p in preps_of(obj) if w in ("in", "at", "near", "on")][:1]
    return [p for p in out if placelike(ctx, p, strict=True)]


#: nouns naming what a site is for, read as a verb after "to": "to storage sites near X"
_SITE_KINDS = frozenset(
    ["storage", "detention", "reception", "transit", "staging", "holding", "processing"]
)


def recipient_place(ctx: SlotContext, trig: Token) -> list[tuple[Token | None, Token]]:
    """ "trucked to the Rapid Support Forces (RSF) in Darfur", "sent on to Russian units in
    occupied Ukraine": when "to" names who received the movers (a place only by the people
    it names), the place right after it is where they went. Pairs of (recipient, place)."""
    for word, obj in preps_of(trig, any_prep=False):
        if word not in lex.DEST_PREPS or (placelike(ctx, obj) and not _recipient(ctx, obj)):
            continue
        after = obj.right_edge.i + 1
        for prep in (c for c in trig.children if c.i == after and c.dep_ == "prep"):
            objs = pobjs(prep) if prep.lower_ in ("in", "at", "inside") else []
            if objs and placelike(ctx, objs[0], strict=True):
                return [(obj, objs[0])]
    return [(None, t) for t in _misread_noun_goal(ctx, trig)]


def _recipient(ctx: SlotContext, obj: Token) -> bool:
    """A common noun for people or units ("Russian units", "Kurdish fighters"), a place only
    by the demonym that modifies it: whom the movers went to, not where."""
    return (
        obj.pos_ == "NOUN"
        and obj.i not in ctx.placed
        and obj.ent_type_ not in lex.PLACE_ENTS
        and obj.lemma_.lower() not in lex.LOCATION_NOUNS
        and obj.lower_ not in lex.LOCATION_NOUNS
    )


def _misread_noun_goal(ctx: SlotContext, trig: Token) -> list[Token]:
    """ "trucked through X to rebel positions in Y": a noun after "to" read as an infinitive
    verb; the place its object lies in is where the movers went. Only straight after a
    slot of the trigger, so a purpose ("sent troops to fight rebels") stays one."""
    for verb in (c for c in trig.children if c.dep_ == "advcl" and c.tag_ == "VB"):
        to = verb.doc[verb.i - 1] if verb.i else None
        if to is None or to.lower_ != "to" or to.dep_ != "aux" or to.head != verb:
            continue
        before = verb.doc[to.i - 1] if to.i else None
        if before is None or before.dep_ != "pobj" or before.head.head != trig:
            continue
        obj = child_of(verb, "dobj")
        if obj is None or obj.i != verb.i + 1:
            continue
        for word, place in preps_of(obj):
            if word in ("in", "at", "near") and placelike(ctx, place, strict=True):
                return [place]
    return []


def arrived_in(trig: Token, mover: Token) -> list[tuple[str, Token]]:
    """ "the arrival of Syrian refugees in X": the place the parser hung on the mover of an
    arrival noun is where they arrived."""
    top = np_top(mover)
    of = top.head
    if trig.pos_ != "NOUN" or trig.lemma_.lower() not in lex.ARRIVAL_LEMMAS:
        return []
    if top.dep_ != "pobj" or of.lower_ != "of" or of.head != trig:
        return []
    return [(w, o) for w, o in preps_of(mover) if w in ("in", "at")]


def halt_goals(ctx: SlotContext, trig: Token) -> list[Token]:
    """ "sailed the ship to X and anchored it off Y": a conjoined verb of halting a vessel,
    with no subject of its own, tells where the voyage ended."""
    out: list[Token] = []
    for verb in [*trig.conjuncts, *_vessel_halt(trig)]:
        if verb.i < trig.i or verb.lemma_.lower() not in lex.HALT_LEMMAS:
            continue
        if verb in trig.conjuncts and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        found = [_inner_place(ctx, obj) for word, obj in preps_of(verb) if word in lex.HALT_PREPS]
        found = [obj for obj in found if placelike(ctx, obj, person_ok=True)]
        # the carrier's halt: where it docked, not the region told to locate it
        out += found if verb in trig.conjuncts else found[:1]
    return out


def _vessel_halt(trig: Token) -> list[Token]:
    """ "a ship carrying grain from X had docked at Y": the verb the carrier is the subject of,
    when the movement is told as what the carrier carries."""
    carrier = trig.head
    if trig.dep_ != "acl" or carrier.dep_ != "nsubj":
        return []
    return [carrier.head]


def _inner_place(ctx: SlotContext, obj: Token) -> Token:
    """ "outside the zone around X": the place a vaguer area is told around or off."""
    for _ in range(3):
        inner = [
            o
            for w, o in preps_of(obj)
            if w in ("around", "off", "near") and placelike(ctx, o, strict=True)
        ]
        if not inner:
            break
        obj = inner[0]
    return obj


def onward_heads(trig: Token) -> list[Token]:
    """ "moved from X towards Y and then south to Z", "across the border near X and then
    south towards Y", "moved to X and further east to Y": a conjoined bare direction, with
    no verb of its own, goes on with the trigger's movement."""
    bare = [
        c
        for c in trig.subtree
        if c.dep_ == "conj"
        and c.lower_ in lex.COMPASS
        and _bare(c)
        and _verb_above(c) == trig
        and not _or_before(c)
    ]
    return [*bare, *gapped_heads(trig)]  # "and then on to Z", "and then by ferry to Z"


def _or_before(conj: Token) -> bool:
    """ "west through X to Y, or east across Z": a direction told as the other choice is
    another way, not the next stretch."""
    ccs = [c for c in conj.head.children if c.dep_ == "cc" and c.i < conj.i]
    return bool(ccs) and ccs[-1].lower_ == "or"


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb the token hangs under ("carried by road to X, the capital, and then
    east through Y": the parser may hang "east" on the aside)."""
    for head in tok.ancestors:
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def _bare(direction: Token) -> bool:
    """A direction with no clause of its own ("and further east to Y", which the parser
    may tag as a noun): no subject, no object."""
    return direction.pos_ in ("ADV", "NOUN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "det") for c in direction.children
    )


def settle_goals(ctx: SlotContext, trig: Token, dests: list[Token]) -> None:
    """Destinations told past the "to" phrase: the place after a recipient ("sent on to
    Russian units in X": X) and where the goods were unloaded ("unloading them in Y")."""
    for whom, place in recipient_place(ctx, trig):
        if whom is not None and whom in dests:
            dests[dests.index(whom)] = place
        elif not dests:
            dests.append(place)
    for end in handling_slots(ctx, trig)[1]:
        _refine_goal(ctx, dests, end)
    guessed_end(ctx, dests)  # "destined for units in X's south, possibly Y": Y


def _refine_goal(ctx: SlotContext, dests: list[Token], end: Token) -> None:
    """Put ``end`` (where the goods were unloaded) among ``dests``: in place of the country
    that holds it ("shipped to Russia ... unloading them in Makhachkala"), else after them."""
    inner = places_in(ctx, np_span(ctx, end))
    codes = {ctx.countries.get(p) for p in inner} - {None}
    for n, dest in enumerate(dests):
        ids = places_in(ctx, np_span(ctx, dest))
        if (
            len(ids) == 1
            and ctx.kinds.get(ids[0]) == "country"
            and ctx.countries.get(ids[0]) in codes
        ):
            dests[n] = end
            return
    if end not in dests:
        dests.append(end)


def seen_at(ctx: SlotContext, trig: Token, mover: Token | None) -> Token | None:
    """ "Officers intercepted a container at X port. The container had arrived from A via B":
    an arrival naming no end, told of a definite mover that the sentence before has seized
    or found at a place, ended at that place."""
    if trig.lemma_.lower() not in lex.ARRIVAL_LEMMAS or mover is None or not trig.sent.start:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in mover.children):
        return None
    for tok in trig.doc[trig.sent.start - 1].sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != mover.lemma_.lower():
            continue
        verbs = (tok.head, tok.head.head)  # "intercepted a container (holding ...) at X"
        if not any(v.lemma_.lower() in lex.SEIZURE_LEMMAS for v in verbs):
            continue
        holders = [tok, *(c for c in tok.children if c.dep_ in ("acl", "relcl")), tok.head]
        for word, obj in (wo for h in holders for wo in preps_of(h)):
            if word in ("at", "in") and placelike(ctx, obj, strict=True):
                return obj
    return None


def home_country(ctx: SlotContext, head: Token, mover: Token | None) -> str | None:
    """ "Malian gold left the country": a bare "the country" is the country the movers are
    named after, not the last one named before."""
    if mover is None or head.lower_ != "country" or [c.lower_ for c in head.children] != ["the"]:
        return None
    for mod in (c for c in mover.children if c.dep_ in ("amod", "compound", "nmod")):
        ids = [p for m, p in ctx.mentions if m.start <= mod.idx < m.end]
        found = [p for p in ids if ctx.kinds.get(p) == "country"]
        if found:
            return found[0]
    return None


def alternatives(dests: list[Token]) -> list[Token]:
    """The last destination and those before it joined to it by "or" ("taken to X in the
    north or across the border into Y"): alternative ends, not stops on one way."""
    if not dests:
        return []
    ends = [dests[-1]]
    for before in reversed(dests[:-1]):
        between = before.doc[before.i + 1 : ends[0].i]
        if not any(t.lower_ == "or" and t.dep_ == "cc" for t in between):
            break
        ends.insert(0, before)
    return ends


def compass_reach(ctx: SlotContext, trig: Token, obj: Token) -> int | None:
    """ "taken to the X centre south of Y": a bearing from a place, hung on the verb right
    after the slot, says where the slot lies (near Y, if X itself is not known). The last
    token the slot reaches over, if so."""
    end = obj.right_edge.i
    for adv in (c for c in trig.children if c.dep_ == "advmod" and c.lower_ in lex.COMPASS):
        gap = [t for t in trig.doc[end + 1 : adv.i] if not t.is_punct]
        of = [o for w, o in preps_of(adv) if w == "of"]
        if adv.i > end and not gap and of and placelike(ctx, of[0], strict=True):
            return int(adv.right_edge.i)
    return None

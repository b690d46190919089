"""Slots a movement tells without a direction word on its trigger: the place that ran the
vehicles or supplied the goods, a verb of setting off before it, a rare place name the
tagger read as a verb after "to", and the place after a recipient ("to the rebels in X").

Split from :mod:`claimmap.movements`; the prepositional slots are read in
:mod:`claimmap.movement_slots`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_movers import is_goods, passive, subject
from claimmap.movement_onward import gapped_heads
from claimmap.movement_spans import SlotContext, np_span, placelike, places_in
from claimmap.movement_words import child_of, np_top, pobjs, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def sender_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "Texas bused migrants to X": a place running the vehicles is where they set off
    (verbs naming the vehicle only: who "sent" or "deployed" is the agent, not the start)."""
    if trig.lemma_.lower() not in lex.SENDER_LEMMAS or passive(trig):
        return None
    sender = _placed(ctx, child_of(trig, "nsubj"))
    return None if sender is None or _at_home(ctx, trig, sender) else sender


def _at_home(ctx: SlotContext, trig: Token, sender: Token) -> bool:
    """ "Ethiopia flies troops into X": a country acting inside its own land (every place
    the verb takes the movers to lies in it) is the agent, not where they set off."""
    ids = places_in(ctx, np_span(ctx, sender))
    if len(ids) != 1 or ctx.kinds.get(ids[0]) != "country":
        return False
    home = ctx.countries.get(ids[0])
    if home is None:
        return False
    goals = [o for p in trig.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    there = [p for g in goals for p in places_in(ctx, np_span(ctx, g))]
    return bool(there) and all(p != ids[0] and ctx.countries.get(p) == home for p in there)


def dispatcher_origin(
    ctx: SlotContext, trig: Token, mover: Token | None, dests: list[Token]
) -> Token | None:
    """ "North Korea has sent 10,000 troops to Russia": a country that sent its own people
    (troops, workers) to a place outside it is where they set off. Not when the place is
    its own ("sent police to its border"), what is sent are things, or the sending is only
    able, planned or wished ("the capability to send forces", "will send"): an inference
    made only of a sending told as done."""
    if trig.lemma_.lower() not in lex.DISPATCH_LEMMAS or passive(trig) or not dests:
        return None
    if trig.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in trig.children
    ):
        return None
    if mover is None or mover.lemma_.lower() not in lex.DISPATCHED:
        return None
    sender = _placed(ctx, child_of(trig, "nsubj"))
    ids = places_in(ctx, np_span(ctx, sender)) if sender is not None else []
    if len(ids) != 1 or ctx.kinds.get(ids[0]) != "country":
        return None
    home = ctx.countries.get(ids[0])
    there = [p for d in dests for p in places_in(ctx, np_span(ctx, d))]
    abroad = bool(there) and all(p != ids[0] and ctx.countries.get(p) != home for p in there)
    return sender if abroad else None


def supplier_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "Iran supplies Hezbollah with weapons that are flown to Damascus": goods a country
    supplies set off from it (the supplying verb tells no route of its own)."""
    goods = trig.head
    if trig.dep_ not in ("relcl", "acl") or not is_goods(goods):
        return None
    verb = goods.head.head if goods.dep_ == "pobj" and goods.head.lower_ == "with" else goods.head
    if goods.dep_ not in ("dobj", "pobj") or verb.lemma_.lower() not in lex.SUPPLY_LEMMAS:
        return None
    return _placed(ctx, subject(verb))


#: "made in X and shipped to Y": where goods were made is where they set off
_MADE = frozenset({"make", "manufacture", "assemble", "build"})
#: "stored at depots in X and then moved to Y": where goods were kept before they moved
_KEPT = frozenset({"store", "stockpile", "stash", "warehouse", "hide", "keep"})


def setoff_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "was loaded at X and shipped to Y", "was unloaded in X before being moved to Y": a
    verb of loading told just before names the start."""
    for verb in _verbs_before(trig):
        if verb == trig and verb.lemma_.lower() in lex.UNLOAD_LEMMAS:
            continue  # "unloaded at Y" is where it ends
        # "made in X and shipped", "stored in X and then moved"
        made = verb.lemma_.lower() in _MADE | _KEPT and verb.tag_ == "VBN"
        if verb.lemma_.lower() in lex.SETOFF_LEMMAS or made:
            # "loaded crude at X": the parser may hang the place on what was loaded
            held = [h for h in (verb, child_of(verb, "dobj")) if h is not None]
            held += [
                o for w, o in preps_of(verb) if w in ("onto", "into", "on")
            ]  # "onto ships at X"
            at = [o for h in held for w, o in preps_of(h) if w in lex.SETOFF_PREPS]
            at += [o for a in at for w, o in preps_of(a) if w in ("in", "near")]  # "depots in X"
            found = next((o for o in at if placelike(ctx, o, strict=True)), None)
            if found is not None:
                return found
    return _loaded_onto(ctx, trig)


def _loaded_onto(ctx: SlotContext, trig: Token) -> Token | None:
    """ "taken to X and loaded onto ships bound for Y": the ships set off where they were
    loaded, the place the loading verb names or, told as the next step, where the goods
    had been taken."""
    vehicle = trig.head
    if trig.dep_ != "acl" or vehicle.dep_ != "pobj" or vehicle.head.lower_ not in _ONTO:
        return None
    loader = vehicle.head.head
    if loader.lemma_.lower() not in lex.LOAD_LEMMAS:
        return None
    at = []
    if loader.dep_ == "conj":  # the goods were loaded where they had been taken
        at += [o for w, o in preps_of(loader.head, any_prep=False) if w in lex.DEST_PREPS]
    at += [o for w, o in preps_of(loader) if w in ("at", "in")]
    return next((o for o in at if placelike(ctx, o, strict=True)), None)


_ONTO = frozenset({"onto", "on", "aboard", "into"})


def _verbs_before(trig: Token) -> list[Token]:
    """The trigger and the verbs told as its step before: coordinated before it ("loaded at
    X and shipped", "loaded at X and were to be delivered"), the clause it comes "before"
    ("unloaded in X before being moved"), and its "after" clause ("after being unloaded")."""
    verb = trig
    while verb.dep_ == "xcomp" and verb.head.lemma_ == "be":  # "were to be delivered"
        verb = verb.head
    out = [trig]
    if verb.dep_ == "conj" and verb.head.i < verb.i:
        out.append(verb.head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "before":
        out.append(verb.head.head)
    if verb.dep_ == "advcl" and "before" in {c.lower_ for c in verb.children if c.dep_ == "mark"}:
        out.append(verb.head)  # "began in X before they spread to Y"
    after = (p for p in trig.children if p.dep_ == "prep" and p.lower_ == "after")
    return out + [c for p in after for c in p.children if c.dep_ == "pcomp"]


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
    return out


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


def _placed(ctx: SlotContext, tok: Token | None) -> Token | None:
    """``tok`` if it is a resolved place, else None."""
    if tok is not None and tok.i in ctx.placed and placelike(ctx, tok, strict=True):
        return tok
    return None


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


def handling_slots(ctx: SlotContext, trig: Token) -> tuple[list[Token], list[Token]]:
    """ "shipped drones to X, loading them at A and unloading them in B": verbs of handling
    the goods told after the trigger say where the voyage started (load) and ended (unload,
    or "before being consolidated in Y")."""
    verbs = [c for c in trig.children if c.dep_ in ("advcl", "conj") and c.i > trig.i]
    verbs += [c for v in verbs for c in v.conjuncts if c.i > v.i and c not in verbs]
    befores = (p for p in trig.children if p.dep_ == "prep" and p.lower_ == "before")
    gathered = [c for p in befores for c in p.children if c.dep_ == "pcomp"]
    starts: list[Token] = []
    ends: list[Token] = []
    for verb in verbs + gathered:
        lemma = verb.lemma_.lower()
        load = lemma in lex.LOAD_LEMMAS and verb in verbs and not _loaded_there(trig, verb)
        unload = lemma in lex.UNLOAD_LEMMAS if verb in verbs else lemma in lex.GATHER_LEMMAS
        words = lex.SETOFF_PREPS if load else frozenset({"at", "in"})
        if not (load or unload):
            continue
        found = [o for w, o in preps_of(verb) if w in words and placelike(ctx, o, strict=True)]
        (starts if load else ends).extend(found[:1])
    return starts, ends


def _loaded_there(trig: Token, verb: Token) -> bool:
    """ "floated to X and loaded onto ships": a loading told as the next step after the
    movers reached an end was done there, it tells no start."""
    return verb.dep_ == "conj" and any(
        c.dep_ == "prep" and c.lower_ in lex.DEST_PREPS and c.i < verb.i for c in trig.children
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

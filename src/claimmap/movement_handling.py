"""Where goods set off and ended, told by verbs of handling them around the trigger: a
loading, making or storing told as the step before ("loaded at X and shipped to Y",
"made in X and shipped", "loaded onto ships bound for Y") and the loading and unloading
told after it ("shipped drones to X, loading them at A and unloading them in B").

Split from :mod:`claimmap.movement_implicit`, which reads the other slots told off the
trigger; :mod:`claimmap.movement_loaded` reads a loading that is itself the trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_words import child_of, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token


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

"""Who or what moved, read off the parse: the object of send-verbs, the subject of
go-verbs, the passive subject, the possessor of "X's trip".

Split from :mod:`claimmap.movements` (the slots are read in
:mod:`claimmap.movement_slots`); the mover as written out (a bare name) is
:mod:`claimmap.movement_spans`. The subject and object a verb's chains give are read in
:mod:`claimmap.movement_verb_args`; the noun a pronoun or a bare count stands for, in
:mod:`claimmap.movement_named_mover`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_bare import bare_partner
from claimmap.movement_compass import compass_verb
from claimmap.movement_craft_names import aboard_craft
from claimmap.movement_destined import seized_goods
from claimmap.movement_place_movers import carrier_cargo, governing_verb, not_a_mover
from claimmap.movement_projectiles import launched, projectile_of
from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_subjects import nearest, place_noun
from claimmap.movement_verb_args import object_of, subject
from claimmap.movement_words import LOCATION_NOUNS, PLACE_ENTS, child_of, content_head, preps_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_caused(ctx: SlotContext, token: Token) -> bool:
    """Does this use move something else (send X), rather than the subject itself (go)?"""
    lemma = token.lemma_.lower()
    if launched(token):
        return True  # "a missile fired from X": the missile moved
    if token.lower_.startswith(("rout", "rerout")) and token.lower_ in lex.MISREAD_FORMS:
        lemma = "route"  # the tagger reads "routed" as "rout"
    lemma = lex.CAUSED_FORMS.get(token.lower_, lemma)  # "piped" read as "pip"
    if lemma in lex.TRACK_LEMMAS:
        return True  # "followed the ship from X to Y": the ship moved
    if lemma not in lex.CAUSED_MOTION or lex.takes_off(token) or lex.rides(token):
        return False
    if lemma not in lex.SELF_MOTION or passive(token):
        return True
    obj = object_of(token)  # fly/move/return...: caused with a non-place object
    if obj is None:
        return False
    return obj.lemma_.lower() in lex.VEHICLES or _thing(ctx, obj) or not placelike(ctx, obj)


def _thing(ctx: SlotContext, obj: Token) -> bool:
    """ "moving North Korean shells": a common noun that no place is named by, only
    described by a demonym, is what is moved (not a place gone to, as "left the border")."""
    return (
        obj.pos_ == "NOUN"
        and obj.i not in ctx.placed
        and obj.lemma_.lower() not in LOCATION_NOUNS
        and obj.ent_type_ not in PLACE_ENTS
        and not any(
            c.dep_ in ("prep", "poss") or (c.dep_ == "compound" and c.tag_ != "JJ")
            for c in obj.children
        )
    )


def passive(token: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return True
    return (
        token.tag_ == "VBN" and token.dep_ in ("acl", "relcl") and child_of(token, "nsubj") is None
    )


def mover_of(ctx: SlotContext, trig: Token, caused: bool) -> Token | None:
    """Who or what moved: the object of send-verbs, the subject of go-verbs."""
    subj: Token | None
    aside = _past_said(trig)  # "The vans crossed at X, he said, and were escorted to Y"
    aside = aside or _said_before(trig)  # "The jet refuelled at X, they said, before landing"
    if aside is not None:
        return mover_of(ctx, aside, is_caused(ctx, aside))
    goods = seized_goods(trig)  # "seized heroin at X, destined for Y": the heroin
    if goods is not None:
        return goods
    if trig.pos_ == "NOUN":
        subj = _noun_mover(ctx, trig)
    elif launched(trig):
        subj = projectile_of(trig)
    elif caused:
        subj = aboard_craft(trig) or nearest(trig, "nsubjpass") or _told_object(trig)
        if subj is None and passive(trig) and trig.dep_ == "pcomp":
            subj = _moved_before(trig)  # "was shipped to X before being moved to Y"
        if subj is None and passive(trig):  # "fighters, now renamed, have been flown"
            subj = trig.head if trig.dep_ in ("acl", "relcl") else subject(trig)
        if subj is None:
            subj = object_of(trig)
        if subj is None and trig.dep_ == "conj":  # "were recruited in X and sent to Y"
            subj = child_of(trig.head, "nsubjpass") or object_of(trig.head)
        if subj is None and trig.dep_ == "conj" and trig.tag_ == "VBN":
            subj = subject(trig)  # "where it was declared as produced there and exported to Y"
        if subj is not None and subj.dep_ == "dobj" and subj.lemma_.lower() in _ROAD_NOUNS:
            subj = subject(trig)  # "they take the road to X": they went
        if subj is None and trig.dep_ == "conj" and lex.is_trigger(trig.head):
            # "is being trucked to X and shipped to Y": what the first verb moved
            return mover_of(ctx, trig.head, is_caused(ctx, trig.head))
        if subj is None and (verb := governing_verb(trig)) is not None:
            return mover_of(ctx, verb, is_caused(ctx, verb))  # "trucked to X, smuggled ..."
    else:
        # "planned to travel to X and then cross to Y"; "left X and steamed north past Y"
        partner = bare_partner(trig) or compass_verb(trig)
        subj = _misread_main_verb(trig) or carrier_cargo(trig) or subject(partner or trig)
        subj = _counted_object(trig, subj)
    if subj is not None and subj.lower_ in lex.RELATIVE and trig.dep_ == "relcl":
        subj = trig.head
    elif subj is not None and subj.lower_ in lex.RELATIVE and subj.head.dep_ == "relcl":
        subj = subj.head.head  # "others who came from X, coming to Y"
    if subj is not None and subj.ent_type_ in ("DATE", "TIME") and not _counted_of(subj):
        return None  # "Monday's trip"
    event = subj is not None and subj.lemma_.lower() in lex.EVENT_NOUNS
    if event and trig.pos_ == "VERB" and (carried := object_of(trig)) is not None:
        return content_head(carried)  # "a journey that took it from X": what was taken
    if event and trig.pos_ == "VERB":
        return None  # "Late arrival to X-Trump arrived in X": a misparse, not a traveller
    if subj is not None and not_a_mover(ctx, content_head(subj)):
        verb = governing_verb(trig)  # "trucked to X, smuggled across Y": the first's mover
        if verb is not None:
            return mover_of(ctx, verb, is_caused(ctx, verb))
    return content_head(subj) if subj is not None else None


#: ways taken, never what is moved: "took the smuggling road to X"
_ROAD_NOUNS = frozenset({"road", "route", "path", "highway", "trail", "track", "way", "corridor"})


#: verbs of telling put as an aside between two verbs of the same movers
_SAID_LEMMAS = frozenset({"say", "tell", "add", "report", "claim"})


def _past_said(trig: Token) -> Token | None:
    """ "The vans crossed at X, he said, and were escorted through Y": the parser hangs a
    verb with no subject of its own on the aside "he said"; its movers are those of the
    motion verb the aside is put after."""
    said = trig.head
    if trig.dep_ != "conj" or said.dep_ != "parataxis" or said.i > trig.i:
        return None
    if said.lemma_.lower() not in _SAID_LEMMAS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in trig.children):
        return None
    verb = said.head
    return verb if verb.pos_ == "VERB" and verb.i < said.i and lex.is_trigger(verb) else None


def _said_before(trig: Token) -> Token | None:
    """ "The aircraft refuelled at X, they said, before landing at Y": the parser hangs a
    gerund after before/after on the aside "they said"; the tellers landed nowhere, the
    movers of the motion verb the aside is put after did."""
    prep = trig.head
    if trig.dep_ != "pcomp" or prep.lower_ not in ("before", "after") or prep.head is prep:
        return None
    said = prep.head
    if said.lemma_.lower() not in _SAID_LEMMAS or said.i > trig.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in trig.children):
        return None
    told = [t for t in trig.sent if t.i < said.i and t.pos_ == "VERB" and lex.is_trigger(t)]
    return told[-1] if told else None


def _told_object(trig: Token) -> Token | None:
    """ "Fishermen in X told Reuters the boat ... was pushed towards Y": the parser makes
    the passive a verb coordinated with "told" and its subject a second object of it; the
    teller's words (the fishermen, where they are) are no part of the movement."""
    said = trig.head
    if trig.dep_ not in ("conj", "ccomp") or said.lemma_.lower() not in _SAID_LEMMAS:
        return None
    if not passive(trig):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in trig.children):
        return None
    objs = [c for c in said.children if c.dep_ == "dobj" and c.i < trig.i]
    return objs[-1] if len(objs) >= 2 else None


def _counted_of(tok: Token) -> bool:
    """ "Forty of the latter returned": a number with its group is people, whatever the
    tagger took it for (a year)."""
    return tok.pos_ == "NUM" and any(w == "of" for w, _ in preps_of(tok))


def _counted_object(trig: Token, subj: Token | None) -> Token | None:
    """ "to allow about 6,000 fleeing civilians into X": the parser may read the count as
    the subject of the participle and the noun after it as its object; the noun moved."""
    if subj is None or subj.pos_ != "NUM" or subj.i != trig.i - 1 or trig.tag_ != "VBG":
        return subj
    obj = child_of(trig, "dobj")
    if obj is None or obj.i != trig.i + 1 or obj.tag_ != "NNS" or place_noun(obj):
        return subj
    return obj


def _misread_main_verb(trig: Token) -> Token | None:
    """ "officers pledged to a mission in X landed in Y": a finite past verb parsed as a
    clause on the noun before it is the sentence's main verb, and the subject of the
    participle read as the main verb ("officers") is who moved. "Aid flights left X": a
    noun opening the sentence read as a bare verb, the clausal subject, whose "object"
    right after it is the subject noun."""
    opening = next((c for c in trig.children if c.dep_ == "csubj"), None)
    if opening is not None and opening.tag_ == "VB" and opening.i == opening.sent.start:
        noun = child_of(opening, "dobj")
        return noun if noun is not None and noun.i == opening.i + 1 else None
    carrier = _carried_misread(trig)
    if carrier is not None:
        return carrier
    if trig.dep_ != "acl" or trig.tag_ != "VBD" or trig.head.dep_ != "pobj":
        return None
    verb = trig.head.head.head  # mission ← to ← pledged
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN"):
        return None
    return child_of(verb, "nsubj")


def _carried_misread(trig: Token) -> Token | None:
    """ "Four flights carrying 412 deportees landed in X": a finite past verb parsed as a
    clause on the object of the participle before it is the main verb of the noun the
    participle is said of (the flights landed, not the deportees)."""
    if trig.dep_ != "acl" or trig.tag_ != "VBD" or trig.head.dep_ != "dobj":
        return None
    carrying = trig.head.head
    if carrying.dep_ != "acl" or carrying.tag_ != "VBG" or carrying.head is carrying:
        return None
    return carrying.head if carrying.head.pos_ in ("NOUN", "PROPN") else None


def misread_place_mover(trig: Token, subj: Token) -> Token | None:
    """What moved when the parse gives a place noun: "the hub for scales going to X" (the
    noun right before the clause), "most of the goods crossing the frontier is destined for
    X" (the subject of the verb the place is the object of); else nothing."""
    before = trig.doc[trig.i - 1] if trig.i else None
    if (
        trig.dep_ == "acl"
        and before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and before in subj.subtree
        and not place_noun(before)
    ):
        return before
    first = subj.left_edge.i
    verb = trig.doc[first - 1] if first else None
    found = child_of(verb, "nsubj") if verb is not None and verb.tag_ == "VBG" else None
    return content_head(found) if found is not None else None


def _moved_before(trig: Token) -> Token | None:
    """ "The soldiers were shipped to X, an agency said, before being moved to Y": a passive
    gerund after before/after is said of what the clause before it moved (the parser may
    hang it on the speech verb, whose subject moved nothing)."""
    if trig.head.lower_ not in lex.TIME_PREPS:
        return None
    found = [t for t in trig.sent if t.i < trig.i and t.dep_ == "nsubjpass"]
    return found[-1] if found else None


def _noun_mover(ctx: SlotContext, trig: Token) -> Token | None:
    """'Obama's trip', 'the deployment of 30,000 troops', 'it made the crossing'."""
    if trig.lemma_.lower() == "way":
        return subject(trig.head)  # "migrants made their way to X"
    if trig.lemma_.lower() in lex.MOVING_NOUNS:
        return trig  # "aid convoys from X to Y": the convoys went
    poss = child_of(trig, "poss")
    if poss is not None:
        return poss
    self_motion = trig.lemma_.lower() in lex.SELF_MOTION_NOUNS  # "visits by Russian ships"
    for word, obj in preps_of(trig):
        if word == "of" or (word == "by" and self_motion):
            # "the evacuation of Mariupol" is a place; "refugees in X" are not, whatever X is
            common = obj.pos_ == "NOUN" and obj.lemma_.lower() not in lex.LOCATION_NOUNS
            if (common and obj.i not in ctx.placed) or not placelike(ctx, obj):
                return obj
    goods = [c for c in trig.lefts if c.dep_ == "compound" and c.lemma_.lower() in lex.GOODS]
    if goods:
        return goods[-1]  # "weapons shipments", "troop deployments"
    if trig.dep_ == "dobj" and trig.head.lemma_.lower() in lex.LIGHT_VERBS:
        return subject(trig.head)  # "it made the crossing"
    prep = trig.head
    if trig.dep_ == "pobj" and prep.lower_ in lex.TIME_PREPS and prep.head.pos_ in ("VERB", "AUX"):
        return subject(prep.head)  # "Almagro spoke during a visit to X"
    return None


def is_goods(token: Token | None) -> bool:
    if token is None:
        return False
    words = [token, *(c for c in token.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in lex.GOODS or w.lower_ in lex.GOODS for w in words)

"""A place is never what moved: guards for movers the parse hands over as a place name.

Two misreadings put a place in the mover's seat. A participle after a destination is
parsed as a clause on that place ("trucked to X, smuggled across Y and delivered to Z":
"smuggled" hangs on X), so its passive subject looks like X; the participles share the
first verb's mover instead. And a pronoun can find a place as its nearest noun ("through
X, a remote crossing, to Y, from where couriers carry it onward"), when it stands for the
goods told of before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_words import PLACE_ENTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_spans import SlotContext

#: kinds of place that may stand for their government as the subject of a verb
#: ("Russia moved troops", "Ukraine withdrew from X"): not guarded as subjects
_ACTING_KINDS = frozenset({"country", "admin1", "disputed"})


def not_a_mover(ctx: SlotContext, tok: Token) -> bool:
    """A place name that cannot be what moved: a resolved place inside a prepositional
    phrase or an apposition, or one not of a country-like kind; a name the tagger only
    calls a place ("Hardwood" as GPE) just inside a prepositional phrase or apposition.
    Demonyms ("Haitians") and common nouns ("the border") are never guarded here."""
    if tok.pos_ != "PROPN" or tok.ent_type_ == "NORP":
        return False
    inside = tok.dep_ in ("pobj", "appos")
    if tok.i in ctx.placed:
        # a state may act as a subject, but one taken as the object ("accused Belarus ...
        # and then bused [them]") is who was spoken of, never what was moved
        objected = tok.dep_ in ("conj", "compound", "dobj")
        return inside or objected or _kind(ctx, tok) not in _ACTING_KINDS
    return inside and tok.ent_type_ in PLACE_ENTS


def governing_verb(trig: Token) -> Token | None:
    """The verb a participle with no subject of its own goes on from: in "trucked to X,
    smuggled across Y and delivered to Z", "trucked" for both "smuggled" (parsed as a
    clause on X, or on "trucked") and "delivered" (conjoined to "smuggled")."""
    verb = trig
    for _ in range(4):
        if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
            verb = verb.head
            continue
        break
    if verb.tag_ != "VBN" or any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "advcl" and head.tag_ == "VBN" and head.i < verb.i:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
        return head if passive else None  # "were trucked to X, smuggled across Y"
    if verb.dep_ != "acl":
        return None
    place = verb.head
    if place.dep_ != "pobj" or place.head.dep_ != "prep":
        return None
    head = place.head.head
    return head if head.pos_ == "VERB" and head.i < verb.i else None


def _kind(ctx: SlotContext, tok: Token) -> str | None:
    """The kind of the place whose mention holds ``tok``, if one does."""
    for mention, pid in ctx.mentions:
        if mention.start <= tok.idx < mention.end:
            return ctx.kinds.get(pid)
    return None


#: prepositions of a next step: "carried by ships ... before docking at X"
_STEP_PREPS = frozenset({"before", "after", "until"})


def carrier_cargo(trig: Token) -> Token | None:
    """ "It was carried by vessels that switched off their transponders before docking at
    X": a gerund of arrival inside the agent phrase of a passive motion verb ends the
    journey of what that verb moved (its passive subject), not of no one."""
    prep = trig.head
    if trig.tag_ != "VBG" or trig.dep_ not in ("pobj", "pcomp") or prep.lower_ not in _STEP_PREPS:
        return None
    for verb in prep.ancestors:
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None and trig in agent.subtree:
            return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if verb.dep_ in ("ROOT", "ccomp"):
            break
    return None

"""Where a voyage began, told by the loading: "the cargo was loaded at the port of X and at
Y", "the tanker took on crude at Z". Where goods were loaded is where they set off from;
coordinated ports ("at X and at Y") are alternatives of the one start."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_spans import placelike
from claimmap.movement_unload_split import craft_at, unloading_phrase
from claimmap.movement_words import child_of, pobjs, preps_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from claimmap.model import Movement, PlaceRef
    from claimmap.movement_spans import SlotContext

#: "took on cargo at X", "picked up the shipment at Y": taking goods aboard
_TAKE_ON = frozenset({"take", "pick"})
_TAKE_ON_PARTICLES = frozenset({"on", "up"})
_LOADS = frozenset({"cargo", "crude", "coal", "grain", "oil", "fuel", "diesel", "load"})


def loaded(token: Token) -> bool:
    """Is ``token`` a verb of loading with an at/in phrase (and no unloading after it,
    which :func:`claimmap.movement_found.unloaded` reads as the voyage's end)?"""
    lemma = token.lemma_.lower()
    if lemma != "load" and lemma not in _TAKE_ON:
        return False  # (asked of every token: the word first, its phrases only then)
    if token.pos_ != "VERB" or not _at_phrases(token) or _goes_on(token):
        return False
    if lemma == "load":  # "the cargo was loaded at X" (a loader's "loaded crude at X" is not)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children)
        return passive and not any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children)
    if lemma in _TAKE_ON:
        on = any(c.dep_ == "prt" and c.lower_ in _TAKE_ON_PARTICLES for c in token.children)
        obj = child_of(token, "dobj")
        return on and obj is not None and obj.lemma_.lower() in lex.GOODS | _LOADS
    return False


def _goes_on(token: Token) -> bool:
    """Is the loading told with another motion verb it is coordinated with ("loaded at X and
    were to be delivered to Y", "floated to X and loaded onto Y")? That verb tells the
    voyage, the loading only its start (read there)."""
    verbs = [c for c in token.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    verbs += [token.head] if token.dep_ == "conj" else []
    return any(
        lex.is_trigger(v) or v.lemma_.lower() in lex.UNLOAD_LEMMAS or _goes_on_in(v) for v in verbs
    )


def _goes_on_in(verb: Token) -> bool:
    """ "and were to be delivered": a motion verb under "were to be"."""
    return any(t.pos_ == "VERB" and t.dep_ == "xcomp" and lex.is_trigger(t) for t in verb.subtree)


def loaded_at(token: Token) -> list[Token]:
    """The places of the verb's at/in phrases, "at X and at Y" both."""
    return [o for p in _at_phrases(token) for o in pobjs(p)]


def _at_phrases(token: Token) -> list[Token]:
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("at", "in")]
    preps = [p for p in preps if not unloading_phrase(p)] + craft_at(token)  # "onto X at Y"
    # "at X and at Y", the second hung on the first or on an of-phrase inside it
    more = [t for p in preps for t in p.subtree if t.dep_ == "conj" and t.pos_ == "ADP"]
    return preps + [t for t in more if t.lower_ in ("at", "in")]


#: the trigger words of a loading told before: "was loaded at X"
_LOAD_FORMS = frozenset({"loaded", "load", "loading", "loads"})


def loaded_start(
    text: str, mover: str | None, earlier: Sequence[Movement], since: int
) -> PlaceRef | None:
    """ "The cargo was loaded at X. It was then carried ... before docking at Y": a leg of
    the same mover with no start of its own, told right after its loading, sets off where
    it was loaded."""
    if mover is None or not earlier:
        return None
    before = earlier[-1]
    if before.sentence is None or before.sentence.start < since or before.destination:
        return None
    if text[before.trigger.start : before.trigger.end].lower() not in _LOAD_FORMS:
        return None
    told = before.mover
    same = told is not None and text[told.start : told.end].lower() == mover.lower()
    return before.origin if same else None


#: handling of goods before they go on: "split into smaller loads at X and then driven to Y"
_HANDLE_LEMMAS = (
    lex.LOAD_LEMMAS
    | lex.GATHER_LEMMAS
    | frozenset(
        {"split", "divide", "repack", "package", "sort", "store", "process", "hide", "relabel"}
    )
)
#: people rounded up or put on a craft where the journey begins: "put on buses at X and
#: sent north to Y", "rounded up in X and bussed to Y" (done to them: an object or passive,
#: not "a crowd gathered in X, and people flooded Y")
_ROUND_UP_LEMMAS = frozenset({"put", "pack", "cram", "herd", "round", "detain"})


def handled_before(ctx: SlotContext, trig: Token) -> Token | None:
    """ "are split into smaller loads at warehouses in X and then driven north to Y": a verb
    of handling the goods that the motion verb is conjoined after says where it set off
    (the at/in place of that handling)."""
    head = trig.head
    if trig.dep_ != "conj" or head.i > trig.i or not _handled(head):
        return None
    if lex.is_trigger(head):
        return None
    found = [o for w, o in preps_of(head) if w in ("at", "in") and placelike(ctx, o, strict=True)]
    return found[0] if found else None


def _handled(verb: Token) -> bool:
    """Is ``verb`` one of handling the goods, or of rounding up people done to them?"""
    lemma = verb.lemma_.lower()
    if lemma in _HANDLE_LEMMAS:
        return True
    done_to = any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children)
    return lemma in _ROUND_UP_LEMMAS and done_to

"""How the text tells a movement: as made, as only possible, or as meant for later.

A fact-checker maps "200 guards were flown to Bamako", "they may have crossed into
Niger" and "the ministry plans to send 500 more to Gao" differently: the first is a
journey someone says was made, the second a guess, the third an intention (a plan, a
threat, a schedule, a future tense). The mood is read off the trigger's own words
(modal auxiliaries, "believed to have", "plans to", "planned deployment") and says how
the sentence presents the movement, not whether it happened: every route stays an
allegation whose supporting claim carries its own modality.

A movement that is only a hypothesis ("would stop any attempt to smuggle rifles", "if
the fighters are sent") is no journey at all: :func:`hypothetical` keeps it off the map.
Journeys cut short or only ordered are read in :mod:`claimmap.movement_mood_unmade`, doubt
without a modal in :mod:`claimmap.movement_mood_doubt`; the words are
:mod:`claimmap.movement_mood_words`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.model import Mood
from claimmap.movement_awaited import MEANT_ENDS, expected_at
from claimmap.movement_bare import bare_partner
from claimmap.movement_hearsay import heard_of
from claimmap.movement_mood_doubt import hedged_choice, hedged_choices, impersonal_doubt
from claimmap.movement_mood_seized import seized_before
from claimmap.movement_mood_shared import generic_flow, participle_head, stopped_on_the_way
from claimmap.movement_mood_unmade import cut_short, ordered, seized_carrier, thwarted
from claimmap.movement_mood_words import (
    ANY_DETERMINERS,
    ATTEMPT_HEADS,
    CONDITIONS,
    DOUBT_ADJECTIVES,
    DOUBT_ADVERBS,
    DOUBT_HEADS,
    FUTURE_AUX,
    INTEND_ADJECTIVES,
    INTEND_HEADS,
    INTEND_NOUNS,
    OFFER_VERBS,
    OPTION_NOUNS,
    POSSIBLE_AUX,
    lemma_of,
)
from claimmap.movement_negation import unrealised
from claimmap.movement_prevented import banned, kept_from
from claimmap.movement_words import COMPASS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: a movers' goal told as their course, not as reached: "a driver bound for X" may never
#: get there (the truck was seized on the way), so the end is meant, not made
_MEANT_FOR = MEANT_ENDS | frozenset(["bound"])


def mood(trig: Token) -> Mood:
    """ "made" (told as done or under way), "possible" (told with doubt or only heard of)
    or "intended" (planned, threatened, scheduled, future)."""
    told = _own_mood(trig)
    return "possible" if told == "made" and heard_of(trig) else told  # "were told that ..."


def _own_mood(trig: Token) -> Mood:
    if kept_from(trig):
        return "intended"  # "prevented migrants from crossing into X": meant, not made
    if trig.pos_ == "NOUN":
        if trig.dep_ == "dobj" and _an_option(trig.head):
            return "intended"  # "options: sending the convoy west to X"
        told = _carrier_mood(trig)
        if told != "made":
            return told  # "said it would run a flight from X to Y": planned
        told = _noun_mood(trig)
        return "possible" if told == "made" and hedged_choice(trig) else told
    verb = _first_of_coordination(trig)
    told = _verb_mood(verb)
    if told == "made" and (expected_at(trig) or trig.lower_ in _MEANT_FOR):
        return "intended"  # "is expected in X next week", "destined for X", "bound for X"
    if told == "made" and (impersonal_doubt(verb) or hedged_choices(trig, verb)):
        return "possible"  # "it was possible that X had been moved", "at X or possibly Y"
    return told


def _verb_mood(verb: Token) -> Mood:
    """The mood of a verb (the first of a coordination) from its own words."""
    step = _step_of(verb)
    if step is not None:
        return mood(step)  # "planned to sail to X before continuing to Y": Y is planned too
    if unrealised(verb) or _meant_by_noun(verb) or _an_option(verb):
        return "intended"  # "plans to ship", "threatened to send", "had plans to travel"
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if ordered(verb, auxes):
        return "intended"  # "ordering that they be brought back to X", "must be moved"
    if auxes & POSSIBLE_AUX or (auxes & FUTURE_AUX and "have" in auxes):
        return "possible"  # "may have crossed", "would have been flown", "could be sent"
    if auxes & FUTURE_AUX:
        return "intended"  # "will be moved", "would send"
    if any(c.dep_ == "advmod" and c.lower_ in DOUBT_ADVERBS for c in verb.children):
        return "possible"
    if cut_short(verb) or seized_carrier(verb) or stopped_on_the_way(verb) or seized_before(verb):
        return "intended"  # "was heading towards X when it was stopped": X not reached
    head = participle_head(verb)
    if head is not None and (told := mood(head)) != "made":
        return told  # "is due to leave X next week, carrying oil to Y": planned too
    return _head_mood(verb, has_perfect="have" in auxes)


def hypothetical(trig: Token) -> bool:
    """Told only as a condition or as any such attempt: "would stop any attempt to smuggle
    rifles from X to Y", "if fighters are sent to X": no one says it was made or meant."""
    if generic_flow(trig):
        return True  # "X is the main hub for ivory exports to Y": a trade, no trip
    if banned(trig):
        return True  # "barred citizens from boarding flights to X": a rule, no trip
    if _capable(trig) or _relied_on(trig):
        return True  # "a force that can be supplied from X", "depends on the route around Y"
    verb = _first_of_coordination(trig)
    for word in (verb, verb.head):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in word.children):
            return True
        if word.dep_ not in ("xcomp", "acl", "aux"):
            break
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and head is not verb:
        return any(c.dep_ == "det" and c.lower_ in ANY_DETERMINERS for c in head.children)
    return False


def _capable(trig: Token) -> bool:
    """A relative clause telling what a thing can be made to do ("a force that can be
    supplied from X", "ports that can be reached by barge"): a capability, not a trip."""
    auxes = {c.lower_ for c in trig.children if c.dep_ in ("aux", "auxpass")}
    return trig.dep_ == "relcl" and trig.pos_ == "VERB" and bool(auxes & {"can", "ca"})


#: words for a way one may rely on, told as no trip: "depends on the sea route around X"
_WAY_NOUNS = frozenset({"route", "corridor", "lifeline", "supply line"})


def _relied_on(trig: Token) -> bool:
    """A way told as what something depends on ("no longer depends on the long sea route
    around X"): a need, not a trip anyone made."""
    prep = trig.head
    return (
        trig.pos_ == "NOUN"
        and trig.lemma_.lower() in _WAY_NOUNS
        and trig.dep_ == "pobj"
        and prep.lower_ in ("on", "upon")
        and prep.head.lemma_.lower() in ("depend", "rely")
    )


def _first_of_coordination(trig: Token) -> Token:
    """ "plans to fly to X and then travel to Y": the second verb shares the first's mood,
    unless it has auxiliaries of its own ("were flown to X and will be moved on to Y")."""
    verb = bare_partner(trig) or trig  # "planned to travel to X and then cross to Y"
    while verb.dep_ == "conj" and verb.head is not verb and verb.head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            break
        verb = verb.head
    return verb


def _head_mood(verb: Token, has_perfect: bool) -> Mood:
    """The mood an infinitive takes from the word it hangs on: "are expected to arrive",
    "are believed to have crossed", "is due to sail", "is to be flown"."""
    if verb.dep_ not in ("xcomp", "ccomp") or not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in verb.children
    ):
        return "made"
    head = verb.head
    lemma = lemma_of(head)
    if any(c.dep_ == "prt" for c in head.children):
        return "made"  # "set out to cross X": what they set off to do, and did
    if head.lower_ == "going" and head.tag_ == "VBG":
        return "intended"  # "are going to send"
    if lemma in DOUBT_HEADS or (lemma == "expect" and has_perfect):
        return "possible"
    if lemma in ATTEMPT_HEADS and thwarted(head):
        return "intended"  # "tried to enter X but was pushed back": meant, not made
    if lemma in ATTEMPT_HEADS or _head_aux(head) & POSSIBLE_AUX:
        return "possible"  # "try to reach X", "may try to move towards X"
    if _head_aux(head) & FUTURE_AUX:
        return "intended"  # "will want to travel to X"
    if lemma in INTEND_HEADS:
        return "intended"
    if lemma == "be" and verb.dep_ == "xcomp":
        return "intended"  # "are to be flown to X"; "was to have been sent to X": a plan
    return "made"


def _an_option(verb: Token) -> bool:
    """Is the trigger (or the direction it goes on from, "or east across X to reach Y") a
    gerund spelling out options weighed ("studying two options: sending the convoy to
    X")? Those ways are meant, none is told as made."""
    while verb.dep_ in ("advcl", "conj") and verb.head.lower_ in COMPASS:
        verb = verb.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "appos", "acl", "dep"):
        return False
    head = verb.head
    nouns = [head, *(c for c in head.children if c.dep_ in ("dobj", "attr", "nsubj"))]
    return any(n.lemma_.lower() in OPTION_NOUNS for n in nouns)


def _meant_by_noun(verb: Token) -> bool:
    head = verb.head
    return (
        verb.dep_ == "acl"
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in INTEND_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def _step_of(verb: Token) -> Token | None:
    """The movement verb a "before/after continuing" step hangs on ("planned to sail to X
    before continuing to Y"): the step is told in the mood of that movement, when it is
    not told as made."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ not in ("before", "after") or prep.head is prep:
        return None
    head = prep.head
    if head.pos_ != "VERB" or head.i == verb.i:
        return None
    return head if mood(head) != "made" else None


def _head_aux(head: Token) -> set[str]:
    """The auxiliaries on the word an infinitive hangs on ("may" of "may try to move")."""
    return {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}


def _noun_mood(noun: Token) -> Mood:
    verb = noun.head
    if noun.dep_ in ("dobj", "dative") and verb.lemma_.lower() in OFFER_VERBS:
        return "intended"  # "offering migrants a route through X to Y": not yet travelled
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    if words & DOUBT_ADJECTIVES:
        return "possible"
    if words & INTEND_ADJECTIVES:
        return "intended"
    return "made"


def _carrier_mood(noun: Token) -> Mood:
    """The mood of the verb a movement noun is the object of ("said it would run a
    repatriation flight to X", "could make the crossing"): the noun is told in it."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or verb is noun:
        return "made"
    return mood(verb)

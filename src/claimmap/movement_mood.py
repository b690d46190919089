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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.model import Mood
from claimmap.movement_negation import PLAN_NOUNS, unrealised
from claimmap.movement_words import COMPASS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: auxiliaries of a future or of what someone would do: "will send", "would be moved"
_FUTURE_AUX = frozenset(["will", "wo", "'ll", "shall", "would", "'d"])
#: auxiliaries of a possibility: "may have crossed", "could be flown"
_POSSIBLE_AUX = frozenset(["may", "might", "could", "must"])
#: words an infinitive hangs on to say the movement is meant, scheduled or threatened
_INTEND_HEADS = frozenset(
    [
        "plan",
        "intend",
        "threaten",
        "expect",
        "prepare",
        "aim",
        "seek",
        "decide",
        "agree",
        "promise",
        "vow",
        "pledge",
        "offer",
        "want",
        "hope",
        "consider",
        "contemplate",
        "propose",
        "schedule",
        "due",
        "set",
        "poised",
        "ready",
        "about",
        "suppose",
        "meant",
    ]
)
#: words an infinitive hangs on to say the movement is guessed at: "believed to have crossed"
_DOUBT_HEADS = frozenset(
    ["believe", "think", "suspect", "presume", "fear", "seem", "appear", "likely", "unlikely"]
)
#: words an infinitive hangs on to tell an attempt, which may or may not succeed: "try to
#: reach X on foot"
_ATTEMPT_HEADS = frozenset(["try", "attempt", "struggle"])
#: verbs whose object noun is a journey only offered or proposed: "offering a route to X"
_OFFER_VERBS = frozenset(["offer", "propose", "promise", "advertise", "sell", "market"])
#: adverbs of doubt on the verb ("possibly flown"); "reportedly" and "allegedly" name an
#: attribution, which the supporting claim already carries
_DOUBT_ADVERBS = frozenset(["possibly", "probably", "perhaps", "maybe", "likely", "apparently"])
#: adjectives on a movement noun: "the planned deployment", "a possible transfer"
_INTEND_ADJECTIVES = frozenset(
    [
        "planned",
        "proposed",
        "expected",
        "intended",
        "future",
        "upcoming",
        "imminent",
        "scheduled",
        "prospective",
        "threatened",
        "anticipated",
    ]
)
_DOUBT_ADJECTIVES = frozenset(["possible", "potential", "suspected", "likely", "probable"])
#: subordinators that make a clause a condition, not a telling: "if the troops are sent"
_CONDITIONS = frozenset(["if", "unless", "whether"])
#: determiners that make a plan noun any plan at all: "any attempt to smuggle" ("no plans
#: to" is a denial, read by :func:`claimmap.movement_negation.negated`)
_ANY = frozenset(["any", "every"])


def mood(trig: Token) -> Mood:
    """ "made" (told as done or under way), "possible" (told with doubt) or "intended"
    (planned, threatened, scheduled, future)."""
    if trig.pos_ == "NOUN":
        if trig.dep_ == "dobj" and _an_option(trig.head):
            return "intended"  # "options: sending the convoy west to X"
        return _noun_mood(trig)
    verb = _first_of_coordination(trig)
    step = _step_of(verb)
    if step is not None:
        return mood(step)  # "planned to sail to X before continuing to Y": Y is planned too
    if unrealised(verb) or _meant_by_noun(verb) or _an_option(verb):
        return "intended"  # "plans to ship", "threatened to send", "had plans to travel"
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & _POSSIBLE_AUX or (auxes & _FUTURE_AUX and "have" in auxes):
        return "possible"  # "may have crossed", "would have been flown", "could be sent"
    if auxes & _FUTURE_AUX:
        return "intended"  # "will be moved", "would send"
    if any(c.dep_ == "advmod" and c.lower_ in _DOUBT_ADVERBS for c in verb.children):
        return "possible"
    if _cut_short(verb):
        return "intended"  # "was heading towards X when it was stopped": X not reached
    return _head_mood(verb, has_perfect="have" in auxes)


def hypothetical(trig: Token) -> bool:
    """Told only as a condition or as any such attempt: "would stop any attempt to smuggle
    rifles from X to Y", "if fighters are sent to X": no one says it was made or meant."""
    verb = _first_of_coordination(trig)
    for word in (verb, verb.head):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in word.children):
            return True
        if word.dep_ not in ("xcomp", "acl", "aux"):
            break
    head = verb.head
    if verb.dep_ == "acl" and head.pos_ == "NOUN" and head is not verb:
        return any(c.dep_ == "det" and c.lower_ in _ANY for c in head.children)
    return False


def _first_of_coordination(trig: Token) -> Token:
    """ "plans to fly to X and then travel to Y": the second verb shares the first's mood,
    unless it has auxiliaries of its own ("were flown to X and will be moved on to Y")."""
    verb = trig
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
    lemma = head.lemma_.lower()
    if any(c.dep_ == "prt" for c in head.children):
        return "made"  # "set out to cross X": what they set off to do, and did
    if head.lower_ == "going" and head.tag_ == "VBG":
        return "intended"  # "are going to send"
    if lemma in _DOUBT_HEADS or (lemma == "expect" and has_perfect):
        return "possible"
    if lemma in _ATTEMPT_HEADS and _thwarted(head):
        return "intended"  # "tried to enter X but was pushed back": meant, not made
    if lemma in _ATTEMPT_HEADS or _head_aux(head) & _POSSIBLE_AUX:
        return "possible"  # "try to reach X", "may try to move towards X"
    if _head_aux(head) & _FUTURE_AUX:
        return "intended"  # "will want to travel to X"
    if lemma in _INTEND_HEADS:
        return "intended"
    if lemma == "be" and verb.dep_ == "xcomp" and not has_perfect:
        return "intended"  # "the fighters are to be flown to X"
    return "made"


#: nouns an infinitive hangs on to tell what is meant: "had plans to travel", "a deal to
#: ship", and the plans and threats that keep a movement from being told as made
_INTEND_NOUNS = PLAN_NOUNS | frozenset(
    [
        "plan",
        "intention",
        "order",
        "decision",
        "agreement",
        "deal",
        "proposal",
        "offer",
        "promise",
        "pledge",
    ]
)


#: nouns naming courses weighed, not taken: "studying two options: sending it to X"
_OPTION_NOUNS = frozenset(["option", "alternative", "choice", "scenario", "possibility"])


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
    return any(n.lemma_.lower() in _OPTION_NOUNS for n in nouns)


def _meant_by_noun(verb: Token) -> bool:
    head = verb.head
    return (
        verb.dep_ == "acl"
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in _INTEND_NOUNS
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


#: verbs of a failed attempt told after it: "tried to cross but was repelled / failed"
_FAIL_LEMMAS = frozenset(
    {"fail", "repel", "repulse", "stop", "intercept", "thwart", "foil", "block", "arrest"}
    | {"detain", "capture", "catch", "halt", "prevent", "deny", "refuse"}
)


def _thwarted(attempt: Token) -> bool:
    """Is the attempt told as failed by a clause coordinated with it ("but was pushed
    back", "but failed", "and were turned back")?"""
    for verb in attempt.conjuncts:
        if verb.i < attempt.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        if verb.lemma_.lower() in _FAIL_LEMMAS:
            return True
        if any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children):
            return True  # "pushed back", "turned back", "driven back"
    return False


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


def _cut_short(verb: Token) -> bool:
    """Is a journey under way told as cut short ("had been heading towards X when it was
    stopped", "was sailing to Y when it was intercepted")? Its goal is where the movers
    were going, not where they got to."""
    if verb.tag_ != "VBG":
        return False
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        verbs = [clause, *clause.conjuncts]  # "when" may hang on "stopped and taken"
        words = [c for v in verbs for c in v.children if c.dep_ in ("advmod", "mark")]
        if any(w.lower_ == "when" for w in words) and clause.lemma_.lower() in _FAIL_LEMMAS:
            return True
    return False


def _head_aux(head: Token) -> set[str]:
    """The auxiliaries on the word an infinitive hangs on ("may" of "may try to move")."""
    return {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}


def _noun_mood(noun: Token) -> Mood:
    verb = noun.head
    if noun.dep_ in ("dobj", "dative") and verb.lemma_.lower() in _OFFER_VERBS:
        return "intended"  # "offering migrants a route through X to Y": not yet travelled
    words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    if words & _DOUBT_ADJECTIVES:
        return "possible"
    if words & _INTEND_ADJECTIVES:
        return "intended"
    return "made"

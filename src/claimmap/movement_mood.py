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
from claimmap.movement_awaited import MEANT_ENDS, expected_at
from claimmap.movement_bare import bare_partner
from claimmap.movement_headline import ordered_headline
from claimmap.movement_hearsay import heard_of
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
    """ "made" (told as done or under way), "possible" (told with doubt or only heard of)
    or "intended" (planned, threatened, scheduled, future)."""
    told = _own_mood(trig)
    return "possible" if told == "made" and heard_of(trig) else told  # "were told that ..."


def _own_mood(trig: Token) -> Mood:
    if trig.pos_ == "NOUN":
        if trig.dep_ == "dobj" and _an_option(trig.head):
            return "intended"  # "options: sending the convoy west to X"
        told = _carrier_mood(trig)
        if told != "made":
            return told  # "said it would run a flight from X to Y": planned
        told = _noun_mood(trig)
        return "possible" if told == "made" and _hedged_choice(trig) else told
    verb = _first_of_coordination(trig)
    told = _verb_mood(verb)
    if told == "made" and (expected_at(trig) or trig.lower_ in MEANT_ENDS):
        return "intended"  # "is expected in X next week", "destined for X"
    if told == "made" and (_impersonal_doubt(verb) or _hedged_choices(trig, verb)):
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
    if _ordered(verb, auxes):
        return "intended"  # "ordering that they be brought back to X", "must be moved"
    if auxes & _POSSIBLE_AUX or (auxes & _FUTURE_AUX and "have" in auxes):
        return "possible"  # "may have crossed", "would have been flown", "could be sent"
    if auxes & _FUTURE_AUX:
        return "intended"  # "will be moved", "would send"
    if any(c.dep_ == "advmod" and c.lower_ in _DOUBT_ADVERBS for c in verb.children):
        return "possible"
    if _cut_short(verb) or _seized_carrier(verb):
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


#: verbs of ordering: what they order is meant, not yet made
_ORDER_LEMMAS = frozenset(["order", "demand", "require", "direct", "instruct", "command", "rule"])
#: what befell a craft mid-voyage: the trip it "was making" never reached its end
_SEIZED_STEMS = ("hijack", "seiz", "captur", "sink", "sunk", "intercept", "impound")


def _ordered(verb: Token, auxes: set[str]) -> bool:
    """Told as ordered: "must be transferred to X" (an obligation: "must have" is a guess),
    "ordering that they be brought back to X", "orders migrants brought back to X"."""
    if "must" in auxes and "have" not in auxes:
        return True
    head = verb.head
    if ordered_headline(verb):
        return True
    if head is verb or verb.dep_ not in ("ccomp", "xcomp", "oprd", "conj") or verb.tag_ == "VBD":
        return False
    if verb.dep_ == "conj":
        return False
    return head.lemma_.lower() in _ORDER_LEMMAS or head.lower_.startswith("order")


def _seized_carrier(verb: Token) -> bool:
    """ "The hijacked ship was carrying steel from X to Y": a trip under way by a craft told
    as seized or sunk was cut short; its end is where it was going."""
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" for c in verb.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    mods = [c for c in subj.children if c.dep_ in ("amod", "compound", "acl")]
    return any(m.lower_.startswith(_SEIZED_STEMS) for m in mods)


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


#: a verb's past forms the tagger may lemmatise wrongly ("hoped" as "hop")
_PAST_ENDINGS = ("d", "ed", "s", "es", "ing")


def lemma_of(verb: Token) -> str:
    """The verb's lemma, or the word of ``_INTEND_HEADS``/``_DOUBT_HEADS`` its form is an
    inflection of when the tagger misread it ("they hoped to reach X": lemma "hop")."""
    lemma = verb.lemma_.lower()
    if lemma in _INTEND_HEADS or lemma in _DOUBT_HEADS:
        return lemma
    word = verb.lower_
    for end in _PAST_ENDINGS:
        stem = word[: -len(end)]
        for base in (stem, stem + "e"):
            if word.endswith(end) and (base in _INTEND_HEADS or base in _DOUBT_HEADS):
                return base
    return lemma


def _carrier_mood(noun: Token) -> Mood:
    """The mood of the verb a movement noun is the object of ("said it would run a
    repatriation flight to X", "could make the crossing"): the noun is told in it."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX") or verb is noun:
        return "made"
    return mood(verb)


#: adjectives of an impersonal guess: "it is possible that", "it seems likely that"
_DOUBT_FRAMES = _DOUBT_ADJECTIVES | frozenset(["conceivable", "plausible", "unclear"])


def _impersonal_doubt(verb: Token) -> bool:
    """Is the clause told under an impersonal guess ("it was possible that the warheads had
    been moved", "it is believed that", "it seems likely that")? Who guesses is not named,
    so no claim carries the doubt: the movement itself is only possible."""
    head = verb.head
    if verb.dep_ != "ccomp" or head is verb:
        return False
    subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subj or any(s.lower_ != "it" for s in subj):
        return False
    words = {c.lower_ for c in head.children if c.dep_ in ("acomp", "oprd", "attr")}
    return bool(words & _DOUBT_FRAMES) or lemma_of(head) in _DOUBT_HEADS


def _hedged_choices(trig: Token, verb: Token) -> bool:
    """Does the trigger, the verb it is coordinated with, or the verb told before it give
    its place as a hedged or undecided choice ("loaded at X or possibly at Y and was heading
    for Z", "through a X or Y hub")?"""
    return any(_hedged_choice(w) for w in {trig, verb, _told_before(trig)})


def _told_before(trig: Token) -> Token:
    """The verb coordinated before the trigger ("loaded at X and was heading for Y"), whose
    phrases tell the start of its journey; else the trigger."""
    head = trig.head
    if trig.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and head.i < trig.i:
        return head
    return trig


def _hedged_choice(word: Token) -> bool:
    """Does a phrase of ``word`` give its place as one of several ways, one hedged ("at X or
    possibly at Y", "to X or perhaps Y"), or as either of two places of one thing ("through
    a X or Y hub")? Then no way is told as made."""
    preps = [c for c in word.children if c.dep_ == "prep" or (c.dep_ == "conj" and c.pos_ == "ADP")]
    for prep in preps:  # "through X and then through a Y or Z hub": a second "through"
        for tok in prep.subtree:
            if not any(c.dep_ == "cc" and c.lower_ == "or" for c in tok.children):
                continue
            alts = [c for c in tok.children if c.dep_ == "conj"]
            hedged = any(
                c.dep_ == "advmod" and c.lower_ in _DOUBT_ADVERBS for a in alts for c in a.children
            )
            if hedged or (alts and _one_of_two(tok, alts)):
                return True
    return False


def _one_of_two(tok: Token, alts: list[Token]) -> bool:
    """ "a X or Y hub": the places are modifiers of one noun (the parser may also hang the
    noun on the first name, with the article before it), so the thing is in one of them."""
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.pos_ == "NOUN":
        return True
    single = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    return tok.pos_ == "PROPN" and single and any(a.pos_ == "NOUN" for a in alts)

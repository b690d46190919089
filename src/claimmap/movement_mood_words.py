"""The words that tell a movement's mood: modal and future auxiliaries, the heads an
infinitive hangs on ("plans to", "believed to"), adjectives and nouns of plans and doubt.

English in general, as data (:mod:`claimmap.movement_words` holds the motion words);
read by :mod:`claimmap.movement_mood` and the modules it calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_negation import PLAN_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token


#: auxiliaries of a future or of what someone would do: "will send", "would be moved"
FUTURE_AUX = frozenset(["will", "wo", "'ll", "shall", "would", "'d"])
#: auxiliaries of a possibility: "may have crossed", "could be flown"
POSSIBLE_AUX = frozenset(["may", "might", "could", "must"])
#: words an infinitive hangs on to say the movement is meant, scheduled or threatened
INTEND_HEADS = frozenset(
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
        "mean",  # "a journey that was meant to continue to X": the lemma of "meant"
    ]
)
#: words an infinitive hangs on to say the movement is guessed at: "believed to have crossed"
DOUBT_HEADS = frozenset(
    ["believe", "think", "suspect", "presume", "fear", "seem", "appear", "likely", "unlikely"]
)
#: words an infinitive hangs on to tell an attempt, which may or may not succeed: "try to
#: reach X on foot"
ATTEMPT_HEADS = frozenset(["try", "attempt", "struggle"])
#: verbs whose object noun is a journey only offered or proposed: "offering a route to X"
OFFER_VERBS = frozenset(["offer", "propose", "promise", "advertise", "sell", "market"])
#: adverbs of doubt on the verb ("possibly flown"); "reportedly" and "allegedly" name an
#: attribution, which the supporting claim already carries
DOUBT_ADVERBS = frozenset(["possibly", "probably", "perhaps", "maybe", "likely", "apparently"])
#: adjectives on a movement noun: "the planned deployment", "a possible transfer"
INTEND_ADJECTIVES = frozenset(
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
DOUBT_ADJECTIVES = frozenset(["possible", "potential", "suspected", "likely", "probable"])
#: subordinators that make a clause a condition, not a telling: "if the troops are sent"
CONDITIONS = frozenset(["if", "unless", "whether"])
#: determiners that make a plan noun any plan at all: "any attempt to smuggle" ("no plans
#: to" is a denial, read by :func:`claimmap.movement_negation.negated`)
ANY_DETERMINERS = frozenset(["any", "every"])

#: nouns an infinitive hangs on to tell what is meant: "had plans to travel", "a deal to
#: ship", and the plans and threats that keep a movement from being told as made
INTEND_NOUNS = PLAN_NOUNS | frozenset(
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
OPTION_NOUNS = frozenset(["option", "alternative", "choice", "scenario", "possibility"])

#: verbs of a failed attempt told after it: "tried to cross but was repelled / failed"
FAIL_LEMMAS = frozenset(
    {"fail", "repel", "repulse", "stop", "intercept", "thwart", "foil", "block", "arrest"}
    | {"detain", "capture", "catch", "halt", "prevent", "deny", "refuse"}
)

#: verbs of ordering: what they order is meant, not yet made
ORDER_LEMMAS = frozenset(["order", "demand", "require", "direct", "instruct", "command", "rule"])
#: what befell a craft mid-voyage: the trip it "was making" never reached its end
SEIZED_STEMS = ("hijack", "seiz", "captur", "sink", "sunk", "intercept", "impound")

#: adjectives of an impersonal guess: "it is possible that", "it seems likely that"
DOUBT_FRAMES = DOUBT_ADJECTIVES | frozenset(["conceivable", "plausible", "unclear"])

#: a verb's past forms the tagger may lemmatise wrongly ("hoped" as "hop")
PAST_ENDINGS = ("d", "ed", "s", "es", "ing")


def lemma_of(verb: Token) -> str:
    """The verb's lemma, or the word of ``INTEND_HEADS``/``DOUBT_HEADS`` its form is an
    inflection of when the tagger misread it ("they hoped to reach X": lemma "hop")."""
    lemma = verb.lemma_.lower()
    if lemma in INTEND_HEADS or lemma in DOUBT_HEADS:
        return lemma
    word = verb.lower_
    for end in PAST_ENDINGS:
        stem = word[: -len(end)]
        for base in (stem, stem + "e"):
            if word.endswith(end) and (base in INTEND_HEADS or base in DOUBT_HEADS):
                return base
    return lemma

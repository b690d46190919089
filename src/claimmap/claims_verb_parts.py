"""Small judgements on a cue verb's parse, apart from the walk that proposes claims.

What kind of claim a cue makes (a report or a stance), whether a passive cue denies an
accusation or only reports a criticism of a saying, whether a relative clause leaves its
subject to the relative pronoun, and the antecedent a relative pronoun speaks for.

Split from :mod:`claimmap.claims_syntax`, which proposes the claims and asks these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import ATTITUDE_VERBS, QUOTE_VERBS, cue_lemma
from claimmap.claims_no_statement import unsaid
from claimmap.claims_non_answers import non_answer
from claimmap.claims_tokens import Offsets, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def verb_kind(verb: Token, frame: str, lemma: str) -> str:
    """ "stance" for an attitude ("supports NATO"), a refusal or silence ("declined to
    comment", "did not say what it would do") or a label ("in what it called one of the
    largest seizures"): none reports an event that a route could rest on; "report" for
    the rest."""
    if non_answer(verb, lemma):
        return "non_answer"  # "did not say whether ...", "declined to say where ..."
    if frame == "evaluation" and lemma in ATTITUDE_VERBS:
        return "stance"
    labelled = lemma in LABELS and any(c.tag_ in ("WP", "WDT") for c in verb.children)
    return "stance" if labelled or unsaid(verb, lemma) else "report"


#: Verbs that label a thing named by "what": "what it called a rant", "what he described as".
LABELS = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterize"})


#: Frames whose passive subject is the content its "by" agent gave: "was reported by".
BY_FRAMES = frozenset({"speech", "evaluation", "document"})


def subject_gap(clause: Token) -> bool:
    """ "which he said [_ were at his side]": the relative stands for the clause's subject."""
    subj = subject_of(clause)
    return subj is None or subj.tag_ in ("WP", "WDT")


def denied_passive(verb: Token, subj: Token) -> bool:
    """ "has never been charged", "neither X nor Y have been accused": no accusation made."""
    neither = subj.doc[subj.left_edge.i].lower_ in ("neither", "no", "none")
    return neither or any(c.dep_ == "neg" for c in verb.children)


def for_saying(verb: Token) -> bool:
    """ "was criticised for saying X": the criticism is no claim; the saying is one."""
    return any(
        g.dep_ == "pcomp" and cue_lemma(g.lemma_, g.lower_) in QUOTE_VERBS
        for c in verb.children
        if c.dep_ == "prep"
        for g in c.children
    )


def with_antecedent(noun: Token, pronoun: Token) -> Offsets:
    """ "Walter Energy, a mining company that had declared ...": the relative pronoun
    speaks for its antecedent, so the claimant span runs from the antecedent's noun
    phrase to the pronoun, naming both the referent and the word that stands for it."""
    start = _bearer(noun, pronoun).left_edge
    return start.idx, pronoun.idx + len(pronoun.text)


#: Prepositions that place a group: "officials in X", "residents of Y", "police from Z".
_PLACING = frozenset({"in", "from", "at", "of"})


def _bearer(noun: Token, pronoun: Token | None = None) -> Token:
    """ "officials in Shenzhen, who told them ...": a place name that only locates the
    noun before it does not speak; that noun, whose phrase the place ends, does. "Farmers
    from the Lublin region who say ...": "who" stands for people, never for a place noun
    ("region", "the X province") the parser hung the clause on."""
    prep = noun.head
    placed = noun.dep_ == "pobj" and prep.lower_ in _PLACING and prep.dep_ == "prep"
    personal = pronoun is not None and pronoun.lower_ in ("who", "whom")
    if not placed or not (_PLACE_ENTS & {noun.ent_type_} or (personal and _place_noun(noun))):
        return noun
    above = prep.head
    return above if above.pos_ == "NOUN" and above.right_edge.i == noun.right_edge.i else noun


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: Common nouns of places: "the Lublin region", "a border town", "the capital".
_PLACE_NOUNS = frozenset(
    {
        "region", "province", "district", "area", "village", "town", "city", "county",
        "state", "country", "capital", "valley", "island", "coast", "border", "oblast",
        "governorate", "prefecture", "municipality", "neighbourhood", "neighborhood",
        "suburb", "countryside", "north", "south", "east", "west", "north-east",
        "north-west", "south-east", "south-west", "northeast", "northwest", "southeast",
        "southwest", "territory", "zone", "camp", "port",
    }
)  # fmt: skip


def _place_noun(noun: Token) -> bool:
    """A noun that names a place: a place word, or a noun whose name before it is a place."""
    if noun.lemma_.lower() in _PLACE_NOUNS:
        return True
    return any(c.ent_type_ in _PLACE_ENTS and c.dep_ == "compound" for c in noun.lefts)


#: Quantifiers that stand for part of a group already named: "many", "some", "most".
_SHARES = frozenset({"many", "some", "most", "several", "others", "few", "all", "both"})


def bare_share(subj: Token) -> bool:
    """A subject that is a bare quantifier, with no noun or "of" phrase to name a source."""
    return subj.lower_ in _SHARES and not any(c.dep_ == "prep" for c in subj.children)

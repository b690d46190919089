"""Verbs that look like cues but name a purpose or a writer's inference, not a claim.

"Soldiers crossed into the town to support the rebels": the infinitive tells why the
soldiers moved; nobody is quoted as supporting anything. "Planes kept flying, suggesting
Moscow is ...": the participle draws the writer's inference from the event before it; the
planes suggest nothing. Both hang on a verb that is no cue at all. So do a participle that
gives a wish to whoever fits a description ("anyone wanting to learn more") and a cue in
the imperative ("now tell us ..."): nobody is reported as holding or saying anything.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, verb_frame, words
from claimmap.movement_words import CAUSED_MOTION, SELF_MOTION

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Participles that draw an inference from the clause they hang on.
_INFERENCES = words(
    """
    suggest indicate imply signal show mean reflect underscore underline highlight
    """
)


#: Speech verbs whose object is a topic, not a statement: the purpose infinitive of a
#: visit still to come ("will fly to X to discuss migration") tells what it is for;
#: nothing was said yet.
_TOPICS = words("discuss talk speak debate address negotiate")


#: Motion verbs whose purpose infinitive tells why something moved ("crossed to support
#: the rebels", "troops sent to defend the town"); "go" and "come" also go "on television
#: to blame" someone, which is a claim.
_MOVES = (SELF_MOTION | CAUSED_MOTION) - frozenset({"go", "come", "continue", "take", "return"})

#: Verbs that name a thing: "the game, as migrants call the walk".
_NAMING = frozenset({"call", "dub", "term", "nickname", "name", "label", "brand"})


def purpose_or_inference(verb: Token, frame: str) -> bool:
    """Whether ``verb`` is a purpose infinitive or an inference participle under a verb
    that reports no speech, thought or document, or a naming aside ("as locals call it")."""
    if _naming_aside(verb) or _unvoiced_participle(verb, frame):
        return True
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or _cue(head):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False  # a clause of its own ("..., so that X supports Y")
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.tag_ == "VB" and frame != "speech" and _moves(head):
        return to
    if verb.tag_ == "VB" and to and _idle_purpose(verb, head, frame):
        return True
    if verb.tag_ == "VB" and to and cue_lemma(verb.lemma_, verb.lower_) in _TOPICS:
        return _planned(head) and not any(c.dep_ == "ccomp" for c in verb.children)
    return verb.tag_ == "VBG" and cue_lemma(verb.lemma_, verb.lower_) in _INFERENCES


def _idle_purpose(verb: Token, head: Token, frame: str) -> bool:
    """ "would hold a meeting on Monday to approve new rules", "scheduled a hearing to
    determine whether ...", "was run aground in 1999 to assert a claim": what an act still
    to come is for, an aim to find something out, or the aim of a deed with no doer named
    says nothing yet (but "went on television to blame X" reports the blame)."""
    if _planned(head) or frame == "cognition":
        return True
    passive = any(c.dep_ == "nsubjpass" for c in head.children)
    aim = any(c.dep_ == "dobj" for c in verb.children)  # (not "is made to continue")
    return aim and passive and not any(c.dep_ == "agent" for c in head.children)


def _planned(head: Token) -> bool:
    """ "will visit X next month to discuss Y": a talk still to come says nothing yet
    (but "met on Monday to discuss Y" reports what was discussed)."""
    while head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in head.children):
            return True
        head = head.head
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in head.children) or (
        head.lemma_.lower() in _PLANS
    )


_FUTURE = frozenset({"will", "'ll", "shall", "would"})
_PLANS = frozenset({"plan", "intend", "expect", "schedule", "due"})


def _cue(head: Token) -> bool:
    """A cue verb, but not one that only carries an infinitive ("continued to fly")."""
    if any(c.dep_ == "xcomp" for c in head.children):
        return False
    return verb_frame(cue_lemma(head.lemma_, head.lower_)) is not None


def _moves(head: Token) -> bool:
    return head.lemma_.lower() in _MOVES


def _naming_aside(verb: Token) -> bool:
    """ "“the game”, as migrants call the walk": "as" with a naming verb in the present
    glosses a word in common use; it reports nothing the namers said."""
    if cue_lemma(verb.lemma_, verb.lower_) not in _NAMING:
        return False
    if not any(c.dep_ in ("dobj", "oprd") for c in verb.children):
        return False  # "as she called for a ban": a demand, not a name
    if verb.tag_ not in ("VBP", "VBZ"):
        return False  # "as the magazine called them last week": one outlet's saying
    return any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in verb.children)


def _unvoiced_participle(verb: Token, frame: str) -> bool:
    """ "a resource for anyone wanting to learn more", "hard to judge without knowing how
    it would affect him": a wish that a participle ascribes to whoever fits a description,
    or a knowledge it denies, is nobody's stated view."""
    if frame not in ("cognition", "intention") or verb.tag_ != "VBG":
        return False
    if verb.dep_ == "acl":  # (but "who came out knowing that love wins" holds a view)
        return not any(c.dep_ == "ccomp" for c in verb.children)
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"


def imperative(verb: Token) -> bool:
    """ "Now tell us this is no witch hunt", "please ask yourself that question": a cue in
    the imperative bids the reader speak; nobody is reported as saying anything."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ROOT" or verb.tag_ != "VB" or clause.tag_ != "VB":
        return False
    return not any(c.dep_ in ("nsubj", "aux", "expl") for c in (*verb.children, *clause.children))

"""Topic claims: "Republicans are wondering about his health", "she talked about jobs".

"About" after a verb names the topic of a mental or speech act: one cannot walk, build or
sell "about" something, only talk, write, worry, know or wonder about it. So an agent
that does something *about* a topic states a stance on it (PolNeAR attributes those),
whatever the verb; no cue lexicon is needed. "Over", "for" and "on" also follow many
event verbs ("fought over", "voted for", "relies on") and proved wrong more often than
right, so only "about" counts.

The same holds after a noun that is not the clause's subject: "faced questions about her
health", "a debate about policing", "his jokes about crime" name talk or thought on a
topic (right about two times in three on PolNeAR dev). As a subject ("Concerns about X
grew") the noun is what the sentence tells of, not something anyone is said to hold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_hollow import UTTERANCE_NOUNS
from claimmap.claims_tokens import (
    RawClaim,
    agent_subject,
    cue_offsets,
    stance_raw,
    subtree,
    tok_end,
    tokens_where,
    unowned_stance,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ABOUT = frozenset({"about"})
#: Phrasal verbs where "about" is no topic: "set about doing" (begin), "bring about"
#: (cause), "come about" (happen).
_PHRASAL = frozenset({"set", "bring", "come"})
_GAPS = frozenset({"what", "which", "who", "whom", "that"})


def topic_claims(parsed: Doc) -> list[RawClaim]:
    """A claim for every verb or noun + "about" + topic in ``parsed``."""
    out = []
    for i in tokens_where(parsed, _ABOUT):
        raw = _about(parsed[i])
        if raw is not None:
            out.append(raw)
    return out


def _about(prep: Token) -> RawClaim | None:
    head = prep.head
    if prep.dep_ != "prep" or head.i > prep.i:
        return None
    topic = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    if topic is None or topic.lower_ in _GAPS:
        return None  # ("what we're talking about": the topic is the gap, not a content)
    if head.pos_ == "NOUN":
        return _noun_topic(head, prep, topic)
    if head.pos_ != "VERB" or head.lemma_.lower() in _PHRASAL or _object_gap(head):
        return None
    subj = agent_subject(head)
    if subj is None:
        return None  # ("Asked about X, he said ...": the asker's topic, no claim)
    return stance_raw(head, subj, subtree(topic), (cue_offsets(head)[0], tok_end(prep)))


def _noun_topic(noun: Token, prep: Token, topic: Token) -> RawClaim | None:
    """ "questions about X", "his rhetoric about X": the owner, if named, holds it."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    cue = (noun.idx, tok_end(prep))
    if owner is not None:
        return stance_raw(noun, owner, subtree(topic), cue)
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return None  # ("Concerns about X grew": what the talk did, not what anyone holds)
    if _put_to_someone(noun):
        return None  # ("did not respond to questions about X": others asked, nobody holds it)
    if _withheld(noun):
        return None  # ("gave no details about X": nothing was said about it)
    return unowned_stance(noun, cue, subtree(topic))


def _withheld(noun: Token) -> bool:
    """ "it gave no details about the goods", "did not give information about X": talk
    about a topic that was not given holds no view of it."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    verb = noun.head
    return noun.dep_ == "dobj" and any(c.dep_ == "neg" for c in verb.children)


#: Verbs whose object or "to"-object is talk addressed to the subject by others.
_ANSWERING = frozenset(
    {"respond", "reply", "answer", "decline", "refuse", "ignore", "dodge", "field"}
)


def _put_to_someone(noun: Token) -> bool:
    """ "did not respond to questions about X", "declined requests for": the noun is talk
    others addressed to the subject, so the topic is theirs, asked, not anyone's stance."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "to":
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.lemma_.lower() in _ANSWERING


def _object_gap(verb: Token) -> bool:
    """ "the remarks he made about Machado": a relative clause whose object is the noun it
    modifies; that noun carries the claim, not the clause. The parser may hang such a
    clause as a complement ("cited remarks Trump had made about X"), so an object-less
    verb whose subject directly follows an utterance noun counts too."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    if verb.dep_ != "relcl":
        return _after_utterance(verb)
    return not any(c.dep_ == "nsubj" and c.lower_ in _GAPS for c in verb.children)


def _after_utterance(verb: Token) -> bool:
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.left_edge.i == 0:
        return False
    return verb.doc[subj.left_edge.i - 1].lower_ in UTTERANCE_NOUNS

"""Topic claims: "Republicans are wondering about his health", "she talked about jobs".

"About" after a verb names the topic of a mental or speech act: one cannot walk, build or
sell "about" something, only talk, write, worry, know or wonder about it. So an agent
that does something *about* a topic states a stance on it (PolNeAR attributes those),
whatever the verb; no cue lexicon is needed. "Over", "for" and "on" also follow many
event verbs ("fought over", "voted for", "relies on") and proved wrong more often than
right, so only "about" counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_tokens import (
    RawClaim,
    agent_subject,
    cue_offsets,
    stance_raw,
    subtree,
    tok_end,
    tokens_where,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ABOUT = frozenset({"about"})
#: Phrasal verbs where "about" is no topic: "set about doing" (begin), "bring about"
#: (cause), "come about" (happen).
_PHRASAL = frozenset({"set", "bring", "come"})
_GAPS = frozenset({"what", "which", "who", "whom", "that"})


def topic_claims(parsed: Doc) -> list[RawClaim]:
    """A claim for every agent's verb + "about" + topic in ``parsed``."""
    out = []
    for i in tokens_where(parsed, _ABOUT):
        raw = _about(parsed[i])
        if raw is not None:
            out.append(raw)
    return out


def _about(prep: Token) -> RawClaim | None:
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ != "VERB" or verb.i > prep.i:
        return None
    if verb.lemma_.lower() in _PHRASAL or _object_gap(verb):
        return None
    topic = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
    subj = agent_subject(verb)
    if topic is None or subj is None or topic.lower_ in _GAPS:
        return None  # ("what we're talking about": the topic is the gap, not a content)
    return stance_raw(verb, subj, subtree(topic), (cue_offsets(verb)[0], tok_end(prep)))


def _object_gap(verb: Token) -> bool:
    """ "the remarks he made about Machado": a relative clause whose object is the noun it
    modifies; that noun carries the claim, not the clause."""
    if verb.dep_ != "relcl" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return not any(c.dep_ == "nsubj" and c.lower_ in _GAPS for c in verb.children)

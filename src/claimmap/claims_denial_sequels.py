"""A negative statement that follows its speaker's own denial: "China's embassy rejected
the accusations. The vessels “have never entered Argentine waters”, the embassy said";
"Kigali denied that it had agreed to take them in. “Rwanda has not received any migrants
and has no agreement to do so,” a spokesperson said".

Read alone, a negative sentence may be a plain report ("an official said the port did not
inspect catch taken on the high seas"), and the content rules of
:mod:`claimmap.claims_denials` want every event of it negated. Right after the same
source denied or rejected a charge, a negated deed in what it goes on to say is the
answer to that charge, so the claim is a denial even beside a clause of self-defence
("comply with international law and have never entered ..."). A content that opens with
a positive clause of its own subject ("the papers had been forged and that no officer had
signed them") gives the speaker's account of what happened: it stays asserted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_denials import CHECKS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimmap.model import Actor, Claim

#: How many claims back the source's denial may stand.
_REACH = 2
_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "should", "must", "shall"})
_NEGATORS = frozenset({"not", "n't", "never", "no"})
_QUANTIFIED = frozenset({"no", "any", "none", "nobody", "nothing"})
#: Verbs whose negation tells an ignorance or a silence, never an answer to a charge.
_SILENCES = frozenset({"know", "say", "comment", "confirm", "think", "believe", "want", "see"})
_SILENCES |= CHECKS  # ("did not inspect the catch": a check left undone)


def answered_charges(claims: list[Claim], parsed: Doc) -> list[Claim]:
    """The claims, each asserted one that negates a deed right after its source's
    denial made a denial too."""
    out = list(claims)
    for i, claim in enumerate(out):
        if claim.modality != "asserted" or claim.kind != "report" or claim.actor is None:
            continue
        earlier = out[max(0, i - _REACH) : i]
        if not any(e.modality == "denied" and _same_source(e.actor, claim.actor) for e in earlier):
            continue
        charged = _charged_acts(
            parsed, [c for c in out[:i] if not _same_source(c.actor, claim.actor)]
        )
        if _negates_deed(parsed, claim.content.start, claim.content.end, charged):
            out[i] = replace(claim, modality="denied")
    return out


def _charged_acts(parsed: Doc, others: Sequence[Claim]) -> frozenset[str]:
    """The verbs (lemmas) of what other sources said happened before: the acts a denial
    answers (a negated verb, "had not been opened", charges nothing)."""
    acts: set[str] = set()
    for claim in others:
        if claim.modality == "denied":
            continue
        span = parsed.char_span(claim.content.start, claim.content.end, alignment_mode="expand")
        acts |= {
            t.lemma_.lower()
            for t in span or ()
            if t.pos_ == "VERB" and not any(c.dep_ == "neg" for c in t.children)
        }
    return frozenset(acts)


def _same_source(a: Actor | None, b: Actor) -> bool:
    """The same speaker, or a spokesperson of the body that denied."""
    if a is None or (a.country_code and b.country_code and a.country_code != b.country_code):
        return False
    names = {a.name.lower(), (a.organisation or "").lower()} - {""}
    return b.name.lower() in names or (b.organisation or "").lower() in names


def _negates_deed(parsed: Doc, start: int, end: int, charged: frozenset[str]) -> bool:
    """Whether a main clause of the content denies a deed without a modal: "have never
    entered", "has not received any", "has no agreement to". A negated passive with no
    agent ("the hold had not been opened") tells a state of a thing, no one's deed:
    it answers the charge only when the charge told that very act (``charged``)."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    tokens = [t for t in span if start <= t.idx < end] if span is not None else []
    tops = [t for t in tokens if t.pos_ in ("VERB", "AUX") and not start <= t.head.idx < end]
    heads = [*tops, *(c for t in tops for c in t.conjuncts if start <= c.idx < end)]
    heads.sort(key=lambda h: h.i)
    negated = [h for h in heads if _negated(h) and not _stated_state(h, charged)]
    own = [h for h in heads if _own_subject(h) is not None]
    if negated and heads[0] in own and not _negated(heads[0]) and all(h in own for h in negated):
        return False  # "the papers had been forged and that no officer signed them"
    return bool(negated)


def _stated_state(verb: Token, charged: frozenset[str]) -> bool:
    """ "the hold had not been opened": a negated passive with no agent and no "no"
    subject, whose act no earlier claim by another source told."""
    kids = list(verb.children)
    if not any(c.dep_ == "auxpass" for c in kids) or any(c.dep_ == "agent" for c in kids):
        return False
    if any(c.dep_ == "nsubjpass" and _no_quantifier(c) for c in kids):
        return False  # "no weapons were loaded": nothing was, a denial
    return verb.lemma_.lower() not in charged


def _own_subject(verb: Token) -> Token | None:
    """The subject a clause names itself (a conjunct sharing one names none)."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _negated(verb: Token) -> bool:
    return negated_clause(verb, _SILENCES, _NEGATORS, _no_quantifier)


def _no_quantifier(noun: Token) -> bool:
    return any(d.dep_ in ("det", "neg") and d.lower_ in _QUANTIFIED for d in noun.children)


def negated_clause(
    verb: Token,
    silences: frozenset[str],
    negators: frozenset[str],
    none_argument: Callable[[Token], bool],
) -> bool:
    """A clause that says something did not happen: its verb negated ("not", "never"), or
    its subject or object none ("no rifles"); not a silence ("did not say") nor a modal
    ("could not")."""
    kids = list(verb.children)
    if verb.lemma_.lower() in silences or any(
        c.dep_ == "aux" and c.lower_ in _MODALS for c in kids
    ):
        return False
    if any(c.dep_ == "neg" and c.lower_ in negators for c in kids):
        return True
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and none_argument(c) for c in kids)

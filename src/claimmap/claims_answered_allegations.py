"""A negative statement that answers what another source alleges: Ukrainian officials say
grain from the occupied ports was shipped to Turkey; the Kremlin "said the grain was
legally produced in Russian regions and that no Ukrainian grain had been exported".

Read alone, a negative sentence is often a plain report ("an official said no ship had
been detained"), so the content rules of :mod:`claimmap.claims_denials` want every event
of it negated and :mod:`claimmap.claims_denial_sequels` a denial by the same source just
before. Here the article itself supplies the charge: a clause that negates an event
("no X had been …", "none of the …", "never …", "there were no …") is a denial when
another source's claim in the article tells that event (for "there is no infiltration",
any movement they tell) — the same verb ("were killed" /
"no one was killed"), or a movement of the same thing ("shipped grain" / "no grain had
been exported"), or the thing whose presence is denied ("soldiers entered" / "there were
no soldiers").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_denial_sequels import negated_clause
from claimmap.claims_denials import CHECKS
from claimmap.claims_denied_moves import MOVE_NOUNS
from claimmap.movement_words import CAUSED_MOTION, SELF_MOTION
from claimmap.parse_columns import pos_labels, token_starts

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from claimmap.model import Actor, Claim

_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "should", "must", "shall"})
_NEGATORS = frozenset({"not", "n't", "never"})
_NOBODY = frozenset({"none", "nobody", "nothing", "no-one"})
#: Verbs whose negation tells an ignorance, a silence or a lack, never an answer.
_SILENCES = CHECKS | frozenset(
    {"know", "say", "comment", "confirm", "think", "believe", "want", "see", "have", "be"}
)
_MOVES = CAUSED_MOTION | SELF_MOTION
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Modalities of a claim that can be the charge answered.
_CHARGING = frozenset({"asserted", "alleged", "hedged"})


def answered_allegations(claims: list[Claim], parsed: Doc) -> list[Claim]:
    """The claims, each asserted one that negates an event another source's claim tells
    made a denial."""
    told: list[tuple[Claim, tuple[set[str], set[str]]]] | None = None
    out = list(claims)
    for i, claim in enumerate(claims):
        if claim.modality != "asserted" or claim.kind != "report" or claim.actor is None:
            continue
        negated = _negated_heads(parsed, claim)
        if not negated:
            continue
        if told is None:  # (read once, and only in an article with a negative statement)
            told = [(c, _words(parsed, c.content.start, c.content.end)) for c in claims]
        verbs: set[str] = set()
        nouns: set[str] = set()
        for other, (v, n) in told:
            charging = other.modality in _CHARGING and other.kind == "report"
            if other is not claim and charging and not _same_source(other.actor, claim.actor):
                verbs |= v
                nouns |= n
        if any(_answers(h, verbs, nouns) for h in negated):
            out[i] = replace(claim, modality="denied")
    return out


def _same_source(a: Actor | None, b: Actor) -> bool:
    """The same speaker, or a speaker of the same body (who answers no charge of its own)."""
    if a is None:
        return False
    names = {a.name.lower(), (a.organisation or "").lower()} - {""}
    return b.name.lower() in names or (b.organisation or "").lower() in names


def _tokens(parsed: Doc, start: int, end: int, tags: frozenset[str]) -> list[Token]:
    """The words of characters ``start``–``end`` with a part of speech in ``tags`` (read off
    the parse's columns, so that only they become ``Token`` objects)."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    starts, pos = token_starts(parsed), pos_labels(parsed)
    inside = range(span.start, span.end)
    return [parsed[i] for i in inside if start <= starts[i] < end and pos[i] in tags]


_EVENT_TAGS = frozenset({"VERB", "NOUN", "PROPN"})
_CLAUSE_TAGS = frozenset({"VERB", "AUX"})


def _words(parsed: Doc, start: int, end: int) -> tuple[set[str], set[str]]:
    """The verbs and nouns (lemmas) of a content's events that it does not negate."""
    verbs, nouns = set(), set()
    for t in _tokens(parsed, start, end, _EVENT_TAGS):
        if t.pos_ == "VERB" and not _negated(t):
            verbs.add(t.lemma_.lower())
        elif t.pos_ in ("NOUN", "PROPN") and not _quantified_none(t):
            nouns.add(t.lemma_.lower())
    return verbs, nouns


def _negated_heads(parsed: Doc, claim: Claim) -> list[Token]:
    """The content's clause heads that negate an event, without a modal."""
    return [
        t
        for t in _tokens(parsed, claim.content.start, claim.content.end, _CLAUSE_TAGS)
        if _negated(t) or _none_there(t)
    ]


def _negated(verb: Token) -> bool:
    return negated_clause(verb, _SILENCES, _NEGATORS, _quantified_none)


def _quantified_none(noun: Token) -> bool:
    """ "no rifles", "none of the boats", "nobody"."""
    if noun.lower_ in _NOBODY:
        return True
    return any(d.dep_ in ("det", "neg") and d.lower_ == "no" for d in noun.children)


def _none_there(head: Token) -> bool:
    """ "there were no soldiers in the village"."""
    if head.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in head.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children):
        return False
    return any(c.dep_ == "attr" and _quantified_none(c) for c in head.children)


def _answers(head: Token, verbs: set[str], nouns: set[str]) -> bool:
    """Whether a negated clause denies what the others tell: an event they tell (the same
    verb, or any movement) of a thing they name, or of nobody at all ("no one was
    killed"); a presence of a thing they name."""
    if _none_there(head):  # "there is no infiltration" after others tell fighters crossed
        things = [_thing(c) for c in head.children if c.dep_ == "attr"]
        moved = _stated(head) and (bool(verbs & _MOVES) or bool(nouns & MOVE_NOUNS))
        return any(t in nouns or (t in MOVE_NOUNS and moved) for t in things)
    lemma = head.lemma_.lower()
    if lemma not in verbs and lemma not in _MOVES:
        return False
    args = [c for c in head.children if c.dep_ in _ARGUMENTS]
    if lemma in verbs and any(c.lower_ in _NOBODY or c.lower_ == "one" for c in args):
        return True
    return any(_thing(c) in nouns for c in args)


def _stated(head: Token) -> bool:
    """A clause stated for itself, not a reason ("they walk because there is no transport")."""
    return head.dep_ != "advcl" and not any(c.dep_ == "mark" for c in head.children)


def _thing(noun: Token) -> str:
    """The lemma of what an argument names ("none of the boats" → "boat")."""
    if noun.lower_ == "none":
        for prep in (c for c in noun.children if c.lower_ == "of"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                return obj.lemma_.lower()
    return noun.lemma_.lower()

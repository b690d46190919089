"""A quotation that opens by denying the speaker's own side did something.

"“The coast guard has not turned back any boat,” the spokesman said. “We only gave them
water.”": the quotation's first sentence denies a deed of the speaker's own side (its
subject is "we", "our unit", or the body the speaker works for), and the sentences after
it tell what that side did instead; the claim is a denial though those later sentences
negate nothing (``claims_denials`` asks every clause of a content to be negated).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_denials import content_denies
from claimmap.claims_tokens import sentence_at

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from claimmap.model import Actor

_OWN_PRONOUNS = frozenset({"we", "i"})
_CLOSING = frozenset({'"', "”", "''"})
_OWN_POSSESSIVES = frozenset({"our", "my"})


def denies_own_deed(content: Span, actor: Actor | None) -> bool:
    """Whether ``content`` runs over several sentences, the first denying a deed whose
    subject is the speaker's own side."""
    first = sentence_at(content.doc, content.start)
    if first.end >= content.end:
        return False  # one sentence: the ordinary reading's
    end = next(  # the quotation's own words, without the "he said" after them
        (t.i for t in content.doc[content.start + 1 : first.end] if t.text in _CLOSING), first.end
    )
    opening = content.doc[content.start : end]
    if not content_denies(opening):
        return False
    own = _own_words(actor)
    verbs = [
        t for t in opening if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in t.children)
    ]
    return any(_own_subject(s, own) for v in verbs for s in v.children if s.dep_ == "nsubj")


def _own_words(actor: Actor | None) -> frozenset[str]:
    """The words of the speaker's name and employer ("navy" of "Indonesian navy")."""
    if actor is None:
        return frozenset()
    names = " ".join(n for n in (actor.name, actor.organisation) if n)
    return frozenset(w.lower() for w in names.split() if len(w) > 3)


def _own_subject(subj: Token, own: frozenset[str]) -> bool:
    if subj.lower_ in _OWN_PRONOUNS:
        return True
    if any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in subj.children):
        return True
    return subj.pos_ in ("NOUN", "PROPN") and subj.lower_ in own

"""Bare officials who speak of their own state's acts: "Malian authorities closed the
border on Monday, officials said".

"Officials" with no country of their own, whose claim says what a state's authorities,
police or army did, are those authorities' officials: the country the claim's subject
names. Only a bare plural or singular "official(s)" or "authorities" takes it, and only
from the subject of the claim's main clause (not from a place it goes on to name).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_tokens import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.claims_tokens import RawClaim
    from claimmap.model import Actor

#: Claimants that stand for whichever state's officials the claim is about.
_BARE = words(
    """
    officials official authorities
    """
)
#: Subjects that are a state's organs: "Malian authorities", "Chad's army".
_ORGANS = words(
    """
    authority official government police army military troops forces soldiers ministry
    """
)


def officials_of_subject(
    actor: Actor | None,
    span: Span | None,
    raw: RawClaim,
    parsed: Doc,
    country_of: Callable[[str], str | None],
) -> Actor | None:
    """``actor`` with the country of the state organ its claim's subject names."""
    if (
        actor is None
        or span is None
        or actor.country_code
        or actor.kind not in ("unknown", "person")
    ):
        return actor
    said = [t.lower_ for t in span if not t.is_punct and t.pos_ != "DET"]
    if len(said) != 1 or said[0] not in _BARE:
        return actor
    content = span_at(parsed, *raw.content)
    if content is None:
        return actor
    subj = next(
        (t for t in content if t.dep_ in ("nsubj", "nsubjpass") and t.head == content.root), None
    )
    if subj is None or subj.lemma_.lower() not in _ORGANS:
        return actor
    for mod in subj.children:
        if mod.i < subj.i and mod.dep_ in ("amod", "compound", "poss", "nmod"):
            code = country_of(mod.text)
            if code:
                return replace(actor, country_code=code)
    return actor

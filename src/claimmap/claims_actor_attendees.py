"""A lawmaker who relays a state body's briefing to lawmakers sits in that state.

"The agency told lawmakers in a closed-door briefing, according to Representative Kim
Dae-ho, who attended the meeting. ... Kim told reporters": the lawmakers a national
intelligence agency or ministry briefs are those of its own state's parliament, so a
legislator the text gives no country to, first named in that sentence, is of the
briefing body's country (and sits in its capital), not nowhere. See also
:func:`claimmap.claims_actor_them.briefed_by` ("who was briefed by the agency").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_tokens import sentence_at, text

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context
    from claimmap.model import Actor

#: Titles of members of a legislature, written before a name.
_TITLES = frozenset(
    {"representative", "rep.", "lawmaker", "legislator", "mp", "senator", "sen.", "deputy"}
)
#: Words for the members of a legislature a body briefs ("told lawmakers").
_BRIEFED = frozenset(
    {"lawmakers", "legislators", "mps", "parliamentarians", "parliament", "deputies"}
)
_TELL = frozenset({"tell", "brief", "inform"})


def briefing_attendee(actor: Actor, span: Span, met: Context) -> Actor:
    """The country of the body whose briefing to lawmakers the person, a legislator of no
    stated country, was first named in relaying."""
    if actor.kind != "person" or actor.country_code or actor.organisation:
        return actor
    doc = span.doc
    at = text(doc).find(actor.name) if actor.name else -1
    named = doc.char_span(at, at + len(actor.name), alignment_mode="expand") if at >= 0 else None
    if named is None or named.start == 0 or doc[named.start - 1].lower_ not in _TITLES:
        return actor
    sent = sentence_at(doc, named.start)
    told = any(
        t.lower_ in _BRIEFED and t.head.lemma_.lower() in _TELL and t.dep_ in ("dobj", "dative")
        for t in sent
    )
    if not told:
        return actor
    for body, at in zip(met, met.at, strict=True):
        inside = sent.start <= at < sent.end
        if inside and body.kind in ("organisation", "government") and body.country_code:
            return replace(actor, country_code=body.country_code)
    return actor

"""Officials introduced by their role alone, placed by the body the article named.

Read over all the claims once they are resolved:

* "migration director Ana Ruiz told AFP" after "according to Panama's National Migration
  Service": the role's modifier ("migration") is a word of a body quoted before, so she
  works for that body, of its country (never a body of another country than hers).
* "Colonel X, who heads the customs intelligence unit", "a port official": a state's
  service (customs, immigration, border, port) that the phrase names without a country is
  the state's of its paragraph or of the story's dateline, as a bare ministry is.
* "the panel" with no body quoted before is the body an earlier sentence named with that
  noun ("The UN panel of experts ... was disbanded").

A person so placed keeps that reading when named again ("Ruiz said", "he said").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_context import ORG_NOUNS
from claimmap.claims_actor_countries import paragraph_first
from claimmap.claims_actor_phrases import title_word
from claimmap.claims_actor_state_country import against_own_sentence, state_country
from claimmap.claims_tokens import sentence_at
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.claims_actor_context import Context

#: Services only a state runs, named without their state ("a customs official").
_STATE_SERVICES = frozenset({"customs", "immigration", "border", "coastguard", "port", "excise"})
_BODY_KINDS = frozenset({"organisation", "government"})
#: Head nouns of bodies a later "the panel" refers back to.
_BODY_NOUNS = frozenset({"panel", "commission", "committee", "tribunal", "court", "inquiry"})


def role_bodies(
    out: list[Actor | None], spans: Sequence[Span | None], parsed: Doc, met: Context
) -> list[Actor | None]:
    """The actors, with officials named by role alone given the body or state the
    article names for them (see the module doc)."""
    placed: dict[str, Actor] = {}
    result = list(out)
    for n, (actor, span) in enumerate(zip(out, spans, strict=True)):
        if actor is None or span is None:
            continue
        bare = actor.organisation is None and actor.country_code is None
        if actor.kind == "person" and bare and actor.name in placed:
            result[n] = placed[actor.name]  # "Ruiz said", "he said": as placed before
            continue
        found = None
        if actor.kind == "person" and actor.organisation is None:
            found = _of_body(actor, span, result[:n])
            if found is None and actor.country_code is None and _state_service(span):
                found = _of_state(actor, span, parsed, met)
        elif actor.kind == "unknown" and bare:
            found = _noun_named_before(span, met)
        if found is not None:
            result[n] = found
            if actor.kind == "person":
                placed[actor.name] = found
    return result


def _of_body(actor: Actor, span: Span, before: Sequence[Actor | None]) -> Actor | None:
    """ "migration director X" after "the National Migration Service": X of that body (a
    person named, with a modifier that is no body noun of its own: "a ministry spokesman"
    and "police official X" are the organs' readers' to place)."""
    if not any(t.ent_type_ == "PERSON" for t in span):
        return None
    for tok in span:
        if title_word(tok) is None or not tok.is_lower or tok.i == span.start:
            continue
        modifier = span.doc[tok.i - 1]
        if not modifier.is_lower or modifier.pos_ != "NOUN" or modifier.dep_ != "compound":
            continue
        if modifier.lower_ in ORG_NOUNS:
            continue
        for body in reversed(before):
            if body is None or body.kind not in _BODY_KINDS:
                continue
            if modifier.lower_ in body.name.lower().split():
                if actor.country_code and body.country_code != actor.country_code:
                    continue  # "a Romanian border police official" after "Polish police"
                code = actor.country_code or body.country_code
                return replace(actor, organisation=body.name, country_code=code)
    return None


def _state_service(span: Span) -> bool:
    return any(t.lower_ in _STATE_SERVICES and t.is_lower for t in span)


def _of_state(actor: Actor, span: Span, parsed: Doc, met: Context) -> Actor | None:
    """A customs or border official's country: the state's of the paragraph or dateline."""
    quoted = met.since(paragraph_first(parsed, span.start))
    quoted = [a for a, at in zip(met, met.at, strict=True) if at < span.start and a in quoted]
    code = state_country(
        parsed, span.start, met.country_of, quoted, places=met.places, said=met.contents
    )
    if code is None or against_own_sentence(parsed, span.start, code, met.country_of, met.places):
        return None
    return replace(actor, country_code=code)


def _noun_named_before(span: Span, met: Context) -> Actor | None:
    """ "the panel": the body an earlier sentence names with that head noun and an
    organisation's name before it ("The UN panel of experts")."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 2 or words[0].lower_ != "the" or words[1].lower_ not in _BODY_NOUNS:
        return None
    doc = span.doc
    first = sentence_at(doc, span.start).start
    for tok in reversed(doc[:first]):
        if tok.lower_ != words[1].lower_ or tok.dep_ == "compound":
            continue
        names = [c for c in tok.children if c.dep_ == "compound" and c.ent_type_ == "ORG"]
        if not names:
            continue
        named = met.describe(doc[names[0].left_edge.i : names[-1].i + 1])
        if named is not None and named.kind in _BODY_KINDS:
            return named
        return None
    return None

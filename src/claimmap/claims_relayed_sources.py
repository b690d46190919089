"""A source a medium relays after the relay: "X relayed the claim on Sunday, citing Y".

The cited phrase is who the claim comes from, not the claim: Y is the claimant and X the
outlet, and the content is what X relayed ("the claim"), as for "X, citing Y, reported
that …" (:mod:`claimmap.claims_quoting`) and "X reported, citing Y, that …"
(:mod:`claimmap.claims_relay`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_outlet_names import named_medium
from claimmap.claims_tokens import Offsets, RawClaim, cue_offsets, subtree, tokens_offsets

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_CITING = words("citing quoting")
#: People a medium can cite beyond the ranks and roles the actor lexicon knows.
_PEOPLE = words(
    "fighter user militant soldier family relative activist villager refugee migrant "
    "survivor worker driver smuggler doctor nurse teacher student farmer trader journalist "
    "reporter insider member notable elder resident local person people man woman"
)
#: Verbs by which a medium passes a claim on: "relayed the claim, citing users".
_RELAYS = words("relay repeat carry echo spread amplify publish broadcast air share report")


def relayed_sources(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """``found`` with the relayed source as claimant and the relaying medium as outlet."""
    out = []
    for raw in found:
        if raw.claimant is not None and raw.outlet is None:
            raw = _cited_object(parsed, raw) or raw
        out.append(raw)
    return out


def person_phrase(span: Span) -> bool:
    """Whether ``span`` names a speaker: a person, people, body or role."""
    from claimmap.claims_actor_phrases import PERSON_ROLES

    root = span.root
    word = root.lemma_.lower()
    return (
        word in PERSON_ROLES
        or word in _PEOPLE
        or root.ent_type_ in ("PERSON", "ORG", "NORP")
        or any(t.ent_type_ == "PERSON" for t in span)
    )


def _cited_object(doc: Doc, raw: RawClaim) -> RawClaim | None:
    """ "RIA Novosti relayed the claim on Sunday, citing “social media users”": the cited
    phrase is the source, not the content; the content is what the medium relayed."""
    cite = doc[raw.cue_token]
    if raw.claimant is None:
        return None
    if cite.lower_ not in _CITING or cite.dep_ != "advcl" or cite.head.i > cite.i:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in cite.children):
        return None  # "citing sources, said that …": a clause is what was said
    obj = next((c for c in cite.children if c.dep_ == "dobj"), None)
    verb = cite.head
    said = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or said is None or verb.lemma_.lower() not in _RELAYS:
        return None
    source = _unquoted(doc, subtree(obj))
    span = doc.char_span(*source, alignment_mode="expand") if source else None
    if source is None or span is None or not person_phrase(span):
        return None  # "blocked X, citing a threat to health": a reason, no source
    return replace(
        raw,
        outlet=medium_name(doc, raw.claimant),
        claimant=source,
        claimant_token=obj.i,
        cue=cue_offsets(verb),
        cue_token=verb.i,
        content=tokens_offsets(doc, said.left_edge.i, said.right_edge.i),
    )


def _unquoted(doc: Doc, span: Offsets) -> Offsets | None:
    body = doc.text
    start, end = span
    while start < end and body[start] in "\"“”' ":
        start += 1
    while end > start and body[end - 1] in "\"“”' .,":
        end -= 1
    return (start, end) if end > start else None


def medium_name(doc: Doc, who: Offsets) -> Offsets:
    """The relaying medium's name, as the claims module names a medium that reports:
    "Japan's Kyodo news agency" is Kyodo."""
    from claimmap.claims import _medium_name
    from claimmap.claims_media import press_speaker

    who = named_medium(doc, who)  # "Russian news agency" + the name the parser split off
    span = doc.char_span(who[0], who[1], alignment_mode="expand")
    if span is not None and press_speaker(span):
        return _medium_name(span)
    return who

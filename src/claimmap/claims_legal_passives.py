"""Passives that name no speaker: "Three men were charged with smuggling" and "X remains at
large and is believed to be in Russia".

A headline's charge in the passive ("Three Charged With Smuggling …") is the legal act the
story reports, not words of anyone: no claim (the body tells it again, and in the body a
passive charge stays a claim with no source, as PolNeAR annotates "was charged with"). A
hearsay passive
("is believed to", "is said to") has no believer; its subject is what the belief is about,
so a subject it shares with a verb before it ("X remains at large and is believed …") is
not the claimant either; and when that passive only says where someone is ("is believed to
be in Russia"), it is a hedged fact that no one claims: no claim.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_cues import words
from claimmap.claims_tokens import RawClaim
from claimmap.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Legal acts told in the passive: "were charged with", "was indicted on".
_CHARGES = words("charge indict")
#: Hearsay verbs whose passive hides the believer: "is believed to be in X".
_HEARSAY = words("believe say think report understand rumour rumor suspect")


def without_unvoiced_passives(parsed: Doc, found: list[RawClaim]) -> list[RawClaim]:
    """``found`` without a headline's passive charge, and with no claimant for a hearsay
    passive whose subject was borrowed from the verb it is joined to."""
    body = doc_text(parsed)
    title_end = body.find("\n")
    out = []
    for raw in found:
        cue = parsed[raw.cue_token]
        if 0 <= raw.cue[0] < title_end and _passive_charge(cue):
            continue
        if raw.claimant is not None and _borrowed_subject(cue, raw):
            raw = replace(raw, claimant=None, claimant_token=None)
        if raw.claimant is None and _whereabouts(cue):
            continue  # "X remains at large and is believed to be in Russia": no one's claim
        out.append(raw)
    return out


def _whereabouts(cue: Token) -> bool:
    """ "is believed to be in Russia": a hearsay passive with no believer whose clause only
    places its subject (its verb "be" with a place); a hedged fact, no one's claim, and it
    tells no movement (one that does, "is believed to be heading to X", stays)."""
    if cue.lemma_.lower() not in _HEARSAY or not _passive(cue):
        return False
    comp = next((c for c in cue.children if c.dep_ == "xcomp"), None)
    if comp is None or comp.lemma_.lower() != "be":
        return False
    rest = [c for c in comp.children if c.dep_ not in ("aux", "punct")]
    return bool(rest) and all(c.dep_ == "prep" and c.lower_ in _WHERE for c in rest)


#: Prepositions of where someone is: "to be in Russia", "to be at a farm near X".
_WHERE = frozenset({"in", "at", "near", "inside", "outside"})


def _passive(cue: Token) -> bool:
    return cue.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "agent") for c in cue.children)


def _passive_charge(cue: Token) -> bool:
    """ "Three Charged With Smuggling X", "Two Men Indicted on Fraud Counts"."""
    if cue.lemma_.lower() not in _CHARGES or not _passive(cue):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("with", "on", "over") for c in cue.children)


def _borrowed_subject(cue: Token, raw: RawClaim) -> bool:
    """ "Kovalchuk remains at large and is believed to be in Russia": the claimant is the
    subject of the verb the passive is joined to, or the passive's own subject."""
    if cue.lemma_.lower() not in _HEARSAY or not _passive(cue):
        return False
    if not any(c.dep_ == "auxpass" for c in cue.children):
        return False
    if not any(c.dep_ == "xcomp" for c in cue.children):
        return False
    assert raw.claimant_token is not None
    who = cue.doc[raw.claimant_token]
    owners = {cue.i} | ({cue.head.i} if cue.dep_ == "conj" else set())
    return who.head.i in owners and who.dep_ in ("nsubj", "nsubjpass")

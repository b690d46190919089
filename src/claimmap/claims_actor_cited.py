"""A medium citing someone: "State radio, citing the governor of X, reported that ...".

The medium is the claim's channel (its outlet, see ``claims._relaying_outlet``); the
one who says it is the person or body it cites or quotes. So the claim's actor is the
cited source ("the governor of X", "an interior ministry official"), read like any
claimant phrase; a cited document or figures ("citing a report", "citing police
figures") leave the medium the speaker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import PERSON_ROLES
from claimmap.claims_media import press_speaker

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.model import Actor, Place

_CITING = frozenset({"citing", "quoting"})


def cited_source(span: Span, cue: int) -> Span | None:
    """The phrase a press claimant cites, between its first word and the cue ("RTNC,
    citing the military governor of Ituri, reported"; "The news agency, quoting an
    official, said"), when it names a person or a body; else ``None``."""
    doc = span.doc
    if cue <= span.start or not press_speaker(span):
        return None
    for tok in doc[span.start : cue]:
        if tok.lower_ not in _CITING or tok.tag_ != "VBG":
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is None or obj.i >= cue or any(c.dep_ == "conj" for c in obj.children):
            return None  # "citing the mayor and the police": several sources
        speaks = obj.lemma_.lower() in PERSON_ROLES or obj.ent_type_ in ("PERSON", "ORG", "NORP")
        if not speaks:
            return None
        end = min(obj.right_edge.i + 1, cue)
        return doc[obj.left_edge.i : end]
    return None


def same_cited(
    source: Span, medium: Span | None, claimants: Sequence[tuple[int, int, Actor]]
) -> Actor | None:
    """ "The Herald now says, citing the same source, that ...": the source quoted before
    by that very medium ("an army source quoted by the Herald"), not the last one of that
    noun; ``None`` when the phrase says no "same", names no medium, or no earlier claimant
    phrase of its head noun names the medium."""
    if medium is None or not any(t.lower_ == "same" for t in source):
        return None
    names = {t.lower_ for t in medium if t.pos_ == "PROPN" or t.is_title} - {"the"}
    head = source.root.lemma_.lower()
    for start, end, actor in reversed(claimants):
        said = source.doc[start:end]
        if start >= source.start or said.root.lemma_.lower() != head:
            continue
        if names and names <= {t.lower_ for t in said}:
            return actor
    return None


def of_medium_state(cited: Actor, medium: Actor | None, places: Sequence[Place]) -> Actor:
    """A cited source of no stated country ("an interior ministry official") quoted by a
    state's medium is of that state: the medium's country, where the article names that
    country (a wire service's own country, named nowhere in the story, is not the
    official's)."""
    from claimmap.actors_table import load_actors

    if cited.country_code or medium is None:
        return cited
    row = load_actors().find(medium.name)
    code = medium.country_code or (row.country_code if row is not None else None)
    named = {p.country_code for p in places if p.country_code}
    return replace(cited, country_code=code) if code and code in named else cited

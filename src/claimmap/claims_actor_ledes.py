"""A speaker or body a news lede describes, and the sentences after it name.

"A high-ranking Russian official has warned ..." opens a story whose next sentences name
the official ("..., the director of ..., as saying"); "South Korea's spy agency said" is
followed by "The National Intelligence Service (NIS) told lawmakers", a state body named
without a country that is the one the lede gave it. Both are read over all the claims
once they are resolved, unlike the references of :mod:`claimmap.claims_actor_refs`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_lookup import table_actor
from claimmap.claims_actor_people import named_lede
from claimmap.claims_actor_phrases import organ_name
from claimmap.claims_actor_unplaced_owner import owned_unplaced
from claimmap.claims_tokens import memo, sentences, span_at
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from claimmap.claims_syntax import RawClaim


def lede_named_later(
    raws: Sequence[RawClaim], actors: list[Actor | None], parsed: Doc
) -> list[Actor | None]:
    """News ledes describe a speaker ("A high-ranking Russian official has warned") and
    name them in the next sentences ("..., the director of ..., as saying"): the opening
    description is the first named person of the same country within two sentences."""
    if not actors or actors[0] is None:
        return actors
    lede = actors[0]
    starts = [s.start_char for s in sentences(parsed, 3)]
    if (
        not starts
        or raws[0].sentence[0] != starts[0]
        or lede.kind != "person"
        or lede.role is None
        or lede.country_code is None
        or named_lede(span_at(parsed, *raws[0].claimant or (0, 0)))
    ):
        return actors
    window = set(starts[1:3])
    for raw, actor in zip(raws[1:], actors[1:], strict=True):
        if raw.sentence[0] not in window or actor is None:
            continue
        if actor.kind == "person" and actor.country_code == lede.country_code and actor.role:
            return [actor if a == lede else a for a in actors]  # "the official" later too
    return actors


def bodies_named_later(
    raws: Sequence[RawClaim], actors: list[Actor | None], parsed: Doc
) -> list[Actor | None]:
    """ "South Korea's spy agency said ... The National Intelligence Service (NIS) told
    lawmakers": a state body named without a country right after a body described with
    one (within two sentences) is that country's; and a body named again ("NIS director
    Ali Reza") is of the country it was given before."""
    out = list(actors)
    for n in range(1, len(out)):
        actor, before = out[n], out[n - 1]
        if actor is None or before is None or actor.country_code:
            continue
        near = _sentences_apart(parsed, raws[n - 1].sentence[0], raws[n].sentence[0]) <= 2
        if owned_unplaced(actor.name, parsed):  # "Xyz's maritime police", Xyz unknown
            continue
        if near and _organ(actor) and _described(raws[n - 1], parsed, before):
            out[n] = replace(actor, country_code=before.country_code)
    countries: dict[str, str] = {}
    for n, actor in enumerate(out):
        if actor is None:
            continue
        if actor.country_code and actor.kind != "person":
            countries.setdefault(actor.name, actor.country_code)
        elif not actor.country_code and (actor.organisation or actor.name) in countries:
            name = actor.organisation or actor.name
            if name[:1].isupper():  # a name, not a description any state's body answers to
                out[n] = replace(actor, country_code=countries[name])
    return out


def _organ(actor: Actor) -> bool:
    """A body named as a state organ ("National Intelligence Service") the table does not
    place: its country is left to the text."""
    return (
        actor.kind == "organisation" and organ_name(actor.name) and table_actor(actor.name) is None
    )


def _described(raw: RawClaim, parsed: Doc, actor: Actor) -> bool:
    """A body described, not named, with its country: "South Korea's spy agency"."""
    span = span_at(parsed, *raw.claimant) if raw.claimant else None
    named = span is None or any(t.ent_type_ in ("ORG", "PERSON") for t in span)
    return actor.kind in ("organisation", "government") and bool(actor.country_code) and not named


def _sentences_apart(parsed: Doc, first: int, second: int) -> int:
    """How many sentence starts lie after character ``first`` up to ``second``."""
    starts = memo(
        parsed, "sentence_chars", lambda: [s.start_char for s in sentences(parsed, len(parsed))]
    )
    return bisect.bisect_right(starts, second) - bisect.bisect_right(starts, first)

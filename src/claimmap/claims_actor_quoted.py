"""A source a national medium quotes: "Kenya's state broadcaster KBC quoted an army
spokesman as saying ...", "an official, quoted by the Ghanaian news agency GNA, said".

A state or national news agency quotes the officials of its own country: a quoted source
whose phrase states no country of its own is of the country the medium's phrase names
("Kenya's", "Ghanaian"), or of the medium's country in the actors table when the article
names that country (a wire service quoting "an official" is not thereby British). Only
quoting passes this on: a person who "told AFP" or spoke to a foreign paper is not of
the paper's country. Nor does a wire service's own country count unless the article
names it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_tokens import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from claimmap.claims_tokens import RawClaim
    from claimmap.model import Actor, Place

_QUOTE = frozenset({"quote", "cite"})
_CITING = frozenset({"citing", "quoting"})


def quoted_by_medium(
    actor: Actor | None,
    raw: RawClaim,
    parsed: Doc,
    country_of: Callable[[str], str | None],
    places: Sequence[Place],
) -> Actor | None:
    """``actor`` with the country of the medium quoting it, when it has none of its own."""
    if actor is None or actor.country_code or raw.outlet is None:
        return actor
    if actor.kind not in ("person", "unknown") or not _quoted(parsed, raw):
        return actor
    medium = span_at(parsed, *raw.outlet)
    if medium is None:
        return actor
    code = medium_country(medium, country_of, places)
    return replace(actor, country_code=code) if code else actor


def medium_country(
    medium: Span, country_of: Callable[[str], str | None], places: Sequence[Place]
) -> str | None:
    """The country a medium's phrase states ("Jordan's state agency", "the Malian daily"),
    else its country in the actors table when the article names that country."""
    from claimmap.actors_table import load_actors

    for ent in medium.ents:  # "North Korea's official agency": the whole name, not "Korea"
        code = country_of(ent.text) if ent.label_ in ("GPE", "NORP") else None
        if code and ent.end < medium.end:
            return code
    for tok in medium:
        if tok.pos_ in ("ADJ", "PROPN", "NOUN") and tok.is_title:
            code = country_of(tok.text)
            if code and tok.i + 1 < medium.end:  # (the last word names the medium itself)
                return code
    table = load_actors()
    row = table.find(medium.text) or table.find(medium[-1].text)
    named = {p.country_code for p in places if p.country_code}
    code = row.country_code if row is not None else None
    return code if code and code in named else None


def _quoted(parsed: Doc, raw: RawClaim) -> bool:
    """The medium quoted the source: "X quoted Y as saying", "Y, quoted by X, said"."""
    cue = parsed[raw.cue_token]
    if cue.lemma_.lower() in _QUOTE:
        return True
    as_ = cue.head if cue.dep_ == "pcomp" else None
    if as_ is not None and as_.lower_ == "as" and as_.head.lemma_.lower() in _QUOTE:
        return True
    who = span_at(parsed, *raw.claimant) if raw.claimant is not None else None
    if who is not None and who.start > 0 and parsed[who.start - 1].lower_ in _CITING:
        return True  # "Radio Xyz reported, citing a police source, that ..."
    if who is None:
        return False
    after = who.end + (who.end < len(parsed) and parsed[who.end].text == ",")
    return any(
        t.lemma_.lower() in _QUOTE
        and t.tag_ == "VBN"
        and t.i + 1 < len(parsed)
        and t.nbor().lower_ == "by"
        for t in [*who, *parsed[after : after + 1]]
    )  # "Y, quoted by X, said", its claimant cut before ", quoted by X"

"""Chains of containers written after a name: "Xyz, Ontario, Canada". The pair reader
(:func:`claimmap.places_pairs.container_pairs`) takes three names joined by commas for a
list; once resolved, a province followed by its own country shows the chain, and a name
before it with no entry inside that province is one the gazetteer lacks, not a namesake
abroad.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.places_scoring import drop_groups

if TYPE_CHECKING:
    from claimmap.model import Candidate, Unresolved
    from claimmap.places_lexicon import Toponym
    from claimmap.places_scoring import Group


def chain_triples(toponyms: list[Toponym], text: str) -> list[tuple[Toponym, Toponym, Toponym]]:
    """(name, province, country) read "A, B, C": three names joined by commas, with no list
    item before the first nor after the last."""
    names = {t.start: t for t in toponyms if t.form == "name"}
    ends = {t.end for t in names.values()}
    out = []
    for a in names.values():
        b = names.get(a.end + 2)
        c = names.get(b.end + 2) if b is not None else None
        if b is None or c is None or a.start - 2 in ends:
            continue
        if text[a.end : b.start] != ", " or text[b.end : c.start] != ", ":
            continue
        if any(c.end + gap in names for gap in (2, 5, 6)):
            continue  # "A, B, C, D" or "A, B, C and D": a list
        out.append((a, b, c))
    return out


def drop_outside_chains(
    groups: dict[str, Group], toponyms: list[Toponym], doc_id: str, text: str
) -> list[Unresolved]:
    """ "born in Xyz, Ontario, Canada": a town written with a province and that province's
    country, whose every entry lies outside the province, is left unresolved (the
    province and country keep their own places) rather than put at a namesake abroad."""
    owner = {id(t): g for g in groups.values() for t in g.toponyms}
    reasons: dict[str, str] = {}
    for a, b, c in chain_triples(toponyms, text):
        ga, gb, gc = owner.get(id(a)), owner.get(id(b)), owner.get(id(c))
        if ga is None or gb is None or gc is None or len({id(ga), id(gb), id(gc)}) < 3:
            continue
        province, country, choice = gb.choice, gc.choice, ga.choice
        if province is None or choice is None or not _province_of(province, country):
            continue
        if choice.kind not in {"city", "admin2", "facility"}:
            continue
        if any(_inside(x, province) for x in ga.candidates):
            continue
        reasons[ga.key] = (
            f"written '{ga.name}, {gb.name}, {gc.name}', but no entry of that name lies in "
            f"{province.name}; its match {choice.name} ({choice.country_code}) is a "
            "namesake elsewhere"
        )
    return drop_groups(groups, doc_id, text, lambda g: reasons.get(g.key))


def _province_of(province: Candidate, country: Candidate | None) -> bool:
    """Whether the two resolved names read as a province and its own country."""
    return (
        country is not None
        and province.kind == "admin1"
        and country.kind == "country"
        and province.country_code == country.country_code
    )


def _inside(cand: Candidate, province: Candidate) -> bool:
    """Whether ``cand`` lies in ``province`` (same country and first-level code)."""
    return (
        cand.kind != "country"
        and cand.country_code == province.country_code
        and cand.admin1 == province.admin1
    )

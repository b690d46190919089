"""From chosen candidates to :class:`~claimmap.model.Place` records: one per entry, with its
mentions, role (location, actor, nationality), evidence and confidence.

Why a module of its own: :mod:`claimmap.resolve` decides which entry each name means; this
is what is reported once it has: a directional mention ("northern Iraq") becomes the area,
a capital named mostly as a doer becomes an actor, and every reason is kept in
``Place.evidence``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING

from claimmap.model import Candidate, Place, PlaceRole, Span
from claimmap.places_city_parts import display_name
from claimmap.places_groups import is_capital

if TYPE_CHECKING:
    from claimmap.places_lexicon import GazetteerLike, Toponym
    from claimmap.places_scoring import Group


def to_places(groups: dict[str, Group], gaz: GazetteerLike, doc_id: str, text: str) -> list[Place]:
    """One Place per entry; directional mentions ("northern Iraq") become areas."""
    by_id: dict[str, list[tuple[Toponym, Candidate, Group]]] = defaultdict(list)
    for group in groups.values():
        assert group.choice is not None
        for top in group.toponyms:
            cand = group.choice
            if top.direction and cand.kind == "country" and cand.country_code:
                area = gaz.directional_area(top.direction, cand.country_code)
                if area is not None:
                    cand = area
            by_id[cand.source_id].append((top, cand, group))
    places = []
    for source_id, items in by_id.items():
        items.sort(key=lambda item: item[0].start)
        places.append(_place(source_id, items, gaz, doc_id, text))
    places.sort(key=lambda p: p.mentions[0].start)
    return places


def _place(
    source_id: str,
    items: list[tuple[Toponym, Candidate, Group]],
    gaz: GazetteerLike,
    doc_id: str,
    text: str,
) -> Place:
    cand = items[0][1]
    mentions, forms = [], []
    for top, c, _ in items:
        start = top.start
        form = top.form
        if c.kind == "area" and top.direction and top.text.lower() != top.direction:
            window = max(0, top.start - 40)
            found = text[window : top.start].lower().rfind(top.direction)
            start = window + found if found >= 0 else top.start
            form = "area"
        mentions.append(Span(doc_id, start, top.end, text[start : top.end]))
        forms.append(form)
    names = [t for t, _, _ in items if t.form == "name"]
    role: PlaceRole = "location"
    agents = sum(t.agent for t in names)
    if cand.kind == "city" and names and 2 * agents > len(names) and is_capital(cand, gaz):
        role = "actor"  # named for its government more often than for the place
    elif all(t.people for t, _, _ in items):
        role = "nationality"  # "Eritrean migrants" only: where people come from
    groups = {id(g): g for _, _, g in items}.values()
    evidence = _evidence(items, groups, role)
    confidence = _confidence(list(groups), cand)
    return Place(
        id=source_id,
        doc_id=doc_id,
        name=display_name(cand),  # not "Downtown" for an atoll reached by its own name
        kind=cand.kind,
        country_code=cand.country_code,
        source_id=source_id,
        lat=cand.lat,
        lon=cand.lon,
        mentions=tuple(mentions),
        geonameid=cand.geonameid,
        role=role,
        confidence=confidence,
        has_geometry=cand.has_geometry,
        evidence=evidence,
        mention_forms=tuple(forms),
    )


def _evidence(items: list, groups: object, role: str) -> tuple[str, ...]:
    out: list[str] = []
    for top, _, _ in items:
        for why in top.evidence:
            if why not in out:
                out.append(why)
    for top, cand, _ in items:  # "western Tigray": the mention stays the name, as annotated
        written = top.name if top.text.lower() == top.direction else top.text  # "northern and"
        part = f"written '{top.direction} {written}': the {top.direction} part of {cand.name}"
        if top.direction and cand.kind != "area" and not any(w.startswith(part) for w in out):
            out.append(f"{part}, which has no outline to cut; the point is {cand.name}'s")
    for group in groups:  # type: ignore[attr-defined]
        alts = len(group.candidates) - 1
        out.extend(r for r in group.reasons if r not in out)
        if alts:
            out.append(f"chosen over {alts} other entr{'y' if alts == 1 else 'ies'}")
    if role == "actor":
        out.append("capital used for its government (metonymy)")
    elif role == "nationality":
        out.append("named only as the nationality of people: their origin, not a location")
    return tuple(out)


def _confidence(groups: list[Group], cand: Candidate) -> float:
    """0..1 from the winning margin; fuzzy matches and lone candidates are capped."""
    margin = max(g.margin for g in groups)
    conf = 1.0 / (1.0 + math.exp(-margin))
    if cand.fuzzy:
        conf = min(conf, 0.6)
    return round(max(0.05, min(0.99, conf)), 3)

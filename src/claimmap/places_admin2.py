"""Second-level units (counties, districts, départements). The gazetteer holds them
(kind ``admin2``) for the countries where Natural Earth lists them — Britain's and
Ireland's counties, France's départements, Italy's and the Philippines' provinces, Sri
Lanka's and Uganda's districts …; the scoring takes a "district"/"county" cue as theirs.
Where it lacks the unit, a district is placed at the town that carries its name (usually
its seat, inside it) — and the place says so, for the reader to weigh, instead of passing
the town off as the district. A county missing from it, or one whose name units of several
states share written with no state ("Clay County": the gazetteer answers such a name only
to a query naming the country), is reported unresolved instead (:func:`county_word`): its
name is written with its unit, so no town was meant."""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.names import normalize_name

if TYPE_CHECKING:
    from claimmap.places_lexicon import Toponym
    from claimmap.places_scoring import Group

#: Kinds of administrative unit: a name that has one is no town standing for a district.
UNIT_KINDS = frozenset({"admin1", "admin2"})
#: The type-cue evidence that calls a name a district ("Xyz district", "Xyz and Abc districts").
_DISTRICT_CUES = ("type cue 'district'", "type cue 'districts'")


def district_cue(top: Toponym) -> bool:
    """Whether the text calls this mention a district (lower-case "district" after it)."""
    return top.form == "name" and any(e in _DISTRICT_CUES for e in top.evidence)


def note_district_towns(groups: dict[str, Group]) -> None:
    """Say so on a name the text calls a district that resolved to a town: no province of
    that name exists, so the town stands for the district (a point, not its outline)."""
    for group in groups.values():
        choice = group.choice
        if (
            choice is None
            or choice.kind != "city"
            or not any(district_cue(t) for t in group.toponyms)
            or any(c.kind in UNIT_KINDS for c in group.candidates)
        ):
            continue
        note = (
            f"called a district: the gazetteer holds no district units, so the town "
            f"{choice.name} stands for it"
        )
        if note not in group.reasons:
            group.reasons.append(note)


#: A town this close to a second-level unit of its name is the unit's seat.
SEAT_KM = 25.0


def prefer_seat_towns(groups: dict[str, Group]) -> None:
    """ "trucked to al-Ghaydah": a bare name that reached a second-level unit named after
    its seat is the seat town when nothing calls it a unit — news names towns, and a unit
    placed by its town has no other point to give."""
    from claimmap.places_distance import km

    for group in groups.values():
        choice = group.choice
        if choice is None or choice.kind != "admin2":
            continue
        if any(t.cue_kind or district_cue(t) or t.form != "name" for t in group.toponyms):
            continue
        towns = [
            c
            for c in group.candidates
            if c.kind == "city"
            and not c.fuzzy
            and km(c, choice) <= SEAT_KM
            and _alike(c.name, choice.name)  # not Kuah, town of the Langkawi district
        ]
        if towns:
            group.choice = max(towns, key=lambda c: (c.population, c.score))
            group.reasons.append(f"the town {group.choice.name}, seat of the unit of its name")


def _alike(town: str, unit: str) -> bool:
    """Whether a town's own name is the unit's, spelt alike ("Al Ghayz̧ah", "Al Ghaydah")."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, normalize_name(town), normalize_name(unit)).ratio() >= SEAT_ALIKE


#: How alike (difflib ratio) a seat town's name and its unit's are.
SEAT_ALIKE = 0.8
#: Words of second-level units written after the name: "Cook County", "Orleans Parish".
ADMIN2_WORDS = frozenset({"county", "parish"})


def county_word(name: str) -> str:
    """ "county" for "Los Angeles County" (not "County Cork"), or "". The county may share
    its name with its seat, but it is not that city: only a unit (the county itself, where
    the gazetteer holds it, or a province) may stand for it; else it is reported, not put
    on the map."""
    words = name.split()
    last = words[-1].lower() if len(words) > 1 else ""
    return last if last in ADMIN2_WORDS and words[-1][:1].isupper() else ""


#: The type-cue evidence that calls a name a county: "Xyz County", "Xyz and Abc counties".
_COUNTY_CUES = frozenset(
    f"type cue '{w}'" for w in ("counties", "Counties", "parishes", "Parishes")
)


def county_cue(name: str, toponyms: list[Toponym]) -> str:
    """ "county" when the text calls the name a county — in the name ("Pasco County") or by
    a plural that a list shares ("Levy, Dixie and Taylor counties") — or "". A town of the
    name is not the county, wherever it lies; only a unit may stand for it."""
    if county_word(name):
        return county_word(name)
    cued = any(
        county_word(t.name) or any(e in _COUNTY_CUES for e in t.evidence)
        for t in toponyms
        if t.form == "name"
    )
    return "county" if cued else ""


def kind_senses(toponyms: list[Toponym]) -> dict[int, str]:
    """ "camps near Xyz city, in Xyz province": when the text calls one name both a town and
    a province, each mention keeps the sense its own cue gives (``id(top)`` → "city" or
    "unit"), instead of one sense per discourse merging the town into its province. A
    dateline is cued a city; uncued mentions are left to the usual choice."""
    by_name: dict[str, list[Toponym]] = {}
    for top in toponyms:
        if top.form == "name" and top.cue_kind in _SENSE_OF_CUE:
            by_name.setdefault(normalize_name(top.name), []).append(top)
    senses: dict[int, str] = {}
    for mentions in by_name.values():
        if len({_SENSE_OF_CUE[t.cue_kind or ""] for t in mentions}) > 1:
            senses.update((id(t), _SENSE_OF_CUE[t.cue_kind or ""]) for t in mentions)
    return senses


#: The sense a type cue selects: a town, or an administrative unit.
_SENSE_OF_CUE = {"city": "city", "admin1": "unit", "admin2": "unit"}

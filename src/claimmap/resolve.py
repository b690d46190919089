"""Resolution: which gazetteer entry each recognised toponym means (geocoding).

Candidates come ranked from the gazetteer; we re-rank them with what the article says:

* explicit type cues ("province of" → admin-1, "the Italian city of" → a city in IT,
  "the Kenyan capital" → KE's capital);
* a container right after the name ("Paris, Texas", "Krasnodar, Russia", "Bari in Italy");
* two names are two places ("from Bar to Bari": no alias of one for the other);
* the countries the article mentions, by name or demonym;
* one sense per discourse: every mention of a name gets the same entry, and a territory
  the gazetteer holds under several kinds (Crimea) is one place per article;
* population, capital and administrative-level priors;
* minimal spread: among otherwise close candidates, the one nearest the article's other
  places wins (a second pass, once first guesses exist).

Some answers are vetoed and reported as :class:`~claimmap.model.Unresolved`, with the
reason (:mod:`claimmap.places`, :mod:`claimmap.places_water`): gazetteer-only matches in a
country the article never names ("the Centre"), short codes that only match a town's alias
("E.U.", "UN"), small namesakes far from every other place of the article ("Suffolk" → a US
town in a story about England), seas or regions read as the town or province named after
them ("the western Pacific", "the Gulf region"), and answers the words around the name
contradict (:mod:`claimmap.places_vetoes`: "Residents of Adigrat and Shire" is no river,
"Russia's Far East" no UN region centred in China), a name whose only entries lie outside
the container written after it ("Norfolk, England"), a tiny territory reached by another
name far from the rest (Norfolk Island), a look-alike spelling abroad ("Suba" → Suva, Fiji),
a province cue met only by a foreign town ("Nyanza province" → Nyanza, Rwanda), and a sea
used as an adjective ("the Atlantic flyway"); and (:mod:`claimmap.places_generic`) a model
name after a demonym ("Russian Xyz drones"), a province named by a position word ("the
Centre"), a look-alike of an island chain, a small town written "the X" of a river, and a
small town abroad far from an article about one other country. A wrong dot on a map is
worse than a missing one.

Every decision keeps its reasons in ``Place.evidence``; the records themselves are built in
:mod:`claimmap.resolve_places`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from claimmap.model import Place, Span, Unresolved
from claimmap.names import normalize_name
from claimmap.places_admin2 import (
    county_cue,
    kind_senses,
    note_district_towns,
    prefer_seat_towns,
)
from claimmap.places_alias_strays import drop_foreign_aliases
from claimmap.places_anchored import drop_misplaced
from claimmap.places_area import rehome_homonyms
from claimmap.places_chains import drop_outside_chains
from claimmap.places_city_parts import drop_far_city_parts
from claimmap.places_cluster import drop_outliers
from claimmap.places_compass import drop_foreign_compass_points
from claimmap.places_context import adjectival_feature, prefixed_adjective
from claimmap.places_counties import shared_counties
from claimmap.places_disputed_homes import prefer_inside_disputed
from claimmap.places_events import split_event_names
from claimmap.places_facility_vetoes import (
    drop_airport_namesakes,
    drop_far_crossings,
    drop_far_facilities,
    drop_owned_facilities,
    facility_alias,
)
from claimmap.places_generic import drop_non_places, drop_one_country_strays
from claimmap.places_groups import (
    context_counts,
    find_containers,
    note_mate_kinds,
    note_provinces,
    split_merged_names,
    unify_territories,
)
from claimmap.places_islands import territory_over_region
from claimmap.places_long_forms import prefer_long_forms
from claimmap.places_longer_names import prefer_longer_names, prefer_named_seats
from claimmap.places_named_area import drop_outside_named_area
from claimmap.places_namesakes import (
    drop_country_only_namesakes,
    drop_strays_sparing,
    drop_unheld_regions_sparing,
)
from claimmap.places_nearest import prefer_nearest_namesakes
from claimmap.places_pairs import (
    container_pairs,
    list_mates,
    located_chains,
    located_pairs,
    sense_keys,
)
from claimmap.places_passes import others_than, rechoose_far_variants
from claimmap.places_plurals import drop_singular_namesakes
from claimmap.places_possessive import possessive_provinces
from claimmap.places_possessive_names import common_noun_exonym
from claimmap.places_qualifiers import drop_outside_qualifiers
from claimmap.places_references import attach_corefs
from claimmap.places_regions import prefer_wide_regions
from claimmap.places_scoring import Group, choose
from claimmap.places_seats import seat_senses
from claimmap.places_sentence_mates import prefer_sentence_neighbours
from claimmap.places_sentence_strays import drop_foreign_sentence_towns
from claimmap.places_short_guesses import drop_short_fuzzy_guesses
from claimmap.places_slot_guess import drop_unbacked_slot_guesses
from claimmap.places_slots import missing_reason, only_a_guess
from claimmap.places_spelling import (
    longer_name_holding,
    misread_look_alike,
)
from claimmap.places_strays import (
    anchors,
    drop_codes,
    drop_far_article_guesses,
    drop_far_namesakes,
)
from claimmap.places_strays import is_code as _is_code  # noqa: F401 (tests read it here)
from claimmap.places_twins import unmarked_twins
from claimmap.places_vetoes import (
    drop_adjectival_towns,
    drop_bare_waters,
    drop_dry_rivers,
    drop_far_territories,
    drop_foreign_guesses,
    drop_foreign_units,
    drop_unfit_provinces,
    drop_unowned,
)
from claimmap.places_water import (
    drop_water_namesakes,
    feature_namesake,
    island_group,
    names_a_feature,
    pin_rivers,
    river_part_candidates,
    sea_as_adjective,
)
from claimmap.resolve_candidates import candidates
from claimmap.resolve_places import to_places

if TYPE_CHECKING:
    from claimmap.places_lexicon import GazetteerLike, Toponym

log = logging.getLogger(__name__)

#: The kinds that can stand for a county and that qualify a town ("Truro, Cornwall").
_COUNTY_KINDS = frozenset({"admin1", "admin2", "country"})


def resolve(
    toponyms: list[Toponym], gaz: GazetteerLike, doc_id: str, text: str
) -> tuple[list[Place], list[Unresolved]]:
    """Turn recognised toponyms into one :class:`Place` per distinct place, plus misses."""
    toponyms, events = split_event_names(toponyms, doc_id, text)  # "the Xyz agreement"
    corefs = [t for t in toponyms if t.form == "coref" and not t.country_code]
    named = [t for t in toponyms if t.form != "coref" or t.country_code]  # "the kingdom": known
    counties: list[Group] = []  # "Monroe County": many states have one
    groups, unresolved = _group(named, gaz, doc_id, text, counties)
    unresolved.extend(events)
    context = context_counts(groups)
    nested = [
        *container_pairs(toponyms, text),
        *located_pairs(toponyms, text),
        *located_chains(toponyms, text),  # "Xyz, in Abc County, Ohio": Ohio holds Xyz
    ]
    containers = find_containers(nested, groups)
    for group in groups.values():
        choose(group, context, containers, others=None)
    points = anchors(groups)
    mates = list_mates(toponyms, text)
    note_mate_kinds(groups, mates)
    note_provinces(groups)
    for group in groups.values():
        if len(group.candidates) > 1:
            choose(group, context, containers, others=others_than(points, group))
    for group in split_merged_names(groups):
        choose(group, context, containers, others=others_than(points, group))
    prefer_wide_regions(groups, gaz, text)  # "the Sahel": the belt, not a province of its name
    prefer_long_forms(groups, gaz)  # "Haina" in a Dominican story: Bajos de Haina
    territory_over_region(groups)  # "Réunion": the province, not the country-less region
    prefer_seat_towns(groups)  # "to al-Ghaydah": the town, not the district named after it
    note_district_towns(groups)  # "Xyz district": the town, said to stand for it
    possessive_provinces(groups, text)  # "Xyz's Abc district", Abc far from the town Xyz
    written = [*mates, *container_pairs(toponyms, text)]  # towns a town is written with
    prefer_nearest_namesakes(groups, gaz, written)  # "dockworkers from Xyz": beside the port
    prefer_sentence_neighbours(groups, text)  # "… the Narva crossing … in St. Petersburg"
    prefer_inside_disputed(groups, gaz)  # "from Martuni" in a Karabakh story: the Karabakh town
    unmarked_twins(groups, toponyms, text)  # "Nogales" before one "Nogales, Sonora": Arizona's
    unresolved = shared_counties(counties, groups, gaz, unresolved)  # by the article's states
    unresolved.extend(rechoose_far_variants(groups, context, containers, doc_id, text))
    unresolved.extend(drop_non_places(groups, gaz, doc_id, text))
    unresolved.extend(drop_unbacked_slot_guesses(groups, anchors(groups), doc_id, text))
    unresolved.extend(drop_short_fuzzy_guesses(groups, doc_id, text))  # "called at Taean"
    unresolved.extend(drop_strays_sparing(groups, doc_id, text))
    unresolved.extend(drop_codes(groups, doc_id, text))
    unresolved.extend(drop_far_territories(groups, doc_id, text))
    unresolved.extend(drop_far_namesakes(groups, doc_id, text))
    unresolved.extend(drop_foreign_aliases(groups, gaz, doc_id, text))  # an alias of a far town
    unresolved.extend(drop_one_country_strays(groups, doc_id, text, gaz))
    unresolved.extend(rehome_homonyms(groups, doc_id, text, gaz))  # the article's area decides
    unresolved.extend(drop_outside_named_area(groups, doc_id, text))  # ... or the countries named
    unresolved.extend(drop_outliers(groups, doc_id, text))  # far from a tight cluster
    unresolved.extend(drop_far_article_guesses(groups, doc_id, text))
    unresolved.extend(drop_outside_qualifiers(groups, doc_id, text))
    unresolved.extend(drop_misplaced(groups, mates, doc_id, text))  # "Xyz, near Abc, in Cdf"
    unresolved.extend(drop_outside_chains(groups, toponyms, doc_id, text))
    unresolved.extend(drop_unfit_provinces(groups, doc_id, text))
    unresolved.extend(drop_foreign_compass_points(groups, doc_id, text))  # "the Northeast"
    unresolved.extend(drop_adjectival_towns(groups, doc_id, text))
    unresolved.extend(drop_foreign_units(groups, doc_id, text))
    unresolved.extend(drop_foreign_guesses(groups, doc_id, text))
    unresolved.extend(drop_water_namesakes(groups, doc_id, text))
    unresolved.extend(drop_unheld_regions_sparing(groups, doc_id, text))
    unresolved.extend(drop_bare_waters(groups, doc_id, text))
    unresolved.extend(drop_dry_rivers(groups, doc_id, text))
    unresolved.extend(drop_unowned(groups, gaz, doc_id, text))
    unresolved.extend(drop_far_facilities(groups, toponyms, doc_id, text))
    unresolved.extend(drop_owned_facilities(groups, doc_id, text))  # "X's Y terminal"
    unresolved.extend(drop_far_crossings(groups, doc_id, text))  # "the Y crossing", Y far off
    unresolved.extend(drop_far_city_parts(groups, doc_id, text))  # "the city's Xyz district"
    unresolved.extend(drop_airport_namesakes(groups, doc_id, text))
    unresolved.extend(drop_country_only_namesakes(groups, doc_id, text))
    unresolved.extend(drop_foreign_sentence_towns(groups, doc_id, text))  # Muse among Ruili
    prefer_longer_names(groups)  # "across Hormuz" over "the Strait of Hormuz": the strait
    prefer_named_seats(groups)  # "Rostov" after "Rostov-on-Don": the city
    unify_territories(groups)
    unresolved.extend(attach_corefs(corefs, groups, doc_id, text))
    places = pin_rivers(to_places(groups, gaz, doc_id, text), gaz, text)
    return places, unresolved


# --- grouping and candidates -----------------------------------------------------------------


def _group(
    toponyms: list[Toponym],
    gaz: GazetteerLike,
    doc_id: str,
    text: str,
    counties: list[Group] | None = None,
) -> tuple[dict[str, Group], list[Unresolved]]:
    """Groups of one sense each; a county name no unit answers is reported unresolved
    and added to ``counties``, for :func:`shared_counties` to place by the article."""
    groups: dict[str, Group] = {}
    unresolved: list[Unresolved] = []
    senses = {
        **kind_senses(toponyms),
        **seat_senses(toponyms, gaz, text),
        **sense_keys(toponyms, text),
    }
    qualifiers = {id(top): nxt.name for top, nxt in container_pairs(toponyms, text)}
    for top in toponyms:
        if top.form in {"demonym", "descriptor", "coref"}:
            key = f"{top.form}:{top.province or top.country_code}"
        else:
            key = f"name:{normalize_name(top.name)}"
            if id(top) in senses:  # "Paris, Texas" … "Paris, France": two senses
                key += f"@{senses[id(top)]}"

        group = groups.get(key)
        if group is None:
            group = groups[key] = Group(key=key, name=top.name)
        group.toponyms.append(top)
        if id(top) in qualifiers:
            group.qualifiers.add(qualifiers[id(top)])
    for key, group in list(groups.items()):
        key_name = group.name
        group.candidates = [  # "Benina airport": not Benin misspelt; "Union Station": no Union
            c
            for c in candidates(group, gaz)
            if not misread_look_alike(c, group.toponyms, text)
            and not facility_alias(c, key_name)
            and not common_noun_exonym(c, key_name)  # "Island": not Iceland
        ]
        feature = bool(group.candidates) and names_a_feature(group.toponyms)
        adjective = bool(group.candidates) and _adjectival(group.toponyms, text)
        if feature or adjective:  # "the western Pacific", "the Atlantic flyway": no town
            group.candidates = [c for c in group.candidates if not feature_namesake(c)]
        group.candidates = river_part_candidates(group, text)  # "the Xyz delta": the river
        group.candidates = sea_as_adjective(group, gaz, text) or group.candidates
        plural = drop_singular_namesakes(group, gaz)  # "the Carolinas": no town "Carolina"
        if longer := longer_name_holding(group, toponyms):  # "Xyz" of "the Gulf of Xyz"
            group.candidates = []
        county = county_cue(group.name, group.toponyms)
        if county:  # "Pueblo County": a unit (Kent County: the county), not the city
            group.candidates = [c for c in group.candidates if c.kind in _COUNTY_KINDS]
        if not group.candidates:
            del groups[key]
            if county and counties is not None:
                counties.append(group)
            for top in (t for t in group.toponyms if not only_a_guess(t)):
                span = Span(doc_id, top.start, top.end, text[top.start : top.end])
                why = missing_reason(top)
                if county:
                    why = (
                        f"'{top.name}' is a {county}: the gazetteer holds no {county} (admin-2)"
                        f" unit of that name; a town sharing the name is not the {county}"
                    )
                elif plural:
                    why = f"{top.name!r} {plural}"
                elif longer:
                    why = f"no gazetteer entry for {top.name!r}, only for {longer!r}"
                elif feature or island_group(group.toponyms, text):
                    why = f"'the {top.name}' names a feature; only towns have its name"
                elif adjective:
                    why = f"'{top.name}' qualifies a noun as seas do; only towns have its name"
                unresolved.append(Unresolved(span, why))
    return groups, unresolved


def _adjectival(toponyms: list[Toponym], text: str) -> bool:
    """Every mention names a feature: "the Atlantic" (:func:`names_a_feature`) or, as part
    of an adjective, "mid-Atlantic states"."""
    return all(
        (adjectival_feature(t, text) and prefixed_adjective(t, text)) or names_a_feature([t])
        for t in toponyms
    ) and any(prefixed_adjective(t, text) for t in toponyms)

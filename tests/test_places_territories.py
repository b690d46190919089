"""One territory, one place per article: the gazetteer holds some territories under several
kinds (Crimea is a disputed area, a Ukrainian province and a peninsula region), and an article
naming it twice in different words must not get two dots and two ids.

Passages written for these tests, over the real gazetteer.
"""

from __future__ import annotations

from helpers import geoparse

from claimmap.model import Candidate
from claimmap.places_groups import unify_territories
from claimmap.places_scoring import Group


def ids_of(text: str, word: str) -> set[str]:
    places, _ = geoparse(text)
    return {p.id for p in places if any(word in m.text for m in p.mentions)}


def test_a_peninsula_and_its_province_are_one_place() -> None:
    text = (
        "Drones were launched from the Russian-controlled Crimean peninsula, the ministry "
        "said. Advisers were seen in occupied Crimea last week, Ukraine said."
    )
    assert len(ids_of(text, "Crimea")) == 1


def test_the_place_most_mentions_chose_wins() -> None:
    text = (
        "Shelling hit occupied Crimea on Monday. Kyiv said Crimea would be retaken. "
        "Boats left the Crimean peninsula at dawn."
    )
    places, _ = geoparse(text)
    (crimea,) = [p for p in places if p.name == "Crimea"]
    assert [m.text for m in crimea.mentions] == ["Crimea", "Crimea", "Crimean peninsula"]


def entry(source_id: str, kind: str, lat: float, lon: float, geometry: bool) -> Candidate:
    return Candidate(source_id, "Georgia", "Georgia", kind, None, None, lat, lon, 0, None, geometry)  # type: ignore[arg-type]


def group(key: str, choice: Candidate, mentions: int) -> Group:
    return Group(key=key, name=choice.name, toponyms=[None] * mentions, choice=choice)  # type: ignore[list-item]


def test_same_named_territories_far_apart_keep_their_senses() -> None:
    country = entry("country:GE", "country", 42.2, 43.5, True)
    state = entry("admin1:US.GA", "admin1", 32.7, -83.4, False)
    groups = {"a": group("a", country, 1), "b": group("b", state, 2)}
    unify_territories(groups)
    assert groups["a"].choice is country and groups["b"].choice is state


def test_close_territories_take_the_majority_then_the_polygon() -> None:
    area = entry("disputed:x", "disputed", 45.3, 34.3, True)
    province = entry("admin1:UA.11", "admin1", 44.9, 34.1, False)
    tied = {"a": group("a", area, 1), "b": group("b", province, 1)}
    unify_territories(tied)
    assert tied["b"].choice is area
    outvoted = {"a": group("a", area, 1), "b": group("b", province, 2)}
    unify_territories(outvoted)
    assert outvoted["a"].choice is province
    assert "one territory per article" in outvoted["a"].reasons[-1]

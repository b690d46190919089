"""Names the gazetteer lacks that the text makes places ("the Xyz region", "the al-Xyz
camp") are listed as unresolved, with the reason, rather than silently dropped."""

from __future__ import annotations

import pytest
from helpers import geoparse


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        ("Voters backed a new province in the Tamboro region, which Ghana administers.", "Tamboro"),
        ("Smugglers hide the pills in the Zerqoun mountains and near Damascus.", "Zerqoun"),
        ("Baghdad repatriated 500 women from the al-Marej camp in Syria on Tuesday.", "Marej"),
    ],
)
def test_an_unknown_area_name_is_reported(passage: str, name: str) -> None:
    places, unresolved = geoparse(passage)
    assert any(name in u.mention.text for u in unresolved), unresolved
    assert all(name not in p.name for p in places)


def test_a_politicians_camp_is_no_place() -> None:
    _, unresolved = geoparse("The Okonkwo camp said on Monday the vote in Abuja was rigged.")
    assert not any("Okonkwo" in u.mention.text for u in unresolved)


def test_a_compass_point_before_a_country_is_an_area() -> None:
    places, _ = geoparse("Aid reached a camp in northeast Nigeria and towns in southwest Chad.")
    areas = {p.name: p.kind for p in places if p.kind == "area"}
    assert areas == {"North-eastern Nigeria": "area", "South-western Chad": "area"}

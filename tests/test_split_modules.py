"""The parts split out of long modules answer as before, under both their old and new homes."""

from __future__ import annotations

import pytest

from claimmap import maps_draw, places_context
from claimmap.gazetteer import Gazetteer, default_gazetteer
from claimmap.gazetteer_countries import CountryQueries
from claimmap.maps_symbols import MOOD_DASHES, MOOD_LABEL, MOOD_SWATCH, leg_dashes, mood_class
from claimmap.model import Leg
from claimmap.nlp import load_nlp
from claimmap.places_agency import is_agent


def test_old_homes_still_export_the_moved_names() -> None:
    assert places_context.is_agent is is_agent
    assert maps_draw.leg_dashes is leg_dashes


def test_country_answers_come_from_the_mixin() -> None:
    gaz = default_gazetteer()
    assert isinstance(gaz, Gazetteer) and isinstance(gaz, CountryQueries)
    assert gaz.country(" sy ").name == "Syria"  # type: ignore[union-attr]
    assert gaz.country_of_demonym("Syrians") == "SY"
    assert gaz.capital("KE").name == "Nairobi"  # type: ignore[union-attr]
    assert gaz.admin1_seat("US.TX").name == "Austin"  # type: ignore[union-attr]
    north = gaz.directional_area("northern", "SY")
    assert north is not None
    assert (north.source_id, north.name) == ("area:north:SY", "Northern Syria")
    assert gaz.geometry("area:north:SY").geom_type == "Polygon"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "words", "agent"),
    [
        ("Officials condemned the aggression by Washington on Friday.", "Washington", True),
        ("We will not wait for Moscow, the minister said.", "Moscow", True),
        ("The delegation left for Paris on Monday.", "Paris", False),
    ],
)
def test_a_capital_dealt_with_acts(text: str, words: str, agent: bool) -> None:
    doc = load_nlp()(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words))
    assert span is not None
    assert is_agent(span) is agent


def test_every_mood_has_a_pattern_a_swatch_and_a_label() -> None:
    assert (
        set(MOOD_DASHES)
        == set(MOOD_SWATCH)
        == set(MOOD_LABEL)
        == {
            "possible",
            "intended",
            "denied",
        }
    )
    assert mood_class(Leg("a", "b")) == ""
    assert mood_class(Leg("a", "b", mood="denied")) == " cm-denied"
    assert leg_dashes(Leg("a", "b", mood="denied")) == "1 7"

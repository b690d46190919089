"""Probe-25 leftovers: a town NER called a person as the object of "used" in a route's
account, and a medium relaying a body it cites ("citing the port authority in Xyz")."""

from __future__ import annotations

import claimmap
from claimmap.model import Claim, Place

_ROUTE = (
    "Fuel bound for {country} now moves by truck, a monitoring group said. The group said "
    "the route had changed after patrols increased in 2022, when smugglers had used {name} "
    "instead."
)


def _places(text: str) -> list[Place]:
    return list(claimmap.analyze(claimmap.from_text(text)).places)


def _claims(text: str) -> list[Claim]:
    return list(claimmap.analyze(claimmap.from_text(text)).claims)


def test_a_town_smugglers_used_is_placed_in_the_article_s_country() -> None:
    result = claimmap.analyze(claimmap.from_text(_ROUTE.format(country="Libya", name="Zuwara")))
    town = next(p for p in result.places if p.kind == "city")
    assert town.name == "Zuwarah" and town.country_code == "LY"
    assert town.mentions[0].text == "Zuwara"
    assert any(e.startswith("'used Zuwara'") for e in town.evidence)


def test_an_exact_name_used_by_smugglers_is_placed_too() -> None:
    places = _places(_ROUTE.format(country="Somalia", name="Bosaso"))
    assert [(p.name, p.country_code) for p in places if p.kind == "city"] == [("Bosaso", "SO")]


def test_a_used_town_of_a_country_the_article_never_names_is_reported_not_placed() -> None:
    result = claimmap.analyze(claimmap.from_text(_ROUTE.format(country="Peru", name="Zuwara")))
    assert all(p.kind == "country" for p in result.places)
    assert [u.mention.text for u in result.unresolved] == ["Zuwara"]


def test_a_person_smugglers_used_is_no_place() -> None:
    places = _places(_ROUTE.format(country="Libya", name="Ahmed"))
    assert [p.name for p in places] == ["Libya"]


def test_a_medium_citing_a_port_authority_relays_it() -> None:
    claims = _claims(
        "Kazakh news agency Kazinform reported, citing the port authority in Aktau, that "
        "freight volumes with Azerbaijan had doubled over the summer, but it gave no figures."
    )
    claim = next(c for c in claims if c.cue.text == "reported")
    assert claim.claimant is not None and claim.claimant.text == "the port authority in Aktau"
    assert (
        claim.outlet is not None and claim.outlet.text == "Kazinform"
    )  # the medium, not its description
    assert claim.content.text.startswith("that freight volumes with Azerbaijan had doubled")


def test_a_medium_citing_a_regional_administration_relays_it() -> None:
    claims = _claims(
        "The state agency Belta reported, citing the regional administration, that grain "
        "exports from Gomel had fallen sharply this autumn."
    )
    claim = next(c for c in claims if c.cue.text == "reported")
    assert claim.claimant is not None and claim.claimant.text == "the regional administration"
    assert claim.outlet is not None and "Belta" in claim.outlet.text


def test_a_people_s_adjective_is_never_the_outlet_s_name() -> None:
    claims = _claims(
        "Kazakh news agency Kazinform reported, citing shipping data, that freight volumes "
        "with Azerbaijan had doubled over the summer, but it gave no figures."
    )
    claim = next(c for c in claims if c.cue.text == "reported")
    assert (
        claim.outlet is not None and claim.outlet.text == "Kazinform"
    )  # the medium, not its description

"""Airports: point entries of kind ``facility`` (airportsdata, IATA airports) found by their
names, their names without "International" and their short forms, and ranked by the city
they serve, so that a world city's airport outranks a hamlet of its name while a city of
the short form's name keeps it ("Dubai").
"""

from __future__ import annotations

from helpers import geoparse

from claimmap.gazetteer import default_gazetteer


def top(name: str) -> tuple[str, str]:
    cand = default_gazetteer().lookup(name, limit=1, fuzzy=False)[0]
    return cand.source_id, cand.kind


def ids(text: str) -> dict[str, tuple[str, str]]:
    places, _ = geoparse(text)
    return {m.text: (p.id, p.kind) for p in places for m in p.mentions}


def test_full_names_and_names_without_international() -> None:
    assert top("Benina International Airport") == ("airport:BEN", "facility")
    assert top("Suvarnabhumi Airport") == ("airport:BKK", "facility")
    assert top("Don Mueang Airport") == ("airport:DMK", "facility")
    assert top("Aden Adde International Airport") == ("airport:MGQ", "facility")


def test_short_forms_that_name_no_place() -> None:
    assert top("Benina") == ("airport:BEN", "facility")
    assert top("Suvarnabhumi") == ("airport:BKK", "facility")
    assert top("Heathrow Airport") == ("airport:LHR", "facility")


def test_a_city_keeps_its_name() -> None:
    """ "Dubai International Airport" gives no short form: Dubai is the city."""
    assert top("Dubai") == ("gn:292223", "city")
    assert top("Dubai International Airport") == ("airport:DXB", "facility")


def test_a_world_citys_airport_outranks_a_small_namesake_town() -> None:
    """Heathrow, Florida is a town of a few thousand; London's airport serves millions."""
    cands = default_gazetteer().lookup("Heathrow", limit=3, fuzzy=False)
    assert (cands[0].source_id, cands[0].kind) == ("airport:LHR", "facility")
    assert "airport" in cands[0].why
    towns = [c for c in cands if c.kind == "city"]
    assert towns and towns[0].country_code == "US" and towns[0].score < cands[0].score


def test_a_person_named_airport_gives_no_short_form() -> None:
    gaz = default_gazetteer()
    assert top("Imam Khomeini International Airport") == ("airport:IKA", "facility")
    assert not any(c.kind == "facility" for c in gaz.lookup("Imam Khomeini", fuzzy=False))


def test_airports_stay_out_of_the_fuzzy_index() -> None:
    cands = default_gazetteer().lookup("Suvarnabhumy", limit=3, fuzzy=True)
    assert all(c.kind != "facility" for c in cands)


def test_text_names_the_airport() -> None:
    found = ids("The jet was diverted and landed at Benina International Airport on Sunday.")
    assert found["Benina International Airport"] == ("airport:BEN", "facility")


def test_lower_case_head_reaches_the_airport() -> None:
    """The mention is the name as written; its head makes it the airport, not the district."""
    found = ids("Stranded tourists slept on the floor of Don Mueang airport overnight.")
    assert found["Don Mueang"] == ("airport:DMK", "facility")
    found = ids("Protesters blocked the road to Cairo airport on Tuesday.")
    assert found["Cairo"] == ("airport:CAI", "facility")


def test_a_far_airstrip_does_not_take_a_known_name() -> None:
    """ "Bali Airport" is an airstrip of a Cameroonian Bali; "Bali airport" is not it."""
    found = ids("Tourists were stuck at Bali airport after the volcano erupted in Indonesia.")
    assert found["Bali"][0] == "admin1:ID.02"


def test_bare_short_form_in_a_story() -> None:
    found = ids("Two flights from Heathrow were cancelled after the storm hit England.")
    assert found["Heathrow"] == ("airport:LHR", "facility")


def test_unlisted_port_still_falls_back_to_its_city() -> None:
    found = ids(
        "The cargo ship docked at Jeddah Islamic Port on Friday, officials in Saudi Arabia said."
    )
    assert found["Jeddah Islamic Port"][1] == "city"

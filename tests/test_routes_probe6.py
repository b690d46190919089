"""Movements a sixth probe of unseen articles drew as stated routes although the text denies
them: a mover under "no"/"none of", a "the claim that ..." clause judged false, and the same
journey retold (a viral caption, a "Claim:" line) in an article that denies it elsewhere.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Potosi": ("gn:3907584", "city", "BO", -19.58, -65.75),
    "Arica": ("gn:3899361", "city", "CL", -18.48, -70.3),
    "Santos": ("gn:3449433", "city", "BR", -23.96, -46.33),
    "Rotterdam": ("gn:2747891", "city", "NL", 51.92, 4.48),
    "Kenya": ("country:KE", "country", "KE", 1.0, 38.0),
    "Mosul": ("gn:99072", "city", "IQ", 36.34, 43.13),
    "Zakho": ("gn:89570", "city", "IQ", 37.14, 42.68),
    "Syria": ("country:SY", "country", "SY", 35.0, 38.0),
    "Izmir": ("gn:311046", "city", "TR", 38.41, 27.14),
    "Athens": ("gn:264371", "city", "GR", 37.98, 23.72),
    "Tucson": ("gn:5318313", "city", "US", 32.22, -110.93),
    "Phoenix": ("gn:5308655", "city", "US", 33.45, -112.07),
    "Flagstaff": ("gn:5294810", "city", "US", 35.2, -111.65),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ)


def test_no_mover_is_a_negated_movement() -> None:
    r = read("Chile's customs office said no Bolivian trucks had driven from Potosi to Arica.")
    assert r.movement("driven").negated
    assert r.routes == []


def test_none_of_the_movers_is_a_negated_movement() -> None:
    r = read("None of the refugees were sent to Kenya, the agency said.")
    assert r.movement("sent").negated


def test_a_claim_judged_false_draws_no_route() -> None:
    r = read("The claim that cargo ships carried ore from Santos to Rotterdam via Arica is untrue.")
    assert r.movement("carried").negated
    assert r.routes == []


def test_a_claim_said_not_to_be_true_draws_no_route() -> None:
    r = read("The story that trucks drove the ore from Potosi to Arica is not true.")
    assert r.movement("drove").negated


def test_a_claim_that_stands_still_draws_the_route() -> None:
    r = read("The claim that trucks drove the ore from Potosi to Arica was confirmed by customs.")
    assert not r.movement("drove").negated
    assert ("Potosi", "Arica", "stated") in r.legs()


def test_a_journey_the_article_denies_is_not_drawn_where_it_is_retold() -> None:
    r = read(
        '"Two freighters left Santos for Rotterdam via Arica on Sunday," the viral caption '
        "reads. The claim that freighters sailed from Santos to Rotterdam via Arica is false."
    )
    assert r.routes == []


def test_an_undenied_journey_next_to_a_denied_one_is_kept() -> None:
    r = read(
        "Freighters sailed from Santos to Rotterdam in May. No freighter sailed from Arica "
        "to Rotterdam, the port said."
    )
    assert r.legs() == {("Santos", "Rotterdam", "stated")}


# --- movers: what is moved, not who moves it or who tells of it -----------------------------


def test_an_object_pronoun_stands_for_what_was_moved_before() -> None:
    r = read(
        "Smuggled coins from Mosul were trucked to Zakho, a police report said. "
        "From Izmir, the investigators say, brokers flew them to Athens."
    )
    assert r.movement("flew").mover is not None
    assert r.movement("flew").mover.text == "coins"


def test_the_object_of_a_walking_verb_is_the_mover() -> None:
    r = read("Guides walked the migrants across the border into Syria.")
    mover = r.movement("walked").mover
    assert mover is not None and mover.text == "migrants"


def test_a_bare_count_of_speakers_is_the_mover() -> None:
    r = read("Officials said 22 said they had been sold from Mosul to Zakho.")
    mover = r.movement("sold").mover
    assert mover is not None and mover.text == "22"


def test_he_said_he_is_the_man_not_the_clerk() -> None:
    r = read(
        "One woman, who gave only her first name, said a city clerk in Tucson had advised her "
        "to move. She said she left Tucson on May 2 and arrived in Flagstaff the next day."
    )
    for trigger in ("left", "arrived"):
        mover = r.movement(trigger).mover
        assert mover is not None and mover.text == "woman"


# --- chaining: a conjoined leg starts where the one before ended ------------------------


def test_a_conjoined_leg_starts_at_the_previous_destination() -> None:
    r = read("Investigators said coins from Syria were driven to Mosul and then flown to Athens.")
    assert r.movement("flown").origin is None  # not "from Syria": the routes join the legs
    assert ("Mosul", "Athens", "stated") in r.legs()
    assert ("Syria", "Athens", "stated") not in r.legs()


def test_from_there_after_a_list_dash_goes_on_from_the_last_stop() -> None:
    r = read(
        "Key findings\n\n- Survivors say they were driven from Tucson to Phoenix.\n"
        "- From there, guides walked them to Flagstaff."
    )
    assert ("Phoenix", "Flagstaff", "stated") in r.legs()
    mover = r.movement("walked").mover
    assert mover is not None and mover.text == "Survivors"


def test_other_movers_of_the_same_kind_get_their_own_route() -> None:
    r = read(
        "Evacuees were moved from Tucson to Phoenix, officials said. "
        "Army helicopters flew 40 patients and nursing home residents from Tucson to Flagstaff."
    )
    routes = r.route_legs()
    assert {("Tucson", "Phoenix", "stated")} in routes
    assert {("Tucson", "Flagstaff", "stated")} in routes

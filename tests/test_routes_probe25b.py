"""Route defects of the twenty-fifth probe (b), each with passages written for these tests
(names, places and wording invented): "was to have been sent to X" is a meant leg, not a
denied one; goods handed to a craft ("loaded onto a barge bound for Y", "carried by dhow"
... "the vessels sailed to Y") go on with it; "with a stop off Z" is a stop; "continued to
Y" and "the vehicles were destined for Y" go on from where the movers were; "possibly Y"
is the finer end of "units in X's south"; "then on to Y" after two verbs goes on from the
last; "used boats from X to reach Y" sets off from X; a capability ("a force that can be
supplied from X") or a way relied on is no trip; a denial made this year is not listed on
a leg that ended years before.
"""

from __future__ import annotations

from datetime import datetime

import claimmap

Legs = set[tuple[str, str]]


def _analysis(text: str, published: datetime | None = None) -> claimmap.Analysis:
    return claimmap.analyze(claimmap.from_text(text, published=published))


def _moods(a: claimmap.Analysis) -> dict[tuple[str, str], str]:
    """(from, to) → mood of every leg, by place name."""
    name = {p.id: p.name for p in a.places}
    return {
        (name[leg.from_place], name[leg.to_place]): leg.mood for r in a.routes for leg in r.legs
    }


# --- a plan not carried out is a meant leg --------------------------------------------------


def test_was_to_have_been_sent_is_an_intended_leg_not_a_negated_one() -> None:
    text = (
        "From the Ecuadorian port of Guayaquil the cargo was to have been sent on to Rotterdam "
        "in a shipping container, prosecutors said."
    )
    a = _analysis(text)
    sent = next(m for m in a.movements if m.trigger.text == "sent")
    assert not sent.negated
    assert sent.mood == "intended"
    assert _moods(a) == {("Guayaquil", "Rotterdam"): "intended"}


# --- goods handed to a craft go on with it --------------------------------------------------


def test_goods_loaded_onto_a_barge_bound_for_a_port_go_on_with_it() -> None:
    # the stop between (a river town) is not in the gazetteer: the leg spans it
    text = (
        "LIMA, Peru — According to the ministry, the drugs were packed at a ranch near Pucallpa "
        "and trucked to Puerto Zungarococha, where they were loaded onto a river barge bound "
        "for Leticia, Colombia."
    )
    moods = _moods(_analysis(text))
    assert moods == {("Pucallpa", "Leticia"): "intended"}


def test_goods_carried_by_dhow_go_on_with_the_vessels_of_the_next_sentence() -> None:
    text = (
        "DUBAI (Reuters) — The rifles were loaded at Chabahar and carried by dhow across the "
        "Arabian Sea, the report says. According to the crew, the boats sailed to Mukalla, "
        "in Yemen, with a stop off Salalah."
    )
    moods = _moods(_analysis(text))
    assert set(moods) == {("Chabahar", "Şalālah"), ("Şalālah", "Mukalla")}


def test_goods_loaded_with_no_craft_named_do_not_join_a_later_boat() -> None:
    text = (
        "The rifles were loaded at Chabahar and stored for a month, the report says. "
        "According to the crew, the boats sailed to Mukalla, in Yemen."
    )
    assert ("Chabahar", "Mukalla") not in _moods(_analysis(text))


def test_a_stop_told_with_the_voyage_is_a_stop_on_the_way() -> None:
    text = "The tanker sailed from Jeddah to Port Sudan with a stop at Yanbu, the agency said."
    assert set(_moods(_analysis(text))) == {("Jeddah", "Yanbu"), ("Yanbu", "Port Sudan")}


# --- going on from where the movers were ----------------------------------------------------


def test_a_smaller_group_that_may_have_continued_goes_on_from_the_arrival() -> None:
    text = (
        "NIAMEY — Two aid officials in Niamey said that about 300 Turkish contractors arrived "
        "in Niger last month on flights from Istanbul. A smaller group may have continued to "
        "Zinder, in the east, and on to Diffa."
    )
    moods = _moods(_analysis(text))
    assert moods[("Niger", "Zinder")] == "possible"
    assert moods[("Zinder", "Diffa")] == "possible"


def test_vehicles_destined_for_a_guessed_town_go_on_from_where_they_were_driven() -> None:
    text = (
        "A reporter in Benghazi says trucks were waiting at the port and drove the cargo to "
        "Ajdabiya overnight. A diplomat in Tripoli told me the vehicles were reportedly "
        "destined for Russian units in Libya's south, probably Ghadames, but I have not been "
        "able to confirm that."
    )
    a = _analysis(text)
    destined = next(m for m in a.movements if m.trigger.text == "destined")
    names = {p.id: p.name for p in a.places}
    assert destined.destination is not None
    assert names[destined.destination.place_id or ""] == "Ghadames"
    assert _moods(a)[("Ajdabiya", "Ghadames")] == "intended"


def test_vehicles_named_afresh_do_not_go_on_from_an_earlier_end() -> None:
    text = (
        "Trucks drove the cargo to Ajdabiya overnight. Other vehicles destined for Ghadames "
        "were seen near Misrata, the diplomat said."
    )
    assert ("Ajdabiya", "Ghadames") not in _moods(_analysis(text))


def test_then_on_to_after_two_verbs_goes_on_from_the_last() -> None:
    text = (
        "The guns were driven to Dajabón, carried across the river into Ouanaminthe, then on "
        "to Gonaïves, the agent told senators."
    )
    legs = set(_moods(_analysis(text)))
    assert ("Dajabón", "Ouanaminthe") in legs
    assert ("Ouanaminthe", "Gonaïves") in legs
    assert ("Dajabón", "Gonaïves") not in legs


def test_boats_used_from_a_port_to_reach_another_set_off_from_it() -> None:
    text = (
        "SANTO DOMINGO — The minister told the committee that the smugglers also used small "
        "boats from Puerto Plata to reach Cap-Haïtien."
    )
    assert set(_moods(_analysis(text))) == {("Puerto Plata", "Cap-Haïtien")}


# --- no trip ---------------------------------------------------------------------------------


def test_a_force_that_can_be_supplied_and_a_route_relied_on_are_no_trips() -> None:
    text = (
        "Why does this matter? Because a brigade that can be supplied from Benghazi no longer "
        "depends on the long sea route around Africa, which in 2021 brought equipment from "
        "Sevastopol to Dakar."
    )
    a = _analysis(text)
    assert set(_moods(a)) == {("Sevastopol", "Dakar")}
    assert not any(m.trigger.text in ("supplied", "route") for m in a.movements)


def test_a_denial_made_this_year_is_not_listed_on_a_leg_years_before() -> None:
    text = (
        "In 2019, Wagner Group fighters were flown from Latakia to Sirte in central Libya. "
        "Russia's defence ministry denied on Thursday that any fighters had been transferred "
        "from Syria to Libya."
    )
    a = _analysis(text, published=datetime(2026, 11, 21))
    names = {p.id: p.name for p in a.places}
    legs = {(names[g.from_place], names[g.to_place]): g for r in a.routes for g in r.legs}
    old = legs[("Latakia", "Sirte")]
    denials = {c.id for c in a.claims if c.modality == "denied"}
    assert denials  # the denial is read ...
    assert not set(old.claim_ids) & denials  # ... but not listed on the 2019 leg

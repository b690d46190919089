"""Route defects of the twenty-fourth probe (b), each with passages written for these tests
(names, places and wording invented): a movement a negated frame tells ("the video does
not show troops moving", "there are no flights from X to Y") draws no made leg; a place
in what describes the craft ("registered in X") or in a group's name ("the Islamic State in
the Y") is no stop; "denied any movement" contests the legs of the denier's ground; "the
A-B crossing" is passed from A to B; a seizure starts the hop its cargo was bound on;
"joined the X area" goes to X; "It had earlier stopped at Y" is the vessel's stop; a teller
"at X" tells of goods that got to X going on from there.
"""

from __future__ import annotations

import claimmap

Legs = set[tuple[str, str]]


def _analysis(text: str) -> claimmap.Analysis:
    return claimmap.analyze(claimmap.from_text(text))


def _legs(text: str) -> Legs:
    """(from, to) of every leg, by place name."""
    a = _analysis(text)
    name = {p.id: p.name for p in a.places}
    return {(name[leg.from_place], name[leg.to_place]) for r in a.routes for leg in r.legs}


def _moods(text: str) -> dict[tuple[str, str], str]:
    a = _analysis(text)
    name = {p.id: p.name for p in a.places}
    return {
        (name[leg.from_place], name[leg.to_place]): leg.mood for r in a.routes for leg in r.legs
    }


# --- a movement a negated frame tells draws no made leg ------------------------------------


def test_a_video_that_does_not_show_a_movement_draws_no_leg() -> None:
    text = "Fact check: Footage does not show Hungarian tanks moving from Szeged to Subotica."
    a = _analysis(text)
    assert [m.negated for m in a.movements] == [True]
    assert _legs(text) == set()


def test_there_are_no_flights_is_a_denial_not_a_made_leg() -> None:
    text = "There are no flights from Adana to Benghazi carrying my fighters, the commander said."
    a = _analysis(text)
    assert [m.negated for m in a.movements] == [True]
    assert ("Adana", "Benghazi") not in _moods(text) or _moods(text)[
        ("Adana", "Benghazi")
    ] == "denied"


def test_no_evidence_that_trucks_crossed_negates_the_crossing() -> None:
    text = "There is no evidence that trucks crossed from Hatay into Idlib, the monitor said."
    a = _analysis(text)
    assert [m.negated for m in a.movements] == [True]
    assert all(leg.mood != "made" for r in a.routes for leg in r.legs)


def test_a_claim_the_footage_is_said_to_show_stays_drawn() -> None:
    # the verdict is on the footage; the post's claim is still drawn as its claimant's
    text = (
        "Fact check: Footage does not show Hungarian tanks moving from Szeged to Subotica.\n"
        "A clip shared on Telegram claims to show a column of Hungarian armoured vehicles "
        "driving from Szeged to Subotica."
    )
    assert ("Szeged", "Subotica") in _legs(text)


def test_an_affirmed_showing_still_draws_the_leg() -> None:
    text = "Satellite images show trucks moving from Szeged to Subotica, the analysts said."
    assert _legs(text) == {("Szeged", "Subotica")}


# --- places describing the craft or the group are no stops ---------------------------------


def test_the_registry_of_the_aircraft_is_no_stop() -> None:
    text = (
        "Investigators found that at least 12 cargo flights operated by an An-124 registered "
        "in Kazakhstan departed Izmir and landed at Benghazi in March."
    )
    legs = _legs(text)
    assert ("İzmir", "Benghazi") in legs
    assert not any("Kazakhstan" in leg for leg in legs)


def test_a_flag_state_is_no_start() -> None:
    text = "A tanker flagged in Panama sailed to Tartus with Iranian crude, the monitors said."
    a = _analysis(text)
    assert [m.origin for m in a.movements] == [None]


def test_a_place_in_a_group_name_is_no_start() -> None:
    text = "Fighters of al-Qaeda in the Islamic Maghreb crossed into Niger, officials said."
    a = _analysis(text)
    assert [m.origin for m in a.movements] == [None]
    assert not any("Maghreb" in leg for leg in _legs(text))


def test_fighters_based_in_a_town_still_set_off_there() -> None:
    text = "Fighters based in Idlib were flown to Tripoli, the monitor said."
    assert _legs(text) == {("Idlib", "Tripoli")}


# --- a denial of "any movement" answers for the denier's ground ----------------------------


def test_a_state_denying_any_movement_contests_the_legs_into_it() -> None:
    text = (
        "Hundreds of fighters crossed from Gao into Niger last month, local officials said. "
        "The Nigerien Ministry of Defence denied any large-scale movement."
    )
    a = _analysis(text)
    name = {p.id: p.name for p in a.places}
    denial = next(c for c in a.claims if c.modality == "denied")
    legs = {(name[leg.from_place], name[leg.to_place]): leg for r in a.routes for leg in r.legs}
    assert denial.id in legs[("Gao", "Niger")].claim_ids


# --- a border crossing named after both sides ----------------------------------------------


def test_the_a_b_crossing_is_passed_from_a_to_b() -> None:
    text = (
        "From Poland the boxes were trucked to Terespol, on Poland's border with Belarus, "
        "investigators say. They were then driven across the Terespol-Brest crossing and "
        "delivered to a firm in Minsk, prosecutors allege."
    )
    legs = _legs(text)
    assert ("Terespol", "Brest") in legs
    assert ("Brest", "Terespol") not in legs
    assert ("Brest", "Minsk") in legs


# --- a seizure starts the hop its cargo was bound on ----------------------------------------


def test_cargo_seized_at_a_port_starts_its_own_hop() -> None:
    text = (
        "Investigators say 30 shipments went from Lisbon to Tallinn. One of them, seized last "
        "week in Hamina, may have been destined for a tank plant in Kazan, investigators said."
    )
    moods = _moods(text)
    assert moods[("Hamina", "Kazan")] == "possible"
    assert ("Tallinn", "Kazan") not in moods


# --- joining an area ------------------------------------------------------------------------


def test_joining_a_named_area_goes_there() -> None:
    text = "According to a local official, the men set off from Ayorou and joined the Abala area."
    a = _analysis(text)
    joined = [m for m in a.movements if m.trigger.text == "joined"]
    assert len(joined) == 1 and joined[0].destination is not None
    assert joined[0].destination.span.text == "Abala area"


def test_joining_a_group_is_no_movement() -> None:
    text = "Three of the men joined the Wagner Group, the official said."
    assert not [m for m in _analysis(text).movements if m.trigger.text == "joined"]


# --- "It had earlier stopped at Y" after "The Panel notes that the vessel sailed" -----------


def test_it_after_a_report_frame_is_the_vessel_told_of() -> None:
    text = (
        "The Panel notes that the ferry Mavi Deniz left Izmir and docked at Benghazi two days "
        "later. It had earlier stopped at Limassol."
    )
    a = _analysis(text)
    stopped = next(m for m in a.movements if m.trigger.text == "stopped")
    assert stopped.mover is not None and "Mavi Deniz" in stopped.mover.text
    assert _legs(text) == {("İzmir", "Limassol"), ("Limassol", "Benghazi")}


# --- a teller at the place the goods got to -------------------------------------------------


def test_a_teller_at_the_landing_place_starts_the_goods_onward_hop() -> None:
    text = (
        "At least 15 cargo flights departed Izmir and landed at Benghazi, the Panel found. "
        "A Libyan official in Benghazi told the Panel that the crates were trucked to Ajdabiya."
    )
    assert ("Benghazi", "Ajdabiya") in _legs(text)


def test_a_teller_elsewhere_gives_no_start() -> None:
    text = (
        "At least 15 cargo flights departed Izmir and landed at Benghazi, the Panel found. "
        "A Libyan official in Tobruk told the Panel that the crates were trucked to Ajdabiya."
    )
    assert not any(a == "Tobruk" for a, _ in _legs(text))

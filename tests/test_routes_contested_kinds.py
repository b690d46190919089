"""A denial contests only the legs it answers: of its own kind of movers (arms, not a
flight of refugees) and, naming one end, the legs crossing into that end, not the hops
inside it after."""

from __future__ import annotations

import claimmap
from claimmap.routes_frame import legs_frame


def _legs(text: str) -> dict[tuple[str, str], list[str]]:
    a = claimmap.analyze(claimmap.from_text(text))
    frame = legs_frame(a.routes, a.places, a.claims)
    return {(r["from_name"], r["to_name"]): r["denied_by"] for r in frame.to_dict("records")}


def test_an_arms_denial_leaves_a_flight_of_refugees_alone() -> None:
    legs = _legs(
        "Refugees flee fighting\nReuters, 2025-06-04\n"
        "About 2,000 refugees fled from Tamu into India on Monday, aid workers said.\n\n"
        "Rebels say guns crossed the border\nA rebel commander said rifles were smuggled "
        "from Imphal to Kalay last week.\n\n"
        '"There has been no movement of arms across our border," Indian army spokesman '
        "Rajesh Kumar said on Tuesday.\n"
    )
    refugees = next(v for k, v in legs.items() if k[0] == "Tamu")
    assert refugees == []
    guns = next(v for k, v in legs.items() if k[0] == "Imphal")
    assert any("Kumar" in name for name in guns)


def test_a_denial_naming_the_destination_contests_the_way_in_not_the_hops_inside() -> None:
    legs = _legs(
        "Precursors reach Peru\nReuters, 2025-06-04\n"
        "Chemicals were shipped from Valencia to Callao and then trucked to Ayacucho, "
        "investigators said on Monday.\n\n"
        "Spain's interior ministry spokesman Luis Ortega said no Spanish company had sold "
        "chemicals to Peru.\n"
    )
    assert any("Ortega" in n for n in legs[("Valencia", "Callao")])
    assert legs[("Callao", "Ayacucho")] == []


def test_an_arms_denial_leaves_a_crossing_of_fighters_alone() -> None:
    rows = _legs(
        "Fighters and rifles cross border\nReuters, 2025-06-04\n"
        "About 300 fighters crossed from Tamu into Moreh on Monday, a rebel commander "
        "said.\n\n"
        "A rebel commander said rifles were smuggled from Imphal to Kalay last week.\n\n"
        '"There has been no movement of arms across our border," Indian army spokesman '
        "Rajesh Kumar said on Tuesday.\n"
    )
    assert rows == {("Tamu", "Moreh"): [], ("Imphal", "Kalemyo"): ["Rajesh Kumar"]}


def test_an_arms_denial_answers_a_route_of_cargo() -> None:
    rows = _legs(
        "Cargo crosses the Caspian\nReuters, 2025-06-04\n"
        "The cargo was loaded at Bandar Anzali and shipped to Astrakhan, the officials "
        "said.\n\n"
        "Iran's foreign ministry spokesman Esmaeil Baghaei denied that Iranian ports had "
        "been used to move weapons.\n"
    )
    assert rows == {("Bandar-e Anzalī", "Astrakhan"): ["Esmaeil Baghaei"]}

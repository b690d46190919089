"""One-ended journeys whose other end is told elsewhere (probe 24 leftovers), with passages
written for these tests (names, places and wording invented): a speaker "from X" who
says he travelled via Y set off at X; "They hoped to reach Z" after a trip told "with his
wife and children" is that party going on from Y; "the cargo" unloaded at A and B is the
goods told loaded at X before, so X → A and X → B. Never a start merely named nearby.
"""

from __future__ import annotations

import claimmap

Legs = dict[tuple[str, str], tuple[str, str]]


def _legs(text: str) -> Legs:
    """(from, to) → (status, mood) of every leg, by place name."""
    a = claimmap.analyze(claimmap.from_text(text))
    name = {p.id: p.name for p in a.places}
    return {
        (name[leg.from_place], name[leg.to_place]): (leg.status, leg.mood)
        for r in a.routes
        for leg in r.legs
    }


_TRAVELLER = (
    "ATHENS (AP) — Greek police said on Friday that smugglers had moved dozens of Afghan "
    "migrants into Thessaloniki last month.\n\n"
    "One Afghan man from Herat, who gave his name only as Jawed, said he had travelled via "
    "Tehran with his two brothers. They hoped to reach Sweden, he said."
)


def test_a_speaker_from_x_who_travelled_via_y_set_off_at_x() -> None:
    legs = _legs(_TRAVELLER)
    assert legs[("Herāt", "Tehran")] == ("stated", "made")


def test_they_after_a_trip_with_companions_go_on_from_its_last_stop() -> None:
    legs = _legs(_TRAVELLER)
    assert legs[("Tehran", "Sweden")] == ("inferred", "intended")
    assert ("Thessaloníki", "Sweden") not in legs  # other movers, told before


def test_a_speaker_in_x_is_no_start() -> None:
    text = (
        "A shopkeeper in Mersin, who asked not to be named, said he had travelled via "
        "Adana last year."
    )
    assert not any(a == "Mersin" for a, _ in _legs(text))


def test_they_told_of_other_movers_do_not_join_the_speaker() -> None:
    text = (
        "One Syrian man from Homs said he had travelled via Beirut. Police said smugglers "
        "later drove migrants to Sofia. They hoped to reach Vienna."
    )
    legs = _legs(text)
    assert legs[("Homs", "Beirut")] == ("stated", "made")
    assert ("Beirut", "Vienna") not in legs


_CARGO = (
    "MANILA (Reuters) — Philippine customs said on Thursday that a network had smuggled "
    "hardwood for years.\n\n"
    '"The timber is loaded in Davao, transferred at sea, and ends up in foreign ports under '
    'false papers," said Ana Reyes, an analyst at the Manila Forest Institute.\n\n'
    "According to the report, several transfers took place at sea. The cargo was reportedly "
    "unloaded later at Kaohsiung and Keelung."
)


def test_the_cargo_unloaded_at_a_and_b_set_off_where_the_goods_were_loaded() -> None:
    legs = _legs(_CARGO)
    assert legs[("Davao", "Kaohsiung")] == ("inferred", "made")
    assert legs[("Davao", "Keelung")] == ("inferred", "made")
    assert ("Kaohsiung", "Keelung") not in legs  # two ends, no hop between


def test_the_cargo_of_a_ship_is_not_the_ship() -> None:
    text = (
        "The freighter left Mombasa on Monday, port officials said. The cargo was later "
        "unloaded at Beira, a customs officer said."
    )
    assert ("Mombasa", "Beira") not in _legs(text)


# --- an operator denying it carried the movers contests the legs out of its country --------

_OPERATOR = (
    "VILNIUS (Reuters) — Lithuania accused Belarus on Monday of orchestrating a surge of "
    "migrants, saying they had been flown to Minsk from Beirut and Tehran and then driven "
    "to the border near Lida.\n\n"
    "Lebanon's Cedar Air airline denied carrying migrants and said all its passengers held "
    "valid visas."
)


def _claims_on(text: str) -> dict[tuple[str, str], tuple[str, ...]]:
    a = claimmap.analyze(claimmap.from_text(text))
    name = {p.id: p.name for p in a.places}
    return {
        (name[leg.from_place], name[leg.to_place]): leg.claim_ids
        for r in a.routes
        for leg in r.legs
    }


def test_an_airline_denying_carrying_migrants_contests_the_flights_from_its_country() -> None:
    on = _claims_on(_OPERATOR)
    denial = [c for c in on[("Beirut", "Minsk")] if c.endswith("claim3")]
    assert denial, on
    assert not any(c.endswith("claim3") for c in on[("Tehran", "Minsk")])  # another country
    assert not any(c.endswith("claim3") for c in on[("Minsk", "Lida")])  # on past the border


# --- "between March and August" dates the leg over the whole span -------------------------


def test_a_leg_told_between_two_months_runs_to_the_end_of_the_last() -> None:
    text = (
        "GENEVA (Reuters) — The panel said on Monday that at least nine flights originating "
        "from Sharjah airport were tracked to Benghazi, a city in eastern Libya, between "
        "March and August."
    )
    a = claimmap.analyze(claimmap.from_text(text, "span", published="2026-02-04"))
    legs = [leg for r in a.routes for leg in r.legs]
    assert [(str(leg.date_start), str(leg.date_end), leg.date_precision) for leg in legs] == [
        ("2025-03-01", "2025-08-31", "month")
    ]

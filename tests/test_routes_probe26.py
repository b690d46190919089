"""Route legs left open by probe 25 (session 19), on invented news sentences."""

from __future__ import annotations

import claimmap


def _legs(text: str, published: str = "2026-11-20") -> list:
    a = claimmap.analyze(claimmap.from_text(text, "p26", published=published))
    names = {p.id: p.name for p in a.places}
    return [(names[leg.from_place], names[leg.to_place], leg) for r in a.routes for leg in r.legs]


# --- "between March and August 2025": the span starts the leg --------------------------------


def test_a_month_span_with_its_year_after_the_last_month_starts_in_that_year() -> None:
    text = (
        "The report said at least six cargo flights from Minsk were tracked to Khartoum "
        "between March and August 2025."
    )
    legs = _legs(text)
    assert [(a, b, str(leg.date_start), str(leg.date_end)) for a, b, leg in legs] == [
        ("Minsk", "Khartoum", "2025-03-01", "2025-08-31")
    ]


def test_a_month_span_read_as_one_phrase_is_dated_by_its_first_month() -> None:
    text = (
        "The report said the tanker sailed from Aqaba to Port Sudan between January and June 2025."
    )
    legs = _legs(text)
    assert [(str(leg.date_start), str(leg.date_end), leg.date_precision) for _, _, leg in legs] == [
        ("2025-01-01", "2025-06-30", "month")
    ]


def test_from_one_month_to_another_is_a_span_not_a_duration() -> None:
    text = "The report said the tanker sailed from Aqaba to Port Sudan from January to June 2025."
    legs = _legs(text)
    assert [(str(leg.date_start), str(leg.date_end)) for _, _, leg in legs] == [
        ("2025-01-01", "2025-06-30")
    ]


def test_a_span_crossing_new_year_starts_in_the_year_before() -> None:
    text = (
        "The report said the tanker sailed from Aqaba to Port Sudan between November and "
        "February 2025."
    )
    legs = _legs(text)
    assert [(str(leg.date_start), str(leg.date_end)) for _, _, leg in legs] == [
        ("2024-11-01", "2025-02-28")
    ]


# --- goods stored, then moved on; goods meant for a place; a plan of movers caught --------


def _pairs(text: str) -> list[tuple[str, str, str]]:
    return [(a, b, leg.mood) for a, b, leg in _legs(text)]


def test_a_stored_shipment_moved_on_sets_off_where_the_goods_last_went() -> None:
    text = (
        "MAE SOT — Customs officers said the heroin was carried by mule across the hills "
        "into Myanmar's Kayin State. \"The consignment was kept in a barn for ten days. "
        'Then it was driven across the bridge to Mae Sot in pickup trucks," one officer said.'
    )
    pairs = _pairs(text)
    assert ("Kayin", "Mae Sot", "made") in pairs


def test_goods_meant_for_a_city_set_off_where_the_last_goods_were_brought() -> None:
    text = (
        "Thai police seized three million pills smuggled from Laos, officials said on Monday. "
        "The officials said the tablets were ferried across the river to Nong Khai at night. "
        "The pills were intended for buyers in Bangkok and Pattaya, police said."
    )
    pairs = _pairs(text)
    assert ("Nong Khai", "Bangkok", "intended") in pairs
    assert ("Nong Khai", "Pattaya", "intended") in pairs
    assert not any(a == "Laos" and b in ("Bangkok", "Pattaya") for a, b, _ in pairs)


def test_goods_meant_for_a_city_take_no_start_from_people_moved_before() -> None:
    text = (
        "Thai police seized three million pills smuggled from Laos, officials said on Monday. "
        "The officials said the migrants were ferried across the river to Nong Khai at night. "
        "The pills were intended for buyers in Bangkok and Pattaya, police said."
    )
    assert not any(a == "Nong Khai" and b == "Bangkok" for a, b, _ in _pairs(text))


def test_a_plan_of_movers_arrested_at_a_town_sets_off_from_that_town() -> None:
    text = (
        "Three men were arrested at a roadside checkpoint in Phitsanulok on Monday, police "
        "said. They had planned to drive the timber south through Nakhon Sawan to Lop Buri, "
        "police said."
    )
    pairs = _pairs(text)
    assert ("Phitsanulok", "Nakhon Sawan", "intended") in pairs
    assert ("Nakhon Sawan", "Lop Buri", "intended") in pairs


# --- a boat that left X and capsized off Y crossed from X to Y -------------------------------


def test_a_vessel_that_left_a_port_ends_where_the_boat_capsized() -> None:
    text = (
        "MADRID (Reuters) — At least 30 people are missing after a boat carrying migrants "
        "from West Africa capsized off the Spanish island of Lanzarote on Tuesday, the coast "
        "guard said. Twelve survivors were rescued by a fishing boat. The vessel had left "
        "Nouadhibou, in northern Mauritania, six days earlier, according to the survivors."
    )
    pairs = _pairs(text)
    assert ("Nouadhibou", "Lanzarote", "made") in pairs
    assert not any(b == "Lanzarote" and a != "Nouadhibou" for a, b, _ in pairs)


def test_a_vessel_leaving_port_takes_no_end_when_two_boats_sank_in_two_places() -> None:
    text = (
        "A boat capsized off Lampedusa on Monday and another boat sank near Malta on Tuesday, "
        "officials said. The vessel had left Sfax late on Saturday, survivors said."
    )
    assert not any(a == "Sfax" for a, _, _ in _pairs(text))


# --- movers collected from X, then driven on; the rest split off where a part left ----------


def test_movers_collected_from_two_towns_set_off_from_both() -> None:
    text = (
        "The governor said the orphans were collected from care homes in Mariupol and "
        "Berdiansk in May. They were driven by bus to Donetsk and then to Rostov-on-Don, "
        "she said."
    )
    pairs = _pairs(text)
    assert ("Mariupol", "Donetsk", "made") in pairs
    assert ("Berdyansk", "Donetsk", "made") in pairs


def test_movers_not_collected_take_no_start_from_the_sentence_before() -> None:
    text = (
        "The governor said the orphans were not collected from care homes in Mariupol. "
        "They were driven by bus to Donetsk and then to Rostov-on-Don, she said."
    )
    assert not any(a == "Mariupol" for a, _, _ in _pairs(text))


def test_the_rest_split_off_where_a_part_of_them_left() -> None:
    text = (
        "The governor said the orphans were driven from Mariupol to Donetsk in May. "
        '"From Donetsk, some of the orphans were sent to a sanatorium near Taganrog. Others '
        'ended up in Rostov-on-Don," she said.'
    )
    pairs = _pairs(text)
    assert ("Donetsk", "Rostov-on-Don", "made") in pairs
    assert ("Mariupol", "Rostov-on-Don", "made") not in pairs


# --- an unplaced start named again: where its first mention was placed ----------------------


def test_a_start_no_gazetteer_holds_is_where_its_earlier_mention_was_placed() -> None:
    text = (
        "Investigators said the dhows sailed from Salalah to Xalqiyat, in Yemen's al-Mahra "
        "governorate, in March. From Xalqiyat the crates were trucked to Marib, "
        "investigators found."
    )
    pairs = _pairs(text)
    assert ("Al Mahrah", "Ma'rib", "made") in pairs
    assert ("Şalālah", "Al Mahrah", "made") in pairs

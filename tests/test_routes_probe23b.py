"""Route legs from the twenty-third probe (b): one craft's voyage told over several
sentences ("the cargo ship X, which sailed from A across the B Sea and passed through the
C Canal." "It was later tracked heading ..."), a ship named with a flag ("the
Liberian-flagged X") that a later "it" stands for, a craft that "took on grain at X"; a
bare quantifier speaker ("Several said they crossed ...") standing for the group told of
just before, not the trucks they rode in; a next step told after a sentence that keeps the
movers where they arrived; and "went on to X" after "headed towards X", which sets off
from nowhere known, never from X itself.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames / Natural Earth coordinates, rounded
GAZ: dict[str, tuple[str, str, str | None, float, float]] = {
    "Kaliningrad": ("gn:554234", "city", "RU", 54.71, 20.51),
    "Klaipeda": ("gn:598098", "city", "LT", 55.71, 21.13),
    "Baltic Sea": ("water:baltic-sea", "water", None, 58.0, 20.0),
    "Kiel Canal": ("water:kiel-canal", "water", None, 54.2, 9.6),
    "North Sea": ("water:north-sea", "water", None, 56.0, 3.0),
    "Gedaref": ("gn:375014", "city", "SD", 14.03, 35.38),
    "Port Sudan": ("gn:377039", "city", "SD", 19.62, 37.22),
    "Eritrea": ("country:ER", "country", "ER", 15.0, 39.0),
    "Massawa": ("gn:330546", "city", "ER", 15.61, 39.45),
    "Ghadames": ("gn:2217362", "city", "LY", 30.13, 9.5),
    "Sabha": ("gn:2212775", "city", "LY", 27.04, 14.43),
    "Niger": ("country:NE", "country", "NE", 17.6, 8.1),
    "Libya": ("country:LY", "country", "LY", 26.3, 17.2),
    "Agadez": ("gn:2448085", "city", "NE", 16.97, 7.99),
    "Gdansk": ("gn:3099434", "city", "PL", 54.35, 18.65),
    "Rotterdam": ("gn:2747891", "city", "NL", 51.92, 4.48),
    "Salalah": ("gn:286621", "city", "OM", 17.02, 54.09),
    "Mukalla": ("gn:74477", "city", "YE", 14.54, 49.12),
    "Socotra": ("gn:70227", "island", "YE", 12.5, 53.8),
    "Kurmuk": ("gn:370737", "city", "SD", 10.55, 34.28),
    "Damazin": ("gn:379252", "city", "SD", 11.79, 34.39),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ)


# --- one craft's voyage over several sentences ------------------------------------------------


def test_a_voyage_through_a_sea_and_a_canal_keeps_both_as_stops() -> None:
    r = read(
        "According to port officials, the timber was carried on the cargo ship Saskia, "
        "which sailed from Kaliningrad across the Baltic Sea and passed through the Kiel "
        "Canal on Thursday."
    )
    assert r.legs() == {
        ("Kaliningrad", "Baltic Sea", "stated"),
        ("Baltic Sea", "Kiel Canal", "stated"),
    }


def test_the_ship_goes_on_after_a_sentence_and_a_live_blog_time_stamp() -> None:
    r = read(
        "Port officials said the timber was carried on the cargo ship Saskia, which sailed "
        "from Kaliningrad across the Baltic Sea and passed through the Kiel Canal on Saturday. "
        "The ship then reportedly switched off its transponder in the North Sea.\n\n"
        "14:05 GMT — Officials say it docked in Rotterdam on Monday."
    )
    assert r.legs() == {
        ("Kaliningrad", "Baltic Sea", "stated"),
        ("Baltic Sea", "Kiel Canal", "stated"),
        ("Kiel Canal", "Rotterdam", "stated"),
    }


def test_a_sea_crossed_with_no_end_is_still_no_stop() -> None:
    r = read("The cargo ship Saskia sailed from Kaliningrad across the Baltic Sea on Thursday.")
    assert r.legs() == set()


def test_it_after_a_flagged_ship_that_took_on_grain_is_the_ship() -> None:
    r = read(
        "The Liberian-flagged Ostrava Star is said to have taken on grain at Klaipeda. "
        "It was later tracked heading through the Kiel Canal to the North Sea."
    )
    assert r.movement("heading").mover is not None
    assert r.movement("heading").mover.text == "Ostrava Star"
    assert r.movement("taken").mover is not None
    assert r.movement("taken").mover.text == "Ostrava Star"  # the craft set off, with the grain
    assert r.legs() == {
        ("Klaipeda", "Kiel Canal", "stated"),
        ("Kiel Canal", "North Sea", "stated"),
    }


def test_a_tanker_that_took_on_crude_sets_off_there_with_it() -> None:
    r = read(
        "The Liberian-flagged Ostrava Star took on crude at Klaipeda on Monday. "
        "It was later tracked heading through the Kiel Canal to the North Sea."
    )
    assert ("Klaipeda", "Kiel Canal", "stated") in r.legs()


def test_this_cargo_told_after_the_ship_goes_on_from_where_the_ship_was() -> None:
    r = read(
        "The Liberian-flagged Ostrava Star took on crude at Klaipeda on Monday. "
        "It was later tracked heading through the Kiel Canal to the North Sea. "
        '"We believe this cargo is going to Rotterdam," a port official told reporters.'
    )
    assert r.moods()[("North Sea", "Rotterdam")] == "possible"  # a guess, not a sighting
    assert len(r.routes) == 1


def test_we_believe_it_is_going_is_a_guess() -> None:
    r = read('"We believe the shipment is going to Rotterdam," the official said.')
    assert r.movement("going").mood == "possible"
    r = read('"The shipment is going to Rotterdam," the official said.')
    assert r.movement("going").mood == "made"


def test_captains_who_continue_take_their_boats_on() -> None:
    r = read(
        "The boats sail past Socotra and try to land near Salalah. "
        "Some captains then continue to Gdansk, smugglers say."
    )
    assert ("Salalah", "Gdansk", "stated") in r.legs()


# --- a verb conjoined with no subject of its own ------------------------------------------------


def test_a_conjoined_verb_goes_on_with_the_same_movers() -> None:
    r = read(
        "A convoy of trucks belonging to Chadian rebels crossed from Niger's Agadez into "
        "Libya on Sunday night and headed north towards Sabha, local sources said."
    )
    assert r.movement("headed").mover is None  # the parse leaves it no subject
    assert ("Agadez", "Sabha", "stated") in r.legs()


# --- "Several said they ...": some of the group told of before ---------------------------------


def test_several_said_they_are_the_group_before_not_their_trucks() -> None:
    r = read(
        "The refugees were held in a warehouse in Gedaref for ten days. They were then driven "
        "in pickup trucks to Port Sudan. Several said they crossed into Eritrea at a "
        "checkpoint and were taken by bus to Massawa."
    )
    movers = {t: m for t, m, *_ in r.slots()}
    assert movers["crossed"] == "refugees"
    assert movers["taken"] == "refugees"


def test_a_next_step_after_a_sentence_keeping_the_movers_there_goes_on() -> None:
    r = read(
        "Most said they were taken to Gedaref by smugglers. "
        '"It is a business now," said a researcher. "Nobody stops it." '
        "The refugees were held in a warehouse in Gedaref for ten days. They were then driven "
        "in pickup trucks to Port Sudan."
    )
    assert ("Gedaref", "Port Sudan", "stated") in r.legs()


def test_a_border_crossed_near_a_town_is_crossed_at_that_town() -> None:
    r = read(
        "Most said they had escaped from a training camp and crossed the border on foot near "
        "Kurmuk. They were then picked up by smugglers and taken to Damazin."
    )
    crossed = r.movement("crossed")
    assert r.name(crossed.destination.place_id if crossed.destination else None) == "Kurmuk"
    assert {(a, b) for a, b, _ in r.legs()} == {("Kurmuk", "Damazin")}


# --- "went on to X" after "headed towards X" ----------------------------------------------------


def test_went_on_to_the_place_headed_for_does_not_set_off_there() -> None:
    r = read(
        "The trucks headed west towards Ghadames on Sunday. They were later split into two "
        "groups near a desert well. One group went on to Ghadames, where militias hold "
        "positions around the airport, while the other is believed to be heading to Sabha."
    )
    went = r.movement("went")
    assert went.origin is None
    assert r.name(went.destination.place_id if went.destination else None) == "Ghadames"
    assert not any(a == b for a, b, _ in r.legs())

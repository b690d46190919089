"""Route ends from the seventeenth probe: one end of a movement was lost, so no leg was
drawn. A craft "bound for Y" ends the journey its movers set off on; a participle of what
a ship carried names the ship's end; the town one side entered is where the other side
withdrew from; "march on X" goes to X; a sea flown over with no other end is the end;
detainees leave the town they were detained in; a finite verb the parser misread keeps its
into-phrase; "headed north-west toward X" is a journey; what "originates in Y" set off
there; "the port" is the port named just before; going "back" leaves the last end told.
A relative clause told as what came next ("troops who were then driven toward X") is no
start of the movement its movers are the object of.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Tunisia": ("country:TN", "country", "TN", 34.0, 9.0),
    "Mahdia": ("gn:2473493", "city", "TN", 35.50, 11.06),
    "Pantelleria": ("gn:2523866", "city", "IT", 36.83, 11.94),
    "Toamasina": ("gn:1053384", "city", "MG", -18.15, 49.40),
    "Mauritius": ("country:MU", "country", "MU", -20.3, 57.58),
    "Comoros": ("country:KM", "country", "KM", -12.0, 44.0),
    "Gondar": ("gn:334227", "city", "ET", 12.60, 37.47),
    "Dessie": ("gn:338832", "city", "ET", 11.13, 39.63),
    "Mekele": ("gn:331180", "city", "ET", 13.50, 39.47),
    "Okinawa": ("admin1:JP.47", "admin1", "JP", 26.5, 127.9),
    "East China Sea": ("water:east-china-sea", "water", "", 29.0, 125.0),
    "Yerevan": ("gn:616052", "city", "AM", 40.18, 44.51),
    "Gyumri": ("gn:616635", "city", "AM", 40.79, 43.85),
    "Salween River": ("water:salween", "water", "MM", 17.2, 98.2),
    "Thailand": ("country:TH", "country", "TH", 15.0, 101.0),
    "Tak": ("admin1:TH.08", "admin1", "TH", 16.9, 98.9),
    "Zaria": ("gn:2319133", "city", "NG", 11.11, 7.72),
    "Kano": ("gn:2335204", "city", "NG", 12.00, 8.52),
    "New Zealand": ("country:NZ", "country", "NZ", -41.0, 174.0),
    "South America": ("region:south-america", "region", "", -15.0, -60.0),
    "Canada": ("country:CA", "country", "CA", 60.0, -95.0),
    "Durres": ("gn:3185728", "city", "AL", 41.32, 19.45),
    "Tirana": ("gn:3183875", "city", "AL", 41.33, 19.82),
    "Montenegro": ("country:ME", "country", "ME", 42.5, 19.3),
    "Brindisi": ("gn:3181528", "city", "IT", 40.64, 17.94),
    "Awasa": ("gn:344979", "city", "ET", 7.06, 38.48),
    "Shashemene": ("gn:330186", "city", "ET", 7.20, 38.59),
    "Lesbos": ("admin2:GR.lesbos", "island", "GR", 39.2, 26.3),
    "Piraeus": ("gn:255274", "city", "GR", 37.94, 23.65),
    "Athens": ("gn:264371", "city", "GR", 37.98, 23.73),
    "Zanzibar": ("gn:148730", "city", "TZ", -6.16, 39.20),
    "Mombasa": ("gn:186301", "city", "KE", -4.05, 39.67),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ)


def legs(r: Read) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in r.places}
    return {(names[leg.from_place], names[leg.to_place]) for rt in r.routes for leg in rt.legs}


def ends(r: Read) -> list[tuple[str | None, str | None]]:
    names = {p.id: p.name for p in r.places}

    def name(ref: object) -> str | None:
        pid = getattr(ref, "place_id", None)
        return names.get(pid) if pid else None

    return [(name(m.origin), name(m.destination)) for m in r.movements]


def ways(r: Read) -> list[tuple[list[str], str | None]]:
    names = {p.id: p.name for p in r.places}
    return [
        (
            [names[t.place_id] for t in m.transit if t.place_id],
            names.get(str(m.destination and m.destination.place_id)),
        )
        for m in r.movements
    ]


# --- a craft bound somewhere, a participle of what was carried ---------------------------


def test_boats_bound_for_a_place_end_the_journey_set_off_on_them() -> None:
    r = read(
        "Dozens of migrants set off from the Tunisian port of Mahdia on Sunday on wooden "
        "boats bound for the island of Pantelleria, the coast guard said."
    )
    assert ends(r) == [("Mahdia", "Pantelleria")]


def test_carrying_participle_names_the_end_of_the_ship() -> None:
    r = read(
        "A supply ship would sail from Toamasina carrying rice and medicine to the Comoros, "
        "the ministry said."
    )
    assert ends(r) == [("Toamasina", "Comoros")]


def test_carrying_participle_after_a_told_end_is_its_own_movement() -> None:
    r = read("The ship sailed to Mauritius carrying rice to the Comoros, the ministry said.")
    assert ("Toamasina", "Comoros") not in legs(r)
    assert ("Mauritius", "Comoros") not in legs(r)


# --- ground given and taken ----------------------------------------------------------------


def test_withdrawal_starts_at_the_town_the_other_side_entered() -> None:
    r = read(
        "A militia leader said his men had entered Gondar on Friday after army units "
        "withdrew toward Dessie."
    )
    assert ("Gondar", "Dessie") in legs(r)


def test_withdrawal_tied_to_a_phrase_of_the_entering_starts_there_too() -> None:
    r = read(
        "A rebel commander said by telephone that his fighters had entered Gondar on Friday "
        "without firing a shot after army units withdrew toward Dessie."
    )
    assert ("Gondar", "Dessie") in legs(r)


def test_withdrawal_with_no_town_taken_has_no_start() -> None:
    r = read("A militia leader said army units withdrew toward Dessie after heavy fighting.")
    assert ends(r) == [(None, "Dessie")]


def test_march_on_a_city_goes_to_it() -> None:
    r = read('"We will march on Mekele," the commander said.')
    assert ends(r) == [(None, "Mekele")]


# --- a sea flown over ------------------------------------------------------------------------


def test_sea_flown_over_is_the_end_when_no_other_is_told() -> None:
    r = read(
        "Two fighter jets flown from Okinawa over the East China Sea joined the exercise, "
        "the ministry said."
    )
    assert legs(r) == {("Okinawa", "East China Sea")}


def test_sea_flown_over_on_the_way_to_a_named_end_stays_a_stop() -> None:
    r = read("The jets flew from Okinawa over the East China Sea to Mekele, officials said.")
    assert ends(r) == [("Okinawa", "Mekele")]


# --- detainees ---------------------------------------------------------------------------


def test_detainees_leave_the_town_they_were_detained_in() -> None:
    r = read(
        "Police detained 40 students in Yerevan on Monday. The detainees were taken to a "
        "police station in Gyumri, their lawyers said."
    )
    assert legs(r) == {("Yerevan", "Gyumri")}


def test_people_not_detained_take_no_start_from_an_arrest() -> None:
    r = read(
        "Police detained 40 students in Yerevan on Monday. Aid workers were sent to "
        "Gyumri, officials said."
    )
    assert ("Yerevan", "Gyumri") not in legs(r)


# --- a verb the parser misread; headed toward ------------------------------------------


def test_misread_verb_keeps_its_into_phrase() -> None:
    r = read(
        "According to the report, much of the drug crosses the Salween River into "
        "Thailand's Tak province, in the border hills, before it is trucked on."
    )
    assert ways(r) == [(["Salween River"], "Tak")]


def test_verb_read_right_keeps_its_into_phrase() -> None:
    r = read(
        "According to the report, much of the heroin crosses the Salween River into "
        "Thailand's Tak province."
    )
    assert ways(r) == [(["Salween River"], "Tak")]


def test_headed_compass_word_toward_a_place_is_a_journey() -> None:
    r = read("Witnesses said the gunmen headed south-east from Zaria toward the Kano hills.")
    assert ends(r) == [("Zaria", "Kano")]


def test_head_of_an_agency_is_no_journey() -> None:
    r = read("She heads the agency in Zaria and will travel to Kano, officials said.")
    assert ends(r) == [(None, "Kano")]


# --- a start told by "originates in" ---------------------------------------------------------


def test_what_reaching_a_place_originates_in_another_set_off_there() -> None:
    r = read(
        "Officials said most cocaine reaching New Zealand now originates in South America "
        "rather than Canada."
    )
    assert legs(r) == {("South America", "New Zealand")}


def test_most_of_what_reaches_a_place_originates_in_another() -> None:
    r = read(
        "The agency said that most of the cocaine reaching New Zealand now originates in "
        "South America rather than Canada."
    )
    assert legs(r) == {("South America", "New Zealand")}


# --- the port named before --------------------------------------------------------------------


def test_the_port_is_the_port_named_before() -> None:
    r = read(
        "The coast guard ship docked at the port of Durres on Friday with 20 migrants. The "
        "remaining 15 were moved from the port to a centre in Tirana, officials said."
    )
    assert ("Durres", "Tirana") in legs(r)


def test_the_port_named_two_sentences_before() -> None:
    r = read(
        "The coast guard ship docked at the port of Durres on Friday with 20 migrants. "
        "Five were sent back shortly after, officials said. The remaining 15 were moved "
        "from the port to a centre in Tirana."
    )
    assert ("Durres", "Tirana") in legs(r)


def test_the_port_with_two_ports_named_before_stays_unknown() -> None:
    r = read(
        "The ships left the port of Durres and the port of Brindisi on Friday. The "
        "migrants were moved from the port to a centre in Tirana, officials said."
    )
    assert ("Durres", "Tirana") not in legs(r)
    assert ("Brindisi", "Tirana") not in legs(r)


# --- going back ------------------------------------------------------------------------------


def test_sailing_back_leaves_the_last_end_told() -> None:
    r = read(
        '"They sailed for three days to Montenegro with 20 people, and now they will sail '
        'back to Brindisi with 15," a spokesman for the charity said.'
    )
    assert ("Montenegro", "Brindisi") in legs(r)


# --- what came next is no start ------------------------------------------------------------


def test_then_driven_toward_a_town_is_no_start_of_the_carrying() -> None:
    r = read(
        "Residents of Awasa said four planes had landed at the airport, carrying troops "
        "who were then driven in buses toward Shashemene."
    )
    assert all(o != "Shashemene" for o, _ in ends(r))
    assert (None, "Shashemene") in ends(r)


# --- where a ship was taken; the island a sentence opens on ---------------------------------


def test_ship_hijacked_off_an_island_and_sailed_on_sets_off_there() -> None:
    r = read(
        "Gunmen hijacked a fishing boat off Zanzibar and were sailing it towards Mombasa, "
        "officials said."
    )
    assert ends(r) == [("Zanzibar", "Mombasa")]


def test_island_a_sentence_opens_on_starts_its_transfers() -> None:
    r = read(
        "On Lesbos, the camp was holding about 900 people on Monday, the agency said, and "
        "transfers to Piraeus were under way."
    )
    assert legs(r) == {("Lesbos", "Piraeus")}


def test_place_said_in_is_no_start() -> None:
    r = read("In Athens, the minister said 200 soldiers would be sent to Piraeus.")
    assert ("Athens", "Piraeus") not in legs(r)

"""Movement extraction from the nineteenth probe: a place is never a mover (participles
after a destination share the first verb's mover; a moved "it" does not stand for a
place); "from where" refers back to the place just named; goods "loaded at X" set off
from X; an arrival "in containers at the ports of X" ended at X; "smuggled across the
border at X" got to X, "pushed across at X" crossed there; "and then Y" after a verb of
reaching is a later end; "signalling X as its destination" is an intended end; "the Black
Sea coast of Y" is in Y; "beaches west of X" are no point at X; "from there" opening a
sentence holds for the clause coordinated with it; a gerund after an instruction is
intended; "split into loads at X and then driven to Y" set off from X.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the movement and routes stages are measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Lahore": ("gn:1172451", "city", "PK", 31.56, 74.35),
    "Peshawar": ("gn:1168197", "city", "PK", 34.01, 71.58),
    "Jalalabad": ("gn:1139715", "city", "AF", 34.43, 70.45),
    "Kabul": ("gn:1138958", "city", "AF", 34.53, 69.17),
    "Torkham": ("gn:1123250", "city", "AF", 34.10, 71.09),
    "Lusaka": ("gn:909137", "city", "ZM", -15.41, 28.29),
    "Zambia": ("country:ZM", "country", "ZM", -14.0, 28.0),
    "Angola": ("country:AO", "country", "AO", -12.5, 18.5),
    "India": ("country:IN", "country", "IN", 22.0, 79.0),
    "Mombasa": ("gn:186301", "city", "KE", -4.05, 39.66),
    "Dar es Salaam": ("gn:160263", "city", "TZ", -6.82, 39.27),
    "Kampala": ("gn:232422", "city", "UG", 0.32, 32.58),
    "Brest": ("gn:629634", "city", "BY", 52.10, 23.70),
    "Terespol": ("gn:757026", "city", "PL", 52.07, 23.62),
    "Jeddah": ("gn:105343", "city", "SA", 21.54, 39.17),
    "Bab el-Mandeb": ("water:bab-el-mandeb", "water", "", 12.58, 43.33),
    "Saudi Arabia": ("country:SA", "country", "SA", 25.0, 45.0),
    "Mariupol": ("gn:701822", "city", "UA", 47.10, 37.55),
    "Russia": ("country:RU", "country", "RU", 60.0, 100.0),
    "Black Sea": ("water:black-sea", "water", "", 43.0, 34.0),
    "Odesa": ("gn:698740", "city", "UA", 46.48, 30.73),
    "Benghazi": ("gn:88319", "city", "LY", 32.11, 20.07),
    "Niger": ("country:NE", "country", "NE", 17.0, 9.0),
    "Mersin": ("gn:304531", "city", "TR", 36.81, 34.64),
    "Iskenderun": ("gn:311111", "city", "TR", 36.59, 36.17),
    "Tobruk": ("gn:81302", "city", "LY", 32.08, 23.96),
    "Libya": ("country:LY", "country", "LY", 27.0, 17.0),
    "Donetsk": ("gn:709717", "city", "UA", 48.02, 37.80),
    "Makiivka": ("gn:702320", "city", "UA", 48.05, 37.97),
    "Rostov-on-Don": ("gn:501175", "city", "RU", 47.24, 39.71),
    "Bosaso": ("gn:64013", "city", "SO", 11.28, 49.18),
    "Goma": ("gn:216281", "city", "CD", -1.68, 29.23),
    "Bukavu": ("gn:217831", "city", "CD", -2.51, 28.86),
    "Tijuana": ("gn:3981609", "city", "MX", 32.53, -117.02),
    "Mexicali": ("gn:3996069", "city", "MX", 32.62, -115.45),
    "Fresno": ("gn:5350937", "city", "US", 36.75, -119.77),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ)


def ends(r: Read) -> list[tuple[str, str | None, str | None]]:
    def name(ref: object) -> str | None:
        return r.name(getattr(ref, "place_id", None))

    return [(m.trigger.text, name(m.origin), name(m.destination)) for m in r.movements]


def mover(r: Read, trigger: str) -> str | None:
    m = r.movement(trigger).mover
    return m.text if m is not None else None


# --- a place is never a mover -------------------------------------------------------------


def test_coordinated_participles_share_the_first_verbs_mover() -> None:
    r = read(
        "Investigators said rifles bought in Lahore were trucked to Peshawar, smuggled across "
        "the river at night and delivered to militant camps near Jalalabad."
    )
    assert mover(r, "smuggled") == "rifles"
    assert mover(r, "delivered") == "rifles"
    assert ("Peshawar", "Jalalabad", "stated") in r.legs()


def test_a_moved_it_does_not_stand_for_the_place_before_it() -> None:
    r = read(
        "A second route runs west through Ruwa, a remote crossing into Zambia, to the capital "
        "Lusaka, from where couriers carry it onward to Angola."
    )
    assert mover(r, "carry") is None  # not "Ruwa", nor the route
    assert ("carry", "Lusaka", "Angola") in ends(r)


def test_from_where_with_no_place_before_it_sets_no_start() -> None:
    r = read("Couriers met at dawn, from where they carry the gold onward to Angola.")
    assert ("carry", None, "Angola") in ends(r)


# --- where goods set off and got to ---------------------------------------------------------


def test_loaded_at_two_ports_is_where_the_voyage_set_off() -> None:
    r = read(
        "The rifles were loaded at the Turkish port of Mersin and at Iskenderun, a smaller "
        "harbour in Hatay province, the officials said."
    )
    loaded = r.movement("loaded")
    assert loaded.origin is not None and loaded.origin.place_id == "gn:304531"
    assert loaded.origin.other_place_ids == ("gn:311111",)
    assert loaded.destination is None and mover(r, "loaded") == "rifles"


def test_the_docking_after_a_loading_ends_the_voyage_it_began() -> None:
    r = read(
        "The rifles were loaded at the Turkish port of Mersin, the officials said. They were "
        "then carried by two cargo ships that sailed at night before docking at Tobruk and at "
        "the Libyan port of Benghazi, they added."
    )
    assert mover(r, "docking") == "rifles"
    assert {("Mersin", "Tobruk", "stated"), ("Mersin", "Benghazi", "stated")} <= r.legs()


def test_loaded_at_night_is_no_movement() -> None:
    assert read("The trucks were loaded at night and left at dawn.").movements == []


def test_arriving_in_containers_at_ports_ends_there() -> None:
    r = read(
        "Precursor chemicals are arriving from India in shipping containers at the ports of "
        "Mombasa and Dar es Salaam and are then trucked to clandestine laboratories in Kampala, "
        "officials said."
    )
    arriving = r.movement("arriving")
    assert arriving.destination is not None and arriving.destination.place_id == "gn:186301"
    assert arriving.destination.other_place_ids == ("gn:160263",)
    assert ("trucked", None, "Kampala") in ends(r)
    assert ("Mombasa", "Kampala", "stated") in r.legs()


def test_smuggled_across_the_border_at_a_town_got_there() -> None:
    r = read(
        "The cigarettes were moved to Brest and smuggled across the Polish border at Terespol."
    )
    assert ("smuggled", None, "Terespol") in ends(r)
    assert ("Brest", "Terespol", "stated") in r.legs()


def test_across_the_border_at_night_names_no_end() -> None:
    r = read("The rifles were smuggled across the border at night, police said.")
    assert r.movement("smuggled").destination is None


def test_split_into_loads_at_warehouses_then_driven_sets_off_there() -> None:
    r = read(
        "Prosecutors said the cocaine is split into smaller loads at warehouses in Tijuana and "
        "Mexicali and then driven north to depots around Fresno."
    )
    driven = r.movement("driven")
    assert driven.origin is not None and driven.origin.place_id == "gn:3981609"
    assert driven.origin.other_place_ids == ("gn:3996069",)
    assert ("Tijuana", "Fresno", "stated") in r.legs()


def test_bussed_to_holding_centres_in_a_town() -> None:
    r = read("Those detained were bussed to holding centres in Peshawar before being handed over.")
    assert ("bussed", None, "Peshawar") in ends(r)


def test_pushed_across_at_a_crossing_reaching_a_town_and_then_a_city() -> None:
    r = read(
        "A second group of families from Peshawar was pushed across at Torkham, reaching "
        "Jalalabad on the Afghan side and then Kabul city, officials said."
    )
    assert [t.span.text for t in r.movement("pushed").transit] == ["Torkham"]
    reaching = r.movement("reaching")
    assert [t.span.text for t in reaching.transit] == ["Jalalabad"]
    assert r.name(reaching.destination.place_id if reaching.destination else None) == "Kabul"


# --- declared, planned and relative ends ------------------------------------------------------


def test_signalling_a_port_as_its_destination_is_an_intended_end() -> None:
    r = read(
        "The tanker Orion headed north through the Bab el-Mandeb and was signalling Jeddah, on "
        "Saudi Arabia's Red Sea coast, as its destination, tracking data showed."
    )
    signalling = r.movement("signalling")
    assert r.name(signalling.destination.place_id if signalling.destination else None) == "Jeddah"
    assert signalling.mood == "intended"
    assert mover(r, "signalling") == "tanker Orion"


def test_a_first_destination_of_a_visit_named_by_be_is_no_declared_end() -> None:
    assert read("The minister said Odesa was his first destination.").movements == []


def test_the_sea_coast_of_a_country_is_in_the_country() -> None:
    r = read(
        "Officials took 30 children from Mariupol to summer camps on the Black Sea coast of "
        "Russia, the ombudsman said."
    )
    assert ends(r) == [("took", "Mariupol", "Russia")]


def test_a_sea_coast_of_no_country_stays_the_sea() -> None:
    r = read("Troops were moved to the Black Sea coast near Odesa.")
    assert r.movement("moved").destination is not None
    assert r.movement("moved").destination.place_id != "country:RU"  # type: ignore[union-attr]


def test_beaches_west_of_a_city_are_no_point_at_the_city() -> None:
    r = read("Most of the migrants had set off from beaches west of Benghazi, an official said.")
    origin = r.movement("set").origin
    assert origin is not None and origin.place_id is None
    assert origin.span.text == "beaches west of Benghazi"
    assert r.legs() == set()


def test_the_north_of_a_country_is_in_it() -> None:
    r = read("The agency said some 6,000 people had fled to the north of Niger.")
    assert ("fled", None, "Niger") in ends(r)


def test_from_there_opening_a_sentence_holds_for_its_while_clause() -> None:
    r = read(
        "Buses carried 60 prisoners to Donetsk. From there, he said, one group was driven to a "
        "prison near Makiivka, while a second group of about 20 was taken by train to "
        "Rostov-on-Don in Russia."
    )
    assert ("driven", "Donetsk", "Makiivka") in ends(r)
    assert ("taken", "Donetsk", "Rostov-on-Don") in ends(r)


def test_landing_after_an_instruction_is_intended() -> None:
    r = read(
        "The crew told investigators they were instructed to hug the Somali coast before "
        "landing the cargo in Bosaso."
    )
    landing = r.movement("landing")
    assert r.name(landing.destination.place_id if landing.destination else None) == "Bosaso"
    assert landing.mood == "intended"


def test_driving_on_after_a_flight_is_made() -> None:
    r = read("Soldiers were flown to Goma before driving to Bukavu.")
    assert r.movement("driving").mood == "made"
    assert ("Goma", "Bukavu", "stated") in r.legs()


def test_landing_after_an_instruction_misread_as_a_to_phrase_is_intended() -> None:
    r = read(
        '"The rifles were loaded in Mersin, and the crew told us they were instructed to hug '
        "Cyprus's coast before landing the cargo in Tobruk."
    )
    landing = r.movement("landing")
    assert r.name(landing.destination.place_id if landing.destination else None) == "Tobruk"
    assert landing.mood == "intended"
    assert ("Mersin", "Tobruk", "stated") in r.legs()


def test_from_there_is_not_the_start_of_the_next_step_after_and() -> None:
    r = read(
        "Officials said the cigarettes were shipped to Mariupol. From there, they are moved to "
        "Brest and smuggled across the Polish border at Terespol."
    )
    assert ("moved", "Mariupol", "Brest") in ends(r)
    assert r.movement("smuggled").origin is None  # it goes on from Brest, not Mariupol
    assert ("Brest", "Terespol", "stated") in r.legs()

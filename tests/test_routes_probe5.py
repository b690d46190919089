"""Movements on wire-style patterns found by a fifth probe of unseen articles: transits and
destinations told as alternatives ("through X and Y" as two ways, "to X or into Y"), goods
loaded and unloaded, "then moved from <a place described>", a recipient before the place
("to units in X"), an arrival whose end the sentence before named, a where-clause start,
movers the parser hides (a root noun, a place noun, "they" in the next sentence), "the
country" of movers named after one, and a plan told as not carried out.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Niger": ("country:NE", "country", "NE", 17.6, 8.1),
    "Benin": ("country:BJ", "country", "BJ", 9.3, 2.3),
    "Chad": ("country:TD", "country", "TD", 15.4, 18.7),
    "Istanbul": ("gn:745044", "city", "TR", 41.01, 28.95),
    "Honduras": ("country:HN", "country", "HN", 15.0, -86.5),
    "Guatemala": ("country:GT", "country", "GT", 15.5, -90.25),
    "Mexico": ("country:MX", "country", "MX", 23.0, -102.0),
    "Texas": ("admin1:US.TX", "admin1", "US", 31.25, -99.25),
    "Tabqa": ("gn:172515", "city", "SY", 35.84, 38.55),
    "Raqqa": ("gn:172503", "city", "SY", 35.95, 39.01),
    "Iraq": ("country:IQ", "country", "IQ", 33.0, 44.0),
    "Norway": ("country:NO", "country", "NO", 62.0, 10.0),
    "Poland": ("country:PL", "country", "PL", 52.0, 20.0),
    "Bergen": ("gn:3161732", "city", "NO", 60.39, 5.32),
    "Gdansk": ("gn:3099434", "city", "PL", 54.35, 18.65),
    "Poznan": ("gn:3088171", "city", "PL", 52.41, 16.93),
    "Lithuania": ("country:LT", "country", "LT", 55.42, 24.0),
    "Mombasa": ("gn:186301", "city", "KE", -4.05, 39.67),
    "Angola": ("country:AO", "country", "AO", -12.5, 18.5),
    "Salalah": ("gn:286621", "city", "OM", 17.02, 54.09),
    "Kisangani": ("gn:212730", "city", "CD", 0.52, 25.19),
    "Goma": ("gn:216281", "city", "CD", -1.68, 29.22),
    "Rwanda": ("country:RW", "country", "RW", -2.0, 30.0),
    "Kenya": ("country:KE", "country", "KE", 1.0, 38.0),
    "Lome": ("gn:2365267", "city", "TG", 6.13, 1.22),
    "Cotonou": ("gn:2394819", "city", "BJ", 6.37, 2.42),
    "Dubai": ("gn:292223", "city", "AE", 25.07, 55.17),
    "Zambia": ("country:ZM", "country", "ZM", -14.33, 26.0),
    "Malawi": ("country:MW", "country", "MW", -13.5, 34.0),
    "Tete": ("admin1:MZ.08", "admin1", "MZ", -15.5, 32.5),
    "Maputo": ("gn:1040652", "city", "MZ", -25.97, 32.57),
    "Kirkuk": ("gn:94787", "city", "IQ", 35.47, 44.39),
    "Aleppo": ("gn:170063", "city", "SY", 36.2, 37.16),
    "Hama": ("gn:170017", "city", "SY", 35.13, 36.76),
    "Homs": ("gn:169577", "city", "SY", 34.73, 36.71),
    "Tanf": ("gn:163345", "city", "SY", 33.5, 38.66),
    "Jordan": ("country:JO", "country", "JO", 31.0, 36.0),
    "Eritrea": ("country:ER", "country", "ER", 15.0, 39.0),
    "Sudan": ("country:SD", "country", "SD", 15.0, 30.0),
    "Yemen": ("country:YE", "country", "YE", 15.5, 47.5),
    "Saada": ("admin1:YE.15", "admin1", "YE", 16.9, 43.76),
    "Togo": ("country:TG", "country", "TG", 8.52, 0.96),
    "Europe": ("region:europe", "region", "", 50.0, 10.0),
    "Iran": ("country:IR", "country", "IR", 32.0, 53.0),
    "Bangkok": ("gn:1609350", "city", "TH", 13.75, 100.5),
    "Roj": ("gn:7000001", "city", "SY", 36.85, 41.9),
    "Idlib": ("gn:169389", "city", "SY", 35.93, 36.63),
    "Turkey": ("country:TR", "country", "TR", 39.0, 35.0),
}
DEMONYMS = {"Nigerien": "Niger", "Jordanian": "Jordan", "Polish": "Poland"}


def read(text: str) -> Read:
    return read_routes(text, GAZ, None, DEMONYMS)


def legs(r: Read) -> set[tuple[str | None, str | None]]:
    return {(r.name(leg.from_place), r.name(leg.to_place)) for x in r.routes for leg in x.legs}


def places_of(r: Read, trigger: str, slot: str) -> list[str | None]:
    ref = getattr(r.movement(trigger), slot)
    assert ref is not None, (trigger, slot)
    return [r.name(p) for p in (ref.place_id, *ref.other_place_ids)]


# --- alternatives ------------------------------------------------------------------------------


def test_transits_lying_apart_are_two_ways_not_one() -> None:
    r = read(
        "Gold mined in Niger is smuggled through Benin and Chad before being flown to Istanbul."
    )
    assert legs(r) == {
        ("Niger", "Benin"),
        ("Niger", "Chad"),
        ("Benin", "Istanbul"),
        ("Chad", "Istanbul"),
    }


def test_transits_along_one_way_stay_in_turn() -> None:
    r = read("Migrants travelled from Honduras through Guatemala and Mexico to Texas.")
    assert ("Guatemala", "Mexico") in legs(r)
    assert ("Honduras", "Mexico") not in legs(r)


def test_destinations_joined_by_or_are_alternative_ends() -> None:
    r = read(
        "Traffickers drove the women out of Tabqa and took them to Raqqa or over the border "
        "into Iraq, an official said."
    )
    assert places_of(r, "took", "destination") == ["Raqqa", "Iraq"]
    assert r.movement("took").transit == () or all(
        t.place_id is None for t in r.movement("took").transit
    )
    assert ("Raqqa", "Iraq") not in legs(r)
    assert {("Tabqa", "Raqqa"), ("Tabqa", "Iraq")} <= legs(r)


def test_a_start_goes_on_to_either_end() -> None:
    r = read(
        "Guards say some women have been smuggled out of Roj by paid networks and taken to "
        "Idlib in the northwest or across the border into Turkey."
    )
    assert legs(r) == {("Roj", "Idlib"), ("Roj", "Turkey")}


# --- movements told without a to/from phrase ---------------------------------------------------


def test_loading_and_unloading_tell_start_and_end_and_then_goes_on() -> None:
    r = read(
        "Norway has shipped hundreds of attack drones to Poland across the Baltic since May, "
        "loading them at the port of Bergen and unloading them in Gdansk, officials said. "
        "The drones were then moved by rail from the Pomeranian capital to a depot near "
        "Poznan, one of the officials said."
    )
    shipped = r.movement("shipped")
    assert shipped.mover is not None and shipped.mover.text == "attack drones"
    assert places_of(r, "shipped", "origin") == ["Bergen"]
    assert places_of(r, "shipped", "destination") == ["Gdansk"]
    assert {("Bergen", "Gdansk"), ("Gdansk", "Poznan")} <= legs(r)
    assert ("Bergen", "Poland") not in legs(r)


def test_to_units_in_a_place_goes_to_the_place() -> None:
    r = read(
        "The vehicles reached Gdansk in May. From there, he added, the vehicles were sent on "
        "to Polish units in occupied western Lithuania."
    )
    assert places_of(r, "sent", "destination") == ["Lithuania"]


def test_an_arrival_ends_where_the_sentence_before_seized_it() -> None:
    r = read(
        "Kenyan customs said officers had intercepted a container holding two tonnes of ivory "
        "at Mombasa port. The container had arrived from Angola via Oman's Salalah port, the "
        "agency said."
    )
    assert places_of(r, "arrived", "destination") == ["Mombasa"]
    assert {("Angola", "Salalah"), ("Salalah", "Mombasa")} <= legs(r)


def test_a_where_clause_is_where_the_onward_shipping_starts() -> None:
    r = read(
        "Timber from forests around Kisangani is trucked east through Goma and into Rwanda, "
        "where it is sold to dealers who ship it on to Kenya, an investigator said."
    )
    ship = r.movement("ship")
    assert ship.mover is not None and ship.mover.text == "Timber"
    assert places_of(r, "ship", "origin") == ["Rwanda"]
    assert ("Rwanda", "Kenya") in legs(r)


def test_a_where_clause_after_an_aside_names_the_places_before() -> None:
    r = read(
        "Couriers carried the gold by road to Lome and Cotonou, it said, where it was relabelled "
        "and exported by air to Dubai."
    )
    exported = r.movement("exported")
    assert exported.mover is not None and exported.mover.text == "gold"
    assert {("Lome", "Dubai"), ("Cotonou", "Dubai")} <= legs(r)


def test_where_the_goods_are_poached_and_gathered() -> None:
    r = read(
        "Rhinos are poached in the parks of Zambia and Malawi, and the horns are carried by road "
        "across the border into Mozambique's Tete province before being consolidated in Maputo."
    )
    assert {("Zambia", "Tete"), ("Malawi", "Tete"), ("Tete", "Maputo")} <= legs(r)


def test_a_bearing_from_a_place_locates_an_unknown_end() -> None:
    r = read("The families were taken to the Sabah-2 camp south of Kirkuk, the ministry said.")
    assert places_of(r, "taken", "destination") == ["Kirkuk"]


def test_factories_near_a_city_and_then_south_towards_a_crossing() -> None:
    r = read(
        "Shipments are moved overland from workshops near Aleppo, through Hama and Homs, across "
        "the desert border near Tanf and then south towards the Jordanian border crossing, an "
        "official said."
    )
    assert places_of(r, "moved", "origin") == ["Aleppo"]
    assert places_of(r, "moved", "destination") == ["Jordan"]
    assert {("Aleppo", "Hama"), ("Tanf", "Jordan")} <= legs(r)


# --- movers -----------------------------------------------------------------------------------


def test_a_root_noun_is_who_walked_not_the_subject_before() -> None:
    r = read(
        "Sudanese soldiers have shot dozens of refugees trying to flee, a rights group said. "
        "Refugees interviewed by the Nairobi-based group described being shot at as they "
        "walked across the hills from Eritrea into Sudan."
    )
    walked = r.movement("walked")
    assert walked.mover is not None and walked.mover.text == "Refugees"


def test_they_moved_in_the_next_sentence_are_the_ones_moved_before() -> None:
    r = read(
        "Most migrants had left Eritrea, travelled overland to Sudan and were then taken by "
        "smugglers in small boats across the Red Sea to Yemen, the report said. From there "
        "they were moved north to Saada."
    )
    moved = r.movement("moved")
    assert moved.mover is not None and moved.mover.text == "migrants"
    assert len(r.routes) == 1 and ("Yemen", "Saada") in legs(r)


def test_a_place_noun_is_no_mover() -> None:
    r = read(
        "Togo has become a main transit hub for cocaine heading to Europe, the official said. "
        "Officials say most of the opium crossing the frontier is destined for Iran."
    )
    heading = r.movement("heading")
    assert heading.mover is not None and heading.mover.text == "cocaine"
    destined = r.movement("destined")
    assert destined.mover is not None and destined.mover.text == "opium"
    r = read(
        "Police officials say most of the cannabis crossing the frontier is destined for Iran."
    )
    destined = r.movement("destined")
    assert destined.mover is not None and destined.mover.text == "cannabis"


def test_the_country_is_the_one_the_movers_are_named_after() -> None:
    r = read(
        "Gold mined in Niger is smuggled through Benin and Chad. The group said 20 tonnes of "
        "Nigerien gold left the country last year."
    )
    assert places_of(r, "left", "origin") == ["Niger"]


# --- what did not happen -----------------------------------------------------------------------


def test_a_plan_told_as_not_carried_out_is_an_intended_leg() -> None:
    r = read("The tusks were to have been shipped from Mombasa to Bangkok, police said.")
    assert not r.movement("shipped").negated  # a plan, not a denial: the meant way
    assert r.movement("shipped").mood == "intended"
    assert legs(r) == {("Mombasa", "Bangkok")}


def test_a_shipment_told_as_done_is_drawn() -> None:
    r = read("The tusks were shipped from Mombasa to Bangkok, police said.")
    assert not r.movement("shipped").negated
    assert legs(r) == {("Mombasa", "Bangkok")}

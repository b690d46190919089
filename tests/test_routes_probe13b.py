"""Route legs a thirteenth probe of claim-heavy news missed (second round): motion verbs
the tagger read as nouns ("was trucking X from A to B", "cartels ship X from A to B"), a
destination the parser hung on "the direction of X", ends told with a day each ("to A on
Thursday and to B on Friday"), journeys told as a noun ("aid convoys from A to B had been
suspended"), and an unknown town whose country's adjective must not stand in for it.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Nacala": ("gn:1035025", "city", "MZ", -14.56, 40.69),
    "Cuamba": ("gn:1047660", "city", "MZ", -14.8, 36.54),
    "Aden": ("gn:415189", "city", "YE", 12.78, 45.04),
    "Mokha": ("gn:72181", "city", "YE", 13.32, 43.25),
    "Sonora": ("admin1:MX.26", "admin1", "MX", 29.5, -110.5),
    "Chicago": ("gn:4887398", "city", "US", 41.85, -87.65),
    "Crimea": ("gn:703883", "region", "UA", 45.0, 34.0),
    "Mykolaiv": ("gn:700569", "city", "UA", 46.97, 32.0),
    "Tucson": ("gn:5318313", "city", "US", 32.22, -110.93),
    "Yuma": ("gn:5322053", "city", "US", 32.73, -114.62),
    "Gondar": ("gn:334227", "city", "ET", 12.6, 37.47),
    "Bahir Dar": ("gn:342884", "city", "ET", 11.59, 37.39),
    "Zomba": ("gn:923295", "city", "MW", -15.39, 35.32),
    "Mozambique": ("country:MZ", "country", "MZ", -18.25, 35.0),
    "Malawi": ("country:MW", "country", "MW", -13.5, 34.0),
    "Kirkuk": ("gn:94824", "city", "IQ", 35.47, 44.39),
    "Turkey": ("country:TR", "country", "TR", 39.0, 35.0),
}
DEMONYMS = {"Mozambican": "Mozambique", "Turkish": "Turkey"}


def read(text: str) -> Read:
    return read_routes(text, GAZ, demonyms=DEMONYMS)


# --- motion verbs read as nouns ------------------------------------------------------------------


def test_was_trucking_goods_from_a_to_b() -> None:
    r = read("The charity said on Monday that it was trucking maize flour from Nacala to Cuamba.")
    assert r.legs() == {("Nacala", "Cuamba", "stated")}
    m = r.movement("trucking")
    assert m.mover is not None and "maize" in m.mover.text


def test_plural_subject_ship_goods_from_a_to_b_inside_a_quote() -> None:
    r = read('The senator ran ads saying that "gangs ship heroin from Sonora to Chicago in days."')
    assert r.legs() == {("Sonora", "Chicago", "stated")}


def test_a_verb_read_into_the_noun_phrase_stays_out_of_the_mover() -> None:
    r = read("Smugglers truck cigarettes from Nacala to Cuamba, police said.")
    assert r.legs() == {("Nacala", "Cuamba", "stated")}
    m = r.movement("truck")
    assert m.mover is not None and m.mover.text == "cigarettes"


def test_was_ferrying_people_from_a_to_b() -> None:
    r = read("The coastguard said it was ferrying the stranded men from Aden to Mokha.")
    assert r.legs() == {("Aden", "Mokha", "stated")}


def test_a_shipping_noun_with_a_determiner_is_no_verb() -> None:
    r = read("The shipping costs from Nacala to Cuamba doubled last year.")
    assert r.legs() == set()


# --- "from the direction of X towards Y" ---------------------------------------------------------


def test_from_the_direction_of_a_towards_b() -> None:
    r = read("Drones flew from the direction of Crimea towards Mykolaiv, the army said.")
    assert r.legs() == {("Crimea", "Mykolaiv", "stated")}


# --- ends told with a day each -------------------------------------------------------------------


def test_to_a_on_one_day_and_to_b_on_the_next_is_a_hop() -> None:
    r = read(
        "The minister is expected to travel to Tucson on Monday and to the border at Yuma on "
        "Tuesday, an aide said."
    )
    assert r.legs() == {("Tucson", "Yuma", "stated")}
    assert r.moods() == {("Tucson", "Yuma"): "intended"}


def test_to_a_and_to_b_with_no_days_are_two_ends() -> None:
    r = read("The refugees were flown from Aden to Tucson and to Yuma.")
    assert r.legs() == {("Aden", "Tucson", "stated"), ("Aden", "Yuma", "stated")}


# --- journeys told as a noun ---------------------------------------------------------------------


def test_suspended_convoys_from_a_to_b_are_a_halted_movement() -> None:
    r = read("The agency said aid convoys from Gondar to Bahir Dar had been suspended for a week.")
    m = r.movement("convoys")
    assert r.name(m.origin.place_id if m.origin else None) == "Gondar"
    assert r.name(m.destination.place_id if m.destination else None) == "Bahir Dar"
    assert m.negated
    assert r.legs() == set()


def test_convoys_from_a_to_b_draw_a_leg() -> None:
    r = read("Officials said aid convoys from Gondar to Bahir Dar resumed on Sunday.")
    assert r.legs() == {("Gondar", "Bahir Dar", "stated")}


def test_exports_from_a_through_a_pipeline_to_a_port() -> None:
    r = read("Exports from Kirkuk through the pipeline to the Turkish port of Mokha resumed.")
    m = r.movement("Exports")
    assert r.name(m.origin.place_id if m.origin else None) == "Kirkuk"
    assert r.name(m.destination.place_id if m.destination else None) == "Mokha"


# --- an unknown town is not its country ----------------------------------------------------------


def test_an_unknown_border_town_of_a_country_draws_no_exact_leg() -> None:
    r = read(
        "Traders travelling from Zomba to the Mozambican border town of Vila Alegre do Norte "
        "carried the goods, the official said."
    )
    m = r.movement("travelling")
    assert m.destination is not None and m.destination.place_id is None
    assert r.legs() == set()


def test_a_known_border_town_of_a_country_keeps_the_town() -> None:
    r = read("Traders travelling from Zomba to the Mozambican border town of Cuamba were stopped.")
    assert ("Zomba", "Cuamba", "stated") in r.legs()


# --- "spread to" told of people ------------------------------------------------------------------


def test_they_began_in_a_before_spreading_to_b() -> None:
    r = read("The fighters began in Gondar before they spread to Bahir Dar, residents said.")
    assert ("Gondar", "Bahir Dar", "stated") in r.legs()

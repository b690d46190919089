"""Route joins from the seventeenth probe: other movers and alternative departures are no
chained legs; two departures are two journeys; "N of the planes" goes on from "flights";
a headline's or follow-on sentence's leg takes the claim telling its hop, and an unnamed
duplicate hop is dropped; the movers carried "with" a craft set off where it went; the
mover is never the claimant nor the report a claim comes from; a seized craft's trip and
an ordered move are intended; "part of the cargo" goes on from the drugs; a country flying
troops inside itself is no start.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the movements and routes stages are measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

from claimmap.model import Movement

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Tunis": ("gn:2464470", "city", "TN", 36.82, 10.17),
    "Gabes": ("gn:2468369", "city", "TN", 33.88, 10.10),
    "Sousse": ("gn:2464915", "city", "TN", 35.83, 10.64),
    "Kasserine": ("gn:2473457", "city", "TN", 35.17, 8.84),
    "Tunisia": ("country:TN", "country", "TN", 34.0, 9.0),
    "Misrata": ("gn:2214846", "city", "LY", 32.38, 15.09),
    "Tobruk": ("gn:2208791", "city", "LY", 32.08, 23.98),
    "Libya": ("country:LY", "country", "LY", 27.0, 17.0),
    "Rome": ("gn:3169070", "city", "IT", 41.89, 12.51),
    "Italy": ("country:IT", "country", "IT", 42.83, 12.83),
    "Spain": ("country:ES", "country", "ES", 40.0, -4.0),
    "Madrid": ("gn:3117735", "city", "ES", 40.42, -3.70),
    "Nairobi": ("gn:184745", "city", "KE", -1.28, 36.82),
    "Mombasa": ("gn:186301", "city", "KE", -4.05, 39.67),
    "Kampala": ("gn:232422", "city", "UG", 0.32, 32.58),
    "Kenya": ("country:KE", "country", "KE", 1.0, 38.0),
    "Turkana": ("admin1:KE.TU", "admin1", "KE", 3.12, 35.60),
    "Ghana": ("country:GH", "country", "GH", 8.0, -1.0),
    "Mali": ("country:ML", "country", "ML", 17.0, -4.0),
    "Jeddah": ("gn:105343", "city", "SA", 21.54, 39.17),
    "Djibouti": ("gn:223817", "city", "DJ", 11.59, 43.15),
    "Laos": ("country:LA", "country", "LA", 18.0, 105.0),
    "Bangkok": ("gn:1609350", "city", "TH", 13.75, 100.50),
}


def read(text: str, claims: list[tuple[str, str, str | None]] | None = None) -> Read:
    return read_routes(text, GAZ, claims)


def legs(r: Read) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in r.places}
    return {(names[leg.from_place], names[leg.to_place]) for rt in r.routes for leg in rt.legs}


def at(r: Read, word: str) -> Movement:
    return next(m for m in r.movements if r.doc.text[m.trigger.start : m.trigger.end] == word)


def mover(r: Read, m: Movement) -> str | None:
    return None if m.mover is None else r.doc.text[m.mover.start : m.mover.end]


# --- invented legs ------------------------------------------------------------------------


def test_others_left_near_a_town_are_no_start_of_the_first_group() -> None:
    r = read(
        "Police rounded up migrants in Gabes and bused them to the Libyan border. Others "
        "were driven west and left in the desert, not far from Kasserine, the migrants said."
    )
    assert not any(a == "Kasserine" for a, _ in legs(r))


def test_alternative_departures_are_not_chained() -> None:
    r = read(
        "Many migrants now try to leave from the coast near Sousse or travel overland to "
        "Libya and attempt the crossing from Misrata or Tobruk, activists say."
    )
    assert ("Sousse", "Misrata") not in legs(r)
    assert ("Sousse", "Tobruk") not in legs(r)


def test_two_departures_of_two_craft_are_two_journeys() -> None:
    r = read(
        "A first transport plane carrying medics took off from Nairobi on Sunday, and a "
        "second plane loaded with tents was due to leave Mombasa later on Monday, the "
        "ministry said."
    )
    assert legs(r) == set()


def test_the_planes_go_on_from_the_flights_told_before() -> None:
    r = read(
        "Four flights left Madrid on Friday afternoon, according to tracking data. Two of "
        "the planes stopped in Tunis before landing in Rome late on Friday night."
    )
    assert legs(r) == {("Madrid", "Tunis"), ("Tunis", "Rome")}


def test_carried_movers_set_off_where_the_craft_went() -> None:
    r = read(
        "The coast guard ship Dattilo sailed to the port of Tunis on Monday with 20 "
        "migrants. Five were sent back to Italy shortly after arrival, officials said."
    )
    assert legs(r) == {("Tunis", "Italy")}
    assert r.routes[0].mover == "migrants"


def test_a_country_flying_troops_inside_itself_is_no_start() -> None:
    r = read("Kenya flies troops into Turkana as bandits seize a town")
    assert legs(r) == set()
    r = read("Ghana flies troops into Mali as rebels seize a town")
    assert legs(r) == {("Ghana", "Mali")}


# --- claims on legs -----------------------------------------------------------------------


def test_headline_leg_takes_the_claim_of_the_body() -> None:
    body = "The government flew 150 migrants to Tunisia over the weekend"
    r = read(f"Spain deports migrants to Tunisia\n\n{body}, officials said.", [("c1", body, None)])
    spain = [g for rt in r.routes for g in rt.legs if g.from_place == "country:ES"]
    assert spain and spain[0].claim_ids == ("c1",)


def test_unattributed_next_sentence_goes_on_with_the_claim() -> None:
    first = "Four flights left Madrid on Friday afternoon"
    r = read(
        f"{first}, according to tracking data. Two of the planes stopped in Tunis before "
        "landing in Rome late on Friday night.",
        [("c1", first, None)],
    )
    hops = {(g.from_place, g.to_place): g.claim_ids for rt in r.routes for g in rt.legs}
    assert hops[("gn:2464470", "gn:3169070")] == ("c1",)


def test_an_unnamed_hop_told_again_by_named_movers_is_one_leg() -> None:
    r = read(
        "Arrivals to Italy from Tunisia have fallen sharply since July. The ministry says "
        "19,000 people reached Italy from Tunisia last year. Two warships sailed from "
        "Tunis to Rome on Monday."
    )
    hops = [(g.from_place, g.to_place) for rt in r.routes for g in rt.legs]
    assert hops.count(("country:TN", "country:IT")) == 1


# --- movers ---------------------------------------------------------------------------------


def test_the_claimant_named_again_is_not_the_mover() -> None:
    r = read(
        "Aid groups say the crackdown has pushed migrants toward riskier routes. Many now "
        "try to leave from Sousse, the groups say."
    )
    assert mover(r, at(r, "leave")) != "Aid groups"


def test_the_report_a_claim_comes_from_does_not_move() -> None:
    r = read(
        "According to the study, much of the heroin crosses into Laos before it is trucked "
        "to Bangkok."
    )
    assert mover(r, at(r, "trucked")) != "study"


def test_bus_them_is_the_people_rounded_up_not_the_boats_before() -> None:
    r = read(
        "Four boats left Sousse late on Friday, the group said.\n\nAt the same time, police "
        "rounded up migrants in Gabes and bused them to the Libyan border, the agency said."
    )
    assert mover(r, at(r, "bused")) == "migrants"


# --- moods ----------------------------------------------------------------------------------


def test_a_seized_craft_never_made_its_trip() -> None:
    r = read("The seized tanker was carrying crude from Jeddah to Djibouti, the owner said.")
    assert at(r, "carrying").mood == "intended"


def test_ordered_moves_are_intended_and_guesses_possible() -> None:
    r = read("A judge ordered that the men be brought back to Italy.")
    assert at(r, "brought").mood == "intended"
    r = read("The men must be transferred to Rome, the court said.")
    assert at(r, "transferred").mood == "intended"
    r = read("The men must have crossed into Tunisia on Sunday, officials said.")
    assert at(r, "crossed").mood == "possible"


def test_part_of_the_cargo_goes_on_from_the_drugs() -> None:
    r = read(
        "Police said the gang moved the heroin from Kampala to Nairobi and may have routed "
        "part of the cargo through Mombasa."
    )
    moods = {(g.from_place, g.to_place): g.mood for rt in r.routes for g in rt.legs}
    assert moods.get(("gn:184745", "gn:186301")) == "possible"
    assert moods.get(("gn:232422", "gn:184745")) == "made"

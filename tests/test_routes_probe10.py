"""Route legs a tenth probe of unseen articles lost or drew wrong: "loaded at X and unloaded
at Y"; "to X, <its country>"; places listed as one end the movers went on from; "to X, in Y,
and to Z"; "and on to X", "past X and on toward Y"; nominal "pushbacks from X to Y";
"detected at X, having arrived from Y"; movers taken from a watcher or from those who stopped
an attempt; and a movement whose claim's content was cut short.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

from claimmap.model import Span

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Tema": ("gn:2294700", "city", "GH", 5.67, -0.02),
    "Kano": ("gn:2335204", "city", "NG", 12.0, 8.52),
    "Nigeria": ("country:NG", "country", "NG", 9.0, 8.0),
    "Lagos": ("gn:2332459", "city", "NG", 6.45, 3.39),
    "Niamey": ("gn:2440485", "city", "NE", 13.51, 2.11),
    "Niger": ("country:NE", "country", "NE", 17.0, 8.0),
    "Minsk": ("gn:625144", "city", "BY", 53.9, 27.57),
    "Doha": ("gn:290030", "city", "QA", 25.29, 51.53),
    "Colombo": ("gn:1248991", "city", "LK", 6.93, 79.85),
    "Dhaka": ("gn:1185241", "city", "BD", 23.71, 90.41),
    "Patna": ("gn:1260086", "city", "IN", 25.59, 85.14),
    "Genoa": ("gn:3176219", "city", "IT", 44.41, 8.93),
    "Algeciras": ("gn:2522013", "city", "ES", 36.13, -5.45),
    "Santos": ("gn:3449433", "city", "BR", -23.96, -46.33),
    "Corsica": ("admin1:FR.94", "admin1", "FR", 42.15, 9.1),
    "Hamburg": ("gn:2911298", "city", "DE", 53.55, 10.0),
    "Bremen": ("gn:2944388", "city", "DE", 53.08, 8.8),
    "Krakow": ("gn:3094802", "city", "PL", 50.06, 19.94),
    "Lublin": ("gn:765876", "city", "PL", 51.25, 22.57),
    "Belarus": ("country:BY", "country", "BY", 53.0, 28.0),
    "Poland": ("country:PL", "country", "PL", 52.0, 20.0),
    "Brest": ("gn:629634", "city", "BY", 52.1, 23.7),
    "Monterrey": ("gn:3995465", "city", "MX", 25.68, -100.32),
    "Laredo": ("gn:4705349", "city", "US", 27.51, -99.51),
    "Azaz": ("gn:174018", "city", "SY", 36.59, 37.05),
    "Kilis": ("gn:300640", "city", "TR", 36.72, 37.12),
    "Gaziantep": ("gn:314830", "city", "TR", 37.06, 37.38),
}


def read(text: str, **kw: object) -> Read:
    return read_routes(text, GAZ, **kw)  # type: ignore[arg-type]


# --- wordings that gave no leg -------------------------------------------------------------------


def test_loaded_at_then_unloaded_at_is_a_voyage() -> None:
    r = read(
        "The rifles were loaded onto trucks at the port of Tema and unloaded at Kano in "
        "Nigeria, customs officers said."
    )
    assert r.legs() == {("Tema", "Kano", "stated")}


def test_nominal_pushbacks_from_to() -> None:
    r = read("Monitors said they had recorded 400 pushbacks from Poland to Belarus in May.")
    assert r.legs() == {("Poland", "Belarus", "stated")}


def test_having_arrived_from_ends_where_they_were_detected() -> None:
    r = read(
        "Police said 900 people were detected at the bus station in Hamburg, many of them "
        "having arrived by coach from Krakow."
    )
    assert r.legs() == {("Krakow", "Hamburg", "stated")}


# --- chains --------------------------------------------------------------------------------------


def test_city_then_its_country_is_one_end() -> None:
    r = read("Officials said the army had flown supplies from Lagos to Niamey, Niger.")
    assert r.legs() == {("Lagos", "Niamey", "stated")}


def test_listed_end_gone_on_from_is_visited_in_turn() -> None:
    r = read(
        '"They were flown from Minsk to Doha, then to Colombo and Dhaka, and then driven to '
        'Patna," a police officer told reporters.'
    )
    assert r.legs() == {
        ("Minsk", "Doha", "stated"),
        ("Doha", "Colombo", "stated"),
        ("Colombo", "Dhaka", "stated"),
        ("Dhaka", "Patna", "stated"),
    }


def test_second_to_phrase_after_an_aside_is_a_second_end() -> None:
    r = read(
        "Barges sailed from Genoa to Algeciras, in southern Spain, and to Santos in Brazil, "
        "port officials said."
    )
    assert r.legs() == {("Genoa", "Algeciras", "stated"), ("Genoa", "Santos", "stated")}


def test_and_on_to_is_the_next_hop() -> None:
    r = read("Aid workers say refugees walk from Azaz into Kilis and on to Gaziantep.")
    assert r.legs() == {("Azaz", "Kilis", "stated"), ("Kilis", "Gaziantep", "stated")}


def test_on_to_a_misread_gerund_phrase_is_its_place() -> None:
    r = read("Police said the ore is trucked to Monterrey and on to processing plants in Laredo.")
    assert ("Monterrey", "Laredo", "stated") in r.legs()


def test_past_x_and_on_toward_y() -> None:
    r = read(
        "A flotilla of patrol boats sailed from the port of Genoa past the island of Corsica "
        "and on toward Algeciras on Tuesday, the navy said."
    )
    assert r.legs() == {("Genoa", "Corsica", "stated"), ("Corsica", "Algeciras", "stated")}


# --- movers --------------------------------------------------------------------------------------


def test_what_a_watcher_spotted_heading_somewhere_moved() -> None:
    r = read(
        "The coast guard said it had spotted three frigates near the strait on Friday, "
        "heading from Hamburg to Bremen."
    )
    assert r.legs() == {("Hamburg", "Bremen", "stated")}
    assert [route.mover for route in r.routes] == ["frigates"]


def test_who_stopped_an_attempt_did_not_move() -> None:
    r = read(
        "Polish police had stopped more than 3,000 attempts to cross from Belarus this year. "
        "Instead, aid workers say, many now travel through Brest and then head to Lublin.",
        claims=[("c1", "many now travel through Brest and then head to Lublin", "aid workers")],
    )
    assert ("Belarus", "Lublin", "inferred") not in r.legs()
    assert ("Brest", "Lublin", "stated") in r.legs()
    assert all(route.mover != "Polish police" for route in r.routes)


# --- claims --------------------------------------------------------------------------------------


def test_movement_outside_a_cut_content_keeps_its_teller() -> None:
    text = (
        "The Daily Monitor reported that Kenyan troops sent to guard Kano had begun "
        "withdrawing to Lagos."
    )
    start = text.index("reported")
    cue = Span("t", start, start + len("reported"), "reported")
    r = read(text, claims=[("c1", "that Kenyan troops sent", "The Daily Monitor")], cue=cue)
    assert r.movement("withdrawing").claim_id == "c1"


def test_made_in_is_where_the_goods_set_off() -> None:
    gaz = {
        **GAZ,
        "China": ("country:CN", "country", "CN", 35.0, 105.0),
        "Kazakhstan": ("country:KZ", "country", "KZ", 48.0, 68.0),
        "Kazan": ("gn:551487", "city", "RU", 55.79, 49.12),
    }
    r = read_routes(
        "Investigators said the drones were made in China and shipped via Kazakhstan to Kazan.",
        gaz,
    )
    assert r.legs() == {("China", "Kazakhstan", "stated"), ("Kazakhstan", "Kazan", "stated")}


def test_unloaded_at_two_ports_are_both_ends() -> None:
    r = read(
        "The rifles were loaded onto trucks at the port of Tema and unloaded at Kano, the "
        "largest city of northern Nigeria, and at the port of Lagos in the south, customs "
        "officer Ade Bello told the Daily Post."
    )
    assert r.legs() == {("Tema", "Kano", "stated"), ("Tema", "Lagos", "stated")}


def test_passive_they_is_the_counted_people_received_before() -> None:
    r = read(
        "Nigerian police said on Monday they had received 40 Ghanaians who had been released "
        "from camps near Kano and escorted to Lagos.\n\n"
        '"They were taken from Minsk to Doha, and then driven to Patna," a police officer '
        "told reporters."
    )
    assert r.legs() == {("Minsk", "Doha", "stated"), ("Doha", "Patna", "stated")}
    assert [route.mover for route in r.routes] == ["Ghanaians"]


def test_port_of_x_in_a_region_is_x() -> None:
    gaz = {**GAZ, "Niger Delta": ("region:niger-delta", "region", "NG", 5.0, 6.0)}
    r = read_routes(
        "The crates were loaded onto barges at Tema and unloaded at the port of Lagos in the "
        "Niger Delta, officials said.",
        gaz,
    )
    assert r.legs() == {("Tema", "Lagos", "stated")}

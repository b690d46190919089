"""The claim-source seats table (geo/actors.csv) and actor → seat rules."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from claimmap.actors import ACTOR_COLUMNS, ActorTable, load_actors, normalize, seat_of
from claimmap.model import Actor

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "geo" / "actors.csv"
SEED_ROWS = ROOT / "scripts" / "data" / "actors_seed.csv"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_table_has_150_rows_with_unique_names(rows: list[dict[str, str]]) -> None:
    assert len(rows) >= 150
    names = [r["name"].casefold() for r in rows]
    assert len(set(names)) == len(names)
    assert list(rows[0]) == ACTOR_COLUMNS


def test_every_seat_has_coordinates_and_a_source(rows: list[dict[str, str]]) -> None:
    for r in rows:
        lat, lon = float(r["lat"]), float(r["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, r["name"]
        assert r["source"].strip(), r["name"]
        assert r["seat_name"] and len(r["seat_country"]) == 2, r["name"]


def test_table_is_built_from_every_seed_row(rows: list[dict[str, str]]) -> None:
    with SEED_ROWS.open(encoding="utf-8", newline="") as f:
        seed = list(csv.DictReader(f))
    assert [r["name"] for r in seed] == [r["name"] for r in rows]
    kinds = {r["kind"] for r in rows}
    assert {"agency", "broadcaster", "newspaper", "igo", "ngo", "intelligence"} <= kinds


def test_no_alias_names_two_actors(rows: list[dict[str, str]]) -> None:
    owner: dict[str, str] = {}
    for r in rows:
        for alias in {r["name"], *r["aliases"].split("|")} - {""}:
            key = alias if alias.isupper() else normalize(alias)
            assert owner.setdefault(key, r["name"]) == r["name"], alias


@pytest.mark.parametrize(
    ("name", "expected", "seat"),
    [
        ("AFP", "Agence France-Presse", "Paris"),
        ("Agence France-Presse", "Agence France-Presse", "Paris"),
        ("the Associated Press", "Associated Press", "New York City"),
        ("Russia's TASS news agency", "TASS", "Moscow"),
        ("the U.N. Security Council", "UN Security Council", "New York City"),
        ("WHO", "World Health Organization", "Geneva"),
        ("Médecins Sans Frontières (MSF)", "Médecins Sans Frontières", "Geneva"),
        ("Medecins Sans Frontieres", "Médecins Sans Frontières", "Geneva"),
        ("the Pentagon", "Pentagon", "Arlington"),
    ],
)
def test_aliases_and_acronyms_find_their_row(name: str, expected: str, seat: str) -> None:
    row = load_actors().find(name)
    assert row is not None and (row.name, row.seat_name) == (expected, seat)


@pytest.mark.parametrize("name", ["who", "Who", "the agency", "Ministry", "Times"])
def test_common_words_are_no_acronyms(name: str) -> None:
    assert load_actors().find(name) is None


def test_unknown_actor_of_known_country_goes_to_the_capital() -> None:
    seat = seat_of(Actor("Local Farmers Union", "organisation", None, "AM"))
    assert (seat.place_name, seat.precision) == ("Yerevan", "country")
    assert seat.lat == pytest.approx(40.18, abs=0.05) and seat.lon == pytest.approx(44.51, abs=0.05)
    assert "AM" in seat.reason


def test_government_sits_in_its_capital() -> None:
    seat = seat_of(Actor("Azerbaijan", "government", None, "AZ"))
    assert (seat.place_name, seat.precision) == ("Baku", "city")


def test_unknown_actor_without_country_is_unplaced_with_reason() -> None:
    seat = seat_of(Actor("Several witnesses", "unknown"))
    assert seat.precision == "unplaced"
    assert (seat.place_name, seat.lat, seat.lon) == (None, None, None)
    assert "Several witnesses" in seat.reason and "no known country" in seat.reason


def test_outlet_lookup_ignores_non_media_rows() -> None:
    assert seat_of(Actor("Reuters", "outlet"), outlet=True).place_name == "London"
    assert seat_of(Actor("NATO", "outlet"), outlet=True).precision == "unplaced"


def test_table_class_on_plain_rows() -> None:
    table = load_actors()
    assert isinstance(table, ActorTable) and len(table.rows) >= 150


def test_ministry_of_a_known_country_sits_in_the_capital() -> None:
    seat = seat_of(Actor("Georgian Interior Ministry", "organisation", None, "GE"))
    assert (seat.place_name, seat.precision) == ("Tbilisi", "city")
    assert "government body" in seat.reason

"""Claim sources the eighteenth probe left wrong: a dateline seating an official of another
country, an employer stated in a title before an apposed name, heads of state and
government named without title (the leaders table, with tenures), military and
peacekeeping missions at their own headquarters, hyphened given names, and an unnamed
ministry of a story on a dependency."""

from __future__ import annotations

import csv
from datetime import datetime

import pytest
from helpers import claims_of, placed_claims

from claimmap import from_text
from claimmap.actors import seat_of
from claimmap.actors_leaders import leader_named, load_leaders
from claimmap.claims import extract_claims
from claimmap.config import geo_dir
from claimmap.model import Actor, Claim
from claimmap.nlp import parse
from claimmap.places import extract_places


def _actor(claims: list[Claim], words: str) -> Actor:
    """The actor of the first claim whose claimant contains ``words``."""
    found = [c.actor for c in claims if c.claimant is not None and words in c.claimant.text]
    assert found and found[0] is not None, [(c.claimant, c.actor) for c in claims]
    return found[0]


def _dated_claims(text: str, published: datetime) -> list[Claim]:
    doc = from_text(text, doc_id="passage", published=published)
    parsed = parse(doc)
    places, _ = extract_places(doc, parsed)
    return extract_claims(doc, parsed, places)


# 1. a dateline locates the reporter, not an official announcing his own state's act


def test_an_official_announcing_his_states_protest_is_not_of_the_dateline() -> None:
    claims = placed_claims(
        "SEOUL (Yonhap) -- Japan lodged a protest with South Korea on Tuesday over the "
        "drills, Chief Cabinet Secretary Taro Yamashita said.\n\nThe exercises began on "
        "Monday, a South Korean navy officer said. Tokyo summoned the South Korean "
        "ambassador, Foreign Minister Yoko Hayashi said."
    )
    official = _actor(claims, "Taro Yamashita")
    assert official.country_code == "JP"
    assert seat_of(official).place_name == "Tokyo"
    assert _actor(claims, "navy officer").country_code == "KR"
    assert _actor(claims, "Yoko Hayashi").country_code == "JP"


def test_an_official_reporting_what_the_foe_did_keeps_the_dateline() -> None:
    claims = placed_claims(
        "KYIV (Reuters) -- Russia launched 40 drones at Ukrainian cities overnight, "
        "Foreign Minister Petro Danyliuk said. Russia will attack again, Defence Minister "
        "Oleh Marchuk said."
    )
    assert _actor(claims, "Petro Danyliuk").country_code == "UA"
    assert _actor(claims, "Oleh Marchuk").country_code == "UA"


# 2. an employer stated in the title before an apposed name


def test_the_body_a_title_is_of_is_the_apposed_persons_employer() -> None:
    claims = placed_claims(
        "BOSASO, Somalia -- Coast guards seized a boat carrying rifles on Sunday, the head "
        "of the PMPF, Abdullahi Warsame, said.\n\nThe spokesman for the ministry, Ahmed "
        "Farah, told reporters that the men had come from Yemen."
    )
    head = _actor(claims, "Abdullahi Warsame")
    assert (head.name, head.kind, head.organisation) == ("Abdullahi Warsame", "person", "PMPF")
    spokesman = _actor(claims, "Ahmed Farah")
    assert (spokesman.name, spokesman.organisation) == ("Ahmed Farah", "ministry")
    assert spokesman.country_code == "SO"
    assert seat_of(spokesman).place_name == "Mogadishu"


def test_a_rank_between_title_and_name_keeps_the_employer() -> None:
    claims = placed_claims(
        "The commander of the PMPF, Colonel Abdiqani Ali, said the force would patrol the coast."
    )
    actor = _actor(claims, "Abdiqani Ali")
    assert (actor.name, actor.organisation, actor.role) == ("Abdiqani Ali", "PMPF", "commander")


# 3. heads of state and government named without title or country


def test_a_bare_leader_surname_finds_country_and_capital() -> None:
    claims = _dated_claims(
        "Putin said on Tuesday that Western weapons deliveries would only prolong the "
        "conflict. Macron told reporters in Brussels that Europe would keep supplying "
        "ammunition.",
        datetime(2023, 3, 14),
    )
    putin = _actor(claims, "Putin")
    assert (putin.country_code, putin.role) == ("RU", "president")
    assert seat_of(putin).place_name == "Moscow"
    macron = _actor(claims, "Macron")
    assert macron.country_code == "FR"
    seat = seat_of(macron)
    assert (seat.place_name, seat.precision) == ("Paris", "city")


def test_a_leader_outside_the_articles_year_is_not_matched() -> None:
    claims = _dated_claims("Zelensky said the talks would resume next week.", datetime(2010, 5, 1))
    assert _actor(claims, "Zelensky").country_code is None
    claims = _dated_claims("Zelensky said the talks would resume next week.", datetime(2023, 5, 1))
    assert _actor(claims, "Zelensky").country_code == "UA"


def test_another_person_of_the_surname_blocks_the_bare_match() -> None:
    claims = claims_of(
        "Sara Duterte, the vice-president, left for Davao on Monday. Duterte said the "
        "inquiry was politically motivated."
    )
    assert _actor(claims, "Duterte").country_code is None


def test_a_full_leader_name_beats_the_datelines_country() -> None:
    claims = _dated_claims(
        "KYIV (Reuters) -- Russian forces shelled Kharkiv overnight. President Vladimir "
        "Putin said on Friday that the offensive would continue.",
        datetime(2024, 6, 7),
    )
    putin = _actor(claims, "Vladimir Putin")
    assert putin.country_code == "RU"
    assert seat_of(putin).place_name == "Moscow"


def test_a_head_with_a_title_outside_the_government_roles_sits_in_the_capital() -> None:
    claims = claims_of("Supreme Leader Ali Khamenei said the talks were useless.")
    actor = _actor(claims, "Ali Khamenei")
    seat = seat_of(actor)
    assert (actor.country_code, seat.place_name, seat.precision) == ("IR", "Tehran", "city")


def test_the_leaders_table_is_documented_and_sane() -> None:
    leaders = load_leaders()
    assert len({r.country_code for r in leaders}) >= 60
    with (geo_dir() / "leaders.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert all(r["source"] and r["capital"] for r in rows)
    assert all(r.start <= (r.end or 9999) for r in leaders)
    # "May" and "Brown" are words and common names: never matched bare
    assert leader_named("May", 2018, bare=True) is None
    assert leader_named("Theresa May", 2018, bare=True).country_code == "GB"  # type: ignore[union-attr]
    assert leader_named("al-Assad", 2015, bare=True).country_code == "SY"  # type: ignore[union-attr]
    assert leader_named("Assad", 2025, bare=True) is None


# 4. missions at their own headquarters


@pytest.mark.parametrize(
    ("sentence", "seat"),
    [
        ("Houthi fighters fired two missiles at a tanker, EUNAVFOR Atalanta said.", "Rota"),
        ("A tanker was attacked off Yemen on Friday, the EU Naval Force said.", "Rota"),
        ("The European Union's naval force Atalanta said the crew was safe.", "Rota"),
        ("The EU's Aspides mission said a frigate escorted the ship.", "Lárisa"),
        ("Operation Aspides said a Greek frigate shot down a drone.", "Lárisa"),
        ("KFOR said its troops were deployed along the border.", "Pristina"),
        ("A spokesman for MINUSMA said peacekeepers were wounded near Kidal.", "Bamako"),
        ("ATMIS said its forces repelled an attack in Lower Shabelle.", "Mogadishu"),
        ("The African Union Transition Mission in Somalia said a base was shelled.", "Mogadishu"),
        ("AMISOM said the base was secure.", "Mogadishu"),
    ],
)
def test_missions_sit_at_their_headquarters(sentence: str, seat: str) -> None:
    claims = placed_claims(sentence)
    actor = claims[0].actor
    assert actor is not None
    found = seat_of(actor)
    assert (found.place_name, found.precision) == (seat, "city"), (actor, found)


def test_an_international_owner_keeps_its_seat_for_its_own_name() -> None:
    claims = placed_claims("The EU's foreign policy chief said the sanctions would stay.")
    actor = claims[0].actor
    assert actor is not None and seat_of(actor).place_name != "Lárisa"


# 5. hyphened given names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Francois-Xavier Dupont said the fleet would stay in port.", "Francois-Xavier Dupont"),
        (
            "According to Jean-Baptiste Kouassi, the boats would leave on Friday.",
            "Jean-Baptiste Kouassi",
        ),
        (
            "Fishing crews stayed in port on Monday. Marie-Claire Lefebvre told AFP the talks "
            "had failed. Mayor Pierre-Yves Le Gall said the harbour was closed.",
            "Pierre-Yves Le Gall",
        ),
    ],
)
def test_a_hyphened_given_name_stays_one_persons_name(text: str, name: str) -> None:
    claims = claims_of(text)
    actor = _actor(claims, name.split("-")[0])
    assert (actor.name, actor.kind) == (name, "person")


def test_a_hyphened_body_is_no_person() -> None:
    claims = claims_of("Rolls-Royce Holdings said the engines were safe.")
    assert _actor(claims, "Rolls").kind != "person"


# 6. an unnamed ministry of a story on a dependency


def test_an_unnamed_ministry_of_a_story_on_dependencies_is_the_sovereigns() -> None:
    claims = placed_claims(
        "Dozens of boats carrying migrants landed on Mayotte this week, the interior "
        "ministry said on Thursday. It said 300 people arrived in Mamoudzou. The defence "
        "ministry said a navy patrol boat was sent from Réunion."
    )
    defence = _actor(claims, "defence ministry")
    assert defence.country_code == "FR"
    assert seat_of(defence).place_name == "Paris"

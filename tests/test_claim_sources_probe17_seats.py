"""Claim sources' countries and seats the seventeenth probe got wrong: a trip told in a
relative clause or a briefing abroad setting the speaker's country, a known body's name
taken for a town ("White House press secretary"), sub-national bodies and governors put
in the national capital, a national branch of an NGO at its parent's seat, an outlet's
witness at the outlet's seat, "told reporters in the capital", a ministry of a
dependency with no capital, and a place in a relative clause taken for an employer."""

from __future__ import annotations

from helpers import placed_claims

from claimmap.actors import seat_of
from claimmap.model import Actor, Claim


def _actor(claims: list[Claim], words: str) -> Actor:
    """The actor of the first claim whose claimant contains ``words``."""
    found = [c.actor for c in claims if c.claimant is not None and words in c.claimant.text]
    assert found and found[0] is not None, [(c.claimant, c.actor) for c in claims]
    return found[0]


def test_a_capital_a_minister_visited_is_not_his_country() -> None:
    claims = placed_claims(
        "Serbia's defence ministry declined to comment. Defence Minister Milan Petrovic, "
        "who visited Paris in March, said in Belgrade last week that Serbia would buy "
        "new radars."
    )
    actor = _actor(claims, "Milan Petrovic")
    assert actor.country_code == "RS"
    assert seat_of(actor).place_name == "Belgrade"


def test_a_capital_a_leader_briefs_in_abroad_is_not_her_country() -> None:
    claims = placed_claims(
        'Prime Minister Ana Kovac said her cabinet would meet on Monday. "We will not '
        'yield," she told reporters in Brussels, where she was attending a summit.'
    )
    for claim in claims:
        assert claim.actor is not None and claim.actor.country_code != "BE"


def test_a_known_body_opening_a_title_is_no_town() -> None:
    claims = placed_claims(
        "White House press secretary Dana Price said on Monday that the president would "
        "sign the bill."
    )
    actor = _actor(claims, "Dana Price")
    assert actor.organisation == "White House"
    assert seat_of(actor).place_name == "Washington"


def test_a_state_government_and_its_police_sit_in_the_state_seat() -> None:
    claims = placed_claims(
        "The Kano state government said on Sunday that 40 pupils had been freed in Katsina. "
        "Governor Musa Bello said no ransom was paid. The Kano State Police Command "
        "spokesperson, Aminu Sule, said 30 officers had been deployed."
    )
    for words in ("Kano state government", "Musa Bello", "Aminu Sule"):
        assert seat_of(_actor(claims, words)).place_name == "Kano", words


def test_the_state_government_is_that_of_the_state_capital_the_text_names() -> None:
    claims = placed_claims(
        "The 40 pupils arrived in Kano, the state capital, on Monday, two days after they "
        "were freed, the state government has said."
    )
    actor = _actor(claims, "state government")
    assert actor.country_code == "NG"
    assert seat_of(actor).place_name == "Kano"


def test_a_national_branch_of_an_ngo_is_of_its_country() -> None:
    claims = placed_claims(
        "Amnesty International Kenya said the police had used excessive force in Kisumu."
    )
    actor = _actor(claims, "Amnesty International Kenya")
    assert actor.country_code == "KE"
    assert seat_of(actor).place_name == "Nairobi"


def test_bodies_added_to_the_actors_table() -> None:
    claims = placed_claims(
        "The American Civil Liberties Union, which filed the suit, said the order was "
        "unlawful. UNODC said opium output had risen by a third."
    )
    assert seat_of(_actor(claims, "Civil Liberties")).place_name == "New York City"
    assert seat_of(_actor(claims, "UNODC")).place_name == "Vienna"


def test_an_outlets_witness_is_at_the_scene() -> None:
    claims = placed_claims(
        "KHARKIV (Reuters) - Smoke rose over the railway station, a Reuters witness said. "
        "In Poltava, hundreds of people gathered outside the town hall, an AFP journalist saw."
    )
    assert seat_of(_actor(claims, "Reuters witness")).place_name == "Kharkiv"
    assert seat_of(_actor(claims, "AFP journalist")).place_name == "Poltava"


def test_told_reporters_in_the_capital_is_the_datelines_capital() -> None:
    claims = placed_claims(
        "ACCRA, June 2 (Reuters) - Government spokesperson Kofi Mensah told reporters in "
        "the capital that security forces had restored order in Kumasi."
    )
    assert seat_of(_actor(claims, "Kofi Mensah")).place_name == "Accra"


def test_a_ministry_of_a_dependency_is_its_sovereigns() -> None:
    claims = placed_claims(
        "FORT-DE-FRANCE, Martinique (AFP) - Rescuers were flown in from Guadeloupe on "
        "Monday, the interior ministry said. Many homes in Le Lamentin were destroyed."
    )
    actor = _actor(claims, "interior ministry")
    assert actor.country_code == "FR"
    assert seat_of(actor).place_name == "Paris"


def test_a_place_in_a_relative_clause_is_no_employer() -> None:
    claims = placed_claims(
        '"Nobody wants to stay here," said Ibrahim Diallo, a 30-year-old from Bamako, '
        "Mali, who has been sleeping in a park outside Sousse for a month."
    )
    actor = _actor(claims, "Ibrahim Diallo")
    assert actor.organisation is None


def test_the_federal_government_stays_the_nations_after_a_state_government() -> None:
    claims = placed_claims(
        "The 40 pupils arrived in Kano, the state capital, on Monday, the state government "
        "has said.\n\nThe federal government said it would not negotiate with bandits."
    )
    actor = _actor(claims, "federal government")
    assert actor.organisation is None
    assert seat_of(actor).place_name == "Abuja"

"""Claim sources in invented wire-style sentences written after a 23rd probe: a speaker's
name split at a place particle, residents of several towns, "the official" and "the
report" after the nearest such mention, "they" after a body's account of people, "the
group" of a release, listeners that are news sites, and people quoted by a medium.
"""

from __future__ import annotations

from datetime import datetime

from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.model import Claim

PUBLISHED = datetime(2026, 4, 2, 9, 0)


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="p23c")


def _at(claims: list[Claim], cue: str) -> Claim:
    found = [c for c in claims if text_of(c.cue) == cue]
    assert found, [(text_of(c.cue), c.content.text) for c in claims]
    return found[0]


def _actor(c: Claim) -> str | None:
    return c.actor.name if c.actor is not None else None


def test_place_with_a_particle_before_the_speakers_name() -> None:
    c = only(
        claims_of(
            "Hama rebels met on Sunday. Deir ez-Zor activist network Eye of Euphrates said on "
            "its Telegram channel that drones had been seen over the convoy near Mayadin."
        )
    )
    assert text_of(c.claimant) == "Deir ez-Zor activist network Eye of Euphrates"
    assert _actor(c) == "Eye of Euphrates"


def test_residents_of_two_towns_speak_as_the_people_of_the_first() -> None:
    c = only(claims_of("Residents of Hama and Homs said the road was closed."))
    assert text_of(c.claimant) == "Residents of Hama and Homs"
    assert _actor(c) == "Residents of Hama"


def test_governors_of_two_regions_are_still_several() -> None:
    c = only(
        claims_of("The governors of the Kharkiv and Belgorod regions said the shelling continued.")
    )
    assert c.actor is None


def test_the_official_is_the_singular_one_just_quoted_not_the_group_before() -> None:
    claims = claims_of(
        "Peruvian and Spanish officials said on Thursday that the network had grown, "
        "investigators believe.\n\n"
        "The crates were then shipped to Spain, according to a Spanish customs official who "
        "spoke on condition of anonymity. The official said that scanners in Valencia had "
        "flagged three of the crates."
    )
    said = [c for c in claims if text_of(c.claimant) == "The official"]
    assert len(said) == 1
    assert _actor(said[0]) == _actor(_at(claims, "according to"))
    assert _actor(said[0]) == "Spanish customs official"


def test_the_report_is_the_report_quoted_before_not_a_statements_author() -> None:
    claims = claims_of(
        'The exporter denied any involvement. "We only ship fruit," its lawyer, Ana Ruiz, '
        "said in a written statement.\n\n"
        "The gang may have organised the shipments, a Peruvian intelligence report seen by "
        "Reuters said. The report, dated October, said gang members paid crane operators up "
        "to $20,000 per container."
    )
    later = [c for c in claims if text_of(c.claimant) == "The report, dated October"]
    assert len(later) == 1
    (first,) = [c for c in claims if (text_of(c.claimant) or "").startswith("a Peruvian")]
    assert _actor(later[0]) != "Ana Ruiz"
    assert _actor(later[0]) == _actor(first)


def test_they_after_a_bodys_account_of_people_are_those_people() -> None:
    claims = claims_of(
        "The nine crew members, who were mostly Somali nationals, were handed to Kenya's "
        "coast guard in Lamu, the navy said. They reportedly told interrogators that they had "
        "been promised $1,500 each."
    )
    told = _at(claims, "told")
    assert _actor(told) == "crew members"


def test_they_after_people_who_spoke_are_still_those_people() -> None:
    claims = claims_of(
        "Villagers said the boats came at night. They said the smugglers were armed."
    )
    assert _actor(claims[1]) == _actor(claims[0]) == "Villagers"


def test_the_group_in_a_release_is_the_releasing_body() -> None:
    text = (
        "Libya: Migrants Sold Between Smugglers\n"
        "Amnesty International, 2026-04-02\n"
        "TUNIS, Tunisia —\n\n"
        "Migrants held in warehouses near Zuwara have been sold between smuggling gangs, "
        "Amnesty International said today.\n\n"
        "Human Rights Watch said in March that hundreds of migrants may have been expelled.\n\n"
        "The group called on the European Union to suspend funding for the coast guard.\n"
    )
    called = _at(claims_of(text), "called")
    assert _actor(called) == "Amnesty International"


def test_the_group_outside_a_release_is_the_last_body() -> None:
    text = (
        "Amnesty International said migrants had been sold. Human Rights Watch said in March "
        "that hundreds had been expelled. The group called on the EU to act."
    )
    assert _actor(_at(claims_of(text), "called")) == "Human Rights Watch"


def test_news_site_and_state_news_agency_listeners_are_outlets() -> None:
    claims = claims_of(
        "Its commander, Hassan Farah, told the Hiiraan Online news site that the cargo may "
        "have come from Yemen. A spokesman, Omar Ali, told the Kenya state news agency on "
        'Wednesday that "all arrivals are screened."'
    )
    assert [text_of(c.outlet) for c in claims] == [
        "Hiiraan Online",
        "the Kenya state news agency",
    ]


def test_people_quoted_by_a_medium_speak_through_it() -> None:
    c = only(
        claims_of(
            "Last week a boat carrying about 90 people was pushed back from the beach at "
            "Lhoknga, according to local fishermen quoted by the Indonesian news agency Antara."
        )
    )
    assert _actor(c) == "local fishermen"
    assert text_of(c.outlet) == "Antara"  # the medium's name (C0)


def test_spokesman_of_a_regional_army_is_not_seated_at_the_state_capital() -> None:
    from claimmap.actors import seat_of

    claims = claims_of(
        "Myanmar's junta denied the reports. A spokesman for the Arakan Army, Khine Thu Kha, "
        "said on Telegram that the boats had left from Buthidaung. A spokesman for the "
        "Myanmar Army said the coast was calm."
    )
    rebel, state = claims[1], claims[2]
    assert rebel.actor is not None and rebel.actor.organisation == "Arakan Army"
    assert seat_of(rebel.actor).precision == "unplaced"
    assert state.actor is not None and seat_of(state.actor).place_name == "Nay Pyi Taw"

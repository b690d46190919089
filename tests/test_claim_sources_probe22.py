"""Claim sources after the twenty-second probe, second batch: a military or police rank
is part of the title, not of the name or an organisation, and a regional post ("the
agency's Penang director") seats its holder there; "N from the X region who say" speaks
for N, not the region; a perfect modal ("may have sent") in one conjunct hedges the
claim, a plain modal ("may send") does not; an appositive name beside a role's "of"
phrase is a person, a bracketed acronym a body, "a GARR monitor" a person of GARR;
a bare "One diplomat" is one of the diplomats quoted before; "eastern-based forces" are
seated in the east."""

from __future__ import annotations

from datetime import datetime

from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap import analyze, from_text
from claimmap.actors import seat_of
from claimmap.model import Claim

PUBLISHED = datetime(2026, 11, 26, 9, 0)


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe22b")


def analysed(text: str) -> list[Claim]:
    return analyze(from_text(text, doc_id="probe22b-full", published=PUBLISHED)).claims


# --- ranks --------------------------------------------------------------------------------


def test_a_two_word_rank_read_as_an_organisation_leaves_the_name_whole() -> None:
    c = claims_of(
        "The Maritime Enforcement Agency said it had seized two barges. The agency's "
        "Penang director, First Admiral Zulkifli Abu Bakar, told Bernama that the transfers "
        "were illegal."
    )[-1]
    assert c.actor is not None
    assert (c.actor.name, c.actor.kind) == ("Zulkifli Abu Bakar", "person")
    assert c.actor.organisation == "Maritime Enforcement Agency"


def test_an_air_marshal_is_no_part_of_the_name() -> None:
    c = only(claims_of("Air Marshal Tan Kok Ming, the air force chief, said jets were scrambled."))
    assert c.actor is not None
    assert (c.actor.name, c.actor.kind) == ("Tan Kok Ming", "person")


def test_a_commodore_is_a_rank() -> None:
    c = claims_of(
        "The navy said it had boarded a trawler. The navy's eastern commander, Commodore "
        "Ahmad Faisal Rahim, said the crew was detained."
    )[-1]
    assert c.actor is not None
    assert c.actor.name == "Ahmad Faisal Rahim"


def test_a_company_named_general_stays_a_company() -> None:
    c = only(claims_of("General Motors said it would close the plant in Oshawa."))
    assert c.actor is not None
    assert (c.actor.name, c.actor.kind) == ("General Motors", "organisation")


def test_a_regional_post_seats_its_holder_there() -> None:
    c = analysed(
        "Malaysia's Maritime Enforcement Agency said it had detained two tankers near Penang. "
        "The agency's Penang director, Rear Admiral Ahmad Faisal Rahim, told Bernama that the "
        "transfers were illegal."
    )[-1]
    assert c.actor is not None
    assert c.actor.name == "Ahmad Faisal Rahim"
    assert c.actor.organisation == "Maritime Enforcement Agency"
    seat = seat_of(c.actor)
    assert seat is not None and seat.place_name == "George Town"


# --- relative clauses ------------------------------------------------------------------------


def test_who_say_after_a_region_speaks_for_the_people_from_it() -> None:
    c = only(
        analysed(
            "The march was led by teachers from the Kherson region who say the schools are unsafe."
        )
    )
    assert text_of(c.claimant) == "teachers from the Kherson region who"
    assert c.actor is not None and c.actor.name == "teachers"


def test_officials_in_a_city_who_spoke_still_speak() -> None:
    c = only(claims_of("Officials in Shenzhen, who spoke to reporters, said the plant was closed."))
    assert text_of(c.claimant) == "Officials in Shenzhen, who spoke to reporters"


# --- hedges ------------------------------------------------------------------------------------


def test_may_have_done_in_one_conjunct_hedges_the_claim() -> None:
    c = only(
        claims_of(
            "The Front for the Liberation of Azawad said government troops were gathering in "
            "Aguelhok and may have sent a convoy towards Kidal last week."
        )
    )
    assert c.modality == "hedged"


def test_a_quoted_may_have_done_after_a_fact_hedges_the_claim() -> None:
    c = only(
        claims_of(
            "Gen. Ali Nur told the state news agency that the militia had blocked the southern "
            'roads and "may have deliberately pushed families toward the hills."'
        )
    )
    assert c.modality == "hedged"


def test_a_plan_in_one_conjunct_still_leaves_the_claim_asserted() -> None:
    c = only(claims_of("The army said it had pulled out two battalions and may send them back."))
    assert c.modality == "asserted"


# --- actor kinds ---------------------------------------------------------------------------


def test_a_name_beside_a_governor_of_a_province_is_a_person() -> None:
    c = only(
        claims_of(
            "Refugees were moved last week, said the governor of Ouaddai province, Mahamat "
            "Saleh Haroun."
        )
    )
    assert c.actor is not None
    assert (c.actor.name, c.actor.kind, c.actor.role) == (
        "Mahamat Saleh Haroun",
        "person",
        "governor",
    )


def test_a_bracketed_acronym_is_a_body_and_its_monitor_a_person() -> None:
    found = claims_of(
        "According to the Northern Border Watch Committee (MOLEG), a rights group, 2,000 "
        "people were expelled last week. Many were bused to the border, MOLEG said. "
        '"They are left at the gate with nothing," said Marie-Claude Joseph, a MOLEG monitor '
        "in Ouanaminthe."
    )
    by = {text_of(c.claimant): c.actor for c in found}
    assert by["MOLEG"] is not None and by["MOLEG"].kind == "organisation"
    monitor = next(a for w, a in by.items() if w.startswith("Marie-Claude"))
    assert monitor is not None
    assert (monitor.name, monitor.kind, monitor.organisation) == (
        "Marie-Claude Joseph",
        "person",
        "MOLEG",
    )


def test_one_diplomat_is_one_of_the_diplomats_quoted_before() -> None:
    found = analysed(
        "KAMPALA, Uganda - Two Western diplomats in Kampala, speaking on condition of "
        "anonymity, told Reuters that at least four cargo flights landed at Entebbe. One "
        "diplomat said the planes carried armoured vehicles."
    )
    c = found[-1]
    assert text_of(c.claimant) == "One diplomat"
    assert c.actor is not None and c.actor.country_code is None
    seat = seat_of(c.actor)
    assert seat is not None and seat.place_name == "Kampala"


def test_one_driver_described_anew_is_not_the_group() -> None:
    found = claims_of(
        "Drivers said the queue was 20 km long. One driver from Lviv said he waited for three days."
    )
    assert found[-1].actor is not None and found[-1].actor.name == "One driver"


def test_eastern_based_forces_are_seated_in_the_east() -> None:
    c = analysed(
        "TRIPOLI, Libya - Cargo planes landed in Benghazi and Tobruk, diplomats said. "
        "Libya's eastern-based forces under Khalifa Haftar rejected reports that Benghazi "
        "was a transit hub."
    )[-1]
    assert c.actor is not None and c.actor.country_code == "LY"
    seat = seat_of(c.actor)
    assert seat is not None and seat.place_name == "Benghazi"

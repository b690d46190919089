"""Claims after the twenty-second probe: "according to" a standard kept to ("according to
plan") is no source; a body named with its own place is not the body met before, and "the
group" goes back to the "research group X" just named; a split attribution's content goes
on after the cue ("X, they said, before landing at Y"); a quotation resumed after "speaking
in Z" stays the speaker's; a gerund complement keeps its own time and route."""

from __future__ import annotations

from datetime import datetime

from helpers import claims_of as claims_in
from helpers import only, placed_claims, text_of

from claimmap.model import Claim

PUBLISHED = datetime(2026, 10, 14, 9, 0)


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe22")


# --- "according to plan" ----------------------------------------------------------------------


def test_according_to_plan_is_no_source_the_speakers_said_is() -> None:
    cs = claims_of(
        "The Slovak army said it had moved two battalions to the border. Army spokesman "
        "Colonel Jan Hrnko said only that operations in the Presov region were proceeding "
        '"according to plan".'
    )
    assert [text_of(c.cue) for c in cs] == ["said", "said"]
    second = cs[1]
    assert text_of(second.claimant) == "Army spokesman Colonel Jan Hrnko"
    assert text_of(second.content) == (
        'that operations in the Presov region were proceeding "according to plan"'
    )
    assert second.actor is not None and second.actor.name == "Jan Hrnko"


def test_a_schedule_or_timetable_kept_to_is_no_source() -> None:
    c = only(claims_of("The railway said trains to Lviv were running according to the timetable."))
    assert text_of(c.cue) == "said"
    assert text_of(c.content) == "trains to Lviv were running according to the timetable"
    c = only(
        claims_of("The minister said the pullback from Izium would go ahead according to schedule.")
    )
    assert text_of(c.claimant) == "The minister"


def test_according_to_people_still_cites_them() -> None:
    c = only(
        claims_of(
            "More than 300 people crossed into Poland last week according to officials in Lublin."
        )
    )
    assert text_of(c.cue) == "according to"
    assert text_of(c.claimant) == "officials in Lublin"
    assert text_of(c.content) == "More than 300 people crossed into Poland last week"


def test_a_set_off_plan_is_still_a_cited_document() -> None:
    c = only(claims_of("Troops will leave Kherson by May, according to the plan."))
    assert text_of(c.cue) == "according to"
    assert text_of(c.content) == "Troops will leave Kherson by May"


# --- a body named with its own place; "the group" -------------------------------------------


def test_a_body_named_with_its_own_place_is_not_the_body_met_before() -> None:
    cs = placed_claims(
        "The Ukrainian Grain Association said the trucks were driven to Constanta. The "
        "Constanta port authority confirmed a sharp rise in grain arriving by road. Its "
        "director, Florin Goidea, said the port had handled 640,000 tonnes."
    )
    assert len(cs) == 3
    _, port, director = cs
    assert port.actor is not None and port.actor.name == "Constanta port authority"
    assert port.actor.country_code == "RO" and port.actor.located is not None
    assert director.actor is not None and director.actor.name == "Florin Goidea"
    assert director.actor.organisation == "Constanta port authority"


def test_a_body_whose_name_has_the_place_is_still_referred_to() -> None:
    cs = claims_of(
        "The Port of Gdansk Authority said ships were waiting. The Gdansk port authority "
        "said it had added berths."
    )
    assert [c.actor.name if c.actor else None for c in cs] == ["Port of Gdansk Authority"] * 2


def test_the_group_is_the_research_group_named_inside_a_non_claim() -> None:
    cs = claims_of(
        "Libya's eastern-based forces under Khalifa Haftar rejected reports that Derna was a "
        'hub, calling them "fabrications". But radar data analysed by the research group All '
        "Eyes on Sahel shows at least 12 aircraft that were not at the base in Sebha in June. "
        "The group said the drones were later moved south by road to Kufra."
    )
    group = cs[-1]
    assert text_of(group.claimant) == "The group"
    assert group.actor is not None and group.actor.name == "All Eyes on Sahel"


# --- split attributions ------------------------------------------------------------------------


def test_content_goes_on_after_a_set_off_cue_before_a_gerund_step() -> None:
    c = only(
        claims_of(
            "The planes refuelled at the airport in Sfax, officials said, before landing at "
            "a base near Tunis."
        )
    )
    assert [text_of(p) for p in c.content_parts] == [
        "The planes refuelled at the airport in Sfax",
        "before landing at a base near Tunis",
    ]


def test_content_goes_on_after_a_set_off_cue_with_a_subjectless_verb() -> None:
    c = only(
        claims_of("The convoy stopped in Gabes, the ministry said, and then drove on to Medenine.")
    )
    assert [text_of(p) for p in c.content_parts] == [
        "The convoy stopped in Gabes",
        "and then drove on to Medenine",
    ]


def test_the_speakers_own_added_report_stays_apart() -> None:
    cs = claims_of(
        "The ship was seized off Aden, the navy said, and added that its crew had been detained."
    )
    assert text_of(cs[0].content) == "The ship was seized off Aden"
    assert not cs[0].content_parts


# --- quotations and gerund complements ---------------------------------------------------------


def test_a_quotation_resumed_after_speaking_in_a_city_stays_the_speakers() -> None:
    cs = claims_of(
        "According to the U.N. migration agency, more than 9,000 people registered at the "
        'Renk transit centre last week. "Families come with nothing, not even water," said '
        "Mira Lund, the agency's director of operations, speaking in Nairobi. \"Many of them "
        'tell us they were beaten at the checkpoints."'
    )
    assert len(cs) == 2
    lund = cs[1]
    assert lund.actor is not None and lund.actor.name == "Mira Lund"
    assert [text_of(p) for p in lund.content_parts] == [
        '"Families come with nothing, not even water,"',
        '"Many of them tell us they were beaten at the checkpoints."',
    ]


def test_a_described_journey_keeps_its_time_and_its_route() -> None:
    c = only(
        claims_of(
            "Migrants interviewed by Reuters described leaving Agadez at night, heading north "
            "through Dirkou and then east to Sebha."
        )
    )
    assert text_of(c.content) == (
        "leaving Agadez at night, heading north through Dirkou and then east to Sebha"
    )

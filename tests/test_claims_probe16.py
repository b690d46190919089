"""Claims after a sixteenth probe: a participle clause hung on the reporter's sentence
("raising fears that ...") and an unsourced "is expected to" schedule are no claims; a
plan set at a time to come ("would close the road next week") stays asserted (the speaker
asserts the plan; the movement's mood says it is intended); a dateline in
ordinary case with no day ("Mombasa, Kenya - ...") is not part of the lede's content; a
count reported "in X" keeps where it was counted."""

from __future__ import annotations

from helpers import claims_of, only, text_of

from claimmap.claims_title_datelines import titled_datelines

# --- no speaker, no claim -----------------------------------------------------------------


def test_raising_fears_is_no_claim() -> None:
    found = claims_of(
        "Hundreds of herders have fled the valley, local chiefs say, raising fears that "
        "the violence will spread south."
    )
    c = only(found)
    assert text_of(c.claimant) == "local chiefs"
    assert all(text_of(x.cue) != "fears" for x in found)


def test_a_named_holder_of_fears_still_makes_a_claim() -> None:
    c = only(claims_of("The mayor voiced fears that the dam would burst."))
    assert text_of(c.claimant) == "The mayor"


def test_an_unsourced_schedule_is_no_claim() -> None:
    found = claims_of(
        "A relief convoy left Lira on Tuesday, officials said. A second convoy, carrying "
        "40 tonnes of maize, is expected to reach Gulu on Friday."
    )
    assert [text_of(c.claimant) for c in found] == ["officials"]


def test_an_unsourced_belief_about_the_past_stays_a_claim() -> None:
    c = only(claims_of("The fighters are believed to have crossed the river at night."))
    assert c.claimant is None
    assert "crossed the river" in c.content.text


def test_a_sourced_expectation_stays_a_claim() -> None:
    c = only(claims_of("The convoy is expected to reach Gulu on Friday, a UN official said."))
    assert text_of(c.claimant) == "a UN official"


# --- plans stay asserted ---------------------------------------------------------------------


def test_a_plan_set_next_week_stays_asserted() -> None:
    c = only(claims_of("She said the militia would close the highway across the north next week."))
    assert c.modality == "asserted"


def test_a_plan_on_a_weekday_stays_asserted() -> None:
    c = only(claims_of("The minister said troops will leave the border town on Monday."))
    assert c.modality == "asserted"


def test_a_would_with_no_time_stays_asserted() -> None:
    c = only(claims_of("She said the crossing would be difficult."))
    assert c.modality == "asserted"


def test_a_past_event_on_a_day_stays_asserted() -> None:
    c = only(claims_of("Police said the men had crossed the border on Monday."))
    assert c.modality == "asserted"


def test_a_plan_in_one_conjunct_leaves_the_claim_asserted() -> None:
    c = only(
        claims_of("The army said it had pulled out two battalions and would return next month.")
    )
    assert c.modality == "asserted"


# --- content bounds -----------------------------------------------------------------------


def test_a_title_case_dateline_is_not_in_the_content() -> None:
    c = only(
        claims_of(
            "Mombasa, Kenya - Hundreds of fishermen have left the coast and moved inland, "
            "county officials say."
        )
    )
    assert text_of(c.content).startswith("Hundreds of fishermen")
    assert text_of(c.claimant) == "county officials"


def test_titled_datelines_need_known_places_and_a_capital_after_the_dash() -> None:
    places = {"Mombasa", "Kenya", "Gulu"}.__contains__
    body = "Mombasa, Kenya - Hundreds left.\nGulu - Ten died.\nMombasa, Kenya - a note.\n"
    starts = [0, body.index("Gulu"), body.rindex("Mombasa")]
    assert titled_datelines(body, starts, places) == [(0, 17), (starts[1], starts[1] + 7)]
    assert titled_datelines("Smith, Jones - Hundreds left.", [0], places) == []


def test_where_a_count_was_reported_is_part_of_it() -> None:
    found = claims_of(
        "Health officials in Kenya reported three cases in Busia county, near the border, "
        "and said all three had come from Uganda."
    )
    assert [text_of(c.content) for c in found] == [
        "three cases in Busia county",
        "all three had come from Uganda",
    ]


def test_a_count_reported_on_a_day_ends_at_the_count() -> None:
    c = only(claims_of("Police reported two arrests on Friday."))
    assert text_of(c.content) == "two arrests"

"""Claims after a seventeenth probe, second round (shape): a wish told inside a quotation
is the quoted speaker's words, not a new claim; the purpose of a deed still to come, of
an inquiry, or of a deed with no doer is no claim; a headline kicker the article uses as
a place is no speaker; thanks beside a "saying" participle, "referred the case to X" and
an agentless accusation inside another source's words are no claims; "appeared to show"
hedges; a duration ("a six-month state of emergency") dates nothing; an older year
before a singular noun, a calibre and a plain-N naira sum are read right."""

from __future__ import annotations

from datetime import date, datetime

from helpers import claim_by_cue, claims_of, only, text_of

from claimmap.claims_dates import resolve_date

FRIDAY = datetime(2025, 3, 14, 9, 0)

# --- spurious claims ---------------------------------------------------------------------


def test_a_wish_inside_a_quotation_is_no_claim_of_its_own() -> None:
    found = claims_of(
        'Omar Diallo, a fisherman, said he had sold his boat. "Everyone here wants to '
        'leave for Malta. Nobody wants to stay."'
    )
    assert [text_of(c.cue) for c in found] == ["said"]


def test_a_quoted_belief_of_a_third_person_is_no_claim() -> None:
    found = claims_of('"The general thinks he can win the war," the senator said.')
    assert [text_of(c.cue) for c in found] == ["said"]


def test_the_purpose_of_a_meeting_still_to_come_is_no_claim() -> None:
    found = claims_of(
        "The premier said on Friday his cabinet would meet on Monday to approve the new budget."
    )
    assert [text_of(c.cue) for c in found] == ["said"]


def test_an_inquiry_a_hearing_is_for_is_no_claim() -> None:
    found = claims_of(
        "Judge Marlow scheduled a hearing for Tuesday to determine whether the agency had "
        "broken the injunction."
    )
    assert found == []


def test_the_aim_of_a_deed_with_no_doer_is_no_claim() -> None:
    found = claims_of("The old frigate was grounded on the reef in 1988 to assert Hanoi's claim.")
    assert found == []


def test_a_purpose_of_a_past_deed_with_a_doer_stays_a_claim() -> None:
    c = only(claims_of("The senator went on television to blame the governor for the floods."))
    assert text_of(c.claimant) == "The senator"


def test_a_headline_kicker_used_as_a_place_is_no_speaker() -> None:
    found = claims_of(
        "Dorava: Freed miners reach Tamale\n\n"
        "The 40 miners of the pit in Dorava reached Tamale on Monday, the police said."
    )
    assert [text_of(c.claimant) for c in found] == ["the police"]


def test_thanks_beside_a_saying_participle_are_no_claim() -> None:
    c = only(
        claims_of("The minister thanked Okafor on X, saying he had agreed to return the relics.")
    )
    assert text_of(c.cue) == "saying"
    assert text_of(c.content) == "he had agreed to return the relics"


def test_thanks_for_a_deed_stay_a_claim() -> None:
    found = claims_of("The mayor thanked Okafor on X for returning the relics.")
    assert [text_of(c.cue) for c in found] == ["thanked"]


def test_referring_a_case_to_prosecutors_is_no_claim() -> None:
    found = claims_of(
        "The commission said it had annulled the vote there and referred the case to prosecutors."
    )
    assert [text_of(c.cue) for c in found] == ["said"]


def test_an_agentless_accusation_inside_a_report_is_no_claim() -> None:
    found = claims_of(
        "The charity said the deportees had never been tried and were accused of smuggling "
        "because of their tattoos."
    )
    assert [text_of(c.cue) for c in found] == ["said"]


def test_an_agentless_accusation_of_its_own_stays_a_claim() -> None:
    c = only(claims_of("Turkey was accused of sending fighters to the region."))
    assert c.modality == "alleged"


def test_a_demand_inside_a_later_attribution_is_no_claim_of_its_own() -> None:
    c = only(
        claims_of(
            "The bandits had demanded N5 billion (about $3 million) for the release of the "
            "hostages, a village head, Sani Bello, told the BBC last week."
        )
    )
    assert text_of(c.cue) == "told"


# --- modality ------------------------------------------------------------------------------


def test_a_source_that_appears_to_show_is_hedged() -> None:
    c = claim_by_cue(
        claims_of("A video shared online appeared to show soldiers burning ballots in a yard."),
        "to show",
    )
    assert c.modality == "hedged"


# --- dates ---------------------------------------------------------------------------------


def test_a_duration_before_a_noun_dates_nothing() -> None:
    c = only(
        claims_of(
            "The cabinet announced a three-month curfew in the north on Wednesday.",
            FRIDAY,
        )
    )
    assert c.date == date(2025, 3, 12)


def test_lengths_of_time_resolve_to_no_date() -> None:
    assert resolve_date("a six-month", date(2025, 3, 14)) == (None, "unknown")
    assert resolve_date("three weeks", date(2025, 3, 14)) == (None, "unknown")
    assert resolve_date("two weeks ago", date(2025, 3, 14))[1] == "week"
    assert resolve_date("last month", date(2025, 3, 14)) == (date(2025, 2, 1), "month")


# --- quantities ----------------------------------------------------------------------------


def _quantities(text: str) -> list[tuple[str, float, str | None]]:
    return [(q.span.text, q.value, q.unit) for c in claims_of(text) for q in c.quantities]


def test_an_older_year_before_a_singular_noun_counts_nothing() -> None:
    assert _quantities("The court said the use of a 1712 royal decree was unlawful.") == []


def test_a_four_digit_count_before_a_plural_still_counts() -> None:
    found = _quantities("The army said the 1500 soldiers had left the valley.")
    assert found == [("1500", 1500.0, "soldiers")]


def test_a_calibre_counts_nothing_but_rainfall_does() -> None:
    assert _quantities("Local media reported that Peru bought 105mm towed guns.") == []
    found = _quantities("Forecasters said 120mm of rain fell overnight.")
    assert [(t, v) for t, v, _ in found] == [("120", 120.0)]


def test_a_plain_n_naira_sum_is_read_but_a_road_name_is_not() -> None:
    found = _quantities(
        "The gunmen had demanded N2 billion for the hostages, a chief told the BBC."
    )
    assert found == [("N2 billion", 2e9, "NGN")]
    assert _quantities("Police said the N4 highway was closed for hours.") == []

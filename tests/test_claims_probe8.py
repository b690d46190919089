"""Claim frames written after an eighth probe: headlines that answer one another
("X, US says; Beijing denies") or drop a passive's "is" ("X accused of ..."), datelines
that are no speakers and no content, a medium after a speaker's own cue, a report
misparsed around "citing", a speaker hung on a fronted place, an appeal after a
complement, a name after "according to the spokesperson", and the dates and hedges of
a claim.
"""

from __future__ import annotations

from datetime import date, datetime

from helpers import claim_by_cue, text_of
from helpers import claims_of as claims_in

from claimmap.model import Claim

PUBLISHED = datetime(2024, 3, 15, 9, 0)  # a Friday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe8")


# --- headlines ------------------------------------------------------------------------


def test_headline_says_then_denies_gives_two_speakers_of_one_content() -> None:
    found = claims_of(
        "Freighter took Ruritanian grain to Vietnam via Laos, France says; Hanoi denies\n\n"
        "A freighter carried grain from Odessa to Haiphong, port officials said on Wednesday."
    )
    says, denies = claim_by_cue(found, "says"), claim_by_cue(found, "denies")
    assert text_of(says.claimant) == "France" and says.modality == "asserted"
    assert text_of(denies.claimant) == "Hanoi" and denies.modality == "denied"
    content = "Freighter took Ruritanian grain to Vietnam via Laos"
    assert says.content.text == denies.content.text == content
    assert (says.date, says.date_precision) == (date(2024, 3, 15), "day")  # the headline's day
    assert (denies.date, denies.date_precision) == (date(2024, 3, 15), "day")


def test_headline_accused_of_names_the_target_not_the_accuser() -> None:
    found = claims_of(
        "Canada accused of secretly sending drones from Norway to Georgia via Turkey\n\n"
        "The Georgian foreign ministry rejected the accusation on Tuesday."
    )
    accused = claim_by_cue(found, "accused")
    assert accused.claimant is None
    assert accused.modality == "alleged"
    assert "sending drones" in accused.content.text


def test_a_story_line_is_no_headline_for_the_date() -> None:
    found = claims_of("The mayor says the bridge will reopen.\n\nWork began in May.")
    says = claim_by_cue(found, "says")
    assert (says.date_span, says.date_precision) == (None, "published")  # not a headline's day


# --- datelines ------------------------------------------------------------------------


def test_colon_dateline_is_no_speaker_and_swallows_nothing() -> None:
    found = claims_of(
        "HARBIN: More than 300 Koreans were expelled via Tumen on Monday, officials said. "
        "Heilongjiang information minister Li Wei told Xinhua the process was orderly."
    )
    assert all(text_of(c.claimant) != "HARBIN" for c in found)
    said = claim_by_cue(found, "said")
    assert text_of(said.claimant) == "officials"
    assert said.content.text == "More than 300 Koreans were expelled via Tumen on Monday"
    assert claim_by_cue(found, "told").content.text == "the process was orderly"


def test_transcript_labels_stay_speakers() -> None:
    found = claims_of(
        "WARREN: We will win this state and the next one.\n\n"
        "SANDERS: I agree with that completely, and so do my voters."
    )
    assert [text_of(c.claimant) for c in found] == ["WARREN", "SANDERS"]


def test_dash_dateline_with_a_day_stays_out_of_the_content() -> None:
    c = claim_by_cue(
        claims_of(
            "Sofia, Mar 4 -- Brokers charged Bulgarian workers up to 9,000 euros each to "
            "send them to Spain, relatives said on Friday."
        ),
        "said",
    )
    assert c.content.text.startswith("Brokers charged Bulgarian workers")


# --- outlets and sources --------------------------------------------------------------


def test_a_medium_after_the_speakers_cue_is_the_channel() -> None:
    c = claim_by_cue(
        claims_of(
            '"Norway will keep selling its gas wherever it wants," Lindqvist said, '
            "according to Norway's NTB news agency."
        ),
        "said",
    )
    assert text_of(c.claimant) == "Lindqvist"
    assert text_of(c.outlet) == "NTB"  # the medium's name (C0)
    assert c.content.text.startswith('"Norway will keep')


def test_according_to_officials_after_a_cue_stays_the_source() -> None:
    found = claims_of('"We will not retreat," Berglund said, according to officials.')
    assert [text_of(c.claimant) for c in found] == ["officials"]


def test_medium_ending_a_reported_clause_is_trimmed_from_it() -> None:
    c = claim_by_cue(
        claims_of("Berglund said the talks had failed, according to the state news agency."),
        "said",
    )
    assert (text_of(c.claimant), text_of(c.outlet)) == ("Berglund", "the state news agency")
    assert c.content.text == "the talks had failed"


def test_report_misparsed_around_citing_is_the_papers() -> None:
    """The misparsed report keeps its content and makes no "citing" claim. Since session
    25 the cited agency is the claimant (the paper was pinned as claimant before); the
    paper stays the outlet."""
    found = claims_of(
        "The Guardian, citing Britain's defence intelligence agency DIS, reported last "
        "month that recruits from Chad were sent to the front."
    )
    c = claim_by_cue(found, "reported")
    assert text_of(c.claimant) == "Britain's defence intelligence agency DIS"
    assert c.content.text == "that recruits from Chad were sent to the front"
    assert text_of(c.outlet) == "The Guardian"  # a listed newspaper relaying its source
    assert all(text_of(x.cue) != "citing" for x in found)


def test_trailing_citing_goes_with_the_speaker_not_the_content_subject() -> None:
    found = claims_of(
        "Amnesty International said the police had used force to evict families, "
        "citing interviews with 30 returnees."
    )
    assert text_of(claim_by_cue(found, "citing").claimant) == "Amnesty International"


def test_speaker_hung_on_a_fronted_place() -> None:
    c = claim_by_cue(
        claims_of(
            "In the United Kingdom, Border Force and Immigration Enforcement (BFIE) said "
            "agents in the Dover sector recorded 1,200 crossings a day."
        ),
        "said",
    )
    assert text_of(c.claimant) == "Border Force and Immigration Enforcement (BFIE)"


def test_an_appeal_after_a_complement_keeps_the_speaker() -> None:
    found = claims_of(
        "UNICEF and the WFP said the camps were overcrowded and called on Kenya to "
        "suspend the returns."
    )
    called = claim_by_cue(found, "called")
    assert text_of(called.claimant) == "UNICEF and the WFP"
    assert called.content.text == "Kenya to suspend the returns"  # as PolNeAR marks it


def test_an_appeal_after_an_adjective_complement_keeps_the_speaker() -> None:
    found = claims_of(
        'The Red Cross said in a statement that it was "deeply alarmed" and called on '
        "Kenya to halt the returns before the rains."
    )
    assert text_of(claim_by_cue(found, "called").claimant) == "The Red Cross"


def test_the_name_after_according_to_the_spokesperson_speaks() -> None:
    c = only_according(
        claims_of(
            "According to the district's spokesperson, Deputy Inspector Ramesh Kumar, "
            "the men were recruited in Delhi."
        )
    )
    assert text_of(c.claimant) == "the district's spokesperson, Deputy Inspector Ramesh Kumar"
    assert c.content.text == "the men were recruited in Delhi"
    assert c.actor is not None and c.actor.name.endswith("Ramesh Kumar")


def only_according(found: list[Claim]) -> Claim:
    return claim_by_cue(found, "According to")


# --- dates and hedges -----------------------------------------------------------------


def test_neither_the_contents_day_nor_the_gloss_dates_a_trailing_attribution() -> None:
    c = claim_by_cue(
        claims_of(
            "More than 2,000 Syrians were deported through Kilis on Tuesday, officials said, "
            "as the campaign entered its second week."
        ),
        "said",
    )
    assert (c.date, c.date_span, c.date_precision) == (date(2024, 3, 15), None, "published")


def test_a_month_right_after_the_cue_dates_the_saying() -> None:
    c = claim_by_cue(claims_of("Thailand's navy said in June it had seized three boats."), "said")
    assert (c.date, c.date_precision) == (date(2023, 6, 1), "month")
    assert c.content.text == "it had seized three boats"


def test_inability_and_warnings_are_no_hedges() -> None:
    found = claims_of(
        "The province could not keep accepting refugees, the governor said. "
        "He warned that landlords would face fines."
    )
    assert [c.modality for c in found] == ["asserted", "asserted"]
    maybe = claims_of("The governor said the province might stop accepting refugees.")
    assert [c.modality for c in maybe] == ["hedged"]

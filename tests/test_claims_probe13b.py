"""Claim frames, second round of the thirteenth probe: non-speech verbs and reporters'
questions taken for claims, content and attribution split apart (a raised passive that
hid the speaker, a denial swallowed into the subject of a second cue, a wire byline in
the content), hedges inside the content, and places that "report cases".
"""

from __future__ import annotations

from datetime import datetime

from helpers import claims_of as claims_in
from helpers import text_of

from claimmap.model import Claim

PUBLISHED = datetime(2025, 3, 14, 9, 0)


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe13b")


def only(found: list[Claim]) -> Claim:
    assert len(found) == 1, [(c.cue.text, text_of(c.claimant), c.content.text) for c in found]
    return found[0]


def summary(found: list[Claim]) -> list[tuple[str, str | None, str]]:
    return [(c.cue.text, text_of(c.claimant), c.content.text) for c in found]


# --- a reporter's question is nobody's claim ----------------------------------------------


def test_a_cue_inside_a_reporters_question_is_no_claim() -> None:
    c = only(
        claims_of(
            'Asked whether she thought the envoy had lied, Moreno said: "I think he was careless."'
        )
    )
    assert text_of(c.claimant) == "Moreno"
    assert c.cue.text == "said"
    assert "the envoy had lied" not in c.content.text


def test_an_if_question_put_to_the_speaker_is_no_claim() -> None:
    c = only(
        claims_of("Asked if he believed the figures were accurate, the governor said they were.")
    )
    assert c.cue.text == "said"
    assert text_of(c.claimant) == "the governor"


def test_an_open_whether_clause_is_no_claim() -> None:
    found = claims_of("It was unclear whether the court would rule that the dam posed a risk.")
    assert found == []


# --- verbs that state nothing -------------------------------------------------------------


def test_a_person_defended_and_pressed_is_no_claim() -> None:
    assert claims_of("Sen. Ana Lopez defended the minister but pressed him on the budget.") == []


def test_defending_oneself_stays_a_claim() -> None:
    found = claims_of("Lopez spent the evening defending herself and her voting record.")
    assert [c.cue.text for c in found] == ["defending"]


def test_an_event_that_echoes_another_and_an_election_challenge_are_no_claims() -> None:
    found = claims_of(
        "The debate echoed a dispute in Ohio, where Rep. Dan Miles is challenging Gov. Sara Keller."
    )
    assert found == []


def test_a_speaker_who_echoes_remarks_still_speaks() -> None:
    found = claims_of("Several members of the committee echoed her concerns.")
    assert [c.cue.text for c in found] == ["echoed"]


def test_nothing_mentioned_is_no_claim() -> None:
    assert claims_of("The army did not mention any casualties.") == []


def test_an_anonymity_aside_is_no_claim_and_leaves_the_speaker_the_claim() -> None:
    c = only(
        claims_of(
            "The minister will travel to Tucson on Monday and to Yuma on Tuesday, a ministry "
            "official said, speaking on condition of anonymity to discuss the schedule."
        )
    )
    assert c.cue.text == "said"
    assert text_of(c.claimant) == "a ministry official"
    assert c.content.text == "The minister will travel to Tucson on Monday and to Yuma on Tuesday"


def test_a_raised_passive_cue_leaves_the_claim_to_the_speaker() -> None:
    c = only(claims_of("The envoy is expected to land in Accra on Friday, a diplomat said."))
    assert c.cue.text == "said"
    assert text_of(c.claimant) == "a diplomat"
    assert c.modality == "hedged"


def test_a_title_case_headline_with_a_time_clause_is_no_claim() -> None:
    assert claims_of("Cartel Agrees to Pause Output Hikes as Prices Slide") == []


def test_a_label_after_as_stays_content() -> None:
    c = only(claims_of("The mayor described the plan as reckless."))
    assert c.content.text == "the plan as reckless"


def test_a_noun_compound_read_as_a_cue_is_no_claim() -> None:
    found = claims_of(
        "Exports have dropped 9% this year as supply from Asia, including Vietnam and "
        "Thailand, outpaces demand growth."
    )
    assert found == []


# --- two cues, one subject ----------------------------------------------------------------


def test_a_denial_and_a_statement_with_one_subject_are_two_claims() -> None:
    found = claims_of(
        "A Qatari diplomat, who asked not to be named, denied there had been any rift and "
        "said Doha backed the plan."
    )
    speaker = "A Qatari diplomat, who asked not to be named"
    assert summary(found) == [
        ("denied", speaker, "there had been any rift"),
        ("said", speaker, "Doha backed the plan"),
    ]
    assert [c.modality for c in found] == ["denied", "asserted"]


# --- sources and bylines ------------------------------------------------------------------


def test_according_to_gives_a_raised_passive_its_source_and_hedges_it() -> None:
    c = only(
        claims_of(
            "The fire is believed to have started in a warehouse near the port, according to "
            "a fire brigade spokesman."
        )
    )
    assert text_of(c.claimant) == "a fire brigade spokesman"
    assert c.modality == "hedged"


def test_a_wire_byline_is_no_part_of_the_content() -> None:
    c = only(claims_of("(Reuters) -- The cartel agreed to cut output in March, delegates said."))
    assert c.content.text == "The cartel agreed to cut output in March"


# --- modality -----------------------------------------------------------------------------


def test_a_suspected_passive_in_the_content_hedges_it() -> None:
    c = only(claims_of("Smugglers are suspected of moving the cargo into Chad, he said."))
    assert c.modality == "hedged"


def test_insisted_asserts_like_argued() -> None:
    c = only(claims_of("The minister insisted that the border had stayed open all week."))
    assert c.modality == "asserted"


# --- places that report cases -------------------------------------------------------------


def test_places_that_report_cases_are_no_claimants() -> None:
    c = only(
        claims_of(
            "The ministry said Lilongwe had recorded 70 cases, while Zomba and Mangochi "
            "reported their first cases last week."
        )
    )
    assert text_of(c.claimant) == "The ministry"
    assert c.content.text.endswith("while Zomba and Mangochi reported their first cases last week")


def test_a_body_that_reports_cases_still_claims() -> None:
    c = only(claims_of("The health ministry reported 40 new cases on Monday."))
    assert text_of(c.claimant) == "The health ministry"


def test_a_closing_agency_is_the_channel_and_ends_the_content() -> None:
    c = only(
        claims_of(
            "Deputy Minister Ivan Petrov said the plant could reopen as early as May, the "
            "Tass news agency reported."
        )
    )
    assert text_of(c.claimant) == "Deputy Minister Ivan Petrov"
    assert c.content.text == "the plant could reopen as early as May"
    assert text_of(c.outlet) is not None and "Tass" in text_of(c.outlet)


def test_a_speakers_own_negated_course_is_no_denial() -> None:
    c = only(claims_of('"We are not chasing a target," Petrov said.'))
    assert c.modality == "asserted"
    d = only(claims_of('"We did not shell the village," the general said.'))
    assert d.modality == "denied"


def test_a_claim_named_in_the_reporters_question_is_no_claim() -> None:
    c = only(
        claims_of(
            "Asked about reports that the navy had fired on the ferry, the admiral said it "
            "was untrue."
        )
    )
    assert c.cue.text == "said"
    assert text_of(c.claimant) == "the admiral"

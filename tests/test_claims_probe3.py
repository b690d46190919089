"""Claims in wire-style sentences written after a third probe of unseen articles: an
inverted "X, say residents", a listener after "told", a quotation that goes on after its
attribution, a reporter's "could not be independently verified", dates that belong to
the speaker or the content rather than the claim, and channels named "in a post on X".
"""

from __future__ import annotations

from datetime import date, datetime

from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.model import Claim

PUBLISHED = datetime(2024, 11, 6, 9, 0)  # a Wednesday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe3")


# --- "X, say Y": the speaker after the verb -------------------------------------------------


def test_inverted_say_in_a_headline() -> None:
    c = only(claims_of("Militia units still in Kasai, say residents, as aid groups pull out"))
    assert text_of(c.claimant) == "residents"
    assert c.content.text == "Militia units still in Kasai"
    assert text_of(c.cue) == "say"


def test_inverted_say_after_a_clause() -> None:
    c = only(claims_of("Rebel fighters remain in Goma, say witnesses, as families flee to Rwanda."))
    assert text_of(c.claimant) == "witnesses"
    assert c.content.text == "Rebel fighters remain in Goma"


def test_inverted_says_with_a_titled_speaker() -> None:
    c = only(claims_of("Prices will keep rising, says central bank chief Ana Ruiz."))
    assert text_of(c.claimant) == "central bank chief Ana Ruiz"
    assert c.content.text == "Prices will keep rising"


def test_participle_after_a_comma_is_not_inverted() -> None:
    found = claims_of(
        "One after another, the mining firms, including Delta, declared bankruptcy last year."
    )
    assert all(text_of(c.claimant) != "bankruptcy" for c in found)


def test_lead_glued_to_its_headline_still_has_its_claim() -> None:
    found = claims_of(
        "Militia units still in Kasai, say residents, as aid groups pull out\n"
        "12 May 2022\n"
        "Gunmen are still patrolling several villages in the province, residents and nurses "
        "said, a week after the governor ordered them out."
    )
    headline = next(c for c in found if text_of(c.cue) == "say")
    assert (text_of(headline.claimant), headline.content.text) == (
        "residents",
        "Militia units still in Kasai",
    )
    lead = next(c for c in found if text_of(c.cue) == "said")
    assert text_of(lead.claimant) == "residents and nurses"
    assert lead.content.text.startswith("Gunmen are still patrolling")
    assert "Kasai" not in lead.content.text


def test_reporters_gloss_after_the_attribution_stays_out() -> None:
    found = claims_of(
        "Soldiers are still operating in several towns in the north, residents and aid "
        "workers said, days after the president admitted that troops had crossed the border."
    )
    said = next(c for c in found if text_of(c.cue) == "said")
    assert text_of(said.claimant) == "residents and aid workers"
    assert said.content.text == "Soldiers are still operating in several towns in the north"


def test_parenthetical_attribution_inside_a_clause_keeps_both_halves() -> None:
    c = only(claims_of("The plan, he said, will fail."))
    assert c.content.text == "The plan, he said, will fail"


# --- "told <listener>" ----------------------------------------------------------------------


def test_that_clause_after_a_briefing_is_the_content() -> None:
    c = only(
        claims_of(
            "The agency told senators in a closed hearing that the drones had been flown "
            "from Minsk to the border in early May."
        )
    )
    assert text_of(c.claimant) == "The agency"
    assert c.content.text.startswith("that the drones had been flown from Minsk")
    # early May is when the drones flew, not when the agency spoke
    assert (c.date_span, c.date_precision) == (None, "published")


def test_that_clause_after_a_listener_noun_is_the_content() -> None:
    c = only(
        claims_of(
            "Last week she told a meeting of island leaders that few people understood the "
            "stakes better than fishermen."
        )
    )
    assert c.content.text == "that few people understood the stakes better than fishermen"


def test_a_clause_that_relates_to_the_briefing_is_no_content() -> None:
    found = claims_of("He told reporters at a briefing that lasted two hours.")
    assert all(c.content.text != "reporters" for c in found)


def test_postposed_told_reporters_gives_the_clause_before() -> None:
    c = only(
        claims_of(
            "Most of the families crossed into Chad through the Adre crossing, agency "
            "spokesman Tom Bell told reporters in Nairobi."
        )
    )
    assert text_of(c.claimant) == "agency spokesman Tom Bell"
    assert c.content.text == "Most of the families crossed into Chad through the Adre crossing"


def test_what_is_told_stays_the_content() -> None:
    c = only(claims_of("The general told the truth about the siege."))
    assert c.content.text == "the truth about the siege"


# --- a quotation that goes on after its attribution -----------------------------------------


def test_second_quoted_sentence_joins_the_first() -> None:
    c = only(
        claims_of(
            '"The convoy reached the depot on time," army spokesman Luis Pardo said. '
            '"It will not be the last one."'
        )
    )
    assert text_of(c.claimant) == "army spokesman Luis Pardo"
    assert c.content.text.startswith('"The convoy reached')
    assert c.content.text.endswith('"It will not be the last one."')


def test_second_quoted_sentence_after_according_to_keeps_the_speaker() -> None:
    c = only(
        claims_of(
            '"We have seen the first unit at the front," commander Kim Sol said, according '
            'to senator Lee Han. "More units will follow by spring."'
        )
    )
    assert text_of(c.claimant) == "commander Kim Sol"
    assert c.content.text.endswith('"More units will follow by spring."')


def test_a_quotation_with_its_own_speaker_is_not_joined() -> None:
    found = claims_of('"The road is open," the mayor said. "The bridge is not," an officer said.')
    assert [(text_of(c.claimant), c.content.text) for c in found] == [
        ("the mayor", '"The road is open,"'),
        ("an officer", '"The bridge is not,"'),
    ]


# --- "could not be independently verified" --------------------------------------------------


def test_caveat_in_the_next_sentence_is_recorded_not_a_hedge() -> None:
    found = claims_of(
        "Rebels said they had downed two drones near the dam. The claims could not be "
        "independently verified. The army said it had lost no aircraft."
    )
    assert [(c.modality, c.content.text, [k.text for k in c.caveats]) for c in found] == [
        (
            "asserted",
            "they had downed two drones near the dam",
            ["The claims could not be independently verified"],
        ),
        ("asserted", "it had lost no aircraft", []),
    ]


def test_caveat_opening_a_paragraph_covers_the_paragraph_before() -> None:
    found = claims_of(
        "Villagers said the soldiers burned their homes.\n\n"
        "The army said it had fought only armed men. Police said 12 men were held.\n\n"
        "The accounts could not be independently verified.\n\n"
        "Officials said the road was open again."
    )
    assert [bool(c.caveats) for c in found] == [False, True, True, False]
    assert [c.modality for c in found] == ["asserted"] * 4


def test_outlet_that_could_not_confirm_leaves_a_caveat() -> None:
    c = only(
        claims_of(
            "Rebels said they had taken the airport. The agency could not independently "
            "confirm the report."
        )
    )
    assert c.modality == "asserted"
    assert [k.text for k in c.caveats] == ["The agency could not independently confirm the report"]


def test_inline_caveat_stays_out_of_the_content() -> None:
    c = only(
        claims_of(
            "Rebels said on Sunday that they had downed two drones near the dam, a claim that "
            "could not be independently verified."
        )
    )
    assert c.content.text == "that they had downed two drones near the dam"
    assert c.modality == "asserted"
    assert [k.text for k in c.caveats] == ["a claim that could not be independently verified"]
    assert c.date == date(2024, 11, 3)


# --- dates ----------------------------------------------------------------------------------


def test_date_describing_the_speaker_is_not_the_claims() -> None:
    c = only(
        claims_of(
            "Coast guard officers, deployed to the island in 2019, said they had rescued 40 people."
        )
    )
    assert (c.date_span, c.date_precision) == (None, "published")


def test_since_a_month_is_no_claim_date() -> None:
    c = only(
        claims_of(
            "The rebels have fired dozens of rockets at ships since March, saying they are "
            "acting for the people of the coast."
        )
    )
    assert (c.date_span, c.date_precision) == (None, "published")


def test_a_dated_study_keeps_its_date() -> None:
    c = only(claims_of("A 2019 study by the university found that the river had moved."))
    assert (c.date, c.date_precision) == (date(2019, 1, 1), "year")


def test_a_document_published_last_week_dates_its_claim() -> None:
    c = only(
        claims_of(
            "Satellite photos published last week by a research group showed new trenches "
            "near the base."
        )
    )
    assert c.date_span is not None and c.date_span.text == "last week"


def test_an_age_is_no_date() -> None:
    c = only(claims_of("A 35-year-old farmer said the soldiers burned his village."))
    assert c.date_span is None


# --- outlets and cues -----------------------------------------------------------------------


def test_post_on_a_platform_is_the_outlet() -> None:
    c = only(
        claims_of('The minister dismissed the reports as "fabrications" in a post on Telegram.')
    )
    assert text_of(c.outlet) == "Telegram"
    assert c.content.text == 'the reports as "fabrications"'
    assert c.modality == "denied"


def test_name_after_a_common_noun_belongs_to_the_speaker() -> None:
    c = only(
        claims_of(
            "The monitoring platform K9R said in its annual report that 3,000 people had "
            "crossed the river."
        )
    )
    assert text_of(c.cue) == "said"
    assert text_of(c.claimant) == "The monitoring platform K9R"

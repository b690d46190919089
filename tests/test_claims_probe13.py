"""Claim frames written after a thirteenth probe: a closing "data showed" the parser hung
on the clause before it, an "according to" source that swallowed the first clause, a
noun with its participle taken for a clause, bogus claims ("feared dead", a planned talk),
a relative-clause claim that ran into the main clause, and modality (an agentless negated
passive asserts; "appear to have" hedges).
"""

from __future__ import annotations

from datetime import date, datetime

from helpers import claims_of as claims_in
from helpers import text_of

from claimmap.model import Claim

PUBLISHED = datetime(2025, 3, 14, 9, 0)  # a Friday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe13")


def by_cue(found: list[Claim], cue: str) -> Claim:
    hits = [c for c in found if c.cue.text == cue]
    assert hits, [(c.cue.text, text_of(c.claimant)) for c in found]
    return hits[0]


def only(found: list[Claim]) -> Claim:
    assert len(found) == 1, [(c.cue.text, text_of(c.claimant), c.content.text) for c in found]
    return found[0]


# --- a closing data source --------------------------------------------------------------


def test_closing_data_showed_after_a_long_clause_is_a_claim() -> None:
    c = only(
        claims_of(
            "Barges took on 12 loads of grain at Izmail and steamed down the Danube towards "
            "Constanta, vessel-tracking data showed on Wednesday."
        )
    )
    assert text_of(c.claimant) == "vessel-tracking data"
    assert c.cue.text == "showed"
    assert c.content.text.startswith("Barges took on 12 loads")
    assert c.content.text.endswith("towards Constanta")
    assert c.date == date(2025, 3, 12)


def test_closing_data_showed_after_a_dateline() -> None:
    c = only(
        claims_of(
            "ATHENS, March 12 (Reuters) - Freighters loaded ore at Volos and sailed south "
            "towards Crete, port figures showed on Wednesday."
        )
    )
    assert text_of(c.claimant) == "port figures"
    assert c.content.text.startswith("Freighters loaded ore")


def test_closing_records_show_misread_as_a_compound() -> None:
    c = only(
        claims_of("The convoy crossed into Niger and reached Agadez last week, court records show.")
    )
    assert text_of(c.claimant) == "court records"
    assert c.content.text == "The convoy crossed into Niger and reached Agadez last week"


def test_a_setting_clause_before_a_bare_cue_is_no_content() -> None:
    found = claims_of("When the army withdrew from the valley, the villagers reported.")
    assert not [c for c in found if c.content.text.startswith("When")]


# --- sources and their bounds -----------------------------------------------------------


def test_according_to_source_ends_at_its_comma() -> None:
    c = only(
        claims_of(
            "According to figures from the shipping agency Marlow, the barges left the port "
            "of Tema, crossed the bay and reached Lome on Friday."
        )
    )
    assert text_of(c.claimant) == "figures from the shipping agency Marlow"
    assert c.content.text.startswith("the barges left the port of Tema")
    assert c.content.text.endswith("reached Lome on Friday")


def test_according_to_with_a_relative_clause_keeps_it_in_the_source() -> None:
    c = only(claims_of("According to Ahmed Ali, who heads the council, the convoy left Tripoli."))
    assert text_of(c.claimant) == "Ahmed Ali, who heads the council"
    assert c.content.text == "the convoy left Tripoli"


def test_noun_with_participle_before_the_cue_is_the_speaker() -> None:
    found = claims_of(
        '"They came at night," one farmer said.\n\n'
        "Villagers reached by telephone in Mekele described a sleepless night. "
        '"We heard trucks," one woman said.'
    )
    c = by_cue(found, "described")
    assert text_of(c.claimant) == "Villagers reached by telephone in Mekele"
    assert c.content.text == "a sleepless night"


# --- no claim ---------------------------------------------------------------------------


def test_feared_dead_headline_is_no_claim() -> None:
    assert claims_of("Twelve feared dead as boats from Guinea reach Italy.") == []
    assert claims_of("Four miners presumed dead after the collapse.") == []


def test_a_planned_talk_is_no_claim_but_a_past_one_stays() -> None:
    found = claims_of(
        "Italy's foreign minister will visit Tunis next week to discuss migration, officials said."
    )
    c = only(found)
    assert text_of(c.claimant) == "officials"
    assert c.content.text.endswith("to discuss migration")
    past = claims_of("The envoys met in Oslo on Monday to discuss the ceasefire.")
    assert [c.cue.text for c in past] == ["to discuss"]


# --- relative clauses -------------------------------------------------------------------


def test_relative_claim_ends_before_the_main_clause() -> None:
    c = only(claims_of("The brigade, which Ankara says is linked to the rebels, guards the pass."))
    assert text_of(c.claimant) == "Ankara"
    assert c.content.text == "which Ankara says is linked to the rebels"


def test_relative_claim_keeps_a_list_after_a_comma() -> None:
    c = only(
        claims_of(
            "Officials seized the boats, which the coast guard said had sailed from Sfax, "
            "Gabes and Zarzis."
        )
    )
    assert c.content.text.endswith("Gabes and Zarzis")


# --- modality ---------------------------------------------------------------------------


def test_a_negated_agentless_passive_is_asserted() -> None:
    c = only(claims_of("The mayor said the 2019 water deal had never been implemented."))
    assert c.modality == "asserted"


def test_a_negated_deed_is_still_a_denial() -> None:
    c = only(claims_of("The army said its soldiers had not burned the market."))
    assert c.modality == "denied"


def test_an_open_question_is_no_denial() -> None:
    c = only(claims_of("The lawyer said the video does not show whether the guard was armed."))
    assert c.modality == "asserted"


def test_appear_to_have_hedges_the_content() -> None:
    c = only(
        claims_of('The inspectors said the rifles "appear to have been shipped through Togo".')
    )
    assert c.modality == "hedged"

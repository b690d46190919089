"""Claims after the twenty-first probe: the content a reader expects when a comma-set
phrase splits the told clause from its subject, when "according to X" closes a sentence
with X's apposition and a relative clause of its own, when a postposed attribution is
read as a relative clause, when a headline joins two clauses with a semicolon, when the
speaker cites evidence, when "according to X" relays a whole attribution, and when a
gloss on the reported number follows the source."""

from __future__ import annotations

from datetime import datetime

from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.model import Claim

PUBLISHED = datetime(2026, 9, 9, 9, 0)


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe21")


# --- "told X the boat, with N on board, was pushed ..." --------------------------------------


def test_a_phrase_set_off_in_the_told_clause_keeps_its_predicate() -> None:
    c = only(
        claims_of(
            "Fishermen in Kalabo told Reuters the boat, with about 60 people on board, was "
            "pushed towards Namibia's Katima Mulilo island."
        )
    )
    assert text_of(c.content) == (
        "the boat, with about 60 people on board, was pushed towards Namibia's Katima Mulilo island"
    )
    assert text_of(c.outlet) == "Reuters"


def test_a_predicate_read_as_the_cues_complement_gets_its_subject_back() -> None:
    c = only(
        claims_of(
            "Villagers in Kalabo told Reuters the truck, with about 40 people on board, was "
            "turned back towards the Angolan border."
        )
    )
    assert text_of(c.content) == (
        "the truck, with about 40 people on board, was turned back towards the Angolan border"
    )


def test_the_speakers_own_second_verb_is_not_the_objects_predicate() -> None:
    c = claims_of("The minister told reporters the plan, drafted in May, and left the room.")
    assert all("left the room" not in text_of(x.content) for x in c)


# --- "..., according to X, a Y group, which said Z" -----------------------------------------


def test_the_sources_description_and_relative_clause_are_not_its_content() -> None:
    cs = claims_of(
        "Four lorries were halted at the bridge last month and sent back towards Zambia, "
        "according to the Southern Africa Migration Project, a Cape Town-based research "
        "group, which said several drivers may have been arrested."
    )
    assert len(cs) == 2
    first, second = cs
    assert text_of(first.cue) == "according to"
    assert text_of(first.content) == (
        "Four lorries were halted at the bridge last month and sent back towards Zambia"
    )
    assert first.actor is not None and first.actor.name == "Southern Africa Migration Project"
    assert text_of(second.content) == "several drivers may have been arrested"
    assert second.actor is not None and second.actor.name == "Southern Africa Migration Project"
    assert second.modality == "hedged"


def test_a_longer_relative_clause_does_not_take_the_content() -> None:
    cs = claims_of(
        "Two families were stopped at the checkpoint last week and sent back towards "
        "Lebanon, according to the Syrian Observatory for Human Rights, a Britain-based "
        "monitoring group, which said men of military age may have been detained."
    )
    by_cue = {text_of(c.cue): c for c in cs}
    assert text_of(by_cue["according to"].content).startswith("Two families were stopped")
    said = by_cue["said"]
    assert text_of(said.content) == "men of military age may have been detained"
    assert said.actor is not None and said.actor.name == "Syrian Observatory for Human Rights"


def test_a_gloss_on_the_number_is_not_part_of_the_source() -> None:
    c = only(
        claims_of(
            "Nearly 9,000 asylum seekers reached Malta last year, according to Frontex "
            "figures, the highest number since 2008."
        )
    )
    assert text_of(c.claimant) == "Frontex figures"
    assert text_of(c.content) == "Nearly 9,000 asylum seekers reached Malta last year"


def test_a_source_described_as_a_group_keeps_its_description() -> None:
    c = only(
        claims_of(
            "Shelling hit the market on Sunday, according to the Kivu Security Tracker, a "
            "monitoring project."
        )
    )
    assert text_of(c.claimant) == "the Kivu Security Tracker, a monitoring project"


# --- ", the UN office has said, with ..." read as a relative clause ---------------------


def test_a_postposed_attribution_read_as_a_relative_clause_has_the_main_clause() -> None:
    c = only(
        claims_of(
            "Guinea is the main hub for cocaine shipments to Europe, the European Monitoring "
            "Centre for Drugs has said, with more than 40 tonnes seized from Guinean ports "
            "since 2019."
        )
    )
    assert text_of(c.claimant) == "the European Monitoring Centre for Drugs"
    assert [text_of(p) for p in c.content_parts] == [
        "Guinea is the main hub for cocaine shipments to Europe",
        "with more than 40 tonnes seized from Guinean ports since 2019",
    ]


def test_a_with_phrase_after_a_postposed_cue_is_a_part_of_the_content() -> None:
    c = only(
        claims_of(
            "Ghana is the main transit point for smuggled gold, the International Crisis "
            "Group has said, with more than 30 tonnes leaving the country each year."
        )
    )
    assert text_of(c.claimant) == "the International Crisis Group"
    assert [text_of(p) for p in c.content_parts] == [
        "Ghana is the main transit point for smuggled gold",
        "with more than 30 tonnes leaving the country each year",
    ]


# --- a headline of two clauses ----------------------------------------------------------------


def test_the_clause_before_a_semicolon_is_not_the_accusations_content() -> None:
    cs = claims_of(
        "Rebels advance west from Kidal toward Tessalit; Bamako accuses Algiers of hosting "
        "fighters\n\nBAMAKO (Reuters) - Fighting spread on Tuesday, residents said.\n"
    )
    accused = next(c for c in cs if text_of(c.cue) == "accuses")
    assert text_of(accused.claimant) == "Bamako"
    assert text_of(accused.content) == "Algiers of hosting fighters"


# --- "..., citing satellite imagery" ------------------------------------------------------------


def test_cited_evidence_is_no_claim_of_its_own() -> None:
    c = only(
        claims_of(
            "A police source, who asked not to be named, said that up to 300 smugglers may "
            "have crossed into Chad in the past month, citing satellite imagery."
        )
    )
    assert text_of(c.cue) == "said"
    assert "300 smugglers may have crossed into Chad" in text_of(c.content)


def test_a_cited_reason_stays_a_claim() -> None:
    cs = claims_of(
        "Foreign policy analysts said regional rivalries have raised Laos's profile in "
        "Washington, citing the strategic importance of a country that borders China."
    )
    assert [text_of(c.cue) for c in cs] == ["said", "citing"]
    assert text_of(cs[1].content) == "the strategic importance of a country that borders China"


# --- "X, the agency told senators, according to Senator Y, who attended" -------------------------


def test_according_to_after_a_whole_attribution_relays_it() -> None:
    c = only(
        claims_of(
            "The detainees were then flown to Irkutsk, the agency told senators in a "
            "closed-door hearing, according to Senator Maria Olsen, who attended the hearing."
        )
    )
    assert text_of(c.claimant) == "the agency"
    assert text_of(c.content) == "The detainees were then flown to Irkutsk"
    assert c.outlet is None  # a senator relays the claim but is no medium (probe 22)

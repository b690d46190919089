"""Claims in sentences written after a sixth probe of unseen articles: genre labels that
are no speakers, rebuttals the parser folded into the claim they rebut, speakers named
in an appositive or by a text ("the caption reads"), questions put to someone, and
numbers and hedges inside a claim.
"""

from __future__ import annotations

from datetime import datetime

from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.model import Claim

PUBLISHED = datetime(2024, 9, 27, 9, 0)  # a Friday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe6")


# --- genre labels -------------------------------------------------------------------------


def test_fact_check_labels_are_no_speakers() -> None:
    found = claims_of(
        "Claim: Russian transport planes carried 300 tonnes of copper from Oruro to Wuhan.\n\n"
        "Verdict: Misleading. The photo shows a freight flight in Chile in 2019, "
        "customs officials said.\n\n"
        "BREAKING: Dozens of workers rescued from a flooded mine"
    )
    assert all(text_of(c.claimant) not in ("Verdict", "BREAKING", "Claim") for c in found)
    checked = [c for c in found if c.content.text.startswith("Russian transport planes")]
    assert checked and checked[0].claimant is None
    said = [c for c in found if text_of(c.cue) == "said"]
    assert said and text_of(said[0].claimant) == "customs officials"


# --- rebuttals ----------------------------------------------------------------------------


def test_headline_claim_and_its_denial_are_two_claims() -> None:
    found = claims_of("Tucson says Pima County is sending migrants north; county denies it")
    assert [(text_of(c.claimant), c.modality) for c in found] == [
        ("Tucson", "asserted"),
        ("county", "denied"),
    ]
    assert {c.content.text for c in found} == {"Pima County is sending migrants north"}


def test_summing_noun_rebuttal_is_a_denial_of_the_claim_before_it() -> None:
    found = claims_of(
        "Activists in Oruro say the army has been moving detainees across the border, "
        "an accusation the general staff firmly rejected."
    )
    assert [(text_of(c.claimant), c.modality) for c in found] == [
        ("Activists in Oruro", "asserted"),
        ("the general staff", "denied"),
    ]
    assert {c.content.text for c in found} == {
        "the army has been moving detainees across the border"
    }


# --- speakers -----------------------------------------------------------------------------


def test_speaker_named_with_an_appositive_after_the_content() -> None:
    c = only(
        claims_of(
            "The port has no grain silos, a spokesman for Peru's port agency, Enapu, "
            "told us by phone."
        )
    )
    assert text_of(c.claimant) == "a spokesman for Peru's port agency, Enapu"
    assert c.content.text == "The port has no grain silos"


def test_a_caption_that_reads_a_quotation_is_a_claim() -> None:
    c = only(claims_of('"Four tankers left Arica for Busan last week," the caption reads.'))
    assert text_of(c.claimant) == "the caption"
    assert c.content.text.startswith('"Four tankers left Arica')


def test_a_reader_reading_a_letter_makes_no_claim() -> None:
    assert claims_of("The mayor read the letter aloud to the council.") == []


def test_a_question_put_to_someone_is_no_claim() -> None:
    assert claims_of("Asked whether he would run again, Moreau smiled and left the room.") == []


# --- numbers and hedges -------------------------------------------------------------------


def test_one_that_counts_nothing_is_no_quantity() -> None:
    c = only(
        claims_of(
            "Police said the agency bought one-way tickets for 23 people and moved them "
            "from one camp to another."
        )
    )
    assert [(q.value, q.unit) for q in c.quantities] == [(23.0, "people")]


def test_one_as_an_object_pronoun_is_no_quantity_but_a_subject_is() -> None:
    built = only(claims_of("Executives said the firm plans to build one in Ohio."))
    assert not built.quantities
    hurt = only(claims_of("Police said one was killed and 9 were hurt."))
    assert [q.value for q in hurt.quantities] == [1.0, 9.0]


def test_a_first_person_belief_hedges_the_quotation() -> None:
    c = only(claims_of('"We think dozens more paintings are in private vaults," Okafor said.'))
    assert c.modality == "hedged"


# --- dates and channels -------------------------------------------------------------------


def test_a_weekday_evening_dates_the_claim() -> None:
    c = only(claims_of("Ortega told the school board Tuesday night that 60 families had moved."))
    assert text_of(c.date_span) in ("Tuesday", "Tuesday night")
    assert c.date is not None and c.date.isoformat() == "2024-09-24"


def test_a_social_network_is_the_outlet_not_the_content() -> None:
    c = only(claims_of("Governor Ana Ruiz wrote on X that the bridge would reopen in May."))
    assert text_of(c.outlet) == "X"
    assert c.content.text == "that the bridge would reopen in May"
    posted = only(
        claims_of('The consulate called the video "a crude fake" in a post on X on Thursday.')
    )
    assert text_of(posted.outlet) == "X"
    assert "post on X" not in posted.content.text
    assert posted.date is not None and posted.date.isoformat() == "2024-09-26"


# --- fact-check verdicts ------------------------------------------------------------------


def test_a_verdict_disputes_the_claim_it_checks() -> None:
    found = claims_of(
        "Claim: Army helicopters moved 80 tonnes of tin from Potosi to Arica overnight.\n\n"
        "Rating: False. The footage was filmed in Peru in 2020, port officials said."
    )
    checked = [c for c in found if c.content.text.startswith("Army helicopters")]
    assert checked and checked[0].modality == "denied" and checked[0].claimant is None
    assert all(text_of(c.claimant) not in ("Rating", "False") for c in found)


def test_no_verdict_leaves_the_claim_alleged_by_nobody() -> None:
    found = claims_of("Claim: Army helicopters moved 80 tonnes of tin from Potosi to Arica.")
    assert [c.modality for c in found] == ["asserted"]


def test_a_claim_called_false_in_the_ruling_is_denied() -> None:
    c = only(claims_of("The claim that the dam burst near Cusco last week is false."))
    assert c.modality == "denied"


# --- content boundaries -------------------------------------------------------------------


def test_a_quoted_phrase_in_a_since_clause_ends_there() -> None:
    c = only(
        claims_of(
            'Since the senator said on Monday that the state wanted "full access" to the '
            "valley, land prices in the region have doubled."
        )
    )
    assert c.content.text == 'that the state wanted "full access" to the valley'


def test_an_apposition_after_a_parenthesis_belongs_to_the_source() -> None:
    c = only(
        claims_of(
            "According to a study released this week by the Desert Water Institute (DWI), a "
            "Tucson-based think tank, wells across the basin were pumped dry."
        )
    )
    assert c.content.text == "wells across the basin were pumped dry"
    assert c.claimant is not None and c.claimant.text.endswith("think tank")


def test_a_sign_read_with_a_colon() -> None:
    c = only(claims_of('Hundreds marched to the port. One banner read: "Keep the ferries public."'))
    assert (text_of(c.claimant), text_of(c.cue)) == ("One banner", "read")
    assert "Keep the ferries public" in c.content.text


# --- interviews ---------------------------------------------------------------------------


def test_interview_answers_belong_to_the_interviewee() -> None:
    found = claims_of(
        "After the mayor of Lyon said last month that the region needed new reservoirs, "
        "requests have multiplied. The region's water commissioner, Odile Ferrand, spoke to "
        "us in her office on Tuesday.\n\n"
        "On the drought\n\n"
        '"Paris still sets our budget, and we accept that arrangement for now. People in '
        'Brussels like to say that the river is about to run dry. That is simply not true."'
    )
    answers = [c for c in found if c.content.text.startswith('"Paris still')]
    assert answers and text_of(answers[0].claimant) == "Odile Ferrand"
    assert not any(text_of(c.claimant) == "we" for c in found)


def test_an_interviewee_named_before_she_spoke() -> None:
    found = claims_of(
        "The harbour master of Tromso, Ingrid Solberg, has answered calls all week. "
        "Since the company said that it would move its fleet, prices have risen. "
        "She spoke to us on Monday.\n\n"
        '"We have seen more trawlers this month than in the whole of last year. Most of '
        'them will leave again before the ice comes."\n\n'
        "Asked about the fleet, Solberg smiled."
    )
    answers = [c for c in found if c.content.text.startswith('"We have seen')]
    assert answers and text_of(answers[0].claimant) == "Ingrid Solberg"

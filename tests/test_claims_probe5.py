"""Claims in wire-style sentences written after a fifth probe of unseen articles: the
listener's name and the date split from a that-clause, channels named by a participle,
denials by label or by a relative clause, refusals and silences, content boundaries
around parenthetical attributions, speakers the parser misplaced, and the numbers and
year-long dates of a claim.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from helpers import claims_of as claims_in
from helpers import only, text_of

from claimmap.claims_dates import resolve_date
from claimmap.model import Claim

PUBLISHED = datetime(2024, 3, 12, 9, 0)  # a Tuesday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe5")


def _at(claims: list[Claim], cue: str) -> Claim:
    found = [c for c in claims if text_of(c.cue) == cue]
    assert found, [(text_of(c.cue), c.content.text) for c in claims]
    return found[0]


# --- outlet and date apart from the content ---------------------------------------------


def test_news_agency_name_and_day_are_not_content() -> None:
    c = only(
        claims_of(
            "Spokesman Omar Haddad told the state news agency SANA on Monday that Damascus "
            "had not sent any fighters to Libya."
        )
    )
    assert c.content.text == "that Damascus had not sent any fighters to Libya"
    assert text_of(c.outlet) == "SANA"  # the medium's name (C0)
    assert (c.date, c.date_precision) == (date(2024, 3, 11), "day")


def test_statement_read_on_state_television_names_the_outlet() -> None:
    c = only(
        claims_of(
            "In a statement read on state television RTB last month, the interior ministry "
            "said police had seized 40 kilograms of cocaine."
        )
    )
    assert text_of(c.outlet) == "RTB"  # the medium's name (C0)
    assert c.content.text == "police had seized 40 kilograms of cocaine"
    assert (c.date, c.date_precision) == (date(2024, 2, 1), "month")


def test_statement_posted_on_a_platform_is_the_channel_not_a_claim() -> None:
    c = only(claims_of('"We urge calm," the ministry said in a statement posted on X.'))
    assert text_of(c.cue) == "said"
    assert text_of(c.outlet) == "X"
    assert c.content.text == '"We urge calm,"'


# --- denials ------------------------------------------------------------------------------


def test_second_conjunct_in_the_outer_tense_keeps_the_speaker_and_denies() -> None:
    claims = claims_of(
        "Spokesman Omar Haddad told the state news agency SANA on Monday that Damascus "
        '"has not sent any fighters to Libya" and called the reports "baseless propaganda".'
    )
    called = _at(claims, "called")
    assert text_of(called.claimant) == "Spokesman Omar Haddad"
    assert called.modality == "denied"
    assert _at(claims, "told").content.text == 'that Damascus "has not sent any fighters to Libya"'


def test_accusation_rejected_in_a_relative_clause_denies_the_allegation() -> None:
    claims = claims_of(
        "Guards have shot dozens of migrants crossing from Chad, Amnesty alleged on Monday, "
        "an accusation a Libyan official rejected as unfounded."
    )
    alleged, rejected = _at(claims, "alleged"), _at(claims, "rejected")
    assert alleged.content.text == "Guards have shot dozens of migrants crossing from Chad"
    assert rejected.content.text == alleged.content.text
    assert text_of(rejected.claimant) == "a Libyan official"
    assert (alleged.modality, rejected.modality) == ("alleged", "denied")


# --- what is no statement -------------------------------------------------------------------


def test_asking_anonymity_is_no_claim() -> None:
    c = only(
        claims_of(
            '"The ports are open," the official said, declining to be named because he was '
            "not authorised to speak."
        )
    )
    assert text_of(c.cue) == "said"


def test_refusals_and_silences_are_non_answers() -> None:
    claims = claims_of(
        "The Kremlin declined to comment. He did not say what practical steps his "
        "government would take."
    )
    assert _at(claims, "declined").kind == "non_answer"
    assert _at(claims, "did not say").kind == "non_answer"
    assert all(c.kind == "non_answer" for c in claims)


def test_label_in_a_free_relative_is_a_stance_without_the_number_one() -> None:
    claims = claims_of(
        "Customs officers seized 2 tonnes of ivory, the agency said on Thursday, in what it "
        "called one of the largest seizures this year."
    )
    said, called = _at(claims, "said"), _at(claims, "called")
    assert (
        said.kind == "report" and said.content.text == "Customs officers seized 2 tonnes of ivory"
    )
    assert called.kind == "stance"
    assert [q.value for q in called.quantities] == []


def test_a_price_charged_is_no_accusation() -> None:
    assert claims_of("The smugglers reportedly charge between $1,000 and $8,000 a person.") == []
    c = only(claims_of("Prosecutors charged that the firm had hidden its losses."))
    assert c.modality == "alleged"


# --- content boundaries -------------------------------------------------------------------


def test_reporters_without_saying_ends_the_content() -> None:
    claims = claims_of(
        "The container had come from Kenya via Oman, the department said, without saying "
        "whether the two cases were linked."
    )
    said = _at(claims, "said")
    assert said.content.text == "The container had come from Kenya via Oman"
    saying = _at(claims, "saying")
    assert text_of(saying.claimant) == "the department" and saying.kind == "non_answer"


def test_quoted_fragment_inside_a_parenthetical_sentence() -> None:
    c = only(
        claims_of(
            'Peru\'s official output, he added, "could not possibly account for" the volumes '
            "arriving in Lima."
        )
    )
    assert c.content.text == (
        'Peru\'s official output, he added, "could not possibly account for" the volumes '
        "arriving in Lima"
    )


def test_relative_clause_after_a_parenthetical_cue_keeps_the_main_clause() -> None:
    c = only(
        claims_of(
            "Couriers carried the copper by truck to Durban and Maputo, it said, where it was "
            "declared as local output and shipped by sea to China."
        )
    )
    assert c.content.text.startswith("Couriers carried the copper by truck to Durban")
    assert c.content.text.endswith("shipped by sea to China")


def test_noun_that_looks_like_a_cue_verb_does_not_cut_the_content() -> None:
    c = only(
        claims_of(
            "Border officials say most of the cocaine crossing the river is destined for "
            "Brazil and other South American states, where a gram can sell for up to $50."
        )
    )
    assert c.content.text.endswith("where a gram can sell for up to $50")
    assert [(q.value, q.bound, q.unit) for q in c.quantities] == [(50.0, "at_most", "USD")]


def test_that_clause_broken_at_and_stays_one_claim() -> None:
    c = only(
        claims_of(
            "Chile's navy said in a statement that it was following the situation closely and "
            'had "intensified patrols" along the southern coast, which borders the disputed '
            "waters."
        )
    )
    assert c.content.text.startswith("that it was following the situation closely and had")
    assert c.content.text.endswith("which borders the disputed waters")


# --- speakers the parser misplaced --------------------------------------------------------


def test_long_postposed_speaker_with_a_based_organisation() -> None:
    c = only(
        claims_of(
            "Rhinos are poached in the parks of Kenya, and the horns are carried by road into "
            "Tanzania before being gathered in Dar es Salaam, an official with the Paris-based "
            "Wildlife Action Group told Reuters."
        )
    )
    assert text_of(c.claimant) == "an official with the Paris-based Wildlife Action Group"
    assert text_of(c.outlet) == "Reuters"
    assert c.content.text.startswith("Rhinos are poached")


def test_court_ruling_is_a_claim() -> None:
    c = only(
        claims_of(
            "The tribunal in Geneva ruled on Friday that Ruritania must refrain from any "
            "action in the border area."
        )
    )
    assert text_of(c.cue) == "ruled"
    assert c.content.text == "that Ruritania must refrain from any action in the border area"
    assert c.date == date(2024, 3, 8)
    assert claims_of("The party ruled the country for decades.") == []


def test_people_interviewed_by_a_group_speak_through_it() -> None:
    c = only(
        claims_of(
            "Refugees interviewed by the London-based charity described being shot at as "
            "they crossed the river."
        )
    )
    assert text_of(c.claimant) == "Refugees interviewed by the London-based charity"
    assert text_of(c.outlet) == "the London-based charity"


def test_participle_after_a_relative_cue_goes_with_its_subject() -> None:
    claims = claims_of(
        "Board chairman Tom Reyes told reporters in Lima that some 2 million ballots had been "
        "cast, a figure that opposition leaders questioned, saying polling stations had "
        "appeared largely empty."
    )
    assert text_of(_at(claims, "saying").claimant) == "opposition leaders"
    assert text_of(_at(claims, "told").claimant) == "Board chairman Tom Reyes"


def test_zero_relative_claim_starts_at_its_noun() -> None:
    claims = claims_of(
        "Canada and Japan imposed sanctions in May on several firms they said were "
        "involved, including two banks."
    )
    c = _at(claims, "said")
    assert text_of(c.claimant) == "they"
    assert c.content.text == "several firms they said were involved"


# --- numbers and dates ----------------------------------------------------------------------


def test_money_multipliers_and_upper_bounds() -> None:
    claims = claims_of(
        "The group said the cobalt, worth an estimated $40 billion, left Congo. The ministry "
        "said Russia was seeking to build as many as 3,000 tanks a year."
    )
    worth = claims[0].quantities
    assert [(q.value, q.bound, q.unit) for q in worth] == [(40e9, "approx", "USD")]
    many = claims[1].quantities
    assert [(q.value, q.bound, q.unit) for q in many] == [(3000.0, "at_most", "tanks")]


def test_one_of_picks_out_and_counts_nothing() -> None:
    c = only(claims_of("She said she was one of only a handful who reached the border."))
    assert c.quantities == ()


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("last year", (date(2023, 1, 1), "year")),
        ("earlier this year", (date(2024, 1, 1), "year")),
        ("two years ago", (date(2022, 1, 1), "year")),
        ("next month", (None, "unknown")),
    ],
)
def test_year_phrases(phrase: str, expected: tuple[date | None, str]) -> None:
    assert resolve_date(phrase, PUBLISHED) == expected


def test_claims_dated_by_last_year() -> None:
    claims = claims_of(
        "State media reported last year that police had broken up a smuggling ring. In a "
        "report published last year, the Boston-based Harbor Institute said it had found "
        "12 labs."
    )
    assert [(c.date, c.date_precision) for c in claims] == [(date(2023, 1, 1), "year")] * 2

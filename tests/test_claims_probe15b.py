"""Claims in sentences written after a fifteenth probe: content bounds (a quoted fragment
before a coordinated predicate, a relative clause through a second cue, a source cited
between the cue and its that-clause), modality (a negated state, a dismissal by a
demonstrative, a conditional threat, a reporter's caveat naming the outlet), the day of a
statement (after the cue, nested by the parse; after a declared object) and counts (a
spelled fraction, a number in a compound modifier, "about a dozen")."""

from __future__ import annotations

from datetime import datetime

from helpers import claims_of as claims_in
from helpers import text_of

from claimmap.model import Claim

PUBLISHED = datetime(2025, 3, 14, 9, 0)  # a Friday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe15b")


def only(found: list[Claim]) -> Claim:
    assert len(found) == 1, [(text_of(c.cue), text_of(c.content)) for c in found]
    return found[0]


def test_a_coordinated_predicate_after_a_quoted_fragment_stays_in_the_content() -> None:
    c = only(
        claims_of(
            'Veltra, which owns half of the port, said in a statement that it had "lost '
            'all access" to the terminal and could not guarantee the safety of the crews.'
        )
    )
    assert text_of(c.cue) == "said"
    assert text_of(c.content).endswith("could not guarantee the safety of the crews")


def test_a_relative_clause_through_a_second_cue_is_not_the_first_cues_content() -> None:
    found = claims_of(
        "Norland fired more than 90 rockets at Esteria late on Tuesday, the Esterian army "
        "said, in a salvo that the Norland navy said was aimed at the Kessel air base."
    )
    army = [c for c in found if text_of(c.claimant) == "the Esterian army"]
    assert len(army) == 1
    assert text_of(army[0].content).startswith("Norland fired more than 90 rockets")
    assert [q.value for q in army[0].quantities] == [90.0]


def test_a_source_cited_before_the_that_clause_leaves_the_clause_to_the_cue() -> None:
    found = claims_of(
        "The mayor said the bridge would reopen. Local radio reported, citing two council "
        "members, that the city could close the port within weeks."
    )
    reported = [c for c in found if text_of(c.cue) == "reported"]
    assert len(reported) == 1
    assert text_of(reported[0].content) == "that the city could close the port within weeks"


def test_a_negated_state_in_the_content_is_no_denial() -> None:
    c = only(
        claims_of(
            "The agency said in a statement on Monday that the fighting in Valdora does "
            "not allow for safe returns."
        )
    )
    assert c.modality == "asserted"


def test_a_dismissal_of_what_was_asked_denies_it() -> None:
    found = claims_of('"This is fake news," the ministry spokesman Ivo Marek told reporters.')
    assert only(found).modality == "denied"
    found = claims_of('"This is another piece of fake news," Ivo Marek told reporters.')
    assert only(found).modality == "denied"


def test_a_that_clause_through_a_cue_after_a_noun_is_a_relative_clause() -> None:
    found = claims_of(
        "Norland fired more than 90 rockets and dozens of drones at Esteria late on "
        "Tuesday, the Esterian army said, in a salvo that Norland's navy said was aimed "
        "at the Kessel air base and at sites around Varna."
    )
    army = [c for c in found if text_of(c.claimant) == "the Esterian army"]
    assert [text_of(c.content) for c in army] == [
        "Norland fired more than 90 rockets and dozens of drones at Esteria late on Tuesday"
    ]


def test_a_threat_on_a_condition_is_hedged() -> None:
    c = only(
        claims_of(
            "Marek said Valdora will put the migrants on trains and send them to the capital "
            "unless the council drops the penalty."
        )
    )
    assert c.modality == "hedged"


def test_a_claim_the_outlet_could_not_verify_is_cut_and_caveated() -> None:
    c = only(
        claims_of(
            "A rebel commander told the agency that his men had killed 12 soldiers near "
            "Ostrava, a claim the agency could not verify."
        )
    )
    assert c.modality == "asserted"  # the agency's doubt, not the commander's
    assert [k.text for k in c.caveats] == ["a claim the agency could not verify"]
    assert text_of(c.content).endswith("near Ostrava")


def test_a_day_after_the_cue_dates_the_claim_when_the_parse_nests_it() -> None:
    c = only(
        claims_of(
            "Esteria's defence ministry said on Wednesday its forces had shot down five "
            "drones that were trying to reach an air base near the port of Ostrava, the "
            "state news agencies TNA and Kora reported."
        )
    )
    assert text_of(c.content).startswith("its forces had shot down")
    assert str(c.date) == "2025-03-12"


def test_a_declaration_is_dated_by_the_day_after_its_object() -> None:
    found = claims_of(
        "The Health Council declared cholera a national emergency on Wednesday after new "
        "cases spread from the coast."
    )
    c = only(found)
    assert str(c.date) == "2025-03-12"
    assert "Wednesday" not in text_of(c.content)


def test_a_relative_clause_that_never_reported_is_no_claim() -> None:
    found = claims_of(
        "The outbreak has reached nearby provinces, including some that had never "
        "reported cases before."
    )
    assert found == []


def test_when_asked_about_is_no_claim() -> None:
    found = claims_of(
        '"This is a lie," the spokesman said in Tiraz on Monday, when asked about the report.'
    )
    assert [text_of(c.cue) for c in found] == ["said"]


def test_a_spelled_fraction_is_a_share_and_a_compound_number_no_count() -> None:
    found = claims_of(
        "Wheat made up roughly two-thirds of the cargo, the minister said. A convoy "
        "through the three-border area would be exposed, an analyst said."
    )
    wheat = [c for c in found if "Wheat" in text_of(c.content)]
    assert [(q.value, q.bound, q.unit) for q in wheat[0].quantities] == [
        (66.7, "approx", "percent")
    ]
    convoy = [c for c in found if "convoy" in text_of(c.content)]
    assert convoy[0].quantities == ()


def test_about_a_dozen_is_approximate() -> None:
    c = only(claims_of("The army said its ships had fired about a dozen missiles."))
    assert [(q.value, q.bound) for q in c.quantities] == [(12.0, "approx")]


def test_a_participle_after_a_parenthetical_cue_is_the_reporters() -> None:
    found = claims_of(
        "Hundreds of loggers have crossed into Valdora, federal officials say, raising "
        "fears that the damage will spread."
    )
    said = [c for c in found if text_of(c.cue) == "say"]
    assert [text_of(c.content) for c in said] == ["Hundreds of loggers have crossed into Valdora"]

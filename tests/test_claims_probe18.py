"""Claims after an eighteenth probe: a fronted "According to" whose long titled name the
parser reads as the clause's subject, or whose source swallows the clause's subject; a
bare "four to six days" range; a speaker cut off from its cue by its relative clause; a
closing "a source told AFP" that relays someone's belief; a summing "a claim X rejected"
that the parser hangs inside the first content; a medium "quoting" a source; negations
that deny nothing ("never acknowledged", "so far no one has") and ones that do ("no
pullout was under way"); "could not rule out" hedges."""

from __future__ import annotations

from datetime import datetime

from helpers import claim_by_cue, only, text_of
from helpers import claims_of as claims_in
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimmap.claims_relative_subject import subject_over_relative
from claimmap.model import Claim

PUBLISHED = datetime(2026, 5, 15, 9, 0)  # a Friday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe18")


# --- "According to X, ..." --------------------------------------------------------------


def test_according_to_a_long_titled_name_read_as_the_subject() -> None:
    c = only(
        claims_of(
            "According to army spokesman Jean-Paul Kalonda, at least 800 Ugandan fighters "
            "crossed from Kasindi into Beni late on Monday."
        )
    )
    assert text_of(c.claimant) == "army spokesman Jean-Paul Kalonda"
    assert text_of(c.content) == (
        "at least 800 Ugandan fighters crossed from Kasindi into Beni late on Monday"
    )
    assert [(q.value, q.bound, q.unit) for q in c.quantities] == [(800.0, "at_least", "fighters")]


def test_according_to_source_ends_at_its_comma_when_the_clause_lost_its_subject() -> None:
    c = only(
        claims_of(
            "According to Costa Rica's Migration Directorate, the trek to the first border "
            "town, Los Chiles, now takes three to five days."
        )
    )
    assert text_of(c.claimant) == "Costa Rica's Migration Directorate"
    assert text_of(c.content) == (
        "the trek to the first border town, Los Chiles, now takes three to five days"
    )
    assert [(q.value, q.bound, q.unit) for q in c.quantities] == [
        (3.0, "at_least", "days"),
        (5.0, "at_most", "days"),
    ]


# --- speakers cut off from their cue -----------------------------------------------------


def test_speaker_with_a_relative_clause_keeps_its_cue() -> None:
    c = claim_by_cue(
        claims_of(
            "The Clear Skies on Sahel research group, which tracks the airline's flights, "
            "said radar data suggested the jets may have refuelled in Sebha in southern Libya."
        ),
        "said",
    )
    assert text_of(c.claimant) == (
        "The Clear Skies on Sahel research group, which tracks the airline's flights"
    )
    assert text_of(c.content) == (
        "radar data suggested the jets may have refuelled in Sebha in southern Libya"
    )


def test_closing_source_told_a_medium_relays_a_belief() -> None:
    c = only(
        claims_of(
            "Police believe the crates were loaded during the stopover in Dakar, a source "
            "close to the inquiry told Reuters."
        )
    )
    assert text_of(c.claimant) == "a source close to the inquiry"
    assert text_of(c.cue) == "told"
    assert text_of(c.outlet) == "Reuters"
    assert (
        text_of(c.content) == "Police believe the crates were loaded during the stopover in Dakar"
    )
    assert c.modality == "hedged"


def test_summing_claim_rejected_is_a_denial_of_its_own() -> None:
    found = claims_of(
        "The minister told the state broadcaster that the rifles had been flown into Gao "
        "via Niger, a claim the rebels rejected as 'pure fiction.'"
    )
    told, rejected = claim_by_cue(found, "told"), claim_by_cue(found, "rejected")
    assert text_of(told.content) == "that the rifles had been flown into Gao via Niger"
    assert text_of(rejected.claimant) == "the rebels"
    assert text_of(rejected.content) == "that the rifles had been flown into Gao via Niger"
    assert rejected.modality == "denied"


def test_medium_quoting_a_spokesman_in_a_second_conjunct() -> None:
    found = claims_of(
        "Moscow's embassy in Tokyo dismissed the report as \"pure fantasy,\" and China's "
        "state news agency Xinhua, quoting a defence ministry spokesman, said on Thursday "
        "that any provocation would be answered."
    )
    said = claim_by_cue(found, "said")
    assert text_of(said.claimant) == "a defence ministry spokesman"
    assert text_of(said.outlet) == "Xinhua"  # the medium's name (C0)
    assert text_of(said.content) == "that any provocation would be answered"
    assert not [c for c in found if text_of(c.cue) == "quoting"]


# --- negations and hedges -----------------------------------------------------------------


def test_a_non_acknowledgement_is_no_claim() -> None:
    assert claims_of("Caracas has never officially admitted sending soldiers.") == []


def test_a_bare_share_that_intends_is_narration() -> None:
    assert claims_of("Many intend to continue toward the Mexican border.") == []


def test_a_tally_so_far_is_asserted_not_denied() -> None:
    c = only(claims_of("So far no one has cancelled their trip, the travel agency said."))
    assert c.modality == "asserted"


def test_no_plans_and_no_pullout_under_way_is_a_denial() -> None:
    c = only(
        claims_of(
            "Spokesman Ivan Orlov told reporters on Tuesday that Moscow 'has no plans to cut "
            "its aid' and that no pullout was under way."
        )
    )
    assert c.modality == "denied"


def test_could_not_rule_out_is_hedged() -> None:
    c = only(
        claims_of(
            "The agency said it could not rule out that a second shipment was being prepared "
            "in Nampo."
        )
    )
    assert c.modality == "hedged"


def _misparsed_relative_speaker() -> Doc:
    """ "The All Eyes on Volga research group, which tracks ..., said X": the parse the model
    gives such a sentence, with the cue a subjectless parataxis of the reported verb."""
    rows = [
        ("The", "DET", "DT", "det", 2), ("All", "PRON", "DT", "compound", 2),
        ("Eyes", "NOUN", "NNS", "nsubj", 15), ("on", "ADP", "IN", "prep", 2),
        ("Volga", "PROPN", "NNP", "compound", 6), ("research", "NOUN", "NN", "compound", 6),
        ("group", "NOUN", "NN", "pobj", 3), (",", "PUNCT", ",", "punct", 6),
        ("which", "PRON", "WDT", "nsubj", 9), ("tracks", "VERB", "VBZ", "relcl", 6),
        ("flights", "NOUN", "NNS", "dobj", 9), (",", "PUNCT", ",", "punct", 12),
        ("said", "VERB", "VBD", "parataxis", 15), ("radar", "NOUN", "NN", "compound", 14),
        ("data", "NOUN", "NNS", "nsubj", 15), ("showed", "VERB", "VBD", "ROOT", 15),
        ("jets", "NOUN", "NNS", "nsubj", 18), ("had", "AUX", "VBD", "aux", 18),
        ("landed", "VERB", "VBN", "ccomp", 15), (".", "PUNCT", ".", "punct", 15),
    ]  # fmt: skip
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in (",", ".") for i in range(len(words))]
    return Doc(
        Vocab(),
        words=words,
        spaces=spaces,
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
    )


def test_speaker_whose_relative_clause_cut_it_off_from_its_cue() -> None:
    doc = _misparsed_relative_speaker()
    said = doc[12]
    found = subject_over_relative(said, said.sent, "say")
    assert found is not None
    claimant, token, content = found
    body = doc.text
    assert (
        body[claimant[0] : claimant[1]]
        == "The All Eyes on Volga research group, which tracks flights"
    )
    assert doc[token].text == "group"
    assert body[content[0] : content[1]] == "radar data showed jets had landed"
    assert subject_over_relative(doc[15], doc[15].sent, "show") is None  # the root has its own

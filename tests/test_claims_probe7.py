"""Claims in sentences written after a seventh probe of state-media articles that relay
accusations: a speaker stranded after "came a day after", a source cited in passing, a
claim that only echoes another, a label after its object, and a "while" clause with its
own speaker and outlet.
"""

from __future__ import annotations

from datetime import datetime

from helpers import claims_of as claims_in
from helpers import text_of

from claimmap.model import Claim

PUBLISHED = datetime(2024, 5, 10, 9, 0)  # a Friday


def claims_of(text: str) -> list[Claim]:
    return claims_in(text, PUBLISHED, doc_id="probe7")


def test_speaker_after_came_a_day_after() -> None:
    """The speaker of a clause after "came a day after" is found (no claim of "citing").

    Session 25 changed the relay convention: the cited source is the claimant and the
    newspaper its outlet (it pinned the newspaper as claimant before)."""
    found = claims_of(
        "The denial came a day after The Daily Courier, citing unnamed diplomats, "
        "claimed that Ruritania had flown rifles from Zenda to Strelsau."
    )
    flown = [c for c in found if "rifles" in c.content.text]
    assert [(text_of(c.claimant), text_of(c.outlet)) for c in flown] == [
        ("unnamed diplomats", "The Daily Courier")
    ]
    assert all(c.content.text != "unnamed diplomats" for c in found)


def test_citing_names_a_source_not_a_claim() -> None:
    """ "citing Y" is no claim of its own. Since session 25 the cited officer is the
    claimant and State television the outlet (the medium was pinned as claimant before)."""
    found = claims_of(
        "State television, citing a senior border officer, reported that smugglers had "
        "moved fuel from Port Vale toward the northern frontier."
    )
    assert [text_of(c.cue) for c in found] == ["reported"]
    assert text_of(found[0].claimant) == "a senior border officer"
    assert text_of(found[0].outlet) == "State television"


def test_a_claim_that_echoes_remarks_is_no_speaker() -> None:
    found = claims_of(
        "The accusation echoes earlier remarks by the interior minister Ana Berg, who told "
        "a local daily last month that dozens of lorries had crossed the river."
    )
    assert all(text_of(c.claimant) != "The accusation" for c in found)
    assert any(
        "lorries" in c.content.text and "Ana Berg" in (text_of(c.claimant) or "") for c in found
    )


def test_label_after_object_and_while_clause() -> None:
    found = claims_of(
        'Government spokesman Piet Laan called the reports "baseless" on Tuesday, while '
        "the Defence Ministry said in a statement carried by Nordpress that "
        "the allegations were absurd."
    )
    called = [c for c in found if text_of(c.cue) == "called"]
    said = [c for c in found if text_of(c.cue) == "said"]
    assert called and text_of(called[0].claimant) == "Government spokesman Piet Laan"
    assert called[0].modality == "denied"
    assert called[0].outlet is None
    assert said and said[0].outlet is not None and "Nordpress" in said[0].outlet.text
    assert (said[0].date_span, said[0].date_precision) == (None, "published")


def test_speaker_rejecting_in_its_content_denies() -> None:
    found = claims_of('The Borduria interior ministry said it "firmly rejects" the charges.')
    assert [c.modality for c in found] == ["denied"]
    other = claims_of("An aide to the governor told Nordpress that the reports were fabricated.")
    assert [c.modality for c in other] == ["denied"]


def test_threat_of_future_action_is_hedged() -> None:
    found = claims_of(
        "General Ivo Marek threatened that his army would stop any attempt to move rifles "
        "from Zenda to Strelsau."
    )
    assert [c.modality for c in found] == ["hedged"]


def test_accused_of_with_date_between_keeps_gerund() -> None:
    found = claims_of(
        "The army accused the Ruritanian guard on Tuesday of moving rifles via Zenda."
    )
    assert "of moving rifles via Zenda" in found[0].content.text
    assert str(found[0].date) == "2024-05-07"


def test_a_day_earlier_counts_back_and_is_no_content() -> None:
    found = claims_of(
        "Border officials said on Wednesday that 40 trucks crossed. A day earlier, the "
        "Zendan Foreign Ministry said that the convoys were illegal. Officials had warned "
        "in March, when Strelsau said drones flew from Zenda."
    )
    assert all(c.content.text != "A day earlier" for c in found)
    assert [str(c.date) for c in found] == ["2024-05-08", "2024-05-07", "2024-03-01"]


def test_outlet_keeps_agency_name() -> None:
    carried = claims_of(
        "The ministry said in a statement carried by the agency Nordpress that the lorries "
        "were empty."
    )
    assert text_of(carried[0].outlet) == "Nordpress"  # the medium's name (C0)

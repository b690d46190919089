"""How movement slots are written out: bare names, pronoun movers, purpose clauses, quotes.

Passages written for these tests; places and claims built by hand (see test_routes.py),
so only the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

import pytest
from test_routes import read

from claimmap.model import Actor, Claim, Document, Span
from claimmap.movement_spans import claim_for

# --- the mover as named -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mover"),
    [
        pytest.param(
            "Coast guards picked up 40 migrants and transferred them to Lampedusa.",
            "migrants",
            id="object-pronoun-takes-nearest-noun",
        ),
        pytest.param(
            "Two men were detained, and police officers escorted them to Idlib on Monday.",
            "men",
            id="pronoun-is-not-its-own-clause-subject",
        ),
        pytest.param(
            "The fighters rejected the new orders. On Monday they travelled to Raqqa.",
            "fighters",
            id="subject-pronoun-prefers-a-subject",
        ),
        pytest.param(
            "A year after it left Aleppo, the brigade was sent to Idlib again.",
            "brigade",
            id="cataphora-not-resolved-but-passive-subject-is",
        ),
        pytest.param(
            "Thousands of Syrian refugees and migrants crossed from Turkey into Greece.",
            "Syrian refugees and migrants",
            id="coordinated-movers-keep-their-demonym",
        ),
        pytest.param(
            "Washington sent the destroyer USS Cole to Tripoli.",
            "destroyer USS Cole",
            id="appositive-name",
        ),
        pytest.param(
            "The arrival of Syrian refugees in Lampedusa alarmed Rome.",
            "Syrian refugees",
            id="arrival-of-x",
        ),
        pytest.param(
            "A visit by Turkish troops to Idlib angered Damascus.",
            "Turkish troops",
            id="visit-by-x-is-who-went",
        ),
        pytest.param(
            "The transfer of 300 fighters to Libya by Ankara was confirmed.",
            "fighters",
            id="transfer-by-x-is-who-sent",
        ),
        pytest.param(
            "The refugees, who had walked for days, arrived in Gaziantep on Sunday.",
            "refugees",
            id="relative-clause-left-out",
        ),
    ],
)
def test_mover_is_named_bare(text: str, mover: str) -> None:
    movers = [m.mover.text if m.mover else None for m in read(text).movements]
    assert mover in movers


def test_unresolved_pronoun_gives_no_mover() -> None:
    (m,) = read("He was then flown to Baku.").movements
    assert m.mover is None
    assert m.destination is not None and m.destination.span.text == "Baku"


def test_first_person_mover_is_kept() -> None:
    (m,) = read("We travelled to Baku in May.").movements
    assert m.mover is not None and m.mover.text == "We"


def test_quantity_survives_the_bare_mover() -> None:
    (m,) = read("More than 300 fighters were transferred from Idlib to Baku.").movements
    assert m.mover is not None and m.mover.text == "fighters"
    assert m.quantity is not None
    assert (m.quantity.value, m.quantity.bound, m.quantity.span.text) == (
        300,
        "at_least",
        "More than 300",
    )


def test_relative_pronoun_through_a_conjoined_verb() -> None:
    text = "Settlers who came from Raqqa, crossing into Turkey, founded a camp."
    movers = {m.trigger.text: m.mover.text if m.mover else None for m in read(text).movements}
    assert movers["came"] == "Settlers"
    assert movers["crossing"] == "Settlers"


# --- place slots as named -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slot", "written", "place"),
    [
        pytest.param(
            "The convoy left the Syrian border town of Idlib for Gaziantep.",
            "origin",
            "Syrian border town of Idlib",
            "gn:169388",
            id="town-of-x-keeps-its-name-and-demonym",
        ),
        pytest.param(
            "Aid was flown to a large camp in Gaziantep, Turkey, on Friday.",
            "destination",
            "camp in Gaziantep",
            "gn:314830",
            id="camp-in-x",
        ),
        pytest.param(
            "The envoy arrived in the Libyan capital on Friday after leaving Damascus.",
            "destination",
            "Libyan capital",
            None,
            id="unresolved-slot-is-still-written",
        ),
    ],
)
def test_place_slot_is_named_bare(text: str, slot: str, written: str, place: str | None) -> None:
    ref = getattr(read(text).movements[0], slot)
    assert ref is not None
    assert (ref.span.text, ref.place_id) == (written, place)


def test_slot_span_always_holds_its_linked_place() -> None:
    r = read("Weapons were smuggled into the rebel-held north of Syria via Sudan.")
    (m,) = r.movements
    for ref in (m.destination, *m.transit):
        assert ref is not None and ref.place_id is not None
        name = next(p.name for p in r.places if p.id == ref.place_id)
        assert name in ref.span.text
        assert r.doc.text[ref.span.start : ref.span.end] == ref.span.text


def test_fleeing_conflict_in_x_gives_the_origin() -> None:
    r = read("Chad hosts refugees fleeing the conflict in Damascus and Aleppo.")
    (m,) = r.movements
    assert m.origin is not None and m.origin.span.text == "Damascus and Aleppo"
    assert (m.origin.place_id, m.origin.other_place_ids) == ("gn:170654", ("gn:170063",))


# --- purpose clauses ----------------------------------------------------------------------------


def test_purpose_clause_gives_the_destination() -> None:
    r = read("Thousands of migrants crossed the sea from Libya to reach Lampedusa.")
    assert r.slots() == [("crossed", "migrants", "Libya", ["sea"], "Lampedusa")]
    assert r.legs() == {("Libya", "Lampedusa", "stated")}


def test_purpose_clause_of_a_non_motion_verb_is_its_own_movement() -> None:
    r = read("The fighters trained for months to reach Baku.")
    assert [m.trigger.text for m in r.movements] == ["reach"]


# --- quotes across sentences ---------------------------------------------------------------------

QUOTED = (
    "“Hundreds of fighters were moved from Idlib to Gaziantep,” the spokesman said. "
    "“Then they were flown to Baku.”"
)


def test_continued_quote_takes_the_claim_before_it() -> None:
    claims = [("c1", "Hundreds of fighters were moved from Idlib to Gaziantep", "the spokesman")]
    r = read(QUOTED, claims)
    assert [m.claim_id for m in r.movements] == ["c1", "c1"]
    assert [m.mover.text if m.mover else None for m in r.movements] == ["fighters", "fighters"]
    # one telling: the second hop goes on from where the first ended
    assert r.legs() == {("Idlib", "Gaziantep", "stated"), ("Gaziantep", "Baku", "stated")}
    (route,) = r.routes
    assert all(leg.claim_ids == ("c1",) for leg in route.legs)


def test_unquoted_next_sentence_stays_unattributed() -> None:
    text = QUOTED.replace("“Then they were flown to Baku.”", "Then they were flown to Baku.")
    claims = [("c1", "Hundreds of fighters were moved from Idlib to Gaziantep", "the spokesman")]
    r = read(text, claims)
    assert [m.claim_id for m in r.movements] == ["c1", None]
    assert r.legs() == {("Idlib", "Gaziantep", "stated")}


def test_quote_of_another_speaker_keeps_its_own_claim() -> None:
    text = QUOTED + " “They never reached Baku,” a monitor said."
    claims = [
        ("c1", "Hundreds of fighters were moved from Idlib to Gaziantep", "the spokesman"),
        ("c2", "They never reached Baku", "a monitor"),
    ]
    r = read(text, claims)
    assert [m.claim_id for m in r.movements] == ["c1", "c1", "c2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Troops left," he said. "They went to Baku."', "c1"),
        ('"Troops left," he said. They went to Baku.', None),
        ('"Troops left," he said.\n\nLater, "they went to Baku," a monitor wrote.', None),
    ],
    ids=["straight-quotes", "not-quoted", "new-paragraph-new-quote"],
)
def test_claim_for_quoted_continuation(text: str, expected: str | None) -> None:
    doc = Document(id="q", text=text)
    content = Span("q", 1, 12, text[1:12])
    claims = [Claim("c1", "q", content, actor=Actor("he"))]
    trigger_at = text.index("went")
    trigger = Span("q", trigger_at, trigger_at + 4, "went")
    start = text.index("said.") + len("said.")
    sentence = Span("q", start, len(text), text[start:])
    assert claim_for(doc, trigger, sentence, 0, claims) == expected

"""How movement slots are written out: bare names, pronoun movers, purpose clauses, quotes.

Passages written for these tests; places and claims built by hand (see test_routes.py),
so only the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

import pytest
from helpers import spans_of
from test_routes import read

from claimmap.model import Actor, Claim, Document, Place, Span
from claimmap.movement_spans import claim_for
from claimmap.nlp import load_nlp
from claimmap.routes import build_routes, extract_movements

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
    # "Then they were flown to Baku": they go on from where the story left them
    # (movement_join_last), a hop of the narrator's, not the spokesman's
    assert r.legs() == {("Idlib", "Gaziantep", "stated"), ("Gaziantep", "Baku", "inferred")}


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


# --- coordinated stops, multi-hop clauses, continuations ---------------------------------------


def test_coordinated_transits_are_stops_in_turn() -> None:
    r = read("The families travelled north through Jordan and Syria before reaching Turkey.")
    assert r.slots()[0] == ("travelled", "families", None, ["Jordan", "Syria"], None)
    # one chain through both, not two parallel legs into Turkey
    assert r.legs() == {("Jordan", "Syria", "stated"), ("Syria", "Turkey", "stated")}


def test_conjoined_verbs_chain_through_a_refuelling_stop() -> None:
    r = read(
        "Two transport planes took off from Tripoli, refuelled in Benghazi and landed at Damascus."
    )
    assert r.slots() == [
        ("took", "transport planes", "Tripoli", [], None),
        ("refuelled", "transport planes", None, ["Benghazi"], None),
        ("landed", "transport planes", None, [], "Damascus"),
    ]
    assert r.legs() == {("Tripoli", "Benghazi", "stated"), ("Benghazi", "Damascus", "stated")}
    assert [route.mover for route in r.routes] == ["transport planes"]  # planes, not cargo


def test_passive_conjunct_keeps_the_shared_subject_as_mover() -> None:
    text = (
        "Several hundred fighters linked to the group, now renamed the Legion, have been "
        "flown from Benghazi to Oman via Sudan, officials said."
    )
    assert read(text).slots() == [("flown", "fighters", "Benghazi", ["Sudan"], "Oman")]


def test_from_there_starts_where_the_last_movement_ended() -> None:
    text = (
        "The convoy drove from Baku into Turkey before reaching Aleppo. "
        "From there, officials said, the weapons were moved into Idlib."
    )
    r = read(text)
    moved = r.movements[-1]
    assert moved.origin is not None and moved.origin.span.text == "there"
    assert moved.origin.place_id == "gn:170063"  # Aleppo
    assert ("Aleppo", "Idlib", "stated") in r.legs()


def test_a_place_running_the_buses_is_the_origin_but_a_sender_is_not() -> None:
    bused = read("Since March, Greece has bused 3,000 migrants to Madrid and Warsaw.")
    assert bused.legs() == {("Greece", "Madrid", "stated"), ("Greece", "Warsaw", "stated")}
    (sent,) = read("Greece sent 300 troops to Libya.").movements  # M2E2: the agent
    assert sent.origin is None


def test_according_to_is_never_a_slot() -> None:
    assert (
        read("Forty boats arrived on Sunday, according to the coast guard in Tripoli.").slots()
        == []
    )


def test_slots_hung_on_the_vehicle() -> None:
    r = read("Some 200 people were later transferred by bus from Idlib to Aleppo, officials said.")
    assert r.slots() == [("transferred", "people", "Idlib", [], "Aleppo")]


# --- measures and extents -------------------------------------------------------------------------


def test_extent_is_not_the_mover() -> None:
    r = read("The men were smuggled across the border and driven hundreds of miles into Turkey.")
    assert [m.mover.text if m.mover else None for m in r.movements] == ["men", "men"]
    (truck,) = read("The truck drove hundreds of miles from Aleppo to Gaziantep.").slots()
    assert truck == ("drove", "truck", "Aleppo", [], "Gaziantep")


def test_measured_goods_are_the_mover() -> None:
    (m,) = read("About 2.5 million tonnes of wheat have been shipped to Oman and Jordan.").movements
    assert m.mover is not None and m.mover.text == "wheat"
    assert m.quantity is not None
    assert (m.quantity.value, m.quantity.bound, m.quantity.unit) == (2_500_000, "approx", "tonne")
    assert m.quantity.span.text == "About 2.5 million"


def test_partitive_pronoun_in_a_hung_clause_is_the_main_subject() -> None:
    text = (
        "Clashes broke out between the army and the militias. "
        "At least 2,000 Yazidi crossed into Turkey, most of them arriving in Gaziantep."
    )
    movers = {m.trigger.text: m.mover.text if m.mover else None for m in read(text).movements}
    assert movers == {"crossed": "Yazidi", "arriving": "Yazidi"}


def test_pass_through_is_a_transit() -> None:
    text = (
        "A tanker loaded with 40,000 tonnes of oil left Tripoli on Friday and was expected "
        "to pass through the Bosphorus next week."
    )
    r = read(text)
    assert r.slots() == [
        ("left", "tanker", "Tripoli", [], None),
        ("pass", "tanker", None, ["Bosphorus"], None),
    ]
    assert r.legs() == {("Tripoli", "Bosphorus", "stated")}


def test_definite_description_continues_the_vessel() -> None:
    text = (
        "A cargo ship left Tripoli on Friday, the port authority said. "
        "The vessel, which is headed for Istanbul, carries wheat."
    )
    assert read(text).legs() == {("Tripoli", "Istanbul", "stated")}


def test_arriving_at_a_town_inside_the_country_is_no_hop() -> None:
    text = "Hundreds of refugees fled from Iraq into Syria, most of them arriving in Aleppo."
    doc = Document(id="t", text=text)
    coded = {"Iraq": ("country:IQ", "country", "IQ", 33.0, 44.0)}
    coded |= {"Syria": ("country:SY", "country", "SY", 35.0, 38.0)}
    coded |= {"Aleppo": ("gn:170063", "city", "SY", 36.20, 37.16)}
    places = [
        Place(pid, "t", name, kind, cc, pid, lat, lon, spans_of(doc, name))  # type: ignore[arg-type]
        for name, (pid, kind, cc, lat, lon) in coded.items()
    ]
    movements = extract_movements(doc, load_nlp()(text), places, [])
    (route,) = build_routes(doc, movements, places, [])
    assert [(leg.from_place, leg.to_place) for leg in route.legs] == [("country:IQ", "gn:170063")]

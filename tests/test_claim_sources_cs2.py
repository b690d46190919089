"""Claim sources in invented wire-style sentences: a body named after a region the
gazetteer lacks takes no dateline country, a displaced speaker sits where she arrived,
a bare "Foreign ministry" spokesman speaks for the state of the sentence before, a
"fellow at" a known institute works for it, and pictures "reviewed by" an agency are the
agency's reading.
"""

from __future__ import annotations

from datetime import datetime

from helpers import text_of

from claimmap import analyze, from_text
from claimmap.actors import seat_of
from claimmap.model import Claim

PUBLISHED = datetime(2026, 5, 8, 9, 0)


def claims_of(text: str) -> list[Claim]:
    """The claims of the whole pipeline, places resolved (seats need them)."""
    return list(analyze(from_text(text, doc_id="cs2", published=PUBLISHED)).claims)


def _at(claims: list[Claim], cue: str) -> Claim:
    found = [c for c in claims if text_of(c.cue) == cue]
    assert found, [(text_of(c.cue), c.content.text) for c in claims]
    return found[0]


def test_body_of_an_unknown_region_takes_no_dateline_country() -> None:
    claims = claims_of(
        "DUBAI (Reuters) — U.S. forces seized a boat carrying rifles in the Arabian Sea, the "
        "U.S. military said on Friday.\n\nSouthwestland's maritime police force said it had "
        "detained four men near Hobyo in May and found rifle parts hidden in sacks of sugar. "
        "Its commander, Hassan Abdullahi, told the Radio Dalsan station that the cargo may "
        "have come from Oman."
    )
    force = [c for c in claims if text_of(c.claimant) == "Southwestland's maritime police force"]
    assert len(force) == 1, [text_of(c.claimant) for c in claims]
    force, commander = force[0], _at(claims, "told")
    for claim in (force, commander):
        assert claim.actor is not None and claim.actor.country_code is None
        assert seat_of(claim.actor).precision == "unplaced"
    assert commander.actor is not None and commander.actor.organisation is not None
    assert commander.actor.organisation.startswith("Southwestland")


def test_body_of_a_known_region_keeps_its_seat() -> None:
    claims = claims_of(
        "DUBAI (Reuters) — U.S. forces seized a boat carrying rifles in the Arabian Sea, the "
        "U.S. military said on Friday.\n\nAwdal's maritime police said it had detained four "
        "men near Hobyo in May."
    )
    police = next(c for c in claims if text_of(c.claimant) == "Awdal's maritime police")
    assert police.actor is not None and police.actor.country_code == "SO"


def test_displaced_speaker_sits_where_she_arrived() -> None:
    claims = claims_of(
        "GORIS, Armenia, Oct 2 (Reuters) - Thousands crossed the border on Tuesday.\n\n"
        '"We took nothing with us," said Lusine, 41, a teacher from Askeran who arrived in '
        'Sisian on Tuesday. "There is nothing left."'
    )
    c = _at(claims, "said")
    assert c.actor is not None and c.actor.name == "Lusine"
    assert seat_of(c.actor).place_name == "Sisian"
    assert c.actor.country_code == "AM"


def test_bare_foreign_ministry_speaks_for_the_state_of_the_sentence_before() -> None:
    claims = claims_of(
        "Saudi Arabia denied any role. Foreign ministry spokesman Ali Karimi said on Saturday "
        'that the accusations were "baseless" and that Riyadh "does not send weapons to '
        'anyone in Yemen."'
    )
    c = _at(claims, "said")
    assert c.actor is not None and c.actor.name == "Ali Karimi"
    assert c.actor.country_code == "SA"
    assert seat_of(c.actor).place_name == "Riyadh"


def test_fellow_at_a_known_institute_works_for_it() -> None:
    claims = claims_of(
        '"The firms are shells," said Tom Baker, a senior research fellow at RUSI. "It is '
        'the same pattern."'
    )
    c = _at(claims, "said")
    assert c.actor is not None and c.actor.organisation == "Royal United Services Institute"
    assert seat_of(c.actor).place_name == "London"


def test_pictures_reviewed_by_an_agency_are_the_agencys_reading() -> None:
    claims = claims_of(
        "Satellite images reviewed by the BBC appear to show a bulk carrier moored at the port "
        "of Sevastopol on May 2."
    )
    c = _at(claims, "to show")
    assert c.actor is not None and c.actor.name == "BBC"
    assert c.modality == "hedged"


def test_documents_seen_by_an_agency_keep_their_own_voice() -> None:
    claims = claims_of(
        "Documents seen by the BBC show a tanker moored at the port of Sevastopol on May 2."
    )
    c = _at(claims, "show")
    assert c.actor is None or c.actor.name != "BBC"

"""Claim sources after a 26th probe: an unnamed speaker the sentence before introduces
without a speech verb, a relative clause deep in a claimant phrase, a name after a
participle's object, a minister of the ministry quoted before, a medium that relays a
whole attribution, a headline's passive "reported", and an agency that is no medium.
"""

from __future__ import annotations

from helpers import claim_by_cue, claims_of, placed_claims, text_of

from claimmap.model import Claim


def _by_claimant(found: list[Claim], claimant: str) -> list[Claim]:
    return [c for c in found if text_of(c.claimant) == claimant]


def test_pronoun_means_the_speaker_the_sentence_before_introduced() -> None:
    found = claims_of(
        "Ministry spokesman Karim Benali said the ferry had been searched twice. "
        "A smuggler from the town of Busra Kalam, interviewed by phone, painted a darker "
        'picture. "Maybe the patrols are watching, I cannot say," he said. '
        "He said a place on a boat may cost up to $900."
    )
    quoted = _by_claimant(found, "he")[0]
    later = _by_claimant(found, "He")[0]
    for c in (quoted, later):
        assert c.actor is not None
        assert c.actor.name.startswith("smuggler")
        assert c.actor.kind == "person"


def test_relative_clause_on_an_inner_noun_names_no_claimant() -> None:
    found = claims_of(
        "A police spokesman, Omar Haddad, said in a statement that officers had opened the "
        "road.\n\nThe governor of Niger's Agadez region, whose district includes Arlit, told "
        "state television that hospitals could not cope. He said that fuel in the town was "
        "running out."
    )
    told = claim_by_cue(found, "told")
    assert told.actor is not None
    assert told.actor.kind == "person"
    assert "Arlit" not in told.actor.name
    assert told.actor.country_code == "NE"
    later = _by_claimant(found, "He")[0]
    assert later.actor == told.actor


def test_name_after_a_participles_object_is_not_the_later_he() -> None:
    found = claims_of(
        "Defence lawyer Marco Bellini, representing the alleged organiser, Greek shipowner "
        'Nikos Pappas, rejected the charges. "My client never owned a single tanker," he said.'
    )
    quoted = _by_claimant(found, "he")[0]
    assert quoted.actor is not None
    assert quoted.actor.name == "Marco Bellini"


def test_minister_of_the_ministry_quoted_before() -> None:
    found = placed_claims(
        "Peru's foreign ministry said on Monday that rifles bought in Texas had reached a "
        "gang in Lima.\n\nThe guns were driven from Houston to Laredo and Dallas, and then "
        "through El Paso and San Antonio, Texas, the filing said.\n\n"
        '"These are not toys," Foreign Minister Elena Quispe told reporters.'
    )
    told = claim_by_cue(found, "told")
    assert told.actor is not None
    assert told.actor.name == "Elena Quispe"
    assert told.actor.country_code == "PE"


def test_medium_closing_a_whole_attribution_relays_it() -> None:
    found = claims_of(
        "A fisherman in Kuala Besar said families were afraid the river would flood again, "
        "according to the local news site Harian Timur."
    )
    assert len(found) == 1
    said = found[0]
    assert text_of(said.claimant) == "A fisherman in Kuala Besar"
    assert said.cue.text == "said"
    assert said.content.text == "families were afraid the river would flood again"
    assert text_of(said.outlet) == "Harian Timur"  # the medium's name (C0)


def test_official_closing_a_whole_attribution_keeps_his_claim() -> None:
    found = claims_of(
        "A fisherman in Kuala Besar said the river would flood again, according to "
        "Governor Ahmad Zaki."
    )
    assert [c.cue.text for c in found] == ["according to"]


def test_headline_reported_with_a_participle_is_no_claim() -> None:
    found = claims_of(
        "LIVE: Column of armoured vehicles reported crossing the desert toward Chad\n\n"
        "The army reported seizing two tonnes of fuel near the border on Monday."
    )
    assert all(c.cue.text != "reported" or c.cue.start > 80 for c in found)
    assert not any(text_of(c.claimant) == "Column of armoured vehicles" for c in found)


def test_agency_publishing_an_investigation_is_its_author() -> None:
    found = claims_of(
        "Rosewood is being smuggled out of Laos at record levels, according to a new "
        "investigation published on Tuesday by the Forest Crime Investigation Agency (FCIA)."
    )
    said = claim_by_cue(found, "according to")
    assert said.actor is not None
    assert said.actor.name == "Forest Crime Investigation Agency"
    assert said.actor.kind == "organisation"


def test_news_agency_publishing_a_statement_is_only_its_outlet() -> None:
    found = claims_of(
        "The border is closed, according to a statement published on Tuesday by the "
        "Xinhua News Agency."
    )
    said = claim_by_cue(found, "according to")
    assert said.actor is None or said.actor.name != "Xinhua News Agency"

"""Claim sources left open by probe 25 (session 26): a medium's trailing "citing Y" relays
Y; a medium's name without the words describing it; "in a statement sent to M" gives the
outlet; "the agency said" after a relay is that agency; an official of a region held by
another state sits in the region; bare "investigators" after a police force are its own;
the speaker's words only, as JSON and table text, when the cue splits a quotation.
Invented sentences throughout."""

from __future__ import annotations

from helpers import claim_by_cue, claims_of, placed_claims, text_of

from claimmap.actors import seat_of
from claimmap.export import claim_json

# --- relays ---------------------------------------------------------------------------------


def test_a_trailing_citing_makes_the_cited_officer_the_claimant_and_the_radio_the_outlet() -> None:
    claims = claims_of(
        "Herders near Gao reportedly moved their cattle north after the floods in May, "
        "the independent Radio Kledu reported, citing a district veterinary officer."
    )
    claim = claim_by_cue(claims, "reported")
    assert text_of(claim.claimant) == "a district veterinary officer"
    assert text_of(claim.outlet) == "Radio Kledu"
    assert claim.content.text.startswith("Herders near Gao")


def test_a_trailing_citing_of_a_port_body_seats_it_in_its_town() -> None:
    claims = placed_claims(
        "Freight through the port of Aktau doubled this spring, Kazakh news agency Kazinform "
        "reported, citing the port administration in Aktau."
    )
    claim = claim_by_cue(claims, "reported")
    assert text_of(claim.claimant) == "the port administration in Aktau"
    assert text_of(claim.outlet) == "Kazinform"
    assert claim.actor is not None and seat_of(claim.actor).place_name == "Aktau"


def test_citing_figures_leaves_the_medium_the_claimant() -> None:
    claims = claims_of(
        "Grain exports fell by a third in June, the independent Radio Kledu reported, "
        "citing customs data."
    )
    claim = claim_by_cue(claims, "reported")
    assert text_of(claim.claimant) == "the independent Radio Kledu"
    assert claim.outlet is None


def test_an_agency_relaying_before_the_that_clause_is_named_without_its_description() -> None:
    claims = claims_of(
        "Kazakh news agency Kazinform reported, citing the regional governorate, that the "
        "ferry to Baku had been cancelled."
    )
    claim = claim_by_cue(claims, "reported")
    assert text_of(claim.claimant) == "the regional governorate"
    assert text_of(claim.outlet) == "Kazinform"


def test_the_agency_after_a_relay_is_the_agency_not_the_cited_source() -> None:
    claims = claims_of(
        "Prosecutors in Palermo have opened an inquiry into the fire, Italian news agency "
        "ANSA reported, citing police sources. Two guards may have been asleep, the agency said."
    )
    later = claim_by_cue(claims, "said")
    assert later.actor is not None and later.actor.name == "ANSA"


def test_a_statement_emailed_to_a_wire_names_the_wire_as_outlet() -> None:
    claims = claims_of(
        "The audit named the Harbour Gold smelter in Mombasa as a buyer. In a statement "
        "emailed to the Associated Press on Friday, the company denied the charge."
    )
    claim = claim_by_cue(claims, "denied")
    assert text_of(claim.outlet) == "Associated Press"


def test_a_statement_with_no_medium_gives_no_outlet() -> None:
    claims = claims_of(
        "In a statement sent to shareholders on Friday, the company denied the charge."
    )
    assert claim_by_cue(claims, "denied").outlet is None


# --- seats ----------------------------------------------------------------------------------


def test_a_commissioner_installed_in_a_held_region_sits_in_the_region() -> None:
    claims = placed_claims(
        "Crimea's Moscow-appointed education commissioner said the pupils were on holiday."
    )
    actor = claim_by_cue(claims, "said").actor
    assert actor is not None and actor.country_code == "RU"
    seat = seat_of(actor)
    assert (seat.place_name, seat.precision) == ("Simferopol", "city")


def test_bare_investigators_after_a_police_force_are_that_force() -> None:
    claims = placed_claims(
        "Kenyan police said on Monday they had seized 300 kilograms of heroin at a warehouse "
        "in Malindi. The drugs had been brought ashore from a dhow near Kilifi, "
        "investigators said."
    )
    later = [c for c in claims if text_of(c.claimant) == "investigators"]
    assert len(later) == 1 and later[0].actor is not None
    assert later[0].actor.country_code == "KE"
    assert seat_of(later[0].actor).place_name == "Nairobi"


def test_bare_investigators_after_no_police_stay_unplaced() -> None:
    claims = placed_claims(
        "The airline said the jet landed safely in Mombasa. A bird strike caused the engine "
        "fire, investigators said."
    )
    later = [c for c in claims if text_of(c.claimant) == "investigators"]
    assert len(later) == 1 and later[0].actor is not None
    assert later[0].actor.country_code is None


# --- split quotations -----------------------------------------------------------------------


def test_json_gives_the_speakers_words_without_a_cue_that_splits_them() -> None:
    text = (
        '"Nothing crosses that bridge unrecorded," said one inspector, who asked not to be '
        'named. "The lorries are weighed twice."'
    )
    (claim,) = claims_of(text)
    row = claim_json(claim)
    assert row["content"]["text"] == text  # the hull, a span of the text
    assert row["content_text"] == (
        '"Nothing crosses that bridge unrecorded," … "The lorries are weighed twice."'
    )


# --- belief passives ------------------------------------------------------------------------


def test_a_belief_passive_after_people_telling_of_themselves_is_not_theirs() -> None:
    claims = claims_of(
        "The porters told the inquiry that they were paid 50 dollars per load. A third "
        "shipment is believed to have crossed into Sudan at the Adré post."
    )
    believed = claim_by_cue(claims, "believed")
    assert believed.claimant is None and believed.actor is None


def test_a_belief_passive_after_a_body_carries_its_account() -> None:
    claims = claims_of(
        "The customs service said two trucks were stopped at the border. A third truck is "
        "believed to have crossed into Chad at night."
    )
    believed = claim_by_cue(claims, "believed")
    assert believed.actor is not None and believed.actor.name == "customs service"


def test_a_belief_passive_after_a_testifying_official_carries_his_account() -> None:
    claims = claims_of(
        "The rifles were driven to Tulcea, inspector Adrian Moldovan told the committee. "
        "Other loads are thought to have crossed at Isaccea."
    )
    thought = claim_by_cue(claims, "thought")
    assert thought.actor is not None and thought.actor.name == "Adrian Moldovan"

"""Claim sources the fourteenth probe got wrong: a seat from the dateline or a nearby noun
instead of the claimant's own territory or province, an acronym the article spelled by
an earlier name read as the actors table's, "she" and "he" bound past the nearest
compatible speaker, a rank typed as an organisation, a participle given the subject of
the reported clause, "the prefecture of X in Y" seated in X, and bodies left unseated
though their phrase names their country."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import seat_of


def test_a_body_owned_by_a_disputed_territory_sits_in_its_namesake_city() -> None:
    claims = placed_claims(
        "Jordanian officials said 200 trucks were waiting, after what Gaza's Health "
        "Ministry called heavy bombing near the crossing."
    )
    actor = actor_by(claims, "Gaza's Health Ministry")
    assert actor.country_code == "PS"
    assert seat_of(actor).place_name == "Gaza"


def test_a_provincial_coast_guard_sits_in_its_province() -> None:
    claims = placed_claims(
        "The Fujian coast guard said on Monday that it had seized a fishing boat off Xiamen."
    )
    actor = actor_by(claims, "The Fujian coast guard")
    assert actor.country_code == "CN"
    assert seat_of(actor).place_name not in (None, "Beijing")


def test_a_president_briefing_in_a_capital_is_of_its_state_when_quoted_before_too() -> None:
    claims = placed_claims(
        "YEREVAN -- Thousands waited at the border. President Nurlan Abenov said on Monday "
        "that Kazakhstan would help them. Speaking in Astana, he said most had no choice."
    )
    first = actor_by(claims, "President Nurlan Abenov")
    assert first.country_code == "KZ"
    assert seat_of(first).place_name == "Astana"
    assert actor_by(claims, "he").country_code == "KZ"


def test_an_acronym_spelled_by_an_earlier_name_is_that_body() -> None:
    claims = placed_claims(
        "The Australian Federal Police said the yacht had sailed from Ecuador. AFP "
        "Superintendent Mark Doyle said the drugs were bound for Sydney."
    )
    actor = actor_by(claims, "AFP Superintendent Mark Doyle")
    assert actor.country_code == "AU"
    assert actor.organisation == "Australian Federal Police"


def test_she_goes_to_the_mother_quoted_last_not_the_spokeswoman() -> None:
    claims = placed_claims(
        'UNHCR spokeswoman Maria Lopez said 5,000 people had arrived. "They burned our '
        'houses," said Fatoumata, a mother of three who fled Segou. She said the militia '
        "had burned the market too."
    )  # ("She asked that her surname not be printed" is no claim: claims_anonymity)
    assert actor_by(claims, "She").name == "Fatoumata"


def test_a_rear_admiral_is_a_person_and_he_after_him_is_him() -> None:
    claims = placed_claims(
        '"It is the same fleet," said a Sea Shepherd analyst. "We will defend our waters," '
        "Rear Admiral Pablo Ortega told reporters in Manta. He added that two ships had "
        "gone dark."
    )
    admiral = actor_by(claims, "Rear Admiral Pablo Ortega")
    assert admiral.kind == "person"
    assert admiral.name == "Pablo Ortega"
    assert actor_by(claims, "He").name == "Pablo Ortega"


def test_a_participle_after_a_reported_clause_is_the_speaker_s() -> None:
    claims = placed_claims(
        "The army said in a statement that the convoy had left. It denied that Sudan was "
        "holding the trucks back, blaming the rebels for the delays."
    )
    blamed = [c for c in claims if c.cue is not None and c.cue.text == "blaming"]
    assert blamed  # the claim the participle makes is the army's, not Sudan's
    assert blamed[0].actor == actor_by(claims, "It")
    assert blamed[0].actor is not None and blamed[0].actor.name == "army"


def test_the_town_in_the_phrase_wins_over_the_region_of_it() -> None:
    claims = placed_claims(
        "The prefecture of Martinique in Fort-de-France said a boat had been stopped. The "
        "prefecture said two men were arrested."
    )
    first = actor_by(claims, "The prefecture of Martinique in Fort-de-France")
    assert seat_of(first).place_name == "Fort-de-France"
    again = actor_by(claims, "The prefecture")
    assert again == first


def test_an_appositive_naming_the_body_s_country_gives_it() -> None:
    claims = placed_claims(
        "Officials said the road was shut. TAVOR, the Israeli military body that "
        "coordinates civilian affairs, said all trucks are screened."
    )
    actor = actor_by(claims, "TAVOR")
    assert actor.country_code == "IL"
    assert seat_of(actor).place_name is not None


def test_a_national_society_named_after_its_country_is_of_it() -> None:
    claims = placed_claims("The Sudan Red Crescent Society said its teams reached the town.")
    assert actor_by(claims, "The Sudan Red Crescent Society").country_code == "SD"


def test_a_body_named_after_a_known_one_is_of_its_country() -> None:
    claims = placed_claims(
        "White House Domestic Policy Council spokesman Tom Reed said the plan was ready."
    )
    actor = actor_by(claims, "White House Domestic Policy Council spokesman Tom Reed")
    assert actor.country_code == "US"


def test_an_acronym_of_an_owned_ministry_keeps_its_owner() -> None:
    claims = placed_claims(
        "Bangladesh's Foreign Office summoned Myanmar's envoy in Dhaka on Monday. The FO "
        "said Myanmar troops had fired across the border 30 times this year."
    )
    actor = actor_by(claims, "The FO")
    assert actor.country_code == "BD"
    assert seat_of(actor).place_name == "Dhaka"


def test_a_ranked_officer_is_not_the_district_official_quoted_later() -> None:
    claims = placed_claims(
        '"We fired back," Lt Col Ravi Menon said. Schools would remain closed, the deputy '
        "commissioner of Poonch said in an order."
    )
    officer = actor_by(claims, "Lt Col Ravi Menon")
    assert (officer.name, officer.role) == ("Ravi Menon", "colonel")
    assert actor_by(claims, "the deputy commissioner of Poonch").name != "Ravi Menon"


def test_a_participle_after_a_country_spoken_of_is_the_speaker_s() -> None:
    claims = placed_claims(
        "President Ali Nurov said that Kazakhstan would help the new arrivals, describing "
        "their plight as grim."
    )
    described = [c for c in claims if c.cue is not None and c.cue.text == "describing"]
    assert described and described[0].actor == actor_by(claims, "President Ali Nurov")


def test_a_participle_after_a_reported_body_s_act_stays_with_that_body() -> None:
    claims = placed_claims(
        "The minister said police had arrested the driver, accusing him of smuggling."
    )
    accusing = [c for c in claims if c.cue is not None and c.cue.text == "accusing"]
    assert accusing and accusing[0].actor is not None and accusing[0].actor.name == "police"

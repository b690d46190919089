"""Claim sources the thirteenth probe (second round) got wrong: a president given the
country of the body quoted before him, a legislator described as "an Arizona Democrat"
left unplaced, an oblast governor the model gave no name tag taken for an organisation,
"she" denying "opposition claims" taken for the accused, "the secretary" taken for a body
rather than the person named with that title, and "WHO" read as a pronoun."""

from __future__ import annotations

from helpers import actor_by, placed_claims, text_of

from claimmap.actors import seat_of


def test_a_president_does_not_take_the_country_of_the_body_quoted_before() -> None:
    claims = placed_claims(
        "Russia's Defence Ministry said on Telegram that its air defences had shot down 40 "
        "Ukrainian drones over Russia. President Ana Kovalenko said on Monday that the "
        "strikes answered Russia's attacks on Ukrainian towns."
    )
    actor = actor_by(claims, "President Ana Kovalenko")
    assert actor.country_code is None
    assert seat_of(actor).place_name != "Moscow"


def test_a_president_named_with_his_country_keeps_it() -> None:
    claims = placed_claims(
        "Russia's Defence Ministry said its air defences had shot down 40 drones. Ukrainian "
        "President Ana Kovalenko said the strikes answered Russia's attacks on Ukrainian towns."
    )
    actor = actor_by(claims, "Ukrainian President Ana Kovalenko")
    assert actor.country_code == "UA"
    assert seat_of(actor).place_name == "Kyiv"


def test_a_minister_after_his_government_still_takes_its_country() -> None:
    claims = placed_claims(
        "Kenya's government accused Kampala of meddling. Foreign Minister Paul Otieno told "
        "reporters that Kenya would take the dispute to the African Union."
    )
    assert actor_by(claims, "Foreign Minister Paul Otieno").country_code == "KE"


def test_a_senator_described_as_a_state_s_party_member_sits_in_the_state() -> None:
    claims = placed_claims(
        "Sen. Ann Walker, a Montana Democrat, said the new fence had not slowed crossings."
    )
    actor = actor_by(claims, "Sen. Ann Walker, a Montana Democrat")
    seat = seat_of(actor)
    assert (actor.country_code, actor.located) == ("US", "Montana")
    assert (seat.place_name, seat.precision) == ("Helena", "admin1")


def test_a_representative_written_with_party_and_state_sits_in_the_state() -> None:
    claims = placed_claims("Rep. Tom Reed, R-Ohio, said the funding bill would fail.")
    actor = actor_by(claims, "Rep. Tom Reed, R-Ohio")
    assert actor.located == "Ohio"
    assert seat_of(actor).place_name == "Columbus"


def test_an_oblast_governor_the_model_left_untagged_is_a_person_seated_there() -> None:
    claims = placed_claims(
        "Odesa Oblast Governor Ivan Marchenko said on Telegram that the power was back."
    )
    actor = actor_by(claims, "Odesa Oblast Governor Ivan Marchenko")
    assert (actor.name, actor.kind, actor.role) == ("Ivan Marchenko", "person", "governor")
    assert actor.country_code == "UA"
    assert seat_of(actor).place_name == "Odesa"


def test_an_oblast_the_model_took_for_an_organisation_is_the_governor_s_region() -> None:
    claims = placed_claims(
        "Lviv Oblast Governor Maksym Hrytsenko said two people were wounded in the attack."
    )
    actor = actor_by(claims, "Lviv Oblast Governor Maksym Hrytsenko")
    assert (actor.name, actor.organisation, actor.country_code) == (
        "Maksym Hrytsenko",
        "Lviv",
        "UA",
    )


def test_she_denying_claims_the_opposition_made_is_the_last_speaker() -> None:
    claims = placed_claims(
        "Education Minister Grace Mwale told lawmakers on Monday that the new books had "
        "arrived. She rejected opposition allegations that the ministry had wasted funds."
    )
    actor = actor_by(claims, "She")
    assert actor.name == "Grace Mwale"


def test_the_role_noun_is_the_person_named_with_that_title_before() -> None:
    claims = placed_claims(
        "Opposition lawmakers accused Interior Secretary Ana Ruiz on Monday of hiding the "
        "figures, while the secretary insisted that arrests had fallen."
    )
    actor = actor_by(claims, "the secretary")
    assert (actor.name, actor.kind, actor.role) == ("Ana Ruiz", "person", "secretary")


def test_who_in_capitals_ending_a_headline_is_the_organisation() -> None:
    claims = placed_claims(
        "Measles spreads across Chad-Cameroon border as cases pass 2,000, WHO says\n\n"
        "Cases rose again last week, officials said."
    )
    headline = next(c for c in claims if text_of(c.claimant) == "WHO")
    assert headline.actor is not None
    assert headline.actor.name == "World Health Organization"


def test_a_surname_the_text_genders_alone_keeps_its_he() -> None:
    claims = placed_claims(
        "Sen. Dave McAllister of Ohio said the agency had failed. Sen. Mark Dunn, a Texas "
        "Republican, said he agreed with the plan.\n\nMcAllister later told reporters that he "
        "would file a bill. Asked whether he thought the director had lied, he said the "
        "figures were selective."
    )
    assert actor_by(claims, "he", nth=-1).name == "Dave McAllister"


def test_a_speaker_speaking_by_phone_from_a_town_is_seated_there() -> None:
    claims = placed_claims(
        'Cases rose in Mzuzu and Karonga last week. "We see new clusters every day," said '
        "Dr Ali Musa, the district health officer for Karonga, speaking by phone from "
        "Karonga town."
    )
    claimant = (
        "Dr Ali Musa, the district health officer for Karonga, speaking by phone from Karonga town"
    )
    assert seat_of(actor_by(claims, claimant)).place_name == "Karonga"


def test_a_governor_does_not_govern_a_district_of_the_city_named_before() -> None:
    claims = placed_claims(
        "In Kherson, drones damaged a shop in the city's Dniprovskyi district, Governor "
        "Ivan Petrenko said."
    )
    actor = actor_by(claims, "Governor Ivan Petrenko")
    assert actor.organisation == "Kherson"
    assert seat_of(actor).place_name == "Kherson"

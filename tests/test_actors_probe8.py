"""Claim sources of the eighth probe: "he" goes on with the speaker just quoted, "the
ministry" and "it" with the body just named, a province's or town's office is of its
country, an office title is no organisation, a channel is no speaker, and an expert of a
country is seated where he works."""

from __future__ import annotations

from helpers import actor_by, claims_of, placed_claims, text_of

from claimmap.actors import seat_of


def test_he_goes_on_with_the_speaker_just_quoted_not_an_earlier_man() -> None:
    claims = claims_of(
        "One man, who gave his name as Omar Said, said his village had flooded. "
        "The regional water minister, Kofi Mensah, said on Tuesday that 3,000 homes were "
        "lost. He warned that two dams could fail."
    )
    assert actor_by(claims, "He").name == "Kofi Mensah"


def test_he_after_a_quote_of_an_analyst_is_the_analyst() -> None:
    claims = claims_of(
        "His brother said the boat left at night. According to Tomas Ferro, a retired "
        'navy officer from Genoa, the crews are paid in cash. "They know the risks. '
        'They go anyway," he said.'
    )
    assert actor_by(claims, "he").name == "Tomas Ferro"


def test_the_ministry_is_the_ministry_of_its_paragraph_not_the_border_country() -> None:
    claims = claims_of(
        "Ukrainian Foreign Ministry spokesman Ivan Bok said trucks crossed the Romanian "
        "border. The Ukrainian Defence Ministry said its units downed two drones near "
        "Odesa. The ministry claimed more than 40 drones were launched overnight."
    )
    assert actor_by(claims, "The ministry").country_code == "UA"


def test_the_ministry_refers_back_to_a_ministry_of_something() -> None:
    claims = claims_of(
        "The Ministry of Foreign Affairs said on Monday that four nationals had been "
        "detained. The ministry urged the embassy to release them."
    )
    assert actor_by(claims, "The ministry").name == "Ministry of Foreign Affairs"


def test_it_is_the_body_the_sentence_before_made_its_subject() -> None:
    claims = claims_of(
        "More than 900 people have reached Lampedusa, according to the IOM. Tunisia's "
        "government did not respond to requests for comment. It has said the migrants are "
        "not its concern."
    )
    actor = actor_by(claims, "It")
    assert actor.kind == "government" and actor.country_code == "TN"


def test_the_report_is_the_outlet_that_reported_it() -> None:
    claims = claims_of(
        "The Defence Ministry said in a report that 30 drones were downed. Earlier, the "
        "French daily Le Monde reported that the arms were flown through Cyprus. The "
        "report cited unnamed officials."
    )
    assert "Le Monde" in actor_by(claims, "The report").name


def test_the_government_of_the_country_a_sentence_opens_on() -> None:
    claims = claims_of(
        "The Russian Defence Ministry said its instructors had left. In Niger, where "
        "French troops were based until last year, the military government has said the "
        "soldiers were spies."
    )
    assert actor_by(claims, "the military government").country_code == "NE"


def test_a_provincial_post_in_lower_case_is_of_the_province_not_a_nearby_demonym() -> None:
    claims = claims_of(
        "More than 200 Afghans were sent back on Friday, officials said. Khyber "
        "Pakhtunkhwa caretaker information minister Ali Shah told reporters that the "
        "process was orderly."
    )
    actor = actor_by(claims, "Khyber Pakhtunkhwa caretaker information minister Ali Shah")
    assert actor.name == "Ali Shah" and actor.country_code == "PK"
    assert seat_of(actor).place_name == "Peshawar"


def test_a_body_named_after_a_province_is_of_its_country() -> None:
    claims = placed_claims(
        "Hundreds of Afghans were held in Lahore, rights groups said. The Punjab police "
        "rejected the allegation."
    )
    actor = actor_by(claims, "The Punjab police")
    assert actor.country_code == "PK"
    assert seat_of(actor).place_name != "Kabul"


def test_a_state_office_takes_the_country_of_the_places_not_of_the_people_moved() -> None:
    claims = placed_claims(
        "Buses took the Syrians from Gaziantep and Kilis to the border, officials said. "
        "The interior minister, Ahmet Kaya, said that 50,000 Syrians had gone home."
    )
    assert actor_by(claims, "The interior minister, Ahmet Kaya").country_code == "TR"


def test_a_spokesperson_of_a_body_the_text_placed_is_not_the_table_s_namesake() -> None:
    claims = placed_claims(
        "The Foreign Office in Berlin rejected the claim. Foreign Office spokesperson "
        "Katrin Weber said the talks would go on."
    )
    actor = actor_by(claims, "Foreign Office spokesperson Katrin Weber")
    assert actor.country_code == "DE"
    assert seat_of(actor).place_name != "London"


def test_a_portfolio_before_minister_is_no_town_and_the_surname_is_his() -> None:
    claims = claims_of(
        "Home Minister Ravi Prakash Sharma said on Monday the border would be watched. "
        '"We will find them," Sharma said.'
    )
    actor = actor_by(claims, "Home Minister Ravi Prakash Sharma")
    assert actor.name == "Ravi Prakash Sharma" and actor.organisation != "Home"
    assert actor.located is None and seat_of(actor).place_name != "Home"
    assert actor_by(claims, "Sharma").name == "Ravi Prakash Sharma"


def test_people_interviewed_by_an_agency_speak_for_themselves() -> None:
    """Since session 25 the claimant is the villagers alone and the agency the outlet (the
    phrase with "interviewed by the Associated Press" was the claimant before)."""
    claims = claims_of(
        "Several of the villagers interviewed by the Associated Press said the soldiers "
        "burned their homes."
    )
    actor = actor_by(claims, "Several of the villagers")
    assert "Associated Press" not in actor.name and actor.kind != "outlet"
    assert [text_of(c.outlet) for c in claims] == ["the Associated Press"]


def test_a_country_expert_sits_where_his_institute_is() -> None:
    claims = placed_claims(
        "Anna Berg, a Sudan expert at the Rift Valley Institute in Nairobi, said the "
        "fighting had spread."
    )
    actor = actor_by(claims, "Anna Berg, a Sudan expert at the Rift Valley Institute in Nairobi")
    assert actor.country_code != "SD"
    assert seat_of(actor).place_name == "Nairobi"


def test_the_town_s_mayor_is_of_the_town_not_the_one_nearby() -> None:
    claims = placed_claims(
        "About 3,000 people boarded buses from Tapachula and nearby Huixtla this week "
        "alone, the town's mayor, Luis Rincon, told reporters."
    )
    assert actor_by(claims, "the town's mayor, Luis Rincon").organisation == "Tapachula"


def test_a_paragraph_country_is_not_one_a_speaker_named() -> None:
    claims = claims_of(
        "The Central Investigation Bureau said it had detained six people, including two "
        "Turkish recruiters. According to the bureau's spokesperson, Inspector Ram Thapa, "
        "the men were flown to Istanbul."
    )
    found = [c.actor for c in claims if c.actor is not None and "Thapa" in c.actor.name]
    assert found and found[0].country_code != "TR"


def test_an_office_named_without_a_country_is_of_the_dateline_s() -> None:
    claims = placed_claims(
        "Lusaka, May 3 -- Traders in Lusaka said prices had doubled since the border "
        "closed.\n\nForeign Minister Peter Mwale told reporters that talks with Tanzania "
        "and Malawi would resume."
    )
    actor = actor_by(claims, "Foreign Minister Peter Mwale")
    assert actor.country_code == "ZM" and seat_of(actor).place_name == "Lusaka"


def test_a_company_before_a_lower_case_title_is_not_the_speaker() -> None:
    claims = claims_of("Kayrros analyst Mara Lindqvist said the volumes were rising.")
    actor = actor_by(claims, "Kayrros analyst Mara Lindqvist")
    assert actor.name == "Mara Lindqvist" and actor.role == "analyst"

"""Claim sources the fifteenth probe left wrong: an "it" inside a clause means the body
that is the clause's subject (not an army quoted paragraphs before); a bare given and
family name, or a family name the text wrote after a given name before, is a person;
"residents of X" and "the father of a boy from X" are people of X, not a body X; a place
the model took for a person in "from X" is still where the speaker spoke."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import seat_of


def test_it_inside_a_clause_is_the_agency_that_is_its_subject() -> None:
    claims = placed_claims(
        "Chile's army said its jets intercepted two drones over the north.\n\n"
        "The mayor of Arica told reporters the city was calm.\n\n"
        "Later the Korvo news agency said more drones were coming. Korvo later published "
        "footage it said showed launches near the city of Tacna."
    )
    it = actor_by(claims, "it")
    assert it.name != "army"
    assert "Korvo" in it.name


def test_it_governed_by_a_person_is_nobody() -> None:
    claims = placed_claims(
        "The Peruvian navy said two boats had sunk.\n\n"
        "Ana Lucero, a fisherman's widow, later posted a video it said showed the wreck."
    )
    said = [c for c in claims if c.claimant is not None and c.claimant.text == "it"]
    assert all(c.actor is None or "navy" not in c.actor.name for c in said)


def test_a_trailing_it_said_is_the_speaker_not_a_name_in_what_it_said() -> None:
    claims = placed_claims(
        "U.S. Central Command said on Sunday that its forces had boarded the vessel. Two Navy "
        "divers were injured during the boarding in heavy seas, it said."
    )
    it = actor_by(claims, "it")
    assert it.name == "US Central Command"


def test_the_office_of_a_leader_in_exile_sits_where_she_lives() -> None:
    claims = placed_claims(
        "Belarusian opposition leader Anna Kavalenka, who lives in exile in Warsaw, said the "
        "vote was rigged. Her office said on Friday that two activists had been detained."
    )
    office = actor_by(claims, "Her office")
    assert office.name == "Anna Kavalenka's office"
    assert office.located == "Warsaw"


def test_a_headlines_bare_surname_does_not_empty_the_later_description() -> None:
    claims = placed_claims(
        "Troops begin to leave the border, Marekov says\n\n"
        "Bulgarian President Ivan Marekov said on Friday that the troops had started to leave."
    )
    full = actor_by(claims, "Bulgarian President Ivan Marekov")
    assert full.country_code == "BG"
    assert full.role == "president"


def test_un_special_rapporteurs_speak_from_the_human_rights_office_in_geneva() -> None:
    claims = placed_claims(
        "Laos sent the activists back to Vietnam on Monday. Two U.N. special rapporteurs "
        "said last week that the activists faced torture.\n\n"
        "The U.N. Security Council said it would meet on Friday."
    )
    experts = actor_by(claims, "Two U.N. special rapporteurs")
    assert experts.name == "UN Human Rights Office"
    assert seat_of(experts).place_name == "Geneva"
    council = actor_by(claims, "The U.N. Security Council")
    assert council.name != "UN Human Rights Office"


def test_a_given_and_family_name_the_model_took_for_a_body_is_a_person() -> None:
    claims = placed_claims("Tiago Maruwai said the miners had gone to Colombia.")
    actor = actor_by(claims, "Tiago Maruwai")
    assert actor.kind == "person"
    assert actor.name == "Tiago Maruwai"


def test_a_family_name_alone_after_the_full_name_is_that_person() -> None:
    claims = placed_claims(
        "Hungary will close the border, the minister's spokesman said on Monday.\n\n"
        "Zoltan Kerekes told a briefing in Budapest that the fences were ready. According "
        "to Kerekes, the army has already sent 300 soldiers."
    )
    again = actor_by(claims, "Kerekes")
    assert again.kind == "person"
    assert again.name.endswith("Kerekes")


def test_residents_of_a_place_are_people_seated_there() -> None:
    claims = placed_claims(
        "In the eastern plains, residents of Rampur in Siraha said the water came at night."
    )
    residents = actor_by(claims, "residents of Rampur in Siraha")
    assert residents.kind != "organisation"
    assert residents.name not in ("Rampur", "Siraha")


def test_the_father_of_a_man_from_a_town_is_no_body_of_that_town() -> None:
    claims = placed_claims(
        "The father of a 24-year-old from Karnal said the family had paid an agent."
    )
    father = actor_by(claims, "The father of a 24-year-old from Karnal")
    assert father.kind == "person"
    assert father.name != "Karnal"


def test_a_speaker_who_spoke_from_a_city_is_seated_there() -> None:
    claims = placed_claims(
        "Marta Quispe, head of the Ayllu farmers' association, said the river had risen. "
        '"The water reached the school," she said in a phone interview from Cusco.'
    )
    seat = seat_of(actor_by(claims, "she"))
    assert seat.place_name == "Cusco"


def test_a_speaker_speaking_at_a_camp_in_a_town_is_seated_in_the_town() -> None:
    claims = placed_claims(
        "Floods hit the plains of Nepal.\n\n"
        '"We waited on the roof until morning," said Sita Devi Mahato, 38, speaking at a '
        "camp in Janakpur."
    )
    actor = actor_by(claims, "Sita Devi Mahato, 38, speaking at a camp in Janakpur")
    assert seat_of(actor).place_name is not None
    assert "Janakpur" in (seat_of(actor).place_name or "")


def test_a_dateline_in_capitals_gives_an_unnamed_ministry_its_country() -> None:
    claims = placed_claims(
        "LUCKNOW: A flight carrying 90 deportees from the United States landed in Lucknow "
        "on Monday, officials said.\n\n"
        "The external affairs ministry said it was working with US authorities on the "
        "returnees."
    )
    ministry = actor_by(claims, "The external affairs ministry")
    assert ministry.country_code == "IN"


def test_legislatures_are_state_bodies_of_the_table_not_outlets() -> None:
    from claimmap.claims_actor_lookup import table_actor

    for name, code in (("Rajya Sabha", "IN"), ("Knesset", "IL"), ("State Duma", "RU")):
        found = table_actor(name)
        assert found is not None and found.kind == "government"
        assert found.country_code == code
    claims = placed_claims(
        "Foreign minister Ravi Menon told the Lok Sabha on Friday that 300 citizens had returned."
    )
    assert all(c.outlet is None or "Sabha" not in c.outlet for c in claims)


def test_his_office_is_the_office_of_the_president_the_sentence_names() -> None:
    claims = placed_claims(
        "Chilean President Marco Reyes convened an emergency meeting on Friday and called "
        "the strikes a grave threat, his office said."
    )
    office = actor_by(claims, "his office")
    assert office.country_code == "CL"
    assert "Reyes" in office.name
    assert seat_of(office).place_name == "Santiago"


def test_a_directorate_named_after_its_countrys_description_is_of_that_country() -> None:
    claims = placed_claims(
        "Peruvian authorities deported 300 people through Tacna on Monday, the country's "
        "immigration directorate said.\n\n"
        "The General Directorate of Immigration said in a statement that 2,100 people had "
        "been returned in May."
    )
    body = actor_by(claims, "The General Directorate of Immigration")
    assert body.country_code == "PE"

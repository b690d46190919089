"""Claim sources of the fifth probe's phenomena: who a pronoun, "the official", "one of the
officials" or "the group" is; the country of "the mines ministry"; seats stated as
"X-based" or "X's"; names the model cut; one kind for one entity."""

from __future__ import annotations

from helpers import actor_by, claims_of

from claimmap.actors import seat_of
from claimmap.model import Actor


def test_she_is_the_unnamed_girl_quoted_before_not_an_official() -> None:
    claims = claims_of(
        "A Yemeni coast guard official denied the account. "
        '"The sea was full of bodies," a 16-year-old girl from Tigray told aid workers. '
        "She said she had sailed with about 90 people."
    )
    actor = actor_by(claims, "She")
    assert actor.kind == "person" and "girl" in actor.name
    assert actor == actor_by(claims, "a 16-year-old girl from Tigray")


def test_he_is_the_boy_the_sentence_before_describes() -> None:
    claims = claims_of(
        "A Kenyan police spokeswoman said the border was closed. "
        "A 15-year-old boy from Gedo was among the survivors. "
        "He said the smugglers had beaten them."
    )
    actor = actor_by(claims, "He")
    assert actor.kind == "person" and "boy" in actor.name


def test_one_of_the_officials_he_and_the_official_are_the_officials_quoted() -> None:
    claims = claims_of(
        "Minsk has sent rockets to Serbia by river, three European intelligence officials "
        "said on Monday. The rockets were then moved by train, one of the officials said. "
        "From there, he added, they were taken south. "
        '"Nobody watches that river," the official said.'
    )
    group = actor_by(claims, "three European intelligence officials")
    assert group.name == "European intelligence officials"
    for who in ("one of the officials", "he", "the official"):
        assert actor_by(claims, who) == group, who


def test_the_official_is_the_last_official_mentioned_not_a_named_spokesman() -> None:
    claims = claims_of(
        "Port spokesman Daniel Okoro said in a statement that three men were arrested. "
        "The tusks were trucked from Chad before being loaded in Douala, an official with "
        "the Paris-based Wild Trade Watch told AFP. "
        '"Douala has become the main hub," the official said.'
    )
    actor = actor_by(claims, "the official")
    assert actor.name != "Daniel Okoro"
    assert actor.organisation == "Wild Trade Watch"
    assert seat_of(actor).place_name == "Paris"


def test_the_group_it_and_the_authors_are_the_body_that_released_the_report() -> None:
    claims = claims_of(
        "Cattle are smuggled from Niger into Nigeria, according to a report released on "
        "Monday by the Danish aid organisation Fairtrek.\n\n"
        "The group said at least 9,000 head crossed in 2023. Traders paid bribes, it said.\n\n"
        '"Nobody checks the herds," said Jon Berg, the report\'s author.\n\n'
        "According to Fairtrek, the trade is worth $40 million."
    )
    first = actor_by(claims, "a report released on Monday by the Danish aid organisation Fairtrek")
    assert first == Actor("Fairtrek", "organisation", country_code="DK")
    assert actor_by(claims, "The group") == first
    assert actor_by(claims, "it") == first
    assert actor_by(claims, "Fairtrek") == first  # one entity, one kind
    author = actor_by(claims, "Jon Berg, the report's author")
    assert author.kind == "person" and author.organisation == "Fairtrek"


def test_a_researcher_at_the_group_works_for_it() -> None:
    claims = claims_of(
        "Amnesty International said on Monday that guards shot at migrants. "
        "Lena Fox, a researcher at the group, said the killings were systematic."
    )
    actor = actor_by(claims, "Lena Fox, a researcher at the group")
    assert actor.kind == "person" and actor.organisation == "Amnesty International"


def test_the_agency_is_the_body_whose_officers_the_sentence_names() -> None:
    claims = claims_of(
        "Ghanaian customs officers have seized two tonnes of ivory in Tema, the agency said "
        "on Friday. The tusks were bound for Haiphong, customs spokesman Kofi Mensah said."
    )
    agency = actor_by(claims, "the agency")
    assert agency.kind == "organisation" and agency.country_code == "GH"
    spokesman = actor_by(claims, "customs spokesman Kofi Mensah")
    assert spokesman.organisation == agency.name and spokesman.country_code == "GH"
    assert seat_of(spokesman).place_name == "Accra"


def test_the_ministry_is_of_the_country_its_paragraph_is_about() -> None:
    claims = claims_of(
        "Niger's mines ministry rejected the findings as false.\n\n"
        "Chad's military government did not respond. In a statement read on state radio, "
        "the mines ministry said customs officers had seized 40 kilograms of gold."
    )
    actor = actor_by(claims, "the mines ministry")
    assert actor.country_code == "TD"
    assert seat_of(actor).place_name == "N'Djamena"


def test_seats_stated_as_based_in_a_city_or_owned_by_one() -> None:
    claims = claims_of(
        "The Chicago-based Freedom Monitor said the vote was rigged. "
        "Wildlife crime has grown, according to the Tiger Trust, a Brussels-based group "
        "that tracks the trade. Hamburg's port authority said it would examine any evidence."
    )
    seats = {
        "The Chicago-based Freedom Monitor": "Chicago",
        "the Tiger Trust, a Brussels-based group that tracks the trade": "Brussels",
        "Hamburg's port authority": "Hamburg",
    }
    for who, city in seats.items():
        seat = seat_of(actor_by(claims, who))
        assert (seat.place_name, seat.precision) == (city, "city"), who


def test_a_body_a_people_leads_is_no_state_government() -> None:
    claims = claims_of(
        "The Tuareg-led administration that controls the town said 300 families had left."
    )
    actor = actor_by(claims, "The Tuareg-led administration that controls the town")
    assert actor.kind == "organisation"
    assert seat_of(actor).precision != "city"


def test_spokesman_of_the_body_named_by_the_words_before_his_title() -> None:
    claims = claims_of(
        "Greece's navy said it had rescued 40 people off Crete. "
        '"The sea was rough," navy spokesman Nikos Raptis said on state television.'
    )
    navy = actor_by(claims, "Greece's navy")
    assert navy.kind == "organisation" and navy.country_code == "GR"
    actor = actor_by(claims, "navy spokesman Nikos Raptis")
    assert actor.organisation == "navy" and actor.country_code == "GR"


def test_names_are_not_cut_at_a_hyphen_or_a_first_name() -> None:
    claims = claims_of(
        "Iraq's national security adviser Hamid al-Nouri said on Monday that Baghdad "
        "would bring back all its citizens. "
        "Its foreign relations official Badran Musa Kurd told Reuters the camp was full."
    )
    named = {c.content.text: c.actor.name for c in claims if c.actor is not None}
    assert named["that Baghdad would bring back all its citizens"] == "Hamid al-Nouri"
    assert named["the camp was full"] == "Badran Musa Kurd"


def test_a_name_described_as_a_zoologist_is_a_person() -> None:
    claims = claims_of(
        '"The risk for traffickers is low," said Adaeze Okonkwo-Bello, a zoologist at '
        "the University of Lagos."
    )
    actor = claims[0].actor
    assert actor is not None and actor.kind == "person"


def test_a_large_company_sits_at_its_headquarters() -> None:
    claims = claims_of(
        "Exxon Mobil, which leads the group drilling off the coast, said its work went on. "
        "Saudi Aramco said output was steady."
    )
    seats = {c.actor.name: seat_of(c.actor) for c in claims if c.actor is not None}
    assert (seats["Exxon Mobil"].place_name, seats["Exxon Mobil"].precision) == ("Spring", "city")
    assert seats["Saudi Aramco"].place_name == "Dhahran"


def test_people_interviewed_by_a_based_group_are_not_based_there() -> None:
    claims = claims_of(
        "Guards fired on refugees, Amnesty International said on Monday. Refugees "
        "interviewed by the London-based rights group described being shot at."
    )
    actor = actor_by(claims, "Refugees interviewed by the London-based rights group")
    assert actor.located is None and seat_of(actor).precision != "city"

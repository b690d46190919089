"""Claim sources the sixteenth probe's fix round left wrong: a singular mention taken for a
plural group, "she" given to a woman quoted further back, a person called by age after a
dateline hid her name, a headline surname, job titles and pronouns in organisation names,
a divided state's eastern branch seated in the capital, a minister of a government the
text placed away from the capital, an acronym read as the initials of "U.S. Navy"."""

from __future__ import annotations

from helpers import actor_by, placed_claims

from claimmap.actors import seat_of


def test_the_man_is_not_the_plural_men_met_before() -> None:
    claims = placed_claims(
        "Police flew 30 men to Kabul on Friday. The men had lived in a camp for years.\n\n"
        "A relative of one of the deported men, who lives in Oslo, told Reuters that he last "
        "spoke to him a week ago.\n\n"
        '"He was very scared," the man said.'
    )
    cousin = actor_by(claims, "A relative of one of the deported men, who lives in Oslo")
    the_man = actor_by(claims, "the man")
    assert the_man.name != "men"
    assert the_man == cousin
    assert seat_of(the_man).place_name == "Oslo"


def test_the_official_is_the_one_official_not_the_officials() -> None:
    claims = placed_claims(
        "A U.S. official, speaking on condition of anonymity, said the ships were tracked. "
        "U.S. officials said the visit was routine.\n\n"
        "The ships could sail on to Caracas next week, the official said."
    )
    official = actor_by(claims, "the official")
    assert official.kind == "person"
    assert official == actor_by(claims, "A U.S. official, speaking on condition of anonymity")


def test_a_feminine_slavic_surname_tells_she_is_a_woman() -> None:
    claims = placed_claims(
        "Ewa Kowalska, a police spokeswoman, said 200 people were stopped at the fence. "
        '"Families sleep in the forest," said Joanna Zielinska, an activist with a group in '
        "Lublin.\n\n"
        "She said many people had been pushed back several times."
    )
    assert actor_by(claims, "She").name == "Joanna Zielinska"


def test_a_masculine_name_after_her_leaves_she_to_her() -> None:
    claims = placed_claims(
        "Olga Petrova said on Monday that the talks had stalled. Ivan Sokolov said the "
        "border would stay shut. She added that the ministry would respond."
    )
    assert actor_by(claims, "She").name == "Olga Petrova"


def test_a_person_called_by_age_is_the_one_a_dateline_introduced() -> None:
    claims = placed_claims(
        "Nairobi, Kenya - Amina Yusuf walked for ten days with her children from a village "
        "near Baidoa before she reached the camp last week.\n\n"
        '"The rains failed. Our cows died," the 29-year-old told reporters.'
    )
    assert actor_by(claims, "the 29-year-old").name == "Amina Yusuf"


def test_a_headline_surname_is_the_person_the_body_names_in_full() -> None:
    claims = placed_claims(
        "Drought forces cuts in grain exports, Japarov says\n\n"
        "BISHKEK (Reuters) - Kyrgyz President Sadyr Japarov said on Friday that grain "
        "exports would be cut by a third."
    )
    headline = actor_by(claims, "Japarov")
    assert headline.country_code == "KG"
    assert headline == actor_by(claims, "Kyrgyz President Sadyr Japarov")
    assert seat_of(headline).place_name == "Bishkek"


def test_a_grading_word_is_no_part_of_the_employer() -> None:
    claims = placed_claims("Linerlytica chief analyst Peter Holm said freight rates could double.")
    assert actor_by(claims, "Linerlytica chief analyst Peter Holm").organisation == "Linerlytica"


def test_a_possessive_pronoun_is_no_part_of_a_body_name() -> None:
    claims = placed_claims(
        "Kenya, which has thousands of troops in Somalia, reacted angrily. Its foreign ministry "
        "said in a statement that it would not stand idly by."
    )
    ministry = actor_by(claims, "Its foreign ministry")
    assert ministry.name == "foreign ministry"
    assert ministry.country_code == "KE"


def test_an_eastern_administration_sits_in_the_east_not_the_capital() -> None:
    claims = placed_claims(
        "Floods swept through eastern Libya on Sunday. Rescue teams came from Benghazi and "
        "Misrata.\n\n"
        "Ali Salem, prime minister of the eastern administration, said on Monday that Tobruk "
        "had been declared a disaster zone."
    )
    salem = actor_by(claims, "Ali Salem, prime minister of the eastern administration")
    assert seat_of(salem).place_name == "Benghazi"


def test_officials_of_a_capital_s_own_half_stay_in_the_capital() -> None:
    claims = placed_claims(
        "Floods swept through western Libya on Sunday. Rescue teams came from Misrata.\n\n"
        "Officials in western Libya said 40 people had died."
    )
    assert seat_of(actor_by(claims, "Officials in western Libya")).place_name == "Tripoli"


def test_a_minister_after_his_government_sits_where_the_text_placed_it() -> None:
    claims = placed_claims(
        "Yemen's internationally recognised government, based in the port city of Aden, "
        "welcomed the seizure. Foreign Minister Ali Saleh wrote on X that Tehran was arming "
        "the rebels in Hodeidah."
    )
    minister = actor_by(claims, "Foreign Minister Ali Saleh")
    assert minister.country_code == "YE"
    assert seat_of(minister).place_name == "Aden"


def test_a_wildlife_trade_network_is_seated() -> None:
    claims = placed_claims("More than 500 tortoises were seized in 2023, according to TRAFFIC.")
    assert seat_of(actor_by(claims, "TRAFFIC")).place_name == "Cambridge"


def test_un_is_not_the_initials_of_us_navy() -> None:
    claims = placed_claims(
        "U.S. Navy forces seized a dhow in the Arabian Sea, the U.S. Navy said.\n\n"
        "U.N. experts said the missiles had come from Iran."
    )
    assert actor_by(claims, "U.N. experts").name != "U.S. Navy"


def test_a_president_after_foreign_officials_is_not_theirs() -> None:
    claims = placed_claims(
        "U.S. officials said the visit was meant to signal anger over Western support for "
        "Kyiv. President Ivan Petrov said last week that Moscow could supply weapons to "
        "other countries."
    )
    assert actor_by(claims, "President Ivan Petrov").country_code != "US"

"""Claim sources of probe 18, round 2: a state's name as the article resolved it, a medium
citing a source, "the group" and "one of them" referring back, a member named after "the
group", and an agency's name listing several words."""

from __future__ import annotations

from helpers import actor_by, placed_claims, text_of

from claimmap.actors import seat_of
from claimmap.model import Actor, Claim


def _actor(claims: list[Claim], words: str) -> Actor:
    """The actor of the first claim whose claimant contains ``words``."""
    found = [c.actor for c in claims if c.claimant is not None and words in c.claimant.text]
    assert found and found[0] is not None, [(c.claimant, c.actor) for c in claims]
    return found[0]


def test_country_name_follows_the_articles_resolution() -> None:
    claims = placed_claims(
        "BUKAVU, Democratic Republic of Congo (Reuters) - Fighting flared near Bukavu on "
        "Wednesday, residents said.\n\nCongo's government accused the rebels of shelling a "
        "market in Uvira."
    )
    government = _actor(claims, "Congo's government")
    assert government.country_code == "CD"
    assert seat_of(government).place_name == "Kinshasa"


def test_a_medium_citing_an_official_gives_the_official() -> None:
    claims = placed_claims(
        "BUNIA, Democratic Republic of Congo (Reuters) - Militia fighters attacked a camp "
        "near Bunia, residents said.\n\nCongo's state broadcaster RTNC, citing the military "
        "governor of Ituri, reported that the army had retaken the camp on Wednesday."
    )
    claim = next(c for c in claims if c.cue.text == "reported")
    assert claim.actor is not None and claim.actor.kind == "person"
    assert claim.actor.name == "military governor of Ituri"
    assert claim.actor.country_code == "CD"
    assert claim.outlet is not None and "RTNC" in claim.outlet.text


def test_a_state_agency_quoting_an_unnamed_official_gives_its_state() -> None:
    claims = placed_claims(
        "Clashes continued near Homs in Syria, where the SANA news agency, quoting an "
        "interior ministry official, said police had arrested three smugglers."
    )
    # since session 25 the quoted official is the claimant and SANA the outlet (as for
    # "X, quoting Y, said" anywhere); the claimant phrase held SANA before
    official = _actor(claims, "interior ministry official")
    assert official.name == "interior ministry official"
    assert [text_of(c.outlet) for c in claims] == ["SANA"]  # the medium's name (C0)
    assert official.country_code == "SY"


def test_a_medium_citing_a_report_stays_the_speaker() -> None:
    claims = placed_claims(
        "State television, citing a report by the agriculture ministry, said the harvest "
        "in Kassala had fallen by a third."
    )
    assert _actor(claims, "State television").kind != "person"


def test_the_group_is_the_body_just_named_not_plural_groups() -> None:
    claims = placed_claims(
        "KADUGLI, Sudan (AP) - Militia fighters stormed a market in Kadugli on Tuesday, "
        "killing at least 12 people, aid groups and residents said.\n\nThe SPLM-N denied "
        "attacking civilians. In a statement posted on Telegram, the group said its "
        "fighters had only struck army positions."
    )
    assert actor_by(claims, "the group").name == "SPLM-N"


def test_one_of_them_is_the_plural_sources_just_quoted() -> None:
    claims = placed_claims(
        "Two security sources in Agadez, who asked not to be named, said a convoy had left "
        "the base on Monday. One of them said the trucks were heading north."
    )
    one = actor_by(claims, "One of them")
    assert one.name == "security sources"
    assert seat_of(one).place_name == "Agadez"


def test_one_of_them_after_a_single_speaker_is_no_reference() -> None:
    claims = placed_claims(
        "Governor Ana Diallo said the road was closed. One of them said the trucks were "
        "heading north."
    )
    assert actor_by(claims, "One of them").name != "Ana Diallo"


def test_a_member_named_after_the_group_is_the_person_of_that_group() -> None:
    claims = placed_claims(
        "Hezbollah said on Tuesday it had fired rockets at an army post. A lawmaker from the "
        "group, Hassan Rammal, told the party's radio station that more attacks would follow."
    )
    lawmaker = actor_by(claims, "A lawmaker from the group, Hassan Rammal")
    assert (lawmaker.name, lawmaker.kind, lawmaker.organisation) == (
        "Hassan Rammal",
        "person",
        "Hezbollah",
    )


def test_the_groups_director_works_for_the_body_quoted_before() -> None:
    claims = placed_claims(
        'Oxfam said the famine was spreading. "Every week of delay costs lives," the '
        "group's Africa director, Maria Okafor, said in a statement."
    )
    director = _actor(claims, "Maria Okafor")
    assert (director.name, director.organisation) == ("Maria Okafor", "Oxfam")


def test_an_agency_name_listing_several_words_stays_whole() -> None:
    claims = placed_claims(
        "The U.S. Bureau of Alcohol, Tobacco, Firearms and Explosives said the rifles were "
        "bought in Florida."
    )
    bureau = _actor(claims, "Bureau")
    assert bureau.name == "U.S. Bureau of Alcohol, Tobacco, Firearms and Explosives"


def test_a_quoted_nickname_stays_in_the_name() -> None:
    claims = placed_claims('Militia boss Pierre "Le Lion" Duvalle said his men would not disarm.')
    assert _actor(claims, "Duvalle").name == 'Pierre "Le Lion" Duvalle'


def test_a_clan_is_a_group_not_a_person() -> None:
    claims = placed_claims(
        "The Urabeño Clan denied the accusations, saying it did not tax farmers."
    )
    clan = _actor(claims, "Clan")
    assert (clan.name, clan.kind) == ("Urabeño Clan", "organisation")


def test_a_city_prosecutors_office_sits_in_its_city() -> None:
    claims = placed_claims(
        "Customs officers seized two tonnes of cocaine in Naples on Monday. The Naples public "
        "prosecutor's office said the drugs were hidden in crates of bananas."
    )
    office = _actor(claims, "prosecutor")
    assert office.country_code == "IT"
    assert seat_of(office).place_name == "Naples"


def test_an_organ_spokesman_works_for_the_body_quoted_before() -> None:
    claims = placed_claims(
        "SATUN, Thailand (Reuters) - The Royal Thai Navy denied that it had pushed the boat "
        "away. A navy spokesman said on Tuesday that Thai vessels had provided food."
    )
    spokesman = _actor(claims, "A navy spokesman")
    assert (spokesman.organisation, spokesman.country_code) == ("Royal Thai Navy", "TH")


def test_a_military_spokesman_after_the_military_quoted() -> None:
    claims = placed_claims(
        "TYRE, Lebanon (Reuters) - An air strike hit a warehouse near Nabatieh, Lebanon's "
        "health ministry said.\n\nThe Israeli military said it had struck a weapons depot.\n\n"
        '"They keep rearming," military spokesman Nadav Shoshani wrote on X.'
    )
    assert _actor(claims, "Shoshani").country_code == "IL"


def test_the_head_of_a_foreign_led_mission_speaks_where_it_operates() -> None:
    claims = placed_claims(
        "MOGADISHU, Somalia (Reuters) - Rifles used by the militants were bought in Yemen, "
        "the head of the Ugandan-led security mission said on Wednesday.\n\nPeter Okello, "
        "commander of the Joint Stabilisation Support mission, told reporters that officers "
        'had seized 40 rifles. "These weapons came by sea," Okello said.'
    )
    for who in ("the head of", "Peter Okello", "Okello"):
        actor = _actor(claims, who)
        assert actor.country_code == "SO", who
        assert seat_of(actor).place_name == "Mogadishu", who


def test_a_led_coalition_keeps_its_leader() -> None:
    claims = placed_claims(
        "ADEN, Yemen (Reuters) - The Saudi-led coalition said it had hit a boat."
    )
    assert _actor(claims, "coalition").country_code == "SA"


def test_a_field_coordinator_speaks_from_the_dateline() -> None:
    claims = placed_claims(
        "BUKAVU, Democratic Republic of Congo (Reuters) - Médecins Sans Frontières said its "
        'teams had treated 200 wounded people in Bukavu. "People arrive with nothing," '
        "said MSF emergency coordinator Anna Keller."
    )
    keller = _actor(claims, "Anna Keller")
    assert seat_of(keller).place_name == "Bukavu"


def test_a_lawmaker_briefed_by_the_agency_is_of_its_state() -> None:
    claims = placed_claims(
        "TOKYO, Japan (Kyodo) - China has sent two more patrol ships near the islands, "
        "Japan's Public Security Intelligence Agency said on Wednesday.\n\nLawmaker Kenji "
        "Sato, who was briefed by the agency in a closed-door session, told reporters the "
        "ships had left Ningbo."
    )
    sato = _actor(claims, "Kenji Sato")
    assert sato.country_code == "JP"
    assert seat_of(sato).place_name == "Tokyo"


def test_a_field_coordinator_of_a_paragraph_about_elsewhere_is_not_at_the_dateline() -> None:
    claims = placed_claims(
        "BUKAVU, Democratic Republic of Congo (Reuters) - Fighting flared near Bukavu, "
        "residents said.\n\nMédecins Sans Frontières warned that clinics in the camps were "
        'overwhelmed. "People arrive with nothing," said MSF emergency coordinator Anna Keller.'
    )
    keller = _actor(claims, "Anna Keller")
    assert seat_of(keller).place_name != "Bukavu"


def test_the_group_after_a_research_group_the_model_misparsed() -> None:
    claims = placed_claims(
        "The Kremlin rejected the reports. Spokesman Dmitry Peskov told journalists in "
        "Moscow that no withdrawal was under way.\n\nThe All Eyes on Sahel research group, "
        "which tracks the company's activities, said flight data suggested the planes may "
        "have refuelled in Agadez. The group estimated that Russia still had about 300 "
        "personnel in Niger."
    )
    group = actor_by(claims, "The group")
    assert (group.name, group.kind) == ("All Eyes on Sahel research group", "organisation")

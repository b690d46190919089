"""Claim sources the twenty-second round fixed: a place description taken into a trailing
claimant, a name beside a title that the model took for places, outlets of relayed and
"told the outlet" claims (and no person as an outlet), seats of joined sources, missions,
dwellers and the Taliban, "One said"/"Another said" after a group, firms named after their
noun, a quotation that opens by denying the speaker's own side's deed, and "it" in a
concessive clause after a body's claim."""

from __future__ import annotations

import spacy
from helpers import placed_claims, text_of
from spacy.tokens import Doc

from claimmap.actors import seat_of
from claimmap.claims_speaker_described_place import speaker_after_place
from claimmap.claims_tokens import RawClaim
from claimmap.model import Claim


def _claims_of(claims: list[Claim], claimant: str) -> list[Claim]:
    found = [c for c in claims if text_of(c.claimant) == claimant]
    assert found, [(text_of(c.claimant), c.cue.text) for c in claims]
    return found


def _seat(claim: Claim) -> str | None:
    assert claim.actor is not None
    return seat_of(claim.actor).place_name


# --- "… unload at X, the main town of Y, drivers and officials said" ------------------------

_WORDS = [
    "Boats",
    "unload",
    "at",
    "Tarbes",
    ",",
    "the",
    "main",
    "town",
    "of",
    "Bigorre",
    ",",
    "drivers",
    "and",
    "officials",
    "said",
    ".",
]
_HEADS = [1, 14, 1, 2, 14, 7, 7, 14, 7, 8, 9, 7, 11, 11, 14, 14]
_DEPS = [
    "nsubj",
    "ccomp",
    "prep",
    "pobj",
    "punct",
    "det",
    "amod",
    "nsubj",
    "prep",
    "pobj",
    "punct",
    "appos",
    "cc",
    "conj",
    "ROOT",
    "punct",
]
_POS = [
    "NOUN",
    "VERB",
    "ADP",
    "PROPN",
    "PUNCT",
    "DET",
    "ADJ",
    "NOUN",
    "ADP",
    "PROPN",
    "PUNCT",
    "NOUN",
    "CCONJ",
    "NOUN",
    "VERB",
    "PUNCT",
]


def _misparsed() -> Doc:
    """The parse the model gives such sentences: the description is the subject of "said"
    and the speakers its apposition."""
    spaces = [w not in ("Tarbes", "Bigorre", "said") for w in _WORDS]
    spaces[-1] = False
    return Doc(
        spacy.blank("en").vocab,
        words=_WORDS,
        spaces=spaces,
        heads=_HEADS,
        deps=_DEPS,
        pos=_POS,
    )


def test_a_place_description_before_the_speakers_leaves_the_claimant() -> None:
    doc = _misparsed()
    said = doc[14]
    raw = RawClaim(
        cue=(said.idx, said.idx + 4),
        content=(0, doc[3].idx + len("Tarbes")),
        claimant=(doc[5].idx, doc[13].idx + len("officials")),
        claimant_token=7,
        outlet=None,
        cue_token=14,
        frame="speech",
        sentence=(0, len(doc.text)),
    )
    fixed = speaker_after_place(doc, raw)
    assert fixed.claimant is not None
    assert doc.text[fixed.claimant[0] : fixed.claimant[1]] == "drivers and officials"
    assert fixed.claimant_token == 11


def test_a_person_subject_with_an_apposition_keeps_its_claimant() -> None:
    doc = _misparsed()
    raw = RawClaim(
        cue=(doc[14].idx, doc[14].idx + 4),
        content=(0, doc[3].idx + len("Tarbes")),
        claimant=(doc[5].idx, doc[13].idx + len("officials")),
        claimant_token=3,  # not a place noun's phrase: nothing to mend
        outlet=None,
        cue_token=14,
        frame="speech",
        sentence=(0, len(doc.text)),
    )
    assert speaker_after_place(doc, raw) == raw


def test_speakers_after_a_plainly_parsed_description_are_the_claimant() -> None:
    claims = placed_claims(
        "Trucks carrying Turkish cement leave the depot at Mersin each morning and unload "
        "at Tartus, the main port of Syria's coastal region, drivers and officials said."
    )
    (c,) = _claims_of(claims, "drivers and officials")
    assert c.content.text.endswith("the main port of Syria's coastal region")


# --- a name beside a title, whatever the model labelled it ----------------------------------


def test_a_name_the_model_took_for_a_place_beside_a_title_is_the_person() -> None:
    claims = placed_claims(
        "A barge will leave Galati next week, carrying maize to Greece's port of Volos, "
        'Romania\'s River Authority said. "Fuel costs remain high," said its spokeswoman, '
        'Marta Lvivska. "But the barges are sailing."'
    )
    (c,) = _claims_of(claims, "its spokeswoman, Marta Lvivska")
    assert c.actor is not None and c.actor.name == "Marta Lvivska"
    assert c.actor.kind == "person"
    assert c.actor.organisation == "River Authority" and c.actor.country_code == "RO"
    assert _seat(c) == "Bucharest"


def test_a_governor_named_after_his_region_is_the_person() -> None:
    claims = placed_claims(
        "Floods cut the main road to Kherson overnight, the regional governor of Kherson, "
        "Oleksandr Prokudin, said on Telegram."
    )
    (c,) = _claims_of(claims, "the regional governor of Kherson, Oleksandr Prokudin")
    assert c.actor is not None and c.actor.name == "Oleksandr Prokudin"
    assert c.actor.country_code == "UA" and _seat(c) == "Kherson"


# --- outlets ---------------------------------------------------------------------------------


def test_a_state_agency_that_quoted_an_official_in_a_second_clause_is_the_outlet() -> None:
    claims = placed_claims(
        "North Korea's official Korean Central News Agency (KCNA) did not mention the "
        'flights, but quoted a defence ministry official as saying that "ties with Moscow" '
        "would deepen."
    )
    (c,) = _claims_of(claims, "a defence ministry official")
    assert c.outlet is not None and "Korean Central News Agency" in c.outlet.text
    assert c.actor is not None and c.actor.country_code == "KP"  # not "Korea" → KR
    assert _seat(c) == "Pyongyang"


def test_an_agency_reporting_and_citing_is_its_own_outlet() -> None:
    claims = placed_claims(
        "The engineers were moved to Irkutsk, KCNA reported, citing a statement by the "
        "labour ministry."
    )
    (c,) = _claims_of(claims, "KCNA")
    assert text_of(c.outlet) == "KCNA"


def test_told_the_outlet_is_the_medium_named_before() -> None:
    claims = placed_claims(
        "According to Baltic Wire, a Riga-based outlet with sources inside Belarus, the "
        "conscripts were picked from border units in Grodno province. Some only learned in "
        "Minsk that they were going to Russia, one source told the outlet."
    )
    (wire,) = _claims_of(claims, "Baltic Wire, a Riga-based outlet with sources inside Belarus")
    assert text_of(wire.outlet) == "Baltic Wire"  # the name, not its description
    (source,) = _claims_of(claims, "one source")
    assert text_of(source.outlet) == "Baltic Wire"


def test_told_a_person_gives_no_outlet() -> None:
    claims = placed_claims(
        "According to Baltic Wire, the conscripts were picked from border units. Some only "
        "learned in Minsk that they were going to Russia, one source told the minister."
    )
    (source,) = _claims_of(claims, "one source")
    assert source.outlet is None


def test_a_medium_relaying_a_whole_attribution_is_the_outlet() -> None:
    claims = placed_claims(
        "The fuel was then moved to Tartu, the agency told senators in a closed-door "
        "hearing, according to the news agency Baltic Wire."
    )
    (c,) = _claims_of(claims, "the agency")
    assert text_of(c.outlet) == "Baltic Wire"  # the medium's name (C0)


# --- seats -----------------------------------------------------------------------------------


def test_sources_of_different_countries_joined_stay_unseated() -> None:
    claims = placed_claims(
        "BENGHAZI, Libya (AP) - Egypt has supplied Libya's eastern forces with at least six "
        "armoured trucks this month, driven from Marsa Matruh to Tobruk, according to two "
        "European diplomats and a Libyan military source."
    )
    (c,) = _claims_of(claims, "two European diplomats and a Libyan military source")
    assert c.actor is None or (c.actor.country_code is None and _seat(c) is None)


def test_libyan_officials_and_diplomats_stay_libyan() -> None:
    claims = placed_claims(
        "The trucks were driven to Tobruk last week, Libyan officials and diplomats said."
    )
    (c,) = _claims_of(claims, "Libyan officials and diplomats")
    assert c.actor is not None and c.actor.country_code == "LY"


def test_an_embassy_in_a_country_sits_in_that_country() -> None:
    claims = placed_claims(
        "According to the U.S. Embassy in Honduras, Washington has paid for return flights "
        "for about 900 people from Honduras since May. Embassy officials said more flights "
        "were planned for December."
    )
    (embassy,) = _claims_of(claims, "the U.S. Embassy in Honduras")
    assert embassy.actor is not None and embassy.actor.country_code == "US"
    assert _seat(embassy) == "Tegucigalpa"
    (staff,) = _claims_of(claims, "Embassy officials")
    assert staff.actor is not None and staff.actor.country_code == "US"
    assert _seat(staff) == "Tegucigalpa"


def test_taliban_speakers_sit_in_kabul() -> None:
    claims = placed_claims(
        "More than 5,000 Afghans returned from Pakistan through the Torkham crossing this "
        "week, Taliban officials said on Sunday. Taliban deputy spokesman Zabihullah Karimi "
        "said the authorities in Kabul had asked Islamabad to slow the returns."
    )
    for who in ("Taliban officials", "Taliban deputy spokesman Zabihullah Karimi"):
        (c,) = _claims_of(claims, who)
        assert c.actor is not None and c.actor.country_code == "AF"
        assert _seat(c) == "Kabul"


def test_residents_of_the_place_a_sentence_opens_on_sit_there() -> None:
    claims = placed_claims(
        "In Chaman, near the crossing, residents said prices for bread had doubled since May."
    )
    (c,) = _claims_of(claims, "residents")
    assert c.actor is not None and c.actor.country_code == "PK"
    assert _seat(c) == "Chaman"


# --- "One said", "Another said"; firms -------------------------------------------------------


def test_one_and_another_after_a_group_are_of_that_group() -> None:
    claims = placed_claims(
        "Fishermen in Sohar, a town north of Muscat, said they had seen boats at night. "
        '"They never show lights," one said. "They come at 3 a.m.," another said.'
    )
    (group,) = _claims_of(claims, "Fishermen in Sohar, a town north of Muscat")
    assert group.actor is not None and group.actor.name == "Fishermen"
    for who in ("one", "another"):
        (c,) = _claims_of(claims, who)
        assert c.actor == group.actor
        assert _seat(c) == "Sohar"


def test_a_firm_named_after_its_noun_is_an_organisation() -> None:
    claims = placed_claims(
        "According to the shipping data firm Vessix, Brazil exported 2.1 million tonnes of "
        "soy through Santos in May."
    )
    (c,) = _claims_of(claims, "the shipping data firm Vessix")
    assert c.actor is not None and c.actor.name == "Vessix"
    assert c.actor.kind == "organisation"


# --- a quotation that opens by denying the speaker's own side's deed -------------------------


def test_a_quote_denying_the_speakers_own_deed_is_a_denial() -> None:
    claims = placed_claims(
        "Fishermen said a patrol boat had turned the dinghy back towards Libya. A coast guard "
        'spokesman, Captain Marco Ferri, denied that any dinghy had been turned back. "The '
        'coast guard has not turned back any migrant boat in these waters," he said. "We only '
        'gave them water and blankets."'
    )
    (c,) = _claims_of(claims, "he")
    assert c.modality == "denied"


def test_a_quote_denying_others_a_deed_then_telling_theirs_is_no_denial() -> None:
    claims = placed_claims(
        'A coast guard spokesman, Captain Marco Ferri, spoke to reporters on Monday. "The '
        'smugglers have not paid any fine," he said. "They moved the boats to Zuwara."'
    )
    (c,) = _claims_of(claims, "he")
    assert c.modality != "denied"


# --- "it" in a concessive clause --------------------------------------------------------------


def test_it_in_a_concessive_clause_is_the_body_that_spoke() -> None:
    claims = placed_claims(
        "A UN panel of experts reportedly found last year that Turkish-made drones had been "
        "used in Libya, though it did not say how they reached the country."
    )
    (panel,) = _claims_of(claims, "A UN panel of experts")
    (it,) = _claims_of(claims, "it")
    assert it.actor == panel.actor
    assert it.actor is not None and it.actor.country_code != "LY"


def test_one_after_an_opening_plural_tagged_as_a_name_is_of_that_group() -> None:
    claims = placed_claims(
        "Regional analysts say the trade is driven by Yemen's cheap tobacco. Cigarettes sell "
        "for less than 20 US cents a pack in Yemen, compared with about 3 dollars in Oman, "
        "said Ana Ruiz of the Gulf Research Centre. The smuggling may have grown since the "
        "rial fell in March, she added.\n\n"
        "Fishermen in Dhalkut, a village east of Salalah, said they had seen skiffs unloading "
        'at night on the beach rather than at the port. "They come in without lights," one '
        'said. "They are gone by dawn."'
    )
    (group,) = _claims_of(claims, "Fishermen in Dhalkut, a village east of Salalah")
    assert group.actor is not None and group.actor.kind != "organisation"
    (one,) = _claims_of(claims, "one")
    assert one.actor == group.actor


def test_a_national_body_without_a_country_is_the_datelines() -> None:
    claims = placed_claims(
        "DANLI, Honduras (AP) — Honduran authorities recorded more than 3,000 migrants "
        "crossing from Nicaragua last week, the highest weekly figure this year, the National "
        "Migration Institute said on Monday.\n\n"
        "The migrants, mostly Venezuelans and Cubans, set out from the Nicaraguan town of Somoto."
    )
    (c,) = _claims_of(claims, "the National Migration Institute")
    assert c.actor is not None and c.actor.country_code == "HN"
    assert _seat(c) == "Tegucigalpa"


def test_a_bare_organ_takes_the_country_set_on_it_just_before() -> None:
    claims = placed_claims(
        "Malaysian navy patrols reportedly towed a second vessel back out to sea last week. "
        "Fishermen in Kuala Kedah told Reuters the boat was pushed towards Thailand's Satun "
        "province. A navy spokesman, First Admiral Zulkifli Hamid, denied that any boat had "
        "been pushed back."
    )
    (c,) = _claims_of(claims, "A navy spokesman, First Admiral Zulkifli Hamid")
    assert c.actor is not None and c.actor.country_code == "MY"
    assert _seat(c) == "Kuala Lumpur"


def test_told_the_newspaper_after_a_post_on_a_platform_takes_no_platform() -> None:
    claims = placed_claims(
        "Power cuts hit Lutsk overnight, the regional governor said on Telegram. Repairs "
        "would take a week, one engineer told the newspaper."
    )
    (c,) = _claims_of(claims, "one engineer")
    assert c.outlet is None

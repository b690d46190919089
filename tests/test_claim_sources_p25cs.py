"""Claim sources left open by probe 24 (session 25): one relay convention (the original
source is the claimant, the medium its outlet, for "citing" and "quoted by" as already
for "quoting", "according to X, citing Y" and "told X"), a role seated at the site it is
"at", an interview's headline and answers given one interviewee, "there is no
infiltration" answering an allegation, a whereabouts passive that is no claim, and a
headline's bare source noun given the body's source. Invented sentences throughout."""

from __future__ import annotations

from helpers import claim_by_cue, claims_of, placed_claims, text_of, wire_story

from claimmap.actors import seat_of
from claimmap.model import Claim


def _by(claims: list[Claim], claimant: str) -> Claim:
    found = [c for c in claims if text_of(c.claimant) == claimant]
    assert found, [(text_of(c.claimant), text_of(c.outlet)) for c in claims]
    return found[0]


# --- relays ---------------------------------------------------------------------------------


def test_a_wire_citing_people_relays_them_with_their_seat() -> None:
    claims = placed_claims(
        "DAMASCUS (AP) - Fighting resumed near Homs on Sunday.\n\n"
        "Reuters, citing two fighters in Hama, reported that a second group of 200 men "
        "would travel from Hama to Kilis next week."
    )
    c = claim_by_cue(claims, "reported")
    assert text_of(c.claimant) == "two fighters in Hama"
    assert text_of(c.outlet) == "Reuters"
    assert c.content.text.startswith("that a second group of 200 men")
    assert c.actor is not None and c.actor.kind != "outlet"
    assert seat_of(c.actor).place_name == "Ḩamāh"


def test_a_hyphen_named_agency_citing_an_official_is_the_outlet_by_its_name() -> None:
    c = claim_by_cue(
        claims_of(
            "The Houthi-run Saba news agency, citing an official in Saada, said 312 migrants "
            "had been detained in the province last week."
        ),
        "said",
    )
    assert (text_of(c.claimant), text_of(c.outlet)) == ("an official in Saada", "Saba")


def test_a_body_citing_witnesses_is_no_medium_and_stays_the_claimant() -> None:
    c = claim_by_cue(
        claims_of(
            "Amnesty International, citing witnesses, said the police had beaten protesters."
        ),
        "said",
    )
    assert text_of(c.claimant) == "Amnesty International"
    assert c.outlet is None


def test_a_medium_citing_figures_stays_the_claimant() -> None:
    c = claim_by_cue(
        claims_of("The Morning Herald, citing official figures, said 40,000 people had fled."),
        "said",
    )
    assert text_of(c.claimant) == "The Morning Herald"


def test_a_source_quoted_by_an_agency_is_the_claimant_not_the_agency() -> None:
    claims = placed_claims(
        "BAMAKO (AP) - Jihadists left Menaka in Mali last month.\n\n"
        "A Songhai trader from Gao, quoted by the Anadolu agency, believes that the "
        "fighters have simply moved to Niger."
    )
    c = claim_by_cue(claims, "believes")
    assert text_of(c.claimant) == "A Songhai trader from Gao"
    assert text_of(c.outlet) == "Anadolu"  # the medium's name (C0)
    assert c.actor is not None and c.actor.name != "Anadolu Agency"
    assert seat_of(c.actor).place_name != "Ankara"


def test_people_interviewed_by_a_wire_have_it_as_outlet() -> None:
    c = claim_by_cue(
        claims_of("Survivors interviewed by Anadolu said they had paid smugglers 500 dollars."),
        "said",
    )
    assert (text_of(c.claimant), text_of(c.outlet)) == ("Survivors", "Anadolu")


# --- seats ------------------------------------------------------------------------------------


def test_an_official_at_a_town_airport_sits_in_the_town() -> None:
    claims = placed_claims(
        "TRIPOLI (Reuters) - Arms reached Libya in June.\n\n"
        "A Libyan official at Misrata airport told the panel that the crates were trucked "
        "to Zliten and then to Tripoli."
    )
    c = claim_by_cue(claims, "told")
    assert c.actor is not None and c.actor.organisation is None  # the airport employs no one
    seat = seat_of(c.actor)
    assert (seat.place_name, seat.precision) == ("Misratah", "city")


def test_an_official_at_the_port_of_a_city_sits_in_the_city() -> None:
    claims = placed_claims(
        "TRIPOLI (Reuters) - Arms reached Libya in June.\n\n"
        "A customs officer at the port of Benghazi said the containers came from Izmir."
    )
    assert seat_of(claim_by_cue(claims, "said").actor).place_name == "Benghazi"  # type: ignore[arg-type]


_INTERVIEW = (
    '"No convoys crossed": Sudanese general answers questions on fuel smuggling',
    "Nile Voices, 2026-10-04\n",
    "PORT SUDAN (Nile Voices) — Major General Idris Hamdan commands the 5th Infantry "
    "Division. Traders say that fuel was trucked from Kassala to Gedaref last month. He "
    "spoke to us on Friday in Kassala. The interview has been edited for length.\n"
    "Q: Traders say 300 tankers crossed the border in September. Is that true?\n"
    "A: No. That number is invented. No convoys crossed the border from Kassala in "
    "September.\n"
    "Q: What about the camps?\n"
    "A: There are smugglers everywhere, but my soldiers do not take part in this trade.",
)


def test_an_interviews_headline_speaker_is_the_interviewee_seated_where_he_spoke() -> None:
    claims = wire_story(*_INTERVIEW).claims
    headline = claim_by_cue(claims, "answers")
    answers = [c for c in claims if text_of(c.cue) == "A"]
    assert answers and text_of(answers[0].claimant) == "General Idris Hamdan"
    for c in [headline, *answers]:
        assert c.actor is not None
        assert (c.actor.name, c.actor.country_code) == ("Idris Hamdan", "SD")
        assert seat_of(c.actor).place_name == "Kassala"


def test_a_headline_bare_source_noun_takes_the_bodys_nationality() -> None:
    claims = wire_story(
        "Rhino horns seized in Maputo were bound for Laos, customs say",
        "AFP, 2026-02-10\n",
        "MAPUTO, Mozambique (AFP) — Mozambican customs officers seized 40 kilograms of rhino "
        "horn at Maputo airport on Monday. The horns had been flown in from Beira, a customs "
        "official said.",
    ).claims
    c = claim_by_cue(claims, "say")
    assert c.actor is not None and c.actor.country_code == "MZ"
    assert seat_of(c.actor).place_name == "Maputo"


def test_a_headline_think_tank_is_the_one_the_body_quotes() -> None:
    claims = wire_story(
        "Russian grain moved through Black Sea ports, think tank says",
        "The Daily Star, 2026-05-02\n",
        "BEIRUT (dpa) — Russia shipped stolen grain from Sevastopol to Latakia this year, a "
        "London-based think tank said on Thursday, citing satellite imagery.",
    ).claims
    headline, body = claim_by_cue(claims, "says"), claim_by_cue(claims, "said")
    assert headline.actor == body.actor
    assert seat_of(headline.actor).place_name == "London"  # type: ignore[arg-type]


# --- modality and non-claims ------------------------------------------------------------------


def test_there_is_no_incursion_answering_a_crossing_is_a_denial() -> None:
    found = claims_of(
        "Local officials said about 300 gunmen crossed the border near Kidal last week. "
        '"There is no large-scale incursion into our territory; our army controls the '
        'border," army spokesman Colonel Ali Sow said.'
    )
    assert [c.modality for c in found] == ["asserted", "denied"]


def test_there_is_no_shortage_answers_no_allegation() -> None:
    found = claims_of(
        "Farmers said the rains came late. "
        '"There is no shortage of seed in the region," the agriculture minister said.'
    )
    assert [c.modality for c in found] == ["asserted", "asserted"]


def test_a_whereabouts_passive_is_no_claim_but_a_movement_one_stays() -> None:
    found = claims_of(
        "Two men were arrested in Tallinn on Monday. Ivanov remains at large and is believed "
        "to be in Belarus. The third suspect is believed to be heading to Minsk."
    )
    assert [c.content.text for c in found] == [
        "The third suspect is believed to be heading to Minsk"
    ]
    assert found[0].claimant is None


def test_no_transport_as_a_reason_is_no_denial() -> None:
    found = claims_of(
        "Officials said 300 deportees were bused from Dajabon to the border. "
        '"They walk to Hinche because there is no transport," said Marie Lafont, a '
        "monitor for the group."
    )
    assert [c.modality for c in found] == ["asserted", "asserted"]


def test_a_person_from_a_town_sits_in_the_town() -> None:
    claims = placed_claims(
        "BAMAKO (AP) - Jihadists left Menaka in Mali last month.\n\n"
        "A Songhai trader from Gao, quoted by the Anadolu agency, believes that the fighters "
        "have simply moved to Niger."
    )
    assert seat_of(claim_by_cue(claims, "believes").actor).place_name == "Gao"  # type: ignore[arg-type]

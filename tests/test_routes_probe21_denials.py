"""Probe 21 (routes): which stretch a denial contests. A receiving country's denial
("it had agreed to admit anyone", "no citizen had been admitted at X") contests the legs
that arrive in its territory though its words name no place; "X has not accepted any
migrants from Y" contests the leg arriving in X, not the flight out of Y told as another
route; a sender rebutting a figure of speech ("exporting its crisis to Z") denies no
journey. Articles invented for these tests."""

from __future__ import annotations

import claimmap
from claimmap.export import analysis_json
from claimmap.model import Analysis


def _analysis(text: str) -> Analysis:
    return claimmap.analyze(claimmap.from_text(text))


def _legs(a: Analysis) -> dict[tuple[str, str], list[str]]:
    """(from name, to name) -> claim numbers of every leg (support and denials)."""
    name = {p.id: p.name for p in a.places}
    return {
        (name[leg.from_place], name[leg.to_place]): [c.split(":")[-1] for c in leg.claim_ids]
        for r in a.routes
        for leg in r.legs
    }


def _claim(a: Analysis, words: str) -> str:
    """The number of the one claim whose content holds ``words``."""
    (found,) = [c.id.split(":")[-1] for c in a.claims if words in c.content_text]
    return found


RECEIVER = (
    "Moldova buses Afghan migrants towards Romania\nAFP, 2026-05-04\n"
    "CHISINAU (AFP) — Moldovan police drove about 90 Afghan migrants from Ungheni to the "
    "Romanian city of Iasi on Monday, officials said.\n\n"
    "Romania's Interior Ministry denied that it had agreed to admit anyone. In a statement, "
    "it said no Afghan citizen without a visa had been admitted at the border post outside "
    "Iasi.\n\n"
    "Deputy Interior Minister Ion Rusu rejected accusations that Moldova was exporting its "
    "migration crisis to Romania. He said the transfers were voluntary.\n"
)


def test_the_receiving_country_contests_the_leg_into_it_and_the_sender_does_not() -> None:
    a = _analysis(RECEIVER)
    agreed = _claim(a, "agreed to admit anyone")
    admitted = _claim(a, "had been admitted")
    rebuttal = _claim(a, "migration crisis")
    modality = {c.id.split(":")[-1]: c.modality for c in a.claims}
    assert modality[agreed] == modality[admitted] == modality[rebuttal] == "denied"
    # told by the officials, contested by Romania's two denials, not by Rusu's rebuttal
    assert _legs(a) == {("Ungheni", "Iaşi"): [_claim(a, "drove about 90"), agreed, admitted]}


def test_the_json_lists_the_receiving_denials_as_denied_by() -> None:
    a = _analysis(RECEIVER)
    (leg,) = [leg for r in analysis_json(a)["routes"] for leg in r["legs"]]
    denials = [_claim(a, "agreed to admit"), _claim(a, "admitted at")]
    assert leg["denied_by"] == ["doc:" + c for c in denials]


SPLIT = (
    "Denmark flew Sudanese men to Ghana via Istanbul, charity says\nReuters, 2026-07-09\n"
    "COPENHAGEN (Reuters) — The men were flown from Copenhagen to Istanbul last month, the "
    "charity said. From Istanbul, most were put on connecting flights to Accra, the charity "
    "said.\n\n"
    '"Ghana has not accepted any Sudanese migrants from Denmark," government spokesman '
    "Kwame Mensah told Reuters by phone from Accra.\n"
)


def test_a_receiving_denial_contests_the_arrival_not_the_way_out_of_the_origin() -> None:
    a = _analysis(SPLIT)
    denial = _claim(a, "has not accepted")
    legs = _legs(a)
    contested = sorted(k for k, cs in legs.items() if denial in cs)
    assert contested == [("Istanbul", "Accra"), ("Istanbul", "Ghana")]
    assert legs[("Copenhagen", "Istanbul")] == [_claim(a, "from Copenhagen to Istanbul")]
    assert denial not in legs[("Denmark", "Istanbul")]


NO_PLACE = (
    "Migrants sent by boat to Malta\nAP, 2026-09-14\n"
    "Libyan coastguards took some 60 Eritrean migrants by boat from Zuwara to Valletta last "
    "week, a rescue group said.\n\n"
    "A second boat carried 40 migrants from Zuwara to Lampedusa on Sunday, Italy's "
    "coastguard said.\n\n"
    "Malta's home affairs ministry denied that it had agreed to receive anyone.\n"
)


def test_a_denier_naming_no_place_contests_only_the_legs_into_its_country() -> None:
    a = _analysis(NO_PLACE)
    denial = _claim(a, "agreed to receive anyone")
    legs = _legs(a)
    assert legs == {
        ("Zuwarah", "Valletta"): [_claim(a, "to Valletta"), denial],
        ("Zuwarah", "Lampedusa"): [_claim(a, "to Lampedusa")],  # into Italy, not Malta
    }

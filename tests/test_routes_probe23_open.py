"""Route defects a twenty-third probe left open, each with passages written for these tests
(names, places and wording invented): a denial of a deed done for a journey ("jailed for
leaving the country") contests no leg; "no X had been exported" contests the legs of X and
of the ships that carried it; a border crossed near a named town stops at the town; a
"<Country>'s <town>" slot is the town resolved elsewhere; a one-leg route told finer by
another route folds into it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

import claimmap
from claimmap.model import Movement, Place, PlaceRef, Span
from claimmap.routes_possessed import possessed_towns

Legs = list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]


def _legs(text: str, doc_id: str, title: str = "Report") -> Legs:
    """(from, to, supporting claims, what its denials say) of every leg, by place name, of an
    article file with a title, an outlet line and a dateline (as the probes are written)."""
    folder = Path(tempfile.mkdtemp())
    path = folder / f"{doc_id}.txt"
    path.write_text(f"{title}\nWire News, 2025-06-02\nCITY —\n\n{text}\n", encoding="utf-8")
    a = claimmap.analyze(claimmap.load(path))
    name = {p.id: p.name for p in a.places}
    denied = {c.id.split(":")[-1]: c.content_text for c in a.claims if c.modality == "denied"}
    out = []
    for route in a.routes:
        for leg in route.legs:
            ids = [c.split(":")[-1] for c in leg.claim_ids]
            out.append(
                (
                    name[leg.from_place],
                    name[leg.to_place],
                    tuple(c for c in ids if c not in denied),
                    tuple(denied[c] for c in ids if c in denied),
                )
            )
    return out


def test_denied_detention_for_leaving_contests_no_leg() -> None:
    legs = _legs(
        "Aid workers said hundreds of Sudanese families crossed from Geneina into Chad last "
        "month, walking for days to reach the camps near Adre. The Sudanese interior ministry "
        "has previously denied that Sudanese citizens are jailed for leaving the country.",
        "jailed",
    )
    assert [(a, b, d) for a, b, _, d in legs] == [("Al-Junaynah", "Adré", ())]


@pytest.fixture(scope="module")
def oil() -> Legs:
    return _legs(
        "Ukrainian officials said the tanker Marina carried sunflower oil from Mariupol "
        "through the Kerch Strait to Alexandria last week.\n\n"
        "Kremlin spokesman Dmitry Peskov denied the accusation, saying that no Ukrainian "
        "sunflower oil had been exported from Russian-held ports.",
        "oil",
    )


def test_no_goods_exported_contests_every_leg_of_those_goods(oil: Legs) -> None:
    assert [(a, b) for a, b, _, _ in oil] == [
        ("Mariupol", "Kerch Strait"),
        ("Kerch Strait", "Alexandria"),
    ]
    said = "that no Ukrainian sunflower oil had been exported from Russian-held ports"
    assert all(said in denied for _, _, _, denied in oil)


def test_no_grain_exported_contests_the_freighter_that_carried_it() -> None:
    legs = _legs(
        "The freighter Dilara sailed from Mariupol to Samsun on Friday with a load of looted "
        "wheat, according to Ukrainian intelligence.\n\n"
        "Kremlin spokesman Dmitry Peskov denied the claims, saying that no Ukrainian grain had "
        "been exported from Russian-held ports.",
        "freighter",
    )
    assert [(a, b) for a, b, _, _ in legs] == [("Mariupol", "Samsun")]
    assert "that no Ukrainian grain had been exported from Russian-held ports" in legs[0][3]


def test_border_crossed_near_a_town_stops_at_the_town() -> None:
    legs = _legs(
        "The lorries left Tashkent on Monday and drove north through Shymkent and Taraz, "
        "according to customs records. They were then waved across the Kyrgyz border near "
        "Bishkek and unloaded at depots in Osh, the records show.",
        "lorries",
    )
    assert [(a, b) for a, b, _, _ in legs] == [
        ("Tashkent", "Shymkent"),
        ("Shymkent", "Taraz"),
        ("Taraz", "Bishkek"),
        ("Bishkek", "Osh"),
    ]


def test_headline_hop_folds_into_the_finer_body_hop() -> None:
    legs = _legs(
        "A group of about 60 migrants crossed from Yemen's Hodeidah into southern Saudi "
        "Arabia on Friday and walked on towards Jizan, aid workers said.",
        "fold",
        "Migrants cross from Hodeidah into Saudi Arabia, aid groups say",
    )
    assert [(a, b, s) for a, b, s, _ in legs] == [
        ("Al Ḩudaydah", "Southern Saudi Arabia", ("claim2", "claim1")),
        ("Southern Saudi Arabia", "Jizan", ("claim2",)),
    ]


def _place(pid: str, name: str, kind: str, cc: str, start: int, text: str) -> Place:
    span = Span("d", start, start + len(text), text)
    return Place(pid, "d", name, kind, cc, pid, 0.0, 0.0, (span,))  # type: ignore[arg-type]


def test_country_possessive_slot_is_the_town_named_elsewhere() -> None:
    town = _place("gn:1", "Al Qusayr", "city", "SY", 5, "Qusayr")
    country = _place("country:SY", "Syria", "country", "SY", 40, "Syria")
    slot = PlaceRef(Span("d", 40, 57, "Syria's al-Qusayr"), "country:SY")
    m = Movement("d:m0", "d", Span("d", 30, 37, "crossed"), origin=slot)
    assert possessed_towns(m, [town, country]).origin.place_id == "gn:1"  # type: ignore[union-attr]
    other = _place("gn:2", "Homs", "city", "SY", 5, "Homs")
    assert possessed_towns(m, [other, country]).origin.place_id == "country:SY"  # type: ignore[union-attr]

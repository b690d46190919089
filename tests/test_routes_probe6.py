"""Movements a sixth probe of unseen articles drew as stated routes although the text denies
them: a mover under "no"/"none of", a "the claim that ..." clause judged false, and the same
journey retold (a viral caption, a "Claim:" line) in an article that denies it elsewhere.

Passages written for these tests; places are built by hand (as in test_routes.py), so only
the routes stage is measured, over the real spaCy parse.
"""

from __future__ import annotations

from helpers import Read, read_routes

# name: (id, kind, country code, lat, lon), GeoNames coordinates, rounded
GAZ: dict[str, tuple[str, str, str, float, float]] = {
    "Potosi": ("gn:3907584", "city", "BO", -19.58, -65.75),
    "Arica": ("gn:3899361", "city", "CL", -18.48, -70.3),
    "Santos": ("gn:3449433", "city", "BR", -23.96, -46.33),
    "Rotterdam": ("gn:2747891", "city", "NL", 51.92, 4.48),
    "Kenya": ("country:KE", "country", "KE", 1.0, 38.0),
}


def read(text: str) -> Read:
    return read_routes(text, GAZ)


def test_no_mover_is_a_negated_movement() -> None:
    r = read("Chile's customs office said no Bolivian trucks had driven from Potosi to Arica.")
    assert r.movement("driven").negated
    assert r.routes == []


def test_none_of_the_movers_is_a_negated_movement() -> None:
    r = read("None of the refugees were sent to Kenya, the agency said.")
    assert r.movement("sent").negated


def test_a_claim_judged_false_draws_no_route() -> None:
    r = read("The claim that cargo ships carried ore from Santos to Rotterdam via Arica is untrue.")
    assert r.movement("carried").negated
    assert r.routes == []


def test_a_claim_said_not_to_be_true_draws_no_route() -> None:
    r = read("The story that trucks drove the ore from Potosi to Arica is not true.")
    assert r.movement("drove").negated


def test_a_claim_that_stands_still_draws_the_route() -> None:
    r = read("The claim that trucks drove the ore from Potosi to Arica was confirmed by customs.")
    assert not r.movement("drove").negated
    assert ("Potosi", "Arica", "stated") in r.legs()


def test_a_journey_the_article_denies_is_not_drawn_where_it_is_retold() -> None:
    r = read(
        '"Two freighters left Santos for Rotterdam via Arica on Sunday," the viral caption '
        "reads. The claim that freighters sailed from Santos to Rotterdam via Arica is false."
    )
    assert r.routes == []


def test_an_undenied_journey_next_to_a_denied_one_is_kept() -> None:
    r = read(
        "Freighters sailed from Santos to Rotterdam in May. No freighter sailed from Arica "
        "to Rotterdam, the port said."
    )
    assert r.legs() == {("Santos", "Rotterdam", "stated")}

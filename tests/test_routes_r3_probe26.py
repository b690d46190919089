"""Route defects left open on the twenty-sixth probe, each with passages written for these
tests (names, places and wording invented): "crossed into X and were later taken by truck
to Y" (Y in X) goes on from X when the movers were told to reach X before; a quoted "they"
after "They were trucked to X, where they were handed to networks" is the goods, not the
networks; goods told as made two sentences back lend no start; "denied that grain from Y had
been unloaded there" ends at the place just named; an officer's "the vehicles crossed into
Y" is listed with the stated leg into Y.
"""

from __future__ import annotations

import claimmap

Legs = set[tuple[str, str]]


def _analysis(text: str) -> claimmap.Analysis:
    return claimmap.analyze(claimmap.from_text(text))


def _legs(a: claimmap.Analysis) -> Legs:
    name = {p.id: p.name for p in a.places}
    return {(name[leg.from_place], name[leg.to_place]) for r in a.routes for leg in r.legs}


def _leg(a: claimmap.Analysis, start: str, end: str) -> claimmap.Leg:
    name = {p.id: p.name for p in a.places}
    return next(
        leg
        for r in a.routes
        for leg in r.legs
        if (name[leg.from_place], name[leg.to_place]) == (start, end)
    )


# --- a later stretch inside the country just entered --------------------------------------

_LATER = (
    "Thousands of civilians have fled Nyala for Chad in recent days, aid workers said.\n\n"
    "From the hills the families walked for a week. They crossed into Chad near a small "
    "market village and were later taken by truck to camps around Abeche, the agency said."
)


def test_a_later_stretch_goes_on_from_the_country_entered() -> None:
    a = _analysis(_LATER)
    legs = _legs(a)
    assert ("Chad", "Abéché") in legs
    assert ("Nyala", "Chad") in legs
    assert _leg(a, "Chad", "Abéché").mood == "made"


def test_arriving_at_a_town_in_the_country_still_ends_there() -> None:
    text = (
        "Hundreds of civilians fled Nyala for Chad last week, aid workers said.\n\n"
        "They crossed into Chad, arriving at camps around Abeche, the agency said."
    )
    assert ("Chad", "Abéché") not in _legs(_analysis(text))


# --- "they" going on about the same goods ---------------------------------------------------

_PILLS = (
    "A police official said the tablets had been pressed in workshops near Homs. They were "
    "trucked to Raqqa, where they were handed to local courier gangs, the official "
    'said. "From the river crossings they go by boat, and then they are driven to the '
    'Iraqi border," he added.'
)


def test_a_quoted_they_is_the_goods_not_the_gangs_they_were_handed_to() -> None:
    a = _analysis(_PILLS)
    driven = next(m for m in a.movements if m.trigger.text == "driven")
    assert driven.mover is not None and driven.mover.text == "tablets"
    legs = _legs(a)
    assert ("Homs", "Ar Raqqah") in legs
    assert ("Homs", "Iraq") not in legs  # the making is two sentences back
    assert ("Ar Raqqah", "Iraq") in legs


# --- "unloaded there" ---------------------------------------------------------------------

_THERE = (
    "Bulk carriers took wheat from Mariupol to Sidon this year, records show.\n\n"
    "A harbour official at Sidon port denied that any grain from Mariupol had been unloaded "
    'there. "Every cargo is inspected," the official said.'
)


def test_unloaded_there_ends_at_the_place_named_before_not_the_goods_origin() -> None:
    a = _analysis(_THERE)
    unloaded = next(m for m in a.movements if m.trigger.text == "unloaded")
    assert unloaded.destination is not None and unloaded.destination.span.text == "Sidon"
    assert unloaded.origin is not None and unloaded.origin.span.text == "Mariupol"
    leg = _leg(a, "Mariupol", "Sidon")
    assert unloaded.claim_id in leg.claim_ids  # the denial is listed with the leg


def test_unloaded_with_no_there_has_no_end_from_the_sentence() -> None:
    text = "A harbour official at Sidon port said the grain from Mariupol had been unloaded."
    a = _analysis(text)
    assert not any(m.trigger.text == "unloaded" and m.destination for m in a.movements)


# --- a crossing told by another teller ----------------------------------------------------

_CROSSING = (
    "09:10 GMT — The news site Fezzan Today says a second group of about 20 trucks left "
    "Tobruk on Tuesday and is following the same route through Egypt.\n\n"
    "09:40 GMT — A police officer at a checkpoint near the border told AFP the trucks "
    'crossed into Egypt on Wednesday night. "They did not stop," he said.'
)


def test_a_crossing_told_alone_is_listed_with_the_stated_leg_into_that_country() -> None:
    a = _analysis(_CROSSING)
    crossed = next(m for m in a.movements if m.trigger.text == "crossed")
    leg = _leg(a, "Tobruk", "Egypt")
    assert crossed.claim_id is not None
    assert crossed.claim_id in leg.claim_ids
    assert len(leg.claim_ids) == 2

"""Route defects of the twenty-seventh probe handled by helper AR2, each pinned with passages
written for these tests (names, places and wording invented):

- "<denier> denied any such trade": a bare denial of the trade the article alleges contests
  the legs into or out of the denier's country;
- a plan stopped before it began ("a second boat, which was to sail from N, was stopped
  before it could leave") is no start of the next boat's trip ("The boat then continued
  towards Y");
- a fact-check's denial that names its end only as "the frontier" answers the alleged leg
  that reached the border.
"""

from __future__ import annotations

import claimmap
from claimmap.model import Movement, Span
from claimmap.routes_denial_bare import any_movement
from claimmap.routes_halted_plans import halted_plan

Legs = dict[tuple[str, str], list[str]]


def _legs(text: str) -> Legs:
    """(from name, to name) → the modalities of the claims listed on the leg."""
    a = claimmap.analyze(claimmap.from_text(text, doc_id="p27ar2"))
    name = {p.id: p.name for p in a.places}
    modality = {c.id: c.modality for c in a.claims}
    return {
        (name[leg.from_place], name[leg.to_place]): [modality[c] for c in leg.claim_ids]
        for r in a.routes
        for leg in r.legs
    }


# --- "denied any such trade" ---------------------------------------------------------------


def test_any_such_trade_is_a_bare_denial_of_movement() -> None:
    assert any_movement("any such trade")
    assert any_movement("any such shipments")
    assert not any_movement("any involvement")
    assert not any_movement("any such trade with Ruritania's neighbours in 2020")


def test_a_country_denying_any_such_trade_contests_the_leg_into_it() -> None:
    legs = _legs(
        "Officials said timber was shipped from Matadi to Luanda. Angola denied any such shipments."
    )
    assert legs[("Matadi", "Luanda")] == ["asserted", "denied"]


def test_a_government_denying_any_such_trade_contests_its_own_legs() -> None:
    legs = _legs(
        "Officials said the ivory was taken from Kisumu to Mombasa. The Kenyan government "
        "denied any such trade."
    )
    assert legs[("Kisumu", "Mombasa")] == ["asserted", "denied"]


def test_denying_any_involvement_contests_no_leg() -> None:
    legs = _legs(
        "Officials said timber was shipped from Matadi to Luanda. Angola denied any involvement."
    )
    assert legs[("Matadi", "Luanda")] == ["asserted"]


# --- a plan stopped before it began -------------------------------------------------------------

_SECOND_BOAT = (
    "The trawler left Galle on June 3 with 60 people aboard, the navy said. A second boat, "
    "which was to sail from Trincomalee with about 30 people, was stopped before it could "
    "leave. On June 20 the trawler was spotted near Mauritius, police said. The boat then "
    "continued west towards Mayotte."
)


def test_a_boat_stopped_before_it_could_leave_starts_no_later_trip() -> None:
    legs = _legs(_SECOND_BOAT)
    assert ("Trincomalee", "Mayotte") not in legs
    assert ("Galle", "Mayotte") in legs  # the trawler's own trip still goes on


def test_a_plan_alone_stopped_before_it_could_leave_joins_nothing() -> None:
    legs = _legs(
        "A second boat, which was to sail from Trincomalee with about 30 people, was stopped "
        "before it could leave. The boat then continued west towards Mayotte."
    )
    assert ("Trincomalee", "Mayotte") not in legs


def _plan(text: str, trigger: str, mood: str = "intended") -> Movement:
    at = text.index(trigger)
    return Movement(
        id="m",
        doc_id="d",
        trigger=Span("d", at, at + len(trigger), trigger),
        sentence=Span("d", 0, len(text), text),
        mood=mood,  # type: ignore[arg-type]
    )


def test_halted_plans_are_told_by_their_own_sentence() -> None:
    stopped = "A second boat, which was to sail from N, was stopped before it could leave."
    assert halted_plan(_plan(stopped, "sail"), stopped)
    called_off = "A flight that was to leave from N was called off at the last minute."
    assert halted_plan(_plan(called_off, "leave"), called_off)
    dropped = "The gang planned to ship fuel from N to Q but dropped the idea."
    assert halted_plan(_plan(dropped, "ship"), dropped)
    going = "A second boat was to sail from N with 40 people next week."
    assert not halted_plan(_plan(going, "sail"), going)
    made = "The boat sailed from N and was stopped before it could land at Q."
    assert not halted_plan(_plan(made, "sailed", mood="made"), made)


# --- a denial of movers brought "to the frontier" ------------------------------------------------


def test_a_denial_of_migrants_brought_to_the_frontier_contests_the_border_leg() -> None:
    legs = _legs(
        "A post on Telegram claimed that 200 migrants were flown from Ankara to Minsk and "
        "bused to the Lithuanian border at Medininkai. The Belarusian border committee "
        "denied that any migrants were being brought to the frontier."
    )
    assert legs[("Ankara", "Minsk")] == ["alleged"]
    border = [k for k in legs if k[0] == "Minsk"]
    assert border and all("denied" in legs[k] for k in border)

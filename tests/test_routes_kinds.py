"""One table of mover kinds serves the grouping of movements into routes and the reading
of what a denial is about, so the two never disagree on what a word names."""

from __future__ import annotations

import pytest

from claimmap.routes_denial_scope import one_kind as _kind
from claimmap.routes_denial_scope import route_kind as _route_kind
from claimmap.routes_kinds import kind_of, kinds_in


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("militiamen", "armed"),
        ("fighters", "armed"),
        ("children", None),  # a part of the movers told ("many of them children")
        ("evacuees", "displaced"),
        ("asylum-seekers", "displaced"),
        ("shells", "materiel"),
        ("explosives", "materiel"),
        ("warheads", "materiel"),
        ("tankers", "vessels"),
        ("grain", "goods"),
        ("diplomats", None),
    ],
)
def test_kind_of_a_word(word: str, kind: str | None) -> None:
    assert kind_of(word) == kind


def test_kinds_in_a_phrase_read_every_word() -> None:
    assert kinds_in("no arms or fighters crossed, he said.") == {"materiel", "armed"}
    assert kinds_in("No one crossed the border") == set()


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("no explosives have crossed our border", "materiel"),
        ("its ships had carried rifles to the port", "materiel"),  # the cargo, not the craft
        ("no refugees were taken across the border", "displaced"),
        ("no arms or fighters crossed our border", None),  # two kinds: answers every route
        ("nothing crossed our border", None),
    ],
)
def test_the_kind_a_denial_speaks_of(content: str, kind: str | None) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("the shipment held no weapons", "materiel"),  # what holds them gives way
        ("no cargo left the port", "goods"),  # nothing else named: the cargo itself
    ],
)
def test_what_holds_the_movers_gives_way_in_a_denial(content: str, kind: str) -> None:
    assert _kind(content) == kind


@pytest.mark.parametrize(
    ("mover", "kind"),
    [
        ("fighters", "armed"),
        ("rifles", "materiel"),
        ("cargo", None),  # a cargo may be weapons: any denial may answer it
        ("shipments", None),
        ("tankers", None),
        (None, None),
    ],
)
def test_the_kind_of_a_route_a_denial_may_answer(mover: str | None, kind: str | None) -> None:
    assert _route_kind(mover) == kind

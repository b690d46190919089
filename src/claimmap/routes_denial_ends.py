"""Which end of a journey a denial without a movement of its own speaks of.

"Zambia had no record of cobalt entering under a copper label" answers journeys *into*
Zambia, not the trucks leaving it for Tanzania; "it had agreed to accept deportees from
Israel", said by Rwanda's government, answers journeys from Israel *to Rwanda*, not
flights from Israel to Uganda. A denial contests the legs it names or none: a place told
after "from" is a start, after "into"/"to" an end; a place with no such word is the end
of an entering or receiving verb ("entering", "accept") and the start of a leaving one
("left", "exported"); a denier speaking of itself ("it had agreed", "we sent") is the
other end. :mod:`claimmap.routes_contested` then lists the denial on the stretch between
those ends (:func:`claimmap.routes_contested._stretch`).

A receiving denial speaks of the end where the movers arrive: "Ruritania has not taken in
any refugees from Borduria" contests the leg that arrives in Ruritania even when the way
from Borduria is told as two routes, and "the ministry denied it had agreed to admit
anyone", said by a country's ministry naming no place, contests the legs into that
country (:func:`receiving_end`).
"""

from __future__ import annotations

import re

from claimmap.model import Claim, Place

#: the words just before a place that make it a start or an end: "from X", "into X"
_FROM = re.compile(r"\b(?:from|out\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_INTO = re.compile(r"\b(?:into|to|towards?|onto)\s+(?:the\s+)?$", re.IGNORECASE)

#: verbs of coming in (their place is where the movers arrive) and of going out
_ENTERING = re.compile(
    r"\b(?:enter\w*|arriv\w*|reach\w*|accept\w*|receiv\w*|admit\w*|import\w*|landed|"
    r"landing|took\s+in|taking\s+in|take\s+in)\b",
    re.IGNORECASE,
)
_LEAVING = re.compile(r"\b(?:left|leav\w*|export\w*|depart\w*)\b", re.IGNORECASE)

#: the denier as the subject of what it denies: "(that) it had agreed", "we sent"
_ITSELF = re.compile(r"^\W*(?:that\s+)?(?:it|we|they)\b", re.IGNORECASE)
#: the denier's country as the place movers came to: "had landed in the country"
_THE_COUNTRY = re.compile(
    r"\b(?:in|into|to|on)\s+(?:the|this|our)\s+(?:country|territory|soil)\b", re.IGNORECASE
)


def denied_ends(
    claim: Claim, named: list[str], by_id: dict[str, Place], text: str
) -> tuple[list[str], list[str]]:
    """The starts and ends of the journeys a denial speaks of, among the places it
    ``named`` (and its denier's country); both empty when it tells no direction."""
    said = claim.content_text
    entering, leaving = bool(_ENTERING.search(said)), bool(_LEAVING.search(said))
    starts: list[str] = []
    ends: list[str] = []
    for pid in named:
        role = _role(by_id[pid], claim, text)
        if role is None and entering != leaving:
            role = "end" if entering else "start"
        if role == "start":
            starts.append(pid)
        elif role == "end":
            ends.append(pid)
    if not starts and not ends:
        return [], []
    home = _home(claim, by_id)
    if home is not None and home not in starts and home not in ends and _ITSELF.search(said):
        (ends if starts and not ends else starts if ends and not starts else []).append(home)
    return starts, ends


#: words for people taken in, beside the kinds of movers: "admit anyone", "no citizen"
_PEOPLE = re.compile(
    r"\b(?:any(?:one|body)|no(?:body|\s+one)|some(?:one|body)|citizens?|nationals?|"
    r"individuals?|people|persons?)\b",
    re.IGNORECASE,
)


def receiving(said: str) -> bool:
    """Is ``said`` about movers coming in ("had been admitted", "accept deportees") and not
    about movers leaving too?"""
    return bool(_ENTERING.search(said)) and not _LEAVING.search(said)


#: verbs of the movers getting somewhere themselves, not of a receiver taking them in
_GETTING_THERE = re.compile(r"^(?:reach\w*|arriv\w*|enter\w*|landed|landing)$", re.IGNORECASE)


def got_there(trigger: str) -> bool:
    """Is the denied movement told as the movers getting there ("no grain from X had
    reached Y"), not as a receiver taking them in ("has not received migrants from X")?
    With both ends named it denies the whole way from X, not only the arrival."""
    return bool(_GETTING_THERE.match(trigger.strip()))


def names_people(said: str) -> bool:
    """Does ``said`` speak of people taken in with a word no mover kind lists ("anyone",
    "no Venezuelan citizen")?"""
    return bool(_PEOPLE.search(said))


def receiving_end(claim: Claim, named: list[str], by_id: dict[str, Place], text: str) -> list[str]:
    """Where the movers of a receiving denial arrive: the places it names as ends
    ("Ruritania has not received ..."), else the denier's own country when it speaks of
    itself ("it had agreed to receive anyone") or of "the country" ("no aircraft had landed
    in the country"); empty for any other denial."""
    said = claim.content_text
    if not receiving(said):
        return []
    ends = [pid for pid in named if _role(by_id[pid], claim, text) in (None, "end")]
    if ends:
        return ends
    home = _home(claim, by_id)
    ours = _ITSELF.search(said) or _THE_COUNTRY.search(said)
    return [home] if home is not None and ours else []


def _role(place: Place, claim: Claim, text: str) -> str | None:
    """ "start" when every mention of ``place`` in the claim's content follows "from", "end"
    when each follows "into"/"to", else None."""
    span = claim.content
    roles = set()
    for mention in place.mentions:
        if not span.start <= mention.start < span.end:
            continue
        before = text[max(span.start, mention.start - 20) : mention.start]
        roles.add("start" if _FROM.search(before) else "end" if _INTO.search(before) else None)
    return roles.pop() if len(roles) == 1 else None


def _home(claim: Claim, by_id: dict[str, Place]) -> str | None:
    """The place id of the denier's country, when the places know it."""
    code = claim.actor.country_code if claim.actor is not None else None
    if not code:
        return None
    return next(
        (pid for pid, p in by_id.items() if p.kind == "country" and p.country_code == code), None
    )

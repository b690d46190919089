"""People told again by a word with no kind of its own, in one story of their journey.

"Ali Musa, from X, said he had travelled by bus from A to B. 'Then the smugglers put
thirty of us on a truck,' he said. The group was taken across the border to C. Several
survivors said they were later moved on to D." The group, the survivors (and "they",
read as the survivors) are the travellers whose journey the story is telling: a word
that names a gathering of people but no kind of mover ("group", "survivors", "party")
goes on with the nearest people told moving just before — movers of the "displaced"
kind, a person named by name (the teller of his own journey) or another such gathering.
Never "another group" or "a second group", which are new movers, and never after a kind
of mover that is no people (weapons, ships, fighters: "the group" after fighters is an
armed group, told apart by its own words).

Read by :func:`claimmap.routes_groups.groups`; :mod:`claimmap.movement_join_last` trusts
that grouping for a gathering (its movers are those told before, whatever their words)
and asks :func:`gone_on_only` whether an end-only movement still lacks its own leg.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimmap.model import Leg, Movement
from claimmap.movement_stops import slot_ids

#: words naming people gathered on a journey, but no kind of mover
_GATHERED = frozenset({"group", "party", "survivor", "survivors"})
#: gatherings named in the singular: "the group", "the party"
_ONE_GATHERING = frozenset({"group", "party"})
#: the definite article right before the head: "the group", "this group"
_THE = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)
#: how far back (in characters, trigger to trigger) the people told before may be
_STORY_CHARS = 700
#: a gathering told as other than the one before: "another group", "a second party"
_OTHER = re.compile(
    r"\b(?:another|other|second|third|new|separate|fresh|different|rival|armed|militant)"
    r"\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: a person's name: two to four capitalised words ("Mamadou Diallo", "Ana de Souza")
_PERSON = re.compile(r"^[A-Z][\w'’-]+(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’-]+){1,3}$")


def gathered(m: Movement, text: str) -> bool:
    """Is ``m``'s mover a gathering of people with no kind of its own ("the group",
    "several survivors"), not told as another one? "The group" and "the party" only as
    one definite gathering: "some of the groups" are many, not the teller's party."""
    if m.mover is None:
        return False
    words = m.mover.text.lower().split()
    if not words or words[-1] not in _GATHERED:
        return False
    before = text[max(0, m.mover.start - 30) : m.mover.end - len(words[-1])]
    if words[-1] in _ONE_GATHERING and _THE.search(before) is None:
        return False
    return _OTHER.search(before) is None


def story_people(
    m: Movement, movements: Sequence[Movement], keys: dict[str, str | None], text: str
) -> str | None:
    """The group key of the people ``m``'s gathering of travellers goes on with: the
    nearest movement told before it (within :data:`_STORY_CHARS`) whose movers are people
    (the "displaced" kind, a person's name, or a gathering too), else None."""
    if not text or not gathered(m, text):
        return None
    before = [
        p
        for p in movements
        if p.trigger.start < m.trigger.start
        and m.trigger.start - p.trigger.start <= _STORY_CHARS
        and p.sentence != m.sentence
        and not p.negated
        and keys.get(p.id) is not None
    ]
    for p in sorted(before, key=lambda p: -p.trigger.start):
        key = keys[p.id]
        if key == "displaced" or _named_person(p) or gathered(p, text):
            return key
    return None


def _named_person(m: Movement) -> bool:
    """Is ``m``'s mover a person's name (a traveller telling his own journey)?"""
    return m.mover is not None and _PERSON.match(m.mover.text) is not None


def gone_on_only(
    m: Movement, legs: Sequence[Leg], canon: dict[str, str], told: Sequence[Movement], text: str
) -> bool:
    """Did ``m`` (told with an end only) make no leg of its own, its end only the start
    of legs told in a later sentence ("they were later moved to D. From there, they were
    driven to E": D → E lists both movements, but nothing yet says where they reached D
    from)? Not when its own sentence goes on from D ("they go back to D, and they take
    the road to E"): that is one telling, read as a whole, unless told of a gathering
    whose story goes on ("the group was taken to D before reaching E")."""
    ends = set(slot_ids(m.destination, canon))
    mine = [leg for leg in legs if m.id in leg.movement_ids]
    if not ends or not any(leg.from_place in ends for leg in mine):
        return False
    if any(leg.to_place in ends for leg in mine):
        return False
    apart = gathered(m, text)  # the story's own group: its sentence may go on
    later = {
        x.id
        for x in told
        if (apart or x.sentence != m.sentence) and x.trigger.start > m.trigger.start
    }
    return all(set(leg.movement_ids) & later for leg in mine)


#: a clause opened by the rest of the movers told before: "Others ended up in X"
_REST_OPENING = re.compile(
    r"^[\s\"“‘']*(?:(?:and|but|while)\s+)?(?:the\s+)?(?:others|rest|remainder)\b(?:\s+of\s+them)?"
    r"(?:\s+(?:were|had|have|then|later))*\s*$",
    re.IGNORECASE,
)


def rest_opening(m: Movement, text: str) -> bool:
    """Is ``m`` told of "others" or "the rest" opening its sentence ("Some were sent to A.
    Others ended up in B"), its mover read as the movers named before ("children")?"""
    if m.sentence is None or m.mover is None or m.mover.start >= m.sentence.start:
        return False
    return _REST_OPENING.match(text[m.sentence.start : m.trigger.start]) is not None

"""What a denial that names no end still tells about the journeys it answers.

Five readings :mod:`claimmap.routes_contested` applies to denials without a movement of
their own:

* the same deed: "the spokesman denied that any boat had been pushed back" names no place,
  but it denies the very deed a leg was told by ("the boat was pushed towards X"), so it
  contests the legs of that deed, when it speaks of movers of a kind the route may carry
  (:func:`deed_legs`);
* a presence denied: "there are no foreign fighters in X" denies that the movers arrived in
  X, like "none entered X" (:func:`presence`);
* the land a state holds beyond its borders: "the new regions of the Russian Federation"
  are not inside the country the gazetteer draws, they are where the legs out of it end
  (:func:`held_beyond`);
* a bare rebuttal: "the embassy rejected the account." contests what its denier's next
  words deny (:func:`echoes`);
* the way through the air: "no drone entered our airspace" speaks of fliers, not of the
  ships or trucks a route moves on the ground, which carry no drone across a sky
  (:func:`by_air`, :func:`grounded`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from claimmap.claims_cues import words
from claimmap.model import Claim, Movement, Place, Route
from claimmap.routes_denial_ends import names_people
from claimmap.routes_kinds import kind_of, kinds_in

#: "there are no workers in X", "there were never any troops in X"
_PRESENCE = re.compile(
    r"\bthere\s+(?:are|were|is|was|have\s+been|has\s+been)\s+"
    r"(?:no|none|not\s+any|never\s+(?:been\s+)?any)\b",
    re.IGNORECASE,
)

#: what "there is no ..." denies when it denies no movers: "there are no plans to send troops"
_NOT_MOVERS = words("""
    plan plans sign signs evidence proof indication indications record records report reports
    ground grounds reason reasons need talks question doubt information data details
    intention intentions decision decisions agreement agreements change changes
    """)

#: "the new regions of X": land X holds and calls its own beyond the borders drawn
_HELD = re.compile(r"\bnew\s+(?:regions?|territories|lands|subjects)\s+of\s+(?:the\s+)?$", re.I)

#: movers that fly themselves, and the sky as the way: a flier is no ship's cargo
_FLIERS = words(
    "drone uav aircraft plane airplane aeroplane jet helicopter airliner flight missile rocket"
)
_AIRSPACE = re.compile(r"\bair\s*space\b", re.IGNORECASE)
#: movers that keep to the ground or the water
_GROUND_CARRIERS = words("truck lorry convoy bus train wagon car vehicle van column caravan")

#: endings stripped to compare a deed's words: "pushed", "pushing", "pushes" → "push"
_ENDINGS = ("ing", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude stem of a regular verb form, enough to tell "pushed" from "towed"."""
    w = word.lower().strip(".,;:!?'’\"()")
    for end in _ENDINGS:
        if w.endswith(end) and len(w) - len(end) >= 3:
            w = w[: -len(end)]
            break
    return w[:-1] if len(w) > 3 and w[-1] == w[-2] else w  # "stopped" → "stop"


def deed_legs(route: Route, claim: Claim, told: Mapping[str, Movement]) -> list[int]:
    """The legs of ``route`` told by a deed ``claim`` denies by its own verb ("denied that
    any boat had been pushed back" and "the boat was pushed towards X")."""
    words = _verbs(claim.content_text)
    picks = []
    for i, leg in enumerate(route.legs):
        deeds = [told[m].trigger.text for m in leg.movement_ids if m in told]
        if any(stem(d.split()[0]) in words for d in deeds if d.split()):
            picks.append(i)
    return picks


#: words a verb of the deed follows: "had been pushed", "never towed", "they sent"
_BEFORE_VERB = words(
    "had has have was were been be being is are not never n't it they we he she who"
)


def _verbs(said: str) -> set[str]:
    """The stems of the words ``said`` uses as verbs: after an auxiliary, a negation or a
    pronoun ("had been pushed back"), or first ("towing any boat"); not a noun like "at any
    crossing"."""
    words = [w.strip(".,;:!?'’\"()").lower() for w in said.split()]
    words = [w for w in words if w]
    if words and words[0] == "that":
        words = words[1:]
    return {
        stem(w)
        for n, w in enumerate(words)
        if (n == 0 and w.endswith("ing")) or (n > 0 and words[n - 1] in _BEFORE_VERB)
    }


def presence(said: str) -> bool:
    """Does ``said`` deny that movers are somewhere ("there are no workers in X"), not some
    plan or sign ("there are no plans to send troops")?"""
    for m in _PRESENCE.finditer(said):
        before = re.split(r"\b(?:in|at|on|inside|anywhere)\b", said[m.end() :], maxsplit=1)[0]
        words = [w.strip(".,;:'’\"").lower() for w in before.split()[:5]]
        nouns = [w for w in words if w in _NOT_MOVERS or kind_of(w) or flies(w)]
        if nouns and nouns[0] in _NOT_MOVERS:
            continue  # "there are no plans to send troops": no movers denied
        if nouns or names_people(before) or words:
            return True  # "there are no Uzbek labourers in X": some movers
    return False


def held_beyond(place: Place, claim: Claim, text: str) -> bool:
    """Is ``place`` named in the claim's content as land it holds beyond its borders ("the new
    regions of the Russian Federation")?"""
    span = claim.content
    return any(
        span.start <= m.start < span.end
        and _HELD.search(text[max(span.start, m.start - 40) : m.start])
        for m in place.mentions
    )


def by_air(said: str) -> bool:
    """Does ``said`` speak of fliers or the sky ("no drone entered its airspace") and of no
    ship or truck that might carry them?"""
    words = [w.strip(".,;:!?'’\"()").lower() for w in said.split()]
    if any(_carrier(w) for w in words):
        return False
    return bool(_AIRSPACE.search(said)) or any(_flier(w) for w in words)


def names_movers(said: str) -> bool:
    """Does a denial say what moved: a kind of movers, people, or a flier?"""
    return bool(kinds_in(said)) or names_people(said) or flies(said)


def flies(said: str) -> bool:
    """Does ``said`` name a flier as what moved ("no aircraft had landed")?"""
    return any(_flier(w.strip(".,;:!?'’\"()").lower()) for w in said.split())


def grounded(mover: str | None) -> bool:
    """Are a route's movers ships or trucks, which a flier denied does not answer?"""
    if mover is None:
        return False
    return any(_carrier(w.strip(".,;:!?'’\"()").lower()) for w in mover.split())


def _flier(word: str) -> bool:
    return word in _FLIERS or word.rstrip("s") in _FLIERS


def _carrier(word: str) -> bool:
    if word in _GROUND_CARRIERS or word.rstrip("s") in _GROUND_CARRIERS:
        return True
    return kind_of(word) == "vessels"


#: a content that only names the claim it rebuts: "rejected the account", "denied the reports"
_SUMMED = re.compile(
    r"^\W*(?:the|these|those|this|that|such|all|its|their)?\s*(?:\w+\s+)?"
    r"(?:account|report|claim|allegation|accusation|charge|assertion|story|version)s?\W*$",
    re.IGNORECASE,
)


def summed(said: str) -> bool:
    """Is ``said`` only a noun for a claim rebutted ("the account", "the media reports")?"""
    return bool(_SUMMED.match(said))


def echoes(claims: Sequence[Claim]) -> list[tuple[str, str]]:
    """(bare rebuttal, the words that spell it out): "the embassy rejected the account." is
    followed by what it denies ("There are no workers in X," the embassy said), and contests
    what those words contest."""
    out = []
    for n, claim in enumerate(claims):
        if claim.modality != "denied" or claim.actor is None or not summed(claim.content_text):
            continue
        nxt = [
            c for c in claims[n + 1 : n + 3] if c.modality == "denied" and c.actor == claim.actor
        ]
        if nxt:
            out.append((claim.id, nxt[0].id))
    return out

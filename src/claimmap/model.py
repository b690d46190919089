"""The data every stage passes on: frozen dataclasses, each carrying its provenance.

Every object that comes from a text holds ``doc_id`` and character offsets
``[start, end)`` into ``Document.text``, so any dot on a map can be traced back to
the sentence that put it there. ``to_dict`` gives plain JSON-ready dicts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

PlaceKind = Literal[
    "city", "admin1", "admin2", "country", "disputed", "region", "area", "facility", "water"
]
PLACE_KINDS: tuple[str, ...] = (
    "city",
    "admin1",
    "admin2",
    "country",
    "disputed",
    "region",
    "area",
    "facility",
    "water",
)
#: "nationality": a country named only by the nationality of people ("Eritrean migrants"),
#: where they come from, not a location of the story
PlaceRole = Literal["location", "actor", "nationality"]
#: "published": no date phrase on the attribution, so the claim is dated by the article's
#: publication (the latest day it can have been made), an inference, not a stated date
DatePrecision = Literal["day", "week", "month", "year", "published", "unknown"]
Modality = Literal["asserted", "alleged", "denied", "hedged"]
Bound = Literal["exact", "at_least", "at_most", "approx"]
LegStatus = Literal["stated", "inferred"]
#: how the text tells a movement: as made, as only possible, or as meant for later; a leg
#: only deniers tell ("X denied that ships sailed from A to B", no one alleging it) is
#: "denied" (a movement never is: see :func:`claimmap.routes_denials.denied_mood`)
Mood = Literal["made", "possible", "intended", "denied"]
ActorKind = Literal["person", "organisation", "government", "country", "outlet", "unknown"]


@dataclass(frozen=True)
class Document:
    """An article: its text and what is known about where it came from."""

    id: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    url: str | None = None
    lang: str = "en"
    source_path: str | None = None


@dataclass(frozen=True)
class Span:
    """A stretch ``text == document.text[start:end]`` of a document."""

    doc_id: str
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end}) in {self.doc_id!r}")

    def as_pair(self) -> list[int]:
        return [self.start, self.end]

    def overlaps(self, other: Span) -> bool:
        return self.doc_id == other.doc_id and self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.doc_id == other.doc_id and self.start <= other.start and other.end <= self.end


#: A place name as written in the text.
Mention = Span


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry offered for a name, with the reasons for its rank."""

    # "gn:<geonameid>", "country:<ISO2>", "admin1:<CC>.<code>", "disputed:<slug>",
    # "region:<slug>", "area:<direction>:<ISO2>"
    source_id: str
    name: str
    matched_name: str
    kind: PlaceKind
    country_code: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int = 0
    geonameid: int | None = None
    has_geometry: bool = False
    score: float = 0.0
    fuzzy: bool = False
    why: tuple[str, ...] = ()


@dataclass(frozen=True)
class Place:
    """A resolved place of one document, with every mention that names it."""

    id: str  # unique within the analysis, e.g. "gn:170063"
    doc_id: str
    name: str
    kind: PlaceKind
    country_code: str | None
    source_id: str
    lat: float
    lon: float
    mentions: tuple[Span, ...]
    geonameid: int | None = None
    role: PlaceRole = "location"
    confidence: float = 0.0
    has_geometry: bool = False
    evidence: tuple[str, ...] = ()
    #: how each mention names the place, aligned with ``mentions``: "name" (a toponym),
    #: "demonym" ("Syrian"), "area" ("northern Syria"), "descriptor" ("the Azerbaijani
    #: capital") or "coref" ("the disputed region"); empty means all "name"
    mention_forms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Unresolved:
    """A mention that looked like a place but could not be placed, and why."""

    mention: Span
    reason: str


@dataclass(frozen=True)
class Actor:
    """Who stands behind a claim, normalised.

    "Jane Doe, director of the country's spy agency" → person Doe, organisation, country.
    """

    name: str
    kind: ActorKind = "unknown"
    organisation: str | None = None
    country_code: str | None = None
    role: str | None = None  # title that places the speaker: "president", "director"
    #: a city or region its phrase states ("an official in Yangon" → "Yangon"), or where it
    #: spoke, written "spoke in Tbilisi" ("told reporters in Tbilisi"), a weaker seat
    located: str | None = None


@dataclass(frozen=True)
class Quantity:
    """A number in a claim: "at least 64 militants" → 64, at_least, militants."""

    span: Span
    value: float
    bound: Bound = "exact"
    unit: str | None = None


@dataclass(frozen=True)
class Claim:
    """An attributed statement: who (claimant) says (cue) what (content), through which outlet."""

    id: str
    doc_id: str
    content: Span
    claimant: Span | None = None
    actor: Actor | None = None
    cue: Span | None = None
    outlet: Span | None = None
    date: date | None = None
    date_precision: DatePrecision = "unknown"
    date_span: Span | None = None
    modality: Modality = "asserted"
    quantities: tuple[Quantity, ...] = ()
    place_ids: tuple[str, ...] = ()
    sentence: Span | None = None
    #: "report" (speech, belief, intention, evaluation, document: may support a movement)
    #: or "stance" (an agent's attitude, "X is critical of Y": shown, never a movement's claim)
    #: or "non_answer" (a refusal or a silence, "did not say whether ...": no content claim)
    kind: str = "report"
    #: the speaker's own words when the attribution interrupts the quotation ('"A," he
    #: said. "B."'): the two quotations, in order; empty when ``content`` is all theirs
    content_parts: tuple[Span, ...] = ()
    #: the reporter's caveats on the claim ("…, a claim that rights groups could not
    #: verify", "Reuters could not independently verify the figures"): the claim stands
    #: unchecked by the outlet; the speaker's modality is left as the speaker put it
    caveats: tuple[Span, ...] = ()

    @property
    def content_text(self) -> str:
        """What the claimant said, without an attribution that interrupts it."""
        if not self.content_parts:
            return self.content.text
        return " … ".join(p.text for p in self.content_parts)


@dataclass(frozen=True)
class PlaceRef:
    """A slot of a movement: the words in the text and the place they resolve to, if any."""

    span: Span
    place_id: str | None = None
    #: further places coordinated in the same slot ("from X and Y"), in text order
    other_place_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Movement:
    """One alleged movement event: trigger, mover, origin → transit → destination."""

    id: str
    doc_id: str
    trigger: Span
    mover: Span | None = None
    origin: PlaceRef | None = None
    transit: tuple[PlaceRef, ...] = ()
    destination: PlaceRef | None = None
    claim_id: str | None = None
    quantity: Quantity | None = None
    sentence: Span | None = None
    #: the text says it did not happen ("did not send", "denied sending")
    negated: bool = False
    #: told as made, as only possible ("may have crossed") or as meant ("plans to send")
    mood: Mood = "made"
    #: when it happened or is meant to: the date phrase on the trigger ("moved to X last
    #: week"), resolved against publication (see :mod:`claimmap.movement_dates`)
    date: date | None = None
    date_precision: DatePrecision = "unknown"
    date_span: Span | None = None


@dataclass(frozen=True)
class Leg:
    """One hop of a route between two resolved places."""

    from_place: str
    to_place: str
    status: LegStatus = "stated"
    claim_ids: tuple[str, ...] = ()
    movement_ids: tuple[str, ...] = ()
    distance_km: float | None = None
    evidence: tuple[Span, ...] = ()
    #: the surest mood of the movements behind the leg (see :mod:`claimmap.movement_mood`)
    mood: Mood = "made"
    #: the days its dated movements span: from the first day of the earliest one's window
    #: to the last day of the latest one's, at the coarsest precision among them
    #: (see :mod:`claimmap.routes_dates`); None when no movement behind it is dated
    date_start: date | None = None
    date_end: date | None = None
    date_precision: DatePrecision = "unknown"


@dataclass(frozen=True)
class Route:
    """The legs one mover allegedly travelled, merged over the article's movements."""

    id: str
    doc_id: str
    legs: tuple[Leg, ...]
    mover: str | None = None


@dataclass(frozen=True)
class Analysis:
    """Everything claimmap read from one document."""

    document: Document
    places: tuple[Place, ...] = ()
    claims: tuple[Claim, ...] = ()
    movements: tuple[Movement, ...] = ()
    routes: tuple[Route, ...] = ()
    unresolved: tuple[Unresolved, ...] = ()

    def place(self, place_id: str) -> Place:
        for place in self.places:
            if place.id == place_id:
                return place
        raise KeyError(place_id)

    def claim(self, claim_id: str) -> Claim:
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)


def to_dict(obj: Any) -> Any:
    """Turn a model object (or a list/dict of them) into JSON-ready plain data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, datetime | date):
        return obj.isoformat()
    if isinstance(obj, Mapping):
        return {str(k): to_dict(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [to_dict(v) for v in obj]
    return obj


__all__ = [
    "PLACE_KINDS",
    "Actor",
    "ActorKind",
    "Analysis",
    "Bound",
    "Candidate",
    "Claim",
    "DatePrecision",
    "Document",
    "Leg",
    "LegStatus",
    "Mention",
    "Modality",
    "Mood",
    "Movement",
    "Place",
    "PlaceKind",
    "PlaceRef",
    "PlaceRole",
    "Quantity",
    "Route",
    "Span",
    "Unresolved",
    "to_dict",
]

"""Where a claim's source sits: actor → seat (headquarters city, capital, or unplaced).

A claim drawn on a map starts from its source. Agencies, outlets, international bodies,
NGOs and services come from the curated table geo/actors.csv (built by
scripts/build_actors.py, sources in geo/ACTORS.md); a government or an office holder who
speaks for it sits in the capital; a governor, mayor or sheriff (or a state or city
government) sits where they govern; any other actor with a known country goes to that
capital with ``precision="country"``; the rest are unplaced, with the reason.
"""

from __future__ import annotations

import logging
import re

from claimmap.actors_armed import armed_group
from claimmap.actors_divisions import division_named, town_named
from claimmap.actors_leaders import office_in
from claimmap.actors_seat import (
    Seat,
    SeatPrecision,
    admin_seat,
    gazetteer_seat,
    locate_jurisdiction,
)
from claimmap.actors_sees import see_seat
from claimmap.actors_table import ActorRow, load_actors, normalize
from claimmap.claims_cues import words
from claimmap.model import Actor, Candidate

log = logging.getLogger(__name__)

#: The columns of geo/actors.csv, as scripts/build_actors.py writes them (read in
#: :mod:`claimmap.actors_table`).
ACTOR_COLUMNS = [
    "name", "aliases", "kind", "actor_kind", "country_code", "seat_name", "seat_country",
    "seat_admin1", "lat", "lon", "geonameid", "source_id", "source",
]  # fmt: skip
#: Table kinds that are media: their seat is where the outlet publishes from.
OUTLET_KINDS = frozenset({"agency", "broadcaster", "newspaper"})
#: Office holders whose words are their government's: seated in the capital.
GOVERNMENT_ROLES = words(
    """
    president vice-president premier chancellor minister secretary ambassador envoy
    diplomat king queen prince emir spokesman spokeswoman spokesperson
    """
)
#: Office holders a state posts abroad: seated where they are posted.
_ENVOYS = words("ambassador envoy consul")
#: Office holders who govern a state, a city or a county: seated where they govern.
LOCAL_ROLES = words(
    """
    governor mayor sheriff
    """
)
#: The place kind each local office governs ("Chicago Mayor" is the city, not a county).
_GOVERNS = {"mayor": "city", "governor": "admin1"}
_GOVERNMENT_BODY = re.compile(
    r"\b(?:ministry|directorate|government|presidency|cabinet|parliament|foreign office|customs|"
    r"defen[cs]e department|state department|interior department|^department of)\b"
)


def seat_of(actor: Actor, *, outlet: bool = False) -> Seat:
    """Where ``actor`` sits, with the precision and the reason.

    Args:
        actor: a claim's normalised source (or an outlet, as ``Actor(name, kind="outlet")``).
        outlet: the actor is the channel of a claim; only media rows of the table match.
    """
    table = load_actors()
    placed = bool(actor.located) and not str(actor.located).startswith(SPOKE_IN)
    if not outlet and (placed or not table.find_exact(actor.name)):
        # "Ohio officials", "the Houston Police Department", "... in Yangon"
        stated = _local_seat(actor) or _body_seat(actor) or _stated_seat(actor)
        if stated is not None:
            return stated
    for name in (actor.organisation, actor.name):
        row = table.find(name, actor.country_code) if name else None
        if (
            row is not None
            and (not outlet or row.kind in OUTLET_KINDS)
            and _same_country(row, actor)
        ):
            return Seat(
                actor=actor.name,
                place_name=row.seat_name,
                lat=row.lat,
                lon=row.lon,
                precision="city",
                source=f"geo/actors.csv: {row.source}",
                reason=f"{_labelled(row)} has its seat in {row.seat_name}",
            )
    code = actor.country_code
    regional = _regional_seat(actor)
    if regional is not None:
        return regional
    if code and actor.kind in ("government", "country"):
        return _capital(actor, code, "city", f"the government of {code} sits in its capital")
    if code and actor.kind == "organisation" and _GOVERNMENT_BODY.search(actor.name.lower()):
        return _capital(actor, code, "city", f"a government body of {code} sits in its capital")
    if code and actor.kind == "organisation" and _legislature(actor):
        return _capital(
            actor, code, "city", f"the national legislature of {code} sits in its capital"
        )
    if code and actor.kind == "person" and actor.organisation and armed_group(actor.organisation):
        return Seat.unplaced(  # "a spokesman for the Arakan Army": not the junta's capital
            actor.name,
            f"{actor.organisation!r} is a non-state armed group with no stated base; "
            f"{code}'s capital is its government's, not its seat",
        )
    head = office_in(actor.name, code) if actor.kind == "person" else None
    if code and head is not None and _public(actor):  # "Supreme Leader Ali Khamenei"
        reason = f"{actor.name}, {head.title} of {code}, sits in its capital"
        return _capital(actor, code, "city", reason)
    if code and actor.kind == "person" and actor.role in GOVERNMENT_ROLES and _public(actor):
        return _capital(actor, code, "city", f"a {actor.role} of {code} speaks for its government")
    if code and actor.kind == "person" and _GOVERNMENT_BODY.search(str(actor.organisation).lower()):
        return _capital(actor, code, "city", f"{actor.organisation} of {code} sits in its capital")
    if code and actor.kind == "organisation" and armed_group(actor.name):
        return Seat.unplaced(
            actor.name,
            f"{actor.name!r} is a non-state armed group with no stated base; "
            f"{code}'s capital is its government's, not its seat",
        )
    see = see_seat(actor) if actor.kind == "organisation" else None
    if see is not None:  # "the Orthodox Diocese of X": in X, or nowhere known
        return see
    region = _office_of_region(actor)
    if region is not None:  # "Crimea's Russian-installed commissioner": Simferopol
        return region
    if code:
        return _capital(actor, code, "country", f"no seat known; {code}'s capital stands for it")
    return Seat.unplaced(
        actor.name,
        f"the {actor.role} of {actor.organisation}, which the gazetteer does not hold"
        if actor.role in LOCAL_ROLES and actor.organisation
        else f"{actor.name!r} is not in the actors table and has no known country",
    )


def _legislature(actor: Actor) -> bool:
    """Members of a national legislature as a group ("Senate Republicans"): the claim
    readers give them the chamber, or "legislature", as their organisation."""
    from claimmap.claims_actor_legislators import CHAMBERS

    return (actor.organisation or "").lower() in CHAMBERS


def _regional_seat(actor: Actor) -> Seat | None:
    """A person of a region's government named so ("director of the Tigray Regional
    Government's crisis office"): the region's seat, not the national capital."""
    from claimmap.claims_actor_regional import named_region, region_body

    body = actor.organisation if actor.kind == "person" else actor.name
    if not body:
        return None
    region = named_region(body, actor.country_code) if actor.kind == "person" else None
    region = region or region_body(body, actor.country_code)  # "Kaduna State Police Command"
    seat = admin_seat(region.admin1 or "") if region is not None else None
    if region is None or seat is None:
        return None
    why = f"{body} is of {region.name}, which it serves from its seat {seat.name}"
    return gazetteer_seat(actor, seat, "city", why)


#: Members of a legislature: a state's senator sits in the national capital's chamber.
_LEGISLATORS = words("senator congressman congresswoman congressperson representative lawmaker mp")


def _office_of_region(actor: Actor) -> Seat | None:
    """An official whose office is a region's ("Crimea's children's rights commissioner",
    appointed by a state that holds it or not): that region's seat, not a capital; not a
    legislator the region elects."""
    where = actor.organisation
    if actor.kind != "person" or not where or actor.role in _LEGISLATORS:
        return None
    place = locate_jurisdiction(where, actor.country_code, "admin1") or locate_jurisdiction(
        where, None, "admin1"
    )
    seat = admin_seat(place.admin1 or "") if place is not None and place.kind == "admin1" else None
    if place is None or seat is None:
        return None
    return gazetteer_seat(
        actor, seat, "city", f"an official of {place.name}, seated in {seat.name}"
    )


def _labelled(row: ActorRow) -> str:
    """ "UNHCR (igo)", "National Intelligence Service (South Korea; intelligence)"."""
    kind = row.kind.replace("_", " ")
    return f"{row.name[:-1]}; {kind})" if row.name.endswith(")") else f"{row.name} ({kind})"


def _public(actor: Actor) -> bool:
    """An office holder of the state: no organisation, or a government body ("the RSF
    spokesman" speaks for the RSF, not for Sudan's government)."""
    return actor.organisation is None or bool(_GOVERNMENT_BODY.search(actor.organisation.lower()))


#: A place stated at the end of an actor's name: "U.N. official in Yangon", "resident of
#: Djibo", "US Seventh Fleet, based in Yokosuka".
_STATED = re.compile(r"(?:^|[\s,])(in|of) ((?:[A-Z][\w'’.]*)(?:[ -](?:[A-Z][\w'’.]*|al|el))*)$")


#: How ``Actor.located`` tells where an actor spoke from where its phrase puts it.
SPOKE_IN = "spoke in "


def _stated_seat(actor: Actor) -> Seat | None:
    """Where the actor's name says it is, a city or a region under that very name (a
    country is no seat; "of" places people and governments only, and not in their
    organisation: "the Bank of America" is in no town America, "commander of Hamas" not
    in Hamm, of which "Hamas" is an alternate name)."""
    spoke = (actor.located or "").startswith(SPOKE_IN)
    if actor.located:
        label = actor.located.removeprefix(SPOKE_IN)
    else:
        m = _STATED.search(actor.name)
        if m is None or (m[1] == "of" and not _governs(actor, m.start(1))):
            return None
        if m[1] == "of" and actor.organisation and m[2] in actor.organisation:
            return None  # "Ministry of Energy": the portfolio, not a town Energy
        label = m[2]
    # an envoy's stated place is abroad by nature: "Paris" is France's, not a Texan town
    home = None if actor.role in _ENVOYS else actor.country_code
    place = locate_jurisdiction(label, home) or locate_jurisdiction(label, None)
    if place is None or normalize(place.name) != normalize(label):
        town = place if place is not None and _alias(actor, place, label) else None
        own = town_named(label, actor.country_code) if town is not None else None
        place = division_named(label, actor.country_code) or own or town  # (a division first)
    if place is None:
        return None
    seat, precision = place, "city"
    if place.kind == "admin1":  # somewhere in the region: its seat, at region precision
        seat, precision = admin_seat(place.admin1 or "") or place, "admin1"
    elif place.kind in ("admin2", "region"):  # a county, a province, a named region
        precision = "admin1"
    reason = (
        f"the claimant spoke in {place.name}, which stands for its seat (none better known)"
        if spoke
        else f"the claimant is stated to be in {place.name}"
    )
    if actor.role in _ENVOYS and place.country_code != actor.country_code and not spoke:
        reason = (
            f"the {actor.role} of {actor.country_code} posted to {place.country_code} "
            f"sits in {place.name}, where the post is"
        )
    if _regional_post(actor) and not spoke and seat is not place:
        precision, reason = "city", f"a {actor.role} of {place.name} sits in its seat {seat.name}"

    return gazetteer_seat(actor, seat, precision, reason)


def _alias(actor: Actor, place: Candidate, label: str) -> bool:
    """A stated place under another spelling of the actor's own country ("Misrata")."""
    same = place.country_code == actor.country_code is not None and not place.fuzzy
    return bool(actor.located) and same and normalize(place.matched_name) == normalize(label)


#: Nouns of an office's territory: "the Southern District of Florida" sits in Florida.
_TERRITORY = frozenset({"district", "province", "state", "county", "region", "governorate"})


def _governs(actor: Actor, at: int) -> bool:
    """ "of" places people and governments, and a body whose name ends in its territory
    ("U.S. Attorney's Office for the Southern District of Florida"); not any body ("the
    Bank of America")."""
    before = actor.name[:at].split()[-1:]
    territory = bool(before) and before[0].lower() in _TERRITORY
    return actor.kind in ("person", "government") or territory


def _regional_post(actor: Actor) -> bool:
    """An office holder of a region's government ("British Columbia Premier Ann Lee"): he
    sits where that government does."""
    return actor.kind == "person" and actor.role in GOVERNMENT_ROLES and bool(actor.organisation)


def governed_kind(role: str | None) -> str | None:
    """The kind of place an office governs: a mayor a city, a governor a state."""
    return _GOVERNS.get(role or "")


#: Rows of bodies above states: a claimant a text gives a country is not one of them.
INTERNATIONAL_KINDS = frozenset({"igo"})


def _same_country(row: ActorRow, actor: Actor) -> bool:
    """ "Ireland's Department of Justice" is not the US one the table knows by that name."""
    if row.country_code is None:  # an international body: not "Russia's Security Council"
        return actor.country_code is None or row.kind not in INTERNATIONAL_KINDS
    return actor.country_code in (None, row.country_code)


def _local_seat(actor: Actor) -> Seat | None:
    """A governor, mayor or sheriff, or a state or city government, whose organisation is the
    place they govern ("Ohio", "Springfield, Massachusetts"): that city, or the state's
    seat."""
    code, where = actor.country_code, actor.organisation
    if not code or not where or not (actor.role in LOCAL_ROLES or actor.kind == "government"):
        return None
    place = locate_jurisdiction(where, code, governed_kind(actor.role))
    if place is None:
        return None
    who = (
        f"the {actor.role} of {where}"
        if actor.role in LOCAL_ROLES
        else f"the government of {where}"
    )
    seat, precision = place, "city"
    if place.kind == "admin1":
        capital = admin_seat(place.admin1 or "")
        seat, precision = (capital, "city") if capital is not None else (place, "admin1")
    elif place.kind == "admin2":  # a province's governor: somewhere in the province
        precision = "admin1"
    where_is = f"its seat {seat.name}" if seat is not place else seat.name
    return gazetteer_seat(actor, seat, precision, f"{who} sits in {where_is}")


def _body_seat(actor: Actor) -> Seat | None:
    """A local body named after its place ("the Houston Police Department", "Cornwall
    Council", "Police in Kent"), which :mod:`claimmap.claims_actor_local` placed: that
    city, or that county or province at region precision; a county the gazetteer lacks
    in the state the article names, or unplaced."""
    from claimmap.claims_actor_local import ANY_SEAT, find_place, local_body

    body = local_body(actor.name) if actor.kind != "person" else None
    if body is None:
        return None
    if not actor.located:
        if not body.county or find_place(body.stem, [actor.country_code], body.kinds):
            return None
        why = (
            f"{body.place} is a county not in the gazetteer, and the article names no one "
            "state it lies in"
        )
        return Seat.unplaced(actor.name, why)
    label = actor.located
    if label.startswith(SPOKE_IN):
        return None
    same = normalize(label) in (normalize(body.stem), normalize(body.place))
    place = find_place(label, [actor.country_code], body.kinds if same else ANY_SEAT)
    if place is None:
        return None
    if place.kind == "city":
        why = f"a local body of {place.name}, seated there"
        return gazetteer_seat(actor, place, "city", why)
    if place.kind == "admin2" or same:
        why = f"a local body of {place.name}, placed in it at region precision"
        return gazetteer_seat(actor, place, "admin1", why)
    why = (
        f"{body.place} is a county not in the gazetteer; {place.name}, the state the "
        "article names, stands for it at region precision"
    )
    return gazetteer_seat(actor, place, "admin1", why)


def _capital(actor: Actor, code: str, precision: SeatPrecision, reason: str) -> Seat:
    from claimmap.gazetteer import default_gazetteer

    capital = default_gazetteer().capital(code)
    if capital is None:
        return Seat.unplaced(actor.name, f"no capital known for {code}")
    return Seat(
        actor=actor.name,
        place_name=capital.name,
        lat=capital.lat,
        lon=capital.lon,
        precision=precision,
        source=f"gazetteer capital of {code} ({capital.source_id})",
        reason=reason,
    )

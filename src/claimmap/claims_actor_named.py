"""The actor a claimant phrase names, settled by what stands around it.

The phrase's own words give an actor (see ``claims_actor_described``); this module then
gives it what its surroundings say: "a spokeswoman for the mayor" speaks for the mayor's
office, "State television" or "the defence ministry" is of the state its paragraph is
about, "Senator Ana Lee of Montana" or "DEA Phoenix Division special agent Ann Lee" has a
seat, and a bare "Spokesperson Mao Ning" works for the body quoted last in the paragraph.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap import claims_actor_follow as follow
from claimmap.claims_actor_acronyms import acronym_employer
from claimmap.claims_actor_attendees import briefing_attendee
from claimmap.claims_actor_context import employed, last_of
from claimmap.claims_actor_countries import paragraph_first
from claimmap.claims_actor_described import described
from claimmap.claims_actor_for_names import for_named
from claimmap.claims_actor_legislators import as_legislators
from claimmap.claims_actor_local import as_local_body
from claimmap.claims_actor_lookup import fallback_country, generic_office, state_body
from claimmap.claims_actor_mentions import people_led
from claimmap.claims_actor_ministers import minister_of_quoted_ministry
from claimmap.claims_actor_missions import led_mission
from claimmap.claims_actor_offices import demonym_region
from claimmap.claims_actor_organs import organ_named_before, organ_named_earlier
from claimmap.claims_actor_own import its_country, own_places_country, titled_elsewhere
from claimmap.claims_actor_people import owned
from claimmap.claims_actor_phrases import STATE_BODY, institution, run_by, without_clauses
from claimmap.claims_actor_places import employer_place, represented_place, unit_place, with_place
from claimmap.claims_actor_post_places import post_place
from claimmap.claims_actor_spokes import SPOKES, principal_seated, speaking_for, spoken_for
from claimmap.claims_actor_state_country import (
    against_own_sentence,
    dependencies_state,
    state_country,
)
from claimmap.claims_actor_them import briefed_by, quoted_organ
from claimmap.claims_actor_units import level_unit, unit_level
from claimmap.claims_actor_unplaced_owner import of_unplaced_owner, unplaced_owner
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context


def named_actor(span: Span, met: Context) -> Actor | None:
    """The actor a claimant phrase names: what its words describe, then what its
    surroundings add (the principal a spokesperson speaks for, the country of a state body
    named without one, the seat of a field unit or employer)."""
    desc = without_clauses(span)
    principal = spoken_for(desc)
    if principal is not None:  # "a spokeswoman for the mayor": the office spoken for
        spoken = named_actor(principal, met)
        return speaking_for(spoken, desc.root.lower_) if spoken is not None else None
    actor = described(span, desc, met)
    if actor is None:
        return None
    actor = for_named(actor, desc)  # "Syrians for Truth and Justice", not "Justice"
    actor = follow.apposed_country(actor, span, met.country_of)  # "X, the Kenyan agency"
    actor = acronym_employer(actor, desc, met.country_of)  # "An OCHA spokesperson"
    actor = quoted_organ(actor, span, met)  # "A navy spokesman" after "The Royal Thai Navy"
    actor = organ_named_before(actor, span, met)  # "Police said" after "The Royal X Police"
    actor = organ_named_earlier(actor, span, met)  # "A ministry official" paragraphs later
    actor = briefed_by(actor, span, met)  # "Lawmaker Ana Lee, who was briefed by the agency"
    actor = briefing_attendee(actor, span, met)  # "the agency told lawmakers, according to Rep. X"
    if actor.country_code is None and actor.kind != "person":
        its = its_country(span, met.country_of)  # "Ethiopia ... Its foreign ministry"
        actor = replace(actor, country_code=its) if its else actor
    # "Senate Republicans": seated with the Senate; "A Shapiro spokesperson": with Shapiro
    actor = principal_seated(desc, as_legislators(desc, actor, met), met)
    # "the Houston Police Department", "Cornwall Council": the place's own body
    actor = follow.un_rights_mandate(desc, as_local_body(actor, met.places, met.country_of))
    if actor.located is None and actor.kind in ("person", "organisation"):
        # "DEA Phoenix Division special agent Ann Lee": the field unit's city
        actor = with_place(actor, unit_place(desc, actor.country_code, met.places)) or actor
    if actor.located is None and actor.kind == "person":
        actor = with_place(actor, employer_place(desc, met.places)) or actor
    if actor.located is None and actor.kind == "person":  # "A Lviv regional official"
        actor = with_place(actor, post_place(desc, met.places)) or actor
    actor = represented_place(desc, actor)  # "Senator Ana Lee of Montana"
    actor = led_mission(actor, desc, met.places)  # "the head of the Kenyan-led mission"
    actor = demonym_region(desc, actor, met.places)  # "the Catalan president, Ana Lee"
    if actor.kind == "person" and actor.role in SPOKES and not (actor.organisation or owned(desc)):
        # "China's foreign ministry rejected it. Spokesperson Mao Ning said ...": the
        # organisation quoted last in the paragraph, spoken for
        spoken = last_of(met.since(paragraph_first(span.doc, span.start)), _BODIES)
        actor = employed(actor, replace(spoken, role=None)) if spoken is not None else actor
    actor = minister_of_quoted_ministry(actor, desc, met)  # "Mexico's foreign ministry"
    run = run_by(desc)
    # "Guler said" after "Defence Minister Yasar Guler": the person as first described, not
    # given the country of the paragraph he is named again in
    again = actor.kind == "person" and actor in met
    if (
        actor.country_code is None
        and state_body(actor)
        and not again
        and not people_led(run, met.country_of)
        and not _unplaced_town(actor, met)
        and not unplaced_owner(desc, met.places, met.country_of)
        and not of_unplaced_owner(actor, desc)
    ):
        # "State television", "the defence ministry", "Foreign Minister Ali Youssef"; a
        # name ("The Arakan Army") takes no more than the one country of its paragraph
        named = actor.kind != "person" and not any(
            t.is_lower and STATE_BODY.search(t.lower_) for t in span
        )
        named = named and not generic_office(actor.name)  # "the Foreign Office": no name
        # "the National Migration Service": a state's national body, whose name says so
        named = named and not actor.name.startswith("National ")
        quoted = met.since(paragraph_first(span.doc, span.start))
        # "the district administration": seated in the district named before, and of its
        # country, not of the one the story is most about
        level = unit_level(desc)
        unit = level_unit(span.doc, span.start, level, met.places) if level else None
        kind = "organisation" if actor.kind == "unknown" else actor.kind
        if institution(span.root):
            kind = "government"
        if unit is not None and actor.kind != "person":
            return replace(actor, kind=kind, country_code=unit.country_code, located=unit.name)
        code = state_country(
            span.doc,
            span.start,
            met.country_of,
            quoted,
            strict=named,
            places=met.places,
            said=met.contents,
        )
        if code and actor.kind == "person":
            against = against_own_sentence(span.doc, span.start, code, met.country_of, met.places)
            code = None if against else code
            code = own_places_country(span, met.places) or code  # "..., who visited Kotli"
        if actor.kind == "person":  # "... the Ruritanian prime minister said" elsewhere
            code = titled_elsewhere(span, met.country_of) or code
        code = code or fallback_country(actor.organisation or actor.name)
        if code is None and actor.kind != "person":  # "the defence ministry" of a story
            code = dependencies_state(met.places)  # on Mayotte and Réunion: France's
        return replace(actor, kind=kind, country_code=code) if code else actor
    return actor


_BODIES = ("organisation", "government")


def _unplaced_town(actor: Actor, met: Context) -> bool:
    """ "A village head in Xyz", Xyz a village the gazetteer lacks: the phrase says where
    the claimant is, but not in which country; the story's other state is no guess for it
    (a border village may lie on either side)."""
    if not actor.located or actor.located.startswith("spoke in "):
        return False
    return not any(actor.located in (p.name, *(m.text for m in p.mentions)) for p in met.places)

"""The actor a claimant phrase's own words describe.

Reads the entities of the phrase (persons, organisations, places), the head noun and the
names the model left unmarked: "Ana Lima, the director of the Brazilian Intelligence
Agency" is a person of an organisation, "the Hamas-run health ministry" the government
Hamas runs, "Doctors Without Borders" the actors table's row, "the official" whoever the
text met so before. What the phrase's surroundings add is ``claims_actor_named``'s.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from claimmap.claims_actor_arrivals import arrived_place
from claimmap.claims_actor_common import common_actor
from claimmap.claims_actor_context import (
    ORG_NOUNS,
    close_appositive,
    same_person,
    titled_name,
)
from claimmap.claims_actor_coref import apposed_body, described_as_body
from claimmap.claims_actor_countries import (
    country_in,
    country_name,
    is_country_word,
    paragraph_country,
)
from claimmap.claims_actor_entity_kinds import described_as_person, org_called
from claimmap.claims_actor_fresh import whole_org
from claimmap.claims_actor_full_names import named_before
from claimmap.claims_actor_homes import home_place, in_aside, placed_name
from claimmap.claims_actor_lookup import org_actor, table_actor
from claimmap.claims_actor_mentions import alias_actor, people_led
from claimmap.claims_actor_missions import international, owned_mission
from claimmap.claims_actor_named_person import named_person
from claimmap.claims_actor_names import group_name, known_as
from claimmap.claims_actor_own import names_a_place
from claimmap.claims_actor_people import (
    clause_agent,
    met_as_other_kind,
    modifies_clause,
    names_a_kind,
    office_of_person,
    titled_after,
    titled_unmarked,
    unmarked_person,
)
from claimmap.claims_actor_personal import plain_person
from claimmap.claims_actor_phrases import (
    appositive,
    before_title,
    clean,
    head_phrase,
    is_rank,
    names_institution,
    person_owner,
    prep_object,
    run_by,
    title_word,
)
from claimmap.claims_actor_places import dwelling_clauses, place_at, stated_place, with_place
from claimmap.claims_actor_role_names import name_beside_title
from claimmap.claims_actor_several import joined_states, several_countries
from claimmap.claims_actor_stated import accredited_to, after_portfolio, before_place
from claimmap.claims_tokens import ents_in
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Span

    from claimmap.claims_actor_context import Context


def described(span: Span, desc: Span, met: Context) -> Actor | None:
    """The actor the words of ``span`` describe (``desc`` is it without its clauses), or
    ``None`` where it stands for several ("French and US officials")."""
    country_of = met.country_of
    core = head_phrase(span)
    if several_countries(core, country_of):
        return None  # "French and US officials": two governments, no single actor
    states = joined_states(span, country_of)
    if states is not None:  # "Both Moscow and Pyongyang": a group, not its first member
        return states
    # "a nurse from X who arrived in Y": where she is now, not where she comes from
    where = arrived_place(span, met.places) or stated_place(span, met.places)
    ents = [
        e
        for e in ents_in(span.doc, desc.start, desc.end)
        if where is None or not where.start <= e.start < where.end
    ]
    ents = [after_portfolio(e) for e in ents]  # "Secretary of Defense Lloyd Austin"
    home = home_place(span, ents, met.places)  # "a farmer from a village near Bassila"
    if home is not None:  # (and what a clause after it says he did is none of his names)
        ents = [e for e in ents if e != home and not in_aside(e, span)]
        where = where or place_at(home, met.places, dweller=True)
    # a country the model took for an organisation ("The UAE") is a place
    places = [e for e in ents if e.label_ == "GPE" or (e.label_ == "ORG" and country_name(e.text))]
    orgs = [
        whole_org(e, desc)
        for e in ents
        if (e.label_ == "ORG" or org_called(e) or described_as_body(e, span))
        and e not in places
        and not titled_name(e)
        and not described_as_person(e, span)
        and not modifies_clause(e, span)
        and not clause_agent(e, span)
        and not accredited_to(e, span)
    ]
    # a person named in an appositive or relative clause ("The Arakan Army, which controls
    # much of northern Rakhine") is not the claimant; one named in apposition to the head
    # ("The group's deputy leader, Naim Qassem") is; "the Biden administration" is none,
    # nor "the rights group Amparo" (the group's own name)
    apposed = close_appositive(span) if span.root.lower_ in ORG_NOUNS else None
    persons = [
        e
        for e in ents
        if (e.label_ == "PERSON" or titled_name(e) or described_as_person(e, span))
        and not described_as_body(e, span)
        and (e.start < core.end or appositive(e, span))
        and not prep_object(e, span)
        and not is_country_word(e, country_of(e.text))
        and not group_name(e)
        and not names_a_kind(e)
        and not before_title(e)
        and not org_called(e)
        and not names_institution(e, span.root)
        and not placed_name(e, met.places)
        and not names_a_place(e)
        and (apposed is None or e.start != apposed.start)
        and not all(is_rank(t) or title_word(t) for t in e)  # "[Rear Admiral] Ana Lee"
    ]
    persons = [e for e in persons if not person_owner(e, span, len(persons) - 1)]
    found = next((t for e in ents if (t := titled_after(e, span)) is not None), None)
    if found is not None:  # "Xyz Watch campaigner Ana Lee": Ana Lee, of Xyz Watch
        orgs, persons = [found[0], *orgs], [found[1]]
    as_body = apposed_body(span.root, span.end)  # "Fano, a militia that ...": no person
    bare = unmarked_person(span) if not persons and not as_body else None  # "Ana Lee, a lawyer"
    bare = titled_unmarked(span) if not persons and not as_body and bare is None else bare
    if not persons and not as_body and bare is None:  # "its spokeswoman, Dragana Kovic" (GPE)
        bare = name_beside_title(span)
    persons = [bare] if bare is not None else persons
    country = country_in(desc, country_of)
    alias = known_as(span)
    if alias is not None:  # "Ukraine's military intelligence agency, known as HUR"
        return alias_actor(alias, span, country)
    earlier = met_as_other_kind(core, ents, met) or office_of_person(core, list(met))
    if earlier is not None:  # "According to Swissaid" after "the group Swissaid": one kind
        return earlier
    if persons:
        actor = named_person(persons[0], desc, core, orgs, country, met)
        # "Ana Lee, who lives in exile in X": where she lives, too
        lives = home is not None or bool(dwelling_clauses(span.root))
        return with_place(actor, where) if lives and not actor.located else actor
    head_text = clean(span.root.text)
    alone = len(core) == 1 or span.root.pos_ == "PROPN"  # "Lubinets" the model took for nouns
    alone = alone and not as_body
    if alone and span.root.is_title and " " not in head_text:
        earlier = same_person(head_text, met)  # "Schuchat" after "Anne Schuchat"
        if earlier is not None and earlier.name != head_text:
            return earlier
    if alone and span.root.pos_ == "PROPN" and span.root.is_title and " " not in head_text:
        earlier = named_before(head_text, span[0], met)  # "Abiy" the model took for an ORG
        if earlier is not None:
            return earlier
    run = run_by(desc)
    if run is not None:  # "the Hamas-run health ministry": that of the government Hamas runs
        runner = org_actor(run)
        body = clean("".join(t.text_with_ws for t in core if t.i > run.end + 1))
        if people_led(run, country_of):  # "the Kurdish-led administration": no state's
            here = country or paragraph_country(span.doc, span.start, country_of)
            return Actor(clean(core.text), "organisation", country_code=here)
        return Actor(body, "government", runner.name, country or runner.country_code)
    mission = owned_mission(core.text)
    if mission is not None:  # "the EU's Aspides mission": the mission's own seat
        return mission
    known = table_actor(core.text, doc=span.doc)
    if known is not None:  # "Doctors Without Borders", "the U.N. refugee agency"
        # "the African Union Transition Mission in Somalia": where an international
        # body works is not its country
        own = known.country_code or (None if international(known.name) else country)
        return replace(known, country_code=own)
    bare = before_place(core, where)
    known = table_actor(bare.text, doc=span.doc) if bare is not None else None
    if known is not None and bare is not None:  # "The U.N. rights office in Geneva"
        code = known.country_code or country_in(bare, country_of)
        return replace(known, country_code=code, located=where.label if where else None)
    owner = next((e for e in ents if names_institution(e, span.root)), None)
    if owner is not None:  # "The Biden administration": the government its head leads
        earlier = same_person(clean(owner.text), met)
        code = country or (earlier.country_code if earlier is not None else None)
        return Actor(clean(core.text), "government", country_code=code)
    common = with_place(common_actor(span, core, desc, orgs, places, country, met), where)
    # "Dário Kopenawa said", "Gulyás told": a bare name nothing else read is a person's
    return plain_person(common, span, country, met)

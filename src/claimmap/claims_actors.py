"""Who a claimant is: a normalised :class:`~claimmap.model.Actor` for each claimant span.

"Ana Lima, the director of the Brazilian Intelligence Agency" becomes a person with an
organisation and a country; "Kenya", "the Greek government" or "Pakistani officials" a
government; "Ohio Governor Ann Lee" a person whose organisation is the state she governs;
"a spokesman for the Kremlin" the Kremlin, spoken for by its spokesman. "He" is the
nearest compatible person before it (see ``claims_actor_refs``), "the official" or "one
of the officials" the last mention of that noun (see ``claims_actor_mentions``), "the
group" the organisation the text last spoke of (see ``claims_actor_context``); "the
defence ministry" or "Foreign Minister Ali Reza" the state of their paragraph (see
``claims_actor_countries``). "Each side" or "French and US officials" is several actors
at once and gets none (see ``claims_actor_several``). "The report, seen by Reuters" is
the report's author, and a city or region the phrase names ("an official in Yangon") its
seat (see ``claims_actor_places``). A phrase that names no person ("the official",
"Kenya") is read in ``claims_actor_common``, one that names a person in
``claims_actor_named_person``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from claimmap import claims_actor_follow as follow
from claimmap.claims_actor_accused import accused
from claimmap.claims_actor_acting import acting_state
from claimmap.claims_actor_anaphora import contact_subject
from claimmap.claims_actor_article import (
    agreeing,
    of_named_state,
    one_actor_each,
    placed_countries,
    resolved_countries,
)
from claimmap.claims_actor_branches import branched, placed_by_branch
from claimmap.claims_actor_cited import cited_source, of_medium_state
from claimmap.claims_actor_common import common_actor
from claimmap.claims_actor_context import (
    ORG_NOUNS,
    Context,
    close_appositive,
    document_in,
    employed,
    last_of,
    same_person,
    titled_name,
    wrote_in,
)
from claimmap.claims_actor_coref import apposed_body, described_as_body
from claimmap.claims_actor_countries import (
    against_own_sentence,
    country_in,
    country_name,
    dependencies_state,
    is_country_word,
    paragraph_country,
    paragraph_first,
    state_country,
)
from claimmap.claims_actor_fresh import whole_org
from claimmap.claims_actor_full_names import (
    named_before,
    surnames_named_later,
    unmarked_subject,
)
from claimmap.claims_actor_homes import home_place, in_aside, placed_name
from claimmap.claims_actor_leaders import as_leaders
from claimmap.claims_actor_legislators import as_legislators
from claimmap.claims_actor_local import as_local_body
from claimmap.claims_actor_lookup import (
    fallback_country,
    generic_office,
    org_actor,
    state_body,
    table_actor,
)
from claimmap.claims_actor_mentions import (
    alias_actor,
    described_as_person,
    described_before,
    document_source,
    one_of,
    org_called,
    people_led,
    with_name,
)
from claimmap.claims_actor_missions import international, led_mission, owned_mission
from claimmap.claims_actor_named_person import named_person
from claimmap.claims_actor_names import group_name, known_as
from claimmap.claims_actor_offices import demonym_region
from claimmap.claims_actor_own import (
    its_country,
    names_a_place,
    own_places_country,
    titled_elsewhere,
)
from claimmap.claims_actor_owner import owner_office
from claimmap.claims_actor_people import (
    acronym_word,
    clause_agent,
    met_as_other_kind,
    modifies_clause,
    names_a_kind,
    office_of_person,
    owned,
    titled_after,
    titled_unmarked,
    unmarked_person,
)
from claimmap.claims_actor_personal import plain_person
from claimmap.claims_actor_phrases import (
    STATE_BODY,
    appositive,
    before_title,
    clean,
    head_phrase,
    institution,
    is_rank,
    names_institution,
    of_several,
    person_owner,
    prep_object,
    run_by,
    title_word,
    without_clauses,
)
from claimmap.claims_actor_places import (
    dwelling_clauses,
    employer_place,
    is_document,
    place_at,
    represented_place,
    stated_place,
    unit_place,
    with_place,
)
from claimmap.claims_actor_refs import (
    bodies_named_later,
    lede_named_later,
    pronoun_referent,
)
from claimmap.claims_actor_regional import regional_government
from claimmap.claims_actor_several import joined_states, several, several_countries
from claimmap.claims_actor_spoke import spoke_in
from claimmap.claims_actor_spokes import SPOKES, principal_seated, speaking_for, spoken_for
from claimmap.claims_actor_stated import accredited_to, after_portfolio, before_place
from claimmap.claims_actor_them import (
    briefed_by,
    one_of_them,
    plural_claimant,
    quoted_organ,
)
from claimmap.claims_actor_units import level_unit, unit_level
from claimmap.claims_cues import words
from claimmap.claims_tokens import ents_in, memo, span_at
from claimmap.model import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from claimmap.claims_syntax import RawClaim
    from claimmap.model import Place

log = logging.getLogger(__name__)

CountryOf = Callable[[str], str | None]

_RELATIVE = words(
    """
    who which that whose
    """
)


def resolve_actors(
    raws: Sequence[RawClaim],
    parsed: Doc,
    country_of: CountryOf,
    places: Sequence[Place] = (),
    published: date | None = None,
) -> list[Actor | None]:
    """One actor per claim (``None`` when there is no claimant), resolving references.

    Args:
        places: the resolved places; a city or region named in a claimant phrase ("an
            official in Yangon") is then the one the geoparser resolved.
        published: the article's date; "Putin said" is Russia's president only for an
            article of his years in office (see ``claims_actor_leaders``).
    """
    placed = memo(parsed, "placed_countries", lambda: placed_countries(places))
    memo(parsed, "actor_places", lambda: tuple(places))
    country_of = agreeing(country_of, placed, resolved_countries(places))
    met = Context(country_of, places)
    met.contents = [raw.content for raw in raws]
    met.describe = lambda span: _named(span, met)
    out: list[Actor | None] = []
    for raw in raws:
        actor = None
        span = span_at(parsed, *raw.claimant) if raw.claimant is not None else None
        if span is not None:
            span = with_name(span)
            actor = follow.named_spokesperson(_actor_of(span, raw, parsed, met), _last(out))
            said = (raws[len(out) - 1].content, out[-1]) if out else None
            actor = accused(actor, span, parsed[raw.cue_token], said) if said else actor
            if actor is not None:  # "Japan lodged a protest ..., Secretary Ana Lee said"
                actor = acting_state(actor, span, raw, parsed, met.country_of, out)
            if out and follow.continues_speaker(raw, raws[len(out) - 1], parsed):
                actor = out[-1]  # "X denied that Y did it, blaming Z": X blames
        actor = placed_by_branch(actor, span, out, met)  # "the eastern administration"
        if actor is not None and actor.kind in ("person", "organisation", "government"):
            out, actor = follow.hosted(out, actor, spoke_in(actor, raw, span, met))
        out.append(actor)
        if actor is not None and span is not None:
            met.claimants.append((span.start, span.end, actor))
        if actor is not None and actor.kind != "unknown" and span is not None:
            met.add(actor, span.start)
            cue = parsed[raw.cue_token]
            if _reported(cue):  # "X said in a report ... The report said"
                met.wrote(actor, document_in(cue) or "report")
    out = bodies_named_later(raws, lede_named_later(raws, out, parsed), parsed)
    out = one_actor_each(of_named_state(surnames_named_later(out), parsed, country_of, places))
    spans = [span_at(parsed, *raw.claimant) if raw.claimant else None for raw in raws]
    out = as_leaders(out, spans, parsed, country_of, published.year if published else None)
    return [branched(actor, span, places) for actor, span in zip(out, spans, strict=True)]


def _last(out: list[Actor | None]) -> Actor | None:
    return out[-1] if out else None


def _age_alone(words: list[Token]) -> bool:
    """ "the 34-year-old": a person named before, called by age alone."""
    said = [t.lower_ for t in words]
    return len(said) == 4 and said[0] == "the" and said[1].isdigit() and said[2:] == ["year", "old"]


def _reported(cue: Token) -> bool:
    """The claimant wrote a document a later "the report" refers to: "X said in a report",
    "Der Spiegel reported that ..."."""
    return wrote_in(cue) or (cue.pos_ == "VERB" and cue.lemma_.lower() == "report")


def _actor_of(span: Span, raw: RawClaim, parsed: Doc, met: Context) -> Actor | None:
    words = [t for t in span if not t.is_punct]
    if len(words) == 1 and acronym_word(words[0]):
        return _named(span, met)  # "..., WHO says": the organisation, no pronoun
    if len(words) == 1 and words[0].lower_ in _RELATIVE and raw.claimant_token is not None:
        noun = last = parsed[raw.claimant_token].head.head  # "X, who said ..." → X
        while noun.dep_ == "appos" and noun.head.i < noun.i:  # "X, a former minister, who"
            noun = noun.head
        if any(c.dep_ == "conj" for c in noun.children):
            return None  # "China and the United States, ..., which": several actors
        return _named(parsed[noun.left_edge.i : last.i + 1], met)
    if _age_alone(words):  # "Ana Lee walked ... '...,' the 34-year-old said": Ana Lee
        found = pronoun_referent("i", parsed, met, span.start)
        return found or unmarked_subject(parsed, span.start)
    if len(words) == 1 and words[0].pos_ == "PRON":
        return pronoun_referent(words[0].lower_, parsed, met, span.start)
    source = cited_source(span, raw.cue_token)
    cited = _named(source, met) if source is not None else None
    if cited is not None:  # "State radio, citing the governor, reported": the governor
        return of_medium_state(cited, _named(span, met), met.places)
    subj = contact_subject(span, parsed[raw.cue_token])
    if subj is not None:  # "..., a decision Beijing rejects": Beijing
        return _named(subj, met)
    owned = owner_office(span, met)
    if owned is not None:  # "..., his office said": the office of the person "his" means
        return owned
    those = plural_claimant(span, met.claimants) if one_of_them(span) else None
    if those is not None:  # "Two sources said ... One of them said": those sources
        return those
    group = one_of(span)
    if group is not None:  # "one of the officials": one of the group quoted before
        return described_before(span, group, met)
    if several(words) or of_several(span):
        return None  # the claimant span stays; no single actor (and no seat) stands for it
    if is_document(span):
        return document_source(span, met)
    again = follow.named_again(span, met.claimants) or follow.shortened(span, met.claimants)
    actor = again or _named(span, met)
    # "the territorial government": the article's region's, not the nation's
    return regional_government(actor, without_clauses(span), met.places) if actor else None


def _named(span: Span, met: Context) -> Actor | None:
    desc = without_clauses(span)
    principal = spoken_for(desc)
    if principal is not None:  # "a spokeswoman for the mayor": the office spoken for
        spoken = _named(principal, met)
        return speaking_for(spoken, desc.root.lower_) if spoken is not None else None
    actor = _described(span, desc, met)
    if actor is None:
        return None
    actor = follow.apposed_country(actor, span, met.country_of)  # "X, the Kenyan agency"
    actor = quoted_organ(actor, span, met)  # "A navy spokesman" after "The Royal Thai Navy"
    actor = briefed_by(actor, span, met)  # "Lawmaker Ana Lee, who was briefed by the agency"
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
    actor = represented_place(desc, actor)  # "Senator Ana Lee of Montana"
    actor = led_mission(actor, desc, met.places)  # "the head of the Kenyan-led mission"
    actor = demonym_region(desc, actor, met.places)  # "the Catalan president, Ana Lee"
    if actor.kind == "person" and actor.role in SPOKES and not (actor.organisation or owned(desc)):
        # "China's foreign ministry rejected it. Spokesperson Mao Ning said ...": the
        # organisation quoted last in the paragraph, spoken for
        spoken = last_of(met.since(paragraph_first(span.doc, span.start)), _BODIES)
        actor = employed(actor, replace(spoken, role=None)) if spoken is not None else actor
    run = run_by(desc)
    # "Guler said" after "Defence Minister Yasar Guler": the person as first described, not
    # given the country of the paragraph he is named again in
    again = actor.kind == "person" and actor in met
    if (
        actor.country_code is None
        and state_body(actor)
        and not again
        and not people_led(run, met.country_of)
    ):
        # "State television", "the defence ministry", "Foreign Minister Ali Youssef"; a
        # name ("The Arakan Army") takes no more than the one country of its paragraph
        named = actor.kind != "person" and not any(
            t.is_lower and STATE_BODY.search(t.lower_) for t in span
        )
        named = named and not generic_office(actor.name)  # "the Foreign Office": no name
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


def _described(span: Span, desc: Span, met: Context) -> Actor | None:
    country_of = met.country_of
    core = head_phrase(span)
    if several_countries(core, country_of):
        return None  # "French and US officials": two governments, no single actor
    states = joined_states(span, country_of)
    if states is not None:  # "Both Moscow and Pyongyang": a group, not its first member
        return states
    where = stated_place(span, met.places)
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

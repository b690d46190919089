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
seat (see ``claims_actor_places``). This module picks the reading a claimant span wants
(a pronoun, "one of the officials", a document, a cited source); a phrase read for its own
words is ``claims_actor_described``'s and set in its surroundings in
``claims_actor_named``. A phrase that names no person ("the official", "Kenya") is read
in ``claims_actor_common``, one that names a person in ``claims_actor_named_person``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from claimmap import claims_actor_follow as follow
from claimmap.claims_actor_accused import accused
from claimmap.claims_actor_acting import acting_state
from claimmap.claims_actor_admin import of_division
from claimmap.claims_actor_anaphora import contact_subject
from claimmap.claims_actor_article import (
    agreeing,
    of_named_state,
    one_actor_each,
    placed_countries,
    resolved_countries,
)
from claimmap.claims_actor_branches import branched, placed_by_branch
from claimmap.claims_actor_cited import cited_source, of_medium_state, same_cited
from claimmap.claims_actor_context import Context, document_in, wrote_in
from claimmap.claims_actor_described_people import described
from claimmap.claims_actor_documents import (
    document_source,
    is_document,
    speaker_with_data,
    without_seen_clause,
)
from claimmap.claims_actor_dwellers import first_place_dwellers
from claimmap.claims_actor_employer_ref import employer_referred
from claimmap.claims_actor_firms import named_firm
from claimmap.claims_actor_full_names import surnames_named_later, unmarked_subject
from claimmap.claims_actor_given_name import given_name_speaker
from claimmap.claims_actor_hosts import (
    fronted_home,
    hosted_mission,
    mixed_sources,
    officials_of_body,
    organ_country_before,
)
from claimmap.claims_actor_installed import installed_official
from claimmap.claims_actor_leaders import as_leaders
from claimmap.claims_actor_lede_bodies import lede_body_named_next
from claimmap.claims_actor_ledes import bodies_named_later, lede_named_later
from claimmap.claims_actor_local_groups import local_group
from claimmap.claims_actor_local_outlets import described_medium
from claimmap.claims_actor_local_sources import local_of_sentence
from claimmap.claims_actor_medium_back import medium_named_before
from claimmap.claims_actor_mentions import described_before, one_of
from claimmap.claims_actor_named import named_actor
from claimmap.claims_actor_owner import owner_office
from claimmap.claims_actor_people import acronym_word
from claimmap.claims_actor_phrases import of_several, without_clauses
from claimmap.claims_actor_posted import posted_abroad
from claimmap.claims_actor_quoted import quoted_by_medium
from claimmap.claims_actor_refs import pronoun_referent
from claimmap.claims_actor_regional import regional_government
from claimmap.claims_actor_releasing import releasing_body
from claimmap.claims_actor_reviewed import examiner
from claimmap.claims_actor_role_bodies import role_bodies
from claimmap.claims_actor_said_of import officials_of_subject
from claimmap.claims_actor_senate import senate_of_capital
from claimmap.claims_actor_several import several
from claimmap.claims_actor_spoke import spoke_in
from claimmap.claims_actor_table_employer import table_employer
from claimmap.claims_actor_them import one_of_them, plural_claimant
from claimmap.claims_actor_visitors import only_located
from claimmap.claims_actor_whole_names import with_name
from claimmap.claims_cues import words
from claimmap.claims_tokens import memo, span_at
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
    met.describe = lambda span: named_actor(span, met)
    out: list[Actor | None] = []
    for raw in raws:
        actor = None
        span = span_at(parsed, *raw.claimant) if raw.claimant is not None else None
        if span is not None:
            span = with_name(span)
            actor = installed_official(_actor_of(span, raw, parsed, met), span, met.places)
            actor = described(actor, span, parsed, out)  # "Ana, a nurse from X, said"
            if actor is None or actor.kind != "person":  # (not "a rebel leader who gave …")
                actor = given_name_speaker(span, met.places, met.country_of) or actor
            actor = local_group(actor, span, met.places)  # "Deir ez-Zor activist network X"
            actor = follow.named_spokesperson(actor, _last(out))
            said = (raws[len(out) - 1].content, out[-1]) if out else None
            actor = accused(actor, span, parsed[raw.cue_token], said) if said else actor
            if actor is not None:  # "Japan lodged a protest ..., Secretary Ana Lee said"
                actor = acting_state(actor, span, raw, parsed, met.country_of, out)
            if out and follow.continues_speaker(raw, raws[len(out) - 1], parsed):
                actor = out[-1]  # "X denied that Y did it, blaming Z": X blames
            actor = quoted_by_medium(actor, raw, parsed, met.country_of, met.places)
        actor = employer_referred(actor, span, met) if span is not None else actor
        actor = table_employer(actor, span) if span is not None else actor  # "a fellow at RUSI"
        actor = officials_of_subject(actor, span, raw, parsed, met.country_of)
        actor = of_division(actor, span, places)  # "A Kano State government spokesman"
        actor = only_located(actor, span, places, met.country_of)  # "a diplomat in X"
        actor = hosted_mission(actor, span, met.country_of)  # "the U.S. Embassy in Panama"
        actor = fronted_home(actor, span, places)  # "In X, ..., residents said"
        actor = local_of_sentence(actor, span, raw.sentence, places)  # "…, local police said"
        actor = senate_of_capital(actor, span, parsed, places)  # "WASHINGTON — Senator X"
        actor = described_medium(actor, span, places)  # "X, a local outlet in Y, reports"
        actor = mixed_sources(actor, span, met.country_of)  # "two diplomats and a source"
        actor = officials_of_body(actor, span, met)  # "the Embassy in X … Embassy officials"
        actor = organ_country_before(actor, span, met.country_of)  # "Indonesian navy … navy"
        actor = placed_by_branch(actor, span, out, met)  # "the eastern administration"
        if actor is not None and actor.kind in ("person", "organisation", "government"):
            out, actor = follow.hosted(out, actor, spoke_in(actor, raw, span, met))
        actor = posted_abroad(actor, span, met.country_of)  # "ambassador to Egypt": Cairo
        out.append(actor)
        if raw.outlet is not None:  # "the outlet" may refer back to it
            met.outlets.append(raw.outlet)
        elif span is not None and actor is not None and _medium(span, actor):
            met.outlets.append((span.start_char, span.end_char))
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
    out = role_bodies(out, spans, parsed, met)  # "migration director X", "a customs official"
    out = lede_body_named_next(raws, out, parsed)  # "a Y-based think tank said. CSIS said"
    out = as_leaders(out, spans, parsed, country_of, published.year if published else None)
    return [branched(actor, span, places) for actor, span in zip(out, spans, strict=True)]


def _last(out: list[Actor | None]) -> Actor | None:
    return out[-1] if out else None


def _medium(span: Span, actor: Actor) -> bool:
    """The claimant is a medium speaking for itself ("the broadcaster X reported")."""
    from claimmap.claims_media import press_speaker

    return actor.kind == "outlet" or press_speaker(span)


def _listed_after_noun(span: Span) -> Actor | None:
    """ "The London-based group Global Witness": a name the actors table lists, right after
    a common noun of bodies that the parser made a compound of it; the named body (the
    model may take such a name for a product or a person)."""
    from claimmap.claims_actor_context import ORG_NOUNS
    from claimmap.claims_actor_lookup import table_actor

    root = span.root
    if root.pos_ != "PROPN" or root.i != span.end - 1:
        return None
    first = root.i
    while first > span.start and span.doc[first - 1].pos_ == "PROPN":
        first -= 1
    noun = span.doc[first - 1] if first > span.start else None
    if noun is None or not noun.is_lower or noun.lower_ not in ORG_NOUNS | _BODY_WORDS:
        return None
    found = table_actor(span.doc[first : root.i + 1].text)
    return found if found is not None and found.kind != "government" else None


#: Common nouns that name a body before its name, besides ``ORG_NOUNS``.
_BODY_WORDS = words(
    """
    watchdog charity nonprofit institute foundation ngo think-tank tank
    """
)


def _age_alone(words: list[Token]) -> bool:
    """ "the 34-year-old": a person named before, called by age alone."""
    said = [t.lower_ for t in words]
    return len(said) == 4 and said[0] == "the" and said[1].isdigit() and said[2:] == ["year", "old"]


def _reported(cue: Token) -> bool:
    """The claimant wrote a document a later "the report" refers to: "X said in a report",
    "Der Spiegel reported that ..."."""
    return wrote_in(cue) or (cue.pos_ == "VERB" and cue.lemma_.lower() == "report")


def _actor_of(span: Span, raw: RawClaim, parsed: Doc, met: Context) -> Actor | None:
    seer = examiner(span)
    if seer is not None:  # "Satellite images reviewed by X appear to show": X reads them
        return named_actor(seer, met)
    if not is_document(span):  # "officials and data reviewed by Reuters": the officials
        span = speaker_with_data(without_seen_clause(span))
    words = [t for t in span if not t.is_punct]
    if raw.outlet is not None and any(t.lower_ == "same" for t in words):
        same = same_cited(span, span_at(parsed, *raw.outlet), met.claimants)
        if same is not None:  # "X now says, citing the same source": the one X quoted before
            return same
    if len(words) == 1 and acronym_word(words[0]):
        return named_actor(span, met)  # "..., WHO says": the organisation, no pronoun
    if len(words) == 1 and words[0].lower_ in _RELATIVE and raw.claimant_token is not None:
        noun = last = parsed[raw.claimant_token].head.head  # "X, who said ..." → X
        while noun.dep_ == "appos" and noun.head.i < noun.i:  # "X, a former minister, who"
            noun = noun.head
        if any(c.dep_ == "conj" for c in noun.children):
            return None  # "China and the United States, ..., which": several actors
        return named_actor(parsed[noun.left_edge.i : last.i + 1], met)
    if _age_alone(words):  # "Ana Lee walked ... '...,' the 34-year-old said": Ana Lee
        found = pronoun_referent("i", parsed, met, span.start)
        return found or unmarked_subject(parsed, span.start)
    those = plural_claimant(span, met.claimants) if one_of_them(span) else None
    if those is not None:  # "Two sources said ... One (of them) said": those sources
        return those  # (before pronouns: the tagger may make "one" a pronoun)
    if len(words) == 1 and words[0].pos_ == "PRON":
        return pronoun_referent(words[0].lower_, parsed, met, span.start)
    released = releasing_body(span, met)
    if released is not None:  # "The group called on …" in the group's own release
        return released
    source = cited_source(span, raw.cue_token)
    cited = named_actor(source, met) if source is not None else None
    if cited is not None:  # "State radio, citing the governor, reported": the governor
        return of_medium_state(cited, named_actor(span, met), met.places)
    subj = contact_subject(span, parsed[raw.cue_token])
    if subj is not None:  # "..., a decision Beijing rejects": Beijing
        return named_actor(subj, met)
    owned = owner_office(span, met)
    if owned is not None:  # "..., his office said": the office of the person "his" means
        return owned
    group = one_of(span)
    if group is not None:  # "one of the officials": one of the group quoted before
        return described_before(span, group, met)
    dwellers = first_place_dwellers(span)
    if dwellers is not None:  # "Residents of X and Y say": the people of X (seat X)
        return named_actor(dwellers, met)
    if several(words) or of_several(span):
        return None  # the claimant span stays; no single actor (and no seat) stands for it
    if is_document(span):
        return document_source(span, met)
    listed = _listed_after_noun(span)
    if listed is not None:  # "the London-based group Global Witness", parsed as a compound
        return listed
    firm = named_firm(span, met.country_of)
    if firm is not None:  # "the shipping data firm Vessix" (the model's person or product)
        return firm
    medium = medium_named_before(span, met)
    if medium is not None:  # "the agency said": the news agency named last, speaker or outlet
        return medium
    again = follow.named_again(span, met.claimants) or follow.shortened(span, met.claimants)
    actor = again or named_actor(span, met)
    # "the territorial government": the article's region's, not the nation's
    return regional_government(actor, without_clauses(span), met.places) if actor else None

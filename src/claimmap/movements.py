"""Movement events read off the dependency parse: trigger, mover, origin → transit → destination.

A movement is a motion word ("transferred", "fled", "deployment", "trip") whose
arguments say who or what moved and between which places. The slots come from the
parse (prepositional objects of from/to/into/through/via…, direct objects of
leave/enter-type verbs, places named inside the mover phrase such as "fighters active
in X"), not from the geoparser, so a slot exists even when its place is unresolved;
it is linked to a :class:`Place` when one of that place's mentions falls inside it.
The word lists (:mod:`claimmap.movement_words`) describe English in general. The slots
a trigger's own phrases fill are read in :mod:`claimmap.movement_slots`; this module finds
the triggers of a document and :mod:`claimmap.movement_build` builds each movement.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.model import Claim, Document, Movement, Place
from claimmap.movement_build import read_movement
from claimmap.movement_counted import without_counted
from claimmap.movement_dates import dated_movements
from claimmap.movement_dates_told import told_ahead_days
from claimmap.movement_declared import declared_goal
from claimmap.movement_discharged import handed_on_starts
from claimmap.movement_followed import followed_routes
from claimmap.movement_found import unloaded
from claimmap.movement_gapped import gapped_movements
from claimmap.movement_guided import guided
from claimmap.movement_headline import misparsed_flight
from claimmap.movement_kept import loaded_into
from claimmap.movement_listed import listed_shipments
from claimmap.movement_loaded import loaded
from claimmap.movement_misread import misread_verb
from claimmap.movement_mood import hypothetical
from claimmap.movement_or_starts import or_starts, then_claims
from claimmap.movement_partitive import partitive_ends
from claimmap.movement_place_ref import place_ref
from claimmap.movement_projectiles import launched
from claimmap.movement_siblings import optional_branch, sought_refuge
from claimmap.movement_slots import second_pairs
from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_ways import carried_along, craft_clause, craft_name
from claimmap.movement_words import content_head, pobjs, preps_of
from claimmap.timelines import timeline_movements

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)


def extract_movements(
    doc: Document, parsed: Doc, places: Sequence[Place], claims: Sequence[Claim]
) -> list[Movement]:
    """Find the movement events of ``doc`` and link their slots to ``places`` and ``claims``.

    Only events with at least one place-like slot are kept, so figurative motion
    ("return to the negotiating table") yields nothing.
    """
    mentions = tuple(
        sorted(((m, p.id) for p in places for m in p.mentions), key=lambda mp: mp[0].start)
    )
    placed = frozenset(
        i
        for m, _ in mentions
        if (toks := parsed.char_span(m.start, m.end, alignment_mode="expand")) is not None
        for i in range(toks.start, toks.end)
    )
    named = tuple(
        sorted(
            (m.start, p.id, p.kind)
            for p in places
            for m, form in zip(
                p.mentions, p.mention_forms or ("name",) * len(p.mentions), strict=False
            )
            if form == "name"
        )
    )
    ctx = SlotContext(
        doc,
        mentions,
        {p.id: p.name for p in places},
        placed,
        named,
        countries={p.id: p.country_code for p in places},
        kinds={p.id: p.kind for p in places},
    )
    out: list[Movement] = []
    movers: list[Token | None] = []  # the named mover of each movement in ``out``
    for token in parsed:
        trigger = lex.is_trigger(token) or unloaded(token) or launched(token) or guided(token)
        trigger = trigger or loaded_into(token)  # "loaded into containers at the port of X"
        trigger = trigger or sought_refuge(token) or misread_verb(token) is not None
        trigger = trigger or misparsed_flight(token)  # "Thousands flee X" read as a name
        trigger = trigger or declared_goal(token) is not None  # "signalling X as its destination"
        trigger = trigger or loaded(token)  # "was loaded at X": where the voyage began
        trigger = trigger and not craft_name(token)  # "navy landing ships": a kind of craft
        trigger = trigger and not craft_clause(token)  # "left X on ships that called at Y"
        trigger = trigger and not carried_along(token)  # "sailed from X carrying aid to Y"
        # asked only of triggers (pure, and per token the dearest test): "took on grain at X"
        defers = trigger and lex.defers(token) and not loaded(token)
        if trigger and not defers and not hypothetical(token):
            found = read_movement(ctx, token, claims, out, movers[-1] if movers else None)
            if found is not None:
                branch = optional_branch(parsed, found[0])
                out.append(branch[0] if branch else found[0])
                movers.append(found[1])
                if branch is not None:  # "to X, sometimes via Y": a possible way of its own
                    out.append(dataclasses.replace(branch[1], id=f"{doc.id}:m{len(out)}"))
                    movers.append(found[1])
                for pair in second_pairs(token):
                    out.append(_pair_movement(ctx, found[0], pair, len(out)))
                    movers.append(found[1])
                for part in gapped_movements(ctx, found[0], token, len(out)):  # "and one from Y"
                    out.append(part)
                    movers.append(found[1])
    log.debug("%s: %d movements", doc.id, len(out))
    out = dated_movements(out, parsed, doc)  # the date phrase on each trigger
    out = told_ahead_days(out, parsed, doc)  # "was expected to leave on Friday, he said"
    out = timeline_movements(out, parsed, doc)  # "Aug 16 — The boat is escorted to X"
    out = partitive_ends(out, doc.text, places)  # "Two of the flights departed from A"
    out = handed_on_starts(out, doc.text)  # "transferred to tankers off Z. Those vessels ..."
    out = listed_shipments(ctx, parsed, claims, out)  # "3 May: 900 t of rice, X to Y"
    out = then_claims(or_starts(out, doc.text), doc.text, claims)  # "through X or out of Y"
    out = followed_routes(out, doc.text)  # "left X and is following the route through Y"
    return [without_counted(m, doc.text) for m in out]


def _pair_movement(ctx: SlotContext, first: Movement, pair: Token, n: int) -> Movement:
    """ "from A to B and from C to D": the second from-to pair is a journey of its own, of
    the same movers on the same authority, not a second start of the first."""
    start = next((o for o in pobjs(pair) if placelike(ctx, o)), None)
    goals = [o for w, o in preps_of(pair, any_prep=False) if w in lex.DEST_PREPS]
    goal = next((o for o in goals if placelike(ctx, o)), None)
    return dataclasses.replace(
        first,
        id=f"{ctx.doc.id}:m{n}",
        origin=place_ref(ctx, content_head(start)) if start is not None else None,
        transit=(),
        destination=place_ref(ctx, content_head(goal)) if goal is not None else None,
    )

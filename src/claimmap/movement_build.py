"""One movement built from its trigger: its slots (the trigger's own phrases, then those
told around it in the sentence and the text before), its mover as named, its claim, and
how it is told (negated, made, possible or meant).

The slots a trigger's own phrases fill are read in :mod:`claimmap.movement_slots`; each
``*_origin``/``*_goals`` helper adds one told elsewhere, tried only when the slot is still
empty. Split from :mod:`claimmap.movements`, which finds the triggers of a document; the
fields read off the filled slots (place references, mover span) are in
:mod:`claimmap.movement_fields`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.model import Claim, Movement
from claimmap.movement_antecedents import quantifier
from claimmap.movement_asides import aside_ways, comma_aside
from claimmap.movement_bought_by import bought_by
from claimmap.movement_branches import branched_ends
from claimmap.movement_by_way import by_way_stops
from claimmap.movement_chain import (
    arrivals_start,
    chained_origin,
    from_there,
    moved_on,
    other_mover,
    shared_start,
)
from claimmap.movement_claims import claim_for, reported_by
from claimmap.movement_collected import collected_from
from claimmap.movement_declared import declared_goal, told_mood
from claimmap.movement_demonyms import demonym_origin
from claimmap.movement_deported import sent_home
from claimmap.movement_destined import seizure_start
from claimmap.movement_disembarked import disembarked_start
from claimmap.movement_displaced import displaced_origin
from claimmap.movement_distance import measured_heading
from claimmap.movement_ends import homeward
from claimmap.movement_ends_shared import also_at, coordinate
from claimmap.movement_fields import (
    moved_span,
    mover_text,
    previous_start,
    slot_ref,
    some,
    stop_tokens,
    transit_refs,
    unique,
    went_on,
)
from claimmap.movement_found import found_at, stayed_at, unloaded, unloaded_at
from claimmap.movement_further import further_start
from claimmap.movement_handling import handling_slots, setoff_origin
from claimmap.movement_headline import headline_flight
from claimmap.movement_held import caught_start, held_start
from claimmap.movement_homes import came_back, mover_state, reporter_state, went_back
from claimmap.movement_implicit import (
    alternatives,
    arrived_in,
    compass_reach,
    halt_goals,
    misread_goals,
    seen_at,
    settle_goals,
)
from claimmap.movement_kept import (
    bought_origin,
    kept_start,
    loaded_into_start,
    seized_ends,
    unloaded_ends,
)
from claimmap.movement_loaded import handled_before, loaded, loaded_at, loaded_start
from claimmap.movement_located import accused_state, located_goal, misplaced_way
from claimmap.movement_meant_start import meant_start
from claimmap.movement_misread import misread_verb
from claimmap.movement_mover_origin import origin_in_mover
from claimmap.movement_movers import is_caused, is_goods, misread_place_mover, mover_of
from claimmap.movement_named_before import named_before
from claimmap.movement_named_crossing import named_crossing_start
from claimmap.movement_named_mover import named_mover
from claimmap.movement_nationals import nationals_from
from claimmap.movement_near_start import near_start
from claimmap.movement_negation import denied_stop, negated
from claimmap.movement_object_slots import crossed_on_the_way, object_slots
from claimmap.movement_onward import then_nouns, then_objects
from claimmap.movement_others import others_start
from claimmap.movement_place_movers import not_a_mover
from claimmap.movement_projectiles import struck_at
from claimmap.movement_remained import remained_origin
from claimmap.movement_resurfaced import seen_again
from claimmap.movement_senders import dispatcher_origin, sender_origin, supplier_origin
from claimmap.movement_sent_back import sent_back_from
from claimmap.movement_siblings import (
    crossed_near,
    fronted_origin,
    holds_end,
    its_place,
    listed_on,
    near_inside,
    no_traveller,
    passage_points,
    refuge_goals,
    sibling_start,
    unresolved_within,
    waited_origin,
)
from claimmap.movement_slots import (
    Slots,
    assign,
    directional,
    headed_ends,
    nested,
    opposite_aside,
    second_pairs,
)
from claimmap.movement_spans import (
    SlotContext,
    mover_quantity,
    placelike,
    span_of,
)
from claimmap.movement_speaker_home import party_mover, speaker_home
from claimmap.movement_starts import and_from, island_origin, partitive_origin, told_start
from claimmap.movement_stay_steps import stay_then
from claimmap.movement_subgroup import sub_group
from claimmap.movement_subjects import bare_count, gerund_noun, place_noun
from claimmap.movement_sunk import sunk_at
from claimmap.movement_then import final_goal_start, then_start
from claimmap.movement_unload_split import unloading_ends
from claimmap.movement_unloaded import unloaded_there
from claimmap.movement_ways import over_end, past_name
from claimmap.movement_went_dark import dark_start
from claimmap.movement_where import near_end, where_origin
from claimmap.movement_words import content_head

if TYPE_CHECKING:
    from spacy.tokens import Token


def read_movement(
    ctx: SlotContext,
    trig: Token,
    claims: Sequence[Claim],
    earlier: Sequence[Movement],
    last_mover: Token | None,
) -> tuple[Movement, Token | None] | None:
    """The movement told by ``trig`` and its named mover, if it has a place-like slot."""
    if comma_aside(trig):  # "reaching X, routed through Y": the way of "reaching", no mover X
        return None
    misread = misread_verb(trig)  # "was trucking chlorine from X": the chlorine moved
    caused = is_caused(ctx, trig) or misread is not None
    slots = Slots()
    aside = opposite_aside(trig) | {p.i for p in second_pairs(trig)}
    for word, obj in directional(trig):
        if obj.head.i not in aside and not denied_stop(obj):
            assign(ctx, trig, word, content_head(obj), slots, caused)
    for word, obj in misplaced_way(trig):  # "towing a boat with 35 people back toward X"
        assign(ctx, trig, word, content_head(obj), slots, caused)
    for word, obj in past_name(ctx, trig):  # "through Mato Grosso do Sul to Y", name broken
        assign(ctx, trig, word, content_head(obj), slots, caused)
    for port in lex.port_calls(trig):  # "would call at X and at Y": the ports it put in at
        assign(ctx, trig, "to", content_head(port), slots, caused)
    if loaded(trig):  # "loaded at X and at Y": X, or Y, is where the goods set off
        starts = [o for o in loaded_at(trig) if placelike(ctx, content_head(o), strict=True)]
        slots.origins.extend(content_head(o) for o in starts[:1] if not slots.origins)
        if slots.origins and len(starts) > 1:
            slots.joined.setdefault(slots.origins[0].i, []).extend(o.i for o in starts[1:])
    unloading_ends(ctx, trig, slots)  # "loaded at X, and unloaded days later in Y"
    if not slots.origins:
        slots.origins.extend(some(fronted_origin(ctx, trig)))
    if unloaded(trig):  # "loaded at X and unloaded at Y": Y is where the goods went
        ends = [content_head(o) for o in unloaded_at(trig)]
        ends += some(unloaded_there(ctx.placed, trig))  # "had been unloaded there"
        for obj in ends:
            assign(ctx, trig, "to", obj, slots, caused)
        kept = [t for t in slots.dests if t in ends]
        for other in kept[1:]:  # "at X and at Y": both ends, no hop between
            slots.dests.remove(other)
            slots.joined.setdefault(kept[0].i, []).append(other.i)
    declared = declared_goal(trig)  # "listed X as its destination": where it means to go
    for goal in [*misread_goals(ctx, trig), *refuge_goals(trig), *some(declared)]:
        assign(ctx, trig, "to", goal, slots, caused)
    object_slots(ctx, trig, slots)
    loaded_into_start(ctx, trig, slots)  # "loaded into containers at the port of X"
    slots.dests.extend(t for t in then_nouns(ctx, trig) if t not in slots.dests)
    slots.dests.extend(t for t in stay_then(ctx, slots) if t not in slots.dests)  # "where"
    flight = headline_flight(ctx, trig)  # "Thousands flee X for Y": read in word order
    if flight is not None:
        slots.origins.append(flight.origin)
        slots.dests.extend(flight.goals)
    if lex.stopover(trig):  # "stopped off X" read as a particle and an object
        slots.transits.extend(t for t in lex.misread_stops(trig) if t not in slots.transits)
    passage_points(ctx, trig, slots.transits)
    for way in aside_ways(trig):  # "reaching X, routed through Y": Y on the way to X
        assign(ctx, trig, "through", way, slots, caused)
    slots.dests.extend(t for t in unloaded_ends(ctx, trig) if t not in slots.dests)
    located_goal(ctx, trig, slots)  # "heading for K, on X's coast": K unknown, X's coast
    slots.transits.extend(t for t in by_way_stops(ctx, trig) if t not in slots.transits)
    listed_on(ctx, trig, slots.transits)
    slots.dests.extend(t for t in halt_goals(ctx, trig) if t not in slots.dests)
    slots.dests.extend(t for t in seen_again(ctx, trig) if t not in slots.dests)  # "near X"
    if not slots.dests:  # "launched from X and hit a ship off Y": where the strike was
        slots.dests.extend([t for t in struck_at(trig) if placelike(ctx, t, strict=True)][:1])
    settle_goals(ctx, trig, slots.dests)  # "to Russian units in X", "unloading them in Y"
    mover = flight.mover if flight else mover_of(ctx, trig, caused) or misread
    slots.dests.extend(some(sent_home(ctx, trig, mover, slots)))  # "deported Haitians"
    counted = (mover, *(t for t in mover.lefts if t.dep_ != "compound")) if mover else ()
    if any(t.lemma_.lower() in lex.NOT_MOVERS for t in counted) and not lex.patients(mover):
        return None  # "bringing the total to 40", "the death toll reached 300"
    abstract = mover is not None and mover.lemma_.lower() in lex.ABSTRACT_MOVERS
    if abstract or no_traveller(mover, trig):
        return None  # "life is returning to normal in X", "sending a message to X"
    sent = trig.sent
    previous = previous_start(sent)
    told = earlier[-1].sentence if earlier else None
    recent = told is not None and told.start >= previous  # the movement before is near
    named = named_mover(ctx, mover, caused, last_mover if recent else None)
    named = gerund_noun(named) if named is not None else None
    named = party_mover(mover, named, last_mover if recent else None)  # "with his family"
    if recent and last_mover is None and mover is not None and quantifier(mover):
        named = mover  # "attempts to cross from X were stopped. Many now cross at Y": unnamed
    if named is not None and place_noun(named):  # "the hub for scales going to X"
        named = misread_place_mover(trig, named)
    if named is not None and not_a_mover(ctx, named):
        named = None  # "from X, headed for Y": a place is never what moved
    if trig.lemma_.lower() in lex.RECEIVE_LEMMAS and not is_goods(named):
        return None
    # "from Z were driven to X and then carried into Y": the second leg does not start at Z
    ahead = slots.dests or slots.transits  # "and then smuggled across the river": a way on
    chain = None if slots.origins or not ahead else chained_origin(trig, earlier)
    if mover is not None:
        for word, obj in nested(mover):
            if word != "from":
                assign(ctx, trig, word, obj, slots, caused)
        for word, obj in arrived_in(trig, mover):
            assign(ctx, trig, word, obj, slots, caused)
        crossed_on_the_way(trig, slots)
        if not slots.origins and chain is None and not sibling_start(trig):
            holding = trig.lemma_.lower() in lex.HOLDING_LEMMAS and slots.empty()
            origin_in_mover(ctx, mover, trig, slots, own=not holding)
            if slots.origins and holds_end(ctx, slots.origins[0], slots.dests):
                slots.origins.clear()  # "officers of a mission in X landed in a city of X"
            slots.origins.extend([] if slots.origins else some(its_place(ctx, mover)))
            came_back(trig, slots)  # "its patients had been to X": back home from X
    slots.origins[:] = [o for o in slots.origins if not nationals_from(ctx, o)]  # "mostly from X"
    if not slots.origins and chain is None:
        start = setoff_origin(ctx, trig) or waited_origin(ctx, trig)
        start = start or told_start(ctx, trig)  # "entered X after troops withdrew toward Y"
        start = start or handled_before(ctx, trig)  # "split into loads at X and driven to Y"
        start = start or named_crossing_start(ctx, trig)  # "the X crossing into Y"
        start = start or bought_origin(ctx, trig)  # "bought from sellers in X and flown to Y"
        start = start or collected_from(ctx, trig, slots)  # "were collected from X. They"
        start = start or remained_origin(ctx, trig)  # "meant for Y, but has remained off X"
        slots.origins.extend(some(start) or handling_slots(ctx, trig)[0][:1])
        kept_start(ctx, trig, slots)  # "stash it near X before moving it to Y"
        bought_by(ctx, trig, mover, slots)  # "dug around X, bought by traders in Y, driven"
    if not slots.origins and slots.dests:
        slots.origins.extend(some(where_origin(ctx, trig) or island_origin(ctx, trig, slots.dests)))
    if not slots.origins and slots.dests and chain is None:  # "were displaced in X." "...to Y"
        start = partitive_origin(ctx, trig) or displaced_origin(ctx, trig, named)
        slots.origins.extend(some(start))
    over_end(ctx, slots)  # "flown from X over the Y Sea": the sea is where they went
    stayed = trig  # the verb whose words tell the mood: "left X and would work in Y"
    seized_ends(ctx, trig, mover, slots)  # "cocaine seized in A ... loaded at X": X → A
    if not slots.dests and slots.origins:
        found = seen_at(ctx, trig, named) or found_at(ctx, trig)
        if found is None and (stay := stayed_at(ctx, trig)) is not None:
            found, stayed = stay
        found = found or crossed_near(ctx, trig, slots.origins[0])
        found = found or sunk_at(ctx, trig, named)  # "left Y" ... "capsized off X"
        slots.dests.extend(some(found or reporter_state(ctx, trig, slots)))
    if not slots.origins and slots.dests and chain is None:  # "seized at X, destined for Y"
        slots.origins.extend(some(seizure_start(ctx, trig, named)))
    if not slots.origins and slots.dests:  # "went dark off X ... reappeared near Y": on the way
        slots.transits.extend(t for t in some(dark_start(ctx, trig)) if t not in slots.transits)
    near_start(ctx, trig, slots)  # "set off from beaches near X": from X
    near_inside(ctx, trig, slots.dests)
    near_end(ctx, trig, slots.dests)
    unresolved_within(ctx, trig, slots.dests)
    doc = ctx.doc
    there = None if slots.origins else from_there(ctx, trig, earlier, previous)
    there = there or (None if slots.origins else shared_start(trig, earlier))
    there = there or (None if slots.origins else others_start(trig, named, earlier))
    there = there or (None if slots.origins else further_start(trig, named, earlier))
    there = there or (None if slots.origins else disembarked_start(trig, named, earlier, previous))
    there = there or went_back(ctx, trig, slots, earlier)  # "sail back to Y"
    there = there or sent_back_from(ctx, trig, slots, earlier)  # "... will be flown back to C"
    there = there or (None if slots.origins else named_before(ctx, trig, earlier))  # unplaced
    if there is None and not slots.origins and chain is None:  # "were moved on to Y"
        there = moved_on(trig, slots.dests, earlier, previous, ctx)
        there = there or (arrivals_start(named, earlier) if slots.dests else None)
        there = there or (held_start(ctx, trig) if slots.dests else None)  # "sent back"
        there = there or (caught_start(ctx, trig) if slots.dests else None)  # "had planned"
        there = there or then_start(
            trig, named, slots.dests, earlier, previous
        )  # "were then driven"
        there = there or final_goal_start(trig, slots.dests, earlier)  # "his final goal was"
        there = there or meant_start(trig, named, slots.dests, earlier, previous)  # "intended"
    if there is None and not slots.origins and named is not None:  # "loaded at X. ... docked"
        there = loaded_start(doc.text, mover_text(ctx, named), earlier, previous)
    if (
        there is None
        and chain is not None
        and (other_mover(trig, named, earlier, last_mover) or sub_group(mover))
    ):
        there = chain  # "flew rescuers to X before heading to Y": the routes join no other mover
    if there is None and not slots.origins:  # "a man from X said he flew via Y"; "2,000
        start = speaker_home(ctx, mover, named)  # Sudanese crossed into Chad"
        slots.origins.extend(some(start or demonym_origin(ctx, trig, mover, slots.dests)))
    if slots.empty() and there is None:
        return None
    if not slots.origins and there is None:  # "accused a Greek ship of towing them back"
        slots.origins.extend(some(accused_state(ctx, trig, slots)))
    if not slots.origins and there is None and caused:
        found = sender_origin(ctx, trig) or supplier_origin(ctx, trig)
        found = found or dispatcher_origin(ctx, trig, named, slots.dests)
        slots.origins.extend(some(found or mover_state(ctx, trig, slots, caused)))
    calls = bool(lex.port_calls(trig))
    headed_ends(ctx, slots)  # "from X towards Y and Z": Z is an end told with Y
    coordinate(slots, calls)
    branched_ends(slots)  # "south to X and west to Y": two ends from one start
    then_objects(ctx, slots.dests, slots.alone)  # "to reach X and then Y": X is a stop
    and_from(slots)
    also_at(ctx, slots, calls)
    slots.reach.update((d.i, r) for d in slots.dests if (r := compass_reach(ctx, trig, d)))
    # "flew from X to Y to Z": the last destination in the text is where they ended up,
    # with the ones told as its alternatives ("to X or across the border into Y")
    dests = sorted(unique(slots.dests), key=lambda t: t.i)
    dests = [d for d in dests if not measured_heading(d)] or dests  # "50 km to the east"
    ends = alternatives(dests)
    for other in ends[1:]:
        slots.joined.setdefault(ends[0].i, []).append(other.i)
    transits = sorted(
        unique(stop_tokens(ctx, slots) + dests[: -len(ends) or None]), key=lambda t: t.i
    )
    part = mover is not None and mover.lower_ in lex.QUANTIFIER_PRONOUNS  # "some" of them
    how_many = mover if mover is not None and bare_count(mover) else named  # "another 430"
    trigger = span_of(doc, trig.idx, trig.idx + len(trig.text))
    sentence = span_of(doc, sent.start_char, sent.end_char)
    movement = Movement(
        id=f"{doc.id}:m{len(earlier)}",
        doc_id=doc.id,
        trigger=trigger,
        mover=moved_span(ctx, named, trig if misread is not None else None),
        origin=slot_ref(ctx, slots.origins[0], slots, named) if slots.origins else there,
        transit=tuple(r for t in transits for r in transit_refs(ctx, t, slots)),
        destination=slot_ref(ctx, ends[0], slots, named if homeward(trig) else None)
        if ends
        else None,
        claim_id=claim_for(doc, trigger, sentence, previous, claims)
        or went_on(there, earlier)
        or reported_by(trig, claims),
        quantity=mover_quantity(doc, how_many) if how_many is not None and not part else None,
        sentence=sentence,
        negated=negated(trig),
        mood=told_mood(trig, stayed, declared is not None),
    )
    return movement, named

"""English motion vocabulary for movement events: which words move what, which
prepositions mark which slot, and which uses of a word in the parse are motion words.

These lists describe English motion verbs and nouns in general, never one article.
Lemmas are lower case; sets are frozen so callers cannot change them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_awaited import expected_at
from claimmap.movement_counts import BOUND_WORDS as BOUND_WORDS
from claimmap.movement_counts import NUMBER_WORDS as NUMBER_WORDS
from claimmap.movement_counts import PARTITIVE_NOUNS as PARTITIVE_NOUNS
from claimmap.movement_counts import TIME_NOUNS as TIME_NOUNS
from claimmap.movement_counts import words as _words
from claimmap.movement_dark import SWITCH_LEMMAS, back_on
from claimmap.movement_ended_up import ended_up
from claimmap.movement_idioms import clause_verb, made_it
from claimmap.movement_joined import joined_area
from claimmap.movement_not_movers import NOT_MOVERS as NOT_MOVERS
from claimmap.movement_not_movers import PATIENT_STATES as PATIENT_STATES
from claimmap.movement_not_movers import patients as patients
from claimmap.movement_phrase_words import EVENT_NOUNS as EVENT_NOUNS
from claimmap.movement_phrase_words import WAY_ADVERBS as WAY_ADVERBS
from claimmap.movement_reading import DEST_PREPS as DEST_PREPS
from claimmap.movement_reading import DIR_PREPS as DIR_PREPS
from claimmap.movement_reading import EXTENT_NOUNS as EXTENT_NOUNS
from claimmap.movement_reading import FROM_NEAR as FROM_NEAR
from claimmap.movement_reading import ORIGIN_PREPS as ORIGIN_PREPS
from claimmap.movement_reading import TRANSIT_PREPS as TRANSIT_PREPS
from claimmap.movement_reading import child_of as child_of
from claimmap.movement_reading import content_head as content_head
from claimmap.movement_reading import np_top as np_top
from claimmap.movement_reading import pobjs as pobjs
from claimmap.movement_reading import preps_of as preps_of
from claimmap.movement_stopovers import MET_AT_SEA, STOPOVER_LEMMAS
from claimmap.movement_stopovers import STOPOVER_PREPS as STOPOVER_PREPS
from claimmap.movement_stopovers import met_off as met_off
from claimmap.movement_stopovers import misread_stops as misread_stops
from claimmap.movement_stopovers import port_calls as port_calls
from claimmap.movement_stopovers import stopover as stopover
from claimmap.movement_tracked import tracked_to

if TYPE_CHECKING:
    from spacy.tokens import Token


# Verbs (lemmas) that move something else: the object (or passive subject) is the mover.
CAUSED_MOTION = _words(
    "transfer send deploy redeploy smuggle ship airlift bring move relocate recruit dispatch "
    "deliver transport carry ferry truck bus fly drive evacuate deport expel extradite "
    "repatriate escort funnel channel infiltrate supply resupply provide export import "
    "traffic withdraw pull return station take sell force receive obtain acquire donate "
    "route walk march push float consign divert reroute tow pipe rail barge"
)  # "trucked and piped to X", "railed to the port"
# Verbs of a way around an obstacle: "divert ships around X", "sail around Y" pass X, Y;
# "away from X" with them is what they avoid, not where they set off.
ROUND_LEMMAS = _words("divert reroute route sail steam detour")
# Forms of motion verbs whose lemma the tagger gets wrong ("routed" → rout, "waded" → wad).
MISREAD_FORMS = _words("routed rerouted routing waded wading wades bussed bussing piped")
#: the lemma of a misread form that moves something else ("oil was piped to X": "pip")
CAUSED_FORMS = {"piped": "pipe"}
# "took a train to X", "caught a bus": the subject rides the vehicle named.
RIDE_VERBS = _words("take catch board")
RIDDEN = _words("train bus coach taxi ferry flight plane boat car minibus")
# "soldiers carrying papers issued in X": with no place of their own, holding, not moving.
HOLDING_LEMMAS = _words("carry take")
# Verbs whose subject moves itself.
SELF_MOTION = _words(
    "go come travel fly arrive move relocate flee cross head march walk sail drive return "
    "leave depart enter reach escape migrate emigrate immigrate infiltrate withdraw retreat "
    "advance pour flock flood stream trek journey visit proceed land exit vacate evacuate "
    "abandon commute ride swim climb storm flow slip sneak continue wade hike crawl board embark "
    "approach drift dock berth steam reappear resurface transit"
)
# Verbs of keeping watch on a mover along its way: "followed the ship from X to Y" tells
# the ship went from X to Y. A movement only with a "from" and a "to" told on the verb.
TRACK_LEMMAS = _words("follow track trail shadow")
# "had boarded in X", "embarked at Y": where they got on is where they set off.
BOARD_LEMMAS = _words("board embark")
# "received arms from X": a movement only when what is received is goods or people.
RECEIVE_LEMMAS = _words("receive obtain acquire import")
GOODS = _words(
    "arm weapon missile drone ammunition munition equipment tank rocket rifle gun supply "
    "shipment cargo aid fuel oil grain fighter militant mercenary troop refugee migrant"
)
# Transfers of ownership: their slots must be places, not buyers or donees.
POSSESSION = _words(
    "sell donate provide supply resupply deliver export import receive obtain acquire consign"
)
# Other senses, told by an object or particle: "heads the agency", "took over the firm".
OTHER_SENSE_WITH_OBJECT = _words("head lead")
OTHER_SENSE_PARTICLES = _words("over part up on")
# Phrasal verbs of another sense: "carried out strikes" is doing, not carrying.
OTHER_SENSE_PHRASES = frozenset({("carry", "out")})


# States and conditions, never what moved: "life is returning to normal in X", "calm
# returned to Y". Checked on the mover's own head only ("peace envoys" do travel).
ABSTRACT_MOVERS = _words(
    "life calm normality normalcy normal peace stability quiet tension violence unrest power "
    "electricity order sanity tranquility confidence"
)
# "told reporters in X that ...": who is told is a listener, never a mover.
LISTENER_VERBS = _words("tell inform brief assure warn remind notify")
# "rifles seized in X", "drugs found at Y": where the movers ended up, never where they
# came from (unlike "fighters recruited in X", "refugees living in Y").
SEIZURE_LEMMAS = _words(
    "seize find recover intercept confiscate capture discover impound catch arrest detain"
)
# Nouns naming a movement.
NOUN_TRIGGERS = _words(
    "transfer deployment redeployment arrival departure trip visit journey shipment delivery "
    "return withdrawal evacuation deportation relocation influx exodus crossing passage "
    "infiltration smuggling airlift migration travel route voyage flight trafficking "
    "repatriation extradition incursion pullout transit flow consignment transport ticket pushback "
    "convoy export"
)  # "aid convoys from X to Y", "exports from X through the pipeline to Y"
# Nouns that name the movers as well as their movement: "convoys from X to Y".
MOVING_NOUNS = _words("convoy")
# Nouns for going oneself: "by X" names who went ("visits by Russian ships"), whereas
# "transfer by X" names who sent.
SELF_MOTION_NOUNS = _words(
    "arrival departure trip visit journey return withdrawal influx exodus crossing passage "
    "migration travel voyage flight incursion pullout ticket"
)
# Vehicles are places to board or leave, but movers when sent or withdrawn; so are cells
# and garrisons of fighters.
VEHICLES = _words("ship vessel boat plane aircraft truck convoy")
MOVING_PLACE_NOUNS = _words("cell cells garrison")
# "made the trip", "began the journey", "bought tickets": their subject is the noun's mover.
LIGHT_VERBS = _words(
    "make take begin start undertake complete continue plan resume attempt buy book purchase"
)  # "bought tickets to X", "booked a flight": the buyer travels
# "spoke during a visit to X", "was arrested upon arrival in X": the clause's subject moved.
TIME_PREPS = _words("during upon on after before since following")
# "made their way to X", "fought their way into Y".
WAY_VERBS = _words("make find push fight work wind force")
# "fleeing war in X", "recruited in X": for these, "in X" is where the movers came from.
FLEE_LEMMAS = _words("flee escape evacuate recruit")
# leave X / flee X: the object is where they came from.
ORIGIN_OBJECT = _words("leave flee vacate escape exit evacuate abandon depart")
# "crossed at X": the crossing point; "crossed through X" (and nowhere else): X.
CROSS_LEMMAS = _words("cross crossing")
# enter X / reach X: the object is where they went.
DEST_OBJECT = _words("enter reach visit cross invade infiltrate approach storm")
# "the tanker transited the X Strait": the object is passed on the way, never the end.
TRANSIT_OBJECT = _words("transit")
# "crossed the sea to reach X": a purpose clause naming where the movement led.
GOAL_VERBS = _words("reach enter")
# "was loaded at X and shipped to Y", "unloaded in X before being moved to Y", "poached in
# X, and the scales are carried to Y": where the goods set off, told by a verb before.
# "originated in X and was smuggled into Y", "picked up from X and brought to Y" too.
SETOFF_LEMMAS = _words(
    "load board embark unload offload discharge mine poach harvest produce originate pick "
    "begin start emerge"
)  # "began in X before spreading to Y"
SETOFF_PREPS = _words("at in from")
# "shipped drones to X, loading them at A and unloading them in B": handling the goods
# after the trigger tells where the voyage started (load) and where it ended (unload).
LOAD_LEMMAS = _words("load embark")
UNLOAD_LEMMAS = _words("unload offload discharge disembark")
# "carried into X before being consolidated in Y": goods gathered at a place after the
# movement were taken on there.
GATHER_LEMMAS = _words("consolidate stockpile warehouse stash repackage")
# "arrive in X", "deployed at X": in/at/on mark the destination only for these.
ARRIVAL_LEMMAS = _words(
    "arrive arrival land deploy deployment redeploy station settle resettle dock berth base post "
    "visit "
    "reappear resurface end"
)  # "reappeared near X" after going dark: where the craft was next seen
# "left for X", "headed for X", "bound for X".
FOR_DEST_LEMMAS = _words(
    "leave depart head sail fly departure flee escape bound destined headed intended"
)
# "sailed the ship to X and anchored it off Y", "moved from X and is now operating around
# Y": a conjoined halt that ends the voyage.
HALT_LEMMAS = _words("anchor moor dock berth beach operate reappear resurface")
HALT_PREPS = _words("off at in near outside around")
# "a warship shadowed the vessel as it moved": the pronoun is the one followed.
FOLLOW_LEMMAS = _words("shadow follow track trail chase pursue escort tail")
# "transferred it to another vessel off X": a handover at sea, a stop on the way.
HANDOVER_LEMMAS = _words("transfer transship tranship")
# "passed through X into Y" ("passed to the Senate" is another sense).
PASS_PREPS = _words("through via across into toward towards")
# "Texas bused migrants to X": a place running the vehicles is where they set off. Only
# verbs naming the vehicle: the place that "sent" or "deployed" is the agent, not the start
# (M2E2 marks it so: "China deployed missiles on X" has no origin).
SENDER_LEMMAS = _words("bus truck ferry airlift ship fly")
# "North Korea sent troops to Russia": a country sending its people abroad is the start.
DISPATCH_LEMMAS = _words("send dispatch")
DISPATCHED = _words(
    "troop soldier force fighter mercenary militant officer policeman personnel worker unit "
    "commando volunteer"
)
# "Iran supplies X with weapons that are flown to Y": the supplier country is the start of
# the goods' own movement (not of the supplying, which M2E2 marks without an origin).
SUPPLY_LEMMAS = _words("supply resupply provide arm equip sell send ship deliver export")
# "the cargo was moved from there": the place the telling has reached.
THERE_WORDS = _words("there thence")
# Common nouns that name a place ("to the border", "from their homes").
LOCATION_NOUNS = _words(
    "city town village capital province region area zone territory country state district "
    "border frontier base bases camp airport airfield port harbor harbour coast island sea "
    "checkpoint home homes house hospital prison jail center centre headquarters outpost "
    "neighborhood neighbourhood countryside county municipality governorate valley mountain "
    "mountains desert front frontline battlefield enclave pocket strait gulf peninsula "
    "continent mainland highway road street building embassy palace compound facility "
    "station stadium square mosque church cathedral school shelter site destination courtroom "
    "location bush forest jungle river lake bay ocean canton suburb suburbs outskirts "
    "interior hub abroad east west north south northeast northwest southeast southwest "
    "shore beach channel canal cell cells ship vessel hotel garrison barracks field fields "
    "land lands republic kingdom emirate hills hill plain plains delta oblast rayon corridor post "
    "terminal depot warehouse anchorage pier wharf quay jetty refinery"
)
# "a camp near the Costa Rican border" is not in Costa Rica: the place named on a border
# seen from near it only says whose border it is.
BORDER_NOUNS = _words("border frontier boundary borderline")
# prepositions of time: a place inside "before the war in X" is no slot
WHEN_PREPS = _words("before after during since until following amid prior")
# "on their way to X", "en route to Y": a motion verb's goal told by a path noun.
PATH_NOUNS = _words("way route")

PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
RELATIVE = frozenset({"who", "whom", "which", "that"})
# Quantifiers that stand for a group told of before: "some had been moved to X".
QUANTIFIER_PRONOUNS = _words("some many most others several few")
COMPASS = frozenset({"east", "west", "north", "south", "northeast", "northwest", "southeast",
                      "southwest", "eastward", "westward", "northward", "southward"})  # fmt: skip


def singular(word: str) -> str:
    """A plural noun's singular as mover heads are compared ("lorries" lorry, "trucks"
    truck; "press" stays)."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


# --- which words are motion words -----------------------------------------------------------------


#: verbs that put people or goods on a vehicle, which takes them where it goes
PUT_LEMMAS = frozenset({"put", "place", "cram", "pack"})
#: "a ship bound for X": forms that are triggers with a for/to phrase
_BOUND_FORMS = frozenset({"bound", "destined", "headed", "intended"})
#: Every lemma for which some test in :func:`is_trigger` can answer True: the word lists it
#: reads, the lemmas its idiom readers check first ("join" the X area, "make" it into X,
#: "expect"-ed in X, "stop" over, "call" at X, "end" up in X) and "be" ("have been to X").
_TRIGGER_LEMMAS = (
    CAUSED_MOTION
    | SELF_MOTION
    | NOUN_TRIGGERS
    | PUT_LEMMAS
    | TRACK_LEMMAS
    | STOPOVER_LEMMAS
    | MET_AT_SEA
    | _words("set way join make expect stop call end pass spread be")
    | SWITCH_LEMMAS  # "switched its transponder back on" (back_on)
)
#: ... and every form for which one can, whatever its lemma
_TRIGGER_FORMS = _BOUND_FORMS | MISREAD_FORMS


def is_trigger(token: Token) -> bool:
    """Is ``token`` a motion word in this use ("fled", "the transfer", "bound for X")?

    Asked of every token of an article, so a word whose lemma and form no test below can
    answer True for (most words) is turned away on two set lookups, before the ten or so
    readings of its children and head: the answer is the same, it only comes sooner.
    """
    if token.lemma_.lower() not in _TRIGGER_LEMMAS and token.lower_ not in _TRIGGER_FORMS:
        return False
    return reads_as_trigger(token)


def reads_as_trigger(token: Token) -> bool:
    """:func:`is_trigger` without its prefilter: every test, for any word (kept apart so a
    test can check that the prefilter turns away no word this would take)."""
    lemma = token.lemma_.lower()
    if token.lower_ in _BOUND_FORMS:  # "a ship bound for X"
        headed = TRANSIT_PREPS | DEST_PREPS if token.lower_ == "headed" else set()  # "toward X"
        ways = {"for"} | headed | (set() if token.lower_ == "intended" else {"to"})
        return any(c.dep_ == "prep" and c.lower_ in ways for c in token.children)
    if token.lower_ in MISREAD_FORMS:  # the tagger's lemma is "rout", "wad"
        return token.pos_ == "VERB"
    if lemma == "set" and token.pos_ == "VERB":  # "set out from X", "set sail for Y"
        return any(
            (c.dep_ == "prt" and c.lower_ in ("out", "off"))
            or (c.dep_ == "dobj" and c.lower_ == "sail")
            for c in token.children
        )
    if lemma == "way" and token.dep_ == "dobj":  # "made their way to X"
        return token.head.lemma_.lower() in WAY_VERBS
    if joined_area(token):  # "joined the X area": went there
        return True
    if made_it(token) or expected_at(token) or back_on(token):  # "switched its AIS back on"
        return True
    if stopover(token) or met_off(token) or port_calls(token):
        return True
    if lemma in PUT_LEMMAS and token.pos_ == "VERB":  # "were put on buses to X and to Y"
        crafts = [
            o
            for p in token.children
            if p.dep_ == "prep" and p.lower_ in ("on", "onto", "aboard")
            for o in pobjs(p)
            if o.lemma_.lower() in VEHICLES | RIDDEN
        ]
        return bool(crafts) and any(_goes(t) for t in (token, *crafts))
    if lemma == "end":  # "others ended up in X"
        return ended_up(token)
    if lemma in TRACK_LEMMAS and token.pos_ == "VERB":  # "followed the ship from X to Y"
        return tracked_path(token) or tracked_to(token)  # "flights were tracked to Y"
    if lemma in ("pass", "spread") and token.pos_ == "VERB":  # "passed through X into Y"
        # "they spread to X" goes there ("passed to the Senate" does not); "spread across
        # X, Y and Z" tells where they are, not a way through
        passes = DEST_PREPS if lemma == "spread" else PASS_PREPS
        return any(c.dep_ == "prep" and c.lower_ in passes for c in token.children)
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or clause_verb(token):
        if lemma == "be" and token.tag_ == "VBN":  # "I have been to X"
            return any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
        return lemma in CAUSED_MOTION or lemma in SELF_MOTION
    if token.pos_ == "NOUN":
        return lemma in NOUN_TRIGGERS
    return False


def tracked_path(verb: Token) -> bool:
    """Does a verb of following have an object and a path from one point to another ("the
    ship from X to Y", "from X to Y and then to Z"), not only a time span or a source?"""
    if child_of(verb, "dobj") is None:
        return False
    starts = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS]
    ends = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in DEST_PREPS]
    ends += [
        p
        for s in starts
        for o in s.children
        if o.dep_ == "pobj"
        for p in o.children
        if p.dep_ == "prep" and p.lower_ in DEST_PREPS
    ]
    return bool(starts) and bool(ends)


def _goes(vehicle: Token) -> bool:
    """Does the vehicle say where it goes ("buses to X", "a flight from X")?"""
    ways = (DEST_PREPS | ORIGIN_PREPS) - {"onto"}  # "put onto buses": the vehicle, no end
    return any(w in ways for w, _ in preps_of(vehicle, any_prep=False))


def defers(token: Token) -> bool:
    """Not this word's movement: 'took the route from X' (the noun is the event), 'heads the
    agency', 'took over the firm' (other senses)."""
    if token.pos_ == "NOUN":
        return False
    if purpose_goal(token) and is_trigger(token.head):
        return True  # "fled the island to reach X": X is where the fleeing led
    obj = child_of(token, "dobj")
    sent = obj is not None and obj.lemma_.lower() in GOODS | {"consignment"}  # "sent shipments"
    caused = token.lemma_.lower() in CAUSED_MOTION or token.lower_ in MISREAD_FORMS
    if obj is not None and is_trigger(obj) and not (sent and caused):
        return True
    other = obj is not None and token.lemma_.lower() in OTHER_SENSE_WITH_OBJECT
    other = other and obj is not None and obj.lower_ not in COMPASS  # "headed north-west"
    way = any(c.dep_ == "prep" and c.lower_ in TRANSIT_PREPS for c in token.children)
    if other and child_of(token, "prt") is None and not way:  # "heading down the highway to X" goes
        return True
    lemma = token.lemma_.lower()
    if ended_up(token):
        return False  # "ended up in X": where the movers got to
    return any(
        c.dep_ == "prt"
        and (c.lower_ in OTHER_SENSE_PARTICLES or (lemma, c.lower_) in OTHER_SENSE_PHRASES)
        and not _onward_to(c)
        for c in token.children
    )


def _onward_to(prt: Token) -> bool:
    """ "shipped on to X", "sent on by bus to X": "on" before a to-phrase goes on."""
    after = next((t for t in prt.doc[prt.i + 1 :] if "agent" not in (t.dep_, t.head.dep_)), None)
    return prt.lower_ == "on" and after is not None and after.lower_ in DEST_PREPS


def purpose_goal(token: Token) -> bool:
    """'(crossed the sea) to reach X', '(fled) to enter X': a goal told as a purpose."""
    if token.dep_ not in ("advcl", "xcomp") or token.lemma_.lower() not in GOAL_VERBS:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def rides(token: Token) -> bool:
    """ "took freight trains north to X", "caught a bus to Y": the subject rode, the
    vehicle taken is how, not what moved."""
    obj = child_of(token, "dobj")
    return token.lemma_.lower() in RIDE_VERBS and obj is not None and obj.lemma_.lower() in RIDDEN


def takes_off(token: Token) -> bool:
    """ "the planes took off from X": the subject went (but "took off their coats")."""
    return (
        token.lemma_.lower() == "take"
        and any(c.dep_ == "prt" and c.lower_ == "off" for c in token.children)
        and child_of(token, "dobj") is None
    )


def told_goal(trig: Token) -> bool:
    """Does the trigger say where it led, with to/into ("crossed back into X through Y")?"""
    heads = [trig, *(c for c in trig.children if c.dep_ in ("advmod", "prt"))]
    return any(w in DEST_PREPS for h in heads for w, _ in preps_of(h, any_prep=False))


def aside(trig: Token, obj: Token) -> bool:
    """ "crossed into X through the Y corridor, the only road linking ...": a noun after a
    comma that follows the verb's own prepositions is an aside the parser hung on the verb,
    not its object."""
    first = obj.left_edge.i
    after_comma = first > 0 and obj.doc[first - 1].text == ","
    return after_comma and any(c.dep_ == "prep" and c.i < first for c in trig.children)

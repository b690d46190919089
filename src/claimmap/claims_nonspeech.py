"""Cue verbs that make no claim of their subject's, judged from syntax and small closed
classes: a cue inside the question a reporter put ("Asked whether he believed X, Y said"),
a question put to a person ("pressed him on staffing"), a person defended or an election
contested ("defended the secretary", "is challenging Gov. X"), an event that resembles
another ("The exchange echoed a dispute"), a silence ("did not mention any damage"), the
aside on why a source is unnamed ("speaking on condition of anonymity to discuss ..."), a
verb the tagger made of a noun ("supply outpaces demand growth"), a place that
"reported its first cases" (a statistic, no speaker), a thing "found off" a place and a
boat that "sought help" (events, not findings or stances).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_actor_phrases import PERSON_NOUNS, PERSON_ROLES, institution
from claimmap.claims_asides import known_place
from claimmap.claims_content_repairs import appositive_predicate
from claimmap.claims_cues import LABEL_CUES, cue_lemma, words
from claimmap.claims_declared_acts import declared_act
from claimmap.claims_events import armed_attack, physical_find
from claimmap.errors import GazetteerError

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs that put a question: their "if" clause is a question, not a condition.
_QUESTION_VERBS = frozenset({"ask", "wonder", "question", "inquire", "enquire"})
#: Verbs by which one thing resembles another.
_ECHOES = frozenset({"echo", "mirror"})
#: Cues that, negated with no clause, report a silence: "did not mention any damage".
_SILENT = frozenset({"mention", "disclose", "specify", "reveal", "detail", "discuss", "say"})
#: Words of an aside that only says why the speaker is not named: "on condition of
#: anonymity", and, negated, "not to be named", "not authorized to speak".
_ANONYMOUS = frozenset({"anonymity", "anonymously"})
_UNNAMED = frozenset({"named", "identified", "authorised", "authorized", "allowed", "permitted"})
#: Dependencies that leave a finite clause: above them lies the speaker's own clause.
_CLAUSE_TOPS = frozenset({"ROOT", "ccomp", "parataxis", "relcl"})


def makes_no_claim(verb: Token, lemma: str) -> bool:
    """Whether the cue ``verb`` (lemma ``lemma``) states nothing of its subject's."""
    return (
        reporters_question(verb)
        or _questioned(verb, lemma)
        or _defended_person(verb, lemma)
        or _contested(verb, lemma)
        or _resembles(verb, lemma)
        or silent(verb, lemma)
        or unnamed_aside(verb)
        or _noun_verb(verb, lemma)
        or place_tally(verb, lemma)
        or found_at(verb, lemma)
        or sought_aid(verb, lemma)
        or natural_force(verb)
        or physical_find(verb, lemma)
        or armed_attack(verb, lemma)
        or _predicate_of_content(verb)
        or set_destination(verb, lemma)
        or declared_act(verb, lemma)  # "declared a state of emergency": an act
    )


#: Verbs by which a ship's transponder shows where it is bound: "was signalling X as its
#: destination", "listed Y as its next port of call".
_BEACONS = frozenset({"signal", "list", "broadcast", "display", "show", "give", "indicate"})
#: Nouns of a voyage's end a transponder reports.
_BOUND_FOR = frozenset({"destination", "port", "call"})


def set_destination(verb: Token, lemma: str) -> bool:
    """ "The tanker was signalling Sikka as its destination": an AIS entry, data about a
    voyage, not speech of the ship's."""
    if lemma not in _BEACONS or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "as"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in _BOUND_FOR for g in p.children)
        for p in verb.children
    )


def _predicate_of_content(verb: Token) -> bool:
    """ "said ... and a soldier, Sepoy X, embraced martyrdom": the verb is the content's,
    misread as a second predicate of the cue (:func:`appositive_predicate`)."""
    heads = (verb.head, verb.head.head)
    return verb.dep_ == "conj" and any(appositive_predicate(h) == verb for h in heads)


def reporters_question(verb: Token) -> bool:
    """ "Asked whether he believed the secretary had lied, X said ...": the cue lies in
    a question (opened by "whether", or "if" after a verb of asking, or in what an
    unnamed asker asked): the words are the reporter's, no one's claim."""
    if _marked(verb, "whether"):
        return True
    if _marked(verb, "if") and verb.dep_ == "ccomp" and verb.head.lemma_ in _QUESTION_VERBS:
        return True
    for anc in verb.ancestors:
        if anc.lemma_ == "ask" and anc.tag_ == "VBN" and anc.dep_ == "advcl":
            return not any(c.dep_ == "agent" for c in anc.children)
        if anc.dep_ in _CLAUSE_TOPS and anc.dep_ != "ccomp":
            return False
    return False


def _marked(verb: Token, word: str) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == word for c in verb.children)


def _person(tok: Token) -> bool:
    """A noun phrase head that names a person or a body: "him", "Gov. Ann Lee", "the
    secretary", "Moscow"."""
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "this", "that", "what", "which")
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = tok.lemma_.lower()
    return lemma in PERSON_ROLES or lemma in PERSON_NOUNS or institution(tok)


def _clausal(verb: Token) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children)


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj"]


def _questioned(verb: Token, lemma: str) -> bool:
    """ "pressed him on staffing": a person pressed is questioned; nothing is claimed
    ("pressed for talks", "pressed them to resign" still ask for something)."""
    objs = _objects(verb)
    return lemma == "press" and bool(objs) and all(_person(o) for o in objs) and not _clausal(verb)


#: Prepositions by which a defence states what it holds: "defended it as lawful".
_DEFENCE_CONTENT = frozenset({"as"})


def _defended_person(verb: Token, lemma: str) -> bool:
    """ "X defended the secretary": standing by a person states no proposition (a defence
    "as necessary", or "defended the decision", still may)."""
    if lemma != "defend" or _clausal(verb):
        return False
    objs = _objects(verb)
    objs += [c for o in objs for c in o.conjuncts]
    if any(o.lower_.endswith(("self", "selves")) for o in objs):
        return False  # "defending himself and his record": a case made for oneself
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _DEFENCE_CONTENT]
    return bool(objs) and all(_person(o) for o in objs) and not preps


def _contested(verb: Token, lemma: str) -> bool:
    """ "Rep. X is challenging Gov. Y": a candidate who contests a named office-holder's
    seat; a challenge "over", "on" or "to" something stays an evaluation."""
    if lemma != "challenge" or _clausal(verb):
        return False
    if any(c.dep_ in ("prep", "dative") for c in verb.children):
        return False
    objs = _objects(verb)
    return bool(objs) and all(o.pos_ == "PROPN" or o.ent_type_ == "PERSON" for o in objs)


def _resembles(verb: Token, lemma: str) -> bool:
    """ "The exchange echoed a campaign dispute": a thing that resembles another is no
    speaker (a person or a body that echoes remarks may be one)."""
    if lemma not in _ECHOES:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.pos_ == "NOUN" and subj.lemma_.lower() in _EVENTS


#: Events that can resemble one another; a document ("The ad echoes X") or a group
#: ("members echoed her concerns") speaks.
_EVENTS = words(
    """
    exchange debate dispute clash row spat episode incident scene case move decision hearing
    meeting session confrontation moment situation fight battle controversy scandal standoff
    """
)


def silent(verb: Token, lemma: str) -> bool:
    """ "The ministry did not mention any damage": a negated cue whose object is "any"
    thing reports that nothing was said (a negated "that" clause is a denial)."""
    if not any(c.dep_ == "neg" for c in verb.children) or lemma not in _SILENT:
        return False
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if clauses:  # ("did not say what steps it would take" stays a stance: PolNeAR marks it)
        return False
    return any(_any_of(o) for o in _objects(verb))


def _any_of(noun: Token) -> bool:
    """ "any damage", "any figures": what went unmentioned, not whom the speaker passed
    over ("has not mentioned Machado" is a stance PolNeAR marks)."""
    return any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


def unnamed_aside(verb: Token) -> bool:
    """ "..., an official said, speaking on condition of anonymity to discuss the plan":
    the participle, and whatever hangs on it, tells why the source goes unnamed."""
    for tok in (verb, *verb.ancestors):
        if _spoke_unnamed(tok):
            return True  # "He spoke on condition of anonymity because he feared reprisals."
        if tok.dep_ in _CLAUSE_TOPS:
            return False
        aside = tok.dep_ in ("advcl", "xcomp", "acl") and tok.tag_ in ("VBG", "VBN", "VB")
        if aside and (on_condition(tok) or any(_unnamed(w) for w in tok.subtree)):
            return True
    return False


#: Verbs of talking whose anonymity a reporter explains in a sentence of its own.
_TALKING = frozenset({"speak", "talk"})


def _spoke_unnamed(verb: Token) -> bool:
    """ "He spoke on condition of anonymity because he feared reprisals": a sentence on the
    terms of an interview, with no clause said, claims nothing, nor does its reason."""
    if verb.lemma_.lower() not in _TALKING or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    return on_condition(verb) or any(c.lower_ in _ANONYMOUS for c in verb.children)


def on_condition(verb: Token) -> bool:
    """ "speaking on condition that he not be named", "on the condition that only his
    first name be used": a participle granted on a condition is the terms of an
    interview, whatever words they are put in, not a claim."""
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("on", "under")
        and any(g.dep_ == "pobj" and g.lemma_.lower() == "condition" for g in p.children)
        for p in verb.children
    )


def _unnamed(word: Token) -> bool:
    if word.lower_ in _ANONYMOUS:
        return True
    return word.lower_ in _UNNAMED and any(c.dep_ == "neg" for c in word.children)


def _noun_verb(verb: Token, lemma: str) -> bool:
    """ "..., as supply outpaces demand growth": a "cue" after a clause, between a lone
    lower-case subject and a bare noun right after it, is a noun of a compound the tagger
    misread ("demand growth"); a speaker after a clause has no such object."""
    joined = verb.dep_ == "conj" and verb.head.i < verb.i  # (or hung on it as a conjunct)
    if verb.tag_ not in ("VBP", "VB") or not (
        joined or any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    ):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i != verb.i - 1 or not subj.is_lower or any(subj.children):
        return False
    return any(
        o.i == verb.i + 1 and o.pos_ == "NOUN" and not any(o.children) for o in _objects(verb)
    )


#: Verbs by which a place "reports" a count: "X and Y reported their first cases".
_TALLIES = frozenset({"report", "confirm", "register", "record", "log"})
#: Counts of a health or disaster toll, which a place has rather than says.
_TOLL_NOUNS = frozenset(
    {"case", "death", "infection", "fatality", "casualty", "patient", "admission"}
)


def place_tally(verb: Token, lemma: str) -> bool:
    """ "while Thyolo and Mulanje reported their first cases": bare place names that
    "report" cases in a clause hung on another are where the cases are (a statistic
    inside someone's claim), not speakers; "the ministry reported 40 cases" stays the
    ministry's claim, and so does a country, or a sentence's own subject, reporting a
    figure ("Chad reported 900 cases": its authorities' count)."""
    if lemma not in _TALLIES or _clausal(verb) or verb.dep_ == "ROOT":
        return False
    objs = _objects(verb)
    if not objs or not all(o.lemma_.lower() in _TOLL_NOUNS for o in objs):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    names = [subj, *subj.conjuncts]
    return all(_bare_place(n) and not _country(n.text) for n in names)


def _country(name: str) -> bool:
    """Whether ``name`` is first of all a country, whose figures its authorities give."""
    from claimmap.gazetteer import default_gazetteer

    try:
        found = default_gazetteer().lookup(name, limit=1, fuzzy=False)
    except GazetteerError:
        return False
    return bool(found) and found[0].kind == "country"


def _bare_place(tok: Token) -> bool:
    """A proper name with no article, title or owner that the gazetteer holds as written."""
    if tok.pos_ != "PROPN" or any(c.dep_ in ("det", "poss", "compound") for c in tok.children):
        return False
    return known_place(tok.text)


#: Particles and prepositions that put a find at a place: "found off X", "found near Y".
_AT_PLACE = frozenset({"off", "near", "in", "at", "on", "along", "outside", "inside", "by"})


def _place_word(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or (tok.pos_ == "PROPN" and known_place(tok.text))


def found_at(verb: Token, lemma: str) -> bool:
    """ "Narco-sub found off Solomon Islands": a thing found at a place (a headline's
    passive, which the parser reads as the thing's own finding) is an event; a finding
    states a clause or an object that is no place ("a poll found broad support")."""
    if lemma != "find" or _clausal(verb):
        return False
    objs = _objects(verb)
    if any(not _place_word(o) for o in objs):
        return False
    spatial = [c for c in verb.children if c.dep_ in ("prt", "prep") and c.lower_ in _AT_PLACE]
    places = [g for p in spatial for g in p.children if g.dep_ == "pobj" and _place_word(g)]
    return bool(spatial) and bool(objs or places)


#: What one seeks in distress: "sought help", "sought refuge", "is seeking asylum".
_AID = words("help assistance refuge asylum shelter sanctuary treatment care rescue protection")


def sought_aid(verb: Token, lemma: str) -> bool:
    """ "a boat carrying 89 migrants sought help near X": seeking help, refuge or asylum is
    an act, not a stance on anything ("sought talks", "seeks to end" may be one)."""
    if lemma != "seek" or _clausal(verb):
        return False
    objs = _objects(verb)
    return bool(objs) and all(o.lemma_.lower() in _AID for o in objs)


def labelled_as(verb: Token, prep: Token) -> bool:
    """ "hailed the deal as historic", "was described as": a label after an object or a
    passive; the "as" of "Agrees to X as Prices Slide" is a time, no content."""
    if verb.tag_ == "VBN" or cue_lemma(verb.lemma_, verb.lower_) in _TAKES_AS:
        return True  # ("is describing as “unhinged” a tweet": the object comes late)
    return any(
        c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "dative" and c.i < prep.i)
        for c in verb.children
    )


#: Verbs whose "as" phrase is a label or a view with or without an object before it.
_TAKES_AS = LABEL_CUES | words("refer see view regard portray depict cast paint frame present")


#: Natural hazards, which strike but say nothing: "Hurricane X slams the coast".
_HAZARDS = words(
    "hurricane storm typhoon cyclone tornado earthquake quake tsunami flood floods flooding "
    "wildfire wildfires blaze bushfire landslide mudslide avalanche drought heatwave "
    "blizzard eruption volcano monsoon downpour rain rains snowstorm"
)


def natural_force(verb: Token) -> bool:
    """ "Hurricane Idalia slams Florida, knocking out power": a storm, quake or flood as
    the subject (of the cue, or of the clause a participle hangs on) acts; it claims
    nothing, so "slams" and "knocking out" are events."""
    subj = _subject(verb)
    if subj is None and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i:
        subj = _subject(verb.head)
    if subj is None:
        return False
    named = [subj.left_edge] if _storm_name(subj) else []  # "Hurricane Idalia"
    return any(w.lemma_.lower() in _HAZARDS or w.lower_ in _HAZARDS for w in [subj, *named])


def _storm_name(subj: Token) -> bool:
    """A name that opens with a hazard word and takes no article ("Storm Dana"), not an
    institution named for one ("the National Hurricane Center")."""
    first = subj.left_edge
    return subj.pos_ == "PROPN" and first.dep_ == "compound" and first.i == subj.i - 1


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)

"""Who or what moved, read off the parse: the object of send-verbs, the subject of
go-verbs, the passive subject, the possessor of "X's trip".

Split from :mod:`claimmap.movements` (the slots are read in
:mod:`claimmap.movement_slots`); the mover as written out (a bare name) is
:mod:`claimmap.movement_spans`. A third-person pronoun mover stands for the noun it
refers to (:func:`antecedent`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_subjects import (
    apposed_to,
    bare_count,
    clause_of,
    nearest,
    place_noun,
    teller,
)
from claimmap.movement_words import (
    LOCATION_NOUNS,
    NON_PLACE_ENTS,
    PLACE_ENTS,
    QUANTIFIER_PRONOUNS,
    THIRD_PERSON,
    TIME_NOUNS,
    child_of,
    content_head,
    np_top,
    preps_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of telling whose subject is the one a pronoun in what is told may stand for.
_SPEECH_LEMMAS = frozenset(
    {"say", "tell", "add", "recall", "explain", "report", "recount", "describe"}
)


def is_caused(ctx: SlotContext, token: Token) -> bool:
    """Does this use move something else (send X), rather than the subject itself (go)?"""
    lemma = token.lemma_.lower()
    if lemma not in lex.CAUSED_MOTION or lex.takes_off(token) or lex.rides(token):
        return False
    if lemma not in lex.SELF_MOTION or passive(token):
        return True
    obj = object_of(token)  # fly/move/return...: caused with a non-place object
    if obj is None:
        return False
    return obj.lemma_.lower() in lex.VEHICLES or _thing(ctx, obj) or not placelike(ctx, obj)


def _thing(ctx: SlotContext, obj: Token) -> bool:
    """ "moving North Korean shells": a common noun that no place is named by, only
    described by a demonym, is what is moved (not a place gone to, as "left the border")."""
    return (
        obj.pos_ == "NOUN"
        and obj.i not in ctx.placed
        and obj.lemma_.lower() not in LOCATION_NOUNS
        and obj.ent_type_ not in PLACE_ENTS
        and not any(
            c.dep_ in ("prep", "poss") or (c.dep_ == "compound" and c.tag_ != "JJ")
            for c in obj.children
        )
    )


def passive(token: Token) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
        return True
    return (
        token.tag_ == "VBN" and token.dep_ in ("acl", "relcl") and child_of(token, "nsubj") is None
    )


def mover_of(ctx: SlotContext, trig: Token, caused: bool) -> Token | None:
    """Who or what moved: the object of send-verbs, the subject of go-verbs."""
    subj: Token | None
    if trig.pos_ == "NOUN":
        subj = _noun_mover(ctx, trig)
    elif caused:
        subj = nearest(trig, "nsubjpass")
        if subj is None and passive(trig) and trig.dep_ == "pcomp":
            subj = _moved_before(trig)  # "was shipped to X before being moved to Y"
        if subj is None and passive(trig):  # "fighters, now renamed, have been flown"
            subj = trig.head if trig.dep_ in ("acl", "relcl") else subject(trig)
        if subj is None:
            subj = object_of(trig)
        if subj is None and trig.dep_ == "conj":  # "were recruited in X and sent to Y"
            subj = child_of(trig.head, "nsubjpass") or object_of(trig.head)
        if subj is None and trig.dep_ == "conj" and trig.tag_ == "VBN":
            subj = subject(trig)  # "where it was declared as produced there and exported to Y"
    else:
        subj = subject(trig)
    if subj is not None and subj.lower_ in lex.RELATIVE and trig.dep_ == "relcl":
        subj = trig.head
    elif subj is not None and subj.lower_ in lex.RELATIVE and subj.head.dep_ == "relcl":
        subj = subj.head.head  # "others who came from X, coming to Y"
    if subj is not None and subj.ent_type_ in ("DATE", "TIME"):
        return None  # "Monday's trip"
    return content_head(subj) if subj is not None else None


def misread_place_mover(trig: Token, subj: Token) -> Token | None:
    """What moved when the parse gives a place noun: "the hub for scales going to X" (the
    noun right before the clause), "most of the goods crossing the frontier is destined for
    X" (the subject of the verb the place is the object of); else nothing."""
    before = trig.doc[trig.i - 1] if trig.i else None
    if (
        trig.dep_ == "acl"
        and before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and before in subj.subtree
        and not place_noun(before)
    ):
        return before
    first = subj.left_edge.i
    verb = trig.doc[first - 1] if first else None
    found = child_of(verb, "nsubj") if verb is not None and verb.tag_ == "VBG" else None
    return content_head(found) if found is not None else None


def _moved_before(trig: Token) -> Token | None:
    """ "The soldiers were shipped to X, an agency said, before being moved to Y": a passive
    gerund after before/after is said of what the clause before it moved (the parser may
    hang it on the speech verb, whose subject moved nothing)."""
    if trig.head.lower_ not in lex.TIME_PREPS:
        return None
    found = [t for t in trig.sent if t.i < trig.i and t.dep_ == "nsubjpass"]
    return found[-1] if found else None


def object_of(verb: Token) -> Token | None:
    """The direct object, unless it measures the way ("driven hundreds of miles")."""
    obj = child_of(verb, "dobj")
    if obj is None or content_head(obj).lemma_.lower() in lex.EXTENT_NOUNS:
        return None
    return obj


def subject(verb: Token) -> Token | None:
    """The grammatical subject, inherited through xcomp/conj/acl chains."""
    for _ in range(6):
        subj = nearest(verb, "nsubj") or nearest(verb, "nsubjpass")
        if subj is not None:
            return subj
        head = verb.head
        if intended(verb):  # "had no plans to enter X": who had the plans
            verb = head.head
            continue
        if verb.dep_ in ("acl", "relcl", "amod") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return head
        if verb.dep_ == "xcomp" and child_of(head, "dobj") is not None:
            return child_of(head, "dobj")  # "forced thousands to flee"
        if verb.dep_ == "conj" and _asyndetic(verb):
            inner = [t for t in verb.doc[head.i + 1 : verb.i] if t.dep_ in ("nsubj", "nsubjpass")]
            if inner:  # "because cocaine produced in X crosses its borders": a misread clause
                return inner[-1]
        if verb.dep_ not in ("xcomp", "conj", "advcl", "pcomp") or head == verb:
            return None
        verb = clause_of(head) if verb.dep_ == "pcomp" else head
    return None


def intended(verb: Token) -> bool:
    """ "(had) plans to enter X": an infinitive hung on the object of a verb tells what the
    verb's subject means to do."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and head.dep_ == "dobj"
        and head.head.pos_ in ("VERB", "AUX")
    )


def _asyndetic(verb: Token) -> bool:
    """A verb conjoined to an earlier one with no "and"/"or" nor comma between them: the
    parser's guess at a clause it could not attach, not a true coordination."""
    head = verb.head
    between = verb.doc[head.i + 1 : verb.i]
    return not any(
        (t.dep_ == "cc" and t.head in (head, verb)) or (t.text == "," and t.head in (head, verb))
        for t in between
    )


def _noun_mover(ctx: SlotContext, trig: Token) -> Token | None:
    """'Obama's trip', 'the deployment of 30,000 troops', 'it made the crossing'."""
    if trig.lemma_.lower() == "way":
        return subject(trig.head)  # "migrants made their way to X"
    poss = child_of(trig, "poss")
    if poss is not None:
        return poss
    self_motion = trig.lemma_.lower() in lex.SELF_MOTION_NOUNS  # "visits by Russian ships"
    for word, obj in preps_of(trig):
        if word == "of" or (word == "by" and self_motion):
            # "the evacuation of Mariupol" is a place; "refugees in X" are not, whatever X is
            common = obj.pos_ == "NOUN" and obj.lemma_.lower() not in lex.LOCATION_NOUNS
            if (common and obj.i not in ctx.placed) or not placelike(ctx, obj):
                return obj
    goods = [c for c in trig.lefts if c.dep_ == "compound" and c.lemma_.lower() in lex.GOODS]
    if goods:
        return goods[-1]  # "weapons shipments", "troop deployments"
    if trig.dep_ == "dobj" and trig.head.lemma_.lower() in lex.LIGHT_VERBS:
        return subject(trig.head)  # "it made the crossing"
    prep = trig.head
    if trig.dep_ == "pobj" and prep.lower_ in lex.TIME_PREPS and prep.head.pos_ in ("VERB", "AUX"):
        return subject(prep.head)  # "Almagro spoke during a visit to X"
    return None


def is_goods(token: Token | None) -> bool:
    if token is None:
        return False
    words = [token, *(c for c in token.children if c.dep_ == "compound")]
    return any(w.lemma_.lower() in lex.GOODS or w.lower_ in lex.GOODS for w in words)


def named_mover(
    ctx: SlotContext, mover: Token | None, caused: bool, last_mover: Token | None
) -> Token | None:
    """The mover as named: a pronoun's antecedent ("transfer them"). A moved pronoun in the
    sentence of the movement before stands for what that one moved ("to fly them to X, from
    where they were driven to Y"), as does a moved subject pronoun in the next sentence
    ("... taken to X. From there they were moved to Y", "dealers shipped them to Y": what
    was moved, not who spoke of it), and a lone "others" or "some" just
    after it (``last_mover``, the mover of a movement told in this sentence or the one
    before)."""
    if mover is None:
        return None
    kind = THIRD_PERSON.get(mover.lower_)
    if kind is not None and _speaker(mover, kind) is not None:
        return antecedent(ctx, mover)  # "31 said they had been sold": the 31
    if quantifier(mover) and last_mover is not None and last_mover.pos_ != "PRON":
        return last_mover  # "Most crossed at X. Others returned via Y"
    if bare_count(mover):  # "612 people were sent to X. Another 430 were deported"
        told = last_mover if last_mover is not None and last_mover.pos_ != "PRON" else None
        return told or _counted(ctx, mover) or mover
    if (
        caused
        and kind in ("plural", "thing")
        and mover.pos_ == "PRON"
        and last_mover is not None
        and (last_mover.sent == mover.sent or mover.dep_ in ("nsubjpass", "dobj"))
        and last_mover.i < mover.i
        and last_mover.pos_ != "PRON"
        and _number_agrees(last_mover, kind)
    ):
        return last_mover
    return antecedent(ctx, mover)


def _number_agrees(tok: Token, kind: str) -> bool:
    """Could a "they" (plural) or an "it" (thing) stand for the noun ``tok``?"""
    misread = tok.tag_ == "VBZ" and tok.dep_ in ("nsubj", "nsubjpass")  # "objects" as a verb
    plural = tok.tag_ in ("NNS", "NNPS") or misread or any(True for _ in tok.conjuncts)
    if kind == "plural":
        return plural
    return not plural and tok.tag_ in ("NN", "NNP") and tok.ent_type_ != "PERSON"


def antecedent(ctx: SlotContext, pron: Token) -> Token | None:
    """What a third-person pronoun mover stands for: the nearest agreeing noun before it in
    its sentence or the one before ("picking up migrants to transfer them"). Other words
    are returned as they are; a pronoun with nothing to stand for gives None."""
    kind = THIRD_PERSON.get(pron.lower_)
    if quantifier(pron):
        kind = "plural"  # "some had been moved": some of the group told of before
    elif kind is None or pron.pos_ != "PRON":
        return pron
    speaker = _speaker(pron, kind)
    if speaker is not None:
        return speaker if speaker.pos_ == "NUM" else antecedent(ctx, speaker)
    ruling = _ruling_subject(ctx, pron) if kind == "plural" else None
    if ruling is not None:
        return ruling
    followed = _followed(ctx, pron, kind)
    if followed is not None:
        return followed
    toks = pron.doc
    start = pron.sent.start
    if start > 0:
        start = toks[start - 1].sent.start
    # not a co-argument of the pronoun ("officials escort them"); a subject pronoun looks
    # for a subject first ("protesters vow ... as they vacate"), an object for the nearest
    found = [
        toks[i]
        for i in range(pron.i - 1, start - 1, -1)
        if toks[i].head != pron.head and _agrees(ctx, toks[i], kind)
    ]
    told_by = teller(pron, _SPEECH_LEMMAS) if quantifier(pron) else None
    if told_by is not None:  # "Officials said many had left": the many, not the officials,
        found = [t for t in found if t != told_by and _subject_like(np_top(t))]  # no "permits"
    if np_top(pron).dep_ in ("nsubj", "nsubjpass"):  # "they", "most of them"
        subjects = [t for t in found if _subject_like(t)]
        # the subject of a main clause goes on as the subject of the next one ("One man,
        # who ..., said a worker had told him X. He said ...": the man, not the worker)
        main = [t for t in subjects if t.sent != pron.sent and t.head.dep_ == "ROOT"]
        main_clause = np_top(pron).head.dep_ == "ROOT"
        found = (main if main_clause else []) or subjects or found
    return apposed_to(found[0]) if found else None


def _counted(ctx: SlotContext, num: Token) -> Token | None:
    """The plural noun a bare count stands for, told just before it (or nothing)."""
    doc = num.doc
    start = doc[num.sent.start - 1].sent.start if num.sent.start else num.sent.start
    found = [doc[i] for i in range(num.i - 1, start - 1, -1) if _agrees(ctx, doc[i], "plural")]
    subjects = [t for t in found if _subject_like(t)]  # "brought by buses": not who was counted
    return next(iter(subjects or found), None)


def _speaker(pron: Token, kind: str) -> Token | None:
    """ "He said he left X", "31 said they had been sold": the subject of a clause told by a
    speaker who is a pronoun of the same kind, or a bare count of people, is that speaker."""
    top = np_top(pron)
    clause = top.head
    if top.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    if clause.head.lemma_.lower() not in _SPEECH_LEMMAS:
        return None
    said = child_of(clause.head, "nsubj")
    if said is None or said.i > pron.i:
        return None
    if said.pos_ == "PRON" and THIRD_PERSON.get(said.lower_) == kind:
        return said
    count = said.pos_ == "NUM" and not any(True for _ in said.children)
    return said if count and kind == "plural" else None


def quantifier(tok: Token) -> bool:
    """ "some", "many", "most" standing alone for a group: a subject with no noun."""
    return (
        tok.lower_ in QUANTIFIER_PRONOUNS
        and tok.dep_ in ("nsubj", "nsubjpass")
        and not any(c.dep_ == "prep" for c in tok.children)
    )


def _ruling_subject(ctx: SlotContext, pron: Token) -> Token | None:
    """ "2,000 Rohingya crossed into X, most of them arriving at Y": a pronoun in a clause
    hung on another stands for that clause's subject, if it is a group (a plural, or a
    proper name that is neither a person nor a place). Only a subject pronoun: "picked up
    migrants and moved them" is the migrants."""
    top = np_top(pron)
    if top.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = top
    for _ in range(4):
        if clause.pos_ in ("VERB", "AUX") or clause.head == clause:
            break
        clause = clause.head
    if clause.dep_ not in ("advcl", "conj") or clause.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > pron.i or subj.i in ctx.placed:
        return None
    group = subj.pos_ == "PROPN" and subj.ent_type_ not in NON_PLACE_ENTS | PLACE_ENTS
    return subj if group or _agrees(ctx, subj, "plural") else None


def _followed(ctx: SlotContext, pron: Token, kind: str) -> Token | None:
    """ "a warship shadowed the vessel as it moved to X": the subject of a clause hung on a
    verb of following stands for the one followed, not the follower."""
    top = np_top(pron)
    clause = top.head
    if top.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "advcl":
        return None
    if clause.head.lemma_.lower() not in lex.FOLLOW_LEMMAS:
        return None
    obj = child_of(clause.head, "dobj")
    if obj is None or obj.i > pron.i or obj.pos_ not in ("NOUN", "PROPN") or obj.i in ctx.placed:
        return None  # a ship or a convoy followed, though "vessel" may also name a place
    tags = ("NNS", "NNPS") if kind == "plural" else ("NN", "NNP")
    return obj if obj.tag_ in tags else None


def _subject_like(tok: Token) -> bool:
    """A subject, or a noun the parser made the root of its sentence ("Migrants interviewed
    by X described ...": the verb hung on a noun, whose noun is the subject all the same)."""
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        or (tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass"))
        or (tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN"))
    )


def _agrees(ctx: SlotContext, tok: Token, kind: str) -> bool:
    """Could ``tok`` head a noun phrase a pronoun of this kind refers to?"""
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "poss", "npadvmod"):
        return False
    if tok.lemma_.lower() in TIME_NOUNS:
        return False
    if tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in lex.LISTENER_VERBS:
        return False  # "told reporters": a listener
    if tok.ent_type_ in NON_PLACE_ENTS - {"PERSON"} or tok.ent_type_ in PLACE_ENTS:
        return False  # "Hong Kong protesters" may be, "Hong Kong" and "the border" not
    if tok.i in ctx.placed and (tok.ent_type_ != "NORP" or _place_name(ctx, tok)):
        return False  # but "Haitians" are people (a town the tagger calls NORP is not)
    if tok.lemma_.lower() in LOCATION_NOUNS:
        return False
    if kind == "plural":
        return tok.tag_ in ("NNS", "NNPS") or any(True for _ in tok.conjuncts)
    if tok.tag_ not in ("NN", "NNP"):
        return False
    if kind == "person":
        return tok.ent_type_ == "PERSON" or (tok.ent_type_ == "" and tok.dep_ == "nsubj")
    return tok.ent_type_ != "PERSON"


def _place_name(ctx: SlotContext, tok: Token) -> bool:
    """Is ``tok`` inside a place named by its name (not by a demonym)?"""
    starts = {start for start, _, _ in ctx.named}
    return any(m.start in starts and m.start <= tok.idx < m.end for m, _ in ctx.mentions)

"""What a pronoun or bare quantifier mover stands for: "transfer them", "some had been
moved", "31 said they had been sold".

Split from :mod:`claimmap.movement_movers`, which reads who moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.claims_quantities import WORD_VALUES
from claimmap.movement_craft_names import named_craft
from claimmap.movement_parts import part_noun, whole_of
from claimmap.movement_phrase_words import CRAFT_NOUNS, NON_PLACE_ENTS, THIRD_PERSON
from claimmap.movement_place_movers import not_a_mover
from claimmap.movement_quantified import subject_before
from claimmap.movement_same_pronoun import same_pronoun_before
from claimmap.movement_ship_she import ship_she
from claimmap.movement_spans import SlotContext
from claimmap.movement_subjects import apposed_to, teller
from claimmap.movement_words import (
    LOCATION_NOUNS,
    PLACE_ENTS,
    QUANTIFIER_PRONOUNS,
    TIME_NOUNS,
    child_of,
    np_top,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# People who tell of others' doings (local elders, witnesses, analysts): a "they" in what
# they tell stands for movers named before, when there are any, not for themselves.
# Officials and investigators often tell of their own trips, so they are not listed.
_INFORMANTS = frozenset(
    {"elder", "witness", "source", "analyst", "expert", "observer", "monitor", "authority"}
    | {"spokesman", "spokeswoman", "spokesperson", "eyewitness", "onlooker", "bystander"}
)
# Verbs of telling whose subject is the one a pronoun in what is told may stand for.
_SPEECH_LEMMAS = frozenset(
    {"say", "tell", "add", "recall", "explain", "report", "recount", "describe"}
)
# A report's own frames: "The Panel notes / found that the vessel sailed ..."
_TELLING_FRAMES = _SPEECH_LEMMAS | {"note", "find", "state", "observe", "conclude"}


def number_agrees(tok: Token, kind: str) -> bool:
    """Could a "they" (plural) or an "it" (thing) stand for the noun ``tok``?"""
    misread = tok.tag_ == "VBZ" and tok.dep_ in ("nsubj", "nsubjpass")  # "objects" as a verb
    counted = any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in tok.children)
    plural = tok.tag_ in ("NNS", "NNPS") or misread or counted or any(True for _ in tok.conjuncts)
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
    owner = _own_subject(pron, kind)
    if owner is not None:  # "it later continued its voyage": "its" is the subject's
        return antecedent(ctx, owner)
    said = speaker(pron, kind)
    if said is not None:
        return said if said.pos_ == "NUM" else antecedent(ctx, said)
    group = subject_before(pron) if quantifier(pron) else None
    if group is not None:  # "They were driven to X. Several said ...": some of them
        return antecedent(ctx, group) if group.pos_ == "PRON" else group
    ship = ship_she(pron) if kind == "person" else None
    if ship is not None:  # "the cargo ship X ... She transited Y": the ship
        return ship
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
        found = [t for t in found if _not_teller(t, told_by) and _subject_like(np_top(t))]
    if np_top(pron).dep_ in ("nsubj", "nsubjpass"):  # "they", "most of them"
        subjects = [t for t in found if _subject_like(t)]
        subjects = [t for t in subjects if not _aside(t, pron)] or subjects
        informant = teller(pron, _SPEECH_LEMMAS) if kind == "plural" else None
        if informant is not None and informant.lemma_.lower() in _INFORMANTS:
            # "Pirates attacked a dhow. Elders in X said they came from Y": the pirates
            subjects = [t for t in subjects if _not_teller(t, informant)] or subjects
        subjects = _craft_not_teller(pron, kind, subjects)
        # the subject of a main clause goes on as the subject of the next one ("One man,
        # who ..., said a worker had told him X. He said ...": the man, not the worker)
        main = [t for t in subjects if t.sent != pron.sent and t.head.dep_ == "ROOT"]
        tellers = [t for t in main if _told_after(t, subjects)]
        main = [t for t in main if t not in tellers]
        subjects = [t for t in subjects if t not in tellers]
        main_clause = np_top(pron).head.dep_ == "ROOT"
        if _retold(np_top(pron).head):
            # "The pupils arrived in X after gunmen stormed ... They had been brought
            # from Y, officials said": the news told goes on about the main subject before
            main_clause = True
            main = [t for t in main if t.head.lemma_.lower() not in _SPEECH_LEMMAS]
        if not subjects and not main:
            again = same_pronoun_before(pron, start)
            if again is not None:  # "They were trucked to X, where they were handed to
                return antecedent(ctx, again)  # networks. They come on foot": the same they
        found = _wholes(ctx, main if main_clause else []) or _wholes(ctx, subjects) or found
    found = _wholes(ctx, found)  # "the engine of the boat failed and it drifted": the boat
    found = [t for t in found if not not_a_mover(ctx, apposed_to(t))]  # never a place
    if pron.dep_ == "dobj":  # "couriers carry it onward": the goods, never the route
        found = [t for t in found if t.lemma_.lower() not in lex.PATH_NOUNS]
    return apposed_to(found[0]) if found else None


def _wholes(ctx: SlotContext, found: list[Token]) -> list[Token]:
    """``found`` with each part of a craft replaced by the craft it names ("the engine of
    the boat", "the boat's engine", "its engine": what "its" stands for) and a part naming
    none left out: a part never moves on its own (:mod:`claimmap.movement_parts`)."""
    out: list[Token] = []
    for tok in found:
        if part_noun(tok):
            whole = whole_of(tok)
            if whole is not None and whole.pos_ == "PRON":
                whole = antecedent(ctx, whole)
            if whole is None or part_noun(whole):
                continue
            tok = whole
        if tok not in out:
            out.append(tok)
    return out


def aside_mover(last: Token, pron: Token) -> bool:
    """ "The pupils arrived in X, two weeks after gunmen stormed their school. They had
    been brought from Y": the mover of a clause hung on the sentence before (an "after"
    or "when" clause, a relative clause) is an aside when that sentence's main clause has
    a subject of its own; a subject pronoun goes on about that subject (:func:`antecedent`),
    not about the mover last told."""
    if last.sent == pron.sent or pron.dep_ != "nsubjpass":
        return False
    clause = last.head
    if clause.dep_ not in ("advcl", "relcl", "acl") or clause.pos_ not in ("VERB", "AUX"):
        return False
    root = last.sent.root
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in root.children)


def _retold(clause: Token) -> bool:
    """Is ``clause`` what a sentence tells before its teller ("They had been brought from
    X, officials said"): the complement of a verb of telling that roots the sentence after
    it? Its subject stands where a main clause's would."""
    said = clause.head
    return (
        clause.dep_ == "ccomp"
        and said.dep_ == "ROOT"
        and said.i > clause.i
        and said.lemma_.lower() in _SPEECH_LEMMAS
    )


def _told_after(tok: Token, subjects: list[Token]) -> bool:
    """Is ``tok`` the teller of what a sentence tells ("The ship sailed to X, where it
    docked, the agency said. From there it crossed Y"; "The Panel notes that the vessel
    sailed from X. It had earlier stopped at Y"): the news told goes on about the subject
    of what was told (when there is one), not about who told it."""
    said = tok.head
    if said.lemma_.lower() not in _TELLING_FRAMES or tok.dep_ != "nsubj":
        return False
    frame = said.lemma_.lower() not in _SPEECH_LEMMAS  # "notes that ...": told after it
    told = [c for c in said.children if c.dep_ == "ccomp" and (frame or c.i < tok.i)]
    return any(s.head in told or s.head.head in told for s in subjects)


def _craft_not_teller(pron: Token, kind: str, subjects: list[Token]) -> list[Token]:
    """ "The ship went dark in X. The agency says it reappeared off Y": an "it" in what is
    told stands for a craft told of before rather than for the teller, who spoke, not
    sailed. Only when such a craft is there ("The firm said it had pulled out": the firm)."""
    told_by = teller(pron, _SPEECH_LEMMAS) if kind == "thing" else None
    if told_by is None:
        return subjects
    crafts = [t for t in subjects if t != told_by and _craft(t)]
    return [t for t in subjects if _not_teller(t, told_by)] if crafts else subjects


def _craft(tok: Token) -> bool:
    """A ship, plane or truck, by its noun or as a named craft ("the tanker Amara")."""
    return tok.lemma_.lower() in CRAFT_NOUNS or named_craft(tok)


def _not_teller(tok: Token, told_by: Token) -> bool:
    """Is ``tok`` neither the teller of a quantifier's sentence nor that teller named
    before ("Rights groups say ... Many now try to leave, the groups say": not the groups);
    "Officials said many had left": the many (no "permits" either: subjects only)."""
    return tok != told_by and tok.lemma_.lower() != told_by.lemma_.lower()


def _own_subject(pron: Token, kind: str) -> Token | None:
    """ "it later continued its voyage": a possessive on the object of a verb whose subject
    is a pronoun of the same kind stands for what that subject stands for."""
    noun = pron.head
    if pron.dep_ != "poss" or noun.dep_ != "dobj":
        return None
    subj = child_of(noun.head, "nsubj")
    if subj is None or subj.pos_ != "PRON" or THIRD_PERSON.get(subj.lower_) != kind:
        return None
    return subj if subj.i < pron.i else None


def counted(ctx: SlotContext, num: Token) -> Token | None:
    """The plural noun a bare count stands for, told just before it (or nothing)."""
    doc = num.doc
    start = doc[num.sent.start - 1].sent.start if num.sent.start else num.sent.start
    found = [
        doc[i]
        for i in range(num.i - 1, start - 1, -1)
        if _agrees(ctx, doc[i], "plural") or _counted_noun(ctx, doc[i])
    ]
    size = _count(num)
    bigger = [t for t in found if size is not None and (n := _counted_size(t)) and n > size]
    if bigger:  # "sailed with 16 migrants. Four were sent back": four of the sixteen
        return bigger[0]
    subjects = [t for t in found if _subject_like(t)]  # "brought by buses": not who was counted
    return next(iter(subjects or found), None)


def _count(tok: Token) -> float | None:
    """The value of a count written in digits or as a number word ("16", "four")."""
    text = tok.lower_.replace(",", "")
    return float(text) if text.isdigit() else WORD_VALUES.get(text)


def _counted_size(noun: Token) -> float | None:
    """How many ``noun`` counts ("16 migrants"), when a number modifies it."""
    return next((n for c in noun.children if c.dep_ == "nummod" and (n := _count(c))), None)


def _counted_noun(ctx: SlotContext, tok: Token) -> bool:
    """ "with 16 migrants": a plural noun the tagger made part of a quantity by its count."""
    return (
        tok.tag_ == "NNS"
        and tok.ent_type_ in ("QUANTITY", "CARDINAL")
        and tok.i not in ctx.placed
        and any(c.dep_ == "nummod" for c in tok.children)
    )


def speaker(pron: Token, kind: str) -> Token | None:
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
    count = count or quantifier(said)  # "Several said they crossed": the several
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


def _aside(tok: Token, pron: Token) -> bool:
    """ "men crossed into X province, where relatives live ... "They go back"": the subject of
    a relative clause hung on a noun of an earlier sentence is an aside, not whom the next
    sentence goes on about."""
    clause = tok.head
    return (
        tok.sent != pron.sent and clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN")
    )


def _subject_like(tok: Token) -> bool:
    """A subject, or a noun the parser made the root of its sentence ("Migrants interviewed
    by X described ...": the verb hung on a noun, whose noun is the subject all the same)."""
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        or (tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass"))
        or (tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN"))
        or _counted_subject(tok)
    )


def _counted_subject(tok: Token) -> bool:
    """ "dozens of young men crossed": the men counted by a subject that is only a count."""
    of = tok.head
    if tok.dep_ != "pobj" or of.lower_ != "of" or of.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    count = of.head
    return count.ent_type_ in ("CARDINAL", "QUANTITY") or count.lower_ in QUANTIFIER_PRONOUNS


def _agrees(ctx: SlotContext, tok: Token, kind: str) -> bool:
    """Could ``tok`` head a noun phrase a pronoun of this kind refers to?"""
    if _mistagged_noun(tok):
        return kind == "thing"  # "hijacked a fishing dhow and took it to X": the dhow
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "poss", "npadvmod"):
        return False
    if tok.lemma_.lower() in TIME_NOUNS or caption_tag(tok) or _source(tok):
        return False
    if tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in lex.LISTENER_VERBS:
        return False  # "told reporters": a listener
    if tok.ent_type_ in NON_PLACE_ENTS - {"PERSON"} or tok.ent_type_ in PLACE_ENTS:
        return False  # "Hong Kong protesters" may be, "Hong Kong" and "the border" not
    if tok.i in ctx.placed and (tok.ent_type_ != "NORP" or _place_name(ctx, tok)):
        return False  # but "Haitians" are people (a town the tagger calls NORP is not)
    craft = tok.lemma_.lower() in CRAFT_NOUNS and tok.dep_ in ("nsubj", "nsubjpass")
    if (
        tok.lemma_.lower() in LOCATION_NOUNS and not craft
    ) or tok.lemma_.lower() in lex.EVENT_NOUNS:
        return False  # "a journey that took it from X": the journey carried it; but "the
        # ship sailed ... where it passed": a craft that sails is no place
    if kind == "plural":
        return tok.tag_ in ("NNS", "NNPS") or any(True for _ in tok.conjuncts)
    if tok.tag_ not in ("NN", "NNP"):
        return False
    if kind == "person":
        return tok.ent_type_ == "PERSON" or (tok.ent_type_ == "" and tok.dep_ == "nsubj")
    return tok.ent_type_ != "PERSON" or named_craft(tok)  # "the X-flagged Y": a ship


def _mistagged_noun(tok: Token) -> bool:
    """A rare noun the tagger read as an adverb or adjective ("a fishing dhow" as RB) that
    still heads an object with an article of its own: a thing, singular."""
    return (
        tok.pos_ in ("ADV", "ADJ")
        and tok.dep_ in ("dobj", "pobj")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in tok.children)
    )


def _source(tok: Token) -> bool:
    """ "According to the report, ... before it is trucked to X": a common noun naming
    where a claim comes from is no thing that moves (a person named so may: "according to
    Ana, who fled X")."""
    to = tok.head
    source = tok.dep_ == "pobj" and to.lower_ == "to" and to.head.lower_ == "according"
    return source and tok.pos_ == "NOUN" and tok.ent_type_ != "PERSON"


def caption_tag(tok: Token) -> bool:
    """ "FILE - Migrants sit in a truck as it is driven ...": an upper-case word opening the
    sentence before a dash marks a photo caption; it names nothing that moves."""
    toks = tok.doc
    return (
        tok.i == tok.sent.start
        and tok.text.isupper()
        and tok.i + 1 < len(toks)
        and toks[tok.i + 1].text in ("-", "–", "—")
    )


def _place_name(ctx: SlotContext, tok: Token) -> bool:
    """Is ``tok`` inside a place named by its name (not by a demonym)?"""
    starts = {start for start, _, _ in ctx.named}
    return any(m.start in starts and m.start <= tok.idx < m.end for m, _ in ctx.mentions)

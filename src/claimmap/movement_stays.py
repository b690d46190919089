"""Where the movers were before a journey told without its own start: a stay before it
("waited at X before boarding a flight to Y", "was held for two days in X before being
driven to Y"), a journey that "began in X", a stay told earlier in the sentence with the
journey "later" ("anchored near X, though it later continued its voyage to Y"), and the
fighting a flight escaped ("fled into Y as fighting intensified around X").

Split from :mod:`claimmap.movement_siblings`, which reads the other neighbouring phrases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap import movement_words as lex
from claimmap.movement_spans import SlotContext, placelike
from claimmap.movement_words import content_head, pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs of staying put somewhere before a journey: "waited at X before boarding a flight"
_STAY_VERBS = frozenset(["wait", "stay", "spend", "remain", "shelter", "sleep", "camp", "hide"])
#: verbs that start a journey told as a noun: "a journey that began in X"
_BEGIN_VERBS = frozenset(["begin", "start", "originate"])


#: verbs of being kept somewhere, a stay when told in the passive: "was held in X"
_KEPT_VERBS = frozenset(["hold", "detain", "keep", "house", "lodge", "jail", "imprison"]) | {
    "register",  # "were registered in X before being moved to Y": they were at X
    "process",
    "screen",
}
#: verbs of a craft lying at a place: "anchored near X", "docked at X"
_MOORED_VERBS = frozenset(["anchor", "dock", "moor", "berth"])
#: words telling a clause as a later step: "though it later continued its voyage to Y"
_AFTERWARDS = frozenset(["later", "then", "subsequently", "afterwards", "afterward", "eventually"])


def waited_origin(ctx: SlotContext, trig: Token) -> Token | None:
    """ "had waited at X for hours before boarding a flight to Y", "was held for two days
    in X before being driven to Y": where they stayed before the journey is where it set
    off; "crossing into Y after a journey that began in X": where the journey the crossing
    ended began; "anchored near X, though it later continued its voyage to Y"."""
    found = _stayed_before(ctx, trig) or _journey_began(ctx, trig) or _stayed_then(ctx, trig)
    return found or _others_stayed(ctx, trig) or _fled_fighting(ctx, trig)


#: the part of a group told apart from the part that moved: "while others stayed in X"
_THE_OTHERS = frozenset(["other", "others", "rest", "remainder"])
#: verbs of staying behind where the group was
_STAYED_BEHIND = frozenset(["stay", "remain", "wait", "linger"])


def _others_stayed(ctx: SlotContext, trig: Token) -> Token | None:
    """ "Some were taken onward to Y, while others stayed in X": a group told split, one
    part moving and the rest staying, was at X together; X is where the movers set off."""
    if trig.pos_ != "VERB":
        return None
    for clause in (c for c in trig.children if c.dep_ in ("advcl", "conj")):
        if clause.lemma_.lower() not in _STAYED_BEHIND:
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and {subj.lower_, subj.lemma_.lower()} & _THE_OTHERS:
            return at_place(ctx, clause, ("in", "at", "near"))
    return None


#: words that tell the fighting the movers fled: "fled into Y as fighting raged around X"
_FIGHTING = frozenset(
    ["fighting", "clashes", "violence", "attacks", "shelling", "bombardment", "combat"]
) | frozenset(["conflict", "airstrikes", "raids", "hostilities", "unrest", "offensive"])
_WHILE = frozenset(["as", "amid", "while"])
_AROUND = frozenset(["around", "in", "near", "across"])


def _fled_fighting(ctx: SlotContext, trig: Token) -> Token | None:
    """ "8,000 people have fled into Y as fighting intensified around X": flight told
    with the fighting it escaped, where that fighting raged, is flight from there. Read in
    word order (the parser often misreads the clause); the fighting must come right
    after "as"/"amid", the place in the same stretch of words before any comma."""
    if trig.lemma_.lower() not in lex.FLEE_LEMMAS or trig.pos_ != "VERB":
        return None
    doc, end = trig.doc, trig.sent.end
    mark = next((t for t in doc[trig.i + 1 : end] if t.lower_ in _WHILE or t.text in ",;"), None)
    if mark is None or mark.lower_ not in _WHILE:
        return None
    near = doc[mark.i + 1 : min(mark.i + 4, end)]
    fight = next((t for t in near if t.lower_ in _FIGHTING), None)
    if fight is None:
        return None
    for tok in doc[fight.i + 1 : end]:
        if tok.text in ",;" or lex.is_trigger(tok):
            return None
        after = tok.nbor() if tok.i + 1 < end else None
        if tok.lower_ in _AROUND and after is not None:
            obj = next((o for o in doc[after.i : min(after.i + 4, end)] if o.i in ctx.placed), None)
            if obj is not None and placelike(ctx, obj, strict=True):
                return obj
    return None


def _stay(verb: Token) -> bool:
    """A verb telling the movers stayed at a place: waiting, lying moored, or being held
    (only in the passive: "held talks in X" is no stay)."""
    lemma = verb.lemma_.lower()
    if lemma in _STAY_VERBS or lemma in _MOORED_VERBS:
        return True
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return lemma in _KEPT_VERBS and (passive or verb.tag_ == "VBN")


def _stay_place(ctx: SlotContext, verb: Token) -> Token | None:
    """Where ``verb`` tells the stay: its own at/in/near phrase, or one hung on its time
    ("held for two days in X")."""
    found = at_place(ctx, verb, ("at", "in", "near"))
    if found is not None:
        return found
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
        for span in (o for o in pobjs(prep) if o.ent_type_ in ("DATE", "TIME")):
            found = at_place(ctx, span, ("at", "in"))
            if found is not None:
                return found
    return None


def _stayed_before(ctx: SlotContext, trig: Token) -> Token | None:
    tok = trig
    for _ in range(3):  # flight → boarding → before
        if tok.dep_ == "prep" or tok.head is tok:
            break
        tok = tok.head
    if tok.dep_ != "prep" or tok.lower_ != "before":
        return None
    verb = tok.head
    return _stay_place(ctx, verb) if _stay(verb) else None


def _stayed_then(ctx: SlotContext, trig: Token) -> Token | None:
    """ "a carrier was damaged while anchored near X, though it later continued its voyage
    to Y": a stay told earlier in the sentence, and the journey told as coming after it
    ("later", "then") with a pronoun for the movers, starts where they stayed. Only when
    no other movement is told between the two."""
    verb = trig.head if trig.pos_ == "NOUN" and trig.dep_ == "dobj" else trig
    if not any(c.dep_ == "advmod" and c.lower_ in _AFTERWARDS for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ != "PRON" or subj.lower_ in ("i", "you", "we"):
        return None
    sent = verb.sent
    for stay in reversed(sent.doc[sent.start : verb.i]):
        if stay.pos_ == "VERB" and lex.is_trigger(stay):
            return None  # an earlier movement of the sentence took the start
        if stay.pos_ == "VERB" and _stay(stay):
            return _stay_place(ctx, stay)
    return None


def _journey_began(ctx: SlotContext, trig: Token) -> Token | None:
    for prep in (c for c in trig.children if c.dep_ == "prep" and c.lower_ == "after"):
        for noun in pobjs(prep):
            if not lex.is_trigger(noun):
                continue
            for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl")):
                if clause.lemma_.lower() in _BEGIN_VERBS:
                    found = at_place(ctx, clause, ("in", "at", "from"))
                    if found is not None:
                        return found
            found = at_place(ctx, noun, ("from",))
            if found is not None:
                return found
    return None


def at_place(ctx: SlotContext, head: Token, words: tuple[str, ...]) -> Token | None:
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in words):
        for obj in pobjs(prep):
            if placelike(ctx, content_head(obj)):
                return content_head(obj)
    return None

"""Repairs of a cue's content where the parser split a phrase off it: a date between the
object and its "of" phrase, a label noun read as a participle ("described as Israeli
shelling"), a that-clause's verb read as the cue's own ("told X that smugglers in Y
charged Z"). Split from :mod:`claimmap.claims_content`, which chooses the content by the
cue's frame; these put back the words a misparse hung elsewhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_dates import leading_date
from claimmap.claims_reparse import that_marked
from claimmap.claims_tokens import has_child

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def hung_on_date(verb: Token, right: list[Token]) -> list[Token]:
    """ "accused X on Saturday of flying arms": the "of" phrase the parser hung on the
    date between the object and it; it belongs to the content."""
    if not any(c.dep_ == "dobj" for c in right):
        return []
    dates = [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.i > verb.i
        for g in c.children
        if g.ent_type_ in ("DATE", "TIME")
    ]
    return [p for g in dates for p in g.children if p.dep_ == "prep" and p.lower_ == "of"]


def label_gerund(verb: Token, right: list[Token]) -> list[Token]:
    """ "described as Israeli shelling near the gate": the parser takes the label's noun
    ("shelling") for a participle of the cue; right after the "as" phrase, with no
    subject of its own, it ends the label."""
    out = []
    for prep in right:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        nxt = prep.right_edge.i + 1
        for c in verb.children:
            own = has_child(c, "nsubj") or has_child(c, "nsubjpass")
            if c.i == nxt and c.dep_ == "advcl" and c.tag_ == "VBG" and not own:
                out.append(c)
    return out


#: Finite tags: a verb right after a that-clause's subject phrase that has no subject.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def stranded_predicate(verb: Token, comps: list[Token], end: int) -> int:
    """ "told the BBC that people smugglers in the district charged up to 1.5 million
    rupees": the parser reads the subject noun as the clause's verb and hangs the real
    verb on the cue; a finite verb with no subject right after the clause goes on with it
    (a comma or "and" before it would make it the speaker's own)."""
    pred = appositive_predicate(verb)
    if pred is not None:  # "and a soldier, Sepoy X, died in Y"
        last = pred.right_edge
        return max(end, last.idx + len(last.text))
    if not comps or not has_child(comps[-1], "mark"):
        return end
    nxt = comps[-1].right_edge.i + 1
    doc = verb.doc
    if nxt >= len(doc) or doc[nxt].head.i != verb.i or doc[nxt].tag_ not in _FINITE:
        return end
    pred = doc[nxt]
    if pred.dep_ not in ("xcomp", "conj", "advcl", "dep", "ccomp"):
        return end
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in pred.children):
        return end
    last = pred.right_edge
    return max(end, last.idx + len(last.text))


def before_object_date(verb: Token, first: int, last: int) -> int:
    """ "rejected the accusations on Saturday evening, saying ...": a date phrase that
    ends the object tells when the cue was spoken, not what was said (the parser hangs it
    on the object's noun); the content ends before it. Returns the last token kept."""
    doc = verb.doc
    for prep in doc[first : last + 1]:
        if prep.dep_ != "prep" or prep.right_edge.i != last or prep.i <= first:
            continue
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if objs and all(_dated(g) for g in objs) and prep.head.dep_ == "dobj":
            return prep.i - 1
    return last


def _dated(noun: Token) -> bool:
    return all(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree if not t.is_punct)


def appositive_predicate(verb: Token) -> Token | None:
    """ "said two were killed near X and a soldier, Sepoy Y, embraced martyrdom in Z": the
    parser ends the clause at the name set off by commas and hangs the verb after it on
    the cue (or on the clause) as a second predicate; a finite verb with no subject of its
    own right after such a name, with no "and" before it, is the clause's own verb."""
    doc = verb.doc
    comps = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not comps:
        return None
    comp = comps[-1]
    pred = next(
        (c for c in (*verb.children, *comp.children) if c.dep_ == "conj" and c.i > comp.i), None
    )
    if pred is None or pred.tag_ not in _FINITE or _own_subject(pred):
        return None
    comma = pred.i - 1
    if doc[comma].text != "," or not _name_set_off(doc, comma):
        return None
    return pred


def _name_set_off(doc: Doc, comma: int) -> bool:
    """Whether the words before ``comma`` are a proper name set off by a comma after a
    common noun: "a soldier, Sepoy Y,"."""
    start = comma - 1
    while start > 0 and (doc[start].pos_ == "PROPN" or doc[start].is_title):
        start -= 1
    return start < comma - 1 and doc[start].text == "," and doc[start - 1].pos_ == "NOUN"


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")


def object_before_predicate(verb: Token, comps: list[Token]) -> Token | None:
    """ "said voters in Ashby and Bexley, near Leeds, were angry": a comma-set phrase makes
    the parser read the clause's subject as the cue's object and leave the clause ("were
    angry") with no subject. An object between the cue and a subjectless clause after it
    is that clause's subject, so the content starts there."""
    first = min(comps, key=lambda c: c.i)
    if first.i < verb.i or any(c.dep_ in _SUBJECTS for c in first.children):
        return None
    if first.left_edge.i != first.i and first.doc[first.left_edge.i].dep_ not in _VERB_OPENERS:
        return None  # the clause opens with words of its own ("that ...", an adverb)
    objs = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < first.i]
    return objs[-1] if objs else None  # ("told Reuters the boat, ..., was": the last)


#: Words a subjectless clause may open with and still be the object's predicate ("were
#: angry", "was turned back", "had not left").
_VERB_OPENERS = frozenset({"aux", "auxpass", "neg"})


def object_predicate(verb: Token) -> Token | None:
    """ "told Reuters the boat, with about 90 people on board, was pushed towards X": the
    phrase set off by commas makes the parser end the cue's clause at its object and
    join the predicate to the cue as a second verb. A conjunct with no subject, no "and"
    before it, opening with an auxiliary right after a comma that closes such a phrase,
    is the object's predicate: the object and it are the content."""
    doc = verb.doc
    for pred in verb.children:
        if pred.dep_ != "conj" or pred.i < verb.i or _has_subject(pred):
            continue
        objs = [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < pred.i]
        if not objs:
            continue
        obj = objs[-1]  # ("told Reuters the boat": the last object is the thing told)
        first = pred.left_edge
        if first.dep_ not in ("aux", "auxpass") or first.i - 1 <= obj.right_edge.i:
            continue
        between = doc[obj.right_edge.i + 1 : first.i]
        if between[0].text != "," or between[-1].text != "," or len(between) < 3:
            continue
        if any(t.dep_ == "cc" or t.tag_ in ("VBD", "VBZ", "VBP") for t in between):
            continue  # "and ...", or a clause of its own in between
        return pred
    return None


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def small_clause_end(clause: Token) -> int:
    """ "declared mpox an emergency on Wednesday after ...": a complement with no "to"
    names what was declared; a date phrase after its object tells when the cue was
    spoken, and what follows it is the reporter's. A gerund's is its own event's time
    ("described leaving X at night, heading west"). Returns the last token kept."""
    if any(c.dep_ == "aux" for c in clause.children) or clause.tag_ == "VBG":
        return clause.right_edge.i
    objs = [c for c in clause.children if c.dep_ in ("dobj", "oprd", "attr")]
    for prep in clause.children:
        pobjs = [g for g in prep.children if g.dep_ == "pobj"]
        dated = pobjs and all(g.ent_type_ in ("DATE", "TIME") for g in pobjs)
        if prep.dep_ == "prep" and dated and objs and prep.i > max(o.right_edge.i for o in objs):
            return prep.i - 1
    return clause.right_edge.i


def cited_first(clause: Token) -> Token | None:
    """ "reported, citing two officials, that the city could ...": the parser may hang the
    participle naming the source on the that-clause; the content starts at "that"."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return None
    cited = any(
        c.dep_ == "advcl" and c.i < mark.i and c.lemma_.lower() in _CITING for c in clause.children
    )
    return mark if cited else None


_CITING = frozenset({"cite", "quote"})


def past_citing(verb: Token) -> list[Token]:
    """ "media reported, citing officials, that the cabinet could ...": the parser hangs
    the that-clause on the participle that names the source; it is the cue's content."""
    for part in verb.children:
        if part.dep_ == "advcl" and part.i > verb.i and part.lemma_.lower() in _CITING:
            return [c for c in part.children if c.dep_ == "ccomp" and that_marked(c)]
    return []


def outer_date(verb: Token, start: int) -> Token | None:
    """ "X said on Monday its forces had Y, agencies reported": the parse makes the
    reporting verb the complement of the first cue; the date after the first cue is that
    cue's, in the content of the second too."""
    outer = verb.head
    if verb.dep_ != "ccomp" or outer.i >= verb.i or outer.idx + len(outer.text) > start:
        return None
    return leading_date(outer, verb)


#: Verbs that report a count: "reported two cases", "recorded 40 deaths".
_COUNTING = frozenset({"report", "record", "confirm", "register", "count"})
#: Prepositions that say where the counted things are.
_WHERE = frozenset({"in", "at", "near", "among", "across", "inside"})


def counted_where(verb: Token, right: list[Token]) -> list[Token]:
    """ "reported two cases in X district": where the counted things were found is part
    of the count reported (the parser hangs it on the verb); only a place phrase right
    after a counted object, with no comma, and no date."""
    if verb.lemma_.lower() not in _COUNTING:
        return []
    objs = [c for c in right if c.dep_ == "dobj" and any(g.dep_ == "nummod" for g in c.children)]
    if not objs:
        return []
    doc, after = verb.doc, objs[-1].right_edge.i + 1
    prep = doc[after] if after < len(doc) else None
    if prep is None or prep.dep_ != "prep" or prep.head.i != verb.i or prep.lower_ not in _WHERE:
        return []
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return [prep] if objs and not any(_dated(g) for g in objs) else []


#: Whom a headline's "tells" addresses: "Prosecutor tells Sicilian court X was ...".
_LISTENER_NOUNS = frozenset(
    [
        "court",
        "jury",
        "judge",
        "judges",
        "parliament",
        "lawmakers",
        "legislators",
        "senators",
        "senate",
        "congress",
        "committee",
        "panel",
        "tribunal",
        "inquiry",
        "reporters",
        "journalists",
        "council",
        "assembly",
        "mps",
        "hearing",
        "commission",
        "delegates",
        "summit",
        "investigators",
        "un",
    ]
)


def listener_skipped(verb: Token, comps: list[Token], start: int) -> int:
    """ "Minister tells parliament army convoy was ambushed": a headline drops the "that",
    and the parser hangs the listener on the clause's subject; the content starts after
    the listener noun (an adjective or name before it, "Sicilian court", goes with it)."""
    doc = verb.doc
    if verb.lemma_.lower() not in ("tell", "inform", "assure", "warn") or verb.i + 2 >= len(doc):
        return start
    if doc[verb.i + 1].idx != start or has_child(verb, "dobj") or has_child(verb, "dative"):
        return start
    if not comps or comps[0].i <= verb.i:
        return start
    for tok in doc[verb.i + 1 : min(verb.i + 4, comps[0].i)]:
        if tok.lower_ in _LISTENER_NOUNS and tok.dep_ in ("nmod", "compound", "npadvmod"):
            return doc[tok.i + 1].idx
        if tok.pos_ not in ("ADJ", "PROPN", "DET"):
            return start
    return start

"""Attributions placed after their content, which the parser reads without a subject.

"..., the observatory said." leaves the cue with no subject: the noun phrase between the
last comma and the verb is the claimant (a bracketed acronym and a name's capitalised
words the tagger read as verbs included). "Troops are still in the north, say residents"
puts the speaker after a cue of the say family, which the parser takes for the verb's
object (and the clause before the comma for its subject).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma
from claimmap.claims_tokens import (
    Offsets,
    inside_noun_phrase,
    subtree,
    text,
    tok_end,
    tokens_offsets,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


_NP_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PRON", "NUM", "ADP", "CCONJ", "PART", "ADV"})


def postposed(verb: Token, sent: Span, clause_after: bool = False) -> tuple[Offsets, int] | None:
    """ "..., the observatory said." parsed without a subject: the noun phrase between the
    last comma and the verb is the claimant (returned with its first token's index); with
    an appositive ("..., a spokesperson for the authority, Naabol, told us"), both."""
    doc = verb.doc
    rest = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if not clause_after and any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    last = verb.i - 1
    i = _comma_before(doc, last, sent.start)
    if i == last and last - 1 > sent.start:  # "..., Naabol, told": an appositive name
        inner = _comma_before(doc, last - 1, sent.start)
        i = _comma_before(doc, inner - 1, sent.start) if inner not in (None, last - 1) else None
        last -= 1
    if i is None or i <= sent.start or i == last:
        return None
    first = i + 1
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[first : last + 1]):
        return None
    return tokens_offsets(doc, first, last), first


def _comma_before(doc: Doc, i: int, start: int) -> int | None:
    """The comma that opens the noun phrase ending at token ``i``, if one does."""
    while i > start and doc[i].text != ",":
        if doc[i].tag_ == "''" and doc[i - 1].text == ",":
            return i  # "“…,” Tulsa police Chief Ana Ruiz said": the quotation's comma
        if doc[i].text == ")":  # "the International Organization for Migration (IOM)"
            opening = _opening_bracket(doc, i, start)
            if opening is None:
                return None
            i = opening - 1
        elif doc[i].pos_ in _NP_POS or inside_noun_phrase(doc[i]) or _name_word(doc[i]):
            i -= 1
        else:
            break
    return i if i > start and doc[i].text == "," else None


def _name_word(tok: Token) -> bool:
    """A capitalised word inside a speaker's name that the tagger read as a verb ("Tulsa
    police Chief ..."): mid-sentence, before another word of the noun phrase."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        tok.is_title
        and tok.is_alpha
        and tok.pos_ == "VERB"
        and nxt is not None
        and nxt.pos_ in ("NOUN", "PROPN")
    )


#: Verbs that news English puts before their speaker ("…, say residents", "…, added
#: Smith"); others take an object there ("…, told reporters", "…, declared bankruptcy").
_INVERTING = frozenset({"say", "add", "claim", "write", "insist", "argue", "report"})
#: How the parser attaches a speaker placed after its verb: subject, object, attribute.
_AFTER_VERB = frozenset({"nsubj", "dobj", "attr"})


def inverted(verb: Token, sent: Span) -> tuple[Offsets, int, Offsets] | None:
    """ "Troops still in the north, say residents, as ...": a cue after a comma with the
    speaker after it, which the parser read as the verb's object (and took the clause
    before the comma for its subject). Returns (claimant, its first token, content)."""
    doc = verb.doc
    lemma = cue_lemma(verb.lemma_, verb.lower_)
    if (
        lemma not in _INVERTING
        or verb.tag_ not in ("VBD", "VBP", "VBZ")
        or verb.i <= sent.start + 1
    ):
        return None
    if doc[verb.i - 1].text != "," or any(_clause_on_line(verb, c) for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ in _AFTER_VERB and c.i > verb.i), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    after = obj.right_edge.i + 1
    if after < sent.end and not (doc[after].is_punct or doc[after].is_space):
        return None  # "…, say the reports were false": a clause, not a speaker
    content = trim(text(doc), sent.start_char, doc[verb.i - 1].idx)
    if len(text(doc)[content[0] : content[1]].split()) < 3:
        return None
    return subtree(obj), obj.i, content


def _clause_on_line(verb: Token, child: Token) -> bool:
    """A complement of the verb in its own line (one across a line break is a parse that
    glued a headline to the story below it)."""
    if child.dep_ not in ("ccomp", "xcomp"):
        return False
    low, high = sorted((verb.idx, child.idx))
    return "\n" not in text(verb.doc)[low:high]


def _opening_bracket(doc: Doc, close: int, floor: int) -> int | None:
    """The index of the "(" that a ")" at ``close`` closes, within a few words."""
    for j in range(close - 1, max(floor, close - 8) - 1, -1):
        if doc[j].text == "(":
            return j
    return None


#: Speech verbs whose listener may stand between the speaker and the closing comma.
_TELLING = frozenset({"tell", "inform", "brief", "assure"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def relative_read(verb: Token) -> Offsets | None:
    """ "Nigeria is the main hub for X, the UN Office on Drugs and Crime has said, with
    ...": the parser reads the attribution after the comma as a relative clause on the
    noun before it (with the noun as its gap). A relative clause with no pronoun is never
    set off by a comma, so such a cue is postposed: its content is the clause before the
    comma, and an elaborating "with" phrase after it (:func:`with_tail`)."""
    doc = verb.doc
    if verb.dep_ != "relcl" or verb.head.i >= verb.i:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.tag_ in _RELATIVE_TAGS or subj.lower_ == "that":
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "mark", "oprd") for c in verb.children):
        return None  # "the hub the UN says is the largest": the clause is the content
    lemma = cue_lemma(verb.lemma_, verb.lower_)
    if lemma not in _TELLING and any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    first = subj.left_edge
    sent = verb.sent
    if first.i <= sent.start + 2 or doc[first.i - 1].text != ",":
        return None
    if any(t.tag_ in _RELATIVE_TAGS for t in doc[first.i : verb.i]):
        return None
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc[sent.start : first.i - 1]):
        return None  # the words before the comma are a clause of their own
    end = with_tail(verb)
    return trim(text(doc), sent.start_char, end if end is not None else doc[first.i - 1].idx)


def with_tail(verb: Token) -> int | None:
    """ "..., the group said, with more than 30 tonnes seized since 2016": an absolute
    "with" phrase after a postposed cue and its comma elaborates the claim (a count, a
    participle); it is part of the content. Returns where it ends."""
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "with" or prep.i < verb.i + 2:
            continue
        if doc[prep.i - 1].text != "," or any(t.is_punct for t in doc[verb.i + 1 : prep.i - 1]):
            continue
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        counted = any(c.dep_ in ("nummod", "acl") for o in objs for c in o.children)
        if counted or any(g.dep_ == "pcomp" for g in prep.children):
            return tok_end(prep.right_edge)
    return None

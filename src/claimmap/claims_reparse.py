"""Claim frames the parser breaks in lead sentences: a speaker's title hung on the noun
before the comma ("..., Director General of Police A.B. Rao said"), a content whose
subject the parser reads as the cue's object ("The agency says the cartel, and in
particular its faction ..., buys ..."), and a content clause read as a relative clause
of the listener ("Some told aid workers they had flown ..."); a that-clause hung on the
verb that a cue's infinitive completes, or made the root ("continues to insist, in an
interview, that he wants ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_complements import misparsed_complement
from claimmap.claims_cues import QUOTE_VERBS, cue_lemma
from claimmap.claims_tokens import Offsets, sentence_at, subtree, text, tok_end, trim
from claimmap.claims_trailing import trailing_teller
from claimmap.parse_columns import dep_labels, pos_labels

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Lower-case words a title may hold: "Minister of State for Home Affairs".
_TITLE_GLUE = frozenset({"of", "for", "and", "the", "-"})


def with_title(subj: Token, said_by: Offsets) -> Offsets:
    """ "..., Director General of Police A.B. Rao said on Friday.": the parser hangs the
    title on the noun before the comma as an apposition, leaving the speaker bare. The
    capitalised run from that comma to the name names the speaker too."""
    doc = subj.doc
    said_by = _dangling_agent(subj, said_by)
    first = subj.left_edge.i
    if subj.pos_ != "PROPN" or said_by[0] != doc[first].idx:
        return said_by
    i = first - 1
    while i >= 0 and doc[i].text != "," and _title_word(doc[i]):
        i -= 1
    if i < 0 or doc[i].text != "," or i + 1 == first:
        return said_by
    run = doc[i + 1 : first]
    if not run[0].is_title or run[-1].lower_ in _TITLE_GLUE:
        return said_by
    if any(t.head.i >= first for t in run):
        return said_by  # the parse already ties the run to the speaker's side
    return run[0].idx, said_by[1]


def _dangling_agent(subj: Token, said_by: Offsets) -> Offsets:
    """ "Images taken by X and reviewed by Al-Monitor show ...": the parser hangs the last
    agent's name on the cue as a compound, leaving "reviewed by" bare; the name between
    the "by" and the cue completes the subject."""
    doc, verb = subj.doc, subj.head
    last = next((t for t in subj.subtree if t.idx + len(t) == said_by[1]), None)
    if last is None or last.lower_ != "by" or not last.i < verb.i - 1:
        return said_by
    gap = doc[last.i + 1 : verb.i]
    if all(t.head.i in (verb.i, *(g.i for g in gap)) and t.dep_ in _NAME_DEPS for t in gap):
        return said_by[0], doc[verb.i - 1].idx + len(doc[verb.i - 1])
    return said_by


_NAME_DEPS = frozenset({"compound", "punct", "nmod", "amod"})


def _title_word(tok: Token) -> bool:
    return (tok.pos_ in ("PROPN", "NOUN") and tok.text[:1].isupper()) or tok.lower_ in _TITLE_GLUE


#: What one "says" as a thing, not as a claim: "said a prayer", "says nothing".
_SAID_THINGS = frozenset(
    {
        "word", "thing", "prayer", "goodbye", "hello", "nothing", "something",
        "anything", "everything", "little", "much", "lot", "yes", "no", "grace",
        "sorry", "name", "line", "mass", "this", "that", "it", "so", "same",
    }
)  # fmt: skip


def object_read_subject(verb: Token) -> Offsets | None:
    """ "The agency says the cartel, and in particular its faction ..., buys most of its
    chemicals from X": the parser reads the content's subject as the cue's object and the
    content's verb as the cue's conjunct. A conjunct after a comma that has its own
    subject and follows a noun object of a "say" verb is the rest of the content."""
    if verb.lemma_.lower() not in ("say", "claim", "allege"):
        return None
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objs) != 1 or objs[0].lemma_.lower() in _SAID_THINGS or objs[0].pos_ == "PRON":
        return None
    obj = objs[0]
    doc = verb.doc
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.i < obj.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue
        if not any(t.text == "," for t in doc[obj.i + 1 : conj.left_edge.i]):
            continue  # "says the rules and the law allow it": two things said
        if any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            continue
        return obj.left_edge.idx, subtree(conj)[1]
    return None


_PRONOUNS = frozenset({"they", "he", "she", "we", "i", "it", "you"})


def contact_complement(verb: Token) -> list[Token]:
    """ "Some told aid workers they had flown from X to Y": after a listener, a clause
    opened by a pronoun subject and no relative word is what was told, not a relative
    clause of the listener (a stranded preposition, "the workers they spoke to", is)."""
    if verb.lemma_.lower() not in ("tell", "inform", "assure", "warn", "remind"):
        return []
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "dative") or obj.i < verb.i:
            continue
        for rel in obj.children:
            if rel.dep_ != "relcl" or rel.i < obj.i:
                continue
            first = rel.doc[rel.left_edge.i]
            if first.lower_ not in _PRONOUNS or first.dep_ != "nsubj" or first.head.i != rel.i:
                continue
            words = rel.doc[rel.i : rel.right_edge.i + 1]
            if any(t.pos_ == "ADP" and not list(t.children) for t in words):
                continue
            return [rel]
    return []


def before_trailing_attribution(verb: Token, content: Offsets) -> Offsets:
    """ "Ministry data shows that X, the newspaper Y reported in February.": the parser
    hangs the closing attribution inside the first cue's content (as a relative clause
    of its last noun). A speech verb after a comma, with its own subject and nothing after
    it but its adjuncts, is a second attribution: the first content ends at its comma."""
    doc = verb.doc
    sent = sentence_at(doc, verb.i)
    deps, pos = dep_labels(doc), pos_labels(doc)
    for i in range(verb.i + 1, sent.end):
        if deps[i] not in ("relcl", "conj", "parataxis", "ccomp") or pos[i] != "VERB":
            continue
        tok = doc[i]
        if cue_lemma(tok.lemma_, tok.lower_) not in QUOTE_VERBS:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        told = trailing_teller(tok, sent) if subj is None else None
        if told is not None and content[0] <= told[2][1] < content[1]:
            return content[0], min(content[1], told[2][1])  # "X, a source told AFP"
        if subj is None or subj.tag_ in ("WDT", "WP") or subj.left_edge.i < 1:
            continue
        comma = doc[subj.left_edge.i - 1]
        if comma.text != "," or not content[0] <= comma.idx < content[1]:
            continue
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > tok.i for c in tok.children):
            continue  # "..., and the agency reported a rise": a clause of its own
        rest = doc[tok.right_edge.i + 1 : sent.end]
        if all(t.is_punct or t.is_space for t in rest):
            return content[0], trim(text(doc), content[0], comma.idx)[1]
    return content


def cited_aside(verb: Token) -> bool:
    """ "..., Lee said, citing the agency": "citing" with a bare noun after a speech cue
    names the speaker's source; it is no claim of its own."""
    if verb.lemma_.lower() not in ("cite", "quote") or verb.tag_ != "VBG":
        return False
    if verb.dep_ not in ("advcl", "xcomp", "conj") or verb.head.i > verb.i:
        return False
    if cue_lemma(verb.head.lemma_, verb.head.lower_) not in QUOTE_VERBS:
        return False
    return not any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in verb.children)


def that_marked(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i for c in verb.children)


def inverted_that_clause(verb: Token) -> Offsets | None:
    """ "The nominee continues to insist, most recently in an interview, that he wants
    ...": the parser makes the that-clause the root and the cue's clause its complement;
    the that-clause after the cue is the content."""
    for clause in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        root = clause.head
        if clause.dep_ != "ccomp" or root.i < verb.right_edge.i or not that_marked(root):
            continue
        that = next(c for c in root.children if c.dep_ == "mark" and c.lower_ == "that")
        if that.i > verb.right_edge.i:
            return that.idx, tok_end(root.right_edge)
    return None


def complement_on_head(verb: Token) -> list[Token]:
    """ "continues to insist, most recently in an interview, that he wants ...": the parser
    hangs the that-clause after an aside on the verb the cue's infinitive completes."""
    if verb.dep_ != "xcomp" or verb.head.i > verb.i:
        return []
    comps = []
    for c in verb.head.children:
        first = next((t for t in c.subtree if not t.is_punct), c)
        if c.i > verb.right_edge.i and first.lower_ == "that" and first.dep_ == "mark":
            comps += [c] if misparsed_complement(verb, c, first) else []
    return comps

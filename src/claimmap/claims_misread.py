"""Cue verbs the tagger read as nouns.

The small model tags a third-person verb as a plural noun when its subject is a long noun
phrase or a headline's ("..., the central bank's governor maintains.", "Senate panel votes
to subpoena aide"), and a bare plural-subject verb as a singular noun ("Records from the
audit show he paid no tax", with the noun given a subject and a clause of its own). The
shape around the word shows it is the verb: a noun phrase before it and a clause after
it, or a clause and a comma before its noun phrase at the end of the sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_content import verb_content
from claimmap.claims_cues import cue_lemma, verb_frame
from claimmap.claims_outlets import outlet_of
from claimmap.claims_tokens import (
    Offsets,
    RawClaim,
    cue_offsets,
    subtree,
    text,
    tokens_offsets,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: What a misread noun's clause hangs by: a clause, an infinitive, a relative read off it.
_CLAUSE_DEPS = frozenset({"ccomp", "relcl", "acl", "xcomp"})
#: Words a speaker's noun phrase is made of.
_NP_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "NUM", "PART", "ADP", "CCONJ"})


def misread_cue(tok: Token, sent: Span) -> RawClaim | None:
    """A claim at a cue verb tagged as a noun, if its surroundings show the verb."""
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS"):
        return None
    frame = verb_frame(cue_lemma(tok.lemma_, tok.lower_))
    if frame is None:
        return None
    found = _trailing(tok, sent) or _leading(tok, sent) or _after_title(tok, sent)
    if found is None:
        return None
    claimant, claimant_tok, content = found
    return RawClaim(
        cue=(tok.idx, tok.idx + len(tok.text)),
        content=content,
        claimant=claimant,
        claimant_token=claimant_tok,
        outlet=None,
        cue_token=tok.i,
        frame=frame,
        sentence=(sent.start_char, sent.end_char),
    )


def _verb_form(tok: Token) -> bool:
    """An -s form ("maintains", "votes"), or a noun the parser itself gave a subject."""
    if tok.tag_ == "NNS":
        return tok.lower_.endswith("s") and not tok.lower_.endswith("ss")
    return any(c.dep_ == "nsubj" for c in tok.children)


def _trailing(tok: Token, sent: Span) -> tuple[Offsets, int, Offsets] | None:
    """ "Prices will rise, the bank's chief economist maintains.": the sentence's last word,
    after a comma and a noun phrase, with a clause before the comma."""
    doc = tok.doc
    bare = _bare_plural_verb(tok)
    if not bare and (tok.tag_ != "NNS" or not _verb_form(tok)):
        return None
    after = [t for t in doc[tok.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
    if after and not (bare and _inference_after(tok)):
        return None
    i = tok.i - 1
    while i > sent.start and doc[i].text != "," and (doc[i].pos_ in _NP_POS or _modifier(doc[i])):
        i -= 1
    if i <= sent.start or doc[i].text != "," or i == tok.i - 1:
        return None
    speaker = doc[i + 1 : tok.i]
    if len(speaker) > 8 or speaker[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    if any(t.pos_ == "CCONJ" for t in speaker) or speaker[0].pos_ not in _OPENERS[bare]:
        return None  # "..., mailers and phone calls.": a list's last item, not a speaker
    before = doc[sent.start : i]
    if len(before) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in before):
        return None
    content = trim(text(doc), before.start_char, before.end_char)
    return (speaker.start_char, speaker.end_char), speaker[-1].i, content


#: What may open a sentence-final speaker; a bare noun only before a bare plural verb.
_OPENERS = {
    False: frozenset({"DET", "PROPN"}),
    True: frozenset({"DET", "PROPN", "NOUN", "ADJ", "VERB"}),
}


def _bare_plural_verb(tok: Token) -> bool:
    """ "..., tracking data show": a bare verb form tagged a singular noun right after a
    plural noun, its subject."""
    if tok.tag_ != "NN" or tok.lower_ != tok.lemma_.lower() or tok.i == 0:
        return False
    return tok.doc[tok.i - 1].tag_ in ("NNS", "NNPS")


def _inference_after(tok: Token) -> bool:
    """ "..., data show, suggesting X": only a comma and a participle follow the cue."""
    doc = tok.doc
    nxt = tok.i + 1
    return nxt + 1 < len(doc) and doc[nxt].text == "," and doc[nxt + 1].tag_ == "VBG"


def _modifier(tok: Token) -> bool:
    """ "flight-tracking": a participle or hyphen inside the speaker's noun phrase."""
    if tok.tag_ in ("VBG", "VBN", "HYPH"):
        return True
    return tok.dep_ in ("amod", "compound", "npadvmod") and tok.text != ","


def _leading(tok: Token, sent: Span) -> tuple[Offsets, int, Offsets] | None:
    """ "Senate panel votes to subpoena aide", "Records from the audit show he paid no
    tax": a sentence rooted in the word, a noun phrase before it, a clause after it."""
    doc = tok.doc
    if tok.dep_ != "ROOT" or not _verb_form(tok) or tok.i == sent.start:
        return None
    if any(c.dep_ in ("det", "poss") for c in tok.children):
        return None  # "the plans to ...", "Obama's plans to ...": a noun phrase
    clause = next((c for c in tok.children if c.i > tok.i and c.dep_ in _CLAUSE_DEPS), None)
    clause = clause or _infinitive_after(tok)  # "Sanders Vows To End Tax Breaks"
    if clause is None or clause.pos_ not in ("VERB", "AUX") or not _opens_clause(clause, tok):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is not None:
        claimant, claimant_tok = subtree(subj), subj.i
    else:
        left = doc[tok.left_edge.i : tok.i]
        if not len(left) or any(t.pos_ not in _NP_POS for t in left):
            return None
        claimant, claimant_tok = tokens_offsets(doc, left.start, tok.i - 1), tok.i - 1
    if doc[tok.i - 1].pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return claimant, claimant_tok, subtree(clause)


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_WH = frozenset({"how", "that", "what", "where", "why", "when", "who"})


def _after_title(tok: Token, sent: Span) -> tuple[Offsets, int, Offsets] | None:
    """'The report, "Rivers of Sand," documents how sand is sold': a document's noun, its
    quoted title set off by commas, and the -s verb (which the tagger reads as a plural
    noun after the title) opening a "how"/"that" clause."""
    doc = tok.doc
    if tok.tag_ != "NNS" or not _verb_form(tok) or tok.i + 2 >= sent.end:
        return None
    if doc[tok.i + 1].lower_ not in _WH:
        return None
    i = tok.i - 1
    while i > sent.start and doc[i].text in _QUOTES | {","}:
        i -= 1  # the title's closing quote and comma
    while i > sent.start and doc[i].text not in _QUOTES:
        i -= 1  # the title
    if i - 1 <= sent.start or doc[i - 1].text != ",":
        return None
    speaker = doc[sent.start : i - 1]
    if len(speaker) > 6 or any(t.pos_ not in _NP_POS for t in speaker):
        return None
    if speaker[-1].pos_ != "NOUN":
        return None
    last = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    content = tokens_offsets(doc, tok.i + 1, last - 1)
    return (speaker.start_char, speaker.end_char), speaker[-1].i, content


def _infinitive_after(tok: Token) -> Token | None:
    """ "Sanders Vows To End Tax Breaks": a headline's infinitive, which the parser hangs
    on the misread verb as an adverbial clause."""
    nxt = tok.i + 1
    doc = tok.doc
    if nxt >= len(doc) or doc[nxt].lower_ != "to" or doc[nxt].dep_ != "aux":
        return None
    clause = doc[nxt].head
    return clause if clause.dep_ == "advcl" and clause.head.i == tok.i else None


def _opens_clause(clause: Token, cue: Token) -> bool:
    """An infinitive right after the cue, or a clause with a subject or a "that"."""
    kids = list(clause.children)
    if any(c.dep_ == "aux" and c.lower_ == "to" and c.i == cue.i + 1 for c in kids):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids)


def noun_rooted(verb: Token, sent: Span, frame: str) -> RawClaim | None:
    """ "Trump refuses to ..." parsed with the name as root and the verb as its object: a
    cue verb misread in the parse rather than the tagging."""
    head = verb.head
    if head.dep_ != "ROOT" or head.i >= verb.i or head.pos_ not in ("NOUN", "PROPN"):
        return None
    content = verb_content(verb, frame)
    if content is None:
        return None
    return RawClaim(
        cue=cue_offsets(verb),
        content=content,
        claimant=tokens_offsets(verb.doc, head.left_edge.i, verb.i - 1),
        claimant_token=head.i,
        outlet=outlet_of(verb, sent),
        cue_token=verb.i,
        frame=frame,
        sentence=(sent.start_char, sent.end_char),
    )

"""Attributions that close a sentence after a comma, which the parser did not see.

"Tankers loaded crude at X and sailed towards Y, ship-tracking data showed on Wednesday":
a long clause before the comma lets the parser hang the closing "data showed" on the
clause as a conjunct or an adverbial clause (or take "records" for a compound of "show"),
so the cue verb has no complement and the claim is lost. The shape still shows it: a
comma, a bare noun phrase, a speech or document verb, and nothing after it but adverbials
("on Wednesday"). The noun phrase is the source (data, figures and images speak too) and
the clause before the comma is its content.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from claimmap.claims_tokens import Offsets, text, tok_end, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Dependents of a closing attribution verb that bring no content of their own.
_ADVERBIALS = frozenset({"prep", "npadvmod", "advmod", "punct", "nsubj", "compound", "aux"})
#: Dependents that would be the verb's own content: the normal reading then holds.
_CONTENTS = frozenset({"ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "mark", "acomp"})
#: Words of a noun phrase naming a source: "ship-tracking data", "the latest figures".
_NP_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON"})
#: Subordinators that open a clause which is a setting, not a report ("When X left, ...").
_SUBORDINATORS = frozenset(
    {"when", "after", "as", "if", "because", "while", "since", "before", "once", "until"}
)
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def trailing_source(verb: Token, sent: Span, frame: str) -> tuple[Offsets, int, Offsets] | None:
    """(claimant, claimant token, content) of a closing ", NP showed" the parser hung on
    the clause before it; None for any other verb."""
    if frame not in ("speech", "document") or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if verb.dep_ not in ("conj", "advcl", "ROOT") or not _only_adverbials(verb, sent):
        return None
    doc = verb.doc
    comma, speaker = comma_before(verb, sent)
    words = _without_acronym(speaker)
    if doc[comma].text != "," or not 1 <= len(words) <= 6 or not _noun_phrase(words):
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(not comma < s.i < verb.i and not _hung_on(words, s, comma) for s in subjects):
        return None
    before = doc[sent.start : comma]
    opening = {t.lower_ for t in before[:3]}  # ("But when X left, ...")
    if not any(t.tag_ in _FINITE for t in before) or opening & _SUBORDINATORS:
        return None
    if any(t.is_quote for t in before):
        return None  # a quotation has its own reading
    head = words[-1]
    claimant = trim(text(doc), speaker[0].idx, tok_end(speaker[-1]))
    content = trim(text(doc), sent.start_char, doc[comma].idx)
    return claimant, head.i, content


def comma_before(verb: Token, sent: Span) -> tuple[int, Span]:
    """The nearest comma before ``verb`` in ``sent`` (or the sentence start) and the words
    between it and the verb: the speaker slot of a closing ", X said"."""
    doc = verb.doc
    comma = verb.i - 1
    while comma > sent.start and doc[comma].text != ",":
        comma -= 1
    return comma, doc[comma + 1 : verb.i]


def _hung_on(words: Sequence[Token], subject: Token, comma: int) -> bool:
    """ "A convoy of trucks crossed into X and headed west towards Y, local sources and a
    monitor said": the parser took the opening noun for the cue's subject and hung the
    closing speaker on the clause's last noun as a conjunct. The speaker then sits in the
    subject's words, joined to one before the comma, and the clause has a verb of its own."""
    top = next((t for t in words if not words[0].i <= t.head.i <= words[-1].i), None)
    if top is None or top.dep_ not in ("conj", "appos") or top.head.i >= comma:
        return False
    if not subject.left_edge.i <= top.i <= subject.right_edge.i:
        return False
    return any(t.tag_ in ("VBD", "VBZ", "VBP") for t in subject.subtree if t.i < comma)


def _only_adverbials(verb: Token, sent: Span) -> bool:
    """Whether the verb has no complement and only its adverbials follow it (or a
    setting the reporter adds after a comma: "..., the army announced, as rebels ...")."""
    if any(c.dep_ in _CONTENTS for c in verb.children):
        return False
    if any(
        c.dep_ not in _ADVERBIALS and not _set_off_setting(c) for c in verb.children if c.i > verb.i
    ):
        return False
    last = max(verb.i, verb.right_edge.i)
    return all(t.is_punct or t.is_space for t in sent.doc[last + 1 : sent.end])


def _set_off_setting(clause: Token) -> bool:
    """ ", as insurgents move south": a subordinate clause after a comma."""
    doc = clause.doc
    first = clause.left_edge
    if clause.dep_ != "advcl" or first.i == 0 or doc[first.i - 1].text != ",":
        return False
    return first.dep_ == "mark" and first.lower_ in _SUBORDINATORS


def _without_acronym(words: Span) -> list[Token]:
    """ "the Rwanda Defence Force (RDF)": the name without its bracketed short form."""
    if len(words) > 2 and words[-1].text == ")" and words[-3].text == "(":
        return list(words[:-3])
    return list(words)


def _noun_phrase(words: Sequence[Token] | Span) -> bool:
    """A bare noun phrase: nouns, names, adjectives, determiners, hyphened compounds
    ("ship-tracking"), ending in a noun."""
    if words[-1].pos_ not in ("NOUN", "PROPN") or words[0].pos_ == "CCONJ":
        return False
    return all(
        t.pos_ in _NP_POS
        or t.tag_ == "HYPH"
        or t.dep_ in ("compound", "amod", "poss")
        or (t.pos_ == "CCONJ" and t.lower_ == "and")  # "local sources and a war monitor"
        for t in words
    )


def compound_speaker(verb: Token) -> tuple[Offsets, int] | None:
    """ "..., records show.": a plural noun right before a bare present verb that the
    parser took for a compound of it, leaving the verb with no subject. The noun phrase
    after the comma is the speaker. Returns (claimant, claimant token)."""
    if verb.tag_ not in ("VBP", "VBZ", "VBD") or any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
    ):
        return None
    doc = verb.doc
    nouns = [c for c in verb.children if c.dep_ == "compound" and c.i < verb.i]
    if not nouns or nouns[-1].i != verb.i - 1:
        return None
    first = nouns[-1].left_edge
    dets = [c for c in verb.children if c.dep_ == "det" and c.i == first.i - 1]
    first = dets[0] if dets else first  # "..., the Observatory estimates": "the" on the verb
    if first.i == 0 or doc[first.i - 1].text != ",":
        return None
    speaker = doc[first.i : verb.i]
    if not _noun_phrase(speaker):
        return None
    return trim(text(doc), first.idx, tok_end(nouns[-1])), nouns[-1].i


def participle_subject(verb: Token) -> Token | None:
    """ "Residents reached by phone in X described a tense night": the parser takes the
    noun with its bare participle for a clause before the cue (its ccomp), leaving the cue
    with no subject. A fronted content is set off by a comma, a colon or a quote mark;
    this "clause" runs into the verb. Returns the participle."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    for comp in verb.children:
        if comp.dep_ != "ccomp" or comp.i > verb.i or comp.tag_ != "VBN":
            continue
        if comp.right_edge.i + 1 != verb.i:
            continue
        if any(c.dep_ in ("aux", "auxpass") for c in comp.children):
            continue
        subj = next((c for c in comp.children if c.dep_ == "nsubj" and c.i < comp.i), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            return comp
    return None


def participle_speaker(verb: Token) -> tuple[Offsets, int] | None:
    """The noun and its participle of :func:`participle_subject` as the speaker: (claimant,
    claimant token)."""
    comp = participle_subject(verb)
    if comp is None:
        return None
    subj = next(c for c in comp.children if c.dep_ == "nsubj")
    return trim(text(verb.doc), comp.left_edge.idx, tok_end(comp.right_edge)), subj.i


def relative_end(verb: Token, content: Offsets) -> Offsets:
    """ "The militia, which X says is tied to Y, patrols Z": a relative clause set off by
    commas ends at its closing comma; what follows is the main clause, which the parser
    may have hung inside it (a comma in a list, "in A, B and C", does not close it)."""
    doc = verb.doc
    opener = doc[verb.left_edge.i]
    if opener.i == 0 or doc[opener.i - 1].text != ",":
        return content
    for tok in doc[verb.i + 1 : verb.sent.end - 1]:
        if tok.idx >= content[1]:
            break
        if tok.text != ",":
            continue
        nxt = doc[tok.i + 1]
        if nxt.dep_ == "conj" or nxt.pos_ == "CCONJ" or nxt.dep_ == "appos":
            continue
        return trim(text(doc), content[0], tok.idx)
    return content


def misread_subject(verb: Token) -> tuple[Offsets, int] | None:
    """The speaker of a cue left with no subject by a misparse: "..., records show" or
    "Residents reached by phone described ..."."""
    return compound_speaker(verb) or participle_speaker(verb)


def before_setting(verb: Token, content: Offsets) -> Offsets:
    """ "a port call that Cuba said posed no threat, while U.S. warships tracked it": a
    relative claim ends before a clause set off by a comma and a subordinator, which is the
    reporter's setting of the whole sentence, not the speaker's words."""
    doc = verb.doc
    for tok in doc[verb.i + 1 : verb.sent.end - 1]:
        if tok.idx >= content[1]:
            break
        nxt = doc[tok.i + 1]
        if tok.text == "," and nxt.dep_ == "mark" and nxt.lower_ in _SUBORDINATORS:
            return trim(text(doc), content[0], tok.idx)
    return content


#: Verbs of a closing attribution to a listener: "..., a source told Reuters".
_TOLD = frozenset({"tell", "say", "confirm", "add"})
#: Dependents a closing "a source told AFP" may have after its verb.
_TOLD_AFTER = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod", "punct"})


def trailing_teller(verb: Token, sent: Span) -> tuple[Offsets, int, Offsets] | None:
    """ "Police believe X, a source close to the inquiry told Reuters.": the parser hangs
    the closing source on the last noun of the clause as its apposition and leaves the
    verb with no subject. A subjectless speech verb after a comma and a noun phrase (which
    may hold a phrase like "close to the inquiry"), with nothing after it but its listener
    and adverbials, is the sentence's attribution: (claimant, claimant token, content)."""
    if verb.lemma_.lower() not in _TOLD or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None  # (a participle only after a relative clause: "… be named told Reuters")
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "ccomp", "xcomp") for c in verb.children):
        return None
    if any(c.dep_ not in _TOLD_AFTER for c in verb.children if c.i > verb.i):
        return None
    doc = verb.doc
    if not all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1 : sent.end]):
        return None
    comma = verb.i - 1
    while comma > sent.start and doc[comma].text != "," and doc[comma].pos_ != "VERB":
        comma -= 1
    relative = _speaker_relative(doc, comma, verb.i)  # "a source who asked not to be named"
    if relative is not None:
        comma = relative[0]
    elif verb.tag_ == "VBN":
        return None
    if doc[comma].text != "," or not 2 <= verb.i - comma - 1 <= (18 if relative else 9):
        return None
    speaker = doc[comma + 1 : verb.i]
    if speaker[0].pos_ != "DET" and speaker[0].pos_ != "PROPN":
        return None  # "a source", "an official", "Kenya's police": not a bare clause
    words = speaker if relative is None else doc[comma + 1 : relative[1]]
    if not all(t.pos_ in _NP_POS or t.pos_ in ("ADP", "PART") for t in words):
        return None
    heads = [t for t in speaker if not comma < t.head.i < verb.i]
    if len(heads) != 1 or heads[0].pos_ not in ("NOUN", "PROPN"):
        return None
    before = doc[sent.start : comma]
    if not any(t.tag_ in _FINITE for t in before) or any(t.is_quote for t in before):
        return None
    claimant = trim(text(doc), speaker[0].idx, tok_end(speaker[-1]))
    return claimant, heads[0].i, trim(text(doc), sent.start_char, doc[comma].idx)


_WHO = frozenset({"who", "that"})


def _speaker_relative(doc: Doc, at: int, verb: int) -> tuple[int, int] | None:
    """ "…, a customs source who asked not to be named told Reuters": the closing source may
    carry a relative clause (a request for anonymity) between its noun and the verb; the
    walk back from the verb stopped inside it at ``at``. Returns the comma before the noun
    phrase that the clause modifies and the clause's pronoun, or None when ``at`` is not
    inside such a clause."""
    tok = doc[at]
    clause = next((a for a in [tok, *tok.ancestors] if a.dep_ == "relcl"), None)
    if clause is None or clause.head.i >= clause.i or clause.right_edge.i != verb - 1:
        return None
    pronoun = clause.left_edge
    if pronoun.lower_ not in _WHO or pronoun.i != clause.head.i + 1:
        return None
    comma = clause.head.i - 1
    while comma > clause.sent.start and doc[comma].text != "," and doc[comma].pos_ != "VERB":
        comma -= 1
    return (comma, pronoun.i) if doc[comma].text == "," else None

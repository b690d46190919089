"""Who speaks when the parse does not say it plainly: a quotation beside the cue, a colon,
"X, he said, Y", ", the observatory said." without a subject, "TASS cited X as saying",
two subjects of which one sits inside the quotation, a verb with no subject of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import QUOTE_VERBS, cue_lemma, words
from claimmap.claims_quotes import adjacent_quote
from claimmap.claims_tokens import (
    SUBJECTS,
    Offsets,
    agent_of,
    auxiliary,
    subject_of,
    subtree,
    subtree_until,
    text,
    tokens_offsets,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_NP_POS = frozenset({"DET", "ADJ", "PROPN", "NOUN", "PRON", "NUM", "ADP", "CCONJ", "PART", "ADV"})


def within(full: str, span: Offsets, sent: Offsets) -> Offsets | None:
    """A claimant cut to its sentence and its line (a mis-parse can reach a headline)."""
    start, end = max(span[0], sent[0]), min(span[1], sent[1])
    cut = full.rfind("\n", start, end)
    if cut != -1:
        start = cut + 1
    start, end = trim(full, start, end)
    return (start, end) if end > start else None


def with_misread_aux(verb: Token, claimant: Offsets) -> Offsets:
    """ "The platform R4V said": a name right after the subject that the parser took for an
    auxiliary or a second subject of the cue ends the speaker's noun phrase."""
    names = [
        c
        for c in verb.children
        if claimant[1] <= c.idx < verb.idx
        and ((c.dep_ == "aux" and not auxiliary(c)) or (c.dep_ == "nsubj" and c.pos_ == "PROPN"))
    ]
    if not names or text(verb.doc)[claimant[1] : names[0].idx].strip():
        return claimant
    return claimant[0], subtree(names[0])[1]


def speaker_subject(verb: Token, quotes: list[Offsets]) -> Token | None:
    """The verb's subject; of two ("“… mode,” said Wimes" parses "mode" as one too), the one
    outside the quotation."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    outside = [s for s in subjects if not any(q[0] <= s.idx < q[1] for q in quotes)]
    chosen = outside or subjects
    return chosen[0] if chosen else None


def postposed(verb: Token, sent: Span, clause_after: bool = False) -> tuple[Offsets, int] | None:
    """ "..., the observatory said." parsed without a subject: the noun phrase between the
    last comma and the verb is the claimant (returned with its first token's index)."""
    doc = verb.doc
    i = verb.i - 1
    while i > sent.start and doc[i].text != ",":
        if doc[i].text == ")":  # "the International Organization for Migration (IOM)"
            opening = _opening_bracket(doc, i, sent.start)
            if opening is None:
                return None
            i = opening - 1
        elif doc[i].pos_ in _NP_POS:
            i -= 1
        else:
            break
    if i <= sent.start or doc[i].text != "," or i == verb.i - 1:
        return None
    rest = [t for t in doc[verb.i + 1 : sent.end] if not t.is_punct and not t.is_space]
    if not clause_after and any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None
    first = i + 1
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[first : verb.i]):
        return None
    return tokens_offsets(doc, first, verb.i - 1), first


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


#: What one tells rather than whom: "told the truth", "tells a story", "won't tell anything".
_TOLD_THINGS = words(
    """
    truth lie story tale joke anything nothing something everything this that it
    """
)


def told_thing(obj: Token) -> bool:
    return obj.dep_ == "dobj" and obj.lemma_.lower() in _TOLD_THINGS


#: Words that open a content clause ("said that ...", "has not said when ...").
_CONTENT_OPENERS = frozenset({"that", "whether", "how", "why", "what", "who"})


def second_that_clause(conj: Token) -> bool:
    """A conjunct of the cue that is a second content clause ("and that ..."), which the
    parser hangs on the verb rather than on the first complement."""
    first = conj.doc[conj.left_edge.i]
    return first.lower_ == "that" and first.dep_ == "mark" and first.head.i == conj.i


def misparsed_complement(verb: Token, clause: Token) -> bool:
    """A finite clause after a cue verb that the parser attached as an adverbial clause:
    "tweeted in the early hours that Machado was ...", "did not say whether ..."
    (a temporal "when" clause stays out: "said it when he ran")."""
    if clause.dep_ != "advcl" or clause.i < verb.i:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return False
    return clause.doc[clause.left_edge.i].lower_ in _CONTENT_OPENERS


_LISTENER_VERBS = frozenset({"tell", "inform", "assure", "remind", "warn", "brief"})


def _clause_on_line(verb: Token, child: Token) -> bool:
    """A complement of the verb in its own line (one across a line break is a parse that
    glued a headline to the story below it)."""
    if child.dep_ not in ("ccomp", "xcomp"):
        return False
    low, high = sorted((verb.idx, child.idx))
    return "\n" not in text(verb.doc)[low:high]


#: Words that open the reporter's context after "X, officials said,": "days after Y",
#: "as Y", "amid Y" (not the speaker's words going on, as in "X, he said, is Y").
_GLOSS_OPENERS = frozenset({"after", "before", "as", "amid", "while", "following", "despite"})


def reporters_gloss(verb: Token, sent: Span) -> bool:
    """Whether the words after a parenthetical cue ("X, residents said, days after the
    minister admitted Y") are the reporter's time or circumstance, not more of X."""
    doc = verb.doc
    i = verb.right_edge.i + 1 if doc[verb.right_edge.i].text == "," else verb.i + 1
    if i - 1 < 0 or doc[i - 1].text != ",":
        return False
    while i < sent.end and doc[i].ent_type_ in ("DATE", "TIME") and doc[i].pos_ != "ADP":
        i += 1  # "days", "two weeks", "hours"
    return i < sent.end and doc[i].lower_ in _GLOSS_OPENERS


def relative_complement(verb: Token) -> list[Token]:
    """ "told lawmakers in a closed-door briefing that the troops had been shipped ...": the
    parser hangs the that-clause on the briefing as a relative clause; one with no gap for
    "that" to fill ("that the troops had been shipped", not "that he attended") is the
    cue's complement."""
    listener = cue_lemma(verb.lemma_, verb.lower_) in _LISTENER_VERBS  # not "disputes the idea"
    nouns = [c for c in verb.children if listener and c.dep_ in ("dobj", "dative") and c.i > verb.i]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i > verb.i:
            nouns += [c for c in prep.children if c.dep_ == "pobj"]
    for noun in nouns:
        for rel in (c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i):
            first = rel.doc[rel.left_edge.i]
            if first.lower_ == "that" and _no_gap(rel, first):
                return [rel]
    return []


def _no_gap(rel: Token, that: Token) -> bool:
    """Whether "that" opens a full clause: it has a subject of its own, and "that" is no
    argument of it (or an object where a passive or a second object leaves no room)."""
    if not any(c.dep_ in SUBJECTS and c.i != that.i for c in rel.children):
        return False
    if that.dep_ in ("mark", "advmod"):
        return True
    filled = any(
        c.dep_ == "nsubjpass" or (c.dep_ == "dobj" and c.i != that.i) for c in rel.children
    )
    return that.dep_ == "dobj" and that.head.i == rel.i and filled


def _opening_bracket(doc: Doc, close: int, floor: int) -> int | None:
    """The index of the "(" that a ")" at ``close`` closes, within a few words."""
    for j in range(close - 1, max(floor, close - 8) - 1, -1):
        if doc[j].text == "(":
            return j
    return None


def cites_as_saying(verb: Token) -> bool:
    return verb.lemma_ in ("cite", "quote") and any(
        c.lower_ == "as" and any(g.lemma_ == "say" for g in c.children) for c in verb.children
    )


def cited_passive(verb: Token) -> bool:
    return (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "as"
        and verb.head.head.lemma_
        in (
            "cite",
            "quote",
        )
    )


def cited_as(cite: Token) -> tuple[Offsets | None, int | None, Offsets | None]:
    """ "TASS cited X as saying": claimant X, outlet TASS (either voice)."""
    obj = next((c for c in cite.children if c.dep_ == "dobj"), None)
    subj = subject_of(cite)
    agent = agent_of(cite)
    if obj is not None:
        outlet = subtree(subj) if subj is not None else None
        return subtree(obj), obj.i, outlet
    if subj is not None:  # "X was cited by TASS as saying"
        return subtree(subj), subj.i, subtree(agent) if agent is not None else None
    return None, None, None


def quote_or_colon(
    verb: Token, sent: Span, quotes: list[Offsets], claimant: Offsets | None
) -> Offsets | None:
    """Content for a speech verb without a complement: a quotation beside it, or a colon."""
    doc = verb.doc
    lo = min(verb.idx, claimant[0]) if claimant else verb.idx
    hi = max(verb.idx + len(verb.text), claimant[1]) if claimant else verb.idx + len(verb.text)
    quote = adjacent_quote(text(doc), quotes, lo, hi)
    if quote is not None:
        return quote
    if claimant is not None and sent.start_char < claimant[0] and claimant[1] <= verb.idx:
        before = text(doc)[sent.start_char : claimant[0]].rstrip()
        between = text(doc)[claimant[1] : verb.idx].split()
        if before.endswith(",") and len(before.split()) >= 3 and len(between) <= 2:
            # the cue's own dependents are the attribution's ("…, officials alleged, a
            # charge Tehran dismissed"): only a clause beyond them continues the content
            after = doc[max(verb.i, verb.right_edge.i) + 1 : sent.end]
            goes_on = any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in after)
            if goes_on and not reporters_gloss(verb, sent):
                return trim(text(doc), sent.start_char, sent.end_char)  # "X, he said, Y"
            return trim(text(doc), sent.start_char, claimant[0])  # "X, he said (, as cited)."
    nxt = verb.i + 1
    while nxt < len(doc) and nxt < sent.end + 1 and doc[nxt].pos_ in ("ADV", "PROPN", "NOUN"):
        nxt += 1
    if nxt < len(doc) and doc[nxt].text == ":":
        start = doc[nxt].idx + 1
        end = text(doc).find("\n", start + 1)
        while end != -1 and not text(doc)[start:end].strip():
            end = text(doc).find("\n", end + 1)
        return trim(text(doc), start, len(text(doc)) if end == -1 else end)
    return None


#: Nouns whose content is their author's words ("issued a statement saying").
CONTAINER_NOUNS = words(
    """
    statement report letter release memo post tweet video ad paper brief filing document
    email message language policy conference suit lawsuit query complaint petition motion
    """
)


def inherited_subject(
    verb: Token, repaired: dict[int, tuple[Offsets, int]], depth: int = 0
) -> tuple[Offsets, int] | None:
    """The claimant of a verb with no subject: "... and said", "..., saying", "who said"."""
    head = verb.head
    if depth > 4 or head == verb:
        return None
    if head.i in repaired and verb.dep_ == "conj":
        return repaired[head.i]
    if verb.dep_ == "pcomp" and head.pos_ in ("ADP", "SCONJ"):
        # "began by saying", "was criticised for saying", "despite admitting", "stopped
        # short of calling": the speaker is the clause's subject; a passive one only for
        # words said ("was accused of planning to send troops" makes the accused no source
        # of the plan)
        clause = head.head
        if clause.pos_ in ("ADV", "ADJ") and clause.dep_ == "advmod":
            clause = clause.head
        if clause.pos_ not in ("VERB", "AUX"):
            return None
        subj = subject_of(clause)
        said = cue_lemma(verb.lemma_, verb.lower_) in QUOTE_VERBS
        if subj is not None and (subj.dep_ == "nsubj" or (said and subj.dep_ == "nsubjpass")):
            return subtree(subj), subj.i
        return inherited_subject(clause, repaired, depth + 1) if subj is None else None
    if verb.dep_ in ("conj", "advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
        outer = _speaker_around(verb, head)
        if outer is not None:
            return outer
        subj = subject_of(head)
        if subj is not None and subj.dep_ in ("nsubj", "csubj"):
            return subtree(subj), subj.i
        if subj is None:
            return inherited_subject(head, repaired, depth + 1)
        agent = agent_of(head)
        if agent is None and subj.dep_ == "nsubjpass":
            return _outer_participle(verb, head)
        return (subtree(agent), agent.i) if agent is not None else None
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return container_owner(head) or (subtree_until(head, verb), head.i)
    return None


def _speaker_around(verb: Token, head: Token) -> tuple[Offsets, int] | None:
    """ "X told reporters that the vessels were on patrol and urged Manila to stop", "X
    denied that the group targeted civilians, telling Al Jazeera that ...": a second speech
    verb the parser hung on the complement of a first goes with the first one's speaker,
    not with the subject of the complement (vessels do not urge)."""
    if head.dep_ != "ccomp" or cue_lemma(verb.lemma_, verb.lower_) not in QUOTE_VERBS:
        return None
    if verb.dep_ == "advcl" and verb.tag_ != "VBG":
        return None  # "... that they would leave if asked": not a second statement
    outer = head.head
    if cue_lemma(outer.lemma_, outer.lower_) not in QUOTE_VERBS | {"deny"}:
        return None
    subj = subject_of(outer)
    if subj is None or subj.dep_ != "nsubj":
        return None
    return subtree(subj), subj.i


def _outer_participle(verb: Token, head: Token) -> tuple[Offsets, int] | None:
    """ "X denied reports that men were held at the border, calling them baseless": a
    participle after a comma that the parser hung on a passive complement speaks with the
    subject of the verb governing that complement (the men held call nothing)."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    outer = head.head
    if head.dep_ == "acl" and outer.pos_ == "NOUN" and outer.dep_ == "dobj":
        outer = outer.head  # "denied reports that ..."
    elif head.dep_ != "ccomp":
        return None
    subj = subject_of(outer) if outer.pos_ in ("VERB", "AUX") else None
    return (subtree(subj), subj.i) if subj is not None and subj.dep_ == "nsubj" else None


def container_owner(noun: Token) -> tuple[Offsets, int] | None:
    """ "X issued a statement saying ...", "X released a letter that says ...": X speaks."""
    if noun.lemma_.lower() not in CONTAINER_NOUNS:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "unleashed a series of tweets criticizing ..."
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head  # "said at a conference"
    if verb.pos_ in ("VERB", "AUX"):
        subj = subject_of(verb)
        if subj is not None and subj.dep_ == "nsubj":
            return subtree(subj), subj.i
    return None


_ADJUNCT_DEPS = frozenset({"prep", "pobj", "det", "amod", "compound", "advmod", "npadvmod"})


def named_as_speaker(verb: Token) -> tuple[Offsets, int, Offsets] | None:
    """ "A commander who gave his name as Musa told Reuters that ...": the parser reads
    "as Musa told" as a clause inside the relative one and hangs the that-clause on the
    noun. The noun with its relative clause speaks; the that-clause after the cue is what
    was said. Returns (claimant, claimant token, content)."""
    if verb.dep_ != "advcl" or verb.head.dep_ != "relcl":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return None
    noun = verb.head.head
    if noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return None  # the noun has a verb of its own: the relative clause is a real one
    doc = verb.doc
    claimant = tokens_offsets(doc, noun.left_edge.i, verb.i - 1)
    own = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if own:  # "... as Karim told AFP that boats left": only the speaker was misread
        return claimant, noun.i, subtree(own[0])
    after = verb.right_edge.i + 1
    while after < len(doc) and doc[after].dep_ in _ADJUNCT_DEPS:
        after += 1  # "told Reuters by telephone that ..."
    if after >= len(doc) or doc[after].lower_ != "that" or doc[after].dep_ != "mark":
        return None
    clause = doc[after].head
    if clause.i <= after or clause.head not in (noun, verb.head):
        return None
    return claimant, noun.i, (doc[after].idx, subtree(clause)[1])

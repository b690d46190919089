"""Who speaks when the parse does not say it plainly: a quotation beside the cue, a colon,
"X, he said, Y", ", the observatory said." without a subject, "TASS cited X as saying",
two subjects of which one sits inside the quotation, a verb with no subject of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_adjuncts import after_quoted_complement
from claimmap.claims_asides import fronted_speaker
from claimmap.claims_cues import QUOTE_VERBS, SPEECH_VERBS, cue_lemma, verb_frame, words
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
    from spacy.tokens import Token


def within(full: str, span: Offsets, sent: Offsets) -> Offsets | None:
    """A claimant cut to its sentence and its line (a mis-parse can reach a headline)."""
    start, end = max(span[0], sent[0]), min(span[1], sent[1])
    cut = full.rfind("\n", start, end)
    if cut != -1:
        start = cut + 1
    start, end = trim(full, start, end)
    while start < end and full[start] in _QUOTE_MARKS:  # '” Flynn, a surrogate, said'
        start, end = trim(full, start + 1, end)
    return (start, end) if end > start else None


#: Quotation marks the parser hangs on the speaker after a quotation.
_QUOTE_MARKS = frozenset('”“"’‘»«')


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


#: Relative words the parser may take for a second subject of a relative clause's cue.
_RELATIVES = frozenset({"that", "which", "who"})


def speaker_subject(verb: Token, quotes: list[Offsets]) -> Token | None:
    """The verb's subject; of two ("“… mode,” said Wimes" parses "mode" as one too), the one
    outside the quotation; of two before the verb parted by a colon or a comma ("The Latest:
    Trump urges ...", "The convoy, a spokesman said"), the one next to the verb."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if len(subjects) > 1 and subjects[0].lower_ in _RELATIVES and verb.dep_ == "relcl":
        subjects = subjects[1:]  # "a port call that Cuba said posed ...": Cuba speaks
    outside = [s for s in subjects if not any(q[0] <= s.idx < q[1] for q in quotes)]
    chosen = outside or subjects
    before = [s for s in chosen if s.i < verb.i]
    if len(before) >= 2:
        far, near = before[-2], before[-1]
        between = verb.doc[far.right_edge.i + 1 : near.left_edge.i]
        apposition = verb.doc[verb.i - 1].text == ","  # "X, the Y of Z, vowed"
        listed = any(c.dep_ == "cc" for c in near.children)  # "The family, protesters and ..."
        if any(t.text in (":", ",") for t in between) and not (apposition or listed):
            return near
    return chosen[0] if chosen else None


def rooted_speaker(verb: Token) -> tuple[Offsets, int, Offsets | None] | None:
    """ "Migrants interviewed by the rights group described being fired on": the parser
    makes the first noun the root and hangs the finite cue on the participle's agent. The
    root noun with its participle speaks; the agent is the channel. Returns (claimant,
    claimant token, channel)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    root = verb.sent.root
    if root.i >= verb.i:
        return None
    participle: Token | None = None
    if root.pos_ in ("NOUN", "PROPN"):
        participle = next(
            (c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i < verb.i),
            None,
        )
    elif root.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in root.children):
        # "Refugees interviewed by the group described ...": a participle with no auxiliary
        # taken for the main verb, its noun for the subject
        participle, subj = root, subject_of(root)
        root = subj if subj is not None and subj.i < root.i else root
    if participle is None or root is participle or not participle.is_ancestor(verb):
        return None
    agent = agent_of(participle)
    channel = None
    if agent is not None and agent.left_edge.i < verb.i:
        channel = tokens_offsets(verb.doc, agent.left_edge.i, verb.i - 1)
    return tokens_offsets(verb.doc, root.left_edge.i, verb.i - 1), root.i, channel


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
        aside = _parenthetical_speaker(clause, verb)
        if aside is not None:
            return aside
        subj = subject_of(clause)
        said = cue_lemma(verb.lemma_, verb.lower_) in QUOTE_VERBS
        if subj is not None and (subj.dep_ == "nsubj" or (said and subj.dep_ == "nsubjpass")):
            return subtree(subj), subj.i
        return inherited_subject(clause, repaired, depth + 1) if subj is None else None
    around = _speaker_around(verb, head) if verb.dep_ == "conj" and head.pos_ == "ADJ" else None
    if around is not None:  # "said they were concerned and called on X to"
        return around
    if verb.dep_ in ("conj", "advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
        stranded = _stranded_subject(verb, head) if verb.dep_ == "advcl" else None
        if stranded is not None:
            return stranded
        nearer = _relative_cue_before(verb)
        if nearer is not None:
            return nearer
        outer = _speaker_around(verb, head)
        if outer is not None:
            return outer
        if verb.dep_ == "conj" and _mute_subject(head) and _speech(verb, head):
            return _outer_speaker(head.head, repaired, depth)
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


#: Words that open a clause but that the parser may take for prepositions.
_SUBORDINATORS = frozenset({"after", "before", "since", "until", "as"})


def _stranded_subject(verb: Token, head: Token) -> tuple[Offsets, int] | None:
    """ "The statement came a day after the Journal, citing officials, claimed that ...":
    the parser hangs the clause's subject on "after" as its object; the noun right before
    the cue (but for commas and the cue's own asides) speaks, not the main subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # a participle ("..., saying") shares the main subject
    for p in head.children:
        if p.dep_ != "prep" or p.lower_ not in _SUBORDINATORS or p.right_edge.i >= verb.i:
            continue
        obj = next((g for g in p.children if g.dep_ == "pobj"), None)
        if obj is None or obj.pos_ not in ("PROPN", "NOUN"):
            continue
        between = verb.doc[obj.right_edge.i + 1 : verb.i]
        if all(t.is_punct or verb in t.ancestors for t in between):
            return subtree(obj), obj.i
    return None


def _parenthetical_speaker(clause: Token, verb: Token) -> tuple[Offsets, int] | None:
    """ "X arrived via Y, the department said, without saying whether ...": the phrase
    after a parenthetical attribution goes with its speaker, not with the clause X."""
    for c in clause.children:
        lemma = cue_lemma(c.lemma_, c.lower_)
        if c.dep_ == "parataxis" and c.i < verb.i and lemma in QUOTE_VERBS:
            subj = subject_of(c)
            if subj is not None and subj.dep_ == "nsubj":
                return subtree(subj), subj.i
    return None


def _relative_cue_before(verb: Token) -> tuple[Offsets, int] | None:
    """ "..., a figure that opposition politicians questioned, saying the stations were
    empty": a participle right after a relative clause whose verb is a cue goes on with
    that clause's speaker, wherever the parser hung it."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    prev = doc[verb.i - 2]
    for above in (prev, *prev.ancestors):
        if above.i == verb.head.i or above.right_edge.i != prev.i:
            return None
        if above.dep_ == "relcl" and verb_frame(cue_lemma(above.lemma_, above.lower_)):
            subj = subject_of(above)
            if subj is None or subj.dep_ != "nsubj" or subj.tag_ in ("WDT", "WP"):
                return None
            return subtree(subj), subj.i
    return None


def _speaker_around(verb: Token, head: Token) -> tuple[Offsets, int] | None:
    """ "X told reporters that the vessels were on patrol and urged Manila to stop", "X
    denied that the group targeted civilians, telling Al Jazeera that ...": a second speech
    verb the parser hung on the complement of a first goes with the first one's speaker,
    not with the subject of the complement (vessels do not urge). So does another speech
    verb in the outer verb's tense, not the complement's: "X told IRNA that Tehran “has
    not supplied any weapons” and called the accusations propaganda"."""
    if head.dep_ != "ccomp":
        return None
    if verb.dep_ == "advcl" and verb.tag_ != "VBG":
        return None  # "... that they would leave if asked": not a second statement
    outer = head.head
    if cue_lemma(outer.lemma_, outer.lower_) not in QUOTE_VERBS | {"deny"}:
        return None
    lemma = cue_lemma(verb.lemma_, verb.lower_)
    if verb.tag_ == "VBG" and lemma != "add" and _own_speaker(head):
        return None  # "Critics questioned the figure, saying ...": the critics say it
    appeal = lemma == "call" and verb.tag_ == outer.tag_ and _has_prep(verb, ("on", "for"))
    # "X said Y had used threats, citing interviews": the evidence is X's, not Y's
    appeal = appeal or (lemma == "cite" and verb.tag_ == "VBG" and verb.nbor(-1).text == ",")
    tensed = lemma in SPEECH_VERBS and (
        _outer_tense(verb, head) or after_quoted_complement(verb, head)
    )
    if lemma not in QUOTE_VERBS and not appeal and not tensed:  # "and called on X to"
        return None
    subj = subject_of(outer)
    if subj is None or subj.dep_ != "nsubj":
        return None
    return subtree(subj), subj.i


#: Endings of nouns for events and acts ("deployment", "decision", "closure").
_EVENT_ENDINGS = ("ment", "tion", "sion", "ure", "ance", "ence")
#: Such nouns that name bodies, which do speak ("the government", "the commission").
_BODY_NOUNS = words(
    """
    government department parliament administration commission delegation coalition
    opposition federation association organisation organization foundation institution
    nation mission management movement conference intelligence legislature
    """
)


def _mute_subject(clause: Token) -> bool:
    """ "X said the deployment was “a provocation” and accused Y of Z": a complement whose
    subject is an event noun (no name, no body, no person) cannot be the subject of a
    speech verb hung on it; the verb goes with the outer speaker."""
    subj = subject_of(clause)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_:
        return False
    lemma = subj.lemma_.lower()
    return lemma.endswith(_EVENT_ENDINGS) and lemma not in _BODY_NOUNS


def _speech(verb: Token, head: Token) -> bool:
    lemma = cue_lemma(verb.lemma_, verb.lower_)
    outer = head.head
    return (
        head.dep_ == "ccomp"
        and lemma in SPEECH_VERBS
        and cue_lemma(outer.lemma_, outer.lower_) in QUOTE_VERBS
    )


def _outer_speaker(
    outer: Token, repaired: dict[int, tuple[Offsets, int]], depth: int
) -> tuple[Offsets, int] | None:
    """The speaker of the cue that governs a complement: its subject, or the one a
    fronted phrase hid ("In X, the minister Y said ..."), or the one it inherits."""
    subj = subject_of(outer)
    if subj is not None:
        return (subtree(subj), subj.i) if subj.dep_ == "nsubj" else None
    return fronted_speaker(outer) or inherited_subject(outer, repaired, depth + 1)


def _has_prep(verb: Token, preps: tuple[str, ...]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children)


def _own_speaker(clause: Token) -> bool:
    """Whether a complement is a claim of its own, a cue with a named subject."""
    frame = verb_frame(cue_lemma(clause.lemma_, clause.lower_))
    subj = subject_of(clause)
    named = subj is not None and subj.dep_ == "nsubj" and subj.pos_ in ("NOUN", "PROPN")
    return frame in ("speech", "evaluation", "cognition") and named


def _outer_tense(verb: Token, head: Token) -> bool:
    """A conjunct in the simple past of the outer cue, after a complement in another tense
    ("has not supplied ... and called"): it cannot share the complement's auxiliary."""
    outer = head.head
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in head.children)
    return (
        verb.dep_ == "conj" and verb.tag_ == outer.tag_ == "VBD" and (own_aux or head.tag_ != "VBD")
    )


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
    if noun.pos_ == "PROPN" and noun.is_title and noun.i > 0 and noun.nbor(-1).pos_ == "PROPN":
        return None  # "told the Horn Post, which reported ...": a paper's name, no container
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

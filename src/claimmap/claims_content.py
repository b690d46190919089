"""What a cue verb says: its content, by the frame of the cue.

A speech verb's clausal complement ("said that ..."), an infinitive ("vowed to ..."), an
object or a prepositional phrase ("blasted Turkey as ...", "complained about ..."), each
kept or refused by the rules of the cue's frame (speech, cognition, intention, evaluation,
document). Where a content the parser ran on ends ("A, adding B"; "Since X said A, B")
is :mod:`claimmap.claims_content_ends`'s; contents with no complement ("judged X a Y", "as
we saw, X") are :mod:`claimmap.claims_nocontent`'s, an interview's answers
:mod:`claimmap.claims_interviews`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_adjuncts import own_clause_before, spliced_clause_before
from claimmap.claims_complements import (
    misparsed_complement,
    relative_complement,
    relative_through_cue,
    second_that_clause,
    told_thing,
)
from claimmap.claims_content_ends import (
    clause_opener,
    cut_at_next_cue,
    end_of_subordinate,
    past_focus_adverb,
)
from claimmap.claims_content_repairs import (
    before_object_date,
    cited_first,
    counted_where,
    hung_on_date,
    label_gerund,
    listener_skipped,
    object_before_predicate,
    object_predicate,
    outer_date,
    past_citing,
    small_clause_end,
    stranded_predicate,
)
from claimmap.claims_cues import CUE_NOUNS, DOCUMENT_VERBS, cue_lemma, verb_frame, words
from claimmap.claims_dates import leading_date
from claimmap.claims_embedded import absolute_clause, what_said
from claimmap.claims_labels import passive_label
from claimmap.claims_nocontent import (
    adverbial_infinitive,
    answered_claim,
    cognition_aside,
    judged_as,
    label_object,
    open_question,
    stray_infinitive,
)
from claimmap.claims_nonspeech import labelled_as
from claimmap.claims_noun_reads import holds_quote, seen_as
from claimmap.claims_postposed import relative_read, with_tail
from claimmap.claims_reparse import (
    complement_on_head,
    contact_complement,
    inverted_that_clause,
    object_read_subject,
    that_marked,
)
from claimmap.claims_rival_speakers import cut_at_rival_speaker
from claimmap.claims_rulings import prep_content
from claimmap.claims_tallies import tally_estimate
from claimmap.claims_tokens import (
    SUBJECTS,
    Offsets,
    has_child,
    hull,
    listener_fragment,
    listener_name,
    relative_after,
    subject_of,
    subtree,
    that_clauses,
    tokens_offsets,
)
from claimmap.claims_trailing import participle_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions that can bring a cue's topic or target ("spoke about", "called for",
#: "warned against"); "from" and "into" tell where one spoke ("reported from the port",
#: "called into the hotline"), never what.
_CONTENT_PREPS = words("for as of about on against over to with")
#: Speech verbs whose bare object is no content ("maintained ties", "addressed the crowd").
_NO_NP_CONTENT = words(
    """
    maintain continue raise address post sing pitch press add conclude observe correct relay
    signal state answer write counter point
    """
)
#: Speech verbs whose content is a clause and nothing else.
_CLAUSE_ONLY = words("rule")
_NP_INTENTIONS = words("offer propose support want seek demand")


def verb_content(verb: Token, frame: str) -> Offsets | None:
    """The complement of a cue verb, by the frame's rules."""
    tally = tally_estimate(verb)
    if tally is not None:
        return tally
    summary = summarised_claim(verb)
    if summary is not None:
        return summary
    label = passive_label(verb, cue_lemma(verb.lemma_, verb.lower_))
    if label is not None:  # "the claim was rated false": the thing and its label
        return label
    relative = relative_read(verb) if frame in ("speech", "cognition", "document") else None
    if relative is not None:  # "X is the hub, the UN has said, with ...": read as a relative
        return relative
    xcomps = [c for c in verb.children if c.dep_ == "xcomp" or _headline_infinitive(verb, c)]
    lemma = cue_lemma(verb.lemma_, verb.lower_)
    if lemma in _NO_NP_CONTENT and xcomps and all(_cue_verb(c) for c in xcomps):
        return None  # "continues to insist that X": the claim is the insisting's
    inverted = inverted_that_clause(verb)
    if inverted is not None:
        return inverted
    comps = [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and not relative_after(c)
        and not own_clause_before(verb, c)
        and not spliced_clause_before(verb, c)
        and not relative_through_cue(c)  # "in a barrage that X said was aimed at Y"
        and not _other_clause(verb, c)  # "A push south to X; Kinshasa accuses Rwanda of Y"
    ]
    comps = [c for c in comps if c != participle_subject(verb)]  # "Men reached by X said"
    quoted = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and holds_quote(c)]
    after_that = any(c.i > verb.i and that_marked(c) for c in comps)  # "Claiming X, he
    if that_marked(verb) or quoted or after_that:  # told Fox that Y"; "X continues to
        comps = [c for c in comps if c.i > verb.i]  # insist that he wants", read at "wants"
    comps = _clausal(comps) or past_citing(verb)
    if not comps and frame in ("speech", "cognition", "document"):
        comps = [c for c in verb.children if misparsed_complement(verb, c, clause_opener(c))]
        comps = comps or complement_on_head(verb)
        comps = comps or relative_complement(verb) or contact_complement(verb)
        comps = comps or what_said(verb)
        comps = comps or [p for p in (object_predicate(verb),) if p is not None]
    if comps:  # "… that Russia had no troops there, and that the claims were false"
        comps += [c for c in verb.children if c.dep_ == "conj" and second_that_clause(c)]
        start, end = hull(subtree(c) for c in comps)
        subject = object_before_predicate(verb, comps)  # "said voters in X, near Y, were"
        start = subject.left_edge.idx if subject is not None else start
        cited = cited_first(comps[0]) if comps[0].i > verb.i else None
        start = cited.idx if cited is not None else start  # "reported, citing X, that"
        end = stranded_predicate(verb, comps, end)  # "that smugglers in X charged Y"
        dated = leading_date(verb, comps[0]) or outer_date(verb, start)  # "said in July
        start = verb.doc[dated.i + 1].idx if dated is not None else start  # it had ..."
        start = past_focus_adverb(verb.doc, start)  # "said only that X"
        start = listener_skipped(verb, comps, start)  # "tells court X was ..."
        end = end_of_subordinate(verb, comps, cut_at_next_cue(verb, comps, end))
        end = cut_at_rival_speaker(verb, comps, end)  # "A and Democrats accused B"
        tail = with_tail(verb) if all(c.i < verb.i for c in comps) else None
        return start, max(end, tail or end)  # "X, the group said, with 30 tonnes seized"
    asked = open_question(verb, lemma) if frame == "speech" else None
    asked = asked or (answered_claim(verb, lemma) if frame == "speech" else None)
    if asked is not None:  # "have not said when they would vote", "responded to the
        return asked  # charge that X"
    joined = object_read_subject(verb) if frame == "speech" else None
    if joined is not None:  # "says the cartel, and its faction ..., buys ..."
        return joined
    ruled = prep_content(verb, lemma)  # "ruled against X", "pointed to X as an example"
    if ruled is not None or lemma in _CLAUSE_ONLY:
        return ruled  # "ruled that X" reports a ruling; "ruled the country" does not
    stray = stray_infinitive(verb, lemma) if not xcomps else None
    xcomps = [stray] if stray is not None else xcomps  # "told fans at a rally to vote"
    if not xcomps and frame == "intention":
        xcomps = adverbial_infinitive(verb)  # "could decline to appeal"
    if xcomps and frame in ("speech", "intention", "cognition"):
        start = min(c.left_edge.i for c in xcomps)
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
        addressee = _called_on(verb) if lemma == "call" else None
        objs = objs or ([addressee] if addressee is not None else [])  # "called on X to"
        if objs and lemma in ("urge", "ask", "tell", "call", "warn", "want", "expect"):
            start = min(start, objs[0].left_edge.i)  # "urged Congress to act"
        last = max(small_clause_end(c) for c in xcomps)  # (less "on Monday after ...")
        offsets = tokens_offsets(verb.doc, start, last)
        return offsets[0], cut_at_next_cue(verb, xcomps, offsets[1])  # "refuses to X or explain Y"
    wanted = _for_clause(verb)
    if wanted is not None and frame in ("speech", "intention"):
        return wanted  # "is calling for a successor to be named"
    documented = lemma in DOCUMENT_VERBS and _impersonal_subject(verb)  # "a study found X"
    regarded = documented or seen_as(verb)  # "see the plan as a giveaway": a view
    judged = (judged_as(verb, lemma) or cognition_aside(verb)) if frame == "cognition" else None
    if judged is not None:  # "judged X a paper tiger", "as we saw in 2009, X"
        return judged
    if frame == "cognition" and lemma not in ("fear", "question", "doubt") and not regarded:
        return None  # "saw the video", "found a job" are no beliefs
    if frame == "document" and not _impersonal_subject(verb):
        return None  # "Trump found a way": a person finding is no report
    if frame == "intention" and lemma not in _NP_INTENTIONS:
        return None
    right = [
        c
        for c in verb.children
        if c.i > verb.i
        and (
            c.dep_ in ("dobj", "dative", "oprd")
            or (
                c.dep_ == "prep"
                and c.lower_ in _CONTENT_PREPS
                and (c.lower_ != "to" or lemma in _LIKENING)
                and (c.lower_ != "as" or labelled_as(verb, c))
                and not absolute_clause(c)
                and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
            )
        )
    ]
    right += hung_on_date(verb, right) + label_gerund(verb, right) + counted_where(verb, right)
    if any(c.dep_ == "dobj" for c in right):  # "show two jets and what appear to be X"
        right += [c for c in verb.children if c.dep_ == "conj" and _free_relative(c)]
    addressee = _called_on(verb) if lemma == "call" else None
    if addressee is not None:  # "called on Pakistan to suspend them": Pakistan to suspend
        right += [c for c in verb.children if c.dep_ == "advcl" and has_child(c, "aux")]
    if lemma == "protest" and _street_protest(verb, right):
        return None  # "Villagers have protested against new arrivals": a demonstration
    if lemma in _NO_NP_CONTENT and not quoted and not any(c.dep_ == "prep" for c in right):
        return None  # "maintained strong ties", "raised money", "answered questions"
    if lemma == "call" and not any(
        c.dep_ in ("oprd", "prep") or _label_after(c) or label_object(c) for c in right
    ):
        return None  # "called a meeting"
    if lemma in ("tell", "ask", "inform", "assure") and not any(c.dep_ != "dative" for c in right):
        return None
    if not right or (lemma == "trace" and not _traced_to(right)):
        return None  # "traced the car" finds a thing; "traced arms to Iran" says whence
    objs = [c for c in right if c.dep_ in ("dobj", "oprd", "prep")]
    if not objs:
        return None
    fronted = verb.dep_ == "advcl" and verb.i < verb.head.i
    if fronted and verb.tag_ == "VBG" and all(c.dep_ == "prep" for c in right):
        return None  # "Commenting on the conflict, he said ...": a frame, not a claim
    if lemma in ("tell", "inform", "assure") and not told_thing(right[0]):
        right = [c for c in right if c.i != right[0].i or c.dep_ not in ("dobj", "dative")]
        if not right:
            return None  # "told reporters": the listener is no content
    first = min(c.left_edge.i for c in right)
    if addressee is not None and addressee.head.left_edge.i == first:
        first = addressee.left_edge.i
    last = before_object_date(verb, first, max(c.right_edge.i for c in right))
    return tokens_offsets(verb.doc, first, last)  # (less "on Saturday" after the object)


#: Verbs of comparison, whose "to" phrase says what a thing was likened to.
#: Verbs whose "to" phrase is part of what they say: "likened X to Y", "traced X to Y".
_LIKENING = frozenset({"liken", "compare", "trace"})


def _street_protest(verb: Token, right: list[Token]) -> bool:
    """ "Residents have protested against new arrivals": a crowd (a plural common noun)
    protesting against or over a thing demonstrates; it states nothing."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NNS":
        return False
    return bool(right) and all(c.dep_ == "prep" and c.lower_ in ("against", "over") for c in right)


def _other_clause(verb: Token, clause: Token) -> bool:
    """ "Rebels push south toward Goma; Kinshasa accuses Rwanda of sending troops": a
    clause before a semicolon or a colon that comes before the cue ("The vote was close:
    rebels said X") is a sentence of its own when the cue has its own complement after it
    (the parser hangs it on the cue as a ccomp)."""
    if clause.i > verb.i:
        return False
    semi = any(t.text in (";", ":") for t in verb.doc[clause.right_edge.i + 1 : verb.i])
    own = ("dobj", "ccomp", "xcomp", "attr", "oprd")
    return semi and any(  # ("...; county denies it": "it" is the clause before)
        c.i > verb.i and c.dep_ in own and c.pos_ != "PRON" for c in verb.children
    )


def _headline_infinitive(verb: Token, clause: Token) -> bool:
    """ "Sanders Vows To End Tax Breaks": a title-case infinitive right after the cue,
    which the parser hangs on it as an adverbial clause."""
    nxt = verb.i + 1
    to = verb.doc[nxt] if nxt < len(verb.doc) else None
    return clause.dep_ == "advcl" and to is not None and to.text == "To" and to.head.i == clause.i


def _cue_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" and verb_frame(cue_lemma(tok.lemma_, tok.lower_)) is not None


def _free_relative(clause: Token) -> bool:
    """ "what appear to be radar systems": a second object the parser made a clause."""
    first = clause.left_edge
    return first.tag_ == "WP" and first.lower_ == "what" and first.head.i == clause.i


def _called_on(verb: Token) -> Token | None:
    """The addressee of an appeal, "called on Pakistan to ...", not "on Wednesday"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "on" and prep.i > verb.i:
            obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.ent_type_ not in ("DATE", "TIME"):
                return obj
    return None


def _for_clause(verb: Token) -> Offsets | None:
    """ "called for the talks to resume", "pushed for sanctions to be lifted": a clause
    with its own subject opened by "for" after the verb is what is asked for (the parser
    hangs it on the verb as an adverbial clause)."""
    for child in verb.children:
        if child.dep_ != "advcl" or child.i < verb.i:
            continue
        mark = next((c for c in child.children if c.dep_ == "mark"), None)
        subj = any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        if mark is not None and mark.lower_ == "for" and mark.i == verb.i + 1 and subj:
            return tokens_offsets(verb.doc, mark.i, child.right_edge.i)
    return None


def _label_after(obj: Token) -> bool:
    """ "called the reports “unfounded”": the label the parser hung on the object as an
    adjective after it (English puts its adjectives before the noun)."""
    return obj.dep_ == "dobj" and any(
        c.dep_ == "amod" and c.i > obj.i and c.pos_ == "ADJ" for c in obj.children
    )


def summarised_claim(verb: Token) -> Offsets | None:
    """ "X, Amnesty alleged, an accusation a Libyan official rejected as unfounded": a cue
    in a relative clause on a claim noun, with the noun as its missing object, is about
    what the noun sums up: the noun phrase ("an accusation"), which
    ``claims_filters.summaries`` replaces by the content of the claim before it ("X")."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in CUE_NOUNS or noun.i > verb.i:
        return None
    filled = ("dobj", "ccomp", "xcomp", "nsubjpass")
    if any(c.dep_ in filled and c.tag_ not in ("WDT", "WP") for c in verb.children):
        return None  # "a claim that the ministry rejected the figures": no gap
    if not any(c.dep_ in SUBJECTS for c in verb.children) or has_child(verb, "neg"):
        return None  # "the accusation that was rejected", "a claim Moscow has not addressed"
    return tokens_offsets(verb.doc, noun.left_edge.i, verb.left_edge.i - 1)


def _clausal(comps: list[Token]) -> list[Token]:
    """The complements that are clauses: "told the state news agency IRNA on Monday that
    ..." makes the listener's name a complement (an adjective or a verb with no subject);
    the that-clause after it, the name's sibling or its own complement, is the content
    (and with a quotation before the cue, the name is no clause at all)."""
    clauses: list[Token] = []
    for c in comps:
        clauses += that_clauses(c) if listener_fragment(c) is not None else [c]
    return [c for c in clauses if not listener_name(c)] or clauses or comps


def _traced_to(right: list[Token]) -> bool:
    return any(t.lower_ == "to" and t.dep_ == "prep" for c in right for t in c.subtree)


def _impersonal_subject(verb: Token) -> bool:
    subj = subject_of(verb)
    return subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.ent_type_ != "PERSON"

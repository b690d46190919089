"""Denials carried by the content rather than the cue: "“We have no record of any such
shipment,” an official said", "said that not a single rifle had been found crossing",
"said X had not forced anyone to leave", "said the claims were groundless", "said there
was no reason to speak of it".

A negated sentence is not always a denial: "could not confirm", "had not eaten since
fleeing to X", "the deal had never been implemented" deny nothing. So the negation must
sit on every event the content's main clauses tell, with no modal and no agentless
passive, and no clause outside its scope (a "since"/"after" clause) may tell a further
event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import CUE_NOUNS, DISMISSALS, words
from claimmap.parse_columns import span_tops

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Nouns naming a claim that a dismissive label can deny: "the case was fabricated".
CLAIM_NOUNS = CUE_NOUNS | words(
    """
    claim report allegation accusation charge case story rumour rumor assertion
    """
)
#: Grounds whose absence denies: "there is no evidence", "we have no record of".
_GROUNDS = words(
    """
    reason evidence truth basis sign indication proof record grounds substance foundation
    """
)
#: Negated verbs that tell an ignorance, a silence or a hardship, not a denial.
_NOT_DENIALS = words(
    """
    know say confirm comment decide expect think believe want plan rule specify disclose
    reveal elaborate respond identify see hear receive get eat sleep have need mean seem
    appear like agree hope wish remember understand
    allow permit enable warrant justify merit
    """
)
#: (the verbs of the last line tell what a state of things lets happen, "the situation
#: does not allow for returns": a condition, no deed denied)
#: Verbs of a check: negated, they tell a check left undone ("the port did not inspect
#: catch taken on the high seas"), an omission owned up to, not a charge denied.
CHECKS = words(
    """
    inspect check screen search examine monitor audit weigh scan test register record
    """
)
_NOT_DENIALS |= CHECKS
#: Verbs that deny a charge, not merely turn down a plan ("rejected the plan").
_DENY_CHARGES = frozenset({"deny", "refute", "dispute", "contest"})
_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "should", "must", "shall"})
_STATES = frozenset({"yet", "still", "longer"})
_OPEN = frozenset({"whether", "if"})
_NOBODY = frozenset({"none", "nobody", "nothing", "no-one"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OUT_OF_SCOPE = frozenset({"advcl", "parataxis"})


def content_denies(content: Span) -> bool:
    """Whether the content denies an event or a claim by its own words."""
    heads = clause_heads(content)
    if any(_dismissed(h) or _no_grounds(h) or _client_denies(h) for h in heads):
        return True
    absent = [h for h in heads if _none_there(h)]  # (not "X was housing 611, and there
    if absent and all(h in absent or _negated_event(h) for h in heads):  # were no hotels")
        return True
    if any(_so_far(h) for h in heads):
        return False  # "so far no one has cancelled": a tally to date, no charge denied
    events = [h for h in heads if h.pos_ == "VERB" and h.lemma_.lower() != "be"]
    events = [h for h in events if not _no_plans(h) and not _labelling(h)]
    happening = [h for h in heads if _none_under_way(h)]
    if happening and all(h in happening or _no_plans(h) or _negated_event(h) for h in heads):
        return True  # "has no plans to cut its aid and no withdrawal is under way"
    return bool(events) and all(_negated_event(h) for h in events)


#: Words that with "so"/"thus"/"as" date a tally up to now: "so far", "as yet".
_TO_DATE = frozenset({"far", "yet"})
#: Nouns of a plan whose absence a speaker declares: "has no plans to", "no intention of".
_PLANS = frozenset({"plan", "intention", "intent"})
#: Phrases that tell an event is happening: "under way", "in progress".
_ONGOING = frozenset({"way", "progress"})


def _so_far(head: Token) -> bool:
    """ "So far no one has cancelled", "none has been found as yet": a count to date."""
    return any(
        c.lower_ in _TO_DATE and any(g.lower_ in ("so", "thus", "as") for g in c.children)
        for c in head.children
    )


def _no_plans(head: Token) -> bool:
    """ "has no plans to reduce its cooperation": a plan disowned, a clause that adds
    no event of its own to the content."""
    return head.lemma_.lower() == "have" and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _PLANS
        and any(d.lower_ == "no" for d in c.children)
        for c in head.children
    )


def _none_under_way(head: Token) -> bool:
    """ "no withdrawal was under way", "no pullout is in progress": an event said not to
    be happening."""
    if head.lemma_.lower() != "be" or _has_neg(head):
        return False
    if not any(c.dep_ in _SUBJECTS and _nobody(c) for c in head.children):
        return False
    return any(
        c.dep_ == "prep" and any(g.lower_ in _ONGOING for g in c.children) for c in head.children
    )


def clause_heads(content: Span) -> list[Token]:
    """The content's main verbs and their conjuncts ("... and that the case was X")."""
    tops = [t for t in span_tops(content) if t.pos_ in ("VERB", "AUX")]
    out: list[Token] = []
    for top in tops:
        out.append(top)
        out += [c for c in top.conjuncts if c.pos_ in ("VERB", "AUX") and c.i < content.end]
    return out


def _dismissed(head: Token) -> bool:
    """ "the claims were “groundless and a provocation”", "the case was fabricated", "this
    is (a piece of) fake news" (a demonstrative points at the claim being answered)."""
    subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
    if not any(s.lemma_.lower() in CLAIM_NOUNS or s.lower_ in _POINTERS for s in subjects):
        return False
    if head.lower_ in DISMISSALS or head.lemma_.lower() in DISMISSALS:
        return not _has_neg(head)
    labels = [c for c in head.children if c.dep_ in ("acomp", "attr", "oprd")]
    labels += [g for c in labels for g in c.conjuncts]
    labels += [g for c in labels for p in c.children if p.lower_ == "of" for g in p.children]
    labels += [a for c in labels for a in c.children if a.dep_ == "amod"]  # "fake news"
    return not _has_neg(head) and any(t.lower_ in DISMISSALS for t in labels)


#: Demonstratives that point at what is answered: "This is a lie".
_POINTERS = frozenset({"this", "that", "these", "those"})


def _client_denies(head: Token) -> bool:
    """ "said his client “denies knowing” that ...": a speaker who denies for the one
    they speak for (a subject that is the speaker's own: "his client", "our government")."""
    if head.lemma_.lower() not in _DENY_CHARGES or _has_neg(head):
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return any(any(p.dep_ == "poss" and p.tag_ == "PRP$" for p in s.children) for s in subjects)


def _no_grounds(head: Token) -> bool:
    """ "there was “no reason” to speak of it", "we have no record of any shipment"."""
    lemma = head.lemma_.lower()
    if lemma == "be" and any(c.dep_ == "expl" for c in head.children):
        nouns = [c for c in head.children if c.dep_ == "attr"]
    elif lemma == "have":
        nouns = [c for c in head.children if c.dep_ == "dobj"]
    else:
        return False
    return any(
        n.lemma_.lower() in _GROUNDS and any(d.lower_ == "no" for d in n.children) for n in nouns
    )


def _none_there(head: Token) -> bool:
    """ "there are no foreign troops at the base": a presence denied in so many words. Only
    a plural noun with a place phrase counts ("there is no one to inspect them" tells a
    lack, not a denial)."""
    if head.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in head.children):
        return False
    if _has_neg(head) or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children):
        return False
    for noun in (c for c in head.children if c.dep_ == "attr" and c.tag_ in ("NNS", "NNPS")):
        if not any(d.dep_ == "det" and d.lower_ == "no" for d in noun.children):
            continue
        places = [c for c in (*noun.children, *head.children) if c.dep_ == "prep"]
        if any(p.lower_ in _WHERE for p in places):
            return True
    return False


#: Prepositions by which a negated event happened later after all: "not until Sunday".
_LATER = frozenset({"until", "till"})

#: Prepositions of a place phrase: "no troops in X", "at the base", "on its soil".
_WHERE = frozenset({"in", "at", "on", "inside", "near", "across", "within"})


def _negated_event(verb: Token) -> bool:
    """ "had not forced anyone to leave", "“not a single rifle” had been found crossing"."""
    if verb.lemma_.lower() in _NOT_DENIALS:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
        return False  # "will not send": a pledge; "could not reach": an inability
    if any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False  # "urged buyers not to accept": a demand, not a denial
    if any(c.dep_ in _OUT_OF_SCOPE and c.pos_ == "VERB" for c in verb.children):
        return False  # "had not eaten since fleeing to X": the flight is told
    if any(
        m.dep_ == "mark" and m.lower_ in ("whether", "if")
        for c in verb.children
        for m in c.children
    ):
        return False  # "the photos do not show whether X": an open question, not a denial
    if any(c.lower_ in _STATES for c in verb.children):
        return False  # "are not yet working", "no longer operate": a state, not a denial
    if _own_course(verb):
        return False  # "“We are not chasing a number”": a speaker's course, no denial
    if any(c.dep_ == "prep" and c.lower_ in _LATER for c in verb.children):
        return False  # "nobody came until Sunday": it happened, later; no charge denied
    if any(c.dep_ in _SUBJECTS and _nobody(c) for c in verb.children):
        return True
    return _has_neg(verb) and not _agentless_passive(verb)


def _own_course(verb: Token) -> bool:
    """ "we are not chasing a number": what the speakers themselves are doing now, told
    in the present progressive, states their course rather than rebuts a charge."""
    kids = list(verb.children)
    return (
        verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.tag_ in ("VBP", "VBZ") for c in kids)
        and any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in kids)
    )


def _agentless_passive(verb: Token) -> bool:
    """ "the agreement had never been implemented": a negated passive with no agent states
    a negative fact about its subject; nobody's deed is denied (unlike "its troops had not
    shelled the village")."""
    kids = {c.dep_ for c in verb.children}
    return "auxpass" in kids and "agent" not in kids


def _nobody(subj: Token) -> bool:
    """ "no rifles", "not a single rifle", "none of the boats"."""
    if subj.lower_ in _NOBODY:
        return True
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in subj.children)


#: verbs that put a label on what is answered: "… had crossed and called the raid a staged
#: provocation" labels the charge, it tells no event of its own
_LABELS = frozenset({"call", "brand", "label", "term", "describe", "dismiss", "denounce"})


def _labelling(verb: Token) -> bool:
    """A labelling verb coordinated with what the content denies ("not a single rifle had
    crossed and called the raid a provocation"): it sides with the denial."""
    return verb.dep_ == "conj" and verb.lemma_.lower() in _LABELS


def _has_neg(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)

"""Passives that hide their "is": "Frutera Andina stands accused of smuggling", the
headlines "Migrants told to leave camp" and "Cargo ship reported missing off Libya", and an
accuser the parser hung the charge on ("was accused by prosecutors of laundering money").

In each the subject of the cue is whom the words are about, never their speaker. A copula
other than "be" ("stands accused", "remains suspected") makes a passive all the same; a
headline drops the auxiliary, so "Migrants told to leave" reads as if the migrants told
someone, though a finite "tell" wants its addressee ("X told Y to leave"): with none, the
subject was told. A directive so told is no statement at all (no claim); a hearsay verb
with a state after it ("reported missing", "feared dead") or an infinitive ("said to
carry") has no reporter but the one unnamed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_cues import cue_lemma, words
from claimmap.claims_tokens import Offsets, subtree, text, trim

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs of charging someone: their passive names the accused ("stands accused of").
_ACCUSING = words("accuse blame charge suspect")
#: Copulas a passive participle may follow instead of "be": "stands accused of".
_COPULAS = words("stand remain get become")
#: Verbs of telling someone to act: their headline passive names the one told.
_DIRECTIVES = words("tell order urge warn advise instruct force")  # ("asked to speak": active)
#: Hearsay verbs whose headline passive hides the reporter: "reported missing".
_HEARSAY = words("report fear believe presume declare confirm say")
#: States a hearsay passive ascribes to its subject: "reported missing", "feared dead".
_STATES = words(
    """
    missing dead killed injured wounded safe alive captured kidnapped abducted detained
    arrested lost drowned stranded
    """
)
#: Dependents that make a verb active or mark its passive: with one, no bare passive.
_ACTIVE = frozenset({"dobj", "dative", "ccomp", "aux", "auxpass", "nsubjpass"})


def copular_accused(verb: Token) -> bool:
    """ "X stands accused of smuggling", "remains suspected of": a charging verb's participle
    after a copula other than "be" is a passive; its subject is the accused."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("xcomp", "acomp", "oprd")
        and verb.head.lemma_.lower() in _COPULAS
        and cue_lemma(verb.lemma_, verb.lower_) in _ACCUSING
    )


def bare_directive(verb: Token) -> bool:
    """ "Migrants told to leave camp in Agadez": a finite telling verb with a subject, no
    addressee and an infinitive is a headline's passive; the subject was told."""
    if not _bare(verb) or cue_lemma(verb.lemma_, verb.lower_) not in _DIRECTIVES:
        return False
    return any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children)


def told_to(verb: Token) -> bool:
    """ "Exporter told to explain cocaine find": the infinitive of a headline's directive
    passive is what its subject was told to do, no words of anyone."""
    return verb.dep_ == "xcomp" and _infinitive(verb) and bare_directive(verb.head)


def bare_hearsay(verb: Token) -> bool:
    """ "Cargo ship reported missing off Libya", "Fishermen feared dead", "Tanker said to
    carry Iranian oil": a hearsay verb with a subject and a state or an infinitive after
    it, but no object, is a headline's passive; the subject is what is reported on."""
    if not _bare(verb) or cue_lemma(verb.lemma_, verb.lower_) not in _HEARSAY:
        return False
    return any(
        c.dep_ in ("xcomp", "oprd", "acomp")
        and c.i > verb.i
        and (c.lower_ in _STATES or _infinitive(c))
        for c in verb.children
    )


def charge_after_agent(verb: Token) -> tuple[Offsets, Offsets] | None:
    """ "Jorge Paredes was accused by prosecutors of laundering money": the parser hangs
    the charge on the agent's noun; the accuser is the noun alone, the charge its claim.
    Returns (claimant, content) offsets, or None."""
    if cue_lemma(verb.lemma_, verb.lower_) not in _ACCUSING:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if noun is None:
        return None
    charge = next(
        (
            p
            for p in noun.children
            if p.dep_ == "prep"
            and p.lower_ in ("of", "over", "for", "with")
            and any(g.dep_ in ("pcomp", "pobj") for g in p.children)
        ),
        None,
    )
    if charge is None:
        return None
    body = text(verb.doc)
    claimant = trim(body, noun.left_edge.idx, charge.idx)
    return claimant, subtree(charge)


def _bare(verb: Token) -> bool:
    """A past form with a subject before it and nothing that makes it active or passive."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("ROOT", "conj"):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subj is not None and subj.i < verb.i and not any(c.dep_ in _ACTIVE for c in verb.children)
    )


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)

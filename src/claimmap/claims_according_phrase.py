"""Claims of the phrase "according to X": X is the source, the longer side of the
sentence around the phrase the content.

The phrase is often misparsed, and each repair keeps the source to the words the writer
gave it: a source read as a verb with an object ("according to show insiders"), the
clause after the phrase hung on its source ("According to X, the move reeks of fear"),
a medium's name made the next clause's subject ("the state news agency WAM, a group
..."), or the source's own apposition opening the content ("According to a report by X
(XR), a Beirut-based group, ..."). A fronted phrase left without an object is
:mod:`claimmap.claims_according`'s, a relayed source ("X, which cited Y") is
:mod:`claimmap.claims_relay`'s, and a phrase that sources only a detail inside a
speaker's words is :mod:`claimmap.claims_according_detail`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_according import conformity, stranded_source, subject_hung
from claimmap.claims_according_detail import under_named_speaker
from claimmap.claims_according_tail import gloss_start, source_tail
from claimmap.claims_embedded import gloss_after
from claimmap.claims_media import MEDIUM_NOUNS
from claimmap.claims_outlets import according_medium, outlet_of
from claimmap.claims_relay import relayed_according
from claimmap.claims_tokens import Offsets, RawClaim, bracket_end, subtree, text, tok_end, trim

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def according_to(tok: Token, sent: Span) -> RawClaim | None:
    """The claim of the phrase "according to X" opened by ``tok``, or None."""
    doc = tok.doc
    to = doc[tok.i + 1]
    relay = relayed_according(to, sent) if tok.i == sent.start or doc[tok.i - 1].is_punct else None
    if relay is not None:  # "According to X, which cited Y, ...": Y's claim through X
        return RawClaim(
            cue=(tok.idx, tok_end(to)),
            content=relay.content,
            outlet=relay.outlet,
            claimant=relay.claimant,
            claimant_token=relay.claimant_token,
            cue_token=tok.i,
            frame="speech",
            sentence=(sent.start_char, sent.end_char),
        )
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) or _misread_source(to)
    obj = obj or (stranded_source(to) if tok.i == sent.start else None)
    if obj is None or according_medium(tok) is not None:
        return None  # "X said, according to the Tasnim news agency": X's claim, its channel
    if conformity(tok, obj):
        return None  # "proceeding according to plan": a manner, the sentence's cue speaks
    if under_named_speaker(tok, obj):
        return None  # "“…,” a man told the group, according to its report": the man speaks
    pp_start = tok.i
    pp_end = bracket_end(doc, max(obj.right_edge.i, to.i))
    claimant = (subtree(obj)[0], tok_end(doc[pp_end]))
    gloss = gloss_start(obj)  # "according to UNHCR figures, the highest number since X"
    if gloss is not None and subtree(obj)[0] < doc[gloss.i - 1].idx:
        claimant = trim(text(doc), claimant[0], doc[gloss.i - 1].idx)
    named = _medium_name_after(obj, pp_end)
    if named is not None:  # "According to the state news agency WAM, a group ..."
        obj, pp_end, claimant = named, named.i, (claimant[0], tok_end(named))
    before = trim(text(doc), sent.start_char, doc[pp_start].idx)
    after = trim(text(doc), tok_end(doc[pp_end]), sent.end_char)
    claimant_tok = obj
    if (
        max(after[1] - after[0], before[1] - before[0]) < 10
        or _clause_hung(doc, obj, pp_end)
        or subject_hung(tok, obj)
    ):
        # "According to X, the move reeks of fear": the parser hung the whole clause (or
        # its first conjunct) on X as an apposition; the source ends at the comma after it
        comma = next((t for t in doc[obj.i + 1 : pp_end] if t.text == ","), None)
        if comma is not None and tok.i == sent.start:
            claimant = (claimant[0], trim(text(doc), claimant[0], comma.idx)[1])
            after = trim(text(doc), tok_end(comma), sent.end_char)
    if before[1] - before[0] >= 10 and source_tail(tok, pp_end, sent):
        after = (after[0], after[0])  # "..., according to X, a Y group, which said Z"
    content = after if after[1] - after[0] >= before[1] - before[0] else before
    if content == after and before[1] - before[0] >= 10 and gloss_after(doc, pp_end, sent):
        content = before  # "X peaked, when Y, according to Z, before falling": Z told Y
    described = stray_appositive(doc, content) if content == after else None
    if described is not None:  # "According to a report by X (XR), a Beirut-based group, ..."
        claimant = (claimant[0], described[0])
        content = trim(text(doc), described[1], content[1])
    name = _named_after(doc, obj, content) if content == after and described is None else None
    if name is not None:  # "According to the spokesperson, Inspector Ana Ruiz, the men ..."
        claimant, claimant_tok = (claimant[0], tok_end(name)), name
        content = trim(text(doc), tok_end(name.doc[name.i + 1]), content[1])
    if content[1] - content[0] < 10:
        return None
    if claimant_tok.pos_ == "VERB":  # "according to show insiders": the noun is the source
        claimant_tok = next(c for c in claimant_tok.children if c.dep_ == "dobj")
    return RawClaim(
        cue=(tok.idx, tok_end(to)),
        content=content,
        outlet=outlet_of(tok, sent),  # "according to a report seen by Reuters"
        claimant=claimant,
        claimant_token=claimant_tok.i,
        cue_token=tok.i,
        frame="speech",
        sentence=(sent.start_char, sent.end_char),
    )


def _medium_name_after(noun: Token, last: int) -> Token | None:
    """ "the Emirati state news agency WAM, ...": the parser makes the name that ends a
    medium noun the subject of the clause after it; the name (up to its comma) is the
    source's own, and its head."""
    doc = noun.doc
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is None or noun.lemma_.lower() not in MEDIUM_NOUNS or nxt.pos_ != "PROPN":
        return None
    end = nxt
    while end.i + 1 < len(doc) and doc[end.i + 1].pos_ == "PROPN":
        end = doc[end.i + 1]
    after = doc[end.i + 1] if end.i + 1 < len(doc) else None
    return end if after is not None and after.text == "," else None


def _clause_hung(doc: Doc, obj: Token, last: int) -> bool:
    """ "According to data from X, the vessels left Y, passed Z ...": a finite verb after
    a comma inside the source's phrase, not opening a relative clause ("X, which tracks
    ships,"), is the report's first clause hung on the source."""
    comma = next((t for t in doc[obj.i + 1 : last] if t.text == ","), None)
    if comma is None:
        return False
    return any(
        t.tag_ in ("VBD", "VBZ", "VBP")
        and t.dep_ in ("acl", "appos", "conj")
        and not any(c.tag_ in ("WDT", "WP", "WP$") or c.lower_ == "that" for c in t.children)
        and any(c.dep_ == "dobj" or c.dep_ == "prep" for c in t.children)
        for t in doc[comma.i + 1 : last + 1]
    )


def _misread_source(to: Token) -> Token | None:
    """ "according to show insiders": the tagger read the noun phrase's first word as a
    verb with the rest as its object (a pcomp of "to"); the phrase is still the source.
    Only a bare verb with one nominal object and nothing else under it counts."""
    verb = next((c for c in to.children if c.dep_ == "pcomp"), None)
    if verb is None or verb.pos_ != "VERB" or verb.i != to.i + 1 or verb.tag_ == "VBG":
        return None
    kids = list(verb.children)
    if len(kids) != 1 or kids[0].dep_ != "dobj" or kids[0].pos_ not in ("NOUN", "PROPN"):
        return None
    obj = kids[0]
    if any(t.pos_ in ("VERB", "AUX", "PUNCT", "ADP") for t in obj.subtree):
        return None
    return verb


def _named_after(doc: Doc, source: Token, content: Offsets) -> Token | None:
    """The last word of a name that opens ``content`` as the apposition of a source named
    by a common noun ("the division's spokesperson, Superintendent of Police Ana Ruiz,
    the men ..."): capitalised words (and "of") up to a comma, with a person among them."""
    if source.pos_ != "NOUN":
        return None
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    comma = next((t for t in span or () if t.text == ","), None)
    if span is None or comma is None or comma.i - span.start < 2 or comma.i + 1 >= span.end:
        return None
    name = doc[span.start : comma.i]
    if not all(t.pos_ == "PROPN" or t.lower_ == "of" for t in name):
        return None
    if doc[comma.i + 1].like_num or source.lemma_.lower() in _PAPERS:
        return None  # "according to the indictment, Ivan Ko, 47, of X, bought …": the subject
    return name[-1] if name[-1].ent_type_ == "PERSON" else None


#: Papers that name people only as the subject of what they say, never as their author.
_PAPERS = frozenset(
    {"indictment", "complaint", "filing", "affidavit", "lawsuit", "charge", "warrant"}
)


def stray_appositive(doc: Doc, content: Offsets) -> Offsets | None:
    """(end of the apposition, start of the claim) when a content after a fronted source
    opens with the source's apposition, which the parser (put off by a parenthesis) hung
    as a subject on the noun after it: "..., a Beirut-based network, objects were ...", or
    left on the source itself when it hung the whole sentence there too ("According to X,
    a Moscow-based group, at least 40 ...": an indefinite description, not the subject)."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    comma = next((t for t in span or () if t.text == ","), None)
    if span is None or comma is None or comma.i == span.start:
        return None
    phrase = doc[span.start : comma.i]
    root = phrase.root
    verbs = [t for t in phrase if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"]
    nominal = root.pos_ in ("NOUN", "PROPN") and not verbs  # ("Beirut-based" is a modifier)
    head = root.head  # (a noun, though the tagger may call "objects" a verb)
    nounish = head.pos_ in ("NOUN", "PROPN", "PRON") or head.dep_ in ("nsubj", "nsubjpass")
    stray = head.i > comma.i and nounish
    stray = stray and root.dep_ in ("nsubj", "appos", "compound")
    hung = root.dep_ in ("appos", "pobj", "conj") and head.i < span.start  # (on the source)
    hung = hung and phrase[0].lower_ in ("a", "an")  # (a description, not "the trek to X")
    if not (nominal and (stray or hung)):
        return None
    return tok_end(doc[comma.i - 1]), tok_end(comma)

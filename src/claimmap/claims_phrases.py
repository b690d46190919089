"""Claims that are not a verb with its arguments: "according to X", "the claim that",
a transcript's speaker label, a signed quotation, and a cue verb the parser mistook for
a modifier ("President X blasted Turkey" with "Turkey" as the sentence root). The channel
they came through is :mod:`claimmap.claims_outlets`'s to find.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_according import stranded_source, subject_hung
from claimmap.claims_asides import dateline_label, entity_words
from claimmap.claims_content import stray_appositive
from claimmap.claims_cues import STANCE_NOUNS, cue_lemma, verb_frame, words
from claimmap.claims_embedded import gloss_after
from claimmap.claims_layout import layout_claims, place_label
from claimmap.claims_media import MEDIUM_NOUNS
from claimmap.claims_noun_holders import reporters_gloss, voiced_by
from claimmap.claims_outlets import according_medium, outlet_of
from claimmap.claims_relay import relayed_according
from claimmap.claims_tokens import (
    Offsets,
    RawClaim,
    bracket_end,
    cue_offsets,
    span_at,
    subject_of,
    subtree,
    text,
    tok_end,
    tokens_offsets,
    trim,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def repaired_verb(
    verb: Token, sent: Span, frame: str, repaired: dict[int, tuple[Offsets, int]]
) -> RawClaim | None:
    """A past-tense cue parsed as a modifier ("President X blasted Turkey" → "Turkey" ROOT)."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i == sent.start or doc[verb.i - 1].pos_ != "PROPN":
        return None
    if verb.head.i <= verb.i or frame not in ("speech", "evaluation"):
        return None
    start = verb.i - 1
    while start > sent.start and (
        doc[start - 1].pos_ == "PROPN"
        or doc[start - 1].ent_type_ == "NORP"
        or doc[start - 1].text == "-"
    ):
        start -= 1
    head = verb.head
    end = head.i
    for c in head.children:
        if c.i > head.i and c.dep_ in ("prep", "appos", "acl", "relcl"):
            end = max(end, c.right_edge.i)
    claimant = tokens_offsets(doc, start, verb.i - 1)
    repaired[head.i] = (claimant, verb.i - 1)
    return RawClaim(
        cue=cue_offsets(verb),
        content=tokens_offsets(doc, verb.i + 1, end),
        claimant=claimant,
        claimant_token=verb.i - 1,
        outlet=outlet_of(verb, sent),
        cue_token=verb.i,
        frame=frame,
        sentence=(sent.start_char, sent.end_char),
    )


#: Entities that can label a quotation or headline ("Sanders: ...", "Politifact: ...").
_LABEL_ENTS = frozenset({"PERSON", "ORG", "NORP"})


#: Documents a headline names as its source: "Poll: Voters abandon ...", "Study: ...".
_HEADLINE_SOURCES = frozenset({"poll", "survey", "study", "audit", "census"})


def layout(parsed: Doc) -> list[RawClaim]:
    """Claims told by the layout of lines: "PENCE: ...", "Sanders: Clinton needs ...", a
    quotation signed with a dash. A label the model tags nothing in its line (headlines
    are hard for it) counts when the article names it elsewhere as a person or body."""
    named_elsewhere = entity_words(parsed)
    out = []
    found = layout_claims(text(parsed))
    for claimant, cue, content in found:
        span = span_at(parsed, cue[0], cue[1])
        if span is None or dateline_label(parsed, claimant, found, named_elsewhere):
            continue
        who = span_at(parsed, claimant[0], claimant[1]) if claimant[1] > claimant[0] else None
        if claimant[1] > claimant[0]:  # an empty claimant: a fact-check's "Claim: ..." line
            label = text(parsed)[claimant[0] : claimant[1]]
            if (
                who is None
                or not (
                    label.isupper()
                    or all(t.ent_type_ in _LABEL_ENTS for t in who)
                    or label.lower() in _HEADLINE_SOURCES
                    or label in named_elsewhere
                )
                or place_label(parsed, label)
            ):
                continue  # "Stealth Over Health: ..." is a headline, "Pat Caddell: ..." a speaker
        sent = span.sent
        out.append(
            RawClaim(
                cue=cue,
                content=content,
                claimant=claimant if who is not None else None,
                claimant_token=who.root.i if who is not None else None,
                outlet=None,
                cue_token=span.start,
                frame="speech",
                sentence=(sent.start_char, sent.end_char),
            )
        )
    return out


# --- "according to" and nouns -----------------------------------------------------------


def according_to(tok: Token, sent: Span) -> RawClaim | None:
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
    if _under_named_speaker(tok, obj):
        return None  # "“…,” a man told the group, according to its report": the man speaks
    pp_start = tok.i
    pp_end = bracket_end(doc, max(obj.right_edge.i, to.i))
    claimant = (subtree(obj)[0], tok_end(doc[pp_end]))
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


def _under_named_speaker(according: Token, source: Token) -> bool:
    """ "The agency said 7 million had left, of whom 400,000 are in X, according to
    government estimates": a phrase that closes a relative detail inside a speaker's
    complement sources that detail, not the report; and "a man told the group, according
    to its report" (or "to a statement from it") names the addressee's record of the
    man's words. The named speaker stays the claimant. (Otherwise the phrase relays the
    report: "police have said X, according to lawyers".)"""
    if source.lemma_.lower() in _DATA_NOUNS and _inside_speech(according):
        return True  # "a spokesperson said X was 611, according to figures from Y"
    head = according.head
    if head.i < according.i and _speaks(head):
        owner = next((c for c in source.children if c.dep_ == "poss"), None)
        issued = any(c.dep_ == "prep" and c.lower_ == "from" for c in source.children)
        recorded = issued or (owner is not None and owner.pos_ == "PRON")
        return recorded and _addressed(head)  # "its report", "a statement from the agency"
    while head.i != head.head.i and not (head.i < according.i and _speaks(head)):
        head = head.head
    return head.i < according.i and _speaks(head) and _after_relative(according, head)


#: Sources that are figures, not speakers: they give a speaker's numbers, not relay him.
_DATA_NOUNS = words("figure figures data datum statistic statistics record records number numbers")


def _inside_speech(according: Token) -> bool:
    """Whether ``according`` hangs inside the complement of a speaking verb before it."""
    return any(v.i < according.i and _speaks(v) for v in according.ancestors)


def before_sourced_detail(verb: Token, content: Offsets) -> Offsets:
    """ "The IOM said 7 million had left, of whom 400,000 are in X, according to government
    estimates": the closing phrase sources the relative detail, not ``verb``'s report (see
    ``_under_named_speaker``), so it is no part of what the speaker said."""
    doc = verb.doc
    for tok in doc[verb.i + 1 : verb.sent.end - 1]:
        to = doc[tok.i + 1]
        if tok.lower_ != "according" or to.lower_ != "to" or not content[0] < tok.idx < content[1]:
            continue
        obj = next((c for c in to.children if c.dep_ == "pobj"), None)
        if obj is None or tok_end(obj.right_edge) < content[1] - 1:
            continue  # more of the report follows the phrase
        if _speaks(verb) and _after_relative(tok, verb) and _sourced_under(tok, verb):
            return trim(text(doc), content[0], doc[tok.i - 1].idx)
    return content


def _sourced_under(according: Token, verb: Token) -> bool:
    """Whether ``according`` hangs inside ``verb``'s clause (not on a later verb)."""
    return verb in according.ancestors


def _after_relative(according: Token, verb: Token) -> bool:
    """Whether the words right before ", according to" end a relative clause ("of whom
    400,000 are in X") under the speaker's complement."""
    doc = according.doc
    if according.i < 2 or doc[according.i - 1].text != ",":
        return False
    for above in [doc[according.i - 2], *doc[according.i - 2].ancestors]:
        if above.i == verb.i:
            return False
        first = above.left_edge
        wh = first.tag_ in ("WP", "WDT", "WRB") or (
            first.pos_ == "ADP" and doc[first.i + 1].tag_ in ("WP", "WDT")
        )
        if above.dep_ in ("relcl", "advcl") and wh:
            return True
    return False


def _addressed(verb: Token) -> bool:
    """Whether a speech verb names whom it was said to ("told the group")."""
    return any(c.dep_ in ("dobj", "dative") for c in verb.children)


def _speaks(verb: Token) -> bool:
    """A speech verb with a named subject ("the IOM said", "a man told"), not "it said"."""
    if verb.pos_ != "VERB" or verb_frame(cue_lemma(verb.lemma_, verb.lower_)) != "speech":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ not in ("it", "this") for c in verb.children)


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
    return name[-1] if name[-1].ent_type_ == "PERSON" else None


def _misread_verb(noun: Token) -> Token | None:
    """ "Trump charges that ...": a capitalised word opening the sentence before a plural cue
    noun, which the tagger made its head or its modifier, is a subject and its verb (the
    that-clause shows it). Returns the subject's token."""
    if noun.tag_ != "NNS" or noun.i == 0:
        return None
    before = noun.doc[noun.i - 1]
    if not before.text[:1].isupper() or not before.is_alpha:
        return None
    if noun.dep_ == "dobj" and noun.head == before and before.dep_ == "ROOT":
        return before
    if noun.dep_ == "ROOT" and before.head == noun and before.dep_ in ("amod", "compound"):
        return before
    return None


def noun_cue(noun: Token, sent: Span) -> RawClaim | None:
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp", "relcl")
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if clause is None and owner is not None and noun.lemma_.lower() in STANCE_NOUNS:
        clause = _stance_object(noun)  # "Clinton's criticism of Trump", "his plan to cut taxes"
    if clause is None:
        return None
    claimant_tok = next(
        (
            c
            for c in noun.children
            if c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")
        ),
        None,
    )
    claimant: Offsets | None = None
    if claimant_tok is not None:
        claimant = tokens_offsets(noun.doc, claimant_tok.left_edge.i, claimant_tok.i)
    else:
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        pobj = next((g for g in by.children if g.dep_ == "pobj"), None) if by else None
        if pobj is not None:
            claimant_tok = pobj
            claimant = subtree(pobj)
    misread = _misread_verb(noun) if claimant is None else None
    if misread is not None:  # "Trump charges that ..." read as a noun phrase
        claimant_tok = misread
        claimant = tokens_offsets(noun.doc, misread.i, misread.i)
    cue = noun
    outlet: Offsets | None = None
    verb = noun.head.head if noun.head.dep_ == "prep" else None
    if claimant is None and verb is not None and verb.pos_ == "VERB":
        # "The ministry said in a statement that ...": the claim is the verb's subject's
        # (and "in a statement carried by the X news agency" names its channel).
        subj = subject_of(verb)
        if subj is not None:
            cue, claimant_tok, claimant = verb, subj, subtree(subj)
            outlet = outlet_of(verb, sent)
    voiced = voiced_by(noun) if claimant is None else None
    if voiced is not None:  # "the mayor voiced fears that ...": the mayor holds them
        claimant_tok, claimant = voiced, subtree(voiced)
    if claimant is None and reporters_gloss(noun):
        return None
    return RawClaim(
        cue=cue_offsets(cue),
        content=subtree(clause),
        claimant=claimant,
        claimant_token=claimant_tok.i if claimant_tok is not None else None,
        outlet=outlet,
        cue_token=cue.i,
        frame="speech",
        sentence=(sent.start_char, sent.end_char),
    )


def _stance_object(noun: Token) -> Token | None:
    for c in noun.children:
        if c.i < noun.i:
            continue
        if c.dep_ == "prep" and c.lower_ in ("of", "on", "about", "against", "for", "to"):
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj
        if c.dep_ == "acl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return c
    return None

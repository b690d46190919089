"""Find claims in a dependency parse: cue, claimant and content as character offsets.

One pass over each sentence proposes a :class:`RawClaim` for every cue that governs a
content: a verb with a clausal complement ("said that ..."), an object ("blasted Turkey
as ..."), an infinitive ("vowed to ..."), a quotation next to it ("“...,” he said"), a
colon ("continued: ..."); the phrase "according to X"; a noun with a that-clause ("the
claim that ..."). Quotations are then widened to their quote marks, across sentences.
Each kind of cue is read by its own module: a verb by :mod:`claimmap.claims_verb_claims`,
"according to X" by :mod:`claimmap.claims_according_phrase`, a noun by
:mod:`claimmap.claims_noun_cues`, a labelled line by :mod:`claimmap.claims_layout_labels`.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from claimmap.claims_according_nested import unnested_according
from claimmap.claims_according_phrase import according_to
from claimmap.claims_adjuncts import end_before_adjuncts
from claimmap.claims_asides import is_put_it, without_dateline
from claimmap.claims_attitudes import attitude_claims
from claimmap.claims_cited_tail import cited_at_end
from claimmap.claims_conditional_cues import unconditional
from claimmap.claims_content_conjuncts import with_stray_conjuncts
from claimmap.claims_cues import CUE_NOUNS, STANCE_NOUNS, THAT_NOUNS, cue_lemma, verb_frame
from claimmap.claims_evidence_openers import evidence_openers
from claimmap.claims_factcheck import fact_check_lines, media_verdicts
from claimmap.claims_filters import (
    dedupe,
    end_before_relatives,
    end_before_summaries,
    fronted_adverbial,
    mended_coordination,
    one_paragraph_claim,
    outermost,
    split_participles,
    summaries,
)
from claimmap.claims_filters_nonclaims import without_caveats
from claimmap.claims_filters_quotations import continued_quotes, quoted_speakers
from claimmap.claims_fronted_aside import fronted_asides
from claimmap.claims_headlines import headline_claims
from claimmap.claims_hollow import without_hollow
from claimmap.claims_interviews import interview_answers
from claimmap.claims_inverted import with_inverted_openers
from claimmap.claims_layout_labels import layout
from claimmap.claims_legal_passives import without_unvoiced_passives
from claimmap.claims_measures import measure_claims
from claimmap.claims_misparsed_modifier import repaired_verb
from claimmap.claims_misparsed_tell import modifier_attribution
from claimmap.claims_misread import misread_cue, noun_rooted
from claimmap.claims_nested_ends import agreeing_ends
from claimmap.claims_nonspeech import reporters_question
from claimmap.claims_noun_cues import noun_cue
from claimmap.claims_post_text import post_authors
from claimmap.claims_quoted_by import without_quoted_by
from claimmap.claims_quotes import quote_regions
from claimmap.claims_quoting import quoted_by_media
from claimmap.claims_received import received_claims
from claimmap.claims_relay import relayed_reports
from claimmap.claims_relay_tail import relayed_speakers
from claimmap.claims_relayed_sources import relayed_sources
from claimmap.claims_said_tail import (
    cue_conjuncts_cut,
    participles_run_on,
    run_on_past_cue,
)
from claimmap.claims_sent_to import outlets_sent_to
from claimmap.claims_sequels import hearsay_sequels
from claimmap.claims_shared_outlet import shared_outlets
from claimmap.claims_shared_subject import shared_subjects
from claimmap.claims_speaker_described_place import speaker_after_place
from claimmap.claims_speaker_spans import mended_speakers
from claimmap.claims_speaker_tags import tag_answers, without_tag_labels
from claimmap.claims_stance import rebuttals, stance_claims
from claimmap.claims_tallies import tally_estimate
from claimmap.claims_tokens import Offsets, RawClaim, cue_candidates, memo, sentence_at, text
from claimmap.claims_transcripts import transcript_answers
from claimmap.claims_verb_claims import verb_cue
from claimmap.claims_verdicts import verdict_claims

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

__all__ = ["RawClaim", "find_claims"]


def find_claims(parsed: Doc) -> list[RawClaim]:
    """Every claim the parse shows, in text order, without duplicates."""
    quotes = quote_regions(text(parsed))
    found: list[RawClaim] = []
    repaired: dict[int, tuple[Offsets, int]] = {}  # token index → claimant; per sentence
    for i in memo(parsed, "cue_candidates", lambda: cue_candidates(parsed)):
        raw = _claim_at(parsed[i], sentence_at(parsed, i), quotes, repaired)
        if raw is not None:
            found.append(raw)
    found = unnested_according(parsed, found)  # "according to X, who …, according to them"
    found = unconditional(parsed, found)  # "He said if I complained he would …": his
    found = fact_check_lines(parsed, found + layout(parsed))  # "Claim: “…,” reads a post by X"
    found = without_tag_labels(parsed, found)  # "Lee: Why …?": a tag's colon is no cue
    found.extend(evidence_openers(parsed, found))  # "Images analysed by X show Y"
    found = received_claims(parsed, found)  # "received information from X that Y"
    found = with_inverted_openers(parsed, found, quotes)
    found.extend(interview_answers(parsed, found))
    found = mended_speakers(parsed, found)  # "“…,” Tulsa police Chief X said", "X, who said"
    found = [speaker_after_place(parsed, r) for r in found]  # "at X, the main town of Y, Z said"
    found = relayed_reports(parsed, found)  # "X, citing Y, reported": Y speaks through X
    found = relayed_sources(parsed, found)  # "X relayed the claim, citing Y": Y's
    found = relayed_speakers(parsed, found)  # "X said Y, the agency Z reported": X's
    body = text(parsed)
    widened = without_dateline(
        parsed, [one_paragraph_claim(parsed, body, r, quotes) for r in found]
    )
    unfronted = [r for r in widened if not fronted_adverbial(parsed, r)]
    split = end_before_adjuncts(parsed, split_participles(parsed, unfronted))
    split = mended_coordination(parsed, split)
    split = dedupe(summaries(end_before_summaries(text(parsed), split)))
    kept = end_before_relatives(body, continued_quotes(parsed, split, quotes))
    kept = outermost(agreeing_ends(body, kept))  # (claims_nested_ends: nested ends agree)
    kept = without_caveats(parsed, quoted_speakers(body, rebuttals(parsed, kept), quotes))
    kept = shared_subjects(parsed, kept)  # "An official, ..., denied X and said Y"
    kept = quoted_by_media(parsed, kept)  # "KCNA, quoting a spokesman, said X"
    kept = without_quoted_by(parsed, kept)  # "Y, quoted by KCNA, said": Y, outlet KCNA
    kept = cited_at_end(parsed, kept)  # "…, Radio X reported, citing Y": Y, outlet X
    kept = outlets_sent_to(parsed, kept)  # "In a statement sent to Reuters, X denied"
    kept = participles_run_on(parsed, cue_conjuncts_cut(parsed, run_on_past_cue(parsed, kept)))
    kept = without_hollow(parsed, kept)  # "(cards) they never asked for", "having said that"
    kept = with_stray_conjuncts(parsed, kept)  # "flown to X from A, B and C and then bused"
    kept = shared_outlets(parsed, sorted(kept + fronted_asides(parsed, kept), key=_order))
    sequels = hearsay_sequels(parsed, kept)  # "According to X, A. B was reportedly C."
    kept = sorted(kept + sequels, key=lambda r: (r.sentence[0], r.cue[0])) if sequels else kept
    kept = sorted(kept + transcript_answers(parsed, kept), key=_order)  # "A: …" lines
    kept = sorted(kept + tag_answers(parsed, kept), key=_order)  # "Park: …" answer turns
    more = stance_claims(parsed, kept)
    more += attitude_claims(parsed, kept + more)  # "were frustrated that Y"
    more += headline_claims(parsed, kept + more, find_claims)
    more += verdict_claims(parsed, kept + more)  # "VERDICT: MISLEADING": the checker's
    more += measure_claims(parsed, kept + more)  # "designated X for their role in Y"
    kept = sorted(kept + more, key=lambda r: (r.sentence[0], r.cue[0])) if more else kept
    kept = without_unvoiced_passives(parsed, kept)  # "Three Charged With", "is believed to"
    kept = post_authors(parsed, kept)  # "The post was published by X. It reads: …": X's
    return media_verdicts(parsed, kept)  # "Video does not show X": the checker's verdict


def _order(raw: RawClaim) -> tuple[int, int]:
    return raw.sentence[0], raw.cue[0]


def _claim_at(
    tok: Token, sent: Span, quotes: list[Offsets], repaired: dict[int, tuple[Offsets, int]]
) -> RawClaim | None:
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        return according_to(tok, sent)
    lemma = cue_lemma(tok.lemma_, tok.lower_)
    if tok.pos_ == "NOUN":  # (or a cue verb the tagger made a noun: "..., the bank warns.")
        if reporters_question(tok):
            return None  # "Asked about claims that X, he said ...": the reporter's words
        nouns = lemma in CUE_NOUNS or lemma in STANCE_NOUNS or lemma in THAT_NOUNS
        nominal = noun_cue(tok, sent) if nouns else None
        return nominal or misread_cue(tok, sent)
    if tok.pos_ not in ("VERB", "AUX") or not tok.tag_.startswith("VB"):
        return None
    frame = verb_frame(lemma) or ("speech" if tally_estimate(tok) or is_put_it(tok) else None)
    if frame is None:
        return None
    if tok.dep_ in ("amod", "compound"):  # ('"…," the 41-year-old told reporters')
        return repaired_verb(tok, sent, frame, repaired) or modifier_attribution(tok, sent, quotes)
    if tok.dep_ in ("dobj", "appos", "npadvmod", "nmod") and tok.tag_ in ("VBZ", "VBD"):
        return noun_rooted(tok, sent, frame)
    if tok.dep_ == "aux":
        return None
    return verb_cue(tok, sent, frame, quotes, repaired)

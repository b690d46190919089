"""The claim of one cue verb: its content, its claimant and the channel it came through.

:mod:`claimmap.claims_syntax` asks :func:`verb_cue` for every verb whose lemma is a cue.
It refuses a cue that makes no claim (a citing participle, a relayed speaker, a silence),
tries the shapes that put the speaker after the cue ("X, say residents"), takes the
content by the cue's frame (:mod:`claimmap.claims_content`) or from a quotation or colon
beside it, and the claimant from the subject, a passive's agent, a speaker the verb
inherits or one placed after it; then it keeps both within the sentence and marks
relative and adverbial attributions ("firms they said were involved").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.claims_according_detail import before_sourced_detail
from claimmap.claims_adjuncts import backshifted_conjunct
from claimmap.claims_asides import (
    answered_content,
    as_aside_content,
    cites_evidence,
    fronted_speaker,
    headline_passive,
    is_put_it,
    misread_report,
    reported_clause,
)
from claimmap.claims_bare_passives import (
    bare_directive,
    bare_hearsay,
    charge_after_agent,
    copular_accused,
    told_to,
)
from claimmap.claims_cited_as import cited_as, cited_passive, cites_as_saying
from claimmap.claims_content import summarised_claim, verb_content
from claimmap.claims_cues import ALLEGE_CUES, QUOTE_VERBS, cue_lemma, words
from claimmap.claims_embedded import adverb_relative, what_said
from claimmap.claims_evidence import evidence_in
from claimmap.claims_filters_nonclaims import forecast, no_claim
from claimmap.claims_labels import passive_label
from claimmap.claims_no_statement import no_statement
from claimmap.claims_nonspeech import makes_no_claim
from claimmap.claims_noun_reads import appositive_noun, gap_content, target_participle
from claimmap.claims_outlet_listeners import relays_speaker
from claimmap.claims_outlets import outlet_of, posted_subject, without_channel
from claimmap.claims_parenthetical import (
    attribution_ends_sentence,
    interrupting_speaker,
    speaker_in_next_clause,
    trailing_relative,
)
from claimmap.claims_postposed import inverted, postposed
from claimmap.claims_purpose import imperative, purpose_or_inference
from claimmap.claims_quote_beside import quote_or_colon, reporters_gloss
from claimmap.claims_relative_subject import subject_over_relative
from claimmap.claims_relay import cite_of_relay
from claimmap.claims_reparse import before_trailing_attribution, cited_aside, with_title
from claimmap.claims_speaker_spans import quoted_after_topic
from claimmap.claims_speakers import (
    container_owner,
    inherited_subject,
    named_as_speaker,
    rooted_speaker,
    speaker_subject,
    with_misread_aux,
    within,
)
from claimmap.claims_split_subject import joined_subject
from claimmap.claims_stranded_subject import apposed_speaker, stranded_subject
from claimmap.claims_tallies import pollster
from claimmap.claims_tokens import (
    Offsets,
    RawClaim,
    agent_of,
    cue_offsets,
    has_child,
    hull,
    overlap,
    subject_of,
    subtree,
    text,
    tok_end,
    trim,
)
from claimmap.claims_trailing import (
    before_setting,
    misread_subject,
    relative_end,
    trailing_source,
    trailing_teller,
)
from claimmap.claims_verb_parts import (
    BY_FRAMES,
    bare_share,
    denied_passive,
    for_saying,
    subject_gap,
    verb_kind,
    with_antecedent,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_RAISING = words("say report believe think expect allege know rumor rumour claim")
_FIRST_SECOND = frozenset({"i", "we", "you"})


def _set_off(verb: Token) -> bool:
    """An aside with no object after a comma or at the start ("As X noted with a chart, Y"
    attributes Y; "as she called for X" only times it)."""
    first = verb.left_edge
    return (first.i == verb.sent.start or _after_comma(first)) and not has_child(verb, "dobj")


def _after_comma(tok: Token) -> bool:
    return tok.i > 0 and tok.doc[tok.i - 1].text == ","


def verb_cue(
    verb: Token,
    sent: Span,
    frame: str,
    quotes: list[Offsets],
    repaired: dict[int, tuple[Offsets, int]],
) -> RawClaim | None:
    """The claim ``verb`` (a cue of ``frame``) makes in ``sent``, or None if it makes none."""
    if cites_as_saying(verb) or cites_evidence(verb) or cited_aside(verb) or cite_of_relay(verb):
        return None  # the "saying" under "cited X as saying" carries the claim
    if relays_speaker(verb):
        return None  # "X said Y, the agency reported": X's claim, the agency its channel
    lemma = cue_lemma(verb.lemma_, verb.lower_)
    if no_statement(verb, lemma) or purpose_or_inference(verb, frame) or appositive_noun(verb):
        return None  # (nor "crossed to support X", "X rose, suggesting Y")
    if backshifted_conjunct(verb) or makes_no_claim(verb, lemma):
        return None  # "said X would give aid and had approved Y"; "pressed him on Z"
    flipped = inverted(verb, sent) or named_as_speaker(verb)
    flipped = flipped or interrupting_speaker(verb, sent, lemma)
    flipped = flipped or trailing_relative(verb, sent, lemma)
    flipped = flipped or speaker_in_next_clause(verb, sent, lemma)  # "“X,” said a man who"
    flipped = flipped or trailing_source(verb, sent, frame)  # "X sailed, data showed"
    flipped = flipped or subject_over_relative(verb, sent, lemma)  # "X, which tracks Y, said"
    flipped = flipped or trailing_teller(verb, sent)  # "X, a source told AFP"
    if flipped is not None:  # "X, say residents", "a man who gave his name as Y told": speaker
        return RawClaim(
            cue=cue_offsets(verb),
            content=flipped[2],
            claimant=flipped[0],
            claimant_token=flipped[1],
            outlet=outlet_of(verb, sent),
            cue_token=verb.i,
            frame=frame,
            sentence=(sent.start_char, sent.end_char),
        )
    content = None if is_put_it(verb) else verb_content(verb, frame)  # "put it": no content
    content = answered_content(verb) or content  # "X, US says; Beijing denies": X denied
    content = gap_content(verb, content)  # "X, claims that Y have said are inflated"
    content = quoted_after_topic(verb, content, quotes) or content  # "said of X, “Y”"
    if content is not None:
        content = (max(content[0], sent.start_char), min(content[1], sent.end_char))
        content = before_trailing_attribution(verb, content)  # "X shows Y, Z reported"
        content = before_sourced_detail(verb, content)  # "..., according to estimates"
    subj = speaker_subject(verb, quotes)
    joined = joined_subject(verb, subj)  # "Deir ez-Zor activist network X said": X
    subj = joined[0] if joined is not None else subj
    if hung := stranded_subject(verb, subj, content) or apposed_speaker(verb, content, subj):
        subj, content = hung[0], hung[1] or content  # "… off Ningbo, a Y-based group said"
    if subj is not None and subj.lower_ == "what":  # "what [the opposition] says was Y"
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i), subj)
    claimant: Offsets | None = None
    claimant_tok: int | None = None
    outlet: Offsets | None = None
    raised = False
    if (subj is not None and bare_directive(verb)) or told_to(verb):
        return None  # headline "Migrants told to leave camp": they were told, no claim
    accused = subj is not None and headline_passive(verb)  # "US accused of shipping X to Y"
    if copular_accused(verb):  # "X stands accused of": X, the copula's subject, is accused
        subj = subj or subject_of(verb.head)
        accused = subj is not None
    accused = accused or (subj is not None and bare_hearsay(verb))  # "X reported missing"
    if accused and content is not None:  # (the parser hangs "to Y" on "accused")
        content = trim(text(verb.doc), content[0], max(content[1], tok_end(verb.right_edge)))
    if subj is not None and (subj.dep_ in ("nsubjpass", "csubjpass") or accused):
        agent = agent_of(verb)
        charged = charge_after_agent(verb) if content is None else None
        if agent is not None and charged is not None:  # "accused by prosecutors of fraud"
            (claimant, content), claimant_tok = charged, agent.i
        elif agent is not None:
            claimant, claimant_tok = subtree(agent), agent.i
            if content is None and frame in BY_FRAMES and subj.dep_ == "nsubjpass":
                content = subtree(subj)  # "the issue was first reported by the Post"
        elif lemma in _RAISING and subj.lower_ in ("it", "this"):
            claimant = None  # "it was reported that ..."
        elif lemma in _RAISING and content is not None and has_child(verb, "xcomp"):
            content = (subtree(subj)[0], content[1])  # "troops are said to have ..."
            raised = True
        elif (record := evidence_in(verb)) is not None:  # "X is documented in the film"
            claimant, claimant_tok = subtree(record), record.i
            content = content if subj.lower_ == "it" else subtree(subj)
        elif cited_passive(verb):
            claimant, claimant_tok = subtree(subj), subj.i  # "X was quoted as saying"
        elif (frame == "evaluation" or lemma in ALLEGE_CUES) and content is not None:
            # "Turkey was accused of sending fighters": an unsourced accusation; the
            # subject is its target, not its source ("was criticised for saying X" is
            # the subject's claim X, found at "saying")
            if for_saying(verb) or denied_passive(verb, subj):
                return None
            raised = True
        elif passive_label(verb, lemma) is not None:
            raised = True  # "the claim was rated false": an unsourced judgement
        else:
            return None  # "the bill was signed": no source, no content
    elif subj is not None:
        said_by = subtree(subj)
        said_by = (joined[1], said_by[1]) if joined is not None else said_by
        if subj.i < verb.i and said_by[1] > verb.idx:  # a parse that runs the subject on
            said_by = trim(text(verb.doc), said_by[0], verb.idx)  # past its verb ends there
        if subj.i < verb.i:  # "..., Director General of Police A.B. Rao said"
            said_by = with_title(subj, said_by)
        claimant, claimant_tok = with_misread_aux(verb, said_by), subj.i
        if subj.tag_ == "WDT" and verb.dep_ == "relcl":
            claimant, claimant_tok = container_owner(verb.head) or (claimant, claimant_tok)
        if subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" and claimant_tok == subj.i:
            claimant = with_antecedent(verb.head, subj)
        polled = pollster(subj)  # "A poll by Survation for the Post put X on 29%"
        claimant, claimant_tok, outlet = polled or (claimant, claimant_tok, outlet)
    else:
        after = postposed(verb, sent) if lemma in QUOTE_VERBS else None
        # "Asked about the blast, Clinton said ...": Clinton was asked, the asker is unnamed
        addressed = verb.tag_ == "VBN" and verb.dep_ == "advcl"
        addressed = addressed or target_participle(verb)  # "a militia accused of killings"
        rooted = rooted_speaker(verb)  # "Migrants interviewed by the group described ..."
        reporter = misread_report(verb)  # "X, citing Y, reported": "citing" read as root
        if rooted is None and reporter is not None:
            rooted = reporter[0], reporter[1], None
            content = content or reported_clause(verb)
        if rooted is not None:
            claimant, claimant_tok, outlet = rooted
        inherited = rooted and rooted[:2]
        inherited = inherited or after or (None if addressed else inherited_subject(verb, repaired))
        asker = agent_of(verb) if addressed else None  # "When pressed by Holt, he said"
        inherited = inherited or ((subtree(asker), asker.i) if asker is not None else None)
        inherited = inherited or fronted_speaker(verb)  # "In the US, Customs (CBP) said"
        inherited = inherited or misread_subject(verb)  # "..., records show."
        if inherited is not None:
            claimant, claimant_tok = inherited
        if after is not None:
            content = trim(text(verb.doc), sent.start_char, verb.doc[after[1]].idx)
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ == "as"
        and verb.head.head.lemma_ in ("cite", "quote")
    ):
        claimant, claimant_tok, outlet = cited_as(verb.head.head)
        cite_comps = [c for c in verb.head.head.children if c.dep_ == "ccomp"]
        if content is None and cite_comps:
            content = hull(subtree(c) for c in cite_comps)  # "X, Lavrov was quoted ... saying."
        elif content is None and claimant is not None:
            before = trim(text(verb.doc), sent.start_char, claimant[0])
            content = before if before[1] - before[0] > 10 else None
    aside = as_aside_content(verb) if claimant is not None and frame == "speech" else None
    if aside is not None and (content is None or _set_off(verb)):
        content = aside  # "X, as the minister noted"; "As Y pointed out with a chart, X"
    if content is None and lemma in QUOTE_VERBS:
        content = quote_or_colon(verb, sent, quotes, claimant)
    elif lemma in QUOTE_VERBS and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "oprd") for c in verb.children
    ):
        # "“…,” she wrote on the social network X": the quotation before the attribution
        # is what was written, not the prepositional phrase after the verb
        quoted = quote_or_colon(verb, sent, quotes, claimant)
        starts = {q[0] for q in quotes}
        if quoted and quoted[0] in starts and sent.start_char <= quoted[0] < quoted[1] <= verb.idx:
            content = quoted
    if content is None and lemma in QUOTE_VERBS and verb.dep_ in ("parataxis", "dep"):
        content = trim(text(verb.doc), sent.start_char, sent.end_char)  # "X, Bush said, Y"
        if claimant is None:
            inside = postposed(verb, sent, clause_after=True)
            claimant, claimant_tok = inside if inside else (None, None)
        if attribution_ends_sentence(verb, sent) or reporters_gloss(verb, sent):
            # "X, officials said, in a move that …", "X, residents said, days after Y"
            first = min(verb.left_edge.idx, claimant[0] if claimant else verb.idx)
            content = trim(text(verb.doc), sent.start_char, first)
    if content is None or no_claim(verb, lemma, frame, content):
        return None
    unsourced = frame in ("cognition", "intention", "evaluation", "document") and claimant is None
    if claimant is None and raised and forecast(verb):
        return None  # "a second flight is expected to land": the reporter's schedule
    if (unsourced and not raised) or (claimant is None and imperative(verb)):
        return None  # (but "is believed to have crossed" stands without a believer)
    if (
        frame in ("cognition", "intention")
        and subj is not None
        and subj.lower_ in _FIRST_SECOND
        and (subj.lower_ == "you" or any(q[0] <= verb.idx < q[1] for q in quotes))
    ):
        return None  # "I think", "you want" inside someone's speech: not a source (the
        # author's own "I know ..." in an opinion piece is)
    if frame == "intention" and subj is not None and bare_share(subj):
        return None  # "Many intend to continue north": the reporter tells a plan, no source
    if outlet is None:
        outlet = outlet_of(verb, sent)
        content = without_channel(verb, sent, content) if outlet else content
    posted = posted_subject(verb) if claimant is not None else None
    if posted is not None and claimant is not None and claimant[0] < posted[0] < claimant[1]:
        claimant = trim(text(verb.doc), claimant[0], posted[0])  # "A statement [read on X]"
    if claimant is not None:
        claimant = within(text(verb.doc), claimant, (sent.start_char, sent.end_char))
        claimant_tok = claimant_tok if claimant is not None else None
    parenthetical = content[0] <= verb.idx < content[1]  # "X, he said, Y"
    if claimant is not None and overlap(claimant, content) and not parenthetical:
        claimant = None
        claimant_tok = None
    adverbial = (
        claimant is not None
        and lemma in QUOTE_VERBS
        and (adverb_relative(verb) or bool(what_said(verb)))
    )
    relative = adverbial or (
        verb.dep_ == "relcl"
        and subj is not None
        and subj.tag_ not in ("WP", "WDT")
        and claimant is not None
        and lemma in QUOTE_VERBS
        and any(c.dep_ in ("ccomp", "xcomp") and subject_gap(c) for c in verb.children)
    )
    if adverbial:  # "..., where the UN said 34 died", "what X says was Y": the clause after
        content = relative_end(verb, content)
    elif relative:  # ", which he said were at his side": the pronoun opens the content;
        opener = verb.left_edge  # "firms they said were involved": the noun does; "a
        if opener.tag_ not in ("WDT", "WP") and opener.lower_ != "that":  # visit that X
            content = (min(content[0], verb.head.left_edge.idx), content[1])  # said posed
        elif not _after_comma(opener) and content[0] < verb.idx:  # ...": what follows the
            content = (max(content[0], tok_end(verb)), content[1])  # cue (restrictive)
        content = relative_end(verb, trim(text(verb.doc), *content))
        content = before_setting(verb, content)  # "..., while U.S. warships tracked it"
    return RawClaim(
        cue=cue_offsets(verb),
        content=content,
        claimant=claimant,
        claimant_token=claimant_tok,
        outlet=outlet,
        cue_token=verb.i,
        frame=frame,
        sentence=(sent.start_char, sent.end_char),
        kind=verb_kind(verb, frame, lemma),
        relative=relative,
        summary=summarised_claim(verb) is not None,
    )

"""Cue words as data: which verbs and nouns introduce a claim, and what they say about it.

Attribution in news is broader than speech: beliefs ("believes"), intentions ("vowed to"),
evaluations ("blasted X as") and documents ("the report shows") attribute content to a
source too (PARC 3.0, PolNeAR). The lists are English; another language would need its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Token


def words(text: str) -> frozenset[str]:
    """A word list written as one string (lexicons read better as prose)."""
    return frozenset(text.split())


CueFrame = Literal["speech", "cognition", "intention", "evaluation", "document"]

#: Verbs that report speech or writing; their complement (ccomp, quote) is the content.
SPEECH_VERBS = words(
    """
    say tell claim report announce state declare assert insist maintain allege accuse
    warn add note explain write tweet post argue contend suggest reply respond answer
    confirm deny admit acknowledge concede reveal disclose predict promise pledge vow
    threaten urge ask demand repeat reiterate stress emphasize emphasise underline
    highlight point mention comment remark observe recall testify inform assure caution
    complain boast brag charge counter retort rebut dispute reject refute dismiss
    describe characterize characterise call label brand cite quote quip joke muse shout
    chant scream yell sing whisper exclaim declare proclaim signal indicate imply hint
    estimate calculate forecast announce propose recommend advise concur agree disagree
    protest object lament acknowledge divulge relay recount narrate continue conclude
    summarize summarise clarify correct specify affirm reaffirm attest swear guarantee
    certify testify speak discuss express echo reference refer liken
    address detail outline unveil pitch implore press rule
    """
)

#: Speech verbs that can carry a quotation or stand as "..., he said": the say family.
QUOTE_VERBS = words(
    """
    say tell claim report announce state declare assert insist maintain allege warn add note
    explain write tweet post argue contend suggest reply respond answer confirm deny admit
    acknowledge concede reveal predict promise pledge vow threaten urge ask demand repeat
    reiterate stress emphasize emphasise mention comment remark observe recall testify
    caution complain boast charge counter retort quip joke muse shout chant scream yell sing
    whisper exclaim proclaim continue conclude agree disagree protest lament recount read
    """
)

#: Verbs of belief, knowledge and perception of a state of affairs.
COGNITION_VERBS = words(
    """
    believe think know feel fear worry hope expect suspect doubt assume presume guess
    understand realize realise recognize recognise consider conclude find learn discover
    determine decide judge reckon figure imagine suppose trust wonder question see hear
    """
)

#: Verbs of intention or commitment: "vowed to", "plans to", "refuses to".
INTENTION_VERBS = words(
    """
    want plan intend aim seek hope wish vow pledge promise threaten refuse decline offer
    propose agree attempt prepare vote
    """
)

#: Verbs that evaluate or act on a target: "blasted Turkey as ...", "blamed Armenia for ...".
EVALUATION_VERBS = words(
    """
    blame accuse criticize criticise condemn denounce blast slam attack praise hail
    applaud welcome support endorse back oppose reject dismiss defend question challenge
    chastise rebuke fault ridicule mock lambaste castigate decry deplore admire despise
    love hate accept approve ignore resist bemoan rail grill pepper encourage promote
    champion embrace advocate laud thank tout trumpet hammer rip knock skewer assail
    thank congratulate commend celebrate honor honour salute lambast pillory berate
    scold dismiss ridicule slam denigrate disparage insult belittle
    """
)

#: Subjects that are documents rather than people: "the report shows", "a poll found".
DOCUMENT_VERBS = words(
    """
    show find suggest indicate reveal conclude estimate document read trace
    """
)

#: Nouns that take a content clause: "the claim that ...", "a report that ...".
CUE_NOUNS = words(
    """
    claim allegation assertion statement report warning belief suggestion promise pledge
    accusation charge argument assessment announcement admission denial insistence
    prediction estimate fear hope view conclusion finding threat vow
    """
)

#: Nouns of stance that, with an owner, attribute their object: "his plan to cut taxes",
#: "Clinton's criticism of Trump".
STANCE_NOUNS = words(
    """
    plan decision criticism comment comments remark call demand proposal pledge attack
    support opposition endorsement praise refusal question agreement effort request appeal
    offer rhetoric message idea view position stance promise threat claim warning denial
    accusation allegation statement argument vow push bid
    """
)

#: Attitude words of the broader "stance" kind (PolNeAR counts any stance of an agent as
#: an attribution): a copula with one of these adjectives or agent nouns and a complement
#: ("has been critical of Trump", "is a staunch opponent of the death penalty", "were
#: willing to go forward"), or one of these verbs with an object ("openly admires Putin",
#: "viewed communists as terrorists"). Their claims have ``kind="stance"``: an attitude,
#: not a report of events, so no movement rests on one.
STANCE_ADJECTIVES = words(
    """
    critical skeptical sceptical wary supportive opposed proud confident sure certain
    convinced aware worried concerned afraid fearful eager keen determined reluctant unwilling
    willing ready optimistic pessimistic hopeful doubtful adamant happy pleased satisfied
    unhappy angry furious upset disappointed frustrated comfortable uncomfortable hostile
    sympathetic fond committed dismissive suspicious nervous anxious enthusiastic intent
    """
)
STANCE_AGENT_NOUNS = words(
    """
    supporter opponent critic advocate proponent champion defender fan admirer backer foe
    skeptic sceptic believer detractor
    """
)
STANCE_VERBS = words(
    """
    admire favor favour prefer like dislike love hate respect trust distrust envy resent
    regret appreciate value cherish detest loathe mistrust view regard embrace
    """
)
#: Light verbs whose object noun carries the stance: "made the case for", "has questions
#: about", "voiced concern over", "took a position on".
LIGHT_VERBS = words(
    """
    make have express voice raise issue lodge file level take hold share
    """
)
LIGHT_NOUNS = words(
    """
    case condemnation position question concern doubt criticism complaint objection
    argument accusation charge point view opinion stance reservation misgiving fear
    determination bet assessment judgment judgement
    """
)
#: Evaluation verbs that state an attitude rather than report a speech act: their claims
#: are of the "stance" kind ("admires Putin", "supports NATO"), while "accused Turkey of
#: sending fighters" stays a report that a movement can rest on.
ATTITUDE_VERBS = STANCE_VERBS | words(
    """
    admire despise love hate support endorse back oppose welcome accept approve resist
    embrace champion advocate promote encourage ignore
    """
)
#: Documents that can open a sentence as its source: "In a statement, ...", "In this poll".
DOCUMENT_NOUNS = words(
    """
    poll survey report statement letter op-ed speech study memo email tweet post ad
    analysis book column editorial filing lawsuit complaint testimony document video
    """
)
#: Verbs that link a subject to a stance adjective or noun.
COPULAS = words(
    """
    be remain become seem appear sound
    """
)
#: Prepositions after a stance adjective or noun that introduce its target.
STANCE_PREPOSITIONS = words(
    """
    of about to with for toward towards over on
    """
)

#: Verb cues that deny; their content is reported as denied.
DENY_CUES = words(
    """
    deny reject refute dismiss dispute rebut contradict
    """
)

#: Verbs that put a label on something: "called the accusations baseless", "dismissed
#: the report as lies". With a dismissive label, the claim is a denial of what is labelled.
LABEL_CUES = words(
    """
    call describe brand label term dub dismiss characterize characterise
    """
)
#: Labels that deny what they describe.
DISMISSALS = words(
    """
    baseless unfounded groundless false lie lies fabricated fabrication fabrications
    propaganda nonsense fake untrue absurd ridiculous slander smear smears disinformation
    misinformation lying fiction fictitious invented
    """
)

#: Verb cues that allege without the author's endorsement.
ALLEGE_CUES = words(
    """
    claim allege accuse charge blame purport contend
    """
)

#: Cues that weaken the content themselves.
HEDGE_CUES = words(
    """
    suggest believe think expect suspect speculate guess assume predict fear estimate
    """
)

#: Words inside a content that make it hedged.
HEDGE_WORDS = words(
    """
    could might may possibly perhaps probably likely unlikely reportedly allegedly
    apparently seemingly purportedly presumably potentially maybe
    """
)

#: Prepositions and verbs that introduce the channel of a claim rather than its source.
OUTLET_PREPOSITIONS = words(
    """
    interview remarks comments statement speech op-ed article
    """
)


def verb_frame(lemma: str) -> CueFrame | None:
    """The kind of attribution a verb lemma expresses, or ``None`` if it is no cue."""
    if lemma in SPEECH_VERBS:
        return "speech"
    if lemma in INTENTION_VERBS:
        return "intention"
    if lemma in COGNITION_VERBS:
        return "cognition"
    if lemma in EVALUATION_VERBS:
        return "evaluation"
    if lemma in DOCUMENT_VERBS:
        return "document"
    return None


_LEMMA_FIXES = {"hop": "hope", "rat": "rate", "poohe": "pooh-pooh"}

#: Every word a cue can start with, as lemma or lower-cased form (a quick pre-filter).
ALL_CUE_WORDS = (
    SPEECH_VERBS
    | COGNITION_VERBS
    | INTENTION_VERBS
    | EVALUATION_VERBS
    | DOCUMENT_VERBS
    | CUE_NOUNS
    | STANCE_NOUNS
    | frozenset(_LEMMA_FIXES)
    | {"according"}
    | {"put", "place", "peg"}  # "put the death toll at 41" (claims_tallies.tally_estimate)
)


def cue_lemma(lemma: str, lower: str) -> str:
    """The lemma, corrected where the small model gets a cue wrong ("hopes" → "hop")."""
    lemma = lemma.lower()
    fixed = _LEMMA_FIXES.get(lemma)
    return fixed if fixed and lower.startswith(fixed[:3]) else lemma


#: Cues that, negated and without a clause, say nothing was stated: "has not commented",
#: "could not independently confirm the figures".
_SILENT_WHEN_NEGATED = frozenset({"comment", "confirm", "verify", "respond", "reply"})
#: Clauses that ask for anonymity rather than state anything: "asking not to be named".
_ANONYMITY = frozenset({"name", "identify"})
#: Verbs that refuse what their infinitive names: "declining to be named".
_REFUSALS = frozenset({"decline", "refuse"})
#: Words that open an indirect question: "did not say what steps", "without saying whether".
_QUESTION_OPENERS = frozenset({"what", "whether", "if", "how", "when", "where", "why", "who"})
_QUESTION_OPENERS |= frozenset({"which", "whom"})


#: Verbs by which one claim resembles another ("The accusation mirrors earlier remarks").
_ECHOES = frozenset({"echo", "mirror", "repeat", "reference", "recall"})


def cited_source(verb: Token) -> bool:
    """ "The agency, citing a commander, reported that ...": a participle of citing that
    names only the source of the claim its head verb makes (no clause, no quotation);
    also "X reported, citing Y, that Z", where the parser hangs it on Z's verb."""
    if verb.lemma_ not in ("cite", "quote") or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False
    head = verb.head
    if head.dep_ == "ccomp" and head.head.i < verb.i < head.i:
        head = head.head  # (the cue before "citing" whose clause comes after it)
    elif head.i < verb.i:
        return False
    if head.pos_ not in ("VERB", "AUX") or verb_frame(cue_lemma(head.lemma_, head.lower_)) is None:
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "prep") for c in verb.children):
        return False  # "citing X as saying ...", "citing reports that ..."
    return any(c.dep_ == "dobj" for c in verb.children)


def no_statement(verb: Token, lemma: str) -> bool:
    """Cues that report no statement: "The army has not commented on the toll", "Moscow
    did not comment", "AP could not independently confirm the figures" (negated, with no
    clause to deny), "a statement posted on X" (a participle that
    names the document), "continue to cross" (not the "he continued, ..." of speech),
    "asking not to be named", "declining to be identified"."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and not clauses
    if participle and (_names_document(verb) or lemma in _NAMING):
        return True  # "a statement posted on X", "a visa program called EB-5"
    if lemma == "read" and not _text_reads(verb):
        return True  # "she read the letter aloud" is no claim; "the caption reads" is
    if lemma == "ask" and verb.tag_ == "VBN" and verb.dep_ == "advcl" and not _has_agent(verb):
        return True  # "Asked whether she would meet X, Lund paused": a question, not a claim
    if lemma in _SILENT_WHEN_NEGATED and _negated(verb) and not clauses:
        return True  # ("has not said much about X" is still a stance in the news)
    if lemma in _OWNING and _negated(verb) and clauses:
        return True  # "has never acknowledged sending troops": a silence, no statement
    if lemma == "charge" and not clauses and not _has_prep(verb, "with"):
        return True  # "the networks charge $2,000 a person": a price, not an accusation
    echoed = lemma in _ECHOES and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in CUE_NOUNS for c in verb.children
    )
    if echoed and not _has_agent(verb):  # ("His views were echoed by economists": theirs)
        return True  # "The claim echoes remarks by X, who told ...": X speaks, not the claim
    if cited_source(verb):
        return True  # "X, citing officials, said ...": the source of X's claim, no claim
    if lemma == "continue" and any(
        c.dep_ == "xcomp" and verb_frame(cue_lemma(c.lemma_, c.lower_)) is None
        for c in verb.children
    ):
        return True  # "continue to cross"; but "continued to call for" is a claim
    return any(
        c.dep_ == "xcomp"
        and c.lemma_ in _ANONYMITY
        and ((lemma in ("ask", "request") and _has(c, "neg")) or lemma in _REFUSALS)
        for c in verb.children
    )


def _text_reads(verb: Token) -> bool:
    """ "the caption reads", "the sign read: ...": a text that says something, not a
    reader (what follows a colon or a quotation mark is the text, not a thing read)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    quoted = verb.i + 1 < len(verb.doc) and verb.nbor(1).text in (":", '"', "“")
    objects = not quoted and any(c.dep_ in ("dobj", "dative") for c in verb.children)
    return subj is not None and not objects and subj.pos_ == "NOUN" and not subj.ent_type_


def _has_agent(verb: Token) -> bool:
    return any(c.dep_ == "agent" for c in verb.children)


#: Participles that give a thing its name: "a program called EB-5", "a group dubbed X".
_NAMING = frozenset({"call", "name", "dub", "term", "label", "title", "brand"})


def _names_document(participle: Token) -> bool:
    """A participle that tells how a document came out ("a statement posted on X") or who
    relayed it ("the figures cited by the agency"), not a misread finite cue ("Human
    Rights Watch alleged on Monday")."""
    noun = participle.head
    agent = any(c.dep_ == "agent" for c in participle.children)
    return agent or noun.lemma_.lower() in DOCUMENT_NOUNS | CUE_NOUNS


def _question(clause: Token) -> bool:
    """Whether a complement is an indirect question ("what practical steps it would take")."""
    first = clause.doc[clause.left_edge.i]
    return first.lower_ in _QUESTION_OPENERS and first.tag_ in ("WP", "WDT", "WRB", "IN", "WP$")


#: Cues that own up to something: negated ("has never admitted sending X") they tell
#: that the subject stayed silent on it, neither claiming nor denying it.
_OWNING = frozenset({"acknowledge", "admit", "concede", "confirm", "own"})


#: Silent refusals: "declined to comment", "refused to elaborate" state no content.
_UNSAID = frozenset({"comment", "elaborate", "respond", "answer", "say", "discuss", "speak"})


def unsaid(verb: Token, lemma: str) -> bool:
    """ "The Kremlin declined to comment", "He did not say what steps it would take",
    "without saying whether": PolNeAR annotates these as attributions, but they report a
    refusal or a silence, not a statement; claims of the stance kind, so no route rests
    on what was left unsaid."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    if _negated(verb) and clauses and all(_question(c) for c in clauses):
        return True
    return lemma in _REFUSALS and any(
        c.dep_ == "xcomp" and c.lemma_ in _UNSAID and not _has(c, "ccomp") for c in verb.children
    )


def _negated(verb: Token) -> bool:
    """ "did not say", "without saying"."""
    return _has(verb, "neg") or (verb.dep_ == "pcomp" and verb.head.lower_ == "without")


def _has(tok: Token, dep: str) -> bool:
    return any(c.dep_ == dep for c in tok.children)


def _has_prep(tok: Token, word: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == word for c in tok.children)

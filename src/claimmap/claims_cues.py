"""Cue words as data: which verbs and nouns introduce a claim, and what they say about it.

Attribution in news is broader than speech: beliefs ("believes"), intentions ("vowed to"),
evaluations ("blasted X as") and documents ("the report shows") attribute content to a
source too (PARC 3.0, PolNeAR). The lists are English; another language would need its own.
Which cues state nothing ("has not commented") is :mod:`claimmap.claims_no_statement`'s.
"""

from __future__ import annotations

from typing import Literal


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
    address detail outline unveil pitch implore press rule rate dub deem term
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
    assess
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

#: Nouns of a state of mind that, with a that-clause only, name a held view: "growing
#: concerns that the truce will fail", "a tacit acknowledgment that he may lose". Kept
#: apart from CUE_NOUNS, which other stages read as nouns of what was said ("rejected
#: claims that ..."): a worry is held, not uttered, and cannot be denied as a statement.
THAT_NOUNS = words(
    """
    concern worry suspicion acknowledgment acknowledgement recognition realization
    realisation feeling
    """
)

#: Nouns of a commitment that, with a to-infinitive, say what was committed to even with
#: no owner named: "signed an agreement to allow trucks in", "the meeting produced an
#: agreement to cut emissions" (the noun of "agree to", "pledge to", "vow to").
COMMITMENT_NOUNS = words("""agreement pledge promise vow""")

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
    claim allege accuse charge blame purport contend designate sanction
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
    | THAT_NOUNS
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

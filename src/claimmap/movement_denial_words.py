"""Words that tell a movement as not having happened: denying verbs, "no"/"none" movers,
and the judgements ("false", "baseless") passed on a reported claim of one.

Split from :mod:`claimmap.movement_words`, which lists the words that move things and
mark slots; these words only read the telling's negation in :mod:`claimmap.movement_negation`.
Lemmas are lower case; sets are frozen so callers cannot change them.
"""

from __future__ import annotations

from claimmap.movement_counts import words as _words

# Verbs that deny their complement: "denied sending".
DENIAL_LEMMAS = _words("deny refute reject dismiss")
# Words that deny a mover exists at all: "no aircraft flew", "none of them were sent".
NEGATIVE_DETS = _words("no neither")
NEGATIVE_PRONOUNS = _words("none nobody nothing noone neither")
# A noun clause ("the claim that planes flew ...") that is then judged untrue.
REPORT_NOUNS = _words("claim allegation report rumour rumor story assertion suggestion notion")
UNTRUE_WORDS = _words(
    "false untrue fabricated misleading baseless unfounded groundless bogus fake wrong "
    "incorrect fabrication hoax falsehood myth debunked"
)
TRUE_WORDS = _words("true accurate correct")
DEBUNK_LEMMAS = DENIAL_LEMMAS | _words("debunk disprove")
# Verbs that stop a movement told as a noun: "convoys from X to Y had been suspended".
HALT_LEMMAS = _words("suspend halt block stop cancel bar ban prevent")
# Nouns a figure of speech moves: "pushing its problem onto its neighbours" moves no one,
# so a denial of it contests no journey.
FIGURATIVE_MOVERS = _words(
    "problem burden crisis crises responsibility blame woe trouble issue cost instability "
    "mess headache"
)

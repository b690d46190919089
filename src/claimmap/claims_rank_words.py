"""The one list of military and police ranks written before a name ("Rear Admiral",
"Lt. Col.", "Chief Superintendent"), read both where ranks are kept out of names
(``claims_actor_ranks``) and where a role phrase is told from a name
(``claims_actor_phrases.is_rank``)."""

from __future__ import annotations

from claimmap.claims_cues import words

#: Military ranks: words that end a rank ("Rear Admiral", "Lt. Col.").
MILITARY_RANKS = words(
    """
    general gen admiral adm marshal colonel col commodore cdre captain capt commander cmdr
    cdr major maj lieutenant lt sergeant sgt brigadier brig corporal cpl
    """
)
#: Police ranks, which end a rank too ("Chief Superintendent") but also stand as the role
#: that names a body's officer ("AFP Superintendent Mark Doyle": the AFP's).
POLICE_RANKS = words("superintendent supt inspector insp")
#: Words that end a rank.
RANK_HEADS = MILITARY_RANKS | POLICE_RANKS
#: Words that open a rank before its head ("First Admiral", "Air Marshal", "Group Captain").
RANK_MODIFIERS = words(
    """
    first second rear vice air field lieutenant lt major maj brigadier brig staff chief
    senior deputy assistant master flight wing group squadron police lance
    """
)
#: Words that are a rank or part of one wherever they stand before a name, never a role:
#: the military heads and the openers no other title uses ("Rear", "Vice", "Field"; not
#: "First", "Chief").
RANK_WORDS = MILITARY_RANKS | {"rear", "vice", "field"}


def is_rank_word(word: str) -> bool:
    """A military rank, as written or spelled out ("Lt", "colonel")."""
    return word.lower().rstrip(".") in RANK_WORDS

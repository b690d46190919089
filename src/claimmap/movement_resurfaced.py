"""A craft seen again somewhere after going dark: "reappeared days later near X",
"resurfaced off Y", "switched its transponder back on near Z". Where it was next seen is
where its voyage had got to, an end.

The parser often hangs the place elsewhere ("reappeared days later near X" read with
"reappeared" as a modifier of "days", "resurfaced off Y" with "off" a particle and Y its
object), so the place is read in word order: the first place after the verb in its own
clause, told "near", "off", "in", "at" or "on". Runs for these verbs only.

Called by :mod:`claimmap.movement_build`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_dark import back_on
from claimmap.movement_spans import SlotContext, placelike

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs of a craft seen again (the lemmas, as the tagger gives them)
SEEN_AGAIN = frozenset({"reappear", "resurface", "re-emerge", "reemerge"})
_AT = frozenset({"near", "off", "in", "at", "on", "outside"})
#: how many words may stand between the verb and the place ("reappeared days later near")
_GAP = 5


def seen_again(ctx: SlotContext, trig: Token) -> list[Token]:
    """The place a craft reappeared at ("reappeared days later near X"): the object of the
    first locative word within a few words after the verb, in its sentence."""
    switched = back_on(trig)  # "switched its transponder back on near X"
    if trig.lemma_.lower() not in SEEN_AGAIN and not switched:
        return []
    sent = trig.sent
    for tok in sent.doc[trig.i + 1 : min(sent.end, trig.i + 1 + _GAP)]:
        if tok.pos_ in ("VERB", "PUNCT") and tok.dep_ != "amod":
            return []  # another clause, or the end of this one
        if tok.lower_ not in _AT:
            continue
        objs = [c for c in tok.children if c.dep_ in ("pobj", "dobj")]
        if switched and tok.lower_ == "on" and not objs:
            continue  # "back on", the switch, not a place
        if not objs and tok.dep_ == "prt":  # "resurfaced off Y": Y read as the object
            objs = [c for c in tok.head.children if c.dep_ == "dobj" and c.i > tok.i]
        return [o for o in objs[:1] if placelike(ctx, o, strict=True)]
    return []

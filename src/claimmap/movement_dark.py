"""The words of a gap in a craft's tracking signal (AIS): "went dark off X", "switched off its
transponder near X" (last seen there) and "switched its transponder back on near Y",
"turned its AIS back on off Y" (seen again there). A craft seen again is a movement whose
end is where it was seen again (:mod:`claimmap.movement_resurfaced`) and whose start is
where it went dark (:mod:`claimmap.movement_went_dark`).

Only word lists and tests on one token here: :mod:`claimmap.movement_words` asks
:func:`back_on` whether a verb is a trigger, so this module imports none of the stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: what a craft's tracking signal is called: "its transponder", "its AIS", "the tracker"
SIGNAL_NOUNS = frozenset(
    {"transponder", "transponders", "ais", "tracker", "beacon", "signal", "system", "radio"}
)
#: verbs of turning a device off or on ("switched", "turned")
SWITCH_LEMMAS = frozenset({"switch", "turn"})


def signal_object(verb: Token) -> Token | None:
    """The tracking device a verb acts on ("switched its AIS transponder"), or "it" for
    the one the verb it is joined to acted on ("switched off its AIS ... and switched it
    back on"), if any."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        if child.lower_ in SIGNAL_NOUNS:
            return child
        if child.lower_ == "it" and verb.dep_ == "conj" and signal_object(verb.head) is not None:
            return child
    return None


def back_on(token: Token) -> bool:
    """ "switched its transponder back on", "turned the AIS on again": the craft is seen
    again, which tells where it had got to."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in SWITCH_LEMMAS:
        return False
    if signal_object(token) is None:
        return False
    words = {w.lower_ for w in token.subtree if w.i > token.i and w.i - token.i <= 5}
    return "on" in words and "off" not in words


def went_dark(token: Token) -> bool:
    """ "went dark", "switched off its transponder", "turned its AIS off", "disabled its
    tracker", "stopped transmitting": the craft was last seen where this was told."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = token.lemma_.lower()
    if lemma == "go":
        return any(
            c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ == "dark" for c in token.children
        )
    if lemma in SWITCH_LEMMAS or lemma == "shut":
        off = any(c.lower_ == "off" and c.dep_ in ("prt", "prep", "advmod") for c in token.children)
        return off and signal_object(token) is not None
    if lemma == "disable":
        return signal_object(token) is not None
    if lemma in ("stop", "cease"):
        return any(c.lower_ in ("transmitting", "broadcasting") for c in token.children)
    return False

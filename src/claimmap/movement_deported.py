"""Where deportees were sent when the text names them by their nationality only:
"deported 2,400 Haitians through X" sends them to Haiti, the country the demonym names,
when the movement's other places lie outside it.

Split from :mod:`claimmap.movements`, which builds one movement from its slots.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimmap.movement_place_ref import place_ref
from claimmap.movement_spans import SlotContext

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimmap.movement_slots import Slots

#: verbs of sending people back to their own country
_SENT_HOME = frozenset(["deport", "repatriate", "expel", "extradite"])


def sent_home(ctx: SlotContext, trig: Token, mover: Token | None, slots: Slots) -> Token | None:
    """The mover itself as the end when it names a country's people ("Haitians") and the
    verb sends them home; only with a start or stop told in another country, so the leg
    has two known ends."""
    if mover is None or slots.dests or trig.lemma_.lower() not in _SENT_HOME:
        return None
    if mover.pos_ not in ("NOUN", "PROPN") or mover.tag_ not in ("NNS", "NNPS"):
        return None
    # the noun itself names the people ("Haitians"), not a word before it ("Indian nationals")
    names = [p for m, p in ctx.mentions if m.start <= mover.idx < m.end]
    home = next((p for p in names if ctx.kinds.get(p) == "country"), None)
    if home is None:
        return None
    told = [place_ref(ctx, t).place_id for t in (*slots.origins, *slots.transits)]
    codes = [ctx.countries.get(p) for p in told if p is not None]
    if not codes or ctx.countries.get(home) in codes or None in codes:
        return None
    return mover

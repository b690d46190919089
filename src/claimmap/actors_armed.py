"""Non-state armed groups: no seat at their state's capital.

"A spokesman for the Arakan Army" speaks for a group fighting the government whose
capital a state body would be seated in; with no base stated, the group stays unplaced.
"""

from __future__ import annotations

import re

__all__ = ["armed_group"]

#: Names of non-state armed groups ("Syrian Democratic Forces", "Rapid Support Forces",
#: "Arakan Army", "Al-Nusra Front"): not seated at their state's capital. A state's own
#: forces ("Sudanese Armed Forces", "Israel Defense Forces") and forces a state has taken into
#: its own ("Popular Mobilization Forces", an arm of the Iraqi state) are not matched.
_ARMED_GROUP = re.compile(
    r"\b(?:(?:Democratic|Support|Resistance) Forces|"
    r"(?:Liberation|Independence|Free \w+|Revolutionary) Army|"
    r"Front|Brigades?|Militias?|Rebels|Insurgents|Mujahideen)\b"
)


#: "Arakan Army", "Kachin Independence Army": an army named after a region or people, not
#: after a state ("Myanmar Army", "the Sudanese Army" are the state's).
_REGION_ARMY = re.compile(r"^(?:the )?([A-Z][\w'-]+) Army$")


def armed_group(name: str) -> bool:
    """Whether ``name`` names a non-state armed group (see ``_ARMED_GROUP``)."""
    if _ARMED_GROUP.search(name):
        return True
    army = _REGION_ARMY.match(name)
    if army is None:
        return False
    from claimmap.claims import country_code_of  # (the gazetteer's demonyms, lazily)

    return country_code_of(army.group(1)) is None

"""A leg someone denies shows who denies it: in the legs table and in the leg's popup,
never as one of its supporters only."""

from __future__ import annotations

import claimmap
from claimmap.figures import legs_frame
from claimmap.maps_html import leg_popup

TEXT = (
    "Chad says Sudanese militia crossed border\nReuters, 2025-05-02\n"
    "N'DJAMENA (Reuters) — According to army spokesman Idriss Mahamat, about 200 Sudanese "
    "militiamen crossed from Geneina into Adre late on Thursday.\n\n"
    "Sudan denied the accusation. Government spokesman Khalid Osman said on Friday "
    "that no Sudanese fighter had entered Chadian territory.\n"
)


def test_the_legs_table_and_popup_name_who_denies_the_leg() -> None:
    analysis = claimmap.analyze(claimmap.from_text(TEXT))
    frame = legs_frame(analysis)
    (row,) = frame.to_dict("records")
    assert (row["from"], row["to"]) == ("Al-Junaynah", "Adré")  # GeoNames spells Geneina so
    assert "Mahamat" in row["claimants"]
    assert "Osman" in row["denied_by"] and "Mahamat" not in row["denied_by"]
    route = analysis.routes[0]
    popup = leg_popup(analysis, route, route.legs[0])
    assert "contested: denied by" in popup and "Osman" in popup.split("contested")[1]

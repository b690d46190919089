"""Places after probe 26: a press release's end matter ("About X", "Notes to editors",
"Media contact") names where its author keeps offices, no place of the story, and must not
license a namesake there; and a small town chosen in a country that none of the places of
its sentence and paragraph lie in is not meant ("through Kalona … at Moyale" read as a
village in Iowa because the article names Washington elsewhere).

Passages written for these tests, over the real gazetteer.
"""

from __future__ import annotations

from helpers import geoparse

from claimmap.model import Place, Unresolved
from claimmap.places_boilerplate import end_matter_headings

RELEASE = """New survey: charcoal trade booms on the Kenya-Ethiopia frontier
Dryland Watch, 2026-10-02
FOR IMMEDIATE RELEASE

NAIROBI — Charcoal from southern Ethiopia is being trucked into Kenya in growing volumes, \
according to a survey released on Thursday by Dryland Watch.

Sacks are loaded in forests near Yabelo and driven through Kalona before they cross the \
border at Moyale, where brokers from Marsabit buy them.

"The forests are being emptied sack by sack," said the group's field coordinator, Amina Odhiambo.

Notes to editors
1. Maps from the survey around Moyale are available on request.

About Dryland Watch
Dryland Watch is an independent research group based in Geneva and Washington, DC, that \
tracks land degradation.

Media contact
Lena Moser, press office, Geneva
+41 22 000 0000
"""


def by_text(places: list[Place]) -> dict[str, Place]:
    return {m.text: p for p in places for m in p.mentions}


def reasons(unresolved: list[Unresolved]) -> dict[str, str]:
    return {u.mention.text: u.reason for u in unresolved}


def test_the_end_matter_of_a_release_maps_no_place() -> None:
    places, unresolved = geoparse(RELEASE)
    found = by_text(places)
    assert {"Geneva", "Washington", "DC"}.isdisjoint(found)
    why = reasons(unresolved)
    assert why["Washington"] == (
        "'Washington' is in the end matter of a release ('About Dryland Watch'),"
        " no place of its story"
    )
    assert "('Media contact')" in [u.reason for u in unresolved if u.mention.text == "Geneva"][-1]


def test_the_story_keeps_its_places_and_a_name_mapped_in_it_is_only_left_out() -> None:
    places, unresolved = geoparse(RELEASE)
    found = by_text(places)
    assert (found["Yabelo"].country_code, found["Moyale"].country_code) == ("ET", "KE")
    moyale = found["Moyale"]
    assert [m.start for m in moyale.mentions] == [RELEASE.index("Moyale")]  # the body's only
    assert "Moyale" not in reasons(unresolved)  # mapped from the body: no unresolved line


def test_the_end_matter_does_not_license_a_namesake_in_its_offices_country() -> None:
    places, unresolved = geoparse(RELEASE)
    assert "Kalona" not in by_text(places)  # a village in Iowa, 12,000 km off
    assert reasons(unresolved)["Kalona"].startswith("'Kalona': its best match, Kalona (US), lies")


def test_end_matter_headings_are_lines_of_their_own_late_in_the_text() -> None:
    body = "The port of Xyz reopened on Monday after the storm. " * 6
    text = body + "\nAbout 200 people were still in shelters.\nAbout the Harbour Trust\nIt is…\n"
    assert end_matter_headings(text) == [
        (text.index("About the Harbour"), "About the Harbour Trust")
    ]
    early = "Contact\nReaders may write to the desk.\n" + body * 2
    assert end_matter_headings(early) == []  # a heading near the top is the story's own
    notes = body + "\nNOTES TO EDITORS:\n1. Photographs on request.\n###\n"
    assert [h for _, h in end_matter_headings(notes)] == ["NOTES TO EDITORS"]
    blog = body + "\nEditor's note:\nThis entry describes the shelling of Xyz.\n"
    assert end_matter_headings(blog) == []  # a live blog's entry, not a release's end


def test_a_town_named_among_far_places_of_other_countries_is_not_the_namesake() -> None:
    text = (
        "NAIROBI — Charcoal from southern Ethiopia is being trucked into Kenya in growing"
        " volumes, a survey said on Thursday.\n\n"
        "Sacks are loaded near Yabelo and driven through Kalona before they cross the border"
        " at Moyale.\n\n"
        "The U.S. Agency for International Development in Washington said last year it would"
        " fund replanting in the area.\n"
    )
    places, unresolved = geoparse(text)
    found = by_text(places)
    assert "Kalona" not in found and found["Washington"].country_code == "US"
    assert reasons(unresolved)["Kalona"] == (
        "'Kalona': its best match, a small town in US, lies far from the places its sentence"
        " and paragraph name, none of them in that country"
    )


def test_a_town_of_a_state_the_article_names_stays_among_far_places() -> None:
    text = (
        "Farm incomes in Iowa fell again this year, and some towns are looking abroad.\n\n"
        "Furniture makers in Kalona now ship tables to buyers in Tokyo and Berlin.\n"
    )
    found = by_text(geoparse(text)[0])
    assert (found["Kalona"].source_id, found["Kalona"].country_code) == ("gn:4863181", "US")
    assert round(found["Kalona"].lat, 1) == 41.5

"""Probe 20 (routes): a denial contests only the legs it names, with the end it tells
("no record of timber entering Rwanda": legs into Rwanda; "it agreed to accept deportees
from X": legs from X to the denier's country, or none); "not a single rifle had crossed" is
a denial and a negated movement; "bound for X" and "was meant to continue" are intended;
"through X and Y provinces to Z" is one way in turn; a headline's list of ways gives no
order; a sea crossed is no leg's end. Articles invented for these tests."""

from __future__ import annotations

import claimmap
from claimmap.export import analysis_json
from claimmap.model import Analysis


def _analysis(text: str) -> Analysis:
    return claimmap.analyze(claimmap.from_text(text))


def _legs(a: Analysis) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(from name, to name) -> (mood, claim numbers) of every leg."""
    name = {p.id: p.name for p in a.places}
    return {
        (name[leg.from_place], name[leg.to_place]): (
            leg.mood,
            [c.split(":")[-1] for c in leg.claim_ids],
        )
        for r in a.routes
        for leg in r.legs
    }


def _denied(a: Analysis) -> list[str]:
    return [c.id.split(":")[-1] for c in a.claims if c.modality == "denied"]


def _claim(a: Analysis, words: str) -> str:
    """The number of the one claim whose content holds ``words``."""
    (found,) = [c.id.split(":")[-1] for c in a.claims if words in c.content_text]
    return found


ENTERING = (
    "Timber smuggled through Rwanda, Congo says\nAP, 2026-03-05\n"
    "Customs officers said at least 20 trucks carrying timber left Bukavu last month and "
    "were driven across the border into Rwanda before the cargo was shipped from Mombasa. "
    "The trucks travelled through Goma to Gisenyi and then through Kigali and Kayonza and "
    "entered Tanzania at Rusumo, officials said.\n\n"
    "Rwanda's customs authority denied that the consignments had passed its posts without "
    'checks. "Every lorry is weighed," spokesman Eric Habimana said, adding that Rwanda '
    'had "no record" of timber entering under a coffee label.\n'
)


def test_a_denial_of_entering_contests_the_legs_into_the_place_only() -> None:
    a = _analysis(ENTERING)
    legs = _legs(a)
    denial = _claim(a, "no record")
    assert denial in _denied(a)
    into = [k for k, (_, cs) in legs.items() if denial in cs]
    assert into == [("Goma", "Kigali")]  # into Rwanda, not Gisenyi -> Tanzania out of it
    assert legs[("Gisenyi", "Tanzania")] == ("made", [_claim(a, "travelled through Goma")])


def test_the_json_lists_a_denial_apart_as_denied_by() -> None:
    a = _analysis(ENTERING)
    out = analysis_json(a)
    legs = [leg for r in out["routes"] for leg in r["legs"]]
    denied = [leg for leg in legs if leg["denied_by"]]
    assert len(denied) == 1 and denied[0]["denied_by"] == ["doc:" + _claim(a, "no record")]
    assert all(set(leg["denied_by"]) <= set(leg["claims"]) for leg in legs)
    assert all(leg["denied_by"] == [] for leg in legs if leg is not denied[0])


ACCEPTING = (
    "Deportees flown out of Norway via Istanbul\nAFP, 2026-04-02\n"
    "The men were flown from Oslo to Istanbul, rights groups said. In a separate case, "
    "eleven Somali men were flown from Oslo to Kampala last week, the group said.\n\n"
    "Kenya's government denied that it had agreed to accept deportees from Norway.\n"
)


def test_a_denier_accepting_from_a_place_contests_no_leg_that_misses_its_country() -> None:
    a = _analysis(ACCEPTING)
    (denial,) = _denied(a)
    legs = _legs(a)
    # no leg runs from Norway to Kenya: the denial contests none, not the flights out of
    # Norway to Turkey and Uganda
    assert legs[("Oslo", "Istanbul")] == ("made", [_claim(a, "from Oslo to Istanbul")])
    assert legs[("Oslo", "Kampala")] == ("made", [_claim(a, "from Oslo to Kampala")])
    assert all(denial not in cs for _, cs in legs.values())


NOT_ONE = (
    "Police say rifles came from Albania\nReuters, 2026-02-10\n"
    "Police said the militants brought rifles from Albania into the village of Gusinje on "
    "Friday.\n\n"
    'Albania\'s interior ministry said in a statement that "not a single rifle" had '
    'crossed from Albania and called the raid "a staged provocation by Podgorica."\n'
)


def test_not_a_single_rifle_crossed_is_a_denial_contesting_the_leg() -> None:
    a = _analysis(NOT_ONE)
    denial = _claim(a, "not a single rifle")
    assert _denied(a) == [denial]
    crossed = next(m for m in a.movements if m.trigger.text == "crossed")
    assert crossed.negated
    mood, claims = _legs(a)[("Albania", "Gusinje")]
    assert mood == "made" and claims == [_claim(a, "militants brought"), denial]


BOUND_FOR = (
    "Lorry seized with pills\nAFP, 2026-01-12\n"
    "The lorry was due to head east through Ruwaished and cross into Iraq at Trebil, "
    "customs officials said, where the goods would have been handed to a second courier "
    "bound for Baghdad.\n"
)


def test_bound_for_is_an_end_meant_not_reached() -> None:
    a = _analysis(BOUND_FOR)
    bound = next(m for m in a.movements if m.trigger.text == "bound")
    assert bound.mood == "intended"
    assert bound.destination is not None and bound.destination.span.text == "Baghdad"


MEANT = (
    "Passengers said they had paid brokers for a voyage that was meant to continue north "
    "through Homs and Hama provinces to Aleppo and across the border into Turkey's Hatay "
    "province.\n"
)


def test_meant_to_continue_through_two_provinces_is_one_intended_way_in_turn() -> None:
    legs = _legs(_analysis(MEANT))
    assert {k: v[0] for k, v in legs.items()} == {
        ("Homs", "Hama"): "intended",
        ("Hama", "Aleppo"): "intended",
        ("Aleppo", "Hatay"): "intended",
    }


HEADLINE = (
    "Syrian refugees returned from Turkey in buses through Gaziantep and Kilis\n"
    "Reuters, 2026-10-02\n\n"
    "ISTANBUL (Reuters) - More than 900 Syrian refugees were sent home last week on buses "
    "routed through Kilis and Gaziantep, Turkey's interior ministry said on Monday.\n\n"
    "From Kilis, some 300 of them were driven to Aleppo, the ministry said.\n"
)


def test_a_headline_list_of_ways_draws_no_legs_in_its_order() -> None:
    a = _analysis(HEADLINE)
    legs = _legs(a)
    assert list(legs) == [("Kilis", "Aleppo")]
    headline = a.movements[0]  # the movement itself keeps what the headline names
    assert [t.span.text for t in headline.transit] == ["Gaziantep", "Kilis"]


SEA = (
    "Smuggler boat capsizes off Yemen\nAFP, 2026-08-02\n"
    "According to the UNHCR, the boat left Berbera in Somaliland late on Monday with about "
    "120 passengers. It crossed the Gulf of Aden overnight and overturned near Bir Ali in "
    "Shabwah governorate when the crew forced passengers into the sea.\n"
)


def test_a_sea_crossed_is_no_end_of_a_leg() -> None:
    a = _analysis(SEA)
    assert any(p.name == "Gulf of Aden" for p in a.places)
    assert all("Gulf of Aden" not in pair for pair in _legs(a))

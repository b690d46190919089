"""Route chains told over several sentences (probe 19, written for these tests with the real
geoparser): a ship named again by "It" after a stretch crossed goes on from its last stop;
cargo that set off and "the ship" first named in the next sentence are one voyage, one
route; "the men" right after a movement of fighters are those fighters, and the way they
took threads the hop told just before; a way told far off as only possible is another
path beside the hop, told by its own teller; "to X, Y and eventually Z" is reached in turn;
a denial listed with a leg's claims is shown as a denial.
"""

from __future__ import annotations

from claimmap.documents import from_text
from claimmap.model import Analysis
from claimmap.pipeline import analyze
from claimmap.routes_frame import legs_frame


def run(text: str) -> Analysis:
    return analyze(from_text(text, doc_id="c"))


def chains(a: Analysis) -> list[list[tuple[str, str, str]]]:
    return [
        [(a.place(leg.from_place).name, a.place(leg.to_place).name, leg.mood) for leg in r.legs]
        for r in a.routes
    ]


VOYAGE = (
    "Customs in Hamburg find cocaine in coffee shipment\nAFP, 2025-04-10\n"
    "HAMBURG, Germany (AFP) — German customs officers found two tonnes of cocaine in a "
    "shipment of coffee at the port of Hamburg, prosecutors said on Thursday.\n\n"
    "The drugs were found in nine containers that had left Santos, Brazil, in early March, "
    "the prosecutors said. The ship called at Algeciras before crossing the Bay of Biscay, "
    "according to the prosecutors. It docked in Hamburg on April 2.\n"
)


def test_cargo_and_the_ship_that_carried_it_are_one_voyage() -> None:
    a = run(VOYAGE)
    assert chains(a) == [[("Santos", "Algeciras", "made"), ("Algeciras", "Hamburg", "made")]]


def test_it_after_a_stretch_crossed_goes_on_from_the_last_stop() -> None:
    a = run(VOYAGE)
    (route,) = a.routes
    hop = route.legs[1]
    docked = next(
        m for m in a.movements if a.document.text[m.trigger.start : m.trigger.end] == "docked"
    )
    assert docked.id in hop.movement_ids


def test_a_ship_first_told_of_elsewhere_is_no_carrier() -> None:
    a = run(
        "A patrol ship left Cadiz on Monday, the navy said. The containers had left Santos, "
        "Brazil, in early March, police said. The ship called at Algeciras on Friday."
    )
    legs = {(f, t) for route in chains(a) for f, t, _ in route}
    assert ("Santos", "Algeciras") not in legs


def test_the_men_after_fighters_take_the_way_of_the_hop_told_before() -> None:
    a = run(
        "Rebels moved north, sources say\nAFP, 2025-06-10\n"
        "NIAMEY (AFP) — A security source said some of the militants had first been brought "
        "to Kidal from Menaka. The men were moved by road through Gao before boarding the trucks.\n"
    )
    assert chains(a) == [[("Ménaka", "Gao", "made"), ("Gao", "Kidal", "made")]]


def test_men_not_told_again_stay_apart() -> None:
    a = run(
        "A security source said some of the militants had first been brought to Kidal from "
        "Menaka. Three hundred men were moved by road through Gao last year, a mayor said."
    )
    legs = {(f, t) for route in chains(a) for f, t, _ in route}
    assert ("Ménaka", "Kidal") in legs and ("Ménaka", "Gao") not in legs


FILLER = " ".join(
    [
        "The ministry gave no figure for the cost of the operation, "
        "and officials declined to say how long the deployment would last.",
        "Analysts said the move reflected deepening military ties "
        "between the two governments, which signed a defence pact last year.",
        "Opposition lawmakers demanded a parliamentary hearing on "
        "the deployment, saying the public had been kept in the dark.",
        "The defence committee is due to meet next week, its "
        "chairman said, adding that he expected the minister to attend in person.",
        "Human rights groups have criticised the pact, which they "
        "say lacks any oversight mechanism and was negotiated in secret.",
        "Diplomats in the region said neighbouring governments had "
        "been informed in advance, though none has commented publicly.",
        "Markets were unmoved by the news, with the currency trading "
        "flat against the dollar throughout the afternoon session.",
        "A government spokesman said further details would be "
        "released at a news conference scheduled for the end of the month.",
        "Several veterans' associations said they supported the "
        "deployment but called for better pay for the soldiers involved.",
        "The last comparable operation took place more than a decade "
        "ago, according to records published by the national archive.",
    ]
)


def test_a_possible_way_told_far_off_is_another_path_beside_the_hop() -> None:
    a = run(
        "Soldiers flown to Minsk, ministry says\nAFP, 2025-05-02\n"
        "ASTANA (AFP) — About 400 Kazakh soldiers were flown from Almaty to Minsk last week, "
        "the defence ministry said on Friday.\n\n" + FILLER + "\n\n"
        "A regional intelligence agency, meanwhile, said the soldiers may have been moved "
        "through Samara and Moscow on military trains.\n"
    )
    (route,) = a.routes
    got = [
        (a.place(leg.from_place).name, a.place(leg.to_place).name, leg.mood) for leg in route.legs
    ]
    assert got == [
        ("Almaty", "Minsk", "made"),
        ("Almaty", "Samara", "possible"),
        ("Samara", "Moscow", "possible"),
        ("Moscow", "Minsk", "possible"),
    ]
    made, *way = route.legs
    (agency,) = {c for leg in way for c in leg.claim_ids}
    assert agency not in made.claim_ids
    assert "intelligence agency" in a.claim(agency).claimant.text


def test_a_made_way_told_far_off_threads_nothing() -> None:
    a = run(
        "About 400 Kazakh soldiers were flown from Almaty to Minsk last week, the defence "
        "ministry said on Friday.\n\n" + FILLER + "\n\n"
        "A regional agency said the soldiers were moved through Samara and Moscow on trains.\n"
    )
    legs = {(f, t) for route in chains(a) for f, t, _ in route}
    assert ("Almaty", "Samara") not in legs and ("Moscow", "Minsk") not in legs


def test_ends_listed_with_eventually_are_reached_in_turn() -> None:
    a = run(
        "Migrant caravan sets off\nAP, 2025-01-20\n"
        "Hundreds of migrants left Tegucigalpa on Monday, organisers said. Migrants "
        "interviewed at the bus station said they planned to continue to Guatemala, Mexico "
        "and eventually the United States border.\n"
    )
    assert chains(a) == [
        [("Guatemala", "Mexico", "intended"), ("Mexico", "United States", "intended")]
    ]


def test_ends_listed_as_choices_stay_apart() -> None:
    a = run(
        "Migrants interviewed at the bus station in Tapachula said they planned to continue "
        "to Guatemala, Mexico or the United States."
    )
    legs = {(f, t) for route in chains(a) for f, t, _ in route}
    assert ("Guatemala", "Mexico") not in legs and ("Mexico", "United States") not in legs


def test_a_denial_on_a_leg_is_shown_as_a_denial() -> None:
    a = run(
        "Congo says Ugandan troops crossed border\nReuters, 2025-03-01\n"
        "KINSHASA (Reuters) — According to army spokesman Jules Ngongo, at least 500 Ugandan "
        "soldiers crossed from Kasese into Beni late on Friday.\n\n"
        "Uganda denied the accusation. Government spokesman Ofwono Opondo said on Saturday "
        "that no Ugandan soldier had entered Congolese territory.\n"
    )
    frame = legs_frame(a.routes, a.places, a.claims)
    (row,) = frame.to_dict("records")
    assert (row["from_name"], row["to_name"]) == ("Kasese", "Beni")
    assert any("Opondo" in name for name in row["denied_by"])
    assert not any("Ngongo" in name for name in row["denied_by"])
    assert any("Ngongo" in name for name in row["claimants"])


def test_one_of_them_is_one_of_the_movers_of_the_sentence_before() -> None:
    a = run(
        "Drones hit Izmail as grain convoy sails\nReuters, 2025-09-12\n"
        "Russian drones launched from Crimea struck port buildings in Izmail overnight, "
        "officials said.\n\n"
        "A convoy of grain ships was preparing to leave the port of Izmail, a navy spokesman "
        "said. One of them, the Malta-flagged Blue Dawn, left Izmail on Friday with 30,000 "
        "tonnes of maize, he said.\n\n"
        "The ship sailed along the coast of the Black Sea before reaching Istanbul, a Turkish "
        "shipping agency said.\n"
    )
    legs = {(f, t, mood) for route in chains(a) for f, t, mood in route}
    assert ("Izmayil", "Istanbul", "made") in legs
    assert not any(f == "Crimea" for f, _, _ in legs)


def test_one_of_them_after_two_kinds_of_movers_stays_unnamed() -> None:
    a = run(
        "Drones hit Izmail as grain convoy sails\nReuters, 2025-09-12\n"
        "Russian drones launched from Crimea struck port buildings in Izmail overnight, "
        "officials said.\n\n"
        "Drones flew over the port as a convoy of grain ships was preparing to leave Izmail, "
        "a navy spokesman said. One of them left Izmail on Friday, he said.\n\n"
        "The ship sailed along the coast of the Black Sea before reaching Istanbul, a Turkish "
        "shipping agency said.\n"
    )
    legs = {(f, t) for route in chains(a) for f, t, _ in route}
    assert ("Izmayil", "Istanbul") not in legs

"""Movements that go on from where their movers were last told to be (probe 20, sentences
written for these tests, run through the whole pipeline): a "From X," opening a sentence
is where a while-clause's part of the movers set off too; "where they boarded flights to
Y" sets off at the place the clause is about; "planned to travel on to X and eventually to
Y" reaches X, then Y; people put on buses at X and sent on set off at X; "from X towards Y
and Z" has two ends; "entered X at Y" ends at Y; "left bases around X" sets off at X; "moved
on to Y" goes on from the end just told; "the new arrivals" set off where they arrived.
"""

from __future__ import annotations

from claimmap.documents import from_text
from claimmap.model import Analysis
from claimmap.pipeline import analyze


def run(text: str) -> Analysis:
    return analyze(from_text(text, doc_id="c"))


def legs(a: Analysis) -> set[tuple[str, str, str]]:
    return {
        (a.place(leg.from_place).name, a.place(leg.to_place).name, leg.mood)
        for r in a.routes
        for leg in r.legs
    }


def hops(a: Analysis) -> set[tuple[str, str]]:
    return {(f, t) for f, t, _ in legs(a)}


def test_a_fronted_start_is_the_start_of_the_while_clause_too() -> None:
    a = run(
        "From Nairobi, most of the deportees were flown to Kigali, while at least 12 were "
        "sent on to Bujumbura, the lawyer said."
    )
    assert hops(a) == {("Nairobi", "Kigali"), ("Nairobi", "Bujumbura")}


def test_a_fronted_start_does_not_cut_a_chain_told_with_then() -> None:
    a = run(
        "From Nairobi, the deportees were flown to Kigali and then driven on to Bujumbura, "
        "the lawyer said."
    )
    assert hops(a) == {("Nairobi", "Kigali"), ("Kigali", "Bujumbura")}


def test_a_while_clause_after_the_speech_verb_goes_on_with_its_claim() -> None:
    a = run(
        "From Tashkent, some 300 of them were flown to Almaty on Monday, he said, while the "
        "rest were driven on to Bishkek and put on a chartered flight to Osh on Tuesday."
    )
    assert hops(a) == {("Tashkent", "Almaty"), ("Tashkent", "Bishkek"), ("Bishkek", "Osh")}
    (said,) = a.claims
    assert all(leg.claim_ids == (said.id,) for r in a.routes for leg in r.legs)


def test_flights_boarded_in_a_where_clause_leave_from_its_place() -> None:
    a = run(
        "The men were driven from the detention centre to Bole Airport near Addis Ababa, "
        "where they boarded flights to Nairobi, the group said."
    )
    assert hops(a) == {("Bole International Airport", "Nairobi")}


def test_a_where_clause_hung_on_a_date_is_about_the_place_before_it() -> None:
    a = run(
        "The trawlers were expected to reach Walvis Bay by Monday, where their catch would be "
        "moved to reefers bound for Busan, officials said."
    )
    assert ("Walvis Bay", "Busan") in hops(a)


def test_eventually_to_a_place_is_the_next_stop_of_a_planned_trip() -> None:
    a = run(
        "From there the families planned to travel on to Arequipa and eventually to Cusco, "
        "a volunteer said."
    )
    assert legs(a) == {("Arequipa", "Cusco", "intended")}


def test_people_put_on_buses_at_a_place_set_off_there() -> None:
    a = run(
        "Police put at least 200 migrants on buses at the Necocli pier on Monday and sent them "
        "south towards the city of Turbo, officials said."
    )
    assert hops(a) == {("Necoclí", "Turbo")}
    (sent,) = a.movements
    assert sent.mover is not None and sent.mover.text == "migrants"


def test_people_detained_in_towns_and_bussed_on_set_off_from_those_towns() -> None:
    a = run(
        "Police detained dozens of migrants in raids in Lahore and Multan and bussed them to a "
        "camp in Quetta, officials said."
    )
    assert hops(a) == {("Lahore", "Quetta"), ("Multan", "Quetta")}


def test_ends_after_a_heading_hung_on_the_start_are_ends() -> None:
    a = run(
        "Colombia buses hundreds of Haitian migrants from Necocli towards Panama and Costa Rica"
    )
    assert hops(a) == {("Necoclí", "Panama"), ("Necoclí", "Costa Rica")}
    (bused,) = a.movements
    assert bused.origin is not None and bused.origin.other_place_ids == ()


def test_a_country_entered_at_a_town_ends_at_the_town() -> None:
    a = run("The trucks passed through Mbeya and entered Zambia at Nakonde, the report said.")
    assert hops(a) == {("Mbeya", "Nakonde")}


def test_bases_left_around_a_town_are_the_start() -> None:
    a = run(
        "The fighters left bases around Menaka late last month, an officer said. They moved on "
        "motorcycles through the bush and entered Burkina Faso near Dori, the officer said."
    )
    assert hops(a) == {("Ménaka", "Dori")}


def test_moved_on_goes_on_from_the_end_just_told() -> None:
    a = run(
        "The rifles were smuggled from Albania to a farm near Shkoder, police said. Part of "
        "the cache may have been moved on to Podgorica before the raid, a source said."
    )
    assert ("Shkodër", "Podgorica", "possible") in legs(a)
    assert ("Albania", "Podgorica") not in hops(a)


def test_moved_on_after_no_end_told_sets_off_nowhere() -> None:
    a = run("Police seized the drugs in Tijuana. The boat had sailed on to Ensenada.")
    assert hops(a) == set()


def test_the_new_arrivals_set_off_from_where_they_arrived() -> None:
    a = run(
        "More than 2,000 people fled fighting in Sudan's Darfur region and crossed into Chad's "
        "Ouaddai province, officials said on Monday. The governor said about 900 of the new "
        "arrivals had been moved by truck to camps in Abeche."
    )
    assert ("Ouadaï", "Abéché") in hops(a)


def test_a_crowd_gathering_in_a_town_is_no_start_of_other_people() -> None:
    a = run(
        "A crowd gathered in Leeds, and in Manchester, thousands of people flooded the city "
        "centre, heading toward the town hall."
    )
    starts = {
        a.place(m.origin.place_id).name for m in a.movements if m.origin and m.origin.place_id
    }
    assert "Leeds" not in starts


def test_a_verb_after_a_said_aside_keeps_the_movers_before_it() -> None:
    a = run(
        "The vans crossed at Vrbnica the same night, he said, and were escorted along the main "
        "road through Prizren before reaching the monastery grounds."
    )
    escorted = next(m for m in a.movements if m.trigger.text == "escorted")
    assert escorted.mover is not None and escorted.mover.text == "vans"


def test_eventually_to_a_place_after_a_said_aside_is_the_next_stop() -> None:
    a = run(
        "From there, they said, most of the migrants planned to travel on to Arequipa and "
        "eventually to Cusco."
    )
    assert legs(a) == {("Arequipa", "Cusco", "intended")}


def test_an_unknown_crossing_point_named_with_a_road_is_no_end_in_the_country() -> None:
    a = run(
        "The convoy was due to cross into Mali at Kouremale, the main border post on the "
        "Conakry-Bamako road, officials said."
    )
    (cross,) = a.movements
    assert cross.destination is not None and cross.destination.span.text == "Mali"

"""Route defects of the twenty-seventh probe (b, part 1), each with passages written for these
tests (names, places and wording invented):

- a headline with no final stop, with the dateline on the next line, is its own sentence:
  the dateline's city is no end of the headline's movement, and the headline keeps its place;
- a country or province told as where movers set off, with a town of its own named next
  ("to X, where the cargo is unloaded at Y"), is refined by that town, not a hop into it;
- ", close to the X border" after a stop locates that stop; it is no end;
- a way summed up first ("through X, by bus to A and then across to the X side") ends the
  plan, it is no stop before A; a plan whose craft "has remained off X" sets off from X; goods
  "stockpiled on X" that were to be shipped set off from X;
- a return "flown back to C, possibly via M" leaves from where the same movers were last put
  abroad, and the guessed stop is only possible, with the way around it drawn too;
- a timeline entry's day ("Sept 9 — The boat is escorted to Y") dates the events it tells.
"""

from __future__ import annotations

from datetime import datetime

import claimmap
from claimmap.model import Movement, PlaceRef, Span
from claimmap.nlp import parse
from claimmap.routes_way_summary import summed_ways

Legs = set[tuple[str, str]]


def _analysis(text: str, published: datetime | None = None) -> claimmap.Analysis:
    return claimmap.analyze(claimmap.from_text(text, doc_id="p27b1", published=published))


def _legs(a: claimmap.Analysis) -> Legs:
    name = {p.id: p.name for p in a.places}
    return {(name[leg.from_place], name[leg.to_place]) for r in a.routes for leg in r.legs}


def _moods(a: claimmap.Analysis) -> dict[tuple[str, str], str]:
    name = {p.id: p.name for p in a.places}
    return {
        (name[leg.from_place], name[leg.to_place]): leg.mood for r in a.routes for leg in r.legs
    }


# --- R1: a headline runs into the dateline below it -----------------------------------------

_FACT_CHECK = (
    "Fact Check Desk, 2026-05-03\n"
    "Viral post claims Serbia flew 200 migrants to the Hungarian border\n"
    "BUDAPEST, May 3 (AFP) - A post shared thousands of times claims that buses drove 200 "
    "migrants from Belgrade to the Hungarian fence at Roszke. Police say no such group "
    "reached the border.\n"
)


def test_a_headline_ends_at_its_line_when_a_dateline_follows() -> None:
    doc = claimmap.from_text(_FACT_CHECK, doc_id="p27b1")
    sentences = [s.text.strip() for s in parse(doc).sents]
    assert "Viral post claims Serbia flew 200 migrants to the Hungarian border" in sentences
    assert "BUDAPEST, May 3 (AFP) -" in sentences


def test_the_dateline_city_is_no_end_of_the_headline_movement() -> None:
    a = _analysis(_FACT_CHECK)
    assert all("\n" not in m.destination.span.text for m in a.movements if m.destination)
    flew = next(m for m in a.movements if m.trigger.text == "flew")
    assert flew.destination is not None and flew.destination.span.text == "Hungarian"
    assert not {leg for leg in _legs(a) if "Budapest" in leg}
    assert ("Belgrade", "Röszke") in _legs(a)


def test_an_em_dash_dateline_is_its_own_sentence_under_a_quoted_headline() -> None:
    text = (
        "Daily Example, 2026-06-18\n"
        '"We walked for nine days": a refugee on her long road to Vienna\n'
        "VIENNA — Amina, 29, left Aleppo in 2019 and arrived in Austria in March this year.\n"
    )
    sentences = [s.text.strip() for s in parse(claimmap.from_text(text, doc_id="p27b1")).sents]
    assert sentences[1].endswith("her long road to Vienna")
    assert sentences[2] == "VIENNA —"


def test_the_headline_keeps_its_place_above_a_dateline_naming_the_same_place() -> None:
    text = (
        "Reuters, 2026-08-20\n"
        "Timeline: the voyage of a trawler carrying 40 Libyans to Malta\n"
        "VALLETTA, Malta, Aug 20 (Reuters) - A fishing trawler carrying 40 Libyans reached "
        "Malta on Sunday after a week at sea.\n"
    )
    a = _analysis(text)
    malta = next(p for p in a.places if p.name == "Malta")
    headline_at = text.index("to Malta") + 3
    assert headline_at in {m.start for m in malta.mentions}
    carrying = next(m for m in a.movements if m.trigger.text == "carrying")
    assert carrying.destination is not None and carrying.destination.span.text == "Malta"


# --- R5: a country or province refined by its own town --------------------------------------


def test_a_where_clause_port_refines_the_country_it_lies_in() -> None:
    a = _analysis(
        "The Monitoring Group found that the drums are carried on fishing boats to Pakistan, "
        "where the cargo is unloaded at Karachi and sold to dealers."
    )
    unloaded = next(m for m in a.movements if m.trigger.text == "unloaded")
    assert unloaded.origin is not None and unloaded.origin.span.text == "Pakistan"
    assert ("Pakistan", "Karachi") not in _legs(a)


def test_a_province_fled_is_refined_by_the_town_the_trip_left_from() -> None:
    a = _analysis(
        "Their lawyer says the men fled arrest in the Northern Province and had first "
        "travelled by bus from Jaffna to Vavuniya."
    )
    assert _legs(a) == {("Jaffna", "Vavuniya")}


def test_a_province_reached_before_stays_a_stop_of_its_own() -> None:
    a = _analysis(
        "More than 2,000 people fled fighting in Sudan's Darfur region and crossed into Chad's "
        "Ouaddai province, officials said on Monday. The governor said about 900 of the new "
        "arrivals had been moved by truck to camps in Abeche."
    )
    assert ("Ouadaï", "Abéché") in _legs(a)


def test_a_border_town_passed_on_the_way_out_keeps_the_country_as_start() -> None:
    a = _analysis(
        "Officials said about 100 fighters crossed from Chad into Sudan through the border "
        "town of Adre on Sunday."
    )
    assert _legs(a) == {("Chad", "Adré"), ("Adré", "Sudan")}


# --- R6: a proximity phrase locates the stop before it --------------------------------------


def test_close_to_a_border_locates_the_stop_and_is_no_end() -> None:
    a = _analysis(
        "Port officials said part of the fuel is transferred at sea to smaller boats off "
        "Zarzis, close to the Libyan border, and that some of it may end up in Malta."
    )
    assert ("Zarzis", "Libya") not in _legs(a)
    assert _moods(a) == {("Zarzis", "Malta"): "possible"}


def test_moving_close_to_a_border_with_no_stop_before_keeps_the_border() -> None:
    a = _analysis(
        "Witnesses said the troops moved from Gabes close to the Libyan border on Monday."
    )
    assert ("Gabès", "Libya") in _legs(a)


# --- R7: a planned route's order, start and cancellation ------------------------------------

_PLAN = (
    "In January I left Izmir. A smuggler said we would go through Bulgaria, by bus to Edirne "
    "and then walk across to the Bulgarian side. But he said the route was too dangerous, so "
    "we never went."
)


def test_a_way_summed_up_first_is_where_the_plan_ends() -> None:
    moods = _moods(_analysis(_PLAN))
    assert ("Bulgaria", "Edirne") not in moods
    assert moods[("Edirne", "Bulgaria")] == "intended"
    assert moods[("İzmir", "Edirne")] == "intended"


def test_a_return_to_the_summed_up_way_is_kept() -> None:
    text = "went through Foo to Bar and then back to Foo by train"
    sentence = Span("d", 0, len(text), text)

    def slot(word: str, pid: str, nth: int = 0) -> PlaceRef:
        start = [i for i in range(len(text)) if text.startswith(word, i)][nth]
        return PlaceRef(Span("d", start, start + len(word), word), pid)

    def moved(trigger: str, **slots: object) -> Movement:
        start = text.index(trigger)
        trig = Span("d", start, start + len(trigger), trigger)
        return Movement(f"d:{trigger}", "d", trig, sentence=sentence, **slots)  # type: ignore[arg-type]

    went = moved("went", transit=(slot("Foo", "a"),), destination=slot("Bar", "b"))
    back = moved("back", destination=slot("Foo", "a", 1))
    stops = [["a"], ["b"], ["a"]]
    canon = {"a": "a", "b": "b"}
    assert summed_ways([went, back], stops, canon, text) == stops  # there and back
    plain = text.replace("back", "walk")
    assert summed_ways([went, back], stops, canon, plain) == [["b"], ["a"]]


def test_a_plan_whose_craft_remained_off_a_port_sets_off_from_there() -> None:
    for text in (
        "A further cargo loaded on the tanker was intended for Mersin, but the vessel has "
        "remained in floating storage off Limassol since early January.",
        "The shipment was due to sail to Mersin last week, but the ship is still anchored off "
        "Limassol.",
    ):
        assert _moods(_analysis(text)) == {("Limassol", "Mersin"): "intended"}


def test_a_voyage_made_while_another_ship_remained_has_no_such_start() -> None:
    a = _analysis(
        "The tanker sailed to Mersin last week, but its sister ship has remained off Limassol."
    )
    assert ("Limassol", "Mersin") not in _legs(a)


def test_goods_stockpiled_on_an_island_set_off_from_it() -> None:
    a = _analysis(
        "The ministry told the Panel that a consignment stockpiled on Socotra was to have been "
        "shipped to Mukalla in July, but that the plan was abandoned after the army retook the "
        "area."
    )
    assert _moods(a) == {("Socotra", "Mukalla"): "intended"}


# --- R9: a return home, possibly via a stop -------------------------------------------------


def test_a_return_home_leaves_from_where_the_movers_were_last_put_abroad() -> None:
    a = _analysis(
        "The 30 passengers came ashore at Lampedusa on Monday and were taken to a reception "
        "centre at Agrigento.\n\n"
        "Their lawyer says some passengers had first travelled by bus from Sfax to Gabes.\n\n"
        "The prefect says 20 passengers whose asylum claims have been rejected will be flown "
        "back to Gabes on a charter flight next week, possibly via Malta.",
        datetime(2026, 8, 20),
    )
    moods = _moods(a)
    assert moods[("Lampedusa", "Malta")] == "intended"
    assert moods[("Malta", "Gabès")] == "intended"
    assert moods[("Lampedusa", "Gabès")] == "intended"
    assert moods[("Sfax", "Gabès")] == "made"  # how they left home, not where they are now


def test_a_guessed_stop_is_only_possible_and_the_way_around_it_is_drawn() -> None:
    moods = _moods(
        _analysis(
            "Officials said the smugglers flew the men from Karachi to Dubai, possibly via Muscat."
        )
    )
    assert moods == {
        ("Karachi", "Muscat"): "possible",
        ("Muscat", "Dubai"): "possible",
        ("Karachi", "Dubai"): "made",
    }


# --- R10: a timeline entry's day -------------------------------------------------------------

_TIMELINE = (
    "Timeline: the voyage of the Amal\n\n"
    "Sept 3 — The fishing boat Amal leaves the port of Sfax with 40 people on board, the coast "
    "guard says.\n\n"
    "Sept 9 — The boat is intercepted by an Italian patrol off Pantelleria and escorted "
    "overnight to Trapani, the prefect says.\n\n"
    "Sept 10 — The passengers come ashore at Trapani and are taken to a centre at Marsala.\n\n"
    "Sept 12 — Their lawyer says some passengers had first travelled by bus from Gafsa to Sfax.\n"
)


def test_a_timeline_entry_dates_the_events_it_tells() -> None:
    a = _analysis(_TIMELINE, datetime(2025, 9, 30))
    dated = {m.trigger.text: str(m.date) for m in a.movements}
    assert dated["escorted"] == "2025-09-09"
    assert dated["come"] == "2025-09-10"
    assert dated["taken"] == "2025-09-10"
    assert dated["travelled"] == "None"  # recalled: before the entry's day
    legs = {
        (leg.date_start and str(leg.date_start), leg.date_end and str(leg.date_end))
        for r in a.routes
        for leg in r.legs
        if leg.to_place in {p.id for p in a.places if p.name == "Marsala"}
    }
    assert legs == {("2025-09-10", "2025-09-10")}

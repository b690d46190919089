"""The claim-source seats table (geo/actors.csv) and actor → seat rules."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from claimmap.actors import ACTOR_COLUMNS, seat_of
from claimmap.actors_table import ActorTable, load_actors, normalize
from claimmap.model import Actor

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "geo" / "actors.csv"
SEED_ROWS = ROOT / "scripts" / "data" / "actors_seed.csv"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_table_has_150_rows_with_unique_names(rows: list[dict[str, str]]) -> None:
    assert len(rows) >= 150
    names = [r["name"].casefold() for r in rows]
    assert len(set(names)) == len(names)
    assert list(rows[0]) == ACTOR_COLUMNS


def test_every_seat_has_coordinates_and_a_source(rows: list[dict[str, str]]) -> None:
    for r in rows:
        lat, lon = float(r["lat"]), float(r["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, r["name"]
        assert r["source"].strip(), r["name"]
        assert r["seat_name"] and len(r["seat_country"]) == 2, r["name"]


def test_table_is_built_from_every_seed_row(rows: list[dict[str, str]]) -> None:
    with SEED_ROWS.open(encoding="utf-8", newline="") as f:
        seed = list(csv.DictReader(f))
    assert [r["name"] for r in seed] == [r["name"] for r in rows]
    kinds = {r["kind"] for r in rows}
    assert {"agency", "broadcaster", "newspaper", "igo", "ngo", "intelligence"} <= kinds


def test_no_alias_names_two_actors(rows: list[dict[str, str]]) -> None:
    owner: dict[str, str] = {}
    for r in rows:
        for alias in {r["name"], *r["aliases"].split("|")} - {""}:
            key = alias if alias.isupper() else normalize(alias)
            assert owner.setdefault(key, r["name"]) == r["name"], alias


@pytest.mark.parametrize(
    ("name", "expected", "seat"),
    [
        ("AFP", "Agence France-Presse", "Paris"),
        ("Agence France-Presse", "Agence France-Presse", "Paris"),
        ("the Associated Press", "Associated Press", "New York City"),
        ("Russia's TASS news agency", "TASS", "Moscow"),
        ("the U.N. Security Council", "UN Security Council", "New York City"),
        ("WHO", "World Health Organization", "Geneva"),
        ("Médecins Sans Frontières (MSF)", "Médecins Sans Frontières", "Geneva"),
        ("Medecins Sans Frontieres", "Médecins Sans Frontières", "Geneva"),
        ("the Pentagon", "Pentagon", "Arlington"),
    ],
)
def test_aliases_and_acronyms_find_their_row(name: str, expected: str, seat: str) -> None:
    row = load_actors().find(name)
    assert row is not None and (row.name, row.seat_name) == (expected, seat)


@pytest.mark.parametrize("name", ["who", "Who", "the agency", "Ministry", "Times"])
def test_common_words_are_no_acronyms(name: str) -> None:
    assert load_actors().find(name) is None


def test_unknown_actor_of_known_country_goes_to_the_capital() -> None:
    seat = seat_of(Actor("Local Farmers Union", "organisation", None, "AM"))
    assert (seat.place_name, seat.precision) == ("Yerevan", "country")
    assert seat.lat == pytest.approx(40.18, abs=0.05) and seat.lon == pytest.approx(44.51, abs=0.05)
    assert "AM" in seat.reason


def test_government_sits_in_its_capital() -> None:
    seat = seat_of(Actor("Azerbaijan", "government", None, "AZ"))
    assert (seat.place_name, seat.precision) == ("Baku", "city")


def test_unknown_actor_without_country_is_unplaced_with_reason() -> None:
    seat = seat_of(Actor("Several witnesses", "unknown"))
    assert seat.precision == "unplaced"
    assert (seat.place_name, seat.lat, seat.lon) == (None, None, None)
    assert "Several witnesses" in seat.reason and "no known country" in seat.reason


def test_outlet_lookup_ignores_non_media_rows() -> None:
    assert seat_of(Actor("Reuters", "outlet"), outlet=True).place_name == "London"
    assert seat_of(Actor("NATO", "outlet"), outlet=True).precision == "unplaced"


def test_table_class_on_plain_rows() -> None:
    table = load_actors()
    assert isinstance(table, ActorTable) and len(table.rows) >= 150


def test_ministry_of_a_known_country_sits_in_the_capital() -> None:
    seat = seat_of(Actor("Georgian Interior Ministry", "organisation", None, "GE"))
    assert (seat.place_name, seat.precision) == ("Tbilisi", "city")
    assert "government body" in seat.reason


# --- claimants normalised to actors, and where they sit ----------------------------------


def actors_of(text: str) -> list[tuple[str, Actor | None]]:
    """(claimant text, actor) of every claim of a short invented passage."""
    from claimmap.claims import extract_claims
    from claimmap.documents import from_text
    from claimmap.nlp import parse

    doc = from_text(text, doc_id="actors")
    return [
        (c.claimant.text if c.claimant else "", c.actor)
        for c in extract_claims(doc, parse(doc), [])
    ]


def actor_for(text: str, claimant: str) -> Actor:
    found = [a for said, a in actors_of(text) if said == claimant]
    assert found and found[0] is not None, actors_of(text)
    return found[0]


def test_leader_in_apposition_works_for_the_group_named_before() -> None:
    actor = actor_for(
        "Hezbollah declined to comment. The group's deputy leader, Naim Qassem, said on "
        "Sunday that its fighters were ready.",
        "The group's deputy leader, Naim Qassem",
    )
    assert (actor.name, actor.kind, actor.organisation, actor.country_code) == (
        "Naim Qassem",
        "person",
        "Hezbollah",
        "LB",
    )
    assert seat_of(actor).place_name == "Beirut"


def test_the_official_is_the_last_official_and_keeps_no_relative_clause() -> None:
    text = (
        "A British army source said the convoy had left Basra. A German Foreign Ministry "
        "official, who spoke to Reuters on condition of anonymity, said Berlin had been told "
        'in advance. "We knew about this," the official said.'
    )
    actor = actor_for(text, "the official")
    assert (actor.name, actor.kind, actor.organisation, actor.country_code, actor.role) == (
        "German Foreign Ministry official",
        "person",
        "Foreign Ministry",
        "DE",
        "official",
    )
    assert (seat_of(actor).place_name, seat_of(actor).precision) == ("Berlin", "city")


def test_the_source_skips_an_official_quoted_since() -> None:
    text = (
        "A French army source said the trucks had crossed at dawn. A Dutch official said the "
        "border was calm. The source added that two more convoys were expected."
    )
    actor = actor_for(text, "The source")
    assert (actor.name, actor.country_code) == ("French army source", "FR")


def test_country_possessive_and_institution_is_that_government() -> None:
    actor = actor_for(
        "Chad's military authorities, who expelled Russian advisers in May, have denied "
        "letting the fighters cross.",
        "Chad's military authorities, who expelled Russian advisers in May",
    )
    assert (actor.kind, actor.country_code) == ("government", "TD")
    assert (seat_of(actor).place_name, seat_of(actor).precision) == ("N'Djamena", "city")


@pytest.mark.parametrize(
    ("text", "claimant", "code", "seat"),
    [
        (
            "Aid group Mare Liberum said its ship had rescued 40 people. The Greek government "
            "has said it expects more boats this summer.",
            "The Greek government",
            "GR",
            "Athens",
        ),
        (
            "Pakistani officials said they had closed the crossing.",
            "Pakistani officials",
            "PK",
            "Islamabad",
        ),
        ("Kenyan authorities said the border was open.", "Kenyan authorities", "KE", "Nairobi"),
    ],
)
def test_demonym_and_officials_or_government_is_that_government(
    text: str, claimant: str, code: str, seat: str
) -> None:
    actor = actor_for(text, claimant)
    assert (actor.kind, actor.country_code) == ("government", code)
    assert (seat_of(actor).place_name, seat_of(actor).precision) == (seat, "city")


def test_two_countries_are_no_single_actor() -> None:
    assert actors_of("French and German officials said the talks had failed.") == [
        ("French and German officials", None)
    ]


def test_spokesperson_for_someone_is_the_office_spoken_for() -> None:
    actor = actor_for(
        "A spokesman for Chicago Mayor Brandon Johnson said the shelters were full.",
        "A spokesman for Chicago Mayor Brandon Johnson",
    )
    assert (actor.name, actor.kind, actor.organisation, actor.role) == (
        "office of Mayor Brandon Johnson",
        "government",
        "Chicago",
        "spokesman",
    )
    assert (seat_of(actor).place_name, seat_of(actor).precision) == ("Chicago", "city")
    kremlin = actor_for(
        "A spokesman for the Kremlin said the talks had failed.", "A spokesman for the Kremlin"
    )
    assert (kremlin.name, kremlin.kind, kremlin.country_code, kremlin.role) == (
        "Kremlin",
        "government",
        "RU",
        "spokesman",
    )


def test_state_and_city_officials_sit_where_they_govern() -> None:
    text = (
        "California Governor Gavin Newsom said the state would sue. The California governor "
        "said the case was strong. Houston Mayor John Whitmire said the city had no more beds."
    )
    found = dict(actors_of(text))
    newsom = found["California Governor Gavin Newsom"]
    assert newsom is not None
    assert (newsom.organisation, newsom.country_code) == ("California", "US")
    assert found["The California governor"] == newsom
    assert (seat_of(newsom).place_name, seat_of(newsom).precision) == ("Sacramento", "city")
    mayor = found["Houston Mayor John Whitmire"]
    assert mayor is not None and seat_of(mayor).place_name == "Houston"


def test_a_city_qualified_elsewhere_in_the_text_is_that_one() -> None:
    text = (
        "The families were sent on to Springfield, Massachusetts. A spokeswoman for "
        "Springfield Mayor Ann Reed said the shelters were full."
    )
    actor = actor_for(text, "A spokeswoman for Springfield Mayor Ann Reed")
    assert actor.organisation == "Springfield, Massachusetts"
    seat = seat_of(actor)
    assert (seat.place_name, seat.precision) == ("Springfield", "city")
    assert seat.lon == pytest.approx(-72.59, abs=0.05)


def test_national_department_sits_in_the_capital() -> None:
    actor = actor_for(
        "The Department of Homeland Security said encounters had fallen.",
        "The Department of Homeland Security",
    )
    assert (actor.kind, actor.country_code) == ("government", "US")
    assert seat_of(actor).place_name == "Washington"


def test_state_media_take_the_one_country_of_their_paragraph() -> None:
    text = (
        "Iran's military leadership did not comment. State television reported that two "
        "drones had been shot down."
    )
    assert actor_for(text, "State television").country_code == "IR"
    two = (
        "Russian and Ukrainian troops clashed near Kharkiv overnight. The Defence Ministry "
        "said 40 soldiers had died."
    )
    assert actor_for(two, "The Defence Ministry").country_code is None


def test_relative_clause_of_a_post_keeps_it() -> None:
    actor = actor_for(
        "Tom Baker, who served as U.S. ambassador to Chile, said the deal was fragile.",
        "Tom Baker, who served as U.S. ambassador to Chile",
    )
    assert (actor.name, actor.country_code, actor.role) == ("Tom Baker", "US", "ambassador")


@pytest.mark.parametrize(
    ("actor", "seat", "precision"),
    [
        (Actor("Ann Lee", "person", "Texas", "US", "governor"), "Austin", "city"),
        (Actor("Ann Lee", "person", "New York City", "US", "mayor"), "New York City", "city"),
        (
            Actor("Ann Lee", "person", "Springfield, Massachusetts", "US", "mayor"),
            "Springfield",
            "city",
        ),
        (Actor("Officials in Ohio", "government", "Ohio", "US"), "Columbus", "city"),
        # a region whose seat the gazetteer does not mark: its own point
        (Actor("Ann Rossi", "person", "Lombardy", "IT", "governor"), "Lombardy", "admin1"),
        # a county the gazetteer does not hold is not the town of Clay: the country stands
        (Actor("Ann Lee", "person", "Clay County", "US", "sheriff"), "Washington", "country"),
        # "Ireland's Department of Justice" is not the US one of the table
        (Actor("Department of Justice", "organisation", None, "IE"), "Dublin", "city"),
    ],
)
def test_seats_of_local_offices(actor: Actor, seat: str, precision: str) -> None:
    found = seat_of(actor)
    assert (found.place_name, found.precision) == (seat, precision)


def test_jurisdiction_is_exact_and_no_country() -> None:
    from claimmap.actors import locate_jurisdiction
    from claimmap.claims_actor_jurisdiction import jurisdiction

    assert locate_jurisdiction("Clay County", "US") is None
    assert locate_jurisdiction("Georgia", None) is None  # the country, not the state
    georgia = locate_jurisdiction("Georgia", None, "admin1")
    assert georgia is not None and georgia.source_id == "admin1:US.GA"
    assert jurisdiction("New York", None, "city", "Chicago") is not None
    label, place = jurisdiction("New York", None, "city", "Chicago")  # type: ignore[misc]
    assert (label, place.name) == ("New York City", "New York City")


# --- acronyms, documents, stated seats and countries from context ---------------------


def test_spelled_out_acronyms_are_the_fewest_words_whose_capitals_make_them() -> None:
    from claimmap.claims_actor_names import spelled_out

    text = (
        "Fighters of the Rural Security Front (RSF) and Jama'at Ansar al-Din wal-Muslimin "
        "(JADM) clashed, KANO, Nigeria (Reuters) - said."
    )
    assert spelled_out(text) == {
        "RSF": "Rural Security Front",
        "JADM": "Jama'at Ansar al-Din wal-Muslimin",
    }


def test_an_acronym_the_article_spells_out_is_not_the_table_namesake() -> None:
    text = (
        "Chad's RSF has denied the raid. The Rural Security Front (RSF) took the town in "
        "May. RSF spokesman Omar Daldoum denied that the fighters shot at civilians."
    )
    actor = actor_for(text, "RSF spokesman Omar Daldoum")
    assert (actor.name, actor.organisation, actor.country_code) == (
        "Omar Daldoum",
        "Rural Security Front",
        "TD",
    )
    assert seat_of(actor).place_name != "Paris"
    same = (
        "Reporters Without Borders (RSF) counted 40 jailed reporters. RSF spokeswoman Clara "
        "Moreau said the number had doubled."
    )
    assert seat_of(actor_for(same, "RSF spokeswoman Clara Moreau")).place_name == "Paris"


def test_a_document_is_its_author_not_the_outlet_that_saw_it() -> None:
    text = (
        "A leaked report by the World Health Organization has found that clinics were "
        "shelled. According to the report, seen by the Guardian, nine clinics were hit. "
        "The report says the attacks were deliberate."
    )
    found = dict(actors_of(text))
    seen = found["the report, seen by the Guardian"]
    assert seen is not None and seat_of(seen).place_name == "Geneva"
    assert found["The report"] == seen


def test_a_name_closing_the_phrase_is_the_claimant_and_he_is_that_person() -> None:
    text = (
        "A senior Italian police officer said the guns came by sea. But a former weapons "
        "inspector with the World Food Programme, Marta Kovacs, said most came by road. "
        "She estimated that half of the pistols were old army stock."
    )
    found = dict(actors_of(text))
    kovacs = found["a former weapons inspector with the World Food Programme, Marta Kovacs"]
    assert kovacs is not None and (kovacs.name, kovacs.kind) == ("Marta Kovacs", "person")
    assert found["She"] == kovacs


def test_the_army_is_a_state_army_not_the_armed_group_named_before() -> None:
    text = (
        "BAMAKO, Mali (Reuters) - Gunmen killed 20 people near Gao in northern Mali, two "
        "officials said.\n\nThe Sahel Liberation Movement (SLM) said its fighters had "
        "seized trucks. The army said the toll was lower."
    )
    actor = actor_for(text, "The army")
    assert (actor.name, actor.country_code) == ("army", "ML")


@pytest.mark.parametrize(
    ("text", "claimant", "seat"),
    [
        (
            "Kenya's government, now based in Mombasa on the coast, accused Uganda of lying.",
            "Kenya's government, now based in Mombasa on the coast",
            ("Mombasa", "city"),
        ),
        (
            "The US Sixth Fleet, based in Naples, Italy, said the drill was routine.",
            "The US Sixth Fleet, based in Naples, Italy",
            ("Naples", "city"),
        ),
        (
            "A U.N. official in Juba, speaking on condition of anonymity, said the camps "
            "were full.",
            "A U.N. official in Juba, speaking on condition of anonymity",
            ("Juba", "city"),
        ),
        (
            "A resident of Gao told Reuters that the market was shut.",
            "A resident of Gao",
            ("Gao", "city"),
        ),
    ],
)
def test_a_place_stated_in_the_claimant_phrase_is_its_seat(
    text: str, claimant: str, seat: tuple[str, str]
) -> None:
    found = seat_of(actor_for(text, claimant))
    assert (found.place_name, found.precision) == seat


def test_a_resident_of_a_town_is_a_person_there() -> None:
    actor = actor_for(
        "A resident of Gao told Reuters that the market was shut.", "A resident of Gao"
    )
    assert (actor.kind, actor.country_code) == ("person", "ML")


@pytest.mark.parametrize(
    ("text", "claimant", "kind", "code"),
    [
        ("The Indonesian Coast Guard said the ship was seized.", "The Indonesian Coast Guard",
         "organisation", "ID"),
        ("The UAE said on Monday that the flights carried aid.", "The UAE", "government", "AE"),
        ("In Chad, the junta said on state radio that six soldiers died.", "the junta",
         "government", "TD"),
        ("In Gaza, the Hamas-run interior ministry said 12 people were hurt.",
         "the Hamas-run interior ministry", "government", "PS"),
        ("The Trump administration has urged both sides to talk.", "The Trump administration",
         "government", "US"),
    ],
)  # fmt: skip
def test_countries_from_adjectives_names_and_context(
    text: str, claimant: str, kind: str, code: str
) -> None:
    actor = actor_for(text, claimant)
    assert (actor.kind, actor.country_code) == (kind, code)
    assert seat_of(actor).place_name is not None


def test_an_office_holder_named_bare_is_of_the_government_of_the_paragraph() -> None:
    text = (
        "In Chad, the junta said 12 soldiers died near the borders with Sudan and Niger. "
        "A spokesman for the defence ministry, Colonel Idriss Saleh, said the attackers "
        "fled. Colonel Saleh said the army was in pursuit.\n\n"
        "Somalia's government accused Addis Ababa of meddling. Foreign Minister Ahmed Fiqi "
        "told reporters that Somalia would go to the UN."
    )
    found = dict(actors_of(text))
    saleh = found["A spokesman for the defence ministry, Colonel Idriss Saleh"]
    assert saleh is not None
    assert (saleh.name, saleh.role, saleh.organisation, saleh.country_code) == (
        "Idriss Saleh",
        "spokesman",
        "defence ministry",
        "TD",
    )
    assert found["Colonel Saleh"] == saleh
    fiqi = found["Foreign Minister Ahmed Fiqi"]
    assert fiqi is not None and (fiqi.role, fiqi.country_code) == ("minister", "SO")


def test_a_bare_spokesperson_speaks_for_the_body_quoted_before() -> None:
    text = (
        "China's foreign ministry rejected the claim. Spokesperson Lin Jian told a regular "
        "briefing that the patrols were lawful."
    )
    actor = actor_for(text, "Spokesperson Lin Jian")
    assert (actor.name, actor.role, actor.country_code) == ("Lin Jian", "spokesperson", "CN")
    assert seat_of(actor).place_name == "Beijing"


def test_titles_before_a_name_and_the_staff_they_name() -> None:
    text = (
        'Ukraine\'s General Staff said 30 attacks were repelled. "We held," General Staff '
        "spokesperson Dmytro Lykhovii told reporters."
    )
    actor = actor_for(text, "General Staff spokesperson Dmytro Lykhovii")
    assert (actor.role, actor.organisation, actor.country_code) == (
        "spokesperson",
        "General Staff",
        "UA",
    )


def test_a_governor_named_bare_governs_the_region_named_before() -> None:
    text = "In the Odesa region, Governor Oleh Kiper said a drone hit a port."
    actor = actor_for(text, "Governor Oleh Kiper")
    assert (actor.organisation, actor.country_code) == ("Odesa", "UA")
    assert seat_of(actor).place_name == "Odesa"
    several = "The governors of the Sumy and Kursk regions said drones struck overnight."
    assert actors_of(several) == [("The governors of the Sumy and Kursk regions", None)]


@pytest.mark.parametrize(
    ("actor", "seat"),
    [
        (Actor("UN official in Juba", "person", "UN", None, "official"), ("Juba", "city")),
        (Actor("resident of Gao", "person", None, "ML", "resident"), ("Gao", "city")),
        # "of" names the organisation here, and "Hamas" is an alternate name of Hamm
        (Actor("commander of Hamas", "person", "Hamas", "PS", "commander"), ("Gaza", "city")),
        # a spokesman of an armed group does not speak for the state: unplaced like the
        # group itself, not at the capital of the government it fights (probe 23)
        (
            Actor("Omar Daldoum", "person", "Rural Security Front", "TD", "spokesman"),
            (None, "unplaced"),
        ),
        (Actor("Investigators in Albania", "unknown", None, "AL"), ("Tirana", "country")),
    ],
)
def test_seats_stated_in_names(actor: Actor, seat: tuple[str, str]) -> None:
    found = seat_of(actor)
    assert (found.place_name, found.precision) == seat


def analysed_actors(text: str) -> list[tuple[str, Actor | None]]:
    """(claimant text, actor) with the places the geoparser resolved, as the pipeline runs."""
    from claimmap.documents import from_text
    from claimmap.pipeline import analyze

    found = analyze(from_text(text, doc_id="actors"), stages="claims")
    return [(c.claimant.text if c.claimant else "", c.actor) for c in found.claims]


def test_she_is_the_person_just_introduced_not_the_minister_quoted_before() -> None:
    text = (
        "Foreign Minister Pedro Alves said on the radio that the border was calm.\n\n"
        "Many families now head south. Others, like 31-year-old Marisol, say they want to "
        'reach Lima.\n\n"We will walk if the money runs out," she said.'
    )
    found = dict(actors_of(text))
    assert found["she"] is not None and found["she"].name == "Marisol"


def test_she_skips_a_man_the_text_titles_for_the_woman_named_since() -> None:
    text = (
        "Mr. Tom Hale, the port director, said the trucks were searched. FBI Denver Division "
        "special agent in charge Laura Mills told reporters the gang used the highway. She "
        "said agents seized 2 tonnes of powder."
    )
    found = dict(actors_of(text))
    mills = found["FBI Denver Division special agent in charge Laura Mills"]
    assert mills is not None and (mills.name, mills.kind, mills.located) == (
        "Laura Mills",
        "person",
        "Denver",
    )
    assert found["She"] == mills
    seat = seat_of(mills)
    assert (seat.place_name, seat.precision) == ("Denver", "city")


def test_a_field_office_named_after_a_city_is_where_its_director_works() -> None:
    text = "CBP's El Paso Field Office director Ana Ruiz said the lanes were closed."
    actor = actor_for(text, "CBP's El Paso Field Office director Ana Ruiz")
    assert (actor.organisation, actor.country_code, actor.located) == ("CBP", "US", "El Paso")
    assert seat_of(actor).place_name == "El Paso"


@pytest.mark.parametrize(
    ("text", "claimant", "code", "capital"),
    [
        ("Armenia rejected the claim on Friday.", "Armenia", "AM", "Yerevan"),
        ("Doha has in the past rejected claims that it funds the group.", "Doha", "QA", "Doha"),
    ],
)
def test_a_country_or_capital_the_model_takes_for_a_person_is_its_government(
    text: str, claimant: str, code: str, capital: str
) -> None:
    actor = actor_for(text, claimant)
    assert (actor.kind, actor.country_code) == ("government", code)
    assert seat_of(actor).place_name == capital


def test_a_group_of_the_table_the_model_takes_for_a_person() -> None:
    text = "The Houthis, who hold the port of Hodeidah, said they had fired two missiles."
    actor = actor_for(text, "The Houthis, who hold the port of Hodeidah")
    assert (actor.name, actor.kind, actor.country_code) == ("Houthis", "organisation", "YE")
    assert seat_of(actor).place_name == "Sanaa"


def test_a_state_body_named_after_the_lede_described_it_is_that_states() -> None:
    text = (
        "Pyongyang has shipped shells to Moscow, South Korea's spy agency said on Friday.\n\n"
        "The National Intelligence Service (NIS) told a parliamentary committee that the "
        "shells left by train. NIS deputy director Lee Jin-ho said more would follow, "
        "according to legislator Kim Min-jun."
    )
    found = dict(actors_of(text))
    nis = found["The National Intelligence Service (NIS)"]
    assert nis is not None and nis.country_code == "KR"
    seat = seat_of(nis)
    assert (seat.place_name, seat.precision) == ("Seoul", "city")
    kim = found["legislator Kim Min-jun"]
    assert kim is not None and kim.name == "Kim Min-jun"


def test_a_name_several_states_give_their_bodies_needs_the_country() -> None:
    table = load_actors()
    assert table.find("NIS") is None
    found = table.find("NIS", "KR")
    assert found is not None and found.seat_name == "Seoul"
    kenyan = seat_of(Actor("National Intelligence Service", "organisation", None, "KE"))
    assert kenyan.place_name == "Nairobi"


def test_a_described_body_by_the_name_it_goes_by() -> None:
    text = "Ukraine's defence intelligence service, known as HUR, said the train was hit."
    actor = actor_for(text, "Ukraine's defence intelligence service, known as HUR")
    assert (actor.name, actor.country_code) == ("HUR", "UA")
    assert seat_of(actor).place_name == "Kyiv"


def test_a_rank_before_the_name_leaves_the_command_as_employer() -> None:
    text = '"We will respond," CENTCOM commander Admiral Brad Cole said.'
    actor = actor_for(text, "CENTCOM commander Admiral Brad Cole")
    assert (actor.name, actor.organisation, actor.country_code) == (
        "Brad Cole",
        "US Central Command",
        "US",
    )
    assert seat_of(actor).place_name == "Tampa"


def test_a_clause_on_an_appositive_names_no_employer() -> None:
    text = (
        '"The lines are slow," said Pedro Ruiz, a Tucson grocer whose firm buys melons from Sonora.'
    )
    (actor,) = [a for _, a in actors_of(text)]
    assert actor is not None and (actor.name, actor.organisation) == ("Pedro Ruiz", None)


def test_the_city_a_speaker_spoke_in_seats_them_when_nothing_better_is_known() -> None:
    text = (
        "Ali Hassan, an adviser to President Omar Said, told reporters in Amman that the "
        "talks had stalled."
    )
    (actor,) = [a for _, a in analysed_actors(text)]
    assert actor is not None
    seat = seat_of(actor)
    assert (seat.place_name, seat.precision) == ("Amman", "city")
    assert "spoke in Amman" in seat.reason


def test_a_given_name_alone_is_the_person_named_in_full_before() -> None:
    text = (
        "Fighting went on in Ethiopia's Amhara region, aid workers said, days after Prime "
        "Minister Dawit Bekele admitted that troops had crossed the border. Dawit told "
        "lawmakers on Tuesday that the troops would leave."
    )
    found = dict(analysed_actors(text))
    dawit = found["Dawit"]
    assert dawit is not None and (dawit.name, dawit.role, dawit.country_code) == (
        "Dawit Bekele",
        "minister",
        "ET",
    )


def test_a_county_the_gazetteer_lacks_is_named_in_the_reason() -> None:
    actor = actor_for(
        "Pima County Sheriff Chris Nanos said the tunnel was new.",
        "Pima County Sheriff Chris Nanos",
    )
    assert (actor.organisation, actor.role) == ("Pima County", "sheriff")
    assert "Pima County" in seat_of(actor).reason


def test_unctad_sits_in_geneva() -> None:
    seat = seat_of(Actor("UN Conference on Trade and Development", "organisation"))
    assert seat.place_name == "Geneva"


def test_state_backed_forces_are_not_armed_groups() -> None:
    """Iraq's Popular Mobilization Forces are an arm of the state (seated in Baghdad); the
    Rapid Support Forces and the Arakan Army are not."""
    from claimmap.actors_armed import armed_group

    assert not armed_group("Popular Mobilization Forces")
    assert armed_group("Rapid Support Forces")
    assert armed_group("Arakan Army")
    assert not armed_group("Sudanese Army")

"""Shared fixtures: a hand-built Analysis (real coordinates, real spans), seed paths, chromium.

The hand-built analysis lets the views be tested without the NLP pipeline: its text is
short and real-looking, every span is found in it by ``str.index``, and every place has
its GeoNames / Natural Earth coordinates.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from claimmap.model import (
    Actor,
    Analysis,
    Claim,
    Document,
    Leg,
    Movement,
    Place,
    PlaceRef,
    Quantity,
    Route,
    Span,
    Unresolved,
)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_970ebeb8bf9b266c.txt"
CHROMIUM = Path("/usr/bin/chromium")

ROUTE_TEXT = (
    "Paris officials said on Monday that 300 fighters from Aleppo province had been moved to "
    "Baku through the Turkish city of Gaziantep.\n"
    "Syrian President Bashar al-Assad told Sputnik that Ankara was sending militants from "
    "northern Syria to the disputed Nagorno-Karabakh region.\n"
    "Fighting went on near Qwertyville."
)


def span(doc: Document, words: str, nth: int = 0) -> Span:
    """The ``nth`` occurrence of ``words`` in ``doc.text`` as a Span (fails if absent)."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(words, start + 1)
    return Span(doc.id, start, start + len(words), words)


def sentence_of(doc: Document, words: str) -> Span:
    """The line holding ``words`` (the fixture has one sentence per line)."""
    at = doc.text.index(words)
    start = doc.text.rfind("\n", 0, at) + 1
    end = doc.text.find("\n", at)
    end = len(doc.text) if end < 0 else end
    return Span(doc.id, start, end, doc.text[start:end])


def build_route_analysis(doc: Document) -> Analysis:
    """Places, two claims, two movements and one three-leg route over ``ROUTE_TEXT``-like text."""

    def place(pid: str, name: str, kind: str, cc: str, lat: float, lon: float, *words: str):
        return Place(
            id=pid,
            doc_id=doc.id,
            name=name,
            kind=kind,  # type: ignore[arg-type]
            country_code=cc,
            source_id=pid,
            lat=lat,
            lon=lon,
            mentions=tuple(span(doc, w) for w in words),
            geonameid=int(pid[3:]) if pid.startswith("gn:") else None,
            confidence=0.9,
        )

    places = (
        place("ne:SYR-2303", "Aleppo", "admin1", "SY", 36.1, 37.5, "Aleppo province"),
        place("gn:587084", "Baku", "city", "AZ", 40.37767, 49.89201, "Baku"),
        place("gn:314830", "Gaziantep", "city", "TR", 37.05944, 37.3825, "Gaziantep"),
        place("area:north:SY", "northern Syria", "area", "SY", 36.4, 38.5, "northern Syria"),
        place(
            "ne:disputed:Nagorno-Karabakh",
            "Nagorno-Karabakh",
            "disputed",
            "AZ",
            39.82,
            46.75,
            "Nagorno-Karabakh region",
        ),
        place("gn:323786", "Ankara", "city", "TR", 39.91987, 32.85427, "Ankara"),
    )
    places = (*places[:-1], dataclasses.replace(places[-1], role="actor"))
    france = Claim(
        id="c1",
        doc_id=doc.id,
        content=span(
            doc,
            "300 fighters from Aleppo province had been moved to Baku through "
            "the Turkish city of Gaziantep",
        ),
        claimant=span(doc, "Paris officials"),
        actor=Actor("French government", "government", None, "FR"),
        cue=span(doc, "said"),
        date=date(2020, 10, 5),
        date_precision="day",
        date_span=span(doc, "Monday"),
        quantities=(Quantity(span(doc, "300 fighters"), 300, "exact", "fighters"),),
        place_ids=("ne:SYR-2303", "gn:587084", "gn:314830"),
        sentence=sentence_of(doc, "Paris officials"),
    )
    assad = Claim(
        id="c2",
        doc_id=doc.id,
        content=span(
            doc,
            "Ankara was sending militants from northern Syria to the disputed "
            "Nagorno-Karabakh region",
        ),
        claimant=span(doc, "Syrian President Bashar al-Assad"),
        actor=Actor("Bashar al-Assad", "person", "Syrian presidency", "SY"),
        cue=span(doc, "told"),
        outlet=span(doc, "Sputnik"),
        date=date(2020, 10, 1),
        date_precision="week",
        modality="alleged",
        place_ids=("gn:323786", "area:north:SY", "ne:disputed:Nagorno-Karabakh"),
        sentence=sentence_of(doc, "Bashar al-Assad"),
    )
    m1 = Movement(
        id="m1",
        doc_id=doc.id,
        trigger=span(doc, "moved"),
        mover=span(doc, "fighters"),
        origin=PlaceRef(span(doc, "Aleppo province"), "ne:SYR-2303"),
        transit=(PlaceRef(span(doc, "Gaziantep"), "gn:314830"),),
        destination=PlaceRef(span(doc, "Baku"), "gn:587084"),
        claim_id="c1",
        quantity=Quantity(span(doc, "300"), 300, "exact", "fighters"),
        sentence=france.sentence,
    )
    m2 = Movement(
        id="m2",
        doc_id=doc.id,
        trigger=span(doc, "sending"),
        mover=span(doc, "militants"),
        origin=PlaceRef(span(doc, "northern Syria"), "area:north:SY"),
        destination=PlaceRef(span(doc, "Nagorno-Karabakh region"), "ne:disputed:Nagorno-Karabakh"),
        claim_id="c2",
        sentence=assad.sentence,
    )
    route = Route(
        id="r1",
        doc_id=doc.id,
        mover="fighters",
        legs=(
            Leg(
                "ne:SYR-2303",
                "gn:314830",
                "stated",
                ("c1",),
                ("m1",),
                107.0,
                (span(doc, "from Aleppo province"), span(doc, "through the Turkish city")),
            ),
            Leg(
                "gn:314830",
                "gn:587084",
                "stated",
                ("c1",),
                ("m1",),
                1147.4,
                (span(doc, "moved to Baku"),),
            ),
            Leg("gn:587084", "ne:disputed:Nagorno-Karabakh", "inferred", ("c2",), ("m2",), None),
        ),
    )
    return Analysis(
        document=doc,
        places=places,
        claims=(france, assad),
        movements=(m1, m2),
        routes=(route,),
        unresolved=(Unresolved(span(doc, "Qwertyville"), "no gazetteer entry"),),
    )


@pytest.fixture(scope="session")
def route_doc() -> Document:
    return Document(
        id="fixture-route",
        text=ROUTE_TEXT,
        title="Fighters moved to Baku, officials say",
        outlet="Example Wire",
        published=datetime(2020, 10, 6, 15, 57),
    )


@pytest.fixture(scope="session")
def route_analysis(route_doc: Document) -> Analysis:
    return build_route_analysis(route_doc)


XSS = '<script>alert(1)</script>"><img src=x onerror=alert(1)>`${alert(1)}`'


@pytest.fixture(scope="session")
def hostile_analysis(hostile_doc: Document) -> Analysis:
    """The route fixture with hostile markup in the title, outlet, text, names and actors."""
    doc = hostile_doc
    analysis = build_route_analysis(doc)
    hostile_place = dataclasses.replace(
        analysis.places[1], id="gn:hostile", name=XSS, mentions=(span(doc, XSS, 1),)
    )
    places = (
        *(dataclasses.replace(p, name=p.name + " " + XSS) for p in analysis.places),
        hostile_place,
    )
    claims = tuple(
        dataclasses.replace(c, actor=Actor(XSS + " agency", "organisation"))
        for c in analysis.claims
    )
    return dataclasses.replace(analysis, places=places, claims=claims)


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's chromium; skipped off CI when missing, a failure on CI."""
    if CHROMIUM.exists():
        return CHROMIUM
    found = shutil.which("chromium")
    if found:
        return Path(found)
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail("CI=true but chromium is missing: .ci/run must install it")
    pytest.skip("chromium is not installed (apt-get install chromium); browser checks skipped")


@pytest.fixture(scope="session")
def hostile_doc() -> Document:
    """An article whose title, outlet and text carry markup that must stay inert."""
    return Document(
        id="fixture-xss",
        text=XSS + "\n" + ROUTE_TEXT + "\n" + XSS,
        title="Route " + XSS,
        outlet="Wire " + XSS,
        published=datetime(2020, 10, 6),
    )


@pytest.fixture(scope="session")
def fixture_notebooks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """notebooks/report.ipynb with ``claimmap.analyze`` swapped for the hand-built analysis,
    so report rendering is tested apart from the NLP pipeline."""
    import nbformat

    nb = nbformat.read(ROOT / "notebooks" / "report.ipynb", as_version=4)
    swapped = 0
    for cell in nb.cells:
        if "claimmap.analyze(doc)" in cell.source:
            cell.source = f"import sys\nsys.path.insert(0, {str(ROOT / 'tests')!r})\n" + (
                cell.source.replace(
                    "claimmap.analyze(doc)", "__import__('conftest').build_route_analysis(doc)"
                )
            )
            swapped += 1
    assert swapped == 1, "report.ipynb must call claimmap.analyze(doc) once"
    out = tmp_path_factory.mktemp("notebooks")
    nbformat.write(nb, out / "report.ipynb")
    return out


@pytest.fixture(scope="session")
def fixture_reports(
    fixture_notebooks: Path,
    tmp_path_factory: pytest.TempPathFactory,
    route_doc: Document,
    hostile_doc: Document,
) -> Path:
    """Reports (index.html path) for the route fixture and the hostile article."""
    from claimmap.report import build_reports

    patch = pytest.MonkeyPatch()
    patch.setenv("CLAIMMAP_NOTEBOOKS", str(fixture_notebooks))
    try:
        return build_reports(
            [route_doc, hostile_doc], tmp_path_factory.mktemp("reports"), progress=False
        )
    finally:
        patch.undo()


@pytest.fixture(scope="session")
def seed_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``claimmap report seeds/<seed>.txt -o DIR`` with the real notebook and pipeline."""
    from claimmap.cli import main

    out = tmp_path_factory.mktemp("seed-reports")
    assert main(["report", str(SEED), "-o", str(out), "--no-progress"]) == 0
    return out / "index.html"

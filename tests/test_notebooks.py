"""The notebooks: paired with their jupytext .py, committed without outputs, and they run.

Each exploration notebook is executed with papermill on the seed article (the report
notebook runs in tests/test_report.py through ``claimmap report``).
"""

from __future__ import annotations

from pathlib import Path

import jupytext
import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
SEED = NOTEBOOKS.parent / "seeds" / "000_970ebeb8bf9b266c.txt"
EXPLORATION = ["01_explore_article", "02_transfer_route", "03_claim_sources", "04_corpus"]
ALL = [*EXPLORATION, "report"]


def code_and_markdown(nb: nbformat.NotebookNode) -> list[tuple[str, str]]:
    return [(c.cell_type, c.source.strip()) for c in nb.cells]


@pytest.mark.parametrize("name", ALL)
def test_pair_is_in_sync_and_has_no_outputs(name: str) -> None:
    ipynb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    py = jupytext.read(NOTEBOOKS / f"{name}.py")
    assert code_and_markdown(ipynb) == code_and_markdown(py), f"run: jupytext --sync {name}.py"
    for cell in ipynb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, name
    params = [c for c in ipynb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1, f"{name}: one papermill parameters cell"
    assert ipynb.metadata["kernelspec"]["name"] == "python3"


def test_every_notebook_is_tested() -> None:
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == sorted(ALL)


@pytest.mark.slow
@pytest.mark.parametrize("name", EXPLORATION)
def test_notebook_runs_on_the_seed(name: str, tmp_path: Path) -> None:
    import papermill

    param = "corpus_path" if name == "04_corpus" else "article_path"
    value = str(SEED.parent if name == "04_corpus" else SEED)
    out = papermill.execute_notebook(
        str(NOTEBOOKS / f"{name}.ipynb"),
        str(tmp_path / f"{name}.ipynb"),
        parameters={param: value},
        kernel_name="python3",
        cwd=str(NOTEBOOKS),
        progress_bar=False,
    )
    outputs = [o for c in out.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "Gaziantep" in html and "Baku" in html  # the seed's route places reach the views
    if name != "04_corpus":
        assert "Russia says Nagorno-Karabakh could turn into launch pad for terrorists" in html
    assert 'class="cm-map-frame"' in html and "<script src=" not in html

"""pyproject.toml and environment.yml must pin the same packages at the same versions."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PIN = re.compile(r"^\s*-?\s*([A-Za-z0-9_.\-]+)==([^\s#]+)\s*$")


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pyproject_pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = list(project["dependencies"]) + [
        s for group in project["optional-dependencies"].values() for s in group
    ]
    pins = {}
    for spec in specs:
        match = PIN.match(spec)
        assert match, f"not an exact pin in pyproject.toml: {spec!r}"
        pins[_canonical(match[1])] = match[2]
    return pins


def environment_pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "environment.yml").read_text().splitlines():
        match = PIN.match(line)
        if match:
            pins[_canonical(match[1])] = match[2]
    return pins


def test_every_dependency_is_pinned_exactly() -> None:
    assert len(pyproject_pins()) >= 25


def test_environment_yml_matches_pyproject() -> None:
    assert environment_pins() == pyproject_pins()


def test_environment_yml_installs_the_kit_itself() -> None:
    assert "- -e ." in (ROOT / "environment.yml").read_text()

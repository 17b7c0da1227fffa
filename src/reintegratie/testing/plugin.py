"""The pytest plugin of :mod:`reintegratie`: fixtures and a collector of scenario files.

Installed with the package, pytest loads it through the ``pytest11`` entry point
(``-p no:reintegratie`` switches it off). It is cheap and import-safe: nothing
of :mod:`reintegratie` is imported before a fixture or a scenario needs it, and
nothing needs Hypothesis unless the ``hypothesis`` extra is installed.

What it gives:

* the fixtures ``reintegratie_kalender`` (the standard Atw working-day calendar)
  and ``maak_traject`` (:func:`reintegratie.testing.factories.maak_traject`);
* with Hypothesis installed (extra ``hypothesis``), the session fixture
  ``reintegratie_strategies``: the module :mod:`reintegratie.testing.strategies`;
* a collector for scenario files (:mod:`reintegratie.testing.scenario`): every file
  whose name ends in ``.scenario.json``, ``.scenario.yaml`` or ``.scenario.yml``
  becomes one test item per scenario; no other file is touched. JSON needs
  nothing; YAML needs PyYAML (extra ``scenarios``). The ini option
  ``reintegratie_scenarios = false`` turns the collector off.

A failing scenario reports a table of termijnen (code, expected date, actual
date, status, source); a malformed scenario fails with the file and the field; a
file that cannot be read at all is a collection error that says why.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from _pytest._code.code import TerminalRepr, TracebackStyle

    from reintegratie.kalender import Kalender
    from reintegratie.testing.scenario import OngeldigScenario, Scenario
    from reintegratie.traject import Traject

__all__ = [
    "ScenarioBestand",
    "ScenarioItem",
    "maak_traject",
    "pytest_addoption",
    "pytest_collect_file",
    "reintegratie_kalender",
]

#: File names ending in one of these are collected (see reintegratie.testing.scenario).
_ACHTERVOEGSELS = (".scenario.json", ".scenario.yaml", ".scenario.yml")
_INI = "reintegratie_scenarios"


def pytest_addoption(parser: pytest.Parser) -> None:
    """The ini option that switches the scenario collector off."""
    parser.addini(
        _INI,
        type="bool",
        default=True,
        help="collect reintegratie scenario files (*.scenario.json|yaml|yml); default true",
    )


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """A :class:`ScenarioBestand` for each scenario file, nothing for other files."""
    if not file_path.name.endswith(_ACHTERVOEGSELS):
        return None
    if not parent.config.getini(_INI):
        return None
    bestand: ScenarioBestand = ScenarioBestand.from_parent(parent, path=file_path)
    return bestand


class ScenarioBestand(pytest.File):
    """A scenario file: one :class:`ScenarioItem` per scenario."""

    def collect(self) -> Iterator[ScenarioItem]:
        from reintegratie.testing.scenario import lees_scenarios

        try:
            weergave = str(self.path.relative_to(self.config.rootpath))
        except ValueError:
            weergave = str(self.path)
        for scenario in lees_scenarios(self.path, weergave=weergave):
            yield ScenarioItem.from_parent(self, name=scenario.naam, scenario=scenario)

    def repr_failure(  # type: ignore[override]  # as pytest.Collector's own
        self, excinfo: pytest.ExceptionInfo[BaseException]
    ) -> str | TerminalRepr:
        from reintegratie.testing.scenario import ScenarioError

        if isinstance(excinfo.value, ScenarioError):
            return f"malformed scenario file: {excinfo.value}"
        return super().repr_failure(excinfo)


class ScenarioItem(pytest.Item):
    """One scenario: checks the engine's termijnen and findings against the expected ones."""

    def __init__(self, *, scenario: Scenario | OngeldigScenario, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.scenario = scenario

    def runtest(self) -> None:
        self.scenario.controleer()

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: TracebackStyle | None = None,
    ) -> str | TerminalRepr:
        from reintegratie.testing.scenario import ScenarioError, ScenarioMismatchError

        if isinstance(excinfo.value, ScenarioError):
            return f"malformed scenario: {excinfo.value}"
        if isinstance(excinfo.value, ScenarioMismatchError):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"scenario: {self.name}"


@pytest.fixture(scope="session")
def reintegratie_kalender() -> Kalender:
    """The standard Atw working-day calendar (:func:`reintegratie.standaard_kalender`)."""
    from reintegratie.kalender import standaard_kalender

    return standaard_kalender()


@pytest.fixture
def maak_traject() -> Callable[..., Traject]:
    """The factory :func:`reintegratie.testing.factories.maak_traject`."""
    from reintegratie.testing.factories import maak_traject as factory

    return factory


def _hypothesis_geinstalleerd() -> bool:
    try:
        return importlib.util.find_spec("hypothesis") is not None
    except (ImportError, ValueError):
        return False


if _hypothesis_geinstalleerd():

    @pytest.fixture(scope="session")
    def reintegratie_strategies() -> ModuleType:
        """:mod:`reintegratie.testing.strategies` (session-scoped, so it may be used with
        ``@given``)."""
        from reintegratie.testing import strategies

        return strategies

    __all__ += ["reintegratie_strategies"]

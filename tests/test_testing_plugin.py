"""The pytest plugin (reintegratie.testing.plugin), run the way a downstream project runs it.

Each test builds a small project with pytester and runs pytest in it: the plugin is
loaded through its ``pytest11`` entry point, as it is for every installed user.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import hypothesis
import pytest

# Imported once here, so that every in-process pytest run below finds them loaded
# (pytester restores sys.modules after each run: anything first imported inside one
# would be imported again by the next).
import reintegratie.testing.scenario
import reintegratie.testing.strategies

pytest_plugins = ["pytester"]
_VOORAF_GELADEN = (hypothesis, reintegratie.testing.scenario, reintegratie.testing.strategies)

SCENARIO = """\
naam: Uitgewerkt voorbeeld
dossier:
  eerste_ziektedag: 2025-10-01
verwacht:
  termijnen:
    probleemanalyse: 2025-11-11   # X+41
    melding_42e_week: 2026-07-22  # X+294, een werkdag
"""


def _run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest_inprocess("-p", "no:cacheprovider", *args)


class TestLaden:
    """The plugin is loaded by its entry point and can be switched off."""

    def test_fixtures(self, pytester: pytest.Pytester) -> None:
        """``reintegratie_kalender`` and ``maak_traject`` are there without any conftest."""
        pytester.makepyfile(
            test_hr="""
            from datetime import date
            import reintegratie as ri

            def test_kalender(reintegratie_kalender):
                assert reintegratie_kalender.is_feestdag(date(2026, 4, 27))
                assert reintegratie_kalender is ri.standaard_kalender()

            def test_factory(maak_traject):
                t = maak_traject(op_tijd=True, peildatum=date(2025, 12, 31))
                assert ri.toets(t, date(2025, 12, 31)) == ()
            """
        )
        _run(pytester).assert_outcomes(passed=2)

    def test_strategies_fixture(self, pytester: pytest.Pytester) -> None:
        """With Hypothesis installed, ``reintegratie_strategies`` works with ``@given``."""
        pytester.makepyfile(
            test_eigenschap="""
            from hypothesis import given, settings, strategies as st
            import reintegratie as ri

            @settings(max_examples=5)
            @given(st.data())
            def test_x(reintegratie_strategies, data):
                t = data.draw(reintegratie_strategies.trajecten(onderdelen=False))
                assert all(tl.eerste_ziektedag for tl in ri.tijdlijnen(t))
            """
        )
        _run(pytester).assert_outcomes(passed=1)

    def test_switched_off(self, pytester: pytest.Pytester) -> None:
        """``-p no:reintegratie`` removes fixtures and collector alike."""
        pytester.makefile(".scenario.yaml", voorbeeld=SCENARIO)
        pytester.makepyfile(test_hr="def test_x(maak_traject): pass")
        uitslag = _run(pytester, "-p", "no:reintegratie")
        uitslag.assert_outcomes(errors=1)
        uitslag.stdout.fnmatch_lines(["*fixture 'maak_traject' not found*"])

    def test_ini_switches_collector_off(self, pytester: pytest.Pytester) -> None:
        """``reintegratie_scenarios = false`` leaves scenario files alone."""
        pytester.makefile(".scenario.yaml", voorbeeld=SCENARIO)
        pytester.makeini("[pytest]\nreintegratie_scenarios = false\n")
        uitslag = _run(pytester)
        assert uitslag.ret == pytest.ExitCode.NO_TESTS_COLLECTED

    def test_other_files_untouched(self, pytester: pytest.Pytester) -> None:
        """Other YAML and JSON files are not collected (nor broken ones read)."""
        pytester.makefile(".yaml", config="naam: [")
        pytester.makefile(".json", data="{not json")
        pytester.makefile(".scenario.txt", notities="x")
        assert _run(pytester).ret == pytest.ExitCode.NO_TESTS_COLLECTED


class TestScenarios:
    """Scenario files become one item per scenario."""

    def test_passing(self, pytester: pytest.Pytester) -> None:
        """A YAML scenario and a JSON scenario file with two scenarios: three items."""
        pytester.makefile(".scenario.yaml", voorbeeld=SCENARIO)
        twee = {
            "scenarios": [
                {
                    "naam": naam,
                    "toelichting": "X = 1 okt 2025; ziekmelding op X",
                    "dossier": {"eerste_ziektedag": "2025-10-01"},
                    "verwacht": {"termijnen": {"ziekmelding": "2025-10-01"}},
                }
                for naam in ("een", "twee")
            ]
        }
        pytester.makefile(".scenario.json", meer=json.dumps(twee))
        uitslag = _run(pytester, "-v")
        uitslag.assert_outcomes(passed=3)
        uitslag.stdout.fnmatch_lines(
            [
                "*meer.scenario.json::een PASSED*",
                "*meer.scenario.json::twee PASSED*",
                "*voorbeeld.scenario.yaml::Uitgewerkt voorbeeld PASSED*",
            ]
        )

    def test_failing_shows_a_table(self, pytester: pytest.Pytester) -> None:
        """A wrong date fails with code, expected, actual, status and source; no traceback."""
        pytester.makefile(".scenario.yaml", voorbeeld=SCENARIO.replace("2025-11-11", "2025-11-12"))
        uitslag = _run(pytester)
        uitslag.assert_outcomes(failed=1)
        uitslag.stdout.fnmatch_lines(
            [
                "*scenario: Uitgewerkt voorbeeld*",
                "scenario 'Uitgewerkt voorbeeld': 1 of 2 termijnen differ",
                "  (voorbeeld.scenario.yaml; peildatum none, telwijze einde_week, *2025-10-01)",
                "*code*expected*actual*status*source",
                "*✗  probleemanalyse   2025-11-12  2025-11-11  open    Regeling procesgang*",
                "*✓  melding_42e_week  2026-07-22  2026-07-22  open    ZW art. 38 lid 1*",
            ]
        )
        assert "Traceback" not in uitslag.stdout.str()
        assert "site-packages" not in uitslag.stdout.str()

    def test_malformed_scenario(self, pytester: pytest.Pytester) -> None:
        """A malformed scenario fails with file and field; its neighbours still run."""
        pytester.makefile(
            ".scenario.yaml",
            twee=textwrap.dedent(
                """\
                scenarios:
                  - naam: kapot
                    dossier: {eerste_ziektedag: 2025-10-01}
                    verwacht: {termijnen: {probleemanalyse: 11-11-2025}}
                  - naam: heel
                    dossier: {eerste_ziektedag: 2025-10-01}
                    verwacht: {termijnen: {probleemanalyse: 2025-11-11}}
                """
            ),
        )
        uitslag = _run(pytester)
        uitslag.assert_outcomes(failed=1, passed=1)
        uitslag.stdout.fnmatch_lines(
            [
                "malformed scenario: twee.scenario.yaml: "
                "scenarios[0].verwacht.termijnen.probleemanalyse: "
                "expected a date YYYY-MM-DD, got text '11-11-2025'",
            ]
        )
        assert "Traceback" not in uitslag.stdout.str()

    def test_unreadable_file(self, pytester: pytest.Pytester) -> None:
        """A file that is not YAML at all is a collection error that says where."""
        pytester.makefile(".scenario.yaml", kapot="naam: [\n")
        uitslag = _run(pytester)
        uitslag.assert_outcomes(errors=1)
        uitslag.stdout.fnmatch_lines(
            ["malformed scenario file: kapot.scenario.yaml: line *, column *: invalid YAML: *"]
        )

    def test_yaml_without_pyyaml(self, pytester: pytest.Pytester) -> None:
        """Without PyYAML, YAML files name the extra to install; JSON files still run."""
        pytester.makeconftest("import sys\nsys.modules['yaml'] = None\n")
        pytester.makefile(".scenario.yaml", voorbeeld=SCENARIO)
        document = {
            "naam": "json",
            "dossier": {"eerste_ziektedag": "2025-10-01"},
            "verwacht": {"termijnen": {"ziekmelding": "2025-10-01"}},
        }
        pytester.makefile(".scenario.json", json_werkt=json.dumps(document))
        uitslag = _run(pytester, "--continue-on-collection-errors")
        uitslag.assert_outcomes(passed=1, errors=1)
        uitslag.stdout.fnmatch_lines(["*needs PyYAML*pip install 'reintegratie?scenarios?'*"])

    def test_findings(self, pytester: pytest.Pytester) -> None:
        """Findings are compared on the peildatum."""
        pytester.makefile(
            ".scenario.yaml",
            bevindingen=textwrap.dedent(
                """\
                naam: vergeten
                dossier: {eerste_ziektedag: 2025-10-01}
                peildatum: 2025-10-08
                verwacht:
                  bevindingen:
                    - {code: ziekmelding, ernst: waarschuwing}
                    - {code: melding_bedrijfsarts, ernst: waarschuwing, datum: 2025-10-07}
                """
            ),
        )
        _run(pytester).assert_outcomes(passed=1)


class TestDocs:
    """The downstream example of docs/testing.md runs, and passes."""

    def test_downstream_example(self, pytester: pytest.Pytester) -> None:
        """Every code block of the page that starts with ``# <path>`` is a file of the
        example project; pytest in that project passes them all."""
        pagina = Path(__file__).parent.parent / "docs" / "testing.md"
        blokken = re.findall(
            r"```(?:python|toml|yaml)\n# (\S+)\n(.*?)```", pagina.read_text(), re.S
        )
        bestanden = dict(blokken)
        assert set(bestanden) == {
            "pyproject.toml",
            "hr_systeem.py",
            "tests/test_deadlines.py",
            "tests/test_eigenschappen.py",
            "tests/scenarios/ons_beleid.scenario.yaml",
        }
        for pad, inhoud in bestanden.items():
            doel = pytester.path / pad
            doel.parent.mkdir(parents=True, exist_ok=True)
            doel.write_text(inhoud, encoding="utf-8")
        uitslag = _run(pytester, "-v")
        uitslag.assert_outcomes(passed=8)
        uitslag.stdout.fnmatch_lines(
            [
                "*ons_beleid.scenario.yaml::Koningsdag schuift de 42e-weekmelding PASSED*",
                "*ons_beleid.scenario.yaml::Plan van aanpak vergeten PASSED*",
            ]
        )

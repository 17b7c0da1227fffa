"""Reading and checking scenario files (reintegratie.testing.scenario, issue 6).

A malformed file or scenario is a ScenarioError that names the file and the
field; a scenario the engine does not meet fails with a table of differences.
"""

from __future__ import annotations

import json
import textwrap
from datetime import date
from pathlib import Path

import pytest

import reintegratie as ri
from reintegratie.testing import plugin
from reintegratie.testing.scenario import (
    ACHTERVOEGSELS,
    OngeldigScenario,
    Scenario,
    ScenarioError,
    ScenarioMismatchError,
    is_scenariobestand,
    lees_scenarios,
)

GOED = """\
naam: goed
dossier:
  eerste_ziektedag: 2025-10-01
verwacht:
  termijnen:
    probleemanalyse: 2025-11-11
"""


def _schrijf(tmp_path: Path, tekst: str, naam: str = "x.scenario.yaml") -> Path:
    pad = tmp_path / naam
    pad.write_text(textwrap.dedent(tekst), encoding="utf-8")
    return pad


def _enig(tmp_path: Path, tekst: str, naam: str = "x.scenario.yaml") -> Scenario:
    [scenario] = lees_scenarios(_schrijf(tmp_path, tekst, naam))
    assert isinstance(scenario, Scenario), scenario
    return scenario


class TestLezen:
    """Well-formed files."""

    def test_yaml(self, tmp_path: Path) -> None:
        """A YAML scenario: the dossier, the expectations, the defaults."""
        s = _enig(tmp_path, GOED)
        assert s.naam == "goed"
        assert s.traject.eerste_ziektedag == date(2025, 10, 1)
        assert s.traject.werknemer == "W-001"
        assert s.traject.betrokkenen[0].id == "CM-1"
        assert s.telwijze is ri.Telwijze.EINDE_WEEK
        assert s.peildatum is None
        [t] = s.termijnen
        assert (t.code, t.volgnummer, t.uiterlijk) == ("probleemanalyse", 1, date(2025, 11, 11))
        s.controleer()

    def test_json_enveloped(self, tmp_path: Path) -> None:
        """A JSON scenario with an enveloped dossier, as to_dict writes it."""
        traject = ri.Traject(
            werknemer="W-7",
            werkgever="WG",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),),
        )
        document = {
            "naam": "json",
            "toelichting": ["regel 1", "regel 2"],
            "dossier": ri.to_dict(traject),
            "peildatum": "2025-11-12",
            "telwijze": "eerste_dag_na",
            "verwacht": {
                "termijnen": {"probleemanalyse": {"uiterlijk": "2025-11-12", "status": "open"}},
                "bevindingen": ["ziekmelding", {"code": "melding_bedrijfsarts"}],
            },
        }
        s = _enig(tmp_path, json.dumps(document), "x.scenario.json")
        assert s.traject == traject
        assert s.toelichting == "regel 1\nregel 2"
        assert s.telwijze is ri.Telwijze.EERSTE_DAG_NA
        s.controleer()

    def test_several(self, tmp_path: Path) -> None:
        """``scenarios:`` holds several, in order."""
        tekst = "scenarios:\n" + textwrap.indent(
            GOED.replace("naam: goed", "- naam: een") + GOED.replace("naam: goed", "- naam: twee"),
            "  ",
        ).replace("  - naam", "- naam")
        namen = [s.naam for s in lees_scenarios(_schrijf(tmp_path, tekst))]
        assert namen == ["een", "twee"]

    def test_recurring_and_list(self, tmp_path: Path) -> None:
        """``code#n`` and a list of all of a code; the count of a list is checked."""
        s = _enig(
            tmp_path,
            """\
            naam: evaluaties
            dossier: {eerste_ziektedag: 2025-10-01, laatste_ziektedag: 2026-02-20}
            verwacht:
              termijnen:
                evaluatie#2: 2026-02-17
                plan_van_aanpak: {uiterlijk: 2025-11-25}
                ziekmelding: {status: open}
            """,
        )
        s.controleer()
        s2 = _enig(
            tmp_path,
            """\
            naam: evaluaties
            dossier: {eerste_ziektedag: 2025-10-01, laatste_ziektedag: 2026-02-20}
            verwacht:
              termijnen:
                evaluatie: [2026-01-06]
            """,
        )
        with pytest.raises(ScenarioMismatchError, match=r"evaluatie \(count\)\s+1\s+2"):
            s2.controleer()

    def test_shorthand_events_any_order(self, tmp_path: Path) -> None:
        """Shorthand events may come in any order."""
        s = _enig(
            tmp_path,
            """\
            naam: volgorde
            dossier:
              eerste_ziektedag: 2025-10-01
              gebeurtenissen:
                - {soort: plan_van_aanpak, datum: 2025-11-20, casemanager: CM-1}
                - {soort: probleemanalyse, datum: 2025-11-04}
            verwacht:
              termijnen:
                plan_van_aanpak: {uiterlijk: 2025-11-18, status: te_laat}
            """,
        )
        s.controleer()

    def test_file_names(self) -> None:
        """Only *.scenario.json|yaml|yml are scenario files; the plugin agrees."""
        assert is_scenariobestand(Path("a/b.scenario.yml"))
        assert not is_scenariobestand("b.scenario.txt")
        assert not is_scenariobestand("scenario.yaml")
        assert plugin._ACHTERVOEGSELS == ACHTERVOEGSELS


class TestRapport:
    """A failing scenario reports a readable table."""

    def test_table(self, tmp_path: Path) -> None:
        """Code, expected date, actual date, status and the rule's source, per termijn."""
        s = _enig(
            tmp_path,
            """\
            naam: fout
            dossier: {eerste_ziektedag: 2025-10-01}
            verwacht:
              termijnen:
                probleemanalyse: 2025-11-12
                melding_42e_week: {uiterlijk: 2026-07-22, status: gehaald}
                wia_aanvraag: 2027-07-13
            """,
        )
        with pytest.raises(ScenarioMismatchError) as fout:
            s.controleer()
        regels = str(fout.value).splitlines()
        assert regels[0] == "scenario 'fout': 2 of 3 termijnen differ"
        assert "x.scenario.yaml" in regels[1]
        assert regels[3].split() == ["code", "expected", "actual", "status", "source"]
        pa = next(r for r in regels if "probleemanalyse" in r)
        assert pa.split()[:5] == ["✗", "probleemanalyse", "2025-11-12", "2025-11-11", "open"]
        assert "Regeling procesgang eerste en tweede ziektejaar art. 2 lid 2" in pa
        melding = next(r for r in regels if "melding_42e_week" in r)
        assert "open (expected gehaald)" in melding
        assert next(r for r in regels if "wia_aanvraag" in r).split()[0] == "✓"

    def test_findings(self, tmp_path: Path) -> None:
        """Missing and unexpected findings, with ernst, date and source."""
        s = _enig(
            tmp_path,
            """\
            naam: bevindingen
            dossier: {eerste_ziektedag: 2025-10-01}
            peildatum: 2025-10-20
            verwacht:
              bevindingen:
                - {code: ziekmelding, ernst: overtreding}
            """,
        )
        with pytest.raises(ScenarioMismatchError) as fout:
            s.controleer()
        tekst = str(fout.value)
        assert "3 findings differ" in tekst
        assert "missing     ziekmelding           overtreding" in tekst
        assert (
            "unexpected  ziekmelding           waarschuwing  2025-10-01  "
            "the employer's verzuimvoorschriften" in tekst
        )
        assert "unexpected melding_bedrijfsarts: " in tekst

    def test_findings_geen(self, tmp_path: Path) -> None:
        """``geen``: nothing expected."""
        s = _enig(
            tmp_path,
            """\
            naam: niets
            dossier: {eerste_ziektedag: 2025-10-01}
            peildatum: 2025-10-01
            verwacht: {bevindingen: geen}
            """,
        )
        s.controleer()

    def test_volledig(self, tmp_path: Path) -> None:
        """``volledig``: any termijn not expected is a difference."""
        s = _enig(
            tmp_path,
            """\
            naam: volledig
            dossier: {eerste_ziektedag: 2025-10-01, laatste_ziektedag: 2025-10-05}
            verwacht:
              volledig: true
              termijnen: {ziekmelding: 2025-10-01}
            """,
        )
        with pytest.raises(ScenarioMismatchError, match=r"melding_bedrijfsarts\s+\(not expected\)"):
            s.controleer()

    def test_geval_out_of_range(self, tmp_path: Path) -> None:
        """Asking for a case the dossier does not have fails the scenario."""
        s = _enig(
            tmp_path,
            """\
            naam: geval
            dossier: {eerste_ziektedag: 2025-10-01}
            geval: 2
            verwacht: {termijnen: {ziekmelding: 2025-10-01}}
            """,
        )
        with pytest.raises(ScenarioMismatchError, match="geval 2 asked, but the dossier has 1"):
            s.controleer()


MALFORMED = [
    ("naam: x\nverwacht: {termijnen: {}}\n", "dossier: missing (required)"),
    (GOED.replace("naam: goed\n", ""), "naam: missing (required)"),
    (GOED + "peildatun: 2025-10-01\n", "peildatun: unknown field; expected one of "),
    (GOED.replace("2025-11-11", "11-11-2025"), "verwacht.termijnen.probleemanalyse: expected a "),
    (GOED.replace("2025-11-11", "2025-11-31"), "'2025-11-31' is not a calendar date"),
    (GOED.replace("probleemanalyse:", "probleemanalyze:"), "unknown termijn code 'probleem"),
    (GOED.replace("probleemanalyse:", "evaluatie#0:"), "expected code#n with n a whole"),
    (
        GOED.replace("2025-11-11", "{uiterlijk: 2025-11-11, status: klaar}"),
        "termijnen.probleemanalyse.status: expected one of open, gehaald",
    ),
    (
        GOED.replace("2025-11-11", "{datum: 2025-11-11}"),
        "termijnen.probleemanalyse.datum: unknown field",
    ),
    (GOED + "telwijze: week\n", "telwijze: expected one of einde_week, eerste_dag_na"),
    (GOED + "geval: 0\n", "geval: expected a whole number from 1"),
    (GOED + "extra_feestdagen: 2026-05-15\n", "extra_feestdagen: expected a list of dates"),
    (
        GOED.replace("  termijnen:\n    probleemanalyse: 2025-11-11\n", "  bevindingen: geen\n"),
        "verwacht.bevindingen: findings are judged on a peildatum",
    ),
    (
        GOED.replace("  termijnen:\n    probleemanalyse: 2025-11-11\n", "  volledig: true\n"),
        "verwacht: expected termijnen, bevindingen or both",
    ),
    (
        GOED.replace(
            "eerste_ziektedag: 2025-10-01", "eerste_ziektedag: 2025-10-01\n  ziekteperioden: []"
        ),
        "dossier.eerste_ziektedag: give eerste_ziektedag",
    ),
    (
        GOED.replace(
            "eerste_ziektedag: 2025-10-01",
            "eerste_ziektedag: 2025-10-01\n"
            "  gebeurtenissen: [{soort: probleemanalyse, datum: 2025-09-01}]",
        ),
        "dossier.gebeurtenissen[0].datum: probleemanalyse on 2025-09-01 precedes",
    ),
    (
        GOED.replace(
            "eerste_ziektedag: 2025-10-01",
            "eerste_ziektedag: 2025-10-01\n  gebeurtenissen: [{soort: ziek, datum: 2025-10-01}]",
        ),
        "dossier.gebeurtenissen[0]",
    ),
    (
        GOED.replace("eerste_ziektedag: 2025-10-01", "eerste_ziektedag: 2025-10-01\n  werknemr: W"),
        "dossier",
    ),
    (
        GOED.replace("dossier:\n  eerste_ziektedag: 2025-10-01", "dossier: W-1"),
        "dossier: expected a traject (a mapping), got text",
    ),
    (
        GOED.replace(
            "  termijnen:\n    probleemanalyse: 2025-11-11\n",
            "  bevindingen: [{ernst: overtreding}]\n",
        )
        + "peildatum: 2025-12-01\n",
        "verwacht.bevindingen[0].code: missing (required)",
    ),
]


class TestMisvormd:
    """Malformed scenarios fail with the file and the field, not a deep traceback."""

    @pytest.mark.parametrize(("tekst", "melding"), MALFORMED)
    def test_message(self, tmp_path: Path, tekst: str, melding: str) -> None:
        """The scenario comes back as an OngeldigScenario whose error names the field."""
        [s] = lees_scenarios(_schrijf(tmp_path, tekst))
        assert isinstance(s, OngeldigScenario)
        assert str(s.fout).startswith("x.scenario.yaml: ") or str(tmp_path) in str(s.fout)
        assert melding in str(s.fout)
        with pytest.raises(ScenarioError):
            s.controleer()

    def test_enveloped_dossier_field(self, tmp_path: Path) -> None:
        """In an enveloped dossier the path runs through ``data``."""
        document = {
            "naam": "env",
            "dossier": {"schema": "reintegratie/traject", "versie": 1, "data": {"werknemer": ""}},
            "verwacht": {"termijnen": {"ziekmelding": "2025-10-01"}},
        }
        [s] = lees_scenarios(_schrijf(tmp_path, json.dumps(document), "x.scenario.json"))
        assert isinstance(s, OngeldigScenario)
        assert "dossier.data." in str(s.fout)

    def test_others_still_read(self, tmp_path: Path) -> None:
        """One malformed scenario does not hide the others of its file."""
        tekst = """\
scenarios:
  - naam: kapot
    dossier: {eerste_ziektedag: 2025-10-01}
    verwacht: {termijnen: {ziekmelding: gisteren}}
  - naam: heel
    dossier: {eerste_ziektedag: 2025-10-01}
    verwacht: {termijnen: {ziekmelding: 2025-10-01}}
  - naam: heel
    dossier: {eerste_ziektedag: 2025-10-01}
    verwacht: {termijnen: {ziekmelding: 2025-10-01}}
"""
        kapot, heel, dubbel = lees_scenarios(_schrijf(tmp_path, tekst))
        assert isinstance(kapot, OngeldigScenario)
        assert kapot.naam == "kapot"
        assert "scenarios[0].verwacht.termijnen.ziekmelding" in str(kapot.fout)
        assert isinstance(heel, Scenario)
        assert isinstance(dubbel, OngeldigScenario)
        assert "scenarios[2].naam: 'heel' is used twice" in str(dubbel.fout)
        assert dubbel.naam == "heel (scenarios[2])"

    @pytest.mark.parametrize(
        ("naam", "tekst", "melding"),
        [
            ("x.scenario.yaml", "naam: [\n", "x.scenario.yaml: line "),
            ("x.scenario.yaml", "- 1\n- 2\n", "expected a scenario (a mapping), got a list"),
            ("x.scenario.yaml", GOED + "naam: twee\n", "line 7: key 'naam' given twice"),
            ("x.scenario.json", '{"naam": 1,', "x.scenario.json: line 1, column 12: invalid JSON"),
            ("x.scenario.json", '{"naam": "a", "naam": "b"}', "key 'naam' given twice"),
            ("x.scenario.yaml", "scenarios: []\n", "scenarios: expected a list of scenarios"),
            ("x.scenario.yaml", "scenarios: [1]\nnaam: x\n", "naam: unknown field"),
        ],
    )
    def test_whole_file(self, tmp_path: Path, naam: str, tekst: str, melding: str) -> None:
        """A file that cannot be read as a whole raises ScenarioError."""
        with pytest.raises(ScenarioError) as fout:
            lees_scenarios(_schrijf(tmp_path, tekst, naam), weergave=naam)
        assert melding in str(fout.value)

    def test_yaml_without_pyyaml(self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without PyYAML a YAML file says which extra to install; JSON still works."""
        import sys

        monkeypatch.setitem(sys.modules, "yaml", None)
        with pytest.raises(ScenarioError, match=r"reintegratie\[scenarios\]"):
            lees_scenarios(_schrijf(tmp_path, GOED))
        document = {
            "naam": "j",
            "dossier": {"eerste_ziektedag": "2025-10-01"},
            "verwacht": {"termijnen": {"ziekmelding": "2025-10-01"}},
        }
        [s] = lees_scenarios(_schrijf(tmp_path, json.dumps(document), "j.scenario.json"))
        assert isinstance(s, Scenario)

"""The command line: output, exit codes and one-line errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from reintegratie.cli import main
from reintegratie.regels.referentie import regelpagina

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _run(*args: str) -> tuple[int, str]:
    uit = io.StringIO()
    code = main(list(args), uit)
    return code, uit.getvalue()


class TestTijdlijn:
    """`reintegratie tijdlijn --eerste-ziektedag`."""

    def test_tabel_met_werkvoorbeeld(self):
        """The worked example (X = Wed 1 Oct 2025, as in README.md) appears in the table."""
        code, uit = _run("tijdlijn", "--eerste-ziektedag", "2025-10-01")
        assert code == 0
        regels = {r.split()[2]: r.split()[0] for r in uit.splitlines()[2:]}
        # X + 41 = Tue 11 Nov 2025; +14 = Tue 25 Nov; X + 294 = Wed 22 Jul 2026;
        # X + 727 = Tue 28 Sep 2027; - 77 = Tue 13 Jul 2027.
        assert regels["probleemanalyse"] == "2025-11-11"
        assert regels["plan_van_aanpak"] == "2025-11-25"
        assert regels["melding_42e_week"] == "2026-07-22"
        assert regels["einde_wachttijd"] == "2027-09-28"
        assert regels["wia_aanvraag"] == "2027-07-13"

    def test_andere_telwijze(self):
        """--telwijze eerste_dag_na puts the probleemanalyse on X + 42."""
        _, uit = _run("tijdlijn", "--eerste-ziektedag", "2025-10-01", "--telwijze", "eerste_dag_na")
        assert "2025-11-12 Wed  probleemanalyse" in uit

    def test_geen_datum_is_fout(self, capsys):
        """Neither a dossier nor a first sick day: exit 2 with a one-line error."""
        code, _ = _run("tijdlijn")
        assert code == 2
        fout = capsys.readouterr().err
        assert fout.count("\n") == 1
        assert fout.startswith("reintegratie: error:")

    def test_ongeldige_datum(self, capsys):
        """An impossible date: exit 2, the message names the argument, no traceback."""
        code, _ = _run("tijdlijn", "--eerste-ziektedag", "2025-13-01")
        assert code == 2
        fout = capsys.readouterr().err
        assert "--eerste-ziektedag" in fout
        assert "Traceback" not in fout

    def test_onbekende_opdracht(self, capsys):
        """An unknown subcommand: exit 2 with one line."""
        assert _run("vliegen")[0] == 2
        assert capsys.readouterr().err.count("\n") == 1


class TestDemo:
    """`reintegratie demo`."""

    def test_alle_voorbeelden(self):
        """Every sample dossier is printed with its timeline and findings; exit 0."""
        code, uit = _run("demo")
        assert code == 0
        for naam in (
            "docent-eigen-werk",
            "docent-wederzijds-goedvinden",
            "spoor2-werkervaringsplaats",
            "jobcoach-leerdoelen",
        ):
            assert f"({naam})" in uit
        # The spoor 2 dossier's 42nd-week report was 7 days late (due Mon 23 Dec 2024,
        # X = Mon 4 Mar 2024 + 294; done Mon 30 Dec 2024): a fine of the EUR 230 step (7 to
        # 27 days late), no extension of loondoorbetaling.
        assert "[overtreding] melding_42e_week" in uit
        assert "EUR 230" in uit


class TestRegels:
    """`reintegratie regels` and the generated reference page."""

    def test_tabel(self):
        """The rule table lists every code with its source."""
        code, uit = _run("regels")
        assert code == 0
        assert "| `melding_42e_week` |" in uit
        assert "ZW art. 38 lid 1" in uit

    def test_docs_pagina_is_actueel(self):
        """docs/regels.md is exactly what the rule data generates (regenerate with
        `reintegratie regels --pagina > docs/regels.md`)."""
        assert (DOCS / "regels.md").read_text(encoding="utf-8") == regelpagina()


@pytest.mark.parametrize("peildatum", ["2026-13-01", "gisteren"])
def test_toets_ongeldige_peildatum(peildatum, capsys, tmp_path):
    """A bad --peildatum: exit 2, one line."""
    dossier = tmp_path / "d.json"
    dossier.write_text("{}", encoding="utf-8")
    assert _run("toets", str(dossier), "--peildatum", peildatum)[0] == 2
    assert capsys.readouterr().err.count("\n") == 1

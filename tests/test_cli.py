"""The command line: output, exit codes and one-line errors."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import reintegratie as ri
from reintegratie.cli import main
from reintegratie.regels.referentie import regelpagina, wetswijzigingen
from reintegratie.testing.factories import maak_traject

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


class TestRegelsJson:
    """`reintegratie regels --json` (and `--wijzigingen --json`): the rule set in force on a
    date as data, for pipelines."""

    @staticmethod
    def _regels(*args: str) -> dict[str, Any]:
        code, uit = _run("regels", "--json", *args)
        assert code == 0
        assert uit.count("\n") == 1  # one JSON document on one line
        document: dict[str, Any] = json.loads(uit)
        return document

    def test_42e_week_als_gegevens(self):
        """The 42nd-week report: ZW art. 38 lid 1, "uiterlijk de eerste werkdag na de 42e
        week" (uwv.nl, ziek melden bij UWV). 42 weeks are 42 × 7 = 294 days, so the report
        is due on sick day 295, moved to the next working day; in force since the law of
        1 November 2008 (Stb. 2008, 414). All of it as data, not prose."""
        document = self._regels("--op", "2026-01-01")
        assert (document["jurisdictie"], document["op"]) == ("nl", "2026-01-01")
        regel = next(r for r in document["regels"] if r["code"] == "melding_42e_week")
        assert regel["anker"] == {"klasse": "Ziektedag", "dag": 295}
        assert regel["verschuiving"] == "volgende_werkdag"
        assert regel["geldig_vanaf"] == "2008-11-01"
        assert regel["geldig_tot"] is None
        assert regel["bron"].startswith("ZW art. 38 lid 1")
        assert regel["telt_vanaf"] == "sick day 295"

    def test_probleemanalyse_laatste_van_twee_ankers(self):
        """The probleemanalyse: within six weeks (6 × 7 = 42 days: sick day 42), or at once
        when long absence only becomes expected later (Regeling procesgang art. 2 lid 2
        and 3): the later of the two, nested as data."""
        regel = next(
            r
            for r in self._regels("--op", "2026-01-01")["regels"]
            if r["code"] == "probleemanalyse"
        )
        assert regel["anker"] == {
            "klasse": "Laatste",
            "ankers": [
                {"klasse": "Ziektedag", "dag": 42},
                {
                    "klasse": "NaFeit",
                    "feit": "dreigend_langdurig_verzuim",
                    "dagen": 0,
                    "anders": None,
                },
            ],
        }

    def test_alleen_de_regels_die_op_de_dag_gelden(self):
        """Flemish rules: the employer's request after 3 months of incapacity (Codex
        welzijn op het werk art. I.4-73 §1) has a variant up to 2025-12-31 and, from
        1 January 2026 (RIT 3.0), one that also counts from the worker's consent. On
        2025-12-31 only the first applies, on 2026-01-01 only the second: the day the
        regime changes."""
        oud = [
            r
            for r in self._regels("--jurisdictie", "vl", "--op", "2025-12-31")["regels"]
            if r["code"] == "verzoek_werkgever"
        ]
        nieuw = [
            r
            for r in self._regels("--jurisdictie", "vl", "--op", "2026-01-01")["regels"]
            if r["code"] == "verzoek_werkgever"
        ]
        assert [(r["geldig_vanaf"], r["geldig_tot"]) for r in oud] == [("2022-10-01", "2025-12-31")]
        assert [(r["geldig_vanaf"], r["geldig_tot"]) for r in nieuw] == [("2026-01-01", None)]
        assert {
            "klasse": "NaFeit",
            "feit": "instemming_reintegratie",
            "dagen": 0,
            "anders": None,
        } in (nieuw[0]["anker"]["ankers"])

    def test_zonder_op_elke_regel_met_zijn_data(self):
        """Without --op, every rule of the set, each with its validity dates."""
        document = self._regels()
        assert document["op"] is None
        assert len(document["regels"]) == len(ri.poortwachter_regels())
        assert all("geldig_vanaf" in r and "bron" in r for r in document["regels"])

    def test_wijzigingen_als_json(self):
        """--wijzigingen --json: every dated change, oldest first, as the Markdown page has
        them; the first is the start of the modelled Dutch law on 2005-12-29."""
        code, uit = _run("regels", "--wijzigingen", "--json")
        assert code == 0
        lijst = json.loads(uit)["wijzigingen"]
        assert len(lijst) == len(wetswijzigingen())
        assert lijst[0]["datum"] == "2005-12-29"
        assert [w["datum"] for w in lijst] == sorted(w["datum"] for w in lijst)

    def test_pagina_met_json_is_een_invoerfout(self, capsys):
        """--pagina is a Markdown page: with --json, exit 2 and one line."""
        code, _ = _run("regels", "--pagina", "--json")
        assert code == 2
        assert capsys.readouterr().err.count("\n") == 1

    def test_datum_buiten_het_bereik_exit_2(self, capsys):
        """--op before 1900 is outside the dates the library computes: exit 2, one line."""
        code, _ = _run("regels", "--json", "--op", "1800-01-01")
        assert code == 2
        assert "1800-01-01" in capsys.readouterr().err

    @pytest.mark.parametrize("commando", ["tijdlijn", "toets", "rollen", "ical", "regels", "demo"])
    def test_elk_commando_heeft_json(self, commando, capsys):
        """Every subcommand offers --json."""
        with pytest.raises(SystemExit):
            main([commando, "--help"], io.StringIO())
        assert "--json" in capsys.readouterr().out

    def test_ical_json(self, tmp_path):
        """ical --json: the calendar as a string with its name and size."""
        pad = tmp_path / "d.json"
        pad.write_text(ri.to_json(maak_traject(date(2025, 10, 1))), encoding="utf-8")
        code, uit = _run("ical", str(pad), "--json", "--naam", "Verzuim")
        assert code == 0
        document = json.loads(uit)
        assert (document["naam"], document["trajecten"]) == ("Verzuim", 1)
        assert document["ical"].startswith("BEGIN:VCALENDAR")

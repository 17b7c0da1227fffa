"""``reintegratie caseload FILE``: the KPI report as text, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import reintegratie as ri
from reintegratie.cli import main
from reintegratie.serialisatie import schrijf_jsonl


def _bestand(tmp_path):
    # Two dossiers. W-1: sick from Monday 6 January 2025, a loonsanctie of 12 weeks on
    # 1 September 2025; W-2: sick 3..14 March 2025, recovered. The span of the file runs
    # from the earliest first sick day (2025-01-06) to the latest date recorded in it
    # (the loonsanctie, 2025-09-01).
    t1 = ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 1, 6)),),
        gebeurtenissen=(
            ri.Ziekmelding(datum=date(2025, 1, 6)),
            ri.Loonsanctie(datum=date(2025, 9, 1), weken=12),
        ),
    )
    t2 = ri.Traject(
        werknemer="W-2",
        werkgever="WG",
        ziekteperioden=(
            ri.Ziekteperiode(eerste_dag=date(2025, 3, 3), laatste_dag=date(2025, 3, 14)),
        ),
    )
    pad = tmp_path / "caseload.jsonl"
    schrijf_jsonl([t1, t2], pad)
    return pad


def test_tekst(tmp_path):
    uit = io.StringIO()
    assert main(["caseload", str(_bestand(tmp_path))], uit) == 0
    tekst = uit.getvalue()
    assert tekst.startswith("caseload 2025-01-06 .. 2025-09-01 (as of 2025-09-02)\n")
    assert "loonsancties: 1 in 1 trajecten (50%), 12 weeks" in tekst


def test_json(tmp_path):
    uit = io.StringIO()
    pad = _bestand(tmp_path)
    assert (
        main(["caseload", str(pad), "--json", "--van", "2025-01-01", "--tot", "2025-12-31"], uit)
        == 0
    )
    data = json.loads(uit.getvalue())
    assert data["periode"] == {"van": "2025-01-01", "tot": "2025-12-31", "peildatum": "2026-01-01"}
    assert data["loonsancties"]["aantal"] == 1
    assert data["loonsancties"]["weken_totaal"] == 12
    assert data["loonsancties"]["aandeel"] == 0.5
    # W-1's probleemanalyse (sick day 42 = 2025-02-16, a Sunday, moved to Monday
    # 2025-02-17) is not recorded: missing. W-2 recovered on 14 March, after its own
    # deadline (sick day 42 = 13 April 2025) would have fallen: lapsed.
    assert data["probleemanalyse"]["gemist"] == 1
    assert data["probleemanalyse"]["vervallen"] == 1
    assert data["probleemanalyse"]["aandeel_gemist"] == 1.0


def test_csv(tmp_path):
    uit = io.StringIO()
    assert main(["caseload", str(_bestand(tmp_path)), "--csv"], uit) == 0
    rijen = list(csv.reader(io.StringIO(uit.getvalue())))
    assert rijen[0] == ["figuur", "maat", "waarde"]
    assert ["loonsancties", "met_sanctie", "1"] in rijen
    assert ["spoor_2", "mediaan_week", ""] in rijen  # no spoor 2: nothing to take a median of


def test_fouten(tmp_path, capsys):
    assert main(["caseload", str(tmp_path / "bestaat_niet.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err
    leeg = tmp_path / "leeg.jsonl"
    leeg.write_text("", encoding="utf-8")
    assert main(["caseload", str(leeg)]) == 2
    assert "--van and --tot" in capsys.readouterr().err
    slecht = tmp_path / "slecht.jsonl"
    slecht.write_text('{"schema": "reintegratie/traject", "versie": 2, "data": {}}\n', "utf-8")
    assert main(["caseload", str(slecht)]) == 2
    assert "line 1: data.werknemer" in capsys.readouterr().err
    assert main(["caseload", str(leeg), "--json", "--csv"]) == 2


def test_kolommen_en_objecten_geven_hetzelfde(tmp_path, monkeypatch):
    """With pyarrow the command reads the file into columns; the text, JSON and CSV are
    those of the strict object path (``--streng``, and the command without pyarrow)."""
    import pytest

    pytest.importorskip("pyarrow")
    import importlib.util

    from reintegratie.analyse import voorbeeldcaseload

    pad = tmp_path / "voorbeeld.jsonl"
    schrijf_jsonl(voorbeeldcaseload(150, seed=3), pad)
    for vorm in ([], ["--json"], ["--csv"], ["--van", "2025-07-01", "--tot", "2026-05-31"]):
        kolommen, streng = io.StringIO(), io.StringIO()
        assert main(["caseload", str(pad), *vorm], kolommen) == 0
        assert main(["caseload", str(pad), "--streng", *vorm], streng) == 0
        assert kolommen.getvalue() == streng.getvalue()
    streng = io.StringIO()
    assert main(["caseload", str(pad), "--csv", "--streng"], streng) == 0
    zoek = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda naam, *a: None if naam == "pyarrow" else zoek(naam, *a)
    )
    zonder = io.StringIO()  # without pyarrow: the object path
    assert main(["caseload", str(pad), "--csv"], zonder) == 0
    assert zonder.getvalue() == streng.getvalue()
    assert "probleemanalyse,op_tijd," in zonder.getvalue()


def test_verkeerd_gespeld_veld_stopt_de_opdracht(tmp_path, capsys):
    """A misspelled field is refused by the columnar reader as by ``--streng``: the error
    names the line and the field, and no report is printed (the events would have
    vanished from it)."""
    import pytest

    pytest.importorskip("pyarrow")
    pad = _bestand(tmp_path)
    regels = pad.read_text("utf-8").splitlines()
    regels[1] = regels[1].replace('"ziekteperioden"', '"ziekteperiodes"')
    pad.write_text("\n".join(regels) + "\n", "utf-8")
    for extra in ([], ["--streng"]):
        uit = io.StringIO()
        assert main(["caseload", str(pad), *extra], uit) == 2
        assert uit.getvalue() == ""
        assert "line 2: data.ziekteperiodes: unknown field" in capsys.readouterr().err


def test_oudere_versie_via_de_strikte_lezer(tmp_path):
    """A caseload file of version-1 documents (the golden traject of version 1, twice):
    the columnar reader reads version 2 only, so the command reads the file with the
    strict reader, which upgrades each line; the report is that of ``--streng``."""
    import pytest

    pytest.importorskip("pyarrow")
    from pathlib import Path

    golden = Path(__file__).parent / "data" / "serialisatie" / "traject_v1.json"
    regel = json.dumps(json.loads(golden.read_text("utf-8")))
    assert '"versie": 1' in regel
    pad = tmp_path / "oud.jsonl"
    pad.write_text(regel + "\n" + regel + "\n", "utf-8")
    gewoon, streng = io.StringIO(), io.StringIO()
    assert main(["caseload", str(pad), "--json"], gewoon) == 0
    assert main(["caseload", str(pad), "--json", "--streng"], streng) == 0
    assert gewoon.getvalue() == streng.getvalue()
    assert json.loads(gewoon.getvalue())["loonsancties"]["trajecten"] == 2

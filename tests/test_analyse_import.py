"""Absence registrations into trajecten: samentelling on hand-worked dates (BW 7:629 lid 10:
fewer than four weeks, i.e. at most 27 fit days, between periods is one case), bad rows
reported with their row number and field, nothing dropped silently."""

from __future__ import annotations

from datetime import date

import pytest

from reintegratie.analyse.import_ import Kolomnamen, Rijfout, lees_verzuim
from reintegratie.errors import ValidationError

CSV = """werknemer,werkgever,eerste_dag,laatste_dag,percentage
A,WG,2025-01-06,2025-01-10,100
A,WG,2025-02-07,,100
B,WG,2025-01-06,2025-01-10,100
B,WG,2025-02-08,,100
C,WG,2025-01-01,2025-01-31,50
C,WG,2025-02-01,2025-02-28,50
"""


def test_csv_en_samentelling(tmp_path):
    """A: fit 11 Jan .. 6 Feb = 27 days: one case. B: fit 11 Jan .. 7 Feb = 28 days: two
    cases. C: an export split per month at the same percentage is one period."""
    pad = tmp_path / "verzuim.csv"
    pad.write_text(CSV, encoding="utf-8")
    res = lees_verzuim(pad)
    assert res.fouten == ()
    per = {t.werknemer: t for t in res.trajecten}
    assert len(per["A"].ziekteperioden) == 2
    assert len(per["A"].ziektegevallen) == 1
    assert len(per["B"].ziektegevallen) == 2
    (c,) = per["C"].ziekteperioden
    assert (c.eerste_dag, c.laatste_dag, c.percentage) == (date(2025, 1, 1), date(2025, 2, 28), 50)


def test_percentage_wissel_zonder_herstel_is_fout():
    bron = {
        "werknemer": ["A", "A"],
        "werkgever": ["WG", "WG"],
        "eerste_dag": ["2025-01-01", "2025-01-15"],
        "laatste_dag": ["2025-01-14", None],
        "percentage": [100, 50],
    }
    with pytest.raises(ValidationError) as fout:
        lees_verzuim(bron)
    assert fout.value.field == "row 2: percentage"
    assert "without recovery" in fout.value.reason


def test_herstel_kolom_en_andere_namen():
    """Recovery on 11 January: the last sick day is 10 January."""
    bron = {"id": ["A"], "bedrijf": ["WG"], "ziek": ["2025-01-06"], "beter": ["2025-01-11"]}
    k = Kolomnamen(
        werknemer="id", werkgever="bedrijf", eerste_dag="ziek", laatste_dag=None, herstel="beter"
    )
    (t,) = lees_verzuim(bron, k).trajecten
    assert t.ziekteperioden[0].laatste_dag == date(2025, 1, 10)
    assert t.ziekteperioden[0].percentage == 100


def test_verzamelen_geeft_goede_dossiers_en_alle_slechte_rijen():
    bron = {
        "werknemer": ["A", "D", "D", "E", "E"],
        "werkgever": ["WG"] * 5,
        "eerste_dag": ["2025-01-06", "2025-01-06", "2025-02-30", "2025-03-01", "2025-03-05"],
        "laatste_dag": [None, "2025-01-10", None, "2025-03-10", None],
        "percentage": [100, 100, 100, 100, 100],
    }
    with pytest.raises(ValidationError, match=r"row 3: eerste_dag"):
        lees_verzuim(bron)
    res = lees_verzuim(bron, streng=False)
    assert [t.werknemer for t in res.trajecten] == ["A"]
    assert res.fouten[0] == Rijfout(2, "werknemer", "dossier left out: row 3 is bad")
    assert res.fouten[1].rij == 3
    assert res.fouten[1].veld == "eerste_dag"
    # E's rows overlap (5 March lies in 1..10 March): the Traject refuses, on row 5
    e = [f for f in res.fouten if f.rij in (4, 5)]
    assert {f.rij for f in e} == {4, 5}
    assert any("overlaps" in f.reden for f in e)
    assert len(res.fouten) == 4  # rows 2, 3, 4, 5: every row not in a trajecten is reported


def test_frames_en_parquet(tmp_path):
    pd = pytest.importorskip("pandas")
    bron = pd.DataFrame(
        {
            "werknemer": ["A"],
            "werkgever": ["WG"],
            "eerste_dag": [pd.Timestamp("2025-01-06")],
            "laatste_dag": [pd.NaT],
        }
    )
    (t,) = lees_verzuim(bron).trajecten
    assert t.ziekteperioden[0].eerste_dag == date(2025, 1, 6)
    assert t.ziekteperioden[0].laatste_dag is None
    pytest.importorskip("pyarrow")
    pad = tmp_path / "v.parquet"
    bron.to_parquet(pad)
    assert lees_verzuim(pad).trajecten == (t,)


def test_ontbrekende_kolom():
    with pytest.raises(ValidationError, match=r"bron\.eerste_dag"):
        lees_verzuim({"werknemer": ["A"], "werkgever": ["WG"], "laatste_dag": [None]})

"""Notebook display: short repr, HTML without the contents of a large caseload, and frames
with fixed categories whose dates compare with datetime.date and survive Parquet."""

from __future__ import annotations

from datetime import date

import pytest

import reintegratie as ri
from reintegratie.analyse import VOORBEELD_PEILDATUM, Caseload, kpis, signalen, voorbeeldcaseload
from reintegratie.analyse.kpi import MIJLPALEN
from reintegratie.analyse.signalen import Signalen


@pytest.fixture(scope="module")
def cl():
    return voorbeeldcaseload(60, seed=3)


def test_grote_caseload_toont_geen_inhoud():
    groot = Caseload([ri.Traject(werknemer=f"W-{i}", werkgever="WG") for i in range(100_000)])
    assert repr(groot) == "Caseload(100,000 trajecten, 1 werkgever)"
    html = groot._repr_html_()
    assert len(html) < 3_000
    assert "… and 99,995 more" in html


def test_kpirapport(cl):
    r = kpis(cl, date(2025, 1, 1), date(2025, 12, 31))
    assert repr(r).startswith("Kpirapport(2025-01-01 .. 2025-12-31, as of 2026-01-01: 7 milestones")
    assert "<table" in r._repr_html_()
    df = r.to_frame()
    assert list(df["code"].cat.categories) == list(MIJLPALEN)
    assert list(df["beoordeeld"]) == [m.beoordeeld for m in r.mijlpalen]
    pd = pytest.importorskip("pandas")
    assert (df["van"] == pd.Timestamp(date(2025, 1, 1))).all()  # datetime64[s], see the module
    pl_df = r.to_frame("polars")
    assert pl_df["code"].dtype.categories.to_list() == list(MIJLPALEN)
    assert pl_df["tot"].to_list() == [date(2025, 12, 31)] * 7


def test_signalen(cl, tmp_path):
    sig = signalen(cl, VOORBEELD_PEILDATUM)
    assert isinstance(sig, Signalen)
    assert isinstance(sig, tuple)
    assert repr(sig).startswith(f"Signalen({len(sig):,}: ")
    assert "<table" in sig._repr_html_()
    df = sig.to_frame()
    assert len(df) == len(sig)
    assert list(df["status"].cat.categories) == [s.value for s in ri.Status]
    assert str(df["code"].dtype) == "string"
    assert [d.date() for d in df["uiterlijk"]] == [s.uiterlijk for s in sig]
    pl = pytest.importorskip("polars")
    pdf = sig.to_frame("polars")
    pad = tmp_path / "s.parquet"
    pdf.write_parquet(pad)
    terug = pl.read_parquet(pad)
    assert terug.equals(pdf)
    assert terug["uiterlijk"].to_list() == [s.uiterlijk for s in sig]
    leeg = signalen([], VOORBEELD_PEILDATUM)
    assert repr(leeg) == "Signalen(0)"

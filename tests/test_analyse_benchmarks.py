"""Smoke tests of benchmarks/bench_kolommen.py and bench_caseload.py: they keep running
and print their targets (timings are never asserted)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

MAP = Path(__file__).resolve().parents[1] / "benchmarks"


def _laad(naam: str):
    spec = importlib.util.spec_from_file_location(naam, MAP / f"{naam}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_kolommen(capsys):
    """A tiny run prints the timings beside the numpy baseline and the target."""
    pytest.importorskip("numpy")
    _laad("bench_kolommen").main(["2000"])
    uit = capsys.readouterr().out
    assert "numpy baseline, 7 date additions" in uit
    assert "target: 10,000,000 in < 5 s" in uit


def test_kolommen_invoer_klopt():
    """The benchmark's dossiers are valid periods (relapses included)."""
    np = pytest.importorskip("numpy")
    bench = _laad("bench_kolommen")
    d = bench.dossiers(5000, seed=3)
    verzuim = bench.Verzuimkolommen(d["eerste_dag"], d["laatste_dag"], d["grenzen"])
    assert len(verzuim) == 5000
    assert (np.diff(d["grenzen"]) == 2).sum() > 0


def test_caseload(capsys):
    """A tiny run prints to_frame, KPI and memory figures with the 2 KiB target."""
    pytest.importorskip("pandas")
    pytest.importorskip("polars")
    _laad("bench_caseload").main(["--frame", "60", "--geheugen", "500"])
    uit = capsys.readouterr().out
    assert "to_frame(pandas, methode='auto')" in uit
    assert "absence registrations" in uit
    assert "bytes each" in uit
    assert "target: < 2,048 bytes (2 KiB) per plain traject" in uit

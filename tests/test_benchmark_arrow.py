"""A smoke test of benchmarks/bench_arrow.py, so the benchmark keeps running."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BESTAND = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_arrow.py"


def test_draait(capsys):
    """A tiny run prints each contestant, the target and the ratio last."""
    pytest.importorskip("pyarrow")
    pytest.importorskip("polars")
    spec = importlib.util.spec_from_file_location("bench_arrow", BESTAND)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.main(["30"])
    uit = capsys.readouterr().out
    for naam in ("polars", "arrow", "objecten"):
        assert f"\n{naam} " in uit
    assert "arrow and object path give the same report: yes" in uit
    assert "target: arrow path within 2.0x" in uit
    assert uit.splitlines()[-1].startswith("arrow vs polars: ")

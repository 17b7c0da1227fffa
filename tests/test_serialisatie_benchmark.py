"""A smoke test of benchmarks/bench_serialisatie.py, so the benchmark keeps running."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import reintegratie as ri
from reintegratie.serialisatie import from_json, to_dict, to_json

BESTAND = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_serialisatie.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_serialisatie", BESTAND)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_realistisch_traject():
    """The benchmark's traject: two sickness periods, ten events, two sporen, a driegesprek."""
    t = _bench().traject(random.Random(1), 7)
    assert len(t.ziekteperioden) == 2
    assert len(t.gebeurtenissen) == 10
    assert len(t.sporen) == 2
    assert len(t.driegesprekken) == 1
    assert from_json(to_json(t)) == t
    assert len(ri.tijdlijn(t)) > 10


def test_draait(capsys):
    """A tiny run prints every figure and the verdict on the target."""
    _bench().main(["20", "--msgspec"])
    uit = capsys.readouterr().out
    assert "to_json:" in uit
    assert "from_json:" in uit
    assert "target: round trip >= 0.5 x plain" in uit
    assert "msgspec" in uit
    if "same bytes as to_json" in uit:
        assert "same bytes as to_json: True" in uit


def test_payload_is_dict():
    """The plain figure is measured on the same payload as dicts."""
    t = _bench().traject(random.Random(2), 1)
    assert to_dict(t)["schema"] == "reintegratie/traject"

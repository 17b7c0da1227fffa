"""A smoke test of benchmarks/bench_serialisatie.py, so the benchmark keeps running."""

from __future__ import annotations

import importlib.util
import random
import re
from pathlib import Path

import pytest

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
    """A tiny run prints every figure, the pydantic baseline and the ratio last."""
    _bench().main(["20"])
    uit = capsys.readouterr().out
    assert "to_json:" in uit
    assert "from_json:" in uit
    assert "strict from_json:" in uit
    assert "pydantic model_validate_json:" in uit
    assert "target: round trip >= 1.0x pydantic v2:" in uit
    assert re.fullmatch(r"round trip vs pydantic: \d+\.\d\dx", uit.splitlines()[-1])


def test_pydantic_model_is_even_streng():
    """The baseline checks what the format checks: unknown keys, types, empty text, ranges,
    and cross-field rules are refused."""
    import pydantic

    model = _bench().pydantic_model()
    t = _bench().traject(random.Random(3), 2)
    tekst = to_json(t)
    assert model.model_validate_json(tekst).data.werknemer == t.werknemer
    for oud, nieuw in (
        ('"werkgever":"WG-1"', '"werkgever":"WG-1","extra":1'),
        ('"werkgever":"WG-1"', '"werkgever":" "'),
        ('"percentage":100', '"percentage":"100"'),
        ('"casemanager":"CM-1"', '"casemanager":"CM-9"'),
        ('"soort":"ziekmelding"', '"soort":"onbekend"'),
    ):
        gewijzigd = tekst.replace(oud, nieuw, 1)
        assert gewijzigd != tekst
        with pytest.raises(pydantic.ValidationError):
            model.model_validate_json(gewijzigd)


def test_payload_is_dict():
    """The plain figure is measured on the same payload as dicts."""
    t = _bench().traject(random.Random(2), 1)
    assert to_dict(t)["schema"] == "reintegratie/traject"

"""Strategies for medical data: the bedrijfsarts's notes and record, vangnetten."""

from __future__ import annotations

import datetime as _dt

from hypothesis import strategies as st

from reintegratie.medisch import MedischDossier, MedischeAantekening, Vangnet, Vangnetsoort
from reintegratie.testing.strategies._basis import (
    _DATUMS,
    _TEKST_OF_LEEG,
    _TEKSTEN,
    Of,
    _dag,
    _opvolgend,
    _trek,
    ids,
)

__all__ = ["medische_aantekeningen", "medische_dossiers", "vangnetten"]

_VANGNETSOORTEN = st.sampled_from(Vangnetsoort)


@st.composite
def medische_aantekeningen(
    draw: st.DrawFn, datum: Of[_dt.date] | None = None
) -> MedischeAantekening:
    """A medical note (bedrijfsarts only)."""
    return _aantekening(draw, datum)


def _aantekening(draw: st.DrawFn, datum: Of[_dt.date] | None) -> MedischeAantekening:
    return MedischeAantekening(
        datum=_dag(draw, datum),
        diagnose=draw(_TEKSTEN),
        toelichting=draw(_TEKST_OF_LEEG),
    )


@st.composite
def medische_dossiers(
    draw: st.DrawFn, werknemer: Of[str] | None = None, bedrijfsarts: Of[str] | None = None
) -> MedischDossier:
    """A bedrijfsarts's record with notes in date order, sometimes naming vangnetten."""
    n = draw(st.integers(0, 4))
    begin = draw(_DATUMS)
    return MedischDossier(
        werknemer=_trek(draw, werknemer, ids("W")),
        bedrijfsarts=_trek(draw, bedrijfsarts, ids("BA")),
        aantekeningen=tuple(_aantekening(draw, d) for d in _opvolgend(draw, begin, n, False)),
        vangnetten=tuple(
            _vangnet(draw, d) for d in _opvolgend(draw, begin, draw(st.integers(0, 2)), True)
        ),
    )


@st.composite
def vangnetten(draw: st.DrawFn, eerste_dag: Of[_dt.date] | None = None) -> Vangnet:
    """Which vangnet applies to the period starting on *eerste_dag* (medical data)."""
    return _vangnet(draw, eerste_dag)


def _vangnet(draw: st.DrawFn, eerste_dag: Of[_dt.date] | None) -> Vangnet:
    return Vangnet(eerste_dag=_dag(draw, eerste_dag), soort=draw(_VANGNETSOORTEN))

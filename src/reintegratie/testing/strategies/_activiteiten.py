"""Strategies for activities, group programmes, placements, sporen, nazorg, outcomes and
belastbaarheid.

Each public strategy is a thin composite around a plain function taking ``draw``
(``_activiteit``, ``_spoor`` ...), which :func:`trajecten` calls directly.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from hypothesis import strategies as st

from reintegratie.activiteiten import (
    Activiteit,
    Activiteitsoort,
    Belastingseenheid,
    Energie,
    Groepsprogramma,
    Nazorg,
    Opbouwstap,
    Plaatsingsvorm,
    Werkervaringsplaats,
)
from reintegratie.spoor import Fase, Spoor, Spoor1Werk, Spoor2Stap, Spoorresultaat, Spoorsoort
from reintegratie.testing.strategies._basis import (
    _BOOL,
    _NEE_JA_ONBEKEND,
    _TEKST_OF_LEEG,
    _TEKSTEN,
    Of,
    _aantal,
    _dag,
    _een_van,
    _misschien_id,
    _na,
    _opvolgend,
    _plus,
    _trek,
    ids,
)
from reintegratie.traject import Belastbaarheid, Uitkomst, Uitkomstsoort

__all__ = [
    "activiteiten",
    "belastbaarheden",
    "fasen",
    "groepsprogrammas",
    "nazorg",
    "opbouwstappen",
    "sporen",
    "uitkomsten",
    "werkervaringsplaatsen",
]

_EENHEDEN = st.sampled_from(Belastingseenheid)
_ENERGIE = st.sampled_from(Energie)
_ACTIVITEITSOORTEN = st.sampled_from(Activiteitsoort)
#: A load on the 1-10 scale (whole or decimal) or in hours (from a quarter), or none.
_BELASTING = {
    Belastingseenheid.SCHAAL: st.none() | st.integers(1, 10) | st.floats(1, 10, allow_nan=False),
    Belastingseenheid.UREN: st.none() | st.integers(1, 10) | st.floats(0.25, 10, allow_nan=False),
}
_EERSTE_NUMMER = st.integers(1, 9980)
_GROEPSGROOTTES = st.one_of(st.sampled_from((7, 8, 12, 13)), st.integers(1, 15))
_UREN_PER_WEEK = st.one_of(
    st.integers(1, 60),
    st.floats(min_value=0, max_value=60, exclude_min=True, allow_nan=False),
)
_PLAATSINGSVORMEN = st.sampled_from(Plaatsingsvorm)
_SPOOR2STAPPEN = st.sampled_from(Spoor2Stap)
_SPOORSOORTEN = st.sampled_from(Spoorsoort)
_SPOOR1WERK = st.none() | st.sampled_from(Spoor1Werk)
_UITKOMSTSOORTEN = st.sampled_from(Uitkomstsoort)
_VERWACHTE_DUUR = st.none() | st.integers(0, 104)


@st.composite
def activiteiten(draw: st.DrawFn, start: Of[_dt.date] | None = None) -> Activiteit:
    """An activity with its energy effect, sometimes spanning days, with a load in hours or
    on the 1-10 scale, or none."""
    return _activiteit(draw, start)


def _activiteit(draw: st.DrawFn, start: Of[_dt.date] | None) -> Activiteit:
    begin = _dag(draw, start)
    einde = _na(draw, begin, 90) if draw(_BOOL) else None
    eenheid = draw(_EENHEDEN)
    return Activiteit(
        omschrijving=draw(_TEKSTEN),
        start=begin,
        energie=draw(_ENERGIE),
        soort=draw(_ACTIVITEITSOORTEN),
        einde=einde,
        belasting=draw(_BELASTING[eenheid]),
        belastingseenheid=eenheid,
    )


@st.composite
def groepsprogrammas(
    draw: st.DrawFn, start: Of[_dt.date] | None = None, deelnemer: str | None = None
) -> Groepsprogramma:
    """A group programme of 1 to 15 people (8–12 is the effective size: both sides of it
    come up), with *deelnemer* among them if given."""
    return _groepsprogramma(draw, start, deelnemer)


def _groepsprogramma(
    draw: st.DrawFn, start: Of[_dt.date] | None, deelnemer: str | None
) -> Groepsprogramma:
    begin = _dag(draw, start)
    grootte = draw(_GROEPSGROOTTES)
    # Distinct by construction (no unique list to retry): consecutive numbers from a drawn one.
    eerste = draw(_EERSTE_NUMMER)
    wie = [f"W-{eerste + i}" for i in range(grootte)]
    if deelnemer is not None and deelnemer not in wie:
        wie[0] = deelnemer
    return Groepsprogramma(
        naam=draw(_TEKSTEN),
        start=begin,
        deelnemers=tuple(wie),
        einde=_na(draw, begin, 120) if draw(_BOOL) else None,
        begeleider=draw(_misschien_id("LA")),
    )


@st.composite
def opbouwstappen(draw: st.DrawFn, vanaf: Of[_dt.date] | None = None) -> Opbouwstap:
    """A step of a graded build-up: more than 0 and at most 60 hours a week."""
    return _opbouwstap(draw, vanaf)


def _opbouwstap(draw: st.DrawFn, vanaf: Of[_dt.date] | None) -> Opbouwstap:
    uren = draw(_UREN_PER_WEEK)
    return Opbouwstap(vanaf=_dag(draw, vanaf), uren_per_week=uren)


@st.composite
def werkervaringsplaatsen(
    draw: st.DrawFn, start: Of[_dt.date] | None = None
) -> Werkervaringsplaats:
    """A placement whose build-up starts with it, in date order, within its end."""
    return _werkervaringsplaats(draw, start)


def _werkervaringsplaats(draw: st.DrawFn, start: Of[_dt.date] | None) -> Werkervaringsplaats:
    begin = _dag(draw, start)
    n = draw(st.integers(1, 4))
    datums = [begin, *_opvolgend(draw, _plus(begin, 1), n - 1, True)]
    einde = _na(draw, datums[-1], 120) if draw(_BOOL) else None
    return Werkervaringsplaats(
        organisatie=draw(ids("ORG")),
        start=begin,
        opbouw=tuple(_opbouwstap(draw, d) for d in datums),
        vorm=draw(_PLAATSINGSVORMEN),
        einde=einde,
    )


@st.composite
def fasen(draw: st.DrawFn, vanaf: Of[_dt.date] | None = None) -> Fase:
    """A spoor 2 step from a date."""
    return _fase(draw, vanaf)


def _fase(draw: st.DrawFn, vanaf: Of[_dt.date] | None) -> Fase:
    return Fase(stap=draw(_SPOOR2STAPPEN), vanaf=_dag(draw, vanaf))


@st.composite
def sporen(
    draw: st.DrawFn,
    soort: Of[Spoorsoort] | None = None,
    start: Of[_dt.date] | None = None,
    aanbieders: Sequence[str] | None = None,
    resultaten: Sequence[Spoorresultaat | None] | None = None,
) -> Spoor:
    """A spoor 1 (with the work it aims at) or spoor 2 (with steps in date order), with
    activities and placements after its start; a result only when it has ended.

    *aanbieders* limits the provider to those ids (empty: none); *resultaten* limits
    the result (e.g. leave out ``GESLAAGD``).
    """
    return _spoor(draw, soort, start, aanbieders, resultaten)


def _aanbieder(draw: st.DrawFn, aanbieders: Sequence[str] | None, prefix: str) -> str | None:
    """No provider, or one of *aanbieders* (any id with *prefix* when ``None``)."""
    if aanbieders is None:
        return draw(_misschien_id(prefix))
    if not aanbieders or not draw(_BOOL):
        return None
    return _een_van(draw, aanbieders)


_RESULTATEN = (None, *Spoorresultaat)


def _spoor(
    draw: st.DrawFn,
    soort: Of[Spoorsoort] | None,
    start: Of[_dt.date] | None,
    aanbieders: Sequence[str] | None,
    resultaten: Sequence[Spoorresultaat | None] | None,
) -> Spoor:
    wat = _trek(draw, soort, _SPOORSOORTEN)
    begin = _dag(draw, start)
    n = draw(st.integers(0, 3)) if wat is Spoorsoort.SPOOR_2 else 0
    stappen = _opvolgend(draw, begin, n, True)
    laatste = stappen[-1] if stappen else begin
    einde = _na(draw, laatste, 400) if draw(_BOOL) else None
    aanbieder = _aanbieder(draw, aanbieders, "RIB")
    keuzes = _RESULTATEN if resultaten is None else tuple(resultaten)
    resultaat = _een_van(draw, keuzes) if einde is not None and keuzes else None
    return Spoor(
        soort=wat,
        start=begin,
        einde=einde,
        aanbieder=aanbieder,
        werk=draw(_SPOOR1WERK) if wat is Spoorsoort.SPOOR_1 else None,
        fasen=tuple(_fase(draw, d) for d in stappen),
        activiteiten=tuple(
            _activiteit(draw, _na(draw, begin, 1000)) for _ in range(_aantal(draw, 2))
        ),
        resultaat=resultaat,
    )


@st.composite
def nazorg(
    draw: st.DrawFn, start: Of[_dt.date] | None = None, aanbieders: Sequence[str] | None = None
) -> Nazorg:
    """Guidance after a new job starts, sometimes for years."""
    return _nazorg(draw, start, aanbieders)


def _nazorg(
    draw: st.DrawFn, start: Of[_dt.date] | None, aanbieders: Sequence[str] | None
) -> Nazorg:
    begin = _dag(draw, start)
    aanbieder = _aanbieder(draw, aanbieders, "JC")
    return Nazorg(
        start=begin,
        einde=_na(draw, begin, 1500) if draw(_BOOL) else None,
        aanbieder=aanbieder,
        omschrijving=draw(_TEKST_OF_LEEG),
    )


@st.composite
def uitkomsten(draw: st.DrawFn, datum: Of[_dt.date] | None = None) -> Uitkomst:
    """An outcome of any kind."""
    return _uitkomst(draw, datum)


def _uitkomst(draw: st.DrawFn, datum: Of[_dt.date] | None) -> Uitkomst:
    return Uitkomst(
        soort=draw(_UITKOMSTSOORTEN),
        datum=_dag(draw, datum),
        tevredenheid_verbeterd=draw(_NEE_JA_ONBEKEND),
        toelichting=draw(_TEKST_OF_LEEG),
    )


@st.composite
def belastbaarheden(draw: st.DrawFn, datum: Of[_dt.date] | None = None) -> Belastbaarheid:
    """Functional limitations and possibilities (never a diagnosis)."""
    return _belastbaarheid(draw, datum)


def _belastbaarheid(draw: st.DrawFn, datum: Of[_dt.date] | None) -> Belastbaarheid:
    return Belastbaarheid(
        datum=_dag(draw, datum),
        beperkingen=tuple(draw(_TEKSTEN) for _ in range(_aantal(draw, 3))),
        mogelijkheden=tuple(draw(_TEKSTEN) for _ in range(_aantal(draw, 3))),
        verwachte_duur_weken=draw(_VERWACHTE_DUUR),
    )

"""Strategies for the people involved, driegesprekken with agreements, and goals.

Each public strategy is a thin composite around a plain function taking ``draw``
(``_betrokkene``, ``_driegesprek`` ...), which :func:`trajecten` calls directly.
"""

from __future__ import annotations

import datetime as _dt

from hypothesis import strategies as st

from reintegratie.doelen import (
    Doelstatus,
    Leerdoel,
    Meetperiode,
    Meting,
    Prestatiedoel,
    Voortgang,
)
from reintegratie.gesprek import Afspraak, Afspraakstatus, Driegesprek
from reintegratie.rollen import Betrokkene, Rol, Rolperiode
from reintegratie.testing.strategies._basis import (
    _BOOL,
    _DATUMS,
    _TEKST_OF_LEEG,
    _TEKSTEN,
    Of,
    _aantal,
    _dag,
    _een_van,
    _na,
    _opvolgend,
    _plus,
    _trek,
    ids,
)

__all__ = [
    "afspraken",
    "betrokkenen",
    "driegesprekken",
    "leerdoelen",
    "metingen",
    "prestatiedoelen",
    "voortgangen",
]

_ROLLEN = tuple(r for r in Rol if r is not Rol.WERKNEMER)
_EEN_ROL = st.sampled_from(_ROLLEN)
_ROLSETS = st.frozensets(_EEN_ROL, min_size=1, max_size=3)
_AFSPRAAKSTATUSSEN = st.sampled_from(Afspraakstatus)
_DEELNEMERS = st.lists(ids(), min_size=3, max_size=5, unique=True).map(tuple)
_DOELSTATUSSEN = st.sampled_from(Doelstatus)
_WAARDEN = st.one_of(st.integers(0, 20), st.floats(0, 60, allow_nan=False))
_DOELWAARDEN = st.one_of(st.integers(1, 10), st.sampled_from((0.5, 2.5, 7.5)))
_EENHEDEN = st.sampled_from(("sollicitaties", "gesprekken", "uren", "vacatures"))
_MEETPERIODEN = st.sampled_from(Meetperiode)


@st.composite
def betrokkenen(
    draw: st.DrawFn,
    id: Of[str] | None = None,
    rollen: Of[frozenset[Rol]] | None = None,
    organisatie: Of[str] | None = None,
) -> Betrokkene:
    """A person involved, with one to three roles (never the employee's), sometimes also
    a role for a dated period (or handed over: two periods that follow each other)."""
    return _betrokkene(draw, id, rollen, organisatie)


def _betrokkene(
    draw: st.DrawFn,
    id: Of[str] | None = None,
    rollen: Of[frozenset[Rol]] | None = None,
    organisatie: Of[str] | None = None,
) -> Betrokkene:
    perioden: tuple[Rolperiode, ...] = ()
    if draw(_BOOL):
        rol = draw(_EEN_ROL)
        begin = draw(_DATUMS)
        einde = _na(draw, begin, 400)
        vanaf = begin if draw(_BOOL) else None
        perioden = (Rolperiode(rol=rol, vanaf=vanaf, tot=einde),)
        if draw(_BOOL) and einde < _dt.date.max:
            perioden += (Rolperiode(rol=rol, vanaf=_plus(einde, 1)),)
    return Betrokkene(
        id=_trek(draw, id, ids()),
        rollen=_trek(draw, rollen, _ROLSETS),
        organisatie=_trek(draw, organisatie, ids("ORG")),
        leidinggevende_van_werknemer=draw(_BOOL),
        perioden=perioden,
    )


@st.composite
def afspraken(
    draw: st.DrawFn,
    wie: Of[str] | None = None,
    na: _dt.date | None = None,
    nagekomen: bool = False,
) -> Afspraak:
    """An agreement by *wie*, due (if at all) on or after *na*, in any status (kept or
    dropped on or after *na*). With *nagekomen*, kept on or before its due date."""
    return _afspraak(draw, wie, na, nagekomen)


def _afspraak(
    draw: st.DrawFn, wie: Of[str] | None, na: _dt.date | None, nagekomen: bool
) -> Afspraak:
    uiterlijk = None
    if draw(_BOOL):
        uiterlijk = _na(draw, na, 120) if na is not None else draw(_DATUMS)
    begin = na if na is not None else uiterlijk if uiterlijk is not None else draw(_DATUMS)
    status = Afspraakstatus.NAGEKOMEN if nagekomen else draw(_AFSPRAAKSTATUSSEN)
    afgerond = None
    if status in (Afspraakstatus.NAGEKOMEN, Afspraakstatus.VERVALLEN):
        ruimte = (uiterlijk - begin).days if nagekomen and uiterlijk is not None else 200
        afgerond = _na(draw, begin, max(ruimte, 0))
    return Afspraak(
        wat=draw(_TEKSTEN),
        wie=_trek(draw, wie, ids()),
        uiterlijk=uiterlijk,
        status=status,
        afgerond_op=afgerond,
    )


@st.composite
def driegesprekken(
    draw: st.DrawFn,
    datum: Of[_dt.date] | None = None,
    deelnemers: Of[tuple[str, ...]] | None = None,
    nagekomen: bool = False,
) -> Driegesprek:
    """A driegesprek of three or more distinct participants, with agreements among them
    (all kept on time with *nagekomen*)."""
    return _driegesprek(draw, datum, deelnemers, nagekomen)


def _driegesprek(
    draw: st.DrawFn,
    datum: Of[_dt.date] | None,
    deelnemers: Of[tuple[str, ...]] | None,
    nagekomen: bool,
) -> Driegesprek:
    dag = _dag(draw, datum)
    wie = _trek(draw, deelnemers, _DEELNEMERS)
    return Driegesprek(
        datum=dag,
        deelnemers=wie,
        onderwerpen=tuple(draw(_TEKSTEN) for _ in range(_aantal(draw, 2))),
        afspraken=tuple(
            _afspraak(draw, _een_van(draw, wie), dag, nagekomen) for _ in range(_aantal(draw, 2))
        ),
    )


@st.composite
def voortgangen(draw: st.DrawFn, datum: Of[_dt.date] | None = None) -> Voortgang:
    """A judged progress step (0–100 percent)."""
    return _voortgang(draw, datum)


def _voortgang(draw: st.DrawFn, datum: Of[_dt.date] | None) -> Voortgang:
    return Voortgang(
        datum=_dag(draw, datum),
        percentage=draw(st.integers(0, 100)),
        toelichting=draw(_TEKST_OF_LEEG),
    )


@st.composite
def metingen(draw: st.DrawFn, datum: Of[_dt.date] | None = None) -> Meting:
    """A measured value (0 or more), whole or decimal."""
    return _meting(draw, datum)


def _meting(draw: st.DrawFn, datum: Of[_dt.date] | None) -> Meting:
    waarde = draw(_WAARDEN)
    return Meting(datum=_dag(draw, datum), waarde=waarde)


def _afsluiting(draw: st.DrawFn, vanaf: _dt.date) -> tuple[Doelstatus, _dt.date | None]:
    """A goal's status: running, or closed on or after *vanaf* (its last evaluation)."""
    status = draw(_DOELSTATUSSEN)
    return status, None if status is Doelstatus.LOPEND else _na(draw, vanaf, 200)


@st.composite
def leerdoelen(draw: st.DrawFn, gesteld_op: Of[_dt.date] | None = None) -> Leerdoel:
    """A learning goal with progress in date order."""
    return _leerdoel(draw, gesteld_op)


def _leerdoel(draw: st.DrawFn, gesteld_op: Of[_dt.date] | None) -> Leerdoel:
    dag = _dag(draw, gesteld_op)
    n = draw(st.integers(0, 4))
    datums = _opvolgend(draw, dag, n, False)
    status, afgesloten_op = _afsluiting(draw, datums[-1] if datums else dag)
    return Leerdoel(
        omschrijving=draw(_TEKSTEN),
        gesteld_op=dag,
        voortgang=tuple(_voortgang(draw, d) for d in datums),
        status=status,
        afgesloten_op=afgesloten_op,
    )


@st.composite
def prestatiedoelen(draw: st.DrawFn, gesteld_op: Of[_dt.date] | None = None) -> Prestatiedoel:
    """A performance goal with measurements in date order."""
    return _prestatiedoel(draw, gesteld_op)


def _prestatiedoel(draw: st.DrawFn, gesteld_op: Of[_dt.date] | None) -> Prestatiedoel:
    dag = _dag(draw, gesteld_op)
    n = draw(st.integers(0, 4))
    datums = _opvolgend(draw, dag, n, False)
    status, afgesloten_op = _afsluiting(draw, datums[-1] if datums else dag)
    return Prestatiedoel(
        omschrijving=draw(_TEKSTEN),
        gesteld_op=dag,
        doelwaarde=draw(_DOELWAARDEN),
        eenheid=draw(_EENHEDEN),
        per=draw(_MEETPERIODEN),
        metingen=tuple(_meting(draw, d) for d in datums),
        status=status,
        afgesloten_op=afgesloten_op,
    )


def _doel(draw: st.DrawFn, gesteld_op: Of[_dt.date] | None) -> Leerdoel | Prestatiedoel:
    """A learning or a performance goal."""
    if draw(_BOOL):
        return _leerdoel(draw, gesteld_op)
    return _prestatiedoel(draw, gesteld_op)

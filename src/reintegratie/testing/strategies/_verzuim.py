"""Strategies for sickness and leave: periods, percentage changes, whole histories."""

from __future__ import annotations

import datetime as _dt

import attrs
from hypothesis import strategies as st

from reintegratie.errors import ValidationError
from reintegratie.testing.strategies._basis import (
    _BOOL,
    _DATUMS,
    _LANG,
    _ZIEKTEDAG_42E_WEEK,
    MAX_DATUM,
    MIN_DATUM,
    Of,
    _plus,
    _randdagen,
    _trek,
    eerste_ziektedagen,
)
from reintegratie.verzuim import (
    Percentagewijziging,
    Verlofperiode,
    Verlofsoort,
    Ziektegeval,
    Ziekteperiode,
    samentellen,
)

__all__ = [
    "Verzuim",
    "percentagewijzigingen",
    "verlofperioden",
    "verzuim",
    "ziekteperioden",
]

_KORT = st.integers(1, 60)
_VERLOFDAGEN = st.one_of(st.just(112), st.integers(1, 140))
_VERLOFSOORTEN = st.sampled_from(Verlofsoort)
_PERCENTAGES = st.one_of(st.just(100), st.integers(1, 100))
_WIJZIGINGSPERCENTAGES = st.sampled_from((25, 50, 80, 100))


#: Period lengths in days: short ones often, long ones too.
_LENGTES = st.one_of(_KORT, st.integers(1, _LANG))


def _lengtes(minimum: int = 1) -> st.SearchStrategy[int]:
    """Period lengths of at least *minimum* days (:data:`_LENGTES` for one)."""
    if minimum == 1:
        return _LENGTES
    return st.one_of(
        st.integers(minimum, max(minimum, 60)), st.integers(minimum, max(minimum, _LANG))
    )


@st.composite
def ziekteperioden(
    draw: st.DrawFn,
    eerste_dag: Of[_dt.date] | None = None,
    hersteld: Of[bool] | None = None,
) -> Ziekteperiode:
    """One Ziekteperiode, open (still sick) or closed (``hersteld``), sometimes partial, now
    and then with dated percentage changes and the registration flags."""
    begin = _trek(draw, eerste_dag, eerste_ziektedagen())
    einde = None
    if _trek(draw, hersteld, _BOOL):
        einde = _plus(begin, draw(_lengtes()) - 1)
    percentage = draw(_PERCENTAGES)
    wijzigingen: tuple[Percentagewijziging, ...] = ()
    if draw(st.integers(0, 3)) == 0:
        wijzigingen = _wijzigingen(draw, begin, einde)
    vlaggen = draw(_MET_VLAGGEN)
    return Ziekteperiode(
        eerste_dag=begin,
        laatste_dag=einde,
        percentage=percentage,
        wijzigingen=wijzigingen,
        vangnet=vlaggen[0],
        arbeidsongeval=vlaggen[1],
        regres=vlaggen[2],
    )


#: Registration flags (vangnet, arbeidsongeval, regres), drawn now and then.
_VLAGGEN = ((True, False, False), (False, True, False), (False, True, True))
_MET_VLAGGEN = st.sampled_from(((False, False, False), *_VLAGGEN))


@st.composite
def percentagewijzigingen(
    draw: st.DrawFn, eerste_dag: _dt.date, laatste_dag: _dt.date | None
) -> tuple[Percentagewijziging, ...]:
    """Up to three dated changes of the absence percentage (1–100) inside a period from
    *eerste_dag* to *laatste_dag* (``None``: open), in date order."""
    return _wijzigingen(draw, eerste_dag, laatste_dag)


def _wijzigingen(
    draw: st.DrawFn, eerste_dag: _dt.date, laatste_dag: _dt.date | None
) -> tuple[Percentagewijziging, ...]:
    ruimte = 400 if laatste_dag is None else (laatste_dag - eerste_dag).days
    if ruimte < 1:
        return ()
    dagen = sorted(set(draw(st.lists(st.integers(1, ruimte), max_size=3))))
    return tuple(
        Percentagewijziging(vanaf=_plus(eerste_dag, d), percentage=draw(_WIJZIGINGSPERCENTAGES))
        for d in dagen
    )


@st.composite
def verlofperioden(draw: st.DrawFn, eerste_dag: Of[_dt.date] | None = None) -> Verlofperiode:
    """One WAZO leave period (often the usual 16 weeks)."""
    begin = _trek(draw, eerste_dag, _DATUMS)
    dagen = draw(_VERLOFDAGEN)
    return Verlofperiode(
        eerste_dag=begin,
        laatste_dag=_plus(begin, dagen - 1),
        soort=draw(_VERLOFSOORTEN),
        zelfde_oorzaak=draw(_BOOL),
    )


@attrs.frozen
class Verzuim:
    """Sickness and leave periods that fit together (what :func:`verzuim` draws)."""

    ziekteperioden: tuple[Ziekteperiode, ...]
    verlofperioden: tuple[Verlofperiode, ...] = ()

    @property
    def gevallen(self) -> tuple[Ziektegeval, ...]:
        """The cases of sickness after samentelling."""
        return samentellen(self.ziekteperioden, self.verlofperioden)


#: Fit days in a break: exactly 27 or 28 (the samentelling edge) often, else 1 to 120.
_BREUKEN = st.one_of(st.sampled_from((27, 28)), st.integers(1, 120))


@st.composite
def verzuim(
    draw: st.DrawFn,
    eerste_ziektedag: Of[_dt.date] | None = None,
    perioden: Of[int] | None = None,
    hersteld: Of[bool] | None = None,
    breuk: Of[int] | None = None,
    verlof: Of[bool] | None = None,
    min_laatste: int = 1,
) -> Verzuim:
    """A sickness history: *perioden* sickness periods (1–3 when drawn) with breaks.

    *breuk* is the number of fit days of every break (drawn per break: 27 and 28 often,
    else 1–120). *hersteld* closes the last period (at least *min_laatste* days long).
    *verlof* puts WAZO leave in a break (leave days are neither sick nor fit days)
    or, with one period, before or after it; when *breuk* is given the leave is of the
    same cause, so *breuk* alone decides the samentelling: ``breuk=27`` with two
    periods is one case, ``breuk=28`` two.

    Without *eerste_ziektedag*, the dates are sometimes placed so that X is
    29 February or the 42nd-week report of the last case falls on an Atw holiday.
    """
    n = _trek(draw, perioden, st.integers(1, 3))
    if n < 1:
        raise ValidationError("verzuim.perioden", f"at least one period, got {n}")
    dicht = _trek(draw, hersteld, _BOOL)
    met_verlof = _trek(draw, verlof, _BOOL)
    # Offsets in days from X; the dates follow once X is known.
    ziek: list[tuple[int, int | None]] = []
    vrij: list[tuple[int, int, Verlofsoort, bool]] = []
    pos = 0
    for i in range(n - 1):
        lengte = draw(_lengtes())
        fit = _trek(draw, breuk, _BREUKEN)
        if fit < 1:
            raise ValidationError("verzuim.breuk", f"at least one fit day, got {fit}")
        ziek.append((pos, pos + lengte - 1))
        pos += lengte
        verlofdagen = 0
        if met_verlof and (i == 0 or draw(_BOOL)):
            verlofdagen = draw(_VERLOFDAGEN)
            voor = draw(st.integers(0, fit))
            zelfde = True if breuk is not None else draw(_BOOL)
            soort = draw(_VERLOFSOORTEN)
            vrij.append((pos + voor, pos + voor + verlofdagen - 1, soort, zelfde))
        pos += fit + verlofdagen
    laatste = None
    if dicht:
        laatste = pos + draw(_lengtes(min_laatste)) - 1
    ziek.append((pos, laatste))
    if met_verlof and n == 1:
        dagen = draw(_VERLOFDAGEN)
        afstand = draw(st.integers(0, 60))
        soort = draw(_VERLOFSOORTEN)
        if laatste is None:  # before the sickness
            vrij.append((-afstand - dagen, -afstand - 1, soort, draw(_BOOL)))
        else:  # after recovery
            begin = laatste + 1 + afstand
            vrij.append((begin, begin + dagen - 1, soort, draw(_BOOL)))

    def bouw(x: _dt.date) -> Verzuim:
        return Verzuim(
            tuple(
                Ziekteperiode(
                    eerste_dag=_plus(x, a), laatste_dag=None if b is None else _plus(x, b)
                )
                for a, b in ziek
            ),
            tuple(
                Verlofperiode(
                    eerste_dag=_plus(x, a), laatste_dag=_plus(x, b), soort=s, zelfde_oorzaak=z
                )
                for a, b, s, z in vrij
            ),
        )

    if eerste_ziektedag is not None:
        return bouw(_trek(draw, eerste_ziektedag, eerste_ziektedagen()))
    # Place the 42nd-week report of the last case on an Atw holiday now and then.
    x = draw(eerste_ziektedagen())
    if n > 1 and draw(st.integers(0, 3)) == 0:
        proef = bouw(x)
        verschil = (proef.gevallen[-1].datum_van_ziektedag(_ZIEKTEDAG_42E_WEEK) - x).days
        feestdagen = [
            d
            for d in _randdagen(MIN_DATUM, MAX_DATUM)["feestdag"]
            if MIN_DATUM <= _plus(d, -verschil) <= MAX_DATUM
        ]
        if feestdagen:
            x = _plus(draw(st.sampled_from(feestdagen)), -verschil)
    return bouw(x)


# --- events ----------------------------------------------------------------------------

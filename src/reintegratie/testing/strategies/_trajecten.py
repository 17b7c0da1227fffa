"""Strategies for whole trajecten and their peildata."""

from __future__ import annotations

import datetime as _dt
import functools
from typing import Any

import attrs
from hypothesis import strategies as st

from reintegratie.gebeurtenissen import (
    MINIMUM_VERLENGING_WEKEN,
    Bekorting,
    Loonsanctie,
    VrijwilligeVerlenging,
)
from reintegratie.kalender import standaard_kalender
from reintegratie.regels import Status, Telwijze, tijdlijn, tijdlijnen, toets
from reintegratie.rollen import Betrokkene
from reintegratie.spoor import Spoorresultaat, Spoorsoort
from reintegratie.testing.factories import STANDAARDSTAPPEN, maak_betrokkenen, met_stappen
from reintegratie.testing.strategies._activiteiten import (
    _activiteit,
    _belastbaarheid,
    _groepsprogramma,
    _nazorg,
    _spoor,
    _uitkomst,
    _werkervaringsplaats,
)
from reintegratie.testing.strategies._basis import (
    _BOOL,
    _LANG,
    GEMENGD,
    MAX_DATUM,
    MIN_DATUM,
    Of,
    _aantal,
    _datums,
    _na,
    _plus,
    _randdagen,
    _trek,
    _verschillende,
    ids,
)
from reintegratie.testing.strategies._gebeurtenissen import _loopbaancheque
from reintegratie.testing.strategies._gesprekken import _betrokkene, _doel, _driegesprek
from reintegratie.testing.strategies._verzuim import verzuim
from reintegratie.traject import Jurisdictie, Traject
from reintegratie.verzuim import Ziekteperiode

__all__ = ["peildata", "trajecten"]

_TE_LAAT = st.integers(1, 60)
_VERLENGING_WEKEN = st.one_of(st.sampled_from((26, 52)), st.integers(MINIMUM_VERLENGING_WEKEN, 104))
_SANCTIE_WEKEN = st.one_of(st.just(52), st.integers(1, 52))


@functools.cache
def _opgewarmd() -> None:
    """Fill the caches the first draw would otherwise fill (the edge dates, the holiday
    calendar, the engine's compiled rules), when the strategy is built: Hypothesis counts
    the time of a draw, and a first draw of a second or more trips ``too_slow`` on a fresh
    checkout and in every pytest-xdist worker."""
    _randdagen(MIN_DATUM, MAX_DATUM)
    kalender = standaard_kalender()
    for jaar in range(MIN_DATUM.year, MAX_DATUM.year + 5):
        kalender.feestdagen(jaar)
    for jurisdictie in Jurisdictie:
        traject = Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=(Ziekteperiode(eerste_dag=_dt.date(2025, 10, 1)),),
            jurisdictie=jurisdictie,
        )
        for telwijze in Telwijze:
            tijdlijn(traject, telwijze=telwijze)
        toets(traject, _dt.date(2027, 10, 1))


def trajecten(*args: Any, **kwargs: Any) -> st.SearchStrategy[Traject]:
    """A valid Traject (see :func:`_trajecten` for the parameters); the caches the draws
    use are filled first, so that drawing stays fast from the first example on."""
    _opgewarmd()
    return _trajecten(*args, **kwargs)


@st.composite
def _trajecten(
    draw: st.DrawFn,
    eerste_ziektedag: Of[_dt.date] | None = None,
    perioden: Of[int] | None = None,
    hersteld: Of[bool] | None = None,
    breuk: Of[int] | None = None,
    verlof: Of[bool] | None = None,
    spoor_2: Of[bool] | None = None,
    op_tijd: Of[bool | None] = GEMENGD,
    te_laat_dagen: Of[int] | None = None,
    loonsanctie: Of[bool] | None = None,
    verlenging: Of[bool] | None = None,
    casemanager: bool = True,
    onderdelen: bool = True,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> Traject:
    """A valid Traject, its standard steps recorded on time, late or missing.

    The sickness comes from :func:`verzuim` (*eerste_ziektedag*, *perioden*,
    *hersteld*, *breuk*, *verlof*). The standard steps
    (:data:`~reintegratie.testing.factories.STANDAARDSTAPPEN`) are recorded by
    :func:`~reintegratie.testing.factories.met_stappen` on the due dates of
    :func:`reintegratie.tijdlijn`: *op_tijd* ``True`` on the date, ``False``
    *te_laat_dagen* (1–60 when drawn, per step) after it, ``None`` missing; the default
    draws that per step. *spoor_2* starts a spoor 2 (the eerstejaarsevaluatie says it
    is needed); *loonsanctie* adds UWV's sanction near the end of the wachttijd
    (sometimes with a bekorting), *verlenging* a vrijwillige verlenging before it
    (both often 52 weeks). Asking for any of these three keeps the last case sick long
    enough for it. *casemanager* false leaves the casemanager out. With *onderdelen*,
    the rest of the model comes too: sporen 1, driegesprekken, goals, activities, a
    group programme, nazorg, belastbaarheid and an outcome.
    """
    werkgever = draw(ids("WG"))
    werknemer = draw(ids("W"))
    s2 = _trek(draw, spoor_2, _BOOL)
    sanctie = _trek(draw, loonsanctie, _BOOL)
    verlengd = _trek(draw, verlenging, _BOOL)
    nodig = 1
    if loonsanctie is True or verlenging is True:
        nodig = _LANG
    elif spoor_2 is True:
        nodig = 500
    ziekte = draw(
        verzuim(
            eerste_ziektedag=eerste_ziektedag,
            perioden=perioden,
            hersteld=hersteld,
            breuk=breuk,
            verlof=verlof,
            min_laatste=nodig,
        )
    )
    mensen = maak_betrokkenen(werkgever, casemanager=casemanager)
    extra: dict[str, Betrokkene] = {}
    for _ in range(_aantal(draw, 2)):
        betrokkene = _betrokkene(draw, ids("EXT"))
        extra.setdefault(betrokkene.id, betrokkene)
    traject = Traject(
        werknemer=werknemer,
        werkgever=werkgever,
        ziekteperioden=ziekte.ziekteperioden,
        verlofperioden=ziekte.verlofperioden,
        betrokkenen=(*mensen, *extra.values()),
    )
    if verlengd:
        eind = tijdlijn(traject, telwijze=telwijze)["einde_wachttijd"]
        if eind.status is not Status.VERVALLEN:
            dag = _plus(eind.uiterlijk, -draw(st.integers(91, 200)))
            weken = draw(_VERLENGING_WEKEN)
            traject = traject.met_gebeurtenis(VrijwilligeVerlenging(datum=dag, weken=weken))
    keuzes = {
        code: draw(op_tijd) if isinstance(op_tijd, st.SearchStrategy) else op_tijd
        for code in STANDAARDSTAPPEN
    }
    laat = {code: _trek(draw, te_laat_dagen, _TE_LAAT) for code in STANDAARDSTAPPEN}
    traject = met_stappen(
        traject,
        keuzes,
        te_laat_dagen=laat,
        casemanager=casemanager,
        spoor_2=s2,
        telwijze=telwijze,
    )
    if sanctie:
        eind = tijdlijn(traject, telwijze=telwijze)["einde_wachttijd"]
        if eind.status is not Status.VERVALLEN:
            besluit = _plus(eind.uiterlijk, -draw(st.integers(0, 60)))
            weken = draw(_SANCTIE_WEKEN)
            traject = traject.met_gebeurtenis(Loonsanctie(datum=besluit, weken=weken))
            if draw(_BOOL):
                bekort = _plus(besluit, draw(st.integers(1, 300)))
                traject = traject.met_gebeurtenis(Bekorting(datum=bekort))
    if onderdelen:
        traject = _met_onderdelen(draw, traject, geslaagd_mag=not s2, nagekomen=op_tijd is True)
    return traject


def _met_onderdelen(
    draw: st.DrawFn, traject: Traject, geslaagd_mag: bool, nagekomen: bool = False
) -> Traject:
    """*traject* with the rest of the model drawn: references only to its own people.

    Every element is drawn by a plain function (no strategy object is built per
    element), on a date up to 1,000 days from the first sick day."""
    x = traject.eerste_ziektedag
    assert x is not None

    def na_x() -> _dt.date:
        return _na(draw, x, 1000)

    personen = [traject.werknemer, *(b.id for b in traject.betrokkenen)]
    aanbieders = [b.id for b in traject.betrokkenen]
    resultaten = tuple(
        r for r in (None, *Spoorresultaat) if geslaagd_mag or r is not Spoorresultaat.GESLAAGD
    )
    extra_sporen = [
        _spoor(draw, Spoorsoort.SPOOR_1, na_x(), aanbieders, resultaten)
        for _ in range(_aantal(draw, 2))
    ]
    gesprekken = []
    if len(personen) >= 3:
        for _ in range(_aantal(draw, 2)):
            wie = _verschillende(draw, personen, draw(st.integers(3, min(4, len(personen)))))
            gesprekken.append(_driegesprek(draw, na_x(), wie, nagekomen))
    return attrs.evolve(
        traject,
        sporen=(*traject.sporen, *extra_sporen),
        driegesprekken=tuple(sorted(gesprekken, key=lambda d: d.datum)),
        doelen=tuple(_doel(draw, na_x()) for _ in range(_aantal(draw, 2))),
        activiteiten=tuple(_activiteit(draw, na_x()) for _ in range(_aantal(draw, 2))),
        groepsprogrammas=tuple(
            _groepsprogramma(draw, na_x(), traject.werknemer) for _ in range(_aantal(draw, 1))
        ),
        nazorg=tuple(_nazorg(draw, na_x(), aanbieders) for _ in range(_aantal(draw, 1))),
        belastbaarheid=tuple(_belastbaarheid(draw, na_x()) for _ in range(_aantal(draw, 2))),
        werkervaringsplaatsen=tuple(
            _werkervaringsplaats(draw, na_x()) for _ in range(_aantal(draw, 1))
        ),
        uitkomsten=tuple(
            sorted(
                (_uitkomst(draw, na_x()) for _ in range(_aantal(draw, 2))), key=lambda u: u.datum
            )
        ),
        loopbaancheques=tuple(
            sorted(
                (_loopbaancheque(draw, na_x()) for _ in range(_aantal(draw, 2))),
                key=lambda c: c.datum,
            )
        ),
    )


@st.composite
def peildata(
    draw: st.DrawFn, traject: Traject, telwijze: Telwijze = Telwijze.EINDE_WEEK
) -> _dt.date:
    """A peildatum for *traject*, often the day before, of or after one of its due dates
    (where statuses change), else any day from its first sick day on."""
    randen = sorted(
        {
            _plus(t.uiterlijk, d)
            for tl in tijdlijnen(traject, telwijze=telwijze)
            for t in tl
            for d in (-1, 0, 1)
        }
    )
    x = traject.eerste_ziektedag or draw(_datums())
    keuzes = [_datums(x)]
    if randen:
        keuzes.insert(0, st.sampled_from(randen))
    return draw(st.one_of(keuzes))

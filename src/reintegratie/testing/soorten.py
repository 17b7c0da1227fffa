"""Hypothesis strategies for every kind of trajectory in both jurisdictions (extra
``hypothesis``); :mod:`reintegratie.testing.strategies` offers them too.

:func:`begeleidingstrajecten` draws sick-leave re-integration (Dutch, through
:func:`~reintegratie.testing.strategies.trajecten`, or Flemish with the events of the
re-integratietraject), career guidance, outplacement, job coaching and a WIA client's
re-integration, with the practice of each: advisers with dated roles, driegesprekken with
agreements in every status, goals, activities with a load, group programmes,
werkervaringsplaatsen, nazorg and several outcomes. Everything drawn is valid.

>>> from hypothesis import given, settings
>>> import reintegratie as ri
>>> @settings(max_examples=10)
... @given(begeleidingstrajecten(soort=ri.Trajectsoort.OUTPLACEMENT))
... def test_geen_poortwachter(traject):
...     assert traject.wettelijke_ziektegevallen == ()
>>> test_geen_poortwachter()

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import datetime as _dt

import attrs
from hypothesis import strategies as st

from reintegratie.gebeurtenissen import (
    BeslissingArbeidsarts,
    MeldingArbeidsarts,
    ReactieWerknemer,
    ReIntegratieplan,
    VerzoekReintegratie,
)
from reintegratie.testing.begeleiding import maak_begeleiding
from reintegratie.testing.strategies._activiteiten import (
    _activiteit,
    _groepsprogramma,
    _nazorg,
    _uitkomst,
    _werkervaringsplaats,
)
from reintegratie.testing.strategies._basis import (
    _BOOL,
    Of,
    _aantal,
    _datums,
    _misschien_id,
    _na,
    _trek,
    _verschillende,
    ids,
)
from reintegratie.testing.strategies._gebeurtenissen import gebeurtenissen
from reintegratie.testing.strategies._gesprekken import _betrokkene, _doel, _driegesprek
from reintegratie.testing.strategies._trajecten import trajecten
from reintegratie.testing.strategies._verzuim import verzuim
from reintegratie.traject import Jurisdictie, Traject
from reintegratie.trajectsoort import Initiatief, Trajectsoort

__all__ = ["begeleidingstrajecten"]

_VLAAMSE_GEBEURTENISSEN = (
    MeldingArbeidsarts,
    VerzoekReintegratie,
    BeslissingArbeidsarts,
    ReIntegratieplan,
    ReactieWerknemer,
)


@st.composite
def _vlaams_verzuim(draw: st.DrawFn) -> Traject:
    """A Flemish sick worker with some events of the re-integratietraject."""
    ziekte = draw(verzuim())
    traject = Traject(
        werknemer=draw(ids("W")),
        werkgever=draw(ids("WG")),
        jurisdictie=Jurisdictie.VL,
        soort=draw(st.sampled_from((None, Trajectsoort.VERZUIMBEGELEIDING))),
        ziekteperioden=ziekte.ziekteperioden,
        verlofperioden=ziekte.verlofperioden,
    )
    x = traject.eerste_ziektedag
    assert x is not None
    soorten = draw(st.lists(st.sampled_from(_VLAAMSE_GEBEURTENISSEN), max_size=3))
    dagen = sorted(draw(st.lists(_datums(x), min_size=len(soorten), max_size=len(soorten))))
    for klasse, dag in zip(soorten, dagen, strict=True):
        traject = traject.met_gebeurtenis(draw(gebeurtenissen(soort=klasse, datum=dag)))
    return traject


@st.composite
def _praktijk(draw: st.DrawFn, soort: Trajectsoort, jurisdictie: Jurisdictie) -> Traject:
    """A trajectory of *soort* (not sick-leave re-integration) with its practice drawn
    (each element by a plain function, on a date up to 1,000 days from the start)."""
    start = draw(_datums())

    def na() -> _dt.date:
        return _na(draw, start, 1000)

    velden: dict[str, object] = {}
    if soort is Trajectsoort.WIA_REINTEGRATIE and draw(_BOOL):
        ziekte = draw(verzuim())
        velden["ziekteperioden"] = ziekte.ziekteperioden
        velden["verlofperioden"] = ziekte.verlofperioden
    traject = maak_begeleiding(
        soort,
        start=start,
        werknemer=draw(ids("W")),
        werkgever=draw(_misschien_id("WG")),
        jurisdictie=jurisdictie,
        **velden,
    )
    extra = [_betrokkene(draw, ids("EXT")) for _ in range(_aantal(draw, 1))]
    mensen = (*traject.betrokkenen, *extra)
    personen = [traject.werknemer, *(b.id for b in mensen)]
    aanbieders = [b.id for b in mensen]
    gesprekken = []
    if len(personen) >= 3:
        for _ in range(_aantal(draw, 2)):
            wie = _verschillende(draw, personen, draw(st.integers(3, min(4, len(personen)))))
            gesprekken.append(_driegesprek(draw, na(), wie, False))
    return attrs.evolve(
        traject,
        betrokkenen=mensen,
        initiatief=draw(st.none() | st.sampled_from(Initiatief)),
        driegesprekken=tuple(sorted((*traject.driegesprekken, *gesprekken), key=lambda d: d.datum)),
        doelen=tuple(_doel(draw, na()) for _ in range(_aantal(draw, 2))),
        activiteiten=tuple(_activiteit(draw, na()) for _ in range(_aantal(draw, 3))),
        groepsprogrammas=tuple(
            _groepsprogramma(draw, na(), traject.werknemer) for _ in range(_aantal(draw, 1))
        ),
        werkervaringsplaatsen=tuple(
            _werkervaringsplaats(draw, na()) for _ in range(_aantal(draw, 1))
        ),
        nazorg=tuple(_nazorg(draw, na(), aanbieders) for _ in range(_aantal(draw, 1))),
        uitkomsten=tuple(
            sorted((_uitkomst(draw, na()) for _ in range(_aantal(draw, 2))), key=lambda u: u.datum)
        ),
    )


@st.composite
def begeleidingstrajecten(
    draw: st.DrawFn,
    soort: Of[Trajectsoort] | None = None,
    jurisdictie: Of[Jurisdictie] | None = None,
) -> Traject:
    """A trajectory of any kind (or *soort*) under either jurisdiction (or *jurisdictie*).

    Dutch sick-leave re-integration is :func:`~reintegratie.testing.strategies.trajecten`
    with the kind sometimes explicit; Flemish sick-leave re-integration has some events of
    the re-integratietraject; the other kinds start on a drawn date, with or without an
    employer.
    """
    wat = _trek(draw, soort, st.sampled_from(Trajectsoort))
    waar = _trek(draw, jurisdictie, st.sampled_from(Jurisdictie))
    if wat is Trajectsoort.VERZUIMBEGELEIDING:
        if waar is Jurisdictie.VL:
            return draw(_vlaams_verzuim())
        traject = draw(trajecten())
        return attrs.evolve(
            traject,
            soort=draw(st.sampled_from((None, Trajectsoort.VERZUIMBEGELEIDING))),
            initiatief=draw(st.none() | st.just(Initiatief.WERKGEVER)),
        )
    return draw(_praktijk(wat, waar))

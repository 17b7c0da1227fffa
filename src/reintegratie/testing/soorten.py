"""Hypothesis strategies for every kind of trajectory in both jurisdictions (extra
``hypothesis``); :mod:`reintegratie.testing.strategies` offers them too.

:func:`begeleidingstrajecten` draws sick-leave re-integration (Dutch, through
:func:`~reintegratie.testing.strategies.trajecten`, or Flemish with the events of the
re-integratietraject), career guidance, outplacement, job coaching and a WIA client's
re-integration, with the practice of each: advisers with dated roles, driegesprekken with
agreements in every status, goals, activities with a load, group programmes,
werkervaringsplaatsen, nazorg and several outcomes. Everything drawn is valid.

>>> from hypothesis import HealthCheck, given, settings
>>> import reintegratie as ri
>>> @settings(max_examples=10, suppress_health_check=[HealthCheck.too_slow])
... @given(begeleidingstrajecten(soort=ri.Trajectsoort.OUTPLACEMENT))
... def test_geen_poortwachter(traject):
...     assert traject.wettelijke_ziektegevallen == ()
>>> test_geen_poortwachter()

.. versionadded:: 0.2.0
"""

from __future__ import annotations

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
from reintegratie.testing.strategies import (
    Of,
    _datums,
    _trek,
    activiteiten,
    betrokkenen,
    driegesprekken,
    gebeurtenissen,
    groepsprogrammas,
    ids,
    leerdoelen,
    nazorg,
    prestatiedoelen,
    trajecten,
    uitkomsten,
    verzuim,
    werkervaringsplaatsen,
)
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
    """A trajectory of *soort* (not sick-leave re-integration) with its practice drawn."""
    start = draw(_datums())
    na = _datums(start)
    velden: dict[str, object] = {}
    if soort is Trajectsoort.WIA_REINTEGRATIE and draw(st.booleans()):
        ziekte = draw(verzuim())
        velden["ziekteperioden"] = ziekte.ziekteperioden
        velden["verlofperioden"] = ziekte.verlofperioden
    traject = maak_begeleiding(
        soort,
        start=start,
        werknemer=draw(ids("W")),
        werkgever=draw(st.none() | ids("WG")),
        jurisdictie=jurisdictie,
        **velden,
    )
    extra = draw(st.lists(betrokkenen(id=ids("EXT")), max_size=1, unique_by=lambda b: b.id))
    mensen = (*traject.betrokkenen, *extra)
    personen = [traject.werknemer, *(b.id for b in mensen)]
    aanbieders = [b.id for b in mensen]
    gesprekken = draw(
        st.lists(
            driegesprekken(
                datum=na,
                deelnemers=st.lists(
                    st.sampled_from(personen), min_size=3, max_size=4, unique=True
                ).map(tuple),
            ),
            max_size=2,
        )
    )
    doelen = draw(
        st.lists(st.one_of(leerdoelen(gesteld_op=na), prestatiedoelen(gesteld_op=na)), max_size=2)
    )
    return attrs.evolve(
        traject,
        betrokkenen=mensen,
        initiatief=draw(st.none() | st.sampled_from(Initiatief)),
        driegesprekken=tuple(sorted((*traject.driegesprekken, *gesprekken), key=lambda d: d.datum)),
        doelen=tuple(doelen),
        activiteiten=tuple(draw(st.lists(activiteiten(start=na), max_size=3))),
        groepsprogrammas=tuple(
            draw(st.lists(groepsprogrammas(start=na, deelnemer=traject.werknemer), max_size=1))
        ),
        werkervaringsplaatsen=tuple(draw(st.lists(werkervaringsplaatsen(start=na), max_size=1))),
        nazorg=tuple(draw(st.lists(nazorg(start=na, aanbieders=aanbieders), max_size=1))),
        uitkomsten=tuple(
            sorted(draw(st.lists(uitkomsten(datum=na), max_size=2)), key=lambda u: u.datum)
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

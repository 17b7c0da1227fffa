"""A generated caseload to try the analysis on: varied, reproducible, valid by construction.

Steps are recorded on the dates the rules engine gives (through
:func:`reintegratie.testing.factories.met_stappen`), on time, late or not at all
according to each employer's habits; nothing after the peildatum is recorded.

>>> from datetime import date
>>> cl = voorbeeldcaseload(50, seed=1)
>>> len(cl), len(cl.werkgevers) > 1
(50, True)
>>> all(g.datum <= date(2026, 6, 1) for t in cl for g in t.gebeurtenissen)
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import random

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import _kort
from reintegratie.activiteiten import Groepsprogramma
from reintegratie.analyse.caseload import Caseload
from reintegratie.errors import ValidationError
from reintegratie.gebeurtenissen import Evaluatie, Loonsanctie
from reintegratie.regels import Status, tijdlijn
from reintegratie.rollen import Betrokkene, Rol
from reintegratie.testing.factories import STANDAARDSTAPPEN, maak_betrokkenen, met_stappen
from reintegratie.traject import Traject, Uitkomst, Uitkomstsoort
from reintegratie.verzuim import Ziekteperiode

__all__ = ["VOORBEELD_PEILDATUM", "voorbeeldcaseload", "voorbeeldtraject"]

#: The peildatum of the generated caseload: the dossiers as they stand that day.
VOORBEELD_PEILDATUM = _dt.date(2026, 6, 1)

_WERKGEVERS = 12
_CASEMANAGERS = 8


def _dag(d: _dt.date, n: int) -> _dt.date:
    return d + _dt.timedelta(days=n)


@gecontroleerd
def voorbeeldtraject(
    rng: random.Random, i: int, peildatum: _dt.date = VOORBEELD_PEILDATUM
) -> Traject:
    """Dossier number *i* of a generated caseload, drawn with *rng* (see
    :func:`voorbeeldcaseload`)."""
    if not isinstance(rng, random.Random):
        raise ValidationError("rng", f"expected a random.Random, got {type(rng).__name__}")
    if not -(2**63) <= i < 2**63:
        raise ValidationError("i", f"expected a 64-bit dossier number, got {_kort(i)}")
    wg = rng.randrange(_WERKGEVERS)
    werkgever = f"WG-{wg + 1:02d}"
    stipt = 0.55 + 0.4 * ((wg * 7919) % _WERKGEVERS) / _WERKGEVERS  # each employer's habit
    x = _dag(peildatum, -rng.randrange(1, 3 * 365))
    soort = rng.random()
    if soort < 0.5:
        duur: int | None = rng.randrange(1, 43)  # short absence
    elif soort < 0.7:
        duur = rng.randrange(43, 300)
    elif soort < 0.85:
        duur = rng.randrange(300, 800)
    else:
        duur = None  # still sick
    perioden = []
    begin = x
    if rng.random() < 0.15:  # a relapse: a first period, a break, then the rest
        eerste = rng.randrange(3, 30)
        perioden.append(Ziekteperiode(eerste_dag=begin, laatste_dag=_dag(begin, eerste - 1)))
        begin = _dag(begin, eerste + rng.choice((5, 14, 27, 28, 40)))
    laatste = None if duur is None else _dag(begin, duur - 1)
    if laatste is not None and laatste >= peildatum:
        laatste = None  # not recovered yet on the peildatum
    if begin >= peildatum:
        begin, laatste = x, None
        perioden = []
    perioden.append(Ziekteperiode(eerste_dag=begin, laatste_dag=laatste))
    cm = f"CM-{rng.randrange(_CASEMANAGERS) + 1}"
    mensen = tuple(
        Betrokkene(id=cm, rollen=frozenset({Rol.CASEMANAGER}), organisatie=werkgever)
        if b.id == "CM-1"
        else b
        for b in maak_betrokkenen(werkgever)
    )
    traject = Traject(
        werknemer=f"W-{i + 1:06d}",
        werkgever=werkgever,
        id=f"T-{i + 1:06d}",
        ziekteperioden=tuple(perioden),
        betrokkenen=mensen,
    )
    if duur is not None and duur < 43 and rng.random() < 0.5:
        return traject  # a short absence registered only: no poortwachter steps recorded
    keuzes: dict[str, bool | None] = {}
    for code in STANDAARDSTAPPEN:
        r = rng.random()
        keuzes[code] = True if r < stipt else (False if r < stipt + (1 - stipt) * 0.6 else None)
    keuzes["evaluatie"] = None  # recorded below, in one go
    spoor_2 = duur is None or duur >= 300
    traject = met_stappen(
        traject,
        keuzes,
        te_laat_dagen={code: rng.randrange(1, 45) for code in STANDAARDSTAPPEN},
        spoor_2=spoor_2 and rng.random() < 0.8,
        peildatum=peildatum,
    )
    # Evaluations on their due dates, some skipped: each counts from the one before, which
    # (done or missed) is that due date, so the dates stay those of the engine.
    tl = tijdlijn(traject)
    for t in tl.alle("evaluatie"):
        if t.uiterlijk <= peildatum and t.status is not Status.VERVALLEN and rng.random() < stipt:
            traject = traject.met_gebeurtenis(Evaluatie(datum=t.uiterlijk))
    if spoor_2 and rng.random() < 0.08:
        eind = tijdlijn(traject)["einde_wachttijd"].uiterlijk
        if eind <= peildatum:
            traject = traject.met_gebeurtenis(
                Loonsanctie(datum=eind, weken=rng.choice((13, 26, 52)))
            )
    if rng.random() < 0.06:
        start = _dag(traject.ziekteperioden[-1].eerste_dag, rng.randrange(60, 200))
        if start <= peildatum:
            grootte = rng.choice((5, 6, 7, 8, 9, 10, 10, 11, 12, 12, 13, 14))
            groep = Groepsprogramma(
                naam="heroriëntatie",
                start=start,
                deelnemers=(traject.werknemer, *(f"X-{i}-{k}" for k in range(grootte - 1))),
            )
            traject = attrs.evolve(traject, groepsprogrammas=(groep,))
    laatste_dag = traject.ziekteperioden[-1].laatste_dag
    if laatste_dag is not None and _dag(laatste_dag, 1) <= peildatum:
        traject = traject.met_uitkomst(_uitkomst(rng, traject, _dag(laatste_dag, 1)))
    return traject


def _uitkomst(rng: random.Random, traject: Traject, dag: _dt.date) -> Uitkomst:
    if traject.sporen:  # spoor 2: about a third find work elsewhere
        soort = rng.choices(
            (
                Uitkomstsoort.NIEUWE_WERKGEVER,
                Uitkomstsoort.EIGEN_BEDRIJF,
                Uitkomstsoort.ANDER_WERK_INTERN,
                Uitkomstsoort.EIGEN_WERK,
                Uitkomstsoort.WIA,
                Uitkomstsoort.WEDERZIJDS_GOEDVINDEN,
            ),
            weights=(28, 5, 22, 20, 15, 10),
        )[0]
    else:
        soort = rng.choices(
            (
                Uitkomstsoort.EIGEN_WERK,
                Uitkomstsoort.ANDER_WERK_INTERN,
                Uitkomstsoort.NIEUWE_WERKGEVER,
            ),
            weights=(90, 7, 3),
        )[0]
    gevraagd = rng.random() < 0.5
    return Uitkomst(
        soort=soort,
        datum=dag,
        tevredenheid_verbeterd=(rng.random() < 0.9) if gevraagd else None,
    )


#: The largest caseload :func:`voorbeeldcaseload` generates (ten million dossiers).
MAX_VOORBEELDEN = 10_000_000


@gecontroleerd
def voorbeeldcaseload(
    n: int, *, seed: int = 0, peildatum: _dt.date = VOORBEELD_PEILDATUM
) -> Caseload:
    """*n* generated dossiers of 12 employers as they stand on *peildatum*.

    Half are short absences, a fifth last a few months, the rest a year or more or are
    still running; some relapse after a break. Half the short absences are registered
    without any poortwachter step; in the others each employer records steps on time, late or
    not at all with its own habit. Long cases start a spoor 2 and now and then get a
    loonsanctie; a few take part in a group programme (sizes 5 to 14); recovered
    dossiers have an outcome. The same *seed* gives the same caseload.

    .. versionadded:: 0.1.0
    """
    if not 0 <= n <= MAX_VOORBEELDEN:
        raise ValidationError(
            "n", f"must be from 0 to {MAX_VOORBEELDEN:,} dossiers, got {_kort(n)}"
        )
    rng = random.Random(seed)
    return Caseload(tuple(voorbeeldtraject(rng, i, peildatum) for i in range(n)))

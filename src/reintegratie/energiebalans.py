"""The energy balance: which activities give energy, which take too much.

Outplacement practice watches the energy balance closely ("welke activiteiten geven
energie, welke nemen (te) veel? Hoe leer ik de juiste maat te vinden?"). Every
:class:`~reintegratie.activiteiten.Activiteit` says whether it gives or costs energy
(``energie``) and how heavy it is (``belasting``: hours, or a 1–10 score).
:func:`energiebalans` sums them per period (a week by default) into what was given, what
was taken and the balance; :func:`energie_per_soort` says per kind of activity what it
gave and took, the heaviest takers first. :func:`reintegratie.analyse.plot_energiebalans`
draws the balance.

An activity counts in the period of its start with its whole load. Activities without a
recorded load are not weighed; each period counts them (``zonder_belasting``) so nothing is
silently dropped. Hours and scores are not added together: a mix is an error naming the
activity.

>>> from datetime import date
>>> from reintegratie.activiteiten import Activiteit, Activiteitsoort, Energie
>>> wandelen = Activiteit(omschrijving="wandelen", start=date(2026, 1, 5),
...                       energie=Energie.GEEFT, soort=Activiteitsoort.WANDELEN, belasting=2)
>>> solliciteren = Activiteit(omschrijving="brieven", start=date(2026, 1, 7),
...                           energie=Energie.KOST, soort=Activiteitsoort.SOLLICITEREN,
...                           belasting=5.5)
>>> [(p.van.isoformat(), p.gegeven, p.gekost, p.saldo)
...  for p in energiebalans([wandelen, solliciteren])]
[('2026-01-05', 2.0, 5.5, -3.5)]
>>> [(c.soort.value, c.saldo) for c in energie_per_soort([wandelen, solliciteren])]
[('solliciteren', -5.5), ('wandelen', 2.0)]

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import controleer_datum
from reintegratie.activiteiten import Activiteit, Activiteitsoort, Belastingseenheid, Energie
from reintegratie.errors import ValidationError

__all__ = ["Energiecijfer", "Energiepunt", "energie_per_soort", "energiebalans"]


@attrs.frozen
class Energiepunt:
    """The energy balance of one period ``[van, tot]``: the load of activities that gave
    energy, of those that took it, and the activities without a recorded load."""

    van: _dt.date
    tot: _dt.date
    gegeven: float
    gekost: float
    neutraal: float
    zonder_belasting: int
    eenheid: Belastingseenheid | None
    """The unit of the loads (``None`` when no activity in the whole balance has one)."""

    @property
    def saldo(self) -> float:
        """Given minus taken: below 0, the period took more than it gave."""
        return self.gegeven - self.gekost


@attrs.frozen
class Energiecijfer:
    """What one kind of activity gave and took over the activities given."""

    soort: Activiteitsoort
    gegeven: float
    gekost: float
    aantal: int

    @property
    def saldo(self) -> float:
        """Given minus taken."""
        return self.gegeven - self.gekost


def _gewogen(
    activiteiten: Iterable[Activiteit],
) -> tuple[list[Activiteit], Belastingseenheid | None]:
    lijst = list(activiteiten)
    eenheid: Belastingseenheid | None = None
    for i, a in enumerate(lijst):
        if not isinstance(a, Activiteit):
            raise ValidationError(
                f"activiteiten[{i}]", f"expected an Activiteit, got {type(a).__name__}"
            )
        if a.belasting is None:
            continue
        if eenheid is None:
            eenheid = a.belastingseenheid
        elif a.belastingseenheid is not eenheid:
            raise ValidationError(
                f"activiteiten[{i}].belastingseenheid",
                f"{a.belastingseenheid.value} cannot be added to {eenheid.value}: weigh every "
                "activity of one balance in the same unit",
            )
    return lijst, eenheid


@gecontroleerd
def energiebalans(
    activiteiten: Iterable[Activiteit],
    *,
    van: _dt.date | None = None,
    tot: _dt.date | None = None,
    dagen: int = 7,
) -> tuple[Energiepunt, ...]:
    """The energy balance per period of *dagen* days (a week by default) from *van* (default:
    the Monday of the first activity's week; with another period length, its start) up to
    and including *tot* (default: the last activity's start). Every period in between is
    listed, also an empty one. Activities starting outside ``[van, tot]`` are left out.
    """
    if isinstance(dagen, bool) or not isinstance(dagen, int) or dagen < 1:
        raise ValidationError("dagen", f"expected a whole number of days >= 1, got {dagen!r}")
    for naam, waarde in (("van", van), ("tot", tot)):
        if waarde is not None:
            controleer_datum(naam, waarde)
    lijst, eenheid = _gewogen(activiteiten)
    if not lijst:
        return ()
    starts = [a.start for a in lijst]
    if van is None:
        van = min(starts)
        if dagen == 7:
            van -= _dt.timedelta(days=van.weekday())
    if tot is None:
        tot = max(starts)
    if tot < van:
        raise ValidationError("tot", f"{tot} precedes van {van}")
    n = (tot - van).days // dagen + 1
    sommen = [[0.0, 0.0, 0.0, 0] for _ in range(n)]
    for a in lijst:
        if not van <= a.start <= tot:
            continue
        rij = sommen[(a.start - van).days // dagen]
        if a.belasting is None:
            rij[3] += 1
            continue
        plek = {Energie.GEEFT: 0, Energie.KOST: 1, Energie.NEUTRAAL: 2}[a.energie]
        rij[plek] += a.belasting
    stap = _dt.timedelta(days=dagen)
    return tuple(
        Energiepunt(
            van=van + i * stap,
            tot=min(van + (i + 1) * stap - _dt.timedelta(days=1), tot),
            gegeven=rij[0],
            gekost=rij[1],
            neutraal=rij[2],
            zonder_belasting=int(rij[3]),
            eenheid=eenheid,
        )
        for i, rij in enumerate(sommen)
    )


@gecontroleerd
def energie_per_soort(activiteiten: Iterable[Activiteit]) -> tuple[Energiecijfer, ...]:
    """Per kind of activity with a recorded load: what it gave and took, the lowest balance
    (the heaviest taker) first, then by kind."""
    lijst, _ = _gewogen(activiteiten)
    per: dict[Activiteitsoort, list[float]] = {}
    for a in lijst:
        if a.belasting is None:
            continue
        rij = per.setdefault(a.soort, [0.0, 0.0, 0])
        if a.energie is Energie.GEEFT:
            rij[0] += a.belasting
        elif a.energie is Energie.KOST:
            rij[1] += a.belasting
        rij[2] += 1
    volgorde = list(Activiteitsoort)
    cijfers = [Energiecijfer(s, r[0], r[1], int(r[2])) for s, r in per.items()]
    return tuple(sorted(cijfers, key=lambda c: (c.saldo, volgorde.index(c.soort))))

"""A Caseload: an immutable collection of trajecten, read from JSON Lines in one pass.

>>> import io
>>> from datetime import date
>>> import reintegratie as ri
>>> def traject(i, werkgever):
...     return ri.Traject(werknemer=f"W-{i}", werkgever=werkgever, id=f"T-{i}",
...                       ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, i)),))
>>> cl = Caseload([traject(1, "WG-A"), traject(2, "WG-B"), traject(3, "WG-A")])
>>> len(cl), cl[0].id
(3, 'T-1')
>>> {wg: len(deel) for wg, deel in cl.per_werkgever().items()}
{'WG-A': 2, 'WG-B': 1}
>>> [t.id for t in cl.filter(lambda t: t.eerste_ziektedag >= date(2025, 10, 2))]
['T-2', 'T-3']
>>> regels = io.StringIO()
>>> ri.schrijf_jsonl(cl, regels)
3
>>> _ = regels.seek(0)
>>> Caseload.uit_jsonl(regels) == cl
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import overload

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie.errors import ValidationError
from reintegratie.kalender import Kalender
from reintegratie.regels import Regel, Telwijze, Tijdlijn, tijdlijn
from reintegratie.rollen import Rol
from reintegratie.serialisatie import Bestand, lees_jsonl
from reintegratie.traject import Traject

__all__ = ["Caseload", "als_caseload"]


def _als_tuple(trajecten: Iterable[Traject]) -> tuple[Traject, ...]:
    if isinstance(trajecten, Caseload):
        return trajecten.trajecten
    if isinstance(trajecten, str | bytes):
        raise ValidationError("Caseload.trajecten", "expected trajecten, got text")
    if not isinstance(trajecten, Iterable):
        raise ValidationError(
            "Caseload.trajecten",
            f"expected an iterable of trajecten, got {type(trajecten).__name__}",
        )
    rij = tuple(trajecten)
    for i, t in enumerate(rij):
        if not isinstance(t, Traject):
            raise ValidationError(
                f"Caseload.trajecten[{i}]", f"expected a Traject, got {type(t).__name__}"
            )
    return rij


@attrs.frozen
class Caseload:
    """An immutable collection of trajecten, in the order given.

    Iterable, sized and indexable; :meth:`filter` and :meth:`per_werkgever` give new
    caseloads. The analysis functions of :mod:`reintegratie.analyse` take a Caseload
    (or any iterable of trajecten).

    .. versionadded:: 0.1.0
    """

    trajecten: tuple[Traject, ...] = attrs.field(converter=_als_tuple)

    @classmethod
    def uit_jsonl(cls, bron: Bestand, *, weergave: Rol | None = None) -> Caseload:
        """The caseload of a JSON Lines stream (a path or an open text or binary file).

        The stream is read one line at a time (:func:`~reintegratie.lees_jsonl`): only
        the parsed trajecten are kept, never the file's text. Errors name the line.
        *weergave* reads privacy views written for that role.
        """
        return cls(lees_jsonl(bron, weergave=weergave))

    def __len__(self) -> int:
        return len(self.trajecten)

    def __iter__(self) -> Iterator[Traject]:
        return iter(self.trajecten)

    @overload
    def __getitem__(self, index: int) -> Traject: ...
    @overload
    def __getitem__(self, index: slice) -> Caseload: ...
    def __getitem__(self, index: int | slice) -> Traject | Caseload:
        if isinstance(index, slice):
            return Caseload(self.trajecten[index])
        return self.trajecten[index]

    def __repr__(self) -> str:
        """A count, never the contents: ``Caseload(100,000 trajecten, 12 werkgevers)``."""
        from reintegratie.analyse.weergave import caseload_repr

        return caseload_repr(self)

    def _repr_html_(self) -> str:
        from reintegratie.analyse.weergave import caseload_html

        return caseload_html(self)

    def filter(self, predicaat: Callable[[Traject], bool]) -> Caseload:
        """The trajecten for which *predicaat* is true, as a new Caseload."""
        return Caseload(tuple(t for t in self.trajecten if predicaat(t)))

    def van_werkgever(self, werkgever: str | None) -> Caseload:
        """The trajecten of one employer (``None``: those without an employer)."""
        return Caseload(tuple(t for t in self.trajecten if t.werkgever == werkgever))

    @property
    def werkgevers(self) -> tuple[str | None, ...]:
        """The employers, in order of first appearance (``None`` for trajecten without
        one)."""
        return tuple(dict.fromkeys(t.werkgever for t in self.trajecten))

    def per_werkgever(self) -> dict[str | None, Caseload]:
        """One Caseload per employer, in order of first appearance (``None`` for trajecten
        without one)."""
        per: dict[str | None, list[Traject]] = {}
        for t in self.trajecten:
            per.setdefault(t.werkgever, []).append(t)
        return {wg: Caseload(tuple(rij)) for wg, rij in per.items()}

    def tijdlijnen(
        self,
        peildatum: _dt.date | None = None,
        *,
        regels: Sequence[Regel] | None = None,
        kalender: Kalender | None = None,
        telwijze: Telwijze = Telwijze.EINDE_WEEK,
    ) -> tuple[Tijdlijn, ...]:
        """The Tijdlijn (latest case of sickness) of every traject, in order."""
        return tuple(
            tijdlijn(t, peildatum, regels=regels, kalender=kalender, telwijze=telwijze)
            for t in self.trajecten
        )


@gecontroleerd
def als_caseload(trajecten: Caseload | Iterable[Traject]) -> Caseload:
    """*trajecten* as a Caseload (itself when it is one)."""
    return trajecten if isinstance(trajecten, Caseload) else Caseload(trajecten)

"""Who is who in a trajectory: the holders of each role on a date, independence, RACI.

:func:`rolhouders` gives the ids that fill a role, counting the roles a betrokkene holds
on that date (:meth:`Betrokkene.rollen_op <reintegratie.rollen.Betrokkene.rollen_op>`:
a casemanager handed over is a new period). :func:`onafhankelijk`, :func:`is_adviseur`
and :func:`is_werkgeverszijde` say how a person takes part; :class:`Raci` and
:func:`raci` read the RACI of a rule or a :class:`Toewijzing`. The allocation itself is
:mod:`reintegratie.rolverdeling`; the checks :mod:`reintegratie.rolcontrole`.

>>> from datetime import date
>>> from reintegratie.rollen import Betrokkene, Rol, Rolperiode
>>> from reintegratie.traject import Traject
>>> t = Traject(werknemer="W-1", werkgever="WG", betrokkenen=(
...     Betrokkene(id="CM-1", rollen=frozenset(), organisatie="WG",
...                perioden=(Rolperiode(rol=Rol.CASEMANAGER, tot=date(2026, 3, 31)),)),
...     Betrokkene(id="CM-2", rollen=frozenset(), organisatie="WG",
...                perioden=(Rolperiode(rol=Rol.CASEMANAGER, vanaf=date(2026, 4, 1)),))))
>>> rolhouders(t, Rol.CASEMANAGER, date(2026, 3, 31)), rolhouders(t, Rol.CASEMANAGER,
...     date(2026, 4, 1))
(('CM-1',), ('CM-2',))

.. versionadded:: 0.2.0
   Split from :mod:`reintegratie.rolverdeling`, which still re-exports every name.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable
from typing import Protocol

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import _kort
from reintegratie.errors import ValidationError
from reintegratie.gebeurtenissen import PlanVanAanpak
from reintegratie.rollen import ADVISEURSROLLEN, Betrokkene, Rol
from reintegratie.traject import Traject

__all__ = [
    "ONAFHANKELIJKE_ROLLEN",
    "UWV",
    "WERKGEVERSROLLEN",
    "Raci",
    "Toewijzing",
    "is_adviseur",
    "is_werkgeverszijde",
    "onafhankelijk",
    "raci",
    "rolhouders",
]


class Raci(enum.Enum):
    """A RACI letter (the value is the letter)."""

    VERANTWOORDELIJK = "R"
    """Responsible: does the step."""
    EINDVERANTWOORDELIJK = "A"
    """Accountable: answers for the step."""
    GERAADPLEEGD = "C"
    """Consulted: heard before the step."""
    GEINFORMEERD = "I"
    """Informed: told of the outcome."""


class _MetRaci(Protocol):
    @property
    def verantwoordelijk(self) -> tuple[Rol, ...]: ...
    @property
    def eindverantwoordelijk(self) -> tuple[Rol, ...]: ...
    @property
    def geraadpleegd(self) -> tuple[Rol, ...]: ...
    @property
    def geinformeerd(self) -> tuple[Rol, ...]: ...


_RACI_VELDEN = ("verantwoordelijk", "eindverantwoordelijk", "geraadpleegd", "geinformeerd")


@gecontroleerd
def raci(stap: _MetRaci) -> tuple[tuple[Raci, tuple[Rol, ...]], ...]:
    """The RACI of a :class:`~reintegratie.regels.model.Regel` or :class:`Toewijzing`, as
    (letter, roles) pairs in R, A, C, I order.

    >>> from reintegratie.regels import POORTWACHTER
    >>> [(letter.value, [r.value for r in rollen]) for letter, rollen in raci(POORTWACHTER[0])]
    [('R', ['werknemer']), ('A', ['werknemer']), ('C', []), ('I', ['werkgever', 'leidinggevende'])]
    """
    if not all(hasattr(stap, letter) for letter in _RACI_VELDEN):
        raise ValidationError(
            "stap", f"expected a Regel or Toewijzing, got {type(stap).__name__} {_kort(stap)}"
        )
    return (
        (Raci.VERANTWOORDELIJK, stap.verantwoordelijk),
        (Raci.EINDVERANTWOORDELIJK, stap.eindverantwoordelijk),
        (Raci.GERAADPLEEGD, stap.geraadpleegd),
        (Raci.GEINFORMEERD, stap.geinformeerd),
    )


@attrs.frozen
class Toewijzing:
    """The RACI of a step that is not a rule (a spoor), with the source of the reading."""

    verantwoordelijk: tuple[Rol, ...] = ()
    eindverantwoordelijk: tuple[Rol, ...] = ()
    geraadpleegd: tuple[Rol, ...] = ()
    geinformeerd: tuple[Rol, ...] = ()
    bron: str = ""


#: Roles through which a person on the employer's side takes part.
WERKGEVERSROLLEN = frozenset({Rol.WERKGEVER, Rol.LEIDINGGEVENDE, Rol.CASEMANAGER})

#: Roles that must be independent of the employer ("an independent link between employer
#: and employee").
ONAFHANKELIJKE_ROLLEN = frozenset({Rol.LOOPBAANADVISEUR, Rol.JOBCOACH, Rol.RE_INTEGRATIEBEDRIJF})

#: The id that fills the UWV role when no betrokkene holds it: UWV is one public body.
UWV = "UWV"


def _benoemd_casemanager(traject: Traject, peildatum: _dt.date | None) -> list[str]:
    """Ids named casemanager in a plan van aanpak (on or before the peildatum)."""
    ids: list[str] = []
    for g in traject.gebeurtenissen:
        if peildatum is not None and g.datum > peildatum:
            break
        if isinstance(g, PlanVanAanpak) and g.casemanager is not None and g.casemanager not in ids:
            ids.append(g.casemanager)
    return ids


@gecontroleerd
def rolhouders(
    traject: Traject, rol: Rol, peildatum: _dt.date | None = None, *, op: _dt.date | None = None
) -> tuple[str, ...]:
    """The ids that fill *rol* in *traject* on the date *op* (default: *peildatum*), in the
    order of ``Traject.betrokkenen``.

    A betrokkene counts with the roles it holds on that date
    (:meth:`~reintegratie.rollen.Betrokkene.rollen_op`; without any date, every role it
    ever held). ``werknemer`` is always the employee. ``casemanager`` also counts the
    betrokkene a plan van aanpak (on or before *peildatum*) names as casemanager.
    ``werkgever`` falls back to ``Traject.werkgever`` (when there is one) and ``uwv`` to
    :data:`UWV` when no betrokkene holds them: the employer and UWV are parties by
    themselves. Any other role can be unfilled.
    """
    if rol is Rol.WERKNEMER:
        return (traject.werknemer,)
    dag = op if op is not None else peildatum
    ids = [b.id for b in traject.betrokkenen if rol in b.rollen_op(dag)]
    if rol is Rol.CASEMANAGER:
        ids += [i for i in _benoemd_casemanager(traject, peildatum) if i not in ids]
    if not ids and rol is Rol.WERKGEVER and traject.werkgever is not None:
        return (traject.werkgever,)
    if not ids and rol is Rol.UWV:
        return (UWV,)
    return tuple(ids)


@gecontroleerd
def onafhankelijk(traject: Traject, betrokkene: Betrokkene) -> bool:
    """Whether *betrokkene* is independent of the employer: not of the employer's
    organisation (``organisatie != Traject.werkgever``) and not the employee's manager.

    An internal but independent centre (such as an in-house career centre) is recorded
    as its own organisation.
    """
    return (
        betrokkene.organisatie != traject.werkgever and not betrokkene.leidinggevende_van_werknemer
    )


@gecontroleerd
def is_werkgeverszijde(
    traject: Traject, betrokkene: Betrokkene, op: _dt.date | None = None
) -> bool:
    """Whether *betrokkene* speaks for the employer in a driegesprek (on *op*): the
    employee's manager, or of the employer's organisation in a role of
    :data:`WERKGEVERSROLLEN`."""
    return betrokkene.leidinggevende_van_werknemer or (
        traject.werkgever is not None
        and betrokkene.organisatie == traject.werkgever
        and bool(betrokkene.rollen_op(op) & WERKGEVERSROLLEN)
    )


@gecontroleerd
def is_adviseur(traject: Traject, betrokkene: Betrokkene, op: _dt.date | None = None) -> bool:
    """Whether *betrokkene* counts as the adviser in a driegesprek (on *op*): a role of
    :data:`~reintegratie.rollen.ADVISEURSROLLEN` held by someone :func:`onafhankelijk`."""
    return bool(betrokkene.rollen_op(op) & ADVISEURSROLLEN) and onafhankelijk(traject, betrokkene)


def _effectieve_rollen(
    traject: Traject, betrokkene: Betrokkene, peildatum: _dt.date | None
) -> frozenset[Rol]:
    rollen = set(betrokkene.rollen_op(peildatum))
    if betrokkene.id in _benoemd_casemanager(traject, peildatum):
        rollen.add(Rol.CASEMANAGER)
    if betrokkene.leidinggevende_van_werknemer:
        rollen.add(Rol.LEIDINGGEVENDE)
    return frozenset(rollen)


def _op_volgorde(rollen: Iterable[Rol]) -> list[Rol]:
    gezet = set(rollen)
    return [r for r in Rol if r in gezet]

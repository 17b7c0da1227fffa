"""The outcomes of a trajectory: several, dated, with the satisfaction of each party.

One trajectory may end in more than one outcome: employment ended by mutual consent and
work found elsewhere (an in-house career centre's burn-out case), or the WIA and a new job
before or after the WIA decision (spoor 2 practice). A career-guidance follow-up asks
three questions, each counted per trajectory (:func:`reintegratie.analyse.uitkomsten`):
did the person change job (:attr:`Uitkomst.andere_baan`), are they more satisfied
(:attr:`Uitkomst.tevredenheid_verbeterd`), and did they stay with a new function
(:attr:`Uitkomst.nieuwe_functie_intern`)?

>>> from datetime import date
>>> from reintegratie.rollen import Rol
>>> u = Uitkomst(soort=Uitkomstsoort.NIEUWE_WERKGEVER, datum=date(2026, 5, 1),
...              tevredenheid=(Tevredenheid(partij=Rol.WERKNEMER, tevreden=True),
...                            Tevredenheid(partij=Rol.WERKGEVER, tevreden=True)))
>>> u.andere_baan, u.tevreden(Rol.WERKGEVER)
(True, True)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum

import attrs

from reintegratie._validatie import datum, enum_van, ja_nee, optioneel, pad, tuple_van, vrije_tekst
from reintegratie.errors import ValidationError
from reintegratie.rollen import Rol

__all__ = ["Tevredenheid", "Uitkomst", "Uitkomstsoort"]


class Uitkomstsoort(enum.Enum):
    """How a trajectory ended: own or other work, a new employer, an own business, and so on."""

    EIGEN_WERK = "eigen_werk"
    """Return to own (possibly adapted) work, or staying in it with new energy."""
    ANDER_WERK_INTERN = "ander_werk_intern"
    """Other work, a new function, with the own employer."""
    NIEUWE_WERKGEVER = "nieuwe_werkgever"
    """Work with a new employer."""
    EIGEN_BEDRIJF = "eigen_bedrijf"
    VRIJWILLIGERSWERK = "vrijwilligerswerk"
    """Volunteer work or other activities than a job."""
    WIA = "wia"
    """Entered the WIA after the wachttijd."""
    WEDERZIJDS_GOEDVINDEN = "wederzijds_goedvinden"
    """Employment ended by mutual consent."""


@attrs.frozen
class Tevredenheid:
    """Whether a party (the employee, the employer, the new employer's side...) is
    satisfied with the outcome: "in every case to the satisfaction of the parties"
    (outplacement practice)."""

    partij: Rol = attrs.field(validator=enum_van(Rol))
    tevreden: bool = attrs.field(validator=ja_nee)
    toelichting: str = attrs.field(default="", validator=vrije_tekst)


def _partijen(
    instance: object, attribute: attrs.Attribute[tuple[Tevredenheid, ...]], value: object
) -> None:
    tuple_van(Tevredenheid)(instance, attribute, value)
    assert isinstance(value, tuple)
    gezien: set[Rol] = set()
    for i, t in enumerate(value):
        if t.partij in gezien:
            raise ValidationError(
                f"{pad(instance, attribute)}[{i}].partij",
                f"{t.partij.value} is listed twice; one judgement per party",
            )
        gezien.add(t.partij)


@attrs.frozen
class Uitkomst:
    """One outcome of a trajectory, dated.

    ``tevredenheid_verbeterd`` records whether the person is more satisfied with their
    work situation afterwards (a follow-up study of Flemish career guidance reports nine
    in ten); ``None`` when not asked. ``tevredenheid`` holds each party's judgement of the
    outcome, one per party.
    """

    soort: Uitkomstsoort = attrs.field(validator=enum_van(Uitkomstsoort))
    datum: _dt.date = attrs.field(validator=datum)
    tevredenheid_verbeterd: bool | None = attrs.field(default=None, validator=optioneel(ja_nee))
    toelichting: str = attrs.field(default="", validator=vrije_tekst)
    tevredenheid: tuple[Tevredenheid, ...] = attrs.field(default=(), validator=_partijen)

    @property
    def andere_baan(self) -> bool:
        """Whether the person left for work elsewhere (a new employer or an own business), as
        Flemish career guidance counts "changing job"; a new function internally is not a
        change of job."""
        return self.soort in (Uitkomstsoort.NIEUWE_WERKGEVER, Uitkomstsoort.EIGEN_BEDRIJF)

    @property
    def nieuwe_functie_intern(self) -> bool:
        """Whether the person took a new function with the own employer."""
        return self.soort is Uitkomstsoort.ANDER_WERK_INTERN

    def tevreden(self, partij: Rol) -> bool | None:
        """Whether *partij* is satisfied with this outcome (``None`` when not recorded)."""
        for t in self.tevredenheid:
            if t.partij is partij:
                return t.tevreden
        return None

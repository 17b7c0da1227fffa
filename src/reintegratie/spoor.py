"""Spoor 1 and spoor 2.

Spoor 1 is re-integration with the own employer (own work, adapted work or
other work); spoor 2 is re-integration with another employer, due when
passende arbeid with the own employer is unlikely (BW 7:658a lid 1). Spoor 1
always has priority; spoor 2 runs beside it; recovery between year 1 and 2
stops spoor 2. A spoor 2 moves through the seven steps of a successful spoor 2.

>>> from datetime import date
>>> spoor = Spoor(soort=Spoorsoort.SPOOR_2, start=date(2026, 9, 1),
...               fasen=(Fase(stap=Spoor2Stap.REGIE, vanaf=date(2026, 9, 1)),
...                      Fase(stap=Spoor2Stap.SOLLICITEREN, vanaf=date(2026, 11, 2))))
>>> spoor.stap_op(date(2026, 12, 1))
<Spoor2Stap.SOLLICITEREN: 'solliciteren'>

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum

import attrs

from reintegratie._validatie import datum, enum_van, optioneel, tekst, tuple_van
from reintegratie.activiteiten import Activiteit, einde_na_start
from reintegratie.errors import ValidationError

__all__ = ["Fase", "Spoor", "Spoor1Werk", "Spoor2Stap", "Spoorresultaat", "Spoorsoort"]


class Spoorsoort(enum.Enum):
    """Spoor 1 (own employer) or spoor 2 (another employer)."""

    SPOOR_1 = "spoor_1"
    SPOOR_2 = "spoor_2"


class Spoor1Werk(enum.Enum):
    """The work a spoor 1 aims at with the own employer."""

    EIGEN_WERK = "eigen_werk"
    AANGEPAST_WERK = "aangepast_werk"
    ANDER_WERK = "ander_werk"


class Spoor2Stap(enum.Enum):
    """The seven steps of a successful spoor 2, as spoor 2 practice describes them."""

    REGIE = "regie"
    """1. Own your career: you need not leave yet, you may."""
    ZELFONDERZOEK = "zelfonderzoek"
    """2. Who am I, what can I do, what do I want: concrete alternatives."""
    POORTWACHTER_WIA = "poortwachter_wia"
    """3. Clarity on the Wet verbetering poortwachter and the WIA application."""
    GEEN_CONFLICT = "geen_conflict"
    """4. No more conflict with the employer."""
    SOLLICITEREN = "solliciteren"
    """5. Applying: CV, letters, LinkedIn, network."""
    WERKERVARING = "werkervaring"
    """6. A werkervaringsplaats to test and build capacity."""
    NIEUWE_BAAN = "nieuwe_baan"
    """7. A new job, before or after the WIA decision."""


class Spoorresultaat(enum.Enum):
    """How a spoor ended."""

    GESLAAGD = "geslaagd"
    """Passende arbeid found (own employer for spoor 1, elsewhere for spoor 2)."""
    NIET_GESLAAGD = "niet_geslaagd"
    GESTOPT_HERSTEL = "gestopt_herstel"
    """Stopped because the employee recovered (between year 1 and 2, spoor 2 stops)."""
    GESTOPT_OVERIG = "gestopt_overig"


@attrs.frozen
class Fase:
    """From ``vanaf`` on, the spoor 2 is in step ``stap``."""

    stap: Spoor2Stap = attrs.field(validator=enum_van(Spoor2Stap))
    vanaf: _dt.date = attrs.field(validator=datum)


@attrs.frozen
class Spoor:
    """A spoor: kind, period, provider (a betrokkene id), steps, activities and result.

    A werkervaringsplaats belongs to the trajectory (``Traject.werkervaringsplaatsen``),
    whatever its kind; a version-1 document's placements inside a spoor move there.

    ``werk`` says what a spoor 1 aims at and must be ``None`` for spoor 2;
    ``fasen`` are only for spoor 2. A ``resultaat`` needs an ``einde``.
    """

    soort: Spoorsoort = attrs.field(validator=enum_van(Spoorsoort))
    start: _dt.date = attrs.field(validator=datum)
    einde: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))
    aanbieder: str | None = attrs.field(default=None, validator=optioneel(tekst))
    werk: Spoor1Werk | None = attrs.field(default=None, validator=optioneel(enum_van(Spoor1Werk)))
    fasen: tuple[Fase, ...] = attrs.field(default=(), validator=tuple_van(Fase))
    activiteiten: tuple[Activiteit, ...] = attrs.field(default=(), validator=tuple_van(Activiteit))
    resultaat: Spoorresultaat | None = attrs.field(
        default=None, validator=optioneel(enum_van(Spoorresultaat))
    )

    def __attrs_post_init__(self) -> None:
        einde_na_start(self)
        if self.soort is Spoorsoort.SPOOR_2 and self.werk is not None:
            raise ValidationError(
                "Spoor.werk", "only a spoor 1 aims at work with the own employer; leave it None"
            )
        if self.soort is Spoorsoort.SPOOR_1 and self.fasen:
            raise ValidationError("Spoor.fasen", "the seven steps belong to a spoor 2")
        if self.resultaat is not None and self.einde is None:
            raise ValidationError("Spoor.resultaat", "a spoor with a result needs an einde")
        for i, fase in enumerate(self.fasen):
            if fase.vanaf < self.start or (self.einde is not None and fase.vanaf > self.einde):
                raise ValidationError(
                    f"Spoor.fasen[{i}].vanaf",
                    f"{fase.vanaf} lies outside the spoor ({self.start}..{self.einde or 'open'})",
                )
            if i and fase.vanaf <= self.fasen[i - 1].vanaf:
                raise ValidationError(
                    f"Spoor.fasen[{i}].vanaf",
                    f"steps must be in date order: {fase.vanaf} is not after "
                    f"{self.fasen[i - 1].vanaf}",
                )

    def loopt_op(self, dag: _dt.date) -> bool:
        """Whether the spoor runs on *dag*."""
        return self.start <= dag and (self.einde is None or dag <= self.einde)

    def stap_op(self, dag: _dt.date) -> Spoor2Stap | None:
        """The spoor 2 step on *dag* (``None`` before the first recorded step)."""
        stap = None
        for fase in self.fasen:
            if fase.vanaf <= dag:
                stap = fase.stap
        return stap

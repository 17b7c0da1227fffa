"""What happens in a trajectory: activities, group programmes, placements, nazorg.

Outplacement and spoor 2 practice cuts a trajectory into small steps, with an eye
on the **energy balance** (which activities give energy, which take too
much), **group programmes** of 8 to 12 people alternated with individual
sessions, a graded build-up in a **werkervaringsplaats**, and **nazorg**
after the new job starts; in job coaching, the jobcoach may stay on for years.

>>> from datetime import date
>>> groep = Groepsprogramma(naam="heroriëntatie", start=date(2026, 2, 2),
...                         deelnemers=tuple(f"W-{i}" for i in range(7)))
>>> groep.binnen_effectieve_omvang
False

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import collections
import datetime as _dt
import enum
from typing import Any

import attrs

from reintegratie._validatie import (
    _kort,
    datum,
    eindig,
    enum_van,
    optioneel,
    pad,
    tekst,
    tuple_van,
    vrije_tekst,
)
from reintegratie.errors import ValidationError

__all__ = [
    "BRON_GROEPSOMVANG",
    "EFFECTIEVE_GROEPSOMVANG",
    "Activiteit",
    "Activiteitsoort",
    "Belastingseenheid",
    "Energie",
    "Groepsprogramma",
    "Nazorg",
    "Opbouwstap",
    "Plaatsingsvorm",
    "Werkervaringsplaats",
]

#: The group size that works best: 8 to 12 people inclusive.
EFFECTIEVE_GROEPSOMVANG = (8, 12)
#: Where the effective group size comes from.
BRON_GROEPSOMVANG = (
    "outplacement practice: groups of 8 to 12 people work best ('een groep van 8 tot 12 personen')"
)


def einde_na_start(instance: Any, veld: str = "einde", start: str = "start") -> None:
    """Raise when ``instance.<veld>`` precedes ``instance.<start>``."""
    begin = getattr(instance, start)
    einde = getattr(instance, veld)
    if einde is not None and einde < begin:
        raise ValidationError(
            f"{type(instance).__name__}.{veld}", f"{einde} precedes {start} {begin}"
        )


class Energie(enum.Enum):
    """An activity's effect on the energy balance: does it give or cost energy?"""

    GEEFT = "geeft"
    KOST = "kost"
    NEUTRAAL = "neutraal"


class Activiteitsoort(enum.Enum):
    """What kind of activity, from career guidance, spoor 2 and job coaching practice;
    anything that helps counts."""

    GESPREK = "gesprek"
    COACHING = "coaching"
    BIOGRAFISCHE_OPDRACHT = "biografische_opdracht"
    BEROEPENONDERZOEK = "beroepenonderzoek"
    SCHOLING = "scholing"
    SOLLICITEREN = "solliciteren"
    NETWERKEN = "netwerken"
    WANDELEN = "wandelen"
    LEZEN = "lezen"
    PRAKTISCH = "praktisch"
    EXCURSIE = "excursie"
    GROEPSBIJEENKOMST = "groepsbijeenkomst"
    SOCIAAL_NETWERK = "sociaal_netwerk"
    OVERIG = "overig"


class Belastingseenheid(enum.Enum):
    """How an activity's load is measured (string values are stable codes)."""

    UREN = "uren"
    """Hours spent on it (more than 0)."""
    SCHAAL = "schaal"
    """A score from 1 (light) to 10 (very heavy), as the person judges it."""


def _belasting(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    veld = pad(instance, attribute)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(veld, f"expected a number, got {type(value).__name__} {_kort(value)}")
    if not eindig(value) or value <= 0:
        raise ValidationError(veld, f"must be a finite number above 0, got {_kort(value)}")


@attrs.frozen
class Activiteit:
    """One activity with its energy effect and its load; ``einde`` for activities that span
    days.

    ``energie`` says whether it gives or costs energy; ``belasting`` how much, in
    ``belastingseenheid`` (hours, or a 1–10 score); ``None`` when not recorded. Together
    they make the energy balance (:mod:`reintegratie.energiebalans`): "which activities
    give energy, which take too much?"
    """

    omschrijving: str = attrs.field(validator=tekst)
    start: _dt.date = attrs.field(validator=datum)
    energie: Energie = attrs.field(validator=enum_van(Energie))
    soort: Activiteitsoort = attrs.field(
        default=Activiteitsoort.OVERIG, validator=enum_van(Activiteitsoort)
    )
    einde: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))
    belasting: float | None = attrs.field(default=None, validator=_belasting)
    belastingseenheid: Belastingseenheid = attrs.field(
        default=Belastingseenheid.UREN, validator=enum_van(Belastingseenheid)
    )

    def __attrs_post_init__(self) -> None:
        einde_na_start(self)
        if (
            self.belastingseenheid is Belastingseenheid.SCHAAL
            and self.belasting is not None
            and not 1 <= self.belasting <= 10
        ):
            raise ValidationError(
                "Activiteit.belasting", f"a score is from 1 to 10, got {self.belasting}"
            )


def _unieke_ids(
    instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: object
) -> None:
    tuple_van(str, tekst_elementen=True)(instance, attribute, value)
    assert isinstance(value, tuple)
    if len(set(value)) == len(value):  # the common case, without counting
        return
    dubbel = sorted(d for d, n in collections.Counter(value).items() if n > 1)
    if dubbel:
        raise ValidationError(pad(instance, attribute), f"listed twice: {', '.join(dubbel)}")


@attrs.frozen
class Groepsprogramma:
    """A group programme, as in outplacement practice. Any size is allowed; 8–12 is the
    effective size, see :attr:`binnen_effectieve_omvang`. ``deelnemers`` are opaque person
    ids."""

    naam: str = attrs.field(validator=tekst)
    start: _dt.date = attrs.field(validator=datum)
    deelnemers: tuple[str, ...] = attrs.field(validator=_unieke_ids)
    einde: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))
    begeleider: str | None = attrs.field(default=None, validator=optioneel(tekst))

    def __attrs_post_init__(self) -> None:
        einde_na_start(self)
        if not self.deelnemers:
            raise ValidationError("Groepsprogramma.deelnemers", "a group needs participants")

    @property
    def omvang(self) -> int:
        """Number of participants."""
        return len(self.deelnemers)

    @property
    def binnen_effectieve_omvang(self) -> bool:
        """Whether the group has 8 to 12 participants (:data:`EFFECTIEVE_GROEPSOMVANG`)."""
        laag, hoog = EFFECTIEVE_GROEPSOMVANG
        return laag <= len(self.deelnemers) <= hoog


class Plaatsingsvorm(enum.Enum):
    """How a person works elsewhere to test and build capacity."""

    WERKERVARINGSPLAATS = "werkervaringsplaats"
    DETACHERING = "detachering"
    STAGE = "stage"


def _uren(instance: object, attribute: attrs.Attribute[float], value: object) -> None:
    veld = pad(instance, attribute)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(veld, f"expected a number of hours, got {type(value).__name__}")
    if not 0 < value <= 60:
        raise ValidationError(
            veld, f"must be more than 0 and at most 60 hours a week, got {_kort(value)}"
        )


@attrs.frozen
class Opbouwstap:
    """From ``vanaf`` on, ``uren_per_week`` hours a week."""

    vanaf: _dt.date = attrs.field(validator=datum)
    uren_per_week: float = attrs.field(validator=_uren)


@attrs.frozen
class Werkervaringsplaats:
    """A werkervaringsplaats, detachering or stage with a graded build-up of hours."""

    organisatie: str = attrs.field(validator=tekst)
    start: _dt.date = attrs.field(validator=datum)
    opbouw: tuple[Opbouwstap, ...] = attrs.field(validator=tuple_van(Opbouwstap))
    vorm: Plaatsingsvorm = attrs.field(
        default=Plaatsingsvorm.WERKERVARINGSPLAATS, validator=enum_van(Plaatsingsvorm)
    )
    einde: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))

    def __attrs_post_init__(self) -> None:
        einde_na_start(self)
        if not self.opbouw:
            raise ValidationError("Werkervaringsplaats.opbouw", "needs at least one step")
        if self.opbouw[0].vanaf != self.start:
            raise ValidationError(
                "Werkervaringsplaats.opbouw[0].vanaf",
                f"the build-up starts with the placement ({self.start}), "
                f"got {self.opbouw[0].vanaf}",
            )
        for i in range(1, len(self.opbouw)):
            if self.opbouw[i].vanaf <= self.opbouw[i - 1].vanaf:
                raise ValidationError(
                    f"Werkervaringsplaats.opbouw[{i}].vanaf",
                    f"steps must be in date order: {self.opbouw[i].vanaf} is not after "
                    f"{self.opbouw[i - 1].vanaf}",
                )
            if self.einde is not None and self.opbouw[i].vanaf > self.einde:
                raise ValidationError(
                    f"Werkervaringsplaats.opbouw[{i}].vanaf",
                    f"{self.opbouw[i].vanaf} is after the placement ends ({self.einde})",
                )

    def uren_op(self, dag: _dt.date) -> float:
        """Hours a week on *dag* (0 outside the placement)."""
        if dag < self.start or (self.einde is not None and dag > self.einde):
            return 0.0
        uren = 0.0
        for stap in self.opbouw:
            if stap.vanaf <= dag:
                uren = stap.uren_per_week
        return uren

    @property
    def is_oplopend(self) -> bool:
        """Whether the hours never go down from one step to the next."""
        return all(
            a.uren_per_week <= b.uren_per_week
            for a, b in zip(self.opbouw, self.opbouw[1:], strict=False)
        )


@attrs.frozen
class Nazorg:
    """Guidance after the new job starts; in job coaching it may continue for years."""

    start: _dt.date = attrs.field(validator=datum)
    einde: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))
    aanbieder: str | None = attrs.field(default=None, validator=optioneel(tekst))
    omschrijving: str = attrs.field(default="", validator=vrije_tekst)

    def __attrs_post_init__(self) -> None:
        einde_na_start(self)

    def duur_dagen(self, peildatum: _dt.date) -> int:
        """Days of nazorg up to and including *peildatum* (or its end)."""
        einde = peildatum if self.einde is None else min(self.einde, peildatum)
        return max(0, (einde - self.start).days + 1)

"""Learning goals and performance goals (job coaching practice).

Research cited in job coaching practice finds that **leerdoelen** (what someone wants to
get better at, e.g. finding relevant vacancies) work better than
**prestatiedoelen** (a result to reach, e.g. four applications a week) for
unfamiliar tasks such as applying. They are distinct kinds: a Leerdoel is
evaluated by judged progress, a Prestatiedoel by measurements against its
target.

>>> from datetime import date
>>> doel = Prestatiedoel(omschrijving="sollicitaties versturen", gesteld_op=date(2026, 1, 5),
...                      doelwaarde=4, eenheid="sollicitaties", per=Meetperiode.WEEK,
...                      metingen=(Meting(datum=date(2026, 1, 12), waarde=3),))
>>> doel.laatste_realisatie
0.75

A goal closes: reached, not reached, or stopped, on a date. Measurements may be decimal
(2.5 hours of study):

>>> doel.afgesloten(date(2026, 3, 2), Doelstatus.BEHAALD).open_op(date(2026, 3, 2))
False
>>> Meting(datum=date(2026, 1, 19), waarde=2.5).waarde
2.5

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import Any, TypeVar

import attrs

from reintegratie._validatie import (
    _kort,
    bereik,
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
    "Doel",
    "Doelstatus",
    "Leerdoel",
    "Meetperiode",
    "Meting",
    "Prestatiedoel",
    "Voortgang",
]


class Doelstatus(enum.Enum):
    """Where a goal stands (string values are stable codes)."""

    LOPEND = "lopend"
    """Being worked on."""
    BEHAALD = "behaald"
    """Reached, closed on ``afgesloten_op``."""
    NIET_BEHAALD = "niet_behaald"
    """Not reached when it was closed."""
    GESTOPT = "gestopt"
    """Dropped or replaced by another goal."""


def _getal(minimum: float, *, strikt: bool) -> Any:
    """A finite int or float (not a bool) at least (or, *strikt*, above) *minimum*."""

    def _valideer(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        veld = pad(instance, attribute)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError(
                veld, f"expected a number, got {type(value).__name__} {_kort(value)}"
            )
        if not eindig(value):
            raise ValidationError(veld, f"must be a finite number, got {_kort(value)}")
        if value < minimum or (strikt and value == minimum):
            teken = "more than" if strikt else "at least"
            raise ValidationError(veld, f"must be {teken} {minimum:g}, got {_kort(value)}")

    return _valideer


def _afsluiting(doel: Leerdoel | Prestatiedoel, veld: str, reeks: tuple[Any, ...]) -> None:
    """``afgesloten_op`` exactly when the goal is no longer running, not before it was set,
    and no evaluation after it."""
    naam = type(doel).__name__
    if doel.status is Doelstatus.LOPEND:
        if doel.afgesloten_op is not None:
            raise ValidationError(
                f"{naam}.afgesloten_op", "a running goal is not closed; set its status too"
            )
        return
    if doel.afgesloten_op is None:
        raise ValidationError(
            f"{naam}.afgesloten_op", f"a goal with status {doel.status.value} needs the date"
        )
    if doel.afgesloten_op < doel.gesteld_op:
        raise ValidationError(
            f"{naam}.afgesloten_op",
            f"{doel.afgesloten_op} precedes the date the goal was set ({doel.gesteld_op})",
        )
    for i, e in enumerate(reeks):
        if e.datum > doel.afgesloten_op:
            raise ValidationError(
                f"{naam}.{veld}[{i}].datum",
                f"{e.datum} is after the goal was closed ({doel.afgesloten_op})",
            )


_D = TypeVar("_D", "Leerdoel", "Prestatiedoel")


def _sluit(doel: _D, op: _dt.date, status: Doelstatus) -> _D:
    if status is Doelstatus.LOPEND:
        raise ValidationError("status", "closing a goal needs another status than lopend")
    return attrs.evolve(doel, status=status, afgesloten_op=op)


@attrs.frozen
class Voortgang:
    """A judged step of progress on a Leerdoel: 0–100 percent, with a note."""

    datum: _dt.date = attrs.field(validator=datum)
    percentage: int = attrs.field(validator=bereik(0, 100))
    toelichting: str = attrs.field(default="", validator=vrije_tekst)


@attrs.frozen
class Meting:
    """A measured value of a Prestatiedoel over its period (e.g. 3 applications that week)."""

    datum: _dt.date = attrs.field(validator=datum)
    waarde: float = attrs.field(validator=_getal(0, strikt=False))
    """0 or more; a whole number or a decimal (2.5 hours)."""


class Meetperiode(enum.Enum):
    """The period a Prestatiedoel's target applies to."""

    DAG = "dag"
    WEEK = "week"
    MAAND = "maand"
    TOTAAL = "totaal"


def _evaluaties_na(gesteld_op: _dt.date, reeks: tuple[Voortgang | Meting, ...], veld: str) -> None:
    vorige: _dt.date | None = None
    for i, e in enumerate(reeks):
        if e.datum < gesteld_op:
            raise ValidationError(
                f"{veld}[{i}].datum", f"{e.datum} precedes the date the goal was set ({gesteld_op})"
            )
        if vorige is not None and e.datum < vorige:
            raise ValidationError(
                f"{veld}[{i}].datum", f"{e.datum} precedes the previous entry ({vorige})"
            )
        vorige = e.datum


@attrs.frozen
class Leerdoel:
    """A learning goal: what the person wants to get better at, with progress over time."""

    omschrijving: str = attrs.field(validator=tekst)
    gesteld_op: _dt.date = attrs.field(validator=datum)
    voortgang: tuple[Voortgang, ...] = attrs.field(default=(), validator=tuple_van(Voortgang))
    status: Doelstatus = attrs.field(default=Doelstatus.LOPEND, validator=enum_van(Doelstatus))
    afgesloten_op: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))

    def __attrs_post_init__(self) -> None:
        _evaluaties_na(self.gesteld_op, self.voortgang, "Leerdoel.voortgang")
        _afsluiting(self, "voortgang", self.voortgang)

    def open_op(self, dag: _dt.date) -> bool:
        """Whether the goal was set and still running on *dag*."""
        return self.gesteld_op <= dag and (self.afgesloten_op is None or dag < self.afgesloten_op)

    def afgesloten(self, op: _dt.date, status: Doelstatus) -> Leerdoel:
        """The goal closed on *op* with *status*."""
        return _sluit(self, op, status)

    @property
    def laatste_voortgang(self) -> int | None:
        """The most recent progress percentage, ``None`` before the first evaluation."""
        return self.voortgang[-1].percentage if self.voortgang else None


@attrs.frozen
class Prestatiedoel:
    """A performance goal with a measurable target (``doelwaarde`` ``eenheid`` per ``per``)."""

    omschrijving: str = attrs.field(validator=tekst)
    gesteld_op: _dt.date = attrs.field(validator=datum)
    doelwaarde: float = attrs.field(validator=_getal(0, strikt=True))
    """More than 0; a whole number or a decimal (e.g. 7.5 hours)."""
    eenheid: str = attrs.field(validator=tekst)
    per: Meetperiode = attrs.field(default=Meetperiode.WEEK, validator=enum_van(Meetperiode))
    metingen: tuple[Meting, ...] = attrs.field(default=(), validator=tuple_van(Meting))
    status: Doelstatus = attrs.field(default=Doelstatus.LOPEND, validator=enum_van(Doelstatus))
    afgesloten_op: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))

    def __attrs_post_init__(self) -> None:
        _evaluaties_na(self.gesteld_op, self.metingen, "Prestatiedoel.metingen")
        _afsluiting(self, "metingen", self.metingen)

    def open_op(self, dag: _dt.date) -> bool:
        """Whether the goal was set and still running on *dag*."""
        return self.gesteld_op <= dag and (self.afgesloten_op is None or dag < self.afgesloten_op)

    def afgesloten(self, op: _dt.date, status: Doelstatus) -> Prestatiedoel:
        """The goal closed on *op* with *status*."""
        return _sluit(self, op, status)

    @property
    def laatste_realisatie(self) -> float | None:
        """The last measurement as a fraction of the target (may exceed 1)."""
        return self.metingen[-1].waarde / self.doelwaarde if self.metingen else None

    def gehaald(self, meting: Meting) -> bool:
        """Whether *meting* reaches the target."""
        return meting.waarde >= self.doelwaarde


Doel = Leerdoel | Prestatiedoel
"""Either kind of goal."""

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

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum

import attrs

from reintegratie._validatie import bereik, datum, enum_van, tekst, tuple_van, vrije_tekst
from reintegratie.errors import ValidationError

__all__ = ["Doel", "Leerdoel", "Meetperiode", "Meting", "Prestatiedoel", "Voortgang"]


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
    waarde: int = attrs.field(validator=bereik(0))


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

    def __attrs_post_init__(self) -> None:
        _evaluaties_na(self.gesteld_op, self.voortgang, "Leerdoel.voortgang")

    @property
    def laatste_voortgang(self) -> int | None:
        """The most recent progress percentage, ``None`` before the first evaluation."""
        return self.voortgang[-1].percentage if self.voortgang else None


@attrs.frozen
class Prestatiedoel:
    """A performance goal with a measurable target (``doelwaarde`` ``eenheid`` per ``per``)."""

    omschrijving: str = attrs.field(validator=tekst)
    gesteld_op: _dt.date = attrs.field(validator=datum)
    doelwaarde: int = attrs.field(validator=bereik(1))
    eenheid: str = attrs.field(validator=tekst)
    per: Meetperiode = attrs.field(default=Meetperiode.WEEK, validator=enum_van(Meetperiode))
    metingen: tuple[Meting, ...] = attrs.field(default=(), validator=tuple_van(Meting))

    def __attrs_post_init__(self) -> None:
        _evaluaties_na(self.gesteld_op, self.metingen, "Prestatiedoel.metingen")

    @property
    def laatste_realisatie(self) -> float | None:
        """The last measurement as a fraction of the target (may exceed 1)."""
        return self.metingen[-1].waarde / self.doelwaarde if self.metingen else None

    def gehaald(self, meting: Meting) -> bool:
        """Whether *meting* reaches the target."""
        return meting.waarde >= self.doelwaarde


Doel = Leerdoel | Prestatiedoel
"""Either kind of goal."""

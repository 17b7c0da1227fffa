"""Driegesprekken and the agreements made in them.

A driegesprek, as an independent in-house career centre holds them, brings
together the employee, an employer-side person (manager or casemanager) and an
adviser (career adviser, sometimes the arbeidsdeskundige) to keep everyone
informed. Participants are betrokkene ids (and the employee's id); whether the
right roles attended is a check of the role allocation, not of this class.

>>> from datetime import date
>>> gesprek = Driegesprek(
...     datum=date(2025, 11, 20),
...     deelnemers=("W-001", "L-1", "A-1"),
...     onderwerpen=("voortgang traject",),
...     afspraken=(Afspraak(wat="beroepenonderzoek afronden", wie="W-001",
...                         uiterlijk=date(2025, 12, 18)),),
... )
>>> len(gesprek.deelnemers)
3

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import collections
import datetime as _dt
import enum

import attrs

from reintegratie._validatie import datum, enum_van, optioneel, pad, tekst, tuple_van
from reintegratie.errors import ValidationError

__all__ = ["Afspraak", "Afspraakstatus", "Driegesprek"]


class Afspraakstatus(enum.Enum):
    """Where an agreement stands (string values are stable codes)."""

    OPEN = "open"
    """Not yet kept: overdue once its due date has passed."""
    NAGEKOMEN = "nagekomen"
    """Kept, on ``afgerond_op``."""
    VERVALLEN = "vervallen"
    """Dropped by the parties, on ``afgerond_op`` (no longer needed or replaced)."""
    ONBEKEND = "onbekend"
    """Recorded before agreements had a status (a version-1 document): never reported
    as overdue, since nobody said whether it was kept."""


@attrs.frozen
class Afspraak:
    """An agreement: what, its owner ``wie`` (a participant id), by when (optional) and
    where it stands.

    ``status`` is ``open`` until the agreement is kept or dropped; then ``afgerond_op``
    says when. An open agreement past ``uiterlijk`` is overdue
    (:meth:`verlopen_op`).

    >>> from datetime import date
    >>> a = Afspraak(wat="vacatures zoeken", wie="W-1", uiterlijk=date(2026, 3, 6))
    >>> a.verlopen_op(date(2026, 3, 6)), a.verlopen_op(date(2026, 3, 7))
    (False, True)
    >>> a.afgerond(date(2026, 3, 5)).verlopen_op(date(2026, 3, 9))
    False
    """

    wat: str = attrs.field(validator=tekst)
    wie: str = attrs.field(validator=tekst)
    uiterlijk: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))
    status: Afspraakstatus = attrs.field(
        default=Afspraakstatus.OPEN, validator=enum_van(Afspraakstatus)
    )
    afgerond_op: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))

    def __attrs_post_init__(self) -> None:
        afgerond = self.status in (Afspraakstatus.NAGEKOMEN, Afspraakstatus.VERVALLEN)
        if afgerond and self.afgerond_op is None:
            raise ValidationError(
                "Afspraak.afgerond_op", f"a {self.status.value} agreement needs the date"
            )
        if not afgerond and self.afgerond_op is not None:
            raise ValidationError(
                "Afspraak.afgerond_op",
                f"only a kept or dropped agreement has a date; status is {self.status.value}",
            )

    def open_op(self, peildatum: _dt.date) -> bool:
        """Whether the agreement is still open on *peildatum* (kept or dropped later counts
        as open then; ``onbekend`` never)."""
        if self.status is Afspraakstatus.ONBEKEND:
            return False
        return self.afgerond_op is None or self.afgerond_op > peildatum

    def verlopen_op(self, peildatum: _dt.date) -> bool:
        """Whether the agreement is open on *peildatum* and its due date has passed."""
        return self.uiterlijk is not None and self.uiterlijk < peildatum and self.open_op(peildatum)

    def afgerond(self, op: _dt.date, *, nagekomen: bool = True) -> Afspraak:
        """The agreement kept (or with ``nagekomen=False`` dropped) on *op*."""
        status = Afspraakstatus.NAGEKOMEN if nagekomen else Afspraakstatus.VERVALLEN
        return attrs.evolve(self, status=status, afgerond_op=op)


def _deelnemers(
    instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: object
) -> None:
    tuple_van(str, tekst_elementen=True)(instance, attribute, value)
    assert isinstance(value, tuple)
    if len(value) >= 3 and len(set(value)) == len(value):  # the common case
        return
    veld = pad(instance, attribute)
    dubbel = sorted(d for d, n in collections.Counter(value).items() if n > 1)
    if dubbel:
        raise ValidationError(veld, f"participant listed twice: {', '.join(dubbel)}")
    if len(value) < 3:
        raise ValidationError(
            veld,
            f"a driegesprek has at least three participants (employee, employer side, adviser), "
            f"got {len(value)}",
        )


@attrs.frozen
class Driegesprek:
    """A three-way conversation: date, participants, topics and agreements."""

    datum: _dt.date = attrs.field(validator=datum)
    deelnemers: tuple[str, ...] = attrs.field(validator=_deelnemers)
    onderwerpen: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_van(str, tekst_elementen=True)
    )
    afspraken: tuple[Afspraak, ...] = attrs.field(default=(), validator=tuple_van(Afspraak))

    def __attrs_post_init__(self) -> None:
        deelnemers = frozenset(self.deelnemers)
        for i, afspraak in enumerate(self.afspraken):
            if afspraak.wie not in deelnemers:
                raise ValidationError(
                    f"Driegesprek.afspraken[{i}].wie",
                    f"{afspraak.wie!r} is not a participant of this driegesprek",
                )
            if afspraak.uiterlijk is not None and afspraak.uiterlijk < self.datum:
                raise ValidationError(
                    f"Driegesprek.afspraken[{i}].uiterlijk",
                    f"{afspraak.uiterlijk} precedes the driegesprek itself ({self.datum})",
                )
            if afspraak.afgerond_op is not None and afspraak.afgerond_op < self.datum:
                raise ValidationError(
                    f"Driegesprek.afspraken[{i}].afgerond_op",
                    f"{afspraak.afgerond_op} precedes the driegesprek itself ({self.datum})",
                )

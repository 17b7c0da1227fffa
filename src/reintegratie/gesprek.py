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

import attrs

from reintegratie._validatie import datum, optioneel, pad, tekst, tuple_van
from reintegratie.errors import ValidationError

__all__ = ["Afspraak", "Driegesprek"]


@attrs.frozen
class Afspraak:
    """An agreement: what, who (a participant id), and by when (optional)."""

    wat: str = attrs.field(validator=tekst)
    wie: str = attrs.field(validator=tekst)
    uiterlijk: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))


def _deelnemers(
    instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: object
) -> None:
    tuple_van(str, tekst_elementen=True)(instance, attribute, value)
    assert isinstance(value, tuple)
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

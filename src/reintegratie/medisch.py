"""Medical data: a separate record that only the bedrijfsarts holds.

The employer may not register diagnoses or medical details (AVG art. 9; see
``docs/rollen.md``). Nothing in :class:`~reintegratie.traject.Traject` can hold
medical data; it lives here, keyed by the employee's opaque id, and only the
bedrijfsarts side keeps it. The serialization layer emits it for the
bedrijfsarts alone.

>>> from datetime import date
>>> dossier = MedischDossier(werknemer="W-001", bedrijfsarts="BA-1", aantekeningen=(
...     MedischeAantekening(datum=date(2025, 10, 8), diagnose="burn-out"),))
>>> dossier.aantekeningen[0].diagnose
'burn-out'

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt

import attrs

from reintegratie._validatie import datum, tekst, tuple_van, vrije_tekst
from reintegratie.errors import ValidationError

__all__ = ["MedischDossier", "MedischeAantekening"]


@attrs.frozen
class MedischeAantekening:
    """A dated medical note: diagnosis and details (bedrijfsarts only)."""

    datum: _dt.date = attrs.field(validator=datum)
    diagnose: str = attrs.field(validator=tekst)
    toelichting: str = attrs.field(default="", validator=vrije_tekst)


@attrs.frozen
class MedischDossier:
    """The bedrijfsarts's medical record of one employee (ids only, no names)."""

    werknemer: str = attrs.field(validator=tekst)
    bedrijfsarts: str = attrs.field(validator=tekst)
    aantekeningen: tuple[MedischeAantekening, ...] = attrs.field(
        default=(), validator=tuple_van(MedischeAantekening)
    )

    def __attrs_post_init__(self) -> None:
        for i in range(1, len(self.aantekeningen)):
            if self.aantekeningen[i].datum < self.aantekeningen[i - 1].datum:
                raise ValidationError(
                    f"MedischDossier.aantekeningen[{i}].datum",
                    f"must be in date order: {self.aantekeningen[i].datum} precedes "
                    f"{self.aantekeningen[i - 1].datum}",
                )

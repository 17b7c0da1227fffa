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
import enum

import attrs

from reintegratie._validatie import datum, enum_van, tekst, tuple_van, vrije_tekst
from reintegratie.errors import ValidationError

__all__ = ["MedischDossier", "MedischeAantekening", "Vangnet", "Vangnetsoort"]


class Vangnetsoort(enum.Enum):
    """Which vangnet of the Ziektewet applies: medical data (it may reveal a pregnancy, an
    organ donation or a handicap), so it lives only here. The employer records only
    *that* a vangnet applies (``Ziekteperiode.vangnet``; AP beleidsregels "De zieke
    werknemer" 2016, section 4.4: "niet onder welke vangnetbepaling").

    The kind decides when the employer reports the sickness to UWV (uwv.nl, "Ziek melden
    bij UWV"): by the fourth sick day, or within 6 weeks for pregnancy-related sickness
    before the leave.
    """

    NO_RISKPOLIS = "no_riskpolis"
    """The employee falls under the no-riskpolis."""
    FICTIEF_DIENSTVERBAND = "fictief_dienstverband"
    """A fictitious employment (thuiswerker, stagiair, aannemer van werk, ...)."""
    ORGAANDONATIE = "orgaandonatie"
    """Sickness from organ donation (donating or receiving)."""
    ZWANGERSCHAP_VOOR_VERLOF = "zwangerschap_voor_verlof"
    """Sickness from pregnancy before the pregnancy leave (and before the
    flexibiliseringsperiode): reported within 6 weeks."""
    ZWANGERSCHAP_FLEXIBILISERINGSPERIODE = "zwangerschap_flexibiliseringsperiode"
    """Sick in the flexibiliseringsperiode (6 to 4 weeks before the expected delivery)."""
    ZWANGERSCHAP_NA_VERLOF = "zwangerschap_na_verlof"
    """Sickness from pregnancy or childbirth after the WAZO leave."""


@attrs.frozen
class Vangnet:
    """The vangnet that applies to the sickness period starting on ``eerste_dag``."""

    eerste_dag: _dt.date = attrs.field(validator=datum)
    soort: Vangnetsoort = attrs.field(validator=enum_van(Vangnetsoort))


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
    vangnetten: tuple[Vangnet, ...] = attrs.field(default=(), validator=tuple_van(Vangnet))
    """Which vangnet applies to which sickness period (by its first day), in date order."""

    def vangnet_op(self, eerste_dag: _dt.date) -> Vangnetsoort | None:
        """The vangnet of the sickness period that starts on *eerste_dag* (``None``: none)."""
        for v in self.vangnetten:
            if v.eerste_dag == eerste_dag:
                return v.soort
        return None

    def __attrs_post_init__(self) -> None:
        for i in range(1, len(self.aantekeningen)):
            if self.aantekeningen[i].datum < self.aantekeningen[i - 1].datum:
                raise ValidationError(
                    f"MedischDossier.aantekeningen[{i}].datum",
                    f"must be in date order: {self.aantekeningen[i].datum} precedes "
                    f"{self.aantekeningen[i - 1].datum}",
                )
        for i in range(1, len(self.vangnetten)):
            if self.vangnetten[i].eerste_dag <= self.vangnetten[i - 1].eerste_dag:
                raise ValidationError(
                    f"MedischDossier.vangnetten[{i}].eerste_dag",
                    f"must be in date order, one per period: {self.vangnetten[i].eerste_dag} "
                    f"does not follow {self.vangnetten[i - 1].eerste_dag}",
                )

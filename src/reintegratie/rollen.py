"""Roles and the people who hold them in a trajectory.

The roles are those of DOMAIN.md "Roles": the employee and employer, the
manager (leidinggevende), the casemanager named in the plan van aanpak, the
bedrijfsarts, the arbeidsdeskundige, spoor 2 providers and UWV.

>>> adviseur = Betrokkene(
...     id="P-7", rollen=frozenset({Rol.LOOPBAANADVISEUR}), organisatie="ProMotion"
... )
>>> adviseur.heeft_rol(Rol.LOOPBAANADVISEUR)
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum

import attrs

from reintegratie._validatie import ja_nee, pad, tekst
from reintegratie.errors import ValidationError

__all__ = ["ADVISEURSROLLEN", "Betrokkene", "Rol"]


class Rol(enum.Enum):
    """A role in a re-integration trajectory (string values are stable codes)."""

    WERKNEMER = "werknemer"
    WERKGEVER = "werkgever"
    LEIDINGGEVENDE = "leidinggevende"
    CASEMANAGER = "casemanager"
    BEDRIJFSARTS = "bedrijfsarts"
    ARBEIDSDESKUNDIGE = "arbeidsdeskundige"
    LOOPBAANADVISEUR = "loopbaanadviseur"
    JOBCOACH = "jobcoach"
    RE_INTEGRATIEBEDRIJF = "re_integratiebedrijf"
    UWV = "uwv"


#: Roles that count as "an adviser" in a driegesprek (seed 000).
ADVISEURSROLLEN = frozenset(
    {
        Rol.CASEMANAGER,
        Rol.BEDRIJFSARTS,
        Rol.ARBEIDSDESKUNDIGE,
        Rol.LOOPBAANADVISEUR,
        Rol.JOBCOACH,
        Rol.RE_INTEGRATIEBEDRIJF,
    }
)


def _rollen(instance: object, attribute: attrs.Attribute[frozenset[Rol]], value: object) -> None:
    veld = pad(instance, attribute)
    if not isinstance(value, frozenset):
        raise ValidationError(veld, f"expected a frozenset of Rol, got {type(value).__name__}")
    if not value:
        raise ValidationError(veld, "a betrokkene needs at least one role")
    for rol in value:
        if not isinstance(rol, Rol):
            raise ValidationError(veld, f"expected Rol members, got {type(rol).__name__} {rol!r}")
    if Rol.WERKNEMER in value:
        raise ValidationError(
            veld, "the employee is Traject.werknemer, not a betrokkene with role werknemer"
        )


@attrs.frozen
class Betrokkene:
    """A person or party involved in the trajectory, by opaque id (no names needed).

    ``organisatie`` is the organisation the person belongs to: the employer's
    id (``Traject.werkgever``) for employer-side people, otherwise the outside
    party. ``leidinggevende_van_werknemer`` records a line relation: this person
    manages the employee.
    """

    id: str = attrs.field(validator=tekst)
    rollen: frozenset[Rol] = attrs.field(validator=_rollen)
    organisatie: str = attrs.field(validator=tekst)
    leidinggevende_van_werknemer: bool = attrs.field(default=False, validator=ja_nee)

    def heeft_rol(self, rol: Rol) -> bool:
        """Whether this person holds *rol*."""
        return rol in self.rollen

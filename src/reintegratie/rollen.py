"""Roles and the people who hold them in a trajectory.

The roles (described in ``docs/rollen.md``) are the employee and employer, the
manager (leidinggevende), the casemanager named in the plan van aanpak, the
bedrijfsarts, the arbeidsdeskundige, spoor 2 providers and UWV.

>>> adviseur = Betrokkene(
...     id="P-7", rollen=frozenset({Rol.LOOPBAANADVISEUR}), organisatie="ProMotion"
... )
>>> adviseur.heeft_rol(Rol.LOOPBAANADVISEUR)
True

Who may see which data is data too (:data:`INZAGE`, :func:`mag_inzien`): only
the bedrijfsarts sees medical data (AVG art. 9; see ``docs/rollen.md``).

>>> mag_inzien(Rol.LOOPBAANADVISEUR, Gegevenscategorie.FUNCTIONEEL)
True
>>> mag_inzien(Rol.CASEMANAGER, Gegevenscategorie.MEDISCH)
False

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum
import types
from collections.abc import Mapping

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import datum, enum_van, ja_nee, optioneel, pad, tekst, tuple_van
from reintegratie.errors import ValidationError

__all__ = [
    "ADVISEURSROLLEN",
    "INZAGE",
    "INZAGE_BRON",
    "INZAGE_TOELICHTING",
    "Betrokkene",
    "Gegevenscategorie",
    "Rol",
    "Rolperiode",
    "mag_inzien",
]


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
    ADVISEREND_ARTS = "adviserend_arts"
    """Belgium: the adviserend arts of the worker's mutualiteit (sickness fund)."""
    TNW_COORDINATOR = "tnw_coordinator"
    """Belgium: the mutualiteit's Terug Naar Werk-coördinator."""


#: Roles that count as "an adviser" in a driegesprek (the independent link between
#: employer and employee).
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
    # Rol has members, so it has no subclasses: isinstance(rol, Rol) is type(rol) is Rol.
    if (
        type(value) is frozenset
        and Rol.WERKNEMER not in value
        and all(type(rol) is Rol for rol in value)
    ):
        return
    veld = pad(instance, attribute)
    if not isinstance(value, frozenset):
        raise ValidationError(veld, f"expected a frozenset of Rol, got {type(value).__name__}")
    for rol in value:
        if not isinstance(rol, Rol):
            raise ValidationError(veld, f"expected Rol members, got {type(rol).__name__} {rol!r}")
    if Rol.WERKNEMER in value:
        raise ValidationError(
            veld, "the employee is Traject.werknemer, not a betrokkene with role werknemer"
        )


@attrs.frozen
class Rolperiode:
    """A role held for a dated period: from ``vanaf`` to ``tot`` inclusive (``None``: open
    at that end). A handover is two periods: one ending, the next starting.

    >>> from datetime import date
    >>> p = Rolperiode(rol=Rol.CASEMANAGER, vanaf=date(2026, 1, 5), tot=date(2026, 3, 31))
    >>> p.loopt_op(date(2026, 3, 31)), p.loopt_op(date(2026, 4, 1))
    (True, False)
    """

    rol: Rol = attrs.field(validator=enum_van(Rol))
    vanaf: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))
    tot: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))

    def __attrs_post_init__(self) -> None:
        if self.rol is Rol.WERKNEMER:
            raise ValidationError(
                "Rolperiode.rol", "the employee is Traject.werknemer, not a role of a betrokkene"
            )
        if self.vanaf is not None and self.tot is not None and self.tot < self.vanaf:
            raise ValidationError("Rolperiode.tot", f"{self.tot} precedes vanaf {self.vanaf}")

    def loopt_op(self, dag: _dt.date) -> bool:
        """Whether the role is held on *dag*."""
        return (self.vanaf is None or self.vanaf <= dag) and (self.tot is None or dag <= self.tot)


def _perioden(
    instance: object, attribute: attrs.Attribute[tuple[Rolperiode, ...]], value: object
) -> None:
    if type(value) is tuple and not value:  # the common case: no dated roles
        return
    tuple_van(Rolperiode)(instance, attribute, value)
    assert isinstance(value, tuple)
    veld = pad(instance, attribute)
    for i, p in enumerate(value):
        for j in range(i):
            q = value[j]
            if q.rol is p.rol and _overlappen(p, q):
                raise ValidationError(
                    f"{veld}[{i}]",
                    f"overlaps period {j} of the same role {p.rol.value}; a handover ends one "
                    "period before the next starts",
                )


def _overlappen(a: Rolperiode, b: Rolperiode) -> bool:
    begin_a = a.vanaf or _dt.date.min
    begin_b = b.vanaf or _dt.date.min
    einde_a = a.tot or _dt.date.max
    einde_b = b.tot or _dt.date.max
    return begin_a <= einde_b and begin_b <= einde_a


@attrs.frozen
class Betrokkene:
    """A person or party involved in the trajectory, by opaque id (no names needed).

    ``rollen`` are held throughout the trajectory; ``perioden`` are roles held for dated
    periods (a casemanager handed over, a career adviser who becomes the jobcoach). A
    betrokkene needs at least one of either. ``organisatie`` is the organisation the
    person belongs to: the employer's id (``Traject.werkgever``) for employer-side
    people, otherwise the outside party. ``leidinggevende_van_werknemer`` records a line
    relation: this person manages the employee.

    >>> from datetime import date
    >>> cm = Betrokkene(id="CM-1", rollen=frozenset(), organisatie="WG", perioden=(
    ...     Rolperiode(rol=Rol.CASEMANAGER, tot=date(2026, 3, 31)),))
    >>> cm.heeft_rol(Rol.CASEMANAGER, op=date(2026, 3, 31)), cm.heeft_rol(Rol.CASEMANAGER,
    ...     op=date(2026, 4, 1)), cm.heeft_rol(Rol.CASEMANAGER)
    (True, False, True)
    """

    id: str = attrs.field(validator=tekst)
    rollen: frozenset[Rol] = attrs.field(validator=_rollen)
    organisatie: str = attrs.field(validator=tekst)
    leidinggevende_van_werknemer: bool = attrs.field(default=False, validator=ja_nee)
    perioden: tuple[Rolperiode, ...] = attrs.field(default=(), validator=_perioden)

    def __attrs_post_init__(self) -> None:
        if not self.rollen and not self.perioden:
            raise ValidationError(
                "Betrokkene.rollen", "a betrokkene needs at least one role (or a Rolperiode)"
            )

    def rollen_op(self, dag: _dt.date | None = None) -> frozenset[Rol]:
        """The roles held on *dag*: ``rollen`` and the periods running then; with ``None``,
        every role ever held."""
        if not self.perioden:
            return self.rollen
        return self.rollen | {p.rol for p in self.perioden if dag is None or p.loopt_op(dag)}

    @gecontroleerd
    def heeft_rol(self, rol: Rol, op: _dt.date | None = None) -> bool:
        """Whether this person holds *rol* (on *op*; ``None``: ever)."""
        return rol in self.rollen_op(op)


# --- who may see what ------------------------------------------------------------


class Gegevenscategorie(enum.Enum):
    """A category of data about the employee, for access control (string values are stable
    codes). Each category includes nothing of the one below it."""

    ADMINISTRATIEF = "administratief"
    """Who and when: ids, contact details, sick and fit dates, recorded events, deadlines,
    the plan van aanpak, agreements, sporen, driegesprekken and outcomes. Nothing about
    the nature of the illness."""
    FUNCTIONEEL = "functioneel"
    """Functional limitations and possibilities, the expected duration of the absence and
    advice on adjustments (:class:`~reintegratie.traject.Belastbaarheid`): what the
    bedrijfsarts may pass on to the employer."""
    MEDISCH = "medisch"
    """Diagnosis, nature and cause of the illness, treatment and medical notes
    (:class:`~reintegratie.medisch.MedischDossier`)."""


_A, _F, _M = (
    Gegevenscategorie.ADMINISTRATIEF,
    Gegevenscategorie.FUNCTIONEEL,
    Gegevenscategorie.MEDISCH,
)

#: Source of :data:`INZAGE`.
INZAGE_BRON = (
    "AVG art. 9 (health data is a special category); UAVG art. 30 lid 1 onder b "
    "(employers only as far as needed for re-integration); AP beleidsregels 'De zieke "
    "werknemer' (2016, BWBR0037896) §4.2, §5.2.1–5.2.4; Belgium: the adviserend arts "
    "and the TNW-coördinator of the mutualiteit, KB Terug Naar Werk 2022 "
    "(neutrale-ziekenfondsen.be); docs/rollen.md"
)

#: Which data categories each role may see: only the bedrijfsarts sees medical data.
INZAGE: Mapping[Rol, frozenset[Gegevenscategorie]] = types.MappingProxyType(
    {
        Rol.WERKNEMER: frozenset({_A, _F}),
        Rol.WERKGEVER: frozenset({_A, _F}),
        Rol.LEIDINGGEVENDE: frozenset({_A, _F}),
        Rol.CASEMANAGER: frozenset({_A, _F}),
        Rol.BEDRIJFSARTS: frozenset({_A, _F, _M}),
        Rol.ARBEIDSDESKUNDIGE: frozenset({_A, _F}),
        Rol.LOOPBAANADVISEUR: frozenset({_A, _F}),
        Rol.JOBCOACH: frozenset({_A, _F}),
        Rol.RE_INTEGRATIEBEDRIJF: frozenset({_A, _F}),
        Rol.UWV: frozenset({_A, _F}),
        Rol.ADVISEREND_ARTS: frozenset({_A, _F}),
        Rol.TNW_COORDINATOR: frozenset({_A, _F}),
    }
)

#: Why each role sees what :data:`INZAGE` gives it (the reading taken, per role).
INZAGE_TOELICHTING: Mapping[Rol, str] = types.MappingProxyType(
    {
        Rol.WERKNEMER: "the shared dossier is about them; their own medical data is not in "
        "it: they see it through the bedrijfsarts who keeps it (right of access, AVG art. 15; "
        "BW 7:456), so the shared dossier never holds it",
        Rol.WERKGEVER: "limitations and possibilities, expected duration and agreements, "
        "never a diagnosis or its cause (AP beleidsregels §4.2, §5.2.2)",
        Rol.LEIDINGGEVENDE: "acts for the employer and sees what the employer may see",
        Rol.CASEMANAGER: "acts for the employer (named in the plan van aanpak) and sees what "
        "the employer may see; a casemanager is not modelled as a delegate of the bedrijfsarts",
        Rol.BEDRIJFSARTS: "the only party that processes medical data, under medical "
        "confidentiality; passes on functional data only (AP beleidsregels §5.2.1)",
        Rol.ARBEIDSDESKUNDIGE: "weighs work against the functional limitations the "
        "bedrijfsarts gives; needs no diagnosis",
        Rol.LOOPBAANADVISEUR: "a re-integration provider: what the employer may see, as far "
        "as its task needs (AP beleidsregels §5.2.3)",
        Rol.JOBCOACH: "a re-integration provider: what the employer may see, as far as its "
        "task needs (AP beleidsregels §5.2.3)",
        Rol.RE_INTEGRATIEBEDRIJF: "what the employer may see, as far as its task needs "
        "(AP beleidsregels §5.2.3)",
        Rol.UWV: "receives the 42nd-week report and the re-integratieverslag (AP beleidsregels "
        "§5.2.4); UWV's own verzekeringsarts, who receives medical data from the bedrijfsarts "
        "or the employee directly, is not a role of this model",
        Rol.ADVISEREND_ARTS: "a physician, but of the mutualiteit: it keeps its own medical "
        "file under medical confidentiality and exchanges medical data with the "
        "preventieadviseur-arbeidsarts physician to physician, with the worker's consent, "
        "never through the employer's dossier; here it sees what the employer may see, and "
        "the medical record stays with the bedrijfsarts (preventieadviseur-arbeidsarts) alone",
        Rol.TNW_COORDINATOR: "not a physician: works from the adviserend arts's assessment "
        "of the residual capacities (functional data), never from a diagnosis",
    }
)


@gecontroleerd
def mag_inzien(rol: Rol, categorie: Gegevenscategorie) -> bool:
    """Whether *rol* may see data of *categorie* (the :data:`INZAGE` table; source
    :data:`INZAGE_BRON`).

    >>> [c.value for c in Gegevenscategorie if mag_inzien(Rol.BEDRIJFSARTS, c)]
    ['administratief', 'functioneel', 'medisch']
    >>> mag_inzien("bedrijfsarts", Gegevenscategorie.MEDISCH)
    Traceback (most recent call last):
    ...
    reintegratie.errors.ValidationError: rol: expected a Rol, got str 'bedrijfsarts'
    """
    if not isinstance(rol, Rol):
        raise ValidationError("rol", f"expected a Rol, got {type(rol).__name__} {rol!r}")
    if not isinstance(categorie, Gegevenscategorie):
        raise ValidationError(
            "categorie",
            f"expected a Gegevenscategorie, got {type(categorie).__name__} {categorie!r}",
        )
    return categorie in INZAGE[rol]

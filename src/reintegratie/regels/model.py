"""Rules as values: what a deadline counts from, how it shifts, who owns it, and its source.

A rule set is a plain tuple of :class:`Regel` values; the engine
(:mod:`reintegratie.regels.engine`) interprets any rule set and hard-codes none.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum

import attrs

from reintegratie._validatie import (
    bereik,
    datum,
    enum_van,
    optioneel,
    tekst,
    tuple_van,
    type_van,
    vrije_tekst,
)
from reintegratie.errors import ValidationError
from reintegratie.rollen import Rol

__all__ = [
    "Anker",
    "Ernst",
    "Herhaling",
    "MetFeit",
    "NaFeit",
    "NaMaanden",
    "NaTermijn",
    "Ononderbroken",
    "Regel",
    "Termijnsoort",
    "Vereiste",
    "Verlenging",
    "VerlengingTeLaat",
    "VerlengingWeken",
    "Verschuiving",
    "Voorwaarde",
    "Vroegste",
    "Ziektedag",
    "ZonderFeit",
]


class Verschuiving(enum.Enum):
    """Shift policy of a deadline."""

    GEEN = "geen"
    """No shift (calendar days; deadlines counted backwards or set by regulation)."""
    VOLGENDE_WERKDAG = "volgende_werkdag"
    """To the next working day under the Algemene termijnenwet (art. 1 lid 1)."""


class Termijnsoort(enum.Enum):
    """What a termijn is."""

    DEADLINE = "deadline"
    """A step someone must take by a date; recorded facts complete it."""
    MOMENT = "moment"
    """A date the law fixes (e.g. the end of the wachttijd); nobody completes it."""
    INFORMATIEF = "informatief"
    """A date to know about that binds neither party (e.g. UWV's WIA letter)."""


class Ernst(enum.Enum):
    """Severity of a finding."""

    INFO = "info"
    WAARSCHUWING = "waarschuwing"
    OVERTREDING = "overtreding"


@attrs.frozen
class Ziektedag:
    """Counts from the date on which the case reaches sick day ``dag`` (1 is X)."""

    dag: int = attrs.field(validator=bereik(1))


@attrs.frozen
class NaFeit:
    """Counts ``dagen`` from the first recorded fact ``feit`` of the case; without one,
    from ``anders`` (e.g. the plan van aanpak: 14 days after the actual probleemanalyse,
    else 14 days after its deadline)."""

    feit: str = attrs.field(validator=tekst)
    dagen: int = attrs.field(validator=bereik())
    anders: Ziektedag | NaTermijn | None = attrs.field(
        default=None,
        # NaTermijn is defined below: look it up when validating.
        validator=lambda i, a, v: optioneel(type_van(Ziektedag, NaTermijn))(i, a, v),
    )


@attrs.frozen
class NaTermijn:
    """Counts ``dagen`` (negative: before) from another termijn's due date."""

    termijn: str = attrs.field(validator=tekst)
    dagen: int = attrs.field(validator=bereik())


@attrs.frozen
class Ononderbroken:
    """Counts from calendar day ``dag`` (1 is its first day) of the latest uninterrupted
    incapacity in the case.

    Sickness periods whose break is at most ``max_fitdagen`` fit days count as one
    uninterrupted incapacity, the days of the break included (e.g. the Belgian Codex
    welzijn op het werk art. I.4-73 §1: a relapse within the first fourteen days of a
    resumption does not interrupt, ``max_fitdagen=13``). With ``max_fitdagen=0`` any fit
    day interrupts. The stretch never reaches beyond the case of sickness (samentelling).
    """

    dag: int = attrs.field(default=1, validator=bereik(1))
    max_fitdagen: int = attrs.field(default=0, validator=bereik(0))


@attrs.frozen
class NaMaanden:
    """Counts ``maanden`` calendar months (negative: before) from the date of ``anker``.

    Months are added as :class:`dateutil.relativedelta.relativedelta` adds them: the same
    day of the month, or its last day when the month is shorter (31 Oct + 3 months is
    31 Jan; 30 Nov + 3 months is 28 Feb, or 29 Feb in a leap year). Used where the law
    counts in months ("3 months of uninterrupted incapacity", "within 6 months"); sick
    time in weeks is never counted this way.
    """

    anker: Ziektedag | NaFeit | NaTermijn | Ononderbroken = attrs.field(
        validator=lambda i, a, v: type_van(Ziektedag, NaFeit, NaTermijn, Ononderbroken)(i, a, v)
    )
    maanden: int = attrs.field(validator=bereik())


@attrs.frozen
class Vroegste:
    """The earliest of ``ankers`` that can be dated.

    An anchor that counts from a fact not recorded (a :class:`NaFeit` without fallback)
    is passed over; when none can be dated, the rule set is in error. E.g. the employer's
    right to request a Belgian re-integratietraject: after 3 months of incapacity, or
    from a certificate of definitive unfitness if that comes earlier.
    """

    ankers: tuple[Ziektedag | NaFeit | NaTermijn | Ononderbroken | NaMaanden, ...] = attrs.field(
        validator=lambda i, a, v: tuple_van(Ziektedag, NaFeit, NaTermijn, Ononderbroken, NaMaanden)(
            i, a, v
        )
    )

    def __attrs_post_init__(self) -> None:
        if not self.ankers:
            raise ValidationError("Vroegste.ankers", "needs at least one anchor")


Anker = Ziektedag | NaFeit | NaTermijn | Ononderbroken | NaMaanden | Vroegste
"""What a rule counts from."""

#: Every anchor kind, for validators.
ANKERSOORTEN = (Ziektedag, NaFeit, NaTermijn, Ononderbroken, NaMaanden, Vroegste)


@attrs.frozen
class Herhaling:
    """A recurring deadline: every ``interval`` days from the last completion (or the last
    due date when missed), until the termijn ``tot``."""

    interval: int = attrs.field(validator=bereik(1))
    tot: str = attrs.field(validator=tekst)


@attrs.frozen
class VerlengingTeLaat:
    """Extends a date by the days another termijn was completed late."""

    termijn: str = attrs.field(validator=tekst)


@attrs.frozen
class VerlengingWeken:
    """Extends a date by the ``weken`` of recorded facts ``feit`` (summed, at most
    ``maximum_weken``). When a fact ``bekorting`` is recorded, the extension ends
    ``bekorting_dagen`` after it (never before the unextended date)."""

    feit: str = attrs.field(validator=tekst)
    maximum_weken: int | None = attrs.field(default=None, validator=optioneel(bereik(1)))
    bekorting: str | None = attrs.field(default=None, validator=optioneel(tekst))
    bekorting_dagen: int = attrs.field(default=0, validator=bereik(0))


Verlenging = VerlengingTeLaat | VerlengingWeken
"""An event that moves a date."""


@attrs.frozen
class ZonderFeit:
    """Condition: the rule applies unless one of ``feiten`` is recorded on or before its due
    date (e.g. spoor 2 is not due once spoor 1 succeeded)."""

    feiten: tuple[str, ...] = attrs.field(validator=tuple_van(str, tekst_elementen=True))
    toelichting: str = attrs.field(validator=tekst)


@attrs.frozen
class MetFeit:
    """Condition: the rule applies only once one of ``feiten`` is recorded (by the peildatum,
    if any); until then it sets no termijn at all.

    Several rules with one code are variants: the first whose condition holds and that is
    in force on its due date applies (e.g. the Belgian re-integratieplan: 63 days after a
    decision of temporary unfitness, 6 months after one of definitive unfitness). A rule
    counting from a fact that need not happen (a request) uses it so that no termijn
    appears before the fact does. ``toelichting`` says in words what it waits for.
    """

    feiten: tuple[str, ...] = attrs.field(validator=tuple_van(str, tekst_elementen=True))
    toelichting: str = attrs.field(default="", validator=vrije_tekst)

    def __attrs_post_init__(self) -> None:
        if not self.feiten:
            raise ValidationError("MetFeit.feiten", "needs at least one fact code")


Voorwaarde = ZonderFeit | MetFeit
"""A condition on a rule."""


@attrs.frozen
class Vereiste:
    """A property the completing event must have: attribute ``veld`` must be truthy.

    ``code`` names the finding when it is not; ``melding`` is its message, with
    ``{name}`` placeholders filled from the event's attributes.
    """

    code: str = attrs.field(validator=tekst)
    veld: str = attrs.field(validator=tekst)
    melding: str = attrs.field(validator=tekst)
    ernst: Ernst = attrs.field(default=Ernst.OVERTREDING, validator=enum_van(Ernst))


@attrs.frozen
class Regel:
    """One rule of a rule set, as data.

    ``code`` is stable (the codes are listed in ``docs/regels.md``). The due date is
    ``anker`` plus the ``verlengingen``, then shifted per ``verschuiving``;
    ``venster_vanaf`` opens a window. ``afgerond_door`` names the fact that completes
    it (default: ``code``). A rule applies to a termijn whose due date lies in
    [``geldig_vanaf``, ``geldig_tot``]; several rules may share a code with disjoint
    validity, or with :class:`MetFeit` conditions (the first whose fact is recorded
    and that is in force applies). ``voorwaarde``: :class:`ZonderFeit` (not applicable
    once a fact is recorded) or :class:`MetFeit` (no termijn until a fact is recorded).
    Who does what is RACI data: ``verantwoordelijk`` (R), ``eindverantwoordelijk``
    (A), ``geraadpleegd`` (C) and ``geinformeerd`` (I); see ``docs/rollen.md``.
    """

    code: str = attrs.field(validator=tekst)
    omschrijving: str = attrs.field(validator=tekst)
    anker: Anker = attrs.field(validator=type_van(*ANKERSOORTEN))
    bron: str = attrs.field(validator=tekst)
    verantwoordelijk: tuple[Rol, ...] = attrs.field(default=(), validator=tuple_van(Rol))
    verschuiving: Verschuiving = attrs.field(
        default=Verschuiving.GEEN, validator=enum_van(Verschuiving)
    )
    soort: Termijnsoort = attrs.field(
        default=Termijnsoort.DEADLINE, validator=enum_van(Termijnsoort)
    )
    venster_vanaf: Anker | None = attrs.field(
        default=None, validator=optioneel(type_van(*ANKERSOORTEN))
    )
    verlengingen: tuple[Verlenging, ...] = attrs.field(
        default=(), validator=tuple_van(VerlengingTeLaat, VerlengingWeken)
    )
    herhaling: Herhaling | None = attrs.field(
        default=None, validator=optioneel(type_van(Herhaling))
    )
    afgerond_door: str | None = attrs.field(default=None, validator=optioneel(tekst))
    voorwaarde: Voorwaarde | None = attrs.field(
        default=None, validator=optioneel(type_van(ZonderFeit, MetFeit))
    )
    vereisten: tuple[Vereiste, ...] = attrs.field(default=(), validator=tuple_van(Vereiste))
    geldig_vanaf: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))
    geldig_tot: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))
    ernst_te_laat: Ernst = attrs.field(default=Ernst.OVERTREDING, validator=enum_van(Ernst))
    ernst_gemist: Ernst = attrs.field(default=Ernst.OVERTREDING, validator=enum_van(Ernst))
    gevolg: str = attrs.field(default="", validator=vrije_tekst)
    """Consequence of missing the deadline, for findings (e.g. "risk of loonsanctie")."""
    eindverantwoordelijk: tuple[Rol, ...] = attrs.field(
        default=(), validator=tuple_van(Rol), kw_only=True
    )
    """RACI "A" (accountable): the role that answers for the step; ``verantwoordelijk`` is
    the "R", the roles that do it."""
    geraadpleegd: tuple[Rol, ...] = attrs.field(default=(), validator=tuple_van(Rol), kw_only=True)
    """RACI "C" (consulted): roles heard before the step is taken."""
    geinformeerd: tuple[Rol, ...] = attrs.field(default=(), validator=tuple_van(Rol), kw_only=True)
    """RACI "I" (informed): roles told of the step's outcome."""

    @property
    def feit(self) -> str:
        """The fact that completes this rule."""
        return self.afgerond_door or self.code

    def __attrs_post_init__(self) -> None:
        if (
            self.geldig_vanaf is not None
            and self.geldig_tot is not None
            and self.geldig_tot < self.geldig_vanaf
        ):
            raise ValidationError(
                "Regel.geldig_tot", f"{self.geldig_tot} precedes geldig_vanaf {self.geldig_vanaf}"
            )

    def geldig_op(self, dag: _dt.date) -> bool:
        """Whether the rule is in force for a termijn due on *dag*."""
        return (self.geldig_vanaf is None or self.geldig_vanaf <= dag) and (
            self.geldig_tot is None or dag <= self.geldig_tot
        )

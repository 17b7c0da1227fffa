"""Rules as values: what a deadline counts from, how it shifts, who owns it, and its source.

A rule set is a plain tuple of :class:`Regel` values; the engine
(:mod:`reintegratie.regels.engine`) interprets any rule set and hard-codes none.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import (
    bereik,
    controleer_datum,
    datum,
    enum_van,
    ja_nee,
    optioneel,
    tekst,
    tuple_van,
    type_van,
    vrije_tekst,
)
from reintegratie._validatie import tekst as _tekst
from reintegratie.errors import ValidationError
from reintegratie.rollen import Rol

__all__ = [
    "Anker",
    "BoeteTrede",
    "Ernst",
    "Escalatie",
    "Gevolg",
    "Herhaling",
    "Laatste",
    "MetFeit",
    "NaFeit",
    "NaMaanden",
    "NaTermijn",
    "Ononderbroken",
    "Regel",
    "Termijnsoort",
    "UitDienst",
    "VasteDatum",
    "Vereiste",
    "Verlenging",
    "VerlengingTeLaat",
    "VerlengingWeken",
    "Verschuiving",
    "Voorwaarde",
    "Vroegste",
    "Ziektedag",
    "ZonderFeit",
    "uit_dienst_van",
    "uitsluiting_van",
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


class UitDienst(enum.Enum):
    """What becomes of a termijn due after the last day of the employment
    (:class:`~reintegratie.gebeurtenissen.EindeDienstverband`).

    When the employment ends during sickness, the employer's duties of loondoorbetaling and
    re-integration end with it and UWV takes over (ZW art. 29; UWV, "Ziek melden bij UWV":
    "Stopt het dienstverband van uw werknemer tijdens zijn ziekte? Dan kan hij een
    Ziektewet-uitkering krijgen"; fundamentvoor.nl: "komt hiermee een einde aan de
    loondoorbetalings- en re-integratieplicht").
    """

    VERVALT = "vervalt"
    """A duty of the former employer: it lapses (status ``vervallen``, with the reason)."""
    EINDIGT = "eindigt"
    """A date the employment bounds (the end of loondoorbetaling): it moves to the last
    day of the employment."""
    LOOPT_DOOR = "loopt_door"
    """Not the employer's: it stays (the WIA application, the end of the wachttijd)."""


@gecontroleerd
def uit_dienst_van(regel: Regel) -> UitDienst:
    """The :class:`UitDienst` policy of *regel*: its ``bij_uit_dienst``, or by default
    derived from its roles: a rule that the employer does or answers for
    (:attr:`Regel.verantwoordelijk` or :attr:`Regel.eindverantwoordelijk` holds
    ``werkgever``) lapses, or ends with the employment when it is a moment; any other rule
    stays."""
    if regel.bij_uit_dienst is not None:
        return regel.bij_uit_dienst
    if Rol.WERKGEVER in regel.verantwoordelijk or Rol.WERKGEVER in regel.eindverantwoordelijk:
        return UitDienst.EINDIGT if regel.soort is Termijnsoort.MOMENT else UitDienst.VERVALT
    return UitDienst.LOOPT_DOOR


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
    time in weeks is never counted this way. ``dagen`` then adds days (negative: before),
    e.g. ``-1`` for the last day of the fourth month of an incapacity, which ends the day
    before the date 4 months after its first day.
    """

    anker: Ziektedag | NaFeit | NaTermijn | Ononderbroken = attrs.field(
        validator=lambda i, a, v: type_van(Ziektedag, NaFeit, NaTermijn, Ononderbroken)(i, a, v)
    )
    maanden: int = attrs.field(validator=bereik())
    dagen: int = attrs.field(default=0, validator=bereik(), kw_only=True)


@attrs.frozen
class VasteDatum:
    """A fixed calendar date. Used inside :class:`Laatste` where a change of the law lets a
    term run from the day the change took effect: "6 months of incapacity, counted under the
    law of 1 Jan 2026" is the latest of 6 months and 1 Jan 2026 for an incapacity that
    began before the change.

    In :class:`Laatste` and :class:`Vroegste` it is passed over (as a fact not recorded)
    when the case's sickness ended before the date: a case over long before a change of
    the law does not reach it.
    """

    datum: _dt.date = attrs.field(validator=datum)


@attrs.frozen
class Vroegste:
    """The earliest of ``ankers`` that can be dated.

    An anchor that counts from a fact not recorded (a :class:`NaFeit` without fallback)
    is passed over; when none can be dated, the rule set is in error. E.g. the employer's
    right to request a Belgian re-integratietraject: after 3 months of incapacity, or
    from a certificate of definitive unfitness if that comes earlier.
    """

    ankers: tuple[Ziektedag | NaFeit | NaTermijn | Ononderbroken | NaMaanden | VasteDatum, ...] = (
        attrs.field(
            validator=lambda i, a, v: tuple_van(
                Ziektedag, NaFeit, NaTermijn, Ononderbroken, NaMaanden, VasteDatum
            )(i, a, v)
        )
    )

    def __attrs_post_init__(self) -> None:
        if not self.ankers:
            raise ValidationError("Vroegste.ankers", "needs at least one anchor")


@attrs.frozen
class Laatste:
    """The latest of ``ankers`` that can be dated.

    As :class:`Vroegste`, an anchor counting from a fact not recorded (a :class:`NaFeit`
    without fallback) is passed over. E.g. the probleemanalyse: by the end of week 6, or
    "onverwijld" from the day long absence becomes expected when that is later
    (Regeling procesgang art. 2 lid 3).
    """

    ankers: tuple[Ziektedag | NaFeit | NaTermijn | Ononderbroken | NaMaanden | VasteDatum, ...] = (
        attrs.field(
            validator=lambda i, a, v: tuple_van(
                Ziektedag, NaFeit, NaTermijn, Ononderbroken, NaMaanden, VasteDatum
            )(i, a, v)
        )
    )

    def __attrs_post_init__(self) -> None:
        if not self.ankers:
            raise ValidationError("Laatste.ankers", "needs at least one anchor")


Anker = Ziektedag | NaFeit | NaTermijn | Ononderbroken | NaMaanden | VasteDatum | Vroegste | Laatste
"""What a rule counts from."""

#: Every anchor kind, for validators.
ANKERSOORTEN = (
    Ziektedag,
    NaFeit,
    NaTermijn,
    Ononderbroken,
    NaMaanden,
    VasteDatum,
    Vroegste,
    Laatste,
)


def _geldig(vanaf: _dt.date | None, tot: _dt.date | None, dag: _dt.date) -> bool:
    return (vanaf is None or vanaf <= dag) and (tot is None or dag <= tot)


def _volgorde(naam: str, vanaf: _dt.date | None, tot: _dt.date | None) -> None:
    if vanaf is not None and tot is not None and tot < vanaf:
        raise ValidationError(f"{naam}.geldig_tot", f"{tot} precedes geldig_vanaf {vanaf}")


@attrs.frozen
class Herhaling:
    """A recurring deadline: every ``interval`` days from the last completion (or the last
    due date when missed), until the termijn ``tot``."""

    interval: int = attrs.field(validator=bereik(1))
    tot: str = attrs.field(validator=tekst)


@attrs.frozen
class VerlengingTeLaat:
    """Extends a date by the days another termijn was completed late, when that termijn's
    due date lies in [``geldig_vanaf``, ``geldig_tot``] (the law in force then)."""

    termijn: str = attrs.field(validator=tekst)
    geldig_vanaf: _dt.date | None = attrs.field(
        default=None, validator=optioneel(datum), kw_only=True
    )
    geldig_tot: _dt.date | None = attrs.field(
        default=None, validator=optioneel(datum), kw_only=True
    )

    def __attrs_post_init__(self) -> None:
        _volgorde("VerlengingTeLaat", self.geldig_vanaf, self.geldig_tot)

    def geldig_op(self, dag: _dt.date) -> bool:
        """Whether the extension applies to a late termijn due on *dag*."""
        return _geldig(self.geldig_vanaf, self.geldig_tot, dag)


@attrs.frozen
class VerlengingWeken:
    """Extends a date by the ``weken`` of recorded facts ``feit`` (summed, at most
    ``maximum_weken``). When a fact ``bekorting`` is recorded, the extension ends
    ``bekorting_dagen`` after it (never before the unextended date)."""

    feit: str = attrs.field(validator=tekst)
    maximum_weken: int | None = attrs.field(default=None, validator=optioneel(bereik(1)))
    bekorting: str | None = attrs.field(default=None, validator=optioneel(tekst))
    bekorting_dagen: int = attrs.field(default=0, validator=bereik(0))
    verkorting: str | None = attrs.field(default=None, validator=optioneel(tekst), kw_only=True)
    """Facts whose ``weken`` are taken off again (a shortened vrijwillige verlenging)."""
    minimum_na_verzoek: int = attrs.field(default=0, validator=bereik(0), kw_only=True)
    """Each change (a fact of ``feit`` or ``verkorting``) must leave the date at least this
    many days after its request (``verzoek``, else ``datum``); else the data is in error
    (WIA art. 24 lid 3: 13 weeks)."""
    uiterlijk_op: str | None = attrs.field(default=None, validator=optioneel(tekst), kw_only=True)
    """A termijn code: a fact dated after that termijn's due date is an error (a loonsanctie
    is imposed before the end of the wachttijd, WIA art. 25 lid 11)."""
    geldig_vanaf: _dt.date | None = attrs.field(
        default=None, validator=optioneel(datum), kw_only=True
    )
    geldig_tot: _dt.date | None = attrs.field(
        default=None, validator=optioneel(datum), kw_only=True
    )
    """Facts dated outside [``geldig_vanaf``, ``geldig_tot``] do not extend the date."""

    def __attrs_post_init__(self) -> None:
        _volgorde("VerlengingWeken", self.geldig_vanaf, self.geldig_tot)

    def geldig_op(self, dag: _dt.date) -> bool:
        """Whether a fact dated *dag* extends the date."""
        return _geldig(self.geldig_vanaf, self.geldig_tot, dag)


Verlenging = VerlengingTeLaat | VerlengingWeken
"""An event that moves a date."""


@attrs.frozen
class ZonderFeit:
    """Condition: the rule applies unless one of ``feiten`` is recorded on or before its due
    date (e.g. spoor 2 is not due once spoor 1 succeeded), and no fact of ``tenzij`` follows
    it by then."""

    feiten: tuple[str, ...] = attrs.field(validator=tuple_van(str, tekst_elementen=True))
    toelichting: str = attrs.field(validator=tekst)
    tenzij: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_van(str, tekst_elementen=True), kw_only=True
    )
    """Facts that undo it: the rule applies again when the latest of ``feiten`` and
    ``tenzij`` recorded by the due date is one of ``tenzij`` (e.g. the plan van aanpak is
    not due while the bedrijfsarts finds no benutbare mogelijkheden, and due again once an
    analysis finds possibilities)."""
    op: str | None = attrs.field(default=None, validator=optioneel(tekst), kw_only=True)
    """Judge on the first date of this fact instead of the due date (``None``: the due
    date), e.g. whether a re-integratietraject runs on the day the procedure of medische
    overmacht is started ("op dat moment")."""
    bevinding: str | None = attrs.field(default=None, validator=optioneel(tekst), kw_only=True)
    """When set, the compliance check also reports a finding with this code while the
    condition holds: the step was started although the law excludes it (e.g.
    ``medische_overmacht_tijdens_traject``). ``toelichting`` may hold ``{feit}`` and
    ``{datum}``: the fact that excludes it and its date."""
    ernst: Ernst = attrs.field(default=Ernst.OVERTREDING, validator=enum_van(Ernst), kw_only=True)
    """The severity of that finding."""


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
    zonder: ZonderFeit | None = attrs.field(
        default=None, validator=optioneel(type_van(ZonderFeit)), kw_only=True
    )
    """Once the termijn exists, a :class:`ZonderFeit` that may make it not apply (e.g. the
    decision of the arbeidsarts after a request, unless the trajectory ended first)."""

    def __attrs_post_init__(self) -> None:
        if not self.feiten:
            raise ValidationError("MetFeit.feiten", "needs at least one fact code")


def uitsluiting_van(voorwaarde: Voorwaarde | None) -> ZonderFeit | None:
    """The :class:`ZonderFeit` part of a rule's condition, if any: the condition itself,
    or a :class:`MetFeit`'s ``zonder``."""
    if type(voorwaarde) is ZonderFeit:
        return voorwaarde
    if type(voorwaarde) is MetFeit:
        return voorwaarde.zonder
    return None


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
    geldig_vanaf: _dt.date | None = attrs.field(
        default=None, validator=optioneel(datum), kw_only=True
    )
    geldig_tot: _dt.date | None = attrs.field(
        default=None, validator=optioneel(datum), kw_only=True
    )
    """The requirement holds for documents dated in [``geldig_vanaf``, ``geldig_tot``]: a
    document is judged by the law in force on its own date."""
    bron: str = attrs.field(default="", validator=vrije_tekst, kw_only=True)
    """The requirement's own source, when it differs from the rule's."""

    def __attrs_post_init__(self) -> None:
        _volgorde("Vereiste", self.geldig_vanaf, self.geldig_tot)

    def geldig_op(self, dag: _dt.date) -> bool:
        """Whether the requirement holds for a document dated *dag*."""
        return _geldig(self.geldig_vanaf, self.geldig_tot, dag)


@attrs.frozen
class Escalatie:
    """Severity rising with delay: late or overdue by more than ``na_dagen`` days, a finding
    has at least ``ernst``."""

    na_dagen: int = attrs.field(validator=bereik(0))
    ernst: Ernst = attrs.field(validator=enum_van(Ernst))


@attrs.frozen
class BoeteTrede:
    """One step of a fine graded by days late: ``bedrag`` euro when late by at most
    ``tot_dagen`` days (``None``: any longer delay)."""

    tot_dagen: int | None = attrs.field(validator=optioneel(bereik(1)))
    bedrag: int = attrs.field(validator=bereik(0))
    geverifieerd: bool = attrs.field(default=False, validator=ja_nee, kw_only=True)
    """Whether the amount was found in a primary source (``False``: verify before use)."""


@attrs.frozen
class Gevolg:
    """A consequence of missing or being late with a step, as the law in force on the step's
    due date (in [``geldig_vanaf``, ``geldig_tot``]) has it. ``tekst`` may hold ``{dagen}``
    (the days late) and ``{boete}`` (the amount of ``boete`` for those days)."""

    tekst: str = attrs.field(validator=_tekst)
    bron: str = attrs.field(validator=_tekst)
    geldig_vanaf: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))
    geldig_tot: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))
    boete: tuple[BoeteTrede, ...] = attrs.field(default=(), validator=tuple_van(BoeteTrede))

    def __attrs_post_init__(self) -> None:
        _volgorde("Gevolg", self.geldig_vanaf, self.geldig_tot)

    def geldig_op(self, dag: _dt.date) -> bool:
        """Whether this consequence is the law for a step due on *dag*."""
        return _geldig(self.geldig_vanaf, self.geldig_tot, dag)

    def boete_bij(self, dagen: int) -> BoeteTrede | None:
        """The step of the fine for *dagen* days late (``None``: no fine graded here)."""
        for trede in self.boete:
            if trede.tot_dagen is None or dagen <= trede.tot_dagen:
                return trede
        return None


@attrs.frozen
class Regel:
    """One rule of a rule set, as data.

    ``code`` is stable (the codes are listed in ``docs/regels.md``). The due date is
    ``anker`` plus the ``verlengingen``, then shifted per ``verschuiving``;
    ``venster_vanaf`` opens a window. ``afgerond_door`` names the fact that completes
    it (default: ``code``). A rule applies to a termijn whose due date lies in
    [``geldig_vanaf``, ``geldig_tot``], or, with ``geldig_volgens``, whose deciding fact
    was first recorded in that range; several rules may share a code with disjoint
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
    gevolgen: tuple[Gevolg, ...] = attrs.field(
        default=(), validator=tuple_van(Gevolg), kw_only=True
    )
    """Dated consequences; a finding names the one in force on the termijn's due date (else
    :attr:`gevolg`)."""
    escalatie: tuple[Escalatie, ...] = attrs.field(
        default=(), validator=tuple_van(Escalatie), kw_only=True
    )
    """Severity rising with the days late or overdue (e.g. a late spoor 2)."""
    eerder_onbekend: bool = attrs.field(default=False, validator=ja_nee, kw_only=True)
    """Whether the law before ``geldig_vanaf`` is unknown to the rule set: a termijn due
    before the earliest rule of its code is then an error (:class:`RuleSetError`), not
    absent. ``False`` (default): an obligation that did not exist before, so no termijn."""
    geldig_volgens: str | None = attrs.field(default=None, validator=optioneel(tekst), kw_only=True)
    """The fact whose first recorded date decides which variant is in force (``None``: the
    termijn's due date). While that fact is not recorded, the due date decides. E.g. the
    Belgian re-integratietraject: the regime in force on the day the request to start the
    trajectory is received (``"verzoek_reintegratie"``) governs every step of it, RIT 3.0
    only trajectories started from 1 Jan 2026."""
    bij_uit_dienst: UitDienst | None = attrs.field(
        default=None, validator=optioneel(enum_van(UitDienst)), kw_only=True
    )
    """What becomes of the termijn after the last day of employment; ``None``: derived from
    the roles (:func:`uit_dienst_van`)."""

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
        """Whether the rule is in force on *dag*: the termijn's due date, or the first date
        of the fact :attr:`geldig_volgens` names when that is recorded."""
        if type(dag) is not _dt.date:  # checked here, not by a wrapper: the engine's hot path
            controleer_datum("dag", dag)
        return (self.geldig_vanaf is None or self.geldig_vanaf <= dag) and (
            self.geldig_tot is None or dag <= self.geldig_tot
        )

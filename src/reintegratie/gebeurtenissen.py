"""Recorded facts of a trajectory: the events the rules engine reads.

Every kind is a frozen class with a ``datum`` and a stable ``code`` (the tag
used in JSON and in the rule set, never the class name).

>>> from datetime import date
>>> Loonsanctie(datum=date(2027, 10, 1), weken=52).code
'loonsanctie'
>>> Loonsanctie(datum=date(2027, 10, 1), weken=53)
Traceback (most recent call last):
...
reintegratie.errors.ValidationError: Loonsanctie.weken: must be at most 52, got 53

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum
from typing import ClassVar

import attrs

from reintegratie._validatie import bereik, datum, enum_van, ja_nee, optioneel, pad, tekst
from reintegratie.errors import ValidationError

__all__ = [
    "GEBEURTENISSOORTEN",
    "AanvraagVervroegdeIva",
    "Aanvrager",
    "ArbeidsdeskundigOnderzoek",
    "AttestDefinitieveOngeschiktheid",
    "Bekorting",
    "Beroep",
    "BeslissingArbeidsarts",
    "Deskundigenoordeel",
    "DeskundigenoordeelVraag",
    "Eerstejaarsevaluatie",
    "EindeDienstverband",
    "Eindevaluatie",
    "Evaluatie",
    "Gebeurtenis",
    "Herstelmelding",
    "Loonsanctie",
    "Melding42eWeek",
    "MeldingArbeidsarts",
    "MeldingBedrijfsarts",
    "MeldingVangnet",
    "MeldingZiekUitDienst",
    "PlanVanAanpak",
    "Probleemanalyse",
    "ReIntegratieplan",
    "ReIntegratieverslag",
    "ReactieWerknemer",
    "VerslagOnderdeel",
    "VerzoekReintegratie",
    "VrijwilligeVerlenging",
    "WiaAanvraag",
    "Ziekmelding",
]


@attrs.frozen
class _Basis:
    datum: _dt.date = attrs.field(validator=datum)

    #: Stable tag of the kind.
    code: ClassVar[str]
    #: Whether the event may lie before the first sick day of the trajectory.
    kan_voor_ziekte: ClassVar[bool] = False
    #: Whether the kind derives further facts from its content (:attr:`afgeleide_feiten`).
    heeft_afgeleide_feiten: ClassVar[bool] = False

    @property
    def afgeleide_feiten(self) -> tuple[str, ...]:
        """Further fact codes this event stands for, which rules may count from or be
        conditional on (e.g. ``spoor_2_niet_nodig``). Empty for most kinds."""
        return ()


@attrs.frozen
class Ziekmelding(_Basis):
    """The employee reports sick to the employer (ZW art. 38a lid 1)."""

    code: ClassVar[str] = "ziekmelding"


@attrs.frozen
class MeldingBedrijfsarts(_Basis):
    """The employer reports the sickness to the bedrijfsarts or arbodienst
    (Regeling procesgang art. 2 lid 1)."""

    code: ClassVar[str] = "melding_bedrijfsarts"


@attrs.frozen
class Probleemanalyse(_Basis):
    """The bedrijfsarts's problem analysis (Regeling procesgang art. 2 lid 2–3)."""

    code: ClassVar[str] = "probleemanalyse"


@attrs.frozen
class PlanVanAanpak(_Basis):
    """The plan van aanpak agreed by employer and employee (Regeling procesgang art. 4).

    ``casemanager`` is the id of the betrokkene named as casemanager (``None``
    when the plan names none, which the compliance check reports).
    ``re_integratievisie`` records whether the plan holds the bedrijfsarts's
    re-integratievisie, required for plans from 1 July 2023.
    """

    code: ClassVar[str] = "plan_van_aanpak"
    casemanager: str | None = attrs.field(default=None, validator=optioneel(tekst))
    re_integratievisie: bool = attrs.field(default=False, validator=ja_nee)


@attrs.frozen
class Evaluatie(_Basis):
    """A periodic evaluation of the plan van aanpak; ``bijstelling`` when the plan was adjusted
    (WIA art. 25 lid 2)."""

    code: ClassVar[str] = "evaluatie"
    bijstelling: bool = attrs.field(default=False, validator=ja_nee)


@attrs.frozen
class Melding42eWeek(_Basis):
    """The employer's sickness report to UWV in the 42nd week (ZW art. 38 lid 1)."""

    code: ClassVar[str] = "melding_42e_week"


@attrs.frozen
class Eerstejaarsevaluatie(_Basis):
    """The first-year evaluation; ``spoor_2_nodig`` records its decision on spoor 2
    (``None`` when not decided) (UWV Werkwijzer Poortwachter)."""

    code: ClassVar[str] = "eerstejaarsevaluatie"
    heeft_afgeleide_feiten: ClassVar[bool] = True
    spoor_2_nodig: bool | None = attrs.field(default=None, validator=optioneel(ja_nee))

    @property
    def afgeleide_feiten(self) -> tuple[str, ...]:
        """``spoor_2_niet_nodig`` when the evaluation decides spoor 2 is not needed."""
        return ("spoor_2_niet_nodig",) if self.spoor_2_nodig is False else ()


@attrs.frozen
class ArbeidsdeskundigOnderzoek(_Basis):
    """A labour expert's assessment (arbeidsdeskundig onderzoek)."""

    code: ClassVar[str] = "arbeidsdeskundig_onderzoek"


class VerslagOnderdeel(enum.Enum):
    """Parts a complete re-integratieverslag holds (WIA art. 25 lid 3; UWV Werkwijzer
    Poortwachter)."""

    PROBLEEMANALYSE = "probleemanalyse"
    PLAN_VAN_AANPAK = "plan_van_aanpak"
    EVALUATIES = "evaluaties"
    EERSTEJAARSEVALUATIE = "eerstejaarsevaluatie"
    EINDEVALUATIE = "eindevaluatie"
    ACTUEEL_OORDEEL = "actueel_oordeel"
    MENING_WERKNEMER = "mening_werknemer"


def _onderdelen(
    instance: object, attribute: attrs.Attribute[frozenset[VerslagOnderdeel]], value: object
) -> None:
    veld = pad(instance, attribute)
    if not isinstance(value, frozenset):
        raise ValidationError(
            veld, f"expected a frozenset of VerslagOnderdeel, got {type(value).__name__}"
        )
    for deel in value:
        if not isinstance(deel, VerslagOnderdeel):
            raise ValidationError(
                veld, f"expected VerslagOnderdeel members, got {type(deel).__name__} {deel!r}"
            )


@attrs.frozen
class ReIntegratieverslag(_Basis):
    """The re-integratieverslag sent with the WIA application (WIA art. 25 lid 3).

    ``onderdelen`` lists the parts it holds; :attr:`ontbrekend` the parts of a
    complete report it lacks.
    """

    code: ClassVar[str] = "re_integratieverslag"
    onderdelen: frozenset[VerslagOnderdeel] = attrs.field(
        default=frozenset(VerslagOnderdeel), validator=_onderdelen
    )

    @property
    def ontbrekend(self) -> frozenset[VerslagOnderdeel]:
        """Parts of a complete report that this one lacks."""
        return frozenset(VerslagOnderdeel) - self.onderdelen

    @property
    def is_volledig(self) -> bool:
        """Whether every part is present."""
        return not self.ontbrekend


@attrs.frozen
class WiaAanvraag(_Basis):
    """The employee's WIA application (WIA art. 64 lid 3)."""

    code: ClassVar[str] = "wia_aanvraag"


class DeskundigenoordeelVraag(enum.Enum):
    """What a deskundigenoordeel asks UWV about."""

    ARBEIDSONGESCHIKTHEID = "arbeidsongeschiktheid"
    PASSENDE_ARBEID = "passende_arbeid"
    RE_INTEGRATIE_INSPANNINGEN = "re_integratie_inspanningen"


@attrs.frozen
class Deskundigenoordeel(_Basis):
    """UWV's expert opinion at either party's request (Wet SUWI art. 32; BW 7:629a).

    It pauses no deadline.
    """

    code: ClassVar[str] = "deskundigenoordeel"
    vraag: DeskundigenoordeelVraag = attrs.field(
        default=DeskundigenoordeelVraag.PASSENDE_ARBEID,
        validator=enum_van(DeskundigenoordeelVraag),
    )


@attrs.frozen
class Loonsanctie(_Basis):
    """UWV's loonsanctie: loondoorbetaling extended by ``weken`` (at most 52)
    (WIA art. 25 lid 9). ``datum`` is the date of UWV's decision."""

    code: ClassVar[str] = "loonsanctie"
    weken: int = attrs.field(validator=bereik(1, 52))


@attrs.frozen
class Bekorting(_Basis):
    """UWV's decision granting a bekortingsverzoek; the loonsanctie ends 6 weeks later
    (WIA art. 25 lid 9; UWV beleid bekortingsverzoek)."""

    code: ClassVar[str] = "bekorting"


@attrs.frozen
class VrijwilligeVerlenging(_Basis):
    """A wachttijd extended at the joint request of employer and employee
    (WIA art. 24 lid 1): ``weken`` from 1 to 52. ``datum`` is UWV's decision.

    WIA art. 24 lid 3 only bars a changed end date earlier than 13 weeks after
    the request to change it; it sets no minimum length.
    """

    code: ClassVar[str] = "vrijwillige_verlenging"
    weken: int = attrs.field(validator=bereik(1, 52))


@attrs.frozen
class Herstelmelding(_Basis):
    """The employee is reported **fully** recovered: ``datum`` is the first day fit for work
    again, the day after the last sick day of a sickness period.

    A Traject checks that the two agree (:class:`~reintegratie.traject.Traject`): a
    Herstelmelding on day *d* needs a sickness period whose ``laatste_dag`` is *d* − 1,
    and no sickness period may cover *d*. Partial recovery is not a Herstelmelding: it is
    a dated change of the period's percentage (:class:`~reintegratie.verzuim.Percentagewijziging`)
    and never ends the period.
    """

    code: ClassVar[str] = "herstelmelding"


@attrs.frozen
class EindeDienstverband(_Basis):
    """The employment ends (e.g. by mutual consent, or a fixed-term contract that is not
    renewed). ``datum`` is the **last day** of the employment. May lie on any date.

    ``in_dienst_sinds``, when known, is the first day of the employment; an end before it
    is an error. After ``datum`` the employer's duties to the (former) employee lapse and
    UWV takes over (ZW art. 29 lid 1, art. 38 lid 2; see
    :mod:`reintegratie.regels.bijzondere_meldingen`).

    >>> from datetime import date
    >>> EindeDienstverband(datum=date(2025, 7, 31), in_dienst_sinds=date(2025, 8, 1))
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reintegratie.errors.ValidationError: EindeDienstverband.datum: 2025-07-31 precedes ...
    """

    code: ClassVar[str] = "einde_dienstverband"
    kan_voor_ziekte: ClassVar[bool] = True
    in_dienst_sinds: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))

    def __attrs_post_init__(self) -> None:
        if self.in_dienst_sinds is not None and self.datum < self.in_dienst_sinds:
            raise ValidationError(
                "EindeDienstverband.datum",
                f"{self.datum} precedes in_dienst_sinds {self.in_dienst_sinds}",
            )


@attrs.frozen
class MeldingZiekUitDienst(_Basis):
    """The employer reports to UWV that the employee leaves employment sick (the
    *ziek-uit-dienst* melding; ZW art. 38 lid 2), due on the last day of the employment."""

    code: ClassVar[str] = "melding_ziek_uit_dienst"


@attrs.frozen
class Eindevaluatie(_Basis):
    """The eindevaluatie (re-integratieverslag) handed to UWV when the employment ends during
    sickness; ``verkort`` for the short form allowed when the employment ends 6 to 10 weeks
    after the first sick day (UWV; see :mod:`reintegratie.regels.bijzondere_meldingen`)."""

    code: ClassVar[str] = "eindevaluatie"
    verkort: bool = attrs.field(default=False, validator=ja_nee)


@attrs.frozen
class MeldingVangnet(_Basis):
    """The employer's early sickness report to UWV for an employee under a vangnet of the
    Ziektewet (no-riskpolis, fictief dienstverband, orgaandonatie, pregnancy-related
    sickness). Which vangnet applies is medical data: the event does not say it."""

    code: ClassVar[str] = "melding_vangnet"


@attrs.frozen
class AanvraagVervroegdeIva(_Basis):
    """The employee applies early for an IVA benefit (vervroegde IVA: a shortened wachttijd for
    full and lasting incapacity), possible once, in the window UWV gives (see
    :mod:`reintegratie.regels.bijzondere_meldingen`)."""

    code: ClassVar[str] = "aanvraag_vervroegde_iva"


# --- Belgium: the re-integratietraject (Codex welzijn op het werk, book I title 4 ch. VI) ---


class Aanvrager(enum.Enum):
    """Who asks the preventieadviseur-arbeidsarts to start a re-integratietraject (Codex welzijn
    op het werk art. I.4-73 §1, from 1 Oct 2022)."""

    WERKNEMER = "werknemer"
    """The worker, at any time during the incapacity."""
    BEHANDELEND_ARTS = "behandelend_arts"
    """The worker's treating doctor, with the worker's consent, at any time."""
    WERKGEVER = "werkgever"
    """The employer: after 3 months of uninterrupted incapacity, or from a certificate of
    definitive unfitness."""


@attrs.frozen
class MeldingArbeidsarts(_Basis):
    """The employer notifies the preventieadviseur-arbeidsarts of an incapacity of four weeks
    or more (Codex welzijn op het werk art. I.4-4 §3)."""

    code: ClassVar[str] = "melding_arbeidsarts"


@attrs.frozen
class AttestDefinitieveOngeschiktheid(_Basis):
    """The employer receives the treating doctor's certificate of definitive unfitness for the
    agreed work; from then the employer may request a re-integratietraject
    (Codex art. I.4-73 §1)."""

    code: ClassVar[str] = "attest_definitieve_ongeschiktheid"


@attrs.frozen
class VerzoekReintegratie(_Basis):
    """A request to start a re-integratietraject; ``datum`` is the day the
    preventieadviseur-arbeidsarts receives it (terms run from the day after)
    (Codex art. I.4-73 §1)."""

    code: ClassVar[str] = "verzoek_reintegratie"
    aanvrager: Aanvrager = attrs.field(default=Aanvrager.WERKNEMER, validator=enum_van(Aanvrager))


@attrs.frozen
class BeslissingArbeidsarts(_Basis):
    """The preventieadviseur-arbeidsarts's re-integratiebeoordeling (Codex art. I.4-73 §4).

    ``definitief``: definitively unfit for the agreed work (decisions C and D), else
    temporarily (A and B). ``aangepast_werk_mogelijk``: adapted or other work is possible
    meanwhile (A, C); only then does the employer draw up a re-integratieplan. Decision E
    (a trajectory not yet opportune) is recorded as temporary without adapted work: it
    sets no plan and no appeal. ``datum`` is the day the parties receive it.
    """

    code: ClassVar[str] = "beslissing_arbeidsarts"
    heeft_afgeleide_feiten: ClassVar[bool] = True
    definitief: bool = attrs.field(default=False, validator=ja_nee)
    aangepast_werk_mogelijk: bool = attrs.field(default=True, validator=ja_nee)

    @property
    def afgeleide_feiten(self) -> tuple[str, ...]:
        """``definitief_ongeschikt`` (an appeal is possible), and which re-integratieplan
        is due: ``plan_na_tijdelijke_ongeschiktheid`` or
        ``plan_na_definitieve_ongeschiktheid``."""
        feiten: tuple[str, ...] = ("definitief_ongeschikt",) if self.definitief else ()
        if self.aangepast_werk_mogelijk:
            plan = "definitieve" if self.definitief else "tijdelijke"
            feiten += (f"plan_na_{plan}_ongeschiktheid",)
        return feiten


@attrs.frozen
class ReIntegratieplan(_Basis):
    """The employer's re-integratieplan, handed to the worker on ``datum``
    (Codex art. I.4-74)."""

    code: ClassVar[str] = "re_integratieplan"


@attrs.frozen
class ReactieWerknemer(_Basis):
    """The worker's answer to the re-integratieplan: ``akkoord`` (signed) or a refusal with
    reasons (Codex art. I.4-74)."""

    code: ClassVar[str] = "reactie_werknemer"
    akkoord: bool = attrs.field(default=True, validator=ja_nee)


@attrs.frozen
class Beroep(_Basis):
    """The worker's appeal against a decision of definitive unfitness (registered letter to
    the arts sociaal inspecteur and the employer) (Codex art. I.4-80)."""

    code: ClassVar[str] = "beroep"


Gebeurtenis = (
    Ziekmelding
    | MeldingBedrijfsarts
    | Probleemanalyse
    | PlanVanAanpak
    | Evaluatie
    | Melding42eWeek
    | Eerstejaarsevaluatie
    | ArbeidsdeskundigOnderzoek
    | ReIntegratieverslag
    | WiaAanvraag
    | Deskundigenoordeel
    | Loonsanctie
    | Bekorting
    | VrijwilligeVerlenging
    | Herstelmelding
    | EindeDienstverband
    | MeldingZiekUitDienst
    | Eindevaluatie
    | MeldingVangnet
    | AanvraagVervroegdeIva
    | MeldingArbeidsarts
    | AttestDefinitieveOngeschiktheid
    | VerzoekReintegratie
    | BeslissingArbeidsarts
    | ReIntegratieplan
    | ReactieWerknemer
    | Beroep
)
"""Any recorded event."""

#: Every event kind, keyed by its stable code.
GEBEURTENISSOORTEN: dict[str, type[Gebeurtenis]] = {
    soort.code: soort
    for soort in (
        Ziekmelding,
        MeldingBedrijfsarts,
        Probleemanalyse,
        PlanVanAanpak,
        Evaluatie,
        Melding42eWeek,
        Eerstejaarsevaluatie,
        ArbeidsdeskundigOnderzoek,
        ReIntegratieverslag,
        WiaAanvraag,
        Deskundigenoordeel,
        Loonsanctie,
        Bekorting,
        VrijwilligeVerlenging,
        Herstelmelding,
        EindeDienstverband,
        MeldingZiekUitDienst,
        Eindevaluatie,
        MeldingVangnet,
        AanvraagVervroegdeIva,
        MeldingArbeidsarts,
        AttestDefinitieveOngeschiktheid,
        VerzoekReintegratie,
        BeslissingArbeidsarts,
        ReIntegratieplan,
        ReactieWerknemer,
        Beroep,
    )
}

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
    "MINIMUM_VERLENGING_WEKEN",
    "AanvraagVervroegdeIva",
    "Aanvrager",
    "ArbeidsdeskundigOnderzoek",
    "AttestDefinitieveOngeschiktheid",
    "Bekorting",
    "Beroep",
    "BeslissingArbeidsarts",
    "BeslissingMedischeOvermacht",
    "Deskundigenoordeel",
    "DeskundigenoordeelVraag",
    "DreigendLangdurigVerzuim",
    "Eerstejaarsevaluatie",
    "EindeDienstverband",
    "Eindevaluatie",
    "Evaluatie",
    "EvaluatieArbeidspotentieel",
    "Gebeurtenis",
    "GeweigerdeUitnodiging",
    "Herstelmelding",
    "InstemmingWerknemer",
    "Loonsanctie",
    "LoonsanctieGrond",
    "Melding42eWeek",
    "MeldingArbeidsarts",
    "MeldingBedrijfsarts",
    "MeldingVangnet",
    "MeldingZiekUitDienst",
    "OnderzoekMedischeOvermacht",
    "PlanVanAanpak",
    "Probleemanalyse",
    "ReIntegratiebeslissing",
    "ReIntegratieplan",
    "ReIntegratieverslag",
    "ReactieWerknemer",
    "TnwBeoordeling",
    "TnwEersteContact",
    "TnwVragenlijst",
    "TnwVragenlijstTerug",
    "UwvBriefWia",
    "VerkortingVerlenging",
    "VerslagOnderdeel",
    "VerzoekMedischeOvermacht",
    "VerzoekReintegratie",
    "Visie",
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
    """The employee reports sick to the employer, as the employer's verzuimvoorschriften
    require (BW 7:629 lid 6 onder b: wage may be suspended while they are not followed).
    ZW art. 38a lid 1 governs only the report of vangnet claimants to UWV."""

    code: ClassVar[str] = "ziekmelding"


@attrs.frozen
class MeldingBedrijfsarts(_Basis):
    """The employer reports the sickness to the bedrijfsarts or arbodienst
    (Regeling procesgang art. 2 lid 1)."""

    code: ClassVar[str] = "melding_bedrijfsarts"


@attrs.frozen
class DreigendLangdurigVerzuim(_Basis):
    """The day the bedrijfsarts first expects long absence (dreigend langdurig
    ziekteverzuim). After week 6 the employer asks for the probleemanalyse "onverwijld"
    (Regeling procesgang art. 2 lid 3); before, the end of week 6 stands (lid 2)."""

    code: ClassVar[str] = "dreigend_langdurig_verzuim"


@attrs.frozen
class Probleemanalyse(_Basis):
    """The bedrijfsarts's problem analysis (Regeling procesgang art. 2 lid 2–3), or an
    adjusted one.

    ``benutbare_mogelijkheden`` is ``False`` when the bedrijfsarts finds no usable
    possibilities to work ("geen benutbare mogelijkheden"): no plan van aanpak is due
    until an analysis finds possibilities again.

    >>> from datetime import date
    >>> Probleemanalyse(datum=date(2026, 1, 5), benutbare_mogelijkheden=False).afgeleide_feiten
    ('geen_benutbare_mogelijkheden',)
    """

    code: ClassVar[str] = "probleemanalyse"
    heeft_afgeleide_feiten: ClassVar[bool] = True
    benutbare_mogelijkheden: bool = attrs.field(default=True, validator=ja_nee)

    @property
    def afgeleide_feiten(self) -> tuple[str, ...]:
        """``probleemanalyse_met_mogelijkheden`` or ``geen_benutbare_mogelijkheden``."""
        if self.benutbare_mogelijkheden:
            return ("probleemanalyse_met_mogelijkheden",)
        return ("geen_benutbare_mogelijkheden",)


class Visie(enum.Enum):
    """A visie a plan van aanpak, bijstelling or eerstejaarsevaluatie holds from 1 July 2023
    (Regeling procesgang art. 4 lid 2 onder a en b, Stcrt. 2023, 13931)."""

    BEDRIJFSARTS = "bedrijfsarts"
    """The bedrijfsarts's re-integratievisie."""
    WERKGEVER = "werkgever"
    """The employer's visie on it."""
    WERKNEMER = "werknemer"
    """The employee's visie on it."""


def _ontbrekend(document: object) -> tuple[Visie, ...]:
    return tuple(
        v
        for v, aanwezig in (
            (Visie.BEDRIJFSARTS, getattr(document, "re_integratievisie", False)),
            (Visie.WERKGEVER, getattr(document, "visie_werkgever", False)),
            (Visie.WERKNEMER, getattr(document, "visie_werknemer", False)),
        )
        if not aanwezig
    )


@attrs.frozen
class PlanVanAanpak(_Basis):
    """The plan van aanpak agreed by employer and employee (Regeling procesgang art. 4).

    ``casemanager`` is the id of the betrokkene named as casemanager (``None``
    when the plan names none, which the compliance check reports).
    ``re_integratievisie`` records whether it holds the bedrijfsarts's
    re-integratievisie, ``visie_werkgever`` and ``visie_werknemer`` whether it holds
    the employer's and the employee's visie on it: all three are required in plans
    drawn up or adjusted from 1 July 2023 (Stcrt. 2023, 13931).
    """

    code: ClassVar[str] = "plan_van_aanpak"
    casemanager: str | None = attrs.field(default=None, validator=optioneel(tekst))
    re_integratievisie: bool = attrs.field(default=False, validator=ja_nee)
    visie_werkgever: bool = attrs.field(default=False, validator=ja_nee)
    visie_werknemer: bool = attrs.field(default=False, validator=ja_nee)

    @property
    def ontbrekende_visies(self) -> tuple[Visie, ...]:
        """The visies this plan lacks."""
        return _ontbrekend(self)

    @property
    def visies_volledig(self) -> bool:
        """Whether it holds all three visies."""
        return not self.ontbrekende_visies


@attrs.frozen
class Evaluatie(_Basis):
    """A periodic evaluation of the plan van aanpak; ``bijstelling`` when the plan was adjusted
    (WIA art. 25 lid 2). A bijstelling from 1 July 2023 holds the three visies of
    :class:`PlanVanAanpak` (Regeling procesgang art. 4 lid 2 onder a)."""

    code: ClassVar[str] = "evaluatie"
    bijstelling: bool = attrs.field(default=False, validator=ja_nee)
    re_integratievisie: bool = attrs.field(default=False, validator=ja_nee)
    visie_werkgever: bool = attrs.field(default=False, validator=ja_nee)
    visie_werknemer: bool = attrs.field(default=False, validator=ja_nee)

    @property
    def ontbrekende_visies(self) -> tuple[Visie, ...]:
        """The visies a bijstelling lacks (nothing for an evaluation that adjusts nothing)."""
        return _ontbrekend(self) if self.bijstelling else ()

    @property
    def visies_volledig(self) -> bool:
        """Whether it holds every visie it must."""
        return not self.ontbrekende_visies


@attrs.frozen
class Melding42eWeek(_Basis):
    """The employer's sickness report to UWV in the 42nd week (ZW art. 38 lid 1)."""

    code: ClassVar[str] = "melding_42e_week"


@attrs.frozen
class Eerstejaarsevaluatie(_Basis):
    """The first-year evaluation (UWV Werkwijzer Poortwachter; Regeling procesgang art. 4
    lid 2 onder b).

    ``spoor_2_nodig`` records its decision on spoor 2 (``None``: not decided). Spoor 2 may
    be left out only with a concrete prospect of structural return to the own employer
    within about 3 months (``concreet_zicht_op_terugkeer``; UWV Werkwijzer Poortwachter
    4.3). From 1 July 2023 it holds the three visies of :class:`PlanVanAanpak`.
    """

    code: ClassVar[str] = "eerstejaarsevaluatie"
    heeft_afgeleide_feiten: ClassVar[bool] = True
    spoor_2_nodig: bool | None = attrs.field(default=None, validator=optioneel(ja_nee))
    concreet_zicht_op_terugkeer: bool = attrs.field(default=False, validator=ja_nee)
    re_integratievisie: bool = attrs.field(default=False, validator=ja_nee)
    visie_werkgever: bool = attrs.field(default=False, validator=ja_nee)
    visie_werknemer: bool = attrs.field(default=False, validator=ja_nee)

    @property
    def afgeleide_feiten(self) -> tuple[str, ...]:
        """``spoor_2_niet_nodig`` when it decides spoor 2 is not needed on the one valid
        ground, a concrete prospect of return within 3 months."""
        if self.spoor_2_nodig is False and self.concreet_zicht_op_terugkeer:
            return ("spoor_2_niet_nodig",)
        return ()

    @property
    def spoor_2_besluit_onderbouwd(self) -> bool:
        """``False`` when it leaves spoor 2 out without a concrete prospect of return."""
        return self.spoor_2_nodig is not False or self.concreet_zicht_op_terugkeer

    @property
    def ontbrekende_visies(self) -> tuple[Visie, ...]:
        """The visies it lacks."""
        return _ontbrekend(self)

    @property
    def visies_volledig(self) -> bool:
        """Whether it holds all three visies."""
        return not self.ontbrekende_visies


@attrs.frozen
class ArbeidsdeskundigOnderzoek(_Basis):
    """A labour expert's assessment (arbeidsdeskundig onderzoek).

    ``structurele_terugkeer_mogelijk`` is ``False`` when it finds no prospect of structural
    return to work with the own employer: spoor 2 is then due at once, not only 6 weeks
    after the eerstejaarsevaluatie (UWV Werkwijzer Poortwachter).
    """

    code: ClassVar[str] = "arbeidsdeskundig_onderzoek"
    heeft_afgeleide_feiten: ClassVar[bool] = True
    structurele_terugkeer_mogelijk: bool | None = attrs.field(
        default=None, validator=optioneel(ja_nee)
    )

    @property
    def afgeleide_feiten(self) -> tuple[str, ...]:
        """``geen_zicht_op_terugkeer`` when it finds no prospect of structural return."""
        return ("geen_zicht_op_terugkeer",) if self.structurele_terugkeer_mogelijk is False else ()


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
    complete report it lacks. A complete one ends an administrative loonsanctie
    (fact ``re_integratieverslag_volledig``).
    """

    code: ClassVar[str] = "re_integratieverslag"
    heeft_afgeleide_feiten: ClassVar[bool] = True
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

    @property
    def afgeleide_feiten(self) -> tuple[str, ...]:
        """``re_integratieverslag_volledig`` when complete."""
        return ("re_integratieverslag_volledig",) if self.is_volledig else ()


@attrs.frozen
class UwvBriefWia(_Basis):
    """The employee receives UWV's notice that a WIA application can be made (WIA art. 64
    lid 2; UWV: "Na 88 weken ziekte krijgt u een brief"). From then the application can be
    made; a notice later than the law requires leaves 4 weeks from receipt (lid 6)."""

    code: ClassVar[str] = "uwv_brief_wia"


@attrs.frozen
class WiaAanvraag(_Basis):
    """The employee's WIA application (WIA art. 64 lid 3).

    ``zonder_uwv_brief``: UWV never sent the notice of lid 2, so the application counts as
    made on time (WIA art. 64 lid 6).
    """

    code: ClassVar[str] = "wia_aanvraag"
    heeft_afgeleide_feiten: ClassVar[bool] = True
    zonder_uwv_brief: bool = attrs.field(default=False, validator=ja_nee)

    @property
    def afgeleide_feiten(self) -> tuple[str, ...]:
        """``geen_uwv_brief_wia`` when UWV sent no notice."""
        return ("geen_uwv_brief_wia",) if self.zonder_uwv_brief else ()


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


class LoonsanctieGrond(enum.Enum):
    """Why UWV extends loondoorbetaling (WIA art. 25 lid 8–9)."""

    INHOUDELIJK = "inhoudelijk"
    """Insufficient re-integration efforts: ends 6 weeks after UWV finds the shortcoming
    repaired (lid 14), at most 52 weeks."""
    ADMINISTRATIEF = "administratief"
    """The re-integratieverslag missing or incomplete: ends when the complete verslag is in
    (UWV: "De loondoorbetaling stopt als het re-integratieverslag compleet is")."""


@attrs.frozen
class Loonsanctie(_Basis):
    """UWV's loonsanctie: loondoorbetaling extended by ``weken`` (at most 52)
    (WIA art. 25 lid 9). ``datum`` is the date of UWV's decision, which must lie before
    the end of the wachttijd (lid 11); ``grond`` says why."""

    code: ClassVar[str] = "loonsanctie"
    heeft_afgeleide_feiten: ClassVar[bool] = True
    weken: int = attrs.field(validator=bereik(1, 52))
    grond: LoonsanctieGrond = attrs.field(
        default=LoonsanctieGrond.INHOUDELIJK, validator=enum_van(LoonsanctieGrond)
    )

    @property
    def afgeleide_feiten(self) -> tuple[str, ...]:
        """``loonsanctie_inhoudelijk`` or ``loonsanctie_administratief``."""
        return (f"loonsanctie_{self.grond.value}",)


@attrs.frozen
class Bekorting(_Basis):
    """UWV's decision that the shortcoming behind an inhoudelijke loonsanctie is repaired
    (a granted bekortingsverzoek); the loonsanctie ends 6 weeks later (WIA art. 25 lid 13–14)."""

    code: ClassVar[str] = "bekorting"


#: UWV's minimum length of a vrijwillige verlenging (uwv.nl: "De minimumperiode van de
#: verlenging is 13 weken. Er is geen maximum").
MINIMUM_VERLENGING_WEKEN = 13


@attrs.frozen
class VrijwilligeVerlenging(_Basis):
    """The wage period extended at the joint request of employer and employee
    (WIA art. 24 lid 1), by ``weken``. ``datum`` is UWV's decision, ``verzoek`` the day
    of the request (when known).

    A first extension lasts at least 13 weeks; there is no maximum (UWV). A further
    extension (``verdere=True``, WIA art. 24 lid 2) may be shorter, but like a shortening
    it may not end the period earlier than 13 weeks after its request (lid 3).

    >>> from datetime import date
    >>> VrijwilligeVerlenging(datum=date(2027, 6, 1), weken=12)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reintegratie.errors.ValidationError: VrijwilligeVerlenging.weken: ... at least 13 weeks ...
    """

    code: ClassVar[str] = "vrijwillige_verlenging"
    weken: int = attrs.field(validator=bereik(1))
    verdere: bool = attrs.field(default=False, validator=ja_nee)
    verzoek: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))

    def __attrs_post_init__(self) -> None:
        if not self.verdere and self.weken < MINIMUM_VERLENGING_WEKEN:
            raise ValidationError(
                "VrijwilligeVerlenging.weken",
                f"a first vrijwillige verlenging lasts at least {MINIMUM_VERLENGING_WEKEN} "
                f"weeks (UWV), got {self.weken}",
            )
        if self.verzoek is not None and self.verzoek > self.datum:
            raise ValidationError(
                "VrijwilligeVerlenging.verzoek",
                f"the request ({self.verzoek}) cannot follow UWV's decision ({self.datum})",
            )


@attrs.frozen
class VerkortingVerlenging(_Basis):
    """A vrijwillige verlenging shortened by ``weken`` at the request of employer or
    employee (WIA art. 24 lid 2); the period may not end earlier than 13 weeks after the
    request (``verzoek``, else ``datum``) (lid 3)."""

    code: ClassVar[str] = "verkorting_verlenging"
    weken: int = attrs.field(validator=bereik(1))
    verzoek: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))

    def __attrs_post_init__(self) -> None:
        if self.verzoek is not None and self.verzoek > self.datum:
            raise ValidationError(
                "VerkortingVerlenging.verzoek",
                f"the request ({self.verzoek}) cannot follow UWV's decision ({self.datum})",
            )


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
    definitive unfitness; for trajectories from 1 Jan 2026 (RIT 3.0) also from the first day
    with the worker's consent."""
    ADVISEREND_ARTS = "adviserend_arts"
    """The adviserend arts of the worker's mutualiteit (helderrecht.be: may start it before
    and after 1 Oct 2022)."""


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


class ReIntegratiebeslissing(enum.Enum):
    """The preventieadviseur-arbeidsarts's decision in a re-integratiebeoordeling, lettered
    as in force since 1 October 2022 (Codex welzijn op het werk art. I.4-73 §4; securex.be
    "Beslissing van de arbeidsarts", updated 15 Jan 2024)."""

    A = "A"
    """Temporarily unfit for the agreed work; adapted or other work possible meanwhile:
    a re-integratieplan within 63 days."""
    B = "B"
    """Definitively unfit for the agreed work; adapted or other work possible: appealable
    within 21 days; a re-integratieplan within 6 months."""
    C = "C"
    """A re-integratiebeoordeling is (for now) not possible for medical reasons: no plan,
    no appeal."""
    D_VOOR_2022 = "D"
    """Only in documents written before the 2022 lettering: definitively unfit and no
    adapted or other work possible (the former decision D). Appealable, no plan. Since
    1 Oct 2022 the arbeidsarts no longer takes it; definitive unfitness for any work at
    the employer goes through the procedure of medische overmacht."""


@attrs.frozen
class BeslissingArbeidsarts(_Basis):
    """The preventieadviseur-arbeidsarts's re-integratiebeoordeling (Codex art. I.4-73 §4):
    ``beslissing`` A, B or C (:class:`ReIntegratiebeslissing`). ``datum`` is the day the
    parties receive it; the terms after it run from the day after.

    >>> from datetime import date
    >>> BeslissingArbeidsarts(datum=date(2026, 3, 10), beslissing=ReIntegratiebeslissing.B
    ...                       ).afgeleide_feiten
    ('definitief_ongeschikt', 'plan_na_definitieve_ongeschiktheid')

    Documents written with the former model (``definitief`` and ``aangepast_werk_mogelijk``)
    are upgraded when read: temporary with adapted work is A, definitive with adapted work
    is B, temporary without adapted work (former B and E) is C, definitive without adapted
    work is :attr:`ReIntegratiebeslissing.D_VOOR_2022`.
    """

    code: ClassVar[str] = "beslissing_arbeidsarts"
    heeft_afgeleide_feiten: ClassVar[bool] = True
    beslissing: ReIntegratiebeslissing = attrs.field(validator=enum_van(ReIntegratiebeslissing))

    @property
    def afgeleide_feiten(self) -> tuple[str, ...]:
        """``definitief_ongeschikt`` (B and the former D: an appeal is possible), and which
        re-integratieplan is due: ``plan_na_tijdelijke_ongeschiktheid`` (A) or
        ``plan_na_definitieve_ongeschiktheid`` (B)."""
        b = self.beslissing
        if b is ReIntegratiebeslissing.A:
            return ("plan_na_tijdelijke_ongeschiktheid",)
        if b is ReIntegratiebeslissing.B:
            return ("definitief_ongeschikt", "plan_na_definitieve_ongeschiktheid")
        if b is ReIntegratiebeslissing.D_VOOR_2022:
            return ("definitief_ongeschikt",)
        return ()


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
    heeft_afgeleide_feiten: ClassVar[bool] = True
    akkoord: bool = attrs.field(default=True, validator=ja_nee)

    @property
    def afgeleide_feiten(self) -> tuple[str, ...]:
        """``plan_geweigerd`` when the worker refuses the plan: that ends the
        re-integratietraject (weeraandeslag.be "Einde van het traject": "Als je werknemer
        je re-integratieplan weigert, eindigt het re-integratietraject").

        >>> from datetime import date
        >>> ReactieWerknemer(datum=date(2026, 5, 4), akkoord=False).afgeleide_feiten
        ('plan_geweigerd',)
        """
        return () if self.akkoord else ("plan_geweigerd",)


@attrs.frozen
class Beroep(_Basis):
    """The worker's appeal against a decision of definitive unfitness (registered letter to
    the arts sociaal inspecteur and the employer) (Codex art. I.4-80)."""

    code: ClassVar[str] = "beroep"


@attrs.frozen
class InstemmingWerknemer(_Basis):
    """The worker consents to the employer starting a re-integratietraject before three
    months of incapacity; from this day the employer may request it (RIT 3.0, trajectories
    from 1 Jan 2026; lexgo.be 14640: "vanaf de eerste dag arbeidsongeschiktheid wanneer de
    werknemer hiermee instemt")."""

    code: ClassVar[str] = "instemming_reintegratie"


@attrs.frozen
class EvaluatieArbeidspotentieel(_Basis):
    """The preventieadviseur-arbeidsarts's evaluation of the worker's work potential at the
    employer's request (RIT 3.0). ``arbeidspotentieel``: whether it finds work potential
    (``None``: not stated); when it does, the employer must start a re-integratietraject
    (securex.be "Re-integratietraject": "Je moet een re-integratietraject starten als uit de
    arbeidsgeneeskundige evaluatie blijkt dat je werknemer over een arbeidspotentieel
    beschikt")."""

    code: ClassVar[str] = "evaluatie_arbeidspotentieel"
    heeft_afgeleide_feiten: ClassVar[bool] = True
    arbeidspotentieel: bool | None = attrs.field(default=None, validator=optioneel(ja_nee))

    @property
    def afgeleide_feiten(self) -> tuple[str, ...]:
        """``arbeidspotentieel`` when the evaluation finds work potential."""
        return ("arbeidspotentieel",) if self.arbeidspotentieel else ()


@attrs.frozen
class GeweigerdeUitnodiging(_Basis):
    """The worker refuses (or ignores) an invitation of the preventieadviseur-arbeidsarts in
    a re-integratietraject; ``volgnummer`` counts the refusals (1 to 3). The third ends the
    trajectory (since 1 Oct 2022; helderrecht.be: "Het re-integratietraject eindigt als de
    werknemer 3 keer een medisch onderzoek weigert")."""

    code: ClassVar[str] = "geweigerde_uitnodiging"
    heeft_afgeleide_feiten: ClassVar[bool] = True
    volgnummer: int = attrs.field(validator=bereik(1, 3))

    @property
    def afgeleide_feiten(self) -> tuple[str, ...]:
        """``einde_reintegratietraject`` at the third refusal."""
        return ("einde_reintegratietraject",) if self.volgnummer == 3 else ()


@attrs.frozen
class VerzoekMedischeOvermacht(_Basis):
    """The registered notification that starts the special procedure of medische overmacht
    (Codex art. I.4-82/1, from 28 Nov 2022): sent by ``aanvrager`` (worker or employer) to
    the other party and the preventieadviseur-arbeidsarts; ``datum`` is the day it is sent.
    Only after at least nine months of uninterrupted incapacity and while no
    re-integratietraject runs (werk.belgie.be "Bijzondere procedure medische overmacht")."""

    code: ClassVar[str] = "verzoek_medische_overmacht"
    aanvrager: Aanvrager = attrs.field(default=Aanvrager.WERKGEVER, validator=enum_van(Aanvrager))

    def __attrs_post_init__(self) -> None:
        if self.aanvrager not in (Aanvrager.WERKNEMER, Aanvrager.WERKGEVER):
            raise ValidationError(
                "VerzoekMedischeOvermacht.aanvrager",
                "only the worker or the employer starts the procedure, got "
                f"{self.aanvrager.value!r}",
            )


@attrs.frozen
class OnderzoekMedischeOvermacht(_Basis):
    """The preventieadviseur-arbeidsarts's examination in the procedure of medische overmacht,
    no earlier than 10 days after the notification (mensura.be: "ten vroegste tien dagen na
    de aanvraag")."""

    code: ClassVar[str] = "onderzoek_medische_overmacht"


@attrs.frozen
class BeslissingMedischeOvermacht(_Basis):
    """The preventieadviseur-arbeidsarts's decision in the procedure of medische overmacht:
    ``definitief_ongeschikt`` for the agreed work or not."""

    code: ClassVar[str] = "beslissing_medische_overmacht"
    definitief_ongeschikt: bool = attrs.field(validator=ja_nee)


@attrs.frozen
class TnwVragenlijst(_Basis):
    """The adviserend arts of the mutualiteit sends the Terug Naar Werk questionnaire, ten
    weeks after the incapacity began (KB 2022 on the Terug Naar Werk-traject;
    neutrale-ziekenfondsen.be, 16 Sep 2022)."""

    code: ClassVar[str] = "tnw_vragenlijst"


@attrs.frozen
class TnwVragenlijstTerug(_Basis):
    """The worker returns the Terug Naar Werk questionnaire (compulsory, within two weeks)."""

    code: ClassVar[str] = "tnw_vragenlijst_terug"


@attrs.frozen
class TnwBeoordeling(_Basis):
    """The adviserend arts's first assessment of the residual capacities, in the fourth month
    of incapacity; ``doorverwijzing``: the worker is referred to the TNW-coördinator."""

    code: ClassVar[str] = "tnw_beoordeling"
    heeft_afgeleide_feiten: ClassVar[bool] = True
    doorverwijzing: bool = attrs.field(default=False, validator=ja_nee)

    @property
    def afgeleide_feiten(self) -> tuple[str, ...]:
        """``tnw_doorverwijzing`` when the worker is referred to the TNW-coördinator."""
        return ("tnw_doorverwijzing",) if self.doorverwijzing else ()


@attrs.frozen
class TnwEersteContact(_Basis):
    """The TNW-coördinator's first contact with the worker after a referral."""

    code: ClassVar[str] = "tnw_eerste_contact"


Gebeurtenis = (
    Ziekmelding
    | MeldingBedrijfsarts
    | DreigendLangdurigVerzuim
    | Probleemanalyse
    | PlanVanAanpak
    | Evaluatie
    | Melding42eWeek
    | Eerstejaarsevaluatie
    | ArbeidsdeskundigOnderzoek
    | ReIntegratieverslag
    | UwvBriefWia
    | WiaAanvraag
    | Deskundigenoordeel
    | Loonsanctie
    | Bekorting
    | VrijwilligeVerlenging
    | VerkortingVerlenging
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
    | InstemmingWerknemer
    | EvaluatieArbeidspotentieel
    | GeweigerdeUitnodiging
    | VerzoekMedischeOvermacht
    | OnderzoekMedischeOvermacht
    | BeslissingMedischeOvermacht
    | TnwVragenlijst
    | TnwVragenlijstTerug
    | TnwBeoordeling
    | TnwEersteContact
)
"""Any recorded event."""

#: Every event kind, keyed by its stable code.
GEBEURTENISSOORTEN: dict[str, type[Gebeurtenis]] = {
    soort.code: soort
    for soort in (
        Ziekmelding,
        MeldingBedrijfsarts,
        DreigendLangdurigVerzuim,
        Probleemanalyse,
        PlanVanAanpak,
        Evaluatie,
        Melding42eWeek,
        Eerstejaarsevaluatie,
        ArbeidsdeskundigOnderzoek,
        ReIntegratieverslag,
        UwvBriefWia,
        WiaAanvraag,
        Deskundigenoordeel,
        Loonsanctie,
        Bekorting,
        VrijwilligeVerlenging,
        VerkortingVerlenging,
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
        InstemmingWerknemer,
        EvaluatieArbeidspotentieel,
        GeweigerdeUitnodiging,
        VerzoekMedischeOvermacht,
        OnderzoekMedischeOvermacht,
        BeslissingMedischeOvermacht,
        TnwVragenlijst,
        TnwVragenlijstTerug,
        TnwBeoordeling,
        TnwEersteContact,
    )
}

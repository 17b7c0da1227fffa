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
    "ArbeidsdeskundigOnderzoek",
    "Bekorting",
    "Deskundigenoordeel",
    "DeskundigenoordeelVraag",
    "Eerstejaarsevaluatie",
    "EindeDienstverband",
    "Evaluatie",
    "Gebeurtenis",
    "Herstelmelding",
    "Loonsanctie",
    "Melding42eWeek",
    "MeldingBedrijfsarts",
    "PlanVanAanpak",
    "Probleemanalyse",
    "ReIntegratieverslag",
    "VerslagOnderdeel",
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
    spoor_2_nodig: bool | None = attrs.field(default=None, validator=optioneel(ja_nee))


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
    """The employee is reported fully recovered."""

    code: ClassVar[str] = "herstelmelding"


@attrs.frozen
class EindeDienstverband(_Basis):
    """The employment ends (e.g. by mutual consent). May lie on any date."""

    code: ClassVar[str] = "einde_dienstverband"
    kan_voor_ziekte: ClassVar[bool] = True


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
    )
}

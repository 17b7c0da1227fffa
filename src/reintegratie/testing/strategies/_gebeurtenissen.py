"""Strategies for events (both jurisdictions) and used loopbaancheques."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence

from hypothesis import strategies as st

from reintegratie.errors import ValidationError
from reintegratie.gebeurtenissen import (
    GEBEURTENISSOORTEN,
    MINIMUM_VERLENGING_WEKEN,
    Aanvrager,
    ArbeidsdeskundigOnderzoek,
    Bekorting,
    BeslissingArbeidsarts,
    BeslissingMedischeOvermacht,
    Deskundigenoordeel,
    DeskundigenoordeelVraag,
    Eerstejaarsevaluatie,
    EindeDienstverband,
    Eindevaluatie,
    Evaluatie,
    EvaluatieArbeidspotentieel,
    Gebeurtenis,
    GeweigerdeUitnodiging,
    Loonsanctie,
    LoonsanctieGrond,
    PlanVanAanpak,
    Probleemanalyse,
    ReactieWerknemer,
    ReIntegratiebeslissing,
    ReIntegratieverslag,
    TnwBeoordeling,
    VerkortingVerlenging,
    VerslagOnderdeel,
    VerzoekMedischeOvermacht,
    VerzoekReintegratie,
    VrijwilligeVerlenging,
    WiaAanvraag,
)
from reintegratie.loopbaancheques import GebruikteLoopbaancheque
from reintegratie.testing.strategies._basis import (
    _BOOL,
    _DATUMS,
    _NEE_JA_ONBEKEND,
    Of,
    _plus,
    _trek,
    ids,
)

__all__ = ["gebeurtenissen", "gebruikte_loopbaancheques"]

_SOORTEN = st.sampled_from(tuple(GEBEURTENISSOORTEN.values()))


def _gebeurtenissoort(soort: str | type[Gebeurtenis]) -> type[Gebeurtenis]:
    if isinstance(soort, str):
        try:
            return GEBEURTENISSOORTEN[soort]
        except KeyError:
            raise ValidationError(
                "gebeurtenissen.soort",
                f"unknown code {soort!r}; the codes are {', '.join(GEBEURTENISSOORTEN)}",
            ) from None
    if soort not in GEBEURTENISSOORTEN.values():
        raise ValidationError("gebeurtenissen.soort", f"not an event kind: {soort!r}")
    return soort


@st.composite
def gebeurtenissen(
    draw: st.DrawFn,
    soort: Of[str | type[Gebeurtenis]] | None = None,
    datum: Of[_dt.date] | None = None,
    casemanagers: Sequence[str] | None = None,
) -> Gebeurtenis:
    """Any event kind (or *soort*, a code or class), with valid fields.

    A plan van aanpak names one of *casemanagers* (or none); without them, any id.
    Loonsanctie and verlenging are often of the maximum 52 weeks.
    """
    klasse = _gebeurtenissoort(_trek(draw, soort, _SOORTEN))
    dag = _trek(draw, datum, _DATUMS)
    if klasse is PlanVanAanpak:
        kandidaten = ids("CM") if casemanagers is None else st.sampled_from(tuple(casemanagers))
        cm = draw(st.none() | kandidaten) if casemanagers is None or casemanagers else None
        return PlanVanAanpak(
            datum=dag,
            casemanager=cm,
            re_integratievisie=draw(_BOOL),
            visie_werkgever=draw(_BOOL),
            visie_werknemer=draw(_BOOL),
        )
    if klasse is Evaluatie:
        return Evaluatie(
            datum=dag,
            bijstelling=draw(_BOOL),
            re_integratievisie=draw(_BOOL),
            visie_werkgever=draw(_BOOL),
            visie_werknemer=draw(_BOOL),
        )
    if klasse is Eerstejaarsevaluatie:
        nodig = draw(_NEE_JA_ONBEKEND)
        return Eerstejaarsevaluatie(
            datum=dag,
            spoor_2_nodig=nodig,
            concreet_zicht_op_terugkeer=draw(_BOOL),
            re_integratievisie=draw(_BOOL),
            visie_werkgever=draw(_BOOL),
            visie_werknemer=draw(_BOOL),
        )
    if klasse is Probleemanalyse:
        return Probleemanalyse(datum=dag, benutbare_mogelijkheden=draw(_BOOL))
    if klasse is ArbeidsdeskundigOnderzoek:
        mogelijk = draw(_NEE_JA_ONBEKEND)
        return ArbeidsdeskundigOnderzoek(datum=dag, structurele_terugkeer_mogelijk=mogelijk)
    if klasse is WiaAanvraag:
        return WiaAanvraag(datum=dag, zonder_uwv_brief=draw(_BOOL))
    if klasse is ReIntegratieverslag:
        delen = draw(
            st.one_of(
                st.just(frozenset(VerslagOnderdeel)),
                st.frozensets(st.sampled_from(VerslagOnderdeel)),
            )
        )
        return ReIntegratieverslag(datum=dag, onderdelen=delen)
    if klasse is Deskundigenoordeel:
        return Deskundigenoordeel(datum=dag, vraag=draw(st.sampled_from(DeskundigenoordeelVraag)))
    if klasse is Loonsanctie:
        return Loonsanctie(
            datum=dag,
            weken=draw(st.one_of(st.just(52), st.integers(1, 52))),
            grond=draw(st.sampled_from(LoonsanctieGrond)),
        )
    if klasse is VrijwilligeVerlenging:
        verdere = draw(_BOOL)
        minimum = 1 if verdere else MINIMUM_VERLENGING_WEKEN
        weken = draw(st.one_of(st.sampled_from((26, 52)), st.integers(minimum, 104)))
        verzoek = draw(st.none() | st.integers(0, 28).map(lambda n: _plus(dag, -n)))
        return VrijwilligeVerlenging(datum=dag, weken=weken, verdere=verdere, verzoek=verzoek)
    if klasse is VerkortingVerlenging:
        verzoek = draw(st.none() | st.integers(0, 28).map(lambda n: _plus(dag, -n)))
        return VerkortingVerlenging(datum=dag, weken=draw(st.integers(1, 52)), verzoek=verzoek)
    if klasse is Bekorting:
        return Bekorting(datum=dag)
    vlaams = _vlaamse_gebeurtenis(draw, klasse, dag)
    if vlaams is not None:
        return vlaams
    if klasse is Eindevaluatie:
        return Eindevaluatie(datum=dag, verkort=draw(_BOOL))
    if klasse is EindeDienstverband:
        sinds = draw(st.none() | st.integers(0, 9000).map(lambda d: _plus(dag, -d)))
        return EindeDienstverband(datum=dag, in_dienst_sinds=sinds)
    return klasse(datum=dag)  # type: ignore[call-arg]


def _vlaamse_gebeurtenis(
    draw: st.DrawFn, klasse: type[Gebeurtenis], dag: _dt.date
) -> Gebeurtenis | None:
    """The Flemish event kinds with fields of their own (``None``: not one of them)."""
    if klasse is BeslissingArbeidsarts:
        return BeslissingArbeidsarts(
            datum=dag, beslissing=draw(st.sampled_from(ReIntegratiebeslissing))
        )
    if klasse is VerzoekReintegratie:
        return VerzoekReintegratie(datum=dag, aanvrager=draw(st.sampled_from(Aanvrager)))
    if klasse is ReactieWerknemer:
        return ReactieWerknemer(datum=dag, akkoord=draw(_BOOL))
    if klasse is EvaluatieArbeidspotentieel:
        return EvaluatieArbeidspotentieel(datum=dag, arbeidspotentieel=draw(_NEE_JA_ONBEKEND))
    if klasse is GeweigerdeUitnodiging:
        return GeweigerdeUitnodiging(datum=dag, volgnummer=draw(st.integers(1, 3)))
    if klasse is VerzoekMedischeOvermacht:
        wie = draw(st.sampled_from((Aanvrager.WERKNEMER, Aanvrager.WERKGEVER)))
        return VerzoekMedischeOvermacht(datum=dag, aanvrager=wie)
    if klasse is BeslissingMedischeOvermacht:
        return BeslissingMedischeOvermacht(datum=dag, definitief_ongeschikt=draw(_BOOL))
    if klasse is TnwBeoordeling:
        return TnwBeoordeling(datum=dag, doorverwijzing=draw(_BOOL))
    return None


@st.composite
def gebruikte_loopbaancheques(
    draw: st.DrawFn,
    datum: Of[_dt.date] | None = None,
    uren: Of[int] | None = None,
) -> GebruikteLoopbaancheque:
    """A loopbaancheque used with a recognised career centre (4 or 3 hours)."""
    return _loopbaancheque(draw, datum, uren)


_UREN = st.sampled_from((4, 3))
_PRIJZEN = st.sampled_from((None, 40, 45))


def _loopbaancheque(
    draw: st.DrawFn, datum: Of[_dt.date] | None = None, uren: Of[int] | None = None
) -> GebruikteLoopbaancheque:
    return GebruikteLoopbaancheque(
        datum=_trek(draw, datum, _DATUMS),
        uren=_trek(draw, uren, _UREN),
        loopbaancentrum=draw(ids("LC")),
        prijs_euro=draw(_PRIJZEN),
    )

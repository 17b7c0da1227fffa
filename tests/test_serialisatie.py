"""Tests for the wire format: round trips, the JSON shape, golden files and a round-trip property.

Error paths, the envelope, upgrades and JSON Lines are in test_serialisatie_fouten.py.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import attrs
import cattrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reintegratie as ri
from reintegratie.activiteiten import (
    Activiteit,
    Activiteitsoort,
    Energie,
    Groepsprogramma,
    Nazorg,
    Opbouwstap,
    Plaatsingsvorm,
    Werkervaringsplaats,
)
from reintegratie.doelen import Leerdoel, Meetperiode, Meting, Prestatiedoel, Voortgang
from reintegratie.gebeurtenissen import (
    GEBEURTENISSOORTEN,
    AanvraagVervroegdeIva,
    Aanvrager,
    ArbeidsdeskundigOnderzoek,
    AttestDefinitieveOngeschiktheid,
    Bekorting,
    Beroep,
    BeslissingArbeidsarts,
    BeslissingMedischeOvermacht,
    Deskundigenoordeel,
    DeskundigenoordeelVraag,
    DreigendLangdurigVerzuim,
    Eerstejaarsevaluatie,
    EindeDienstverband,
    Eindevaluatie,
    Evaluatie,
    EvaluatieArbeidspotentieel,
    Gebeurtenis,
    GeweigerdeUitnodiging,
    Herstelmelding,
    InstemmingWerknemer,
    Loonsanctie,
    LoonsanctieGrond,
    Melding42eWeek,
    MeldingArbeidsarts,
    MeldingBedrijfsarts,
    MeldingVangnet,
    MeldingZiekUitDienst,
    OnderzoekMedischeOvermacht,
    PlanVanAanpak,
    Probleemanalyse,
    ReactieWerknemer,
    ReIntegratiebeslissing,
    ReIntegratieplan,
    ReIntegratieverslag,
    TnwBeoordeling,
    TnwEersteContact,
    TnwVragenlijst,
    TnwVragenlijstTerug,
    UwvBriefWia,
    VerkortingVerlenging,
    VerslagOnderdeel,
    VerzoekMedischeOvermacht,
    VerzoekReintegratie,
    VrijwilligeVerlenging,
    WiaAanvraag,
    Ziekmelding,
)
from reintegratie.gesprek import Afspraak, Afspraakstatus, Driegesprek
from reintegratie.medisch import MedischDossier, MedischeAantekening
from reintegratie.rollen import Betrokkene, Rol
from reintegratie.serialisatie import (
    HUIDIGE_VERSIES,
    SCHEMAS,
    Bevindingen,
    Rolverdeling,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from reintegratie.serialisatie.converter import DOEL_TAGS, GEBEURTENIS_TAGS, converter
from reintegratie.serialisatie.upgrades import upgrade
from reintegratie.spoor import Fase, Spoor, Spoor1Werk, Spoor2Stap, Spoorresultaat, Spoorsoort
from reintegratie.testing import strategies as strategieen
from reintegratie.testing.strategies._basis import _zonder_medische_term
from reintegratie.traject import Belastbaarheid, Traject, Uitkomst, Uitkomstsoort
from reintegratie.verzuim import Percentagewijziging, Verlofperiode, Verlofsoort, Ziekteperiode

DATA = Path(__file__).parent / "data" / "serialisatie"


# --- builders shared with test_serialisatie_fouten.py ----------------------------------


def dossier_traject() -> Traject:
    """The kinds and fields of 0.3 (end of employment, vangnet, partial sickness, the
    registration flags), which the version-1 golden file of :func:`rijk_traject` predates."""
    return Traject(
        werknemer="W-002",
        werkgever="WG-1",
        ziekteperioden=(
            Ziekteperiode(eerste_dag=date(2025, 1, 6), laatste_dag=date(2025, 3, 31), vangnet=True),
            Ziekteperiode(
                eerste_dag=date(2025, 7, 21),
                percentage=50,
                wijzigingen=(Percentagewijziging(vanaf=date(2026, 3, 2), percentage=30),),
                arbeidsongeval=True,
                regres=True,
            ),
        ),
        gebeurtenissen=(
            MeldingVangnet(datum=date(2025, 1, 9)),
            Herstelmelding(datum=date(2025, 4, 1)),
            AanvraagVervroegdeIva(datum=date(2026, 2, 2)),
            Eindevaluatie(datum=date(2026, 2, 20), verkort=True),
            MeldingZiekUitDienst(datum=date(2026, 2, 27)),
            EindeDienstverband(datum=date(2026, 2, 27), in_dienst_sinds=date(2019, 9, 1)),
        ),
    )


def rijk_traject() -> Traject:
    """A traject with every kind of thing in it: each event kind, leave, sporen, goals."""
    return Traject(
        werknemer="W-001",
        werkgever="WG-1",
        id="T-2025-001",
        ziekteperioden=(
            Ziekteperiode(eerste_dag=date(2025, 1, 6), laatste_dag=date(2025, 3, 31)),
            Ziekteperiode(
                eerste_dag=date(2025, 7, 21), laatste_dag=date(2027, 2, 28), percentage=50
            ),
        ),
        verlofperioden=(
            Verlofperiode(
                eerste_dag=date(2025, 4, 1),
                laatste_dag=date(2025, 7, 20),
                soort=Verlofsoort.ZWANGERSCHAPS_EN_BEVALLINGSVERLOF,
                zelfde_oorzaak=True,
            ),
        ),
        gebeurtenissen=(
            Ziekmelding(datum=date(2025, 1, 6)),
            MeldingBedrijfsarts(datum=date(2025, 1, 10)),
            Probleemanalyse(datum=date(2025, 2, 10)),
            PlanVanAanpak(datum=date(2025, 2, 24), casemanager="CM-1", re_integratievisie=True),
            Evaluatie(datum=date(2025, 3, 20), bijstelling=True),
            Melding42eWeek(datum=date(2025, 10, 1)),
            Eerstejaarsevaluatie(datum=date(2025, 11, 10), spoor_2_nodig=True),
            ArbeidsdeskundigOnderzoek(datum=date(2025, 12, 1)),
            Deskundigenoordeel(
                datum=date(2026, 1, 15), vraag=DeskundigenoordeelVraag.RE_INTEGRATIE_INSPANNINGEN
            ),
            ReIntegratieverslag(
                datum=date(2026, 9, 1),
                onderdelen=frozenset(
                    {
                        VerslagOnderdeel.PROBLEEMANALYSE,
                        VerslagOnderdeel.PLAN_VAN_AANPAK,
                        VerslagOnderdeel.EVALUATIES,
                        VerslagOnderdeel.EERSTEJAARSEVALUATIE,
                    }
                ),
            ),
            WiaAanvraag(datum=date(2026, 9, 15)),
            Loonsanctie(datum=date(2026, 11, 1), weken=26),
            VrijwilligeVerlenging(datum=date(2026, 12, 1), weken=13),
            Bekorting(datum=date(2027, 1, 10)),
            Herstelmelding(datum=date(2027, 3, 1)),
            EindeDienstverband(datum=date(2027, 4, 1)),
            # The kinds of the Flemish re-integratietraject (0.2.0), after the Dutch ones.
            MeldingArbeidsarts(datum=date(2027, 4, 2)),
            AttestDefinitieveOngeschiktheid(datum=date(2027, 4, 5)),
            VerzoekReintegratie(datum=date(2027, 4, 6), aanvrager=Aanvrager.WERKGEVER),
            BeslissingArbeidsarts(datum=date(2027, 5, 10), beslissing=ReIntegratiebeslissing.B),
            Beroep(datum=date(2027, 5, 20)),
            ReIntegratieplan(datum=date(2027, 9, 1)),
            ReactieWerknemer(datum=date(2027, 9, 10), akkoord=False),
            # RIT 3.0, medische overmacht and Terug Naar Werk (0.2.0).
            InstemmingWerknemer(datum=date(2027, 9, 11)),
            EvaluatieArbeidspotentieel(datum=date(2027, 9, 12), arbeidspotentieel=True),
            GeweigerdeUitnodiging(datum=date(2027, 9, 13), volgnummer=3),
            VerzoekMedischeOvermacht(datum=date(2027, 9, 14), aanvrager=Aanvrager.WERKNEMER),
            OnderzoekMedischeOvermacht(datum=date(2027, 9, 24)),
            BeslissingMedischeOvermacht(datum=date(2027, 10, 1), definitief_ongeschikt=True),
            TnwVragenlijst(datum=date(2027, 10, 2)),
            TnwVragenlijstTerug(datum=date(2027, 10, 3)),
            TnwBeoordeling(datum=date(2027, 10, 4), doorverwijzing=True),
            TnwEersteContact(datum=date(2027, 10, 5)),
        ),
        betrokkenen=(
            Betrokkene(id="CM-1", rollen=frozenset({Rol.CASEMANAGER}), organisatie="WG-1"),
            Betrokkene(
                id="L-1",
                rollen=frozenset({Rol.LEIDINGGEVENDE}),
                organisatie="WG-1",
                leidinggevende_van_werknemer=True,
            ),
            Betrokkene(id="BA-1", rollen=frozenset({Rol.BEDRIJFSARTS}), organisatie="Arbo Zuid"),
            Betrokkene(
                id="LA-1",
                rollen=frozenset({Rol.LOOPBAANADVISEUR, Rol.JOBCOACH}),
                organisatie="ProMotion",
            ),
        ),
        sporen=(
            Spoor(
                soort=Spoorsoort.SPOOR_1,
                start=date(2025, 3, 1),
                einde=date(2025, 11, 10),
                werk=Spoor1Werk.AANGEPAST_WERK,
                activiteiten=(
                    Activiteit(
                        omschrijving="halve dagen op de afdeling",
                        start=date(2025, 3, 3),
                        energie=Energie.KOST,
                        soort=Activiteitsoort.PRAKTISCH,
                        einde=date(2025, 3, 28),
                    ),
                ),
                resultaat=Spoorresultaat.NIET_GESLAAGD,
            ),
            Spoor(
                soort=Spoorsoort.SPOOR_2,
                start=date(2025, 11, 17),
                aanbieder="LA-1",
                fasen=(
                    Fase(stap=Spoor2Stap.REGIE, vanaf=date(2025, 11, 17)),
                    Fase(stap=Spoor2Stap.ZELFONDERZOEK, vanaf=date(2025, 12, 15)),
                    Fase(stap=Spoor2Stap.SOLLICITEREN, vanaf=date(2026, 3, 1)),
                    Fase(stap=Spoor2Stap.WERKERVARING, vanaf=date(2026, 5, 1)),
                ),
                activiteiten=(
                    Activiteit(
                        omschrijving="wandelen met de hond",
                        start=date(2025, 11, 20),
                        energie=Energie.GEEFT,
                        soort=Activiteitsoort.WANDELEN,
                    ),
                    Activiteit(
                        omschrijving="biografische opdracht: mijn loopbaan tot nu",
                        start=date(2025, 12, 1),
                        energie=Energie.NEUTRAAL,
                        soort=Activiteitsoort.BIOGRAFISCHE_OPDRACHT,
                    ),
                ),
            ),
        ),
        driegesprekken=(
            Driegesprek(
                datum=date(2025, 12, 1),
                deelnemers=("W-001", "L-1", "LA-1"),
                onderwerpen=("voortgang traject", "energiebalans"),
                afspraken=(
                    # Version-1 agreements had no status: upgraded to onbekend.
                    Afspraak(
                        wat="beroepenonderzoek afronden",
                        wie="W-001",
                        uiterlijk=date(2026, 1, 15),
                        status=Afspraakstatus.ONBEKEND,
                    ),
                    Afspraak(wat="rooster bespreken", wie="L-1", status=Afspraakstatus.ONBEKEND),
                ),
            ),
        ),
        doelen=(
            Leerdoel(
                omschrijving="relevante vacatures vinden",
                gesteld_op=date(2026, 3, 1),
                voortgang=(
                    Voortgang(datum=date(2026, 3, 15), percentage=30, toelichting="eerste stap"),
                    Voortgang(datum=date(2026, 4, 15), percentage=60),
                ),
            ),
            Prestatiedoel(
                omschrijving="sollicitaties versturen",
                gesteld_op=date(2026, 3, 1),
                doelwaarde=4,
                eenheid="sollicitaties",
                per=Meetperiode.WEEK,
                metingen=(
                    Meting(datum=date(2026, 3, 8), waarde=3),
                    Meting(datum=date(2026, 3, 15), waarde=5),
                ),
            ),
        ),
        activiteiten=(
            Activiteit(
                omschrijving="boek over loopbaankeuzes",
                start=date(2025, 2, 1),
                energie=Energie.NEUTRAAL,
                soort=Activiteitsoort.LEZEN,
            ),
        ),
        groepsprogrammas=(
            Groepsprogramma(
                naam="heroriëntatie",
                start=date(2026, 1, 5),
                deelnemers=("W-001", *(f"W-{i:03}" for i in range(100, 108))),
                einde=date(2026, 3, 30),
                begeleider="LA-1",
            ),
        ),
        # A version-1 spoor's werkervaringsplaatsen belong to the traject in version 2.
        werkervaringsplaatsen=(
            Werkervaringsplaats(
                organisatie="Kringloop Zuid",
                start=date(2026, 5, 1),
                opbouw=(
                    Opbouwstap(vanaf=date(2026, 5, 1), uren_per_week=8),
                    Opbouwstap(vanaf=date(2026, 6, 1), uren_per_week=12.5),
                ),
                vorm=Plaatsingsvorm.WERKERVARINGSPLAATS,
                einde=date(2026, 8, 31),
            ),
        ),
        nazorg=(
            Nazorg(
                start=date(2027, 4, 1),
                aanbieder="LA-1",
                omschrijving="jobcoach blijft betrokken",
            ),
        ),
        belastbaarheid=(
            Belastbaarheid(
                datum=date(2025, 2, 10),
                beperkingen=("niet tillen boven 10 kg", "geen nachtdiensten"),
                mogelijkheden=("zittend werk",),
                verwachte_duur_weken=12,
            ),
        ),
        uitkomsten=(
            Uitkomst(
                soort=Uitkomstsoort.NIEUWE_WERKGEVER,
                datum=date(2027, 4, 1),
                tevredenheid_verbeterd=True,
                toelichting="nieuwe baan via de werkervaringsplaats",
            ),
        ),
    )


def klein_traject() -> Traject:
    """A small traject: one open sickness period and one event."""
    return Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=(Ziekteperiode(eerste_dag=date(2025, 10, 1)),),
        gebeurtenissen=(Probleemanalyse(datum=date(2025, 11, 5)),),
    )


def medisch_dossier() -> MedischDossier:
    """A medical record with two notes."""
    return MedischDossier(
        werknemer="W-001",
        bedrijfsarts="BA-1",
        aantekeningen=(
            MedischeAantekening(datum=date(2025, 2, 10), diagnose="burn-out"),
            MedischeAantekening(
                datum=date(2025, 5, 1), diagnose="burn-out", toelichting="herstel verloopt traag"
            ),
        ),
    )


#: The event kinds added in version 2, which the version-1 golden document cannot hold.
NIEUW_IN_V2 = frozenset(
    {
        "instemming_reintegratie",
        "evaluatie_arbeidspotentieel",
        "geweigerde_uitnodiging",
        "verzoek_medische_overmacht",
        "onderzoek_medische_overmacht",
        "beslissing_medische_overmacht",
        "tnw_vragenlijst",
        "tnw_vragenlijst_terug",
        "tnw_beoordeling",
        "tnw_eerste_contact",
    }
)


def rijk_traject_v1() -> Traject:
    """The rich traject without the event kinds of version 2: what traject_v1.json holds."""
    rijk = rijk_traject()
    return attrs.evolve(
        rijk, gebeurtenissen=tuple(g for g in rijk.gebeurtenissen if g.code not in NIEUW_IN_V2)
    )


# --- a local Hypothesis strategy -------------------------------------------------------

# Hypothesis also draws string constants it finds in the library, such as the terms of the
# medical vocabulary; a text naming one would (rightly) warn in an employer-facing view, so
# such a text is replaced by a plain word.
_TEKST = (
    st.text(st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=12)
    .filter(lambda s: s.strip() != "")
    .map(_zonder_medische_term)
)
_TOELICHTING = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=20).map(
    lambda s: s and _zonder_medische_term(s)
)


@st.composite
def _gebeurtenis(draw: st.DrawFn, soort: type, datum: date, casemanagers: list[str]) -> Any:
    if soort is PlanVanAanpak:
        return PlanVanAanpak(
            datum=datum,
            casemanager=draw(st.sampled_from([None, *casemanagers])),
            re_integratievisie=draw(st.booleans()),
        )
    if soort is Evaluatie:
        return Evaluatie(datum=datum, bijstelling=draw(st.booleans()))
    if soort is Eerstejaarsevaluatie:
        return Eerstejaarsevaluatie(datum=datum, spoor_2_nodig=draw(st.none() | st.booleans()))
    if soort is ReIntegratieverslag:
        delen = draw(st.frozensets(st.sampled_from(list(VerslagOnderdeel))))
        return ReIntegratieverslag(datum=datum, onderdelen=delen)
    if soort is Deskundigenoordeel:
        vraag = draw(st.sampled_from(list(DeskundigenoordeelVraag)))
        return Deskundigenoordeel(datum=datum, vraag=vraag)
    if soort is Loonsanctie:
        return soort(datum=datum, weken=draw(st.integers(1, 52)))
    if soort in (BeslissingArbeidsarts, GeweigerdeUitnodiging, BeslissingMedischeOvermacht):
        # The Flemish kinds with a required field: the library strategy draws them.
        return draw(strategieen.gebeurtenissen(soort=soort, datum=datum))
    if soort is VrijwilligeVerlenging:
        return soort(datum=datum, weken=draw(st.integers(13, 104)))
    if soort is Eindevaluatie:
        return Eindevaluatie(datum=datum, verkort=draw(st.booleans()))
    if soort is EindeDienstverband:
        sinds = draw(st.none() | st.integers(0, 9000).map(lambda d: datum - timedelta(days=d)))
        return EindeDienstverband(datum=datum, in_dienst_sinds=sinds)
    return soort(datum=datum)


def _sinds_versie_1() -> Traject:
    """A traject with the event kinds and fields added in version 2 (the dated Dutch law):
    version-1 documents cannot hold them, so they are not in :func:`rijk_traject`."""
    return Traject(
        werknemer="W-002",
        werkgever="WG-1",
        ziekteperioden=(Ziekteperiode(eerste_dag=date(2025, 10, 1)),),
        gebeurtenissen=(
            Probleemanalyse(datum=date(2025, 11, 4), benutbare_mogelijkheden=False),
            DreigendLangdurigVerzuim(datum=date(2025, 12, 1)),
            Eerstejaarsevaluatie(
                datum=date(2026, 9, 1),
                spoor_2_nodig=False,
                concreet_zicht_op_terugkeer=True,
                re_integratievisie=True,
                visie_werkgever=True,
                visie_werknemer=True,
            ),
            VrijwilligeVerlenging(datum=date(2027, 6, 1), weken=26, verzoek=date(2027, 5, 20)),
            UwvBriefWia(datum=date(2027, 6, 9)),
            VerkortingVerlenging(datum=date(2027, 9, 1), weken=4, verzoek=date(2027, 8, 30)),
            WiaAanvraag(datum=date(2027, 9, 2), zonder_uwv_brief=False),
            Loonsanctie(datum=date(2027, 10, 1), weken=13, grond=LoonsanctieGrond.ADMINISTRATIEF),
        ),
    )


@st.composite
def trajecten(draw: st.DrawFn) -> Traject:
    """Valid trajecten from a few random dates: 0-3 sickness periods, events, people, goals."""
    werknemer = draw(_TEKST)
    casemanager = werknemer + "/cm"
    betrokkenen = (
        Betrokkene(
            id=casemanager,
            rollen=draw(st.frozensets(st.sampled_from([*Rol][1:]), min_size=1)),
            organisatie=draw(_TEKST),
            leidinggevende_van_werknemer=draw(st.booleans()),
        ),
    )
    # From 2009: the Dutch rules know no law before the 42nd-week report (Nov 2008).
    start = draw(st.dates(date(2009, 1, 1), date(2060, 1, 1)))
    perioden = []
    dag = start
    aantal = draw(st.integers(0, 3))
    for i in range(aantal):
        laatste = dag + timedelta(days=draw(st.integers(0, 500)))
        open_einde = i == aantal - 1 and draw(st.booleans())
        wijzigingen = ()
        if laatste > dag and draw(st.booleans()):
            vanaf = dag + timedelta(days=draw(st.integers(1, (laatste - dag).days)))
            wijzigingen = (Percentagewijziging(vanaf=vanaf, percentage=draw(st.integers(1, 100))),)
        perioden.append(
            Ziekteperiode(
                eerste_dag=dag,
                laatste_dag=None if open_einde else laatste,
                percentage=draw(st.integers(1, 100)),
                wijzigingen=wijzigingen,
                vangnet=draw(st.booleans()),
                arbeidsongeval=draw(st.booleans()),
                regres=draw(st.booleans()),
            )
        )
        dag = laatste + timedelta(days=draw(st.integers(1, 90)))
    gebeurtenissen: list[Gebeurtenis] = []
    if perioden:
        # A shortening needs an extension before it (its own tests, tests/test_regels_*); a
        # Herstelmelding must agree with the periods and the employment ends once: those
        # kinds are placed below or left out, the others drawn on any day.
        kinds = [
            s
            for s in GEBEURTENISSOORTEN.values()
            if s not in (VerkortingVerlenging, Herstelmelding, EindeDienstverband)
        ]
        soorten = draw(st.lists(st.sampled_from(kinds), max_size=10))
        # Days 0..600: a loonsanctie or verlenging lies before the end of the wachttijd
        # (X + 727 at the earliest; WIA art. 25 lid 11, art. 24 lid 3).
        dagen = sorted(
            draw(st.lists(st.integers(0, 600), min_size=len(soorten), max_size=len(soorten)))
        )
        gebeurtenissen = [
            draw(_gebeurtenis(soort, start + timedelta(days=d), [casemanager]))
            for soort, d in zip(soorten, dagen, strict=True)
        ]
        ziek = {p.eerste_dag for p in perioden}
        hersteld = [
            p.laatste_dag
            for p in perioden
            if p.laatste_dag is not None and p.laatste_dag + timedelta(days=1) not in ziek
        ]
        if hersteld and draw(st.booleans()):
            dag_na = draw(st.sampled_from(hersteld)) + timedelta(days=1)
            gebeurtenissen.append(Herstelmelding(datum=dag_na))
        if draw(st.booleans()):
            einde = start + timedelta(days=draw(st.integers(-30, 900)))
            gebeurtenissen.append(draw(_gebeurtenis(EindeDienstverband, einde, [casemanager])))
        gebeurtenissen.sort(key=lambda g: g.datum)
    sporen: tuple[Spoor, ...] = ()
    plaatsen: tuple[Werkervaringsplaats, ...] = ()
    if len(perioden) > 0 and draw(st.booleans()):
        uren = draw(st.lists(st.floats(0.25, 60), min_size=1, max_size=3))
        sporen = (
            Spoor(
                soort=Spoorsoort.SPOOR_2,
                start=start,
                aanbieder=draw(st.none() | st.just(casemanager)),
                fasen=(Fase(stap=draw(st.sampled_from(list(Spoor2Stap))), vanaf=start),),
            ),
        )
        plaatsen = (
            Werkervaringsplaats(
                organisatie=draw(_TEKST),
                start=start,
                opbouw=tuple(
                    Opbouwstap(vanaf=start + timedelta(days=7 * i), uren_per_week=u)
                    for i, u in enumerate(uren)
                ),
            ),
        )
    gesteld = start + timedelta(days=draw(st.integers(0, 100)))
    doelen = draw(
        st.lists(
            st.one_of(
                st.builds(
                    Leerdoel,
                    omschrijving=_TEKST,
                    gesteld_op=st.just(gesteld),
                    voortgang=st.just(
                        (Voortgang(datum=gesteld, percentage=40, toelichting="½ klaar"),)
                    ),
                ),
                st.builds(
                    Prestatiedoel,
                    omschrijving=_TEKST,
                    gesteld_op=st.just(gesteld),
                    doelwaarde=st.integers(1, 10**12),
                    eenheid=_TEKST,
                    per=st.sampled_from(list(Meetperiode)),
                    metingen=st.lists(
                        st.builds(Meting, datum=st.just(gesteld), waarde=st.integers(0, 50)),
                        max_size=2,
                    ).map(tuple),
                ),
            ),
            max_size=2,
        )
    )
    uitkomst = draw(
        st.none()
        | st.builds(
            Uitkomst,
            soort=st.sampled_from(list(Uitkomstsoort)),
            datum=st.just(dag),
            tevredenheid_verbeterd=st.none() | st.booleans(),
            toelichting=_TOELICHTING,
        )
    )
    return Traject(
        werknemer=werknemer,
        werkgever=draw(_TEKST),
        id=draw(st.none() | _TEKST),
        ziekteperioden=tuple(perioden),
        gebeurtenissen=tuple(gebeurtenissen),
        betrokkenen=betrokkenen,
        doelen=tuple(doelen),
        belastbaarheid=(
            Belastbaarheid(
                datum=start,
                beperkingen=tuple(draw(st.lists(_TEKST, max_size=2))),
                verwachte_duur_weken=draw(st.none() | st.integers(0, 104)),
            ),
        ),
        sporen=sporen,
        werkervaringsplaatsen=plaatsen,
        uitkomsten=() if uitkomst is None else (uitkomst,),
    )


# --- tests -----------------------------------------------------------------------------


def _gebeurtenissen_van(document: dict[str, Any]) -> list[dict[str, Any]]:
    gebeurtenissen: list[dict[str, Any]] = document["data"]["gebeurtenissen"]
    return gebeurtenissen


class TestRondgang:
    """from_json(to_json(x)) == x for every top-level type."""

    def test_rijk_traject(self):
        """A traject with every kind of thing survives a JSON round trip unchanged."""
        traject = rijk_traject()
        assert from_json(to_json(traject)) == traject

    def test_tekst_stabiel(self):
        """Reading and writing again gives the same text, byte for byte."""
        tekst = to_json(rijk_traject())
        assert to_json(from_json(tekst)) == tekst
        gouden = json.loads((DATA / "traject_v1.json").read_text(encoding="utf-8"))
        # Version 2 changed the shape (uitkomsten, werkervaringsplaatsen on the traject,
        # agreement statuses, new fields with defaults): the text written is the upgraded
        # golden data, field by field.
        opgewaardeerd = upgrade("reintegratie/traject", 1, gouden["data"])
        geschreven = json.loads(to_json(from_dict(gouden)))
        assert geschreven["versie"] == 2
        assert to_json(from_dict(geschreven)) == to_json(from_dict(gouden))
        assert from_dict(geschreven) == from_dict({**gouden, "versie": 2, "data": opgewaardeerd})
        [uitkomst] = geschreven["data"]["uitkomsten"]
        assert uitkomst | gouden["data"]["uitkomst"] == uitkomst
        [plaats] = geschreven["data"]["werkervaringsplaatsen"]
        assert plaats == gouden["data"]["sporen"][1]["werkervaringsplaatsen"][0]
        # The decision of the arbeidsarts has its letter (definitief with adapted work was
        # decision C before 1 Oct 2022, is B since).
        [beslissing] = [
            g
            for g in geschreven["data"]["gebeurtenissen"]
            if g["soort"] == "beslissing_arbeidsarts"
        ]
        assert beslissing["beslissing"] == "B"

    def test_rijk_traject_via_dict(self):
        """to_dict and from_dict round-trip too, and to_dict is what to_json writes."""
        traject = rijk_traject()
        document = to_dict(traject)
        assert from_dict(document) == traject
        assert json.loads(to_json(traject)) == document

    def test_rijk_traject_heeft_alle_gebeurtenissoorten(self):
        """The rich traject and the kinds added since version 1 hold every event kind, so
        the round trips cover them all."""
        soorten = {
            g["soort"]
            for t in (rijk_traject(), _sinds_versie_1(), dossier_traject())
            for g in _gebeurtenissen_van(to_dict(t))
        }
        assert soorten == set(GEBEURTENIS_TAGS) == set(GEBEURTENISSOORTEN)

    def test_sinds_versie_1(self):
        """The event kinds and fields added in version 2 round-trip too."""
        traject = _sinds_versie_1()
        assert from_json(to_json(traject)) == traject

    def test_dossier_traject_rondgang(self):
        """The version-2 kinds and fields round-trip, and the new fields are written."""
        traject = dossier_traject()
        document = to_dict(traject)
        assert from_dict(document) == traject
        perioden = document["data"]["ziekteperioden"]
        assert perioden[0]["vangnet"] is True
        assert perioden[1]["wijzigingen"] == [{"vanaf": "2026-03-02", "percentage": 30}]
        assert (perioden[1]["arbeidsongeval"], perioden[1]["regres"]) == (True, True)
        einde = document["data"]["gebeurtenissen"][-1]
        assert einde == {
            "soort": "einde_dienstverband",
            "datum": "2026-02-27",
            "in_dienst_sinds": "2019-09-01",
        }

    def test_standaardwaarden_wel_geschreven(self):
        """Every field is written, new ones at their default too: a reader never has to
        know the defaults of a version to read its documents."""
        document = to_dict(
            Traject(
                werknemer="W",
                werkgever="WG",
                ziekteperioden=(Ziekteperiode(eerste_dag=date(2025, 1, 6)),),
                gebeurtenissen=(EindeDienstverband(datum=date(2025, 2, 1)),),
            )
        )
        assert document["data"]["ziekteperioden"] == [
            {
                "eerste_dag": "2025-01-06",
                "laatste_dag": None,
                "percentage": 100,
                "wijzigingen": [],
                "vangnet": False,
                "arbeidsongeval": False,
                "regres": False,
            }
        ]
        assert document["data"]["gebeurtenissen"] == [
            {"soort": "einde_dienstverband", "datum": "2025-02-01", "in_dienst_sinds": None}
        ]

    def test_ingesprongen_json(self):
        """An indented document reads back the same."""
        traject = rijk_traject()
        tekst = to_json(traject, indent=2)
        assert tekst.startswith('{\n  "schema": "reintegratie/traject"')
        assert from_json(tekst) == traject

    def test_bytes(self):
        """from_json also takes UTF-8 bytes."""
        traject = rijk_traject()
        assert from_json(to_json(traject).encode("utf-8")) == traject

    def test_tijdlijn(self):
        """A Tijdlijn from the engine round-trips, Termijnen and all."""
        tl = ri.tijdlijn(rijk_traject())
        assert len(tl) > 10
        terug = from_json(to_json(tl), ri.Tijdlijn)
        assert terug == tl
        assert isinstance(terug.termijnen, tuple)
        assert isinstance(terug.termijnen[0].verantwoordelijk, tuple)

    def test_tijdlijn_met_peildatum(self):
        """A Tijdlijn evaluated on a peildatum keeps it and every status."""
        tl = ri.tijdlijn(klein_traject(), peildatum=date(2026, 1, 1))
        assert tl.peildatum == date(2026, 1, 1)
        assert from_json(to_json(tl), ri.Tijdlijn) == tl

    def test_bevindingen(self):
        """The findings of toets round-trip as a tuple of Bevinding."""
        bevindingen = ri.toets(rijk_traject(), peildatum=date(2027, 6, 1))
        assert bevindingen
        assert from_json(to_json(bevindingen), Bevindingen) == bevindingen
        klein = ri.toets(klein_traject(), peildatum=date(2026, 6, 1))
        assert from_json(to_json(klein), Bevindingen) == klein

    def test_lijst_bevindingen(self):
        """A list of Bevinding is written like the tuple and reads back as a tuple."""
        bevindingen = ri.toets(klein_traject(), peildatum=date(2026, 6, 1))
        assert from_json(to_json(list(bevindingen)), Bevindingen) == bevindingen

    def test_geen_bevindingen(self):
        """An empty tuple of findings is a document with an empty array."""
        assert to_dict(())["data"] == []
        assert from_dict(to_dict(()), Bevindingen) == ()

    def test_rolverdeling(self):
        """Role allocation rows round-trip as a tuple of Rolregel under their own schema."""
        rijen = ri.rolverdeling(rijk_traject(), date(2026, 1, 1))
        assert rijen
        assert to_dict(rijen)["schema"] == "reintegratie/rolverdeling"
        assert from_json(to_json(rijen), Rolverdeling) == rijen
        assert from_json(to_json(list(rijen)), Rolverdeling) == rijen
        assert to_dict(rijen)["data"][0] == {
            "onderdeel": "termijn",
            "code": "ziekmelding",
            "datum": "2025-01-06",
            "rol": "werknemer",
            "raci": "R",
            "personen": ["W-001"],
            "ingevuld": True,
            "volgnummer": 1,
            "status": "gehaald",
        }

    def test_lege_rolverdeling(self):
        """An empty tuple counts as findings unless the type says Rolverdeling."""
        assert to_dict(())["schema"] == "reintegratie/bevindingen"
        document = to_dict((), type_=Rolverdeling)
        assert document["schema"] == "reintegratie/rolverdeling"
        assert from_dict(document, Rolverdeling) == ()
        assert to_json((), type_=Rolverdeling) == json.dumps(document, separators=(",", ":"))

    def test_type_moet_passen(self):
        """type_ must fit the object."""
        with pytest.raises(ri.SerializationError, match="as reintegratie/rolverdeling"):
            to_dict(ri.toets(klein_traject(), peildatum=date(2026, 6, 1)), type_=Rolverdeling)
        with pytest.raises(ri.SerializationError, match="as reintegratie/traject"):
            to_dict(ri.tijdlijn(klein_traject()), type_=Traject)
        with pytest.raises(ri.SerializationError, match="cannot read a"):
            to_dict(klein_traject(), type_=int)
        assert to_dict(klein_traject(), type_=Traject) == to_dict(klein_traject())

    def test_medisch_dossier(self):
        """The medical record round-trips under its own schema."""
        dossier = medisch_dossier()
        assert to_dict(dossier)["schema"] == "reintegratie/medisch_dossier"
        assert from_json(to_json(dossier), MedischDossier) == dossier

    def test_voorbeelddossiers(self):
        """Every sample dossier, its tijdlijn and its findings round-trip."""
        from reintegratie.voorbeelden import VOORBEELDEN

        assert VOORBEELDEN
        for v in VOORBEELDEN:
            assert from_json(to_json(v.traject)) == v.traject, v.naam
            tl = ri.tijdlijn(v.traject, peildatum=v.peildatum)
            assert from_json(to_json(tl), ri.Tijdlijn) == tl, v.naam
            bevindingen = ri.toets(v.traject, peildatum=v.peildatum)
            assert from_json(to_json(bevindingen), Bevindingen) == bevindingen, v.naam
            rijen = ri.rolverdeling(v.traject, v.peildatum)
            assert from_json(to_json(rijen, type_=Rolverdeling), Rolverdeling) == rijen, v.naam

    def test_leeg_traject(self):
        """A traject without sickness (preventive guidance) round-trips."""
        traject = Traject(werknemer="W-9", werkgever="WG")
        assert from_json(to_json(traject)) == traject

    @settings(max_examples=150)
    @given(trajecten())
    def test_eigenschap_rondgang(self, traject):
        """Every generated traject survives to_json/from_json and to_dict/from_dict."""
        assert from_json(to_json(traject)) == traject
        assert from_dict(json.loads(to_json(traject))) == traject

    @settings(max_examples=100)
    @given(strategieen.trajecten())
    def test_eigenschap_rondgang_testing_strategie(self, traject):
        """The library's own traject strategy (edges: leap days, 27/28 fit days, leave,
        loonsanctie, verlenging, the whole model) round-trips losslessly too."""
        assert from_json(to_json(traject)) == traject


class TestVorm:
    """The JSON shape: explicit, stable and free of Python details."""

    def test_klein_traject(self):
        """The complete document of a small traject (this is the shape shown in the docs)."""
        assert to_dict(klein_traject()) == {
            "schema": "reintegratie/traject",
            "versie": 2,
            "data": {
                "werknemer": "W-1",
                "werkgever": "WG",
                "id": None,
                "ziekteperioden": [
                    {
                        "eerste_dag": "2025-10-01",
                        "laatste_dag": None,
                        "percentage": 100,
                        "wijzigingen": [],
                        "vangnet": False,
                        "arbeidsongeval": False,
                        "regres": False,
                    }
                ],
                "verlofperioden": [],
                "gebeurtenissen": [
                    {
                        "soort": "probleemanalyse",
                        "datum": "2025-11-05",
                        "benutbare_mogelijkheden": True,
                    }
                ],
                "betrokkenen": [],
                "sporen": [],
                "driegesprekken": [],
                "doelen": [],
                "activiteiten": [],
                "groepsprogrammas": [],
                "nazorg": [],
                "werkervaringsplaatsen": [],
                "belastbaarheid": [],
                "uitkomsten": [],
                "soort": None,
                "initiatief": None,
                "jurisdictie": "nl",
                "loopbaancheques": [],
            },
        }

    def test_gebeurtenis_tag_voorop(self):
        """An event is tagged with its stable code under "soort", written first."""
        plan = _gebeurtenissen_van(to_dict(rijk_traject()))[3]
        assert plan == {
            "soort": "plan_van_aanpak",
            "datum": "2025-02-24",
            "casemanager": "CM-1",
            "re_integratievisie": True,
            "visie_werkgever": False,
            "visie_werknemer": False,
        }
        assert next(iter(plan)) == "soort"

    def test_tags_zijn_codes_niet_klassenamen(self):
        """The tag map equals each class's code and never a class name."""
        assert {tag: cl.code for tag, cl in GEBEURTENIS_TAGS.items()} == {
            tag: tag for tag in GEBEURTENIS_TAGS
        }
        assert dict(GEBEURTENIS_TAGS) == GEBEURTENISSOORTEN
        assert dict(DOEL_TAGS) == {"leerdoel": Leerdoel, "prestatiedoel": Prestatiedoel}
        for tag, cl in [*GEBEURTENIS_TAGS.items(), *DOEL_TAGS.items()]:
            assert tag != cl.__name__

    def test_doelen_getagd(self):
        """Goals are tagged "leerdoel" or "prestatiedoel"."""
        doelen = to_dict(rijk_traject())["data"]["doelen"]
        assert [d["soort"] for d in doelen] == ["leerdoel", "prestatiedoel"]
        assert doelen[1]["per"] == "week"

    def test_enums_als_waarde(self):
        """Enums are written as their stable value."""
        data = to_dict(rijk_traject())["data"]
        assert data["sporen"][0]["soort"] == "spoor_1"
        assert data["sporen"][0]["werk"] == "aangepast_werk"
        assert data["sporen"][1]["fasen"][0] == {"stap": "regie", "vanaf": "2025-11-17"}
        assert data["uitkomsten"][0]["soort"] == "nieuwe_werkgever"
        assert data["verlofperioden"][0]["soort"] == "zwangerschaps_en_bevallingsverlof"

    def test_enum_verzamelingen_gesorteerd(self):
        """Frozensets of enums are sorted lists of values."""
        data = to_dict(rijk_traject())["data"]
        assert data["betrokkenen"][3]["rollen"] == ["jobcoach", "loopbaanadviseur"]
        assert data["gebeurtenissen"][9]["onderdelen"] == [
            "eerstejaarsevaluatie",
            "evaluaties",
            "plan_van_aanpak",
            "probleemanalyse",
        ]

    def test_alle_velden_ook_standaardwaarden(self):
        """Defaults and nulls are written, so the format is explicit."""
        data = to_dict(Traject(werknemer="W-1", werkgever="WG"))["data"]
        velden = [a.name for a in Traject.__attrs_attrs__ if a.init]
        assert list(data) == velden
        assert data["id"] is None
        assert data["uitkomsten"] == []
        assert data["werkgever"] is None or data["werkgever"] == "WG"

    def test_afgeleide_velden_niet_geschreven(self):
        """Derived fields with init=False (Traject._gevallen) are not serialized."""
        tekst = to_json(rijk_traject())
        assert "gevallen" not in tekst
        assert "ziektegevallen" not in tekst

    def test_tuples_worden_lijsten(self):
        """Tuples become JSON arrays (lists in to_dict), never Python tuples."""

        def geen_tuples(waarde: object) -> bool:
            if isinstance(waarde, tuple):
                return False
            if isinstance(waarde, list):
                return all(geen_tuples(w) for w in waarde)
            if isinstance(waarde, dict):
                return all(geen_tuples(w) for w in waarde.values())
            return waarde is None or isinstance(waarde, str | int | float | bool)

        assert geen_tuples(to_dict(rijk_traject()))
        assert geen_tuples(to_dict(ri.tijdlijn(rijk_traject())))

    def test_uren_als_getal(self):
        """Hours stay numbers as given: 8 and 12.5."""
        plaats = to_dict(rijk_traject())["data"]["werkervaringsplaatsen"][0]
        assert [s["uren_per_week"] for s in plaats["opbouw"]] == [8, 12.5]

    def test_niet_ascii_als_is(self):
        """Non-ASCII text is written as is, not as escapes."""
        assert "heroriëntatie" in to_json(rijk_traject())

    def test_weglaten_van_velden_met_standaardwaarde(self):
        """On input, fields with a default may be left out."""
        document = {
            "schema": "reintegratie/traject",
            "versie": 1,
            "data": {
                "werknemer": "W-1",
                "werkgever": "WG",
                "ziekteperioden": [{"eerste_dag": "2025-10-01"}],
                "gebeurtenissen": [{"soort": "plan_van_aanpak", "datum": "2025-11-25"}],
            },
        }
        traject = from_dict(document)
        assert traject.ziekteperioden[0].percentage == 100
        assert traject.gebeurtenissen == (PlanVanAanpak(datum=date(2025, 11, 25)),)

    def test_een_converter(self):
        """One converter, built once, and not cattrs' global one."""
        assert converter() is converter()
        assert converter() is not cattrs.global_converter
        assert converter().forbid_extra_keys
        assert converter().detailed_validation

    def test_schemas_en_versies(self):
        """Each schema has a current version and a type."""
        assert (
            set(SCHEMAS)
            == set(HUIDIGE_VERSIES)
            == {
                "reintegratie/traject",
                "reintegratie/tijdlijn",
                "reintegratie/bevindingen",
                "reintegratie/medisch_dossier",
                "reintegratie/rolverdeling",
            }
        )
        assert HUIDIGE_VERSIES == {
            "reintegratie/traject": 2,
            "reintegratie/tijdlijn": 2,
            "reintegratie/bevindingen": 2,
            "reintegratie/medisch_dossier": 2,
            "reintegratie/rolverdeling": 2,
        }


class TestGouden:
    """Stored documents of version 1 load forever."""

    def test_traject_v1(self):
        """The version-1 traject document loads, with the values it was written with."""
        traject = from_json((DATA / "traject_v1.json").read_bytes())
        assert traject.werknemer == "W-001"
        assert traject.id == "T-2025-001"
        assert traject.ziekteperioden[1] == Ziekteperiode(
            eerste_dag=date(2025, 7, 21), laatste_dag=date(2027, 2, 28), percentage=50
        )
        assert traject.verlofperioden[0].soort is Verlofsoort.ZWANGERSCHAPS_EN_BEVALLINGSVERLOF
        assert len(traject.gebeurtenissen) == 23
        assert traject.gebeurtenissen[3] == PlanVanAanpak(
            datum=date(2025, 2, 24), casemanager="CM-1", re_integratievisie=True
        )
        assert traject.gebeurtenissen[11] == Loonsanctie(datum=date(2026, 11, 1), weken=26)
        assert traject.betrokkenen[3].rollen == frozenset({Rol.LOOPBAANADVISEUR, Rol.JOBCOACH})
        assert traject.sporen[1].fasen[2].stap is Spoor2Stap.SOLLICITEREN
        assert traject.werkervaringsplaatsen[0].opbouw[1].uren_per_week == 12.5
        assert traject.driegesprekken[0].afspraken[0].uiterlijk == date(2026, 1, 15)
        assert isinstance(traject.doelen[1], Prestatiedoel)
        assert traject.doelen[1].metingen[1].waarde == 5
        assert traject.groepsprogrammas[0].naam == "heroriëntatie"
        assert traject.uitkomst is not None
        assert traject.uitkomst.soort is Uitkomstsoort.NIEUWE_WERKGEVER
        assert traject.eerste_ziektedag == date(2025, 1, 6)

    def test_traject_v1_is_het_rijke_traject(self):
        """The golden traject is the rich traject of these tests, so both stay in step (but
        for the kinds added in version 2, which a version-1 document cannot hold)."""
        assert from_json((DATA / "traject_v1.json").read_bytes()) == rijk_traject_v1()

    def test_medisch_dossier_v1(self):
        """The version-1 medical record loads."""
        dossier = from_json((DATA / "medisch_dossier_v1.json").read_bytes(), MedischDossier)
        assert dossier == medisch_dossier()

    def test_tijdlijn_v1(self):
        """The version-1 tijdlijn document loads, termijn by termijn."""
        tl = from_json((DATA / "tijdlijn_v1.json").read_bytes(), ri.Tijdlijn)
        assert tl.eerste_ziektedag == date(2025, 10, 1)
        assert tl.peildatum == date(2026, 1, 1)
        assert tl["probleemanalyse"].uiterlijk == date(2025, 11, 11)
        assert tl["probleemanalyse"].status is ri.Status.GEHAALD
        assert tl["probleemanalyse"].afgerond_op == date(2025, 11, 5)
        assert tl["melding_42e_week"].uiterlijk == date(2026, 7, 22)
        assert tl["melding_42e_week"].verantwoordelijk == (Rol.WERKGEVER,)
        assert tl["probleemanalyse"].verantwoordelijk == (Rol.BEDRIJFSARTS, Rol.WERKGEVER)
        assert tl["einde_wachttijd"].soort is ri.Termijnsoort.MOMENT
        assert tl["einde_wachttijd"].verantwoordelijk == ()

    def test_rolverdeling_v1(self):
        """The version-1 role allocation document loads: termijn, spoor and driegesprek rows."""
        from reintegratie.rolverdeling import Onderdeel, Raci, Rolregel

        rijen = from_json((DATA / "rolverdeling_v1.json").read_bytes(), Rolverdeling)
        assert isinstance(rijen, tuple)
        assert all(isinstance(r, Rolregel) for r in rijen)
        assert {r.onderdeel for r in rijen} == set(Onderdeel)
        assert rijen[0] == Rolregel(
            onderdeel=Onderdeel.TERMIJN,
            code="ziekmelding",
            datum=date(2025, 1, 6),
            rol=Rol.WERKNEMER,
            raci=Raci.VERANTWOORDELIJK,
            personen=("W-001",),
            ingevuld=True,
            volgnummer=1,
            status=ri.Status.GEHAALD,
        )
        assert rijen[-1].status is None

    def test_bevindingen_v1(self):
        """The version-1 findings document loads."""
        bevindingen = from_json((DATA / "bevindingen_v1.json").read_bytes(), Bevindingen)
        assert isinstance(bevindingen, tuple)
        eerste = bevindingen[0]
        assert isinstance(eerste, ri.Bevinding)
        assert eerste.ernst in set(ri.Ernst)
        assert eerste.eerste_ziektedag == date(2025, 10, 1)

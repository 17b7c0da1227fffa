"""Built-in sample dossiers, one per practice (an in-house career centre, spoor 2 with a
werkervaringsplaats, a jobcoach, a Flemish re-integratietraject, and guidance without
sick-leave re-integration: preventive career guidance, loopbaancheques, outplacement of a
WIA client, a jobcoach after placement), for ``reintegratie demo`` and for trying the
library out.

>>> for v in VOORBEELDEN:
...     print(v.naam)
docent-eigen-werk
docent-wederzijds-goedvinden
spoor2-werkervaringsplaats
jobcoach-leerdoelen
vlaanderen-re-integratietraject
loopbaancentrum-preventief
loopbaancheques-vlaanderen
outplacement-wia
jobcoach-na-plaatsing

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from datetime import date

from reintegratie._argumenten import gecontroleerd
from reintegratie._loopbaanvoorbeelden import LOOPBAANVOORBEELDEN
from reintegratie._voorbeeld import Voorbeeld
from reintegratie.activiteiten import (
    Activiteit,
    Activiteitsoort,
    Energie,
    Groepsprogramma,
    Nazorg,
    Opbouwstap,
    Werkervaringsplaats,
)
from reintegratie.doelen import Leerdoel, Meetperiode, Meting, Prestatiedoel, Voortgang
from reintegratie.errors import NotFoundError
from reintegratie.gebeurtenissen import (
    Aanvrager,
    ArbeidsdeskundigOnderzoek,
    BeslissingArbeidsarts,
    Eerstejaarsevaluatie,
    EindeDienstverband,
    Eindevaluatie,
    Evaluatie,
    EvaluatieArbeidspotentieel,
    Herstelmelding,
    InstemmingWerknemer,
    Melding42eWeek,
    MeldingArbeidsarts,
    MeldingBedrijfsarts,
    MeldingZiekUitDienst,
    PlanVanAanpak,
    Probleemanalyse,
    ReactieWerknemer,
    ReIntegratiebeslissing,
    ReIntegratieplan,
    TnwBeoordeling,
    TnwVragenlijst,
    TnwVragenlijstTerug,
    VerzoekReintegratie,
    Ziekmelding,
)
from reintegratie.gesprek import Afspraak, Afspraakstatus, Driegesprek
from reintegratie.rollen import Betrokkene, Rol
from reintegratie.spoor import Fase, Spoor, Spoor1Werk, Spoor2Stap, Spoorresultaat, Spoorsoort
from reintegratie.traject import Belastbaarheid, Jurisdictie, Traject
from reintegratie.uitkomst import Tevredenheid, Uitkomst, Uitkomstsoort
from reintegratie.verzuim import Percentagewijziging, Ziekteperiode

__all__ = ["VOORBEELDEN", "Voorbeeld", "voorbeeld"]


def _rol(id: str, rol: Rol, organisatie: str, *, lijn: bool = False) -> Betrokkene:
    return Betrokkene(
        id=id, rollen=frozenset({rol}), organisatie=organisatie, leidinggevende_van_werknemer=lijn
    )


def _evaluaties(*datums: date) -> tuple[Evaluatie, ...]:
    return tuple(Evaluatie(datum=d) for d in datums)


def _docent_eigen_werk() -> Voorbeeld:
    traject = Traject(
        id="OMO-2025-017",
        werknemer="OMO-D-017",
        werkgever="OMO",
        ziekteperioden=(
            Ziekteperiode(eerste_dag=date(2025, 1, 13), laatste_dag=date(2025, 9, 26)),
        ),
        betrokkenen=(
            _rol("OMO-LG-1", Rol.LEIDINGGEVENDE, "OMO", lijn=True),
            _rol("OMO-CM-1", Rol.CASEMANAGER, "OMO"),
            _rol("ARBO-BA-1", Rol.BEDRIJFSARTS, "Arbodienst Zuid"),
            _rol("PM-LA-1", Rol.LOOPBAANADVISEUR, "ProMotion"),
        ),
        gebeurtenissen=(
            Ziekmelding(datum=date(2025, 1, 13)),
            MeldingBedrijfsarts(datum=date(2025, 1, 16)),
            Probleemanalyse(datum=date(2025, 2, 18)),
            PlanVanAanpak(
                datum=date(2025, 3, 3),
                casemanager="OMO-CM-1",
                re_integratievisie=True,
                visie_werkgever=True,
                visie_werknemer=True,
            ),
            *_evaluaties(
                date(2025, 4, 10),
                date(2025, 5, 20),
                date(2025, 6, 30),
                date(2025, 8, 8),
                date(2025, 9, 15),
            ),
            Herstelmelding(datum=date(2025, 9, 27)),
        ),
        sporen=(
            Spoor(
                soort=Spoorsoort.SPOOR_1,
                start=date(2025, 3, 10),
                einde=date(2025, 9, 26),
                werk=Spoor1Werk.EIGEN_WERK,
                aanbieder="PM-LA-1",
                activiteiten=(
                    Activiteit(
                        omschrijving="beroepenonderzoek: de huidige functie past",
                        start=date(2025, 3, 17),
                        energie=Energie.NEUTRAAL,
                        soort=Activiteitsoort.BEROEPENONDERZOEK,
                    ),
                    Activiteit(
                        omschrijving="coaching op assertiviteit: grenzen aangeven",
                        start=date(2025, 5, 5),
                        einde=date(2025, 8, 29),
                        energie=Energie.GEEFT,
                        soort=Activiteitsoort.COACHING,
                    ),
                ),
                resultaat=Spoorresultaat.GESLAAGD,
            ),
        ),
        driegesprekken=(
            Driegesprek(
                datum=date(2025, 4, 10),
                deelnemers=("OMO-D-017", "OMO-LG-1", "PM-LA-1"),
                onderwerpen=("uitkomst beroepenonderzoek", "werkwijze en schoolcultuur"),
                afspraken=(
                    Afspraak(
                        wat="coachingstraject assertiviteit starten",
                        wie="PM-LA-1",
                        uiterlijk=date(2025, 5, 5),
                    ),
                ),
            ),
            Driegesprek(
                datum=date(2025, 7, 3),
                deelnemers=("OMO-D-017", "OMO-LG-1", "PM-LA-1"),
                onderwerpen=("voortgang", "opbouw lesuren na de zomer"),
                afspraken=(
                    Afspraak(
                        wat="lesrooster opbouwen naar volledige omvang",
                        wie="OMO-LG-1",
                        uiterlijk=date(2025, 8, 25),
                    ),
                ),
            ),
        ),
        belastbaarheid=(
            Belastbaarheid(
                datum=date(2025, 2, 18),
                beperkingen=("geen piekbelasting", "beperkt aantal contacturen"),
                mogelijkheden=("lesvoorbereiding", "mentoruren"),
                verwachte_duur_weken=26,
            ),
        ),
        uitkomsten=(
            Uitkomst(
                soort=Uitkomstsoort.EIGEN_WERK,
                datum=date(2025, 9, 29),
                tevredenheid_verbeterd=True,
            ),
        ),
    )
    return Voorbeeld(
        naam="docent-eigen-werk",
        titel="Career centre: a teacher with burn-out returns to his own work",
        verhaal="A beroepenonderzoek shows the job fits; driegesprekken with the manager and "
        "an independent career adviser; coaching on assertiveness; back at work.",
        traject=traject,
        peildatum=date(2025, 10, 15),
    )


def _docent_wederzijds_goedvinden() -> Voorbeeld:
    traject = Traject(
        id="OMO-2024-042",
        werknemer="OMO-D-042",
        werkgever="OMO",
        # Sick from Mon 2 Sep 2024; back at work half-time from Mon 12 May 2025, still 50 %
        # unfit when the contract ends by mutual consent on Thu 31 Jul 2025 (his last day).
        ziekteperioden=(
            Ziekteperiode(
                eerste_dag=date(2024, 9, 2),
                wijzigingen=(Percentagewijziging(vanaf=date(2025, 5, 12), percentage=50),),
            ),
        ),
        betrokkenen=(
            _rol("OMO-LG-2", Rol.LEIDINGGEVENDE, "OMO", lijn=True),
            _rol("OMO-CM-2", Rol.CASEMANAGER, "OMO"),
            _rol("ARBO-BA-1", Rol.BEDRIJFSARTS, "Arbodienst Zuid"),
            _rol("PM-LA-2", Rol.LOOPBAANADVISEUR, "ProMotion"),
        ),
        gebeurtenissen=(
            Ziekmelding(datum=date(2024, 9, 2)),
            MeldingBedrijfsarts(datum=date(2024, 9, 5)),
            Probleemanalyse(datum=date(2024, 10, 8)),
            PlanVanAanpak(
                datum=date(2024, 10, 21),
                casemanager="OMO-CM-2",
                re_integratievisie=True,
                visie_werkgever=True,
                visie_werknemer=True,
            ),
            # Every 6 weeks from the plan: #3 was due Mon 24 Feb 2025 and came a week late;
            # the later ones count from it (3 Mar + 42 = 14 Apr, + 42 = 26 May, + 42 = 7 Jul;
            # the next, 18 Aug, falls after the end of the employment and is not due).
            *_evaluaties(date(2024, 12, 2), date(2025, 1, 13), date(2025, 3, 3), date(2025, 4, 14)),
            *_evaluaties(date(2025, 5, 26)),
            # Sick day 295 is X + 294 = Mon 23 Jun 2025: the 42nd-week report.
            Melding42eWeek(datum=date(2025, 6, 20)),
            Evaluatie(datum=date(2025, 7, 7)),
            # Employment ends 31 Jul 2025: 333 days (10 weeks or more) after X, so a full
            # eindevaluatie and the ziek-uit-dienst melding, both by the last day.
            Eindevaluatie(datum=date(2025, 7, 28)),
            MeldingZiekUitDienst(datum=date(2025, 7, 31)),
            EindeDienstverband(datum=date(2025, 7, 31), in_dienst_sinds=date(2012, 8, 1)),
        ),
        activiteiten=(
            Activiteit(
                omschrijving="biografische opdracht: terugkerende patronen",
                start=date(2024, 11, 4),
                einde=date(2024, 12, 13),
                energie=Energie.KOST,
                soort=Activiteitsoort.BIOGRAFISCHE_OPDRACHT,
            ),
            Activiteit(
                omschrijving="besluit: loopbaan een andere richting geven",
                start=date(2025, 3, 17),
                energie=Energie.GEEFT,
                soort=Activiteitsoort.GESPREK,
            ),
        ),
        driegesprekken=(
            Driegesprek(
                datum=date(2024, 12, 2),
                deelnemers=("OMO-D-042", "OMO-LG-2", "PM-LA-2"),
                onderwerpen=("voortgang traject",),
            ),
            Driegesprek(
                datum=date(2025, 3, 24),
                deelnemers=("OMO-D-042", "OMO-LG-2", "PM-LA-2"),
                onderwerpen=("besluit om afscheid te nemen", "afspraken over vertrek"),
                afspraken=(
                    Afspraak(
                        wat="voorstel beëindiging met wederzijds goedvinden",
                        wie="OMO-LG-2",
                        uiterlijk=date(2025, 4, 30),
                        status=Afspraakstatus.NAGEKOMEN,
                        afgerond_op=date(2025, 4, 28),
                    ),
                ),
            ),
        ),
        uitkomsten=(
            Uitkomst(
                soort=Uitkomstsoort.WEDERZIJDS_GOEDVINDEN,
                datum=date(2025, 7, 31),
                tevredenheid=(
                    Tevredenheid(partij=Rol.WERKNEMER, tevreden=True),
                    Tevredenheid(partij=Rol.WERKGEVER, tevreden=True),
                ),
                toelichting="in goede verstandhouding uit elkaar",
            ),
            Uitkomst(
                soort=Uitkomstsoort.NIEUWE_WERKGEVER,
                datum=date(2025, 9, 1),
                tevredenheid_verbeterd=True,
                toelichting="ander werk buiten OMO gevonden",
            ),
        ),
    )
    return Voorbeeld(
        naam="docent-wederzijds-goedvinden",
        titel="Career centre: a teacher leaves by mutual consent",
        verhaal="A biografische opdracht shows how he got stuck; he decides on another "
        "career; the manager, kept informed in driegesprekken, understands; the contract "
        "ends by mutual consent while he is still half-time sick. The former employer's "
        "duties after the last day lapse, loondoorbetaling ends with the contract, and the "
        "ziek-uit-dienst melding and the eindevaluatie went to UWV on time. One evaluation "
        "came a week late.",
        traject=traject,
        peildatum=date(2025, 8, 1),
    )


def _spoor2_werkervaringsplaats() -> Voorbeeld:
    werknemer = "BN-W-3001"
    traject = Traject(
        id="BN-2024-3001",
        werknemer=werknemer,
        werkgever="BN",
        ziekteperioden=(Ziekteperiode(eerste_dag=date(2024, 3, 4), laatste_dag=date(2025, 9, 30)),),
        betrokkenen=(
            _rol("BN-LG-3", Rol.LEIDINGGEVENDE, "BN", lijn=True),
            _rol("BN-CM-3", Rol.CASEMANAGER, "BN"),
            _rol("ARBO-BA-3", Rol.BEDRIJFSARTS, "Arbodienst Noord"),
            _rol("AD-3", Rol.ARBEIDSDESKUNDIGE, "AD Advies"),
            _rol("ROS-LA-3", Rol.LOOPBAANADVISEUR, "Ros Loopbaan"),
        ),
        gebeurtenissen=(
            Ziekmelding(datum=date(2024, 3, 4)),
            MeldingBedrijfsarts(datum=date(2024, 3, 7)),
            Probleemanalyse(datum=date(2024, 4, 12)),
            PlanVanAanpak(
                datum=date(2024, 4, 24),
                casemanager="BN-CM-3",
                re_integratievisie=True,
                visie_werkgever=True,
                visie_werknemer=True,
            ),
            *_evaluaties(
                date(2024, 6, 4),
                date(2024, 7, 15),
                date(2024, 8, 26),
                date(2024, 10, 7),
                date(2024, 11, 18),
            ),
            Melding42eWeek(datum=date(2024, 12, 30)),
            Evaluatie(datum=date(2024, 12, 30)),
            ArbeidsdeskundigOnderzoek(datum=date(2025, 1, 20)),
            Eerstejaarsevaluatie(
                datum=date(2025, 2, 10),
                spoor_2_nodig=True,
                re_integratievisie=True,
                visie_werkgever=True,
                visie_werknemer=True,
            ),
            Evaluatie(datum=date(2025, 2, 10)),
            *_evaluaties(
                date(2025, 3, 24),
                date(2025, 5, 5),
                date(2025, 6, 16),
                date(2025, 7, 28),
                date(2025, 9, 8),
            ),
            EindeDienstverband(datum=date(2025, 9, 30)),
            Herstelmelding(datum=date(2025, 10, 1)),
        ),
        sporen=(
            Spoor(
                soort=Spoorsoort.SPOOR_1,
                start=date(2024, 5, 1),
                einde=date(2025, 1, 31),
                werk=Spoor1Werk.AANGEPAST_WERK,
                resultaat=Spoorresultaat.NIET_GESLAAGD,
            ),
            Spoor(
                soort=Spoorsoort.SPOOR_2,
                start=date(2025, 2, 3),
                einde=date(2025, 9, 30),
                aanbieder="ROS-LA-3",
                fasen=(
                    Fase(stap=Spoor2Stap.REGIE, vanaf=date(2025, 2, 3)),
                    Fase(stap=Spoor2Stap.ZELFONDERZOEK, vanaf=date(2025, 3, 3)),
                    Fase(stap=Spoor2Stap.POORTWACHTER_WIA, vanaf=date(2025, 4, 7)),
                    Fase(stap=Spoor2Stap.SOLLICITEREN, vanaf=date(2025, 5, 5)),
                    Fase(stap=Spoor2Stap.WERKERVARING, vanaf=date(2025, 6, 2)),
                    Fase(stap=Spoor2Stap.NIEUWE_BAAN, vanaf=date(2025, 9, 15)),
                ),
                activiteiten=(
                    Activiteit(
                        omschrijving="wandelen met een oud-collega",
                        start=date(2025, 2, 20),
                        energie=Energie.GEEFT,
                        soort=Activiteitsoort.WANDELEN,
                    ),
                    Activiteit(
                        omschrijving="LinkedIn-profiel en cv op maat",
                        start=date(2025, 5, 12),
                        energie=Energie.KOST,
                        soort=Activiteitsoort.SOLLICITEREN,
                    ),
                ),
                resultaat=Spoorresultaat.GESLAAGD,
            ),
        ),
        groepsprogrammas=(
            Groepsprogramma(
                naam="Solliciteren in de groep",
                start=date(2025, 5, 5),
                einde=date(2025, 6, 30),
                deelnemers=(werknemer, *(f"ROS-K-{i}" for i in range(1, 10))),
                begeleider="ROS-LA-3",
            ),
        ),
        werkervaringsplaatsen=(
            Werkervaringsplaats(
                organisatie="Gemeente Werkstad, buitendienst",
                start=date(2025, 6, 2),
                einde=date(2025, 9, 12),
                opbouw=(
                    Opbouwstap(vanaf=date(2025, 6, 2), uren_per_week=8),
                    Opbouwstap(vanaf=date(2025, 7, 7), uren_per_week=16),
                    Opbouwstap(vanaf=date(2025, 8, 4), uren_per_week=24),
                ),
            ),
        ),
        nazorg=(
            Nazorg(
                start=date(2025, 10, 1),
                einde=date(2026, 3, 31),
                aanbieder="ROS-LA-3",
                omschrijving="nazorg in de nieuwe baan",
            ),
        ),
        uitkomsten=(
            Uitkomst(
                soort=Uitkomstsoort.NIEUWE_WERKGEVER,
                datum=date(2025, 10, 1),
                tevredenheid_verbeterd=True,
                toelichting="vaste baan na de werkervaringsplaats",
            ),
        ),
    )
    return Voorbeeld(
        naam="spoor2-werkervaringsplaats",
        titel="Outplacement: spoor 2 with a werkervaringsplaats",
        verhaal="Adapted work in spoor 1 does not last; spoor 2 runs through the seven "
        "steps, a group programme of ten, a werkervaringsplaats building up from 8 to 24 "
        "hours, a new job and nazorg. The 42nd-week report went to UWV a week late.",
        traject=traject,
        peildatum=date(2025, 10, 15),
    )


def _jobcoach_leerdoelen() -> Voorbeeld:
    traject = Traject(
        id="ZO-2023-4004",
        werknemer="ZO-W-4004",
        werkgever="ZO",
        ziekteperioden=(
            # Fully unfit from Mon 9 Jan 2023, half-time from Sat 1 Apr 2023 (partial
            # recovery does not end the period), fully recovered after Sat 31 Aug 2024.
            Ziekteperiode(
                eerste_dag=date(2023, 1, 9),
                laatste_dag=date(2024, 8, 31),
                wijzigingen=(Percentagewijziging(vanaf=date(2023, 4, 1), percentage=50),),
            ),
        ),
        betrokkenen=(
            _rol("ZO-LG-4", Rol.LEIDINGGEVENDE, "ZO", lijn=True),
            _rol("ARBO-BA-4", Rol.BEDRIJFSARTS, "Arbodienst Oost"),
            _rol("JC-4", Rol.JOBCOACH, "Jobcoaching Oost"),
        ),
        gebeurtenissen=(
            Ziekmelding(datum=date(2023, 1, 9)),
            MeldingBedrijfsarts(datum=date(2023, 1, 11)),
            Probleemanalyse(datum=date(2023, 2, 24)),
            PlanVanAanpak(datum=date(2023, 3, 10)),
            *_evaluaties(
                date(2023, 4, 21),
                date(2023, 6, 2),
                date(2023, 7, 14),
                date(2023, 8, 25),
                date(2023, 10, 6),
            ),
            Melding42eWeek(datum=date(2023, 10, 23)),
            Evaluatie(datum=date(2023, 11, 17)),
            Eerstejaarsevaluatie(
                datum=date(2023, 12, 18),
                spoor_2_nodig=True,
                re_integratievisie=True,
                visie_werkgever=True,
                visie_werknemer=True,
            ),
            *_evaluaties(
                date(2024, 1, 12),
                date(2024, 2, 23),
                date(2024, 4, 5),
                date(2024, 5, 17),
                date(2024, 6, 28),
                date(2024, 8, 9),
            ),
            EindeDienstverband(datum=date(2024, 8, 31)),
            Herstelmelding(datum=date(2024, 9, 1)),
        ),
        sporen=(
            Spoor(
                soort=Spoorsoort.SPOOR_1,
                start=date(2023, 4, 1),
                einde=date(2023, 12, 15),
                werk=Spoor1Werk.AANGEPAST_WERK,
                resultaat=Spoorresultaat.NIET_GESLAAGD,
            ),
            Spoor(
                soort=Spoorsoort.SPOOR_2,
                start=date(2023, 12, 4),
                einde=date(2024, 8, 31),
                aanbieder="JC-4",
                fasen=(
                    Fase(stap=Spoor2Stap.ZELFONDERZOEK, vanaf=date(2023, 12, 4)),
                    Fase(stap=Spoor2Stap.SOLLICITEREN, vanaf=date(2024, 1, 8)),
                    Fase(stap=Spoor2Stap.NIEUWE_BAAN, vanaf=date(2024, 8, 1)),
                ),
                activiteiten=(
                    Activiteit(
                        omschrijving="huisvesting op orde met het sociale netwerk",
                        start=date(2023, 12, 11),
                        einde=date(2024, 2, 29),
                        energie=Energie.GEEFT,
                        soort=Activiteitsoort.SOCIAAL_NETWERK,
                    ),
                ),
                resultaat=Spoorresultaat.GESLAAGD,
            ),
        ),
        doelen=(
            Leerdoel(
                omschrijving="leren relevante vacatures te vinden",
                gesteld_op=date(2023, 12, 4),
                voortgang=(
                    Voortgang(datum=date(2024, 1, 15), percentage=25),
                    Voortgang(datum=date(2024, 3, 1), percentage=60),
                    Voortgang(datum=date(2024, 5, 1), percentage=90, toelichting="zelfstandig"),
                ),
            ),
            Prestatiedoel(
                omschrijving="sollicitaties versturen",
                gesteld_op=date(2023, 12, 4),
                doelwaarde=4,
                eenheid="sollicitaties",
                per=Meetperiode.WEEK,
                metingen=(
                    Meting(datum=date(2023, 12, 11), waarde=1),
                    Meting(datum=date(2024, 1, 15), waarde=2),
                    Meting(datum=date(2024, 3, 4), waarde=4),
                ),
            ),
        ),
        nazorg=(
            Nazorg(
                start=date(2024, 9, 1),
                aanbieder="JC-4",
                omschrijving="jobcoaching op de nieuwe werkplek, voor jaren",
            ),
        ),
        uitkomsten=(
            Uitkomst(
                soort=Uitkomstsoort.NIEUWE_WERKGEVER,
                datum=date(2024, 9, 1),
                tevredenheid_verbeterd=True,
            ),
        ),
    )
    return Voorbeeld(
        naam="jobcoach-leerdoelen",
        titel="Job coaching: a jobcoach with leerdoelen, and years of nazorg",
        verhaal="Partial sickness: fully unfit for twelve weeks, then half-time (the "
        "absence percentage changes, the period goes on); a jobcoach works with a leerdoel "
        "beside the usual prestatiedoel; a new job and nazorg that is still running. The "
        "probleemanalyse came late, the plan named no casemanager and one evaluation slipped.",
        traject=traject,
        peildatum=date(2026, 6, 1),
    )


def _vlaanderen_re_integratietraject() -> Voorbeeld:
    # Sick Mon 2 Feb .. Sun 15 Feb 2026; back at work Mon 16 Feb; sick again Mon 23 Feb
    # 2026: 7 fit days, a relapse within the first 14 days of the resumption, so the
    # incapacity counts as uninterrupted from 2 Feb (Codex art. I.4-73 §1). The request is
    # received in 2026, so the trajectory follows RIT 3.0.
    traject = Traject(
        id="LOG-2026-014",
        werknemer="LOG-W-014",
        werkgever="LOG-GENT",
        jurisdictie=Jurisdictie.VL,
        ziekteperioden=(
            Ziekteperiode(eerste_dag=date(2026, 2, 2), laatste_dag=date(2026, 2, 15)),
            Ziekteperiode(eerste_dag=date(2026, 2, 23)),
        ),
        betrokkenen=(
            _rol("PA-1", Rol.BEDRIJFSARTS, "Externe dienst voor preventie Gent"),
            _rol("L-14", Rol.LEIDINGGEVENDE, "LOG-GENT", lijn=True),
            _rol("AA-3", Rol.ADVISEREND_ARTS, "Mutualiteit Oost-Vlaanderen"),
            _rol("TNW-3", Rol.TNW_COORDINATOR, "Mutualiteit Oost-Vlaanderen"),
        ),
        gebeurtenissen=(
            # Four weeks of incapacity on Sun 1 Mar 2026 (day 28); notified 9 days later.
            MeldingArbeidsarts(datum=date(2026, 3, 10)),
            # RIT 3.0: the worker consents on Mon 16 Mar to an early start by the employer.
            InstemmingWerknemer(datum=date(2026, 3, 16)),
            # After 8 weeks (day 57 = Mon 30 Mar 2026) the arbeidsarts evaluates the work
            # potential, on Fri 27 Mar: there is some.
            EvaluatieArbeidspotentieel(datum=date(2026, 3, 27), arbeidspotentieel=True),
            # The arbeidsarts receives the employer's request on Mon 30 Mar 2026, before
            # three months (2 May) thanks to the consent; the decision is due 49 days
            # later, Mon 18 May 2026.
            VerzoekReintegratie(datum=date(2026, 3, 30), aanvrager=Aanvrager.WERKGEVER),
            # The mutualiteit's Terug Naar Werk questionnaire, 10 weeks in (2 Feb + 70 =
            # Mon 13 Apr 2026), returned within two weeks (by 27 Apr).
            TnwVragenlijst(datum=date(2026, 4, 13)),
            TnwVragenlijstTerug(datum=date(2026, 4, 24)),
            # Decision A: temporarily unfit, adapted work possible; plan due + 63 days,
            # Tue 14 Jul 2026.
            BeslissingArbeidsarts(datum=date(2026, 5, 12), beslissing=ReIntegratiebeslissing.A),
            # The adviserend arts's first assessment in the fourth month (2 May .. 1 Jun):
            # back to work goes through the employer's trajectory, no TNW referral.
            TnwBeoordeling(datum=date(2026, 5, 20), doorverwijzing=False),
            # Handed over Tue 7 Jul 2026; the worker has until Tue 21 Jul 2026.
            ReIntegratieplan(datum=date(2026, 7, 7)),
            ReactieWerknemer(datum=date(2026, 7, 14), akkoord=True),
        ),
        belastbaarheid=(
            Belastbaarheid(
                datum=date(2026, 5, 12),
                beperkingen=("geen tillen boven 10 kg",),
                mogelijkheden=("orderpicking met hulpmiddelen, halve dagen",),
                verwachte_duur_weken=12,
            ),
        ),
    )
    return Voorbeeld(
        naam="vlaanderen-re-integratietraject",
        titel="Flanders: a RIT 3.0 trajectory in 2026, started early with the worker's consent",
        verhaal="A warehouse worker in Gent relapses a week after going back to work, so "
        "the incapacity counts as uninterrupted. The employer notified the "
        "preventieadviseur-arbeidsarts late; with the worker's consent it started a "
        "re-integratietraject after the evaluation of the work potential at eight weeks, "
        "well before three months (RIT 3.0, trajectories from 1 Jan 2026). The mutualiteit's "
        "Terug Naar Werk questionnaire and assessment ran alongside; decision A, the plan "
        "and the worker's answer came on time. The Flemish rule set applies (jurisdictie vl).",
        traject=traject,
        peildatum=date(2026, 8, 3),
    )


#: The sample dossiers: career centre, outplacement and spoor 2, job coaching, a Flemish
#: re-integratietraject, and guidance that is not sick-leave re-integration (preventive
#: career guidance, loopbaancheques, outplacement of a WIA client, a jobcoach after
#: placement).
VOORBEELDEN: tuple[Voorbeeld, ...] = (
    _docent_eigen_werk(),
    _docent_wederzijds_goedvinden(),
    _spoor2_werkervaringsplaats(),
    _jobcoach_leerdoelen(),
    _vlaanderen_re_integratietraject(),
    *LOOPBAANVOORBEELDEN,
)


@gecontroleerd
def voorbeeld(naam: str) -> Voorbeeld:
    """The sample dossier called *naam*."""
    for v in VOORBEELDEN:
        if v.naam == naam:
            return v
    namen = ", ".join(v.naam for v in VOORBEELDEN)
    raise NotFoundError(f"no sample dossier {naam!r} (available: {namen})")

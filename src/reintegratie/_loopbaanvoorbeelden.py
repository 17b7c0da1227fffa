"""Sample dossiers of guidance that is not sick-leave re-integration (:mod:`reintegratie.
voorbeelden` lists them with the others): preventive career guidance in a career centre,
Flemish career guidance at the employer's suggestion, outplacement of a WIA client, and a
jobcoach after placement.
"""

from __future__ import annotations

from datetime import date

from reintegratie._voorbeeld import Voorbeeld
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
from reintegratie.doelen import Doelstatus, Leerdoel, Meetperiode, Meting, Prestatiedoel, Voortgang
from reintegratie.gesprek import Afspraak, Afspraakstatus, Driegesprek
from reintegratie.rollen import Betrokkene, Rol, Rolperiode
from reintegratie.traject import Jurisdictie, Traject
from reintegratie.trajectsoort import Initiatief, Trajectsoort
from reintegratie.uitkomst import Tevredenheid, Uitkomst, Uitkomstsoort
from reintegratie.verzuim import Ziekteperiode

__all__ = ["LOOPBAANVOORBEELDEN"]

_NAGEKOMEN = Afspraakstatus.NAGEKOMEN


def _rol(id: str, rol: Rol, organisatie: str, *, lijn: bool = False) -> Betrokkene:
    return Betrokkene(
        id=id, rollen=frozenset({rol}), organisatie=organisatie, leidinggevende_van_werknemer=lijn
    )


def _act(wat: str, dag: date, energie: Energie, soort: Activiteitsoort, uren: float) -> Activiteit:
    return Activiteit(omschrijving=wat, start=dag, energie=energie, soort=soort, belasting=uren)


def _loopbaancentrum_preventief() -> Voorbeeld:
    traject = Traject(
        id="OMO-LB-2025-088",
        werknemer="OMO-D-088",
        werkgever="OMO",
        soort=Trajectsoort.LOOPBAANBEGELEIDING,
        initiatief=Initiatief.EIGEN_INITIATIEF,
        betrokkenen=(
            _rol("OMO-LG-8", Rol.LEIDINGGEVENDE, "OMO", lijn=True),
            _rol("PM-LA-8", Rol.LOOPBAANADVISEUR, "ProMotion"),
        ),
        driegesprekken=(
            Driegesprek(
                datum=date(2025, 9, 8),
                deelnemers=("OMO-D-088", "OMO-LG-8", "PM-LA-8"),
                onderwerpen=("loopbaanwensen", "talenten inzetten op school"),
                afspraken=(
                    Afspraak(
                        wat="beroepenonderzoek",
                        wie="OMO-D-088",
                        uiterlijk=date(2025, 10, 3),
                        status=_NAGEKOMEN,
                        afgerond_op=date(2025, 10, 1),
                    ),
                ),
            ),
            Driegesprek(
                datum=date(2025, 10, 13),
                deelnemers=("OMO-D-088", "OMO-LG-8", "PM-LA-8"),
                onderwerpen=("uitkomst beroepenonderzoek", "mentortaak"),
                afspraken=(
                    Afspraak(
                        wat="mentortaak voorstellen aan de schoolleiding",
                        wie="OMO-LG-8",
                        uiterlijk=date(2025, 11, 7),
                        status=_NAGEKOMEN,
                        afgerond_op=date(2025, 11, 5),
                    ),
                ),
            ),
        ),
        doelen=(
            Leerdoel(
                omschrijving="eigen talenten benoemen",
                gesteld_op=date(2025, 9, 8),
                voortgang=(Voortgang(datum=date(2025, 10, 13), percentage=70),),
                status=Doelstatus.BEHAALD,
                afgesloten_op=date(2025, 11, 17),
            ),
        ),
        activiteiten=(
            _act(
                "beroepenonderzoek",
                date(2025, 9, 15),
                Energie.GEEFT,
                Activiteitsoort.BEROEPENONDERZOEK,
                3,
            ),
            _act(
                "gesprek met een collega-mentor",
                date(2025, 10, 20),
                Energie.GEEFT,
                Activiteitsoort.GESPREK,
                1,
            ),
        ),
        uitkomsten=(
            Uitkomst(
                soort=Uitkomstsoort.ANDER_WERK_INTERN,
                datum=date(2025, 11, 17),
                tevredenheid_verbeterd=True,
                tevredenheid=(
                    Tevredenheid(partij=Rol.WERKNEMER, tevreden=True),
                    Tevredenheid(partij=Rol.WERKGEVER, tevreden=True),
                ),
                toelichting="mentortaak naast het lesgeven",
            ),
        ),
    )
    return Voorbeeld(
        naam="loopbaancentrum-preventief",
        titel="Career centre: a healthy teacher explores his career, and stays in a new role",
        verhaal="Without any sickness a teacher visits the independent career centre on his "
        "own initiative; two driegesprekken with his manager, agreements kept, a learning "
        "goal reached; he stays with a mentor role beside teaching. No poortwachter rule "
        "applies.",
        traject=traject,
        peildatum=date(2025, 12, 1),
    )


def _loopbaancheques() -> Voorbeeld:
    traject = Traject(
        id="VL-LB-2026-004",
        werknemer="VZW-W-004",
        werkgever="VZW-12",
        jurisdictie=Jurisdictie.VL,
        soort=Trajectsoort.LOOPBAANBEGELEIDING,
        initiatief=Initiatief.WERKGEVER,
        betrokkenen=(
            _rol("VZW-LG-1", Rol.LEIDINGGEVENDE, "VZW-12", lijn=True),
            _rol("LC-LA-4", Rol.LOOPBAANADVISEUR, "Erkend loopbaancentrum"),
        ),
        driegesprekken=(
            Driegesprek(
                datum=date(2026, 1, 12),
                deelnemers=("VZW-W-004", "VZW-LG-1", "LC-LA-4"),
                onderwerpen=("doorverwijzing naar externe loopbaanbegeleiding",),
                afspraken=(
                    Afspraak(
                        wat="loopbaancheque aanvragen bij VDAB",
                        wie="VZW-W-004",
                        uiterlijk=date(2026, 1, 23),
                        status=_NAGEKOMEN,
                        afgerond_op=date(2026, 1, 19),
                    ),
                    Afspraak(
                        wat="jobcraften: takenpakket herbekijken",
                        wie="VZW-LG-1",
                        uiterlijk=date(2026, 2, 27),
                    ),
                ),
            ),
        ),
        activiteiten=(
            _act(
                "loopbaangesprek, 4 uur (cheque 1)",
                date(2026, 1, 26),
                Energie.GEEFT,
                Activiteitsoort.COACHING,
                4,
            ),
            _act(
                "competenties aanscherpen",
                date(2026, 2, 9),
                Energie.KOST,
                Activiteitsoort.SCHOLING,
                6,
            ),
            _act(
                "loopbaangesprek, 3 uur (cheque 2)",
                date(2026, 3, 2),
                Energie.GEEFT,
                Activiteitsoort.COACHING,
                3,
            ),
        ),
        uitkomsten=(
            Uitkomst(
                soort=Uitkomstsoort.ANDER_WERK_INTERN,
                datum=date(2026, 3, 30),
                tevredenheid_verbeterd=True,
                toelichting="nieuwe functie binnen de organisatie",
            ),
        ),
    )
    return Voorbeeld(
        naam="loopbaancheques-vlaanderen",
        titel="Flanders: career guidance on loopbaancheques at the employer's suggestion",
        verhaal="A manager notices an employee is stuck and suggests external career "
        "guidance; the employee asks for loopbaancheques (4 + 3 hours) and finds a new "
        "function inside the organisation, more satisfied. The manager's jobcrafting "
        "agreement is still open after its due date, and no driegesprek followed the "
        "first within six weeks.",
        traject=traject,
        peildatum=date(2026, 3, 16),
    )


def _outplacement_wia() -> Voorbeeld:
    plaats = Werkervaringsplaats(
        organisatie="Kringloopbedrijf Oost",
        start=date(2025, 9, 1),
        einde=date(2025, 12, 19),
        vorm=Plaatsingsvorm.DETACHERING,
        opbouw=(
            Opbouwstap(vanaf=date(2025, 9, 1), uren_per_week=8),
            Opbouwstap(vanaf=date(2025, 10, 6), uren_per_week=12.5),
            Opbouwstap(vanaf=date(2025, 11, 10), uren_per_week=20),
        ),
    )
    activiteiten = (
        _act("wandelen", date(2025, 6, 2), Energie.GEEFT, Activiteitsoort.WANDELEN, 3),
        _act("cv en brieven", date(2025, 6, 4), Energie.KOST, Activiteitsoort.SOLLICITEREN, 5),
        _act(
            "excursie naar een werkplaats",
            date(2025, 6, 11),
            Energie.GEEFT,
            Activiteitsoort.EXCURSIE,
            4,
        ),
        _act(
            "sollicitatiegesprek oefenen",
            date(2025, 6, 17),
            Energie.KOST,
            Activiteitsoort.SOLLICITEREN,
            6,
        ),
        _act(
            "boek over loopbaankeuzes", date(2025, 6, 23), Energie.GEEFT, Activiteitsoort.LEZEN, 2
        ),
    )
    traject = Traject(
        id="RIB-2025-031",
        werknemer="WIA-W-031",
        soort=Trajectsoort.WIA_REINTEGRATIE,
        initiatief=Initiatief.UWV,
        ziekteperioden=(Ziekteperiode(eerste_dag=date(2022, 3, 7)),),
        betrokkenen=(
            _rol("RIB-LA-1", Rol.RE_INTEGRATIEBEDRIJF, "Outplacementbureau"),
            _rol("UWV-AD-1", Rol.ARBEIDSDESKUNDIGE, "UWV"),
        ),
        driegesprekken=(
            Driegesprek(
                datum=date(2025, 5, 26),
                deelnemers=("WIA-W-031", "RIB-LA-1", "UWV-AD-1"),
                onderwerpen=("energiebalans", "opbouw in een detachering"),
                afspraken=(
                    Afspraak(
                        wat="energiedagboek bijhouden",
                        wie="WIA-W-031",
                        uiterlijk=date(2025, 6, 30),
                        status=_NAGEKOMEN,
                        afgerond_op=date(2025, 6, 30),
                    ),
                ),
            ),
            Driegesprek(
                datum=date(2025, 7, 7),
                deelnemers=("WIA-W-031", "RIB-LA-1", "UWV-AD-1"),
                onderwerpen=("detachering vanaf september",),
            ),
            Driegesprek(
                datum=date(2025, 8, 18),
                deelnemers=("WIA-W-031", "RIB-LA-1", "UWV-AD-1"),
            ),
            Driegesprek(
                datum=date(2025, 9, 29),
                deelnemers=("WIA-W-031", "RIB-LA-1", "UWV-AD-1"),
            ),
            Driegesprek(
                datum=date(2025, 11, 10),
                deelnemers=("WIA-W-031", "RIB-LA-1", "UWV-AD-1"),
            ),
            Driegesprek(
                datum=date(2025, 12, 15),
                deelnemers=("WIA-W-031", "RIB-LA-1", "UWV-AD-1"),
                onderwerpen=("aanbod vaste baan",),
            ),
        ),
        activiteiten=activiteiten,
        groepsprogrammas=(
            Groepsprogramma(
                naam="heroriëntatie in de groep",
                start=date(2025, 6, 2),
                einde=date(2025, 7, 25),
                deelnemers=("WIA-W-031", *(f"OB-K-{i}" for i in range(1, 10))),
                begeleider="RIB-LA-1",
            ),
        ),
        werkervaringsplaatsen=(plaats,),
        nazorg=(
            Nazorg(
                start=date(2026, 1, 5),
                einde=date(2026, 6, 30),
                aanbieder="RIB-LA-1",
                omschrijving="nazorg in de nieuwe functie, naar behoefte",
            ),
        ),
        uitkomsten=(
            Uitkomst(
                soort=Uitkomstsoort.NIEUWE_WERKGEVER,
                datum=date(2026, 1, 5),
                tevredenheid_verbeterd=True,
                tevredenheid=(
                    Tevredenheid(partij=Rol.WERKNEMER, tevreden=True),
                    Tevredenheid(partij=Rol.UWV, tevreden=True),
                ),
                toelichting="vaste baan na de detachering",
            ),
        ),
    )
    return Voorbeeld(
        naam="outplacement-wia",
        titel="Outplacement of a WIA client: energy balance, a group of ten, a detachering",
        verhaal="Years after the wachttijd, a WIA client without employer follows an "
        "outplacement programme paid by UWV: a group of ten alternated with individual "
        "talks, an energy diary, a detachering building up from 8 to 20 hours, then a job "
        "and nazorg. The old sickness is on record, but no poortwachter rule applies.",
        traject=traject,
        peildatum=date(2026, 2, 2),
    )


def _jobcoach_na_plaatsing() -> Voorbeeld:
    traject = Traject(
        id="JC-2025-112",
        werknemer="JC-W-112",
        werkgever="Bakkerij West",
        soort=Trajectsoort.JOBCOACHING,
        initiatief=Initiatief.GEMEENTE,
        betrokkenen=(
            _rol("BW-LG-1", Rol.LEIDINGGEVENDE, "Bakkerij West", lijn=True),
            Betrokkene(
                id="JC-A",
                rollen=frozenset(),
                organisatie="Jobcoachbureau",
                perioden=(Rolperiode(rol=Rol.JOBCOACH, tot=date(2025, 12, 31)),),
            ),
            Betrokkene(
                id="JC-B",
                rollen=frozenset(),
                organisatie="Jobcoachbureau",
                perioden=(Rolperiode(rol=Rol.JOBCOACH, vanaf=date(2026, 1, 1)),),
            ),
        ),
        driegesprekken=(
            Driegesprek(
                datum=date(2025, 11, 3),
                deelnemers=("JC-W-112", "BW-LG-1", "JC-A"),
                onderwerpen=("inwerken", "werktijden"),
                afspraken=(
                    Afspraak(
                        wat="vaste inwerkcollega aanwijzen",
                        wie="BW-LG-1",
                        uiterlijk=date(2025, 11, 14),
                        status=_NAGEKOMEN,
                        afgerond_op=date(2025, 11, 10),
                    ),
                ),
            ),
            Driegesprek(
                datum=date(2026, 1, 12),
                deelnemers=("JC-W-112", "BW-LG-1", "JC-B"),
                onderwerpen=("overdracht jobcoach", "zelfstandig werken"),
                afspraken=(
                    Afspraak(
                        wat="takenlijst voor de ochtenddienst maken",
                        wie="JC-W-112",
                        uiterlijk=date(2026, 1, 30),
                    ),
                ),
            ),
        ),
        doelen=(
            Leerdoel(
                omschrijving="zelf om hulp vragen bij drukte",
                gesteld_op=date(2025, 11, 3),
                voortgang=(
                    Voortgang(datum=date(2025, 12, 1), percentage=40),
                    Voortgang(datum=date(2026, 1, 12), percentage=80),
                ),
            ),
            Prestatiedoel(
                omschrijving="zelfstandig werken per week",
                gesteld_op=date(2025, 11, 3),
                doelwaarde=12,
                eenheid="uren",
                per=Meetperiode.WEEK,
                metingen=(
                    Meting(datum=date(2025, 11, 24), waarde=4.5),
                    Meting(datum=date(2026, 1, 12), waarde=9.5),
                ),
            ),
        ),
        nazorg=(
            Nazorg(
                start=date(2025, 11, 3),
                aanbieder="JC-B",
                omschrijving="jobcoach blijft, afbouwend, een aantal jaar",
            ),
        ),
        uitkomsten=(Uitkomst(soort=Uitkomstsoort.NIEUWE_WERKGEVER, datum=date(2025, 11, 3)),),
    )
    return Voorbeeld(
        naam="jobcoach-na-plaatsing",
        titel="Job coaching: placed in a bakery, a jobcoach handed over, years of support",
        verhaal="A jobseeker with a distance to the labour market starts in a bakery; the "
        "jobcoach makes agreements with him and his manager, is handed over to a colleague "
        "in January, and stays on as nazorg. A learning goal and a decimal performance goal "
        "track progress; one agreement is overdue.",
        traject=traject,
        peildatum=date(2026, 2, 9),
    )


#: The samples of guidance that is not sick-leave re-integration.
LOOPBAANVOORBEELDEN: tuple[Voorbeeld, ...] = (
    _loopbaancentrum_preventief(),
    _loopbaancheques(),
    _outplacement_wia(),
    _jobcoach_na_plaatsing(),
)

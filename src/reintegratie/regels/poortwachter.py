"""The Dutch rule set: the Wet verbetering poortwachter as data, as the law stands today.

Each :class:`~reintegratie.regels.model.Regel` carries its legal source and the date
from which it is in force (``geldig_vanaf``); every change of the law is a dated rule
variant or a dated consequence, listed in ``docs/wetswijzigingen.md``. Offsets are in
cumulative sick days from X, the first sick day (see ``docs/telling.md``). Three
counting conventions are offered (:class:`Telwijze`):

* ``EINDE_WEEK`` (default): "within N weeks" ends on the last day of week N,
  sick day 7N (the probleemanalyse on X + 41); the 42nd-week report is due on
  the first working day on or after sick day 295.
* ``EERSTE_DAG_NA``: a compatibility convention reproducing tools that count "the first
  day after N weeks", sick day 7N + 1, without a working-day shift. Not a legal reading.
* ``EERSTE_DAG_NA_104_WEKEN``: as ``EERSTE_DAG_NA``, and the wachttijd too ends on the
  first day after 104 weeks (X + 728, the WIA application X + 651) with the report to
  the bedrijfsarts on day 8, as several public tools count. Not a legal reading.

>>> [r.code for r in POORTWACHTER][:4]
['ziekmelding', 'melding_bedrijfsarts', 'probleemanalyse', 'plan_van_aanpak']

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie.regels.bijzondere_meldingen import BIJZONDERE_MELDINGEN
from reintegratie.regels.model import (
    BoeteTrede,
    Ernst,
    Escalatie,
    Gevolg,
    Herhaling,
    Laatste,
    NaFeit,
    NaTermijn,
    Regel,
    Termijnsoort,
    Vereiste,
    VerlengingTeLaat,
    VerlengingWeken,
    Verschuiving,
    Vroegste,
    Ziektedag,
    ZonderFeit,
)
from reintegratie.rollen import Rol

__all__ = [
    "BELEIDSREGEL_BOETE_VANAF",
    "BOETE_STAFFEL_VANAF",
    "ELF_WEKEN_VANAF",
    "MELDING_42E_WEEK_VANAF",
    "NOTITIES",
    "OVERGANG_VISIE_VERVALT",
    "POORTWACHTER",
    "VISIE_VANAF",
    "WIA_VANAF",
    "Telwijze",
    "poortwachter_regels",
]


class Telwijze(enum.Enum):
    """How "within N weeks" is counted (``docs/telling.md``, "Counting conventions")."""

    EINDE_WEEK = "einde_week"
    """The last day of week N (sick day 7N); the earlier, safer date. The default and the
    library's reading of the law."""
    EERSTE_DAG_NA = "eerste_dag_na"
    """Compatibility: the first day after N weeks (sick day 7N + 1), without a working-day
    shift; the wachttijd still ends on sick day 728. Reproduces tools that count this way;
    not a legal reading."""
    EERSTE_DAG_NA_104_WEKEN = "eerste_dag_na_104_weken"
    """Compatibility: as ``EERSTE_DAG_NA``, and the wachttijd ends on the first day after
    104 weeks (sick day 729 = X + 728, so the WIA application is due X + 651) and the
    report to the bedrijfsarts on day 8 (X + 7), as several public poortwachter tools
    count. Not a legal reading: WIA art. 23 lid 1 makes the wachttijd 104 weeks, whose
    last day is sick day 728."""


#: The Wet WIA, whose articles 23–25 and 64 every rule here applies, took effect on
#: 29 December 2005; the rule set knows no law before it.
WIA_VANAF = _dt.date(2005, 12, 29)
#: The 42nd-week report replaced the 13th-week report, and a fine replaced the extension of
#: loondoorbetaling for a late report (Stb. 2008, 414; in force by Stb. 2008, 415).
MELDING_42E_WEEK_VANAF = _dt.date(2008, 11, 1)
#: The WIA application 11 weeks (was 13) before the end of the wachttijd (Verzamelwet SZW
#: 2013; WIA art. 64 lid 3).
ELF_WEKEN_VANAF = _dt.date(2013, 7, 1)
#: The fine for a late 42nd-week report, graded by when the report is made after all
#: (Boetebesluit socialezekerheidswetten as amended by Stb. 2008, 429): from the start of
#: the 42nd-week regime.
BOETE_STAFFEL_VANAF = MELDING_42E_WEEK_VANAF
#: The Beleidsregel boete werkgevers ZW (Stcrt. 2017, 35): the fine is halved when the
#: employer is less to blame and not imposed when the employer is not to blame.
BELEIDSREGEL_BOETE_VANAF = _dt.date(2017, 4, 1)
#: Plans van aanpak, bijstellingen and eerstejaarsevaluaties hold the bedrijfsarts's
#: re-integratievisie and the visie of werkgever and werknemer on it (Stcrt. 2023, 13931).
VISIE_VANAF = _dt.date(2023, 7, 1)
#: The transitional rule of Regeling procesgang art. 7b lapses (Stcrt. 2023, 13931 art. I B).
OVERGANG_VISIE_VERVALT = _dt.date(2025, 7, 1)

#: Dated changes of the law that change no date or check of the rule set, for
#: ``docs/wetswijzigingen.md``: (date, code, what, source).
NOTITIES: tuple[tuple[_dt.date, str, str, str], ...] = (
    (
        OVERGANG_VISIE_VERVALT,
        "plan_van_aanpak",
        "the transitional rule for a first sick day before 1 July 2023 (Regeling procesgang "
        "art. 7b) lapses; no result changes: every document is judged by the law in force on "
        "its own date, and a document drawn up or adjusted from 1 July 2023 needs the visies "
        "anyway (rijksoverheid.nl 5-6-2023: 'geldt ... alleen voor stukken die na 1 juli 2023 "
        "zijn opgesteld')",
        "Stcrt. 2023, 13931, art. I B (art. 7b lid 2: 'Dit artikel vervalt met ingang van "
        "1 juli 2025')",
    ),
)

_STCRT_VISIE = (
    "Regeling procesgang eerste en tweede ziektejaar art. 4 lid 2 onder a en b, as amended "
    "by Stcrt. 2023, 13931 ('alsmede de visie van de werkgever en de werknemer hierop'), "
    "for documents drawn up or adjusted from 1 July 2023; art. 7b (transitional rule for a "
    "first sick day before 1 July 2023) lapsed on 1 July 2025 "
    "(https://zoek.officielebekendmakingen.nl/stcrt-2023-13931.html)"
)
_LOONSANCTIE = "risk of a loonsanctie: UWV may extend loondoorbetaling by up to 52 weeks"
_VERLENGING = VerlengingWeken(
    "vrijwillige_verlenging", verkorting="verkorting_verlenging", geldig_vanaf=WIA_VANAF
)
#: The extended period itself may not end earlier than 13 weeks after a request to change
#: it (WIA art. 24 lid 3).
_VERLENGD_TIJDVAK = VerlengingWeken(
    "vrijwillige_verlenging",
    verkorting="verkorting_verlenging",
    minimum_na_verzoek=91,
    geldig_vanaf=WIA_VANAF,
)
_CASEMANAGER = Vereiste(
    code="plan_van_aanpak_zonder_casemanager",
    veld="casemanager",
    melding="the plan van aanpak of {datum} names no casemanager",
)


def _visie(code: str, document: str) -> Vereiste:
    return Vereiste(
        code=code,
        veld="visies_volledig",
        melding=f"the {document} of {{datum}} lacks the visie of: {{ontbrekende_visies}}",
        geldig_vanaf=VISIE_VANAF,
        bron=_STCRT_VISIE,
    )


_BOETE_STB_2008 = (
    "Boetebesluit socialezekerheidswetten art. 2b lid 1 as amended by Stb. 2008, 429 "
    "(Besluit van 20 oktober 2008, in force 1 November 2008: the late 'aangifte van de "
    "ongeschiktheid tot het verrichten van arbeid' joins the fines graded by when the "
    "report is made after all; https://zoek.officielebekendmakingen.nl/stb-2008-429.html; "
    "practice sources cite the article as 2c); the amounts EUR 70 under 7 calendar days "
    "late, EUR 230 from 7 to 27, EUR 455 from 28 are read from secondary sources "
    "(lenm-advies.nl 2008: 'maximaal 455 euro', depending on 'het tijdstip waarop de "
    "aangifte alsnog wordt gedaan'; auxiliumadviesgroep.nl 28-2-2017; mepros.nl); "
    "Stb. 2008, 414 (Kamerstukken 31 357: 'ter vervanging van de huidige "
    "loondoorbetalingsverplichting over de periode dat de ziekmelding is vertraagd')"
)
#: The fine by days late: EUR 70 under 7, EUR 230 from 7 to 27, EUR 455 from 28.
_BOETE_STAFFEL = (BoeteTrede(6, 70), BoeteTrede(27, 230), BoeteTrede(None, 455))
_TE_LATE_MELDING = (
    Gevolg(
        tekst="a fine from UWV of {boete}, late by {dagen} days (Boetebesluit "
        "socialezekerheidswetten art. 2b, Stb. 2008, 429); loondoorbetaling is not extended",
        bron=_BOETE_STB_2008,
        geldig_vanaf=BOETE_STAFFEL_VANAF,
        geldig_tot=BELEIDSREGEL_BOETE_VANAF - _dt.timedelta(days=1),
        boete=_BOETE_STAFFEL,
    ),
    Gevolg(
        tekst="a fine from UWV of {boete}, late by {dagen} days (Boetebesluit "
        "socialezekerheidswetten art. 2b, Stb. 2008, 429; halved when the employer is less "
        "to blame, not imposed when not to blame: Beleidsregel boete werkgevers ZW art. 2–3); "
        "loondoorbetaling is not extended",
        bron=_BOETE_STB_2008 + "; Beleidsregel boete werkgevers ZW, Stcrt. 2017, 35, in "
        "force 1 April 2017 (https://zoek.officielebekendmakingen.nl/stcrt-2017-35.html: 'De "
        "boete die is berekend met toepassing van de artikelen 2b of 2c van het Boetebesluit "
        "... wordt met 50% verlaagd indien ...')",
        geldig_vanaf=BELEIDSREGEL_BOETE_VANAF,
        boete=_BOETE_STAFFEL,
    ),
)


def _regels(telwijze: Telwijze) -> tuple[Regel, ...]:
    na = telwijze is not Telwijze.EINDE_WEEK
    wachttijd_na = telwijze is Telwijze.EERSTE_DAG_NA_104_WEKEN

    def einde_week(n: int) -> Ziektedag:
        return Ziektedag(7 * n + 1 if na else 7 * n)

    einde = Ziektedag(729 if wachttijd_na else 728)

    return (
        Regel(
            code="ziekmelding",
            omschrijving="Employee reports sick to the employer",
            anker=Ziektedag(1),
            bron="the employer's verzuimvoorschriften (BW 7:629 lid 6: wage may be suspended "
            "while they are not followed); ZW art. 38a lid 1 sets a term only for vangnet "
            "claimants (the report to UWV)",
            # RACI: the employee reports to the employer, in practice to the manager per the
            # verzuimvoorschriften (BW 7:629 lid 6).
            verantwoordelijk=(Rol.WERKNEMER,),
            eindverantwoordelijk=(Rol.WERKNEMER,),
            geinformeerd=(Rol.WERKGEVER, Rol.LEIDINGGEVENDE),
            ernst_te_laat=Ernst.WAARSCHUWING,
            ernst_gemist=Ernst.WAARSCHUWING,
            gevolg="the employer may suspend wage payment (BW 7:629 lid 6)",
            geldig_vanaf=WIA_VANAF,
            eerder_onbekend=True,
        ),
        Regel(
            code="melding_bedrijfsarts",
            omschrijving="Employer reports the sickness to the bedrijfsarts or arbodienst",
            anker=Ziektedag(8 if wachttijd_na else 7),
            bron="Regeling procesgang eerste en tweede ziektejaar art. 2 lid 1 ('tijdig'; "
            "practice: within one week)",
            # RACI: the employer reports; the bedrijfsarts receives it (Arbowet art. 14 lid 1
            # onder b: the employer is assisted by a bedrijfsarts in verzuimbegeleiding).
            verantwoordelijk=(Rol.WERKGEVER,),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geinformeerd=(Rol.BEDRIJFSARTS,),
            ernst_te_laat=Ernst.WAARSCHUWING,
            ernst_gemist=Ernst.WAARSCHUWING,
            gevolg=_LOONSANCTIE,
            geldig_vanaf=WIA_VANAF,
            eerder_onbekend=True,
        ),
        Regel(
            code="probleemanalyse",
            omschrijving="Probleemanalyse by the bedrijfsarts (onverwijld when long absence "
            "becomes expected after week 6)",
            anker=Laatste((einde_week(6), NaFeit("dreigend_langdurig_verzuim", 0))),
            bron="Regeling procesgang eerste en tweede ziektejaar art. 2 lid 2 ('binnen zes "
            "weken') en lid 3 ('onverwijld ... indien eerst na zes weken blijkt dat het "
            "ziekteverzuim ... langdurig dreigt te zijn'; wetten.overheid.nl BWBR0013540)",
            # RACI: the bedrijfsarts draws it up at the employer's request, after seeing the
            # employee; the employer answers for it (Regeling procesgang art. 2 lid 2).
            verantwoordelijk=(Rol.BEDRIJFSARTS, Rol.WERKGEVER),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geraadpleegd=(Rol.WERKNEMER,),
            geinformeerd=(Rol.CASEMANAGER,),
            gevolg=_LOONSANCTIE,
            geldig_vanaf=WIA_VANAF,
            eerder_onbekend=True,
        ),
        Regel(
            code="plan_van_aanpak",
            omschrijving="Plan van aanpak agreed, naming the casemanager",
            anker=NaFeit(
                "probleemanalyse_met_mogelijkheden", 14, anders=NaTermijn("probleemanalyse", 14)
            ),
            voorwaarde=ZonderFeit(
                ("geen_benutbare_mogelijkheden",),
                "the bedrijfsarts finds no benutbare mogelijkheden (until an analysis finds "
                "possibilities again)",
                tenzij=("probleemanalyse_met_mogelijkheden",),
            ),
            bron="Regeling procesgang eerste en tweede ziektejaar art. 4 lid 1 (within two "
            "weeks of the probleemanalyse); WIA art. 25 lid 2; not due while the "
            "bedrijfsarts finds geen benutbare mogelijkheden (wijzerwerkengezondheid.nl, "
            "plan van aanpak; performa-or.nl 30-5-2023)",
            # RACI: "de werkgever stelt in overeenstemming met de werknemer een plan van aanpak
            # op" (BW 7:658a lid 3); on the bedrijfsarts's advice and re-integratievisie; it
            # names the casemanager (Regeling procesgang art. 4).
            verantwoordelijk=(Rol.WERKGEVER, Rol.WERKNEMER),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geraadpleegd=(Rol.BEDRIJFSARTS, Rol.CASEMANAGER),
            geinformeerd=(Rol.LEIDINGGEVENDE,),
            vereisten=(_CASEMANAGER, _visie("plan_van_aanpak_zonder_visie", "plan van aanpak")),
            gevolg=_LOONSANCTIE,
            geldig_vanaf=WIA_VANAF,
            eerder_onbekend=True,
        ),
        Regel(
            code="evaluatie",
            omschrijving="Evaluation of the plan van aanpak (at least every 6 weeks)",
            anker=NaFeit("plan_van_aanpak", 0, anders=NaTermijn("plan_van_aanpak", 0)),
            herhaling=Herhaling(interval=42, tot="einde_wachttijd"),
            bron="WIA art. 25 lid 2 ('periodiek'); every 6 weeks: UWV Werkwijzer Poortwachter",
            # RACI: evaluated "met medewerking van de werknemer" (BW 7:658a lid 3); the
            # casemanager monitors the plan, the bedrijfsarts adjusts the advice.
            verantwoordelijk=(Rol.WERKGEVER, Rol.WERKNEMER, Rol.CASEMANAGER),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geraadpleegd=(Rol.BEDRIJFSARTS,),
            geinformeerd=(Rol.LEIDINGGEVENDE,),
            vereisten=(_visie("bijstelling_zonder_visie", "bijstelling of the plan van aanpak"),),
            ernst_te_laat=Ernst.WAARSCHUWING,
            ernst_gemist=Ernst.WAARSCHUWING,
            gevolg=_LOONSANCTIE,
            # In force with the plan van aanpak it counts from (no dates of its own).
        ),
        Regel(
            code="melding_42e_week",
            omschrijving="Sickness report to UWV (42nd week)",
            anker=Ziektedag(295),
            verschuiving=Verschuiving.GEEN if na else Verschuiving.VOLGENDE_WERKDAG,
            # The earlier report under a vangnet (4th sick day or 6 weeks) takes its place.
            voorwaarde=ZonderFeit(
                ("melding_vangnet",),
                "the employee was reported to UWV under a vangnet of the Ziektewet by then: "
                "that report, with its shorter term, takes the place of the 42nd-week report",
            ),
            bron="ZW art. 38 lid 1 ('uiterlijk de eerste werkdag na de 42e week'; uwv.nl, ziek "
            "melden bij UWV); a werkdag is read as a day that is not a Saturday, Sunday or "
            "Algemene termijnenwet art. 3 holiday (the library's reading: the Atw itself does "
            "not govern this term); not due once the employee was reported under a vangnet "
            "(brightmine.com 'Ziekmelding bij UWV': in those cases 'geldt een kortere termijn'; "
            "arboned.nl 'Ziekmelding bij UWV: voorkom boetes', ZW art. 38 lid 1-2, 38a, 38b)",
            # RACI: the employer reports to UWV (ZW art. 38 lid 1); the casemanager keeps the
            # re-integratiedossier.
            verantwoordelijk=(Rol.WERKGEVER,),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geinformeerd=(Rol.UWV, Rol.CASEMANAGER),
            gevolg="a fine from UWV (Boetebesluit socialezekerheidswetten); loondoorbetaling "
            "is not extended",
            gevolgen=_TE_LATE_MELDING,
            geldig_vanaf=MELDING_42E_WEEK_VANAF,
            eerder_onbekend=True,
        ),
        Regel(
            code="eerstejaarsevaluatie",
            omschrijving="Eerstejaarsevaluatie: decide on spoor 2",
            anker=einde_week(52),
            venster_vanaf=Ziektedag(316),
            bron="Regeling procesgang eerste en tweede ziektejaar art. 4 lid 2 onder b; "
            "UWV Werkwijzer Poortwachter (week 46 to 52)",
            # RACI: employer and employee evaluate, on the bedrijfsarts's advice, with the
            # casemanager (UWV Werkwijzer Poortwachter).
            verantwoordelijk=(Rol.WERKGEVER, Rol.WERKNEMER),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geraadpleegd=(Rol.BEDRIJFSARTS, Rol.CASEMANAGER),
            geinformeerd=(Rol.LEIDINGGEVENDE,),
            vereisten=(
                _visie("eerstejaarsevaluatie_zonder_visie", "eerstejaarsevaluatie"),
                Vereiste(
                    code="spoor_2_zonder_grond_overgeslagen",
                    veld="spoor_2_besluit_onderbouwd",
                    melding="the eerstejaarsevaluatie of {datum} leaves spoor 2 out without a "
                    "concrete prospect of return within about 3 months",
                    ernst=Ernst.WAARSCHUWING,
                    bron="UWV Werkwijzer Poortwachter 4.3; Beleidsregels beoordelingskader "
                    "poortwachter, bijlage hoofdstuk 5 (arbeidsdeskundigen.nl: 'concreet "
                    "perspectief ... Korte termijn: ongeveer 3 maanden')",
                ),
            ),
            gevolg=_LOONSANCTIE,
            geldig_vanaf=WIA_VANAF,
            eerder_onbekend=True,
        ),
        Regel(
            code="spoor_2",
            omschrijving="Spoor 2 started (re-integration with another employer)",
            anker=Vroegste(
                (
                    NaFeit(
                        "eerstejaarsevaluatie", 42, anders=NaTermijn("eerstejaarsevaluatie", 42)
                    ),
                    NaFeit("geen_zicht_op_terugkeer", 0),
                )
            ),
            voorwaarde=ZonderFeit(
                ("spoor_1_geslaagd", "spoor_2_niet_nodig"),
                "spoor 1 succeeded, or the eerstejaarsevaluatie found a concrete prospect of "
                "return within about 3 months",
            ),
            bron="BW 7:658a lid 1; UWV Werkwijzer Poortwachter: at the latest 6 weeks after the "
            "eerstejaarsevaluatie, at once when there is no prospect of structural return "
            "(verzuimservices.nl: 'uiterlijk binnen 6 weken na de Eerstejaarsevaluatie'); left "
            "out only with a concrete prospect of return within about 3 months "
            "(arbeidsdeskundigen.nl, Werkwijzer 4.3)",
            # RACI: the employer "bevordert" work elsewhere (BW 7:658a lid 1); the employee
            # cooperates (BW 7:660a); bedrijfsarts (belastbaarheid) and casemanager are heard.
            verantwoordelijk=(Rol.WERKGEVER,),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geraadpleegd=(Rol.WERKNEMER, Rol.BEDRIJFSARTS, Rol.CASEMANAGER),
            ernst_te_laat=Ernst.WAARSCHUWING,
            ernst_gemist=Ernst.WAARSCHUWING,
            escalatie=(Escalatie(28, Ernst.OVERTREDING),),
            gevolg=_LOONSANCTIE + " (a late spoor 2 is a common ground)",
            geldig_vanaf=WIA_VANAF,
            eerder_onbekend=True,
        ),
        Regel(
            code="uwv_brief_wia",
            omschrijving="UWV sends the WIA information letter (after 87 weeks)",
            anker=Ziektedag(7 * 87 + 1),
            verlengingen=(_VERLENGING,),
            soort=Termijnsoort.INFORMATIEF,
            bron="WIA art. 64 lid 2 as it stood before the Verzamelwet SZW 2013 ('uiterlijk 20 "
            "maanden na aanvang van de wachttijd'); in practice after 87 weeks "
            "(vanzijl-advocaten.nl 2013/5: 'na 89 weken in plaats van na 87 weken')",
            verantwoordelijk=(Rol.UWV,),
            eindverantwoordelijk=(Rol.UWV,),
            geinformeerd=(Rol.WERKNEMER, Rol.WERKGEVER),
            geldig_vanaf=WIA_VANAF,
            geldig_tot=ELF_WEKEN_VANAF - _dt.timedelta(days=1),
            eerder_onbekend=True,
        ),
        Regel(
            code="uwv_brief_wia",
            omschrijving="UWV sends the WIA information letter (after 88 weeks)",
            anker=Ziektedag(7 * 88 + 1),
            verlengingen=(_VERLENGING,),
            soort=Termijnsoort.INFORMATIEF,
            bron="UWV: 'Na 88 weken ziekte krijgt u een brief van ons. Vanaf dat moment kunt u "
            "een WIA-uitkering aanvragen' (uwv.nl, wanneer vraag ik een WIA-uitkering aan); "
            "WIA art. 64 lid 2 (with a vrijwillige verlenging the notice comes with UWV's "
            "decision); informative, binds neither party",
            # RACI: UWV writes to employee and employer (informative).
            verantwoordelijk=(Rol.UWV,),
            eindverantwoordelijk=(Rol.UWV,),
            geinformeerd=(Rol.WERKNEMER, Rol.WERKGEVER),
            geldig_vanaf=ELF_WEKEN_VANAF,
        ),
        Regel(
            code="re_integratieverslag",
            omschrijving="Re-integratieverslag with eindevaluatie and actueel oordeel",
            anker=einde_week(91),
            verlengingen=(_VERLENGING,),
            vereisten=(
                Vereiste(
                    code="re_integratieverslag_onvolledig",
                    veld="is_volledig",
                    melding="the re-integratieverslag of {datum} lacks: {ontbrekend}",
                ),
            ),
            bron="WIA art. 25 lid 3 ('uiterlijk dertien weken voor het verstrijken van de "
            "wachttijd') en lid 4 (after a vrijwillige verlenging); Regeling procesgang eerste "
            "en tweede ziektejaar art. 6",
            # RACI: the employer draws it up with the employee and the bedrijfsarts's actueel
            # oordeel (WIA art. 25 lid 3); the casemanager's dossier feeds it; it goes to UWV
            # with the WIA application.
            verantwoordelijk=(Rol.WERKGEVER, Rol.WERKNEMER, Rol.BEDRIJFSARTS),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geraadpleegd=(Rol.CASEMANAGER,),
            geinformeerd=(Rol.UWV,),
            gevolg="UWV does not take the WIA application into treatment without it; an "
            "administrative loonsanctie until it is complete (WIA art. 25 lid 8–9)",
            geldig_vanaf=WIA_VANAF,
            eerder_onbekend=True,
        ),
        Regel(
            code="einde_wachttijd",
            omschrijving="End of the 104-week wachttijd"
            + (" (counted as the first day after it)" if wachttijd_na else ""),
            anker=einde,
            verlengingen=(_VERLENGD_TIJDVAK,),
            soort=Termijnsoort.MOMENT,
            bron="WIA art. 23 lid 1 (104 weeks); BW 7:629 lid 1; WIA art. 24 lid 1–3 "
            "(vrijwillige verlenging: UWV 'minimumperiode 13 weken, geen maximum'; a further "
            "extension or a shortening ends no earlier than 13 weeks after its request); a "
            "loonsanctie does not move it (WIA art. 25 lid 9 extends the wage period only)",
            geldig_vanaf=WIA_VANAF,
            eerder_onbekend=True,
        ),
        Regel(
            code="wia_aanvraag",
            omschrijving="WIA application (13 weeks before the end of the wachttijd)",
            anker=NaTermijn("einde_wachttijd", -91),
            bron="WIA art. 64 lid 3 as it stood before the Verzamelwet SZW 2013 ('uiterlijk "
            "dertien weken voor afloop van de wachttijd'; vanzijl-advocaten.nl 2013/5)",
            verantwoordelijk=(Rol.WERKNEMER,),
            eindverantwoordelijk=(Rol.WERKNEMER,),
            geinformeerd=(Rol.UWV,),
            gevolg="loondoorbetaling extended by the days of delay (+{dagen} days, "
            "BW 7:629 lid 11 onder a)",
            geldig_vanaf=WIA_VANAF,
            geldig_tot=ELF_WEKEN_VANAF - _dt.timedelta(days=1),
            eerder_onbekend=True,
        ),
        Regel(
            code="wia_aanvraag",
            omschrijving="WIA application (11 weeks before the end of the wachttijd)",
            anker=Laatste(
                (
                    NaTermijn("einde_wachttijd", -77),
                    # A later notice leaves 4 weeks from its receipt (WIA art. 64 lid 6).
                    NaFeit("uwv_brief_wia", 28),
                    # No notice at all: the application counts as made on time (lid 6).
                    NaFeit("geen_uwv_brief_wia", 0),
                )
            ),
            venster_vanaf=NaFeit("uwv_brief_wia", 0, anders=NaTermijn("uwv_brief_wia", 0)),
            bron="WIA art. 64 lid 3 (11 weeks since the Verzamelwet SZW 2013; counted "
            "backwards: never shifted); lid 6 ('geacht tijdig te zijn ingediend indien het UWV "
            "de kennisgeving ... niet heeft gedaan dan wel ... binnen vier weken nadat deze "
            "kennisgeving is ontvangen'); from UWV's letter on (uwv.nl)",
            # RACI: the employee applies to UWV (WIA art. 64 lid 3).
            verantwoordelijk=(Rol.WERKNEMER,),
            eindverantwoordelijk=(Rol.WERKNEMER,),
            geinformeerd=(Rol.UWV,),
            gevolg="loondoorbetaling extended by the days of delay (+{dagen} days, "
            "BW 7:629 lid 11 onder a); no wage is owed over the delay when the employee is late "
            "without good reason (BW 7:629 lid 3 onder f; rviregister.nl, WIA te laat "
            "aangevraagd)",
            geldig_vanaf=ELF_WEKEN_VANAF,
        ),
        Regel(
            code="einde_loondoorbetaling",
            omschrijving="End of loondoorbetaling by the employer",
            anker=NaTermijn("einde_wachttijd", 0),
            verlengingen=(
                VerlengingTeLaat("wia_aanvraag", geldig_vanaf=WIA_VANAF),
                VerlengingWeken(
                    "loonsanctie_inhoudelijk",
                    maximum_weken=52,
                    bekorting="bekorting",
                    bekorting_dagen=42,
                    uiterlijk_op="einde_wachttijd",
                    geldig_vanaf=WIA_VANAF,
                ),
                VerlengingWeken(
                    "loonsanctie_administratief",
                    maximum_weken=52,
                    bekorting="re_integratieverslag_volledig",
                    bekorting_dagen=0,
                    uiterlijk_op="einde_wachttijd",
                    geldig_vanaf=WIA_VANAF,
                ),
            ),
            soort=Termijnsoort.MOMENT,
            bron="BW 7:629 lid 1; BW 7:629 lid 11 onder a (late WIA application); WIA art. 25 "
            "lid 9 (loonsanctie, at most 52 weeks), lid 11 (imposed before the end of the "
            "wachttijd), lid 13–14 (ends 6 weeks after UWV finds the shortcoming repaired); an "
            "administrative loonsanctie ends when the re-integratieverslag is complete "
            "(uwv.nl, verplicht loon doorbetalen: 'De loondoorbetaling stopt als het "
            "re-integratieverslag compleet is'). A late 42nd-week report no longer extends it "
            "(Stb. 2008, 414: a fine instead)",
            # RACI: the employer pays until this date (BW 7:629 lid 1); the employee is told.
            verantwoordelijk=(Rol.WERKGEVER,),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geinformeerd=(Rol.WERKNEMER,),
            geldig_vanaf=WIA_VANAF,
            eerder_onbekend=True,
        ),
        Regel(
            code="ingang_wia",
            omschrijving="Earliest start of a WIA benefit (the day after loondoorbetaling ends)",
            anker=NaTermijn("einde_loondoorbetaling", 1),
            soort=Termijnsoort.MOMENT,
            bron="WIA art. 23 lid 1 (after the wachttijd); WIA art. 24 (no benefit during a "
            "vrijwillige verlenging); WIA art. 25 lid 9 with art. 64 lid 7–8 (the application "
            "is suspended during a loonsanctie: 'Uw uitkering gaat dan nog niet in, maar pas als "
            "die extra loondoorbetalingsperiode voorbij is', wijzerwerkengezondheid.nl); "
            "BW 7:629 lid 11 onder a (a late application)",
            verantwoordelijk=(Rol.UWV,),
            eindverantwoordelijk=(Rol.UWV,),
            geinformeerd=(Rol.WERKNEMER, Rol.WERKGEVER),
            geldig_vanaf=WIA_VANAF,
            eerder_onbekend=True,
        ),
        # The special reports (ziek uit dienst, eindevaluatie, vangnet, vervroegde IVA) are
        # known from the same horizon as the rest of the rule set: the Wet WIA.
        *(
            attrs.evolve(r, geldig_vanaf=WIA_VANAF, eerder_onbekend=True)
            for r in BIJZONDERE_MELDINGEN
        ),
    )


@functools.cache
def _gedeeld(telwijze: Telwijze) -> tuple[Regel, ...]:
    return _regels(telwijze)


@gecontroleerd
def poortwachter_regels(telwijze: Telwijze = Telwijze.EINDE_WEEK) -> tuple[Regel, ...]:
    """The Dutch rule set under *telwijze* (one shared tuple per convention)."""
    return _gedeeld(telwijze)


#: The Dutch rule set under the default counting convention.
POORTWACHTER: tuple[Regel, ...] = poortwachter_regels()

"""The Dutch rule set: the Wet verbetering poortwachter as data.

Each :class:`~reintegratie.regels.model.Regel` carries its legal source.
Offsets are in cumulative sick days from X, the first sick day (see
``docs/telling.md``). Two counting conventions are offered (:class:`Telwijze`):

* ``EINDE_WEEK`` (default): "within N weeks" ends on the last day of week N,
  sick day 7N (the probleemanalyse on X + 41); the 42nd-week report is due on
  the first working day on or after sick day 295.
* ``EERSTE_DAG_NA``: "the first day after N weeks", sick day 7N + 1 (the
  probleemanalyse on X + 42; the 42nd-week report on X + 294 without a
  working-day shift), as some other tools count.

>>> [r.code for r in POORTWACHTER][:4]
['ziekmelding', 'melding_bedrijfsarts', 'probleemanalyse', 'plan_van_aanpak']

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools

from reintegratie.regels.bijzondere_meldingen import BIJZONDERE_MELDINGEN
from reintegratie.regels.model import (
    Ernst,
    Herhaling,
    NaFeit,
    NaTermijn,
    Regel,
    Termijnsoort,
    Vereiste,
    VerlengingTeLaat,
    VerlengingWeken,
    Verschuiving,
    Ziektedag,
    ZonderFeit,
)
from reintegratie.rollen import Rol

__all__ = ["POORTWACHTER", "Telwijze", "poortwachter_regels"]


class Telwijze(enum.Enum):
    """How "within N weeks" is counted (``docs/telling.md``, "Readings where sources differ")."""

    EINDE_WEEK = "einde_week"
    """The last day of week N (sick day 7N); the earlier, safer date. Default."""
    EERSTE_DAG_NA = "eerste_dag_na"
    """The first day after N weeks (sick day 7N + 1), without a working-day shift."""


#: The re-integratievisie of the bedrijfsarts belongs in plans van aanpak from this date.
VISIE_VANAF = _dt.date(2023, 7, 1)

_LOONSANCTIE = "risk of a loonsanctie: UWV may extend loondoorbetaling by up to 52 weeks"
_VERLENGING = VerlengingWeken("vrijwillige_verlenging")
_CASEMANAGER = Vereiste(
    code="plan_van_aanpak_zonder_casemanager",
    veld="casemanager",
    melding="the plan van aanpak of {datum} names no casemanager",
)
_VISIE = Vereiste(
    code="plan_van_aanpak_zonder_visie",
    veld="re_integratievisie",
    melding="the plan van aanpak of {datum} lacks the bedrijfsarts's re-integratievisie",
)


def _regels(telwijze: Telwijze) -> tuple[Regel, ...]:
    na = telwijze is Telwijze.EERSTE_DAG_NA

    def einde_week(n: int) -> Ziektedag:
        return Ziektedag(7 * n + 1 if na else 7 * n)

    def plan(
        vanaf: _dt.date | None, tot: _dt.date | None, vereisten: tuple[Vereiste, ...]
    ) -> Regel:
        return Regel(
            code="plan_van_aanpak",
            omschrijving="Plan van aanpak agreed, naming the casemanager",
            anker=NaFeit("probleemanalyse", 14, anders=NaTermijn("probleemanalyse", 14)),
            bron="Regeling procesgang eerste en tweede ziektejaar art. 4 lid 1; WIA art. 25 lid 2"
            + ("; re-integratievisie: art. 4 lid 2 (Stcrt. 2023, 13931)" if vanaf else ""),
            # RACI: "de werkgever stelt in overeenstemming met de werknemer een plan van aanpak
            # op" (BW 7:658a lid 3); on the bedrijfsarts's advice and re-integratievisie; it
            # names the casemanager (Regeling procesgang art. 4).
            verantwoordelijk=(Rol.WERKGEVER, Rol.WERKNEMER),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geraadpleegd=(Rol.BEDRIJFSARTS, Rol.CASEMANAGER),
            geinformeerd=(Rol.LEIDINGGEVENDE,),
            vereisten=vereisten,
            geldig_vanaf=vanaf,
            geldig_tot=tot,
            gevolg=_LOONSANCTIE,
        )

    return (
        Regel(
            code="ziekmelding",
            omschrijving="Employee reports sick to the employer",
            anker=Ziektedag(1),
            bron="ZW art. 38a lid 1; the employer's verzuimvoorschriften",
            # RACI: the employee reports to the employer, in practice to the manager per the
            # verzuimvoorschriften (ZW art. 38a lid 1; BW 7:629 lid 6).
            verantwoordelijk=(Rol.WERKNEMER,),
            eindverantwoordelijk=(Rol.WERKNEMER,),
            geinformeerd=(Rol.WERKGEVER, Rol.LEIDINGGEVENDE),
            ernst_te_laat=Ernst.WAARSCHUWING,
            ernst_gemist=Ernst.WAARSCHUWING,
            gevolg="the employer may suspend wage payment (BW 7:629 lid 6)",
        ),
        Regel(
            code="melding_bedrijfsarts",
            omschrijving="Employer reports the sickness to the bedrijfsarts or arbodienst",
            anker=Ziektedag(7),
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
        ),
        Regel(
            code="probleemanalyse",
            omschrijving="Probleemanalyse by the bedrijfsarts",
            anker=einde_week(6),
            bron="Regeling procesgang eerste en tweede ziektejaar art. 2 lid 2 en 3",
            # RACI: the bedrijfsarts draws it up at the employer's request, after seeing the
            # employee; the employer answers for it (Regeling procesgang art. 2 lid 2).
            verantwoordelijk=(Rol.BEDRIJFSARTS, Rol.WERKGEVER),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geraadpleegd=(Rol.WERKNEMER,),
            geinformeerd=(Rol.CASEMANAGER,),
            gevolg=_LOONSANCTIE,
        ),
        plan(None, VISIE_VANAF - _dt.timedelta(days=1), (_CASEMANAGER,)),
        plan(VISIE_VANAF, None, (_CASEMANAGER, _VISIE)),
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
            ernst_te_laat=Ernst.WAARSCHUWING,
            ernst_gemist=Ernst.WAARSCHUWING,
            gevolg=_LOONSANCTIE,
        ),
        Regel(
            code="melding_42e_week",
            omschrijving="Sickness report to UWV (42nd week)",
            anker=Ziektedag(295),
            verschuiving=Verschuiving.GEEN if na else Verschuiving.VOLGENDE_WERKDAG,
            bron="ZW art. 38 lid 1 ('uiterlijk de eerste werkdag na de 42e week'); "
            "Algemene termijnenwet art. 1",
            # RACI: the employer reports to UWV (ZW art. 38 lid 1); the casemanager keeps the
            # re-integratiedossier.
            verantwoordelijk=(Rol.WERKGEVER,),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geinformeerd=(Rol.UWV, Rol.CASEMANAGER),
            gevolg="loondoorbetaling extended by the days of delay (+{dagen} days, "
            "BW 7:629 lid 11); a fine from UWV (Boetebesluit socialezekerheidswetten)",
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
            gevolg=_LOONSANCTIE,
        ),
        Regel(
            code="spoor_2",
            omschrijving="Spoor 2 started (re-integration with another employer)",
            anker=NaFeit("eerstejaarsevaluatie", 0, anders=NaTermijn("eerstejaarsevaluatie", 0)),
            voorwaarde=ZonderFeit(
                ("spoor_1_geslaagd", "spoor_2_niet_nodig"),
                "spoor 1 succeeded or the eerstejaarsevaluatie found spoor 2 not needed",
            ),
            bron="BW 7:658a lid 1; UWV Werkwijzer Poortwachter (spoor 2 no later than "
            "the eerstejaarsevaluatie)",
            # RACI: the employer "bevordert" work elsewhere (BW 7:658a lid 1); the employee
            # cooperates (BW 7:660a); bedrijfsarts (belastbaarheid) and casemanager are heard.
            verantwoordelijk=(Rol.WERKGEVER,),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geraadpleegd=(Rol.WERKNEMER, Rol.BEDRIJFSARTS, Rol.CASEMANAGER),
            ernst_te_laat=Ernst.WAARSCHUWING,
            gevolg=_LOONSANCTIE,
        ),
        Regel(
            code="uwv_brief_wia",
            omschrijving="UWV sends the WIA information letter (around week 88)",
            anker=Ziektedag(7 * 87 + 1),
            verlengingen=(_VERLENGING,),
            soort=Termijnsoort.INFORMATIEF,
            bron="UWV (informative; binds neither party)",
            # RACI: UWV writes to employee and employer (informative).
            verantwoordelijk=(Rol.UWV,),
            eindverantwoordelijk=(Rol.UWV,),
            geinformeerd=(Rol.WERKNEMER, Rol.WERKGEVER),
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
            bron="WIA art. 25 lid 3; Regeling procesgang eerste en tweede ziektejaar art. 6",
            # RACI: the employer draws it up with the employee and the bedrijfsarts's actueel
            # oordeel (WIA art. 25 lid 3); the casemanager's dossier feeds it; it goes to UWV
            # with the WIA application.
            verantwoordelijk=(Rol.WERKGEVER, Rol.WERKNEMER, Rol.BEDRIJFSARTS),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geraadpleegd=(Rol.CASEMANAGER,),
            geinformeerd=(Rol.UWV,),
            gevolg="UWV does not take the WIA application into treatment without it",
        ),
        Regel(
            code="einde_wachttijd",
            omschrijving="End of the 104-week wachttijd",
            anker=Ziektedag(728),
            verlengingen=(_VERLENGING,),
            soort=Termijnsoort.MOMENT,
            bron="WIA art. 23 lid 1; BW 7:629 lid 1; WIA art. 24 (vrijwillige verlenging)",
        ),
        Regel(
            code="wia_aanvraag",
            omschrijving="WIA application (11 weeks before the end of the wachttijd)",
            anker=NaTermijn("einde_wachttijd", -77),
            bron="WIA art. 64 lid 3 (counted backwards: never shifted, Atw art. 1 lid 2)",
            # RACI: the employee applies to UWV (WIA art. 64 lid 3).
            verantwoordelijk=(Rol.WERKNEMER,),
            eindverantwoordelijk=(Rol.WERKNEMER,),
            geinformeerd=(Rol.UWV,),
            gevolg="loondoorbetaling extended by the days of delay (+{dagen} days, "
            "BW 7:629 lid 11 onderdeel a)",
        ),
        Regel(
            code="einde_loondoorbetaling",
            omschrijving="End of loondoorbetaling by the employer",
            anker=NaTermijn("einde_wachttijd", 0),
            verlengingen=(
                VerlengingTeLaat("melding_42e_week"),
                VerlengingTeLaat("wia_aanvraag"),
                VerlengingWeken(
                    "loonsanctie", maximum_weken=52, bekorting="bekorting", bekorting_dagen=42
                ),
            ),
            soort=Termijnsoort.MOMENT,
            bron="BW 7:629 lid 1; BW 7:629 lid 11 (late 42nd-week report or WIA application); "
            "WIA art. 25 lid 9 (loonsanctie); UWV beleid bekortingsverzoek (ends 6 weeks "
            "after the decision)",
            # RACI: the employer pays until this date (BW 7:629 lid 1); the employee is told.
            verantwoordelijk=(Rol.WERKGEVER,),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geinformeerd=(Rol.WERKNEMER,),
        ),
        *BIJZONDERE_MELDINGEN,
    )


@functools.cache
def _gedeeld(telwijze: Telwijze) -> tuple[Regel, ...]:
    return _regels(telwijze)


def poortwachter_regels(telwijze: Telwijze = Telwijze.EINDE_WEEK) -> tuple[Regel, ...]:
    """The Dutch rule set under *telwijze* (one shared tuple per convention)."""
    return _gedeeld(telwijze)


#: The Dutch rule set under the default counting convention.
POORTWACHTER: tuple[Regel, ...] = poortwachter_regels()

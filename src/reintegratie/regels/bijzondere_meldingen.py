"""Dutch rules for dossiers as they occur in practice: the end of employment during
sickness, the early UWV reports of the vangnet cases, and the vervroegde IVA window.

These rules join the poortwachter rule set (:data:`BIJZONDERE_MELDINGEN` is appended to
it). Each applies only once its fact is recorded (:class:`~reintegratie.regels.model.MetFeit`),
so a plain dossier sees none of them but the informative IVA window. The facts are
derived by the engine (:func:`reintegratie.regels.engine.feiten_van`):

* ``ziek_uit_dienst`` and the weeks of sickness at the end of employment, from an
  :class:`~reintegratie.gebeurtenissen.EindeDienstverband` on a sick day;
* ``vangnet`` from ``Ziekteperiode.vangnet`` (the employer may record *that* a vangnet
  applies) or from the medical record, and ``vangnet_binnen_6_weken`` from the medical
  record only (pregnancy-related sickness before the leave). No fact names the kind.

Readings (``docs/regels.md``, "End of employment and vangnet"):

* *Ziek-uit-dienst* melding: due on the last day of the employment, not shifted. UWV
  says "precies op de laatste werkdag van zijn dienstverband"; ZW art. 38 lid 2 (as
  quoted by capra.nl) "op de laatste werkdag voordat de dienstbetrekking eindigt". The
  library reads the last day of the employment as that last werkdag. When the contract
  ends on a weekend day, report by the working day before.
* Eindevaluatie: counted in calendar days from the first sick day to the last day of
  employment (:func:`~reintegratie.regels.engine.uit_dienst_feiten`): fewer than 6 weeks
  none, 6 to 10 weeks a short one, 10 weeks or more a full one (modint.nl; persaldi.nl).
  rendement.nl words it as "tien weken of langer ziek": with samentelling breaks the two
  can differ; the calendar reading is the earlier, safer one.
* Vangnet: "uiterlijk de vierde ziektedag", sick day 4 (uwv.nl); poortwachtersloket.nl
  says "binnen vier werkdagen" for organ donation: not taken (sick day 4 is never later).
  Within 6 weeks: the end of week 6, sick day 42.
* Vervroegde IVA: from 3 weeks of sickness (sick day 22) to before week 68 (the end of
  week 67, sick day 469) (metaalunie.verzuimnavigator.nl; besuitable.nl: "na minimaal 3
  weken ziekte ... vóór de 68e week"). Informative: binds neither party.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from reintegratie.regels.model import (
    MetFeit,
    NaFeit,
    Regel,
    Termijnsoort,
    UitDienst,
    Ziektedag,
)
from reintegratie.rollen import Rol

__all__ = ["BIJZONDERE_MELDINGEN", "BRON_UIT_DIENST", "BRON_VANGNET"]

#: Sources of the ziek-uit-dienst melding.
BRON_UIT_DIENST = (
    "ZW art. 38 lid 2 ('op de laatste werkdag voordat de dienstbetrekking eindigt'); "
    "uwv.nl Ziek melden bij UWV ('Doe de ziekmelding van uw werknemer precies op de "
    "laatste werkdag van zijn dienstverband'); boete: ZW art. 38 lid 3, Beleidsregel "
    "boete werkgevers ZW"
)
#: Sources of the early vangnet report (one text for every kind, so that the source
#: does not reveal which vangnet applies).
BRON_VANGNET = (
    "ZW art. 38; uwv.nl Ziek melden bij UWV ('uiterlijk de vierde ziektedag': "
    "flexibiliseringsperiode, ziekte door zwangerschap of bevalling na het verlof, "
    "fictief dienstverband; 'binnen 6 weken': ziekte door zwangerschap voor het verlof); "
    "brightmine.com Ziekmelding bij UWV (no-riskpolis, orgaandonatie)"
)
_BRON_EINDEVALUATIE = (
    "uwv.nl / rendement.nl 'Wat is een eindevaluatie' (ook bij uit dienst na tien weken "
    "of langer ziek); modint.nl Ziek uit dienst, persaldi.nl (korter dan 6 weken geen, "
    "6 tot 10 weken verkort, 10 weken of langer volledig re-integratieverslag); "
    "uiterlijk op de laatste dag van het dienstverband"
)
_BOETE = "a fine from UWV of up to EUR 455 (Beleidsregel boete werkgevers ZW)"
_UWV_NEEMT_OVER = "UWV cannot take over the re-integration and the Ziektewet benefit in time"


def _eindevaluatie(feit: str, omschrijving: str) -> Regel:
    return Regel(
        code="eindevaluatie",
        omschrijving=omschrijving,
        anker=NaFeit("einde_dienstverband", 0),
        voorwaarde=MetFeit((feit,), "an end of employment while sick"),
        bron=_BRON_EINDEVALUATIE,
        # RACI: employer and employee fill it in on the bedrijfsarts's actueel oordeel; it
        # goes to UWV with the ziek-uit-dienst melding.
        verantwoordelijk=(Rol.WERKGEVER, Rol.WERKNEMER),
        eindverantwoordelijk=(Rol.WERKGEVER,),
        geraadpleegd=(Rol.BEDRIJFSARTS, Rol.CASEMANAGER),
        geinformeerd=(Rol.UWV,),
        gevolg=_UWV_NEEMT_OVER,
        bij_uit_dienst=UitDienst.LOOPT_DOOR,
    )


def _melding_vangnet(ziektedag: int, feit: str, toelichting: str) -> Regel:
    return Regel(
        code="melding_vangnet",
        omschrijving="Sickness report to UWV under a vangnet of the Ziektewet",
        anker=Ziektedag(ziektedag),
        voorwaarde=MetFeit((feit,), toelichting),
        bron=BRON_VANGNET,
        verantwoordelijk=(Rol.WERKGEVER,),
        eindverantwoordelijk=(Rol.WERKGEVER,),
        geinformeerd=(Rol.UWV,),
        gevolg=_BOETE,
    )


#: The rules of this module, appended to the Dutch rule set.
BIJZONDERE_MELDINGEN: tuple[Regel, ...] = (
    Regel(
        code="melding_ziek_uit_dienst",
        omschrijving="Ziek-uit-dienst melding to UWV (employment ends during sickness)",
        anker=NaFeit("einde_dienstverband", 0),
        voorwaarde=MetFeit(("ziek_uit_dienst",), "an end of employment while sick"),
        bron=BRON_UIT_DIENST,
        verantwoordelijk=(Rol.WERKGEVER,),
        eindverantwoordelijk=(Rol.WERKGEVER,),
        geinformeerd=(Rol.UWV, Rol.WERKNEMER),
        gevolg=_BOETE,
        # Due on the last day itself: never after it, so it never lapses with it.
        bij_uit_dienst=UitDienst.LOOPT_DOOR,
    ),
    _eindevaluatie(
        "ziek_uit_dienst_na_10_weken",
        "Eindevaluatie (re-integratieverslag) for UWV: employment ends after 10 or more weeks",
    ),
    _eindevaluatie(
        "ziek_uit_dienst_na_6_weken",
        "Short eindevaluatie for UWV: employment ends 6 to 10 weeks after the first sick day",
    ),
    _melding_vangnet(42, "vangnet_binnen_6_weken", "a vangnet reported within 6 weeks"),
    _melding_vangnet(4, "vangnet", "a vangnet of the Ziektewet applies"),
    Regel(
        code="vervroegde_iva",
        omschrijving="Window for an early IVA application (full and lasting incapacity)",
        anker=Ziektedag(7 * 67),
        venster_vanaf=Ziektedag(7 * 3 + 1),
        soort=Termijnsoort.INFORMATIEF,
        afgerond_door="aanvraag_vervroegde_iva",
        bron="UWV, Vervroegd WIA (IVA) aanvragen: from 3 weeks of sickness to before "
        "week 68 (metaalunie.verzuimnavigator.nl; besuitable.nl); informative",
        verantwoordelijk=(Rol.WERKNEMER,),
        eindverantwoordelijk=(Rol.WERKNEMER,),
        geraadpleegd=(Rol.BEDRIJFSARTS,),
        geinformeerd=(Rol.UWV,),
    ),
)

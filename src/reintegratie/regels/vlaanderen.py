"""The Flemish rule set: the Belgian re-integratietraject as data, on the same engine.

The re-integratietraject for workers unable to do their agreed work (Codex over het welzijn
op het werk, book I, title 4, chapter VI, as reformed by the royal decree of 11 September
2022, in force from 1 October 2022). Every :class:`~reintegratie.regels.model.Regel` carries
its source and is in force for termijnen due from 1 Oct 2022 (the reform applies to running
trajectories too; the 2016 regime before it is not modelled).

Terms are calendar days or calendar months, counted from the day *after* the event that
starts them ("de dag volgend op de dag van ontvangst"): a decision due "within 49 days" of
a request received on day R is due on R + 49. Nothing shifts to a working day. Months are
calendar months (:class:`~reintegratie.regels.model.NaMaanden`): 31 Oct + 3 months is
31 Jan; 30 Nov + 3 months is 28 Feb (29 Feb in a leap year).

"Uninterrupted incapacity" (:class:`~reintegratie.regels.model.Ononderbroken`): a relapse
within the first fourteen days of a resumption does not interrupt it (art. I.4-73 §1); the
reading taken is that the new incapacity starts on one of those fourteen days, so a break
of at most 13 fit days.

The preventieadviseur-arbeidsarts (the Belgian occupational physician) holds the role
:attr:`~reintegratie.rollen.Rol.BEDRIJFSARTS` in this model: the same place in the
trajectory and the same access to medical data.

>>> [r.code for r in VLAANDEREN][:3]
['melding_arbeidsarts', 'verzoek_werknemer', 'verzoek_werkgever']

Sources checked (stored public copies, 2022–2024):

* KB 11 September 2022 (BS 20 September 2022), in force 1 Oct 2022:
  https://wetwijzer.be/laws/2022205258 (art. 2: appeal term of art. I.4-63 from "zeven
  werkdagen" to "21 kalenderdagen"; art. 5: chapter VI "Werkhervatting voor
  arbeidsongeschikte werknemers").
* Who may start when, and the 14-day relapse rule, art. I.4-73 §1 and §2:
  https://www.cohezio.be/nl/informatie-en-procedure;
  https://werk.belgie.be/nl/wanneer-er-sprake-van-een-effectieve-werkhervatting-die-een-einde-maakt-aan-de-ononderbroken;
  https://groups.be/nl/nieuws/juridische-artikels/re-integratietraject-voor-arbeidsongeschikte-werknemers-wijzigingen-aan
* The decisions A to E, art. I.4-73 §4:
  https://werk.belgie.be/nl/themas/welzijn-op-het-werk/het-gezondheidstoezicht-op-de-werknemers/re-integratie-van-7
* The term of the assessment in art. I.4-73 §5 (40 working days before the reform):
  https://www.jureca.be/gratis-juridisch-advies/werk/uitkeringen/invaliditeit/herbeginnen-met-werken-na-invaliditeit-wat-is-de-procedure
* 49 days for the decision, 63 days / 6 months for the plan, 14 days for the worker, all
  counted from the day after receipt: https://www.mensura.be/nl/nieuwe-spelregels-kb-re-integratie
* 14 days for the worker, and no answer twice counts as a refusal:
  https://www.securex.be/nl/lex4you/werkgever/themas/vakantie-afwezigheid/ziekte-en-ongeval/aanvaarding-of-weigering-van-het-re-integratieplandoor-de-werknemer
* 21 calendar days to appeal a decision of definitive unfitness:
  https://www.securex.be/nl/lex4you/werkgever/themas/welzijn-op-het-werk/gezondheid-en-medische-onderzoeken/beroep-van-de-werknemer-tegen-een-beslissing-van-definitieve-ongeschiktheid
* The employer notifies the preventieadviseur-arbeidsarts of every incapacity of four
  weeks or more, art. I.4-4 §3:
  https://empreva.be/nl/news/re-integratietraject-20-wijzigingen-aan-de-procedure-van-het-re-integratietraject-voor
* A plan only after decisions A and C:
  https://weeraandeslag.be/traject/werkgever-re-integreert-een-langdurig-zieke-werknemer/het-re-integratieplan

Not verified against the text of the Codex itself: the article numbers of the plan
(I.4-74) and of the appeal (I.4-80); the terms themselves are verified as above.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import datetime as _dt
import functools

from reintegratie.regels.model import (
    Ernst,
    MetFeit,
    NaFeit,
    NaMaanden,
    Ononderbroken,
    Regel,
    Termijnsoort,
    Vroegste,
)
from reintegratie.rollen import Rol

__all__ = ["HERVORMING_2022", "VLAANDEREN", "vlaanderen_regels"]

#: The reformed re-integratietraject is in force from this date (KB 11 September 2022).
HERVORMING_2022 = _dt.date(2022, 10, 1)

_CODEX = "Codex welzijn op het werk"
_KB = "KB 11 September 2022"
#: A relapse within the first 14 days of a resumption does not interrupt the incapacity.
_ONONDERBROKEN = 13
_BEGIN = Ononderbroken(1, _ONONDERBROKEN)


def _regels() -> tuple[Regel, ...]:
    return (
        Regel(
            code="melding_arbeidsarts",
            omschrijving="Employer notifies the preventieadviseur-arbeidsarts of an "
            "incapacity of four weeks or more",
            anker=Ononderbroken(28, _ONONDERBROKEN),
            bron=f"{_CODEX} art. I.4-4 §3 (no fixed term: due once the incapacity reaches "
            "four weeks)",
            verantwoordelijk=(Rol.WERKGEVER,),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geinformeerd=(Rol.BEDRIJFSARTS,),
            geldig_vanaf=HERVORMING_2022,
            ernst_te_laat=Ernst.WAARSCHUWING,
            ernst_gemist=Ernst.WAARSCHUWING,
            gevolg="the preventieadviseur-arbeidsarts cannot inform the worker of the "
            "ways back to work (art. I.4-71/1)",
        ),
        Regel(
            code="verzoek_werknemer",
            omschrijving="Worker or treating doctor may request a re-integratietraject "
            "(at any time during the incapacity)",
            anker=_BEGIN,
            soort=Termijnsoort.INFORMATIEF,
            bron=f"{_CODEX} art. I.4-73 §1 ({_KB})",
            verantwoordelijk=(Rol.WERKNEMER,),
            eindverantwoordelijk=(Rol.WERKNEMER,),
            geinformeerd=(Rol.BEDRIJFSARTS,),
            geldig_vanaf=HERVORMING_2022,
        ),
        Regel(
            code="verzoek_werkgever",
            omschrijving="Employer may request a re-integratietraject (3 months of "
            "uninterrupted incapacity, or a certificate of definitive unfitness)",
            anker=Vroegste((NaMaanden(_BEGIN, 3), NaFeit("attest_definitieve_ongeschiktheid", 0))),
            soort=Termijnsoort.MOMENT,
            bron=f"{_CODEX} art. I.4-73 §1 (3 months since {_KB}, was 4; a relapse within "
            "14 days of a resumption does not interrupt)",
            verantwoordelijk=(Rol.WERKGEVER,),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geinformeerd=(Rol.BEDRIJFSARTS,),
            geldig_vanaf=HERVORMING_2022,
        ),
        Regel(
            code="beslissing_arbeidsarts",
            omschrijving="Re-integratiebeoordeling by the preventieadviseur-arbeidsarts "
            "(49 days after the request)",
            anker=NaFeit("verzoek_reintegratie", 49),
            voorwaarde=MetFeit(("verzoek_reintegratie",), "a request to start the trajectory"),
            bron=f"{_CODEX} art. I.4-73 §4 en §5 (49 calendar days since {_KB}, "
            "was 40 working days)",
            verantwoordelijk=(Rol.BEDRIJFSARTS,),
            eindverantwoordelijk=(Rol.BEDRIJFSARTS,),
            geraadpleegd=(Rol.WERKNEMER,),
            geinformeerd=(Rol.WERKGEVER, Rol.WERKNEMER),
            geldig_vanaf=HERVORMING_2022,
            gevolg="the trajectory stalls; the employer cannot draw up a plan",
        ),
        Regel(
            code="re_integratieplan",
            omschrijving="Re-integratieplan after temporary unfitness (63 days)",
            anker=NaFeit("plan_na_tijdelijke_ongeschiktheid", 63),
            voorwaarde=MetFeit(
                ("plan_na_tijdelijke_ongeschiktheid",),
                "decision A: temporarily unfit, adapted or other work possible meanwhile",
            ),
            bron=f"{_CODEX} art. I.4-74 (63 calendar days since {_KB}, was 55 working days)",
            verantwoordelijk=(Rol.WERKGEVER,),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geraadpleegd=(Rol.WERKNEMER, Rol.BEDRIJFSARTS),
            geinformeerd=(Rol.LEIDINGGEVENDE,),
            geldig_vanaf=HERVORMING_2022,
            gevolg="the employer may be held to have failed in its re-integration duty "
            "(a motivated report is the alternative when no plan is possible)",
        ),
        Regel(
            code="re_integratieplan",
            omschrijving="Re-integratieplan after definitive unfitness (6 months)",
            anker=NaMaanden(NaFeit("plan_na_definitieve_ongeschiktheid", 0), 6),
            voorwaarde=MetFeit(
                ("plan_na_definitieve_ongeschiktheid",),
                "decision C: definitively unfit, adapted or other work possible",
            ),
            bron=f"{_CODEX} art. I.4-74 (6 months since {_KB}, was 12 months)",
            verantwoordelijk=(Rol.WERKGEVER,),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geraadpleegd=(Rol.WERKNEMER, Rol.BEDRIJFSARTS),
            geinformeerd=(Rol.LEIDINGGEVENDE,),
            geldig_vanaf=HERVORMING_2022,
            gevolg="the employer may be held to have failed in its re-integration duty "
            "(a motivated report is the alternative when no plan is possible)",
        ),
        Regel(
            code="reactie_werknemer",
            omschrijving="Worker agrees to or refuses the re-integratieplan (14 days)",
            anker=NaFeit("re_integratieplan", 14),
            voorwaarde=MetFeit(("re_integratieplan",), "a re-integratieplan handed over"),
            bron=f"{_CODEX} art. I.4-74 (14 calendar days since {_KB}, was 5 working days)",
            verantwoordelijk=(Rol.WERKNEMER,),
            eindverantwoordelijk=(Rol.WERKNEMER,),
            geinformeerd=(Rol.WERKGEVER, Rol.BEDRIJFSARTS),
            geldig_vanaf=HERVORMING_2022,
            ernst_te_laat=Ernst.WAARSCHUWING,
            ernst_gemist=Ernst.WAARSCHUWING,
            gevolg="the employer contacts the worker; no answer again counts as a refusal",
        ),
        Regel(
            code="beroep",
            omschrijving="Worker may appeal a decision of definitive unfitness (21 days)",
            anker=NaFeit("definitief_ongeschikt", 21),
            voorwaarde=MetFeit(
                ("definitief_ongeschikt",), "a decision of definitive unfitness (C or D)"
            ),
            bron=f"{_CODEX} art. I.4-80 and art. I.4-63 (21 calendar days since {_KB} art. 2, "
            "was 7 working days)",
            verantwoordelijk=(Rol.WERKNEMER,),
            eindverantwoordelijk=(Rol.WERKNEMER,),
            geinformeerd=(Rol.WERKGEVER,),
            geldig_vanaf=HERVORMING_2022,
            ernst_te_laat=Ernst.WAARSCHUWING,
            ernst_gemist=Ernst.INFO,
            gevolg="after the term the decision of definitive unfitness is final",
        ),
    )


@functools.cache
def vlaanderen_regels() -> tuple[Regel, ...]:
    """The Flemish rule set (one shared tuple)."""
    return _regels()


#: The Flemish rule set: the Belgian re-integratietraject from 1 Oct 2022.
VLAANDEREN: tuple[Regel, ...] = vlaanderen_regels()

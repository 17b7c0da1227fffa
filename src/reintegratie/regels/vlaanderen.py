"""The Flemish rule set: the Belgian re-integratietraject as data, on the same engine.

The re-integratietraject for workers unable to do their agreed work (Codex over het welzijn
op het werk, book I, title 4, chapter VI), in two regimes: the reform of the royal decree of
11 September 2022, in force from 1 October 2022 for running trajectories too (the 2016 regime
before it is not modelled); and RIT 3.0 (KB published in the Belgisch Staatsblad of
30 December 2025), only for trajectories started from 1 January 2026 (:data:`RIT_3_0`).
Every rule RIT 3.0 changed has two variants, the one of 2022 ending on 31 December 2025, both
chosen by the day the request to start the trajectory was received
(``Regel.geldig_volgens="verzoek_reintegratie"``; while none is recorded, the due date
decides). Beside the trajectory: the special procedure of medische overmacht (from
28 November 2022, art. I.4-82/1) and the mutualiteit's Terug Naar Werk-traject (from
1 January 2022). Every :class:`~reintegratie.regels.model.Regel` carries its source and its
validity; article numbers and figures not checked against the Codex are marked in ``bron``
and in ``docs/vlaanderen.md``.

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
* The decisions A, B and C since 1 Oct 2022, art. I.4-73 §4; only B appealable:
  https://www.securex.be/nl/lex4you/werkgever/themas/vakantie-afwezigheid/ziekte-en-ongeval/beslissing-van-de-arbeidsgeneesheer;
  the former A to E and the end after three refused examinations:
  https://www.helderrecht.be/nl/nieuws/het-re-integratietraject-vanaf-1-oktober-2022-ook-bij-beroepsziekte-en-arbeidsongevallen
* RIT 3.0 from 1 Jan 2026, not for trajectories started before:
  https://www.cohezio.be/nl/news/re-integratie-3-0-nieuwe-wettelijke-verplichtingen;
  https://www.unisoc.be/articles/nl/public/nieuwe-wijzigingen-aan-het-reintegratiebeleid-rit-3.0;
  https://blog.ncoi.be/artikel/re-integratie-3-0-is-er-wat-hr-en-preventieadviseurs-moeten-weten-over-de-nieuwe-regels-vanaf-2026;
  the start with consent and the duty after an evaluation of work potential:
  https://www.securex.be/nl/reintegratietraject-werkgever
* Medische overmacht, only while no re-integratietraject runs ("Er op dat moment in de
  onderneming geen re-integratietraject lopende is"; checked on the day of the
  notification):
  https://werk.belgie.be/nl/themas/welzijn-op-het-werk/het-gezondheidstoezicht-op-de-werknemers/bijzondere-procedure-medische;
  https://www.mensura.be/nl/procedure-medische-overmacht;
  https://www.premed.be/welzijnsdomeinen/gezondheid-welzijn/medische-overmacht
* Terug Naar Werk: https://www.neutrale-ziekenfondsen.be/nieuws/het-terug-naar-werktraject;
  https://www.cohezio.be/nl/hoe-verloopt-de-terug-naar-werk-coordinatie-belgie-0;
  https://www.caami-hziv.fgov.be/nl/leden/uitkering-arbeidsongeschiktheid/het-terug-naar-werk-traject
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
* A trajectory ends when the worker refuses the plan ("Als je werknemer je
  re-integratieplan weigert, eindigt het re-integratietraject"; a page in the former
  lettering): https://weeraandeslag.be/traject/werkgever-re-integreert-een-langdurig-zieke-werknemer/einde-van-het-traject
* A plan only after decisions A and B (the former A and C):
  https://weeraandeslag.be/traject/werkgever-re-integreert-een-langdurig-zieke-werknemer/het-re-integratieplan

Not verified against the text of the Codex itself: the article numbers of the plan
(I.4-74) and of the notification (I.4-4 §3) (the appeal's term is art. I.4-63, as the KB of
11 September 2022 amends it: wetwijzer.be); under RIT 3.0 the article of the evaluation of
work potential after 8 weeks (secondary sources agree on the weeks) and whether the
three-month route without consent remains; the three months of the decision in medische
overmacht; the 6 months (from 1 January 2026, was 9) before medische overmacht may start
(three secondary sources agree; the amending act not read); the date of the KB on Terug
Naar Werk (19 or 21 January 2022).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import datetime as _dt
import functools

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie.regels.model import (
    Anker,
    Ernst,
    Laatste,
    MetFeit,
    NaFeit,
    NaMaanden,
    Ononderbroken,
    Regel,
    Termijnsoort,
    VasteDatum,
    Vroegste,
    ZonderFeit,
)
from reintegratie.rollen import Rol

__all__ = [
    "HERVORMING_2022",
    "MEDISCHE_OVERMACHT",
    "MEDISCHE_OVERMACHT_6_MAANDEN",
    "RIT_3_0",
    "TERUG_NAAR_WERK",
    "VLAANDEREN",
    "vlaanderen_regels",
]

#: The reformed re-integratietraject is in force from this date (KB 11 September 2022).
HERVORMING_2022 = _dt.date(2022, 10, 1)
#: RIT 3.0 applies to trajectories started from this date (KB published 30 Dec 2025).
RIT_3_0 = _dt.date(2026, 1, 1)
#: The last day a trajectory could start under the rules of 2022.
_TOT_RIT_3_0 = RIT_3_0 - _dt.timedelta(days=1)
#: The special procedure of medische overmacht applies from this date.
MEDISCHE_OVERMACHT = _dt.date(2022, 11, 28)
#: The procedure of medische overmacht may start after 6 months of incapacity, not 9.
MEDISCHE_OVERMACHT_6_MAANDEN = _dt.date(2026, 1, 1)
#: The Terug Naar Werk-traject of the mutualiteiten applies from this date.
TERUG_NAAR_WERK = _dt.date(2022, 1, 1)

_CODEX = "Codex welzijn op het werk"
_KB = "KB 11 September 2022"
_KB3 = (
    "RIT 3.0 (KB of 17 December 2025, BS 30 Dec 2025, in force 1 Jan 2026, for trajectories "
    "started from then: lydian.be, prevent.be, cohezio.be)"
)
#: The fact whose date decides the regime of a trajectory: the day the request is received.
_START = "verzoek_reintegratie"
#: A relapse within the first 14 days of a resumption does not interrupt the incapacity.
_ONONDERBROKEN = 13
_BEGIN = Ononderbroken(1, _ONONDERBROKEN)
#: The facts that end a re-integratietraject for good: the third refused invitation
#: (helderrecht.be), the worker's refusal of the plan (weeraandeslag.be).
_EINDE_TRAJECT = ("einde_reintegratietraject", "plan_geweigerd")
#: A running trajectory: requested and not (yet) ended. The day of the ending fact the
#: trajectory no longer runs.
_LOPEND_TRAJECT = ZonderFeit(
    ("verzoek_reintegratie",),
    "a re-integratietraject runs (requested {datum}): the procedure of medische overmacht "
    "may only start while none runs (werk.belgie.be 'Bijzondere procedure medische "
    "overmacht': 'Er op dat moment in de onderneming geen re-integratietraject lopende is')",
    tenzij=_EINDE_TRAJECT,
    op="verzoek_medische_overmacht",
)
#: The steps of the trajectory lapse once it ended by a third refused invitation.
_NA_DERDE_WEIGERING = ZonderFeit(
    ("einde_reintegratietraject",),
    "the worker refused a third invitation on {datum}: the re-integratietraject ended "
    "(helderrecht.be: 'Het re-integratietraject eindigt als de werknemer 3 keer een "
    "medisch onderzoek weigert')",
)
_ONVERANDERD = (
    "; unchanged by RIT 3.0 as far as verified (ncoi.be, 2025: 'Het formele "
    "re-integratietraject blijft grotendeels hetzelfde'; this term not checked against the "
    "new text)"
)


def _twee_regimes(regel: Regel) -> tuple[Regel, Regel]:
    """A step of the trajectory in both regimes: the rule of 2022 for trajectories started
    until 31 Dec 2025, the same term for those started from 1 Jan 2026 (RIT 3.0). The
    regime is chosen by the day the request to start the trajectory was received."""
    return (
        attrs.evolve(
            regel, geldig_vanaf=HERVORMING_2022, geldig_tot=_TOT_RIT_3_0, geldig_volgens=_START
        ),
        attrs.evolve(
            regel, bron=regel.bron + _ONVERANDERD, geldig_vanaf=RIT_3_0, geldig_volgens=_START
        ),
    )


def _plan(omschrijving: str, anker: Anker, feit: str, toelichting: str, termijn: str) -> Regel:
    """The re-integratieplan after a decision (A or B): one rule, the term in ``termijn``."""
    return Regel(
        code="re_integratieplan",
        omschrijving=omschrijving,
        anker=anker,
        voorwaarde=MetFeit((feit,), toelichting, zonder=_NA_DERDE_WEIGERING),
        bron=f"{_CODEX} art. I.4-74 (unverified article number; {termijn})",
        verantwoordelijk=(Rol.WERKGEVER,),
        eindverantwoordelijk=(Rol.WERKGEVER,),
        geraadpleegd=(Rol.WERKNEMER, Rol.BEDRIJFSARTS),
        geinformeerd=(Rol.LEIDINGGEVENDE,),
        gevolg="the employer may be held to have failed in its re-integration duty "
        "(a motivated report is the alternative when no plan is possible)",
    )


def _traject() -> tuple[Regel, ...]:
    """The re-integratietraject: who may start it, the decision, the plan, the appeal."""
    return (
        Regel(
            code="melding_arbeidsarts",
            omschrijving="Employer notifies the preventieadviseur-arbeidsarts of an "
            "incapacity of four weeks or more",
            anker=Ononderbroken(28, _ONONDERBROKEN),
            bron=f"{_CODEX} art. I.4-4 §3 (no fixed term: due once the incapacity reaches "
            "four weeks; clbgroup.be, empreva.be: '4 weken of meer'; voka.be reads 'meer dan "
            "vier weken', i.e. day 29: the article text was not verified)",
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
            bron=f"{_CODEX} art. I.4-73 §1 ({_KB}; liantis.be: 'in principe vanaf de eerste "
            "dag van de arbeidsongeschiktheid')",
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
            geldig_tot=_TOT_RIT_3_0,
            geldig_volgens=_START,
        ),
        Regel(
            code="verzoek_werkgever",
            omschrijving="Employer may request a re-integratietraject (from the day the worker "
            "consents; else 3 months of uninterrupted incapacity, or a certificate of "
            "definitive unfitness)",
            anker=Vroegste(
                (
                    NaFeit("instemming_reintegratie", 0),
                    NaMaanden(_BEGIN, 3),
                    NaFeit("attest_definitieve_ongeschiktheid", 0),
                )
            ),
            soort=Termijnsoort.MOMENT,
            bron=f"{_CODEX} art. I.4-73 §1 as amended by {_KB3}: 'vanaf de eerste dag "
            "arbeidsongeschiktheid wanneer de werknemer hiermee instemt' (lexgo.be 14640; "
            "securex.be); that the 3-month route without consent remains is not verified",
            verantwoordelijk=(Rol.WERKGEVER,),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geraadpleegd=(Rol.WERKNEMER,),
            geinformeerd=(Rol.BEDRIJFSARTS,),
            geldig_vanaf=RIT_3_0,
            geldig_volgens=_START,
        ),
        Regel(
            code="evaluatie_arbeidspotentieel",
            omschrijving="Employer asks the preventieadviseur-arbeidsarts to evaluate the "
            "work potential (after 8 weeks of incapacity)",
            anker=Ononderbroken(57, _ONONDERBROKEN),
            voorwaarde=ZonderFeit(
                ("verzoek_reintegratie",),
                "a re-integratietraject was already requested: the evaluation, which serves to "
                "decide on starting one, is moot",
            ),
            bron=f"{_CODEX} as amended by {_KB3}: lexgo.be 14640 ('de werkgever moet de "
            "preventieadviseur-arbeidsarts verzoeken om een inschatting te maken van het "
            "arbeidspotentieel van een werknemer die sinds minstens 8 weken arbeidsongeschikt "
            "is'); the FOD WASO's notice via tamtam.pro ('après toute incapacité ... d'au moins "
            "8 semaines, l'employeur doit faire estimer le potentiel de travail'); paycover.be; "
            "secondary sources that agree, the article number and whether the weeks must be "
            "uninterrupted not verified",
            verantwoordelijk=(Rol.WERKGEVER,),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geraadpleegd=(Rol.BEDRIJFSARTS,),
            geinformeerd=(Rol.WERKNEMER,),
            geldig_vanaf=RIT_3_0,
            ernst_te_laat=Ernst.WAARSCHUWING,
            ernst_gemist=Ernst.WAARSCHUWING,
            gevolg="the work potential is not known early; RIT 3.0 expects the employer to act "
            "from the first weeks",
        ),
        Regel(
            code="start_na_arbeidspotentieel",
            omschrijving="Employer must start a re-integratietraject: the evaluation found "
            "work potential (no term found in the sources)",
            anker=NaFeit("arbeidspotentieel", 0),
            voorwaarde=MetFeit(("arbeidspotentieel",), "an evaluation that finds work potential"),
            soort=Termijnsoort.INFORMATIEF,
            bron=f"{_KB3}; securex.be 'Re-integratietraject' (werkgever): 'Je moet een "
            "re-integratietraject starten als uit de arbeidsgeneeskundige evaluatie blijkt dat "
            "je werknemer over een arbeidspotentieel beschikt'",
            verantwoordelijk=(Rol.WERKGEVER,),
            eindverantwoordelijk=(Rol.WERKGEVER,),
            geinformeerd=(Rol.BEDRIJFSARTS, Rol.WERKNEMER),
            geldig_vanaf=RIT_3_0,
        ),
        *_twee_regimes(
            Regel(
                code="beslissing_arbeidsarts",
                omschrijving="Re-integratiebeoordeling by the preventieadviseur-arbeidsarts "
                "(49 days after the request)",
                anker=NaFeit("verzoek_reintegratie", 49),
                voorwaarde=MetFeit(
                    ("verzoek_reintegratie",),
                    "a request to start the trajectory",
                    zonder=_NA_DERDE_WEIGERING,
                ),
                bron=f"{_CODEX} art. I.4-73 §4 en §5 (49 calendar days since {_KB}, "
                "was 40 working days; decisions A, B, C); not due once the worker refused a "
                "third invitation (helderrecht.be)",
                verantwoordelijk=(Rol.BEDRIJFSARTS,),
                eindverantwoordelijk=(Rol.BEDRIJFSARTS,),
                geraadpleegd=(Rol.WERKNEMER,),
                geinformeerd=(Rol.WERKGEVER, Rol.WERKNEMER),
                gevolg="the trajectory stalls; the employer cannot draw up a plan",
            )
        ),
        *_twee_regimes(
            _plan(
                "Re-integratieplan after decision A (63 days)",
                NaFeit("plan_na_tijdelijke_ongeschiktheid", 63),
                "plan_na_tijdelijke_ongeschiktheid",
                "decision A: temporarily unfit, adapted or other work possible meanwhile",
                f"63 calendar days since {_KB}, was 55 working days",
            )
        ),
        *_twee_regimes(
            _plan(
                "Re-integratieplan after decision B (6 months)",
                NaMaanden(NaFeit("plan_na_definitieve_ongeschiktheid", 0), 6),
                "plan_na_definitieve_ongeschiktheid",
                "decision B: definitively unfit, adapted or other work possible",
                f"6 months since {_KB}, was 12 months",
            )
        ),
        *_twee_regimes(
            Regel(
                code="reactie_werknemer",
                omschrijving="Worker agrees to or refuses the re-integratieplan (14 days)",
                anker=NaFeit("re_integratieplan", 14),
                voorwaarde=MetFeit(("re_integratieplan",), "a re-integratieplan handed over"),
                bron=f"{_CODEX} art. I.4-74 (unverified article number; 14 calendar days since "
                f"{_KB}, was 5 working days)",
                verantwoordelijk=(Rol.WERKNEMER,),
                eindverantwoordelijk=(Rol.WERKNEMER,),
                geinformeerd=(Rol.WERKGEVER, Rol.BEDRIJFSARTS),
                ernst_te_laat=Ernst.WAARSCHUWING,
                ernst_gemist=Ernst.WAARSCHUWING,
                gevolg="the employer contacts the worker; no answer again counts as a refusal",
            )
        ),
        *_twee_regimes(
            Regel(
                code="beroep",
                omschrijving="Worker may appeal decision B, definitive unfitness (21 days)",
                anker=NaFeit("definitief_ongeschikt", 21),
                voorwaarde=MetFeit(("definitief_ongeschikt",), "decision B: definitively unfit"),
                bron=f"{_CODEX} art. I.4-63 (21 calendar days since {_KB} art. 2: 'In artikel "
                'I.4-63 ... worden de woorden "zeven werkdagen" vervangen door de woorden "21 '
                "kalenderdagen\"', wetwijzer.be/laws/2022205258; was 7 working days); securex.be: "
                "'enkel beroep aantekenen tegen de beslissing B'",
                verantwoordelijk=(Rol.WERKNEMER,),
                eindverantwoordelijk=(Rol.WERKNEMER,),
                geinformeerd=(Rol.WERKGEVER,),
                ernst_te_laat=Ernst.WAARSCHUWING,
                ernst_gemist=Ernst.INFO,
                gevolg="after the term the decision of definitive unfitness is final",
            )
        ),
        Regel(
            code="einde_reintegratietraject",
            omschrijving="The re-integratietraject ends: the worker refused a third invitation",
            anker=NaFeit("einde_reintegratietraject", 0),
            voorwaarde=MetFeit(("einde_reintegratietraject",), "a third refused invitation"),
            soort=Termijnsoort.MOMENT,
            bron=f"{_CODEX} art. I.4-73 ({_KB}); helderrecht.be: 'Het re-integratietraject "
            "eindigt als de werknemer 3 keer een medisch onderzoek weigert'; lexgo.be 12089",
            verantwoordelijk=(Rol.WERKNEMER,),
            eindverantwoordelijk=(Rol.BEDRIJFSARTS,),
            geinformeerd=(Rol.WERKGEVER, Rol.WERKNEMER),
            geldig_vanaf=HERVORMING_2022,
        ),
    )


def _medische_overmacht() -> tuple[Regel, ...]:
    """The special procedure of medische overmacht (art. I.4-82/1, from 28 Nov 2022)."""
    bron = (
        f"{_CODEX} art. I.4-82/1; werk.belgie.be 'Bijzondere procedure medische overmacht': "
        "'minstens negen maanden ononderbroken arbeidsongeschikt' and 'Er op dat moment in de "
        "onderneming geen re-integratietraject lopende is' (a trajectory requested and not "
        "ended by a third refused invitation or a refused plan)"
    )
    negen = Regel(
        code="medische_overmacht_mogelijk",
        omschrijving="Worker or employer may start the procedure of medische overmacht "
        "(9 months of uninterrupted incapacity, no re-integratietraject running)",
        # An incapacity of 9 months before the procedure existed: from its first day.
        anker=Laatste((NaMaanden(_BEGIN, 9), VasteDatum(MEDISCHE_OVERMACHT))),
        soort=Termijnsoort.MOMENT,
        bron=bron + " (a resumption of less than 14 days does not interrupt)",
        verantwoordelijk=(Rol.WERKGEVER, Rol.WERKNEMER),
        eindverantwoordelijk=(Rol.WERKGEVER,),
        geinformeerd=(Rol.BEDRIJFSARTS,),
        geldig_vanaf=MEDISCHE_OVERMACHT,
        geldig_tot=MEDISCHE_OVERMACHT_6_MAANDEN - _dt.timedelta(days=1),
    )
    # From 1 Jan 2026 six months suffice; an incapacity that reached six months (but not
    # nine) before then may start the procedure on 1 Jan 2026 itself.
    zes = attrs.evolve(
        negen,
        omschrijving="Worker or employer may start the procedure of medische overmacht "
        "(6 months of uninterrupted incapacity, no re-integratietraject running)",
        anker=Laatste((NaMaanden(_BEGIN, 6), VasteDatum(MEDISCHE_OVERMACHT_6_MAANDEN))),
        bron=negen.bron + "; 6 months from 1 Jan 2026: damien-avocat.be ('au moins 6 mois "
        "ininterrompus ... Cette période était de 9 mois jusqu'au 31 décembre 2025'), "
        "eloya.be ('de neuf mois à six mois à partir de 2026'), barreaudeliege-huy.be (in "
        "force 1 Jan 2026); secondary sources that agree (the amending act, probably the law "
        "of 19 Dec 2025 on art. 34 of the Arbeidsovereenkomstenwet, not read); applied to an "
        "incapacity running on that day too (no transitional rule found)",
        geldig_vanaf=MEDISCHE_OVERMACHT_6_MAANDEN,
        geldig_tot=None,
    )
    return (
        negen,
        zes,
        Regel(
            code="onderzoek_medische_overmacht",
            omschrijving="Examination by the preventieadviseur-arbeidsarts, no earlier than "
            "10 days after the notification",
            anker=NaFeit("verzoek_medische_overmacht", 10),
            voorwaarde=MetFeit(
                ("verzoek_medische_overmacht",),
                "a notification starting it",
                zonder=attrs.evolve(
                    _LOPEND_TRAJECT, bevinding="medische_overmacht_tijdens_traject"
                ),
            ),
            soort=Termijnsoort.MOMENT,
            bron=bron + "; mensura.be: 'ten vroegste tien dagen na de aanvraag'",
            verantwoordelijk=(Rol.BEDRIJFSARTS,),
            eindverantwoordelijk=(Rol.BEDRIJFSARTS,),
            geraadpleegd=(Rol.WERKNEMER,),
            geinformeerd=(Rol.WERKGEVER,),
            geldig_vanaf=MEDISCHE_OVERMACHT,
        ),
        Regel(
            code="beslissing_medische_overmacht",
            omschrijving="Decision of the preventieadviseur-arbeidsarts in the procedure of "
            "medische overmacht (3 months after the notification)",
            anker=NaMaanden(NaFeit("verzoek_medische_overmacht", 0), 3),
            voorwaarde=MetFeit(
                ("verzoek_medische_overmacht",),
                "a notification starting it",
                zonder=_LOPEND_TRAJECT,
            ),
            bron=bron + "; premed.be: 'Afsluiten van de procedure maximum 3 maand na de "
            "opstart' (a secondary source; the 3 months are not verified in the Codex)",
            verantwoordelijk=(Rol.BEDRIJFSARTS,),
            eindverantwoordelijk=(Rol.BEDRIJFSARTS,),
            geinformeerd=(Rol.WERKGEVER, Rol.WERKNEMER, Rol.ADVISEREND_ARTS),
            geldig_vanaf=MEDISCHE_OVERMACHT,
            ernst_te_laat=Ernst.WAARSCHUWING,
            ernst_gemist=Ernst.WAARSCHUWING,
            gevolg="the employment contract cannot be ended for medische overmacht until "
            "the decision is taken",
        ),
    )


def _terug_naar_werk() -> tuple[Regel, ...]:
    """The mutualiteit's Terug Naar Werk-traject (KB January 2022, in force 1 Jan 2022).

    The mutualiteit's own steps (the questionnaire, the first assessment) are informative
    dates for employer and worker: an employer's dossier seldom records them, and they bind
    neither. The worker's answer and the TNW-coördinator's first contact are deadlines once
    the step before them is recorded."""
    bron = (
        "KB of January 2022 on the Terug Naar Werk-traject (in force 1 Jan 2022; dated 19 Jan "
        "by neutrale-ziekenfondsen.be, 21 Jan by cohezio.be: unverified)"
    )
    return (
        Regel(
            code="tnw_vragenlijst",
            omschrijving="Adviserend arts sends the Terug Naar Werk questionnaire "
            "(10 weeks after the incapacity began)",
            anker=Ononderbroken(71, _ONONDERBROKEN),
            bron=bron + "; neutrale-ziekenfondsen.be: '10 weken na de aanvang van de "
            "arbeidsongeschiktheid vraagt de adviserend arts aan de verzekerde om een "
            "vragenlijst in te vullen' (the 14-day relapse reading of the Codex is applied "
            "here too: unverified for the mutualiteit)",
            soort=Termijnsoort.INFORMATIEF,
            verantwoordelijk=(Rol.ADVISEREND_ARTS,),
            eindverantwoordelijk=(Rol.ADVISEREND_ARTS,),
            geinformeerd=(Rol.WERKNEMER,),
            geldig_vanaf=TERUG_NAAR_WERK,
        ),
        Regel(
            code="tnw_vragenlijst_terug",
            omschrijving="Worker returns the Terug Naar Werk questionnaire (2 weeks)",
            anker=NaFeit("tnw_vragenlijst", 14),
            voorwaarde=MetFeit(("tnw_vragenlijst",), "a questionnaire sent"),
            bron=bron + "; neutrale-ziekenfondsen.be: 'die hij binnen de 2 weken zal moeten "
            "terugsturen'; 'Het invullen van de vragenlijst door de verzekerde is verplicht'",
            verantwoordelijk=(Rol.WERKNEMER,),
            eindverantwoordelijk=(Rol.WERKNEMER,),
            geinformeerd=(Rol.ADVISEREND_ARTS, Rol.TNW_COORDINATOR),
            geldig_vanaf=TERUG_NAAR_WERK,
            ernst_te_laat=Ernst.WAARSCHUWING,
            ernst_gemist=Ernst.WAARSCHUWING,
            gevolg="the adviserend arts asks the TNW-coördinator to contact the worker; "
            "benefit sanctions for not returning it exist (amounts not verified here)",
        ),
        Regel(
            code="tnw_beoordeling",
            omschrijving="Adviserend arts's first assessment of the residual capacities "
            "(in the fourth month of incapacity)",
            anker=NaMaanden(_BEGIN, 4, dagen=-1),
            venster_vanaf=NaMaanden(_BEGIN, 3),
            bron=bron + "; neutrale-ziekenfondsen.be: 'In de loop van de 4e maand "
            "ongeschiktheid zal de adviserend arts een 1e raming doen'; cohezio.be",
            soort=Termijnsoort.INFORMATIEF,
            verantwoordelijk=(Rol.ADVISEREND_ARTS,),
            eindverantwoordelijk=(Rol.ADVISEREND_ARTS,),
            geraadpleegd=(Rol.WERKNEMER,),
            geinformeerd=(Rol.TNW_COORDINATOR,),
            geldig_vanaf=TERUG_NAAR_WERK,
        ),
        Regel(
            code="tnw_eerste_contact",
            omschrijving="TNW-coördinator contacts the worker after a referral (1 month)",
            anker=NaMaanden(NaFeit("tnw_doorverwijzing", 0), 1),
            voorwaarde=MetFeit(("tnw_doorverwijzing",), "a referral to the TNW-coördinator"),
            bron=bron + "; caami-hziv.fgov.be 'Het Terug naar Werk-Traject': 'Binnen de "
            "maand na de goedkeuring van uw dossier door de adviserend arts, zal de "
            "TnW-coördinator contact met u opnemen'",
            verantwoordelijk=(Rol.TNW_COORDINATOR,),
            eindverantwoordelijk=(Rol.ADVISEREND_ARTS,),
            geraadpleegd=(Rol.WERKNEMER,),
            geinformeerd=(Rol.BEDRIJFSARTS,),
            geldig_vanaf=TERUG_NAAR_WERK,
            ernst_te_laat=Ernst.INFO,
            ernst_gemist=Ernst.INFO,
        ),
    )


def _regels() -> tuple[Regel, ...]:
    return (*_traject(), *_medische_overmacht(), *_terug_naar_werk())


@gecontroleerd
@functools.cache
def vlaanderen_regels() -> tuple[Regel, ...]:
    """The Flemish rule set (one shared tuple)."""
    return _regels()


#: The Flemish rule set: the Belgian re-integratietraject of 1 Oct 2022 and RIT 3.0 (by the
#: day the trajectory started), medische overmacht and Terug Naar Werk.
VLAANDEREN: tuple[Regel, ...] = vlaanderen_regels()

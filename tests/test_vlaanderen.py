"""The Flemish re-integratietraject on the generic engine: every rule and its boundaries,
worked out by hand (docs/vlaanderen.md).

Terms run from the day after the event ("de dag volgend op de dag van ontvangst"), so a
term of n days from an event on day D ends on D + n. Months are calendar months.
"""

from __future__ import annotations

from datetime import date

import pytest

import reintegratie as ri
from reintegratie.gebeurtenissen import (
    Aanvrager,
    AttestDefinitieveOngeschiktheid,
    Beroep,
    BeslissingArbeidsarts,
    MeldingArbeidsarts,
    ReactieWerknemer,
    ReIntegratiebeslissing,
    ReIntegratieplan,
    VerzoekReintegratie,
)
from reintegratie.regels import Ernst, Status, Termijnsoort
from reintegratie.regels.vlaanderen import HERVORMING_2022, VLAANDEREN

VL = ri.Jurisdictie.VL


def _traject(
    *gebeurtenissen: ri.Gebeurtenis,
    x: date = date(2025, 10, 31),
    perioden: tuple[ri.Ziekteperiode, ...] | None = None,
) -> ri.Traject:
    return ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        jurisdictie=VL,
        ziekteperioden=perioden or (ri.Ziekteperiode(eerste_dag=x),),
        gebeurtenissen=gebeurtenissen,
    )


def _verzoek(dag: date, wie: Aanvrager = Aanvrager.WERKNEMER) -> VerzoekReintegratie:
    return VerzoekReintegratie(datum=dag, aanvrager=wie)


class TestRegelset:
    """The rule set as data: codes, sources, validity, no working-day shift."""

    def test_codes(self) -> None:
        """The steps of the trajectory (the RIT steps in the regimes of 2022 and 3.0), then
        medische overmacht (9 months, then 6 from 1 Jan 2026) and Terug Naar Werk."""
        assert [r.code for r in VLAANDEREN] == [
            "melding_arbeidsarts",
            "verzoek_werknemer",
            "verzoek_werkgever",
            "verzoek_werkgever",
            "evaluatie_arbeidspotentieel",
            "start_na_arbeidspotentieel",
            "beslissing_arbeidsarts",
            "beslissing_arbeidsarts",
            "re_integratieplan",
            "re_integratieplan",
            "re_integratieplan",
            "re_integratieplan",
            "reactie_werknemer",
            "reactie_werknemer",
            "beroep",
            "beroep",
            "einde_reintegratietraject",
            "medische_overmacht_mogelijk",
            "medische_overmacht_mogelijk",
            "onderzoek_medische_overmacht",
            "beslissing_medische_overmacht",
            "tnw_vragenlijst",
            "tnw_vragenlijst_terug",
            "tnw_beoordeling",
            "tnw_eerste_contact",
        ]

    def test_bronnen(self) -> None:
        """Every rule cites the Codex welzijn op het werk or the royal decree it rests on."""
        for r in VLAANDEREN:
            assert "Codex welzijn op het werk" in r.bron or "KB" in r.bron, r.code

    def test_geldig_vanaf_hervorming(self) -> None:
        """The RIT rules of 2022 are in force from 1 Oct 2022 (KB 11 September 2022); those
        that RIT 3.0 replaced end on 31 Dec 2025 and are chosen by the trajectory's start."""
        assert date(2022, 10, 1) == HERVORMING_2022
        for r in VLAANDEREN:
            if r.code.startswith(
                ("tnw_", "medische_overmacht", "onderzoek_medische", "beslissing_m")
            ):
                continue
            assert r.geldig_vanaf in (HERVORMING_2022, date(2026, 1, 1)), r.code
            assert r.geldig_tot in (None, date(2025, 12, 31)), r.code

    def test_niets_verschuift(self) -> None:
        """Calendar days: nothing shifts to a working day."""
        assert all(r.verschuiving is ri.Verschuiving.GEEN for r in VLAANDEREN)

    def test_regelset_per_jurisdictie(self) -> None:
        """regelset() gives the shared tuples; telwijze does not change the Flemish set."""
        assert ri.regelset(VL) is VLAANDEREN is ri.vlaanderen_regels()
        assert ri.regelset(VL, ri.Telwijze.EERSTE_DAG_NA) is VLAANDEREN
        assert ri.regelset() is ri.POORTWACHTER
        assert ri.regelset(ri.Jurisdictie.NL, ri.Telwijze.EERSTE_DAG_NA) is (
            ri.poortwachter_regels(ri.Telwijze.EERSTE_DAG_NA)
        )

    def test_regelset_onjuiste_jurisdictie(self) -> None:
        """A string is not a Jurisdictie: ValidationError naming the argument."""
        with pytest.raises(ri.ValidationError, match=r"^jurisdictie: expected a Jurisdictie"):
            ri.regelset("vl")  # type: ignore[arg-type]


class TestWieWanneer:
    """Who may start the trajectory, and when (art. I.4-73 §1)."""

    def test_werknemer_altijd(self) -> None:
        """The worker (or the treating doctor) may request from the first day: informative."""
        t = ri.tijdlijn(_traject())["verzoek_werknemer"]
        assert t.uiterlijk == date(2025, 10, 31)
        assert t.soort is Termijnsoort.INFORMATIEF

    @pytest.mark.parametrize(
        ("x", "vanaf"),
        [
            (date(2025, 10, 31), date(2026, 1, 31)),  # 31 Oct + 3 months = 31 Jan
            (date(2025, 11, 30), date(2026, 2, 28)),  # no 30 Feb: the last day of Feb
            (date(2023, 11, 30), date(2024, 2, 29)),  # a leap year: 29 Feb
            (date(2025, 11, 29), date(2026, 2, 28)),  # no 29 Feb 2026 either
            (date(2025, 12, 1), date(2026, 3, 1)),
        ],
    )
    def test_werkgever_na_drie_maanden(self, x: date, vanaf: date) -> None:
        """The employer from 3 calendar months of uninterrupted incapacity (a moment)."""
        t = ri.tijdlijn(_traject(x=x))["verzoek_werkgever"]
        assert t.uiterlijk == vanaf
        assert t.soort is Termijnsoort.MOMENT

    def test_werkgever_status(self) -> None:
        """Reached on the day itself, open the day before."""
        traject = _traject()
        assert ri.tijdlijn(traject, date(2026, 1, 30))["verzoek_werkgever"].status is Status.OPEN
        assert ri.tijdlijn(traject, date(2026, 1, 31))["verzoek_werkgever"].status is Status.BEREIKT

    def test_attest_vervroegt(self) -> None:
        """A certificate of definitive unfitness on 20 Nov 2025 opens it that day."""
        traject = _traject(AttestDefinitieveOngeschiktheid(datum=date(2025, 11, 20)))
        assert ri.tijdlijn(traject)["verzoek_werkgever"].uiterlijk == date(2025, 11, 20)

    def test_laat_attest_verandert_niets(self) -> None:
        """A certificate after the 3 months (10 Feb 2026) changes nothing: 31 Jan 2026."""
        traject = _traject(AttestDefinitieveOngeschiktheid(datum=date(2026, 2, 10)))
        assert ri.tijdlijn(traject)["verzoek_werkgever"].uiterlijk == date(2026, 1, 31)

    def test_herval_binnen_14_dagen(self) -> None:
        """Sick 1..30 Sep 2025, back 1 Oct, sick again 14 Oct: 13 fit days (1..13 Oct), a
        relapse on the 14th day of the resumption; uninterrupted from 1 Sep: 1 Dec 2025."""
        perioden = (
            ri.Ziekteperiode(eerste_dag=date(2025, 9, 1), laatste_dag=date(2025, 9, 30)),
            ri.Ziekteperiode(eerste_dag=date(2025, 10, 14)),
        )
        tl = ri.tijdlijn(_traject(perioden=perioden))
        assert tl["verzoek_werkgever"].uiterlijk == date(2025, 12, 1)
        assert tl["melding_arbeidsarts"].uiterlijk == date(2025, 9, 28)  # 1 Sep + 27

    def test_herval_na_14_dagen(self) -> None:
        """Sick again 15 Oct: 14 fit days (1..14 Oct) interrupt; 15 Oct + 3 months =
        15 Jan 2026 (though the Dutch samentelling keeps one case, < 28 fit days)."""
        perioden = (
            ri.Ziekteperiode(eerste_dag=date(2025, 9, 1), laatste_dag=date(2025, 9, 30)),
            ri.Ziekteperiode(eerste_dag=date(2025, 10, 15)),
        )
        traject = _traject(perioden=perioden)
        assert len(traject.ziektegevallen) == 1
        tl = ri.tijdlijn(traject)
        assert tl["verzoek_werkgever"].uiterlijk == date(2026, 1, 15)
        assert tl["verzoek_werknemer"].uiterlijk == date(2025, 10, 15)
        assert tl["melding_arbeidsarts"].uiterlijk == date(2025, 11, 11)  # 15 Oct + 27


class TestMeldingArbeidsarts:
    """The employer notifies the preventieadviseur-arbeidsarts at four weeks (art. I.4-4 §3)."""

    def test_vier_weken(self) -> None:
        """X = Fri 31 Oct 2025: day 28 is Thu 27 Nov 2025."""
        assert ri.tijdlijn(_traject())["melding_arbeidsarts"].uiterlijk == date(2025, 11, 27)

    def test_op_tijd_en_te_laat(self) -> None:
        """On 27 Nov on time; on 28 Nov one day late, a warning."""
        op_tijd = _traject(MeldingArbeidsarts(datum=date(2025, 11, 27)))
        assert ri.tijdlijn(op_tijd)["melding_arbeidsarts"].status is Status.GEHAALD
        laat = _traject(MeldingArbeidsarts(datum=date(2025, 11, 28)))
        t = ri.tijdlijn(laat)["melding_arbeidsarts"]
        assert (t.status, t.dagen_te_laat) == (Status.TE_LAAT, 1)
        [b] = [b for b in ri.toets(laat, date(2025, 12, 1)) if b.code == "melding_arbeidsarts"]
        assert b.ernst is Ernst.WAARSCHUWING
        assert "I.4-4 §3" in b.bron

    def test_herstel_ervoor(self) -> None:
        """Recovered on day 20 (19 Nov): the notification lapses."""
        traject = _traject().met_herstel(date(2025, 11, 19))
        assert ri.tijdlijn(traject)["melding_arbeidsarts"].status is Status.VERVALLEN


class TestBeslissing:
    """The arbeidsarts decides within 49 calendar days of the request (art. I.4-73 §5)."""

    def test_geen_verzoek_geen_termijn(self) -> None:
        """Without a request there is no decision, plan, answer or appeal to date."""
        codes = ri.tijdlijn(_traject()).codes
        assert {"verzoek_werknemer", "melding_arbeidsarts", "verzoek_werkgever"} <= set(codes)
        for code in ("beslissing_arbeidsarts", "re_integratieplan", "reactie_werknemer", "beroep"):
            assert code not in codes

    def test_49_dagen(self) -> None:
        """Request received Mon 2 Feb 2026: + 49 days = Mon 23 Mar 2026."""
        t = ri.tijdlijn(_traject(_verzoek(date(2026, 2, 2))))["beslissing_arbeidsarts"]
        assert t.uiterlijk == date(2026, 3, 23)
        assert t.verantwoordelijk == (ri.Rol.BEDRIJFSARTS,)

    def test_grens(self) -> None:
        """Decided on 23 Mar: on time; on 24 Mar: one day late."""
        for dag, status in (
            (date(2026, 3, 23), Status.GEHAALD),
            (date(2026, 3, 24), Status.TE_LAAT),
        ):
            traject = _traject(
                _verzoek(date(2026, 2, 2)),
                BeslissingArbeidsarts(datum=dag, beslissing=ReIntegratiebeslissing.A),
            )
            assert ri.tijdlijn(traject)["beslissing_arbeidsarts"].status is status

    def test_gemist(self) -> None:
        """Not decided by 24 Mar 2026: missed, an overtreding with its source."""
        traject = _traject(_verzoek(date(2026, 2, 2)))
        [b] = [b for b in ri.toets(traject, date(2026, 3, 24)) if b.code.startswith("beslis")]
        assert (b.ernst, b.datum) == (Ernst.OVERTREDING, date(2026, 3, 23))
        assert "I.4-73" in b.bron
        assert "1 days overdue" in b.melding

    def test_verzoek_na_peildatum_telt_niet(self) -> None:
        """A request recorded after the peildatum does not exist yet on it."""
        traject = _traject(_verzoek(date(2026, 2, 2)))
        assert "beslissing_arbeidsarts" not in ri.tijdlijn(traject, date(2026, 2, 1))
        assert "beslissing_arbeidsarts" in ri.tijdlijn(traject, date(2026, 2, 2))

    def test_eerste_verzoek_telt(self) -> None:
        """Two requests: the term counts from the first (as NaFeit does)."""
        traject = _traject(
            _verzoek(date(2026, 2, 2), Aanvrager.WERKGEVER), _verzoek(date(2026, 2, 20))
        )
        assert ri.tijdlijn(traject)["beslissing_arbeidsarts"].uiterlijk == date(2026, 3, 23)


class TestPlan:
    """The employer's re-integratieplan: 63 days (temporary) or 6 months (definitive)."""

    @staticmethod
    def _na(beslissing: BeslissingArbeidsarts, *meer: ri.Gebeurtenis) -> ri.Tijdlijn:
        return ri.tijdlijn(_traject(_verzoek(date(2026, 2, 2)), beslissing, *meer))

    def test_tijdelijk_63_dagen(self) -> None:
        """Decision A on Tue 10 Mar 2026: + 63 days = Tue 12 May 2026 (21 + 30 + 12)."""
        tl = self._na(
            BeslissingArbeidsarts(datum=date(2026, 3, 10), beslissing=ReIntegratiebeslissing.A)
        )
        assert tl["re_integratieplan"].uiterlijk == date(2026, 5, 12)
        assert "63 calendar days" in tl["re_integratieplan"].bron
        assert "beroep" not in tl

    @pytest.mark.parametrize(
        ("dag", "status"),
        [(date(2026, 5, 12), Status.GEHAALD), (date(2026, 5, 13), Status.TE_LAAT)],
    )
    def test_tijdelijk_grens(self, dag: date, status: Status) -> None:
        """Handed over on day 63: on time; on day 64: late."""
        tl = self._na(
            BeslissingArbeidsarts(datum=date(2026, 3, 10), beslissing=ReIntegratiebeslissing.A),
            ReIntegratieplan(datum=dag),
        )
        assert tl["re_integratieplan"].status is status

    @pytest.mark.parametrize(
        ("beslist", "uiterlijk"),
        [
            (date(2026, 3, 10), date(2026, 9, 10)),
            (date(2026, 8, 31), date(2027, 2, 28)),  # no 31 Feb: the last day of Feb
            (date(2027, 8, 31), date(2028, 2, 29)),  # a leap year
        ],
    )
    def test_definitief_zes_maanden(self, beslist: date, uiterlijk: date) -> None:
        """Decision C: 6 calendar months."""
        traject = _traject(
            _verzoek(beslist.replace(day=1)),
            BeslissingArbeidsarts(datum=beslist, beslissing=ReIntegratiebeslissing.B),
        )
        t = ri.tijdlijn(traject)["re_integratieplan"]
        assert t.uiterlijk == uiterlijk
        assert "6 months" in t.bron

    def test_geen_plan_zonder_aangepast_werk(self) -> None:
        """Decisions B and D (no adapted or other work) set no plan; D can be appealed."""
        b = self._na(
            BeslissingArbeidsarts(datum=date(2026, 3, 10), beslissing=ReIntegratiebeslissing.C)
        )
        assert "re_integratieplan" not in b
        assert "beroep" not in b
        d = self._na(
            BeslissingArbeidsarts(
                datum=date(2026, 3, 10), beslissing=ReIntegratiebeslissing.D_VOOR_2022
            )
        )
        assert "re_integratieplan" not in d
        assert "beroep" in d

    def test_gemist_is_overtreding(self) -> None:
        """No plan by 13 May 2026 after decision A: an overtreding of the employer."""
        traject = _traject(
            _verzoek(date(2026, 2, 2)),
            BeslissingArbeidsarts(datum=date(2026, 3, 10), beslissing=ReIntegratiebeslissing.A),
        )
        [b] = [b for b in ri.toets(traject, date(2026, 5, 13)) if b.code == "re_integratieplan"]
        assert b.ernst is Ernst.OVERTREDING
        assert "responsible: werkgever" in b.melding


class TestReactieEnBeroep:
    """14 days for the worker's answer; 21 days to appeal definitive unfitness."""

    def test_reactie_14_dagen(self) -> None:
        """Plan handed over Tue 12 May 2026: answer by Tue 26 May 2026."""
        traject = _traject(
            _verzoek(date(2026, 2, 2)),
            BeslissingArbeidsarts(datum=date(2026, 3, 10), beslissing=ReIntegratiebeslissing.A),
            ReIntegratieplan(datum=date(2026, 5, 12)),
        )
        assert ri.tijdlijn(traject)["reactie_werknemer"].uiterlijk == date(2026, 5, 26)
        for dag, status in (
            (date(2026, 5, 26), Status.GEHAALD),
            (date(2026, 5, 27), Status.TE_LAAT),
        ):
            tl = ri.tijdlijn(traject.met_gebeurtenis(ReactieWerknemer(datum=dag, akkoord=False)))
            assert tl["reactie_werknemer"].status is status

    def test_reactie_gemist_is_waarschuwing(self) -> None:
        """No answer by 27 May: a warning (the employer asks again; silence is refusal)."""
        traject = _traject(
            _verzoek(date(2026, 2, 2)),
            BeslissingArbeidsarts(datum=date(2026, 3, 10), beslissing=ReIntegratiebeslissing.A),
            ReIntegratieplan(datum=date(2026, 5, 12)),
        )
        [b] = [b for b in ri.toets(traject, date(2026, 5, 27)) if b.code == "reactie_werknemer"]
        assert b.ernst is Ernst.WAARSCHUWING

    def test_beroep_21_dagen(self) -> None:
        """Definitive unfitness decided Tue 10 Mar 2026: appeal by Tue 31 Mar 2026."""
        traject = _traject(
            _verzoek(date(2026, 2, 2)),
            BeslissingArbeidsarts(datum=date(2026, 3, 10), beslissing=ReIntegratiebeslissing.B),
        )
        assert ri.tijdlijn(traject)["beroep"].uiterlijk == date(2026, 3, 31)
        for dag, status in (
            (date(2026, 3, 31), Status.GEHAALD),
            (date(2026, 4, 1), Status.TE_LAAT),
        ):
            assert ri.tijdlijn(traject.met_gebeurtenis(Beroep(datum=dag)))["beroep"].status is (
                status
            )

    def test_geen_beroep_is_info(self) -> None:
        """No appeal is the worker's right, not a breach: info once the term has passed."""
        traject = _traject(
            _verzoek(date(2026, 2, 2)),
            BeslissingArbeidsarts(datum=date(2026, 3, 10), beslissing=ReIntegratiebeslissing.B),
        )
        [b] = [b for b in ri.toets(traject, date(2026, 4, 1)) if b.code == "beroep"]
        assert b.ernst is Ernst.INFO


class TestJurisdictie:
    """The rule set is chosen by Traject.jurisdictie; Dutch stays the default."""

    def test_standaard_nederlands(self) -> None:
        """A traject without a jurisdictie gets the Dutch rules, as before."""
        traject = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 31)),),
        )
        assert traject.jurisdictie is ri.Jurisdictie.NL
        assert ri.tijdlijn(traject) == ri.tijdlijn(traject, regels=ri.POORTWACHTER)
        assert "probleemanalyse" in ri.tijdlijn(traject)

    def test_vlaams(self) -> None:
        """A Flemish traject gets the Flemish rules, in tijdlijn, tijdlijnen and toets."""
        traject = _traject(_verzoek(date(2026, 2, 2)))
        assert "probleemanalyse" not in ri.tijdlijn(traject)
        assert ri.tijdlijnen(traject)[-1] == ri.tijdlijn(traject)
        bevindingen = ri.toets(traject, date(2026, 6, 1))
        assert bevindingen
        assert all("Codex" in b.bron or "KB" in b.bron for b in bevindingen)

    def test_regels_gaan_voor(self) -> None:
        """regels= overrides the jurisdictie."""
        traject = _traject()
        assert "probleemanalyse" in ri.tijdlijn(traject, regels=ri.POORTWACHTER)

    def test_ongeldige_jurisdictie(self) -> None:
        """A string is refused with a ValidationError naming the field."""
        with pytest.raises(
            ri.ValidationError, match=r"^Traject.jurisdictie: expected a Jurisdictie"
        ):
            ri.Traject(werknemer="W", werkgever="WG", jurisdictie="vl")  # type: ignore[arg-type]

    def test_voor_de_hervorming(self) -> None:
        """A case from 1 Jan 2022: the RIT rules due before 1 Oct 2022 are not in force (the
        2016 regime is not modelled); the employer's date 1 Apr 2022 is left out. Terug Naar
        Werk (from 1 Jan 2022) applies: the questionnaire on 1 Jan + 70 days = 12 Mar 2022."""
        tl = ri.tijdlijn(_traject(x=date(2022, 1, 1)))
        assert "verzoek_werkgever" not in tl
        assert "melding_arbeidsarts" not in tl
        assert tl["tnw_vragenlijst"].uiterlijk == date(2022, 3, 12)

    def test_rolverdeling(self) -> None:
        """Role allocation reads the Flemish rules too."""
        traject = _traject(_verzoek(date(2026, 2, 2)))
        codes = {r.code for r in ri.rolverdeling(traject, date(2026, 3, 1))}
        assert "beslissing_arbeidsarts" in codes
        assert "probleemanalyse" not in codes

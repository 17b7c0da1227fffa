"""End of employment, recovery, vangnet reports and the vervroegde IVA window, on dates worked
out by hand (sources in reintegratie.regels.bijzondere_meldingen and docs/regels.md).

X = Wed 1 Oct 2025 throughout unless said otherwise; sick day k is X + k - 1.
"""

from __future__ import annotations

from datetime import date, timedelta

import attrs
import pytest

import reintegratie as ri
from reintegratie.gebeurtenissen import (
    EindeDienstverband,
    Eindevaluatie,
    Herstelmelding,
    MeldingVangnet,
    MeldingZiekUitDienst,
    Probleemanalyse,
)
from reintegratie.medisch import MedischDossier, Vangnet, Vangnetsoort
from reintegratie.regels import Status
from reintegratie.verzuim import Percentagewijziging, Ziekteperiode
from reintegratie.voorbeelden import voorbeeld

X = date(2025, 10, 1)


def _traject(*gebeurtenissen, perioden=None) -> ri.Traject:
    return ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=perioden or (Ziekteperiode(eerste_dag=X),),
        gebeurtenissen=gebeurtenissen,
    )


class TestZiekUitDienst:
    """The employment ends on Sat 31 Jan 2026 while the employee is sick."""

    EINDE = date(2026, 1, 31)

    def test_plichten_van_de_werkgever_vervallen(self):
        """Duties of the former employer after the last day lapse, saying why; the employee's
        WIA application and the end of the wachttijd stay (UWV takes over)."""
        tl = ri.tijdlijn(_traject(EindeDienstverband(datum=self.EINDE)))
        for code in ("melding_42e_week", "eerstejaarsevaluatie", "spoor_2", "re_integratieverslag"):
            t = tl[code]
            assert t.status is Status.VERVALLEN, code
            assert "employment ended (last day 2026-01-31)" in t.toelichting, code
        # Before the end: still due. Probleemanalyse X + 41 = Tue 11 Nov 2025.
        assert tl["probleemanalyse"].status is Status.OPEN
        # WIA application: end of wachttijd X + 727 = Tue 28 Sep 2027, minus 77 = 13 Jul 2027.
        assert tl["wia_aanvraag"].uiterlijk == date(2027, 7, 13)
        assert tl["wia_aanvraag"].status is Status.OPEN
        assert tl["einde_wachttijd"].status is Status.OPEN

    def test_loondoorbetaling_eindigt_met_het_contract(self):
        """einde_loondoorbetaling moves to the last day of the employment."""
        tl = ri.tijdlijn(_traject(EindeDienstverband(datum=self.EINDE)), peildatum=date(2026, 2, 2))
        t = tl["einde_loondoorbetaling"]
        assert t.uiterlijk == self.EINDE
        assert t.status is Status.BEREIKT
        assert "ends with the employment (last day 2026-01-31)" in t.toelichting

    def test_evaluaties_stoppen(self):
        """Plan due 25 Nov 2025 (11 Nov + 14); evaluation #1 on 6 Jan 2026 (+ 42); #2 on
        17 Feb 2026 falls after the end and is not due at all."""
        tl = ri.tijdlijn(_traject(EindeDienstverband(datum=self.EINDE)))
        assert [t.uiterlijk for t in tl.alle("evaluatie")] == [date(2026, 1, 6)]

    def test_melding_en_eindevaluatie_op_de_laatste_dag(self):
        """Both due on the last day itself, 31 Jan 2026: 123 days from X (10 weeks or more),
        so the full eindevaluatie."""
        tl = ri.tijdlijn(_traject(EindeDienstverband(datum=self.EINDE)))
        assert tl["melding_ziek_uit_dienst"].uiterlijk == self.EINDE
        assert tl["eindevaluatie"].uiterlijk == self.EINDE
        assert "10 or more weeks" in tl["eindevaluatie"].omschrijving

    def test_gehaald_en_te_laat(self):
        """Recorded on the day: gehaald; the report a day late: te_laat."""
        t = _traject(
            Eindevaluatie(datum=date(2026, 1, 28)),
            EindeDienstverband(datum=self.EINDE),
            MeldingZiekUitDienst(datum=date(2026, 2, 1)),
        )
        tl = ri.tijdlijn(t)
        assert tl["eindevaluatie"].status is Status.GEHAALD
        assert tl["melding_ziek_uit_dienst"].status is Status.TE_LAAT

    def test_toets_zonder_valse_bevindingen(self):
        """On 1 Mar 2026 no finding for a duty after the end; the missed ziek-uit-dienst
        melding is a true one."""
        t = _traject(Probleemanalyse(datum=date(2025, 11, 5)), EindeDienstverband(datum=self.EINDE))
        codes = {b.code for b in ri.toets(t, peildatum=date(2026, 3, 1))}
        assert not codes & {"melding_42e_week", "eerstejaarsevaluatie", "spoor_2"}
        assert "melding_ziek_uit_dienst" in codes

    def test_peildatum_voor_het_einde(self):
        """Before the last day, the end is not yet a fact: nothing lapses."""
        tl = ri.tijdlijn(
            _traject(EindeDienstverband(datum=self.EINDE)), peildatum=date(2026, 1, 15)
        )
        assert tl["melding_42e_week"].status is Status.OPEN
        assert "melding_ziek_uit_dienst" not in tl

    @pytest.mark.parametrize(
        ("dagen", "verwacht"),
        [
            (40, None),  # last day X + 40: 41 days, fewer than 6 weeks: no eindevaluatie
            (41, "Short"),  # X + 41: 42 days = 6 weeks: the short one
            (68, "Short"),  # X + 68: 69 days, still under 10 weeks
            (69, "10 or more weeks"),  # X + 69: 70 days = 10 weeks: the full one
        ],
    )
    def test_drempels_eindevaluatie(self, dagen, verwacht):
        """6 and 10 weeks counted in calendar days from the first sick day (day 1)."""
        tl = ri.tijdlijn(_traject(EindeDienstverband(datum=X + timedelta(days=dagen))))
        assert "melding_ziek_uit_dienst" in tl
        if verwacht is None:
            assert "eindevaluatie" not in tl
        else:
            assert verwacht in tl["eindevaluatie"].omschrijving

    def test_na_herstel_geen_ziek_uit_dienst(self):
        """Recovered on 31 Dec 2025, employment ends 31 Jan 2026: no ziek-uit-dienst melding,
        and the recovery (not the end) is why later duties lapsed."""
        t = _traject(
            Herstelmelding(datum=date(2026, 1, 1)),
            EindeDienstverband(datum=self.EINDE),
            perioden=(Ziekteperiode(eerste_dag=X, laatste_dag=date(2025, 12, 31)),),
        )
        tl = ri.tijdlijn(t)
        assert "melding_ziek_uit_dienst" not in tl
        assert "recovered" in tl["melding_42e_week"].toelichting
        assert tl["einde_loondoorbetaling"].status is Status.VERVALLEN

    def test_einde_voor_de_ziekte(self):
        """Employment ended 1 Sep 2025, sick from 1 Oct: no duty of the former employer is due
        (melding_bedrijfsarts, sick day 7 = 7 Oct, already lapses)."""
        tl = ri.tijdlijn(_traject(EindeDienstverband(datum=date(2025, 9, 1))))
        assert tl["melding_bedrijfsarts"].status is Status.VERVALLEN
        assert "melding_ziek_uit_dienst" not in tl
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2025, 9, 1)


class TestFouten:
    """Bad combinations fail at construction, naming the field."""

    def test_einde_voor_indiensttreding(self):
        """An end of employment before its start."""
        with pytest.raises(ri.ValidationError, match=r"^EindeDienstverband\.datum: "):
            EindeDienstverband(datum=date(2025, 1, 31), in_dienst_sinds=date(2025, 2, 1))

    def test_einde_op_eerste_dag_mag(self):
        """A one-day employment is an employment."""
        e = EindeDienstverband(datum=date(2025, 2, 1), in_dienst_sinds=date(2025, 2, 1))
        assert e.datum == e.in_dienst_sinds

    def test_twee_keer_uit_dienst(self):
        """The employment ends once."""
        with pytest.raises(ri.ValidationError, match=r"Traject\.gebeurtenissen\[1\]: a second"):
            _traject(
                EindeDienstverband(datum=date(2026, 1, 31)),
                EindeDienstverband(datum=date(2026, 2, 28)),
            )

    def test_herstel_voor_eerste_ziektedag(self):
        """A recovery before the first sick day."""
        with pytest.raises(ri.ValidationError, match=r"gebeurtenissen\[0\]\.datum: herstelmelding"):
            _traject(Herstelmelding(datum=date(2025, 9, 30)))

    def test_herstel_in_een_open_periode(self):
        """A recovery while the (open) period still counts the day as sick names both."""
        with pytest.raises(ri.ValidationError) as fout:
            _traject(Herstelmelding(datum=date(2025, 12, 1)))
        assert fout.value.field == "Traject.gebeurtenissen[0].datum"
        assert "Traject.ziekteperioden[0]" in str(fout.value)

    def test_herstel_zonder_einde_van_periode(self):
        """A recovery on 1 Dec 2025 needs a period ending 30 Nov 2025."""
        with pytest.raises(ri.ValidationError, match="laatste_dag is 2025-11-30"):
            _traject(
                Herstelmelding(datum=date(2025, 12, 1)),
                perioden=(Ziekteperiode(eerste_dag=X, laatste_dag=date(2025, 11, 20)),),
            )

    def test_herstel_en_periode_kloppen(self):
        """Last sick day 30 Nov, first fit day 1 Dec: they agree; met_herstel records both."""
        t = _traject().met_herstel(date(2025, 11, 30), melding=True)
        assert t.ziekteperioden[0].laatste_dag == date(2025, 11, 30)
        assert t.gebeurtenissen == (Herstelmelding(datum=date(2025, 12, 1)),)

    def test_herstel_op_de_dag_van_terugval(self):
        """Fit on 1 Dec per the melding, but a new period starts that very day."""
        with pytest.raises(ri.ValidationError, match=r"ziekteperioden\[1\]"):
            _traject(
                Herstelmelding(datum=date(2025, 12, 1)),
                perioden=(
                    Ziekteperiode(eerste_dag=X, laatste_dag=date(2025, 11, 30)),
                    Ziekteperiode(eerste_dag=date(2025, 12, 1)),
                ),
            )


class TestVangnet:
    """The early report to UWV under a vangnet of the Ziektewet."""

    def test_vierde_ziektedag_zonder_medisch_dossier(self):
        """Flagged period: sick day 4 = X + 3 = Sat 4 Oct 2025, not shifted."""
        t = _traject(perioden=(Ziekteperiode(eerste_dag=X, vangnet=True),))
        assert ri.tijdlijn(t)["melding_vangnet"].uiterlijk == date(2025, 10, 4)

    def test_zonder_vangnet_geen_melding(self):
        """No flag and no medical record: no such termijn."""
        assert "melding_vangnet" not in ri.tijdlijn(_traject())

    @pytest.mark.parametrize(
        ("soort", "uiterlijk"),
        [
            (Vangnetsoort.ORGAANDONATIE, date(2025, 10, 4)),  # sick day 4
            (Vangnetsoort.NO_RISKPOLIS, date(2025, 10, 4)),
            (Vangnetsoort.ZWANGERSCHAP_NA_VERLOF, date(2025, 10, 4)),
            # Within 6 weeks: the end of week 6, sick day 42 = X + 41 = Tue 11 Nov 2025.
            (Vangnetsoort.ZWANGERSCHAP_VOOR_VERLOF, date(2025, 11, 11)),
        ],
    )
    def test_met_medisch_dossier(self, soort, uiterlijk):
        """The medical record decides the deadline class, even without the employer's flag."""
        dossier = MedischDossier(
            werknemer="W-1", bedrijfsarts="BA-1", vangnetten=(Vangnet(eerste_dag=X, soort=soort),)
        )
        assert ri.tijdlijn(_traject(), medisch=dossier)["melding_vangnet"].uiterlijk == uiterlijk

    def test_gehaald(self):
        """Reported on Fri 3 Oct 2025: on time."""
        t = _traject(
            MeldingVangnet(datum=date(2025, 10, 3)),
            perioden=(Ziekteperiode(eerste_dag=X, vangnet=True),),
        )
        assert ri.tijdlijn(t)["melding_vangnet"].status is Status.GEHAALD

    @pytest.mark.parametrize(
        ("gemeld", "status"),
        [
            # Reported under the vangnet on Fri 3 Oct 2025: no 42nd-week report is due.
            (date(2025, 10, 3), Status.NIET_VAN_TOEPASSING),
            # Reported on Wed 22 Jul 2026, the 42nd-week report's own due date
            # (X + 294, Wed 1 Oct 2025 + 294 days): it takes its place too.
            (date(2026, 7, 22), Status.NIET_VAN_TOEPASSING),
            # Reported only after that day: the 42nd-week report was missed by then.
            (date(2026, 7, 23), Status.GEMIST),
            # Never reported to UWV: the 42nd-week report is missed.
            (None, Status.GEMIST),
        ],
    )
    def test_vangnetmelding_vervangt_42e_week(self, gemeld, status):
        """The report under a vangnet (a shorter term) takes the place of the 42nd-week
        report when it is made by the latter's due date (brightmine.com, arboned.nl)."""
        gebeurtenissen = () if gemeld is None else (MeldingVangnet(datum=gemeld),)
        t = _traject(*gebeurtenissen, perioden=(Ziekteperiode(eerste_dag=X, vangnet=True),))
        peildatum = date(2026, 9, 1)
        termijn = ri.tijdlijn(t, peildatum=peildatum)["melding_42e_week"]
        assert termijn.uiterlijk == date(2026, 7, 22)
        assert termijn.status is status
        codes = [b.code for b in ri.toets(t, peildatum)]
        assert ("melding_42e_week" in codes) is (status is Status.GEMIST)

    def test_schrikkeldag(self):
        """X = Tue 29 Feb 2028: sick day 4 is Fri 3 Mar 2028."""
        t = ri.Traject(
            werknemer="W",
            werkgever="WG",
            ziekteperioden=(Ziekteperiode(eerste_dag=date(2028, 2, 29), vangnet=True),),
        )
        assert ri.tijdlijn(t)["melding_vangnet"].uiterlijk == date(2028, 3, 3)

    def test_dossier_volgorde(self):
        """Vangnetten in the medical record are one per period, in date order."""
        with pytest.raises(ri.ValidationError, match=r"MedischDossier\.vangnetten\[1\]"):
            MedischDossier(
                werknemer="W",
                bedrijfsarts="BA",
                vangnetten=(
                    Vangnet(eerste_dag=X, soort=Vangnetsoort.ORGAANDONATIE),
                    Vangnet(eerste_dag=X, soort=Vangnetsoort.NO_RISKPOLIS),
                ),
            )


class TestVervroegdeIva:
    """Informative window: from 3 weeks of sickness (sick day 22 = Wed 22 Oct 2025) to
    before week 68 (end of week 67 = sick day 469 = Tue 12 Jan 2027)."""

    def test_venster(self):
        t = ri.tijdlijn(_traject())["vervroegde_iva"]
        assert (t.vanaf, t.uiterlijk) == (date(2025, 10, 22), date(2027, 1, 12))
        assert t.soort is ri.Termijnsoort.INFORMATIEF

    def test_geen_bevinding(self):
        """It binds neither party: no finding once passed."""
        codes = {b.code for b in ri.toets(_traject(), peildatum=date(2027, 2, 1))}
        assert "vervroegde_iva" not in codes


class TestGedeeltelijkZiek:
    """Partial sickness: the percentage changes with dates; only full recovery ends a period."""

    def test_percentage_per_dag(self):
        """100 % from X, 50 % from Mon 3 Nov 2025, 20 % from Mon 1 Dec 2025."""
        p = Ziekteperiode(
            eerste_dag=X,
            laatste_dag=date(2025, 12, 31),
            wijzigingen=(
                Percentagewijziging(vanaf=date(2025, 11, 3), percentage=50),
                Percentagewijziging(vanaf=date(2025, 12, 1), percentage=20),
            ),
        )
        assert p.percentage_op(date(2025, 9, 30)) == 0
        assert p.percentage_op(date(2025, 11, 2)) == 100
        assert p.percentage_op(date(2025, 11, 3)) == 50
        assert p.percentage_op(date(2025, 12, 31)) == 20
        assert p.percentage_op(date(2026, 1, 1)) == 0
        reeks = list(p.percentages())
        # 1 Oct .. 31 Dec 2025 = 31 + 30 + 31 = 92 days: 33 at 100 %, 28 at 50 %, 31 at 20 %.
        assert len(reeks) == 92
        assert [pct for _, pct in reeks].count(100) == 33
        assert [pct for _, pct in reeks].count(50) == 28
        assert [pct for _, pct in reeks].count(20) == 31

    def test_gedeeltelijk_herstel_verschuift_niets(self):
        """Partial recovery does not end the case: every date stays as for full sickness."""
        vol = ri.tijdlijn(_traject())
        deels = ri.tijdlijn(
            _traject(
                perioden=(
                    Ziekteperiode(
                        eerste_dag=X,
                        wijzigingen=(Percentagewijziging(vanaf=date(2025, 11, 3), percentage=50),),
                    ),
                )
            )
        )
        assert [(t.code, t.uiterlijk, t.status) for t in vol] == [
            (t.code, t.uiterlijk, t.status) for t in deels
        ]

    def test_geval_over_perioden(self):
        """Ziektegeval.percentage_op: 0 on the fit days of a break."""
        t = _traject(
            perioden=(
                Ziekteperiode(eerste_dag=X, laatste_dag=date(2025, 10, 10), percentage=60),
                Ziekteperiode(eerste_dag=date(2025, 10, 20)),
            )
        )
        (geval,) = t.ziektegevallen
        assert geval.percentage_op(date(2025, 10, 5)) == 60
        assert geval.percentage_op(date(2025, 10, 15)) == 0
        assert geval.percentage_op(date(2025, 10, 20)) == 100

    @pytest.mark.parametrize("pct", [0, 101, -5])
    def test_percentage_buiten_bereik(self, pct):
        """0 is full recovery (end the period), above 100 is nonsense."""
        with pytest.raises(ri.ValidationError, match=r"^Percentagewijziging\.percentage: "):
            Percentagewijziging(vanaf=X, percentage=pct)
        with pytest.raises(ri.ValidationError, match=r"^Ziekteperiode\.percentage: "):
            Ziekteperiode(eerste_dag=X, percentage=pct)

    def test_wijziging_buiten_de_periode(self):
        """A change on or before the first day, or after the last, names the change."""
        with pytest.raises(ri.ValidationError, match=r"wijzigingen\[0\]\.vanaf: 2025-10-01"):
            Ziekteperiode(eerste_dag=X, wijzigingen=(Percentagewijziging(X, 50),))
        with pytest.raises(ri.ValidationError, match=r"wijzigingen\[0\]\.vanaf: .* after"):
            Ziekteperiode(
                eerste_dag=X,
                laatste_dag=date(2025, 10, 31),
                wijzigingen=(Percentagewijziging(date(2025, 11, 1), 50),),
            )

    def test_wijzigingen_op_volgorde(self):
        with pytest.raises(ri.ValidationError, match=r"wijzigingen\[1\]\.vanaf"):
            Ziekteperiode(
                eerste_dag=X,
                wijzigingen=(
                    Percentagewijziging(date(2025, 11, 3), 50),
                    Percentagewijziging(date(2025, 11, 3), 40),
                ),
            )

    def test_lopende_periode_vraagt_tot(self):
        with pytest.raises(ri.ValidationError, match="tot"):
            list(Ziekteperiode(eerste_dag=X).percentages())
        assert len(list(Ziekteperiode(eerste_dag=X).percentages(tot=date(2025, 10, 3)))) == 3


class TestVoorbeeld:
    """The seed-000 sample: a teacher who leaves by mutual consent, still half-time sick."""

    def test_geen_valse_bevinding(self):
        """Only the true findings on 1 Aug 2025: evaluation #3 a week late, the end of
        loondoorbetaling (info), and, as practice information, the two gaps in the
        driegesprek rhythm (2 Dec 2024 to 24 Mar 2025; none after 24 Mar). The agreement of
        24 Mar was kept on 28 Apr: no finding. Nothing of the poortwachter after the
        employment ended on 31 Jul 2025."""
        v = voorbeeld("docent-wederzijds-goedvinden")
        bevindingen = ri.toets(v.traject, peildatum=v.peildatum)
        assert [(b.code, b.ernst.value) for b in bevindingen] == [
            ("driegesprek_cadans", "info"),
            ("evaluatie", "waarschuwing"),
            ("driegesprek_cadans", "info"),
            ("einde_loondoorbetaling", "info"),
        ]
        tl = ri.tijdlijn(v.traject, v.peildatum)
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2025, 7, 31)
        assert tl["eerstejaarsevaluatie"].status is Status.VERVALLEN
        assert tl["melding_ziek_uit_dienst"].status is Status.GEHAALD


class TestFrequentVerzuim:
    """The frequent-absence signal: policy, default 3 reports within 12 months."""

    @staticmethod
    def _traject(*eerste_dagen: date, werknemer: str = "W-1") -> ri.Traject:
        return ri.Traject(
            werknemer=werknemer,
            werkgever="WG",
            ziekteperioden=tuple(
                Ziekteperiode(eerste_dag=d, laatste_dag=d + timedelta(days=1)) for d in eerste_dagen
            ),
        )

    def test_standaard_drie_in_twaalf_maanden(self):
        """Reports on 2 Dec 2024, 3 Mar and 1 Dec 2025; on 1 Dec 2025 the window is
        (1 Dec 2024, 1 Dec 2025]: all three count."""
        from reintegratie.analyse import frequent_verzuim

        t = self._traject(date(2024, 12, 2), date(2025, 3, 3), date(2025, 12, 1))
        (signaal,) = frequent_verzuim([t], date(2025, 12, 1))
        assert signaal.aantal == 3
        assert signaal.vanaf == date(2024, 12, 1)
        # One day later, 2 Dec 2024 is on the window's open edge and drops out.
        assert frequent_verzuim([t], date(2025, 12, 2)) == ()

    def test_samengetelde_perioden_tellen_elk(self):
        """Three periods with 27 fit days between them are one case, but three reports."""
        from reintegratie.analyse import frequent_verzuim

        # Sick 6-7 Jan; fit 8 Jan .. 3 Feb (27 days); sick 4-5 Feb; fit 6 Feb .. 4 Mar (27
        # days); sick from 5 Mar.
        t = self._traject(date(2025, 1, 6), date(2025, 2, 4), date(2025, 3, 5))
        assert len(t.ziektegevallen) == 1
        assert frequent_verzuim([t], date(2025, 4, 1))[0].aantal == 3

    def test_configureerbaar(self):
        """meldingen=4 ('more than three times a year'); maanden=3."""
        from reintegratie.analyse import frequent_verzuim

        t = self._traject(date(2025, 1, 6), date(2025, 5, 5), date(2025, 9, 1))
        assert frequent_verzuim([t], date(2025, 10, 1), meldingen=4) == ()
        assert frequent_verzuim([t], date(2025, 10, 1), meldingen=1, maanden=3)[0].meldingen == (
            date(2025, 9, 1),
        )

    def test_per_werknemer_over_trajecten(self):
        """Two trajecten of one employee count together; another employee apart."""
        from reintegratie.analyse import frequent_verzuim

        a = self._traject(date(2025, 1, 6), date(2025, 3, 3))
        b = self._traject(date(2025, 3, 3), date(2025, 6, 2))
        c = self._traject(date(2025, 6, 2), werknemer="W-2")
        (signaal,) = frequent_verzuim([a, b, c], date(2025, 7, 1))
        assert (signaal.werknemer, signaal.aantal) == ("W-1", 3)

    @pytest.mark.parametrize("waarde", [0, -1, True, 2.5])
    def test_ongeldig(self, waarde):
        from reintegratie.analyse import frequent_verzuim

        with pytest.raises(ri.ValidationError, match=r"^meldingen: "):
            frequent_verzuim([], date(2025, 1, 1), meldingen=waarde)
        with pytest.raises(ri.ValidationError, match=r"^maanden: "):
            frequent_verzuim([], date(2025, 1, 1), maanden=waarde)


class TestUitDienstAlsData:
    """Which rules lapse with the employment is data on the rule."""

    def test_afgeleid_van_de_rollen(self):
        """Employer deadlines lapse, employer moments end, the rest stays."""
        per_code = {r.code: ri.regels.uit_dienst_van(r) for r in ri.POORTWACHTER}
        assert per_code["melding_42e_week"] is ri.regels.UitDienst.VERVALT
        assert per_code["einde_loondoorbetaling"] is ri.regels.UitDienst.EINDIGT
        assert per_code["wia_aanvraag"] is ri.regels.UitDienst.LOOPT_DOOR
        assert per_code["einde_wachttijd"] is ri.regels.UitDienst.LOOPT_DOOR

    def test_eigen_keuze(self):
        """A rule set may keep an employer's duty after the end (bij_uit_dienst=LOOPT_DOOR)."""
        regel = ri.Regel(
            code="nazorg_gesprek",
            omschrijving="an exit talk after the end",
            anker=ri.regels.Ziektedag(200),
            bron="policy",
            verantwoordelijk=(ri.Rol.WERKGEVER,),
            bij_uit_dienst=ri.regels.UitDienst.LOOPT_DOOR,
        )
        t = _traject(EindeDienstverband(datum=date(2026, 1, 31)))
        # Sick day 200 = X + 199 = Sat 18 Apr 2026, after the end: still open.
        termijn = ri.tijdlijn(t, regels=(regel,))["nazorg_gesprek"]
        assert (termijn.uiterlijk, termijn.status) == (date(2026, 4, 18), Status.OPEN)
        zonder = attrs.evolve(regel, bij_uit_dienst=None)
        assert ri.tijdlijn(t, regels=(zonder,))["nazorg_gesprek"].status is Status.VERVALLEN

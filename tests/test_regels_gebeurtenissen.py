"""Recorded events that move dates or set statuses (docs/telling.md, "Events that move dates").

The running example is the worked example of README.md: X = Wed 1 Oct 2025, so
PA by Tue 11 Nov 2025, plan by Tue 25 Nov 2025, 42nd-week report by Wed 22 Jul
2026, eerstejaarsevaluatie by Tue 29 Sep 2026, WIA application by Tue 13 Jul
2027 and the end of the wachttijd on Tue 28 Sep 2027. Every expected date is
literal, with its arithmetic in a comment.
"""

from __future__ import annotations

from datetime import date

import pytest

import reintegratie as ri

X = date(2025, 10, 1)
EINDE_WACHTTIJD = date(2027, 9, 28)
CM = ri.Betrokkene(id="CM-1", rollen=frozenset({ri.Rol.CASEMANAGER}), organisatie="WG")


def _traject(
    *gebeurtenissen: ri.Gebeurtenis,
    x: date = X,
    perioden: tuple[ri.Ziekteperiode, ...] | None = None,
    sporen: tuple[ri.Spoor, ...] = (),
) -> ri.Traject:
    return ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=perioden or (ri.Ziekteperiode(eerste_dag=x),),
        gebeurtenissen=tuple(sorted(gebeurtenissen, key=lambda g: g.datum)),
        betrokkenen=(CM,),
        sporen=sporen,
    )


def _plan(dag: date) -> ri.PlanVanAanpak:
    return ri.PlanVanAanpak(datum=dag, casemanager="CM-1", re_integratievisie=True)


class TestLoonsanctie:
    """UWV's loonsanctie extends loondoorbetaling, not the wachttijd (WIA art. 25 lid 9)."""

    def test_52_weeks(self) -> None:
        """52 weeks: einde_loondoorbetaling = 28 Sep 2027 + 364 = Tue 26 Sep 2028."""
        # 28 Sep 2027 + 366 = 28 Sep 2028 (29 Feb 2028 lies between), so + 364 = 26 Sep.
        tl = ri.tijdlijn(_traject(ri.Loonsanctie(datum=date(2027, 9, 13), weken=52)))
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2028, 9, 26)
        assert tl["einde_wachttijd"].uiterlijk == EINDE_WACHTTIJD
        assert "loonsanctie" in tl["einde_loondoorbetaling"].toelichting

    def test_13_weeks(self) -> None:
        """13 weeks: 28 Sep 2027 + 91 = Tue 28 Dec 2027."""
        # Sep 28 + 2 = Sep 30, + 31 = Oct 31 (33), + 30 = Nov 30 (63), + 28 = Dec 28 (91).
        tl = ri.tijdlijn(_traject(ri.Loonsanctie(datum=date(2027, 9, 13), weken=13)))
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2027, 12, 28)

    def test_capped_at_52_weeks(self) -> None:
        """Two sanctions of 30 weeks each extend by at most 52 weeks: 26 Sep 2028."""
        tl = ri.tijdlijn(
            _traject(
                ri.Loonsanctie(datum=date(2027, 7, 1), weken=30),
                ri.Loonsanctie(datum=date(2027, 8, 2), weken=30),
            )
        )
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2028, 9, 26)

    def test_53_weeks_rejected(self) -> None:
        """A single sanction of more than 52 weeks is invalid."""
        with pytest.raises(ri.ValidationError):
            ri.Loonsanctie(datum=date(2027, 9, 13), weken=53)

    def test_ignored_after_peildatum(self) -> None:
        """A sanction decided after the peildatum does not count yet."""
        traject = _traject(ri.Loonsanctie(datum=date(2027, 9, 13), weken=52))
        tl = ri.tijdlijn(traject, date(2027, 9, 12))
        assert tl["einde_loondoorbetaling"].uiterlijk == EINDE_WACHTTIJD


class TestBekorting:
    """A granted bekortingsverzoek ends the sanction 6 weeks (42 days) after UWV's decision."""

    def test_ends_42_days_after_decision(self) -> None:
        """Decision Tue 1 Feb 2028: the sanction ends 1 Feb + 42 = Tue 14 Mar 2028."""
        # Feb 1 + 28 = Feb 29 (2028 is a leap year), + 14 = Mar 14.
        tl = ri.tijdlijn(
            _traject(
                ri.Loonsanctie(datum=date(2027, 9, 13), weken=52),
                ri.Bekorting(datum=date(2028, 2, 1)),
            )
        )
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2028, 3, 14)
        assert tl["einde_wachttijd"].uiterlijk == EINDE_WACHTTIJD

    def test_never_before_einde_wachttijd(self) -> None:
        """Decision 14 Jul 2027 + 42 = 25 Aug 2027 is before the end: 28 Sep 2027 stands."""
        # Jul 14 + 17 = Jul 31, + 25 = Aug 25 (42).
        tl = ri.tijdlijn(
            _traject(
                ri.Loonsanctie(datum=date(2027, 7, 1), weken=52),
                ri.Bekorting(datum=date(2027, 7, 14)),
            )
        )
        assert tl["einde_loondoorbetaling"].uiterlijk == EINDE_WACHTTIJD

    def test_never_lengthens(self) -> None:
        """A bekorting whose 6 weeks run past the sanction's own end changes nothing."""
        # 13-week sanction ends 28 Dec 2027; a decision on 20 Dec 2027 + 42 = 31 Jan 2028
        # is later, so the sanction still ends 28 Dec 2027.
        tl = ri.tijdlijn(
            _traject(
                ri.Loonsanctie(datum=date(2027, 9, 13), weken=13),
                ri.Bekorting(datum=date(2027, 12, 20)),
            )
        )
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2027, 12, 28)

    def test_without_sanction(self) -> None:
        """A bekorting without a sanction moves nothing."""
        tl = ri.tijdlijn(_traject(ri.Bekorting(datum=date(2027, 10, 1))))
        assert tl["einde_loondoorbetaling"].uiterlijk == EINDE_WACHTTIJD


class TestVrijwilligeVerlenging:
    """A vrijwillige verlenging moves the end of the wachttijd and what hangs on it (WIA 24)."""

    @pytest.fixture
    def tl(self) -> ri.Tijdlijn:
        return ri.tijdlijn(_traject(ri.VrijwilligeVerlenging(datum=date(2027, 6, 1), weken=26)))

    def test_einde_wachttijd(self, tl: ri.Tijdlijn) -> None:
        """26 weeks = 182 days: 28 Sep 2027 + 182 = Tue 28 Mar 2028."""
        # Sep 28 + 91 = Dec 28; Dec 28 + 3 = Dec 31, + 31 = Jan 31 (34), + 29 = Feb 29 (63),
        # + 28 = Mar 28 (91).
        assert tl["einde_wachttijd"].uiterlijk == date(2028, 3, 28)

    def test_wia_aanvraag_moves(self, tl: ri.Tijdlijn) -> None:
        """WIA application: 28 Mar 2028 - 77 = Tue 11 Jan 2028."""
        # Mar 28 - 28 = Feb 29, - 29 = Jan 31 (57), - 20 = Jan 11 (77).
        assert tl["wia_aanvraag"].uiterlijk == date(2028, 1, 11)

    def test_re_integratieverslag_moves(self, tl: ri.Tijdlijn) -> None:
        """Re-integratieverslag: 29 Jun 2027 + 182 = Tue 28 Dec 2027."""
        # Jun 29 + 1 = Jun 30, + 31 = Jul 31 (32), + 31 = Aug 31 (63), + 30 = Sep 30 (93),
        # + 31 = Oct 31 (124), + 30 = Nov 30 (154), + 28 = Dec 28 (182).
        assert tl["re_integratieverslag"].uiterlijk == date(2027, 12, 28)

    def test_uwv_brief_moves(self, tl: ri.Tijdlijn) -> None:
        """UWV's letter after 88 weeks (sick day 617 = X+616 = Wed 9 Jun 2027) + 182 days =
        Wed 8 Dec 2027."""
        # Jun 9 + 21 = Jun 30, + 31 = Jul 31 (52), + 31 = Aug 31 (83), + 30 = Sep 30 (113),
        # + 31 = Oct 31 (144), + 30 = Nov 30 (174), + 8 = Dec 8 (182).
        assert tl["uwv_brief_wia"].uiterlijk == date(2027, 12, 8)

    def test_einde_loondoorbetaling_moves(self, tl: ri.Tijdlijn) -> None:
        """Loondoorbetaling runs to the extended end: 28 Mar 2028."""
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2028, 3, 28)

    def test_first_year_unchanged(self, tl: ri.Tijdlijn) -> None:
        """Milestones of the first year do not move: 42nd week still Wed 22 Jul 2026."""
        assert tl["melding_42e_week"].uiterlijk == date(2026, 7, 22)
        assert tl["eerstejaarsevaluatie"].uiterlijk == date(2026, 9, 29)


class TestMelding42eWeekTeLaat:
    """A late 42nd-week report is a fine only since Stb. 2008, 414 ("ter vervanging van de
    huidige loondoorbetalingsverplichting"): neither loondoorbetaling nor the wachttijd
    moves."""

    def test_twelve_days_late(self) -> None:
        """Due Wed 22 Jul 2026, reported Mon 3 Aug 2026: 12 days late, nothing extended."""
        # Jul 22 + 9 = Jul 31, + 3 = Aug 3: 12 days.
        tl = ri.tijdlijn(_traject(ri.Melding42eWeek(datum=date(2026, 8, 3))))
        t = tl["melding_42e_week"]
        assert t.status is ri.Status.TE_LAAT
        assert t.afgerond_op == date(2026, 8, 3)
        assert t.dagen_te_laat == 12
        assert tl["einde_loondoorbetaling"].uiterlijk == EINDE_WACHTTIJD
        assert tl["einde_loondoorbetaling"].toelichting == ""
        assert tl["einde_wachttijd"].uiterlijk == EINDE_WACHTTIJD
        assert tl["wia_aanvraag"].uiterlijk == date(2027, 7, 13)

    def test_one_day_late(self) -> None:
        """Reported Thu 23 Jul 2026: 1 day late, loondoorbetaling still ends 28 Sep 2027."""
        tl = ri.tijdlijn(_traject(ri.Melding42eWeek(datum=date(2026, 7, 23))))
        assert tl["melding_42e_week"].dagen_te_laat == 1
        assert tl["einde_loondoorbetaling"].uiterlijk == EINDE_WACHTTIJD

    def test_on_time(self) -> None:
        """Reported on the due date itself: GEHAALD, nothing extended."""
        tl = ri.tijdlijn(_traject(ri.Melding42eWeek(datum=date(2026, 7, 22))))
        assert tl["melding_42e_week"].status is ri.Status.GEHAALD
        assert tl["melding_42e_week"].dagen_te_laat is None
        assert tl["einde_loondoorbetaling"].uiterlijk == EINDE_WACHTTIJD

    def test_days_late_counted_from_shifted_date(self) -> None:
        """X = Sat 4 Oct 2025: due Mon 27 Jul 2026 (not Sat 25); Wed 29 Jul is 2 days late
        (the werkdag of ZW art. 38 lid 1)."""
        # einde_wachttijd X+727 = 28 Sep 2027 + 3 = Fri 1 Oct 2027.
        x = date(2025, 10, 4)
        op_tijd = ri.tijdlijn(_traject(ri.Melding42eWeek(datum=date(2026, 7, 27)), x=x))
        assert op_tijd["melding_42e_week"].status is ri.Status.GEHAALD
        laat = ri.tijdlijn(_traject(ri.Melding42eWeek(datum=date(2026, 7, 29)), x=x))
        assert laat["melding_42e_week"].dagen_te_laat == 2
        assert laat["einde_loondoorbetaling"].uiterlijk == date(2027, 10, 1)
        assert laat["einde_wachttijd"].uiterlijk == date(2027, 10, 1)

    def test_early_report_is_on_time(self) -> None:
        """A report before sick day 295 is on time."""
        tl = ri.tijdlijn(_traject(ri.Melding42eWeek(datum=date(2026, 6, 1))))
        assert tl["melding_42e_week"].status is ri.Status.GEHAALD

    def test_before_the_42nd_week_regime(self) -> None:
        """X = Tue 1 Jan 2008: sick day 295 is Tue 21 Oct 2008, before the 42nd-week report
        existed (1 Nov 2008, Stb. 2008, 414/415): outside every known regime, an error."""
        # Jan 1 + 294 days in a leap year: Jan 1 + 293 = Oct 20 (day of year 294), so Oct 21.
        with pytest.raises(ri.RuleSetError, match="melding_42e_week"):
            ri.tijdlijn(_traject(x=date(2008, 1, 1)))

    def test_first_case_of_the_regime(self) -> None:
        """X = Wed 16 Jan 2008: sick day 295 is Wed 5 Nov 2008, in the new regime."""
        # Jan 16 + 294: Jan 16 + 15 = Jan 31, + 29 = Feb 29 (44), + 31 = Mar 31 (75),
        # + 30 = Apr 30 (105), + 31 = May 31 (136), + 30 = Jun 30 (166), + 31 = Jul 31 (197),
        # + 31 = Aug 31 (228), + 30 = Sep 30 (258), + 31 = Oct 31 (289), + 5 = Nov 5 (294).
        tl = ri.tijdlijn(_traject(x=date(2008, 1, 16)))
        assert tl["melding_42e_week"].uiterlijk == date(2008, 11, 5)


class TestWiaAanvraagTeLaat:
    """A late WIA application extends loondoorbetaling by the delay (BW 7:629 lid 11 a)."""

    def test_ten_days_late(self) -> None:
        """Due Tue 13 Jul 2027, applied Fri 23 Jul 2027: +10 days, to Fri 8 Oct 2027."""
        tl = ri.tijdlijn(_traject(ri.WiaAanvraag(datum=date(2027, 7, 23))))
        assert tl["wia_aanvraag"].status is ri.Status.TE_LAAT
        assert tl["wia_aanvraag"].dagen_te_laat == 10
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2027, 10, 8)
        assert tl["einde_wachttijd"].uiterlijk == EINDE_WACHTTIJD

    def test_on_time(self) -> None:
        """Applied on 13 Jul 2027: GEHAALD, no extension."""
        tl = ri.tijdlijn(_traject(ri.WiaAanvraag(datum=date(2027, 7, 13))))
        assert tl["wia_aanvraag"].status is ri.Status.GEHAALD
        assert tl["einde_loondoorbetaling"].uiterlijk == EINDE_WACHTTIJD

    def test_late_report_does_not_add(self) -> None:
        """A 12 days late report and a 10 days late application: only the application
        counts, 28 Sep 2027 + 10 = Fri 8 Oct 2027."""
        tl = ri.tijdlijn(
            _traject(
                ri.Melding42eWeek(datum=date(2026, 8, 3)),
                ri.WiaAanvraag(datum=date(2027, 7, 23)),
            )
        )
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2027, 10, 8)

    def test_late_report_and_sanction(self) -> None:
        """A 12 days late report and a 52-week sanction: the sanction alone, 28 Sep 2027 +
        364 = Tue 26 Sep 2028 (29 Feb 2028 lies between)."""
        tl = ri.tijdlijn(
            _traject(
                ri.Melding42eWeek(datum=date(2026, 8, 3)),
                ri.Loonsanctie(datum=date(2027, 9, 13), weken=52),
            )
        )
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2028, 9, 26)


class TestPlanVanAanpak:
    """The plan is due 14 days after the ACTUAL probleemanalyse (Regeling procesgang art. 4)."""

    def test_from_early_probleemanalyse(self) -> None:
        """PA on Mon 20 Oct 2025: plan due Mon 3 Nov 2025 (Oct 20 + 11 = Oct 31, + 3)."""
        tl = ri.tijdlijn(_traject(ri.Probleemanalyse(datum=date(2025, 10, 20))))
        assert tl["probleemanalyse"].status is ri.Status.GEHAALD
        assert tl["plan_van_aanpak"].uiterlijk == date(2025, 11, 3)

    def test_from_late_probleemanalyse(self) -> None:
        """PA on Mon 1 Dec 2025 (20 days late): plan due Mon 15 Dec 2025."""
        tl = ri.tijdlijn(_traject(ri.Probleemanalyse(datum=date(2025, 12, 1))))
        assert tl["probleemanalyse"].status is ri.Status.TE_LAAT
        assert tl["probleemanalyse"].dagen_te_laat == 20
        assert tl["plan_van_aanpak"].uiterlijk == date(2025, 12, 15)

    def test_from_deadline_without_probleemanalyse(self) -> None:
        """No PA recorded: 14 days after its deadline, Tue 25 Nov 2025."""
        assert ri.tijdlijn(_traject())["plan_van_aanpak"].uiterlijk == date(2025, 11, 25)

    def test_pa_after_peildatum_ignored(self) -> None:
        """A PA recorded after the peildatum does not count: the plan is due 25 Nov."""
        traject = _traject(ri.Probleemanalyse(datum=date(2025, 12, 1)))
        tl = ri.tijdlijn(traject, date(2025, 11, 20))
        assert tl["plan_van_aanpak"].uiterlijk == date(2025, 11, 25)
        assert tl["probleemanalyse"].status is ri.Status.GEMIST

    def test_plan_status(self) -> None:
        """Plan made on 24 Nov 2025: GEHAALD; on 27 Nov 2025: TE_LAAT by 2 days."""
        op_tijd = ri.tijdlijn(_traject(_plan(date(2025, 11, 24))))
        assert op_tijd["plan_van_aanpak"].status is ri.Status.GEHAALD
        laat = ri.tijdlijn(_traject(_plan(date(2025, 11, 27))))
        assert laat["plan_van_aanpak"].status is ri.Status.TE_LAAT
        assert laat["plan_van_aanpak"].dagen_te_laat == 2


class TestEvaluaties:
    """Evaluations recur every 42 days from the actual plan or the last evaluation."""

    # Plan made Thu 20 Nov 2025 (on time).
    PLAN = _plan(date(2025, 11, 20))

    def test_first_from_actual_plan(self) -> None:
        """Plan 20 Nov 2025: #1 due Thu 1 Jan 2026 (Nov 20 + 10 = Nov 30, + 31, + 1), unshifted."""
        tl = ri.tijdlijn(_traject(self.PLAN))
        evaluaties = tl.alle("evaluatie")
        assert evaluaties[0].uiterlijk == date(2026, 1, 1)
        # Missed ones chain from the due date: 1 Jan + 42 = Thu 12 Feb 2026.
        assert evaluaties[1].uiterlijk == date(2026, 2, 12)

    def test_from_plan_deadline_without_plan(self) -> None:
        """No plan: #1 is due 42 days after the plan deadline: 25 Nov + 42 = 6 Jan 2026."""
        assert ri.tijdlijn(_traject())["evaluatie"].uiterlijk == date(2026, 1, 6)

    def test_chain_from_last_evaluation(self) -> None:
        """Evaluated Mon 22 Dec 2025: #2 due 22 Dec + 42 = Mon 2 Feb 2026."""
        # Dec 22 + 9 = Dec 31, + 31 = Jan 31 (40), + 2 = Feb 2 (42).
        tl = ri.tijdlijn(_traject(self.PLAN, ri.Evaluatie(datum=date(2025, 12, 22))))
        eerste, tweede = tl.alle("evaluatie")[:2]
        assert eerste.status is ri.Status.GEHAALD
        assert eerste.afgerond_op == date(2025, 12, 22)
        assert tweede.uiterlijk == date(2026, 2, 2)
        assert tweede.volgnummer == 2

    def test_late_evaluation_resets_chain(self) -> None:
        """#2 done late on Tue 10 Feb 2026: #3 due 10 Feb + 42 = Tue 24 Mar 2026."""
        # Feb 10 + 18 = Feb 28, + 24 = Mar 24 (42). Then 24 Mar + 42 = Tue 5 May 2026
        # (Mar 24 + 7 = Mar 31, + 30 = Apr 30, + 5).
        tl = ri.tijdlijn(
            _traject(
                self.PLAN,
                ri.Evaluatie(datum=date(2025, 12, 22)),
                ri.Evaluatie(datum=date(2026, 2, 10)),
            )
        )
        evaluaties = tl.alle("evaluatie")
        assert evaluaties[1].status is ri.Status.TE_LAAT
        assert evaluaties[1].dagen_te_laat == 8
        assert evaluaties[2].uiterlijk == date(2026, 3, 24)
        assert evaluaties[3].uiterlijk == date(2026, 5, 5)

    def test_gemist_only_after_date(self) -> None:
        """#3 due 24 Mar 2026 is OPEN on 24 Mar and GEMIST from 25 Mar."""
        traject = _traject(
            self.PLAN,
            ri.Evaluatie(datum=date(2025, 12, 22)),
            ri.Evaluatie(datum=date(2026, 2, 10)),
        )
        zonder = ri.tijdlijn(traject).alle("evaluatie")[2]
        assert zonder.status is ri.Status.OPEN
        op_dag = ri.tijdlijn(traject, date(2026, 3, 24)).alle("evaluatie")[2]
        assert op_dag.status is ri.Status.OPEN
        na = ri.tijdlijn(traject, date(2026, 3, 25)).alle("evaluatie")
        assert na[2].status is ri.Status.GEMIST
        assert na[3].status is ri.Status.OPEN

    def test_getitem_gives_first_not_done(self) -> None:
        """tl["evaluatie"] is the first evaluation not yet completed."""
        traject = _traject(self.PLAN, ri.Evaluatie(datum=date(2025, 12, 22)))
        t = ri.tijdlijn(traject)["evaluatie"]
        assert t.volgnummer == 2
        assert t.uiterlijk == date(2026, 2, 2)

    def test_evaluation_after_peildatum_ignored(self) -> None:
        """An evaluation recorded after the peildatum does not complete #1 yet."""
        traject = _traject(self.PLAN, ri.Evaluatie(datum=date(2025, 12, 22)))
        tl = ri.tijdlijn(traject, date(2025, 12, 21))
        assert tl.alle("evaluatie")[0].status is ri.Status.OPEN
        assert tl.alle("evaluatie")[0].afgerond_op is None


class TestEerstejaarsevaluatie:
    """The eerstejaarsevaluatie window: sick day 316 to 364 (UWV guidance)."""

    def test_in_window(self) -> None:
        """Held Tue 1 Sep 2026 (inside 12 Aug .. 29 Sep): GEHAALD."""
        tl = ri.tijdlijn(_traject(ri.Eerstejaarsevaluatie(datum=date(2026, 9, 1))))
        t = tl["eerstejaarsevaluatie"]
        assert t.status is ri.Status.GEHAALD
        assert (t.vanaf, t.uiterlijk) == (date(2026, 8, 12), date(2026, 9, 29))

    def test_after_window(self) -> None:
        """Held Mon 5 Oct 2026: TE_LAAT by 6 days (Sep 29 + 1 = Sep 30, + 5)."""
        tl = ri.tijdlijn(_traject(ri.Eerstejaarsevaluatie(datum=date(2026, 10, 5))))
        assert tl["eerstejaarsevaluatie"].status is ri.Status.TE_LAAT
        assert tl["eerstejaarsevaluatie"].dagen_te_laat == 6

    def test_gemist(self) -> None:
        """Not held by peildatum Wed 30 Sep 2026: GEMIST."""
        tl = ri.tijdlijn(_traject(), date(2026, 9, 30))
        assert tl["eerstejaarsevaluatie"].status is ri.Status.GEMIST


class TestSpoor2:
    """Spoor 2 is due by the eerstejaarsevaluatie unless spoor 1 succeeded (BW 7:658a)."""

    def test_not_applicable_after_spoor_1_success(self) -> None:
        """Spoor 1 succeeded on 1 Jun 2026 (before 29 Sep 2026): NIET_VAN_TOEPASSING."""
        spoor1 = ri.Spoor(
            soort=ri.Spoorsoort.SPOOR_1,
            start=date(2025, 12, 1),
            einde=date(2026, 6, 1),
            resultaat=ri.Spoorresultaat.GESLAAGD,
        )
        t = ri.tijdlijn(_traject(sporen=(spoor1,)), date(2026, 10, 1))["spoor_2"]
        assert t.status is ri.Status.NIET_VAN_TOEPASSING
        assert t.toelichting

    def test_failed_spoor_1_still_needs_spoor_2(self) -> None:
        """A spoor 1 that did not succeed leaves spoor 2 due: GEMIST on 1 Oct 2026."""
        spoor1 = ri.Spoor(
            soort=ri.Spoorsoort.SPOOR_1,
            start=date(2025, 12, 1),
            einde=date(2026, 6, 1),
            resultaat=ri.Spoorresultaat.NIET_GESLAAGD,
        )
        # Due 6 weeks after the eerstejaarsevaluatie deadline: Sep 29 + 42 = Tue 10 Nov 2026.
        assert ri.tijdlijn(_traject(sporen=(spoor1,)), date(2026, 11, 10))["spoor_2"].status is (
            ri.Status.OPEN
        )
        t = ri.tijdlijn(_traject(sporen=(spoor1,)), date(2026, 11, 11))["spoor_2"]
        assert t.status is ri.Status.GEMIST
        assert t.uiterlijk == date(2026, 11, 10)

    def test_not_applicable_with_prospect_of_return(self) -> None:
        """The eerstejaarsevaluatie of 1 Sep 2026 leaves spoor 2 out with a concrete prospect
        of return within 3 months: NIET_VAN_TOEPASSING."""
        eje = ri.Eerstejaarsevaluatie(
            datum=date(2026, 9, 1), spoor_2_nodig=False, concreet_zicht_op_terugkeer=True
        )
        t = ri.tijdlijn(_traject(eje), date(2026, 12, 1))["spoor_2"]
        assert t.status is ri.Status.NIET_VAN_TOEPASSING

    def test_not_needed_without_prospect_still_due(self) -> None:
        """'Not needed' without a concrete prospect of return is no ground: spoor 2 stays
        due, 1 Sep 2026 + 42 = Tue 13 Oct 2026."""
        eje = ri.Eerstejaarsevaluatie(datum=date(2026, 9, 1), spoor_2_nodig=False)
        t = ri.tijdlijn(_traject(eje), date(2026, 12, 1))["spoor_2"]
        assert t.status is ri.Status.GEMIST
        assert t.uiterlijk == date(2026, 10, 13)

    def test_due_six_weeks_after_actual_eerstejaarsevaluatie(self) -> None:
        """Evaluation held Tue 1 Sep 2026: spoor 2 due at the latest Tue 13 Oct 2026."""
        # Sep 1 + 29 = Sep 30, + 13 = Oct 13 (42).
        traject = _traject(ri.Eerstejaarsevaluatie(datum=date(2026, 9, 1), spoor_2_nodig=True))
        assert ri.tijdlijn(traject)["spoor_2"].uiterlijk == date(2026, 10, 13)

    def test_earlier_when_no_prospect_of_return(self) -> None:
        """An arbeidsdeskundig onderzoek of Mon 1 Jun 2026 finding no prospect of structural
        return makes spoor 2 due that day; one finding return possible changes nothing."""
        geen = ri.ArbeidsdeskundigOnderzoek(
            datum=date(2026, 6, 1), structurele_terugkeer_mogelijk=False
        )
        assert ri.tijdlijn(_traject(geen))["spoor_2"].uiterlijk == date(2026, 6, 1)
        wel = ri.ArbeidsdeskundigOnderzoek(
            datum=date(2026, 6, 1), structurele_terugkeer_mogelijk=True
        )
        assert ri.tijdlijn(_traject(wel))["spoor_2"].uiterlijk == date(2026, 11, 10)

    def test_started_on_time(self) -> None:
        """Spoor 2 starting on 1 Sep 2026 with the evaluation: GEHAALD."""
        spoor2 = ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 9, 1))
        traject = _traject(
            ri.Eerstejaarsevaluatie(datum=date(2026, 9, 1), spoor_2_nodig=True), sporen=(spoor2,)
        )
        t = ri.tijdlijn(traject)["spoor_2"]
        assert t.status is ri.Status.GEHAALD
        assert t.afgerond_op == date(2026, 9, 1)

    def test_started_late(self) -> None:
        """Spoor 2 starting Tue 27 Oct 2026, two weeks after 13 Oct 2026: TE_LAAT (14)."""
        spoor2 = ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 10, 27))
        traject = _traject(
            ri.Eerstejaarsevaluatie(datum=date(2026, 9, 1), spoor_2_nodig=True), sporen=(spoor2,)
        )
        t = ri.tijdlijn(traject)["spoor_2"]
        assert t.status is ri.Status.TE_LAAT
        assert t.dagen_te_laat == 14

    def test_started_early(self) -> None:
        """Spoor 2 from 1 Jun 2026, before the evaluation: GEHAALD."""
        spoor2 = ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 6, 1))
        assert ri.tijdlijn(_traject(sporen=(spoor2,)))["spoor_2"].status is ri.Status.GEHAALD


class TestStatussen:
    """Statuses of single deadlines against the peildatum."""

    def test_open_on_due_date(self) -> None:
        """On the PA deadline itself (11 Nov 2025) the PA is still OPEN."""
        assert ri.tijdlijn(_traject(), date(2025, 11, 11))["probleemanalyse"].status is (
            ri.Status.OPEN
        )

    def test_gemist_day_after(self) -> None:
        """On 12 Nov 2025 it is GEMIST."""
        assert ri.tijdlijn(_traject(), date(2025, 11, 12))["probleemanalyse"].status is (
            ri.Status.GEMIST
        )

    def test_done_before_peildatum(self) -> None:
        """Done on 5 Nov 2025: GEHAALD with its date."""
        tl = ri.tijdlijn(_traject(ri.Probleemanalyse(datum=date(2025, 11, 5))), date(2026, 1, 1))
        assert tl["probleemanalyse"].status is ri.Status.GEHAALD
        assert tl["probleemanalyse"].afgerond_op == date(2025, 11, 5)

    def test_peildatum_kept(self) -> None:
        """The Tijdlijn records its peildatum."""
        assert ri.tijdlijn(_traject(), date(2026, 1, 1)).peildatum == date(2026, 1, 1)

    def test_bad_peildatum(self) -> None:
        """A peildatum that is not a date is a ValidationError."""
        with pytest.raises(ri.ValidationError):
            ri.tijdlijn(_traject(), "2026-01-01")  # type: ignore[arg-type]


class TestPlanVanAanpakEnMogelijkheden:
    """No plan van aanpak while the bedrijfsarts finds no benutbare mogelijkheden."""

    def test_not_due_without_possibilities(self) -> None:
        """PA on Tue 4 Nov 2025 finds none: the plan (due 18 Nov) does not apply."""
        pa = ri.Probleemanalyse(datum=date(2025, 11, 4), benutbare_mogelijkheden=False)
        t = ri.tijdlijn(_traject(pa), date(2026, 1, 1))["plan_van_aanpak"]
        assert t.status is ri.Status.NIET_VAN_TOEPASSING
        assert "benutbare mogelijkheden" in t.toelichting

    def test_due_again_when_possibilities_return(self) -> None:
        """None on 4 Nov 2025, possibilities found again on Mon 2 Feb 2026: the plan is due
        14 days later, Mon 16 Feb 2026."""
        geen = ri.Probleemanalyse(datum=date(2025, 11, 4), benutbare_mogelijkheden=False)
        weer = ri.Probleemanalyse(datum=date(2026, 2, 2))
        t = ri.tijdlijn(_traject(geen, weer), date(2026, 2, 17))["plan_van_aanpak"]
        assert t.uiterlijk == date(2026, 2, 16)
        assert t.status is ri.Status.GEMIST
        # The probleemanalyse itself was done on time by the first one.
        assert ri.tijdlijn(_traject(geen, weer))["probleemanalyse"].afgerond_op == date(2025, 11, 4)

    def test_possibilities_lost_before_due_date(self) -> None:
        """Possibilities on 4 Nov 2025, none from Mon 10 Nov (before the plan's 18 Nov):
        the plan does not apply while that finding stands."""
        pa = ri.Probleemanalyse(datum=date(2025, 11, 4))
        geen = ri.Probleemanalyse(datum=date(2025, 11, 10), benutbare_mogelijkheden=False)
        t = ri.tijdlijn(_traject(pa, geen), date(2026, 1, 1))["plan_van_aanpak"]
        assert t.status is ri.Status.NIET_VAN_TOEPASSING


class TestProbleemanalyseOnverwijld:
    """Long absence expected only after week 6: the analysis is due at once (Regeling
    procesgang art. 2 lid 3), anchored on the day that became clear."""

    def test_clear_after_week_6(self) -> None:
        """Expected on Mon 1 Dec 2025 (after Tue 11 Nov): the PA is due Mon 1 Dec 2025, the
        plan 14 days later, Mon 15 Dec 2025."""
        feit = ri.DreigendLangdurigVerzuim(datum=date(2025, 12, 1))
        tl = ri.tijdlijn(_traject(feit))
        assert tl["probleemanalyse"].uiterlijk == date(2025, 12, 1)
        assert tl["plan_van_aanpak"].uiterlijk == date(2025, 12, 15)

    def test_clear_before_week_6(self) -> None:
        """Expected on Mon 20 Oct 2025, within week 6: the end of week 6 stands (11 Nov)."""
        feit = ri.DreigendLangdurigVerzuim(datum=date(2025, 10, 20))
        assert ri.tijdlijn(_traject(feit))["probleemanalyse"].uiterlijk == date(2025, 11, 11)

    def test_clear_on_last_day_of_week_6(self) -> None:
        """Expected on Tue 11 Nov 2025 itself: due that day either way."""
        feit = ri.DreigendLangdurigVerzuim(datum=date(2025, 11, 11))
        assert ri.tijdlijn(_traject(feit))["probleemanalyse"].uiterlijk == date(2025, 11, 11)

    def test_late_when_after_the_fact(self) -> None:
        """Expected Mon 1 Dec 2025, analysis Fri 5 Dec 2025: 4 days late."""
        tl = ri.tijdlijn(
            _traject(
                ri.DreigendLangdurigVerzuim(datum=date(2025, 12, 1)),
                ri.Probleemanalyse(datum=date(2025, 12, 5)),
            )
        )
        assert tl["probleemanalyse"].dagen_te_laat == 4


class TestGevallenEnGebeurtenissen:
    """Events belong to the case they fall in."""

    def test_events_of_first_case_stay_there(self) -> None:
        """A PA in the first case (1..9 Oct 2025) does not complete the new case's PA."""
        traject = _traject(
            ri.Probleemanalyse(datum=date(2025, 10, 8)),
            perioden=(
                ri.Ziekteperiode(eerste_dag=X, laatste_dag=date(2025, 10, 9)),
                ri.Ziekteperiode(eerste_dag=date(2025, 11, 7)),
            ),
        )
        eerste, tweede = ri.tijdlijnen(traject)
        assert eerste["probleemanalyse"].status is ri.Status.GEHAALD
        assert tweede["probleemanalyse"].status is ri.Status.OPEN
        # New case X2 = 7 Nov 2025: PA due X2+41 = 18 Dec 2025, plan 1 Jan 2026.
        assert tweede["plan_van_aanpak"].uiterlijk == date(2026, 1, 1)

    def test_event_in_27_day_break_counts(self) -> None:
        """A PA during a 27-day fit break belongs to the combined case."""
        traject = _traject(
            ri.Probleemanalyse(datum=date(2025, 10, 20)),
            perioden=(
                ri.Ziekteperiode(eerste_dag=X, laatste_dag=date(2025, 10, 9)),
                ri.Ziekteperiode(eerste_dag=date(2025, 11, 6)),
            ),
        )
        tl = ri.tijdlijn(traject)
        assert tl["probleemanalyse"].status is ri.Status.GEHAALD
        # Plan due 20 Oct + 14 = Mon 3 Nov 2025.
        assert tl["plan_van_aanpak"].uiterlijk == date(2025, 11, 3)

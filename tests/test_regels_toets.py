"""The compliance check: every finding, its absence, its severity and its legal source.

The running example is the worked example of README.md (X = Wed 1 Oct 2025): PA by
Tue 11 Nov 2025, plan by Tue 25 Nov 2025, 42nd-week report by Wed 22 Jul 2026,
eerstejaarsevaluatie by Tue 29 Sep 2026, re-integratieverslag by Tue 29 Jun
2027, WIA application by Tue 13 Jul 2027, end of the wachttijd Tue 28 Sep 2027.
A "compliant" traject does every step on time; each test breaks one step.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import reintegratie as ri

X = date(2025, 10, 1)
CM = ri.Betrokkene(id="CM-1", rollen=frozenset({ri.Rol.CASEMANAGER}), organisatie="WG")
SPOOR_2 = ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 9, 1))
#: Every visie a plan van aanpak, bijstelling or eerstejaarsevaluatie holds from 1 Jul 2023.
VISIES = {"re_integratievisie": True, "visie_werkgever": True, "visie_werknemer": True}


def _evaluaties(vanaf: date, tot: date, stap: int = 35) -> list[ri.Evaluatie]:
    """Input events: an evaluation every *stap* days after *vanaf*, up to *tot*."""
    uit = []
    dag = vanaf + timedelta(days=stap)
    while dag <= tot:
        uit.append(ri.Evaluatie(datum=dag))
        dag += timedelta(days=stap)
    return uit


def _stappen(**vervang: ri.Gebeurtenis | None) -> dict[str, ri.Gebeurtenis | None]:
    stappen: dict[str, ri.Gebeurtenis | None] = {
        "ziekmelding": ri.Ziekmelding(datum=X),
        "melding_bedrijfsarts": ri.MeldingBedrijfsarts(datum=date(2025, 10, 3)),
        "probleemanalyse": ri.Probleemanalyse(datum=date(2025, 11, 4)),
        "plan_van_aanpak": ri.PlanVanAanpak(datum=date(2025, 11, 18), casemanager="CM-1", **VISIES),
        "melding_42e_week": ri.Melding42eWeek(datum=date(2026, 7, 15)),
        "eerstejaarsevaluatie": ri.Eerstejaarsevaluatie(
            datum=date(2026, 9, 1), spoor_2_nodig=True, **VISIES
        ),
        "re_integratieverslag": ri.ReIntegratieverslag(datum=date(2027, 6, 1)),
        "wia_aanvraag": ri.WiaAanvraag(datum=date(2027, 7, 1)),
    }
    stappen.update(vervang)
    return stappen


def _traject(
    *extra: ri.Gebeurtenis,
    evaluaties: bool = True,
    sporen: tuple[ri.Spoor, ...] = (SPOOR_2,),
    x: date = X,
    **vervang: ri.Gebeurtenis | None,
) -> ri.Traject:
    """A traject that is compliant except for what *vervang* changes (None drops a step)."""
    stappen = _stappen(**vervang) if x == X else dict(vervang)
    gebeurtenissen = [g for g in stappen.values() if g is not None] + list(extra)
    plan = stappen.get("plan_van_aanpak")
    if evaluaties and plan is not None:
        gebeurtenissen += _evaluaties(plan.datum, date(2027, 9, 28))
    return ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=(ri.Ziekteperiode(eerste_dag=x),),
        gebeurtenissen=tuple(sorted(gebeurtenissen, key=lambda g: g.datum)),
        betrokkenen=(CM,),
        sporen=sporen,
    )


def _codes(bevindingen: tuple[ri.Bevinding, ...]) -> list[str]:
    return [b.code for b in bevindingen]


def _een(bevindingen: tuple[ri.Bevinding, ...], code: str) -> ri.Bevinding:
    gevonden = [b for b in bevindingen if b.code == code]
    assert len(gevonden) == 1, bevindingen
    return gevonden[0]


class TestCompliant:
    """A traject that does every step on time yields no findings at all."""

    @pytest.mark.parametrize(
        "peildatum",
        [
            date(2025, 10, 1),
            date(2025, 11, 12),
            date(2025, 11, 26),
            date(2026, 3, 1),
            date(2026, 7, 23),
            date(2026, 9, 30),
            date(2027, 6, 30),
            date(2027, 7, 14),
            date(2027, 9, 29),
            date(2028, 1, 1),
        ],
    )
    def test_no_findings(self, peildatum: date) -> None:
        """No finding on any peildatum."""
        assert ri.toets(_traject(), peildatum) == ()

    def test_peildatum_before_sickness(self) -> None:
        """A peildatum before the first sick day gives nothing."""
        assert ri.toets(_traject(evaluaties=False, sporen=(), x=X), date(2025, 9, 1)) == ()

    def test_no_sickness(self) -> None:
        """A traject without sickness gives nothing."""
        traject = ri.Traject(werknemer="W-1", werkgever="WG")
        assert ri.toets(traject, date(2026, 1, 1)) == ()

    def test_bad_peildatum(self) -> None:
        """A peildatum that is not a date is a ValidationError."""
        with pytest.raises(ri.ValidationError):
            ri.toets(_traject(), "2026-01-01")  # type: ignore[arg-type]


class TestProbleemanalyse:
    """Probleemanalyse by the end of week 6 (Regeling procesgang art. 2)."""

    def test_missing(self) -> None:
        """Not done by peildatum Wed 12 Nov 2025: an OVERTREDING dated 11 Nov 2025."""
        b = _een(ri.toets(_traject(probleemanalyse=None), date(2025, 11, 12)), "probleemanalyse")
        assert b.ernst is ri.Ernst.OVERTREDING
        assert b.datum == date(2025, 11, 11)
        assert "Regeling procesgang" in b.bron
        assert "art. 2" in b.bron
        assert "loonsanctie" in b.gevolg
        assert b.eerste_ziektedag == X

    def test_missing_not_yet_due(self) -> None:
        """On the deadline itself (11 Nov 2025) nothing is reported yet."""
        bevindingen = ri.toets(_traject(probleemanalyse=None), date(2025, 11, 11))
        assert "probleemanalyse" not in _codes(bevindingen)

    def test_late(self) -> None:
        """Done Thu 20 Nov 2025: 9 days late (Nov 11 + 9), reported as such."""
        traject = _traject(probleemanalyse=ri.Probleemanalyse(datum=date(2025, 11, 20)))
        b = _een(ri.toets(traject, date(2025, 12, 1)), "probleemanalyse")
        assert b.ernst is ri.Ernst.OVERTREDING
        assert "9 days" in b.melding
        assert b.datum == date(2025, 11, 11)

    def test_late_event_after_peildatum_ignored(self) -> None:
        """PA on 20 Nov 2025 but peildatum 15 Nov: reported as not recorded, not as late."""
        traject = _traject(probleemanalyse=ri.Probleemanalyse(datum=date(2025, 11, 20)))
        b = _een(ri.toets(traject, date(2025, 11, 15)), "probleemanalyse")
        assert "not recorded" in b.melding
        assert "4 days overdue" in b.melding


class TestPlanVanAanpak:
    """Plan van aanpak within 14 days of the PA, naming the casemanager and the visie."""

    def test_missing(self) -> None:
        """No plan by Wed 3 Dec 2025 (PA 4 Nov, plan due 18 Nov): an OVERTREDING."""
        traject = _traject(plan_van_aanpak=None)
        b = _een(ri.toets(traject, date(2025, 12, 3)), "plan_van_aanpak")
        assert b.ernst is ri.Ernst.OVERTREDING
        assert b.datum == date(2025, 11, 18)
        assert "art. 4" in b.bron

    def test_late(self) -> None:
        """Plan on Mon 24 Nov 2025, 6 days after 18 Nov: late."""
        plan = ri.PlanVanAanpak(
            datum=date(2025, 11, 24), casemanager="CM-1", re_integratievisie=True
        )
        b = _een(ri.toets(_traject(plan_van_aanpak=plan), date(2025, 12, 3)), "plan_van_aanpak")
        assert "6 days" in b.melding

    def test_no_casemanager(self) -> None:
        """A plan naming no casemanager: finding plan_van_aanpak_zonder_casemanager."""
        plan = ri.PlanVanAanpak(datum=date(2025, 11, 18), casemanager=None, **VISIES)
        bevindingen = ri.toets(_traject(plan_van_aanpak=plan), date(2025, 12, 3))
        b = _een(bevindingen, "plan_van_aanpak_zonder_casemanager")
        assert b.ernst is ri.Ernst.OVERTREDING
        assert b.datum == date(2025, 11, 18)
        assert "casemanager" in b.melding
        assert "art. 4" in b.bron
        assert "plan_van_aanpak_zonder_visie" not in _codes(bevindingen)

    def test_no_visie(self) -> None:
        """A 2025 plan without any visie: plan_van_aanpak_zonder_visie naming all three
        (Stcrt. 2023, 13931)."""
        plan = ri.PlanVanAanpak(datum=date(2025, 11, 18), casemanager="CM-1")
        bevindingen = ri.toets(_traject(plan_van_aanpak=plan), date(2025, 12, 3))
        b = _een(bevindingen, "plan_van_aanpak_zonder_visie")
        assert b.ernst is ri.Ernst.OVERTREDING
        assert "bedrijfsarts, werkgever, werknemer" in b.melding
        assert "13931" in b.bron
        assert "plan_van_aanpak_zonder_casemanager" not in _codes(bevindingen)

    def test_only_bedrijfsarts_visie(self) -> None:
        """The bedrijfsarts's visie alone is not enough: werkgever and werknemer lack."""
        plan = ri.PlanVanAanpak(
            datum=date(2025, 11, 18), casemanager="CM-1", re_integratievisie=True
        )
        b = _een(
            ri.toets(_traject(plan_van_aanpak=plan), date(2025, 12, 3)),
            "plan_van_aanpak_zonder_visie",
        )
        assert b.melding.endswith("lacks the visie of: werkgever, werknemer")

    def test_no_visie_needed_spring_2023(self) -> None:
        """X = 1 Mar 2023, plan due 25 Apr 2023: no visie required (before 1 Jul 2023)."""
        x = date(2023, 3, 1)
        traject = _traject(
            probleemanalyse=ri.Probleemanalyse(datum=date(2023, 4, 5)),
            plan_van_aanpak=ri.PlanVanAanpak(datum=date(2023, 4, 19), casemanager="CM-1"),
            evaluaties=False,
            sporen=(),
            x=x,
        )
        bevindingen = ri.toets(traject, date(2023, 5, 1))
        assert "plan_van_aanpak_zonder_visie" not in _codes(bevindingen)
        assert "plan_van_aanpak" not in _codes(bevindingen)

    def test_visie_needed_from_july_2023(self) -> None:
        """X = 1 Jun 2023, plan due 26 Jul 2023: the visie is required."""
        traject = _traject(
            probleemanalyse=ri.Probleemanalyse(datum=date(2023, 7, 5)),
            plan_van_aanpak=ri.PlanVanAanpak(datum=date(2023, 7, 19), casemanager="CM-1"),
            evaluaties=False,
            sporen=(),
            x=date(2023, 6, 1),
        )
        bevindingen = ri.toets(traject, date(2023, 8, 1))
        assert "plan_van_aanpak_zonder_visie" in _codes(bevindingen)

    def test_plan_after_peildatum_ignored(self) -> None:
        """A plan without casemanager made after the peildatum is not judged yet."""
        plan = ri.PlanVanAanpak(datum=date(2025, 11, 18), casemanager=None)
        bevindingen = ri.toets(_traject(plan_van_aanpak=plan), date(2025, 11, 17))
        assert bevindingen == ()


class TestEvaluatie:
    """Evaluations at least every 6 weeks (WIA art. 25 lid 2; UWV)."""

    def test_gap_over_six_weeks(self) -> None:
        """Plan 18 Nov 2025, no evaluation: due Tue 30 Dec 2025, reported from 31 Dec."""
        # Nov 18 + 12 = Nov 30, + 30 = Dec 30 (42).
        traject = _traject(evaluaties=False)
        b = _een(ri.toets(traject, date(2025, 12, 31)), "evaluatie")
        assert b.ernst is ri.Ernst.WAARSCHUWING
        assert b.datum == date(2025, 12, 30)
        assert "WIA art. 25 lid 2" in b.bron
        assert "#1" in b.melding

    def test_not_yet_on_due_date(self) -> None:
        """On 30 Dec 2025 itself there is no evaluation finding."""
        assert "evaluatie" not in _codes(ri.toets(_traject(evaluaties=False), date(2025, 12, 30)))

    def test_each_missed_evaluation(self) -> None:
        """By 11 Feb 2026 two are missed: 30 Dec 2025 and 30 Dec + 42 = Tue 10 Feb 2026."""
        # Dec 30 + 1 = Dec 31, + 31 = Jan 31 (32), + 10 = Feb 10 (42).
        bevindingen = ri.toets(_traject(evaluaties=False), date(2026, 2, 11))
        datums = [b.datum for b in bevindingen if b.code == "evaluatie"]
        assert datums == [date(2025, 12, 30), date(2026, 2, 10)]

    def test_late_evaluation(self) -> None:
        """Evaluated on Mon 5 Jan 2026, 6 days after 30 Dec 2025: a late warning."""
        traject = _traject(ri.Evaluatie(datum=date(2026, 1, 5)), evaluaties=False)
        b = _een(ri.toets(traject, date(2026, 1, 20)), "evaluatie")
        assert b.ernst is ri.Ernst.WAARSCHUWING
        assert "6 days" in b.melding


class TestMelding42eWeek:
    """The 42nd-week report to UWV (ZW art. 38 lid 1)."""

    def test_late_names_days(self) -> None:
        """Reported Mon 3 Aug 2026, 12 days after Wed 22 Jul 2026: the EUR 230 step of the
        fine (7 to 27 days, Boetebesluit art. 2c), and no extension (Stb. 2008, 414)."""
        traject = _traject(melding_42e_week=ri.Melding42eWeek(datum=date(2026, 8, 3)))
        b = _een(ri.toets(traject, date(2026, 8, 10)), "melding_42e_week")
        assert b.ernst is ri.Ernst.OVERTREDING
        assert b.datum == date(2026, 7, 22)
        assert "12 days" in b.melding
        assert "EUR 230" in b.gevolg
        assert "late by 12 days" in b.gevolg
        assert "not extended" in b.gevolg
        assert "ZW art. 38" in b.bron

    @pytest.mark.parametrize(
        ("gemeld", "dagen", "bedrag"),
        [
            (date(2026, 7, 23), 1, "EUR 70"),  # 22 Jul + 1
            (date(2026, 7, 28), 6, "EUR 70"),  # 22 Jul + 6: still under 7 days
            (date(2026, 7, 29), 7, "EUR 230"),  # 22 Jul + 7
            (date(2026, 8, 18), 27, "EUR 230"),  # 22 Jul + 9 = 31 Jul, + 18 = 18 Aug (27)
            (date(2026, 8, 19), 28, "EUR 455"),  # 28 days
        ],
    )
    def test_fine_steps(self, gemeld: date, dagen: int, bedrag: str) -> None:
        """The fine by days late, at the edges of each step (1, 6 / 7, 27 / 28 days)."""
        traject = _traject(melding_42e_week=ri.Melding42eWeek(datum=gemeld))
        b = _een(ri.toets(traject, date(2026, 9, 1)), "melding_42e_week")
        assert f"{dagen} days after" in b.melding
        assert bedrag in b.gevolg

    def test_fine_before_2017_graded(self) -> None:
        """X = Wed 1 Oct 2014: due Wed 22 Jul 2015 (X + 294, a working day), reported 12
        days late: EUR 230. The fine has been graded by days late since Stb. 2008, 429
        (1 Nov 2008), not only since the Beleidsregel of 1 Apr 2017."""
        # Oct 1 2014 + 294: + 92 = Jan 1 2015, + 202 = Jul 22 2015.
        x = date(2014, 10, 1)
        traject = _traject(
            ri.Melding42eWeek(datum=date(2015, 8, 3)), evaluaties=False, sporen=(), x=x
        )
        b = _een(ri.toets(traject, date(2015, 8, 10)), "melding_42e_week")
        assert b.datum == date(2015, 7, 22)
        assert "late by 12 days" in b.gevolg
        assert "EUR 230" in b.gevolg
        assert "Beleidsregel" not in b.gevolg
        assert "Stb. 2008, 429" in b.gevolg

    @pytest.mark.parametrize(
        ("x", "uiterlijk", "gemeld", "beleidsregel"),
        [
            # 10 Jun 2016 + 294 = Fri 31 Mar 2017: the day before the Beleidsregel.
            (date(2016, 6, 10), date(2017, 3, 31), date(2017, 4, 3), False),
            # 13 Jun 2016 + 294 = Mon 3 Apr 2017: the first working day under it.
            (date(2016, 6, 13), date(2017, 4, 3), date(2017, 4, 6), True),
        ],
    )
    def test_fine_beleidsregel_by_due_date(
        self, x: date, uiterlijk: date, gemeld: date, beleidsregel: bool
    ) -> None:
        """Reported 3 days late on either side of 1 Apr 2017: EUR 70 both times; the
        Beleidsregel boete werkgevers ZW (halving or waiving) is named only for a report due
        from 1 Apr 2017."""
        traject = _traject(ri.Melding42eWeek(datum=gemeld), evaluaties=False, sporen=(), x=x)
        b = _een(ri.toets(traject, gemeld), "melding_42e_week")
        assert b.datum == uiterlijk
        assert "late by 3 days" in b.gevolg
        assert "EUR 70" in b.gevolg
        assert ("Beleidsregel" in b.gevolg) is beleidsregel

    def test_missing(self) -> None:
        """Not reported by Sat 1 Aug 2026: 10 days overdue so far, the EUR 230 step so far."""
        traject = _traject(melding_42e_week=None)
        b = _een(ri.toets(traject, date(2026, 8, 1)), "melding_42e_week")
        assert "10 days overdue" in b.melding
        assert "late by 10 days so far" in b.gevolg
        assert "EUR 230" in b.gevolg

    def test_not_yet_due(self) -> None:
        """On 22 Jul 2026 nothing is reported."""
        traject = _traject(melding_42e_week=None)
        assert "melding_42e_week" not in _codes(ri.toets(traject, date(2026, 7, 22)))

    def test_shifted_deadline_respected(self) -> None:
        """X = Sat 4 Oct 2025: due Mon 27 Jul 2026, so a report that Monday is on time."""
        traject = _traject(
            ri.Melding42eWeek(datum=date(2026, 7, 27)),
            evaluaties=False,
            sporen=(),
            x=date(2025, 10, 4),
        )
        assert "melding_42e_week" not in _codes(ri.toets(traject, date(2026, 8, 1)))

    def test_no_loondoorbetaling_info(self) -> None:
        """A late report no longer extends loondoorbetaling: no INFO finding on its end."""
        traject = _traject(melding_42e_week=ri.Melding42eWeek(datum=date(2026, 8, 3)))
        assert "einde_loondoorbetaling" not in _codes(ri.toets(traject, date(2027, 10, 15)))


class TestEerstejaarsevaluatie:
    """The eerstejaarsevaluatie by the end of week 52."""

    def test_missing(self) -> None:
        """Not held by Wed 30 Sep 2026: an OVERTREDING dated 29 Sep 2026."""
        traject = _traject(eerstejaarsevaluatie=None)
        b = _een(ri.toets(traject, date(2026, 9, 30)), "eerstejaarsevaluatie")
        assert b.ernst is ri.Ernst.OVERTREDING
        assert b.datum == date(2026, 9, 29)
        assert b.bron

    def test_not_yet_due(self) -> None:
        """On 29 Sep 2026 nothing is reported."""
        traject = _traject(eerstejaarsevaluatie=None)
        assert "eerstejaarsevaluatie" not in _codes(ri.toets(traject, date(2026, 9, 29)))

    def test_not_reported_after_recovery_inside_window(self) -> None:
        """Recovered Thu 20 Aug 2026, inside the window: no eerstejaarsevaluatie finding."""
        # The deadline (29 Sep 2026) falls 40 days after full recovery; nothing is due any
        # more, as for spoor 2 (due the same day), which is not reported either.
        traject = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=X, laatste_dag=date(2026, 8, 20)),),
        )
        codes = _codes(ri.toets(traject, date(2026, 10, 1)))
        assert "spoor_2" not in codes
        assert "eerstejaarsevaluatie" not in codes


class TestSpoor2:
    """Spoor 2 started by the eerstejaarsevaluatie while spoor 1 has not succeeded."""

    def test_not_started(self) -> None:
        """Evaluation Tue 1 Sep 2026, due 6 weeks later, Tue 13 Oct 2026; nothing by 14 Oct:
        a warning (1 day overdue)."""
        # Sep 1 + 29 = Sep 30, + 13 = Oct 13 (42).
        assert "spoor_2" not in _codes(ri.toets(_traject(sporen=()), date(2026, 10, 13)))
        b = _een(ri.toets(_traject(sporen=()), date(2026, 10, 14)), "spoor_2")
        assert b.ernst is ri.Ernst.WAARSCHUWING
        assert b.datum == date(2026, 10, 13)
        assert "BW 7:658a" in b.bron

    def test_overdue_escalates(self) -> None:
        """28 days overdue (Tue 10 Nov 2026) stays a warning; 29 days (Wed 11 Nov) is an
        OVERTREDING: the severity rises with the delay."""
        # Oct 13 + 18 = Oct 31, + 10 = Nov 10 (28), + 1 = Nov 11 (29).
        b = _een(ri.toets(_traject(sporen=()), date(2026, 11, 10)), "spoor_2")
        assert "28 days overdue" in b.melding
        assert b.ernst is ri.Ernst.WAARSCHUWING
        b = _een(ri.toets(_traject(sporen=()), date(2026, 11, 11)), "spoor_2")
        assert "29 days overdue" in b.melding
        assert b.ernst is ri.Ernst.OVERTREDING

    def test_started_late(self) -> None:
        """Spoor 2 from Tue 27 Oct 2026: 14 days after 13 Oct, a warning; from Wed 11 Nov
        2026, 29 days late, an OVERTREDING."""
        spoor = ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 10, 27))
        b = _een(ri.toets(_traject(sporen=(spoor,)), date(2026, 12, 1)), "spoor_2")
        assert b.ernst is ri.Ernst.WAARSCHUWING
        assert "14 days" in b.melding
        spoor = ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 11, 11))
        b = _een(ri.toets(_traject(sporen=(spoor,)), date(2026, 12, 1)), "spoor_2")
        assert b.ernst is ri.Ernst.OVERTREDING
        assert "29 days" in b.melding

    def test_spoor_1_succeeded(self) -> None:
        """Spoor 1 succeeded on 1 Jun 2026: no spoor 2 finding."""
        spoor1 = ri.Spoor(
            soort=ri.Spoorsoort.SPOOR_1,
            start=date(2025, 12, 1),
            einde=date(2026, 6, 1),
            resultaat=ri.Spoorresultaat.GESLAAGD,
        )
        assert "spoor_2" not in _codes(ri.toets(_traject(sporen=(spoor1,)), date(2026, 10, 1)))

    def test_not_needed(self) -> None:
        """Spoor 2 left out with a concrete prospect of return within 3 months: no finding."""
        traject = _traject(
            sporen=(),
            eerstejaarsevaluatie=ri.Eerstejaarsevaluatie(
                datum=date(2026, 9, 1),
                spoor_2_nodig=False,
                concreet_zicht_op_terugkeer=True,
                **VISIES,
            ),
        )
        assert "spoor_2" not in _codes(ri.toets(traject, date(2026, 11, 1)))

    def test_left_out_without_ground(self) -> None:
        """Spoor 2 left out without a concrete prospect of return: still due (13 Oct 2026)
        and a warning on the eerstejaarsevaluatie (UWV Werkwijzer Poortwachter 4.3)."""
        traject = _traject(
            sporen=(),
            eerstejaarsevaluatie=ri.Eerstejaarsevaluatie(
                datum=date(2026, 9, 1), spoor_2_nodig=False, **VISIES
            ),
        )
        bevindingen = ri.toets(traject, date(2026, 11, 1))
        assert _een(bevindingen, "spoor_2").datum == date(2026, 10, 13)
        b = _een(bevindingen, "spoor_2_zonder_grond_overgeslagen")
        assert b.ernst is ri.Ernst.WAARSCHUWING
        assert "3 months" in b.melding

    def test_earlier_without_prospect_of_return(self) -> None:
        """An arbeidsdeskundig onderzoek on Mon 1 Jun 2026 finds no prospect of structural
        return: spoor 2 is due that day, not 6 weeks after the eerstejaarsevaluatie."""
        ad = ri.ArbeidsdeskundigOnderzoek(
            datum=date(2026, 6, 1), structurele_terugkeer_mogelijk=False
        )
        b = _een(ri.toets(_traject(ad, sporen=()), date(2026, 6, 2)), "spoor_2")
        assert b.datum == date(2026, 6, 1)

    def test_spoor_started_after_peildatum_ignored(self) -> None:
        """A spoor 2 starting after the peildatum does not count yet."""
        spoor = ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 10, 15))
        b = _een(ri.toets(_traject(sporen=(spoor,)), date(2026, 10, 14)), "spoor_2")
        assert "not recorded" in b.melding


class TestReIntegratieverslag:
    """The re-integratieverslag by the end of week 91 (WIA art. 25 lid 3)."""

    def test_missing(self) -> None:
        """Not made by Wed 30 Jun 2027: an OVERTREDING dated 29 Jun 2027."""
        traject = _traject(re_integratieverslag=None)
        b = _een(ri.toets(traject, date(2027, 6, 30)), "re_integratieverslag")
        assert b.ernst is ri.Ernst.OVERTREDING
        assert b.datum == date(2027, 6, 29)
        assert "WIA art. 25 lid 3" in b.bron

    def test_incomplete_lists_missing_parts(self) -> None:
        """A report without eindevaluatie and actueel oordeel: re_integratieverslag_onvolledig."""
        delen = frozenset(ri.VerslagOnderdeel) - {
            ri.VerslagOnderdeel.EINDEVALUATIE,
            ri.VerslagOnderdeel.ACTUEEL_OORDEEL,
        }
        verslag = ri.ReIntegratieverslag(datum=date(2027, 6, 1), onderdelen=delen)
        bevindingen = ri.toets(_traject(re_integratieverslag=verslag), date(2027, 6, 30))
        b = _een(bevindingen, "re_integratieverslag_onvolledig")
        assert b.ernst is ri.Ernst.OVERTREDING
        assert "eindevaluatie" in b.melding
        assert "actueel_oordeel" in b.melding
        assert "mening_werknemer" not in b.melding
        assert "WIA art. 25 lid 3" in b.bron
        assert "re_integratieverslag" not in _codes(bevindingen)

    def test_complete(self) -> None:
        """A complete report on time: nothing."""
        bevindingen = ri.toets(_traject(), date(2027, 6, 30))
        assert "re_integratieverslag_onvolledig" not in _codes(bevindingen)


class TestWiaAanvraag:
    """The WIA application 11 weeks before the end of the wachttijd (WIA art. 64)."""

    def test_late(self) -> None:
        """Applied Fri 23 Jul 2027, 10 days after Tue 13 Jul 2027: +10 days."""
        traject = _traject(wia_aanvraag=ri.WiaAanvraag(datum=date(2027, 7, 23)))
        b = _een(ri.toets(traject, date(2027, 8, 1)), "wia_aanvraag")
        assert b.ernst is ri.Ernst.OVERTREDING
        assert b.datum == date(2027, 7, 13)
        assert "+10 days" in b.gevolg
        assert "WIA art. 64" in b.bron

    def test_missing(self) -> None:
        """Not applied by 14 Jul 2027: reported."""
        traject = _traject(wia_aanvraag=None)
        assert "wia_aanvraag" in _codes(ri.toets(traject, date(2027, 7, 14)))


class TestPeildatum:
    """Nothing is reported for deadlines after the peildatum; later events are ignored."""

    def test_nothing_recorded_early_peildatum(self) -> None:
        """With nothing recorded, on 8 Oct 2025 only the ziekmelding and the bedrijfsarts."""
        traject = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=X),),
        )
        bevindingen = ri.toets(traject, date(2025, 10, 8))
        assert _codes(bevindingen) == ["ziekmelding", "melding_bedrijfsarts"]
        assert all(b.ernst is ri.Ernst.WAARSCHUWING for b in bevindingen)

    @pytest.mark.parametrize(
        "peildatum",
        [date(2025, 11, 30), date(2026, 5, 1), date(2026, 10, 1), date(2027, 7, 1)],
    )
    def test_deadline_findings_before_peildatum(self, peildatum: date) -> None:
        """Every non-INFO finding concerns a date before the peildatum."""
        traject = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=X),),
        )
        bevindingen = ri.toets(traject, peildatum)
        assert bevindingen
        assert all(b.datum < peildatum for b in bevindingen if b.ernst is not ri.Ernst.INFO)

    def test_events_after_peildatum_ignored(self) -> None:
        """A compliant traject checked on 12 Nov 2025 with its PA moved to 13 Nov: missing."""
        traject = _traject(probleemanalyse=ri.Probleemanalyse(datum=date(2025, 11, 13)))
        bevindingen = ri.toets(traject, date(2025, 11, 12))
        b = _een(bevindingen, "probleemanalyse")
        assert "not recorded" in b.melding

    def test_findings_in_date_order(self) -> None:
        """Findings come in date order."""
        traject = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=X),),
        )
        datums = [b.datum for b in ri.toets(traject, date(2027, 10, 1))]
        assert datums == sorted(datums)


class TestBronnen:
    """Every finding carries its legal source."""

    @pytest.mark.parametrize(
        ("code", "artikel"),
        [
            ("ziekmelding", "ZW art. 38a"),
            ("melding_bedrijfsarts", "Regeling procesgang"),
            ("probleemanalyse", "Regeling procesgang"),
            ("plan_van_aanpak", "art. 4"),
            ("evaluatie", "WIA art. 25 lid 2"),
            ("melding_42e_week", "ZW art. 38"),
            ("eerstejaarsevaluatie", "Regeling procesgang"),
            ("spoor_2", "BW 7:658a"),
            ("re_integratieverslag", "WIA art. 25 lid 3"),
            ("wia_aanvraag", "WIA art. 64"),
        ],
    )
    def test_source(self, code: str, artikel: str) -> None:
        """With nothing recorded, on 1 Oct 2027 each missed step cites its article."""
        traject = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=X),),
        )
        bevindingen = [b for b in ri.toets(traject, date(2027, 10, 1)) if b.code == code]
        assert bevindingen
        for b in bevindingen:
            assert b.bron
            assert artikel in b.bron
            assert b.melding


class TestMeerdereGevallen:
    """Each case of sickness is checked on its own; lapsed termijnen give nothing."""

    def test_first_case_lapsed(self) -> None:
        """Sick 1..9 Oct 2025, then from Fri 7 Nov 2025: the PA finding is the new case's."""
        traject = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=(
                ri.Ziekteperiode(eerste_dag=X, laatste_dag=date(2025, 10, 9)),
                ri.Ziekteperiode(eerste_dag=date(2025, 11, 7)),
            ),
            gebeurtenissen=(
                ri.Ziekmelding(datum=X),
                ri.MeldingBedrijfsarts(datum=date(2025, 10, 2)),
                ri.Ziekmelding(datum=date(2025, 11, 7)),
                ri.MeldingBedrijfsarts(datum=date(2025, 11, 10)),
            ),
        )
        # New case X2 = 7 Nov 2025: PA due X2+41 = Thu 18 Dec 2025.
        bevindingen = ri.toets(traject, date(2025, 12, 19))
        assert _codes(bevindingen) == ["probleemanalyse"]
        b = bevindingen[0]
        assert b.eerste_ziektedag == date(2025, 11, 7)
        assert b.datum == date(2025, 12, 18)

    def test_recovered_case(self) -> None:
        """Recovered on 20 Jan 2026: on 1 Oct 2027 no finding for anything due later."""
        traject = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=X, laatste_dag=date(2026, 1, 20)),),
        )
        bevindingen = ri.toets(traject, date(2027, 10, 1))
        assert all(b.datum <= date(2026, 1, 20) for b in bevindingen)
        # Evaluation #1 (6 Jan 2026) was due while still sick.
        assert "evaluatie" in _codes(bevindingen)
        assert "melding_42e_week" not in _codes(bevindingen)

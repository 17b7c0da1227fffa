"""The plain builders of reintegratie.testing.factories (issue 6).

Dates that the law sets come from the engine, so these tests check what the
factories record against the timeline, and a few against the README's worked
example (X = Wed 1 Oct 2025: PA by Tue 11 Nov, plan by Tue 25 Nov 2025, 42nd-week
report by Wed 22 Jul 2026, end of the wachttijd Tue 28 Sep 2027).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

import reintegratie as ri
from reintegratie.testing import factories as f
from reintegratie.testing.factories import STANDAARDSTAPPEN, maak_traject, met_stappen

X = date(2025, 10, 1)
LAAT = date(2035, 1, 1)


def _stappen(t: ri.Traject) -> list[ri.Termijn]:
    return [
        termijn for tl in ri.tijdlijnen(t) for termijn in tl if termijn.code in STANDAARDSTAPPEN
    ]


class TestStandaard:
    """The defaults: the worked example's X, still sick, the usual cast, nothing recorded."""

    def test_defaults(self) -> None:
        """X = 1 Oct 2025, one open period, five betrokkenen, no events."""
        t = maak_traject()
        assert t.eerste_ziektedag == X
        assert t.ziekteperioden == (ri.Ziekteperiode(eerste_dag=X),)
        assert [b.id for b in t.betrokkenen] == ["CM-1", "L-1", "BA-1", "AD-1", "RIB-1"]
        assert t.gebeurtenissen == ()
        assert (t.werknemer, t.werkgever) == ("W-001", "WG-1")

    def test_velden_pass_through(self) -> None:
        """Any other Traject field goes through."""
        uitkomst = ri.Uitkomst(soort=ri.Uitkomstsoort.EIGEN_WERK, datum=date(2026, 3, 1))
        assert maak_traject(uitkomsten=(uitkomst,), id="T-9").uitkomsten == (uitkomst,)

    def test_own_events_sorted(self) -> None:
        """Given events are recorded in date order, whatever order they come in."""
        t = maak_traject(
            gebeurtenissen=[
                ri.Probleemanalyse(datum=date(2025, 11, 4)),
                ri.Ziekmelding(datum=X),
            ]
        )
        assert [g.code for g in t.gebeurtenissen] == ["ziekmelding", "probleemanalyse"]

    def test_helpers(self) -> None:
        """maak_ziekteperiode and maak_betrokkenen."""
        assert f.maak_ziekteperiode(X, date(2025, 10, 9)).aantal_dagen == 9
        werkgeverszijde = [b.id for b in f.maak_betrokkenen("WG-9") if b.organisatie == "WG-9"]
        assert werkgeverszijde == ["CM-1", "L-1"]


class TestOpTijd:
    """``op_tijd``: on the engine's due dates, late by N days, or missing."""

    def test_on_time(self) -> None:
        """Every step done on its due date: GEHAALD, and nothing to report, ever."""
        t = maak_traject(op_tijd=True)
        stappen = _stappen(t)
        assert stappen
        for termijn in stappen:
            if termijn.code == "spoor_2":
                assert termijn.status is ri.Status.NIET_VAN_TOEPASSING
            else:
                assert termijn.status is ri.Status.GEHAALD, termijn
                assert termijn.afgerond_op == termijn.uiterlijk
        assert ri.toets(t, LAAT) == ()

    def test_worked_example_dates(self) -> None:
        """The recorded dates are those of the worked example."""
        t = maak_traject(op_tijd=True)
        datums = {g.code: g.datum for g in t.gebeurtenissen}
        assert datums["probleemanalyse"] == date(2025, 11, 11)
        assert datums["plan_van_aanpak"] == date(2025, 11, 25)
        assert datums["melding_42e_week"] == date(2026, 7, 22)
        assert datums["wia_aanvraag"] == date(2027, 7, 13)
        # 16 evaluations, every 42 days from 25 Nov 2025 to 28 Sep 2027.
        assert len([g for g in t.gebeurtenissen if g.code == "evaluatie"]) == 16

    def test_late(self) -> None:
        """Every step 5 days late: TE_LAAT by 5 days; loondoorbetaling + 5 + 5 days."""
        t = maak_traject(op_tijd=False, te_laat_dagen=5)
        for termijn in _stappen(t):
            if termijn.code == "spoor_2":
                continue
            assert termijn.status is ri.Status.TE_LAAT, termijn
            assert termijn.dagen_te_laat == 5
        tl = ri.tijdlijn(t)
        # Only the late WIA application extends (a late 42nd-week report is a fine since
        # Stb. 2008, 414): 28 Sep 2027 + 5 = Sun 3 Oct 2027.
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2027, 10, 3)

    def test_missing(self) -> None:
        """``None``: nothing recorded, everything missed by a late peildatum."""
        t = maak_traject(op_tijd=None)
        assert t.gebeurtenissen == ()
        assert "probleemanalyse" in {b.code for b in ri.toets(t, LAAT)}

    def test_per_step(self) -> None:
        """A mapping chooses per step; steps it leaves out are not recorded."""
        t = maak_traject(
            op_tijd={"probleemanalyse": True, "melding_42e_week": False},
            te_laat_dagen={"melding_42e_week": 12},
        )
        assert [(g.code, g.datum) for g in t.gebeurtenissen] == [
            ("probleemanalyse", date(2025, 11, 11)),
            # Due Wed 22 Jul 2026, 12 days late: Mon 3 Aug 2026.
            ("melding_42e_week", date(2026, 8, 3)),
        ]

    def test_peildatum(self) -> None:
        """Nothing is recorded after the peildatum."""
        t = maak_traject(op_tijd=True, peildatum=date(2025, 12, 31))
        assert [g.code for g in t.gebeurtenissen] == [
            "ziekmelding",
            "melding_bedrijfsarts",
            "probleemanalyse",
            "plan_van_aanpak",
        ]
        assert ri.toets(t, date(2025, 12, 31)) == ()

    def test_given_event_wins(self) -> None:
        """A step already recorded is not recorded again; later steps count from it."""
        t = maak_traject(
            gebeurtenissen=[ri.Probleemanalyse(datum=date(2025, 10, 20))],
            op_tijd=True,
            peildatum=date(2025, 11, 30),
        )
        datums = [(g.code, g.datum) for g in t.gebeurtenissen]
        assert ("probleemanalyse", date(2025, 10, 20)) in datums
        # 14 days after the actual probleemanalyse: Mon 3 Nov 2025.
        assert ("plan_van_aanpak", date(2025, 11, 3)) in datums
        assert [c for c, _ in datums].count("probleemanalyse") == 1

    def test_telwijze(self) -> None:
        """The steps follow the telwijze asked for: PA on X+42 = Wed 12 Nov 2025."""
        t = maak_traject(op_tijd={"probleemanalyse": True}, telwijze=ri.Telwijze.EERSTE_DAG_NA)
        assert t.gebeurtenissen[0].datum == date(2025, 11, 12)


class TestRollenEnSporen:
    """Casemanager and spoor 2."""

    def test_no_casemanager(self) -> None:
        """``casemanager=False``: none in the cast, none in the plan: a finding."""
        t = maak_traject(op_tijd=True, casemanager=False, peildatum=date(2025, 12, 31))
        assert not any(b.heeft_rol(ri.Rol.CASEMANAGER) for b in t.betrokkenen)
        codes = [b.code for b in ri.toets(t, date(2025, 12, 31))]
        assert codes == ["plan_van_aanpak_zonder_casemanager"]

    def test_spoor_2(self) -> None:
        """``spoor_2=True``: a spoor 2 on its due date, and the eerstejaarsevaluatie says so."""
        t = maak_traject(op_tijd=True, spoor_2=True)
        [spoor] = t.sporen
        assert spoor.soort is ri.Spoorsoort.SPOOR_2
        # 6 weeks after the eerstejaarsevaluatie of Tue 29 Sep 2026: Tue 10 Nov 2026.
        assert spoor.start == date(2026, 11, 10)
        assert spoor.aanbieder == "RIB-1"
        eje = next(g for g in t.gebeurtenissen if isinstance(g, ri.Eerstejaarsevaluatie))
        assert eje.spoor_2_nodig is True
        assert ri.tijdlijn(t)["spoor_2"].status is ri.Status.GEHAALD

    def test_spoor_2_late(self) -> None:
        """``op_tijd=False`` starts the spoor 2 late, counted from the (late) evaluation."""
        t = maak_traject(op_tijd=False, spoor_2=True, te_laat_dagen=3)
        assert ri.tijdlijn(t)["spoor_2"].dagen_te_laat == 3

    def test_spoor_2_without_other_steps(self) -> None:
        """A spoor 2 asked for is there, even with no step recorded."""
        t = maak_traject(spoor_2=True)
        assert [sp.start for sp in t.sporen] == [date(2026, 11, 10)]

    def test_met_stappen_adds_a_casemanager(self) -> None:
        """On a traject without one, met_stappen adds casemanager CM-1 for the plan."""
        t = ri.Traject(
            werknemer="W", werkgever="WG", ziekteperioden=(ri.Ziekteperiode(eerste_dag=X),)
        )
        t = met_stappen(t, {"plan_van_aanpak": True})
        plan = t.gebeurtenissen[0]
        assert isinstance(plan, ri.PlanVanAanpak)
        assert plan.casemanager == "CM-1"
        assert t.betrokkene("CM-1").heeft_rol(ri.Rol.CASEMANAGER)


class TestZiekte:
    """Breaks, recovery and cases."""

    def test_breaks_by_count(self) -> None:
        """``(9, 27)``: 9 sick days, 27 fit days, one case; ``(9, 28)`` two."""
        assert len(maak_traject(onderbrekingen=[(9, 27)]).ziektegevallen) == 1
        assert len(maak_traject(onderbrekingen=[(9, 28)]).ziektegevallen) == 2

    def test_breaks_by_date(self) -> None:
        """``(first, last)`` fit day: the sickness stops the day before and resumes after."""
        perioden = f.maak_ziekteperioden(
            X, date(2026, 1, 31), [(date(2025, 10, 10), date(2025, 11, 5)), (5, 3)]
        )
        assert [(p.eerste_dag, p.laatste_dag) for p in perioden] == [
            (X, date(2025, 10, 9)),
            (date(2025, 11, 6), date(2025, 11, 10)),
            (date(2025, 11, 14), date(2026, 1, 31)),
        ]

    def test_recovered(self) -> None:
        """Steps that lapse with recovery are not recorded."""
        t = maak_traject(laatste_ziektedag=date(2025, 11, 20), op_tijd=True)
        assert [g.code for g in t.gebeurtenissen] == [
            "ziekmelding",
            "melding_bedrijfsarts",
            "probleemanalyse",
        ]

    def test_events_stay_in_their_case(self) -> None:
        """Late steps of an earlier case are not recorded inside the next one."""
        t = maak_traject(onderbrekingen=[(60, 30)], op_tijd=False, te_laat_dagen=40)
        eerste, tweede = t.ziektegevallen
        for g in t.gebeurtenissen_van_geval(eerste):
            assert g.datum < tweede.eerste_ziektedag
        # Sick 1 Oct .. 29 Nov 2025: the PA, due 11 Nov, done 40 days late on 21 Dec,
        # would fall in the second case (from 30 Dec): it is left out.
        assert [g.code for g in t.gebeurtenissen_van_geval(eerste)] == [
            "ziekmelding",
            "melding_bedrijfsarts",
            "probleemanalyse",
        ]

    def test_leave(self) -> None:
        """Leave periods go through; leave days in a break are not fit days."""
        verlof = ri.Verlofperiode(eerste_dag=date(2025, 10, 10), laatste_dag=date(2025, 12, 31))
        t = maak_traject(
            onderbrekingen=[(date(2025, 10, 10), date(2026, 1, 5))], verlofperioden=[verlof]
        )
        # 88 days not sick: 83 days of leave (10 Oct .. 31 Dec), 5 fit days: one case.
        assert len(t.ziektegevallen) == 1


class TestFouten:
    """Bad arguments are ValidationErrors naming the argument."""

    @pytest.mark.parametrize(
        ("kwargs", "veld"),
        [
            ({"onderbrekingen": [(0, 3)]}, "onderbrekingen[0]"),
            ({"onderbrekingen": [(3,)]}, "onderbrekingen[0]"),
            ({"onderbrekingen": [(True, 3)]}, "onderbrekingen[0]"),
            ({"onderbrekingen": [(date(2025, 9, 1), date(2025, 9, 2))]}, "onderbrekingen[0]"),
            ({"onderbrekingen": [(date(2025, 10, 9), date(2025, 10, 2))]}, "onderbrekingen[0]"),
            ({"onderbrekingen": [(3, 3)], "laatste_ziektedag": X}, "laatste_ziektedag"),
            ({"op_tijd": {"probleemanalyze": True}}, "op_tijd"),
            ({"op_tijd": {"probleemanalyse": 1}}, "op_tijd['probleemanalyse']"),
            ({"op_tijd": True, "te_laat_dagen": 0}, "te_laat_dagen['ziekmelding']"),
            ({"op_tijd": True, "te_laat_dagen": True}, "te_laat_dagen['ziekmelding']"),
            ({"op_tijd": True, "peildatum": "2025-12-01"}, "peildatum"),
            ({"eerste_ziektedag": "2025-10-01"}, "maak_ziekteperioden.eerste_ziektedag"),
        ],
    )
    def test_field_named(self, kwargs: dict[str, object], veld: str) -> None:
        """The error names the argument."""
        with pytest.raises(ri.ValidationError) as fout:
            maak_traject(**kwargs)  # type: ignore[arg-type]
        assert fout.value.field == veld

    def test_no_hypothesis_needed(self) -> None:
        """The factories and the plugin import without Hypothesis; the strategies fixture
        is then not defined."""
        code = (
            "import sys; sys.modules['hypothesis'] = None\n"
            "import reintegratie.testing.factories, reintegratie.testing.plugin as p\n"
            "print(hasattr(p, 'reintegratie_strategies'), hasattr(p, 'maak_traject'))\n"
        )
        uit = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        assert uit.split() == ["False", "True"]

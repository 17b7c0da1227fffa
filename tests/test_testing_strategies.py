"""The Hypothesis strategies of reintegratie.testing (issue 6).

* Every strategy generates valid objects that survive serialization.
* The edge parameters really produce the edges (``breuk=27`` one case, ``breuk=28``
  two, leap days, Atw holidays, leave, loonsanctie, verlenging).
* Engine properties over ``trajecten()``: due dates never precede the first sick
  day of their case, timelines are in date order, findings never lie after the
  peildatum, and on-time dossiers have nothing to report.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

import reintegratie as ri
from reintegratie.serialisatie import from_dict, from_json, to_dict, to_json
from reintegratie.serialisatie.converter import destructureer, structureer
from reintegratie.testing import strategies as s
from reintegratie.testing.factories import STANDAARDSTAPPEN

KALENDER = ri.standaard_kalender()
#: One example budget for the whole module (the suite runs in seconds).
SNEL = settings(max_examples=25, deadline=None)
#: For "the defaults reach this edge": the first example found, not shrunk.
ZOEK = settings(
    max_examples=2000,
    database=None,
    phases=(Phase.generate,),
)


def _rondje(obj: Any, soort: type) -> Any:
    """Through the wire format: a Traject or MedischDossier as an enveloped JSON document,
    anything else through the one converter."""
    if soort in (ri.Traject, ri.MedischDossier):
        terug = from_dict(to_dict(obj), soort)
        assert from_json(to_json(obj), soort) == obj
        return terug
    return structureer(destructureer(obj, soort), soort)


# Every strategy with the type it generates.
STRATEGIEEN: list[tuple[str, Callable[[], st.SearchStrategy[Any]], type | tuple[type, ...]]] = [
    ("ziekteperioden", s.ziekteperioden, ri.Ziekteperiode),
    ("verlofperioden", s.verlofperioden, ri.Verlofperiode),
    ("gebeurtenissen", s.gebeurtenissen, tuple(ri.GEBEURTENISSOORTEN.values())),
    ("betrokkenen", s.betrokkenen, ri.Betrokkene),
    ("sporen", s.sporen, ri.Spoor),
    ("fasen", s.fasen, ri.Fase),
    ("driegesprekken", s.driegesprekken, ri.Driegesprek),
    ("afspraken", s.afspraken, ri.Afspraak),
    ("leerdoelen", s.leerdoelen, ri.Leerdoel),
    ("voortgangen", s.voortgangen, ri.Voortgang),
    ("prestatiedoelen", s.prestatiedoelen, ri.Prestatiedoel),
    ("metingen", s.metingen, ri.Meting),
    ("activiteiten", s.activiteiten, ri.Activiteit),
    ("groepsprogrammas", s.groepsprogrammas, ri.Groepsprogramma),
    ("werkervaringsplaatsen", s.werkervaringsplaatsen, ri.Werkervaringsplaats),
    ("opbouwstappen", s.opbouwstappen, ri.Opbouwstap),
    ("nazorg", s.nazorg, ri.Nazorg),
    ("uitkomsten", s.uitkomsten, ri.Uitkomst),
    ("belastbaarheden", s.belastbaarheden, ri.Belastbaarheid),
    ("medische_aantekeningen", s.medische_aantekeningen, ri.MedischeAantekening),
    ("medische_dossiers", s.medische_dossiers, ri.MedischDossier),
    ("trajecten", s.trajecten, ri.Traject),
]


class TestGeldig:
    """Every strategy generates valid objects that round-trip through serialization."""

    @pytest.mark.parametrize(
        ("naam", "strategie", "soort"), [pytest.param(*r, id=r[0]) for r in STRATEGIEEN]
    )
    def test_round_trip(
        self, naam: str, strategie: Callable[[], st.SearchStrategy[Any]], soort: type
    ) -> None:
        """Construction succeeded (the domain validated it) and it serializes losslessly."""

        @SNEL
        @given(strategie())
        def eigenschap(obj: Any) -> None:
            assert isinstance(obj, soort), naam
            echt = type(obj)
            assert _rondje(obj, echt) == obj

        eigenschap()

    @pytest.mark.parametrize("code", sorted(ri.GEBEURTENISSOORTEN))
    def test_every_event_kind(self, code: str) -> None:
        """``gebeurtenissen(soort=code)`` gives that kind, by code or by class."""

        @settings(max_examples=10, deadline=None)
        @given(s.gebeurtenissen(soort=code), s.gebeurtenissen(soort=ri.GEBEURTENISSOORTEN[code]))
        def eigenschap(per_code: ri.Gebeurtenis, per_klasse: ri.Gebeurtenis) -> None:
            assert per_code.code == code
            assert per_klasse.code == code
            assert _rondje(per_code, type(per_code)) == per_code

        eigenschap()

    def test_unknown_event_kind(self) -> None:
        """An unknown code is a ValidationError naming the known ones."""
        with pytest.raises(ri.ValidationError, match="ziekmelding"):
            find(s.gebeurtenissen(soort="ziekmeldingg"), lambda _: True)

    @SNEL
    @given(s.verzuim())
    def test_verzuim_fits_a_traject(self, v: s.Verzuim) -> None:
        """Sickness and leave drawn together make a valid Traject."""
        t = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=v.ziekteperioden,
            verlofperioden=v.verlofperioden,
        )
        assert t.ziektegevallen == v.gevallen

    @SNEL
    @given(s.trajecten(onderdelen=True))
    def test_traject_holds_the_rest_of_the_model(self, t: ri.Traject) -> None:
        """References in a drawn traject point at its own people (Traject validated it)."""
        ids = {b.id for b in t.betrokkenen} | {t.werknemer}
        for d in t.driegesprekken:
            assert set(d.deelnemers) <= ids
        for g in t.groepsprogrammas:
            assert t.werknemer in g.deelnemers

    def test_without_hypothesis(self) -> None:
        """Without Hypothesis the module fails with an ImportError naming the extra."""
        code = (
            "import sys; sys.modules['hypothesis'] = None\n"
            "try:\n"
            "    import reintegratie.testing.strategies\n"
            "except ImportError as e:\n"
            "    print(e)\n"
        )
        uit = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        assert "'hypothesis' extra" in uit
        assert "pip install 'reintegratie[hypothesis]'" in uit


class TestRanden:
    """The edge parameters produce the edges, and the defaults reach them on their own."""

    @SNEL
    @given(s.verzuim(perioden=2, breuk=27))
    def test_27_fit_days_one_case(self, v: s.Verzuim) -> None:
        """``breuk=27``: one case, the break counted as 27 fit days (leave aside)."""
        [geval] = v.gevallen
        assert [o.fitdagen for o in geval.onderbrekingen] == [27]

    @SNEL
    @given(s.verzuim(perioden=2, breuk=28))
    def test_28_fit_days_two_cases(self, v: s.Verzuim) -> None:
        """``breuk=28``: two cases."""
        _eerste, tweede = v.gevallen
        assert tweede.onderbreking_ervoor is not None
        assert tweede.onderbreking_ervoor.fitdagen == 28

    @SNEL
    @given(s.verzuim(perioden=3, hersteld=True, verlof=False))
    def test_number_of_periods_and_recovery(self, v: s.Verzuim) -> None:
        """``perioden`` sets the number of periods; ``hersteld`` closes the last."""
        assert len(v.ziekteperioden) == 3
        assert v.ziekteperioden[-1].laatste_dag is not None
        assert v.verlofperioden == ()

    @SNEL
    @given(s.verzuim(hersteld=False, verlof=True))
    def test_leave_and_still_sick(self, v: s.Verzuim) -> None:
        """``verlof=True`` always gives leave; ``hersteld=False`` leaves the last period open."""
        assert v.verlofperioden
        assert v.ziekteperioden[-1].laatste_dag is None

    @SNEL
    @given(s.verzuim(eerste_ziektedag=date(2028, 2, 29)))
    def test_given_first_sick_day(self, v: s.Verzuim) -> None:
        """A given X is the first sick day."""
        assert v.ziekteperioden[0].eerste_dag == date(2028, 2, 29)

    def test_leap_day_reached(self) -> None:
        """The default first sick days include 29 February."""
        x = find(s.eerste_ziektedagen(), lambda d: (d.month, d.day) == (2, 29), settings=ZOEK)
        assert (x.month, x.day) == (2, 29)

    def test_42nd_week_on_a_holiday_reached(self) -> None:
        """... and first sick days whose 42nd-week report falls on an Atw holiday."""
        x = find(
            s.eerste_ziektedagen(),
            lambda d: KALENDER.is_feestdag(d + timedelta(days=294)),
            settings=ZOEK,
        )
        tl = ri.tijdlijn(
            ri.Traject(
                werknemer="W", werkgever="WG", ziekteperioden=(ri.Ziekteperiode(eerste_dag=x),)
            )
        )
        assert tl["melding_42e_week"].uiterlijk > x + timedelta(days=294)

    def test_42nd_week_on_a_holiday_with_breaks(self) -> None:
        """Sickness with breaks, too, is placed so that its 42nd-week report shifts."""

        def verschoven(v: s.Verzuim) -> bool:
            dag = v.gevallen[-1].datum_van_ziektedag(295)
            return len(v.ziekteperioden) > 1 and KALENDER.is_feestdag(dag)

        find(s.verzuim(), verschoven, settings=ZOEK)

    @pytest.mark.parametrize("fit", [27, 28])
    def test_breaks_of_27_and_28_reached(self, fit: int) -> None:
        """Without ``breuk``, breaks of exactly 27 and exactly 28 fit days both come up."""

        def met_breuk(v: s.Verzuim) -> bool:
            breuken = [o for g in v.gevallen for o in (*g.onderbrekingen, g.onderbreking_ervoor)]
            return any(o is not None and o.fitdagen == fit for o in breuken)

        find(s.verzuim(perioden=2), met_breuk, settings=ZOEK)

    def test_leave_of_another_cause_reached(self) -> None:
        """Leave that breaks the samentelling (another cause) comes up."""
        find(
            s.verzuim(perioden=2, verlof=True),
            lambda v: (
                len(v.gevallen) == 2
                and v.gevallen[1].onderbreking_ervoor is not None
                and v.gevallen[1].onderbreking_ervoor.fitdagen < 28
            ),
            settings=ZOEK,
        )

    @SNEL
    @given(s.trajecten(loonsanctie=True, verlenging=True, onderdelen=False))
    def test_loonsanctie_and_verlenging(self, t: ri.Traject) -> None:
        """Asked for, both are there, and the end of loondoorbetaling moves (unless a
        bekorting ends the sanction early: never before the end of the wachttijd)."""
        codes = [g.code for g in t.gebeurtenissen]
        assert "loonsanctie" in codes
        assert "vrijwillige_verlenging" in codes
        tl = ri.tijdlijn(t)
        assert tl["einde_wachttijd"].status is not ri.Status.VERVALLEN
        if "bekorting" in codes:
            assert tl["einde_loondoorbetaling"].uiterlijk >= tl["einde_wachttijd"].uiterlijk
        else:
            assert tl["einde_loondoorbetaling"].uiterlijk > tl["einde_wachttijd"].uiterlijk

    def test_maximum_loonsanctie_reached(self) -> None:
        """A loonsanctie of the maximum 52 weeks comes up."""
        find(
            s.trajecten(loonsanctie=True, onderdelen=False),
            lambda t: any(getattr(g, "weken", 0) == 52 for g in t.gebeurtenissen),
            settings=ZOEK,
        )

    @SNEL
    @given(s.trajecten(spoor_2=True, onderdelen=False))
    def test_spoor_2(self, t: ri.Traject) -> None:
        """``spoor_2=True``: a spoor 2 started in the last case, and the timeline sees it."""
        assert any(sp.soort is ri.Spoorsoort.SPOOR_2 for sp in t.sporen)
        assert ri.tijdlijn(t)["spoor_2"].status in (ri.Status.GEHAALD, ri.Status.TE_LAAT)

    @SNEL
    @given(s.trajecten(spoor_2=False, op_tijd=None, loonsanctie=False, verlenging=False))
    def test_missing(self, t: ri.Traject) -> None:
        """``op_tijd=None``: no standard step recorded, no spoor 2."""
        assert not {g.code for g in t.gebeurtenissen} & set(STANDAARDSTAPPEN)
        assert not any(sp.soort is ri.Spoorsoort.SPOOR_2 for sp in t.sporen)

    @SNEL
    @given(s.trajecten(op_tijd=False, loonsanctie=False, onderdelen=False))
    def test_late(self, t: ri.Traject) -> None:
        """``op_tijd=False``: every step recorded is late."""
        for tl in ri.tijdlijnen(t):
            for termijn in tl:
                if termijn.code in STANDAARDSTAPPEN and termijn.afgerond_op is not None:
                    assert termijn.status is ri.Status.TE_LAAT, termijn

    @SNEL
    @given(s.trajecten(perioden=2, breuk=28, hersteld=True, onderdelen=False))
    def test_two_cases(self, t: ri.Traject) -> None:
        """The sickness parameters pass through to the traject."""
        assert len(t.ziektegevallen) == 2
        assert t.ziekteperioden[-1].laatste_dag is not None


class TestEngine:
    """Engine properties over ``trajecten()``."""

    @SNEL
    @given(s.trajecten(onderdelen=False), st.sampled_from(ri.Telwijze))
    def test_due_dates_never_precede_the_first_sick_day(
        self, t: ri.Traject, telwijze: ri.Telwijze
    ) -> None:
        """Every due date and window lies on or after X of its case."""
        for tl in ri.tijdlijnen(t, telwijze=telwijze):
            assert tl.eerste_ziektedag is not None
            for termijn in tl:
                assert termijn.uiterlijk >= tl.eerste_ziektedag, termijn
                assert termijn.vanaf is None or termijn.vanaf >= tl.eerste_ziektedag

    @SNEL
    @given(s.trajecten(onderdelen=False))
    def test_timeline_in_date_order(self, t: ri.Traject) -> None:
        """A timeline lists its termijnen in date order."""
        for tl in ri.tijdlijnen(t):
            datums = [termijn.uiterlijk for termijn in tl]
            assert datums == sorted(datums)

    @SNEL
    @given(st.data())
    def test_findings_not_after_peildatum(self, data: st.DataObject) -> None:
        """Nothing is reported for a date after the peildatum."""
        t = data.draw(s.trajecten(onderdelen=False))
        peildatum = data.draw(s.peildata(t))
        for b in ri.toets(t, peildatum):
            assert b.datum <= peildatum, b

    @SNEL
    @given(s.trajecten(op_tijd=True, loonsanctie=False))
    def test_on_time_is_compliant(self, t: ri.Traject) -> None:
        """A dossier with every step on time has no warnings or violations, ever."""
        x = t.ziekteperioden[-1].eerste_dag
        later = x + timedelta(days=3000)
        assert [b for b in ri.toets(t, later) if b.ernst is not ri.Ernst.INFO] == []

    @SNEL
    @given(st.data())
    def test_peildata_near_due_dates(self, data: st.DataObject) -> None:
        """``peildata`` lie on or after the first sick day."""
        t = data.draw(s.trajecten(onderdelen=False))
        dag = data.draw(s.peildata(t))
        assert t.eerste_ziektedag is not None
        assert dag >= t.eerste_ziektedag - timedelta(days=1)

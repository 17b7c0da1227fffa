"""Hypothesis properties of the timeline (issue 3, "Property tests").

* Due dates never precede the first sick day of their case.
* Shifting to a working day never moves a date earlier, and a shifted date is
  an Atw working day.
* Adding a fit break never moves a milestone earlier (fit days are not sick
  days, docs/telling.md); the end of the wachttijd moves by exactly the
  number of fit days.
"""

from __future__ import annotations

from datetime import date, timedelta

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import reintegratie as ri

CM = ri.Betrokkene(id="CM-1", rollen=frozenset({ri.Rol.CASEMANAGER}), organisatie="WG")
KALENDER = ri.standaard_kalender()

#: The default rule set with every shift switched off.
ZONDER_VERSCHUIVING = {
    telwijze: tuple(
        attrs.evolve(r, verschuiving=ri.Verschuiving.GEEN) for r in ri.poortwachter_regels(telwijze)
    )
    for telwijze in ri.Telwijze
}
#: The default rule set with every rule shifted to the next working day.
ALLES_VERSCHOVEN = {
    telwijze: tuple(
        attrs.evolve(r, verschuiving=ri.Verschuiving.VOLGENDE_WERKDAG)
        for r in ri.poortwachter_regels(telwijze)
    )
    for telwijze in ri.Telwijze
}

eerste_dagen = st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 12, 31))
telwijzen = st.sampled_from(list(ri.Telwijze))


def _d(x: date, n: int) -> date:
    return x + timedelta(days=n)


@st.composite
def gebeurtenissen(draw: st.DrawFn, x: date, met_evaluaties: bool = True) -> list[ri.Gebeurtenis]:
    """Any subset of poortwachter events, at offsets 0..800 days from X."""
    soorten = [
        lambda dag: ri.Probleemanalyse(datum=dag),
        lambda dag: ri.PlanVanAanpak(
            datum=dag, casemanager=draw(st.sampled_from([None, "CM-1"])), re_integratievisie=True
        ),
        lambda dag: ri.Melding42eWeek(datum=dag),
        lambda dag: ri.Eerstejaarsevaluatie(
            datum=dag, spoor_2_nodig=draw(st.sampled_from([None, True, False]))
        ),
        lambda dag: ri.ReIntegratieverslag(datum=dag),
        lambda dag: ri.WiaAanvraag(datum=dag),
        lambda dag: ri.Loonsanctie(datum=dag, weken=draw(st.integers(1, 52))),
        lambda dag: ri.Bekorting(datum=dag),
        lambda dag: ri.VrijwilligeVerlenging(datum=dag, weken=draw(st.integers(13, 104))),
    ]
    if met_evaluaties:
        soorten.append(lambda dag: ri.Evaluatie(datum=dag))
    gekozen = draw(st.lists(st.sampled_from(range(len(soorten))), max_size=8))
    # A loonsanctie is imposed, and a verlenging asked for, before the end of the wachttijd
    # (WIA art. 25 lid 11, art. 24): at most day 600, well before X + 727.
    laatst = {6: 600, 8: 600}
    uit = [soorten[i](_d(x, draw(st.integers(0, laatst.get(i, 800))))) for i in gekozen]
    return sorted(uit, key=lambda g: g.datum)


@st.composite
def perioden(draw: st.DrawFn, x: date) -> tuple[ri.Ziekteperiode, ...]:
    """One open period, or up to three with fit breaks of 1..60 days (combined or not)."""
    uit: list[ri.Ziekteperiode] = []
    begin = x
    for _ in range(draw(st.integers(0, 2))):
        lengte = draw(st.integers(1, 200))
        einde = _d(begin, lengte - 1)
        uit.append(ri.Ziekteperiode(eerste_dag=begin, laatste_dag=einde))
        begin = _d(einde, draw(st.integers(1, 60)) + 1)
    slot = draw(st.one_of(st.none(), st.integers(1, 900)))
    uit.append(
        ri.Ziekteperiode(
            eerste_dag=begin, laatste_dag=None if slot is None else _d(begin, slot - 1)
        )
    )
    return tuple(uit)


def _traject(
    perioden: tuple[ri.Ziekteperiode, ...], gebeurtenissen: list[ri.Gebeurtenis] = ()
) -> ri.Traject:
    return ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=perioden,
        gebeurtenissen=tuple(gebeurtenissen),
        betrokkenen=(CM,),
    )


def _per_code(tl: ri.Tijdlijn) -> dict[tuple[str, int], ri.Termijn]:
    return {(t.code, t.volgnummer): t for t in tl}


class TestNooitVoorEersteZiektedag:
    """Due dates never precede the first sick day of their case."""

    @settings(max_examples=150, deadline=None)
    @given(data=st.data(), x=eerste_dagen, telwijze=telwijzen)
    def test_all_termijnen(self, data: st.DataObject, x: date, telwijze: ri.Telwijze) -> None:
        """Every termijn of every case, its window start included, is on or after X."""
        traject = _traject(data.draw(perioden(x)), data.draw(gebeurtenissen(x)))
        peildatum = data.draw(st.one_of(st.none(), st.dates(x, _d(x, 1200))))
        for tl in ri.tijdlijnen(traject, peildatum, telwijze=telwijze):
            assert tl.eerste_ziektedag is not None
            for t in tl:
                assert t.uiterlijk >= tl.eerste_ziektedag, t
                assert t.vanaf is None or t.vanaf >= tl.eerste_ziektedag, t
                assert t.vanaf is None or t.vanaf <= t.uiterlijk, t

    @settings(max_examples=100, deadline=None)
    @given(data=st.data(), x=eerste_dagen)
    def test_timeline_in_date_order(self, data: st.DataObject, x: date) -> None:
        """Each Tijdlijn is in date order."""
        traject = _traject(data.draw(perioden(x)), data.draw(gebeurtenissen(x)))
        for tl in ri.tijdlijnen(traject):
            datums = [t.uiterlijk for t in tl]
            assert datums == sorted(datums)

    @settings(max_examples=100, deadline=None)
    @given(data=st.data(), x=eerste_dagen)
    def test_findings_not_after_peildatum(self, data: st.DataObject, x: date) -> None:
        """No warning or violation concerns a date after the peildatum."""
        traject = _traject(data.draw(perioden(x)), data.draw(gebeurtenissen(x)))
        peildatum = data.draw(st.dates(x, _d(x, 1200)))
        for b in ri.toets(traject, peildatum):
            if b.ernst is not ri.Ernst.INFO:
                assert b.datum <= peildatum, b


class TestVerschuiving:
    """Shifting to the next working day never moves a date earlier (Atw art. 1 lid 1)."""

    @settings(max_examples=150, deadline=None)
    @given(data=st.data(), x=eerste_dagen, telwijze=telwijzen)
    def test_default_vs_no_shift(self, data: st.DataObject, x: date, telwijze: ri.Telwijze) -> None:
        """The default rule set against the same rules with every shift off."""
        # No Melding42eWeek events: days late are counted from the shifted deadline, so
        # a report after a weekend deadline is fewer days late and extends loondoorbetaling
        # less. That is the law, not a shift moving a date earlier.
        soorten = data.draw(gebeurtenissen(x, met_evaluaties=False))
        events = [g for g in soorten if not isinstance(g, ri.Melding42eWeek)]
        traject = _traject(data.draw(perioden(x)), events)
        standaard = _per_code(ri.tijdlijn(traject, telwijze=telwijze))
        geen = _per_code(
            ri.tijdlijn(traject, telwijze=telwijze, regels=ZONDER_VERSCHUIVING[telwijze])
        )
        assert standaard.keys() == geen.keys()
        schuivend = {
            r.code
            for r in ri.poortwachter_regels(telwijze)
            if r.verschuiving is ri.Verschuiving.VOLGENDE_WERKDAG
        }
        for sleutel, t in standaard.items():
            assert t.uiterlijk >= geen[sleutel].uiterlijk, sleutel
            if sleutel[0] in schuivend:
                assert KALENDER.is_werkdag(t.uiterlijk), sleutel

    @settings(max_examples=150, deadline=None)
    @given(data=st.data(), x=eerste_dagen, telwijze=telwijzen)
    def test_everything_shifted_vs_no_shift(
        self, data: st.DataObject, x: date, telwijze: ri.Telwijze
    ) -> None:
        """Every rule shifted against no rule shifted: each date later or equal, a working day."""
        traject = _traject(data.draw(perioden(x)))
        alles = ri.tijdlijn(traject, telwijze=telwijze, regels=ALLES_VERSCHOVEN[telwijze])
        geen = _per_code(
            ri.tijdlijn(traject, telwijze=telwijze, regels=ZONDER_VERSCHUIVING[telwijze])
        )
        for t in alles:
            assert KALENDER.is_werkdag(t.uiterlijk), t
            vergelijk = geen.get((t.code, t.volgnummer))
            if vergelijk is not None:
                assert t.uiterlijk >= vergelijk.uiterlijk, t

    @settings(max_examples=100, deadline=None)
    @given(x=eerste_dagen)
    def test_42e_week_within_a_few_days(self, x: date) -> None:
        """The 42nd-week report is the first working day on or after X+294, never earlier."""
        dag = ri.tijdlijn(_traject((ri.Ziekteperiode(eerste_dag=x),)))["melding_42e_week"].uiterlijk
        assert _d(x, 294) <= dag <= _d(x, 294 + 5)
        assert KALENDER.is_werkdag(dag)
        # Every day between X+294 and the due date is no working day.
        tussen = _d(x, 294)
        while tussen < dag:
            assert not KALENDER.is_werkdag(tussen)
            tussen += timedelta(days=1)


class TestFitPauze:
    """Adding a fit break (1..27 fit days) never moves a milestone earlier."""

    @settings(max_examples=150, deadline=None)
    @given(
        x=eerste_dagen,
        ziek=st.integers(1, 400),
        fit=st.integers(1, 27),
        telwijze=telwijzen,
    )
    def test_split_open_period(self, x: date, ziek: int, fit: int, telwijze: ri.Telwijze) -> None:
        """Split [X, open) into [X, X+ziek-1] and [X+ziek+fit, open): nothing earlier."""
        heel = _traject((ri.Ziekteperiode(eerste_dag=x),))
        gesplitst = _traject(
            (
                ri.Ziekteperiode(eerste_dag=x, laatste_dag=_d(x, ziek - 1)),
                ri.Ziekteperiode(eerste_dag=_d(x, ziek + fit)),
            )
        )
        assert len(gesplitst.ziektegevallen) == 1
        voor = _per_code(ri.tijdlijn(heel, telwijze=telwijze))
        na = ri.tijdlijn(gesplitst, telwijze=telwijze)
        for t in na:
            vergelijk = voor.get((t.code, t.volgnummer))
            if vergelijk is not None:
                assert t.uiterlijk >= vergelijk.uiterlijk, t
        # Fit days are not sick days: sick day 728 comes exactly `fit` days later.
        assert na["einde_wachttijd"].uiterlijk == _d(voor[("einde_wachttijd", 1)].uiterlijk, fit)
        # The milestones in the first period (ziekmelding, day 1) do not move.
        assert na["ziekmelding"].uiterlijk == x

    @settings(max_examples=100, deadline=None)
    @given(x=eerste_dagen, ziek=st.integers(1, 400), fit=st.integers(28, 120))
    def test_28_or_more_fit_days_new_case(self, x: date, ziek: int, fit: int) -> None:
        """A break of 28 or more fit days starts a new case counted from its own X."""
        nieuw = _d(x, ziek + fit)
        traject = _traject(
            (
                ri.Ziekteperiode(eerste_dag=x, laatste_dag=_d(x, ziek - 1)),
                ri.Ziekteperiode(eerste_dag=nieuw),
            )
        )
        tln = ri.tijdlijnen(traject)
        assert [tl.eerste_ziektedag for tl in tln] == [x, nieuw]
        assert tln[1]["einde_wachttijd"].uiterlijk == _d(nieuw, 727)

"""Outcome statistics per trajectory: "changed job", "more satisfied", "stayed with a new
function" (the three questions of the Flemish follow-up study cited in seed 002: a third
change job, the others find a new function or new breath inside, nine in ten are more
satisfied), and satisfaction of each party (seed 001: "naar tevredenheid van de
partijen")."""

from __future__ import annotations

from datetime import date

import pytest

import reintegratie as ri
from reintegratie import analyse as an

U = ri.Uitkomstsoort


def _t(i: int, *uitkomsten: ri.Uitkomst) -> ri.Traject:
    return ri.Traject(werknemer=f"W-{i}", werkgever="WG", uitkomsten=uitkomsten)


def _u(soort: ri.Uitkomstsoort, dag: date, **kw: object) -> ri.Uitkomst:
    return ri.Uitkomst(soort=soort, datum=dag, **kw)


class TestPerTraject:
    """Each trajectory answers each question once, whatever its number of outcomes."""

    def test_baan_voor_de_wia(self):
        """Seed 003: a new job (1 Mar) before the WIA decision (1 Jun) changed job, though
        the latest outcome is the WIA; counting only the latest would miss it."""
        t = _t(1, _u(U.NIEUWE_WERKGEVER, date(2026, 3, 1)), _u(U.WIA, date(2026, 6, 1)))
        c = an.uitkomsten([t])
        assert (c.met_uitkomst, c.andere_baan, c.nieuwe_functie) == (1, 1, 0)
        assert c.per_soort == {U.NIEUWE_WERKGEVER: 1, U.WIA: 1}
        assert c.aandelen[U.WIA] == 1.0
        assert c.aandelen[U.NIEUWE_WERKGEVER] == 1.0

    def test_een_op_drie(self):
        """Three trajecten: mutual consent then a new employer (seed 000), a new function
        inside, own work with new energy. 1 of 3 changed job, 1 of 3 stayed in a new
        function."""
        cl = [
            _t(
                1,
                _u(U.WEDERZIJDS_GOEDVINDEN, date(2025, 7, 31)),
                _u(U.NIEUWE_WERKGEVER, date(2025, 9, 1)),
            ),
            _t(2, _u(U.ANDER_WERK_INTERN, date(2025, 8, 1))),
            _t(3, _u(U.EIGEN_WERK, date(2025, 9, 29))),
        ]
        c = an.uitkomsten(cl)
        assert (c.trajecten, c.met_uitkomst, c.andere_baan, c.nieuwe_functie) == (3, 3, 1, 1)
        assert c.aandeel_andere_baan == pytest.approx(1 / 3)
        assert c.aandeel_nieuwe_functie == pytest.approx(1 / 3)

    def test_eerst_intern_dan_weg(self):
        """A new function inside, then a new employer: changed job, not stayed."""
        t = _t(
            1, _u(U.ANDER_WERK_INTERN, date(2025, 1, 6)), _u(U.NIEUWE_WERKGEVER, date(2025, 6, 2))
        )
        c = an.uitkomsten([t])
        assert (c.andere_baan, c.nieuwe_functie) == (1, 0)

    def test_periode(self):
        """Only outcomes dated in [van, tot] count: the new job of 1 Mar is outside
        [1 Apr, 30 Jun], so that trajectory stayed (counts for the WIA only)."""
        t = _t(1, _u(U.NIEUWE_WERKGEVER, date(2026, 3, 1)), _u(U.WIA, date(2026, 6, 1)))
        c = an.uitkomsten([t], van=date(2026, 4, 1), tot=date(2026, 6, 30))
        assert (c.met_uitkomst, c.andere_baan, c.per_soort) == (1, 0, {U.WIA: 1})

    def test_tevredenheid_laatste_antwoord(self):
        """Satisfaction takes the trajectory's latest answer, and counts those asked."""
        t1 = _t(
            1,
            _u(U.WEDERZIJDS_GOEDVINDEN, date(2025, 7, 31), tevredenheid_verbeterd=False),
            _u(U.NIEUWE_WERKGEVER, date(2025, 9, 1), tevredenheid_verbeterd=True),
        )
        t2 = _t(2, _u(U.EIGEN_WERK, date(2025, 9, 1)))
        c = an.uitkomsten([t1, t2])
        assert (c.tevredenheid_gevraagd, c.tevredenheid_verbeterd) == (1, 1)
        assert c.aandeel_tevredener == 1.0

    def test_negen_op_tien(self):
        """Ten asked, nine more satisfied: 90 %."""
        cl = [
            _t(i, _u(U.EIGEN_WERK, date(2026, 1, 5), tevredenheid_verbeterd=i != 0))
            for i in range(10)
        ]
        assert an.uitkomsten(cl).aandeel_tevredener == pytest.approx(0.9)


class TestPerPartij:
    """Each party's satisfaction, per trajectory, with its latest judgement."""

    def test_partijen(self):
        """Employee satisfied in both, employer in one of two (its later judgement)."""
        w = ri.Tevredenheid(partij=ri.Rol.WERKNEMER, tevreden=True)
        g_ja = ri.Tevredenheid(partij=ri.Rol.WERKGEVER, tevreden=True)
        g_nee = ri.Tevredenheid(partij=ri.Rol.WERKGEVER, tevreden=False)
        t1 = _t(
            1,
            _u(U.WEDERZIJDS_GOEDVINDEN, date(2025, 7, 31), tevredenheid=(w, g_ja)),
            _u(U.NIEUWE_WERKGEVER, date(2025, 9, 1), tevredenheid=(g_nee,)),
        )
        t2 = _t(2, _u(U.EIGEN_WERK, date(2025, 9, 1), tevredenheid=(w, g_ja)))
        t3 = _t(3, _u(U.EIGEN_WERK, date(2025, 9, 1)))
        c = an.uitkomsten([t1, t2, t3])
        assert c.tevredenheid_per_partij == {ri.Rol.WERKNEMER: (2, 2), ri.Rol.WERKGEVER: (2, 1)}
        assert c.aandeel_tevreden(ri.Rol.WERKGEVER) == 0.5
        assert c.aandeel_tevreden(ri.Rol.JOBCOACH) is None


def test_frame_meerdere_uitkomsten():
    """The frame shows the latest outcome known on the peildatum and "changed job" if any
    outcome by then was work elsewhere: new job 1 Mar 2026, WIA 1 Jun 2026."""
    pytest.importorskip("pandas")
    t = ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2024, 5, 6)),),
        uitkomsten=(_u(U.NIEUWE_WERKGEVER, date(2026, 3, 1)), _u(U.WIA, date(2026, 6, 1))),
    )
    voor = an.to_frame([t], date(2026, 4, 1)).iloc[0]
    na = an.to_frame([t], date(2026, 7, 1)).iloc[0]
    assert (voor["uitkomst"], bool(voor["andere_baan"])) == ("nieuwe_werkgever", True)
    assert (na["uitkomst"], bool(na["andere_baan"])) == ("wia", True)

"""The energy balance (seed 001: "welke activiteiten geven energie, welke nemen (te)
veel?"): loads per week, per kind of activity, and its picture."""

from __future__ import annotations

from datetime import date

import pytest

import reintegratie as ri
from reintegratie.errors import ValidationError

A = ri.Activiteitsoort


def _a(dag: date, energie: ri.Energie, belasting: float | None, soort=A.OVERIG, **kw):
    return ri.Activiteit(
        omschrijving="x", start=dag, energie=energie, soort=soort, belasting=belasting, **kw
    )


GEEFT, KOST, NEUTRAAL = ri.Energie.GEEFT, ri.Energie.KOST, ri.Energie.NEUTRAAL


class TestActiviteit:
    """An activity's load."""

    @pytest.mark.parametrize("belasting", [0, -1, float("nan"), float("inf"), True, "2"])
    def test_ongeldige_belasting(self, belasting: object):
        """A load is a finite number above 0."""
        with pytest.raises(ValidationError) as exc:
            _a(date(2026, 1, 5), GEEFT, belasting)  # type: ignore[arg-type]
        assert exc.value.field == "Activiteit.belasting"

    def test_schaal(self):
        """A score is from 1 to 10."""
        schaal = ri.Belastingseenheid.SCHAAL
        assert _a(date(2026, 1, 5), KOST, 10, belastingseenheid=schaal).belasting == 10
        with pytest.raises(ValidationError) as exc:
            _a(date(2026, 1, 5), KOST, 11, belastingseenheid=schaal)
        assert exc.value.field == "Activiteit.belasting"

    def test_rondgang(self):
        """Loads survive the wire format, a decimal included."""
        t = ri.Traject(werknemer="W-1", activiteiten=(_a(date(2026, 1, 5), GEEFT, 1.5),))
        assert ri.from_json(ri.to_json(t)) == t


class TestBalans:
    """Per week from the Monday of the first activity."""

    def test_weken(self):
        """Wed 7 Jan 2026 falls in the week of Mon 5 Jan; Sun 18 Jan in the week of
        Mon 12 Jan; Mon 26 Jan opens the fourth week, the third (19-25 Jan) is empty."""
        acts = [
            _a(date(2026, 1, 7), GEEFT, 2),
            _a(date(2026, 1, 8), KOST, 3.5),
            _a(date(2026, 1, 18), KOST, 6),
            _a(date(2026, 1, 18), NEUTRAAL, 1),
            _a(date(2026, 1, 26), GEEFT, 4),
            _a(date(2026, 1, 27), KOST, None),
        ]
        punten = ri.energiebalans(acts)
        assert [(p.van, p.tot) for p in punten] == [
            (date(2026, 1, 5), date(2026, 1, 11)),
            (date(2026, 1, 12), date(2026, 1, 18)),
            (date(2026, 1, 19), date(2026, 1, 25)),
            (date(2026, 1, 26), date(2026, 1, 27)),
        ]
        assert [(p.gegeven, p.gekost, p.saldo) for p in punten] == [
            (2, 3.5, -1.5),
            (0, 6, -6),
            (0, 0, 0),
            (4, 0, 4),
        ]
        assert punten[1].neutraal == 1
        assert punten[3].zonder_belasting == 1
        assert punten[0].eenheid is ri.Belastingseenheid.UREN

    def test_schrikkeldag(self):
        """Periods of 1 day over the end of February 2028: 28 Feb, 29 Feb, 1 Mar."""
        acts = [_a(date(2028, 2, 28), GEEFT, 1), _a(date(2028, 3, 1), KOST, 2)]
        punten = ri.energiebalans(acts, dagen=1)
        assert [p.van for p in punten] == [date(2028, 2, 28), date(2028, 2, 29), date(2028, 3, 1)]

    def test_periode(self):
        """Only activities starting in [van, tot] count."""
        acts = [_a(date(2026, 1, 5), GEEFT, 2), _a(date(2026, 2, 2), KOST, 3)]
        (p,) = ri.energiebalans(acts, van=date(2026, 2, 2), tot=date(2026, 2, 8))
        assert (p.gegeven, p.gekost) == (0, 3)

    def test_eenheden_niet_mengen(self):
        """Hours and scores are not added: the error names the activity."""
        acts = [
            _a(date(2026, 1, 5), GEEFT, 2),
            _a(date(2026, 1, 6), KOST, 7, belastingseenheid=ri.Belastingseenheid.SCHAAL),
        ]
        with pytest.raises(ValidationError) as exc:
            ri.energiebalans(acts)
        assert exc.value.field == "activiteiten[1].belastingseenheid"

    def test_ongeldige_invoer(self):
        """Bad period length, reversed period, or no activity: clear errors."""
        acts = [_a(date(2026, 1, 5), GEEFT, 2)]
        with pytest.raises(ValidationError):
            ri.energiebalans(acts, dagen=0)
        with pytest.raises(ValidationError):
            ri.energiebalans(acts, van=date(2026, 2, 1), tot=date(2026, 1, 1))
        with pytest.raises(ValidationError) as exc:
            ri.energiebalans([*acts, "wandelen"])  # type: ignore[list-item]
        assert exc.value.field == "activiteiten[1]"
        assert ri.energiebalans([]) == ()

    def test_per_soort(self):
        """Applying took 5 + 4 = 9 hours and gave 1; walking gave 3: applying first."""
        acts = [
            _a(date(2026, 1, 5), KOST, 5, A.SOLLICITEREN),
            _a(date(2026, 1, 12), KOST, 4, A.SOLLICITEREN),
            _a(date(2026, 1, 13), GEEFT, 1, A.SOLLICITEREN),
            _a(date(2026, 1, 6), GEEFT, 3, A.WANDELEN),
            _a(date(2026, 1, 7), GEEFT, None, A.LEZEN),
        ]
        cijfers = ri.energie_per_soort(acts)
        assert [(c.soort, c.gegeven, c.gekost, c.aantal, c.saldo) for c in cijfers] == [
            (A.SOLLICITEREN, 1, 9, 3, -8),
            (A.WANDELEN, 3, 0, 1, 3),
        ]


class TestPlot:
    """The picture (extra plot)."""

    @pytest.fixture(autouse=True)
    def _agg(self):
        matplotlib = pytest.importorskip("matplotlib")
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        yield
        plt.close("all")

    def test_traject(self, tmp_path):
        """Bars up for what gives energy, down for what takes it, a balance line; the
        activities of a spoor count too."""
        from reintegratie import analyse as an

        t = ri.Traject(
            werknemer="W-1",
            soort=ri.Trajectsoort.OUTPLACEMENT,
            activiteiten=(_a(date(2026, 1, 5), GEEFT, 2), _a(date(2026, 1, 14), KOST, 5)),
        )
        ax = an.plot_energiebalans(t)
        hoogtes = sorted(round(p.get_height(), 2) for p in ax.patches)
        assert hoogtes == [-5.0, -0.0, 0.0, 2.0]
        lijn = ax.get_lines()[0]  # the balance; the second is the zero line
        assert list(lijn.get_ydata()) == [2.0, -5.0]
        assert ax.get_ylabel() == "hours"
        ax.figure.savefig(tmp_path / "energie.png")

    def test_punten(self):
        """Periods of energiebalans can be given directly."""
        from reintegratie import analyse as an

        punten = ri.energiebalans([_a(date(2026, 1, 5), GEEFT, 2)])
        ax = an.plot_energiebalans(punten)
        assert len(ax.patches) == 2

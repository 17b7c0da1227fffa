"""Pictures (extra ``plot``), drawn with the Agg backend."""

from __future__ import annotations

from datetime import date

import pytest

import reintegratie as ri
from reintegratie import analyse as an
from reintegratie.testing.factories import maak_traject

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)

PEIL = date(2026, 6, 1)


@pytest.fixture(autouse=True)
def _sluit_figuren():
    yield
    plt.close("all")


class TestTrajectPlot:
    """The timeline of one traject."""

    def test_lanen_en_markers(self, tmp_path):
        """A lane per termijn code under sickness, sporen and events; a marker per termijn
        in its status colour; the picture saves."""
        t = maak_traject(
            date(2025, 1, 6),
            op_tijd={"probleemanalyse": False, "plan_van_aanpak": True},
            spoor_2=True,
            onderbrekingen=[(10, 5)],
            peildatum=PEIL,
        )
        ax = an.plot_traject(t, PEIL)
        tl = ri.tijdlijn(t, PEIL)
        labels = [label.get_text() for label in ax.get_yticklabels()]
        assert labels[:3] == ["sickness", "sporen", "events"]
        assert labels[3:] == list(tl.codes)
        kleuren = {
            matplotlib.colors.to_hex(lijn.get_color())
            for lijn in ax.get_lines()
            if lijn.get_marker() in ("o", "D")
        }
        assert an.plot.KLEUR[ri.Status.TE_LAAT] in kleuren
        assert an.plot.KLEUR[ri.Status.GEHAALD] in kleuren
        bestand = tmp_path / "traject.png"
        ax.figure.savefig(bestand)
        assert bestand.stat().st_size > 10_000

    def test_op_bestaande_as(self):
        """Draws on a given Axes; a traject without sickness gives an empty timeline."""
        _, ax = plt.subplots()
        assert an.plot_traject(ri.Traject(werknemer="W", werkgever="WG"), ax=ax) is ax
        assert [label.get_text() for label in ax.get_yticklabels()] == [
            "sickness",
            "sporen",
            "events",
        ]


class TestCaseloadPlot:
    """On-time rates per milestone."""

    def test_balken(self):
        """Three stacked segments per milestone that add up to 100 % of those judged."""
        cl = an.voorbeeldcaseload(200, seed=3)
        rapport = an.kpis(cl, date(2025, 6, 1), date(2026, 5, 31))
        ax = an.plot_caseload(rapport)
        assert len(ax.patches) == 3 * len(rapport.mijlpalen)
        per_balk: dict[float, float] = {}
        for p in ax.patches:
            per_balk[p.get_y()] = per_balk.get(p.get_y(), 0.0) + p.get_width()
        assert all(s == pytest.approx(1.0) for s in per_balk.values())
        assert "re-integratieverslag" in [label.get_text() for label in ax.get_yticklabels()]

    def test_uit_mijlpalen(self):
        """The result of mijlpalen works too, also when nothing could be judged."""
        cijfers = an.mijlpalen([], date(2025, 1, 1), date(2025, 12, 31))
        ax = an.plot_caseload(cijfers, titel="leeg")
        assert ax.get_title(loc="left") == "leeg"

"""The testing kit draws and builds every kind of trajectory in both jurisdictions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reintegratie as ri
from reintegratie.testing import begeleiding as fb
from reintegratie.testing import strategies as s
from reintegratie.testing.soorten import begeleidingstrajecten

POORTWACHTERCODES = {r.code for r in ri.POORTWACHTER} | {r.code for r in ri.VLAANDEREN}
SNEL = settings(max_examples=25, deadline=None)


class TestStrategie:
    """begeleidingstrajecten: valid, round-tripping, of the kind and jurisdiction asked."""

    @pytest.mark.parametrize("soort", list(ri.Trajectsoort))
    @pytest.mark.parametrize("jurisdictie", list(ri.Jurisdictie))
    def test_elke_soort_en_jurisdictie(self, soort, jurisdictie):
        """Each of the 5 x 2 combinations is drawn as asked and round-trips."""

        @settings(max_examples=4, deadline=None)
        @given(begeleidingstrajecten(soort=soort, jurisdictie=jurisdictie))
        def eigenschap(t: ri.Traject) -> None:
            assert t.trajectsoort is soort
            assert t.jurisdictie is jurisdictie
            assert ri.from_json(ri.to_json(t)) == t

        eigenschap()

    @SNEL
    @given(begeleidingstrajecten(), st.integers(0, 2000))
    def test_geen_wettelijke_bevindingen_buiten_verzuim(self, t, dagen):
        """Only sick-leave re-integration gets findings of the sick-leave rule sets; the
        role allocation and its checks run on every kind."""
        start = min((d.datum for d in t.driegesprekken), default=None) or t.eerste_ziektedag
        assert start is not None
        peildatum = start + timedelta(days=dagen)
        codes = {b.code for b in ri.toets(t, peildatum)}
        if t.trajectsoort is not ri.Trajectsoort.VERZUIMBEGELEIDING:
            assert not codes & POORTWACHTERCODES
            assert all(r.onderdeel is not ri.Onderdeel.TERMIJN for r in ri.rolverdeling(t))
        ri.rolcontrole(t, peildatum)

    @SNEL
    @given(begeleidingstrajecten())
    def test_weergaven(self, t):
        """Every role's view reads back (no field left unclassified)."""
        for rol in ri.Rol:
            assert ri.from_json(ri.to_json(t, voor=rol), weergave=rol) == t

    def test_via_strategies(self):
        """reintegratie.testing.strategies offers it too."""
        assert s.begeleidingstrajecten is begeleidingstrajecten
        with pytest.raises(AttributeError):
            _ = s.bestaat_niet


class TestFactories:
    """One builder per kind."""

    @pytest.mark.parametrize(
        ("bouwer", "soort"),
        [
            (fb.maak_loopbaanbegeleiding, ri.Trajectsoort.LOOPBAANBEGELEIDING),
            (fb.maak_outplacement, ri.Trajectsoort.OUTPLACEMENT),
            (fb.maak_jobcoaching, ri.Trajectsoort.JOBCOACHING),
            (fb.maak_wia_reintegratie, ri.Trajectsoort.WIA_REINTEGRATIE),
        ],
    )
    def test_bouwers(self, bouwer, soort):
        """Of its kind, compliant 14 days after the start (the agreement was kept on day
        10; the next driegesprek is due on day 42), and round-tripping."""
        t = bouwer(start=date(2026, 2, 2))
        assert t.trajectsoort is soort
        assert ri.toets(t, date(2026, 2, 16)) == ()
        assert ri.rolcontrole(t, date(2026, 2, 16)) == ()
        assert ri.from_json(ri.to_json(t)) == t

    def test_velden(self):
        """Other Traject fields go through; Flanders too."""
        u = ri.Uitkomst(soort=ri.Uitkomstsoort.NIEUWE_WERKGEVER, datum=date(2026, 5, 4))
        t = fb.maak_outplacement(uitkomsten=(u,), jurisdictie=ri.Jurisdictie.VL)
        assert t.uitkomsten == (u,)
        assert t.jurisdictie is ri.Jurisdictie.VL

    def test_wia_zonder_werkgever(self):
        """A WIA client: sickness recorded, no employer, no poortwachter."""
        t = fb.maak_wia_reintegratie()
        assert t.werkgever is None
        assert t.eerste_ziektedag == date(2023, 1, 2)
        assert t.wettelijke_ziektegevallen == ()

    def test_geen_verzuim(self):
        """Sick-leave re-integration has its own builder (maak_traject)."""
        with pytest.raises(ri.ValidationError) as exc:
            fb.maak_begeleiding(ri.Trajectsoort.VERZUIMBEGELEIDING)
        assert exc.value.field == "soort"

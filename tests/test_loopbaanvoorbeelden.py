"""The sample dossiers of guidance without sick-leave re-integration, checked by hand."""

from __future__ import annotations

from datetime import date

import reintegratie as ri
from reintegratie import analyse as an
from reintegratie.voorbeelden import voorbeeld


def _bevindingen(naam: str) -> list[tuple[str, date]]:
    v = voorbeeld(naam)
    return [(b.code, b.datum) for b in ri.toets(v.traject, v.peildatum)]


def test_loopbaancentrum_preventief():
    """Seed 000: preventive, no sickness, every agreement kept: nothing to report; the
    outcome is a new function inside."""
    v = voorbeeld("loopbaancentrum-preventief")
    assert v.traject.trajectsoort is ri.Trajectsoort.LOOPBAANBEGELEIDING
    assert _bevindingen(v.naam) == []
    assert an.uitkomsten([v.traject]).nieuwe_functie == 1


def test_loopbaancheques_vlaanderen():
    """Seed 002: driegesprek Mon 12 Jan 2026 + 42 days = Mon 23 Feb (Jan 12 + 19 = Jan 31,
    + 23 = Feb 23) without a next one; the manager's agreement due Fri 27 Feb is open on
    Mon 16 Mar: 2 days to 1 Mar + 15 = 17 days overdue."""
    v = voorbeeld("loopbaancheques-vlaanderen")
    assert v.traject.jurisdictie is ri.Jurisdictie.VL
    assert v.traject.initiatief is ri.Initiatief.WERKGEVER
    assert _bevindingen(v.naam) == [
        ("driegesprek_cadans", date(2026, 2, 23)),
        ("afspraak_verlopen", date(2026, 2, 27)),
    ]
    (b,) = [b for b in ri.toets(v.traject, v.peildatum) if b.code == "afspraak_verlopen"]
    assert "17 days overdue" in b.melding


def test_outplacement_wia():
    """Seeds 001 and 003: a WIA client since 2022 gets no poortwachter findings; the
    energy balance per week from Mon 2 Jun 2025 and the heaviest taker, applying."""
    v = voorbeeld("outplacement-wia")
    t = v.traject
    assert t.werkgever is None
    assert t.ziektegevallen
    assert _bevindingen(v.naam) == []
    punten = ri.energiebalans(t.activiteiten)
    assert [(p.van, p.gegeven, p.gekost) for p in punten] == [
        (date(2025, 6, 2), 3, 5),
        (date(2025, 6, 9), 4, 0),
        (date(2025, 6, 16), 0, 6),
        (date(2025, 6, 23), 2, 0),
    ]
    assert ri.energie_per_soort(t.activiteiten)[0].soort is ri.Activiteitsoort.SOLLICITEREN
    assert t.groepsprogrammas[0].binnen_effectieve_omvang
    assert t.werkervaringsplaatsen[0].uren_op(date(2025, 11, 10)) == 20


def test_jobcoach_na_plaatsing():
    """Seed 004: the jobcoach handed over on 1 Jan 2026; the employee's agreement due
    Fri 30 Jan is 10 days overdue on Mon 9 Feb; nazorg runs, so nothing else."""
    v = voorbeeld("jobcoach-na-plaatsing")
    t = v.traject
    assert ri.rolhouders(t, ri.Rol.JOBCOACH, date(2025, 12, 31)) == ("JC-A",)
    assert ri.rolhouders(t, ri.Rol.JOBCOACH, date(2026, 1, 12)) == ("JC-B",)
    assert _bevindingen(v.naam) == [("afspraak_verlopen", date(2026, 1, 30))]
    assert ri.rolcontrole(t, v.peildatum) == ()
    assert t.doelen[1].laatste_realisatie == 9.5 / 12

"""Benchmark: full timelines per second over 100k varied trajecten, on one core.

Target (issue "rules engine"): at least 50,000 timelines per second.

Run: ``.venv/bin/python benchmarks/bench_tijdlijn.py [N]``. Building the trajecten is
not timed; only ``reintegratie.tijdlijn`` over every one of them.
"""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta

import reintegratie as ri

DOEL_PER_SECONDE = 50_000


def _traject(rng: random.Random, i: int) -> ri.Traject:
    """A varied traject: 1–3 sickness periods, recorded or missing steps, some late,
    some recovered, now and then a loonsanctie or a vrijwillige verlenging."""
    x = date(2020, 1, 1) + timedelta(days=rng.randrange(0, 3650))
    perioden = []
    begin = x
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        lengte = rng.randrange(5, 120)
        perioden.append(ri.Ziekteperiode(eerste_dag=begin, laatste_dag=begin + timedelta(lengte)))
        begin = begin + timedelta(days=lengte + 1 + rng.randrange(1, 40))
    if rng.random() < 0.7:  # still sick: the last period stays open
        perioden[-1] = ri.Ziekteperiode(eerste_dag=perioden[-1].eerste_dag)
    cm = ri.Betrokkene(id="CM", rollen=frozenset({ri.Rol.CASEMANAGER}), organisatie="WG")
    t = ri.Traject(
        werknemer=f"W-{i}", werkgever="WG", ziekteperioden=tuple(perioden), betrokkenen=(cm,)
    )
    geval = t.ziektegevallen[-1]
    laatste = geval.laatste_dag or date(2100, 1, 1)
    gebeurtenissen: list[ri.Gebeurtenis] = []

    def op(dag: int, maak: type[ri.Gebeurtenis], **velden: object) -> None:
        datum = geval.datum_van_ziektedag(max(1, dag + rng.randrange(-5, 10)))
        if datum <= laatste and rng.random() < 0.9:
            gebeurtenissen.append(maak(datum=datum, **velden))  # type: ignore[call-arg]

    op(1, ri.Ziekmelding)
    op(6, ri.MeldingBedrijfsarts)
    op(40, ri.Probleemanalyse)
    op(54, ri.PlanVanAanpak, casemanager="CM", re_integratievisie=True)
    for k in range(96, 700, 42):
        op(k, ri.Evaluatie)
    op(294, ri.Melding42eWeek)
    op(350, ri.Eerstejaarsevaluatie, spoor_2_nodig=rng.random() < 0.5)
    if rng.random() < 0.05:
        op(700, ri.Loonsanctie, weken=rng.randrange(1, 53))  # before the end (WIA 25 lid 11)
    if rng.random() < 0.05:
        op(650, ri.VrijwilligeVerlenging, weken=rng.randrange(13, 53))
    op(630, ri.ReIntegratieverslag)
    op(640, ri.WiaAanvraag)
    gebeurtenissen.sort(key=lambda g: g.datum)
    return ri.Traject(
        werknemer=t.werknemer,
        werkgever=t.werkgever,
        ziekteperioden=t.ziekteperioden,
        betrokkenen=t.betrokkenen,
        gebeurtenissen=tuple(gebeurtenissen),
    )


def main(n: int = 100_000) -> None:
    rng = random.Random(20261122)
    trajecten = [_traject(rng, i) for i in range(n)]
    ri.tijdlijn(trajecten[0])  # warm the calendar and the prepared rule set
    termijnen = 0
    begin = time.perf_counter()
    for t in trajecten:
        termijnen += len(ri.tijdlijn(t))
    duur = time.perf_counter() - begin
    per_seconde = n / duur
    print(f"tijdlijn: {n:,} varied trajecten in {duur:.2f} s, {termijnen / n:.1f} termijnen each")
    print(f"  {per_seconde:,.0f} timelines per second (target: at least {DOEL_PER_SECONDE:,})")
    print(f"  {'meets' if per_seconde >= DOEL_PER_SECONDE else 'BELOW'} the target")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)

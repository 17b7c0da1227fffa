"""Benchmark: caseloads as objects and as DataFrames.

* ``to_frame`` for 100k generated trajecten (:func:`reintegratie.analyse.voorbeeldcaseload`),
  pandas and polars, with the columnar path for the trajecten without recorded facts
  (``methode="auto"``) and with timelines only (``methode="tijdlijn"``); the same for
  100k absence registrations without any recorded step (where the columnar path
  applies to every row); and the KPIs and signals of the generated caseload, for scale.
* Peak memory of 1M plain trajecten held as objects (one running sickness period, no
  events), measured with tracemalloc and as the growth of the resident set.
  Target (issue "Caseloads"): under 2 KiB per plain traject.

Building the caseloads is not timed. Run:
``.venv/bin/python benchmarks/bench_caseload.py [--frame N] [--geheugen N]``
(defaults 100000 and 1000000).
"""

from __future__ import annotations

import argparse
import gc
import resource
import time
import tracemalloc
from datetime import date, timedelta

import reintegratie as ri
from reintegratie import analyse as an

DOEL_BYTES = 2 * 1024


def _seconden(functie: object, *args: object, **opties: object) -> float:
    begin = time.perf_counter()
    functie(*args, **opties)  # type: ignore[operator]
    return time.perf_counter() - begin


def frames(n: int) -> None:
    """Time to_frame, termijnen_frame, kpis and signalen on *n* generated trajecten."""
    begin = time.perf_counter()
    cl = an.voorbeeldcaseload(n, seed=20261122)
    gebouwd = time.perf_counter() - begin
    peil = an.VOORBEELD_PEILDATUM
    zonder = sum(1 for t in cl if not t.gebeurtenissen and not t.sporen)
    print(
        f"caseload: {n:,} generated trajecten in {gebouwd:.1f} s (not timed), "
        f"{zonder:,} without recorded facts"
    )
    an.to_frame(cl[:10], peil)  # warm imports and the calendar
    for backend in ("pandas", "polars"):
        for methode in ("auto", "tijdlijn"):
            duur = _seconden(an.to_frame, cl, peil, backend, methode=methode)
            print(
                f"to_frame({backend}, methode={methode!r}): {n:,} trajecten in {duur:.2f} s "
                f"({n / duur:,.0f} per s)"
            )
    registraties = _plain(n)
    for methode in ("auto", "tijdlijn"):
        duur = _seconden(an.to_frame, registraties, peil, methode=methode)
        print(
            f"to_frame(pandas, methode={methode!r}) of {n:,} absence registrations (no "
            f"recorded facts): {duur:.2f} s ({n / duur:,.0f} per s)"
        )
    del registraties
    duur = _seconden(an.termijnen_frame, cl, peil)
    print(f"termijnen_frame(pandas): {n:,} trajecten in {duur:.2f} s")
    duur = _seconden(an.kpis, cl, date(2025, 6, 1), date(2026, 5, 31), peil)
    print(f"kpis: {n:,} trajecten in {duur:.2f} s")
    duur = _seconden(an.signalen, cl, peil)
    print(f"signalen: {n:,} trajecten in {duur:.2f} s")


def _rss() -> int | None:
    """The resident set now, in bytes (Linux: /proc/self/statm), else None."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * resource.getpagesize()
    except OSError:
        return None


def _plain(n: int) -> list[ri.Traject]:
    x = date(2020, 1, 1)
    return [
        ri.Traject(
            werknemer=f"W-{i:07d}",
            werkgever=f"WG-{i % 50:02d}",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=x + timedelta(days=i % 3000)),),
        )
        for i in range(n)
    ]


def geheugen(n: int) -> float:
    """Bytes per plain traject held as objects: the growth of the resident set (a first
    pass, nothing else traced) and what tracemalloc counts (a second pass)."""
    gc.collect()
    rss_voor = _rss()
    trajecten = _plain(n)
    gc.collect()
    rss_na = _rss()
    del trajecten
    gc.collect()
    tracemalloc.start()
    basis = tracemalloc.get_traced_memory()[0]
    trajecten = _plain(n)
    gc.collect()
    huidig, piek = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    per = (huidig - basis) / n
    rss = "" if rss_voor is None or rss_na is None else f"; RSS grew {(rss_na - rss_voor) / n:,.0f}"
    print(
        f"memory: {n:,} plain trajecten held: {per:,.0f} bytes each (tracemalloc; peak while "
        f"building {(piek - basis) / n:,.0f}{rss} bytes each)"
    )
    oordeel = "met" if per < DOEL_BYTES else "NOT met"
    print(f"target: < {DOEL_BYTES:,} bytes (2 KiB) per plain traject: {oordeel}")
    del trajecten
    return per


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--frame", type=int, default=100_000, help="trajecten for to_frame")
    parser.add_argument("--geheugen", type=int, default=1_000_000, help="plain trajecten held")
    args = parser.parse_args(argv)
    if args.frame:
        frames(args.frame)
    if args.geheugen:
        geheugen(args.geheugen)


if __name__ == "__main__":
    main()

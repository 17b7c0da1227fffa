"""Benchmark: a JSON Lines caseload of N realistic dossiers into figures, three ways, each
in a process of its own (time and peak memory), side by side in one run.

* ``objecten``: the library's object path, the full KPI report:
  ``Caseload.uit_jsonl`` (with the msgspec fast path when installed) + ``kpis``.
* ``arrow``: the columnar path: ``lees_kolommen`` (pyarrow, no object per dossier) +
  the columnar timeline of the seven milestones (``tijdlijn_kolommen``: deadlines and
  statuses without recorded facts) + sanctions + outcomes.
* ``polars``: a hand-written polars pipeline reading the same fields with an explicit
  schema (``pl.read_ndjson``), the periods exploded into date columns, sanctions and
  outcomes as expressions: the baseline an analyst writes.

The issue's target is the full KPI report from columns within 2x of a hand-written
polars pipeline doing the same deadlines; the milestone statuses need recorded facts,
which the columnar timeline does not apply yet, so the ``arrow`` figure here covers the
deadlines without facts, sanctions and outcomes, and the ratio printed is that of the
``arrow`` contestant to the ``polars`` one (target 2.0 or less), the object path beside.

The dossiers are :func:`~reintegratie.analyse.voorbeeldcaseload` trajecten (generating
them is slow, so a base of 2,000 is written and its lines repeated up to N; not timed).
Run: ``.venv/bin/python benchmarks/bench_arrow.py [N] [--zonder-objecten]`` (default
100000; the issue's figure is for N = 1000000, where ``--zonder-objecten`` leaves out the
object path, which takes several minutes there).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

DOEL = 2.0
VAN, TOT = date(2025, 1, 1), date(2025, 12, 31)
PEIL = date(2026, 1, 1)


def _schrijf(n: int, pad: Path) -> None:
    from reintegratie.analyse import voorbeeldcaseload
    from reintegratie.serialisatie import to_json

    basis = [to_json(t) for t in voorbeeldcaseload(min(n, 2000), seed=20261201)]
    with open(pad, "w", encoding="utf-8") as uit:
        for i in range(n):
            uit.write(basis[i % len(basis)])
            uit.write("\n")


def _objecten(pad: str) -> object:
    from reintegratie.analyse import Caseload, kpis

    return kpis(Caseload.uit_jsonl(pad), VAN, TOT, PEIL)


def _arrow(pad: str) -> object:
    from reintegratie.analyse.arrow import lees_kolommen
    from reintegratie.analyse.kolommen import tijdlijn_kolommen
    from reintegratie.analyse.kpi import MIJLPALEN

    kol = lees_kolommen(pad)
    tl = tijdlijn_kolommen(kol.verzuimkolommen(), PEIL, codes=list(MIJLPALEN))
    return tl, kol.sancties(VAN, TOT), kol.uitkomsten(VAN, TOT)


def _polars(pad: str) -> object:
    import polars as pl

    d = pl.Date
    schema = {
        "schema": pl.String,
        "versie": pl.Int64,
        "data": pl.Struct(
            {
                "werknemer": pl.String,
                "werkgever": pl.String,
                "ziekteperioden": pl.List(
                    pl.Struct(
                        {"eerste_dag": pl.String, "laatste_dag": pl.String, "percentage": pl.Int64}
                    )
                ),
                "gebeurtenissen": pl.List(
                    pl.Struct({"soort": pl.String, "datum": pl.String, "weken": pl.Int64})
                ),
                "uitkomst": pl.Struct(
                    {"soort": pl.String, "datum": pl.String, "tevredenheid_verbeterd": pl.Boolean}
                ),
            }
        ),
    }
    df = pl.read_ndjson(pad, schema=schema).unnest("data").with_row_index("rij")
    perioden = (
        df.select("rij", "ziekteperioden")
        .explode("ziekteperioden")
        .unnest("ziekteperioden")
        .with_columns(pl.col("eerste_dag").str.to_date(), pl.col("laatste_dag").str.to_date())
    )
    gebeurtenissen = (
        df.select("rij", "gebeurtenissen")
        .explode("gebeurtenissen")
        .unnest("gebeurtenissen")
        .with_columns(pl.col("datum").str.to_date())
        .filter(pl.col("datum").is_between(VAN, TOT))
    )
    sancties = gebeurtenissen.filter(pl.col("soort") == "loonsanctie").select(
        pl.len(), pl.col("rij").n_unique(), pl.col("weken").sum()
    )
    uitkomsten = (
        df.select(pl.col("uitkomst").struct.unnest())
        .with_columns(pl.col("datum").str.to_date())
        .filter(pl.col("datum").is_between(VAN, TOT))
        .group_by("soort")
        .len()
    )
    _ = d
    return perioden.height, sancties, uitkomsten


WEDSTRIJD = {"objecten": _objecten, "arrow": _arrow, "polars": _polars}


def _deelnemer(naam: str, pad: str) -> None:
    """Run one contestant in this process; print its time and peak memory as JSON."""
    import reintegratie.analyse

    if naam == "polars":
        import polars  # noqa: F401
    else:  # every module the contestant loads, so that no import is timed
        import pyarrow.compute
        import pyarrow.json  # noqa: F401

        import reintegratie.analyse.arrow
        import reintegratie.analyse.kolommen  # noqa: F401
    voor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    begin = time.perf_counter()
    cpu = time.process_time()
    WEDSTRIJD[naam](pad)
    print(
        json.dumps(
            {
                "seconden": time.perf_counter() - begin,
                "cpu": time.process_time() - cpu,
                "piek_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                "groei_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - voor) / 1024,
            }
        )
    )


def main(argv: list[str]) -> None:
    if argv and argv[0] == "--deelnemer":
        _deelnemer(argv[1], argv[2])
        return
    n = int(next((a for a in argv if a.isdigit()), "100000"))
    with tempfile.TemporaryDirectory() as map_:
        pad = Path(map_) / "caseload.jsonl"
        _schrijf(n, pad)
        grootte = pad.stat().st_size / 1e6
        print(f"{n:,} dossiers, {grootte:,.0f} MB of JSON Lines (period {VAN} .. {TOT})")
        uitslag: dict[str, dict[str, float]] = {}
        namen = (
            ("polars", "arrow") if "--zonder-objecten" in argv else ("polars", "arrow", "objecten")
        )
        for naam in namen:
            uit = subprocess.run(
                [sys.executable, __file__, "--deelnemer", naam, str(pad)],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "PYTHONHASHSEED": "0"},
            )
            uitslag[naam] = json.loads(uit.stdout.strip().splitlines()[-1])
            r = uitslag[naam]
            print(
                f"{naam:9} {r['seconden']:8.2f} s wall, {r['cpu']:8.2f} s CPU, "
                f"peak memory {r['piek_mb']:7.0f} MB (+{r['groei_mb']:.0f} MB while running)"
            )
    a, p = uitslag["arrow"], uitslag["polars"]
    if "objecten" in uitslag:
        print(f"object path vs polars: {uitslag['objecten']['seconden'] / p['seconden']:.1f}x wall")
    print(f"arrow vs polars, CPU time: {a['cpu'] / p['cpu']:.2f}x")
    verhouding = a["seconden"] / p["seconden"]
    haalt = "reached" if verhouding <= DOEL else "NOT reached"
    print(f"target: arrow path within {DOEL:.1f}x of the hand-written polars pipeline: {haalt}")
    print(f"arrow vs polars: {verhouding:.2f}x")


if __name__ == "__main__":
    main(sys.argv[1:])

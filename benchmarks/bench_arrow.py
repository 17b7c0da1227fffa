"""Benchmark: a JSON Lines caseload of N realistic dossiers into the KPI report, three
ways, each in a process of its own (time and peak memory), side by side in one run.

* ``objecten``: the library's object path: ``Caseload.uit_jsonl`` (with the msgspec fast
  path when installed) + ``kpis``.
* ``arrow``: the library's Arrow path: ``lees_kolommen`` (pyarrow, no object per
  dossier) + ``Caseloadkolommen.kpis``: the same report, milestones of every case with
  the recorded facts (a dossier the arrays cannot compute is read whole; none in this
  caseload). When both run, the benchmark checks they give the same report.
* ``polars``: a hand-written polars pipeline doing the same deadlines, the work an analyst
  would write: ``pl.read_ndjson`` with an explicit schema of the current format
  (``uitkomsten`` a list), the periods exploded and added together into cases
  (samentelling: 28 fit days start a new case), per case the seven milestones' due dates
  from its first sick day (the 42nd-week report shifted to a working day: weekends and
  the Algemene termijnenwet holidays of the library's calendar), the plan van aanpak
  from the actual probleemanalyse, the evaluations every 6 weeks, each status against
  the recorded event dates (done on time, late, lapsed by recovery, missed or open on
  the peildatum), counted per milestone in the period; sanctions and outcomes too.

What the polars pipeline simplifies (so its counts may differ from the library's, which
follows the law as data): sick days are counted as calendar days from the case's first
day (a break inside a case does not push the dates; leave is ignored); the evaluations
count every 6 weeks from the plan (not from each completion) and one done within the 6
weeks before a due date completes it; no conditions (geen benutbare mogelijkheden,
spoor 2 not needed), no facts that move dates (dreigend langdurig verzuim, UWV's WIA
letter, an extension), no end of employment, vangnet or other jurisdiction, no rule
variants before 2013 (the WIA application 11 weeks before the end of the wachttijd), and
no spoor 2 or group-programme figures.

The target (the issue's): the Arrow path within 2x of the polars pipeline, wall time at
1M dossiers; the ratio is printed last, the target beside the figures, with peak memory.

The dossiers are :func:`~reintegratie.analyse.voorbeeldcaseload` trajecten (generating
them is slow, so a base of 2,000 is written and its lines repeated up to N; not timed).
Run: ``.venv/bin/python benchmarks/bench_arrow.py [N] [--zonder-objecten]`` (default
100000; the issue's figure is for N = 1000000, where ``--zonder-objecten`` leaves out the
object path, which takes several minutes there).
"""

from __future__ import annotations

import hashlib
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

    return lees_kolommen(pad).kpis(VAN, TOT, PEIL)


#: The seven milestones, as the polars pipeline dates them: (code, sick day offset from
#: the case's first day, or None for the plan/evaluations counted from other dates).
_VAST = {
    "probleemanalyse": 41,
    "melding_42e_week": 294,
    "eerstejaarsevaluatie": 363,
    "re_integratieverslag": 636,
    "wia_aanvraag": 727 - 77,
}


def _polars(pad: str) -> object:
    import polars as pl

    from reintegratie.kalender import standaard_kalender

    s = pl.String
    schema = {
        "schema": s,
        "versie": pl.Int64,
        "data": pl.Struct(
            {
                "werknemer": s,
                "werkgever": s,
                "ziekteperioden": pl.List(
                    pl.Struct({"eerste_dag": s, "laatste_dag": s, "percentage": pl.Int64})
                ),
                "gebeurtenissen": pl.List(pl.Struct({"soort": s, "datum": s, "weken": pl.Int64})),
                "uitkomsten": pl.List(
                    pl.Struct({"soort": s, "datum": s, "tevredenheid_verbeterd": pl.Boolean})
                ),
            }
        ),
    }
    df = pl.read_ndjson(pad, schema=schema).unnest("data").with_row_index("rij")
    peil = PEIL
    # Periods -> cases (samentelling: 28 fit days or more start a new case).
    perioden = (
        df.select("rij", "ziekteperioden")
        .explode("ziekteperioden")
        .unnest("ziekteperioden")
        .drop_nulls("eerste_dag")
        .with_columns(pl.col("eerste_dag").str.to_date(), pl.col("laatste_dag").str.to_date())
        .with_columns(
            nieuw=(
                (pl.col("eerste_dag") - pl.col("laatste_dag").shift(1).over("rij")).dt.total_days()
                - 1
            )
            .fill_null(10**6)
            .ge(28)
        )
        .with_columns(geval=pl.col("nieuw").cast(pl.Int32).cum_sum().over("rij"))
    )
    gevallen = (
        perioden.group_by("rij", "geval")
        .agg(
            x=pl.col("eerste_dag").min(),
            laatste=pl.when(pl.col("laatste_dag").is_null().any())
            .then(None)
            .otherwise(pl.col("laatste_dag").max()),
        )
        .sort("rij", "x")
        .with_columns(volgende=pl.col("x").shift(-1).over("rij"))
    )
    # Events in their case: from its first sick day until the next case, by the peildatum.
    gebeurtenissen = (
        df.select("rij", "gebeurtenissen")
        .explode("gebeurtenissen")
        .unnest("gebeurtenissen")
        .drop_nulls("soort")
        .with_columns(pl.col("datum").str.to_date())
        .filter(pl.col("datum") <= peil)
    )
    in_geval = gebeurtenissen.join(gevallen, on="rij").filter(
        (pl.col("datum") >= pl.col("x"))
        & (pl.col("volgende").is_null() | (pl.col("datum") < pl.col("volgende")))
    )
    eerste = (
        in_geval.group_by("rij", "geval", "soort")
        .agg(pl.col("datum").min())
        .pivot(on="soort", index=["rij", "geval"], values="datum")
    )
    for code in (*_VAST, "plan_van_aanpak"):
        if code not in eerste.columns:
            eerste = eerste.with_columns(pl.lit(None, dtype=pl.Date).alias(code))
    g = gevallen.join(eerste, on=["rij", "geval"], how="left")
    jaren = range(2000, 2040)
    vrij = [d for j in jaren for d in standaard_kalender().feestdagen(j)]
    dagen = {code: pl.col("x") + pl.duration(days=k) for code, k in _VAST.items()}
    dagen["melding_42e_week"] = dagen["melding_42e_week"].dt.add_business_days(
        0, holidays=vrij, roll="forward"
    )
    pa_dag = pl.coalesce(pl.col("probleemanalyse"), dagen["probleemanalyse"])
    dagen["plan_van_aanpak"] = pa_dag + pl.duration(days=14)
    g = g.with_columns(**{f"{c}_uiterlijk": e for c, e in dagen.items()})

    def status(uiterlijk: pl.Expr, gedaan: pl.Expr) -> pl.Expr:
        hersteld = pl.col("laatste").is_not_null() & (pl.col("laatste") < peil)
        return (
            pl.when(gedaan.is_not_null() & (gedaan <= uiterlijk))
            .then(pl.lit("op_tijd"))
            .when(gedaan.is_not_null())
            .then(pl.lit("te_laat"))
            .when(hersteld & (uiterlijk > pl.col("laatste")))
            .then(pl.lit("vervallen"))
            .when(uiterlijk < peil)
            .then(pl.lit("gemist"))
            .otherwise(pl.lit("open"))
        )

    rijen = []
    for code in dagen:
        u = pl.col(f"{code}_uiterlijk")
        rijen.append(
            g.filter(u.is_between(VAN, TOT)).select(
                pl.lit(code).alias("code"), status(u, pl.col(code)).alias("status")
            )
        )
    # Evaluations: every 42 days from the plan (done, else its due date), until the end of
    # the wachttijd or recovery; one done in the 42 days up to a due date completes it.
    plan = pl.coalesce(pl.col("plan_van_aanpak"), pl.col("plan_van_aanpak_uiterlijk"))
    einde = pl.min_horizontal(
        pl.col("x") + pl.duration(days=727), pl.col("laatste").fill_null(pl.date(9999, 1, 1))
    )
    evaluaties = (
        g.select("rij", "geval", "laatste", plan.alias("plan"), einde.alias("einde"))
        .with_columns(
            k=pl.int_ranges(1, ((pl.col("einde") - pl.col("plan")).dt.total_days() // 42) + 1)
        )
        .explode("k")
        .drop_nulls("k")
        .with_columns(uiterlijk=pl.col("plan") + pl.duration(days=pl.col("k") * 42))
        .filter(pl.col("uiterlijk").is_between(VAN, TOT))
    )
    gedaan = in_geval.filter(pl.col("soort") == "evaluatie").select(
        "rij", "geval", pl.col("datum").alias("gedaan")
    )
    voltooid = (
        evaluaties.join(gedaan, on=["rij", "geval"])
        .filter(
            (pl.col("gedaan") > pl.col("uiterlijk") - pl.duration(days=42))
            & (pl.col("gedaan") <= pl.col("uiterlijk") + pl.duration(days=42))
        )
        .group_by("rij", "geval", "k")
        .agg(pl.col("gedaan").min())
    )
    evaluaties = evaluaties.join(voltooid, on=["rij", "geval", "k"], how="left")
    rijen.append(
        evaluaties.select(
            pl.lit("evaluatie").alias("code"),
            status(pl.col("uiterlijk"), pl.col("gedaan")).alias("status"),
        )
    )
    mijlpalen = pl.concat(rijen).group_by("code", "status").len()
    binnen = gebeurtenissen.filter(pl.col("datum").is_between(VAN, TOT))
    sancties = binnen.filter(pl.col("soort") == "loonsanctie").select(
        pl.len(), pl.col("rij").n_unique(), pl.col("weken").sum()
    )
    uitkomsten = (
        df.select("rij", "uitkomsten")
        .explode("uitkomsten")
        .unnest("uitkomsten")
        .drop_nulls("soort")
        .with_columns(pl.col("datum").str.to_date())
        .filter(pl.col("datum").is_between(VAN, TOT))
        .group_by("soort")
        .agg(pl.col("rij").n_unique())
    )
    return mijlpalen, sancties, uitkomsten


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
        import reintegratie.analyse.kolommen
        import reintegratie.analyse.kpikolommen  # noqa: F401
    voor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    begin = time.perf_counter()
    cpu = time.process_time()
    uitkomst = WEDSTRIJD[naam](pad)
    tijd = time.perf_counter() - begin
    cpu = time.process_time() - cpu
    rapport = getattr(uitkomst, "als_dict", None)
    inhoud = json.dumps(rapport(), sort_keys=True, default=str) if rapport else ""
    print(
        json.dumps(
            {
                "rapport": hashlib.sha256(inhoud.encode()).hexdigest() if rapport else None,
                "seconden": tijd,
                "cpu": cpu,
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
        zelfde = uitslag["objecten"]["rapport"] == a["rapport"]
        print(f"arrow and object path give the same report: {'yes' if zelfde else 'NO'}")
    print(f"arrow vs polars, CPU time: {a['cpu'] / p['cpu']:.2f}x")
    verhouding = a["seconden"] / p["seconden"]
    haalt = "reached" if verhouding <= DOEL else "NOT reached"
    print(
        f"peak memory: arrow {a['piek_mb']:.0f} MB, polars {p['piek_mb']:.0f} MB "
        f"({a['piek_mb'] / p['piek_mb']:.2f}x)"
    )
    print(f"target: arrow path within {DOEL:.1f}x of the hand-written polars pipeline: {haalt}")
    print(f"arrow vs polars: {verhouding:.2f}x")


if __name__ == "__main__":
    main(sys.argv[1:])

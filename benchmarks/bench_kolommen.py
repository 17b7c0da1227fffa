"""Benchmark: the columnar timeline (reintegratie.analyse.kolommen) for 1M and 10M dossiers.

Target (issue "Caseloads"): 10M dossiers in under 5 s on one core, printed beside a
bare numpy baseline of 7 date additions over the same arrays in the same run.

The dossiers: first sick days spread over 2016–2034, 40 % recovered after 1–900 days,
5 % with a relapse (two periods, 1–60 fit days apart: samentelling on the arrays). The
timed call builds :class:`Verzuimkolommen` (with its checks) and computes the seven
milestones of the issue (probleemanalyse, plan van aanpak, 42nd-week report with the
Atw shift, eerstejaarsevaluatie, re-integratieverslag, WIA application, end of the
wachttijd) with their statuses on a peildatum; a second figure computes every code of
the rule set (evaluations as counts). Best of three runs each.

Run: ``.venv/bin/python benchmarks/bench_kolommen.py [N ...]`` (default 1000000 10000000).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import date
from typing import Any

import numpy as np

from reintegratie.analyse.kolommen import Verzuimkolommen, tijdlijn_kolommen

DOEL_SECONDEN = 5.0
DOEL_AANTAL = 10_000_000
CODES = (
    "probleemanalyse",
    "plan_van_aanpak",
    "melding_42e_week",
    "eerstejaarsevaluatie",
    "re_integratieverslag",
    "wia_aanvraag",
    "einde_wachttijd",
)
#: The baseline: the same seven offsets as bare additions (sick day k is X + k - 1).
OFFSETS = (41, 55, 294, 363, 636, 650, 727)
PEILDATUM = date(2026, 6, 1)
HERHALINGEN = 3


def dossiers(n: int, seed: int = 20261122) -> dict[str, Any]:
    """The arrays of *n* dossiers (see the module docstring)."""
    rng = np.random.default_rng(seed)
    x = np.datetime64("2016-01-01") + rng.integers(0, 19 * 365, n).astype("timedelta64[D]")
    hersteld = rng.random(n) < 0.4
    einde = np.where(
        hersteld, x + rng.integers(0, 900, n).astype("timedelta64[D]"), np.datetime64("NaT", "D")
    ).astype("datetime64[D]")
    terugval = np.flatnonzero(rng.random(n) < 0.05)
    # A relapse: the dossier's first period lasts 1–30 days, then 1–60 fit days.
    eerste_lengte = rng.integers(1, 31, terugval.size).astype("timedelta64[D]")
    fit = rng.integers(1, 61, terugval.size).astype("timedelta64[D]")
    per_dossier = np.ones(n, dtype=np.int64)
    per_dossier[terugval] = 2
    grenzen = np.concatenate(([0], np.cumsum(per_dossier)))
    m = int(grenzen[-1])
    begin = np.empty(m, dtype="datetime64[D]")
    laatste = np.empty(m, dtype="datetime64[D]")
    laatste_rij = grenzen[1:] - 1
    begin[laatste_rij] = x
    laatste[laatste_rij] = einde
    eerste_rij = grenzen[:-1][terugval]
    begin[eerste_rij] = x[terugval]
    laatste[eerste_rij] = x[terugval] + eerste_lengte - np.timedelta64(1, "D")
    tweede = x[terugval] + eerste_lengte + fit
    begin[laatste_rij[terugval]] = tweede
    laatste[laatste_rij[terugval]] = np.where(
        np.isnat(einde[terugval]) | (einde[terugval] < tweede),
        np.datetime64("NaT", "D"),
        einde[terugval],
    )
    return {"eerste_dag": begin, "laatste_dag": laatste, "grenzen": grenzen, "x": x}


def _beste(functie: Callable[[], object]) -> float:
    tijden = []
    for _ in range(HERHALINGEN):
        begin = time.perf_counter()
        resultaat = functie()
        tijden.append(time.perf_counter() - begin)
        del resultaat
    return min(tijden)


def meet(n: int) -> dict[str, float]:
    """Seconds (best of three) for the baseline, the seven milestones and every code."""
    d = dossiers(n)
    x = d["x"]

    def basislijn() -> list[Any]:
        return [x + np.timedelta64(k, "D") for k in OFFSETS]

    def zeven() -> object:
        verzuim = Verzuimkolommen(d["eerste_dag"], d["laatste_dag"], d["grenzen"])
        return tijdlijn_kolommen(verzuim, PEILDATUM, codes=CODES)

    def alles() -> object:
        verzuim = Verzuimkolommen(d["eerste_dag"], d["laatste_dag"], d["grenzen"])
        return tijdlijn_kolommen(verzuim, PEILDATUM)

    zeven()  # warm the calendar
    return {"basislijn": _beste(basislijn), "zeven": _beste(zeven), "alles": _beste(alles)}


def main(argv: list[str] | None = None) -> None:
    aantallen = [int(a) for a in (argv if argv is not None else sys.argv[1:])] or [
        1_000_000,
        10_000_000,
    ]
    for n in aantallen:
        t = meet(n)
        print(
            f"kolommen n={n:>12,}: 7 milestones + statuses {t['zeven']:6.2f} s | every code "
            f"{t['alles']:6.2f} s | numpy baseline, 7 date additions {t['basislijn']:6.2f} s "
            f"({t['zeven'] / t['basislijn']:.1f}x the baseline)"
        )
        if n == DOEL_AANTAL:
            oordeel = "met" if t["zeven"] < DOEL_SECONDEN else "NOT met"
            print(f"target: {DOEL_AANTAL:,} in < {DOEL_SECONDEN:.0f} s on one core: {oordeel}")
    if DOEL_AANTAL not in aantallen:
        print(
            f"target: {DOEL_AANTAL:,} in < {DOEL_SECONDEN:.0f} s on one core (run with N=10000000)"
        )


if __name__ == "__main__":
    main()

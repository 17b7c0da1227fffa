"""Profile: where the time of ``reintegratie.tijdlijn`` goes, over varied trajecten.

Run: ``.venv/bin/python benchmarks/profiel_tijdlijn.py [N] [TOP]``. Builds the same
trajecten as ``bench_tijdlijn.py`` (not profiled), then profiles ``tijdlijn`` over N
of them (default 20,000) with cProfile and prints the TOP (default 25) functions by
own time. cProfile adds a cost to every Python call, so it overstates call-heavy
code; use the benchmark for absolute numbers.
"""

from __future__ import annotations

import cProfile
import pstats
import random
import sys

from bench_tijdlijn import _traject

import reintegratie as ri


def main(n: int = 20_000, top: int = 25) -> None:
    rng = random.Random(20261122)
    trajecten = [_traject(rng, i) for i in range(n)]
    ri.tijdlijn(trajecten[0])  # warm the calendar and the compiled rule set
    profiel = cProfile.Profile()
    profiel.enable()
    for t in trajecten:
        ri.tijdlijn(t)
    profiel.disable()
    pstats.Stats(profiel).strip_dirs().sort_stats("tottime").print_stats(top)


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))

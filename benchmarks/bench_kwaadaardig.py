"""Benchmark: the worst crafted inputs known, each refused or read in well under a second.

Each case is an input that once took tens of seconds or gigabytes, or that stands at a
documented limit (:mod:`reintegratie.serialisatie.grenzen`):

* 40,000 participant ids in a driegesprek (0.39 MB), once checked pairwise (35 s): now
  refused at the array limit; 9,999 of them (and as many betrokkenen) are read, checked
  in linear time;
* 4,000 sickness periods and 4,000 leave periods, once compared pairwise (19 s);
* a YAML scenario of 534 bytes with nested anchors (52 s, 2.1 GB): aliases are refused;
* JSON nested 100,000 deep; ``NaN`` and a duplicate key at the end of a document of the
  maximum size (the position is found in one pass); an array over the item limit;
* a first sick day in 9999 (once an ``OverflowError`` in the engine);
* the slowest document the fuzz harness makes: near the size limit, an array of 9,000
  group programmes with 12 participants each (108,000 ids), in a version-1
  document (upgraded on the way), all valid (0.84 s to read, now about 0.4 s).

Run: ``.venv/bin/python benchmarks/bench_kwaadaardig.py``; prints CPU seconds per case.
``tests/test_robuustheid.py`` runs the same cases and asserts each stays under a second.
"""

from __future__ import annotations

import datetime as _dt
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

#: Each case must stay under this many CPU seconds.
GRENS = 1.0


def _deelnemers(n: int) -> str:
    ids = [f"P-{i:05d}" for i in range(n)]
    data = {
        "werknemer": "P-00000",
        "werkgever": "WG",
        "ziekteperioden": [{"eerste_dag": "2025-09-01"}],
        "betrokkenen": [
            {"id": i, "rollen": ["leidinggevende"], "organisatie": "WG"} for i in ids[1:]
        ],
        "driegesprekken": [{"datum": "2025-10-01", "deelnemers": ids}],
    }
    return json.dumps({"schema": "reintegratie/traject", "versie": 2, "data": data})


def _perioden(n: int = 4_000) -> str:
    start = _dt.date(1990, 1, 1)
    ziek, verlof = [], []
    for i in range(n):
        dag = start + _dt.timedelta(days=4 * i)
        ziek.append({"eerste_dag": dag.isoformat(), "laatste_dag": dag.isoformat()})
        v = dag + _dt.timedelta(days=2)
        verlof.append({"eerste_dag": v.isoformat(), "laatste_dag": v.isoformat()})
    ziek[-1]["laatste_dag"] = None
    verlof.pop()
    data = {"werknemer": "W", "werkgever": "WG", "ziekteperioden": ziek, "verlofperioden": verlof}
    return json.dumps({"schema": "reintegratie/traject", "versie": 2, "data": data})


def _groepen(n: int = 9_000) -> str:
    """A version-1 traject with *n* group programmes of 12 participants: read in full."""
    groep = {
        "naam": "heroriëntatie",
        "start": "2026-01-05",
        "deelnemers": ["W-001", *(f"W-{i:03d}" for i in range(100, 111))],
        "einde": "2026-03-30",
        "begeleider": "LA-1",
    }
    data = {
        "werknemer": "W-001",
        "werkgever": "WG",
        "ziekteperioden": [{"eerste_dag": "2025-09-01"}],
        "groepsprogrammas": [groep] * n,
    }
    return json.dumps({"schema": "reintegratie/traject", "versie": 1, "data": data})


#: Nested anchors: each level refers to the one before nine times (the "billion laughs").
LACHEN = "\n".join(
    ["a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]"]
    + [
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]"
        for i in range(8)
    ]
)


def _yaml() -> None:
    from reintegratie.testing.scenario import lees_scenarios

    with tempfile.TemporaryDirectory() as map_:
        pad = Path(map_) / "lachen.scenario.yaml"
        pad.write_text(LACHEN, encoding="utf-8")
        lees_scenarios(pad)


def _groot(slot: str) -> str:
    """A rolverdeling document just under the size limit, ending in *slot*."""
    from reintegratie.serialisatie.grenzen import MAX_DOCUMENT_TEKENS

    rij = json.dumps(
        {
            "onderdeel": "termijn",
            "code": "ziekmelding",
            "datum": "2025-01-06",
            "rol": "werknemer",
            "raci": "R",
            "personen": ["W-1"],
            "ingevuld": True,
            "volgnummer": 1,
            "status": None,
        }
    )
    kop = '{"schema":"reintegratie/rolverdeling","versie":2,"data":['
    aantal = (MAX_DOCUMENT_TEKENS - len(kop) - len(slot) - 10) // (len(rij) + 1)
    return kop + ",".join([rij] * aantal) + slot


def gevallen() -> dict[str, Callable[[], object]]:
    """Every case: a name and a function that reads the crafted input (and may raise)."""
    import reintegratie as ri
    from reintegratie.serialisatie import Rolverdeling, from_json

    veel = _deelnemers(40_000)
    deelnemers = _deelnemers(9_999)
    perioden = _perioden()
    diep = "[" * 100_000 + "]" * 100_000
    nan = _groot(',{"x":NaN}]}')
    dubbel = _groot(',{"code":"a","code":"b"}]}')
    te_lang = _groot("]}").replace('"data":[', '"data":[' + "1," * 11_000, 1)
    groepen = _groepen()
    return {
        "40,000 participant ids (0.39 MB)": lambda: from_json(veel),
        "9,999 participants and betrokkenen": lambda: from_json(deelnemers),
        "4,000 sickness x 4,000 leave periods": lambda: ri.toets(
            from_json(perioden), _dt.date(2035, 1, 1)
        ),
        "534-byte YAML with nested anchors": _yaml,
        "JSON nested 100,000 deep": lambda: from_json(diep),
        "NaN at the end of 2 MiB": lambda: from_json(nan, Rolverdeling),
        "duplicate key at the end of 2 MiB": lambda: from_json(dubbel, Rolverdeling),
        "array over the item limit": lambda: from_json(te_lang, Rolverdeling),
        "first sick day 9999-01-01": lambda: ri.Ziekteperiode(eerste_dag=_dt.date(9999, 1, 1)),
        "9,000 group programmes, 108,000 ids (v1)": lambda: from_json(groepen),
    }


def meet(geval: Callable[[], object]) -> tuple[float, str]:
    """CPU seconds of one case and how it ended (``ok`` or the error class)."""
    from reintegratie.errors import ReintegratieError

    begin = time.process_time()
    try:
        geval()
        einde = "ok"
    except ReintegratieError as fout:
        einde = type(fout).__name__
    return time.process_time() - begin, einde


def main() -> int:
    traag = 0
    for naam, geval in gevallen().items():
        duur, einde = meet(geval)
        traag += duur >= GRENS
        print(f"{naam:40s} {duur:7.3f} s  {einde}")
    return 1 if traag else 0


if __name__ == "__main__":
    sys.exit(main())

"""Mutation fuzzing of the wire format: ``from_json``, ``from_dict`` and ``lees_jsonl``.

Every input is built from a valid document (the golden files of every version,
the sample dossiers, realistic generated trajecten, their timelines, findings,
allocations, medical records and privacy views) by one or more mutations, or is a
random document:

* deleted keys, added keys, values of another type, swapped or doubled array items;
* bad dates (impossible, near 9999, before 1900, wrong form), numbers out of range,
  integers of thousands of digits, ``NaN`` and ``Infinity``;
* text with control characters, lone surrogates, very long strings;
* deep nesting (up to 100,000 levels), huge or deep ``schema`` / ``versie``,
  unknown ``weergave``, broken envelopes;
* duplicate keys, non-UTF-8 bytes, truncation, byte flips, a BOM;
* for ``from_dict``: keys of mixed types (int, tuple, None) and non-JSON values.

Each input must end in one of two ways:

* accepted: the object written again and read again is equal (round trip), or
* refused with a :class:`~reintegratie.errors.ReintegratieError` whose message
  starts with the JSON path (``data.ziekteperioden[0].eerste_dag: ...``) or the
  line and column (``line 1, column 7: ...``).

Anything else is counted: an exception of another class, an input that took more
than a second of CPU time, a refusal without a position, an accepted document that
does not round-trip. Run::

    python -m benchmarks.fuzz --n 1000000 --jobs 2     # the long pass (minutes)
    python -m benchmarks.fuzz --n 2000                 # a short pass

``--korpus FILE`` writes a sample of the parseable inputs with their verdict (JSON
Lines) for checking the JSON Schema against the library (``tests`` do that with
``jsonschema``). The test suite runs a short pass (``tests/test_fuzz.py``).
"""

from __future__ import annotations

import argparse
import collections
import copy
import functools
import json
import multiprocessing
import random
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import reintegratie as ri
from reintegratie.errors import ReintegratieError
from reintegratie.medisch import MedischDossier, MedischeAantekening
from reintegratie.rollen import Rol
from reintegratie.serialisatie import (
    Bevindingen,
    Rolverdeling,
    from_dict,
    from_json,
    lees_jsonl,
    to_json,
)
from reintegratie.serialisatie.envelope import SCHEMAS
from reintegratie.voorbeelden import VOORBEELDEN

GOUDEN = Path(__file__).resolve().parents[1] / "tests" / "data" / "serialisatie"

#: A refusal must start with a JSON path or a line and column.
POSITIE = re.compile(
    r"^(line \d+(, column \d+)?: |(document|schema|versie|weergave|data)"
    r'(\.<[^>]*>|\."(?:[^"\\]|\\.)*"|\.[^\s:\[<"]+|\[\d+\])*: )'
)
#: An input that takes longer than this (CPU seconds) counts as a hang.
GRENS_SECONDEN = 1.0


@dataclass(frozen=True)
class Zaad:
    """A valid document to start from: its text, the type to read and the view role."""

    type_: Any
    tekst: str
    weergave: Rol | None = None

    @property
    def schema(self) -> str:
        return str(json.loads(self.tekst)["schema"])


@functools.cache
def zaden() -> list[Zaad]:
    """The valid documents every mutation starts from."""
    uit: list[Zaad] = []
    typen = dict(SCHEMAS)
    for pad in sorted(GOUDEN.glob("*_v[0-9]*.json")):
        tekst = pad.read_text(encoding="utf-8")
        document = json.loads(tekst)
        weergave = Rol(document["weergave"]) if "weergave" in document else None
        uit.append(Zaad(typen[document["schema"]], tekst, weergave))
    for v in VOORBEELDEN:
        tl = ri.tijdlijn(v.traject, v.peildatum)
        uit.append(Zaad(ri.Traject, to_json(v.traject)))
        uit.append(Zaad(ri.Traject, to_json(v.traject, voor=Rol.WERKGEVER), Rol.WERKGEVER))
        uit.append(Zaad(ri.Tijdlijn, to_json(tl)))
        uit.append(Zaad(Bevindingen, to_json(ri.toets(v.traject, v.peildatum))))
        rijen = ri.rolverdeling(v.traject, v.peildatum)
        uit.append(Zaad(Rolverdeling, to_json(rijen, type_=Rolverdeling)))
    dossier = MedischDossier(
        werknemer="W-1",
        bedrijfsarts="BA-1",
        aantekeningen=(
            MedischeAantekening(
                datum=ri.Ziekteperiode(eerste_dag=_d(2025, 1, 6)).eerste_dag,
                diagnose="burn-out",
                toelichting="regel 1\nregel 2",
            ),
        ),
    )
    uit.append(Zaad(MedischDossier, to_json(dossier)))
    uit.append(Zaad(MedischDossier, to_json(dossier, voor=Rol.BEDRIJFSARTS), Rol.BEDRIJFSARTS))
    bench = _bench_traject()
    if bench is not None:
        rng = random.Random(7)
        for i in range(8):
            uit.append(Zaad(ri.Traject, to_json(bench(rng, i))))
    return uit


def _d(jaar: int, maand: int, dag: int) -> Any:
    import datetime

    return datetime.date(jaar, maand, dag)


def _bench_traject() -> Callable[[random.Random, int], ri.Traject] | None:
    import importlib.util

    pad = Path(__file__).resolve().parent / "bench_serialisatie.py"
    spec = importlib.util.spec_from_file_location("_bench_serialisatie", pad)
    if spec is None or spec.loader is None:  # pragma: no cover
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    functie: Callable[[random.Random, int], ri.Traject] = module.traject
    return functie


# --- mutations ----------------------------------------------------------------------

_DATUMS = (
    "2025-02-30",
    "2025-13-01",
    "9999-12-31",
    "9000-12-31",
    "9001-01-01",
    "0001-01-01",
    "1899-12-31",
    "1900-01-01",
    "2025-1-1",
    "20250101",
    "2024-02-29",
    "2023-02-29",
    "2025-10-01T00:00:00",
    " 2025-10-01",
    "２０２５-10-01",
)
_TEKENS = ("\x00", "\x07", "\x1b", "\x7f", "\x85", "\ud800", "\udfff", "\n", "\t", "\u2028")


def _paden(waarde: Any, pad: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every (path, value) in a JSON tree."""
    yield pad, waarde
    if isinstance(waarde, dict):
        for k, v in waarde.items():
            yield from _paden(v, (*pad, k))
    elif isinstance(waarde, list):
        for i, v in enumerate(waarde):
            yield from _paden(v, (*pad, i))


def _zet(boom: Any, pad: tuple[Any, ...], waarde: Any) -> Any:
    if not pad:
        return waarde
    ouder = boom
    for stap in pad[:-1]:
        ouder = ouder[stap]
    ouder[pad[-1]] = waarde
    return boom


def _willekeurig(rng: random.Random, diepte: int = 0) -> Any:
    """A random JSON value (small)."""
    keuze = rng.randrange(10 if diepte < 3 else 7)
    if keuze == 0:
        return None
    if keuze == 1:
        return rng.choice((True, False))
    if keuze == 2:
        return rng.choice((0, 1, -1, 2, 50, 100, 101, 120, 99, 10**6, 2**63, -(2**31)))
    if keuze == 3:
        return rng.choice((0.5, 1.0, -0.0, 1e308, 50.0, 3.14))
    if keuze == 4:
        return rng.choice(("", " ", "x", "ja", "2025-10-01", "W-1", "open", "100"))
    if keuze == 5:
        return rng.choice(_DATUMS)
    if keuze == 6:
        return rng.choice(("ziekmelding", "leerdoel", "werkgever", "nl", "vl", "evaluatie"))
    if keuze in (7, 8):
        return [_willekeurig(rng, diepte + 1) for _ in range(rng.randrange(4))]
    return {
        rng.choice(("soort", "datum", "x", "data", "werknemer", "code", "")): _willekeurig(
            rng, diepte + 1
        )
        for _ in range(rng.randrange(4))
    }


def _kies(rng: random.Random, boom: Any) -> tuple[tuple[Any, ...], Any]:
    """A random (path, value) in a JSON tree, by a random walk down from the root."""
    pad: tuple[Any, ...] = ()
    waarde = boom
    while isinstance(waarde, dict | list) and waarde and rng.random() < 0.8:
        stap = rng.choice(list(waarde)) if isinstance(waarde, dict) else rng.randrange(len(waarde))
        pad, waarde = (*pad, stap), waarde[stap]
    return pad, waarde


def _muteer_boom(rng: random.Random, boom: Any) -> Any:
    """One structural mutation of a parsed document (in place where possible)."""
    pad, waarde = _kies(rng, boom)
    soort = rng.randrange(14)
    if soort == 0 and isinstance(waarde, dict) and waarde:
        del waarde[rng.choice(list(waarde))]
    elif soort == 1 and isinstance(waarde, dict):
        waarde[rng.choice(("x", "soort", "extra", "datum", "weergave", "Data", "é"))] = (
            _willekeurig(rng)
        )
    elif soort == 2:
        boom = _zet(boom, pad, _willekeurig(rng))
    elif soort == 3 and isinstance(waarde, str):
        boom = _zet(boom, pad, rng.choice(_DATUMS))
    elif soort == 4 and isinstance(waarde, str):
        plek = rng.randrange(len(waarde) + 1)
        boom = _zet(boom, pad, waarde[:plek] + rng.choice(_TEKENS) + waarde[plek:])
    elif soort == 5 and isinstance(waarde, int | float) and not isinstance(waarde, bool):
        boom = _zet(
            boom, pad, rng.choice((-1, 0, 101, 120, 99, 10**40, -(10**40), 0.5, 1e308, 2**64))
        )
    elif soort == 6 and isinstance(waarde, list) and waarde:
        waarde.append(copy.deepcopy(rng.choice(waarde)))
    elif soort == 7 and isinstance(waarde, list) and len(waarde) > 1:
        i, j = rng.sample(range(len(waarde)), 2)
        waarde[i], waarde[j] = waarde[j], waarde[i]
    elif soort == 8 and isinstance(boom, dict):
        sleutel = rng.choice(("schema", "versie", "weergave", "data"))
        boom[sleutel] = rng.choice(
            (
                None,
                0,
                1,
                2,
                3,
                -1,
                10**50,
                "2",
                1.0,
                True,
                [],
                {},
                [[[[1]]]],
                "reintegratie/traject",
                "reintegratie/tijdlijn",
                "x" * 5000,
                "werkgever",
                "bedrijfsarts",
                "onbekend",
            )
        )
    elif soort == 9 and isinstance(waarde, str):
        lengte = rng.choice((1000, 100_001, 400_000))
        boom = _zet(boom, pad, (waarde or "x") * (lengte // max(1, len(waarde)) + 1))
    elif soort == 10 and isinstance(waarde, list):
        if len(waarde) < 100:
            waarde.extend(waarde[:1] * rng.choice((2, 50, 11000)))
    elif soort == 11 and isinstance(waarde, dict) and "soort" in waarde:
        waarde["soort"] = rng.choice(
            ("ziekmelding", "evaluatie", "leerdoel", "prestatiedoel", "loonsanctie", "x", 1)
        )
    elif soort == 12 and isinstance(waarde, str):
        boom = _zet(boom, pad, "")
    else:
        boom = _zet(boom, pad, _willekeurig(rng))
    return boom


def _geschud(rng: random.Random, waarde: Any) -> Any:
    """*waarde* with the keys of every object in a random order."""
    if isinstance(waarde, dict):
        paren = list(waarde.items())
        rng.shuffle(paren)
        return {k: _geschud(rng, v) for k, v in paren}
    if isinstance(waarde, list):
        return [_geschud(rng, v) for v in waarde]
    return waarde


def _muteer_tekst(rng: random.Random, tekst: str) -> str | bytes:
    """One mutation of the text of a document."""
    soort = rng.randrange(11)
    if soort == 0:  # truncation
        return tekst[: rng.randrange(len(tekst))]
    if soort == 1:  # deep nesting in place of a value
        diepte = rng.choice((65, 100, 1000, 10_000, 100_000))
        plek = tekst.find(":", rng.randrange(len(tekst)))
        if plek < 0:
            return "[" * diepte + "]" * diepte
        return tekst[: plek + 1] + "[" * diepte + "]" * diepte + "," + tekst[plek + 1 :]
    if soort == 2:  # a duplicate key
        plek = tekst.find('{"', rng.randrange(len(tekst)))
        if plek < 0:
            return tekst + "{"
        einde = tekst.find('"', plek + 2)
        sleutel = tekst[plek + 1 : einde + 1]
        return tekst[: plek + 1] + f"{sleutel}:1," + tekst[plek + 1 :]
    if soort == 3:  # NaN / Infinity / a huge integer for a number
        getallen = list(re.finditer(r"(?<=[:\[,])-?[0-9]+(?=[,\]}])", tekst))
        vervanging = rng.choice(("NaN", "Infinity", "-Infinity", "9" * 5000, "1" * 40, "1e999"))
        if not getallen:
            return tekst.replace(":", ":" + vervanging + ",", 1)
        m = rng.choice(getallen)
        return tekst[: m.start()] + vervanging + tekst[m.end() :]
    data = tekst.encode("utf-8")
    if soort == 4:  # invalid UTF-8
        plek = rng.randrange(len(data) + 1)
        slecht = rng.choice((b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf8\x88\x80\x80"))
        return data[:plek] + slecht + data[plek:]
    if soort == 5:  # a byte flip
        plek = rng.randrange(len(data))
        return data[:plek] + bytes([data[plek] ^ (1 << rng.randrange(8))]) + data[plek + 1 :]
    if soort == 6:  # a BOM, or UTF-16
        return rng.choice((b"\xef\xbb\xbf" + data, tekst.encode("utf-16")))
    if soort == 7:  # an escaped lone surrogate or control character in a string
        plek = tekst.find('":"', rng.randrange(len(tekst)))
        if plek < 0:
            return tekst
        return (
            tekst[: plek + 3]
            + rng.choice(("\\ud800", "\\u0000", "\\u001b", "\\udc00x"))
            + (tekst[plek + 3 :])
        )
    if soort == 8:  # a huge or deep envelope field
        return tekst.replace(
            '"versie":',
            '"versie":' + rng.choice(("9" * 5000 + ",", "[" * 5000 + "]" * 5000 + ",", "1e400,")),
            1,
        )
    if soort == 9:  # whitespace and comments
        return rng.choice((" " + tekst + " ", tekst + "\n", tekst + "//", "\n\n" + tekst, ""))
    return tekst[::-1] if rng.random() < 0.1 else tekst.replace(",", ",,", 1)


# --- running ------------------------------------------------------------------------


@dataclass
class Uitslag:
    """The counts of one run, and examples of what went wrong."""

    invoer: int = 0
    aanvaard: int = 0
    geweigerd: int = 0
    andere_uitzondering: int = 0
    traag: int = 0
    zonder_positie: int = 0
    rondgang_mislukt: int = 0
    langste: float = 0.0
    langste_waar: str = ""
    """Where the slowest input is (``--herhaal ZAAD:I`` runs it again) and what it was."""
    voorbeelden: dict[str, list[str]] = field(default_factory=dict)
    soorten: collections.Counter[str] = field(default_factory=collections.Counter)

    def voeg_toe(self, ander: Uitslag) -> None:
        for naam in (
            "invoer",
            "aanvaard",
            "geweigerd",
            "andere_uitzondering",
            "traag",
            "zonder_positie",
            "rondgang_mislukt",
        ):
            setattr(self, naam, getattr(self, naam) + getattr(ander, naam))
        if ander.langste > self.langste:
            self.langste, self.langste_waar = ander.langste, ander.langste_waar
        for k, v in ander.voorbeelden.items():
            self.voorbeelden.setdefault(k, []).extend(v[: 5 - len(self.voorbeelden.get(k, []))])
        self.soorten.update(ander.soorten)

    def noteer(self, soort: str, tekst: str) -> None:
        lijst = self.voorbeelden.setdefault(soort, [])
        if len(lijst) < 5:
            lijst.append(tekst[:400])

    @property
    def goed(self) -> bool:
        return not (
            self.andere_uitzondering or self.traag or self.zonder_positie or self.rondgang_mislukt
        )


class _Wekker(BaseException):
    """Raised by the alarm when one input runs for far too long."""


def _wekker(*_: object) -> None:
    raise _Wekker


def _invoer(rng: random.Random, zaden_: list[Zaad]) -> tuple[str, Any, Zaad]:
    """One fuzz input: (entry point, argument, seed it came from)."""
    zaad = rng.choice(zaden_)
    keuze = rng.random()
    if keuze < 0.04:  # a random document
        boom: Any = {"schema": zaad.schema, "versie": rng.choice((1, 2)), "data": _willekeurig(rng)}
        if rng.random() < 0.3:
            boom = _willekeurig(rng)
        return "json", json.dumps(boom), zaad
    boom = json.loads(zaad.tekst)
    if keuze < 0.08:  # valid as it stands: keys shuffled, indented, escaped
        boom = _geschud(rng, boom)
        return (
            "json",
            json.dumps(boom, ensure_ascii=rng.random() < 0.5, indent=rng.choice((None, 2))),
            zaad,
        )
    if keuze < 0.55:
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            boom = _muteer_boom(rng, boom)
        if rng.random() < 0.12:  # from_dict, with keys of mixed types now and then
            if isinstance(boom, dict) and rng.random() < 0.5:
                doel = next(
                    (w for _, w in (_kies(rng, boom) for _ in range(5)) if isinstance(w, dict)),
                    boom,
                )
                doel[rng.choice((1, (1, 2), None, 2.5))] = 1
            return "dict", boom, zaad
        if rng.random() < 0.05:
            return "jsonl", json.dumps(boom, ensure_ascii=False), zaad
        return "json", json.dumps(boom, ensure_ascii=rng.random() < 0.5), zaad
    tekst = json.dumps(boom, ensure_ascii=False, separators=(",", ":"))
    return "json", _muteer_tekst(rng, tekst), zaad


def _rondgang(obj: Any, zaad: Zaad) -> bool:
    """Whether *obj* written and read again is equal and writes the same text."""
    soort = zaad.type_
    type_ = Rolverdeling if soort is Rolverdeling else None
    tekst = to_json(obj, voor=zaad.weergave, type_=type_)
    terug = from_json(tekst, soort, weergave=zaad.weergave)
    return bool(terug == obj) and to_json(terug, voor=zaad.weergave, type_=type_) == tekst


def _een(soort: str, invoer: Any, zaad: Zaad) -> Any:
    if soort == "json":
        return from_json(invoer, zaad.type_, weergave=zaad.weergave)
    if soort == "dict":
        return from_dict(invoer, zaad.type_, weergave=zaad.weergave)
    if zaad.type_ is not ri.Traject:
        return from_json(invoer, zaad.type_, weergave=zaad.weergave)
    fouten: list[Any] = []
    gelezen = list(lees_jsonl([invoer, invoer], weergave=zaad.weergave, fouten=fouten))
    if fouten:
        raise fouten[0].fout
    return gelezen[0]


def draai(
    n: int, zaad: int = 0, korpus: list[dict[str, Any]] | None = None, korpus_elke: int = 50
) -> Uitslag:
    """Run *n* inputs from random seed *zaad*; collect a corpus sample into *korpus*."""
    zaden_ = zaden()
    uitslag = Uitslag()
    rng = random.Random(zaad)
    heeft_alarm = hasattr(signal, "setitimer")
    if heeft_alarm:
        signal.signal(signal.SIGALRM, _wekker)
    for i in range(n):
        soort, invoer, bron = _invoer(rng, zaden_)
        uitslag.invoer += 1
        begin = time.process_time()
        fout: BaseException | None = None
        obj = None
        try:
            if heeft_alarm:
                signal.setitimer(signal.ITIMER_REAL, 20)
            obj = _een(soort, invoer, bron)
        except _Wekker:
            fout = TimeoutError("over 20 s")
        except ReintegratieError as f:
            fout = f
        except Exception as f:  # what must never happen
            fout = f
        finally:
            if heeft_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
        duur = time.process_time() - begin
        voorbeeld = f"[{zaad}:{i}] {soort} {bron.schema}, {_grootte(invoer)}: {str(invoer)[:200]!r}"
        if duur > uitslag.langste:
            uitslag.langste, uitslag.langste_waar = duur, voorbeeld
        if duur > GRENS_SECONDEN or isinstance(fout, TimeoutError):
            uitslag.traag += 1
            uitslag.noteer("traag", f"{duur:.2f}s {voorbeeld}")
        if fout is None:
            uitslag.aanvaard += 1
            try:
                goed = _rondgang(obj, bron)
            except Exception as f:  # counted
                goed = False
                uitslag.noteer("rondgang", f"{type(f).__name__}: {f} {voorbeeld}")
            if not goed:
                uitslag.rondgang_mislukt += 1
                uitslag.noteer("rondgang", voorbeeld)
        elif isinstance(fout, ReintegratieError):
            uitslag.geweigerd += 1
            uitslag.soorten[type(fout).__name__] += 1
            if not POSITIE.match(str(fout)):
                uitslag.zonder_positie += 1
                uitslag.noteer("zonder_positie", f"{fout} <- {voorbeeld}")
        elif not isinstance(fout, TimeoutError):
            uitslag.andere_uitzondering += 1
            uitslag.soorten[type(fout).__name__] += 1
            uitslag.noteer("uitzondering", f"{type(fout).__name__}: {fout} <- {voorbeeld}")
        if korpus is not None and soort == "json" and isinstance(invoer, str):
            if i % korpus_elke:
                continue
            try:  # what a JSON Schema validator sees: parseable, without duplicate keys
                document = json.loads(
                    invoer, object_pairs_hook=_zonder_dubbele, parse_constant=_geen_constante
                )
            except (ValueError, RecursionError):
                continue
            if _diepte_ok(document):
                korpus.append(
                    {
                        "schema": bron.schema,
                        "weergave": None if bron.weergave is None else bron.weergave.value,
                        "document": document,
                        "aanvaard": fout is None,
                        "fout": None if fout is None else str(fout)[:300],
                    }
                )
    return uitslag


def _grootte(invoer: Any) -> str:
    if isinstance(invoer, str | bytes):
        return (
            f"{len(invoer):,} characters" if isinstance(invoer, str) else f"{len(invoer):,} bytes"
        )
    return "a dict"


def herhaal(zaad: int, index: int) -> str:
    """Run input *index* of the pass with random seed *zaad* again (as ``draai`` made it)
    and say how long it took and how it ended."""
    zaden_ = zaden()
    rng = random.Random(zaad)
    for _ in range(index):
        _invoer(rng, zaden_)
    soort, invoer, bron = _invoer(rng, zaden_)
    begin = time.process_time()
    try:
        _een(soort, invoer, bron)
        uitkomst = "accepted"
    except Exception as fout:  # reported, whatever it is
        uitkomst = f"{type(fout).__name__}: {str(fout)[:300]}"
    duur = time.process_time() - begin
    return (
        f"[{zaad}:{index}] {soort} {bron.schema}, {_grootte(invoer)}: {duur:.3f} s, {uitkomst}\n"
        f"{str(invoer)[:600]!r}"
    )


def _geen_constante(naam: str) -> Any:
    raise ValueError(f"{naam} is not JSON")


def _zonder_dubbele(paren: list[tuple[str, Any]]) -> dict[str, Any]:
    uit = dict(paren)
    if len(uit) != len(paren):
        raise ValueError("duplicate key")
    return uit


def _diepte_ok(waarde: Any, diepte: int = 0) -> bool:
    if diepte > 64:
        return False
    if isinstance(waarde, dict):
        return all(_diepte_ok(v, diepte + 1) for v in waarde.values())
    if isinstance(waarde, list):
        return all(_diepte_ok(v, diepte + 1) for v in waarde)
    return True


def _werker(args: tuple[int, int, bool]) -> tuple[Uitslag, list[dict[str, Any]]]:
    n, zaad, met_korpus = args
    korpus: list[dict[str, Any]] | None = [] if met_korpus else None
    return draai(n, zaad, korpus), korpus or []


def _voortgang(totaal: Uitslag, begin: float) -> None:
    """One progress line on stderr: a run cut short still leaves its figures."""
    print(
        f"[{time.perf_counter() - begin:.0f} s] inputs {totaal.invoer:,}, accepted "
        f"{totaal.aanvaard:,}, other exceptions {totaal.andere_uitzondering}, over "
        f"{GRENS_SECONDEN:g} s {totaal.traag}, without position {totaal.zonder_positie}, "
        f"round trip failed {totaal.rondgang_mislukt}, slowest {totaal.langste:.3f} s",
        file=sys.stderr,
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=2000, help="how many inputs")
    parser.add_argument("--zaad", type=int, default=0, help="the random seed")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--korpus", type=Path, help="write a corpus sample (JSON Lines)")
    parser.add_argument(
        "--herhaal",
        metavar="ZAAD:I",
        help="run input I of the pass with seed ZAAD again (as the report names it) and stop",
    )
    args = parser.parse_args(argv)
    if args.herhaal:
        zaad_, _, index = args.herhaal.partition(":")
        print(herhaal(int(zaad_), int(index)))
        return 0
    begin = time.perf_counter()
    delen = max(1, args.jobs) * 50
    stukken = [
        (
            args.n // delen + (1 if i < args.n % delen else 0),
            args.zaad * 1000 + i,
            args.korpus is not None,
        )
        for i in range(delen)
    ]
    totaal = Uitslag()
    korpus: list[dict[str, Any]] = []
    if args.jobs > 1:
        with multiprocessing.Pool(args.jobs) as pool:
            for uitslag, deel in pool.imap_unordered(_werker, stukken):
                totaal.voeg_toe(uitslag)
                korpus.extend(deel)
                _voortgang(totaal, begin)
    else:
        for stuk in stukken:
            uitslag, deel = _werker(stuk)
            totaal.voeg_toe(uitslag)
            korpus.extend(deel)
            _voortgang(totaal, begin)
    duur = time.perf_counter() - begin
    print(f"inputs:                          {totaal.invoer:,} in {duur:.0f} s")
    print(f"accepted:                        {totaal.aanvaard:,}")
    print(f"refused (ReintegratieError):     {totaal.geweigerd:,}")
    print(f"other exceptions:                {totaal.andere_uitzondering:,}")
    print(f"over {GRENS_SECONDEN:g} s of CPU:                 {totaal.traag:,}")
    print(f"refusals without path/position:  {totaal.zonder_positie:,}")
    print(f"accepted, failed round trip:     {totaal.rondgang_mislukt:,}")
    print(f"slowest input:                   {totaal.langste:.3f} s {totaal.langste_waar[:300]}")
    print(f"by class:                        {dict(totaal.soorten.most_common())}")
    for soort, lijst in totaal.voorbeelden.items():
        print(f"-- {soort}:")
        for regel in lijst:
            print(f"   {regel}")
    if args.korpus is not None:
        with args.korpus.open("w", encoding="utf-8") as uit:
            for regel in korpus:
                uit.write(json.dumps(regel, ensure_ascii=True) + "\n")
        print(f"corpus: {len(korpus):,} documents in {args.korpus}")
    return 0 if totaal.goed else 1


if __name__ == "__main__":
    sys.exit(main())

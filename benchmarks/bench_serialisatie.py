"""Benchmark: to_json and from_json per second over 10k realistic trajecten, on one core.

Each traject has two sickness periods, ten events, two sporen (a spoor 1 that
did not succeed and a spoor 2 with two steps), a driegesprek with an agreement,
three betrokkenen and a belastbaarheid: about 2 kB of JSON.

Beside it, in the same run, the figure for plain ``orjson.dumps`` + ``orjson.loads``
of the same payloads as dicts (``json`` when orjson is not installed; the output
says so). Target (issue "serialization"): a round trip (to_json + from_json) at
least 0.5 of the plain figure.

With ``--msgspec`` (and msgspec installed) it also measures an experiment: the
same format written and read through msgspec Structs that mirror the attrs
classes, the objects still built through their validating constructors. It
checks that the experiment writes byte for byte what :func:`to_json` writes.
The library does not use it.

Run: ``.venv/bin/python benchmarks/bench_serialisatie.py [N] [--msgspec]``. Building
the trajecten and the payloads is not timed. Each measurement runs every payload
once, keeps no results, and takes the best of three passes; the inputs are frozen
out of the garbage collector's way first (``gc.freeze``) for every contestant alike.
"""

from __future__ import annotations

import datetime as _dt
import enum
import gc
import json
import random
import sys
import time
import types
import typing
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any

import attrs

import reintegratie as ri
from reintegratie.gesprek import Afspraak, Driegesprek
from reintegratie.rollen import Betrokkene, Rol
from reintegratie.serialisatie import from_json, to_dict, to_json
from reintegratie.spoor import Fase, Spoor, Spoor1Werk, Spoor2Stap, Spoorresultaat, Spoorsoort
from reintegratie.traject import Belastbaarheid, Traject

DOEL = 0.5
"""The round trip must reach this fraction of the plain dumps + loads figure."""

try:
    import orjson
except ImportError:  # pragma: no cover - depends on the environment
    orjson = None


def traject(rng: random.Random, i: int) -> Traject:
    """A realistic traject: two sickness periods, ten events, two sporen, a driegesprek."""
    x = date(2018, 1, 1) + timedelta(days=rng.randrange(0, 3650))
    eerste = ri.Ziekteperiode(eerste_dag=x, laatste_dag=x + timedelta(days=rng.randrange(3, 20)))
    y = x + timedelta(days=rng.randrange(30, 90))
    tweede = ri.Ziekteperiode(eerste_dag=y, percentage=rng.choice((50, 80, 100)))

    def dag(n: int) -> date:
        return y + timedelta(days=n + rng.randrange(0, 5))

    werknemer = f"W-{i:06}"
    gebeurtenissen: tuple[ri.Gebeurtenis, ...] = (
        ri.Ziekmelding(datum=x),
        ri.Herstelmelding(datum=eerste.laatste_dag + timedelta(days=1)),  # type: ignore[operator]
        ri.Ziekmelding(datum=y),
        ri.MeldingBedrijfsarts(datum=dag(5)),
        ri.Probleemanalyse(datum=dag(38)),
        ri.PlanVanAanpak(datum=dag(52), casemanager="CM-1", re_integratievisie=True),
        ri.Evaluatie(datum=dag(100)),
        ri.Evaluatie(datum=dag(160), bijstelling=rng.random() < 0.3),
        ri.Melding42eWeek(datum=dag(285)),
        ri.Eerstejaarsevaluatie(datum=dag(350), spoor_2_nodig=True),
    )
    betrokkenen = (
        Betrokkene(id="CM-1", rollen=frozenset({Rol.CASEMANAGER}), organisatie="WG-1"),
        Betrokkene(id="BA-1", rollen=frozenset({Rol.BEDRIJFSARTS}), organisatie="Arbo Zuid"),
        Betrokkene(
            id="LA-1",
            rollen=frozenset({Rol.LOOPBAANADVISEUR, Rol.JOBCOACH}),
            organisatie="ProMotion",
        ),
    )
    sporen = (
        Spoor(
            soort=Spoorsoort.SPOOR_1,
            start=y + timedelta(days=10),
            einde=y + timedelta(days=340),
            werk=Spoor1Werk.AANGEPAST_WERK,
            resultaat=Spoorresultaat.NIET_GESLAAGD,
        ),
        Spoor(
            soort=Spoorsoort.SPOOR_2,
            start=y + timedelta(days=360),
            aanbieder="LA-1",
            fasen=(
                Fase(stap=Spoor2Stap.REGIE, vanaf=y + timedelta(days=360)),
                Fase(stap=Spoor2Stap.ZELFONDERZOEK, vanaf=y + timedelta(days=390)),
            ),
        ),
    )
    driegesprek = Driegesprek(
        datum=y + timedelta(days=370),
        deelnemers=(werknemer, "CM-1", "LA-1"),
        onderwerpen=("voortgang spoor 2", "energiebalans"),
        afspraken=(Afspraak(wat="cv bijwerken", wie=werknemer, uiterlijk=y + timedelta(days=400)),),
    )
    return Traject(
        werknemer=werknemer,
        werkgever="WG-1",
        id=f"T-{i:06}",
        ziekteperioden=(eerste, tweede),
        gebeurtenissen=gebeurtenissen,
        betrokkenen=betrokkenen,
        sporen=sporen,
        driegesprekken=(driegesprek,),
        belastbaarheid=(
            Belastbaarheid(
                datum=dag(38),
                beperkingen=("niet tillen boven 10 kg",),
                mogelijkheden=("zittend werk",),
                verwachte_duur_weken=rng.randrange(4, 40),
            ),
        ),
    )


def per_seconde(functie: Callable[[Any], object], invoer: Iterable[Any], n: int) -> float:
    """Calls of *functie* per second over *invoer*: the best of three passes, no results kept."""
    beste = float("inf")
    for _ in range(3):
        gc.collect()
        begin = time.perf_counter()
        for x in invoer:
            functie(x)
        beste = min(beste, time.perf_counter() - begin)
    return n / beste


# --- the msgspec experiment ------------------------------------------------------------


def _msgspec_spiegel() -> tuple[
    Callable[[Traject], bytes], Callable[[bytes], Traject], Callable[[bytes], object]
]:
    """Encode and decode functions for Traject documents through msgspec Structs that mirror
    the attrs classes (same field names, order, tags and defaults), objects built through
    their validating constructors. An experiment for this benchmark only."""
    import msgspec

    from reintegratie.serialisatie.converter import DOEL_TAGS, GEBEURTENIS_TAGS, TAG

    tag_van = {cl: tag for tags in (GEBEURTENIS_TAGS, DOEL_TAGS) for tag, cl in tags.items()}
    structs: dict[type, Any] = {}
    naar_attrs: dict[type, Callable[[Any], Any]] = {}
    naar_struct: dict[type, Callable[[Any], Any]] = {}

    def spiegel_type(t: Any) -> Any:
        oorsprong, args = typing.get_origin(t), typing.get_args(t)
        if t is float:
            return int | float  # an integer stays an integer, as in the format
        if oorsprong is tuple:
            return list[spiegel_type(args[0])]  # type: ignore[misc]
        if oorsprong is frozenset:
            return list[args[0]]  # type: ignore[valid-type]
        if oorsprong in (typing.Union, types.UnionType):
            return typing.Union[tuple(spiegel_type(a) for a in args)]  # noqa: UP007
        if attrs.has(t):
            return spiegel(t)
        return t

    def spiegel(cl: type) -> Any:
        if cl in structs:
            return structs[cl]
        typen = {a.name: a.type for a in attrs.fields(attrs.resolve_types(cl))}
        velden = []
        for a in attrs.fields(cl):
            if not a.init:
                continue
            t = spiegel_type(typen[a.name])
            if a.default is attrs.NOTHING:
                velden.append((a.name, t))
            else:
                standaard = list(a.default) if isinstance(a.default, tuple) else a.default
                velden.append((a.name, t, msgspec.field(default_factory=lambda s=standaard: s)))
        opties: dict[str, Any] = {"forbid_unknown_fields": True, "kw_only": True}
        if cl in tag_van:
            opties.update(tag_field=TAG, tag=tag_van[cl])
        structs[cl] = msgspec.defstruct(f"S{cl.__name__}", velden, **opties)
        naar_attrs[cl] = _bouw_naar_attrs(cl, typen)
        naar_struct[cl] = _bouw_naar_struct(cl, typen)
        return structs[cl]

    def _omzetter(t: Any, richting: dict[type, Callable[[Any], Any]]) -> Any:
        oorsprong, args = typing.get_origin(t), typing.get_args(t)
        if oorsprong is tuple:
            binnen = _omzetter(args[0], richting)
            if binnen is None:
                return tuple if richting is naar_attrs else list
            maak = tuple if richting is naar_attrs else list
            return lambda xs: maak([binnen(x) for x in xs])
        if oorsprong is frozenset:
            if richting is naar_attrs:

                def verzameling(xs: list[Any]) -> frozenset[Any]:
                    leden = frozenset(xs)
                    if len(leden) != len(xs):
                        raise ValueError("duplicate value")
                    return leden

                return verzameling
            return lambda xs: sorted(xs, key=lambda lid: lid.value)
        if args and type(None) in args:
            binnen = _omzetter(next(a for a in args if a is not type(None)), richting)
            return None if binnen is None else (lambda x: None if x is None else binnen(x))
        if args:  # a tagged union: dispatch on the class
            return lambda x: richting[_attrs_klasse(x)](x)
        if attrs.has(t):
            return lambda x: richting[t](x)
        return None

    struct_naar_attrs: dict[Any, type] = {}

    def _attrs_klasse(x: Any) -> type:
        return struct_naar_attrs.get(type(x), type(x))

    def _bouw_naar_attrs(cl: type, typen: dict[str, Any]) -> Callable[[Any], Any]:
        velden = [
            (a.name, _omzetter(typen[a.name], naar_attrs)) for a in attrs.fields(cl) if a.init
        ]

        def maak(s: Any) -> Any:
            return cl(
                **{
                    naam: getattr(s, naam) if f is None else f(getattr(s, naam))
                    for naam, f in velden
                }
            )

        return maak

    def _bouw_naar_struct(cl: type, typen: dict[str, Any]) -> Callable[[Any], Any]:
        velden = [
            (a.name, _omzetter(typen[a.name], naar_struct)) for a in attrs.fields(cl) if a.init
        ]

        def maak(o: Any) -> Any:
            return structs[cl](
                **{
                    naam: getattr(o, naam) if f is None else f(getattr(o, naam))
                    for naam, f in velden
                }
            )

        return maak

    spiegel(Traject)
    for cl, s in structs.items():
        struct_naar_attrs[s] = cl

    envelop = msgspec.defstruct(
        "SEnvelop",
        [("schema", str), ("versie", int), ("data", structs[Traject])],
        forbid_unknown_fields=True,
    )
    encoder = msgspec.json.Encoder()
    decoder = msgspec.json.Decoder(envelop)
    traject_naar_struct = naar_struct[Traject]
    struct_naar_traject = naar_attrs[Traject]

    def encode(t: Traject) -> bytes:
        return encoder.encode(envelop("reintegratie/traject", 1, traject_naar_struct(t)))

    def decode(b: bytes) -> Traject:
        document = decoder.decode(b)
        if document.schema != "reintegratie/traject" or document.versie != 1:
            raise ValueError("not a version-1 traject document")
        return struct_naar_traject(document.data)

    _ = (_dt, enum)  # the mirror keeps date and enum fields as they are: msgspec does them
    return encode, decode, decoder.decode


# --- main -------------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    try:
        _meet(argv)
    finally:
        gc.unfreeze()


def _meet(argv: list[str]) -> None:
    n = int(next((a for a in argv if a.isdigit()), "10000"))
    rng = random.Random(20261124)
    trajecten = [traject(rng, i) for i in range(n)]
    teksten = [to_json(t) for t in trajecten]
    documenten = [to_dict(t) for t in trajecten]
    assert from_json(teksten[0]) == trajecten[0]
    grootte = sum(len(t.encode("utf-8")) for t in teksten) / n

    if orjson is not None:
        plain_naam = "orjson"
        plain_dumps: Callable[[Any], Any] = orjson.dumps
        plain_loads: Callable[[Any], Any] = orjson.loads
        plain_teksten: list[Any] = [orjson.dumps(d) for d in documenten]
    else:
        plain_naam = "json (orjson is not installed: falling back to the standard library)"
        plain_dumps, plain_loads = json.dumps, json.loads
        plain_teksten = [json.dumps(d) for d in documenten]
    gc.collect()
    gc.freeze()

    schrijven = per_seconde(to_json, trajecten, n)
    lezen = per_seconde(from_json, teksten, n)
    dumps = per_seconde(plain_dumps, documenten, n)
    loads = per_seconde(plain_loads, plain_teksten, n)
    rond = 1 / (1 / schrijven + 1 / lezen)
    plain_rond = 1 / (1 / dumps + 1 / loads)

    print(f"{n:,} trajecten, {grootte:,.0f} bytes of JSON each")
    print(f"to_json:   {schrijven:10,.0f} /s")
    print(f"from_json: {lezen:10,.0f} /s")
    print(f"round trip (to_json + from_json): {rond:10,.0f} /s")
    print(f"plain {plain_naam}")
    print(f"  dumps {dumps:10,.0f} /s, loads {loads:10,.0f} /s, round trip {plain_rond:10,.0f} /s")
    verhouding = rond / plain_rond
    haalt = "reached" if verhouding >= DOEL else "NOT reached"
    print(f"target: round trip >= {DOEL} x plain = {DOEL * plain_rond:,.0f} /s")
    print(f"        measured {verhouding:.3f} x plain: {haalt}")

    if "--msgspec" in argv:
        try:
            encode, decode, alleen_structs = _msgspec_spiegel()
        except ImportError:
            print("msgspec experiment: msgspec is not installed")
            return
        bytes_ = [encode(t) for t in trajecten]
        gelijk = all(b == t.encode("utf-8") for b, t in zip(bytes_, teksten, strict=True))
        assert all(decode(b) == t for b, t in zip(bytes_[:100], trajecten, strict=False))
        m_schrijven = per_seconde(encode, trajecten, n)
        m_lezen = per_seconde(decode, bytes_, n)
        m_structs = per_seconde(alleen_structs, bytes_, n)
        m_rond = 1 / (1 / m_schrijven + 1 / m_lezen)
        print("msgspec experiment (mirror Structs, attrs objects built with validation):")
        print(f"  same bytes as to_json: {gelijk}")
        print(f"  encode {m_schrijven:10,.0f} /s, decode {m_lezen:10,.0f} /s")
        print(f"  round trip {m_rond:10,.0f} /s = {m_rond / plain_rond:.3f} x plain")
        print(
            f"  of which decoding into the Structs alone (no attrs objects, no domain "
            f"validation): {m_structs:10,.0f} /s"
        )


if __name__ == "__main__":
    main(sys.argv[1:])

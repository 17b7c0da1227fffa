"""Benchmark: to_json and from_json per second over 10k realistic trajecten, on one core.

Each traject has two sickness periods, ten events, two sporen (a spoor 1 that
did not succeed and a spoor 2 with two steps), a driegesprek with an agreement,
three betrokkenen and a belastbaarheid: about 2 kB of JSON.

Side by side in the same run, interleaved (every contestant once per round, five
rounds, the best round counts):

* ``to_json`` and ``from_json`` as the library runs them (the fast path of
  :mod:`reintegratie.serialisatie.snel` when the extra ``msgspec`` is installed);
* the strict path alone (standard ``json`` and the cattrs converter);
* pydantic v2 on an equivalent model of the same document, generated in this file
  (:func:`pydantic_model`): ``model_dump_json`` + ``model_validate_json``;
* plain ``orjson.dumps`` + ``orjson.loads`` of the same payloads as dicts, no objects
  (``json`` when orjson is not installed; the output says so).

Target (issue "Caseloads from real HR data, fast"): a round trip (to_json + from_json)
at least 1.0x pydantic v2's. The last line reads ``round trip vs pydantic: 1.07x``.

Run: ``.venv/bin/python benchmarks/bench_serialisatie.py [N]``. Building
the trajecten and the payloads is not timed. Each measurement runs every payload
once and keeps no results; the inputs are frozen
out of the garbage collector's way first (``gc.freeze``) for every contestant alike.
"""

from __future__ import annotations

import gc
import itertools
import json
import random
import sys
import time
import types
import typing
import warnings
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any

import attrs

import reintegratie as ri
from reintegratie.gesprek import Afspraak, Driegesprek
from reintegratie.rollen import Betrokkene, Rol
from reintegratie.serialisatie import _dumps, _loads, from_json, snel, to_dict, to_json
from reintegratie.serialisatie.envelope import pak_uit, verpak
from reintegratie.spoor import Fase, Spoor, Spoor1Werk, Spoor2Stap, Spoorresultaat, Spoorsoort
from reintegratie.traject import Belastbaarheid, Traject

DOEL = 1.0
"""The round trip must reach this multiple of pydantic v2's on the same shape."""

RONDES = 5
"""Rounds of the interleaved measurement. On a machine shared with other work a single
pass can be slowed by half; the best of five passes of each contestant is steadier than
the best of three (every contestant gets the same number of passes)."""

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


def per_seconde(
    functie: Callable[[Any], object], invoer: Iterable[Any], n: int, rondes: int = 3
) -> float:
    """Calls of *functie* per second over *invoer*: the best of *rondes* passes, no results
    kept."""
    beste = float("inf")
    for _ in range(rondes):
        gc.collect()
        begin = time.perf_counter()
        for x in invoer:
            functie(x)
        beste = min(beste, time.perf_counter() - begin)
    return n / beste


# --- the pydantic v2 baseline -----------------------------------------------------------


def pydantic_model() -> Any:
    """A pydantic v2 model of the traject document, the same shape and checks as the format.

    Generated here from the attrs classes (so that it has every field, with the same
    names, order, defaults and ``"soort"`` tags), in strict mode (no coercion), unknown
    keys forbidden, frozen; with the same value checks as the attrs validators (non-empty
    text, ranges, distinct roles) and the same kinds of cross-field checks (periods in
    order without overlap, events and driegesprekken in date order, every referenced id
    among the betrokkenen, the employee not a betrokkene). The benchmark baseline only.
    """
    from typing import Annotated, Literal

    import pydantic

    from reintegratie import _validatie
    from reintegratie.serialisatie.converter import DOEL_TAGS, GEBEURTENIS_TAGS, TAG

    tag_van = {cl: tag for tags in (GEBEURTENIS_TAGS, DOEL_TAGS) for tag, cl in tags.items()}
    modellen: dict[type, Any] = {}
    config = pydantic.ConfigDict(strict=True, extra="forbid", frozen=True)
    tekst = Annotated[str, pydantic.StringConstraints(pattern=r"\S")]

    def veldtype(t: Any, validator: Any) -> Any:
        oorsprong, args = typing.get_origin(t), typing.get_args(t)
        if validator is _validatie.tekst:
            return tekst
        if oorsprong is tuple:
            return tuple[veldtype(args[0], None), ...]  # type: ignore[misc]
        if oorsprong is frozenset:
            return frozenset[args[0]]  # type: ignore[valid-type]
        if oorsprong in (typing.Union, types.UnionType):
            if type(None) in args:
                binnen = next(a for a in args if a is not type(None))
                # optioneel(tekst): the text check applies to the value when present.
                cellen = getattr(validator, "__closure__", None) or ()
                innerlijk = next(
                    (c.cell_contents for c in cellen if c.cell_contents is _validatie.tekst), None
                )
                return typing.Optional[veldtype(binnen, innerlijk)]  # noqa: UP045
            leden = tuple(model(a) for a in args)
            return Annotated[typing.Union[leden], pydantic.Field(discriminator=TAG)]  # noqa: UP007
        if attrs.has(t):
            return model(t)
        return t

    def model(cl: type) -> Any:
        if cl in modellen:
            return modellen[cl]
        typen = typing.get_type_hints(cl)
        velden: dict[str, Any] = {}
        if cl in tag_van:
            velden[TAG] = (Literal[tag_van[cl]], tag_van[cl])  # type: ignore[valid-type]
        for a in attrs.fields(cl):
            if not a.init:
                continue
            t = veldtype(typen[a.name], a.validator)
            veld: dict[str, Any] = {}
            naam = getattr(a.validator, "__qualname__", "")
            if naam.startswith("bereik."):
                cellen = dict(
                    zip(a.validator.__code__.co_freevars, a.validator.__closure__, strict=True)
                )
                if cellen["minimum"].cell_contents is not None:
                    veld["ge"] = cellen["minimum"].cell_contents
                if cellen["maximum"].cell_contents is not None:
                    veld["le"] = cellen["maximum"].cell_contents
            if a.default is not attrs.NOTHING:
                veld["default"] = a.default
            velden[a.name] = (t, pydantic.Field(**veld))
        validators: dict[str, Any] = {}
        if cl is Traject:
            validators["controle"] = pydantic.model_validator(mode="after")(_traject_controle)
        elif cl is ri.Ziekteperiode:
            validators["controle"] = pydantic.model_validator(mode="after")(_periode_controle)
        modellen[cl] = pydantic.create_model(
            f"P{cl.__name__}", __config__=config, __validators__=validators, **velden
        )
        return modellen[cl]

    with warnings.catch_warnings():  # "schema" shadows a BaseModel attribute: harmless here
        warnings.simplefilter("ignore", UserWarning)
        return _envelop(pydantic, config, model(Traject))


def _envelop(pydantic: Any, config: Any, data: Any) -> Any:
    from typing import Literal

    return pydantic.create_model(
        "PEnvelop",
        __config__=config,
        schema=(Literal["reintegratie/traject"], ...),
        versie=(Literal[2], ...),
        data=(data, ...),
    )


def _periode_controle(self: Any) -> Any:
    if self.laatste_dag is not None and self.laatste_dag < self.eerste_dag:
        raise ValueError("laatste_dag precedes eerste_dag")
    return self


def _traject_controle(self: Any) -> Any:
    perioden = self.ziekteperioden
    for vorige, huidige in itertools.pairwise(perioden):
        if vorige.laatste_dag is None or huidige.eerste_dag <= vorige.laatste_dag:
            raise ValueError("ziekteperioden out of order or overlapping")
    for naam in ("gebeurtenissen", "driegesprekken"):
        datums = [x.datum for x in getattr(self, naam)]
        if datums != sorted(datums):
            raise ValueError(f"{naam} not in date order")
    ids: set[str] = set()
    for b in self.betrokkenen:
        if b.id == self.werknemer or b.id in ids:
            raise ValueError("duplicate betrokkene")
        if not b.rollen:
            raise ValueError("a betrokkene without roles")
        ids.add(b.id)
    for g in self.gebeurtenissen:
        if getattr(g, "casemanager", None) not in (None, *ids):
            raise ValueError("unknown casemanager")
    for sp in self.sporen:
        if sp.aanbieder is not None and sp.aanbieder not in ids:
            raise ValueError("unknown aanbieder")
    for d in self.driegesprekken:
        if len(set(d.deelnemers)) != len(d.deelnemers) or len(d.deelnemers) < 3:
            raise ValueError("deelnemers")
        for deelnemer in d.deelnemers:
            if deelnemer != self.werknemer and deelnemer not in ids:
                raise ValueError("unknown deelnemer")
    return self


# --- main -------------------------------------------------------------------------------


def main(argv: list[str]) -> None:
    try:
        _meet(argv)
    finally:
        gc.unfreeze()


def _strikt_lezen(tekst: str) -> Traject:
    """``from_json`` without the fast path: the standard library parser and the converter."""
    return typing.cast(Traject, pak_uit(_loads(tekst), Traject))


def _strikt_schrijven(t: Traject) -> str:
    """``to_json`` without the fast path."""
    return _dumps(verpak(t))


def _rond(schrijven: float, lezen: float) -> float:
    return 1 / (1 / schrijven + 1 / lezen)


def _meet(argv: list[str]) -> None:
    n = int(next((a for a in argv if a.isdigit()), "10000"))
    rng = random.Random(20261124)
    trajecten = [traject(rng, i) for i in range(n)]
    teksten = [_strikt_schrijven(t) for t in trajecten]
    assert all(to_json(t) == x for t, x in zip(trajecten, teksten, strict=True))
    assert all(from_json(x) == t for t, x in zip(trajecten, teksten, strict=True))
    documenten = [to_dict(t) for t in trajecten]
    grootte = sum(len(t.encode("utf-8")) for t in teksten) / n

    try:
        model = pydantic_model()
    except ImportError:
        model = None
    if model is not None:
        modellen = [model.model_validate_json(x) for x in teksten]
        assert modellen[0].model_dump(mode="json")["data"]["werknemer"] == trajecten[0].werknemer

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

    snel_aan = snel.beschikbaar()
    print(f"{n:,} trajecten, {grootte:,.0f} bytes of JSON each")
    print(f"fast path (extra 'msgspec'): {'installed' if snel_aan else 'NOT installed'}")
    # Interleaved: every contestant in each of RONDES rounds; the best round counts.
    beste: dict[str, float] = {}
    metingen: list[tuple[str, Callable[[Any], object], list[Any]]] = [
        ("to_json", to_json, trajecten),
        ("from_json", from_json, teksten),
        ("strict to_json", _strikt_schrijven, trajecten),
        ("strict from_json", _strikt_lezen, teksten),
        ("plain dumps", plain_dumps, documenten),
        ("plain loads", plain_loads, plain_teksten),
    ]
    if model is not None:
        metingen += [
            ("pydantic model_dump_json", lambda m: m.model_dump_json(), modellen),
            ("pydantic model_validate_json", model.model_validate_json, teksten),
        ]
    for _ in range(RONDES):
        for naam, functie, invoer in metingen:
            beste[naam] = max(beste.get(naam, 0.0), per_seconde(functie, invoer, n, rondes=1))

    for naam, _, _ in metingen:
        print(f"{naam + ':':30} {beste[naam]:10,.0f} /s")
    rond = _rond(beste["to_json"], beste["from_json"])
    strikt = _rond(beste["strict to_json"], beste["strict from_json"])
    plain_rond = _rond(beste["plain dumps"], beste["plain loads"])
    print(f"round trip (to_json + from_json):  {rond:10,.0f} /s")
    print(f"  strict path only:                {strikt:10,.0f} /s ({rond / strikt:.2f}x faster)")
    print(f"  plain {plain_naam}: {plain_rond:10,.0f} /s ({rond / plain_rond:.3f} x plain)")
    if model is None:
        print("pydantic is not installed: no baseline for the target")
        return
    p_rond = _rond(beste["pydantic model_dump_json"], beste["pydantic model_validate_json"])
    print(f"  pydantic v2 (dump + validate):   {p_rond:10,.0f} /s")
    verhouding = rond / p_rond
    haalt = "reached" if verhouding >= DOEL else "NOT reached"
    print(f"target: round trip >= {DOEL:.1f}x pydantic v2: {haalt}")
    print(f"round trip vs pydantic: {verhouding:.2f}x")


if __name__ == "__main__":
    main(sys.argv[1:])

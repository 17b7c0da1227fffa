"""The whole version-2 traject document as an Arrow schema, and the checks on its arrays
(pyarrow, extra ``arrow``).

The columnar reader (:func:`~reintegratie.analyse.lees_kolommen`) parses every line of a
JSON Lines caseload against :func:`traject_arrowschema` with pyarrow's
``unexpected_field_behavior="error"``: a field the format does not know, at any level,
makes pyarrow refuse the file, and so does a value of the wrong JSON type or a key given
twice. Nothing here is a second copy of the model: the Arrow schema is generated from the
shipped JSON Schema of the document (:func:`~reintegratie.serialisatie.json_schema`, itself
generated from the model classes), so a new field or event kind is read the moment it
exists.

A tagged union (the events, the goals) becomes one Arrow struct holding the union of
every kind's fields. What that struct, and Arrow's nulls, let through is checked on the
arrays by :func:`controleer_kolommen` (pyarrow.compute, a few vectorized passes per
field):

* a field of another kind set on this kind (the per-kind field sets), an unknown tag;
* a required field missing or ``null``; a ``null`` item in a list, a ``null`` where the
  format allows none but the field is required;
* enum values, integer and number bounds, list lengths (``minItems``, ``maxItems``);
* text: empty, only white space (``utf8_is_space``, which is :meth:`str.isspace`), over
  the length limit, or holding a control character (the schema's pattern, run only on
  the texts ``utf8_is_printable`` refuses: every control character is unprintable);
* dates: read as text, then ``'YYYY-MM-DD'`` exactly (a real day, no time of day),
  within 1900-9000.

What is not checked on the arrays (the strict reader :func:`~reintegratie.lees_jsonl`
checks it): an explicit ``null`` for an optional field whose type allows none (Arrow
cannot tell it from a missing field), duplicate items in a set, and every cross-field
invariant (periods in order are checked by
:class:`~reintegratie.analyse.kolommen.Verzuimkolommen`, references to betrokkenen are
not).

>>> import pytest; _ = pytest.importorskip("pyarrow")  # the 'arrow' extra
>>> schema = traject_arrowschema()
>>> schema.names
['schema', 'versie', 'data']
>>> gebeurtenis = schema.field("data").type.field("gebeurtenissen").type.value_type
>>> gebeurtenis.field("weken").type
DataType(int64)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from reintegratie._validatie import PATROON_NIET_LEEG, _kort
from reintegratie.analyse._extra import importeer
from reintegratie.errors import SerializationError, ValidationError

__all__ = ["controleer_kolommen", "traject_arrowschema"]

_SCHEMA = "reintegratie/traject"


@attrs.frozen
class _Knoop:
    """One JSON Schema type, as far as the arrays can check it."""

    soort: str  # tekst, geheel, getal, ja_nee, datum, lijst, object, unie
    waarden: frozenset[str] | None = None
    minimum: float | None = None
    maximum: float | None = None
    boven_minimum: bool = False  # exclusiveMinimum
    min_lengte: int | None = None
    max_lengte: int | None = None
    niet_leeg: bool = False  # text: not only white space
    ongeldig: str | None = None  # text: characters it may not hold (an RE2 class)
    element: _Knoop | None = None
    velden: tuple[_Veld, ...] = ()
    tag: str | None = None
    # unie: per kind, its fields and its required fields
    per_soort: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = ()
    # unie: per field, the kinds that have it and the node it has there
    varianten: tuple[tuple[str, tuple[tuple[_Knoop, frozenset[str]], ...]], ...] = ()


@attrs.frozen
class _Veld:
    naam: str
    knoop: _Knoop
    verplicht: bool  # required and not nullable: missing or null is an error


class _Bouwer:
    """Reads the JSON Schema into :class:`_Knoop` trees."""

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.defs: Mapping[str, Any] = schema.get("$defs", {})

    def los_op(self, knoop: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in knoop:
            knoop = self.defs[knoop["$ref"].removeprefix("#/$defs/")]
        return knoop

    def knoop(self, schema: Mapping[str, Any]) -> tuple[_Knoop, bool]:
        """The node of *schema*, and whether it allows ``null``."""
        s = self.los_op(schema)
        if "anyOf" in s:
            leden = [a for a in s["anyOf"] if a != {"type": "null"}]
            if len(leden) != 1 or len(s["anyOf"]) != 2:
                raise SerializationError(f"arrow schema: cannot map anyOf {s['anyOf']!r}")
            return self.knoop(leden[0])[0], True
        typ = s.get("type")
        nullable = False
        if isinstance(typ, list):
            soorten = [t for t in typ if t != "null"]
            nullable = len(soorten) < len(typ)
            if len(soorten) != 1:
                raise SerializationError(f"arrow schema: cannot map the types {typ!r}")
            typ = soorten[0]
        if typ is None and ("enum" in s or "const" in s):
            waarden = s["enum"] if "enum" in s else [s["const"]]
            if not all(isinstance(w, str) for w in waarden):
                raise SerializationError(f"arrow schema: enum of non-text {waarden!r}")
            typ = "string"
        if typ == "string":
            if s.get("format") == "date":
                return _Knoop("datum"), nullable
            waarden = s.get("enum", [s["const"]] if "const" in s else None)
            ongeldig = s.get("not", {}).get("pattern")
            return _Knoop(
                "tekst",
                waarden=None if waarden is None else frozenset(waarden),
                min_lengte=s.get("minLength"),
                max_lengte=s.get("maxLength"),
                niet_leeg=s.get("pattern") == PATROON_NIET_LEEG,
                ongeldig=None if ongeldig is None else _re2(ongeldig),
            ), nullable
        if typ in ("integer", "number"):
            return _Knoop(
                "geheel" if typ == "integer" else "getal",
                minimum=s.get("exclusiveMinimum", s.get("minimum")),
                maximum=s.get("maximum"),
                boven_minimum="exclusiveMinimum" in s,
            ), nullable
        if typ == "boolean":
            return _Knoop("ja_nee"), nullable
        if typ == "array":
            element, leeg_mag = self.knoop(s["items"])
            if leeg_mag:
                raise SerializationError("arrow schema: a list with null items")
            return _Knoop(
                "lijst",
                element=element,
                min_lengte=s.get("minItems"),
                max_lengte=s.get("maxItems"),
            ), nullable
        if typ == "object":
            if "allOf" in s:
                return self.unie(s), nullable
            return _Knoop("object", velden=self.velden(s)), nullable
        raise SerializationError(f"arrow schema: cannot map {dict(s)!r}")

    def velden(self, s: Mapping[str, Any]) -> tuple[_Veld, ...]:
        verplicht = set(s.get("required", ()))
        velden = []
        for naam, sub in s.get("properties", {}).items():
            knoop, nullable = self.knoop(sub)
            velden.append(_Veld(naam, knoop, naam in verplicht and not nullable))
        return tuple(velden)

    def unie(self, s: Mapping[str, Any]) -> _Knoop:
        (tag,) = s["required"]
        per_soort = []
        varianten: dict[str, dict[_Knoop, set[str]]] = {}
        for tak in s["allOf"]:
            soort = tak["if"]["properties"][tag]["const"]
            velden = self.velden(self.los_op(tak["then"]))
            per_soort.append(
                (
                    soort,
                    frozenset(v.naam for v in velden),
                    frozenset(v.naam for v in velden if v.verplicht),
                )
            )
            for v in velden:
                if v.naam != tag:
                    varianten.setdefault(v.naam, {}).setdefault(v.knoop, set()).add(soort)
        return _Knoop(
            "unie",
            waarden=frozenset(s["properties"][tag]["enum"]),
            tag=tag,
            per_soort=tuple(per_soort),
            varianten=tuple(
                (naam, tuple((k, frozenset(soorten)) for k, soorten in per.items()))
                for naam, per in varianten.items()
            ),
        )


@functools.cache
def _document() -> _Knoop:
    from reintegratie.serialisatie import json_schema

    schema = json_schema(_SCHEMA)
    bouwer = _Bouwer(schema)
    data, _ = bouwer.knoop(schema["properties"]["data"])
    return data


def _arrowtype(knoop: _Knoop, dag: Any) -> Any:
    pa = importeer("pyarrow", "reading caseload files into columns")
    if knoop.soort == "tekst":
        return pa.string()
    if knoop.soort == "geheel":
        return pa.int64()
    if knoop.soort == "getal":
        return pa.float64()
    if knoop.soort == "ja_nee":
        return pa.bool_()
    if knoop.soort == "datum":
        return dag
    if knoop.soort == "lijst":
        assert knoop.element is not None
        return pa.list_(_arrowtype(knoop.element, dag))
    if knoop.soort == "object":
        return pa.struct([(v.naam, _arrowtype(v.knoop, dag)) for v in knoop.velden])
    velden = [(knoop.tag, pa.string())]
    for naam, per in knoop.varianten:
        typen = {_arrowtype(k, dag) for k, _ in per}
        if len(typen) != 1:
            raise SerializationError(
                f"arrow schema: the field {naam!r} has different types in different kinds"
            )
        velden.append((naam, typen.pop()))
    return pa.struct(velden)


def traject_arrowschema(dag: Any = None) -> Any:
    """The Arrow schema of a whole ``reintegratie/traject`` document (envelope and data) at
    the current version: every field the format has, a tagged union as one struct of the
    union of its kinds' fields. Dates have the type *dag* (default text, which
    :func:`controleer_kolommen` checks is ``'YYYY-MM-DD'``: pyarrow's own timestamps would
    take a time of day)."""
    pa = importeer("pyarrow", "reading caseload files into columns")
    if dag is None:
        dag = pa.string()
    if not isinstance(dag, pa.DataType):
        raise ValidationError("dag", f"expected a pyarrow DataType, got {type(dag).__name__}")
    return pa.schema(
        [("schema", pa.string()), ("versie", pa.int64()), ("data", _arrowtype(_document(), dag))]
    )


#: Maps an index into an array to the row (dossier) it belongs to.
_Rijen = Callable[[int], int]


class _AfgekeurdError(Exception):
    def __init__(self, rij: int, pad: str, reden: str) -> None:
        super().__init__(f"line {rij + 1}: {pad}: {reden}")
        self.rij = rij


def controleer_kolommen(data: Any, eerste_rij: int = 0) -> tuple[int, str] | None:
    """Check the ``data`` struct array of a table read against :func:`traject_arrowschema`
    (text for dates) for what the Arrow schema lets through (see the module).

    Returns ``None``, or the first problem found: the row (counting from *eerste_rij*) and
    a message ``line N: data.gebeurtenissen[].weken: ...``. Rows are checked field by
    field, so the problem found first need not be on the first bad row.
    """
    pa = importeer("pyarrow", "reading caseload files into columns")
    if not isinstance(data, pa.StructArray):
        raise ValidationError("data", f"expected a pyarrow StructArray, got {type(data).__name__}")
    if isinstance(eerste_rij, bool) or not isinstance(eerste_rij, int) or eerste_rij < 0:
        raise ValidationError(
            "eerste_rij", f"expected a whole number >= 0, got {_kort(eerste_rij)}"
        )
    try:
        _controleer(data, _document(), "data", lambda i: eerste_rij + i, verplicht=True)
    except _AfgekeurdError as fout:
        return fout.rij, str(fout)
    return None


def _re2(patroon: str) -> str:
    """A JSON Schema character class of ``\\uXXXX`` escapes in RE2's syntax; surrogates
    (which no valid UTF-8 text holds) left out."""
    patroon = patroon.replace("\\ud800-\\udfff", "")
    return re.sub(r"\\u([0-9a-fA-F]{4})", r"\\x{\1}", patroon)


def _eerste(masker: Any) -> int | None:
    """The index of the first true in a boolean array (nulls are false), or None."""
    pc = importeer("pyarrow.compute", "caseload columns")
    if not pc.any(masker).as_py():
        return None
    return int(pc.index(pc.fill_null(masker, False), True).as_py())


def _toets(masker: Any, rijen: _Rijen, pad: str, reden: str) -> None:
    i = _eerste(masker)
    if i is not None:
        raise _AfgekeurdError(rijen(i), pad, reden)


def _controleer(arr: Any, knoop: _Knoop, pad: str, rijen: _Rijen, *, verplicht: bool) -> None:
    """Check *arr* (nulls: absent) against *knoop*."""
    pa = importeer("pyarrow", "caseload columns")
    pc = importeer("pyarrow.compute", "caseload columns")
    if verplicht and arr.null_count:
        _toets(arr.is_null(), rijen, pad, "required, got null or nothing")
    if arr.null_count == len(arr):
        return
    s = knoop.soort
    if s == "tekst":
        if knoop.waarden is not None:
            goed = pc.is_in(arr, value_set=pa.array(sorted(knoop.waarden)))
            _toets(
                pc.and_(arr.is_valid(), pc.invert(goed)),
                rijen,
                pad,
                f"expected one of {sorted(knoop.waarden)}",
            )
        if knoop.min_lengte or knoop.max_lengte is not None:
            lengte = pc.binary_length(arr)
            if knoop.min_lengte:
                _toets(pc.equal(lengte, 0), rijen, pad, "required, non-empty text")
        if knoop.niet_leeg:
            # utf8_is_space is str.isspace, the white space of the pattern
            _toets(pc.utf8_is_space(arr), rijen, pad, "required, not only white space")
        if knoop.ongeldig is not None:
            # Every control character is unprintable: the pattern runs on those texts only.
            vreemd = pc.indices_nonzero(pc.fill_null(pc.invert(pc.utf8_is_printable(arr)), False))
            if len(vreemd):
                slecht = pc.match_substring_regex(pc.take(arr, vreemd), knoop.ongeldig)
                i = _eerste(slecht)
                if i is not None:
                    j = int(vreemd[i].as_py())
                    raise _AfgekeurdError(rijen(j), pad, "a control character")
            if knoop.max_lengte is not None:
                lang = pc.greater(lengte, knoop.max_lengte)
                if pc.any(lang).as_py():
                    lang = pc.greater(pc.utf8_length(arr), knoop.max_lengte)
                    _toets(lang, rijen, pad, f"longer than {knoop.max_lengte:,} characters")
    elif s in ("geheel", "getal"):
        # A bound past what int64 holds cannot be passed (nor reached) by an int64 column.
        if knoop.minimum is not None and (s == "getal" or knoop.minimum > _INT64_MIN):
            grens = float(knoop.minimum) if s == "getal" else int(knoop.minimum)
            laag = (pc.less_equal if knoop.boven_minimum else pc.less)(arr, grens)
            _toets(laag, rijen, pad, f"below the minimum {knoop.minimum}")
        if knoop.maximum is not None and (s == "getal" or knoop.maximum < _INT64_MAX):
            grens = float(knoop.maximum) if s == "getal" else int(knoop.maximum)
            _toets(pc.greater(arr, grens), rijen, pad, f"above the maximum {knoop.maximum}")
    elif s == "datum":
        try:
            dagen = pc.cast(pc.cast(arr, pa.date32()), pa.int32())
        except pa.ArrowInvalid:
            tekst = arr.to_pylist()
            i = next(i for i, d in enumerate(tekst) if d is not None and not _is_datum(d))
            raise _AfgekeurdError(
                rijen(i), pad, f"expected a date 'YYYY-MM-DD', got {tekst[i]!r}"
            ) from None
        grenzen = pc.min_max(dagen).as_py()
        if grenzen["min"] < _DAG_1900 or grenzen["max"] >= _DAG_9001:
            buiten = pc.or_(pc.less(dagen, _DAG_1900), pc.greater_equal(dagen, _DAG_9001))
            _toets(buiten, rijen, pad, "expected a date from 1900-01-01 to 9000-12-31")
    elif s == "lijst":
        assert knoop.element is not None
        if knoop.min_lengte or knoop.max_lengte is not None:
            lengte = pc.list_value_length(arr)
            if knoop.min_lengte:
                _toets(
                    pc.less(lengte, knoop.min_lengte),
                    rijen,
                    pad,
                    f"expected at least {knoop.min_lengte} items",
                )
            if knoop.max_lengte is not None:
                _toets(
                    pc.greater(lengte, knoop.max_lengte),
                    rijen,
                    pad,
                    f"expected at most {knoop.max_lengte:,} items",
                )
        waarden = arr.flatten()
        if not len(waarden):
            return

        def in_lijst(i: int, arr: Any = arr, rijen: _Rijen = rijen) -> int:
            return rijen(int(pc.list_parent_indices(arr)[i].as_py()))

        _controleer(waarden, knoop.element, f"{pad}[]", in_lijst, verplicht=True)
    elif s == "object":
        aanwezig = arr.is_valid()
        for veld in knoop.velden:
            kind = arr.field(veld.naam)
            if veld.verplicht and kind.null_count:
                _toets(
                    pc.and_(kind.is_null(), aanwezig),
                    rijen,
                    f"{pad}.{veld.naam}",
                    "required, got null or nothing",
                )
            _controleer(kind, veld.knoop, f"{pad}.{veld.naam}", rijen, verplicht=False)
    elif s == "unie":
        _controleer_unie(arr, knoop, pad, rijen)


def _controleer_unie(arr: Any, knoop: _Knoop, pad: str, rijen: _Rijen) -> None:
    pa = importeer("pyarrow", "caseload columns")
    pc = importeer("pyarrow.compute", "caseload columns")
    assert knoop.tag is not None
    assert knoop.waarden is not None
    soort = arr.field(knoop.tag)
    aanwezig = arr.is_valid()
    _toets(pc.and_(soort.is_null(), aanwezig), rijen, f"{pad}.{knoop.tag}", "required (the kind)")
    bekend = pc.is_in(soort, value_set=pa.array(sorted(knoop.waarden)))
    _toets(
        pc.and_(soort.is_valid(), pc.invert(bekend)),
        rijen,
        f"{pad}.{knoop.tag}",
        f"expected one of {sorted(knoop.waarden)}",
    )
    for naam, per in knoop.varianten:
        kind = arr.field(naam)
        veldpad = f"{pad}.{naam}"
        met = frozenset().union(*(soorten for _, soorten in per))
        verplicht_bij = sorted(s for s, _, nodig in knoop.per_soort if naam in nodig)
        if verplicht_bij and kind.null_count:
            ontbreekt = pc.and_(kind.is_null(), pc.is_in(soort, value_set=pa.array(verplicht_bij)))
            _toets(ontbreekt, rijen, veldpad, "required, got null or nothing")
        if kind.null_count == len(kind):
            continue
        if len(met) < len(knoop.waarden):
            vreemd = pc.and_(kind.is_valid(), pc.invert(pc.is_in(soort, pa.array(sorted(met)))))
            i = _eerste(vreemd)
            if i is not None:
                raise _AfgekeurdError(rijen(i), veldpad, f"unknown field for {soort[i].as_py()!r}")
        if len(per) == 1:
            _controleer(kind, per[0][0], veldpad, rijen, verplicht=False)
            continue
        for sub, soorten in per:  # the field's type differs by kind: check each on its rows
            hier = pc.is_in(soort, value_set=pa.array(sorted(soorten)))
            rijnummers = pc.indices_nonzero(pc.fill_null(hier, False))
            deel = pc.take(kind, rijnummers)

            def in_deel(i: int, rijnummers: Any = rijnummers, rijen: _Rijen = rijen) -> int:
                return rijen(int(rijnummers[i].as_py()))

            _controleer(deel, sub, veldpad, in_deel, verplicht=False)


_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1
_DAG_1900 = -25567  # 1900-01-01, in days from 1970-01-01
_DAG_9001 = 2568020  # 9001-01-01


def _is_datum(tekst: str) -> bool:
    try:
        return len(tekst) == 10 and _dt.date.fromisoformat(tekst) is not None
    except ValueError:
        return False

"""The fast path of :func:`~reintegratie.serialisatie.from_json`: type checks in C, then objects.

When the optional extra ``msgspec`` is installed, a complete document at the
current version is decoded by msgspec into Structs that mirror the attrs classes
(every type checked in C: strings, integers, booleans, ``'YYYY-MM-DD'`` dates,
enum values, tags, required and unknown fields), and the attrs objects are then
built without checking those types a second time. What is not a type check still
runs on every object: value validators (non-empty text, ranges, distinct roles,
participants) and every cross-field invariant (``__attrs_post_init__``: periods
in order, samentelling, references to betrokkenen, ...).

Nothing here is a second copy of the model. The Structs and the constructors are
generated at first use from the attrs classes and from the converter's tag maps
(:data:`~.converter.GEBEURTENIS_TAGS`, :data:`~.converter.DOEL_TAGS`), so a new
field or event kind is read the moment it exists; a type the generator does not
know (or a class with converters or a ``__attrs_pre_init__``) simply leaves that
schema to the strict path.

The format and the errors are those of the strict path, by construction: the fast
path either returns the very object the strict path would, or gives up
(:data:`NIET`) and the strict path reads the document and raises its own error.
It gives up on anything it does not accept: invalid JSON, a type msgspec refuses,
a value a validator or invariant refuses, a view (``weergave``), an older version
that needs upgrading, duplicate keys (msgspec keeps the last of duplicate keys,
the format refuses them: the keys in the text are counted and must equal the keys
decoded) and duplicate values in a set.

>>> from datetime import date
>>> import reintegratie as ri
>>> from reintegratie.serialisatie import to_json
>>> t = ri.Traject(werknemer="W-1", werkgever="WG",
...                ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),))
>>> lees(to_json(t), ri.Traject) == t or not beschikbaar()
True
>>> lees('{"schema": "reintegratie/traject"}', ri.Traject) is NIET
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import importlib.util
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

from reintegratie import _validatie
from reintegratie._argumenten import gecontroleerd
from reintegratie.serialisatie.converter import DOEL_TAGS, GEBEURTENIS_TAGS, TAG
from reintegratie.serialisatie.grenzen import MAX_LIJST, MAX_TEKST
from reintegratie.serialisatie.upgrades import huidige_versie

__all__ = ["NIET", "beschikbaar", "lees", "schrijf"]


class _Niet(enum.Enum):
    """The fast path did not read (or write) the document: the strict path must."""

    NIET = "NIET"


#: Returned by :func:`lees` and :func:`schrijf` when the strict path must do the work.
NIET: Final = _Niet.NIET


class _NietOndersteundError(Exception):
    """A type or class the generator does not mirror: the strict path reads that schema."""


class _TerugvalError(Exception):
    """A document the fast path does not accept: the strict path reads it (and says why)."""


_TAG_MAPS: Final[tuple[Mapping[str, type], ...]] = (GEBEURTENIS_TAGS, DOEL_TAGS)

# Every JSON string (key or value); after replacing them by "" and dropping whitespace,
# each key reads "": and nothing else does.
_STRING_S: Final = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_STRING_B: Final = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_WITRUIMTE_S: Final = str.maketrans("", "", " \t\n\r")


def _sleutels_kloppen(tekst: str | bytes | bytearray, gelezen: int) -> bool:
    """Whether the (valid) JSON *tekst* holds exactly *gelezen* object keys.

    *gelezen*, the keys the decoder read, is at most the number of keys in the text
    (a duplicate key is read once). Outside strings every colon follows a key, so the
    colons in the text are at least its keys: when they equal *gelezen*, so do the keys
    (a count in C). Otherwise every string is blanked first and the keys counted exactly.
    """
    if isinstance(tekst, str):
        if tekst.count(":") == gelezen:
            return True
        zonder = _STRING_S.sub('""', tekst).translate(_WITRUIMTE_S)
        return zonder.count('"":') == gelezen
    if tekst.count(b":") == gelezen:
        return True
    zonder_b = _STRING_B.sub(b'""', tekst).translate(None, b" \t\n\r")
    return zonder_b.count(b'"":') == gelezen


@functools.cache
def beschikbaar() -> bool:
    """Whether the fast path can run: the optional extra ``msgspec`` is installed."""
    return importlib.util.find_spec("msgspec") is not None


# --- validators: the same conditions, inline ------------------------------------------


def _leden(t: Any) -> set[Any]:
    """The members of a union type (or the type itself)."""
    if typing.get_origin(t) in (typing.Union, types.UnionType):
        return set(typing.get_args(t))
    return {t}


def _aard(validator: Any) -> tuple[Any, ...] | None:
    """What a validator of :mod:`reintegratie._validatie` checks (its entry in
    :data:`~reintegratie._validatie.AARD`), or None for any other validator."""
    try:
        return _validatie.AARD.get(validator)
    except TypeError:  # an unhashable validator: not one of ours
        return None


#: Names the inline conditions use, in every generated constructor's namespace.
_VOORWAARDE_NAMEN: Final[dict[str, Any]] = {
    "_DATUM_MIN": _validatie.DATUM_MIN,
    "_DATUM_MAX": _validatie.DATUM_MAX,
    "_regel": _validatie.ONGELDIG_REGEL.search,
    "_vrij": _validatie.ONGELDIG_VRIJ.search,
}


def _voorwaarde(validator: Any, t: Any) -> str | None:
    """A condition on ``{v}`` that holds exactly when *validator* accepts ``{v}``, a value
    msgspec already decoded as the field type *t* (so of that type); ``"True"`` when the
    validator checks nothing msgspec did not; None when there is no such condition (the
    validator is called). Where a condition fails, the validator is called too (and raises
    its own error), so a condition stricter than its validator costs time, never a result.

    Only the validators of :mod:`reintegratie._validatie` are known here, by what they
    record of themselves in :data:`~reintegratie._validatie.AARD`, never by name.
    """
    if isinstance(validator, type(attrs.validators.instance_of(str))):
        return "True" if getattr(validator, "type", None) is t else None
    aard = _aard(validator)
    if aard is None:
        return None
    soort, args = aard[0], aard[1:]
    if soort in ("ja_nee", "dag", "datum", "tekst", "vrije_tekst"):
        verwacht = {"ja_nee": bool, "tekst": str, "vrije_tekst": str}.get(soort, _dt.date)
        if t is not verwacht:
            return None
        return {
            "datum": "_DATUM_MIN <= {v} <= _DATUM_MAX",
            # str.strip() (the validator) removes exactly what str.isspace() calls space.
            "tekst": "({v} and not {v}.isspace() and _regel({v}) is None)",
            "vrije_tekst": "_vrij({v}) is None",
        }.get(soort, "True")
    if soort == "enum_van":
        return "True" if args[0] is t else None
    if soort == "type_van":
        return "True" if not _is_optioneel(t) and _leden(t) <= set(args[0]) else None
    if soort == "bereik":
        if t is not int:
            return None
        laag, hoog = args
        delen = ([] if laag is None else [f"{int(laag)} <= {{v}}"]) + (
            [] if hoog is None else [f"{{v}} <= {int(hoog)}"]
        )
        return " and ".join(delen) or "True"
    if soort == "optioneel":
        if not _is_optioneel(t):
            return None
        binnen = _voorwaarde(args[0], _zonder_none(t))
        if binnen is None or binnen == "True":
            return binnen
        return f"({{v}} is None or ({binnen}))"
    if soort == "tuple_van":
        soorten, tekst_elementen = args
        targs = typing.get_args(t)
        if typing.get_origin(t) is not tuple or len(targs) != 2 or targs[1] is not Ellipsis:
            return None
        element = targs[0]
        if element is str and soorten == (str,):
            if not tekst_elementen:
                return "True"
            return "(all([x and not x.isspace() for x in {v}]) and _regel(''.join({v})) is None)"
        # Dates are decoded as plain dates (never datetimes), which tuple_van accepts.
        if str not in soorten and _leden(element) <= set(soorten):
            return "True"
        return None
    return None


def _zonder_none(t: Any) -> Any:
    return next(a for a in typing.get_args(t) if a is not type(None))


# --- generating the Structs and the constructors ----------------------------------------


@functools.cache
def _typen(cl: type) -> dict[str, Any]:
    """The field types of *cl*, resolved once."""
    return typing.get_type_hints(cl)


def _is_optioneel(t: Any) -> bool:
    args = typing.get_args(t)
    return (
        typing.get_origin(t) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _zetter(cl: type, naam: str, ns: dict[str, Any]) -> str:
    """Source of a call that sets field *naam* on a new object of *cl* (a frozen class):
    the slot's own setter where the field is a slot (a third faster than
    ``object.__setattr__``, which looks the slot up by name), else ``object.__setattr__``.
    """
    for klasse in cl.__mro__:
        if naam in vars(klasse):
            slot = vars(klasse)[naam]
            if type(slot) is types.MemberDescriptorType:
                ns[f"_zet_{naam}"] = slot.__set__
                return f"_zet_{naam}"
            break

    def zet(o: object, waarde: object) -> None:
        object.__setattr__(o, naam, waarde)

    ns[f"_zet_{naam}"] = zet
    return f"_zet_{naam}"


class _Generator:
    """Mirror Structs and constructors for the attrs classes reachable from one type."""

    def __init__(self) -> None:
        import msgspec

        self.msgspec = msgspec
        self.structs: dict[type, Any] = {}
        self.makers: dict[type, Callable[[Any, list[int]], Any]] = {}
        self.tag_van = {cl: tag for tags in _TAG_MAPS for tag, cl in tags.items()}
        self.nog_te_binden: list[tuple[Callable[[Any, list[int]], Any], type]] = []
        self.namespaces: list[dict[str, Any]] = []

    # A field type: its msgspec type, and the source of an expression turning the decoded
    # value (named ``{v}``) into the attrs value (None: the decoded value as it is).
    def veldtype(self, t: Any, ns: dict[str, Any]) -> tuple[Any, str | None]:
        # The documented limits (.grenzen) hold on this path too: past them msgspec
        # refuses, and the strict path gives its own error.
        if t is str:
            return typing.Annotated[str, self.msgspec.Meta(max_length=MAX_TEKST)], None
        if t in (int, bool, _dt.date):
            return t, None
        if t is float:
            return int | float, None
        if isinstance(t, type) and issubclass(t, enum.Enum):
            if not all(type(m.value) is str for m in t):
                raise _NietOndersteundError(f"enum {t.__name__} with values that are not strings")
            return t, None
        if _is_optioneel(t):
            binnen = next(a for a in typing.get_args(t) if a is not type(None))
            mt, expr = self.veldtype(binnen, ns)
            if expr is None:
                return mt | None, None
            return mt | None, f"(None if {{v}} is None else {expr})"
        oorsprong, args = typing.get_origin(t), typing.get_args(t)
        if oorsprong is tuple and len(args) == 2 and args[1] is Ellipsis:
            mt, expr = self.veldtype(args[0], ns)
            lijst = typing.Annotated[list[mt], self.msgspec.Meta(max_length=MAX_LIJST)]  # type: ignore[valid-type]
            if expr is None:
                return lijst, "tuple({v})"
            return lijst, f"tuple([{expr.format(v='x')} for x in {{v}}])"
        if oorsprong is frozenset and len(args) == 1:
            mt, expr = self.veldtype(args[0], ns)
            if expr is not None or not (isinstance(mt, type) and issubclass(mt, enum.Enum)):
                raise _NietOndersteundError(f"a set of {args[0]!r}")
            return list[mt], "_verzameling({v})"  # type: ignore[valid-type]
        if oorsprong in (typing.Union, types.UnionType):
            leden = set(args)
            tags = next((m for m in _TAG_MAPS if set(m.values()) == leden), None)
            if tags is None:
                raise _NietOndersteundError(f"a union without a tag map: {t!r}")
            structs = tuple(self.struct(cl) for cl in tags.values())
            naam = f"_kies{len(ns)}"
            kies = {self.structs[cl]: self.makers_van(cl) for cl in tags.values()}
            ns[naam] = kies
            return typing.Union[structs], f"{naam}[type({{v}})]({{v}}, t)"  # noqa: UP007
        if attrs.has(t):
            s = self.struct(t)
            naam = f"_maak{len(ns)}"
            ns[naam] = self.makers_van(t)
            _ = s
            return s, f"{naam}({{v}}, t)"
        raise _NietOndersteundError(f"type {t!r}")

    def makers_van(self, cl: type) -> Callable[[Any, list[int]], Any]:
        """A late-bound call to *cl*'s constructor (it may not be generated yet)."""
        makers = self.makers
        if cl in makers:
            return makers[cl]

        def maak(s: Any, t: list[int]) -> Any:  # pragma: no cover - replaced by bind()
            return makers[cl](s, t)

        self.nog_te_binden.append((maak, cl))
        return maak

    def bind(self) -> None:
        """Replace every late-bound call by the constructor itself, now that all exist."""
        vervanging = {id(maak): self.makers[cl] for maak, cl in self.nog_te_binden}
        for ns in self.namespaces:
            for naam, waarde in list(ns.items()):
                if id(waarde) in vervanging:
                    ns[naam] = vervanging[id(waarde)]
                elif type(waarde) is dict and naam.startswith("_kies"):
                    for sleutel, f in list(waarde.items()):
                        if id(f) in vervanging:
                            waarde[sleutel] = vervanging[id(f)]
        self.nog_te_binden.clear()

    def struct(self, cl: type) -> Any:
        if cl in self.structs:
            return self.structs[cl]
        if getattr(cl, "__attrs_pre_init__", None) is not None:
            raise _NietOndersteundError(f"{cl.__name__} has __attrs_pre_init__")
        if any("cached_hash" in s for s in getattr(cl, "__slots__", ())):
            raise _NietOndersteundError(f"{cl.__name__} caches its hash")
        msgspec = self.msgspec
        hints = _typen(cl)
        # gc=False: the decoded Structs live only until their objects are built and hold no
        # cycles, so the garbage collector need not track them (msgspec, "Disabling GC").
        opties: dict[str, Any] = {"forbid_unknown_fields": True, "kw_only": True, "gc": False}
        tag = self.tag_van.get(cl)
        if tag is not None:
            opties.update(tag_field=TAG, tag=tag)
        velden_ms: list[tuple[Any, ...]] = []
        ns: dict[str, Any] = {
            "_UNSET": msgspec.UNSET,
            "_nieuw": object.__new__,
            "_zet": object.__setattr__,
            "_cl": cl,
            "_verzameling": _verzameling,
            **_VOORWAARDE_NAMEN,
        }
        regels = ["def maak(s, t):"]
        verplicht = 0 if tag is None else 1
        zetten: list[str] = []
        valideren: list[str] = []
        for i, a in enumerate(attrs.fields(cl)):
            if not a.init:
                if a.default is attrs.NOTHING:
                    continue
                ns[f"_d{i}"] = a.default
                if isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
                    if a.default.takes_self:
                        raise _NietOndersteundError(f"{cl.__name__}.{a.name}: factory with self")
                    zetten.append(f"    {_zetter(cl, a.name, ns)}(o, _d{i}.factory())")
                else:
                    zetten.append(f"    {_zetter(cl, a.name, ns)}(o, _d{i})")
                continue
            if a.converter is not None:
                raise _NietOndersteundError(f"{cl.__name__}.{a.name} has a converter")
            if tag is not None and a.name == TAG:
                raise _NietOndersteundError(f"{cl.__name__} has a field named like the tag")
            mt, expr = self.veldtype(hints[a.name], ns)
            v = f"v{i}"
            if a.default is attrs.NOTHING:
                velden_ms.append((a.name, mt))
                verplicht += 1
                regels.append(f"    {v} = s.{a.name}")
                if expr is not None:
                    regels.append(f"    {v} = {expr.format(v=v)}")
            else:
                velden_ms.append((a.name, mt | msgspec.UnsetType, msgspec.UNSET))
                if isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
                    if a.default.takes_self:
                        raise _NietOndersteundError(f"{cl.__name__}.{a.name}: factory with self")
                    ns[f"_f{i}"] = a.default.factory
                    standaard = f"_f{i}()"
                else:
                    ns[f"_d{i}"] = a.default
                    standaard = f"_d{i}"
                regels.append(f"    {v} = s.{a.name}")
                regels.append(f"    if {v} is _UNSET:")
                regels.append(f"        {v} = {standaard}")
                regels.append("    else:")
                regels.append("        n += 1")
                if expr is not None:
                    regels.append(f"        {v} = {expr.format(v=v)}")
            zetten.append(f"    {_zetter(cl, a.name, ns)}(o, {v})")
            if a.validator is not None:
                voorwaarde = _voorwaarde(a.validator, hints[a.name])
                if voorwaarde != "True":
                    ns[f"_val{i}"] = a.validator
                    ns[f"_attr{i}"] = a
                    aanroep = f"_val{i}(o, _attr{i}, {v})"
                    if voorwaarde is None:
                        valideren.append(f"    {aanroep}")
                    else:
                        valideren.append(f"    if not ({voorwaarde.format(v=v)}):")
                        valideren.append(f"        {aanroep}")
        regels.insert(1, f"    n = {verplicht}")
        regels.append("    o = _nieuw(_cl)")
        regels.extend(zetten)
        if attrs.validators.get_disabled():
            valideren = []
        regels.extend(valideren)
        if getattr(cl, "__attrs_post_init__", None) is not None:
            regels.append("    o.__attrs_post_init__()")
        regels.append("    t[0] += n")
        regels.append("    return o")
        exec("\n".join(regels), ns)  # the constructor, generated as attrs generates __init__
        self.namespaces.append(ns)
        self.makers[cl] = ns["maak"]
        struct = msgspec.defstruct(f"_{cl.__name__}", velden_ms, **opties)
        self.structs[cl] = struct
        return struct


class _Schrijver:
    """Plain-data functions for the attrs classes reachable from one type, for writing.

    Dates and enum members are left as they are: msgspec writes them as
    ``'YYYY-MM-DD'`` and as their value, exactly as the converter does. So are tuples
    (written as arrays) and the objects of every class msgspec writes as the converter
    does (in C: every field in order, the private ones left out): a class without a
    tag whose fields are all public, all set through ``__init__``, and all of such types.
    Only tagged objects, sets (a sorted array) and numbers that are not integers are
    turned into plain data here.
    """

    def __init__(self) -> None:
        self.functies: dict[type, Callable[[Any], Any]] = {}
        self.tag_van = {cl: tag for tags in _TAG_MAPS for tag, cl in tags.items()}
        self.zoals_het_is: dict[type, bool] = {}

    def as_is(self, cl: type) -> bool:
        """Whether msgspec writes *cl*'s objects exactly as the converter does."""
        if cl not in self.zoals_het_is:
            self.zoals_het_is[cl] = False  # until shown otherwise (and for cycles)
            hints = _typen(cl)
            volgorde = _msgspec_volgorde()
            namen = [a.name for a in attrs.fields(cl) if a.init]
            self.zoals_het_is[cl] = (
                (volgorde == "definitie" or (volgorde == "alfabet" and namen == sorted(namen)))
                and cl not in self.tag_van
                and all(
                    a.init != a.name.startswith("_")
                    and (not a.init or self.expressie(hints[a.name], {}) is None)
                    for a in attrs.fields(cl)
                )
            )
        return self.zoals_het_is[cl]

    def expressie(self, t: Any, ns: dict[str, Any]) -> str | None:
        """Source turning the attrs value ``{v}`` into plain data (None: as it is)."""
        if t in (str, int, bool, _dt.date):
            return None
        if t is float:
            return "_eindig({v})"
        if isinstance(t, type) and issubclass(t, enum.Enum):
            if not all(type(m.value) is str for m in t):
                raise _NietOndersteundError(f"enum {t.__name__} with values that are not strings")
            return None
        if _is_optioneel(t):
            binnen = next(a for a in typing.get_args(t) if a is not type(None))
            expr = self.expressie(binnen, ns)
            return None if expr is None else f"(None if {{v}} is None else {expr})"
        oorsprong, args = typing.get_origin(t), typing.get_args(t)
        if oorsprong is tuple and len(args) == 2 and args[1] is Ellipsis:
            expr = self.expressie(args[0], ns)
            if expr is None:
                return None
            return f"[{expr.format(v='x')} for x in {{v}}]"
        if oorsprong is frozenset and len(args) == 1:
            if not (isinstance(args[0], type) and issubclass(args[0], enum.Enum)):
                raise _NietOndersteundError(f"a set of {args[0]!r}")
            self.expressie(args[0], ns)
            return "sorted([x.value for x in {v}])"
        if oorsprong in (typing.Union, types.UnionType):
            leden = set(args)
            tags = next((m for m in _TAG_MAPS if set(m.values()) == leden), None)
            if tags is None:
                raise _NietOndersteundError(f"a union without a tag map: {t!r}")
            for cl in tags.values():
                self.functie(cl)
            ns["_functies"] = self.functies
            return "_functies[type({v})]({v})"
        if attrs.has(t):
            if self.as_is(t):
                return None
            self.functie(t)
            ns["_functies"] = self.functies
            klasse = f"_k{len(ns)}"
            ns[klasse] = t
            return f"_functies[{klasse}]({{v}})"
        raise _NietOndersteundError(f"type {t!r}")

    def functie(self, cl: type) -> None:
        if cl in self.functies:
            return
        self.functies[cl] = _nog_niet  # registered first: a class refers to itself at most
        hints = _typen(cl)
        ns: dict[str, Any] = {"_eindig": _eindig}
        delen = []
        tag = self.tag_van.get(cl)
        if tag is not None:
            delen.append(f"{TAG!r}: {tag!r}")
        for a in attrs.fields(cl):
            if not a.init:
                continue
            expr = self.expressie(hints[a.name], ns)
            waarde = f"o.{a.name}"
            if expr is not None:
                waarde = expr.format(v=waarde)
            delen.append(f"{a.name!r}: {waarde}")
        exec(f"def ont(o):\n    return {{{', '.join(delen)}}}", ns)  # as attrs generates code
        self.functies[cl] = ns["ont"]


def _nog_niet(o: Any) -> Any:  # pragma: no cover - replaced before any call
    raise _NietOndersteundError("a class under construction")


@functools.cache
def _msgspec_volgorde() -> str:
    """In which order msgspec writes the fields of a frozen attrs class, private ones left out.

    ``"definitie"`` (the class's order, as the converter), ``"alfabet"`` (sorted by name:
    what msgspec does for slotted classes today), or ``"anders"``: then no class is written
    by msgspec as it is. Found out once, on a probe class.
    """
    import msgspec

    @attrs.frozen
    class _Proef:
        z: int
        a: int = 1
        _p: int = attrs.field(init=False, default=2)

    tekst = msgspec.json.encode(_Proef(0))
    return {b'{"z":0,"a":1}': "definitie", b'{"a":1,"z":0}': "alfabet"}.get(tekst, "anders")


def _eindig(x: float) -> Any:
    """*x* as the strict path writes it (``1e+20``, where msgspec writes ``1e20``); NaN and
    infinity, which the strict path refuses, go to the strict path."""
    if type(x) is float:
        tekst = repr(x)
        if "n" in tekst:  # nan, inf
            raise _TerugvalError("a number that is not finite: the strict path refuses it")
        if "e" in tekst:
            return _raw(tekst.encode("ascii"))
    return x


def _raw(tekst: bytes) -> Any:
    import msgspec

    return msgspec.Raw(tekst)


def _verzameling(leden: list[Any]) -> frozenset[Any]:
    verzameling = frozenset(leden)
    if len(verzameling) != len(leden):
        raise _TerugvalError("duplicate value in a set")
    return verzameling


class _Lezer:
    """Reads one schema's documents at the current version."""

    def __init__(self, schema: str, soort: Any) -> None:
        import msgspec

        generator = _Generator()
        if not attrs.has(soort):
            raise _NietOndersteundError(f"{schema} does not hold an attrs class")
        data = generator.struct(soort)
        generator.bind()
        envelop = msgspec.defstruct(
            "_Envelop",
            [("schema", str), ("versie", int), ("data", data)],
            forbid_unknown_fields=True,
        )
        self.schema = schema
        self.versie = huidige_versie(schema)
        self.decoder = msgspec.json.Decoder(envelop)
        self.maak = generator.makers[soort]

    def lees(self, tekst: str | bytes | bytearray) -> Any:
        document: Any = self.decoder.decode(tekst)
        if document.schema != self.schema or document.versie != self.versie:
            raise _TerugvalError("another schema or version")
        sleutels = [3]  # schema, versie, data; each constructor adds the keys it read
        obj = self.maak(document.data, sleutels)
        if not _sleutels_kloppen(tekst, sleutels[0]):
            raise _TerugvalError("duplicate keys")
        return obj


class _Schrijf:
    """Writes one schema's complete documents at the current version."""

    def __init__(self, schema: str, soort: Any) -> None:
        import msgspec

        if not attrs.has(soort):
            raise _NietOndersteundError(f"{schema} does not hold an attrs class")
        schrijver = _Schrijver()
        schrijver.functie(soort)
        self.kop = {"schema": schema, "versie": huidige_versie(schema)}
        self.functie = schrijver.functies[soort]
        self.encode = msgspec.json.Encoder().encode

    def schrijf(self, obj: Any) -> str:
        document = dict(self.kop)
        document["data"] = self.functie(obj)
        return self.encode(document).decode("utf-8")


@functools.cache
def _schrijf(soort: Any) -> _Schrijf | None:
    from reintegratie.serialisatie.envelope import SCHEMAS

    schema = next((naam for naam, t in SCHEMAS.items() if t == soort), None)
    if schema is None:
        return None
    try:
        return _Schrijf(schema, soort)
    except _NietOndersteundError:
        return None


def schrijf(obj: object) -> str | typing.Literal[_Niet.NIET]:
    """*obj* as a complete, current-version JSON document, compact, or :data:`NIET`.

    The same text as the strict path writes; :data:`NIET` (write it with the strict
    path) when msgspec is not installed, when *obj*'s class is not a schema's type or
    cannot be mirrored, and for anything the fast path does not write.
    """
    if not beschikbaar():
        return NIET
    schrijver = _schrijf(typing.cast(Any, type(obj)))
    if schrijver is None:
        return NIET
    try:
        return schrijver.schrijf(obj)
    except Exception:  # the strict path writes it, or says what is wrong
        return NIET


@functools.cache
def _lezer(soort: Any) -> _Lezer | None:
    from reintegratie.serialisatie.envelope import SCHEMAS

    schema = next((naam for naam, t in SCHEMAS.items() if t == soort), None)
    if schema is None:
        return None
    try:
        return _Lezer(schema, soort)
    except _NietOndersteundError:
        return None


@gecontroleerd
def lees(tekst: str | bytes | bytearray, soort: Any) -> Any:
    """The *soort* held by the complete, current-version JSON document *tekst*, or :data:`NIET`.

    :data:`NIET` means: read it with the strict path (which raises the error, if any).
    It is returned when msgspec is not installed, when *soort*'s classes cannot be
    mirrored, and for every document the fast path does not accept.
    """
    return _lees_ongecontroleerd(tekst, soort)


def _lees_ongecontroleerd(tekst: str | bytes | bytearray, soort: Any) -> Any:
    """:func:`lees` without checking the types of its arguments: for callers that checked
    *tekst* already (:func:`~reintegratie.serialisatie.from_json`, the JSON Lines reader)."""
    if not beschikbaar() or not isinstance(soort, type):
        return NIET
    lezer = _lezer(soort)
    if lezer is None:
        return NIET
    try:
        return lezer.lees(tekst)
    except Exception:  # the strict path reads it and says what is wrong
        return NIET

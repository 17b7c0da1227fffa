"""The JSON Schema (draft 2020-12) of every document, generated from the classes.

The schemas are not written by hand: :func:`bouw_schemas` derives them from
the attrs classes and the conventions of the converter (:mod:`.converter`),
so they cannot drift from what the library reads and writes:

* a date is ``{"$ref": "#/$defs/Datum"}``: a string of format ``date`` matching
  ``^[0-9]{4}-[0-9]{2}-[0-9]{2}$``;
* an enum is its list of stable values; a frozenset of enums an array of
  unique values;
* a class is an object with ``additionalProperties: false``; its required
  properties are the fields without a default;
* an event or goal is discriminated by ``"soort"``: an ``enum`` of the tags and one
  ``if``/``then`` per kind, so one wrong field gives the errors of its own kind only;
* the rules of single fields that the model enforces are in the schema too: lengths,
  ranges, text without control characters, the documented limits
  (:mod:`.grenzen`), dates from 1900 to 9000;
* the envelope has ``schema`` and ``versie`` as constants and ``weergave`` as
  the roles a privacy view of the document can be written for.

The generated files are shipped in the package (``reintegratie/serialisatie/schema/``)
and in ``docs/schema/``; :func:`json_schema` loads the shipped one. A test checks
that the shipped files equal what :func:`bouw_schemas` produces. Regenerate them
after a change to the model with::

    python -m reintegratie.serialisatie.schemabouw

The schema checks the shape of a document and the rules of single fields. What it
cannot say is checked by the library when it reads a document (the cross-field
rules, listed in ``docs/serialisatie.md``): date order and overlap of periods,
references between ids, an event before the first sick day, a date that does not
exist in the calendar (only with a ``format`` checker), duplicate keys, and ``50.0``
for an integer (JSON Schema counts it as one).

>>> schema = json_schema("reintegratie/traject")
>>> schema["properties"]["schema"]
{'const': 'reintegratie/traject'}
>>> schema["$defs"]["Ziekteperiode"]["required"]
['eerste_dag']

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import hashlib
import importlib.resources
import inspect
import json
import sys
import typing
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final

import attrs
from cattrs.cols import is_namedtuple

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import (
    AARD,
    DATUM_MAX,
    DATUM_MIN,
    SCHEMAFRAGMENT,
    _kort,
    tekst,
    vrije_tekst,
)
from reintegratie.doelen import Leerdoel, Prestatiedoel
from reintegratie.errors import SerializationError
from reintegratie.gebeurtenissen import Gebeurtenis
from reintegratie.rollen import Gegevenscategorie, Rol, mag_inzien
from reintegratie.serialisatie.converter import (
    DOEL_TAGS,
    GEBEURTENIS_TAGS,
    TAG,
    _is_enum,
    _is_enumset,
    _is_optioneel,
    _is_tuple,
    _zonder_none,
)
from reintegratie.serialisatie.envelope import SCHEMAS
from reintegratie.serialisatie.grenzen import MAX_CIJFERS, MAX_LIJST, MAX_TEKST
from reintegratie.serialisatie.upgrades import HUIDIGE_VERSIES
from reintegratie.serialisatie.weergave import (
    DOCUMENTCATEGORIE,
    rollen_voor,
    traject_velden,
    veldcategorie,
)

__all__ = [
    "DIALECT",
    "ENVELOPPE",
    "bestandsnaam",
    "bouw_schema",
    "bouw_schemas",
    "json_schema",
    "main",
    "schrijf_schemas",
    "snapshot",
    "tekst_van",
    "vingerafdruk",
]

#: The JSON Schema dialect of every generated schema.
DIALECT: Final = "https://json-schema.org/draft/2020-12/schema"

#: The name of the schema of the bare envelope (any document, data unchecked).
ENVELOPPE: Final = "reintegratie/envelope"

#: A date of the years the library computes (1900 to 9000, see ``_validatie.DATUM_MAX``).
_DATUM_PATROON: Final = "^(19[0-9]{2}|[2-8][0-9]{3}|9000)-[0-9]{2}-[0-9]{2}$"
_DATUM: Final[Mapping[str, Any]] = {
    "type": "string",
    "format": "date",
    "pattern": _DATUM_PATROON,
    "description": f"A calendar date, 'YYYY-MM-DD', from {DATUM_MIN} to {DATUM_MAX}.",
}
_PRIMITIEF: Final[Mapping[Any, str]] = {str: "string", int: "integer", bool: "boolean"}
_GROOTSTE_GETAL: Final = 10**MAX_CIJFERS - 1

#: Rules of single fields whose validators live in the model as plain functions; the
#: schema says the same (a test compares the schema with the library on the fuzz corpus).
_VELDREGELS: Final[Mapping[tuple[str, str], Mapping[str, Any]]] = {
    ("Driegesprek", "deelnemers"): {"minItems": 3, "uniqueItems": True},
    ("Groepsprogramma", "deelnemers"): {"minItems": 1, "uniqueItems": True},
    ("Opbouwstap", "uren_per_week"): {"exclusiveMinimum": 0, "maximum": 60},
    # Empty when the roles are held in dated periods (Betrokkene.perioden): a cross-field
    # rule the model checks.
    ("Betrokkene", "rollen"): {"not": {"contains": {"const": "werknemer"}}},
    ("Termijn", "code"): SCHEMAFRAGMENT[tekst],
    ("Termijn", "omschrijving"): SCHEMAFRAGMENT[vrije_tekst],
    ("Termijn", "bron"): SCHEMAFRAGMENT[vrije_tekst],
    ("Termijn", "toelichting"): SCHEMAFRAGMENT[vrije_tekst],
    ("Termijn", "volgnummer"): {"minimum": 1},
}
#: The tagged unions: (the union type, its name in ``$defs``, its tag map).
_UNIES: Final[tuple[tuple[Any, str, Mapping[str, type]], ...]] = (
    (Gebeurtenis, "Gebeurtenis", GEBEURTENIS_TAGS),
    (Leerdoel | Prestatiedoel, "Doel", DOEL_TAGS),
)
_KLASSE_IN_UNIE: Final[frozenset[type]] = frozenset(
    cl for _, _, tags in _UNIES for cl in tags.values()
)


def _unie(t: Any) -> tuple[str, Mapping[str, type]] | None:
    for unie, naam, tags in _UNIES:
        if t == unie:
            return naam, tags
    return None


def _omschrijving(obj: object) -> str | None:
    """The first paragraph of *obj*'s docstring, on one line (None without a docstring)."""
    doc = inspect.getdoc(obj)
    if not doc or obj.__doc__ is None:
        return None
    return " ".join(doc.split("\n\n")[0].split())


def _typen(cl: type) -> dict[str, Any]:
    """The resolved type of every field of the attrs class or NamedTuple *cl*."""
    if is_namedtuple(cl):
        return dict(typing.get_type_hints(cl))
    return {a.name: a.type for a in attrs.fields(attrs.resolve_types(cl))}


class _Bouwer:
    """Collects the ``$defs`` one schema needs while turning types into subschemas."""

    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}
        self.klassen: dict[str, type] = {}

    def ref(self, naam: str) -> dict[str, Any]:
        return {"$ref": f"#/$defs/{naam}"}

    def voor(self, t: Any) -> dict[str, Any]:
        """The subschema of type *t*, adding the definitions it refers to."""
        if t is _dt.date:
            self.defs.setdefault("Datum", dict(_DATUM))
            return self.ref("Datum")
        if t is str:
            return {"type": "string", "maxLength": MAX_TEKST}
        if t is int:
            return {"type": "integer", "minimum": -_GROOTSTE_GETAL, "maximum": _GROOTSTE_GETAL}
        if t in _PRIMITIEF:
            return {"type": _PRIMITIEF[t]}
        if t is float:
            return {"type": "number", "minimum": -_GROOTSTE_GETAL, "maximum": _GROOTSTE_GETAL}
        if _is_optioneel(t):
            binnen = self.voor(_zonder_none(t))
            if "type" in binnen and "$ref" not in binnen:
                return {**binnen, "type": [binnen["type"], "null"]}
            return {"anyOf": [binnen, {"type": "null"}]}
        if _is_tuple(t):
            return {
                "type": "array",
                "items": self.voor(typing.get_args(t)[0]),
                "maxItems": MAX_LIJST,
            }
        if _is_enumset(t):
            return {
                "type": "array",
                "items": self.voor(typing.get_args(t)[0]),
                "uniqueItems": True,
                "maxItems": MAX_LIJST,
            }
        if _is_enum(t):
            return self._enum(t)
        unie = _unie(t)
        if unie is not None:
            return self._unie(*unie)
        if isinstance(t, type) and (attrs.has(t) or is_namedtuple(t)):
            if t in _KLASSE_IN_UNIE:
                raise TypeError(f"{t.__name__} is written with a tag only inside its union")
            return self._klasse(t)
        raise TypeError(f"no JSON Schema for type {t!r}")

    def _enum(self, soort: type[enum.Enum]) -> dict[str, Any]:
        if soort.__name__ not in self.defs:
            waarden = [lid.value for lid in soort]
            definitie: dict[str, Any] = {"type": "string", "enum": waarden}
            if not all(type(w) is str for w in waarden):
                raise TypeError(f"{soort.__name__}: the format writes only string enum values")
            omschrijving = _omschrijving(soort)
            if omschrijving:
                definitie = {"description": omschrijving, **definitie}
            self.defs[soort.__name__] = definitie
        return self.ref(soort.__name__)

    def _klasse(self, cl: type, tag: str | None = None) -> dict[str, Any]:
        naam = cl.__name__
        bestaand = self.klassen.get(naam)
        if bestaand is not None:
            if bestaand is not cl:
                raise TypeError(f"two classes named {naam} in one schema")
            return self.ref(naam)
        if naam in self.defs:
            raise TypeError(f"{naam} names both a class and another definition")
        self.klassen[naam] = cl  # before the fields: a class may refer to itself
        definitie: dict[str, Any] = {}
        self.defs[naam] = definitie
        eigenschappen: dict[str, Any] = {}
        verplicht: list[str] = []
        if tag is not None:
            eigenschappen[TAG] = {"const": tag}
            verplicht.append(TAG)
        typen = _typen(cl)
        for veld, standaard in _velden(cl):
            eigenschappen[veld] = _met_regels(self.voor(typen[veld]), _regels(cl, veld))
            if not standaard:
                verplicht.append(veld)
        omschrijving = _omschrijving(cl)
        if omschrijving:
            definitie["description"] = omschrijving
        definitie.update(
            {
                "type": "object",
                "properties": eigenschappen,
                "required": verplicht,
                "additionalProperties": False,
            }
        )
        return self.ref(naam)

    def _unie(self, naam: str, tags: Mapping[str, type]) -> dict[str, Any]:
        """A discriminated union: the tag picks the one kind to check (``if``/``then``), so
        a wrong field gives the errors of that kind only, not of every kind."""
        if naam not in self.defs:
            self.defs[naam] = {}
            varianten = {tag: self._klasse(cl, tag) for tag, cl in tags.items()}
            self.defs[naam] = {
                "description": f"One of {len(tags)} kinds, told apart by the {TAG!r} tag.",
                "type": "object",
                "required": [TAG],
                "properties": {TAG: {"enum": list(tags)}},
                "allOf": [
                    {
                        "if": {"properties": {TAG: {"const": tag}}, "required": [TAG]},
                        "then": ref,
                    }
                    for tag, ref in varianten.items()
                ],
            }
        return self.ref(naam)


def _regels(cl: type, veld: str) -> dict[str, Any]:
    """The JSON Schema keywords the validators of field *veld* of *cl* imply."""
    regels: dict[str, Any] = dict(_VELDREGELS.get((cl.__name__, veld), {}))
    if attrs.has(cl):
        validator: object = attrs.fields_dict(cl)[veld].validator
        for v in _validators(validator):
            regels.update(SCHEMAFRAGMENT.get(v, {}))
    return regels


def _validators(validator: object) -> list[object]:
    """The validators inside *validator* (attrs' and_, our optioneel), flattened."""
    if validator is None:
        return []
    binnen = getattr(validator, "_validators", None)  # attrs.validators.and_
    if binnen is not None:
        return [v for w in binnen for v in _validators(w)]
    aard = AARD.get(validator)
    if aard is not None and aard[0] == "optioneel":
        return [validator, *_validators(aard[1])]
    return [validator]


def _met_regels(subschema: dict[str, Any], regels: Mapping[str, Any]) -> dict[str, Any]:
    """*subschema* with the field's rules added: to the value itself, to the items of an
    array (``items``), or beside a reference."""
    if not regels:
        return subschema
    regels = dict(regels)
    items = regels.pop("items", None)
    uit = dict(subschema)
    if items is not None and isinstance(uit.get("items"), dict):
        uit["items"] = _met_regels(uit["items"], items)
    if not regels:
        return uit
    if "anyOf" in uit or "$ref" in uit:
        return {"allOf": [uit, regels]}
    return {**uit, **regels}


def _velden(cl: type) -> list[tuple[str, bool]]:
    """(wire name, has a default) for every field the converter reads and writes."""
    if is_namedtuple(cl):
        standaarden: Mapping[str, Any] = getattr(cl, "_field_defaults", {})
        namen: tuple[str, ...] = getattr(cl, "_fields")  # noqa: B009 - mypy knows no _fields
        return [(veld, veld in standaarden) for veld in namen]
    return [(a.name, a.default is not attrs.NOTHING) for a in attrs.fields(cl) if a.init]


def _gesorteerd(defs: dict[str, Any]) -> dict[str, Any]:
    return dict(sorted(defs.items(), key=lambda item: item[0].casefold()))


def _schema_id(schema: str, versie: int | None = None) -> str:
    naam = schema.removeprefix("reintegratie/")
    return f"urn:reintegratie:schema:{naam}" + ("" if versie is None else f":{versie}")


def _weergave_schema(schema: str) -> dict[str, Any]:
    rollen = [rol.value for rol in rollen_voor(schema)]
    return {
        "description": "Present in a privacy view only: the role it was written for; the "
        "data then lacks what that role may not see.",
        "type": "string",
        "enum": rollen,
    }


def _verborgen_regels(schema: str) -> list[dict[str, Any]]:
    """For a Traject view: per category, the roles that may not see it never get its fields."""
    if schema != "reintegratie/traject":
        return []
    regels: list[dict[str, Any]] = []
    for categorie in Gegevenscategorie:
        velden = [v for v in traject_velden() if veldcategorie(v) is categorie]
        rollen = [r.value for r in rollen_voor(schema) if not mag_inzien(r, categorie)]
        if velden and rollen:
            regels.append(
                {
                    "if": {
                        "properties": {"weergave": {"enum": rollen}},
                        "required": ["weergave"],
                    },
                    "then": {
                        "properties": {
                            "data": {"not": {"anyOf": [{"required": [v]} for v in velden]}}
                        }
                    },
                }
            )
    return regels


@gecontroleerd
def bouw_schema(schema: str) -> dict[str, Any]:
    """The JSON Schema of a document of *schema* at its current version.

    >>> bouw_schema("reintegratie/medisch_dossier")["properties"]["weergave"]["enum"]
    ['bedrijfsarts']
    """
    if schema == ENVELOPPE:
        return _envelop_schema()
    try:
        soort = SCHEMAS[schema]
    except KeyError:
        bekend = ", ".join(repr(s) for s in (*SCHEMAS, ENVELOPPE))
        raise SerializationError(f"unknown schema {schema!r}; known: {bekend}") from None
    versie = HUIDIGE_VERSIES[schema]
    bouwer = _Bouwer()
    data = bouwer.voor(soort)
    categorie = DOCUMENTCATEGORIE.get(schema)
    beschrijving = f"A {schema} document, version {versie}, in its envelope." + (
        " Its data is medical: only the bedrijfsarts may see it."
        if categorie is Gegevenscategorie.MEDISCH
        else ""
    )
    resultaat: dict[str, Any] = {
        "$schema": DIALECT,
        "$id": _schema_id(schema, versie),
        "title": f"{schema}, version {versie}",
        "description": beschrijving,
        "type": "object",
        "properties": {
            "schema": {"const": schema},
            "versie": {"const": versie},
            "weergave": _weergave_schema(schema),
            "data": data,
        },
        "required": ["schema", "versie", "data"],
        "additionalProperties": False,
    }
    regels = _verborgen_regels(schema)
    if regels:
        resultaat["allOf"] = regels
    resultaat["$defs"] = _gesorteerd(bouwer.defs)
    return resultaat


def _envelop_schema() -> dict[str, Any]:
    return {
        "$schema": DIALECT,
        "$id": _schema_id(ENVELOPPE),
        "title": "reintegratie envelope",
        "description": "Any reintegratie document: a schema name, its version, optionally the "
        "role of a privacy view, and the data (checked by the schema of that name).",
        "type": "object",
        "properties": {
            "schema": {"type": "string", "enum": sorted(SCHEMAS)},
            "versie": {"type": "integer", "minimum": 1},
            "weergave": {"type": "string", "enum": [rol.value for rol in Rol]},
            "data": True,
        },
        "required": ["schema", "versie", "data"],
        "additionalProperties": False,
    }


def bouw_schemas() -> dict[str, dict[str, Any]]:
    """Every schema: the envelope's and one per document schema (:data:`~.envelope.SCHEMAS`)."""
    return {naam: bouw_schema(naam) for naam in (ENVELOPPE, *sorted(SCHEMAS))}


@gecontroleerd
def bestandsnaam(schema: str) -> str:
    """The file a schema is shipped in: ``traject.v1.schema.json`` (the envelope's has no
    version)."""
    naam = schema.removeprefix("reintegratie/")
    if schema == ENVELOPPE:
        return f"{naam}.schema.json"
    if schema not in HUIDIGE_VERSIES:
        bekend = ", ".join(repr(s) for s in (*HUIDIGE_VERSIES, ENVELOPPE))
        raise SerializationError(f"unknown schema {_kort(schema)}; known: {bekend}")
    return f"{naam}.v{HUIDIGE_VERSIES[schema]}.schema.json"


@gecontroleerd
def tekst_van(schema: Mapping[str, Any]) -> str:
    """The text of a schema file: indented JSON, non-ASCII as is, one newline at the end."""
    return _json(schema, indent=2) + "\n"


def _json(schema: Mapping[str, Any], **opties: Any) -> str:
    """*schema* as JSON text; a value JSON cannot hold is a SerializationError."""
    try:
        return json.dumps(schema, **{"ensure_ascii": False, **opties})
    except (TypeError, ValueError, RecursionError) as fout:
        raise SerializationError(f"schema: not a JSON document ({_kort(str(fout))})") from None


@functools.cache
def _geladen(schema: str) -> str:
    bestand = importlib.resources.files("reintegratie.serialisatie") / "schema"
    return (bestand / bestandsnaam(schema)).read_text(encoding="utf-8")


@gecontroleerd
def json_schema(schema: str = "reintegratie/traject") -> dict[str, Any]:
    """The shipped JSON Schema of *schema* at its current version (a fresh dict).

    *schema* is a document schema (``"reintegratie/tijdlijn"``) or
    ``"reintegratie/envelope"`` for the bare envelope.
    """
    if schema != ENVELOPPE and schema not in SCHEMAS:
        bekend = ", ".join(repr(s) for s in (*SCHEMAS, ENVELOPPE))
        raise SerializationError(f"unknown schema {schema!r}; known: {bekend}")
    resultaat: dict[str, Any] = json.loads(_geladen(schema))
    return resultaat


@gecontroleerd
def schrijf_schemas(mappen: Sequence[Path]) -> list[Path]:
    """Write every generated schema into each of *mappen*; return the files written.

    Files of earlier versions already there are left alone: they describe the
    documents that the upgrades still read.
    """
    geschreven: list[Path] = []
    for map_ in mappen:
        map_.mkdir(parents=True, exist_ok=True)
        for naam, schema in bouw_schemas().items():
            pad = map_ / bestandsnaam(naam)
            pad.write_text(tekst_van(schema), encoding="utf-8", newline="\n")
            geschreven.append(pad)
    return geschreven


@gecontroleerd
def vingerafdruk(schema: Mapping[str, Any]) -> str:
    """The SHA-256 of a schema's canonical text (sorted keys, no whitespace)."""
    tekst = _json(schema, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(tekst.encode("ascii")).hexdigest()


def snapshot() -> dict[str, dict[str, Any]]:
    """Per document schema: its current version and the fingerprint of its schema.

    A test compares this with the snapshot kept in the repository
    (``tests/data/serialisatie/schema-snapshot.json``): a schema that changes while its
    version stays the same fails it. Raise the version (and register the upgrade), then
    write a new snapshot with ``python -m reintegratie.serialisatie.schemabouw --snapshot
    FILE``.
    """
    return {
        naam: {"versie": HUIDIGE_VERSIES[naam], "sha256": vingerafdruk(bouw_schema(naam))}
        for naam in sorted(SCHEMAS)
    }


def _standaardmappen() -> list[Path]:
    pakket = Path(__file__).resolve().parent / "schema"
    mappen = [pakket]
    project = pakket.parents[3]  # src/reintegratie/serialisatie/schema -> the project
    if (project / "docs").is_dir():
        mappen.append(project / "docs" / "schema")
    return mappen


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate the shipped schema files (``--check``: only report whether they are
    current; exit status 1 if not; ``--snapshot FILE``: write :func:`snapshot`)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--snapshot"] and len(args) == 2:
        Path(args[1]).write_text(
            json.dumps(snapshot(), indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        print(f"wrote {args[1]}")
        return 0
    controle = "--check" in args
    mappen = [Path(a) for a in args if a != "--check"] or _standaardmappen()
    if controle:
        verouderd = [
            map_ / bestandsnaam(naam)
            for map_ in mappen
            for naam, schema in bouw_schemas().items()
            if not (map_ / bestandsnaam(naam)).is_file()
            or (map_ / bestandsnaam(naam)).read_text(encoding="utf-8") != tekst_van(schema)
        ]
        for pad in verouderd:
            print(f"out of date: {pad}")
        return 1 if verouderd else 0
    for pad in schrijf_schemas(mappen):
        print(f"wrote {pad}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

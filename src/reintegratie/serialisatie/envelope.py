"""The versioned envelope around every document.

A document names its schema and the version of that schema, and carries the
object itself under ``data``::

    {"schema": "reintegratie/traject", "versie": 1, "data": {...}}

There is one schema per top-level type (:data:`SCHEMAS`). Reading checks the
envelope strictly, runs the registered upgrades (:mod:`.upgrades`) and only
then structures ``data``.

>>> from reintegratie.medisch import MedischDossier
>>> verpak(MedischDossier(werknemer="W-1", bedrijfsarts="BA-1"))
{'schema': 'reintegratie/medisch_dossier', 'versie': 1, 'data': {'werknemer': 'W-1', \
'bedrijfsarts': 'BA-1', 'aantekeningen': []}}
>>> pak_uit({"schema": "reintegratie/traject", "versie": 2, "data": {}}, MedischDossier)
Traceback (most recent call last):
...
reintegratie.errors.SerializationError: schema: expected 'reintegratie/medisch_dossier', \
got string "reintegratie/traject"

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any, Final

from reintegratie.errors import SerializationError
from reintegratie.medisch import MedischDossier
from reintegratie.regels.engine import Tijdlijn
from reintegratie.regels.toets import Bevinding
from reintegratie.serialisatie.converter import _toon, destructureer, structureer
from reintegratie.serialisatie.upgrades import huidige_versie, upgrade
from reintegratie.traject import Traject

__all__ = ["SCHEMAS", "Bevindingen", "pak_uit", "schema_van", "verpak"]

Bevindingen = tuple[Bevinding, ...]
"""The findings of :func:`reintegratie.toets`: the type of the ``reintegratie/bevindingen``
schema."""

#: The type each schema holds.
SCHEMAS: Final[Mapping[str, Any]] = types.MappingProxyType(
    {
        "reintegratie/traject": Traject,
        "reintegratie/tijdlijn": Tijdlijn,
        "reintegratie/bevindingen": Bevindingen,
        "reintegratie/medisch_dossier": MedischDossier,
    }
)
_SCHEMA_VAN_TYPE: Final[Mapping[Any, str]] = {soort: naam for naam, soort in SCHEMAS.items()}
_SLEUTELS: Final = ("schema", "versie", "data")


def _toegestane_typen() -> str:
    return "Traject, Tijdlijn, MedischDossier or a tuple of Bevinding"


def schema_van(obj: object) -> str:
    """The schema name of *obj* (a tuple or list of Bevinding is ``reintegratie/bevindingen``)."""
    for soort in (Traject, Tijdlijn, MedischDossier):
        if isinstance(obj, soort):
            return _SCHEMA_VAN_TYPE[soort]
    if isinstance(obj, tuple | list) and all(isinstance(b, Bevinding) for b in obj):
        return "reintegratie/bevindingen"
    raise SerializationError(
        f"cannot serialize {type(obj).__name__}: a document holds a {_toegestane_typen()}"
    )


def verpak(obj: object) -> dict[str, Any]:
    """*obj* as an enveloped document of plain JSON data, at the current version."""
    schema = schema_van(obj)
    return {
        "schema": schema,
        "versie": huidige_versie(schema),
        "data": destructureer(obj, SCHEMAS[schema]),
    }


def _schema_voor(soort: Any) -> str:
    try:
        return _SCHEMA_VAN_TYPE[soort]
    except (KeyError, TypeError):
        raise SerializationError(
            f"cannot read a {soort!r}: a document holds a {_toegestane_typen()} "
            "(pass tuple[Bevinding, ...] for findings)"
        ) from None


def pak_uit(document: object, soort: Any) -> Any:
    """The *soort* held by the enveloped *document*, after upgrading it to the current version.

    Raises :class:`~reintegratie.errors.SerializationError` for a missing or
    malformed envelope or the wrong schema,
    :class:`~reintegratie.errors.UnsupportedVersionError` for a version this
    library cannot read, and whatever :func:`.converter.structureer` raises
    for the data.
    """
    verwacht = _schema_voor(soort)
    if not isinstance(document, Mapping):
        raise SerializationError(
            f"document: expected an envelope object "
            f'{{"schema": "{verwacht}", "versie": ..., "data": ...}}, got {_toon(document)}'
        )
    ontbrekend = [s for s in _SLEUTELS if s not in document]
    if ontbrekend:
        aanwezig = ", ".join(sorted(map(str, document))) or "none"
        raise SerializationError(
            f"document: not an envelope: missing {', '.join(map(repr, ontbrekend))} "
            f'(expected {{"schema": "{verwacht}", "versie": ..., "data": ...}}; '
            f"keys present: {aanwezig})"
        )
    extra = sorted(str(s) for s in document if s not in _SLEUTELS)
    if extra:
        raise SerializationError(
            f"document.{extra[0]}: unknown envelope field; expected only: schema, versie, data"
        )
    schema = document["schema"]
    if schema != verwacht or type(schema) is not str:
        raise SerializationError(f"schema: expected {verwacht!r}, got {_toon(schema)}")
    data = upgrade(verwacht, document["versie"], document["data"])
    return structureer(data, SCHEMAS[verwacht], pad="data")

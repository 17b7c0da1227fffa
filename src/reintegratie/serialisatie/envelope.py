"""The versioned envelope around every document.

A document names its schema and the version of that schema, and carries the
object itself under ``data``::

    {"schema": "reintegratie/traject", "versie": 1, "data": {...}}

There is one schema per top-level type (:data:`SCHEMAS`). Reading checks the
envelope strictly, runs the registered upgrades (:mod:`.upgrades`) and only
then structures ``data``.

A privacy view (:mod:`.weergave`) names the role it was written for between
``versie`` and ``data``: ``{"schema": ..., "versie": 2, "weergave": "werkgever",
"data": {...}}``. Its data lacks what that role may not see, so it is never read
as a complete object: :func:`pak_uit` reads it only when asked for that very view.

>>> from reintegratie.medisch import MedischDossier
>>> verpak(MedischDossier(werknemer="W-1", bedrijfsarts="BA-1"))
{'schema': 'reintegratie/medisch_dossier', 'versie': 2, 'data': {'werknemer': 'W-1', \
'bedrijfsarts': 'BA-1', 'aantekeningen': [], 'vangnetten': []}}
>>> pak_uit({"schema": "reintegratie/traject", "versie": 2, "data": {}}, MedischDossier)
Traceback (most recent call last):
...
reintegratie.errors.SerializationError: schema: expected 'reintegratie/medisch_dossier', \
got string "reintegratie/traject"

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import types
import warnings
from collections.abc import Mapping
from typing import Any, Final

from reintegratie._validatie import _kort
from reintegratie.errors import SerializationError, UnsupportedVersionError
from reintegratie.medisch import MedischDossier
from reintegratie.regels.engine import Tijdlijn
from reintegratie.regels.toets import Bevinding
from reintegratie.rollen import Gegevenscategorie, Rol, mag_inzien
from reintegratie.rolverdeling import Rolregel
from reintegratie.serialisatie import versie2  # noqa: F401 - registers the 1 -> 2 upgrades
from reintegratie.serialisatie.converter import _sleutel, _toon, destructureer, structureer
from reintegratie.serialisatie.upgrades import _upgrade_eigen, huidige_versie, upgrade
from reintegratie.serialisatie.weergave import (
    PrivacyError,
    controleer_document,
    controleer_rol,
    traject_velden,
    verborgen_velden,
)
from reintegratie.traject import Traject

__all__ = [
    "SCHEMAS",
    "Bevindingen",
    "MedischeTermWaarschuwing",
    "Rolverdeling",
    "pak_uit",
    "schema_van",
    "verpak",
]

Bevindingen = tuple[Bevinding, ...]
"""The findings of :func:`reintegratie.toets`: the type of the ``reintegratie/bevindingen``
schema."""

Rolverdeling = tuple[Rolregel, ...]
"""The rows of :func:`reintegratie.rolverdeling`: the type of the
``reintegratie/rolverdeling`` schema."""

#: The type each schema holds.
SCHEMAS: Final[Mapping[str, Any]] = types.MappingProxyType(
    {
        "reintegratie/traject": Traject,
        "reintegratie/tijdlijn": Tijdlijn,
        "reintegratie/bevindingen": Bevindingen,
        "reintegratie/medisch_dossier": MedischDossier,
        "reintegratie/rolverdeling": Rolverdeling,
    }
)
_SCHEMA_VAN_TYPE: Final[Mapping[Any, str]] = {soort: naam for naam, soort in SCHEMAS.items()}
_SLEUTELS: Final = ("schema", "versie", "weergave", "data")
_VERPLICHT: Final = ("schema", "versie", "data")
_REEKSEN: Final[Mapping[str, type]] = {
    "reintegratie/bevindingen": Bevinding,
    "reintegratie/rolverdeling": Rolregel,
}


def _toegestane_typen() -> str:
    return "Traject, Tijdlijn, MedischDossier, a tuple of Bevinding or a tuple of Rolregel"


def schema_van(obj: object) -> str:
    """The schema name of *obj*.

    A tuple or list of Bevinding is ``reintegratie/bevindingen``, of Rolregel
    ``reintegratie/rolverdeling``; an empty one counts as findings (pass the type to
    :func:`verpak` for an empty rolverdeling).
    """
    for soort in (Traject, Tijdlijn, MedischDossier):
        if isinstance(obj, soort):
            return _SCHEMA_VAN_TYPE[soort]
    if isinstance(obj, tuple | list):
        for schema, element in _REEKSEN.items():
            if all(isinstance(e, element) for e in obj):
                return schema
    raise SerializationError(
        f"cannot serialize {type(obj).__name__}: a document holds a {_toegestane_typen()}"
    )


def _schema_van_als(obj: object, soort: Any) -> str:
    schema = _schema_voor(soort)
    element = _REEKSEN.get(schema)
    if element is None:
        past = isinstance(obj, soort)
    else:
        past = isinstance(obj, tuple | list) and all(isinstance(e, element) for e in obj)
    if not past:
        raise SerializationError(
            f"cannot serialize {type(obj).__name__} as {schema}: expected "
            f"{'a tuple of ' + element.__name__ if element else soort.__name__}"
        )
    return schema


def verpak(
    obj: object,
    soort: Any = None,
    *,
    voor: Rol | None = None,
    bij_medische_term: str = "waarschuwen",
) -> dict[str, Any]:
    """*obj* as an enveloped document of plain JSON data, at the current version.

    *soort* names the type when *obj* alone does not (an empty :data:`Rolverdeling`).
    With *voor*, the document is the privacy view for that role (:mod:`.weergave`):
    marked ``"weergave"``, without the Traject fields the role may not see, and a
    :class:`~.weergave.PrivacyError` for a document the role may not see at all.
    """
    schema = schema_van(obj) if soort is None else _schema_van_als(obj, soort)
    if voor is None:
        return {
            "schema": schema,
            "versie": huidige_versie(schema),
            "data": destructureer(obj, SCHEMAS[schema]),
        }
    rol = controleer_rol(voor)
    controleer_document(schema, rol)  # before anything is unstructured
    if schema == "reintegratie/traject" and not mag_inzien(rol, Gegevenscategorie.MEDISCH):
        _controleer_medische_termen(obj, rol, bij_medische_term)
    data = destructureer(obj, SCHEMAS[schema])
    if schema == "reintegratie/traject":
        for veld in verborgen_velden(rol):
            del data[veld]
    return {
        "schema": schema,
        "versie": huidige_versie(schema),
        "weergave": rol.value,
        "data": data,
    }


class MedischeTermWaarschuwing(UserWarning):
    """A view for a role that may not see medical data holds a medical term in free text
    (see :mod:`reintegratie.privacylint`)."""


_KEUZES: Final = ("waarschuwen", "weigeren")


def _controleer_medische_termen(obj: Any, rol: Rol, keuze: str) -> None:
    """Warn about, or refuse, medical terms in the free text a view for *rol* would hold."""
    from reintegratie.privacylint import BRON, medische_termen

    if keuze not in _KEUZES:
        raise SerializationError(
            f"bij_medische_term: expected 'waarschuwen' or 'weigeren', got {keuze!r:.40}"
        )
    zichtbaar = [v for v in traject_velden() if v not in verborgen_velden(rol)]
    treffers = medische_termen(obj, velden=zichtbaar)
    if not treffers:
        return
    eerste = treffers[0]
    melding = (
        f"{eerste.pad}: holds {eerste.term!r} ({eerste.categorie}), a medical term, in a "
        f"view for {rol.value}"
        + (f" (and {len(treffers) - 1} more)" if len(treffers) > 1 else "")
        + f"; {BRON}"
    )
    if keuze == "weigeren":
        raise PrivacyError(melding)
    warnings.warn(melding, MedischeTermWaarschuwing, stacklevel=4)


def _schema_voor(soort: Any) -> str:
    try:
        return _SCHEMA_VAN_TYPE[soort]
    except (KeyError, TypeError):
        raise SerializationError(
            f"cannot read a {_kort(soort)}: a document holds a {_toegestane_typen()} "
            "(pass Bevindingen or Rolverdeling for a tuple of findings or allocation rows)"
        ) from None


def pak_uit(document: object, soort: Any, *, weergave: Rol | None = None) -> Any:
    """The *soort* held by the enveloped *document*, after upgrading it to the current version.

    Raises :class:`~reintegratie.errors.SerializationError` for a missing or
    malformed envelope or the wrong schema,
    :class:`~reintegratie.errors.UnsupportedVersionError` for a version this
    library cannot read, and whatever :func:`.converter.structureer` raises
    for the data.

    A view (a document with ``"weergave"``) is read only with *weergave* set to
    its role, and then gives the object without the withheld fields (they take
    their defaults); *weergave* set on a complete document is an error too.
    """
    return _pak_uit(document, soort, weergave, eigen=False)


def _pak_uit(document: object, soort: Any, weergave: Rol | None, *, eigen: bool) -> Any:
    """:func:`pak_uit`; with *eigen*, the caller owns *document* (just parsed), so an
    upgrade changes it in place instead of copying it first."""
    verwacht = _schema_voor(soort)
    rol = None if weergave is None else controleer_rol(weergave, "weergave")
    if rol is not None:
        controleer_document(verwacht, rol)
    if not isinstance(document, Mapping):
        raise SerializationError(
            f"document: expected an envelope object "
            f'{{"schema": "{verwacht}", "versie": ..., "data": ...}}, got {_toon(document)}'
        )
    ontbrekend = [s for s in _VERPLICHT if s not in document]
    if ontbrekend:
        sleutels = sorted((_sleutel(s) for s in document), key=str)
        aanwezig = ", ".join(sleutels[:10]) or "none"
        if len(sleutels) > 10:
            aanwezig += f" and {len(sleutels) - 10} more"
        raise SerializationError(
            f"document: not an envelope: missing {', '.join(map(repr, ontbrekend))} "
            f'(expected {{"schema": "{verwacht}", "versie": ..., "data": ...}}; '
            f"keys present: {aanwezig})"
        )
    extra = sorted((_sleutel(s) for s in document if s not in _SLEUTELS), key=str)
    if extra:
        raise SerializationError(
            f"document.{extra[0]}: unknown envelope field; expected only: "
            "schema, versie, weergave (in a view), data"
        )
    schema = document["schema"]
    if schema != verwacht or type(schema) is not str:
        raise SerializationError(f"schema: expected {verwacht!r}, got {_toon(schema)}")
    _controleer_weergave(document, verwacht, rol)
    versie = document["versie"]
    if type(versie) is not int:
        raise UnsupportedVersionError(
            f"versie: expected an integer version, got {type(versie).__name__} {_kort(versie)}"
        )
    getal = _toon(versie).removeprefix("integer ")
    if versie < 1:
        raise UnsupportedVersionError(f"versie: versions count from 1, got {getal}")
    if versie > huidige_versie(verwacht):
        raise UnsupportedVersionError(
            f"versie: {verwacht} version {getal} is newer than this library reads "
            f"(at most {huidige_versie(verwacht)}); upgrade reintegratie"
        )
    if eigen:
        data = _upgrade_eigen(verwacht, versie, document["data"])
    else:
        data = upgrade(verwacht, versie, document["data"])
    if rol is not None and verwacht == "reintegratie/traject" and isinstance(data, Mapping):
        _controleer_verborgen(data, rol)
    return structureer(data, SCHEMAS[verwacht], pad="data")


def _controleer_weergave(document: Mapping[Any, Any], schema: str, rol: Rol | None) -> None:
    """A view is read only as the view asked for, and a complete document not as a view."""
    if "weergave" not in document:
        if rol is not None:
            raise SerializationError(
                f"weergave: expected a view for {rol.value!r}, got a complete {schema} "
                "document (no 'weergave' in its envelope)"
            )
        return
    waarde = document["weergave"]
    gevonden = next((r for r in Rol if r.value == waarde), None) if type(waarde) is str else None
    if gevonden is None:
        bekend = ", ".join(f'"{r.value}"' for r in Rol)
        raise SerializationError(f"weergave: expected one of {bekend}, got {_toon(waarde)}")
    if rol is None:
        raise SerializationError(
            f"weergave: this is a view for {gevonden.value!r}, without the data that role "
            f"may not see; it is not read as a complete document: pass "
            f"weergave=Rol.{gevonden.name} to read the view"
        )
    if gevonden is not rol:
        raise SerializationError(
            f"weergave: expected a view for {rol.value!r}, got a view for {gevonden.value!r}"
        )
    controleer_document(schema, gevonden)


def _controleer_verborgen(data: Mapping[Any, Any], rol: Rol) -> None:
    """A Traject view holds none of the fields withheld from its role."""
    verborgen = verborgen_velden(rol)
    for veld in traject_velden():
        if veld in verborgen and veld in data:
            raise SerializationError(
                f"data.{veld}: withheld from {rol.value}; a view for {rol.value} may not contain it"
            )

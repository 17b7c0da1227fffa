"""Upgrades of stored documents: the data of version N of a schema to version N + 1.

Every schema has a current version (:data:`HUIDIGE_VERSIES`). A document of
an older version is brought up to date by the registered upgrade functions,
one version step at a time, before it is structured; a document of version 1
therefore loads in every later version of the library. The steps from
version 1 to 2 are in :mod:`.versie2`.

An upgrade function receives the ``data`` part of the document (a fresh
copy: it may change it in place) and returns the data of the next version::

    >>> huidige_versie("reintegratie/rolverdeling")
    2
    >>> upgrade("reintegratie/rolverdeling", 1, [])
    []

When the format changes, raise the version in :data:`HUIDIGE_VERSIES` and
register the step in the same change::

    @registreer_upgrade("reintegratie/traject", van=1)
    def _werkgever_hernoemd(data):
        data["werkgever"] = data.pop("organisatie")
        return data

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final, TypeVar

from reintegratie._argumenten import gecontroleerd
from reintegratie.errors import ReintegratieError, SerializationError, UnsupportedVersionError

__all__ = [
    "HUIDIGE_VERSIES",
    "Upgrade",
    "huidige_versie",
    "registreer_upgrade",
    "upgrade",
    "verwijder_upgrade",
]

#: The version each schema writes today, and the newest it reads.
HUIDIGE_VERSIES: Final[dict[str, int]] = {
    "reintegratie/traject": 2,
    "reintegratie/tijdlijn": 2,
    "reintegratie/bevindingen": 2,
    "reintegratie/medisch_dossier": 2,
    "reintegratie/rolverdeling": 2,
}

Upgrade = Callable[[Any], Any]
"""Turns the ``data`` of version N into the ``data`` of version N + 1."""

_U = TypeVar("_U", bound=Upgrade)

_UPGRADES: dict[tuple[str, int], Upgrade] = {}


@gecontroleerd
def huidige_versie(schema: str) -> int:
    """The version *schema* writes today; :class:`SerializationError` for an unknown schema."""
    try:
        return HUIDIGE_VERSIES[schema]
    except KeyError:
        bekend = ", ".join(repr(s) for s in HUIDIGE_VERSIES)
        raise SerializationError(f"unknown schema {schema!r}; known: {bekend}") from None


@gecontroleerd
def registreer_upgrade(schema: str, van: int) -> Callable[[_U], _U]:
    """Decorator: register the upgrade of *schema* from version *van* to ``van + 1``."""
    huidige_versie(schema)
    if isinstance(van, bool) or not isinstance(van, int) or van < 1:
        raise ValueError(f"versions count from 1, got {van!r}")
    if (schema, van) in _UPGRADES:
        raise ValueError(f"an upgrade of {schema} from version {van} is already registered")

    def registreer(functie: _U) -> _U:
        _UPGRADES[schema, van] = functie
        return functie

    return registreer


@gecontroleerd
def verwijder_upgrade(schema: str, van: int) -> None:
    """Remove the upgrade of *schema* from version *van* (for tests); a no-op if there is none."""
    _UPGRADES.pop((schema, van), None)


@gecontroleerd
def upgrade(schema: str, versie: int, data: Any) -> Any:
    """The *data* of version *versie* of *schema*, brought up to the current version.

    *data* itself is never changed. Raises :class:`UnsupportedVersionError`
    for a version this library cannot read (newer than the current one, below
    1, or without a registered step) and :class:`SerializationError` when an
    upgrade step fails.
    """
    huidig = huidige_versie(schema)
    if isinstance(versie, bool) or not isinstance(versie, int):
        raise UnsupportedVersionError(
            f"versie: expected an integer version, got {type(versie).__name__} {versie!r}"
        )
    if versie < 1:
        raise UnsupportedVersionError(f"versie: versions count from 1, got {versie}")
    if versie > huidig:
        raise UnsupportedVersionError(
            f"versie: {schema} version {versie} is newer than this library reads "
            f"(at most {huidig}); upgrade reintegratie"
        )
    if versie == huidig:
        return data
    return _stappen(schema, versie, huidig, _kopie(data))


def _upgrade_eigen(schema: str, versie: int, data: Any) -> Any:
    """As :func:`upgrade`, for *data* the caller owns (just parsed): changed in place by the
    steps instead of copied first (a copy of a large document costs more than reading it)."""
    huidig = huidige_versie(schema)
    if type(versie) is not int or not 1 <= versie <= huidig:
        return upgrade(schema, versie, data)  # the same errors
    if versie == huidig:
        return data
    return _stappen(schema, versie, huidig, data)


def _kopie(data: Any) -> Any:
    """A copy of a JSON tree (objects and arrays; other values are shared: they are
    immutable in a JSON tree). Much faster than ``copy.deepcopy``; the depth is bounded by
    the documented limits, and a deeper tree is refused as before."""
    try:
        if isinstance(data, dict):
            return {k: _kopie(v) for k, v in data.items()}
        if isinstance(data, list):
            return [_kopie(v) for v in data]
    except RecursionError:
        raise SerializationError("data: nested too deeply to read") from None
    return data


def _stappen(schema: str, versie: int, huidig: int, data: Any) -> Any:
    """*data* (owned) through the registered steps from *versie* to *huidig*."""
    for van in range(versie, huidig):
        stap = _UPGRADES.get((schema, van))
        if stap is None:
            raise UnsupportedVersionError(
                f"versie: no upgrade of {schema} from version {van} to {van + 1} is registered"
            )
        try:
            data = stap(data)
        except ReintegratieError:
            raise
        except Exception as fout:
            raise SerializationError(
                f"data: upgrading {schema} from version {van} to {van + 1} failed: "
                f"{type(fout).__name__}: {fout}"
            ) from fout
    return data

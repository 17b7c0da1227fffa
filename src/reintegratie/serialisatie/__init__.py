"""The wire format: versioned, lossless, strict JSON for trajecten and what the engine derives.

Every document is an envelope (:mod:`.envelope`) around plain JSON data
written by the one converter (:mod:`.converter`)::

    >>> from datetime import date
    >>> import reintegratie as ri
    >>> from reintegratie.serialisatie import from_json, to_json
    >>> t = ri.Traject(werknemer="W-1", werkgever="WG",
    ...                ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),))
    >>> tekst = to_json(t)
    >>> tekst[:60]
    '{"schema":"reintegratie/traject","versie":2,"data":{"werknem'
    >>> from_json(tekst) == t
    True

Reading is strict and every error names the JSON path::

    >>> from_json('{"schema": "reintegratie/traject", "versie": 2,'
    ...           ' "data": {"werknemer": "W-1", "werkgever": "WG", "id": 7}}')
    Traceback (most recent call last):
    ...
    reintegratie.errors.SerializationError: data.id: expected a string, or null, got integer 7

A caseload is a JSON Lines stream, one enveloped traject per line, written and
read one line at a time (:func:`schrijf_jsonl`, :func:`lees_jsonl`).

With ``voor=<Rol>`` a document is the privacy view for that role
(:mod:`.weergave`): it holds only the data categories the role may see, and a
medical record is written for the bedrijfsarts alone::

    >>> from reintegratie.rollen import Rol
    >>> to_dict(t, voor=Rol.WERKGEVER)["weergave"]
    'werkgever'
    >>> to_json(ri.MedischDossier(werknemer="W-1", bedrijfsarts="BA-1"), voor=Rol.WERKGEVER)
    Traceback (most recent call last):
    ...
    reintegratie.serialisatie.weergave.PrivacyError: a reintegratie/medisch_dossier document \
holds medisch data, which werkgever may not see (only: bedrijfsarts); refusing to write or \
read it for werkgever

The JSON Schema of every document is generated from the classes and shipped
with the package (:func:`json_schema`); :func:`naar_ical` exports a Tijdlijn
to iCalendar (optional extra ``ical``).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any, NoReturn, TypeVar, overload

from reintegratie.errors import SerializationError, UnsupportedVersionError, ValidationError
from reintegratie.rollen import Rol
from reintegratie.serialisatie import snel
from reintegratie.serialisatie.envelope import (
    SCHEMAS,
    Bevindingen,
    Rolverdeling,
    pak_uit,
    verpak,
)
from reintegratie.serialisatie.ical import naar_ical
from reintegratie.serialisatie.upgrades import HUIDIGE_VERSIES, registreer_upgrade
from reintegratie.serialisatie.weergave import PrivacyError
from reintegratie.traject import Traject

__all__ = [
    "HUIDIGE_VERSIES",
    "SCHEMAS",
    "Bevindingen",
    "PrivacyError",
    "Rolverdeling",
    "from_dict",
    "from_json",
    "json_schema",
    "lees_jsonl",
    "naar_ical",
    "registreer_upgrade",
    "schrijf_jsonl",
    "to_dict",
    "to_json",
]

_T = TypeVar("_T")

Bestand = IO[str] | str | os.PathLike[str]
"""An open text file, or a path to open (as UTF-8)."""


def to_dict(obj: object, *, type_: Any = None, voor: Rol | None = None) -> dict[str, Any]:
    """*obj* as an enveloped document of plain JSON data (dicts, lists, strings, numbers).

    *obj* is a :class:`~reintegratie.traject.Traject`, a
    :class:`~reintegratie.regels.engine.Tijdlijn`, a
    :class:`~reintegratie.medisch.MedischDossier`, the findings of
    :func:`~reintegratie.toets` (a tuple of Bevinding) or the rows of
    :func:`~reintegratie.rolverdeling` (a tuple of Rolregel); anything else is a
    :class:`~reintegratie.errors.SerializationError`. *type_* names the type
    where *obj* does not (an empty tuple is findings unless ``type_=Rolverdeling``).

    With *voor*, the document is the privacy view for that role: only the data
    categories it may see (:func:`~reintegratie.rollen.mag_inzien`), marked
    ``"weergave"`` in the envelope; :class:`PrivacyError` for a document the
    role may not see at all (a MedischDossier for anyone but the bedrijfsarts).

    >>> from reintegratie.medisch import MedischDossier
    >>> to_dict(MedischDossier(werknemer="W-1", bedrijfsarts="BA-1"))["data"]
    {'werknemer': 'W-1', 'bedrijfsarts': 'BA-1', 'aantekeningen': [], 'vangnetten': []}
    >>> to_dict((), type_=Rolverdeling)["schema"]
    'reintegratie/rolverdeling'
    """
    return verpak(obj, type_, voor=voor)


def json_schema(schema: str = "reintegratie/traject") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of *schema*'s documents, as shipped with the package.

    *schema* is a name from :data:`SCHEMAS`, or ``"reintegratie/envelope"`` for
    the bare envelope of any document. The schemas are generated from the classes
    (:mod:`.schemabouw`).

    >>> json_schema("reintegratie/tijdlijn")["$id"]
    'urn:reintegratie:schema:tijdlijn:2'
    """
    # Imported here, so that ``python -m reintegratie.serialisatie.schemabouw`` runs cleanly.
    from reintegratie.serialisatie import schemabouw

    return schemabouw.json_schema(schema)


@overload
def from_dict(document: Mapping[str, Any], *, weergave: Rol | None = None) -> Traject: ...
@overload
def from_dict(
    document: Mapping[str, Any], type_: type[_T], *, weergave: Rol | None = None
) -> _T: ...
def from_dict(
    document: Mapping[str, Any], type_: Any = Traject, *, weergave: Rol | None = None
) -> Any:
    """The *type_* held by an enveloped *document* of plain JSON data.

    *type_* is :class:`~reintegratie.traject.Traject`,
    :class:`~reintegratie.regels.engine.Tijdlijn`,
    :class:`~reintegratie.medisch.MedischDossier`, :data:`Bevindingen` or
    :data:`Rolverdeling`.

    A privacy view is read only with *weergave* set to the role it was written
    for; the fields withheld from that role take their defaults (empty). A view is
    never read as a complete document, nor a complete document as a view.

    >>> from reintegratie.medisch import MedischDossier
    >>> from_dict({"schema": "reintegratie/medisch_dossier", "versie": 1,
    ...            "data": {"werknemer": "W-1", "bedrijfsarts": "BA-1"}}, MedischDossier)
    MedischDossier(werknemer='W-1', bedrijfsarts='BA-1', aantekeningen=(), vangnetten=())
    """
    return pak_uit(document, type_, weergave=weergave)


def to_json(
    obj: object, *, indent: int | None = None, type_: Any = None, voor: Rol | None = None
) -> str:
    """*obj* (see :func:`to_dict`, also for *type_* and *voor*) as a JSON document.

    Compact unless *indent* is given; non-ASCII text is written as is.

    >>> from reintegratie.medisch import MedischDossier
    >>> to_json(MedischDossier(werknemer="W-1", bedrijfsarts="BA-1"))
    '{"schema":"reintegratie/medisch_dossier","versie":2,"data":{"werknemer":"W-1",\
"bedrijfsarts":"BA-1","aantekeningen":[],"vangnetten":[]}}'
    """
    if indent is None and type_ is None and voor is None:
        tekst = snel.schrijf(obj)  # the same text, when the extra "msgspec" is installed
        if tekst is not snel.NIET:
            return tekst
    return _dumps(verpak(obj, type_, voor=voor), indent)


def _dumps(document: dict[str, Any], indent: int | None = None) -> str:
    if indent is None:
        return json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return json.dumps(document, ensure_ascii=False, allow_nan=False, indent=indent)


def _geen_constante(naam: str) -> NoReturn:
    raise ValueError(f"{naam} is not JSON")


def _geen_dubbele(paren: list[tuple[str, Any]]) -> dict[str, Any]:
    resultaat = dict(paren)
    if len(resultaat) != len(paren):
        gezien: set[str] = set()
        for sleutel, _ in paren:
            if sleutel in gezien:
                raise ValueError(f"duplicate key {sleutel!r} in an object")
            gezien.add(sleutel)
    return resultaat


def _loads(tekst: str | bytes | bytearray) -> Any:
    """Parse JSON strictly: no NaN or Infinity, no duplicate keys.

    Raises :class:`json.JSONDecodeError`, :class:`UnicodeDecodeError` or
    :class:`ValueError` (from the hooks); callers turn them into our errors.
    """
    return json.loads(tekst, parse_constant=_geen_constante, object_pairs_hook=_geen_dubbele)


def _json_fout(fout: ValueError, regel: int | None = None) -> SerializationError:
    """Our error for a parse failure of a whole document, or of line *regel* of JSON Lines."""
    waar = "" if regel is None else f"line {regel}: "
    if isinstance(fout, json.JSONDecodeError):
        if regel is None:
            waar = f"line {fout.lineno}, column {fout.colno}: "
        else:
            waar = f"line {regel}, column {fout.colno}: "
        return SerializationError(f"{waar}invalid JSON: {fout.msg}")
    if isinstance(fout, UnicodeDecodeError):
        return SerializationError(f"{waar}invalid JSON: not UTF-8 text ({fout.reason})")
    return SerializationError(f"{waar}invalid JSON: {fout}")


@overload
def from_json(text: str | bytes | bytearray, *, weergave: Rol | None = None) -> Traject: ...
@overload
def from_json(
    text: str | bytes | bytearray, type_: type[_T], *, weergave: Rol | None = None
) -> _T: ...
def from_json(
    text: str | bytes | bytearray, type_: Any = Traject, *, weergave: Rol | None = None
) -> Any:
    """The *type_* held by the JSON document *text* (see :func:`from_dict`, also for
    *weergave*).

    Invalid JSON (including ``NaN`` and duplicate keys) is a
    :class:`~reintegratie.errors.SerializationError` naming line and column:

    >>> from_json('{"schema": "reintegratie/traject",\\n "versie": 1,, }')
    Traceback (most recent call last):
    ...
    reintegratie.errors.SerializationError: line 2, column 14: invalid JSON: Expecting property \
name enclosed in double quotes
    """
    if not isinstance(text, str | bytes | bytearray):
        raise SerializationError(f"expected JSON text (str or bytes), got {type(text).__name__}")
    if weergave is None:
        gelezen = snel.lees(text, type_)  # the same object, when the extra "msgspec" is installed
        if gelezen is not snel.NIET:
            return gelezen
    try:
        document = _loads(text)
    except ValueError as fout:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise _json_fout(fout) from None
    return pak_uit(document, type_, weergave=weergave)


# --- JSON Lines ------------------------------------------------------------------------


def schrijf_jsonl(
    trajecten: Iterable[Traject], bestand: Bestand, *, voor: Rol | None = None
) -> int:
    """Write *trajecten* as JSON Lines, one enveloped traject per line; return how many.

    *trajecten* is consumed lazily, one traject at a time, so a generator of a
    million dossiers never sits in memory. A path is opened (and truncated) as
    UTF-8. With *voor*, every line is the privacy view for that role.

    >>> import io
    >>> from datetime import date
    >>> from reintegratie.traject import Traject
    >>> uit = io.StringIO()
    >>> schrijf_jsonl((Traject(werknemer=f"W-{i}", werkgever="WG") for i in range(3)), uit)
    3
    >>> uit.getvalue().count("\\n")
    3
    """
    if isinstance(bestand, str | os.PathLike):
        with open(bestand, "w", encoding="utf-8", newline="\n") as uit:
            return _schrijf(trajecten, uit, voor)
    return _schrijf(trajecten, bestand, voor)


def _schrijf(trajecten: Iterable[Traject], uit: IO[str], voor: Rol | None) -> int:
    aantal = 0
    for aantal, traject in enumerate(trajecten, 1):
        if not isinstance(traject, Traject):
            raise SerializationError(
                f"item {aantal}: a JSON Lines caseload holds Traject, got {type(traject).__name__}"
            )
        uit.write(_dumps(verpak(traject, voor=voor)))
        uit.write("\n")
    return aantal


def lees_jsonl(bestand: Bestand, *, weergave: Rol | None = None) -> Iterator[Traject]:
    """Read trajecten from JSON Lines, lazily: a generator that parses one line per step.

    Blank lines are skipped. An error names the line number (``line 3: data.werknemer: ...``)
    and keeps its type. A path is opened on the first step (each line decoded
    as UTF-8) and closed when the generator ends or is closed. With *weergave*,
    every line must be the privacy view for that role (see :func:`from_dict`).

    >>> import io
    >>> from reintegratie.traject import Traject
    >>> regels = io.StringIO(to_json(Traject(werknemer="W-1", werkgever="WG")) + "\\n")
    >>> [t.werknemer for t in lees_jsonl(regels)]
    ['W-1']
    """
    if isinstance(bestand, str | os.PathLike):
        with open(bestand, "rb") as invoer:
            yield from _lees(invoer, weergave)
    else:
        yield from _lees(bestand, weergave)


def _lees(invoer: Iterable[str | bytes], weergave: Rol | None) -> Iterator[Traject]:
    for nummer, regel in enumerate(invoer, 1):
        if isinstance(regel, bytes):
            try:
                regel = regel.decode("utf-8")
            except UnicodeDecodeError as fout:
                raise SerializationError(
                    f"line {nummer}: invalid JSON: not UTF-8 text ({fout.reason})"
                ) from None
        if regel.strip():
            yield _lees_regel(regel, nummer, weergave)


def _lees_regel(regel: str, nummer: int, weergave: Rol | None) -> Traject:
    if weergave is None:
        gelezen = snel.lees(regel, Traject)
        if gelezen is not snel.NIET:
            return gelezen  # type: ignore[no-any-return]
    try:
        document = _loads(regel)
    except ValueError as fout:
        raise _json_fout(fout, nummer) from None
    try:
        traject: Traject = pak_uit(document, Traject, weergave=weergave)
    except ValidationError as fout:
        raise ValidationError(f"line {nummer}: {fout.field}", fout.reason) from fout
    except UnsupportedVersionError as fout:
        raise UnsupportedVersionError(f"line {nummer}: {fout}") from None
    except SerializationError as fout:
        raise SerializationError(f"line {nummer}: {fout}") from None
    return traject

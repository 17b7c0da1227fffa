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
    '{"schema":"reintegratie/traject","versie":1,"data":{"werknem'
    >>> from_json(tekst) == t
    True

Reading is strict and every error names the JSON path::

    >>> from_json('{"schema": "reintegratie/traject", "versie": 1,'
    ...           ' "data": {"werknemer": "W-1", "werkgever": "WG", "id": 7}}')
    Traceback (most recent call last):
    ...
    reintegratie.errors.SerializationError: data.id: expected a string, or null, got integer 7

A caseload is a JSON Lines stream, one enveloped traject per line, written and
read one line at a time (:func:`schrijf_jsonl`, :func:`lees_jsonl`).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any, NoReturn, TypeVar, overload

from reintegratie.errors import SerializationError, UnsupportedVersionError, ValidationError
from reintegratie.serialisatie.envelope import SCHEMAS, Bevindingen, pak_uit, verpak
from reintegratie.serialisatie.upgrades import HUIDIGE_VERSIES, registreer_upgrade
from reintegratie.traject import Traject

__all__ = [
    "HUIDIGE_VERSIES",
    "SCHEMAS",
    "Bevindingen",
    "from_dict",
    "from_json",
    "lees_jsonl",
    "registreer_upgrade",
    "schrijf_jsonl",
    "to_dict",
    "to_json",
]

_T = TypeVar("_T")

Bestand = IO[str] | str | os.PathLike[str]
"""An open text file, or a path to open (as UTF-8)."""


def to_dict(obj: object) -> dict[str, Any]:
    """*obj* as an enveloped document of plain JSON data (dicts, lists, strings, numbers).

    *obj* is a :class:`~reintegratie.traject.Traject`, a
    :class:`~reintegratie.regels.engine.Tijdlijn`, a
    :class:`~reintegratie.medisch.MedischDossier` or the findings of
    :func:`~reintegratie.toets` (a tuple of Bevinding); anything else is a
    :class:`~reintegratie.errors.SerializationError`.

    >>> from reintegratie.medisch import MedischDossier
    >>> to_dict(MedischDossier(werknemer="W-1", bedrijfsarts="BA-1"))["data"]
    {'werknemer': 'W-1', 'bedrijfsarts': 'BA-1', 'aantekeningen': []}
    """
    return verpak(obj)


@overload
def from_dict(document: Mapping[str, Any]) -> Traject: ...
@overload
def from_dict(document: Mapping[str, Any], type_: type[_T]) -> _T: ...
def from_dict(document: Mapping[str, Any], type_: Any = Traject) -> Any:
    """The *type_* held by an enveloped *document* of plain JSON data.

    *type_* is :class:`~reintegratie.traject.Traject`,
    :class:`~reintegratie.regels.engine.Tijdlijn`,
    :class:`~reintegratie.medisch.MedischDossier` or :data:`Bevindingen`.

    >>> from reintegratie.medisch import MedischDossier
    >>> from_dict({"schema": "reintegratie/medisch_dossier", "versie": 1,
    ...            "data": {"werknemer": "W-1", "bedrijfsarts": "BA-1"}}, MedischDossier)
    MedischDossier(werknemer='W-1', bedrijfsarts='BA-1', aantekeningen=())
    """
    return pak_uit(document, type_)


def to_json(obj: object, *, indent: int | None = None) -> str:
    """*obj* (see :func:`to_dict`) as a JSON document.

    Compact unless *indent* is given; non-ASCII text is written as is.

    >>> from reintegratie.medisch import MedischDossier
    >>> to_json(MedischDossier(werknemer="W-1", bedrijfsarts="BA-1"))
    '{"schema":"reintegratie/medisch_dossier","versie":1,"data":{"werknemer":"W-1",\
"bedrijfsarts":"BA-1","aantekeningen":[]}}'
    """
    return _dumps(verpak(obj), indent)


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
def from_json(text: str | bytes | bytearray) -> Traject: ...
@overload
def from_json(text: str | bytes | bytearray, type_: type[_T]) -> _T: ...
def from_json(text: str | bytes | bytearray, type_: Any = Traject) -> Any:
    """The *type_* held by the JSON document *text* (see :func:`from_dict`).

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
    try:
        document = _loads(text)
    except ValueError as fout:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise _json_fout(fout) from None
    return pak_uit(document, type_)


# --- JSON Lines ------------------------------------------------------------------------


def schrijf_jsonl(trajecten: Iterable[Traject], bestand: Bestand) -> int:
    """Write *trajecten* as JSON Lines, one enveloped traject per line; return how many.

    *trajecten* is consumed lazily, one traject at a time, so a generator of a
    million dossiers never sits in memory. A path is opened (and truncated) as
    UTF-8.

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
            return _schrijf(trajecten, uit)
    return _schrijf(trajecten, bestand)


def _schrijf(trajecten: Iterable[Traject], uit: IO[str]) -> int:
    aantal = 0
    for aantal, traject in enumerate(trajecten, 1):
        if not isinstance(traject, Traject):
            raise SerializationError(
                f"item {aantal}: a JSON Lines caseload holds Traject, got {type(traject).__name__}"
            )
        uit.write(_dumps(verpak(traject)))
        uit.write("\n")
    return aantal


def lees_jsonl(bestand: Bestand) -> Iterator[Traject]:
    """Read trajecten from JSON Lines, lazily: a generator that parses one line per step.

    Blank lines are skipped. An error names the line number (``line 3: data.werknemer: ...``)
    and keeps its type. A path is opened on the first step (each line decoded
    as UTF-8) and closed when the generator ends or is closed.

    >>> import io
    >>> from reintegratie.traject import Traject
    >>> regels = io.StringIO(to_json(Traject(werknemer="W-1", werkgever="WG")) + "\\n")
    >>> [t.werknemer for t in lees_jsonl(regels)]
    ['W-1']
    """
    if isinstance(bestand, str | os.PathLike):
        with open(bestand, "rb") as invoer:
            yield from _lees(invoer)
    else:
        yield from _lees(bestand)


def _lees(invoer: Iterable[str | bytes]) -> Iterator[Traject]:
    for nummer, regel in enumerate(invoer, 1):
        if isinstance(regel, bytes):
            try:
                regel = regel.decode("utf-8")
            except UnicodeDecodeError as fout:
                raise SerializationError(
                    f"line {nummer}: invalid JSON: not UTF-8 text ({fout.reason})"
                ) from None
        if regel.strip():
            yield _lees_regel(regel, nummer)


def _lees_regel(regel: str, nummer: int) -> Traject:
    try:
        document = _loads(regel)
    except ValueError as fout:
        raise _json_fout(fout, nummer) from None
    try:
        traject: Traject = pak_uit(document, Traject)
    except ValidationError as fout:
        raise ValidationError(f"line {nummer}: {fout.field}", fout.reason) from fout
    except UnsupportedVersionError as fout:
        raise UnsupportedVersionError(f"line {nummer}: {fout}") from None
    except SerializationError as fout:
        raise SerializationError(f"line {nummer}: {fout}") from None
    return traject

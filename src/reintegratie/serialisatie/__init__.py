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

import contextlib
import io
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any, Final, NoReturn, TypeVar, cast, overload

import attrs

from reintegratie.errors import (
    ReintegratieError,
    SerializationError,
    UnsupportedVersionError,
    ValidationError,
)
from reintegratie.rollen import Rol
from reintegratie.serialisatie import snel
from reintegratie.serialisatie.envelope import (
    SCHEMAS,
    Bevindingen,
    MedischeTermWaarschuwing,
    Rolverdeling,
    _pak_uit,
    pak_uit,
    verpak,
)
from reintegratie.serialisatie.grenzen import (
    MAX_CIJFERS,
    MAX_DOCUMENT_TEKENS,
    controleer_diepte,
    controleer_grootte,
    positie,
)
from reintegratie.serialisatie.ical import naar_ical
from reintegratie.serialisatie.upgrades import HUIDIGE_VERSIES, registreer_upgrade
from reintegratie.serialisatie.weergave import PrivacyError, controleer_rol
from reintegratie.traject import Traject

__all__ = [
    "HUIDIGE_VERSIES",
    "SCHEMAS",
    "Bevindingen",
    "MedischeTermWaarschuwing",
    "PrivacyError",
    "Regelfout",
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


def to_dict(
    obj: object,
    *,
    type_: Any = None,
    voor: Rol | None = None,
    bij_medische_term: str = "waarschuwen",
) -> dict[str, Any]:
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

    A traject view for a role that may not see medical data is first searched for
    medical terms in its free text (:mod:`reintegratie.privacylint`): with
    *bij_medische_term* ``"waarschuwen"`` (the default) a hit is a
    :class:`MedischeTermWaarschuwing`, with ``"weigeren"`` a :class:`PrivacyError`
    naming the field. Never silent.

    >>> from reintegratie.medisch import MedischDossier
    >>> to_dict(MedischDossier(werknemer="W-1", bedrijfsarts="BA-1"))["data"]
    {'werknemer': 'W-1', 'bedrijfsarts': 'BA-1', 'aantekeningen': [], 'vangnetten': []}
    >>> to_dict((), type_=Rolverdeling)["schema"]
    'reintegratie/rolverdeling'
    """
    return verpak(obj, type_, voor=voor, bij_medische_term=bij_medische_term)


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
    obj: object,
    *,
    indent: int | None = None,
    type_: Any = None,
    voor: Rol | None = None,
    bij_medische_term: str = "waarschuwen",
) -> str:
    """*obj* (see :func:`to_dict`, also for *type_*, *voor* and *bij_medische_term*) as a
    JSON document.

    Compact unless *indent* is given; non-ASCII text is written as is.

    >>> from reintegratie.medisch import MedischDossier
    >>> to_json(MedischDossier(werknemer="W-1", bedrijfsarts="BA-1"))
    '{"schema":"reintegratie/medisch_dossier","versie":2,"data":{"werknemer":"W-1",\
"bedrijfsarts":"BA-1","aantekeningen":[],"vangnetten":[]}}'
    """
    if indent is not None and (isinstance(indent, bool) or not isinstance(indent, int)):
        raise SerializationError(f"indent: expected a whole number or None, got {indent!r:.40}")
    if indent is None and type_ is None and voor is None:
        tekst = snel.schrijf(obj)  # the same text, when the extra "msgspec" is installed
        if tekst is not snel.NIET:
            return tekst
    return _dumps(verpak(obj, type_, voor=voor, bij_medische_term=bij_medische_term), indent)


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


def _loads(tekst: str) -> Any:
    """Parse JSON strictly: no NaN or Infinity, no duplicate keys.

    Raises :class:`json.JSONDecodeError` or :class:`ValueError` (from the hooks, or for
    an integer over Python's digit limit); callers turn them into our errors.
    """
    return json.loads(tekst, parse_constant=_geen_constante, object_pairs_hook=_geen_dubbele)


#: What the search for a refusal without a position looks at: strings (skipped whole, so
#: nothing inside one counts) and the structure; numbers, literals and whitespace between
#: matches are skipped by the regex engine itself.
_STRUCTUUR = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\],]')
_CONSTANTE = re.compile(
    r'"[^"\\]*(?:\\.[^"\\]*)*"|(NaN|-?Infinity|-?[0-9]{%d,})' % (MAX_CIJFERS + 1)  # noqa: UP031
)


def _zoek_fout(tekst: str, reden: str) -> tuple[int, str] | None:
    """Where and why *tekst* is not JSON as this library reads it, after the parser refused
    it without a position (*reden*, its message): a duplicate key, a constant that JSON
    does not have, an integer over Python's digit limit. Linear in the text."""
    if not reden.startswith("duplicate key"):
        for treffer in _CONSTANTE.finditer(tekst):
            waarde = treffer.group(1)
            if waarde is None:
                continue
            if waarde[-1].isdigit():
                cijfers = len(waarde.lstrip("-"))
                return treffer.start(), (
                    f"an integer of {cijfers:,} digits (at most {MAX_CIJFERS} are read)"
                )
            return treffer.start(), f"{waarde} is not JSON"
        return None
    # Per open object: the keys seen so far and whether a key comes next; None for an array.
    objecten: list[tuple[set[str], list[bool]] | None] = []
    for treffer in _STRUCTUUR.finditer(tekst):
        teken = treffer.group()
        if teken == "{":
            objecten.append((set(), [True]))
        elif teken == "[":
            objecten.append(None)
        elif teken in "}]":
            if objecten:
                objecten.pop()
        elif teken == ",":
            if objecten and objecten[-1] is not None:
                objecten[-1][1][0] = True
        else:
            boven = objecten[-1] if objecten else None
            if boven is not None and boven[1][0]:
                boven[1][0] = False
                if "\\" not in teken:  # the common key: no escapes, read as it stands
                    sleutel = teken[1:-1]
                else:
                    try:
                        sleutel = json.loads(teken)
                    except ValueError:
                        continue
                if sleutel in boven[0]:
                    return treffer.start(), f"duplicate key {sleutel!r:.80} in an object"
                boven[0].add(sleutel)
    return None


def _parse(tekst: str | bytes | bytearray, regel: int | None = None) -> Any:
    """The JSON value of *tekst* (one document, or line *regel* of JSON Lines), within the
    documented limits (:mod:`.grenzen`); every error names line and column."""
    waar = "document" if regel is None else f"line {regel}"
    controleer_grootte(tekst, waar)
    if not isinstance(tekst, str):
        ruw = bytes(tekst)
        try:
            tekst = ruw.decode("utf-8")
        except UnicodeDecodeError as fout:
            plaats = _bytepositie(ruw, fout.start, regel)
            raise SerializationError(
                f"{plaats}: invalid JSON: not UTF-8 text ({fout.reason} at byte {fout.start})"
            ) from None
    try:
        return _loads(tekst)
    except RecursionError:
        # Deeper than the parser goes: name the first level past the documented limit.
        try:
            controleer_diepte(tekst)
        except SerializationError as fout:
            raise SerializationError(_op_regel(str(fout), regel)) from None
        raise SerializationError(f"{waar}: invalid JSON: nested too deeply") from None
    except json.JSONDecodeError as fout:
        plaats = positie(tekst, fout.pos)
        raise SerializationError(f"{_op_regel(plaats, regel)}: invalid JSON: {fout.msg}") from None
    except ValueError as fout:
        gevonden = _zoek_fout(tekst, str(fout))
        if gevonden is None:  # pragma: no cover - every refusal of _loads is found above
            raise SerializationError(f"{waar}: invalid JSON: {fout}") from None
        index, reden = gevonden
        plaats = positie(tekst, index)
        raise SerializationError(f"{_op_regel(plaats, regel)}: invalid JSON: {reden}") from None


def _op_regel(plaats: str, regel: int | None) -> str:
    """``line 1, column 7`` of one JSON Lines line is ``line <regel>, column 7`` of the file."""
    if regel is None or not plaats.startswith("line 1,"):
        return plaats
    return f"line {regel}," + plaats.removeprefix("line 1,")


def _bytepositie(data: bytes, index: int, regel: int | None) -> str:
    regel_in = data.count(b"\n", 0, index)
    begin = data.rfind(b"\n", 0, index) + 1
    kolom = len(data[begin:index].decode("utf-8", "replace")) + 1
    return f"line {(regel or 1) + regel_in}, column {kolom}"


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
    if weergave is None and isinstance(text, str | bytes | bytearray):
        if len(text) > MAX_DOCUMENT_TEKENS:
            controleer_grootte(text)
        # The same object, when the extra "msgspec" is installed.
        gelezen = snel._lees_ongecontroleerd(text, type_)
        if gelezen is not snel.NIET:
            return gelezen
    return _pak_uit(_parse(text), type_, weergave, eigen=True)


# --- JSON Lines ------------------------------------------------------------------------


@attrs.frozen
class Regelfout:
    """A line of JSON Lines that could not be read: its number (from 1) and the error.

    Collected by :func:`lees_jsonl` with ``fouten=``; ``str()`` is the error's message,
    which starts with ``line <regel>``.
    """

    regel: int
    fout: ReintegratieError

    def __str__(self) -> str:
        return str(self.fout)


def schrijf_jsonl(
    trajecten: Iterable[Traject], bestand: Bestand, *, voor: Rol | None = None
) -> int:
    """Write *trajecten* as JSON Lines, one enveloped traject per line; return how many.

    *trajecten* is consumed lazily, one traject at a time, so a generator of a
    million dossiers never sits in memory. A path is written as UTF-8 to a
    temporary file next to it, which replaces the path only when every line is
    written: an error half-way (a wrong item, a full disk) leaves the old file as it
    was and no partial file behind. An open file is written as given (its
    caller owns it). With *voor*, every line is the privacy view for that role.

    >>> import io
    >>> from datetime import date
    >>> from reintegratie.traject import Traject
    >>> uit = io.StringIO()
    >>> schrijf_jsonl((Traject(werknemer=f"W-{i}", werkgever="WG") for i in range(3)), uit)
    3
    >>> uit.getvalue().count("\\n")
    3
    """
    if isinstance(trajecten, str | bytes | Mapping) or not isinstance(trajecten, Iterable):
        raise SerializationError(
            f"trajecten: expected an iterable of Traject, got {type(trajecten).__name__}"
        )
    if isinstance(bestand, str | os.PathLike):
        doel = os.fspath(bestand)
        map_, naam = os.path.split(os.path.abspath(doel))
        try:
            handvat, tijdelijk = tempfile.mkstemp(prefix=f".{naam}.", suffix=".tmp", dir=map_)
        except OSError as fout:
            raise SerializationError(f"cannot write {doel}: {fout.strerror}") from None
        try:
            with os.fdopen(handvat, "w", encoding="utf-8", newline="\n") as uit:
                aantal = _schrijf(trajecten, uit, voor)
                uit.flush()
                os.fsync(uit.fileno())
            os.replace(tijdelijk, doel)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tijdelijk)
            raise
        return aantal
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


def lees_jsonl(
    bestand: Bestand | Iterable[str | bytes],
    *,
    weergave: Rol | None = None,
    fouten: list[Regelfout] | None = None,
) -> Iterator[Traject]:
    """Read trajecten from JSON Lines, lazily: a generator that parses one line per step.

    Strict by default: the first bad line raises, and the error names the line
    number (``line 3: data.werknemer: ...``, ``line 3, column 9: invalid JSON: ...``)
    and keeps its type. A blank or whitespace-only line is an error too (JSON Lines
    has one document on every line), and so is a line over
    :data:`~.grenzen.MAX_DOCUMENT_TEKENS` characters (it is not read into memory).

    With *fouten* (a list), bad lines are not raised but appended to it as
    :class:`Regelfout` (line number and error), and reading goes on with the next
    line: the good trajecten are yielded, every bad line is accounted for.

    A path is opened on the first step (each line decoded as UTF-8) and closed when
    the generator ends or is closed. With *weergave*, every line must be the privacy
    view for that role (see :func:`from_dict`).

    >>> import io
    >>> from reintegratie.traject import Traject
    >>> regels = io.StringIO(to_json(Traject(werknemer="W-1", werkgever="WG")) + "\\n{}\\n")
    >>> fouten = []
    >>> [t.werknemer for t in lees_jsonl(regels, fouten=fouten)]
    ['W-1']
    >>> [(f.regel, str(f)[:40]) for f in fouten]
    [(2, 'line 2: document: not an envelope: missi')]
    """
    if weergave is not None:
        controleer_rol(weergave, "weergave")
    if fouten is not None and not isinstance(fouten, list):
        raise SerializationError(
            f"fouten: expected a list to collect into, got {type(fouten).__name__}"
        )
    if isinstance(bestand, str | os.PathLike):
        with open(bestand, "rb") as invoer:
            yield from _lees(_regels(invoer), weergave, fouten)
    elif isinstance(bestand, io.IOBase) or hasattr(bestand, "readline"):
        yield from _lees(_regels(cast(IO[Any], bestand)), weergave, fouten)
    elif isinstance(bestand, Iterable):
        yield from _lees(_regels_van(bestand), weergave, fouten)
    else:
        raise SerializationError(
            f"bestand: expected a path, an open file or lines, got {type(bestand).__name__}"
        )


_TE_LANG: Final = object()


def _regels(invoer: IO[Any]) -> Iterator[str | bytes | object]:
    """The lines of *invoer*, none read past :data:`MAX_DOCUMENT_TEKENS` (+ the newline):
    a longer line is given as :data:`_TE_LANG`, and its rest is skipped in pieces."""
    while True:
        regel = invoer.readline(MAX_DOCUMENT_TEKENS + 2)
        if not regel:
            return
        if len(regel) > MAX_DOCUMENT_TEKENS + 1 or (
            len(regel) == MAX_DOCUMENT_TEKENS + 2 and regel[-1:] not in ("\n", b"\n")
        ):
            while regel and regel[-1:] not in ("\n", b"\n"):
                regel = invoer.readline(1024 * 1024)
            yield _TE_LANG
        else:
            yield regel


def _regels_van(reeks: Iterable[Any]) -> Iterator[Any]:
    for regel in reeks:
        if isinstance(regel, str | bytes | bytearray) and len(regel) > MAX_DOCUMENT_TEKENS + 2:
            yield _TE_LANG
        else:
            yield regel


def _lees(
    invoer: Iterable[Any], weergave: Rol | None, fouten: list[Regelfout] | None
) -> Iterator[Traject]:
    for nummer, regel in enumerate(invoer, 1):
        try:
            traject = _lees_regel(regel, nummer, weergave)
        except ReintegratieError as fout:
            if fouten is None:
                raise
            fouten.append(Regelfout(nummer, fout))
            continue
        yield traject


def _lees_regel(regel: object, nummer: int, weergave: Rol | None) -> Traject:
    if regel is _TE_LANG:
        raise SerializationError(
            f"line {nummer}: longer than {MAX_DOCUMENT_TEKENS:,} characters, the limit of one line"
        )
    if not isinstance(regel, str | bytes | bytearray):
        raise SerializationError(
            f"line {nummer}: expected text or bytes, got {type(regel).__name__}"
        )
    inhoud = regel.rstrip("\r\n") if isinstance(regel, str) else bytes(regel).rstrip(b"\r\n")
    if not inhoud.strip():
        raise SerializationError(
            f"line {nummer}: a blank line; JSON Lines holds one document on every line"
        )
    if weergave is None:
        gelezen = snel._lees_ongecontroleerd(inhoud, Traject)
        if gelezen is not snel.NIET:
            return gelezen  # type: ignore[no-any-return]
    document = _parse(inhoud, nummer)
    try:
        traject: Traject = _pak_uit(document, Traject, weergave, eigen=True)
    except ValidationError as fout:
        raise ValidationError(f"line {nummer}: {fout.field}", fout.reason) from fout
    except UnsupportedVersionError as fout:
        raise UnsupportedVersionError(f"line {nummer}: {fout}") from None
    except SerializationError as fout:
        raise SerializationError(f"line {nummer}: {fout}") from None
    return traject

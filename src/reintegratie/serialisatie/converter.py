"""The one cattrs converter of the wire format, and the translation of its errors.

Every rule of the format lives in :func:`_bouw`, which registers all hooks in
one place on a converter from :func:`cattrs.preconf.json.make_converter`
(never the global one):

* dates are ``"YYYY-MM-DD"`` strings, nothing else;
* enums are their stable string ``value``; a frozenset of enums is a sorted
  list of values (on input a list without duplicates);
* tuples are JSON arrays, and only arrays become tuples;
* the event kinds (:data:`GEBEURTENIS_TAGS`) and goal kinds (:data:`DOEL_TAGS`)
  carry a ``"soort"`` tag from an explicit map, never a class name;
* every field is written, including defaults and ``null``; fields with a
  default may be left out on input;
* input is strict: no coercion of ``"3"`` to ``3`` or ``1`` to ``true``, no
  unknown keys, no unknown tags.

:func:`structureer` and :func:`destructureer` wrap the converter so that no
cattrs error escapes: every problem becomes a
:class:`~reintegratie.errors.SerializationError` (or a domain
:class:`~reintegratie.errors.ValidationError`) whose message names the JSON
path.

>>> from datetime import date
>>> from reintegratie.verzuim import Ziekteperiode
>>> destructureer(Ziekteperiode(eerste_dag=date(2025, 1, 6)))  # doctest: +NORMALIZE_WHITESPACE
{'eerste_dag': '2025-01-06', 'laatste_dag': None, 'percentage': 100, 'wijzigingen': [],
 'vangnet': False, 'arbeidsongeval': False, 'regres': False}
>>> structureer({"eerste_dag": "2025-01-06", "percentage": "50"}, Ziekteperiode)
Traceback (most recent call last):
...
reintegratie.errors.SerializationError: data.percentage: expected an integer, got string "50"

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import json
import math
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final, NoReturn

import attrs
from cattrs import (
    BaseConverter,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.cols import (
    is_namedtuple,
    namedtuple_dict_structure_factory,
    namedtuple_dict_unstructure_factory,
)
from cattrs.errors import AttributeValidationNote, BaseValidationError, IterableValidationNote
from cattrs.fns import identity
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.json import JsonConverter, make_converter

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import DATUM_MAX, DATUM_MIN, _kort
from reintegratie.doelen import Leerdoel, Prestatiedoel
from reintegratie.errors import ReintegratieError, SerializationError, ValidationError
from reintegratie.gebeurtenissen import (
    AanvraagVervroegdeIva,
    ArbeidsdeskundigOnderzoek,
    AttestDefinitieveOngeschiktheid,
    Bekorting,
    Beroep,
    BeslissingArbeidsarts,
    BeslissingMedischeOvermacht,
    Deskundigenoordeel,
    DreigendLangdurigVerzuim,
    Eerstejaarsevaluatie,
    EindeDienstverband,
    Eindevaluatie,
    Evaluatie,
    EvaluatieArbeidspotentieel,
    Gebeurtenis,
    GeweigerdeUitnodiging,
    Herstelmelding,
    InstemmingWerknemer,
    Loonsanctie,
    Melding42eWeek,
    MeldingArbeidsarts,
    MeldingBedrijfsarts,
    MeldingVangnet,
    MeldingZiekUitDienst,
    OnderzoekMedischeOvermacht,
    PlanVanAanpak,
    Probleemanalyse,
    ReactieWerknemer,
    ReIntegratieplan,
    ReIntegratieverslag,
    TnwBeoordeling,
    TnwEersteContact,
    TnwVragenlijst,
    TnwVragenlijstTerug,
    UwvBriefWia,
    VerkortingVerlenging,
    VerzoekMedischeOvermacht,
    VerzoekReintegratie,
    VrijwilligeVerlenging,
    WiaAanvraag,
    Ziekmelding,
)
from reintegratie.serialisatie.grenzen import MAX_CIJFERS, MAX_LIJST, MAX_TEKST

__all__ = [
    "DOEL_TAGS",
    "GEBEURTENIS_TAGS",
    "TAG",
    "converter",
    "destructureer",
    "structureer",
]

#: The key that names the kind of a tagged object (an event or a goal).
TAG: Final = "soort"

#: Wire tag of every event kind. These strings are the format: they equal each
#: class's ``code`` today, and they never change when a class is renamed.
GEBEURTENIS_TAGS: Final[Mapping[str, type[Gebeurtenis]]] = types.MappingProxyType(
    {
        "ziekmelding": Ziekmelding,
        "melding_bedrijfsarts": MeldingBedrijfsarts,
        "probleemanalyse": Probleemanalyse,
        "plan_van_aanpak": PlanVanAanpak,
        "evaluatie": Evaluatie,
        "melding_42e_week": Melding42eWeek,
        "eerstejaarsevaluatie": Eerstejaarsevaluatie,
        "arbeidsdeskundig_onderzoek": ArbeidsdeskundigOnderzoek,
        "re_integratieverslag": ReIntegratieverslag,
        "wia_aanvraag": WiaAanvraag,
        "deskundigenoordeel": Deskundigenoordeel,
        "loonsanctie": Loonsanctie,
        "bekorting": Bekorting,
        "vrijwillige_verlenging": VrijwilligeVerlenging,
        "verkorting_verlenging": VerkortingVerlenging,
        "dreigend_langdurig_verzuim": DreigendLangdurigVerzuim,
        "uwv_brief_wia": UwvBriefWia,
        "herstelmelding": Herstelmelding,
        "einde_dienstverband": EindeDienstverband,
        "melding_ziek_uit_dienst": MeldingZiekUitDienst,
        "eindevaluatie": Eindevaluatie,
        "melding_vangnet": MeldingVangnet,
        "aanvraag_vervroegde_iva": AanvraagVervroegdeIva,
        "melding_arbeidsarts": MeldingArbeidsarts,
        "attest_definitieve_ongeschiktheid": AttestDefinitieveOngeschiktheid,
        "verzoek_reintegratie": VerzoekReintegratie,
        "beslissing_arbeidsarts": BeslissingArbeidsarts,
        "re_integratieplan": ReIntegratieplan,
        "reactie_werknemer": ReactieWerknemer,
        "beroep": Beroep,
        "instemming_reintegratie": InstemmingWerknemer,
        "evaluatie_arbeidspotentieel": EvaluatieArbeidspotentieel,
        "geweigerde_uitnodiging": GeweigerdeUitnodiging,
        "verzoek_medische_overmacht": VerzoekMedischeOvermacht,
        "onderzoek_medische_overmacht": OnderzoekMedischeOvermacht,
        "beslissing_medische_overmacht": BeslissingMedischeOvermacht,
        "tnw_vragenlijst": TnwVragenlijst,
        "tnw_vragenlijst_terug": TnwVragenlijstTerug,
        "tnw_beoordeling": TnwBeoordeling,
        "tnw_eerste_contact": TnwEersteContact,
    }
)

#: Wire tag of each goal kind.
DOEL_TAGS: Final[Mapping[str, type[Leerdoel | Prestatiedoel]]] = types.MappingProxyType(
    {"leerdoel": Leerdoel, "prestatiedoel": Prestatiedoel}
)

_GETAGD: Final = frozenset((*GEBEURTENIS_TAGS.values(), *DOEL_TAGS.values()))
_DATUM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_KLASSE_VOORAF = re.compile(r"[A-Z][A-Za-z0-9_]*(?=[.\[]|$)")
_MAX_GETOOND = 10
_GROOTSTE: Final = 10**MAX_CIJFERS
_EENVOUDIG = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,59}")


# --- describing values and types for messages ----------------------------------------


def _json_soort(waarde: object) -> str:
    """The JSON kind of *waarde* (or its Python type name when it is not JSON)."""
    if waarde is None:
        return "null"
    if isinstance(waarde, bool):
        return "boolean"
    if isinstance(waarde, int):
        return "integer"
    if isinstance(waarde, float):
        return "number"
    if isinstance(waarde, str):
        return "string"
    if isinstance(waarde, list):
        return "array"
    if isinstance(waarde, dict):
        return "object"
    return type(waarde).__name__


def _toon(waarde: object) -> str:
    """``string "3"``, ``boolean true``, ``array [1,2]``: kind and a short rendering.

    Safe for any value: a huge integer, a long string or a deeply nested array is
    described without being rendered in full (no recursion, no digit limit).
    """
    soort = _json_soort(waarde)
    if waarde is None:
        return soort
    if type(waarde) is int and not -_GROOTSTE < waarde < _GROOTSTE:
        return f"{soort} of about {int(waarde.bit_length() * 0.30103) + 1} digits"
    if isinstance(waarde, list | tuple | Mapping) and len(waarde) > 8:
        return f"{soort} of {len(waarde):,} item(s)"
    if isinstance(waarde, str) and len(waarde) > 60:
        waarde = waarde[:60]
    try:
        tekst = json.dumps(waarde, ensure_ascii=False, separators=(",", ":"))[:200]
        tekst = tekst.encode("utf-8", "backslashreplace").decode("utf-8")
    except (TypeError, ValueError, RecursionError):
        try:
            tekst = repr(waarde)
        except Exception:
            tekst = f"<{type(waarde).__name__}>"
    if len(tekst) > 60:
        tekst = tekst[:57] + "..."
    return f"{soort} {tekst}"


def _is_optioneel(t: Any) -> bool:
    args = typing.get_args(t)
    return (
        typing.get_origin(t) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _zonder_none(t: Any) -> Any:
    return next(a for a in typing.get_args(t) if a is not type(None))


def _is_klasse(t: Any) -> bool:
    """An attrs class or a NamedTuple: a JSON object with one key per field."""
    return attrs.has(t) or is_namedtuple(t)


def _veldnamen(cl: Any) -> list[str]:
    if is_namedtuple(cl):
        return list(cl._fields)
    return [a.name for a in attrs.fields(cl) if a.init]


def _is_enum(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, enum.Enum)


def _is_tuple(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_enumset(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is frozenset and len(args) == 1 and _is_enum(args[0])


def _waarden(soort: type[enum.Enum]) -> str:
    return ", ".join(json.dumps(m.value) for m in soort)


def _beschrijf(t: Any) -> str:
    """What the wire format expects for type *t*, in words (``"a date 'YYYY-MM-DD'"``)."""
    if t is _dt.date:
        return "a date as a 'YYYY-MM-DD' string"
    if t is str:
        return "a string"
    if t is bool:
        return "true or false"
    if t is int:
        return "an integer"
    if t is float:
        return "a number"
    if _is_enum(t):
        return f"one of {_waarden(t)}"
    if _is_optioneel(t):
        return f"{_beschrijf(_zonder_none(t))}, or null"
    if _is_tuple(t):
        return f"an array of {_meervoud(typing.get_args(t)[0])}"
    if _is_enumset(t):
        return f"an array of distinct values from {_waarden(typing.get_args(t)[0])}"
    if t == Gebeurtenis:
        return f"an event object with a {TAG!r} tag"
    if t == Leerdoel | Prestatiedoel:
        return f"a goal object with a {TAG!r} tag"
    if _is_klasse(t):
        return "an object"
    return repr(t)


def _meervoud(t: Any) -> str:
    if t == Gebeurtenis:
        return "events"
    if t == Leerdoel | Prestatiedoel:
        return "goals"
    if _is_klasse(t):
        return "objects"
    if _is_enum(t):
        return f"values from {_waarden(t)}"
    return {_dt.date: "dates 'YYYY-MM-DD'", str: "strings", int: "integers"}.get(t, repr(t))


# --- errors inside hooks ---------------------------------------------------------------


class _ShapeError(Exception):
    """A problem found by one of our hooks: the message, and a path below the hook's value.

    ``verkeerd_type`` marks a value of the wrong JSON type, so that an optional
    field can say "or null" in its message.
    """

    def __init__(self, melding: str, onder: str = "", *, verkeerd_type: bool = False) -> None:
        super().__init__(melding)
        self.melding = melding
        self.onder = onder
        self.verkeerd_type = verkeerd_type


def _verwacht(t: Any, waarde: object) -> NoReturn:
    raise _ShapeError(f"expected {_beschrijf(t)}, got {_toon(waarde)}", verkeerd_type=True)


def _noteer_index(fout: Exception, index: int, t: Any) -> Exception:
    fout.add_note(IterableValidationNote(f"Structuring index {index}", index, t))
    return fout


# --- structure hooks -------------------------------------------------------------------


#: Dates read so far, by their text: a caseload repeats the same few thousand dates, and a
#: dict lookup is several times cheaper than the pattern and the parse. Only valid dates
#: enter; the cache is emptied when it grows past :data:`_DATUMS_MAX`.
_DATUMS: dict[str, _dt.date] = {}
_DATUMS_MAX: Final = 50_000


def _structureer_datum(waarde: Any, _: Any) -> _dt.date:
    if type(waarde) is str:
        dag = _DATUMS.get(waarde)
        if dag is not None:
            return dag
    if type(waarde) is not str or not _DATUM.fullmatch(waarde):
        _verwacht(_dt.date, waarde)
    try:
        dag = _dt.date.fromisoformat(waarde)
    except ValueError as fout:
        raise _ShapeError(f"{waarde!r} is not a calendar date ({fout})") from None
    if not DATUM_MIN <= dag <= DATUM_MAX:
        raise _ShapeError(
            f"{waarde!r} is outside the dates the library computes "
            f"({DATUM_MIN.isoformat()} to {DATUM_MAX.isoformat()})"
        )
    if len(_DATUMS) >= _DATUMS_MAX:
        _DATUMS.clear()
    _DATUMS[waarde] = dag
    return dag


def _structureer_str(waarde: Any, _: Any) -> str:
    if type(waarde) is not str:
        _verwacht(str, waarde)
    if len(waarde) > MAX_TEKST:
        raise _ShapeError(
            f"a string of {len(waarde):,} characters, over the limit of {MAX_TEKST:,}"
        )
    return waarde


def _structureer_int(waarde: Any, _: Any) -> int:
    if type(waarde) is not int:
        _verwacht(int, waarde)
    if not -_GROOTSTE < waarde < _GROOTSTE:
        raise _ShapeError(f"{_toon(waarde)} is out of range")
    return waarde


def _structureer_bool(waarde: Any, _: Any) -> bool:
    if type(waarde) is not bool:
        _verwacht(bool, waarde)
    return waarde


def _structureer_float(waarde: Any, _: Any) -> float:
    # An integer stays an integer: the model takes both, and to_json(from_json(text)) == text.
    if type(waarde) is float:
        if math.isfinite(waarde):
            return waarde
        raise _ShapeError(f"expected a finite number, got {waarde!r}")
    if type(waarde) is int:
        if not -_GROOTSTE < waarde < _GROOTSTE:
            raise _ShapeError(f"{_toon(waarde)} is out of range")
        return waarde
    _verwacht(float, waarde)


def _enum_hook(soort: type[enum.Enum]) -> Callable[[Any, Any], Any]:
    leden = {m.value: m for m in soort}

    def _structureer(waarde: Any, _: Any) -> enum.Enum:
        if type(waarde) is str:
            lid = leden.get(waarde)
            if lid is not None:
                return lid
        _verwacht(soort, waarde)

    return _structureer


def _optioneel_hook(t: Any, conv: BaseConverter) -> Callable[[Any, Any], Any]:
    binnen = _zonder_none(t)
    hook = conv.get_structure_hook(binnen)

    def _structureer(waarde: Any, _: Any) -> Any:
        if waarde is None:
            return None
        try:
            return hook(waarde, binnen)
        except _ShapeError as fout:
            if fout.verkeerd_type:
                _verwacht(t, waarde)
            raise

    return _structureer


def _lijst(t: Any, waarde: Any) -> list[Any]:
    if type(waarde) is not list:
        _verwacht(t, waarde)
    if len(waarde) > MAX_LIJST:
        raise _ShapeError(f"an array of {len(waarde):,} items, over the limit of {MAX_LIJST:,}")
    return waarde


def _tuple_hook(t: Any, conv: BaseConverter) -> Callable[[Any, Any], Any]:
    element = typing.get_args(t)[0]
    hook = conv.get_structure_hook(element)

    def _structureer(waarde: Any, _: Any) -> tuple[Any, ...]:
        resultaat = []
        fouten: list[Exception] = []
        for i, e in enumerate(_lijst(t, waarde)):
            try:
                resultaat.append(hook(e, element))
            except Exception as fout:
                fouten.append(_noteer_index(fout, i, element))
        if fouten:
            raise IterableValidationError(f"While structuring {t!r}", fouten, t)
        return tuple(resultaat)

    return _structureer


def _enumset_hook(t: Any, conv: BaseConverter) -> Callable[[Any, Any], Any]:
    soort = typing.get_args(t)[0]
    hook = conv.get_structure_hook(soort)

    def _structureer(waarde: Any, _: Any) -> frozenset[Any]:
        gezien: set[Any] = set()
        fouten: list[Exception] = []
        for i, e in enumerate(_lijst(t, waarde)):
            try:
                lid = hook(e, soort)
                if lid in gezien:
                    raise _ShapeError(f"duplicate value {_toon(e)}: each value may appear once")
                gezien.add(lid)
            except Exception as fout:
                fouten.append(_noteer_index(fout, i, soort))
        if fouten:
            raise IterableValidationError(f"While structuring {t!r}", fouten, t)
        return frozenset(gezien)

    return _structureer


def _klasse_hook(cl: type, conv: BaseConverter) -> Callable[[Any, Any], Any]:
    gegenereerd: Callable[[Any, Any], Any]
    if is_namedtuple(cl):
        gegenereerd = namedtuple_dict_structure_factory(cl, conv, "from_converter", True)
    else:
        gegenereerd = make_dict_structure_fn(cl, conv)

    def _structureer(waarde: Any, _: Any) -> Any:
        if type(waarde) is not dict:
            _verwacht(cl, waarde)
        return gegenereerd(waarde, cl)

    return _structureer


def _getagd(
    naam: str, tags: Mapping[str, type], conv: BaseConverter
) -> tuple[Callable[[Any, Any], Any], Callable[[Any], Any]]:
    """Structure and unstructure hooks for a union tagged by :data:`TAG` through *tags*."""
    structuur = {tag: (cl, conv.get_structure_hook(cl)) for tag, cl in tags.items()}
    destructuur = {cl: (tag, conv.get_unstructure_hook(cl)) for tag, cl in tags.items()}
    bekend = ", ".join(json.dumps(tag) for tag in tags)

    def _structureer(waarde: Any, _: Any) -> Any:
        if type(waarde) is not dict:
            raise _ShapeError(f"expected {naam} object with a {TAG!r} tag, got {_toon(waarde)}")
        if TAG not in waarde:
            raise _ShapeError(f"missing the {TAG!r} tag: expected one of {bekend}", f".{TAG}")
        tag = waarde[TAG]
        gevonden = structuur.get(tag) if type(tag) is str else None
        if gevonden is None:
            raise _ShapeError(f"unknown {naam} {_toon(tag)}: expected one of {bekend}", f".{TAG}")
        cl, hook = gevonden
        rest = dict(waarde)
        del rest[TAG]
        return hook(rest, cl)

    def _destructureer(obj: Any) -> dict[str, Any]:
        tag, hook = destructuur[type(obj)]
        resultaat: dict[str, Any] = {TAG: tag}
        resultaat.update(hook(obj))
        return resultaat

    return _structureer, _destructureer


# --- unstructure hooks -----------------------------------------------------------------


def _destructureer_datum(dag: _dt.date) -> str:
    if type(dag) is not _dt.date:  # a datetime would write a value no reader accepts
        raise TypeError(f"expected a date, got {type(dag).__name__} {dag!r}")
    return dag.isoformat()


def _destructureer_enum(lid: enum.Enum) -> Any:
    return lid.value


def _destructureer_enumset(leden: frozenset[enum.Enum]) -> list[Any]:
    return sorted(lid.value for lid in leden)


def _tuple_destructuur(t: Any, conv: BaseConverter) -> Callable[[Any], Any]:
    hook = conv.get_unstructure_hook(typing.get_args(t)[0])
    if hook is identity:  # strings, numbers: the tuple's items as they are
        return list
    return lambda reeks: list(map(hook, reeks)) if reeks else []


def _optioneel_destructuur(t: Any, conv: BaseConverter) -> Callable[[Any], Any]:
    hook = conv.get_unstructure_hook(_zonder_none(t))
    if hook is identity:  # None passes through as well
        return identity
    return lambda waarde: None if waarde is None else hook(waarde)


# --- the converter ---------------------------------------------------------------------


def _is_gelijk(union: Any) -> Callable[[Any], bool]:
    return lambda t: bool(t == union)


def _bouw() -> JsonConverter:
    conv = make_converter(forbid_extra_keys=True, detailed_validation=True)

    conv.register_structure_hook(_dt.date, _structureer_datum)
    conv.register_unstructure_hook(_dt.date, _destructureer_datum)
    conv.register_structure_hook(str, _structureer_str)
    conv.register_structure_hook(int, _structureer_int)
    conv.register_structure_hook(bool, _structureer_bool)
    conv.register_structure_hook(float, _structureer_float)

    conv.register_structure_hook_factory(_is_enum, _enum_hook)
    conv.register_unstructure_hook_factory(_is_enum, lambda _: _destructureer_enum)
    conv.register_structure_hook_factory(_is_klasse, _klasse_hook)
    conv.register_unstructure_hook_factory(is_namedtuple, namedtuple_dict_unstructure_factory)
    conv.register_structure_hook_factory(_is_optioneel, _optioneel_hook)
    conv.register_unstructure_hook_factory(_is_optioneel, _optioneel_destructuur)
    conv.register_structure_hook_factory(_is_tuple, _tuple_hook)
    conv.register_unstructure_hook_factory(_is_tuple, _tuple_destructuur)
    conv.register_structure_hook_factory(_is_enumset, _enumset_hook)
    conv.register_unstructure_hook_factory(_is_enumset, lambda _: _destructureer_enumset)

    for naam, union, tags in (
        ("event kind", Gebeurtenis, GEBEURTENIS_TAGS),
        ("goal kind", Leerdoel | Prestatiedoel, DOEL_TAGS),
    ):
        leden = set(typing.get_args(union))
        if leden != set(tags.values()):
            raise RuntimeError(f"the tag map of {naam} does not match the union {union}")
        for cl in leden:
            if TAG in attrs.fields_dict(cl):
                raise RuntimeError(f"{cl.__name__} has a field named like the tag {TAG!r}")
        structuur, destructuur = _getagd(naam, tags, conv)
        conv.register_structure_hook_func(_is_gelijk(union), structuur)
        conv.register_unstructure_hook_func(_is_gelijk(union), destructuur)
    return conv


@functools.cache
def converter() -> JsonConverter:
    """The converter of the wire format, built once on first use.

    Its ``structure`` raises cattrs' exception groups; prefer :func:`structureer`.
    """
    return _bouw()


def destructureer(obj: object, soort: Any = None) -> Any:
    """*obj* as plain JSON data (dicts, lists, strings, numbers, booleans, ``None``)."""
    try:
        return converter().unstructure(obj, unstructure_as=soort)
    except Exception as fout:
        raise SerializationError(
            f"cannot serialize {type(obj).__name__}: {type(fout).__name__}: {fout}"
        ) from fout


@gecontroleerd
def structureer(data: object, soort: Any, pad: str = "data") -> Any:
    """Build a *soort* from plain JSON *data*, strictly.

    Raises :class:`~reintegratie.errors.SerializationError` for data of the
    wrong shape and :class:`~reintegratie.errors.ValidationError` when the
    domain refuses it; either message starts with the path below *pad*.
    """
    try:
        return converter().structure(data, soort)
    except RecursionError:
        raise SerializationError(f"{pad}: nested too deeply to read") from None
    except Exception as fout:
        nieuw, oorzaak = _vertaal(list(_problemen(fout, pad)))
        raise nieuw from oorzaak


# --- translating errors ----------------------------------------------------------------


def _sleutel(sleutel: object) -> str:
    """A key as it appears in a JSON path: a non-string key (from a dict built in Python)
    is shown as its JSON rendering, so the path stays one line."""
    if type(sleutel) is str and _EENVOUDIG.fullmatch(sleutel):
        return sleutel
    if type(sleutel) is str:
        return json.dumps(sleutel[:60])
    tekst = "".join(_kort(sleutel).split())
    return f"<{type(sleutel).__name__}:{tekst}>"


def _notitie(fout: BaseException, soort: type[str]) -> Any:
    for notitie in getattr(fout, "__notes__", ()):
        if type(notitie) is soort:
            return notitie
    return None


def _problemen(fout: BaseException, pad: str) -> Iterator[tuple[str, str, BaseException]]:
    """Every leaf problem under *fout*: its JSON path, the message and the leaf exception."""
    if isinstance(fout, ClassValidationError | IterableValidationError):
        for sub in fout.exceptions:
            veld = _notitie(sub, AttributeValidationNote)
            index = _notitie(sub, IterableValidationNote)
            if veld is not None:
                yield from _problemen_van_veld(sub, f"{pad}.{veld.name}", veld.type)
            elif index is not None:
                yield from _problemen_van_veld(sub, f"{pad}[{index.index}]", index.type)
            else:
                yield from _problemen(sub, pad)
    elif isinstance(fout, BaseValidationError):  # pragma: no cover - no other groups are made
        for sub in fout.exceptions:
            yield from _problemen(sub, pad)
    elif isinstance(fout, _ShapeError):
        yield f"{pad}{fout.onder}", fout.melding, fout
    elif isinstance(fout, ForbiddenExtraKeysError):
        velden = _veldnamen(fout.cl)
        if fout.cl in _GETAGD:
            velden.insert(0, TAG)
        toegestaan = ", ".join(velden)
        for sleutel in sorted(fout.extra_fields, key=str):
            yield f"{pad}.{_sleutel(sleutel)}", f"unknown field; expected only: {toegestaan}", fout
    elif isinstance(fout, ValidationError):
        veld = _KLASSE_VOORAF.sub("", fout.field, count=1)
        if veld and not veld.startswith(("[", ".")):
            veld = "." + veld
        yield f"{pad}{veld}", fout.reason, fout
    elif isinstance(fout, ReintegratieError):
        yield pad, str(fout), fout
    else:
        yield pad, f"unexpected error ({type(fout).__name__}: {fout})", fout


def _problemen_van_veld(
    fout: BaseException, pad: str, t: Any
) -> Iterator[tuple[str, str, BaseException]]:
    if isinstance(fout, KeyError) and not isinstance(fout, ReintegratieError):
        yield pad, f"required field missing (expected {_beschrijf(t)})", fout
    else:
        yield from _problemen(fout, pad)


def _vertaal(
    problemen: list[tuple[str, str, BaseException]],
) -> tuple[ReintegratieError, BaseException | None]:
    """Our error for *problemen* (a ValidationError if the domain refused) and its cause."""
    eerste_pad, eerste_melding, eerste = problemen[0]
    rest = problemen[1:]
    if rest:
        getoond = "; ".join(f"{p}: {m}" for p, m, _ in rest[:_MAX_GETOOND])
        meer = f" (and {len(rest) - _MAX_GETOOND} more)" if len(rest) > _MAX_GETOOND else ""
        eerste_melding += f" [{len(rest)} more problem(s): {getoond}{meer}]"
    if all(isinstance(f, ValidationError) for _, _, f in problemen):
        return ValidationError(eerste_pad, eerste_melding), eerste
    return SerializationError(f"{eerste_pad}: {eerste_melding}"), None

"""Arguments of public functions checked against their type hints, up front.

:func:`gecontroleerd` wraps a public function (or method) so that an argument of the
wrong type is a :class:`~reintegratie.errors.ValidationError` naming the parameter
(and the item: ``dagen[2]``), before any work, instead of a ``TypeError`` or
``AttributeError`` from deep inside. The checks follow the hints: classes and enums by
``isinstance`` (``bool`` is not an ``int``), dates by
:func:`~reintegratie._validatie.controleer_datum` (a plain date in the range the library
computes), unions and ``None``, ``Literal`` values, and tuples, lists, sequences and
other sized collections with their items (linear in their length; an iterator is not
consumed). A hint it cannot resolve or check (``Any``, a type only imported for type
checking, a protocol) is not checked. Wrong arity is refused the same way; a parameter
``regels`` that is not a rule set raises :class:`~reintegratie.errors.RuleSetError`. Functions
with checks of their own that say more (the serialization functions, which raise
:class:`~reintegratie.errors.SerializationError`) are not wrapped.

>>> @gecontroleerd
... def week(dag: _dt.date, n: int = 1) -> int:
...     return n
>>> week("2025-10-01")
Traceback (most recent call last):
...
reintegratie.errors.ValidationError: dag: expected a date, got str '2025-10-01'
"""

from __future__ import annotations

import collections.abc as cabc
import datetime as _dt
import enum
import functools
import inspect
import os
import sys
import types
import typing
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

from reintegratie._validatie import _kort, _typenaam, controleer_datum
from reintegratie.errors import RuleSetError, ValidationError

__all__ = ["gecontroleerd"]

_F = TypeVar("_F", bound=Callable[..., Any])
#: A check: ``None`` when the value fits, else what was expected.
_Controle = Callable[[object], "str | None"]


class _Reden(str):
    """A whole reason (not what was expected), e.g. a date out of range."""

    pad: str = ""
    """Where in the argument (``[3]`` for its fourth item)."""


def _element(i: int, fout: str, e: object) -> _Reden:
    reden = _Reden(
        fout if isinstance(fout, _Reden) else f"expected {fout}, got {_typenaam(e)} {_kort(e)}"
    )
    reden.pad = f"[{i}]" + getattr(fout, "pad", "")
    return reden


def _geen(_: object) -> str | None:
    return None


def _klasse(soort: type) -> _Controle:
    naam = soort.__name__
    if soort is int:
        return lambda w: None if type(w) is not bool and isinstance(w, int) else "an int"
    if soort is float:
        return lambda w: None if type(w) is not bool and isinstance(w, int | float) else "a number"
    if soort is _dt.date:

        def datum(w: object) -> str | None:
            try:
                controleer_datum("", w)
            except ValidationError as fout:
                if type(w) is _dt.date:  # a date out of range: the reason says it all
                    return _Reden(fout.reason)
                return "a date"
            return None

        return datum
    lidwoord = "an" if naam[0] in "AEIOU" else "a"
    return lambda w: None if isinstance(w, soort) else f"{lidwoord} {naam}"


def _union(controles: list[_Controle]) -> _Controle:
    def controle(w: object) -> str | None:
        verwacht = []
        for c in controles:
            fout = c(w)
            if fout is None:
                return None
            verwacht.append(fout)
        for fout in verwacht:  # a whole reason (a date out of range, a wrong item) says most
            if isinstance(fout, _Reden):
                return fout
        return " or ".join(dict.fromkeys(verwacht))

    return controle


def _reeks(container: tuple[type, ...], naam: str, element: _Controle) -> _Controle:
    def controle(w: object) -> str | None:
        if not isinstance(w, container) or isinstance(w, str | bytes):
            return naam
        if isinstance(w, cabc.Collection):  # sized, so read again safely (a mapping: its keys)
            for i, e in enumerate(w):
                fout = element(e)
                if fout is not None:
                    return _element(i, fout, e)
        return None

    return controle


def _controle(hint: Any) -> _Controle:
    """The check of *hint* (:func:`_geen` when it cannot be checked)."""
    if hint is Any or hint is object or isinstance(hint, TypeVar):
        return _geen
    if hint is None or hint is type(None):
        return lambda w: None if w is None else "None"
    oorsprong = typing.get_origin(hint)
    args = typing.get_args(hint)
    if oorsprong in (typing.Union, types.UnionType):
        delen = [_controle(a) for a in args]
        return _geen if _geen in delen else _union(delen)
    if oorsprong is typing.Literal:
        toegestaan = tuple(args)
        return lambda w: (
            None
            if any(type(w) is type(a) and w == a for a in toegestaan)
            else " or ".join(repr(a) for a in toegestaan)
        )
    if oorsprong in (tuple, list, cabc.Sequence, cabc.Collection, cabc.Iterable):
        element: _Controle = _geen
        if args and (len(args) == 1 or (len(args) == 2 and args[1] is Ellipsis)):
            element = _controle(args[0])
        if oorsprong is tuple:
            return _reeks((tuple,), "a tuple", element)
        if oorsprong is list:
            return _reeks((list,), "a list", element)
        if oorsprong is cabc.Sequence:
            return _reeks((cabc.Sequence,), "a sequence", element)
        return _reeks((cabc.Iterable,), "an iterable", element)
    if oorsprong in (dict, cabc.Mapping):
        return lambda w: None if isinstance(w, cabc.Mapping) else "a mapping"
    if oorsprong in (frozenset, set, cabc.Set):
        return lambda w: None if isinstance(w, cabc.Set) else "a set"
    if oorsprong is cabc.Callable or hint is cabc.Callable:
        return lambda w: None if callable(w) else "a callable"
    if hint is os.PathLike or oorsprong is os.PathLike:
        return lambda w: None if isinstance(w, os.PathLike) else "a path"
    if oorsprong is type:
        return lambda w: None if isinstance(w, type) else "a class"
    if isinstance(hint, type) and oorsprong is None:
        if getattr(hint, "_is_protocol", False):  # structural: not checked by isinstance
            return _geen
        if issubclass(hint, enum.Enum) or hint.__module__.startswith(("reintegratie", "builtins")):
            return _klasse(hint)
        if hint.__module__.partition(".")[0] in ("datetime", "pathlib"):  # 3.13: pathlib._local
            return _klasse(hint)
    return _geen


def _hints(functie: Callable[..., Any]) -> dict[str, Any]:
    """The resolved hints of *functie*'s parameters, each on its own (one that only
    exists for type checking is left out)."""
    globalen = getattr(sys.modules.get(functie.__module__), "__dict__", {})
    uit = {}
    for naam, hint in getattr(functie, "__annotations__", {}).items():
        if naam == "return":
            continue
        if isinstance(hint, str):
            try:
                hint = eval(hint, globalen)
            except Exception:
                continue
        uit[naam] = hint
    return uit


def gecontroleerd(functie: _F) -> _F:
    """*functie* with its arguments checked against its type hints first (see the module).

    The checks are built on the first call (the hints may name classes defined later);
    a call costs a dictionary lookup and a check per argument."""
    handtekening = inspect.signature(functie)
    naam = functie.__qualname__
    parameters = handtekening.parameters
    volgorde = tuple(
        p.name
        for p in parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    )
    verplicht = sum(
        1
        for p in parameters.values()
        if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
    )
    vrij = any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in parameters.values())
    trefwoorden_vrij = any(p.kind is p.VAR_KEYWORD for p in parameters.values())
    controles: dict[str, _Controle] | None = None

    def weiger(parameter: str, waarde: object, verwacht: str) -> NoReturn:
        reden = (
            verwacht
            if isinstance(verwacht, _Reden)
            else f"expected {verwacht}, got {_typenaam(waarde)} {_kort(waarde)}"
        )
        veld = parameter + getattr(reden, "pad", "")
        if parameter == "regels":  # a rule set that is not one
            raise RuleSetError(f"{veld}: {reden}")
        raise ValidationError(veld, reden)

    @functools.wraps(functie)
    def omhulsel(*args: Any, **kwargs: Any) -> Any:
        nonlocal controles
        if controles is None:
            controles = {
                p: c
                for p, h in _hints(functie).items()
                if (c := _controle(h)) is not _geen and p in parameters
            }
        if vrij or len(args) > len(volgorde) or len(args) + len(kwargs) < verplicht:
            try:
                handtekening.bind(*args, **kwargs)
            except TypeError as fout:
                raise ValidationError(f"{naam}()", str(fout)) from None
        for parameter, waarde in zip(volgorde, args, strict=False):
            controle = controles.get(parameter)
            if controle is not None and (verwacht := controle(waarde)) is not None:
                weiger(parameter, waarde, verwacht)
        for parameter, waarde in kwargs.items():
            if parameter not in parameters and not trefwoorden_vrij:
                raise ValidationError(
                    f"{naam}()", f"got an unexpected keyword argument {_kort(parameter)}"
                )
            controle = controles.get(parameter)
            if controle is not None and (verwacht := controle(waarde)) is not None:
                weiger(parameter, waarde, verwacht)
        return functie(*args, **kwargs)

    return typing.cast(_F, omhulsel)

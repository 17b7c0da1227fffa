"""Reusable attrs validators that raise :class:`~reintegratie.errors.ValidationError`.

Every validator names the failing field as ``Class.field`` (and ``[i]`` for an
element of a tuple), so the message says where the problem is.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import math
import re
from collections.abc import Callable
from typing import Any, Final

import attrs

from reintegratie.errors import ValidationError

__all__ = [
    "AARD",
    "DATUM_MAX",
    "DATUM_MIN",
    "ONGELDIG_REGEL",
    "ONGELDIG_VRIJ",
    "bereik",
    "controleer_dag",
    "controleer_tekens",
    "dag",
    "datum",
    "eindig",
    "enum_van",
    "ja_nee",
    "optioneel",
    "pad",
    "tekst",
    "tuple_van",
    "type_van",
    "vrije_tekst",
]

#: The earliest date the library accepts: the engine computes working days, holidays
#: and week counts only in a range it can represent (documented in docs/serialisatie.md).
DATUM_MIN: Final = _dt.date(1900, 1, 1)
#: The latest date the library accepts: the engine adds up to two years and a margin to
#: a first sick day, so a date near ``date.max`` (9999) would overflow on the way.
DATUM_MAX: Final = _dt.date(9000, 12, 31)

#: Characters text may never hold: control characters (C0 except tab, newline and
#: carriage return; DEL; C1) and lone surrogates, which cannot be written as UTF-8.
ONGELDIG_VRIJ: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
#: The same for one-line text (ids, names, short descriptions): no tab or line break either.
ONGELDIG_REGEL: Final = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

#: What each validator implies for the JSON Schema (read by ``serialisatie.schemabouw``):
#: a fragment of JSON Schema keywords for the value. Kept beside the validators so the
#: schema cannot drift from them.
SCHEMAFRAGMENT: dict[object, dict[str, Any]] = {}
#: What each validator built here checks, as data: its factory's name and arguments
#: (``("tuple_van", (str,), True)``, ``("bereik", 0, None)``, ``("optioneel", inner)``,
#: ``("datum",)``). Read by the fast reader (``serialisatie.snel``), which checks the same
#: conditions inline instead of calling the validator (a validator not listed here is
#: simply called), and by ``serialisatie.schemabouw`` for the validator an
#: :func:`optioneel` wraps.
AARD: dict[object, tuple[Any, ...]] = {}

#: JSON Schema (ECMA-262) patterns for text, searched unanchored so that Python's ``re``
#: and JavaScript agree: a character that is not whitespace (as Python's ``str.strip``
#: sees it); a control character or lone surrogate of one-line text; the same for free
#: text, where tab and line breaks are allowed.
PATROON_NIET_LEEG: Final = (
    "[^\\t\\n\\u000b\\u000c\\r\\u001c-\\u001f \\u0085\\u00a0\\u1680\\u2000-\\u200a"
    "\\u2028\\u2029\\u202f\\u205f\\u3000]"
)
PATROONONGELDIG_REGEL: Final = "[\\u0000-\\u001f\\u007f-\\u009f\\ud800-\\udfff]"
PATROONONGELDIG_VRIJ: Final = (
    "[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\ud800-\\udfff]"
)


def pad(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """``Class.field`` for the error message."""
    return f"{type(instance).__name__}.{attribute.name}"


def _typenaam(value: object) -> str:
    return type(value).__name__


def _kort(value: object) -> str:
    """A short, always printable rendering of *value* for an error message."""
    try:
        tekst = repr(value)
    except Exception:  # a huge int (over Python's digit limit) or a broken __repr__
        tekst = f"<{_typenaam(value)}>"
    return tekst if len(tekst) <= 80 else tekst[:77] + "..."


def eindig(value: float) -> bool:
    """Whether the number *value* is finite as a float: ``nan``, infinity and integers
    too large for a float (which ``math.isfinite`` cannot even take) are not.

    >>> eindig(10**4999), eindig(float("nan")), eindig(60)
    (False, False, True)
    """
    try:
        return math.isfinite(value)
    except OverflowError:
        return False


def controleer_datum(veld: str, value: object) -> None:
    """Raise unless *value* is a plain :class:`datetime.date` (not a datetime) from
    :data:`DATUM_MIN` to :data:`DATUM_MAX`.

    >>> controleer_datum("peildatum", _dt.date(9999, 1, 1))
    Traceback (most recent call last):
    ...
    reintegratie.errors.ValidationError: peildatum: 9999-01-01 is outside the dates the \
library computes (1900-01-01 to 9000-12-31)
    """
    if type(value) is not _dt.date:
        if isinstance(value, _dt.datetime):
            raise ValidationError(
                veld, f"expected a date without time, got datetime {_kort(value)}"
            )
        raise ValidationError(veld, f"expected a date, got {_typenaam(value)} {_kort(value)}")
    if not DATUM_MIN <= value <= DATUM_MAX:
        raise ValidationError(
            veld,
            f"{value.isoformat()} is outside the dates the library computes "
            f"({DATUM_MIN.isoformat()} to {DATUM_MAX.isoformat()})",
        )


def controleer_tekens(veld: str, value: str, *, regels: bool = False) -> None:
    """Raise if *value* holds a control character or a lone surrogate.

    With *regels* (free text, where a line break means something) tab, newline and
    carriage return are allowed; one-line text (ids, names) allows none of them.

    >>> controleer_tekens("Traject.werknemer", "W-1\\x00")
    Traceback (most recent call last):
    ...
    reintegratie.errors.ValidationError: Traject.werknemer: holds the control character \
U+0000 at position 3 (text may not hold control characters or lone surrogates)
    """
    gevonden = (ONGELDIG_VRIJ if regels else ONGELDIG_REGEL).search(value)
    if gevonden is not None:
        teken = ord(gevonden.group())
        soort = "lone surrogate" if 0xD800 <= teken <= 0xDFFF else "control character"
        raise ValidationError(
            veld,
            f"holds the {soort} U+{teken:04X} at position {gevonden.start()} (text may not "
            f"hold control characters or lone surrogates"
            + (", except tab and line breaks)" if regels else ")"),
        )


def datum(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A plain ``datetime.date`` from :data:`DATUM_MIN` to :data:`DATUM_MAX`."""
    controleer_datum(pad(instance, attribute), value)


def controleer_dag(veld: str, value: object) -> None:
    """Raise unless *value* is a plain :class:`datetime.date`, of any year: for the dates of
    results, which the engine may place past :data:`DATUM_MAX`."""
    if type(value) is not _dt.date:
        if isinstance(value, _dt.datetime):
            raise ValidationError(
                veld, f"expected a date without time, got datetime {_kort(value)}"
            )
        raise ValidationError(veld, f"expected a date, got {_typenaam(value)} {_kort(value)}")


def dag(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A plain ``datetime.date`` of any year (see :func:`controleer_dag`)."""
    controleer_dag(pad(instance, attribute), value)


def tekst(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-empty string that is not only whitespace, on one line, without control
    characters or lone surrogates."""
    if not isinstance(value, str):
        raise ValidationError(
            pad(instance, attribute), f"expected text, got {_typenaam(value)} {_kort(value)}"
        )
    if not value.strip():
        raise ValidationError(pad(instance, attribute), "must not be empty")
    controleer_tekens(pad(instance, attribute), value)


def vrije_tekst(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A string, possibly empty, of free text: line breaks and tabs are allowed, other
    control characters and lone surrogates are not."""
    if not isinstance(value, str):
        raise ValidationError(
            pad(instance, attribute), f"expected text, got {_typenaam(value)} {_kort(value)}"
        )
    controleer_tekens(pad(instance, attribute), value, regels=True)


SCHEMAFRAGMENT[tekst] = {
    "minLength": 1,
    "pattern": PATROON_NIET_LEEG,
    "not": {"type": "string", "pattern": PATROONONGELDIG_REGEL},
}
SCHEMAFRAGMENT[vrije_tekst] = {"not": {"type": "string", "pattern": PATROONONGELDIG_VRIJ}}
AARD[datum] = ("datum",)
AARD[dag] = ("dag",)
AARD[tekst] = ("tekst",)
AARD[vrije_tekst] = ("vrije_tekst",)


def ja_nee(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A real bool (``1`` or ``"ja"`` is refused)."""
    if not isinstance(value, bool):
        raise ValidationError(
            pad(instance, attribute),
            f"expected True or False, got {_typenaam(value)} {_kort(value)}",
        )


AARD[ja_nee] = ("ja_nee",)


def bereik(minimum: int | None = None, maximum: int | None = None) -> Validator:
    """An ``int`` (not a bool) within ``[minimum, maximum]``."""

    def _valideer(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        veld = pad(instance, attribute)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                veld, f"expected a whole number, got {_typenaam(value)} {_kort(value)}"
            )
        if minimum is not None and value < minimum:
            raise ValidationError(veld, f"must be at least {minimum}, got {_kort(value)}")
        if maximum is not None and value > maximum:
            raise ValidationError(veld, f"must be at most {maximum}, got {_kort(value)}")

    fragment: dict[str, Any] = {}
    if minimum is not None:
        fragment["minimum"] = minimum
    if maximum is not None:
        fragment["maximum"] = maximum
    SCHEMAFRAGMENT[_valideer] = fragment
    AARD[_valideer] = ("bereik", minimum, maximum)
    return _valideer


def enum_van(soort: type[enum.Enum]) -> Validator:
    """A member of the enum *soort*."""

    def _valideer(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, soort):
            toegestaan = ", ".join(repr(m.value) for m in soort)
            raise ValidationError(
                pad(instance, attribute),
                f"expected a {soort.__name__} ({toegestaan}), "
                f"got {_typenaam(value)} {_kort(value)}",
            )

    AARD[_valideer] = ("enum_van", soort)
    return _valideer


# The three factories below are cached: some validators call them at run time (for each
# object checked), and each call registered a new closure in SCHEMAFRAGMENT or AARD, a
# memory leak in a long-running process that also made every garbage collection slower.
def type_van(*soorten: type) -> Validator:
    """An instance of one of *soorten*."""
    return _type_van(soorten)


@functools.cache
def _type_van(soorten: tuple[type, ...]) -> Validator:
    namen = " or ".join(s.__name__ for s in soorten)

    def _valideer(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, soorten):
            raise ValidationError(
                pad(instance, attribute), f"expected {namen}, got {_typenaam(value)} {_kort(value)}"
            )

    AARD[_valideer] = ("type_van", soorten)
    return _valideer


def optioneel(validator: Validator) -> Validator:
    """``None`` or whatever *validator* accepts."""
    return _optioneel(validator)


@functools.cache
def _optioneel(validator: Validator) -> Validator:

    def _valideer(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    AARD[_valideer] = ("optioneel", validator)
    return _valideer


def tuple_van(*soorten: type, tekst_elementen: bool = False) -> Validator:
    """A tuple whose elements are instances of *soorten* (non-empty text if ``str``)."""
    return _tuple_van(soorten, tekst_elementen)


@functools.cache
def _tuple_van(soorten: tuple[type, ...], tekst_elementen: bool) -> Validator:
    namen = " or ".join(s.__name__ for s in soorten)

    alleen_tekst = tekst_elementen and soorten == (str,)

    def _valideer(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if (  # the common case of text items, checked in one pass (no path built per item)
            alleen_tekst
            and type(value) is tuple
            and all(type(e) is str and e and not e.isspace() for e in value)
            and ONGELDIG_REGEL.search("".join(value)) is None
        ):
            return
        veld = pad(instance, attribute)
        if not isinstance(value, tuple):
            raise ValidationError(
                veld, f"expected a tuple of {namen}, got {_typenaam(value)} (pass a tuple)"
            )
        for i, element in enumerate(value):
            if not isinstance(element, soorten) or (
                isinstance(element, _dt.datetime) and _dt.datetime not in soorten
            ):
                raise ValidationError(
                    f"{veld}[{i}]", f"expected {namen}, got {_typenaam(element)} {_kort(element)}"
                )
            if tekst_elementen and isinstance(element, str):
                if not element.strip():
                    raise ValidationError(f"{veld}[{i}]", "must not be empty")
                controleer_tekens(f"{veld}[{i}]", element)

    if tekst_elementen:
        SCHEMAFRAGMENT[_valideer] = {"items": dict(SCHEMAFRAGMENT[tekst])}
    AARD[_valideer] = ("tuple_van", soorten, tekst_elementen)
    return _valideer

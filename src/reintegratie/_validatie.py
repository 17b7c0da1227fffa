"""Reusable attrs validators that raise :class:`~reintegratie.errors.ValidationError`.

Every validator names the failing field as ``Class.field`` (and ``[i]`` for an
element of a tuple), so the message says where the problem is.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable
from typing import Any

import attrs

from reintegratie.errors import ValidationError

__all__ = [
    "bereik",
    "datum",
    "enum_van",
    "ja_nee",
    "optioneel",
    "pad",
    "tekst",
    "tuple_van",
    "type_van",
]

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def pad(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """``Class.field`` for the error message."""
    return f"{type(instance).__name__}.{attribute.name}"


def _typenaam(value: object) -> str:
    return type(value).__name__


def controleer_datum(veld: str, value: object) -> None:
    """Raise unless *value* is a plain :class:`datetime.date` (not a datetime)."""
    if type(value) is not _dt.date:
        if isinstance(value, _dt.datetime):
            raise ValidationError(veld, f"expected a date without time, got datetime {value!r}")
        raise ValidationError(veld, f"expected a date, got {_typenaam(value)} {value!r}")


def datum(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A plain ``datetime.date``."""
    controleer_datum(pad(instance, attribute), value)


def tekst(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-empty string that is not only whitespace."""
    if not isinstance(value, str):
        raise ValidationError(
            pad(instance, attribute), f"expected text, got {_typenaam(value)} {value!r}"
        )
    if not value.strip():
        raise ValidationError(pad(instance, attribute), "must not be empty")


def ja_nee(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A real bool (``1`` or ``"ja"`` is refused)."""
    if not isinstance(value, bool):
        raise ValidationError(
            pad(instance, attribute), f"expected True or False, got {_typenaam(value)} {value!r}"
        )


def bereik(minimum: int | None = None, maximum: int | None = None) -> Validator:
    """An ``int`` (not a bool) within ``[minimum, maximum]``."""

    def _valideer(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        veld = pad(instance, attribute)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(
                veld, f"expected a whole number, got {_typenaam(value)} {value!r}"
            )
        if minimum is not None and value < minimum:
            raise ValidationError(veld, f"must be at least {minimum}, got {value}")
        if maximum is not None and value > maximum:
            raise ValidationError(veld, f"must be at most {maximum}, got {value}")

    return _valideer


def enum_van(soort: type[enum.Enum]) -> Validator:
    """A member of the enum *soort*."""

    def _valideer(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, soort):
            toegestaan = ", ".join(repr(m.value) for m in soort)
            raise ValidationError(
                pad(instance, attribute),
                f"expected a {soort.__name__} ({toegestaan}), got {_typenaam(value)} {value!r}",
            )

    return _valideer


def type_van(*soorten: type) -> Validator:
    """An instance of one of *soorten*."""
    namen = " or ".join(s.__name__ for s in soorten)

    def _valideer(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, soorten):
            raise ValidationError(
                pad(instance, attribute), f"expected {namen}, got {_typenaam(value)} {value!r}"
            )

    return _valideer


def optioneel(validator: Validator) -> Validator:
    """``None`` or whatever *validator* accepts."""

    def _valideer(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return _valideer


def tuple_van(*soorten: type, tekst_elementen: bool = False) -> Validator:
    """A tuple whose elements are instances of *soorten* (non-empty text if ``str``)."""
    namen = " or ".join(s.__name__ for s in soorten)

    def _valideer(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
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
                    f"{veld}[{i}]", f"expected {namen}, got {_typenaam(element)} {element!r}"
                )
            if tekst_elementen and isinstance(element, str) and not element.strip():
                raise ValidationError(f"{veld}[{i}]", "must not be empty")

    return _valideer

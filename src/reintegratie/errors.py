"""The exception hierarchy of :mod:`reintegratie`.

Every error the library raises derives from :class:`ReintegratieError`, and
also from the builtin that fits it, so ``except ValueError`` keeps working::

    >>> from reintegratie.errors import ValidationError, ReintegratieError
    >>> issubclass(ValidationError, ValueError) and issubclass(ValidationError, ReintegratieError)
    True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

__all__ = [
    "ExtraOntbreektError",
    "NotFoundError",
    "ReintegratieError",
    "RuleSetError",
    "SerializationError",
    "UnsupportedVersionError",
    "ValidationError",
]


class ReintegratieError(Exception):
    """Root of every error raised by :mod:`reintegratie`."""


class ValidationError(ReintegratieError, ValueError):
    """Input that violates an invariant of the domain.

    ``field`` names the offending field as a path (``"Traject.ziekteperioden[1]"``);
    ``reason`` says what is wrong. ``str(error)`` is ``"<field>: <reason>"``.
    """

    def __init__(self, field: str, reason: str) -> None:
        self.field = field
        self.reason = reason
        super().__init__(f"{field}: {reason}")

    def __reduce__(self) -> tuple[type[ValidationError], tuple[str, str]]:
        return (type(self), (self.field, self.reason))


class NotFoundError(ReintegratieError, KeyError):
    """A lookup by code or id found nothing (e.g. an unknown termijn code)."""

    def __str__(self) -> str:
        # KeyError quotes its argument; a message reads better without quotes.
        return str(self.args[0]) if self.args else ""


class RuleSetError(ReintegratieError, ValueError):
    """A rule set that the engine cannot interpret (e.g. a rule counting from an unknown code)."""


class SerializationError(ReintegratieError, ValueError):
    """A document that cannot be read: bad JSON, wrong shape, unknown keys or tags."""


class UnsupportedVersionError(SerializationError):
    """A document whose schema version this library cannot read."""


class ExtraOntbreektError(ReintegratieError, ImportError):
    """An optional extra (numpy, pandas, polars, matplotlib, dask, icalendar, Hypothesis)
    is not installed; the message names the extra that installs it
    (``pip install 'reintegratie[analyse]'``). An :class:`ImportError` too, as before.

    .. versionadded:: 0.2.0
    """

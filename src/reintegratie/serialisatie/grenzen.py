"""The documented limits of what the library reads, enforced before any work is done.

Each limit is far above what a real dossier needs and low enough that the
checks stay fast: reading a document of the maximum size takes well under a
second. A document beyond a limit is refused with a
:class:`~reintegratie.errors.SerializationError` that names where (the JSON
path, or the line and column for text that does not parse).

>>> MAX_DIEPTE
64
>>> controleer_diepte("[" * 65 + "]" * 65)
Traceback (most recent call last):
...
reintegratie.errors.SerializationError: line 1, column 65: invalid JSON: nested deeper than \
64 levels

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import re
from typing import Final

from reintegratie._argumenten import gecontroleerd
from reintegratie.errors import SerializationError, ValidationError

__all__ = [
    "MAX_BESTAND_BYTES",
    "MAX_CIJFERS",
    "MAX_DIEPTE",
    "MAX_DOCUMENT_TEKENS",
    "MAX_LIJST",
    "MAX_TEKST",
    "controleer_diepte",
    "controleer_grootte",
    "positie",
]

#: The longest JSON document, and the longest line of JSON Lines, in characters (2 MiB;
#: a realistic traject is about 2 kB, the tijdlijn or bevindingen of one case tens of kB).
MAX_DOCUMENT_TEKENS: Final = 2 * 1024 * 1024
#: The nesting of arrays and objects that a document may reach (the format itself needs
#: about 8). Deeper values are refused where they stand, with their JSON path; text nested
#: deeper than the JSON parser goes (about 1,000 levels) is refused with the line and
#: column of the first level past this limit.
MAX_DIEPTE: Final = 64
#: The most items in one JSON array (periods, events, participants, notes ...).
MAX_LIJST: Final = 10_000
#: The longest string value, in characters.
MAX_TEKST: Final = 100_000
#: The most digits of an integer (every integer of the format is far smaller).
MAX_CIJFERS: Final = 30
#: The largest file the command line reads (256 MiB; JSON Lines caseloads included).
MAX_BESTAND_BYTES: Final = 256 * 1024 * 1024

_TOKEN: Final = re.compile(r'"(?:[^"\\]|\\.)*"?|[\[\]{}]')


@gecontroleerd
def positie(tekst: str, index: int) -> str:
    """``line L, column C`` (both from 1) of character *index* in *tekst*.

    >>> positie("{\\n  x", 4)
    'line 2, column 3'
    """
    if not 0 <= index <= len(tekst):
        raise ValidationError("index", f"must be a position in the text (0 to {len(tekst):,})")
    regel = tekst.count("\n", 0, index) + 1
    begin = tekst.rfind("\n", 0, index) + 1
    return f"line {regel}, column {index - begin + 1}"


@gecontroleerd
def controleer_grootte(tekst: str | bytes | bytearray, wat: str = "document") -> None:
    """Refuse *tekst* longer than :data:`MAX_DOCUMENT_TEKENS`."""
    if len(tekst) > MAX_DOCUMENT_TEKENS:
        raise SerializationError(
            f"{wat}: {len(tekst):,} characters, over the limit of {MAX_DOCUMENT_TEKENS:,} "
            "for one document"
        )


@gecontroleerd
def controleer_diepte(tekst: str) -> None:
    """Refuse JSON text nested deeper than :data:`MAX_DIEPTE`, naming line and column.

    Cheap: text with fewer opening brackets than the limit is not scanned at all.
    """
    if tekst.count("[") + tekst.count("{") <= MAX_DIEPTE:
        return
    diepte = 0
    for treffer in _TOKEN.finditer(tekst):
        teken = treffer.group()
        if teken in "[{":
            diepte += 1
            if diepte > MAX_DIEPTE:
                raise SerializationError(
                    f"{positie(tekst, treffer.start())}: invalid JSON: nested deeper than "
                    f"{MAX_DIEPTE} levels"
                )
        elif teken in "]}":
            diepte -= 1

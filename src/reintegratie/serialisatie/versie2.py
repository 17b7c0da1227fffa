"""The upgrades from version 1 to version 2 of each document schema.

Version 2 is the format of release 0.2. A version-1 document is brought to
version 2 by the steps listed here, in order, before it is structured; each
step is a small named function that changes one thing and says in its
docstring what changed and why. Version-1 documents therefore load forever.

Steps per schema (each a function of the ``data`` dict, changed in place):

* ``reintegratie/traject``: :data:`TRAJECT_STAPPEN`
* ``reintegratie/medisch_dossier``: :data:`MEDISCH_DOSSIER_STAPPEN`
* ``reintegratie/tijdlijn``: :data:`TIJDLIJN_STAPPEN`
* ``reintegratie/bevindingen``: :data:`BEVINDINGEN_STAPPEN`
* ``reintegratie/rolverdeling``: :data:`ROLVERDELING_STAPPEN` (version 2 states in its
  schema the rules the rows always had: text without control characters, dates from
  1900 to 9000, a volgnummer from 1; a version-1 document that keeps them loads as is)

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from reintegratie.serialisatie.upgrades import registreer_upgrade

__all__ = [
    "BEVINDINGEN_STAPPEN",
    "MEDISCH_DOSSIER_STAPPEN",
    "ROLVERDELING_STAPPEN",
    "TIJDLIJN_STAPPEN",
    "TRAJECT_STAPPEN",
]

Stap = Callable[[dict[str, Any]], None]
"""Changes the ``data`` of a version-1 document in place, one step towards version 2."""

#: Steps from a version-1 traject to version 2, in order.
TRAJECT_STAPPEN: Final[tuple[Stap, ...]] = ()

#: Steps from a version-1 medical record to version 2, in order.
MEDISCH_DOSSIER_STAPPEN: Final[tuple[Stap, ...]] = ()

#: Steps from a version-1 tijdlijn to version 2, in order.
TIJDLIJN_STAPPEN: Final[tuple[Stap, ...]] = ()

#: Steps from a version-1 list of bevindingen to version 2, in order.
BEVINDINGEN_STAPPEN: Final[tuple[Stap, ...]] = ()

#: Steps from a version-1 rolverdeling to version 2, in order.
ROLVERDELING_STAPPEN: Final[tuple[Stap, ...]] = ()


def _registreer(schema: str, stappen: tuple[Stap, ...]) -> None:
    @registreer_upgrade(schema, van=1)
    def upgrade(data: Any) -> Any:
        if isinstance(data, dict):
            for stap in stappen:
                stap(data)
        return data

    upgrade.__name__ = upgrade.__qualname__ = f"upgrade_{schema.rsplit('/', 1)[-1]}_1_naar_2"


_registreer("reintegratie/traject", TRAJECT_STAPPEN)
_registreer("reintegratie/medisch_dossier", MEDISCH_DOSSIER_STAPPEN)
_registreer("reintegratie/tijdlijn", TIJDLIJN_STAPPEN)
_registreer("reintegratie/bevindingen", BEVINDINGEN_STAPPEN)
_registreer("reintegratie/rolverdeling", ROLVERDELING_STAPPEN)

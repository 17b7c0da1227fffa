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


def korte_verlenging_als_verdere(data: dict[str, Any]) -> None:
    """A vrijwillige verlenging of fewer than 13 weeks becomes a further extension.

    Version 1 accepted 1 to 52 weeks. Version 2 refuses a first extension of fewer than
    13 weeks (UWV: "De minimumperiode van de verlenging is 13 weken"), so such a record
    can only be a further extension under WIA art. 24 lid 2 (``"verdere": true``), which
    the 13-week request rule of lid 3 still bounds. Dates computed from it do not change.
    """
    gebeurtenissen = data.get("gebeurtenissen")
    if not isinstance(gebeurtenissen, list):
        return
    for g in gebeurtenissen:
        if (
            isinstance(g, dict)
            and g.get("soort") == "vrijwillige_verlenging"
            and isinstance(g.get("weken"), int)
            and g["weken"] < 13
            and "verdere" not in g
        ):
            g["verdere"] = True


def beslissing_arbeidsarts_letters(data: dict[str, Any]) -> None:
    """Decisions of the preventieadviseur-arbeidsarts get the letters in force since
    1 Oct 2022 (Codex welzijn op het werk art. I.4-73 §4).

    Version 1 held two booleans, ``definitief`` and ``aangepast_werk_mogelijk`` (the former
    decisions A to E); version 2 holds ``beslissing``: temporary with adapted work is
    ``"A"``, definitive with adapted work ``"B"``, temporary without adapted work (the
    former B and E) ``"C"``, definitive without adapted work the former ``"D"``. A missing
    boolean takes the default it had in version 1 (``definitief`` false,
    ``aangepast_werk_mogelijk`` true).
    """
    for gebeurtenis in data.get("gebeurtenissen") or ():
        if not isinstance(gebeurtenis, dict):
            continue
        if gebeurtenis.get("soort") != "beslissing_arbeidsarts" or "beslissing" in gebeurtenis:
            continue
        definitief = gebeurtenis.get("definitief", False)
        aangepast = gebeurtenis.get("aangepast_werk_mogelijk", True)
        if not isinstance(definitief, bool) or not isinstance(aangepast, bool):
            continue  # left as it is: structuring reports the unexpected field
        gebeurtenis.pop("definitief", None)
        gebeurtenis.pop("aangepast_werk_mogelijk", None)
        letters = {(False, True): "A", (True, True): "B", (False, False): "C", (True, False): "D"}
        gebeurtenis["beslissing"] = letters[definitief, aangepast]


def uitkomst_wordt_uitkomsten(data: dict[str, Any]) -> None:
    """``uitkomst`` (one outcome or ``null``) becomes ``uitkomsten``, a list of dated
    outcomes: a trajectory may end in several (a new job and the WIA). A version-1
    outcome becomes the only element; ``null`` an empty list."""
    if "uitkomst" in data:
        uitkomst = data.pop("uitkomst")
        data["uitkomsten"] = [] if uitkomst is None else [uitkomst]


def werkervaringsplaatsen_naar_traject(data: dict[str, Any]) -> None:
    """A werkervaringsplaats belongs to the trajectory, whatever its kind, no longer to a
    spoor: each spoor's ``werkervaringsplaatsen`` move, in order, to the traject's."""
    sporen = data.get("sporen")
    if not isinstance(sporen, list):
        return
    verplaatst: list[Any] = []
    for spoor in sporen:
        if isinstance(spoor, dict) and "werkervaringsplaatsen" in spoor:
            plaatsen = spoor.pop("werkervaringsplaatsen")
            verplaatst.extend(plaatsen if isinstance(plaatsen, list) else [plaatsen])
    if verplaatst:
        data["werkervaringsplaatsen"] = verplaatst


def afspraken_status_onbekend(data: dict[str, Any]) -> None:
    """Agreements got a status (``open``, ``nagekomen``, ``vervallen``); a version-1
    agreement's is unknown, so it becomes ``onbekend`` and is never reported as overdue."""
    gesprekken = data.get("driegesprekken")
    if not isinstance(gesprekken, list):
        return
    for gesprek in gesprekken:
        afspraken = gesprek.get("afspraken") if isinstance(gesprek, dict) else None
        if isinstance(afspraken, list):
            for afspraak in afspraken:
                if isinstance(afspraak, dict) and "status" not in afspraak:
                    afspraak["status"] = "onbekend"


#: Steps from a version-1 traject to version 2, in order.
TRAJECT_STAPPEN: Final[tuple[Stap, ...]] = (
    korte_verlenging_als_verdere,
    beslissing_arbeidsarts_letters,
    uitkomst_wordt_uitkomsten,
    werkervaringsplaatsen_naar_traject,
    afspraken_status_onbekend,
)

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

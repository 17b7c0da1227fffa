"""The rules engine: rules as data, the Dutch rule set, timelines and the compliance check."""

from __future__ import annotations

from reintegratie.regels.engine import Feiten, Status, Termijn, Tijdlijn, Uitslag, feiten_van
from reintegratie.regels.model import (
    Anker,
    Ernst,
    Herhaling,
    NaFeit,
    NaTermijn,
    Regel,
    Termijnsoort,
    Vereiste,
    Verlenging,
    VerlengingTeLaat,
    VerlengingWeken,
    Verschuiving,
    Ziektedag,
    ZonderFeit,
)
from reintegratie.regels.poortwachter import POORTWACHTER, Telwijze, poortwachter_regels
from reintegratie.regels.tijdlijn import tijdlijn, tijdlijnen, uitslagen
from reintegratie.regels.toets import Bevinding, toets

__all__ = [
    "POORTWACHTER",
    "Anker",
    "Bevinding",
    "Ernst",
    "Feiten",
    "Herhaling",
    "NaFeit",
    "NaTermijn",
    "Regel",
    "Status",
    "Telwijze",
    "Termijn",
    "Termijnsoort",
    "Tijdlijn",
    "Uitslag",
    "Vereiste",
    "Verlenging",
    "VerlengingTeLaat",
    "VerlengingWeken",
    "Verschuiving",
    "Ziektedag",
    "ZonderFeit",
    "feiten_van",
    "poortwachter_regels",
    "tijdlijn",
    "tijdlijnen",
    "toets",
    "uitslagen",
]

"""The rules engine: rules as data, the Dutch and Flemish rule sets, timelines and the
compliance check."""

from __future__ import annotations

from reintegratie.regels.engine import Feiten, Status, Termijn, Tijdlijn, Uitslag, feiten_van
from reintegratie.regels.model import (
    Anker,
    BoeteTrede,
    Ernst,
    Escalatie,
    Gevolg,
    Herhaling,
    Laatste,
    MetFeit,
    NaFeit,
    NaMaanden,
    NaTermijn,
    Ononderbroken,
    Regel,
    Termijnsoort,
    Vereiste,
    Verlenging,
    VerlengingTeLaat,
    VerlengingWeken,
    Verschuiving,
    Voorwaarde,
    Vroegste,
    Ziektedag,
    ZonderFeit,
)
from reintegratie.regels.poortwachter import POORTWACHTER, Telwijze, poortwachter_regels
from reintegratie.regels.tijdlijn import REGELSETS, regelset, tijdlijn, tijdlijnen, uitslagen
from reintegratie.regels.toets import Bevinding, toets
from reintegratie.regels.vlaanderen import VLAANDEREN, vlaanderen_regels

__all__ = [
    "POORTWACHTER",
    "REGELSETS",
    "VLAANDEREN",
    "Anker",
    "Bevinding",
    "BoeteTrede",
    "Ernst",
    "Escalatie",
    "Feiten",
    "Gevolg",
    "Herhaling",
    "Laatste",
    "MetFeit",
    "NaFeit",
    "NaMaanden",
    "NaTermijn",
    "Ononderbroken",
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
    "Voorwaarde",
    "Vroegste",
    "Ziektedag",
    "ZonderFeit",
    "feiten_van",
    "poortwachter_regels",
    "regelset",
    "tijdlijn",
    "tijdlijnen",
    "toets",
    "uitslagen",
    "vlaanderen_regels",
]

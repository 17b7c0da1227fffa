"""The rules engine: rules as data, the Dutch and Flemish rule sets, timelines and the
compliance check."""

from __future__ import annotations

from reintegratie.regels.bijzondere_meldingen import BIJZONDERE_MELDINGEN
from reintegratie.regels.engine import Feiten, Status, Termijn, Tijdlijn, Uitslag, feiten_van
from reintegratie.regels.model import (
    Anker,
    Ernst,
    Herhaling,
    MetFeit,
    NaFeit,
    NaMaanden,
    NaTermijn,
    Ononderbroken,
    Regel,
    Termijnsoort,
    UitDienst,
    Vereiste,
    Verlenging,
    VerlengingTeLaat,
    VerlengingWeken,
    Verschuiving,
    Voorwaarde,
    Vroegste,
    Ziektedag,
    ZonderFeit,
    uit_dienst_van,
)
from reintegratie.regels.poortwachter import POORTWACHTER, Telwijze, poortwachter_regels
from reintegratie.regels.tijdlijn import REGELSETS, regelset, tijdlijn, tijdlijnen, uitslagen
from reintegratie.regels.toets import Bevinding, toets
from reintegratie.regels.vlaanderen import VLAANDEREN, vlaanderen_regels

__all__ = [
    "BIJZONDERE_MELDINGEN",
    "POORTWACHTER",
    "REGELSETS",
    "VLAANDEREN",
    "Anker",
    "Bevinding",
    "Ernst",
    "Feiten",
    "Herhaling",
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
    "UitDienst",
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
    "uit_dienst_van",
    "uitslagen",
    "vlaanderen_regels",
]

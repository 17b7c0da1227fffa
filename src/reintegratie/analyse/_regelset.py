"""The rule set a traject's timeline applies."""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from reintegratie.regels import Regel, Telwijze, poortwachter_regels
from reintegratie.traject import Traject

__all__ = ["regelset_van"]


def regelset_van(
    traject: Traject, regels: Sequence[Regel] | None, telwijze: Telwijze
) -> Sequence[Regel]:
    """*regels* if given, else the rule set :func:`~reintegratie.tijdlijn` applies to
    *traject*: that of its jurisdiction where the library knows jurisdictions
    (``reintegratie.regels.tijdlijn.regelset``), else the Dutch rules under *telwijze*."""
    if regels is not None:
        return regels
    module = importlib.import_module("reintegratie.regels.tijdlijn")
    kies = getattr(module, "regelset", None)
    jurisdictie = getattr(traject, "jurisdictie", None)
    if kies is not None and jurisdictie is not None:
        gekozen: Sequence[Regel] = kies(jurisdictie, telwijze)
        return gekozen
    return poortwachter_regels(telwijze)

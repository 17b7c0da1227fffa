"""The rule set a traject's timeline applies."""

from __future__ import annotations

from collections.abc import Sequence

from reintegratie.regels import Regel, Telwijze
from reintegratie.regels.tijdlijn import regelset
from reintegratie.traject import Traject

__all__ = ["regelset_van"]


def regelset_van(
    traject: Traject, regels: Sequence[Regel] | None, telwijze: Telwijze
) -> Sequence[Regel]:
    """*regels* if given, else the rule set :func:`~reintegratie.tijdlijn` applies to
    *traject*: that of its jurisdiction (:func:`reintegratie.regels.tijdlijn.regelset`)."""
    if regels is not None:
        return regels
    return regelset(traject.jurisdictie, telwijze)

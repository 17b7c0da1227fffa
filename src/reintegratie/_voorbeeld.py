"""The shape of a sample dossier (:mod:`reintegratie.voorbeelden`)."""

from __future__ import annotations

from datetime import date

import attrs

from reintegratie.traject import Traject

__all__ = ["Voorbeeld"]


@attrs.frozen
class Voorbeeld:
    """A sample dossier: a traject, the date to check it on, and the story it tells."""

    naam: str
    titel: str
    verhaal: str
    traject: Traject
    peildatum: date

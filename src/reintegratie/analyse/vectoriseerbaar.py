"""Which rules the columnar timeline can compute on arrays: :func:`kan_vectoriseren`
says per code of a rule set whether it can, or why not, and
:class:`NietVectoriseerbaarError` is the error for a code asked of the arrays that they
cannot compute. Needs no numpy.

Every public name here is also importable from :mod:`reintegratie.analyse.kolommen`.
"""

from __future__ import annotations

from collections.abc import Sequence

from reintegratie._argumenten import gecontroleerd
from reintegratie.errors import RuleSetError
from reintegratie.regels import (
    Anker,
    Laatste,
    NaFeit,
    NaTermijn,
    Regel,
    Telwijze,
    Verschuiving,
    Vroegste,
    Ziektedag,
    ZonderFeit,
    poortwachter_regels,
)
from reintegratie.regels.engine import voorbereid
from reintegratie.regels.model import VerlengingTeLaat

__all__ = ["NietVectoriseerbaarError", "kan_vectoriseren"]


class NietVectoriseerbaarError(RuleSetError):
    """The columnar timeline cannot compute what was asked on arrays: a code (or, with
    ``codes`` left out, every code) of the rule set needs what only
    :func:`~reintegratie.tijdlijn` does (e.g. the Flemish rules, which count in months).
    The message names the codes and why. A :class:`~reintegratie.errors.RuleSetError`.
    """


def _zonder_feiten(anker: Laatste | Vroegste) -> list[Anker]:
    """The parts of a Laatste or Vroegste that count when nothing is recorded (a fact
    without fallback is passed over)."""
    return [a for a in anker.ankers if not (type(a) is NaFeit and a.anders is None)]


def _reden_anker(anker: Anker | None) -> str | None:
    if anker is None or type(anker) is Ziektedag or type(anker) is NaTermijn:
        return None
    if type(anker) is Laatste or type(anker) is Vroegste:
        delen = _zonder_feiten(anker)
        if not delen:
            return f"its anchor {type(anker).__name__} counts only from facts"
        for deel in delen:
            reden = _reden_anker(deel)
            if reden is not None:
                return reden
        return None
    if type(anker) is NaFeit:
        if anker.anders is None:
            return f"it counts from the fact {anker.feit!r} with no fallback anchor"
        return _reden_anker(anker.anders)
    return f"its anchor {type(anker).__name__} is not a Ziektedag, NaTermijn or NaFeit"


def _reden(groep: Sequence[Regel]) -> str | None:
    """Why a rule group cannot be computed on arrays (``None``: it can)."""
    for regel in groep:
        if type(regel) is not Regel:
            return f"it is a {type(regel).__name__}, a Regel subclass"
        for anker in (regel.anker, regel.venster_vanaf):
            reden = _reden_anker(anker)
            if reden is not None:
                return reden
        if regel.geldig_volgens is not None:
            return f"its variant is chosen by the date of the fact {regel.geldig_volgens!r}"
        if regel.voorwaarde is not None and type(regel.voorwaarde) is not ZonderFeit:
            return f"its condition {type(regel.voorwaarde).__name__} waits for a recorded fact"
        if regel.herhaling is not None:
            if len(groep) > 1 or regel.geldig_vanaf or regel.geldig_tot:
                return "it recurs and has validity variants"
            if regel.verschuiving is not Verschuiving.GEEN:
                return "it recurs with a working-day shift (each date depends on the one before)"
    return None


def _nodig(regel: Regel) -> set[str]:
    codes: set[str] = set()
    for anker in (regel.anker, regel.venster_vanaf):
        while type(anker) is NaFeit:
            anker = anker.anders
        if type(anker) is Laatste or type(anker) is Vroegste:
            for deel in _zonder_feiten(anker):
                kern: Anker | None = deel
                while type(kern) is NaFeit:
                    kern = kern.anders
                if type(kern) is NaTermijn:
                    codes.add(kern.termijn)
        if type(anker) is NaTermijn:
            codes.add(anker.termijn)
    if regel.herhaling is not None:
        codes.add(regel.herhaling.tot)
    for v in regel.verlengingen:
        if isinstance(v, VerlengingTeLaat):
            codes.add(v.termijn)
        elif v.uiterlijk_op is not None:
            codes.add(v.uiterlijk_op)
    return codes


@gecontroleerd
def kan_vectoriseren(
    regels: Sequence[Regel] | None = None, telwijze: Telwijze = Telwijze.EINDE_WEEK
) -> dict[str, str | None]:
    """Per code of the rule set: ``None`` if the columnar timeline computes it, else why not.

    >>> kan_vectoriseren()["melding_42e_week"] is None
    True
    """
    groepen = voorbereid(regels if regels is not None else poortwachter_regels(telwijze))
    redenen: dict[str, str | None] = {}
    for groep in groepen:
        code = groep[0].code
        reden = _reden(groep)
        if reden is None:
            for nodig in sorted(set().union(*(_nodig(r) for r in groep))):
                if redenen.get(nodig) is not None:
                    reden = f"it counts from {nodig!r}, which cannot be computed on arrays"
                    break
        redenen[code] = reden
    return redenen

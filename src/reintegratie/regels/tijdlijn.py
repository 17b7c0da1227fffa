"""Turn a Traject into its Tijdlijn: every date the rules set, with a status.

>>> from datetime import date
>>> import reintegratie as ri
>>> t = ri.Traject(werknemer="W-1", werkgever="WG",
...                ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),))
>>> tl = ri.tijdlijn(t)
>>> tl["probleemanalyse"].uiterlijk, tl["melding_42e_week"].uiterlijk
(datetime.date(2025, 11, 11), datetime.date(2026, 7, 22))
>>> tl["einde_wachttijd"].uiterlijk, tl["wia_aanvraag"].uiterlijk
(datetime.date(2027, 9, 28), datetime.date(2027, 7, 13))

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import operator
from collections.abc import Sequence

from reintegratie._validatie import controleer_datum
from reintegratie.errors import ValidationError
from reintegratie.kalender import Kalender, standaard_kalender
from reintegratie.regels.engine import Tijdlijn, Uitslag, evalueer
from reintegratie.regels.model import Regel
from reintegratie.regels.poortwachter import Telwijze, poortwachter_regels
from reintegratie.traject import Traject
from reintegratie.verzuim import Ziektegeval

__all__ = ["tijdlijn", "tijdlijnen", "uitslagen"]

_UITERLIJK = operator.itemgetter(2)  # Termijn.uiterlijk


def _regels(regels: Sequence[Regel] | None, telwijze: Telwijze) -> Sequence[Regel]:
    if regels is not None:
        return regels
    if not isinstance(telwijze, Telwijze):
        raise ValidationError("telwijze", f"expected a Telwijze, got {telwijze!r}")
    return poortwachter_regels(telwijze)


def uitslagen(
    traject: Traject,
    geval: Ziektegeval,
    peildatum: _dt.date | None = None,
    *,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> list[Uitslag]:
    """The engine's raw results for one case (termijn, rule and completing fact)."""
    if peildatum is not None:
        controleer_datum("peildatum", peildatum)
    return evalueer(
        traject,
        geval,
        _regels(regels, telwijze),
        kalender if kalender is not None else standaard_kalender(),
        peildatum,
    )


def _als_tijdlijn(
    geval: Ziektegeval, resultaten: list[Uitslag], peildatum: _dt.date | None
) -> Tijdlijn:
    # sorted() is stable: termijnen due on the same day keep the rule set's order.
    termijnen = sorted([u.termijn for u in resultaten], key=_UITERLIJK)
    return Tijdlijn(tuple(termijnen), geval.eerste_ziektedag, peildatum)


def tijdlijnen(
    traject: Traject,
    peildatum: _dt.date | None = None,
    *,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> tuple[Tijdlijn, ...]:
    """One Tijdlijn per case of sickness (samentelling), oldest first.

    With a *peildatum*, facts recorded after it are ignored and unmet
    deadlines before it are ``GEMIST``.
    """
    return tuple(
        _als_tijdlijn(
            geval,
            uitslagen(
                traject, geval, peildatum, regels=regels, kalender=kalender, telwijze=telwijze
            ),
            peildatum,
        )
        for geval in traject.ziektegevallen
    )


def tijdlijn(
    traject: Traject,
    peildatum: _dt.date | None = None,
    *,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> Tijdlijn:
    """The Tijdlijn of the traject's latest case of sickness.

    A traject without sickness (preventive guidance) has an empty Tijdlijn.
    Earlier cases, separated by 28 or more fit days, have their own:
    see :func:`tijdlijnen`. ``regels`` replaces the Dutch rule set;
    ``telwijze`` picks a counting convention of it; ``kalender`` the working-day
    calendar (default: :func:`~reintegratie.kalender.standaard_kalender`).
    """
    gevallen = traject.ziektegevallen
    if not gevallen:
        if peildatum is not None:
            controleer_datum("peildatum", peildatum)
        return Tijdlijn((), None, peildatum)
    geval = gevallen[-1]
    return _als_tijdlijn(
        geval,
        uitslagen(traject, geval, peildatum, regels=regels, kalender=kalender, telwijze=telwijze),
        peildatum,
    )

"""Flemish loopbaancheques: who is entitled to subsidised career guidance, and when again.

Since 1 January 2020 a worker or self-employed person is entitled to loopbaancheques
(VDAB) when they

1. live or work in Flanders or the Brussels-Capital Region;
2. are working now, as an employee or self-employed (full or part time);
3. have at least 7 years of work experience over the whole career: 2,555 days;
4. have not used cheques in the past 6 years.

Per 6-year period there are two cheques: one for 4 hours of guidance, then one for 3 hours.
The worker pays part of each cheque; the price is dated data (:data:`PRIJZEN`).

The 6-year period is the one legal unit here counted in calendar years: it runs from the
date of the first cheque of the period until that date plus 6 years
(:class:`dateutil.relativedelta.relativedelta`), when a new pair becomes available. The
second (3-hour) cheque of a period may be used at any time within it. A first cheque of
29 Feb 2020 opens the next period on 28 Feb 2026 (there is no 29 Feb 2026: relativedelta
takes the last day of February), not on 1 Mar 2026.

>>> from datetime import date
>>> b = recht_op_loopbaancheques(
...     date(2026, 3, 1), woonregio=Regio.VLAANDEREN, werkstatus=Werkstatus.WERKNEMER,
...     werkervaring_dagen=2555, eerdere_cheques=(date(2020, 2, 29), date(2020, 5, 4)))
>>> b.recht, b.volgende_datum, [(c.uren, c.beschikbaar) for c in b.cheques]
(True, datetime.date(2026, 3, 1), [(4, True), (3, True)])
>>> b = recht_op_loopbaancheques(
...     date(2026, 2, 27), woonregio=Regio.BRUSSEL, werkstatus=Werkstatus.ZELFSTANDIGE,
...     werkervaring_dagen=4000, eerdere_cheques=(date(2020, 2, 29), date(2020, 5, 4)))
>>> b.recht, b.volgende_datum, [r.code for r in b.redenen]
(False, datetime.date(2026, 2, 28), ['cheques_gebruikt'])

Sources (stored public copies): the conditions from 2020 and the 4 + 3 hours,
https://www.hln.be/nieuws/binnenland/vanaf-2020-pas-na-zeven-jaar-werken-recht-op-loopbaancheque~a238203c/
(Dec 2019: "de prijs voor de gebruiker blijft gelijk op 40 euro");
https://odin.vlaanderen.be/onderzoek-en-beleid/over-loopbaanbegeleiding-met-de-loopbaancheque;
2,555 days and €45 per cheque,
https://www.asap.be/nl/blog/waarom-als-werkgever-kiezen-voor-loopbaancheques and
https://careerpoint.be/VDAB_loopbaancheques_wie_komt_in_aanmerking.html (both undated);
the scheme itself, Besluit van de Vlaamse Regering van 17 mei 2013 betreffende de
loopbaanbegeleiding (BS 11 juli 2013),
https://www.easypay-group.com/nl_BE/EASYPAY_GROUP/news/detail/Wetgeving-loopbaancheques-gepubliceerd-in-BS?id=3338.

**Unverified:** the date from which a cheque costs €45. A source of August 2023
(https://plusmagazine.knack.be/recht-en-geld/10-jaar-loopbaancheques/article-normal-1940429.html)
still gives €40; the sources giving €45 carry no date. :data:`PRIJZEN` assumes
1 January 2024 and marks that entry ``geverifieerd=False``. Not modelled either: the
temporary restriction to a single cheque for first-time users that the Flemish government
planned from autumn 2025 until the end of 2026 (draft of 18 July 2025,
https://extranet.vdab.be/loopbaanbegeleiding/hervorming-loopbaancheque-impact-op-de-loopbaancentra),
the exceptions for residents of other EU states, and the limited validity of an ordered
cheque.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Sequence

import attrs
from dateutil.relativedelta import relativedelta

from reintegratie._validatie import controleer_datum
from reintegratie.errors import ValidationError

__all__ = [
    "BRON",
    "MINIMUM_WERKERVARING_DAGEN",
    "PERIODE",
    "PRIJZEN",
    "VANAF",
    "Beslissing",
    "Loopbaancheque",
    "Prijs",
    "Reden",
    "Regio",
    "Werkstatus",
    "prijs_op",
    "recht_op_loopbaancheques",
]

#: The rules of this module apply from this date (7 years of experience; 4 + 3 hours).
VANAF = _dt.date(2020, 1, 1)
#: Seven years of work experience, counted in days as VDAB counts them.
MINIMUM_WERKERVARING_DAGEN = 2555
#: The period in which two cheques may be used, in calendar years.
PERIODE = relativedelta(years=6)
#: The legal basis.
BRON = (
    "Besluit van de Vlaamse Regering van 17 mei 2013 betreffende de loopbaanbegeleiding, "
    "as amended from 1 Jan 2020; VDAB"
)
#: Hours of guidance of the first and the second cheque of a period.
_UREN = (4, 3)


class Regio(enum.Enum):
    """Where someone lives or works, as far as loopbaancheques are concerned."""

    VLAANDEREN = "vlaanderen"
    BRUSSEL = "brussel"
    """The Brussels-Capital Region."""
    ANDERE = "andere"
    """Wallonia or abroad."""


_REGIO_OK = frozenset({Regio.VLAANDEREN, Regio.BRUSSEL})


class Werkstatus(enum.Enum):
    """Someone's work status on the peildatum."""

    WERKNEMER = "werknemer"
    """Working as an employee (full or part time)."""
    ZELFSTANDIGE = "zelfstandige"
    """Working as self-employed (main or secondary occupation)."""
    WERKZOEKEND = "werkzoekend"
    """Not working: a jobseeker."""
    NIET_WERKEND = "niet_werkend"
    """Not working for another reason."""

    @property
    def werkt(self) -> bool:
        """Whether this status counts as working now."""
        return self in (Werkstatus.WERKNEMER, Werkstatus.ZELFSTANDIGE)


@attrs.frozen
class Prijs:
    """What the worker pays per cheque from ``vanaf``; ``geverifieerd`` is ``False`` where the
    start date could not be checked against a dated source."""

    vanaf: _dt.date
    euro: int
    bron: str
    geverifieerd: bool = True


#: The worker's price per cheque, oldest first (each until the next one starts).
PRIJZEN: tuple[Prijs, ...] = (
    Prijs(
        vanaf=_dt.date(2013, 7, 1),
        euro=40,
        bron="BVR 17 mei 2013 (from 1 Jul 2013); unchanged in 2020 (hln.be, 6 Dec 2019)",
    ),
    Prijs(
        vanaf=_dt.date(2024, 1, 1),
        euro=45,
        bron="asap.be, careerpoint.be (undated); start date assumed: still €40 in Aug 2023 "
        "(plusmagazine.knack.be)",
        geverifieerd=False,
    ),
)


def prijs_op(dag: _dt.date) -> Prijs:
    """The price per cheque on *dag*.

    >>> prijs_op(_dt.date(2021, 6, 1)).euro
    40
    """
    controleer_datum("dag", dag)
    geldend = [p for p in PRIJZEN if p.vanaf <= dag]
    if not geldend:
        raise ValidationError(
            "dag", f"loopbaancheques exist from {PRIJZEN[0].vanaf.isoformat()}, got {dag}"
        )
    return geldend[-1]


@attrs.frozen
class Loopbaancheque:
    """One cheque of a 6-year period: its hours (4, then 3) and when it was used (``None``:
    still available)."""

    volgnummer: int
    uren: int
    gebruikt_op: _dt.date | None = None

    @property
    def beschikbaar(self) -> bool:
        """Whether the cheque can still be used in this period."""
        return self.gebruikt_op is None


@attrs.frozen
class Reden:
    """Why someone is not entitled: a stable ``code``, the ``melding`` and its ``bron``."""

    code: str
    melding: str
    bron: str


@attrs.frozen
class Beslissing:
    """The decision on a peildatum.

    ``recht``: entitled to a cheque now. ``redenen``: why not (empty when entitled).
    ``volgende_datum``: the first date on or after the peildatum on which the person is
    entitled if nothing else changes (work experience grows by one day a day while
    working); ``None`` when that depends on a change the facts do not foresee (starting
    work, moving to Flanders or Brussels). ``cheques``: the 4-hour and the 3-hour cheque of
    the current period, which are used and which available; ``periode_van`` and
    ``periode_tot`` bound the current period (``None`` before its first cheque); ``prijs``
    is the price per cheque on the peildatum.
    """

    peildatum: _dt.date
    recht: bool
    redenen: tuple[Reden, ...]
    volgende_datum: _dt.date | None
    cheques: tuple[Loopbaancheque, ...]
    periode_van: _dt.date | None
    periode_tot: _dt.date | None
    prijs: Prijs


def _enum(veld: str, waarde: object, soort: type[enum.Enum]) -> None:
    if not isinstance(waarde, soort):
        toegestaan = ", ".join(repr(m.value) for m in soort)
        raise ValidationError(
            veld,
            f"expected a {soort.__name__} ({toegestaan}), got {type(waarde).__name__} {waarde!r}",
        )


def _perioden(cheques: Sequence[_dt.date]) -> list[list[_dt.date]]:
    """The cheques grouped into 6-year periods, each from its first cheque."""
    perioden: list[list[_dt.date]] = []
    for i, dag in enumerate(cheques):
        if perioden and dag < perioden[-1][0] + PERIODE:
            if len(perioden[-1]) == len(_UREN):
                raise ValidationError(
                    f"eerdere_cheques[{i}]",
                    f"a third cheque on {dag} within the 6-year period from "
                    f"{perioden[-1][0]} (two per period: 4 and 3 hours)",
                )
            perioden[-1].append(dag)
        else:
            perioden.append([dag])
    return perioden


def recht_op_loopbaancheques(
    peildatum: _dt.date,
    *,
    woonregio: Regio,
    werkstatus: Werkstatus,
    werkervaring_dagen: int,
    eerdere_cheques: Sequence[_dt.date] = (),
    werkregio: Regio | None = None,
) -> Beslissing:
    """Whether someone is entitled to loopbaancheques on *peildatum* (from 1 Jan 2020).

    *woonregio* and *werkregio* (``None``: not working, or the same as where they live):
    either must be Flanders or Brussels. *werkervaring_dagen*: days of work experience over
    the whole career up to the peildatum. *eerdere_cheques*: the dates on which earlier
    cheques were used (ordered), in date order, none after the peildatum.

    Raises :class:`~reintegratie.errors.ValidationError` naming the field for bad input.
    """
    controleer_datum("peildatum", peildatum)
    if peildatum < VANAF:
        raise ValidationError(
            "peildatum", f"the rules of 2020 apply from {VANAF.isoformat()}, got {peildatum}"
        )
    _enum("woonregio", woonregio, Regio)
    if werkregio is not None:
        _enum("werkregio", werkregio, Regio)
    _enum("werkstatus", werkstatus, Werkstatus)
    if isinstance(werkervaring_dagen, bool) or not isinstance(werkervaring_dagen, int):
        raise ValidationError(
            "werkervaring_dagen",
            f"expected a whole number of days, got {type(werkervaring_dagen).__name__} "
            f"{werkervaring_dagen!r}",
        )
    if werkervaring_dagen < 0:
        raise ValidationError("werkervaring_dagen", f"must be at least 0, got {werkervaring_dagen}")
    if isinstance(eerdere_cheques, str | bytes) or not isinstance(eerdere_cheques, Sequence):
        raise ValidationError(
            "eerdere_cheques",
            f"expected a sequence of dates, got {type(eerdere_cheques).__name__}",
        )
    for i, dag in enumerate(eerdere_cheques):
        controleer_datum(f"eerdere_cheques[{i}]", dag)
        if dag > peildatum:
            raise ValidationError(
                f"eerdere_cheques[{i}]", f"{dag} lies after the peildatum {peildatum}"
            )
        if i and dag < eerdere_cheques[i - 1]:
            raise ValidationError(
                f"eerdere_cheques[{i}]",
                f"must be in date order: {dag} precedes {eerdere_cheques[i - 1]}",
            )

    redenen: list[Reden] = []
    wanneer: list[_dt.date | None] = []
    if woonregio not in _REGIO_OK and werkregio not in _REGIO_OK:
        redenen.append(
            Reden(
                "regio",
                "lives and works outside Flanders and the Brussels-Capital Region",
                BRON,
            )
        )
        wanneer.append(None)
    if not werkstatus.werkt:
        redenen.append(
            Reden(
                "niet_aan_het_werk",
                f"not working now ({werkstatus.value}): only employees and self-employed "
                "people who are working are entitled",
                BRON,
            )
        )
        wanneer.append(None)
    if werkervaring_dagen < MINIMUM_WERKERVARING_DAGEN:
        tekort = MINIMUM_WERKERVARING_DAGEN - werkervaring_dagen
        redenen.append(
            Reden(
                "werkervaring",
                f"{werkervaring_dagen} days of work experience, "
                f"{MINIMUM_WERKERVARING_DAGEN} needed (7 years): {tekort} short",
                BRON + " (7 years of experience from 1 Jan 2020)",
            )
        )
        wanneer.append(peildatum + _dt.timedelta(days=tekort) if werkstatus.werkt else None)

    perioden = _perioden(eerdere_cheques)
    huidig = perioden[-1] if perioden and peildatum < perioden[-1][0] + PERIODE else []
    van = huidig[0] if huidig else None
    tot = van + PERIODE if van is not None else None
    cheques = tuple(
        Loopbaancheque(i + 1, uren, huidig[i] if i < len(huidig) else None)
        for i, uren in enumerate(_UREN)
    )
    if len(huidig) == len(_UREN):
        assert van is not None
        assert tot is not None
        redenen.append(
            Reden(
                "cheques_gebruikt",
                f"both cheques of the 6-year period from {van.isoformat()} are used; the next "
                f"period starts on {tot.isoformat()}",
                BRON + " (two cheques per 6 calendar years)",
            )
        )
        wanneer.append(tot)

    if not redenen:
        volgende: _dt.date | None = peildatum
    elif any(d is None for d in wanneer):
        volgende = None
    else:
        volgende = max(d for d in wanneer if d is not None)
    return Beslissing(
        peildatum=peildatum,
        recht=not redenen,
        redenen=tuple(redenen),
        volgende_datum=volgende,
        cheques=cheques,
        periode_van=van,
        periode_tot=tot,
        prijs=prijs_op(peildatum),
    )

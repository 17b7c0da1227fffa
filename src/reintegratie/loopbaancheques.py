"""Flemish loopbaancheques: who is entitled to subsidised career guidance, and when again.

From 1 January 2020 to 31 October 2025 a worker or self-employed person was entitled to
loopbaancheques (VDAB) when they

1. live or work in Flanders or the Brussels-Capital Region;
2. are working now, as an employee or self-employed (full or part time);
3. have at least 7 years of work experience over the whole career: 2,555 days (acerta.be:
   "au moins 7 années (ou 2 555 jours)"; a reading of 7 years as 84 calendar months would
   differ by the one or two leap days in them);
4. have not used cheques in the past 6 years.

Per 6-year period there are two cheques: one for 4 hours of guidance, then one for 3 hours.
The worker pays part of each cheque; the price is dated data (:data:`PRIJZEN`).

The 6-year period is the one legal unit here counted in calendar years: it runs from the
date of the first cheque of the period until that date plus 6 years
(:class:`dateutil.relativedelta.relativedelta`), when a new pair becomes available. The
second (3-hour) cheque of a period may be used at any time within it; cheques used under
the rules of 2013 count too. A first cheque of 29 Feb 2016 opened the next period on
28 Feb 2022 (there is no 29 Feb 2022: relativedelta takes the last day of February), not on
1 Mar 2022.

>>> from datetime import date
>>> b = recht_op_loopbaancheques(
...     date(2022, 3, 1), woonregio=Regio.VLAANDEREN, werkstatus=Werkstatus.WERKNEMER,
...     werkervaring_dagen=2555, eerdere_cheques=(date(2016, 2, 29), date(2016, 5, 4)))
>>> b.recht, b.volgende_datum, [(c.uren, c.beschikbaar) for c in b.cheques]
(True, datetime.date(2022, 3, 1), [(4, True), (3, True)])
>>> b = recht_op_loopbaancheques(
...     date(2022, 2, 27), woonregio=Regio.BRUSSEL, werkstatus=Werkstatus.ZELFSTANDIGE,
...     werkervaring_dagen=4000, eerdere_cheques=(date(2016, 2, 29), date(2016, 5, 4)))
>>> b.recht, b.volgende_datum, [r.code for r in b.redenen]
(False, datetime.date(2022, 2, 28), ['cheques_gebruikt'])

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

**Regimes** (:data:`REGIMES`, :func:`regime_op`): the rules above hold from 1 Jan 2020 to
31 Oct 2025. From 1 Nov 2025 to 31 Dec 2026 a transition regime gives one cheque only, and
only to people who never used one in their career (VDAB extranet, "Hervorming loopbaancheque:
impact op de loopbaancentra", on the draft of 18 July 2025: "Het recht op 2 cheques wordt tot
en met 31-12-2026 beperkt tot één enkele loopbaancheque. Deze ene loopbaancheque is enkel
beschikbaar voor de burger die ... nog geen enkele loopbaancheque heeft opgenomen gedurende
zijn loopbaan"; vlaanderen.be, decision of 18 July 2025, "Omvorming loopbaancheques naar
loopbaankrediet": the own contribution is raised). A loopbaankrediet is planned from
1 Jan 2027; it is not modelled, and a date after 31 Dec 2026 is an error naming the missing
regime.

**The start of the transition regime, 1 November 2025**, is read from acerta.be
("Réforme des chèques-carrière et introduction du crédit-carrière en Flandre": "Des règles
plus strictes s'appliquent du 1er novembre 2025 au 31 décembre 2026"), a secondary source;
the Besluit itself was not found, so the regime stays marked ``geverifieerd=False``. The
VDAB's draft note gave "waarschijnlijk 1 oktober 2025", but the final decision came later:
Federgon reports the Flemish Government's announcement a week before the SERV's report of
13 October 2025 (federgon.be, "Loopbaancheques: Vlaamse regering gooit kind met badwater
weg"), so 1 October is not kept as another reading.

**Unverified:** the hours of the transition regime's single cheque (4 assumed, as the first
cheque of the former pair; acerta.be says only "moins d'heures d'accompagnement") and the
raised own contribution (amount not found: ``euro`` is ``None``). The €45 price from
1 January 2024: sodalis.be ("Vanaf 1 januari 2024 ... worden de persoonlijke bijdrage van de
loopbaancheque en de vergoeding ... verhoogd") with the amount from businessam.be (2025: "Le
travailleur paie 45 euros"); a source of August 2023 still gave €40
(https://plusmagazine.knack.be/recht-en-geld/10-jaar-loopbaancheques/article-normal-1940429.html).
Not modelled: the monthly cap of 1,000 cheques from March 2025 (a budget limit, not a
condition of entitlement: businessam.be), the exceptions for residents of other EU states,
and the limited validity of an ordered cheque (3 months per carrieretest.be and
businessam.be).

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Sequence

import attrs
from dateutil.relativedelta import relativedelta

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import bereik, controleer_datum, datum, optioneel, tekst
from reintegratie.errors import ValidationError

__all__ = [
    "BRON",
    "MINIMUM_WERKERVARING_DAGEN",
    "PERIODE",
    "PRIJZEN",
    "REGIMES",
    "VANAF",
    "Beslissing",
    "GebruikteLoopbaancheque",
    "Loopbaancheque",
    "Prijs",
    "Reden",
    "Regime",
    "Regio",
    "Werkstatus",
    "prijs_op",
    "recht_op_loopbaancheques",
    "regime_op",
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
    """What the worker pays per cheque from ``vanaf``; ``euro`` is ``None`` where the amount is
    not known (raised by the reform of 2025, figure not found); ``geverifieerd`` is ``False``
    where the start date or the amount could not be checked against a dated source."""

    vanaf: _dt.date
    euro: int | None
    bron: str
    geverifieerd: bool = True


#: The first day of the transition regime (one cheque, only for people who never used one),
#: read from acerta.be (see the module); the raised own contribution starts with it.
_OVERGANG_2025 = _dt.date(2025, 11, 1)

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
        bron="sodalis.be, 'Hervorming loopbaancheques vanaf 1 januari 2024': 'Vanaf 1 januari "
        "2024 ... worden de persoonlijke bijdrage van de loopbaancheque en de vergoeding ... "
        "verhoogd'; €45: businessam.be (2025), asap.be, careerpoint.be; still €40 in Aug 2023 "
        "(plusmagazine.knack.be)",
    ),
    Prijs(
        vanaf=_OVERGANG_2025,
        euro=None,
        bron="vlaanderen.be, decision of 18 July 2025: 'verhoging van de eigen bijdrage'; the "
        "new amount and its start were not found (start assumed with the transition regime)",
        geverifieerd=False,
    ),
)


@attrs.frozen
class Regime:
    """One dated regime of loopbaancheques: from ``vanaf`` to ``tot`` (inclusive), cheques of
    ``uren`` hours each (one per element); ``periode``: the period in which they may be used
    (``None``: the whole career); ``alleen_nooit_gebruikt``: only for people who never used a
    cheque. ``geverifieerd`` is ``False`` where a date or figure could not be checked."""

    code: str
    vanaf: _dt.date
    tot: _dt.date
    uren: tuple[int, ...]
    periode: relativedelta | None
    alleen_nooit_gebruikt: bool
    bron: str
    geverifieerd: bool = True


#: The regimes the library knows, oldest first, each until the day before the next.
REGIMES: tuple[Regime, ...] = (
    Regime(
        code="2020",
        vanaf=_dt.date(2020, 1, 1),
        tot=_OVERGANG_2025 - _dt.timedelta(days=1),
        uren=(4, 3),
        periode=relativedelta(years=6),
        alleen_nooit_gebruikt=False,
        bron=BRON + " (hln.be, 6 Dec 2019; odin.vlaanderen.be): two cheques, 4 and 3 hours, "
        "per 6 years; 7 years of experience",
    ),
    Regime(
        code="overgang_2025",
        vanaf=_OVERGANG_2025,
        tot=_dt.date(2026, 12, 31),
        uren=(4,),
        periode=None,
        alleen_nooit_gebruikt=True,
        bron="Besluit van de Vlaamse Regering of 2025 on the transition to the loopbaankrediet "
        "(draft approved 18 July 2025, vlaanderen.be); extranet.vdab.be 'Hervorming "
        "loopbaancheque': one cheque until 31-12-2026, only for people who never used one; "
        "start 1 Nov 2025 per acerta.be ('du 1er novembre 2025 au 31 décembre 2026'; the "
        "VDAB draft's 'waarschijnlijk 1 oktober 2025' preceded the final decision); the "
        "hours of the cheque not verified",
        geverifieerd=False,
    ),
)


def regime_op(dag: _dt.date) -> Regime:
    """The regime in force on *dag*; a :class:`ValidationError` naming the missing regime for a
    date outside every regime the library knows.

    >>> regime_op(_dt.date(2025, 10, 31)).code, regime_op(_dt.date(2025, 11, 1)).code
    ('2020', 'overgang_2025')
    >>> regime_op(_dt.date(2027, 1, 1))
    Traceback (most recent call last):
    ...
    reintegratie.errors.ValidationError: dag: no loopbaancheque regime is known from 2027-01-01: \
the loopbaankrediet planned from 1 Jan 2027 is not modelled (the last known regime, \
overgang_2025, ends on 2026-12-31)
    """
    return _regime("dag", dag)


def _regime(veld: str, dag: _dt.date) -> Regime:
    controleer_datum(veld, dag)
    for regime in REGIMES:
        if regime.vanaf <= dag <= regime.tot:
            return regime
    if dag < REGIMES[0].vanaf:
        raise ValidationError(
            veld,
            f"no loopbaancheque regime is known before {REGIMES[0].vanaf.isoformat()}: the rules "
            f"of 2013 to 2019 are not modelled, got {dag}",
        )
    laatste = REGIMES[-1]
    raise ValidationError(
        veld,
        f"no loopbaancheque regime is known from {dag.isoformat()}: the loopbaankrediet planned "
        f"from 1 Jan 2027 is not modelled (the last known regime, {laatste.code}, ends on "
        f"{laatste.tot.isoformat()})",
    )


@attrs.frozen
class GebruikteLoopbaancheque:
    """A loopbaancheque used in a trajectory of career guidance: ``datum`` is the day guidance
    on it started, ``uren`` its hours (4 or 3), ``loopbaancentrum`` the recognised career centre
    (an opaque id or name) that gave it. It can sit on a :class:`~reintegratie.traject.Traject`
    (``Traject.loopbaancheques``); :func:`recht_op_loopbaancheques` takes the dates.

    >>> GebruikteLoopbaancheque(datum=_dt.date(2026, 3, 2), uren=4, loopbaancentrum="LC-1").uren
    4
    """

    datum: _dt.date = attrs.field(validator=datum)
    uren: int = attrs.field(validator=bereik(3, 4))
    loopbaancentrum: str = attrs.field(validator=tekst)
    prijs_euro: int | None = attrs.field(default=None, validator=optioneel(bereik(0)))
    """What the worker paid for it, when recorded."""


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
    regime: Regime
    """The regime in force on the peildatum (:func:`regime_op`)."""


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


@gecontroleerd
def recht_op_loopbaancheques(
    peildatum: _dt.date,
    *,
    woonregio: Regio,
    werkstatus: Werkstatus,
    werkervaring_dagen: int,
    eerdere_cheques: Sequence[_dt.date] = (),
    werkregio: Regio | None = None,
) -> Beslissing:
    """Whether someone may be granted a loopbaancheque requested on *peildatum*, under the
    regime in force that day (:func:`regime_op`; a date outside every known regime is a
    :class:`~reintegratie.errors.ValidationError` naming it).

    *woonregio* and *werkregio* (``None``: not working, or the same as where they live):
    either must be Flanders or Brussels. *werkervaring_dagen*: days of work experience over
    the whole career up to the peildatum. *eerdere_cheques*: the dates on which earlier
    cheques were used, in date order, none after the peildatum: the whole career, since the
    transition regime of 1 Nov 2025 asks whether one was *ever* used.

    ``volgende_datum`` is ``None`` also when the date it would give lies after the end of the
    regime: what happens then depends on the next regime.

    Raises :class:`~reintegratie.errors.ValidationError` naming the field for bad input.
    """
    regime = _regime("peildatum", peildatum)
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
                regime.bron,
            )
        )
        wanneer.append(None)
    if not werkstatus.werkt:
        redenen.append(
            Reden(
                "niet_aan_het_werk",
                f"not working now ({werkstatus.value}): only employees and self-employed "
                "people who are working are entitled",
                regime.bron,
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

    if regime.periode is None:
        cheques, van, tot = _overgang(regime, eerdere_cheques, redenen, wanneer)
    else:
        cheques, van, tot = _per_periode(regime, regime.periode, eerdere_cheques, peildatum)
        if van is not None and all(not c.beschikbaar for c in cheques):
            assert tot is not None
            redenen.append(
                Reden(
                    "cheques_gebruikt",
                    f"both cheques of the 6-year period from {van.isoformat()} are used; the "
                    f"next period starts on {tot.isoformat()}",
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
        if volgende > regime.tot:
            volgende = None  # the next regime decides
    return Beslissing(
        peildatum=peildatum,
        recht=not redenen,
        redenen=tuple(redenen),
        volgende_datum=volgende,
        cheques=cheques,
        periode_van=van,
        periode_tot=tot,
        prijs=prijs_op(peildatum),
        regime=regime,
    )


_Cheques = tuple[tuple[Loopbaancheque, ...], _dt.date | None, _dt.date | None]


def _per_periode(
    regime: Regime, periode: relativedelta, eerdere: Sequence[_dt.date], peildatum: _dt.date
) -> _Cheques:
    """The cheques of the current period of a regime of periods (2020 to Oct 2025)."""
    perioden = _perioden(eerdere)
    huidig = perioden[-1] if perioden and peildatum < perioden[-1][0] + periode else []
    van = huidig[0] if huidig else None
    tot = van + periode if van is not None else None
    cheques = tuple(
        Loopbaancheque(i + 1, uren, huidig[i] if i < len(huidig) else None)
        for i, uren in enumerate(regime.uren)
    )
    return cheques, van, tot


def _overgang(
    regime: Regime,
    eerdere: Sequence[_dt.date],
    redenen: list[Reden],
    wanneer: list[_dt.date | None],
) -> _Cheques:
    """The single cheque of the transition regime: only for people who never used one."""
    binnen = [d for d in eerdere if d >= regime.vanaf]
    cheques = tuple(
        Loopbaancheque(i + 1, uren, binnen[i] if i < len(binnen) else None)
        for i, uren in enumerate(regime.uren)
    )
    if eerdere:
        redenen.append(
            Reden(
                "eerder_gebruikt",
                f"a cheque was used on {eerdere[0].isoformat()}; from "
                f"{regime.vanaf.isoformat()} to {regime.tot.isoformat()} only people who never "
                "used one are entitled, to a single cheque",
                regime.bron,
            )
        )
        wanneer.append(None)
    return cheques, None, None

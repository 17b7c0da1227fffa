"""Working days under the Dutch Algemene termijnenwet (Atw).

Source: Algemene termijnenwet art. 1 lid 1 and art. 3 (also available as data
in :data:`BRON`). Art. 1 lid 1 extends a statutory term that ends on a
Saturday, Sunday or generally recognised holiday to the next day that is none
of these; art. 3 lists those holidays: New Year's Day, Good Friday (equated by
lid 2), Easter Monday, Ascension Day, Whit Monday, King's Day, 5 May (every
year), Christmas Day and Boxing Day, plus days equated with them by royal
decree (for example the Friday after Ascension Day).

The holidays come from the ``holidays`` package (country ``NL``), built from
its ``public`` and ``optional`` categories, because the package counts 5 May as
public only in lustrum years. Only the Atw days above are kept; Easter Sunday
and Whit Sunday are dropped (they are Sundays anyway). The package is imported
lazily, the first time a year is needed, and each year is computed once.

>>> from datetime import date
>>> kalender = standaard_kalender()
>>> kalender.werkdag_op_of_na(date(2026, 4, 3))  # Good Friday, then Easter Monday
datetime.date(2026, 4, 7)
>>> kalender.is_feestdag(date(2026, 5, 5))  # 5 May counts every year
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date, timedelta

import attrs

from reintegratie._validatie import DATUM_MAX, DATUM_MIN, _kort, controleer_datum, ja_nee
from reintegratie.errors import ValidationError

__all__ = ["BRON", "Kalender", "standaard_kalender"]

#: The legal source of this calendar, as data.
BRON = "Algemene termijnenwet, art. 1 lid 1 en art. 3"

#: The names (in Dutch, the package's own language) of the Atw holidays the
#: ``holidays`` package gives for NL. Anything else it returns is dropped.
_ATW_NAMEN = frozenset(
    {
        "Nieuwjaarsdag",
        "Goede vrijdag",
        "Tweede paasdag",
        "Koningsdag",  # from 2014
        "Koninginnedag",  # up to 2013
        "Bevrijdingsdag",
        "Hemelvaartsdag",
        "Tweede pinksterdag",
        "Eerste kerstdag",
        "Tweede kerstdag",
    }
)
_GOEDE_VRIJDAG = "Goede vrijdag"
#: The package joins the names of two holidays on the same day with this
#: separator (5 May 2005 and 2016 were also Ascension Day).
_SCHEIDING = "; "
#: The name given to a day added through ``extra_dagen``.
_EXTRA_NAAM = "Bij koninklijk besluit gelijkgestelde dag"
_EEN_DAG = timedelta(days=1)
_VELD_EXTRA = "Kalender.extra_dagen"


@functools.cache
def _jaren_van_pakket() -> tuple[int, int]:
    """The first and last year the ``holidays`` package covers for NL."""
    import holidays  # lazy: keeps ``import reintegratie`` cheap

    pakket = holidays.country_holidays("NL", language="nl")
    return pakket.start_year, pakket.end_year


@functools.cache
def _atw_dagen(jaar: int, vijf_mei_elk_jaar: bool) -> tuple[tuple[date, str], ...]:
    """The Atw holidays of *jaar* as the package gives them, sorted, Good Friday included.

    Shared by every :class:`Kalender` (the package object is built once per
    year and category choice). Raises :class:`ValidationError` for a year the
    package does not cover, rather than silently returning no holidays.
    """
    eerste, laatste = _jaren_van_pakket()
    if not eerste <= jaar <= laatste:
        raise ValidationError(
            "jaar",
            f"{jaar} is outside the years the holidays package covers for NL ({eerste}–{laatste})",
        )
    import holidays

    # 5 May is "public" only in lustrum years and "optional" in the others.
    categorieen = ("public", "optional") if vijf_mei_elk_jaar else ("public",)
    # language pinned: without it the names follow the process locale (LANG).
    # observed=True (the default) is what moves King's Day off a Sunday.
    pakket = holidays.country_holidays(
        "NL", years=jaar, categories=categorieen, language="nl", observed=True
    )
    dagen: list[tuple[date, str]] = []
    for dag, naam in sorted(pakket.items()):
        delen = [deel for deel in naam.split(_SCHEIDING) if deel in _ATW_NAMEN]
        if delen:
            dagen.append((dag, _SCHEIDING.join(delen)))
    return tuple(dagen)


def _als_datums(waarde: Iterable[date]) -> frozenset[date]:
    """Converter for ``extra_dagen``: any iterable of plain dates to a frozenset."""
    if isinstance(waarde, str | bytes):
        raise ValidationError(
            _VELD_EXTRA,
            f"expected an iterable of dates, got {type(waarde).__name__} {_kort(waarde)}",
        )
    try:
        elementen = tuple(waarde)
    except TypeError:
        raise ValidationError(
            _VELD_EXTRA,
            f"expected an iterable of dates, got {type(waarde).__name__} {_kort(waarde)}",
        ) from None
    for element in elementen:
        controleer_datum(_VELD_EXTRA, element)
    return frozenset(elementen)


def _geen_datum(d: object) -> None:
    """Raise the error for an argument *d* that is not a date."""
    raise ValidationError("d", f"expected a date, got {type(d).__name__} {_kort(d)}")


@attrs.frozen
class Kalender:
    """Atw holidays and working days; source: Algemene termijnenwet art. 1 lid 1 and art. 3.

    ``extra_dagen`` are days equated with a holiday by royal decree (any
    iterable of :class:`datetime.date`). ``goede_vrijdag`` equates Good Friday
    with a holiday (art. 3 lid 2); ``vijf_mei_elk_jaar`` makes 5 May a holiday
    every year as the Atw says, instead of only in lustrum years. Each year's
    holidays are computed on first use and kept in the instance.

    >>> from datetime import date
    >>> hemelvaart = Kalender().met_extra_dagen(date(2026, 5, 15))
    >>> hemelvaart.werkdag_op_of_na(date(2026, 5, 14))  # Ascension, Friday, weekend
    datetime.date(2026, 5, 18)
    >>> Kalender(vijf_mei_elk_jaar=False).is_feestdag(date(2026, 5, 5))
    False
    """

    extra_dagen: frozenset[date] = attrs.field(factory=frozenset, converter=_als_datums)
    goede_vrijdag: bool = attrs.field(default=True, validator=ja_nee)
    vijf_mei_elk_jaar: bool = attrs.field(default=True, validator=ja_nee)
    _per_jaar: dict[int, dict[date, str]] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )

    def _jaar(self, jaar: int) -> dict[date, str]:
        """The holidays of *jaar* (cached; callers must not mutate the result)."""
        try:
            return self._per_jaar[jaar]
        except KeyError:
            pass
        dagen = {
            dag: naam
            for dag, naam in _atw_dagen(jaar, self.vijf_mei_elk_jaar)
            if self.goede_vrijdag or naam != _GOEDE_VRIJDAG
        }
        for dag in self.extra_dagen:
            if dag.year == jaar:
                dagen.setdefault(dag, _EXTRA_NAAM)
        gesorteerd = dict(sorted(dagen.items()))
        self._per_jaar[jaar] = gesorteerd
        return gesorteerd

    def is_feestdag(self, d: date) -> bool:
        """Whether *d* is an Atw holiday (extra days included).

        >>> from datetime import date
        >>> standaard_kalender().is_feestdag(date(2026, 4, 27))  # Koningsdag
        True
        """
        try:
            vrij = self._per_jaar[d.year]
        except KeyError:
            vrij = self._jaar(d.year)
        except AttributeError:
            _geen_datum(d)
            raise
        return d in vrij

    def is_werkdag(self, d: date) -> bool:
        """Whether *d* is neither a Saturday, a Sunday nor an Atw holiday.

        >>> from datetime import date
        >>> standaard_kalender().is_werkdag(date(2027, 12, 31))  # a Friday
        True
        """
        try:
            vrij = self._per_jaar[d.year]
        except KeyError:
            vrij = self._jaar(d.year)
        except AttributeError:
            _geen_datum(d)
            raise
        return d.weekday() < 5 and d not in vrij

    def werkdag_op_of_na(self, d: date) -> date:
        """*d* if it is a working day, else the next working day (Atw art. 1 lid 1).

        >>> from datetime import date
        >>> standaard_kalender().werkdag_op_of_na(date(2026, 12, 25))  # Christmas, Friday
        datetime.date(2026, 12, 28)
        """
        try:
            vrij = self._per_jaar[d.year]
        except KeyError:
            vrij = self._jaar(d.year)
        except AttributeError:
            _geen_datum(d)
            raise
        if d.weekday() < 5 and d not in vrij:
            return d
        return self._volgende_werkdag(d)

    def _volgende_werkdag(self, d: date) -> date:
        """The first working day after *d* (slow path of :meth:`werkdag_op_of_na`)."""
        begin = d
        while True:
            try:
                d += _EEN_DAG
            except OverflowError:
                raise ValidationError(
                    "d", f"no working day on or after {begin.isoformat()} before date.max"
                ) from None
            if d.weekday() < 5 and d not in self._jaar(d.year):
                return d

    def feestdagen(self, jaar: int) -> dict[date, str]:
        """The Atw holidays of *jaar* with their (Dutch) names, sorted by date.

        Two holidays on one day share it, their names joined by ``"; "``.

        >>> from datetime import date
        >>> standaard_kalender().feestdagen(2026)[date(2026, 5, 25)]
        'Tweede pinksterdag'
        """
        if isinstance(jaar, bool) or not isinstance(jaar, int):
            raise ValidationError(
                "jaar", f"expected a year, got {type(jaar).__name__} {_kort(jaar)}"
            )
        if not DATUM_MIN.year <= jaar <= DATUM_MAX.year:
            raise ValidationError(
                "jaar",
                f"{_kort(jaar)} is outside the years the library computes "
                f"({DATUM_MIN.year} to {DATUM_MAX.year})",
            )
        return dict(self._jaar(jaar))

    def met_extra_dagen(self, *dagen: date) -> Kalender:
        """A new calendar with *dagen* added to ``extra_dagen``.

        >>> from datetime import date
        >>> Kalender().met_extra_dagen(date(2026, 5, 15)).is_werkdag(date(2026, 5, 15))
        False
        """
        return attrs.evolve(self, extra_dagen=(*self.extra_dagen, *dagen))


@functools.cache
def standaard_kalender() -> Kalender:
    """The shared default :class:`Kalender` (one per process).

    >>> standaard_kalender() is standaard_kalender()
    True
    """
    return Kalender()

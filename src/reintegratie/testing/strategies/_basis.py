"""Building blocks of the strategies: dates, text, ids and the edge dates of the law.

Drawing is kept cheap on purpose (Hypothesis counts the time of a draw, and
``HealthCheck.too_slow`` trips when the first examples take over a second): the
strategies used inside other draws are built once, at import, and the composite
strategies build their values with plain functions that take ``draw`` instead of
wrapping a fresh strategy object (with its own validation) around every element.
Nothing is filtered: every value is valid as drawn.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Sequence
from typing import TypeAlias, TypeVar

from hypothesis import strategies as st

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import DATUM_MAX
from reintegratie.kalender import standaard_kalender
from reintegratie.privacylint import Woordenlijst

_T = TypeVar("_T")
Of: TypeAlias = _T | st.SearchStrategy[_T]
"""A value, or a strategy to draw it from."""

#: Default range of generated first sick days (the holidays package covers it).
MIN_DATUM = _dt.date(2016, 1, 1)
MAX_DATUM = _dt.date(2034, 12, 31)

#: The default of ``op_tijd`` in :func:`trajecten`: per step, on time, late or missing.
GEMENGD: st.SearchStrategy[bool | None] = st.sampled_from((True, False, None))

_EEN_DAG = _dt.timedelta(days=1)
_ZIEKTEDAG_42E_WEEK = 295
_ZIEKTEDAG_EINDE_WACHTTIJD = 728
#: Long enough for a last period to reach the end of the wachttijd with a verlenging and
#: a loonsanctie of 52 weeks each (728 + 364 + 364 sick days).
_LANG = 1460
_WOORDEN = (
    "gesprek",
    "heroriëntatie",
    "coördinatie",
    "werkplek",
    "sollicitatiebrief",
    "netwerk",
    "wandelen",
    "training",
    "café",
    "financiële administratie",
    "planning",
    "vakmanschap",
    "Ĳsselmonde",
    "één",
)

#: Strategies drawn from inside other draws, built once.
_BOOL = st.booleans()
_NEE_JA_ONBEKEND: st.SearchStrategy[bool | None] = st.sampled_from((None, True, False))
_DATUMS = st.dates(MIN_DATUM, MAX_DATUM)


def _trek(draw: st.DrawFn, waarde: Of[_T] | None, standaard: st.SearchStrategy[_T]) -> _T:
    """*waarde* itself, drawn from it when it is a strategy, or from *standaard* when None."""
    if waarde is None:
        return draw(standaard)
    if isinstance(waarde, st.SearchStrategy):
        getrokken: _T = draw(waarde)
        return getrokken
    return waarde


def _plus(dag: _dt.date, dagen: int) -> _dt.date:
    return dag + _dt.timedelta(days=dagen)


@functools.cache
def _tot(hoogstens: int) -> st.SearchStrategy[int]:
    """``st.integers(0, hoogstens)``, built once per bound (building one per draw costs more
    than drawing from it)."""
    return st.integers(0, hoogstens)


def _na(draw: st.DrawFn, dag: _dt.date, max_dagen: int) -> _dt.date:
    """A date from *dag* to *max_dagen* after it (kept within the dates the library
    accepts, up to DATUM_MAX)."""
    ruimte = max(0, (DATUM_MAX - dag).days)
    return _plus(dag, draw(_tot(min(max_dagen, ruimte))))


def _opvolgend(draw: st.DrawFn, begin: _dt.date, aantal: int, strikt: bool) -> list[_dt.date]:
    """*aantal* dates from *begin* on, in order (strictly increasing if *strikt*)."""
    datums = []
    dag = begin
    for i in range(aantal):
        stap = draw(st.integers(1 if strikt and i else 0, 60))
        dag = _plus(dag, stap)
        datums.append(dag)
    return datums


def _aantal(draw: st.DrawFn, hoogstens: int) -> int:
    """How many elements a list gets (0 to *hoogstens*); the elements are then drawn one
    by one with a plain function, which is much cheaper than ``st.lists`` of a composite
    strategy built anew for every traject."""
    return draw(_tot(hoogstens))


def _een_van(draw: st.DrawFn, keuzes: Sequence[_T]) -> _T:
    """One of *keuzes* (not empty), without building a strategy for them."""
    return keuzes[draw(st.integers(0, len(keuzes) - 1))]


def _verschillende(draw: st.DrawFn, keuzes: Sequence[_T], aantal: int) -> tuple[_T, ...]:
    """*aantal* different ones of *keuzes* (at least that many), in drawn order."""
    over = list(keuzes)
    return tuple(over.pop(draw(st.integers(0, len(over) - 1))) for _ in range(aantal))


# --- text and ids --------------------------------------------------------------------

#: Any character the library accepts in text: no control characters (Cc) or surrogates (Cs).
_TEKENS = st.characters(exclude_categories=("Cc", "Cs"))
#: A character ``str.strip`` keeps (no separator either), to start a text that is not blank.
_ZICHTBAAR = st.characters(exclude_categories=("Cc", "Cs", "Zs", "Zl", "Zp"))
_MEDISCHE_TERMEN = Woordenlijst.standaard()


def _zonder_medische_term(tekst: str) -> str:
    """*tekst*, or a plain word when it names a term of the default medical vocabulary
    (Hypothesis also draws string constants it finds in the library, such as those
    terms; free text in an employer-facing record must not hold them, and
    :func:`reintegratie.toets` rightly reports one)."""
    if next(_MEDISCHE_TERMEN.zoek(tekst), None) is None:
        return tekst
    return _WOORDEN[0]


_TEKSTEN: st.SearchStrategy[str] = st.one_of(
    st.lists(st.sampled_from(_WOORDEN), min_size=1, max_size=4).map(" ".join),
    # Not blank by construction (no filter): a visible first character, then any text.
    st.tuples(_ZICHTBAAR, st.text(_TEKENS, max_size=19)).map("".join).map(_zonder_medische_term),
)
_TEKST_OF_LEEG: st.SearchStrategy[str] = st.one_of(st.just(""), _TEKSTEN)


def teksten() -> st.SearchStrategy[str]:
    """Non-empty one-line text: Dutch words (with diacritics), sometimes any Unicode
    except control characters and lone surrogates (which the library refuses)."""
    return _TEKSTEN


@gecontroleerd
@functools.cache
def ids(prefix: str = "P") -> st.SearchStrategy[str]:
    """Opaque ids such as ``W-17`` (never names)."""
    return st.integers(1, 9999).map(f"{prefix}-{{}}".format)


@functools.cache
def _misschien_id(prefix: str) -> st.SearchStrategy[str | None]:
    """No id, or one with *prefix* (built once per prefix)."""
    return st.none() | ids(prefix)


# --- dates -----------------------------------------------------------------------------


@functools.cache
def _randdagen(min_value: _dt.date, max_value: _dt.date) -> dict[str, tuple[_dt.date, ...]]:
    """First sick days in range that put X or a milestone on an edge of the calendar."""
    kalender = standaard_kalender()
    jaren = range(min_value.year, max_value.year + 3)
    feestdagen = [d for jaar in jaren for d in kalender.feestdagen(jaar)]
    schrikkeldagen = [
        _dt.date(jaar, 2, 29) for jaar in jaren if jaar % 4 == 0 and (jaar % 100 or jaar % 400 == 0)
    ]

    def binnen(dagen: list[_dt.date]) -> tuple[_dt.date, ...]:
        return tuple(sorted(d for d in set(dagen) if min_value <= d <= max_value))

    dag_295 = _dt.timedelta(days=_ZIEKTEDAG_42E_WEEK - 1)
    dag_728 = _dt.timedelta(days=_ZIEKTEDAG_EINDE_WACHTTIJD - 1)
    return {
        "schrikkeldag": binnen(schrikkeldagen),
        "mijlpaal_op_schrikkeldag": binnen(
            [d - dag_295 for d in schrikkeldagen] + [d - dag_728 for d in schrikkeldagen]
        ),
        "feestdag": binnen(feestdagen),
        "42e_week_op_feestdag": binnen([d - dag_295 for d in feestdagen]),
    }


@gecontroleerd
@functools.cache
def eerste_ziektedagen(
    min_value: _dt.date = MIN_DATUM, max_value: _dt.date = MAX_DATUM
) -> st.SearchStrategy[_dt.date]:
    """First sick days (X), often on an edge: X on 29 February, X on an Atw holiday, the
    42nd-week report (sick day 295 of an uninterrupted case) due on an Atw holiday, or
    sick day 295 or 728 on 29 February; otherwise any date in range.

    >>> from datetime import date
    >>> from reintegratie.testing.strategies._basis import _randdagen
    >>> date(2028, 2, 29) in _randdagen(MIN_DATUM, MAX_DATUM)["schrikkeldag"]
    True
    """
    keuzes: list[st.SearchStrategy[_dt.date]] = [st.dates(min_value, max_value)]
    keuzes += [st.sampled_from(d) for d in _randdagen(min_value, max_value).values() if d]
    return st.one_of(keuzes)


def _datums(rond: _dt.date | None = None) -> st.SearchStrategy[_dt.date]:
    """Any date in the default range, or (with *rond*) up to 1,000 days from *rond* on."""
    if rond is None:
        return _DATUMS
    return st.dates(rond, max(rond, min(_plus(rond, 1000), DATUM_MAX)))


def _dag(draw: st.DrawFn, datum: Of[_dt.date] | None) -> _dt.date:
    """*datum*, drawn from it when it is a strategy, or any date in the default range."""
    return _trek(draw, datum, _DATUMS)

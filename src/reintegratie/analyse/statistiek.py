"""The field's absence statistics: verzuimpercentage, meldingsfrequentie, gemiddelde
verzuimduur and duration classes, per period and per group, on plain columns.

The definitions are those of the CBS (which ran the Nationale Verzuimstatistiek, NVS,
until 2009) and of the standard *Berekening van ziekteverzuim* the NVS built on:

* **Verzuimpercentage** (ziekteverzuimpercentage, ZVP): "het totaal aantal ziektedagen
  van de werknemers, in procenten van het totaal aantal beschikbare (werk-/kalender)dagen
  van de werknemers in de verslagperiode", "inclusief het verzuim langer dan een jaar en
  exclusief zwangerschaps- en bevallingsverlof" (CBS, begrip Ziekteverzuimpercentage,
  https://www.cbs.nl/nl-nl/nieuws/2023/49/ziekteverzuim-werknemers-derde-kwartaal-lager-dan-in-2022/ziekteverzuimpercentage).
  All cases running in the period count, only their days inside it; a partial sick day
  counts for the share of the working time the employee is sick; a part-timer's days
  count with the deeltijdfactor, in the numerator and the denominator
  (https://compucase.nl/berekening-ziekteverzuim/ziekteverzuim-statistieken/ziekteverzuimpercentage-zvp;
  CBS, Ziekteverzuim overheid: "Bij parttimers wordt het aantal verzuimde kalenderdagen
  vermenigvuldigd met de deeltijdfactor",
  https://www.cbs.nl/nl-nl/onze-diensten/methoden/begrippen/ziekteverzuim-overheid).
  This module counts **calendar days** (the CBS allows calendar or working days).
* **Meldingsfrequentie** (ziekmeldingsfrequentie, ZMF): "de verhouding tussen het aantal
  verzuimgevallen en het aantal personeelsleden", "omgerekend naar jaarbasis" (CBS,
  https://www.cbs.nl/nl-nl/onze-diensten/methoden/begrippen/meldingsfrequentie-ziekteverzuim):
  new sick reports whose first day is in the period, divided by the average number of
  employees in it, times (days in a year / days in the period). Reports after a break of
  less than four weeks count separately; a change from full to partial sickness is not a
  new report (https://compucase.nl/berekening-ziekteverzuim/ziekteverzuim-statistieken/ziekmeldingsfrequentie-zmf).
  The average number of employees is the exact one: employment days in the period over
  the days of the period (heads, not fte). "Days in a year" is the length of the twelve
  months from the period's first day (366 from 1 January of a leap year): a calendar
  year's frequency is then exactly reports per employee.
* **Gemiddelde verzuimduur** (GZVD): the sum of the durations of the reports ended in
  the period over their number; the duration is "het aantal dagen verzuim, berekend vanaf
  de eerste verzuimkalenderdag tot en met de laatste (inclusief weekenden)" (CBS,
  https://www.cbs.nl/nl-nl/onze-diensten/methoden/begrippen/verzuimduur-ziekteverzuim),
  days before the period included, partial days as whole days, no deeltijdfactor; a
  report has ended in the period when its hersteldatum (the day after the last sick day)
  is in it (https://compucase.nl/berekening-ziekteverzuim/ziekteverzuim-statistieken/gemiddelde-ziekteverzuimduur-gzvd).
* **Duration classes**: the reports ended in the period and the verzuimpercentage split by
  the duration of the report. The boundaries (:data:`DUURKLASSEN`: 1–7, 8–42, 43–365 and
  more than 365 calendar days) are the classes in common use: practice sources give kort
  as less than a week, middellang as from a week to six weeks and lang as over six weeks
  (sazas.nl "Kort, middellang en lang verzuim"; verzuimservicedesk.nl "Middellang
  verzuim"), and CBS counts a report's duration in calendar days, weekends included
  (cbs.nl, begrip "Verzuimduur ziekteverzuim"). **They could not be verified against a
  published NVS or CBS table**, nor the year bound of ``extra_lang``
  (:data:`DUURKLASSEN_GEVERIFIEERD` is ``False``); pass your own with ``duurklassen=``.
  The one published set of classes found is Vernet's (the absence benchmark of the Dutch
  care sector), another reading, available as :data:`DUURKLASSEN_VERNET`: "1 t/m 14 dagen
  kortdurend verzuim", "15 t/m 91 dagen middellang", "92 t/m 365 dagen lang", "366 t/m
  730 dagen extra lang"; "een verzuimgeval ... kan maximaal 730 dagen duren"
  (zwconnect.arbeidsmarktinbeeld.nl, "Definities Verzuim", powered by Vernet data).

The inputs are plain columns (a mapping of column name to a sequence: a dict of lists,
or a pandas/polars DataFrame), so the statistics do not depend on any object API:

* ``meldingen``: one row per sick report: ``werknemer``, ``eerste_dag``,
  ``laatste_dag`` (empty while it runs) and optionally ``melding`` (an id that
  ``percentages`` refers to; default the row number);
* ``percentages`` (optional): dated rows ``melding``, ``vanaf``, ``percentage``
  (1–100): the share of the working time the employee is sick from that day on, until the
  report's next row (a report without rows is 100 % sick);
* ``bezetting``: one row per employment: ``werknemer``, ``groep`` (an employer,
  department, ...), ``in_dienst``, ``uit_dienst`` (empty: still employed) and optionally
  ``deeltijdfactor`` (default 1).

Sick days fall to the employment that holds them; sick days outside any employment of the
employee are not absence of this workforce: they are counted apart
(:attr:`Verzuimcijfers.dagen_buiten_dienst`), never silently. :func:`meldingen_van_trajecten`
is the one adapter from :class:`~reintegratie.traject.Traject` objects.

>>> from datetime import date
>>> bezetting = {"werknemer": ["A", "B"], "groep": ["WG", "WG"],
...              "in_dienst": ["2025-01-01", "2025-01-01"], "uit_dienst": [None, None]}
>>> meldingen = {"werknemer": ["A"], "eerste_dag": ["2025-01-06"], "laatste_dag": ["2025-01-15"]}
>>> c = verzuimcijfers(meldingen, bezetting, date(2025, 1, 1), date(2025, 1, 31))["WG"]
>>> round(c.verzuimpercentage, 4), c.nieuwe_meldingen, c.gemiddelde_verzuimduur
(16.129, 1, 10.0)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import itertools
import math
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Final

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie.errors import ValidationError
from reintegratie.traject import Traject

__all__ = [
    "DUURKLASSEN",
    "DUURKLASSEN_GEVERIFIEERD",
    "DUURKLASSEN_VERNET",
    "Duurklasse",
    "Verzuimcijfers",
    "meldingen_van_trajecten",
    "perioden",
    "verzuimcijfers",
    "verzuimcijfers_per_periode",
]

_EEN_DAG = _dt.timedelta(days=1)


@attrs.frozen
class Duurklasse:
    """A duration class: reports of ``van`` up to and including ``tot`` calendar days
    (``tot`` ``None``: no upper bound)."""

    naam: str
    van: int
    tot: int | None

    def bevat(self, dagen: int) -> bool:
        """Whether a report of *dagen* calendar days falls in this class."""
        return self.van <= dagen and (self.tot is None or dagen <= self.tot)


#: The duration classes in common use (calendar days). Not verified against a published
#: NVS or CBS table: see :data:`DUURKLASSEN_GEVERIFIEERD`.
DUURKLASSEN: Final[tuple[Duurklasse, ...]] = (
    Duurklasse("kort", 1, 7),
    Duurklasse("middellang", 8, 42),
    Duurklasse("lang", 43, 365),
    Duurklasse("extra_lang", 366, None),
)
#: Whether the boundaries of :data:`DUURKLASSEN` were verified against the NVS/CBS.
DUURKLASSEN_GEVERIFIEERD: Final = False

#: The duration classes Vernet publishes (calendar days), the other reading: kort 1–14,
#: middellang 15–91, lang 92–365, extra lang 366–730. Vernet counts a case at most 730
#: days, so with these classes a longer report is an error naming its duration (nothing
#: is clamped). The days are those of this module (first to last sick day); Vernet's
#: text counts "tot en met de hersteldatum", which may be one day more.
DUURKLASSEN_VERNET: Final[tuple[Duurklasse, ...]] = (
    Duurklasse("kort", 1, 14),
    Duurklasse("middellang", 15, 91),
    Duurklasse("lang", 92, 365),
    Duurklasse("extra_lang", 366, 730),
)


@attrs.frozen
class Verzuimcijfers:
    """The absence statistics of one group over one period ``[van, tot]``.

    ``verzuimdagen`` are the sick calendar days in the period weighted by the sick share
    and the deeltijdfactor; ``beschikbare_dagen`` the employment calendar days weighted
    by the deeltijdfactor; ``werknemers_gemiddeld`` the average number of employees
    (heads). ``verzuimpercentage`` and ``meldingsfrequentie`` are ``None`` without
    employment in the period, ``gemiddelde_verzuimduur`` without ended reports.
    """

    groep: str
    van: _dt.date
    tot: _dt.date
    verzuimdagen: float
    beschikbare_dagen: float
    werknemers_gemiddeld: float
    nieuwe_meldingen: int
    beeindigde_meldingen: int
    duur_beeindigd: int
    """Sum of the durations of the ended reports (calendar days, days before the period
    included)."""
    verzuimdagen_per_klasse: Mapping[str, float] = attrs.field(eq=False)
    beeindigd_per_klasse: Mapping[str, int] = attrs.field(eq=False)
    dagen_buiten_dienst: int = 0
    """Sick calendar days of this group's employees outside any employment (not counted)."""

    @property
    def verzuimpercentage(self) -> float | None:
        """Verzuimdagen in percent of the available days (CBS/NVS ZVP)."""
        if not self.beschikbare_dagen:
            return None
        return 100 * self.verzuimdagen / self.beschikbare_dagen

    @property
    def meldingsfrequentie(self) -> float | None:
        """New reports per average employee, on a yearly basis (CBS/NVS ZMF)."""
        if not self.werknemers_gemiddeld:
            return None
        return self.nieuwe_meldingen / self.werknemers_gemiddeld * _jaarfactor(self.van, self.tot)

    @property
    def gemiddelde_verzuimduur(self) -> float | None:
        """Mean duration in calendar days of the reports ended in the period (GZVD)."""
        if not self.beeindigde_meldingen:
            return None
        return self.duur_beeindigd / self.beeindigde_meldingen

    @property
    def verzuimpercentage_per_klasse(self) -> dict[str, float | None]:
        """The verzuimpercentage split by the duration class of the report."""
        return {
            naam: None if not self.beschikbare_dagen else 100 * d / self.beschikbare_dagen
            for naam, d in self.verzuimdagen_per_klasse.items()
        }


def _jaarfactor(van: _dt.date, tot: _dt.date) -> float:
    """Days in the twelve months from *van* over the days of ``[van, tot]``."""
    try:
        een_jaar = van.replace(year=van.year + 1)
    except ValueError:  # 29 February: the year ends on 28 February
        een_jaar = _dt.date(van.year + 1, 3, 1)
    return (een_jaar - van).days / ((tot - van).days + 1)


# --- reading columns -------------------------------------------------------------------


def _kolom(tabel: Any, naam: str, soort: str, verplicht: bool = True) -> list[Any] | None:
    try:
        waarden = tabel[naam]
    except (KeyError, IndexError, TypeError, ValueError):
        waarden = None
    except Exception:
        waarden = None
    if waarden is None:
        if verplicht:
            raise ValidationError(f"{soort}.{naam}", "required column missing") from None
        return None
    if hasattr(waarden, "to_list"):
        return list(waarden.to_list())
    return list(waarden)


def _leeg(waarde: Any) -> bool:
    if waarde is None:
        return True
    if isinstance(waarde, float) and math.isnan(waarde):
        return True
    return str(waarde) in ("NaT", "nan", "None", "")


def _dag(waarde: Any, veld: str, rij: int, leeg_mag: bool = False) -> _dt.date | None:
    if _leeg(waarde):
        if leeg_mag:
            return None
        raise ValidationError(f"{veld}[{rij}]", "a date is required")
    if type(waarde) is _dt.date:
        return waarde
    if isinstance(waarde, _dt.datetime):
        if waarde.time() != _dt.time(0):
            raise ValidationError(f"{veld}[{rij}]", f"expected a date, got a time {waarde!r}")
        return waarde.date()
    if isinstance(waarde, str):
        try:
            return _dt.date.fromisoformat(waarde)
        except ValueError:
            pass
    raise ValidationError(f"{veld}[{rij}]", f"expected a date 'YYYY-MM-DD', got {waarde!r}")


@attrs.frozen
class _Dienst:
    groep: str
    van: _dt.date
    tot: _dt.date | None
    factor: float


@attrs.frozen
class _Melding:
    werknemer: str
    eerste: _dt.date
    laatste: _dt.date | None
    stappen: tuple[tuple[_dt.date, int], ...]
    """(from day, percentage), in date order."""


def _tekst(waarde: Any, veld: str, rij: int) -> str:
    if _leeg(waarde) or not str(waarde).strip():
        raise ValidationError(f"{veld}[{rij}]", "must not be empty")
    return str(waarde)


def _lees_bezetting(bezetting: Any) -> dict[str, list[_Dienst]]:
    werknemers = _kolom(bezetting, "werknemer", "bezetting")
    groepen = _kolom(bezetting, "groep", "bezetting")
    in_dienst = _kolom(bezetting, "in_dienst", "bezetting")
    uit_dienst = _kolom(bezetting, "uit_dienst", "bezetting", verplicht=False)
    factoren = _kolom(bezetting, "deeltijdfactor", "bezetting", verplicht=False)
    assert werknemers is not None
    assert groepen is not None
    assert in_dienst is not None
    per: dict[str, list[_Dienst]] = defaultdict(list)
    for i, w in enumerate(werknemers):
        van = _dag(in_dienst[i], "bezetting.in_dienst", i)
        tot = None if uit_dienst is None else _dag(uit_dienst[i], "bezetting.uit_dienst", i, True)
        assert van is not None
        if tot is not None and tot < van:
            raise ValidationError(f"bezetting.uit_dienst[{i}]", f"{tot} precedes in_dienst {van}")
        factor = 1.0 if factoren is None or _leeg(factoren[i]) else factoren[i]
        if isinstance(factor, bool) or not isinstance(factor, int | float) or not 0 < factor <= 2:
            raise ValidationError(
                f"bezetting.deeltijdfactor[{i}]", f"expected a number in (0, 2], got {factor!r}"
            )
        per[_tekst(w, "bezetting.werknemer", i)].append(
            _Dienst(_tekst(groepen[i], "bezetting.groep", i), van, tot, float(factor))
        )
    for w, diensten in per.items():
        diensten.sort(key=lambda d: d.van)
        for a, b in itertools.pairwise(diensten):
            if a.tot is None or b.van <= a.tot:
                raise ValidationError(
                    "bezetting", f"employments of {w!r} overlap ({a.van}.. and {b.van}..)"
                )
    return per


def _lees_meldingen(meldingen: Any, percentages: Any | None) -> list[_Melding]:
    werknemers = _kolom(meldingen, "werknemer", "meldingen")
    eerste = _kolom(meldingen, "eerste_dag", "meldingen")
    laatste = _kolom(meldingen, "laatste_dag", "meldingen")
    ids = _kolom(meldingen, "melding", "meldingen", verplicht=False)
    assert werknemers is not None
    assert eerste is not None
    assert laatste is not None
    sleutels: list[Any] = list(range(len(werknemers))) if ids is None else ids
    index: dict[Any, int] = {}
    for i, sleutel in enumerate(sleutels):
        if sleutel in index:
            raise ValidationError(f"meldingen.melding[{i}]", f"duplicate id {sleutel!r}")
        index[sleutel] = i
    stappen: list[list[tuple[_dt.date, int]]] = [[] for _ in werknemers]
    if percentages is not None:
        p_ids = _kolom(percentages, "melding", "percentages")
        vanaf = _kolom(percentages, "vanaf", "percentages")
        pct = _kolom(percentages, "percentage", "percentages")
        assert p_ids is not None
        assert vanaf is not None
        assert pct is not None
        for j, sleutel in enumerate(p_ids):
            if sleutel not in index:
                raise ValidationError(
                    f"percentages.melding[{j}]", f"no report {sleutel!r} in meldingen"
                )
            p = pct[j]
            if isinstance(p, bool) or not isinstance(p, int) or not 1 <= p <= 100:
                raise ValidationError(
                    f"percentages.percentage[{j}]", f"expected a whole number 1-100, got {p!r}"
                )
            dag = _dag(vanaf[j], "percentages.vanaf", j)
            assert dag is not None
            stappen[index[sleutel]].append((dag, p))
    uit: list[_Melding] = []
    for i, w in enumerate(werknemers):
        x = _dag(eerste[i], "meldingen.eerste_dag", i)
        y = _dag(laatste[i], "meldingen.laatste_dag", i, leeg_mag=True)
        assert x is not None
        if y is not None and y < x:
            raise ValidationError(f"meldingen.laatste_dag[{i}]", f"{y} precedes eerste_dag {x}")
        reeks = sorted(stappen[i])
        for dag, _ in reeks:
            if dag < x or (y is not None and dag > y):
                raise ValidationError(
                    f"percentages.vanaf (melding {sleutels[i]!r})",
                    f"{dag} lies outside the report {x}..{y or ''}",
                )
        if len({d for d, _ in reeks}) != len(reeks):
            raise ValidationError(
                f"percentages (melding {sleutels[i]!r})", "two percentages from the same day"
            )
        if not reeks or reeks[0][0] != x:
            reeks.insert(0, (x, 100))
        uit.append(_Melding(_tekst(w, "meldingen.werknemer", i), x, y, tuple(reeks)))
    return uit


# --- computing -------------------------------------------------------------------------


def _overlap(a: _dt.date, b: _dt.date | None, c: _dt.date, d: _dt.date | None) -> int:
    """Days in both ``[a, b]`` and ``[c, d]`` (``None``: open end)."""
    begin = max(a, c)
    einden = [e for e in (b, d) if e is not None]
    if not einden:
        raise ValueError("two open ends")
    einde = min(einden)
    return max(0, (einde - begin).days + 1)


def _delen(m: _Melding) -> Iterator[tuple[_dt.date, _dt.date | None, int]]:
    """The report as (first day, last day, percentage) parts."""
    for k, (dag, pct) in enumerate(m.stappen):
        if k + 1 < len(m.stappen):
            yield dag, m.stappen[k + 1][0] - _EEN_DAG, pct
        else:
            yield dag, m.laatste, pct


def _klasse(klassen: Sequence[Duurklasse], dagen: int) -> str:
    for k in klassen:
        if k.bevat(dagen):
            return k.naam
    raise ValidationError("duurklassen", f"no class holds a duration of {dagen} days")


@gecontroleerd
def verzuimcijfers(
    meldingen: Any,
    bezetting: Any,
    van: _dt.date,
    tot: _dt.date,
    *,
    percentages: Any | None = None,
    duurklassen: Sequence[Duurklasse] = DUURKLASSEN,
) -> dict[str, Verzuimcijfers]:
    """The absence statistics of ``[van, tot]`` per group of ``bezetting`` (see the module).

    A report belongs to the group of the employment that holds its days (a report that
    runs across a change of employment counts in both groups for its days there, and as a
    new report only where its first day falls).
    """
    if type(van) is not _dt.date or type(tot) is not _dt.date:
        raise ValidationError("van", "van and tot must be dates")
    if tot < van:
        raise ValidationError("tot", f"{tot} precedes van {van}")
    diensten = _lees_bezetting(bezetting)
    lijst = _lees_meldingen(meldingen, percentages)
    dagen_periode = (tot - van).days + 1
    namen = [k.naam for k in duurklassen]

    beschikbaar: dict[str, float] = defaultdict(float)
    hoofden: dict[str, int] = defaultdict(int)
    for ds in diensten.values():
        for d in ds:
            n = _overlap(d.van, d.tot, van, tot)
            beschikbaar[d.groep] += n * d.factor
            hoofden[d.groep] += n
    verzuim: dict[str, float] = defaultdict(float)
    per_klasse: dict[str, dict[str, float]] = defaultdict(lambda: dict.fromkeys(namen, 0.0))
    nieuw: dict[str, int] = defaultdict(int)
    beeindigd: dict[str, int] = defaultdict(int)
    duur: dict[str, int] = defaultdict(int)
    beeindigd_klasse: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(namen, 0))
    buiten: dict[str, int] = defaultdict(int)

    for m in lijst:
        if m.eerste > tot or (m.laatste is not None and m.laatste + _EEN_DAG < van):
            continue  # no day in the period, not new in it, not ended in it
        eigen = diensten.get(m.werknemer, [])
        # The duration that decides the class: the whole report when it ended by tot,
        # else its days up to tot.
        einde_klasse = m.laatste if m.laatste is not None and m.laatste <= tot else tot
        klasse = _klasse(duurklassen, (einde_klasse - m.eerste).days + 1)
        dienst_eerste = next((d for d in eigen if _overlap(d.van, d.tot, m.eerste, m.eerste)), None)
        if dienst_eerste is not None and van <= m.eerste <= tot:
            nieuw[dienst_eerste.groep] += 1
        if m.laatste is not None and van <= m.laatste + _EEN_DAG <= tot:
            dienst_laatste = next(
                (d for d in eigen if _overlap(d.van, d.tot, m.laatste, m.laatste)), None
            )
            if dienst_laatste is not None:
                lengte = (m.laatste - m.eerste).days + 1
                beeindigd[dienst_laatste.groep] += 1
                duur[dienst_laatste.groep] += lengte
                beeindigd_klasse[dienst_laatste.groep][_klasse(duurklassen, lengte)] += 1
        in_periode = _overlap(m.eerste, m.laatste, van, tot)
        gedekt = 0
        for d in eigen:
            for begin, einde, pct in _delen(m):
                n = _overlap(
                    begin, einde, max(van, d.van), tot if d.tot is None else min(tot, d.tot)
                )
                if n:
                    gewicht = n * d.factor * pct / 100
                    verzuim[d.groep] += gewicht
                    per_klasse[d.groep][klasse] += gewicht
                    gedekt += n
        if in_periode > gedekt:
            groep = eigen[0].groep if eigen else ""
            buiten[groep] += in_periode - gedekt

    groepen = sorted(set(hoofden) | set(verzuim) | set(buiten))
    return {
        g: Verzuimcijfers(
            groep=g,
            van=van,
            tot=tot,
            verzuimdagen=verzuim[g],
            beschikbare_dagen=beschikbaar[g],
            werknemers_gemiddeld=hoofden[g] / dagen_periode,
            nieuwe_meldingen=nieuw[g],
            beeindigde_meldingen=beeindigd[g],
            duur_beeindigd=duur[g],
            verzuimdagen_per_klasse=dict(per_klasse[g]),
            beeindigd_per_klasse=dict(beeindigd_klasse[g]),
            dagen_buiten_dienst=buiten[g],
        )
        for g in groepen
    }


@gecontroleerd
def perioden(
    van: _dt.date, tot: _dt.date, indeling: str = "kwartaal"
) -> list[tuple[_dt.date, _dt.date]]:
    """Calendar periods (``"maand"``, ``"kwartaal"`` or ``"jaar"``) covering ``[van, tot]``,
    cut at *van* and *tot*.

    >>> from datetime import date
    >>> perioden(date(2025, 2, 15), date(2025, 7, 1))
    [(datetime.date(2025, 2, 15), datetime.date(2025, 3, 31)), \
(datetime.date(2025, 4, 1), datetime.date(2025, 6, 30)), \
(datetime.date(2025, 7, 1), datetime.date(2025, 7, 1))]
    """
    maanden = {"maand": 1, "kwartaal": 3, "jaar": 12}.get(indeling)
    if maanden is None:
        raise ValidationError(
            "indeling", f"expected 'maand', 'kwartaal' or 'jaar', got {indeling!r}"
        )
    if tot < van:
        raise ValidationError("tot", f"{tot} precedes van {van}")
    uit = []
    begin = _dt.date(van.year, 1 + (van.month - 1) // maanden * maanden, 1)
    while begin <= tot:
        m = begin.month - 1 + maanden
        volgende = _dt.date(begin.year + m // 12, m % 12 + 1, 1)
        uit.append((max(begin, van), min(volgende - _EEN_DAG, tot)))
        begin = volgende
    return uit


@gecontroleerd
def verzuimcijfers_per_periode(
    meldingen: Any,
    bezetting: Any,
    van: _dt.date,
    tot: _dt.date,
    indeling: str = "kwartaal",
    **opties: Any,
) -> list[Verzuimcijfers]:
    """:func:`verzuimcijfers` for every period of :func:`perioden`, per group, in order."""
    uit: list[Verzuimcijfers] = []
    for begin, einde in perioden(van, tot, indeling):
        uit.extend(verzuimcijfers(meldingen, bezetting, begin, einde, **opties).values())
    return uit


@gecontroleerd
def meldingen_van_trajecten(
    trajecten: Iterable[Traject],
) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]:
    """The sick reports of *trajecten* as the columns :func:`verzuimcijfers` reads:
    ``(meldingen, percentages)``, one report per sickness period (each with its
    percentage from its first day). The one adapter from the object model."""
    meldingen: dict[str, list[Any]] = {
        "melding": [],
        "werknemer": [],
        "eerste_dag": [],
        "laatste_dag": [],
    }
    percentages: dict[str, list[Any]] = {"melding": [], "vanaf": [], "percentage": []}
    for t in trajecten:
        for p in t.ziekteperioden:
            sleutel = len(meldingen["melding"])
            meldingen["melding"].append(sleutel)
            meldingen["werknemer"].append(t.werknemer)
            meldingen["eerste_dag"].append(p.eerste_dag)
            meldingen["laatste_dag"].append(p.laatste_dag)
            percentages["melding"].append(sleutel)
            percentages["vanaf"].append(p.eerste_dag)
            percentages["percentage"].append(p.percentage)
    return meldingen, percentages

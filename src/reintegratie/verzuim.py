"""Sickness periods, leave periods and the samentelling of sickness.

Sickness time is counted in *sick days*: day 1 is the first sick day X (WIA
art. 23 lid 2). Periods of sickness separated by **fewer than four weeks**
(at most 27 fit days) are added together into one case (BW 7:629 lid 10,
WIA art. 23 lid 3, ZW art. 38); 28 or more fit days start a new case. Fit
days are not sick days, so every milestone counted in sick days moves by the
length of the breaks. Pregnancy and childbirth leave (WAZO) is neither sick
nor fit: sickness just before and after it is combined unless it cannot
reasonably stem from the same cause.

>>> from datetime import date
>>> eerste = Ziekteperiode(eerste_dag=date(2025, 1, 6), laatste_dag=date(2025, 1, 31))
>>> tweede = Ziekteperiode(eerste_dag=date(2025, 3, 1))   # 28 fit days: 1 Feb .. 28 Feb
>>> [g.eerste_ziektedag for g in samentellen((eerste, tweede))]
[datetime.date(2025, 1, 6), datetime.date(2025, 3, 1)]
>>> geval = samentellen((eerste, Ziekteperiode(eerste_dag=date(2025, 2, 28))))[0]
>>> geval.datum_van_ziektedag(26), geval.datum_van_ziektedag(27)   # 27 fit days: one case
(datetime.date(2025, 1, 31), datetime.date(2025, 2, 28))

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import datetime as _dt
import enum
import itertools
import operator
import sys
from collections.abc import Iterator, Sequence

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import (
    _kort,
    bereik,
    controleer_datum,
    datum,
    enum_van,
    ja_nee,
    optioneel,
    tuple_van,
)
from reintegratie.errors import ValidationError

__all__ = [
    "BRON_SAMENTELLING",
    "SAMENTELLING_FITDAGEN",
    "Onderbreking",
    "Percentagewijziging",
    "Verlofperiode",
    "Verlofsoort",
    "Ziektegeval",
    "Ziekteperiode",
    "controleer_perioden",
    "samentellen",
]

#: A break of this many fit days or more starts a new case ("vier weken").
SAMENTELLING_FITDAGEN = 28
#: Legal source of the samentelling rule.
BRON_SAMENTELLING = "BW 7:629 lid 10; WIA art. 23 lid 3; ZW art. 38"

_EEN_DAG = _dt.timedelta(days=1)


@attrs.frozen
class Percentagewijziging:
    """From ``vanaf`` on, the employee is ``percentage`` per cent unfit for work (1–100).

    Partial recovery (working some hours again) is a change to a lower percentage; it
    never ends the sickness period. Full recovery is not a change to 0: it ends the
    period (``Ziekteperiode.laatste_dag``, and a
    :class:`~reintegratie.gebeurtenissen.Herstelmelding` the day after).
    """

    vanaf: _dt.date = attrs.field(validator=datum)
    percentage: int = attrs.field(validator=bereik(1, 100))


@attrs.frozen
class Ziekteperiode:
    """One uninterrupted period of sickness.

    ``eerste_dag`` is the first day the employee did not (fully) work because
    of sickness; ``laatste_dag`` the last sick day before full recovery, or
    ``None`` while the period runs. ``percentage`` is the degree of incapacity
    on the first day (1–100); ``wijzigingen`` are the dated changes after it
    (partial recovery, relapse). Partial sickness counts as sick, only full
    recovery ends a period (see docs/telling.md). :meth:`percentage_op` gives
    the absence percentage of any day, for absence statistics.

    The registration flags are what the Autoriteit Persoonsgegevens allows an
    employer to record at the sick report (beleidsregels "De zieke werknemer",
    2016, section 4.4–4.6): ``vangnet`` (*that* a vangnet of the Ziektewet
    applies, never which one: the kind lives in the medical record,
    :class:`~reintegratie.medisch.MedischDossier`), ``arbeidsongeval`` (the
    sickness stems from an accident at work) and ``regres`` (an accident with a
    liable third party, for recovering wage costs).

    >>> from datetime import date
    >>> Ziekteperiode(eerste_dag=date(2025, 1, 6), laatste_dag=date(2025, 1, 10)).aantal_dagen
    5
    >>> p = Ziekteperiode(eerste_dag=date(2025, 1, 6), wijzigingen=(
    ...     Percentagewijziging(vanaf=date(2025, 2, 3), percentage=50),))
    >>> p.percentage_op(date(2025, 2, 2)), p.percentage_op(date(2025, 2, 3))
    (100, 50)
    """

    eerste_dag: _dt.date = attrs.field(validator=datum)
    laatste_dag: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))
    percentage: int = attrs.field(default=100, validator=bereik(1, 100))
    wijzigingen: tuple[Percentagewijziging, ...] = attrs.field(
        default=(), validator=tuple_van(Percentagewijziging)
    )
    vangnet: bool = attrs.field(default=False, validator=ja_nee, kw_only=True)
    arbeidsongeval: bool = attrs.field(default=False, validator=ja_nee, kw_only=True)
    regres: bool = attrs.field(default=False, validator=ja_nee, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.laatste_dag is not None and self.laatste_dag < self.eerste_dag:
            raise ValidationError(
                "Ziekteperiode.laatste_dag",
                f"{self.laatste_dag} precedes eerste_dag {self.eerste_dag}",
            )
        if self.wijzigingen:
            self._controleer_wijzigingen()

    def _controleer_wijzigingen(self) -> None:
        vorige = self.eerste_dag
        for i, w in enumerate(self.wijzigingen):
            veld = f"Ziekteperiode.wijzigingen[{i}].vanaf"
            if w.vanaf <= vorige:
                raise ValidationError(
                    veld,
                    f"{w.vanaf} must follow "
                    + (f"the change before it ({vorige})" if i else f"eerste_dag {vorige}"),
                )
            if self.laatste_dag is not None and w.vanaf > self.laatste_dag:
                raise ValidationError(veld, f"{w.vanaf} is after laatste_dag {self.laatste_dag}")
            vorige = w.vanaf

    def percentage_op(self, dag: _dt.date) -> int:
        """The absence percentage on *dag*: 0 outside the period, else the degree of
        incapacity in force that day (the last change on or before it)."""
        if not self.bevat(dag):
            return 0
        percentage = self.percentage
        for w in self.wijzigingen:
            if w.vanaf > dag:
                break
            percentage = w.percentage
        return percentage

    @gecontroleerd
    def percentages(self, tot: _dt.date | None = None) -> Iterator[tuple[_dt.date, int]]:
        """``(day, percentage)`` for every day of the period, up to its last day or *tot*
        (needed for a running period; the earlier of the two when both are given).

        >>> from datetime import date
        >>> p = Ziekteperiode(eerste_dag=date(2025, 1, 6), laatste_dag=date(2025, 1, 8),
        ...                   wijzigingen=(Percentagewijziging(date(2025, 1, 8), 40),))
        >>> [pct for _, pct in p.percentages()]
        [100, 100, 40]
        """
        einde = (
            self.laatste_dag
            if tot is None
            else (tot if self.laatste_dag is None else min(tot, self.laatste_dag))
        )
        if einde is None:
            raise ValidationError(
                "Ziekteperiode.percentages.tot", "a running period needs an end day (tot)"
            )
        dag, percentage, i = self.eerste_dag, self.percentage, 0
        wijzigingen = self.wijzigingen
        while dag <= einde:
            while i < len(wijzigingen) and wijzigingen[i].vanaf <= dag:
                percentage = wijzigingen[i].percentage
                i += 1
            yield dag, percentage
            dag += _EEN_DAG

    @property
    def is_lopend(self) -> bool:
        """True while the period has no last day."""
        return self.laatste_dag is None

    @property
    def aantal_dagen(self) -> int | None:
        """Number of calendar days in the period (``None`` while it runs)."""
        if self.laatste_dag is None:
            return None
        return (self.laatste_dag - self.eerste_dag).days + 1

    def bevat(self, dag: _dt.date) -> bool:
        """Whether *dag* is a sick day of this period."""
        try:
            return self.eerste_dag <= dag and (self.laatste_dag is None or dag <= self.laatste_dag)
        except TypeError:  # not a date: say so (the fast path has no check of its own)
            controleer_datum("dag", dag)
            raise


class Verlofsoort(enum.Enum):
    """Kinds of leave that are neither sick days nor fit days (WAZO)."""

    ZWANGERSCHAPSVERLOF = "zwangerschapsverlof"
    BEVALLINGSVERLOF = "bevallingsverlof"
    ZWANGERSCHAPS_EN_BEVALLINGSVERLOF = "zwangerschaps_en_bevallingsverlof"


@attrs.frozen
class Verlofperiode:
    """A period of pregnancy or childbirth leave (WAZO art. 3:1).

    Its days are neither sick days nor fit days. ``zelfde_oorzaak`` records
    whether sickness before and after the leave may stem from the same cause;
    when ``False`` the sickness after the leave starts a new case (BW 7:629
    lid 10, second limb).
    """

    eerste_dag: _dt.date = attrs.field(validator=datum)
    laatste_dag: _dt.date = attrs.field(validator=datum)
    soort: Verlofsoort = attrs.field(
        default=Verlofsoort.ZWANGERSCHAPS_EN_BEVALLINGSVERLOF, validator=enum_van(Verlofsoort)
    )
    zelfde_oorzaak: bool = attrs.field(default=True, validator=ja_nee)

    def __attrs_post_init__(self) -> None:
        if self.laatste_dag < self.eerste_dag:
            raise ValidationError(
                "Verlofperiode.laatste_dag",
                f"{self.laatste_dag} precedes eerste_dag {self.eerste_dag}",
            )

    @property
    def aantal_dagen(self) -> int:
        """Number of calendar days of leave."""
        return (self.laatste_dag - self.eerste_dag).days + 1


@attrs.frozen
class Onderbreking:
    """The break between two sickness periods: fit days and leave days."""

    na: _dt.date
    """Last sick day before the break."""
    tot: _dt.date
    """First sick day after the break."""
    fitdagen: int
    verlofdagen: int
    samengeteld: bool
    """Whether the periods on both sides belong to one case."""


def _verlofdagen_tussen(
    verlof: Sequence[Verlofperiode], na: _dt.date, tot: _dt.date
) -> tuple[int, bool]:
    """Leave days strictly between *na* and *tot*; whether all that leave allows samentelling."""
    dagen = 0
    zelfde = True
    for v in verlof:
        begin = max(v.eerste_dag, na + _EEN_DAG)
        einde = min(v.laatste_dag, tot - _EEN_DAG)
        if begin <= einde:
            dagen += (einde - begin).days + 1
            zelfde = zelfde and v.zelfde_oorzaak
    return dagen, zelfde


def _controleer_geval(geval: Ziektegeval) -> None:
    """The types of a Ziektegeval (its order and sums are :func:`samentellen`'s work)."""
    ervoor = geval.onderbreking_ervoor
    if (  # the common case (a case samentellen built), in one pass
        type(geval.perioden) is tuple
        and geval.perioden
        and type(geval.onderbrekingen) is tuple
        and type(geval._cumulatief) is tuple
        and (ervoor is None or type(ervoor) is Onderbreking)
        and all(type(p) is Ziekteperiode for p in geval.perioden)
        and all(type(o) is Onderbreking for o in geval.onderbrekingen)
        and all(type(c) is int for c in geval._cumulatief)
    ):
        return
    if not isinstance(geval.perioden, tuple) or not geval.perioden:
        raise ValidationError(
            "Ziektegeval.perioden",
            f"expected a non-empty tuple of Ziekteperiode, got {_kort(geval.perioden)}",
        )
    for naam, waarden, soort in (
        ("perioden", geval.perioden, Ziekteperiode),
        ("onderbrekingen", geval.onderbrekingen, Onderbreking),
        ("_cumulatief", geval._cumulatief, int),
    ):
        if not isinstance(waarden, tuple) or not all(
            isinstance(w, soort) and not isinstance(w, bool) for w in waarden
        ):
            raise ValidationError(
                f"Ziektegeval.{naam}",
                f"expected a tuple of {soort.__name__}, got {_kort(waarden)}",
            )
    if geval.onderbreking_ervoor is not None and not isinstance(
        geval.onderbreking_ervoor, Onderbreking
    ):
        raise ValidationError(
            "Ziektegeval.onderbreking_ervoor",
            f"expected an Onderbreking or None, got {_kort(geval.onderbreking_ervoor)}",
        )


@attrs.frozen(eq=False)
class Ziektegeval:
    """One case of sickness: the periods that samentelling adds together.

    Sick day *k* is the calendar date on which the case reaches its *k*-th
    sick day. A case is built by :func:`samentellen`; built by hand, only the types of
    its fields are checked (a wrong one is a ValidationError), not the samentelling.
    """

    perioden: tuple[Ziekteperiode, ...]
    onderbrekingen: tuple[Onderbreking, ...]
    """The breaks inside the case (each with fewer than 28 fit days)."""
    _cumulatief: tuple[int, ...] = attrs.field(alias="_cumulatief", repr=False)
    """Sick days before each period."""
    onderbreking_ervoor: Onderbreking | None = None
    """The break of 28 or more fit days (or a leave with another cause) that separates this
    case from the one before; ``None`` for the first case."""
    _x: int = attrs.field(init=False, repr=False, eq=False)
    """Ordinal of the first sick day (a fast path for the rules engine)."""
    _nul: tuple[int, ...] | None = attrs.field(init=False, repr=False, eq=False)
    """Per period, the ordinal its sick day 0 would have: sick day k of period i is
    ``_nul[i] + k``. ``None`` unless ``_cumulatief`` is ordered as samentellen makes it."""
    _staart: tuple[int, int] = attrs.field(init=False, repr=False, eq=False)
    """(g, n): sick day k > g falls in the last period, on ordinal n + k (a fast path for
    the rules engine; g is huge when ``_nul`` is ``None``)."""
    _vlag: bool = attrs.field(init=False, repr=False, eq=False)
    """Whether a period is flagged ``vangnet`` (a fast path for the rules engine)."""

    def __attrs_post_init__(self) -> None:
        _controleer_geval(self)
        object.__setattr__(self, "_x", self.perioden[0].eerste_dag.toordinal())
        object.__setattr__(self, "_vlag", any(p.vangnet for p in self.perioden))
        cum = self._cumulatief
        if len(cum) == len(self.perioden) and all(map(operator.le, cum, cum[1:])):
            nul = tuple(
                p.eerste_dag.toordinal() - c - 1 for p, c in zip(self.perioden, cum, strict=True)
            )
            object.__setattr__(self, "_nul", nul)
            object.__setattr__(self, "_staart", (cum[-1], nul[-1]))
        else:
            object.__setattr__(self, "_nul", None)
            object.__setattr__(self, "_staart", (sys.maxsize, 0))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Ziektegeval):
            return NotImplemented
        return (
            self.perioden == other.perioden
            and self.onderbrekingen == other.onderbrekingen
            and self.onderbreking_ervoor == other.onderbreking_ervoor
        )

    def __hash__(self) -> int:
        return hash((self.perioden, self.onderbrekingen, self.onderbreking_ervoor))

    @property
    def eerste_ziektedag(self) -> _dt.date:
        """Sick day 1 of the case (X)."""
        return self.perioden[0].eerste_dag

    @property
    def laatste_dag(self) -> _dt.date | None:
        """Last sick day of the case, ``None`` while it runs."""
        return self.perioden[-1].laatste_dag

    @property
    def is_lopend(self) -> bool:
        """True while the last period has no end."""
        return self.perioden[-1].laatste_dag is None

    @property
    def aantal_ziektedagen(self) -> int | None:
        """Total sick days of a closed case (``None`` while it runs)."""
        laatste = self.perioden[-1]
        if laatste.laatste_dag is None:
            return None
        return self._cumulatief[-1] + (laatste.laatste_dag - laatste.eerste_dag).days + 1

    def datum_van_ziektedag(self, k: int) -> _dt.date:
        """The date on which the case reaches sick day *k* (``k >= 1``).

        Beyond the recorded sick days of a closed case the count goes on as if
        sickness had continued after the last sick day: that is the date on
        which the milestone would have fallen had the employee stayed sick.
        """
        if type(k) is not int or k < 1:
            raise ValidationError(
                "Ziektegeval.datum_van_ziektedag.k",
                f"sick days are whole numbers counted from 1, got {k!r}",
            )
        perioden = self.perioden
        if len(perioden) == 1:
            return _dt.date.fromordinal(self._x + k - 1)
        cum = self._cumulatief
        if self._nul is not None:
            # Timelines ask this by the million: find the period by bisection. Out of
            # range, fall through to the loop, which raises the error it always did.
            try:
                return _dt.date.fromordinal(self._nul[bisect.bisect_left(cum, k, 1) - 1] + k)
            except (ValueError, OverflowError):
                pass
        for i in range(len(perioden) - 1):
            if k <= cum[i + 1]:
                return perioden[i].eerste_dag + _dt.timedelta(days=k - cum[i] - 1)
        return perioden[-1].eerste_dag + _dt.timedelta(days=k - cum[-1] - 1)

    def ziektedagen_op(self, dag: _dt.date) -> int:
        """Number of sick days of the case up to and including *dag*.

        For a running case, days after *dag* are not counted; for a closed case
        the count stops at its last sick day.
        """
        totaal = 0
        for p in self.perioden:
            if dag < p.eerste_dag:
                break
            einde = dag if p.laatste_dag is None else min(dag, p.laatste_dag)
            totaal += (einde - p.eerste_dag).days + 1
        return totaal

    def is_ziek_op(self, dag: _dt.date) -> bool:
        """Whether *dag* is a sick day of this case."""
        return any(p.bevat(dag) for p in self.perioden)

    def percentage_op(self, dag: _dt.date) -> int:
        """The absence percentage on *dag* (0 on fit days and outside the case); see
        :meth:`Ziekteperiode.percentage_op`."""
        for p in self.perioden:
            if p.bevat(dag):
                return p.percentage_op(dag)
        return 0


@gecontroleerd
def controleer_perioden(
    ziekteperioden: Sequence[Ziekteperiode],
    verlofperioden: Sequence[Verlofperiode] = (),
    veld: str = "ziekteperioden",
    verlofveld: str = "verlofperioden",
) -> None:
    """Raise :class:`ValidationError` for unordered, overlapping or non-final open periods."""
    _controleer_perioden(ziekteperioden, verlofperioden, veld, verlofveld)


def _controleer_perioden(
    ziekteperioden: Sequence[Ziekteperiode],
    verlofperioden: Sequence[Verlofperiode],
    veld: str,
    verlofveld: str,
) -> None:
    """:func:`controleer_perioden` without checking the types of its arguments."""
    for i in range(1, len(ziekteperioden)):
        vorige, huidige = ziekteperioden[i - 1], ziekteperioden[i]
        if vorige.laatste_dag is None:
            raise ValidationError(
                f"{veld}[{i - 1}].laatste_dag",
                "only the last sickness period may be open (no laatste_dag)",
            )
        if huidige.eerste_dag <= vorige.eerste_dag:
            raise ValidationError(
                f"{veld}[{i}].eerste_dag",
                f"periods must be in date order: {huidige.eerste_dag} does not follow "
                f"{veld}[{i - 1}].eerste_dag {vorige.eerste_dag}",
            )
        if huidige.eerste_dag <= vorige.laatste_dag:
            raise ValidationError(
                f"{veld}[{i}].eerste_dag",
                f"{huidige.eerste_dag} overlaps {veld}[{i - 1}] "
                f"({vorige.eerste_dag}..{vorige.laatste_dag})",
            )
    for j in range(1, len(verlofperioden)):
        vorige_v, huidige_v = verlofperioden[j - 1], verlofperioden[j]
        if huidige_v.eerste_dag <= vorige_v.laatste_dag:
            raise ValidationError(
                f"{verlofveld}[{j}].eerste_dag",
                f"leave periods must be in date order without overlap: {huidige_v.eerste_dag} "
                f"is not after {verlofveld}[{j - 1}].laatste_dag {vorige_v.laatste_dag}",
            )
    # Both lists are sorted and without overlap now, so one merge-like pass finds the
    # first overlap: O(n + m) instead of comparing every pair.
    i = 0
    for j, v in enumerate(verlofperioden):
        while i < len(ziekteperioden) and _eindigt_voor(ziekteperioden[i], v.eerste_dag):
            i += 1
        if i < len(ziekteperioden) and ziekteperioden[i].eerste_dag <= v.laatste_dag:
            raise ValidationError(
                f"{verlofveld}[{j}]",
                f"leave {v.eerste_dag}..{v.laatste_dag} overlaps {veld}[{i}] "
                "(leave days are neither sick nor fit days; end the sickness period first)",
            )


def _eindigt_voor(periode: Ziekteperiode, dag: _dt.date) -> bool:
    """Whether the (closed) sickness *periode* ends before *dag*."""
    return periode.laatste_dag is not None and periode.laatste_dag < dag


def _maak_geval(
    perioden: list[Ziekteperiode],
    onderbrekingen: list[Onderbreking],
    ervoor: Onderbreking | None,
) -> Ziektegeval:
    cumulatief = [0]
    for p in perioden[:-1]:
        assert p.laatste_dag is not None  # only the last period may be open
        cumulatief.append(cumulatief[-1] + (p.laatste_dag - p.eerste_dag).days + 1)
    return Ziektegeval(
        tuple(perioden),
        tuple(onderbrekingen),
        _cumulatief=tuple(cumulatief),
        onderbreking_ervoor=ervoor,
    )


@gecontroleerd
def samentellen(
    ziekteperioden: Sequence[Ziekteperiode],
    verlofperioden: Sequence[Verlofperiode] = (),
) -> tuple[Ziektegeval, ...]:
    """Split sickness periods into cases (samentelling, BW 7:629 lid 10).

    Periods with fewer than :data:`SAMENTELLING_FITDAGEN` fit days between them
    form one case; leave days (WAZO) between them count as neither sick nor
    fit. Raises :class:`ValidationError` for overlapping or unordered input.
    """
    return _samentellen_ongecontroleerd(ziekteperioden, verlofperioden)


def _samentellen_ongecontroleerd(
    ziekteperioden: Sequence[Ziekteperiode],
    verlofperioden: Sequence[Verlofperiode] = (),
) -> tuple[Ziektegeval, ...]:
    """:func:`samentellen` without checking the types of its arguments: for callers whose
    periods are checked already (a :class:`~reintegratie.traject.Traject`'s fields)."""
    _controleer_perioden(ziekteperioden, verlofperioden, "ziekteperioden", "verlofperioden")
    if not ziekteperioden:
        return ()
    verlof_starts = [v.eerste_dag for v in verlofperioden]
    verlof_einden = [v.laatste_dag for v in verlofperioden]
    gevallen: list[Ziektegeval] = []
    huidig: list[Ziekteperiode] = [ziekteperioden[0]]
    breuken: list[Onderbreking] = []
    ervoor: Onderbreking | None = None
    for vorige, volgende in itertools.pairwise(ziekteperioden):
        na = vorige.laatste_dag
        assert na is not None  # checked above
        tussen = (volgende.eerste_dag - na).days - 1
        # Only the leave that can lie in the gap (the lists are sorted): linear overall.
        tussenin = verlofperioden[
            bisect.bisect_right(verlof_einden, na) : bisect.bisect_left(
                verlof_starts, volgende.eerste_dag
            )
        ]
        verlof, zelfde = _verlofdagen_tussen(tussenin, na, volgende.eerste_dag)
        fit = tussen - verlof
        samen = fit < SAMENTELLING_FITDAGEN and zelfde
        breuk = Onderbreking(na, volgende.eerste_dag, fit, verlof, samen)
        if samen:
            huidig.append(volgende)
            breuken.append(breuk)
        else:
            gevallen.append(_maak_geval(huidig, breuken, ervoor))
            huidig, breuken, ervoor = [volgende], [], breuk
    gevallen.append(_maak_geval(huidig, breuken, ervoor))
    return tuple(gevallen)

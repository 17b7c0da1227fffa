"""The figures the field reports on a caseload: milestones on time, sanctions, spoor 2,
outcomes and group programmes.

Insurers' aggregate reports give on-time rates per poortwachter milestone
(problem analyses, plans, 42nd-week reports, first-year evaluations,
re-integration reports, sanctions); follow-up studies of career guidance give
the share that changed job and the share more satisfied. Each function here
computes one of those from trajecten; :func:`kpis` computes them all.

>>> from datetime import date
>>> import reintegratie as ri
>>> from reintegratie.testing.factories import maak_traject
>>> op_tijd = maak_traject(date(2025, 1, 6), op_tijd=True, peildatum=date(2025, 6, 30))
>>> laat = maak_traject(date(2025, 1, 6), op_tijd=False, te_laat_dagen=5,
...                     peildatum=date(2025, 6, 30))
>>> niets = maak_traject(date(2025, 1, 6))
>>> for m in mijlpalen([op_tijd, laat, niets], date(2025, 1, 1), date(2025, 6, 30))[:2]:
...     print(m.code, m.op_tijd, m.te_laat, m.gemist, f"{m.aandeel_op_tijd:.0%}")
probleemanalyse 1 1 1 33%
plan_van_aanpak 1 1 1 33%

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import controleer_datum
from reintegratie.activiteiten import EFFECTIEVE_GROEPSOMVANG, Groepsprogramma
from reintegratie.errors import ValidationError
from reintegratie.gebeurtenissen import Bekorting, Loonsanctie
from reintegratie.kalender import Kalender
from reintegratie.regels import Regel, Status, Telwijze, tijdlijnen
from reintegratie.rollen import Rol
from reintegratie.spoor import Spoorsoort
from reintegratie.traject import Traject, Uitkomstsoort
from reintegratie.uitkomst import Uitkomst

__all__ = [
    "MIJLPALEN",
    "Groepscijfer",
    "Kpirapport",
    "Mijlpaalcijfer",
    "Sanctiecijfer",
    "Spoor2cijfer",
    "Uitkomstcijfer",
    "groepsprogrammas",
    "kpis",
    "mijlpalen",
    "sancties",
    "spoor_2",
    "uitkomsten",
    "week_van_ziekte",
]

#: The milestones the field reports on-time rates for, in the order of the law.
MIJLPALEN: tuple[str, ...] = (
    "probleemanalyse",
    "plan_van_aanpak",
    "evaluatie",
    "melding_42e_week",
    "eerstejaarsevaluatie",
    "re_integratieverslag",
    "wia_aanvraag",
)


def _aandeel(deel: int, geheel: int) -> float | None:
    return deel / geheel if geheel else None


def _periode(van: _dt.date | None, tot: _dt.date | None) -> None:
    if van is not None:
        controleer_datum("van", van)
    if tot is not None:
        controleer_datum("tot", tot)
    if van is not None and tot is not None and tot < van:
        raise ValidationError("tot", f"{tot} precedes van {van}")


def _binnen(dag: _dt.date, van: _dt.date | None, tot: _dt.date | None) -> bool:
    return (van is None or van <= dag) and (tot is None or dag <= tot)


# --- milestones ------------------------------------------------------------------------


@attrs.frozen
class Mijlpaalcijfer:
    """How one milestone fared over a period: termijnen by status.

    The shares count the termijnen that could be judged: done on time
    (``gehaald``), done late (``te_laat``) or missing (``gemist``). Termijnen
    still open, lapsed after recovery or not applicable are counted but not judged.
    """

    code: str
    op_tijd: int = 0
    te_laat: int = 0
    gemist: int = 0
    open: int = 0
    vervallen: int = 0
    niet_van_toepassing: int = 0

    @property
    def beoordeeld(self) -> int:
        """Termijnen judged: on time, late or missing."""
        return self.op_tijd + self.te_laat + self.gemist

    @property
    def aandeel_op_tijd(self) -> float | None:
        """Share done on time of those judged (``None`` when none)."""
        return _aandeel(self.op_tijd, self.beoordeeld)

    @property
    def aandeel_te_laat(self) -> float | None:
        """Share done late of those judged."""
        return _aandeel(self.te_laat, self.beoordeeld)

    @property
    def aandeel_gemist(self) -> float | None:
        """Share missing of those judged."""
        return _aandeel(self.gemist, self.beoordeeld)


_VELD = {
    Status.GEHAALD: "op_tijd",
    Status.TE_LAAT: "te_laat",
    Status.GEMIST: "gemist",
    Status.OPEN: "open",
    Status.BEREIKT: "open",
    Status.VERVALLEN: "vervallen",
    Status.NIET_VAN_TOEPASSING: "niet_van_toepassing",
}


@gecontroleerd
def mijlpalen(
    trajecten: Iterable[Traject],
    van: _dt.date,
    tot: _dt.date,
    peildatum: _dt.date | None = None,
    codes: Sequence[str] = MIJLPALEN,
    *,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> tuple[Mijlpaalcijfer, ...]:
    """Per milestone code, the termijnen due in ``[van, tot]`` by status, as of *peildatum*.

    Every case of sickness counts (:func:`~reintegratie.tijdlijnen`), and every
    occurrence of a recurring milestone (each evaluation). *peildatum* defaults to the
    day after *tot*: every termijn of the period has then fallen due, and facts
    recorded later are ignored.
    """
    _periode(van, tot)
    if peildatum is None:
        peildatum = tot + _dt.timedelta(days=1)
    controleer_datum("peildatum", peildatum)
    tellers: dict[str, Counter[str]] = {code: Counter() for code in codes}
    for traject in trajecten:
        for tl in tijdlijnen(
            traject, peildatum, regels=regels, kalender=kalender, telwijze=telwijze
        ):
            for t in tl:
                teller = tellers.get(t.code)
                if teller is not None and van <= t.uiterlijk <= tot:
                    teller[_VELD[t.status]] += 1
    return tuple(Mijlpaalcijfer(code, **tellers[code]) for code in codes)


# --- sanctions -------------------------------------------------------------------------


@attrs.frozen
class Sanctiecijfer:
    """Loonsancties imposed by UWV (dated in the period)."""

    trajecten: int
    """Trajecten counted."""
    met_sanctie: int
    """Trajecten with at least one loonsanctie."""
    aantal: int
    """Loonsancties."""
    weken: tuple[int, ...]
    """The weeks of each loonsanctie."""
    bekortingen: int
    """Bekortingen (UWV ended a sanction early)."""

    @property
    def weken_totaal(self) -> int:
        """Weeks of wage payment added by all sanctions."""
        return sum(self.weken)

    @property
    def mediaan_weken(self) -> float | None:
        """Median length of a sanction in weeks."""
        return statistics.median(self.weken) if self.weken else None

    @property
    def aandeel(self) -> float | None:
        """Share of trajecten with a loonsanctie."""
        return _aandeel(self.met_sanctie, self.trajecten)


@gecontroleerd
def sancties(
    trajecten: Iterable[Traject], van: _dt.date | None = None, tot: _dt.date | None = None
) -> Sanctiecijfer:
    """Loonsancties and bekortingen dated in ``[van, tot]`` (open ends: no limit).

    >>> from datetime import date
    >>> import reintegratie as ri
    >>> from reintegratie.testing.factories import maak_traject
    >>> t = maak_traject(gebeurtenissen=[ri.Loonsanctie(datum=date(2027, 9, 1), weken=52)])
    >>> c = sancties([t, maak_traject()])
    >>> c.met_sanctie, c.aantal, c.weken_totaal, c.aandeel
    (1, 1, 52, 0.5)
    """
    _periode(van, tot)
    aantal = met = bekort = 0
    weken: list[int] = []
    for traject in trajecten:
        aantal += 1
        eigen = 0
        for g in traject.gebeurtenissen:
            if not _binnen(g.datum, van, tot):
                continue
            if isinstance(g, Loonsanctie):
                eigen += 1
                weken.append(g.weken)
            elif isinstance(g, Bekorting):
                bekort += 1
        met += bool(eigen)
    return Sanctiecijfer(aantal, met, len(weken), tuple(weken), bekort)


# --- spoor 2 ---------------------------------------------------------------------------


@gecontroleerd
def week_van_ziekte(traject: Traject, dag: _dt.date) -> int | None:
    """The week of sickness *dag* falls in, counted in the case it belongs to: sick days
    1–7 are week 1 (samentelling applies; fit days between periods do not count).
    ``None`` before the first sick day.

    >>> from datetime import date
    >>> from reintegratie.testing.factories import maak_traject
    >>> t = maak_traject(date(2025, 1, 6))
    >>> week_van_ziekte(t, date(2025, 1, 12)), week_van_ziekte(t, date(2026, 1, 4))
    (1, 52)
    """
    geval = traject.geval_op(dag)
    if geval is None:
        return None
    return (geval.ziektedagen_op(dag) + 6) // 7


@attrs.frozen
class Spoor2cijfer:
    """Spoor 2: how many trajecten started one, and in which week of sickness."""

    trajecten: int
    """Trajecten with sickness."""
    met_spoor_2: int
    weken: tuple[int, ...]
    """Per traject with a spoor 2, the week of sickness its first spoor 2 started in."""

    @property
    def aandeel(self) -> float | None:
        """Share of trajecten (with sickness) that started a spoor 2."""
        return _aandeel(self.met_spoor_2, self.trajecten)

    @property
    def mediaan_week(self) -> float | None:
        """Median week of sickness at the start of spoor 2."""
        return statistics.median(self.weken) if self.weken else None

    def verdeling(self, breedte: int = 4) -> dict[tuple[int, int], int]:
        """The start weeks in bins of *breedte* weeks: ``{(first, last): count}``, from
        week 1, empty bins in between included.

        >>> Spoor2cijfer(3, 3, (50, 52, 60)).verdeling(breedte=8)
        {(49, 56): 2, (57, 64): 1}
        """
        if breedte < 1:
            raise ValidationError("breedte", f"at least 1 week, got {breedte}")
        if not self.weken:
            return {}
        tellingen = Counter((w - 1) // breedte for w in self.weken)
        return {
            (b * breedte + 1, (b + 1) * breedte): tellingen.get(b, 0)
            for b in range(min(tellingen), max(tellingen) + 1)
        }


@gecontroleerd
def spoor_2(trajecten: Iterable[Traject], peildatum: _dt.date | None = None) -> Spoor2cijfer:
    """Trajecten with sickness, those with a spoor 2 started (on or before *peildatum*),
    and the week of sickness each first spoor 2 started in (:func:`week_van_ziekte`)."""
    if peildatum is not None:
        controleer_datum("peildatum", peildatum)
    aantal = 0
    weken: list[int] = []
    for traject in trajecten:
        if not traject.ziektegevallen:
            continue
        aantal += 1
        starts = [
            s.start
            for s in traject.sporen
            if s.soort is Spoorsoort.SPOOR_2 and (peildatum is None or s.start <= peildatum)
        ]
        if starts:
            week = week_van_ziekte(traject, min(starts))
            weken.append(week if week is not None else 0)
    return Spoor2cijfer(aantal, len(weken), tuple(weken))


# --- outcomes --------------------------------------------------------------------------


@attrs.frozen
class Uitkomstcijfer:
    """How trajecten ended: kinds, changing job, staying with a new function, satisfaction.

    Every count is of trajecten, not of outcomes: a trajectory with two outcomes (ended
    by mutual consent, then a new job) counts once for each question it answers.
    ``per_soort`` counts the trajecten with at least one outcome of each kind, so the
    shares of :attr:`aandelen` may add up to more than 1. ``andere_baan`` counts those
    with any outcome of work elsewhere (a new employer or an own business,
    :attr:`Uitkomst.andere_baan <reintegratie.uitkomst.Uitkomst.andere_baan>`);
    ``nieuwe_functie`` those that stayed with the own employer in a new function (an
    ``ander_werk_intern`` outcome and no work elsewhere). Satisfaction counts only those
    asked, with the latest answer; ``tevredenheid_per_partij`` gives, per party, (asked,
    satisfied) with each trajectory's latest judgement by that party.
    """

    trajecten: int
    met_uitkomst: int
    per_soort: dict[Uitkomstsoort, int] = attrs.field(eq=False)
    andere_baan: int
    tevredenheid_gevraagd: int
    tevredenheid_verbeterd: int
    nieuwe_functie: int = 0
    tevredenheid_per_partij: dict[Rol, tuple[int, int]] = attrs.field(factory=dict, eq=False)

    @property
    def aandelen(self) -> dict[Uitkomstsoort, float]:
        """Share of the trajecten with an outcome that had each kind (every kind listed)."""
        n = self.met_uitkomst
        return {soort: (self.per_soort.get(soort, 0) / n if n else 0.0) for soort in Uitkomstsoort}

    @property
    def aandeel_andere_baan(self) -> float | None:
        """Share that changed job, of the trajecten with an outcome."""
        return _aandeel(self.andere_baan, self.met_uitkomst)

    @property
    def aandeel_nieuwe_functie(self) -> float | None:
        """Share that stayed with a new function, of the trajecten with an outcome."""
        return _aandeel(self.nieuwe_functie, self.met_uitkomst)

    @property
    def aandeel_tevredener(self) -> float | None:
        """Share more satisfied, of those asked."""
        return _aandeel(self.tevredenheid_verbeterd, self.tevredenheid_gevraagd)

    def aandeel_tevreden(self, partij: Rol) -> float | None:
        """Share of trajecten whose outcome satisfied *partij*, of those where it was
        recorded."""
        gevraagd, tevreden = self.tevredenheid_per_partij.get(partij, (0, 0))
        return _aandeel(tevreden, gevraagd)


@gecontroleerd
def uitkomsten(
    trajecten: Iterable[Traject], van: _dt.date | None = None, tot: _dt.date | None = None
) -> Uitkomstcijfer:
    """The outcomes of *trajecten* dated in ``[van, tot]``, counted per trajectory.

    A third changing job and nine in ten more satisfied, the figures of a Flemish
    follow-up study of career guidance:

    >>> from datetime import date
    >>> import reintegratie as ri
    >>> def t(i, soort, tevreden):
    ...     return ri.Traject(werknemer=f"W-{i}", werkgever="WG", uitkomsten=(ri.Uitkomst(
    ...         soort=soort, datum=date(2026, 3, 1), tevredenheid_verbeterd=tevreden),))
    >>> U = ri.Uitkomstsoort
    >>> soorten = [U.NIEUWE_WERKGEVER, U.EIGEN_WERK, U.ANDER_WERK_INTERN] * 10
    >>> c = uitkomsten([t(i, s, i % 10 != 0) for i, s in enumerate(soorten)])
    >>> f"{c.aandeel_andere_baan:.0%} changed job, {c.aandeel_tevredener:.0%} more satisfied"
    '33% changed job, 90% more satisfied'
    >>> f"{c.aandeel_nieuwe_functie:.0%} stayed with a new function"
    '33% stayed with a new function'
    """
    return tel_uitkomsten((traject.uitkomsten for traject in trajecten), van, tot)


def tel_uitkomsten(
    per_traject: Iterable[Sequence[Uitkomst]],
    van: _dt.date | None = None,
    tot: _dt.date | None = None,
) -> Uitkomstcijfer:
    """:func:`uitkomsten` from the outcomes of each trajectory (one sequence per
    trajectory, in date order): the one count that the object and column paths share."""
    _periode(van, tot)
    aantal = met = anders = gevraagd = beter = functie = 0
    per: Counter[Uitkomstsoort] = Counter()
    partijen: dict[Rol, list[int]] = {}
    for eigen in per_traject:
        aantal += 1
        binnen = [u for u in eigen if _binnen(u.datum, van, tot)]
        if not binnen:
            continue
        met += 1
        per.update({u.soort for u in binnen})
        weg = any(u.andere_baan for u in binnen)
        anders += weg
        functie += not weg and any(u.nieuwe_functie_intern for u in binnen)
        antwoorden = [
            u.tevredenheid_verbeterd for u in binnen if u.tevredenheid_verbeterd is not None
        ]
        if antwoorden:
            gevraagd += 1
            beter += antwoorden[-1]
        laatste: dict[Rol, bool] = {}
        for u in binnen:
            for oordeel in u.tevredenheid:
                laatste[oordeel.partij] = oordeel.tevreden
        for partij, tevreden in laatste.items():
            telling = partijen.setdefault(partij, [0, 0])
            telling[0] += 1
            telling[1] += tevreden
    per_partij = {r: (partijen[r][0], partijen[r][1]) for r in Rol if r in partijen}
    return Uitkomstcijfer(aantal, met, dict(per), anders, gevraagd, beter, functie, per_partij)


# --- group programmes ------------------------------------------------------------------


@attrs.frozen
class Groepscijfer:
    """Group programmes of the caseload and how many had the effective size (8–12)."""

    programmas: int
    """Distinct programmes (one shared by several trajecten counts once)."""
    binnen_effectieve_omvang: int
    trajecten_in_groep: int
    """Trajecten that took part in at least one programme."""

    @property
    def aandeel_binnen(self) -> float | None:
        """Share of programmes with 8 to 12 participants."""
        return _aandeel(self.binnen_effectieve_omvang, self.programmas)


@gecontroleerd
def groepsprogrammas(trajecten: Iterable[Traject]) -> Groepscijfer:
    """The group programmes of *trajecten*, each counted once, by size.

    The effective size is :data:`~reintegratie.activiteiten.EFFECTIEVE_GROEPSOMVANG`
    (:attr:`Groepsprogramma.binnen_effectieve_omvang
    <reintegratie.activiteiten.Groepsprogramma.binnen_effectieve_omvang>`).
    """
    gezien: dict[Groepsprogramma, None] = {}
    deelnemers = 0
    for traject in trajecten:
        if traject.groepsprogrammas:
            deelnemers += 1
            for g in traject.groepsprogrammas:
                gezien.setdefault(g)
    binnen = sum(g.binnen_effectieve_omvang for g in gezien)
    return Groepscijfer(len(gezien), binnen, deelnemers)


# --- all at once -----------------------------------------------------------------------


def _pct(aandeel: float | None) -> str:
    return "–" if aandeel is None else f"{aandeel:.0%}"


@attrs.frozen
class Kpirapport:
    """Every caseload figure for one period (see :func:`kpis`)."""

    van: _dt.date
    tot: _dt.date
    peildatum: _dt.date
    mijlpalen: tuple[Mijlpaalcijfer, ...]
    sancties: Sanctiecijfer
    spoor_2: Spoor2cijfer
    uitkomsten: Uitkomstcijfer
    groepsprogrammas: Groepscijfer

    def als_tekst(self) -> str:
        """The report as plain text, one figure per line."""
        regels = [
            f"caseload {self.van} .. {self.tot} (as of {self.peildatum})",
            f"{'milestone':<22} {'judged':>7} {'on time':>8} {'late':>6} {'missing':>8} "
            f"{'open':>6} {'lapsed':>7}",
        ]
        for m in self.mijlpalen:
            regels.append(
                f"{m.code:<22} {m.beoordeeld:>7} {_pct(m.aandeel_op_tijd):>8} "
                f"{_pct(m.aandeel_te_laat):>6} {_pct(m.aandeel_gemist):>8} {m.open:>6} "
                f"{m.vervallen:>7}"
            )
        s, s2, u, g = self.sancties, self.spoor_2, self.uitkomsten, self.groepsprogrammas
        mediaan = "–" if s2.mediaan_week is None else f"{s2.mediaan_week:g}"
        regels += [
            f"loonsancties: {s.aantal} in {s.met_sanctie} trajecten ({_pct(s.aandeel)}), "
            f"{s.weken_totaal} weeks",
            f"spoor 2 started: {s2.met_spoor_2} of {s2.trajecten} ({_pct(s2.aandeel)}), "
            f"median week {mediaan}",
            f"outcomes: {u.met_uitkomst}; changed job {_pct(u.aandeel_andere_baan)}, "
            f"more satisfied {_pct(u.aandeel_tevredener)} of {u.tevredenheid_gevraagd} asked",
            f"group programmes: {g.programmas}, {_pct(g.aandeel_binnen)} of size "
            f"{EFFECTIEVE_GROEPSOMVANG[0]}–{EFFECTIEVE_GROEPSOMVANG[1]}",
        ]
        return "\n".join(regels)

    def __repr__(self) -> str:
        from reintegratie.analyse.weergave import kpirapport_repr

        return kpirapport_repr(self)

    def _repr_html_(self) -> str:
        from reintegratie.analyse.weergave import kpirapport_html

        return kpirapport_html(self)

    def to_frame(self, backend: str = "pandas") -> Any:
        """The milestones as a DataFrame, one row per code (see
        :func:`~reintegratie.analyse.weergave.kpi_frame`)."""
        from reintegratie.analyse.weergave import kpi_frame

        return kpi_frame(self, backend)

    def als_rijen(self) -> list[tuple[str, str, int | float | str | None]]:
        """The report as (figure, measure, value) rows: what ``--csv`` writes.

        Counts are integers, shares floats between 0 and 1 (``None``: nothing to judge).

        >>> from datetime import date
        >>> r = kpis([], date(2025, 1, 1), date(2025, 12, 31))
        >>> r.als_rijen()[:3]
        [('periode', 'van', '2025-01-01'), ('periode', 'tot', '2025-12-31'), \
('periode', 'peildatum', '2026-01-01')]
        """
        rijen: list[tuple[str, str, int | float | str | None]] = [
            ("periode", "van", self.van.isoformat()),
            ("periode", "tot", self.tot.isoformat()),
            ("periode", "peildatum", self.peildatum.isoformat()),
        ]
        for m in self.mijlpalen:
            for maat in (
                "beoordeeld",
                "op_tijd",
                "te_laat",
                "gemist",
                "open",
                "vervallen",
                "niet_van_toepassing",
                "aandeel_op_tijd",
                "aandeel_te_laat",
                "aandeel_gemist",
            ):
                rijen.append((m.code, maat, getattr(m, maat)))
        s, s2, u, g = self.sancties, self.spoor_2, self.uitkomsten, self.groepsprogrammas
        rijen += [
            ("loonsancties", "trajecten", s.trajecten),
            ("loonsancties", "met_sanctie", s.met_sanctie),
            ("loonsancties", "aantal", s.aantal),
            ("loonsancties", "weken_totaal", s.weken_totaal),
            ("loonsancties", "bekortingen", s.bekortingen),
            ("loonsancties", "aandeel", s.aandeel),
            ("spoor_2", "trajecten", s2.trajecten),
            ("spoor_2", "met_spoor_2", s2.met_spoor_2),
            ("spoor_2", "aandeel", s2.aandeel),
            ("spoor_2", "mediaan_week", s2.mediaan_week),
            ("uitkomsten", "trajecten", u.trajecten),
            ("uitkomsten", "met_uitkomst", u.met_uitkomst),
        ]
        rijen += [("uitkomsten", soort.value, aantal) for soort, aantal in u.per_soort.items()]
        rijen += [
            ("uitkomsten", "andere_baan", u.andere_baan),
            ("uitkomsten", "aandeel_andere_baan", u.aandeel_andere_baan),
            ("uitkomsten", "tevredenheid_gevraagd", u.tevredenheid_gevraagd),
            ("uitkomsten", "tevredenheid_verbeterd", u.tevredenheid_verbeterd),
            ("uitkomsten", "aandeel_tevredener", u.aandeel_tevredener),
            ("groepsprogrammas", "programmas", g.programmas),
            ("groepsprogrammas", "binnen_effectieve_omvang", g.binnen_effectieve_omvang),
            ("groepsprogrammas", "trajecten_in_groep", g.trajecten_in_groep),
            ("groepsprogrammas", "aandeel_binnen", g.aandeel_binnen),
        ]
        return rijen

    def als_dict(self) -> dict[str, dict[str, int | float | str | None]]:
        """The report as nested plain data (figure → measure → value): what ``--json`` writes.

        >>> from datetime import date
        >>> kpis([], date(2025, 1, 1), date(2025, 12, 31)).als_dict()["loonsancties"]["aantal"]
        0
        """
        uit: dict[str, dict[str, int | float | str | None]] = {}
        for figuur, maat, waarde in self.als_rijen():
            uit.setdefault(figuur, {})[maat] = waarde
        return uit


@gecontroleerd
def kpis(
    trajecten: Iterable[Traject],
    van: _dt.date,
    tot: _dt.date,
    peildatum: _dt.date | None = None,
    codes: Sequence[str] = MIJLPALEN,
    *,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> Kpirapport:
    """All figures for the period ``[van, tot]`` as of *peildatum* (default: the day after
    *tot*): milestones (:func:`mijlpalen`), sanctions and outcomes dated in the period,
    spoor 2 started by the peildatum, and every group programme."""
    rij = tuple(trajecten)
    _periode(van, tot)
    dag = peildatum if peildatum is not None else tot + _dt.timedelta(days=1)
    return Kpirapport(
        van=van,
        tot=tot,
        peildatum=dag,
        mijlpalen=mijlpalen(
            rij, van, tot, dag, codes, regels=regels, kalender=kalender, telwijze=telwijze
        ),
        sancties=sancties(rij, van, tot),
        spoor_2=spoor_2(rij, dag),
        uitkomsten=uitkomsten(rij, van, tot),
        groepsprogrammas=groepsprogrammas(rij),
    )

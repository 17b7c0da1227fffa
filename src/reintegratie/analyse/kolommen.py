"""The columnar timeline: every date of the rule set for millions of dossiers at once
(numpy, extra ``analyse``), without a Python object per case.

The input, :class:`Verzuimkolommen`, is what absence registrations hold: per
dossier its sickness periods (first and last day; the last open while the
employee is sick) and optionally its WAZO leave periods, as flat arrays with CSR
offsets (``grenzen``: the periods of dossier *i* are rows ``grenzen[i]`` up to
``grenzen[i + 1]``). Samentelling is done on the arrays (28 fit days start a new
case; leave days are neither sick nor fit); like :func:`~reintegratie.tijdlijn`,
the timeline is that of each dossier's latest case.

:func:`tijdlijn_kolommen` reads the rule set (default:
:func:`~reintegratie.regels.poortwachter_regels`) and computes each rule as
array operations: sick-day anchors (:class:`~reintegratie.regels.model.Ziektedag`),
offsets from other termijnen (:class:`~reintegratie.regels.model.NaTermijn`),
validity variants, windows, the Algemene termijnenwet shift
(``np.busday_offset`` with the holidays of the
:class:`~reintegratie.kalender.Kalender`) and recurring rules without a shift (as
counts). From periods alone a dossier has no recorded facts, so an anchor on a fact
(:class:`~reintegratie.regels.model.NaFeit`) counts from its fallback (the plan
van aanpak from the probleemanalyse deadline) and extensions by facts do not
apply. The dates and statuses are those :func:`~reintegratie.tijdlijn` gives for
the same trajecten without events (a property test checks it).

Built from trajecten (:meth:`Verzuimkolommen.van_trajecten`) or with recorded facts
(:class:`~reintegratie.analyse.feitkolommen.Feitkolommen`, from trajecten or from Arrow
columns), the columns take the recorded events into account, on the arrays: steps done
(``gehaald``/``te_laat`` against the due date), anchors on facts (the plan van aanpak
from the actual probleemanalyse, spoor 2 from the actual eerstejaarsevaluatie), the
evaluations each counted from the one before, conditions that make a termijn not apply
(spoor 2 not needed, geen benutbare mogelijkheden), the weeks of a loonsanctie and the
days of a late WIA application. :func:`~reintegratie.analyse.feitkolommen.feitrollen`
says which facts of a rule set that covers. A dossier holding another fact (an end of
employment, a vangnet, a vrijwillige verlenging, a bekorting beside its loonsanctie ...)
or of another jurisdiction is computed by :func:`~reintegratie.tijdlijn` itself, one
dossier at a time (:attr:`Tijdlijnkolommen.per_dossier`), so every status equals
``tijdlijn``'s.

>>> import pytest; np = pytest.importorskip("numpy")  # the 'analyse' extra
>>> x = np.array(["2025-10-01", "2026-02-28"], dtype="datetime64[D]")
>>> kol = tijdlijn_kolommen(x)
>>> kol["probleemanalyse"]
array(['2025-11-11', '2026-04-10'], dtype='datetime64[D]')
>>> kol["melding_42e_week"]   # sick day 295, shifted to a working day (Atw)
array(['2026-07-22', '2026-12-21'], dtype='datetime64[D]')
>>> kol["wia_aanvraag"], kol["einde_wachttijd"]
(array(['2027-07-13', '2027-12-10'], dtype='datetime64[D]'), \
array(['2027-09-28', '2028-02-25'], dtype='datetime64[D]'))

With sickness periods and breaks (the second dossier was fit for 10 days, which
samentelling adds together into one case):

>>> verzuim = Verzuimkolommen(
...     eerste_dag=np.array(["2025-10-01", "2025-10-01", "2025-11-11"], dtype="datetime64[D]"),
...     laatste_dag=np.array(["NaT", "2025-10-31", "NaT"], dtype="datetime64[D]"),
...     grenzen=np.array([0, 1, 3]))
>>> tijdlijn_kolommen(verzuim, codes=["probleemanalyse"])["probleemanalyse"]
array(['2025-11-11', '2025-11-21'], dtype='datetime64[D]')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

try:
    import numpy as np
except ImportError:  # pragma: no cover - without the extra; the module still imports
    np = None  # type: ignore[assignment]

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import controleer_datum
from reintegratie.analyse.feitkolommen import Feitkolommen, Gevalfeiten, feitrollen, samen_niet
from reintegratie.errors import ExtraOntbreektError, RuleSetError, ValidationError
from reintegratie.kalender import Kalender, standaard_kalender
from reintegratie.regels import (
    Anker,
    Laatste,
    NaFeit,
    NaTermijn,
    Regel,
    Status,
    Telwijze,
    Termijnsoort,
    Verschuiving,
    Vroegste,
    Ziektedag,
    ZonderFeit,
    poortwachter_regels,
)
from reintegratie.regels.engine import Tijdlijn, voorbereid
from reintegratie.regels.model import MetFeit, VerlengingTeLaat, VerlengingWeken, uitsluiting_van
from reintegratie.regels.tijdlijn import tijdlijn
from reintegratie.traject import Traject
from reintegratie.verzuim import SAMENTELLING_FITDAGEN

__all__ = [
    "STATUSSEN",
    "Herhalingkolommen",
    "NietVectoriseerbaarError",
    "Tijdlijnkolommen",
    "Verzuimkolommen",
    "als_datums",
    "kan_vectoriseren",
    "tijdlijn_kolommen",
]

if TYPE_CHECKING:
    import numpy.typing as npt

    Datums: TypeAlias = npt.NDArray[Any]
    """A ``datetime64[D]`` array (NaT: no date)."""
    Gehelen: TypeAlias = npt.NDArray[Any]
    """An integer array."""

#: Status codes of :attr:`Tijdlijnkolommen.status`: the index into this tuple; -1 where a
#: dossier has no such termijn.
STATUSSEN: tuple[Status, ...] = tuple(Status)
_CODE = {s: i for i, s in enumerate(STATUSSEN)}
_EPOCHE = _dt.date(1970, 1, 1).toordinal()
_NAT_I8 = -(2**63)  # NaT as int64
_ZONDER_NUMPY = (
    "reintegratie.analyse.kolommen needs numpy, which the 'analyse' extra installs: "
    "pip install 'reintegratie[analyse]'"
)


class NietVectoriseerbaarError(RuleSetError):
    """The columnar timeline cannot compute what was asked on arrays: a code (or, with
    ``codes`` left out, every code) of the rule set needs what only
    :func:`~reintegratie.tijdlijn` does (e.g. the Flemish rules, which count in months).
    The message names the codes and why. A :class:`~reintegratie.errors.RuleSetError`.
    """


def _vereist_numpy() -> None:
    if np is None:
        raise ExtraOntbreektError(_ZONDER_NUMPY)


@gecontroleerd
def als_datums(waarde: Any, veld: str = "datums") -> Datums:
    """*waarde* (dates, ISO strings, ``None``, or a datetime64 array) as a 1-d
    ``datetime64[D]`` array; ``None`` becomes NaT.

    >>> import pytest; _ = pytest.importorskip("numpy")  # the 'analyse' extra
    >>> from datetime import date
    >>> als_datums([date(2025, 10, 1), None])
    array(['2025-10-01',        'NaT'], dtype='datetime64[D]')
    """
    _vereist_numpy()
    try:
        rij = np.asarray(waarde, dtype="datetime64[D]")
    except (TypeError, ValueError, OverflowError) as fout:
        raise ValidationError(veld, f"expected dates: {fout}") from None
    if rij.ndim != 1:
        raise ValidationError(veld, f"expected a 1-d array, got {rij.ndim} dimensions")
    return rij


def _eerste_dagen(waarde: Any) -> Datums:
    return als_datums(waarde, "eerste_dag")


def _gehelen(waarde: Any, veld: str) -> Gehelen:
    rij = np.asarray(waarde)
    if rij.ndim != 1 or not (rij.size == 0 or np.issubdtype(rij.dtype, np.integer)):
        raise ValidationError(veld, f"expected a 1-d array of integers, got {rij.dtype}")
    return rij.astype(np.int64, copy=False)


def _dagen(datums: Datums) -> Gehelen:
    """Days since 1970-01-01 as int64 (NaT becomes a huge negative number)."""
    return datums.view(np.int64)


@attrs.frozen(eq=False)
class Verzuimkolommen:
    """Sickness (and leave) of many dossiers as flat arrays.

    ``eerste_dag`` and ``laatste_dag`` (NaT: still sick; only a dossier's last period
    may be open) give the sickness periods, in date order per dossier, without
    overlap. ``grenzen`` (length dossiers + 1, from 0 to the number of periods) gives
    each dossier's rows; ``None`` means one period per dossier. A dossier without
    periods has no timeline (all NaT). The optional leave periods
    (``verlof_eerste_dag``, ``verlof_laatste_dag``, ``verlof_zelfde_oorzaak``
    (default ``True``), ``verlof_grenzen``) are laid out the same way.

    .. versionadded:: 0.1.0
    """

    eerste_dag: Datums = attrs.field(converter=_eerste_dagen)
    laatste_dag: Datums | None = None
    grenzen: Gehelen | None = None
    verlof_eerste_dag: Datums | None = attrs.field(default=None, kw_only=True)
    verlof_laatste_dag: Datums | None = attrs.field(default=None, kw_only=True)
    verlof_zelfde_oorzaak: npt.NDArray[np.bool_] | None = attrs.field(default=None, kw_only=True)
    verlof_grenzen: Gehelen | None = attrs.field(default=None, kw_only=True)
    trajecten: Sequence[Traject] | None = attrs.field(default=None, kw_only=True, repr=False)
    """The trajecten the arrays were built from (:meth:`van_trajecten`), one per dossier
    (any sequence: only the rows computed per dossier are read): with them
    :func:`tijdlijn_kolommen` gives each dossier the statuses of
    :func:`~reintegratie.tijdlijn`. ``None`` and no :attr:`feiten`: the dossiers have no
    recorded events."""
    feiten: Feitkolommen | None = attrs.field(default=None, kw_only=True, repr=False)
    """The recorded facts of the dossiers (:class:`~.feitkolommen.Feitkolommen`), which
    :func:`tijdlijn_kolommen` applies on the arrays where it can; built from the
    trajecten when only those are given."""
    _enkelvoudig: bool = attrs.field(init=False, default=False, repr=False)
    """Whether every dossier has exactly one period (a fast path)."""

    def __attrs_post_init__(self) -> None:
        m = self.eerste_dag.size
        zet = object.__setattr__
        zonder_einde = self.laatste_dag is None
        laatste = (
            np.full(m, "NaT", dtype="datetime64[D]")
            if self.laatste_dag is None
            else als_datums(self.laatste_dag, "laatste_dag")
        )
        grenzen = (
            np.arange(m + 1, dtype=np.int64)
            if self.grenzen is None
            else _gehelen(self.grenzen, "grenzen")
        )
        zet(self, "laatste_dag", laatste)
        zet(self, "grenzen", grenzen)
        _controleer_csr(grenzen, m, "grenzen")
        zet(
            self,
            "_enkelvoudig",
            self.grenzen is None or bool((np.diff(grenzen) == 1).all()),
        )
        if laatste.size != m:
            raise ValidationError("laatste_dag", f"{laatste.size} dates for {m} periods")
        n = grenzen.size - 1
        if self.verlof_eerste_dag is None:
            v_eerste = np.empty(0, dtype="datetime64[D]")
            v_laatste = np.empty(0, dtype="datetime64[D]")
        else:
            v_eerste = als_datums(self.verlof_eerste_dag, "verlof_eerste_dag")
            v_laatste = als_datums(self.verlof_laatste_dag, "verlof_laatste_dag")
        v = v_eerste.size
        zelfde = (
            np.ones(v, dtype=bool)
            if self.verlof_zelfde_oorzaak is None
            else np.asarray(self.verlof_zelfde_oorzaak, dtype=bool)
        )
        v_grenzen = (
            np.zeros(n + 1, dtype=np.int64)
            if self.verlof_grenzen is None
            else _gehelen(self.verlof_grenzen, "verlof_grenzen")
        )
        zet(self, "verlof_eerste_dag", v_eerste)
        zet(self, "verlof_laatste_dag", v_laatste)
        zet(self, "verlof_zelfde_oorzaak", zelfde)
        zet(self, "verlof_grenzen", v_grenzen)
        if v_laatste.size != v or zelfde.size != v:
            raise ValidationError("verlof_laatste_dag", "the leave arrays differ in length")
        _controleer_csr(v_grenzen, v, "verlof_grenzen")
        if v_grenzen.size != grenzen.size:
            raise ValidationError(
                "verlof_grenzen", f"{v_grenzen.size - 1} dossiers, the sickness has {n}"
            )
        if self.trajecten is not None:
            if not isinstance(self.trajecten, Sequence):
                zet(self, "trajecten", tuple(self.trajecten))
            if len(self.trajecten) != n:
                raise ValidationError(
                    "trajecten", f"{len(self.trajecten)} trajecten for {n} dossiers"
                )
        self._controleer_perioden(zonder_einde)

    def _controleer_perioden(self, zonder_einde: bool) -> None:
        eerste, laatste = self.eerste_dag, self._laatste
        if np.isnat(eerste).any():
            raise ValidationError("eerste_dag", "a sickness period needs a first day (NaT found)")
        if not zonder_einde:
            fout = laatste < eerste  # False where laatste is NaT
            if fout.any():
                i = int(np.flatnonzero(fout)[0])
                raise ValidationError(f"laatste_dag[{i}]", f"{laatste[i]} precedes {eerste[i]}")
        if not self._enkelvoudig:
            self._controleer_volgorde()
        v_eerste, v_laatste = self._verlof
        fout = np.isnat(v_eerste) | np.isnat(v_laatste) | (v_laatste < v_eerste)
        if fout.any():
            i = int(np.flatnonzero(fout)[0])
            raise ValidationError(f"verlof_laatste_dag[{i}]", "not a period of leave")

    def _controleer_volgorde(self) -> None:
        eerste, laatste, grenzen = self.eerste_dag, self._laatste, self._grenzen
        volgend = np.ones(eerste.size, dtype=bool)
        volgend[grenzen[:-1][grenzen[:-1] < eerste.size]] = False  # first of a dossier
        volgend[0:1] = False
        j = np.flatnonzero(volgend)
        open_ervoor = np.isnat(laatste[j - 1])
        if open_ervoor.any():
            i = int(j[open_ervoor][0]) - 1
            raise ValidationError(f"laatste_dag[{i}]", "only a dossier's last period may be open")
        overlap = eerste[j] <= laatste[j - 1]
        if overlap.any():
            i = int(j[overlap][0])
            raise ValidationError(
                f"eerste_dag[{i}]", f"{eerste[i]} does not follow the period before it"
            )

    @property
    def _laatste(self) -> Datums:
        assert self.laatste_dag is not None  # set in __attrs_post_init__
        return self.laatste_dag

    @property
    def _grenzen(self) -> Gehelen:
        assert self.grenzen is not None
        return self.grenzen

    @property
    def _verlof(self) -> tuple[Datums, Datums]:
        assert self.verlof_eerste_dag is not None
        assert self.verlof_laatste_dag is not None
        return self.verlof_eerste_dag, self.verlof_laatste_dag

    def __len__(self) -> int:
        """The number of dossiers."""
        return int(self._grenzen.size - 1)

    @classmethod
    def van_trajecten(cls, trajecten: Iterable[Traject]) -> Verzuimkolommen:
        """The sickness and leave periods of *trajecten* (one dossier each), as arrays,
        together with the trajecten themselves (:attr:`trajecten`): with them
        :func:`tijdlijn_kolommen` takes each dossier's recorded events into account.
        """
        _vereist_numpy()
        trajecten = tuple(trajecten)
        eerste: list[int] = []
        laatste: list[int] = []
        grenzen = [0]
        v_eerste: list[int] = []
        v_laatste: list[int] = []
        v_zelfde: list[bool] = []
        v_grenzen = [0]
        for t in trajecten:
            for p in t.ziekteperioden:
                eerste.append(p.eerste_dag.toordinal())
                laatste.append(_NAT_I8 if p.laatste_dag is None else p.laatste_dag.toordinal())
            grenzen.append(len(eerste))
            for v in t.verlofperioden:
                v_eerste.append(v.eerste_dag.toordinal())
                v_laatste.append(v.laatste_dag.toordinal())
                v_zelfde.append(v.zelfde_oorzaak)
            v_grenzen.append(len(v_eerste))
        return cls(
            _uit_ordinalen(eerste),
            _uit_ordinalen(laatste),
            np.asarray(grenzen, dtype=np.int64),
            verlof_eerste_dag=_uit_ordinalen(v_eerste),
            verlof_laatste_dag=_uit_ordinalen(v_laatste),
            verlof_zelfde_oorzaak=np.asarray(v_zelfde, dtype=bool),
            verlof_grenzen=np.asarray(v_grenzen, dtype=np.int64),
            trajecten=trajecten,
            feiten=Feitkolommen.van_trajecten(trajecten),
        )


def _uit_ordinalen(ordinalen: list[int]) -> Datums:
    dagen = np.asarray(ordinalen, dtype=np.int64)
    dagen = np.where(dagen == _NAT_I8, _NAT_I8, dagen - _EPOCHE)
    return dagen.view("datetime64[D]")


def _controleer_csr(grenzen: Gehelen, rijen: int, veld: str) -> None:
    if grenzen.size < 1 or grenzen[0] != 0 or grenzen[-1] != rijen:
        raise ValidationError(veld, f"offsets must run from 0 to {rijen}")
    if (np.diff(grenzen) < 0).any():
        raise ValidationError(veld, "offsets must not decrease")


# --- samentelling on arrays ------------------------------------------------------------


@attrs.frozen(eq=False)
class _Gevallen:
    """The latest case of each dossier: X, its last sick day, and (for cases of more than
    one period) the periods padded into rows: first day and sick days before it."""

    x: Datums
    laatste: Datums
    meer: Gehelen
    """The dossiers whose latest case has more than one period."""
    begin: Gehelen
    """(len(meer), P) day numbers of each period's first day."""
    voor: Gehelen
    """(len(meer), P) sick days of the case before each period (padding: huge)."""

    def ziektedag(self, k: int) -> Datums:
        """The date on which each case reaches sick day *k* (as Ziektegeval does)."""
        uit = self.x + np.timedelta64(k - 1, "D")
        if self.meer.size:
            i = (self.voor < k).sum(axis=1) - 1
            rij = np.arange(self.meer.size)
            dag = self.begin[rij, i] + (k - 1) - self.voor[rij, i]
            uit[self.meer] = dag.view("datetime64[D]")
        return uit


def _samentellen(verzuim: Verzuimkolommen) -> _Gevallen:
    eerste, laatste, grenzen = verzuim.eerste_dag, verzuim._laatste, verzuim._grenzen
    geen = np.empty((0, 1), dtype=np.int64)
    if verzuim._enkelvoudig:
        return _Gevallen(eerste, laatste, np.empty(0, dtype=np.int64), geen, geen)
    n = grenzen.size - 1
    telling = np.diff(grenzen)
    if not eerste.size:
        leeg = np.full(n, "NaT", dtype="datetime64[D]")
        return _Gevallen(leeg, leeg.copy(), np.empty(0, dtype=np.int64), geen, geen)
    # With one period the case is that period: X and the last day are the last row's.
    laatste_rij = np.maximum(grenzen[1:] - 1, 0)
    x = eerste[laatste_rij]
    laatste_dag = laatste[laatste_rij]
    zonder = telling == 0
    if zonder.any():
        x[zonder] = np.datetime64("NaT", "D")
        laatste_dag[zonder] = np.datetime64("NaT", "D")
    meer = np.flatnonzero(telling > 1)
    if not meer.size:
        return _Gevallen(x, laatste_dag, meer, geen, geen)
    # Only dossiers with several periods need samentelling: their periods, row by row.
    aantal = telling[meer]
    tot_hier = np.cumsum(aantal)
    totaal = int(tot_hier[-1])
    rijen = np.arange(totaal) + np.repeat(grenzen[meer] - (tot_hier - aantal), aantal)
    wie = np.repeat(np.arange(meer.size), aantal)
    e = _dagen(eerste)[rijen]
    lt = laatste[rijen]
    open_ = np.isnat(lt)
    ld = np.where(open_, 0, _dagen(lt))
    verlof, ander = _verlof_in_breuken(verzuim)
    nieuw = np.ones(totaal, dtype=bool)
    fit = e[1:] - ld[:-1] - 1 - verlof[rijen[1:]]
    nieuw[1:] = (wie[1:] != wie[:-1]) | (fit >= SAMENTELLING_FITDAGEN) | ander[rijen[1:]]
    start = np.maximum.accumulate(np.where(nieuw, np.arange(totaal), 0))
    s = start[tot_hier - 1]  # per dossier: the first period of its latest case
    x[meer] = eerste[rijen[s]]
    in_geval = tot_hier - s
    veel = np.flatnonzero(in_geval > 1)
    if not veel.size:
        return _Gevallen(x, laatste_dag, np.empty(0, dtype=np.int64), geen, geen)
    s, in_geval = s[veel], in_geval[veel]
    breedte = int(in_geval.max())
    som = np.concatenate(([0], np.cumsum(np.where(open_, 0, ld - e + 1))))
    kolom = np.arange(breedte)
    geldig = kolom[None, :] < in_geval[:, None]
    index = np.where(geldig, s[:, None] + kolom[None, :], s[:, None])
    begin = e[index]
    voor = np.where(geldig, som[index] - som[s][:, None], np.iinfo(np.int64).max)
    return _Gevallen(x, laatste_dag, meer[veel], begin, voor)


def _verlof_in_breuken(verzuim: Verzuimkolommen) -> tuple[Gehelen, Any]:
    """Per sickness period, the leave days in the break before it and whether any of that
    leave has another cause (leave lies between periods: it may not overlap them)."""
    m = verzuim.eerste_dag.size
    v_eerste, v_laatste = verzuim._verlof
    if not v_eerste.size:
        return np.zeros(m, dtype=np.int64), np.zeros(m, dtype=bool)
    dagen = np.zeros(m, dtype=np.int64)
    ander = np.zeros(m, dtype=bool)
    assert verzuim.verlof_grenzen is not None
    assert verzuim.verlof_zelfde_oorzaak is not None
    grenzen = verzuim._grenzen
    dossier = np.repeat(np.arange(grenzen.size - 1), np.diff(grenzen))
    v_grenzen = verzuim.verlof_grenzen
    v_dossier = np.repeat(np.arange(v_grenzen.size - 1), np.diff(v_grenzen))
    # Periods sort by (dossier, first day): the period after a leave is found by search.
    sleutel = dossier.astype(np.int64) << 23 | (_dagen(verzuim.eerste_dag) + 2**22)
    v_sleutel = v_dossier.astype(np.int64) << 23 | (_dagen(v_eerste) + 2**22)
    j = np.searchsorted(sleutel, v_sleutel, side="right")
    binnen = (j > grenzen[v_dossier]) & (j < grenzen[v_dossier + 1])
    j, w = j[binnen], np.flatnonzero(binnen)
    na = _dagen(verzuim._laatste)[j - 1]
    tot = _dagen(verzuim.eerste_dag)[j]
    begin = np.maximum(_dagen(v_eerste)[w], na + 1)
    eind = np.minimum(_dagen(v_laatste)[w], tot - 1)
    telt = eind >= begin
    np.add.at(dagen, j[telt], (eind - begin + 1)[telt])
    np.logical_or.at(ander, j[telt], ~verzuim.verlof_zelfde_oorzaak[w][telt])
    return dagen, ander


# --- the rules -------------------------------------------------------------------------


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


@attrs.frozen(eq=False)
class Herhalingkolommen:
    """A recurring termijn (evaluations) on arrays: the first due date, how many fall due
    before the end (the wachttijd or recovery), and how many of those are missed on the
    peildatum; each completed one counts from its completion, as in the engine."""

    eerste: Datums
    aantal: Gehelen
    gemist: Gehelen
    afgerond_rij: Gehelen | None = attrs.field(default=None, kw_only=True)
    """The termijnen completed by a recorded fact, one entry each: the row, the due date
    (``afgerond_uiterlijk``) and the status (``afgerond_status``, gehaald or te_laat).
    Rows computed per dossier (:attr:`Tijdlijnkolommen.per_dossier`) are not in it."""
    afgerond_uiterlijk: Datums | None = attrs.field(default=None, kw_only=True)
    afgerond_status: npt.NDArray[np.int8] | None = attrs.field(default=None, kw_only=True)
    staart_vanaf: Datums | None = attrs.field(default=None, kw_only=True)
    """Per row, the day the termijnen nobody completed count from: they fall due
    ``interval``, 2 × ``interval`` ... days after it, ``staart_aantal`` of them (open,
    or missed before the peildatum). NaT: none. Not for rows computed per dossier."""
    staart_aantal: Gehelen | None = attrs.field(default=None, kw_only=True)
    interval: int = attrs.field(default=0, kw_only=True)


@attrs.frozen(eq=False)
class Tijdlijnkolommen:
    """The result of :func:`tijdlijn_kolommen`: per code, arrays over the dossiers.

    ``uiterlijk[code]`` is the due date (NaT: no such termijn, e.g. no sickness or no
    rule variant in force), ``status[code]`` its status as a code into
    :data:`STATUSSEN` (-1: no termijn), ``vanaf[code]`` the opening of a window (rules
    with ``venster_vanaf``). Recurring codes are in ``herhalingen``. ``overgeslagen``
    names the codes of the rule set left out, and why.

    .. versionadded:: 0.1.0
    """

    eerste_ziektedag: Datums
    laatste_ziektedag: Datums
    uiterlijk: Mapping[str, Datums]
    status: Mapping[str, npt.NDArray[np.int8]]
    vanaf: Mapping[str, Datums]
    herhalingen: Mapping[str, Herhalingkolommen]
    peildatum: _dt.date | None
    overgeslagen: Mapping[str, str]
    per_dossier: npt.NDArray[np.bool_] = attrs.field(kw_only=True)
    """Per dossier: whether its row came from :func:`~reintegratie.tijdlijn` (recorded
    facts, another jurisdiction, or a code the arrays cannot compute) rather than from
    the arrays."""

    def __len__(self) -> int:
        return int(self.eerste_ziektedag.size)

    def __getitem__(self, code: str) -> Datums:
        try:
            return self.uiterlijk[code]
        except KeyError:
            raise KeyError(
                f"no column {code!r} (columns: {', '.join(self.uiterlijk) or 'none'})"
            ) from None

    @property
    def codes(self) -> tuple[str, ...]:
        """The non-recurring codes computed, in rule-set dependency order."""
        return tuple(self.uiterlijk)

    def statussen(self, code: str) -> npt.NDArray[np.object_]:
        """``status[code]`` as an array of status values (strings; ``None``: no termijn)."""
        waarden = np.array([s.value for s in STATUSSEN] + [None], dtype=object)
        return waarden[self.status[code]]


def _feestdagen(kalender: Kalender, datums: Datums) -> Datums:
    """The holidays of *kalender* in the years *datums* span, plus the year after."""
    dagen = _dagen(datums)
    if not dagen.size:
        return np.empty(0, dtype="datetime64[D]")
    hoogste = int(dagen.max())  # NaT is the lowest int64: never the highest
    if hoogste == _NAT_I8:
        return np.empty(0, dtype="datetime64[D]")
    laagste = int((dagen - 1).min()) + 1  # NaT - 1 wraps to the highest int64
    laag, hoog = (_dt.date.fromordinal(d + _EPOCHE).year for d in (laagste, hoogste))
    hoog += 1
    vrij = [d for jaar in range(laag, hoog + 1) for d in kalender.feestdagen(jaar)]
    return np.array(vrij, dtype="datetime64[D]")


class _Reken:
    """One evaluation of a rule set over the arrays."""

    def __init__(
        self,
        gevallen: _Gevallen,
        kalender: Kalender,
        peildatum: _dt.date | None,
        feiten: Gevalfeiten | None = None,
    ) -> None:
        self.gevallen = gevallen
        self.kalender = kalender
        self.peildatum = None if peildatum is None else np.datetime64(peildatum, "D")
        self.klaar: dict[str, Datums] = {}
        self.gedaan: dict[str, Datums] = {}
        """Per code, the date its completing fact was recorded (NaT: not done)."""
        self._hersteld: npt.NDArray[np.bool_] | None = None
        self.feiten = feiten if feiten is not None else Gevalfeiten(None, None, gevallen.x.size)

    def anker(self, anker: Anker) -> Datums:
        if type(anker) is Laatste or type(anker) is Vroegste:
            # A part counting from a fact not recorded (no fallback) is passed over: NaT.
            delen = [_dagen(self.anker(a)) for a in anker.ankers]
            if type(anker) is Laatste:  # NaT is the lowest int64: max passes over it
                return functools.reduce(np.maximum, delen).view("datetime64[D]")
            hoog = np.iinfo(np.int64).max
            laagste = functools.reduce(np.minimum, (np.where(d == _NAT_I8, hoog, d) for d in delen))
            return np.where(laagste == hoog, _NAT_I8, laagste).view("datetime64[D]")
        if type(anker) is NaFeit:
            feit = self.feiten.eerste(anker.feit)
            gevonden = ~np.isnat(feit)
            anders = None if anker.anders is None else self.anker(anker.anders)
            if not gevonden.any():
                return (
                    np.full(feit.size, "NaT", dtype="datetime64[D]") if anders is None else anders
                )
            dag = feit + np.timedelta64(anker.dagen, "D")
            return dag if anders is None else np.where(gevonden, dag, anders)
        if type(anker) is Ziektedag:
            return self.gevallen.ziektedag(anker.dag)
        assert isinstance(anker, NaTermijn)
        basis = self.klaar.get(anker.termijn)
        if basis is None:
            raise RuleSetError(f"termijn {anker.termijn!r} has no column here")
        return basis + np.timedelta64(anker.dagen, "D")

    def verschuif(self, datums: Datums) -> Datums:
        vrij = _feestdagen(self.kalender, datums)
        return np.busday_offset(datums, 0, roll="forward", holidays=vrij)

    def status(self, uiterlijk: Datums, soort: Termijnsoort) -> npt.NDArray[np.int8]:
        laatste, peil = self.gevallen.laatste, self.peildatum
        vervallen = uiterlijk > laatste  # False where either is NaT
        anders: Any  # the status where it did not lapse: an array, or one code for all
        if soort is Termijnsoort.DEADLINE:
            if peil is not None:
                vervallen &= self.hersteld_voor_peildatum()
                anders = np.where(uiterlijk < peil, _CODE[Status.GEMIST], _CODE[Status.OPEN])
            else:
                anders = _CODE[Status.OPEN]
        elif peil is not None:
            anders = np.where(uiterlijk <= peil, _CODE[Status.BEREIKT], _CODE[Status.OPEN])
        else:
            anders = _CODE[Status.OPEN]
        uit = np.where(vervallen, np.int8(_CODE[Status.VERVALLEN]), anders).astype(np.int8)
        geen = np.isnat(uiterlijk)
        if geen.any():
            uit[geen] = -1
        return uit

    def hersteld_voor_peildatum(self) -> npt.NDArray[np.bool_]:
        """Per dossier: recovered before the peildatum (computed once)."""
        if self._hersteld is None:
            self._hersteld = self.gevallen.laatste < self.peildatum
        return self._hersteld

    def groep(self, groep: Sequence[Regel]) -> tuple[Datums, npt.NDArray[np.int8], Datums | None]:
        """Due dates, statuses and window openings of a non-recurring rule group."""
        eerste = groep[0]
        if len(groep) == 1 and eerste.geldig_vanaf is None and eerste.geldig_tot is None:
            return self.variant(eerste, self.anker(eerste.anker))
        n = self.gevallen.x.size
        uiterlijk = np.full(n, "NaT", dtype="datetime64[D]")
        status = np.full(n, -1, dtype=np.int8)
        vanaf: Datums | None = None
        over: npt.NDArray[np.bool_] | None = None  # rows no variant took yet (None: all)
        dag: Datums | None = None
        vorige: Anker | None = None
        for regel in groep:
            if dag is None or type(regel.anker) is not type(vorige) or regel.anker != vorige:
                dag = self.anker(regel.anker)
                vorige = regel.anker
            kies = ~np.isnat(dag) if over is None else over & ~np.isnat(dag)
            if regel.geldig_vanaf is not None:
                kies &= dag >= np.datetime64(regel.geldig_vanaf, "D")
            if regel.geldig_tot is not None:
                kies &= dag <= np.datetime64(regel.geldig_tot, "D")
            if not kies.any():
                continue
            u, s, v = self.variant(regel, dag)
            np.copyto(uiterlijk, u, where=kies)
            np.copyto(status, s, where=kies)
            if v is not None:
                if vanaf is None:
                    vanaf = np.full(n, "NaT", dtype="datetime64[D]")
                np.copyto(vanaf, v, where=kies)
            over = ~kies if over is None else over & ~kies
            if not over.any():
                break
        return uiterlijk, status, vanaf

    def variant(
        self, regel: Regel, dag: Datums
    ) -> tuple[Datums, npt.NDArray[np.int8], Datums | None]:
        for v in regel.verlengingen:
            dag = self.verleng(v, dag)
        uiterlijk = (
            self.verschuif(dag) if regel.verschuiving is Verschuiving.VOLGENDE_WERKDAG else dag
        )
        vanaf = None if regel.venster_vanaf is None else self.anker(regel.venster_vanaf)
        status = self.status(uiterlijk, regel.soort)
        zonder = uitsluiting_van(regel.voorwaarde)
        if zonder is not None:
            status = np.where(
                self.uitgesloten(zonder, uiterlijk), _CODE[Status.NIET_VAN_TOEPASSING], status
            ).astype(np.int8)
        if regel.soort is Termijnsoort.DEADLINE:
            gedaan = self.feiten.eerste(regel.feit)
            self.gedaan[regel.code] = gedaan
            klaar = ~np.isnat(gedaan) & ~np.isnat(uiterlijk)
            if klaar.any():
                op_tijd = np.where(
                    gedaan <= uiterlijk, _CODE[Status.GEHAALD], _CODE[Status.TE_LAAT]
                )
                status = np.where(klaar, op_tijd, status).astype(np.int8)
        return uiterlijk, status, vanaf

    def verleng(self, v: VerlengingTeLaat | VerlengingWeken, dag: Datums) -> Datums:
        """*dag* moved by extension *v* (as the engine's verlengers; what needs a
        shortening or bekorting goes per dossier, see :func:`~.feitkolommen.feitrollen`)."""
        if isinstance(v, VerlengingTeLaat):
            basis, gedaan = self.klaar[v.termijn], self.gedaan.get(v.termijn)
            if gedaan is None:
                return dag
            laat = ~np.isnat(gedaan) & (gedaan > basis)
            if v.geldig_vanaf is not None:
                laat &= basis >= np.datetime64(v.geldig_vanaf, "D")
            if v.geldig_tot is not None:
                laat &= basis <= np.datetime64(v.geldig_tot, "D")
            if not laat.any():
                return dag
            return np.where(laat, dag + (gedaan - basis), dag)
        s = self.feiten.selectie(v.feit)
        if not s.size:
            return dag
        datums = self.feiten.dag[s]
        telt = np.ones(s.size, dtype=bool)
        if v.geldig_vanaf is not None:
            telt &= datums >= (v.geldig_vanaf.toordinal() - _EPOCHE)
        if v.geldig_tot is not None:
            telt &= datums <= (v.geldig_tot.toordinal() - _EPOCHE)
        weken = np.zeros(dag.size, dtype=np.int64)
        np.add.at(weken, self.feiten.rij[s][telt], self.feiten.weken[s][telt])
        if v.maximum_weken is not None:
            weken = np.minimum(weken, v.maximum_weken)
        verlengd: Datums = dag + (7 * weken).astype("timedelta64[D]")
        return verlengd

    def uitgesloten(self, zonder: ZonderFeit, uiterlijk: Datums) -> npt.NDArray[np.bool_]:
        """Per row, whether *zonder* makes a termijn due on *uiterlijk* not apply (as the
        engine's ``uitgesloten_door``): the latest of its facts on or before the day judged
        (the due date, or the first date of the fact ``op``) not followed by a ``tenzij``
        fact by then."""
        n = uiterlijk.size
        peil = _dagen(uiterlijk)
        if zonder.op is not None:
            op = _dagen(self.feiten.eerste(zonder.op))
            peil = np.where(op != _NAT_I8, op, peil)
        laatst = np.full(n, _NAT_I8, dtype=np.int64)
        f = self.feiten
        for code in zonder.feiten:
            s = f.selectie(code)
            if s.size:
                rij, dag = f.rij[s], f.dag[s]
                telt = (peil[rij] != _NAT_I8) & (dag <= peil[rij])
                np.maximum.at(laatst, rij[telt], dag[telt])
        uit = laatst != _NAT_I8
        for code in zonder.tenzij:
            s = f.selectie(code)
            if s.size and uit.any():
                rij, dag = f.rij[s], f.dag[s]
                na = uit[rij] & (laatst[rij] < dag) & (dag <= peil[rij])
                uit[rij[na]] = False
        gevonden: npt.NDArray[np.bool_] = uit
        return gevonden

    def na_grens(self, v: VerlengingWeken) -> npt.NDArray[np.bool_]:
        """Per row: a fact of *v* dated after the termijn ``v.uiterlijk_op`` (the engine
        raises a ValidationError for it: the row goes per dossier)."""
        uit = np.zeros(self.gevallen.x.size, dtype=bool)
        s = self.feiten.selectie(v.feit)
        grens = self.klaar.get(v.uiterlijk_op or "")
        if s.size and grens is not None:
            rij = self.feiten.rij[s]
            g = _dagen(grens)[rij]
            uit[rij[(g != _NAT_I8) & (self.feiten.dag[s] > g)]] = True
        return uit

    def herhaling(self, regel: Regel) -> Herhalingkolommen:
        """A recurring rule (as the engine's): while completions remain, each termijn
        counts from the completion before; then each from the due date before, until the
        end (``herhaling.tot`` or recovery)."""
        assert regel.herhaling is not None
        interval = regel.herhaling.interval
        dag = _dagen(self.anker(regel.anker)).copy()
        einde_d = self.klaar[regel.herhaling.tot]
        laatste = self.gevallen.laatste
        einde_d = np.where(~np.isnat(laatste) & (laatste < einde_d), laatste, einde_d)
        geldig = ~np.isnat(einde_d) & (dag != _NAT_I8)
        einde = _dagen(einde_d)
        n = dag.size
        afgerond = np.zeros(n, dtype=np.int64)
        eerste_af = np.full(n, _NAT_I8, dtype=np.int64)
        staart = geldig.copy()  # rows whose undone termijnen run on from dag
        rijen: list[Gehelen] = []
        uiterlijken: list[Gehelen] = []
        statussen: list[npt.NDArray[np.int8]] = []
        s = self.feiten.selectie(regel.feit)
        if s.size:
            rij, gedaan = self.feiten.rij[s], self.feiten.dag[s]  # by row, then date
            begin = np.flatnonzero(np.r_[True, rij[1:] != rij[:-1]])
            plek = np.arange(rij.size) - np.repeat(begin, np.diff(np.r_[begin, rij.size]))
            actief = geldig.copy()
            for j in range(int(plek.max()) + 1):
                r, g = rij[plek == j], gedaan[plek == j]
                a = actief[r]
                r, g = r[a], g[a]
                u = dag[r] + interval
                stop = u > einde[r]
                actief[r[stop]] = False
                staart[r[stop]] = False
                telt = ~stop & (g > dag[r])  # done on or before the day it counts from: no
                r, g, u = r[telt], g[telt], u[telt]
                rijen.append(r)
                uiterlijken.append(u)
                statussen.append(
                    np.where(g <= u, _CODE[Status.GEHAALD], _CODE[Status.TE_LAAT]).astype(np.int8)
                )
                eerste_af[r] = np.where(afgerond[r] == 0, u, eerste_af[r])
                afgerond[r] += 1
                dag[r] = g
        ruimte = np.where(staart, einde - dag, -1)
        rest = np.where(ruimte >= interval, ruimte // interval, 0)
        eerste = np.where(afgerond > 0, eerste_af, np.where(rest > 0, dag + interval, _NAT_I8))
        if self.peildatum is None:
            gemist = np.zeros_like(rest)
        else:
            voor = np.where(staart, int(self.peildatum.astype(np.int64)) - dag - 1, -1)
            gemist = np.clip(voor // interval, 0, rest)
        leeg = np.empty(0, dtype=np.int64)
        return Herhalingkolommen(
            eerste.view("datetime64[D]"),
            afgerond + rest,
            gemist,
            afgerond_rij=np.concatenate(rijen) if rijen else leeg,
            afgerond_uiterlijk=(np.concatenate(uiterlijken) if rijen else leeg).view(
                "datetime64[D]"
            ),
            afgerond_status=np.concatenate(statussen) if rijen else leeg.astype(np.int8),
            staart_vanaf=np.where(staart, dag, _NAT_I8).view("datetime64[D]"),
            staart_aantal=rest,
            interval=interval,
        )


@gecontroleerd
def tijdlijn_kolommen(
    verzuim: Verzuimkolommen | Any,
    peildatum: _dt.date | None = None,
    *,
    codes: Iterable[str] | None = None,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> Tijdlijnkolommen:
    """The timelines of many dossiers, as arrays.

    *verzuim* is a :class:`Verzuimkolommen`, or an array of first sick days (one
    running period per dossier). *peildatum*, *regels*, *kalender* and *telwijze* are
    as for :func:`~reintegratie.tijdlijn`.

    Without trajecten (arrays of periods only) the dossiers have no recorded events:
    the dates, statuses and windows are those :func:`~reintegratie.tijdlijn` gives for
    the same dossiers as trajecten without events. *codes* picks the termijnen
    (default: every code the arrays can compute; the others are named in
    :attr:`Tijdlijnkolommen.overgeslagen`); a code asked for that cannot be computed on
    arrays, or a rule set of which no code can (the Flemish rules), is a
    :class:`NietVectoriseerbaarError` saying why (see :func:`kan_vectoriseren`).

    With the trajecten (:meth:`Verzuimkolommen.van_trajecten`) their recorded events
    count, and every code of the rule set can be asked for: each row equals
    ``reintegratie.tijdlijn(traject, peildatum)`` of its dossier. A dossier whose
    latest case has no recorded fact (by the peildatum) is computed on the arrays; a
    dossier with facts, of another jurisdiction than the rule set's (when *regels* is
    not given, its own rules apply, as in ``tijdlijn``), or asked for a code the arrays
    cannot compute, through :func:`~reintegratie.tijdlijn`, one dossier at a time
    (:attr:`Tijdlijnkolommen.per_dossier` marks those rows). A code whose every rule
    waits for a recorded fact (:class:`~reintegratie.regels.model.MetFeit`) has no
    termijn in a dossier without facts.

    .. versionadded:: 0.1.0
    """
    return _tijdlijn_kolommen(verzuim, peildatum, codes, regels, kalender, telwijze, True)


def _tijdlijn_kolommen(
    verzuim: Verzuimkolommen | Any,
    peildatum: _dt.date | None,
    codes: Iterable[str] | None,
    regels: Sequence[Regel] | None,
    kalender: Kalender | None,
    telwijze: Telwijze,
    vul: bool,
) -> Tijdlijnkolommen:
    """:func:`tijdlijn_kolommen`; without *vul*, the rows that need the object path are
    only marked in ``per_dossier`` (their values are those of the arrays), for a caller
    that computes those dossiers itself."""
    _vereist_numpy()
    if peildatum is not None:
        controleer_datum("peildatum", peildatum)
    if not isinstance(verzuim, Verzuimkolommen):
        verzuim = Verzuimkolommen(verzuim)
    trajecten = verzuim.trajecten
    regelset = regels if regels is not None else poortwachter_regels(telwijze)
    groepen = {groep[0].code: groep for groep in voorbereid(regelset)}
    redenen = kan_vectoriseren(regelset)
    # With the trajecten every code can be given (per dossier where the arrays cannot).
    mogelijk = (
        set(redenen) if trajecten is not None else {c for c, r in redenen.items() if r is None}
    )
    if codes is None:
        gevraagd = [c for c in redenen if c in mogelijk]
        if not gevraagd:
            eerste = next(iter(redenen.items()), ("", "the rule set is empty"))
            raise NietVectoriseerbaarError(
                f"the columnar timeline cannot compute any code of this rule set on arrays "
                f"({', '.join(map(repr, redenen)) or 'no codes'}; e.g. {eerste[0]!r}: "
                f"{eerste[1]}); use reintegratie.tijdlijn for it, or give the trajecten "
                "(Verzuimkolommen.van_trajecten)"
            )
    else:
        gevraagd = list(dict.fromkeys(codes))
        for code in gevraagd:
            if code not in redenen:
                raise RuleSetError(f"no rule {code!r} in the rule set")
            if code not in mogelijk:
                raise NietVectoriseerbaarError(
                    f"the columnar timeline cannot compute {code!r}: {redenen[code]}; "
                    "use reintegratie.tijdlijn for it, or give the trajecten "
                    "(Verzuimkolommen.van_trajecten)"
                )
    # Codes with a termijn only once a fact is recorded: none in a dossier without facts.
    alleen_met_feit = {
        c
        for c in gevraagd
        if redenen[c] is not None and all(type(r.voorwaarde) is MetFeit for r in groepen[c])
    }
    vector = [c for c in gevraagd if redenen[c] is None]
    nodig: set[str] = set()
    open_ = list(vector)
    if vector and (verzuim.feiten is not None or trajecten is not None):
        # A loonsanctie after the end of the wachttijd is an error of the object path
        # whatever code is asked: the termijn it is checked against is computed too.
        open_ += [
            v.uiterlijk_op
            for r in regelset
            for v in r.verlengingen
            if isinstance(v, VerlengingWeken)
            and v.uiterlijk_op is not None
            and redenen.get(v.uiterlijk_op) is None
        ]
    while open_:
        code = open_.pop()
        if code not in nodig:
            nodig.add(code)
            for regel in groepen[code]:
                open_.extend(_nodig(regel))
    kalender = kalender or standaard_kalender()
    gevallen = _samentellen(verzuim)
    feiten = verzuim.feiten
    if feiten is None and trajecten is not None:
        feiten = Feitkolommen.van_trajecten(trajecten)
    if feiten is not None and len(feiten) != gevallen.x.size:
        raise ValidationError(
            "feiten", f"{len(feiten)} dossiers, the sickness has {gevallen.x.size}"
        )
    reken = _Reken(
        gevallen,
        kalender,
        peildatum,
        None if feiten is None else _feiten_laatste_geval(feiten, gevallen.x, peildatum),
    )
    n = reken.gevallen.x.size
    uiterlijk: dict[str, Datums] = {}
    status: dict[str, npt.NDArray[np.int8]] = {}
    vanaf: dict[str, Datums] = {}
    herhalingen: dict[str, Herhalingkolommen] = {}
    for code, groep in groepen.items():  # dependency order
        if code not in nodig and code not in gevraagd:
            continue
        if code not in nodig:  # per dossier only: no termijn without a fact
            if groep[0].herhaling is not None:
                herhalingen[code] = Herhalingkolommen(
                    np.full(n, "NaT", dtype="datetime64[D]"),
                    np.zeros(n, dtype=np.int64),
                    np.zeros(n, dtype=np.int64),
                )
            else:
                uiterlijk[code] = np.full(n, "NaT", dtype="datetime64[D]")
                status[code] = np.full(n, -1, dtype=np.int8)
            continue
        if groep[0].herhaling is not None:
            h = reken.herhaling(groep[0])
            reken.klaar[code] = h.eerste
            if code in gevraagd:
                herhalingen[code] = h
            continue
        u, s, v = reken.groep(groep)
        reken.klaar[code] = u
        if code in gevraagd:
            uiterlijk[code] = u
            status[code] = s
            if v is not None:
                vanaf[code] = v
    per_dossier = np.zeros(n, dtype=bool)
    if feiten is not None:
        alles = trajecten is not None and any(
            redenen[c] is not None and c not in alleen_met_feit for c in gevraagd
        )
        per_dossier = _per_dossier(feiten, reken, regelset, regels is None, alles, peildatum)
        if per_dossier.any() and trajecten is None and vul:
            i = int(np.flatnonzero(per_dossier)[0])
            raise NietVectoriseerbaarError(
                f"{int(per_dossier.sum())} dossiers (the first: row {i}) hold facts the "
                "columnar timeline computes only through reintegratie.tijdlijn (see "
                "reintegratie.analyse.feitkolommen.feitrollen); give the trajecten"
            )
        if per_dossier.any() and vul:
            assert trajecten is not None
            _vul_per_dossier(
                trajecten,
                np.flatnonzero(per_dossier),
                (uiterlijk, status, vanaf, herhalingen),
                functools.partial(
                    tijdlijn,
                    peildatum=peildatum,
                    regels=regels,
                    kalender=kalender,
                    telwijze=telwijze,
                ),
            )
    overgeslagen = {c: r for c, r in redenen.items() if r is not None and c not in mogelijk}
    return Tijdlijnkolommen(
        eerste_ziektedag=reken.gevallen.x,
        laatste_ziektedag=reken.gevallen.laatste,
        uiterlijk=uiterlijk,
        status=status,
        vanaf=vanaf,
        herhalingen=herhalingen,
        peildatum=peildatum,
        overgeslagen=overgeslagen,
        per_dossier=per_dossier,
    )


def _feiten_laatste_geval(
    feiten: Feitkolommen, x: Datums, peildatum: _dt.date | None
) -> Gevalfeiten:
    """The facts of each dossier's latest case (from its first sick day X, by the
    peildatum), as the engine's ``feiten_per_code`` takes them."""
    dossier = np.repeat(np.arange(len(feiten)), np.diff(feiten.grenzen))
    dag = _dagen(feiten.datum)
    begin = _dagen(x)[dossier]
    binnen = (begin != _NAT_I8) & (dag >= begin)
    if peildatum is not None:
        binnen &= dag <= (peildatum.toordinal() - _EPOCHE)
    return Gevalfeiten(feiten, np.where(binnen, dossier, -1), x.size)


def _per_dossier(
    feiten: Feitkolommen,
    reken: _Reken,
    regels: Sequence[Regel],
    eigen: bool,
    alles: bool,
    peildatum: _dt.date | None,
) -> npt.NDArray[np.bool_]:
    """Per dossier, whether it needs the object path: it has a case, and a fact in its
    latest case the arrays do not apply (:func:`~.feitkolommen.feitrollen`; an end of
    employment also before the case), a vangnet period, a loonsanctie after the end of the
    wachttijd, a first sick day before the latest date from which a rule of the set knows
    the law (``Regel.eerder_onbekend``: the object path decides whether that is an error),
    or (*eigen*: no rule set was given) another jurisdiction than the Dutch rules, or a
    code the arrays cannot compute (*alles*)."""
    met_geval = ~np.isnat(reken.gevallen.x)
    if alles:
        return met_geval
    # A case from before the law a rule set knows is an error of the object path (rules
    # with eerder_onbekend): such a case, and one near it, goes there.
    grens = max(
        (r.geldig_vanaf for r in regels if r.eerder_onbekend and r.geldig_vanaf), default=None
    )
    _, niet = feitrollen(regels)
    uit = reken.feiten.heeft(niet) | feiten.bijzonder
    if grens is not None:
        uit |= reken.gevallen.x < np.datetime64(grens, "D")  # False where NaT
    if eigen:
        uit |= ~feiten.nederlands
    # The end of employment counts also when it lies before the case.
    ks = [i for i, c in enumerate(feiten.codes) if c == "einde_dienstverband"]
    if ks:
        s = np.isin(feiten.code, ks)
        if peildatum is not None:
            s &= feiten.datum <= np.datetime64(peildatum, "D")
        dossier = np.repeat(np.arange(len(feiten)), np.diff(feiten.grenzen))
        uit[dossier[s]] = True
    for feit, andere in samen_niet(regels):
        uit |= reken.feiten.heeft((feit,)) & reken.feiten.heeft(andere)
    for regel in regels:
        for v in regel.verlengingen:
            if isinstance(v, VerlengingWeken) and v.uiterlijk_op is not None:
                uit |= reken.na_grens(v)
    gevonden: npt.NDArray[np.bool_] = uit & met_geval
    return gevonden


_Kolommen: TypeAlias = tuple[
    dict[str, "Datums"],
    dict[str, "npt.NDArray[np.int8]"],
    dict[str, "Datums"],
    dict[str, Herhalingkolommen],
]


def _vul_per_dossier(
    trajecten: Sequence[Traject],
    rijen: Gehelen,
    kolommen: _Kolommen,
    maak: Callable[[Traject], Tijdlijn],
) -> None:
    """Overwrite rows *rijen* of *kolommen* with the timelines :func:`tijdlijn` gives."""
    uiterlijk, status, vanaf, herhalingen = kolommen
    for code in uiterlijk:  # the arrays may share memory: written into copies
        uiterlijk[code] = uiterlijk[code].copy()
        status[code] = status[code].copy()
    for code in list(vanaf):
        vanaf[code] = vanaf[code].copy()
    for code, h in list(herhalingen.items()):
        herhalingen[code] = attrs.evolve(
            h, eerste=h.eerste.copy(), aantal=h.aantal.copy(), gemist=h.gemist.copy()
        )
    n = len(trajecten)
    for i in rijen.tolist():
        tl = maak(trajecten[i])
        for code in uiterlijk:
            reeks = tl.alle(code)
            if not reeks:
                uiterlijk[code][i] = np.datetime64("NaT", "D")
                status[code][i] = -1
                if code in vanaf:
                    vanaf[code][i] = np.datetime64("NaT", "D")
                continue
            termijn = tl[code]
            uiterlijk[code][i] = termijn.uiterlijk
            status[code][i] = _CODE[termijn.status]
            if termijn.vanaf is not None:
                if code not in vanaf:
                    vanaf[code] = np.full(n, "NaT", dtype="datetime64[D]")
                vanaf[code][i] = termijn.vanaf
            elif code in vanaf:
                vanaf[code][i] = np.datetime64("NaT", "D")
        for code, h in herhalingen.items():
            reeks = tl.alle(code)
            h.aantal[i] = len(reeks)
            h.gemist[i] = sum(r.status is Status.GEMIST for r in reeks)
            h.eerste[i] = reeks[0].uiterlijk if reeks else np.datetime64("NaT", "D")

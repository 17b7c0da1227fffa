"""The input of the columnar timeline: the sickness and leave periods of many dossiers
as flat arrays (numpy, extra ``analyse``), and samentelling on those arrays.

:class:`Verzuimkolommen` holds per dossier its sickness periods (first and last day; the
last open while the employee is sick) and optionally its WAZO leave periods, with CSR
offsets (``grenzen``: the periods of dossier *i* are rows ``grenzen[i]`` up to
``grenzen[i + 1]``); :func:`als_datums` reads dates as a ``datetime64[D]`` array.
Samentelling on the arrays (28 fit days start a new case; leave days are neither sick
nor fit) gives each dossier's latest case, from which
:func:`~reintegratie.analyse.kolommen.tijdlijn_kolommen` counts.

Every public name here is also importable from :mod:`reintegratie.analyse.kolommen`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

try:
    import numpy as np
except ImportError:  # pragma: no cover - without the extra; the module still imports
    np = None  # type: ignore[assignment]

from reintegratie._argumenten import gecontroleerd
from reintegratie.analyse.feitkolommen import Feitkolommen
from reintegratie.errors import ExtraOntbreektError, ValidationError
from reintegratie.traject import Traject
from reintegratie.verzuim import SAMENTELLING_FITDAGEN

__all__ = ["Verzuimkolommen", "als_datums"]

if TYPE_CHECKING:
    import numpy.typing as npt

    Datums: TypeAlias = npt.NDArray[Any]
    """A ``datetime64[D]`` array (NaT: no date)."""
    Gehelen: TypeAlias = npt.NDArray[Any]
    """An integer array."""

_EPOCHE = _dt.date(1970, 1, 1).toordinal()
_NAT_I8 = -(2**63)  # NaT as int64
_ZONDER_NUMPY = (
    "reintegratie.analyse.kolommen needs numpy, which the 'analyse' extra installs: "
    "pip install 'reintegratie[analyse]'"
)


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
    :func:`~.kolommen.tijdlijn_kolommen` gives each dossier the statuses of
    :func:`~reintegratie.tijdlijn`. ``None`` and no :attr:`feiten`: the dossiers have no
    recorded events."""
    feiten: Feitkolommen | None = attrs.field(default=None, kw_only=True, repr=False)
    """The recorded facts of the dossiers (:class:`~.feitkolommen.Feitkolommen`), which
    :func:`~.kolommen.tijdlijn_kolommen` applies on the arrays where it can; built from the
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
        :func:`~.kolommen.tijdlijn_kolommen` takes each dossier's recorded events into account.
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

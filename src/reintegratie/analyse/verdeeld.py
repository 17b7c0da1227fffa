"""Beyond one machine: the columnar timeline over a Dask DataFrame, partition by partition
(extra ``dask``; pandas and numpy come with it).

:func:`tijdlijn_partitie` is a plain function from a pandas DataFrame of sickness
periods to the same rows with the due date and status of every termijn added; it
is what runs on each partition. :func:`dask_tijdlijn` is the recipe around it:
``map_partitions`` with the output's schema (``meta``) worked out on an empty
frame, so Dask plans without computing. Each partition is independent, so the
work spreads over threads, processes or a cluster as the scheduler decides.

Two layouts:

* one row per dossier (a single sickness period): columns ``eerste_ziektedag`` and
  optionally ``laatste_ziektedag`` (NaT while sick); rows and index are kept;
* one row per sickness period, with a dossier column (``dossier="..."``): the
  rows of a dossier must be in one partition (:func:`dask_tijdlijn` shuffles on
  that column); the result has one row per dossier, indexed by it.

>>> import pytest; pd = pytest.importorskip("pandas")  # the 'dask' extra brings pandas
>>> df = pd.DataFrame({"eerste_ziektedag": pd.to_datetime(["2025-10-01", "2026-02-28"])})
>>> uit = tijdlijn_partitie(df, codes=["melding_42e_week"])
>>> uit["melding_42e_week"].dt.date.tolist()
[datetime.date(2026, 7, 22), datetime.date(2026, 12, 21)]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import Any

from reintegratie._argumenten import gecontroleerd
from reintegratie.analyse._extra import importeer
from reintegratie.analyse.kolommen import STATUSSEN, Verzuimkolommen, als_datums, tijdlijn_kolommen
from reintegratie.errors import ValidationError
from reintegratie.kalender import Kalender
from reintegratie.regels import Regel, Telwijze

__all__ = ["dask_tijdlijn", "tijdlijn_partitie"]

_STATUSWAARDEN = [s.value for s in STATUSSEN]


@gecontroleerd
def tijdlijn_partitie(
    df: Any,
    peildatum: _dt.date | None = None,
    *,
    eerste_dag: str = "eerste_ziektedag",
    laatste_dag: str | None = "laatste_ziektedag",
    dossier: str | None = None,
    codes: Iterable[str] | None = None,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> Any:
    """*df* (pandas) with a column per termijn code (due date, ``datetime64[s]``) and one
    ``<code>_status`` (categorical) added, computed by
    :func:`~reintegratie.analyse.kolommen.tijdlijn_kolommen`.

    *eerste_dag* and *laatste_dag* name the period columns (a missing *laatste_dag*
    column means every period runs). With *dossier*, rows are sickness periods and the
    result has one row per dossier (index: the dossier), with the latest case's
    ``eerste_ziektedag`` and ``laatste_ziektedag``. The other arguments are those of
    :func:`~reintegratie.analyse.kolommen.tijdlijn_kolommen`.

    .. versionadded:: 0.1.0
    """
    pd = importeer("pandas", "tijdlijn_partitie")
    np = importeer("numpy", "tijdlijn_partitie")
    if eerste_dag not in df.columns:
        raise ValidationError(eerste_dag, f"no column {eerste_dag!r} in the frame")
    if dossier is not None:
        if dossier not in df.columns:
            raise ValidationError(dossier, f"no column {dossier!r} in the frame")
        df = df.sort_values([dossier, eerste_dag], kind="stable")
    eerste = als_datums(df[eerste_dag].to_numpy(), eerste_dag)
    laatste = (
        als_datums(df[laatste_dag].to_numpy(), laatste_dag)
        if laatste_dag is not None and laatste_dag in df.columns
        else None
    )
    grenzen = None
    if dossier is not None:
        sleutels = df[dossier].to_numpy()
        nieuw = np.ones(len(sleutels), dtype=bool)
        if len(sleutels) > 1:
            nieuw[1:] = sleutels[1:] != sleutels[:-1]
        starts = np.flatnonzero(nieuw)
        grenzen = np.concatenate((starts, [len(sleutels)])).astype(np.int64)
    verzuim = Verzuimkolommen(eerste, laatste, grenzen)
    kol = tijdlijn_kolommen(
        verzuim, peildatum, codes=codes, regels=regels, kalender=kalender, telwijze=telwijze
    )
    if dossier is None:
        uit = df.copy()
        index = df.index
    else:
        index = pd.Index(df[dossier].to_numpy()[starts], name=dossier)
        uit = pd.DataFrame(index=index)
        uit["eerste_ziektedag"] = kol.eerste_ziektedag.astype("datetime64[s]")
        uit["laatste_ziektedag"] = kol.laatste_ziektedag.astype("datetime64[s]")
    for code in kol.codes:
        uit[code] = pd.Series(kol.uiterlijk[code].astype("datetime64[s]"), index=index)
        uit[f"{code}_status"] = pd.Series(
            pd.Categorical.from_codes(kol.status[code], categories=_STATUSWAARDEN), index=index
        )
    return uit


@gecontroleerd
def dask_tijdlijn(
    ddf: Any,
    peildatum: _dt.date | None = None,
    *,
    eerste_dag: str = "eerste_ziektedag",
    laatste_dag: str | None = "laatste_ziektedag",
    dossier: str | None = None,
    codes: Iterable[str] | None = None,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> Any:
    """The columnar timeline over a Dask DataFrame: :func:`tijdlijn_partitie` on every
    partition (``map_partitions``), lazily; ``.compute()`` runs it.

    With *dossier*, the frame is first shuffled on that column so that every dossier's
    periods share a partition.

    .. versionadded:: 0.1.0
    """
    importeer("dask.dataframe", "dask_tijdlijn")
    opties: dict[str, Any] = {
        "eerste_dag": eerste_dag,
        "laatste_dag": laatste_dag,
        "dossier": dossier,
        "codes": None if codes is None else tuple(codes),
        "regels": regels,
        "kalender": kalender,
        "telwijze": telwijze,
    }
    if dossier is not None:
        ddf = ddf.shuffle(on=dossier)
    meta = tijdlijn_partitie(ddf._meta, peildatum, **opties)
    return ddf.map_partitions(tijdlijn_partitie, peildatum, meta=meta, **opties)

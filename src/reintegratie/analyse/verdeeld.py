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

:func:`dask_kpis` is the recipe for the KPI report of caseload files too large for
one process: the files are cut into blocks at line ends (JSON Lines) or row groups
(Parquet), each block is read into columns and reported on by the Arrow path
(:meth:`Caseloadkolommen.kpis <reintegratie.analyse.Caseloadkolommen.kpis>`, no
Python object per dossier), and the partial reports are added up into the one
report :func:`~reintegratie.analyse.kpis` gives for the whole caseload.

>>> import pytest; pd = pytest.importorskip("pandas")  # the 'dask' extra brings pandas
>>> df = pd.DataFrame({"eerste_ziektedag": pd.to_datetime(["2025-10-01", "2026-02-28"])})
>>> uit = tijdlijn_partitie(df, codes=["melding_42e_week"])
>>> uit["melding_42e_week"].dt.date.tolist()
[datetime.date(2026, 7, 22), datetime.date(2026, 12, 21)]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie.analyse._extra import importeer
from reintegratie.analyse.kolommen import STATUSSEN, Verzuimkolommen, als_datums, tijdlijn_kolommen
from reintegratie.analyse.kpi import (
    MIJLPALEN,
    Kpirapport,
    Mijlpaalcijfer,
    Sanctiecijfer,
    Spoor2cijfer,
    Uitkomstcijfer,
    kpis,
)
from reintegratie.errors import ReintegratieError, SerializationError, ValidationError
from reintegratie.kalender import Kalender
from reintegratie.regels import Regel, Telwijze
from reintegratie.rollen import Rol

__all__ = ["dask_kpis", "dask_tijdlijn", "tijdlijn_partitie"]

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
    if not isinstance(df, pd.DataFrame):
        raise ValidationError("df", f"expected a pandas DataFrame, got {type(df).__name__}")
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
    dd = importeer("dask.dataframe", "dask_tijdlijn")
    if not isinstance(ddf, dd.DataFrame):
        raise ValidationError("ddf", f"expected a Dask DataFrame, got {type(ddf).__name__}")
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
        if dossier not in ddf.columns:
            raise ValidationError(dossier, f"no column {dossier!r} in the frame")
        ddf = ddf.shuffle(on=dossier)
    meta = tijdlijn_partitie(ddf._meta, peildatum, **opties)
    return ddf.map_partitions(tijdlijn_partitie, peildatum, meta=meta, **opties)


# --- the KPI report of caseload files -----------------------------------------------------

#: Bytes of JSON Lines per block (one task each) unless the caller says otherwise.
BLOKGROOTTE = 64 * 2**20


@attrs.frozen
class _Deel:
    """The report of one block, and what adding reports up needs beyond it: the group
    programmes seen (a programme shared by dossiers in several blocks counts once)."""

    rapport: Kpirapport
    programmas: frozenset[tuple[Any, ...]]


@attrs.frozen
class _Opties:
    van: _dt.date
    tot: _dt.date
    peildatum: _dt.date | None
    codes: tuple[str, ...]
    regels: Sequence[Regel] | None
    kalender: Kalender | None
    telwijze: Telwijze


def _deel(kol: Any, o: _Opties) -> _Deel:
    rapport = kol.kpis(
        o.van,
        o.tot,
        o.peildatum,
        o.codes,
        regels=o.regels,
        kalender=o.kalender,
        telwijze=o.telwijze,
    )
    return _Deel(rapport, kol.programma_sleutels())


def _regels_voor(bestand: Any, begin: int) -> int:
    """Lines of *bestand* (binary, seekable) before byte *begin*."""
    bestand.seek(0)
    regels = 0
    over = begin
    while over > 0:
        stuk = bestand.read(min(over, 2**20))
        if not stuk:
            break
        regels += stuk.count(b"\n")
        over -= len(stuk)
    return regels


_REGEL = re.compile(r"^line (\d+)")


def _in_bestand(fout: ReintegratieError, pad: str, regels_ervoor: int) -> SerializationError:
    """*fout*, raised for a block, with the file's name and the line counted in the file."""
    tekst = _REGEL.sub(lambda m: f"line {int(m.group(1)) + regels_ervoor}", str(fout), count=1)
    return SerializationError(f"{pad}: {tekst}")


def _jsonl_blok(fs: Any, pad: str, begin: int, lengte: int, o: _Opties) -> _Deel | None:
    from reintegratie.analyse.arrow import lees_kolommen

    fu = importeer("fsspec.utils", "dask_kpis")
    read_block, seek_delimiter = fu.read_block, fu.seek_delimiter

    with fs.open(pad, "rb") as bestand:
        blok = read_block(bestand, begin, lengte, delimiter=b"\n")
        if not blok.strip():
            return None
        try:
            return _deel(lees_kolommen(io.BytesIO(blok), "jsonl"), o)
        except ReintegratieError as fout:
            echt = 0
            if begin:  # the block starts after the first line end at or after *begin*
                bestand.seek(begin)
                seek_delimiter(bestand, b"\n", 2**16)
                echt = bestand.tell()
            raise _in_bestand(fout, pad, _regels_voor(bestand, echt)) from None


def _parquet_groep(fs: Any, pad: str, groep: int, o: _Opties) -> _Deel:
    pq = importeer("pyarrow.parquet", "dask_kpis")
    from reintegratie.analyse.arrow import Caseloadkolommen, _schema

    pa = importeer("pyarrow", "dask_kpis")
    with fs.open(pad, "rb") as bestand:
        boek = pq.ParquetFile(bestand)
        voor = sum(boek.metadata.row_group(i).num_rows for i in range(groep))
        tabel = boek.read_row_group(groep)
    verwacht = _schema(pa.date32())
    if not tabel.schema.equals(verwacht):
        raise SerializationError(
            f"{pad}: not a caseload written by Caseloadkolommen.naar_parquet "
            f"(expected the schema {verwacht}, got {tabel.schema})"
        )
    try:
        return _deel(Caseloadkolommen(tabel), o)
    except ReintegratieError as fout:  # "line N" of a Parquet file: its row N
        raise _in_bestand(fout, pad, voor) from None


def _optellen(delen: Sequence[_Deel | None], o: _Opties) -> Kpirapport:
    """The report of the whole caseload from the reports of its blocks, in file order."""
    leeg = kpis((), o.van, o.tot, o.peildatum, o.codes)
    echte = [d for d in delen if d is not None]
    if not echte:
        return leeg
    r = [d.rapport for d in echte]
    mijlpalen = tuple(
        Mijlpaalcijfer(
            code,
            **{
                veld: sum(getattr(rr.mijlpalen[i], veld) for rr in r)
                for veld in (
                    "op_tijd",
                    "te_laat",
                    "gemist",
                    "open",
                    "vervallen",
                    "niet_van_toepassing",
                )
            },
        )
        for i, code in enumerate(o.codes)
    )
    sancties = Sanctiecijfer(
        sum(x.sancties.trajecten for x in r),
        sum(x.sancties.met_sanctie for x in r),
        sum(x.sancties.aantal for x in r),
        tuple(w for x in r for w in x.sancties.weken),
        sum(x.sancties.bekortingen for x in r),
    )
    spoor = Spoor2cijfer(
        sum(x.spoor_2.trajecten for x in r),
        sum(x.spoor_2.met_spoor_2 for x in r),
        tuple(w for x in r for w in x.spoor_2.weken),
    )
    per_soort: Counter[Any] = Counter()
    partijen: dict[Any, list[int]] = {}
    for x in r:
        per_soort.update(x.uitkomsten.per_soort)
        for partij, (gevraagd, tevreden) in x.uitkomsten.tevredenheid_per_partij.items():
            telling = partijen.setdefault(partij, [0, 0])
            telling[0] += gevraagd
            telling[1] += tevreden
    uitkomsten = Uitkomstcijfer(
        sum(x.uitkomsten.trajecten for x in r),
        sum(x.uitkomsten.met_uitkomst for x in r),
        dict(per_soort),
        sum(x.uitkomsten.andere_baan for x in r),
        sum(x.uitkomsten.tevredenheid_gevraagd for x in r),
        sum(x.uitkomsten.tevredenheid_verbeterd for x in r),
        sum(x.uitkomsten.nieuwe_functie for x in r),
        {p: (partijen[p][0], partijen[p][1]) for p in Rol if p in partijen},
    )
    from reintegratie.analyse.arrow import _groepscijfer

    groepen = _groepscijfer(
        frozenset().union(*(d.programmas for d in echte)),
        sum(x.groepsprogrammas.trajecten_in_groep for x in r),
    )
    return attrs.evolve(
        leeg,
        mijlpalen=mijlpalen,
        sancties=sancties,
        spoor_2=spoor,
        uitkomsten=uitkomsten,
        groepsprogrammas=groepen,
    )


@gecontroleerd
def dask_kpis(
    bron: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    van: _dt.date,
    tot: _dt.date,
    peildatum: _dt.date | None = None,
    codes: Sequence[str] = MIJLPALEN,
    *,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
    formaat: str | None = None,
    blokgrootte: int = BLOKGROOTTE,
) -> Any:
    """The KPI report (:func:`~reintegratie.analyse.kpis`) of the caseload files *bron*,
    as a Dask ``Delayed``: ``.compute()`` runs it on the current scheduler (threads,
    processes or a ``distributed`` cluster).

    *bron* is a path, a glob (``"caseload/*.jsonl"``) or a list of paths, local or any
    file system fsspec knows; on a cluster every worker must be able to read them.
    JSON Lines files (:func:`~reintegratie.schrijf_jsonl`) are cut into blocks of about
    *blokgrootte* bytes at line ends; Parquet files
    (:meth:`Caseloadkolommen.naar_parquet
    <reintegratie.analyse.Caseloadkolommen.naar_parquet>`) into their row groups; *formaat*
    (``"jsonl"`` or ``"parquet"``) applies to every file, by default a name ending in
    ``.parquet`` is Parquet. Each block is read into columns (:func:`lees_kolommen
    <reintegratie.analyse.lees_kolommen>`) and reported on with
    :meth:`Caseloadkolommen.kpis <reintegratie.analyse.Caseloadkolommen.kpis>`; the block
    reports add up to the report of the whole caseload, equal to what :func:`kpis` gives
    for the same trajecten (a group programme shared by dossiers in several blocks counts
    once). The other arguments are those of :func:`kpis`.

    A bad line is an error naming the file and the line in the file (extras ``dask`` and
    ``arrow``).

    .. versionadded:: 0.1.0
    """
    dask = importeer("dask", "dask_kpis")
    importeer("pyarrow", "dask_kpis")
    get_fs_token_paths = importeer("fsspec.core", "dask_kpis").get_fs_token_paths

    from reintegratie._validatie import controleer_datum

    controleer_datum("van", van)
    controleer_datum("tot", tot)
    if peildatum is not None:
        controleer_datum("peildatum", peildatum)
    if isinstance(blokgrootte, bool) or not isinstance(blokgrootte, int) or blokgrootte < 1:
        raise ValidationError(
            "blokgrootte", f"expected a positive number of bytes, got {blokgrootte!r}"
        )
    if formaat not in (None, "jsonl", "parquet"):
        raise ValidationError("formaat", f"expected 'jsonl' or 'parquet', got {formaat!r}")
    if isinstance(bron, str | os.PathLike):
        bronnen: Any = os.fspath(bron)
    elif isinstance(bron, Sequence) and all(isinstance(b, str | os.PathLike) for b in bron):
        bronnen = [os.fspath(b) for b in bron]
    else:
        raise ValidationError("bron", f"expected a path, a glob or a list of paths, got {bron!r}")
    if not bronnen:
        raise ValidationError("bron", "an empty list of paths")
    o = _Opties(van, tot, peildatum, tuple(codes), regels, kalender, telwijze)
    kpis((), van, tot, peildatum, o.codes)  # the period and codes are checked here, once
    fs, _, paden = get_fs_token_paths(bronnen, mode="rb")
    if not paden:
        raise ValidationError("bron", f"no file matches {bron!r}")
    taken = []
    for pad in paden:
        if not fs.isfile(pad):
            raise ValidationError("bron", f"not a file: {pad}")
        soort = formaat or ("parquet" if str(pad).endswith(".parquet") else "jsonl")
        if soort == "parquet":
            pq = importeer("pyarrow.parquet", "dask_kpis")
            with fs.open(pad, "rb") as bestand:
                groepen = pq.ParquetFile(bestand).num_row_groups
            taken += [dask.delayed(_parquet_groep)(fs, pad, g, o) for g in range(groepen)]
        else:
            grootte = fs.size(pad)
            taken += [
                dask.delayed(_jsonl_blok)(fs, pad, begin, blokgrootte, o)
                for begin in range(0, grootte, blokgrootte)
            ]
    return dask.delayed(_optellen)(taken, o)

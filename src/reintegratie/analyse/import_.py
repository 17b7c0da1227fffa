"""Absence registrations from HR data (CSV, Parquet, a pandas or polars frame, a dict of
columns) into trajecten, with samentelling, and every bad row reported.

One row is one registration: an employee (``werknemer``) of an employer
(``werkgever``) sick from ``eerste_dag`` up to and including ``laatste_dag`` (empty while
sick) at ``percentage`` (1–100; column optional, 100 when absent). Instead of
``laatste_dag`` a ``herstel`` column may give the first day of full recovery (the last
sick day is the day before). :class:`Kolomnamen` maps other column names.

The rows of one employee at one employer become one :class:`~reintegratie.traject.Traject`
whose sickness periods are the rows in date order; rows that join without a day between
them at the same percentage are one period (an export split per month). The Traject
validates the periods and adds them together into cases (samentelling, BW 7:629 lid 10:
fewer than 28 fit days between periods is one case). The model holds one percentage per
sickness period, so a change of percentage without a day of recovery between is refused
(it is not a recovery).

Strict by default: the first bad row is a :class:`~reintegratie.errors.ValidationError`
naming the row (1 = the first data row) and the field. With ``streng=False`` every bad row
is collected in :attr:`Importresultaat.fouten` and the employee's other rows are reported
too (their dossier is left out, never half-built); the good dossiers are returned.

>>> res = lees_verzuim({"werknemer": ["A", "A"], "werkgever": ["WG", "WG"],
...                     "eerste_dag": ["2025-01-06", "2025-02-01"],
...                     "laatste_dag": ["2025-01-10", None]})
>>> t, = res.trajecten
>>> len(t.ziekteperioden), len(t.ziektegevallen)   # 21 fit days between: one case
(2, 1)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import csv
import datetime as _dt
import os
from collections.abc import Mapping
from typing import Any

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie.analyse._extra import importeer
from reintegratie.analyse.statistiek import _dag, _kolom, _leeg
from reintegratie.errors import ValidationError
from reintegratie.traject import Traject
from reintegratie.verzuim import Ziekteperiode

__all__ = ["Importresultaat", "Kolomnamen", "Rijfout", "lees_verzuim"]

_EEN_DAG = _dt.timedelta(days=1)


@attrs.frozen
class Kolomnamen:
    """The column of each field in the source (``None``: the optional column is absent)."""

    werknemer: str = "werknemer"
    werkgever: str = "werkgever"
    eerste_dag: str = "eerste_dag"
    laatste_dag: str | None = "laatste_dag"
    percentage: str | None = "percentage"
    herstel: str | None = None


@attrs.frozen
class Rijfout:
    """A bad row: its number (1 = the first data row), the field and what is wrong."""

    rij: int
    veld: str
    reden: str

    def __str__(self) -> str:
        return f"row {self.rij}: {self.veld}: {self.reden}"


@attrs.frozen
class Importresultaat:
    """The trajecten built and the rows refused (empty unless ``streng=False``)."""

    trajecten: tuple[Traject, ...]
    fouten: tuple[Rijfout, ...] = ()


@attrs.frozen
class _Rij:
    nummer: int
    eerste: _dt.date
    laatste: _dt.date | None
    percentage: int


def _tabel(bron: Any) -> Any:
    if isinstance(bron, str | os.PathLike):
        pad = os.fspath(bron)
        if str(pad).endswith(".parquet"):
            pq = importeer("pyarrow.parquet", "reading absence registrations from Parquet")
            return pq.read_table(pad).to_pydict()
        with open(pad, newline="", encoding="utf-8-sig") as invoer:
            lezer = csv.DictReader(invoer)
            rijen = list(lezer)
            namen = lezer.fieldnames or []
        return {n: [r[n] for r in rijen] for n in namen}
    return bron


def _percentage(waarde: Any, rij: int, veld: str) -> int:
    if _leeg(waarde):
        raise ValidationError(f"row {rij}: {veld}", "a percentage is required (1-100)")
    if isinstance(waarde, str):
        try:
            waarde = int(waarde.strip())
        except ValueError:
            raise ValidationError(
                f"row {rij}: {veld}", f"expected a whole number, got {waarde!r}"
            ) from None
    if isinstance(waarde, float) and waarde.is_integer():
        waarde = int(waarde)
    if isinstance(waarde, bool) or not isinstance(waarde, int) or not 1 <= waarde <= 100:
        raise ValidationError(
            f"row {rij}: {veld}", f"expected a whole number 1-100, got {waarde!r}"
        )
    return waarde


def _lees_rij(
    k: Kolomnamen, kolommen: Mapping[str, list[Any] | None], i: int
) -> tuple[tuple[str, str], _Rij]:
    rij = i + 1

    def tekst(naam: str) -> str:
        waarden = kolommen[naam]
        assert waarden is not None
        w = waarden[i]
        if _leeg(w) or not str(w).strip():
            raise ValidationError(f"row {rij}: {naam}", "must not be empty")
        return str(w).strip()

    def dag(naam: str | None, leeg_mag: bool) -> _dt.date | None:
        if naam is None:
            return None
        waarden = kolommen[naam]
        assert waarden is not None
        try:
            return _dag(waarden[i], naam, i, leeg_mag)
        except ValidationError as fout:
            raise ValidationError(f"row {rij}: {naam}", fout.reason) from None

    werknemer, werkgever = tekst(k.werknemer), tekst(k.werkgever)
    eerste = dag(k.eerste_dag, False)
    assert eerste is not None
    laatste = dag(k.laatste_dag, True)
    herstel = dag(k.herstel, True)
    if herstel is not None:
        if laatste is not None and laatste != herstel - _EEN_DAG:
            raise ValidationError(
                f"row {rij}: {k.herstel}",
                f"recovery on {herstel} does not follow the last sick day {laatste}",
            )
        laatste = herstel - _EEN_DAG
    if laatste is not None and laatste < eerste:
        raise ValidationError(
            f"row {rij}: {k.laatste_dag or k.herstel}", f"{laatste} precedes {eerste}"
        )
    pct = 100 if k.percentage is None else _percentage(kolommen[k.percentage][i], rij, k.percentage)  # type: ignore[index]
    return (werkgever, werknemer), _Rij(rij, eerste, laatste, pct)


def _traject(sleutel: tuple[str, str], rijen: list[_Rij], k: Kolomnamen) -> Traject:
    rijen.sort(key=lambda r: r.eerste)
    perioden: list[tuple[_Rij, _dt.date, _dt.date | None, int]] = []
    for r in rijen:
        if perioden:
            vorige, begin, einde, pct = perioden[-1]
            if einde is not None and r.eerste == einde + _EEN_DAG:
                if r.percentage != pct:
                    raise ValidationError(
                        f"row {r.nummer}: {k.percentage}",
                        f"the percentage changes from {pct} to {r.percentage} on {r.eerste} "
                        f"without recovery (row {vorige.nummer} runs to {einde}); the model "
                        "holds one percentage per sickness period",
                    )
                perioden[-1] = (vorige, begin, r.laatste, pct)
                continue
        perioden.append((r, r.eerste, r.laatste, r.percentage))
    werkgever, werknemer = sleutel
    try:
        periodes = tuple(
            Ziekteperiode(eerste_dag=b, laatste_dag=e, percentage=p) for _, b, e, p in perioden
        )
        return Traject(werknemer=werknemer, werkgever=werkgever, ziekteperioden=periodes)
    except ValidationError as fout:
        bron = perioden[0][0].nummer
        for i, (r, *_rest) in enumerate(perioden):
            if f"ziekteperioden[{i}]" in fout.field:
                bron = r.nummer
        raise ValidationError(
            f"row {bron}: {k.eerste_dag}", f"{fout.field}: {fout.reason}"
        ) from None


@gecontroleerd
def lees_verzuim(
    bron: Any, kolommen: Kolomnamen | None = None, *, streng: bool = True
) -> Importresultaat:
    """The trajecten of the absence registrations in *bron* (a ``.csv`` or ``.parquet``
    path, a pandas or polars frame, or a mapping of column name to values).

    Strict: the first bad row raises. With ``streng=False``, see :class:`Importresultaat`.
    """
    k = kolommen or Kolomnamen()
    tabel = _tabel(bron)
    namen = {n for n in (k.werknemer, k.werkgever, k.eerste_dag) if n}
    if k.laatste_dag is None and k.herstel is None:
        raise ValidationError("kolommen", "give laatste_dag or herstel (or both)")
    waarden: dict[str, list[Any] | None] = {n: _kolom(tabel, n, "bron") for n in namen}
    for naam in (k.laatste_dag, k.herstel, k.percentage):
        if naam is not None:
            waarden[naam] = _kolom(tabel, naam, "bron", verplicht=naam != k.percentage)
    if k.percentage is not None and waarden[k.percentage] is None:
        k = attrs.evolve(k, percentage=None)
    n = len(waarden[k.werknemer] or [])
    fouten: list[Rijfout] = []
    per: dict[tuple[str, str], list[_Rij]] = {}
    slecht: dict[tuple[str, str], int] = {}
    for i in range(n):
        try:
            sleutel, rij = _lees_rij(k, waarden, i)
        except ValidationError as fout:
            if streng:
                raise
            fouten.append(_rijfout(fout, i + 1))
            eigenaar = _sleutel(k, waarden, i)
            if eigenaar is not None:
                slecht.setdefault(eigenaar, i + 1)
            continue
        per.setdefault(sleutel, []).append(rij)
    trajecten: list[Traject] = []
    for sleutel, rijen in per.items():
        if sleutel in slecht:
            fouten.extend(
                Rijfout(r.nummer, k.werknemer, f"dossier left out: row {slecht[sleutel]} is bad")
                for r in rijen
            )
            continue
        try:
            trajecten.append(_traject(sleutel, rijen, k))
        except ValidationError as fout:
            if streng:
                raise
            eigen = _rijfout(fout, rijen[0].nummer)
            fouten.append(eigen)
            fouten.extend(
                Rijfout(r.nummer, k.werknemer, f"dossier left out: row {eigen.rij} is bad")
                for r in rijen
                if r.nummer != eigen.rij
            )
    fouten.sort(key=lambda f: f.rij)
    return Importresultaat(tuple(trajecten), tuple(fouten))


def _sleutel(
    k: Kolomnamen, waarden: Mapping[str, list[Any] | None], i: int
) -> tuple[str, str] | None:
    """The (employer, employee) of row *i*, when both are readable."""
    delen = []
    for naam in (k.werkgever, k.werknemer):
        w = (waarden[naam] or [None] * (i + 1))[i]
        if _leeg(w) or not str(w).strip():
            return None
        delen.append(str(w).strip())
    return delen[0], delen[1]


def _rijfout(fout: ValidationError, standaard: int) -> Rijfout:
    veld = fout.field
    if veld.startswith("row "):
        nummer, _, veld = veld[4:].partition(": ")
        return Rijfout(int(nummer), veld, fout.reason)
    return Rijfout(standaard, veld, fout.reason)

"""Caseloads as DataFrames: one row per traject (:func:`to_frame`) or per termijn
(:func:`termijnen_frame`), for pandas (extra ``pandas``) or polars (extra ``polars``).

Dates are dates: ``datetime64[s]`` at midnight in pandas (``.dt.date`` gives
:class:`datetime.date`), ``Date`` in polars. Codes, statuses, employers and
outcome kinds are categorical with fixed categories (pandas ``category``, polars
``Enum``), so frames of different caseloads concatenate. Missing values are
nulls (``NaT``/``<NA>`` in pandas). Every column is described in
``docs/caseload.md``.

>>> import pytest; _ = pytest.importorskip("pandas")  # the 'pandas' extra
>>> from datetime import date
>>> from reintegratie.testing.factories import maak_traject
>>> t = maak_traject(date(2025, 10, 1), op_tijd=True, peildatum=date(2026, 1, 31), id="T-1")
>>> df = to_frame([t], peildatum=date(2026, 1, 31))
>>> df.loc[0, ["traject", "probleemanalyse", "probleemanalyse_status"]].tolist()
['T-1', Timestamp('2025-11-11 00:00:00'), 'gehaald']
>>> str(df["probleemanalyse"].dtype), str(df["probleemanalyse_status"].dtype)
('datetime64[s]', 'category')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import Any, Literal

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import controleer_datum
from reintegratie.analyse._extra import importeer
from reintegratie.analyse._regelset import regelset_van
from reintegratie.analyse.kpi import week_van_ziekte
from reintegratie.errors import ValidationError
from reintegratie.gebeurtenissen import Loonsanctie
from reintegratie.kalender import Kalender
from reintegratie.regels import (
    MetFeit,
    Regel,
    Status,
    Telwijze,
    Termijnsoort,
    Tijdlijn,
    feiten_van,
    tijdlijn,
    tijdlijnen,
)
from reintegratie.rollen import Rol
from reintegratie.spoor import Spoorsoort
from reintegratie.traject import Traject, Uitkomstsoort

__all__ = ["DREMPEL_KOLOMMEN", "Backend", "Methode", "termijnen_frame", "to_frame"]

Backend = Literal["pandas", "polars"]
Methode = Literal["auto", "kolommen", "tijdlijn"]

#: From this many trajecten without recorded facts on, ``to_frame`` computes their
#: timelines on arrays (``methode="auto"``).
DREMPEL_KOLOMMEN = 1000

_STATUSWAARDEN = [s.value for s in Status]
_UITKOMSTWAARDEN = [u.value for u in Uitkomstsoort]
_SOORTWAARDEN = [s.value for s in Termijnsoort]
_EPOCHE = _dt.date(1970, 1, 1).toordinal()


# --- a neutral column form, turned into a frame at the end -----------------------------


@attrs.frozen
class _Kolom:
    soort: Literal["datum", "categorie", "tekst", "geheel", "geheel_null", "bool_null"]
    waarden: Any
    """Dates: day numbers (int) or None; otherwise Python values or None."""
    categorieen: Sequence[str] = ()


def _np() -> Any:
    return importeer("numpy", "reintegratie.analyse DataFrames")


def _dag(d: _dt.date | None) -> int | None:
    return None if d is None else d.toordinal() - _EPOCHE


def _datums(np: Any, waarden: Any) -> Any:
    """Day numbers (a list with None, or an int64 array with NaT's value) as datetime64[D]."""
    if isinstance(waarden, list):
        nat = np.iinfo(np.int64).min
        return np.array([nat if w is None else w for w in waarden], dtype=np.int64).view(
            "datetime64[D]"
        )
    return waarden


def _pandas(kolommen: dict[str, _Kolom]) -> Any:
    pd = importeer("pandas", "to_frame(backend='pandas')")
    np = _np()
    data: dict[str, Any] = {}
    for naam, k in kolommen.items():
        if k.soort == "datum":
            data[naam] = pd.Series(_datums(np, k.waarden).astype("datetime64[s]"))
        elif k.soort == "categorie":
            data[naam] = pd.Categorical(k.waarden, categories=list(k.categorieen))
        elif k.soort == "tekst":
            data[naam] = pd.array(list(k.waarden), dtype="string")
        elif k.soort == "geheel":
            data[naam] = np.asarray(k.waarden, dtype=np.int64)
        elif k.soort == "geheel_null":
            data[naam] = pd.array(list(k.waarden), dtype="Int64")
        else:
            data[naam] = pd.array(list(k.waarden), dtype="boolean")
    return pd.DataFrame(data)


def _polars(kolommen: dict[str, _Kolom]) -> Any:
    pl = importeer("polars", "to_frame(backend='polars')")
    np = _np()
    reeksen = []
    for naam, k in kolommen.items():
        if k.soort == "datum":
            reeksen.append(pl.Series(naam, _datums(np, k.waarden), dtype=pl.Date))
        elif k.soort == "categorie":
            waarden = k.waarden if isinstance(k.waarden, list) else k.waarden.tolist()
            reeksen.append(pl.Series(naam, waarden, dtype=pl.Enum(list(k.categorieen))))
        elif k.soort == "tekst":
            reeksen.append(pl.Series(naam, list(k.waarden), dtype=pl.String))
        elif k.soort in ("geheel", "geheel_null"):
            reeksen.append(pl.Series(naam, list(k.waarden), dtype=pl.Int64))
        else:
            reeksen.append(pl.Series(naam, list(k.waarden), dtype=pl.Boolean))
    return pl.DataFrame(reeksen)


def _controleer_backend(backend: str) -> None:
    """Fail fast: an unknown backend, or its extra missing, before any work is done."""
    if backend == "pandas":
        importeer("pandas", "to_frame(backend='pandas')")
    elif backend == "polars":
        importeer("polars", "to_frame(backend='polars')")
    else:
        raise ValidationError("backend", f"expected 'pandas' or 'polars', got {backend!r}")
    _np()


def _frame(kolommen: dict[str, _Kolom], backend: str) -> Any:
    if backend == "pandas":
        return _pandas(kolommen)
    if backend == "polars":
        return _polars(kolommen)
    raise ValidationError("backend", f"expected 'pandas' or 'polars', got {backend!r}")


# --- one row per traject ---------------------------------------------------------------


@attrs.frozen
class _Codes:
    """The rule set's codes: non-recurring ones with their kind, and recurring ones."""

    enkel: tuple[tuple[str, Termijnsoort], ...]
    herhalend: tuple[str, ...]
    alle: tuple[str, ...]


def _codes(regelsets: Iterable[Sequence[Regel]]) -> _Codes:
    """The codes of *regelsets*, in each rule set's own order, the first kind found."""
    enkel: dict[str, Termijnsoort] = {}
    herhalend: dict[str, None] = {}
    for regels in regelsets:
        for regel in regels:
            if regel.code in enkel or regel.code in herhalend:
                continue
            if regel.herhaling is not None:
                herhalend[regel.code] = None
            else:
                enkel[regel.code] = regel.soort
    return _Codes(
        tuple(enkel.items()), tuple(herhalend), tuple(dict.fromkeys((*enkel, *herhalend)))
    )


def _zonder_feiten(traject: Traject, peildatum: _dt.date | None) -> bool:
    """Whether the latest case of *traject* has no recorded facts (its timeline is then
    what the columnar path computes)."""
    gevallen = traject.ziektegevallen
    if not gevallen:
        return False
    gebeurtenissen = traject.gebeurtenissen
    if not gebeurtenissen and not traject.sporen and not gevallen[-1]._vlag:
        return True
    if gebeurtenissen:  # events are in date order: the last one decides quickly
        laatste = gebeurtenissen[-1].datum
        if gevallen[-1].eerste_ziektedag <= laatste and (peildatum is None or laatste <= peildatum):
            return False
    return not feiten_van(traject, gevallen[-1], peildatum).per_code


class _Rijen:
    """Columns of to_frame, filled row by row (and from arrays for the columnar rows)."""

    def __init__(self, n: int, codes: _Codes) -> None:
        self.codes = codes
        self.n = n
        self.waarden: dict[str, list[Any]] = {}
        self.op_arrays: dict[str, list[tuple[Any, Any]]] = {}
        """Per column, (rows, values) computed on arrays, put in place at the end."""
        # Per code, its columns, looked up once (a caseload fills them a million times).
        self.per_code: dict[str, tuple[list[Any], list[Any], list[Any] | None]] = {
            code: (
                self.kolom(code),
                self.kolom(f"{code}_status"),
                self.kolom(f"{code}_afgerond") if soort is Termijnsoort.DEADLINE else None,
            )
            for code, soort in codes.enkel
        }
        self.tellers: dict[str, dict[Status | None, list[Any]]] = {
            code: {
                None: self.kolom(f"{code}_aantal"),
                Status.GEHAALD: self.kolom(f"{code}_gehaald"),
                Status.TE_LAAT: self.kolom(f"{code}_te_laat"),
                Status.GEMIST: self.kolom(f"{code}_gemist"),
            }
            for code in codes.herhalend
        }

    def zet(self, naam: str, rijen: Any, waarden: Any) -> None:
        self.op_arrays.setdefault(naam, []).append((rijen, waarden))

    def datums(self, naam: str) -> Any:
        """Column *naam* as datetime64[D], with the array-computed rows in place."""
        np = _np()
        uit = _datums(np, self.kolom(naam))
        for rijen, waarden in self.op_arrays.get(naam, ()):
            uit[rijen] = waarden
        return uit

    def objecten(self, naam: str) -> Any:
        """Column *naam* as an object array, with the array-computed rows in place."""
        lijst = self.kolom(naam)
        patches = self.op_arrays.get(naam)
        if not patches:
            return lijst
        np = _np()
        uit = np.empty(len(lijst), dtype=object)
        uit[:] = lijst
        for rijen, waarden in patches:
            uit[rijen] = waarden
        return uit

    def kolom(self, naam: str) -> list[Any]:
        rij = self.waarden.get(naam)
        if rij is None:
            rij = self.waarden[naam] = [None] * self.n
        return rij


@gecontroleerd
def to_frame(
    trajecten: Iterable[Traject],
    peildatum: _dt.date | None = None,
    backend: Backend = "pandas",
    *,
    methode: Methode = "auto",
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> Any:
    """One row per traject: its latest case of sickness, every termijn of the rule set
    (due date, status, completion), spoor 2, sanctions, outcome and group programmes.

    The columns are listed in ``docs/caseload.md``. Termijnen are those of
    :func:`~reintegratie.tijdlijn` (*peildatum*, *regels*, *kalender*, *telwijze* as
    there). *methode* ``"auto"`` computes the timelines of trajecten whose latest case
    has no recorded facts on arrays (:func:`~reintegratie.analyse.kolommen.tijdlijn_kolommen`,
    the same dates and statuses) once there are :data:`DREMPEL_KOLOMMEN` of them and the
    rule set allows it; ``"kolommen"`` always does so where possible, ``"tijdlijn"`` never.

    .. versionadded:: 0.1.0
    """
    if peildatum is not None:
        controleer_datum("peildatum", peildatum)
    if methode not in ("auto", "kolommen", "tijdlijn"):
        raise ValidationError(
            "methode", f"expected 'auto', 'kolommen' or 'tijdlijn', got {methode!r}"
        )
    _controleer_backend(backend)
    rij = tuple(trajecten)
    per_jurisdictie: dict[object, Sequence[Regel]] = {}
    sets = []
    for t in rij:
        sleutel = getattr(t, "jurisdictie", None)
        gekozen = per_jurisdictie.get(sleutel)
        if gekozen is None:
            gekozen = per_jurisdictie[sleutel] = regelset_van(t, regels, telwijze)
        sets.append(gekozen)
    verschillend = {id(s): s for s in sets} or {
        0: regelset_van(Traject("-", "-"), regels, telwijze)
    }
    r = _Rijen(len(rij), _codes(verschillend.values()))
    per_set: dict[int, list[int]] = {}
    if methode != "tijdlijn":
        for i, t in enumerate(rij):
            if _zonder_feiten(t, peildatum):
                per_set.setdefault(id(sets[i]), []).append(i)
        for sleutel in list(per_set):
            te_weinig = methode == "auto" and len(per_set[sleutel]) < DREMPEL_KOLOMMEN
            if te_weinig or not _vectoriseerbaar(verschillend[sleutel]):
                del per_set[sleutel]
    op_arrays = {i for rijen in per_set.values() for i in rijen}
    vast = {naam: r.kolom(naam) for naam in _VASTE}
    for i, t in enumerate(rij):
        _vast(vast, i, t, peildatum)
        if i not in op_arrays:
            _termijnen(
                r, i, tijdlijn(t, peildatum, regels=regels, kalender=kalender, telwijze=telwijze)
            )
    for sleutel, rijen in per_set.items():
        _termijnen_op_arrays(r, rijen, rij, peildatum, verschillend[sleutel], kalender)
    return _frame(_traject_kolommen(r), backend)


def _vectoriseerbaar(regels: Sequence[Regel]) -> bool:
    try:
        from reintegratie.analyse.kolommen import kan_vectoriseren
    except ImportError:
        return False
    # A rule that waits for a recorded fact (MetFeit) sets no termijn for a traject without
    # facts, which is all the arrays are used for: it need not be computable on them.
    met_feit = {r.code for r in regels if type(r.voorwaarde) is MetFeit}
    met_feit -= {r.code for r in regels if type(r.voorwaarde) is not MetFeit}
    return all(
        reden is None or code in met_feit for code, reden in kan_vectoriseren(regels).items()
    )


_VASTE = (
    "traject",
    "werknemer",
    "werkgever",
    "eerste_ziektedag",
    "laatste_ziektedag",
    "lopend",
    "perioden",
    "gevallen",
    "ziektedagen",
    "spoor_2_start",
    "spoor_2_week",
    "loonsanctie_weken",
    "uitkomst",
    "uitkomst_datum",
    "andere_baan",
    "tevredenheid_verbeterd",
    "groepsprogrammas",
    "groepsprogrammas_effectief",
)


def _vast(v: dict[str, list[Any]], i: int, t: Traject, peildatum: _dt.date | None) -> None:
    """The columns that do not come from the timeline (*v*: the columns by name)."""
    v["traject"][i] = t.id
    v["werknemer"][i] = t.werknemer
    v["werkgever"][i] = t.werkgever
    gevallen = t.ziektegevallen
    v["perioden"][i] = len(t.ziekteperioden)
    v["gevallen"][i] = len(gevallen)
    if gevallen:
        geval = gevallen[-1]
        v["eerste_ziektedag"][i] = geval.eerste_ziektedag.toordinal() - _EPOCHE
        v["laatste_ziektedag"][i] = _dag(geval.laatste_dag)
        v["lopend"][i] = geval.is_lopend
        if peildatum is not None:
            v["ziektedagen"][i] = geval.ziektedagen_op(peildatum)
        else:
            v["ziektedagen"][i] = geval.aantal_ziektedagen
    else:
        v["lopend"][i] = False
    if t.sporen:
        starts = [
            s.start
            for s in t.sporen
            if s.soort is Spoorsoort.SPOOR_2 and (peildatum is None or s.start <= peildatum)
        ]
        if starts:
            start = min(starts)
            v["spoor_2_start"][i] = _dag(start)
            v["spoor_2_week"][i] = week_van_ziekte(t, start)
    weken = 0
    for g in t.gebeurtenissen:
        if isinstance(g, Loonsanctie) and (peildatum is None or g.datum <= peildatum):
            weken += g.weken
    v["loonsanctie_weken"][i] = weken
    # The latest outcome by the peildatum; "changed job" if any outcome by then was.
    bekend = [u for u in t.uitkomsten if peildatum is None or u.datum <= peildatum]
    if bekend:
        u = bekend[-1]
        v["uitkomst"][i] = u.soort.value
        v["uitkomst_datum"][i] = _dag(u.datum)
        v["andere_baan"][i] = any(x.andere_baan for x in bekend)
        v["tevredenheid_verbeterd"][i] = u.tevredenheid_verbeterd
    v["groepsprogrammas"][i] = len(t.groepsprogrammas)
    v["groepsprogrammas_effectief"][i] = sum(g.binnen_effectieve_omvang for g in t.groepsprogrammas)


def _termijnen(r: _Rijen, i: int, tl: Tijdlijn) -> None:
    per_code, tellers = r.per_code, r.tellers
    for t in tl.termijnen:
        kolommen = per_code.get(t.code)
        if kolommen is not None:
            datums, statussen, afgerond = kolommen
            if datums[i] is None:  # the first termijn of a code (a rule set may repeat one)
                datums[i] = t.uiterlijk.toordinal() - _EPOCHE
                statussen[i] = t.status._value_
                if afgerond is not None and t.afgerond_op is not None:
                    afgerond[i] = t.afgerond_op.toordinal() - _EPOCHE
            continue
        teller = tellers.get(t.code)
        if teller is not None:
            aantal = teller[None]
            aantal[i] = (aantal[i] or 0) + 1
            reeks = teller.get(t.status)
            if reeks is not None:
                reeks[i] = (reeks[i] or 0) + 1


def _termijnen_op_arrays(
    r: _Rijen,
    rijen: list[int],
    trajecten: Sequence[Traject],
    peildatum: _dt.date | None,
    regels: Sequence[Regel],
    kalender: Kalender | None,
) -> None:
    from reintegratie.analyse.kolommen import (
        STATUSSEN,
        Verzuimkolommen,
        tijdlijn_kolommen,
    )

    np = _np()
    verzuim = Verzuimkolommen.van_trajecten(trajecten[i] for i in rijen)
    kol = tijdlijn_kolommen(verzuim, peildatum, regels=regels, kalender=kalender)
    index = np.asarray(rijen, dtype=np.int64)
    waarden = np.array([s.value for s in STATUSSEN] + [None], dtype=object)
    for code in kol.codes:
        r.zet(code, index, kol.uiterlijk[code])
        r.zet(f"{code}_status", index, waarden[kol.status[code]])
    for code, h in kol.herhalingen.items():
        r.zet(f"{code}_aantal", index, h.aantal)
        r.zet(f"{code}_gemist", index, h.gemist)


def _traject_kolommen(r: _Rijen) -> dict[str, _Kolom]:
    w = r.kolom
    werkgevers = sorted(set(w("werkgever")))
    uit: dict[str, _Kolom] = {
        "traject": _Kolom("tekst", w("traject")),
        "werknemer": _Kolom("tekst", w("werknemer")),
        "werkgever": _Kolom("categorie", w("werkgever"), werkgevers),
        "eerste_ziektedag": _Kolom("datum", w("eerste_ziektedag")),
        "laatste_ziektedag": _Kolom("datum", w("laatste_ziektedag")),
        "lopend": _Kolom("bool_null", w("lopend")),
        "perioden": _Kolom("geheel", w("perioden")),
        "gevallen": _Kolom("geheel", w("gevallen")),
        "ziektedagen": _Kolom("geheel_null", w("ziektedagen")),
    }
    for code, soort in r.codes.enkel:
        uit[code] = _Kolom("datum", r.datums(code))
        uit[f"{code}_status"] = _Kolom("categorie", r.objecten(f"{code}_status"), _STATUSWAARDEN)
        if soort is Termijnsoort.DEADLINE:
            uit[f"{code}_afgerond"] = _Kolom("datum", w(f"{code}_afgerond"))
    for code in r.codes.herhalend:
        for naam in ("aantal", "gehaald", "te_laat", "gemist"):
            tellingen = [v or 0 for v in w(f"{code}_{naam}")]
            for rijen, waarden in r.op_arrays.get(f"{code}_{naam}", ()):
                for j, v in zip(rijen.tolist(), waarden.tolist(), strict=True):
                    tellingen[j] = v
            uit[f"{code}_{naam}"] = _Kolom("geheel", tellingen)
    uit |= {
        "spoor_2_start": _Kolom("datum", w("spoor_2_start")),
        "spoor_2_week": _Kolom("geheel_null", w("spoor_2_week")),
        "loonsanctie_weken": _Kolom("geheel", w("loonsanctie_weken")),
        "uitkomst": _Kolom("categorie", w("uitkomst"), _UITKOMSTWAARDEN),
        "uitkomst_datum": _Kolom("datum", w("uitkomst_datum")),
        "andere_baan": _Kolom("bool_null", w("andere_baan")),
        "tevredenheid_verbeterd": _Kolom("bool_null", w("tevredenheid_verbeterd")),
        "groepsprogrammas": _Kolom("geheel", w("groepsprogrammas")),
        "groepsprogrammas_effectief": _Kolom("geheel", w("groepsprogrammas_effectief")),
    }
    return uit


# --- one row per termijn ---------------------------------------------------------------


@gecontroleerd
def termijnen_frame(
    trajecten: Iterable[Traject],
    peildatum: _dt.date | None = None,
    backend: Backend = "pandas",
    *,
    alle_gevallen: bool = False,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> Any:
    """One row per termijn: of each traject's latest case of sickness (as
    :func:`~reintegratie.tijdlijn`), or of every case with *alle_gevallen*
    (:func:`~reintegratie.tijdlijnen`; column ``geval`` numbers them from 1).

    The columns are listed in ``docs/caseload.md``.

    .. versionadded:: 0.1.0
    """
    if peildatum is not None:
        controleer_datum("peildatum", peildatum)
    _controleer_backend(backend)
    codes = list(_codes([regelset_van(Traject("-", "-"), regels, telwijze)]).alle)
    kolommen: dict[str, list[Any]] = {
        naam: []
        for naam in (
            "traject",
            "werknemer",
            "werkgever",
            "geval",
            "code",
            "volgnummer",
            "soort",
            "uiterlijk",
            "vanaf",
            "status",
            "afgerond_op",
            "dagen_te_laat",
            "verantwoordelijk",
            "toelichting",
        )
    }
    k = kolommen
    rollen: dict[tuple[Rol, ...], str] = {}

    def als_tekst(wie: tuple[Rol, ...]) -> str:
        tekst = rollen.get(wie)
        if tekst is None:
            tekst = rollen[wie] = ",".join(rol.value for rol in wie)
        return tekst

    for t in trajecten:
        if alle_gevallen:
            lijnen = tijdlijnen(t, peildatum, regels=regels, kalender=kalender, telwijze=telwijze)
            nummers = range(1, len(lijnen) + 1)
        else:
            lijnen = (tijdlijn(t, peildatum, regels=regels, kalender=kalender, telwijze=telwijze),)
            nummers = range(len(t.ziektegevallen), len(t.ziektegevallen) + 1)
        for nummer, tl in zip(nummers, lijnen, strict=False):
            tt = tl.termijnen
            n = len(tt)
            if not n:
                continue
            # Column by column: a caseload has millions of termijnen.
            k["traject"].extend([t.id] * n)
            k["werknemer"].extend([t.werknemer] * n)
            k["werkgever"].extend([t.werkgever] * n)
            k["geval"].extend([nummer] * n)
            k["code"].extend([x.code for x in tt])
            k["volgnummer"].extend([x.volgnummer for x in tt])
            k["soort"].extend([x.soort._value_ for x in tt])
            k["uiterlijk"].extend([x.uiterlijk.toordinal() - _EPOCHE for x in tt])
            k["vanaf"].extend([_dag(x.vanaf) for x in tt])
            k["status"].extend([x.status._value_ for x in tt])
            k["afgerond_op"].extend([_dag(x.afgerond_op) for x in tt])
            k["dagen_te_laat"].extend(
                [
                    (x.afgerond_op - x.uiterlijk).days
                    if x.afgerond_op is not None and x.afgerond_op > x.uiterlijk
                    else None
                    for x in tt
                ]
            )
            k["verantwoordelijk"].extend([als_tekst(x.verantwoordelijk) for x in tt])
            k["toelichting"].extend([x.toelichting for x in tt])
    bekend = set(codes)
    codes += [c for c in dict.fromkeys(k["code"]) if c not in bekend]
    uit = {
        "traject": _Kolom("tekst", k["traject"]),
        "werknemer": _Kolom("tekst", k["werknemer"]),
        "werkgever": _Kolom("categorie", k["werkgever"], sorted(set(k["werkgever"]))),
        "geval": _Kolom("geheel", k["geval"]),
        "code": _Kolom("categorie", k["code"], codes),
        "volgnummer": _Kolom("geheel", k["volgnummer"]),
        "soort": _Kolom("categorie", k["soort"], _SOORTWAARDEN),
        "uiterlijk": _Kolom("datum", k["uiterlijk"]),
        "vanaf": _Kolom("datum", k["vanaf"]),
        "status": _Kolom("categorie", k["status"], _STATUSWAARDEN),
        "afgerond_op": _Kolom("datum", k["afgerond_op"]),
        "dagen_te_laat": _Kolom("geheel_null", k["dagen_te_laat"]),
        "verantwoordelijk": _Kolom("tekst", k["verantwoordelijk"]),
        "toelichting": _Kolom("tekst", k["toelichting"]),
    }
    return _frame(uit, backend)

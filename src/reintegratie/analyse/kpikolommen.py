"""The milestone figures of the KPI report on arrays (numpy, extra ``analyse``): every
case of every dossier, as :func:`~reintegratie.analyse.kpi.mijlpalen` counts them.

:func:`per_geval` splits the dossiers of a :class:`~.kolommen.Verzuimkolommen` into
their cases (samentelling: 28 fit days, leave neither sick nor fit, leave of another
cause starts a new case) and gives each case its own facts (from its first sick day to
the next case's); the columnar timeline then computes each case as a row.
:func:`mijlpalen_kolommen` counts the termijnen due in the period by status, and names the
dossiers the arrays leave to the object path (a fact :func:`~.feitkolommen.feitrollen`
does not apply on arrays in any of their cases, another jurisdiction, a code the arrays
cannot compute): the caller counts those with :func:`~reintegratie.analyse.kpi.mijlpalen`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

try:
    import numpy as np
except ImportError:  # pragma: no cover - without the extra; the module still imports
    np = None  # type: ignore[assignment]

from reintegratie._argumenten import gecontroleerd
from reintegratie.analyse.feitkolommen import OBJECTFEITEN, Feitkolommen
from reintegratie.analyse.kolommen import (
    STATUSSEN,
    Verzuimkolommen,
    _tijdlijn_kolommen,
    kan_vectoriseren,
)
from reintegratie.analyse.verzuimkolommen import _verlof_in_breuken
from reintegratie.kalender import Kalender
from reintegratie.regels import Regel, Status, Telwijze, poortwachter_regels
from reintegratie.verzuim import SAMENTELLING_FITDAGEN

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["mijlpalen_kolommen", "per_geval"]

_VERSCHUIF = 23  # a dossier number and a day number in one int64 key
_NUL = 2**22


def _sleutel(dossier: Any, dagen: Any) -> Any:
    return dossier.astype(np.int64) << _VERSCHUIF | (dagen + _NUL)


@gecontroleerd
def per_geval(
    verzuim: Verzuimkolommen, feiten: Feitkolommen
) -> tuple[Verzuimkolommen, Feitkolommen, npt.NDArray[Any]]:
    """One row per case of sickness: the case's periods (and the leave within it), its
    facts (dated from its first sick day until the next case starts), and per case the
    dossier it belongs to. Facts before a dossier's first case belong to no case."""
    n = len(verzuim)
    grenzen = verzuim._grenzen
    e = verzuim.eerste_dag.view(np.int64)
    laatste = verzuim._laatste
    m = e.size
    dossier = np.repeat(np.arange(n), np.diff(grenzen))
    verlof, ander = _verlof_in_breuken(verzuim)
    nieuw = np.ones(m, dtype=bool)
    if m > 1:
        ld = np.where(np.isnat(laatste), 0, laatste.view(np.int64))
        fit = e[1:] - ld[:-1] - 1 - verlof[1:]
        nieuw[1:] = (dossier[1:] != dossier[:-1]) | (fit >= SAMENTELLING_FITDAGEN) | ander[1:]
    geval = np.cumsum(nieuw) - 1
    begin = np.flatnonzero(nieuw)
    gevallen = begin.size
    g_grenzen = np.append(begin, m).astype(np.int64)
    g_dossier = dossier[begin]
    # The leave in a break inside a case goes with it (it keeps the case together).
    v_eerste, v_laatste = verzuim._verlof
    assert verzuim.verlof_grenzen is not None
    assert verzuim.verlof_zelfde_oorzaak is not None
    v_dossier = np.repeat(np.arange(n), np.diff(verzuim.verlof_grenzen))
    j = np.searchsorted(_sleutel(dossier, e), _sleutel(v_dossier, v_eerste.view(np.int64)), "right")
    binnen = (j > grenzen[v_dossier]) & (j < grenzen[v_dossier + 1])
    jj = np.where(binnen, j, 0)
    houd = binnen & ~nieuw[jj] if m else binnen
    v_geval = geval[jj[houd]] if m else np.empty(0, dtype=np.int64)
    volgorde = np.argsort(v_geval, kind="stable")
    v_rijen = np.flatnonzero(houd)[volgorde]
    v_grenzen = np.concatenate(([0], np.cumsum(np.bincount(v_geval, minlength=gevallen))))
    geval_verzuim = Verzuimkolommen(
        verzuim.eerste_dag,
        laatste,
        g_grenzen,
        verlof_eerste_dag=v_eerste[v_rijen],
        verlof_laatste_dag=v_laatste[v_rijen],
        verlof_zelfde_oorzaak=verzuim.verlof_zelfde_oorzaak[v_rijen],
        verlof_grenzen=v_grenzen.astype(np.int64),
    )
    # Each fact goes to the last case of its dossier that starts on or before it.
    f_dossier = np.repeat(np.arange(n), np.diff(feiten.grenzen))
    g_sleutel = _sleutel(g_dossier, e[begin]) if gevallen else np.empty(0, dtype=np.int64)
    c = np.searchsorted(g_sleutel, _sleutel(f_dossier, feiten.datum.view(np.int64)), "right") - 1
    ok = c >= 0
    ok[ok] = g_dossier[c[ok]] == f_dossier[ok]
    rijen = np.flatnonzero(ok)
    volgorde = np.argsort(c[rijen], kind="stable")
    rijen = rijen[volgorde]
    f_grenzen = np.concatenate(([0], np.cumsum(np.bincount(c[rijen], minlength=gevallen))))
    geval_feiten = Feitkolommen(
        feiten.codes,
        feiten.code[rijen],
        feiten.datum[rijen],
        feiten.weken[rijen],
        f_grenzen.astype(np.int64),
        feiten.nederlands[g_dossier],
        feiten.bijzonder[g_dossier],
    )
    return geval_verzuim, geval_feiten, g_dossier


_VELD = {
    Status.GEHAALD: "op_tijd",
    Status.TE_LAAT: "te_laat",
    Status.GEMIST: "gemist",
    Status.OPEN: "open",
    Status.BEREIKT: "open",
    Status.VERVALLEN: "vervallen",
    Status.NIET_VAN_TOEPASSING: "niet_van_toepassing",
}


def _tel(teller: Counter[str], statussen: Any) -> None:
    for i, aantal in enumerate(np.bincount(statussen, minlength=len(STATUSSEN)).tolist()):
        if aantal:
            teller[_VELD[STATUSSEN[i]]] += aantal


@gecontroleerd
def mijlpalen_kolommen(
    verzuim: Verzuimkolommen,
    feiten: Feitkolommen,
    van: _dt.date,
    tot: _dt.date,
    peildatum: _dt.date,
    codes: Sequence[str],
    *,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> tuple[dict[str, Counter[str]], npt.NDArray[np.bool_]]:
    """Per code, the termijnen of every case due in ``[van, tot]`` by status field (as
    :class:`~reintegratie.analyse.kpi.Mijlpaalcijfer` names them), over the dossiers the
    arrays compute; and per dossier whether it is left to the object path (not counted)."""
    n = len(verzuim)
    tellers: dict[str, Counter[str]] = {code: Counter() for code in codes}
    regelset = regels if regels is not None else poortwachter_regels(telwijze)
    redenen = kan_vectoriseren(regelset)
    gevraagd = [c for c in dict.fromkeys(codes) if c in redenen]
    objectpad = np.zeros(n, dtype=bool)
    if any(redenen[c] is not None for c in gevraagd):
        objectpad[:] = True  # a code only the object path computes: every dossier there
        return tellers, objectpad
    if regels is None:
        objectpad |= ~feiten.nederlands
    objectpad |= feiten.bijzonder
    # The end of employment counts also in a later case: such a dossier goes whole.
    ks = [i for i, c in enumerate(feiten.codes) if c in OBJECTFEITEN]
    if ks:
        s = np.isin(feiten.code, ks) & (feiten.datum <= np.datetime64(peildatum, "D"))
        objectpad[np.repeat(np.arange(n), np.diff(feiten.grenzen))[s]] = True
    if not gevraagd or not verzuim.eerste_dag.size:
        return tellers, objectpad
    g_verzuim, g_feiten, g_dossier = per_geval(verzuim, feiten)
    kol = _tijdlijn_kolommen(
        Verzuimkolommen(
            g_verzuim.eerste_dag,
            g_verzuim.laatste_dag,
            g_verzuim.grenzen,
            verlof_eerste_dag=g_verzuim.verlof_eerste_dag,
            verlof_laatste_dag=g_verzuim.verlof_laatste_dag,
            verlof_zelfde_oorzaak=g_verzuim.verlof_zelfde_oorzaak,
            verlof_grenzen=g_verzuim.verlof_grenzen,
            feiten=g_feiten,
        ),
        peildatum,
        gevraagd,
        regels,
        kalender,
        telwijze,
        False,
    )
    objectpad[g_dossier[kol.per_dossier]] = True
    telt = ~objectpad[g_dossier]
    lo, hi = np.datetime64(van, "D"), np.datetime64(tot, "D")
    for code in kol.codes:
        u, st = kol.uiterlijk[code], kol.status[code]
        _tel(tellers[code], st[telt & (st >= 0) & (u >= lo) & (u <= hi)])
    for code, h in kol.herhalingen.items():
        assert h.afgerond_rij is not None
        assert h.afgerond_uiterlijk is not None
        assert h.afgerond_status is not None
        assert h.staart_vanaf is not None
        assert h.staart_aantal is not None
        u = h.afgerond_uiterlijk
        m = telt[h.afgerond_rij] & (u >= lo) & (u <= hi)
        _tel(tellers[code], h.afgerond_status[m])
        # The rest fall due s + k * interval, k = 1 .. staart_aantal: counted in closed form.
        rest = telt & ~np.isnat(h.staart_vanaf) & (h.staart_aantal > 0)
        if rest.any() and h.interval > 0:
            s0 = h.staart_vanaf[rest].view(np.int64)
            aantal = h.staart_aantal[rest]
            stap = h.interval
            dag = np.int64((van - _dt.date(1970, 1, 1)).days)
            eind = np.int64((tot - _dt.date(1970, 1, 1)).days)
            peil = np.int64((peildatum - _dt.date(1970, 1, 1)).days)
            k_lo = np.maximum(1, -((s0 - dag) // stap))  # ceil((van - s) / stap)
            k_hi = np.minimum(aantal, (eind - s0) // stap)
            in_periode = np.maximum(0, k_hi - k_lo + 1)
            k_gemist = np.minimum(k_hi, (peil - s0 - 1) // stap)  # due before the peildatum
            gemist = np.minimum(np.maximum(0, k_gemist - k_lo + 1), in_periode)
            tellers[code]["gemist"] += int(gemist.sum())
            tellers[code]["open"] += int((in_periode - gemist).sum())
    return tellers, objectpad

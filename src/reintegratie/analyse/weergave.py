"""Notebook display of caseload results: short ``repr``, HTML, and frames of the KPI
report and of signals.

A 100k caseload shows a count and a few ids, never its contents. Frames keep fixed
categories where the values come from a closed list (statuses, kinds of signal and of
termijn, the milestones of :data:`~.kpi.MIJLPALEN`); the milestone ``code`` of a signal,
``werkgever``, ``werknemer`` and ``traject`` are plain strings, because their values
differ per rule set and per caseload. Dates are ``Date`` in polars (it compares with
:class:`datetime.date`) and ``datetime64[s]`` in pandas, as in :func:`~.frames.to_frame`:
pandas does not compare that with a :class:`datetime.date`, so compare with
``pd.Timestamp(dag)``; both survive a Parquet round trip unchanged.

>>> from datetime import date
>>> import reintegratie as ri
>>> from reintegratie.analyse import Caseload, kpis
>>> cl = Caseload([ri.Traject(werknemer=f"W-{i}", werkgever=f"WG-{i % 2}") for i in range(3)])
>>> cl
Caseload(3 trajecten, 2 werkgevers)
>>> kpis(cl, date(2025, 1, 1), date(2025, 12, 31))
Kpirapport(2025-01-01 .. 2025-12-31, as of 2026-01-01: 7 milestones, 0 judged)
>>> "… and" in caseload_html(Caseload([ri.Traject(werknemer=f"W-{i}", werkgever="WG")
...                                     for i in range(100)]))
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from html import escape
from typing import Any

from reintegratie._argumenten import gecontroleerd
from reintegratie.analyse.caseload import Caseload
from reintegratie.analyse.frames import _frame, _Kolom
from reintegratie.analyse.kpi import MIJLPALEN, Kpirapport
from reintegratie.analyse.signalen import Signaal
from reintegratie.regels import Status, Termijnsoort

__all__ = [
    "caseload_html",
    "caseload_repr",
    "kpi_frame",
    "kpirapport_html",
    "kpirapport_repr",
    "signalen_frame",
    "signalen_html",
    "signalen_repr",
]

_GETOOND = 5
_TABEL = "border-collapse:collapse;font-size:0.9em;margin:0.3em 0"
_CEL = "padding:0.15em 0.6em;border-bottom:1px solid #ddd;text-align:left"
_EPOCHE = _dt.date(1970, 1, 1).toordinal()


def _tabel(koppen: Sequence[str], rijen: Sequence[Sequence[str]]) -> str:
    kop = "".join(f'<th style="{_CEL}">{escape(k)}</th>' for k in koppen)
    lijf = "".join(
        "<tr>" + "".join(f'<td style="{_CEL}">{escape(c)}</td>' for c in r) + "</tr>" for r in rijen
    )
    return f'<table style="{_TABEL}"><thead><tr>{kop}</tr></thead><tbody>{lijf}</tbody></table>'


def _pct(a: float | None) -> str:
    return "–" if a is None else f"{a:.0%}"


# --- Caseload --------------------------------------------------------------------------


@gecontroleerd
def caseload_repr(cl: Caseload) -> str:
    """``Caseload(100,000 trajecten, 12 werkgevers)``."""
    n = len(cl)
    werkgevers = len({t.werkgever for t in cl})
    return (
        f"Caseload({n:,} traject{'' if n == 1 else 'en'}, "
        f"{werkgevers:,} werkgever{'' if werkgevers == 1 else 's'})"
    )


@gecontroleerd
def caseload_html(cl: Caseload) -> str:
    """A summary table: the count, the employers and the first few trajecten."""
    ziek = sum(1 for t in cl if t.ziekteperioden)
    rijen = [
        (t.id or "", t.werknemer, t.werkgever or "—", str(len(t.gebeurtenissen)))
        for t in cl.trajecten[:_GETOOND]
    ]
    meer = len(cl) - len(rijen)
    staart = f"<div>… and {meer:,} more</div>" if meer > 0 else ""
    return (
        f'<div class="reintegratie-caseload"><div><b>{escape(caseload_repr(cl))}</b>, '
        f"{ziek:,} with sickness</div>"
        + _tabel(("traject", "werknemer", "werkgever", "events"), rijen)
        + staart
        + "</div>"
    )


# --- Kpirapport ------------------------------------------------------------------------


@gecontroleerd
def kpirapport_repr(r: Kpirapport) -> str:
    """``Kpirapport(2025-01-01 .. 2025-12-31, as of 2026-01-01: 7 milestones, 13 judged)``."""
    beoordeeld = sum(m.beoordeeld for m in r.mijlpalen)
    return (
        f"Kpirapport({r.van} .. {r.tot}, as of {r.peildatum}: {len(r.mijlpalen)} milestones, "
        f"{beoordeeld:,} judged)"
    )


@gecontroleerd
def kpirapport_html(r: Kpirapport) -> str:
    """The milestones as a table and the other figures as lines."""
    rijen = [
        (
            m.code,
            f"{m.beoordeeld:,}",
            _pct(m.aandeel_op_tijd),
            _pct(m.aandeel_te_laat),
            _pct(m.aandeel_gemist),
            f"{m.open:,}",
            f"{m.vervallen:,}",
        )
        for m in r.mijlpalen
    ]
    regels = r.als_tekst().splitlines()[2 + len(r.mijlpalen) :]
    return (
        f'<div class="reintegratie-kpi"><div><b>caseload {r.van} .. {r.tot}</b> '
        f"(as of {r.peildatum})</div>"
        + _tabel(("milestone", "judged", "on time", "late", "missing", "open", "lapsed"), rijen)
        + "".join(f"<div>{escape(regel)}</div>" for regel in regels)
        + "</div>"
    )


@gecontroleerd
def kpi_frame(r: Kpirapport, backend: str = "pandas") -> Any:
    """One row per milestone: ``code`` (a category of :data:`~.kpi.MIJLPALEN` and any other
    code asked for), the counts and the shares (floats; missing when nothing was judged),
    and the period (``van``, ``tot``, ``peildatum``: dates)."""
    codes = list(dict.fromkeys([*MIJLPALEN, *(m.code for m in r.mijlpalen)]))
    n = len(r.mijlpalen)
    kolommen: dict[str, _Kolom] = {
        "code": _Kolom("categorie", [m.code for m in r.mijlpalen], codes),
    }
    for maat in ("beoordeeld", "op_tijd", "te_laat", "gemist", "open", "vervallen"):
        kolommen[maat] = _Kolom("geheel", [getattr(m, maat) for m in r.mijlpalen])
    kolommen["niet_van_toepassing"] = _Kolom("geheel", [m.niet_van_toepassing for m in r.mijlpalen])
    for naam, dag in (("van", r.van), ("tot", r.tot), ("peildatum", r.peildatum)):
        kolommen[naam] = _Kolom("datum", [dag.toordinal() - _EPOCHE] * n)
    frame = _frame(kolommen, backend)
    aandelen = {
        "aandeel_op_tijd": [m.aandeel_op_tijd for m in r.mijlpalen],
        "aandeel_te_laat": [m.aandeel_te_laat for m in r.mijlpalen],
        "aandeel_gemist": [m.aandeel_gemist for m in r.mijlpalen],
    }
    if backend == "pandas":
        for naam, waarden in aandelen.items():
            frame[naam] = [float("nan") if w is None else w for w in waarden]
        return frame
    import polars as pl

    return frame.with_columns(
        [pl.Series(naam, waarden, dtype=pl.Float64) for naam, waarden in aandelen.items()]
    )


# --- signals ---------------------------------------------------------------------------


@gecontroleerd
def signalen_repr(signalen: Sequence[Signaal]) -> str:
    """``Signalen(1,234: 56 te_laat, 1,178 binnenkort)``."""
    tellingen: dict[str, int] = {}
    for s in signalen:
        tellingen[s.soort.value] = tellingen.get(s.soort.value, 0) + 1
    delen = ", ".join(f"{n:,} {soort}" for soort, n in tellingen.items())
    return f"Signalen({len(signalen):,}{': ' + delen if delen else ''})"


@gecontroleerd
def signalen_html(signalen: Sequence[Signaal]) -> str:
    """The first signals as a table, and how many more."""
    rijen = [
        (
            s.uiterlijk.isoformat(),
            str(s.dagen),
            s.soort.value,
            s.code,
            s.traject or s.werknemer,
            s.werkgever or "—",
            ", ".join(s.personen),
        )
        for s in signalen[: _GETOOND * 4]
    ]
    meer = len(signalen) - len(rijen)
    return (
        f'<div class="reintegratie-signalen"><div><b>{escape(signalen_repr(signalen))}</b></div>'
        + _tabel(("uiterlijk", "days", "signal", "code", "traject", "werkgever", "who"), rijen)
        + (f"<div>… and {meer:,} more</div>" if meer > 0 else "")
        + "</div>"
    )


@gecontroleerd
def signalen_frame(signalen: Sequence[Signaal], backend: str = "pandas") -> Any:
    """One row per signal. ``soort``, ``status`` and ``termijnsoort`` are categories with
    every value of their enum; ``code``, ``traject``, ``werknemer``, ``werkgever`` and
    ``personen`` (ids joined by ", ") are strings; ``uiterlijk`` a date; ``dagen`` and
    ``volgnummer`` integers."""
    from reintegratie.analyse.signalen import Signaalsoort

    kolommen = {
        "soort": _Kolom(
            "categorie", [s.soort.value for s in signalen], [x.value for x in Signaalsoort]
        ),
        "traject": _Kolom("tekst", [s.traject for s in signalen]),
        "werknemer": _Kolom("tekst", [s.werknemer for s in signalen]),
        "werkgever": _Kolom("tekst", [s.werkgever for s in signalen]),
        "code": _Kolom("tekst", [s.code for s in signalen]),
        "uiterlijk": _Kolom("datum", [s.uiterlijk.toordinal() - _EPOCHE for s in signalen]),
        "dagen": _Kolom("geheel", [s.dagen for s in signalen]),
        "status": _Kolom(
            "categorie", [s.status.value for s in signalen], [x.value for x in Status]
        ),
        "termijnsoort": _Kolom(
            "categorie",
            [s.termijnsoort.value for s in signalen],
            [x.value for x in Termijnsoort],
        ),
        "volgnummer": _Kolom("geheel", [s.volgnummer for s in signalen]),
        "personen": _Kolom("tekst", [", ".join(s.personen) for s in signalen]),
    }
    return _frame(kolommen, backend)

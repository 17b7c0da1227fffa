"""Caseloads: many trajecten at once, fast, into notebooks.

What needs only the library is imported here; the optional parts load on first use
and say which extra installs what they need:

* :class:`Caseload` (:mod:`.caseload`): an immutable collection, read from JSON Lines.
* :func:`signalen` (:mod:`.signalen`): what is due soon, overdue or lapsed, per role;
  :func:`frequent_verzuim`: who reported sick often (policy: 3 times in 12 months).
* :func:`kpis` and its parts (:mod:`.kpi`): milestones on time, sanctions, spoor 2,
  outcomes, group programmes.
* :func:`to_frame`, :func:`termijnen_frame` (:mod:`.frames`): pandas or polars
  DataFrames (extras ``pandas``, ``polars``).
* :func:`tijdlijn_kolommen`, :class:`Verzuimkolommen` (:mod:`.kolommen`): the
  columnar timeline on numpy arrays (extra ``analyse``), with the recorded facts of
  :class:`Feitkolommen` (:mod:`.feitkolommen`).
* :func:`plot_traject`, :func:`plot_caseload`, :func:`plot_energiebalans` (:mod:`.plot`):
  pictures (extra ``plot``).
* :func:`traject_html`, :func:`tijdlijn_html` (:mod:`.html`): HTML for notebooks.
* :func:`tijdlijn_partitie`, :func:`dask_tijdlijn` (:mod:`.verdeeld`): the columnar
  timeline over a Dask DataFrame, partition by partition (extra ``dask``);
  :func:`dask_kpis`: the KPI report of caseload files, block by block on the Arrow path.
* :func:`lees_kolommen`, :class:`Caseloadkolommen` (:mod:`.arrow`): JSON Lines and
  Parquet caseload files into Arrow columns, no object per dossier (extra ``arrow``).
* :func:`lees_verzuim` (:mod:`.import_`): absence registrations from CSV, Parquet or a
  frame into trajecten, bad rows reported by row and field.
* :func:`verzuimcijfers` (:mod:`.statistiek`): verzuimpercentage, meldingsfrequentie,
  gemiddelde verzuimduur and duration classes as the CBS/NVS define them, on plain columns.
* :func:`voorbeeldcaseload` (:mod:`.voorbeeld`): a generated caseload to try it on.

See ``docs/caseload.md``.

>>> from reintegratie import analyse
>>> cl = analyse.voorbeeldcaseload(20, seed=2)
>>> len(analyse.signalen(cl, analyse.VOORBEELD_PEILDATUM)) > 0
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from reintegratie.analyse.caseload import Caseload, als_caseload
from reintegratie.analyse.frames import termijnen_frame, to_frame
from reintegratie.analyse.html import tijdlijn_html, traject_html
from reintegratie.analyse.import_ import Importresultaat, Kolomnamen, Rijfout, lees_verzuim
from reintegratie.analyse.kpi import (
    MIJLPALEN,
    Groepscijfer,
    Kpirapport,
    Mijlpaalcijfer,
    Sanctiecijfer,
    Spoor2cijfer,
    Uitkomstcijfer,
    groepsprogrammas,
    kpis,
    mijlpalen,
    sancties,
    spoor_2,
    uitkomsten,
    week_van_ziekte,
)
from reintegratie.analyse.signalen import (
    FrequentVerzuim,
    Signaal,
    Signaalsoort,
    Signalen,
    frequent_verzuim,
    signalen,
)
from reintegratie.analyse.statistiek import (
    DUURKLASSEN,
    DUURKLASSEN_VERNET,
    Duurklasse,
    Verzuimcijfers,
    meldingen_van_trajecten,
    verzuimcijfers,
    verzuimcijfers_per_periode,
)
from reintegratie.analyse.voorbeeld import VOORBEELD_PEILDATUM, voorbeeldcaseload

if TYPE_CHECKING:
    from reintegratie.analyse.arrow import Caseloadkolommen, lees_kolommen
    from reintegratie.analyse.feitkolommen import Feitkolommen
    from reintegratie.analyse.kolommen import (
        Tijdlijnkolommen,
        Verzuimkolommen,
        kan_vectoriseren,
        tijdlijn_kolommen,
    )
    from reintegratie.analyse.plot import plot_caseload, plot_energiebalans, plot_traject
    from reintegratie.analyse.verdeeld import dask_kpis, dask_tijdlijn, tijdlijn_partitie

__all__ = [
    "DUURKLASSEN",
    "DUURKLASSEN_VERNET",
    "MIJLPALEN",
    "VOORBEELD_PEILDATUM",
    "Caseload",
    "Caseloadkolommen",
    "Duurklasse",
    "Feitkolommen",
    "FrequentVerzuim",
    "Groepscijfer",
    "Importresultaat",
    "Kolomnamen",
    "Kpirapport",
    "Mijlpaalcijfer",
    "Rijfout",
    "Sanctiecijfer",
    "Signaal",
    "Signaalsoort",
    "Signalen",
    "Spoor2cijfer",
    "Tijdlijnkolommen",
    "Uitkomstcijfer",
    "Verzuimcijfers",
    "Verzuimkolommen",
    "als_caseload",
    "dask_kpis",
    "dask_tijdlijn",
    "frequent_verzuim",
    "groepsprogrammas",
    "kan_vectoriseren",
    "kpis",
    "lees_kolommen",
    "lees_verzuim",
    "meldingen_van_trajecten",
    "mijlpalen",
    "plot_caseload",
    "plot_energiebalans",
    "plot_traject",
    "sancties",
    "signalen",
    "spoor_2",
    "termijnen_frame",
    "tijdlijn_html",
    "tijdlijn_kolommen",
    "tijdlijn_partitie",
    "to_frame",
    "traject_html",
    "uitkomsten",
    "verzuimcijfers",
    "verzuimcijfers_per_periode",
    "voorbeeldcaseload",
    "week_van_ziekte",
]

#: Names imported on first use, by module (each needs an optional extra).
_LUI = {
    "Caseloadkolommen": "arrow",
    "lees_kolommen": "arrow",
    "Feitkolommen": "feitkolommen",
    "Tijdlijnkolommen": "kolommen",
    "Verzuimkolommen": "kolommen",
    "kan_vectoriseren": "kolommen",
    "tijdlijn_kolommen": "kolommen",
    "plot_caseload": "plot",
    "plot_energiebalans": "plot",
    "plot_traject": "plot",
    "dask_kpis": "verdeeld",
    "dask_tijdlijn": "verdeeld",
    "tijdlijn_partitie": "verdeeld",
}


def __getattr__(naam: str) -> Any:
    module = _LUI.get(naam)
    if module is None:
        raise AttributeError(f"module 'reintegratie.analyse' has no attribute {naam!r}")
    waarde = getattr(importlib.import_module(f"reintegratie.analyse.{module}"), naam)
    globals()[naam] = waarde
    return waarde


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

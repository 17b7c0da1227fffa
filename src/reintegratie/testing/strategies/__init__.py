"""Hypothesis strategies for every public type of :mod:`reintegratie` (extra ``hypothesis``).

Everything generated is valid by construction: no strategy filters out what the
domain refuses, so generation is fast and health checks pass. The strategies
reach the edges of the law on purpose, not by luck: first sick days on 29 February
and milestones on an Atw holiday (:func:`eerste_ziektedagen`), breaks of exactly 27
and 28 fit days and leave inside breaks (:func:`verzuim`), and loonsanctie and
vrijwillige verlenging of the maximum length (:func:`trajecten`).

Dates that depend on the law are never worked out here: :func:`trajecten` records
its steps on the due dates :func:`reintegratie.tijdlijn` gives (through
:func:`reintegratie.testing.factories.met_stappen`).

>>> from datetime import timedelta
>>> from hypothesis import given, settings
>>> import reintegratie as ri
>>> @settings(max_examples=10)
... @given(trajecten(op_tijd=True, loonsanctie=False, onderdelen=False))
... def test_op_tijd_is_compliant(traject):
...     later = traject.ziekteperioden[-1].eerste_dag + timedelta(days=3000)
...     assert all(b.ernst is ri.Ernst.INFO for b in ri.toets(traject, later))
>>> test_op_tijd_is_compliant()

Parameters take a value, or a strategy to draw it from; ``None`` (the default of
most) draws it.

Drawing is cheap from the first example on (``HealthCheck.too_slow`` stays quiet on a
fresh checkout and under pytest-xdist): nothing is filtered, strategies drawn from inside
other draws are built once, and :func:`trajecten` fills the caches it uses when it is
built. The strategies live in focused private modules (sickness and leave, events,
people and goals, activities and sporen, medical data, trajecten); this module offers
them all.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from reintegratie.errors import ExtraOntbreektError

try:
    import hypothesis as _hypothesis  # noqa: F401 (the extra's check; used by the modules)
except ImportError as _fout:  # pragma: no cover - exercised without the extra
    raise ExtraOntbreektError(
        "reintegratie.testing.strategies needs Hypothesis, which the 'hypothesis' extra "
        "installs: pip install 'reintegratie[hypothesis]'"
    ) from _fout

from reintegratie.testing.strategies._activiteiten import (
    activiteiten,
    belastbaarheden,
    fasen,
    groepsprogrammas,
    nazorg,
    opbouwstappen,
    sporen,
    uitkomsten,
    werkervaringsplaatsen,
)
from reintegratie.testing.strategies._basis import (
    GEMENGD,
    MAX_DATUM,
    MIN_DATUM,
    eerste_ziektedagen,
    ids,
    teksten,
)
from reintegratie.testing.strategies._gebeurtenissen import (
    gebeurtenissen,
    gebruikte_loopbaancheques,
)
from reintegratie.testing.strategies._gesprekken import (
    afspraken,
    betrokkenen,
    driegesprekken,
    leerdoelen,
    metingen,
    prestatiedoelen,
    voortgangen,
)
from reintegratie.testing.strategies._medisch import (
    medische_aantekeningen,
    medische_dossiers,
    vangnetten,
)
from reintegratie.testing.strategies._trajecten import peildata, trajecten
from reintegratie.testing.strategies._verzuim import (
    Verzuim,
    percentagewijzigingen,
    verlofperioden,
    verzuim,
    ziekteperioden,
)

__all__ = [
    "GEMENGD",
    "MAX_DATUM",
    "MIN_DATUM",
    "Verzuim",
    "activiteiten",
    "afspraken",
    "begeleidingstrajecten",
    "belastbaarheden",
    "betrokkenen",
    "driegesprekken",
    "eerste_ziektedagen",
    "fasen",
    "gebeurtenissen",
    "gebruikte_loopbaancheques",
    "groepsprogrammas",
    "ids",
    "leerdoelen",
    "medische_aantekeningen",
    "medische_dossiers",
    "metingen",
    "nazorg",
    "opbouwstappen",
    "peildata",
    "percentagewijzigingen",
    "prestatiedoelen",
    "sporen",
    "teksten",
    "trajecten",
    "uitkomsten",
    "vangnetten",
    "verlofperioden",
    "verzuim",
    "voortgangen",
    "werkervaringsplaatsen",
    "ziekteperioden",
]


def __getattr__(naam: str) -> object:
    """Strategies of other modules offered here too: every kind of trajectory
    (:mod:`reintegratie.testing.soorten`), imported on first use."""
    if naam == "begeleidingstrajecten":
        from reintegratie.testing import soorten

        return soorten.begeleidingstrajecten
    raise AttributeError(f"module {__name__!r} has no attribute {naam!r}")

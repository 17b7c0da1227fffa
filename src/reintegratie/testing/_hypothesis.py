"""Hypothesis's plugin entry point: ``st.from_type`` of the library's types gives valid ones.

Installed with the package, Hypothesis calls :func:`_hypothesis_setup_hook` through the
``hypothesis`` entry point (see ``pyproject.toml``), so that, for example,
``st.from_type(ri.Traject)`` draws from :func:`reintegratie.testing.strategies.trajecten`
instead of building a Traject from arbitrary field values (which the domain refuses).
The strategies module is imported only when a strategy is first drawn from.

>>> import reintegratie as ri
>>> from hypothesis import given, settings, strategies as st
>>> @settings(max_examples=5, deadline=None)
... @given(st.from_type(ri.Traject))
... def test_geldig(traject):
...     assert isinstance(traject, ri.Traject)
>>> test_geldig()

.. versionadded:: 0.2.0
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["_hypothesis_setup_hook"]


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every public model type that has one."""
    from hypothesis import strategies as st

    from reintegratie.activiteiten import Activiteit, Groepsprogramma, Nazorg, Opbouwstap
    from reintegratie.doelen import Leerdoel, Meting, Prestatiedoel, Voortgang
    from reintegratie.gesprek import Afspraak, Driegesprek
    from reintegratie.medisch import MedischDossier, MedischeAantekening
    from reintegratie.rollen import Betrokkene
    from reintegratie.traject import Belastbaarheid, Traject, Uitkomst
    from reintegratie.verzuim import Verlofperiode, Ziekteperiode

    namen: dict[type[Any], str] = {
        Traject: "trajecten",
        Ziekteperiode: "ziekteperioden",
        Verlofperiode: "verlofperioden",
        Betrokkene: "betrokkenen",
        Afspraak: "afspraken",
        Driegesprek: "driegesprekken",
        Voortgang: "voortgangen",
        Meting: "metingen",
        Leerdoel: "leerdoelen",
        Prestatiedoel: "prestatiedoelen",
        Activiteit: "activiteiten",
        Groepsprogramma: "groepsprogrammas",
        Opbouwstap: "opbouwstappen",
        Nazorg: "nazorg",
        Uitkomst: "uitkomsten",
        Belastbaarheid: "belastbaarheden",
        MedischeAantekening: "medische_aantekeningen",
        MedischDossier: "medische_dossiers",
    }
    for soort, naam in namen.items():
        st.register_type_strategy(soort, st.deferred(_strategie(naam)))


def _strategie(naam: str) -> Callable[[], Any]:
    """A function that imports the strategies module and gives the strategy *naam*."""

    def strategie() -> Any:
        from reintegratie.testing import strategies

        return getattr(strategies, naam)()

    return strategie

"""Test support for projects that use :mod:`reintegratie` (and for its own tests).

* :mod:`reintegratie.testing.factories`: plain builders of valid trajecten with
  sensible defaults, the standard steps recorded on time, late or not at all.
* :mod:`reintegratie.testing.begeleiding`: builders of every other kind of guidance
  (career guidance, outplacement, job coaching, a WIA client's re-integration).
* :mod:`reintegratie.testing.strategies`: Hypothesis strategies for every public
  type, valid by construction and aimed at the edges of the law (needs the
  ``hypothesis`` extra); :mod:`reintegratie.testing.soorten` draws every kind of
  trajectory in both jurisdictions.
* :mod:`reintegratie.testing.scenario`: scenario files (YAML or JSON) with a
  dossier and the termijnen and findings a domain expert expects.
* :mod:`reintegratie.testing.plugin`: the pytest plugin (entry point ``pytest11``)
  with fixtures and the scenario collector.

Nothing is imported here, so ``import reintegratie.testing`` needs neither pytest
nor Hypothesis. See ``docs/testing.md``.

.. versionadded:: 0.1.0
"""

"""What kind of guidance a trajectory is, and who started it.

Sick-leave re-integration under the Wet verbetering poortwachter is one kind among
several. An in-house career centre is visited preventively, without sickness; Flemish
workers follow career guidance paid with loopbaancheques on their own initiative or at
the employer's suggestion; an outplacement bureau guides people to work elsewhere; a
jobcoach stays on for years after a placement; and a WIA client re-integrates after the
wachttijd. The kind decides which rule sets apply (:attr:`Trajectsoort.ziekteverzuimregels`)
and which practice checks :func:`reintegratie.toets` runs
(:mod:`reintegratie.regels.begeleiding`).

>>> Trajectsoort.OUTPLACEMENT.ziekteverzuimregels
False
>>> Trajectsoort.VERZUIMBEGELEIDING.ziekteverzuimregels
True

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import enum

__all__ = ["Initiatief", "Trajectsoort"]


class Trajectsoort(enum.Enum):
    """The kind of guidance (string values are stable codes)."""

    VERZUIMBEGELEIDING = "verzuimbegeleiding"
    """Re-integration of a sick employee by the employer: the Wet verbetering poortwachter
    (BW 7:658a, WIA art. 25) in the Netherlands, the re-integratietraject of the Codex
    welzijn op het werk in Flanders. The only kind the sick-leave rule sets apply to."""
    LOOPBAANBEGELEIDING = "loopbaanbegeleiding"
    """Career guidance: preventive (an in-house career centre), or external and paid with
    Flemish loopbaancheques. No sick-leave rules apply, even when the person was sick."""
    OUTPLACEMENT = "outplacement"
    """Guidance to work elsewhere when employment ends, with nazorg after the new job
    starts."""
    JOBCOACHING = "jobcoaching"
    """A jobcoach for someone at a distance from the labour market: during the search and
    for years after a placement."""
    WIA_REINTEGRATIE = "wia_reintegratie"
    """Re-integration of a WIA client after the wachttijd. The poortwachter termijnen are
    the procedure of the first and second year of sickness (Regeling procesgang eerste en
    tweede ziektejaar; UWV's poortwachtertoets comes before the WIA decision, Beleidsregels
    beoordelingskader poortwachter, https://wetten.overheid.nl/BWBR0014375), so they are
    not applied here. Reading taken: an employer who stays involved (in employment under
    BW 7:658a, or as eigenrisicodrager WGA, who "houdt ... verplichtingen met betrekking tot
    re-integratie", https://bgmagazine.nl/is-er-wetgeving-rekening-mee-moet-houden-chronisch-
    zieke-medewerkers/) keeps a duty to re-integrate that has no statutory deadlines to
    compute; the practice checks apply instead."""

    @property
    def ziekteverzuimregels(self) -> bool:
        """Whether the sick-leave rule set of the jurisdiction applies (the poortwachter
        rules in the Netherlands, the re-integratietraject in Flanders)."""
        return self is Trajectsoort.VERZUIMBEGELEIDING


class Initiatief(enum.Enum):
    """Who started the trajectory (string values are stable codes)."""

    EIGEN_INITIATIEF = "eigen_initiatief"
    """The person themselves (Flemish loopbaancheques are asked for by the worker, "op
    eigen initiatief")."""
    WERKGEVER = "werkgever"
    """At the employer's suggestion or by the employer's duty (sick-leave re-integration,
    outplacement)."""
    UWV = "uwv"
    """UWV, for a WIA client or a jobcoach it pays for."""
    GEMEENTE = "gemeente"
    """The municipality (Participatiewet)."""

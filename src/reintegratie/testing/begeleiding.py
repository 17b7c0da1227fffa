"""Plain builders of valid trajecten of every kind of guidance (no Hypothesis needed).

Sick-leave re-integration has :func:`reintegratie.testing.factories.maak_traject`; the
other kinds have one builder each, all through :func:`maak_begeleiding`:
:func:`maak_loopbaanbegeleiding` (an in-house career centre or loopbaancheques),
:func:`maak_outplacement`, :func:`maak_jobcoaching` and :func:`maak_wia_reintegratie`.
Each gives a trajectory with its adviser, a first driegesprek with an agreement kept on
time, and whatever else is passed in *velden*; none gets poortwachter findings.

>>> from datetime import date
>>> import reintegratie as ri
>>> t = maak_outplacement(start=date(2026, 2, 2))
>>> t.trajectsoort.value, t.werkgever, [b.id for b in t.betrokkenen]
('outplacement', 'WG-1', ['LG-1', 'OB-1'])
>>> ri.toets(t, date(2026, 3, 1))
()
>>> maak_wia_reintegratie().werkgever is None
True

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie.errors import ValidationError
from reintegratie.gesprek import Afspraak, Afspraakstatus, Driegesprek
from reintegratie.rollen import Betrokkene, Rol
from reintegratie.traject import Jurisdictie, Traject
from reintegratie.trajectsoort import Initiatief, Trajectsoort
from reintegratie.verzuim import Ziekteperiode

__all__ = [
    "ADVISEUR",
    "maak_begeleiding",
    "maak_jobcoaching",
    "maak_loopbaanbegeleiding",
    "maak_outplacement",
    "maak_wia_reintegratie",
]

#: The adviser of each kind: (id, role, organisation).
ADVISEUR: dict[Trajectsoort, tuple[str, Rol, str]] = {
    Trajectsoort.LOOPBAANBEGELEIDING: ("LA-1", Rol.LOOPBAANADVISEUR, "Loopbaancentrum"),
    Trajectsoort.OUTPLACEMENT: ("OB-1", Rol.RE_INTEGRATIEBEDRIJF, "Outplacementbureau"),
    Trajectsoort.JOBCOACHING: ("JC-1", Rol.JOBCOACH, "Jobcoachbureau"),
    Trajectsoort.WIA_REINTEGRATIE: ("RIB-1", Rol.RE_INTEGRATIEBEDRIJF, "Re-integratiebedrijf"),
}

_STANDAARD_INITIATIEF = {
    Trajectsoort.LOOPBAANBEGELEIDING: Initiatief.EIGEN_INITIATIEF,
    Trajectsoort.OUTPLACEMENT: Initiatief.WERKGEVER,
    Trajectsoort.JOBCOACHING: Initiatief.UWV,
    Trajectsoort.WIA_REINTEGRATIE: Initiatief.UWV,
}

#: Start of the builders' trajecten (Monday 2 February 2026).
STANDAARD_START = _dt.date(2026, 2, 2)


@gecontroleerd
def maak_begeleiding(
    soort: Trajectsoort,
    *,
    start: _dt.date = STANDAARD_START,
    werknemer: str = "W-001",
    werkgever: str | None = "WG-1",
    jurisdictie: Jurisdictie = Jurisdictie.NL,
    **velden: Any,
) -> Traject:
    """A trajectory of *soort* (not sick-leave re-integration: use ``maak_traject``) that
    starts on *start* with its adviser (:data:`ADVISEUR`), the employee's manager when
    there is an employer, and a driegesprek on *start* whose agreement, due 14 days later,
    was kept on the 10th day. Any other Traject field goes in *velden* and replaces the
    default.
    """
    if not isinstance(soort, Trajectsoort) or soort is Trajectsoort.VERZUIMBEGELEIDING:
        raise ValidationError(
            "soort",
            f"expected a Trajectsoort other than verzuimbegeleiding (use maak_traject), "
            f"got {soort!r}",
        )
    if type(start) is not _dt.date:
        raise ValidationError("start", f"expected a date, got {start!r}")
    id_, rol, organisatie = ADVISEUR[soort]
    mensen = [Betrokkene(id=id_, rollen=frozenset({rol}), organisatie=organisatie)]
    deelnemers = [werknemer, id_]
    if werkgever is not None:
        lg = Betrokkene(
            id="LG-1",
            rollen=frozenset({Rol.LEIDINGGEVENDE}),
            organisatie=werkgever,
            leidinggevende_van_werknemer=True,
        )
        mensen.insert(0, lg)
        deelnemers.insert(1, lg.id)
    else:
        # No employer side: the third party is a consultant of the paying body.
        mensen.append(Betrokkene(id="UWV-1", rollen=frozenset({Rol.UWV}), organisatie="UWV"))
        deelnemers.append("UWV-1")
    gesprek = Driegesprek(
        datum=start,
        deelnemers=tuple(deelnemers),
        onderwerpen=("kennismaking", "doelen"),
        afspraken=(
            Afspraak(
                wat="eerste opdracht",
                wie=werknemer,
                uiterlijk=start + _dt.timedelta(days=14),
                status=Afspraakstatus.NAGEKOMEN,
                afgerond_op=start + _dt.timedelta(days=10),
            ),
        ),
    )
    traject = Traject(
        werknemer=werknemer,
        werkgever=werkgever,
        soort=soort,
        initiatief=_STANDAARD_INITIATIEF[soort],
        jurisdictie=jurisdictie,
        betrokkenen=tuple(mensen),
        driegesprekken=(gesprek,),
    )
    return attrs.evolve(traject, **velden) if velden else traject


def maak_loopbaanbegeleiding(**kw: Any) -> Traject:
    """Career guidance on own initiative with a career adviser (see :func:`maak_begeleiding`)."""
    return maak_begeleiding(Trajectsoort.LOOPBAANBEGELEIDING, **kw)


def maak_outplacement(**kw: Any) -> Traject:
    """Outplacement at the employer's suggestion, with an outplacement bureau."""
    return maak_begeleiding(Trajectsoort.OUTPLACEMENT, **kw)


def maak_jobcoaching(**kw: Any) -> Traject:
    """Job coaching paid by UWV, with a jobcoach."""
    return maak_begeleiding(Trajectsoort.JOBCOACHING, **kw)


def maak_wia_reintegratie(
    *, eerste_ziektedag: _dt.date = _dt.date(2023, 1, 2), **kw: Any
) -> Traject:
    """A WIA client without employer (by default) re-integrating after the wachttijd: the
    sickness since *eerste_ziektedag* is recorded, no poortwachter rule applies."""
    kw.setdefault("werkgever", None)
    kw.setdefault("ziekteperioden", (Ziekteperiode(eerste_dag=eerste_ziektedag),))
    return maak_begeleiding(Trajectsoort.WIA_REINTEGRATIE, **kw)

"""Agreements in analyse.signalen: open and due soon, or overdue, with their owner
(seed 004: a jobcoach makes agreements with client and employer)."""

from __future__ import annotations

from datetime import date

import reintegratie as ri
from reintegratie import analyse as an
from reintegratie.rollen import Rolperiode

JC = ri.Betrokkene(id="JC-1", rollen=frozenset({ri.Rol.JOBCOACH}), organisatie="JC-bureau")
LG = ri.Betrokkene(
    id="LG-1",
    rollen=frozenset(),
    organisatie="WG",
    perioden=(Rolperiode(rol=ri.Rol.LEIDINGGEVENDE, vanaf=date(2026, 1, 1)),),
)


def _traject() -> ri.Traject:
    gesprek = ri.Driegesprek(
        datum=date(2026, 3, 2),
        deelnemers=("W-1", "JC-1", "LG-1"),
        afspraken=(
            ri.Afspraak(wat="werkplek aanpassen", wie="LG-1", uiterlijk=date(2026, 3, 13)),
            ri.Afspraak(wat="rooster proberen", wie="W-1", uiterlijk=date(2026, 3, 20)),
            ri.Afspraak(
                wat="evaluatie plannen",
                wie="JC-1",
                uiterlijk=date(2026, 3, 10),
                status=ri.Afspraakstatus.NAGEKOMEN,
                afgerond_op=date(2026, 3, 9),
            ),
        ),
    )
    return ri.Traject(
        id="T-1",
        werknemer="W-1",
        werkgever="WG",
        soort=ri.Trajectsoort.JOBCOACHING,
        betrokkenen=(JC, LG),
        driegesprekken=(gesprek,),
    )


def test_te_laat_en_binnenkort():
    """On Mon 16 Mar 2026 with a 7-day window (to 23 Mar): the employer's agreement due
    Fri 13 Mar is 3 days late, the employee's due Fri 20 Mar comes in 4 days; the kept
    one is not signalled."""
    rijen = an.signalen([_traject()], date(2026, 3, 16))
    assert [(s.soort.value, s.omschrijving, s.dagen, s.personen) for s in rijen] == [
        ("te_laat", "werkplek aanpassen", -3, ("LG-1",)),
        ("binnenkort", "rooster proberen", 4, ("W-1",)),
    ]
    assert rijen[0].verantwoordelijk == (ri.Rol.LEIDINGGEVENDE,)
    assert {s.code for s in rijen} == {"afspraak"}
    assert rijen[0].volgnummer == 1


def test_per_rol_en_persoon():
    """The manager's own list holds the manager's agreement only."""
    rijen = an.signalen([_traject()], date(2026, 3, 16), rol=ri.Rol.LEIDINGGEVENDE)
    assert [s.omschrijving for s in rijen] == ["werkplek aanpassen"]
    assert [
        s.omschrijving for s in an.signalen([_traject()], date(2026, 3, 16), persoon="W-1")
    ] == ["rooster proberen"]
    alleen_laat = an.signalen([_traject()], date(2026, 3, 16), soorten=[an.Signaalsoort.TE_LAAT])
    assert [s.dagen for s in alleen_laat] == [-3]


def test_buiten_venster():
    """On Fri 6 Mar: the agreement kept on 9 Mar is still open then and due Tue 10 Mar
    (4 days), the 13 Mar one is 7 days off (the window's last day), the 20 Mar one is
    outside the window."""
    rijen = an.signalen([_traject()], date(2026, 3, 6))
    assert [(s.omschrijving, s.dagen) for s in rijen] == [
        ("evaluatie plannen", 4),
        ("werkplek aanpassen", 7),
    ]

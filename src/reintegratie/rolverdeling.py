"""Role allocation: who fills which role in every step, and the checks on it.

The practice of an independent in-house career centre advises "clear agreements
about role and task allocation with everyone involved" and "an independent link
between employer and employee". This module makes that computable:

* :func:`rolverdeling` maps every termijn of the timeline, every driegesprek and
  every spoor to the named people, one :class:`Rolregel` per step, role and RACI
  letter; :func:`rolverdeling_als_tekst` renders the rows as a table.
* :func:`rolcontrole` checks the allocation on a peildatum and returns
  :class:`~reintegratie.regels.toets.Bevinding` values with stable codes:
  ``rol_ontbreekt``, ``rolconflict``, ``niet_onafhankelijk``,
  ``driegesprek_onvolledig`` and ``geen_arbeidsdeskundig_onderzoek``.

The RACI of a termijn is data on its rule (:class:`~reintegratie.regels.model.Regel`);
the RACI of a spoor is :data:`SPOOR_RACI`; a driegesprek's is
:data:`DRIEGESPREK_RACI`. The readings taken are in ``docs/rollen.md``.

>>> from datetime import date
>>> from reintegratie.rollen import Betrokkene, Rol
>>> from reintegratie.traject import Traject
>>> from reintegratie.verzuim import Ziekteperiode
>>> t = Traject(werknemer="W-1", werkgever="WG",
...             ziekteperioden=(Ziekteperiode(eerste_dag=date(2025, 10, 1)),),
...             betrokkenen=(Betrokkene(id="BA-1", rollen=frozenset({Rol.BEDRIJFSARTS}),
...                                     organisatie="Arbodienst"),))
>>> [(r.rol.value, r.raci.value, r.personen) for r in rolverdeling(t)
...  if r.code == "probleemanalyse"]  # doctest: +NORMALIZE_WHITESPACE
[('bedrijfsarts', 'R', ('BA-1',)), ('werkgever', 'R', ('WG',)),
 ('werkgever', 'A', ('WG',)), ('werknemer', 'C', ('W-1',)), ('casemanager', 'I', ())]
>>> [b.code for b in rolcontrole(t, date(2025, 11, 26))]
['rol_ontbreekt']

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum
import operator
import types
from collections.abc import Mapping, Sequence

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import (
    bereik,
    controleer_datum,
    enum_van,
    ja_nee,
    optioneel,
    tekst,
    tuple_van,
)
from reintegratie._validatie import dag as dag_validator
from reintegratie.gesprek import Driegesprek
from reintegratie.kalender import Kalender
from reintegratie.regels.engine import Status, Termijn, Uitslag
from reintegratie.regels.model import Regel
from reintegratie.regels.poortwachter import Telwijze
from reintegratie.regels.tijdlijn import uitslagen
from reintegratie.rolcontrole import ROLCONFLICTEN, Rolconflict, rolcontrole
from reintegratie.rolhouders import (
    ONAFHANKELIJKE_ROLLEN,
    UWV,
    WERKGEVERSROLLEN,
    Raci,
    Toewijzing,
    _op_volgorde,
    is_adviseur,
    is_werkgeverszijde,
    onafhankelijk,
    raci,
    rolhouders,
)
from reintegratie.rollen import ADVISEURSROLLEN, Rol
from reintegratie.spoor import Spoor, Spoorsoort
from reintegratie.traject import Traject

__all__ = [
    "DRIEGESPREK_RACI",
    "ONAFHANKELIJKE_ROLLEN",
    "ROLCONFLICTEN",
    "SPOOR_RACI",
    "UWV",
    "WERKGEVERSROLLEN",
    "Onderdeel",
    "Raci",
    "Rolconflict",
    "Rolregel",
    "Toewijzing",
    "is_adviseur",
    "is_werkgeverszijde",
    "onafhankelijk",
    "raci",
    "rolcontrole",
    "rolhouders",
    "rolverdeling",
    "rolverdeling_als_tekst",
]


class Onderdeel(enum.Enum):
    """What a row of the allocation is about (string values are stable codes)."""

    TERMIJN = "termijn"
    """A termijn of the timeline; the row's code is the termijn code."""
    DRIEGESPREK = "driegesprek"
    """A driegesprek; the row's code is ``"driegesprek"``."""
    SPOOR = "spoor"
    """A spoor; the row's code is the spoor's kind (``"spoor_1"`` or ``"spoor_2"``)."""


_W, _WG, _LG, _CM = Rol.WERKNEMER, Rol.WERKGEVER, Rol.LEIDINGGEVENDE, Rol.CASEMANAGER
_BA, _AD = Rol.BEDRIJFSARTS, Rol.ARBEIDSDESKUNDIGE

#: The RACI of a spoor, by kind. The spoor's ``aanbieder`` is added as a further "R" in
#: each role it holds.
SPOOR_RACI: Mapping[Spoorsoort, Toewijzing] = types.MappingProxyType(
    {
        Spoorsoort.SPOOR_1: Toewijzing(
            verantwoordelijk=(_WG, _W),
            eindverantwoordelijk=(_WG,),
            geraadpleegd=(_BA,),
            geinformeerd=(_CM,),
            bron="BW 7:658a lid 1 (the employer offers suitable work in its own company); "
            "BW 7:660a (the employee cooperates); the bedrijfsarts advises on the "
            "belastbaarheid (Regeling procesgang eerste en tweede ziektejaar art. 2)",
        ),
        Spoorsoort.SPOOR_2: Toewijzing(
            verantwoordelijk=(_WG, _W),
            eindverantwoordelijk=(_WG,),
            geraadpleegd=(_BA, _AD),
            geinformeerd=(_CM,),
            bron="BW 7:658a lid 1 (the employer promotes work with another employer); "
            "BW 7:660a (the employee cooperates); bedrijfsarts and arbeidsdeskundige "
            "advise (UWV Werkwijzer Poortwachter)",
        ),
    }
)

#: The RACI letter of each place in a driegesprek: the employee and the independent
#: adviser carry it, the employer side thinks along, anyone else listens.
DRIEGESPREK_RACI: Mapping[str, Raci] = types.MappingProxyType(
    {
        "werknemer": Raci.VERANTWOORDELIJK,
        "adviseur": Raci.VERANTWOORDELIJK,
        "werkgeverszijde": Raci.GERAADPLEEGD,
        "overig": Raci.GEINFORMEERD,
    }
)


@attrs.frozen
class Rolregel:
    """One row of the allocation: in this step, this role with this RACI letter is filled
    by these people.

    ``datum`` is the termijn's due date, the driegesprek's date or the spoor's start.
    ``volgnummer`` counts recurring termijnen (evaluaties), driegesprekken, and sporen of
    one kind, from 1. ``personen`` are betrokkene ids, the employee's id for
    ``werknemer``, the employer's id for ``werkgever`` when no betrokkene holds it, and
    :data:`UWV` for ``uwv`` likewise. ``ingevuld`` is whether anyone fills it.
    ``status`` is the termijn's status (e.g. ``vervallen`` after recovery); ``None`` for
    driegesprekken and sporen.
    """

    onderdeel: Onderdeel = attrs.field(validator=enum_van(Onderdeel))
    code: str = attrs.field(validator=tekst)
    datum: _dt.date = attrs.field(validator=dag_validator)
    rol: Rol = attrs.field(validator=enum_van(Rol))
    raci: Raci = attrs.field(validator=enum_van(Raci))
    personen: tuple[str, ...] = attrs.field(validator=tuple_van(str, tekst_elementen=True))
    ingevuld: bool = attrs.field(validator=ja_nee)
    volgnummer: int = attrs.field(default=1, validator=bereik(1))
    status: Status | None = attrs.field(default=None, validator=optioneel(enum_van(Status)))


# --- the allocation --------------------------------------------------------------

_UITERLIJK = operator.attrgetter("termijn.uiterlijk")
_DATUM = operator.attrgetter("datum")


def _rij(
    onderdeel: Onderdeel,
    code: str,
    datum: _dt.date,
    rol: Rol,
    letter: Raci,
    personen: tuple[str, ...],
    volgnummer: int,
    status: Status | None = None,
) -> Rolregel:
    return Rolregel(
        onderdeel, code, datum, rol, letter, personen, bool(personen), volgnummer, status
    )


def _termijn_rijen(traject: Traject, u: Uitslag, peildatum: _dt.date | None) -> list[Rolregel]:
    t: Termijn = u.termijn
    return [
        _rij(
            Onderdeel.TERMIJN,
            t.code,
            t.uiterlijk,
            rol,
            letter,
            rolhouders(traject, rol, peildatum, op=t.uiterlijk),
            t.volgnummer,
            t.status,
        )
        for letter, rollen in raci(u.regel)
        for rol in rollen
    ]


def _spoor_rijen(
    traject: Traject, spoor: Spoor, volgnummer: int, peildatum: _dt.date | None
) -> list[Rolregel]:
    toewijzing = SPOOR_RACI[spoor.soort]
    code = spoor.soort.value
    rijen: list[Rolregel] = []
    for letter, rollen in raci(toewijzing):
        for rol in rollen:
            rijen.append(
                _rij(
                    Onderdeel.SPOOR,
                    code,
                    spoor.start,
                    rol,
                    letter,
                    rolhouders(traject, rol, peildatum, op=spoor.start),
                    volgnummer,
                )
            )
        if letter is Raci.VERANTWOORDELIJK and spoor.aanbieder is not None:
            aanbieder = traject.betrokkene(spoor.aanbieder)
            for rol in _op_volgorde(aanbieder.rollen_op(spoor.start)):
                if rol not in rollen:
                    rijen.append(
                        _rij(
                            Onderdeel.SPOOR,
                            code,
                            spoor.start,
                            rol,
                            letter,
                            (aanbieder.id,),
                            volgnummer,
                        )
                    )
    return rijen


def _driegesprek_rijen(traject: Traject, gesprek: Driegesprek, volgnummer: int) -> list[Rolregel]:
    def rij(rol: Rol, plaats: str, personen: tuple[str, ...]) -> Rolregel:
        return _rij(
            Onderdeel.DRIEGESPREK,
            "driegesprek",
            gesprek.datum,
            rol,
            DRIEGESPREK_RACI[plaats],
            personen,
            volgnummer,
        )

    aanwezig = traject.werknemer in gesprek.deelnemers
    rijen = [rij(Rol.WERKNEMER, "werknemer", (traject.werknemer,) if aanwezig else ())]
    plaatsen: dict[str, dict[Rol, list[str]]] = {
        "adviseur": {},
        "werkgeverszijde": {},
        "overig": {},
    }
    for deelnemer in gesprek.deelnemers:
        if deelnemer == traject.werknemer:
            continue
        b = traject.betrokkene(deelnemer)
        rollen: frozenset[Rol]
        dag = gesprek.datum
        if is_adviseur(traject, b, dag):
            plaats, rollen = "adviseur", b.rollen_op(dag) & ADVISEURSROLLEN
        elif is_werkgeverszijde(traject, b, dag):
            # the manager by line relation alone takes part as leidinggevende
            plaats = "werkgeverszijde"
            rollen = b.rollen_op(dag) & WERKGEVERSROLLEN or frozenset({Rol.LEIDINGGEVENDE})
        else:
            plaats, rollen = "overig", b.rollen_op(dag)
        for rol in rollen:
            plaatsen[plaats].setdefault(rol, []).append(b.id)
    # An empty place shows under the role it usually has: manager, career adviser.
    leeg = {"adviseur": Rol.LOOPBAANADVISEUR, "werkgeverszijde": Rol.LEIDINGGEVENDE}
    for plaats in ("adviseur", "werkgeverszijde", "overig"):
        per_rol = plaatsen[plaats]
        if not per_rol and plaats in leeg:
            rijen.append(rij(leeg[plaats], plaats, ()))
        for rol in _op_volgorde(per_rol):
            rijen.append(rij(rol, plaats, tuple(per_rol[rol])))
    return rijen


@gecontroleerd
def rolverdeling(
    traject: Traject,
    peildatum: _dt.date | None = None,
    *,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> tuple[Rolregel, ...]:
    """Who fills which role in every step: rows for each termijn of the timeline, each
    driegesprek and each spoor, and each role of its RACI, in date order.

    The termijnen are those of :func:`~reintegratie.regels.tijdlijn.tijdlijn` (the latest
    case of sickness; none without sickness), read together with the rule that set each
    (its RACI); a termijn whose rule names no role (``einde_wachttijd``) gives no row.
    Every driegesprek and every spoor of the traject gives rows. On one date, termijnen
    come first, then driegesprekken, then sporen. *peildatum*, *regels*, *kalender* and
    *telwijze* are as for the timeline.
    """
    rijen: list[Rolregel] = []
    gevallen = traject.wettelijke_ziektegevallen
    if gevallen:
        resultaten = uitslagen(
            traject, gevallen[-1], peildatum, regels=regels, kalender=kalender, telwijze=telwijze
        )
        for u in sorted(resultaten, key=_UITERLIJK):
            rijen += _termijn_rijen(traject, u, peildatum)
    elif peildatum is not None:
        controleer_datum("peildatum", peildatum)
    for i, gesprek in enumerate(traject.driegesprekken, start=1):
        rijen += _driegesprek_rijen(traject, gesprek, i)
    tellers: dict[Spoorsoort, int] = {}
    for spoor in traject.sporen:
        tellers[spoor.soort] = tellers.get(spoor.soort, 0) + 1
        rijen += _spoor_rijen(traject, spoor, tellers[spoor.soort], peildatum)
    return tuple(sorted(rijen, key=_DATUM))


def _dag(dag: _dt.date) -> str:
    return f"{dag.isoformat()} {dag:%a}"


@gecontroleerd
def rolverdeling_als_tekst(rijen: Sequence[Rolregel]) -> str:
    """The rows as a plain-text table (``reintegratie rollen DOSSIER.json``).

    A recurring step shows its number (``evaluatie #2``); people are comma-separated,
    ``—`` when the role is unfilled.
    """
    if not rijen:
        return "No roles to allocate: no termijnen, driegesprekken or sporen."
    herhaald = {(r.onderdeel, r.code) for r in rijen if r.volgnummer > 1}
    kop = ["datum", "onderdeel", "stap", "status", "raci", "rol", "ingevuld", "personen"]
    cellen = [
        [
            _dag(r.datum),
            r.onderdeel.value,
            f"{r.code} #{r.volgnummer}" if (r.onderdeel, r.code) in herhaald else r.code,
            r.status.value if r.status is not None else "",
            r.raci.value,
            r.rol.value,
            "ja" if r.ingevuld else "nee",
            ", ".join(r.personen) or "—",
        ]
        for r in rijen
    ]
    breedtes = [max(len(kop[i]), *(len(c[i]) for c in cellen)) for i in range(len(kop) - 1)]

    def regel(velden: Sequence[str]) -> str:
        return "  ".join(
            [*(v.ljust(b) for v, b in zip(velden, breedtes, strict=False)), velden[-1]]
        ).rstrip()

    lijnen = [regel(kop), regel(["-" * b for b in breedtes] + ["-" * len(kop[-1])])]
    lijnen += [regel(c) for c in cellen]
    return "\n".join(lijnen)

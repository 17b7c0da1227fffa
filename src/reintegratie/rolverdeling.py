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
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

import attrs

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
from reintegratie.gebeurtenissen import ArbeidsdeskundigOnderzoek, PlanVanAanpak
from reintegratie.gesprek import Driegesprek
from reintegratie.kalender import Kalender
from reintegratie.regels.engine import Status, Termijn, Uitslag
from reintegratie.regels.model import Ernst, Regel, Termijnsoort
from reintegratie.regels.poortwachter import Telwijze
from reintegratie.regels.tijdlijn import uitslagen
from reintegratie.regels.toets import Bevinding
from reintegratie.rollen import ADVISEURSROLLEN, Betrokkene, Rol
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


class Raci(enum.Enum):
    """A RACI letter (the value is the letter)."""

    VERANTWOORDELIJK = "R"
    """Responsible: does the step."""
    EINDVERANTWOORDELIJK = "A"
    """Accountable: answers for the step."""
    GERAADPLEEGD = "C"
    """Consulted: heard before the step."""
    GEINFORMEERD = "I"
    """Informed: told of the outcome."""


class _MetRaci(Protocol):
    @property
    def verantwoordelijk(self) -> tuple[Rol, ...]: ...
    @property
    def eindverantwoordelijk(self) -> tuple[Rol, ...]: ...
    @property
    def geraadpleegd(self) -> tuple[Rol, ...]: ...
    @property
    def geinformeerd(self) -> tuple[Rol, ...]: ...


def raci(stap: _MetRaci) -> tuple[tuple[Raci, tuple[Rol, ...]], ...]:
    """The RACI of a :class:`~reintegratie.regels.model.Regel` or :class:`Toewijzing`, as
    (letter, roles) pairs in R, A, C, I order.

    >>> from reintegratie.regels import POORTWACHTER
    >>> [(letter.value, [r.value for r in rollen]) for letter, rollen in raci(POORTWACHTER[0])]
    [('R', ['werknemer']), ('A', ['werknemer']), ('C', []), ('I', ['werkgever', 'leidinggevende'])]
    """
    return (
        (Raci.VERANTWOORDELIJK, stap.verantwoordelijk),
        (Raci.EINDVERANTWOORDELIJK, stap.eindverantwoordelijk),
        (Raci.GERAADPLEEGD, stap.geraadpleegd),
        (Raci.GEINFORMEERD, stap.geinformeerd),
    )


@attrs.frozen
class Toewijzing:
    """The RACI of a step that is not a rule (a spoor), with the source of the reading."""

    verantwoordelijk: tuple[Rol, ...] = ()
    eindverantwoordelijk: tuple[Rol, ...] = ()
    geraadpleegd: tuple[Rol, ...] = ()
    geinformeerd: tuple[Rol, ...] = ()
    bron: str = ""


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

#: Roles through which a person on the employer's side takes part.
WERKGEVERSROLLEN = frozenset({Rol.WERKGEVER, Rol.LEIDINGGEVENDE, Rol.CASEMANAGER})

#: Roles that must be independent of the employer ("an independent link between employer
#: and employee").
ONAFHANKELIJKE_ROLLEN = frozenset({Rol.LOOPBAANADVISEUR, Rol.JOBCOACH, Rol.RE_INTEGRATIEBEDRIJF})

#: The id that fills the UWV role when no betrokkene holds it: UWV is one public body.
UWV = "UWV"

_GOEDE_PRAKTIJK = (
    "good practice 'Loopbaanbegeleiding succesvol bij re-integratie' (OMO / ProMotion)"
)


@attrs.frozen
class Rolconflict:
    """Two roles one person may not hold together, why, and the source."""

    rol: Rol
    met: Rol
    reden: str
    bron: str


_BRON_ARTS = (
    "AVG art. 9; AP beleidsregels 'De zieke werknemer' (2016) §5.2.1–5.2.2: only the "
    "bedrijfsarts processes medical data, and advises employer and employee independently"
)

#: Pairs of roles one person may not hold together. A line relation to the employee
#: (``Betrokkene.leidinggevende_van_werknemer``) counts as holding ``leidinggevende``;
#: being named casemanager in a plan van aanpak counts as holding ``casemanager``.
ROLCONFLICTEN: tuple[Rolconflict, ...] = (
    Rolconflict(
        Rol.BEDRIJFSARTS,
        Rol.CASEMANAGER,
        "the casemanager acts for the employer and may not see medical data",
        _BRON_ARTS,
    ),
    Rolconflict(
        Rol.BEDRIJFSARTS,
        Rol.LEIDINGGEVENDE,
        "a manager is the employer's line and may not see medical data",
        _BRON_ARTS,
    ),
    Rolconflict(
        Rol.BEDRIJFSARTS,
        Rol.WERKGEVER,
        "the employer may not see medical data",
        _BRON_ARTS,
    ),
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


# --- who is who ------------------------------------------------------------------


def _benoemd_casemanager(traject: Traject, peildatum: _dt.date | None) -> list[str]:
    """Ids named casemanager in a plan van aanpak (on or before the peildatum)."""
    ids: list[str] = []
    for g in traject.gebeurtenissen:
        if peildatum is not None and g.datum > peildatum:
            break
        if isinstance(g, PlanVanAanpak) and g.casemanager is not None and g.casemanager not in ids:
            ids.append(g.casemanager)
    return ids


def rolhouders(traject: Traject, rol: Rol, peildatum: _dt.date | None = None) -> tuple[str, ...]:
    """The ids that fill *rol* in *traject*, in the order of ``Traject.betrokkenen``.

    ``werknemer`` is always the employee. ``casemanager`` also counts the betrokkene a
    plan van aanpak (on or before *peildatum*) names as casemanager. ``werkgever`` falls
    back to ``Traject.werkgever`` and ``uwv`` to :data:`UWV` when no betrokkene holds
    them: the employer and UWV are parties by themselves. Any other role can be unfilled.
    """
    if rol is Rol.WERKNEMER:
        return (traject.werknemer,)
    ids = [b.id for b in traject.betrokkenen if rol in b.rollen]
    if rol is Rol.CASEMANAGER:
        ids += [i for i in _benoemd_casemanager(traject, peildatum) if i not in ids]
    if not ids and rol is Rol.WERKGEVER:
        return (traject.werkgever,)
    if not ids and rol is Rol.UWV:
        return (UWV,)
    return tuple(ids)


def onafhankelijk(traject: Traject, betrokkene: Betrokkene) -> bool:
    """Whether *betrokkene* is independent of the employer: not of the employer's
    organisation (``organisatie != Traject.werkgever``) and not the employee's manager.

    An internal but independent centre (such as an in-house career centre) is recorded
    as its own organisation.
    """
    return (
        betrokkene.organisatie != traject.werkgever and not betrokkene.leidinggevende_van_werknemer
    )


def is_werkgeverszijde(traject: Traject, betrokkene: Betrokkene) -> bool:
    """Whether *betrokkene* speaks for the employer in a driegesprek: the employee's
    manager, or of the employer's organisation in a role of :data:`WERKGEVERSROLLEN`."""
    return betrokkene.leidinggevende_van_werknemer or (
        betrokkene.organisatie == traject.werkgever and bool(betrokkene.rollen & WERKGEVERSROLLEN)
    )


def is_adviseur(traject: Traject, betrokkene: Betrokkene) -> bool:
    """Whether *betrokkene* counts as the adviser in a driegesprek: a role of
    :data:`~reintegratie.rollen.ADVISEURSROLLEN` held by someone :func:`onafhankelijk`."""
    return bool(betrokkene.rollen & ADVISEURSROLLEN) and onafhankelijk(traject, betrokkene)


def _effectieve_rollen(
    traject: Traject, betrokkene: Betrokkene, peildatum: _dt.date | None
) -> frozenset[Rol]:
    rollen = set(betrokkene.rollen)
    if betrokkene.id in _benoemd_casemanager(traject, peildatum):
        rollen.add(Rol.CASEMANAGER)
    if betrokkene.leidinggevende_van_werknemer:
        rollen.add(Rol.LEIDINGGEVENDE)
    return frozenset(rollen)


def _op_volgorde(rollen: Iterable[Rol]) -> list[Rol]:
    gezet = set(rollen)
    return [r for r in Rol if r in gezet]


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
            rolhouders(traject, rol, peildatum),
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
                    rolhouders(traject, rol, peildatum),
                    volgnummer,
                )
            )
        if letter is Raci.VERANTWOORDELIJK and spoor.aanbieder is not None:
            aanbieder = traject.betrokkene(spoor.aanbieder)
            for rol in _op_volgorde(aanbieder.rollen):
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
        if is_adviseur(traject, b):
            plaats, rollen = "adviseur", b.rollen & ADVISEURSROLLEN
        elif is_werkgeverszijde(traject, b):
            # the manager by line relation alone takes part as leidinggevende
            plaats = "werkgeverszijde"
            rollen = b.rollen & WERKGEVERSROLLEN or frozenset({Rol.LEIDINGGEVENDE})
        else:
            plaats, rollen = "overig", b.rollen
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
    gevallen = traject.ziektegevallen
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


# --- the checks ------------------------------------------------------------------


def _d(dag: _dt.date) -> str:
    return f"{dag:%a} {dag.isoformat()}"


def _x(traject: Traject, dag: _dt.date) -> _dt.date | None:
    geval = traject.geval_op(dag)
    return geval.eerste_ziektedag if geval is not None else None


_NIET_NODIG = (Status.NIET_VAN_TOEPASSING, Status.VERVALLEN)
_NODIG = (Raci.VERANTWOORDELIJK, Raci.EINDVERANTWOORDELIJK, Raci.GERAADPLEEGD)


def _rol_ontbreekt(
    traject: Traject, peildatum: _dt.date, per_geval: list[tuple[_dt.date, list[Uitslag]]]
) -> list[Bevinding]:
    # rol -> [(needed on, due date, code, letter, rule, first sick day)]
    nodig: dict[Rol, list[tuple[_dt.date, _dt.date, str, Raci, Regel, _dt.date]]] = {}
    for x, resultaten in per_geval:
        for u in resultaten:
            t = u.termijn
            if t.soort is not Termijnsoort.DEADLINE or t.status in _NIET_NODIG:
                continue
            # Needed once due, or once done if that was earlier (facts after the
            # peildatum are not read, so a done step was done by then).
            op = t.uiterlijk if t.afgerond_op is None else min(t.uiterlijk, t.afgerond_op)
            if op > peildatum:
                continue
            for letter, rollen in raci(u.regel):
                if letter in _NODIG:
                    for rol in rollen:
                        nodig.setdefault(rol, []).append(
                            (op, t.uiterlijk, t.code, letter, u.regel, x)
                        )
    bevindingen = []
    for rol in _op_volgorde(nodig):
        if rolhouders(traject, rol, peildatum):
            continue
        stappen = sorted(nodig[rol], key=operator.itemgetter(0))
        per_code: dict[str, tuple[_dt.date, list[str], str]] = {}
        for _, dag, code, letter, regel, _ in stappen:
            letters = per_code.setdefault(code, (dag, [], regel.bron))[1]
            if letter.value not in letters:
                letters.append(letter.value)
        opsomming = "; ".join(
            f"{code} ({'/'.join(letters)}, due {_d(dag)})"
            for code, (dag, letters, _) in per_code.items()
        )
        hard = any(s[3] in (Raci.VERANTWOORDELIJK, Raci.EINDVERANTWOORDELIJK) for s in stappen)
        bevindingen.append(
            Bevinding(
                code="rol_ontbreekt",
                ernst=Ernst.OVERTREDING if hard else Ernst.WAARSCHUWING,
                melding=f"no betrokkene holds the role {rol.value}, needed by {opsomming}",
                bron="; ".join(dict.fromkeys(b for _, _, b in per_code.values()))
                + "; RACI of the rule set (docs/rollen.md)",
                datum=stappen[0][0],
                gevolg="nobody is named to "
                + ("do or answer for" if hard else "be consulted on")
                + " these steps",
                eerste_ziektedag=stappen[0][5],
            )
        )
    return bevindingen


def _rolconflicten(traject: Traject, peildatum: _dt.date) -> list[Bevinding]:
    bevindingen = []
    for b in traject.betrokkenen:
        rollen = _effectieve_rollen(traject, b, peildatum)
        for conflict in ROLCONFLICTEN:
            if conflict.rol in rollen and conflict.met in rollen:
                hoe = (
                    "manages the employee"
                    if conflict.met is Rol.LEIDINGGEVENDE and b.leidinggevende_van_werknemer
                    else f"is {conflict.met.value}"
                )
                bevindingen.append(
                    Bevinding(
                        code="rolconflict",
                        ernst=Ernst.OVERTREDING,
                        melding=f"{b.id} is {conflict.rol.value} and {hoe}: {conflict.reden}",
                        bron=conflict.bron,
                        datum=peildatum,
                        gevolg="name another person for one of the two roles",
                        eerste_ziektedag=_x(traject, peildatum),
                    )
                )
    return bevindingen


def _niet_onafhankelijk(traject: Traject, peildatum: _dt.date) -> list[Bevinding]:
    bevindingen = []
    for b in traject.betrokkenen:
        rollen = _op_volgorde(b.rollen & ONAFHANKELIJKE_ROLLEN)
        sporen = [
            s
            for s in traject.sporen
            if s.soort is Spoorsoort.SPOOR_2 and s.aanbieder == b.id and s.start <= peildatum
        ]
        if not (rollen or sporen) or onafhankelijk(traject, b):
            continue
        wat = [r.value for r in rollen] + [f"spoor 2 provider from {_d(s.start)}" for s in sporen]
        waarom = []
        if b.organisatie == traject.werkgever:
            waarom.append(f"belongs to the employer's organisation {b.organisatie}")
        if b.leidinggevende_van_werknemer:
            waarom.append("manages the employee")
        datum = min((s.start for s in sporen), default=peildatum)
        bevindingen.append(
            Bevinding(
                code="niet_onafhankelijk",
                ernst=Ernst.WAARSCHUWING,
                melding=f"{b.id} ({', '.join(wat)}) is not independent of the employer: "
                f"{' and '.join(waarom)}",
                bron=f"{_GOEDE_PRAKTIJK}, tip 2: an independent link between employer and "
                "employee; spoor 2 providers preferably independent (docs/rollen.md)",
                datum=datum,
                gevolg="the employee may not speak freely; choose a provider outside the "
                "employer's line",
                eerste_ziektedag=_x(traject, datum),
            )
        )
    return bevindingen


def _driegesprekken(traject: Traject, peildatum: _dt.date) -> list[Bevinding]:
    bevindingen = []
    for gesprek in traject.driegesprekken:
        if gesprek.datum > peildatum:
            break
        anderen = [traject.betrokkene(d) for d in gesprek.deelnemers if d != traject.werknemer]
        ontbreekt = []
        if traject.werknemer not in gesprek.deelnemers:
            ontbreekt.append(f"the employee {traject.werknemer}")
        if not any(is_werkgeverszijde(traject, b) for b in anderen):
            ontbreekt.append(
                f"an employer-side person (the manager, or a leidinggevende, casemanager or "
                f"werkgever of {traject.werkgever})"
            )
        if not any(is_adviseur(traject, b) for b in anderen):
            ontbreekt.append("an independent adviser (from outside the employer's line)")
        if ontbreekt:
            bevindingen.append(
                Bevinding(
                    code="driegesprek_onvolledig",
                    ernst=Ernst.WAARSCHUWING,
                    melding=f"the driegesprek of {_d(gesprek.datum)} lacks "
                    + " and ".join(ontbreekt),
                    bron=f"{_GOEDE_PRAKTIJK}, tip 7: driegesprekken with employee, casemanager and "
                    "career adviser",
                    datum=gesprek.datum,
                    gevolg="not everyone is informed, and the link is not independent",
                    eerste_ziektedag=_x(traject, gesprek.datum),
                )
            )
    return bevindingen


def _arbeidsdeskundig(
    traject: Traject, peildatum: _dt.date, per_geval: list[tuple[_dt.date, list[Uitslag]]]
) -> list[Bevinding]:
    bevindingen = []
    starts = [x for x, _ in per_geval]
    for i, (x, resultaten) in enumerate(per_geval):
        volgende = starts[i + 1] if i + 1 < len(starts) else _dt.date.max
        sporen = [
            s
            for s in traject.sporen
            if s.soort is Spoorsoort.SPOOR_2 and x <= s.start < volgende and s.start <= peildatum
        ]
        eje = next(
            (u.termijn for u in resultaten if u.termijn.code == "eerstejaarsevaluatie"), None
        )
        if not sporen or eje is None or eje.status is Status.VERVALLEN:
            continue
        datum = eje.afgerond_op or eje.uiterlijk
        if datum > peildatum:
            continue
        onderzoeken = [
            g.datum
            for g in traject.gebeurtenissen
            if isinstance(g, ArbeidsdeskundigOnderzoek)
            and x <= g.datum < volgende
            and g.datum <= peildatum
        ]
        if any(d <= datum for d in onderzoeken):
            continue
        hoe = "held on" if eje.afgerond_op is not None else "due by"
        later = f"; the first came on {_d(onderzoeken[0])}" if onderzoeken else ""
        bevindingen.append(
            Bevinding(
                code="geen_arbeidsdeskundig_onderzoek",
                ernst=Ernst.WAARSCHUWING,
                melding=f"spoor 2 under way (from {_d(sporen[0].start)}) without an "
                f"arbeidsdeskundig onderzoek before the eerstejaarsevaluatie ({hoe} "
                f"{_d(datum)}){later}",
                bron="UWV Werkwijzer Poortwachter (an arbeidsdeskundig onderzoek founds the "
                "eerstejaarsevaluatie and the choice of spoor 2; not mandatory)",
                datum=datum,
                gevolg="UWV may judge spoor 2 insufficiently founded (risk of a loonsanctie, "
                "WIA art. 25 lid 9)",
                eerste_ziektedag=x,
            )
        )
    return bevindingen


def rolcontrole(
    traject: Traject,
    peildatum: _dt.date,
    *,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> tuple[Bevinding, ...]:
    """Check the role allocation of *traject* on *peildatum*; findings in date order.

    * ``rol_ontbreekt``: nobody holds a role that the R, A or C of a step due or done by
      the peildatum needs (every case of sickness; steps that lapsed or do not apply are
      skipped). One finding per role, dated by the first such step; *overtreding* when
      the role is R or A of any of them, else *waarschuwing*. The employee, the
      employer and UWV always fill their roles (:func:`rolhouders`).
    * ``rolconflict``: one person holds two roles of :data:`ROLCONFLICTEN` (the
      bedrijfsarts as casemanager, manager or employer), dated by the peildatum. The
      employee can hold no other role: a Traject refuses the employee as a betrokkene.
    * ``niet_onafhankelijk``: a holder of :data:`ONAFHANKELIJKE_ROLLEN`, or the provider of
      a spoor 2 started by the peildatum, is not :func:`onafhankelijk`.
    * ``driegesprek_onvolledig``: a driegesprek by the peildatum lacks the employee, an
      employer-side person (:func:`is_werkgeverszijde`) or an adviser
      (:func:`is_adviseur`).
    * ``geen_arbeidsdeskundig_onderzoek``: a spoor 2 started by the peildatum, and no
      arbeidsdeskundig onderzoek on or before the eerstejaarsevaluatie (as held, else its
      due date), once that date has come.
    """
    controleer_datum("peildatum", peildatum)
    per_geval = [
        (
            geval.eerste_ziektedag,
            uitslagen(
                traject, geval, peildatum, regels=regels, kalender=kalender, telwijze=telwijze
            ),
        )
        for geval in traject.ziektegevallen
        if geval.eerste_ziektedag <= peildatum
    ]
    bevindingen = [
        *_rol_ontbreekt(traject, peildatum, per_geval),
        *_rolconflicten(traject, peildatum),
        *_niet_onafhankelijk(traject, peildatum),
        *_driegesprekken(traject, peildatum),
        *_arbeidsdeskundig(traject, peildatum, per_geval),
    ]
    return tuple(sorted(bevindingen, key=lambda b: (b.datum, b.code)))

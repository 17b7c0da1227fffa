"""The checks on the role allocation: missing roles, conflicts, independence, driegesprekken.

:func:`rolcontrole` checks the allocation on a peildatum and returns
:class:`~reintegratie.regels.toets.Bevinding` values with stable codes:
``rol_ontbreekt``, ``rolconflict``, ``niet_onafhankelijk``, ``driegesprek_onvolledig``
and ``geen_arbeidsdeskundig_onderzoek``. Each check reads the roles held on the date it
concerns (:meth:`Betrokkene.rollen_op <reintegratie.rollen.Betrokkene.rollen_op>`). The
steps of the sick-leave rule set count only where the kind of trajectory has them
(:attr:`Traject.wettelijke_ziektegevallen
<reintegratie.traject.Traject.wettelijke_ziektegevallen>`). The readings taken are in
``docs/rollen.md``.

.. versionadded:: 0.2.0
   Split from :mod:`reintegratie.rolverdeling`, which still re-exports every name.
"""

from __future__ import annotations

import datetime as _dt
import operator
from collections.abc import Sequence

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import controleer_datum
from reintegratie.gebeurtenissen import ArbeidsdeskundigOnderzoek
from reintegratie.kalender import Kalender
from reintegratie.regels.engine import Status, Uitslag
from reintegratie.regels.model import Ernst, Regel, Termijnsoort
from reintegratie.regels.poortwachter import Telwijze
from reintegratie.regels.tijdlijn import uitslagen
from reintegratie.regels.toets import Bevinding
from reintegratie.rolhouders import (
    ONAFHANKELIJKE_ROLLEN,
    Raci,
    _effectieve_rollen,
    _op_volgorde,
    is_adviseur,
    is_werkgeverszijde,
    onafhankelijk,
    raci,
    rolhouders,
)
from reintegratie.rollen import Rol
from reintegratie.spoor import Spoorsoort
from reintegratie.traject import Traject

__all__ = ["ROLCONFLICTEN", "Rolconflict", "rolcontrole"]

_GOEDE_PRAKTIJK = (
    "good practice 'Loopbaanbegeleiding succesvol bij re-integratie' (OMO / ProMotion)"
)


@attrs.frozen
class Rolconflict:
    """Two roles one person should not hold together, why, the source, and how serious:
    an ``overtreding`` where the law bars it, a ``waarschuwing`` where professional
    guidance strongly advises against it without a legal bar."""

    rol: Rol
    met: Rol
    reden: str
    bron: str
    ernst: Ernst = attrs.field(default=Ernst.OVERTREDING, kw_only=True)


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
        "the casemanager acts for the employer and may not see medical data; no legal bar "
        "was found, professional guidance strongly advises against it",
        _BRON_ARTS + "; NVAB (2020, after consulting the AP): 'hoewel de situatie niet "
        "expliciet verboden is, het een sterk te ontraden constructie is. Het risico op "
        "vermenging van gegevens is waarschijnlijk te groot' (quoted by triageexpert.nl, "
        "'Het grijze gebied')",
        ernst=Ernst.WAARSCHUWING,
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
        # Each step needs a holder on the day it is needed: a handover is a new period.
        stappen = sorted(
            (s for s in nodig[rol] if not rolhouders(traject, rol, peildatum, op=s[0])),
            key=operator.itemgetter(0),
        )
        if not stappen:
            continue
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
                        ernst=conflict.ernst,
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
        rollen = _op_volgorde(b.rollen_op(peildatum) & ONAFHANKELIJKE_ROLLEN)
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
        dag = gesprek.datum
        # Without an employer (a jobseeker, the self-employed) there is no employer side.
        if traject.werkgever is not None and not any(
            is_werkgeverszijde(traject, b, dag) for b in anderen
        ):
            ontbreekt.append(
                f"an employer-side person (the manager, or a leidinggevende, casemanager or "
                f"werkgever of {traject.werkgever})"
            )
        if not any(is_adviseur(traject, b, dag) for b in anderen):
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


@gecontroleerd
def rolcontrole(
    traject: Traject,
    peildatum: _dt.date,
    *,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> tuple[Bevinding, ...]:
    """Check the role allocation of *traject* on *peildatum*; findings in date order.

    * ``rol_ontbreekt``: nobody holds, on the day it is needed, a role that the R, A or C
      of a step due or done by the peildatum needs (every case of sickness under the
      sick-leave rule set; steps that lapsed or do not apply are skipped). One finding
      per role, dated by the first such step; *overtreding* when the role is R or A of
      any of them, else *waarschuwing*. The employee, the employer and UWV always fill
      their roles (:func:`rolhouders`).
    * ``rolconflict``: one person holds two roles of :data:`ROLCONFLICTEN` on the
      peildatum (the bedrijfsarts as casemanager, manager or employer), dated by it. The
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
        for geval in traject.wettelijke_ziektegevallen
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

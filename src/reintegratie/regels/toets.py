"""The compliance check: what is late or missing on a peildatum, with its legal source.

>>> from datetime import date
>>> import reintegratie as ri
>>> t = ri.Traject(werknemer="W-1", werkgever="WG",
...                ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),))
>>> [(b.code, b.ernst.value) for b in ri.toets(t, peildatum=date(2025, 11, 12))
...  if b.code == "probleemanalyse"]
[('probleemanalyse', 'overtreding')]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Sequence

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import (
    controleer_datum,
    dag,
    enum_van,
    optioneel,
    tekst,
    vrije_tekst,
)
from reintegratie.kalender import Kalender
from reintegratie.medisch import MedischDossier
from reintegratie.regels.engine import (
    Feiten,
    Status,
    Uitslag,
    feiten_van,
    toelichting_van,
    uitgesloten_door,
)
from reintegratie.regels.model import Ernst, Gevolg, Regel, Termijnsoort, uitsluiting_van
from reintegratie.regels.poortwachter import Telwijze
from reintegratie.regels.tijdlijn import uitslagen
from reintegratie.traject import Traject

__all__ = ["Bevinding", "toets"]


@attrs.frozen
class Bevinding:
    """A finding: what is late or missing, how serious, why (source) and what follows.

    ``code`` is the termijn code, or a specific check's code (e.g.
    ``plan_van_aanpak_zonder_casemanager``). ``datum`` is the date it concerns;
    ``eerste_ziektedag`` identifies the case of sickness.
    """

    code: str = attrs.field(validator=tekst)
    ernst: Ernst = attrs.field(validator=enum_van(Ernst))
    melding: str = attrs.field(validator=vrije_tekst)
    bron: str = attrs.field(validator=vrije_tekst)
    datum: _dt.date = attrs.field(validator=dag)
    gevolg: str = attrs.field(default="", validator=vrije_tekst)
    eerste_ziektedag: _dt.date | None = attrs.field(default=None, validator=optioneel(dag))


def _d(dag: _dt.date) -> str:
    return f"{dag:%a} {dag.isoformat()}"


def _tekst(waarde: object) -> str:
    if isinstance(waarde, frozenset | set | tuple | list):
        return ", ".join(sorted(_tekst(w) for w in waarde)) or "nothing"
    if isinstance(waarde, enum.Enum):
        return str(waarde.value)
    return str(waarde)


def _vul_in(sjabloon: str, feit: object) -> str:
    velden = {
        naam: _tekst(getattr(feit, naam))
        for naam in dir(type(feit))
        if not naam.startswith("_") and "{" + naam + "}" in sjabloon
    }
    if "{datum}" in sjabloon:
        velden["datum"] = _tekst(getattr(feit, "datum", ""))
    return sjabloon.format_map(velden)


def _gevolgtekst(regel: Regel, dag: _dt.date | None) -> tuple[str, Gevolg | None]:
    """The consequence in force for a termijn due on *dag* (dated ``gevolgen`` first)."""
    if dag is not None:
        for g in regel.gevolgen:
            if g.geldig_op(dag):
                return g.tekst, g
    return regel.gevolg, None


def _gevolg(
    regel: Regel, dagen: int | None, *, tot_nu: bool = False, dag: _dt.date | None = None
) -> str:
    """The rule's consequence in force on *dag* with ``{dagen}`` and ``{boete}`` filled in."""
    tekst, gevolg = _gevolgtekst(regel, dag)
    if "{boete}" in tekst:
        trede = gevolg.boete_bij(dagen) if gevolg is not None and dagen is not None else None
        bedrag = "an amount graded by the days late" if trede is None else f"EUR {trede.bedrag}"
        if trede is not None and not trede.geverifieerd:
            bedrag += " (amount from secondary sources)"
        tekst = tekst.replace("{boete}", bedrag)
    if "{dagen}" not in tekst:
        return tekst
    if dagen is None:
        return tekst.replace("+{dagen} days", "the days of delay").replace("{dagen}", "?")
    if tot_nu:
        return tekst.replace("{dagen} days", f"{dagen} days so far").replace("{dagen}", str(dagen))
    return tekst.replace("{dagen}", str(dagen))


def _ernst(regel: Regel, basis: Ernst, dagen: int) -> Ernst:
    """*basis*, raised by the rule's escalation for *dagen* days late or overdue."""
    ernst = basis
    for e in regel.escalatie:
        if dagen > e.na_dagen and _RANG[e.ernst] > _RANG[ernst]:
            ernst = e.ernst
    return ernst


_RANG = {Ernst.INFO: 0, Ernst.WAARSCHUWING: 1, Ernst.OVERTREDING: 2}


def _vereisten(regel: Regel, feit: object, x: _dt.date) -> list[Bevinding]:
    bevindingen = []
    dag = getattr(feit, "datum", x)
    for v in regel.vereisten:
        # A document is judged by the law in force on its own date.
        if not v.geldig_op(dag) or getattr(feit, v.veld, False):
            continue
        bevindingen.append(
            Bevinding(
                code=v.code,
                ernst=v.ernst,
                melding=_vul_in(v.melding, feit),
                bron=v.bron or regel.bron,
                datum=dag,
                gevolg=_gevolg(regel, None, dag=dag),
                eerste_ziektedag=x,
            )
        )
    return bevindingen


def _bevindingen(u: Uitslag, peildatum: _dt.date, x: _dt.date, feiten: Feiten) -> list[Bevinding]:
    t, regel = u.termijn, u.regel
    wie = ", ".join(r.value for r in t.verantwoordelijk) or "nobody"
    nummer = f" #{t.volgnummer}" if regel.herhaling is not None else ""
    if t.status is Status.GEMIST:
        dagen = (peildatum - t.uiterlijk).days
        return [
            Bevinding(
                code=t.code,
                ernst=_ernst(regel, regel.ernst_gemist, dagen),
                melding=f"{t.omschrijving}{nummer}: due by {_d(t.uiterlijk)}, "
                f"not recorded by {_d(peildatum)} ({dagen} days overdue; responsible: {wie})",
                bron=t.bron,
                datum=t.uiterlijk,
                gevolg=_gevolg(regel, dagen, tot_nu=True, dag=t.uiterlijk),
                eerste_ziektedag=x,
            )
        ]
    bevindingen: list[Bevinding] = []
    if t.status is Status.TE_LAAT and t.afgerond_op is not None:
        dagen = (t.afgerond_op - t.uiterlijk).days
        bevindingen.append(
            Bevinding(
                code=t.code,
                ernst=_ernst(regel, regel.ernst_te_laat, dagen),
                melding=f"{t.omschrijving}{nummer}: done on {_d(t.afgerond_op)}, "
                f"{dagen} days after the deadline {_d(t.uiterlijk)} (responsible: {wie})",
                bron=t.bron,
                datum=t.uiterlijk,
                gevolg=_gevolg(regel, dagen, dag=t.uiterlijk),
                eerste_ziektedag=x,
            )
        )
    if u.feit is not None and regel.vereisten:
        if regel.herhaling is not None:
            # Each evaluation is its own document.
            bevindingen.extend(_vereisten(regel, u.feit, x))
        else:
            # A later version (a corrected plan van aanpak) is what counts now.
            laatste = feiten.per_code.get(regel.feit, ())
            bevindingen.extend(_vereisten(regel, laatste[-1][1] if laatste else u.feit, x))
    zonder = uitsluiting_van(regel.voorwaarde)
    if zonder is not None and zonder.bevinding is not None:
        # A step started although the law excludes it (a fact of the condition ran then).
        door = uitgesloten_door(zonder, feiten.per_code, t.uiterlijk)
        if door is not None:
            start = feiten.eerste(zonder.op) if zonder.op is not None else None
            bevindingen.append(
                Bevinding(
                    code=zonder.bevinding,
                    ernst=zonder.ernst,
                    melding=f"{t.omschrijving}: {toelichting_van(zonder, door)}",
                    bron=t.bron,
                    datum=start[0] if start is not None else t.uiterlijk,
                    gevolg=_gevolg(regel, None, dag=t.uiterlijk),
                    eerste_ziektedag=x,
                )
            )
    if t.soort is Termijnsoort.MOMENT and t.toelichting and t.status is Status.BEREIKT:
        bevindingen.append(
            Bevinding(
                code=t.code,
                ernst=Ernst.INFO,
                melding=f"{t.omschrijving}: {_d(t.uiterlijk)} ({t.toelichting})",
                bron=t.bron,
                datum=t.uiterlijk,
                eerste_ziektedag=x,
            )
        )
    return bevindingen


@gecontroleerd
def toets(
    traject: Traject,
    peildatum: _dt.date,
    *,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
    medisch: MedischDossier | None = None,
) -> tuple[Bevinding, ...]:
    """Check *traject* on *peildatum*: every late or missing step, each with its source.

    Every case of sickness is checked. Facts recorded after the peildatum are
    ignored and nothing is reported for dates after it: a moved end of
    loondoorbetaling is reported (as *info*) once reached; until then the
    tijdlijn shows it. Requirements (a casemanager, the re-integratievisie, a
    complete verslag) are checked on the latest version recorded. Findings are
    in date order. *medisch*: the optional medical record, as for
    :func:`~reintegratie.regels.tijdlijn.tijdlijn`.
    """
    controleer_datum("peildatum", peildatum)
    bevindingen: list[Bevinding] = []
    # The sick-leave rules only where the kind of guidance has them; practice checks always.
    from reintegratie.regels.begeleiding import begeleidingsbevindingen

    bevindingen.extend(begeleidingsbevindingen(traject, peildatum))
    for geval in traject.wettelijke_ziektegevallen:
        if geval.eerste_ziektedag > peildatum:
            continue
        x = geval.eerste_ziektedag
        feiten = feiten_van(traject, geval, peildatum, medisch)
        for u in uitslagen(
            traject,
            geval,
            peildatum,
            regels=regels,
            kalender=kalender,
            telwijze=telwijze,
            medisch=medisch,
        ):
            bevindingen.extend(_bevindingen(u, peildatum, x, feiten))
    bevindingen.extend(_medische_termen(traject, peildatum))
    return tuple(sorted(bevindingen, key=lambda b: (b.datum, b.code)))


def _medische_termen(traject: Traject, peildatum: _dt.date) -> list[Bevinding]:
    """A finding per medical term in the traject's free text (see reintegratie.privacylint)."""
    from reintegratie.privacylint import BRON, medische_termen

    return [
        Bevinding(
            code="medische_term",
            ernst=Ernst.WAARSCHUWING,
            melding=f"{t.pad} holds {t.term!r} ({t.categorie}), a medical term, in free text "
            f"the employer sees: ...{t.fragment}...",
            bron=BRON,
            datum=peildatum,
            gevolg="remove it: the employer may not record the nature or cause of the "
            "illness, its treatment or medication",
        )
        for t in medische_termen(traject)
    ]

"""Plain builders of valid trajecten for tests, with sensible defaults (no Hypothesis needed).

Every builder returns a validated domain object; anything it cannot build is a
:class:`~reintegratie.errors.ValidationError` naming the argument. The standard
steps of the Wet verbetering poortwachter are recorded on the dates the rules
engine itself computes (:func:`reintegratie.tijdlijn`), never on dates worked
out here, so a test built on these factories follows the rule set.

>>> from datetime import date
>>> import reintegratie as ri
>>> t = maak_traject(eerste_ziektedag=date(2025, 10, 1), op_tijd=True,
...                  peildatum=date(2026, 1, 31))
>>> [(g.code, g.datum.isoformat()) for g in t.gebeurtenissen][:4]
[('ziekmelding', '2025-10-01'), ('melding_bedrijfsarts', '2025-10-07'), \
('probleemanalyse', '2025-11-11'), ('plan_van_aanpak', '2025-11-25')]
>>> ri.toets(t, peildatum=date(2026, 1, 31))
()

Late by a number of days, or missing:

>>> laat = maak_traject(op_tijd=False, te_laat_dagen=3, peildatum=date(2025, 12, 31))
>>> ri.tijdlijn(laat)["probleemanalyse"].dagen_te_laat
3
>>> sorted({b.code for b in ri.toets(maak_traject(), peildatum=date(2025, 12, 1))})
['melding_bedrijfsarts', 'plan_van_aanpak', 'probleemanalyse', 'ziekmelding']

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from reintegratie._validatie import _kort
from reintegratie.errors import ValidationError
from reintegratie.gebeurtenissen import (
    Eerstejaarsevaluatie,
    Evaluatie,
    Gebeurtenis,
    Melding42eWeek,
    MeldingBedrijfsarts,
    PlanVanAanpak,
    Probleemanalyse,
    ReIntegratieverslag,
    WiaAanvraag,
    Ziekmelding,
)
from reintegratie.kalender import Kalender
from reintegratie.regels import Status, Telwijze
from reintegratie.regels.tijdlijn import _tijdlijn
from reintegratie.rollen import Betrokkene, Rol
from reintegratie.spoor import Fase, Spoor, Spoor2Stap, Spoorsoort
from reintegratie.traject import Traject
from reintegratie.verzuim import Verlofperiode, Ziekteperiode

__all__ = [
    "STANDAARDSTAPPEN",
    "VOORBEELD_EERSTE_ZIEKTEDAG",
    "maak_betrokkenen",
    "maak_traject",
    "maak_ziekteperiode",
    "maak_ziekteperioden",
    "met_stappen",
]

#: The first sick day of the README's worked example (Wednesday 1 October 2025).
VOORBEELD_EERSTE_ZIEKTEDAG = _dt.date(2025, 10, 1)

#: The steps :func:`met_stappen` records, in the order it records them (each step's
#: deadline may count from the one recorded before it). ``spoor_2`` is the start of a
#: spoor 2, not an event; the others are the events with that code.
STANDAARDSTAPPEN: tuple[str, ...] = (
    "ziekmelding",
    "melding_bedrijfsarts",
    "probleemanalyse",
    "plan_van_aanpak",
    "evaluatie",
    "melding_42e_week",
    "eerstejaarsevaluatie",
    "spoor_2",
    "re_integratieverslag",
    "wia_aanvraag",
)

_EEN_DAG = _dt.timedelta(days=1)
_NOG_TE_DOEN = (Status.OPEN, Status.GEMIST)
#: More evaluations than two years of sickness, a loonsanctie and a verlenging can hold.
_MAX_HERHALINGEN = 80


def maak_ziekteperiode(
    eerste_dag: _dt.date = VOORBEELD_EERSTE_ZIEKTEDAG,
    laatste_dag: _dt.date | None = None,
    percentage: int = 100,
) -> Ziekteperiode:
    """One sickness period; by default the worked example's, still running.

    >>> maak_ziekteperiode().is_lopend
    True
    >>> from datetime import date
    >>> maak_ziekteperiode(date(2025, 1, 6), date(2025, 1, 10)).aantal_dagen
    5
    """
    return Ziekteperiode(eerste_dag=eerste_dag, laatste_dag=laatste_dag, percentage=percentage)


def maak_betrokkenen(
    werkgever: str = "WG-1", *, casemanager: bool = True
) -> tuple[Betrokkene, ...]:
    """The usual cast, by opaque id.

    ``CM-1`` casemanager and ``L-1`` leidinggevende (of *werkgever*), ``BA-1``
    bedrijfsarts and ``AD-1`` arbeidsdeskundige (of ``ARBO-1``), and ``RIB-1``, a
    re-integratiebedrijf with a loopbaanadviseur (of ``RIB``), the spoor 2 provider.
    Without *casemanager*, ``CM-1`` is left out.

    >>> [b.id for b in maak_betrokkenen()]
    ['CM-1', 'L-1', 'BA-1', 'AD-1', 'RIB-1']
    >>> [b.id for b in maak_betrokkenen(casemanager=False)]
    ['L-1', 'BA-1', 'AD-1', 'RIB-1']
    """
    mensen = [
        Betrokkene(id="CM-1", rollen=frozenset({Rol.CASEMANAGER}), organisatie=werkgever),
        Betrokkene(
            id="L-1",
            rollen=frozenset({Rol.LEIDINGGEVENDE}),
            organisatie=werkgever,
            leidinggevende_van_werknemer=True,
        ),
        Betrokkene(id="BA-1", rollen=frozenset({Rol.BEDRIJFSARTS}), organisatie="ARBO-1"),
        Betrokkene(id="AD-1", rollen=frozenset({Rol.ARBEIDSDESKUNDIGE}), organisatie="ARBO-1"),
        Betrokkene(
            id="RIB-1",
            rollen=frozenset({Rol.RE_INTEGRATIEBEDRIJF, Rol.LOOPBAANADVISEUR}),
            organisatie="RIB",
        ),
    ]
    return tuple(b for b in mensen if casemanager or b.id != "CM-1")


def _reeks_arg(veld: str, waarde: object) -> tuple[Any, ...]:
    """*waarde*, an iterable (not text), as a tuple."""
    if isinstance(waarde, str | bytes) or not isinstance(waarde, Iterable):
        raise ValidationError(
            veld, f"expected an iterable, got {type(waarde).__name__} {_kort(waarde)}"
        )
    return tuple(waarde)


def _datum_arg(veld: str, waarde: object) -> _dt.date:
    if type(waarde) is not _dt.date:
        raise ValidationError(veld, f"expected a date, got {type(waarde).__name__} {_kort(waarde)}")
    return waarde


def maak_ziekteperioden(
    eerste_ziektedag: _dt.date = VOORBEELD_EERSTE_ZIEKTEDAG,
    laatste_ziektedag: _dt.date | None = None,
    onderbrekingen: Iterable[tuple[_dt.date, _dt.date] | tuple[int, int]] = (),
) -> tuple[Ziekteperiode, ...]:
    """Sickness from *eerste_ziektedag* to *laatste_ziektedag* (``None``: still sick), with
    breaks.

    Each break is either ``(first_day, last_day)``, the dates the employee was not sick,
    or ``(ziektedagen, dagen)``: after *ziektedagen* sick days of the period before it,
    *dagen* days not sick. Days not sick are fit days, except where a
    :class:`~reintegratie.verzuim.Verlofperiode` of the traject lies (leave days).

    >>> from datetime import date
    >>> eerste, tweede = maak_ziekteperioden(date(2025, 10, 1), onderbrekingen=[(9, 27)])
    >>> eerste.laatste_dag, tweede.eerste_dag   # 27 fit days: 10 Oct .. 5 Nov
    (datetime.date(2025, 10, 9), datetime.date(2025, 11, 6))
    >>> maak_ziekteperioden(date(2025, 10, 1),
    ...                     onderbrekingen=[(date(2025, 10, 10), date(2025, 11, 6))])[1].eerste_dag
    datetime.date(2025, 11, 7)
    """
    begin = _datum_arg("maak_ziekteperioden.eerste_ziektedag", eerste_ziektedag)
    if laatste_ziektedag is not None:
        _datum_arg("maak_ziekteperioden.laatste_ziektedag", laatste_ziektedag)
    perioden: list[Ziekteperiode] = []
    for i, breuk in enumerate(_reeks_arg("onderbrekingen", onderbrekingen)):
        veld = f"onderbrekingen[{i}]"
        if not isinstance(breuk, tuple) or len(breuk) != 2:
            raise ValidationError(
                veld, f"expected (first_day, last_day) or (ziektedagen, dagen), got {_kort(breuk)}"
            )
        a, b = breuk
        if type(a) is _dt.date and type(b) is _dt.date:
            if not begin < a <= b:
                raise ValidationError(
                    veld,
                    f"a break {a}..{b} must start after the sick period it ends, "
                    f"which starts on {begin}, and not end before it starts",
                )
            einde, volgende = a - _EEN_DAG, b + _EEN_DAG
        elif (
            type(a) is int and type(b) is int  # bools are not day counts
        ):
            if a < 1 or b < 1:
                raise ValidationError(veld, f"day counts start at 1, got ({a}, {b})")
            einde = begin + _dt.timedelta(days=a - 1)
            volgende = einde + _dt.timedelta(days=b + 1)
        else:
            raise ValidationError(
                veld, f"expected (first_day, last_day) or (ziektedagen, dagen), got {_kort(breuk)}"
            )
        perioden.append(Ziekteperiode(eerste_dag=begin, laatste_dag=einde))
        begin = volgende
    if laatste_ziektedag is not None and laatste_ziektedag < begin:
        raise ValidationError(
            "laatste_ziektedag",
            f"{laatste_ziektedag} precedes the start of the last sick period ({begin})",
        )
    perioden.append(Ziekteperiode(eerste_dag=begin, laatste_dag=laatste_ziektedag))
    return tuple(perioden)


def _per_stap(veld: str, waarde: Any, standaard: Any, soort: tuple[type, ...]) -> dict[str, Any]:
    """*waarde* for every standard step: one value for all, or a mapping by code."""
    if isinstance(waarde, Mapping):
        onbekend = sorted(set(waarde) - set(STANDAARDSTAPPEN))
        if onbekend:
            raise ValidationError(
                veld,
                f"unknown step {onbekend[0]!r}; the steps are {', '.join(STANDAARDSTAPPEN)}",
            )
        per = {code: waarde.get(code, standaard) for code in STANDAARDSTAPPEN}
    else:
        per = dict.fromkeys(STANDAARDSTAPPEN, waarde)
    for code, w in per.items():
        if not isinstance(w, soort) or (bool not in soort and isinstance(w, bool)):
            raise ValidationError(f"{veld}[{code!r}]", f"got {type(w).__name__} {_kort(w)}")
    return per


#: The steps recorded as an event with nothing but a date.
_EENVOUDIG: dict[str, Callable[..., Gebeurtenis]] = {
    "ziekmelding": Ziekmelding,
    "melding_bedrijfsarts": MeldingBedrijfsarts,
    "probleemanalyse": Probleemanalyse,
    "evaluatie": Evaluatie,
    "melding_42e_week": Melding42eWeek,
    "re_integratieverslag": ReIntegratieverslag,
    "wia_aanvraag": WiaAanvraag,
}


def _gebeurtenis(code: str, dag: _dt.date, casemanager: str | None, spoor_2: bool) -> Gebeurtenis:
    if code == "plan_van_aanpak":
        return PlanVanAanpak(
            datum=dag,
            casemanager=casemanager,
            re_integratievisie=True,
            visie_werkgever=True,
            visie_werknemer=True,
        )
    if code == "eerstejaarsevaluatie":
        # Leaving spoor 2 out is well founded only with a concrete prospect of return.
        return Eerstejaarsevaluatie(
            datum=dag,
            spoor_2_nodig=spoor_2,
            concreet_zicht_op_terugkeer=not spoor_2,
            re_integratievisie=True,
            visie_werkgever=True,
            visie_werknemer=True,
        )
    return _EENVOUDIG[code](datum=dag)


def _casemanager(traject: Traject, nodig: bool) -> tuple[Traject, str | None]:
    if not nodig:
        return traject, None
    for b in traject.betrokkenen:
        if b.heeft_rol(Rol.CASEMANAGER):
            return traject, b.id
    if traject.werkgever is None:
        raise ValidationError("traject.werkgever", "a casemanager acts for the employer; none")
    cm = Betrokkene(id="CM-1", rollen=frozenset({Rol.CASEMANAGER}), organisatie=traject.werkgever)
    return traject.met_betrokkene(cm), cm.id


def _aanbieder(traject: Traject) -> str | None:
    for rol in (Rol.RE_INTEGRATIEBEDRIJF, Rol.LOOPBAANADVISEUR, Rol.JOBCOACH):
        for b in traject.betrokkenen:
            if b.heeft_rol(rol):
                return b.id
    return None


def met_stappen(
    traject: Traject,
    op_tijd: bool | Mapping[str, bool | None] | None = True,
    *,
    te_laat_dagen: int | Mapping[str, int] = 14,
    casemanager: bool = True,
    spoor_2: bool = False,
    peildatum: _dt.date | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
    kalender: Kalender | None = None,
) -> Traject:
    """*traject* with the standard steps (:data:`STANDAARDSTAPPEN`) of every case recorded.

    Each step still to do (open, in every case of sickness) is recorded on the
    due date :func:`reintegratie.tijdlijnen` gives (``op_tijd=True``),
    *te_laat_dagen* after it (``False``), or not at all (``None``); a mapping gives
    the choice per step code (steps it leaves out are not recorded). Evaluations
    are recorded one by one, each counted from the one before, until the end of
    the wachttijd or recovery. Steps already done, and steps that lapsed because
    the employee recovered, are left alone; nothing is recorded after *peildatum*,
    nor on or after the first sick day of a later case (it would belong there).

    The plan van aanpak names the traject's casemanager (one is added as ``CM-1``
    when there is none) unless *casemanager* is false, and holds the
    re-integratievisie. The eerstejaarsevaluatie records *spoor_2* as its decision;
    with *spoor_2* a spoor 2 starts on its due date, or *te_laat_dagen* after it when
    ``op_tijd`` says ``False`` for ``spoor_2`` (``None`` starts it on time: a spoor 2
    asked for is there).

    >>> from datetime import date
    >>> import reintegratie as ri
    >>> t = ri.Traject(werknemer="W-1", werkgever="WG",
    ...                ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),))
    >>> t = met_stappen(t, {"probleemanalyse": False, "plan_van_aanpak": True},
    ...                 te_laat_dagen=7)
    >>> [(g.code, g.datum.isoformat()) for g in t.gebeurtenissen]
    [('probleemanalyse', '2025-11-18'), ('plan_van_aanpak', '2025-12-02')]
    """
    if not isinstance(traject, Traject):
        raise ValidationError(
            "traject", f"expected a Traject, got {type(traject).__name__} {_kort(traject)}"
        )
    if kalender is not None and not isinstance(kalender, Kalender):
        raise ValidationError(
            "kalender", f"expected a Kalender, got {type(kalender).__name__} {_kort(kalender)}"
        )
    keuzes = _per_stap("op_tijd", op_tijd, None, (bool, type(None)))
    dagen = _per_stap("te_laat_dagen", te_laat_dagen, 14, (int,))
    for code, n in dagen.items():
        if n < 1:
            raise ValidationError(f"te_laat_dagen[{code!r}]", f"must be at least 1, got {n}")
    if peildatum is not None:
        _datum_arg("peildatum", peildatum)
    traject, cm = _casemanager(traject, casemanager and keuzes["plan_van_aanpak"] is not None)
    aanbieder = _aanbieder(traject)
    gevallen = traject.ziektegevallen
    for code in STANDAARDSTAPPEN:
        keuze = keuzes[code]
        if code == "spoor_2":
            if not spoor_2:
                continue
            keuze = keuze is not False
        elif keuze is None:
            continue
        for i in range(len(gevallen)):
            grens = gevallen[i + 1].eerste_ziektedag if i + 1 < len(gevallen) else None
            for _ in range(_MAX_HERHALINGEN):
                # Only case i: what tijdlijnen(traject)[i] gives, without the other cases.
                geval = traject.ziektegevallen[i]
                tl = _tijdlijn(traject, geval, None, None, kalender, telwijze)
                open_ = [t for t in tl.alle(code) if t.status in _NOG_TE_DOEN]
                if not open_:
                    break
                t = open_[0]
                if keuze:
                    dag = t.uiterlijk
                    if grens is not None and dag >= grens:
                        dag = grens - _EEN_DAG
                    if t.vanaf is not None and dag < t.vanaf:
                        break
                else:
                    dag = t.uiterlijk + _dt.timedelta(days=dagen[code])
                    if grens is not None and dag >= grens:
                        break
                if peildatum is not None and dag > peildatum:
                    break
                if code == "spoor_2":
                    spoor = Spoor(
                        soort=Spoorsoort.SPOOR_2,
                        start=dag,
                        aanbieder=aanbieder,
                        fasen=(Fase(stap=Spoor2Stap.REGIE, vanaf=dag),),
                    )
                    traject = traject.met_spoor(spoor)
                else:
                    traject = traject.met_gebeurtenis(_gebeurtenis(code, dag, cm, spoor_2))
                if code != "evaluatie":
                    break
    return traject


def maak_traject(
    eerste_ziektedag: _dt.date = VOORBEELD_EERSTE_ZIEKTEDAG,
    laatste_ziektedag: _dt.date | None = None,
    *,
    onderbrekingen: Iterable[tuple[_dt.date, _dt.date] | tuple[int, int]] = (),
    verlofperioden: Iterable[Verlofperiode] = (),
    gebeurtenissen: Iterable[Gebeurtenis] = (),
    op_tijd: bool | Mapping[str, bool | None] | None = None,
    te_laat_dagen: int | Mapping[str, int] = 14,
    casemanager: bool = True,
    spoor_2: bool = False,
    peildatum: _dt.date | None = None,
    werknemer: str = "W-001",
    werkgever: str = "WG-1",
    betrokkenen: Iterable[Betrokkene] | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
    kalender: Kalender | None = None,
    **velden: Any,
) -> Traject:
    """A valid Traject: sick from *eerste_ziektedag* (the README's 1 Oct 2025) until
    *laatste_ziektedag* (``None``: still sick), with *onderbrekingen* (see
    :func:`maak_ziekteperioden`) and the usual cast (:func:`maak_betrokkenen`).

    *gebeurtenissen* are recorded as given (in any order). Then the standard steps
    are recorded per *op_tijd* (see :func:`met_stappen`): ``True`` on their due
    dates, ``False`` *te_laat_dagen* late, ``None`` (default) not at all, or a
    mapping by step code. *casemanager* false leaves the casemanager out of the cast
    and out of the plan van aanpak; *spoor_2* starts a spoor 2 (and the
    eerstejaarsevaluatie says it is needed). *peildatum* keeps steps after it
    unrecorded: the dossier as it stands that day. Any other :class:`Traject` field
    (``sporen``, ``driegesprekken``, ``doelen``, ``uitkomst``...) goes in *velden*.

    >>> from datetime import date
    >>> import reintegratie as ri
    >>> t = maak_traject(date(2025, 10, 1), onderbrekingen=[(9, 28)])
    >>> [g.eerste_ziektedag for g in t.ziektegevallen]   # 28 fit days: a new case
    [datetime.date(2025, 10, 1), datetime.date(2025, 11, 7)]
    >>> t = maak_traject(op_tijd={"wia_aanvraag": False}, te_laat_dagen=12)
    >>> ri.tijdlijn(t)["einde_loondoorbetaling"].uiterlijk   # 28 Sep 2027 + 12 days
    datetime.date(2027, 10, 10)
    >>> maak_traject(onderbrekingen=[(0, 3)])
    Traceback (most recent call last):
    ...
    reintegratie.errors.ValidationError: onderbrekingen[0]: day counts start at 1, got (0, 3)
    """
    perioden = maak_ziekteperioden(eerste_ziektedag, laatste_ziektedag, onderbrekingen)
    mensen = (
        maak_betrokkenen(werkgever, casemanager=casemanager)
        if betrokkenen is None
        else _reeks_arg("betrokkenen", betrokkenen)
    )
    eigen_ = _reeks_arg("gebeurtenissen", gebeurtenissen)
    for i, g in enumerate(eigen_):
        if not isinstance(g, Gebeurtenis):
            raise ValidationError(
                f"gebeurtenissen[{i}]", f"expected a Gebeurtenis, got {type(g).__name__} {_kort(g)}"
            )
    eigen = tuple(sorted(eigen_, key=lambda g: g.datum))
    traject = Traject(
        werknemer=werknemer,
        werkgever=werkgever,
        ziekteperioden=perioden,
        verlofperioden=_reeks_arg("verlofperioden", verlofperioden),
        gebeurtenissen=eigen,
        betrokkenen=mensen,
        **velden,
    )
    if op_tijd is None and not spoor_2:
        return traject
    return met_stappen(
        traject,
        op_tijd,
        te_laat_dagen=te_laat_dagen,
        casemanager=casemanager,
        spoor_2=spoor_2,
        peildatum=peildatum,
        telwijze=telwijze,
        kalender=kalender,
    )

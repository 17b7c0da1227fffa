"""Turn a Traject into its Tijdlijn: every date the rules set, with a status.

>>> from datetime import date
>>> import reintegratie as ri
>>> t = ri.Traject(werknemer="W-1", werkgever="WG",
...                ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),))
>>> tl = ri.tijdlijn(t)
>>> tl["probleemanalyse"].uiterlijk, tl["melding_42e_week"].uiterlijk
(datetime.date(2025, 11, 11), datetime.date(2026, 7, 22))
>>> tl["einde_wachttijd"].uiterlijk, tl["wia_aanvraag"].uiterlijk
(datetime.date(2027, 9, 28), datetime.date(2027, 7, 13))

Timelines are built by the million in caseloads, so a rule set is compiled once
(cached per rule-set object, like :func:`~reintegratie.regels.engine.voorbereid`)
into one small closure per rule group. Each closure has read what it needs from its
:class:`~reintegratie.regels.model.Regel` beforehand, so evaluating a case is a run
of plain calls without isinstance or attribute dispatch. The rules stay data: the
closures are built from whatever rule set is given, none is written for a particular
rule. What is unusual (an anchor of another type, a day count too large for a
timedelta) is left to the general rules of :class:`~reintegratie.regels.engine.Context`,
so results and errors are those of the general rules.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import functools
import operator
import types
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import _kort, controleer_datum
from reintegratie.errors import RuleSetError, ValidationError
from reintegratie.kalender import Kalender, standaard_kalender
from reintegratie.medisch import MedischDossier
from reintegratie.regels.engine import (
    EINDIGT_UIT_DIENST,
    Context,
    Status,
    Termijn,
    Tijdlijn,
    Uitslag,
    feiten_per_code,
    gelezen,
    maak_tijdlijn,
    voorbereid,
)
from reintegratie.regels.model import (
    Anker,
    Laatste,
    MetFeit,
    NaFeit,
    NaMaanden,
    NaTermijn,
    Regel,
    Termijnsoort,
    UitDienst,
    VasteDatum,
    VerlengingTeLaat,
    VerlengingWeken,
    Verschuiving,
    Vroegste,
    Ziektedag,
    uit_dienst_van,
    uitsluiting_van,
)
from reintegratie.regels.poortwachter import Telwijze, poortwachter_regels
from reintegratie.regels.vlaanderen import vlaanderen_regels
from reintegratie.traject import Jurisdictie, Traject
from reintegratie.verzuim import Ziektegeval

__all__ = ["REGELSETS", "regelset", "tijdlijn", "tijdlijnen", "uitslagen"]

#: The rule set of each jurisdiction, by counting convention (:class:`Telwijze` is the
#: Dutch "within N weeks" question; the Flemish rules count calendar days and months and
#: ignore it). Data only: the engine below reads any rule set the same way.
REGELSETS: Mapping[Jurisdictie, Callable[[Telwijze], tuple[Regel, ...]]] = types.MappingProxyType(
    {
        Jurisdictie.NL: poortwachter_regels,
        Jurisdictie.VL: lambda telwijze: vlaanderen_regels(),
    }
)

_UITERLIJK = operator.itemgetter(2)  # Termijn.uiterlijk


# poortwachter_regels per Telwijze (one shared tuple each), found by identity: hashing an
# Enum member runs Python code, and every timeline asks.
_STANDAARD: dict[int, tuple[Telwijze, Sequence[Regel]]] = {}


def regelset(
    jurisdictie: Jurisdictie = Jurisdictie.NL, telwijze: Telwijze = Telwijze.EINDE_WEEK
) -> tuple[Regel, ...]:
    """The rule set of *jurisdictie* (under *telwijze*, for the Dutch rules): what
    :func:`tijdlijn` and :func:`~reintegratie.regels.toets.toets` apply to a traject of that
    jurisdiction when no ``regels`` are given.

    >>> regelset(Jurisdictie.VL)[0].code
    'melding_arbeidsarts'
    """
    if not isinstance(jurisdictie, Jurisdictie):
        raise ValidationError(
            "jurisdictie",
            f"expected a Jurisdictie, got {type(jurisdictie).__name__} {_kort(jurisdictie)}",
        )
    if not isinstance(telwijze, Telwijze):
        raise ValidationError("telwijze", f"expected a Telwijze, got {_kort(telwijze)}")
    return REGELSETS[jurisdictie](telwijze)


_NL = Jurisdictie.NL


def _regels(
    regels: Sequence[Regel] | None, telwijze: Telwijze, jurisdictie: Jurisdictie = _NL
) -> Sequence[Regel]:
    if regels is not None:
        return regels
    if jurisdictie is not _NL:
        return regelset(jurisdictie, telwijze)
    gevonden = _STANDAARD.get(id(telwijze))
    if gevonden is not None and gevonden[0] is telwijze:
        return gevonden[1]
    if not isinstance(telwijze, Telwijze):
        raise ValidationError("telwijze", f"expected a Telwijze, got {_kort(telwijze)}")
    regels = poortwachter_regels(telwijze)
    _STANDAARD[id(telwijze)] = (telwijze, regels)
    return regels


@gecontroleerd
def uitslagen(
    traject: Traject,
    geval: Ziektegeval,
    peildatum: _dt.date | None = None,
    *,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
    medisch: MedischDossier | None = None,
) -> list[Uitslag]:
    """The engine's raw results for one case (termijn, rule and completing fact)."""
    if peildatum is not None:
        controleer_datum("peildatum", peildatum)
    return uitslagen_van(
        traject,
        geval,
        _regels(regels, telwijze, traject.jurisdictie),
        kalender if kalender is not None else standaard_kalender(),
        peildatum,
        medisch,
    )


def _tijdlijn(
    traject: Traject,
    geval: Ziektegeval,
    peildatum: _dt.date | None,
    regels: Sequence[Regel] | None,
    kalender: Kalender | None,
    telwijze: Telwijze,
    medisch: MedischDossier | None = None,
) -> Tijdlijn:
    if peildatum is not None:
        controleer_datum("peildatum", peildatum)
    regels = _regels(regels, telwijze, traject.jurisdictie)
    kalender = kalender if kalender is not None else standaard_kalender()
    # As uitslagen_van, but without noting rules and facts: a timeline needs only termijnen.
    ctx = Context(geval, feiten_per_code(traject, geval, peildatum, medisch), kalender, peildatum)
    for stap in _plan(regels, False):
        stap(ctx)
    termijnen = ctx.termijnen
    # sort() is stable: termijnen due on the same day keep the rule set's order.
    termijnen.sort(key=_UITERLIJK)
    return maak_tijdlijn(tuple(termijnen), geval.eerste_ziektedag, peildatum)


@gecontroleerd
def tijdlijnen(
    traject: Traject,
    peildatum: _dt.date | None = None,
    *,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
    medisch: MedischDossier | None = None,
) -> tuple[Tijdlijn, ...]:
    """One Tijdlijn per case of sickness (samentelling), oldest first.

    With a *peildatum*, facts recorded after it are ignored and unmet
    deadlines before it are ``GEMIST``. *medisch*: as for :func:`tijdlijn`.
    """
    return tuple(
        _tijdlijn(traject, geval, peildatum, regels, kalender, telwijze, medisch)
        for geval in traject.ziektegevallen
    )


@gecontroleerd
def tijdlijn(
    traject: Traject,
    peildatum: _dt.date | None = None,
    *,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
    medisch: MedischDossier | None = None,
) -> Tijdlijn:
    """The Tijdlijn of the traject's latest case of sickness.

    A traject without sickness (preventive guidance) has an empty Tijdlijn.
    Earlier cases, separated by 28 or more fit days, have their own:
    see :func:`tijdlijnen`. The rules are those of ``traject.jurisdictie``
    (:func:`regelset`: the Dutch poortwachter rules by default); ``regels``
    replaces them; ``telwijze`` picks a counting convention of the Dutch rules;
    ``kalender`` the working-day calendar (default:
    :func:`~reintegratie.kalender.standaard_kalender`).

    *medisch*, the bedrijfsarts's :class:`~reintegratie.medisch.MedischDossier`, is
    optional: from it the engine learns which vangnet applies, and so whether the early
    report to UWV is due by the fourth sick day or within 6 weeks. The timeline shows
    only the resulting date, never the kind of vangnet; without the record, a period
    flagged ``vangnet`` gets the earliest date (the fourth sick day).
    """
    gevallen = traject.ziektegevallen
    if not gevallen:
        if peildatum is not None:
            controleer_datum("peildatum", peildatum)
        return Tijdlijn((), None, peildatum)
    return _tijdlijn(traject, gevallen[-1], peildatum, regels, kalender, telwijze, medisch)


# --- evaluation ----------------------------------------------------------------


def uitslagen_van(
    traject: Traject,
    geval: Ziektegeval,
    regels: Sequence[Regel],
    kalender: Kalender,
    peildatum: _dt.date | None = None,
    medisch: MedischDossier | None = None,
) -> list[Uitslag]:
    """:func:`~reintegratie.regels.engine.evalueer`: the termijnen with rule and fact."""
    ctx = Context(geval, feiten_per_code(traject, geval, peildatum, medisch), kalender, peildatum)
    for stap in _plan(regels, True):
        stap(ctx)
    return [_nieuw(Uitslag, (r, t, f)) for t, (r, f) in zip(ctx.termijnen, ctx.extra, strict=True)]


# --- compiling a rule set ------------------------------------------------------

_Stap = Callable[[Context], None]
_Ankerfunctie = Callable[[Context], _dt.date]
_Verlenger = Callable[[Context, _dt.date, list[str]], _dt.date]


class _Variant(Protocol):
    def __call__(self, ctx: Context, dag: _dt.date | None = None, /) -> None: ...


_nieuw = tuple.__new__  # builds a named tuple without its Python-level __new__
_van_ordinaal = _dt.date.fromordinal
_GEEN_DAGEN = _dt.timedelta(0)
_VOLGENDE_WERKDAG = Verschuiving.VOLGENDE_WERKDAG
_DEADLINE = Termijnsoort.DEADLINE
_OPEN, _GEHAALD, _TE_LAAT, _GEMIST = Status.OPEN, Status.GEHAALD, Status.TE_LAAT, Status.GEMIST
_VERVALLEN, _BEREIKT = Status.VERVALLEN, Status.BEREIKT
_VOOR_HERSTEL = Context.VOOR_HERSTEL
_LOOPT_DOOR, _EINDIGT = UitDienst.LOOPT_DOOR, UitDienst.EINDIGT
_VERLENGINGEN = (VerlengingTeLaat, VerlengingWeken)
# The compiled plans per rule-set id, for timelines (False) and for Uitslagen (True).
_PLANNEN: dict[bool, dict[int, tuple[Sequence[Regel], tuple[_Stap, ...]]]] = {False: {}, True: {}}
_DAGEN: dict[int, _dt.timedelta] = {}
# Dates by ordinal: a dict look-up is cheaper than date.fromordinal, and a caseload
# shares most of its dates.
_DATUMS: dict[int, _dt.date] = {}


def _td(dagen: int) -> _dt.timedelta:
    td = _DAGEN.get(dagen)
    if td is None:
        td = _DAGEN[dagen] = _dt.timedelta(days=dagen)
    return td


def _datum(ordinaal: int) -> _dt.date:
    if len(_DATUMS) > 30_000:  # some 80 years of dates
        _DATUMS.clear()
    dag = _DATUMS[ordinaal] = _van_ordinaal(ordinaal)
    return dag


def _plan(regels: Sequence[Regel], met_uitslagen: bool) -> tuple[_Stap, ...]:
    """One step per rule group, in dependency order; cached per rule-set object.

    With *met_uitslagen* the steps also note each termijn's rule and completing fact.
    """
    # Only an immutable rule set (a tuple of frozen rules) is cached by identity: a list
    # may change between calls, so it is compiled afresh each time.
    vast = isinstance(regels, tuple)
    plannen = _PLANNEN[met_uitslagen]
    if vast:
        gevonden = plannen.get(id(regels))
        if gevonden is not None and gevonden[0] is regels:
            return gevonden[1]
    groepen = voorbereid(regels)
    codes = gelezen(groepen)
    plan = tuple(_bewaakt(_stap(groep, codes, met_uitslagen), groep) for groep in groepen)
    if vast:
        if len(plannen) > 64:
            plannen.clear()
        plannen[id(regels)] = (regels, plan)
    return plan


def _bewaakt(stap: _Stap, varianten: tuple[Regel, ...]) -> _Stap:
    """*stap*, raising when no variant applies to a group whose earliest law is the limit
    of what the rule set knows (``Regel.eerder_onbekend``); other steps unchanged."""
    if len(varianten) == 1 or any(type(r.voorwaarde) is MetFeit for r in varianten):
        return stap
    onbekend = [r for r in varianten if r.eerder_onbekend and r.geldig_vanaf is not None]
    if not onbekend:
        return stap
    eerste = min(onbekend, key=lambda r: r.geldig_vanaf or _dt.date.min)

    def bewaakt(ctx: Context) -> None:
        aantal = len(ctx.termijnen)
        stap(ctx)
        if len(ctx.termijnen) == aantal:
            _buiten_regime(eerste, ctx.geval.eerste_ziektedag)

    return bewaakt


def _peildag(ctx: Context, volgens: str | None, dag: _dt.date) -> _dt.date:
    """The date that decides whether a variant is in force: the first date of the fact
    *volgens* (``Regel.geldig_volgens``) when it is recorded, else the due date *dag*."""
    if volgens is not None:
        reeks = ctx.feiten.get(volgens)
        if reeks:
            return reeks[0][0]
    return dag


def _stap(varianten: tuple[Regel, ...], gelezen: set[str] | None, uitslag: bool) -> _Stap:
    """The step of a rule group: the first variant in force on its due date (or on the date
    of its ``geldig_volgens`` fact) applies.

    *gelezen*: the codes whose termijn later rules read (``None``: all).
    """
    eerste = varianten[0]
    bewaar = gelezen is None or eerste.code in gelezen
    if any(type(r.voorwaarde) is MetFeit for r in varianten):
        return _voorwaardelijk(varianten, bewaar, uitslag)
    if (
        len(varianten) == 1
        and type(eerste) is Regel
        and eerste.geldig_tot is None
        and (eerste.geldig_vanaf is None or eerste.eerder_onbekend)
        and eerste.geldig_volgens is None
    ):
        # One rule always in force, or from a date before which the law is unknown: its
        # own step (which raises for a date outside every known regime).
        return _variant(eerste, bewaar, uitslag, hoofd=True)
    keuzes = []
    for i, r in enumerate(varianten):
        vorige = varianten[i - 1].anker if i else None
        # The anchor of the variant before gives the same date: not worked out again.
        zelfde = i > 0 and type(r.anker) is type(vorige) and r.anker == vorige
        # Regel.geldig_op as a range check (but a subclass may have its own).
        altijd = r.geldig_vanaf is None and r.geldig_tot is None
        eigen = None if altijd or type(r) is Regel else r
        vanaf, tot = r.geldig_vanaf or _dt.date.min, r.geldig_tot or _dt.date.max
        anker = None if zelfde else _anker(r.anker)
        keuzes.append((anker, eigen, vanaf, tot, r.geldig_volgens, _variant(r, bewaar, uitslag)))

    def kies(ctx: Context) -> None:
        dag = _dt.date.min
        for anker, eigen, vanaf, tot, volgens, evalueer in keuzes:
            if anker is not None:
                dag = anker(ctx)
            peil = dag if volgens is None else _peildag(ctx, volgens, dag)
            if vanaf <= peil <= tot if eigen is None else eigen.geldig_op(peil):
                evalueer(ctx, dag)
                return

    return kies


def _voorwaardelijk(varianten: tuple[Regel, ...], bewaar: bool, uitslag: bool) -> _Stap:
    """The step of a rule group with a :class:`~reintegratie.regels.model.MetFeit` condition:
    the first variant whose condition holds and that is in force (on its due date, or on
    the date of its ``geldig_volgens`` fact) applies;
    none: no termijn. Kept apart so that groups without one keep their plain step."""
    keuzes = []
    for r in varianten:
        nodig = r.voorwaarde.feiten if isinstance(r.voorwaarde, MetFeit) else None
        keuzes.append((nodig, _anker(r.anker), r, _variant(r, bewaar, uitslag)))

    def kies(ctx: Context) -> None:
        feiten = ctx.feiten
        for nodig, anker, regel, evalueer in keuzes:
            if nodig is not None and not any(f in feiten for f in nodig):
                continue
            dag = anker(ctx)
            if regel.geldig_op(_peildag(ctx, regel.geldig_volgens, dag)):
                evalueer(ctx, dag)
                return

    return kies


def _anker(anker: Anker, hoofd: bool = False) -> _Ankerfunctie:
    """*anker* as a function of the case (anything unusual: :meth:`Context.anker`).

    *hoofd*: the anchor of a group of one rule without validity dates, for which the
    engine has always counted a one-period case's sick days as ``x + k``, whatever k.
    """
    algemeen = functools.partial(Context.anker, anker=anker)
    if type(anker) is Laatste or type(anker) is Vroegste:
        # As Context.anker_of_niets: a part counting from a fact that is not recorded (and
        # has no fallback) is passed over.
        delen = tuple((_alleen_met_feit(a), _deel(a)) for a in anker.ankers)
        laatst = type(anker) is Laatste

        def uiterste(ctx: Context) -> _dt.date:
            beste: _dt.date | None = None
            for feit, functie in delen:
                if feit is not None and feit not in ctx.feiten:
                    continue
                dag = functie(ctx)
                if dag is None:  # a VasteDatum the case does not reach
                    continue
                if beste is None or (dag > beste if laatst else dag < beste):
                    beste = dag
            return beste if beste is not None else algemeen(ctx)  # raises

        return uiterste
    if type(anker) is Ziektedag:
        k = anker.dag
        if _ziektedag(anker):

            def ziektedag(ctx: Context) -> _dt.date:
                if k > ctx.grens:
                    try:
                        return _DATUMS.get(ctx.x + k) or _datum(ctx.x + k)
                    except (ValueError, OverflowError):
                        pass  # out of range: the general rule raises its error
                return ctx.geval.datum_van_ziektedag(k)

            return ziektedag
        if hoofd and k:

            def ziektedag_x(ctx: Context) -> _dt.date:
                return _van_ordinaal(ctx.x + k) if ctx.grens == 0 else algemeen(ctx)

            return ziektedag_x
        return algemeen
    if type(anker) is not NaTermijn and type(anker) is not NaFeit:
        return algemeen
    assert isinstance(anker, NaTermijn | NaFeit)
    try:
        td = _td(anker.dagen)
    except OverflowError:
        return algemeen  # which raises it where the anchor is used
    if isinstance(anker, NaTermijn):
        code = anker.termijn

        def na_termijn(ctx: Context) -> _dt.date:
            basis = ctx.klaar.get(code)
            return basis[2] + td if basis is not None else algemeen(ctx)  # raises

        return na_termijn
    feit = anker.feit
    anders = None if anker.anders is None else _anker(anker.anders)

    def na_feit(ctx: Context) -> _dt.date:
        reeks = ctx.feiten.get(feit)
        if reeks:
            return reeks[0][0] + td
        if anders is None:
            raise RuleSetError(f"no fact {feit!r} recorded and no fallback anchor given")
        return anders(ctx)

    return na_feit


def _deel(anker: Anker) -> Callable[[Context], _dt.date | None]:
    """A part of :class:`Laatste` or :class:`Vroegste` as a function of the case; ``None``
    where it is passed over (a :class:`VasteDatum` after the case's sickness ended)."""
    if type(anker) is VasteDatum:
        return functools.partial(Context.vaste_datum, anker=anker)
    return _anker(anker)


def _alleen_met_feit(anker: Anker) -> str | None:
    """The fact an anchor needs recorded to be datable (``None``: it is always datable)."""
    kern = anker.anker if type(anker) is NaMaanden else anker
    return kern.feit if type(kern) is NaFeit and kern.anders is None else None


def _ziektedag(anker: Anker) -> int:
    """The sick day of a plain Ziektedag anchor (a whole number from 1), else 0."""
    k = anker.dag if type(anker) is Ziektedag else 0
    return k if type(k) is int and k >= 1 else 0


def _variant(regel: Regel, bewaar: bool, uitslag: bool, hoofd: bool = False) -> _Variant:
    """One rule as ``(ctx, dag)``: with its anchor date *dag* (``None`` in a group of one
    rule without validity dates: work it out), add its termijn(en) to the context.

    *bewaar*: later rules read its termijn; *uitslag*: note its rule and fact.
    """
    if regel.herhaling is not None:
        return _herhalend(regel, bewaar, uitslag, hoofd)
    code, naam, bron, soort = regel.code, regel.omschrijving, regel.bron, regel.soort
    wie = regel.verantwoordelijk
    anker = _anker(regel.anker, hoofd)
    k = _ziektedag(regel.anker) if hoofd else 0  # then worked out inline
    verlengers = tuple(_verlenger(v) for v in regel.verlengingen if type(v) in _VERLENGINGEN)
    verschuift = regel.verschuiving is _VOLGENDE_WERKDAG
    venster = None if regel.venster_vanaf is None else _anker(regel.venster_vanaf)
    deadline = regel.soort is _DEADLINE
    # A MetFeit holds once the step runs the rule: only a ZonderFeit (its own or a
    # MetFeit's) can make it not apply.
    zonder = uitsluiting_van(regel.voorwaarde) is not None
    eenvoudig = deadline and not zonder
    feitcode = regel.feit
    vanaf_regime = (regel.eerder_onbekend and regel.geldig_vanaf) or _dt.date.min
    beleid = uit_dienst_van(regel)
    grenst = beleid is not _LOOPT_DOOR  # the end of employment bounds it
    eindigt = beleid is _EINDIGT

    def termijn(ctx: Context, dag: _dt.date | None = None) -> None:
        if dag is None:
            dag = _DATUMS.get(ctx.x + k) if k > ctx.grens else None  # k = 0: not a sick day
            if dag is None:
                dag = anker(ctx)
            if dag < vanaf_regime:
                _buiten_regime(regel, dag)
        redenen: list[str] | None = None
        if verlengers:
            redenen = []
            for nodig, verleng in verlengers:
                if nodig is None or nodig in ctx.feiten:
                    dag = verleng(ctx, dag, redenen)
        uiterlijk = ctx.werkdag(dag) if verschuift else dag
        vanaf = None if venster is None else venster(ctx)
        gedaan = feit = None
        if deadline:
            reeks = ctx.feiten.get(feitcode)
            if reeks:
                gedaan, feit = reeks[0]
        waarom = ""
        uit = ctx.uit_dienst
        vervalt = False  # lapses with the employment
        if uit is not None and grenst and uiterlijk > uit:
            if eindigt:
                uiterlijk = uit
                if redenen is None:
                    redenen = []
                redenen.append(EINDIGT_UIT_DIENST.format(uit.isoformat()))
            else:
                vervalt = True
        if gedaan is not None:
            status = _GEHAALD if gedaan <= uiterlijk else _TE_LAAT
        elif vervalt:
            status, waarom = ctx.na_uit_dienst(uiterlijk)
        elif eenvoudig or not (deadline or zonder):  # Context.status inlined, but for a condition
            laatste, peildatum = ctx.laatste, ctx.peildatum
            if not deadline:
                if laatste is not None and uiterlijk > laatste:
                    status, waarom = _VERVALLEN, _VOOR_HERSTEL
                elif peildatum is not None and uiterlijk <= peildatum:
                    status = _BEREIKT
                else:
                    status = _OPEN
            elif (
                laatste is not None
                and uiterlijk > laatste  # recovered before it fell due (also inside a window)
                and (peildatum is None or laatste < peildatum)
            ):
                status, waarom = _VERVALLEN, ctx.hersteld or ctx.herstel()
            elif peildatum is not None and uiterlijk < peildatum:
                status = _GEMIST
            else:
                status = _OPEN
        else:
            status, waarom = ctx.status(regel, uiterlijk, vanaf)
        if redenen:
            waarom = "; ".join([*redenen, waarom] if waarom else redenen)
        t: Termijn = _nieuw(
            Termijn, (code, naam, uiterlijk, status, wie, bron, soort, vanaf, gedaan, 1, waarom)
        )
        if bewaar:
            ctx.klaar[code] = t
        ctx.termijnen.append(t)
        if uitslag:
            ctx.extra.append((regel, feit))

    return termijn


def _buiten_regime(regel: Regel, dag: _dt.date) -> None:
    """A termijn due before the first rule of its code was in force: no known law applies."""
    raise RuleSetError(
        f"no rule {regel.code!r} is in force for this case ({dag.isoformat()}): the rule set "
        f"knows the law from {regel.geldig_vanaf} on; the case lies outside every known "
        "regime"
    )


def _verlenger(v: VerlengingTeLaat | VerlengingWeken) -> tuple[str | None, _Verlenger]:
    """An extension: the fact it needs (``None``: none) and ``(ctx, dag, redenen) -> dag``,
    which notes in *redenen* what moved the date."""
    if isinstance(v, VerlengingWeken):
        return v.feit, functools.partial(_verleng_weken, v)
    code = v.termijn
    vanaf, tot = v.geldig_vanaf or _dt.date.min, v.geldig_tot or _dt.date.max

    def te_laat(ctx: Context, dag: _dt.date, redenen: list[str]) -> _dt.date:
        t = ctx.klaar[code]
        if (
            t.afgerond_op is not None
            and t.afgerond_op > t.uiterlijk  # dagen_te_laat
            and vanaf <= t.uiterlijk <= tot
        ):
            laat = (t.afgerond_op - t.uiterlijk).days
            dag += _td(laat)
            redenen.append(f"+{laat} days: {code} done late")
        return dag

    return None, te_laat


def _verleng_weken(v: VerlengingWeken, ctx: Context, dag: _dt.date, redenen: list[str]) -> _dt.date:
    return ctx.verleng_weken(v, dag, redenen)


def _herhalend(regel: Regel, bewaar: bool, uitslag: bool, hoofd: bool) -> _Variant:
    """A recurring rule: each termijn due ``interval`` days after the last completion (or
    the last due date when missed), until the termijn ``tot`` or recovery."""
    herhaling = regel.herhaling
    assert herhaling is not None
    code, naam, bron, soort = regel.code, regel.omschrijving, regel.bron, regel.soort
    wie = regel.verantwoordelijk
    anker = _anker(regel.anker, hoofd)
    n, tot = herhaling.interval, herhaling.tot
    try:
        interval = _td(n)
    except OverflowError:
        interval = _GEEN_DAGEN  # never used: the step raises first, as the general rule does
    verschuift = regel.verschuiving is _VOLGENDE_WERKDAG
    eenvoudig = uitsluiting_van(regel.voorwaarde) is None
    feitcode = regel.afgerond_door or regel.code
    grenst = uit_dienst_van(regel) is not _LOOPT_DOOR

    def termijnen(ctx: Context, dag: _dt.date | None = None) -> None:
        if dag is None:
            dag = anker(ctx)
        if interval is _GEEN_DAGEN:
            _td(n)  # raises OverflowError
        einde = ctx.klaar[tot][2]
        laatste = ctx.laatste
        if laatste is not None and laatste < einde:
            einde = laatste
        einde_dienst = ctx.uit_dienst
        if grenst and einde_dienst is not None and einde_dienst < einde:
            einde = einde_dienst  # no recurring duty of the former employer after the end
        peildatum = ctx.peildatum
        werkdag = ctx.werkdag
        feiten = ctx.feiten.get(feitcode, ())
        aantal = len(feiten)
        uit = ctx.termijnen
        begin = len(uit)
        i = 0
        nummer = 1
        t: tuple[object, ...]
        # While completions remain, each termijn counts from the last one.
        while i < aantal:
            uiterlijk = dag + interval
            if verschuift:
                uiterlijk = werkdag(uiterlijk)
            if uiterlijk > einde:
                break
            gedaan, feit = feiten[i]
            i += 1
            if gedaan <= dag:
                continue  # done on or before the date it counts from: does not complete it
            status = _GEHAALD if gedaan <= uiterlijk else _TE_LAAT
            t = (code, naam, uiterlijk, status, wie, bron, soort, None, gedaan, nummer, "")
            uit.append(_nieuw(Termijn, t))
            if uitslag:
                ctx.extra.append((regel, feit))
            nummer += 1
            dag = gedaan
        else:
            # Then each counts from the due date of the one before.
            while True:
                uiterlijk = dag + interval
                if verschuift:
                    uiterlijk = werkdag(uiterlijk)
                if uiterlijk > einde:
                    break
                if eenvoudig:  # the loop stops at recovery: an undone one is open or missed
                    status = _GEMIST if peildatum is not None and uiterlijk < peildatum else _OPEN
                    waarom = ""
                else:
                    status, waarom = ctx.status(regel, uiterlijk, None)
                t = (code, naam, uiterlijk, status, wie, bron, soort, None, None, nummer, waarom)
                uit.append(_nieuw(Termijn, t))
                if uitslag:
                    ctx.extra.append((regel, None))
                nummer += 1
                dag = uiterlijk
        if bewaar and nummer > 1:
            ctx.klaar[code] = uit[begin]

    return termijnen

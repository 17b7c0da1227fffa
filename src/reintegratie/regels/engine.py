"""The generic rules engine: any rule set, one case of sickness, every termijn.

The engine reads a :class:`~reintegratie.traject.Traject` as *facts* (recorded
events by code, plus facts derived from the sporen) and turns a rule set into
:class:`Termijn` values with a status. It knows nothing of any particular law:
the Dutch rules live in :mod:`reintegratie.regels.poortwachter`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum
import operator
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

import attrs

from reintegratie.errors import NotFoundError, RuleSetError
from reintegratie.kalender import Kalender
from reintegratie.regels.model import (
    Anker,
    NaFeit,
    NaTermijn,
    Regel,
    Termijnsoort,
    VerlengingTeLaat,
    VerlengingWeken,
    Verschuiving,
    Ziektedag,
)
from reintegratie.rollen import Rol
from reintegratie.spoor import Spoorresultaat, Spoorsoort
from reintegratie.traject import Traject
from reintegratie.verzuim import Ziektegeval

__all__ = ["Feiten", "Status", "Termijn", "Tijdlijn", "evalueer", "feiten_van"]

_DAG = _dt.timedelta(days=1)


class Status(enum.Enum):
    """Status of a termijn given the recorded facts (and the peildatum, if any)."""

    OPEN = "open"
    """Not yet done; not yet due (or no peildatum to judge)."""
    GEHAALD = "gehaald"
    """Done on time."""
    TE_LAAT = "te_laat"
    """Done, after the deadline."""
    GEMIST = "gemist"
    """Not done and the deadline lies before the peildatum."""
    VERVALLEN = "vervallen"
    """Lapsed: the employee recovered before it fell due."""
    NIET_VAN_TOEPASSING = "niet_van_toepassing"
    """The rule's condition does not hold (e.g. spoor 2 after spoor 1 succeeded)."""
    BEREIKT = "bereikt"
    """A fixed date (moment) that has passed by the peildatum."""


class Termijn(NamedTuple):
    """One date the rules set: code, due date or window, owner, source and status.

    ``uiterlijk`` is the due date after shifting; ``vanaf`` opens a window
    (e.g. the eerstejaarsevaluatie from week 46). ``volgnummer`` counts
    recurring termijnen (evaluations) from 1. ``toelichting`` says what moved
    the date or why it does not apply.

    An immutable named tuple: a timeline holds dozens, and a caseload millions,
    so it is built as cheaply as Python allows. Use ``_replace`` for a changed copy.
    """

    code: str
    omschrijving: str
    uiterlijk: _dt.date
    status: Status
    verantwoordelijk: tuple[Rol, ...]
    bron: str
    soort: Termijnsoort = Termijnsoort.DEADLINE
    vanaf: _dt.date | None = None
    afgerond_op: _dt.date | None = None
    volgnummer: int = 1
    toelichting: str = ""

    @property
    def dagen_te_laat(self) -> int | None:
        """Days after the deadline it was done (``None`` unless done late)."""
        if self.afgerond_op is None or self.afgerond_op <= self.uiterlijk:
            return None
        return (self.afgerond_op - self.uiterlijk).days


@attrs.frozen
class Tijdlijn:
    """Every termijn of one case, in date order, addressable by code.

    ``tl["melding_42e_week"]`` gives the termijn with that code; for a
    recurring code (``evaluatie``) it gives the first that is not yet
    completed (open or missed), else the last. :meth:`alle` gives them all.
    A Tijdlijn of a traject without sickness is empty.

    .. versionadded:: 0.1.0
    """

    termijnen: tuple[Termijn, ...]
    eerste_ziektedag: _dt.date | None = None
    peildatum: _dt.date | None = None

    def __iter__(self) -> Iterator[Termijn]:
        return iter(self.termijnen)

    def __len__(self) -> int:
        return len(self.termijnen)

    def __contains__(self, code: object) -> bool:
        return any(t.code == code for t in self.termijnen)

    def alle(self, code: str) -> tuple[Termijn, ...]:
        """Every termijn with *code*, in date order."""
        return tuple(t for t in self.termijnen if t.code == code)

    def __getitem__(self, code: str) -> Termijn:
        gevonden = self.alle(code)
        if not gevonden:
            bekend = ", ".join(dict.fromkeys(t.code for t in self.termijnen)) or "none"
            raise NotFoundError(f"no termijn {code!r} in this tijdlijn (codes: {bekend})")
        for t in gevonden:
            if t.status in (Status.OPEN, Status.GEMIST):
                return t
        return gevonden[-1]

    @property
    def codes(self) -> tuple[str, ...]:
        """The distinct codes, in order of first appearance."""
        return tuple(dict.fromkeys(t.code for t in self.termijnen))


@attrs.frozen
class Feiten:
    """What the engine reads from a traject for one case: dated facts by code."""

    per_code: Mapping[str, Sequence[tuple[_dt.date, object]]]

    def datums(self, code: str) -> tuple[_dt.date, ...]:
        """Dates of the facts with *code*, in order."""
        return tuple(d for d, _ in self.per_code.get(code, ()))

    def eerste(self, code: str) -> tuple[_dt.date, object] | None:
        """The first fact with *code*, or ``None``."""
        reeks = self.per_code.get(code)
        return reeks[0] if reeks else None


def feiten_van(traject: Traject, geval: Ziektegeval, peildatum: _dt.date | None = None) -> Feiten:
    """The facts of *geval*: its events by code, and derived facts.

    Derived: ``spoor_2`` (a spoor 2 starts), ``spoor_1_geslaagd`` (a spoor 1
    ends with success), ``spoor_2_niet_nodig`` (an eerstejaarsevaluatie decides
    spoor 2 is not needed). With a peildatum, facts after it are left out.
    """
    per: dict[str, list[tuple[_dt.date, object]]] = {}
    gevallen = traject.ziektegevallen
    index = gevallen.index(geval)
    begin = geval.eerste_ziektedag
    einde = gevallen[index + 1].eerste_ziektedag if index + 1 < len(gevallen) else _dt.date.max
    if peildatum is not None and peildatum < einde:
        einde = peildatum + _EEN_DAG if peildatum < _dt.date.max else peildatum
    # Events are stored in date order (Traject validates it), so each list stays sorted.
    for g in traject.gebeurtenissen:
        datum = g.datum
        if datum < begin:
            continue
        if datum >= einde:
            break
        code = g.code
        reeks = per.get(code)
        if reeks is None:
            per[code] = [(datum, g)]
        else:
            reeks.append((datum, g))
        if code == "eerstejaarsevaluatie" and getattr(g, "spoor_2_nodig", None) is False:
            per.setdefault("spoor_2_niet_nodig", []).append((datum, g))
    for spoor in traject.sporen:
        if spoor.soort is Spoorsoort.SPOOR_2 and begin <= spoor.start < einde:
            per.setdefault("spoor_2", []).append((spoor.start, spoor))
        if (
            spoor.soort is Spoorsoort.SPOOR_1
            and spoor.resultaat is Spoorresultaat.GESLAAGD
            and spoor.einde is not None
            and begin <= spoor.einde < einde
        ):
            per.setdefault("spoor_1_geslaagd", []).append((spoor.einde, spoor))
    for code in ("spoor_2", "spoor_1_geslaagd"):
        if code in per:
            per[code].sort(key=_DATUM)
    return Feiten(per)


_EEN_DAG = _dt.timedelta(days=1)
_DATUM = operator.itemgetter(0)


# --- rule-set preparation ------------------------------------------------------


def _verwijzingen(regel: Regel) -> set[str]:
    """Codes of other termijnen a rule needs first."""
    nodig: set[str] = set()
    for anker in (regel.anker, regel.venster_vanaf):
        if isinstance(anker, NaTermijn):
            nodig.add(anker.termijn)
        elif isinstance(anker, NaFeit) and isinstance(anker.anders, NaTermijn):
            nodig.add(anker.anders.termijn)
    for v in regel.verlengingen:
        if isinstance(v, VerlengingTeLaat):
            nodig.add(v.termijn)
    if regel.herhaling is not None:
        nodig.add(regel.herhaling.tot)
    return nodig


_VOORBEREID: dict[int, tuple[Sequence[Regel], tuple[tuple[Regel, ...], ...]]] = {}


def voorbereid(regels: Sequence[Regel]) -> tuple[tuple[Regel, ...], ...]:
    """Group *regels* by code and order the groups so every reference comes first.

    Raises :class:`RuleSetError` for a reference to an unknown code or a cycle.
    The result is cached per rule-set object.
    """
    cached = _VOORBEREID.get(id(regels))
    if cached is not None and cached[0] is regels:
        return cached[1]
    groepen: dict[str, list[Regel]] = {}
    for regel in regels:
        if not isinstance(regel, Regel):
            raise RuleSetError(f"a rule set holds Regel values, got {type(regel).__name__}")
        groepen.setdefault(regel.code, []).append(regel)
    volgorde: list[str] = []
    bezig: set[str] = set()

    def bezoek(code: str, pad: tuple[str, ...]) -> None:
        if code in volgorde:
            return
        if code in bezig:
            raise RuleSetError(f"rules refer to each other in a cycle: {' -> '.join(pad)}")
        bezig.add(code)
        for regel in groepen[code]:
            for nodig in sorted(_verwijzingen(regel)):
                if nodig not in groepen:
                    raise RuleSetError(
                        f"rule {code!r} counts from {nodig!r}, which is not in the rule set"
                    )
                bezoek(nodig, (*pad, nodig))
        bezig.discard(code)
        volgorde.append(code)

    for code in groepen:
        bezoek(code, (code,))
    resultaat = tuple(tuple(groepen[c]) for c in volgorde)
    if len(_VOORBEREID) > 64:
        _VOORBEREID.clear()
    _VOORBEREID[id(regels)] = (regels, resultaat)
    return resultaat


# --- evaluation ----------------------------------------------------------------


class Uitslag(NamedTuple):
    """A termijn together with the rule that set it and the fact that completed it."""

    regel: Regel
    termijn: Termijn
    feit: object | None


# Timelines are built by the million in caseloads: the evaluation below keeps the
# work per termijn small (named tuples built with tuple.__new__, date arithmetic on
# cached timedeltas, the common cases inlined). The rules themselves stay data.
_nieuw = tuple.__new__
_DAGEN: dict[int, _dt.timedelta] = {}


def _td(dagen: int) -> _dt.timedelta:
    td = _DAGEN.get(dagen)
    if td is None:
        td = _DAGEN[dagen] = _dt.timedelta(days=dagen)
    return td


_VOLGENDE_WERKDAG = Verschuiving.VOLGENDE_WERKDAG
_DEADLINE = Termijnsoort.DEADLINE
_OPEN, _GEHAALD, _TE_LAAT, _GEMIST = Status.OPEN, Status.GEHAALD, Status.TE_LAAT, Status.GEMIST
_VERVALLEN, _NVT, _BEREIKT = Status.VERVALLEN, Status.NIET_VAN_TOEPASSING, Status.BEREIKT
_HERSTELD = "the employee recovered (last sick day {})"


class _Context:
    __slots__ = ("datums", "feiten", "geval", "kalender", "klaar", "laatste", "peildatum")

    def __init__(
        self, geval: Ziektegeval, feiten: Feiten, kalender: Kalender, peildatum: _dt.date | None
    ) -> None:
        self.geval = geval
        self.feiten = feiten.per_code
        self.kalender = kalender
        self.peildatum = peildatum
        self.laatste = geval.laatste_dag
        self.datums: dict[str, _dt.date] = {}
        self.klaar: dict[str, Termijn] = {}

    def anker(self, anker: Anker) -> _dt.date:
        soort = type(anker)
        if soort is Ziektedag:
            return self.geval.datum_van_ziektedag(anker.dag)  # type: ignore[union-attr]
        if soort is NaTermijn:
            assert isinstance(anker, NaTermijn)
            basis = self.datums.get(anker.termijn)
            if basis is None:
                raise RuleSetError(
                    f"termijn {anker.termijn!r} has no date here (no rule variant in force)"
                )
            return basis + _td(anker.dagen)
        assert isinstance(anker, NaFeit)
        reeks = self.feiten.get(anker.feit)
        if reeks:
            return reeks[0][0] + _td(anker.dagen)
        if anker.anders is None:
            raise RuleSetError(f"no fact {anker.feit!r} recorded and no fallback anchor given")
        return self.anker(anker.anders)

    def verleng(self, regel: Regel, dag: _dt.date) -> tuple[_dt.date, list[str]]:
        redenen: list[str] = []
        for v in regel.verlengingen:
            if type(v) is VerlengingTeLaat:
                laat = self.klaar[v.termijn].dagen_te_laat
                if laat:
                    dag += _td(laat)
                    redenen.append(f"+{laat} days: {v.termijn} done late")
            elif type(v) is VerlengingWeken:
                reeks = self.feiten.get(v.feit, ())
                weken = sum(int(getattr(f, "weken", 0)) for _, f in reeks)
                if not weken:
                    continue
                if v.maximum_weken is not None and weken > v.maximum_weken:
                    redenen.append(f"{v.feit}: {weken} weeks recorded, at most {v.maximum_weken}")
                    weken = v.maximum_weken
                nieuw = dag + _td(7 * weken)
                redenen.append(f"+{weken} weeks: {v.feit}")
                bekort = self.feiten.get(v.bekorting) if v.bekorting else None
                if bekort:
                    eind = bekort[0][0] + _td(v.bekorting_dagen)
                    if eind < nieuw:
                        nieuw = max(dag, eind)
                        redenen.append(f"ended {v.bekorting_dagen} days after {v.bekorting}")
                dag = nieuw
        return dag, redenen

    def status(
        self, regel: Regel, uiterlijk: _dt.date, vanaf: _dt.date | None, gedaan: _dt.date | None
    ) -> tuple[Status, str]:
        laatste = self.laatste
        peildatum = self.peildatum
        if regel.soort is not _DEADLINE:
            if laatste is not None and uiterlijk > laatste:
                return _VERVALLEN, "the employee recovered before this date"
            if peildatum is not None and uiterlijk <= peildatum:
                return _BEREIKT, ""
            return _OPEN, ""
        if gedaan is not None:
            return (_GEHAALD if gedaan <= uiterlijk else _TE_LAAT), ""
        voorwaarde = regel.voorwaarde
        if voorwaarde is not None:
            for code in voorwaarde.feiten:
                for dag, _ in self.feiten.get(code, ()):
                    if dag <= uiterlijk:
                        return _NVT, voorwaarde.toelichting
        if (
            laatste is not None
            and (vanaf or uiterlijk) > laatste
            and (peildatum is None or laatste < peildatum)
        ):
            return _VERVALLEN, _HERSTELD.format(laatste)
        if peildatum is not None and uiterlijk < peildatum:
            return _GEMIST, ""
        return _OPEN, ""


def _kies(ctx: _Context, varianten: tuple[Regel, ...]) -> tuple[Regel, _dt.date] | None:
    for regel in varianten:
        dag = ctx.anker(regel.anker)
        if (regel.geldig_vanaf is None and regel.geldig_tot is None) or regel.geldig_op(dag):
            return regel, dag
    return None


def evalueer(
    traject: Traject,
    geval: Ziektegeval,
    regels: Sequence[Regel],
    kalender: Kalender,
    peildatum: _dt.date | None = None,
) -> list[Uitslag]:
    """Evaluate a rule set for one case; the results in rule-set dependency order."""
    ctx = _Context(geval, feiten_van(traject, geval, peildatum), kalender, peildatum)
    feiten = ctx.feiten
    datums = ctx.datums
    klaar = ctx.klaar
    werkdag = kalender.werkdag_op_of_na
    # Sick day k of a case with one period is X + k - 1: the common case, inlined.
    x = geval.eerste_ziektedag.toordinal() - 1 if len(geval.perioden) == 1 else None
    van_ordinaal = _dt.date.fromordinal
    laatste = geval.laatste_dag
    uitslagen: list[Uitslag] = []
    for varianten, snel in _stappen(regels):
        regel = varianten[0]
        if x is not None and snel[0] and len(varianten) == 1:
            dag = van_ordinaal(x + snel[0])
        else:
            gekozen = _kies(ctx, varianten)
            if gekozen is None:
                continue
            regel, dag = gekozen
            snel = _eigenschappen(regel)
        _, verschuift, deadline, feitcode, eenvoudig, herhalend = snel
        if herhalend:
            uitslagen.extend(_herhaal(ctx, regel, dag))
            continue
        redenen: list[str] = []
        if regel.verlengingen:
            dag, redenen = ctx.verleng(regel, dag)
        uiterlijk = werkdag(dag) if verschuift else dag
        vanaf = ctx.anker(regel.venster_vanaf) if regel.venster_vanaf is not None else None
        feit = None
        gedaan = None
        if deadline:
            reeks = feiten.get(feitcode)
            if reeks:
                gedaan, feit = reeks[0]
        if gedaan is not None and deadline:
            status = _GEHAALD if gedaan <= uiterlijk else _TE_LAAT
        elif eenvoudig and laatste is None:
            status = _GEMIST if peildatum is not None and uiterlijk < peildatum else _OPEN
        else:
            status, waarom = ctx.status(regel, uiterlijk, vanaf, gedaan)
            if waarom:
                redenen.append(waarom)
        termijn: Termijn = _nieuw(
            Termijn,
            (
                regel.code,
                regel.omschrijving,
                uiterlijk,
                status,
                regel.verantwoordelijk,
                regel.bron,
                regel.soort,
                vanaf,
                gedaan,
                1,
                "; ".join(redenen) if redenen else "",
            ),
        )
        datums[regel.code] = uiterlijk
        klaar[regel.code] = termijn
        uitslagen.append(_nieuw(Uitslag, (regel, termijn, feit)))
    return uitslagen


_EIGENSCHAPPEN: dict[int, tuple[Regel, tuple[int, bool, bool, str, bool, bool]]] = {}
_STAPPEN: dict[int, tuple[Sequence[Regel], tuple[tuple[tuple[Regel, ...], _Snel], ...]]] = {}
_Snel = tuple[int, bool, bool, str, bool, bool]


def _stappen(regels: Sequence[Regel]) -> tuple[tuple[tuple[Regel, ...], _Snel], ...]:
    """The prepared rule groups with the first variant's properties, cached per rule set."""
    gevonden = _STAPPEN.get(id(regels))
    if gevonden is not None and gevonden[0] is regels:
        return gevonden[1]
    stappen = tuple((groep, _eigenschappen(groep[0])) for groep in voorbereid(regels))
    if len(_STAPPEN) > 64:
        _STAPPEN.clear()
    _STAPPEN[id(regels)] = (regels, stappen)
    return stappen


def _eigenschappen(regel: Regel) -> tuple[int, bool, bool, str, bool, bool]:
    """What the evaluation loop needs to know of a rule, worked out once per rule.

    (sick day of a plain anchor or 0, shifts, is a deadline, completing fact,
    plain status (a deadline without condition), recurring).
    """
    gevonden = _EIGENSCHAPPEN.get(id(regel))
    if gevonden is not None and gevonden[0] is regel:
        return gevonden[1]
    anker = regel.anker
    plain = type(anker) is Ziektedag and regel.geldig_vanaf is None and regel.geldig_tot is None
    deadline = regel.soort is _DEADLINE
    waarden = (
        anker.dag if plain and isinstance(anker, Ziektedag) else 0,
        regel.verschuiving is _VOLGENDE_WERKDAG,
        deadline,
        regel.feit,
        deadline and regel.voorwaarde is None,
        regel.herhaling is not None,
    )
    if len(_EIGENSCHAPPEN) > 4096:
        _EIGENSCHAPPEN.clear()
    _EIGENSCHAPPEN[id(regel)] = (regel, waarden)
    return waarden


def _herhaal(ctx: _Context, regel: Regel, begin: _dt.date) -> list[Uitslag]:
    """A recurring termijn: each due ``interval`` days after the last completion."""
    assert regel.herhaling is not None
    interval = _td(regel.herhaling.interval)
    einde = ctx.datums[regel.herhaling.tot]
    laatste = ctx.laatste
    if laatste is not None and laatste < einde:
        einde = laatste
    peildatum = ctx.peildatum
    werkdag = ctx.kalender.werkdag_op_of_na if regel.verschuiving is _VOLGENDE_WERKDAG else None
    eenvoudig = regel.voorwaarde is None
    feiten = ctx.feiten.get(regel.afgerond_door or regel.code, ())
    aantal = len(feiten)
    vast = (regel.code, regel.omschrijving)
    staart = (regel.verantwoordelijk, regel.bron, regel.soort, None)
    uitslagen: list[Uitslag] = []
    anker = begin
    i = 0
    nummer = 1
    while True:
        uiterlijk = anker + interval
        if werkdag is not None:
            uiterlijk = werkdag(uiterlijk)
        if uiterlijk > einde:
            break
        while i < aantal and feiten[i][0] <= anker:
            i += 1
        toelichting = ""
        if i < aantal:
            gedaan, feit = feiten[i]
            status = _GEHAALD if gedaan <= uiterlijk else _TE_LAAT
            anker = gedaan
        else:
            gedaan, feit = None, None
            if eenvoudig:
                # The loop stops at recovery, so an undone one is open or missed.
                status = _GEMIST if peildatum is not None and uiterlijk < peildatum else _OPEN
            else:
                status, toelichting = ctx.status(regel, uiterlijk, None, None)
            anker = uiterlijk
        termijn: Termijn = _nieuw(
            Termijn, (*vast, uiterlijk, status, *staart, gedaan, nummer, toelichting)
        )
        uitslagen.append(_nieuw(Uitslag, (regel, termijn, feit)))
        nummer += 1
    if uitslagen:
        ctx.datums[regel.code] = uitslagen[0].termijn.uiterlijk
        ctx.klaar[regel.code] = uitslagen[0].termijn
    return uitslagen

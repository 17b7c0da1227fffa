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
from collections.abc import Iterator, Sequence

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


@attrs.frozen
class Termijn:
    """One date the rules set: code, due date or window, owner, source and status.

    ``uiterlijk`` is the due date after shifting; ``vanaf`` opens a window
    (e.g. the eerstejaarsevaluatie from week 46). ``volgnummer`` counts
    recurring termijnen (evaluations) from 1. ``toelichting`` says what moved
    the date or why it does not apply.
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

    per_code: dict[str, tuple[tuple[_dt.date, object], ...]]

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
    einde = gevallen[index + 1].eerste_ziektedag if index + 1 < len(gevallen) else None

    def binnen(dag: _dt.date) -> bool:
        return (
            dag >= begin
            and (einde is None or dag < einde)
            and (peildatum is None or dag <= peildatum)
        )

    for g in traject.gebeurtenissen:
        if binnen(g.datum):
            per.setdefault(g.code, []).append((g.datum, g))
            if g.code == "eerstejaarsevaluatie" and getattr(g, "spoor_2_nodig", None) is False:
                per.setdefault("spoor_2_niet_nodig", []).append((g.datum, g))
    for spoor in traject.sporen:
        if spoor.soort is Spoorsoort.SPOOR_2 and binnen(spoor.start):
            per.setdefault("spoor_2", []).append((spoor.start, spoor))
        if (
            spoor.soort is Spoorsoort.SPOOR_1
            and spoor.resultaat is Spoorresultaat.GESLAAGD
            and spoor.einde is not None
            and binnen(spoor.einde)
        ):
            per.setdefault("spoor_1_geslaagd", []).append((spoor.einde, spoor))
    return Feiten({k: tuple(sorted(v, key=lambda f: f[0])) for k, v in per.items()})


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


@attrs.frozen
class Uitslag:
    """A termijn together with the rule that set it and the fact that completed it."""

    regel: Regel
    termijn: Termijn
    feit: object | None


class _Context:
    __slots__ = ("datums", "feiten", "geval", "kalender", "klaar", "laatste", "peildatum")

    def __init__(
        self, geval: Ziektegeval, feiten: Feiten, kalender: Kalender, peildatum: _dt.date | None
    ) -> None:
        self.geval = geval
        self.feiten = feiten
        self.kalender = kalender
        self.peildatum = peildatum
        self.laatste = geval.laatste_dag
        self.datums: dict[str, _dt.date] = {}
        self.klaar: dict[str, Termijn] = {}

    def anker(self, anker: Anker) -> _dt.date:
        if type(anker) is Ziektedag:
            return self.geval.datum_van_ziektedag(anker.dag)
        if type(anker) is NaTermijn:
            basis = self.datums.get(anker.termijn)
            if basis is None:
                raise RuleSetError(
                    f"termijn {anker.termijn!r} has no date here (no rule variant in force)"
                )
            return basis + _dt.timedelta(days=anker.dagen)
        assert isinstance(anker, NaFeit)
        feit = self.feiten.eerste(anker.feit)
        if feit is not None:
            return feit[0] + _dt.timedelta(days=anker.dagen)
        if anker.anders is None:
            raise RuleSetError(f"no fact {anker.feit!r} recorded and no fallback anchor given")
        return self.anker(anker.anders)

    def verleng(self, regel: Regel, dag: _dt.date) -> tuple[_dt.date, list[str]]:
        redenen: list[str] = []
        for v in regel.verlengingen:
            if type(v) is VerlengingTeLaat:
                laat = self.klaar[v.termijn].dagen_te_laat
                if laat:
                    dag += _dt.timedelta(days=laat)
                    redenen.append(f"+{laat} days: {v.termijn} done late")
            elif type(v) is VerlengingWeken:
                reeks = self.feiten.per_code.get(v.feit, ())
                weken = sum(int(getattr(f, "weken", 0)) for _, f in reeks)
                if not weken:
                    continue
                if v.maximum_weken is not None and weken > v.maximum_weken:
                    redenen.append(f"{v.feit}: {weken} weeks recorded, at most {v.maximum_weken}")
                    weken = v.maximum_weken
                nieuw = dag + _dt.timedelta(weeks=weken)
                redenen.append(f"+{weken} weeks: {v.feit}")
                bekort = self.feiten.eerste(v.bekorting) if v.bekorting else None
                if bekort is not None:
                    eind = bekort[0] + _dt.timedelta(days=v.bekorting_dagen)
                    if eind < nieuw:
                        nieuw = max(dag, eind)
                        redenen.append(f"ended {v.bekorting_dagen} days after {v.bekorting}")
                dag = nieuw
        return dag, redenen

    def status(
        self, regel: Regel, uiterlijk: _dt.date, vanaf: _dt.date | None, gedaan: _dt.date | None
    ) -> tuple[Status, str]:
        if regel.soort is not Termijnsoort.DEADLINE:
            if self.laatste is not None and uiterlijk > self.laatste:
                return Status.VERVALLEN, "the employee recovered before this date"
            if self.peildatum is not None and uiterlijk <= self.peildatum:
                return Status.BEREIKT, ""
            return Status.OPEN, ""
        if gedaan is not None:
            return (Status.GEHAALD if gedaan <= uiterlijk else Status.TE_LAAT), ""
        voorwaarde = regel.voorwaarde
        if voorwaarde is not None:
            for code in voorwaarde.feiten:
                for dag in self.feiten.datums(code):
                    if dag <= uiterlijk:
                        return Status.NIET_VAN_TOEPASSING, voorwaarde.toelichting
        if (
            self.laatste is not None
            and (vanaf or uiterlijk) > self.laatste
            and (self.peildatum is None or self.laatste < self.peildatum)
        ):
            return Status.VERVALLEN, f"the employee recovered (last sick day {self.laatste})"
        if self.peildatum is not None and uiterlijk < self.peildatum:
            return Status.GEMIST, ""
        return Status.OPEN, ""


def _verschuif(ctx: _Context, regel: Regel, dag: _dt.date) -> _dt.date:
    if regel.verschuiving is Verschuiving.VOLGENDE_WERKDAG:
        return ctx.kalender.werkdag_op_of_na(dag)
    return dag


def _kies(ctx: _Context, varianten: tuple[Regel, ...]) -> tuple[Regel, _dt.date] | None:
    for regel in varianten:
        dag = ctx.anker(regel.anker)
        if regel.geldig_op(dag):
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
    uitslagen: list[Uitslag] = []
    for varianten in voorbereid(regels):
        gekozen = _kies(ctx, varianten)
        if gekozen is None:
            continue
        regel, basis = gekozen
        if regel.herhaling is not None:
            uitslagen.extend(_herhaal(ctx, regel, basis))
            continue
        dag, redenen = ctx.verleng(regel, basis)
        uiterlijk = _verschuif(ctx, regel, dag)
        vanaf = ctx.anker(regel.venster_vanaf) if regel.venster_vanaf is not None else None
        feit = ctx.feiten.eerste(regel.feit) if regel.soort is Termijnsoort.DEADLINE else None
        gedaan = feit[0] if feit is not None else None
        status, waarom = ctx.status(regel, uiterlijk, vanaf, gedaan)
        termijn = Termijn(
            code=regel.code,
            omschrijving=regel.omschrijving,
            uiterlijk=uiterlijk,
            status=status,
            verantwoordelijk=regel.verantwoordelijk,
            bron=regel.bron,
            soort=regel.soort,
            vanaf=vanaf,
            afgerond_op=gedaan,
            toelichting="; ".join([*redenen, waarom] if waarom else redenen),
        )
        ctx.datums[regel.code] = uiterlijk
        ctx.klaar[regel.code] = termijn
        uitslagen.append(Uitslag(regel, termijn, feit[1] if feit is not None else None))
    return uitslagen


def _herhaal(ctx: _Context, regel: Regel, begin: _dt.date) -> list[Uitslag]:
    """A recurring termijn: each due ``interval`` days after the last completion."""
    assert regel.herhaling is not None
    interval = _dt.timedelta(days=regel.herhaling.interval)
    einde = ctx.datums[regel.herhaling.tot]
    if ctx.laatste is not None and ctx.laatste < einde:
        einde = ctx.laatste
    feiten = ctx.feiten.per_code.get(regel.feit, ())
    uitslagen: list[Uitslag] = []
    anker = begin
    i = 0
    nummer = 1
    while True:
        uiterlijk = _verschuif(ctx, regel, anker + interval)
        if uiterlijk > einde:
            break
        while i < len(feiten) and feiten[i][0] <= anker:
            i += 1
        if i < len(feiten):
            gedaan, feit = feiten[i]
            status = Status.GEHAALD if gedaan <= uiterlijk else Status.TE_LAAT
            anker = gedaan
        else:
            gedaan, feit = None, None
            status, _ = ctx.status(regel, uiterlijk, None, None)
            anker = uiterlijk
        termijn = Termijn(
            code=regel.code,
            omschrijving=regel.omschrijving,
            uiterlijk=uiterlijk,
            status=status,
            verantwoordelijk=regel.verantwoordelijk,
            bron=regel.bron,
            soort=regel.soort,
            afgerond_op=gedaan,
            volgnummer=nummer,
        )
        uitslagen.append(Uitslag(regel, termijn, feit))
        nummer += 1
    if uitslagen:
        ctx.datums[regel.code] = uitslagen[0].termijn.uiterlijk
        ctx.klaar[regel.code] = uitslagen[0].termijn
    return uitslagen

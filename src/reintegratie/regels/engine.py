"""The generic rules engine: any rule set, one case of sickness, every termijn.

The engine reads a :class:`~reintegratie.traject.Traject` as *facts* (recorded
events by code, plus facts derived from the sporen) and turns a rule set into
:class:`Termijn` values with a status. It knows nothing of any particular law:
the Dutch rules live in :mod:`reintegratie.regels.poortwachter`, the Flemish in
:mod:`reintegratie.regels.vlaanderen`; both are read the same way.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import datetime as _dt
import enum
import operator
from collections.abc import Iterator, Mapping, Sequence
from typing import NamedTuple

import attrs
from dateutil.relativedelta import relativedelta

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import (
    _kort,
    controleer_dag,
    controleer_tekens,
    datum,
    optioneel,
)
from reintegratie.errors import NotFoundError, RuleSetError, ValidationError
from reintegratie.gebeurtenissen import GEBEURTENISSOORTEN
from reintegratie.kalender import Kalender
from reintegratie.medisch import MedischDossier, Vangnetsoort
from reintegratie.regels.model import (
    Anker,
    Laatste,
    NaFeit,
    NaMaanden,
    NaTermijn,
    Ononderbroken,
    Regel,
    Termijnsoort,
    VasteDatum,
    VerlengingTeLaat,
    VerlengingWeken,
    Verschuiving,
    Vroegste,
    Ziektedag,
    ZonderFeit,
    uitsluiting_van,
)
from reintegratie.rollen import Rol
from reintegratie.spoor import Spoorresultaat, Spoorsoort
from reintegratie.traject import Traject
from reintegratie.verzuim import Ziektegeval

__all__ = [
    "UIT_DIENST_VERKORT",
    "UIT_DIENST_VOLLEDIG",
    "Feiten",
    "Status",
    "Termijn",
    "Tijdlijn",
    "evalueer",
    "feiten_van",
    "uit_dienst_feiten",
]

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
    """Lapsed: the employee recovered, or the employment ended, before it fell due (the
    termijn's ``toelichting`` says which)."""
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

    termijnen: tuple[Termijn, ...] = attrs.field(validator=lambda i, a, v: _termijnen(v))
    eerste_ziektedag: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))
    peildatum: _dt.date | None = attrs.field(default=None, validator=optioneel(datum))

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

    def _repr_html_(self) -> str:
        """A rich display in Jupyter (see :mod:`reintegratie.analyse.html`)."""
        from reintegratie.analyse.html import tijdlijn_html

        return tijdlijn_html(self)

    @property
    def codes(self) -> tuple[str, ...]:
        """The distinct codes, in order of first appearance."""
        return tuple(dict.fromkeys(t.code for t in self.termijnen))


def _termijnen(waarde: object) -> None:
    """Every Termijn of a Tijdlijn built from outside the engine, checked field by field."""
    if not isinstance(waarde, tuple):
        raise ValidationError(
            "Tijdlijn.termijnen", f"expected a tuple of Termijn, got {type(waarde).__name__}"
        )
    for i, t in enumerate(waarde):
        controleer_termijn(f"Tijdlijn.termijnen[{i}]", t)


def controleer_termijn(veld: str, t: object) -> None:
    """Raise :class:`~reintegratie.errors.ValidationError` unless *t* is a Termijn whose
    every field has the right type (the engine's own termijnen are built unchecked)."""
    if not isinstance(t, Termijn):
        raise ValidationError(veld, f"expected a Termijn, got {type(t).__name__}")
    for naam in ("code", "omschrijving", "bron", "toelichting"):
        tekst = getattr(t, naam)
        if not isinstance(tekst, str):
            raise ValidationError(f"{veld}.{naam}", f"expected text, got {type(tekst).__name__}")
        controleer_tekens(f"{veld}.{naam}", tekst, regels=naam != "code")
    if not t.code.strip():
        raise ValidationError(f"{veld}.code", "must not be empty")
    controleer_dag(f"{veld}.uiterlijk", t.uiterlijk)
    for naam in ("vanaf", "afgerond_op"):
        if getattr(t, naam) is not None:
            controleer_dag(f"{veld}.{naam}", getattr(t, naam))
    for naam, soort in (("status", Status), ("soort", Termijnsoort)):
        if not isinstance(getattr(t, naam), soort):
            raise ValidationError(
                f"{veld}.{naam}",
                f"expected a {soort.__name__}, got {type(getattr(t, naam)).__name__}",
            )
    if not isinstance(t.verantwoordelijk, tuple) or not all(
        isinstance(r, Rol) for r in t.verantwoordelijk
    ):
        raise ValidationError(f"{veld}.verantwoordelijk", "expected a tuple of Rol")
    if type(t.volgnummer) is not int or t.volgnummer < 1:
        raise ValidationError(
            f"{veld}.volgnummer", f"expected a whole number from 1, got {_kort(t.volgnummer)}"
        )


# Tijdlijn's slots, set directly by maak_tijdlijn.
_TERMIJNEN, _EERSTE, _PEILDATUM = (
    getattr(Tijdlijn, veld).__set__ for veld in ("termijnen", "eerste_ziektedag", "peildatum")
)


def maak_tijdlijn(
    termijnen: tuple[Termijn, ...], eerste_ziektedag: _dt.date, peildatum: _dt.date | None
) -> Tijdlijn:
    """``Tijdlijn(termijnen, eerste_ziektedag, peildatum)``, a third faster: with nothing to
    validate or convert, the slots are filled directly (timelines come by the million)."""
    tijdlijn = object.__new__(Tijdlijn)
    _TERMIJNEN(tijdlijn, termijnen)
    _EERSTE(tijdlijn, eerste_ziektedag)
    _PEILDATUM(tijdlijn, peildatum)
    return tijdlijn


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


@gecontroleerd
def feiten_van(
    traject: Traject,
    geval: Ziektegeval,
    peildatum: _dt.date | None = None,
    medisch: MedischDossier | None = None,
) -> Feiten:
    """The facts of *geval*: its events by code, and derived facts.

    Derived: ``spoor_2`` (a spoor 2 starts), ``spoor_1_geslaagd`` (a spoor 1
    ends with success), and the facts an event kind derives from its content
    (``afgeleide_feiten``: e.g. ``spoor_2_niet_nodig`` when an eerstejaarsevaluatie
    decides spoor 2 is not needed). With a peildatum, facts after it are left out.

    End of employment: ``einde_dienstverband`` (also when it lies before the case);
    when the employee is sick on its date, ``ziek_uit_dienst`` and, by the weeks from
    the first sick day to the end (:func:`uit_dienst_feiten`),
    ``ziek_uit_dienst_na_6_weken`` or ``ziek_uit_dienst_na_10_weken``.

    Vangnet: ``vangnet`` when a period of the case is flagged (``Ziekteperiode.vangnet``)
    or the medical record *medisch* names a vangnet for it; and, from the medical record
    only, ``vangnet_binnen_6_weken`` when that vangnet is reported within 6 weeks. These
    are deadline classes, not the kind of vangnet: no fact names it.
    """
    return Feiten(feiten_per_code(traject, geval, peildatum, medisch))


#: Calendar days from the first sick day to the last day of employment from which an
#: eindevaluatie is due in short form (6 weeks) and in full (10 weeks).
UIT_DIENST_VERKORT, UIT_DIENST_VOLLEDIG = 42, 70


@gecontroleerd
def uit_dienst_feiten(x: _dt.date, einde: _dt.date) -> tuple[str, ...]:
    """Derived facts of an employment that ends on *einde* (its last day) while the case
    that started on *x* runs.

    The employment lasts ``n = einde - x + 1`` days from the first sick day (the first
    sick day is day 1). ``n < 42`` (fewer than 6 weeks): no eindevaluatie; ``42 <= n < 70``
    (6 to 10 weeks): a short one; ``n >= 70``: a full one (modint.nl "Ziek uit dienst";
    persaldi.nl: "Blijft hij na zijn eerste ziektedag nog tien weken of langer in dienst,
    dan moet de werkgever een volledig re-integratieverslag maken").

    >>> from datetime import date
    >>> uit_dienst_feiten(date(2025, 1, 6), date(2025, 2, 15))   # n = 41
    ('ziek_uit_dienst',)
    >>> uit_dienst_feiten(date(2025, 1, 6), date(2025, 2, 16))   # n = 42
    ('ziek_uit_dienst', 'ziek_uit_dienst_na_6_weken')
    >>> uit_dienst_feiten(date(2025, 1, 6), date(2025, 3, 16))   # n = 70
    ('ziek_uit_dienst', 'ziek_uit_dienst_na_10_weken')
    """
    n = (einde - x).days + 1
    if n >= UIT_DIENST_VOLLEDIG:
        return ("ziek_uit_dienst", "ziek_uit_dienst_na_10_weken")
    if n >= UIT_DIENST_VERKORT:
        return ("ziek_uit_dienst", "ziek_uit_dienst_na_6_weken")
    return ("ziek_uit_dienst",)


def _bijzondere_feiten(
    per: dict[str, list[tuple[_dt.date, object]]],
    traject: Traject,
    geval: Ziektegeval,
    peildatum: _dt.date | None,
    medisch: MedischDossier | None,
) -> None:
    """Add the end-of-employment and vangnet facts to *per* (see :func:`feiten_van`)."""
    einde = traject.einde_dienstverband
    if einde is not None and (peildatum is None or einde <= peildatum):
        reeks = per.get("einde_dienstverband")
        if reeks is None:  # before the case (or after it: then not a fact of this case)
            if einde < geval.eerste_ziektedag:
                feit = next(g for g in traject.gebeurtenissen if g.datum == einde)
                per["einde_dienstverband"] = [(einde, feit)]
        elif geval.is_ziek_op(einde):
            for code in uit_dienst_feiten(geval.eerste_ziektedag, einde):
                per[code] = [reeks[0]]
    for p in geval.perioden:
        if peildatum is not None and p.eerste_dag > peildatum:
            break
        soort = medisch.vangnet_op(p.eerste_dag) if medisch is not None else None
        if p.vangnet or soort is not None:
            per.setdefault("vangnet", []).append((p.eerste_dag, p))
        if soort is Vangnetsoort.ZWANGERSCHAP_VOOR_VERLOF:
            per.setdefault("vangnet_binnen_6_weken", []).append((p.eerste_dag, p))


def feiten_per_code(
    traject: Traject,
    geval: Ziektegeval,
    peildatum: _dt.date | None,
    medisch: MedischDossier | None = None,
) -> dict[str, list[tuple[_dt.date, object]]]:
    """The facts of :func:`feiten_van` as a plain dict; no list in it is empty."""
    per: dict[str, list[tuple[_dt.date, object]]] = {}
    gevallen = traject.ziektegevallen
    # Mostly the latest case (tijdlijn): found without comparing cases.
    index = len(gevallen) - 1 if gevallen and gevallen[-1] is geval else gevallen.index(geval)
    begin = geval.eerste_ziektedag
    einde = gevallen[index + 1].eerste_ziektedag if index + 1 < len(gevallen) else _dt.date.max
    if peildatum is not None and peildatum < einde:
        einde = peildatum + _EEN_DAG if peildatum < _dt.date.max else peildatum
    # Events are stored in date order (Traject validates it), so each list stays sorted
    # and the events of the case are one slice (mostly all of them: no search needed).
    gebeurtenissen = traject.gebeurtenissen
    if gebeurtenissen and (gebeurtenissen[0].datum < begin or gebeurtenissen[-1].datum >= einde):
        van = bisect.bisect_left(gebeurtenissen, begin, key=_DATUM_VAN)
        tot = bisect.bisect_left(gebeurtenissen, einde, van, key=_DATUM_VAN)
        gebeurtenissen = gebeurtenissen[van:tot]
    for g in gebeurtenissen:
        code = g.code
        reeks = per.get(code)
        if reeks is None:
            per[code] = [(g.datum, g)]
        else:
            reeks.append((g.datum, g))
        if code in _AFGELEID:
            for extra in g.afgeleide_feiten:
                per.setdefault(extra, []).append((g.datum, g))
    if traject._einde is not None or medisch is not None or geval._vlag:
        _bijzondere_feiten(per, traject, geval, peildatum, medisch)
    if not traject.sporen:
        return per
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
    return per


_EEN_DAG = _dt.timedelta(days=1)
#: Codes of the event kinds that derive further facts from their content (read per event,
#: so a set look-up by code rather than an attribute look-up on every event).
_AFGELEID = frozenset(
    code for code, soort in GEBEURTENISSOORTEN.items() if soort.heeft_afgeleide_feiten
)
_DATUM = operator.itemgetter(0)
_DATUM_VAN = operator.attrgetter("datum")


# --- rule-set preparation ------------------------------------------------------


def termijnen_van_anker(anker: Anker | None) -> tuple[set[str], bool]:
    """The codes of the termijnen *anker* counts from, and whether it is of a kind the
    engine knows (``False``: an unknown kind, which may read any termijn)."""
    codes: set[str] = set()
    open_ = [anker]
    while open_:
        a = open_.pop()
        if a is None or type(a) in (Ziektedag, Ononderbroken, VasteDatum):
            continue
        if type(a) is NaTermijn:
            codes.add(a.termijn)
        elif type(a) is NaFeit:
            open_.append(a.anders)
        elif type(a) is NaMaanden:
            open_.append(a.anker)
        elif type(a) is Vroegste or type(a) is Laatste:
            open_.extend(a.ankers)
        else:
            return codes, False
    return codes, True


def _verwijzingen(regel: Regel) -> set[str]:
    """Codes of other termijnen a rule needs first."""
    nodig: set[str] = set()
    for anker in (regel.anker, regel.venster_vanaf):
        nodig |= termijnen_van_anker(anker)[0]
    for v in regel.verlengingen:
        if isinstance(v, VerlengingTeLaat):
            nodig.add(v.termijn)
        elif v.uiterlijk_op is not None:
            nodig.add(v.uiterlijk_op)
    if regel.herhaling is not None:
        nodig.add(regel.herhaling.tot)
    return nodig


def gelezen(groepen: Sequence[Sequence[Regel]]) -> set[str] | None:
    """Codes whose termijn some rule reads (``None``: maybe any, for an unusual anchor)."""
    codes: set[str] = set()
    for regel in (regel for groep in groepen for regel in groep):
        codes.update(v.termijn for v in regel.verlengingen if isinstance(v, VerlengingTeLaat))
        codes.update(
            v.uiterlijk_op
            for v in regel.verlengingen
            if isinstance(v, VerlengingWeken) and v.uiterlijk_op is not None
        )
        if regel.herhaling is not None:
            codes.add(regel.herhaling.tot)
        for anker in (regel.anker, regel.venster_vanaf):
            gevonden, bekend = termijnen_van_anker(anker)
            if not bekend:
                return None
            codes |= gevonden
    return codes


_VOORBEREID: dict[int, tuple[Sequence[Regel], tuple[tuple[Regel, ...], ...]]] = {}


def voorbereid(regels: Sequence[Regel]) -> tuple[tuple[Regel, ...], ...]:
    """Group *regels* by code and order the groups so every reference comes first.

    Raises :class:`RuleSetError` for a reference to an unknown code or a cycle.
    The result is cached per rule-set object.
    """
    vast = isinstance(regels, tuple)  # a list may change between calls: no cache
    cached = _VOORBEREID.get(id(regels)) if vast else None
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
    if vast:
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


@gecontroleerd
def evalueer(
    traject: Traject,
    geval: Ziektegeval,
    regels: Sequence[Regel],
    kalender: Kalender,
    peildatum: _dt.date | None = None,
) -> list[Uitslag]:
    """Evaluate a rule set for one case; the results in rule-set dependency order."""
    # The rule set is compiled into steps by reintegratie.regels.tijdlijn (see there),
    # which imports this module; so it is imported here, on first use.
    from reintegratie.regels.tijdlijn import uitslagen_van

    return uitslagen_van(traject, geval, regels, kalender, peildatum)


def uitgesloten_door(
    voorwaarde: ZonderFeit,
    feiten: Mapping[str, Sequence[tuple[_dt.date, object]]],
    uiterlijk: _dt.date,
) -> tuple[str, _dt.date] | None:
    """The fact (code and date) by which *voorwaarde* makes a termijn due on *uiterlijk*
    not apply, or ``None``: the latest fact of ``feiten`` on or before the day judged, not
    followed by one of ``tenzij`` by then. The day judged is the due date, or the first
    date of the fact ``op`` when that is recorded.

    >>> from datetime import date
    >>> z = ZonderFeit(("verzoek_reintegratie",), "runs", tenzij=("einde_reintegratietraject",))
    >>> uitgesloten_door(z, {"verzoek_reintegratie": [(date(2026, 3, 2), None)]},
    ...                  date(2026, 3, 2))
    ('verzoek_reintegratie', datetime.date(2026, 3, 2))
    """
    peil = uiterlijk
    if voorwaarde.op is not None:
        reeks = feiten.get(voorwaarde.op)
        if reeks:
            peil = reeks[0][0]
    laatst: tuple[str, _dt.date] | None = None
    for code in voorwaarde.feiten:
        for dag, _ in feiten.get(code, ()):
            if dag <= peil and (laatst is None or dag > laatst[1]):
                laatst = (code, dag)
    if laatst is None:
        return None
    for code in voorwaarde.tenzij:
        for dag, _ in feiten.get(code, ()):
            if laatst[1] < dag <= peil:
                return None
    return laatst


def toelichting_van(voorwaarde: ZonderFeit, door: tuple[str, _dt.date]) -> str:
    """*voorwaarde*'s ``toelichting`` with ``{feit}`` and ``{datum}`` filled in from the
    fact *door* that makes it hold."""
    return voorwaarde.toelichting.replace("{feit}", door[0]).replace("{datum}", door[1].isoformat())


_VOLGENDE_WERKDAG = Verschuiving.VOLGENDE_WERKDAG
_DEADLINE = Termijnsoort.DEADLINE
_OPEN, _GEHAALD, _TE_LAAT, _GEMIST = Status.OPEN, Status.GEHAALD, Status.TE_LAAT, Status.GEMIST
_VERVALLEN, _NVT, _BEREIKT = Status.VERVALLEN, Status.NIET_VAN_TOEPASSING, Status.BEREIKT
_HERSTELD = "the employee recovered (last sick day {})"
UIT_DIENST = "the employment ended (last day {}); the former employer's duty lapsed"
EINDIGT_UIT_DIENST = "ends with the employment (last day {})"


class Context:
    """The state of one evaluation: the facts of the case and the termijnen so far.

    Its methods are the general rules for anchors and statuses. The compiled steps of
    :mod:`reintegratie.regels.tijdlijn` inline the common cases and leave the rest
    (and every error) to these. Internal: not part of the public API.
    """

    __slots__ = (
        "extra",
        "feiten",
        "geval",
        "grens",
        "hersteld",
        "klaar",
        "laatste",
        "peildatum",
        "termijnen",
        "uit_dienst",
        "werkdag",
        "x",
    )

    VOOR_HERSTEL = "the employee recovered before this date"

    def __init__(
        self,
        geval: Ziektegeval,
        feiten: Mapping[str, Sequence[tuple[_dt.date, object]]],
        kalender: Kalender,
        peildatum: _dt.date | None,
    ) -> None:
        self.geval = geval
        self.feiten = feiten
        self.werkdag = kalender.werkdag_op_of_na
        self.peildatum = peildatum
        self.laatste = geval.laatste_dag
        # Sick day k > grens is on ordinal x + k (it falls in the last period; with one
        # period, grens is 0). Earlier sick days: Ziektegeval.datum_van_ziektedag.
        self.grens, self.x = geval._staart
        self.klaar: dict[str, Termijn] = {}
        """The termijn per code that later rules read (the first, for a recurring one)."""
        self.termijnen: list[Termijn] = []
        self.extra: list[tuple[Regel, object | None]] = []
        """The rule and the completing fact of each termijn, when the caller asks for them."""
        self.hersteld = ""
        """Why a termijn after recovery lapsed (see :meth:`herstel`)."""
        reeks = feiten.get("einde_dienstverband")
        uit = reeks[0][0] if reeks else None
        if uit is not None and self.laatste is not None and self.laatste < uit:
            uit = None  # recovered before the end: the recovery rules govern
        self.uit_dienst: _dt.date | None = uit
        """The last day of the employment, when it ended (by the peildatum) before the
        employee recovered; ``None`` otherwise."""

    def anker(self, anker: Anker) -> _dt.date:
        """The date *anker* gives in this case."""
        soort = type(anker)
        if soort is Ziektedag:
            return self.geval.datum_van_ziektedag(anker.dag)  # type: ignore[union-attr]
        if soort is Ononderbroken:
            assert isinstance(anker, Ononderbroken)
            return self.ononderbroken_vanaf(anker.max_fitdagen) + _dt.timedelta(days=anker.dag - 1)
        if soort is NaMaanden:
            assert isinstance(anker, NaMaanden)
            dag: _dt.date = self.anker(anker.anker) + relativedelta(months=anker.maanden)
            return dag + _dt.timedelta(days=anker.dagen) if anker.dagen else dag
        if soort is VasteDatum:
            assert isinstance(anker, VasteDatum)
            return anker.datum
        if soort is Vroegste:
            assert isinstance(anker, Vroegste)
            datums = [d for a in anker.ankers if (d := self.anker_of_niets(a)) is not None]
            if not datums:
                raise RuleSetError(
                    "none of the anchors of Vroegste can be dated here (no fact recorded "
                    "and no fallback anchor given)"
                )
            return min(datums)
        if soort is Laatste:
            assert isinstance(anker, Laatste)
            datums = [d for a in anker.ankers if (d := self.anker_of_niets(a)) is not None]
            if not datums:
                raise RuleSetError(
                    "none of the anchors of Laatste can be dated here (no fact recorded "
                    "and no fallback anchor given)"
                )
            return max(datums)
        if soort is NaTermijn:
            assert isinstance(anker, NaTermijn)
            basis = self.klaar.get(anker.termijn)
            if basis is None:
                raise RuleSetError(
                    f"termijn {anker.termijn!r} has no date here (no rule variant in force)"
                )
            return basis.uiterlijk + _dt.timedelta(days=anker.dagen)
        assert isinstance(anker, NaFeit)
        reeks = self.feiten.get(anker.feit)
        if reeks:
            return reeks[0][0] + _dt.timedelta(days=anker.dagen)
        if anker.anders is None:
            raise RuleSetError(f"no fact {anker.feit!r} recorded and no fallback anchor given")
        return self.anker(anker.anders)

    def anker_of_niets(self, anker: Anker) -> _dt.date | None:
        """The date of *anker*, or ``None`` when it counts from a fact that is not recorded
        and has no fallback (for :class:`~reintegratie.regels.model.Vroegste`)."""
        kern = anker.anker if type(anker) is NaMaanden else anker
        if type(kern) is NaFeit and kern.anders is None and not self.feiten.get(kern.feit):
            return None
        if type(anker) is VasteDatum:
            return self.vaste_datum(anker)
        return self.anker(anker)

    def vaste_datum(self, anker: VasteDatum) -> _dt.date | None:
        """The date of *anker* inside :class:`~reintegratie.regels.model.Laatste` or
        :class:`~reintegratie.regels.model.Vroegste`: ``None`` (passed over) when the
        case's sickness ended before it."""
        if self.laatste is not None and self.laatste < anker.datum:
            return None
        return anker.datum

    def ononderbroken_vanaf(self, max_fitdagen: int) -> _dt.date:
        """The first day of the latest uninterrupted incapacity of the case: periods with at
        most *max_fitdagen* fit days between them count as one."""
        perioden = self.geval.perioden
        begin = perioden[-1].eerste_dag
        for i in range(len(perioden) - 1, 0, -1):
            vorige = perioden[i - 1].laatste_dag
            assert vorige is not None  # only the last period is open
            if (perioden[i].eerste_dag - vorige).days - 1 > max_fitdagen:
                break
            begin = perioden[i - 1].eerste_dag
        return begin

    def herstel(self) -> str:
        """Why a deadline after recovery lapsed (formatted once per case)."""
        if not self.hersteld:
            assert self.laatste is not None
            self.hersteld = _HERSTELD.format(self.laatste.isoformat())  # str() of a date
        return self.hersteld

    def na_uit_dienst(self, uiterlijk: _dt.date) -> tuple[Status, str]:
        """The status of an employer's termijn due after the last day of employment (which
        came before any recovery): lapsed, and why."""
        uit = self.uit_dienst
        assert uit is not None
        return _VERVALLEN, UIT_DIENST.format(uit.isoformat())

    def verleng_weken(self, v: VerlengingWeken, dag: _dt.date, redenen: list[str]) -> _dt.date:
        """*dag* extended by the weeks of the facts ``v.feit``; notes why in *redenen*."""
        if v.uiterlijk_op is not None:
            self._uiterlijk_op(v)
        feiten = [(d, f) for d, f in self.feiten.get(v.feit, ()) if v.geldig_op(d)]
        verkort = (
            [(d, f) for d, f in self.feiten.get(v.verkorting, ()) if v.geldig_op(d)]
            if v.verkorting
            else []
        )
        weken = sum(int(getattr(f, "weken", 0)) for _, f in feiten)
        minder = sum(int(getattr(f, "weken", 0)) for _, f in verkort)
        if v.minimum_na_verzoek:
            self._na_verzoek(v, dag, sorted(feiten + verkort, key=_DATUM))
        if minder:
            if minder > weken:
                raise ValidationError(
                    f"{v.verkorting}.weken",
                    f"shortened by {minder} weeks in total, but only {weken} weeks of "
                    f"{v.feit} are recorded",
                )
            weken -= minder
            redenen.append(f"-{minder} weeks: {v.verkorting}")
        if not weken:
            return dag
        if v.maximum_weken is not None and weken > v.maximum_weken:
            redenen.append(f"{v.feit}: {weken} weeks recorded, at most {v.maximum_weken}")
            weken = v.maximum_weken
        nieuw = dag + _dt.timedelta(days=7 * weken)
        redenen.append(f"+{weken} weeks: {v.feit}")
        bekort = self.feiten.get(v.bekorting) if v.bekorting else None
        if bekort:
            eind = bekort[0][0] + _dt.timedelta(days=v.bekorting_dagen)
            if eind < nieuw:
                nieuw = max(dag, eind)
                redenen.append(f"ended {v.bekorting_dagen} days after {v.bekorting}")
        return nieuw

    def _uiterlijk_op(self, v: VerlengingWeken) -> None:
        """Raise when a fact of ``v.feit`` is dated after the termijn ``v.uiterlijk_op``."""
        assert v.uiterlijk_op is not None
        grens = self.klaar.get(v.uiterlijk_op)
        if grens is None:
            raise RuleSetError(f"termijn {v.uiterlijk_op!r} has no date here")
        for d, _ in self.feiten.get(v.feit, ()):
            if d > grens.uiterlijk:
                raise ValidationError(
                    f"{v.feit}.datum",
                    f"{d.isoformat()} lies after {v.uiterlijk_op} ({grens.uiterlijk.isoformat()}): "
                    f"it can only be imposed before then (WIA art. 25 lid 11)",
                )

    def _na_verzoek(
        self, v: VerlengingWeken, dag: _dt.date, wijzigingen: list[tuple[_dt.date, object]]
    ) -> None:
        """Raise when a change leaves the date less than ``v.minimum_na_verzoek`` days after
        its request (WIA art. 24 lid 3)."""
        weken = 0
        for d, f in wijzigingen:
            delta = int(getattr(f, "weken", 0))
            weken += -delta if getattr(f, "code", None) == v.verkorting else delta
            verzoek = getattr(f, "verzoek", None) or d
            eind = dag + _dt.timedelta(days=7 * weken)
            if eind < verzoek + _dt.timedelta(days=v.minimum_na_verzoek):
                raise ValidationError(
                    f"{getattr(f, 'code', v.feit)}.weken",
                    f"the change requested on {verzoek.isoformat()} would end the period on "
                    f"{eind.isoformat()}, less than {v.minimum_na_verzoek} days after the "
                    f"request (WIA art. 24 lid 3)",
                )

    def zonder_feit(self, voorwaarde: ZonderFeit, uiterlijk: _dt.date) -> bool:
        """Whether *voorwaarde* makes a termijn due on *uiterlijk* not apply (see
        :func:`uitgesloten_door`)."""
        return uitgesloten_door(voorwaarde, self.feiten, uiterlijk) is not None

    def status(
        self, regel: Regel, uiterlijk: _dt.date, vanaf: _dt.date | None
    ) -> tuple[Status, str]:
        """The status of a termijn nobody completed, and why."""
        laatste = self.laatste
        peildatum = self.peildatum
        zonder = uitsluiting_van(regel.voorwaarde)
        if zonder is not None:
            door = uitgesloten_door(zonder, self.feiten, uiterlijk)
            if door is not None:
                return _NVT, toelichting_van(zonder, door)
        if regel.soort is not _DEADLINE:
            if laatste is not None and uiterlijk > laatste:
                return _VERVALLEN, self.VOOR_HERSTEL
            if peildatum is not None and uiterlijk <= peildatum:
                return _BEREIKT, ""
            return _OPEN, ""
        if (
            laatste is not None
            and uiterlijk > laatste  # recovered before it fell due (also inside a window)
            and (peildatum is None or laatste < peildatum)
        ):
            return _VERVALLEN, self.herstel()
        if peildatum is not None and uiterlijk < peildatum:
            return _GEMIST, ""
        return _OPEN, ""

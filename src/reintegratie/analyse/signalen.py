"""Signals for a peildatum: what falls due soon, what is overdue, what lapsed; per role.

A signal is one termijn of a traject's timeline (its latest case of sickness, as
:func:`~reintegratie.tijdlijn` gives it) that needs attention on the peildatum:

* ``binnenkort``: not done, due from the peildatum up to *binnen_dagen* after it
  (deadlines, and moments such as the end of the wachttijd);
* ``te_laat``: a deadline not done by its date, which lies before the peildatum
  (status ``gemist``);
* ``vervallen``: a deadline that would have fallen due within the same window but
  lapsed because the employee recovered (off the agenda).

Cases that ended longer ago than the window are left out unless asked for.

:func:`frequent_verzuim` is a signal of another kind: an employee who reported sick
often in a short time (policy, not law; see there).

The agreements of driegesprekken are signalled the same way, for every kind of trajectory
(code ``afspraak``): ``binnenkort`` when open and due in the window, ``te_laat`` when open
after their due date; the owner is the person (``personen``), holding the roles
``verantwoordelijk`` on the due date; ``volgnummer`` is the number of the driegesprek.

>>> from datetime import date
>>> import reintegratie as ri
>>> from reintegratie.testing.factories import maak_traject
>>> t = maak_traject(date(2025, 10, 1), op_tijd={"ziekmelding": True}, id="T-1")
>>> for s in signalen([t], date(2025, 11, 6), binnen_dagen=7):
...     print(s.soort.value, s.code, s.uiterlijk, s.dagen, [r.value for r in s.verantwoordelijk])
te_laat melding_bedrijfsarts 2025-10-07 -30 ['werkgever']
binnenkort probleemanalyse 2025-11-11 5 ['bedrijfsarts', 'werkgever']

A casemanager's own list: the steps the role does (R) or answers for, is consulted or
informed on (any RACI letter asked), with the people who fill it:

>>> from reintegratie.rolverdeling import Raci
>>> [(s.code, s.personen) for s in signalen([t], date(2025, 11, 6), rol=ri.Rol.CASEMANAGER,
...                                          raci=tuple(Raci))]
[('probleemanalyse', ('CM-1',))]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import _kort, controleer_datum
from reintegratie.errors import ValidationError
from reintegratie.kalender import Kalender
from reintegratie.regels import Regel, Status, Telwijze, Termijnsoort, uitslagen
from reintegratie.rollen import Rol
from reintegratie.rolverdeling import Raci, rolhouders
from reintegratie.rolverdeling import raci as _raci
from reintegratie.traject import Traject

__all__ = [
    "FREQUENT_MAANDEN",
    "FREQUENT_MELDINGEN",
    "FrequentVerzuim",
    "Signaal",
    "Signaalsoort",
    "Signalen",
    "frequent_verzuim",
    "signalen",
]

_Houders = dict[Rol, tuple[str, ...]]


class Signaalsoort(enum.Enum):
    """Why a termijn is signalled."""

    BINNENKORT = "binnenkort"
    """Due within the window (from the peildatum on) and not done."""
    TE_LAAT = "te_laat"
    """Overdue: a deadline before the peildatum, not done."""
    VERVALLEN = "vervallen"
    """Lapsed within the window: the employee recovered before it fell due."""


@attrs.frozen
class Signaal:
    """One signalled termijn of one traject.

    ``traject`` is :attr:`Traject.id <reintegratie.traject.Traject.id>` (``None`` when
    the traject has none; ``werknemer`` identifies it then). ``dagen`` is the number
    of days from the peildatum to ``uiterlijk`` (negative: overdue by that many).
    ``verantwoordelijk`` are the roles that do the step (RACI "R", from the rule);
    ``personen`` are the ids that fill the roles asked for (see :func:`signalen`).
    """

    soort: Signaalsoort
    traject: str | None
    werknemer: str
    werkgever: str | None
    code: str
    omschrijving: str
    uiterlijk: _dt.date
    status: Status
    termijnsoort: Termijnsoort
    dagen: int
    volgnummer: int
    verantwoordelijk: tuple[Rol, ...]
    personen: tuple[str, ...]


def _raci_van(regel: Regel) -> dict[Raci, tuple[Rol, ...]]:
    return dict(_raci(regel))


@gecontroleerd
def signalen(
    trajecten: Iterable[Traject],
    peildatum: _dt.date,
    binnen_dagen: int = 7,
    rol: Rol | None = None,
    *,
    raci: Iterable[Raci] = (Raci.VERANTWOORDELIJK,),
    persoon: str | None = None,
    soorten: Iterable[Signaalsoort] = tuple(Signaalsoort),
    afgesloten: bool = False,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> Signalen:
    """The signals of *trajecten* on *peildatum*, by due date (then in caseload order).

    *binnen_dagen* sets the window ``[peildatum, peildatum + binnen_dagen]``. With *rol*,
    only termijnen where that role holds one of the *raci* letters (default: R, the
    roles that do the step) are kept; ``personen`` then lists who fills *rol* in the
    traject, else who fills the R roles. With *persoon*, only rows where that id is
    among ``personen``: a casemanager's own list is
    ``signalen(cl, dag, rol=Rol.CASEMANAGER, raci=tuple(Raci), persoon="CM-1")``.
    *soorten* limits the kinds. Cases that ended (last sick day) more than *binnen_dagen*
    before the peildatum are left out, as their missed steps need no action any more,
    unless *afgesloten* is true. *regels*, *kalender* and *telwijze* are as for
    :func:`~reintegratie.tijdlijn`.

    .. versionadded:: 0.1.0
    """
    controleer_datum("peildatum", peildatum)
    if isinstance(binnen_dagen, bool) or not isinstance(binnen_dagen, int) or binnen_dagen < 0:
        raise ValidationError("binnen_dagen", f"expected a whole number >= 0, got {binnen_dagen!r}")
    if rol is not None and not isinstance(rol, Rol):
        raise ValidationError("rol", f"expected a Rol, got {rol!r}")
    letters = frozenset(raci)
    gevraagd = frozenset(soorten)
    try:
        einde = peildatum + _dt.timedelta(days=binnen_dagen)
        oud = peildatum - _dt.timedelta(days=binnen_dagen)
    except OverflowError:
        raise ValidationError(
            "binnen_dagen",
            f"the window of {_kort(binnen_dagen)} days around {peildatum} leaves the calendar",
        ) from None
    rijen: list[tuple[_dt.date, int, Signaal]] = []
    for volgorde, traject in enumerate(trajecten):
        houders: _Houders = {}

        def wie(r: Rol, traject: Traject = traject, houders: _Houders = houders) -> tuple[str, ...]:
            if r not in houders:
                houders[r] = rolhouders(traject, r, peildatum)
            return houders[r]

        rijen += _afspraken(traject, volgorde, peildatum, einde, gevraagd, rol, letters, persoon)
        gevallen = traject.wettelijke_ziektegevallen
        if not gevallen:
            continue
        laatste = gevallen[-1].laatste_dag
        if not afgesloten and laatste is not None and laatste < oud:
            continue
        # The termijnen with the rule that set each: the RACI is the rule's.
        for u in uitslagen(
            traject, gevallen[-1], peildatum, regels=regels, kalender=kalender, telwijze=telwijze
        ):
            t = u.termijn
            soort = _soort(t.status, t.soort, t.uiterlijk, peildatum, einde)
            if soort is None or soort not in gevraagd:
                continue
            if rol is not None:
                raci_van = _raci_van(u.regel)
                if not any(rol in raci_van[letter] for letter in letters):
                    continue
                personen = wie(rol)
            else:
                personen = tuple(dict.fromkeys(p for r in t.verantwoordelijk for p in wie(r)))
            if persoon is not None and persoon not in personen:
                continue
            signaal = Signaal(
                soort=soort,
                traject=traject.id,
                werknemer=traject.werknemer,
                werkgever=traject.werkgever,
                code=t.code,
                omschrijving=t.omschrijving,
                uiterlijk=t.uiterlijk,
                status=t.status,
                termijnsoort=t.soort,
                dagen=(t.uiterlijk - peildatum).days,
                volgnummer=t.volgnummer,
                verantwoordelijk=t.verantwoordelijk,
                personen=personen,
            )
            rijen.append((t.uiterlijk, volgorde, signaal))
    rijen.sort(key=lambda r: (r[0], r[1]))  # stable: a traject's termijnen keep rule order
    return Signalen(s for _, _, s in rijen)


class Signalen(tuple[Signaal, ...]):
    """The signals of :func:`signalen`: a tuple, with a short ``repr``, an HTML display
    and :meth:`to_frame`."""

    __slots__ = ()

    def __new__(cls, iterable: Iterable[Signaal] = ()) -> Signalen:
        if not isinstance(iterable, Iterable) or isinstance(iterable, str | bytes):
            raise ValidationError(
                "Signalen.iterable", f"expected signals, got {type(iterable).__name__}"
            )
        rij = super().__new__(cls, iterable)
        for i, s in enumerate(rij):
            if not isinstance(s, Signaal):
                raise ValidationError(
                    f"Signalen.iterable[{i}]", f"expected a Signaal, got {type(s).__name__}"
                )
        return rij

    def __repr__(self) -> str:
        from reintegratie.analyse.weergave import signalen_repr

        return signalen_repr(self)

    def _repr_html_(self) -> str:
        from reintegratie.analyse.weergave import signalen_html

        return signalen_html(self)

    def to_frame(self, backend: str = "pandas") -> Any:
        """One row per signal (see :func:`~reintegratie.analyse.weergave.signalen_frame`)."""
        from reintegratie.analyse.weergave import signalen_frame

        return signalen_frame(self, backend)


def _soort(
    status: Status,
    termijnsoort: Termijnsoort,
    uiterlijk: _dt.date,
    peildatum: _dt.date,
    einde: _dt.date,
) -> Signaalsoort | None:
    if status is Status.GEMIST:
        return Signaalsoort.TE_LAAT
    binnen = peildatum <= uiterlijk <= einde
    if status is Status.OPEN and binnen and termijnsoort is not Termijnsoort.INFORMATIEF:
        return Signaalsoort.BINNENKORT
    if status is Status.VERVALLEN and binnen and termijnsoort is Termijnsoort.DEADLINE:
        return Signaalsoort.VERVALLEN
    return None


# --- frequent absence -----------------------------------------------------------------

#: Default of :func:`frequent_verzuim`: this many sick reports ...
FREQUENT_MELDINGEN = 3
#: ... within this many calendar months.
FREQUENT_MAANDEN = 12


@attrs.frozen
class FrequentVerzuim:
    """An employee who reported sick at least ``drempel`` times in the window
    ``(vanaf, peildatum]``: the first sick days of those reports, in order."""

    werknemer: str
    werkgever: str | None
    """``None`` for a trajectory without an employer (e.g. a jobseeker's)."""
    vanaf: _dt.date
    """The window starts the day after this date (the peildatum minus the months)."""
    peildatum: _dt.date
    meldingen: tuple[_dt.date, ...]
    drempel: int

    @property
    def aantal(self) -> int:
        """The number of sick reports in the window."""
        return len(self.meldingen)


@gecontroleerd
def frequent_verzuim(
    trajecten: Iterable[Traject],
    peildatum: _dt.date,
    *,
    meldingen: int = FREQUENT_MELDINGEN,
    maanden: int = FREQUENT_MAANDEN,
) -> tuple[FrequentVerzuim, ...]:
    """Employees with at least *meldingen* sick reports within *maanden* months before (and
    on) *peildatum*: the frequent-absence signal.

    No statute defines frequent absence: it is policy, so both numbers are parameters.
    The default, **3 reports within 12 months**, is the one occupational health services
    name (basisarbodienst.nl: "Wanneer iemand zich minimaal drie keer in 12 maanden
    ziekmeldt, spreken we van frequent verzuim"; sazas.nl likewise). Another reading,
    "vaker dan drie keer per jaar" (ned-personeel.nl), is ``meldingen=4``.

    A report is a sickness period (its first sick day), also when samentelling adds it to
    an earlier one: the signal counts how often someone reports sick, not cases. The
    window is ``(peildatum - maanden, peildatum]`` in calendar months (policy, not sick
    time). The periods of every traject of the same employee (werkgever and werknemer)
    are counted together, each first sick day once. Results follow the order in which
    employees first appear.

    >>> from datetime import date
    >>> import reintegratie as ri
    >>> p = ri.Ziekteperiode
    >>> t = ri.Traject(werknemer="W-1", werkgever="WG", ziekteperioden=(
    ...     p(eerste_dag=date(2025, 1, 6), laatste_dag=date(2025, 1, 8)),
    ...     p(eerste_dag=date(2025, 5, 12), laatste_dag=date(2025, 5, 13)),
    ...     p(eerste_dag=date(2025, 11, 3), laatste_dag=date(2025, 11, 4))))
    >>> [s.aantal for s in frequent_verzuim([t], date(2025, 12, 1))]
    [3]
    >>> frequent_verzuim([t], date(2026, 1, 6))   # 6 Jan 2025 falls out of the window
    ()
    """
    controleer_datum("peildatum", peildatum)
    for naam, waarde in (("meldingen", meldingen), ("maanden", maanden)):
        if isinstance(waarde, bool) or not isinstance(waarde, int) or waarde < 1:
            raise ValidationError(naam, f"expected a whole number >= 1, got {waarde!r}")
    try:
        vanaf = peildatum - relativedelta(months=maanden)
    except (OverflowError, ValueError):
        raise ValidationError(
            "maanden", f"{_kort(maanden)} months before {peildatum} is before the calendar"
        ) from None
    per: dict[tuple[str | None, str], set[_dt.date]] = {}
    for traject in trajecten:
        dagen = per.setdefault((traject.werkgever, traject.werknemer), set())
        dagen.update(
            p.eerste_dag for p in traject.ziekteperioden if vanaf < p.eerste_dag <= peildatum
        )
    return tuple(
        FrequentVerzuim(
            werknemer=werknemer,
            werkgever=werkgever,
            vanaf=vanaf,
            peildatum=peildatum,
            meldingen=tuple(sorted(dagen)),
            drempel=meldingen,
        )
        for (werkgever, werknemer), dagen in per.items()
        if len(dagen) >= meldingen
    )


def _afspraken(
    traject: Traject,
    volgorde: int,
    peildatum: _dt.date,
    einde: _dt.date,
    gevraagd: frozenset[Signaalsoort],
    rol: Rol | None,
    letters: frozenset[Raci],
    persoon: str | None,
) -> list[tuple[_dt.date, int, Signaal]]:
    """The open agreements of *traject* due in the window or overdue; the owner does them."""
    if rol is not None and Raci.VERANTWOORDELIJK not in letters:
        return []
    rijen = []
    for nummer, gesprek in enumerate(traject.driegesprekken, start=1):
        if gesprek.datum > peildatum:
            break
        for afspraak in gesprek.afspraken:
            dag = afspraak.uiterlijk
            if dag is None or not afspraak.open_op(peildatum):
                continue
            if dag < peildatum:
                soort = Signaalsoort.TE_LAAT
            elif dag <= einde:
                soort = Signaalsoort.BINNENKORT
            else:
                continue
            if soort not in gevraagd or (persoon is not None and afspraak.wie != persoon):
                continue
            if afspraak.wie == traject.werknemer:
                rollen: tuple[Rol, ...] = (Rol.WERKNEMER,)
            else:
                houder = traject.betrokkene(afspraak.wie)
                rollen = tuple(r for r in Rol if r in houder.rollen_op(dag))
            if rol is not None and rol not in rollen:
                continue
            signaal = Signaal(
                soort=soort,
                traject=traject.id,
                werknemer=traject.werknemer,
                werkgever=traject.werkgever,
                code="afspraak",
                omschrijving=afspraak.wat,
                uiterlijk=dag,
                status=Status.GEMIST if soort is Signaalsoort.TE_LAAT else Status.OPEN,
                termijnsoort=Termijnsoort.DEADLINE,
                dagen=(dag - peildatum).days,
                volgnummer=nummer,
                verantwoordelijk=rollen,
                personen=(afspraak.wie,),
            )
            rijen.append((dag, volgorde, signaal))
    return rijen

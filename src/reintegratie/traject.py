"""The Traject: one employee's re-integration trajectory with everything in it.

A Traject holds opaque ids (no names), its sickness and leave periods (none
for preventive career guidance, as in-house career centres and Flemish
loopbaancheques offer it), sporen, driegesprekken, goals, activities,
recorded events, the people involved and the outcome.
It is immutable: every change returns a new Traject.

>>> from datetime import date
>>> from reintegratie.verzuim import Ziekteperiode
>>> from reintegratie.gebeurtenissen import Probleemanalyse
>>> t = Traject(werknemer="W-001", werkgever="OMO",
...             ziekteperioden=(Ziekteperiode(eerste_dag=date(2025, 10, 1)),))
>>> t2 = t.met_gebeurtenis(Probleemanalyse(datum=date(2025, 11, 5)))
>>> len(t.gebeurtenissen), len(t2.gebeurtenissen)
(0, 1)
>>> t.met_gebeurtenis(Probleemanalyse(datum=date(2025, 9, 1)))  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
reintegratie.errors.ValidationError: Traject.gebeurtenissen[0].datum: probleemanalyse on ...

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import datetime as _dt
import enum
import operator
from collections.abc import Iterator
from typing import NoReturn

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import (
    bereik,
    datum,
    enum_van,
    optioneel,
    tekst,
    tuple_van,
)
from reintegratie.activiteiten import Activiteit, Groepsprogramma, Nazorg, Werkervaringsplaats
from reintegratie.doelen import Leerdoel, Prestatiedoel
from reintegratie.errors import NotFoundError, ValidationError
from reintegratie.gebeurtenissen import (
    GEBEURTENISSOORTEN,
    EindeDienstverband,
    Gebeurtenis,
    Herstelmelding,
    PlanVanAanpak,
)
from reintegratie.gesprek import Driegesprek
from reintegratie.loopbaancheques import GebruikteLoopbaancheque
from reintegratie.rollen import Betrokkene
from reintegratie.spoor import Spoor
from reintegratie.trajectsoort import Initiatief, Trajectsoort
from reintegratie.uitkomst import Uitkomst, Uitkomstsoort
from reintegratie.verzuim import (
    Verlofperiode,
    Ziektegeval,
    Ziekteperiode,
    _controleer_perioden,
    _samentellen_ongecontroleerd,
)

__all__ = ["Belastbaarheid", "Jurisdictie", "Traject", "Uitkomst", "Uitkomstsoort"]
# Uitkomst and Uitkomstsoort live in reintegratie.uitkomst; re-exported for older imports.


class Jurisdictie(enum.Enum):
    """Whose law governs the traject: which rule set :func:`reintegratie.tijdlijn` and
    :func:`reintegratie.toets` apply when no ``regels`` are given."""

    NL = "nl"
    """The Netherlands: the Wet verbetering poortwachter (the default)."""
    VL = "vl"
    """Flanders (Belgium): the re-integratietraject of the Codex welzijn op het werk, book I
    title 4 chapter VI, from 1 Oct 2022."""


@attrs.frozen
class Belastbaarheid:
    """Functional limitations and possibilities, as the bedrijfsarts reports them to the
    employer: never a diagnosis (AVG art. 9; see docs/rollen.md)."""

    datum: _dt.date = attrs.field(validator=datum)
    beperkingen: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_van(str, tekst_elementen=True)
    )
    mogelijkheden: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_van(str, tekst_elementen=True)
    )
    verwachte_duur_weken: int | None = attrs.field(default=None, validator=optioneel(bereik(0)))


_GEBEURTENISTYPEN = tuple(GEBEURTENISSOORTEN.values())


def _datums_op_volgorde(veld: str, datums: list[_dt.date]) -> None:
    if all(map(operator.le, datums, datums[1:])):  # in order: the common case, in C
        return
    for i in range(1, len(datums)):
        if datums[i] < datums[i - 1]:
            raise ValidationError(
                f"{veld}[{i}]", f"must be in date order: {datums[i]} precedes {datums[i - 1]}"
            )


@attrs.frozen
class Traject:
    """One employee's re-integration trajectory.

    ``werknemer`` and ``werkgever`` are opaque ids; ``werkgever`` is ``None`` where
    there is no employer (a jobseeker, the self-employed, a WIA client without one),
    which only sick-leave re-integration does not allow. ``soort`` says what kind of
    guidance it is and so which rule sets apply (:attr:`trajectsoort`). ``gebeurtenissen``,
    ``driegesprekken`` and ``ziekteperioden`` are in date order. Every id that
    something refers to (a casemanager in the plan van aanpak, a provider, a
    participant) must be the employee or one of ``betrokkenen``. ``jurisdictie`` selects
    the rule set (Dutch by default; Flemish for a Belgian re-integratietraject).
    """

    werknemer: str = attrs.field(validator=tekst)
    werkgever: str | None = attrs.field(default=None, validator=optioneel(tekst))
    id: str | None = attrs.field(default=None, validator=optioneel(tekst))
    ziekteperioden: tuple[Ziekteperiode, ...] = attrs.field(
        default=(), validator=tuple_van(Ziekteperiode)
    )
    verlofperioden: tuple[Verlofperiode, ...] = attrs.field(
        default=(), validator=tuple_van(Verlofperiode)
    )
    gebeurtenissen: tuple[Gebeurtenis, ...] = attrs.field(
        default=(), validator=tuple_van(*_GEBEURTENISTYPEN)
    )
    betrokkenen: tuple[Betrokkene, ...] = attrs.field(default=(), validator=tuple_van(Betrokkene))
    sporen: tuple[Spoor, ...] = attrs.field(default=(), validator=tuple_van(Spoor))
    driegesprekken: tuple[Driegesprek, ...] = attrs.field(
        default=(), validator=tuple_van(Driegesprek)
    )
    doelen: tuple[Leerdoel | Prestatiedoel, ...] = attrs.field(
        default=(), validator=tuple_van(Leerdoel, Prestatiedoel)
    )
    activiteiten: tuple[Activiteit, ...] = attrs.field(default=(), validator=tuple_van(Activiteit))
    groepsprogrammas: tuple[Groepsprogramma, ...] = attrs.field(
        default=(), validator=tuple_van(Groepsprogramma)
    )
    nazorg: tuple[Nazorg, ...] = attrs.field(default=(), validator=tuple_van(Nazorg))
    werkervaringsplaatsen: tuple[Werkervaringsplaats, ...] = attrs.field(
        default=(), validator=tuple_van(Werkervaringsplaats)
    )
    """Werkervaringsplaatsen, detacheringen and stages with their graded build-up, in
    any kind of trajectory."""
    belastbaarheid: tuple[Belastbaarheid, ...] = attrs.field(
        default=(), validator=tuple_van(Belastbaarheid)
    )
    uitkomsten: tuple[Uitkomst, ...] = attrs.field(default=(), validator=tuple_van(Uitkomst))
    """The outcomes, in date order: one trajectory may end in several (a new job and the
    WIA; employment ended by mutual consent and work elsewhere)."""
    soort: Trajectsoort | None = attrs.field(
        default=None, validator=optioneel(enum_van(Trajectsoort))
    )
    """The kind of guidance; ``None`` derives it (:attr:`trajectsoort`)."""
    initiatief: Initiatief | None = attrs.field(
        default=None, validator=optioneel(enum_van(Initiatief))
    )
    """Who started the trajectory; ``None`` when not recorded."""
    jurisdictie: Jurisdictie = attrs.field(default=Jurisdictie.NL, validator=enum_van(Jurisdictie))
    """Whose rules apply (:class:`Jurisdictie`); Dutch unless said otherwise."""
    loopbaancheques: tuple[GebruikteLoopbaancheque, ...] = attrs.field(
        default=(), validator=tuple_van(GebruikteLoopbaancheque), kw_only=True
    )
    """Flemish loopbaancheques used in this trajectory of career guidance, each with the
    recognised career centre that gave it, in date order
    (:class:`~reintegratie.loopbaancheques.GebruikteLoopbaancheque`)."""

    _samentelling: tuple[Ziektegeval, ...] | None = attrs.field(
        init=False, default=None, eq=False, repr=False, hash=False
    )
    """The cases of sickness, computed on first use (:attr:`_gevallen`)."""
    _einde: _dt.date | None = attrs.field(init=False, eq=False, repr=False, hash=False)

    def __attrs_post_init__(self) -> None:
        # The periods are checked now (order, overlap, leave); the cases they form are
        # derived from them on first use, which cannot fail once this check has passed.
        try:
            _controleer_perioden(
                self.ziekteperioden, self.verlofperioden, "ziekteperioden", "verlofperioden"
            )
        except ValidationError as fout:
            raise ValidationError(f"Traject.{fout.field}", fout.reason) from None
        # The first case starts on the first period's first day.
        eerste = self.ziekteperioden[0].eerste_dag if self.ziekteperioden else None
        self._controleer_gebeurtenissen(eerste)
        self._controleer_verwijzingen()
        if self.driegesprekken:
            _datums_op_volgorde("Traject.driegesprekken", [d.datum for d in self.driegesprekken])
        if self.loopbaancheques:
            _datums_op_volgorde("Traject.loopbaancheques", [c.datum for c in self.loopbaancheques])
        _controleer_begeleiding(self)
        for i, spoor in enumerate(self.sporen):
            if eerste is None:
                raise ValidationError(
                    f"Traject.sporen[{i}]",
                    "a spoor is re-integration after sickness; the traject has no ziekteperioden",
                )
            if spoor.start < eerste:
                raise ValidationError(
                    f"Traject.sporen[{i}].start",
                    f"{spoor.start} precedes the first sick day {eerste}",
                )

    @property
    def _gevallen(self) -> tuple[Ziektegeval, ...]:
        """The cases of sickness (samentelling), computed once, on first use."""
        # getattr: a Traject pickled by an earlier release has no such slot set.
        gevallen = getattr(self, "_samentelling", None)
        if gevallen is None:
            gevallen = _samentellen_ongecontroleerd(self.ziekteperioden, self.verlofperioden)
            object.__setattr__(self, "_samentelling", gevallen)
        return gevallen

    def _controleer_gebeurtenissen(self, eerste: _dt.date | None) -> None:
        _datums_op_volgorde("Traject.gebeurtenissen", [g.datum for g in self.gebeurtenissen])
        einde: _dt.date | None = None
        for i, g in enumerate(self.gebeurtenissen):
            if type(g) is EindeDienstverband:
                if einde is not None:
                    raise ValidationError(
                        f"Traject.gebeurtenissen[{i}]",
                        f"a second einde_dienstverband ({g.datum}); the employment already "
                        f"ended on {einde}",
                    )
                einde = g.datum
            if g.kan_voor_ziekte:
                continue
            if eerste is None:
                raise ValidationError(
                    f"Traject.gebeurtenissen[{i}]",
                    f"{g.code} needs sickness, but the traject has no ziekteperioden",
                )
            if g.datum < eerste:
                raise ValidationError(
                    f"Traject.gebeurtenissen[{i}].datum",
                    f"{g.code} on {g.datum} precedes the first sick day {eerste}",
                )
            if type(g) is Herstelmelding:
                self._controleer_herstel(i, g.datum)
        object.__setattr__(self, "_einde", einde)

    def _controleer_herstel(self, i: int, dag: _dt.date) -> None:
        """A Herstelmelding on *dag* (the first fit day) agrees with the periods: one of them
        ends on the day before, and none covers *dag*."""
        eindigt = False
        for j, p in enumerate(self.ziekteperioden):
            if p.bevat(dag):
                raise ValidationError(
                    f"Traject.gebeurtenissen[{i}].datum",
                    f"herstelmelding on {dag} (the first fit day) contradicts "
                    f"Traject.ziekteperioden[{j}] ({p.eerste_dag}.."
                    f"{p.laatste_dag or 'open'}), which counts that day as sick",
                )
            if p.laatste_dag is not None and (dag - p.laatste_dag).days == 1:
                eindigt = True
        if not eindigt:
            raise ValidationError(
                f"Traject.gebeurtenissen[{i}].datum",
                f"herstelmelding on {dag} (the first fit day) needs a sickness period whose "
                f"laatste_dag is {dag - _dt.timedelta(days=1)}; no Traject.ziekteperioden "
                "entry ends then (end the period with met_herstel)",
            )

    def _controleer_verwijzingen(self) -> None:
        ids: set[str] = set()
        for i, b in enumerate(self.betrokkenen):
            if b.id == self.werknemer:
                raise ValidationError(
                    f"Traject.betrokkenen[{i}].id",
                    f"{b.id!r} is the employee; the employee is Traject.werknemer",
                )
            if b.id in ids:
                raise ValidationError(f"Traject.betrokkenen[{i}].id", f"duplicate id {b.id!r}")
            ids.add(b.id)
        personen = ids | {self.werknemer}

        def onbekend(veld: str, ref: str) -> NoReturn:
            raise ValidationError(veld, f"{ref!r} is not among Traject.betrokkenen")

        # The field's name is built only for an error: this runs for every traject read.
        for i, g in enumerate(self.gebeurtenissen):
            if isinstance(g, PlanVanAanpak):
                ref = g.casemanager
                if ref is not None and ref not in ids:
                    onbekend(f"Traject.gebeurtenissen[{i}].casemanager", ref)
        for i, s in enumerate(self.sporen):
            if s.aanbieder is not None and s.aanbieder not in ids:
                onbekend(f"Traject.sporen[{i}].aanbieder", s.aanbieder)
        for i, n in enumerate(self.nazorg):
            if n.aanbieder is not None and n.aanbieder not in ids:
                onbekend(f"Traject.nazorg[{i}].aanbieder", n.aanbieder)
        for i, d in enumerate(self.driegesprekken):
            for j, deelnemer in enumerate(d.deelnemers):
                if deelnemer not in personen:
                    onbekend(f"Traject.driegesprekken[{i}].deelnemers[{j}]", deelnemer)
        for i, groep in enumerate(self.groepsprogrammas):
            if self.werknemer not in groep.deelnemers:
                raise ValidationError(
                    f"Traject.groepsprogrammas[{i}].deelnemers",
                    f"the employee {self.werknemer!r} is not a participant",
                )

    # --- derived -----------------------------------------------------------------

    @property
    def trajectsoort(self) -> Trajectsoort:
        """The kind of guidance: :attr:`soort` when given, else derived from the facts:
        sick-leave re-integration when there is sickness, career guidance without.

        >>> Traject(werknemer="W-1").trajectsoort
        <Trajectsoort.LOOPBAANBEGELEIDING: 'loopbaanbegeleiding'>
        """
        if self.soort is not None:
            return self.soort
        if self.ziekteperioden:
            return Trajectsoort.VERZUIMBEGELEIDING
        return Trajectsoort.LOOPBAANBEGELEIDING

    @property
    def wettelijke_ziektegevallen(self) -> tuple[Ziektegeval, ...]:
        """The cases of sickness the sick-leave rule set applies to: all of them for
        sick-leave re-integration, none for any other kind
        (:attr:`Trajectsoort.ziekteverzuimregels`)."""
        return self._gevallen if self.trajectsoort.ziekteverzuimregels else ()

    @property
    def uitkomst(self) -> Uitkomst | None:
        """The latest outcome (``None`` without outcomes); all are in :attr:`uitkomsten`."""
        return self.uitkomsten[-1] if self.uitkomsten else None

    @property
    def ziektegevallen(self) -> tuple[Ziektegeval, ...]:
        """The sickness periods split into cases by samentelling (28+ fit days apart)."""
        return self._gevallen

    @property
    def einde_dienstverband(self) -> _dt.date | None:
        """The last day of the employment (from the :class:`EindeDienstverband` event), or
        ``None`` while it lasts."""
        return self._einde

    @property
    def eerste_ziektedag(self) -> _dt.date | None:
        """Sick day 1 of the first case (``None`` without sickness)."""
        return self._gevallen[0].eerste_ziektedag if self._gevallen else None

    @gecontroleerd
    def geval_op(self, dag: _dt.date) -> Ziektegeval | None:
        """The case that *dag* belongs to: the last case starting on or before it."""
        starts = [g.eerste_ziektedag for g in self._gevallen]
        i = bisect.bisect_right(starts, dag)
        return self._gevallen[i - 1] if i else None

    def gebeurtenissen_van_geval(self, geval: Ziektegeval) -> tuple[Gebeurtenis, ...]:
        """Events dated from the case's first sick day until the next case starts."""
        if geval not in self._gevallen:
            raise NotFoundError("that ziektegeval is not a case of this traject")
        index = self._gevallen.index(geval)
        begin = geval.eerste_ziektedag
        einde = (
            self._gevallen[index + 1].eerste_ziektedag if index + 1 < len(self._gevallen) else None
        )
        return tuple(
            g
            for g in self.gebeurtenissen
            if g.datum >= begin and (einde is None or g.datum < einde)
        )

    @gecontroleerd
    def betrokkene(self, id: str) -> Betrokkene:
        """The betrokkene with *id*; :class:`~reintegratie.errors.NotFoundError` if none."""
        for b in self.betrokkenen:
            if b.id == id:
                return b
        raise NotFoundError(f"no betrokkene with id {id!r} in this traject")

    def alle_activiteiten(self) -> Iterator[Activiteit]:
        """The traject's own activities and those of every spoor."""
        yield from self.activiteiten
        for spoor in self.sporen:
            yield from spoor.activiteiten

    def _repr_html_(self) -> str:
        """A rich display in Jupyter (see :mod:`reintegratie.analyse.html`)."""
        from reintegratie.analyse.html import traject_html

        return traject_html(self)

    # --- changes -----------------------------------------------------------------

    @gecontroleerd
    def met_gebeurtenis(self, gebeurtenis: Gebeurtenis) -> Traject:
        """A new Traject with *gebeurtenis* recorded, in date order."""
        datums = [g.datum for g in self.gebeurtenissen]
        i = bisect.bisect_right(datums, gebeurtenis.datum)
        nieuw = (*self.gebeurtenissen[:i], gebeurtenis, *self.gebeurtenissen[i:])
        return attrs.evolve(self, gebeurtenissen=nieuw)

    def met_ziekteperiode(self, periode: Ziekteperiode) -> Traject:
        """A new Traject with *periode* added after the existing ones."""
        return attrs.evolve(self, ziekteperioden=(*self.ziekteperioden, periode))

    def met_herstel(self, laatste_ziektedag: _dt.date, *, melding: bool = False) -> Traject:
        """A new Traject whose open sickness period ends on *laatste_ziektedag* (full
        recovery); with *melding*, the :class:`Herstelmelding` on the day after is recorded
        too. Partial recovery is a :class:`~reintegratie.verzuim.Percentagewijziging`."""
        if not self.ziekteperioden or self.ziekteperioden[-1].laatste_dag is not None:
            raise ValidationError("Traject.ziekteperioden", "there is no open sickness period")
        laatste = attrs.evolve(self.ziekteperioden[-1], laatste_dag=laatste_ziektedag)
        nieuw = attrs.evolve(self, ziekteperioden=(*self.ziekteperioden[:-1], laatste))
        if melding:
            nieuw = nieuw.met_gebeurtenis(
                Herstelmelding(datum=laatste_ziektedag + _dt.timedelta(days=1))
            )
        return nieuw

    def met_betrokkene(self, betrokkene: Betrokkene) -> Traject:
        """A new Traject with one more betrokkene."""
        return attrs.evolve(self, betrokkenen=(*self.betrokkenen, betrokkene))

    def met_spoor(self, spoor: Spoor) -> Traject:
        """A new Traject with one more spoor."""
        return attrs.evolve(self, sporen=(*self.sporen, spoor))

    @gecontroleerd
    def met_driegesprek(self, gesprek: Driegesprek) -> Traject:
        """A new Traject with one more driegesprek (in date order)."""
        datums = [d.datum for d in self.driegesprekken]
        i = bisect.bisect_right(datums, gesprek.datum)
        return attrs.evolve(
            self, driegesprekken=(*self.driegesprekken[:i], gesprek, *self.driegesprekken[i:])
        )

    def met_doel(self, doel: Leerdoel | Prestatiedoel) -> Traject:
        """A new Traject with one more goal."""
        return attrs.evolve(self, doelen=(*self.doelen, doel))

    def met_activiteit(self, activiteit: Activiteit) -> Traject:
        """A new Traject with one more activity."""
        return attrs.evolve(self, activiteiten=(*self.activiteiten, activiteit))

    @gecontroleerd
    def met_uitkomst(self, uitkomst: Uitkomst) -> Traject:
        """A new Traject with one more outcome (in date order)."""
        datums = [u.datum for u in self.uitkomsten]
        i = bisect.bisect_right(datums, uitkomst.datum)
        return attrs.evolve(self, uitkomsten=(*self.uitkomsten[:i], uitkomst, *self.uitkomsten[i:]))

    def met_werkervaringsplaats(self, plaats: Werkervaringsplaats) -> Traject:
        """A new Traject with one more werkervaringsplaats, detachering or stage."""
        return attrs.evolve(self, werkervaringsplaatsen=(*self.werkervaringsplaatsen, plaats))


def _controleer_begeleiding(traject: Traject) -> None:
    """The checks of the kind of guidance: an employer for sick-leave re-integration,
    outcomes in date order."""
    if traject.werkgever is None and traject.trajectsoort.ziekteverzuimregels:
        raise ValidationError(
            "Traject.werkgever",
            "sick-leave re-integration (Traject.soort verzuimbegeleiding, the default with "
            "ziekteperioden) needs the employer; for guidance without an employer set "
            "Traject.soort to another Trajectsoort",
        )
    if traject.uitkomsten:
        _datums_op_volgorde("Traject.uitkomsten", [u.datum for u in traject.uitkomsten])

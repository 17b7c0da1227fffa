"""Hypothesis strategies for every public type of :mod:`reintegratie` (extra ``hypothesis``).

Everything generated is valid by construction: no strategy filters out what the
domain refuses, so generation is fast and health checks pass. The strategies
reach the edges of the law on purpose, not by luck: first sick days on 29 February
and milestones on an Atw holiday (:func:`eerste_ziektedagen`), breaks of exactly 27
and 28 fit days and leave inside breaks (:func:`verzuim`), and loonsanctie and
vrijwillige verlenging of the maximum length (:func:`trajecten`).

Dates that depend on the law are never worked out here: :func:`trajecten` records
its steps on the due dates :func:`reintegratie.tijdlijn` gives (through
:func:`reintegratie.testing.factories.met_stappen`).

>>> from datetime import timedelta
>>> from hypothesis import given, settings
>>> import reintegratie as ri
>>> @settings(max_examples=10)
... @given(trajecten(op_tijd=True, loonsanctie=False, onderdelen=False))
... def test_op_tijd_is_compliant(traject):
...     later = traject.ziekteperioden[-1].eerste_dag + timedelta(days=3000)
...     assert all(b.ernst is ri.Ernst.INFO for b in ri.toets(traject, later))
>>> test_op_tijd_is_compliant()

Parameters take a value, or a strategy to draw it from; ``None`` (the default of
most) draws it.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Sequence
from typing import Any, TypeAlias, TypeVar

import attrs

try:
    from hypothesis import strategies as st
except ImportError as _fout:  # pragma: no cover - exercised without the extra
    raise ImportError(
        "reintegratie.testing.strategies needs Hypothesis, which the 'hypothesis' extra "
        "installs: pip install 'reintegratie[hypothesis]'"
    ) from _fout

from reintegratie._validatie import DATUM_MAX
from reintegratie.activiteiten import (
    Activiteit,
    Activiteitsoort,
    Belastingseenheid,
    Energie,
    Groepsprogramma,
    Nazorg,
    Opbouwstap,
    Plaatsingsvorm,
    Werkervaringsplaats,
)
from reintegratie.doelen import (
    Doelstatus,
    Leerdoel,
    Meetperiode,
    Meting,
    Prestatiedoel,
    Voortgang,
)
from reintegratie.errors import ValidationError
from reintegratie.gebeurtenissen import (
    GEBEURTENISSOORTEN,
    MINIMUM_VERLENGING_WEKEN,
    Aanvrager,
    ArbeidsdeskundigOnderzoek,
    Bekorting,
    BeslissingArbeidsarts,
    BeslissingMedischeOvermacht,
    Deskundigenoordeel,
    DeskundigenoordeelVraag,
    Eerstejaarsevaluatie,
    EindeDienstverband,
    Eindevaluatie,
    Evaluatie,
    EvaluatieArbeidspotentieel,
    Gebeurtenis,
    GeweigerdeUitnodiging,
    Loonsanctie,
    LoonsanctieGrond,
    PlanVanAanpak,
    Probleemanalyse,
    ReactieWerknemer,
    ReIntegratiebeslissing,
    ReIntegratieverslag,
    TnwBeoordeling,
    VerkortingVerlenging,
    VerslagOnderdeel,
    VerzoekMedischeOvermacht,
    VerzoekReintegratie,
    VrijwilligeVerlenging,
    WiaAanvraag,
)
from reintegratie.gesprek import Afspraak, Afspraakstatus, Driegesprek
from reintegratie.kalender import standaard_kalender
from reintegratie.loopbaancheques import GebruikteLoopbaancheque
from reintegratie.medisch import MedischDossier, MedischeAantekening, Vangnet, Vangnetsoort
from reintegratie.regels import Status, Telwijze, tijdlijn, tijdlijnen, toets
from reintegratie.rollen import Betrokkene, Rol, Rolperiode
from reintegratie.spoor import Fase, Spoor, Spoor1Werk, Spoor2Stap, Spoorresultaat, Spoorsoort
from reintegratie.testing.factories import STANDAARDSTAPPEN, maak_betrokkenen, met_stappen
from reintegratie.traject import Belastbaarheid, Jurisdictie, Traject, Uitkomst, Uitkomstsoort
from reintegratie.verzuim import (
    Percentagewijziging,
    Verlofperiode,
    Verlofsoort,
    Ziektegeval,
    Ziekteperiode,
    samentellen,
)

__all__ = [
    "GEMENGD",
    "MAX_DATUM",
    "MIN_DATUM",
    "Verzuim",
    "activiteiten",
    "afspraken",
    "begeleidingstrajecten",  # noqa: F822 (offered through __getattr__, see below)
    "belastbaarheden",
    "betrokkenen",
    "driegesprekken",
    "eerste_ziektedagen",
    "fasen",
    "gebeurtenissen",
    "gebruikte_loopbaancheques",
    "groepsprogrammas",
    "ids",
    "leerdoelen",
    "medische_aantekeningen",
    "medische_dossiers",
    "metingen",
    "nazorg",
    "opbouwstappen",
    "peildata",
    "percentagewijzigingen",
    "prestatiedoelen",
    "sporen",
    "teksten",
    "trajecten",
    "uitkomsten",
    "vangnetten",
    "verlofperioden",
    "verzuim",
    "voortgangen",
    "werkervaringsplaatsen",
    "ziekteperioden",
]

_T = TypeVar("_T")
Of: TypeAlias = _T | st.SearchStrategy[_T]
"""A value, or a strategy to draw it from."""


def __getattr__(naam: str) -> object:
    """Strategies of other modules offered here too: every kind of trajectory
    (:mod:`reintegratie.testing.soorten`), imported on first use."""
    if naam == "begeleidingstrajecten":
        from reintegratie.testing import soorten

        return soorten.begeleidingstrajecten
    raise AttributeError(f"module {__name__!r} has no attribute {naam!r}")


#: Default range of generated first sick days (the holidays package covers it).
MIN_DATUM = _dt.date(2016, 1, 1)
MAX_DATUM = _dt.date(2034, 12, 31)

#: The default of ``op_tijd`` in :func:`trajecten`: per step, on time, late or missing.
GEMENGD: st.SearchStrategy[bool | None] = st.sampled_from((True, False, None))

_EEN_DAG = _dt.timedelta(days=1)
_ZIEKTEDAG_42E_WEEK = 295
_ZIEKTEDAG_EINDE_WACHTTIJD = 728
#: Long enough for a last period to reach the end of the wachttijd with a verlenging and
#: a loonsanctie of 52 weeks each (728 + 364 + 364 sick days).
_LANG = 1460
_WOORDEN = (
    "gesprek",
    "heroriëntatie",
    "coördinatie",
    "werkplek",
    "sollicitatiebrief",
    "netwerk",
    "wandelen",
    "training",
    "café",
    "financiële administratie",
    "planning",
    "vakmanschap",
    "Ĳsselmonde",
    "één",
)


def _trek(draw: st.DrawFn, waarde: Of[_T] | None, standaard: st.SearchStrategy[_T]) -> _T:
    """*waarde* itself, drawn from it when it is a strategy, or from *standaard* when None."""
    if waarde is None:
        return draw(standaard)
    if isinstance(waarde, st.SearchStrategy):
        getrokken: _T = draw(waarde)
        return getrokken
    return waarde


def _plus(dag: _dt.date, dagen: int) -> _dt.date:
    return dag + _dt.timedelta(days=dagen)


def _na(draw: st.DrawFn, dag: _dt.date, max_dagen: int) -> _dt.date:
    """A date from *dag* to *max_dagen* after it (kept within the dates the library
    accepts, up to DATUM_MAX)."""
    ruimte = max(0, (DATUM_MAX - dag).days)
    return _plus(dag, draw(st.integers(0, min(max_dagen, ruimte))))


def _opvolgend(draw: st.DrawFn, begin: _dt.date, aantal: int, strikt: bool) -> list[_dt.date]:
    """*aantal* dates from *begin* on, in order (strictly increasing if *strikt*)."""
    datums = []
    dag = begin
    for i in range(aantal):
        stap = draw(st.integers(1 if strikt and i else 0, 60))
        dag = _plus(dag, stap)
        datums.append(dag)
    return datums


# --- building blocks -----------------------------------------------------------------

#: Any character the library accepts in text: no control characters (Cc) or surrogates (Cs).
_TEKENS = st.characters(exclude_categories=("Cc", "Cs"))


def teksten() -> st.SearchStrategy[str]:
    """Non-empty one-line text: Dutch words (with diacritics), sometimes any Unicode
    except control characters and lone surrogates (which the library refuses)."""
    return st.one_of(
        st.lists(st.sampled_from(_WOORDEN), min_size=1, max_size=4).map(" ".join),
        st.text(_TEKENS, min_size=1, max_size=20).filter(lambda s: bool(s.strip())),
    )


def ids(prefix: str = "P") -> st.SearchStrategy[str]:
    """Opaque ids such as ``W-17`` (never names)."""
    return st.integers(1, 9999).map(lambda n: f"{prefix}-{n}")


@functools.cache
def _randdagen(min_value: _dt.date, max_value: _dt.date) -> dict[str, tuple[_dt.date, ...]]:
    """First sick days in range that put X or a milestone on an edge of the calendar."""
    kalender = standaard_kalender()
    jaren = range(min_value.year, max_value.year + 3)
    feestdagen = [d for jaar in jaren for d in kalender.feestdagen(jaar)]
    schrikkeldagen = [
        _dt.date(jaar, 2, 29) for jaar in jaren if jaar % 4 == 0 and (jaar % 100 or jaar % 400 == 0)
    ]

    def binnen(dagen: list[_dt.date]) -> tuple[_dt.date, ...]:
        return tuple(sorted(d for d in set(dagen) if min_value <= d <= max_value))

    dag_295 = _dt.timedelta(days=_ZIEKTEDAG_42E_WEEK - 1)
    dag_728 = _dt.timedelta(days=_ZIEKTEDAG_EINDE_WACHTTIJD - 1)
    return {
        "schrikkeldag": binnen(schrikkeldagen),
        "mijlpaal_op_schrikkeldag": binnen(
            [d - dag_295 for d in schrikkeldagen] + [d - dag_728 for d in schrikkeldagen]
        ),
        "feestdag": binnen(feestdagen),
        "42e_week_op_feestdag": binnen([d - dag_295 for d in feestdagen]),
    }


def eerste_ziektedagen(
    min_value: _dt.date = MIN_DATUM, max_value: _dt.date = MAX_DATUM
) -> st.SearchStrategy[_dt.date]:
    """First sick days (X), often on an edge: X on 29 February, X on an Atw holiday, the
    42nd-week report (sick day 295 of an uninterrupted case) due on an Atw holiday, or
    sick day 295 or 728 on 29 February; otherwise any date in range.

    >>> from datetime import date
    >>> from reintegratie.testing.strategies import _randdagen
    >>> date(2028, 2, 29) in _randdagen(MIN_DATUM, MAX_DATUM)["schrikkeldag"]
    True
    """
    keuzes: list[st.SearchStrategy[_dt.date]] = [st.dates(min_value, max_value)]
    keuzes += [st.sampled_from(d) for d in _randdagen(min_value, max_value).values() if d]
    return st.one_of(keuzes)


def _datums(rond: _dt.date | None = None) -> st.SearchStrategy[_dt.date]:
    if rond is None:
        return st.dates(MIN_DATUM, MAX_DATUM)
    return st.dates(rond, max(rond, min(_plus(rond, 1000), DATUM_MAX)))


# --- sickness and leave --------------------------------------------------------------


def _lengtes(minimum: int = 1) -> st.SearchStrategy[int]:
    """Period lengths in days: short ones often, long ones too."""
    return st.one_of(
        st.integers(minimum, max(minimum, 60)), st.integers(minimum, max(minimum, _LANG))
    )


@st.composite
def ziekteperioden(
    draw: st.DrawFn,
    eerste_dag: Of[_dt.date] | None = None,
    hersteld: Of[bool] | None = None,
) -> Ziekteperiode:
    """One Ziekteperiode, open (still sick) or closed (``hersteld``), sometimes partial, now
    and then with dated percentage changes and the registration flags."""
    begin = _trek(draw, eerste_dag, eerste_ziektedagen())
    einde = None
    if _trek(draw, hersteld, st.booleans()):
        einde = _plus(begin, draw(_lengtes()) - 1)
    percentage = draw(st.one_of(st.just(100), st.integers(1, 100)))
    wijzigingen: tuple[Percentagewijziging, ...] = ()
    if draw(st.integers(0, 3)) == 0:
        wijzigingen = draw(percentagewijzigingen(begin, einde))
    vlaggen = draw(st.sampled_from(((False, False, False), *_VLAGGEN)))
    return Ziekteperiode(
        eerste_dag=begin,
        laatste_dag=einde,
        percentage=percentage,
        wijzigingen=wijzigingen,
        vangnet=vlaggen[0],
        arbeidsongeval=vlaggen[1],
        regres=vlaggen[2],
    )


#: Registration flags (vangnet, arbeidsongeval, regres), drawn now and then.
_VLAGGEN = ((True, False, False), (False, True, False), (False, True, True))


@st.composite
def percentagewijzigingen(
    draw: st.DrawFn, eerste_dag: _dt.date, laatste_dag: _dt.date | None
) -> tuple[Percentagewijziging, ...]:
    """Up to three dated changes of the absence percentage (1–100) inside a period from
    *eerste_dag* to *laatste_dag* (``None``: open), in date order."""
    ruimte = 400 if laatste_dag is None else (laatste_dag - eerste_dag).days
    if ruimte < 1:
        return ()
    dagen = sorted(set(draw(st.lists(st.integers(1, ruimte), max_size=3))))
    return tuple(
        Percentagewijziging(
            vanaf=_plus(eerste_dag, d), percentage=draw(st.sampled_from((25, 50, 80, 100)))
        )
        for d in dagen
    )


@st.composite
def verlofperioden(draw: st.DrawFn, eerste_dag: Of[_dt.date] | None = None) -> Verlofperiode:
    """One WAZO leave period (often the usual 16 weeks)."""
    begin = _trek(draw, eerste_dag, _datums())
    dagen = draw(st.one_of(st.just(112), st.integers(1, 140)))
    return Verlofperiode(
        eerste_dag=begin,
        laatste_dag=_plus(begin, dagen - 1),
        soort=draw(st.sampled_from(Verlofsoort)),
        zelfde_oorzaak=draw(st.booleans()),
    )


@attrs.frozen
class Verzuim:
    """Sickness and leave periods that fit together (what :func:`verzuim` draws)."""

    ziekteperioden: tuple[Ziekteperiode, ...]
    verlofperioden: tuple[Verlofperiode, ...] = ()

    @property
    def gevallen(self) -> tuple[Ziektegeval, ...]:
        """The cases of sickness after samentelling."""
        return samentellen(self.ziekteperioden, self.verlofperioden)


def _breuken() -> st.SearchStrategy[int]:
    """Fit days in a break: exactly 27 or 28 (the samentelling edge) often, else 1 to 120."""
    return st.one_of(st.sampled_from((27, 28)), st.integers(1, 120))


@st.composite
def verzuim(
    draw: st.DrawFn,
    eerste_ziektedag: Of[_dt.date] | None = None,
    perioden: Of[int] | None = None,
    hersteld: Of[bool] | None = None,
    breuk: Of[int] | None = None,
    verlof: Of[bool] | None = None,
    min_laatste: int = 1,
) -> Verzuim:
    """A sickness history: *perioden* sickness periods (1–3 when drawn) with breaks.

    *breuk* is the number of fit days of every break (drawn per break: 27 and 28 often,
    else 1–120). *hersteld* closes the last period (at least *min_laatste* days long).
    *verlof* puts WAZO leave in a break (leave days are neither sick nor fit days)
    or, with one period, before or after it; when *breuk* is given the leave is of the
    same cause, so *breuk* alone decides the samentelling: ``breuk=27`` with two
    periods is one case, ``breuk=28`` two.

    Without *eerste_ziektedag*, the dates are sometimes placed so that X is
    29 February or the 42nd-week report of the last case falls on an Atw holiday.
    """
    n = _trek(draw, perioden, st.integers(1, 3))
    if n < 1:
        raise ValidationError("verzuim.perioden", f"at least one period, got {n}")
    dicht = _trek(draw, hersteld, st.booleans())
    met_verlof = _trek(draw, verlof, st.booleans())
    # Offsets in days from X; the dates follow once X is known.
    ziek: list[tuple[int, int | None]] = []
    vrij: list[tuple[int, int, Verlofsoort, bool]] = []
    pos = 0
    for i in range(n - 1):
        lengte = draw(_lengtes())
        fit = _trek(draw, breuk, _breuken())
        if fit < 1:
            raise ValidationError("verzuim.breuk", f"at least one fit day, got {fit}")
        ziek.append((pos, pos + lengte - 1))
        pos += lengte
        verlofdagen = 0
        if met_verlof and (i == 0 or draw(st.booleans())):
            verlofdagen = draw(st.one_of(st.just(112), st.integers(1, 140)))
            voor = draw(st.integers(0, fit))
            zelfde = True if breuk is not None else draw(st.booleans())
            soort = draw(st.sampled_from(Verlofsoort))
            vrij.append((pos + voor, pos + voor + verlofdagen - 1, soort, zelfde))
        pos += fit + verlofdagen
    laatste = None
    if dicht:
        laatste = pos + draw(_lengtes(min_laatste)) - 1
    ziek.append((pos, laatste))
    if met_verlof and n == 1:
        dagen = draw(st.one_of(st.just(112), st.integers(1, 140)))
        afstand = draw(st.integers(0, 60))
        soort = draw(st.sampled_from(Verlofsoort))
        if laatste is None:  # before the sickness
            vrij.append((-afstand - dagen, -afstand - 1, soort, draw(st.booleans())))
        else:  # after recovery
            begin = laatste + 1 + afstand
            vrij.append((begin, begin + dagen - 1, soort, draw(st.booleans())))

    def bouw(x: _dt.date) -> Verzuim:
        return Verzuim(
            tuple(
                Ziekteperiode(
                    eerste_dag=_plus(x, a), laatste_dag=None if b is None else _plus(x, b)
                )
                for a, b in ziek
            ),
            tuple(
                Verlofperiode(
                    eerste_dag=_plus(x, a), laatste_dag=_plus(x, b), soort=s, zelfde_oorzaak=z
                )
                for a, b, s, z in vrij
            ),
        )

    if eerste_ziektedag is not None:
        return bouw(_trek(draw, eerste_ziektedag, eerste_ziektedagen()))
    # Place the 42nd-week report of the last case on an Atw holiday now and then.
    x = draw(eerste_ziektedagen())
    if n > 1 and draw(st.integers(0, 3)) == 0:
        proef = bouw(x)
        verschil = (proef.gevallen[-1].datum_van_ziektedag(_ZIEKTEDAG_42E_WEEK) - x).days
        feestdagen = [
            d
            for d in _randdagen(MIN_DATUM, MAX_DATUM)["feestdag"]
            if MIN_DATUM <= _plus(d, -verschil) <= MAX_DATUM
        ]
        if feestdagen:
            x = _plus(draw(st.sampled_from(feestdagen)), -verschil)
    return bouw(x)


# --- events ----------------------------------------------------------------------------


def _gebeurtenissoort(soort: str | type[Gebeurtenis]) -> type[Gebeurtenis]:
    if isinstance(soort, str):
        try:
            return GEBEURTENISSOORTEN[soort]
        except KeyError:
            raise ValidationError(
                "gebeurtenissen.soort",
                f"unknown code {soort!r}; the codes are {', '.join(GEBEURTENISSOORTEN)}",
            ) from None
    if soort not in GEBEURTENISSOORTEN.values():
        raise ValidationError("gebeurtenissen.soort", f"not an event kind: {soort!r}")
    return soort


@st.composite
def gebeurtenissen(
    draw: st.DrawFn,
    soort: Of[str | type[Gebeurtenis]] | None = None,
    datum: Of[_dt.date] | None = None,
    casemanagers: Sequence[str] | None = None,
) -> Gebeurtenis:
    """Any event kind (or *soort*, a code or class), with valid fields.

    A plan van aanpak names one of *casemanagers* (or none); without them, any id.
    Loonsanctie and verlenging are often of the maximum 52 weeks.
    """
    klasse = _gebeurtenissoort(
        _trek(draw, soort, st.sampled_from(tuple(GEBEURTENISSOORTEN.values())))
    )
    dag = _trek(draw, datum, _datums())
    if klasse is PlanVanAanpak:
        kandidaten = ids("CM") if casemanagers is None else st.sampled_from(tuple(casemanagers))
        cm = draw(st.none() | kandidaten) if casemanagers is None or casemanagers else None
        return PlanVanAanpak(
            datum=dag,
            casemanager=cm,
            re_integratievisie=draw(st.booleans()),
            visie_werkgever=draw(st.booleans()),
            visie_werknemer=draw(st.booleans()),
        )
    if klasse is Evaluatie:
        return Evaluatie(
            datum=dag,
            bijstelling=draw(st.booleans()),
            re_integratievisie=draw(st.booleans()),
            visie_werkgever=draw(st.booleans()),
            visie_werknemer=draw(st.booleans()),
        )
    if klasse is Eerstejaarsevaluatie:
        nodig = draw(st.sampled_from((None, True, False)))
        return Eerstejaarsevaluatie(
            datum=dag,
            spoor_2_nodig=nodig,
            concreet_zicht_op_terugkeer=draw(st.booleans()),
            re_integratievisie=draw(st.booleans()),
            visie_werkgever=draw(st.booleans()),
            visie_werknemer=draw(st.booleans()),
        )
    if klasse is Probleemanalyse:
        return Probleemanalyse(datum=dag, benutbare_mogelijkheden=draw(st.booleans()))
    if klasse is ArbeidsdeskundigOnderzoek:
        mogelijk = draw(st.sampled_from((None, True, False)))
        return ArbeidsdeskundigOnderzoek(datum=dag, structurele_terugkeer_mogelijk=mogelijk)
    if klasse is WiaAanvraag:
        return WiaAanvraag(datum=dag, zonder_uwv_brief=draw(st.booleans()))
    if klasse is ReIntegratieverslag:
        delen = draw(
            st.one_of(
                st.just(frozenset(VerslagOnderdeel)),
                st.frozensets(st.sampled_from(VerslagOnderdeel)),
            )
        )
        return ReIntegratieverslag(datum=dag, onderdelen=delen)
    if klasse is Deskundigenoordeel:
        return Deskundigenoordeel(datum=dag, vraag=draw(st.sampled_from(DeskundigenoordeelVraag)))
    if klasse is Loonsanctie:
        return Loonsanctie(
            datum=dag,
            weken=draw(st.one_of(st.just(52), st.integers(1, 52))),
            grond=draw(st.sampled_from(LoonsanctieGrond)),
        )
    if klasse is VrijwilligeVerlenging:
        verdere = draw(st.booleans())
        minimum = 1 if verdere else MINIMUM_VERLENGING_WEKEN
        weken = draw(st.one_of(st.sampled_from((26, 52)), st.integers(minimum, 104)))
        verzoek = draw(st.none() | st.integers(0, 28).map(lambda n: _plus(dag, -n)))
        return VrijwilligeVerlenging(datum=dag, weken=weken, verdere=verdere, verzoek=verzoek)
    if klasse is VerkortingVerlenging:
        verzoek = draw(st.none() | st.integers(0, 28).map(lambda n: _plus(dag, -n)))
        return VerkortingVerlenging(datum=dag, weken=draw(st.integers(1, 52)), verzoek=verzoek)
    if klasse is Bekorting:
        return Bekorting(datum=dag)
    vlaams = _vlaamse_gebeurtenis(draw, klasse, dag)
    if vlaams is not None:
        return vlaams
    if klasse is Eindevaluatie:
        return Eindevaluatie(datum=dag, verkort=draw(st.booleans()))
    if klasse is EindeDienstverband:
        sinds = draw(st.none() | st.integers(0, 9000).map(lambda d: _plus(dag, -d)))
        return EindeDienstverband(datum=dag, in_dienst_sinds=sinds)
    return klasse(datum=dag)  # type: ignore[call-arg]


def _vlaamse_gebeurtenis(
    draw: st.DrawFn, klasse: type[Gebeurtenis], dag: _dt.date
) -> Gebeurtenis | None:
    """The Flemish event kinds with fields of their own (``None``: not one of them)."""
    if klasse is BeslissingArbeidsarts:
        return BeslissingArbeidsarts(
            datum=dag, beslissing=draw(st.sampled_from(ReIntegratiebeslissing))
        )
    if klasse is VerzoekReintegratie:
        return VerzoekReintegratie(datum=dag, aanvrager=draw(st.sampled_from(Aanvrager)))
    if klasse is ReactieWerknemer:
        return ReactieWerknemer(datum=dag, akkoord=draw(st.booleans()))
    if klasse is EvaluatieArbeidspotentieel:
        return EvaluatieArbeidspotentieel(
            datum=dag, arbeidspotentieel=draw(st.sampled_from((None, True, False)))
        )
    if klasse is GeweigerdeUitnodiging:
        return GeweigerdeUitnodiging(datum=dag, volgnummer=draw(st.integers(1, 3)))
    if klasse is VerzoekMedischeOvermacht:
        wie = draw(st.sampled_from((Aanvrager.WERKNEMER, Aanvrager.WERKGEVER)))
        return VerzoekMedischeOvermacht(datum=dag, aanvrager=wie)
    if klasse is BeslissingMedischeOvermacht:
        return BeslissingMedischeOvermacht(datum=dag, definitief_ongeschikt=draw(st.booleans()))
    if klasse is TnwBeoordeling:
        return TnwBeoordeling(datum=dag, doorverwijzing=draw(st.booleans()))
    return None


@st.composite
def gebruikte_loopbaancheques(
    draw: st.DrawFn,
    datum: Of[_dt.date] | None = None,
    uren: Of[int] | None = None,
) -> GebruikteLoopbaancheque:
    """A loopbaancheque used with a recognised career centre (4 or 3 hours)."""
    return GebruikteLoopbaancheque(
        datum=_trek(draw, datum, _datums()),
        uren=_trek(draw, uren, st.sampled_from((4, 3))),
        loopbaancentrum=draw(ids("LC")),
        prijs_euro=draw(st.sampled_from((None, 40, 45))),
    )


# --- people, conversations, goals, activities ----------------------------------------

_ROLLEN = tuple(r for r in Rol if r is not Rol.WERKNEMER)


@st.composite
def betrokkenen(
    draw: st.DrawFn,
    id: Of[str] | None = None,
    rollen: Of[frozenset[Rol]] | None = None,
    organisatie: Of[str] | None = None,
) -> Betrokkene:
    """A person involved, with one to three roles (never the employee's), sometimes also
    a role for a dated period (or handed over: two periods that follow each other)."""
    perioden: tuple[Rolperiode, ...] = ()
    if draw(st.booleans()):
        rol = draw(st.sampled_from(_ROLLEN))
        begin = draw(_datums())
        einde = _na(draw, begin, 400)
        perioden = (Rolperiode(rol=rol, vanaf=draw(st.none() | st.just(begin)), tot=einde),)
        if draw(st.booleans()) and einde < _dt.date.max:
            perioden += (Rolperiode(rol=rol, vanaf=_plus(einde, 1)),)
    return Betrokkene(
        id=_trek(draw, id, ids()),
        rollen=_trek(draw, rollen, st.frozensets(st.sampled_from(_ROLLEN), min_size=1, max_size=3)),
        organisatie=_trek(draw, organisatie, ids("ORG")),
        leidinggevende_van_werknemer=draw(st.booleans()),
        perioden=perioden,
    )


@st.composite
def afspraken(
    draw: st.DrawFn,
    wie: Of[str] | None = None,
    na: _dt.date | None = None,
    nagekomen: bool = False,
) -> Afspraak:
    """An agreement by *wie*, due (if at all) on or after *na*, in any status (kept or
    dropped on or after *na*). With *nagekomen*, kept on or before its due date."""
    uiterlijk = None
    if draw(st.booleans()):
        uiterlijk = _na(draw, na, 120) if na is not None else draw(_datums())
    begin = na if na is not None else uiterlijk if uiterlijk is not None else draw(_datums())
    status = Afspraakstatus.NAGEKOMEN if nagekomen else draw(st.sampled_from(Afspraakstatus))
    afgerond = None
    if status in (Afspraakstatus.NAGEKOMEN, Afspraakstatus.VERVALLEN):
        ruimte = (uiterlijk - begin).days if nagekomen and uiterlijk is not None else 200
        afgerond = _na(draw, begin, max(ruimte, 0))
    return Afspraak(
        wat=draw(teksten()),
        wie=_trek(draw, wie, ids()),
        uiterlijk=uiterlijk,
        status=status,
        afgerond_op=afgerond,
    )


@st.composite
def driegesprekken(
    draw: st.DrawFn,
    datum: Of[_dt.date] | None = None,
    deelnemers: Of[tuple[str, ...]] | None = None,
    nagekomen: bool = False,
) -> Driegesprek:
    """A driegesprek of three or more distinct participants, with agreements among them
    (all kept on time with *nagekomen*)."""
    dag = _trek(draw, datum, _datums())
    wie = _trek(draw, deelnemers, st.lists(ids(), min_size=3, max_size=5, unique=True).map(tuple))
    return Driegesprek(
        datum=dag,
        deelnemers=wie,
        onderwerpen=tuple(draw(st.lists(teksten(), max_size=2))),
        afspraken=tuple(
            draw(
                st.lists(
                    afspraken(wie=st.sampled_from(wie), na=dag, nagekomen=nagekomen), max_size=2
                )
            )
        ),
    )


@st.composite
def voortgangen(draw: st.DrawFn, datum: Of[_dt.date] | None = None) -> Voortgang:
    """A judged progress step (0–100 percent)."""
    return Voortgang(
        datum=_trek(draw, datum, _datums()),
        percentage=draw(st.integers(0, 100)),
        toelichting=draw(st.one_of(st.just(""), teksten())),
    )


@st.composite
def metingen(draw: st.DrawFn, datum: Of[_dt.date] | None = None) -> Meting:
    """A measured value (0 or more), whole or decimal."""
    waarde = draw(st.one_of(st.integers(0, 20), st.floats(0, 60, allow_nan=False)))
    return Meting(datum=_trek(draw, datum, _datums()), waarde=waarde)


def _afsluiting(draw: st.DrawFn, vanaf: _dt.date) -> tuple[Doelstatus, _dt.date | None]:
    """A goal's status: running, or closed on or after *vanaf* (its last evaluation)."""
    status = draw(st.sampled_from(Doelstatus))
    return status, None if status is Doelstatus.LOPEND else _na(draw, vanaf, 200)


@st.composite
def leerdoelen(draw: st.DrawFn, gesteld_op: Of[_dt.date] | None = None) -> Leerdoel:
    """A learning goal with progress in date order."""
    dag = _trek(draw, gesteld_op, _datums())
    n = draw(st.integers(0, 4))
    datums = _opvolgend(draw, dag, n, False)
    status, afgesloten_op = _afsluiting(draw, datums[-1] if datums else dag)
    return Leerdoel(
        omschrijving=draw(teksten()),
        gesteld_op=dag,
        voortgang=tuple(draw(voortgangen(datum=d)) for d in datums),
        status=status,
        afgesloten_op=afgesloten_op,
    )


@st.composite
def prestatiedoelen(draw: st.DrawFn, gesteld_op: Of[_dt.date] | None = None) -> Prestatiedoel:
    """A performance goal with measurements in date order."""
    dag = _trek(draw, gesteld_op, _datums())
    n = draw(st.integers(0, 4))
    datums = _opvolgend(draw, dag, n, False)
    status, afgesloten_op = _afsluiting(draw, datums[-1] if datums else dag)
    return Prestatiedoel(
        omschrijving=draw(teksten()),
        gesteld_op=dag,
        doelwaarde=draw(st.one_of(st.integers(1, 10), st.sampled_from((0.5, 2.5, 7.5)))),
        eenheid=draw(st.sampled_from(("sollicitaties", "gesprekken", "uren", "vacatures"))),
        per=draw(st.sampled_from(Meetperiode)),
        metingen=tuple(draw(metingen(datum=d)) for d in datums),
        status=status,
        afgesloten_op=afgesloten_op,
    )


@st.composite
def activiteiten(draw: st.DrawFn, start: Of[_dt.date] | None = None) -> Activiteit:
    """An activity with its energy effect, sometimes spanning days, with a load in hours or
    on the 1-10 scale, or none."""
    begin = _trek(draw, start, _datums())
    einde = _na(draw, begin, 90) if draw(st.booleans()) else None
    eenheid = draw(st.sampled_from(Belastingseenheid))
    laag = 1 if eenheid is Belastingseenheid.SCHAAL else 0.25
    return Activiteit(
        omschrijving=draw(teksten()),
        start=begin,
        energie=draw(st.sampled_from(Energie)),
        soort=draw(st.sampled_from(Activiteitsoort)),
        einde=einde,
        belasting=draw(st.none() | st.integers(1, 10) | st.floats(laag, 10, allow_nan=False)),
        belastingseenheid=eenheid,
    )


@st.composite
def groepsprogrammas(
    draw: st.DrawFn, start: Of[_dt.date] | None = None, deelnemer: str | None = None
) -> Groepsprogramma:
    """A group programme of 1 to 15 people (8–12 is the effective size: both sides of it
    come up), with *deelnemer* among them if given."""
    begin = _trek(draw, start, _datums())
    grootte = draw(st.one_of(st.sampled_from((7, 8, 12, 13)), st.integers(1, 15)))
    wie = draw(st.lists(ids("W"), min_size=grootte, max_size=grootte, unique=True))
    if deelnemer is not None and deelnemer not in wie:
        wie[0] = deelnemer
    return Groepsprogramma(
        naam=draw(teksten()),
        start=begin,
        deelnemers=tuple(wie),
        einde=_na(draw, begin, 120) if draw(st.booleans()) else None,
        begeleider=draw(st.none() | ids("LA")),
    )


@st.composite
def opbouwstappen(draw: st.DrawFn, vanaf: Of[_dt.date] | None = None) -> Opbouwstap:
    """A step of a graded build-up: more than 0 and at most 60 hours a week."""
    uren = draw(
        st.one_of(
            st.integers(1, 60),
            st.floats(min_value=0, max_value=60, exclude_min=True, allow_nan=False),
        )
    )
    return Opbouwstap(vanaf=_trek(draw, vanaf, _datums()), uren_per_week=uren)


@st.composite
def werkervaringsplaatsen(
    draw: st.DrawFn, start: Of[_dt.date] | None = None
) -> Werkervaringsplaats:
    """A placement whose build-up starts with it, in date order, within its end."""
    begin = _trek(draw, start, _datums())
    n = draw(st.integers(1, 4))
    datums = [begin, *_opvolgend(draw, _plus(begin, 1), n - 1, True)]
    einde = _na(draw, datums[-1], 120) if draw(st.booleans()) else None
    return Werkervaringsplaats(
        organisatie=draw(ids("ORG")),
        start=begin,
        opbouw=tuple(draw(opbouwstappen(vanaf=d)) for d in datums),
        vorm=draw(st.sampled_from(Plaatsingsvorm)),
        einde=einde,
    )


@st.composite
def fasen(draw: st.DrawFn, vanaf: Of[_dt.date] | None = None) -> Fase:
    """A spoor 2 step from a date."""
    return Fase(stap=draw(st.sampled_from(Spoor2Stap)), vanaf=_trek(draw, vanaf, _datums()))


@st.composite
def sporen(
    draw: st.DrawFn,
    soort: Of[Spoorsoort] | None = None,
    start: Of[_dt.date] | None = None,
    aanbieders: Sequence[str] | None = None,
    resultaten: Sequence[Spoorresultaat | None] | None = None,
) -> Spoor:
    """A spoor 1 (with the work it aims at) or spoor 2 (with steps in date order), with
    activities and placements after its start; a result only when it has ended.

    *aanbieders* limits the provider to those ids (empty: none); *resultaten* limits
    the result (e.g. leave out ``GESLAAGD``).
    """
    wat = _trek(draw, soort, st.sampled_from(Spoorsoort))
    begin = _trek(draw, start, _datums())
    n = draw(st.integers(0, 3)) if wat is Spoorsoort.SPOOR_2 else 0
    stappen = _opvolgend(draw, begin, n, True)
    laatste = stappen[-1] if stappen else begin
    einde = _na(draw, laatste, 400) if draw(st.booleans()) else None
    if aanbieders is None:
        aanbieder = draw(st.none() | ids("RIB"))
    else:
        aanbieder = draw(st.none() | st.sampled_from(tuple(aanbieders))) if aanbieders else None
    keuzes = (None, *Spoorresultaat) if resultaten is None else tuple(resultaten)
    resultaat = draw(st.sampled_from(keuzes)) if einde is not None and keuzes else None
    return Spoor(
        soort=wat,
        start=begin,
        einde=einde,
        aanbieder=aanbieder,
        werk=draw(st.none() | st.sampled_from(Spoor1Werk)) if wat is Spoorsoort.SPOOR_1 else None,
        fasen=tuple(draw(fasen(vanaf=d)) for d in stappen),
        activiteiten=tuple(draw(st.lists(activiteiten(start=_datums(begin)), max_size=2))),
        resultaat=resultaat,
    )


@st.composite
def nazorg(
    draw: st.DrawFn, start: Of[_dt.date] | None = None, aanbieders: Sequence[str] | None = None
) -> Nazorg:
    """Guidance after a new job starts, sometimes for years."""
    begin = _trek(draw, start, _datums())
    if aanbieders is None:
        aanbieder = draw(st.none() | ids("JC"))
    else:
        aanbieder = draw(st.none() | st.sampled_from(tuple(aanbieders))) if aanbieders else None
    return Nazorg(
        start=begin,
        einde=_na(draw, begin, 1500) if draw(st.booleans()) else None,
        aanbieder=aanbieder,
        omschrijving=draw(st.one_of(st.just(""), teksten())),
    )


@st.composite
def uitkomsten(draw: st.DrawFn, datum: Of[_dt.date] | None = None) -> Uitkomst:
    """An outcome of any kind."""
    return Uitkomst(
        soort=draw(st.sampled_from(Uitkomstsoort)),
        datum=_trek(draw, datum, _datums()),
        tevredenheid_verbeterd=draw(st.sampled_from((None, True, False))),
        toelichting=draw(st.one_of(st.just(""), teksten())),
    )


@st.composite
def belastbaarheden(draw: st.DrawFn, datum: Of[_dt.date] | None = None) -> Belastbaarheid:
    """Functional limitations and possibilities (never a diagnosis)."""
    return Belastbaarheid(
        datum=_trek(draw, datum, _datums()),
        beperkingen=tuple(draw(st.lists(teksten(), max_size=3))),
        mogelijkheden=tuple(draw(st.lists(teksten(), max_size=3))),
        verwachte_duur_weken=draw(st.none() | st.integers(0, 104)),
    )


@st.composite
def medische_aantekeningen(
    draw: st.DrawFn, datum: Of[_dt.date] | None = None
) -> MedischeAantekening:
    """A medical note (bedrijfsarts only)."""
    return MedischeAantekening(
        datum=_trek(draw, datum, _datums()),
        diagnose=draw(teksten()),
        toelichting=draw(st.one_of(st.just(""), teksten())),
    )


@st.composite
def medische_dossiers(
    draw: st.DrawFn, werknemer: Of[str] | None = None, bedrijfsarts: Of[str] | None = None
) -> MedischDossier:
    """A bedrijfsarts's record with notes in date order, sometimes naming vangnetten."""
    n = draw(st.integers(0, 4))
    begin = draw(_datums())
    return MedischDossier(
        werknemer=_trek(draw, werknemer, ids("W")),
        bedrijfsarts=_trek(draw, bedrijfsarts, ids("BA")),
        aantekeningen=tuple(
            draw(medische_aantekeningen(datum=d)) for d in _opvolgend(draw, begin, n, False)
        ),
        vangnetten=tuple(
            draw(vangnetten(eerste_dag=d))
            for d in _opvolgend(draw, begin, draw(st.integers(0, 2)), True)
        ),
    )


@st.composite
def vangnetten(draw: st.DrawFn, eerste_dag: Of[_dt.date] | None = None) -> Vangnet:
    """Which vangnet applies to the period starting on *eerste_dag* (medical data)."""
    return Vangnet(
        eerste_dag=_trek(draw, eerste_dag, _datums()), soort=draw(st.sampled_from(Vangnetsoort))
    )


# --- trajecten ------------------------------------------------------------------------


@functools.cache
def _opgewarmd() -> None:
    """Fill the caches the first draw would otherwise fill (the edge dates, the holiday
    calendar, the engine's compiled rules), when the strategy is built: Hypothesis counts
    the time of a draw, and a first draw of a second or more trips ``too_slow`` on a fresh
    checkout and in every pytest-xdist worker."""
    _randdagen(MIN_DATUM, MAX_DATUM)
    kalender = standaard_kalender()
    for jaar in range(MIN_DATUM.year, MAX_DATUM.year + 5):
        kalender.feestdagen(jaar)
    for jurisdictie in Jurisdictie:
        traject = Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=(Ziekteperiode(eerste_dag=_dt.date(2025, 10, 1)),),
            jurisdictie=jurisdictie,
        )
        for telwijze in Telwijze:
            tijdlijn(traject, telwijze=telwijze)
        toets(traject, _dt.date(2027, 10, 1))


def trajecten(*args: Any, **kwargs: Any) -> st.SearchStrategy[Traject]:
    """A valid Traject (see :func:`_trajecten` for the parameters); the caches the draws
    use are filled first, so that drawing stays fast from the first example on."""
    _opgewarmd()
    return _trajecten(*args, **kwargs)


@st.composite
def _trajecten(
    draw: st.DrawFn,
    eerste_ziektedag: Of[_dt.date] | None = None,
    perioden: Of[int] | None = None,
    hersteld: Of[bool] | None = None,
    breuk: Of[int] | None = None,
    verlof: Of[bool] | None = None,
    spoor_2: Of[bool] | None = None,
    op_tijd: Of[bool | None] = GEMENGD,
    te_laat_dagen: Of[int] | None = None,
    loonsanctie: Of[bool] | None = None,
    verlenging: Of[bool] | None = None,
    casemanager: bool = True,
    onderdelen: bool = True,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> Traject:
    """A valid Traject, its standard steps recorded on time, late or missing.

    The sickness comes from :func:`verzuim` (*eerste_ziektedag*, *perioden*,
    *hersteld*, *breuk*, *verlof*). The standard steps
    (:data:`~reintegratie.testing.factories.STANDAARDSTAPPEN`) are recorded by
    :func:`~reintegratie.testing.factories.met_stappen` on the due dates of
    :func:`reintegratie.tijdlijn`: *op_tijd* ``True`` on the date, ``False``
    *te_laat_dagen* (1–60 when drawn, per step) after it, ``None`` missing; the default
    draws that per step. *spoor_2* starts a spoor 2 (the eerstejaarsevaluatie says it
    is needed); *loonsanctie* adds UWV's sanction near the end of the wachttijd
    (sometimes with a bekorting), *verlenging* a vrijwillige verlenging before it
    (both often 52 weeks). Asking for any of these three keeps the last case sick long
    enough for it. *casemanager* false leaves the casemanager out. With *onderdelen*,
    the rest of the model comes too: sporen 1, driegesprekken, goals, activities, a
    group programme, nazorg, belastbaarheid and an outcome.
    """
    werkgever = draw(ids("WG"))
    werknemer = draw(ids("W"))
    s2 = _trek(draw, spoor_2, st.booleans())
    sanctie = _trek(draw, loonsanctie, st.booleans())
    verlengd = _trek(draw, verlenging, st.booleans())
    nodig = 1
    if loonsanctie is True or verlenging is True:
        nodig = _LANG
    elif spoor_2 is True:
        nodig = 500
    ziekte = draw(
        verzuim(
            eerste_ziektedag=eerste_ziektedag,
            perioden=perioden,
            hersteld=hersteld,
            breuk=breuk,
            verlof=verlof,
            min_laatste=nodig,
        )
    )
    mensen = maak_betrokkenen(werkgever, casemanager=casemanager)
    extra = draw(st.lists(betrokkenen(id=ids("EXT")), max_size=2, unique_by=lambda b: b.id))
    traject = Traject(
        werknemer=werknemer,
        werkgever=werkgever,
        ziekteperioden=ziekte.ziekteperioden,
        verlofperioden=ziekte.verlofperioden,
        betrokkenen=(*mensen, *extra),
    )
    if verlengd:
        eind = tijdlijn(traject, telwijze=telwijze)["einde_wachttijd"]
        if eind.status is not Status.VERVALLEN:
            dag = _plus(eind.uiterlijk, -draw(st.integers(91, 200)))
            weken = draw(
                st.one_of(st.sampled_from((26, 52)), st.integers(MINIMUM_VERLENGING_WEKEN, 104))
            )
            traject = traject.met_gebeurtenis(VrijwilligeVerlenging(datum=dag, weken=weken))
    keuzes = {
        code: draw(op_tijd) if isinstance(op_tijd, st.SearchStrategy) else op_tijd
        for code in STANDAARDSTAPPEN
    }
    laat = {code: _trek(draw, te_laat_dagen, st.integers(1, 60)) for code in STANDAARDSTAPPEN}
    traject = met_stappen(
        traject,
        keuzes,
        te_laat_dagen=laat,
        casemanager=casemanager,
        spoor_2=s2,
        telwijze=telwijze,
    )
    if sanctie:
        eind = tijdlijn(traject, telwijze=telwijze)["einde_wachttijd"]
        if eind.status is not Status.VERVALLEN:
            besluit = _plus(eind.uiterlijk, -draw(st.integers(0, 60)))
            weken = draw(st.one_of(st.just(52), st.integers(1, 52)))
            traject = traject.met_gebeurtenis(Loonsanctie(datum=besluit, weken=weken))
            if draw(st.booleans()):
                bekort = _plus(besluit, draw(st.integers(1, 300)))
                traject = traject.met_gebeurtenis(Bekorting(datum=bekort))
    if onderdelen:
        traject = _met_onderdelen(draw, traject, geslaagd_mag=not s2, nagekomen=op_tijd is True)
    return traject


def _met_onderdelen(
    draw: st.DrawFn, traject: Traject, geslaagd_mag: bool, nagekomen: bool = False
) -> Traject:
    """*traject* with the rest of the model drawn: references only to its own people."""
    x = traject.eerste_ziektedag
    assert x is not None
    na_x = _datums(x)
    personen = [traject.werknemer, *(b.id for b in traject.betrokkenen)]
    aanbieders = [b.id for b in traject.betrokkenen]
    resultaten = tuple(
        r for r in (None, *Spoorresultaat) if geslaagd_mag or r is not Spoorresultaat.GESLAAGD
    )
    extra_sporen = draw(
        st.lists(
            sporen(
                soort=Spoorsoort.SPOOR_1, start=na_x, aanbieders=aanbieders, resultaten=resultaten
            ),
            max_size=2,
        )
    )
    gesprekken = sorted(
        draw(
            st.lists(
                driegesprekken(
                    datum=na_x,
                    deelnemers=st.lists(
                        st.sampled_from(personen), min_size=3, max_size=4, unique=True
                    ).map(tuple),
                    nagekomen=nagekomen,
                ),
                max_size=2,
            )
        )
        if len(personen) >= 3
        else [],
        key=lambda d: d.datum,
    )
    doelen = draw(
        st.lists(
            st.one_of(leerdoelen(gesteld_op=na_x), prestatiedoelen(gesteld_op=na_x)), max_size=2
        )
    )
    return attrs.evolve(
        traject,
        sporen=(*traject.sporen, *extra_sporen),
        driegesprekken=tuple(gesprekken),
        doelen=tuple(doelen),
        activiteiten=tuple(draw(st.lists(activiteiten(start=na_x), max_size=2))),
        groepsprogrammas=tuple(
            draw(st.lists(groepsprogrammas(start=na_x, deelnemer=traject.werknemer), max_size=1))
        ),
        nazorg=tuple(draw(st.lists(nazorg(start=na_x, aanbieders=aanbieders), max_size=1))),
        belastbaarheid=tuple(draw(st.lists(belastbaarheden(datum=na_x), max_size=2))),
        werkervaringsplaatsen=tuple(draw(st.lists(werkervaringsplaatsen(start=na_x), max_size=1))),
        uitkomsten=tuple(
            sorted(draw(st.lists(uitkomsten(datum=na_x), max_size=2)), key=lambda u: u.datum)
        ),
        loopbaancheques=tuple(
            sorted(
                draw(st.lists(gebruikte_loopbaancheques(datum=na_x), max_size=2)),
                key=lambda c: c.datum,
            )
        ),
    )


@st.composite
def peildata(
    draw: st.DrawFn, traject: Traject, telwijze: Telwijze = Telwijze.EINDE_WEEK
) -> _dt.date:
    """A peildatum for *traject*, often the day before, of or after one of its due dates
    (where statuses change), else any day from its first sick day on."""
    randen = sorted(
        {
            _plus(t.uiterlijk, d)
            for tl in tijdlijnen(traject, telwijze=telwijze)
            for t in tl
            for d in (-1, 0, 1)
        }
    )
    x = traject.eerste_ziektedag or draw(_datums())
    keuzes = [_datums(x)]
    if randen:
        keuzes.insert(0, st.sampled_from(randen))
    return draw(st.one_of(keuzes))

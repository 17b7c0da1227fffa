"""The columnar timeline: every date of the rule set for millions of dossiers at once
(numpy, extra ``analyse``), without a Python object per case.

The input, :class:`Verzuimkolommen`, is what absence registrations hold: per
dossier its sickness periods (first and last day; the last open while the
employee is sick) and optionally its WAZO leave periods, as flat arrays with CSR
offsets (``grenzen``: the periods of dossier *i* are rows ``grenzen[i]`` up to
``grenzen[i + 1]``). Samentelling is done on the arrays (28 fit days start a new
case; leave days are neither sick nor fit); like :func:`~reintegratie.tijdlijn`,
the timeline is that of each dossier's latest case.

:func:`tijdlijn_kolommen` reads the rule set (default:
:func:`~reintegratie.regels.poortwachter_regels`) and computes each rule as
array operations: sick-day anchors (:class:`~reintegratie.regels.model.Ziektedag`),
offsets from other termijnen (:class:`~reintegratie.regels.model.NaTermijn`),
validity variants, windows, the Algemene termijnenwet shift
(``np.busday_offset`` with the holidays of the
:class:`~reintegratie.kalender.Kalender`) and recurring rules without a shift (as
counts). From periods alone a dossier has no recorded facts, so an anchor on a fact
(:class:`~reintegratie.regels.model.NaFeit`) counts from its fallback (the plan
van aanpak from the probleemanalyse deadline) and extensions by facts do not
apply. The dates and statuses are those :func:`~reintegratie.tijdlijn` gives for
the same trajecten without events (a property test checks it).

Built from trajecten (:meth:`Verzuimkolommen.van_trajecten`) or with recorded facts
(:class:`~reintegratie.analyse.feitkolommen.Feitkolommen`, from trajecten or from Arrow
columns), the columns take the recorded events into account, on the arrays: steps done
(``gehaald``/``te_laat`` against the due date), anchors on facts (the plan van aanpak
from the actual probleemanalyse, spoor 2 from the actual eerstejaarsevaluatie), the
evaluations each counted from the one before, conditions that make a termijn not apply
(spoor 2 not needed, geen benutbare mogelijkheden), the weeks of a loonsanctie and the
days of a late WIA application. :func:`~reintegratie.analyse.feitkolommen.feitrollen`
says which facts of a rule set that covers. A dossier holding another fact (an end of
employment, a vangnet, a vrijwillige verlenging, a bekorting beside its loonsanctie ...)
or of another jurisdiction is computed by :func:`~reintegratie.tijdlijn` itself, one
dossier at a time (:attr:`Tijdlijnkolommen.per_dossier`), so every status equals
``tijdlijn``'s.

This module holds the driver; its parts each have a module of their own: the input
arrays and samentelling on them in :mod:`~reintegratie.analyse.verzuimkolommen`, which
rules the arrays can compute in :mod:`~reintegratie.analyse.vectoriseerbaar`, the
computation in :mod:`~reintegratie.analyse.rekenkolommen` and the result in
:mod:`~reintegratie.analyse.tijdlijnkolommen`. Every public name of those is importable
from here.

>>> import pytest; np = pytest.importorskip("numpy")  # the 'analyse' extra
>>> x = np.array(["2025-10-01", "2026-02-28"], dtype="datetime64[D]")
>>> kol = tijdlijn_kolommen(x)
>>> kol["probleemanalyse"]
array(['2025-11-11', '2026-04-10'], dtype='datetime64[D]')
>>> kol["melding_42e_week"]   # sick day 295, shifted to a working day (Atw)
array(['2026-07-22', '2026-12-21'], dtype='datetime64[D]')
>>> kol["wia_aanvraag"], kol["einde_wachttijd"]
(array(['2027-07-13', '2027-12-10'], dtype='datetime64[D]'), \
array(['2027-09-28', '2028-02-25'], dtype='datetime64[D]'))

With sickness periods and breaks (the second dossier was fit for 10 days, which
samentelling adds together into one case):

>>> verzuim = Verzuimkolommen(
...     eerste_dag=np.array(["2025-10-01", "2025-10-01", "2025-11-11"], dtype="datetime64[D]"),
...     laatste_dag=np.array(["NaT", "2025-10-31", "NaT"], dtype="datetime64[D]"),
...     grenzen=np.array([0, 1, 3]))
>>> tijdlijn_kolommen(verzuim, codes=["probleemanalyse"])["probleemanalyse"]
array(['2025-11-11', '2025-11-21'], dtype='datetime64[D]')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

try:
    import numpy as np
except ImportError:  # pragma: no cover - without the extra; the module still imports
    np = None  # type: ignore[assignment]

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import controleer_datum
from reintegratie.analyse.feitkolommen import Feitkolommen, Gevalfeiten, feitrollen, samen_niet
from reintegratie.analyse.rekenkolommen import _Reken
from reintegratie.analyse.tijdlijnkolommen import (
    _CODE,
    STATUSSEN,
    Herhalingkolommen,
    Tijdlijnkolommen,
)
from reintegratie.analyse.vectoriseerbaar import (
    NietVectoriseerbaarError,
    _nodig,
    kan_vectoriseren,
)
from reintegratie.analyse.verzuimkolommen import (
    _EPOCHE,
    _NAT_I8,
    Verzuimkolommen,
    _dagen,
    _samentellen,
    _vereist_numpy,
    als_datums,
)
from reintegratie.errors import RuleSetError, ValidationError
from reintegratie.kalender import Kalender, standaard_kalender
from reintegratie.regels import Regel, Status, Telwijze, poortwachter_regels
from reintegratie.regels.engine import Tijdlijn, voorbereid
from reintegratie.regels.model import MetFeit, VerlengingWeken
from reintegratie.regels.tijdlijn import tijdlijn
from reintegratie.traject import Traject

__all__ = [
    "STATUSSEN",
    "Herhalingkolommen",
    "NietVectoriseerbaarError",
    "Tijdlijnkolommen",
    "Verzuimkolommen",
    "als_datums",
    "kan_vectoriseren",
    "tijdlijn_kolommen",
]

if TYPE_CHECKING:
    import numpy.typing as npt

    from reintegratie.analyse.verzuimkolommen import Datums, Gehelen


@gecontroleerd
def tijdlijn_kolommen(
    verzuim: Verzuimkolommen | Any,
    peildatum: _dt.date | None = None,
    *,
    codes: Iterable[str] | None = None,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> Tijdlijnkolommen:
    """The timelines of many dossiers, as arrays.

    *verzuim* is a :class:`Verzuimkolommen`, or an array of first sick days (one
    running period per dossier). *peildatum*, *regels*, *kalender* and *telwijze* are
    as for :func:`~reintegratie.tijdlijn`.

    Without trajecten (arrays of periods only) the dossiers have no recorded events:
    the dates, statuses and windows are those :func:`~reintegratie.tijdlijn` gives for
    the same dossiers as trajecten without events. *codes* picks the termijnen
    (default: every code the arrays can compute; the others are named in
    :attr:`Tijdlijnkolommen.overgeslagen`); a code asked for that cannot be computed on
    arrays, or a rule set of which no code can (the Flemish rules), is a
    :class:`NietVectoriseerbaarError` saying why (see :func:`kan_vectoriseren`).

    With the trajecten (:meth:`Verzuimkolommen.van_trajecten`) their recorded events
    count, and every code of the rule set can be asked for: each row equals
    ``reintegratie.tijdlijn(traject, peildatum)`` of its dossier. A dossier whose
    latest case has no recorded fact (by the peildatum) is computed on the arrays; a
    dossier with facts, of another jurisdiction than the rule set's (when *regels* is
    not given, its own rules apply, as in ``tijdlijn``), or asked for a code the arrays
    cannot compute, through :func:`~reintegratie.tijdlijn`, one dossier at a time
    (:attr:`Tijdlijnkolommen.per_dossier` marks those rows). A code whose every rule
    waits for a recorded fact (:class:`~reintegratie.regels.model.MetFeit`) has no
    termijn in a dossier without facts.

    .. versionadded:: 0.1.0
    """
    return _tijdlijn_kolommen(verzuim, peildatum, codes, regels, kalender, telwijze, True)


def _tijdlijn_kolommen(
    verzuim: Verzuimkolommen | Any,
    peildatum: _dt.date | None,
    codes: Iterable[str] | None,
    regels: Sequence[Regel] | None,
    kalender: Kalender | None,
    telwijze: Telwijze,
    vul: bool,
) -> Tijdlijnkolommen:
    """:func:`tijdlijn_kolommen`; without *vul*, the rows that need the object path are
    only marked in ``per_dossier`` (their values are those of the arrays), for a caller
    that computes those dossiers itself."""
    _vereist_numpy()
    if peildatum is not None:
        controleer_datum("peildatum", peildatum)
    if not isinstance(verzuim, Verzuimkolommen):
        verzuim = Verzuimkolommen(verzuim)
    trajecten = verzuim.trajecten
    regelset = regels if regels is not None else poortwachter_regels(telwijze)
    groepen = {groep[0].code: groep for groep in voorbereid(regelset)}
    redenen = kan_vectoriseren(regelset)
    # With the trajecten every code can be given (per dossier where the arrays cannot).
    mogelijk = (
        set(redenen) if trajecten is not None else {c for c, r in redenen.items() if r is None}
    )
    if codes is None:
        gevraagd = [c for c in redenen if c in mogelijk]
        if not gevraagd:
            eerste = next(iter(redenen.items()), ("", "the rule set is empty"))
            raise NietVectoriseerbaarError(
                f"the columnar timeline cannot compute any code of this rule set on arrays "
                f"({', '.join(map(repr, redenen)) or 'no codes'}; e.g. {eerste[0]!r}: "
                f"{eerste[1]}); use reintegratie.tijdlijn for it, or give the trajecten "
                "(Verzuimkolommen.van_trajecten)"
            )
    else:
        gevraagd = list(dict.fromkeys(codes))
        for code in gevraagd:
            if code not in redenen:
                raise RuleSetError(f"no rule {code!r} in the rule set")
            if code not in mogelijk:
                raise NietVectoriseerbaarError(
                    f"the columnar timeline cannot compute {code!r}: {redenen[code]}; "
                    "use reintegratie.tijdlijn for it, or give the trajecten "
                    "(Verzuimkolommen.van_trajecten)"
                )
    # Codes with a termijn only once a fact is recorded: none in a dossier without facts.
    alleen_met_feit = {
        c
        for c in gevraagd
        if redenen[c] is not None and all(type(r.voorwaarde) is MetFeit for r in groepen[c])
    }
    vector = [c for c in gevraagd if redenen[c] is None]
    nodig: set[str] = set()
    open_ = list(vector)
    if vector and (verzuim.feiten is not None or trajecten is not None):
        # A loonsanctie after the end of the wachttijd is an error of the object path
        # whatever code is asked: the termijn it is checked against is computed too.
        open_ += [
            v.uiterlijk_op
            for r in regelset
            for v in r.verlengingen
            if isinstance(v, VerlengingWeken)
            and v.uiterlijk_op is not None
            and redenen.get(v.uiterlijk_op) is None
        ]
    while open_:
        code = open_.pop()
        if code not in nodig:
            nodig.add(code)
            for regel in groepen[code]:
                open_.extend(_nodig(regel))
    kalender = kalender or standaard_kalender()
    gevallen = _samentellen(verzuim)
    feiten = verzuim.feiten
    if feiten is None and trajecten is not None:
        feiten = Feitkolommen.van_trajecten(trajecten)
    if feiten is not None and len(feiten) != gevallen.x.size:
        raise ValidationError(
            "feiten", f"{len(feiten)} dossiers, the sickness has {gevallen.x.size}"
        )
    reken = _Reken(
        gevallen,
        kalender,
        peildatum,
        None if feiten is None else _feiten_laatste_geval(feiten, gevallen.x, peildatum),
    )
    n = reken.gevallen.x.size
    uiterlijk: dict[str, Datums] = {}
    status: dict[str, npt.NDArray[np.int8]] = {}
    vanaf: dict[str, Datums] = {}
    herhalingen: dict[str, Herhalingkolommen] = {}
    for code, groep in groepen.items():  # dependency order
        if code not in nodig and code not in gevraagd:
            continue
        if code not in nodig:  # per dossier only: no termijn without a fact
            if groep[0].herhaling is not None:
                herhalingen[code] = Herhalingkolommen(
                    np.full(n, "NaT", dtype="datetime64[D]"),
                    np.zeros(n, dtype=np.int64),
                    np.zeros(n, dtype=np.int64),
                )
            else:
                uiterlijk[code] = np.full(n, "NaT", dtype="datetime64[D]")
                status[code] = np.full(n, -1, dtype=np.int8)
            continue
        if groep[0].herhaling is not None:
            h = reken.herhaling(groep[0])
            reken.klaar[code] = h.eerste
            if code in gevraagd:
                herhalingen[code] = h
            continue
        u, s, v = reken.groep(groep)
        reken.klaar[code] = u
        if code in gevraagd:
            uiterlijk[code] = u
            status[code] = s
            if v is not None:
                vanaf[code] = v
    per_dossier = np.zeros(n, dtype=bool)
    if feiten is not None:
        alles = trajecten is not None and any(
            redenen[c] is not None and c not in alleen_met_feit for c in gevraagd
        )
        per_dossier = _per_dossier(feiten, reken, regelset, regels is None, alles, peildatum)
        if per_dossier.any() and trajecten is None and vul:
            i = int(np.flatnonzero(per_dossier)[0])
            raise NietVectoriseerbaarError(
                f"{int(per_dossier.sum())} dossiers (the first: row {i}) hold facts the "
                "columnar timeline computes only through reintegratie.tijdlijn (see "
                "reintegratie.analyse.feitkolommen.feitrollen); give the trajecten"
            )
        if per_dossier.any() and vul:
            assert trajecten is not None
            _vul_per_dossier(
                trajecten,
                np.flatnonzero(per_dossier),
                (uiterlijk, status, vanaf, herhalingen),
                functools.partial(
                    tijdlijn,
                    peildatum=peildatum,
                    regels=regels,
                    kalender=kalender,
                    telwijze=telwijze,
                ),
            )
    overgeslagen = {c: r for c, r in redenen.items() if r is not None and c not in mogelijk}
    return Tijdlijnkolommen(
        eerste_ziektedag=reken.gevallen.x,
        laatste_ziektedag=reken.gevallen.laatste,
        uiterlijk=uiterlijk,
        status=status,
        vanaf=vanaf,
        herhalingen=herhalingen,
        peildatum=peildatum,
        overgeslagen=overgeslagen,
        per_dossier=per_dossier,
    )


def _feiten_laatste_geval(
    feiten: Feitkolommen, x: Datums, peildatum: _dt.date | None
) -> Gevalfeiten:
    """The facts of each dossier's latest case (from its first sick day X, by the
    peildatum), as the engine's ``feiten_per_code`` takes them."""
    dossier = np.repeat(np.arange(len(feiten)), np.diff(feiten.grenzen))
    dag = _dagen(feiten.datum)
    begin = _dagen(x)[dossier]
    binnen = (begin != _NAT_I8) & (dag >= begin)
    if peildatum is not None:
        binnen &= dag <= (peildatum.toordinal() - _EPOCHE)
    return Gevalfeiten(feiten, np.where(binnen, dossier, -1), x.size)


def _per_dossier(
    feiten: Feitkolommen,
    reken: _Reken,
    regels: Sequence[Regel],
    eigen: bool,
    alles: bool,
    peildatum: _dt.date | None,
) -> npt.NDArray[np.bool_]:
    """Per dossier, whether it needs the object path: it has a case, and a fact in its
    latest case the arrays do not apply (:func:`~.feitkolommen.feitrollen`; an end of
    employment also before the case), a vangnet period, a loonsanctie after the end of the
    wachttijd, a first sick day before the latest date from which a rule of the set knows
    the law (``Regel.eerder_onbekend``: the object path decides whether that is an error),
    or (*eigen*: no rule set was given) another jurisdiction than the Dutch rules, or a
    code the arrays cannot compute (*alles*)."""
    met_geval = ~np.isnat(reken.gevallen.x)
    if alles:
        return met_geval
    # A case from before the law a rule set knows is an error of the object path (rules
    # with eerder_onbekend): such a case, and one near it, goes there.
    grens = max(
        (r.geldig_vanaf for r in regels if r.eerder_onbekend and r.geldig_vanaf), default=None
    )
    _, niet = feitrollen(regels)
    uit = reken.feiten.heeft(niet) | feiten.bijzonder
    if grens is not None:
        uit |= reken.gevallen.x < np.datetime64(grens, "D")  # False where NaT
    if eigen:
        uit |= ~feiten.nederlands
    # The end of employment counts also when it lies before the case.
    ks = [i for i, c in enumerate(feiten.codes) if c == "einde_dienstverband"]
    if ks:
        s = np.isin(feiten.code, ks)
        if peildatum is not None:
            s &= feiten.datum <= np.datetime64(peildatum, "D")
        dossier = np.repeat(np.arange(len(feiten)), np.diff(feiten.grenzen))
        uit[dossier[s]] = True
    for feit, andere in samen_niet(regels):
        uit |= reken.feiten.heeft((feit,)) & reken.feiten.heeft(andere)
    for regel in regels:
        for v in regel.verlengingen:
            if isinstance(v, VerlengingWeken) and v.uiterlijk_op is not None:
                uit |= reken.na_grens(v)
    gevonden: npt.NDArray[np.bool_] = uit & met_geval
    return gevonden


_Kolommen: TypeAlias = tuple[
    dict[str, "Datums"],
    dict[str, "npt.NDArray[np.int8]"],
    dict[str, "Datums"],
    dict[str, Herhalingkolommen],
]


def _vul_per_dossier(
    trajecten: Sequence[Traject],
    rijen: Gehelen,
    kolommen: _Kolommen,
    maak: Callable[[Traject], Tijdlijn],
) -> None:
    """Overwrite rows *rijen* of *kolommen* with the timelines :func:`tijdlijn` gives."""
    uiterlijk, status, vanaf, herhalingen = kolommen
    for code in uiterlijk:  # the arrays may share memory: written into copies
        uiterlijk[code] = uiterlijk[code].copy()
        status[code] = status[code].copy()
    for code in list(vanaf):
        vanaf[code] = vanaf[code].copy()
    for code, h in list(herhalingen.items()):
        herhalingen[code] = attrs.evolve(
            h, eerste=h.eerste.copy(), aantal=h.aantal.copy(), gemist=h.gemist.copy()
        )
    n = len(trajecten)
    for i in rijen.tolist():
        tl = maak(trajecten[i])
        for code in uiterlijk:
            reeks = tl.alle(code)
            if not reeks:
                uiterlijk[code][i] = np.datetime64("NaT", "D")
                status[code][i] = -1
                if code in vanaf:
                    vanaf[code][i] = np.datetime64("NaT", "D")
                continue
            termijn = tl[code]
            uiterlijk[code][i] = termijn.uiterlijk
            status[code][i] = _CODE[termijn.status]
            if termijn.vanaf is not None:
                if code not in vanaf:
                    vanaf[code] = np.full(n, "NaT", dtype="datetime64[D]")
                vanaf[code][i] = termijn.vanaf
            elif code in vanaf:
                vanaf[code][i] = np.datetime64("NaT", "D")
        for code, h in herhalingen.items():
            reeks = tl.alle(code)
            h.aantal[i] = len(reeks)
            h.gemist[i] = sum(r.status is Status.GEMIST for r in reeks)
            h.eerste[i] = reeks[0].uiterlijk if reeks else np.datetime64("NaT", "D")

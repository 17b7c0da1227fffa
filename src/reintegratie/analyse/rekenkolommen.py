"""The computation of the columnar timeline: one evaluation of a rule set over the
arrays of the dossiers' latest cases (anchors, validity variants, extensions,
conditions, the Algemene termijnenwet shift with ``np.busday_offset``, statuses and
recurring termijnen), as the engine computes them for one traject.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

try:
    import numpy as np
except ImportError:  # pragma: no cover - without the extra; the module still imports
    np = None  # type: ignore[assignment]

from reintegratie.analyse.feitkolommen import Gevalfeiten
from reintegratie.analyse.tijdlijnkolommen import _CODE, Herhalingkolommen
from reintegratie.analyse.verzuimkolommen import _EPOCHE, _NAT_I8, _dagen, _Gevallen
from reintegratie.errors import RuleSetError
from reintegratie.kalender import Kalender
from reintegratie.regels import (
    Anker,
    Laatste,
    NaFeit,
    NaTermijn,
    Regel,
    Status,
    Termijnsoort,
    Verschuiving,
    Vroegste,
    Ziektedag,
    ZonderFeit,
)
from reintegratie.regels.model import VerlengingTeLaat, VerlengingWeken, uitsluiting_van

if TYPE_CHECKING:
    import numpy.typing as npt

    from reintegratie.analyse.verzuimkolommen import Datums, Gehelen


def _feestdagen(kalender: Kalender, datums: Datums) -> Datums:
    """The holidays of *kalender* in the years *datums* span, plus the year after."""
    dagen = _dagen(datums)
    if not dagen.size:
        return np.empty(0, dtype="datetime64[D]")
    hoogste = int(dagen.max())  # NaT is the lowest int64: never the highest
    if hoogste == _NAT_I8:
        return np.empty(0, dtype="datetime64[D]")
    laagste = int((dagen - 1).min()) + 1  # NaT - 1 wraps to the highest int64
    laag, hoog = (_dt.date.fromordinal(d + _EPOCHE).year for d in (laagste, hoogste))
    hoog += 1
    vrij = [d for jaar in range(laag, hoog + 1) for d in kalender.feestdagen(jaar)]
    return np.array(vrij, dtype="datetime64[D]")


class _Reken:
    """One evaluation of a rule set over the arrays."""

    def __init__(
        self,
        gevallen: _Gevallen,
        kalender: Kalender,
        peildatum: _dt.date | None,
        feiten: Gevalfeiten | None = None,
    ) -> None:
        self.gevallen = gevallen
        self.kalender = kalender
        self.peildatum = None if peildatum is None else np.datetime64(peildatum, "D")
        self.klaar: dict[str, Datums] = {}
        self.gedaan: dict[str, Datums] = {}
        """Per code, the date its completing fact was recorded (NaT: not done)."""
        self._hersteld: npt.NDArray[np.bool_] | None = None
        self.feiten = feiten if feiten is not None else Gevalfeiten(None, None, gevallen.x.size)

    def anker(self, anker: Anker) -> Datums:
        if type(anker) is Laatste or type(anker) is Vroegste:
            # A part counting from a fact not recorded (no fallback) is passed over: NaT.
            delen = [_dagen(self.anker(a)) for a in anker.ankers]
            if type(anker) is Laatste:  # NaT is the lowest int64: max passes over it
                return functools.reduce(np.maximum, delen).view("datetime64[D]")
            hoog = np.iinfo(np.int64).max
            laagste = functools.reduce(np.minimum, (np.where(d == _NAT_I8, hoog, d) for d in delen))
            return np.where(laagste == hoog, _NAT_I8, laagste).view("datetime64[D]")
        if type(anker) is NaFeit:
            feit = self.feiten.eerste(anker.feit)
            gevonden = ~np.isnat(feit)
            anders = None if anker.anders is None else self.anker(anker.anders)
            if not gevonden.any():
                return (
                    np.full(feit.size, "NaT", dtype="datetime64[D]") if anders is None else anders
                )
            dag = feit + np.timedelta64(anker.dagen, "D")
            return dag if anders is None else np.where(gevonden, dag, anders)
        if type(anker) is Ziektedag:
            return self.gevallen.ziektedag(anker.dag)
        assert isinstance(anker, NaTermijn)
        basis = self.klaar.get(anker.termijn)
        if basis is None:
            raise RuleSetError(f"termijn {anker.termijn!r} has no column here")
        return basis + np.timedelta64(anker.dagen, "D")

    def verschuif(self, datums: Datums) -> Datums:
        vrij = _feestdagen(self.kalender, datums)
        return np.busday_offset(datums, 0, roll="forward", holidays=vrij)

    def status(self, uiterlijk: Datums, soort: Termijnsoort) -> npt.NDArray[np.int8]:
        laatste, peil = self.gevallen.laatste, self.peildatum
        vervallen = uiterlijk > laatste  # False where either is NaT
        anders: Any  # the status where it did not lapse: an array, or one code for all
        if soort is Termijnsoort.DEADLINE:
            if peil is not None:
                vervallen &= self.hersteld_voor_peildatum()
                anders = np.where(uiterlijk < peil, _CODE[Status.GEMIST], _CODE[Status.OPEN])
            else:
                anders = _CODE[Status.OPEN]
        elif peil is not None:
            anders = np.where(uiterlijk <= peil, _CODE[Status.BEREIKT], _CODE[Status.OPEN])
        else:
            anders = _CODE[Status.OPEN]
        uit = np.where(vervallen, np.int8(_CODE[Status.VERVALLEN]), anders).astype(np.int8)
        geen = np.isnat(uiterlijk)
        if geen.any():
            uit[geen] = -1
        return uit

    def hersteld_voor_peildatum(self) -> npt.NDArray[np.bool_]:
        """Per dossier: recovered before the peildatum (computed once)."""
        if self._hersteld is None:
            self._hersteld = self.gevallen.laatste < self.peildatum
        return self._hersteld

    def groep(self, groep: Sequence[Regel]) -> tuple[Datums, npt.NDArray[np.int8], Datums | None]:
        """Due dates, statuses and window openings of a non-recurring rule group."""
        eerste = groep[0]
        if len(groep) == 1 and eerste.geldig_vanaf is None and eerste.geldig_tot is None:
            return self.variant(eerste, self.anker(eerste.anker))
        n = self.gevallen.x.size
        uiterlijk = np.full(n, "NaT", dtype="datetime64[D]")
        status = np.full(n, -1, dtype=np.int8)
        vanaf: Datums | None = None
        over: npt.NDArray[np.bool_] | None = None  # rows no variant took yet (None: all)
        dag: Datums | None = None
        vorige: Anker | None = None
        for regel in groep:
            if dag is None or type(regel.anker) is not type(vorige) or regel.anker != vorige:
                dag = self.anker(regel.anker)
                vorige = regel.anker
            kies = ~np.isnat(dag) if over is None else over & ~np.isnat(dag)
            if regel.geldig_vanaf is not None:
                kies &= dag >= np.datetime64(regel.geldig_vanaf, "D")
            if regel.geldig_tot is not None:
                kies &= dag <= np.datetime64(regel.geldig_tot, "D")
            if not kies.any():
                continue
            u, s, v = self.variant(regel, dag)
            np.copyto(uiterlijk, u, where=kies)
            np.copyto(status, s, where=kies)
            if v is not None:
                if vanaf is None:
                    vanaf = np.full(n, "NaT", dtype="datetime64[D]")
                np.copyto(vanaf, v, where=kies)
            over = ~kies if over is None else over & ~kies
            if not over.any():
                break
        return uiterlijk, status, vanaf

    def variant(
        self, regel: Regel, dag: Datums
    ) -> tuple[Datums, npt.NDArray[np.int8], Datums | None]:
        for v in regel.verlengingen:
            dag = self.verleng(v, dag)
        uiterlijk = (
            self.verschuif(dag) if regel.verschuiving is Verschuiving.VOLGENDE_WERKDAG else dag
        )
        vanaf = None if regel.venster_vanaf is None else self.anker(regel.venster_vanaf)
        status = self.status(uiterlijk, regel.soort)
        zonder = uitsluiting_van(regel.voorwaarde)
        if zonder is not None:
            status = np.where(
                self.uitgesloten(zonder, uiterlijk), _CODE[Status.NIET_VAN_TOEPASSING], status
            ).astype(np.int8)
        if regel.soort is Termijnsoort.DEADLINE:
            gedaan = self.feiten.eerste(regel.feit)
            self.gedaan[regel.code] = gedaan
            klaar = ~np.isnat(gedaan) & ~np.isnat(uiterlijk)
            if klaar.any():
                op_tijd = np.where(
                    gedaan <= uiterlijk, _CODE[Status.GEHAALD], _CODE[Status.TE_LAAT]
                )
                status = np.where(klaar, op_tijd, status).astype(np.int8)
        return uiterlijk, status, vanaf

    def verleng(self, v: VerlengingTeLaat | VerlengingWeken, dag: Datums) -> Datums:
        """*dag* moved by extension *v* (as the engine's verlengers; what needs a
        shortening or bekorting goes per dossier, see :func:`~.feitkolommen.feitrollen`)."""
        if isinstance(v, VerlengingTeLaat):
            basis, gedaan = self.klaar[v.termijn], self.gedaan.get(v.termijn)
            if gedaan is None:
                return dag
            laat = ~np.isnat(gedaan) & (gedaan > basis)
            if v.geldig_vanaf is not None:
                laat &= basis >= np.datetime64(v.geldig_vanaf, "D")
            if v.geldig_tot is not None:
                laat &= basis <= np.datetime64(v.geldig_tot, "D")
            if not laat.any():
                return dag
            return np.where(laat, dag + (gedaan - basis), dag)
        s = self.feiten.selectie(v.feit)
        if not s.size:
            return dag
        datums = self.feiten.dag[s]
        telt = np.ones(s.size, dtype=bool)
        if v.geldig_vanaf is not None:
            telt &= datums >= (v.geldig_vanaf.toordinal() - _EPOCHE)
        if v.geldig_tot is not None:
            telt &= datums <= (v.geldig_tot.toordinal() - _EPOCHE)
        weken = np.zeros(dag.size, dtype=np.int64)
        np.add.at(weken, self.feiten.rij[s][telt], self.feiten.weken[s][telt])
        if v.maximum_weken is not None:
            weken = np.minimum(weken, v.maximum_weken)
        verlengd: Datums = dag + (7 * weken).astype("timedelta64[D]")
        return verlengd

    def uitgesloten(self, zonder: ZonderFeit, uiterlijk: Datums) -> npt.NDArray[np.bool_]:
        """Per row, whether *zonder* makes a termijn due on *uiterlijk* not apply (as the
        engine's ``uitgesloten_door``): the latest of its facts on or before the day judged
        (the due date, or the first date of the fact ``op``) not followed by a ``tenzij``
        fact by then."""
        n = uiterlijk.size
        peil = _dagen(uiterlijk)
        if zonder.op is not None:
            op = _dagen(self.feiten.eerste(zonder.op))
            peil = np.where(op != _NAT_I8, op, peil)
        laatst = np.full(n, _NAT_I8, dtype=np.int64)
        f = self.feiten
        for code in zonder.feiten:
            s = f.selectie(code)
            if s.size:
                rij, dag = f.rij[s], f.dag[s]
                telt = (peil[rij] != _NAT_I8) & (dag <= peil[rij])
                np.maximum.at(laatst, rij[telt], dag[telt])
        uit = laatst != _NAT_I8
        for code in zonder.tenzij:
            s = f.selectie(code)
            if s.size and uit.any():
                rij, dag = f.rij[s], f.dag[s]
                na = uit[rij] & (laatst[rij] < dag) & (dag <= peil[rij])
                uit[rij[na]] = False
        gevonden: npt.NDArray[np.bool_] = uit
        return gevonden

    def na_grens(self, v: VerlengingWeken) -> npt.NDArray[np.bool_]:
        """Per row: a fact of *v* dated after the termijn ``v.uiterlijk_op`` (the engine
        raises a ValidationError for it: the row goes per dossier)."""
        uit = np.zeros(self.gevallen.x.size, dtype=bool)
        s = self.feiten.selectie(v.feit)
        grens = self.klaar.get(v.uiterlijk_op or "")
        if s.size and grens is not None:
            rij = self.feiten.rij[s]
            g = _dagen(grens)[rij]
            uit[rij[(g != _NAT_I8) & (self.feiten.dag[s] > g)]] = True
        return uit

    def herhaling(self, regel: Regel) -> Herhalingkolommen:
        """A recurring rule (as the engine's): while completions remain, each termijn
        counts from the completion before; then each from the due date before, until the
        end (``herhaling.tot`` or recovery)."""
        assert regel.herhaling is not None
        interval = regel.herhaling.interval
        dag = _dagen(self.anker(regel.anker)).copy()
        einde_d = self.klaar[regel.herhaling.tot]
        laatste = self.gevallen.laatste
        einde_d = np.where(~np.isnat(laatste) & (laatste < einde_d), laatste, einde_d)
        geldig = ~np.isnat(einde_d) & (dag != _NAT_I8)
        einde = _dagen(einde_d)
        n = dag.size
        afgerond = np.zeros(n, dtype=np.int64)
        eerste_af = np.full(n, _NAT_I8, dtype=np.int64)
        staart = geldig.copy()  # rows whose undone termijnen run on from dag
        rijen: list[Gehelen] = []
        uiterlijken: list[Gehelen] = []
        statussen: list[npt.NDArray[np.int8]] = []
        s = self.feiten.selectie(regel.feit)
        if s.size:
            rij, gedaan = self.feiten.rij[s], self.feiten.dag[s]  # by row, then date
            begin = np.flatnonzero(np.r_[True, rij[1:] != rij[:-1]])
            plek = np.arange(rij.size) - np.repeat(begin, np.diff(np.r_[begin, rij.size]))
            actief = geldig.copy()
            for j in range(int(plek.max()) + 1):
                r, g = rij[plek == j], gedaan[plek == j]
                a = actief[r]
                r, g = r[a], g[a]
                u = dag[r] + interval
                stop = u > einde[r]
                actief[r[stop]] = False
                staart[r[stop]] = False
                telt = ~stop & (g > dag[r])  # done on or before the day it counts from: no
                r, g, u = r[telt], g[telt], u[telt]
                rijen.append(r)
                uiterlijken.append(u)
                statussen.append(
                    np.where(g <= u, _CODE[Status.GEHAALD], _CODE[Status.TE_LAAT]).astype(np.int8)
                )
                eerste_af[r] = np.where(afgerond[r] == 0, u, eerste_af[r])
                afgerond[r] += 1
                dag[r] = g
        ruimte = np.where(staart, einde - dag, -1)
        rest = np.where(ruimte >= interval, ruimte // interval, 0)
        eerste = np.where(afgerond > 0, eerste_af, np.where(rest > 0, dag + interval, _NAT_I8))
        if self.peildatum is None:
            gemist = np.zeros_like(rest)
        else:
            voor = np.where(staart, int(self.peildatum.astype(np.int64)) - dag - 1, -1)
            gemist = np.clip(voor // interval, 0, rest)
        leeg = np.empty(0, dtype=np.int64)
        return Herhalingkolommen(
            eerste.view("datetime64[D]"),
            afgerond + rest,
            gemist,
            afgerond_rij=np.concatenate(rijen) if rijen else leeg,
            afgerond_uiterlijk=(np.concatenate(uiterlijken) if rijen else leeg).view(
                "datetime64[D]"
            ),
            afgerond_status=np.concatenate(statussen) if rijen else leeg.astype(np.int8),
            staart_vanaf=np.where(staart, dag, _NAT_I8).view("datetime64[D]"),
            staart_aantal=rest,
            interval=interval,
        )

"""Recorded facts of many dossiers as flat arrays, for the columnar timeline (numpy,
extra ``analyse``).

:class:`Feitkolommen` holds what the rules engine reads from a traject as *facts*
(:func:`~reintegratie.regels.engine.feiten_van`): per dossier, rows of (fact code, date,
weeks), with CSR offsets (``grenzen``) as :class:`~.kolommen.Verzuimkolommen` has them.
An event gives a row with its own code and one for each fact it derives
(``probleemanalyse_met_mogelijkheden``, ``loonsanctie_inhoudelijk`` ...); a spoor 2
gives ``spoor_2`` on its start, a successful spoor 1 ``spoor_1_geslaagd`` on its end.
Built from trajecten (:meth:`Feitkolommen.van_trajecten`) or from Arrow columns
(:meth:`~reintegratie.analyse.arrow.Caseloadkolommen.feitkolommen`), without a Python
object per dossier in the second case.

Which facts the arrays apply is read from the rule set (:func:`feitrollen`), not listed
by hand. A fact is applied on the arrays when every rule that reads it reads it as

* the fact that completes a termijn (``Regel.feit``: ``gehaald`` or ``te_laat`` against
  the due date; each evaluation of a recurring rule counted from the completion before);
* an anchor (:class:`~reintegratie.regels.model.NaFeit`, also inside ``Laatste`` and
  ``Vroegste``: the plan van aanpak from the actual probleemanalyse, spoor 2 from the
  actual eerstejaarsevaluatie);
* the weeks of an extension without shortening (:class:`VerlengingWeken`: a loonsanctie
  moves the end of loondoorbetaling; at most ``maximum_weken``);
* a condition :class:`~reintegratie.regels.model.ZonderFeit` (spoor 2 not due once the
  eerstejaarsevaluatie found a concrete prospect of return; no plan van aanpak while the
  bedrijfsarts finds geen benutbare mogelijkheden, until an analysis finds them again);

and a late completion that moves another date (:class:`VerlengingTeLaat`: a late WIA
application) is applied too. A fact read in any other way (a condition
:class:`~reintegratie.regels.model.MetFeit`, ``geldig_volgens``, a shortening or
bekorting beside the extension it shortens (:func:`samen_niet`), an extension that must
stay 13 weeks from its request), the
end of employment, a vangnet period, a loonsanctie imposed after the end of the
wachttijd (an error of the object path) and a dossier of another jurisdiction than the
rule set's make the dossier's row come from :func:`~reintegratie.tijdlijn` instead
(:attr:`~.kolommen.Tijdlijnkolommen.per_dossier`). A fact no rule reads changes nothing.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

try:
    import numpy as np
except ImportError:  # pragma: no cover - without the extra; the module still imports
    np = None  # type: ignore[assignment]

from reintegratie._argumenten import gecontroleerd
from reintegratie.errors import ExtraOntbreektError, ValidationError
from reintegratie.gebeurtenissen import GEBEURTENISSOORTEN
from reintegratie.regels import Laatste, NaFeit, Regel, Vroegste
from reintegratie.regels.model import MetFeit, NaMaanden, VerlengingWeken, uitsluiting_van
from reintegratie.spoor import Spoorresultaat, Spoorsoort
from reintegratie.traject import Jurisdictie, Traject

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = ["OBJECTFEITEN", "Feitkolommen", "feitrollen", "samen_niet"]

_EPOCHE = _dt.date(1970, 1, 1).toordinal()

#: Facts the engine reads beyond the rule set (the end of employment and what it derives,
#: the vangnet classes): a dossier holding one is computed by ``tijdlijn``.
OBJECTFEITEN: frozenset[str] = frozenset(
    {
        "einde_dienstverband",
        "ziek_uit_dienst",
        "ziek_uit_dienst_na_6_weken",
        "ziek_uit_dienst_na_10_weken",
        "vangnet",
        "vangnet_binnen_6_weken",
    }
)


def _ankerfeiten(anker: Any, uit: set[str]) -> None:
    open_ = [anker]
    while open_:
        a = open_.pop()
        if type(a) is NaFeit:
            uit.add(a.feit)
            open_.append(a.anders)
        elif type(a) is Laatste or type(a) is Vroegste:
            open_.extend(a.ankers)
        elif type(a) is NaMaanden:
            open_.append(a.anker)


@gecontroleerd
def feitrollen(regels: Sequence[Regel]) -> tuple[frozenset[str], frozenset[str]]:
    """The facts *regels* read, split in two: those the columnar timeline applies on
    arrays, and those that send a dossier holding them to :func:`~reintegratie.tijdlijn`
    (see the module docs). A fact in neither set is read by no rule.

    >>> from reintegratie.regels import poortwachter_regels
    >>> op_rijen, per_dossier = feitrollen(poortwachter_regels())
    >>> sorted({"probleemanalyse_met_mogelijkheden", "evaluatie", "loonsanctie_inhoudelijk"}
    ...        & op_rijen)
    ['evaluatie', 'loonsanctie_inhoudelijk', 'probleemanalyse_met_mogelijkheden']
    >>> sorted({"geen_benutbare_mogelijkheden", "vrijwillige_verlenging", "einde_dienstverband"}
    ...        & per_dossier)
    ['einde_dienstverband', 'vrijwillige_verlenging']
    """
    vector: set[str] = set()
    niet: set[str] = set(OBJECTFEITEN)
    for regel in regels:
        vector.add(regel.feit)
        for anker in (regel.anker, regel.venster_vanaf):
            _ankerfeiten(anker, vector)
        zonder = uitsluiting_van(regel.voorwaarde)
        if type(regel.voorwaarde) is MetFeit:
            niet.update(regel.voorwaarde.feiten)
            if zonder is not None:
                niet.update(zonder.feiten)
        elif zonder is not None:  # applied on the arrays (ZonderFeit)
            vector.update(zonder.feiten, zonder.tenzij)
            if zonder.op is not None:
                vector.add(zonder.op)
        if regel.geldig_volgens is not None:
            niet.add(regel.geldig_volgens)
        for v in regel.verlengingen:
            if isinstance(v, VerlengingWeken):
                (niet if v.minimum_na_verzoek else vector).add(v.feit)
    return frozenset(vector - niet), frozenset(niet)


@gecontroleerd
def samen_niet(regels: Sequence[Regel]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Pairs (fact, others) of *regels*: a dossier holding the fact and one of the others
    goes per dossier (an extension shortened or ended early: ``verkorting``,
    ``bekorting``); either alone is applied on the arrays or read by no rule."""
    paren = []
    for regel in regels:
        for v in regel.verlengingen:
            if isinstance(v, VerlengingWeken):
                andere = tuple(c for c in (v.verkorting, v.bekorting) if c)
                if andere:
                    paren.append((v.feit, andere))
    return tuple(dict.fromkeys(paren))


def _dagnummers(ordinalen: list[int]) -> Any:
    return (np.asarray(ordinalen, dtype=np.int64) - _EPOCHE).view("datetime64[D]")


_SOORTNAMEN = {"i": "integers", "M": "dates", "b": "booleans"}


@attrs.frozen(eq=False)
class Feitkolommen:
    """The recorded facts of many dossiers as flat arrays (see the module docs).

    Row *r* is fact ``codes[code[r]]`` on ``datum[r]`` with ``weken[r]`` weeks (0: the
    fact has none); the rows of dossier *i* are ``grenzen[i]`` up to ``grenzen[i + 1]``,
    in any order. ``nederlands`` marks the dossiers of the Dutch jurisdiction (others
    get their own rules, per dossier, unless a rule set is given); ``bijzonder`` those the
    arrays do not hold fully, computed per dossier: a period flagged vangnet, or (from
    Arrow columns) an event whose derived facts were not decoded.

    .. versionadded:: 0.1.0
    """

    codes: tuple[str, ...]
    code: npt.NDArray[Any]
    datum: npt.NDArray[Any]
    weken: npt.NDArray[Any]
    grenzen: npt.NDArray[Any]
    nederlands: npt.NDArray[np.bool_]
    bijzonder: npt.NDArray[np.bool_]

    def __attrs_post_init__(self) -> None:
        if np is None:
            raise ExtraOntbreektError(
                "Feitkolommen needs numpy: pip install 'reintegratie[analyse]'"
            )
        if not isinstance(self.codes, tuple) or not all(isinstance(c, str) for c in self.codes):
            raise ValidationError("codes", "expected a tuple of fact codes (str)")
        soorten = {
            "code": "i",
            "datum": "M",
            "weken": "i",
            "grenzen": "i",
            "nederlands": "b",
            "bijzonder": "b",
        }
        for veld, soort in soorten.items():
            rij = getattr(self, veld)
            if not isinstance(rij, np.ndarray) or rij.ndim != 1:
                raise ValidationError(veld, f"expected a 1-d numpy array, got {type(rij).__name__}")
            if (
                rij.size
                and rij.dtype.kind != soort
                and not (soort == "i" and rij.dtype.kind == "u")
            ):
                raise ValidationError(veld, f"expected {_SOORTNAMEN[soort]}, got {rij.dtype}")
        if self.datum.size and self.datum.dtype != np.dtype("datetime64[D]"):
            raise ValidationError("datum", f"expected datetime64[D], got {self.datum.dtype}")
        m = self.code.size
        if self.datum.size != m or self.weken.size != m:
            raise ValidationError("datum", "the fact arrays differ in length")
        if self.grenzen.size < 1 or self.grenzen[0] != 0 or self.grenzen[-1] != m:
            raise ValidationError("grenzen", f"offsets must run from 0 to {m}")
        if (np.diff(self.grenzen) < 0).any():
            raise ValidationError("grenzen", "offsets must not decrease")
        n = self.grenzen.size - 1
        if self.nederlands.size != n or self.bijzonder.size != n:
            raise ValidationError("nederlands", f"expected {n} dossiers")
        if m and (int(self.code.min()) < 0 or int(self.code.max()) >= len(self.codes)):
            raise ValidationError("code", "a fact code outside the code table")
        if m and np.isnat(self.datum).any():
            raise ValidationError("datum", "a fact needs a date (NaT found)")

    def __len__(self) -> int:
        """The number of dossiers."""
        return int(self.grenzen.size - 1)

    @classmethod
    def van_trajecten(cls, trajecten: Iterable[Traject]) -> Feitkolommen:
        """The facts of *trajecten* (one dossier each), as the engine reads them."""
        codes: dict[str, int] = {}
        code: list[int] = []
        datum: list[int] = []
        weken: list[int] = []
        grenzen = [0]
        nederlands: list[bool] = []
        bijzonder: list[bool] = []

        def rij(c: str, d: _dt.date, w: int) -> None:
            code.append(codes.setdefault(c, len(codes)))
            datum.append(d.toordinal())
            weken.append(w)

        for t in trajecten:
            for g in t.gebeurtenissen:
                w = int(getattr(g, "weken", 0) or 0)
                rij(g.code, g.datum, w)
                if type(g).heeft_afgeleide_feiten:
                    for extra in g.afgeleide_feiten:
                        rij(extra, g.datum, w)
            for s in t.sporen:
                if s.soort is Spoorsoort.SPOOR_2:
                    rij("spoor_2", s.start, 0)
                if (
                    s.soort is Spoorsoort.SPOOR_1
                    and s.resultaat is Spoorresultaat.GESLAAGD
                    and s.einde is not None
                ):
                    rij("spoor_1_geslaagd", s.einde, 0)
            grenzen.append(len(code))
            nederlands.append(t.jurisdictie is Jurisdictie.NL)
            bijzonder.append(any(p.vangnet for p in t.ziekteperioden))
        return cls(
            tuple(codes),
            np.asarray(code, dtype=np.int32),
            _dagnummers(datum),
            np.asarray(weken, dtype=np.int64),
            np.asarray(grenzen, dtype=np.int64),
            np.asarray(nederlands, dtype=bool),
            np.asarray(bijzonder, dtype=bool),
        )


#: Event kinds with derived facts whose content the Arrow reader decodes (see
#: :meth:`~reintegratie.analyse.arrow.Caseloadkolommen.feitkolommen`); a dossier with an
#: event of another kind that derives facts is computed per dossier.
AFGELEID_OP_KOLOMMEN: frozenset[str] = frozenset(
    {
        "probleemanalyse",
        "eerstejaarsevaluatie",
        "re_integratieverslag",
        "wia_aanvraag",
        "loonsanctie",
    }
)
#: Every event kind that derives facts from its content.
AFGELEIDE_SOORTEN: frozenset[str] = frozenset(
    code for code, soort in GEBEURTENISSOORTEN.items() if soort.heeft_afgeleide_feiten
)


_NAT_I8 = -(2**63)


class Gevalfeiten:
    """The facts of one case per row, as the columnar timeline reads them (internal).

    *rij* gives, per fact row of *feiten*, the row (case) it belongs to, or -1 (another
    case, or after the peildatum).
    """

    def __init__(self, feiten: Feitkolommen | None, rij: Any, n: int) -> None:
        self.n = n
        if feiten is None or not feiten.code.size:
            self.code = np.empty(0, dtype=np.int32)
            self.rij = np.empty(0, dtype=np.int64)
            self.dag = np.empty(0, dtype=np.int64)
            self.weken = np.empty(0, dtype=np.int64)
            self.index: dict[str, int] = {}
        else:
            binnen = rij >= 0
            self.code = feiten.code[binnen]
            self.rij = rij[binnen]
            self.dag = feiten.datum.view(np.int64)[binnen]
            self.weken = feiten.weken[binnen]
            self.index = {c: i for i, c in enumerate(feiten.codes)}
        self._eerste: dict[str, Any] = {}
        self._rijen: dict[str, Any] = {}

    def selectie(self, code: str) -> Any:
        """The positions of the facts *code* (into ``rij``, ``dag``, ``weken``)."""
        gevonden = self._rijen.get(code)
        if gevonden is None:
            k = self.index.get(code)
            if k is None:
                gevonden = np.empty(0, dtype=np.int64)
            else:
                gevonden = np.flatnonzero(self.code == k)
                # in (row, date) order, for recurring rules
                gevonden = gevonden[np.lexsort((self.dag[gevonden], self.rij[gevonden]))]
            self._rijen[code] = gevonden
        return gevonden

    def eerste(self, code: str) -> Any:
        """Per row, the first date of the fact *code* (NaT: none)."""
        gevonden = self._eerste.get(code)
        if gevonden is None:
            s = self.selectie(code)
            dagen = np.full(self.n, np.iinfo(np.int64).max, dtype=np.int64)
            if s.size:
                np.minimum.at(dagen, self.rij[s], self.dag[s])
            dagen[dagen == np.iinfo(np.int64).max] = _NAT_I8
            gevonden = self._eerste[code] = dagen.view("datetime64[D]")
        return gevonden

    def heeft(self, codes: Iterable[str]) -> Any:
        """Per row: whether any fact of *codes* is recorded."""
        uit = np.zeros(self.n, dtype=bool)
        ks = [self.index[c] for c in codes if c in self.index]
        if ks:
            s = np.isin(self.code, ks)
            uit[self.rij[s]] = True
        return uit

"""The columnar timeline (reintegratie.analyse.kolommen, extra ``analyse``).

The central property: on trajecten without events, every date, window and status the
arrays give is the one :func:`reintegratie.tijdlijn` gives, also with breaks,
samentelling, leave, recovery, a peildatum and either counting convention.
"""

from __future__ import annotations

from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reintegratie as ri
from reintegratie.regels import Herhaling, NaFeit, NaTermijn, Ziektedag
from reintegratie.regels.engine import feiten_per_code
from reintegratie.testing import strategies as rst

np = pytest.importorskip("numpy")

from reintegratie.analyse.feitkolommen import Feitkolommen, feitrollen  # noqa: E402
from reintegratie.analyse.kolommen import (  # noqa: E402  (after importorskip)
    STATUSSEN,
    NietVectoriseerbaarError,
    Verzuimkolommen,
    kan_vectoriseren,
    tijdlijn_kolommen,
)


def _nat(x: object) -> bool:
    return bool(np.isnat(x))


def _vergelijk(trajecten, kol, peildatum=None, regels=None, telwijze=ri.Telwijze.EINDE_WEEK):
    """Assert the columns equal the timelines of *trajecten*, termijn by termijn."""
    for i, t in enumerate(trajecten):
        tl = ri.tijdlijn(t, peildatum, regels=regels, telwijze=telwijze)
        if tl.eerste_ziektedag is None:
            assert _nat(kol.eerste_ziektedag[i])
        else:
            assert kol.eerste_ziektedag[i] == np.datetime64(tl.eerste_ziektedag, "D")
        for code in kol.codes:
            termijnen = tl.alle(code)
            if not termijnen:
                assert _nat(kol[code][i]), (i, code)
                assert kol.status[code][i] == -1
                continue
            (termijn,) = termijnen
            assert kol[code][i] == np.datetime64(termijn.uiterlijk, "D"), (i, code)
            assert STATUSSEN[kol.status[code][i]] is termijn.status, (i, code)
            if termijn.vanaf is not None:
                assert kol.vanaf[code][i] == np.datetime64(termijn.vanaf, "D")
        for code, h in kol.herhalingen.items():
            reeks = tl.alle(code)
            assert h.aantal[i] == len(reeks), (i, code)
            assert h.gemist[i] == sum(r.status is ri.Status.GEMIST for r in reeks)
            if reeks:
                assert h.eerste[i] == np.datetime64(reeks[0].uiterlijk, "D")
            else:
                assert _nat(h.eerste[i])


@st.composite
def _caseloads(draw, telwijze=ri.Telwijze.EINDE_WEEK):
    trajecten = draw(
        st.lists(
            rst.trajecten(
                op_tijd=None,
                spoor_2=False,
                loonsanctie=False,
                verlenging=False,
                onderdelen=False,
                telwijze=telwijze,
            ),
            min_size=1,
            max_size=4,
        )
    )
    peildatum = draw(st.none() | rst.peildata(trajecten[0], telwijze=telwijze))
    return trajecten, peildatum


class TestGelijkAanTijdlijn:
    """The columns are the timelines of the same trajecten without events."""

    @settings(max_examples=150, deadline=None)
    @given(_caseloads())
    def test_eigenschap(self, geval):
        """Generated trajecten (breaks of 27 and 28 fit days, leave, recovery, X on a
        holiday or 29 February): every code's date, window and status match."""
        trajecten, peildatum = geval
        assert all(not t.gebeurtenissen and not t.sporen for t in trajecten)
        verzuim = Verzuimkolommen.van_trajecten(trajecten)
        kol = tijdlijn_kolommen(verzuim, peildatum)
        # With the trajecten every code is given: the rules that wait for a recorded fact
        # (an end of employment, a vangnet) have no termijn without one.
        assert not kol.overgeslagen
        assert set(kol.codes) >= {"melding_ziek_uit_dienst", "eindevaluatie", "melding_vangnet"}
        _vergelijk(trajecten, kol, peildatum)
        # From the periods alone (no trajecten), those three are left out, and named.
        alleen = tijdlijn_kolommen(attrs.evolve(verzuim, trajecten=None), peildatum)
        assert set(alleen.overgeslagen) == {
            "melding_ziek_uit_dienst",
            "eindevaluatie",
            "melding_vangnet",
        }
        assert not alleen.per_dossier.any()
        _vergelijk(trajecten, alleen, peildatum)

    @settings(max_examples=60, deadline=None)
    @given(_caseloads(telwijze=ri.Telwijze.EERSTE_DAG_NA))
    def test_eigenschap_andere_telwijze(self, geval):
        """The other counting convention too (no working-day shift of the 42nd week)."""
        trajecten, peildatum = geval
        telwijze = ri.Telwijze.EERSTE_DAG_NA
        kol = tijdlijn_kolommen(
            Verzuimkolommen.van_trajecten(trajecten), peildatum, telwijze=telwijze
        )
        _vergelijk(trajecten, kol, peildatum, telwijze=telwijze)

    def test_eenvoudige_invoer(self):
        """A bare array of first sick days is one running period per dossier."""
        x = [date(2025, 10, 1), date(2026, 2, 28), date(2024, 2, 29)]
        kol = tijdlijn_kolommen(np.array(x, dtype="datetime64[D]"))
        trajecten = [
            ri.Traject(
                werknemer="W", werkgever="WG", ziekteperioden=(ri.Ziekteperiode(eerste_dag=d),)
            )
            for d in x
        ]
        _vergelijk(trajecten, kol)

    def test_gemengde_dossiers(self):
        """Dossiers without sickness, several cases, and leave of another cause."""
        leeg = ri.Traject(werknemer="W-0", werkgever="WG")
        p = ri.Ziekteperiode
        twee_gevallen = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=(
                p(eerste_dag=date(2025, 1, 6), laatste_dag=date(2025, 1, 31)),
                p(eerste_dag=date(2025, 3, 1)),  # 28 fit days: a new case
            ),
        )
        verlof = ri.Traject(
            werknemer="W-2",
            werkgever="WG",
            ziekteperioden=(
                p(eerste_dag=date(2025, 1, 6), laatste_dag=date(2025, 2, 10)),
                p(eerste_dag=date(2025, 7, 1), laatste_dag=date(2026, 3, 1)),
            ),
            verlofperioden=(
                ri.Verlofperiode(
                    eerste_dag=date(2025, 2, 20),
                    laatste_dag=date(2025, 6, 20),
                    zelfde_oorzaak=False,
                ),
            ),
        )
        samen = attrs.evolve(
            verlof,
            werknemer="W-3",
            verlofperioden=(
                ri.Verlofperiode(eerste_dag=date(2025, 2, 20), laatste_dag=date(2025, 6, 20)),
            ),
        )
        trajecten = [leeg, twee_gevallen, verlof, samen]
        kol = tijdlijn_kolommen(Verzuimkolommen.van_trajecten(trajecten), date(2025, 12, 1))
        _vergelijk(trajecten, kol, date(2025, 12, 1))
        assert _nat(kol.eerste_ziektedag[0])
        assert kol.eerste_ziektedag[1] == np.datetime64("2025-03-01")
        assert kol.eerste_ziektedag[2] == np.datetime64("2025-07-01")  # another cause
        assert kol.eerste_ziektedag[3] == np.datetime64("2025-01-06")  # same cause: one case
        assert kol.statussen("probleemanalyse")[0] is None


class TestRegelsAlsData:
    """The offsets come from the rule set: change a rule and the columns change."""

    def test_andere_offset(self):
        """A probleemanalyse due in week 8 instead of 6."""
        regels = tuple(
            attrs.evolve(r, anker=Ziektedag(56)) if r.code == "probleemanalyse" else r
            for r in ri.POORTWACHTER
        )
        x = np.array(["2025-10-01"], dtype="datetime64[D]")
        kol = tijdlijn_kolommen(x, regels=regels)
        assert kol["probleemanalyse"][0] == np.datetime64("2025-11-25")
        assert kol["plan_van_aanpak"][0] == np.datetime64("2025-12-09")  # follows it
        t = ri.Traject(
            werknemer="W",
            werkgever="WG",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),),
        )
        _vergelijk([t], kol, regels=regels)

    def test_verschuiving_uit_regel(self):
        """Shifting every rule to a working day shifts every column."""
        regels = tuple(
            attrs.evolve(r, verschuiving=ri.Verschuiving.VOLGENDE_WERKDAG)
            for r in ri.POORTWACHTER
            if r.herhaling is None
        )
        dagen = np.arange("2025-12-20", "2026-01-10", dtype="datetime64[D]")
        kol = tijdlijn_kolommen(dagen, regels=regels)
        kalender = ri.standaard_kalender()
        for code in kol.codes:
            for d in kol[code].tolist():
                assert kalender.is_werkdag(d), (code, d)

    def test_kan_niet_vectoriseren(self):
        """A rule kind the arrays cannot do is named, with the reason."""
        regels = (
            *ri.POORTWACHTER,
            ri.Regel(
                code="na_feit",
                omschrijving="counts from a fact only",
                anker=NaFeit("probleemanalyse", 3),
                bron="test",
            ),
            ri.Regel(
                code="daarna",
                omschrijving="counts from the one before",
                anker=NaTermijn("na_feit", 1),
                bron="test",
            ),
            ri.Regel(
                code="herhaald",
                omschrijving="recurring, shifted",
                anker=Ziektedag(10),
                herhaling=Herhaling(interval=7, tot="einde_wachttijd"),
                verschuiving=ri.Verschuiving.VOLGENDE_WERKDAG,
                bron="test",
            ),
        )
        redenen = kan_vectoriseren(regels)
        assert "no fallback" in redenen["na_feit"]
        assert "'na_feit'" in redenen["daarna"]
        assert "working-day shift" in redenen["herhaald"]
        assert redenen["melding_42e_week"] is None
        x = np.array(["2025-10-01"], dtype="datetime64[D]")
        with pytest.raises(ri.RuleSetError, match="cannot compute 'na_feit'"):
            tijdlijn_kolommen(x, regels=regels, codes=["na_feit"])
        with pytest.raises(ri.RuleSetError, match="no rule 'onbekend'"):
            tijdlijn_kolommen(x, codes=["onbekend"])
        kol = tijdlijn_kolommen(x, regels=regels)  # default: what it can, the rest named
        assert set(kol.overgeslagen) == {
            "na_feit",
            "daarna",
            "herhaald",
            # The Dutch rules that wait for a recorded fact.
            "melding_ziek_uit_dienst",
            "eindevaluatie",
            "melding_vangnet",
        }
        assert "melding_42e_week" in kol.codes

    def test_vlaamse_regels_geweigerd(self):
        """The Flemish rules count in months and from facts without fallback: no code of
        them can be computed on arrays. Asked for nothing in particular, the columnar
        timeline refuses them with an error naming the codes and a reason, instead of
        returning a result without columns; asked for a code, it says why not."""
        x = np.array(["2025-10-01"], dtype="datetime64[D]")
        vl = ri.regels.vlaanderen_regels()
        with pytest.raises(NietVectoriseerbaarError, match="cannot compute any code") as fout:
            tijdlijn_kolommen(x, regels=vl)
        assert "'melding_arbeidsarts'" in str(fout.value)
        assert "Ononderbroken" in str(fout.value)
        assert isinstance(fout.value, ri.RuleSetError)
        with pytest.raises(NietVectoriseerbaarError, match="cannot compute 'verzoek_werkgever'"):
            tijdlijn_kolommen(x, regels=vl, codes=["verzoek_werkgever"])

    def test_regel_subklasse(self):
        """A Regel subclass (with its own geldig_op) is not guessed at."""

        @attrs.frozen
        class EigenRegel(ri.Regel):
            pass

        regels = tuple(
            EigenRegel(**attrs.asdict(r, recurse=False)) if r.code == "ziekmelding" else r
            for r in ri.POORTWACHTER
        )
        assert "subclass" in kan_vectoriseren(regels)["ziekmelding"]

    def test_codes_en_afhankelijkheden(self):
        """Asking for one code computes what it counts from, and returns only it."""
        x = np.array(["2025-10-01"], dtype="datetime64[D]")
        kol = tijdlijn_kolommen(x, codes=["wia_aanvraag"])
        assert kol.codes == ("wia_aanvraag",)
        assert kol["wia_aanvraag"][0] == np.datetime64("2027-07-13")
        with pytest.raises(KeyError, match="no column 'probleemanalyse'"):
            kol["probleemanalyse"]


class TestInvoer:
    """Verzuimkolommen checks its arrays as Traject checks its periods."""

    def test_csr_en_lengtes(self):
        """Offsets must run from 0 to the number of periods."""
        x = np.array(["2025-10-01", "2025-11-01"], dtype="datetime64[D]")
        with pytest.raises(ri.ValidationError, match="offsets"):
            Verzuimkolommen(x, grenzen=np.array([0, 1]))
        with pytest.raises(ri.ValidationError, match="1 dates for 2 periods"):
            Verzuimkolommen(x, np.array(["NaT"], dtype="datetime64[D]"))
        with pytest.raises(ri.ValidationError, match="first day"):
            Verzuimkolommen(np.array(["NaT"], dtype="datetime64[D]"))

    def test_perioden(self):
        """Overlap, an open period before another, an end before the start."""
        eerste = np.array(["2025-10-01", "2025-10-05"], dtype="datetime64[D]")
        with pytest.raises(ri.ValidationError, match="does not follow"):
            Verzuimkolommen(eerste, np.array(["2025-10-10", "NaT"], dtype="datetime64[D]"), [0, 2])
        with pytest.raises(ri.ValidationError, match="only a dossier's last period"):
            Verzuimkolommen(eerste, np.array(["NaT", "NaT"], dtype="datetime64[D]"), [0, 2])
        with pytest.raises(ri.ValidationError, match="precedes"):
            Verzuimkolommen(eerste, np.array(["2025-09-01", "NaT"], dtype="datetime64[D]"))
        # The same periods in two dossiers are fine.
        assert len(Verzuimkolommen(eerste, None, [0, 1, 2])) == 2

    def test_geen_datums(self):
        """Text that is not a date is refused with the field named."""
        with pytest.raises(ri.ValidationError, match="eerste_dag"):
            Verzuimkolommen(["geen datum"])

    def test_leeg(self):
        """No dossiers: empty columns."""
        kol = tijdlijn_kolommen(np.empty(0, dtype="datetime64[D]"))
        assert len(kol) == 0
        assert kol["melding_42e_week"].size == 0

    def test_feestdagen_tot_na_de_jaarwisseling(self):
        """A shift at the end of December looks at next year's holidays: 31 Dec 2026 is a
        Thursday, 1 Jan 2027 a holiday, so a date on 1 Jan moves to Monday 4 Jan."""
        x = np.array([date(2027, 1, 1) - timedelta(days=294)], dtype="datetime64[D]")
        kol = tijdlijn_kolommen(x, codes=["melding_42e_week"])
        assert kol["melding_42e_week"][0] == np.datetime64("2027-01-04")


def _statussen_gelijk(trajecten, kol, peildatum=None, regels=None):
    """Assert every row of *kol* gives, per code, the status, date and window of
    ``tijdlijn(traject, peildatum)[code]`` (``None``: no such termijn)."""
    for i, t in enumerate(trajecten):
        tl = ri.tijdlijn(t, peildatum, regels=regels)
        for code in kol.codes:
            if not tl.alle(code):
                assert kol.statussen(code)[i] is None, (i, code)
                assert _nat(kol[code][i]), (i, code)
                continue
            termijn = tl[code]
            assert kol.statussen(code)[i] == termijn.status.value, (i, code)
            assert kol[code][i] == np.datetime64(termijn.uiterlijk, "D"), (i, code)
            if termijn.vanaf is not None:
                assert kol.vanaf[code][i] == np.datetime64(termijn.vanaf, "D"), (i, code)
        for code, h in kol.herhalingen.items():
            reeks = tl.alle(code)
            assert h.aantal[i] == len(reeks), (i, code)
            assert h.gemist[i] == sum(r.status is ri.Status.GEMIST for r in reeks), (i, code)


G = ri.gebeurtenissen


def _extra_feit(draw, x):
    """One more recorded fact of a kind the arrays apply or send per dossier, dated
    within the first 700 days of the case from *x* (before the end of the wachttijd)."""
    dag = x + timedelta(days=draw(st.integers(0, 700)))
    soort = draw(
        st.sampled_from(
            (
                lambda: G.Probleemanalyse(datum=dag, benutbare_mogelijkheden=False),
                lambda: G.Probleemanalyse(datum=dag),
                lambda: G.Eerstejaarsevaluatie(
                    datum=dag, spoor_2_nodig=False, concreet_zicht_op_terugkeer=True
                ),
                lambda: G.WiaAanvraag(datum=dag, zonder_uwv_brief=True),
                lambda: G.UwvBriefWia(datum=dag),
                lambda: G.DreigendLangdurigVerzuim(datum=dag),
                lambda: G.Loonsanctie(
                    datum=dag,
                    weken=draw(st.integers(1, 52)),
                    grond=G.LoonsanctieGrond.ADMINISTRATIEF,
                ),
                lambda: G.Loonsanctie(datum=dag, weken=draw(st.integers(1, 52))),
                lambda: G.Bekorting(datum=dag),
                lambda: G.Evaluatie(datum=dag),
                lambda: G.Deskundigenoordeel(datum=dag),
            )
        )
    )
    return soort()


@st.composite
def _dossiers_met_feiten(draw):
    """Trajecten with recorded steps (on time, late, missing), spoor 2, loonsancties,
    verlengingen, extra facts (geen benutbare mogelijkheden and a later analysis with
    them, spoor 2 not needed, a WIA application without UWV's letter, an administrative
    loonsanctie, a bekorting, an early evaluation ...), and now and then an end of
    employment during the sickness."""
    trajecten = []
    for _ in range(draw(st.integers(1, 4))):
        t = draw(rst.trajecten(onderdelen=False))
        gevallen = t.ziektegevallen
        if gevallen:
            x = gevallen[-1].eerste_ziektedag
            extra = [_extra_feit(draw, x) for _ in range(draw(st.integers(0, 3)))]
            t = attrs.evolve(
                t, gebeurtenissen=tuple(sorted((*t.gebeurtenissen, *extra), key=lambda g: g.datum))
            )
        if gevallen and draw(st.booleans()):
            x = gevallen[-1].eerste_ziektedag
            einde = x + timedelta(days=draw(st.integers(0, 800)))
            einde_dienst = ri.gebeurtenissen.EindeDienstverband(datum=einde)
            t = attrs.evolve(
                t,
                gebeurtenissen=tuple(
                    sorted((*t.gebeurtenissen, einde_dienst), key=lambda g: g.datum)
                ),
            )
        trajecten.append(t)
    peildatum = draw(st.none() | rst.peildata(trajecten[0]))
    return trajecten, peildatum


class TestMetFeiten:
    """With the trajecten, recorded events count: every status equals ``tijdlijn``'s."""

    @settings(max_examples=80, deadline=None)
    @given(_dossiers_met_feiten())
    def test_eigenschap(self, geval):
        """Generated dossiers with events: each code's status (and date, window,
        evaluations) equals ``tijdlijn(traject, peildatum)[code]``."""
        trajecten, peildatum = geval
        try:
            verwacht = [ri.tijdlijn(t, peildatum) for t in trajecten]
        except ri.errors.ValidationError:  # a loonsanctie after the end of the wachttijd
            with pytest.raises(ri.errors.ValidationError):
                tijdlijn_kolommen(Verzuimkolommen.van_trajecten(trajecten), peildatum)
            return
        assert len(verwacht) == len(trajecten)
        kol = tijdlijn_kolommen(Verzuimkolommen.van_trajecten(trajecten), peildatum)
        assert not kol.overgeslagen
        _statussen_gelijk(trajecten, kol, peildatum)
        # The facts the rule set lets the arrays apply are applied there: a dossier goes
        # per dossier only for a fact of the other kind.
        _, per_dossier = feitrollen(ri.regels.poortwachter_regels())
        for i, t in enumerate(trajecten):
            gevallen = t.ziektegevallen
            if not gevallen:
                assert not kol.per_dossier[i]
                continue
            feiten = set(feiten_per_code(t, gevallen[-1], peildatum))
            if not feiten & per_dossier and not (
                {"loonsanctie_inhoudelijk", "loonsanctie_administratief"} & feiten
            ):
                assert not kol.per_dossier[i], (i, feiten)
            if feiten & per_dossier:
                assert kol.per_dossier[i], (i, feiten)

    def test_voorbeeldcaseload(self):
        """The 300 sample dossiers on the sample peildatum: equal statuses on every code;
        the dossiers without recorded facts come from the arrays."""
        from reintegratie.analyse.voorbeeld import VOORBEELD_PEILDATUM, voorbeeldcaseload

        trajecten = list(voorbeeldcaseload(300))
        kol = tijdlijn_kolommen(Verzuimkolommen.van_trajecten(trajecten), VOORBEELD_PEILDATUM)
        _statussen_gelijk(trajecten, kol, VOORBEELD_PEILDATUM)
        # Every sample dossier's facts are applied on the arrays (steps, evaluations,
        # spoor 2, loonsancties): none goes per dossier.
        assert sum(bool(t.gebeurtenissen) for t in trajecten) > 100
        assert not kol.per_dossier.any()

    def test_einde_dienstverband(self):
        """Sick from Wed 1 Oct 2025, employment ends Fri 31 Oct 2025 (sick day 31): the
        ziek-uit-dienst melding is due that day; the probleemanalyse (sick day 42,
        Tue 11 Nov 2025) falls after the end and lapses (the former employer's duty);
        on peildatum 1 Dec 2025 the melding, not recorded, is missed."""
        x = date(2025, 10, 1)
        t = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=x),),
            gebeurtenissen=(ri.gebeurtenissen.EindeDienstverband(datum=date(2025, 10, 31)),),
        )
        zonder = ri.Traject(
            werknemer="W-2", werkgever="WG", ziekteperioden=(ri.Ziekteperiode(eerste_dag=x),)
        )
        peil = date(2025, 12, 1)
        kol = tijdlijn_kolommen(Verzuimkolommen.van_trajecten([t, zonder]), peil)
        assert kol.per_dossier.tolist() == [True, False]
        assert kol["melding_ziek_uit_dienst"][0] == np.datetime64("2025-10-31")
        assert kol.statussen("melding_ziek_uit_dienst").tolist() == ["gemist", None]
        assert kol.statussen("probleemanalyse").tolist() == ["vervallen", "gemist"]
        _statussen_gelijk([t, zonder], kol, peil)

    def test_vlaamse_dossiers_en_regels(self):
        """A Flemish dossier among Dutch ones has the timeline of its own rules (the Dutch
        codes it lacks are ``None``); with the trajecten the Flemish rule set itself is
        computed per dossier instead of refused."""
        x = date(2025, 10, 1)
        nl = ri.Traject(
            werknemer="W-1", werkgever="WG", ziekteperioden=(ri.Ziekteperiode(eerste_dag=x),)
        )
        vl = attrs.evolve(nl, werknemer="W-2", jurisdictie=ri.Jurisdictie.VL)
        peil = date(2026, 6, 1)
        verzuim = Verzuimkolommen.van_trajecten([nl, vl])
        kol = tijdlijn_kolommen(verzuim, peil)
        assert kol.per_dossier.tolist() == [False, True]
        assert kol.statussen("melding_42e_week").tolist() == ["open", None]
        _statussen_gelijk([nl, vl], kol, peil)
        regels = ri.regels.vlaanderen_regels()
        kol = tijdlijn_kolommen(verzuim, peil, regels=regels)
        assert kol.per_dossier.all()
        assert "melding_arbeidsarts" in kol.codes
        _statussen_gelijk([nl, vl], kol, peil, regels=regels)


def _traject(naam, x, *gebeurtenissen, **extra):
    return ri.Traject(
        werknemer=naam,
        werkgever="WG",
        ziekteperioden=(ri.Ziekteperiode(eerste_dag=x),),
        gebeurtenissen=tuple(gebeurtenissen),
        **extra,
    )


class TestFeitenOpRijen:
    """Facts applied on the arrays, worked out by hand (X = Wednesday 1 October 2025:
    probleemanalyse due X + 41 = Tue 11 Nov 2025; end of the wachttijd sick day 728 =
    X + 727 = Tue 28 Sep 2027). No row goes per dossier."""

    X = date(2025, 10, 1)

    def _kol(self, trajecten, peil):
        kol = tijdlijn_kolommen(Verzuimkolommen.van_trajecten(trajecten), peil)
        assert not kol.per_dossier.any()
        _statussen_gelijk(trajecten, kol, peil)
        return kol

    def test_plan_en_evaluaties_vanaf_feiten(self):
        """Probleemanalyse done Mon 3 Nov 2025 (gehaald, due 11 Nov). The plan counts from
        it: 3 Nov + 14 = Mon 17 Nov 2025 (from the deadline it would be 25 Nov); done
        Thu 20 Nov: te_laat. Evaluations count from the plan done: 20 Nov + 42 = Thu 1 Jan
        2026, done Mon 29 Dec 2025 (gehaald); then 29 Dec + 42 = Mon 9 Feb 2026 (not done,
        missed on peildatum 1 Mar 2026), 23 Mar 2026 ... up to 28 Sep 2027: 29 Dec 2025 to
        28 Sep 2027 is 3 + 365 + 270 = 638 days, 638 // 42 = 15 more: 16 in all, 1 missed."""
        t = _traject(
            "W-1",
            self.X,
            G.Probleemanalyse(datum=date(2025, 11, 3)),
            G.PlanVanAanpak(datum=date(2025, 11, 20)),
            G.Evaluatie(datum=date(2025, 12, 29)),
        )
        kol = self._kol([t], date(2026, 3, 1))
        assert kol.statussen("probleemanalyse").tolist() == ["gehaald"]
        assert kol["plan_van_aanpak"][0] == np.datetime64("2025-11-17")
        assert kol.statussen("plan_van_aanpak").tolist() == ["te_laat"]
        h = kol.herhalingen["evaluatie"]
        assert h.eerste[0] == np.datetime64("2026-01-01")
        assert (h.aantal[0], h.gemist[0]) == (16, 1)
        assert h.afgerond_uiterlijk.tolist() == [date(2026, 1, 1)]
        assert STATUSSEN[h.afgerond_status[0]] is ri.Status.GEHAALD
        assert h.staart_vanaf[0] == np.datetime64("2025-12-29")
        assert h.staart_aantal[0] == 15

    def test_loonsanctie_en_late_wia_aanvraag(self):
        """A loonsanctie of 26 weeks (imposed Wed 1 Sep 2027, before the end of the
        wachttijd) moves the end of loondoorbetaling 182 days: 28 Sep 2027 + 182 = Tue
        28 Mar 2028 (2028 is a leap year). The WIA application is due 28 Sep 2027 - 77 =
        Tue 13 Jul 2027; made Tue 20 Jul 2027, 7 days late: loondoorbetaling ends 7 days
        later, Tue 5 Oct 2027 (BW 7:629 lid 11 onder a)."""
        sanctie = _traject("W-1", self.X, G.Loonsanctie(datum=date(2027, 9, 1), weken=26))
        laat = _traject("W-2", self.X, G.WiaAanvraag(datum=date(2027, 7, 20)))
        kol = self._kol([sanctie, laat], date(2027, 12, 1))
        assert kol["wia_aanvraag"][1] == np.datetime64("2027-07-13")
        assert kol.statussen("wia_aanvraag").tolist() == ["gemist", "te_laat"]
        assert kol["einde_loondoorbetaling"].tolist() == [date(2028, 3, 28), date(2027, 10, 5)]

    def test_spoor_2_niet_nodig(self):
        """The eerstejaarsevaluatie (due sick day 364 = X + 363 = Tue 29 Sep 2026) done Sun
        20 Sep 2026 finds a concrete prospect of return: spoor 2, due 42 days after it (Sun
        1 Nov 2026), does not apply."""
        t = _traject(
            "W-1",
            self.X,
            G.Eerstejaarsevaluatie(
                datum=date(2026, 9, 20), spoor_2_nodig=False, concreet_zicht_op_terugkeer=True
            ),
        )
        kol = self._kol([t], date(2026, 12, 1))
        assert kol.statussen("eerstejaarsevaluatie").tolist() == ["gehaald"]
        assert kol["spoor_2"][0] == np.datetime64("2026-11-01")
        assert kol.statussen("spoor_2").tolist() == ["niet_van_toepassing"]

    def test_geen_benutbare_mogelijkheden(self):
        """Probleemanalyse Mon 3 Nov 2025 without benutbare mogelijkheden: the plan (from the
        deadline: 11 Nov + 14 = Tue 25 Nov 2025) does not apply. A second analysis Mon 1 Dec
        2025 finds possibilities: the plan is due 1 Dec + 14 = Mon 15 Dec 2025 again, and
        missed on peildatum Mon 5 Jan 2026."""
        geen = G.Probleemanalyse(datum=date(2025, 11, 3), benutbare_mogelijkheden=False)
        alleen = _traject("W-1", self.X, geen)
        weer = _traject("W-2", self.X, geen, G.Probleemanalyse(datum=date(2025, 12, 1)))
        kol = self._kol([alleen, weer], date(2026, 1, 5))
        assert kol["plan_van_aanpak"].tolist() == [date(2025, 11, 25), date(2025, 12, 15)]
        assert kol.statussen("plan_van_aanpak").tolist() == ["niet_van_toepassing", "gemist"]

    def test_per_dossier_en_zonder_trajecten(self):
        """A vrijwillige verlenging, or a bekorting beside its loonsanctie, goes per
        dossier; with the facts but without the trajecten that is a clear error."""
        verlengd = _traject(
            "W-1", self.X, G.VrijwilligeVerlenging(datum=date(2027, 6, 1), weken=13)
        )
        bekort = _traject(
            "W-2",
            self.X,
            G.Loonsanctie(datum=date(2027, 9, 1), weken=26),
            G.Bekorting(datum=date(2027, 10, 1)),
        )
        gewoon = _traject("W-3", self.X, G.Probleemanalyse(datum=date(2025, 11, 3)))
        trajecten = [verlengd, bekort, gewoon]
        verzuim = Verzuimkolommen.van_trajecten(trajecten)
        peil = date(2027, 12, 1)
        kol = tijdlijn_kolommen(verzuim, peil)
        assert kol.per_dossier.tolist() == [True, True, False]
        _statussen_gelijk(trajecten, kol, peil)
        with pytest.raises(NietVectoriseerbaarError, match="2 dossiers"):
            tijdlijn_kolommen(attrs.evolve(verzuim, trajecten=None), peil)
        zonder_bijzonder = attrs.evolve(Verzuimkolommen.van_trajecten([gewoon]), trajecten=None)
        assert tijdlijn_kolommen(zonder_bijzonder, peil).statussen("probleemanalyse").tolist() == [
            "gehaald"
        ]

    def test_loonsanctie_na_de_wachttijd(self):
        """A loonsanctie dated Fri 15 Oct 2027, after the end of the wachttijd (Tue 28 Sep
        2027), is an error of the object path (WIA art. 25 lid 11): the columns raise it
        too, whichever code is asked."""
        t = _traject("W-1", self.X, G.Loonsanctie(datum=date(2027, 10, 15), weken=13))
        with pytest.raises(ri.errors.ValidationError, match=r"WIA art\. 25 lid 11"):
            ri.tijdlijn(t, date(2027, 12, 1))
        verzuim = Verzuimkolommen.van_trajecten([t])
        with pytest.raises(ri.errors.ValidationError, match=r"WIA art\. 25 lid 11"):
            tijdlijn_kolommen(verzuim, date(2027, 12, 1), codes=["probleemanalyse"])


class TestFeitkolommenInvoer:
    """Feitkolommen refuses arrays of the wrong kind with a ValidationError naming the field."""

    def _geldig(self, **anders):
        velden = {
            "codes": ("probleemanalyse",),
            "code": np.array([0], dtype=np.int32),
            "datum": np.array(["2025-11-11"], dtype="datetime64[D]"),
            "weken": np.array([0], dtype=np.int64),
            "grenzen": np.array([0, 1], dtype=np.int64),
            "nederlands": np.array([True]),
            "bijzonder": np.array([False]),
        }
        velden.update(anders)
        return Feitkolommen(**velden)

    def test_geldig(self):
        assert len(self._geldig()) == 1

    @pytest.mark.parametrize(
        ("veld", "waarde", "melding"),
        [
            ("codes", ["probleemanalyse"], "tuple of fact codes"),
            ("codes", (1,), "tuple of fact codes"),
            ("code", [0], "1-d numpy array, got list"),
            ("code", np.array([0.5]), "expected integers"),
            ("datum", "2025-11-11", "1-d numpy array, got str"),
            ("datum", np.array(["2025-11-11"], dtype="datetime64[s]"), "datetime64\\[D\\]"),
            ("weken", np.array([[0]]), "1-d numpy array"),
            ("grenzen", np.array([0, 2, 1]), "offsets must"),
            ("nederlands", np.array([1]), "expected booleans"),
        ],
    )
    def test_verkeerde_invoer(self, veld, waarde, melding):
        with pytest.raises(ri.ValidationError, match=f"{veld}: .*{melding}"):
            self._geldig(**{veld: waarde})

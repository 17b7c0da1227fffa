"""The KPI report from Arrow columns (``Caseloadkolommen.kpis``) equals the object path's
``kpis(lees_jsonl(same file), ...)``: on generated caseloads, generated dossiers with
every kind of recorded fact, an empty file, Flemish dossiers, and small cases worked out
by hand."""

from __future__ import annotations

import functools
import io
from datetime import date, timedelta

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reintegratie as ri
from reintegratie.analyse import kpis, voorbeeldcaseload
from reintegratie.errors import SerializationError
from reintegratie.serialisatie import lees_jsonl, schrijf_jsonl
from reintegratie.testing import strategies as rst

pytest.importorskip("pyarrow")
np = pytest.importorskip("numpy")
from reintegratie.analyse.arrow import lees_kolommen  # noqa: E402
from reintegratie.analyse.kpikolommen import mijlpalen_kolommen  # noqa: E402

G = ri.gebeurtenissen


@functools.cache
def _voorbeeld(seed: int) -> bytes:
    return _jsonl(voorbeeldcaseload(250, seed=seed))


def _jsonl(trajecten) -> bytes:
    tekst = io.StringIO()
    schrijf_jsonl(trajecten, tekst)
    return tekst.getvalue().encode()


def _beide(inhoud: bytes, van, tot, peildatum=None, **opties):
    kolommen = lees_kolommen(io.BytesIO(inhoud))
    objecten = list(lees_jsonl(io.BytesIO(inhoud)))
    a = kolommen.kpis(van, tot, peildatum, **opties)
    b = kpis(objecten, van, tot, peildatum, **opties)
    assert a == b
    assert a.spoor_2.weken == b.spoor_2.weken
    assert a.uitkomsten.per_soort == b.uitkomsten.per_soort
    assert a.als_dict() == b.als_dict()
    return a, kolommen


@pytest.mark.parametrize("seed", [0, 11])
@pytest.mark.parametrize(
    ("van", "tot", "peildatum"),
    [
        (date(2025, 1, 1), date(2025, 12, 31), None),
        (date(2024, 6, 1), date(2026, 5, 31), date(2026, 6, 1)),
        (date(2023, 7, 1), date(2026, 6, 30), date(2026, 2, 15)),
    ],
)
def test_voorbeeldcaseload(seed, van, tot, peildatum):
    """Generated caseloads (relapses, steps on time, late or missing, evaluations, spoor 2,
    loonsancties, group programmes, outcomes), several periods and peildata."""
    rapport, _ = _beide(_voorbeeld(seed), van, tot, peildatum)
    assert sum(m.beoordeeld for m in rapport.mijlpalen) > 100


def test_geen_dossier_naar_het_objectpad():
    """On the generated caseload no dossier needs the object path."""
    kolommen = lees_kolommen(io.BytesIO(_jsonl(voorbeeldcaseload(300, seed=5))))
    _, objectpad = mijlpalen_kolommen(
        kolommen.verzuimkolommen(),
        kolommen.feitkolommen(),
        date(2025, 1, 1),
        date(2025, 12, 31),
        date(2026, 1, 1),
        ri.analyse.MIJLPALEN,
    )
    assert not objectpad.any()


@st.composite
def _dossiers(draw):
    """Generated trajecten with the whole model (sporen, group programmes, outcomes),
    now and then an end of employment, a vangnet period, an early evaluation, spoor 2 not
    needed, geen benutbare mogelijkheden, a WIA application without UWV's letter, or a
    Flemish dossier."""
    trajecten = []
    for _ in range(draw(st.integers(1, 4))):
        t = draw(rst.trajecten())
        gevallen = t.ziektegevallen
        if gevallen:
            x = gevallen[-1].eerste_ziektedag
            dag = x + timedelta(days=draw(st.integers(0, 600)))
            extra = draw(
                st.sampled_from(
                    (
                        None,
                        G.EindeDienstverband(datum=dag),
                        G.Evaluatie(datum=dag),
                        G.Eerstejaarsevaluatie(
                            datum=dag, spoor_2_nodig=False, concreet_zicht_op_terugkeer=True
                        ),
                        G.Probleemanalyse(datum=dag, benutbare_mogelijkheden=False),
                        G.WiaAanvraag(datum=dag, zonder_uwv_brief=True),
                    )
                )
            )
            if extra is not None:
                t = attrs.evolve(
                    t,
                    gebeurtenissen=tuple(sorted((*t.gebeurtenissen, extra), key=lambda g: g.datum)),
                )
            if draw(st.integers(0, 9)) == 0:
                p = t.ziekteperioden[-1]
                t = attrs.evolve(
                    t, ziekteperioden=(*t.ziekteperioden[:-1], attrs.evolve(p, vangnet=True))
                )
        trajecten.append(t)
    van = draw(st.dates(date(2015, 1, 1), date(2030, 1, 1)))
    tot = van + timedelta(days=draw(st.integers(0, 900)))
    peildatum = draw(st.none() | st.just(tot - timedelta(days=30)))
    return trajecten, van, tot, peildatum


@settings(max_examples=30, deadline=None)
@given(_dossiers())
def test_eigenschap(geval):
    """Generated dossiers with every kind of fact: the same report as the object path."""
    trajecten, van, tot, peildatum = geval
    try:
        verwacht = kpis(trajecten, van, tot, peildatum)
    except ri.errors.ReintegratieError as fout:  # e.g. a case before the law we know
        with pytest.raises(type(fout)):
            lees_kolommen(io.BytesIO(_jsonl(trajecten))).kpis(van, tot, peildatum)
        return
    rapport, _ = _beide(_jsonl(trajecten), van, tot, peildatum)
    assert rapport == verwacht


def test_leeg_bestand():
    """An empty file: no trajecten, every figure zero, as the object path."""
    rapport, kolommen = _beide(b"", date(2025, 1, 1), date(2025, 12, 31))
    assert len(kolommen) == 0
    assert all(m.beoordeeld == 0 for m in rapport.mijlpalen)
    assert rapport.sancties.trajecten == 0


def test_vlaamse_dossiers(tmp_path):
    """Only Flemish dossiers: each is read whole and counted by the object path with its
    own rules (no Dutch milestone); from Parquet, which keeps only the columns, that is a
    clear error."""
    trajecten = [
        ri.Traject(
            werknemer=f"W-{i}",
            werkgever="WG",
            jurisdictie=ri.Jurisdictie.VL,
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),),
        )
        for i in range(3)
    ]
    inhoud = _jsonl(trajecten)
    rapport, kolommen = _beide(inhoud, date(2025, 1, 1), date(2026, 12, 31))
    assert rapport.spoor_2.trajecten == 3
    pad = tmp_path / "vl.parquet"
    kolommen.naar_parquet(pad)
    with pytest.raises(SerializationError, match="Parquet file keeps only the columns"):
        lees_kolommen(pad).kpis(date(2025, 1, 1), date(2026, 12, 31))
    # The Dutch rules asked for explicitly: computed on the arrays, also from Parquet.
    regels = ri.regels.poortwachter_regels()
    a = lees_kolommen(pad).kpis(date(2025, 1, 1), date(2026, 12, 31), regels=regels)
    assert a == kpis(trajecten, date(2025, 1, 1), date(2026, 12, 31), regels=regels)


def test_twee_gevallen_met_de_hand():
    """Case 1: sick Mon 6 Jan .. Fri 28 Feb 2025. Probleemanalyse due X + 41 = Mon 17 Feb,
    done Mon 10 Feb (on time); the plan counts from it: 10 Feb + 14 = Mon 24 Feb, not done,
    missed (due before recovery). Fit 1..28 Mar (28 days): case 2 from Sat 29 Mar 2025.
    Probleemanalyse due 29 Mar + 41 = Fri 9 May, done Tue 20 May (late); plan from it:
    20 May + 14 = Tue 3 Jun, not done: missed on peildatum 1 Jul. The first evaluation of
    case 2 (3 Jun + 42 = 15 Jul) and the 42nd-week reports (sick day 295) fall after
    30 Jun; case 1 has no evaluation (24 Feb + 42 lies after its recovery). Period
    1 Jan .. 30 Jun 2025."""
    t = ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=(
            ri.Ziekteperiode(eerste_dag=date(2025, 1, 6), laatste_dag=date(2025, 2, 28)),
            ri.Ziekteperiode(eerste_dag=date(2025, 3, 29)),
        ),
        gebeurtenissen=(
            G.Probleemanalyse(datum=date(2025, 2, 10)),
            G.Probleemanalyse(datum=date(2025, 5, 20)),
        ),
    )
    assert len(t.ziektegevallen) == 2
    rapport, _ = _beide(_jsonl([t]), date(2025, 1, 1), date(2025, 6, 30))
    per = {m.code: m for m in rapport.mijlpalen}
    assert (per["probleemanalyse"].op_tijd, per["probleemanalyse"].te_laat) == (1, 1)
    assert (per["plan_van_aanpak"].gemist, per["plan_van_aanpak"].beoordeeld) == (2, 2)
    assert per["evaluatie"].beoordeeld + per["evaluatie"].open == 0
    assert per["melding_42e_week"].beoordeeld + per["melding_42e_week"].open == 0


def test_evaluaties_in_de_periode_met_de_hand():
    """X = Wed 1 Oct 2025, plan done Thu 20 Nov 2025; evaluations from it: 20 Nov + 42 =
    Thu 1 Jan 2026, done Mon 29 Dec 2025 (on time); then 29 Dec + 42k: 9 Feb, 23 Mar,
    4 May, 15 Jun, 27 Jul 2026 ... In the period 1 Jan .. 30 Jun 2026 (peildatum 1 May):
    1 Jan on time; 9 Feb and 23 Mar missed; 4 May and 15 Jun open."""
    t = ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),),
        gebeurtenissen=(
            G.PlanVanAanpak(datum=date(2025, 11, 20)),
            G.Evaluatie(datum=date(2025, 12, 29)),
        ),
    )
    rapport, _ = _beide(_jsonl([t]), date(2026, 1, 1), date(2026, 6, 30), date(2026, 5, 1))
    evaluatie = next(m for m in rapport.mijlpalen if m.code == "evaluatie")
    assert (evaluatie.op_tijd, evaluatie.gemist, evaluatie.open) == (1, 2, 2)


def test_spoor_2_week_en_groepen():
    """Spoor 2 started Mon 2 Mar 2026 in a case from Wed 1 Oct 2025: sick days 1 Oct ..
    2 Mar = 31 + 30 + 31 + 31 + 28 + 2 = 153, week (153 + 6) // 7 = 22. One group
    programme of 9 shared by two dossiers counts once, within 8–12."""
    groep = ri.activiteiten.Groepsprogramma(
        naam="heroriëntatie",
        start=date(2026, 1, 5),
        deelnemers=("W-1", "W-2", *(f"X-{k}" for k in range(7))),
    )
    spoor = ri.spoor.Spoor(soort=ri.spoor.Spoorsoort.SPOOR_2, start=date(2026, 3, 2))
    t1 = ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),),
        sporen=(spoor,),
        groepsprogrammas=(groep,),
    )
    t2 = attrs.evolve(t1, werknemer="W-2", sporen=())
    rapport, _ = _beide(_jsonl([t1, t2]), date(2026, 1, 1), date(2026, 6, 30))
    assert rapport.spoor_2.weken == (22,)
    assert (rapport.groepsprogrammas.programmas, rapport.groepsprogrammas.trajecten_in_groep) == (
        1,
        2,
    )
    assert rapport.groepsprogrammas.binnen_effectieve_omvang == 1

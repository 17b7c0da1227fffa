"""Caseload files into Arrow columns: the same periods, sanctions, outcomes and absence
statistics as the object path, and errors that name the line and field."""

from __future__ import annotations

import io
import json
from datetime import date

import numpy as np
import pytest

import reintegratie as ri
from reintegratie.analyse import Caseload, voorbeeldcaseload
from reintegratie.analyse.kolommen import Verzuimkolommen, tijdlijn_kolommen
from reintegratie.analyse.kpi import sancties, uitkomsten
from reintegratie.analyse.statistiek import meldingen_van_trajecten, verzuimcijfers
from reintegratie.errors import ReintegratieError, SerializationError
from reintegratie.serialisatie import schrijf_jsonl, to_json

pytest.importorskip("pyarrow")
from reintegratie.analyse.arrow import lees_kolommen


@pytest.fixture(scope="module")
def bestand(tmp_path_factory):
    pad = tmp_path_factory.mktemp("arrow") / "caseload.jsonl"
    schrijf_jsonl(voorbeeldcaseload(200, seed=7), pad)
    return pad


def test_zelfde_perioden_als_objecten(bestand):
    objecten = Caseload.uit_jsonl(bestand)
    kolommen = lees_kolommen(bestand)
    assert len(kolommen) == len(objecten) == 200
    a, b = Verzuimkolommen.van_trajecten(objecten), kolommen.verzuimkolommen()
    for veld in ("eerste_dag", "laatste_dag", "verlof_eerste_dag", "verlof_laatste_dag"):
        assert np.array_equal(getattr(a, veld), getattr(b, veld), equal_nan=True), veld
    for veld in ("grenzen", "verlof_grenzen", "verlof_zelfde_oorzaak"):
        assert np.array_equal(getattr(a, veld), getattr(b, veld)), veld
    peil = date(2026, 6, 1)
    ta, tb = tijdlijn_kolommen(a, peil), tijdlijn_kolommen(b, peil)
    assert np.array_equal(ta["melding_42e_week"], tb["melding_42e_week"], equal_nan=True)


@pytest.mark.parametrize(("van", "tot"), [(None, None), (date(2025, 1, 1), date(2025, 12, 31))])
def test_zelfde_kpi_cijfers_als_objecten(bestand, van, tot):
    objecten = Caseload.uit_jsonl(bestand)
    kolommen = lees_kolommen(bestand)
    assert kolommen.sancties(van, tot) == sancties(objecten, van, tot)
    u, k = uitkomsten(objecten, van, tot), kolommen.uitkomsten(van, tot)
    assert k == u
    assert k.per_soort == u.per_soort


def test_zelfde_verzuimcijfers_als_objecten(bestand):
    objecten = Caseload.uit_jsonl(bestand)
    kolommen = lees_kolommen(bestand)
    werknemers = sorted({t.werknemer for t in objecten})
    werkgever = {t.werknemer: t.werkgever for t in objecten}
    bezetting = {
        "werknemer": werknemers,
        "groep": [werkgever[w] for w in werknemers],
        "in_dienst": ["2000-01-01"] * len(werknemers),
    }
    meldingen, percentages = meldingen_van_trajecten(objecten)
    verwacht = verzuimcijfers(
        meldingen, bezetting, date(2025, 1, 1), date(2025, 12, 31), percentages=percentages
    )
    assert kolommen.verzuimcijfers(bezetting, date(2025, 1, 1), date(2025, 12, 31)) == verwacht


def test_parquet_rondgang(bestand, tmp_path):
    kolommen = lees_kolommen(bestand)
    pad = tmp_path / "caseload.parquet"
    kolommen.naar_parquet(pad)
    terug = lees_kolommen(pad)
    assert terug.tabel.equals(kolommen.tabel)
    assert terug.sancties() == kolommen.sancties()


def _regels(*trajecten, vervang=None):
    tekst = "".join(to_json(t) + "\n" for t in trajecten)
    if vervang:
        tekst = tekst.replace(*vervang)
    return io.BytesIO(tekst.encode())


T1 = ri.Traject(
    werknemer="W-1",
    werkgever="WG",
    ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 1, 6)),),
)
T2 = ri.Traject(
    werknemer="W-2",
    werkgever="WG",
    ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 2, 3)),),
)


def test_fout_noemt_regel_en_veld():
    """pyarrow refuses an impossible date; the strict reader names line and field."""
    with pytest.raises(ReintegratieError, match=r"^line 2: data\.ziekteperioden\[0\]\.eerste_dag"):
        lees_kolommen(_regels(T1, T2, vervang=('"2025-02-03"', '"2025-02-30"')))


@pytest.mark.parametrize("tijd", ["2025-01-06T10:00:00", "2025-01-06T00:00:00", "2025-01-06 00:00"])
def test_tijd_op_een_dag_is_fout(tijd):
    """A time of day is refused, midnight too (the format holds dates only)."""
    with pytest.raises(
        SerializationError, match=r"^line 1: data\.ziekteperioden\[0\]\.eerste_dag: expected a date"
    ):
        lees_kolommen(_regels(T1, vervang=('"2025-01-06"', f'"{tijd}"')))


def test_oude_versie_en_lege_werknemer():
    with pytest.raises(SerializationError, match="line 2: versie"):
        lees_kolommen(
            _regels(
                T1,
                T2,
                vervang=(
                    '"versie":2,"data":{"werknemer":"W-2"',
                    '"versie":1,"data":{"werknemer":"W-2"',
                ),
            )
        )
    with pytest.raises(ReintegratieError, match=r"line 1: data\.werknemer"):
        lees_kolommen(_regels(T1, vervang=('"W-1"', '" "')))


def test_volgorde_van_perioden_wordt_gecontroleerd():
    """Two periods out of order: the arrays refuse them (Verzuimkolommen's checks)."""
    document = json.loads(to_json(T1))
    later = {**document["data"]["ziekteperioden"][0], "eerste_dag": "2025-03-01"}
    later["laatste_dag"] = "2025-03-05"
    document["data"]["ziekteperioden"].insert(0, later)
    regel = json.dumps(document)
    with pytest.raises(ReintegratieError):
        lees_kolommen(io.BytesIO((regel + "\n").encode())).verzuimkolommen()


def test_uitkomsten_per_traject():
    """Several outcomes per trajectory, counted per trajectory as the object path does:
    W-1 ended by mutual consent (1 Mar 2025, not asked), then went to a new employer
    (1 May 2025, more satisfied; the werknemer satisfied, the werkgever not, then the
    werkgever satisfied on 1 Jun 2025 with another internal-work outcome); W-2 took a new
    function internally (not satisfied, the werknemer not satisfied); W-3 has none.
    Whole period: 2 with an outcome, 1 changed job, 0 stayed with a new function (W-1
    left), asked 2 (W-1's latest answer: not asked on 1 Jun, so the 1 May yes), 1 more
    satisfied; werknemer asked 2, satisfied 1; werkgever asked 1 (latest: satisfied) 1.
    From 1 Jun 2025: only W-1's internal outcome: 1 new function, nobody asked."""
    from reintegratie.rollen import Rol
    from reintegratie.uitkomst import Tevredenheid

    soort = ri.Uitkomstsoort

    def uit(s, dag, beter=None, oordelen=()):
        return ri.Uitkomst(
            soort=s,
            datum=dag,
            tevredenheid_verbeterd=beter,
            tevredenheid=tuple(Tevredenheid(partij=r, tevreden=v) for r, v in oordelen),
        )

    w1 = ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        uitkomsten=(
            uit(soort.WEDERZIJDS_GOEDVINDEN, date(2025, 3, 1)),
            uit(
                soort.NIEUWE_WERKGEVER,
                date(2025, 5, 1),
                True,
                ((Rol.WERKNEMER, True), (Rol.WERKGEVER, False)),
            ),
            uit(soort.ANDER_WERK_INTERN, date(2025, 6, 1), None, ((Rol.WERKGEVER, True),)),
        ),
    )
    w2 = ri.Traject(
        werknemer="W-2",
        werkgever="WG",
        uitkomsten=(
            uit(soort.ANDER_WERK_INTERN, date(2025, 4, 1), False, ((Rol.WERKNEMER, False),)),
        ),
    )
    w3 = ri.Traject(werknemer="W-3", werkgever="WG")
    bron = io.BytesIO("".join(to_json(t) + "\n" for t in (w1, w2, w3)).encode())
    kolommen = lees_kolommen(bron)
    k = kolommen.uitkomsten()
    assert (k.trajecten, k.met_uitkomst, k.andere_baan, k.nieuwe_functie) == (3, 2, 1, 1)
    assert (k.tevredenheid_gevraagd, k.tevredenheid_verbeterd) == (2, 1)
    assert k.tevredenheid_per_partij == {Rol.WERKNEMER: (2, 1), Rol.WERKGEVER: (1, 1)}
    assert k.per_soort == {
        soort.WEDERZIJDS_GOEDVINDEN: 1,
        soort.NIEUWE_WERKGEVER: 1,
        soort.ANDER_WERK_INTERN: 2,
    }
    assert k == uitkomsten([w1, w2, w3])
    assert k.tevredenheid_per_partij == uitkomsten([w1, w2, w3]).tevredenheid_per_partij
    juni = kolommen.uitkomsten(date(2025, 6, 1))
    assert (juni.met_uitkomst, juni.andere_baan, juni.nieuwe_functie) == (1, 0, 1)
    assert (juni.tevredenheid_gevraagd, juni.tevredenheid_per_partij) == (
        0,
        {Rol.WERKGEVER: (1, 1)},
    )
    assert juni == uitkomsten([w1, w2, w3], date(2025, 6, 1))

"""The KPI report of caseload files over Dask (``dask_kpis``): block by block on the Arrow
path, added up into the report the object path gives for the whole caseload; on the
threaded scheduler and on a local ``distributed`` cluster."""

from __future__ import annotations

from datetime import date

import pytest

import reintegratie as ri
from reintegratie import analyse as an
from reintegratie.errors import ReintegratieError, SerializationError, ValidationError
from reintegratie.serialisatie import lees_jsonl, schrijf_jsonl

dask = pytest.importorskip("dask")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

VAN, TOT = date(2025, 1, 1), date(2025, 12, 31)


@pytest.fixture(scope="module")
def caseload(tmp_path_factory):
    """400 realistic dossiers as JSON Lines (about 700 kB: a dozen 64 kB blocks)."""
    pad = tmp_path_factory.mktemp("dask") / "caseload.jsonl"
    schrijf_jsonl(an.voorbeeldcaseload(400, seed=11), pad)
    return pad


def _objecten(pad, *args, **opties):
    return an.kpis(list(lees_jsonl(pad)), *args, **opties)


class TestGelijkAanObjecten:
    @pytest.mark.parametrize("blokgrootte", [40_000, 300_000, 10**9])
    def test_jsonl_in_blokken(self, caseload, blokgrootte):
        """Cut into 18, 3 or 1 block(s): the same report, figure for figure."""
        uit = an.dask_kpis(caseload, VAN, TOT, blokgrootte=blokgrootte)
        verwacht = _objecten(caseload, VAN, TOT)
        assert uit.compute(scheduler="threads") == verwacht
        assert uit.compute(scheduler="sync").als_dict() == verwacht.als_dict()

    def test_peildatum_en_codes(self, caseload):
        """A peildatum inside the period and a choice of milestones are passed on."""
        codes = ("probleemanalyse", "melding_42e_week")
        peil = date(2025, 7, 1)
        uit = an.dask_kpis(caseload, VAN, TOT, peil, codes, blokgrootte=50_000)
        assert uit.compute(scheduler="threads") == _objecten(caseload, VAN, TOT, peil, codes)

    def test_parquet_per_rijgroep(self, caseload, tmp_path):
        """A Parquet caseload of 7 row groups (60 rows each) and a JSON Lines file,
        through a glob: one report of both."""
        kol = an.lees_kolommen(caseload)
        pq.write_table(kol.tabel, tmp_path / "a.parquet", row_group_size=60)
        assert pq.ParquetFile(tmp_path / "a.parquet").num_row_groups == 7
        (tmp_path / "b.jsonl").write_bytes(caseload.read_bytes())
        uit = an.dask_kpis(str(tmp_path / "*"), VAN, TOT, blokgrootte=100_000)
        trajecten = list(lees_jsonl(caseload))
        assert uit.compute(scheduler="threads") == an.kpis(trajecten * 2, VAN, TOT)

    def test_gedeeld_groepsprogramma_telt_eenmaal(self, tmp_path):
        """Two dossiers of one group programme, in different blocks: one programme."""
        groep = ri.Groepsprogramma(
            naam="heroriëntatie",
            start=date(2025, 3, 3),
            deelnemers=("W-0", "W-299", *(f"X-{i}" for i in range(7))),
        )
        trajecten = [
            ri.Traject(werknemer=f"W-{i}", werkgever="WG", groepsprogrammas=(groep,))
            if i in (0, 299)
            else ri.Traject(werknemer=f"W-{i}", werkgever="WG")
            for i in range(300)
        ]
        schrijf_jsonl(trajecten, tmp_path / "g.jsonl")
        uit = an.dask_kpis(tmp_path / "g.jsonl", VAN, TOT, blokgrootte=5_000)
        rapport = uit.compute(scheduler="sync")
        assert rapport.groepsprogrammas == an.Groepscijfer(1, 1, 2)
        assert rapport == an.kpis(trajecten, VAN, TOT)

    def test_leeg_bestand(self, tmp_path):
        """An empty file: the report of no trajecten."""
        (tmp_path / "leeg.jsonl").write_bytes(b"")
        uit = an.dask_kpis(tmp_path / "leeg.jsonl", VAN, TOT).compute(scheduler="sync")
        assert uit == an.kpis([], VAN, TOT)
        assert uit.sancties.trajecten == 0


class TestFouten:
    def test_slechte_regel_met_regelnummer_in_het_bestand(self, caseload, tmp_path):
        """Line 301 is broken; it lies in a later block, and the error counts the lines
        of the file, not of the block."""
        regels = caseload.read_text(encoding="utf-8").splitlines()
        regels[300] = regels[300].replace('"werkgever":', '"werkgever": 5, "x":', 1)
        pad = tmp_path / "slecht.jsonl"
        pad.write_text("\n".join(regels) + "\n", encoding="utf-8")
        with pytest.raises(SerializationError, match=r"slecht\.jsonl: line 301: data\.werkgever"):
            an.dask_kpis(pad, VAN, TOT, blokgrootte=50_000).compute(scheduler="sync")

    def test_argumenten(self, caseload, tmp_path):
        with pytest.raises(ValidationError, match="bron: no file matches"):
            an.dask_kpis(str(tmp_path / "geen*.jsonl"), VAN, TOT)
        with pytest.raises(ValidationError, match="bron: expected a str or a path"):
            an.dask_kpis(42, VAN, TOT)  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match="bron: an empty list"):
            an.dask_kpis([], VAN, TOT)
        with pytest.raises(ValidationError, match="blokgrootte"):
            an.dask_kpis(caseload, VAN, TOT, blokgrootte=0)
        with pytest.raises(ValidationError, match="formaat"):
            an.dask_kpis(caseload, VAN, TOT, formaat="csv")
        with pytest.raises(ReintegratieError):
            an.dask_kpis(caseload, TOT, VAN)  # the period runs backwards
        with pytest.raises(ValidationError, match="bron: not a file"):
            an.dask_kpis(tmp_path, VAN, TOT)


def test_lokaal_cluster(caseload):
    """On a local cluster of two worker processes: the arguments and the partial
    reports travel between processes, and the report is the same."""
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        uit = client.compute(an.dask_kpis(caseload, VAN, TOT, blokgrootte=100_000)).result()
    assert uit == _objecten(caseload, VAN, TOT)

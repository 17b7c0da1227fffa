"""The columnar timeline over a Dask DataFrame, partition by partition (extra ``dask``),
run on a local scheduler."""

from __future__ import annotations

from datetime import date

import pytest

import reintegratie as ri
from reintegratie import analyse as an

dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")

CODES = ["probleemanalyse", "plan_van_aanpak", "melding_42e_week", "wia_aanvraag"]


def _frame(n: int, seed: int = 1):
    rng = np.random.default_rng(seed)
    x = np.datetime64("2020-01-01") + rng.integers(0, 3000, n)
    einde = np.where(
        rng.random(n) < 0.4,
        x + rng.integers(0, 900, n).astype("timedelta64[D]"),
        np.datetime64("NaT", "D"),
    )
    return pd.DataFrame(
        {
            "dossier": [f"D-{i}" for i in range(n)],
            "eerste_ziektedag": x.astype("datetime64[s]"),
            "laatste_ziektedag": einde.astype("datetime64[s]"),
        }
    )


class TestPartities:
    """map_partitions gives what one pandas call gives, and what tijdlijn gives."""

    @pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
    def test_een_rij_per_dossier(self, scheduler):
        """One sickness period per row; rows and index are kept."""
        df = _frame(400)
        ddf = dd.from_pandas(df, npartitions=5)
        uit = an.dask_tijdlijn(ddf, date(2024, 1, 1), codes=CODES).compute(scheduler=scheduler)
        verwacht = an.tijdlijn_partitie(df, date(2024, 1, 1), codes=CODES)
        nieuw = [k for c in CODES for k in (c, f"{c}_status")]
        assert list(uit.columns) == [*df.columns, *nieuw]
        pd.testing.assert_frame_equal(uit.sort_index()[nieuw], verwacht[nieuw])
        for i in (0, 17, 399):
            rij = df.iloc[i]
            einde = rij["laatste_ziektedag"]
            t = ri.Traject(
                werknemer="W",
                werkgever="WG",
                ziekteperioden=(
                    ri.Ziekteperiode(
                        eerste_dag=rij["eerste_ziektedag"].date(),
                        laatste_dag=None if pd.isna(einde) else einde.date(),
                    ),
                ),
            )
            tl = ri.tijdlijn(t, date(2024, 1, 1))
            for code in CODES:
                assert uit.loc[i, code].date() == tl[code].uiterlijk
                assert uit.loc[i, f"{code}_status"] == tl[code].status.value

    def test_perioden_per_dossier(self):
        """Rows of sickness periods, shuffled on the dossier: one row per dossier, with
        samentelling over the periods."""
        df = pd.DataFrame(
            {
                "dossier": ["A", "B", "A", "C", "C"],
                "eerste_ziektedag": pd.to_datetime(
                    ["2025-10-01", "2025-01-01", "2025-11-11", "2025-03-01", "2025-02-01"]
                ),
                "laatste_ziektedag": pd.to_datetime(["2025-10-31", None, None, None, "2025-02-10"]),
            }
        )
        ddf = dd.from_pandas(df, npartitions=2)
        uit = an.dask_tijdlijn(ddf, dossier="dossier", codes=["probleemanalyse"])
        uit = uit.compute(scheduler="synchronous").sort_index()
        assert list(uit.index) == ["A", "B", "C"]
        # A: 10 fit days between its periods, one case; C: its periods out of order
        assert uit.loc["A", "eerste_ziektedag"].date() == date(2025, 10, 1)
        assert uit.loc["A", "probleemanalyse"].date() == date(2025, 11, 21)
        assert uit.loc["C", "eerste_ziektedag"].date() == date(2025, 2, 1)

    def test_meta_zonder_rekenen(self):
        """The schema is known before anything runs."""
        ddf = dd.from_pandas(_frame(10), npartitions=2)
        lui = an.dask_tijdlijn(ddf, codes=["melding_42e_week"])
        assert str(lui.dtypes["melding_42e_week"]) == "datetime64[s]"
        assert str(lui.dtypes["melding_42e_week_status"]) == "category"

    def test_ontbrekende_kolom(self):
        """A missing column is named."""
        with pytest.raises(ri.ValidationError, match="begin"):
            an.tijdlijn_partitie(_frame(3), eerste_dag="begin")

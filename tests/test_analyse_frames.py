"""DataFrames of caseloads (extras ``pandas``, ``polars``), the HTML display, and the
error that names the missing extra."""

from __future__ import annotations

import importlib
import re
import sys
from datetime import date
from pathlib import Path

import pytest

import reintegratie as ri
from reintegratie import analyse as an
from reintegratie.analyse import frames
from reintegratie.testing.factories import maak_traject

DOCS = Path(__file__).resolve().parents[1] / "docs" / "caseload.md"
PEIL = date(2026, 6, 1)


@pytest.fixture(scope="module")
def caseload() -> an.Caseload:
    return an.voorbeeldcaseload(120, seed=11)


def _tabel_kolommen(kop: str) -> list[str]:
    """The column names of the table under heading *kop* in docs/caseload.md."""
    tekst = DOCS.read_text(encoding="utf-8")
    deel = tekst.split(kop, 1)[1].split("\n#", 1)[0]
    return re.findall(r"^\| `([^`]+)` \|", deel, flags=re.MULTILINE)


class TestPandas:
    """One row per traject or termijn, with date, categorical and nullable dtypes."""

    def test_to_frame(self, caseload):
        """A row per traject; dates, categories and nullable columns."""
        pytest.importorskip("pandas")
        df = an.to_frame(caseload, PEIL)
        assert len(df) == len(caseload)
        assert str(df["eerste_ziektedag"].dtype) == "datetime64[s]"
        assert str(df["probleemanalyse_status"].dtype) == "category"
        assert list(df["probleemanalyse_status"].cat.categories) == [s.value for s in ri.Status]
        assert str(df["spoor_2_week"].dtype) == "Int64"
        assert str(df["andere_baan"].dtype) == "boolean"
        assert str(df["traject"].dtype).startswith("string")
        rij = df.iloc[0]
        tl = ri.tijdlijn(caseload[0], PEIL)
        assert rij["melding_42e_week"].date() == tl["melding_42e_week"].uiterlijk
        assert rij["melding_42e_week_status"] == tl["melding_42e_week"].status.value

    def test_methoden_gelijk(self, caseload):
        """The columnar path gives the very frame the timelines give."""
        pytest.importorskip("pandas")
        a = an.to_frame(caseload, PEIL, methode="kolommen")
        b = an.to_frame(caseload, PEIL, methode="tijdlijn")
        assert a.equals(b)
        c = an.to_frame(caseload, methode="kolommen")
        assert c.equals(an.to_frame(caseload, methode="tijdlijn"))

    def test_drempel(self, caseload, monkeypatch):
        """ "auto" uses the arrays from DREMPEL_KOLOMMEN fact-free trajecten on."""
        pytest.importorskip("pandas")
        gebruikt: list[int] = []
        echt = frames._termijnen_op_arrays

        def spion(r, rijen, *args):
            gebruikt.append(len(rijen))
            return echt(r, rijen, *args)

        monkeypatch.setattr(frames, "_termijnen_op_arrays", spion)
        an.to_frame(caseload, PEIL)
        assert gebruikt == []
        monkeypatch.setattr(frames, "DREMPEL_KOLOMMEN", 5)
        an.to_frame(caseload, PEIL)
        assert gebruikt
        assert gebruikt[0] >= 5

    def test_termijnen_frame(self, caseload):
        """A row per termijn of the latest case, or of every case."""
        pytest.importorskip("pandas")
        df = an.termijnen_frame(caseload[:10], PEIL)
        assert len(df) == sum(len(ri.tijdlijn(t, PEIL)) for t in caseload[:10])
        assert str(df["uiterlijk"].dtype) == "datetime64[s]"
        assert str(df["code"].dtype) == "category"
        assert str(df["dagen_te_laat"].dtype) == "Int64"
        alle = an.termijnen_frame(caseload[:10], PEIL, alle_gevallen=True)
        assert len(alle) >= len(df)
        assert set(alle["geval"]) >= {1}

    def test_leeg(self):
        """An empty caseload is an empty frame with every column."""
        pytest.importorskip("pandas")
        df = an.to_frame([])
        assert len(df) == 0
        assert "melding_42e_week_status" in df.columns

    def test_kolommen_gedocumenteerd(self, caseload):
        """Every column of both frames is in the tables of docs/caseload.md, and back."""
        pytest.importorskip("pandas")
        gedocumenteerd = _tabel_kolommen("### Columns of `to_frame`")
        kolommen = list(an.to_frame(caseload[:3]).columns)
        codes = list(dict.fromkeys(r.code for r in ri.POORTWACHTER))
        vast = [
            k
            for k in kolommen
            if not any(k == c or k.startswith(f"{c}_") for c in codes)
            or k in ("spoor_2_start", "spoor_2_week")
        ]
        assert vast == [k for k in gedocumenteerd if "<" not in k]
        assert _tabel_kolommen("### Columns of `termijnen_frame`") == list(
            an.termijnen_frame(caseload[:3]).columns
        )

    def test_ongeldig(self):
        """An unknown backend or method is refused."""
        with pytest.raises(ri.ValidationError, match="backend"):
            an.to_frame([], backend="spark")  # type: ignore[arg-type]
        with pytest.raises(ri.ValidationError, match="methode"):
            an.to_frame([], methode="snel")  # type: ignore[arg-type]


class TestPolars:
    """The same frames in polars: Date, Enum, nullable integers and booleans."""

    def test_to_frame(self, caseload):
        """Dtypes and equality with pandas, value for value."""
        pl = pytest.importorskip("polars")
        pytest.importorskip("pandas")
        df = an.to_frame(caseload, PEIL, backend="polars")
        assert df.schema["eerste_ziektedag"] == pl.Date
        assert isinstance(df.schema["melding_42e_week_status"], pl.Enum)
        assert df.schema["spoor_2_week"] == pl.Int64
        pd_df = an.to_frame(caseload, PEIL)
        assert df["melding_42e_week"].to_list() == [
            None if v != v else v.date()  # NaT is not equal to itself
            for v in pd_df["melding_42e_week"]
        ]
        assert df["uitkomst"].to_list() == [
            None if v != v else v for v in pd_df["uitkomst"].astype(object)
        ]

    def test_termijnen_frame(self, caseload):
        """One row per termijn, codes as an Enum."""
        pl = pytest.importorskip("polars")
        df = an.termijnen_frame(caseload[:5], PEIL, backend="polars")
        assert isinstance(df.schema["code"], pl.Enum)
        assert df.schema["afgerond_op"] == pl.Date


class TestZonderExtra:
    """Without the extra, the error names it."""

    @pytest.mark.parametrize(
        ("module", "extra", "doe"),
        [
            ("pandas", "pandas", lambda: an.to_frame([])),
            ("polars", "polars", lambda: an.to_frame([], backend="polars")),
        ],
    )
    def test_foutmelding(self, monkeypatch, module, extra, doe):
        """A missing pandas or polars: ImportError naming the extra to install."""
        monkeypatch.setitem(sys.modules, module, None)
        with pytest.raises(ImportError, match=rf"reintegratie\[{extra}\]"):
            doe()

    def test_numpy_ontbreekt(self, monkeypatch):
        """Without numpy the columnar modules import, and using them names the 'analyse'
        extra."""
        monkeypatch.setitem(sys.modules, "numpy", None)
        for deel in (
            "verzuimkolommen",
            "vectoriseerbaar",
            "tijdlijnkolommen",
            "rekenkolommen",
            "kolommen",
        ):
            monkeypatch.delitem(sys.modules, f"reintegratie.analyse.{deel}", raising=False)
        kolommen = importlib.import_module("reintegratie.analyse.kolommen")
        with pytest.raises(ImportError, match=r"reintegratie\[analyse\]"):
            kolommen.tijdlijn_kolommen(["2025-10-01"])
        assert kolommen.kan_vectoriseren()["melding_42e_week"] is None

    def test_matplotlib_ontbreekt(self, monkeypatch):
        """Without matplotlib, plotting names the 'plot' extra."""
        monkeypatch.setitem(sys.modules, "matplotlib", None)
        with pytest.raises(ImportError, match=r"reintegratie\[plot\]"):
            an.plot_caseload([])

    def test_onbekende_naam(self):
        """The package's lazy names do not hide typos."""
        with pytest.raises(AttributeError, match="geen_functie"):
            an.geen_functie  # noqa: B018


class TestHtml:
    """The HTML fragments for Jupyter (_repr_html_)."""

    def test_tijdlijn_html(self):
        """Every termijn, its status as a coloured label, text escaped."""
        t = maak_traject(date(2025, 10, 1), op_tijd={"probleemanalyse": False})
        tl = ri.tijdlijn(t, date(2026, 1, 5))
        html = an.tijdlijn_html(tl)
        assert html.count("<tr>") == len(tl) + 1
        assert 'title="te_laat"' in html
        assert "peildatum 2026-01-05" in html
        leeg = an.tijdlijn_html(ri.tijdlijn(ri.Traject(werknemer="W", werkgever="WG")))
        assert "no termijnen" in leeg

    def test_traject_html(self):
        """Who, periods, sporen, events, outcome and the timeline; everything escaped."""
        t = maak_traject(
            date(2025, 1, 6),
            date(2026, 3, 1),
            op_tijd=True,
            spoor_2=True,
            werknemer="W-<b>",
            uitkomsten=(
                ri.Uitkomst(
                    soort=ri.Uitkomstsoort.NIEUWE_WERKGEVER,
                    datum=date(2026, 3, 2),
                    tevredenheid_verbeterd=True,
                ),
            ),
        )
        html = an.traject_html(t, date(2026, 3, 2))
        assert "W-&lt;b&gt;" in html
        assert "<b>" not in html.replace("<b>uitkomst</b>", "").replace(
            "<b>events</b>", ""
        ).replace("<b>betrokkenen</b>", "").replace("<b>Traject</b>", "")
        assert "spoor_2" in html
        assert "changed job" in html
        assert "more satisfied" in html
        assert "reintegratie-tijdlijn" in html


class TestJurisdicties:
    """Each traject's timeline follows its own rule set; the arrays take the Dutch ones."""

    def test_gemengd(self):
        """Flemish and Dutch trajecten in one frame: the columns of both rule sets, and the
        columnar path only where the rule set allows it."""
        pytest.importorskip("pandas")
        jurisdictie = ri.Jurisdictie
        x = (ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),)
        vl = ri.Traject(
            werknemer="W-1", werkgever="WG", ziekteperioden=x, jurisdictie=jurisdictie.VL
        )
        nl = ri.Traject(werknemer="W-2", werkgever="WG", ziekteperioden=x)
        cl = [vl, nl] * 3
        a = an.to_frame(cl, date(2026, 1, 1), methode="kolommen")
        b = an.to_frame(cl, date(2026, 1, 1), methode="tijdlijn")
        assert a.equals(b)
        for t, rij in zip(cl, a.itertuples(index=False), strict=True):
            tl = ri.tijdlijn(t, date(2026, 1, 1))
            for termijn in tl:
                if len(tl.alle(termijn.code)) > 1:
                    continue  # recurring codes are counted instead
                assert termijn.code in a.columns
                assert getattr(rij, termijn.code).date() == termijn.uiterlijk
        assert an.signalen([vl], date(2026, 1, 1), binnen_dagen=60)

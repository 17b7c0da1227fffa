"""Caseload files read into columns, without a Python object per dossier (pyarrow, extra
``arrow``).

:func:`lees_kolommen` reads a JSON Lines caseload (one enveloped traject per line, as
:func:`~reintegratie.schrijf_jsonl` writes it) or a Parquet file written by
:meth:`Caseloadkolommen.naar_parquet` into an Arrow table, in C++: only the fields the
columnar figures need (employee, employer, jurisdiction, sickness and leave periods with
their percentage, events with kind, date and weeks, the outcome), their types checked
(dates must be ``'YYYY-MM-DD'``: a time of day or an impossible date is an error). Every
line must be a ``reintegratie/traject`` document of the current version. What the figures
do not need is not read, so not checked either: the strict reader
(:func:`~reintegratie.lees_jsonl`) checks every field and every invariant. Where pyarrow
refuses the file, the strict reader is run on it to name the line and field; the order of
the periods is checked on the arrays (:class:`~reintegratie.analyse.kolommen.Verzuimkolommen`).

From the columns come: the columnar timeline (:meth:`Caseloadkolommen.verzuimkolommen`),
the absence statistics (:meth:`Caseloadkolommen.verzuimcijfers`), and the sanctions and
outcomes of the KPI report (:meth:`Caseloadkolommen.sancties`,
:meth:`Caseloadkolommen.uitkomsten`), equal to what the object path gives. The
milestone figures need the rules with recorded facts, which the columnar timeline does not
apply yet: for those, read the objects (:class:`~reintegratie.analyse.Caseload`).

>>> import pytest; _ = pytest.importorskip("pyarrow")  # the 'arrow' extra
>>> import io
>>> from datetime import date
>>> import reintegratie as ri
>>> from reintegratie.serialisatie import to_json
>>> t = ri.Traject(werknemer="W-1", werkgever="WG",
...                ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),))
>>> kol = lees_kolommen(io.BytesIO((to_json(t) + "\\n").encode()))
>>> kol
Caseloadkolommen(1 traject)
>>> kol.verzuimkolommen().eerste_dag
array(['2025-10-01'], dtype='datetime64[D]')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import io
import os
from typing import IO, Any

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie.analyse._extra import importeer
from reintegratie.analyse.kpi import Sanctiecijfer, Uitkomstcijfer, _periode, tel_uitkomsten
from reintegratie.analyse.statistiek import Verzuimcijfers, verzuimcijfers
from reintegratie.errors import ReintegratieError, SerializationError, ValidationError
from reintegratie.rollen import Rol
from reintegratie.serialisatie import HUIDIGE_VERSIES
from reintegratie.uitkomst import Tevredenheid, Uitkomst, Uitkomstsoort

__all__ = ["Caseloadkolommen", "lees_kolommen"]

_SCHEMA = "reintegratie/traject"


def _pa() -> Any:
    return importeer("pyarrow", "reading caseload files into columns")


def _schema(dag: Any) -> Any:
    pa = _pa()
    periode = pa.struct([("eerste_dag", dag), ("laatste_dag", dag), ("percentage", pa.int64())])
    verlof = pa.struct([("eerste_dag", dag), ("laatste_dag", dag), ("zelfde_oorzaak", pa.bool_())])
    gebeurtenis = pa.struct([("soort", pa.string()), ("datum", dag), ("weken", pa.int64())])
    oordeel = pa.struct([("partij", pa.string()), ("tevreden", pa.bool_())])
    uitkomst = pa.struct(
        [
            ("soort", pa.string()),
            ("datum", dag),
            ("tevredenheid_verbeterd", pa.bool_()),
            ("tevredenheid", pa.list_(oordeel)),
        ]
    )
    return pa.schema(
        [
            ("schema", pa.string()),
            ("versie", pa.int64()),
            (
                "data",
                pa.struct(
                    [
                        ("werknemer", pa.string()),
                        ("werkgever", pa.string()),
                        ("jurisdictie", pa.string()),
                        ("ziekteperioden", pa.list_(periode)),
                        ("verlofperioden", pa.list_(verlof)),
                        ("gebeurtenissen", pa.list_(gebeurtenis)),
                        ("uitkomsten", pa.list_(uitkomst)),
                    ]
                ),
            ),
        ]
    )


def _strikte_fout(bron: Any, fout: Exception) -> ReintegratieError:
    """The strict reader's error for the first bad line of *bron* (or pyarrow's message)."""
    from reintegratie.serialisatie import lees_jsonl

    try:
        for _ in lees_jsonl(bron):
            pass
    except ReintegratieError as strikt:
        return strikt
    return SerializationError(f"cannot read the caseload into columns: {fout}")


@gecontroleerd
def lees_kolommen(
    bron: str | os.PathLike[str] | IO[bytes], formaat: str | None = None
) -> Caseloadkolommen:
    """The caseload in *bron* (a path or a binary file) as columns.

    *formaat* is ``"jsonl"`` or ``"parquet"``; by default a path ending in ``.parquet`` is
    Parquet, anything else JSON Lines.
    """
    pa = _pa()
    if formaat is None:
        naam = os.fspath(bron) if isinstance(bron, str | os.PathLike) else ""
        formaat = "parquet" if str(naam).endswith(".parquet") else "jsonl"
    if formaat == "parquet":
        pq = importeer("pyarrow.parquet", "reading Parquet caseloads")
        tabel = pq.read_table(bron)
        verwacht = _schema(pa.date32())
        if not tabel.schema.equals(verwacht):
            raise SerializationError(
                "parquet: not a caseload written by Caseloadkolommen.naar_parquet "
                f"(expected the schema {verwacht}, got {tabel.schema})"
            )
    elif formaat == "jsonl":
        tabel = _lees_jsonl(bron)
    else:
        raise ValidationError("formaat", f"expected 'jsonl' or 'parquet', got {formaat!r}")
    return Caseloadkolommen(tabel)


def _lees_jsonl(bron: Any) -> Any:
    pa = _pa()
    pj = importeer("pyarrow.json", "reading JSON Lines caseloads")
    opties = pj.ParseOptions(
        explicit_schema=_schema(pa.timestamp("s")), unexpected_field_behavior="ignore"
    )
    if not isinstance(bron, str | os.PathLike):
        bron = io.BytesIO(bron.read())
    try:
        tabel = pj.read_json(bron, parse_options=opties)
    except pa.ArrowInvalid as fout:
        if not isinstance(bron, str | os.PathLike):
            bron.seek(0)
        raise _strikte_fout(bron, fout) from None
    return _naar_datums(tabel)


def _naar_datums(tabel: Any) -> Any:
    """Timestamps parsed from the JSON text as dates; a time of day is an error."""
    pa = _pa()
    pc = importeer("pyarrow.compute", "reading caseloads into columns")

    def dag(kolom: Any, veld: str) -> Any:
        seconden = pc.cast(kolom, pa.int64())
        heel = pc.multiply(pc.divide(seconden, 86400), 86400)  # integer division
        rest = pc.fill_null(pc.not_equal(heel, seconden), False)
        if pc.any(rest).as_py():
            raise SerializationError(f"{veld}: expected a date 'YYYY-MM-DD', got a time of day")
        return pc.cast(kolom, pa.date32())

    def lijst(lijsten: Any, veld: str, datums: tuple[str, ...]) -> Any:
        waarden = lijsten.values
        velden = {f.name: waarden.field(f.name) for f in waarden.type}
        for naam in datums:
            velden[naam] = dag(velden[naam], f"data.{veld}[].{naam}")
        struct = pa.StructArray.from_arrays(
            list(velden.values()), names=list(velden), mask=pc.invert(waarden.is_valid())
        )
        return pa.ListArray.from_arrays(lijsten.offsets, struct, mask=pc.invert(lijsten.is_valid()))

    data = tabel.column("data").combine_chunks()
    velden = {f.name: data.field(f.name) for f in data.type}
    velden["ziekteperioden"] = lijst(
        velden["ziekteperioden"], "ziekteperioden", ("eerste_dag", "laatste_dag")
    )
    velden["verlofperioden"] = lijst(
        velden["verlofperioden"], "verlofperioden", ("eerste_dag", "laatste_dag")
    )
    velden["gebeurtenissen"] = lijst(velden["gebeurtenissen"], "gebeurtenissen", ("datum",))
    velden["uitkomsten"] = lijst(velden["uitkomsten"], "uitkomsten", ("datum",))
    nieuw = pa.StructArray.from_arrays(list(velden.values()), names=list(velden))
    return pa.table(
        {"schema": tabel.column("schema"), "versie": tabel.column("versie"), "data": nieuw},
        schema=_schema(pa.date32()),
    )


@attrs.frozen(eq=False, repr=False)
class Caseloadkolommen:
    """A caseload as an Arrow table (one row per traject; see :func:`lees_kolommen`).

    .. versionadded:: 0.1.0
    """

    tabel: Any = attrs.field()
    _data: Any = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        pc = importeer("pyarrow.compute", "caseload columns")
        schemas = self.tabel.column("schema")
        if self.tabel.num_rows and not pc.all(pc.equal(schemas, _SCHEMA)).as_py():
            rij = pc.index(pc.equal(schemas, _SCHEMA), False).as_py()
            raise SerializationError(f"line {rij + 1}: schema: expected {_SCHEMA!r}")
        versie = HUIDIGE_VERSIES[_SCHEMA]
        if (
            self.tabel.num_rows
            and not pc.all(pc.equal(self.tabel.column("versie"), versie)).as_py()
        ):
            rij = pc.index(pc.equal(self.tabel.column("versie"), versie), False).as_py()
            raise SerializationError(
                f"line {rij + 1}: versie: the columnar reader reads version {versie} only "
                "(read older files with lees_jsonl, which upgrades them)"
            )
        data = self.tabel.column("data").combine_chunks()
        for veld in ("werknemer", "werkgever"):
            leeg = pc.fill_null(pc.equal(pc.utf8_trim_whitespace(data.field(veld)), ""), True)
            if pc.any(leeg).as_py():
                rij = pc.index(leeg, True).as_py()
                raise SerializationError(f"line {rij + 1}: data.{veld}: required, non-empty text")
        object.__setattr__(self, "_data", data)

    def __len__(self) -> int:
        return int(self.tabel.num_rows)

    def __repr__(self) -> str:
        n = len(self)
        return f"Caseloadkolommen({n:,} traject{'' if n == 1 else 'en'})"

    def naar_parquet(self, pad: str | os.PathLike[str]) -> None:
        """Write the columns as Parquet (dates as ``date32``), for :func:`lees_kolommen`."""
        pq = importeer("pyarrow.parquet", "writing Parquet caseloads")
        pq.write_table(self.tabel, pad)

    # --- periods -------------------------------------------------------------------------

    def verzuimkolommen(self) -> Any:
        """The sickness and leave periods as :class:`~.kolommen.Verzuimkolommen` (equal to
        ``Verzuimkolommen.van_trajecten`` of the same trajecten)."""
        from reintegratie.analyse.kolommen import Verzuimkolommen

        np = importeer("numpy", "the columnar timeline")
        z = self._data.field("ziekteperioden")
        v = self._data.field("verlofperioden")
        zv, vv = z.flatten(), v.flatten()

        def datums(kolom: Any) -> Any:
            return kolom.to_numpy(zero_copy_only=False).astype("datetime64[D]")

        def grenzen(lijsten: Any) -> Any:
            return np.asarray(
                lijsten.fill_null([]).offsets if lijsten.null_count else lijsten.offsets,
                dtype=np.int64,
            )

        zelfde = (
            vv.field("zelfde_oorzaak").fill_null(True).to_numpy(zero_copy_only=False).astype(bool)
        )
        return Verzuimkolommen(
            datums(zv.field("eerste_dag")),
            datums(zv.field("laatste_dag")),
            grenzen(z),
            verlof_eerste_dag=datums(vv.field("eerste_dag")),
            verlof_laatste_dag=datums(vv.field("laatste_dag")),
            verlof_zelfde_oorzaak=zelfde,
            verlof_grenzen=grenzen(v),
        )

    def meldingen(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """The sick reports and their percentages as the columns of
        :func:`~.statistiek.verzuimcijfers` (as :func:`~.statistiek.meldingen_van_trajecten`)."""
        pc = importeer("pyarrow.compute", "caseload columns")
        z = self._data.field("ziekteperioden")
        if z.null_count:
            z = z.fill_null([])
        rij = pc.list_parent_indices(z)
        zv = z.flatten()
        werknemers = pc.take(self._data.field("werknemer"), rij).to_pylist()
        sleutels = list(range(len(zv)))
        eerste = zv.field("eerste_dag").to_pylist()
        percentage = zv.field("percentage").fill_null(100).to_pylist()
        meldingen = {
            "melding": sleutels,
            "werknemer": werknemers,
            "eerste_dag": eerste,
            "laatste_dag": zv.field("laatste_dag").to_pylist(),
        }
        return meldingen, {"melding": sleutels, "vanaf": eerste, "percentage": percentage}

    def verzuimcijfers(
        self, bezetting: Any, van: _dt.date, tot: _dt.date, **opties: Any
    ) -> dict[str, Verzuimcijfers]:
        """:func:`~.statistiek.verzuimcijfers` of these sick reports and *bezetting*."""
        meldingen, percentages = self.meldingen()
        return verzuimcijfers(meldingen, bezetting, van, tot, percentages=percentages, **opties)

    # --- KPI figures -----------------------------------------------------------------------

    def _gebeurtenissen(self, van: _dt.date | None, tot: _dt.date | None) -> tuple[Any, Any]:
        pc = importeer("pyarrow.compute", "caseload columns")
        g = self._data.field("gebeurtenissen")
        if g.null_count:
            g = g.fill_null([])
        rij = pc.list_parent_indices(g)
        gv = g.flatten()
        binnen = pc.is_valid(gv.field("datum"))
        if van is not None:
            binnen = pc.and_(binnen, pc.greater_equal(gv.field("datum"), van))
        if tot is not None:
            binnen = pc.and_(binnen, pc.less_equal(gv.field("datum"), tot))
        return pc.filter(gv, binnen), pc.filter(rij, binnen)

    def sancties(self, van: _dt.date | None = None, tot: _dt.date | None = None) -> Sanctiecijfer:
        """Loonsancties and bekortingen dated in ``[van, tot]`` (as :func:`~.kpi.sancties`)."""
        pc = importeer("pyarrow.compute", "caseload columns")
        _periode(van, tot)
        gv, rij = self._gebeurtenissen(van, tot)
        soort = gv.field("soort")
        sanctie = pc.equal(soort, "loonsanctie")
        weken = pc.filter(gv.field("weken"), sanctie)
        if weken.null_count:
            raise SerializationError("data.gebeurtenissen[].weken: a loonsanctie without weeks")
        met = len(pc.unique(pc.filter(rij, sanctie)))
        bekort = pc.sum(pc.cast(pc.equal(soort, "bekorting"), "int64")).as_py() or 0
        return Sanctiecijfer(len(self), met, len(weken), tuple(weken.to_pylist()), bekort)

    def uitkomsten(
        self, van: _dt.date | None = None, tot: _dt.date | None = None
    ) -> Uitkomstcijfer:
        """The outcome distribution (as :func:`~.kpi.uitkomsten`): the few outcomes of each
        dossier become :class:`~reintegratie.uitkomst.Uitkomst` values, counted by the same
        function as the object path (:func:`~.kpi.tel_uitkomsten`)."""
        _periode(van, tot)
        rijen = self._data.field("uitkomsten").to_pylist()
        try:
            per_traject = [
                [
                    Uitkomst(
                        soort=Uitkomstsoort(u["soort"]),
                        datum=u["datum"],
                        tevredenheid_verbeterd=u["tevredenheid_verbeterd"],
                        tevredenheid=tuple(
                            Tevredenheid(partij=Rol(o["partij"]), tevreden=o["tevreden"])
                            for o in u["tevredenheid"] or ()
                        ),
                    )
                    for u in rij or ()
                ]
                for rij in rijen
            ]
        except (ValueError, TypeError) as fout:
            raise SerializationError(f"data.uitkomsten: {fout}") from None
        return tel_uitkomsten(per_traject, van, tot)

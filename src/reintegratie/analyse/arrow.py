"""Caseload files read into columns, without a Python object per dossier (pyarrow, extra
``arrow``).

:func:`lees_kolommen` reads a JSON Lines caseload (one enveloped traject per line, as
:func:`~reintegratie.schrijf_jsonl` writes it) or a Parquet file written by
:meth:`Caseloadkolommen.naar_parquet` into an Arrow table, in C++. Every line is parsed
against the whole version-2 traject document
(:func:`~reintegratie.analyse.arrowschema.traject_arrowschema`): a field the format does
not know, at any level, is refused, and so is a value of the wrong JSON type; what the
Arrow schema lets through (a field of another event kind, a missing required field, an
unknown enum value, a date that is not ``'YYYY-MM-DD'`` ...) is checked on the arrays
(:func:`~reintegratie.analyse.arrowschema.controleer_kolommen`). Where either refuses,
the strict reader (:func:`~reintegratie.lees_jsonl`) reads the line (or the file) to name
the line and field. Then only the columns the figures read are kept (employee, employer,
jurisdiction, sickness and leave periods with their percentage, events with kind, date
and the facts they derive, spoor and group-programme dates, the outcomes). Every line
must be a ``reintegratie/traject`` document of the current version. Not checked on the
arrays (the strict reader checks them): an explicit ``null`` for an optional field that
allows none, duplicates in a set, and the
cross-field invariants other than the order of the periods (checked by
:class:`~reintegratie.analyse.kolommen.Verzuimkolommen`).

A Parquet file holds only the columns the figures read (:meth:`Caseloadkolommen.naar_parquet`
writes them after the JSON Lines were checked): reading it checks its schema, not the
documents it came from.

From the columns come: the columnar timeline (:meth:`Caseloadkolommen.verzuimkolommen`,
with the recorded facts of :meth:`Caseloadkolommen.feitkolommen`), the absence
statistics (:meth:`Caseloadkolommen.verzuimcijfers`), and the whole KPI report
(:meth:`Caseloadkolommen.kpis`: milestones of every case with the recorded facts,
sanctions, spoor 2, outcomes, group programmes), equal to what the object path gives.
A dossier the arrays cannot compute (see
:func:`~reintegratie.analyse.feitkolommen.feitrollen`) is read whole from its line of the
JSON Lines (:meth:`Caseloadkolommen.traject`); from Parquet, which keeps only the
columns, that is a clear error.

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
import json
import os
from collections.abc import Sequence
from typing import IO, Any

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import controleer_datum
from reintegratie.activiteiten import EFFECTIEVE_GROEPSOMVANG
from reintegratie.analyse._extra import importeer
from reintegratie.analyse.kpi import (
    MIJLPALEN,
    Groepscijfer,
    Kpirapport,
    Mijlpaalcijfer,
    Sanctiecijfer,
    Spoor2cijfer,
    Uitkomstcijfer,
    _periode,
    mijlpalen,
    tel_uitkomsten,
)
from reintegratie.analyse.statistiek import Verzuimcijfers, verzuimcijfers
from reintegratie.errors import (
    ReintegratieError,
    SerializationError,
    UnsupportedVersionError,
    ValidationError,
)
from reintegratie.kalender import Kalender
from reintegratie.regels import Regel, Telwijze
from reintegratie.rollen import Rol
from reintegratie.serialisatie import HUIDIGE_VERSIES
from reintegratie.serialisatie.grenzen import MAX_DOCUMENT_TEKENS
from reintegratie.traject import Traject
from reintegratie.uitkomst import Tevredenheid, Uitkomst, Uitkomstsoort

__all__ = ["Caseloadkolommen", "lees_kolommen"]

_SCHEMA = "reintegratie/traject"


def _pa() -> Any:
    return importeer("pyarrow", "reading caseload files into columns")


def _schema(dag: Any) -> Any:
    pa = _pa()
    periode = pa.struct(
        [
            ("eerste_dag", dag),
            ("laatste_dag", dag),
            ("percentage", pa.int64()),
            ("vangnet", pa.bool_()),
        ]
    )
    verlof = pa.struct([("eerste_dag", dag), ("laatste_dag", dag), ("zelfde_oorzaak", pa.bool_())])
    # The event fields the rules read: kind, date, weeks, and what derives further facts.
    gebeurtenis = pa.struct(
        [
            ("soort", pa.string()),
            ("datum", dag),
            ("weken", pa.int64()),
            ("benutbare_mogelijkheden", pa.bool_()),
            ("spoor_2_nodig", pa.bool_()),
            ("concreet_zicht_op_terugkeer", pa.bool_()),
            ("onderdelen", pa.list_(pa.string())),
            ("zonder_uwv_brief", pa.bool_()),
            ("grond", pa.string()),
        ]
    )
    spoor = pa.struct(
        [("soort", pa.string()), ("start", dag), ("einde", dag), ("resultaat", pa.string())]
    )
    groep = pa.struct(
        [
            ("naam", pa.string()),
            ("start", dag),
            ("deelnemers", pa.list_(pa.string())),
            ("einde", dag),
            ("begeleider", pa.string()),
        ]
    )
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
                        ("sporen", pa.list_(spoor)),
                        ("groepsprogrammas", pa.list_(groep)),
                    ]
                ),
            ),
        ]
    )


#: pyarrow parses a file in blocks of this many bytes: more than the longest line the
#: format allows (:data:`~reintegratie.serialisatie.grenzen.MAX_DOCUMENT_TEKENS`
#: characters, up to 4 bytes each), and few blocks to check.
_BLOK = 32 * 1024 * 1024
#: The blocks in which the line pyarrow refuses is looked for.
_ZOEKBLOK = 4 * MAX_DOCUMENT_TEKENS + 1024


def _strikte_fout(bron: Any, fout: Exception, opties: Any) -> ReintegratieError:
    """The strict reader's error for the line of *bron* that pyarrow refuses: the block it
    is in is found by reading the file again in small blocks (rows before it parsed), and
    its lines are read by the strict reader; else the strict reader reads the whole file
    (or pyarrow's message)."""
    from reintegratie.serialisatie import lees_jsonl

    pa = _pa()
    pj = importeer("pyarrow.json", "reading JSON Lines caseloads")

    def terug() -> None:
        if not isinstance(bron, str | os.PathLike):
            bron.seek(0)

    terug()
    goed = 0
    try:
        lezer = pj.open_json(
            bron, read_options=pj.ReadOptions(block_size=_ZOEKBLOK), parse_options=opties
        )
        for batch in lezer:
            goed += batch.num_rows
    except pa.ArrowInvalid:
        regels = _regels(bron)
        for rij in range(goed, len(regels)):
            probleem = _strikt(regels, rij)
            if probleem is not None:
                return probleem
    terug()
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
    if not isinstance(bron, str | os.PathLike) and not callable(getattr(bron, "read", None)):
        raise ValidationError(
            "bron", f"expected a path or a binary file, got {type(bron).__name__}"
        )
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
        if not isinstance(bron, str | os.PathLike):
            inhoud = bron.read()
            return Caseloadkolommen(_lees_jsonl(io.BytesIO(inhoud)), jsonl=inhoud)
        return Caseloadkolommen(_lees_jsonl(bron), jsonl=os.fsdecode(bron))
    else:
        raise ValidationError("formaat", f"expected 'jsonl' or 'parquet', got {formaat!r}")
    return Caseloadkolommen(tabel)


def _lees_jsonl(bron: Any) -> Any:
    """Every line parsed against the whole document's schema, checked, then narrowed to
    the columns the figures read (:func:`_schema`)."""
    from reintegratie.analyse.arrowschema import controleer_kolommen, traject_arrowschema

    pa = _pa()
    pj = importeer("pyarrow.json", "reading JSON Lines caseloads")
    opties = pj.ParseOptions(
        explicit_schema=traject_arrowschema(pa.string()), unexpected_field_behavior="error"
    )
    leeg = (
        os.path.getsize(bron) == 0
        if isinstance(bron, str | os.PathLike)
        else not bron.getbuffer().nbytes
    )
    if leeg:  # no lines, no trajecten (pyarrow refuses an empty file)
        return _schema(pa.date32()).empty_table()
    try:
        tabel = pj.read_json(
            bron, read_options=pj.ReadOptions(block_size=_BLOK), parse_options=opties
        )
    except pa.ArrowInvalid as fout:
        raise _strikte_fout(bron, fout, opties) from None
    smal = _schema(pa.date32())
    doel = smal.field("data").type
    stukken = []
    eerste_rij = 0
    for stuk in tabel.column("data").chunks:
        probleem = controleer_kolommen(stuk, eerste_rij)
        if probleem is not None:
            raise _regelfout(bron, *probleem)
        stukken.append(_versmal(stuk, doel))
        eerste_rij += len(stuk)
    data = pa.chunked_array(stukken, type=doel)
    return pa.table(
        {"schema": tabel.column("schema"), "versie": tabel.column("versie"), "data": data},
        schema=smal,
    )


def _versmal(arr: Any, doel: Any) -> Any:
    """*arr* (of the whole document's type) with only the fields of the type *doel*, dates
    (text, checked) as ``date32``."""
    pa = _pa()
    pc = importeer("pyarrow.compute", "reading caseloads into columns")
    masker = pc.invert(arr.is_valid()) if arr.null_count else None
    if pa.types.is_struct(doel):
        kinderen = [_versmal(arr.field(f.name), f.type) for f in doel]
        return pa.StructArray.from_arrays(kinderen, fields=list(doel), mask=masker)
    if pa.types.is_list(doel):
        if arr.offset:
            arr = pa.concat_arrays([arr])  # offsets from 0
        waarden = _versmal(arr.values, doel.value_type)
        return pa.ListArray.from_arrays(arr.offsets, waarden, type=doel, mask=masker)
    if arr.type != doel:
        return pc.cast(arr, doel)
    return arr


def _regels(bron: Any) -> Any:
    """The lines of *bron* (a path or a file in memory), as a sequence of bytes."""
    np = importeer("numpy", "caseload columns")
    if isinstance(bron, str | os.PathLike):
        inhoud = np.memmap(bron, dtype=np.uint8, mode="r")
    else:
        inhoud = np.frombuffer(bron.getbuffer(), dtype=np.uint8)
    return _Regels(inhoud, np.concatenate(([0], np.flatnonzero(inhoud == 10) + 1)))


@attrs.frozen
class _Regels:
    inhoud: Any
    starts: Any

    def __len__(self) -> int:
        laatste_leeg = self.starts[-1] == self.inhoud.size
        return int(self.starts.size - 1 if laatste_leeg else self.starts.size)

    def __getitem__(self, rij: int) -> bytes:
        eind = int(self.starts[rij + 1]) if rij + 1 < self.starts.size else self.inhoud.size
        return bytes(self.inhoud[int(self.starts[rij]) : eind])


def _strikt(regels: _Regels, rij: int) -> ReintegratieError | None:
    """The strict reader's error for line *rij* + 1, if it refuses it."""
    from reintegratie.serialisatie import _lees_regel

    regel = regels[rij]
    try:
        _lees_regel(regel, rij + 1, None)
    except ReintegratieError as strikt:
        return strikt
    versie = HUIDIGE_VERSIES[_SCHEMA]
    if json.loads(regel).get("versie") != versie:  # an older version the strict reader upgrades
        return _oude_versie(rij, versie)
    return None


def _oude_versie(rij: int, versie: int) -> UnsupportedVersionError:
    return UnsupportedVersionError(
        f"line {rij + 1}: versie: the columnar reader reads version {versie} only "
        "(read older files with lees_jsonl, which upgrades them)"
    )


def _regelfout(bron: Any, rij: int, bericht: str) -> ReintegratieError:
    """The strict reader's error for line *rij* + 1 of *bron* (else *bericht*)."""
    return _strikt(_regels(bron), rij) or SerializationError(bericht)


def _groepscijfer(sleutels: frozenset[tuple[Any, ...]], trajecten_in_groep: int) -> Groepscijfer:
    """:class:`~.kpi.Groepscijfer` of the programmes *sleutels* (as
    :meth:`Caseloadkolommen.programma_sleutels` gives them: participants third)."""
    laag, hoog = EFFECTIEVE_GROEPSOMVANG
    binnen = sum(laag <= len(sleutel[2]) <= hoog for sleutel in sleutels)
    return Groepscijfer(len(sleutels), binnen, trajecten_in_groep)


@attrs.frozen(eq=False, repr=False)
class Caseloadkolommen:
    """A caseload as an Arrow table (one row per traject; see :func:`lees_kolommen`).

    .. versionadded:: 0.1.0
    """

    tabel: Any = attrs.field()
    jsonl: str | bytes | None = attrs.field(default=None, kw_only=True, repr=False)
    """The JSON Lines the table was read from (a path, or the bytes of a file), one
    traject per line: the few dossiers the columnar figures leave to the object path are
    read whole from it (:meth:`traject`). ``None`` (a Parquet file, a table built
    elsewhere): such dossiers are a clear error."""
    _data: Any = attrs.field(init=False)
    _regelstarts: list[Any] = attrs.field(init=False, factory=list, repr=False)

    def __attrs_post_init__(self) -> None:
        pc = importeer("pyarrow.compute", "caseload columns")
        if not isinstance(self.tabel, _pa().Table):
            raise ValidationError(
                "Caseloadkolommen.tabel",
                f"expected a pyarrow Table, got {type(self.tabel).__name__}",
            )
        if self.jsonl is not None and not isinstance(self.jsonl, str | bytes):
            raise ValidationError(
                "Caseloadkolommen.jsonl",
                f"expected a path, the bytes of a file or None, got {type(self.jsonl).__name__}",
            )
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
            raise _oude_versie(rij, versie)
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
        """Write the columns as Parquet (dates as ``date32``), for :func:`lees_kolommen`:
        only the columns the figures read, not the whole documents (they were checked
        when the JSON Lines were read; the strict reader needs the JSON Lines)."""
        pq = importeer("pyarrow.parquet", "writing Parquet caseloads")
        pq.write_table(self.tabel, pad)

    # --- periods -------------------------------------------------------------------------

    def verzuimkolommen(self, *, met_feiten: bool = False) -> Any:
        """The sickness and leave periods as :class:`~.kolommen.Verzuimkolommen` (equal to
        ``Verzuimkolommen.van_trajecten`` of the same trajecten, without them). With
        *met_feiten* the recorded facts come along (:meth:`feitkolommen`): the columnar
        timeline then applies them, and names the dossiers it cannot compute on arrays
        (:class:`~.kolommen.NietVectoriseerbaarError`)."""
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
            feiten=self.feitkolommen() if met_feiten else None,
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

    # --- the whole report ------------------------------------------------------------------

    def traject(self, rij: int) -> Traject:
        """Dossier *rij* (from 0) read whole, by the strict reader, from the JSON Lines the
        columns came from (:attr:`jsonl`)."""
        from reintegratie.serialisatie import _lees_regel

        np = importeer("numpy", "caseload columns")
        if self.jsonl is None:
            raise SerializationError(
                f"dossier {rij} needs the object path, and these columns were not read from "
                "JSON Lines (a Parquet file keeps only the columns): read the JSON Lines "
                "with lees_kolommen, or the trajecten with lees_jsonl"
            )
        if not 0 <= rij < len(self):
            raise ValidationError("rij", f"expected 0 to {len(self) - 1}, got {rij}")
        if not self._regelstarts:
            inhoud = (
                np.memmap(self.jsonl, dtype=np.uint8, mode="r")
                if isinstance(self.jsonl, str)
                else np.frombuffer(self.jsonl, dtype=np.uint8)
            )
            starts = np.concatenate(([0], np.flatnonzero(inhoud == 10) + 1))
            self._regelstarts.extend((inhoud, starts))
        inhoud, starts = self._regelstarts
        eind = int(starts[rij + 1]) if rij + 1 < starts.size else inhoud.size
        return _lees_regel(bytes(inhoud[int(starts[rij]) : eind]), rij + 1, None)

    def feitkolommen(self) -> Any:
        """The recorded facts as :class:`~.feitkolommen.Feitkolommen` (equal, dossier by
        dossier, to ``Feitkolommen.van_trajecten`` of the same trajecten, up to the order
        of the rows and of the code table): events with the facts they derive, spoor 2
        starts and successful spoor 1 ends; ``bijzonder`` marks a vangnet period or an
        event of a kind whose derived facts are not read into columns."""
        from reintegratie.analyse.arrowfeiten import feiten_uit_arrow

        return feiten_uit_arrow(self._data)

    def spoor_2(self, peildatum: _dt.date | None = None) -> Spoor2cijfer:
        """Spoor 2 (as :func:`~.kpi.spoor_2`): trajecten with sickness, those with a spoor 2
        started by *peildatum*, and the week of sickness of each first start, counted in
        the case it falls in (samentelling on the arrays)."""
        from reintegratie.analyse.kpikolommen import per_geval

        np = importeer("numpy", "caseload columns")
        if peildatum is not None:
            controleer_datum("peildatum", peildatum)
        n = len(self)
        verzuim = self.verzuimkolommen()
        met_ziekte = np.diff(verzuim._grenzen) > 0
        sporen = self._data.field("sporen")
        if sporen.null_count:
            sporen = sporen.fill_null([])
        sv = sporen.flatten()
        s_dossier = np.repeat(np.arange(n), np.diff(np.asarray(sporen.offsets)))
        start = sv.field("start").cast("int32").fill_null(0).to_numpy(zero_copy_only=False)
        s2 = sv.field("soort").fill_null("").to_numpy(zero_copy_only=False).astype(str)
        telt = (s2 == "spoor_2") & met_ziekte[s_dossier]
        if peildatum is not None:
            telt &= start <= (peildatum - _dt.date(1970, 1, 1)).days
        hoog = np.iinfo(np.int64).max
        eerste = np.full(n, hoog, dtype=np.int64)
        np.minimum.at(eerste, s_dossier[telt], start[telt].astype(np.int64))
        wie = np.flatnonzero(eerste != hoog)
        weken = np.zeros(wie.size, dtype=np.int64)
        if wie.size:
            leeg = _leeg_feiten(n)
            g_verzuim, _, g_dossier = per_geval(verzuim, leeg)
            e = g_verzuim.eerste_dag.view(np.int64)
            g_grenzen = g_verzuim._grenzen
            g_start = e[g_grenzen[:-1]]
            sleutel = g_dossier.astype(np.int64) << 23 | (g_start + 2**22)
            s = eerste[wie]
            c = np.searchsorted(sleutel, wie.astype(np.int64) << 23 | (s + 2**22), "right") - 1
            ok = c >= 0
            ok[ok] = g_dossier[c[ok]] == wie[ok]
            gevallen = g_grenzen.size - 1
            s_geval = np.full(gevallen, -(2**62), dtype=np.int64)
            s_geval[c[ok]] = s[ok]
            geval_van = np.repeat(np.arange(gevallen), np.diff(g_grenzen))
            sc = s_geval[geval_van]
            ld = g_verzuim._laatste.view(np.int64)
            tel = (sc > -(2**62)) & (e <= sc)
            eind = np.where(np.isnat(g_verzuim._laatste), sc, np.minimum(ld, sc))
            dagen = np.bincount(
                geval_van[tel], weights=(eind - e + 1)[tel], minlength=gevallen
            ).astype(np.int64)
            weken[ok] = (dagen[c[ok]] + 6) // 7
        return Spoor2cijfer(int(met_ziekte.sum()), int(wie.size), tuple(weken.tolist()))

    def programma_sleutels(self) -> frozenset[tuple[Any, ...]]:
        """Each group programme of the caseload once, as the tuple of its fields (naam,
        start, deelnemers, einde, begeleider): two dossiers share a programme when every
        field is equal, as the objects compare."""
        pc = importeer("pyarrow.compute", "caseload columns")
        groepen = self._data.field("groepsprogrammas")
        met = pc.fill_null(pc.greater(pc.list_value_length(groepen), 0), False)
        return frozenset(
            (g["naam"], g["start"], tuple(g["deelnemers"] or ()), g["einde"], g["begeleider"])
            for rij in pc.filter(groepen, met).to_pylist()
            for g in rij
        )

    def groepsprogrammas(self) -> Groepscijfer:
        """The group programmes, each counted once (as :func:`~.kpi.groepsprogrammas`)."""
        pc = importeer("pyarrow.compute", "caseload columns")
        lengtes = pc.list_value_length(self._data.field("groepsprogrammas"))
        met = pc.fill_null(pc.greater(lengtes, 0), False)
        return _groepscijfer(
            self.programma_sleutels(), int(pc.sum(pc.cast(met, "int64")).as_py() or 0)
        )

    def kpis(
        self,
        van: _dt.date,
        tot: _dt.date,
        peildatum: _dt.date | None = None,
        codes: Sequence[str] = MIJLPALEN,
        *,
        regels: Sequence[Regel] | None = None,
        kalender: Kalender | None = None,
        telwijze: Telwijze = Telwijze.EINDE_WEEK,
    ) -> Kpirapport:
        """The KPI report of :func:`~.kpi.kpis` from the columns: equal to
        ``kpis(lees_jsonl(same file), van, tot, ...)``.

        The milestones of every case come from the columnar timeline with the recorded
        facts (:func:`~.kpikolommen.mijlpalen_kolommen`); a dossier the arrays cannot
        compute (an end of employment, a vangnet, a vrijwillige verlenging, another
        jurisdiction than the rule set's ...: see :func:`~.feitkolommen.feitrollen`) is
        read whole from the JSON Lines and counted by the object path. Sanctions,
        spoor 2, outcomes and group programmes come from the columns.
        """
        from reintegratie.analyse.kpikolommen import mijlpalen_kolommen

        np = importeer("numpy", "caseload columns")
        _periode(van, tot)
        controleer_datum("van", van)
        controleer_datum("tot", tot)
        dag = peildatum if peildatum is not None else tot + _dt.timedelta(days=1)
        controleer_datum("peildatum", dag)
        tellers, objectpad = mijlpalen_kolommen(
            self.verzuimkolommen(),
            self.feitkolommen(),
            van,
            tot,
            dag,
            codes,
            regels=regels,
            kalender=kalender,
            telwijze=telwijze,
        )
        velden = ("op_tijd", "te_laat", "gemist", "open", "vervallen", "niet_van_toepassing")
        rijen = np.flatnonzero(objectpad).tolist()
        extra = mijlpalen(
            (self.traject(i) for i in rijen),
            van,
            tot,
            dag,
            codes,
            regels=regels,
            kalender=kalender,
            telwijze=telwijze,
        )
        cijfers = tuple(
            Mijlpaalcijfer(c, **{v: tellers[c][v] + getattr(e, v) for v in velden})
            for c, e in zip(codes, extra, strict=True)
        )
        return Kpirapport(
            van=van,
            tot=tot,
            peildatum=dag,
            mijlpalen=cijfers,
            sancties=self.sancties(van, tot),
            spoor_2=self.spoor_2(dag),
            uitkomsten=self.uitkomsten(van, tot),
            groepsprogrammas=self.groepsprogrammas(),
        )


def _leeg_feiten(n: int) -> Any:
    from reintegratie.analyse.feitkolommen import Feitkolommen

    np = importeer("numpy", "caseload columns")
    return Feitkolommen(
        (),
        np.empty(0, dtype=np.int32),
        np.empty(0, dtype="datetime64[D]"),
        np.empty(0, dtype=np.int64),
        np.zeros(n + 1, dtype=np.int64),
        np.ones(n, dtype=bool),
        np.zeros(n, dtype=bool),
    )

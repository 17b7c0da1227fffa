"""The columnar reader refuses what the strict reader refuses for an unknown field, at
every level of the traject document, and for the values it checks on the arrays; the
generated Arrow schema covers every field the model can write."""

from __future__ import annotations

import io
import json

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import reintegratie as ri
from reintegratie.errors import ReintegratieError
from reintegratie.serialisatie import lees_jsonl, to_json
from reintegratie.serialisatie.converter import DOEL_TAGS, GEBEURTENIS_TAGS
from reintegratie.testing.soorten import begeleidingstrajecten
from reintegratie.testing.strategies import trajecten
from reintegratie.voorbeelden import VOORBEELDEN, voorbeeld

pytest.importorskip("pyarrow")
import pyarrow.json as pj

from reintegratie.analyse.arrow import lees_kolommen
from reintegratie.analyse.arrowschema import controleer_kolommen, traject_arrowschema


def _lees(*teksten: str):
    """Every line parsed against the whole schema and checked, as lees_kolommen does (the
    Caseloadkolommen checks on employer and version are left out)."""
    inhoud = "".join(t + "\n" for t in teksten).encode()
    opties = pj.ParseOptions(
        explicit_schema=traject_arrowschema(), unexpected_field_behavior="error"
    )
    tabel = pj.read_json(io.BytesIO(inhoud), parse_options=opties)
    return [controleer_kolommen(stuk) for stuk in tabel.column("data").chunks]


def _document(naam: str = "spoor2-werkervaringsplaats") -> dict:
    return json.loads(to_json(voorbeeld(naam).traject))


def _weigeren_beide(document: dict, veld: str, *, regel: int = 1) -> None:
    """The strict reader and the columnar reader both refuse, naming line and field."""
    goed = to_json(voorbeeld("docent-eigen-werk").traject)
    regels = [goed] * (regel - 1) + [json.dumps(document)]
    inhoud = ("\n".join(regels) + "\n").encode()
    patroon = rf"^line {regel}: {veld}"
    with pytest.raises(ReintegratieError, match=patroon):
        list(lees_jsonl(io.BytesIO(inhoud)))
    with pytest.raises(ReintegratieError, match=patroon):
        lees_kolommen(io.BytesIO(inhoud))


# --- the schema covers the model ------------------------------------------------------


def test_unie_van_alle_soorten():
    """The event struct holds every field of every event kind (and the goal struct every
    field of every goal kind), with the tag ``soort``."""
    data = traject_arrowschema().field("data").type
    for lijst, tags in (("gebeurtenissen", GEBEURTENIS_TAGS), ("doelen", DOEL_TAGS)):
        struct = data.field(lijst).type.value_type
        namen = {struct.field(i).name for i in range(struct.num_fields)}
        verwacht = {"soort"} | {a.name for cl in tags.values() for a in attrs.fields(cl) if a.init}
        assert namen == verwacht, lijst


@pytest.mark.parametrize("v", VOORBEELDEN, ids=lambda v: v.naam)
def test_voorbeelden_gaan_erdoor(v):
    """Every sample dossier (both jurisdictions, every kind of trajectory) is read whole
    against the generated schema and passes the checks."""
    assert _lees(to_json(v.traject)) == [None]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(begeleidingstrajecten())
def test_elke_soort_traject_gaat_erdoor(traject):
    """What the model writes, the columnar reader reads: no field unknown to the schema,
    no check refusing a valid document."""
    assert _lees(to_json(traject)) == [None]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(trajecten())
def test_poortwachtertrajecten_gaan_erdoor(traject):
    assert _lees(to_json(traject)) == [None]


# --- the reported case ---------------------------------------------------------------


def test_verkeerd_gespelde_velden_worden_geweigerd():
    """The reported case: a misspelled event list and a misspelled period field were
    accepted and the events vanished; now the strict reader's error names them."""
    d = _document("docent-eigen-werk")
    d["data"]["gebeurtenisen"] = d["data"].pop("gebeurtenissen")
    d["data"]["ziekteperioden"][0]["laatste_dagg"] = "2025-11-01"
    _weigeren_beide(d, r"data\.")


# --- an unknown field at every level -----------------------------------------------------


def _zet(d: dict, pad: tuple, veld: str = "onbekend") -> dict:
    doel = d
    for stap in pad:
        doel = doel[stap]
    doel[veld] = 1
    return d


@pytest.mark.parametrize(
    ("naam", "pad", "veld"),
    [
        ("docent-eigen-werk", (), ""),
        ("docent-eigen-werk", ("data",), r"data\."),
        ("docent-eigen-werk", ("data", "ziekteperioden", 0), r"data\.ziekteperioden\[0\]"),
        ("docent-eigen-werk", ("data", "gebeurtenissen", 0), r"data\.gebeurtenissen\[0\]"),
        ("docent-eigen-werk", ("data", "betrokkenen", 1), r"data\.betrokkenen\[1\]"),
        ("docent-eigen-werk", ("data", "sporen", 0), r"data\.sporen\[0\]"),
        ("docent-eigen-werk", ("data", "driegesprekken", 0), r"data\.driegesprekken\[0\]"),
        ("docent-eigen-werk", ("data", "uitkomsten", 0), r"data\.uitkomsten\[0\]"),
        ("docent-eigen-werk", ("data", "belastbaarheid", 0), r"data\.belastbaarheid\[0\]"),
        ("jobcoach-leerdoelen", ("data", "doelen", 0), r"data\.doelen\[0\]"),
        ("spoor2-werkervaringsplaats", ("data", "groepsprogrammas", 0), r"data\.groepsprogrammas"),
        ("spoor2-werkervaringsplaats", ("data", "nazorg", 0), r"data\.nazorg\[0\]"),
        ("spoor2-werkervaringsplaats", ("data", "werkervaringsplaatsen", 0), r"data\.werk"),
        ("docent-wederzijds-goedvinden", ("data", "activiteiten", 0), r"data\.activiteiten"),
        ("vlaanderen-re-integratietraject", ("data", "gebeurtenissen", 3), r"data\.gebeur"),
        ("loopbaancheques-vlaanderen", ("data", "activiteiten", 0), r"data\.activiteiten"),
    ],
)
def test_onbekend_veld_op_elk_niveau(naam, pad, veld):
    _weigeren_beide(_zet(_document(naam), pad), veld, regel=2)


def test_onbekend_veld_in_een_oordeel():
    d = _document("docent-eigen-werk")
    uitkomst = d["data"]["uitkomsten"][0]
    uitkomst["tevredenheid"] = [{"partij": "werknemer", "tevreden": True, "cijfer": 8}]
    _weigeren_beide(d, r"data\.uitkomsten\[0\]\.tevredenheid\[0\]")


def test_veld_van_een_andere_soort_gebeurtenis():
    """``weken`` belongs to a loonsanctie: on a probleemanalyse the union struct would
    take it, the per-kind field sets refuse it."""
    d = _document("docent-eigen-werk")
    g = next(g for g in d["data"]["gebeurtenissen"] if g["soort"] == "probleemanalyse")
    g["weken"] = 12
    _weigeren_beide(d, r"data\.gebeurtenissen\[\d+\]")


def test_veld_van_een_andere_soort_doel():
    d = _document("jobcoach-leerdoelen")
    doel = next(x for x in d["data"]["doelen"] if x["soort"] == "leerdoel")
    doel["doelwaarde"] = 3
    _weigeren_beide(d, r"data\.doelen\[\d+\]")


# --- values ----------------------------------------------------------------------------


def test_onbekende_soort_gebeurtenis():
    d = _document()
    d["data"]["gebeurtenissen"][0]["soort"] = "probleem_analyse"
    _weigeren_beide(d, r"data\.gebeurtenissen\[0\]")


def test_onbekende_waarde_van_een_enum():
    d = _document()
    d["data"]["betrokkenen"][0]["rollen"] = ["huisarts"]
    _weigeren_beide(d, r"data\.betrokkenen\[0\]\.rollen")


def test_verplicht_veld_ontbreekt():
    d = _document()
    del d["data"]["gebeurtenissen"][0]["datum"]
    _weigeren_beide(d, r"data\.gebeurtenissen\[0\]")


def test_null_in_een_lijst():
    d = _document()
    d["data"]["betrokkenen"].append(None)
    _weigeren_beide(d, r"data\.betrokkenen\[\d\]")


def test_datum_buiten_het_bereik():
    """1899-12-31 is a real day but outside 1900-9000, the format's range."""
    d = _document()
    d["data"]["sporen"][0]["start"] = "1899-12-31"
    _weigeren_beide(d, r"data\.sporen\[0\]\.start")


def test_weken_buiten_het_bereik():
    """A loonsanctie lasts 1 to 52 weeks (the schema's bound for that kind)."""
    d = _document("docent-eigen-werk")
    d["data"]["gebeurtenissen"].append(
        {"soort": "loonsanctie", "datum": "2026-01-05", "weken": 0, "grond": "inhoudelijk"}
    )
    _weigeren_beide(d, r"data\.gebeurtenissen\[\d+\]\.weken")


@pytest.mark.parametrize(
    "tekst",
    ["", "   ", "\u00a0\u3000", "a\u0001b", "regel\nregel", "\u0085", "ok\ud800"],
    ids=["leeg", "spaties", "nbsp", "besturingsteken", "regeleinde", "nel", "surrogaat"],
)
def test_ongeldige_tekst(tekst):
    """Empty text, text of white space only (U+00A0 and U+3000 are white space too),
    control characters (a line break in one-line text, U+0085) and a lone surrogate."""
    d = _document()
    d["data"]["betrokkenen"][0]["organisatie"] = tekst
    _weigeren_beide(d, r"data\.betrokkenen\[0\]\.organisatie")


def test_onzichtbare_tekens_zijn_geen_witruimte():
    """U+200B (zero width space) is no white space for the format (str.isspace): the
    text is valid, for both readers."""
    d = _document()
    d["data"]["betrokkenen"][0]["organisatie"] = "a\u200bb"
    assert _lees(json.dumps(d)) == [None]
    assert len(list(lees_jsonl(io.StringIO(json.dumps(d) + "\n")))) == 1


def test_foutmelding_zonder_strikte_lezer():
    """Where the strict reader would accept the line (it never should), the columnar
    reader's own message still names line and field."""
    d = _document()
    d["data"]["sporen"][0]["start"] = "1899-12-31"
    assert _lees(json.dumps(d)) == [
        (0, "line 1: data.sporen[].start: expected a date from 1900-01-01 to 9000-12-31")
    ]


def test_weergave_wordt_geweigerd():
    """A privacy view is not a whole document: the strict reader refuses it without a
    role, and so does the columnar reader (``weergave`` is no field of its schema)."""
    d = _document()
    d["weergave"] = ri.Rol.WERKGEVER.value
    inhoud = (json.dumps(d) + "\n").encode()
    with pytest.raises(ReintegratieError):
        list(lees_jsonl(io.BytesIO(inhoud)))
    with pytest.raises(ReintegratieError):
        lees_kolommen(io.BytesIO(inhoud))


def test_regel_gevonden_zonder_het_hele_bestand(monkeypatch):
    """Where pyarrow refuses line 150 of 200, the block it is in is found again in small
    blocks and only its lines go to the strict reader (not the whole file)."""
    from reintegratie import serialisatie
    from reintegratie.analyse import arrow

    goed = to_json(voorbeeld("docent-eigen-werk").traject)
    fout = _zet(_document("docent-eigen-werk"), ("data", "sporen", 0))
    regels = [goed] * 149 + [json.dumps(fout)] + [goed] * 50
    inhoud = ("\n".join(regels) + "\n").encode()
    monkeypatch.setattr(arrow, "_ZOEKBLOK", 8 * len(goed))

    def niet(*_args, **_kwargs):
        raise AssertionError("the whole file was read by the strict reader")

    monkeypatch.setattr(serialisatie, "lees_jsonl", niet)
    with pytest.raises(ReintegratieError, match=r"^line 150: data\.sporen\[0\]\.onbekend"):
        lees_kolommen(io.BytesIO(inhoud))


def test_versie_1_wordt_met_naam_geweigerd():
    """A version-1 document (which the strict reader upgrades) is refused by name: the
    columnar reader reads the current version only."""
    from pathlib import Path

    pad = Path(__file__).parent / "data" / "serialisatie" / "traject_v1.json"
    regel = json.dumps(json.loads(pad.read_text("utf-8")))
    goed = to_json(voorbeeld("docent-eigen-werk").traject)
    inhoud = (goed + "\n" + regel + "\n").encode()
    assert len(list(lees_jsonl(io.BytesIO(inhoud)))) == 2
    with pytest.raises(ReintegratieError, match=r"^line 2: versie: the columnar reader reads"):
        lees_kolommen(io.BytesIO(inhoud))

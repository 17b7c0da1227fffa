"""Tests for the published JSON Schema: generated from the classes, shipped unchanged,
accepting every document the library writes and refusing bad ones."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings

jsonschema = pytest.importorskip("jsonschema")

import reintegratie as ri  # noqa: E402
from reintegratie import rollen  # noqa: E402
from reintegratie.errors import SerializationError  # noqa: E402
from reintegratie.rollen import Gegevenscategorie, Rol  # noqa: E402
from reintegratie.serialisatie import (  # noqa: E402
    SCHEMAS,
    Rolverdeling,
    json_schema,
    to_dict,
)
from reintegratie.serialisatie.converter import DOEL_TAGS, GEBEURTENIS_TAGS  # noqa: E402
from reintegratie.serialisatie.schemabouw import (  # noqa: E402
    DIALECT,
    ENVELOPPE,
    bestandsnaam,
    bouw_schema,
    bouw_schemas,
    main,
    tekst_van,
)
from reintegratie.voorbeelden import VOORBEELDEN  # noqa: E402
from test_serialisatie import (  # noqa: E402
    klein_traject,
    medisch_dossier,
    rijk_traject,
)
from test_serialisatie_weergave import _alle_trajecten  # noqa: E402

PROJECT = Path(__file__).resolve().parents[1]
PAKKET = PROJECT / "src" / "reintegratie" / "serialisatie" / "schema"
DOCS = PROJECT / "docs" / "schema"
DATA = Path(__file__).parent / "data" / "serialisatie"
REGENEREER = "regenerate with: python -m reintegratie.serialisatie.schemabouw"

Document = dict[str, Any]


def _validator(schema: str) -> Any:
    return jsonschema.Draft202012Validator(
        json_schema(schema), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def _geldig(document: Document) -> bool:
    return bool(_validator(document["schema"]).is_valid(document))


def _fouten(document: Document, schema: str | None = None) -> list[str]:
    validator = _validator(schema or document["schema"])
    return [f"{list(f.absolute_path)}: {f.message}" for f in validator.iter_errors(document)]


def _valideer(document: Document) -> None:
    """The document validates against its own schema and against the bare envelope."""
    assert _fouten(document) == []
    assert _fouten(document, ENVELOPPE) == []


# --- the schema is generated, shipped and current --------------------------------------


class TestGegenereerd:
    """The shipped files are what the generator produces from the classes today."""

    @pytest.mark.parametrize("map_", [PAKKET, DOCS], ids=["package", "docs"])
    @pytest.mark.parametrize("naam", sorted(bouw_schemas()))
    def test_bestand_is_actueel(self, map_, naam):
        """Each shipped file equals the generator's output (else: regenerate)."""
        pad = map_ / bestandsnaam(naam)
        assert pad.is_file(), f"{pad} is missing; {REGENEREER}"
        assert pad.read_text(encoding="utf-8") == tekst_van(bouw_schema(naam)), (
            f"{pad} is out of date; {REGENEREER}"
        )

    def test_geen_verweesde_bestanden(self):
        """Every file in the package's schema folder is a current or an earlier version."""
        huidig = {bestandsnaam(naam) for naam in bouw_schemas()}
        for pad in PAKKET.iterdir():
            if pad.name not in huidig:
                naam, _, rest = pad.name.partition(".v")
                assert rest.endswith(".schema.json"), pad
                assert f"reintegratie/{naam}" in SCHEMAS, pad

    def test_json_schema_laadt_het_pakketbestand(self):
        """json_schema reads the file shipped inside the package (importlib.resources)."""
        for naam in bouw_schemas():
            assert json_schema(naam) == json.loads(
                (PAKKET / bestandsnaam(naam)).read_text(encoding="utf-8")
            )

    def test_json_schema_geeft_een_kopie(self):
        """Changing the returned dict does not change the next one."""
        json_schema("reintegratie/traject")["$defs"].clear()
        assert json_schema("reintegratie/traject")["$defs"]

    def test_onbekend_schema(self):
        """An unknown schema name is our error, naming the known ones."""
        with pytest.raises(SerializationError, match="unknown schema 'reintegratie/x'"):
            json_schema("reintegratie/x")
        with pytest.raises(SerializationError, match="reintegratie/envelope"):
            bouw_schema("reintegratie/x")

    def test_main_check(self, tmp_path, capsys):
        """The one-line regeneration writes every file; --check reports stale ones."""
        assert main(["--check", str(tmp_path)]) == 1
        assert "out of date" in capsys.readouterr().out
        assert main([str(tmp_path)]) == 0
        assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
            bestandsnaam(n) for n in bouw_schemas()
        )
        assert main(["--check", str(tmp_path)]) == 0
        assert main(["--check"]) == 0  # the files in this checkout are current

    @pytest.mark.parametrize("naam", sorted(bouw_schemas()))
    def test_geldig_2020_12(self, naam):
        """Every schema is itself a valid draft 2020-12 schema."""
        schema = json_schema(naam)
        assert schema["$schema"] == DIALECT
        jsonschema.Draft202012Validator.check_schema(schema)

    def test_een_schema_per_documentsoort(self):
        """One schema per document type, plus the bare envelope."""
        assert set(bouw_schemas()) == {*SCHEMAS, ENVELOPPE}


class TestConventies:
    """The generated schema follows the converter's conventions."""

    def test_datum(self):
        """Dates are 'YYYY-MM-DD' strings of format date, with an ASCII-digit pattern that
        keeps the years the library computes (1900 to 9000)."""
        datum = json_schema()["$defs"]["Datum"]
        assert datum["type"] == "string"
        assert datum["format"] == "date"
        assert datum["pattern"] == "^(19[0-9]{2}|[2-8][0-9]{3}|9000)-[0-9]{2}-[0-9]{2}$"
        patroon = jsonschema.Draft202012Validator(datum)
        for goed in ("1900-01-01", "2025-10-01", "8999-12-31", "9000-12-31"):
            assert patroon.is_valid(goed), goed
        for fout in ("1899-12-31", "9001-01-01", "9999-01-01", "0001-01-01"):
            assert not patroon.is_valid(fout), fout
        veld = json_schema()["$defs"]["Ziekteperiode"]["properties"]["eerste_dag"]
        assert veld == {"$ref": "#/$defs/Datum"}

    def test_enum_is_lijst_van_waarden(self):
        """An enum is its list of stable values."""
        assert json_schema()["$defs"]["Spoorsoort"]["enum"] == ["spoor_1", "spoor_2"]
        assert json_schema()["$defs"]["Rol"]["enum"] == [r.value for r in Rol]

    def test_enum_verzameling(self):
        """A frozenset of enums is an array of unique values (a betrokkene's roles: never
        werknemer; empty only beside dated role periods, a cross-field rule of the model)."""
        rollen_ = json_schema()["$defs"]["Betrokkene"]["properties"]["rollen"]
        assert rollen_ == {
            "type": "array",
            "items": {"$ref": "#/$defs/Rol"},
            "uniqueItems": True,
            "maxItems": 10_000,
            "not": {"contains": {"const": "werknemer"}},
        }

    def test_verplicht_en_geen_extra(self):
        """Required are the fields without a default; no other keys are allowed."""
        for naam, definitie in json_schema()["$defs"].items():
            if definitie.get("type") == "object" and naam not in ("Gebeurtenis", "Doel"):
                assert definitie["additionalProperties"] is False, naam
        traject = json_schema()["$defs"]["Traject"]
        assert traject["required"] == ["werknemer"]
        assert list(traject["properties"]) == list(to_dict(klein_traject())["data"])

    def test_optioneel(self):
        """An optional field also takes null."""
        velden = json_schema()["$defs"]["Traject"]["properties"]
        assert velden["id"]["type"] == ["string", "null"]
        assert velden["id"]["minLength"] == 1
        assert velden["werkgever"]["type"] == ["string", "null"]
        assert velden["soort"] == {"anyOf": [{"$ref": "#/$defs/Trajectsoort"}, {"type": "null"}]}

    def test_getagde_unies(self):
        """Events and goals are discriminated by "soort": an enum of the tags and one if/then
        per tag of the tag map, each kind with a const on "soort"."""
        defs = json_schema()["$defs"]
        for unie, tags in (("Gebeurtenis", GEBEURTENIS_TAGS), ("Doel", DOEL_TAGS)):
            assert defs[unie]["properties"]["soort"] == {"enum": list(tags)}
            assert defs[unie]["required"] == ["soort"]
            varianten = [v["then"]["$ref"].rsplit("/", 1)[1] for v in defs[unie]["allOf"]]
            assert varianten == [cl.__name__ for cl in tags.values()]
            assert [v["if"]["properties"]["soort"]["const"] for v in defs[unie]["allOf"]] == list(
                tags
            )
            for tag, cl in tags.items():
                definitie = defs[cl.__name__]
                assert definitie["properties"]["soort"] == {"const": tag}
                assert "soort" in definitie["required"]

    def test_envelop(self):
        """The envelope: schema and version as constants, weergave optional."""
        schema = json_schema("reintegratie/tijdlijn")
        assert schema["properties"]["schema"] == {"const": "reintegratie/tijdlijn"}
        assert schema["properties"]["versie"] == {"const": 2}
        assert schema["required"] == ["schema", "versie", "data"]
        assert schema["additionalProperties"] is False

    def test_medisch_dossier_alleen_voor_bedrijfsarts(self):
        """A view of the medical record exists for the bedrijfsarts alone."""
        weergave = json_schema("reintegratie/medisch_dossier")["properties"]["weergave"]
        assert weergave["enum"] == ["bedrijfsarts"]

    def test_termijn_namedtuple(self):
        """The Termijn named tuple is an object with its field defaults optional."""
        termijn = json_schema("reintegratie/tijdlijn")["$defs"]["Termijn"]
        assert termijn["required"] == [
            "code",
            "omschrijving",
            "uiterlijk",
            "status",
            "verantwoordelijk",
            "bron",
        ]


# --- good documents validate -------------------------------------------------------------


class TestGeldigeDocumenten:
    """Everything the library writes validates against the shipped schema."""

    def test_rijk_traject(self):
        """The traject with every kind of thing in it."""
        _valideer(to_dict(rijk_traject()))

    def test_voorbeelden(self):
        """Every sample dossier: traject, tijdlijn, findings, role allocation and views."""
        for v in VOORBEELDEN:
            _valideer(to_dict(v.traject))
            _valideer(to_dict(ri.tijdlijn(v.traject, peildatum=v.peildatum)))
            _valideer(to_dict(ri.toets(v.traject, peildatum=v.peildatum)))
            _valideer(to_dict(ri.rolverdeling(v.traject, v.peildatum), type_=Rolverdeling))
            for rol in Rol:
                _valideer(to_dict(v.traject, voor=rol))

    def test_tijdlijn_bevindingen_dossier(self):
        """A tijdlijn with peildatum, findings, an empty result and the medical record."""
        _valideer(to_dict(ri.tijdlijn(rijk_traject(), peildatum=date(2026, 6, 1))))
        _valideer(to_dict(ri.tijdlijn(ri.Traject(werknemer="W", werkgever="WG"))))
        _valideer(to_dict(ri.toets(rijk_traject(), peildatum=date(2027, 6, 1))))
        _valideer(to_dict(()))
        _valideer(to_dict((), type_=Rolverdeling))
        _valideer(to_dict(medisch_dossier()))
        _valideer(to_dict(medisch_dossier(), voor=Rol.BEDRIJFSARTS))

    def test_gouden_bestanden(self):
        """Every stored golden document validates against the shipped schema of its version
        (the files of earlier versions stay in the package beside the current ones)."""
        for pad in sorted(DATA.glob("*_v[0-9]*.json")):
            document = json.loads(pad.read_text(encoding="utf-8"))
            naam = document["schema"].removeprefix("reintegratie/")
            bestand = PAKKET / f"{naam}.v{document['versie']}.schema.json"
            validator = jsonschema.Draft202012Validator(
                json.loads(bestand.read_text(encoding="utf-8")),
                format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
            )
            assert [f.message for f in validator.iter_errors(document)] == [], pad.name
            assert _fouten(document, ENVELOPPE) == []

    def test_weglaten_van_standaardwaarden(self):
        """A document that leaves out fields with a default (the library reads it) validates."""
        _valideer(
            {
                "schema": "reintegratie/traject",
                "versie": 2,
                "data": {
                    "werknemer": "W-1",
                    "werkgever": "WG",
                    "ziekteperioden": [{"eerste_dag": "2025-10-01"}],
                    "gebeurtenissen": [{"soort": "plan_van_aanpak", "datum": "2025-11-25"}],
                },
            }
        )

    # Every role and every event kind per example: no per-example deadline on a shared machine.
    @settings(max_examples=60, deadline=None)
    @given(_alle_trajecten())
    def test_eigenschap_gegenereerd(self, traject):
        """Every generated traject, its tijdlijn and its views validate."""
        _valideer(to_dict(traject))
        _valideer(to_dict(ri.tijdlijn(traject)))
        _valideer(to_dict(traject, voor=Rol.WERKGEVER))


# --- bad documents do not ----------------------------------------------------------------


def _rijk() -> Document:
    return to_dict(rijk_traject())


def _gewijzigd(wijziging: Any, document: Document | None = None) -> Document:
    document = copy.deepcopy(document or _rijk())
    wijziging(document)
    return document


_SLECHT: dict[str, Any] = {
    "onbekend veld bovenaan": lambda d: d["data"].update(naam="Jan"),
    "onbekend veld diep": lambda d: d["data"]["sporen"][1]["fasen"][0].update(notitie="x"),
    "onbekend veld in gebeurtenis": lambda d: d["data"]["gebeurtenissen"][0].update(x=1),
    "verkeerde enum": lambda d: d["data"]["sporen"][0].update(soort="spoor_3"),
    "enum als naam": lambda d: d["data"]["sporen"][0].update(soort="SPOOR_1"),
    "enum in verzameling": lambda d: d["data"]["betrokkenen"][0].update(rollen=["baas"]),
    "dubbele enum in verzameling": lambda d: d["data"]["betrokkenen"][0].update(
        rollen=["casemanager", "casemanager"]
    ),
    "datum met tijd": lambda d: d["data"]["ziekteperioden"][0].update(
        eerste_dag="2025-01-06T10:00"
    ),
    "datum zonder streepjes": lambda d: d["data"]["ziekteperioden"][0].update(
        eerste_dag="20250106"
    ),
    "datum met Arabische cijfers": lambda d: d["data"]["ziekteperioden"][0].update(
        eerste_dag="٢٠٢٥-٠١-٠٦"
    ),
    "onmogelijke datum": lambda d: d["data"]["ziekteperioden"][0].update(eerste_dag="2025-02-30"),
    "datum als getal": lambda d: d["data"]["ziekteperioden"][0].update(eerste_dag=20250106),
    "onbekende tag": lambda d: d["data"]["gebeurtenissen"][0].update(soort="koffie"),
    "klassenaam als tag": lambda d: d["data"]["gebeurtenissen"][0].update(soort="Ziekmelding"),
    "ontbrekende tag": lambda d: d["data"]["gebeurtenissen"][0].pop("soort"),
    "veld van een andere soort": lambda d: d["data"]["gebeurtenissen"][0].update(weken=3),
    "ontbrekend verplicht veld": lambda d: d["data"].pop("werknemer"),
    "ontbrekend verplicht veld diep": lambda d: d["data"]["ziekteperioden"][0].pop("eerste_dag"),
    "ontbrekende loonsanctieweken": lambda d: d["data"]["gebeurtenissen"][11].pop("weken"),
    "getal als tekst": lambda d: d["data"]["ziekteperioden"][1].update(percentage="50"),
    "ja als 1": lambda d: d["data"]["gebeurtenissen"][3].update(re_integratievisie=1),
    "tekst als null": lambda d: d["data"].update(werknemer=None),
    "object als lijst": lambda d: d["data"]["uitkomsten"][0].update(tevredenheid={}),
    "lijst als object": lambda d: d["data"].update(sporen={}),
    "data is null": lambda d: d.update(data=None),
    "onbekend envelopveld": lambda d: d.update(auteur="x"),
    "ontbrekende versie": lambda d: d.pop("versie"),
    "ontbrekende data": lambda d: d.pop("data"),
    "ander schema": lambda d: d.update(schema="reintegratie/tijdlijn"),
    "versie als tekst": lambda d: d.update(versie="1"),
    "toekomstige versie": lambda d: d.update(versie=3),
    "onbekende weergave": lambda d: d.update(weergave="buurman"),
}


class TestOngeldigeDocumenten:
    """Hand-written bad payloads are refused by the schema (as by the library)."""

    @pytest.mark.parametrize("naam", sorted(_SLECHT))
    def test_slecht(self, naam):
        """Each bad payload fails the schema, and the library refuses it too."""
        document = _gewijzigd(_SLECHT[naam])
        assert not _geldig(document), naam
        with pytest.raises(ri.ReintegratieError):
            ri.from_dict(document)

    def test_slechte_termijn(self):
        """A tijdlijn with a termijn of an unknown status or without its code."""
        document = to_dict(ri.tijdlijn(klein_traject()))
        assert not _geldig(
            _gewijzigd(lambda d: d["data"]["termijnen"][0].update(status="x"), document)
        )
        assert not _geldig(_gewijzigd(lambda d: d["data"]["termijnen"][0].pop("code"), document))

    def test_slechte_rolregel(self):
        """An allocation row with a RACI letter that does not exist, or an extra key."""
        document = to_dict(ri.rolverdeling(rijk_traject(), date(2026, 1, 1)))
        assert document["schema"] == "reintegratie/rolverdeling"
        assert _geldig(document)
        assert not _geldig(_gewijzigd(lambda d: d["data"][0].update(raci="X"), document))
        assert not _geldig(_gewijzigd(lambda d: d["data"][0].update(wie="x"), document))

    def test_slechte_bevinding(self):
        """A finding with an unknown severity."""
        document = to_dict(ri.toets(klein_traject(), peildatum=date(2026, 6, 1)))
        assert not _geldig(_gewijzigd(lambda d: d["data"][0].update(ernst="ramp"), document))

    def test_medische_weergave_voor_werkgever(self):
        """A medical record marked as a view for the employer is not a valid document."""
        document = to_dict(medisch_dossier())
        assert not _geldig({**document, "weergave": "werkgever"})
        assert _geldig({**document, "weergave": "bedrijfsarts"})

    def test_bare_envelop(self):
        """The bare envelope schema refuses a document that is no envelope at all."""
        validator = _validator(ENVELOPPE)
        assert not validator.is_valid({"werknemer": "W-1"})
        assert not validator.is_valid({"schema": "reintegratie/foto", "versie": 1, "data": {}})
        assert not validator.is_valid({"schema": "reintegratie/traject", "versie": 0, "data": 1})
        assert validator.is_valid({"schema": "reintegratie/traject", "versie": 7, "data": 1})

    def test_wat_het_schema_niet_ziet(self):
        """Documented limits: cross-field rules, duplicate keys and 50.0 for 50 are the
        library's (a percentage of 500 is the schema's too now)."""
        document = _gewijzigd(lambda d: d["data"]["ziekteperioden"][1].update(percentage=500))
        assert not _geldig(document)
        with pytest.raises(ri.ValidationError):
            ri.from_dict(document)
        document = _gewijzigd(
            lambda d: d["data"]["ziekteperioden"].reverse()  # out of date order
        )
        assert _geldig(document)
        with pytest.raises(ri.ValidationError):
            ri.from_dict(document)
        document = _gewijzigd(lambda d: d["data"]["ziekteperioden"][1].update(percentage=50.0))
        assert _geldig(document)
        with pytest.raises(SerializationError):
            ri.from_dict(document)


class TestVerborgenVelden:
    """With a role that may not see functional data, the schema forbids belastbaarheid in
    that role's view (generated from the INZAGE table)."""

    def test_regel_volgt_de_inzagetabel(self):
        """Today every role sees functional data: no rule. Take it away and the rule appears."""
        assert "allOf" not in bouw_schema("reintegratie/traject")
        tabel = dict(rollen.INZAGE)
        tabel[Rol.UWV] = frozenset({Gegevenscategorie.ADMINISTRATIEF})
        with mock.patch.object(rollen, "INZAGE", tabel):
            schema = bouw_schema("reintegratie/traject")
            validator = jsonschema.Draft202012Validator(schema)
            view = to_dict(rijk_traject(), voor=Rol.UWV)
            assert "belastbaarheid" not in view["data"]
            assert validator.is_valid(view)
            view["data"]["belastbaarheid"] = []
            assert not validator.is_valid(view)
            assert validator.is_valid({**to_dict(rijk_traject(), voor=Rol.WERKGEVER)})
        assert schema["allOf"][0]["if"]["properties"]["weergave"]["enum"] == ["uwv"]

"""Hardening: nothing crashes or hangs on bad input, the wire format keeps its promises.

Each test is named after what it proves; the reproducers of the hardening issue are
among them (deep nesting, mixed key types, huge versions, NaN, non-UTF-8, 9999, quadratic
checks, nested YAML anchors, result types of the wrong type, medical terms).
"""

from __future__ import annotations

import datetime as _dt
import importlib.util
import io
import json
import os
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reintegratie as ri
from reintegratie.cli import main
from reintegratie.errors import ReintegratieError, SerializationError, ValidationError
from reintegratie.privacylint import Woordenlijst, medische_termen
from reintegratie.rollen import Rol
from reintegratie.serialisatie import (
    MedischeTermWaarschuwing,
    PrivacyError,
    Regelfout,
    from_dict,
    from_json,
    json_schema,
    lees_jsonl,
    schrijf_jsonl,
    to_dict,
    to_json,
)
from reintegratie.serialisatie.grenzen import MAX_DOCUMENT_TEKENS, MAX_LIJST
from reintegratie.serialisatie.schemabouw import snapshot
from reintegratie.serialisatie.upgrades import HUIDIGE_VERSIES
from reintegratie.testing.scenario import ScenarioError, lees_scenarios

WORTEL = Path(__file__).resolve().parents[1]
DATA = WORTEL / "tests" / "data" / "serialisatie"


def _laad(naam: str) -> Any:
    spec = importlib.util.spec_from_file_location(naam, WORTEL / "benchmarks" / f"{naam}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[naam] = module
    spec.loader.exec_module(module)
    return module


def _traject(**velden: Any) -> ri.Traject:
    return ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=(ri.Ziekteperiode(eerste_dag=_dt.date(2025, 10, 1)),),
        **velden,
    )


def _geldig(document: dict[str, Any]) -> bool:
    """Whether the shipped JSON Schema (with the date format checked) accepts *document*."""
    validator = jsonschema.Draft202012Validator(
        json_schema(document["schema"]), format_checker=jsonschema.FormatChecker()
    )
    return bool(validator.is_valid(document))


def _document(**data: Any) -> dict[str, Any]:
    return {"schema": "reintegratie/traject", "versie": 2, "data": data}


class TestOntleden:
    """JSON that does not parse is refused with line and column, whatever is wrong."""

    def test_diep_geneste_json_geeft_regel_en_kolom_geen_recursionerror(self):
        """100,000 nested arrays: a SerializationError at the first level past 64."""
        with pytest.raises(SerializationError, match=r"^line 1, column 65: .*nested deeper"):
            from_json("[" * 100_000 + "]" * 100_000)

    def test_diep_genest_in_data_van_from_dict_geen_recursionerror(self):
        """from_dict of Python data nested 100,000 deep: our error, naming a path."""
        diep: list[Any] = []
        for _ in range(100_000):
            diep = [diep]
        with pytest.raises(SerializationError, match=r"^data"):
            from_dict({"schema": "reintegratie/traject", "versie": 1, "data": diep})

    @pytest.mark.parametrize(
        ("tekst", "melding"),
        [
            ('{"a": 1, "a": 2}', r"^line 1, column 10: invalid JSON: duplicate key 'a'"),
            ('{"x": [1, NaN]}', r"^line 1, column 11: invalid JSON: NaN is not JSON"),
            ('{"x": -Infinity}', r"^line 1, column 7: invalid JSON: -Infinity is not JSON"),
            ('{"x": ' + "9" * 5000 + "}", r"^line 1, column 7: .*5,000 digits"),
        ],
    )
    def test_weigering_zonder_positie_krijgt_regel_en_kolom(self, tekst, melding):
        """Duplicate keys, NaN/Infinity, huge integers: line and column, no Python hint."""
        with pytest.raises(SerializationError, match=melding):
            from_json(tekst)

    def test_ongeldige_utf8_noemt_regel_kolom_en_byte(self):
        """Invalid UTF-8: the line, the column and the byte offset."""
        with pytest.raises(SerializationError, match=r"^line 2, column 4: .* at byte 5\)"):
            from_json(b'{\n  "\xff": 1}')

    def test_document_boven_de_grens_geweigerd_voor_het_ontleden(self):
        """A document over the size limit is refused before it is parsed."""
        with pytest.raises(SerializationError, match="over the limit"):
            from_json(" " * (MAX_DOCUMENT_TEKENS + 1))


class TestEnvelop:
    """Broken envelopes and odd Python data give our errors with a path."""

    def test_sleutels_van_gemengde_typen_geen_typeerror(self):
        """Keys of mixed types in from_dict (int, tuple, None): a path, no TypeError."""
        document = _document(werknemer="W-1", werkgever="WG")
        document["data"][1] = 1  # type: ignore[index]
        document["data"][(1, 2)] = 2  # type: ignore[index]
        document["data"][None] = 3  # type: ignore[index]
        with pytest.raises(SerializationError, match=r"^data\.<"):
            from_dict(document)
        document = {**_document(werknemer="W-1", werkgever="WG"), 7: "x"}
        with pytest.raises(SerializationError, match=r"^document\.<int:7>"):
            from_dict(document)

    @pytest.mark.parametrize(
        "versie",
        [10**5000, -(10**5000), [[[[[]]]]], "9" * 100_000, 2.0, None],
        ids=["groot", "groot-negatief", "genest", "lange-tekst", "float", "null"],
    )
    def test_enorme_of_diepe_versie_geeft_versiefout(self, versie):
        """A huge or nested version: UnsupportedVersionError naming versie, no ValueError."""
        with pytest.raises(ri.UnsupportedVersionError, match=r"^versie: "):
            from_dict({**_document(werknemer="W", werkgever="WG"), "versie": versie})

    def test_enorme_schemanaam_kort_getoond(self):
        """A schema name of a million characters: a short message naming schema."""
        with pytest.raises(SerializationError, match=r"^schema: ") as fout:
            from_dict({**_document(werknemer="W", werkgever="WG"), "schema": "x" * 10**6})
        assert len(str(fout.value)) < 300

    def test_lijst_boven_de_grens_noemt_het_pad(self):
        """An array over the item limit is refused at its path."""
        document = _document(werknemer="W", werkgever="WG", ziekteperioden=[1] * (MAX_LIJST + 1))
        with pytest.raises(SerializationError, match=r"^data\.ziekteperioden: an array of"):
            from_dict(document)


class TestTekst:
    """Text refuses control characters and lone surrogates, except newlines in free text."""

    @pytest.mark.parametrize("teken", ["\x00", "\x1b", "\x7f", "\x85", "\ud800", "\n", "\t"])
    def test_id_weigert_stuurteken_en_losse_surrogaat(self, teken):
        """An id with a control character, a newline or a lone surrogate is refused."""
        with pytest.raises(ValidationError, match=r"^Traject\.werknemer: holds the"):
            ri.Traject(werknemer=f"W{teken}1", werkgever="WG")

    def test_vrije_tekst_mag_regels_hebben_maar_geen_stuurtekens(self):
        """Free text keeps its line breaks and tabs; NUL or a lone surrogate is refused."""
        uitkomst = ri.Traject  # the model types are reached through the traject
        del uitkomst
        from reintegratie.traject import Uitkomst, Uitkomstsoort

        goed = Uitkomst(Uitkomstsoort.EIGEN_WERK, _dt.date(2025, 1, 1), toelichting="a\nb\tc")
        assert goed.toelichting == "a\nb\tc"
        for slecht in ("a\x00", "\udc00"):
            with pytest.raises(ValidationError, match=r"^Uitkomst\.toelichting: holds the"):
                Uitkomst(Uitkomstsoort.EIGEN_WERK, _dt.date(2025, 1, 1), toelichting=slecht)

    def test_losse_surrogaat_via_json_escape_geweigerd_met_pad(self):
        """ "\\ud800" in JSON decodes to a lone surrogate: refused at its path."""
        tekst = json.dumps(_document(werknemer="W", werkgever="WG")).replace('"W"', '"W\\ud800"', 1)
        with pytest.raises(ValidationError, match=r"^data\.werknemer: holds the lone surrogate"):
            from_json(tekst)

    def test_verkeerd_type_vrije_tekst_is_onze_fout(self):
        """A number for free text: ValidationError (attrs' TypeError no longer escapes)."""
        from reintegratie.traject import Uitkomst, Uitkomstsoort

        with pytest.raises(ValidationError, match=r"^Uitkomst\.toelichting: expected text"):
            Uitkomst(Uitkomstsoort.EIGEN_WERK, _dt.date(2025, 1, 1), toelichting=5)  # type: ignore[arg-type]


class TestDatumbereik:
    """Dates are kept to what the engine computes: 1900-01-01 to 9000-12-31."""

    def test_eerste_ziektedag_9999_geweigerd_geen_overflowerror(self):
        """X = 9999-01-01 once crashed the engine with OverflowError; now refused up front."""
        with pytest.raises(ValidationError, match="outside the dates the library computes"):
            ri.Ziekteperiode(eerste_dag=_dt.date(9999, 1, 1))
        document = _document(
            werknemer="W", werkgever="WG", ziekteperioden=[{"eerste_dag": "9999-01-01"}]
        )
        with pytest.raises(SerializationError, match=r"^data\.ziekteperioden\[0\]\.eerste_dag"):
            from_dict(document)

    def test_grens_9000_aanvaard_engine_meldt_kalendergrens_helder(self):
        """X = 9000-12-31, the last accepted day, is read; the engine then stops at the
        years its holiday calendar covers with our error, never an OverflowError."""
        traject = ri.Traject(
            werknemer="W",
            werkgever="WG",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=_dt.date(9000, 12, 31)),),
        )
        with pytest.raises(ValidationError, match="outside the years"):
            ri.tijdlijn(traject)

    def test_peildatum_buiten_bereik_geweigerd(self):
        """A peildatum in 9999 is refused by toets with the field named."""
        with pytest.raises(ValidationError, match=r"^peildatum: 9999-01-01 is outside"):
            ri.toets(_traject(), _dt.date(9999, 1, 1))


class TestResultaattypen:
    """Result types refuse input of the wrong type at construction."""

    def test_tijdlijn_van_strings_geweigerd(self):
        """A Tijdlijn of strings is refused, naming the element."""
        with pytest.raises(ValidationError, match=r"^Tijdlijn\.termijnen\[0\]: expected a Termijn"):
            ri.Tijdlijn(termijnen=("a", "b"))  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match=r"^Tijdlijn\.termijnen: expected a tuple"):
            ri.Tijdlijn(termijnen="ab")  # type: ignore[arg-type]

    def test_termijn_met_verkeerde_velden_geweigerd_in_tijdlijn(self):
        """A Termijn with a number for its status is refused when a Tijdlijn is built."""
        termijn = ri.Termijn("x", "x", _dt.date(2025, 1, 1), "open", (), "")  # type: ignore[arg-type]
        with pytest.raises(ValidationError, match=r"termijnen\[0\]\.status: expected a Status"):
            ri.Tijdlijn(termijnen=(termijn,))

    def test_engine_tijdlijn_blijft_gelijk_aan_gevalideerde(self):
        """The engine's unchecked fast path builds what the checked constructor accepts."""
        tl = ri.tijdlijn(_traject())
        assert ri.Tijdlijn(tl.termijnen, tl.eerste_ziektedag, tl.peildatum) == tl

    def test_bevinding_en_rolregel_weigeren_verkeerde_typen(self):
        """Bevinding and Rolregel check every field."""
        with pytest.raises(ValidationError, match=r"^Bevinding\.ernst"):
            ri.Bevinding("x", "hoog", "m", "b", _dt.date(2025, 1, 1))  # type: ignore[arg-type]
        from reintegratie.rolverdeling import Onderdeel, Raci, Rolregel

        with pytest.raises(ValidationError, match=r"^Rolregel\.personen"):
            Rolregel(
                Onderdeel.TERMIJN,
                "x",
                _dt.date(2025, 1, 1),
                Rol.WERKNEMER,
                Raci.VERANTWOORDELIJK,
                ["W"],
                True,
            )  # type: ignore[arg-type]


class TestKwadratisch:
    """Checks are linear (or n log n): the worst crafted inputs take well under a second."""

    @pytest.fixture(scope="class")
    @classmethod
    def bench(cls) -> Any:
        return _laad("bench_kwaadaardig")

    def test_alle_kwaadaardige_invoer_eindigt_met_een_uitslag(self, bench):
        """Every case of benchmarks/bench_kwaadaardig.py ends: accepted, or refused with a
        ReintegratieError (``meet`` lets any other exception through). How long each takes
        is measured by the benchmark itself (target under 1 s), not asserted here."""
        for naam, geval in bench.gevallen().items():
            _, einde = bench.meet(geval)
            assert einde == "ok" or einde.endswith("Error"), (naam, einde)

    def test_deelnemers_lineair_dubbele_nog_gevonden(self):
        """The linear duplicate check still names every duplicate participant."""
        with pytest.raises(ValidationError, match="listed twice: A, B"):
            ri.Driegesprek(datum=_dt.date(2025, 1, 1), deelnemers=("A", "B", "A", "C", "B"))

    def test_verlof_overlap_lineair_zelfde_melding(self):
        """The merge-like overlap check reports the first overlap as before."""
        with pytest.raises(
            ValidationError, match=r"verlofperioden\[1\].*overlaps ziekteperioden\[1\]"
        ):
            ri.samentellen(
                (
                    ri.Ziekteperiode(_dt.date(2025, 1, 1), _dt.date(2025, 1, 5)),
                    ri.Ziekteperiode(_dt.date(2025, 2, 1), _dt.date(2025, 2, 5)),
                ),
                (
                    ri.Verlofperiode(_dt.date(2025, 1, 10), _dt.date(2025, 1, 12)),
                    ri.Verlofperiode(_dt.date(2025, 2, 4), _dt.date(2025, 2, 8)),
                ),
            )


class TestYaml:
    """YAML scenario files: aliases refused, so a tiny file cannot take gigabytes."""

    def test_geneste_ankers_geweigerd(self, tmp_path):
        """The 534-byte 'billion laughs' scenario: a ScenarioError naming line and column."""
        bench = _laad("bench_kwaadaardig")
        pad = tmp_path / "lachen.scenario.yaml"
        pad.write_text(bench.LACHEN, encoding="utf-8")
        assert len(pad.read_bytes()) < 600
        with pytest.raises(ScenarioError, match=r"line 2, column \d+: YAML aliases"):
            lees_scenarios(pad)


class TestJsonLines:
    """lees_jsonl: strict with line numbers, or collecting; schrijf_jsonl: atomic."""

    def test_verzamelmodus_geeft_goede_en_noteert_slechte_regels(self):
        """With fouten=, good lines are yielded and every bad one is recorded."""
        goed = to_json(_traject())
        tekst = "\n".join([goed, "{", "   ", goed, '{"schema": 1}']) + "\n"
        fouten: list[Regelfout] = []
        gelezen = list(lees_jsonl(io.StringIO(tekst), fouten=fouten))
        assert gelezen == [_traject(), _traject()]
        assert [f.regel for f in fouten] == [2, 3, 5]
        assert str(fouten[0]).startswith("line 2, column 2: invalid JSON")
        assert str(fouten[1]).startswith("line 3: a blank line")

    def test_regel_te_lang_geweigerd_zonder_inlezen(self):
        """A line over the limit is refused by number; the next line is still read."""
        tekst = " " * (MAX_DOCUMENT_TEKENS + 5) + "\n" + to_json(_traject()) + "\n"
        fouten: list[Regelfout] = []
        assert list(lees_jsonl(io.StringIO(tekst), fouten=fouten)) == [_traject()]
        assert fouten[0].regel == 1
        assert "longer than" in str(fouten[0])

    def test_schrijven_halverwege_mislukt_laat_oud_bestand_heel(self, tmp_path):
        """An error half-way leaves the old file as it was and no temporary file."""
        pad = tmp_path / "caseload.jsonl"
        schrijf_jsonl([_traject()], pad)
        oud = pad.read_bytes()

        def trajecten():
            yield _traject()
            yield "geen traject"

        with pytest.raises(SerializationError, match="item 2"):
            schrijf_jsonl(trajecten(), pad)
        assert pad.read_bytes() == oud
        assert os.listdir(tmp_path) == ["caseload.jsonl"]


class TestCommandoregel:
    """The command line: one line and exit 2 for bad input, never a traceback."""

    def _draai(self, *args: str) -> tuple[int, str]:
        uit = io.StringIO()
        return main(list(args), uit), uit.getvalue()

    @pytest.mark.parametrize(
        "inhoud",
        [b"\xff\xfe{}", b"[" * 100_000 + b"]" * 100_000, b'{"a": NaN}', b""],
    )
    def test_slechte_invoer_exit_2_een_regel(self, tmp_path, capsys, inhoud):
        """Non-UTF-8, deep nesting, NaN, an empty file: exit 2, one line, no traceback."""
        pad = tmp_path / "d.json"
        pad.write_bytes(inhoud)
        code, _ = self._draai("toets", str(pad), "--peildatum", "2026-01-01")
        fout = capsys.readouterr().err
        assert code == 2
        assert fout.count("\n") == 1
        assert fout.startswith(f"reintegratie: error: {pad}: line 1")

    def test_eerste_ziektedag_9999_exit_2(self, capsys):
        """--eerste-ziektedag 9999-01-01 once printed a traceback with exit 1."""
        code, _ = self._draai("tijdlijn", "--eerste-ziektedag", "9999-01-01")
        assert code == 2
        assert "outside the dates" in capsys.readouterr().err

    def test_geen_gewoon_bestand_geweigerd(self, tmp_path, capsys):
        """A directory or a device is refused before reading."""
        assert self._draai("toets", "/dev/zero", "--peildatum", "2026-01-01")[0] == 2
        assert "not a regular file" in capsys.readouterr().err

    def test_versie_en_python_m(self):
        """--version and python -m reintegratie."""
        uit = subprocess.run(
            [sys.executable, "-m", "reintegratie", "--version"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert uit.returncode == 0
        assert uit.stdout.strip() == f"reintegratie {ri.__version__}"

    def test_stdin_en_json_lines_voor_toets(self, monkeypatch):
        """'-' reads standard input; --jsonl reads one traject per line; --json per line."""
        regels = (to_json(_traject()) + "\n") * 2
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(regels.encode())))
        code, uit = self._draai("toets", "-", "--jsonl", "--peildatum", "2026-06-01", "--json")
        assert code == 1  # the probleemanalyse is missing: an overtreding
        assert [json.loads(r)["schema"] for r in uit.splitlines()] == [
            "reintegratie/bevindingen"
        ] * 2

    def test_ical_per_casemanager(self, tmp_path):
        """'reintegratie ical --per-casemanager' writes one calendar per casemanager."""
        from reintegratie.voorbeelden import VOORBEELDEN

        bestand = tmp_path / "caseload.jsonl"
        schrijf_jsonl((v.traject for v in VOORBEELDEN), bestand)
        code, uit = self._draai(
            "ical",
            str(bestand),
            "--per-casemanager",
            "--uitvoer",
            str(tmp_path / "ics"),
            "--herinnering",
            "7",
        )
        assert code == 0
        bestanden = sorted((tmp_path / "ics").iterdir())
        assert bestanden
        assert len(uit.splitlines()) == len(bestanden)
        assert any(b"BEGIN:VALARM" in b.read_bytes() for b in bestanden)

    def test_json_voor_elk_dossiercommando(self, tmp_path):
        """--json on rollen and demo prints JSON."""
        pad = tmp_path / "d.json"
        pad.write_text(to_json(_traject()), encoding="utf-8")
        _, uit = self._draai("rollen", str(pad), "--json")
        assert json.loads(uit)["schema"] == "reintegratie/rolverdeling"
        _, uit = self._draai("demo", "--json")
        assert all("tijdlijn" in json.loads(r) for r in uit.splitlines())


class TestIcal:
    """iCalendar: the calendar name escaped, SEQUENCE, reminders."""

    def test_naam_ontsnapt_en_sequence(self):
        """';', ',' and '\\' in the name are escaped; every event has a SEQUENCE."""
        from reintegratie.serialisatie import naar_ical

        tijdstip = _dt.datetime(2025, 10, 2, tzinfo=_dt.UTC)
        ics = naar_ical(ri.tijdlijn(_traject()), naam="a;b,c\\d", tijdstip=tijdstip)
        assert b"X-WR-CALNAME:a\\;b\\,c\\\\d" in ics
        # 2020-01-01 to 2025-01-01: 366 + 365 + 365 + 365 + 366 = 1,827 days; to 2025-10-02
        # another 273 + 1 = 274: 2,101 days = 3,025,440 minutes.
        assert ics.count(b"SEQUENCE:3025440") == ics.count(b"BEGIN:VEVENT")

    def test_regeleinde_in_naam_is_onze_fout_geen_assertionerror(self):
        """A newline in the name: SerializationError, not a bare AssertionError."""
        from reintegratie.serialisatie import naar_ical

        with pytest.raises(SerializationError, match=r"^naam: "):
            naar_ical(ri.tijdlijn(_traject()), naam="a\nb")


class TestPrivacyLint:
    """Medical terms in free text the employer sees are reported, never silent."""

    def _met_diagnose(self) -> ri.Traject:
        from reintegratie.traject import Uitkomst, Uitkomstsoort

        return _traject(
            uitkomsten=(
                Uitkomst(
                    Uitkomstsoort.EIGEN_WERK,
                    _dt.date(2025, 12, 1),
                    toelichting="Na de knieoperatie en fysiotherapie terug",
                ),
            )
        )

    def test_toets_meldt_medische_term_met_ap_regel(self):
        """toets reports a medical term as a finding citing the AP policy rules."""
        bevindingen = [
            b
            for b in ri.toets(self._met_diagnose(), _dt.date(2026, 1, 1))
            if b.code == "medische_term"
        ]
        assert [b.melding.split(" holds ")[1].split(" ")[0] for b in bevindingen] == [
            "'operatie'",
            "'fysiotherapie'",
        ]
        assert all("AP beleidsregels" in b.bron for b in bevindingen)

    def test_to_json_voor_werkgever_waarschuwt_of_weigert(self):
        """to_json(voor=werkgever) warns by default and refuses on request."""
        traject = self._met_diagnose()
        with pytest.warns(MedischeTermWaarschuwing, match=r"data\.uitkomsten\[0\]\.toelichting"):
            to_json(traject, voor=Rol.WERKGEVER)
        with pytest.raises(PrivacyError, match=r"^data\.uitkomsten\[0\]\.toelichting"):
            to_json(traject, voor=Rol.WERKGEVER, bij_medische_term="weigeren")
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            to_json(traject, voor=Rol.BEDRIJFSARTS)  # may see medical data: no warning

    def test_woordenlijst_uitbreidbaar(self):
        """An organisation adds its own terms."""
        traject = _traject(id="T-1")
        eigen = Woordenlijst.standaard().met("diagnose", "T-1")
        assert medische_termen(traject) == ()
        assert medische_termen(traject, woordenlijst=eigen) == ()  # ids are not free text


class TestSchema:
    """The schema says what the library enforces; it changes only with a version."""

    def _geldig(self, document: dict[str, Any]) -> bool:
        return _geldig(document)

    @pytest.mark.parametrize(
        "wijziging",
        [
            lambda d: d["data"]["ziekteperioden"][0].update(percentage=120),
            lambda d: d["data"].update(werknemer=""),
            lambda d: d["data"].update(werknemer="W\n1"),
            lambda d: d["data"]["ziekteperioden"][0].update(eerste_dag="9999-01-01"),
            lambda d: d["data"]["gebeurtenissen"].append(
                {"soort": "loonsanctie", "datum": "2026-01-01", "weken": 99}
            ),
        ],
    )
    def test_schema_weigert_wat_de_bibliotheek_weigert(self, wijziging):
        """A percentage of 120, weken 99, an empty or two-line werknemer, year 9999."""
        document = to_dict(_traject())
        wijziging(document)
        assert not self._geldig(document)
        with pytest.raises(ReintegratieError):
            from_dict(document)

    def test_een_fout_veld_in_gebeurtenis_geeft_weinig_meldingen(self):
        """The if/then discriminator: one wrong field gives a few errors, not 25-70."""
        document = to_dict(_traject())
        document["data"]["gebeurtenissen"] = [{"soort": "ziekmelding", "datum": 5}]
        validator = jsonschema.Draft202012Validator(json_schema())
        fouten = list(validator.iter_errors(document))
        assert 1 <= len(fouten) <= 3

    def test_schema_verandert_niet_zonder_nieuwe_versie(self):
        """A schema that differs from the snapshot while its version stayed the same fails.
        Raise the version in HUIDIGE_VERSIES (with an upgrade step in versie2.py) and write a
        new snapshot: python -m reintegratie.serialisatie.schemabouw --snapshot
        tests/data/serialisatie/schema-snapshot.json"""
        opgeslagen = json.loads((DATA / "schema-snapshot.json").read_text(encoding="utf-8"))
        for naam, huidig in snapshot().items():
            oud = opgeslagen[naam]
            assert huidig["versie"] >= oud["versie"], naam
            if huidig["versie"] == oud["versie"]:
                assert huidig["sha256"] == oud["sha256"], (
                    f"the schema of {naam} changed but its version is still "
                    f"{HUIDIGE_VERSIES[naam]}: raise the version and register an upgrade, "
                    "then write a new snapshot"
                )
            else:
                pytest.fail(f"{naam} is at a new version: write a new snapshot")

    def test_gouden_documenten_van_elke_versie_laden(self):
        """Every golden document of every version loads through the upgrades."""
        gevonden = 0
        for pad in sorted(DATA.glob("*_v*.json")):
            document = json.loads(pad.read_text(encoding="utf-8"))
            from reintegratie.serialisatie.envelope import SCHEMAS

            weergave = Rol(document["weergave"]) if "weergave" in document else None
            from_dict(document, SCHEMAS[document["schema"]], weergave=weergave)
            gevonden += 1
        assert gevonden >= 6


class TestFuzz:
    """A short pass of benchmarks/fuzz.py (the long one is run on demand)."""

    @pytest.fixture(scope="class")
    @classmethod
    def fuzz(cls) -> Any:
        return _laad("fuzz")

    def test_korte_fuzzronde_zonder_ontsnapping(self, fuzz):
        """1,500 mutated and random documents: no other exception, every refusal with a
        position, every accepted document round-trips. Slow inputs are counted and reported
        by the long pass (``python -m benchmarks.fuzz``), not asserted here."""
        uitslag = fuzz.draai(1_500, 12345)
        assert uitslag.andere_uitzondering == 0, uitslag.voorbeelden
        assert uitslag.zonder_positie == 0, uitslag.voorbeelden
        assert uitslag.rondgang_mislukt == 0, uitslag.voorbeelden
        assert uitslag.aanvaard > 50

    def test_schema_en_bibliotheek_eens_op_het_korpus(self, fuzz):
        """jsonschema accepts exactly what from_json accepts on the fuzz corpus (documents
        of the current version), apart from the documented cross-field rules."""
        korpus: list[dict[str, Any]] = []
        fuzz.draai(1_500, 777, korpus, korpus_elke=1)
        kruisregels = (
            "is not among Traject.betrokkenen",
            "only the last sickness period may be open",
            "must be in date order",
            "precedes",
            "overlaps",
            "does not follow",
            "is not after",
            "is not a participant",
            "duplicate id",
            "is the employee",
            "needs sickness",
            "not a calendar date",
            "pass weergave=",
            "expected a view for",
            "the traject has no ziekteperioden",
            "expected an integer, got number",
        )
        oneens = []
        for r in korpus:
            document = r["document"]
            if not isinstance(document, dict) or document.get("versie") != HUIDIGE_VERSIES.get(
                r["schema"]
            ):
                continue
            geldig = _geldig({**document, "schema": r["schema"]}) and (
                document.get("schema") == r["schema"]
            )
            if geldig == r["aanvaard"]:
                continue
            if geldig and any(k in (r["fout"] or "") for k in kruisregels):
                continue
            oneens.append((geldig, r["fout"], json.dumps(document)[:300]))
        assert oneens == []


class TestHypothesis:
    """Hypothesis finds the library's strategies through its plugin entry point."""

    @settings(max_examples=10, deadline=None)
    @given(st.from_type(ri.Traject))
    def test_from_type_traject_geeft_geldige_trajecten(self, traject):
        """st.from_type(ri.Traject) gives valid trajecten that round-trip."""
        assert from_json(to_json(traject)) == traject

"""Tests for strict input: every error path names the JSON path and what was expected;
the envelope and its upgrades; JSON Lines streaming."""

from __future__ import annotations

import copy
import io
import json
import types
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reintegratie as ri
from reintegratie.errors import (
    ReintegratieError,
    SerializationError,
    UnsupportedVersionError,
    ValidationError,
)
from reintegratie.serialisatie import (
    Bevindingen,
    from_dict,
    from_json,
    lees_jsonl,
    schrijf_jsonl,
    to_dict,
    to_json,
    upgrades,
)
from reintegratie.serialisatie.converter import structureer
from reintegratie.traject import Traject
from reintegratie.verzuim import Ziekteperiode
from test_serialisatie import klein_traject, medisch_dossier, rijk_traject

Document = dict[str, Any]


def _rijk() -> Document:
    return to_dict(rijk_traject())


def _lees(document: Document, soort: Any = Traject) -> Any:
    return from_dict(document, soort)


def _fout(document: Document, soort: Any = Traject) -> SerializationError:
    with pytest.raises(SerializationError) as info:
        _lees(document, soort)
    return info.value


def _gewijzigd(wijziging: Callable[[Document], object]) -> Document:
    document = _rijk()
    wijziging(document["data"])
    return document


class TestDatums:
    """Dates are ISO 'YYYY-MM-DD' strings and nothing else."""

    @pytest.mark.parametrize(
        "waarde",
        [
            "2025-07-21T10:00",
            "2025-07-21 10:00:00",
            "2025-7-21",
            "20250721",
            "2025-W30-1",
            "21-07-2025",
            " 2025-07-21",
            "2025-07-21\n",
            "٢٠٢٥-٠٧-٢١",
            "",
            20250721,
            None,
            ["2025-07-21"],
            {"jaar": 2025},
        ],
    )
    def test_geen_iso_datum(self, waarde):
        """Anything but a 'YYYY-MM-DD' string is refused, naming the path."""
        fout = _fout(_gewijzigd(lambda d: d["ziekteperioden"][1].update(eerste_dag=waarde)))
        assert str(fout).startswith("data.ziekteperioden[1].eerste_dag: expected a date as a ")
        assert "'YYYY-MM-DD'" in str(fout)
        assert not isinstance(fout, ValidationError)

    @pytest.mark.parametrize("waarde", ["2025-02-29", "2025-13-01", "2025-00-10", "0000-01-01"])
    def test_onmogelijke_datum(self, waarde):
        """A date that is not in the calendar is refused, naming the path."""
        fout = _fout(_gewijzigd(lambda d: d["gebeurtenissen"][2].update(datum=waarde)))
        assert str(fout).startswith(f"data.gebeurtenissen[2].datum: '{waarde}' is not a calendar")

    def test_optionele_datum(self):
        """An optional date may be null but not anything else; the message says so."""
        fout = _fout(_gewijzigd(lambda d: d["ziekteperioden"][1].update(laatste_dag=5)))
        assert str(fout) == (
            "data.ziekteperioden[1].laatste_dag: expected a date as a 'YYYY-MM-DD' string, "
            "or null, got integer 5"
        )


class TestTypen:
    """No coercion: "3" is not 3, 1 is not true, 3 is not "3"."""

    @pytest.mark.parametrize(
        ("waarde", "getoond"),
        [("50", 'string "50"'), (True, "boolean true"), (50.0, "number 50.0"), (None, "null")],
    )
    def test_geheel_getal(self, waarde, getoond):
        """An integer field takes only a JSON integer."""
        fout = _fout(_gewijzigd(lambda d: d["ziekteperioden"][1].update(percentage=waarde)))
        assert str(fout) == (
            f"data.ziekteperioden[1].percentage: expected an integer, got {getoond}"
        )

    @pytest.mark.parametrize(("waarde", "getoond"), [(1, "integer 1"), ("true", 'string "true"')])
    def test_ja_nee(self, waarde, getoond):
        """A boolean field takes only true or false."""
        fout = _fout(_gewijzigd(lambda d: d["gebeurtenissen"][3].update(re_integratievisie=waarde)))
        assert str(fout) == (
            f"data.gebeurtenissen[3].re_integratievisie: expected true or false, got {getoond}"
        )

    @pytest.mark.parametrize(("waarde", "getoond"), [(7, "integer 7"), (False, "boolean false")])
    def test_tekst(self, waarde, getoond):
        """A string field takes only a string."""
        fout = _fout(_gewijzigd(lambda d: d.update(werknemer=waarde)))
        assert str(fout) == f"data.werknemer: expected a string, got {getoond}"

    @pytest.mark.parametrize("waarde", ["8", True, None])
    def test_getal(self, waarde):
        """A float field takes a JSON number (integers included) and nothing else."""

        def wijzig(d: Document) -> None:
            d["werkervaringsplaatsen"][0]["opbouw"][0]["uren_per_week"] = waarde

        fout = _fout(_gewijzigd(wijzig))
        assert str(fout).startswith(
            "data.werkervaringsplaatsen[0].opbouw[0].uren_per_week: expected a number"
        )

    def test_geheel_getal_blijft_geheel(self):
        """An integer for a float field stays an integer, so the text round trip is exact."""
        traject = _lees(_rijk())
        uren = [s.uren_per_week for s in traject.werkervaringsplaatsen[0].opbouw]
        assert uren == [8, 12.5]
        assert type(uren[0]) is int
        tekst = to_json(traject)
        assert to_json(from_json(tekst)) == tekst

    def test_enum(self):
        """An enum field takes one of its values, listed in the message."""
        fout = _fout(_gewijzigd(lambda d: d["sporen"][0].update(werk="Aangepast_Werk")))
        assert str(fout) == (
            'data.sporen[0].werk: expected one of "eigen_werk", "aangepast_werk", "ander_werk", '
            'or null, got string "Aangepast_Werk"'
        )

    def test_enum_niet_de_naam(self):
        """An enum member's Python name is not its wire value."""
        fout = _fout(_gewijzigd(lambda d: d["uitkomsten"][0].update(soort="NIEUWE_WERKGEVER")))
        assert str(fout).startswith("data.uitkomsten[0].soort: expected one of ")

    @pytest.mark.parametrize(
        ("waarde", "getoond"),
        [("abc", 'string "abc"'), ({"0": 1}, 'object {"0":1}'), (None, "null")],
    )
    def test_array(self, waarde, getoond):
        """A tuple field takes only a JSON array (a string is not a sequence of characters)."""
        fout = _fout(_gewijzigd(lambda d: d["driegesprekken"][0].update(onderwerpen=waarde)))
        assert str(fout) == (
            f"data.driegesprekken[0].onderwerpen: expected an array of strings, got {getoond}"
        )

    def test_python_tuple_is_geen_array(self):
        """from_dict takes JSON data: a Python tuple is not an array."""
        fout = _fout(_gewijzigd(lambda d: d.update(ziekteperioden=tuple(d["ziekteperioden"]))))
        assert str(fout).startswith("data.ziekteperioden: expected an array of objects, got tuple")

    def test_object(self):
        """A class field takes only a JSON object."""
        fout = _fout(_gewijzigd(lambda d: d["ziekteperioden"].__setitem__(0, ["2025-01-06"])))
        assert str(fout) == ('data.ziekteperioden[0]: expected an object, got array ["2025-01-06"]')

    def test_verzameling_geen_dubbele(self):
        """A set of enums must not repeat a value (it is an error, not silently merged)."""
        fout = _fout(
            _gewijzigd(lambda d: d["betrokkenen"][3].update(rollen=["jobcoach", "jobcoach"]))
        )
        assert str(fout) == (
            'data.betrokkenen[3].rollen[1]: duplicate value string "jobcoach": '
            "each value may appear once"
        )

    def test_verzameling_is_lijst(self):
        """A set of enums is a JSON array, not a string or object."""
        fout = _fout(_gewijzigd(lambda d: d["gebeurtenissen"][9].update(onderdelen="evaluaties")))
        assert str(fout).startswith(
            "data.gebeurtenissen[9].onderdelen: expected an array of distinct values from "
        )

    def test_verzameling_onbekende_waarde(self):
        """An unknown value in a set of enums names its index."""
        fout = _fout(_gewijzigd(lambda d: d["betrokkenen"][0].update(rollen=["casemanager", "x"])))
        assert str(fout).startswith("data.betrokkenen[0].rollen[1]: expected one of ")

    def test_geen_cattrs_fouten(self):
        """The error is ours, raised without a cattrs cause in sight."""
        fout = _fout(_gewijzigd(lambda d: d.update(werknemer=7)))
        assert type(fout) is SerializationError
        assert fout.__cause__ is None
        assert fout.__suppress_context__


class TestSleutels:
    """Unknown keys and missing required keys."""

    def test_onbekend_veld(self):
        """An unknown key is an error naming it and the fields that are allowed."""
        fout = _fout(_gewijzigd(lambda d: d["ziekteperioden"][1].update(eind_dag="2025-08-01")))
        assert str(fout) == (
            "data.ziekteperioden[1].eind_dag: unknown field; "
            "expected only: eerste_dag, laatste_dag, percentage, wijzigingen, vangnet, "
            "arbeidsongeval, regres"
        )

    def test_onbekend_veld_bovenaan(self):
        """An unknown key in the traject itself."""
        fout = _fout(_gewijzigd(lambda d: d.update(naam="Jan")))
        assert str(fout).startswith("data.naam: unknown field; expected only: werknemer, ")

    def test_afgeleid_veld_is_onbekend(self):
        """A derived field (init=False) on input is an unknown key, not a way in."""
        fout = _fout(_gewijzigd(lambda d: d.update(_gevallen=[])))
        assert str(fout).startswith("data._gevallen: unknown field")

    def test_onbekend_veld_in_gebeurtenis(self):
        """An unknown key in a tagged event lists the tag among the allowed keys."""
        fout = _fout(_gewijzigd(lambda d: d["gebeurtenissen"][11].update(maanden=6)))
        assert str(fout) == (
            "data.gebeurtenissen[11].maanden: unknown field; expected only: soort, datum, weken, "
            "grond"
        )

    def test_ontbrekend_verplicht_veld(self):
        """A missing required key names the path and the type it needs."""
        fout = _fout(_gewijzigd(lambda d: d["ziekteperioden"][1].pop("eerste_dag")))
        assert str(fout) == (
            "data.ziekteperioden[1].eerste_dag: required field missing "
            "(expected a date as a 'YYYY-MM-DD' string)"
        )

    def test_ontbrekend_in_gebeurtenis(self):
        """A loonsanctie without weken."""
        fout = _fout(_gewijzigd(lambda d: d["gebeurtenissen"][11].pop("weken")))
        assert str(fout) == (
            "data.gebeurtenissen[11].weken: required field missing (expected an integer)"
        )

    def test_meerdere_problemen(self):
        """Every problem is reported, the first in front."""

        def wijzig(d: Document) -> None:
            d["werkgever"] = 1
            d["ziekteperioden"][0]["percentage"] = "x"
            d["sporen"][1]["fasen"][0]["stap"] = "?"

        fout = _fout(_gewijzigd(wijzig))
        tekst = str(fout)
        assert tekst.startswith(
            "data.werkgever: expected a string, or null, got integer 1 [2 more problem"
        )
        assert "data.ziekteperioden[0].percentage: expected an integer" in tekst
        assert "data.sporen[1].fasen[0].stap: expected one of " in tekst


class TestTags:
    """Events and goals are tagged with "soort" from an explicit map."""

    def test_onbekende_soort(self):
        """An unknown event tag names the path and lists the known tags."""
        fout = _fout(_gewijzigd(lambda d: d["gebeurtenissen"][0].update(soort="ziekte")))
        assert str(fout).startswith(
            'data.gebeurtenissen[0].soort: unknown event kind string "ziekte": '
            'expected one of "ziekmelding", "melding_bedrijfsarts", '
        )

    def test_klassenaam_is_geen_tag(self):
        """A class name is not a tag."""
        fout = _fout(_gewijzigd(lambda d: d["gebeurtenissen"][3].update(soort="PlanVanAanpak")))
        assert str(fout).startswith("data.gebeurtenissen[3].soort: unknown event kind ")

    def test_ontbrekende_soort(self):
        """An event without its tag."""
        fout = _fout(_gewijzigd(lambda d: d["gebeurtenissen"][4].pop("soort")))
        assert str(fout).startswith(
            "data.gebeurtenissen[4].soort: missing the 'soort' tag: expected one of "
        )

    def test_soort_geen_tekst(self):
        """A tag that is not a string."""
        fout = _fout(_gewijzigd(lambda d: d["gebeurtenissen"][4].update(soort=3)))
        assert str(fout).startswith("data.gebeurtenissen[4].soort: unknown event kind integer 3")

    def test_gebeurtenis_geen_object(self):
        """An event that is not an object."""
        fout = _fout(_gewijzigd(lambda d: d["gebeurtenissen"].__setitem__(1, "ziekmelding")))
        assert str(fout) == (
            "data.gebeurtenissen[1]: expected event kind object with a 'soort' tag, "
            'got string "ziekmelding"'
        )

    def test_onbekend_doel(self):
        """An unknown goal tag."""
        fout = _fout(_gewijzigd(lambda d: d["doelen"][0].update(soort="streefdoel")))
        assert str(fout) == (
            'data.doelen[0].soort: unknown goal kind string "streefdoel": '
            'expected one of "leerdoel", "prestatiedoel"'
        )

    def test_verkeerde_doelsoort(self):
        """A leerdoel tagged as prestatiedoel misses the fields of one and has others."""
        fout = _fout(_gewijzigd(lambda d: d["doelen"][0].update(soort="prestatiedoel")))
        assert str(fout).startswith("data.doelen[0].doelwaarde: required field missing")
        assert "data.doelen[0].voortgang: unknown field" in str(fout)


class TestDomeinvalidatie:
    """attrs validators still run, and their errors carry the JSON path."""

    def test_veld_van_onderdeel(self):
        """A period ending before it starts: a ValidationError at the JSON path."""
        document = _gewijzigd(lambda d: d["ziekteperioden"][1].update(laatste_dag="2025-07-01"))
        with pytest.raises(ValidationError) as info:
            _lees(document)
        fout = info.value
        assert fout.field == "data.ziekteperioden[1].laatste_dag"
        assert fout.reason == "2025-07-01 precedes eerste_dag 2025-07-21"
        assert str(fout) == (
            "data.ziekteperioden[1].laatste_dag: 2025-07-01 precedes eerste_dag 2025-07-21"
        )
        assert isinstance(fout, ReintegratieError)
        assert isinstance(fout, ValueError)
        assert isinstance(fout.__cause__, ValidationError)

    def test_traject_regel(self):
        """A Traject-level rule (overlapping periods) names the traject's own path."""
        document = _gewijzigd(lambda d: d["ziekteperioden"][1].update(eerste_dag="2025-03-01"))
        with pytest.raises(ValidationError) as info:
            _lees(document)
        assert info.value.field == "data.ziekteperioden[1].eerste_dag"

    def test_diep(self):
        """An agreement by someone who was not there, deep in a driegesprek."""
        document = _gewijzigd(lambda d: d["driegesprekken"][0]["afspraken"][1].update(wie="BA-1"))
        with pytest.raises(ValidationError) as info:
            _lees(document)
        assert info.value.field == "data.driegesprekken[0].afspraken[1].wie"
        assert "'BA-1' is not a participant" in info.value.reason

    def test_lege_tekst(self):
        """An empty id."""
        with pytest.raises(ValidationError) as info:
            _lees(_gewijzigd(lambda d: d.update(werknemer="  ")))
        assert str(info.value) == "data.werknemer: must not be empty"

    def test_bereik(self):
        """A loonsanctie of 53 weeks."""
        with pytest.raises(ValidationError) as info:
            _lees(_gewijzigd(lambda d: d["gebeurtenissen"][11].update(weken=53)))
        assert str(info.value) == "data.gebeurtenissen[11].weken: must be at most 52, got 53"

    def test_verwijzing(self):
        """A casemanager who is not among the betrokkenen."""
        with pytest.raises(ValidationError) as info:
            _lees(_gewijzigd(lambda d: d["gebeurtenissen"][3].update(casemanager="CM-9")))
        assert info.value.field == "data.gebeurtenissen[3].casemanager"

    def test_lege_verzameling(self):
        """A betrokkene without roles."""
        with pytest.raises(ValidationError) as info:
            _lees(_gewijzigd(lambda d: d["betrokkenen"][0].update(rollen=[])))
        assert str(info.value) == (
            "data.betrokkenen[0].rollen: a betrokkene needs at least one role (or a Rolperiode)"
        )

    def test_medisch_dossier(self):
        """Notes out of date order in the medical record."""
        document = to_dict(medisch_dossier())
        document["data"]["aantekeningen"].reverse()
        with pytest.raises(ValidationError) as info:
            _lees(document, ri.MedischDossier)
        assert info.value.field == "data.aantekeningen[1].datum"

    def test_vormfout_gaat_voor(self):
        """With both a shape problem and a domain problem, the error is a SerializationError."""

        def wijzig(d: Document) -> None:
            d["werknemer"] = " "
            d["werkgever"] = 3

        fout = _fout(_gewijzigd(wijzig))
        assert not isinstance(fout, ValidationError)
        assert "data.werkgever: expected a string" in str(fout)


def _json_waarden() -> st.SearchStrategy[Any]:
    basis = (
        st.none()
        | st.booleans()
        | st.integers(-3, 10**6)
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(max_size=12)
        | st.sampled_from(["2025-01-06", "W-001", "plan_van_aanpak", "casemanager", "spoor_2"])
    )
    return st.recursive(
        basis,
        lambda kind: st.lists(kind, max_size=3) | st.dictionaries(st.text(max_size=5), kind),
        max_leaves=5,
    )


def _plekken(waarde: Any, pad: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield pad
    if isinstance(waarde, dict):
        for k, v in waarde.items():
            yield from _plekken(v, (*pad, k))
    elif isinstance(waarde, list):
        for i, v in enumerate(waarde):
            yield from _plekken(v, (*pad, i))


_RIJK = _rijk()
_PLEKKEN = list(_plekken(_RIJK["data"]))[1:]


class TestAlleenOnzeFouten:
    """Whatever the input, only a ReintegratieError comes out."""

    @settings(max_examples=300)
    @given(plek=st.sampled_from(_PLEKKEN), waarde=_json_waarden(), weg=st.booleans())
    def test_willekeurige_wijziging(self, plek, waarde, weg):
        """Replacing or deleting any value of a valid document: a traject or our error."""
        document = copy.deepcopy(_RIJK)
        ouder = document["data"]
        for stap in plek[:-1]:
            ouder = ouder[stap]
        if weg and isinstance(ouder, dict):
            del ouder[plek[-1]]
        else:
            ouder[plek[-1]] = waarde
        resultaat: object
        try:
            resultaat = from_json(json.dumps(document))
        except ReintegratieError as fout:
            resultaat = str(fout)
        if isinstance(resultaat, str):
            assert resultaat.startswith("data")
        else:
            assert isinstance(resultaat, Traject)

    @settings(max_examples=100)
    @given(data=_json_waarden())
    def test_willekeurige_data(self, data):
        """Any JSON value as data: our error."""
        document = {"schema": "reintegratie/traject", "versie": 1, "data": data}
        with pytest.raises(ReintegratieError):
            from_dict(document)

    @settings(max_examples=100)
    @given(document=_json_waarden())
    def test_willekeurig_document(self, document):
        """Any JSON value as the document: our error."""
        with pytest.raises(ReintegratieError):
            from_dict(document)


class TestEnvelop:
    """The envelope: schema and version, checked before the data."""

    def test_geen_envelop(self):
        """A bare traject without envelope."""
        fout = _fout(_rijk()["data"])
        assert str(fout).startswith(
            "document: not an envelope: missing 'schema', 'versie', 'data' "
            '(expected {"schema": "reintegratie/traject", "versie": ..., "data": ...}; '
            "keys present: activiteiten, belastbaarheid, "
        )

    def test_geen_object(self):
        """A document that is not an object."""
        fout = _fout([1, 2])  # type: ignore[arg-type]
        assert str(fout).startswith("document: expected an envelope object")
        assert str(fout).endswith("got array [1,2]")

    def test_ontbrekende_versie(self):
        """An envelope without versie."""
        document = _rijk()
        del document["versie"]
        assert "missing 'versie'" in str(_fout(document))

    def test_extra_envelopveld(self):
        """An unknown key in the envelope."""
        document = {**_rijk(), "auteur": "x"}
        assert str(_fout(document)) == (
            "document.auteur: unknown envelope field; expected only: "
            "schema, versie, weergave (in a view), data"
        )

    def test_verkeerd_schema(self):
        """A tijdlijn document read as a traject."""
        document = to_dict(ri.tijdlijn(klein_traject()))
        fout = _fout(document)
        assert str(fout) == (
            "schema: expected 'reintegratie/traject', got string \"reintegratie/tijdlijn\""
        )
        assert not isinstance(fout, UnsupportedVersionError)

    def test_onbekend_schema(self):
        """A schema name this library does not know."""
        document = {**_rijk(), "schema": "reintegratie/werknemer"}
        assert str(_fout(document)).startswith("schema: expected 'reintegratie/traject'")

    @pytest.mark.parametrize(
        ("versie", "melding"),
        [
            (
                3,
                "versie: reintegratie/traject version 3 is newer than this library reads "
                "(at most 2); upgrade reintegratie",
            ),
            (0, "versie: versions count from 1, got 0"),
            (-1, "versie: versions count from 1, got -1"),
            ("1", "versie: expected an integer version, got str '1'"),
            (True, "versie: expected an integer version, got bool True"),
            (1.0, "versie: expected an integer version, got float 1.0"),
        ],
    )
    def test_versie_niet_ondersteund(self, versie, melding):
        """A future, impossible or mistyped version."""
        document = {**_rijk(), "versie": versie}
        with pytest.raises(UnsupportedVersionError) as info:
            _lees(document)
        assert str(info.value) == melding

    def test_onbekend_type(self):
        """Asking for a type that has no schema."""
        with pytest.raises(SerializationError, match="cannot read a <class 'reintegratie"):
            from_dict(_rijk(), Ziekteperiode)

    def test_onbekend_object(self):
        """Writing an object that has no schema."""
        with pytest.raises(SerializationError, match="cannot serialize Ziekteperiode"):
            to_dict(Ziekteperiode(eerste_dag=date(2025, 1, 1)))
        with pytest.raises(SerializationError, match="cannot serialize list"):
            to_json([1, 2])

    def test_bevindingen_lezen_als_traject(self):
        """Findings read as a traject: the wrong schema."""
        document = to_dict(ri.toets(klein_traject(), peildatum=date(2026, 6, 1)))
        assert str(_fout(document)).startswith("schema: ")
        assert _lees(document, Bevindingen)

    def test_tijdlijn_met_tekst_als_datum_geweigerd_bij_bouwen(self):
        """A Termijn holding a string for a date is refused when the Tijdlijn is built,
        naming the field (it used to be accepted and fail only when written)."""
        termijn = ri.Termijn(
            code="x",
            omschrijving="x",
            uiterlijk="morgen",  # type: ignore[arg-type]
            status=ri.Status.OPEN,
            verantwoordelijk=(),
            bron="x",
        )
        with pytest.raises(ValidationError, match=r"^Tijdlijn\.termijnen\[0\]\.uiterlijk: "):
            ri.Tijdlijn(termijnen=(termijn,))

    def test_tijdlijn_met_datetime_geweigerd_bij_bouwen(self):
        """A datetime where a date belongs is refused when the Tijdlijn is built."""
        with pytest.raises(ValidationError, match="expected a date without time, got datetime"):
            ri.Tijdlijn(termijnen=(), peildatum=datetime(2026, 1, 1, 10, 0))  # noqa: DTZ001


class TestJson:
    """from_json: invalid JSON names line and column."""

    def test_ongeldige_json(self):
        """A syntax error names line and column."""
        tekst = to_json(klein_traject(), indent=2).replace('"werkgever"', "werkgever")
        with pytest.raises(SerializationError) as info:
            from_json(tekst)
        assert str(info.value).startswith("line 6, column 5: invalid JSON: Expecting property")

    def test_lege_tekst(self):
        """An empty text."""
        with pytest.raises(SerializationError, match="line 1, column 1: invalid JSON"):
            from_json("")

    @pytest.mark.parametrize("constante", ["NaN", "Infinity", "-Infinity"])
    def test_geen_nan(self, constante):
        """NaN and Infinity are not JSON."""
        tekst = to_json(rijk_traject()).replace('"uren_per_week":8', f'"uren_per_week":{constante}')
        with pytest.raises(SerializationError, match=f"invalid JSON: {constante} is not JSON"):
            from_json(tekst)

    def test_dubbele_sleutel(self):
        """A duplicate key is an error, not silently the last value."""
        tekst = to_json(klein_traject()).replace(
            '"percentage":100', '"percentage":100,"percentage":50'
        )
        with pytest.raises(SerializationError, match="duplicate key 'percentage'"):
            from_json(tekst)

    def test_geen_utf8(self):
        """Bytes that are not UTF-8."""
        with pytest.raises(SerializationError, match="invalid JSON"):
            from_json(b'{"schema": "\xff\xfe"}')

    def test_geen_tekst(self):
        """Neither str nor bytes."""
        with pytest.raises(SerializationError, match="expected JSON text"):
            from_json(5)  # type: ignore[call-overload]

    def test_schrijven_geen_nan(self):
        """A NaN cannot be constructed into the model, so writing never needs it."""
        with pytest.raises(ValidationError):
            ri.Opbouwstap(vanaf=date(2025, 1, 1), uren_per_week=float("nan"))


class TestUpgrades:
    """The upgrade registry runs before structuring."""

    @pytest.fixture
    def versie_3(self, monkeypatch):
        """Pretend the traject format is at version 3, where werkgever was once "organisatie"."""
        monkeypatch.setitem(upgrades.HUIDIGE_VERSIES, "reintegratie/traject", 3)
        aanroepen = []

        @upgrades.registreer_upgrade("reintegratie/traject", van=2)
        def _hernoem(data):
            aanroepen.append(2)
            data["werkgever"] = data.pop("organisatie")
            return data

        yield aanroepen
        upgrades.verwijder_upgrade("reintegratie/traject", 2)

    def test_register(self):
        """Exactly the steps from version 1 to 2 are registered, and version 2 is current."""
        assert set(upgrades._UPGRADES) == {
            ("reintegratie/traject", 1),
            ("reintegratie/medisch_dossier", 1),
            ("reintegratie/tijdlijn", 1),
            ("reintegratie/bevindingen", 1),
            ("reintegratie/rolverdeling", 1),
        }
        assert upgrades.huidige_versie("reintegratie/traject") == 2
        assert upgrades.huidige_versie("reintegratie/rolverdeling") == 2

    def test_upgrade_loopt(self, versie_3):
        """A version-2 document is upgraded before it is structured."""
        document = {**_rijk(), "versie": 2}
        document["data"]["organisatie"] = document["data"].pop("werkgever")
        origineel = copy.deepcopy(document)
        assert _lees(document) == rijk_traject()
        assert versie_3 == [2]
        assert document == origineel, "the input is not changed"

    def test_huidige_versie_zonder_upgrade(self, versie_3):
        """A document of the current version is not upgraded, and the writer writes it."""
        document = to_dict(rijk_traject())
        assert document["versie"] == 3
        assert _lees(document) == rijk_traject()
        assert versie_3 == []

    def test_ontbrekende_stap(self, monkeypatch):
        """A version with no registered step to the next."""
        monkeypatch.setitem(upgrades.HUIDIGE_VERSIES, "reintegratie/traject", 4)
        with pytest.raises(UnsupportedVersionError, match="no upgrade of reintegratie/traject "):
            _lees({**_rijk(), "versie": 2})

    def test_kapotte_stap(self, versie_3):
        """An upgrade step that fails (the key it expects is missing)."""
        with pytest.raises(
            SerializationError, match="upgrading reintegratie/traject from "
        ) as info:
            _lees({**_rijk(), "versie": 2})
        assert str(info.value) == (
            "data: upgrading reintegratie/traject from version 2 to 3 failed: "
            "KeyError: 'organisatie'"
        )

    def test_dubbel_registreren(self, versie_3):
        """A step can be registered only once."""
        with pytest.raises(ValueError, match="already registered"):
            upgrades.registreer_upgrade("reintegratie/traject", van=2)

    @pytest.mark.parametrize(
        ("schema", "van"), [("reintegratie/x", 1), ("reintegratie/traject", 0)]
    )
    def test_ongeldige_registratie(self, schema, van):
        """An unknown schema or a version below 1."""
        with pytest.raises(ValueError):  # noqa: PT011 - either message will do
            upgrades.registreer_upgrade(schema, van=van)

    def test_na_afloop_schoon(self):
        """The test-only registration was undone."""
        assert ("reintegratie/traject", 2) not in upgrades._UPGRADES
        assert upgrades.HUIDIGE_VERSIES["reintegratie/traject"] == 2


def _veel_trajecten(aantal: int) -> Iterator[Traject]:
    basis = klein_traject()
    for i in range(aantal):
        yield Traject(
            werknemer=f"W-{i:05}",
            werkgever=basis.werkgever,
            ziekteperioden=basis.ziekteperioden,
            gebeurtenissen=basis.gebeurtenissen,
        )


class TestJsonLines:
    """A caseload as JSON Lines, written and read one traject at a time."""

    def test_schrijven_en_lezen(self):
        """Many trajecten go out and come back, in order."""
        uit = io.StringIO()
        assert schrijf_jsonl(_veel_trajecten(2000), uit) == 2000
        regels = uit.getvalue().splitlines()
        assert len(regels) == 2000
        assert all(json.loads(r)["schema"] == "reintegratie/traject" for r in regels[:3])
        gelezen = lees_jsonl(io.StringIO(uit.getvalue()))
        assert isinstance(gelezen, types.GeneratorType)
        assert list(gelezen) == list(_veel_trajecten(2000))

    def test_schrijven_is_lui(self):
        """Writing consumes the input one traject at a time."""
        gezien = []

        def bron() -> Iterator[Traject]:
            for traject in _veel_trajecten(3):
                gezien.append(traject.werknemer)
                yield traject

        class Uit(io.StringIO):
            def write(self, tekst: str) -> int:
                regels.append(len(gezien))
                return super().write(tekst)

        regels: list[int] = []
        schrijf_jsonl(bron(), Uit())
        assert regels == [1, 1, 2, 2, 3, 3]

    def test_lezen_is_lui(self):
        """Reading parses a line only when asked: an error on line 3 waits until line 3."""
        tekst = "".join(to_json(t) + "\n" for t in _veel_trajecten(2)) + "{kapot\n"
        gelezen = lees_jsonl(io.StringIO(tekst))
        assert next(gelezen).werknemer == "W-00000"
        assert next(gelezen).werknemer == "W-00001"
        with pytest.raises(SerializationError, match=r"^line 3, column 2: invalid JSON"):
            next(gelezen)

    def test_fout_noemt_regelnummer(self):
        """A bad traject on line 4 is reported with its line number and JSON path."""
        documenten = [to_dict(t) for t in _veel_trajecten(5)]
        documenten[3]["data"]["ziekteperioden"][0]["eerste_dag"] = "1 oktober"
        tekst = "\n".join(json.dumps(d) for d in documenten) + "\n"
        with pytest.raises(SerializationError) as info:
            list(lees_jsonl(io.StringIO(tekst)))
        assert str(info.value).startswith(
            "line 4: data.ziekteperioden[0].eerste_dag: expected a date as a 'YYYY-MM-DD' string"
        )

    def test_domeinfout_noemt_regelnummer(self):
        """A domain error keeps its type and gains the line number."""
        documenten = [to_dict(t) for t in _veel_trajecten(2)]
        documenten[1]["data"]["werknemer"] = " "
        tekst = "\n".join(json.dumps(d) for d in documenten)
        with pytest.raises(ValidationError) as info:
            list(lees_jsonl(io.StringIO(tekst)))
        assert str(info.value) == "line 2: data.werknemer: must not be empty"

    def test_versie_noemt_regelnummer(self):
        """An unsupported version keeps its type and gains the line number."""
        document = {**to_dict(klein_traject()), "versie": 9}
        with pytest.raises(UnsupportedVersionError, match=r"^line 1: versie: "):
            list(lees_jsonl(io.StringIO(json.dumps(document))))

    def test_ander_schema_op_regel(self):
        """A medical record among trajecten is refused, with its line number."""
        tekst = to_json(klein_traject()) + "\n" + to_json(medisch_dossier()) + "\n"
        with pytest.raises(SerializationError, match=r"^line 2: schema: expected "):
            list(lees_jsonl(io.StringIO(tekst)))

    def test_witregel_is_een_fout_met_regelnummer(self):
        """A blank or whitespace-only line is an error naming its line, never a silent skip."""
        tekst = to_json(klein_traject()) + "\n   \n" + "[]\n"
        gelezen = lees_jsonl(io.StringIO(tekst))
        assert next(gelezen) == klein_traject()
        with pytest.raises(SerializationError, match=r"^line 2: a blank line"):
            next(gelezen)

    def test_pad(self, tmp_path):
        """A path is opened as UTF-8 for writing and reading."""
        bestand = tmp_path / "caseload.jsonl"
        assert schrijf_jsonl([rijk_traject(), klein_traject()], bestand) == 2
        assert "heroriëntatie" in bestand.read_text(encoding="utf-8")
        assert list(lees_jsonl(bestand)) == [rijk_traject(), klein_traject()]
        assert list(lees_jsonl(str(bestand))) == [rijk_traject(), klein_traject()]

    def test_pad_wordt_pas_bij_lezen_geopend(self, tmp_path):
        """lees_jsonl opens a path on the first step, not on the call."""
        gelezen = lees_jsonl(tmp_path / "bestaat-niet.jsonl")
        with pytest.raises(FileNotFoundError):
            next(gelezen)

    def test_geen_utf8_in_bestand(self, tmp_path):
        """A file that is not UTF-8: our error with the line number."""
        bestand = tmp_path / "kapot.jsonl"
        bestand.write_bytes(to_json(klein_traject()).encode() + b"\n\xff\xfe\n")
        gelezen = lees_jsonl(bestand)
        assert next(gelezen) == klein_traject()
        with pytest.raises(SerializationError, match="not UTF-8"):
            next(gelezen)

    def test_geen_traject_schrijven(self):
        """Only trajecten go into a caseload."""
        with pytest.raises(SerializationError, match="item 2: a JSON Lines caseload holds Traject"):
            schrijf_jsonl([klein_traject(), medisch_dossier()], io.StringIO())  # type: ignore[list-item]

    def test_leeg(self):
        """An empty caseload writes nothing and reads nothing."""
        uit = io.StringIO()
        assert schrijf_jsonl([], uit) == 0
        assert list(lees_jsonl(io.StringIO(""))) == []


def test_structureer_direct():
    """The converter's structureer works for any covered class, with its own root path."""
    assert structureer({"eerste_dag": "2025-01-06"}, Ziekteperiode) == Ziekteperiode(
        eerste_dag=date(2025, 1, 6)
    )
    with pytest.raises(SerializationError, match=r"^periode\.eerste_dag: "):
        structureer({"eerste_dag": 1}, Ziekteperiode, pad="periode")

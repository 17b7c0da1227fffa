"""The fast path (reintegratie.serialisatie.snel) reads and writes exactly what the strict path
does: the same objects, the same text, and for every document it does not accept, the strict
path's own error."""

from __future__ import annotations

import json
import random
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reintegratie as ri
from reintegratie.errors import ReintegratieError
from reintegratie.rollen import Betrokkene, Rol
from reintegratie.serialisatie import _dumps, _parse, from_json, lees_jsonl, snel, to_json
from reintegratie.serialisatie.envelope import pak_uit, verpak
from reintegratie.testing import strategies as strategieen

pytest.importorskip("msgspec")


def strikt_lezen(tekst: str | bytes) -> Any:
    """The strict path alone: the standard parser and the converter (what from_json did
    before the fast path)."""
    return pak_uit(_parse(tekst), ri.Traject)


def uitkomst(lezen: Any, tekst: str | bytes) -> tuple[str, Any]:
    """("ok", object) or ("fout", (type, message))."""
    try:
        return "ok", lezen(tekst)
    except ReintegratieError as fout:
        return "fout", (type(fout), str(fout))


def basis() -> ri.Traject:
    x = date(2025, 3, 3)
    return ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        id="T-1",
        ziekteperioden=(
            ri.Ziekteperiode(eerste_dag=x, laatste_dag=date(2025, 3, 14)),
            ri.Ziekteperiode(eerste_dag=date(2025, 4, 1), percentage=50),
        ),
        gebeurtenissen=(
            ri.Ziekmelding(datum=x),
            ri.PlanVanAanpak(datum=date(2025, 5, 1), casemanager="CM-1"),
        ),
        betrokkenen=(
            Betrokkene(
                id="CM-1", rollen=frozenset({Rol.CASEMANAGER, Rol.JOBCOACH}), organisatie="WG"
            ),
        ),
    )


def test_beschikbaar():
    assert snel.beschikbaar()


def test_zelfde_tekst_en_object():
    t = basis()
    tekst = _dumps(verpak(t))
    assert snel.schrijf(t) == tekst
    assert to_json(t) == tekst
    gelezen = snel.lees(tekst, ri.Traject)
    assert gelezen is not snel.NIET
    assert gelezen == t
    assert snel.lees(tekst.encode("utf-8"), ri.Traject) == t
    assert from_json(tekst) == t


@settings(max_examples=25, deadline=None)
@given(strategieen.trajecten())
def test_gegenereerde_trajecten_zelfde_als_strikt(t):
    """Generated trajecten (every part of the model): the same text written, the same object
    read, and the fast path does read them (it does not just hand everything back)."""
    tekst = _dumps(verpak(t))
    assert snel.schrijf(t) == tekst
    gelezen = snel.lees(tekst, ri.Traject)
    assert gelezen is not snel.NIET
    assert gelezen == t == strikt_lezen(tekst)
    ingesprongen = json.dumps(json.loads(tekst), indent=2, ensure_ascii=False)
    assert snel.lees(ingesprongen, ri.Traject) == t


def _wijzig(document: Any, pad: list[Any], waarde: Any) -> Any:
    if not pad:
        return waarde
    kopie = list(document) if isinstance(document, list) else dict(document)
    kopie[pad[0]] = _wijzig(document[pad[0]], pad[1:], waarde)
    return kopie


def _paden(document: Any, pad: list[Any]) -> list[list[Any]]:
    paden = [pad]
    if isinstance(document, dict):
        for sleutel, waarde in document.items():
            paden += _paden(waarde, [*pad, sleutel])
    elif isinstance(document, list):
        for i, waarde in enumerate(document):
            paden += _paden(waarde, [*pad, i])
    return paden


_WAARDEN = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 200),
    st.sampled_from([2**70, 1.5, -0.0, 1e400]),
    st.sampled_from(
        [
            "",
            " ",
            "x",
            "2025-02-30",
            "2025-1-1",
            "2024-02-29",
            "20250101",
            "casemanager",
            "ziekmelding",
            "nl",
            "W-1",
            "CM-1",
            "2025-03-03T00:00:00",
        ]
    ),
    st.lists(st.sampled_from(["casemanager", "jobcoach", "x", 3]), max_size=3),
    st.just({}),
    st.just({"soort": "ziekmelding", "datum": "2025-03-04"}),
)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_gewijzigde_documenten_zelfde_uitkomst(data):
    """Any value anywhere in a document replaced by another (of another type, out of range,
    an invalid date, a duplicate role, an unknown tag, ...), or a key removed or added:
    from_json gives what the strict path gives, object or error (type and message)."""
    document = verpak(basis())
    pad = data.draw(st.sampled_from(_paden(document, [])))
    soort = data.draw(st.sampled_from(["vervang", "verwijder", "voeg_toe"]))
    if soort == "vervang" or not pad:
        gewijzigd = _wijzig(document, pad, data.draw(_WAARDEN))
    else:
        ouder = _wijzig(document, [], document)
        for stap in pad[:-1]:
            ouder = ouder[stap]
        if soort == "verwijder" and isinstance(ouder, dict):
            binnen = dict(ouder)
            del binnen[pad[-1]]
            gewijzigd = _wijzig(document, pad[:-1], binnen)
        elif isinstance(ouder, dict):
            binnen = dict(ouder)
            binnen[data.draw(st.sampled_from(["extra", "soort", "datum", "id"]))] = 1
            gewijzigd = _wijzig(document, pad[:-1], binnen)
        else:
            gewijzigd = _wijzig(document, pad, data.draw(_WAARDEN))
    try:
        tekst = json.dumps(gewijzigd, ensure_ascii=False)
    except ValueError:
        return
    assert uitkomst(from_json, tekst) == uitkomst(strikt_lezen, tekst)


@pytest.mark.parametrize(
    "tekst",
    [
        # duplicate keys: msgspec keeps the last, the format refuses them
        '{"schema":"reintegratie/traject","versie":2,"versie":2,"data":'
        '{"werknemer":"W-1","werkgever":"WG"}}',
        '{"schema":"reintegratie/traject","versie":2,"data":'
        '{"werknemer":"W-1","werknemer":"W-2","werkgever":"WG"}}',
        '{"schema":"reintegratie/traject","versie":2,"data":{"werknemer":"W-1","werkgever":"WG",'
        '"ziekteperioden":[{"eerste_dag":"2025-01-06","eerste_dag":"2025-01-07"}]}}',
        '{"schema":"reintegratie/traject","versie":2,"data":{"werknemer":"W-1","werkgever":"WG",'
        '"ziekteperioden":[{"eerste_dag":"2025-01-06"}],"gebeurtenissen":[{"soort":"ziekmelding",'
        '"soort":"ziekmelding","datum":"2025-01-06"}]}}',
        # a duplicate key hidden by a colon inside a string value
        '{"schema":"reintegratie/traject","versie":2,"data":'
        '{"werknemer":"W-1","werknemer":"W:2","werkgever":"WG"}}',
        # with whitespace before a colon
        '{"schema" : "reintegratie/traject", "versie" : 2, "data" : '
        '{"werknemer" : "W-1", "werknemer" : "W-2", "werkgever" : "WG"}}',
        # escapes
        '{"schema":"reintegratie/traject","versie":2,"data":'
        '{"werknemer":"W-\\"1","wer\\u006bnemer":"W-2","werkgever":"WG"}}',
        # a duplicate role collapses silently in msgspec
        '{"schema":"reintegratie/traject","versie":2,"data":{"werknemer":"W-1","werkgever":"WG",'
        '"betrokkenen":[{"id":"CM-1","rollen":["casemanager","casemanager"],"organisatie":"WG"}]}}',
        # NaN, Infinity, invalid JSON, not UTF-8, a view, version 1, the wrong schema
        '{"schema":"reintegratie/traject","versie":2,"data":{"werknemer":"W-1","werkgever":"WG",'
        '"belastbaarheid":[{"datum":"2025-01-01","verwachte_duur_weken":NaN}]}}',
        '{"schema":"reintegratie/traject","versie":2,"data":{"werknemer":"W-1",}}',
        b'{"schema":"reintegratie/traject","versie":2,"data":{"werknemer":"W-\xff","werkgever":"W"}}',
        '{"schema":"reintegratie/traject","versie":2,"weergave":"werkgever","data":'
        '{"werknemer":"W-1","werkgever":"WG"}}',
        '{"schema":"reintegratie/tijdlijn","versie":2,"data":{"werknemer":"W-1","werkgever":"WG"}}',
        '{"schema":"reintegratie/traject","versie":2,"data":{"werknemer":" ","werkgever":"WG"}}',
        '{"schema":"reintegratie/traject","versie":2,"data":{"werknemer":"W-1","werkgever":"WG",'
        '"ziekteperioden":[{"eerste_dag":"2025-01-06","percentage":0}]}}',
        '{"schema":"reintegratie/traject","versie":2,"data":{"werknemer":"W-1","werkgever":"WG",'
        '"ziekteperioden":[{"eerste_dag":"2025-01-06","percentage":true}]}}',
        '{"schema":"reintegratie/traject","versie":2,"data":{"werknemer":"W-1","werkgever":"WG",'
        '"gebeurtenissen":[{"soort":"ziekmelding","datum":"2025-01-06"}]}}',
        "[]",
        "",
    ],
)
def test_ongeldig_zelfde_fout(tekst):
    """Documents the fast path must not accept: from_json raises the strict path's error."""
    assert snel.lees(tekst, ri.Traject) is snel.NIET
    verwacht = uitkomst(strikt_lezen, tekst)
    assert verwacht[0] == "fout"
    assert uitkomst(from_json, tekst) == verwacht


def test_versie_1_via_de_strikte_weg():
    """An older version needs its upgrade steps: the strict path reads it."""
    tekst = (
        '{"schema":"reintegratie/traject","versie":1,"data":{"werknemer":"W-1","werkgever":"WG"}}'
    )
    assert snel.lees(tekst, ri.Traject) is snel.NIET
    assert from_json(tekst) == ri.Traject(werknemer="W-1", werkgever="WG")


def test_dubbele_punt_in_tekst_wel_gelezen():
    """A colon inside a string value only sends the key count down the exact path."""
    t = ri.Traject(werknemer="W:1", werkgever="WG \\ : x")
    tekst = to_json(t)
    assert snel.lees(tekst, ri.Traject) == t


def test_jsonl_leest_snel_en_meldt_regel(tmp_path):
    rng = random.Random(3)
    t = basis()
    bestand = tmp_path / "c.jsonl"
    regels = [to_json(t), to_json(t).replace('"WG"', '""', 1)]
    bestand.write_text("\n".join(regels) + "\n", encoding="utf-8")
    lezer = lees_jsonl(bestand)
    assert next(lezer) == t
    with pytest.raises(ReintegratieError, match=r"^line 2: data\.werkgever"):
        next(lezer)
    _ = rng


def test_niet_voor_onbekende_typen():
    assert snel.lees("{}", int) is snel.NIET
    assert snel.schrijf(3) is snel.NIET


def test_voorwaarden_van_validators():
    """A validator of ``_validatie`` is checked inline by a condition that says exactly what
    it accepts of a value msgspec decoded as the field type; where none is known (a date
    validator on a field that is not a date, an int range on a float field, a validator of
    another module) the validator itself is called."""
    import datetime as dt

    import attrs

    from reintegratie import _validatie as v

    # A date is checked for its range (1900-9000), text for emptiness, control characters
    # and lone surrogates: conditions, not "True".
    assert snel._voorwaarde(v.datum, dt.date) == "_DATUM_MIN <= {v} <= _DATUM_MAX"
    assert snel._voorwaarde(v.datum, dt.date | None) is None
    assert snel._voorwaarde(v.optioneel(v.datum), dt.date | None) == (
        "({v} is None or (_DATUM_MIN <= {v} <= _DATUM_MAX))"
    )
    assert snel._voorwaarde(v.tekst, str) not in (None, "True")
    assert snel._voorwaarde(v.tekst, int) is None
    assert snel._voorwaarde(attrs.validators.instance_of(str), str) == "True"
    assert snel._voorwaarde(attrs.validators.instance_of(int), float) is None
    assert snel._voorwaarde(v.bereik(1, 100), int) == "1 <= {v} and {v} <= 100"
    assert snel._voorwaarde(v.bereik(1, 100), float) is None
    assert snel._voorwaarde(v.bereik(), int) == "True"
    assert snel._voorwaarde(v.enum_van(ri.Jurisdictie), ri.Jurisdictie) == "True"
    tekstvoorwaarde = snel._voorwaarde(v.tuple_van(str, tekst_elementen=True), tuple[str, ...])
    assert tekstvoorwaarde not in (None, "True")
    assert snel._voorwaarde(v.tuple_van(ri.Ziekteperiode), tuple[ri.Ziekteperiode, ...]) == "True"
    assert snel._voorwaarde(v.tuple_van(ri.Ziekteperiode), tuple[str, ...]) is None
    assert snel._voorwaarde(lambda *_: None, str) is None


_TEKENS = ["a", "Z", " ", "\t", "\n", "\r", "\x00", "\x1f", "\x7f", "\x85", "\x9f", "\xa0"]
_TEKSTEN = st.text(
    alphabet=st.sampled_from([*_TEKENS, "\u2028", "\u3000", "\ud800", "é"]), max_size=6
)


@settings(max_examples=300, deadline=None)
@given(
    tekst=_TEKSTEN,
    teksten=st.lists(_TEKSTEN, max_size=4).map(tuple),
    getal=st.integers(-3, 103),
    dag=st.dates(),
)
def test_voorwaarde_zegt_precies_wat_de_validator_aanneemt(
    tekst: str, teksten: tuple[str, ...], getal: int, dag: date
):
    """Each inline condition holds exactly when its validator accepts the value."""
    import attrs

    from reintegratie import _validatie as v

    gevallen: list[tuple[Any, Any, Any]] = [
        (v.tekst, str, tekst),
        (v.vrije_tekst, str, tekst),
        (v.optioneel(v.tekst), str | None, tekst),
        (v.optioneel(v.tekst), str | None, None),
        (v.tuple_van(str, tekst_elementen=True), tuple[str, ...], teksten),
        (v.bereik(1, 100), int, getal),
        (v.bereik(0), int, getal),
        (v.optioneel(v.bereik(0)), int | None, getal),
        (v.datum, date, dag),
        (v.optioneel(v.datum), date | None, dag),
    ]
    attribuut = attrs.fields(ri.Traject).werknemer
    for validator, soort, waarde in gevallen:
        voorwaarde = snel._voorwaarde(validator, soort)
        assert voorwaarde is not None
        namen = dict(snel._VOORWAARDE_NAMEN)
        inline = bool(eval(voorwaarde.format(v="w"), namen, {"w": waarde}))
        try:
            validator(ri.Traject, attribuut, waarde)
            aanvaard = True
        except ReintegratieError:
            aanvaard = False
        assert inline == aanvaard, (validator, waarde)


def test_traject_roept_geen_gewone_validator_aan(monkeypatch):
    """Reading a traject calls no validator of ``_validatie`` unconditionally: each is
    checked inline (a guard against a change in how validators are built silently sending
    every field through its validator again)."""
    import builtins

    bronnen: list[tuple[str, dict[str, Any]]] = []
    echte_exec = builtins.exec

    def exec_(bron: Any, ns: Any = None, *rest: Any) -> Any:
        if isinstance(bron, str) and bron.startswith("def maak"):
            bronnen.append((bron, ns))
        return echte_exec(bron, ns, *rest)

    snel._lezer.cache_clear()
    try:
        monkeypatch.setattr(snel, "exec", exec_, raising=False)
        assert snel._lezer(ri.Traject) is not None
    finally:
        monkeypatch.undo()
        snel._lezer.cache_clear()
    assert len(bronnen) > 20
    for bron, ns in bronnen:
        for regel in bron.splitlines():
            naam = regel.strip().partition("(")[0]
            if naam.startswith("_val") and not regel.startswith(" " * 8):
                # Called unconditionally: only a validator of another module may be.
                assert snel._aard(ns[naam]) is None, (ns["_cl"].__name__, regel)

"""Tests for privacy views: to_json(..., voor=<Rol>) emits only what the role may see, and
medical data serializes for the bedrijfsarts alone."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reintegratie as ri
from reintegratie import rollen
from reintegratie.errors import ReintegratieError, SerializationError, ValidationError
from reintegratie.medisch import MedischDossier, MedischeAantekening, Vangnet, Vangnetsoort
from reintegratie.rollen import Gegevenscategorie, Rol, mag_inzien
from reintegratie.serialisatie import (
    Bevindingen,
    PrivacyError,
    Rolverdeling,
    from_dict,
    from_json,
    lees_jsonl,
    schrijf_jsonl,
    to_dict,
    to_json,
)
from reintegratie.serialisatie.weergave import (
    DOCUMENTCATEGORIE,
    TRAJECT_VELDEN,
    rollen_voor,
    traject_velden,
    veldcategorie,
    verborgen_velden,
    weergave_van,
)
from reintegratie.traject import Belastbaarheid, Traject
from test_serialisatie import (
    klein_traject,
    medisch_dossier,
    rijk_traject,
    rijk_traject_v1,
    trajecten,
)

DATA = Path(__file__).parent / "data" / "serialisatie"

NIET_MEDISCH = [r for r in Rol if not mag_inzien(r, Gegevenscategorie.MEDISCH)]
MEDISCH_MERK = "MEDISCH-GEHEIM-Zq7xK2"
FUNCTIONEEL_MERK = "FUNCTIONEEL-Wv3pR9"


def _zonder_functioneel(*weg: Rol) -> dict[Rol, frozenset[Gegevenscategorie]]:
    """The INZAGE table with functional data taken away from *weg*."""
    tabel = dict(rollen.INZAGE)
    for rol in weg:
        tabel[rol] = tabel[rol] - {Gegevenscategorie.FUNCTIONEEL}
    return tabel


class TestIndeling:
    """Which Traject field is which category: decided in one table."""

    def test_elk_veld_ingedeeld(self):
        """Every field of Traject is classified (a new field must be added to the table)."""
        assert set(TRAJECT_VELDEN) == set(traject_velden())

    def test_alleen_belastbaarheid_functioneel(self):
        """Belastbaarheid is functional; everything else administrative; nothing medical."""
        assert {
            v for v, c in TRAJECT_VELDEN.items() if c is not Gegevenscategorie.ADMINISTRATIEF
        } == {"belastbaarheid"}
        assert TRAJECT_VELDEN["belastbaarheid"] is Gegevenscategorie.FUNCTIONEEL

    def test_onbekend_veld_is_medisch(self):
        """A field missing from the table is withheld from all but the bedrijfsarts."""
        assert veldcategorie("diagnose") is Gegevenscategorie.MEDISCH
        with mock.patch(
            "reintegratie.serialisatie.weergave.traject_velden",
            return_value=(*traject_velden(), "diagnose"),
        ):
            for rol in NIET_MEDISCH:
                assert "diagnose" in verborgen_velden(rol)
            assert "diagnose" not in verborgen_velden(Rol.BEDRIJFSARTS)

    def test_documentcategorieen(self):
        """The medical record is medical; tijdlijn, findings and allocation administrative."""
        assert DOCUMENTCATEGORIE["reintegratie/medisch_dossier"] is Gegevenscategorie.MEDISCH
        assert rollen_voor("reintegratie/medisch_dossier") == (Rol.BEDRIJFSARTS,)
        assert rollen_voor("reintegratie/tijdlijn") == tuple(Rol)


class TestSchrijven:
    """Writing a view."""

    @pytest.mark.parametrize("rol", list(Rol))
    def test_gemarkeerd(self, rol):
        """A view names its role in the envelope, between versie and data."""
        document = to_dict(rijk_traject(), voor=rol)
        assert list(document) == ["schema", "versie", "weergave", "data"]
        assert document["weergave"] == rol.value
        assert to_json(rijk_traject(), voor=rol) == json.dumps(
            document, ensure_ascii=False, separators=(",", ":")
        )

    @pytest.mark.parametrize("rol", list(Rol))
    def test_vandaag_ziet_iedereen_functioneel(self, rol):
        """Under today's INZAGE table every role sees administrative and functional data: a
        Traject view holds every field."""
        assert to_dict(rijk_traject(), voor=rol)["data"] == to_dict(rijk_traject())["data"]

    def test_zonder_functioneel_geen_belastbaarheid(self):
        """A role without functional access gets no belastbaarheid key at all."""
        with mock.patch.object(rollen, "INZAGE", _zonder_functioneel(Rol.WERKGEVER)):
            data = to_dict(rijk_traject(), voor=Rol.WERKGEVER)["data"]
            assert "belastbaarheid" not in data
            assert "niet tillen" not in to_json(rijk_traject(), voor=Rol.WERKGEVER)
            assert set(data) == set(traject_velden()) - {"belastbaarheid"}
            assert "belastbaarheid" in to_dict(rijk_traject(), voor=Rol.CASEMANAGER)["data"]

    @pytest.mark.parametrize("rol", NIET_MEDISCH)
    def test_medisch_dossier_geweigerd(self, rol):
        """The medical record is never written for a role other than the bedrijfsarts."""
        with pytest.raises(PrivacyError, match=f"which {rol.value} may not see"):
            to_json(medisch_dossier(), voor=rol)
        with pytest.raises(PrivacyError):
            to_dict(medisch_dossier(), voor=rol)

    def test_privacyerror_is_reintegratieerror(self):
        """PrivacyError is one of ours."""
        assert issubclass(PrivacyError, ReintegratieError)
        assert not issubclass(PrivacyError, SerializationError)

    def test_medisch_dossier_voor_bedrijfsarts(self):
        """The bedrijfsarts gets the whole record, marked as its view."""
        document = to_dict(medisch_dossier(), voor=Rol.BEDRIJFSARTS)
        assert document["weergave"] == "bedrijfsarts"
        assert document["data"] == to_dict(medisch_dossier())["data"]

    def test_andere_documenten(self):
        """Tijdlijn, findings and allocation rows are administrative: the same data, marked."""
        traject = rijk_traject()
        for obj in (
            ri.tijdlijn(traject),
            ri.toets(traject, peildatum=date(2027, 6, 1)),
            ri.rolverdeling(traject, date(2026, 1, 1)),
        ):
            view = to_dict(obj, voor=Rol.WERKGEVER)
            assert view["weergave"] == "werkgever"
            assert view["data"] == to_dict(obj)["data"]

    def test_rol_als_tekst(self):
        """voor takes a Rol, not its string."""
        with pytest.raises(ValidationError, match="voor: expected a Rol, got str 'werkgever'"):
            to_json(klein_traject(), voor="werkgever")  # type: ignore[arg-type]


class TestLezen:
    """Reading a view: only as that view, never as a complete document."""

    def test_rondgang(self):
        """A view reads back with weergave= its role, as weergave_van gives it."""
        traject = rijk_traject()
        for rol in Rol:
            terug = from_json(to_json(traject, voor=rol), weergave=rol)
            assert terug == weergave_van(traject, rol) == traject

    def test_rondgang_zonder_functioneel(self):
        """Without functional access the view reads back with belastbaarheid empty."""
        with mock.patch.object(rollen, "INZAGE", _zonder_functioneel(Rol.WERKGEVER)):
            terug = from_json(to_json(rijk_traject(), voor=Rol.WERKGEVER), weergave=Rol.WERKGEVER)
            assert terug.belastbaarheid == ()
            assert terug == attrs.evolve(rijk_traject(), belastbaarheid=())
            assert terug == weergave_van(rijk_traject(), Rol.WERKGEVER)

    def test_view_niet_als_volledig(self):
        """A view is not read as a complete traject: the message says how to read it."""
        with pytest.raises(SerializationError) as info:
            from_json(to_json(rijk_traject(), voor=Rol.WERKGEVER))
        assert str(info.value) == (
            "weergave: this is a view for 'werkgever', without the data that role may not "
            "see; it is not read as a complete document: pass weergave=Rol.WERKGEVER to read "
            "the view"
        )

    def test_volledig_niet_als_view(self):
        """A complete document is not read as a view."""
        with pytest.raises(SerializationError, match="expected a view for 'werkgever', got a"):
            from_json(to_json(rijk_traject()), weergave=Rol.WERKGEVER)

    def test_andere_rol(self):
        """A view for one role is not read as a view for another."""
        with pytest.raises(SerializationError, match="got a view for 'casemanager'"):
            from_json(to_json(rijk_traject(), voor=Rol.CASEMANAGER), weergave=Rol.WERKGEVER)

    @pytest.mark.parametrize("waarde", ["buurman", "WERKGEVER", 3, None, ["werkgever"]])
    def test_onbekende_weergave(self, waarde):
        """The weergave must be a role code."""
        document = {**to_dict(klein_traject()), "weergave": waarde}
        with pytest.raises(SerializationError, match=r"^weergave: expected one of"):
            from_dict(document, weergave=Rol.WERKGEVER)
        with pytest.raises(SerializationError, match=r"^weergave: expected one of"):
            from_dict(document)

    def test_verborgen_veld_in_view(self):
        """A view that holds a field withheld from its role is refused."""
        with mock.patch.object(rollen, "INZAGE", _zonder_functioneel(Rol.WERKGEVER)):
            document = to_dict(rijk_traject(), voor=Rol.WERKGEVER)
            document["data"]["belastbaarheid"] = []
            with pytest.raises(SerializationError) as info:
                from_dict(document, weergave=Rol.WERKGEVER)
            assert str(info.value) == (
                "data.belastbaarheid: withheld from werkgever; a view for werkgever may not "
                "contain it"
            )

    @pytest.mark.parametrize("rol", NIET_MEDISCH)
    def test_medisch_dossier_lezen_geweigerd(self, rol):
        """Nobody but the bedrijfsarts reads a medical record as their view."""
        with pytest.raises(PrivacyError):
            from_json(to_json(medisch_dossier()), MedischDossier, weergave=rol)
        document = {**to_dict(medisch_dossier()), "weergave": rol.value}
        with pytest.raises(PrivacyError):
            from_dict(document, MedischDossier, weergave=rol)
        with pytest.raises(SerializationError):
            from_dict(document, MedischDossier)

    def test_medisch_dossier_voor_bedrijfsarts(self):
        """The bedrijfsarts's view of the record reads back whole."""
        tekst = to_json(medisch_dossier(), voor=Rol.BEDRIJFSARTS)
        assert from_json(tekst, MedischDossier, weergave=Rol.BEDRIJFSARTS) == medisch_dossier()

    def test_andere_documenten(self):
        """Views of a tijdlijn, findings and allocation rows read back with weergave."""
        traject = rijk_traject()
        tl = ri.tijdlijn(traject)
        assert from_json(to_json(tl, voor=Rol.UWV), ri.Tijdlijn, weergave=Rol.UWV) == tl
        bev = ri.toets(traject, peildatum=date(2027, 6, 1))
        assert from_json(to_json(bev, voor=Rol.UWV), Bevindingen, weergave=Rol.UWV) == bev
        rij = ri.rolverdeling(traject, date(2026, 1, 1))
        assert from_json(to_json(rij, voor=Rol.UWV), Rolverdeling, weergave=Rol.UWV) == rij

    def test_gouden_view(self):
        """The stored version-1 employer view reads as that view, and only so."""
        tekst = (DATA / "traject_werkgever_v1.json").read_bytes()
        terug = from_json(tekst, weergave=Rol.WERKGEVER)
        assert terug == weergave_van(rijk_traject_v1(), Rol.WERKGEVER)
        with pytest.raises(SerializationError, match="this is a view for 'werkgever'"):
            from_json(tekst)

    def test_rol_als_tekst(self):
        """weergave takes a Rol, not its string."""
        with pytest.raises(ValidationError, match="weergave: expected a Rol"):
            from_json(to_json(klein_traject()), weergave="werkgever")  # type: ignore[arg-type]


class TestJsonLines:
    """A caseload as views: every line the view for one role."""

    def test_schrijven_en_lezen(self):
        """schrijf_jsonl(voor=) writes views; lees_jsonl(weergave=) reads them."""
        uit = io.StringIO()
        trajecten_ = [klein_traject(), rijk_traject()]
        assert schrijf_jsonl(trajecten_, uit, voor=Rol.CASEMANAGER) == 2
        regels = uit.getvalue().splitlines()
        assert all(json.loads(r)["weergave"] == "casemanager" for r in regels)
        terug = list(lees_jsonl(io.StringIO(uit.getvalue()), weergave=Rol.CASEMANAGER))
        assert terug == trajecten_

    def test_view_niet_als_volledig(self):
        """Lines of views are not read as complete trajecten; the error names the line."""
        uit = io.StringIO()
        schrijf_jsonl([klein_traject()], uit, voor=Rol.WERKGEVER)
        with pytest.raises(SerializationError, match=r"^line 1: weergave: this is a view"):
            list(lees_jsonl(io.StringIO(uit.getvalue())))


# --- the property: no medical data for any non-medical role ------------------------------


_MEDISCH_DOSSIERS = st.builds(
    lambda extra: MedischDossier(
        werknemer="W-x",
        bedrijfsarts="BA-x",
        aantekeningen=(
            MedischeAantekening(datum=date(2025, 1, 1), diagnose=f"depressie {MEDISCH_MERK}"),
            *extra,
        ),
    ),
    st.lists(
        st.builds(
            MedischeAantekening,
            datum=st.dates(date(2025, 1, 1), date(2030, 1, 1)),
            diagnose=st.text(
                st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=10
            ).filter(str.strip),
        ),
        max_size=2,
    ).map(lambda xs: tuple(sorted(xs, key=lambda a: a.datum))),
)


def _alle_trajecten() -> st.SearchStrategy[Traject]:
    """The local strategy of test_serialisatie, and the shared one of
    ``reintegratie.testing.strategies`` (every part of a traject) when it exists."""
    try:
        from reintegratie.testing.strategies import trajecten as gedeeld
    except ImportError:  # pragma: no cover - depends on the checkout
        return trajecten()
    return st.one_of(trajecten(), gedeeld())


def _met_functioneel_merk(traject: Traject) -> Traject:
    """*traject* with one more belastbaarheid carrying the functional marker."""
    dag = traject.belastbaarheid[-1].datum if traject.belastbaarheid else date(2025, 1, 1)
    return attrs.evolve(
        traject,
        belastbaarheid=(
            *traject.belastbaarheid,
            Belastbaarheid(datum=dag + timedelta(days=1), beperkingen=(FUNCTIONEEL_MERK,)),
        ),
    )


def _alle_uitvoer(traject: Traject, rol: Rol) -> list[str]:
    """Every document about *traject* written for *rol*."""
    peildatum = (traject.eerste_ziektedag or date(2025, 1, 1)) + timedelta(days=400)
    return [
        to_json(traject, voor=rol),
        to_json(traject, voor=rol, indent=2),
        to_json(ri.tijdlijn(traject, peildatum=peildatum), voor=rol),
        to_json(ri.toets(traject, peildatum=peildatum), voor=rol),
        to_json(ri.rolverdeling(traject, peildatum), voor=rol),
    ]


class TestEigenschap:
    """For every generated traject and medical record: nothing medical outside the
    bedrijfsarts, and nothing functional for a role without functional access."""

    # No deadline: timings on a loaded machine vary far beyond 200 ms.
    @settings(max_examples=60, deadline=None)
    @given(traject=_alle_trajecten(), dossier=_MEDISCH_DOSSIERS, data=st.data())
    def test_geen_medische_gegevens(self, traject, dossier, data: Any):
        """The marker in a diagnosis appears in no document for a non-medical role, and the
        medical record itself is refused for each of them."""
        rol = data.draw(st.sampled_from(NIET_MEDISCH))
        assert MEDISCH_MERK in to_json(dossier)  # the marker is really in the record
        for tekst in _alle_uitvoer(traject, rol):
            assert MEDISCH_MERK not in tekst
        with pytest.raises(PrivacyError):
            to_json(dossier, voor=rol)
        with pytest.raises(PrivacyError):
            to_dict(dossier, voor=rol)
        assert MEDISCH_MERK in to_json(dossier, voor=Rol.BEDRIJFSARTS)

    # Every role and every event kind per example: no per-example deadline on a shared machine.
    @settings(max_examples=60, deadline=None)
    @given(traject=_alle_trajecten(), data=st.data())
    def test_geen_belastbaarheid_zonder_functioneel(self, traject, data: Any):
        """With functional access taken away from some roles (the INZAGE table may change),
        those roles never see belastbaarheid; the others still do."""
        traject = _met_functioneel_merk(traject)
        zonder = data.draw(st.sets(st.sampled_from(list(Rol)), min_size=1))
        with mock.patch.object(rollen, "INZAGE", _zonder_functioneel(*zonder)):
            for rol in Rol:
                teksten = _alle_uitvoer(traject, rol)
                if not mag_inzien(rol, Gegevenscategorie.FUNCTIONEEL):
                    assert rol in zonder
                    assert all(FUNCTIONEEL_MERK not in t for t in teksten)
                    assert "belastbaarheid" not in to_dict(traject, voor=rol)["data"]
                    terug = from_json(teksten[0], weergave=rol)
                    assert terug.belastbaarheid == ()
                else:
                    assert FUNCTIONEEL_MERK in teksten[0]
                    assert from_json(teksten[0], weergave=rol) == traject

    @settings(max_examples=40, deadline=None)
    @given(traject=_alle_trajecten())
    def test_vandaag_ziet_geen_rol_minder(self, traject):
        """Under today's table the view for every role reads back as the traject itself."""
        for rol in Rol:
            assert from_json(to_json(traject, voor=rol), weergave=rol) == traject


#: The vangnetten reported by the fourth sick day: for the employer they must look alike.
_VIERDE_DAG = [s for s in Vangnetsoort if s is not Vangnetsoort.ZWANGERSCHAP_VOOR_VERLOF]


def _met_vangnet(traject: Traject, soort: Vangnetsoort) -> tuple[Traject, MedischDossier]:
    """*traject* with its first period flagged ``vangnet`` (what the employer may record), and
    the medical record naming the kind."""
    eerste, *rest = traject.ziekteperioden
    traject = attrs.evolve(traject, ziekteperioden=(attrs.evolve(eerste, vangnet=True), *rest))
    dossier = MedischDossier(
        werknemer=traject.werknemer,
        bedrijfsarts="BA-x",
        vangnetten=(Vangnet(eerste_dag=eerste.eerste_dag, soort=soort),),
    )
    return traject, dossier


def _uitvoer_met_dossier(traject: Traject, dossier: MedischDossier, rol: Rol) -> list[str]:
    """Every document about *traject* for *rol*, computed with the medical record at hand."""
    peildatum = (traject.eerste_ziektedag or date(2025, 1, 1)) + timedelta(days=400)
    return [
        to_json(traject, voor=rol),
        to_json(ri.tijdlijn(traject, peildatum=peildatum, medisch=dossier), voor=rol),
        to_json(ri.toets(traject, peildatum=peildatum, medisch=dossier), voor=rol),
    ]


class TestVangnetPrivacy:
    """The employer may record only *that* a vangnet applies (AP beleidsregels "De zieke
    werknemer" 2016, 4.4); which one lives in the medical record. The rule engine may read
    the record, but what it writes for a non-medical role never tells the kind."""

    @settings(max_examples=40, deadline=None)
    @given(traject=_alle_trajecten(), data=st.data())
    def test_soort_lekt_niet(self, traject, data: Any):
        """For every non-medical role: no document names the kind, and two kinds with the same
        reporting deadline give the very same documents."""
        if not traject.ziekteperioden:
            return
        rol = data.draw(st.sampled_from(NIET_MEDISCH))
        een, twee = data.draw(st.lists(st.sampled_from(_VIERDE_DAG), min_size=2, max_size=2))
        traject, dossier_een = _met_vangnet(traject, een)
        _, dossier_twee = _met_vangnet(traject, twee)
        teksten = _uitvoer_met_dossier(traject, dossier_een, rol)
        assert teksten == _uitvoer_met_dossier(traject, dossier_twee, rol)
        for tekst in teksten:
            for soort in Vangnetsoort:
                assert f'"{soort.value}"' not in tekst
        with pytest.raises(PrivacyError):
            to_json(dossier_een, voor=rol)
        assert f'"{een.value}"' in to_json(dossier_een, voor=Rol.BEDRIJFSARTS)

    def test_werkgever_ziet_alleen_dat(self):
        """The employer's view of the traject holds the flag ``vangnet: true`` and nothing
        else about it; the timeline shows the report due on the fourth sick day."""
        x = date(2025, 3, 3)
        traject = Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=x, vangnet=True),),
        )
        document = to_dict(traject, voor=Rol.WERKGEVER)
        assert document["data"]["ziekteperioden"] == [
            {
                "eerste_dag": "2025-03-03",
                "laatste_dag": None,
                "percentage": 100,
                "wijzigingen": [],
                "vangnet": True,
                "arbeidsongeval": False,
                "regres": False,
            }
        ]
        # Without the medical record: the earliest deadline, sick day 4 = X + 3 = Thu 6 Mar.
        assert ri.tijdlijn(traject)["melding_vangnet"].uiterlijk == date(2025, 3, 6)

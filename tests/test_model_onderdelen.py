"""Tests for the parts of a Traject: events, roles, driegesprekken, goals, activities,
sporen and the separate medical record."""

from __future__ import annotations

from datetime import UTC, date, datetime

import attrs
import pytest

import reintegratie.gebeurtenissen as gb
from reintegratie.activiteiten import (
    BRON_GROEPSOMVANG,
    EFFECTIEVE_GROEPSOMVANG,
    Activiteit,
    Activiteitsoort,
    Energie,
    Groepsprogramma,
    Nazorg,
    Opbouwstap,
    Plaatsingsvorm,
    Werkervaringsplaats,
)
from reintegratie.doelen import Doelstatus, Leerdoel, Meetperiode, Meting, Prestatiedoel, Voortgang
from reintegratie.errors import ValidationError
from reintegratie.gebeurtenissen import (
    GEBEURTENISSOORTEN,
    AanvraagVervroegdeIva,
    ArbeidsdeskundigOnderzoek,
    AttestDefinitieveOngeschiktheid,
    Bekorting,
    Beroep,
    BeslissingArbeidsarts,
    Deskundigenoordeel,
    DeskundigenoordeelVraag,
    DreigendLangdurigVerzuim,
    Eerstejaarsevaluatie,
    EindeDienstverband,
    Eindevaluatie,
    Evaluatie,
    Herstelmelding,
    Loonsanctie,
    Melding42eWeek,
    MeldingArbeidsarts,
    MeldingBedrijfsarts,
    MeldingVangnet,
    MeldingZiekUitDienst,
    PlanVanAanpak,
    Probleemanalyse,
    ReactieWerknemer,
    ReIntegratieplan,
    ReIntegratieverslag,
    UwvBriefWia,
    VerkortingVerlenging,
    VerslagOnderdeel,
    VerzoekReintegratie,
    VrijwilligeVerlenging,
    WiaAanvraag,
    Ziekmelding,
)
from reintegratie.gesprek import Afspraak, Driegesprek
from reintegratie.medisch import MedischDossier, MedischeAantekening
from reintegratie.rollen import ADVISEURSROLLEN, Betrokkene, Rol
from reintegratie.spoor import Fase, Spoor, Spoor1Werk, Spoor2Stap, Spoorresultaat, Spoorsoort

D = date(2026, 1, 5)  # a Monday, used as a neutral date


def _fout(exc: pytest.ExceptionInfo[ValidationError], veld: str, woord: str) -> None:
    """The error names *veld* exactly and its reason contains *woord*."""
    assert exc.value.field == veld
    assert woord in exc.value.reason
    assert str(exc.value) == f"{veld}: {exc.value.reason}"


# --- events -----------------------------------------------------------------------

# The stable codes of the poortwachter steps plus the other recorded facts.
VERWACHTE_CODES = {
    "ziekmelding": Ziekmelding,
    "melding_bedrijfsarts": MeldingBedrijfsarts,
    "probleemanalyse": Probleemanalyse,
    "plan_van_aanpak": PlanVanAanpak,
    "evaluatie": Evaluatie,
    "melding_42e_week": Melding42eWeek,
    "eerstejaarsevaluatie": Eerstejaarsevaluatie,
    "arbeidsdeskundig_onderzoek": ArbeidsdeskundigOnderzoek,
    "re_integratieverslag": ReIntegratieverslag,
    "wia_aanvraag": WiaAanvraag,
    "deskundigenoordeel": Deskundigenoordeel,
    "loonsanctie": Loonsanctie,
    "bekorting": Bekorting,
    "vrijwillige_verlenging": VrijwilligeVerlenging,
    "herstelmelding": Herstelmelding,
    "einde_dienstverband": EindeDienstverband,
    # End of employment, vangnet and vervroegde IVA (0.3.0).
    "melding_ziek_uit_dienst": MeldingZiekUitDienst,
    "eindevaluatie": Eindevaluatie,
    "melding_vangnet": MeldingVangnet,
    "aanvraag_vervroegde_iva": AanvraagVervroegdeIva,
    # The Flemish re-integratietraject (0.2.0).
    "melding_arbeidsarts": MeldingArbeidsarts,
    "attest_definitieve_ongeschiktheid": AttestDefinitieveOngeschiktheid,
    "verzoek_reintegratie": VerzoekReintegratie,
    "beslissing_arbeidsarts": BeslissingArbeidsarts,
    "re_integratieplan": ReIntegratieplan,
    "reactie_werknemer": ReactieWerknemer,
    "beroep": Beroep,
    "dreigend_langdurig_verzuim": DreigendLangdurigVerzuim,
    "uwv_brief_wia": UwvBriefWia,
    "verkorting_verlenging": VerkortingVerlenging,
    # RIT 3.0, medische overmacht and Terug Naar Werk (0.2.0).
    "instemming_reintegratie": gb.InstemmingWerknemer,
    "evaluatie_arbeidspotentieel": gb.EvaluatieArbeidspotentieel,
    "geweigerde_uitnodiging": gb.GeweigerdeUitnodiging,
    "verzoek_medische_overmacht": gb.VerzoekMedischeOvermacht,
    "onderzoek_medische_overmacht": gb.OnderzoekMedischeOvermacht,
    "beslissing_medische_overmacht": gb.BeslissingMedischeOvermacht,
    "tnw_vragenlijst": gb.TnwVragenlijst,
    "tnw_vragenlijst_terug": gb.TnwVragenlijstTerug,
    "tnw_beoordeling": gb.TnwBeoordeling,
    "tnw_eerste_contact": gb.TnwEersteContact,
}

#: The required fields besides datum of the event kinds that have them.
_VERPLICHT: dict[type, dict[str, object]] = {
    Loonsanctie: {"weken": 13},
    VrijwilligeVerlenging: {"weken": 13},
    VerkortingVerlenging: {"weken": 13},
    BeslissingArbeidsarts: {"beslissing": gb.ReIntegratiebeslissing.A},
    gb.GeweigerdeUitnodiging: {"volgnummer": 1},
    gb.BeslissingMedischeOvermacht: {"definitief_ongeschikt": False},
}


def _extra(soort: type) -> dict[str, object]:
    """The required fields besides datum of an event kind."""
    return _VERPLICHT.get(soort, {})


def _gebeurtenis(soort: type) -> object:
    """One valid instance of an event kind."""
    return soort(datum=D, **_extra(soort))


class TestGebeurtenissoorten:
    """The registry of event kinds and their stable codes."""

    def test_codes_zijn_stabiel(self):
        """GEBEURTENISSOORTEN maps exactly the documented codes to their classes."""
        assert GEBEURTENISSOORTEN == VERWACHTE_CODES

    @pytest.mark.parametrize(("code", "soort"), sorted(VERWACHTE_CODES.items()))
    def test_code_op_klasse_en_instantie(self, code, soort):
        """Each kind carries its code on the class and on instances."""
        assert soort.code == code
        assert _gebeurtenis(soort).code == code

    @pytest.mark.parametrize("soort", list(VERWACHTE_CODES.values()))
    def test_alleen_einde_dienstverband_kan_voor_ziekte(self, soort):
        """Only EindeDienstverband may lie before the first sick day."""
        assert soort.kan_voor_ziekte is (soort is EindeDienstverband)

    @pytest.mark.parametrize("soort", list(VERWACHTE_CODES.values()))
    def test_datum_moet_date_zijn(self, soort):
        """Every event refuses a datetime as datum and names its own class."""
        with pytest.raises(ValidationError) as exc:
            soort(datum=datetime(2026, 1, 5, 9, 0, tzinfo=UTC), **_extra(soort))
        _fout(exc, f"{soort.__name__}.datum", "datetime")

    @pytest.mark.parametrize("soort", list(VERWACHTE_CODES.values()))
    def test_datum_als_tekst(self, soort):
        """Every event refuses a string as datum."""
        with pytest.raises(ValidationError) as exc:
            soort(datum="2026-01-05", **_extra(soort))
        _fout(exc, f"{soort.__name__}.datum", "expected a date")

    def test_code_is_geen_veld(self):
        """code and kan_voor_ziekte are class variables, not constructor fields."""
        namen = {f.name for f in attrs.fields(Ziekmelding)}
        assert namen == {"datum"}


class TestPlanVanAanpak:
    """The plan van aanpak names a casemanager and a re-integratievisie."""

    def test_standaard(self):
        """By default no casemanager and no re-integratievisie are recorded."""
        plan = PlanVanAanpak(datum=D)
        assert plan.casemanager is None
        assert plan.re_integratievisie is False

    def test_met_casemanager(self):
        """A casemanager id and a visie can be recorded."""
        plan = PlanVanAanpak(datum=D, casemanager="CM-1", re_integratievisie=True)
        assert plan.casemanager == "CM-1"
        assert plan.re_integratievisie

    def test_lege_casemanager(self):
        """An empty casemanager id is refused."""
        with pytest.raises(ValidationError) as exc:
            PlanVanAanpak(datum=D, casemanager="  ")
        _fout(exc, "PlanVanAanpak.casemanager", "empty")

    def test_visie_moet_bool_zijn(self):
        """re_integratievisie must be a real bool."""
        with pytest.raises(ValidationError) as exc:
            PlanVanAanpak(datum=D, re_integratievisie=1)
        _fout(exc, "PlanVanAanpak.re_integratievisie", "True or False")


class TestOverigeGebeurtenissen:
    """Fields of the events that carry more than a date."""

    def test_evaluatie_bijstelling(self):
        """An evaluation records whether the plan was adjusted."""
        assert Evaluatie(datum=D).bijstelling is False
        assert Evaluatie(datum=D, bijstelling=True).bijstelling is True
        with pytest.raises(ValidationError) as exc:
            Evaluatie(datum=D, bijstelling="ja")
        _fout(exc, "Evaluatie.bijstelling", "True or False")

    def test_eerstejaarsevaluatie_beslissing(self):
        """The first-year evaluation's spoor 2 decision is None, True or False."""
        assert Eerstejaarsevaluatie(datum=D).spoor_2_nodig is None
        assert Eerstejaarsevaluatie(datum=D, spoor_2_nodig=False).spoor_2_nodig is False
        with pytest.raises(ValidationError) as exc:
            Eerstejaarsevaluatie(datum=D, spoor_2_nodig=0)
        _fout(exc, "Eerstejaarsevaluatie.spoor_2_nodig", "True or False")

    def test_deskundigenoordeel_vraag(self):
        """A deskundigenoordeel asks a DeskundigenoordeelVraag (default passende arbeid)."""
        assert Deskundigenoordeel(datum=D).vraag is DeskundigenoordeelVraag.PASSENDE_ARBEID
        with pytest.raises(ValidationError) as exc:
            Deskundigenoordeel(datum=D, vraag="passende_arbeid")
        _fout(exc, "Deskundigenoordeel.vraag", "DeskundigenoordeelVraag")

    @pytest.mark.parametrize("weken", [1, 26, 52])
    def test_loonsanctie_geldig(self, weken):
        """A loonsanctie of 1 to 52 weeks is accepted."""
        assert Loonsanctie(datum=D, weken=weken).weken == weken

    @pytest.mark.parametrize(("weken", "woord"), [(0, "at least 1"), (53, "at most 52")])
    def test_loonsanctie_ongeldig(self, weken, woord):
        """A loonsanctie of 0 or 53 weeks is refused (at most 52, WIA 25 lid 9)."""
        with pytest.raises(ValidationError) as exc:
            Loonsanctie(datum=D, weken=weken)
        _fout(exc, "Loonsanctie.weken", woord)

    def test_loonsanctie_weken_verplicht(self):
        """A loonsanctie without weeks cannot be built."""
        with pytest.raises(TypeError):
            Loonsanctie(datum=D)  # type: ignore[call-arg]

    def test_loonsanctie_weken_geen_float(self):
        """Weeks are whole numbers."""
        with pytest.raises(ValidationError) as exc:
            Loonsanctie(datum=D, weken=10.0)
        _fout(exc, "Loonsanctie.weken", "whole number")

    @pytest.mark.parametrize("weken", [13, 52, 53, 104])
    def test_vrijwillige_verlenging_geldig(self, weken):
        """A first voluntary extension of at least 13 weeks, with no maximum, is accepted
        (uwv.nl: "De minimumperiode van de verlenging is 13 weken. Er is geen maximum")."""
        assert VrijwilligeVerlenging(datum=D, weken=weken).weken == weken

    @pytest.mark.parametrize("weken", [1, 12])
    def test_verdere_verlenging_korter(self, weken):
        """A further extension may be shorter than 13 weeks (WIA art. 24 lid 2)."""
        assert VrijwilligeVerlenging(datum=D, weken=weken, verdere=True).weken == weken

    @pytest.mark.parametrize(
        ("weken", "woord"), [(0, "at least 1"), (1, "at least 13"), (12, "at least 13")]
    )
    def test_vrijwillige_verlenging_ongeldig(self, weken, woord):
        """A first voluntary extension of 0 or of fewer than 13 weeks is refused."""
        with pytest.raises(ValidationError) as exc:
            VrijwilligeVerlenging(datum=D, weken=weken)
        _fout(exc, "VrijwilligeVerlenging.weken", woord)


class TestReIntegratieverslag:
    """Completeness of the re-integratieverslag."""

    def test_standaard_volledig(self):
        """By default the report holds every part."""
        verslag = ReIntegratieverslag(datum=D)
        assert verslag.onderdelen == frozenset(VerslagOnderdeel)
        assert verslag.ontbrekend == frozenset()
        assert verslag.is_volledig

    def test_zeven_onderdelen(self):
        """A complete report has seven parts, among them the actueel oordeel."""
        assert len(VerslagOnderdeel) == 7
        assert VerslagOnderdeel.ACTUEEL_OORDEEL in frozenset(VerslagOnderdeel)

    def test_ontbrekend(self):
        """A report without eindevaluatie and actueel oordeel lacks exactly those."""
        zonder = frozenset(VerslagOnderdeel) - {
            VerslagOnderdeel.EINDEVALUATIE,
            VerslagOnderdeel.ACTUEEL_OORDEEL,
        }
        verslag = ReIntegratieverslag(datum=D, onderdelen=zonder)
        assert verslag.ontbrekend == {
            VerslagOnderdeel.EINDEVALUATIE,
            VerslagOnderdeel.ACTUEEL_OORDEEL,
        }
        assert not verslag.is_volledig

    def test_leeg(self):
        """An empty report lacks everything."""
        verslag = ReIntegratieverslag(datum=D, onderdelen=frozenset())
        assert verslag.ontbrekend == frozenset(VerslagOnderdeel)
        assert not verslag.is_volledig

    def test_set_in_plaats_van_frozenset(self):
        """A mutable set is refused: the object must stay immutable."""
        with pytest.raises(ValidationError) as exc:
            ReIntegratieverslag(datum=D, onderdelen={VerslagOnderdeel.EVALUATIES})
        _fout(exc, "ReIntegratieverslag.onderdelen", "frozenset")

    def test_tekst_als_onderdeel(self):
        """Parts must be VerslagOnderdeel members, not their string values."""
        with pytest.raises(ValidationError) as exc:
            ReIntegratieverslag(datum=D, onderdelen=frozenset({"evaluaties"}))
        _fout(exc, "ReIntegratieverslag.onderdelen", "VerslagOnderdeel")


# --- roles ------------------------------------------------------------------------


class TestBetrokkene:
    """People involved, by opaque id."""

    def test_rollen(self):
        """heeft_rol reports the roles held."""
        b = Betrokkene(
            id="CM-1", rollen=frozenset({Rol.CASEMANAGER, Rol.LEIDINGGEVENDE}), organisatie="OMO"
        )
        assert b.heeft_rol(Rol.CASEMANAGER)
        assert b.heeft_rol(Rol.LEIDINGGEVENDE)
        assert not b.heeft_rol(Rol.BEDRIJFSARTS)
        assert b.leidinggevende_van_werknemer is False

    def test_adviseursrollen(self):
        """Advisers are casemanager, bedrijfsarts, arbeidsdeskundige, loopbaanadviseur,
        jobcoach and re-integratiebedrijf; not the employer side or UWV."""
        assert {
            Rol.CASEMANAGER,
            Rol.BEDRIJFSARTS,
            Rol.ARBEIDSDESKUNDIGE,
            Rol.LOOPBAANADVISEUR,
            Rol.JOBCOACH,
            Rol.RE_INTEGRATIEBEDRIJF,
        } == ADVISEURSROLLEN
        for rol in (Rol.WERKNEMER, Rol.WERKGEVER, Rol.LEIDINGGEVENDE, Rol.UWV):
            assert rol not in ADVISEURSROLLEN

    def test_rol_werknemer_geweigerd(self):
        """The employee is Traject.werknemer, never a betrokkene with role werknemer."""
        with pytest.raises(ValidationError) as exc:
            Betrokkene(id="X", rollen=frozenset({Rol.WERKNEMER, Rol.JOBCOACH}), organisatie="O")
        _fout(exc, "Betrokkene.rollen", "werknemer")

    def test_geen_rollen(self):
        """A betrokkene needs at least one role."""
        with pytest.raises(ValidationError) as exc:
            Betrokkene(id="X", rollen=frozenset(), organisatie="O")
        _fout(exc, "Betrokkene.rollen", "at least one role")

    def test_set_in_plaats_van_frozenset(self):
        """Roles must be a frozenset."""
        with pytest.raises(ValidationError) as exc:
            Betrokkene(id="X", rollen={Rol.JOBCOACH}, organisatie="O")
        _fout(exc, "Betrokkene.rollen", "frozenset")

    def test_tekst_als_rol(self):
        """Roles must be Rol members, not their string values."""
        with pytest.raises(ValidationError) as exc:
            Betrokkene(id="X", rollen=frozenset({"jobcoach"}), organisatie="O")
        _fout(exc, "Betrokkene.rollen", "Rol")

    @pytest.mark.parametrize("veld", ["id", "organisatie"])
    def test_lege_tekst(self, veld):
        """id and organisatie must not be empty."""
        waarden = {"id": "X", "rollen": frozenset({Rol.JOBCOACH}), "organisatie": "O"}
        waarden[veld] = ""
        with pytest.raises(ValidationError) as exc:
            Betrokkene(**waarden)
        _fout(exc, f"Betrokkene.{veld}", "empty")


# --- driegesprek ------------------------------------------------------------------


class TestDriegesprek:
    """A three-way conversation and its agreements."""

    def test_geldig(self):
        """Three participants, topics and an agreement by a participant."""
        gesprek = Driegesprek(
            datum=D,
            deelnemers=("W-1", "L-1", "A-1"),
            onderwerpen=("voortgang",),
            afspraken=(Afspraak(wat="beroepenonderzoek", wie="W-1", uiterlijk=date(2026, 2, 2)),),
        )
        assert gesprek.deelnemers == ("W-1", "L-1", "A-1")
        assert gesprek.afspraken[0].wie == "W-1"

    def test_vier_deelnemers(self):
        """The arbeidsdeskundige may join: four participants are fine."""
        assert len(Driegesprek(datum=D, deelnemers=("W-1", "L-1", "A-1", "AD-1")).deelnemers) == 4

    def test_afspraak_op_de_dag_zelf(self):
        """An agreement due on the day of the meeting itself is fine."""
        Driegesprek(
            datum=D, deelnemers=("W-1", "L-1", "A-1"), afspraken=(Afspraak("bellen", "L-1", D),)
        )

    def test_twee_deelnemers(self):
        """Two participants are not a driegesprek."""
        with pytest.raises(ValidationError) as exc:
            Driegesprek(datum=D, deelnemers=("W-1", "L-1"))
        _fout(exc, "Driegesprek.deelnemers", "at least three")

    def test_dubbele_deelnemer(self):
        """A participant listed twice is refused (and does not count as a third)."""
        with pytest.raises(ValidationError) as exc:
            Driegesprek(datum=D, deelnemers=("W-1", "L-1", "W-1"))
        _fout(exc, "Driegesprek.deelnemers", "twice")

    def test_lijst_in_plaats_van_tuple(self):
        """Participants must be a tuple."""
        with pytest.raises(ValidationError) as exc:
            Driegesprek(datum=D, deelnemers=["W-1", "L-1", "A-1"])
        _fout(exc, "Driegesprek.deelnemers", "tuple")

    def test_lege_deelnemer(self):
        """An empty participant id is refused with its index."""
        with pytest.raises(ValidationError) as exc:
            Driegesprek(datum=D, deelnemers=("W-1", "", "A-1"))
        _fout(exc, "Driegesprek.deelnemers[1]", "empty")

    def test_leeg_onderwerp(self):
        """An empty topic is refused with its index."""
        with pytest.raises(ValidationError) as exc:
            Driegesprek(datum=D, deelnemers=("W-1", "L-1", "A-1"), onderwerpen=(" ",))
        _fout(exc, "Driegesprek.onderwerpen[0]", "empty")

    def test_afspraak_met_niet_deelnemer(self):
        """An agreement by someone who did not take part is refused."""
        with pytest.raises(ValidationError) as exc:
            Driegesprek(
                datum=D,
                deelnemers=("W-1", "L-1", "A-1"),
                afspraken=(Afspraak("a", "W-1"), Afspraak(wat="cv", wie="X-9")),
            )
        _fout(exc, "Driegesprek.afspraken[1].wie", "not a participant")

    def test_afspraak_voor_het_gesprek(self):
        """An agreement due before the meeting is refused."""
        with pytest.raises(ValidationError) as exc:
            Driegesprek(
                datum=D,
                deelnemers=("W-1", "L-1", "A-1"),
                afspraken=(Afspraak(wat="cv", wie="W-1", uiterlijk=date(2026, 1, 4)),),
            )
        _fout(exc, "Driegesprek.afspraken[0].uiterlijk", "precedes")

    def test_afspraak_zonder_wat(self):
        """An agreement needs a what."""
        with pytest.raises(ValidationError) as exc:
            Afspraak(wat="", wie="W-1")
        _fout(exc, "Afspraak.wat", "empty")

    def test_afspraak_uiterlijk_datetime(self):
        """An agreement's deadline is a date."""
        with pytest.raises(ValidationError) as exc:
            Afspraak(wat="cv", wie="W-1", uiterlijk=datetime(2026, 2, 1, tzinfo=UTC))
        _fout(exc, "Afspraak.uiterlijk", "datetime")

    def test_afspraak_geen_afspraak_object(self):
        """afspraken holds Afspraak objects only."""
        with pytest.raises(ValidationError) as exc:
            Driegesprek(datum=D, deelnemers=("W-1", "L-1", "A-1"), afspraken=("cv maken",))
        _fout(exc, "Driegesprek.afspraken[0]", "Afspraak")


# --- goals ------------------------------------------------------------------------


class TestLeerdoel:
    """A learning goal with judged progress."""

    def test_laatste_voortgang(self):
        """laatste_voortgang is the most recent percentage, None before any."""
        doel = Leerdoel(omschrijving="vacatures vinden", gesteld_op=D)
        assert doel.laatste_voortgang is None
        doel = Leerdoel(
            omschrijving="vacatures vinden",
            gesteld_op=D,
            voortgang=(
                Voortgang(datum=date(2026, 1, 19), percentage=20),
                Voortgang(datum=date(2026, 2, 16), percentage=60, toelichting="goed"),
            ),
        )
        assert doel.laatste_voortgang == 60

    def test_voortgang_op_gesteld_op(self):
        """Progress judged on the day the goal was set is fine; equal dates too."""
        Leerdoel(
            omschrijving="x",
            gesteld_op=D,
            voortgang=(Voortgang(datum=D, percentage=0), Voortgang(datum=D, percentage=10)),
        )

    def test_voortgang_voor_gesteld_op(self):
        """Progress before the goal was set is refused."""
        with pytest.raises(ValidationError) as exc:
            Leerdoel(
                omschrijving="x",
                gesteld_op=D,
                voortgang=(Voortgang(datum=date(2026, 1, 4), percentage=10),),
            )
        _fout(exc, "Leerdoel.voortgang[0].datum", "precedes the date the goal was set")

    def test_voortgang_niet_op_volgorde(self):
        """Progress entries out of date order are refused."""
        with pytest.raises(ValidationError) as exc:
            Leerdoel(
                omschrijving="x",
                gesteld_op=D,
                voortgang=(
                    Voortgang(datum=date(2026, 2, 1), percentage=10),
                    Voortgang(datum=date(2026, 1, 20), percentage=20),
                ),
            )
        _fout(exc, "Leerdoel.voortgang[1].datum", "previous")

    @pytest.mark.parametrize(("percentage", "woord"), [(101, "at most 100"), (-1, "at least 0")])
    def test_voortgang_percentage(self, percentage, woord):
        """Progress is 0..100 percent."""
        with pytest.raises(ValidationError) as exc:
            Voortgang(datum=D, percentage=percentage)
        _fout(exc, "Voortgang.percentage", woord)

    def test_lege_omschrijving(self):
        """A goal needs a description."""
        with pytest.raises(ValidationError) as exc:
            Leerdoel(omschrijving="", gesteld_op=D)
        _fout(exc, "Leerdoel.omschrijving", "empty")


class TestPrestatiedoel:
    """A performance goal measured against its target."""

    def _doel(self, *waarden: int) -> Prestatiedoel:
        metingen = tuple(
            Meting(datum=date(2026, 1, 12 + 7 * i), waarde=w) for i, w in enumerate(waarden)
        )
        return Prestatiedoel(
            omschrijving="sollicitaties",
            gesteld_op=D,
            doelwaarde=4,
            eenheid="sollicitaties",
            metingen=metingen,
        )

    def test_standaard_per_week(self):
        """A target applies per week by default."""
        assert self._doel().per is Meetperiode.WEEK

    def test_laatste_realisatie(self):
        """3 of 4 is 0.75; 5 of 4 is 1.25 (may exceed 1); none is None."""
        assert self._doel().laatste_realisatie is None
        assert self._doel(3).laatste_realisatie == 0.75
        assert self._doel(3, 5).laatste_realisatie == 1.25
        assert self._doel(5, 0).laatste_realisatie == 0.0

    def test_gehaald(self):
        """A measurement reaches the target at 4 or more, not at 3."""
        doel = self._doel()
        assert not doel.gehaald(Meting(datum=D, waarde=3))
        assert doel.gehaald(Meting(datum=D, waarde=4))
        assert doel.gehaald(Meting(datum=D, waarde=9))

    def test_doelwaarde_nul(self):
        """A target of 0 is refused (nothing to reach)."""
        with pytest.raises(ValidationError) as exc:
            Prestatiedoel(omschrijving="x", gesteld_op=D, doelwaarde=0, eenheid="stuks")
        _fout(exc, "Prestatiedoel.doelwaarde", "more than 0")

    def test_metingen_niet_op_volgorde(self):
        """Measurements out of date order are refused."""
        with pytest.raises(ValidationError) as exc:
            Prestatiedoel(
                omschrijving="x",
                gesteld_op=D,
                doelwaarde=4,
                eenheid="stuks",
                metingen=(Meting(datum=date(2026, 1, 19), waarde=1), Meting(D, 2)),
            )
        _fout(exc, "Prestatiedoel.metingen[1].datum", "previous")

    def test_meting_voor_gesteld_op(self):
        """A measurement before the goal was set is refused."""
        with pytest.raises(ValidationError) as exc:
            Prestatiedoel(
                omschrijving="x",
                gesteld_op=D,
                doelwaarde=4,
                eenheid="stuks",
                metingen=(Meting(datum=date(2025, 12, 29), waarde=1),),
            )
        _fout(exc, "Prestatiedoel.metingen[0].datum", "precedes")

    def test_negatieve_meting(self):
        """A measured value is at least 0."""
        with pytest.raises(ValidationError) as exc:
            Meting(datum=D, waarde=-1)
        _fout(exc, "Meting.waarde", "at least 0")

    def test_per_als_tekst(self):
        """per must be a Meetperiode."""
        with pytest.raises(ValidationError) as exc:
            Prestatiedoel(omschrijving="x", gesteld_op=D, doelwaarde=4, eenheid="s", per="week")
        _fout(exc, "Prestatiedoel.per", "Meetperiode")

    def test_leerdoel_en_prestatiedoel_zijn_verschillend(self):
        """The two kinds are distinct classes without a shared base besides object."""
        assert not issubclass(Leerdoel, Prestatiedoel)
        assert not issubclass(Prestatiedoel, Leerdoel)


# --- activities -------------------------------------------------------------------


class TestActiviteit:
    """One activity with its energy effect."""

    def test_standaard(self):
        """An activity defaults to kind OVERIG and no end."""
        a = Activiteit(omschrijving="wandelen in het bos", start=D, energie=Energie.GEEFT)
        assert a.soort is Activiteitsoort.OVERIG
        assert a.einde is None

    def test_einde_op_start(self):
        """An activity may end on the day it starts."""
        Activiteit(omschrijving="x", start=D, energie=Energie.KOST, einde=D)

    def test_einde_voor_start(self):
        """An activity ending before it starts is refused."""
        with pytest.raises(ValidationError) as exc:
            Activiteit(omschrijving="x", start=D, energie=Energie.KOST, einde=date(2026, 1, 4))
        _fout(exc, "Activiteit.einde", "precedes")

    def test_energie_als_tekst(self):
        """energie must be an Energie member."""
        with pytest.raises(ValidationError) as exc:
            Activiteit(omschrijving="x", start=D, energie="geeft")
        _fout(exc, "Activiteit.energie", "Energie")


class TestGroepsprogramma:
    """Group programmes: any size allowed, 8 to 12 is effective (outplacement practice)."""

    @staticmethod
    def _groep(n: int) -> Groepsprogramma:
        return Groepsprogramma(
            naam="heroriëntatie", start=D, deelnemers=tuple(f"W-{i}" for i in range(n))
        )

    def test_effectieve_omvang_constante(self):
        """The effective size is 8 to 12, citing outplacement practice."""
        assert EFFECTIEVE_GROEPSOMVANG == (8, 12)
        assert "8 tot 12" in BRON_GROEPSOMVANG

    @pytest.mark.parametrize(
        ("n", "effectief"), [(1, False), (7, False), (8, True), (10, True), (12, True), (13, False)]
    )
    def test_binnen_effectieve_omvang(self, n, effectief):
        """False at 7 and 13, true at 8 and 12 (inclusive bounds)."""
        groep = self._groep(n)
        assert groep.omvang == n
        assert groep.binnen_effectieve_omvang is effectief

    def test_leeg(self):
        """A group without participants is refused."""
        with pytest.raises(ValidationError) as exc:
            Groepsprogramma(naam="x", start=D, deelnemers=())
        _fout(exc, "Groepsprogramma.deelnemers", "participants")

    def test_dubbele_deelnemer(self):
        """A participant listed twice is refused."""
        with pytest.raises(ValidationError) as exc:
            Groepsprogramma(naam="x", start=D, deelnemers=("W-1", "W-2", "W-1"))
        _fout(exc, "Groepsprogramma.deelnemers", "twice")

    def test_einde_voor_start(self):
        """A programme ending before it starts is refused."""
        with pytest.raises(ValidationError) as exc:
            Groepsprogramma(naam="x", start=D, deelnemers=("W-1",), einde=date(2026, 1, 1))
        _fout(exc, "Groepsprogramma.einde", "precedes")


class TestWerkervaringsplaats:
    """A placement with a graded build-up of hours."""

    @staticmethod
    def _plaats(einde: date | None = None) -> Werkervaringsplaats:
        # 8 hours from 6 Apr, 16 from 4 May, 24 from 1 Jun 2026.
        return Werkervaringsplaats(
            organisatie="Kringloop Noord",
            start=date(2026, 4, 6),
            opbouw=(
                Opbouwstap(vanaf=date(2026, 4, 6), uren_per_week=8),
                Opbouwstap(vanaf=date(2026, 5, 4), uren_per_week=16),
                Opbouwstap(vanaf=date(2026, 6, 1), uren_per_week=24),
            ),
            einde=einde,
        )

    def test_standaard_vorm(self):
        """The default form is a werkervaringsplaats."""
        assert self._plaats().vorm is Plaatsingsvorm.WERKERVARINGSPLAATS

    def test_uren_op(self):
        """Hours follow the build-up, 0 before the start."""
        plaats = self._plaats()
        assert plaats.uren_op(date(2026, 4, 5)) == 0
        assert plaats.uren_op(date(2026, 4, 6)) == 8
        assert plaats.uren_op(date(2026, 5, 3)) == 8
        assert plaats.uren_op(date(2026, 5, 4)) == 16
        assert plaats.uren_op(date(2026, 5, 31)) == 16
        assert plaats.uren_op(date(2026, 6, 1)) == 24
        assert plaats.uren_op(date(2027, 1, 1)) == 24

    def test_uren_na_einde(self):
        """After the placement ends the hours are 0; on the last day they still count."""
        plaats = self._plaats(einde=date(2026, 6, 30))
        assert plaats.uren_op(date(2026, 6, 30)) == 24
        assert plaats.uren_op(date(2026, 7, 1)) == 0

    def test_is_oplopend(self):
        """8, 16, 24 hours rise; a step down is not a build-up."""
        assert self._plaats().is_oplopend
        terug = Werkervaringsplaats(
            organisatie="X",
            start=D,
            opbouw=(Opbouwstap(D, 16), Opbouwstap(date(2026, 2, 2), 8)),
        )
        assert not terug.is_oplopend
        gelijk = Werkervaringsplaats(
            organisatie="X",
            start=D,
            opbouw=(Opbouwstap(D, 16), Opbouwstap(date(2026, 2, 2), 16)),
        )
        assert gelijk.is_oplopend

    def test_een_stap_is_oplopend(self):
        """A single step is trivially a build-up."""
        assert Werkervaringsplaats(organisatie="X", start=D, opbouw=(Opbouwstap(D, 4),)).is_oplopend

    def test_opbouw_begint_niet_bij_start(self):
        """The build-up must start on the placement's first day."""
        with pytest.raises(ValidationError) as exc:
            Werkervaringsplaats(
                organisatie="X", start=D, opbouw=(Opbouwstap(date(2026, 1, 12), 8),)
            )
        _fout(exc, "Werkervaringsplaats.opbouw[0].vanaf", "starts with the placement")

    def test_stappen_niet_op_volgorde(self):
        """Steps out of date order are refused."""
        with pytest.raises(ValidationError) as exc:
            Werkervaringsplaats(
                organisatie="X",
                start=D,
                opbouw=(
                    Opbouwstap(D, 8),
                    Opbouwstap(date(2026, 2, 2), 16),
                    Opbouwstap(date(2026, 1, 19), 24),
                ),
            )
        _fout(exc, "Werkervaringsplaats.opbouw[2].vanaf", "date order")

    def test_twee_stappen_zelfde_dag(self):
        """Two steps on the same day are refused."""
        with pytest.raises(ValidationError) as exc:
            Werkervaringsplaats(
                organisatie="X", start=D, opbouw=(Opbouwstap(D, 8), Opbouwstap(D, 16))
            )
        _fout(exc, "Werkervaringsplaats.opbouw[1].vanaf", "date order")

    def test_stap_na_einde(self):
        """A step after the placement ends is refused."""
        with pytest.raises(ValidationError) as exc:
            Werkervaringsplaats(
                organisatie="X",
                start=D,
                einde=date(2026, 1, 31),
                opbouw=(Opbouwstap(D, 8), Opbouwstap(date(2026, 2, 2), 16)),
            )
        _fout(exc, "Werkervaringsplaats.opbouw[1].vanaf", "after the placement ends")

    def test_geen_opbouw(self):
        """A placement needs at least one step."""
        with pytest.raises(ValidationError) as exc:
            Werkervaringsplaats(organisatie="X", start=D, opbouw=())
        _fout(exc, "Werkervaringsplaats.opbouw", "at least one step")

    @pytest.mark.parametrize("uren", [0.5, 1, 40, 60, 60.0])
    def test_geldige_uren(self, uren):
        """More than 0 and at most 60 hours a week are accepted, int or float."""
        assert Opbouwstap(vanaf=D, uren_per_week=uren).uren_per_week == uren

    @pytest.mark.parametrize(
        ("uren", "woord"),
        [(0, "more than 0"), (-4, "more than 0"), (61, "at most 60"), (60.5, "at most 60")],
    )
    def test_ongeldige_uren(self, uren, woord):
        """0, negative and more than 60 hours are refused."""
        with pytest.raises(ValidationError) as exc:
            Opbouwstap(vanaf=D, uren_per_week=uren)
        _fout(exc, "Opbouwstap.uren_per_week", woord)

    @pytest.mark.parametrize("uren", [True, "8", None])
    def test_uren_geen_getal(self, uren):
        """A bool, a string or None is not a number of hours."""
        with pytest.raises(ValidationError) as exc:
            Opbouwstap(vanaf=D, uren_per_week=uren)
        _fout(exc, "Opbouwstap.uren_per_week", "number of hours")

    def test_niet_eindig_aantal_uren(self):
        """NaN and infinity are refused."""
        for uren in (float("nan"), float("inf")):
            with pytest.raises(ValidationError):
                Opbouwstap(vanaf=D, uren_per_week=uren)


class TestNazorg:
    """Guidance after the new job starts; a jobcoach may stay years."""

    def test_duur_dagen(self):
        """1 Apr 2026 .. 31 Mar 2029 is 365 + 366 + 365 = 1096 days (29 Feb 2028 inside)."""
        nazorg = Nazorg(start=date(2026, 4, 1), einde=date(2029, 3, 31), aanbieder="JC-1")
        assert nazorg.duur_dagen(date(2026, 3, 31)) == 0
        assert nazorg.duur_dagen(date(2026, 4, 1)) == 1
        # 1..30 April = 30 days.
        assert nazorg.duur_dagen(date(2026, 4, 30)) == 30
        assert nazorg.duur_dagen(date(2029, 3, 31)) == 1096
        assert nazorg.duur_dagen(date(2035, 1, 1)) == 1096

    def test_open_nazorg(self):
        """Open nazorg counts up to the reference date."""
        # 1 Apr .. 1 May 2026 = 30 + 1 = 31 days.
        assert Nazorg(start=date(2026, 4, 1)).duur_dagen(date(2026, 5, 1)) == 31

    def test_einde_voor_start(self):
        """Nazorg ending before it starts is refused."""
        with pytest.raises(ValidationError) as exc:
            Nazorg(start=D, einde=date(2025, 12, 31))
        _fout(exc, "Nazorg.einde", "precedes")

    def test_lege_aanbieder(self):
        """An empty provider id is refused."""
        with pytest.raises(ValidationError) as exc:
            Nazorg(start=D, aanbieder="")
        _fout(exc, "Nazorg.aanbieder", "empty")


# --- spoor ------------------------------------------------------------------------


def _spoor2(**extra: object) -> Spoor:
    waarden: dict[str, object] = {
        "soort": Spoorsoort.SPOOR_2,
        "start": date(2026, 9, 1),
        "fasen": (
            Fase(stap=Spoor2Stap.REGIE, vanaf=date(2026, 9, 1)),
            Fase(stap=Spoor2Stap.ZELFONDERZOEK, vanaf=date(2026, 10, 1)),
            Fase(stap=Spoor2Stap.SOLLICITEREN, vanaf=date(2026, 11, 2)),
        ),
    }
    waarden.update(extra)
    return Spoor(**waarden)


class TestSpoor:
    """Spoor 1 and spoor 2."""

    def test_zeven_stappen(self):
        """Spoor 2 has the seven steps of a successful spoor 2, in order."""
        assert [s.value for s in Spoor2Stap] == [
            "regie",
            "zelfonderzoek",
            "poortwachter_wia",
            "geen_conflict",
            "solliciteren",
            "werkervaring",
            "nieuwe_baan",
        ]

    def test_stap_op(self):
        """stap_op gives the step in force on a date, None before the first step."""
        spoor = _spoor2()
        assert spoor.stap_op(date(2026, 8, 31)) is None
        assert spoor.stap_op(date(2026, 9, 1)) is Spoor2Stap.REGIE
        assert spoor.stap_op(date(2026, 9, 30)) is Spoor2Stap.REGIE
        assert spoor.stap_op(date(2026, 10, 1)) is Spoor2Stap.ZELFONDERZOEK
        assert spoor.stap_op(date(2026, 12, 1)) is Spoor2Stap.SOLLICITEREN

    def test_stap_op_zonder_fasen(self):
        """A spoor 1 has no steps at all."""
        spoor = Spoor(soort=Spoorsoort.SPOOR_1, start=D, werk=Spoor1Werk.AANGEPAST_WERK)
        assert spoor.stap_op(date(2027, 1, 1)) is None

    def test_loopt_op(self):
        """loopt_op is true from start to einde inclusive."""
        spoor = _spoor2(einde=date(2027, 3, 31), resultaat=Spoorresultaat.GESLAAGD)
        assert not spoor.loopt_op(date(2026, 8, 31))
        assert spoor.loopt_op(date(2026, 9, 1))
        assert spoor.loopt_op(date(2027, 3, 31))
        assert not spoor.loopt_op(date(2027, 4, 1))
        assert _spoor2().loopt_op(date(2040, 1, 1))

    def test_spoor_2_met_werk(self):
        """A spoor 2 does not aim at work with the own employer."""
        with pytest.raises(ValidationError) as exc:
            _spoor2(werk=Spoor1Werk.EIGEN_WERK)
        _fout(exc, "Spoor.werk", "spoor 1")

    def test_spoor_1_met_fasen(self):
        """The seven steps belong to a spoor 2."""
        with pytest.raises(ValidationError) as exc:
            Spoor(soort=Spoorsoort.SPOOR_1, start=D, fasen=(Fase(Spoor2Stap.REGIE, D),))
        _fout(exc, "Spoor.fasen", "spoor 2")

    def test_resultaat_zonder_einde(self):
        """A result needs an end date."""
        with pytest.raises(ValidationError) as exc:
            _spoor2(resultaat=Spoorresultaat.NIET_GESLAAGD)
        _fout(exc, "Spoor.resultaat", "einde")

    def test_fase_voor_start(self):
        """A step before the spoor starts lies outside it."""
        with pytest.raises(ValidationError) as exc:
            _spoor2(fasen=(Fase(Spoor2Stap.REGIE, date(2026, 8, 31)),))
        _fout(exc, "Spoor.fasen[0].vanaf", "outside")

    def test_fase_na_einde(self):
        """A step after the spoor ends lies outside it."""
        with pytest.raises(ValidationError) as exc:
            _spoor2(
                einde=date(2026, 10, 31),
                fasen=(
                    Fase(Spoor2Stap.REGIE, date(2026, 9, 1)),
                    Fase(Spoor2Stap.SOLLICITEREN, date(2026, 11, 2)),
                ),
            )
        _fout(exc, "Spoor.fasen[1].vanaf", "outside")

    def test_fasen_niet_op_volgorde(self):
        """Steps out of date order are refused."""
        with pytest.raises(ValidationError) as exc:
            _spoor2(
                fasen=(
                    Fase(Spoor2Stap.REGIE, date(2026, 10, 1)),
                    Fase(Spoor2Stap.ZELFONDERZOEK, date(2026, 9, 15)),
                )
            )
        _fout(exc, "Spoor.fasen[1].vanaf", "date order")

    def test_einde_voor_start(self):
        """A spoor ending before it starts is refused."""
        with pytest.raises(ValidationError) as exc:
            _spoor2(einde=date(2026, 8, 1))
        _fout(exc, "Spoor.einde", "precedes")

    def test_werkervaringsplaats_hoort_bij_het_traject(self):
        """A spoor holds no placements since 0.2: they belong to the traject of any kind."""
        with pytest.raises(TypeError):
            _spoor2(werkervaringsplaatsen=())

    def test_soort_als_tekst(self):
        """soort must be a Spoorsoort."""
        with pytest.raises(ValidationError) as exc:
            Spoor(soort="spoor_2", start=D)
        _fout(exc, "Spoor.soort", "Spoorsoort")

    def test_activiteiten_moeten_tuple_zijn(self):
        """Activities must be given as a tuple."""
        a = Activiteit(omschrijving="x", start=D, energie=Energie.NEUTRAAL)
        with pytest.raises(ValidationError) as exc:
            _spoor2(activiteiten=[a])
        _fout(exc, "Spoor.activiteiten", "tuple")

    def test_fase_stap_als_tekst(self):
        """A Fase step must be a Spoor2Stap."""
        with pytest.raises(ValidationError) as exc:
            Fase(stap="regie", vanaf=D)
        _fout(exc, "Fase.stap", "Spoor2Stap")


# --- medical record ---------------------------------------------------------------


class TestMedischDossier:
    """The bedrijfsarts's separate medical record."""

    def test_geldig(self):
        """Notes in date order (equal dates allowed) are accepted."""
        dossier = MedischDossier(
            werknemer="W-1",
            bedrijfsarts="BA-1",
            aantekeningen=(
                MedischeAantekening(datum=date(2025, 10, 8), diagnose="burn-out"),
                MedischeAantekening(datum=date(2025, 10, 8), diagnose="slaapproblemen"),
                MedischeAantekening(datum=date(2025, 11, 5), diagnose="burn-out", toelichting="."),
            ),
        )
        assert dossier.aantekeningen[0].diagnose == "burn-out"
        assert len(dossier.aantekeningen) == 3

    def test_aantekeningen_niet_op_volgorde(self):
        """Notes out of date order are refused."""
        with pytest.raises(ValidationError) as exc:
            MedischDossier(
                werknemer="W-1",
                bedrijfsarts="BA-1",
                aantekeningen=(
                    MedischeAantekening(datum=date(2025, 11, 5), diagnose="a"),
                    MedischeAantekening(datum=date(2025, 10, 8), diagnose="b"),
                ),
            )
        _fout(exc, "MedischDossier.aantekeningen[1].datum", "date order")

    def test_lege_diagnose(self):
        """A note needs a diagnosis."""
        with pytest.raises(ValidationError) as exc:
            MedischeAantekening(datum=D, diagnose="")
        _fout(exc, "MedischeAantekening.diagnose", "empty")

    def test_lijst_in_plaats_van_tuple(self):
        """Notes must be a tuple."""
        with pytest.raises(ValidationError) as exc:
            MedischDossier(werknemer="W-1", bedrijfsarts="BA-1", aantekeningen=[])
        _fout(exc, "MedischDossier.aantekeningen", "tuple")


# --- immutability -----------------------------------------------------------------


def _voorbeelden() -> list[object]:
    """One valid instance of every class of these modules."""
    opbouw = (Opbouwstap(vanaf=D, uren_per_week=8),)
    return [
        *(_gebeurtenis(soort) for soort in VERWACHTE_CODES.values()),
        PlanVanAanpak(datum=D, casemanager="CM-1"),
        Betrokkene(id="A-1", rollen=frozenset({Rol.LOOPBAANADVISEUR}), organisatie="ProMotion"),
        Afspraak(wat="cv", wie="W-1"),
        Driegesprek(datum=D, deelnemers=("W-1", "L-1", "A-1")),
        Voortgang(datum=D, percentage=10),
        Meting(datum=D, waarde=1),
        Leerdoel(omschrijving="x", gesteld_op=D),
        Prestatiedoel(omschrijving="x", gesteld_op=D, doelwaarde=1, eenheid="s"),
        Activiteit(omschrijving="x", start=D, energie=Energie.GEEFT),
        Groepsprogramma(naam="x", start=D, deelnemers=("W-1",)),
        opbouw[0],
        Werkervaringsplaats(organisatie="X", start=D, opbouw=opbouw),
        Nazorg(start=D),
        Fase(stap=Spoor2Stap.REGIE, vanaf=D),
        Spoor(soort=Spoorsoort.SPOOR_2, start=D),
        MedischeAantekening(datum=D, diagnose="x"),
        MedischDossier(werknemer="W-1", bedrijfsarts="BA-1"),
    ]


class TestOnveranderlijkheid:
    """Every part is frozen and slotted."""

    @pytest.mark.parametrize("obj", _voorbeelden(), ids=lambda o: type(o).__name__)
    def test_toewijzen_faalt(self, obj):
        """Assigning to any field raises FrozenInstanceError."""
        for veld in attrs.fields(type(obj)):
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                setattr(obj, veld.name, getattr(obj, veld.name))

    @pytest.mark.parametrize("obj", _voorbeelden(), ids=lambda o: type(o).__name__)
    def test_nieuw_attribuut_faalt(self, obj):
        """No attribute can be added."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            obj.extra = 1

    @pytest.mark.parametrize("obj", _voorbeelden(), ids=lambda o: type(o).__name__)
    def test_slots(self, obj):
        """The class is slotted and the instance has no __dict__."""
        assert hasattr(type(obj), "__slots__")
        assert not hasattr(obj, "__dict__")

    @pytest.mark.parametrize("obj", _voorbeelden(), ids=lambda o: type(o).__name__)
    def test_hashbaar_en_gelijk_aan_kopie(self, obj):
        """Every part is hashable and equal to an evolved copy of itself."""
        kopie = attrs.evolve(obj)
        assert kopie == obj
        assert hash(kopie) == hash(obj)

    def test_evolve_valideert(self):
        """attrs.evolve revalidates: a Loonsanctie cannot be evolved to 53 weeks."""
        with pytest.raises(ValidationError):
            attrs.evolve(Loonsanctie(datum=D, weken=52), weken=53)


class TestDoelAfsluiting:
    """Goals have a status and close (seed 004: leerdoelen and prestatiedoelen)."""

    def _doel(self, **kw: object) -> Prestatiedoel:
        return Prestatiedoel(
            omschrijving="sollicitaties",
            gesteld_op=date(2026, 1, 5),
            doelwaarde=4,
            eenheid="sollicitaties",
            **kw,
        )

    def test_decimaal(self):
        """Decimal targets and measurements: 2.5 of 7.5 hours is a third."""
        doel = Prestatiedoel(
            omschrijving="studie",
            gesteld_op=date(2026, 1, 5),
            doelwaarde=7.5,
            eenheid="uren",
            metingen=(Meting(datum=date(2026, 1, 12), waarde=2.5),),
        )
        assert doel.laatste_realisatie == pytest.approx(1 / 3)

    @pytest.mark.parametrize("waarde", [float("nan"), float("inf"), -0.5, True, "2"])
    def test_meting_ongeldig(self, waarde: object):
        """A measurement is a finite number of 0 or more, never a bool or text."""
        with pytest.raises(ValidationError) as exc:
            Meting(datum=date(2026, 1, 12), waarde=waarde)  # type: ignore[arg-type]
        assert exc.value.field == "Meting.waarde"

    def test_afsluiten(self):
        """Closed on Mon 2 Mar 2026: open on Sun 1 Mar, not on the 2nd."""
        doel = self._doel().afgesloten(date(2026, 3, 2), Doelstatus.BEHAALD)
        assert (doel.open_op(date(2026, 3, 1)), doel.open_op(date(2026, 3, 2))) == (True, False)
        assert doel.status is Doelstatus.BEHAALD

    def test_status_en_datum(self):
        """A closed status needs its date; a running goal has none."""
        with pytest.raises(ValidationError) as exc:
            self._doel(status=Doelstatus.GESTOPT)
        assert exc.value.field == "Prestatiedoel.afgesloten_op"
        with pytest.raises(ValidationError) as exc:
            self._doel(afgesloten_op=date(2026, 3, 2))
        assert exc.value.field == "Prestatiedoel.afgesloten_op"
        with pytest.raises(ValidationError):
            self._doel().afgesloten(date(2026, 3, 2), Doelstatus.LOPEND)

    def test_niet_voor_gesteld(self):
        """A goal cannot close before it was set."""
        with pytest.raises(ValidationError) as exc:
            Leerdoel(
                omschrijving="vacatures vinden",
                gesteld_op=date(2026, 1, 5),
                status=Doelstatus.NIET_BEHAALD,
                afgesloten_op=date(2026, 1, 4),
            )
        assert exc.value.field == "Leerdoel.afgesloten_op"

    def test_geen_evaluatie_na_afsluiting(self):
        """No progress recorded after the goal closed."""
        with pytest.raises(ValidationError) as exc:
            Leerdoel(
                omschrijving="vacatures vinden",
                gesteld_op=date(2026, 1, 5),
                voortgang=(Voortgang(datum=date(2026, 2, 2), percentage=50),),
                status=Doelstatus.BEHAALD,
                afgesloten_op=date(2026, 2, 1),
            )
        assert exc.value.field == "Leerdoel.voortgang[0].datum"

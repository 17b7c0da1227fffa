"""Role allocation: RACI as rule data, who may see what, and the rows of rolverdeling.

The running example is the worked example of README.md, X = Wed 1 Oct 2025. Dates
worked out by hand: melding_bedrijfsarts due X + 6 = Tue 7 Oct 2025; probleemanalyse
due X + 41 = Tue 11 Nov 2025; with the probleemanalyse held on Tue 4 Nov 2025 the
plan is due 14 days later, Tue 18 Nov 2025; with the plan held that day the first
evaluatie is due 42 days later, Tue 30 Dec 2025.
"""

from __future__ import annotations

import types
from datetime import date
from typing import Any

import attrs
import pytest

import reintegratie as ri
from reintegratie.regels.model import Regel, Ziektedag
from reintegratie.rollen import (
    INZAGE,
    INZAGE_BRON,
    INZAGE_TOELICHTING,
    Gegevenscategorie,
    mag_inzien,
)
from reintegratie.rolverdeling import (
    DRIEGESPREK_RACI,
    SPOOR_RACI,
    UWV,
    Onderdeel,
    Raci,
    Rolregel,
    is_adviseur,
    is_werkgeverszijde,
    onafhankelijk,
    raci,
    rolhouders,
    rolverdeling,
    rolverdeling_als_tekst,
)

Rol = ri.Rol
X = date(2025, 10, 1)
R, A, C, INF = (  # the RACI letters
    Raci.VERANTWOORDELIJK,
    Raci.EINDVERANTWOORDELIJK,
    Raci.GERAADPLEEGD,
    Raci.GEINFORMEERD,
)
T, D, S = Onderdeel.TERMIJN, Onderdeel.DRIEGESPREK, Onderdeel.SPOOR


def _b(id: str, rol: Rol, organisatie: str, *, lijn: bool = False) -> ri.Betrokkene:
    return ri.Betrokkene(
        id=id, rollen=frozenset({rol}), organisatie=organisatie, leidinggevende_van_werknemer=lijn
    )


BA = _b("BA-1", Rol.BEDRIJFSARTS, "Arbodienst")
CM = _b("CM-1", Rol.CASEMANAGER, "WG")
LG = _b("LG-1", Rol.LEIDINGGEVENDE, "WG", lijn=True)
LA = _b("LA-1", Rol.LOOPBAANADVISEUR, "ProMotion")
AD = _b("AD-1", Rol.ARBEIDSDESKUNDIGE, "AD Advies")


def _traject(**velden: object) -> ri.Traject:
    basis: dict[str, object] = {
        "werknemer": "W-1",
        "werkgever": "WG",
        "ziekteperioden": (ri.Ziekteperiode(eerste_dag=X),),
        "betrokkenen": (BA, CM, LG, LA),
    }
    basis.update(velden)
    return ri.Traject(**basis)  # type: ignore[arg-type]


def _kw(veld: str, waarde: object) -> dict[str, Any]:
    return {veld: waarde}


def _regel(code: str, regels: tuple[Regel, ...] = ri.POORTWACHTER) -> Regel:
    return next(r for r in regels if r.code == code)


def _rijen(
    rijen: tuple[Rolregel, ...], onderdeel: Onderdeel, code: str
) -> list[tuple[object, ...]]:
    return [
        (r.datum, r.rol, r.raci, r.personen, r.ingevuld)
        for r in rijen
        if r.onderdeel is onderdeel and r.code == code
    ]


# --- RACI as rule data -----------------------------------------------------------


class TestRaciOpRegel:
    """The RACI fields on Regel and their values in the Dutch rule set."""

    def test_defaults_empty(self) -> None:
        """A rule without RACI data has empty A, C and I."""
        r = Regel(code="x", omschrijving="x", anker=Ziektedag(1), bron="x")
        assert (r.eindverantwoordelijk, r.geraadpleegd, r.geinformeerd) == ((), (), ())

    @pytest.mark.parametrize("veld", ["eindverantwoordelijk", "geraadpleegd", "geinformeerd"])
    def test_validated_like_verantwoordelijk(self, veld: str) -> None:
        """A list, or a role given by its string value, is refused with the field's path."""
        with pytest.raises(ri.ValidationError) as exc:
            Regel(code="x", omschrijving="x", anker=Ziektedag(1), bron="x", **_kw(veld, [Rol.UWV]))
        assert exc.value.field == f"Regel.{veld}"
        with pytest.raises(ri.ValidationError) as exc:
            Regel(code="x", omschrijving="x", anker=Ziektedag(1), bron="x", **_kw(veld, ("uwv",)))
        assert exc.value.field == f"Regel.{veld}[0]"

    @pytest.mark.parametrize(
        ("code", "a", "c", "i"),
        [
            ("ziekmelding", (Rol.WERKNEMER,), (), (Rol.WERKGEVER, Rol.LEIDINGGEVENDE)),
            ("melding_bedrijfsarts", (Rol.WERKGEVER,), (), (Rol.BEDRIJFSARTS,)),
            ("probleemanalyse", (Rol.WERKGEVER,), (Rol.WERKNEMER,), (Rol.CASEMANAGER,)),
            (
                "plan_van_aanpak",
                (Rol.WERKGEVER,),
                (Rol.BEDRIJFSARTS, Rol.CASEMANAGER),
                (Rol.LEIDINGGEVENDE,),
            ),
            ("evaluatie", (Rol.WERKGEVER,), (Rol.BEDRIJFSARTS,), (Rol.LEIDINGGEVENDE,)),
            ("melding_42e_week", (Rol.WERKGEVER,), (), (Rol.UWV, Rol.CASEMANAGER)),
            (
                "eerstejaarsevaluatie",
                (Rol.WERKGEVER,),
                (Rol.BEDRIJFSARTS, Rol.CASEMANAGER),
                (Rol.LEIDINGGEVENDE,),
            ),
            (
                "spoor_2",
                (Rol.WERKGEVER,),
                (Rol.WERKNEMER, Rol.BEDRIJFSARTS, Rol.CASEMANAGER),
                (),
            ),
            ("uwv_brief_wia", (Rol.UWV,), (), (Rol.WERKNEMER, Rol.WERKGEVER)),
            ("re_integratieverslag", (Rol.WERKGEVER,), (Rol.CASEMANAGER,), (Rol.UWV,)),
            ("einde_wachttijd", (), (), ()),
            ("wia_aanvraag", (Rol.WERKNEMER,), (), (Rol.UWV,)),
            ("einde_loondoorbetaling", (Rol.WERKGEVER,), (), (Rol.WERKNEMER,)),
        ],
    )
    def test_dutch_readings(
        self, code: str, a: tuple[Rol, ...], c: tuple[Rol, ...], i: tuple[Rol, ...]
    ) -> None:
        """Each Dutch rule's A, C and I, in every variant and counting convention."""
        for telwijze in ri.Telwijze:
            for regel in ri.poortwachter_regels(telwijze):
                if regel.code == code:
                    assert (regel.eindverantwoordelijk, regel.geraadpleegd, regel.geinformeerd) == (
                        a,
                        c,
                        i,
                    )

    def test_r_unchanged(self) -> None:
        """The R (verantwoordelijk) of the Dutch rules is as before the RACI data."""
        assert {r.code: r.verantwoordelijk for r in ri.POORTWACHTER} == {
            "ziekmelding": (Rol.WERKNEMER,),
            "melding_bedrijfsarts": (Rol.WERKGEVER,),
            "probleemanalyse": (Rol.BEDRIJFSARTS, Rol.WERKGEVER),
            "plan_van_aanpak": (Rol.WERKGEVER, Rol.WERKNEMER),
            "ingang_wia": (Rol.UWV,),
            "evaluatie": (Rol.WERKGEVER, Rol.WERKNEMER, Rol.CASEMANAGER),
            "melding_42e_week": (Rol.WERKGEVER,),
            "eerstejaarsevaluatie": (Rol.WERKGEVER, Rol.WERKNEMER),
            "spoor_2": (Rol.WERKGEVER,),
            "uwv_brief_wia": (Rol.UWV,),
            "re_integratieverslag": (Rol.WERKGEVER, Rol.WERKNEMER, Rol.BEDRIJFSARTS),
            "einde_wachttijd": (),
            "wia_aanvraag": (Rol.WERKNEMER,),
            "einde_loondoorbetaling": (Rol.WERKGEVER,),
            # reintegratie.regels.bijzondere_meldingen
            "melding_ziek_uit_dienst": (Rol.WERKGEVER,),
            "eindevaluatie": (Rol.WERKGEVER, Rol.WERKNEMER),
            "melding_vangnet": (Rol.WERKGEVER,),
            "vervroegde_iva": (Rol.WERKNEMER,),
        }

    def test_one_accountable_per_step(self) -> None:
        """Every rule with a responsible role has exactly one accountable role, among or
        beside the R."""
        for regel in ri.POORTWACHTER:
            if regel.verantwoordelijk:
                assert len(regel.eindverantwoordelijk) == 1, regel.code

    def test_no_role_twice_outside_r_and_a(self) -> None:
        """A role is never both consulted and informed, nor C or I beside its R or A."""
        for regel in ri.POORTWACHTER:
            ra = set(regel.verantwoordelijk) | set(regel.eindverantwoordelijk)
            assert not set(regel.geraadpleegd) & set(regel.geinformeerd), regel.code
            assert not ra & (set(regel.geraadpleegd) | set(regel.geinformeerd)), regel.code

    def test_raci_pairs(self) -> None:
        """raci() gives the four letters in R, A, C, I order."""
        assert raci(_regel("probleemanalyse")) == (
            (R, (Rol.BEDRIJFSARTS, Rol.WERKGEVER)),
            (A, (Rol.WERKGEVER,)),
            (C, (Rol.WERKNEMER,)),
            (INF, (Rol.CASEMANAGER,)),
        )

    def test_letters_are_stable(self) -> None:
        """The Raci values are the letters themselves."""
        assert [letter.value for letter in Raci] == ["R", "A", "C", "I"]


class TestSpoorEnDriegesprekRaci:
    """The RACI data of sporen and driegesprekken."""

    def test_spoor_raci(self) -> None:
        """Both kinds: employer and employee do it, the employer answers for it."""
        for soort in ri.Spoorsoort:
            t = SPOOR_RACI[soort]
            assert t.verantwoordelijk == (Rol.WERKGEVER, Rol.WERKNEMER)
            assert t.eindverantwoordelijk == (Rol.WERKGEVER,)
            assert "BW 7:658a lid 1" in t.bron
        assert SPOOR_RACI[ri.Spoorsoort.SPOOR_2].geraadpleegd == (
            Rol.BEDRIJFSARTS,
            Rol.ARBEIDSDESKUNDIGE,
        )

    def test_driegesprek_raci(self) -> None:
        """Employee and adviser carry a driegesprek, the employer side is consulted."""
        assert dict(DRIEGESPREK_RACI) == {
            "werknemer": R,
            "adviseur": R,
            "werkgeverszijde": C,
            "overig": INF,
        }

    def test_read_only(self) -> None:
        """The tables cannot be changed in place."""
        assert isinstance(SPOOR_RACI, types.MappingProxyType)
        with pytest.raises(TypeError):
            SPOOR_RACI[ri.Spoorsoort.SPOOR_1] = SPOOR_RACI[ri.Spoorsoort.SPOOR_2]  # type: ignore[index]


# --- who may see what ------------------------------------------------------------

_AF = {Gegevenscategorie.ADMINISTRATIEF, Gegevenscategorie.FUNCTIONEEL}
_VERWACHT = {
    Rol.WERKNEMER: _AF,
    Rol.WERKGEVER: _AF,
    Rol.LEIDINGGEVENDE: _AF,
    Rol.CASEMANAGER: _AF,
    Rol.BEDRIJFSARTS: set(Gegevenscategorie),
    Rol.ARBEIDSDESKUNDIGE: _AF,
    Rol.LOOPBAANADVISEUR: _AF,
    Rol.JOBCOACH: _AF,
    Rol.RE_INTEGRATIEBEDRIJF: _AF,
    Rol.UWV: _AF,
    # Belgium: the mutualiteit's roles see no medical record of the employer's dossier.
    Rol.ADVISEREND_ARTS: _AF,
    Rol.TNW_COORDINATOR: _AF,
}


class TestInzage:
    """mag_inzien and the INZAGE table behind it."""

    @pytest.mark.parametrize("rol", list(Rol))
    @pytest.mark.parametrize("categorie", list(Gegevenscategorie))
    def test_full_table(self, rol: Rol, categorie: Gegevenscategorie) -> None:
        """Every role and category, against the table written out by hand."""
        assert mag_inzien(rol, categorie) is (categorie in _VERWACHT[rol])

    def test_only_bedrijfsarts_sees_medical(self) -> None:
        """Only the bedrijfsarts sees medical data (AVG art. 9)."""
        assert [r for r in Rol if mag_inzien(r, Gegevenscategorie.MEDISCH)] == [Rol.BEDRIJFSARTS]

    def test_everyone_sees_administrative_and_functional(self) -> None:
        """Functional limitations and possibilities may go to every party."""
        for rol in Rol:
            assert mag_inzien(rol, Gegevenscategorie.ADMINISTRATIEF)
            assert mag_inzien(rol, Gegevenscategorie.FUNCTIONEEL)

    def test_table_covers_every_role(self) -> None:
        """Every role has an entry and an explanation."""
        assert set(INZAGE) == set(Rol)
        assert set(INZAGE_TOELICHTING) == set(Rol)
        assert all(INZAGE_TOELICHTING[r].strip() for r in Rol)

    def test_stable_codes(self) -> None:
        """The category values are stable codes."""
        assert [c.value for c in Gegevenscategorie] == [
            "administratief",
            "functioneel",
            "medisch",
        ]

    def test_source(self) -> None:
        """The table names its sources."""
        assert "AVG art. 9" in INZAGE_BRON
        assert "De zieke werknemer" in INZAGE_BRON
        assert "docs/rollen.md" in INZAGE_BRON

    def test_read_only(self) -> None:
        """INZAGE cannot be changed in place."""
        with pytest.raises(TypeError):
            INZAGE[Rol.WERKGEVER] = frozenset(Gegevenscategorie)  # type: ignore[index]

    def test_refuses_strings(self) -> None:
        """Roles and categories must be enum members, not their values."""
        with pytest.raises(ri.ValidationError) as exc:
            mag_inzien("bedrijfsarts", Gegevenscategorie.MEDISCH)  # type: ignore[arg-type]
        assert exc.value.field == "rol"
        with pytest.raises(ri.ValidationError) as exc:
            mag_inzien(Rol.BEDRIJFSARTS, "medisch")  # type: ignore[arg-type]
        assert exc.value.field == "categorie"


# --- who is who ------------------------------------------------------------------


class TestRolhouders:
    """Which ids fill a role."""

    def test_werknemer(self) -> None:
        """The employee fills werknemer."""
        assert rolhouders(_traject(), Rol.WERKNEMER) == ("W-1",)

    def test_werkgever_falls_back_to_employer(self) -> None:
        """Without a betrokkene in the role, the employer itself fills werkgever."""
        assert rolhouders(_traject(), Rol.WERKGEVER) == ("WG",)

    def test_werkgever_betrokkene(self) -> None:
        """A betrokkene with the werkgever role fills it instead."""
        hr = _b("HR-1", Rol.WERKGEVER, "WG")
        assert rolhouders(_traject(betrokkenen=(hr,)), Rol.WERKGEVER) == ("HR-1",)

    def test_uwv_falls_back(self) -> None:
        """UWV is filled by UWV itself unless a betrokkene holds it."""
        assert rolhouders(_traject(), Rol.UWV) == (UWV,) == ("UWV",)
        uwv = _b("UWV-AD", Rol.UWV, "UWV")
        assert rolhouders(_traject(betrokkenen=(uwv,)), Rol.UWV) == ("UWV-AD",)

    def test_unfilled(self) -> None:
        """Other roles can be unfilled."""
        assert rolhouders(_traject(), Rol.JOBCOACH) == ()

    def test_betrokkenen_order(self) -> None:
        """Several holders come in the order of Traject.betrokkenen."""
        ba2 = _b("BA-2", Rol.BEDRIJFSARTS, "Arbodienst")
        assert rolhouders(_traject(betrokkenen=(ba2, CM, BA)), Rol.BEDRIJFSARTS) == (
            "BA-2",
            "BA-1",
        )

    def test_casemanager_named_in_plan(self) -> None:
        """The plan van aanpak's casemanager fills the role from the plan's date on."""
        hr = _b("HR-1", Rol.WERKGEVER, "WG")
        t = _traject(
            betrokkenen=(hr,),
            gebeurtenissen=(ri.PlanVanAanpak(datum=date(2025, 11, 18), casemanager="HR-1"),),
        )
        assert rolhouders(t, Rol.CASEMANAGER) == ("HR-1",)
        assert rolhouders(t, Rol.CASEMANAGER, date(2025, 11, 18)) == ("HR-1",)
        assert rolhouders(t, Rol.CASEMANAGER, date(2025, 11, 17)) == ()

    def test_casemanager_not_twice(self) -> None:
        """A casemanager by role who is also named in the plan is listed once."""
        t = _traject(
            gebeurtenissen=(ri.PlanVanAanpak(datum=date(2025, 11, 18), casemanager="CM-1"),)
        )
        assert rolhouders(t, Rol.CASEMANAGER) == ("CM-1",)


class TestOnafhankelijkheid:
    """Independence, the employer side and the adviser."""

    def test_outside_party_is_independent(self) -> None:
        """ProMotion, its own organisation, is independent."""
        assert onafhankelijk(_traject(), LA)

    def test_employer_organisation_is_not(self) -> None:
        """Belonging to the employer's organisation is not independent."""
        assert not onafhankelijk(_traject(), _b("LA-2", Rol.LOOPBAANADVISEUR, "WG"))

    def test_line_relation_is_not(self) -> None:
        """Managing the employee is not independent, whatever the organisation."""
        assert not onafhankelijk(_traject(), _b("X", Rol.JOBCOACH, "Holding", lijn=True))

    @pytest.mark.parametrize("rol", [Rol.WERKGEVER, Rol.LEIDINGGEVENDE, Rol.CASEMANAGER])
    def test_employer_side_roles(self, rol: Rol) -> None:
        """Of the employer, in a werkgever, leidinggevende or casemanager role."""
        assert is_werkgeverszijde(_traject(), _b("X", rol, "WG"))

    def test_employer_side_by_line(self) -> None:
        """The employee's manager is on the employer's side by the line relation alone."""
        assert is_werkgeverszijde(_traject(), _b("X", Rol.JOBCOACH, "Holding", lijn=True))

    def test_not_employer_side(self) -> None:
        """An outside casemanager, or an employer's colleague in another role, is not."""
        assert not is_werkgeverszijde(_traject(), _b("X", Rol.CASEMANAGER, "Arbodienst"))
        assert not is_werkgeverszijde(_traject(), _b("X", Rol.LOOPBAANADVISEUR, "WG"))

    def test_adviser(self) -> None:
        """An adviser role held by someone independent."""
        assert is_adviseur(_traject(), LA)
        assert is_adviseur(_traject(), _b("X", Rol.CASEMANAGER, "Arbodienst"))
        assert is_adviseur(_traject(), BA)

    def test_not_adviser(self) -> None:
        """Not independent, or not an adviser role."""
        assert not is_adviseur(_traject(), _b("X", Rol.LOOPBAANADVISEUR, "WG"))
        assert not is_adviseur(_traject(), CM)
        assert not is_adviseur(_traject(), _b("X", Rol.UWV, "UWV"))


# --- the rows --------------------------------------------------------------------


def _voorbeeld() -> ri.Traject:
    """PA Tue 4 Nov, plan Tue 18 Nov (casemanager CM-1), spoor 1 with ProMotion from
    Mon 1 Dec, a driegesprek on Thu 4 Dec 2025."""
    return _traject(
        gebeurtenissen=(
            ri.Probleemanalyse(datum=date(2025, 11, 4)),
            ri.PlanVanAanpak(datum=date(2025, 11, 18), casemanager="CM-1", re_integratievisie=True),
        ),
        sporen=(
            ri.Spoor(
                soort=ri.Spoorsoort.SPOOR_1,
                start=date(2025, 12, 1),
                aanbieder="LA-1",
                werk=ri.Spoor1Werk.EIGEN_WERK,
            ),
        ),
        driegesprekken=(
            ri.Driegesprek(datum=date(2025, 12, 4), deelnemers=("W-1", "LG-1", "LA-1")),
        ),
    )


class TestRolverdelingTermijnen:
    """Rows for the termijnen of the timeline."""

    def test_probleemanalyse_rows(self) -> None:
        """Every role of the rule's RACI, with its people, due Tue 11 Nov 2025."""
        rijen = rolverdeling(_voorbeeld(), date(2025, 12, 5))
        pa = [r for r in rijen if r.code == "probleemanalyse"]
        dag = date(2025, 11, 11)
        g = ri.Status.GEHAALD
        assert pa == [
            Rolregel(T, "probleemanalyse", dag, Rol.BEDRIJFSARTS, R, ("BA-1",), True, 1, g),
            Rolregel(T, "probleemanalyse", dag, Rol.WERKGEVER, R, ("WG",), True, 1, g),
            Rolregel(T, "probleemanalyse", dag, Rol.WERKGEVER, A, ("WG",), True, 1, g),
            Rolregel(T, "probleemanalyse", dag, Rol.WERKNEMER, C, ("W-1",), True, 1, g),
            Rolregel(T, "probleemanalyse", dag, Rol.CASEMANAGER, INF, ("CM-1",), True, 1, g),
        ]

    def test_plan_rows(self) -> None:
        """The plan is due Tue 18 Nov 2025, 14 days after the actual probleemanalyse."""
        rijen = rolverdeling(_voorbeeld())
        assert _rijen(rijen, T, "plan_van_aanpak") == [
            (date(2025, 11, 18), Rol.WERKGEVER, R, ("WG",), True),
            (date(2025, 11, 18), Rol.WERKNEMER, R, ("W-1",), True),
            (date(2025, 11, 18), Rol.WERKGEVER, A, ("WG",), True),
            (date(2025, 11, 18), Rol.BEDRIJFSARTS, C, ("BA-1",), True),
            (date(2025, 11, 18), Rol.CASEMANAGER, C, ("CM-1",), True),
            (date(2025, 11, 18), Rol.LEIDINGGEVENDE, INF, ("LG-1",), True),
        ]

    def test_unfilled_role(self) -> None:
        """Without a bedrijfsarts, its rows are there, empty and not filled."""
        rijen = rolverdeling(_traject(betrokkenen=(CM,)))
        pa = [r for r in rijen if r.code == "probleemanalyse" and r.rol is Rol.BEDRIJFSARTS]
        assert [(r.personen, r.ingevuld) for r in pa] == [((), False)]
        assert [r.personen for r in rijen if r.rol is Rol.LEIDINGGEVENDE][:1] == [()]

    def test_recurring_numbered(self) -> None:
        """Evaluaties are numbered; the first is due Tue 30 Dec 2025, 42 days after the plan."""
        ev = [r for r in rolverdeling(_voorbeeld()) if r.code == "evaluatie"]
        assert ev[0].datum == date(2025, 12, 30)
        assert ev[0].volgnummer == 1
        assert {r.volgnummer for r in ev if r.datum == date(2025, 12, 30)} == {1}
        assert max(r.volgnummer for r in ev) > 1

    def test_moment_without_roles_gives_no_row(self) -> None:
        """einde_wachttijd names no role, so it has no row; einde_loondoorbetaling has."""
        codes = {r.code for r in rolverdeling(_voorbeeld()) if r.onderdeel is T}
        assert "einde_wachttijd" not in codes
        assert "einde_loondoorbetaling" in codes

    def test_every_termijn_with_roles(self) -> None:
        """Every termijn of the timeline that names a role has its rows, with its status."""
        t = _voorbeeld()
        tl = ri.tijdlijn(t, date(2025, 12, 5))
        rijen = rolverdeling(t, date(2025, 12, 5))
        verwacht = {(tm.code, tm.volgnummer, tm.uiterlijk, tm.status) for tm in tl}
        verwacht = {v for v in verwacht if v[0] != "einde_wachttijd"}
        gevonden = {(r.code, r.volgnummer, r.datum, r.status) for r in rijen if r.onderdeel is T}
        assert gevonden == verwacht

    def test_statuses_follow_peildatum(self) -> None:
        """With a peildatum, a termijn's rows carry its status then."""
        zonder_pa = _traject()
        [vroeg] = {
            r.status
            for r in rolverdeling(zonder_pa, date(2025, 11, 1))
            if r.code == "probleemanalyse"
        }
        [laat] = {
            r.status
            for r in rolverdeling(zonder_pa, date(2025, 11, 12))
            if r.code == "probleemanalyse"
        }
        assert (vroeg, laat) == (ri.Status.OPEN, ri.Status.GEMIST)

    def test_lapsed_termijnen_listed(self) -> None:
        """After recovery on Thu 30 Oct 2025 the probleemanalyse (due 11 Nov) lapses, and
        its rows say so."""
        t = _traject(
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=X, laatste_dag=date(2025, 10, 30)),)
        )
        pa = {r.status for r in rolverdeling(t, date(2025, 12, 1)) if r.code == "probleemanalyse"}
        assert pa == {ri.Status.VERVALLEN}

    def test_latest_case_only(self) -> None:
        """Like tijdlijn, only the latest case of sickness gives termijn rows."""
        t = _traject(
            ziekteperioden=(
                ri.Ziekteperiode(eerste_dag=X, laatste_dag=date(2025, 10, 10)),
                ri.Ziekteperiode(eerste_dag=date(2026, 1, 5)),
            )
        )
        ziek = [r.datum for r in rolverdeling(t) if r.code == "ziekmelding"]
        assert set(ziek) == {date(2026, 1, 5)}

    def test_no_sickness(self) -> None:
        """A preventive traject has no termijn rows, but its driegesprekken have."""
        t = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            betrokkenen=(LG, LA),
            driegesprekken=(ri.Driegesprek(date(2025, 3, 3), ("W-1", "LG-1", "LA-1")),),
        )
        rijen = rolverdeling(t, date(2025, 4, 1))
        assert {r.onderdeel for r in rijen} == {D}

    def test_bad_peildatum(self) -> None:
        """A peildatum must be a date, with or without sickness."""
        with pytest.raises(ri.ValidationError):
            rolverdeling(_traject(), "2025-11-01")  # type: ignore[arg-type]
        with pytest.raises(ri.ValidationError):
            rolverdeling(ri.Traject(werknemer="W", werkgever="WG"), "2025-11-01")  # type: ignore[arg-type]

    def test_own_rule_set(self) -> None:
        """Another rule set gives its own RACI rows."""
        regel = Regel(
            code="gesprek",
            omschrijving="Kennismaking",
            anker=Ziektedag(3),
            bron="eigen beleid",
            verantwoordelijk=(Rol.LEIDINGGEVENDE,),
            geinformeerd=(Rol.JOBCOACH,),
        )
        rijen = rolverdeling(_traject(), regels=(regel,))
        assert _rijen(rijen, T, "gesprek") == [
            (date(2025, 10, 3), Rol.LEIDINGGEVENDE, R, ("LG-1",), True),
            (date(2025, 10, 3), Rol.JOBCOACH, INF, (), False),
        ]


class TestRolverdelingDriegesprek:
    """Rows for driegesprekken."""

    def _rijen(
        self, *deelnemers: str, betrokkenen: tuple[ri.Betrokkene, ...] = (BA, CM, LG, LA)
    ) -> list[tuple[object, ...]]:
        t = _traject(
            betrokkenen=betrokkenen,
            driegesprekken=(ri.Driegesprek(date(2025, 12, 4), deelnemers),),
        )
        return [
            (r.rol, r.raci, r.personen, r.ingevuld) for r in rolverdeling(t) if r.onderdeel is D
        ]

    def test_complete(self) -> None:
        """Employee and adviser R, manager C (the career centre's first case)."""
        assert self._rijen("W-1", "LG-1", "LA-1") == [
            (Rol.WERKNEMER, R, ("W-1",), True),
            (Rol.LOOPBAANADVISEUR, R, ("LA-1",), True),
            (Rol.LEIDINGGEVENDE, C, ("LG-1",), True),
        ]

    def test_others_informed(self) -> None:
        """A fourth participant who is neither adviser nor employer side is I."""
        uwv = _b("UWV-1", Rol.UWV, "UWV")
        rijen = self._rijen("W-1", "CM-1", "LA-1", "UWV-1", betrokkenen=(CM, LA, uwv))
        assert rijen[-1] == (Rol.UWV, INF, ("UWV-1",), True)
        assert (Rol.CASEMANAGER, C, ("CM-1",), True) in rijen

    def test_two_advisers(self) -> None:
        """Each adviser role has its own row; the arbeidsdeskundige joins the adviser."""
        rijen = self._rijen("W-1", "CM-1", "LA-1", "AD-1", betrokkenen=(CM, LA, AD))
        assert rijen[1:3] == [
            (Rol.ARBEIDSDESKUNDIGE, R, ("AD-1",), True),
            (Rol.LOOPBAANADVISEUR, R, ("LA-1",), True),
        ]

    def test_missing_places_show_unfilled(self) -> None:
        """Without the employee, employer side or adviser, an unfilled row shows it."""
        ba2 = _b("BA-2", Rol.BEDRIJFSARTS, "Arbodienst")
        rijen = self._rijen("BA-1", "BA-2", "CM-1", betrokkenen=(BA, ba2, CM))
        assert rijen[0] == (Rol.WERKNEMER, R, (), False)
        assert (Rol.BEDRIJFSARTS, R, ("BA-1", "BA-2"), True) in rijen
        rijen = self._rijen("W-1", "CM-1", "LG-1")
        assert (Rol.LOOPBAANADVISEUR, R, (), False) in rijen
        rijen = self._rijen("W-1", "BA-1", "LA-1")
        assert (Rol.LEIDINGGEVENDE, C, (), False) in rijen

    def test_manager_by_line_only(self) -> None:
        """A manager known only by the line relation takes part as leidinggevende."""
        baas = _b("B-1", Rol.JOBCOACH, "Holding", lijn=True)
        rijen = self._rijen("W-1", "B-1", "LA-1", betrokkenen=(baas, LA))
        assert (Rol.LEIDINGGEVENDE, C, ("B-1",), True) in rijen

    def test_numbered_and_dated(self) -> None:
        """Driegesprekken are numbered in date order, each row dated by its driegesprek."""
        t = _traject(
            driegesprekken=(
                ri.Driegesprek(date(2025, 12, 4), ("W-1", "LG-1", "LA-1")),
                ri.Driegesprek(date(2026, 2, 5), ("W-1", "CM-1", "LA-1")),
            )
        )
        rijen = [r for r in rolverdeling(t) if r.onderdeel is D]
        assert {(r.volgnummer, r.datum) for r in rijen} == {
            (1, date(2025, 12, 4)),
            (2, date(2026, 2, 5)),
        }
        assert {r.status for r in rijen} == {None}
        assert {r.code for r in rijen} == {"driegesprek"}


class TestRolverdelingSpoor:
    """Rows for sporen."""

    def test_spoor_1_with_provider(self) -> None:
        """Spoor 1 RACI, with the provider as a further R in its role."""
        rijen = _rijen(rolverdeling(_voorbeeld()), S, "spoor_1")
        dag = date(2025, 12, 1)
        assert rijen == [
            (dag, Rol.WERKGEVER, R, ("WG",), True),
            (dag, Rol.WERKNEMER, R, ("W-1",), True),
            (dag, Rol.LOOPBAANADVISEUR, R, ("LA-1",), True),
            (dag, Rol.WERKGEVER, A, ("WG",), True),
            (dag, Rol.BEDRIJFSARTS, C, ("BA-1",), True),
            (dag, Rol.CASEMANAGER, INF, ("CM-1",), True),
        ]

    def test_spoor_2_without_provider(self) -> None:
        """Spoor 2 consults the arbeidsdeskundige; no provider, no provider row."""
        t = _traject(sporen=(ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 9, 21)),))
        rijen = _rijen(rolverdeling(t), S, "spoor_2")
        assert [(r[1], r[2]) for r in rijen] == [
            (Rol.WERKGEVER, R),
            (Rol.WERKNEMER, R),
            (Rol.WERKGEVER, A),
            (Rol.BEDRIJFSARTS, C),
            (Rol.ARBEIDSDESKUNDIGE, C),
            (Rol.CASEMANAGER, INF),
        ]
        assert rijen[4][3:] == ((), False)

    def test_provider_only_named(self) -> None:
        """The provider row names the provider, not every holder of its role."""
        la2 = _b("LA-2", Rol.LOOPBAANADVISEUR, "Ros Loopbaan")
        t = _traject(
            betrokkenen=(BA, CM, LA, la2),
            sporen=(
                ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 9, 21), aanbieder="LA-2"),
            ),
        )
        rijen = _rijen(rolverdeling(t), S, "spoor_2")
        assert (date(2026, 9, 21), Rol.LOOPBAANADVISEUR, R, ("LA-2",), True) in rijen

    def test_numbered_per_kind(self) -> None:
        """Sporen are numbered per kind."""
        t = _traject(
            sporen=(
                ri.Spoor(soort=ri.Spoorsoort.SPOOR_1, start=date(2025, 12, 1)),
                ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 9, 21)),
                ri.Spoor(soort=ri.Spoorsoort.SPOOR_1, start=date(2026, 10, 5)),
            )
        )
        nummers = {(r.code, r.datum, r.volgnummer) for r in rolverdeling(t) if r.onderdeel is S}
        assert nummers == {
            ("spoor_1", date(2025, 12, 1), 1),
            ("spoor_2", date(2026, 9, 21), 1),
            ("spoor_1", date(2026, 10, 5), 2),
        }


class TestVolgorde:
    """The order of the rows."""

    def test_worked_example_order(self) -> None:
        """Steps in date order up to the first evaluatie on Tue 30 Dec 2025."""
        stappen = list(
            dict.fromkeys(
                (r.onderdeel, r.code, r.datum)
                for r in rolverdeling(_voorbeeld())
                if r.datum <= date(2025, 12, 30)
            )
        )
        assert stappen == [
            (T, "ziekmelding", date(2025, 10, 1)),
            (T, "melding_bedrijfsarts", date(2025, 10, 7)),
            (T, "probleemanalyse", date(2025, 11, 11)),
            (T, "plan_van_aanpak", date(2025, 11, 18)),
            (S, "spoor_1", date(2025, 12, 1)),
            (D, "driegesprek", date(2025, 12, 4)),
            (T, "evaluatie", date(2025, 12, 30)),
        ]

    def test_same_day(self) -> None:
        """On one day: termijnen, then driegesprekken, then sporen."""
        dag = date(2025, 12, 30)
        t = attrs.evolve(
            _voorbeeld(),
            sporen=(ri.Spoor(soort=ri.Spoorsoort.SPOOR_1, start=dag),),
            driegesprekken=(ri.Driegesprek(dag, ("W-1", "LG-1", "LA-1")),),
        )
        op_dag = list(dict.fromkeys(r.onderdeel for r in rolverdeling(t) if r.datum == dag))
        assert op_dag == [T, D, S]


class TestAlsTekst:
    """The text table."""

    def test_table(self) -> None:
        """Columns padded, recurring steps numbered, unfilled roles marked."""
        rijen = (
            Rolregel(
                T,
                "probleemanalyse",
                date(2025, 11, 11),
                Rol.BEDRIJFSARTS,
                R,
                ("BA-1",),
                True,
                1,
                ri.Status.GEHAALD,
            ),
            Rolregel(D, "driegesprek", date(2025, 12, 4), Rol.WERKNEMER, R, ("W-1",), True, 2),
            Rolregel(D, "driegesprek", date(2025, 12, 4), Rol.LEIDINGGEVENDE, C, (), False, 2),
        )
        assert rolverdeling_als_tekst(rijen).splitlines() == [
            "datum           onderdeel    stap             status   raci  "
            "rol             ingevuld  personen",
            "--------------  -----------  ---------------  -------  ----  "
            "--------------  --------  --------",
            "2025-11-11 Tue  termijn      probleemanalyse  gehaald  R     "
            "bedrijfsarts    ja        BA-1",
            "2025-12-04 Thu  driegesprek  driegesprek #2            R     "
            "werknemer       ja        W-1",
            "2025-12-04 Thu  driegesprek  driegesprek #2            C     "
            "leidinggevende  nee       —",
        ]

    def test_several_people(self) -> None:
        """Several people are comma-separated."""
        rij = Rolregel(T, "x", date(2025, 10, 1), Rol.BEDRIJFSARTS, R, ("BA-1", "BA-2"), True)
        assert rolverdeling_als_tekst((rij,)).splitlines()[-1].endswith("ja        BA-1, BA-2")

    def test_empty(self) -> None:
        """No rows: one sentence."""
        assert rolverdeling_als_tekst(()) == (
            "No roles to allocate: no termijnen, driegesprekken or sporen."
        )

    def test_whole_example(self) -> None:
        """A whole allocation renders one line per row, plus the header."""
        rijen = rolverdeling(_voorbeeld())
        assert len(rolverdeling_als_tekst(rijen).splitlines()) == len(rijen) + 2

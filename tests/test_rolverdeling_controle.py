"""The role checks of rolcontrole: every finding, its absence, its severity and its source.

X = Wed 1 Oct 2025 (the worked example of README.md). Dates worked out by hand:
probleemanalyse due X + 41 = Tue 11 Nov 2025; without a recorded probleemanalyse
the plan is due 14 days later, Tue 25 Nov 2025, and the first evaluatie 42 days
after that, Tue 6 Jan 2026; the eerstejaarsevaluatie window runs from sick day
316 = Wed 12 Aug 2026 to X + 363 = Tue 29 Sep 2026.

The "compliant" traject names every role, holds a driegesprek with employee,
manager and an independent career adviser, has an arbeidsdeskundig onderzoek on
Thu 20 Aug 2026 before the eerstejaarsevaluatie on Tue 15 Sep 2026, and starts
spoor 2 with ProMotion on Mon 21 Sep 2026. Each test breaks one thing.
"""

from __future__ import annotations

from datetime import date

import pytest

import reintegratie as ri
from reintegratie.rolverdeling import ROLCONFLICTEN, rolcontrole

Rol = ri.Rol
X = date(2025, 10, 1)
PEIL = date(2026, 10, 1)


def _b(id: str, *rollen: Rol, organisatie: str = "WG", lijn: bool = False) -> ri.Betrokkene:
    return ri.Betrokkene(
        id=id, rollen=frozenset(rollen), organisatie=organisatie, leidinggevende_van_werknemer=lijn
    )


BA = _b("BA-1", Rol.BEDRIJFSARTS, organisatie="Arbodienst")
CM = _b("CM-1", Rol.CASEMANAGER)
LG = _b("LG-1", Rol.LEIDINGGEVENDE, lijn=True)
LA = _b("LA-1", Rol.LOOPBAANADVISEUR, organisatie="ProMotion")
AD = _b("AD-1", Rol.ARBEIDSDESKUNDIGE, organisatie="AD Advies")
ALLEN = (BA, CM, LG, LA, AD)

AD_ONDERZOEK = ri.ArbeidsdeskundigOnderzoek(datum=date(2026, 8, 20))
EJE = ri.Eerstejaarsevaluatie(datum=date(2026, 9, 15), spoor_2_nodig=True)
SPOOR_2 = ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 9, 21), aanbieder="LA-1")
DRIEGESPREK = ri.Driegesprek(datum=date(2025, 12, 4), deelnemers=("W-1", "LG-1", "LA-1"))


def _traject(
    *,
    betrokkenen: tuple[ri.Betrokkene, ...] = ALLEN,
    gebeurtenissen: tuple[ri.Gebeurtenis, ...] = (AD_ONDERZOEK, EJE),
    sporen: tuple[ri.Spoor, ...] = (SPOOR_2,),
    driegesprekken: tuple[ri.Driegesprek, ...] = (DRIEGESPREK,),
    ziekteperioden: tuple[ri.Ziekteperiode, ...] = (ri.Ziekteperiode(eerste_dag=X),),
) -> ri.Traject:
    return ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=ziekteperioden,
        gebeurtenissen=tuple(sorted(gebeurtenissen, key=lambda g: g.datum)),
        betrokkenen=betrokkenen,
        sporen=sporen,
        driegesprekken=driegesprekken,
    )


def _met(code: str, bevindingen: tuple[ri.Bevinding, ...]) -> list[ri.Bevinding]:
    return [b for b in bevindingen if b.code == code]


def _een(code: str, bevindingen: tuple[ri.Bevinding, ...]) -> ri.Bevinding:
    gevonden = _met(code, bevindingen)
    assert len(gevonden) == 1, bevindingen
    return gevonden[0]


class TestCompliant:
    """The compliant traject, and the general behaviour of rolcontrole."""

    def test_no_findings(self) -> None:
        """Every role named, independent, complete: nothing to report."""
        assert rolcontrole(_traject(), PEIL) == ()

    def test_no_findings_in_seed_samples(self) -> None:
        """The career centre sample dossiers are allocated cleanly."""
        from reintegratie.voorbeelden import voorbeeld

        for naam in ("docent-eigen-werk", "docent-wederzijds-goedvinden"):
            v = voorbeeld(naam)
            assert rolcontrole(v.traject, v.peildatum) == ()

    def test_date_order(self) -> None:
        """Findings come in date order."""
        jc = _b("JC-9", Rol.JOBCOACH)
        t = _traject(betrokkenen=(CM, LG, LA, AD, jc), gebeurtenissen=(EJE,))
        assert [(b.datum, b.code) for b in rolcontrole(t, PEIL)] == [
            (date(2025, 11, 11), "rol_ontbreekt"),
            (date(2026, 9, 15), "geen_arbeidsdeskundig_onderzoek"),
            (PEIL, "niet_onafhankelijk"),
        ]

    def test_bad_peildatum(self) -> None:
        """The peildatum must be a date."""
        with pytest.raises(ri.ValidationError):
            rolcontrole(_traject(), "2026-10-01")  # type: ignore[arg-type]

    def test_preventive_traject(self) -> None:
        """Without sickness only the driegesprek and independence checks apply."""
        t = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            betrokkenen=(LG, LA, CM),
            driegesprekken=(ri.Driegesprek(date(2025, 3, 3), ("W-1", "LG-1", "CM-1")),),
        )
        assert [b.code for b in rolcontrole(t, date(2025, 4, 1))] == ["driegesprek_onvolledig"]


class TestRolOntbreekt:
    """rol_ontbreekt: a role a due step needs, that nobody holds."""

    def test_no_bedrijfsarts_when_probleemanalyse_due(self) -> None:
        """Due on Tue 11 Nov 2025 and the bedrijfsarts is R: an overtreding that day."""
        t = _traject(betrokkenen=(CM, LG, LA, AD))
        b = _een("rol_ontbreekt", rolcontrole(t, date(2025, 11, 11)))
        assert b.ernst is ri.Ernst.OVERTREDING
        assert b.datum == date(2025, 11, 11)
        assert b.eerste_ziektedag == X
        assert b.melding == (
            "no betrokkene holds the role bedrijfsarts, needed by "
            "probleemanalyse (R, due Tue 2025-11-11)"
        )
        assert "Regeling procesgang eerste en tweede ziektejaar art. 2 lid 2" in b.bron

    def test_not_before_due(self) -> None:
        """The day before the probleemanalyse is due, nothing is reported."""
        t = _traject(betrokkenen=(CM, LG, LA, AD))
        assert _met("rol_ontbreekt", rolcontrole(t, date(2025, 11, 10))) == []

    def test_not_with_bedrijfsarts(self) -> None:
        """With a bedrijfsarts named, nothing is reported."""
        assert _met("rol_ontbreekt", rolcontrole(_traject(), date(2025, 11, 11))) == []

    def test_needed_once_done_early(self) -> None:
        """A probleemanalyse held Tue 4 Nov 2025 needed a bedrijfsarts that day."""
        t = _traject(
            betrokkenen=(CM, LG, LA, AD),
            gebeurtenissen=(ri.Probleemanalyse(datum=date(2025, 11, 4)),),
        )
        b = _een("rol_ontbreekt", rolcontrole(t, date(2025, 11, 5)))
        assert b.datum == date(2025, 11, 4)

    def test_no_casemanager_at_plan(self) -> None:
        """The plan (due Tue 25 Nov 2025) consults the casemanager: a waarschuwing."""
        t = _traject(betrokkenen=(BA, LG, LA, AD))
        b = _een("rol_ontbreekt", rolcontrole(t, date(2025, 11, 25)))
        assert b.ernst is ri.Ernst.WAARSCHUWING
        assert b.datum == date(2025, 11, 25)
        assert "role casemanager" in b.melding
        assert "plan_van_aanpak (C, due Tue 2025-11-25)" in b.melding
        assert _met("rol_ontbreekt", rolcontrole(t, date(2025, 11, 24))) == []

    def test_no_casemanager_at_first_evaluatie(self) -> None:
        """From the first evaluatie (Tue 6 Jan 2026), where the casemanager is R, one
        overtreding, still dated by the plan."""
        t = _traject(betrokkenen=(BA, LG, LA, AD))
        assert _een("rol_ontbreekt", rolcontrole(t, date(2026, 1, 5))).ernst is (
            ri.Ernst.WAARSCHUWING
        )
        b = _een("rol_ontbreekt", rolcontrole(t, date(2026, 1, 6)))
        assert b.ernst is ri.Ernst.OVERTREDING
        assert b.datum == date(2025, 11, 25)
        assert "evaluatie (R, due Tue 2026-01-06)" in b.melding

    def test_one_finding_per_role(self) -> None:
        """A role missing for many steps gives one finding listing them, each step once."""
        t = _traject(betrokkenen=(BA, LG, LA, AD))
        b = _een("rol_ontbreekt", rolcontrole(t, PEIL))
        assert b.melding.count("evaluatie (R") == 1
        assert "eerstejaarsevaluatie (C" in b.melding
        # Due 6 weeks after the evaluation of 15 Sep 2026: Tue 27 Oct 2026.
        assert "spoor_2 (C, due Tue 2026-10-27)" in b.melding

    def test_casemanager_named_in_plan(self) -> None:
        """A plan naming a betrokkene as casemanager fills the role."""
        hr = _b("HR-1", Rol.WERKGEVER)
        t = _traject(
            betrokkenen=(BA, LG, LA, AD, hr),
            gebeurtenissen=(
                ri.PlanVanAanpak(datum=date(2025, 11, 18), casemanager="HR-1"),
                AD_ONDERZOEK,
                EJE,
            ),
        )
        assert _met("rol_ontbreekt", rolcontrole(t, PEIL)) == []

    def test_employer_employee_uwv_always_filled(self) -> None:
        """With no betrokkenen at all, werknemer, werkgever and uwv are never missing."""
        t = _traject(betrokkenen=(), sporen=(), driegesprekken=(), gebeurtenissen=())
        rollen = {
            b.melding.split()[5].rstrip(",") for b in _met("rol_ontbreekt", rolcontrole(t, PEIL))
        }
        assert rollen == {"bedrijfsarts", "casemanager"}

    def test_informed_roles_not_needed(self) -> None:
        """A leidinggevende is only informed: never reported missing."""
        gesprek = ri.Driegesprek(datum=date(2025, 12, 4), deelnemers=("W-1", "CM-1", "LA-1"))
        t = _traject(betrokkenen=(BA, CM, LA, AD), driegesprekken=(gesprek,))
        assert _met("rol_ontbreekt", rolcontrole(t, PEIL)) == []

    def test_lapsed_steps_not_needed(self) -> None:
        """After recovery on Thu 30 Oct 2025 the probleemanalyse lapses: no bedrijfsarts
        needed."""
        t = _traject(
            betrokkenen=(),
            gebeurtenissen=(),
            sporen=(),
            driegesprekken=(),
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=X, laatste_dag=date(2025, 10, 30)),),
        )
        assert rolcontrole(t, PEIL) == ()

    def test_earlier_case_counts(self) -> None:
        """A gap in an earlier case of sickness is reported too, with that case's X."""
        t = _traject(
            betrokkenen=(CM, LG, LA, AD),
            gebeurtenissen=(),
            sporen=(),
            driegesprekken=(),
            ziekteperioden=(
                ri.Ziekteperiode(eerste_dag=X, laatste_dag=date(2025, 12, 31)),
                ri.Ziekteperiode(eerste_dag=date(2026, 3, 2)),
            ),
        )
        b = _een("rol_ontbreekt", rolcontrole(t, date(2026, 3, 3)))
        assert (b.datum, b.eerste_ziektedag) == (date(2025, 11, 11), X)


class TestRolconflict:
    """rolconflict: one person in two roles that clash."""

    def test_bedrijfsarts_also_casemanager(self) -> None:
        """The bedrijfsarts holding the casemanager role: a waarschuwing (no legal bar; the
        NVAB strongly advises against it)."""
        arts = _b("BA-1", Rol.BEDRIJFSARTS, Rol.CASEMANAGER, organisatie="Arbodienst")
        b = _een("rolconflict", rolcontrole(_traject(betrokkenen=(arts, LG, LA, AD)), PEIL))
        assert b.ernst is ri.Ernst.WAARSCHUWING
        assert b.melding.startswith("BA-1 is bedrijfsarts and is casemanager:")
        assert "AVG art. 9" in b.bron
        assert "niet expliciet verboden" in b.bron
        assert b.datum == PEIL

    def test_bedrijfsarts_named_casemanager_in_plan(self) -> None:
        """A plan naming the bedrijfsarts as casemanager is the same conflict."""
        t = _traject(
            betrokkenen=(BA, LG, LA, AD),
            gebeurtenissen=(
                ri.PlanVanAanpak(datum=date(2025, 11, 18), casemanager="BA-1"),
                AD_ONDERZOEK,
                EJE,
            ),
        )
        assert "is casemanager" in _een("rolconflict", rolcontrole(t, PEIL)).melding
        assert _met("rolconflict", rolcontrole(t, date(2025, 11, 17))) == []

    def test_bedrijfsarts_manages_employee(self) -> None:
        """The bedrijfsarts with a line relation to the employee."""
        arts = _b("BA-1", Rol.BEDRIJFSARTS, organisatie="Arbodienst", lijn=True)
        b = _een("rolconflict", rolcontrole(_traject(betrokkenen=(arts, CM, LG, LA, AD)), PEIL))
        assert b.melding.startswith("BA-1 is bedrijfsarts and manages the employee:")

    def test_bedrijfsarts_also_leidinggevende(self) -> None:
        """The bedrijfsarts holding a leidinggevende role."""
        arts = _b("BA-1", Rol.BEDRIJFSARTS, Rol.LEIDINGGEVENDE)
        b = _een("rolconflict", rolcontrole(_traject(betrokkenen=(arts, CM, LG, LA, AD)), PEIL))
        assert "is leidinggevende" in b.melding

    def test_bedrijfsarts_also_werkgever(self) -> None:
        """The bedrijfsarts holding the werkgever role."""
        arts = _b("BA-1", Rol.BEDRIJFSARTS, Rol.WERKGEVER)
        b = _een("rolconflict", rolcontrole(_traject(betrokkenen=(arts, CM, LG, LA, AD)), PEIL))
        assert "is werkgever" in b.melding

    def test_one_finding_per_pair(self) -> None:
        """Two clashing pairs in one person give two findings."""
        arts = _b("BA-1", Rol.BEDRIJFSARTS, Rol.CASEMANAGER, Rol.WERKGEVER)
        assert (
            len(_met("rolconflict", rolcontrole(_traject(betrokkenen=(arts, LG, LA, AD)), PEIL)))
            == 2
        )

    def test_compatible_roles(self) -> None:
        """A manager who is also casemanager, or an adviser who is also jobcoach, is fine."""
        lgcm = _b("LG-1", Rol.LEIDINGGEVENDE, Rol.CASEMANAGER, lijn=True)
        lajc = _b("LA-1", Rol.LOOPBAANADVISEUR, Rol.JOBCOACH, organisatie="ProMotion")
        assert (
            _met("rolconflict", rolcontrole(_traject(betrokkenen=(BA, lgcm, lajc, AD)), PEIL)) == []
        )

    def test_conflicts_are_data(self) -> None:
        """The clashing pairs are the bedrijfsarts with the employer's roles, each sourced."""
        assert {(c.rol, c.met) for c in ROLCONFLICTEN} == {
            (Rol.BEDRIJFSARTS, Rol.CASEMANAGER),
            (Rol.BEDRIJFSARTS, Rol.LEIDINGGEVENDE),
            (Rol.BEDRIJFSARTS, Rol.WERKGEVER),
        }
        assert all(c.bron and c.reden for c in ROLCONFLICTEN)

    def test_employee_in_other_role_impossible(self) -> None:
        """The employee can hold no other role: the Traject refuses it as a betrokkene."""
        with pytest.raises(ri.ValidationError):
            _traject(betrokkenen=(_b("W-1", Rol.CASEMANAGER),))
        with pytest.raises(ri.ValidationError):
            _b("W-1", Rol.WERKNEMER, Rol.CASEMANAGER)


class TestNietOnafhankelijk:
    """niet_onafhankelijk: providers and advisers from the employer's line."""

    def test_internal_career_adviser(self) -> None:
        """A loopbaanadviseur of the employer's organisation: a waarschuwing."""
        intern = _b("LA-9", Rol.LOOPBAANADVISEUR)
        b = _een("niet_onafhankelijk", rolcontrole(_traject(betrokkenen=(*ALLEN, intern)), PEIL))
        assert b.ernst is ri.Ernst.WAARSCHUWING
        assert b.melding == (
            "LA-9 (loopbaanadviseur) is not independent of the employer: belongs to the "
            "employer's organisation WG"
        )
        assert "tip 2" in b.bron
        assert b.datum == PEIL

    def test_jobcoach_with_line_relation(self) -> None:
        """A jobcoach from outside who manages the employee."""
        jc = _b("JC-1", Rol.JOBCOACH, organisatie="Holding", lijn=True)
        b = _een("niet_onafhankelijk", rolcontrole(_traject(betrokkenen=(*ALLEN, jc)), PEIL))
        assert b.melding.endswith("manages the employee")

    def test_both_grounds(self) -> None:
        """Of the employer and the employee's manager."""
        rb = _b("RB-1", Rol.RE_INTEGRATIEBEDRIJF, lijn=True)
        b = _een("niet_onafhankelijk", rolcontrole(_traject(betrokkenen=(*ALLEN, rb)), PEIL))
        assert b.melding.endswith("organisation WG and manages the employee")

    def test_spoor_2_provider(self) -> None:
        """The employer's casemanager as spoor 2 provider, dated by the spoor's start."""
        spoor = ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 9, 21), aanbieder="CM-1")
        b = _een("niet_onafhankelijk", rolcontrole(_traject(sporen=(spoor,)), PEIL))
        assert b.datum == date(2026, 9, 21)
        assert b.melding.startswith("CM-1 (spoor 2 provider from Mon 2026-09-21)")

    def test_spoor_2_not_yet_started(self) -> None:
        """A spoor 2 starting after the peildatum is not checked yet."""
        spoor = ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 10, 5), aanbieder="CM-1")
        assert _met("niet_onafhankelijk", rolcontrole(_traject(sporen=(spoor,)), PEIL)) == []

    def test_role_and_spoor_in_one_finding(self) -> None:
        """An internal adviser who also provides spoor 2 gives one finding."""
        intern = _b("LA-9", Rol.LOOPBAANADVISEUR)
        spoor = ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 9, 21), aanbieder="LA-9")
        t = _traject(betrokkenen=(*ALLEN, intern), sporen=(spoor,))
        b = _een("niet_onafhankelijk", rolcontrole(t, PEIL))
        assert b.melding.startswith("LA-9 (loopbaanadviseur, spoor 2 provider from Mon 2026-09-21)")

    def test_independent_provider(self) -> None:
        """ProMotion's adviser as spoor 2 provider: nothing to report."""
        assert _met("niet_onafhankelijk", rolcontrole(_traject(), PEIL)) == []

    def test_internal_spoor_1_provider(self) -> None:
        """A spoor 1 with the own employer may be run from inside."""
        spoor = ri.Spoor(soort=ri.Spoorsoort.SPOOR_1, start=date(2025, 12, 1), aanbieder="CM-1")
        assert _met("niet_onafhankelijk", rolcontrole(_traject(sporen=(spoor,)), PEIL)) == []

    def test_other_internal_roles(self) -> None:
        """An internal arbeidsdeskundige is not a role that must be independent."""
        ad = _b("AD-1", Rol.ARBEIDSDESKUNDIGE)
        assert (
            _met(
                "niet_onafhankelijk", rolcontrole(_traject(betrokkenen=(BA, CM, LG, LA, ad)), PEIL)
            )
            == []
        )


class TestDriegesprekOnvolledig:
    """driegesprek_onvolledig: employee, employer side and adviser must all be there."""

    def _bevindingen(
        self, *deelnemers: str, extra: tuple[ri.Betrokkene, ...] = ()
    ) -> list[ri.Bevinding]:
        gesprek = ri.Driegesprek(datum=date(2025, 12, 4), deelnemers=deelnemers)
        t = _traject(betrokkenen=(*ALLEN, *extra), driegesprekken=(gesprek,))
        return _met("driegesprek_onvolledig", rolcontrole(t, PEIL))

    def test_complete_manager(self) -> None:
        """Employee, manager and career adviser (the career centre's first case)."""
        assert self._bevindingen("W-1", "LG-1", "LA-1") == []

    def test_complete_casemanager_and_arbeidsdeskundige(self) -> None:
        """Employee, casemanager, career adviser and arbeidsdeskundige (good practice, tip 7)."""
        assert self._bevindingen("W-1", "CM-1", "LA-1", "AD-1") == []

    def test_outside_casemanager_is_adviser(self) -> None:
        """A casemanager from an arbodienst counts as the adviser, beside the manager."""
        extern = _b("CM-9", Rol.CASEMANAGER, organisatie="Arbodienst")
        assert self._bevindingen("W-1", "LG-1", "CM-9", extra=(extern,)) == []

    def test_without_employee(self) -> None:
        """Without the employee: a waarschuwing on the driegesprek's date."""
        [b] = self._bevindingen("LG-1", "LA-1", "AD-1")
        assert b.ernst is ri.Ernst.WAARSCHUWING
        assert b.datum == date(2025, 12, 4)
        assert b.melding == "the driegesprek of Thu 2025-12-04 lacks the employee W-1"
        assert "tip 7" in b.bron

    def test_without_employer_side(self) -> None:
        """Employee with two outside advisers."""
        [b] = self._bevindingen("W-1", "LA-1", "AD-1")
        assert "lacks an employer-side person" in b.melding

    def test_without_adviser(self) -> None:
        """Employee, manager and casemanager: no independent link."""
        [b] = self._bevindingen("W-1", "LG-1", "CM-1")
        assert b.melding.endswith("lacks an independent adviser (from outside the employer's line)")

    def test_internal_adviser_does_not_count(self) -> None:
        """A career adviser of the employer is not the independent adviser."""
        intern = _b("LA-9", Rol.LOOPBAANADVISEUR)
        [b] = self._bevindingen("W-1", "LG-1", "LA-9", extra=(intern,))
        assert "independent adviser" in b.melding

    def test_everything_missing(self) -> None:
        """All three places listed in one finding."""
        uwv = _b("UWV-1", Rol.UWV, organisatie="UWV")
        jc = _b("JC-9", Rol.JOBCOACH)
        [b] = self._bevindingen("UWV-1", "JC-9", "AD-1", extra=(uwv, jc))
        assert "employee W-1 and an employer-side person" in b.melding
        assert "and an independent adviser" not in b.melding  # AD-1 is an outside adviser

    def test_after_peildatum(self) -> None:
        """A driegesprek after the peildatum is not checked."""
        gesprek = ri.Driegesprek(datum=date(2026, 10, 8), deelnemers=("LG-1", "LA-1", "AD-1"))
        t = _traject(driegesprekken=(gesprek,))
        assert _met("driegesprek_onvolledig", rolcontrole(t, PEIL)) == []
        assert len(_met("driegesprek_onvolledig", rolcontrole(t, date(2026, 10, 8)))) == 1


class TestGeenArbeidsdeskundigOnderzoek:
    """geen_arbeidsdeskundig_onderzoek: spoor 2 without an assessment before the
    eerstejaarsevaluatie."""

    def test_onderzoek_before(self) -> None:
        """Assessment Thu 20 Aug 2026, evaluation Tue 15 Sep 2026: nothing to report."""
        assert _met("geen_arbeidsdeskundig_onderzoek", rolcontrole(_traject(), PEIL)) == []

    def test_onderzoek_same_day(self) -> None:
        """On the day of the evaluation itself is in time."""
        t = _traject(gebeurtenissen=(ri.ArbeidsdeskundigOnderzoek(datum=date(2026, 9, 15)), EJE))
        assert _met("geen_arbeidsdeskundig_onderzoek", rolcontrole(t, PEIL)) == []

    def test_no_onderzoek(self) -> None:
        """None at all: a waarschuwing dated by the held evaluation."""
        t = _traject(gebeurtenissen=(EJE,))
        b = _een("geen_arbeidsdeskundig_onderzoek", rolcontrole(t, PEIL))
        assert b.ernst is ri.Ernst.WAARSCHUWING
        assert b.datum == date(2026, 9, 15)
        assert b.eerste_ziektedag == X
        assert b.melding == (
            "spoor 2 under way (from Mon 2026-09-21) without an arbeidsdeskundig onderzoek "
            "before the eerstejaarsevaluatie (held on Tue 2026-09-15)"
        )
        assert "UWV Werkwijzer Poortwachter" in b.bron

    def test_onderzoek_after(self) -> None:
        """An assessment after the evaluation (Tue 22 Sep 2026) is too late, and named."""
        t = _traject(gebeurtenissen=(EJE, ri.ArbeidsdeskundigOnderzoek(datum=date(2026, 9, 22))))
        b = _een("geen_arbeidsdeskundig_onderzoek", rolcontrole(t, PEIL))
        assert b.melding.endswith("; the first came on Tue 2026-09-22")

    def test_no_spoor_2(self) -> None:
        """Without spoor 2 no assessment is expected."""
        t = _traject(gebeurtenissen=(EJE,), sporen=())
        assert _met("geen_arbeidsdeskundig_onderzoek", rolcontrole(t, PEIL)) == []

    def test_spoor_2_not_yet_started(self) -> None:
        """A spoor 2 from Mon 5 Oct 2026 is not under way on Thu 1 Oct 2026."""
        spoor = ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 10, 5), aanbieder="LA-1")
        t = _traject(gebeurtenissen=(EJE,), sporen=(spoor,))
        assert _met("geen_arbeidsdeskundig_onderzoek", rolcontrole(t, PEIL)) == []
        assert len(_met("geen_arbeidsdeskundig_onderzoek", rolcontrole(t, date(2026, 10, 5)))) == 1

    def test_evaluation_not_yet_due(self) -> None:
        """Spoor 2 early (Mon 1 Jun 2026), no evaluation held: nothing until its due date,
        Tue 29 Sep 2026."""
        spoor = ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 6, 1), aanbieder="LA-1")
        t = _traject(gebeurtenissen=(), sporen=(spoor,))
        assert _met("geen_arbeidsdeskundig_onderzoek", rolcontrole(t, date(2026, 9, 28))) == []
        b = _een("geen_arbeidsdeskundig_onderzoek", rolcontrole(t, date(2026, 9, 29)))
        assert b.datum == date(2026, 9, 29)
        assert "(due by Tue 2026-09-29)" in b.melding

    def test_recovered_before_evaluation(self) -> None:
        """Recovered Mon 10 Aug 2026, before the evaluation's window opened (Wed 12 Aug):
        it lapses, and nothing is expected."""
        spoor = ri.Spoor(soort=ri.Spoorsoort.SPOOR_2, start=date(2026, 6, 1), aanbieder="LA-1")
        t = _traject(
            gebeurtenissen=(),
            sporen=(spoor,),
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=X, laatste_dag=date(2026, 8, 10)),),
        )
        assert _met("geen_arbeidsdeskundig_onderzoek", rolcontrole(t, PEIL)) == []

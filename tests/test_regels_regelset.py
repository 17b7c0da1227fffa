"""Rules as data: the Dutch rule set as values, custom rule sets, errors and validity dates.

Custom rules below count from X = Wed 1 Oct 2025 unless said otherwise; every
expected date is literal with its arithmetic in a comment.
"""

from __future__ import annotations

from datetime import date

import attrs
import pytest

import reintegratie as ri
from reintegratie.regels import (
    Herhaling,
    MetFeit,
    NaFeit,
    NaTermijn,
    Regel,
    Vereiste,
    VerlengingTeLaat,
    VerlengingWeken,
    Ziektedag,
    ZonderFeit,
)

X = date(2025, 10, 1)


def _traject(*gebeurtenissen: ri.Gebeurtenis, x: date = X) -> ri.Traject:
    return ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=(ri.Ziekteperiode(eerste_dag=x),),
        gebeurtenissen=gebeurtenissen,
    )


def _regel(code: str, anker: ri.regels.Anker, **velden: object) -> Regel:
    return Regel(code=code, omschrijving=f"rule {code}", anker=anker, bron=f"bron {code}", **velden)


class TestPoortwachterAlsData:
    """The Dutch rule set is a tuple of Regel values carrying their sources."""

    def test_is_tuple_of_regels(self) -> None:
        """POORTWACHTER is a tuple of Regel."""
        assert isinstance(ri.POORTWACHTER, tuple)
        assert all(isinstance(r, Regel) for r in ri.POORTWACHTER)

    def test_codes(self) -> None:
        """It has the codes of the poortwachter steps and einde_loondoorbetaling."""
        assert {r.code for r in ri.POORTWACHTER} == {
            "ziekmelding",
            "melding_bedrijfsarts",
            "probleemanalyse",
            "plan_van_aanpak",
            "evaluatie",
            "melding_42e_week",
            "eerstejaarsevaluatie",
            "spoor_2",
            "uwv_brief_wia",
            "re_integratieverslag",
            "wia_aanvraag",
            "einde_wachttijd",
            "einde_loondoorbetaling",
            "ingang_wia",
            # reintegratie.regels.bijzondere_meldingen
            "melding_ziek_uit_dienst",
            "eindevaluatie",
            "melding_vangnet",
            "vervroegde_iva",
        }

    def test_every_rule_has_source(self) -> None:
        """Every rule cites a source and describes itself."""
        for r in ri.POORTWACHTER:
            assert r.bron.strip(), r.code
            assert r.omschrijving.strip(), r.code

    def test_only_42e_week_shifts(self) -> None:
        """By default only the 42nd-week report shifts to a working day (Atw; docs/telling.md)."""
        schuivend = [
            r.code for r in ri.POORTWACHTER if r.verschuiving is ri.Verschuiving.VOLGENDE_WERKDAG
        ]
        assert schuivend == ["melding_42e_week"]

    def test_eerste_dag_na_shifts_nothing(self) -> None:
        """Under EERSTE_DAG_NA nothing shifts."""
        regels = ri.poortwachter_regels(ri.Telwijze.EERSTE_DAG_NA)
        assert all(r.verschuiving is ri.Verschuiving.GEEN for r in regels)

    def test_visie_required_by_document_date(self) -> None:
        """One plan van aanpak rule; its visie requirement holds for documents dated from
        1 Jul 2023 (Stcrt. 2023, 13931), as do those of the bijstelling and the
        eerstejaarsevaluatie."""
        plannen = [r for r in ri.POORTWACHTER if r.code == "plan_van_aanpak"]
        assert len(plannen) == 1
        visies = {
            v.code: v
            for r in ri.POORTWACHTER
            for v in r.vereisten
            if v.code.endswith("zonder_visie")
        }
        assert set(visies) == {
            "plan_van_aanpak_zonder_visie",
            "bijstelling_zonder_visie",
            "eerstejaarsevaluatie_zonder_visie",
        }
        for v in visies.values():
            assert (v.geldig_vanaf, v.geldig_tot) == (date(2023, 7, 1), None)
            assert not v.geldig_op(date(2023, 6, 30))
            assert v.geldig_op(date(2023, 7, 1))

    def test_variants_only_where_the_law_changed(self) -> None:
        """Two codes have dated variants (the 2013 change of WIA art. 64); the eindevaluatie
        (short or full) and the vangnet report (by the fourth sick day or within 6 weeks) have
        variants by condition; each other code has one rule."""
        codes = [r.code for r in ri.POORTWACHTER]
        dubbel = {c for c in codes if codes.count(c) > 1}
        assert dubbel == {"uwv_brief_wia", "wia_aanvraag", "eindevaluatie", "melding_vangnet"}
        for code in ("uwv_brief_wia", "wia_aanvraag"):
            oud, nieuw = (r for r in ri.POORTWACHTER if r.code == code)
            assert oud.geldig_tot == date(2013, 6, 30)
            assert nieuw.geldig_vanaf == date(2013, 7, 1)

    def test_every_rule_dated(self) -> None:
        """Every rule but the evaluation (in force with the plan it counts from) says from
        when it is in force, and before the earliest the law is unknown: an error."""
        for r in ri.POORTWACHTER:
            if r.code == "evaluatie":
                assert r.geldig_vanaf is None
                continue
            assert r.geldig_vanaf is not None, r.code

    def test_cached_per_telwijze(self) -> None:
        """poortwachter_regels gives one shared tuple per call form."""
        assert ri.poortwachter_regels() is ri.POORTWACHTER
        assert ri.poortwachter_regels(ri.Telwijze.EERSTE_DAG_NA) is ri.poortwachter_regels(
            ri.Telwijze.EERSTE_DAG_NA
        )

    def test_explicit_default_is_poortwachter(self) -> None:
        """Naming the default convention gives the same shared tuple ("one per convention")."""
        assert ri.poortwachter_regels(ri.Telwijze.EINDE_WEEK) is ri.POORTWACHTER
        assert ri.poortwachter_regels(telwijze=ri.Telwijze.EINDE_WEEK) is ri.POORTWACHTER

    def test_frozen(self) -> None:
        """A Regel cannot be changed in place."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            ri.POORTWACHTER[0].code = "x"  # type: ignore[misc]

    def test_passing_poortwachter_explicitly(self) -> None:
        """regels=POORTWACHTER gives the same timeline as the default."""
        assert ri.tijdlijn(_traject(), regels=ri.POORTWACHTER) == ri.tijdlijn(_traject())


class TestEigenRegelset:
    """The engine interprets any rule set."""

    def test_single_rule(self) -> None:
        """One rule at sick day 10: X+9 = Fri 10 Oct 2025, nothing else."""
        tl = ri.tijdlijn(_traject(), regels=(_regel("a", Ziektedag(10)),))
        assert tl.codes == ("a",)
        assert tl["a"].uiterlijk == date(2025, 10, 10)
        assert tl["a"].bron == "bron a"

    def test_empty_rule_set(self) -> None:
        """An empty rule set gives an empty timeline."""
        assert len(ri.tijdlijn(_traject(), regels=())) == 0

    def test_na_termijn(self) -> None:
        """b counts 5 days after a: 10 Oct + 5 = Wed 15 Oct 2025; c 3 days before: 7 Oct."""
        regels = (
            _regel("c", NaTermijn("a", -3)),
            _regel("b", NaTermijn("a", 5)),
            _regel("a", Ziektedag(10)),
        )
        tl = ri.tijdlijn(_traject(), regels=regels)
        assert tl["b"].uiterlijk == date(2025, 10, 15)
        assert tl["c"].uiterlijk == date(2025, 10, 7)
        assert tl.codes == ("c", "a", "b")

    def test_next_working_day(self) -> None:
        """Sick day 4 = X+3 = Sat 4 Oct 2025 shifts to Mon 6 Oct 2025."""
        regel = _regel("a", Ziektedag(4), verschuiving=ri.Verschuiving.VOLGENDE_WERKDAG)
        assert ri.tijdlijn(_traject(), regels=(regel,))["a"].uiterlijk == date(2025, 10, 6)

    def test_custom_kalender(self) -> None:
        """With Mon 6 Oct 2025 declared a holiday, Sat 4 Oct shifts to Tue 7 Oct 2025."""
        regel = _regel("a", Ziektedag(4), verschuiving=ri.Verschuiving.VOLGENDE_WERKDAG)
        kalender = ri.Kalender().met_extra_dagen(date(2025, 10, 6))
        tl = ri.tijdlijn(_traject(), regels=(regel,), kalender=kalender)
        assert tl["a"].uiterlijk == date(2025, 10, 7)

    def test_na_feit(self) -> None:
        """10 days after a recorded PA on Mon 6 Oct 2025: Thu 16 Oct 2025."""
        regel = _regel("a", NaFeit("probleemanalyse", 10, anders=Ziektedag(30)))
        traject = _traject(ri.Probleemanalyse(datum=date(2025, 10, 6)))
        assert ri.tijdlijn(traject, regels=(regel,))["a"].uiterlijk == date(2025, 10, 16)

    def test_na_feit_fallback(self) -> None:
        """Without the fact: the fallback, sick day 30 = X+29 = Thu 30 Oct 2025."""
        regel = _regel("a", NaFeit("probleemanalyse", 10, anders=Ziektedag(30)))
        assert ri.tijdlijn(_traject(), regels=(regel,))["a"].uiterlijk == date(2025, 10, 30)

    def test_herhaling(self) -> None:
        """Every 7 days from X until sick day 29 (X+28 = Wed 29 Oct 2025): four termijnen."""
        # X+7 = 8 Oct, X+14 = 15 Oct, X+21 = 22 Oct, X+28 = 29 Oct (the end itself).
        regels = (
            _regel("eind", Ziektedag(29)),
            _regel("check", Ziektedag(1), herhaling=Herhaling(interval=7, tot="eind")),
        )
        tl = ri.tijdlijn(_traject(), regels=regels)
        assert [t.uiterlijk for t in tl.alle("check")] == [
            date(2025, 10, 8),
            date(2025, 10, 15),
            date(2025, 10, 22),
            date(2025, 10, 29),
        ]

    def test_venster(self) -> None:
        """A window from sick day 5 (Sun 5 Oct) to sick day 9 (Thu 9 Oct 2025)."""
        regel = _regel("a", Ziektedag(9), venster_vanaf=Ziektedag(5))
        t = ri.tijdlijn(_traject(), regels=(regel,))["a"]
        assert (t.vanaf, t.uiterlijk) == (date(2025, 10, 5), date(2025, 10, 9))

    def test_afgerond_door(self) -> None:
        """A rule completed by another fact's code."""
        regel = _regel("a", Ziektedag(10), afgerond_door="probleemanalyse")
        traject = _traject(ri.Probleemanalyse(datum=date(2025, 10, 8)))
        t = ri.tijdlijn(traject, regels=(regel,))["a"]
        assert t.status is ri.Status.GEHAALD
        assert t.afgerond_op == date(2025, 10, 8)

    def test_verlenging_te_laat(self) -> None:
        """b after a is extended by a's days late: PA due 10 Oct, done 13 Oct: b + 3 days."""
        regels = (
            _regel("probleemanalyse", Ziektedag(10)),
            _regel(
                "b",
                Ziektedag(20),
                soort=ri.Termijnsoort.MOMENT,
                verlengingen=(VerlengingTeLaat("probleemanalyse"),),
            ),
        )
        traject = _traject(ri.Probleemanalyse(datum=date(2025, 10, 13)))
        # Sick day 20 = X+19 = Mon 20 Oct 2025, + 3 = Thu 23 Oct 2025.
        assert ri.tijdlijn(traject, regels=regels)["b"].uiterlijk == date(2025, 10, 23)

    def test_verlenging_weken_capped(self) -> None:
        """A week extension capped at 2 weeks: sick day 20 (20 Oct) + 14 = Mon 3 Nov 2025."""
        regel = _regel(
            "a",
            Ziektedag(20),
            soort=ri.Termijnsoort.MOMENT,
            verlengingen=(VerlengingWeken("loonsanctie", maximum_weken=2),),
        )
        traject = _traject(ri.Loonsanctie(datum=date(2025, 10, 5), weken=5))
        assert ri.tijdlijn(traject, regels=(regel,))["a"].uiterlijk == date(2025, 11, 3)

    def test_voorwaarde(self) -> None:
        """A rule that does not apply once a fact is recorded by its due date."""
        regel = _regel("a", Ziektedag(10), voorwaarde=ZonderFeit(("probleemanalyse",), "PA done"))
        traject = _traject(ri.Probleemanalyse(datum=date(2025, 10, 5)))
        t = ri.tijdlijn(traject, regels=(regel,))["a"]
        assert t.status is ri.Status.NIET_VAN_TOEPASSING
        assert t.toelichting == "PA done"

    def test_voorwaarde_op_dag_van_feit(self) -> None:
        """``MetFeit.zonder`` with ``ZonderFeit.op``: judged on the day of the fact ``op``,
        not on the due date. Plan van aanpak Fri 10 Oct 2025 starts a rule due 10 days later
        (20 Oct); a probleemanalyse on 5 Oct excludes it, one on 15 Oct (after 10 Oct,
        before the due date) does not. The finding is dated 10 Oct and names 5 Oct."""
        zonder = ZonderFeit(
            ("probleemanalyse",),
            "{feit} on {datum}",
            op="plan_van_aanpak",
            bevinding="a_uitgesloten",
            ernst=ri.Ernst.WAARSCHUWING,
        )
        regel = _regel(
            "a",
            NaFeit("plan_van_aanpak", 10),
            voorwaarde=MetFeit(("plan_van_aanpak",), "a plan", zonder=zonder),
        )
        plan = ri.PlanVanAanpak(datum=date(2025, 10, 10))
        eerder = _traject(ri.Probleemanalyse(datum=date(2025, 10, 5)), plan)
        t = ri.tijdlijn(eerder, regels=(regel,))["a"]
        assert (t.uiterlijk, t.status) == (date(2025, 10, 20), ri.Status.NIET_VAN_TOEPASSING)
        assert t.toelichting == "probleemanalyse on 2025-10-05"
        [b] = ri.toets(eerder, date(2025, 10, 11), regels=(regel,))
        assert (b.code, b.ernst, b.datum) == ("a_uitgesloten", ri.Ernst.WAARSCHUWING, plan.datum)
        later = _traject(plan, ri.Probleemanalyse(datum=date(2025, 10, 15)))
        assert ri.tijdlijn(later, regels=(regel,))["a"].status is ri.Status.OPEN
        assert ri.toets(later, date(2025, 10, 16), regels=(regel,)) == ()

    def test_voorwaarde_velden_fout(self) -> None:
        """Bad condition data is an error naming the field."""
        with pytest.raises(ri.ValidationError, match=r"op"):
            ZonderFeit(("x",), "t", op="")
        with pytest.raises(ri.ValidationError, match=r"zonder"):
            MetFeit(("x",), "t", zonder="y")  # type: ignore[arg-type]

    def test_custom_vereiste_in_toets(self) -> None:
        """A custom requirement becomes a finding with the rule's source."""
        regel = _regel(
            "plan_van_aanpak",
            Ziektedag(30),
            vereisten=(
                Vereiste(
                    code="plan_zonder_bijstelling",
                    veld="re_integratievisie",
                    melding="plan of {datum} without visie",
                    ernst=ri.Ernst.WAARSCHUWING,
                ),
            ),
        )
        traject = _traject(ri.PlanVanAanpak(datum=date(2025, 10, 20)))
        bevindingen = ri.toets(traject, date(2025, 11, 1), regels=(regel,))
        assert [(b.code, b.ernst) for b in bevindingen] == [
            ("plan_zonder_bijstelling", ri.Ernst.WAARSCHUWING)
        ]
        assert bevindingen[0].melding == "plan of 2025-10-20 without visie"
        assert bevindingen[0].bron == "bron plan_van_aanpak"

    def test_custom_severity(self) -> None:
        """ernst_gemist sets the severity of a missed deadline."""
        regel = _regel("a", Ziektedag(10), ernst_gemist=ri.Ernst.INFO)
        bevindingen = ri.toets(_traject(), date(2025, 10, 11), regels=(regel,))
        assert [(b.code, b.ernst, b.datum) for b in bevindingen] == [
            ("a", ri.Ernst.INFO, date(2025, 10, 10))
        ]

    def test_telwijze_ignored_with_custom_rules(self) -> None:
        """A custom rule set is used as given, whatever the telwijze."""
        regel = _regel("a", Ziektedag(10))
        tl = ri.tijdlijn(_traject(), regels=(regel,), telwijze=ri.Telwijze.EERSTE_DAG_NA)
        assert tl["a"].uiterlijk == date(2025, 10, 10)


class TestRuleSetError:
    """A rule set the engine cannot interpret raises RuleSetError."""

    @pytest.mark.parametrize(
        "regel",
        [
            pytest.param(_regel("a", NaTermijn("onbekend", 1)), id="na-termijn"),
            pytest.param(
                _regel("a", NaFeit("x", 1, anders=NaTermijn("onbekend", 0))), id="na-feit-anders"
            ),
            pytest.param(
                _regel("a", Ziektedag(1), venster_vanaf=NaTermijn("onbekend", 0)), id="venster"
            ),
            pytest.param(
                _regel("a", Ziektedag(1), verlengingen=(VerlengingTeLaat("onbekend"),)),
                id="verlenging-te-laat",
            ),
            pytest.param(
                _regel("a", Ziektedag(1), herhaling=Herhaling(interval=7, tot="onbekend")),
                id="herhaling-tot",
            ),
        ],
    )
    def test_unknown_reference(self, regel: Regel) -> None:
        """A reference to a code outside the rule set names that code."""
        with pytest.raises(ri.RuleSetError, match="onbekend"):
            ri.tijdlijn(_traject(), regels=(regel,))

    def test_cycle_of_two(self) -> None:
        """a counts from b and b from a."""
        regels = (_regel("a", NaTermijn("b", 1)), _regel("b", NaTermijn("a", 1)))
        with pytest.raises(ri.RuleSetError, match="cycle"):
            ri.tijdlijn(_traject(), regels=regels)

    def test_cycle_of_three(self) -> None:
        """a -> b -> c -> a."""
        regels = (
            _regel("a", NaTermijn("b", 1)),
            _regel("b", NaTermijn("c", 1)),
            _regel("c", NaTermijn("a", 1)),
        )
        with pytest.raises(ri.RuleSetError, match="cycle"):
            ri.tijdlijn(_traject(), regels=regels)

    def test_self_reference(self) -> None:
        """A rule counting from itself."""
        with pytest.raises(ri.RuleSetError, match="cycle"):
            ri.tijdlijn(_traject(), regels=(_regel("a", NaTermijn("a", 1)),))

    def test_cycle_through_herhaling(self) -> None:
        """A recurring rule that recurs until itself."""
        regel = _regel("a", Ziektedag(1), herhaling=Herhaling(interval=7, tot="a"))
        with pytest.raises(ri.RuleSetError, match="cycle"):
            ri.tijdlijn(_traject(), regels=(regel,))

    def test_not_a_regel(self) -> None:
        """A rule set holds Regel values only."""
        with pytest.raises(ri.RuleSetError):
            ri.tijdlijn(_traject(), regels=("probleemanalyse",))  # type: ignore[arg-type]

    def test_fact_without_fallback(self) -> None:
        """NaFeit without a fallback and without the fact cannot be dated."""
        regel = _regel("a", NaFeit("probleemanalyse", 14))
        with pytest.raises(ri.RuleSetError):
            ri.tijdlijn(_traject(), regels=(regel,))

    def test_reference_to_rule_not_in_force(self) -> None:
        """b counts from a, but a is not in force for this case."""
        regels = (
            _regel("a", Ziektedag(10), geldig_tot=date(2020, 1, 1)),
            _regel("b", NaTermijn("a", 1)),
        )
        with pytest.raises(ri.RuleSetError):
            ri.tijdlijn(_traject(), regels=regels)

    def test_in_toets_too(self) -> None:
        """toets raises the same error."""
        with pytest.raises(ri.RuleSetError):
            ri.toets(_traject(), date(2026, 1, 1), regels=(_regel("a", NaTermijn("a", 1)),))

    def test_is_reintegratie_error(self) -> None:
        """RuleSetError is a ReintegratieError and a ValueError."""
        assert issubclass(ri.RuleSetError, ri.ReintegratieError)
        assert issubclass(ri.RuleSetError, ValueError)


class TestGeldigheid:
    """Rule variants are selected by the due date of the termijn."""

    @staticmethod
    def _varianten() -> tuple[Regel, ...]:
        return (
            Regel(
                code="a",
                omschrijving="old",
                anker=Ziektedag(10),
                bron="old",
                geldig_tot=date(2025, 10, 9),
            ),
            Regel(
                code="a",
                omschrijving="new",
                anker=Ziektedag(10),
                bron="new",
                geldig_vanaf=date(2025, 10, 10),
            ),
        )

    def test_new_variant_from_date(self) -> None:
        """Due Fri 10 Oct 2025 (X+9): the variant in force from 10 Oct applies."""
        assert ri.tijdlijn(_traject(), regels=self._varianten())["a"].bron == "new"

    def test_old_variant_before_date(self) -> None:
        """X = Tue 30 Sep 2025: due Thu 9 Oct 2025, the old variant applies."""
        tl = ri.tijdlijn(_traject(x=date(2025, 9, 30)), regels=self._varianten())
        assert tl["a"].uiterlijk == date(2025, 10, 9)
        assert tl["a"].bron == "old"

    def test_none_in_force(self) -> None:
        """A rule whose validity ended before its due date is left out."""
        regel = _regel("a", Ziektedag(10), geldig_tot=date(2020, 1, 1))
        assert "a" not in ri.tijdlijn(_traject(), regels=(regel,))

    def test_not_yet_in_force(self) -> None:
        """A rule in force only from 2030 is left out of a 2025 case."""
        regel = _regel("a", Ziektedag(10), geldig_vanaf=date(2030, 1, 1))
        assert len(ri.tijdlijn(_traject(), regels=(regel,))) == 0

    def test_geldig_op_inclusive(self) -> None:
        """geldig_op includes both boundary days."""
        regel = _regel(
            "a", Ziektedag(1), geldig_vanaf=date(2025, 1, 1), geldig_tot=date(2025, 12, 31)
        )
        assert regel.geldig_op(date(2025, 1, 1))
        assert regel.geldig_op(date(2025, 12, 31))
        assert not regel.geldig_op(date(2024, 12, 31))
        assert not regel.geldig_op(date(2026, 1, 1))


class TestRegelValidatie:
    """Malformed rules are rejected with the library's own errors (errors.py)."""

    def test_sick_day_zero(self) -> None:
        """Sick days count from 1."""
        with pytest.raises(ri.ValidationError):
            Ziektedag(0)

    def test_empty_code(self) -> None:
        """A rule needs a code."""
        with pytest.raises(ri.ValidationError):
            _regel("", Ziektedag(1))

    def test_empty_bron(self) -> None:
        """A rule needs a source."""
        with pytest.raises(ri.ValidationError):
            Regel(code="a", omschrijving="a", anker=Ziektedag(1), bron="")

    def test_interval_zero(self) -> None:
        """A recurrence needs a positive interval."""
        with pytest.raises(ri.ValidationError):
            Herhaling(interval=0, tot="a")

    def test_bad_anker(self) -> None:
        """An anker that is no Anker is a ReintegratieError (errors.py: every error)."""
        with pytest.raises(ri.ReintegratieError):
            Regel(code="a", omschrijving="a", anker="sick day 10", bron="b")  # type: ignore[arg-type]

    def test_bad_herhaling(self) -> None:
        """A herhaling that is no Herhaling is rejected when the rule is made."""
        with pytest.raises(ri.ReintegratieError):
            _regel("a", Ziektedag(1), herhaling="every week")

    def test_bad_venster(self) -> None:
        """A venster_vanaf that is no Anker is rejected when the rule is made."""
        with pytest.raises(ri.ReintegratieError):
            _regel("a", Ziektedag(1), venster_vanaf="week 46")


class TestVeranderlijkeRegelset:
    """A rule set passed as a list is read afresh on every call."""

    def test_appended_rule_is_used(self) -> None:
        """A rule appended to the same list after a first call appears in the next timeline."""
        regels = [_regel("a", Ziektedag(10))]
        assert ri.tijdlijn(_traject(), regels=regels).codes == ("a",)
        regels.append(_regel("b", Ziektedag(20)))
        # Sick day 20 = X+19 = Mon 20 Oct 2025.
        tl = ri.tijdlijn(_traject(), regels=regels)
        assert tl.codes == ("a", "b")
        assert tl["b"].uiterlijk == date(2025, 10, 20)

    def test_replaced_rule_is_checked(self) -> None:
        """A rule replaced by a broken one in the same list raises RuleSetError."""
        regels = [_regel("a", Ziektedag(10))]
        ri.tijdlijn(_traject(), regels=regels)
        regels[0] = _regel("a", NaTermijn("onbekend", 1))
        with pytest.raises(ri.RuleSetError):
            ri.tijdlijn(_traject(), regels=regels)

    def test_fresh_list_each_call(self) -> None:
        """Equal lists made afresh give equal timelines."""
        eerste = ri.tijdlijn(_traject(), regels=[_regel("a", Ziektedag(10))])
        tweede = ri.tijdlijn(_traject(), regels=[_regel("a", Ziektedag(10))])
        assert eerste == tweede

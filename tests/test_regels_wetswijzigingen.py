"""The Dutch rule set as the law stands in December 2026, every change dated (issue 11).

Each test works its dates out by hand (arithmetic in the comments) and cites the source
it checks. The running example: X = Wed 1 Oct 2025, end of the wachttijd (sick day 728 =
X + 727) Tue 28 Sep 2027, WIA application (end - 77) Tue 13 Jul 2027.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

import reintegratie as ri
from reintegratie.cli import main
from reintegratie.regels.model import MetFeit
from reintegratie.regels.referentie import (
    in_werking_op,
    wetswijzigingen,
    wetswijzigingen_pagina,
)

DOCS = Path(__file__).resolve().parent.parent / "docs"
X = date(2025, 10, 1)
EINDE = date(2027, 9, 28)
CM = ri.Betrokkene(id="CM-1", rollen=frozenset({ri.Rol.CASEMANAGER}), organisatie="WG")
VISIES = {"re_integratievisie": True, "visie_werkgever": True, "visie_werknemer": True}


def _traject(*gebeurtenissen: ri.Gebeurtenis, x: date = X) -> ri.Traject:
    return ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=(ri.Ziekteperiode(eerste_dag=x),),
        gebeurtenissen=tuple(sorted(gebeurtenissen, key=lambda g: g.datum)),
        betrokkenen=(CM,),
    )


def _codes(bevindingen: tuple[ri.Bevinding, ...]) -> list[str]:
    return [b.code for b in bevindingen]


def _run(*args: str) -> tuple[int, str]:
    uit = io.StringIO()
    return main(list(args), uit), uit.getvalue()


class TestVisieOpDocumentdatum:
    """From 1 Jul 2023 a plan van aanpak, every bijstelling and the eerstejaarsevaluatie
    hold the bedrijfsarts's re-integratievisie and the visie of werkgever and werknemer on
    it (Regeling procesgang art. 4 lid 2 onder a en b; Stcrt. 2023, 13931). A document is
    judged by the law on its own date."""

    X = date(2023, 5, 1)  # Mon 1 May 2023; PA due X + 41 = Sun 11 Jun 2023

    def _plan(self, dag: date, **velden: bool) -> tuple[ri.Bevinding, ...]:
        traject = _traject(
            ri.Probleemanalyse(datum=date(2023, 6, 9)),
            ri.PlanVanAanpak(datum=dag, casemanager="CM-1", **velden),
            x=self.X,
        )
        return ri.toets(traject, date(2023, 7, 15))

    def test_plan_30_june_2023_needs_no_visie(self) -> None:
        """A plan of Fri 30 Jun 2023 (old text) without any visie: no visie finding."""
        assert "plan_van_aanpak_zonder_visie" not in _codes(self._plan(date(2023, 6, 30)))

    def test_plan_1_july_2023_needs_all_three(self) -> None:
        """A plan of Sat 1 Jul 2023 without visies: a finding naming all three."""
        b = [x for x in self._plan(date(2023, 7, 1)) if x.code == "plan_van_aanpak_zonder_visie"]
        assert len(b) == 1
        assert b[0].datum == date(2023, 7, 1)
        assert b[0].melding.endswith("bedrijfsarts, werkgever, werknemer")
        assert "13931" in b[0].bron

    def test_plan_1_july_2023_complete(self) -> None:
        """The same plan with the three visies: no visie finding."""
        assert "plan_van_aanpak_zonder_visie" not in _codes(self._plan(date(2023, 7, 1), **VISIES))

    def test_bijstelling_after_1_july_2025_of_an_old_case(self) -> None:
        """X = Mon 1 May 2023 (before 1 Jul 2023), a vrijwillige verlenging keeps the case
        running; a bijstelling of Tue 1 Jul 2025 (after the transitional rule lapsed) without
        the employee's visie is a finding; an evaluation without bijstelling needs none."""
        traject = _traject(
            ri.Probleemanalyse(datum=date(2023, 6, 9)),
            ri.PlanVanAanpak(datum=date(2023, 6, 20), casemanager="CM-1"),
            ri.VrijwilligeVerlenging(datum=date(2025, 2, 3), weken=26),
            ri.Evaluatie(
                datum=date(2025, 7, 1),
                bijstelling=True,
                re_integratievisie=True,
                visie_werkgever=True,
            ),
            ri.Evaluatie(datum=date(2025, 8, 1)),
            x=self.X,
        )
        bevindingen = ri.toets(traject, date(2025, 8, 5))
        visie = [b for b in bevindingen if b.code == "bijstelling_zonder_visie"]
        assert [(b.datum, b.melding.rsplit(": ", 1)[1]) for b in visie] == [
            (date(2025, 7, 1), "werknemer")
        ]
        # The plan of 20 Jun 2023 itself stays judged by the old text.
        assert "plan_van_aanpak_zonder_visie" not in _codes(bevindingen)

    def test_eerstejaarsevaluatie(self) -> None:
        """An eerstejaarsevaluatie of Tue 1 Sep 2026 with only the bedrijfsarts's visie."""
        traject = _traject(
            ri.Eerstejaarsevaluatie(
                datum=date(2026, 9, 1), spoor_2_nodig=True, re_integratievisie=True
            )
        )
        b = [x for x in ri.toets(traject, date(2026, 9, 2)) if x.code.endswith("zonder_visie")]
        assert [x.code for x in b] == ["eerstejaarsevaluatie_zonder_visie"]
        assert b[0].melding.endswith("werkgever, werknemer")


class TestVrijwilligeVerlenging:
    """UWV: at least 13 weeks, no maximum; a further extension or a shortening may not end
    the period earlier than 13 weeks after its request (WIA art. 24 lid 2–3)."""

    def test_12_weeks_refused(self) -> None:
        """A first extension of 12 weeks is refused, naming the field."""
        with pytest.raises(ri.ValidationError, match=r"VrijwilligeVerlenging\.weken"):
            ri.VrijwilligeVerlenging(datum=date(2027, 6, 1), weken=12)

    def test_13_weeks(self) -> None:
        """13 weeks = 91 days: 28 Sep 2027 + 91 = Tue 28 Dec 2027; WIA application - 77 =
        Tue 12 Oct 2027."""
        # Sep 28 + 2 = Sep 30, + 31 = Oct 31 (33), + 30 = Nov 30 (63), + 28 = Dec 28 (91).
        # Dec 28 - 28 = Nov 30, - 30 = Oct 31 (58), - 19 = Oct 12 (77).
        tl = ri.tijdlijn(_traject(ri.VrijwilligeVerlenging(datum=date(2027, 6, 1), weken=13)))
        assert tl["einde_wachttijd"].uiterlijk == date(2027, 12, 28)
        assert tl["wia_aanvraag"].uiterlijk == date(2027, 10, 12)
        assert tl["ingang_wia"].uiterlijk == date(2027, 12, 29)

    def test_no_maximum(self) -> None:
        """104 weeks = 728 days: 28 Sep 2027 + 364 = Tue 26 Sep 2028 (29 Feb 2028 between),
        + 364 = Tue 25 Sep 2029."""
        tl = ri.tijdlijn(_traject(ri.VrijwilligeVerlenging(datum=date(2027, 6, 1), weken=104)))
        assert tl["einde_wachttijd"].uiterlijk == date(2029, 9, 25)

    def test_further_extension_too_short(self) -> None:
        """13 weeks, then a further 4 weeks requested Mon 1 Nov 2027: the end would be 28 Dec
        2027 + 28 = Tue 25 Jan 2028, before 1 Nov 2027 + 91 = Mon 31 Jan 2028: refused
        (lid 3)."""
        # Nov 1 + 29 = Nov 30, + 31 = Dec 31 (60), + 31 = Jan 31 (91).
        traject = _traject(
            ri.VrijwilligeVerlenging(datum=date(2027, 6, 1), weken=13),
            ri.VrijwilligeVerlenging(datum=date(2027, 11, 1), weken=4, verdere=True),
        )
        with pytest.raises(ri.ValidationError, match=r"WIA art\. 24 lid 3"):
            ri.tijdlijn(traject)

    def test_further_extension_13_weeks_after_request(self) -> None:
        """A further 5 weeks requested Mon 1 Nov 2027: 28 Dec 2027 + 35 = Tue 1 Feb 2028,
        one day past 1 Nov + 91 = 31 Jan 2028: allowed."""
        # Dec 28 + 3 = Dec 31, + 31 = Jan 31 (34), + 1 = Feb 1 (35).
        traject = _traject(
            ri.VrijwilligeVerlenging(datum=date(2027, 6, 1), weken=13),
            ri.VrijwilligeVerlenging(datum=date(2027, 11, 1), weken=5, verdere=True),
        )
        assert ri.tijdlijn(traject)["einde_wachttijd"].uiterlijk == date(2028, 2, 1)

    def test_shortening(self) -> None:
        """26 weeks (end Tue 28 Mar 2028), shortened by 13 weeks to 28 Dec 2027: at a request
        of Fri 1 Oct 2027 (+ 91 = Fri 31 Dec 2027, after 28 Dec) refused; at a request of
        Mon 27 Sep 2027 (+ 91 = Mon 27 Dec 2027) allowed."""
        # Oct 1 + 30 = Oct 31, + 30 = Nov 30 (60), + 31 = Dec 31 (91).
        # Sep 27 + 3 = Sep 30, + 31 = Oct 31 (34), + 30 = Nov 30 (64), + 27 = Dec 27 (91).
        te_laat = _traject(
            ri.VrijwilligeVerlenging(datum=date(2027, 6, 1), weken=26),
            ri.VerkortingVerlenging(datum=date(2027, 10, 1), weken=13),
        )
        with pytest.raises(ri.ValidationError, match="verkorting_verlenging"):
            ri.tijdlijn(te_laat)
        op_tijd = _traject(
            ri.VrijwilligeVerlenging(datum=date(2027, 6, 1), weken=26),
            ri.VerkortingVerlenging(datum=date(2027, 10, 1), weken=13, verzoek=date(2027, 9, 27)),
        )
        tl = ri.tijdlijn(op_tijd)
        assert tl["einde_wachttijd"].uiterlijk == date(2027, 12, 28)
        assert "-13 weeks: verkorting_verlenging" in tl["einde_wachttijd"].toelichting

    def test_shortening_more_than_extended(self) -> None:
        """Shortening by more weeks than were added is an error naming the field."""
        traject = _traject(
            ri.VrijwilligeVerlenging(datum=date(2027, 6, 1), weken=13),
            ri.VerkortingVerlenging(datum=date(2027, 6, 2), weken=14),
        )
        with pytest.raises(ri.ValidationError, match=r"verkorting_verlenging\.weken"):
            ri.tijdlijn(traject)

    def test_uwv_letter_after_88_weeks(self) -> None:
        """The UWV letter after 88 weeks: sick day 617 = X + 616 = Wed 9 Jun 2027, which
        opens the window of the WIA application (uwv.nl: 'Vanaf dat moment kunt u een
        WIA-uitkering aanvragen')."""
        # X + 365 = 1 Oct 2026; + 251: Oct 1 + 30 = Oct 31, + 30 = Nov 30 (60), + 31 = Dec 31
        # (91), + 31 = Jan 31 (122), + 28 = Feb 28 (150), + 31 = Mar 31 (181), + 30 = Apr 30
        # (211), + 31 = May 31 (242), + 9 = Jun 9 (251).
        tl = ri.tijdlijn(_traject())
        assert tl["uwv_brief_wia"].uiterlijk == date(2027, 6, 9)
        assert tl["wia_aanvraag"].vanaf == date(2027, 6, 9)


class TestWiaAanvraag:
    """WIA art. 64 lid 3 and 6; BW 7:629 lid 11 onder a and lid 3 onder f."""

    def test_late_notice_leaves_four_weeks(self) -> None:
        """UWV's letter received Mon 5 Jul 2027 (late): the application is on time until
        Mon 2 Aug 2027 (+ 28 days), later than 13 Jul 2027 (lid 6)."""
        # Jul 5 + 26 = Jul 31, + 2 = Aug 2 (28).
        tl = ri.tijdlijn(
            _traject(
                ri.UwvBriefWia(datum=date(2027, 7, 5)),
                ri.WiaAanvraag(datum=date(2027, 7, 30)),
            )
        )
        assert tl["wia_aanvraag"].uiterlijk == date(2027, 8, 2)
        assert tl["wia_aanvraag"].status is ri.Status.GEHAALD
        assert tl["einde_loondoorbetaling"].uiterlijk == EINDE

    def test_notice_on_time_changes_nothing(self) -> None:
        """A letter of Wed 9 Jun 2027: + 28 = 7 Jul, before 13 Jul: due 13 Jul 2027."""
        tl = ri.tijdlijn(_traject(ri.UwvBriefWia(datum=date(2027, 6, 9))))
        assert tl["wia_aanvraag"].uiterlijk == date(2027, 7, 13)

    def test_no_notice_counts_as_on_time(self) -> None:
        """UWV never sent its notice; applied Fri 23 Jul 2027, 10 days after 13 Jul: on
        time, and loondoorbetaling is not extended (lid 6)."""
        tl = ri.tijdlijn(_traject(ri.WiaAanvraag(datum=date(2027, 7, 23), zonder_uwv_brief=True)))
        assert tl["wia_aanvraag"].status is ri.Status.GEHAALD
        assert tl["einde_loondoorbetaling"].uiterlijk == EINDE

    def test_late_application_extends(self) -> None:
        """Applied 10 days late: loondoorbetaling to Fri 8 Oct 2027 (BW 7:629 lid 11 onder
        a); the gevolg names the wage that is not owed without good reason (lid 3 onder f)."""
        traject = _traject(ri.WiaAanvraag(datum=date(2027, 7, 23)))
        assert ri.tijdlijn(traject)["einde_loondoorbetaling"].uiterlijk == date(2027, 10, 8)
        b = [x for x in ri.toets(traject, date(2027, 7, 24)) if x.code == "wia_aanvraag"]
        assert "BW 7:629 lid 3 onder f" in b[0].gevolg
        assert "+10 days" in b[0].gevolg

    def test_before_2013_thirteen_weeks(self) -> None:
        """X = Mon 3 Jan 2011: end X + 727 = Sun 30 Dec 2012; the application 13 weeks
        before, Sun 30 Sep 2012 (WIA art. 64 lid 3 before the Verzamelwet SZW 2013)."""
        # Jan 3 2011 + 727: + 363 = Jan 1 2012, + 364 = Dec 30 2012 (2012 is a leap year).
        # Dec 30 - 91: - 30 = Nov 30, - 30 = Oct 31 (60), - 31 = Sep 30 (91).
        tl = ri.tijdlijn(_traject(x=date(2011, 1, 3)))
        assert tl["einde_wachttijd"].uiterlijk == date(2012, 12, 30)
        assert tl["wia_aanvraag"].uiterlijk == date(2012, 9, 30)


class TestLoonsanctie:
    """WIA art. 25 lid 9–14: at most 52 weeks, imposed before the end of the wachttijd; an
    administrative sanction ends when the complete re-integratieverslag is in."""

    def test_one_day_before_the_end(self) -> None:
        """Imposed Mon 27 Sep 2027, the day before the end: 28 Sep 2027 + 91 = Tue 28 Dec."""
        tl = ri.tijdlijn(_traject(ri.Loonsanctie(datum=date(2027, 9, 27), weken=13)))
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2027, 12, 28)

    def test_on_the_last_day(self) -> None:
        """Imposed on the last day of the wachttijd itself, 28 Sep 2027: still in time."""
        tl = ri.tijdlijn(_traject(ri.Loonsanctie(datum=date(2027, 9, 28), weken=13)))
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2027, 12, 28)

    def test_one_day_after_the_end(self) -> None:
        """Imposed Wed 29 Sep 2027, after the wachttijd: a clear error naming the field."""
        with pytest.raises(ri.ValidationError, match=r"loonsanctie_inhoudelijk\.datum"):
            ri.tijdlijn(_traject(ri.Loonsanctie(datum=date(2027, 9, 29), weken=13)))

    def test_after_extended_end(self) -> None:
        """With a vrijwillige verlenging of 13 weeks (end 28 Dec 2027), a sanction of Mon
        1 Nov 2027 is in time: 28 Dec 2027 + 91 = Tue 28 Mar 2028 (29 Feb between)."""
        # Dec 28 + 3 = Dec 31, + 31 = Jan 31 (34), + 29 = Feb 29 (63), + 28 = Mar 28 (91).
        tl = ri.tijdlijn(
            _traject(
                ri.VrijwilligeVerlenging(datum=date(2027, 6, 1), weken=13),
                ri.Loonsanctie(datum=date(2027, 11, 1), weken=13),
            )
        )
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2028, 3, 28)

    def test_administrative_ends_with_complete_verslag(self) -> None:
        """An administrative sanction of 52 weeks on Mon 13 Sep 2027; the complete verslag
        is in on Mon 1 Nov 2027: loondoorbetaling ends that day, without 6 weeks."""
        tl = ri.tijdlijn(
            _traject(
                ri.ReIntegratieverslag(
                    datum=date(2027, 6, 1),
                    onderdelen=frozenset({ri.VerslagOnderdeel.PLAN_VAN_AANPAK}),
                ),
                ri.Loonsanctie(
                    datum=date(2027, 9, 13), weken=52, grond=ri.LoonsanctieGrond.ADMINISTRATIEF
                ),
                ri.ReIntegratieverslag(datum=date(2027, 11, 1)),
            )
        )
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2027, 11, 1)
        assert tl["ingang_wia"].uiterlijk == date(2027, 11, 2)

    def test_inhoudelijk_ends_six_weeks_after_repair(self) -> None:
        """An inhoudelijke sanction ends 42 days after UWV finds the shortcoming repaired
        (lid 14): decision Mon 1 Nov 2027 + 42 = Mon 13 Dec 2027."""
        # Nov 1 + 29 = Nov 30, + 13 = Dec 13 (42).
        tl = ri.tijdlijn(
            _traject(
                ri.Loonsanctie(datum=date(2027, 9, 13), weken=52),
                ri.Bekorting(datum=date(2027, 11, 1)),
            )
        )
        assert tl["einde_loondoorbetaling"].uiterlijk == date(2027, 12, 13)

    def test_wia_start_moves_the_wachttijd_does_not(self) -> None:
        """A 13-week sanction: the wachttijd still ends 28 Sep 2027 (WIA art. 23), the WIA
        benefit can start only on Wed 29 Dec 2027, after the extended wage period (WIA art.
        25 lid 9, art. 64 lid 7–8)."""
        tl = ri.tijdlijn(_traject(ri.Loonsanctie(datum=date(2027, 9, 13), weken=13)))
        assert tl["einde_wachttijd"].uiterlijk == EINDE
        assert tl["ingang_wia"].uiterlijk == date(2027, 12, 29)


class TestTelwijzeEersteDagNa104Weken:
    """The compatibility convention of tools that end the wachttijd on the first day after
    104 weeks (X + 728), the WIA application X + 651, the report to the bedrijfsarts on day
    8 (X + 7). X = Wed 1 Oct 2025."""

    T = ri.Telwijze.EERSTE_DAG_NA_104_WEKEN

    def test_dates(self) -> None:
        """X + 7 = Wed 8 Oct 2025; X + 42 = Wed 12 Nov 2025; X + 728 = Wed 29 Sep 2027;
        X + 651 = Wed 14 Jul 2027 (29 Sep - 77)."""
        # Sep 29 - 29 = Aug 31, - 31 = Jul 31 (60), - 17 = Jul 14 (77).
        tl = ri.tijdlijn(_traject(), telwijze=self.T)
        assert tl["melding_bedrijfsarts"].uiterlijk == date(2025, 10, 8)
        assert tl["probleemanalyse"].uiterlijk == date(2025, 11, 12)
        assert tl["einde_wachttijd"].uiterlijk == date(2027, 9, 29)
        assert tl["wia_aanvraag"].uiterlijk == date(2027, 7, 14)
        assert tl["melding_42e_week"].uiterlijk == date(2026, 7, 22)

    def test_leap_day(self) -> None:
        """X = Tue 29 Feb 2028: X + 728 = Tue 26 Feb 2030 (not 1 Mar); the default ends on
        Mon 25 Feb 2030 (docs/telling.md)."""
        tl = ri.tijdlijn(_traject(x=date(2028, 2, 29)), telwijze=self.T)
        assert tl["einde_wachttijd"].uiterlijk == date(2030, 2, 26)
        assert ri.tijdlijn(_traject(x=date(2028, 2, 29)))["einde_wachttijd"].uiterlijk == date(
            2030, 2, 25
        )

    def test_regelset(self) -> None:
        """The three conventions are distinct shared rule sets."""
        assert len({id(ri.poortwachter_regels(t)) for t in ri.Telwijze}) == 3


class TestDatedRuleSet:
    """Every change of the law as data: the rule set in force on a date, the generated page
    docs/wetswijzigingen.md, and a clear error outside every known regime."""

    def test_in_force_on_2026_12_01(self) -> None:
        """On 1 Dec 2026 one rule per code, the 11-week WIA application among them; only the
        variants chosen by a recorded fact (the short or full eindevaluatie, the vangnet
        report by the fourth sick day or within 6 weeks) are in force side by side."""
        regels = in_werking_op(ri.POORTWACHTER, date(2026, 12, 1))
        codes = [r.code for r in regels if not isinstance(r.voorwaarde, MetFeit)]
        assert len(codes) == len(set(codes))
        naast = [r.code for r in regels if isinstance(r.voorwaarde, MetFeit)]
        assert sorted(naast) == [
            "eindevaluatie",
            "eindevaluatie",
            "melding_vangnet",
            "melding_vangnet",
            "melding_ziek_uit_dienst",
        ]
        wia = next(r for r in regels if r.code == "wia_aanvraag")
        assert "11 weeks" in wia.omschrijving

    def test_in_force_on_2012(self) -> None:
        """On 1 Jan 2012 the 13-week WIA application and no 88-week UWV letter."""
        regels = in_werking_op(ri.POORTWACHTER, date(2012, 1, 1))
        assert "13 weeks" in next(r for r in regels if r.code == "wia_aanvraag").omschrijving
        assert "87 weeks" in next(r for r in regels if r.code == "uwv_brief_wia").omschrijving

    def test_cli_op(self) -> None:
        """`reintegratie regels --op 2026-12-01` prints the set in force with its dated
        consequences (the fine's steps)."""
        code, uit = _run("regels", "--op", "2026-12-01")
        assert code == 0
        assert "Rules in force on 2026-12-01" in uit
        assert "13 weeks before the end" not in uit
        assert "EUR 230" in uit

    def test_cli_op_flemish(self) -> None:
        """--jurisdictie vl --op 2021-01-01: before the 2022 reform no Flemish rule."""
        code, uit = _run("regels", "--jurisdictie", "vl", "--op", "2021-01-01")
        assert code == 0
        assert "melding_arbeidsarts" not in uit
        _, uit = _run("regels", "--jurisdictie", "vl", "--op", "2023-01-01")
        assert "melding_arbeidsarts" in uit

    def test_cli_bad_op(self, capsys: pytest.CaptureFixture[str]) -> None:
        """A bad --op date: exit 2 with one line."""
        assert _run("regels", "--op", "2026-02-30")[0] == 2
        assert capsys.readouterr().err.count("\n") == 1

    def test_page_is_current(self) -> None:
        """docs/wetswijzigingen.md is exactly what the rule data generates (regenerate with
        `reintegratie regels --wijzigingen > docs/wetswijzigingen.md`)."""
        assert (DOCS / "wetswijzigingen.md").read_text(encoding="utf-8") == (
            wetswijzigingen_pagina()
        )

    def test_page_lists_the_changes(self) -> None:
        """The 42nd-week regime of 1 Nov 2008, the 11 weeks of 1 Jul 2013, the fine steps of
        1 Apr 2017, the visie of 1 Jul 2023 and the lapse of 1 Jul 2025 are listed."""
        datums = {w.datum for w in wetswijzigingen() if w.regelset == "nl"}
        assert {
            date(2008, 11, 1),
            date(2013, 7, 1),
            date(2017, 4, 1),
            date(2023, 7, 1),
            date(2025, 7, 1),
        } <= datums

    def test_outside_every_regime(self) -> None:
        """X = Mon 3 Jan 2005, before the WIA (29 Dec 2005): a clear error, not a guess."""
        with pytest.raises(ri.RuleSetError, match="outside every known regime"):
            ri.tijdlijn(_traject(x=date(2005, 1, 3)))


class TestVersie1:
    """Version-1 documents keep loading (serialisatie.versie2)."""

    def test_short_verlenging_becomes_further(self) -> None:
        """A v1 verlenging of 5 weeks (allowed then, refused now as a first extension) loads
        as a further extension; a 26-week one stays a first extension."""
        import json

        gebeurtenissen = [
            {"soort": "vrijwillige_verlenging", "datum": "2027-06-01", "weken": 26},
            {"soort": "vrijwillige_verlenging", "datum": "2027-06-02", "weken": 5},
        ]
        tekst = json.dumps(
            {
                "schema": "reintegratie/traject",
                "versie": 1,
                "data": {
                    "werknemer": "W-1",
                    "werkgever": "WG",
                    "ziekteperioden": [{"eerste_dag": "2025-10-01"}],
                    "gebeurtenissen": gebeurtenissen,
                },
            }
        )
        traject = ri.from_json(tekst)
        eerste, tweede = traject.gebeurtenissen
        assert isinstance(eerste, ri.VrijwilligeVerlenging)
        assert not eerste.verdere
        assert isinstance(tweede, ri.VrijwilligeVerlenging)
        assert tweede.verdere
        # 28 Sep 2027 + 31 weeks (217 days) = Tue 2 May 2028: + 2 = Sep 30, + 31 = Oct 31
        # (33), + 30 = Nov 30 (63), + 31 = Dec 31 (94), + 31 = Jan 31 (125), + 29 = Feb 29
        # (154), + 31 = Mar 31 (185), + 30 = Apr 30 (215), + 2 = May 2 (217).
        assert ri.tijdlijn(traject)["einde_wachttijd"].uiterlijk == date(2028, 5, 2)

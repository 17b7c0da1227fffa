"""Every rule's due date, worked out by hand from the law (docs/telling.md, docs/regels.md).

Sick day k of an uninterrupted case that starts on X is X + (k - 1). Weeks are
7-day blocks: "end of week n" is sick day 7n = X + 7n - 1. Only the 42nd-week
report shifts to the next working day under the Algemene termijnenwet (art. 1
lid 1, art. 3). Every expected date below is literal, with its arithmetic and
weekday in a comment; none is computed with the code under test.

The hand-worked due dates themselves (the worked example, Atw holidays, the leap
day, 27/28 fit days, recovery, moments) live in tests/scenarios/*.scenario.yaml,
where a domain expert can read and extend them; what stays here checks what a
scenario file cannot express (kinds, owners, order, toelichtingen, errors).
"""

from __future__ import annotations

from datetime import date

import pytest

import reintegratie as ri
from reintegratie.errors import NotFoundError


def _traject(
    *perioden: ri.Ziekteperiode, gebeurtenissen: tuple[ri.Gebeurtenis, ...] = ()
) -> ri.Traject:
    return ri.Traject(
        werknemer="W-1", werkgever="WG", ziekteperioden=perioden, gebeurtenissen=gebeurtenissen
    )


def _open(eerste_dag: date) -> ri.Traject:
    return _traject(ri.Ziekteperiode(eerste_dag=eerste_dag))


# The worked example of README.md: X = Wednesday 1 October 2025, no interruptions.
X = date(2025, 10, 1)


class TestWorkedExample:
    """The worked example: X = Wed 1 Oct 2025, every termijn."""

    @pytest.fixture
    def tl(self) -> ri.Tijdlijn:
        return ri.tijdlijn(_open(X))

    def test_uwv_brief_wia(self, tl: ri.Tijdlijn) -> None:
        """UWV's WIA letter after 88 weeks: sick day 617 = X+616 = Wed 9 Jun 2027 (uwv.nl:
        'Na 88 weken ziekte krijgt u een brief')."""
        # X+636 = 29 Jun 2027, minus 20 days = 9 Jun 2027.
        t = tl["uwv_brief_wia"]
        assert t.uiterlijk == date(2027, 6, 9)

    def test_einde_wachttijd(self, tl: ri.Tijdlijn) -> None:
        """End of the wachttijd: sick day 728 = X+727 = Tue 28 Sep 2027."""
        # X+730 = 1 Oct 2027 (no 29 Feb between), so X+727 = 28 Sep 2027.
        t = tl["einde_wachttijd"]
        assert t.uiterlijk == date(2027, 9, 28)
        assert t.soort is ri.Termijnsoort.MOMENT

    def test_date_order(self, tl: ri.Tijdlijn) -> None:
        """The termijnen come in date order."""
        datums = [t.uiterlijk for t in tl]
        assert datums == sorted(datums)

    def test_all_open_without_peildatum(self, tl: ri.Tijdlijn) -> None:
        """Without recorded events or a peildatum, every termijn is OPEN."""
        assert {t.status for t in tl} == {ri.Status.OPEN}

    def test_eerste_ziektedag(self, tl: ri.Tijdlijn) -> None:
        """The Tijdlijn carries X."""
        assert tl.eerste_ziektedag == date(2025, 10, 1)
        assert tl.peildatum is None


class TestVerantwoordelijkEnBron:
    """Every termijn names its owner and its legal source (docs/regels.md)."""

    @pytest.mark.parametrize(
        ("code", "rol", "artikel"),
        [
            ("ziekmelding", ri.Rol.WERKNEMER, "ZW art. 38a"),
            ("melding_bedrijfsarts", ri.Rol.WERKGEVER, "Regeling procesgang"),
            ("probleemanalyse", ri.Rol.BEDRIJFSARTS, "art. 2 lid 2"),
            ("plan_van_aanpak", ri.Rol.WERKGEVER, "art. 4"),
            ("plan_van_aanpak", ri.Rol.WERKNEMER, "WIA art. 25 lid 2"),
            ("evaluatie", ri.Rol.CASEMANAGER, "WIA art. 25 lid 2"),
            ("melding_42e_week", ri.Rol.WERKGEVER, "ZW art. 38"),
            ("eerstejaarsevaluatie", ri.Rol.WERKGEVER, "UWV"),
            ("spoor_2", ri.Rol.WERKGEVER, "BW 7:658a"),
            ("uwv_brief_wia", ri.Rol.UWV, "UWV"),
            ("re_integratieverslag", ri.Rol.BEDRIJFSARTS, "WIA art. 25 lid 3"),
            ("wia_aanvraag", ri.Rol.WERKNEMER, "WIA art. 64"),
            ("einde_loondoorbetaling", ri.Rol.WERKGEVER, "BW 7:629"),
        ],
    )
    def test_owner_and_source(self, code: str, rol: ri.Rol, artikel: str) -> None:
        """The termijn's owner and the article its bron cites."""
        t = ri.tijdlijn(_open(X))[code]
        assert rol in t.verantwoordelijk
        assert artikel in t.bron

    def test_einde_wachttijd_source(self) -> None:
        """The end of the wachttijd cites WIA art. 23 and BW 7:629 lid 1."""
        bron = ri.tijdlijn(_open(X))["einde_wachttijd"].bron
        assert "WIA art. 23" in bron
        assert "BW 7:629 lid 1" in bron


class TestTelwijzeEersteDagNa:
    """The alternative convention: "the first day after N weeks", no working-day shift."""

    def test_bad_telwijze(self) -> None:
        """A telwijze that is not a Telwijze is a ValidationError."""
        with pytest.raises(ri.ValidationError):
            ri.tijdlijn(_open(X), telwijze="eerste_dag_na")  # type: ignore[arg-type]


class TestGeenZiekte:
    """A traject without sickness (preventive guidance) has an empty Tijdlijn."""

    def test_empty(self) -> None:
        """No termijnen, no X, no codes."""
        tl = ri.tijdlijn(_traject())
        assert len(tl) == 0
        assert list(tl) == []
        assert tl.eerste_ziektedag is None
        assert tl.codes == ()
        assert "probleemanalyse" not in tl

    def test_empty_with_peildatum(self) -> None:
        """A peildatum changes nothing."""
        tl = ri.tijdlijn(_traject(), date(2026, 1, 1))
        assert len(tl) == 0
        assert tl.peildatum == date(2026, 1, 1)

    def test_lookup_raises(self) -> None:
        """Looking up a code in an empty Tijdlijn raises NotFoundError."""
        with pytest.raises(NotFoundError):
            ri.tijdlijn(_traject())["probleemanalyse"]

    def test_tijdlijnen_empty(self) -> None:
        """tijdlijnen gives no Tijdlijn at all."""
        assert ri.tijdlijnen(_traject()) == ()


class TestSamentelling:
    """Periods with fewer than 28 fit days between them form one case (BW 7:629 lid 10)."""

    # First period: Wed 1 Oct .. Thu 9 Oct 2025 = sick days 1..9.
    EERSTE = ri.Ziekteperiode(eerste_dag=date(2025, 10, 1), laatste_dag=date(2025, 10, 9))
    # 27 fit days: 10 Oct .. 5 Nov (22 in October + 5 in November); sick again Thu 6 Nov.
    NA_27 = ri.Ziekteperiode(eerste_dag=date(2025, 11, 6))
    # 28 fit days: 10 Oct .. 6 Nov; sick again Fri 7 Nov 2025 (a new case).
    NA_28 = ri.Ziekteperiode(eerste_dag=date(2025, 11, 7))

    def test_27_fit_days_one_case(self) -> None:
        """27 fit days: one case."""
        assert len(ri.tijdlijnen(_traject(self.EERSTE, self.NA_27))) == 1

    def test_28_fit_days_two_cases(self) -> None:
        """28 fit days: two cases; tijdlijnen gives both, oldest first."""
        tln = ri.tijdlijnen(_traject(self.EERSTE, self.NA_28))
        assert [tl.eerste_ziektedag for tl in tln] == [date(2025, 10, 1), date(2025, 11, 7)]

    def test_28_fit_days_new_case_open(self) -> None:
        """Nothing in the new case is lapsed."""
        nieuw = ri.tijdlijnen(_traject(self.EERSTE, self.NA_28))[1]
        assert ri.Status.VERVALLEN not in {t.status for t in nieuw}


class TestHerstel:
    """Recovery (a closed last period): later termijnen lapse, evaluations stop."""

    # Sick Wed 1 Oct 2025 .. Tue 20 Jan 2026, then fully recovered.
    TRAJECT = _traject(ri.Ziekteperiode(eerste_dag=X, laatste_dag=date(2026, 1, 20)))

    def test_later_termijnen_lapse(self) -> None:
        """Everything due after 20 Jan 2026 is VERVALLEN, with a toelichting."""
        tl = ri.tijdlijn(self.TRAJECT)
        for code in (
            "melding_42e_week",
            "eerstejaarsevaluatie",
            "spoor_2",
            "uwv_brief_wia",
            "re_integratieverslag",
            "wia_aanvraag",
            "einde_wachttijd",
            "einde_loondoorbetaling",
        ):
            assert tl[code].status is ri.Status.VERVALLEN, code
            assert tl[code].toelichting, code

    def test_recovery_inside_eerstejaars_window_lapses(self) -> None:
        """Recovered Thu 20 Aug 2026 (sick day 324), before the 29 Sep deadline: VERVALLEN."""
        # Window: X+315 = 12 Aug 2026 .. X+363 = 29 Sep 2026; X+323 = 12 Aug + 8 = 20 Aug.
        # Status.VERVALLEN: "the employee recovered before it fell due"; it falls due on
        # 29 Sep 2026, 40 days after full recovery, as does spoor 2 (which does lapse).
        traject = _traject(ri.Ziekteperiode(eerste_dag=X, laatste_dag=date(2026, 8, 20)))
        tl = ri.tijdlijn(traject)
        assert tl["spoor_2"].status is ri.Status.VERVALLEN
        assert tl["eerstejaarsevaluatie"].status is ri.Status.VERVALLEN

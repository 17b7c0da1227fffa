"""Belgium as it stands today: RIT 3.0 chosen by the trajectory's start, decisions A/B/C,
medische overmacht, Terug Naar Werk and the end after three refused invitations.

Every date is worked out by hand (the arithmetic is in the comments). Terms run from the day
after the event, so n days from day D end on D + n; months are calendar months
(relativedelta: the same day, or the last day of a shorter month). Sources: docs/vlaanderen.md,
"Sources, and what was verified".
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import reintegratie as ri
from reintegratie.gebeurtenissen import (
    Aanvrager,
    BeslissingArbeidsarts,
    EvaluatieArbeidspotentieel,
    GeweigerdeUitnodiging,
    InstemmingWerknemer,
    ReIntegratiebeslissing,
    TnwBeoordeling,
    TnwVragenlijst,
    VerzoekMedischeOvermacht,
    VerzoekReintegratie,
)
from reintegratie.regels import (
    MetFeit,
    NaFeit,
    NaMaanden,
    Ononderbroken,
    Regel,
    Status,
    Termijnsoort,
    Ziektedag,
)
from reintegratie.regels.referentie import regels_als_markdown
from reintegratie.regels.vlaanderen import RIT_3_0, VLAANDEREN
from reintegratie.rollen import Gegevenscategorie, Rol, mag_inzien
from reintegratie.serialisatie.versie2 import beslissing_arbeidsarts_letters

VL = ri.Jurisdictie.VL


def _traject(
    *gebeurtenissen: ri.Gebeurtenis,
    x: date = date(2025, 9, 1),
    perioden: tuple[ri.Ziekteperiode, ...] | None = None,
) -> ri.Traject:
    return ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        jurisdictie=VL,
        ziekteperioden=perioden or (ri.Ziekteperiode(eerste_dag=x),),
        gebeurtenissen=gebeurtenissen,
    )


def _verzoek(dag: date) -> VerzoekReintegratie:
    return VerzoekReintegratie(datum=dag, aanvrager=Aanvrager.WERKGEVER)


class TestRegimeKeuze:
    """RIT 3.0 applies to trajectories started from 1 Jan 2026; the rules of 2022 to those
    started before, whatever the due dates (cohezio.be: "geen impact op
    re-integratietrajecten die reeds opgestart zijn vóór 1 januari 2026")."""

    def test_gestart_31_december_2025(self) -> None:
        """X = Mon 1 Sep 2025, request received Wed 31 Dec 2025: the regime of 2022, though
        the decision falls due in 2026 (31 Dec + 49 days = 31 Dec + 31 + 18 = 18 Feb 2026)."""
        tl = ri.tijdlijn(_traject(_verzoek(date(2025, 12, 31))))
        t = tl["beslissing_arbeidsarts"]
        assert t.uiterlijk == date(2026, 2, 18)
        assert "RIT 3.0" not in t.bron

    def test_gestart_1_januari_2026(self) -> None:
        """Request received Thu 1 Jan 2026: RIT 3.0 (1 Jan + 49 days = 19 Feb 2026)."""
        t = ri.tijdlijn(_traject(_verzoek(date(2026, 1, 1))))["beslissing_arbeidsarts"]
        assert t.uiterlijk == date(2026, 2, 19)
        assert "unchanged by RIT 3.0" in t.bron

    @pytest.mark.parametrize(
        ("gestart", "vanaf"),
        [
            # 2022: consent does not count; 1 Sep 2025 + 3 months = 1 Dec 2025.
            (date(2025, 12, 31), date(2025, 12, 1)),
            # RIT 3.0: from the day the worker consented, 15 Sep 2025.
            (date(2026, 1, 1), date(2025, 9, 15)),
        ],
    )
    def test_werkgever_met_instemming(self, gestart: date, vanaf: date) -> None:
        """The employer may start from the worker's consent only in a RIT 3.0 trajectory."""
        traject = _traject(InstemmingWerknemer(datum=date(2025, 9, 15)), _verzoek(gestart))
        assert ri.tijdlijn(traject)["verzoek_werkgever"].uiterlijk == vanaf

    @pytest.mark.parametrize(
        ("x", "vanaf", "rit3"),
        [
            # No request yet: the due date decides. 30 Sep + 3 months = 30 Dec 2025: 2022.
            (date(2025, 9, 30), date(2025, 12, 30), False),
            # 1 Oct + 3 months = 1 Jan 2026: a request then starts a RIT 3.0 trajectory.
            (date(2025, 10, 1), date(2026, 1, 1), True),
        ],
    )
    def test_zonder_verzoek_de_vervaldag(self, x: date, vanaf: date, rit3: bool) -> None:
        """Without a recorded request the due date chooses the variant."""
        t = ri.tijdlijn(_traject(x=x))["verzoek_werkgever"]
        assert t.uiterlijk == vanaf
        assert ("RIT 3.0" in t.bron) is rit3
        assert t.soort is Termijnsoort.MOMENT

    def test_instemming_voor_de_drie_maanden(self) -> None:
        """RIT 3.0: X = Thu 1 Jan 2026, consent on Mon 12 Jan 2026, no request yet: the employer
        may request from 12 Jan (not 1 Apr 2026)."""
        traject = _traject(InstemmingWerknemer(datum=date(2026, 1, 12)), x=date(2026, 1, 1))
        assert ri.tijdlijn(traject)["verzoek_werkgever"].uiterlijk == date(2026, 1, 12)

    def test_regels_van_2022_eindigen(self) -> None:
        """Every rule with a RIT 3.0 variant carries geldig_tot 31 Dec 2025 in its 2022 form;
        both are chosen by the request (verzoek_reintegratie)."""
        codes = {r.code for r in VLAANDEREN if r.geldig_vanaf == RIT_3_0 and r.geldig_volgens}
        assert codes == {
            "verzoek_werkgever",
            "beslissing_arbeidsarts",
            "re_integratieplan",
            "reactie_werknemer",
            "beroep",
        }
        for r in VLAANDEREN:
            if r.code in codes and r.geldig_vanaf != RIT_3_0:
                assert r.geldig_tot == date(2025, 12, 31), r.code
                assert r.geldig_volgens == "verzoek_reintegratie", r.code

    def test_regelset_op_datum(self) -> None:
        """The rules in force on a date (what `regels --op` shows): on 31 Dec 2025 the 2022
        forms; on 1 Jan 2026 the RIT 3.0 forms and the evaluation of the work potential."""
        oud = {(r.code, r.geldig_tot) for r in VLAANDEREN if r.geldig_op(date(2025, 12, 31))}
        nieuw = {(r.code, r.geldig_tot) for r in VLAANDEREN if r.geldig_op(date(2026, 1, 1))}
        assert ("beslissing_arbeidsarts", date(2025, 12, 31)) in oud
        assert ("beslissing_arbeidsarts", None) not in oud
        assert ("beslissing_arbeidsarts", None) in nieuw
        assert ("evaluatie_arbeidspotentieel", None) in nieuw
        assert all(code != "evaluatie_arbeidspotentieel" for code, _ in oud)

    def test_referentie(self) -> None:
        """The rule reference says how a variant is chosen."""
        assert "(by the date of `verzoek_reintegratie`)" in regels_als_markdown(VLAANDEREN)


class TestArbeidspotentieel:
    """RIT 3.0: the evaluation of the work potential after 8 weeks (secondary sources that
    agree; the article number not verified)."""

    @pytest.mark.parametrize(
        ("x", "uiterlijk"),
        [
            (date(2026, 1, 1), date(2026, 2, 26)),  # X + 56 (day 57): 1 Jan + 31 + 25
            (date(2025, 11, 6), date(2026, 1, 1)),  # 6 Nov + 56 = 1 Jan 2026: in force
            (date(2025, 11, 5), None),  # 5 Nov + 56 = 31 Dec 2025: before RIT 3.0
        ],
    )
    def test_na_acht_weken(self, x: date, uiterlijk: date | None) -> None:
        """Due on day 57 of the uninterrupted incapacity, for dates from 1 Jan 2026."""
        tl = ri.tijdlijn(_traject(x=x))
        if uiterlijk is None:
            assert "evaluatie_arbeidspotentieel" not in tl
        else:
            assert tl["evaluatie_arbeidspotentieel"].uiterlijk == uiterlijk
            bron = tl["evaluatie_arbeidspotentieel"].bron
            assert "minstens 8 weken" in bron
            assert "article number" in bron
            assert "not verified" in bron

    def test_potentieel_verplicht_traject(self) -> None:
        """Work potential found on 2 Mar 2026: the employer must start a trajectory."""
        ja = _traject(
            EvaluatieArbeidspotentieel(datum=date(2026, 3, 2), arbeidspotentieel=True),
            x=date(2026, 1, 1),
        )
        t = ri.tijdlijn(ja)["start_na_arbeidspotentieel"]
        assert (t.uiterlijk, t.soort) == (date(2026, 3, 2), Termijnsoort.INFORMATIEF)
        nee = _traject(
            EvaluatieArbeidspotentieel(datum=date(2026, 3, 2), arbeidspotentieel=False),
            x=date(2026, 1, 1),
        )
        assert "start_na_arbeidspotentieel" not in ri.tijdlijn(nee)
        # Due 26 Feb 2026 (day 57), evaluated 2 Mar: 4 days late, a warning.
        evaluatie = ri.tijdlijn(nee)["evaluatie_arbeidspotentieel"]
        assert (evaluatie.status, evaluatie.dagen_te_laat) == (Status.TE_LAAT, 4)


class TestBeslissingen:
    """Decisions A, B and C as in force since 1 Oct 2022."""

    def _na(self, letter: ReIntegratiebeslissing) -> ri.Tijdlijn:
        return ri.tijdlijn(
            _traject(
                _verzoek(date(2026, 2, 2)),
                BeslissingArbeidsarts(datum=date(2026, 3, 10), beslissing=letter),
                x=date(2025, 10, 31),
            )
        )

    def test_a(self) -> None:
        """A on Tue 10 Mar 2026: a plan within 63 days (21 + 30 + 12 = 12 May 2026), no appeal."""
        tl = self._na(ReIntegratiebeslissing.A)
        assert tl["re_integratieplan"].uiterlijk == date(2026, 5, 12)
        assert "beroep" not in tl

    def test_b(self) -> None:
        """B on 10 Mar 2026: appeal by 31 Mar (10 + 21), plan by 10 Sep 2026 (6 months)."""
        tl = self._na(ReIntegratiebeslissing.B)
        assert tl["beroep"].uiterlijk == date(2026, 3, 31)
        assert tl["re_integratieplan"].uiterlijk == date(2026, 9, 10)

    def test_c(self) -> None:
        """C (assessment not possible for medical reasons): no plan and no appeal."""
        tl = self._na(ReIntegratiebeslissing.C)
        assert "re_integratieplan" not in tl
        assert "beroep" not in tl

    def test_letters(self) -> None:
        """The wire values are the letters; the former D only for old documents."""
        assert [b.value for b in ReIntegratiebeslissing] == ["A", "B", "C", "D"]

    def test_verplicht(self) -> None:
        """A decision without its letter is refused."""
        with pytest.raises(TypeError):
            BeslissingArbeidsarts(datum=date(2026, 3, 10))  # type: ignore[call-arg]
        with pytest.raises(ri.ValidationError, match=r"^BeslissingArbeidsarts.beslissing"):
            BeslissingArbeidsarts(datum=date(2026, 3, 10), beslissing="B")  # type: ignore[arg-type]


class TestUpgrade:
    """Version-1 documents with the former booleans load with the letters."""

    @pytest.mark.parametrize(
        ("velden", "letter"),
        [
            ({"definitief": False, "aangepast_werk_mogelijk": True}, "A"),
            ({"definitief": True, "aangepast_werk_mogelijk": True}, "B"),
            ({"definitief": False, "aangepast_werk_mogelijk": False}, "C"),
            ({"definitief": True, "aangepast_werk_mogelijk": False}, "D"),
            ({}, "A"),  # the defaults of version 1: temporary, adapted work possible
            ({"definitief": True}, "B"),
        ],
    )
    def test_stap(self, velden: dict[str, bool], letter: str) -> None:
        """Each combination of the former fields gets its letter; nothing else changes."""
        data = {
            "gebeurtenissen": [
                {"soort": "verzoek_reintegratie", "datum": "2026-02-02"},
                {"soort": "beslissing_arbeidsarts", "datum": "2026-03-10", **velden},
            ]
        }
        beslissing_arbeidsarts_letters(data)
        assert data["gebeurtenissen"] == [
            {"soort": "verzoek_reintegratie", "datum": "2026-02-02"},
            {"soort": "beslissing_arbeidsarts", "datum": "2026-03-10", "beslissing": letter},
        ]

    def test_document_laadt(self) -> None:
        """A whole version-1 document reads, the decision with its letter."""
        document = {
            "schema": "reintegratie/traject",
            "versie": 1,
            "data": {
                "werknemer": "W-1",
                "werkgever": "WG",
                "jurisdictie": "vl",
                "ziekteperioden": [{"eerste_dag": "2025-10-31"}],
                "gebeurtenissen": [
                    {"soort": "verzoek_reintegratie", "datum": "2026-02-02"},
                    {
                        "soort": "beslissing_arbeidsarts",
                        "datum": "2026-03-10",
                        "definitief": True,
                        "aangepast_werk_mogelijk": False,
                    },
                ],
            },
        }
        traject = ri.from_dict(document)
        beslissing = traject.gebeurtenissen[1]
        assert isinstance(beslissing, BeslissingArbeidsarts)
        assert beslissing.beslissing is ReIntegratiebeslissing.D_VOOR_2022
        tl = ri.tijdlijn(traject)
        assert "re_integratieplan" not in tl
        assert tl["beroep"].uiterlijk == date(2026, 3, 31)  # 10 Mar + 21

    def test_onjuist_type_blijft_een_fout(self) -> None:
        """A former field of the wrong type is not guessed: reading fails naming it."""
        document = {
            "schema": "reintegratie/traject",
            "versie": 1,
            "data": {
                "werknemer": "W-1",
                "werkgever": "WG",
                "gebeurtenissen": [
                    {"soort": "beslissing_arbeidsarts", "datum": "2026-03-10", "definitief": "ja"}
                ],
            },
        }
        with pytest.raises(ri.SerializationError, match=r"definitief"):
            ri.from_dict(document)


class TestWeigeringen:
    """The trajectory ends after three refused invitations (since 1 Oct 2022)."""

    def test_derde_weigering(self) -> None:
        """Refusals on 9, 16 and 23 Feb 2026: the trajectory ends on the third."""
        weigeringen = [
            GeweigerdeUitnodiging(datum=date(2026, 2, 9) + timedelta(days=7 * i), volgnummer=i + 1)
            for i in range(3)
        ]
        twee = ri.tijdlijn(_traject(_verzoek(date(2026, 2, 2)), *weigeringen[:2]))
        assert "einde_reintegratietraject" not in twee
        drie = ri.tijdlijn(_traject(_verzoek(date(2026, 2, 2)), *weigeringen))
        t = drie["einde_reintegratietraject"]
        assert (t.uiterlijk, t.soort) == (date(2026, 2, 23), Termijnsoort.MOMENT)

    def test_volgnummer(self) -> None:
        """Counted 1 to 3."""
        with pytest.raises(ri.ValidationError, match=r"^GeweigerdeUitnodiging.volgnummer"):
            GeweigerdeUitnodiging(datum=date(2026, 2, 9), volgnummer=4)


class TestMedischeOvermacht:
    """At least 9 months of uninterrupted incapacity, 6 from 1 Jan 2026 (an incapacity that
    reached 6 months but not 9 before then: from 1 Jan 2026 itself); examination no earlier
    than 10 days after the notification (from 28 Nov 2022)."""

    @pytest.mark.parametrize(
        ("x", "vanaf"),
        [
            (date(2023, 5, 31), date(2024, 2, 29)),  # + 9 months; no 31 Feb, a leap year
            (date(2025, 3, 31), date(2025, 12, 31)),  # + 9 months: the last day of 9 months
            # + 9 months = 1 Jan 2026, no longer the law then; + 6 months = 1 Oct 2025,
            # before the 6 months were the law: from 1 Jan 2026.
            (date(2025, 4, 1), date(2026, 1, 1)),
            # + 6 months = 30 Nov 2025, before 1 Jan 2026: from 1 Jan 2026.
            (date(2025, 5, 31), date(2026, 1, 1)),
            (date(2025, 8, 31), date(2026, 2, 28)),  # + 6 months: no 31 Feb
            (date(2026, 1, 1), date(2026, 7, 1)),  # 1 Jan + 6 months
            (date(2027, 8, 31), date(2028, 2, 29)),  # + 6 months, a leap year
        ],
    )
    def test_negen_dan_zes_maanden(self, x: date, vanaf: date) -> None:
        """Worker or employer may start it from X + 9 calendar months, or under the law of
        1 Jan 2026 from X + 6 calendar months and not before that day."""
        assert ri.tijdlijn(_traject(x=x))["medische_overmacht_mogelijk"].uiterlijk == vanaf

    @pytest.mark.parametrize(
        ("hervat", "vanaf"),
        [
            # Back to work 11 Mar, sick again 24 Mar 2026: 13 fit days, not interrupted;
            # 1 Jan + 6 months = 1 Jul 2026.
            (date(2026, 3, 24), date(2026, 7, 1)),
            # Sick again 25 Mar: 14 fit days interrupt; 25 Mar + 6 months = 25 Sep 2026.
            (date(2026, 3, 25), date(2026, 9, 25)),
        ],
    )
    def test_herval(self, hervat: date, vanaf: date) -> None:
        """A relapse within 14 days of a resumption does not interrupt the six months."""
        perioden = (
            ri.Ziekteperiode(eerste_dag=date(2026, 1, 1), laatste_dag=date(2026, 3, 10)),
            ri.Ziekteperiode(eerste_dag=hervat),
        )
        tl = ri.tijdlijn(_traject(perioden=perioden))
        assert tl["medische_overmacht_mogelijk"].uiterlijk == vanaf

    @pytest.mark.parametrize(
        ("x", "laatste", "vanaf"),
        [
            # Over long before either rule: no date at all (as before 1 Jan 2026).
            (date(2010, 1, 4), date(2010, 2, 26), None),
            # Recovered 4 Jul 2025: 6 months (2 Dec 2025) before the rule of 2026, 9 months
            # (2 Mar 2026) after the rule of 2022 ended; the case never reached 1 Jan 2026.
            (date(2025, 6, 2), date(2025, 7, 4), None),
            # Recovered on Sun 27 Nov 2022, the day before the procedure existed: none.
            (date(2022, 1, 1), date(2022, 11, 27), None),
            # Still sick on Mon 28 Nov 2022: from that day.
            (date(2022, 1, 1), date(2022, 11, 28), date(2022, 11, 28)),
            # Still sick on Thu 1 Jan 2026 after 6 months: from that day.
            (date(2025, 6, 2), date(2026, 1, 1), date(2026, 1, 1)),
        ],
    )
    def test_alleen_als_de_ziekte_de_datum_haalt(
        self, x: date, laatste: date, vanaf: date | None
    ) -> None:
        """The day a rule took effect counts only for an incapacity still running on it."""
        perioden = (ri.Ziekteperiode(eerste_dag=x, laatste_dag=laatste),)
        tl = ri.tijdlijn(_traject(perioden=perioden))
        if vanaf is None:
            assert "medische_overmacht_mogelijk" not in tl
        else:
            assert tl["medische_overmacht_mogelijk"].uiterlijk == vanaf

    def test_bron_zes_maanden(self) -> None:
        """The rule of 1 Jan 2026 names its sources and the day it counts from."""
        tl = ri.tijdlijn(_traject(x=date(2025, 5, 31)))
        termijn = tl["medische_overmacht_mogelijk"]
        assert "6 months of uninterrupted incapacity" in termijn.omschrijving
        assert "jusqu'au 31 décembre 2025" in termijn.bron

    def test_voor_28_november_2022(self) -> None:
        """X = 1 Jan 2022: 9 months on 1 Oct 2022, before the procedure exists: from the day
        it does, Mon 28 Nov 2022. X = 1 Mar 2022: 1 Dec 2022, after it."""
        tl = ri.tijdlijn(_traject(x=date(2022, 1, 1)))
        assert tl["medische_overmacht_mogelijk"].uiterlijk == date(2022, 11, 28)
        tl = ri.tijdlijn(_traject(x=date(2022, 3, 1)))
        assert tl["medische_overmacht_mogelijk"].uiterlijk == date(2022, 12, 1)

    def test_onderzoek_en_beslissing(self) -> None:
        """Notification Mon 5 Oct 2026: examination no earlier than 15 Oct (5 + 10); the
        decision by 5 Jan 2027 (3 months, a secondary source)."""
        traject = _traject(
            VerzoekMedischeOvermacht(datum=date(2026, 10, 5), aanvrager=Aanvrager.WERKGEVER),
            x=date(2026, 1, 1),
        )
        tl = ri.tijdlijn(traject)
        assert tl["onderzoek_medische_overmacht"].uiterlijk == date(2026, 10, 15)
        assert tl["beslissing_medische_overmacht"].uiterlijk == date(2027, 1, 5)

    def test_aanvrager(self) -> None:
        """Only the worker or the employer starts it."""
        with pytest.raises(ri.ValidationError, match=r"^VerzoekMedischeOvermacht.aanvrager"):
            VerzoekMedischeOvermacht(datum=date(2026, 10, 5), aanvrager=Aanvrager.BEHANDELEND_ARTS)


class TestTerugNaarWerk:
    """The mutualiteit's questionnaire at 10 weeks, the first assessment in month 4."""

    def test_vragenlijst(self) -> None:
        """X = Sun 1 Mar 2026: questionnaire on X + 70 = 10 May 2026; sent on Mon 11 May, it
        is due back on 25 May (+14)."""
        tl = ri.tijdlijn(_traject(x=date(2026, 3, 1)))
        assert tl["tnw_vragenlijst"].uiterlijk == date(2026, 5, 10)
        assert tl["tnw_vragenlijst"].verantwoordelijk == (Rol.ADVISEREND_ARTS,)
        assert "tnw_vragenlijst_terug" not in tl
        tl = ri.tijdlijn(_traject(TnwVragenlijst(datum=date(2026, 5, 11)), x=date(2026, 3, 1)))
        assert tl["tnw_vragenlijst_terug"].uiterlijk == date(2026, 5, 25)

    @pytest.mark.parametrize(
        ("x", "vanaf", "uiterlijk"),
        [
            # Month 4 of an incapacity from 1 Mar 2026: 1 Jun to 30 Jun.
            (date(2026, 3, 1), date(2026, 6, 1), date(2026, 6, 30)),
            # From 15 Jan 2026: 15 Apr (X + 3 months) to 14 May (X + 4 months - 1 day).
            (date(2026, 1, 15), date(2026, 4, 15), date(2026, 5, 14)),
        ],
    )
    def test_vierde_maand(self, x: date, vanaf: date, uiterlijk: date) -> None:
        """The first assessment: a window over the fourth month."""
        t = ri.tijdlijn(_traject(x=x))["tnw_beoordeling"]
        assert (t.vanaf, t.uiterlijk) == (vanaf, uiterlijk)

    def test_eerste_contact(self) -> None:
        """Referred on 15 Jun 2026: the TNW-coördinator contacts the worker by 15 Jul."""
        traject = _traject(
            TnwBeoordeling(datum=date(2026, 6, 15), doorverwijzing=True), x=date(2026, 3, 1)
        )
        t = ri.tijdlijn(traject)["tnw_eerste_contact"]
        assert t.uiterlijk == date(2026, 7, 15)
        assert t.verantwoordelijk == (Rol.TNW_COORDINATOR,)


class TestRollen:
    """RACI on every Flemish rule; who may see medical data."""

    def test_raci(self) -> None:
        """Every rule names who does it (R) and who answers for it (A)."""
        for r in VLAANDEREN:
            assert r.verantwoordelijk, r.code
            assert r.eindverantwoordelijk, r.code

    @pytest.mark.parametrize("rol", [Rol.ADVISEREND_ARTS, Rol.TNW_COORDINATOR])
    def test_geen_medische_gegevens(self, rol: Rol) -> None:
        """Neither sees the employer-side medical record (the adviserend arts keeps its own)."""
        assert not mag_inzien(rol, Gegevenscategorie.MEDISCH)
        assert mag_inzien(rol, Gegevenscategorie.FUNCTIONEEL)

    def test_rolverdeling(self) -> None:
        """The role allocation reads the new rules too."""
        traject = _traject(x=date(2026, 3, 1))
        codes = {r.code for r in ri.rolverdeling(traject, date(2026, 6, 1))}
        assert {"tnw_vragenlijst", "tnw_beoordeling"} <= codes


class TestGeldigVolgens:
    """The generic mechanism: a variant chosen by the first date of a named fact."""

    def _regels(self) -> tuple[Regel, ...]:
        gemeen = {"code": "stap", "omschrijving": "a step", "verantwoordelijk": (Rol.WERKGEVER,)}
        return (
            Regel(
                **gemeen,  # type: ignore[arg-type]
                anker=Ziektedag(10),
                bron="old",
                geldig_tot=date(2025, 12, 31),
                geldig_volgens="start",
            ),
            Regel(
                **gemeen,  # type: ignore[arg-type]
                anker=Ziektedag(20),
                bron="new",
                geldig_vanaf=date(2026, 1, 1),
                geldig_volgens="start",
            ),
        )

    def _met_start(self, dag: date | None) -> ri.Traject:
        feiten = () if dag is None else (ri.Evaluatie(datum=dag),)
        return ri.Traject(
            werknemer="W",
            werkgever="WG",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 12, 1)),),
            gebeurtenissen=feiten,
        )

    @pytest.mark.parametrize(
        ("start", "bron", "uiterlijk"),
        [
            # The fact on 31 Dec 2025: the old variant, X + 9 = 10 Dec 2025.
            (date(2025, 12, 31), "old", date(2025, 12, 10)),
            # On 1 Jan 2026: the new one, X + 19 = 20 Dec 2025 (a due date before its start).
            (date(2026, 1, 1), "new", date(2025, 12, 20)),
            # Not recorded: the due date decides, 10 Dec 2025: old.
            (None, "old", date(2025, 12, 10)),
        ],
    )
    def test_keuze(self, start: date | None, bron: str, uiterlijk: date) -> None:
        """The fact's date decides, not the due date; without it, the due date."""
        regels = tuple(
            Regel(
                code=r.code,
                omschrijving=r.omschrijving,
                anker=r.anker,
                bron=r.bron,
                verantwoordelijk=r.verantwoordelijk,
                geldig_vanaf=r.geldig_vanaf,
                geldig_tot=r.geldig_tot,
                geldig_volgens="evaluatie",
            )
            for r in self._regels()
        )
        t = ri.tijdlijn(self._met_start(start), regels=regels)["stap"]
        assert (t.bron, t.uiterlijk) == (bron, uiterlijk)

    def test_met_voorwaarde(self) -> None:
        """With a MetFeit condition too: the variant of the fact's date."""
        regels = (
            Regel(
                code="stap",
                omschrijving="a step",
                anker=NaFeit("evaluatie", 5),
                bron="old",
                voorwaarde=MetFeit(("evaluatie",)),
                geldig_tot=date(2025, 12, 31),
                geldig_volgens="evaluatie",
            ),
            Regel(
                code="stap",
                omschrijving="a step",
                anker=NaMaanden(Ononderbroken(1), 1),
                bron="new",
                voorwaarde=MetFeit(("evaluatie",)),
                geldig_vanaf=date(2026, 1, 1),
                geldig_volgens="evaluatie",
            ),
        )
        oud = ri.tijdlijn(self._met_start(date(2025, 12, 31)), regels=regels)["stap"]
        assert (oud.bron, oud.uiterlijk) == ("old", date(2026, 1, 5))  # 31 Dec + 5
        nieuw = ri.tijdlijn(self._met_start(date(2026, 1, 1)), regels=regels)["stap"]
        assert (nieuw.bron, nieuw.uiterlijk) == ("new", date(2026, 1, 1))  # 1 Dec + 1 month

    def test_validatie(self) -> None:
        """An empty fact code is refused naming the field."""
        with pytest.raises(ri.ValidationError, match=r"^Regel.geldig_volgens"):
            Regel(code="a", omschrijving="a", anker=Ziektedag(1), bron="b", geldig_volgens="")

    def test_maanden_min_een_dag(self) -> None:
        """NaMaanden(..., dagen=-1): 31 Jan + 4 months = 31 May, minus a day: 30 May."""
        regels = (
            Regel(
                code="a",
                omschrijving="a",
                anker=NaMaanden(Ononderbroken(1), 4, dagen=-1),
                bron="b",
            ),
        )
        traject = ri.Traject(
            werknemer="W",
            werkgever="WG",
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2026, 1, 31)),),
        )
        assert ri.tijdlijn(traject, regels=regels)["a"].uiterlijk == date(2026, 5, 30)

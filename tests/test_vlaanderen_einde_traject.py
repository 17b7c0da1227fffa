"""When a re-integratietraject runs and when it has ended: medische overmacht only while
none runs, and the steps of a trajectory lapse after the third refused invitation.

Every date is worked out by hand (the arithmetic is in the comments). Terms run from the day
after the event, so n days from day D end on D + n; months are calendar months.

Sources: werk.belgie.be "Bijzondere procedure medische overmacht"
(https://werk.belgie.be/nl/themas/welzijn-op-het-werk/het-gezondheidstoezicht-op-de-werknemers/bijzondere-procedure-medische):
the procedure may start on condition that "Er op dat moment in de onderneming geen
re-integratietraject lopende is voor de arbeidsongeschikte werknemer"; mensura.be "Procedure
medische overmacht": "Er is geen re-integratietraject aan de gang"; helderrecht.be: "Het
re-integratietraject eindigt als de werknemer 3 keer een medisch onderzoek weigert";
weeraandeslag.be "Einde van het traject": "Als je werknemer je re-integratieplan weigert,
eindigt het re-integratietraject".
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import reintegratie as ri
from reintegratie.gebeurtenissen import (
    Aanvrager,
    BeslissingArbeidsarts,
    GeweigerdeUitnodiging,
    ReactieWerknemer,
    ReIntegratiebeslissing,
    ReIntegratieplan,
    VerzoekMedischeOvermacht,
    VerzoekReintegratie,
)
from reintegratie.regels import Ernst, Status

VL = ri.Jurisdictie.VL


def _traject(*gebeurtenissen: ri.Gebeurtenis, x: date) -> ri.Traject:
    return ri.Traject(
        werknemer="W-1",
        werkgever="WG",
        jurisdictie=VL,
        ziekteperioden=(ri.Ziekteperiode(eerste_dag=x),),
        gebeurtenissen=gebeurtenissen,
    )


def _weigeringen(eerste: date) -> list[GeweigerdeUitnodiging]:
    """Three refused invitations a week apart, from *eerste*."""
    return [
        GeweigerdeUitnodiging(datum=eerste + timedelta(days=7 * i), volgnummer=i + 1)
        for i in range(3)
    ]


class TestDerdeWeigering:
    """X = Mon 1 Sep 2025; request Mon 2 Feb 2026 (RIT 3.0: received from 1 Jan 2026).
    The decision is due 2 Feb + 49 = 23 Mar 2026 (2 Feb + 26 = 28 Feb, + 23 = 23 Mar)."""

    X = date(2025, 9, 1)
    VERZOEK = VerzoekReintegratie(datum=date(2026, 2, 2), aanvrager=Aanvrager.WERKNEMER)

    def test_zonder_weigering_gemist(self) -> None:
        """Without refusals the decision is missed on 1 Apr 2026 (9 days overdue)."""
        tl = ri.tijdlijn(_traject(self.VERZOEK, x=self.X), peildatum=date(2026, 4, 1))
        t = tl["beslissing_arbeidsarts"]
        assert (t.uiterlijk, t.status) == (date(2026, 3, 23), Status.GEMIST)

    def test_na_derde_weigering_niet_van_toepassing(self) -> None:
        """Refusals 9, 16, 23 Feb 2026: the trajectory ended on 23 Feb, before the decision
        was due (23 Mar): the decision does not apply, and says why."""
        traject = _traject(self.VERZOEK, *_weigeringen(date(2026, 2, 9)), x=self.X)
        t = ri.tijdlijn(traject, peildatum=date(2026, 4, 1))["beslissing_arbeidsarts"]
        assert t.status is Status.NIET_VAN_TOEPASSING
        assert "third invitation on 2026-02-23" in t.toelichting
        codes = {b.code for b in ri.toets(traject, peildatum=date(2026, 4, 1))}
        assert "beslissing_arbeidsarts" not in codes

    def test_twee_weigeringen_niet_genoeg(self) -> None:
        """Two refusals end nothing: the decision is still missed."""
        traject = _traject(self.VERZOEK, *_weigeringen(date(2026, 2, 9))[:2], x=self.X)
        t = ri.tijdlijn(traject, peildatum=date(2026, 4, 1))["beslissing_arbeidsarts"]
        assert t.status is Status.GEMIST

    @pytest.mark.parametrize(
        ("derde", "status"),
        [
            # Third refusal on the due date itself (Mon 23 Mar): ended in time.
            (date(2026, 3, 23), Status.NIET_VAN_TOEPASSING),
            # Third refusal the day after (Tue 24 Mar): the decision was already overdue.
            (date(2026, 3, 24), Status.GEMIST),
        ],
    )
    def test_rand_vervaldag(self, derde: date, status: Status) -> None:
        """Refusals 9 and 16 Mar, the third on or after the due date 23 Mar 2026."""
        weigeringen = (
            GeweigerdeUitnodiging(datum=date(2026, 3, 9), volgnummer=1),
            GeweigerdeUitnodiging(datum=date(2026, 3, 16), volgnummer=2),
            GeweigerdeUitnodiging(datum=derde, volgnummer=3),
        )
        traject = _traject(self.VERZOEK, *weigeringen, x=self.X)
        t = ri.tijdlijn(traject, peildatum=date(2026, 4, 1))["beslissing_arbeidsarts"]
        assert t.status is status

    def test_plan_na_derde_weigering(self) -> None:
        """Decision A on Mon 2 Mar 2026: the plan is due 2 Mar + 63 = 4 May 2026 (2 Mar + 29
        = 31 Mar, + 30 = 30 Apr, + 4 = 4 May). Refusals 9, 16, 23 Mar end the trajectory:
        the plan does not apply; with two refusals it is missed on 11 May."""
        beslissing = BeslissingArbeidsarts(
            datum=date(2026, 3, 2), beslissing=ReIntegratiebeslissing.A
        )
        weigeringen = _weigeringen(date(2026, 3, 9))
        drie = _traject(self.VERZOEK, beslissing, *weigeringen, x=self.X)
        t = ri.tijdlijn(drie, peildatum=date(2026, 5, 11))["re_integratieplan"]
        assert (t.uiterlijk, t.status) == (date(2026, 5, 4), Status.NIET_VAN_TOEPASSING)
        assert "2026-03-23" in t.toelichting
        twee = _traject(self.VERZOEK, beslissing, *weigeringen[:2], x=self.X)
        t = ri.tijdlijn(twee, peildatum=date(2026, 5, 11))["re_integratieplan"]
        assert t.status is Status.GEMIST

    def test_regime_2022(self) -> None:
        """The same under the rules of 2022: request Mon 1 Dec 2025, decision due
        1 Dec + 49 = 19 Jan 2026 (1 Dec + 30 = 31 Dec, + 19 = 19 Jan); refusals 8, 15,
        22 Dec 2025 end it."""
        verzoek = VerzoekReintegratie(datum=date(2025, 12, 1), aanvrager=Aanvrager.WERKNEMER)
        traject = _traject(verzoek, *_weigeringen(date(2025, 12, 8)), x=self.X)
        t = ri.tijdlijn(traject, peildatum=date(2026, 2, 1))["beslissing_arbeidsarts"]
        assert (t.uiterlijk, t.status) == (date(2026, 1, 19), Status.NIET_VAN_TOEPASSING)
        assert "2025-12-22" in t.toelichting


class TestMedischeOvermachtTijdensTraject:
    """X = Mon 1 Dec 2025: nine months reached on 1 Sep 2026. A re-integratietraject is
    requested on Mon 7 Sep 2026; refusals on 14, 21 and 28 Sep 2026 end it on Mon 28 Sep.
    Reading: on the day of the ending fact the trajectory no longer runs."""

    X = date(2025, 12, 1)
    VERZOEK = VerzoekReintegratie(datum=date(2026, 9, 7), aanvrager=Aanvrager.WERKGEVER)

    def _mo(self, dag: date, *extra: ri.Gebeurtenis) -> ri.Traject:
        return _traject(
            self.VERZOEK,
            *extra,
            VerzoekMedischeOvermacht(datum=dag, aanvrager=Aanvrager.WERKGEVER),
            x=self.X,
        )

    def test_zonder_traject(self) -> None:
        """No trajectory: request Tue 1 Sep 2026, examination from 11 Sep (+10), decision by
        1 Dec 2026 (+3 months); no finding."""
        traject = _traject(
            VerzoekMedischeOvermacht(datum=date(2026, 9, 1), aanvrager=Aanvrager.WERKNEMER),
            x=self.X,
        )
        tl = ri.tijdlijn(traject, peildatum=date(2026, 9, 2))
        assert tl["onderzoek_medische_overmacht"].status is Status.OPEN
        assert tl["beslissing_medische_overmacht"].uiterlijk == date(2026, 12, 1)
        codes = {b.code for b in ri.toets(traject, peildatum=date(2026, 9, 2))}
        assert "medische_overmacht_tijdens_traject" not in codes

    def test_tijdens_lopend_traject(self) -> None:
        """Request Fri 11 Sep 2026, the trajectory requested on 7 Sep still runs (no end):
        an overtreding dated 11 Sep naming the trajectory; the examination (from 21 Sep) and
        the decision (by 11 Dec) do not apply and say why."""
        traject = self._mo(date(2026, 9, 11))
        tl = ri.tijdlijn(traject, peildatum=date(2027, 1, 4))
        for code, uiterlijk in (
            ("onderzoek_medische_overmacht", date(2026, 9, 21)),
            ("beslissing_medische_overmacht", date(2026, 12, 11)),
        ):
            t = tl[code]
            assert (t.uiterlijk, t.status) == (uiterlijk, Status.NIET_VAN_TOEPASSING)
            assert "re-integratietraject runs (requested 2026-09-07)" in t.toelichting
        [b] = [
            b
            for b in ri.toets(traject, peildatum=date(2027, 1, 4))
            if b.code == "medische_overmacht_tijdens_traject"
        ]
        assert (b.ernst, b.datum) == (Ernst.OVERTREDING, date(2026, 9, 11))
        assert "requested 2026-09-07" in b.melding
        assert "werk.belgie.be" in b.bron
        # The decision, not applicable, is not reported as missed.
        codes = {b.code for b in ri.toets(traject, peildatum=date(2027, 1, 4))}
        assert "beslissing_medische_overmacht" not in codes

    @pytest.mark.parametrize(
        ("dag", "lopend"),
        [
            (date(2026, 9, 27), True),  # Sun 27 Sep: the day before the third refusal
            (date(2026, 9, 28), False),  # Mon 28 Sep: the day the trajectory ends
            (date(2026, 9, 29), False),  # Tue 29 Sep: the day after
        ],
    )
    def test_rand_einde_traject(self, dag: date, lopend: bool) -> None:
        """Refusals 14, 21, 28 Sep 2026 end the trajectory on 28 Sep."""
        weigeringen = _weigeringen(date(2026, 9, 14))
        extra = [w for w in weigeringen if w.datum <= dag]
        later = [w for w in weigeringen if w.datum > dag]
        traject = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            jurisdictie=VL,
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=self.X),),
            gebeurtenissen=(
                self.VERZOEK,
                *extra,
                VerzoekMedischeOvermacht(datum=dag, aanvrager=Aanvrager.WERKGEVER),
                *later,
            ),
        )
        codes = [b.code for b in ri.toets(traject, peildatum=date(2026, 10, 1))]
        assert ("medische_overmacht_tijdens_traject" in codes) is lopend
        t = ri.tijdlijn(traject, peildatum=date(2026, 10, 1))["onderzoek_medische_overmacht"]
        # The examination: no earlier than dag + 10.
        assert t.uiterlijk == dag + timedelta(days=10)
        assert (t.status is Status.NIET_VAN_TOEPASSING) is lopend

    @pytest.mark.parametrize(
        ("dag", "lopend"),
        [
            (date(2026, 11, 8), True),  # Sun 8 Nov: the day before the plan is refused
            (date(2026, 11, 9), False),  # Mon 9 Nov: the day of the refusal
        ],
    )
    def test_plan_geweigerd(self, dag: date, lopend: bool) -> None:
        """Decision A on Mon 19 Oct 2026, plan Mon 2 Nov, refused Mon 9 Nov 2026: the
        trajectory ends with the refusal."""
        gebeurtenissen: list[ri.Gebeurtenis] = [
            self.VERZOEK,
            BeslissingArbeidsarts(datum=date(2026, 10, 19), beslissing=ReIntegratiebeslissing.A),
            ReIntegratieplan(datum=date(2026, 11, 2)),
            ReactieWerknemer(datum=date(2026, 11, 9), akkoord=False),
        ]
        mo = VerzoekMedischeOvermacht(datum=dag, aanvrager=Aanvrager.WERKNEMER)
        gebeurtenissen.insert(3 if dag < date(2026, 11, 9) else 4, mo)
        traject = _traject(*gebeurtenissen, x=self.X)
        codes = [b.code for b in ri.toets(traject, peildatum=date(2026, 11, 30))]
        assert ("medische_overmacht_tijdens_traject" in codes) is lopend

    def test_nieuw_traject_na_einde(self) -> None:
        """Ended on 28 Sep; a new request on Thu 1 Oct 2026 runs again: a request for
        medische overmacht on Mon 5 Oct is an overtreding naming 1 Oct."""
        traject = _traject(
            self.VERZOEK,
            *_weigeringen(date(2026, 9, 14)),
            VerzoekReintegratie(datum=date(2026, 10, 1), aanvrager=Aanvrager.WERKNEMER),
            VerzoekMedischeOvermacht(datum=date(2026, 10, 5), aanvrager=Aanvrager.WERKGEVER),
            x=self.X,
        )
        [b] = [
            b
            for b in ri.toets(traject, peildatum=date(2026, 10, 6))
            if b.code == "medische_overmacht_tijdens_traject"
        ]
        assert "requested 2026-10-01" in b.melding

"""Loopbaancheques (VDAB): the regime of 2020 to Sept 2025 and the transition regime to the
end of 2026, every condition and its boundary, by hand (docs/vlaanderen.md)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reintegratie as ri
from reintegratie.loopbaancheques import (
    MINIMUM_WERKERVARING_DAGEN,
    PRIJZEN,
    REGIMES,
    GebruikteLoopbaancheque,
    Regio,
    Werkstatus,
    prijs_op,
    recht_op_loopbaancheques,
    regime_op,
)
from reintegratie.testing import strategies

#: A Monday under the regime of 2020 (two cheques per 6 years).
P = date(2025, 3, 3)


def _beslis(peildatum: date = P, **velden: Any) -> ri.Beslissing:
    standaard: dict[str, Any] = {
        "woonregio": Regio.VLAANDEREN,
        "werkstatus": Werkstatus.WERKNEMER,
        "werkervaring_dagen": 4000,
        "eerdere_cheques": (),
    }
    standaard.update(velden)
    return recht_op_loopbaancheques(peildatum, **standaard)


class TestVoorwaarden:
    """Region, work status, experience: each alone decides."""

    def test_alles_in_orde(self) -> None:
        """Entitled today, both cheques available, no reasons."""
        b = _beslis()
        assert b.recht
        assert b.redenen == ()
        assert b.volgende_datum == P
        assert [(c.volgnummer, c.uren, c.beschikbaar) for c in b.cheques] == [
            (1, 4, True),
            (2, 3, True),
        ]
        assert (b.periode_van, b.periode_tot) == (None, None)

    @pytest.mark.parametrize(
        ("woon", "werk", "recht"),
        [
            (Regio.VLAANDEREN, None, True),
            (Regio.BRUSSEL, None, True),
            (Regio.ANDERE, None, False),
            (Regio.ANDERE, Regio.VLAANDEREN, True),  # lives in Wallonia, works in Flanders
            (Regio.ANDERE, Regio.BRUSSEL, True),
            (Regio.ANDERE, Regio.ANDERE, False),
            (Regio.VLAANDEREN, Regio.ANDERE, True),  # lives in Flanders, works elsewhere
        ],
    )
    def test_regio(self, woon: Regio, werk: Regio | None, recht: bool) -> None:
        """Living or working in Flanders or Brussels is enough."""
        b = _beslis(woonregio=woon, werkregio=werk)
        assert b.recht is recht
        if not recht:
            assert [r.code for r in b.redenen] == ["regio"]
            assert b.volgende_datum is None
            assert "17 mei 2013" in b.redenen[0].bron

    @pytest.mark.parametrize("status", list(Werkstatus))
    def test_werkstatus(self, status: Werkstatus) -> None:
        """Employees and self-employed who work are entitled; jobseekers are not."""
        b = _beslis(werkstatus=status)
        assert b.recht is status.werkt
        assert status.werkt is (status in (Werkstatus.WERKNEMER, Werkstatus.ZELFSTANDIGE))
        if not status.werkt:
            assert [r.code for r in b.redenen] == ["niet_aan_het_werk"]
            assert b.volgende_datum is None

    def test_2554_dagen(self) -> None:
        """One day short of seven years: not entitled; while working, entitled tomorrow."""
        assert MINIMUM_WERKERVARING_DAGEN == 2555 == 7 * 365
        b = _beslis(werkervaring_dagen=2554)
        assert not b.recht
        assert [r.code for r in b.redenen] == ["werkervaring"]
        assert "1 short" in b.redenen[0].melding
        assert b.volgende_datum == date(2025, 3, 4)

    def test_2555_dagen(self) -> None:
        """Exactly seven years: entitled."""
        assert _beslis(werkervaring_dagen=2555).recht

    def test_ervaring_te_kort_en_niet_aan_het_werk(self) -> None:
        """Short of experience and not working: no date can be foreseen."""
        b = _beslis(werkervaring_dagen=100, werkstatus=Werkstatus.WERKZOEKEND)
        assert [r.code for r in b.redenen] == ["niet_aan_het_werk", "werkervaring"]
        assert b.volgende_datum is None


class TestZesJaar:
    """Two cheques per period of 6 calendar years from the first cheque."""

    def test_een_gebruikt(self) -> None:
        """After the 4-hour cheque, the 3-hour one is still available: entitled."""
        b = _beslis(eerdere_cheques=(date(2024, 5, 6),))
        assert b.recht
        assert [(c.uren, c.gebruikt_op) for c in b.cheques] == [(4, date(2024, 5, 6)), (3, None)]
        assert (b.periode_van, b.periode_tot) == (date(2024, 5, 6), date(2030, 5, 6))

    def test_beide_gebruikt(self) -> None:
        """Both used in the period from 6 May 2024: its next period would start on 6 May 2030,
        after the regime ends (30 Sep 2025), so no next date is foreseen."""
        b = _beslis(eerdere_cheques=(date(2024, 5, 6), date(2025, 1, 8)))
        assert not b.recht
        assert [r.code for r in b.redenen] == ["cheques_gebruikt"]
        assert "2030-05-06" in b.redenen[0].melding
        assert b.volgende_datum is None
        assert not any(c.beschikbaar for c in b.cheques)

    @pytest.mark.parametrize(
        ("peildatum", "recht"),
        [(date(2025, 3, 14), False), (date(2025, 3, 15), True)],
    )
    def test_grens(self, peildatum: date, recht: bool) -> None:
        """First cheque 15 Mar 2019 (under the rules of 2013, it still counts): the day before
        15 Mar 2025 not yet, that day again."""
        b = _beslis(peildatum, eerdere_cheques=(date(2019, 3, 15), date(2019, 9, 1)))
        assert b.recht is recht
        if recht:  # a fresh period: both cheques available
            assert all(c.beschikbaar for c in b.cheques)
        else:
            assert b.volgende_datum == date(2025, 3, 15)

    @pytest.mark.parametrize(
        ("peildatum", "recht"),
        [(date(2022, 2, 27), False), (date(2022, 2, 28), True), (date(2022, 3, 1), True)],
    )
    def test_schrikkeldag(self, peildatum: date, recht: bool) -> None:
        """First cheque 29 Feb 2016: + 6 years (relativedelta) = 28 Feb 2022, not 1 Mar."""
        b = _beslis(peildatum, eerdere_cheques=(date(2016, 2, 29), date(2017, 1, 4)))
        assert b.recht is recht

    def test_tweede_cheque_opent_geen_periode(self) -> None:
        """The period runs from the first cheque, not the second: 4h on 1 Jun 2019, 3h on
        1 Jun 2024; on 1 Jun 2025 a new pair, on 31 May 2025 not yet."""
        cheques = (date(2019, 6, 1), date(2024, 6, 1))
        assert not _beslis(date(2025, 5, 31), eerdere_cheques=cheques).recht
        assert _beslis(date(2025, 6, 1), eerdere_cheques=cheques).recht

    def test_nieuwe_periode_na_oude(self) -> None:
        """Cheques of an old period and one of the current: the 3-hour one is left."""
        b = _beslis(eerdere_cheques=(date(2014, 1, 10), date(2014, 3, 1), date(2024, 9, 1)))
        assert b.recht
        assert b.periode_van == date(2024, 9, 1)

    def test_ervaring_en_cheques(self) -> None:
        """Two reasons: the later of their dates is the next date. 5 days short on 3 Mar 2025
        gives 8 Mar; the period from 15 Mar 2019 ends on 15 Mar 2025: the later, 15 Mar."""
        b = _beslis(werkervaring_dagen=2550, eerdere_cheques=(date(2019, 3, 15), date(2019, 9, 1)))
        assert [r.code for r in b.redenen] == ["werkervaring", "cheques_gebruikt"]
        assert b.volgende_datum == date(2025, 3, 15)


class TestPrijs:
    """The worker's price per cheque is dated data."""

    def test_40_euro(self) -> None:
        """€40 from the start (1 Jul 2013) and through 2020."""
        assert prijs_op(date(2013, 7, 1)).euro == 40
        assert prijs_op(date(2023, 12, 31)).euro == 40
        assert _beslis(date(2021, 1, 4)).prijs.euro == 40

    def test_45_euro_vanaf_2024(self) -> None:
        """€45 from 1 Jan 2024 (sodalis.be: the own contribution raised from that day)."""
        assert prijs_op(date(2024, 1, 1)).euro == 45
        assert prijs_op(date(2024, 1, 1)).geverifieerd is True
        assert "sodalis.be" in prijs_op(date(2024, 1, 1)).bron
        assert [p.euro for p in PRIJZEN] == [40, 45, None]
        assert PRIJZEN[0].geverifieerd

    def test_voor_het_begin(self) -> None:
        """No cheques before 1 Jul 2013."""
        with pytest.raises(ri.ValidationError, match=r"^dag: loopbaancheques exist from"):
            prijs_op(date(2013, 6, 30))


class TestValidatie:
    """Bad input: a ValidationError naming the field."""

    @pytest.mark.parametrize(
        ("velden", "veld"),
        [
            ({"woonregio": "vlaanderen"}, "woonregio"),
            ({"werkregio": "brussel"}, "werkregio"),
            ({"werkstatus": "werknemer"}, "werkstatus"),
            ({"werkervaring_dagen": -1}, "werkervaring_dagen"),
            ({"werkervaring_dagen": 2555.0}, "werkervaring_dagen"),
            ({"werkervaring_dagen": True}, "werkervaring_dagen"),
            ({"eerdere_cheques": date(2020, 1, 1)}, "eerdere_cheques"),
            ({"eerdere_cheques": "2020-01-01"}, "eerdere_cheques"),
            ({"eerdere_cheques": ("2020-01-01",)}, "eerdere_cheques[0]"),
            ({"eerdere_cheques": (date(2027, 1, 1),)}, "eerdere_cheques[0]"),
            ({"eerdere_cheques": (date(2024, 1, 1), date(2023, 1, 1))}, "eerdere_cheques[1]"),
            (
                {"eerdere_cheques": (date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1))},
                "eerdere_cheques[2]",
            ),
        ],
    )
    def test_veld(self, velden: dict[str, Any], veld: str) -> None:
        """The message names the field."""
        with pytest.raises(ri.ValidationError) as fout:
            _beslis(**velden)
        assert fout.value.field == veld

    def test_peildatum(self) -> None:
        """A datetime, or a date outside every regime, is refused naming the field."""
        from datetime import datetime

        with pytest.raises(ri.ValidationError, match=r"^peildatum"):
            _beslis(datetime(2026, 1, 1))  # type: ignore[arg-type]  # noqa: DTZ001
        with pytest.raises(
            ri.ValidationError, match=r"^peildatum: no loopbaancheque regime .*2013"
        ):
            _beslis(date(2019, 12, 31))
        with pytest.raises(ri.ValidationError, match=r"^peildatum: no loopbaancheque regime"):
            _beslis(date(2027, 1, 1))

    def test_immutable(self) -> None:
        """A decision is a frozen value."""
        import attrs

        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            _beslis().recht = False  # type: ignore[misc]


class TestRegimes:
    """Dated regimes: 2020 to 31 Oct 2025, the transition regime to 31 Dec 2026, then none."""

    def test_regimes(self) -> None:
        """Two regimes, adjacent, the second marked unverified (its start, 1 Nov 2025, rests on
        a secondary source: acerta.be)."""
        assert [(r.code, r.vanaf, r.tot) for r in REGIMES] == [
            ("2020", date(2020, 1, 1), date(2025, 10, 31)),
            ("overgang_2025", date(2025, 11, 1), date(2026, 12, 31)),
        ]
        assert REGIMES[0].geverifieerd
        assert not REGIMES[1].geverifieerd
        assert REGIMES[0].uren == (4, 3)
        assert REGIMES[1].uren == (4,)
        assert REGIMES[1].alleen_nooit_gebruikt
        assert REGIMES[1].periode is None

    @pytest.mark.parametrize(
        ("dag", "code"),
        [
            (date(2020, 1, 1), "2020"),
            (date(2025, 10, 31), "2020"),
            (date(2025, 11, 1), "overgang_2025"),
            (date(2026, 12, 31), "overgang_2025"),
        ],
    )
    def test_regime_op(self, dag: date, code: str) -> None:
        """The edges of each regime, both inclusive."""
        assert regime_op(dag).code == code

    def test_na_het_laatste_regime(self) -> None:
        """1 Jan 2027: an error naming the missing regime (the loopbaankrediet), never a guess."""
        with pytest.raises(ri.ValidationError, match=r"loopbaankrediet") as fout:
            regime_op(date(2027, 1, 1))
        assert fout.value.field == "dag"
        assert "overgang_2025, ends on 2026-12-31" in str(fout.value)

    @pytest.mark.parametrize(
        ("peildatum", "recht", "regime"),
        [(date(2025, 10, 31), True, "2020"), (date(2025, 11, 1), False, "overgang_2025")],
    )
    def test_oktober_november_2025(self, peildatum: date, recht: bool, regime: str) -> None:
        """A 4-hour cheque used on 2 May 2022. Asked on Fri 31 Oct 2025: the 3-hour cheque of
        the period from 2 May 2022 is still there. Asked on Sat 1 Nov 2025 (acerta.be: the
        transition regime from 1 Nov 2025): only people who never used a cheque are
        entitled."""
        b = _beslis(peildatum, eerdere_cheques=(date(2022, 5, 2),))
        assert b.recht is recht
        assert b.regime.code == regime
        if recht:
            assert [(c.uren, c.beschikbaar) for c in b.cheques] == [(4, False), (3, True)]
        else:
            assert [r.code for r in b.redenen] == ["eerder_gebruikt"]
            assert b.volgende_datum is None
            assert "2022-05-02" in b.redenen[0].melding

    def test_nooit_gebruikt(self) -> None:
        """Never used one: one cheque under the transition regime; its price is not known."""
        b = _beslis(date(2025, 11, 1))
        assert b.recht
        assert [(c.volgnummer, c.uren, c.beschikbaar) for c in b.cheques] == [(1, 4, True)]
        assert (b.periode_van, b.periode_tot) == (None, None)
        assert b.prijs.euro is None
        assert not b.prijs.geverifieerd

    def test_een_cheque_in_de_overgang(self) -> None:
        """A cheque used on 3 Nov 2025 was the one cheque: on 5 Jan 2026 no other."""
        b = _beslis(date(2026, 1, 5), eerdere_cheques=(date(2025, 11, 3),))
        assert not b.recht
        assert [(c.uren, c.gebruikt_op) for c in b.cheques] == [(4, date(2025, 11, 3))]

    def test_laatste_dag(self) -> None:
        """31 Dec 2026 is still in the transition regime; 1 Jan 2027 is not known."""
        assert _beslis(date(2026, 12, 31)).recht
        with pytest.raises(ri.ValidationError, match=r"^peildatum: no loopbaancheque regime"):
            _beslis(date(2027, 1, 1))

    @pytest.mark.parametrize(
        ("dagen", "volgende"),
        [(2550, date(2026, 12, 30)), (2545, None)],
    )
    def test_volgende_datum_binnen_regime(self, dagen: int, volgende: date | None) -> None:
        """On 25 Dec 2026, 5 days short: 30 Dec 2026. 10 days short: 4 Jan 2027 lies after the
        regime, so no date is foreseen."""
        assert _beslis(date(2026, 12, 25), werkervaring_dagen=dagen).volgende_datum == volgende


class TestOpHetTraject:
    """A used cheque recorded on a trajectory of career guidance."""

    def _traject(self, *cheques: GebruikteLoopbaancheque) -> ri.Traject:
        return ri.Traject(werknemer="W-1", werkgever="WG", loopbaancheques=cheques)

    def test_rondgang(self) -> None:
        """Written in version 2 and read back unchanged."""
        traject = self._traject(
            GebruikteLoopbaancheque(datum=date(2025, 3, 3), uren=4, loopbaancentrum="LC-1"),
            GebruikteLoopbaancheque(
                datum=date(2025, 6, 2), uren=3, loopbaancentrum="LC-1", prijs_euro=45
            ),
        )
        tekst = ri.to_json(traject)
        assert '"loopbaancheques":[{"datum":"2025-03-03","uren":4' in tekst
        assert ri.from_json(tekst) == traject

    def test_standaard_leeg(self) -> None:
        """A traject without cheques has an empty tuple."""
        assert self._traject().loopbaancheques == ()

    def test_uren(self) -> None:
        """A cheque is of 4 or 3 hours."""
        with pytest.raises(ri.ValidationError, match=r"^GebruikteLoopbaancheque.uren"):
            GebruikteLoopbaancheque(datum=date(2025, 3, 3), uren=5, loopbaancentrum="LC-1")

    def test_volgorde(self) -> None:
        """Cheques are in date order."""
        a = GebruikteLoopbaancheque(datum=date(2025, 6, 2), uren=3, loopbaancentrum="LC-1")
        b = GebruikteLoopbaancheque(datum=date(2025, 3, 3), uren=4, loopbaancentrum="LC-1")
        with pytest.raises(ri.ValidationError, match=r"^Traject.loopbaancheques"):
            self._traject(a, b)


class TestStrategieen:
    """The Hypothesis strategies draw valid cheques and Flemish events that round-trip."""

    @settings(max_examples=30, deadline=None)
    @given(cheque=strategies.gebruikte_loopbaancheques())
    def test_cheque_rondgang(self, cheque: GebruikteLoopbaancheque) -> None:
        """A drawn cheque sits on a traject and survives the wire."""
        assert cheque.uren in (3, 4)
        traject = ri.Traject(werknemer="W-1", werkgever="WG", loopbaancheques=(cheque,))
        assert ri.from_json(ri.to_json(traject)) == traject

    @settings(max_examples=40, deadline=None)
    @given(
        gebeurtenis=strategies.gebeurtenissen(
            soort=st.sampled_from(
                (
                    "beslissing_arbeidsarts",
                    "geweigerde_uitnodiging",
                    "verzoek_medische_overmacht",
                    "beslissing_medische_overmacht",
                    "evaluatie_arbeidspotentieel",
                    "tnw_beoordeling",
                    "instemming_reintegratie",
                    "tnw_eerste_contact",
                )
            ),
            datum=date(2026, 3, 2),
        )
    )
    def test_vlaamse_gebeurtenis_rondgang(self, gebeurtenis: ri.Gebeurtenis) -> None:
        """Every drawn Flemish event survives the wire inside a Flemish traject."""
        traject = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            jurisdictie=ri.Jurisdictie.VL,
            ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2026, 1, 5)),),
            gebeurtenissen=(gebeurtenis,),
        )
        assert ri.from_json(ri.to_json(traject)) == traject

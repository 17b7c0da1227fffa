"""Loopbaancheques (VDAB, from 1 Jan 2020): every condition and its boundary, by hand."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import reintegratie as ri
from reintegratie.loopbaancheques import (
    MINIMUM_WERKERVARING_DAGEN,
    PRIJZEN,
    Regio,
    Werkstatus,
    prijs_op,
    recht_op_loopbaancheques,
)

P = date(2026, 3, 2)


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
        assert b.volgende_datum == date(2026, 3, 3)

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
        """Both used in the period from 6 May 2024: next period on 6 May 2030."""
        b = _beslis(eerdere_cheques=(date(2024, 5, 6), date(2025, 1, 8)))
        assert not b.recht
        assert [r.code for r in b.redenen] == ["cheques_gebruikt"]
        assert b.volgende_datum == date(2030, 5, 6)
        assert not any(c.beschikbaar for c in b.cheques)

    @pytest.mark.parametrize(
        ("peildatum", "recht"),
        [(date(2026, 3, 14), False), (date(2026, 3, 15), True)],
    )
    def test_grens(self, peildatum: date, recht: bool) -> None:
        """First cheque 15 Mar 2020: the day before 15 Mar 2026 not yet, that day again."""
        b = _beslis(peildatum, eerdere_cheques=(date(2020, 3, 15), date(2020, 9, 1)))
        assert b.recht is recht
        if recht:  # a fresh period: both cheques available
            assert all(c.beschikbaar for c in b.cheques)
        else:
            assert b.volgende_datum == date(2026, 3, 15)

    @pytest.mark.parametrize(
        ("peildatum", "recht"),
        [(date(2026, 2, 27), False), (date(2026, 2, 28), True), (date(2026, 3, 1), True)],
    )
    def test_schrikkeldag(self, peildatum: date, recht: bool) -> None:
        """First cheque 29 Feb 2020: + 6 years (relativedelta) = 28 Feb 2026, not 1 Mar."""
        b = _beslis(peildatum, eerdere_cheques=(date(2020, 2, 29), date(2021, 1, 4)))
        assert b.recht is recht

    def test_tweede_cheque_opent_geen_periode(self) -> None:
        """The period runs from the first cheque, not the second: 4h on 1 Jun 2020, 3h on
        1 Jun 2025; on 1 Jun 2026 a new pair, on 31 May 2026 not yet."""
        cheques = (date(2020, 6, 1), date(2025, 6, 1))
        assert not _beslis(date(2026, 5, 31), eerdere_cheques=cheques).recht
        assert _beslis(date(2026, 6, 1), eerdere_cheques=cheques).recht

    def test_nieuwe_periode_na_oude(self) -> None:
        """Cheques of an old period and one of the current: the 3-hour one is left."""
        b = _beslis(eerdere_cheques=(date(2018, 1, 10), date(2018, 3, 1), date(2025, 9, 1)))
        assert b.recht
        assert b.periode_van == date(2025, 9, 1)

    def test_ervaring_en_cheques(self) -> None:
        """Two reasons: the later of their dates is the next date."""
        b = _beslis(werkervaring_dagen=2550, eerdere_cheques=(date(2024, 5, 6), date(2025, 1, 8)))
        assert [r.code for r in b.redenen] == ["werkervaring", "cheques_gebruikt"]
        assert b.volgende_datum == date(2030, 5, 6)


class TestPrijs:
    """The worker's price per cheque is dated data."""

    def test_40_euro(self) -> None:
        """€40 from the start (1 Jul 2013) and through 2020."""
        assert prijs_op(date(2013, 7, 1)).euro == 40
        assert prijs_op(date(2023, 12, 31)).euro == 40
        assert _beslis(date(2021, 1, 4)).prijs.euro == 40

    def test_45_euro_niet_geverifieerd(self) -> None:
        """€45 later; its start date is an assumption and marked so."""
        assert prijs_op(date(2024, 1, 1)).euro == 45
        assert prijs_op(date(2024, 1, 1)).geverifieerd is False
        assert [p.euro for p in PRIJZEN] == [40, 45]
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
        """A datetime, or a date before 2020, is refused."""
        from datetime import datetime

        with pytest.raises(ri.ValidationError, match=r"^peildatum"):
            _beslis(datetime(2026, 1, 1))  # type: ignore[arg-type]  # noqa: DTZ001
        with pytest.raises(ri.ValidationError, match=r"^peildatum: the rules of 2020"):
            _beslis(date(2019, 12, 31))

    def test_immutable(self) -> None:
        """A decision is a frozen value."""
        import attrs

        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            _beslis().recht = False  # type: ignore[misc]

"""Tests for :mod:`reintegratie.verzuim`: sickness and leave periods, samentelling.

Every expected date and day count below is worked out by hand in a comment
(docs/telling.md; BW 7:629 lid 10, WIA art. 23 lid 3, ZW art. 38). None is
computed with the code under test.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reintegratie.errors import ReintegratieError, ValidationError
from reintegratie.verzuim import (
    BRON_SAMENTELLING,
    SAMENTELLING_FITDAGEN,
    Onderbreking,
    Verlofperiode,
    Verlofsoort,
    Ziektegeval,
    Ziekteperiode,
    controleer_perioden,
    samentellen,
)

# The running example: the first period 6 Jan 2025 .. 31 Jan 2025.
# Sick days 6..31 January inclusive: 31 - 6 + 1 = 26 sick days.
JAN_START = date(2025, 1, 6)
JAN_EINDE = date(2025, 1, 31)
JANUARI = Ziekteperiode(eerste_dag=JAN_START, laatste_dag=JAN_EINDE)

# 27 fit days after 31 Jan: 1 Feb .. 27 Feb (27 days), so the next period starts 28 Feb.
NA_27_FITDAGEN = date(2025, 2, 28)
# 28 fit days after 31 Jan: 1 Feb .. 28 Feb (all of February 2025), next period 1 Mar.
NA_28_FITDAGEN = date(2025, 3, 1)

# Leave example. 20 fit days after 31 Jan: 1 Feb .. 20 Feb.
# 112 leave days from 21 Feb 2025: 21..28 Feb = 8, March 31 (39), April 30 (69),
# May 31 (100), 1..12 June = 12 (112). So leave runs 21 Feb 2025 .. 12 Jun 2025.
VERLOF_START = date(2025, 2, 21)
VERLOF_EINDE = date(2025, 6, 12)
# 7 fit days after the leave: 13..19 June, sickness again on 20 June (20 + 7 = 27 fit days).
NA_VERLOF_7_FIT = date(2025, 6, 20)
# 8 fit days after the leave: 13..20 June, sickness again on 21 June (20 + 8 = 28 fit days).
NA_VERLOF_8_FIT = date(2025, 6, 21)


def _verlof(zelfde_oorzaak: bool = True) -> Verlofperiode:
    return Verlofperiode(
        eerste_dag=VERLOF_START, laatste_dag=VERLOF_EINDE, zelfde_oorzaak=zelfde_oorzaak
    )


class TestConstanten:
    """The samentelling threshold and its source."""

    def test_vier_weken_is_28_fitdagen(self):
        """ "Fewer than four weeks" means a break of 28 fit days starts a new case."""
        assert SAMENTELLING_FITDAGEN == 28

    def test_bron_noemt_de_artikelen(self):
        """The source cites BW 7:629 lid 10, WIA art. 23 and ZW art. 38."""
        assert "7:629" in BRON_SAMENTELLING
        assert "WIA" in BRON_SAMENTELLING
        assert "ZW" in BRON_SAMENTELLING


class TestZiekteperiode:
    """One uninterrupted period of sickness."""

    def test_open_periode(self):
        """A period without laatste_dag runs and has no length yet."""
        p = Ziekteperiode(eerste_dag=JAN_START)
        assert p.is_lopend
        assert p.laatste_dag is None
        assert p.aantal_dagen is None
        assert p.percentage == 100

    def test_aantal_dagen_telt_beide_einden(self):
        """6..31 January counts both ends: 26 days."""
        assert JANUARI.aantal_dagen == 26
        assert not JANUARI.is_lopend

    def test_eendaagse_periode(self):
        """Going home sick at noon and recovering the next day is one sick day."""
        p = Ziekteperiode(eerste_dag=JAN_START, laatste_dag=JAN_START)
        assert p.aantal_dagen == 1

    def test_bevat(self):
        """bevat is true on the first and last day, false just outside."""
        assert JANUARI.bevat(date(2025, 1, 6))
        assert JANUARI.bevat(date(2025, 1, 31))
        assert not JANUARI.bevat(date(2025, 1, 5))
        assert not JANUARI.bevat(date(2025, 2, 1))

    def test_open_periode_bevat_alles_erna(self):
        """An open period contains every later day."""
        assert Ziekteperiode(eerste_dag=JAN_START).bevat(date(2030, 1, 1))

    @pytest.mark.parametrize("percentage", [1, 50, 100])
    def test_geldige_percentages(self, percentage):
        """Partial sickness from 1 to 100 percent is accepted."""
        assert Ziekteperiode(eerste_dag=JAN_START, percentage=percentage).percentage == percentage

    def test_laatste_dag_voor_eerste_dag(self):
        """A period ending before it starts names laatste_dag."""
        with pytest.raises(ValidationError) as exc:
            Ziekteperiode(eerste_dag=date(2025, 1, 6), laatste_dag=date(2025, 1, 5))
        assert exc.value.field == "Ziekteperiode.laatste_dag"
        assert "precedes" in exc.value.reason
        assert str(exc.value) == f"{exc.value.field}: {exc.value.reason}"

    @pytest.mark.parametrize(
        ("percentage", "woord"),
        [(0, "at least"), (101, "at most"), (True, "whole number"), (50.0, "whole number")],
    )
    def test_ongeldig_percentage(self, percentage, woord):
        """0, 101, a bool and a float are refused as percentage."""
        with pytest.raises(ValidationError) as exc:
            Ziekteperiode(eerste_dag=JAN_START, percentage=percentage)
        assert exc.value.field == "Ziekteperiode.percentage"
        assert woord in exc.value.reason

    def test_datetime_als_eerste_dag(self):
        """A datetime is not a date: the time of day is refused."""
        with pytest.raises(ValidationError) as exc:
            Ziekteperiode(eerste_dag=datetime(2025, 1, 6, 12, 0, tzinfo=UTC))
        assert exc.value.field == "Ziekteperiode.eerste_dag"
        assert "datetime" in exc.value.reason

    def test_datetime_als_laatste_dag(self):
        """A datetime as laatste_dag is refused too."""
        with pytest.raises(ValidationError) as exc:
            Ziekteperiode(eerste_dag=JAN_START, laatste_dag=datetime(2025, 2, 1, tzinfo=UTC))
        assert exc.value.field == "Ziekteperiode.laatste_dag"
        assert "datetime" in exc.value.reason

    def test_tekst_als_datum(self):
        """An ISO string is not a date."""
        with pytest.raises(ValidationError) as exc:
            Ziekteperiode(eerste_dag="2025-01-06")
        assert exc.value.field == "Ziekteperiode.eerste_dag"
        assert "str" in exc.value.reason

    def test_fout_is_ook_valueerror(self):
        """Validation errors are ValueErrors and ReintegratieErrors."""
        with pytest.raises(ValueError, match=r"Ziekteperiode\.laatste_dag"):
            Ziekteperiode(eerste_dag=date(2025, 1, 6), laatste_dag=date(2025, 1, 1))
        with pytest.raises(ReintegratieError):
            Ziekteperiode(eerste_dag=date(2025, 1, 6), laatste_dag=date(2025, 1, 1))


class TestVerlofperiode:
    """Pregnancy and childbirth leave (WAZO)."""

    def test_standaardwaarden(self):
        """Default kind is zwangerschaps- en bevallingsverlof, same cause assumed."""
        v = _verlof()
        assert v.soort is Verlofsoort.ZWANGERSCHAPS_EN_BEVALLINGSVERLOF
        assert v.zelfde_oorzaak is True

    def test_aantal_dagen(self):
        """21 Feb .. 12 Jun 2025 is 112 days (8 + 31 + 30 + 31 + 12)."""
        assert _verlof().aantal_dagen == 112

    def test_laatste_dag_voor_eerste_dag(self):
        """Leave ending before it starts names laatste_dag."""
        with pytest.raises(ValidationError) as exc:
            Verlofperiode(eerste_dag=date(2025, 3, 1), laatste_dag=date(2025, 2, 28))
        assert exc.value.field == "Verlofperiode.laatste_dag"
        assert "precedes" in exc.value.reason

    def test_soort_als_tekst(self):
        """The kind must be a Verlofsoort, not its string value."""
        with pytest.raises(ValidationError) as exc:
            Verlofperiode(
                eerste_dag=VERLOF_START, laatste_dag=VERLOF_EINDE, soort="bevallingsverlof"
            )
        assert exc.value.field == "Verlofperiode.soort"
        assert "Verlofsoort" in exc.value.reason

    def test_zelfde_oorzaak_moet_bool_zijn(self):
        """1 is not True for zelfde_oorzaak."""
        with pytest.raises(ValidationError) as exc:
            Verlofperiode(eerste_dag=VERLOF_START, laatste_dag=VERLOF_EINDE, zelfde_oorzaak=1)
        assert exc.value.field == "Verlofperiode.zelfde_oorzaak"
        assert "True or False" in exc.value.reason

    def test_laatste_dag_verplicht(self):
        """Leave always has an end date (a TypeError from the constructor otherwise)."""
        with pytest.raises(TypeError):
            Verlofperiode(eerste_dag=VERLOF_START)  # type: ignore[call-arg]


class TestSamentellingGrens:
    """27 fit days combine, 28 fit days start a new case."""

    def test_27_fitdagen_een_geval(self):
        """6-31 Jan, then sick again 28 Feb (27 fit days 1..27 Feb): one case."""
        gevallen = samentellen((JANUARI, Ziekteperiode(eerste_dag=NA_27_FITDAGEN)))
        assert len(gevallen) == 1
        assert gevallen[0].eerste_ziektedag == JAN_START
        assert len(gevallen[0].perioden) == 2

    def test_28_fitdagen_nieuw_geval(self):
        """6-31 Jan, then sick again 1 Mar (28 fit days, all of Feb 2025): two cases."""
        gevallen = samentellen((JANUARI, Ziekteperiode(eerste_dag=NA_28_FITDAGEN)))
        assert len(gevallen) == 2
        assert gevallen[0].eerste_ziektedag == JAN_START
        assert gevallen[1].eerste_ziektedag == NA_28_FITDAGEN
        assert gevallen[0].perioden == (JANUARI,)
        assert gevallen[0].onderbrekingen == ()
        assert gevallen[1].onderbrekingen == ()

    def test_nieuw_geval_telt_opnieuw_vanaf_dag_1(self):
        """In the new case, 1 Mar 2025 is sick day 1 and 2 Mar sick day 2."""
        tweede = samentellen((JANUARI, Ziekteperiode(eerste_dag=NA_28_FITDAGEN)))[1]
        assert tweede.datum_van_ziektedag(1) == date(2025, 3, 1)
        assert tweede.datum_van_ziektedag(2) == date(2025, 3, 2)
        assert tweede.ziektedagen_op(date(2025, 3, 1)) == 1

    def test_aansluitende_perioden(self):
        """A period starting the day after the previous one ends: 0 fit days, one case."""
        februari = Ziekteperiode(eerste_dag=date(2025, 2, 1), percentage=50)
        geval = samentellen((JANUARI, februari))[0]
        assert geval.onderbrekingen == (
            Onderbreking(
                na=JAN_EINDE, tot=date(2025, 2, 1), fitdagen=0, verlofdagen=0, samengeteld=True
            ),
        )
        # Partial sickness counts as sick: sick day 27 is 1 Feb.
        assert geval.datum_van_ziektedag(27) == date(2025, 2, 1)

    def test_leeg(self):
        """No periods: no cases."""
        assert samentellen(()) == ()

    def test_een_periode(self):
        """One period is one case without breaks."""
        (geval,) = samentellen((JANUARI,))
        assert geval.perioden == (JANUARI,)
        assert geval.onderbrekingen == ()

    def test_drie_perioden_twee_onderbrekingen(self):
        """Three periods with two 27-day breaks form one case with two breaks."""
        # A: 6..31 Jan (sick days 1-26).
        # B: 28 Feb..9 Mar (28 Feb + 1..9 Mar = 10 days: sick days 27-36).
        # Break 2: 10..31 Mar (22) + 1..5 Apr (5) = 27 fit days. C starts 6 Apr (sick day 37).
        b = Ziekteperiode(eerste_dag=date(2025, 2, 28), laatste_dag=date(2025, 3, 9))
        c = Ziekteperiode(eerste_dag=date(2025, 4, 6))
        (geval,) = samentellen((JANUARI, b, c))
        assert [o.fitdagen for o in geval.onderbrekingen] == [27, 27]
        assert geval.datum_van_ziektedag(36) == date(2025, 3, 9)
        assert geval.datum_van_ziektedag(37) == date(2025, 4, 6)
        # Sick day 40 is 6 Apr + 3 days.
        assert geval.datum_van_ziektedag(40) == date(2025, 4, 9)
        assert geval.ziektedagen_op(date(2025, 4, 1)) == 36

    def test_tweede_onderbreking_splitst(self):
        """A 27-day break combines, a later 28-day break starts a second case."""
        # B: 28 Feb..9 Mar; 28 fit days 10 Mar..6 Apr (22 + 6); C starts 7 Apr.
        b = Ziekteperiode(eerste_dag=date(2025, 2, 28), laatste_dag=date(2025, 3, 9))
        c = Ziekteperiode(eerste_dag=date(2025, 4, 7))
        eerste, tweede = samentellen((JANUARI, b, c))
        assert eerste.perioden == (JANUARI, b)
        assert tweede.perioden == (c,)
        assert eerste.aantal_ziektedagen == 36


class TestZiektedagTellen:
    """Sick day k and sick days on a date, across breaks."""

    def _geval(self, laatste_dag: date | None = None) -> Ziektegeval:
        # 6..31 Jan (26), 27 fit days, then sick from 28 Feb.
        tweede = Ziekteperiode(eerste_dag=NA_27_FITDAGEN, laatste_dag=laatste_dag)
        (geval,) = samentellen((JANUARI, tweede))
        return geval

    def test_dag_1_is_eerste_ziektedag(self):
        """Sick day 1 is X, the first day of the first period."""
        assert self._geval().datum_van_ziektedag(1) == date(2025, 1, 6)

    def test_laatste_dag_van_eerste_periode(self):
        """Sick day 26 is 31 Jan, the last day of the first period."""
        assert self._geval().datum_van_ziektedag(26) == date(2025, 1, 31)

    def test_dag_27_over_de_onderbreking(self):
        """Sick day 27 is the first day of the next period, 28 Feb (fit days skipped)."""
        assert self._geval().datum_van_ziektedag(27) == date(2025, 2, 28)

    def test_dag_28(self):
        """Sick day 28 is 1 Mar 2025 (28 Feb + 1)."""
        assert self._geval().datum_van_ziektedag(28) == date(2025, 3, 1)

    def test_mijlpalen_schuiven_met_de_onderbreking(self):
        """Sick day 728 moves by the 27 fit days: 6 Jan 2025 + 727 + 27 = 30 Jan 2027."""
        # 6 Jan 2025 + 730 days = 6 Jan 2027 (2025 and 2026 have 365 days each);
        # 727 + 27 = 754 = 730 + 24, and 6 Jan 2027 + 24 = 30 Jan 2027.
        assert self._geval().datum_van_ziektedag(728) == date(2027, 1, 30)

    def test_dag_295_met_onderbreking(self):
        """Sick day 295 with a 27-day break: 6 Jan 2025 + 294 + 27 = 23 Nov 2025."""
        # 6 Jan + 321 days. 31 Jan = +25; 28 Feb = +53; 31 Mar = +84; 30 Apr = +114;
        # 31 May = +145; 30 Jun = +175; 31 Jul = +206; 31 Aug = +237; 30 Sep = +267;
        # 31 Oct = +298; +321 = 31 Oct + 23 = 23 Nov 2025.
        assert self._geval().datum_van_ziektedag(295) == date(2025, 11, 23)

    def test_ziektedagen_op_voor_het_geval(self):
        """Before X no sick days have been counted."""
        assert self._geval().ziektedagen_op(date(2025, 1, 5)) == 0

    def test_ziektedagen_op_eerste_dag(self):
        """On X itself one sick day has been counted."""
        assert self._geval().ziektedagen_op(date(2025, 1, 6)) == 1

    def test_ziektedagen_op_tijdens_periode(self):
        """On 15 Jan: 6..15 Jan = 10 sick days."""
        assert self._geval().ziektedagen_op(date(2025, 1, 15)) == 10

    def test_ziektedagen_op_tijdens_onderbreking(self):
        """During the break the count stands still at 26."""
        geval = self._geval()
        assert geval.ziektedagen_op(date(2025, 2, 1)) == 26
        assert geval.ziektedagen_op(date(2025, 2, 15)) == 26
        assert geval.ziektedagen_op(date(2025, 2, 27)) == 26

    def test_ziektedagen_op_na_onderbreking(self):
        """After the break: 26 + (28 Feb .. 10 Mar = 11) = 37 sick days on 10 Mar."""
        geval = self._geval()
        assert geval.ziektedagen_op(date(2025, 2, 28)) == 27
        assert geval.ziektedagen_op(date(2025, 3, 10)) == 37

    def test_ziektedagen_op_gesloten_geval_stopt(self):
        """A closed case stops counting at its last sick day: 26 + (28 Feb..5 Mar = 6) = 32."""
        geval = self._geval(laatste_dag=date(2025, 3, 5))
        assert geval.ziektedagen_op(date(2025, 3, 5)) == 32
        assert geval.ziektedagen_op(date(2025, 12, 31)) == 32

    def test_is_ziek_op(self):
        """is_ziek_op is true on sick days and false on fit days of the break."""
        geval = self._geval()
        assert geval.is_ziek_op(date(2025, 1, 31))
        assert not geval.is_ziek_op(date(2025, 2, 1))
        assert not geval.is_ziek_op(date(2025, 2, 27))
        assert geval.is_ziek_op(date(2025, 2, 28))
        assert not geval.is_ziek_op(date(2025, 1, 5))

    def test_k_kleiner_dan_1(self):
        """Sick days count from 1: k = 0 and k = -1 are refused."""
        geval = self._geval()
        for k in (0, -1):
            with pytest.raises(ValidationError) as exc:
                geval.datum_van_ziektedag(k)
            assert exc.value.field == "Ziektegeval.datum_van_ziektedag.k"
            assert "from 1" in exc.value.reason

    @pytest.mark.parametrize("k", [2.5, True, "3"])
    def test_k_moet_een_geheel_getal_zijn(self, k):
        """A non-integer sick day number is refused with a ValidationError, not silently used."""
        # Sick day "2.5" has no meaning; True is not 1 (bereik() refuses bools elsewhere).
        with pytest.raises(ValidationError):
            self._geval().datum_van_ziektedag(k)


class TestGeslotenGevalProjectie:
    """Beyond a closed case's sick days, the count continues after its last sick day."""

    def test_aantal_ziektedagen(self):
        """6-31 Jan and 28 Feb-5 Mar: 26 + 6 = 32 sick days."""
        tweede = Ziekteperiode(eerste_dag=NA_27_FITDAGEN, laatste_dag=date(2025, 3, 5))
        (geval,) = samentellen((JANUARI, tweede))
        assert geval.aantal_ziektedagen == 32
        assert not geval.is_lopend
        assert geval.laatste_dag == date(2025, 3, 5)

    def test_lopend_geval(self):
        """A running case has no total and no last day."""
        (geval,) = samentellen((JANUARI, Ziekteperiode(eerste_dag=NA_27_FITDAGEN)))
        assert geval.is_lopend
        assert geval.aantal_ziektedagen is None
        assert geval.laatste_dag is None

    def test_projectie_na_laatste_ziektedag(self):
        """Sick day 33 of a 32-day case is 6 Mar, the day after its last sick day."""
        tweede = Ziekteperiode(eerste_dag=NA_27_FITDAGEN, laatste_dag=date(2025, 3, 5))
        (geval,) = samentellen((JANUARI, tweede))
        assert geval.datum_van_ziektedag(32) == date(2025, 3, 5)
        assert geval.datum_van_ziektedag(33) == date(2025, 3, 6)
        # Sick day 40 = 6 Mar + 7 = 13 Mar.
        assert geval.datum_van_ziektedag(40) == date(2025, 3, 13)

    def test_projectie_wachttijd(self):
        """Sick day 728 of that closed case is 30 Jan 2027 (as if the sickness had gone on)."""
        # Sick day 33 = 6 Mar 2025; 728 = 6 Mar 2025 + 695.
        # 6 Mar 2025 + 730 = 6 Mar 2027; 695 = 730 - 35; 6 Mar 2027 - 35:
        # -6 -> 28 Feb 2027, -28 -> 31 Jan 2027, -1 -> 30 Jan 2027.
        tweede = Ziekteperiode(eerste_dag=NA_27_FITDAGEN, laatste_dag=date(2025, 3, 5))
        (geval,) = samentellen((JANUARI, tweede))
        assert geval.datum_van_ziektedag(728) == date(2027, 1, 30)

    def test_projectie_een_periode(self):
        """A single closed 6-31 Jan period projects sick day 27 onto 1 Feb."""
        (geval,) = samentellen((JANUARI,))
        assert geval.aantal_ziektedagen == 26
        assert geval.datum_van_ziektedag(27) == date(2025, 2, 1)


class TestSchrikkeldag:
    """Weeks are exact 7-day blocks, also across a leap day."""

    def test_x_op_29_februari(self):
        """X = 29 Feb 2028: sick day 728 = X + 727 = 25 Feb 2030 (not 28 Feb)."""
        # 29 Feb 2028 -> 28 Feb 2029 is 365 days (1 Mar 2028 -> 1 Mar 2029 is 365, as
        # 2029 has no 29 Feb); 28 Feb 2029 -> 28 Feb 2030 is 365 days: +730 = 28 Feb 2030.
        # 727 = 730 - 3: 25 Feb 2030.
        (geval,) = samentellen((Ziekteperiode(eerste_dag=date(2028, 2, 29)),))
        assert geval.datum_van_ziektedag(1) == date(2028, 2, 29)
        assert geval.datum_van_ziektedag(728) == date(2030, 2, 25)

    def test_dag_295_na_schrikkeldag(self):
        """X = 29 Feb 2028: sick day 295 = X + 294 = 19 Dec 2028."""
        # X + 1 = 1 Mar. 1 Mar..30 Nov is 31+30+31+30+31+31+30+31+30 = 275 days,
        # so 30 Nov = X + 275 and X + 294 = 30 Nov + 19 = 19 Dec 2028.
        # (20 Dec 2028 is X + 295, sick day 296.)
        (geval,) = samentellen((Ziekteperiode(eerste_dag=date(2028, 2, 29)),))
        assert geval.datum_van_ziektedag(295) == date(2028, 12, 19)
        assert geval.datum_van_ziektedag(296) == date(2028, 12, 20)

    def test_einde_week_6(self):
        """End of week 6 is X + 41: 29 Feb 2028 + 41 = 10 Apr 2028."""
        # X + 1 = 1 Mar, X + 31 = 31 Mar, X + 41 = 10 Apr.
        (geval,) = samentellen((Ziekteperiode(eerste_dag=date(2028, 2, 29)),))
        assert geval.datum_van_ziektedag(42) == date(2028, 4, 10)


class TestVerlof:
    """WAZO leave days are neither sick days nor fit days."""

    def test_20_fit_verlof_7_fit_een_geval(self):
        """20 fit + 112 leave + 7 fit days is 27 fit days: still one case."""
        gevallen = samentellen((JANUARI, Ziekteperiode(eerste_dag=NA_VERLOF_7_FIT)), (_verlof(),))
        assert len(gevallen) == 1

    def test_20_fit_verlof_8_fit_nieuw_geval(self):
        """20 fit + 112 leave + 8 fit days is 28 fit days: a new case."""
        gevallen = samentellen((JANUARI, Ziekteperiode(eerste_dag=NA_VERLOF_8_FIT)), (_verlof(),))
        assert len(gevallen) == 2
        assert gevallen[1].eerste_ziektedag == NA_VERLOF_8_FIT

    def test_zonder_verlof_zou_het_splitsen(self):
        """Without the leave record the same 139-day gap starts a new case."""
        gevallen = samentellen((JANUARI, Ziekteperiode(eerste_dag=NA_VERLOF_7_FIT)))
        assert len(gevallen) == 2

    def test_onderbreking_met_verlof(self):
        """The break records 27 fit days and 112 leave days, combined."""
        # 1 Feb .. 19 Jun = 28 + 31 + 30 + 31 + 19 = 139 days = 27 fit + 112 leave.
        (geval,) = samentellen((JANUARI, Ziekteperiode(eerste_dag=NA_VERLOF_7_FIT)), (_verlof(),))
        assert geval.onderbrekingen == (
            Onderbreking(
                na=JAN_EINDE,
                tot=NA_VERLOF_7_FIT,
                fitdagen=27,
                verlofdagen=112,
                samengeteld=True,
            ),
        )

    def test_ziektedag_27_na_verlof(self):
        """Leave days are not sick days: sick day 27 is 20 Jun, the first day back."""
        (geval,) = samentellen((JANUARI, Ziekteperiode(eerste_dag=NA_VERLOF_7_FIT)), (_verlof(),))
        assert geval.datum_van_ziektedag(26) == date(2025, 1, 31)
        assert geval.datum_van_ziektedag(27) == date(2025, 6, 20)
        assert geval.datum_van_ziektedag(28) == date(2025, 6, 21)

    def test_ziektedagen_op_tijdens_verlof(self):
        """During the leave the count stands at 26 and leave days are not sick days."""
        (geval,) = samentellen((JANUARI, Ziekteperiode(eerste_dag=NA_VERLOF_7_FIT)), (_verlof(),))
        assert geval.ziektedagen_op(date(2025, 4, 1)) == 26
        assert not geval.is_ziek_op(date(2025, 4, 1))
        # 20 Jun .. 30 Jun = 11 sick days after the 26: 37.
        assert geval.ziektedagen_op(date(2025, 6, 30)) == 37

    def test_andere_oorzaak_splitst(self):
        """zelfde_oorzaak=False on the leave splits the case even with 27 fit days."""
        gevallen = samentellen(
            (JANUARI, Ziekteperiode(eerste_dag=NA_VERLOF_7_FIT)),
            (_verlof(zelfde_oorzaak=False),),
        )
        assert len(gevallen) == 2
        assert gevallen[1].eerste_ziektedag == NA_VERLOF_7_FIT
        assert gevallen[1].datum_van_ziektedag(1) == NA_VERLOF_7_FIT

    def test_andere_oorzaak_buiten_de_onderbreking_telt_niet(self):
        """Leave with another cause outside the break does not split the case."""
        eerder_verlof = Verlofperiode(
            eerste_dag=date(2024, 1, 1), laatste_dag=date(2024, 4, 21), zelfde_oorzaak=False
        )
        gevallen = samentellen(
            (JANUARI, Ziekteperiode(eerste_dag=NA_27_FITDAGEN)), (eerder_verlof,)
        )
        assert len(gevallen) == 1
        assert gevallen[0].onderbrekingen[0].verlofdagen == 0

    def test_verlof_direct_aansluitend(self):
        """Sickness, leave and sickness without fit days in between: 0 fit days, combined."""
        # Leave 1 Feb .. 23 May 2025: 28 + 31 + 30 + 23 = 112 days; sick again 24 May.
        verlof = Verlofperiode(eerste_dag=date(2025, 2, 1), laatste_dag=date(2025, 5, 23))
        (geval,) = samentellen((JANUARI, Ziekteperiode(eerste_dag=date(2025, 5, 24))), (verlof,))
        assert geval.onderbrekingen[0].fitdagen == 0
        assert geval.onderbrekingen[0].verlofdagen == 112
        assert geval.datum_van_ziektedag(27) == date(2025, 5, 24)

    def test_twee_verlofperioden_in_een_onderbreking(self):
        """Two leave periods in one break both count as leave days."""
        # 1..10 Feb fit (10), leave 11..20 Feb (10), 21..28 Feb fit (8),
        # leave 1..31 Mar (31), 1..9 Apr fit (9), sick again 10 Apr.
        # Fit days 10 + 8 + 9 = 27, leave days 10 + 31 = 41.
        verlof = (
            Verlofperiode(eerste_dag=date(2025, 2, 11), laatste_dag=date(2025, 2, 20)),
            Verlofperiode(eerste_dag=date(2025, 3, 1), laatste_dag=date(2025, 3, 31)),
        )
        (geval,) = samentellen((JANUARI, Ziekteperiode(eerste_dag=date(2025, 4, 10))), verlof)
        assert geval.onderbrekingen[0].fitdagen == 27
        assert geval.onderbrekingen[0].verlofdagen == 41


class TestOnderbreking:
    """The Onderbreking records kept in a case."""

    def test_velden_van_27_dagen_onderbreking(self):
        """A 27-day fit break records na, tot, 27 fit days, no leave, samengeteld."""
        (geval,) = samentellen((JANUARI, Ziekteperiode(eerste_dag=NA_27_FITDAGEN)))
        (o,) = geval.onderbrekingen
        assert o.na == date(2025, 1, 31)
        assert o.tot == date(2025, 2, 28)
        assert o.fitdagen == 27
        assert o.verlofdagen == 0
        assert o.samengeteld is True

    def test_onderbrekingen_binnen_een_geval_zijn_samengeteld(self):
        """Every break kept inside a case is one that combined."""
        b = Ziekteperiode(eerste_dag=date(2025, 2, 28), laatste_dag=date(2025, 3, 9))
        c = Ziekteperiode(eerste_dag=date(2025, 4, 7))
        eerste, tweede = samentellen((JANUARI, b, c))
        assert all(o.samengeteld for o in eerste.onderbrekingen)
        assert tweede.onderbrekingen == ()


class TestPeriodeInvarianten:
    """samentellen and controleer_perioden refuse inconsistent periods."""

    def test_overlappende_perioden(self):
        """A period starting inside the previous one overlaps."""
        tweede = Ziekteperiode(eerste_dag=date(2025, 1, 31))
        with pytest.raises(ValidationError) as exc:
            samentellen((JANUARI, tweede))
        assert exc.value.field == "ziekteperioden[1].eerste_dag"
        assert "overlaps" in exc.value.reason

    def test_ongeordende_perioden(self):
        """Periods out of date order are refused."""
        eerder = Ziekteperiode(eerste_dag=date(2024, 6, 1), laatste_dag=date(2024, 6, 5))
        with pytest.raises(ValidationError) as exc:
            samentellen((JANUARI, eerder))
        assert exc.value.field == "ziekteperioden[1].eerste_dag"
        assert "date order" in exc.value.reason

    def test_zelfde_startdag(self):
        """Two periods starting on the same day are refused."""
        with pytest.raises(ValidationError) as exc:
            samentellen((JANUARI, Ziekteperiode(eerste_dag=JAN_START)))
        assert exc.value.field == "ziekteperioden[1].eerste_dag"

    def test_open_periode_niet_laatst(self):
        """Only the last sickness period may be open."""
        with pytest.raises(ValidationError) as exc:
            samentellen(
                (Ziekteperiode(eerste_dag=JAN_START), Ziekteperiode(eerste_dag=NA_28_FITDAGEN))
            )
        assert exc.value.field == "ziekteperioden[0].laatste_dag"
        assert "open" in exc.value.reason

    def test_verlof_overlapt_ziekte(self):
        """Leave overlapping a sickness period is refused."""
        verlof = Verlofperiode(eerste_dag=date(2025, 1, 20), laatste_dag=date(2025, 3, 1))
        with pytest.raises(ValidationError) as exc:
            samentellen((JANUARI,), (verlof,))
        assert exc.value.field == "verlofperioden[0]"
        assert "overlaps" in exc.value.reason

    def test_verlof_na_open_ziekte(self):
        """Leave after the start of an open sickness period overlaps it."""
        verlof = Verlofperiode(eerste_dag=date(2025, 6, 1), laatste_dag=date(2025, 9, 1))
        with pytest.raises(ValidationError) as exc:
            samentellen((Ziekteperiode(eerste_dag=JAN_START),), (verlof,))
        assert exc.value.field == "verlofperioden[0]"

    def test_verlof_op_laatste_ziektedag(self):
        """Leave starting on the last sick day overlaps it by one day."""
        verlof = Verlofperiode(eerste_dag=JAN_EINDE, laatste_dag=date(2025, 3, 1))
        with pytest.raises(ValidationError) as exc:
            samentellen((JANUARI,), (verlof,))
        assert exc.value.field == "verlofperioden[0]"

    def test_ongeordend_verlof(self):
        """Leave periods out of date order are refused."""
        verlof = (
            Verlofperiode(eerste_dag=date(2025, 5, 1), laatste_dag=date(2025, 5, 31)),
            Verlofperiode(eerste_dag=date(2025, 3, 1), laatste_dag=date(2025, 3, 31)),
        )
        with pytest.raises(ValidationError) as exc:
            samentellen((JANUARI,), verlof)
        assert exc.value.field == "verlofperioden[1].eerste_dag"
        assert "date order" in exc.value.reason

    def test_overlappend_verlof(self):
        """Leave periods that overlap each other are refused."""
        verlof = (
            Verlofperiode(eerste_dag=date(2025, 3, 1), laatste_dag=date(2025, 3, 31)),
            Verlofperiode(eerste_dag=date(2025, 3, 31), laatste_dag=date(2025, 4, 30)),
        )
        with pytest.raises(ValidationError) as exc:
            samentellen((JANUARI,), verlof)
        assert exc.value.field == "verlofperioden[1].eerste_dag"

    def test_eigen_veldnamen(self):
        """controleer_perioden names the fields it is told to."""
        with pytest.raises(ValidationError) as exc:
            controleer_perioden(
                (JANUARI, Ziekteperiode(eerste_dag=date(2025, 1, 20))), veld="perioden"
            )
        assert exc.value.field == "perioden[1].eerste_dag"

    def test_geldige_invoer_geeft_geen_fout(self):
        """Ordered, disjoint periods with leave in a gap pass the check."""
        controleer_perioden((JANUARI, Ziekteperiode(eerste_dag=NA_VERLOF_7_FIT)), (_verlof(),))


class TestOnveranderlijkheid:
    """Sickness objects are frozen and slotted."""

    @staticmethod
    def _voorbeelden() -> list[object]:
        (geval,) = samentellen((JANUARI, Ziekteperiode(eerste_dag=NA_27_FITDAGEN)))
        return [JANUARI, _verlof(), geval.onderbrekingen[0], geval]

    def test_toewijzen_faalt(self):
        """Assigning to any attribute raises FrozenInstanceError."""
        for obj in self._voorbeelden():
            for veld in attrs.fields(type(obj)):
                with pytest.raises(attrs.exceptions.FrozenInstanceError):
                    setattr(obj, veld.name, None)

    def test_nieuw_attribuut_faalt(self):
        """No new attributes can be added."""
        for obj in self._voorbeelden():
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                obj.iets_nieuws = 1  # type: ignore[attr-defined]

    def test_verwijderen_faalt(self):
        """Deleting an attribute raises FrozenInstanceError."""
        for obj in self._voorbeelden():
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                delattr(obj, attrs.fields(type(obj))[0].name)

    def test_slots(self):
        """Every class is slotted: __slots__ on the class, no __dict__ on the instance."""
        for obj in self._voorbeelden():
            assert "__slots__" in type(obj).__dict__
            assert not hasattr(obj, "__dict__")

    def test_gelijkheid_en_hash(self):
        """Equal periods are equal and hash alike; cases compare by periods and breaks."""
        assert Ziekteperiode(eerste_dag=JAN_START, laatste_dag=JAN_EINDE) == JANUARI
        assert hash(Ziekteperiode(eerste_dag=JAN_START, laatste_dag=JAN_EINDE)) == hash(JANUARI)
        een = samentellen((JANUARI,))[0]
        twee = samentellen((Ziekteperiode(eerste_dag=JAN_START, laatste_dag=JAN_EINDE),))[0]
        assert een == twee
        assert hash(een) == hash(twee)
        assert een != samentellen((Ziekteperiode(eerste_dag=JAN_START),))[0]

    def test_evolve_valideert(self):
        """attrs.evolve revalidates: an evolved period cannot end before it starts."""
        with pytest.raises(ValidationError):
            attrs.evolve(JANUARI, laatste_dag=date(2025, 1, 1))


# --- properties -------------------------------------------------------------------

_dagen = st.integers(min_value=1, max_value=60)


@st.composite
def _perioden(draw: st.DrawFn) -> tuple[Ziekteperiode, ...]:
    """1-5 closed periods with breaks of 0-27 fit days, so they form one case."""
    start = date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 730)))
    perioden = []
    for _ in range(draw(st.integers(1, 5))):
        lengte = draw(_dagen)
        einde = start + timedelta(days=lengte - 1)
        perioden.append(Ziekteperiode(eerste_dag=start, laatste_dag=einde))
        start = einde + timedelta(days=draw(st.integers(0, 27)) + 1)
    return tuple(perioden)


class TestEigenschappen:
    """Properties that relate the counting methods to each other."""

    @given(_perioden())
    def test_fitdagen_onder_28_geeft_een_geval(self, perioden):
        """Breaks of at most 27 fit days always give one case."""
        assert len(samentellen(perioden)) == 1

    @given(_perioden())
    def test_ziektedagen_tellen_op(self, perioden):
        """The case's total equals the sum of its periods' lengths."""
        (geval,) = samentellen(perioden)
        assert geval.aantal_ziektedagen == sum(p.aantal_dagen for p in perioden)

    @given(_perioden(), st.data())
    def test_datum_en_telling_zijn_elkaars_inverse(self, perioden, data):
        """ziektedagen_op(datum_van_ziektedag(k)) == k, and that date is a sick day."""
        (geval,) = samentellen(perioden)
        k = data.draw(st.integers(1, geval.aantal_ziektedagen))
        dag = geval.datum_van_ziektedag(k)
        assert geval.ziektedagen_op(dag) == k
        assert geval.is_ziek_op(dag)

    @given(_perioden())
    def test_28_fitdagen_splitst_altijd(self, perioden):
        """A period after 28 fit days always starts a second case on its own first day."""
        laatste = perioden[-1].laatste_dag
        assert laatste is not None
        nieuw = Ziekteperiode(eerste_dag=laatste + timedelta(days=29))
        gevallen = samentellen((*perioden, nieuw))
        assert len(gevallen) == 2
        assert gevallen[1].datum_van_ziektedag(1) == nieuw.eerste_dag

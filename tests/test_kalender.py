"""Tests for :mod:`reintegratie.kalender` (Atw working days)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reintegratie import kalender as kalender_module
from reintegratie.errors import ValidationError
from reintegratie.kalender import BRON, Kalender, standaard_kalender

# Every Atw holiday of 2020-2035, written out by hand from the Easter Sundays
# 2020-04-12, 2021-04-04, 2022-04-17, 2023-04-09, 2024-03-31, 2025-04-20,
# 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21, 2031-04-13,
# 2032-03-28, 2033-04-17, 2034-04-09, 2035-03-25.
# Order per year: New Year, Good Friday (E-2), Easter Monday (E+1), King's Day
# (27 April, 26 April when the 27th is a Sunday: 2025 and 2031), 5 May,
# Ascension (E+39), Whit Monday (E+50), Christmas, Boxing Day.
ATW_FEESTDAGEN: dict[int, tuple[date, ...]] = {
    2020: (
        date(2020, 1, 1), date(2020, 4, 10), date(2020, 4, 13), date(2020, 4, 27),
        date(2020, 5, 5), date(2020, 5, 21), date(2020, 6, 1), date(2020, 12, 25),
        date(2020, 12, 26),
    ),
    2021: (
        date(2021, 1, 1), date(2021, 4, 2), date(2021, 4, 5), date(2021, 4, 27),
        date(2021, 5, 5), date(2021, 5, 13), date(2021, 5, 24), date(2021, 12, 25),
        date(2021, 12, 26),
    ),
    2022: (
        date(2022, 1, 1), date(2022, 4, 15), date(2022, 4, 18), date(2022, 4, 27),
        date(2022, 5, 5), date(2022, 5, 26), date(2022, 6, 6), date(2022, 12, 25),
        date(2022, 12, 26),
    ),
    2023: (
        date(2023, 1, 1), date(2023, 4, 7), date(2023, 4, 10), date(2023, 4, 27),
        date(2023, 5, 5), date(2023, 5, 18), date(2023, 5, 29), date(2023, 12, 25),
        date(2023, 12, 26),
    ),
    2024: (
        date(2024, 1, 1), date(2024, 3, 29), date(2024, 4, 1), date(2024, 4, 27),
        date(2024, 5, 5), date(2024, 5, 9), date(2024, 5, 20), date(2024, 12, 25),
        date(2024, 12, 26),
    ),
    2025: (
        date(2025, 1, 1), date(2025, 4, 18), date(2025, 4, 21), date(2025, 4, 26),
        date(2025, 5, 5), date(2025, 5, 29), date(2025, 6, 9), date(2025, 12, 25),
        date(2025, 12, 26),
    ),
    2026: (
        date(2026, 1, 1), date(2026, 4, 3), date(2026, 4, 6), date(2026, 4, 27),
        date(2026, 5, 5), date(2026, 5, 14), date(2026, 5, 25), date(2026, 12, 25),
        date(2026, 12, 26),
    ),
    2027: (
        date(2027, 1, 1), date(2027, 3, 26), date(2027, 3, 29), date(2027, 4, 27),
        date(2027, 5, 5), date(2027, 5, 6), date(2027, 5, 17), date(2027, 12, 25),
        date(2027, 12, 26),
    ),
    2028: (
        date(2028, 1, 1), date(2028, 4, 14), date(2028, 4, 17), date(2028, 4, 27),
        date(2028, 5, 5), date(2028, 5, 25), date(2028, 6, 5), date(2028, 12, 25),
        date(2028, 12, 26),
    ),
    2029: (
        date(2029, 1, 1), date(2029, 3, 30), date(2029, 4, 2), date(2029, 4, 27),
        date(2029, 5, 5), date(2029, 5, 10), date(2029, 5, 21), date(2029, 12, 25),
        date(2029, 12, 26),
    ),
    2030: (
        date(2030, 1, 1), date(2030, 4, 19), date(2030, 4, 22), date(2030, 4, 27),
        date(2030, 5, 5), date(2030, 5, 30), date(2030, 6, 10), date(2030, 12, 25),
        date(2030, 12, 26),
    ),
    2031: (
        date(2031, 1, 1), date(2031, 4, 11), date(2031, 4, 14), date(2031, 4, 26),
        date(2031, 5, 5), date(2031, 5, 22), date(2031, 6, 2), date(2031, 12, 25),
        date(2031, 12, 26),
    ),
    2032: (
        date(2032, 1, 1), date(2032, 3, 26), date(2032, 3, 29), date(2032, 4, 27),
        date(2032, 5, 5), date(2032, 5, 6), date(2032, 5, 17), date(2032, 12, 25),
        date(2032, 12, 26),
    ),
    2033: (
        date(2033, 1, 1), date(2033, 4, 15), date(2033, 4, 18), date(2033, 4, 27),
        date(2033, 5, 5), date(2033, 5, 26), date(2033, 6, 6), date(2033, 12, 25),
        date(2033, 12, 26),
    ),
    2034: (
        date(2034, 1, 1), date(2034, 4, 7), date(2034, 4, 10), date(2034, 4, 27),
        date(2034, 5, 5), date(2034, 5, 18), date(2034, 5, 29), date(2034, 12, 25),
        date(2034, 12, 26),
    ),
    2035: (
        date(2035, 1, 1), date(2035, 3, 23), date(2035, 3, 26), date(2035, 4, 27),
        date(2035, 5, 5), date(2035, 5, 3), date(2035, 5, 14), date(2035, 12, 25),
        date(2035, 12, 26),
    ),
}  # fmt: skip

JAREN = range(2020, 2036)

ATW_NAMEN_VANAF_2014 = {
    "Nieuwjaarsdag",
    "Goede vrijdag",
    "Tweede paasdag",
    "Koningsdag",
    "Bevrijdingsdag",
    "Hemelvaartsdag",
    "Tweede pinksterdag",
    "Eerste kerstdag",
    "Tweede kerstdag",
}

GOEDE_VRIJDAGEN = {
    2020: date(2020, 4, 10),
    2026: date(2026, 4, 3),
    2027: date(2027, 3, 26),
    2035: date(2035, 3, 23),
}


@pytest.fixture
def kal() -> Kalender:
    """A fresh default calendar (no shared cache between tests)."""
    return Kalender()


class TestFeestdagenPerJaar:
    """``feestdagen(jaar)`` against the hand-made list and the package's names."""

    @pytest.mark.parametrize("jaar", JAREN)
    def test_matches_hand_made_list(self, kal: Kalender, jaar: int) -> None:
        """The Atw holidays of each year 2020-2035 are exactly the hand-made list."""
        assert set(kal.feestdagen(jaar)) == set(ATW_FEESTDAGEN[jaar])
        assert len(ATW_FEESTDAGEN[jaar]) == 9

    @pytest.mark.parametrize("jaar", JAREN)
    def test_every_allowed_name_appears(self, kal: Kalender, jaar: int) -> None:
        """Every allowed name but Koninginnedag appears each year 2020-2035 (no silent rename)."""
        namen = set(kal.feestdagen(jaar).values())
        assert namen == ATW_NAMEN_VANAF_2014
        assert ATW_NAMEN_VANAF_2014 | {"Koninginnedag"} == kalender_module._ATW_NAMEN

    @pytest.mark.parametrize("jaar", range(1990, 2014))
    def test_koninginnedag_appears_before_2014(self, kal: Kalender, jaar: int) -> None:
        """The allowed name Koninginnedag appears every year before King's Day existed."""
        assert "Koninginnedag" in kal.feestdagen(jaar).values()

    @pytest.mark.parametrize("jaar", JAREN)
    def test_package_extras_are_only_the_two_sundays(self, jaar: int) -> None:
        """The filter drops only Easter Sunday and Whit Sunday from the package's two categories."""
        pakket = holidays.country_holidays(
            "NL", years=jaar, categories=("public", "optional"), language="nl"
        )
        weg = {n for n in pakket.values() if n not in kalender_module._ATW_NAMEN}
        assert weg == {"Eerste paasdag", "Eerste pinksterdag"}

    def test_sorted_by_date(self, kal: Kalender) -> None:
        """The returned dict is ordered by date."""
        dagen = list(kal.met_extra_dagen(date(2026, 2, 2)).feestdagen(2026))
        assert dagen == sorted(dagen)

    def test_result_is_a_copy(self, kal: Kalender) -> None:
        """Mutating the returned dict does not change the calendar."""
        kal.feestdagen(2026).clear()
        assert kal.is_feestdag(date(2026, 1, 1))
        assert len(kal.feestdagen(2026)) == 9

    def test_queens_day_saturday_before_2014(self, kal: Kalender) -> None:
        """Queen's Day 2006 (30 April a Sunday) is Saturday 29 April, as the package gives it."""
        assert kal.feestdagen(2006)[date(2006, 4, 29)] == "Koninginnedag"
        assert kal.feestdagen(2013)[date(2013, 4, 30)] == "Koninginnedag"

    def test_kings_day_never_on_sunday(self, kal: Kalender) -> None:
        """King's Day 2025 and 2031 (27 April a Sunday) move to Saturday the 26th."""
        assert not kal.is_feestdag(date(2025, 4, 27))
        assert kal.feestdagen(2025)[date(2025, 4, 26)] == "Koningsdag"
        assert kal.feestdagen(2031)[date(2031, 4, 26)] == "Koningsdag"

    def test_two_holidays_on_one_day_keep_both_names(self, kal: Kalender) -> None:
        """5 May 2016 was also Ascension Day; the package joins the names and the day stays."""
        assert kal.feestdagen(2016)[date(2016, 5, 5)] == "Bevrijdingsdag; Hemelvaartsdag"
        zonder = Kalender(vijf_mei_elk_jaar=False)
        assert zonder.feestdagen(2016)[date(2016, 5, 5)] == "Hemelvaartsdag"

    def test_names_do_not_follow_the_locale(self) -> None:
        """Names are Dutch and the filter works whatever LANG/LANGUAGE the process has."""
        env = {
            **os.environ,
            "LANGUAGE": "fy_NL.UTF-8",
            "LC_ALL": "fy_NL.UTF-8",
            "LC_MESSAGES": "fy_NL.UTF-8",
            "LANG": "fy_NL.UTF-8",
        }
        code = (
            "from reintegratie.kalender import Kalender\n"
            "print(sorted(Kalender().feestdagen(2026).values()))"
        )
        uit = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        assert uit.stdout.strip() == repr(sorted(ATW_NAMEN_VANAF_2014))

    @pytest.mark.parametrize("jaar", [1965, 2101, 9999])
    def test_year_outside_package_range_is_refused(self, kal: Kalender, jaar: int) -> None:
        """A year the package does not cover raises instead of silently having no holidays."""
        with pytest.raises(ValidationError, match="jaar"):
            kal.feestdagen(jaar)
        with pytest.raises(ValidationError, match="outside"):
            kal.is_werkdag(date(jaar, 6, 3))

    @pytest.mark.parametrize("jaar", ["2026", 2026.0, True])
    def test_year_must_be_an_int(self, kal: Kalender, jaar: object) -> None:
        """``feestdagen`` refuses a year that is not a whole number."""
        with pytest.raises(ValidationError, match="jaar"):
            kal.feestdagen(jaar)  # type: ignore[arg-type]


class TestVijfMei:
    """5 May counts every year by default, only in lustrum years if switched off."""

    @pytest.mark.parametrize("jaar", [2026, 2027, 2028, 2029, 2031])
    def test_non_lustrum_year_is_a_holiday(self, kal: Kalender, jaar: int) -> None:
        """5 May is a holiday in a non-lustrum year (the package's optional category)."""
        assert kal.is_feestdag(date(jaar, 5, 5))

    @pytest.mark.parametrize("jaar", [2025, 2030, 2035])
    def test_lustrum_only_keeps_lustrum_years(self, jaar: int) -> None:
        """With ``vijf_mei_elk_jaar=False`` 5 May stays a holiday in lustrum years."""
        assert Kalender(vijf_mei_elk_jaar=False).is_feestdag(date(jaar, 5, 5))

    @pytest.mark.parametrize("jaar", [2026, 2027, 2028, 2029, 2031])
    def test_lustrum_only_drops_other_years(self, jaar: int) -> None:
        """With ``vijf_mei_elk_jaar=False`` 5 May is no holiday in other years."""
        assert not Kalender(vijf_mei_elk_jaar=False).is_feestdag(date(jaar, 5, 5))

    def test_shift_depends_on_the_switch(self, kal: Kalender) -> None:
        """Tuesday 5 May 2026 shifts to the 6th by default and is a working day otherwise."""
        assert kal.werkdag_op_of_na(date(2026, 5, 5)) == date(2026, 5, 6)
        zonder = Kalender(vijf_mei_elk_jaar=False)
        assert zonder.werkdag_op_of_na(date(2026, 5, 5)) == date(2026, 5, 5)


class TestGoedeVrijdag:
    """Good Friday is equated with a holiday unless switched off."""

    @pytest.mark.parametrize(("jaar", "dag"), GOEDE_VRIJDAGEN.items())
    def test_holiday_by_default(self, kal: Kalender, jaar: int, dag: date) -> None:
        """Good Friday is an Atw holiday by default."""
        assert kal.is_feestdag(dag)
        assert kal.feestdagen(jaar)[dag] == "Goede vrijdag"

    @pytest.mark.parametrize(("jaar", "dag"), GOEDE_VRIJDAGEN.items())
    def test_working_day_when_switched_off(self, jaar: int, dag: date) -> None:
        """With ``goede_vrijdag=False`` Good Friday is an ordinary working day."""
        zonder = Kalender(goede_vrijdag=False)
        assert not zonder.is_feestdag(dag)
        assert zonder.is_werkdag(dag)
        assert dag not in zonder.feestdagen(jaar)
        assert len(zonder.feestdagen(jaar)) == 8


class TestWerkdagOpOfNa:
    """The Atw art. 1 lid 1 shift to the next working day."""

    def test_weekday_returns_itself(self, kal: Kalender) -> None:
        """An ordinary weekday (Wed 22 Jul 2026, a 42nd-week report date) is returned as is."""
        assert kal.werkdag_op_of_na(date(2026, 7, 22)) == date(2026, 7, 22)

    def test_saturday_goes_to_monday(self, kal: Kalender) -> None:
        """Saturday 25 Jul 2026 shifts to Monday the 27th."""
        assert kal.werkdag_op_of_na(date(2026, 7, 25)) == date(2026, 7, 27)

    def test_sunday_goes_to_monday(self, kal: Kalender) -> None:
        """Sunday 26 Jul 2026 shifts to Monday the 27th."""
        assert kal.werkdag_op_of_na(date(2026, 7, 26)) == date(2026, 7, 27)

    def test_good_friday_skips_easter_monday(self, kal: Kalender) -> None:
        """Good Friday 3 Apr 2026 shifts past Easter Monday to Tuesday 7 April."""
        assert kal.werkdag_op_of_na(date(2026, 4, 3)) == date(2026, 4, 7)

    def test_christmas_on_friday(self, kal: Kalender) -> None:
        """Christmas Day Friday 25 Dec 2026 shifts to Monday 28 December."""
        assert kal.werkdag_op_of_na(date(2026, 12, 25)) == date(2026, 12, 28)

    def test_kings_day(self, kal: Kalender) -> None:
        """King's Day Monday 27 Apr 2026 shifts to Tuesday the 28th."""
        assert kal.werkdag_op_of_na(date(2026, 4, 27)) == date(2026, 4, 28)

    def test_five_may(self, kal: Kalender) -> None:
        """5 May 2027 (Wednesday) skips Ascension Thursday 6 May to Friday 7 May."""
        assert kal.werkdag_op_of_na(date(2027, 5, 5)) == date(2027, 5, 7)

    def test_new_years_eve_2027_is_a_working_day(self, kal: Kalender) -> None:
        """Friday 31 Dec 2027 is a working day and is returned as is."""
        assert kal.is_werkdag(date(2027, 12, 31))
        assert kal.werkdag_op_of_na(date(2027, 12, 31)) == date(2027, 12, 31)

    def test_extra_day_friday_after_ascension(self, kal: Kalender) -> None:
        """Friday 15 May 2026 declared extra shifts Ascension Day to Monday 18 May."""
        met = kal.met_extra_dagen(date(2026, 5, 15))
        assert met.werkdag_op_of_na(date(2026, 5, 15)) == date(2026, 5, 18)
        assert met.werkdag_op_of_na(date(2026, 5, 14)) == date(2026, 5, 18)
        assert kal.werkdag_op_of_na(date(2026, 5, 14)) == date(2026, 5, 15)

    def test_chain_across_new_year(self, kal: Kalender) -> None:
        """Boxing Day Sat 26 Dec 2026 to Monday 28th; Fri 31 Dec 2021 extra to Mon 3 Jan 2022."""
        assert kal.werkdag_op_of_na(date(2026, 12, 26)) == date(2026, 12, 28)
        met = kal.met_extra_dagen(date(2021, 12, 31))
        assert met.werkdag_op_of_na(date(2021, 12, 31)) == date(2022, 1, 3)
        # 2022: New Year on a Saturday, so Sat 1 and Sun 2 Jan lead to Monday 3 Jan.
        assert kal.werkdag_op_of_na(date(2022, 1, 1)) == date(2022, 1, 3)

    def test_longest_run_easter_2038(self, kal: Kalender) -> None:
        """Easter 25 Apr 2038: Good Friday 23rd to Wed 28th (Easter Monday, King's Day Tue 27th)."""
        assert kal.werkdag_op_of_na(date(2038, 4, 23)) == date(2038, 4, 28)

    def test_no_working_day_before_date_max(self) -> None:
        """Running off the end of the calendar raises a ValidationError, not an OverflowError."""
        kal = Kalender(extra_dagen=[date(2100, 12, 31)])
        with pytest.raises(ValidationError):
            kal.werkdag_op_of_na(date(2100, 12, 31))


class TestExtraDagen:
    """Days equated with a holiday by royal decree."""

    def test_accepts_any_iterable_of_dates(self) -> None:
        """A list, a generator and a set all become the same frozenset."""
        dagen = [date(2026, 5, 15), date(2027, 5, 7)]
        kal = Kalender(extra_dagen=dagen)
        assert kal.extra_dagen == frozenset(dagen)
        assert isinstance(kal.extra_dagen, frozenset)
        assert Kalender(extra_dagen=(d for d in dagen)) == kal
        assert Kalender(extra_dagen=set(dagen)) == kal

    def test_extra_day_is_listed_with_a_name(self) -> None:
        """An extra day appears in ``feestdagen`` of its year only."""
        kal = Kalender(extra_dagen=[date(2026, 5, 15)])
        naam = "Bij koninklijk besluit gelijkgestelde dag"
        assert kal.feestdagen(2026)[date(2026, 5, 15)] == naam
        assert date(2026, 5, 15) not in kal.feestdagen(2027)
        assert kal.is_feestdag(date(2026, 5, 15))

    def test_extra_day_on_a_holiday_keeps_its_name(self) -> None:
        """An extra day that already is a holiday keeps the holiday's name."""
        kal = Kalender(extra_dagen=[date(2026, 12, 25)])
        assert kal.feestdagen(2026)[date(2026, 12, 25)] == "Eerste kerstdag"

    def test_met_extra_dagen_returns_a_new_calendar(self, kal: Kalender) -> None:
        """``met_extra_dagen`` adds days and leaves the original (and its settings) unchanged."""
        basis = Kalender(goede_vrijdag=False, extra_dagen=[date(2026, 5, 15)])
        basis.is_werkdag(date(2026, 6, 1))  # fill the cache first
        nieuw = basis.met_extra_dagen(date(2026, 6, 1), date(2026, 6, 2))
        assert nieuw.extra_dagen == {date(2026, 5, 15), date(2026, 6, 1), date(2026, 6, 2)}
        assert nieuw.goede_vrijdag is False
        assert not nieuw.is_werkdag(date(2026, 6, 1))
        assert basis.is_werkdag(date(2026, 6, 1))
        assert basis.extra_dagen == {date(2026, 5, 15)}

    @pytest.mark.parametrize(
        "waarde",
        [
            "2026-05-15",
            ["2026-05-15"],
            [datetime(2026, 5, 15, tzinfo=UTC)],
            [date(2026, 5, 15), 20260515],
            date(2026, 5, 15),
            None,
        ],
    )
    def test_bad_input_names_the_field(self, waarde: object) -> None:
        """A non-iterable, a string or a non-date element raises a ValidationError on the field."""
        with pytest.raises(ValidationError, match=r"^Kalender\.extra_dagen: ") as info:
            Kalender(extra_dagen=waarde)  # type: ignore[arg-type]
        assert info.value.field == "Kalender.extra_dagen"

    def test_datetime_is_refused_and_named(self) -> None:
        """A datetime (a date subclass) is refused, and the message shows the bad value."""
        moment = datetime(2026, 5, 15, 9, 30, tzinfo=UTC)
        with pytest.raises(ValidationError) as info:
            Kalender(extra_dagen=[moment])
        assert repr(moment) in str(info.value)
        with pytest.raises(ValidationError, match=r"Kalender\.extra_dagen"):
            Kalender().met_extra_dagen(moment)

    def test_bad_element_value_in_message(self) -> None:
        """The message of a bad element includes that element."""
        with pytest.raises(ValidationError, match="'15 mei'"):
            Kalender(extra_dagen=[date(2026, 5, 14), "15 mei"])  # type: ignore[list-item]


class TestKalenderObject:
    """Equality, hashing, pickling, validation and the shared default."""

    def test_equality_ignores_the_cache(self) -> None:
        """Two calendars with the same settings are equal and hash alike, used or not."""
        gebruikt = Kalender()
        gebruikt.is_werkdag(date(2026, 1, 1))
        assert gebruikt == Kalender()
        assert hash(gebruikt) == hash(Kalender())
        assert Kalender(goede_vrijdag=False) != Kalender()

    def test_repr_hides_the_cache(self) -> None:
        """The repr shows the settings, not the private cache."""
        kal = Kalender()
        kal.is_werkdag(date(2026, 1, 1))
        assert "per_jaar" not in repr(kal)
        assert "goede_vrijdag=True" in repr(kal)

    def test_frozen(self) -> None:
        """Fields cannot be reassigned."""
        with pytest.raises(AttributeError):
            Kalender().goede_vrijdag = False  # type: ignore[misc]

    def test_pickle_round_trip(self) -> None:
        """A calendar survives pickling and still answers."""
        kal = Kalender(extra_dagen=[date(2026, 5, 15)])
        kal.is_werkdag(date(2026, 5, 15))
        terug = pickle.loads(pickle.dumps(kal))
        assert terug == kal
        assert not terug.is_werkdag(date(2026, 5, 15))

    @pytest.mark.parametrize("veld", ["goede_vrijdag", "vijf_mei_elk_jaar"])
    @pytest.mark.parametrize("waarde", ["nee", 0, None])
    def test_switches_must_be_bool(self, veld: str, waarde: object) -> None:
        """The two switches refuse anything but True or False."""
        with pytest.raises(ValidationError, match=rf"Kalender\.{veld}"):
            Kalender(**{veld: waarde})  # type: ignore[arg-type]

    def test_standaard_kalender_is_shared(self) -> None:
        """``standaard_kalender()`` returns one shared default instance."""
        assert standaard_kalender() is standaard_kalender()
        assert standaard_kalender() == Kalender()

    def test_bron(self) -> None:
        """The legal source is exposed as data and cited in the docstrings."""
        assert BRON == "Algemene termijnenwet, art. 1 lid 1 en art. 3"
        cite = "Algemene termijnenwet art. 1 lid 1 and art. 3"
        assert cite in (kalender_module.__doc__ or "")
        assert cite in (Kalender.__doc__ or "")

    def test_public_names(self) -> None:
        """``__all__`` lists exactly the public API."""
        assert sorted(kalender_module.__all__) == ["BRON", "Kalender", "standaard_kalender"]

    def test_holidays_is_imported_lazily(self) -> None:
        """Importing the module does not import the holidays package."""
        code = "import sys, reintegratie.kalender; print('holidays' in sys.modules)"
        uit = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert uit.stdout.strip() == "False"


kalenders = st.sampled_from(
    [
        Kalender(),
        Kalender(goede_vrijdag=False),
        Kalender(vijf_mei_elk_jaar=False),
        Kalender(extra_dagen=[date(2026, 5, 15), date(2030, 12, 27), date(2041, 4, 29)]),
    ]
)


class TestEigenschappen:
    """Properties of the shift over 2000-2100."""

    @given(d=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
    def test_shift_is_the_first_working_day(self, d: date) -> None:
        """The result is >= d, a working day, and no day strictly between is a working day."""
        kal = standaard_kalender()
        uit = kal.werkdag_op_of_na(d)
        assert uit >= d
        assert kal.is_werkdag(uit)
        dag = d
        while dag < uit:
            assert not kal.is_werkdag(dag)
            dag += timedelta(days=1)
        # Longest default run: Good Friday to Wednesday when Easter is 25 April.
        assert (uit - d).days <= 5

    @given(kal=kalenders, d=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 30)))
    def test_shift_is_the_first_working_day_for_any_settings(self, kal: Kalender, d: date) -> None:
        """The first-working-day property holds for other settings and extra days too."""
        uit = kal.werkdag_op_of_na(d)
        assert uit >= d
        assert kal.is_werkdag(uit)
        assert (uit == d) == kal.is_werkdag(d)
        assert all(not kal.is_werkdag(d + timedelta(days=i)) for i in range((uit - d).days))

    @given(d=st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
    def test_working_day_definition(self, d: date) -> None:
        """``is_werkdag`` is exactly: not Saturday, not Sunday, not a holiday."""
        kal = standaard_kalender()
        assert kal.is_werkdag(d) == (d.weekday() < 5 and not kal.is_feestdag(d))

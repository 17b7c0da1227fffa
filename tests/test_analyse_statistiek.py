"""Absence statistics (verzuimpercentage, meldingsfrequentie, gemiddelde verzuimduur,
duration classes) on hand-worked examples. Definitions: CBS begrippen
Ziekteverzuimpercentage, Meldingsfrequentie ziekteverzuim, Verzuimduur ziekteverzuim; the
standard Berekening van ziekteverzuim (compucase.nl/berekening-ziekteverzuim, sections
2.2-2.4). See reintegratie.analyse.statistiek."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import reintegratie as ri
from reintegratie.analyse.statistiek import (
    DUURKLASSEN_GEVERIFIEERD,
    DUURKLASSEN_VERNET,
    meldingen_van_trajecten,
    perioden,
    verzuimcijfers,
    verzuimcijfers_per_periode,
)
from reintegratie.errors import ValidationError

Q1 = (date(2025, 1, 1), date(2025, 3, 31))  # 31 + 28 + 31 = 90 days

BEZETTING = {
    # A full time all quarter (90 days), B half time all quarter (90 x 0.5 = 45),
    # C full time from 1 March (31 days): 166 available days, 211 employee days.
    "werknemer": ["A", "B", "C"],
    "groep": ["WG", "WG", "WG"],
    "in_dienst": ["2020-01-01", "2020-01-01", "2025-03-01"],
    "uit_dienst": [None, None, None],
    "deeltijdfactor": [1.0, 0.5, 1.0],
}
MELDINGEN = {
    "melding": ["m0", "m1", "m2", "m3"],
    "werknemer": ["A", "B", "C", "A"],
    # m0 runs in from December (crosses the start), m1 is still running (crosses the end),
    # m3 starts on the last day of the quarter.
    "eerste_dag": [date(2024, 12, 20), date(2025, 3, 3), date(2025, 3, 10), date(2025, 3, 31)],
    "laatste_dag": [date(2025, 1, 10), None, date(2025, 3, 12), date(2025, 4, 2)],
}
PERCENTAGES = {  # B: 100 % from 3 March, 50 % (partial sickness) from 17 March
    "melding": ["m1", "m1"],
    "vanaf": [date(2025, 3, 3), date(2025, 3, 17)],
    "percentage": [100, 50],
}


def _q1():
    return verzuimcijfers(MELDINGEN, BEZETTING, *Q1, percentages=PERCENTAGES)["WG"]


def test_verzuimpercentage_deeltijd_gedeeltelijk_en_grenzen():
    """Only days inside the period count, partial days by their share, part-timers by
    their factor.

    m0: 1..10 Jan = 10 days (its 12 December days are outside the quarter)
    m1: 3..16 Mar 14 days at 100 %, 17..31 Mar 15 days at 50 %, all x 0.5 (B is half time):
        (14 + 7.5) x 0.5 = 10.75
    m2: 10..12 Mar = 3 days; m3: 31 Mar = 1 day (1 and 2 April are the next quarter)
    verzuimdagen = 10 + 10.75 + 3 + 1 = 24.75 of 166 available: 14.9096... %
    """
    c = _q1()
    assert c.verzuimdagen == pytest.approx(24.75)
    assert c.beschikbare_dagen == pytest.approx(166)
    assert c.verzuimpercentage == pytest.approx(100 * 24.75 / 166)
    assert c.dagen_buiten_dienst == 0


def test_meldingsfrequentie():
    """New reports: m1, m2, m3 (m0 began in December) = 3. Average employees: 211 employee
    days / 90 = 2.344; on a yearly basis x 365 / 90 (2025 has 365 days):
    3 / (211 / 90) x 365 / 90 = 1095 / 211 = 5.1896."""
    c = _q1()
    assert c.nieuwe_meldingen == 3
    assert c.werknemers_gemiddeld == pytest.approx(211 / 90)
    assert c.meldingsfrequentie == pytest.approx(1095 / 211)


def test_gemiddelde_verzuimduur_telt_dagen_voor_de_periode_mee():
    """Ended in Q1 (hersteldatum in the quarter): m0 (20 Dec..10 Jan: 12 + 10 = 22 days,
    the December days included) and m2 (3 days); m3's hersteldatum is 3 April.
    (22 + 3) / 2 = 12.5. Partial days count whole, no deeltijdfactor."""
    c = _q1()
    assert c.beeindigde_meldingen == 2
    assert c.duur_beeindigd == 25
    assert c.gemiddelde_verzuimduur == 12.5


def test_duurklassen():
    """Classes by the report's duration (up to tot while it runs): m0 22 days and m1 29 days
    (3..31 March) middellang; m2 3 days and m3 1 day kort.
    kort: 3 + 1 = 4 days, middellang: 10 + 10.75 = 20.75 days."""
    c = _q1()
    assert c.verzuimdagen_per_klasse == {
        "kort": 4,
        "middellang": pytest.approx(20.75),
        "lang": 0,
        "extra_lang": 0,
    }
    assert c.beeindigd_per_klasse == {"kort": 1, "middellang": 1, "lang": 0, "extra_lang": 0}
    assert c.verzuimpercentage_per_klasse["kort"] == pytest.approx(400 / 166)
    assert DUURKLASSEN_GEVERIFIEERD is False  # the boundaries are said to be unverified


@pytest.mark.parametrize(
    ("laatste", "klasse"),
    [
        # One report from 1 January 2024 (a leap year), ended on `laatste`: its duration is
        # laatste - 1 January + 1 calendar days.
        (date(2024, 1, 14), "kort"),  # 14 days
        (date(2024, 1, 15), "middellang"),  # 15 days
        (date(2024, 3, 31), "middellang"),  # 31 + 29 + 31 = 91 days
        (date(2024, 4, 1), "lang"),  # 92 days
        (date(2024, 12, 30), "lang"),  # 365 days (2024 has 366)
        (date(2024, 12, 31), "extra_lang"),  # 366 days
        (date(2025, 12, 30), "extra_lang"),  # 366 + 364 = 730 days
    ],
)
def test_duurklassen_vernet(laatste, klasse):
    """Vernet's classes at their edges: 14/15, 91/92, 365/366 and 730 days."""
    bezetting = {"werknemer": ["A"], "groep": ["WG"], "in_dienst": ["2023-01-01"]}
    meldingen = {"werknemer": ["A"], "eerste_dag": ["2024-01-01"], "laatste_dag": [laatste]}
    tot = laatste + timedelta(days=1)  # the hersteldatum
    cijfers = verzuimcijfers(
        meldingen, bezetting, date(2024, 1, 1), tot, duurklassen=DUURKLASSEN_VERNET
    )
    c = cijfers["WG"]
    assert c.beeindigd_per_klasse == {
        naam: int(naam == klasse) for naam in ("kort", "middellang", "lang", "extra_lang")
    }


def test_duurklassen_vernet_na_730_dagen_een_fout():
    """Vernet counts a case at most 730 days: a report of 731 days has no class (an error
    naming its duration, not clamped)."""
    bezetting = {"werknemer": ["A"], "groep": ["WG"], "in_dienst": ["2023-01-01"]}
    meldingen = {"werknemer": ["A"], "eerste_dag": ["2024-01-01"], "laatste_dag": ["2025-12-31"]}
    with pytest.raises(ValidationError, match="no class holds a duration of 731 days"):
        verzuimcijfers(
            meldingen,
            bezetting,
            date(2024, 1, 1),
            date(2026, 1, 1),
            duurklassen=DUURKLASSEN_VERNET,
        )


def test_schrikkeljaar_en_hele_jaar():
    """A calendar year: the frequency is reports per employee. 2024 has 366 days: one
    employee all year with two reports gives 2 / (366 / 366) x 366 / 366 = 2."""
    bezetting = {"werknemer": ["A"], "groep": ["WG"], "in_dienst": ["2024-01-01"]}
    meldingen = {
        "werknemer": ["A", "A"],
        "eerste_dag": ["2024-02-28", "2024-12-31"],
        "laatste_dag": ["2024-03-01", "2025-01-02"],
    }
    c = verzuimcijfers(meldingen, bezetting, date(2024, 1, 1), date(2024, 12, 31))["WG"]
    assert c.meldingsfrequentie == 2
    # 28 Feb, 29 Feb (leap day), 1 Mar = 3 days; 31 Dec = 1 day: 4 of 366
    assert c.verzuimdagen == 4
    assert c.verzuimpercentage == pytest.approx(400 / 366)
    # hersteldatum 2 March: ended (3 days); the second report ends in 2025
    assert (c.beeindigde_meldingen, c.gemiddelde_verzuimduur) == (1, 3.0)


def test_groepen_en_verzuim_buiten_dienst():
    """D (ZORG) is employed 1..15 January and sick 10..20 January: 6 days count (10..15),
    5 days (16..20) are outside employment and reported apart, not dropped; the report
    ended after the employment, so no group counts it as ended."""
    bezetting = {
        "werknemer": ["D", "E"],
        "groep": ["ZORG", "KANTOOR"],
        "in_dienst": ["2024-06-01", "2024-06-01"],
        "uit_dienst": ["2025-01-15", None],
    }
    meldingen = {"werknemer": ["D"], "eerste_dag": ["2025-01-10"], "laatste_dag": ["2025-01-20"]}
    uit = verzuimcijfers(meldingen, bezetting, date(2025, 1, 1), date(2025, 1, 31))
    assert set(uit) == {"KANTOOR", "ZORG"}
    zorg = uit["ZORG"]
    assert (zorg.verzuimdagen, zorg.beschikbare_dagen, zorg.dagen_buiten_dienst) == (6, 15, 5)
    assert zorg.nieuwe_meldingen == 1
    assert zorg.beeindigde_meldingen == 0
    assert uit["KANTOOR"].verzuimpercentage == 0
    assert uit["KANTOOR"].gemiddelde_verzuimduur is None


def test_meldingen_buiten_de_periode_tellen_niet():
    """A report after the period, and one whose hersteldatum (1 January) precedes it, add
    nothing; one whose hersteldatum is the period's first day ended in it."""
    meldingen = {
        "werknemer": ["A", "A", "A"],
        "eerste_dag": ["2025-04-01", "2024-12-01", "2024-12-10"],
        "laatste_dag": [None, "2024-12-05", "2024-12-31"],
    }
    c = verzuimcijfers(meldingen, BEZETTING, *Q1)["WG"]
    assert (c.verzuimdagen, c.nieuwe_meldingen) == (0, 0)
    # 10..31 December: 22 days, ended (hersteldatum 1 January 2025)
    assert (c.beeindigde_meldingen, c.duur_beeindigd) == (1, 22)


def test_per_periode_en_perioden():
    """Quarters of 2025 cut at the ends: the running report m1 counts in Q1 and Q2."""
    assert perioden(date(2025, 1, 1), date(2025, 12, 31), "kwartaal")[1] == (
        date(2025, 4, 1),
        date(2025, 6, 30),
    )
    assert len(perioden(date(2024, 1, 1), date(2024, 12, 31), "maand")) == 12
    rijen = verzuimcijfers_per_periode(
        MELDINGEN, BEZETTING, date(2025, 1, 1), date(2025, 6, 30), percentages=PERCENTAGES
    )
    assert [(r.van, r.groep) for r in rijen] == [(date(2025, 1, 1), "WG"), (date(2025, 4, 1), "WG")]
    # Q2: m1 91 days at 50 % x 0.5 = 22.75; m3 1..2 April = 2 days
    assert rijen[1].verzuimdagen == pytest.approx(22.75 + 2)


def test_adapter_van_trajecten_en_frames():
    """The object path feeds the same columns: a traject with a 50 % period."""
    pd = pytest.importorskip("pandas")
    t = ri.Traject(
        werknemer="B",
        werkgever="WG",
        ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 3, 3), percentage=50),),
    )
    meldingen, percentages = meldingen_van_trajecten([t])
    bezetting = pd.DataFrame(
        {"werknemer": ["B"], "groep": ["WG"], "in_dienst": ["2020-01-01"], "uit_dienst": [None]}
    )
    c = verzuimcijfers(
        pd.DataFrame(meldingen), bezetting, *Q1, percentages=pd.DataFrame(percentages)
    )["WG"]
    # 3..31 March = 29 days at 50 % of 90 available days
    assert c.verzuimdagen == pytest.approx(14.5)
    assert c.verzuimpercentage == pytest.approx(1450 / 90)


@pytest.mark.parametrize(
    ("meldingen", "veld"),
    [
        ({"werknemer": ["A"], "eerste_dag": ["2025-01-10"]}, "meldingen.laatste_dag"),
        (
            {"werknemer": ["A"], "eerste_dag": ["2025-13-01"], "laatste_dag": [None]},
            "meldingen.eerste_dag[0]",
        ),
        (
            {"werknemer": ["A"], "eerste_dag": ["2025-01-10"], "laatste_dag": ["2025-01-01"]},
            "meldingen.laatste_dag[0]",
        ),
        (
            {"werknemer": [""], "eerste_dag": ["2025-01-10"], "laatste_dag": [None]},
            "meldingen.werknemer[0]",
        ),
    ],
)
def test_fouten_noemen_rij_en_veld(meldingen, veld):
    with pytest.raises(ValidationError) as fout:
        verzuimcijfers(meldingen, BEZETTING, *Q1)
    assert fout.value.field == veld


def test_percentage_fouten():
    slecht = {"melding": ["m1"], "vanaf": [date(2025, 3, 3)], "percentage": [0]}
    with pytest.raises(ValidationError, match=r"percentages\.percentage\[0\]"):
        verzuimcijfers(MELDINGEN, BEZETTING, *Q1, percentages=slecht)
    buiten = {"melding": ["m2"], "vanaf": [date(2025, 3, 20)], "percentage": [50]}
    with pytest.raises(ValidationError, match="outside the report"):
        verzuimcijfers(MELDINGEN, BEZETTING, *Q1, percentages=buiten)
    onbekend = {"melding": ["m9"], "vanaf": [date(2025, 3, 20)], "percentage": [50]}
    with pytest.raises(ValidationError, match="no report 'm9'"):
        verzuimcijfers(MELDINGEN, BEZETTING, *Q1, percentages=onbekend)

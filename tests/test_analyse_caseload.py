"""Caseload, signals and KPIs (reintegratie.analyse): no optional extra needed."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest

import reintegratie as ri
from reintegratie import analyse as an
from reintegratie.rolverdeling import Raci
from reintegratie.testing.factories import maak_traject

X = date(2025, 1, 6)  # a Monday


def _traject(i: int, werkgever: str = "WG-1", **velden: object) -> ri.Traject:
    return maak_traject(
        X + timedelta(days=i), werknemer=f"W-{i}", werkgever=werkgever, id=f"T-{i}", **velden
    )


class TestCaseload:
    """An immutable collection, read from JSON Lines in one pass."""

    def test_collectie(self):
        """len, iteration, indexing, slicing, filter and per employer."""
        cl = an.Caseload([_traject(1), _traject(2, "WG-2"), _traject(3)])
        assert len(cl) == 3
        assert [t.id for t in cl] == ["T-1", "T-2", "T-3"]
        assert cl[1].werkgever == "WG-2"
        assert isinstance(cl[:2], an.Caseload)
        assert len(cl[:2]) == 2
        assert cl.werkgevers == ("WG-1", "WG-2")
        assert [len(c) for c in cl.per_werkgever().values()] == [2, 1]
        assert [t.id for t in cl.van_werkgever("WG-1")] == ["T-1", "T-3"]
        assert [t.id for t in cl.filter(lambda t: t.id != "T-2")] == ["T-1", "T-3"]

    def test_onveranderlijk(self):
        """A Caseload is frozen and holds a tuple, whatever iterable it was given."""
        cl = an.Caseload(t for t in [_traject(1)])
        assert isinstance(cl.trajecten, tuple)
        with pytest.raises(AttributeError):
            cl.trajecten = ()  # type: ignore[misc]
        assert an.als_caseload(cl) is cl

    def test_alleen_trajecten(self):
        """Anything but trajecten is refused with the position named."""
        with pytest.raises(ri.ValidationError, match=r"Caseload.trajecten\[1\]"):
            an.Caseload([_traject(1), "geen traject"])  # type: ignore[list-item]
        with pytest.raises(ri.ValidationError, match="text"):
            an.Caseload("tekst")  # type: ignore[arg-type]

    def test_uit_jsonl(self, tmp_path):
        """From a path and from an open file: the same trajecten, errors name the line."""
        cl = an.Caseload([_traject(i) for i in range(5)])
        pad = tmp_path / "caseload.jsonl"
        ri.schrijf_jsonl(cl, pad)
        assert an.Caseload.uit_jsonl(pad) == cl
        with open(pad, encoding="utf-8") as f:
            assert an.Caseload.uit_jsonl(f) == cl
        with pytest.raises(ri.SerializationError, match="line 2"):
            an.Caseload.uit_jsonl(io.StringIO(ri.to_json(cl[0]) + "\n{}\n"))

    def test_tijdlijnen(self):
        """One Tijdlijn per traject, on the peildatum."""
        cl = an.Caseload([_traject(1), _traject(2)])
        tls = cl.tijdlijnen(date(2025, 3, 1))
        assert [tl.peildatum for tl in tls] == [date(2025, 3, 1)] * 2


class TestSignalen:
    """Due soon, overdue and lapsed, per role and per person."""

    def test_soorten(self):
        """The window includes the peildatum and its last day; overdue is before it."""
        t = _traject(0)  # nothing recorded
        peil = date(2025, 2, 16)  # probleemanalyse due 16 Feb (X + 41)
        rijen = an.signalen([t], peil, binnen_dagen=0)
        assert [(s.soort, s.code) for s in rijen] == [
            (an.Signaalsoort.TE_LAAT, "ziekmelding"),
            (an.Signaalsoort.TE_LAAT, "melding_bedrijfsarts"),
            (an.Signaalsoort.BINNENKORT, "probleemanalyse"),
        ]
        assert rijen[-1].dagen == 0
        assert rijen[0].dagen == -41
        assert rijen[0].traject == "T-0"
        assert rijen[0].personen == ("W-0",)

    def test_vervallen(self):
        """A deadline that would fall due within the window lapses after recovery."""
        t = maak_traject(X, X + timedelta(days=30), werknemer="W-9")
        rijen = an.signalen([t], date(2025, 2, 10), binnen_dagen=7)
        assert [(s.soort.value, s.code) for s in rijen if s.code == "probleemanalyse"] == [
            ("vervallen", "probleemanalyse")
        ]
        assert not an.signalen(
            [t], date(2025, 2, 10), binnen_dagen=7, soorten=[an.Signaalsoort.BINNENKORT]
        )

    def test_afgesloten(self):
        """A case that ended long before the peildatum needs no action: left out, unless
        asked for."""
        t = maak_traject(X, X + timedelta(days=60), werknemer="W-8")  # nothing recorded
        peil = date(2025, 9, 1)
        assert not an.signalen([t], peil)
        oud = an.signalen([t], peil, afgesloten=True)
        assert {s.code for s in oud} >= {"ziekmelding", "probleemanalyse"}
        assert all(s.soort is an.Signaalsoort.TE_LAAT for s in oud)

    def test_per_rol_en_persoon(self):
        """A casemanager's own list: any RACI letter of the role, and the person's id."""
        cm2 = ri.Betrokkene(id="CM-2", rollen=frozenset({ri.Rol.CASEMANAGER}), organisatie="WG-1")
        anders = maak_traject(X, werknemer="W-2", id="T-2", betrokkenen=(cm2,))
        cl = [_traject(0), anders]
        peil = date(2025, 2, 14)
        alleen_r = an.signalen(cl, peil, rol=ri.Rol.CASEMANAGER)
        assert not alleen_r  # the casemanager does (R) only the evaluations
        alle = an.signalen(cl, peil, rol=ri.Rol.CASEMANAGER, raci=tuple(Raci))
        assert {s.traject for s in alle} == {"T-0", "T-2"}
        eigen = an.signalen(cl, peil, rol=ri.Rol.CASEMANAGER, raci=tuple(Raci), persoon="CM-2")
        assert {s.traject for s in eigen} == {"T-2"}
        assert all(s.personen == ("CM-2",) for s in eigen)
        werkgever = an.signalen(cl, peil, rol=ri.Rol.WERKGEVER)
        assert "melding_bedrijfsarts" in {s.code for s in werkgever}
        assert "ziekmelding" not in {s.code for s in werkgever}

    def test_volgorde(self):
        """By due date, then in caseload order."""
        cl = [_traject(3), _traject(1), _traject(2)]
        rijen = an.signalen(cl, date(2025, 6, 1), soorten=[an.Signaalsoort.TE_LAAT])
        sleutels = [(s.uiterlijk, s.traject) for s in rijen]
        assert [s[0] for s in sleutels] == sorted(s[0] for s in sleutels)

    def test_ongeldige_invoer(self):
        """A negative window, a non-date or a non-role is refused."""
        with pytest.raises(ri.ValidationError, match="binnen_dagen"):
            an.signalen([], date(2025, 1, 1), binnen_dagen=-1)
        with pytest.raises(ri.ValidationError, match="peildatum"):
            an.signalen([], "2025-01-01")  # type: ignore[arg-type]
        with pytest.raises(ri.ValidationError, match="rol"):
            an.signalen([], date(2025, 1, 1), rol="casemanager")  # type: ignore[arg-type]


class TestMijlpalen:
    """On time, late and missing per milestone, over a period, as of a peildatum."""

    def test_telling(self):
        """One traject on time, one late, one with nothing: a third each."""
        peil = date(2025, 12, 31)
        cl = [
            maak_traject(X, op_tijd=True, peildatum=peil),
            maak_traject(X, op_tijd=False, te_laat_dagen=3, peildatum=peil),
            maak_traject(X),
        ]
        cijfers = {m.code: m for m in an.mijlpalen(cl, date(2025, 1, 1), date(2025, 12, 31))}
        pa = cijfers["probleemanalyse"]
        assert (pa.op_tijd, pa.te_laat, pa.gemist, pa.beoordeeld) == (1, 1, 1, 3)
        assert pa.aandeel_op_tijd == pytest.approx(1 / 3)
        assert cijfers["melding_42e_week"].beoordeeld == 3
        assert cijfers["wia_aanvraag"].beoordeeld == 0  # due in 2026
        assert cijfers["wia_aanvraag"].aandeel_op_tijd is None

    def test_peildatum_telt(self):
        """As of a peildatum: later facts are ignored, deadlines after it are open."""
        t = maak_traject(X, op_tijd=True)
        vroeg = an.mijlpalen([t], date(2025, 1, 1), date(2025, 12, 31), peildatum=date(2025, 2, 1))
        pa = vroeg[0]
        assert (pa.op_tijd, pa.open) == (0, 1)

    def test_vervallen_en_nvt(self):
        """Lapsed termijnen are counted apart, not judged."""
        t = maak_traject(X, X + timedelta(days=20))
        (pa,) = an.mijlpalen([t], date(2025, 1, 1), date(2025, 12, 31), codes=["probleemanalyse"])
        assert (pa.vervallen, pa.beoordeeld) == (1, 0)

    def test_periode(self):
        """A period that ends before it starts is refused."""
        with pytest.raises(ri.ValidationError, match="tot"):
            an.mijlpalen([], date(2025, 2, 1), date(2025, 1, 1))


class TestOverigeCijfers:
    """Sanctions, spoor 2, outcomes and group programmes."""

    def test_sancties(self):
        """Count, weeks and bekortingen in the period."""
        t = _traject(
            1,
            gebeurtenissen=[
                ri.Loonsanctie(datum=date(2027, 1, 4), weken=26),
                ri.Bekorting(datum=date(2027, 3, 1)),
            ],
        )
        c = an.sancties([t, _traject(2)], date(2027, 1, 1), date(2027, 12, 31))
        assert (c.trajecten, c.met_sanctie, c.aantal) == (2, 1, 1)
        assert (c.weken_totaal, c.bekortingen) == (26, 1)
        assert c.mediaan_weken == 26
        assert an.sancties([t], date(2028, 1, 1)).aantal == 0

    def test_spoor_2(self):
        """Spoor 2 on its due date, 6 weeks after the eerstejaarsevaluatie of week 52, starts
        in week 58; without spoor 2 it is not counted."""
        met = maak_traject(X, op_tijd=True, spoor_2=True, peildatum=date(2026, 6, 1))
        c = an.spoor_2([met, maak_traject(X)])
        assert (c.trajecten, c.met_spoor_2, c.weken) == (2, 1, (58,))
        assert c.aandeel == 0.5
        assert c.mediaan_week == 58
        assert c.verdeling(4) == {(57, 60): 1}
        assert an.spoor_2([met], peildatum=date(2025, 6, 1)).met_spoor_2 == 0
        with pytest.raises(ri.ValidationError):
            c.verdeling(0)

    def test_week_van_ziekte_telt_samen(self):
        """Fit days between periods of one case do not count as sick weeks."""
        t = maak_traject(X, onderbrekingen=[(7, 14)])  # sick 7 days, fit 14, sick again
        assert an.week_van_ziekte(t, X + timedelta(days=21)) == 2
        assert an.week_van_ziekte(t, X - timedelta(days=1)) is None

    def test_uitkomsten_een_op_drie_negen_op_tien(self):
        """The follow-up study's figures: one in three changed job, nine in ten more
        satisfied (of those asked)."""
        soorten = [
            ri.Uitkomstsoort.NIEUWE_WERKGEVER,
            ri.Uitkomstsoort.EIGEN_WERK,
            ri.Uitkomstsoort.ANDER_WERK_INTERN,
        ] * 10
        cl = [
            ri.Traject(
                werknemer=f"W-{i}",
                werkgever="WG",
                uitkomsten=(
                    ri.Uitkomst(
                        soort=s,
                        datum=date(2026, 1, 1),
                        tevredenheid_verbeterd=None if i >= 20 else i != 0 and i != 10,
                    ),
                ),
            )
            for i, s in enumerate(soorten)
        ] + [ri.Traject(werknemer="W-x", werkgever="WG")]
        c = an.uitkomsten(cl)
        assert (c.trajecten, c.met_uitkomst, c.andere_baan) == (31, 30, 10)
        assert c.aandeel_andere_baan == pytest.approx(1 / 3)
        assert (c.tevredenheid_gevraagd, c.tevredenheid_verbeterd) == (20, 18)
        assert c.aandeel_tevredener == pytest.approx(0.9)
        assert c.aandelen[ri.Uitkomstsoort.WIA] == 0.0
        assert sum(c.aandelen.values()) == pytest.approx(1.0)
        assert an.uitkomsten(cl, tot=date(2025, 12, 31)).met_uitkomst == 0

    def test_groepsprogrammas(self):
        """A programme shared by trajecten counts once; 8–12 is the effective size."""
        leden = tuple(f"W-{i}" for i in range(9))
        groot = ri.Groepsprogramma(naam="groep", start=date(2025, 3, 1), deelnemers=leden)
        klein = ri.Groepsprogramma(naam="klein", start=date(2025, 3, 1), deelnemers=("W-0", "W-1"))
        cl = [
            ri.Traject(werknemer="W-0", werkgever="WG", groepsprogrammas=(groot, klein)),
            ri.Traject(werknemer="W-1", werkgever="WG", groepsprogrammas=(groot, klein)),
            ri.Traject(werknemer="W-2", werkgever="WG"),
        ]
        c = an.groepsprogrammas(cl)
        assert (c.programmas, c.binnen_effectieve_omvang, c.trajecten_in_groep) == (2, 1, 2)
        assert c.aandeel_binnen == 0.5

    def test_kpis(self):
        """All figures at once, and as text."""
        cl = an.voorbeeldcaseload(150, seed=4)
        r = an.kpis(cl, date(2025, 6, 1), date(2026, 5, 31))
        assert r.peildatum == date(2026, 6, 1)
        assert [m.code for m in r.mijlpalen] == list(an.MIJLPALEN)
        tekst = r.als_tekst()
        assert "probleemanalyse" in tekst
        assert "changed job" in tekst


class TestVoorbeeld:
    """The generated caseload is reproducible and valid."""

    def test_reproduceerbaar(self):
        """The same seed gives the same caseload; JSON round trip holds."""
        a = an.voorbeeldcaseload(40, seed=7)
        assert a == an.voorbeeldcaseload(40, seed=7)
        assert a != an.voorbeeldcaseload(40, seed=8)
        regels = io.StringIO()
        ri.schrijf_jsonl(a, regels)
        regels.seek(0)
        assert an.Caseload.uit_jsonl(regels) == a

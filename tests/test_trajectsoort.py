"""Kinds of trajectory, an optional employer, several outcomes and their wire upgrade.

The seed material: an in-house career centre visited preventively (no sickness, no
poortwachter), outplacement of a WIA client, a new job before or after the WIA decision.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import attrs
import pytest

import reintegratie as ri
from reintegratie.errors import ValidationError
from reintegratie.serialisatie.upgrades import upgrade

DATA = Path(__file__).parent / "data" / "serialisatie"
POORTWACHTERCODES = {r.code for r in ri.POORTWACHTER}


def _wia_client(soort: ri.Trajectsoort | None) -> ri.Traject:
    """Sick since Mon 2 Jan 2023, in the WIA since 2025, now in outplacement (seed 001)."""
    return ri.Traject(
        werknemer="W-7",
        werkgever="WG-7",
        soort=soort,
        initiatief=ri.Initiatief.UWV,
        ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2023, 1, 2)),),
    )


class TestSoort:
    """What kind of guidance a trajectory is decides which rule sets apply."""

    def test_leeg_loopbaantraject(self):
        """Traject(werknemer=...) alone is a valid empty career trajectory: no employer,
        it round-trips, and it gets no findings on any date."""
        t = ri.Traject(werknemer="W-1")
        assert t.werkgever is None
        assert t.trajectsoort is ri.Trajectsoort.LOOPBAANBEGELEIDING
        assert ri.from_json(ri.to_json(t)) == t
        assert ri.toets(t, date(2026, 2, 28)) == ()
        assert ri.tijdlijn(t).eerste_ziektedag is None
        assert ri.rolcontrole(t, date(2026, 1, 1)) == ()

    def test_afgeleid_uit_ziekte(self):
        """Without a soort, sickness makes it sick-leave re-integration, also after a
        change: the derived kind is not frozen in by evolve."""
        t = ri.Traject(werknemer="W-1", werkgever="WG")
        assert t.trajectsoort is ri.Trajectsoort.LOOPBAANBEGELEIDING
        ziek = t.met_ziekteperiode(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)))
        assert ziek.soort is None
        assert ziek.trajectsoort is ri.Trajectsoort.VERZUIMBEGELEIDING

    def test_verzuim_zonder_werkgever(self):
        """Sick-leave re-integration needs the employer; the error says what to do."""
        with pytest.raises(ValidationError) as exc:
            ri.Traject(
                werknemer="W-1", ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),)
            )
        assert exc.value.field == "Traject.werkgever"
        assert "Traject.soort" in exc.value.reason

    def test_wia_client_zonder_poortwachterbevindingen(self):
        """A WIA client's outplacement gets no poortwachter findings, where the same facts
        as sick-leave re-integration get the missed steps (probleemanalyse etc.)."""
        peildatum = date(2026, 1, 5)
        verzuim = {b.code for b in ri.toets(_wia_client(None), peildatum)}
        assert {"probleemanalyse", "plan_van_aanpak", "re_integratieverslag"} <= verzuim
        for soort in ri.Trajectsoort:
            if soort is ri.Trajectsoort.VERZUIMBEGELEIDING:
                continue
            codes = {b.code for b in ri.toets(_wia_client(soort), peildatum)}
            assert not codes & POORTWACHTERCODES, soort
            assert ri.rolcontrole(_wia_client(soort), peildatum) == (), soort

    def test_wia_client_zonder_werkgever(self):
        """A WIA client without an employer: a valid trajectory of its own kind."""
        t = attrs.evolve(_wia_client(ri.Trajectsoort.WIA_REINTEGRATIE), werkgever=None)
        assert t.wettelijke_ziektegevallen == ()
        assert len(t.ziektegevallen) == 1
        assert ri.from_json(ri.to_json(t)) == t

    def test_soort_als_tekst(self):
        """soort and initiatief must be members of their enums."""
        with pytest.raises(ValidationError) as exc:
            ri.Traject(werknemer="W-1", soort="outplacement")  # type: ignore[arg-type]
        assert exc.value.field == "Traject.soort"
        with pytest.raises(ValidationError) as exc:
            ri.Traject(werknemer="W-1", initiatief="eigen")  # type: ignore[arg-type]
        assert exc.value.field == "Traject.initiatief"

    def test_werkervaringsplaats_zonder_ziekte(self):
        """Outplacement without sickness records a detachering with a graded build-up."""
        plaats = ri.Werkervaringsplaats(
            organisatie="Zorggroep",
            start=date(2026, 3, 2),
            vorm=ri.Plaatsingsvorm.DETACHERING,
            opbouw=(
                ri.Opbouwstap(vanaf=date(2026, 3, 2), uren_per_week=12),
                ri.Opbouwstap(vanaf=date(2026, 4, 6), uren_per_week=20.5),
            ),
        )
        t = ri.Traject(werknemer="W-1", soort=ri.Trajectsoort.OUTPLACEMENT)
        t = t.met_werkervaringsplaats(plaats)
        assert t.werkervaringsplaatsen[0].uren_op(date(2026, 4, 6)) == 20.5
        assert ri.from_json(ri.to_json(t)) == t


class TestUitkomsten:
    """Several dated outcomes per trajectory; satisfaction of each party."""

    def test_wederzijds_goedvinden_en_ander_werk(self):
        """Seed 000: ended by mutual consent, then work outside the school found."""
        t = ri.Traject(werknemer="W-1", werkgever="OMO")
        t = t.met_uitkomst(
            ri.Uitkomst(soort=ri.Uitkomstsoort.NIEUWE_WERKGEVER, datum=date(2025, 9, 1))
        )
        t = t.met_uitkomst(
            ri.Uitkomst(soort=ri.Uitkomstsoort.WEDERZIJDS_GOEDVINDEN, datum=date(2025, 7, 31))
        )
        assert [u.soort.value for u in t.uitkomsten] == [
            "wederzijds_goedvinden",
            "nieuwe_werkgever",
        ]
        assert t.uitkomst is not None
        assert t.uitkomst.andere_baan

    def test_volgorde(self):
        """Outcomes are in date order."""
        u1 = ri.Uitkomst(soort=ri.Uitkomstsoort.WIA, datum=date(2026, 6, 1))
        u2 = ri.Uitkomst(soort=ri.Uitkomstsoort.NIEUWE_WERKGEVER, datum=date(2026, 3, 1))
        with pytest.raises(ValidationError) as exc:
            ri.Traject(werknemer="W-1", uitkomsten=(u1, u2))
        assert exc.value.field == "Traject.uitkomsten[1]"

    def test_tevredenheid_per_partij(self):
        """One judgement per party; a second one for the same party is refused."""
        w = ri.Tevredenheid(partij=ri.Rol.WERKNEMER, tevreden=True)
        g = ri.Tevredenheid(partij=ri.Rol.WERKGEVER, tevreden=False)
        u = ri.Uitkomst(
            soort=ri.Uitkomstsoort.EIGEN_WERK, datum=date(2026, 1, 5), tevredenheid=(w, g)
        )
        assert (u.tevreden(ri.Rol.WERKNEMER), u.tevreden(ri.Rol.WERKGEVER)) == (True, False)
        assert u.tevreden(ri.Rol.JOBCOACH) is None
        with pytest.raises(ValidationError) as exc:
            ri.Uitkomst(
                soort=ri.Uitkomstsoort.EIGEN_WERK, datum=date(2026, 1, 5), tevredenheid=(w, w)
            )
        assert exc.value.field == "Uitkomst.tevredenheid[1].partij"


class TestUpgrade:
    """Version-1 documents load into the version-2 shape."""

    def _v1(self) -> dict:
        return json.loads((DATA / "traject_v1.json").read_text(encoding="utf-8"))

    def test_uitkomst_wordt_lijst(self):
        """A v1 outcome becomes a one-element uitkomsten; null becomes empty."""
        doc = self._v1()
        t = ri.from_dict(doc)
        assert len(t.uitkomsten) == 1
        assert t.uitkomsten[0].soort is ri.Uitkomstsoort.NIEUWE_WERKGEVER
        leeg = copy.deepcopy(doc)
        leeg["data"]["uitkomst"] = None
        assert ri.from_dict(leeg).uitkomsten == ()

    def test_werkervaringsplaatsen_naar_traject(self):
        """A v1 spoor's placements move to the traject, unchanged."""
        doc = self._v1()
        v1_plaats = doc["data"]["sporen"][1]["werkervaringsplaatsen"][0]
        data = upgrade("reintegratie/traject", 1, doc["data"])
        assert data["werkervaringsplaatsen"] == [v1_plaats]
        assert all("werkervaringsplaatsen" not in s for s in data["sporen"])
        assert doc["data"]["sporen"][1]["werkervaringsplaatsen"] == [v1_plaats]  # input kept

    def test_afspraken_onbekend(self):
        """A v1 agreement has status onbekend and is never reported as overdue: the v1
        agreement due Thu 15 Jan 2026 gives no finding on 1 Jun 2027."""
        t = ri.from_dict(self._v1())
        afspraak = t.driegesprekken[0].afspraken[0]
        assert afspraak.status is ri.Afspraakstatus.ONBEKEND
        assert afspraak.uiterlijk == date(2026, 1, 15)
        assert not any(b.code == "afspraak_verlopen" for b in ri.toets(t, date(2027, 6, 1)))

    def test_werkgeversweergave(self):
        """The v1 werkgever view loads too."""
        t = ri.from_json(
            (DATA / "traject_werkgever_v1.json").read_bytes(), weergave=ri.Rol.WERKGEVER
        )
        assert len(t.werkervaringsplaatsen) == 1

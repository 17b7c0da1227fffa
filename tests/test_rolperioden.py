"""Roles held for dated periods: a casemanager handed over is a new period, and the role
allocation and its checks read the roles held on each date (seed 000: "clear agreements
about role and task allocation"; seed 004: the jobcoach who stays on after placement)."""

from __future__ import annotations

from datetime import date

import pytest

import reintegratie as ri
from reintegratie.errors import ValidationError
from reintegratie.rollen import Rolperiode

R = ri.Rol


def _b(id: str, org: str, *perioden: Rolperiode, rollen: frozenset[ri.Rol] = frozenset()):
    return ri.Betrokkene(id=id, rollen=rollen, organisatie=org, perioden=perioden)


CM_1 = _b("CM-1", "WG", Rolperiode(rol=R.CASEMANAGER, tot=date(2025, 11, 30)))
CM_2 = _b("CM-2", "WG", Rolperiode(rol=R.CASEMANAGER, vanaf=date(2025, 12, 1)))
ZIEK = (ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),)


class TestBetrokkene:
    """Validation of dated roles."""

    def test_overlap_zelfde_rol(self):
        """Two periods of one role that overlap (30 Nov in both) are refused."""
        with pytest.raises(ValidationError) as exc:
            _b(
                "CM-1",
                "WG",
                Rolperiode(rol=R.CASEMANAGER, tot=date(2025, 11, 30)),
                Rolperiode(rol=R.CASEMANAGER, vanaf=date(2025, 11, 30)),
            )
        assert exc.value.field == "Betrokkene.perioden[1]"

    def test_aansluitend_mag(self):
        """Until 30 Nov, again from 1 Dec: no overlap."""
        b = _b(
            "CM-1",
            "WG",
            Rolperiode(rol=R.CASEMANAGER, tot=date(2025, 11, 30)),
            Rolperiode(rol=R.CASEMANAGER, vanaf=date(2025, 12, 1)),
        )
        assert b.heeft_rol(R.CASEMANAGER, op=date(2025, 12, 1))

    def test_tot_voor_vanaf(self):
        """A period ending before it starts is refused."""
        with pytest.raises(ValidationError) as exc:
            Rolperiode(rol=R.JOBCOACH, vanaf=date(2026, 2, 1), tot=date(2026, 1, 31))
        assert exc.value.field == "Rolperiode.tot"

    def test_werknemer_geen_periode(self):
        """The employee is Traject.werknemer, never a dated role."""
        with pytest.raises(ValidationError) as exc:
            Rolperiode(rol=R.WERKNEMER)
        assert exc.value.field == "Rolperiode.rol"

    def test_zonder_enige_rol(self):
        """No undated role and no period: refused, naming rollen."""
        with pytest.raises(ValidationError) as exc:
            ri.Betrokkene(id="X", rollen=frozenset(), organisatie="WG")
        assert exc.value.field == "Betrokkene.rollen"

    def test_rondgang(self):
        """Dated roles survive the wire format."""
        t = ri.Traject(werknemer="W-1", werkgever="WG", betrokkenen=(CM_1, CM_2))
        assert ri.from_json(ri.to_json(t)) == t


class TestRolverdeling:
    """Each row names who holds the role on the row's date."""

    def test_overdracht_casemanager(self):
        """Spoor 1 from Mon 3 Nov 2025 is CM-1's, the next from Mon 8 Dec 2025 CM-2's."""
        sporen = (
            ri.Spoor(soort=ri.Spoorsoort.SPOOR_1, start=date(2025, 11, 3), einde=date(2025, 12, 5)),
            ri.Spoor(soort=ri.Spoorsoort.SPOOR_1, start=date(2025, 12, 8)),
        )
        t = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=ZIEK,
            betrokkenen=(CM_1, CM_2),
            sporen=sporen,
        )
        rijen = [
            (r.datum, r.personen)
            for r in ri.rolverdeling(t)
            if r.onderdeel is ri.Onderdeel.SPOOR and r.rol is R.CASEMANAGER
        ]
        assert rijen == [(date(2025, 11, 3), ("CM-1",)), (date(2025, 12, 8), ("CM-2",))]
        assert ri.rolhouders(t, R.CASEMANAGER) == ("CM-1", "CM-2")


class TestRolcontrole:
    """The checks use the roles held on each date."""

    def _ba(self, vanaf: date) -> ri.Betrokkene:
        return _b("BA-1", "Arbo", Rolperiode(rol=R.BEDRIJFSARTS, vanaf=vanaf))

    def _traject(self, *betrokkenen: ri.Betrokkene) -> ri.Traject:
        cm = ri.Betrokkene(id="CM-9", rollen=frozenset({R.CASEMANAGER}), organisatie="WG")
        return ri.Traject(
            werknemer="W-1", werkgever="WG", ziekteperioden=ZIEK, betrokkenen=(cm, *betrokkenen)
        )

    def _ba_ontbreekt(self, t: ri.Traject, peildatum: date) -> list[ri.Bevinding]:
        return [
            b
            for b in ri.rolcontrole(t, peildatum)
            if b.code == "rol_ontbreekt" and "role bedrijfsarts" in b.melding
        ]

    def test_bedrijfsarts_te_laat_benoemd(self):
        """Sick from Wed 1 Oct 2025, the probleemanalyse is due Tue 11 Nov (the rule set's
        date, see the factories' doctest). A bedrijfsarts only from 12 Nov was not there."""
        t = self._traject(self._ba(date(2025, 11, 12)))
        (b,) = self._ba_ontbreekt(t, date(2025, 11, 26))
        assert "probleemanalyse" in b.melding
        assert (
            self._ba_ontbreekt(self._traject(self._ba(date(2025, 10, 1))), date(2025, 11, 26)) == []
        )

    def test_conflict_vanaf_datum(self):
        """The bedrijfsarts becomes casemanager on 1 Jan 2026: a conflict from then on."""
        ba = ri.Betrokkene(
            id="BA-1",
            rollen=frozenset({R.BEDRIJFSARTS}),
            organisatie="Arbo",
            perioden=(Rolperiode(rol=R.CASEMANAGER, vanaf=date(2026, 1, 1)),),
        )
        t = self._traject(ba)
        assert not [b for b in ri.rolcontrole(t, date(2025, 12, 31)) if b.code == "rolconflict"]
        assert [b.code for b in ri.rolcontrole(t, date(2026, 1, 1)) if b.code == "rolconflict"] == [
            "rolconflict"
        ]

    def test_adviseur_gestopt(self):
        """A career adviser until 31 Dec 2025: the driegesprek of 15 Dec is complete, the
        one of Mon 5 Jan 2026 lacks an adviser."""
        la = _b("LA-1", "LC", Rolperiode(rol=R.LOOPBAANADVISEUR, tot=date(2025, 12, 31)))
        lg = ri.Betrokkene(
            id="LG-1",
            rollen=frozenset({R.LEIDINGGEVENDE}),
            organisatie="WG",
            leidinggevende_van_werknemer=True,
        )
        gesprekken = tuple(
            ri.Driegesprek(datum=d, deelnemers=("W-1", "LG-1", "LA-1"))
            for d in (date(2025, 12, 15), date(2026, 1, 5))
        )
        t = ri.Traject(
            werknemer="W-1", werkgever="WG", betrokkenen=(la, lg), driegesprekken=gesprekken
        )
        onvolledig = [
            b for b in ri.rolcontrole(t, date(2026, 2, 1)) if b.code == "driegesprek_onvolledig"
        ]
        assert [b.datum for b in onvolledig] == [date(2026, 1, 5)]
        assert "independent adviser" in onvolledig[0].melding

    def test_zonder_werkgever_geen_werkgeverszijde(self):
        """A jobseeker's driegesprek with jobcoach and re-integration company needs no
        employer side: there is none."""
        jc = ri.Betrokkene(id="JC-1", rollen=frozenset({R.JOBCOACH}), organisatie="Jobcoachbureau")
        rib = ri.Betrokkene(
            id="RIB-1", rollen=frozenset({R.RE_INTEGRATIEBEDRIJF}), organisatie="RIB"
        )
        t = ri.Traject(
            werknemer="W-1",
            soort=ri.Trajectsoort.JOBCOACHING,
            betrokkenen=(jc, rib),
            driegesprekken=(
                ri.Driegesprek(datum=date(2026, 1, 5), deelnemers=("W-1", "JC-1", "RIB-1")),
            ),
        )
        assert ri.rolcontrole(t, date(2026, 2, 1)) == ()

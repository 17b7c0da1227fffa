"""The practice checks of every kind of trajectory (reintegratie.regels.begeleiding).

Sources, all practice rather than law: agreements of a jobcoach with client and employer
(NOLOC, seed 004) and clear agreements on roles (OMO / ProMotion, seed 000, tip 7);
driegesprekken "af en toe" (seed 000) with the six-weekly evaluation rhythm of sick-leave
re-integration as default (https://werkwegen.nl/opzoekboek/voortgangsgesprekken/);
nazorg after the new job (outplacementbureau.nl, seed 001) and a jobcoach who stays on for
years (seed 004).
"""

from __future__ import annotations

from datetime import date

import pytest

import reintegratie as ri
from reintegratie.errors import ValidationError
from reintegratie.regels.begeleiding import Begeleidingsnormen, begeleidingsbevindingen

MENSEN = (
    ri.Betrokkene(id="LG-1", rollen=frozenset({ri.Rol.LEIDINGGEVENDE}), organisatie="WG"),
    ri.Betrokkene(id="LA-1", rollen=frozenset({ri.Rol.LOOPBAANADVISEUR}), organisatie="LC"),
)
DEELNEMERS = ("W-1", "LG-1", "LA-1")


def _gesprek(dag: date, *afspraken: ri.Afspraak) -> ri.Driegesprek:
    return ri.Driegesprek(datum=dag, deelnemers=DEELNEMERS, afspraken=afspraken)


def _traject(*gesprekken: ri.Driegesprek, **velden: object) -> ri.Traject:
    return ri.Traject(
        werknemer="W-1", werkgever="WG", betrokkenen=MENSEN, driegesprekken=gesprekken, **velden
    )


def _codes(t: ri.Traject, peildatum: date, **kw: object) -> list[tuple[str, date]]:
    return [(b.code, b.datum) for b in begeleidingsbevindingen(t, peildatum, **kw)]


class TestAfspraakVerlopen:
    """An open agreement past its due date is reported on the due date."""

    AFSPRAAK = ri.Afspraak(wat="vacatures zoeken", wie="W-1", uiterlijk=date(2026, 3, 13))

    def test_op_de_dag_zelf_niet(self):
        """Due Fri 13 Mar 2026: not overdue on the 13th itself."""
        assert _codes(_traject(_gesprek(date(2026, 3, 2), self.AFSPRAAK)), date(2026, 3, 13)) == []

    def test_na_het_weekend(self):
        """On Mon 16 Mar 2026 it is 16 - 13 = 3 days overdue, dated by its due date."""
        t = _traject(_gesprek(date(2026, 3, 2), self.AFSPRAAK))
        (b,) = begeleidingsbevindingen(t, date(2026, 3, 16))
        assert (b.code, b.datum, b.ernst) == (
            "afspraak_verlopen",
            date(2026, 3, 13),
            ri.Ernst.WAARSCHUWING,
        )
        assert "3 days overdue" in b.melding
        assert "owner W-1" in b.melding
        assert "NOLOC" in b.bron

    def test_later_nagekomen(self):
        """Kept on Mon 16 Mar: open on Sat 14 Mar (1 day overdue), not on the 16th."""
        t = _traject(_gesprek(date(2026, 3, 2), self.AFSPRAAK.afgerond(date(2026, 3, 16))))
        assert _codes(t, date(2026, 3, 14)) == [("afspraak_verlopen", date(2026, 3, 13))]
        assert _codes(t, date(2026, 3, 16)) == []

    def test_vervallen_en_onbekend(self):
        """A dropped agreement and one of unknown status are never overdue."""
        vervallen = self.AFSPRAAK.afgerond(date(2026, 3, 10), nagekomen=False)
        onbekend = ri.Afspraak(
            wat="x", wie="W-1", uiterlijk=date(2026, 3, 13), status=ri.Afspraakstatus.ONBEKEND
        )
        t = _traject(_gesprek(date(2026, 3, 2), vervallen, onbekend))
        assert [c for c, _ in _codes(t, date(2027, 1, 1)) if c == "afspraak_verlopen"] == []

    def test_schrikkeldag(self):
        """Due Mon 28 Feb 2028; on Wed 1 Mar 2028 it is 2 days overdue (29 Feb exists)."""
        a = ri.Afspraak(wat="cv", wie="LA-1", uiterlijk=date(2028, 2, 28))
        (b,) = begeleidingsbevindingen(_traject(_gesprek(date(2028, 2, 1), a)), date(2028, 3, 1))
        assert "2 days overdue" in b.melding

    def test_gesprek_na_peildatum_niet_gelezen(self):
        """A driegesprek after the peildatum is not read."""
        t = _traject(_gesprek(date(2026, 3, 2), self.AFSPRAAK))
        assert _codes(t, date(2026, 3, 1)) == []

    def test_status_en_datum_horen_samen(self):
        """A kept agreement needs its date; an open one has none."""
        with pytest.raises(ValidationError) as exc:
            ri.Afspraak(wat="x", wie="W-1", status=ri.Afspraakstatus.NAGEKOMEN)
        assert exc.value.field == "Afspraak.afgerond_op"
        with pytest.raises(ValidationError) as exc:
            ri.Afspraak(wat="x", wie="W-1", afgerond_op=date(2026, 1, 1))
        assert exc.value.field == "Afspraak.afgerond_op"

    def test_afgerond_voor_het_gesprek(self):
        """An agreement cannot be kept before the driegesprek that made it."""
        a = ri.Afspraak(
            wat="x",
            wie="W-1",
            status=ri.Afspraakstatus.NAGEKOMEN,
            afgerond_op=date(2026, 3, 1),
        )
        with pytest.raises(ValidationError) as exc:
            _gesprek(date(2026, 3, 2), a)
        assert exc.value.field == "Driegesprek.afspraken[0].afgerond_op"

    def test_in_toets(self):
        """ri.toets reports it too, for a career trajectory without sickness."""
        t = _traject(_gesprek(date(2026, 3, 2), self.AFSPRAAK))
        assert [b.code for b in ri.toets(t, date(2026, 3, 16))] == ["afspraak_verlopen"]


class TestDriegesprekCadans:
    """At most 42 days between driegesprekken while the trajectory runs (an option)."""

    # Mon 5 Jan 2026 + 42 days = Mon 16 Feb 2026 (Jan 5 + 26 = Jan 31, + 16 = Feb 16).
    # Mon 2 Mar 2026 + 42 days = Mon 13 Apr 2026 (Mar 2 + 29 = Mar 31, + 13 = Apr 13).
    GESPREKKEN = (_gesprek(date(2026, 1, 5)), _gesprek(date(2026, 3, 2)))

    def test_te_lange_pauze(self):
        """The second came on 2 Mar, after the 16 Feb the first set."""
        t = _traject(*self.GESPREKKEN)
        assert _codes(t, date(2026, 4, 13)) == [("driegesprek_cadans", date(2026, 2, 16))]

    def test_geen_volgend_gesprek(self):
        """None after 2 Mar: reported from Tue 14 Apr, not on Mon 13 Apr."""
        t = _traject(*self.GESPREKKEN)
        assert _codes(t, date(2026, 4, 14)) == [
            ("driegesprek_cadans", date(2026, 2, 16)),
            ("driegesprek_cadans", date(2026, 4, 13)),
        ]

    def test_afgelopen_traject(self):
        """An outcome on 1 Apr ends the trajectory: no next driegesprek is due."""
        u = ri.Uitkomst(soort=ri.Uitkomstsoort.EIGEN_WERK, datum=date(2026, 4, 1))
        t = _traject(*self.GESPREKKEN, uitkomsten=(u,))
        assert _codes(t, date(2026, 6, 1)) == [("driegesprek_cadans", date(2026, 2, 16))]

    def test_andere_norm(self):
        """With 60 days, 5 Jan + 60 = Fri 6 Mar 2026: the 2 Mar one is in time."""
        t = _traject(*self.GESPREKKEN)
        normen = Begeleidingsnormen(driegesprek_dagen=60)
        assert _codes(t, date(2026, 4, 13), normen=normen) == []

    def test_norm_geldig(self):
        """The option is a whole number of at least 1 day."""
        with pytest.raises(ValidationError):
            Begeleidingsnormen(driegesprek_dagen=0)

    def test_info(self):
        """A slow rhythm is information, not a violation."""
        t = _traject(*self.GESPREKKEN)
        assert {b.ernst for b in begeleidingsbevindingen(t, date(2026, 4, 14))} == {ri.Ernst.INFO}


class TestNazorg:
    """Work found in outplacement, job coaching or WIA re-integration: nazorg expected."""

    BAAN = ri.Uitkomst(soort=ri.Uitkomstsoort.NIEUWE_WERKGEVER, datum=date(2026, 9, 1))

    def _t(self, soort: ri.Trajectsoort, *nazorg: ri.Nazorg) -> ri.Traject:
        return ri.Traject(werknemer="W-1", soort=soort, uitkomsten=(self.BAAN,), nazorg=nazorg)

    def test_outplacement_info(self):
        """Outplacement: nazorg as needed, so info, from the job's first day."""
        t = self._t(ri.Trajectsoort.OUTPLACEMENT)
        assert _codes(t, date(2026, 8, 31)) == []
        (b,) = begeleidingsbevindingen(t, date(2026, 9, 1))
        assert (b.code, b.datum, b.ernst) == ("nazorg_ontbreekt", date(2026, 9, 1), ri.Ernst.INFO)

    def test_jobcoaching_waarschuwing(self):
        """Job coaching: the jobcoach stays on, so a warning."""
        (b,) = begeleidingsbevindingen(self._t(ri.Trajectsoort.JOBCOACHING), date(2026, 10, 1))
        assert b.ernst is ri.Ernst.WAARSCHUWING

    def test_met_nazorg(self):
        """Nazorg running from the job's start (open-ended) satisfies it."""
        t = self._t(ri.Trajectsoort.JOBCOACHING, ri.Nazorg(start=date(2026, 9, 1)))
        assert _codes(t, date(2029, 1, 1)) == []

    def test_nazorg_voor_de_baan_afgelopen(self):
        """Nazorg that ended on 31 Aug, before the job of 1 Sep, does not count."""
        t = self._t(
            ri.Trajectsoort.OUTPLACEMENT, ri.Nazorg(start=date(2026, 6, 1), einde=date(2026, 8, 31))
        )
        assert _codes(t, date(2026, 9, 2)) == [("nazorg_ontbreekt", date(2026, 9, 1))]

    def test_niet_voor_loopbaanbegeleiding(self):
        """Career guidance and sick-leave re-integration expect no nazorg."""
        assert _codes(self._t(ri.Trajectsoort.LOOPBAANBEGELEIDING), date(2026, 10, 1)) == []

    def test_geen_werk(self):
        """An outcome that is no work (the WIA) asks for no nazorg."""
        u = ri.Uitkomst(soort=ri.Uitkomstsoort.WIA, datum=date(2026, 9, 1))
        t = ri.Traject(werknemer="W-1", soort=ri.Trajectsoort.OUTPLACEMENT, uitkomsten=(u,))
        assert _codes(t, date(2026, 10, 1)) == []


def test_peildatum_is_een_datum():
    """A datetime is not a peildatum."""
    from datetime import UTC, datetime

    with pytest.raises(ValidationError):
        begeleidingsbevindingen(ri.Traject(werknemer="W-1"), datetime(2026, 1, 1, tzinfo=UTC))

"""Tests for :mod:`reintegratie.traject`: the Traject, its invariants, derived values,
immutability, the separation of medical data, and examples from re-integration practice.

Expected dates are worked out by hand in comments, never with the code under test.
"""

from __future__ import annotations

import pickle
import typing
from collections.abc import Iterator
from datetime import UTC, date, datetime

import attrs
import pytest

import reintegratie as ri
from reintegratie.activiteiten import (
    Activiteit,
    Activiteitsoort,
    Energie,
    Groepsprogramma,
    Nazorg,
    Opbouwstap,
    Werkervaringsplaats,
)
from reintegratie.doelen import Leerdoel, Meetperiode, Meting, Prestatiedoel, Voortgang
from reintegratie.errors import (
    NotFoundError,
    ReintegratieError,
    RuleSetError,
    SerializationError,
    UnsupportedVersionError,
    ValidationError,
)
from reintegratie.gebeurtenissen import (
    Eerstejaarsevaluatie,
    EindeDienstverband,
    Evaluatie,
    Herstelmelding,
    Melding42eWeek,
    MeldingBedrijfsarts,
    PlanVanAanpak,
    Probleemanalyse,
    Ziekmelding,
)
from reintegratie.gesprek import Afspraak, Driegesprek
from reintegratie.medisch import MedischDossier, MedischeAantekening
from reintegratie.rollen import Betrokkene, Rol
from reintegratie.spoor import Fase, Spoor, Spoor1Werk, Spoor2Stap, Spoorresultaat, Spoorsoort
from reintegratie.traject import Belastbaarheid, Traject, Uitkomst, Uitkomstsoort
from reintegratie.verzuim import Onderbreking, Verlofperiode, Ziektegeval, Ziekteperiode

# X of the worked example in README.md: Wednesday 1 October 2025.
X = date(2025, 10, 1)

WERKNEMER = "W-001"
LEIDINGGEVENDE = Betrokkene(
    id="L-1",
    rollen=frozenset({Rol.LEIDINGGEVENDE}),
    organisatie="OMO",
    leidinggevende_van_werknemer=True,
)
CASEMANAGER = Betrokkene(id="CM-1", rollen=frozenset({Rol.CASEMANAGER}), organisatie="OMO")
BEDRIJFSARTS = Betrokkene(id="BA-1", rollen=frozenset({Rol.BEDRIJFSARTS}), organisatie="Arbo")
ADVISEUR = Betrokkene(id="LA-1", rollen=frozenset({Rol.LOOPBAANADVISEUR}), organisatie="ProMotion")
BETROKKENEN = (LEIDINGGEVENDE, CASEMANAGER, BEDRIJFSARTS, ADVISEUR)


def _traject(**extra: object) -> Traject:
    """A sick employee since X with the usual people involved."""
    waarden: dict[str, object] = {
        "werknemer": WERKNEMER,
        "werkgever": "OMO",
        "ziekteperioden": (Ziekteperiode(eerste_dag=X),),
        "betrokkenen": BETROKKENEN,
    }
    waarden.update(extra)
    return Traject(**waarden)


def _fout(exc: pytest.ExceptionInfo[ValidationError], veld: str, woord: str) -> None:
    """The error names *veld* exactly and its reason contains *woord*."""
    assert exc.value.field == veld
    assert woord in exc.value.reason
    assert str(exc.value) == f"{veld}: {exc.value.reason}"


# Two cases: 6..31 Jan 2025 (26 sick days), then 28 fit days (all of February 2025),
# then sick again from 1 Mar 2025: a new case.
EERSTE_GEVAL = Ziekteperiode(eerste_dag=date(2025, 1, 6), laatste_dag=date(2025, 1, 31))
TWEEDE_GEVAL = Ziekteperiode(eerste_dag=date(2025, 3, 1))


def _twee_gevallen() -> Traject:
    return Traject(
        werknemer=WERKNEMER,
        werkgever="OMO",
        ziekteperioden=(EERSTE_GEVAL, TWEEDE_GEVAL),
        gebeurtenissen=(
            Ziekmelding(datum=date(2025, 1, 6)),
            Herstelmelding(datum=date(2025, 2, 1)),
            Ziekmelding(datum=date(2025, 3, 1)),
            Probleemanalyse(datum=date(2025, 4, 8)),
        ),
    )


class TestTrajectBasis:
    """A minimal Traject and its defaults."""

    def test_minimaal(self):
        """Only employee and employer are required; everything else is empty."""
        t = Traject(werknemer=WERKNEMER, werkgever="OMO")
        assert t.id is None
        assert t.ziekteperioden == ()
        assert t.gebeurtenissen == ()
        assert t.betrokkenen == ()
        assert t.uitkomst is None
        assert t.eerste_ziektedag is None
        assert t.ziektegevallen == ()

    def test_eerste_ziektedag(self):
        """The first sick day is that of the first period."""
        t = _traject()
        assert t.eerste_ziektedag == X
        (geval,) = t.ziektegevallen
        assert geval.eerste_ziektedag == X
        assert geval.is_lopend

    def test_worked_example_wachttijd(self):
        """X = 1 Oct 2025: sick day 728 is Tue 28 Sep 2027 (the worked example)."""
        # 1 Oct 2025 + 730 = 1 Oct 2027 (no 29 Feb in between); 727 = 730 - 3: 28 Sep 2027.
        (geval,) = _traject().ziektegevallen
        assert geval.datum_van_ziektedag(728) == date(2027, 9, 28)
        # Sick day 295 = X + 294 = 22 Jul 2026 (the 42nd-week report in README.md).
        assert geval.datum_van_ziektedag(295) == date(2026, 7, 22)

    @pytest.mark.parametrize("veld", ["werknemer", "werkgever", "id"])
    def test_lege_ids(self, veld):
        """Ids must be non-empty text."""
        with pytest.raises(ValidationError) as exc:
            _traject(**{veld: " "})
        _fout(exc, f"Traject.{veld}", "empty")

    def test_werknemer_geen_tekst(self):
        """The employee id must be text, not a number."""
        with pytest.raises(ValidationError) as exc:
            _traject(werknemer=1)
        _fout(exc, "Traject.werknemer", "text")


class TestTrajectInvarianten:
    """Every invariant of a Traject raises a ValidationError naming the field."""

    def test_lijst_in_plaats_van_tuple(self):
        """A list of betrokkenen is refused: pass a tuple."""
        with pytest.raises(ValidationError) as exc:
            _traject(betrokkenen=list(BETROKKENEN))
        _fout(exc, "Traject.betrokkenen", "tuple")

    def test_lijst_ziekteperioden(self):
        """A list of sickness periods is refused too."""
        with pytest.raises(ValidationError) as exc:
            _traject(ziekteperioden=[Ziekteperiode(eerste_dag=X)])
        _fout(exc, "Traject.ziekteperioden", "tuple")

    def test_verkeerd_element(self):
        """A wrong element in a tuple is named with its index."""
        with pytest.raises(ValidationError) as exc:
            _traject(betrokkenen=(LEIDINGGEVENDE, "CM-1"))
        _fout(exc, "Traject.betrokkenen[1]", "Betrokkene")

    def test_dubbele_betrokkene(self):
        """Two betrokkenen with the same id are refused."""
        dubbel = Betrokkene(id="L-1", rollen=frozenset({Rol.JOBCOACH}), organisatie="X")
        with pytest.raises(ValidationError) as exc:
            _traject(betrokkenen=(LEIDINGGEVENDE, CASEMANAGER, dubbel))
        _fout(exc, "Traject.betrokkenen[2].id", "duplicate")

    def test_betrokkene_met_id_van_werknemer(self):
        """The employee is Traject.werknemer, not a betrokkene."""
        zelf = Betrokkene(id=WERKNEMER, rollen=frozenset({Rol.JOBCOACH}), organisatie="X")
        with pytest.raises(ValidationError) as exc:
            _traject(betrokkenen=(LEIDINGGEVENDE, zelf))
        _fout(exc, "Traject.betrokkenen[1].id", "employee")

    def test_betrokkene_met_rol_werknemer(self):
        """A betrokkene with role WERKNEMER cannot even be built."""
        with pytest.raises(ValidationError) as exc:
            Betrokkene(id="W-2", rollen=frozenset({Rol.WERKNEMER}), organisatie="OMO")
        _fout(exc, "Betrokkene.rollen", "werknemer")

    def test_onbekende_casemanager(self):
        """The plan's casemanager must be one of the betrokkenen."""
        with pytest.raises(ValidationError) as exc:
            _traject(
                gebeurtenissen=(
                    Probleemanalyse(datum=date(2025, 11, 5)),
                    PlanVanAanpak(datum=date(2025, 11, 18), casemanager="CM-9"),
                )
            )
        _fout(exc, "Traject.gebeurtenissen[1].casemanager", "not among")

    def test_werknemer_als_casemanager(self):
        """The employee cannot be their own casemanager."""
        with pytest.raises(ValidationError) as exc:
            _traject(gebeurtenissen=(PlanVanAanpak(datum=date(2025, 11, 18), casemanager="W-001"),))
        _fout(exc, "Traject.gebeurtenissen[0].casemanager", "not among")

    def test_onbekende_spooraanbieder(self):
        """A spoor's provider must be one of the betrokkenen."""
        spoor = Spoor(soort=Spoorsoort.SPOOR_2, start=date(2026, 9, 1), aanbieder="RB-9")
        with pytest.raises(ValidationError) as exc:
            _traject(sporen=(spoor,))
        _fout(exc, "Traject.sporen[0].aanbieder", "not among")

    def test_onbekende_nazorgaanbieder(self):
        """A nazorg provider must be one of the betrokkenen."""
        with pytest.raises(ValidationError) as exc:
            _traject(nazorg=(Nazorg(start=date(2026, 9, 1), aanbieder="JC-9"),))
        _fout(exc, "Traject.nazorg[0].aanbieder", "not among")

    def test_onbekende_deelnemer_driegesprek(self):
        """Every driegesprek participant is the employee or a betrokkene."""
        gesprek = Driegesprek(datum=date(2025, 12, 1), deelnemers=(WERKNEMER, "L-1", "X-9"))
        with pytest.raises(ValidationError) as exc:
            _traject(driegesprekken=(gesprek,))
        _fout(exc, "Traject.driegesprekken[0].deelnemers[2]", "not among")

    def test_driegesprekken_niet_op_volgorde(self):
        """Driegesprekken must be in date order."""
        deelnemers = (WERKNEMER, "L-1", "LA-1")
        with pytest.raises(ValidationError) as exc:
            _traject(
                driegesprekken=(
                    Driegesprek(datum=date(2026, 1, 5), deelnemers=deelnemers),
                    Driegesprek(datum=date(2025, 12, 1), deelnemers=deelnemers),
                )
            )
        _fout(exc, "Traject.driegesprekken[1]", "date order")

    def test_gebeurtenissen_niet_op_volgorde(self):
        """Events must be in date order."""
        with pytest.raises(ValidationError) as exc:
            _traject(
                gebeurtenissen=(
                    Probleemanalyse(datum=date(2025, 11, 5)),
                    MeldingBedrijfsarts(datum=date(2025, 10, 3)),
                )
            )
        _fout(exc, "Traject.gebeurtenissen[1]", "date order")

    def test_gebeurtenissen_zelfde_dag(self):
        """Events on the same day are in order."""
        t = _traject(gebeurtenissen=(Ziekmelding(datum=X), MeldingBedrijfsarts(datum=X)))
        assert len(t.gebeurtenissen) == 2

    def test_gebeurtenis_voor_eerste_ziektedag(self):
        """A poortwachter event before the first sick day is refused."""
        with pytest.raises(ValidationError) as exc:
            _traject(gebeurtenissen=(Ziekmelding(datum=date(2025, 9, 30)),))
        _fout(exc, "Traject.gebeurtenissen[0].datum", "precedes the first sick day")

    def test_poortwachter_zonder_ziekte(self):
        """A poortwachter event in a traject without sickness is refused."""
        with pytest.raises(ValidationError) as exc:
            Traject(
                werknemer=WERKNEMER,
                werkgever="OMO",
                gebeurtenissen=(Melding42eWeek(datum=date(2026, 7, 22)),),
            )
        _fout(exc, "Traject.gebeurtenissen[0]", "needs sickness")

    def test_einde_dienstverband_zonder_ziekte(self):
        """EindeDienstverband is allowed in a traject without sickness."""
        t = Traject(
            werknemer=WERKNEMER,
            werkgever="OMO",
            gebeurtenissen=(EindeDienstverband(datum=date(2026, 8, 31)),),
        )
        assert t.gebeurtenissen[0].code == "einde_dienstverband"

    def test_einde_dienstverband_voor_ziekte(self):
        """EindeDienstverband may lie before the first sick day."""
        t = _traject(gebeurtenissen=(EindeDienstverband(datum=date(2025, 9, 1)),))
        assert t.eerste_ziektedag == X

    def test_spoor_zonder_ziekte(self):
        """A spoor needs sickness."""
        with pytest.raises(ValidationError) as exc:
            Traject(
                werknemer=WERKNEMER,
                werkgever="OMO",
                sporen=(Spoor(soort=Spoorsoort.SPOOR_1, start=date(2026, 1, 5)),),
            )
        _fout(exc, "Traject.sporen[0]", "no ziekteperioden")

    def test_spoor_voor_eerste_ziektedag(self):
        """A spoor starting before the first sick day is refused."""
        with pytest.raises(ValidationError) as exc:
            _traject(sporen=(Spoor(soort=Spoorsoort.SPOOR_1, start=date(2025, 9, 30)),))
        _fout(exc, "Traject.sporen[0].start", "precedes the first sick day")

    def test_spoor_op_eerste_ziektedag(self):
        """A spoor may start on the first sick day itself."""
        assert len(_traject(sporen=(Spoor(soort=Spoorsoort.SPOOR_1, start=X),)).sporen) == 1

    def test_groepsprogramma_zonder_werknemer(self):
        """A group programme in the traject must include the employee."""
        groep = Groepsprogramma(
            naam="heroriëntatie", start=date(2026, 2, 2), deelnemers=("W-2", "W-3")
        )
        with pytest.raises(ValidationError) as exc:
            _traject(groepsprogrammas=(groep,))
        _fout(exc, "Traject.groepsprogrammas[0].deelnemers", "not a participant")

    def test_uitkomst_verkeerd_type(self):
        """The outcome must be an Uitkomst, not its kind."""
        with pytest.raises(ValidationError) as exc:
            _traject(uitkomsten=(Uitkomstsoort.EIGEN_WERK,))
        _fout(exc, "Traject.uitkomsten[0]", "Uitkomst")


class TestTrajectPerioden:
    """Period errors inside a Traject name the Traject's fields."""

    def test_overlappende_perioden(self):
        """Overlapping sickness periods name Traject.ziekteperioden[1]."""
        with pytest.raises(ValidationError) as exc:
            _traject(
                ziekteperioden=(
                    Ziekteperiode(eerste_dag=X, laatste_dag=date(2025, 10, 31)),
                    Ziekteperiode(eerste_dag=date(2025, 10, 31)),
                )
            )
        _fout(exc, "Traject.ziekteperioden[1].eerste_dag", "overlaps")

    def test_ongeordende_perioden(self):
        """Unordered sickness periods are refused."""
        with pytest.raises(ValidationError) as exc:
            _traject(
                ziekteperioden=(
                    Ziekteperiode(eerste_dag=X, laatste_dag=date(2025, 10, 31)),
                    Ziekteperiode(eerste_dag=date(2025, 6, 1), laatste_dag=date(2025, 6, 2)),
                )
            )
        _fout(exc, "Traject.ziekteperioden[1].eerste_dag", "date order")

    def test_open_periode_niet_laatst(self):
        """Only the last period may be open."""
        with pytest.raises(ValidationError) as exc:
            _traject(
                ziekteperioden=(
                    Ziekteperiode(eerste_dag=X),
                    Ziekteperiode(eerste_dag=date(2026, 1, 5)),
                )
            )
        _fout(exc, "Traject.ziekteperioden[0].laatste_dag", "open")

    def test_verlof_overlapt_ziekte(self):
        """Leave overlapping sickness names Traject.verlofperioden[0]."""
        verlof = Verlofperiode(eerste_dag=date(2025, 12, 1), laatste_dag=date(2026, 3, 1))
        with pytest.raises(ValidationError) as exc:
            _traject(verlofperioden=(verlof,))
        _fout(exc, "Traject.verlofperioden[0]", "overlaps")

    def test_ongeordend_verlof(self):
        """Unordered leave names Traject.verlofperioden[1]."""
        verlof = (
            Verlofperiode(eerste_dag=date(2025, 5, 1), laatste_dag=date(2025, 5, 31)),
            Verlofperiode(eerste_dag=date(2025, 3, 1), laatste_dag=date(2025, 3, 31)),
        )
        with pytest.raises(ValidationError) as exc:
            _traject(verlofperioden=verlof)
        _fout(exc, "Traject.verlofperioden[1].eerste_dag", "date order")

    def test_verlof_tussen_ziekte(self):
        """20 fit + 112 leave + 7 fit days: the traject holds one case."""
        # 6..31 Jan 2025 sick; fit 1..20 Feb; leave 21 Feb..12 Jun (8+31+30+31+12 = 112);
        # fit 13..19 Jun (7); sick again 20 Jun 2025.
        t = _traject(
            ziekteperioden=(EERSTE_GEVAL, Ziekteperiode(eerste_dag=date(2025, 6, 20))),
            verlofperioden=(
                Verlofperiode(eerste_dag=date(2025, 2, 21), laatste_dag=date(2025, 6, 12)),
            ),
        )
        (geval,) = t.ziektegevallen
        assert geval.onderbrekingen == (
            Onderbreking(
                na=date(2025, 1, 31),
                tot=date(2025, 6, 20),
                fitdagen=27,
                verlofdagen=112,
                samengeteld=True,
            ),
        )


class TestTweeGevallen:
    """A traject with two cases of sickness."""

    def test_twee_gevallen(self):
        """28 fit days between the periods give two cases."""
        t = _twee_gevallen()
        eerste, tweede = t.ziektegevallen
        assert eerste.perioden == (EERSTE_GEVAL,)
        assert tweede.perioden == (TWEEDE_GEVAL,)
        assert t.eerste_ziektedag == date(2025, 1, 6)

    def test_geval_op(self):
        """geval_op gives the last case starting on or before the day; None before any."""
        t = _twee_gevallen()
        eerste, tweede = t.ziektegevallen
        assert t.geval_op(date(2025, 1, 5)) is None
        assert t.geval_op(date(2025, 1, 6)) is eerste
        assert t.geval_op(date(2025, 1, 31)) is eerste
        # A fit day between the cases still belongs to the earlier case.
        assert t.geval_op(date(2025, 2, 15)) is eerste
        assert t.geval_op(date(2025, 2, 28)) is eerste
        assert t.geval_op(date(2025, 3, 1)) is tweede
        assert t.geval_op(date(2030, 1, 1)) is tweede

    def test_gebeurtenissen_van_geval(self):
        """Events belong to the case in force on their date."""
        t = _twee_gevallen()
        eerste, tweede = t.ziektegevallen
        assert [g.datum for g in t.gebeurtenissen_van_geval(eerste)] == [
            date(2025, 1, 6),
            date(2025, 2, 1),
        ]
        assert [g.code for g in t.gebeurtenissen_van_geval(tweede)] == [
            "ziekmelding",
            "probleemanalyse",
        ]

    def test_gebeurtenissen_van_gelijk_geval(self):
        """An equal case (same periods, same break before it) from a rebuilt traject selects
        the same events."""
        t = _twee_gevallen()
        herbouwd = Traject(
            werknemer="W-2", werkgever="X", ziekteperioden=t.ziekteperioden
        ).ziektegevallen[1]
        assert len(t.gebeurtenissen_van_geval(herbouwd)) == 2

    def test_gebeurtenissen_van_vreemd_geval(self):
        """A case that is not part of the traject raises a library error, not a bare one."""
        # errors.py: "Every error the library raises derives from ReintegratieError".
        vreemd = Traject(
            werknemer="W-2", werkgever="X", ziekteperioden=(Ziekteperiode(eerste_dag=X),)
        ).ziektegevallen[0]
        with pytest.raises(ReintegratieError):
            _twee_gevallen().gebeurtenissen_van_geval(vreemd)

    def test_tweede_geval_telt_eigen_ziektedagen(self):
        """In the second case sick day 42 is 1 Mar + 41 = 11 Apr 2025."""
        # 1 Mar + 30 = 31 Mar; + 11 more = 11 Apr.
        _, tweede = _twee_gevallen().ziektegevallen
        assert tweede.datum_van_ziektedag(42) == date(2025, 4, 11)


class TestBetrokkeneOpzoeken:
    """Looking up a betrokkene by id."""

    def test_gevonden(self):
        """betrokkene returns the person with that id."""
        assert _traject().betrokkene("LA-1") is ADVISEUR

    def test_onbekend(self):
        """An unknown id raises NotFoundError, which is also a KeyError."""
        t = _traject()
        with pytest.raises(NotFoundError) as exc:
            t.betrokkene("X-9")
        assert isinstance(exc.value, KeyError)
        assert isinstance(exc.value, ReintegratieError)
        assert "X-9" in str(exc.value)
        with pytest.raises(KeyError):
            t.betrokkene("X-9")

    def test_werknemer_is_geen_betrokkene(self):
        """The employee's own id is not a betrokkene."""
        with pytest.raises(NotFoundError):
            _traject().betrokkene(WERKNEMER)


class TestFoutenHierarchie:
    """The error classes subclass the library root and the fitting builtin."""

    @pytest.mark.parametrize(
        ("fout", "ingebouwd"),
        [
            (ValidationError, ValueError),
            (NotFoundError, KeyError),
            (RuleSetError, ValueError),
            (SerializationError, ValueError),
            (UnsupportedVersionError, ValueError),
        ],
    )
    def test_subklassen(self, fout, ingebouwd):
        """Each error is both a ReintegratieError and its builtin."""
        assert issubclass(fout, ReintegratieError)
        assert issubclass(fout, ingebouwd)

    def test_unsupported_version_is_serialization_error(self):
        """An unsupported version is a kind of serialization error."""
        assert issubclass(UnsupportedVersionError, SerializationError)

    def test_validation_error_velden(self):
        """ValidationError keeps field and reason and formats them as 'field: reason'."""
        fout = ValidationError("Traject.werknemer", "must not be empty")
        assert fout.field == "Traject.werknemer"
        assert fout.reason == "must not be empty"
        assert str(fout) == "Traject.werknemer: must not be empty"

    def test_validation_error_pickle(self):
        """A ValidationError survives pickling with its field and reason."""
        fout = pickle.loads(pickle.dumps(ValidationError("Traject.id", "x")))
        assert (fout.field, fout.reason) == ("Traject.id", "x")

    def test_not_found_zonder_aanhalingstekens(self):
        """NotFoundError's message is not quoted like a plain KeyError's."""
        assert str(NotFoundError("geen betrokkene")) == "geen betrokkene"


class TestWijzigingen:
    """The met_* methods return new objects and leave the original unchanged."""

    def test_met_gebeurtenis(self):
        """met_gebeurtenis adds the event to a new Traject only."""
        t = _traject()
        t2 = t.met_gebeurtenis(Ziekmelding(datum=X))
        assert t.gebeurtenissen == ()
        assert t2.gebeurtenissen == (Ziekmelding(datum=X),)
        assert t2 is not t

    def test_met_gebeurtenis_houdt_datumvolgorde(self):
        """An event is inserted at its date, not appended."""
        t = _traject(
            gebeurtenissen=(Ziekmelding(datum=X), Probleemanalyse(datum=date(2025, 11, 5)))
        )
        t2 = t.met_gebeurtenis(MeldingBedrijfsarts(datum=date(2025, 10, 3)))
        assert [g.code for g in t2.gebeurtenissen] == [
            "ziekmelding",
            "melding_bedrijfsarts",
            "probleemanalyse",
        ]
        t3 = t2.met_gebeurtenis(Evaluatie(datum=date(2026, 1, 5)))
        assert t3.gebeurtenissen[-1] == Evaluatie(datum=date(2026, 1, 5))

    def test_met_gebeurtenis_zelfde_dag_achteraan(self):
        """An event on the date of an existing one goes after it."""
        t = _traject(gebeurtenissen=(Ziekmelding(datum=X),))
        t2 = t.met_gebeurtenis(MeldingBedrijfsarts(datum=X))
        assert [g.code for g in t2.gebeurtenissen] == ["ziekmelding", "melding_bedrijfsarts"]

    def test_met_gebeurtenis_valideert(self):
        """An event before the first sick day is refused by met_gebeurtenis too."""
        with pytest.raises(ValidationError) as exc:
            _traject().met_gebeurtenis(Probleemanalyse(datum=date(2025, 9, 1)))
        _fout(exc, "Traject.gebeurtenissen[0].datum", "precedes")

    def test_met_ziekteperiode(self):
        """met_ziekteperiode appends a period; the original keeps its periods."""
        t = Traject(werknemer=WERKNEMER, werkgever="OMO", ziekteperioden=(EERSTE_GEVAL,))
        t2 = t.met_ziekteperiode(TWEEDE_GEVAL)
        assert t.ziekteperioden == (EERSTE_GEVAL,)
        assert len(t.ziektegevallen) == 1
        assert t2.ziekteperioden == (EERSTE_GEVAL, TWEEDE_GEVAL)
        assert len(t2.ziektegevallen) == 2

    def test_met_ziekteperiode_na_open_periode(self):
        """A period after an open one is refused."""
        with pytest.raises(ValidationError) as exc:
            _traject().met_ziekteperiode(Ziekteperiode(eerste_dag=date(2026, 6, 1)))
        _fout(exc, "Traject.ziekteperioden[0].laatste_dag", "open")

    def test_met_herstel(self):
        """met_herstel closes the open period; the original stays open."""
        t = _traject()
        t2 = t.met_herstel(date(2026, 3, 15))
        assert t.ziekteperioden[-1].is_lopend
        assert t2.ziekteperioden[-1].laatste_dag == date(2026, 3, 15)
        (geval,) = t2.ziektegevallen
        # 1 Oct 2025 .. 15 Mar 2026: Oct 31, Nov 30, Dec 31, Jan 31, Feb 28, Mar 15 = 166.
        assert geval.aantal_ziektedagen == 166
        assert not geval.is_lopend

    def test_met_herstel_zonder_open_periode(self):
        """met_herstel without an open period is an error."""
        gesloten = _traject(ziekteperioden=(EERSTE_GEVAL,))
        with pytest.raises(ValidationError) as exc:
            gesloten.met_herstel(date(2025, 2, 1))
        _fout(exc, "Traject.ziekteperioden", "no open")

    def test_met_herstel_zonder_perioden(self):
        """met_herstel without any sickness is an error."""
        with pytest.raises(ValidationError) as exc:
            Traject(werknemer=WERKNEMER, werkgever="OMO").met_herstel(X)
        _fout(exc, "Traject.ziekteperioden", "no open")

    def test_met_herstel_voor_eerste_dag(self):
        """Recovery before the period starts is refused."""
        with pytest.raises(ValidationError) as exc:
            _traject().met_herstel(date(2025, 9, 30))
        assert "laatste_dag" in exc.value.field

    def test_met_betrokkene(self):
        """met_betrokkene adds a person; duplicates are refused."""
        t = Traject(werknemer=WERKNEMER, werkgever="OMO")
        t2 = t.met_betrokkene(ADVISEUR)
        assert t.betrokkenen == ()
        assert t2.betrokkene("LA-1") is ADVISEUR
        with pytest.raises(ValidationError) as exc:
            t2.met_betrokkene(ADVISEUR)
        _fout(exc, "Traject.betrokkenen[1].id", "duplicate")

    def test_met_spoor(self):
        """met_spoor adds a spoor and revalidates its provider."""
        t = _traject()
        spoor = Spoor(soort=Spoorsoort.SPOOR_1, start=date(2025, 11, 18), aanbieder="LA-1")
        t2 = t.met_spoor(spoor)
        assert t.sporen == ()
        assert t2.sporen == (spoor,)
        with pytest.raises(ValidationError):
            t.met_spoor(attrs.evolve(spoor, aanbieder="X-9"))

    def test_met_driegesprek_houdt_datumvolgorde(self):
        """met_driegesprek inserts at the meeting's date."""
        deelnemers = (WERKNEMER, "L-1", "LA-1")
        eerste = Driegesprek(datum=date(2025, 12, 1), deelnemers=deelnemers)
        derde = Driegesprek(datum=date(2026, 2, 2), deelnemers=deelnemers)
        tweede = Driegesprek(datum=date(2026, 1, 5), deelnemers=deelnemers)
        t = _traject(driegesprekken=(eerste, derde))
        t2 = t.met_driegesprek(tweede)
        assert t.driegesprekken == (eerste, derde)
        assert t2.driegesprekken == (eerste, tweede, derde)

    def test_met_doel_activiteit_uitkomst(self):
        """met_doel, met_activiteit and met_uitkomst return new Trajects."""
        t = _traject()
        doel = Leerdoel(omschrijving="grenzen aangeven", gesteld_op=date(2025, 12, 1))
        activiteit = Activiteit(
            omschrijving="wandelen", start=date(2025, 12, 2), energie=Energie.GEEFT
        )
        uitkomst = Uitkomst(soort=Uitkomstsoort.EIGEN_WERK, datum=date(2026, 3, 16))
        t2 = t.met_doel(doel).met_activiteit(activiteit).met_uitkomst(uitkomst)
        assert (t.doelen, t.activiteiten, t.uitkomst) == ((), (), None)
        assert t2.doelen == (doel,)
        assert t2.activiteiten == (activiteit,)
        assert t2.uitkomst == uitkomst

    def test_evolve_herberekent_gevallen(self):
        """attrs.evolve recomputes the cases of the new Traject."""
        t = _twee_gevallen()
        t2 = attrs.evolve(t, ziekteperioden=(EERSTE_GEVAL,), gebeurtenissen=())
        assert len(t.ziektegevallen) == 2
        assert len(t2.ziektegevallen) == 1

    def test_alle_activiteiten(self):
        """alle_activiteiten yields the traject's own activities, then each spoor's."""
        eigen = Activiteit(omschrijving="lezen", start=date(2025, 11, 1), energie=Energie.GEEFT)
        in_spoor = Activiteit(
            omschrijving="sollicitatiebrief", start=date(2026, 9, 8), energie=Energie.KOST
        )
        spoor = Spoor(soort=Spoorsoort.SPOOR_2, start=date(2026, 9, 1), activiteiten=(in_spoor,))
        t = _traject(activiteiten=(eigen,), sporen=(spoor,))
        assert list(t.alle_activiteiten()) == [eigen, in_spoor]


class TestUitkomst:
    """The outcome of a trajectory."""

    @pytest.mark.parametrize(
        ("soort", "andere_baan"),
        [
            (Uitkomstsoort.EIGEN_WERK, False),
            (Uitkomstsoort.ANDER_WERK_INTERN, False),
            (Uitkomstsoort.NIEUWE_WERKGEVER, True),
            (Uitkomstsoort.EIGEN_BEDRIJF, True),
            (Uitkomstsoort.VRIJWILLIGERSWERK, False),
            (Uitkomstsoort.WIA, False),
            (Uitkomstsoort.WEDERZIJDS_GOEDVINDEN, False),
        ],
    )
    def test_andere_baan(self, soort, andere_baan):
        """andere_baan: left for a new employer or an own business (docs/model.md, "Uitkomst")."""
        assert Uitkomst(soort=soort, datum=X).andere_baan is andere_baan

    def test_standaard(self):
        """Satisfaction is None (not asked) and the note empty by default."""
        u = Uitkomst(soort=Uitkomstsoort.EIGEN_WERK, datum=X)
        assert u.tevredenheid_verbeterd is None
        assert u.toelichting == ""

    def test_soort_als_tekst(self):
        """The kind must be an Uitkomstsoort."""
        with pytest.raises(ValidationError) as exc:
            Uitkomst(soort="eigen_werk", datum=X)
        _fout(exc, "Uitkomst.soort", "Uitkomstsoort")

    def test_datetime(self):
        """The outcome date is a date."""
        with pytest.raises(ValidationError) as exc:
            Uitkomst(soort=Uitkomstsoort.WIA, datum=datetime(2027, 9, 29, tzinfo=UTC))
        _fout(exc, "Uitkomst.datum", "datetime")

    def test_tevredenheid_bool(self):
        """Satisfaction is True, False or None, not 1."""
        with pytest.raises(ValidationError) as exc:
            Uitkomst(soort=Uitkomstsoort.WIA, datum=X, tevredenheid_verbeterd=1)
        _fout(exc, "Uitkomst.tevredenheid_verbeterd", "True or False")


class TestBelastbaarheid:
    """Functional limitations as reported to the employer."""

    def test_geldig(self):
        """Limitations, possibilities and expected duration are recorded."""
        b = Belastbaarheid(
            datum=date(2025, 11, 5),
            beperkingen=("geen piekbelasting",),
            mogelijkheden=("4 uur per dag",),
            verwachte_duur_weken=12,
        )
        assert b.verwachte_duur_weken == 12

    def test_lege_beperking(self):
        """An empty limitation is refused with its index."""
        with pytest.raises(ValidationError) as exc:
            Belastbaarheid(datum=X, beperkingen=("a", ""))
        _fout(exc, "Belastbaarheid.beperkingen[1]", "empty")

    def test_negatieve_duur(self):
        """The expected duration is at least 0 weeks."""
        with pytest.raises(ValidationError) as exc:
            Belastbaarheid(datum=X, verwachte_duur_weken=-1)
        _fout(exc, "Belastbaarheid.verwachte_duur_weken", "at least 0")


class TestOnveranderlijkheid:
    """Traject, Uitkomst and Belastbaarheid are frozen and slotted."""

    @staticmethod
    def _voorbeelden() -> list[object]:
        return [
            _twee_gevallen(),
            Uitkomst(soort=Uitkomstsoort.EIGEN_WERK, datum=X),
            Belastbaarheid(datum=X),
        ]

    def test_toewijzen_faalt(self):
        """Assigning to any attribute, including the cached cases, raises."""
        for obj in self._voorbeelden():
            for veld in attrs.fields(type(obj)):
                with pytest.raises(attrs.exceptions.FrozenInstanceError):
                    setattr(obj, veld.name, getattr(obj, veld.name))

    def test_nieuw_attribuut_faalt(self):
        """No attribute can be added."""
        for obj in self._voorbeelden():
            with pytest.raises(attrs.exceptions.FrozenInstanceError):
                obj.extra = 1

    def test_slots(self):
        """Slotted classes: no instance __dict__."""
        for obj in self._voorbeelden():
            assert hasattr(type(obj), "__slots__")
            assert not hasattr(obj, "__dict__")

    def test_gelijkheid_hash_repr(self):
        """Equal trajects are equal and hash alike; the cached cases stay out of repr."""
        een, twee = _twee_gevallen(), _twee_gevallen()
        assert een == twee
        assert hash(een) == hash(twee)
        assert "_gevallen" not in repr(een)
        assert een != een.met_herstel(date(2025, 4, 30))

    def test_pickle(self):
        """A pickled Traject comes back equal, with its cases."""
        t = _twee_gevallen()
        terug = pickle.loads(pickle.dumps(t))
        assert terug == t
        assert terug.ziektegevallen == t.ziektegevallen


# --- privacy ------------------------------------------------------------------------


def _typen_in(hint: object) -> Iterator[type]:
    """The classes mentioned in a type hint (unions, tuples, frozensets unpacked)."""
    args = typing.get_args(hint)
    if args:
        for arg in args:
            if arg is not Ellipsis:
                yield from _typen_in(arg)
    elif isinstance(hint, type):
        yield hint


def _bereikbare_typen(start: type) -> set[type]:
    """Every class reachable from *start* through attrs field types."""
    gezien: set[type] = set()
    stapel = [start]
    while stapel:
        soort = stapel.pop()
        if soort in gezien:
            continue
        gezien.add(soort)
        if attrs.has(soort):
            attrs.resolve_types(soort)
            for veld in attrs.fields(soort):
                assert not isinstance(veld.type, str), f"{soort.__name__}.{veld.name} unresolved"
                stapel.extend(_typen_in(veld.type))
    return gezien


class TestPrivacy:
    """Medical data cannot be held by a Traject (AVG; DESIGN.md principle 5)."""

    def test_wandeling_is_niet_leeg(self):
        """The walk reaches the nested classes (so the next test is meaningful)."""
        typen = _bereikbare_typen(Traject)
        for verwacht in (
            Ziekteperiode,
            Verlofperiode,
            Ziektegeval,
            Onderbreking,
            PlanVanAanpak,
            Betrokkene,
            Rol,
            Spoor,
            Fase,
            Werkervaringsplaats,
            Opbouwstap,
            Driegesprek,
            Afspraak,
            Leerdoel,
            Voortgang,
            Prestatiedoel,
            Meting,
            Groepsprogramma,
            Nazorg,
            Belastbaarheid,
            Uitkomst,
            ri.VerslagOnderdeel,
        ):
            assert verwacht in typen, verwacht

    def test_geen_medische_klasse_bereikbaar(self):
        """Neither MedischeAantekening nor MedischDossier is reachable from Traject."""
        typen = _bereikbare_typen(Traject)
        assert MedischeAantekening not in typen
        assert MedischDossier not in typen
        assert not any(t.__module__ == "reintegratie.medisch" for t in typen)

    def test_geen_diagnoseveld(self):
        """No class reachable from Traject has a field named diagnose."""
        for soort in _bereikbare_typen(Traject):
            if attrs.has(soort):
                assert "diagnose" not in {f.name for f in attrs.fields(soort)}, soort

    @pytest.mark.parametrize(
        "veld",
        [
            f.name
            for f in attrs.fields(Traject)
            if f.init and typing.get_origin(typing.get_type_hints(Traject)[f.name]) is tuple
        ],
    )
    def test_medische_aantekening_geweigerd(self, veld):
        """Every tuple field of Traject refuses a MedischeAantekening."""
        aantekening = MedischeAantekening(datum=X, diagnose="burn-out")
        with pytest.raises(ValidationError) as exc:
            _traject(**{veld: (aantekening,)})
        assert exc.value.field == f"Traject.{veld}[0]"

    def test_dossier_als_uitkomst_geweigerd(self):
        """A MedischDossier cannot be passed as the outcome."""
        with pytest.raises(ValidationError):
            _traject(uitkomsten=(MedischDossier(werknemer=WERKNEMER, bedrijfsarts="BA-1"),))


# --- stories from practice -----------------------------------------------------------


class TestVerhalenUitDeSeeds:
    """Examples modelled on re-integration practice construct and expose sensible values."""

    def test_docent_burnout_terug_naar_eigen_werk(self):
        """Career centre: a teacher with burn-out returns to own work after a driegesprek."""
        spoor = Spoor(
            soort=Spoorsoort.SPOOR_1,
            start=date(2025, 11, 18),
            einde=date(2026, 3, 15),
            aanbieder="LA-1",
            werk=Spoor1Werk.EIGEN_WERK,
            resultaat=Spoorresultaat.GESLAAGD,
            activiteiten=(
                Activiteit(
                    omschrijving="beroepenonderzoek",
                    start=date(2025, 12, 1),
                    einde=date(2025, 12, 19),
                    energie=Energie.NEUTRAAL,
                    soort=Activiteitsoort.BEROEPENONDERZOEK,
                ),
                Activiteit(
                    omschrijving="coaching op assertiviteit",
                    start=date(2026, 1, 12),
                    energie=Energie.GEEFT,
                    soort=Activiteitsoort.COACHING,
                ),
            ),
        )
        gesprek = Driegesprek(
            datum=date(2026, 1, 7),
            deelnemers=(WERKNEMER, "L-1", "LA-1"),
            onderwerpen=("uitkomst beroepenonderzoek", "grenzen bewaken"),
            afspraken=(
                Afspraak(wat="werkdruk bespreken in team", wie="L-1", uiterlijk=date(2026, 2, 1)),
            ),
        )
        t = _traject(
            id="T-2025-001",
            ziekteperioden=(Ziekteperiode(eerste_dag=X, laatste_dag=date(2026, 3, 15)),),
            gebeurtenissen=(
                Ziekmelding(datum=X),
                MeldingBedrijfsarts(datum=date(2025, 10, 3)),
                Probleemanalyse(datum=date(2025, 11, 5)),
                PlanVanAanpak(
                    datum=date(2025, 11, 18), casemanager="CM-1", re_integratievisie=True
                ),
                Evaluatie(datum=date(2025, 12, 30)),
                Herstelmelding(datum=date(2026, 3, 16)),
            ),
            sporen=(spoor,),
            driegesprekken=(gesprek,),
            belastbaarheid=(
                Belastbaarheid(
                    datum=date(2025, 11, 5),
                    beperkingen=("geen piekbelasting",),
                    mogelijkheden=("lesgeven in kleine groepen",),
                    verwachte_duur_weken=16,
                ),
            ),
            uitkomsten=(
                Uitkomst(
                    soort=Uitkomstsoort.EIGEN_WERK,
                    datum=date(2026, 3, 16),
                    tevredenheid_verbeterd=True,
                ),
            ),
        )
        (geval,) = t.ziektegevallen
        # 1 Oct 2025 .. 15 Mar 2026 = 31 + 30 + 31 + 31 + 28 + 15 = 166 sick days.
        assert geval.aantal_ziektedagen == 166
        assert not geval.is_lopend
        assert geval.laatste_dag == date(2026, 3, 15)
        assert t.uitkomst is not None
        assert not t.uitkomst.andere_baan
        assert t.betrokkene("LA-1").organisatie == "ProMotion"
        assert t.betrokkene("L-1").leidinggevende_van_werknemer
        assert len(list(t.alle_activiteiten())) == 2
        assert t.sporen[0].loopt_op(date(2026, 1, 7))
        assert len(t.gebeurtenissen_van_geval(geval)) == 6

    def test_docent_vertrekt_met_wederzijds_goedvinden(self):
        """Career centre: a teacher leaves OMO by mutual consent and finds work elsewhere."""
        t = _traject(
            ziekteperioden=(Ziekteperiode(eerste_dag=date(2026, 2, 2)),),
            gebeurtenissen=(
                Ziekmelding(datum=date(2026, 2, 2)),
                Probleemanalyse(datum=date(2026, 3, 10)),
                PlanVanAanpak(datum=date(2026, 3, 24), casemanager="CM-1"),
            ),
            activiteiten=(
                Activiteit(
                    omschrijving="biografische opdracht",
                    start=date(2026, 4, 1),
                    energie=Energie.KOST,
                    soort=Activiteitsoort.BIOGRAFISCHE_OPDRACHT,
                ),
            ),
        )
        t = t.met_herstel(date(2026, 8, 14))
        t = t.met_gebeurtenis(Herstelmelding(datum=date(2026, 8, 15)))
        t = t.met_gebeurtenis(EindeDienstverband(datum=date(2026, 8, 31)))
        t = t.met_uitkomst(
            Uitkomst(
                soort=Uitkomstsoort.WEDERZIJDS_GOEDVINDEN,
                datum=date(2026, 8, 31),
                tevredenheid_verbeterd=True,
                toelichting="ander werk buiten OMO gevonden",
            )
        )
        assert [g.code for g in t.gebeurtenissen][-2:] == ["herstelmelding", "einde_dienstverband"]
        assert t.uitkomst is not None
        assert t.uitkomst.soort is Uitkomstsoort.WEDERZIJDS_GOEDVINDEN
        (geval,) = t.ziektegevallen
        # 2 Feb .. 14 Aug 2026: Feb 27 (2..28), Mar 31, Apr 30, May 31, Jun 30, Jul 31,
        # Aug 14 = 194 sick days.
        assert geval.aantal_ziektedagen == 194

    def test_spoor_2_met_werkervaringsplaats_en_nazorg(self):
        """Outplacement: a spoor 2 through the steps, a werkervaringsplaats, then nazorg."""
        rb = Betrokkene(
            id="RB-1", rollen=frozenset({Rol.RE_INTEGRATIEBEDRIJF}), organisatie="Neelix"
        )
        plaats = Werkervaringsplaats(
            organisatie="Kringloop Noord",
            start=date(2026, 4, 6),
            einde=date(2026, 6, 30),
            opbouw=(
                Opbouwstap(vanaf=date(2026, 4, 6), uren_per_week=8),
                Opbouwstap(vanaf=date(2026, 5, 4), uren_per_week=16),
                Opbouwstap(vanaf=date(2026, 6, 1), uren_per_week=24),
            ),
        )
        spoor2 = Spoor(
            soort=Spoorsoort.SPOOR_2,
            start=date(2025, 12, 1),
            einde=date(2026, 7, 31),
            aanbieder="RB-1",
            fasen=(
                Fase(Spoor2Stap.REGIE, date(2025, 12, 1)),
                Fase(Spoor2Stap.ZELFONDERZOEK, date(2026, 1, 5)),
                Fase(Spoor2Stap.POORTWACHTER_WIA, date(2026, 2, 2)),
                Fase(Spoor2Stap.SOLLICITEREN, date(2026, 3, 2)),
                Fase(Spoor2Stap.WERKERVARING, date(2026, 4, 6)),
                Fase(Spoor2Stap.NIEUWE_BAAN, date(2026, 7, 1)),
            ),
            resultaat=Spoorresultaat.GESLAAGD,
        )
        spoor1 = Spoor(
            soort=Spoorsoort.SPOOR_1,
            start=date(2025, 3, 3),
            werk=Spoor1Werk.AANGEPAST_WERK,
        )
        groep = Groepsprogramma(
            naam="heroriëntatie",
            start=date(2026, 1, 12),
            deelnemers=(WERKNEMER, *(f"W-{i:03}" for i in range(2, 11))),
            begeleider="RB-1",
        )
        t = _traject(
            ziekteperioden=(Ziekteperiode(eerste_dag=date(2025, 1, 6)),),
            betrokkenen=(*BETROKKENEN, rb),
            gebeurtenissen=(
                Ziekmelding(datum=date(2025, 1, 6)),
                Eerstejaarsevaluatie(datum=date(2025, 11, 24), spoor_2_nodig=True),
            ),
            sporen=(spoor1, spoor2),
            groepsprogrammas=(groep,),
            werkervaringsplaatsen=(plaats,),
            nazorg=(Nazorg(start=date(2026, 8, 1), einde=date(2027, 1, 31), aanbieder="RB-1"),),
            uitkomsten=(Uitkomst(soort=Uitkomstsoort.NIEUWE_WERKGEVER, datum=date(2026, 8, 1)),),
        )
        assert t.sporen[1].stap_op(date(2026, 4, 15)) is Spoor2Stap.WERKERVARING
        assert t.sporen[1].stap_op(date(2026, 7, 1)) is Spoor2Stap.NIEUWE_BAAN
        assert t.sporen[0].loopt_op(date(2026, 4, 15))  # spoor 1 runs beside spoor 2
        assert plaats.is_oplopend
        assert plaats.uren_op(date(2026, 5, 20)) == 16
        assert t.groepsprogrammas[0].omvang == 10
        assert t.groepsprogrammas[0].binnen_effectieve_omvang
        # 1 Aug 2026 .. 31 Jan 2027: Aug 31, Sep 30, Oct 31, Nov 30, Dec 31, Jan 31 = 184.
        assert t.nazorg[0].duur_dagen(date(2027, 6, 1)) == 184
        assert t.uitkomst is not None
        assert t.uitkomst.andere_baan

    def test_jobcoach_met_leerdoelen_en_prestatiedoel(self):
        """Job coaching: a jobcoach, learning goals beside a performance goal, years of nazorg."""
        jobcoach = Betrokkene(id="JC-1", rollen=frozenset({Rol.JOBCOACH}), organisatie="NOLOC")
        leerdoel = Leerdoel(
            omschrijving="relevante vacatures vinden",
            gesteld_op=date(2026, 1, 5),
            voortgang=(
                Voortgang(datum=date(2026, 1, 19), percentage=20),
                Voortgang(datum=date(2026, 2, 16), percentage=60, toelichting="zoekt zelfstandig"),
            ),
        )
        prestatiedoel = Prestatiedoel(
            omschrijving="sollicitaties versturen",
            gesteld_op=date(2026, 1, 5),
            doelwaarde=4,
            eenheid="sollicitaties",
            per=Meetperiode.WEEK,
            metingen=(
                Meting(datum=date(2026, 1, 12), waarde=2),
                Meting(datum=date(2026, 1, 19), waarde=3),
            ),
        )
        t = Traject(
            werknemer="W-004",
            werkgever="Sociaal Werkbedrijf",
            betrokkenen=(jobcoach,),
            doelen=(leerdoel, prestatiedoel),
            activiteiten=(
                Activiteit(
                    omschrijving="huisvesting op orde",
                    start=date(2025, 12, 1),
                    energie=Energie.KOST,
                    soort=Activiteitsoort.SOCIAAL_NETWERK,
                ),
            ),
            nazorg=(Nazorg(start=date(2026, 4, 1), einde=date(2029, 3, 31), aanbieder="JC-1"),),
        )
        assert t.doelen[0].laatste_voortgang == 60
        assert t.doelen[1].laatste_realisatie == 0.75
        assert not t.doelen[1].gehaald(t.doelen[1].metingen[-1])
        # 1 Apr 2026 .. 31 Mar 2029: 365 + 366 (29 Feb 2028) + 365 = 1096 days.
        assert t.nazorg[0].duur_dagen(date(2030, 1, 1)) == 1096
        assert t.betrokkene("JC-1").heeft_rol(Rol.JOBCOACH)

    def test_preventief_traject_zonder_ziekte(self):
        """Preventive career guidance (career centre, loopbaancheques) without any sickness."""
        t = Traject(
            werknemer="W-005",
            werkgever="OMO",
            betrokkenen=(LEIDINGGEVENDE, ADVISEUR),
            driegesprekken=(
                Driegesprek(datum=date(2025, 6, 2), deelnemers=("W-005", "L-1", "LA-1")),
            ),
            activiteiten=(
                Activiteit(
                    omschrijving="beroepenonderzoek",
                    start=date(2025, 5, 5),
                    energie=Energie.GEEFT,
                    soort=Activiteitsoort.BEROEPENONDERZOEK,
                ),
            ),
            doelen=(Leerdoel(omschrijving="eigen loopbaan sturen", gesteld_op=date(2025, 5, 5)),),
            uitkomsten=(
                Uitkomst(
                    soort=Uitkomstsoort.ANDER_WERK_INTERN,
                    datum=date(2025, 9, 1),
                    tevredenheid_verbeterd=True,
                ),
            ),
        )
        assert t.eerste_ziektedag is None
        assert t.ziektegevallen == ()
        assert t.geval_op(date(2025, 7, 1)) is None
        assert t.uitkomst is not None
        assert not t.uitkomst.andere_baan  # a new function internally is not a change of job
        assert t.uitkomst.tevredenheid_verbeterd
        with pytest.raises(ValidationError):
            t.met_gebeurtenis(Probleemanalyse(datum=date(2025, 7, 1)))
        assert len(t.met_gebeurtenis(EindeDienstverband(datum=date(2025, 12, 31))).gebeurtenissen)


def test_ziektegeval_is_geen_invoer():
    """Traject has no init field for cases: they are derived from the periods."""
    assert "_gevallen" not in {f.alias for f in attrs.fields(Traject) if f.init}
    assert all(isinstance(g, Ziektegeval) for g in _twee_gevallen().ziektegevallen)


def test_pickle_van_een_eerdere_release():
    """A Traject pickled before the cases were formed on first use has no such slot set:
    unpickled, it forms them (the state of that release is rebuilt here by hand)."""
    t = Traject(
        werknemer="W-1",
        werkgever="WG",
        ziekteperioden=(Ziekteperiode(eerste_dag=date(2025, 3, 3)),),
    )
    staat = t.__getstate__()
    staat.pop("_samentelling")
    staat["_gevallen"] = t.ziektegevallen
    oud = object.__new__(Traject)
    oud.__setstate__(staat)
    assert oud == t
    assert oud.ziektegevallen == t.ziektegevallen

"""Tests for the iCalendar export of a Tijdlijn (optional extra ``ical``)."""

from __future__ import annotations

import importlib
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings

icalendar = pytest.importorskip("icalendar")

import reintegratie as ri  # noqa: E402
from reintegratie.errors import SerializationError  # noqa: E402
from reintegratie.regels.engine import Status, Termijn  # noqa: E402
from reintegratie.serialisatie import ical as ical_module  # noqa: E402
from reintegratie.serialisatie import naar_ical  # noqa: E402
from reintegratie.serialisatie.ical import PRODID, uid_van  # noqa: E402
from test_serialisatie import klein_traject, rijk_traject, trajecten  # noqa: E402

TIJDSTIP = datetime(2026, 1, 2, 9, 30, tzinfo=UTC)


def _events(ics: bytes) -> list[object]:
    kalender = icalendar.Calendar.from_ical(ics)
    return list(kalender.walk("VEVENT"))


def _tijdlijn() -> ri.Tijdlijn:
    return ri.tijdlijn(rijk_traject(), peildatum=date(2026, 1, 1))


def _ics(tijdlijn: ri.Tijdlijn | None = None, **opties: object) -> bytes:
    opties = {"naam": "Verzuim W-001", "kenmerk": "T-2025-001", "tijdstip": TIJDSTIP, **opties}
    return naar_ical(_tijdlijn() if tijdlijn is None else tijdlijn, **opties)  # type: ignore[arg-type]


class TestKalender:
    """The calendar as a whole."""

    def test_bytes_en_kop(self):
        """Bytes of an RFC 5545 calendar with PRODID, VERSION and the calendar's name."""
        ics = _ics()
        assert isinstance(ics, bytes)
        assert ics.startswith(b"BEGIN:VCALENDAR\r\n")
        kalender = icalendar.Calendar.from_ical(ics)
        assert str(kalender["PRODID"]) == PRODID
        assert str(kalender["VERSION"]) == "2.0"
        assert str(kalender["X-WR-CALNAME"]) == "Verzuim W-001"

    def test_een_event_per_termijn(self):
        """One VEVENT per Termijn, in the tijdlijn's order."""
        tl = _tijdlijn()
        events = _events(_ics(tl))
        assert len(events) == len(tl) > 10
        assert [e["SUMMARY"].split(":")[0].split(" ")[0] for e in events] == [
            t.code for t in tl.termijnen
        ]

    def test_lege_tijdlijn(self):
        """A tijdlijn without termijnen is a calendar without events."""
        tl = ri.tijdlijn(ri.Traject(werknemer="W", werkgever="WG"))
        assert _events(_ics(tl)) == []

    def test_stabiel(self):
        """The same tijdlijn and tijdstip give the same bytes."""
        assert _ics() == _ics()


class TestEvent:
    """Each event: whole day, summary, description, UID."""

    def test_hele_dag(self):
        """DTSTART is the due date as a DATE; DTEND the next day."""
        tl = _tijdlijn()
        for termijn, event in zip(tl.termijnen, _events(_ics(tl)), strict=True):
            start = event["DTSTART"].dt
            einde = event["DTEND"].dt
            assert type(start) is date
            assert start == termijn.uiterlijk
            assert einde == termijn.uiterlijk + timedelta(days=1)
            assert event["DTSTAMP"].dt == TIJDSTIP

    def test_samenvatting_en_beschrijving(self):
        """SUMMARY: code and description; DESCRIPTION: roles, status and legal source."""
        tl = _tijdlijn()
        termijn = tl["probleemanalyse"]
        event = next(
            e for e in _events(_ics(tl)) if str(e["SUMMARY"]).startswith("probleemanalyse:")
        )
        assert str(event["SUMMARY"]) == f"probleemanalyse: {termijn.omschrijving}"
        beschrijving = str(event["DESCRIPTION"])
        rollen = ", ".join(r.value for r in termijn.verantwoordelijk)
        assert f"Responsible: {rollen}" in beschrijving
        assert f"Status: {termijn.status.value}" in beschrijving
        assert f"Source: {termijn.bron}" in beschrijving
        assert f"Due: {termijn.uiterlijk.isoformat()}" in beschrijving
        assert str(event["STATUS"]) == "CONFIRMED"
        assert str(event["TRANSP"]) == "TRANSPARENT"

    def test_volgnummer_in_samenvatting(self):
        """A recurring termijn shows its number from the second on."""
        tl = _tijdlijn()
        evaluaties = [t for t in tl.termijnen if t.code == "evaluatie"]
        assert len(evaluaties) > 1
        samenvattingen = [
            str(e["SUMMARY"])
            for e in _events(_ics(tl))
            if str(e["SUMMARY"]).startswith("evaluatie")
        ]
        assert samenvattingen[0].startswith("evaluatie: ")
        assert samenvattingen[1].startswith("evaluatie 2: ")

    def test_vervallen_is_cancelled(self):
        """A lapsed termijn (recovered before it fell due) is a cancelled event."""
        traject = ri.Traject(
            werknemer="W-1",
            werkgever="WG",
            ziekteperioden=(
                ri.Ziekteperiode(eerste_dag=date(2025, 10, 1), laatste_dag=date(2025, 10, 20)),
            ),
        )
        tl = ri.tijdlijn(traject, peildatum=date(2026, 1, 1))
        assert any(t.status is Status.VERVALLEN for t in tl.termijnen)
        for termijn, event in zip(tl.termijnen, _events(_ics(tl)), strict=True):
            verwacht = (
                "CANCELLED"
                if termijn.status in (Status.VERVALLEN, Status.NIET_VAN_TOEPASSING)
                else "CONFIRMED"
            )
            assert str(event["STATUS"]) == verwacht

    def test_uid_uniek_en_stabiel(self):
        """UIDs are unique within the calendar and the same in the next export."""
        eerste = [str(e["UID"]) for e in _events(_ics())]
        assert len(set(eerste)) == len(eerste)
        later = naar_ical(
            ri.tijdlijn(rijk_traject(), peildatum=date(2026, 6, 1)),
            naam="Anders genoemd",
            kenmerk="T-2025-001",
        )
        assert [str(e["UID"]) for e in _events(later)] == eerste

    def test_uid_van(self):
        """The UID: code, number, case (first sick day) and the traject's kenmerk."""
        termijn = _tijdlijn()["probleemanalyse"]
        assert uid_van(termijn, date(2025, 7, 21), "T-1") == (
            "probleemanalyse-1.2025-07-21.T-1@reintegratie"
        )
        leeg = Termijn("x", "y", date(2025, 1, 1), Status.OPEN, (), "")
        assert uid_van(leeg, None, "a b/c") == "x-1.geen.a%20b%2Fc@reintegratie"

    def test_kenmerk_is_naam_zonder_kenmerk(self):
        """Without a kenmerk the calendar name identifies the traject in the UIDs."""
        ics = naar_ical(_tijdlijn(), naam="W-001", tijdstip=TIJDSTIP)
        assert all(str(e["UID"]).endswith(".W-001@reintegratie") for e in _events(ics))

    def test_niet_ascii(self):
        """Non-ASCII text survives the round trip through icalendar."""
        tl = ri.tijdlijn(klein_traject())
        ics = naar_ical(tl, naam="Verzuim Zoë", tijdstip=TIJDSTIP)
        assert str(icalendar.Calendar.from_ical(ics)["X-WR-CALNAME"]) == "Verzuim Zoë"

    def test_tijdstip_andere_zone(self):
        """An aware tijdstip in another zone is written in UTC."""
        cet = timezone(timedelta(hours=1))
        ics = naar_ical(_tijdlijn(), naam="x", tijdstip=datetime(2026, 1, 2, 10, 30, tzinfo=cet))
        assert _events(ics)[0]["DTSTAMP"].dt == TIJDSTIP

    def test_standaard_tijdstip_is_nu(self):
        """Without a tijdstip, DTSTAMP is now (UTC)."""
        voor = datetime.now(UTC).replace(microsecond=0)
        stempel = _events(naar_ical(_tijdlijn(), naam="x"))[0]["DTSTAMP"].dt
        assert voor <= stempel <= datetime.now(UTC)

    @settings(max_examples=30, deadline=None)  # the engine and icalendar vary under load
    @given(trajecten())
    def test_eigenschap(self, traject):
        """Every generated traject's tijdlijn exports and parses back, event by event."""
        tl = ri.tijdlijn(traject)
        events = _events(naar_ical(tl, naam="x", tijdstip=TIJDSTIP))
        assert [e["DTSTART"].dt for e in events] == [t.uiterlijk for t in tl.termijnen]


class TestFouten:
    """Wrong arguments and a missing icalendar."""

    def test_geen_tijdlijn(self):
        """Only a Tijdlijn is exported."""
        with pytest.raises(SerializationError, match="exports a Tijdlijn, got Traject"):
            naar_ical(klein_traject(), naam="x")  # type: ignore[arg-type]

    @pytest.mark.parametrize("naam", ["", "  ", None])
    def test_lege_naam(self, naam):
        """The calendar needs a name."""
        with pytest.raises(SerializationError, match=r"^naam: "):
            naar_ical(_tijdlijn(), naam=naam)  # type: ignore[arg-type]

    def test_leeg_kenmerk(self):
        """An empty kenmerk is refused."""
        with pytest.raises(SerializationError, match=r"^kenmerk: "):
            naar_ical(_tijdlijn(), naam="x", kenmerk=" ")

    @pytest.mark.parametrize(
        "tijdstip",
        [datetime(2026, 1, 2), date(2026, 1, 2), "2026-01-02T00:00Z"],  # noqa: DTZ001
    )
    def test_naief_tijdstip(self, tijdstip):
        """The tijdstip is an aware datetime."""
        with pytest.raises(SerializationError, match=r"^tijdstip: expected an aware datetime"):
            naar_ical(_tijdlijn(), naam="x", tijdstip=tijdstip)

    def test_zonder_icalendar(self, monkeypatch):
        """Without icalendar: an ImportError that names the extra."""
        echt = importlib.import_module

        def zonder(naam: str, *args: object) -> object:
            if naam == "icalendar":
                raise ModuleNotFoundError("No module named 'icalendar'", name="icalendar")
            return echt(naam, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(ical_module.importlib, "import_module", zonder)
        with pytest.raises(ImportError, match=r"pip install 'reintegratie\[ical\]'"):
            naar_ical(_tijdlijn(), naam="x")


def test_laatste_dag_van_de_kalender():
    """A termijn due on date.max gets no DTEND (one day by default) instead of an overflow."""
    termijn = Termijn("x", "y", date.max, Status.OPEN, (), "")
    tl = ri.Tijdlijn(termijnen=(termijn,), eerste_ziektedag=date(2025, 1, 1))
    [event] = _events(naar_ical(tl, naam="x", tijdstip=TIJDSTIP))
    assert event["DTSTART"].dt == date.max
    assert "DTEND" not in event

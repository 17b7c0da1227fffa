"""iCalendar export of a Tijdlijn, so a casemanager can load the deadlines into a calendar.

Needs the optional extra ``ical`` (``pip install 'reintegratie[ical]'``, the
package ``icalendar``), imported only when :func:`naar_ical` is called.

Every Termijn becomes one all-day event on its due date (``uiterlijk``;
``DTEND`` is the next day, as RFC 5545 wants for a whole day), with:

* ``SUMMARY``: the code (and the number of a recurring termijn) and its description;
* ``DESCRIPTION``: the responsible roles, the status, the window, the date it
  was done, the explanation and the legal source;
* ``UID``: stable for the same termijn of the same case, so a calendar that
  imports the file again updates the events instead of doubling them:
  ``<code>-<volgnummer>.<eerste ziektedag>.<kenmerk>@reintegratie``;
* ``STATUS``: ``CANCELLED`` for a lapsed termijn or one that does not apply,
  else ``CONFIRMED``; ``CATEGORIES``: the kind of termijn (deadline, moment);
* ``SEQUENCE``: rises with the export time, so a calendar that imports a newer
  export takes its events as the newer revision;
* optionally reminders (``VALARM``) a number of days before an open termijn is due.

The calendar name (``X-WR-CALNAME``) is escaped as iCalendar TEXT.

The events are marked free time (``TRANSP:TRANSPARENT``): a deadline does not
block the day.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import importlib
import urllib.parse
from collections.abc import Iterable, Sequence
from typing import Any, Final

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import _kort, controleer_tekens
from reintegratie.errors import ExtraOntbreektError, SerializationError, ValidationError
from reintegratie.regels.engine import Status, Termijn, Tijdlijn
from reintegratie.serialisatie.grenzen import MAX_TEKST

__all__ = ["PRODID", "naar_ical", "naar_ical_caseload", "uid_van", "volgnummer_van"]

#: The PRODID of every calendar written.
PRODID: Final = "-//reintegratie//termijnen//NL"

_VERVALLEN: Final = frozenset({Status.VERVALLEN, Status.NIET_VAN_TOEPASSING})
_DAG: Final = _dt.timedelta(days=1)
_BEGIN: Final = _dt.datetime(2020, 1, 1, tzinfo=_dt.UTC)


def _icalendar() -> Any:
    try:
        return importlib.import_module("icalendar")
    except ImportError as fout:
        raise ExtraOntbreektError(
            "naar_ical needs the optional package 'icalendar': install the extra with "
            "pip install 'reintegratie[ical]'"
        ) from fout


@gecontroleerd
def uid_van(termijn: Termijn, eerste_ziektedag: _dt.date | None, kenmerk: str) -> str:
    """The stable UID of *termijn* in the case starting on *eerste_ziektedag* of the traject
    *kenmerk*.

    >>> from datetime import date
    >>> from reintegratie.regels.engine import Status, Termijn
    >>> t = Termijn("evaluatie", "Evaluate the plan", date(2026, 1, 5), Status.OPEN, (), "",
    ...             volgnummer=2)
    >>> uid_van(t, date(2025, 10, 1), "T 7/a")
    'evaluatie-2.2025-10-01.T%207%2Fa@reintegratie'
    """
    geval = "geen" if eerste_ziektedag is None else eerste_ziektedag.isoformat()
    veilig = urllib.parse.quote(kenmerk, safe="-_.~")
    return f"{termijn.code}-{termijn.volgnummer}.{geval}.{veilig}@reintegratie"


def _samenvatting(termijn: Termijn) -> str:
    nummer = f" {termijn.volgnummer}" if termijn.volgnummer > 1 else ""
    return f"{termijn.code}{nummer}: {termijn.omschrijving}"


def _beschrijving(termijn: Termijn) -> str:
    rollen = ", ".join(rol.value for rol in termijn.verantwoordelijk) or "none"
    regels = [
        termijn.omschrijving,
        f"Responsible: {rollen}",
        f"Status: {termijn.status.value}",
        f"Kind: {termijn.soort.value}",
    ]
    if termijn.vanaf is not None:
        regels.append(f"Window: from {termijn.vanaf.isoformat()}")
    regels.append(f"Due: {termijn.uiterlijk.isoformat()}")
    if termijn.afgerond_op is not None:
        regels.append(f"Done on: {termijn.afgerond_op.isoformat()}")
    if termijn.toelichting:
        regels.append(f"Note: {termijn.toelichting}")
    regels.append(f"Source: {termijn.bron or 'none'}")
    return "\n".join(regels)


def naar_ical(
    tijdlijn: Tijdlijn,
    *,
    naam: str,
    kenmerk: str | None = None,
    tijdstip: _dt.datetime | None = None,
    herinneringen: Sequence[int] = (),
) -> bytes:
    """*tijdlijn* as an iCalendar file (RFC 5545): one all-day event per Termijn.

    *naam* is the calendar's name (``X-WR-CALNAME``, escaped as TEXT: ``;``, ``,``
    and ``\\`` are written as ``\\;``, ``\\,`` and ``\\\\``; a line break or other
    control character is refused). *kenmerk* identifies the traject in the UIDs
    (its id or the employee's id; *naam* when not given): give the same one every
    time so that events are updated, not doubled. *tijdstip* is the ``DTSTAMP``
    of every event (an aware datetime; now when not given) and sets its
    ``SEQUENCE`` (see :func:`volgnummer_van`), so a later export of the same
    termijn always supersedes an earlier one. *herinneringen* are days before the
    due date at which a reminder (``VALARM``, ``ACTION:DISPLAY``) goes off.

    Raises :class:`ImportError` naming the extra ``ical`` when ``icalendar`` is not
    installed.

    >>> import reintegratie as ri
    >>> from datetime import date, datetime, timezone
    >>> t = ri.Traject(werknemer="W-1", werkgever="WG",
    ...                ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),))
    >>> ics = naar_ical(ri.tijdlijn(t), naam="Verzuim W-1", kenmerk="W-1",
    ...                 tijdstip=datetime(2025, 10, 2, tzinfo=timezone.utc))
    >>> ics.count(b"BEGIN:VEVENT") == len(ri.tijdlijn(t))
    True
    """
    if not isinstance(tijdlijn, Tijdlijn):
        raise SerializationError(f"naar_ical exports a Tijdlijn, got {type(tijdlijn).__name__}")
    _controleer_naam(naam)
    sleutel = naam if kenmerk is None else kenmerk
    return naar_ical_caseload(
        [(sleutel, tijdlijn)], naam=naam, tijdstip=tijdstip, herinneringen=herinneringen
    )


def naar_ical_caseload(
    tijdlijnen: Iterable[tuple[str, Tijdlijn]],
    *,
    naam: str,
    tijdstip: _dt.datetime | None = None,
    herinneringen: Sequence[int] = (),
) -> bytes:
    """Several timelines in one calendar (a casemanager's caseload): *tijdlijnen* are
    ``(kenmerk, Tijdlijn)`` pairs, each kenmerk naming its traject in the UIDs (see
    :func:`naar_ical` for the other parameters). The summary of each event starts with
    the kenmerk, so the cases can be told apart.

    .. versionadded:: 0.2.0
    """
    _controleer_naam(naam)
    if tijdstip is None:
        tijdstip = _dt.datetime.now(_dt.UTC)
    elif not isinstance(tijdstip, _dt.datetime) or tijdstip.utcoffset() is None:
        raise SerializationError(
            f"tijdstip: expected an aware datetime, got {type(tijdstip).__name__} {_kort(tijdstip)}"
        )
    stempel = tijdstip.astimezone(_dt.UTC).replace(microsecond=0)
    dagen = _herinneringen(herinneringen)
    paren = _paren(tijdlijnen)
    meerdere = len(paren) > 1

    ical = _icalendar()
    kalender = ical.Calendar()
    kalender.add("prodid", PRODID)
    kalender.add("version", "2.0")
    kalender.add("calscale", "GREGORIAN")
    kalender.add("x-wr-calname", ical.vText(naam))
    for sleutel, tijdlijn in paren:
        for termijn in tijdlijn.termijnen:
            kalender.add_component(
                _gebeurtenis(ical, termijn, tijdlijn, sleutel, stempel, dagen, meerdere)
            )
    resultaat: bytes = kalender.to_ical()
    return resultaat


@gecontroleerd
def volgnummer_van(tijdstip: _dt.datetime) -> int:
    """The ``SEQUENCE`` of an event exported at *tijdstip*: whole minutes since
    2020-01-01 UTC, so every later export of a termijn has a higher number and a
    calendar takes it as the newer revision (RFC 5545 3.8.7.4).

    >>> from datetime import datetime, timezone
    >>> volgnummer_van(datetime(2020, 1, 1, 0, 2, tzinfo=timezone.utc))
    2
    """
    return max(0, int((tijdstip - _BEGIN).total_seconds() // 60))


def _controleer_naam(naam: object) -> None:
    if not isinstance(naam, str) or not naam.strip():
        raise SerializationError(
            f"naam: expected a non-empty calendar name, got {type(naam).__name__} {_kort(naam)}"
        )
    if len(naam) > MAX_TEKST:
        raise SerializationError(
            f"naam: {len(naam):,} characters, over the limit of {MAX_TEKST:,} for a text"
        )
    try:
        controleer_tekens("naam", naam)
    except ValidationError as fout:
        raise SerializationError(f"naam: the calendar name {fout.reason}") from None


def _herinneringen(herinneringen: object) -> tuple[int, ...]:
    if isinstance(herinneringen, str | bytes) or not isinstance(herinneringen, Iterable):
        raise SerializationError(
            f"herinneringen: expected days before the due date (a sequence of whole "
            f"numbers), got {type(herinneringen).__name__}"
        )
    dagen = tuple(herinneringen)
    for d in dagen:
        if isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 366:
            raise SerializationError(
                f"herinneringen: expected whole numbers of days from 0 to 366, got {_kort(d)}"
            )
    return tuple(sorted(set(dagen), reverse=True))


def _paren(tijdlijnen: object) -> list[tuple[str, Tijdlijn]]:
    if not isinstance(tijdlijnen, Iterable):
        raise SerializationError(
            f"tijdlijnen: expected (kenmerk, Tijdlijn) pairs, got {type(tijdlijnen).__name__}"
        )
    paren: list[tuple[str, Tijdlijn]] = []
    for i, paar in enumerate(tijdlijnen):
        if not isinstance(paar, tuple) or len(paar) != 2 or not isinstance(paar[1], Tijdlijn):
            raise SerializationError(f"tijdlijnen[{i}]: expected a (kenmerk, Tijdlijn) pair")
        sleutel = paar[0]
        if not isinstance(sleutel, str) or not sleutel.strip():
            raise SerializationError(
                f"kenmerk: expected a non-empty id, got {type(sleutel).__name__} {_kort(sleutel)}"
            )
        if len(sleutel) > MAX_TEKST:
            raise SerializationError(
                f"kenmerk: {len(sleutel):,} characters, over the limit of {MAX_TEKST:,} for a text"
            )
        paren.append((sleutel, paar[1]))
    return paren


def _gebeurtenis(
    ical: Any,
    termijn: Termijn,
    tijdlijn: Tijdlijn,
    sleutel: str,
    stempel: _dt.datetime,
    herinneringen: tuple[int, ...],
    meerdere: bool,
) -> Any:
    gebeurtenis = ical.Event()
    gebeurtenis.add("uid", uid_van(termijn, tijdlijn.eerste_ziektedag, sleutel))
    gebeurtenis.add("dtstamp", stempel)
    gebeurtenis.add("sequence", volgnummer_van(stempel))
    gebeurtenis.add("dtstart", termijn.uiterlijk)
    if termijn.uiterlijk < _dt.date.max:  # else one day by default (RFC 5545 3.6.1)
        gebeurtenis.add("dtend", termijn.uiterlijk + _DAG)
    samenvatting = _samenvatting(termijn)
    gebeurtenis.add("summary", f"{sleutel}: {samenvatting}" if meerdere else samenvatting)
    gebeurtenis.add("description", _beschrijving(termijn))
    vervallen = termijn.status in _VERVALLEN
    gebeurtenis.add("status", "CANCELLED" if vervallen else "CONFIRMED")
    gebeurtenis.add("transp", "TRANSPARENT")
    gebeurtenis.add("categories", [termijn.soort.value])
    if not vervallen and termijn.afgerond_op is None:
        for dagen in herinneringen:
            alarm = ical.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"Due in {dagen} day(s): {samenvatting}")
            alarm.add("trigger", -_dt.timedelta(days=dagen))
            gebeurtenis.add_component(alarm)
    return gebeurtenis

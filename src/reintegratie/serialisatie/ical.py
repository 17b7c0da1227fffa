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
  else ``CONFIRMED``; ``CATEGORIES``: the kind of termijn (deadline, moment).

The events are marked free time (``TRANSP:TRANSPARENT``): a deadline does not
block the day.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import importlib
import urllib.parse
from typing import Any, Final

from reintegratie.errors import SerializationError
from reintegratie.regels.engine import Status, Termijn, Tijdlijn

__all__ = ["PRODID", "naar_ical", "uid_van"]

#: The PRODID of every calendar written.
PRODID: Final = "-//reintegratie//termijnen//NL"

_VERVALLEN: Final = frozenset({Status.VERVALLEN, Status.NIET_VAN_TOEPASSING})
_DAG: Final = _dt.timedelta(days=1)


def _icalendar() -> Any:
    try:
        return importlib.import_module("icalendar")
    except ImportError as fout:
        raise ImportError(
            "naar_ical needs the optional package 'icalendar': install the extra with "
            "pip install 'reintegratie[ical]'"
        ) from fout


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
) -> bytes:
    """*tijdlijn* as an iCalendar file (RFC 5545): one all-day event per Termijn.

    *naam* is the calendar's name (``X-WR-CALNAME``). *kenmerk* identifies the
    traject in the UIDs (its id or the employee's id; *naam* when not given): give
    the same one every time so that events are updated, not doubled. *tijdstip*
    is the ``DTSTAMP`` of every event (an aware datetime; now when not given).

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
    if not isinstance(naam, str) or not naam.strip():
        raise SerializationError(f"naam: expected a non-empty calendar name, got {naam!r}")
    sleutel = naam if kenmerk is None else kenmerk
    if not isinstance(sleutel, str) or not sleutel.strip():
        raise SerializationError(f"kenmerk: expected a non-empty id, got {kenmerk!r}")
    if tijdstip is None:
        tijdstip = _dt.datetime.now(_dt.UTC)
    elif not isinstance(tijdstip, _dt.datetime) or tijdstip.utcoffset() is None:
        raise SerializationError(f"tijdstip: expected an aware datetime, got {tijdstip!r}")
    stempel = tijdstip.astimezone(_dt.UTC).replace(microsecond=0)

    ical = _icalendar()
    kalender = ical.Calendar()
    kalender.add("prodid", PRODID)
    kalender.add("version", "2.0")
    kalender.add("calscale", "GREGORIAN")
    kalender.add("x-wr-calname", naam)
    for termijn in tijdlijn.termijnen:
        gebeurtenis = ical.Event()
        gebeurtenis.add("uid", uid_van(termijn, tijdlijn.eerste_ziektedag, sleutel))
        gebeurtenis.add("dtstamp", stempel)
        gebeurtenis.add("dtstart", termijn.uiterlijk)
        if termijn.uiterlijk < _dt.date.max:  # else one day by default (RFC 5545 3.6.1)
            gebeurtenis.add("dtend", termijn.uiterlijk + _DAG)
        gebeurtenis.add("summary", _samenvatting(termijn))
        gebeurtenis.add("description", _beschrijving(termijn))
        gebeurtenis.add("status", "CANCELLED" if termijn.status in _VERVALLEN else "CONFIRMED")
        gebeurtenis.add("transp", "TRANSPARENT")
        gebeurtenis.add("categories", [termijn.soort.value])
        kalender.add_component(gebeurtenis)
    resultaat: bytes = kalender.to_ical()
    return resultaat

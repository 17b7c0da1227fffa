"""``reintegratie caseload FILE``: the KPI report of a JSON Lines caseload, as text, JSON or CSV.

The file holds one enveloped traject per line (:func:`~reintegratie.schrijf_jsonl`).
The period is ``--van`` .. ``--tot``; left out, it is the span of the file: from the
earliest first sick day to the latest date recorded in it (a sickness period's first
or last day, an event). ``--peildatum`` defaults to the day after ``--tot``, as in
:func:`~reintegratie.analyse.kpis`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import json
from collections.abc import Callable
from typing import Any, TextIO

from reintegratie._argumenten import gecontroleerd
from reintegratie.analyse.caseload import Caseload
from reintegratie.analyse.kpi import kpis
from reintegratie.errors import SerializationError, ValidationError

__all__ = ["registreer", "voer_uit"]


@gecontroleerd
def registreer(sub: Any, datum: Callable[[str], _dt.date]) -> argparse.ArgumentParser:
    """Add the ``caseload`` command to the subparsers *sub*; *datum* parses a date option."""
    p: argparse.ArgumentParser = sub.add_parser(
        "caseload", help="the KPI report of a caseload in JSON Lines"
    )
    p.add_argument("bestand", help="a JSON Lines file, one reintegratie/traject per line")
    p.add_argument("--van", type=datum, help="first day of the period (default: the file's)")
    p.add_argument("--tot", type=datum, help="last day of the period (default: the file's)")
    p.add_argument("--peildatum", type=datum, help="judge as of this date (default: tot + 1)")
    vorm = p.add_mutually_exclusive_group()
    vorm.add_argument("--json", action="store_true", help="print JSON instead of text")
    vorm.add_argument("--csv", action="store_true", help="print CSV rows: figure,measure,value")
    p.set_defaults(functie=voer_uit)
    return p


def _span(caseload: Caseload) -> tuple[_dt.date, _dt.date]:
    eerste: _dt.date | None = None
    laatste: _dt.date | None = None
    for t in caseload:
        dagen = [p.eerste_dag for p in t.ziekteperioden]
        dagen += [p.laatste_dag for p in t.ziekteperioden if p.laatste_dag is not None]
        dagen += [g.datum for g in t.gebeurtenissen]
        if t.ziekteperioden:
            x = t.ziekteperioden[0].eerste_dag
            eerste = x if eerste is None else min(eerste, x)
        if dagen:
            laatste = max(dagen) if laatste is None else max(laatste, *dagen)
    if eerste is None or laatste is None:
        raise ValidationError(
            "bestand", "no sickness recorded: give the period with --van and --tot"
        )
    return eerste, laatste


@gecontroleerd
def voer_uit(args: argparse.Namespace, uit: TextIO) -> int:
    """Read the caseload, compute :func:`~reintegratie.analyse.kpis`, print it; returns 0."""
    try:
        caseload = Caseload.uit_jsonl(args.bestand)
    except OSError as fout:
        raise SerializationError(f"cannot read {args.bestand}: {fout.strerror}") from None
    van, tot = args.van, args.tot
    if van is None or tot is None:
        begin, einde = _span(caseload)
        van = begin if van is None else van
        tot = einde if tot is None else tot
    rapport = kpis(caseload, van, tot, args.peildatum)
    if args.json:
        json.dump(rapport.als_dict(), uit, ensure_ascii=False, indent=2)
        uit.write("\n")
    elif args.csv:
        schrijver = csv.writer(uit, lineterminator="\n")
        schrijver.writerow(("figuur", "maat", "waarde"))
        schrijver.writerows(("" if w is None else w for w in rij) for rij in rapport.als_rijen())
    else:
        uit.write(rapport.als_tekst() + "\n")
    return 0

"""``reintegratie caseload FILE``: the KPI report of a JSON Lines caseload, as text, JSON or CSV.

The file holds one enveloped traject per line (:func:`~reintegratie.schrijf_jsonl`).
The period is ``--van`` .. ``--tot``; left out, it is the span of the file: from the
earliest first sick day to the latest date recorded in it (a sickness period's first
or last day, an event). ``--peildatum`` defaults to the day after ``--tot``, as in
:func:`~reintegratie.analyse.kpis`.

With pyarrow installed (extra ``arrow``) the file is read into columns
(:func:`~reintegratie.analyse.lees_kolommen`) and the report computed from them
(:meth:`~reintegratie.analyse.Caseloadkolommen.kpis`), with the same output; that reader
checks the fields the figures read. ``--streng`` reads every traject with the strict
reader instead (every field and invariant checked, an object per dossier), as does the
command without pyarrow, and for a file holding documents of an older version (which the
strict reader upgrades; the columnar reader reads the current version only).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import importlib.util
import json
from collections.abc import Callable
from typing import Any, TextIO

from reintegratie._argumenten import gecontroleerd
from reintegratie.analyse._extra import importeer
from reintegratie.analyse.caseload import Caseload
from reintegratie.analyse.kpi import kpis
from reintegratie.errors import SerializationError, UnsupportedVersionError, ValidationError

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
    p.add_argument(
        "--streng",
        action="store_true",
        help="read every traject with the strict reader (slower; the default without pyarrow)",
    )
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


def _kolommen(bestand: str) -> Any | None:
    """The caseload as Arrow columns, or ``None`` without pyarrow."""
    if importlib.util.find_spec("pyarrow") is None:
        return None
    from reintegratie.analyse.arrow import lees_kolommen

    return lees_kolommen(bestand, "jsonl")


def _span_kolommen(kolommen: Any) -> tuple[_dt.date, _dt.date]:
    """:func:`_span` on the columns: the earliest first sick day, the latest date."""
    pc = importeer("pyarrow.compute", "reading caseloads into columns")
    data = kolommen.tabel.column("data").combine_chunks()
    perioden = data.field("ziekteperioden").flatten()
    gebeurtenissen = data.field("gebeurtenissen").flatten()
    eerste = pc.min(perioden.field("eerste_dag")).as_py()
    laatste = [
        pc.max(perioden.field("eerste_dag")).as_py(),
        pc.max(perioden.field("laatste_dag")).as_py(),
        pc.max(gebeurtenissen.field("datum")).as_py(),
    ]
    dagen = [d for d in laatste if d is not None]
    if eerste is None or not dagen:
        raise ValidationError(
            "bestand", "no sickness recorded: give the period with --van and --tot"
        )
    return eerste, max(dagen)


@gecontroleerd
def voer_uit(args: argparse.Namespace, uit: TextIO) -> int:
    """Read the caseload, compute :func:`~reintegratie.analyse.kpis`, print it; returns 0."""
    if not isinstance(args, argparse.Namespace):
        raise ValidationError("args", f"expected an argparse.Namespace, got {type(args).__name__}")
    for naam in ("bestand", "van", "tot", "peildatum", "json", "csv"):
        if not hasattr(args, naam):
            raise ValidationError(f"args.{naam}", "missing: parse the arguments with the parser")
    if not callable(getattr(uit, "write", None)):
        raise ValidationError("uit", f"expected a text file, got {type(uit).__name__}")
    van, tot = args.van, args.tot
    try:
        try:
            kolommen = None if getattr(args, "streng", False) else _kolommen(args.bestand)
        except UnsupportedVersionError:  # an older version: the strict reader upgrades it
            kolommen = None
        caseload = None if kolommen is not None else Caseload.uit_jsonl(args.bestand)
    except OSError as fout:
        raise SerializationError(f"cannot read {args.bestand}: {fout.strerror}") from None
    if van is None or tot is None:
        begin, einde = _span(caseload) if caseload is not None else _span_kolommen(kolommen)
        van = begin if van is None else van
        tot = einde if tot is None else tot
    if caseload is not None:
        rapport = kpis(caseload, van, tot, args.peildatum)
    else:
        assert kolommen is not None
        rapport = kolommen.kpis(van, tot, args.peildatum)
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

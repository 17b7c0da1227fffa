"""The command line: ``reintegratie tijdlijn``, ``toets``, ``rollen``, ``ical``, ``regels``
and ``demo`` (also ``python -m reintegratie``).

Thin: parse, call the library, print. Exit codes: 0 fine, 1 findings of
severity *overtreding* (``toets``, ``rollen``), 2 bad input (one line on stderr,
no traceback), 3 an internal error (one line too; please report it).

Made for pipelines: a DOSSIER argument of ``-`` reads standard input; ``toets``
reads JSON Lines (one traject per line: a ``.jsonl`` file, or ``--jsonl``);
``--json`` prints the library's JSON documents (JSON Lines where there are
several). Only regular files up to :data:`~reintegratie.serialisatie.grenzen.MAX_BESTAND_BYTES`
are read (a FIFO, a device or a directory is refused).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import io
import json
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NoReturn, TextIO

import attrs

from reintegratie import __version__
from reintegratie.errors import ReintegratieError
from reintegratie.regels import (
    Bevinding,
    Ernst,
    Regel,
    Telwijze,
    Tijdlijn,
    regelset,
    tijdlijn,
    toets,
)
from reintegratie.traject import Jurisdictie, Traject
from reintegratie.verzuim import Ziekteperiode

__all__ = ["main"]

OK, OVERTREDINGEN, FOUT, INTERN = 0, 1, 2, 3


class _InvoerError(Exception):
    """Bad command-line input; the message is printed as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _InvoerError(f"{message} (see '{self.prog} --help')")


def _datum(tekst: str) -> _dt.date:
    try:
        return _dt.date.fromisoformat(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {tekst!r}") from None


def _dag(dag: _dt.date | None) -> str:
    return "" if dag is None else f"{dag.isoformat()} {dag:%a}"


def _tabel(rijen: Sequence[Sequence[str]], kop: Sequence[str], uit: TextIO) -> None:
    breedtes = [max(len(kop[i]), *(len(r[i]) for r in rijen)) for i in range(len(kop) - 1)]

    def regel(cellen: Sequence[str]) -> str:
        return "  ".join(
            [*(c.ljust(b) for c, b in zip(cellen, breedtes, strict=False)), cellen[-1]]
        ).rstrip()

    print(regel(kop), file=uit)
    print(regel(["-" * b for b in breedtes] + ["-" * len(kop[-1])]), file=uit)
    for r in rijen:
        print(regel(r), file=uit)


def print_tijdlijn(tl: Tijdlijn, uit: TextIO) -> None:
    """Print a Tijdlijn as a table."""
    if not tl.termijnen:
        print("No termijnen: the traject has no sickness.", file=uit)
        return
    rijen = []
    for t in tl:
        code = f"{t.code} #{t.volgnummer}" if t.code == "evaluatie" else t.code
        rijen.append(
            [
                _dag(t.uiterlijk),
                code,
                t.status.value,
                _dag(t.afgerond_op),
                ", ".join(r.value for r in t.verantwoordelijk),
                t.bron,
            ]
        )
    _tabel(rijen, ["uiterlijk", "termijn", "status", "gedaan", "wie", "bron"], uit)


def print_bevindingen(bevindingen: Sequence[Bevinding], uit: TextIO) -> None:
    """Print findings, one block each."""
    if not bevindingen:
        print("No findings.", file=uit)
        return
    for b in bevindingen:
        print(f"[{b.ernst.value}] {b.code}: {b.melding}", file=uit)
        if b.gevolg:
            print(f"    gevolg: {b.gevolg}", file=uit)
        print(f"    bron:   {b.bron}", file=uit)


def _lees_bytes(pad: str) -> bytes:
    """The bytes of the regular file *pad* (``-``: standard input), within the size limit."""
    from reintegratie.serialisatie.grenzen import MAX_BESTAND_BYTES

    if pad == "-":
        bron = sys.stdin.buffer
        data = bron.read(MAX_BESTAND_BYTES + 1)
    else:
        try:
            with open(pad, "rb") as bestand:
                status = os.fstat(bestand.fileno())
                if not stat.S_ISREG(status.st_mode):
                    raise _InvoerError(f"{pad}: not a regular file")
                if status.st_size > MAX_BESTAND_BYTES:
                    raise _InvoerError(
                        f"{pad}: {status.st_size:,} bytes, over the limit of {MAX_BESTAND_BYTES:,}"
                    )
                data = bestand.read(MAX_BESTAND_BYTES + 1)
        except OSError as fout:
            raise _InvoerError(f"cannot read {pad}: {fout.strerror or fout}") from None
    if len(data) > MAX_BESTAND_BYTES:
        raise _InvoerError(f"{_naam(pad)}: over the limit of {MAX_BESTAND_BYTES:,} bytes")
    return data


def _naam(pad: str) -> str:
    return "standard input" if pad == "-" else pad


def _lees_dossier(pad: str) -> Traject:
    from reintegratie.serialisatie import from_json

    try:
        return from_json(_lees_bytes(pad))
    except ReintegratieError as fout:
        raise _InvoerError(f"{_naam(pad)}: {fout}") from None


def _lees_dossiers(pad: str, jsonl: bool) -> Iterator[tuple[str, Traject]]:
    """(label, traject) for the one dossier at *pad*, or for every line of JSON Lines."""
    if not (jsonl or pad.endswith((".jsonl", ".ndjson"))):
        traject = _lees_dossier(pad)
        yield _label(traject, None), traject
        return
    from reintegratie.serialisatie import lees_jsonl

    regels = io.BytesIO(_lees_bytes(pad))
    try:
        for nummer, traject in enumerate(lees_jsonl(regels), 1):
            yield _label(traject, nummer), traject
    except ReintegratieError as fout:
        raise _InvoerError(f"{_naam(pad)}: {fout}") from None


def _label(traject: Traject, regel: int | None) -> str:
    naam = traject.id or traject.werknemer
    return naam if regel is None else f"{naam} (line {regel})"


def _met_jurisdictie(traject: Traject, jurisdictie: str | None) -> Traject:
    if jurisdictie is None:
        return traject
    return attrs.evolve(traject, jurisdictie=Jurisdictie(jurisdictie))


def _als_json(obj: object, uit: TextIO, type_: object = None) -> None:
    from reintegratie.serialisatie import to_json

    print(to_json(obj, type_=type_), file=uit)


def _cmd_tijdlijn(args: argparse.Namespace, uit: TextIO) -> int:
    if (args.dossier is None) == (args.eerste_ziektedag is None):
        raise _InvoerError("give either a DOSSIER.json or --eerste-ziektedag, not both or neither")
    if args.dossier is not None:
        traject = _lees_dossier(args.dossier)
    else:
        traject = Traject(
            werknemer="werknemer",
            werkgever="werkgever",
            ziekteperioden=(Ziekteperiode(eerste_dag=args.eerste_ziektedag),),
        )
    traject = _met_jurisdictie(traject, args.jurisdictie)
    tl = tijdlijn(traject, args.peildatum, telwijze=Telwijze(args.telwijze))
    if args.json:
        _als_json(tl, uit)
    else:
        print_tijdlijn(tl, uit)
    return OK


def _cmd_toets(args: argparse.Namespace, uit: TextIO) -> int:
    overtreding = False
    meerdere = args.jsonl or args.dossier.endswith((".jsonl", ".ndjson"))
    for i, (label, traject) in enumerate(_lees_dossiers(args.dossier, args.jsonl)):
        traject = _met_jurisdictie(traject, args.jurisdictie)
        bevindingen = toets(traject, args.peildatum, telwijze=Telwijze(args.telwijze))
        overtreding = overtreding or any(b.ernst is Ernst.OVERTREDING for b in bevindingen)
        if args.json:
            _als_json(bevindingen, uit)
            continue
        if meerdere:
            print(("\n" if i else "") + f"== {label}", file=uit)
        print_bevindingen(bevindingen, uit)
    return OVERTREDINGEN if overtreding else OK


def _cmd_rollen(args: argparse.Namespace, uit: TextIO) -> int:
    from reintegratie.rolverdeling import rolcontrole, rolverdeling, rolverdeling_als_tekst
    from reintegratie.serialisatie import Rolverdeling

    traject = _met_jurisdictie(_lees_dossier(args.dossier), args.jurisdictie)
    telwijze = Telwijze(args.telwijze)
    rijen = rolverdeling(traject, args.peildatum, telwijze=telwijze)
    if args.json:
        _als_json(rijen, uit, Rolverdeling)
    else:
        print(rolverdeling_als_tekst(rijen), file=uit)
    if args.peildatum is None:
        return OK
    bevindingen = rolcontrole(traject, args.peildatum, telwijze=telwijze)
    if args.json:
        _als_json(bevindingen, uit)
    else:
        print(file=uit)
        print_bevindingen(bevindingen, uit)
    return OVERTREDINGEN if any(b.ernst is Ernst.OVERTREDING for b in bevindingen) else OK


def _casemanagers(traject: Traject) -> list[str]:
    """The casemanagers of *traject*: named in its latest plan van aanpak, else its
    betrokkenen with that role; ``geen-casemanager`` when there is none."""
    from reintegratie.gebeurtenissen import PlanVanAanpak
    from reintegratie.rollen import Rol

    for g in reversed(traject.gebeurtenissen):
        if isinstance(g, PlanVanAanpak) and g.casemanager is not None:
            return [g.casemanager]
    ids = [b.id for b in traject.betrokkenen if Rol.CASEMANAGER in b.rollen]
    return ids or ["geen-casemanager"]


def _cmd_ical(args: argparse.Namespace, uit: TextIO) -> int:
    from reintegratie.serialisatie.ical import naar_ical_caseload

    per: dict[str, list[tuple[str, Tijdlijn]]] = {}
    for label, traject in _lees_dossiers(args.dossier, args.jsonl):
        traject = _met_jurisdictie(traject, args.jurisdictie)
        kenmerk = traject.id or traject.werknemer
        tl = tijdlijn(traject, args.peildatum, telwijze=Telwijze(args.telwijze))
        sleutels = _casemanagers(traject) if args.per_casemanager else [""]
        for sleutel in sleutels:
            per.setdefault(sleutel, []).append((kenmerk, tl))
        del label
    if not per:
        raise _InvoerError(f"{_naam(args.dossier)}: no trajecten to export")
    herinneringen = tuple(args.herinnering or ())
    if not args.per_casemanager:
        naam = args.naam or "reintegratie"
        ics = naar_ical_caseload(per[""], naam=naam, herinneringen=herinneringen)
        if args.json:
            document = {"naam": naam, "trajecten": len(per[""]), "ical": ics.decode("utf-8")}
            _schrijf_json(document, uit)
        else:
            uit.write(ics.decode("utf-8"))
        return OK
    if args.uitvoer is None:
        raise _InvoerError("--per-casemanager writes one file per casemanager: give --uitvoer DIR")
    map_ = Path(args.uitvoer)
    try:
        map_.mkdir(parents=True, exist_ok=True)
        for casemanager, tijdlijnen in sorted(per.items()):
            naam = f"{args.naam or 'reintegratie'} {casemanager}"
            ics = naar_ical_caseload(tijdlijnen, naam=naam, herinneringen=herinneringen)
            veilig = "".join(c if c.isalnum() or c in "-_." else "_" for c in casemanager)
            (map_ / f"{veilig}.ics").write_bytes(ics)
            if args.json:
                regel = {
                    "bestand": str(map_ / f"{veilig}.ics"),
                    "casemanager": casemanager,
                    "trajecten": len(tijdlijnen),
                }
                _schrijf_json(regel, uit)
            else:
                print(f"{map_ / f'{veilig}.ics'}: {len(tijdlijnen)} traject(en)", file=uit)
    except OSError as fout:
        raise _InvoerError(f"cannot write {map_}: {fout.strerror or fout}") from None
    return OK


def _cmd_regels(args: argparse.Namespace, uit: TextIO) -> int:
    from reintegratie.regels.referentie import (
        gevolgen_op,
        in_werking_op,
        regelpagina,
        regels_als_data,
        regels_als_markdown,
        wetswijzigingen,
        wetswijzigingen_pagina,
        wijzigingen_als_data,
    )

    if args.pagina:
        if args.json:
            raise _InvoerError("--pagina prints the Markdown page; leave out --json")
        print(regelpagina(), end="", file=uit)
    elif args.wijzigingen:
        if args.json:
            _schrijf_json({"wijzigingen": wijzigingen_als_data(wetswijzigingen())}, uit)
        else:
            print(wetswijzigingen_pagina(), end="", file=uit)
    elif args.json:
        regels = regelset(Jurisdictie(args.jurisdictie), Telwijze(args.telwijze))
        if args.op is not None:
            regels = tuple(_in_werking(r, args.op) for r in in_werking_op(regels, args.op))
        document = {
            "jurisdictie": args.jurisdictie,
            "telwijze": args.telwijze,
            "op": None if args.op is None else args.op.isoformat(),
            "regels": regels_als_data(regels),
        }
        _schrijf_json(document, uit)
    else:
        regels = regelset(Jurisdictie(args.jurisdictie), Telwijze(args.telwijze))
        if args.op is not None:
            regels = in_werking_op(regels, args.op)
            print(f"Rules in force on {_dag(args.op)}:", file=uit)
            print(file=uit)
        print(regels_als_markdown(regels), file=uit)
        gevolgen = gevolgen_op(regels, args.op) if args.op is not None else []
        if gevolgen:
            print(file=uit)
            print(f"Dated consequences and requirements in force on {_dag(args.op)}:", file=uit)
            print("\n".join(gevolgen), file=uit)
    return OK


def _in_werking(regel: Regel, dag: _dt.date) -> Regel:
    """*regel* with only the consequences, requirements and extensions in force on *dag*."""
    return attrs.evolve(
        regel,
        gevolgen=tuple(g for g in regel.gevolgen if g.geldig_op(dag)),
        vereisten=tuple(v for v in regel.vereisten if v.geldig_op(dag)),
        verlengingen=tuple(v for v in regel.verlengingen if v.geldig_op(dag)),
    )


def _schrijf_json(document: object, uit: TextIO) -> None:
    """*document* as one line of JSON (non-ASCII as is)."""
    print(json.dumps(document, ensure_ascii=False), file=uit)


def _cmd_demo(args: argparse.Namespace, uit: TextIO) -> int:
    from reintegratie.serialisatie import to_dict
    from reintegratie.voorbeelden import VOORBEELDEN

    if args.json:
        for v in VOORBEELDEN:
            regel = {
                "naam": v.naam,
                "peildatum": v.peildatum.isoformat(),
                "traject": to_dict(v.traject),
                "tijdlijn": to_dict(tijdlijn(v.traject, v.peildatum)),
                "bevindingen": to_dict(toets(v.traject, v.peildatum)),
            }
            print(json.dumps(regel, ensure_ascii=False, separators=(",", ":")), file=uit)
        return OK
    for i, v in enumerate(VOORBEELDEN):
        if i:
            print(file=uit)
        print(f"== {v.titel} ({v.naam})", file=uit)
        print(v.verhaal, file=uit)
        x = v.traject.eerste_ziektedag
        regels = "Flemish" if v.traject.jurisdictie is Jurisdictie.VL else "Dutch"
        print(
            f"First sick day {_dag(x)}; checked on {_dag(v.peildatum)} ({regels} rules).",
            file=uit,
        )
        print(file=uit)
        print_tijdlijn(tijdlijn(v.traject, v.peildatum), uit)
        print(file=uit)
        print_bevindingen(toets(v.traject, v.peildatum), uit)
    return OK


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="reintegratie",
        description="Wet verbetering poortwachter deadlines and compliance checks; the "
        "Flemish re-integratietraject with --jurisdictie vl. DOSSIER '-' reads standard "
        "input. Exit codes: 0 fine, 1 an overtreding found, 2 bad input, 3 internal error.",
    )
    parser.add_argument("--version", action="version", version=f"reintegratie {__version__}")
    sub = parser.add_subparsers(dest="opdracht", required=True, parser_class=_Parser)
    telwijzen = [t.value for t in Telwijze]
    jurisdicties = [j.value for j in Jurisdictie]

    p = sub.add_parser("tijdlijn", help="print every termijn of a traject")
    p.add_argument("dossier", nargs="?", help="a traject as JSON (reintegratie/traject)")
    p.add_argument("--eerste-ziektedag", type=_datum, help="first sick day X (YYYY-MM-DD)")
    p.add_argument("--peildatum", type=_datum, help="judge statuses as of this date")
    p.add_argument("--telwijze", choices=telwijzen, default=Telwijze.EINDE_WEEK.value)
    p.add_argument(
        "--jurisdictie",
        choices=jurisdicties,
        help="whose rules apply (default: the dossier's; nl without a dossier)",
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(functie=_cmd_tijdlijn)

    jurisdictie_hulp = "whose rules apply (default: the dossier's)"
    p = sub.add_parser("toets", help="check a dossier, or a caseload, on a peildatum")
    p.add_argument(
        "dossier",
        help="a traject as JSON (reintegratie/traject), or JSON Lines of trajecten "
        "(a .jsonl file, or --jsonl); '-' reads standard input",
    )
    p.add_argument("--peildatum", type=_datum, required=True, help="the date to check on")
    p.add_argument("--telwijze", choices=telwijzen, default=Telwijze.EINDE_WEEK.value)
    p.add_argument("--jurisdictie", choices=jurisdicties, help=jurisdictie_hulp)
    p.add_argument("--jsonl", action="store_true", help="read JSON Lines, one traject a line")
    p.add_argument(
        "--json", action="store_true", help="print JSON (one findings document per dossier)"
    )
    p.set_defaults(functie=_cmd_toets)

    p = sub.add_parser("rollen", help="who does what in each step (and role checks)")
    p.add_argument("dossier", help="a traject as JSON; '-' reads standard input")
    p.add_argument(
        "--peildatum",
        type=_datum,
        help="also check the roles on this date (exit 1 on an overtreding)",
    )
    p.add_argument("--telwijze", choices=telwijzen, default=Telwijze.EINDE_WEEK.value)
    p.add_argument("--jurisdictie", choices=jurisdicties, help=jurisdictie_hulp)
    p.add_argument(
        "--json",
        action="store_true",
        help="print JSON: the rolverdeling document (and, with --peildatum, the findings)",
    )
    p.set_defaults(functie=_cmd_rollen)

    p = sub.add_parser("ical", help="the termijnen of a dossier or a caseload as an iCalendar file")
    p.add_argument(
        "dossier", help="a traject as JSON, or JSON Lines (.jsonl or --jsonl); '-' for stdin"
    )
    p.add_argument("--peildatum", type=_datum, help="judge statuses as of this date")
    p.add_argument("--telwijze", choices=telwijzen, default=Telwijze.EINDE_WEEK.value)
    p.add_argument("--jurisdictie", choices=jurisdicties, help=jurisdictie_hulp)
    p.add_argument("--jsonl", action="store_true", help="read JSON Lines, one traject a line")
    p.add_argument("--naam", help="the calendar's name (default: reintegratie)")
    p.add_argument(
        "--herinnering",
        type=_dagen,
        action="append",
        metavar="DAGEN",
        help="a reminder DAGEN days before each open termijn (repeatable)",
    )
    p.add_argument(
        "--per-casemanager",
        action="store_true",
        help="one calendar per casemanager (named in the plan van aanpak), into --uitvoer DIR",
    )
    p.add_argument("--uitvoer", metavar="DIR", help="the directory for --per-casemanager")
    p.add_argument(
        "--json",
        action="store_true",
        help="print JSON: the calendar as a string with its name and size, or (with "
        "--per-casemanager) one line per file written",
    )
    p.set_defaults(functie=_cmd_ical)

    p = sub.add_parser("regels", help="print a rule set as a Markdown table")
    p.add_argument("--telwijze", choices=telwijzen, default=Telwijze.EINDE_WEEK.value)
    p.add_argument(
        "--jurisdictie",
        choices=jurisdicties,
        default=Jurisdictie.NL.value,
        help="nl: the Dutch poortwachter rules (default); vl: the Flemish re-integratietraject",
    )
    p.add_argument("--op", type=_datum, help="only the rules in force on this date (YYYY-MM-DD)")
    p.add_argument("--pagina", action="store_true", help="the whole docs/regels.md page")
    p.add_argument(
        "--wijzigingen",
        action="store_true",
        help="the whole docs/wetswijzigingen.md page: every change of the law by date",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="print JSON: the rules with their dates, sources and deadline arithmetic as data "
        "(with --wijzigingen: every dated change)",
    )
    p.set_defaults(functie=_cmd_regels)

    p = sub.add_parser("demo", help="run tijdlijn and toets over the built-in sample dossiers")
    p.add_argument(
        "--json", action="store_true", help="print JSON Lines: one sample dossier a line"
    )
    p.set_defaults(functie=_cmd_demo)

    from reintegratie.analyse import opdracht  # reintegratie caseload FILE

    opdracht.registreer(sub, _datum)
    return parser


def _dagen(tekst: str) -> int:
    try:
        dagen = int(tekst)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of days: {tekst!r}") from None
    if not 0 <= dagen <= 366:
        raise argparse.ArgumentTypeError(f"days before the due date, 0 to 366: {dagen}")
    return dagen


def _meld(soort: str, fout: object) -> None:
    """One line on stderr, whatever the message holds (line breaks, lone surrogates)."""
    tekst = " ".join(str(fout).split())
    tekst = tekst.encode("utf-8", "backslashreplace").decode("utf-8")
    regel = f"reintegratie: {soort}: {tekst}\n"
    try:
        sys.stderr.write(regel)
        sys.stderr.flush()
    except (OSError, ValueError, UnicodeError):  # stderr closed or not able to encode
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(regel.encode("ascii", "backslashreplace").decode("ascii"))


def main(argv: Sequence[str] | None = None, uit: TextIO | None = None) -> int:
    """Run the command line; returns the exit code. Never raises (but ``SystemExit``
    for ``--help`` and ``--version``), never prints a traceback."""
    uit = uit if uit is not None else sys.stdout
    try:
        args = _parser().parse_args(argv)
        return int(args.functie(args, uit))
    except (_InvoerError, ReintegratieError) as fout:
        _meld("error", fout)
        return FOUT
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly
        with contextlib.suppress(OSError):
            sys.stderr.close()
        return OK
    except KeyboardInterrupt:
        _meld("error", "interrupted")
        return 130
    except (RecursionError, MemoryError) as fout:
        _meld("error", f"the input is too large or too deeply nested ({type(fout).__name__})")
        return FOUT
    except Exception as fout:  # a bug: one line, not a traceback
        _meld("internal error", f"{type(fout).__name__}: {fout} (please report this)")
        return INTERN


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

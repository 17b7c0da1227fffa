"""The command line: ``reintegratie tijdlijn``, ``toets``, ``regels`` and ``demo``.

Thin: parse, call the library, print. Exit codes: 0 fine, 1 findings of
severity *overtreding* (``toets``), 2 bad input (one line on stderr, no
traceback).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

import attrs

from reintegratie.errors import ReintegratieError
from reintegratie.regels import (
    Bevinding,
    Ernst,
    Telwijze,
    Tijdlijn,
    regelset,
    tijdlijn,
    toets,
)
from reintegratie.traject import Jurisdictie, Traject
from reintegratie.verzuim import Ziekteperiode

__all__ = ["main"]

OK, OVERTREDINGEN, FOUT = 0, 1, 2


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


def _lees_dossier(pad: str) -> Traject:
    from reintegratie.serialisatie import from_json

    try:
        tekst = Path(pad).read_text(encoding="utf-8")
    except OSError as fout:
        raise _InvoerError(f"cannot read {pad}: {fout.strerror}") from None
    traject = from_json(tekst)
    if not isinstance(traject, Traject):
        raise _InvoerError(f"{pad} holds no traject")
    return traject


def _als_json(obj: object, uit: TextIO) -> None:
    from reintegratie.serialisatie import to_json

    print(to_json(obj), file=uit)


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
    if args.jurisdictie is not None:
        traject = attrs.evolve(traject, jurisdictie=Jurisdictie(args.jurisdictie))
    tl = tijdlijn(traject, args.peildatum, telwijze=Telwijze(args.telwijze))
    if args.json:
        _als_json(tl, uit)
    else:
        print_tijdlijn(tl, uit)
    return OK


def _cmd_toets(args: argparse.Namespace, uit: TextIO) -> int:
    traject = _lees_dossier(args.dossier)
    bevindingen = toets(traject, args.peildatum, telwijze=Telwijze(args.telwijze))
    if args.json:
        _als_json(bevindingen, uit)
    else:
        print_bevindingen(bevindingen, uit)
    return OVERTREDINGEN if any(b.ernst is Ernst.OVERTREDING for b in bevindingen) else OK


def _cmd_rollen(args: argparse.Namespace, uit: TextIO) -> int:
    from reintegratie.rolverdeling import rolcontrole, rolverdeling, rolverdeling_als_tekst

    traject = _lees_dossier(args.dossier)
    telwijze = Telwijze(args.telwijze)
    print(
        rolverdeling_als_tekst(rolverdeling(traject, args.peildatum, telwijze=telwijze)), file=uit
    )
    if args.peildatum is None:
        return OK
    bevindingen = rolcontrole(traject, args.peildatum, telwijze=telwijze)
    print(file=uit)
    print_bevindingen(bevindingen, uit)
    return OVERTREDINGEN if any(b.ernst is Ernst.OVERTREDING for b in bevindingen) else OK


def _cmd_regels(args: argparse.Namespace, uit: TextIO) -> int:
    from reintegratie.regels.referentie import (
        gevolgen_op,
        in_werking_op,
        regelpagina,
        regels_als_markdown,
        wetswijzigingen_pagina,
    )

    if args.pagina:
        print(regelpagina(), end="", file=uit)
    elif args.wijzigingen:
        print(wetswijzigingen_pagina(), end="", file=uit)
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


def _cmd_demo(args: argparse.Namespace, uit: TextIO) -> int:
    from reintegratie.voorbeelden import VOORBEELDEN

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
        "Flemish re-integratietraject with --jurisdictie vl.",
    )
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

    p = sub.add_parser("toets", help="check a dossier on a peildatum")
    p.add_argument("dossier", help="a traject as JSON (reintegratie/traject)")
    p.add_argument("--peildatum", type=_datum, required=True, help="the date to check on")
    p.add_argument("--telwijze", choices=telwijzen, default=Telwijze.EINDE_WEEK.value)
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.set_defaults(functie=_cmd_toets)

    p = sub.add_parser("rollen", help="who does what in each step (and role checks)")
    p.add_argument("dossier", help="a traject as JSON (reintegratie/traject)")
    p.add_argument(
        "--peildatum",
        type=_datum,
        help="also check the roles on this date (exit 1 on an overtreding)",
    )
    p.add_argument("--telwijze", choices=telwijzen, default=Telwijze.EINDE_WEEK.value)
    p.set_defaults(functie=_cmd_rollen)

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
    p.set_defaults(functie=_cmd_regels)

    p = sub.add_parser("demo", help="run tijdlijn and toets over the built-in sample dossiers")
    p.set_defaults(functie=_cmd_demo)

    from reintegratie.analyse import opdracht  # reintegratie caseload FILE

    opdracht.registreer(sub, _datum)
    return parser


def main(argv: Sequence[str] | None = None, uit: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    uit = uit if uit is not None else sys.stdout
    try:
        args = _parser().parse_args(argv)
        return int(args.functie(args, uit))
    except (_InvoerError, ReintegratieError) as fout:
        print(f"reintegratie: error: {fout}", file=sys.stderr)
        return FOUT
    except BrokenPipeError:  # e.g. piped into `head`: stop quietly
        sys.stderr.close()
        return OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

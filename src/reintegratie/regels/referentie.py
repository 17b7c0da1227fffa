"""The rule reference, generated from the rule data (``reintegratie regels``, ``docs/regels.md``).

>>> from reintegratie.regels import POORTWACHTER
>>> print(beschrijf_anker(POORTWACHTER[2].anker))
the latest of sick day 42 and recorded `dreigend_langdurig_verzuim`

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Sequence
from typing import Any, NamedTuple

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie.regels.model import (
    Anker,
    Laatste,
    MetFeit,
    NaFeit,
    NaMaanden,
    NaTermijn,
    Ononderbroken,
    Regel,
    VasteDatum,
    Verlenging,
    VerlengingTeLaat,
    VerlengingWeken,
    Verschuiving,
    Voorwaarde,
    Vroegste,
    Ziektedag,
)

__all__ = [
    "Wijziging",
    "beschrijf_anker",
    "beschrijf_verlenging",
    "beschrijf_voorwaarde",
    "gevolgen_op",
    "in_werking_op",
    "legenda",
    "regelpagina",
    "regels_als_data",
    "regels_als_markdown",
    "vlaamse_sectie",
    "wetswijzigingen",
    "wetswijzigingen_pagina",
    "wijzigingen",
    "wijzigingen_als_data",
]


def _dagen(dagen: int) -> str:
    if dagen == 0:
        return ""
    return f" + {dagen} days" if dagen > 0 else f" − {-dagen} days"


def _maanden(maanden: int) -> str:
    eenheid = "calendar month" if abs(maanden) == 1 else "calendar months"
    if maanden == 0:
        return ""
    return f" + {maanden} {eenheid}" if maanden > 0 else f" − {-maanden} {eenheid}"


@gecontroleerd
def beschrijf_anker(anker: Anker) -> str:
    """What a rule counts from, in words.

    >>> from reintegratie.regels.model import NaMaanden, Ononderbroken
    >>> print(beschrijf_anker(NaMaanden(Ononderbroken(1, 13), 3)))
    day 1 of the uninterrupted incapacity (breaks of at most 13 fit days) + 3 calendar months
    """
    if isinstance(anker, Ziektedag):
        return f"sick day {anker.dag}"
    if isinstance(anker, NaTermijn):
        return f"`{anker.termijn}`{_dagen(anker.dagen)}"
    if isinstance(anker, Ononderbroken):
        breuk = (
            "any fit day interrupts"
            if anker.max_fitdagen == 0
            else f"breaks of at most {anker.max_fitdagen} fit days"
        )
        return f"day {anker.dag} of the uninterrupted incapacity ({breuk})"
    if isinstance(anker, NaMaanden):
        return f"{beschrijf_anker(anker.anker)}{_maanden(anker.maanden)}" + (
            _dagen(anker.dagen) if anker.dagen else ""
        )
    if isinstance(anker, VasteDatum):
        return anker.datum.isoformat()
    if isinstance(anker, Vroegste):
        return "the earliest of " + " and ".join(beschrijf_anker(a) for a in anker.ankers)
    if isinstance(anker, Laatste):
        return "the latest of " + " and ".join(beschrijf_anker(a) for a in anker.ankers)
    assert isinstance(anker, NaFeit)
    tekst = f"recorded `{anker.feit}`{_dagen(anker.dagen)}"
    if anker.anders is not None:
        tekst += f", else {beschrijf_anker(anker.anders)}"
    return tekst


@gecontroleerd
def beschrijf_voorwaarde(voorwaarde: Voorwaarde) -> str:
    """A rule's condition, in words."""
    feiten = ", ".join(f"`{f}`" for f in voorwaarde.feiten)
    if isinstance(voorwaarde, MetFeit):
        tekst = f"only once {feiten} is recorded"
        if voorwaarde.zonder is not None:
            tekst += "; " + beschrijf_voorwaarde(voorwaarde.zonder)
        return tekst
    if voorwaarde.op is not None:
        tekst = f"not applicable when {feiten} runs on the day of `{voorwaarde.op}`"
    else:
        tekst = f"not due once {feiten}"
    if voorwaarde.tenzij:
        tekst += " (unless " + ", ".join(f"`{f}`" for f in voorwaarde.tenzij) + " follows)"
    if voorwaarde.bevinding is not None:
        tekst += f" (finding `{voorwaarde.bevinding}`, {voorwaarde.ernst.value})"
    return tekst


@gecontroleerd
def beschrijf_verlenging(v: Verlenging) -> str:
    """An event that moves the date, in words."""
    if isinstance(v, VerlengingTeLaat):
        return f"+ days `{v.termijn}` was late"
    assert isinstance(v, VerlengingWeken)
    tekst = f"+ weeks of `{v.feit}`"
    if v.verkorting is not None:
        tekst += f" − weeks of `{v.verkorting}`"
    if v.maximum_weken is not None:
        tekst += f" (at most {v.maximum_weken})"
    if v.bekorting is not None:
        tekst += f", ending {v.bekorting_dagen} days after `{v.bekorting}`"
    if v.uiterlijk_op is not None:
        tekst += f", imposed by `{v.uiterlijk_op}`"
    if v.minimum_na_verzoek:
        tekst += f", each change ending at least {v.minimum_na_verzoek} days after its request"
    return tekst


def _cel(tekst: str) -> str:
    return tekst.replace("|", "\\|")


@gecontroleerd
def in_werking_op(regels: Sequence[Regel], dag: _dt.date) -> tuple[Regel, ...]:
    """The rules of *regels* in force on *dag* (``Regel.geldig_op``): the rule set as the law
    stood that day.

    >>> from datetime import date
    >>> from reintegratie.regels import POORTWACHTER
    >>> [r.bron[:30] for r in in_werking_op(POORTWACHTER, date(2012, 1, 1))
    ...  if r.code == "wia_aanvraag"]
    ['WIA art. 64 lid 3 as it stood ']
    """
    return tuple(r for r in regels if r.geldig_op(dag))


@gecontroleerd
def gevolgen_op(regels: Sequence[Regel], dag: _dt.date) -> list[str]:
    """Markdown lines: the dated consequences and requirements of *regels* in force on *dag*."""
    regels_md: list[str] = []
    for r in regels:
        for g in r.gevolgen:
            if g.geldig_op(dag):
                boete = "; ".join(
                    f"EUR {t.bedrag} "
                    + (f"up to {t.tot_dagen} days late" if t.tot_dagen else "beyond")
                    + ("" if t.geverifieerd else " (secondary sources)")
                    for t in g.boete
                )
                regels_md.append(
                    f"- `{r.code}`, when late: {g.tekst}"
                    + (f" [{boete}]" if boete else "")
                    + f" — {g.bron}"
                )
        for v in r.vereisten:
            if (v.geldig_vanaf or v.geldig_tot) and v.geldig_op(dag):
                regels_md.append(
                    f"- `{r.code}` requires `{v.veld}` ({v.code}) — {v.bron or r.bron}"
                )
    return regels_md


@gecontroleerd
def regels_als_markdown(regels: Sequence[Regel]) -> str:
    """A Markdown table of *regels*: code, counting, shift, roles, validity and source."""
    kop = [
        "code",
        "step",
        "counts from",
        "moved by",
        "shift",
        "responsible",
        "in force",
        "source",
    ]
    regels_md = ["| " + " | ".join(kop) + " |", "|" + "---|" * len(kop)]
    for r in regels:
        telling = beschrijf_anker(r.anker)
        if r.venster_vanaf is not None:
            telling = f"window from {beschrijf_anker(r.venster_vanaf)} to {telling}"
        if r.herhaling is not None:
            telling += f", then every {r.herhaling.interval} days until `{r.herhaling.tot}`"
        if r.voorwaarde is not None:
            telling += f"; {beschrijf_voorwaarde(r.voorwaarde)}"
        geldig = " to ".join(
            [
                r.geldig_vanaf.isoformat() if r.geldig_vanaf else "always",
                *([r.geldig_tot.isoformat()] if r.geldig_tot else []),
            ]
        )
        if r.geldig_vanaf and not r.geldig_tot:
            geldig = f"from {r.geldig_vanaf.isoformat()}"
        elif r.geldig_tot and not r.geldig_vanaf:
            geldig = f"until {r.geldig_tot.isoformat()}"
        if r.geldig_volgens is not None:
            geldig += f" (by the date of `{r.geldig_volgens}`)"
        cellen = [
            f"`{r.code}`",
            r.omschrijving + ("" if r.soort.value == "deadline" else f" ({r.soort.value})"),
            telling,
            "; ".join(beschrijf_verlenging(v) for v in r.verlengingen) or "—",
            "next working day (Atw)" if r.verschuiving is Verschuiving.VOLGENDE_WERKDAG else "none",
            ", ".join(rol.value for rol in r.verantwoordelijk) or "—",
            geldig,
            r.bron,
        ]
        regels_md.append("| " + " | ".join(_cel(c) for c in cellen) + " |")
    return "\n".join(regels_md)


def vlaamse_sectie() -> list[str]:
    """The Flemish part of the rule reference page: the rule set and how it counts."""
    from reintegratie.regels.vlaanderen import HERVORMING_2022, vlaanderen_regels

    return [
        "",
        "## Flemish rule set: the re-integratietraject (`vl`)",
        "",
        "The rule set of a traject with `jurisdictie` `vl` (`reintegratie regels "
        "--jurisdictie vl`): the Belgian re-integratietraject of the Codex welzijn op het "
        f"werk, book I title 4 chapter VI, in force from {HERVORMING_2022.isoformat()}. "
        "Terms are calendar days or calendar months from the day after the event that "
        "starts them; nothing shifts to a working day. A rule with a condition "
        '"only once … is recorded" sets no termijn until that fact is recorded; of two '
        "variants of one code, the first whose condition holds applies. See "
        "[vlaanderen.md](vlaanderen.md) for the worked examples and the sources.",
        "",
        regels_als_markdown(vlaanderen_regels()),
    ]


def _eerste_alinea(klasse: type) -> str:
    import inspect

    doc = inspect.getdoc(klasse) or ""
    return " ".join(doc.split("\n\n")[0].split())


def legenda() -> list[str]:
    """The anchor and condition kinds every rule set is built from, described from the
    classes themselves (the engine interprets each the same way for every rule set)."""
    from reintegratie.regels.model import ANKERSOORTEN, MetFeit, ZonderFeit

    regels = [
        "",
        "## What rules count from and when they apply (every rule set)",
        "",
        "| kind | meaning |",
        "|---|---|",
    ]
    for klasse in (*ANKERSOORTEN, ZonderFeit, MetFeit):
        regels.append(f"| `{klasse.__name__}` | {_cel(_eerste_alinea(klasse))} |")
    return regels


def regelpagina() -> str:
    """The rule reference page (``docs/regels.md``): both counting conventions of the Dutch
    rule set and the Flemish rule set, generated from the rule data."""
    from reintegratie.kalender import BRON as ATW
    from reintegratie.regels.poortwachter import Telwijze, poortwachter_regels

    delen = [
        "# Rule reference: the Dutch poortwachter and Flemish re-integratietraject rule sets",
        "",
        "Generated from the rule data by `reintegratie regels --pagina`; do not edit by hand "
        "(a test checks that this page matches the code).",
        "",
        '"Sick day k" is the date on which the combined case of sickness reaches its k-th '
        "sick day (samentelling: breaks of fewer than 28 fit days are added together). "
        "Where a term ends on a working day (the 42nd-week report's 'eerste werkdag', ZW "
        "art. 38 lid 1), a working day is read as a day that is not a Saturday, Sunday or "
        f"holiday of the Algemene termijnenwet ({ATW}): the library's reading, as the Atw "
        "itself does not govern such terms. "
        "See [telling.md](telling.md) for how the counting works and why, and "
        "[wetswijzigingen.md](wetswijzigingen.md) for every change of the law with its date. "
        "The two compatibility conventions reproduce other tools; they are not readings of "
        "the law.",
    ]
    for telwijze, titel in (
        (Telwijze.EINDE_WEEK, "Default convention: end of week N (`einde_week`)"),
        (
            Telwijze.EERSTE_DAG_NA,
            "Compatibility convention: first day after N weeks (`eerste_dag_na`)",
        ),
        (
            Telwijze.EERSTE_DAG_NA_104_WEKEN,
            "Compatibility convention: the wachttijd too ends on the first day after 104 "
            "weeks (`eerste_dag_na_104_weken`)",
        ),
    ):
        delen += ["", f"## {titel}", "", regels_als_markdown(poortwachter_regels(telwijze))]
    delen += vlaamse_sectie()
    delen += legenda()
    return "\n".join(delen) + "\n"


class Wijziging(NamedTuple):
    """One dated change of the law in a rule set: what changed on ``datum``, and its source."""

    datum: _dt.date
    regelset: str
    code: str
    wat: str
    bron: str


def _dag_na(dag: _dt.date) -> _dt.date:
    return dag + _dt.timedelta(days=1)


@gecontroleerd
def wijzigingen(regels: Sequence[Regel], regelset: str) -> list[Wijziging]:
    """Every dated change in *regels*: rules, consequences, requirements and extensions that
    come into force or end on a date, oldest first."""
    uit: list[Wijziging] = []

    def voeg_toe(
        vanaf: _dt.date | None, tot: _dt.date | None, code: str, wat: str, bron: str
    ) -> None:
        if vanaf is not None:
            uit.append(Wijziging(vanaf, regelset, code, f"in force: {wat}", bron))
        if tot is not None:
            uit.append(Wijziging(_dag_na(tot), regelset, code, f"no longer in force: {wat}", bron))

    for r in regels:
        wat = r.omschrijving + (
            " (the law before this date is not modelled: an earlier case is an error)"
            if r.eerder_onbekend
            else ""
        )
        voeg_toe(r.geldig_vanaf, r.geldig_tot, r.code, wat, r.bron)
        for g in r.gevolgen:
            voeg_toe(
                g.geldig_vanaf, g.geldig_tot, r.code, f"consequence when late: {g.tekst}", g.bron
            )
        for eis in r.vereisten:
            voeg_toe(
                eis.geldig_vanaf,
                eis.geldig_tot,
                r.code,
                f"requirement `{eis.code}`",
                eis.bron or r.bron,
            )
        for v in r.verlengingen:
            voeg_toe(
                v.geldig_vanaf, v.geldig_tot, r.code, f"moved by {beschrijf_verlenging(v)}", r.bron
            )
    # One line per change: identical entries (a requirement shared by variants) once.
    return sorted(set(uit), key=lambda w: (w.datum, w.regelset, w.code, w.wat, w.bron))


def wetswijzigingen() -> list[Wijziging]:
    """Every dated change of the Dutch (default convention) and Flemish rule sets, with the
    notes of :data:`reintegratie.regels.poortwachter.NOTITIES`."""
    from reintegratie.regels.poortwachter import NOTITIES, poortwachter_regels
    from reintegratie.regels.vlaanderen import vlaanderen_regels

    uit = wijzigingen(poortwachter_regels(), "nl") + wijzigingen(vlaanderen_regels(), "vl")
    uit += [Wijziging(d, "nl", code, wat, bron) for d, code, wat, bron in NOTITIES]
    return sorted(uit, key=lambda w: (w.datum, w.regelset, w.code, w.wat, w.bron))


def wetswijzigingen_pagina() -> str:
    """The page ``docs/wetswijzigingen.md``: every change of the law the rule sets know, by
    date, generated from the rule data (``reintegratie regels --wijzigingen``)."""
    delen = [
        "# Changes of the law, by date",
        "",
        "Generated from the rule data by `reintegratie regels --wijzigingen`; do not edit by "
        "hand (a test checks that this page matches the code).",
        "",
        "Every rule, consequence, requirement and extension of the rule sets carries the "
        "dates between which it is law (`geldig_vanaf`, `geldig_tot`). A Dutch termijn is "
        "judged by the rule in force on its due date; a document (a plan van aanpak, a "
        "bijstelling, an eerstejaarsevaluatie) by the requirements in force on its own date; "
        "a consequence by the law in force on the due date of the step that was late. "
        "`reintegratie regels --op YYYY-MM-DD` prints the rule set in force on a date. "
        "What changed between versions of this library is in `CHANGELOG.md`.",
        "",
        "| date | rules | code | change | source |",
        "|---|---|---|---|---|",
    ]
    for w in wetswijzigingen():
        cellen = [w.datum.isoformat(), w.regelset, f"`{w.code}`", _cel(w.wat), _cel(w.bron)]
        delen.append("| " + " | ".join(cellen) + " |")
    return "\n".join(delen) + "\n"


def _als_data(waarde: Any) -> Any:
    """*waarde* as plain JSON data: dates as ``YYYY-MM-DD``, enums by value, tuples as
    lists, and a part of the rule model as an object with its fields and, under
    ``"klasse"``, its class (``NaMaanden``, ``VerlengingWeken`` ...)."""
    if isinstance(waarde, _dt.date):
        return waarde.isoformat()
    if isinstance(waarde, enum.Enum):
        return waarde.value
    if isinstance(waarde, tuple | list | frozenset):
        return [_als_data(w) for w in waarde]
    if attrs.has(type(waarde)):
        velden = {
            a.alias or a.name: _als_data(getattr(waarde, a.name))
            for a in attrs.fields(type(waarde))
            if a.init and not a.name.startswith("_")
        }
        return {"klasse": type(waarde).__name__, **velden}
    return waarde


@gecontroleerd
def regels_als_data(regels: Sequence[Regel]) -> list[dict[str, Any]]:
    """*regels* as plain JSON data (``reintegratie regels --json``): per rule every field
    of :class:`~reintegratie.regels.model.Regel` (code, description, source, validity
    dates, roles, consequences, requirements) with the deadline arithmetic as data: the
    anchor it counts from (``anker``: ``{"klasse": "Ziektedag", "dag": 42}``, nested for
    ``NaMaanden``, ``Vroegste`` ...), the shift to a working day, the extensions; and in
    words under ``telt_vanaf`` and ``verlengd_door``.

    >>> from datetime import date
    >>> from reintegratie.regels import POORTWACHTER
    >>> r = regels_als_data(in_werking_op(POORTWACHTER, date(2026, 1, 1)))
    >>> [(d["code"], d["anker"]) for d in r if d["code"] == "ziekmelding"]
    [('ziekmelding', {'klasse': 'Ziektedag', 'dag': 1})]
    """
    uit = []
    for r in regels:
        data: dict[str, Any] = _als_data(r)
        del data["klasse"]
        data["telt_vanaf"] = beschrijf_anker(r.anker)
        data["verlengd_door"] = [beschrijf_verlenging(v) for v in r.verlengingen]
        uit.append(data)
    return uit


@gecontroleerd
def wijzigingen_als_data(lijst: Sequence[Wijziging]) -> list[dict[str, str]]:
    """Dated changes of the law (:func:`wetswijzigingen`) as plain JSON data
    (``reintegratie regels --wijzigingen --json``), oldest first."""
    return [
        {
            "datum": w.datum.isoformat(),
            "regelset": w.regelset,
            "code": w.code,
            "wat": w.wat,
            "bron": w.bron,
        }
        for w in lijst
    ]

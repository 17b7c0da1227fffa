"""Scenario files: a dossier, a peildatum and the termijnen and findings a domain expert
expects, in YAML or JSON, checked against the rules engine.

A scenario file (``*.scenario.json``, ``*.scenario.yaml`` or ``*.scenario.yml``)
holds one scenario, or several under ``scenarios``. A scenario gives:

``naam``
    A name, unique in its file (required).
``toelichting``
    Free text, or a list of lines: the hand arithmetic (optional; YAML comments
    work as well).
``dossier``
    The traject: an enveloped document (``{"schema": "reintegratie/traject",
    "versie": 1, "data": {...}}``), or a shorthand: the ``data`` of one, with
    ``werknemer`` (``W-001``), ``werkgever`` (``WG-1``) and ``betrokkenen`` (the cast
    of :func:`~reintegratie.testing.factories.maak_betrokkenen`: ``CM-1`` casemanager,
    ``BA-1`` bedrijfsarts...) filled in when left out, ``eerste_ziektedag`` (and
    ``laatste_ziektedag``) for a single sickness period instead of ``ziekteperioden``,
    and ``gebeurtenissen`` in any order.
``peildatum``
    The day the dossier is judged (optional for termijnen, required for
    ``bevindingen``).
``telwijze``
    ``einde_week`` (default), ``eerste_dag_na`` or ``eerste_dag_na_104_weken``.
``extra_feestdagen``
    Days equated with a holiday by royal decree (optional).
``geval``
    Which case of sickness the termijnen are of, counted from 1 (default: the last).
``verwacht``
    ``termijnen``: per code the expected due date (``uiterlijk``), or a mapping with
    ``uiterlijk``, ``vanaf`` and/or ``status``; ``code#n`` for the *n*-th of a
    recurring code (a plain code is the first), or a list for all of them in order.
    The codes are those of the dossier's rule set: a dossier with ``jurisdictie: vl``
    is checked against the Flemish rules.
    ``volledig: true`` says the list is complete: any other termijn is a difference.
    ``bevindingen``: the findings of :func:`reintegratie.toets` on the peildatum,
    each a code or ``{code, ernst, datum}``, or ``geen``; compared as a whole.

Dates are ``YYYY-MM-DD``. :func:`lees_scenarios` reads a file; each
:class:`Scenario` checks itself with :meth:`Scenario.controleer`, which raises
:class:`ScenarioMismatchError` with a table of the differences. A malformed file or
scenario is a :class:`ScenarioError` naming the file and the field.

>>> import json, pathlib, tempfile
>>> tmp = tempfile.TemporaryDirectory()
>>> pad = pathlib.Path(tmp.name) / "pa.scenario.json"
>>> _ = pad.write_text(json.dumps({
...     "naam": "probleemanalyse", "dossier": {"eerste_ziektedag": "2025-10-01"},
...     "verwacht": {"termijnen": {"probleemanalyse": "2025-11-12"}}}))
>>> [scenario] = lees_scenarios(pad)
>>> scenario.controleer()
Traceback (most recent call last):
...
reintegratie.testing.scenario.ScenarioMismatchError: scenario 'probleemanalyse': 1 of 1 \
termijnen differ
...
>>> print(scenario.verschillen().splitlines()[-1])  # doctest: +NORMALIZE_WHITESPACE
 ✗  probleemanalyse  2025-11-12  2025-11-11  open  Regeling procesgang eerste en tweede
 ziektejaar art. 2 lid 2 ('binnen zes weken') en lid 3 ('onverwijld ... indien eerst na
 zes weken blijkt dat het ziekteverzuim ... langdurig dreigt te zijn'; wetten.overheid.nl
 BWBR0013540)
>>> tmp.cleanup()

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
from collections.abc import Hashable, Mapping
from typing import Any, NoReturn

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie.errors import ReintegratieError, SerializationError, ValidationError
from reintegratie.kalender import Kalender, standaard_kalender
from reintegratie.regels import (
    Bevinding,
    Ernst,
    Regel,
    Status,
    Telwijze,
    Termijn,
    Tijdlijn,
    regelset,
    tijdlijnen,
    toets,
)
from reintegratie.serialisatie import from_dict
from reintegratie.serialisatie.converter import destructureer
from reintegratie.serialisatie.grenzen import controleer_diepte
from reintegratie.testing.factories import maak_betrokkenen
from reintegratie.traject import Traject

__all__ = [
    "ACHTERVOEGSELS",
    "MAX_SCENARIO_TEKENS",
    "OngeldigScenario",
    "Scenario",
    "ScenarioError",
    "ScenarioMismatchError",
    "VerwachteBevinding",
    "VerwachteTermijn",
    "is_scenariobestand",
    "lees_scenarios",
]

#: File names ending in one of these are scenario files.
ACHTERVOEGSELS = (".scenario.json", ".scenario.yaml", ".scenario.yml")

#: The longest scenario file read, in characters (1 MiB); YAML aliases are refused.
MAX_SCENARIO_TEKENS = 1024 * 1024

_DATUM = re.compile(r"\d{4}-\d{2}-\d{2}")
_SCENARIOVELDEN = frozenset(
    {"naam", "toelichting", "dossier", "peildatum", "telwijze", "extra_feestdagen", "geval"}
    | {"verwacht"}
)
_VERWACHTVELDEN = frozenset({"termijnen", "bevindingen", "volledig"})
_TERMIJNVELDEN = frozenset({"uiterlijk", "vanaf", "status", "toelichting"})
_BEVINDINGVELDEN = frozenset({"code", "ernst", "datum", "toelichting"})
_SCHEMA = "reintegratie/traject"


class ScenarioError(ReintegratieError, ValueError):
    """A malformed scenario file: ``str()`` names the file, the field and what is wrong."""

    def __init__(self, bestand: str, veld: str, reden: str) -> None:
        self.bestand = bestand
        self.veld = veld
        self.reden = reden
        waar = f"{bestand}: {veld}" if veld else bestand
        super().__init__(f"{waar}: {reden}")

    def __reduce__(self) -> tuple[type[ScenarioError], tuple[str, str, str]]:
        return (type(self), (self.bestand, self.veld, self.reden))


class ScenarioMismatchError(AssertionError):
    """A scenario whose expectations the engine does not meet; ``str()`` is the report."""


@attrs.frozen
class OngeldigScenario:
    """A malformed scenario of a file that is otherwise readable: it fails with its
    :class:`ScenarioError` when checked, so the file's other scenarios still run."""

    naam: str
    fout: ScenarioError

    def controleer(self) -> NoReturn:
        """Raise the :class:`ScenarioError`."""
        raise self.fout


@gecontroleerd
def is_scenariobestand(pad: str | os.PathLike[str]) -> bool:
    """Whether *pad* names a scenario file (by its name: see :data:`ACHTERVOEGSELS`).

    >>> is_scenariobestand("tests/scenarios/atw.scenario.yaml"), is_scenariobestand("x.yaml")
    (True, False)
    """
    return os.fspath(pad).endswith(ACHTERVOEGSELS)


# --- expectations ----------------------------------------------------------------------


@attrs.frozen
class VerwachteTermijn:
    """An expected termijn: *code* (the *volgnummer*-th of it), and what is expected of it."""

    code: str
    volgnummer: int = 1
    uiterlijk: _dt.date | None = None
    vanaf: _dt.date | None = None
    status: Status | None = None

    @property
    def label(self) -> str:
        """``code``, or ``code #n`` beyond the first."""
        return self.code if self.volgnummer == 1 else f"{self.code} #{self.volgnummer}"


@attrs.frozen
class VerwachteBevinding:
    """An expected finding: its code, and (when given) its ernst and date."""

    code: str
    ernst: Ernst | None = None
    datum: _dt.date | None = None

    def past(self, b: Bevinding) -> bool:
        """Whether *b* is this finding."""
        return (
            b.code == self.code
            and (self.ernst is None or b.ernst is self.ernst)
            and (self.datum is None or b.datum == self.datum)
        )


@attrs.frozen
class Scenario:
    """One scenario of a file, read and checked for shape; :meth:`controleer` runs it."""

    naam: str
    bestand: str
    traject: Traject
    termijnen: tuple[VerwachteTermijn, ...] = ()
    aantallen: Mapping[str, int] = attrs.field(factory=dict)
    """Codes given as a list: how many termijnen of that code there must be."""
    bevindingen: tuple[VerwachteBevinding, ...] | None = None
    volledig: bool = False
    peildatum: _dt.date | None = None
    telwijze: Telwijze = Telwijze.EINDE_WEEK
    kalender: Kalender = attrs.field(factory=standaard_kalender)
    geval: int | None = None
    toelichting: str = ""

    def tijdlijn(self) -> Tijdlijn:
        """The Tijdlijn the termijnen are compared with."""
        alle = tijdlijnen(
            self.traject, self.peildatum, telwijze=self.telwijze, kalender=self.kalender
        )
        if self.geval is None:
            return alle[-1] if alle else Tijdlijn((), None, self.peildatum)
        if self.geval > len(alle):
            raise ScenarioMismatchError(
                f"scenario {self.naam!r}: geval {self.geval} asked, but the dossier has "
                f"{len(alle)} case(s) of sickness"
            )
        return alle[self.geval - 1]

    def verschillen(self) -> str:
        """The report of the comparison; its first line says whether anything differs."""
        return "\n".join(self._rapport()[1])

    def controleer(self) -> None:
        """Raise :class:`ScenarioMismatchError` with the report when anything differs."""
        fout, regels = self._rapport()
        if fout:
            raise ScenarioMismatchError("\n".join(regels))

    # --- comparing ---------------------------------------------------------------------

    def _rapport(self) -> tuple[bool, list[str]]:
        tl = self.tijdlijn()
        kop: list[str] = []
        delen: list[str] = []
        fout = False
        if self.termijnen or self.aantallen or self.volledig:
            n_fout, n, tabel = self._termijnen(tl)
            fout = fout or n_fout > 0
            kop.append(f"{n_fout} of {n} termijnen differ")
            delen += ["", *tabel]
        if self.bevindingen is not None:
            n_fout, tabel = self._bevindingen()
            fout = fout or n_fout > 0
            kop.append(f"{n_fout} findings differ" if n_fout else "findings as expected")
            delen += ["", *tabel]
        x = tl.eerste_ziektedag.isoformat() if tl.eerste_ziektedag else "none"
        context = (
            f"peildatum {self.peildatum.isoformat() if self.peildatum else 'none'}, "
            f"telwijze {self.telwijze.value}, case of sickness from {x}"
        )
        eerste = f"scenario {self.naam!r}: {'; '.join(kop)}"
        return fout, [eerste, f"  ({self.bestand}; {context})", *delen]

    def _termijnen(self, tl: Tijdlijn) -> tuple[int, int, list[str]]:
        bronnen = {r.code: r.bron for r in regelset(self.traject.jurisdictie, self.telwijze)}
        rijen: list[tuple[str, ...]] = []
        n_fout = 0
        gezien: set[tuple[str, int]] = set()
        for v in self.termijnen:
            gezien.add((v.code, v.volgnummer))
            t = _zoek(tl, v.code, v.volgnummer)
            goed = t is not None
            if t is not None:
                goed = (
                    (v.uiterlijk is None or t.uiterlijk == v.uiterlijk)
                    and (v.vanaf is None or t.vanaf == v.vanaf)
                    and (v.status is None or t.status is v.status)
                )
            n_fout += not goed
            verwacht = _d(v.uiterlijk) if v.uiterlijk else "-"
            if v.vanaf is not None:
                verwacht = f"{_d(v.vanaf)}..{verwacht}"
            if t is None:
                werkelijk, status = "(none)", "-"
            else:
                werkelijk = _d(t.uiterlijk)
                if v.vanaf is not None:
                    werkelijk = f"{_d(t.vanaf) if t.vanaf else '-'}..{werkelijk}"
                status = t.status.value
                if v.status is not None and t.status is not v.status:
                    status = f"{t.status.value} (expected {v.status.value})"
            bron = t.bron if t is not None else bronnen.get(v.code, "")
            rijen.append(("✓" if goed else "✗", v.label, verwacht, werkelijk, status, bron))
        n = len(self.termijnen)
        for code, aantal in self.aantallen.items():
            echt = len(tl.alle(code))
            if echt != aantal:
                n_fout += 1
                n += 1
                rijen.append(
                    ("✗", f"{code} (count)", str(aantal), str(echt), "-", bronnen.get(code, ""))
                )
        if self.volledig:
            for t in tl:
                if (t.code, t.volgnummer) not in gezien:
                    n_fout += 1
                    n += 1
                    label = t.code if t.volgnummer == 1 else f"{t.code} #{t.volgnummer}"
                    rijen.append(
                        ("✗", label, "(not expected)", _d(t.uiterlijk), t.status.value, t.bron)
                    )
        kop = ("", "code", "expected", "actual", "status", "source")
        return n_fout, n, _tabel(kop, rijen)

    def _bevindingen(self) -> tuple[int, list[str]]:
        assert self.bevindingen is not None
        assert self.peildatum is not None
        echt = list(
            toets(self.traject, self.peildatum, telwijze=self.telwijze, kalender=self.kalender)
        )
        over = list(echt)
        rijen: list[tuple[str, ...]] = []
        n_fout = 0
        for v in self.bevindingen:
            b = next((b for b in over if v.past(b)), None)
            ernst = v.ernst.value if v.ernst else "(any)"
            if b is None:
                n_fout += 1
                datum = _d(v.datum) if v.datum else ""
                rijen.append(("✗", "missing", v.code, ernst, datum, ""))
            else:
                over.remove(b)
                rijen.append(("✓", "", b.code, b.ernst.value, _d(b.datum), b.bron))
        for b in over:
            n_fout += 1
            rijen.append(("✗", "unexpected", b.code, b.ernst.value, _d(b.datum), b.bron))
        kop = ("", "finding", "code", "ernst", "datum", "source")
        tabel = _tabel(kop, rijen) if rijen else ["  findings: none expected, none found"]
        for b in over:
            tabel.append(f"  unexpected {b.code}: {b.melding}")
        return n_fout, tabel


def _zoek(tl: Tijdlijn, code: str, volgnummer: int) -> Termijn | None:
    for t in tl.alle(code):
        if t.volgnummer == volgnummer:
            return t
    return None


def _d(dag: _dt.date | None) -> str:
    return dag.isoformat() if dag else "-"


def _tabel(kop: tuple[str, ...], rijen: list[tuple[str, ...]]) -> list[str]:
    """A plain-text table; the last column (the source) is not padded."""
    breedtes = [max(len(r[i]) for r in (kop, *rijen)) for i in range(len(kop) - 1)]

    def regel(r: tuple[str, ...]) -> str:
        cellen = [c.ljust(b) for c, b in zip(r, breedtes, strict=False)]
        return (" " + "  ".join([*cellen, r[-1]])).rstrip()

    return [regel(kop), *(regel(r) for r in rijen)]


# --- reading -----------------------------------------------------------------------------


class _Lezer:
    """Reads the plain data of one file; every error names the file and the field."""

    def __init__(self, bestand: str) -> None:
        self.bestand = bestand

    def fout(self, veld: str, reden: str) -> ScenarioError:
        return ScenarioError(self.bestand, veld, reden)

    def mapping(self, veld: str, waarde: object, toegestaan: frozenset[str]) -> Mapping[str, Any]:
        if not isinstance(waarde, Mapping):
            raise self.fout(veld or "(top level)", f"expected a mapping, got {_soort(waarde)}")
        for sleutel in waarde:
            if not isinstance(sleutel, str):
                raise self.fout(
                    veld or "(top level)", f"keys are text, got {_soort(sleutel)} {sleutel!r}"
                )
            if toegestaan and sleutel not in toegestaan:
                raise self.fout(
                    _pad(veld, sleutel),
                    f"unknown field; expected one of {', '.join(sorted(toegestaan))}",
                )
        return waarde

    def tekst(self, veld: str, waarde: object) -> str:
        if not isinstance(waarde, str) or not waarde.strip():
            raise self.fout(veld, f"expected non-empty text, got {_soort(waarde)} {waarde!r}")
        return waarde

    def datum(self, veld: str, waarde: object) -> _dt.date:
        if type(waarde) is _dt.date:
            return waarde
        if isinstance(waarde, str) and _DATUM.fullmatch(waarde):
            try:
                return _dt.date.fromisoformat(waarde)
            except ValueError as fout:
                raise self.fout(veld, f"{waarde!r} is not a calendar date ({fout})") from None
        raise self.fout(veld, f"expected a date YYYY-MM-DD, got {_soort(waarde)} {waarde!r}")

    def keuze(self, veld: str, waarde: object, soort: type[Any]) -> Any:
        waarden = [m.value for m in soort]
        if isinstance(waarde, str) and waarde in waarden:
            return soort(waarde)
        raise self.fout(
            veld, f"expected one of {', '.join(waarden)}, got {_soort(waarde)} {waarde!r}"
        )

    def geheel(self, veld: str, waarde: object, minimum: int) -> int:
        if isinstance(waarde, bool) or not isinstance(waarde, int) or waarde < minimum:
            raise self.fout(veld, f"expected a whole number from {minimum}, got {waarde!r}")
        return waarde


def _soort(waarde: object) -> str:
    return {
        type(None): "nothing (null)",
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "a mapping",
        _dt.date: "a date",
        _dt.datetime: "a date with a time",
    }.get(type(waarde), type(waarde).__name__)


def _pad(veld: str, sleutel: str | int) -> str:
    if isinstance(sleutel, int):
        return f"{veld}[{sleutel}]"
    return f"{veld}.{sleutel}" if veld else sleutel


def _laad(pad: str, bestand: str) -> Any:
    """The plain data of the scenario file at *pad* (JSON, or YAML with PyYAML); errors
    name it *bestand*."""
    try:
        with open(pad, encoding="utf-8") as f:
            tekst = f.read(MAX_SCENARIO_TEKENS + 1)
    except (OSError, UnicodeDecodeError) as fout:
        raise ScenarioError(bestand, "", f"cannot read the file: {fout}") from None
    if len(tekst) > MAX_SCENARIO_TEKENS:
        raise ScenarioError(
            bestand, "", f"the file is longer than {MAX_SCENARIO_TEKENS:,} characters, the limit"
        )
    if pad.endswith(".json"):
        try:
            controleer_diepte(tekst)
        except ReintegratieError as fout:
            raise ScenarioError(bestand, "", str(fout)) from None
        try:
            return json.loads(tekst, object_pairs_hook=_zonder_dubbele)
        except json.JSONDecodeError as fout:
            raise ScenarioError(
                bestand, f"line {fout.lineno}, column {fout.colno}", f"invalid JSON: {fout.msg}"
            ) from None
        except (_DuplicateKeyError, ValueError, RecursionError) as fout:
            raise ScenarioError(bestand, "", f"invalid JSON: {fout}") from None
    return _laad_yaml(bestand, tekst)


class _DuplicateKeyError(ValueError):
    pass


def _zonder_dubbele(paren: list[tuple[str, Any]]) -> dict[str, Any]:
    uit: dict[str, Any] = {}
    for sleutel, waarde in paren:
        if sleutel in uit:
            raise _DuplicateKeyError(f"key {sleutel!r} given twice in one object")
        uit[sleutel] = waarde
    return uit


def _laad_yaml(bestand: str, tekst: str) -> Any:
    try:
        import yaml
    except ImportError:
        raise ScenarioError(
            bestand,
            "",
            "reading YAML scenario files needs PyYAML, which the 'scenarios' extra installs: "
            "pip install 'reintegratie[scenarios]' (JSON scenario files need nothing)",
        ) from None

    class Lader(yaml.SafeLoader):
        """SafeLoader that refuses a key given twice (PyYAML keeps the last silently) and
        every alias: nested anchors make a file of a few hundred bytes expand to gigabytes
        (the "billion laughs"), and a scenario never needs them."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                teken = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise ScenarioError(
                    bestand,
                    f"line {teken.line + 1}, column {teken.column + 1}",
                    "YAML aliases (*name) are not read in scenario files: write the value out "
                    "(anchors and aliases can blow a small file up to gigabytes)",
                )
            return super().compose_node(parent, index)

        def construct_mapping(
            self, node: yaml.MappingNode, deep: bool = False
        ) -> dict[Hashable, Any]:
            gezien: set[object] = set()
            for sleutel_node, _ in node.value:
                sleutel = self.construct_object(sleutel_node, deep=deep)
                if isinstance(sleutel, Hashable) and sleutel in gezien:
                    regel = sleutel_node.start_mark.line + 1
                    raise ScenarioError(bestand, f"line {regel}", f"key {sleutel!r} given twice")
                gezien.add(sleutel)
            return super().construct_mapping(node, deep=deep)

    # Dates stay text, read by the scenario reader: PyYAML would turn 2025-31-01 into a
    # ValueError for the whole file, and 2025-10-01 12:00 into a datetime.
    Lader.yaml_implicit_resolvers = {
        teken: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
        for teken, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    try:
        return yaml.load(tekst, Loader=Lader)
    except yaml.MarkedYAMLError as fout:
        waar = fout.problem_mark
        veld = f"line {waar.line + 1}, column {waar.column + 1}" if waar else ""
        raise ScenarioError(bestand, veld, f"invalid YAML: {fout.problem}") from None
    except yaml.YAMLError as fout:
        raise ScenarioError(bestand, "", f"invalid YAML: {fout}") from None
    except RecursionError:
        raise ScenarioError(bestand, "", "invalid YAML: nested too deeply") from None


@gecontroleerd
def lees_scenarios(
    pad: str | os.PathLike[str], *, weergave: str | None = None
) -> list[Scenario | OngeldigScenario]:
    """The scenarios of the file at *pad*, in order.

    A scenario that is malformed comes back as an :class:`OngeldigScenario`, so the
    others can still run; a file that cannot be read as a whole raises
    :class:`ScenarioError`. Messages name the file as *weergave* (default: *pad*).
    """
    bestand = os.fspath(pad)
    lezer = _Lezer(weergave or bestand)
    data = _laad(bestand, lezer.bestand)
    if isinstance(data, Mapping) and "scenarios" in data:
        lezer.mapping("", data, frozenset({"scenarios", "toelichting"}))
        lijst = data["scenarios"]
        if not isinstance(lijst, list) or not lijst:
            raise lezer.fout("scenarios", f"expected a list of scenarios, got {_soort(lijst)}")
        items = [(f"scenarios[{i}]", s) for i, s in enumerate(lijst)]
    elif isinstance(data, Mapping):
        items = [("", data)]
    else:
        raise lezer.fout("", f"expected a scenario (a mapping), got {_soort(data)}")
    uit: list[Scenario | OngeldigScenario] = []
    namen: set[str] = set()
    for veld, ruw in items:
        naam = _naam_van(veld, ruw)
        if naam in namen:
            naam = f"{naam} ({veld or 'scenario'})"
        try:
            if naam != _naam_van(veld, ruw):
                raise lezer.fout(
                    _pad(veld, "naam"), f"{_naam_van(veld, ruw)!r} is used twice in this file"
                )
            uit.append(_lees_scenario(lezer, veld, ruw))
        except ScenarioError as fout:
            uit.append(OngeldigScenario(naam, fout))
        namen.add(naam)
    return uit


def _naam_van(veld: str, ruw: object) -> str:
    """The name to report a scenario under: its ``naam`` if readable, else its place."""
    if isinstance(ruw, Mapping):
        naam = ruw.get("naam")
        if isinstance(naam, str) and naam.strip():
            return naam
    return veld or "scenario"


def _lees_scenario(lezer: _Lezer, veld: str, ruw: object) -> Scenario:
    s = lezer.mapping(veld, ruw, _SCENARIOVELDEN)
    for nodig in ("naam", "dossier", "verwacht"):
        if nodig not in s:
            raise lezer.fout(_pad(veld, nodig), "missing (required)")
    naam = lezer.tekst(_pad(veld, "naam"), s["naam"])
    toelichting = s.get("toelichting", "")
    if isinstance(toelichting, list) and all(isinstance(r, str) for r in toelichting):
        toelichting = "\n".join(toelichting)
    if not isinstance(toelichting, str):
        raise lezer.fout(
            _pad(veld, "toelichting"),
            f"expected text or a list of lines, got {_soort(toelichting)}",
        )
    telwijze: Telwijze = (
        lezer.keuze(_pad(veld, "telwijze"), s["telwijze"], Telwijze)
        if "telwijze" in s
        else Telwijze.EINDE_WEEK
    )
    peildatum = lezer.datum(_pad(veld, "peildatum"), s["peildatum"]) if "peildatum" in s else None
    kalender = standaard_kalender()
    if "extra_feestdagen" in s:
        lijst = s["extra_feestdagen"]
        if not isinstance(lijst, list):
            raise lezer.fout(
                _pad(veld, "extra_feestdagen"), f"expected a list of dates, got {_soort(lijst)}"
            )
        kalender = Kalender(
            extra_dagen=[
                lezer.datum(_pad(_pad(veld, "extra_feestdagen"), i), d) for i, d in enumerate(lijst)
            ]
        )
    geval = lezer.geheel(_pad(veld, "geval"), s["geval"], 1) if "geval" in s else None
    traject = _lees_dossier(lezer, _pad(veld, "dossier"), s["dossier"])
    v = lezer.mapping(_pad(veld, "verwacht"), s["verwacht"], _VERWACHTVELDEN)
    if "termijnen" not in v and "bevindingen" not in v:
        raise lezer.fout(_pad(veld, "verwacht"), "expected termijnen, bevindingen or both")
    termijnen: tuple[VerwachteTermijn, ...] = ()
    aantallen: dict[str, int] = {}
    if "termijnen" in v:
        termijnen, aantallen = _lees_termijnen(
            lezer,
            _pad(_pad(veld, "verwacht"), "termijnen"),
            v["termijnen"],
            regelset(traject.jurisdictie, telwijze),
        )
    bevindingen = None
    if "bevindingen" in v:
        bveld = _pad(_pad(veld, "verwacht"), "bevindingen")
        if peildatum is None:
            raise lezer.fout(
                bveld, "findings are judged on a peildatum: give the scenario a peildatum"
            )
        bevindingen = _lees_bevindingen(lezer, bveld, v["bevindingen"])
    volledig = v.get("volledig", False)
    if not isinstance(volledig, bool):
        raise lezer.fout(
            _pad(_pad(veld, "verwacht"), "volledig"), f"expected true or false, got {volledig!r}"
        )
    return Scenario(
        naam=naam,
        bestand=lezer.bestand,
        traject=traject,
        termijnen=termijnen,
        aantallen=aantallen,
        bevindingen=bevindingen,
        volledig=volledig,
        peildatum=peildatum,
        telwijze=telwijze,
        kalender=kalender,
        geval=geval,
        toelichting=toelichting,
    )


def _als_json(waarde: Any) -> Any:
    """YAML's native dates back to the text the wire format reads."""
    if type(waarde) is _dt.date:
        return waarde.isoformat()
    if isinstance(waarde, Mapping):
        return {k: _als_json(w) for k, w in waarde.items()}
    if isinstance(waarde, list):
        return [_als_json(w) for w in waarde]
    return waarde


def _lees_dossier(lezer: _Lezer, veld: str, ruw: object) -> Traject:
    if not isinstance(ruw, Mapping):
        raise lezer.fout(veld, f"expected a traject (a mapping), got {_soort(ruw)}")
    data = _als_json(ruw)
    if "schema" in data:
        document = data
        ingepakt = True
    else:
        data = dict(data)
        if "eerste_ziektedag" in data or "laatste_ziektedag" in data:
            if "ziekteperioden" in data:
                raise lezer.fout(
                    _pad(veld, "eerste_ziektedag"),
                    "give eerste_ziektedag (one sickness period) or ziekteperioden, not both",
                )
            if "eerste_ziektedag" not in data:
                raise lezer.fout(
                    _pad(veld, "eerste_ziektedag"), "missing (laatste_ziektedag needs it)"
                )
            lezer.datum(_pad(veld, "eerste_ziektedag"), data["eerste_ziektedag"])
            periode = {"eerste_dag": data.pop("eerste_ziektedag")}
            if "laatste_ziektedag" in data:
                lezer.datum(_pad(veld, "laatste_ziektedag"), data["laatste_ziektedag"])
                periode["laatste_dag"] = data.pop("laatste_ziektedag")
            data["ziekteperioden"] = [periode]
        data.setdefault("werknemer", "W-001")
        data.setdefault("werkgever", "WG-1")
        if "betrokkenen" not in data:
            data["betrokkenen"] = [destructureer(b) for b in maak_betrokkenen(data["werkgever"])]
        gebeurtenissen = data.get("gebeurtenissen")
        if isinstance(gebeurtenissen, list) and all(
            isinstance(g, Mapping) and isinstance(g.get("datum"), str) for g in gebeurtenissen
        ):
            data["gebeurtenissen"] = sorted(gebeurtenissen, key=lambda g: str(g["datum"]))
        document = {"schema": _SCHEMA, "versie": 1, "data": data}
        ingepakt = False
    try:
        return from_dict(document)
    except ValidationError as fout:
        raise lezer.fout(_vertaal(veld, fout.field, ingepakt), fout.reason) from None
    except SerializationError as fout:
        melding = str(fout)
        waar, _, reden = melding.partition(": ")
        if reden and re.fullmatch(r"[\w.\[\]]+", waar):
            raise lezer.fout(_vertaal(veld, waar, ingepakt), reden) from None
        raise lezer.fout(veld, melding) from None


def _vertaal(veld: str, pad: str, ingepakt: bool) -> str:
    """A path in the document as a path in the scenario: below *veld*, and for a
    shorthand dossier without the ``data`` it was wrapped in."""
    if not ingepakt:
        pad = pad.removeprefix("data").removeprefix(".")
    return f"{veld}.{pad}" if pad else veld


def _lees_termijnen(
    lezer: _Lezer, veld: str, ruw: object, regels: tuple[Regel, ...]
) -> tuple[tuple[VerwachteTermijn, ...], dict[str, int]]:
    m = lezer.mapping(veld, ruw, frozenset())
    codes = {r.code for r in regels}
    uit: list[VerwachteTermijn] = []
    aantallen: dict[str, int] = {}
    for sleutel, waarde in m.items():
        kveld = _pad(veld, sleutel)
        code, _, nummer = sleutel.partition("#")
        code = code.strip()
        if code not in codes:
            raise lezer.fout(
                kveld, f"unknown termijn code {code!r}; the codes are {', '.join(sorted(codes))}"
            )
        if nummer:
            if not nummer.strip().isdigit() or int(nummer) < 1:
                raise lezer.fout(
                    kveld, f"expected code#n with n a whole number from 1, got {sleutel!r}"
                )
            uit.append(_lees_termijn(lezer, kveld, code, int(nummer), waarde))
        elif isinstance(waarde, list):
            if not waarde:
                raise lezer.fout(kveld, "an empty list: leave the code out, or give its termijnen")
            for i, w in enumerate(waarde):
                uit.append(_lees_termijn(lezer, _pad(kveld, i), code, i + 1, w))
            aantallen[code] = len(waarde)
        else:
            uit.append(_lees_termijn(lezer, kveld, code, 1, waarde))
    sleutels = [(t.code, t.volgnummer) for t in uit]
    for s in sleutels:
        if sleutels.count(s) > 1:
            raise lezer.fout(veld, f"{s[0]} #{s[1]} is expected twice")
    return tuple(uit), aantallen


def _lees_termijn(
    lezer: _Lezer, veld: str, code: str, volgnummer: int, waarde: object
) -> VerwachteTermijn:
    if not isinstance(waarde, Mapping):
        return VerwachteTermijn(code, volgnummer, uiterlijk=lezer.datum(veld, waarde))
    m = lezer.mapping(veld, waarde, _TERMIJNVELDEN)
    if not {"uiterlijk", "vanaf", "status"} & set(m):
        raise lezer.fout(veld, "expected uiterlijk, vanaf and/or status")
    return VerwachteTermijn(
        code,
        volgnummer,
        uiterlijk=lezer.datum(_pad(veld, "uiterlijk"), m["uiterlijk"])
        if "uiterlijk" in m
        else None,
        vanaf=lezer.datum(_pad(veld, "vanaf"), m["vanaf"]) if "vanaf" in m else None,
        status=lezer.keuze(_pad(veld, "status"), m["status"], Status) if "status" in m else None,
    )


def _lees_bevindingen(lezer: _Lezer, veld: str, ruw: object) -> tuple[VerwachteBevinding, ...]:
    if ruw == "geen" or ruw == []:
        return ()
    if not isinstance(ruw, list):
        raise lezer.fout(veld, f"expected a list of findings or 'geen', got {_soort(ruw)} {ruw!r}")
    uit: list[VerwachteBevinding] = []
    for i, item in enumerate(ruw):
        iveld = _pad(veld, i)
        if isinstance(item, str):
            uit.append(VerwachteBevinding(lezer.tekst(iveld, item)))
            continue
        m = lezer.mapping(iveld, item, _BEVINDINGVELDEN)
        if "code" not in m:
            raise lezer.fout(_pad(iveld, "code"), "missing (required)")
        uit.append(
            VerwachteBevinding(
                code=lezer.tekst(_pad(iveld, "code"), m["code"]),
                ernst=lezer.keuze(_pad(iveld, "ernst"), m["ernst"], Ernst)
                if "ernst" in m
                else None,
                datum=lezer.datum(_pad(iveld, "datum"), m["datum"]) if "datum" in m else None,
            )
        )
    return tuple(uit)

"""Privacy lint: medical terms in the free text of records the employer sees.

The employer may not record the nature or cause of an illness, nor treatment or
medication: only what the law needs (dates, expected duration, functional
limitations passed on by the bedrijfsarts). The Autoriteit Persoonsgegevens says so
in its policy rules "De zieke werknemer" (April 2016; §4.2 for the sick report,
§5.2.2 for guidance and re-integration: "aard en oorzaak van de ziekte" and
medical treatment are not to be processed by the employer), on the basis of the
ban on health data in AVG (GDPR) art. 9. A free-text field is where such data
slips in. This lint searches every free text of a :class:`~reintegratie.traject.Traject`
for terms from a vocabulary of diagnoses, medication and treatment:

>>> from datetime import date
>>> import reintegratie as ri
>>> from reintegratie.traject import Uitkomst, Uitkomstsoort
>>> t = ri.Traject(werknemer="W-1", werkgever="WG",
...     ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 1, 6),
...                                      laatste_dag=date(2025, 3, 1)),),
...     uitkomsten=(Uitkomst(soort=Uitkomstsoort.EIGEN_WERK, datum=date(2025, 3, 2),
...                          toelichting="Terug na de burn-out, oxazepam afgebouwd"),))
>>> [(t.pad, t.term, t.categorie) for t in medische_termen(t)]
[('data.uitkomsten[0].toelichting', 'burn-out', 'diagnose'), \
('data.uitkomsten[0].toelichting', 'oxazepam', 'medicatie')]

:func:`reintegratie.toets` reports every hit as a finding (``medische_term``,
severity *waarschuwing*: a term is a strong hint, not proof), and
:func:`reintegratie.serialisatie.to_json` with ``voor=`` warns or refuses (the
caller chooses, ``bij_medische_term=``) before it writes a view for a role that
may not see medical data.

The vocabulary (:data:`STANDAARD_TERMEN`) is a starting point, in Dutch and
English; extend it for your organisation with :meth:`Woordenlijst.met`. Terms of
five letters or more match anywhere in a word, so compounds are found
(``knieoperatie``); shorter ones match whole words only (``ms``, ``adhd``).
Matching ignores case. Ids (``werknemer``, ``aanbieder``, ...) are not free text and
are not searched.

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import re
import types
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final

import attrs

from reintegratie.errors import ValidationError

__all__ = [
    "BRON",
    "GEEN_VRIJE_TEKST",
    "STANDAARD_TERMEN",
    "Treffer",
    "Woordenlijst",
    "medische_termen",
]

#: The rule every hit cites.
BRON: Final = (
    "AVG art. 9; AP beleidsregels 'De zieke werknemer' (april 2016) §4.2 and §5.2.2: the "
    "employer does not process the nature or cause of the illness, nor treatment or "
    "medication (https://kvdl.nl/nieuws/autoriteit-persoonsgegevens-publiceert-beleidsregels-"
    "zieke-werknemer/)"
)

#: Fields that hold ids or codes, not free text: never searched.
GEEN_VRIJE_TEKST: Final = frozenset(
    {
        "werknemer",
        "werkgever",
        "id",
        "aanbieder",
        "casemanager",
        "deelnemers",
        "wie",
        "begeleider",
        "bedrijfsarts",
        "afgerond_door",
        "leidinggevende",
    }
)

#: The standard vocabulary, by category (lower case).
STANDAARD_TERMEN: Final[Mapping[str, frozenset[str]]] = types.MappingProxyType(
    {
        "diagnose": frozenset(
            {
                "burn-out",
                "burnout",
                "overspannen",
                "overspanning",
                "depressie",
                "depressief",
                "depression",
                "angststoornis",
                "paniekstoornis",
                "anxiety",
                "ptss",
                "ptsd",
                "psychose",
                "bipolair",
                "bipolar",
                "schizofrenie",
                "verslaving",
                "alcoholisme",
                "adhd",
                "autisme",
                "kanker",
                "cancer",
                "tumor",
                "tumour",
                "leukemie",
                "borstkanker",
                "hernia",
                "whiplash",
                "artrose",
                "reuma",
                "fibromyalgie",
                "migraine",
                "epilepsie",
                "diabetes",
                "hartinfarct",
                "herseninfarct",
                "beroerte",
                "stroke",
                "long covid",
                "covid",
                "corona",
                "griep",
                "zwanger",
                "zwangerschap",
                "miskraam",
                "multiple sclerose",
                "ms",
                "parkinson",
                "dementie",
                "astma",
                "copd",
                "hiv",
                "aids",
                "hepatitis",
                "chronische vermoeidheid",
                "cvs",
                "rsi",
                "carpaal",
                "fractuur",
                "gebroken",
                "hersenschudding",
                "diagnose",
            }
        ),
        "medicatie": frozenset(
            {
                "medicatie",
                "medicijn",
                "medicijnen",
                "medication",
                "antidepressiva",
                "antidepressant",
                "oxazepam",
                "diazepam",
                "temazepam",
                "lorazepam",
                "paroxetine",
                "sertraline",
                "citalopram",
                "fluoxetine",
                "venlafaxine",
                "ritalin",
                "methylfenidaat",
                "lithium",
                "insuline",
                "insulin",
                "morfine",
                "oxycodon",
                "tramadol",
                "ibuprofen",
                "prednison",
                "slaappillen",
                "chemo",
                "methadon",
            }
        ),
        "behandeling": frozenset(
            {
                "behandeling",
                "treatment",
                "therapie",
                "therapy",
                "chemotherapie",
                "bestraling",
                "radiotherapie",
                "operatie",
                "geopereerd",
                "surgery",
                "opname",
                "opgenomen",
                "ziekenhuis",
                "hospital",
                "psycholoog",
                "psychiater",
                "psychotherapie",
                "ggz",
                "emdr",
                "fysiotherapie",
                "fysiotherapeut",
                "revalidatie",
                "specialist",
                "huisarts",
                "neuroloog",
                "oncoloog",
                "cardioloog",
                "orthopeed",
                "afkickkliniek",
            }
        ),
    }
)


@attrs.frozen
class Treffer:
    """One hit: the JSON path of the text, the term found, its category and a fragment."""

    pad: str
    term: str
    categorie: str
    fragment: str


def _patroon(termen: Mapping[str, frozenset[str]]) -> re.Pattern[str]:
    delen = []
    for term in sorted({t for reeks in termen.values() for t in reeks}, key=len, reverse=True):
        gevlucht = re.escape(term)
        if len(term) >= 5:
            delen.append(gevlucht)
        else:
            delen.append(rf"(?<!\w){gevlucht}(?!\w)")
    return re.compile("|".join(delen), re.IGNORECASE)


def _als_dict(termen: Any) -> Any:
    """A copy of *termen* as a dict (anything else is refused after conversion)."""
    return dict(termen) if isinstance(termen, Mapping) else termen


@attrs.frozen
class Woordenlijst:
    """A vocabulary of medical terms by category (``diagnose``, ``medicatie``,
    ``behandeling``, or your own).

    >>> eigen = Woordenlijst.standaard().met("diagnose", "tennisarm")
    >>> "tennisarm" in eigen.termen["diagnose"]
    True
    """

    termen: Mapping[str, frozenset[str]] = attrs.field(converter=_als_dict)
    _patroon: re.Pattern[str] = attrs.field(init=False, eq=False, repr=False)
    _categorie: dict[str, str] = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.termen, dict) or not self.termen:
            raise ValidationError("Woordenlijst.termen", "expected terms by category")
        categorie: dict[str, str] = {}
        for naam, reeks in self.termen.items():
            if not isinstance(naam, str) or not isinstance(reeks, frozenset):
                raise ValidationError(
                    "Woordenlijst.termen", "expected a category name and a frozenset of terms"
                )
            for term in reeks:
                if not isinstance(term, str) or not term.strip() or term != term.strip():
                    raise ValidationError(
                        f"Woordenlijst.termen[{naam!r}]", f"not a term: {term!r:.40}"
                    )
                categorie.setdefault(term.casefold(), naam)
        object.__setattr__(self, "_categorie", categorie)
        object.__setattr__(self, "_patroon", _patroon(self.termen))

    @classmethod
    def standaard(cls) -> Woordenlijst:
        """The standard vocabulary (:data:`STANDAARD_TERMEN`)."""
        return _STANDAARD

    def met(self, categorie: str, *termen: str) -> Woordenlijst:
        """This vocabulary with *termen* added to *categorie* (a new one if unknown)."""
        if not isinstance(categorie, str) or not categorie.strip():
            raise ValidationError("categorie", f"expected a category name, got {categorie!r:.40}")
        for term in termen:
            if not isinstance(term, str) or not term.strip():
                raise ValidationError("termen", f"expected non-empty terms, got {term!r:.40}")
        nieuw = dict(self.termen)
        nieuw[categorie] = nieuw.get(categorie, frozenset()) | {
            t.strip().casefold() for t in termen
        }
        return Woordenlijst(nieuw)

    def zoek(self, tekst: str) -> Iterator[tuple[str, str, str]]:
        """(term, category, fragment) for every term in *tekst*."""
        for treffer in self._patroon.finditer(tekst):
            term = treffer.group().casefold()
            begin, einde = max(0, treffer.start() - 20), treffer.end() + 20
            yield term, self._categorie.get(term, "?"), tekst[begin:einde]


_STANDAARD: Final = Woordenlijst(STANDAARD_TERMEN)


def _teksten(waarde: Any, pad: str) -> Iterator[tuple[str, str]]:
    """(JSON path, text) of every free text in *waarde* (an attrs object, a tuple ...)."""
    if isinstance(waarde, str):
        yield pad, waarde
    elif isinstance(waarde, tuple | list):
        for i, element in enumerate(waarde):
            yield from _teksten(element, f"{pad}[{i}]")
    elif attrs.has(type(waarde)):
        for veld in attrs.fields(type(waarde)):
            if veld.init and veld.name not in GEEN_VRIJE_TEKST:
                yield from _teksten(getattr(waarde, veld.name), f"{pad}.{veld.name}")


def medische_termen(
    obj: object, *, woordenlijst: Woordenlijst | None = None, velden: Iterable[str] | None = None
) -> tuple[Treffer, ...]:
    """Every medical term in the free text of *obj* (a Traject, or any model object), with
    the JSON path of its field (``data.uitkomsten[0].toelichting``).

    *velden* limits the search to those top-level fields (e.g. those a role's view
    holds); *woordenlijst* replaces the standard vocabulary.
    """
    lijst = _STANDAARD if woordenlijst is None else woordenlijst
    if not isinstance(lijst, Woordenlijst):
        raise ValidationError(
            "woordenlijst", f"expected a Woordenlijst, got {type(lijst).__name__}"
        )
    if not attrs.has(type(obj)):
        raise ValidationError("obj", f"expected a model object, got {type(obj).__name__}")
    toegestaan = None if velden is None else frozenset(velden)
    treffers: list[Treffer] = []
    soort: Any = type(obj)
    for veld in attrs.fields(soort):
        if not veld.init or veld.name in GEEN_VRIJE_TEKST:
            continue
        if toegestaan is not None and veld.name not in toegestaan:
            continue
        for pad, tekst in _teksten(getattr(obj, veld.name), f"data.{veld.name}"):
            for term, categorie, fragment in lijst.zoek(tekst):
                treffers.append(Treffer(pad, term, categorie, fragment))
    return tuple(treffers)

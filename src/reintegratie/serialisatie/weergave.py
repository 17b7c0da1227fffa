"""Privacy views: which data of a document each role may see.

A *view* (weergave) is a document written for one role: it holds only the data
categories (:class:`~reintegratie.rollen.Gegevenscategorie`) that the role may
see according to :func:`~reintegratie.rollen.mag_inzien`, and its envelope
names the role (``"weergave": "werkgever"``).

The categories of the data are fixed here, in one place:

* every field of a :class:`~reintegratie.traject.Traject` is
  ``administratief`` except ``belastbaarheid``, which is ``functioneel``
  (:data:`TRAJECT_VELDEN`); a field missing from that table counts as
  ``medisch``, so a new field is withheld from everyone but the bedrijfsarts
  until it is classified;
* a :class:`~reintegratie.medisch.MedischDossier` is ``medisch`` as a whole:
  no view of it exists for any role but the bedrijfsarts;
* a Tijdlijn, findings and role allocation rows are ``administratief`` as a
  whole (:data:`DOCUMENTCATEGORIE`).

Vangnet and the other registration flags: the Autoriteit Persoonsgegevens lets the
employer record *that* a vangnet of the Ziektewet applies, not which one, and whether
the sickness stems from an accident at work or one with a liable third party (regres)
(beleidsregels "De zieke werknemer", 2016, sections 4.4–4.6). So
``Ziekteperiode.vangnet``, ``arbeidsongeval`` and ``regres`` are administratief (part
of ``ziekteperioden``), while the kind of vangnet
(:class:`~reintegratie.medisch.Vangnetsoort`) lives only in the
:class:`~reintegratie.medisch.MedischDossier`. The rules engine reads the kind when the
medical record is passed to it (``tijdlijn(..., medisch=dossier)``) and turns it into a
deadline class only (the fourth sick day, or within 6 weeks); the termijn it writes has
one code, one description and one source for every kind, so an employer-facing
timeline tells no more than the date the employer must act by.

>>> from reintegratie.rollen import Rol
>>> sorted(verborgen_velden(Rol.WERKGEVER))
[]
>>> controleer_document("reintegratie/medisch_dossier", Rol.WERKGEVER)
Traceback (most recent call last):
...
reintegratie.serialisatie.weergave.PrivacyError: a reintegratie/medisch_dossier document \
holds medisch data, which werkgever may not see (only: bedrijfsarts); refusing to write or \
read it for werkgever

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any, Final

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import _kort
from reintegratie.errors import ReintegratieError, ValidationError
from reintegratie.rollen import Gegevenscategorie, Rol, mag_inzien
from reintegratie.traject import Traject

__all__ = [
    "DOCUMENTCATEGORIE",
    "TRAJECT_VELDEN",
    "PrivacyError",
    "controleer_document",
    "controleer_rol",
    "rollen_voor",
    "traject_velden",
    "veldcategorie",
    "verborgen_velden",
    "weergave_van",
]

_A = Gegevenscategorie.ADMINISTRATIEF
_F = Gegevenscategorie.FUNCTIONEEL
_M = Gegevenscategorie.MEDISCH


class PrivacyError(ReintegratieError):
    """Data that a role may not see was asked to be written or read for that role
    (e.g. a MedischDossier for the werkgever)."""


#: The data category of every field of a Traject (its wire name). Belastbaarheid is what the
#: bedrijfsarts passes on to the employer: functional limitations and possibilities, never a
#: diagnosis. Everything else is who and when (``docs/serialisatie.md``, "Views").
TRAJECT_VELDEN: Final[Mapping[str, Gegevenscategorie]] = types.MappingProxyType(
    {
        "werknemer": _A,
        "werkgever": _A,
        "id": _A,
        "ziekteperioden": _A,
        "verlofperioden": _A,
        "gebeurtenissen": _A,
        "betrokkenen": _A,
        "sporen": _A,
        "driegesprekken": _A,
        "doelen": _A,
        "activiteiten": _A,
        "groepsprogrammas": _A,
        "nazorg": _A,
        "werkervaringsplaatsen": _A,
        "belastbaarheid": _F,
        "uitkomsten": _A,
        "soort": _A,
        "initiatief": _A,
        "jurisdictie": _A,
        "loopbaancheques": _A,
    }
)

#: The data category of each schema whose documents are one category as a whole.
#: ``reintegratie/traject`` is per field (:data:`TRAJECT_VELDEN`).
DOCUMENTCATEGORIE: Final[Mapping[str, Gegevenscategorie]] = types.MappingProxyType(
    {
        "reintegratie/tijdlijn": _A,
        "reintegratie/bevindingen": _A,
        "reintegratie/rolverdeling": _A,
        "reintegratie/medisch_dossier": _M,
    }
)

_TRAJECT: Final = "reintegratie/traject"
_FACTORY: Final[type] = type(attrs.Factory(list))


def traject_velden() -> tuple[str, ...]:
    """The wire names of a Traject's fields, in the order they are written."""
    return tuple(a.name for a in attrs.fields(Traject) if a.init)


@gecontroleerd
def veldcategorie(veld: str) -> Gegevenscategorie:
    """The category of the Traject field *veld*; ``medisch`` for a field not classified
    (fail closed)."""
    return TRAJECT_VELDEN.get(veld, _M)


@gecontroleerd
def controleer_rol(rol: object, naam: str = "voor") -> Rol:
    """*rol* if it is a :class:`~reintegratie.rollen.Rol`, else a ValidationError naming *naam*."""
    if not isinstance(rol, Rol):
        raise ValidationError(naam, f"expected a Rol, got {type(rol).__name__} {_kort(rol)}")
    return rol


@gecontroleerd
def verborgen_velden(rol: Rol) -> frozenset[str]:
    """The Traject fields withheld from *rol*: those of a category it may not see."""
    return frozenset(v for v in traject_velden() if not mag_inzien(rol, veldcategorie(v)))


@gecontroleerd
def weergave_van(traject: Traject, rol: Rol) -> Traject:
    """*traject* as *rol* may see it: the withheld fields at their defaults (empty).

    This is what reading the view of *traject* for *rol* gives back::

        from_json(to_json(traject, voor=rol), weergave=rol) == weergave_van(traject, rol)
    """
    controleer_rol(rol, "rol")
    controleer_document(_TRAJECT, rol)
    velden = attrs.fields_dict(Traject)
    leeg: dict[str, Any] = {}
    for veld in verborgen_velden(rol):
        standaard = velden[veld].default
        if standaard is attrs.NOTHING or isinstance(standaard, _FACTORY):
            raise PrivacyError(
                f"Traject.{veld} is withheld from {rol.value} but has no default to show instead"
            )
        leeg[veld] = standaard
    return attrs.evolve(traject, **leeg) if leeg else traject


@gecontroleerd
def rollen_voor(schema: str) -> tuple[Rol, ...]:
    """The roles a view of *schema* can be written for, in :class:`Rol` order.

    A Traject view needs the administratief fields (werknemer is required); a
    document of one category needs that category.
    """
    categorie = DOCUMENTCATEGORIE.get(schema, _A)
    return tuple(rol for rol in Rol if mag_inzien(rol, categorie))


def controleer_document(schema: str, rol: Rol) -> None:
    """Raise :class:`PrivacyError` unless a view of *schema* exists for *rol*."""
    rol = controleer_rol(rol, "rol")
    if rol in rollen_voor(schema):
        return
    categorie = DOCUMENTCATEGORIE.get(schema, _A)
    wel = ", ".join(r.value for r in rollen_voor(schema)) or "nobody"
    raise PrivacyError(
        f"a {schema} document holds {categorie.value} data, which {rol.value} may not see "
        f"(only: {wel}); refusing to write or read it for {rol.value}"
    )

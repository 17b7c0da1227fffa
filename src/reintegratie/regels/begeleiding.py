"""The practice checks of every kind of trajectory: agreements, driegesprekken, nazorg.

The sick-leave rule sets (the Wet verbetering poortwachter, the Flemish
re-integratietraject) apply only to sick-leave re-integration
(:attr:`Trajectsoort.ziekteverzuimregels
<reintegratie.trajectsoort.Trajectsoort.ziekteverzuimregels>`). Career guidance,
outplacement, job coaching and a WIA client's re-integration have no statutory deadlines;
what they do have is the practice the seed material describes, checked here with the same
:class:`~reintegratie.regels.toets.Bevinding` values (:func:`reintegratie.toets` adds them):

* ``afspraak_verlopen`` (every kind): an agreement of a driegesprek is still open after its
  due date. A jobcoach "makes agreements with the client and the employer"; a career centre
  advises "clear agreements about role and task allocation".
* ``driegesprek_cadans`` (every kind, once driegesprekken are held): while the trajectory
  runs (no outcome yet), more than :attr:`Begeleidingsnormen.driegesprek_dagen` days pass
  after a driegesprek without the next one.
* ``nazorg_ontbreekt`` (outplacement, job coaching, WIA re-integration): work was found but
  no nazorg runs from then on. After the start in a new function "the guidance continues as
  nazorg, as needed" (outplacement: *info*); a jobcoach "stays on for some years after a
  job is found" (job coaching: *waarschuwing*).

None of these is law; each finding's ``bron`` names the practice it comes from, and the
numbers are options (:class:`Begeleidingsnormen`), not legal truths.

>>> from datetime import date
>>> from reintegratie.gesprek import Afspraak, Driegesprek
>>> from reintegratie.rollen import Betrokkene, Rol
>>> from reintegratie.traject import Traject
>>> gesprek = Driegesprek(datum=date(2026, 3, 2), deelnemers=("W-1", "LG-1", "LA-1"),
...     afspraken=(Afspraak(wat="vacatures zoeken", wie="W-1", uiterlijk=date(2026, 3, 13)),))
>>> t = Traject(werknemer="W-1", werkgever="WG", driegesprekken=(gesprek,), betrokkenen=(
...     Betrokkene(id="LG-1", rollen=frozenset({Rol.LEIDINGGEVENDE}), organisatie="WG"),
...     Betrokkene(id="LA-1", rollen=frozenset({Rol.LOOPBAANADVISEUR}), organisatie="LC")))
>>> [(b.code, b.datum.isoformat()) for b in begeleidingsbevindingen(t, date(2026, 3, 16))]
[('afspraak_verlopen', '2026-03-13')]

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import datetime as _dt

import attrs

from reintegratie._argumenten import gecontroleerd
from reintegratie._validatie import bereik, controleer_datum
from reintegratie.regels.model import Ernst
from reintegratie.regels.toets import Bevinding
from reintegratie.traject import Traject
from reintegratie.trajectsoort import Trajectsoort
from reintegratie.uitkomst import Uitkomstsoort

__all__ = [
    "BRON_AFSPRAKEN",
    "BRON_DRIEGESPREKKEN",
    "BRON_NAZORG",
    "NAZORG_ERNST",
    "WERK",
    "Begeleidingsnormen",
    "begeleidingsbevindingen",
]

#: Where checking agreements comes from.
BRON_AFSPRAKEN = (
    "practice, not law: a jobcoach 'maakt afspraken met de cliënt en de werkgever' "
    "(NOLOC, 'Succesvol re-integreren met jobcoach en leerdoelen'); 'Maak duidelijke "
    "afspraken over rol- en taakverdeling' (good practice 'Loopbaanbegeleiding succesvol bij "
    "re-integratie', OMO / ProMotion, tip 7)"
)
#: Where the driegesprek rhythm comes from, and the reading taken for its default.
BRON_DRIEGESPREKKEN = (
    "practice, not law: 'Tijdens het hele traject was er af en toe een driegesprek' (OMO / "
    "ProMotion). The default of 42 days follows the six-weekly evaluation of sick-leave "
    "re-integration ('iedere 6 weken een evaluatiemoment', "
    "https://werkwegen.nl/opzoekboek/voortgangsgesprekken/; 'minstens eens per zes weken "
    "... (net als het UWV)', https://www.enroutebv.nl, 24 Mar 2023); it is an option "
    "(Begeleidingsnormen.driegesprek_dagen)"
)
#: Where nazorg comes from.
BRON_NAZORG = (
    "practice, not law: 'Na de start in een nieuwe functie gaat de begeleiding bij wijze van "
    "nazorg (al naargelang de behoefte) voort' (outplacementbureau.nl, 13 Mar 2020); a "
    "jobcoach 'blijft ook nadat iemand een baan heeft gevonden nog een aantal jaar een "
    "stabiele begeleidingsfunctie vervullen' (NOLOC)"
)

#: Outcomes that are work, after which nazorg is expected.
WERK = frozenset(
    {
        Uitkomstsoort.EIGEN_WERK,
        Uitkomstsoort.ANDER_WERK_INTERN,
        Uitkomstsoort.NIEUWE_WERKGEVER,
        Uitkomstsoort.EIGEN_BEDRIJF,
    }
)

#: How serious a missing nazorg is, per kind that expects it: as needed after outplacement
#: and a WIA client's re-integration; a jobcoach stays on after placement.
NAZORG_ERNST = {
    Trajectsoort.OUTPLACEMENT: Ernst.INFO,
    Trajectsoort.WIA_REINTEGRATIE: Ernst.INFO,
    Trajectsoort.JOBCOACHING: Ernst.WAARSCHUWING,
}


@attrs.frozen
class Begeleidingsnormen:
    """The numbers of the practice checks, as options.

    ``driegesprek_dagen``: the longest gap between driegesprekken while the trajectory
    runs (default 42 days: see :data:`BRON_DRIEGESPREKKEN`).
    """

    driegesprek_dagen: int = attrs.field(default=42, validator=bereik(1))


def _d(dag: _dt.date) -> str:
    return f"{dag:%a} {dag.isoformat()}"


def _x(traject: Traject, dag: _dt.date) -> _dt.date | None:
    geval = traject.geval_op(dag)
    return geval.eerste_ziektedag if geval is not None else None


def _afspraken(traject: Traject, peildatum: _dt.date) -> list[Bevinding]:
    bevindingen = []
    for gesprek in traject.driegesprekken:
        if gesprek.datum > peildatum:
            break
        for afspraak in gesprek.afspraken:
            if not afspraak.verlopen_op(peildatum) or afspraak.uiterlijk is None:
                continue
            dagen = (peildatum - afspraak.uiterlijk).days
            bevindingen.append(
                Bevinding(
                    code="afspraak_verlopen",
                    ernst=Ernst.WAARSCHUWING,
                    melding=f"agreement of the driegesprek of {_d(gesprek.datum)} "
                    f"'{afspraak.wat}' (owner {afspraak.wie}): due by "
                    f"{_d(afspraak.uiterlijk)}, still open on {_d(peildatum)} "
                    f"({dagen} days overdue)",
                    bron=BRON_AFSPRAKEN,
                    datum=afspraak.uiterlijk,
                    gevolg="discuss it with the owner: record it kept or dropped, or agree a "
                    "new date",
                    eerste_ziektedag=_x(traject, afspraak.uiterlijk),
                )
            )
    return bevindingen


def _loopt(traject: Traject, dag: _dt.date) -> bool:
    return not any(u.datum <= dag for u in traject.uitkomsten)


def _cadans(traject: Traject, peildatum: _dt.date, normen: Begeleidingsnormen) -> list[Bevinding]:
    datums = [d.datum for d in traject.driegesprekken if d.datum <= peildatum]
    bevindingen = []
    gap = _dt.timedelta(days=normen.driegesprek_dagen)
    for i, vorige in enumerate(datums):
        volgende = datums[i + 1] if i + 1 < len(datums) else None
        uiterlijk = vorige + gap
        # Late when the next came after the gap, or none by the peildatum, while running.
        if volgende is not None and volgende <= uiterlijk:
            continue
        if volgende is None and peildatum <= uiterlijk:
            continue
        if not _loopt(traject, uiterlijk):
            continue
        hoe = f"the next came on {_d(volgende)}" if volgende else f"none by {_d(peildatum)}"
        bevindingen.append(
            Bevinding(
                code="driegesprek_cadans",
                ernst=Ernst.INFO,
                melding=f"driegesprek of {_d(vorige)}: the next was due by {_d(uiterlijk)} "
                f"({normen.driegesprek_dagen} days); {hoe}",
                bron=BRON_DRIEGESPREKKEN,
                datum=uiterlijk,
                gevolg="the employer side and the adviser are not kept informed",
                eerste_ziektedag=_x(traject, uiterlijk),
            )
        )
    return bevindingen


def _nazorg(traject: Traject, peildatum: _dt.date) -> list[Bevinding]:
    ernst = NAZORG_ERNST.get(traject.trajectsoort)
    if ernst is None:
        return []
    werk = [u for u in traject.uitkomsten if u.soort in WERK and u.datum <= peildatum]
    if not werk:
        return []
    eerste = werk[0]
    if any(
        n.start <= peildatum and (n.einde is None or n.einde >= eerste.datum)
        for n in traject.nazorg
    ):
        return []
    return [
        Bevinding(
            code="nazorg_ontbreekt",
            ernst=ernst,
            melding=f"{traject.trajectsoort.value}: work found on {_d(eerste.datum)} "
            f"({eerste.soort.value}) and no nazorg recorded from then on",
            bron=BRON_NAZORG,
            datum=eerste.datum,
            gevolg="the new job is not supported while it settles",
            eerste_ziektedag=_x(traject, eerste.datum),
        )
    ]


@gecontroleerd
def begeleidingsbevindingen(
    traject: Traject, peildatum: _dt.date, normen: Begeleidingsnormen | None = None
) -> tuple[Bevinding, ...]:
    """The practice findings of *traject* on *peildatum*, in date order (see the module).

    Nothing dated after the peildatum is reported; facts recorded after it are not read.
    """
    controleer_datum("peildatum", peildatum)
    if normen is None:
        normen = Begeleidingsnormen()
    bevindingen = [
        *_afspraken(traject, peildatum),
        *_cadans(traject, peildatum, normen),
        *_nazorg(traject, peildatum),
    ]
    return tuple(sorted(bevindingen, key=lambda b: (b.datum, b.code)))

"""reintegratie: Dutch and Flemish re-integration trajectories and the Wet verbetering
poortwachter, in code.

The public surface. Everything documented is importable from here::

    >>> import reintegratie as ri
    >>> from datetime import date
    >>> t = ri.Traject(werknemer="W-001", werkgever="OMO",
    ...                ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),))
    >>> t.eerste_ziektedag
    datetime.date(2025, 10, 1)
"""

from __future__ import annotations

from reintegratie.activiteiten import (
    EFFECTIEVE_GROEPSOMVANG,
    Activiteit,
    Activiteitsoort,
    Energie,
    Groepsprogramma,
    Nazorg,
    Opbouwstap,
    Plaatsingsvorm,
    Werkervaringsplaats,
)
from reintegratie.doelen import Doel, Leerdoel, Meetperiode, Meting, Prestatiedoel, Voortgang
from reintegratie.errors import (
    NotFoundError,
    ReintegratieError,
    RuleSetError,
    SerializationError,
    UnsupportedVersionError,
    ValidationError,
)
from reintegratie.gebeurtenissen import (
    GEBEURTENISSOORTEN,
    ArbeidsdeskundigOnderzoek,
    Bekorting,
    Deskundigenoordeel,
    DeskundigenoordeelVraag,
    Eerstejaarsevaluatie,
    EindeDienstverband,
    Evaluatie,
    Gebeurtenis,
    Herstelmelding,
    Loonsanctie,
    Melding42eWeek,
    MeldingBedrijfsarts,
    PlanVanAanpak,
    Probleemanalyse,
    ReIntegratieverslag,
    VerslagOnderdeel,
    VrijwilligeVerlenging,
    WiaAanvraag,
    Ziekmelding,
)
from reintegratie.gesprek import Afspraak, Driegesprek
from reintegratie.kalender import Kalender, standaard_kalender
from reintegratie.medisch import MedischDossier, MedischeAantekening
from reintegratie.regels import (
    POORTWACHTER,
    Bevinding,
    Ernst,
    Regel,
    Status,
    Telwijze,
    Termijn,
    Termijnsoort,
    Tijdlijn,
    Verschuiving,
    poortwachter_regels,
    tijdlijn,
    tijdlijnen,
    toets,
)
from reintegratie.rollen import Betrokkene, Rol
from reintegratie.serialisatie import (
    from_dict,
    from_json,
    lees_jsonl,
    schrijf_jsonl,
    to_dict,
    to_json,
)
from reintegratie.spoor import Fase, Spoor, Spoor1Werk, Spoor2Stap, Spoorresultaat, Spoorsoort
from reintegratie.traject import Belastbaarheid, Traject, Uitkomst, Uitkomstsoort
from reintegratie.verzuim import (
    Onderbreking,
    Verlofperiode,
    Verlofsoort,
    Ziektegeval,
    Ziekteperiode,
    samentellen,
)

__version__ = "0.1.0"

__all__ = [
    "EFFECTIEVE_GROEPSOMVANG",
    "GEBEURTENISSOORTEN",
    "POORTWACHTER",
    "Activiteit",
    "Activiteitsoort",
    "Afspraak",
    "ArbeidsdeskundigOnderzoek",
    "Bekorting",
    "Belastbaarheid",
    "Betrokkene",
    "Bevinding",
    "Deskundigenoordeel",
    "DeskundigenoordeelVraag",
    "Doel",
    "Driegesprek",
    "Eerstejaarsevaluatie",
    "EindeDienstverband",
    "Energie",
    "Ernst",
    "Evaluatie",
    "Fase",
    "Gebeurtenis",
    "Groepsprogramma",
    "Herstelmelding",
    "Kalender",
    "Leerdoel",
    "Loonsanctie",
    "MedischDossier",
    "MedischeAantekening",
    "Meetperiode",
    "Melding42eWeek",
    "MeldingBedrijfsarts",
    "Meting",
    "Nazorg",
    "NotFoundError",
    "Onderbreking",
    "Opbouwstap",
    "Plaatsingsvorm",
    "PlanVanAanpak",
    "Prestatiedoel",
    "Probleemanalyse",
    "ReIntegratieverslag",
    "Regel",
    "ReintegratieError",
    "Rol",
    "RuleSetError",
    "SerializationError",
    "Spoor",
    "Spoor1Werk",
    "Spoor2Stap",
    "Spoorresultaat",
    "Spoorsoort",
    "Status",
    "Telwijze",
    "Termijn",
    "Termijnsoort",
    "Tijdlijn",
    "Traject",
    "Uitkomst",
    "Uitkomstsoort",
    "UnsupportedVersionError",
    "ValidationError",
    "Verlofperiode",
    "Verlofsoort",
    "Verschuiving",
    "VerslagOnderdeel",
    "Voortgang",
    "VrijwilligeVerlenging",
    "Werkervaringsplaats",
    "WiaAanvraag",
    "Ziekmelding",
    "Ziektegeval",
    "Ziekteperiode",
    "__version__",
    "from_dict",
    "from_json",
    "lees_jsonl",
    "poortwachter_regels",
    "samentellen",
    "schrijf_jsonl",
    "standaard_kalender",
    "tijdlijn",
    "tijdlijnen",
    "to_dict",
    "to_json",
    "toets",
]

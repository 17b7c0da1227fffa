"""Pictures (matplotlib, extra ``plot``): one traject's timeline, a caseload's on-time
rates per milestone, and one person's energy balance over time.

Both draw on a given ``ax`` or on a new figure (through ``matplotlib.pyplot``), and
return the Axes. Status colours are those of the HTML display: on time green, late
orange, missed red, open blue, lapsed grey, a passed fixed date purple.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from reintegratie._argumenten import gecontroleerd
from reintegratie.activiteiten import Activiteit
from reintegratie.analyse._stijl import KLEUR, LABEL
from reintegratie.analyse.kpi import Kpirapport, Mijlpaalcijfer
from reintegratie.energiebalans import Energiepunt, energiebalans
from reintegratie.errors import ExtraOntbreektError
from reintegratie.kalender import Kalender
from reintegratie.regels import Regel, Status, Telwijze, Termijnsoort, tijdlijn
from reintegratie.spoor import Spoorsoort
from reintegratie.traject import Traject

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

__all__ = ["plot_caseload", "plot_energiebalans", "plot_traject"]

_ZIEK = "#e57373"
_VERLOF = "#ce93d8"
_SPOOR = {Spoorsoort.SPOOR_1: "#4db6ac", Spoorsoort.SPOOR_2: "#7986cb"}
_DAG = _dt.timedelta(days=1)


def _vereist_matplotlib() -> None:
    """matplotlib is imported on first use: the module imports without the extra."""
    try:
        import matplotlib  # noqa: F401
    except ImportError as fout:
        raise ExtraOntbreektError(
            "reintegratie.analyse.plot needs matplotlib, which the 'plot' extra installs: "
            "pip install 'reintegratie[plot]'"
        ) from fout


def _nieuwe_as(breedte: float, hoogte: float) -> Axes:
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=(breedte, hoogte), layout="constrained")
    return ax


def _naam(code: str) -> str:
    """A code as a label: ``re_integratieverslag`` reads "re-integratieverslag"."""
    return code.replace("re_integratie", "re-integratie").replace("_", " ")


def _num(dag: _dt.date) -> float:
    import matplotlib.dates as mdates

    date2num: Any = mdates.date2num  # untyped in matplotlib
    return float(date2num(dag))


@gecontroleerd
def plot_traject(
    traject: Traject,
    peildatum: _dt.date | None = None,
    *,
    ax: Axes | None = None,
    titel: str | None = None,
    regels: Sequence[Regel] | None = None,
    kalender: Kalender | None = None,
    telwijze: Telwijze = Telwijze.EINDE_WEEK,
) -> Axes:
    """The timeline of one traject: sickness and leave periods, sporen, recorded events,
    and one lane per termijn code of :func:`~reintegratie.tijdlijn` (on *peildatum*) with
    each termijn at its due date in its status colour, its window shaded, and a line to
    the day it was done.

    .. versionadded:: 0.1.0
    """
    _vereist_matplotlib()
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    tl = tijdlijn(traject, peildatum, regels=regels, kalender=kalender, telwijze=telwijze)
    codes = list(dict.fromkeys(t.code for t in tl))
    lanen = ["sickness", "sporen", "events", *codes]
    if ax is None:
        ax = _nieuwe_as(11.0, 1.4 + 0.32 * len(lanen))
    y = {naam: -i for i, naam in enumerate(lanen)}
    datums = [t.uiterlijk for t in tl] + [g.datum for g in traject.gebeurtenissen]
    datums += [p.eerste_dag for p in traject.ziekteperioden]
    datums += [p.laatste_dag for p in traject.ziekteperioden if p.laatste_dag is not None]
    datums += [s.start for s in traject.sporen]
    if peildatum is not None:
        datums.append(peildatum)
    if not datums:
        datums = [peildatum or _dt.date(2000, 1, 1)]
    begin, einde = min(datums), max(datums)
    marge = max(_dt.timedelta(days=14), (einde - begin) / 40)
    rechts = einde + marge

    def balk(laan: str, van: _dt.date, tot: _dt.date | None, kleur: str, **opties: Any) -> None:
        eind = (tot or rechts) + _DAG
        ax.barh(y[laan], _num(eind) - _num(van), left=_num(van), height=0.55, color=kleur, **opties)

    for p in traject.ziekteperioden:
        balk("sickness", p.eerste_dag, p.laatste_dag, _ZIEK, alpha=0.35 + 0.65 * p.percentage / 100)
    for v in traject.verlofperioden:
        balk("sickness", v.eerste_dag, v.laatste_dag, _VERLOF, hatch="//", edgecolor="#8e24aa")
    for s in traject.sporen:
        balk("sporen", s.start, s.einde, _SPOOR[s.soort])
        ax.text(
            _num(s.start),
            y["sporen"],
            f" {s.soort.value.replace('_', ' ')}",
            va="center",
            fontsize=8,
            color="#263238",
        )
    for g in traject.gebeurtenissen:
        ax.plot(_num(g.datum), y["events"], marker="|", markersize=11, color="#37474f", mew=1.5)
    for t in tl:
        rij = y[t.code]
        if t.vanaf is not None:
            ax.barh(
                rij,
                _num(t.uiterlijk) - _num(t.vanaf),
                left=_num(t.vanaf),
                height=0.35,
                color=KLEUR[t.status],
                alpha=0.18,
            )
        if t.afgerond_op is not None and t.afgerond_op != t.uiterlijk:
            ax.plot(
                [_num(t.uiterlijk), _num(t.afgerond_op)],
                [rij, rij],
                color=KLEUR[t.status],
                linewidth=1.6,
            )
            ax.plot(_num(t.afgerond_op), rij, marker="|", markersize=9, color="#212121", mew=1.5)
        vorm = "o" if t.soort is Termijnsoort.DEADLINE else "D"
        ax.plot(
            _num(t.uiterlijk),
            rij,
            marker=vorm,
            markersize=7,
            color=KLEUR[t.status],
            markeredgecolor="white",
            markeredgewidth=0.6,
            linestyle="none",
        )
    if peildatum is not None:
        ax.axvline(_num(peildatum), color="#424242", linestyle="--", linewidth=1)
        ax.text(
            _num(peildatum),
            0.75,
            " peildatum",
            fontsize=8,
            color="#424242",
            va="bottom",
        )
    ax.set_yticks([y[naam] for naam in lanen], lanen, fontsize=8.5)
    for label in ax.get_yticklabels()[:3]:
        label.set_fontstyle("italic")
    ax.axhline(-2.5, color="#bdbdbd", linewidth=0.8)
    ax.set_ylim(-len(lanen) + 0.4, 1.1)
    ax.set_xlim(_num(begin - marge), _num(rechts))
    maak_locator: Any = mdates.AutoDateLocator  # untyped in matplotlib
    maak_formatter: Any = mdates.ConciseDateFormatter
    locator = maak_locator(minticks=5, maxticks=12)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(maak_formatter(locator))
    ax.grid(axis="x", color="#eeeeee", linewidth=0.8)
    ax.set_axisbelow(True)
    for kant in ("top", "right", "left"):
        ax.spines[kant].set_visible(False)
    ax.tick_params(axis="y", length=0)
    aanwezig = [s for s in Status if any(t.status is s for t in tl)]
    legenda: list[Line2D | Patch] = [
        Line2D([], [], marker="o", linestyle="none", color=KLEUR[s], label=LABEL[s])
        for s in aanwezig
    ]
    legenda.append(Patch(color=_ZIEK, label="sick"))
    if traject.verlofperioden:
        legenda.append(Patch(facecolor=_VERLOF, edgecolor="#8e24aa", hatch="//", label="leave"))
    if any(t.vanaf is not None for t in tl):
        legenda.append(Patch(color="#9e9e9e", alpha=0.3, label="window"))
    legenda += [
        Line2D([], [], marker="o", linestyle="none", color="#757575", label="deadline"),
        Line2D([], [], marker="D", linestyle="none", color="#757575", label="fixed date"),
        Line2D(
            [],
            [],
            marker="|",
            linestyle="none",
            color="#212121",
            markersize=9,
            mew=1.5,
            label="done / event",
        ),
    ]
    ax.legend(
        handles=legenda, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False
    )
    if titel is None:
        wie = traject.id or traject.werknemer
        titel = f"Traject {wie}" + (f" on {peildatum.isoformat()}" if peildatum else "")
    ax.set_title(titel, loc="left", fontsize=11)
    return ax


@gecontroleerd
def plot_caseload(
    cijfers: Kpirapport | Sequence[Mijlpaalcijfer],
    *,
    ax: Axes | None = None,
    titel: str | None = None,
) -> Axes:
    """On-time rates per milestone: a bar per milestone, split into on time, late and
    missing (shares of the termijnen judged, with their number on the right).

    *cijfers* is a :class:`~reintegratie.analyse.kpi.Kpirapport` or the result of
    :func:`~reintegratie.analyse.kpi.mijlpalen`.

    .. versionadded:: 0.1.0
    """
    _vereist_matplotlib()
    rapport = cijfers if isinstance(cijfers, Kpirapport) else None
    rij = list(cijfers.mijlpalen) if isinstance(cijfers, Kpirapport) else list(cijfers)
    if ax is None:
        ax = _nieuwe_as(9.0, 1.3 + 0.45 * max(len(rij), 1))
    namen = [_naam(m.code) for m in rij]
    ys = list(range(len(rij)))[::-1]
    delen = (
        ("op_tijd", Status.GEHAALD),
        ("te_laat", Status.TE_LAAT),
        ("gemist", Status.GEMIST),
    )
    links = [0.0] * len(rij)
    for veld, status in delen:
        breedtes = [(getattr(m, veld) / m.beoordeeld if m.beoordeeld else 0.0) for m in rij]
        ax.barh(ys, breedtes, left=links, color=KLEUR[status], height=0.62, label=LABEL[status])
        for y_, l_, b_ in zip(ys, links, breedtes, strict=True):
            if b_ >= 0.06:
                ax.text(
                    l_ + b_ / 2,
                    y_,
                    f"{b_:.0%}",
                    ha="center",
                    va="center",
                    color="white",
                    fontsize=8.5,
                    fontweight="bold",
                )
        links = [a + b for a, b in zip(links, breedtes, strict=True)]
    for y_, m in zip(ys, rij, strict=True):
        ax.text(1.01, y_, f"n = {m.beoordeeld:,}", va="center", fontsize=8, color="#424242")
    ax.set_yticks(ys, namen, fontsize=9)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda x, _: f"{x:.0%}")
    ax.tick_params(axis="y", length=0)
    for kant in ("top", "right"):
        ax.spines[kant].set_visible(False)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3, fontsize=8.5, frameon=False)
    if titel is None:
        titel = "Poortwachter milestones: on time, late, missing"
        if rapport is not None:
            titel += f" ({rapport.van} .. {rapport.tot})"
    ax.set_title(titel, loc="left", fontsize=11, pad=22)
    return ax


_GEEFT = "#66bb6a"
_KOST = "#ef6c00"


@gecontroleerd
def plot_energiebalans(
    bron: Traject | Iterable[Activiteit] | Sequence[Energiepunt],
    *,
    ax: Axes | None = None,
    titel: str | None = None,
    dagen: int = 7,
) -> Axes:
    """The energy balance over time: per period (a week by default) a green bar up for
    the load of activities that gave energy, an orange bar down for those that took it,
    and a line for the balance. A coach sees which weeks took too much.

    *bron* is a traject (all its activities, those of its sporen too), activities, or
    the periods of :func:`~reintegratie.energiebalans.energiebalans`.

    .. versionadded:: 0.2.0
    """
    _vereist_matplotlib()
    if isinstance(bron, Traject):
        punten = energiebalans(bron.alle_activiteiten(), dagen=dagen)
    else:
        lijst: list[Any] = list(bron)
        if lijst and all(isinstance(p, Energiepunt) for p in lijst):
            punten = tuple(lijst)
        else:
            # energiebalans refuses anything but activities, naming the index.
            punten = energiebalans(lijst, dagen=dagen)
    if ax is None:
        ax = _nieuwe_as(9.0, 3.6)
    xs = [_num(p.van) for p in punten]
    breedte = 0.8 * (dagen if not punten else max((punten[0].tot - punten[0].van).days + 1, 1))
    ax.bar(
        xs,
        [p.gegeven for p in punten],
        width=breedte,
        align="edge",
        color=_GEEFT,
        label="gives energy",
    )
    ax.bar(
        xs,
        [-p.gekost for p in punten],
        width=breedte,
        align="edge",
        color=_KOST,
        label="takes energy",
    )
    ax.plot(
        [x + breedte / 2 for x in xs],
        [p.saldo for p in punten],
        color="#212121",
        marker="o",
        markersize=3,
        linewidth=1.2,
        label="balance",
    )
    ax.axhline(0, color="#9e9e9e", linewidth=0.8)
    ax.xaxis_date()
    eenheid = next((p.eenheid for p in punten if p.eenheid is not None), None)
    ax.set_ylabel("hours" if eenheid is None or eenheid.value == "uren" else "score (1-10)")
    for kant in ("top", "right"):
        ax.spines[kant].set_visible(False)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3, fontsize=8.5, frameon=False)
    ax.set_title(
        titel or "Energy balance: what gives energy, what takes it", loc="left", fontsize=11, pad=22
    )
    return ax

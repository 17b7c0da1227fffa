"""Rich HTML for notebooks: a Traject and a Tijdlijn as HTML fragments.

Both return a ``<div>`` with inline styles (no scripts, no external resources), meant
for ``_repr_html_`` in Jupyter. Every text is escaped.

>>> from datetime import date
>>> import reintegratie as ri
>>> t = ri.Traject(werknemer="W-1", werkgever="WG <1>",
...                ziekteperioden=(ri.Ziekteperiode(eerste_dag=date(2025, 10, 1)),))
>>> fragment = traject_html(t)
>>> fragment.startswith("<div") and "WG &lt;1&gt;" in fragment and "melding_42e_week" in fragment
True
>>> "2026-07-22" in tijdlijn_html(ri.tijdlijn(t))
True

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from html import escape

from reintegratie._argumenten import gecontroleerd
from reintegratie.analyse._stijl import KLEUR, LABEL
from reintegratie.regels import Status, Tijdlijn, tijdlijn
from reintegratie.traject import Traject

__all__ = ["tijdlijn_html", "traject_html"]

_TABEL = "border-collapse:collapse;font-size:0.9em;margin:0.3em 0"
_CEL = "padding:0.15em 0.6em;border-bottom:1px solid #ddd;text-align:left;vertical-align:top"
_KOP = _CEL + ";border-bottom:2px solid #999"


def _d(dag: _dt.date | None) -> str:
    return "" if dag is None else dag.isoformat()


def _status(status: Status) -> str:
    return (
        f'<span title="{escape(status.value)}" style="background:{KLEUR[status]};color:#fff;'
        f'padding:0 0.45em;border-radius:0.3em;white-space:nowrap">{escape(LABEL[status])}</span>'
    )


def _tabel(koppen: Iterable[str], rijen: Iterable[Iterable[str]]) -> str:
    """A table; the cells are HTML already (escape text before)."""
    kop = "".join(f'<th style="{_KOP}">{escape(k)}</th>' for k in koppen)
    lijf = "".join(
        "<tr>" + "".join(f'<td style="{_CEL}">{cel}</td>' for cel in rij) + "</tr>" for rij in rijen
    )
    return f'<table style="{_TABEL}"><thead><tr>{kop}</tr></thead><tbody>{lijf}</tbody></table>'


@gecontroleerd
def tijdlijn_html(tl: Tijdlijn) -> str:
    """A Tijdlijn as an HTML table: every termijn with its due date, status (coloured),
    completion, responsible roles and explanation.

    .. versionadded:: 0.1.0
    """
    kop = "Tijdlijn"
    if tl.eerste_ziektedag is not None:
        kop += f" · first sick day {_d(tl.eerste_ziektedag)}"
    if tl.peildatum is not None:
        kop += f" · peildatum {_d(tl.peildatum)}"
    if not tl.termijnen:
        inhoud = "<p><em>no termijnen (no sickness)</em></p>"
    else:
        rijen = [
            (
                escape(_d(t.uiterlijk)),
                escape(_d(t.vanaf)),
                f"<code>{escape(t.code)}</code>"
                + (f" #{t.volgnummer}" if t.volgnummer > 1 else ""),
                escape(t.omschrijving),
                _status(t.status),
                escape(_d(t.afgerond_op)),
                escape(", ".join(r.value for r in t.verantwoordelijk)),
                escape(t.toelichting),
            )
            for t in tl
        ]
        inhoud = _tabel(
            (
                "due",
                "from",
                "code",
                "termijn",
                "status",
                "done on",
                "responsible",
                "note",
            ),
            rijen,
        )
    return (
        '<div class="reintegratie-tijdlijn">'
        f'<div style="font-weight:bold;margin:0.2em 0">{escape(kop)}</div>{inhoud}</div>'
    )


@gecontroleerd
def traject_html(traject: Traject, peildatum: _dt.date | None = None) -> str:
    """A Traject as HTML: who, the sickness and leave periods, sporen, events, outcome, and
    its timeline (:func:`tijdlijn_html` of :func:`~reintegratie.tijdlijn` on *peildatum*).

    .. versionadded:: 0.1.0
    """
    kop = f"Traject {traject.id}" if traject.id else "Traject"
    regels = [
        f"<b>{escape(kop)}</b> · werknemer <code>{escape(traject.werknemer)}</code> · "
        f"werkgever <code>{escape(traject.werkgever or '—')}</code>"
    ]
    delen: list[str] = []
    if traject.ziekteperioden or traject.verlofperioden:
        rijen = [
            (
                "sick" if p.percentage == 100 else f"sick {p.percentage}%",
                escape(_d(p.eerste_dag)),
                escape(_d(p.laatste_dag)) or "<em>running</em>",
            )
            for p in traject.ziekteperioden
        ] + [
            (escape(v.soort.value), escape(_d(v.eerste_dag)), escape(_d(v.laatste_dag)))
            for v in traject.verlofperioden
        ]
        rijen.sort(key=lambda r: r[1])
        gevallen = len(traject.ziektegevallen)
        delen.append(
            f"<div>{len(traject.ziekteperioden)} sickness period(s), {gevallen} case(s)</div>"
            + _tabel(("period", "from", "to"), rijen)
        )
    if traject.sporen:
        delen.append(
            _tabel(
                ("spoor", "start", "end", "result"),
                [
                    (
                        escape(s.soort.value),
                        escape(_d(s.start)),
                        escape(_d(s.einde)),
                        escape(s.resultaat.value if s.resultaat else ""),
                    )
                    for s in traject.sporen
                ],
            )
        )
    if traject.gebeurtenissen:
        tekst = ", ".join(f"{escape(g.code)} {escape(_d(g.datum))}" for g in traject.gebeurtenissen)
        delen.append(f"<div><b>events</b>: {tekst}</div>")
    if traject.betrokkenen:
        tekst = ", ".join(
            f"<code>{escape(b.id)}</code> ({escape(', '.join(sorted(r.value for r in b.rollen)))})"
            for b in traject.betrokkenen
        )
        delen.append(f"<div><b>betrokkenen</b>: {tekst}</div>")
    u = traject.uitkomst
    if u is not None:
        tevreden = {None: "not asked", True: "more satisfied", False: "not more satisfied"}[
            u.tevredenheid_verbeterd
        ]
        delen.append(
            f"<div><b>uitkomst</b>: {escape(u.soort.value)} on {escape(_d(u.datum))}"
            f" ({'changed job' if u.andere_baan else 'no change of job'}, {tevreden})</div>"
        )
    delen.append(tijdlijn_html(tijdlijn(traject, peildatum)))
    return (
        '<div class="reintegratie-traject" style="font-family:sans-serif">'
        f"<div>{''.join(regels)}</div>{''.join(delen)}</div>"
    )

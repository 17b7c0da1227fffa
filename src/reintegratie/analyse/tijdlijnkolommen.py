"""The result of the columnar timeline: :class:`Tijdlijnkolommen` (per code, arrays
over the dossiers), :class:`Herhalingkolommen` (a recurring termijn on arrays) and the
status codes :data:`STATUSSEN`.

Every public name here is also importable from :mod:`reintegratie.analyse.kolommen`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

import attrs

try:
    import numpy as np
except ImportError:  # pragma: no cover - without the extra; the module still imports
    np = None  # type: ignore[assignment]

from reintegratie.regels import Status

__all__ = ["STATUSSEN", "Herhalingkolommen", "Tijdlijnkolommen"]

if TYPE_CHECKING:
    import numpy.typing as npt

    from reintegratie.analyse.verzuimkolommen import Datums, Gehelen

#: Status codes of :attr:`Tijdlijnkolommen.status`: the index into this tuple; -1 where a
#: dossier has no such termijn.
STATUSSEN: tuple[Status, ...] = tuple(Status)
_CODE = {s: i for i, s in enumerate(STATUSSEN)}


@attrs.frozen(eq=False)
class Herhalingkolommen:
    """A recurring termijn (evaluations) on arrays: the first due date, how many fall due
    before the end (the wachttijd or recovery), and how many of those are missed on the
    peildatum; each completed one counts from its completion, as in the engine."""

    eerste: Datums
    aantal: Gehelen
    gemist: Gehelen
    afgerond_rij: Gehelen | None = attrs.field(default=None, kw_only=True)
    """The termijnen completed by a recorded fact, one entry each: the row, the due date
    (``afgerond_uiterlijk``) and the status (``afgerond_status``, gehaald or te_laat).
    Rows computed per dossier (:attr:`Tijdlijnkolommen.per_dossier`) are not in it."""
    afgerond_uiterlijk: Datums | None = attrs.field(default=None, kw_only=True)
    afgerond_status: npt.NDArray[np.int8] | None = attrs.field(default=None, kw_only=True)
    staart_vanaf: Datums | None = attrs.field(default=None, kw_only=True)
    """Per row, the day the termijnen nobody completed count from: they fall due
    ``interval``, 2 × ``interval`` ... days after it, ``staart_aantal`` of them (open,
    or missed before the peildatum). NaT: none. Not for rows computed per dossier."""
    staart_aantal: Gehelen | None = attrs.field(default=None, kw_only=True)
    interval: int = attrs.field(default=0, kw_only=True)


@attrs.frozen(eq=False)
class Tijdlijnkolommen:
    """The result of :func:`~.kolommen.tijdlijn_kolommen`: per code, arrays over the dossiers.

    ``uiterlijk[code]`` is the due date (NaT: no such termijn, e.g. no sickness or no
    rule variant in force), ``status[code]`` its status as a code into
    :data:`STATUSSEN` (-1: no termijn), ``vanaf[code]`` the opening of a window (rules
    with ``venster_vanaf``). Recurring codes are in ``herhalingen``. ``overgeslagen``
    names the codes of the rule set left out, and why.

    .. versionadded:: 0.1.0
    """

    eerste_ziektedag: Datums
    laatste_ziektedag: Datums
    uiterlijk: Mapping[str, Datums]
    status: Mapping[str, npt.NDArray[np.int8]]
    vanaf: Mapping[str, Datums]
    herhalingen: Mapping[str, Herhalingkolommen]
    peildatum: _dt.date | None
    overgeslagen: Mapping[str, str]
    per_dossier: npt.NDArray[np.bool_] = attrs.field(kw_only=True)
    """Per dossier: whether its row came from :func:`~reintegratie.tijdlijn` (recorded
    facts, another jurisdiction, or a code the arrays cannot compute) rather than from
    the arrays."""

    def __len__(self) -> int:
        return int(self.eerste_ziektedag.size)

    def __getitem__(self, code: str) -> Datums:
        try:
            return self.uiterlijk[code]
        except KeyError:
            raise KeyError(
                f"no column {code!r} (columns: {', '.join(self.uiterlijk) or 'none'})"
            ) from None

    @property
    def codes(self) -> tuple[str, ...]:
        """The non-recurring codes computed, in rule-set dependency order."""
        return tuple(self.uiterlijk)

    def statussen(self, code: str) -> npt.NDArray[np.object_]:
        """``status[code]`` as an array of status values (strings; ``None``: no termijn)."""
        waarden = np.array([s.value for s in STATUSSEN] + [None], dtype=object)
        return waarden[self.status[code]]

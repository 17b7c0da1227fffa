"""Colours and labels shared by the plots and the HTML display."""

from __future__ import annotations

from reintegratie.regels import Status

__all__ = ["KLEUR", "LABEL"]

#: One colour per status: done on time green, late orange, missed red, open blue; lapsed
#: and not applicable grey; a fixed date that has passed purple.
KLEUR: dict[Status, str] = {
    Status.GEHAALD: "#2e7d32",
    Status.TE_LAAT: "#ef6c00",
    Status.GEMIST: "#c62828",
    Status.OPEN: "#1565c0",
    Status.VERVALLEN: "#9e9e9e",
    Status.NIET_VAN_TOEPASSING: "#bdbdbd",
    Status.BEREIKT: "#6a1b9a",
}

#: The status as a reader says it (the value is the stable code).
LABEL: dict[Status, str] = {
    Status.GEHAALD: "on time",
    Status.TE_LAAT: "late",
    Status.GEMIST: "missed",
    Status.OPEN: "open",
    Status.VERVALLEN: "lapsed",
    Status.NIET_VAN_TOEPASSING: "not applicable",
    Status.BEREIKT: "passed",
}

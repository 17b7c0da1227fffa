"""Griffe extension for the API reference: the reST habits of the docstrings as Markdown.

The docstrings are written for ``help()`` and doctest, in the reST style of the Python
standard library. For the site (mkdocstrings renders Markdown):

* ``:class:`~a.b.C``` and the other roles become code: ``C`` (with ``~``) or ``a.b.C``;
* ``.. versionadded:: X`` becomes "*Added in version X.*";
* a doctest block (lines from ``>>>`` to the next blank line) and the indented block
  after a paragraph ending in ``::`` become fenced code blocks, so ``>>>`` is never
  read as a Markdown quote.

Nothing here changes the docstrings themselves: only what the API reference shows.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROL = re.compile(r":(?:py:)?(?:class|func|mod|data|attr|meth|exc|obj|const):`(~?)([^`]+)`")
_VERSIE = re.compile(r"^(\s*)\.\. version(added|changed):: *(.+)$")


def _rol(m: re.Match[str]) -> str:
    kort, doel = m.group(1), m.group(2).strip()
    if "<" in doel and doel.endswith(">"):  # :func:`title <target>`
        doel = doel.split("<", 1)[0].strip()
    elif kort or doel.startswith("."):
        doel = doel.rsplit(".", 1)[-1]
    return f"`{doel}`"


def _inspringing(regel: str) -> int:
    return len(regel) - len(regel.lstrip(" "))


def naar_markdown(tekst: str) -> str:
    """*tekst*, a cleaned docstring, with its reST habits in Markdown (see the module)."""
    tekst = _ROL.sub(_rol, tekst)
    regels = tekst.splitlines()
    uit: list[str] = []
    i = 0
    letterlijk_volgt = False
    while i < len(regels):
        regel = regels[i]
        versie = _VERSIE.match(regel)
        if versie:
            wat = "Added" if versie.group(2) == "added" else "Changed"
            uit.append(f"{versie.group(1)}*{wat} in version {versie.group(3).strip()}.*")
            i += 1
            continue
        if regel.lstrip().startswith(">>>"):
            blok = []
            marge = _inspringing(regel)
            while i < len(regels) and regels[i].strip():
                blok.append(regels[i][marge:] if _inspringing(regels[i]) >= marge else regels[i])
                i += 1
            uit += ["", "```pycon", *blok, "```", ""]
            letterlijk_volgt = False
            continue
        if letterlijk_volgt and regel.strip():
            marge = _inspringing(regel)
            basis = _inspringing(uit[-1]) if uit and uit[-1].strip() else 0
            if marge > basis:
                blok = []
                while i < len(regels) and (
                    not regels[i].strip() or _inspringing(regels[i]) >= marge
                ):
                    blok.append(regels[i][marge:])
                    i += 1
                while blok and not blok[-1].strip():
                    blok.pop()
                uit += ["", "```text", *blok, "```", ""]
                letterlijk_volgt = False
                continue
        if regel.rstrip().endswith("::"):
            letterlijk_volgt = True
            kaal = regel.rstrip()[:-2].rstrip()
            # "text::" reads "text:"; a lone "::" disappears.
            regel = f"{kaal}:" if kaal.strip() else ""
        elif regel.strip():
            letterlijk_volgt = False
        uit.append(regel)
        i += 1
    return "\n".join(uit)


class ReSTNaarMarkdown(griffe.Extension):
    """Rewrite every docstring's reST habits as Markdown when griffe loads it."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = naar_markdown(obj.docstring.value)

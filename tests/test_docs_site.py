"""The documentation site: every public name in the API reference, every picture drawn.

The site itself is built by ``mkdocs build --strict`` in CI (``.ci/run``); these tests
need no MkDocs and keep the pages honest as the code changes.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

PROJECT = Path(__file__).resolve().parent.parent
DOCS = PROJECT / "docs"
API = DOCS / "api"

#: The public modules whose ``__all__`` the API reference documents.
PUBLIEKE_MODULES = (
    "reintegratie",
    "reintegratie.analyse",
    "reintegratie.serialisatie",
    "reintegratie.testing.factories",
    "reintegratie.testing.strategies",
    "reintegratie.testing.soorten",
    "reintegratie.testing.scenario",
    "reintegratie.testing.plugin",
)

_DIRECTIEF = re.compile(r"^::: *([\w.]+)\s*$", re.MULTILINE)


def _directieven() -> set[str]:
    return {
        m.group(1)
        for pagina in API.glob("*.md")
        for m in _DIRECTIEF.finditer(pagina.read_text(encoding="utf-8"))
    }


def _hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_hooks", PROJECT / "tools" / "docs_hooks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class TestAPIReferentie:
    @pytest.mark.parametrize("modulenaam", PUBLIEKE_MODULES)
    def test_elke_publieke_naam_staat_erin(self, modulenaam):
        """Every name in the module's __all__ has a ``::: path`` entry in docs/api/:
        under its own module, or under a public module that holds the same object."""
        if modulenaam == "reintegratie.testing.strategies":
            pytest.importorskip("hypothesis")
        if modulenaam == "reintegratie.testing.plugin":
            pytest.importorskip("pytest")
        module = importlib.import_module(modulenaam)
        directieven = _directieven()
        ontbreekt = []
        for naam in module.__all__:
            if f"{modulenaam}.{naam}" in directieven:
                continue
            obj = getattr(module, naam)
            elders = [
                pad
                for pad in directieven
                if pad.rsplit(".", 1)[-1] == naam
                and (bron := pad.rsplit(".", 1)[0]) in PUBLIEKE_MODULES
                and getattr(importlib.import_module(bron), naam, None) is obj
            ]
            if not elders:
                ontbreekt.append(naam)
        assert not ontbreekt, (
            f"public names of {modulenaam} missing from the API reference: {ontbreekt}; "
            f"add a line '::: {modulenaam}.<name>' to the fitting page in docs/api/"
        )

    def test_elk_directief_bestaat(self):
        """Every ``::: path`` in docs/api/ names an object that exists (MkDocs checks
        this too, but only when the site is built)."""
        for pad in sorted(_directieven()):
            module, _, naam = pad.rpartition(".")
            try:
                obj = importlib.import_module(pad)
            except ImportError:
                obj = getattr(importlib.import_module(module), naam, None)
            assert obj is not None, f"docs/api: '::: {pad}' names nothing"

    def test_de_elf_namen_die_de_docs_misten(self):
        """The names no page mentioned before the API reference existed are in it now."""
        namen = {
            "AttestDefinitieveOngeschiktheid", "Beroep", "Beslissing", "Loopbaancheque",
            "MeldingArbeidsarts", "NotFoundError", "Onderdeel", "ReIntegratieplan",
            "ReactieWerknemer", "__version__", "vlaanderen_regels",
        }  # fmt: skip
        assert {f"reintegratie.{n}" for n in namen} <= _directieven()


class TestPlaatjes:
    def test_elk_plaatje_wordt_getekend(self, tmp_path):
        """The analysts' cookbook draws exactly the pictures it shows: every image
        the page links under img/ is written by its own examples, and nothing else."""
        pytest.importorskip("pandas")
        pytest.importorskip("matplotlib")
        hooks = _hooks()
        for pagina, submap in hooks.TEKENPAGINAS.items():
            tekst = (DOCS / pagina).read_text(encoding="utf-8")
            getoond = set(re.findall(rf"!\[[^\]]*\]\({submap}/([\w.-]+\.png)\)", tekst))
            getekend = {p.name for p in hooks.teken(DOCS / pagina, tmp_path)}
            assert getoond, pagina
            assert getekend == getoond, pagina
            for png in tmp_path.glob("*.png"):
                assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
                assert png.stat().st_size > 5_000, png  # a drawing, not an empty canvas

    def test_een_fout_voorbeeld_breekt_de_bouw(self, tmp_path):
        """A page whose example fails stops the build with doctest's report."""
        pagina = tmp_path / "kapot.md"
        pagina.write_text("```python\n>>> 1 + 1\n3\n\n```\n", encoding="utf-8")
        with pytest.raises(RuntimeError, match="Expected:"):
            _hooks().teken(pagina, tmp_path)

    def test_schemapagina_noemt_elk_schema(self):
        """The generated schema page lists every file in docs/schema/."""
        tekst = _hooks().schemapagina(DOCS / "schema")
        for pad in (DOCS / "schema").glob("*.schema.json"):
            assert f"[`{pad.name}`]({pad.name})" in tekst
        rij = "| [`traject.v2.schema.json`](traject.v2.schema.json) | `reintegratie/traject` | 2 |"
        assert rij in tekst


class TestNav:
    def test_wetswijzigingen_alleen_als_de_pagina_bestaat(self, tmp_path):
        """The law-change page joins the nav after the rule reference when it exists."""
        hooks = _hooks()
        nav = [{"Home": "index.md"}, {"Guide": [{"Rules": "regels.md"}, {"Roles": "rollen.md"}]}]
        config = {"docs_dir": str(tmp_path), "nav": [dict(x) for x in nav]}
        assert hooks.on_config(config)["nav"] == nav
        (tmp_path / "wetswijzigingen.md").write_text("# Law changes\n", encoding="utf-8")
        gids = hooks.on_config(config)["nav"][1]["Guide"]
        assert gids == [
            {"Rules": "regels.md"},
            {"Law changes": "wetswijzigingen.md"},
            {"Roles": "rollen.md"},
        ]
        assert hooks.on_config(config)["nav"][1]["Guide"] == gids  # not twice

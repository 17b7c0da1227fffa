"""MkDocs hooks of the documentation site (``hooks:`` in ``mkdocs.yml``).

* The pictures of the analysts' cookbook are drawn during the build by the page's own
  examples (the same code a reader sees and the test suite runs as a doctest), so the
  site never shows a picture older than the code. They are added to the site as
  generated files and never written into ``docs/``.
* ``schema/index.md``, the page of the JSON Schema files in ``docs/schema/``, is
  generated from the files there, so a new schema version is listed without an edit.
* ``docs/wetswijzigingen.md`` (the law-change page generated from the rule data) joins
  the nav after the rule reference when it exists; without it the build still passes.

:func:`teken` needs only the library and its ``plot`` extra, not MkDocs, so the test
suite checks it too (``tests/test_docs_site.py``).
"""

from __future__ import annotations

import doctest
import io
import os
import tempfile
from pathlib import Path
from typing import Any

#: The environment variable that tells a page's examples where to save pictures.
BEELDEN = "REINTEGRATIE_DOCS_BEELDEN"

#: Pages whose examples draw pictures, and the folder (beside the page) they go to.
TEKENPAGINAS = {"cookbook/analisten.md": "img"}

_WETSWIJZIGINGEN = "wetswijzigingen.md"


def teken(pagina: Path, map: Path) -> list[Path]:
    """Run every doctest example of *pagina* with its pictures saved in *map*.

    Returns the PNG files written, sorted by name. A failing example is a
    ``RuntimeError`` with doctest's report: the site is not built on wrong examples.
    """
    oud = {k: os.environ.get(k) for k in (BEELDEN, "MPLBACKEND")}
    os.environ[BEELDEN] = str(map)
    os.environ["MPLBACKEND"] = "Agg"
    try:
        test = doctest.DocTestParser().get_doctest(
            pagina.read_text(encoding="utf-8"),
            {"__name__": "__docs__"},
            pagina.name,
            str(pagina),
            0,
        )
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        verslag = io.StringIO()
        runner.run(test, out=verslag.write)
        if runner.failures:
            raise RuntimeError(f"the examples of {pagina} fail:\n{verslag.getvalue()}")
    finally:
        for k, v in oud.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return sorted(map.glob("*.png"))


def on_config(config: Any) -> Any:
    """Put the law-change page in the nav, after the rule reference, when it exists."""
    if not (Path(config["docs_dir"]) / _WETSWIJZIGINGEN).exists():
        return config

    def voeg_toe(items: list[Any]) -> bool:
        for i, item in enumerate(items):
            waarde = next(iter(item.values())) if isinstance(item, dict) else item
            if waarde == "regels.md":
                items.insert(i + 1, {"Law changes": _WETSWIJZIGINGEN})
                return True
            if isinstance(waarde, list) and voeg_toe(waarde):
                return True
        return False

    nav = config["nav"]
    if nav is not None and not _in_nav(nav) and not voeg_toe(nav):
        nav.append({"Law changes": _WETSWIJZIGINGEN})
    return config


def _in_nav(items: list[Any]) -> bool:
    for item in items:
        waarde = next(iter(item.values())) if isinstance(item, dict) else item
        if waarde == _WETSWIJZIGINGEN or (isinstance(waarde, list) and _in_nav(waarde)):
            return True
    return False


def schemapagina(map: Path) -> str:
    """The Markdown page that lists the JSON Schema files in *map*."""
    regels = [
        "# JSON Schemas",
        "",
        "The JSON Schema (draft 2020-12) of every document of the wire format, generated",
        "from the classes (see [the wire format](../serialisatie.md#the-json-schema)).",
        "Earlier versions stay published beside the current ones.",
        "",
        "| File | Document | Version |",
        "|---|---|---|",
    ]
    for pad in sorted(map.glob("*.schema.json")):
        naam, _, rest = pad.name.removesuffix(".schema.json").partition(".v")
        versie = rest or "any"
        document = "every document (the envelope)" if not rest else f"`reintegratie/{naam}`"
        regels.append(f"| [`{pad.name}`]({pad.name}) | {document} | {versie} |")
    return "\n".join(regels) + "\n"


def on_files(files: Any, config: Any) -> Any:
    """Add the schema page, and draw the pictures of the pages in :data:`TEKENPAGINAS`."""
    from mkdocs.structure.files import File

    docs = Path(config["docs_dir"])
    if not (docs / "schema" / "index.md").exists():
        files.append(
            File.generated(config, "schema/index.md", content=schemapagina(docs / "schema"))
        )
    for pagina, submap in TEKENPAGINAS.items():
        with tempfile.TemporaryDirectory() as tmp:
            for png in teken(docs / pagina, Path(tmp)):
                uri = f"{Path(pagina).parent.as_posix()}/{submap}/{png.name}"
                files.append(File.generated(config, uri, content=png.read_bytes()))
    return files

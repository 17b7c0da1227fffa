"""Optional dependencies, imported on first use with an error that names the extra."""

from __future__ import annotations

import importlib
from typing import Any

from reintegratie.errors import ExtraOntbreektError

__all__ = ["importeer"]

#: The extra that installs each optional module.
EXTRAS = {
    "numpy": "analyse",
    "pandas": "pandas",
    "polars": "polars",
    "matplotlib": "plot",
    "dask": "dask",
    "dask.dataframe": "dask",
    "distributed": "dask",
    "fsspec": "dask",
    "pyarrow": "arrow",
    "msgspec": "msgspec",
}


def importeer(module: str, wat: str) -> Any:
    """Import *module* for *wat*; an :class:`~reintegratie.errors.ExtraOntbreektError` (an
    :class:`ImportError` too) naming the extra when it is missing.

    The module is returned as ``Any``: pandas, polars and dask need no stubs to type-check
    the callers (the boundary is typed by what this package returns).

    >>> try:
    ...     importeer("reintegratie_bestaat_niet", "the demo")
    ... except ExtraOntbreektError as fout:
    ...     print(fout)
    the demo needs reintegratie_bestaat_niet, which is not installed
    """
    try:
        return importlib.import_module(module)
    except ImportError as fout:
        basis = module.split(".")[0]
        extra = EXTRAS.get(module) or EXTRAS.get(basis)
        hint = f": pip install 'reintegratie[{extra}]'" if extra else ""
        raise ExtraOntbreektError(f"{wat} needs {basis}, which is not installed{hint}") from fout

"""Recorded facts read from Arrow caseload columns into
:class:`~reintegratie.analyse.feitkolommen.Feitkolommen` (pyarrow and numpy, extras
``arrow`` and ``analyse``), without a Python object per dossier.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Any

from reintegratie.analyse._extra import importeer
from reintegratie.errors import SerializationError, ValidationError

__all__ = ["feiten_uit_arrow"]


def feiten_uit_arrow(data: Any) -> Any:
    """The recorded facts of the caseload column *data* (the ``data`` struct of a
    :class:`~reintegratie.analyse.arrow.Caseloadkolommen` table) as :class:`Feitkolommen`:
    what :meth:`~reintegratie.analyse.arrow.Caseloadkolommen.feitkolommen` gives."""
    from reintegratie.analyse.feitkolommen import (
        AFGELEID_OP_KOLOMMEN,
        AFGELEIDE_SOORTEN,
        Feitkolommen,
    )
    from reintegratie.gebeurtenissen import GEBEURTENISSOORTEN, LoonsanctieGrond
    from reintegratie.gebeurtenissen import VerslagOnderdeel as Onderdeel

    np = importeer("numpy", "caseload columns")
    pa = importeer("pyarrow", "caseload columns")
    pc = importeer("pyarrow.compute", "caseload columns")
    if not isinstance(data, pa.StructArray):
        raise ValidationError("data", f"expected a pyarrow StructArray, got {type(data).__name__}")
    n = len(data)

    def lijst(naam: str) -> tuple[Any, Any]:
        kolom = data.field(naam)
        if kolom.null_count:
            kolom = kolom.fill_null([])
        return kolom.flatten(), np.asarray(kolom.offsets, dtype=np.int64)

    def numpy(kolom: Any, leeg: Any) -> Any:
        return kolom.fill_null(leeg).to_numpy(zero_copy_only=False)

    gv, g_grenzen = lijst("gebeurtenissen")
    g_dossier = np.repeat(np.arange(n), np.diff(g_grenzen))
    soort = gv.field("soort")
    if soort.null_count or gv.field("datum").null_count:
        veld = "soort" if soort.null_count else "datum"
        rij = int(g_dossier[pc.index(pc.is_null(gv.field(veld)), True).as_py()])
        raise SerializationError(f"line {rij + 1}: data.gebeurtenissen[].{veld}: required")
    woorden = soort.dictionary_encode()
    codes = list(woorden.dictionary.to_pylist())
    onbekend = [c for c in codes if c not in GEBEURTENISSOORTEN]
    if onbekend:
        rij = int(g_dossier[pc.index(soort, onbekend[0]).as_py()])
        raise SerializationError(
            f"line {rij + 1}: data.gebeurtenissen[].soort: unknown kind {onbekend[0]!r}"
        )
    index = {c: i for i, c in enumerate(codes)}

    def code(naam: str) -> int:
        if naam not in index:
            index[naam] = len(codes)
            codes.append(naam)
        return index[naam]

    g_code = np.asarray(woorden.indices, dtype=np.int32)
    g_datum = numpy(gv.field("datum").cast("int32"), 0).astype("datetime64[D]")
    g_weken = numpy(gv.field("weken"), 0).astype(np.int64)
    rijen_code, rijen_plek = [g_code], [np.arange(g_code.size)]
    bijzonder = np.zeros(n, dtype=bool)

    def afgeleid(soortnaam: str, waar: Any, feit: Any) -> None:
        k = index.get(soortnaam)
        if k is None:
            return
        plek = np.flatnonzero((g_code == k) & waar)
        if plek.size:
            rijen_code.append(np.full(plek.size, code(feit), dtype=np.int32))
            rijen_plek.append(plek)

    benut = numpy(gv.field("benutbare_mogelijkheden"), True).astype(bool)
    afgeleid("probleemanalyse", benut, "probleemanalyse_met_mogelijkheden")
    afgeleid("probleemanalyse", ~benut, "geen_benutbare_mogelijkheden")
    niet_nodig = ~numpy(gv.field("spoor_2_nodig"), True).astype(bool) & numpy(
        gv.field("concreet_zicht_op_terugkeer"), False
    ).astype(bool)
    afgeleid("eerstejaarsevaluatie", niet_nodig, "spoor_2_niet_nodig")
    afgeleid(
        "wia_aanvraag",
        numpy(gv.field("zonder_uwv_brief"), False).astype(bool),
        "geen_uwv_brief_wia",
    )
    if "re_integratieverslag" in index:
        onderdelen = gv.field("onderdelen")
        volledig = onderdelen.is_null().to_numpy(zero_copy_only=False)  # default: all
        waarden = onderdelen.flatten()
        if len(waarden):
            alle = [o.value for o in Onderdeel]
            ouder = np.asarray(pc.list_parent_indices(onderdelen), dtype=np.int64)
            k = np.asarray(
                pc.index_in(
                    waarden, value_set=importeer("pyarrow", "caseload columns").array(alle)
                ).fill_null(-1)
            )
            if (k < 0).any():
                rij = int(g_dossier[ouder[int(np.flatnonzero(k < 0)[0])]])
                raise SerializationError(
                    f"line {rij + 1}: data.gebeurtenissen[].onderdelen: unknown part"
                )
            paar = np.unique(ouder * len(alle) + k)
            volledig |= np.bincount(paar // len(alle), minlength=len(gv)) == len(alle)
        afgeleid("re_integratieverslag", volledig, "re_integratieverslag_volledig")
    if "loonsanctie" in index:
        grond = numpy(gv.field("grond"), LoonsanctieGrond.INHOUDELIJK.value).astype(str)
        for g in LoonsanctieGrond:
            afgeleid("loonsanctie", grond == g.value, f"loonsanctie_{g.value}")
        fout = (g_code == index["loonsanctie"]) & ~np.isin(
            grond, [g.value for g in LoonsanctieGrond]
        )
        if fout.any():
            rij = int(g_dossier[int(np.flatnonzero(fout)[0])])
            raise SerializationError(f"line {rij + 1}: data.gebeurtenissen[].grond: unknown")
    for naam in AFGELEIDE_SOORTEN - AFGELEID_OP_KOLOMMEN:
        if naam in index:
            bijzonder[g_dossier[g_code == index[naam]]] = True
    plek = np.concatenate(rijen_plek)
    f_code = [np.concatenate(rijen_code)]
    f_datum, f_weken, f_dossier = [g_datum[plek]], [g_weken[plek]], [g_dossier[plek]]
    sv, s_grenzen = lijst("sporen")
    if len(sv):
        s_dossier = np.repeat(np.arange(n), np.diff(s_grenzen))
        s_soort = numpy(sv.field("soort"), "").astype(str)
        start = numpy(sv.field("start").cast("int32"), 0).astype("datetime64[D]")
        einde_ok = sv.field("einde").is_valid().to_numpy(zero_copy_only=False)
        einde = numpy(sv.field("einde").cast("int32"), 0).astype("datetime64[D]")
        geslaagd = (
            (s_soort == "spoor_1")
            & (numpy(sv.field("resultaat"), "").astype(str) == "geslaagd")
            & einde_ok
        )
        for waar, datums, feit in (
            (s_soort == "spoor_2", start, "spoor_2"),
            (geslaagd, einde, "spoor_1_geslaagd"),
        ):
            f_code.append(np.full(int(waar.sum()), code(feit), dtype=np.int32))
            f_datum.append(datums[waar])
            f_weken.append(np.zeros(int(waar.sum()), dtype=np.int64))
            f_dossier.append(s_dossier[waar])
    zv, z_grenzen = lijst("ziekteperioden")
    vangnet = numpy(zv.field("vangnet"), False).astype(bool)
    bijzonder[np.repeat(np.arange(n), np.diff(z_grenzen))[vangnet]] = True
    dossier = np.concatenate(f_dossier)
    volgorde = np.argsort(dossier, kind="stable")
    nederlands = numpy(data.field("jurisdictie"), "nl").astype(str) == "nl"
    return Feitkolommen(
        tuple(codes),
        np.concatenate(f_code)[volgorde],
        np.concatenate(f_datum)[volgorde],
        np.concatenate(f_weken)[volgorde],
        np.concatenate(([0], np.cumsum(np.bincount(dossier, minlength=n)))).astype(np.int64),
        nederlands,
        bijzonder,
    )

"""The generic pieces the Flemish rules brought to the engine (any rule set may use them),
the jurisdictie on the wire, the command line and the rule reference.

Custom rules count from X = Fri 31 Oct 2025 unless said otherwise.
"""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

import reintegratie as ri
from reintegratie.cli import main
from reintegratie.gebeurtenissen import (
    BeslissingArbeidsarts,
    Eerstejaarsevaluatie,
    ReIntegratiebeslissing,
)
from reintegratie.regels import (
    MetFeit,
    NaFeit,
    NaMaanden,
    NaTermijn,
    Ononderbroken,
    Regel,
    Status,
    Vroegste,
    Ziektedag,
    ZonderFeit,
)
from reintegratie.regels.referentie import beschrijf_anker, legenda, regelpagina

X = date(2025, 10, 31)
DATA = Path(__file__).resolve().parent / "data" / "serialisatie"


def _traject(*gebeurtenissen: ri.Gebeurtenis, **velden: object) -> ri.Traject:
    velden.setdefault("ziekteperioden", (ri.Ziekteperiode(eerste_dag=X),))
    return ri.Traject(werknemer="W-1", werkgever="WG", gebeurtenissen=gebeurtenissen, **velden)  # type: ignore[arg-type]


def _regel(code: str, anker: ri.regels.Anker, **velden: object) -> Regel:
    return Regel(code=code, omschrijving=f"rule {code}", anker=anker, bron=f"bron {code}", **velden)  # type: ignore[arg-type]


class TestNaMaanden:
    """Calendar months, for any anchor."""

    @pytest.mark.parametrize(
        ("maanden", "uiterlijk"),
        [(0, X), (1, date(2025, 11, 30)), (4, date(2026, 2, 28)), (-1, date(2025, 9, 30))],
    )
    def test_vanaf_ziektedag(self, maanden: int, uiterlijk: date) -> None:
        """31 Oct + 1 month = 30 Nov; + 4 = 28 Feb 2026; − 1 = 30 Sep."""
        regels = (_regel("a", NaMaanden(Ziektedag(1), maanden)),)
        assert ri.tijdlijn(_traject(), regels=regels)["a"].uiterlijk == uiterlijk

    def test_vanaf_termijn(self) -> None:
        """From another termijn: b = a + 2 months; the engine orders a before b."""
        regels = (
            _regel("b", NaMaanden(NaTermijn("a", 0), 2)),
            _regel("a", Ziektedag(31)),  # 30 Nov 2025
        )
        tl = ri.tijdlijn(_traject(), regels=regels)
        assert tl["b"].uiterlijk == date(2026, 1, 30)

    def test_onbekende_termijn(self) -> None:
        """A reference inside NaMaanden to an unknown code is a RuleSetError."""
        with pytest.raises(ri.RuleSetError, match=r"not in the rule set"):
            ri.tijdlijn(_traject(), regels=(_regel("b", NaMaanden(NaTermijn("a", 0), 2)),))

    def test_validatie(self) -> None:
        """The anchor must be an anchor kind; months a whole number."""
        with pytest.raises(ri.ValidationError, match=r"NaMaanden.anker"):
            NaMaanden("sick day 1", 3)  # type: ignore[arg-type]
        with pytest.raises(ri.ValidationError, match=r"NaMaanden.maanden"):
            NaMaanden(Ziektedag(1), 1.5)  # type: ignore[arg-type]


class TestOnonderbroken:
    """The latest uninterrupted incapacity, with a tolerance of fit days."""

    PERIODEN = (
        ri.Ziekteperiode(eerste_dag=date(2025, 9, 1), laatste_dag=date(2025, 9, 10)),
        # 5 fit days (11..15 Sep)
        ri.Ziekteperiode(eerste_dag=date(2025, 9, 16), laatste_dag=date(2025, 9, 30)),
        # 20 fit days (1..20 Oct)
        ri.Ziekteperiode(eerste_dag=date(2025, 10, 21)),
    )

    @pytest.mark.parametrize(
        ("max_fitdagen", "begin"),
        [
            (0, date(2025, 10, 21)),
            (4, date(2025, 10, 21)),
            (5, date(2025, 10, 21)),
            (19, date(2025, 10, 21)),
            (20, date(2025, 9, 1)),  # both breaks tolerated
        ],
    )
    def test_begin(self, max_fitdagen: int, begin: date) -> None:
        """Day 1 of the stretch for each tolerance (a break of 20 fit days needs 20)."""
        regels = (_regel("a", Ononderbroken(1, max_fitdagen)),)
        tl = ri.tijdlijn(_traject(ziekteperioden=self.PERIODEN), regels=regels)
        assert tl["a"].uiterlijk == begin

    def test_dagen_inclusief_breuk(self) -> None:
        """Calendar days: day 28 of the stretch from 1 Sep is 28 Sep, breaks included."""
        regels = (_regel("a", Ononderbroken(28, 20)),)
        tl = ri.tijdlijn(_traject(ziekteperioden=self.PERIODEN), regels=regels)
        assert tl["a"].uiterlijk == date(2025, 9, 28)

    def test_validatie(self) -> None:
        """Days count from 1; the tolerance from 0."""
        with pytest.raises(ri.ValidationError):
            Ononderbroken(0)
        with pytest.raises(ri.ValidationError):
            Ononderbroken(1, -1)


class TestVroegste:
    """The earliest anchor that can be dated."""

    REGELS = (_regel("a", Vroegste((Ziektedag(30), NaFeit("probleemanalyse", 0)))),)

    def test_zonder_feit(self) -> None:
        """Without the fact: sick day 30 (29 Nov 2025)."""
        assert ri.tijdlijn(_traject(), regels=self.REGELS)["a"].uiterlijk == date(2025, 11, 29)

    def test_feit_eerder(self) -> None:
        """The fact on 10 Nov: earlier, so it counts."""
        t = _traject(ri.Probleemanalyse(datum=date(2025, 11, 10)))
        assert ri.tijdlijn(t, regels=self.REGELS)["a"].uiterlijk == date(2025, 11, 10)

    def test_niets_te_dateren(self) -> None:
        """Only a fact that is not recorded: a RuleSetError."""
        regels = (_regel("a", Vroegste((NaFeit("probleemanalyse", 0),))),)
        with pytest.raises(ri.RuleSetError, match=r"Vroegste"):
            ri.tijdlijn(_traject(), regels=regels)

    def test_leeg(self) -> None:
        """At least one anchor."""
        with pytest.raises(ri.ValidationError, match=r"Vroegste.ankers"):
            Vroegste(())


class TestMetFeit:
    """A rule that applies only once a fact is recorded; variants chosen by condition."""

    def test_pas_na_feit(self) -> None:
        """No termijn without the fact, one with it; the condition is shown in no status."""
        regels = (
            _regel("a", NaFeit("probleemanalyse", 7), voorwaarde=MetFeit(("probleemanalyse",))),
        )
        assert "a" not in ri.tijdlijn(_traject(), regels=regels)
        t = _traject(ri.Probleemanalyse(datum=date(2025, 11, 10)))
        assert ri.tijdlijn(t, regels=regels)["a"].uiterlijk == date(2025, 11, 17)

    def test_varianten(self) -> None:
        """Two variants of one code: the first whose fact is recorded applies; a
        derived fact (afgeleide_feiten) selects them."""
        regels = (
            _regel(
                "a",
                NaFeit("definitief_ongeschikt", 1),
                voorwaarde=MetFeit(("definitief_ongeschikt",)),
            ),
            _regel("a", Ziektedag(100), voorwaarde=MetFeit(("beslissing_arbeidsarts",))),
        )
        tijdelijk = _traject(
            BeslissingArbeidsarts(datum=date(2025, 12, 1), beslissing=ReIntegratiebeslissing.A)
        )
        definitief = _traject(
            BeslissingArbeidsarts(datum=date(2025, 12, 1), beslissing=ReIntegratiebeslissing.B)
        )
        assert ri.tijdlijn(tijdelijk, regels=regels)["a"].uiterlijk == date(2026, 2, 7)  # X + 99
        assert ri.tijdlijn(definitief, regels=regels)["a"].uiterlijk == date(2025, 12, 2)

    def test_met_geldigheid(self) -> None:
        """A variant whose condition holds but which is not in force gives way to the next."""
        regels = (
            _regel(
                "a",
                Ziektedag(10),
                voorwaarde=MetFeit(("probleemanalyse",)),
                geldig_tot=date(2020, 1, 1),
            ),
            _regel("a", Ziektedag(20), voorwaarde=MetFeit(("probleemanalyse",))),
        )
        t = _traject(ri.Probleemanalyse(datum=date(2025, 11, 10)))
        assert ri.tijdlijn(t, regels=regels)["a"].uiterlijk == date(2025, 11, 19)

    def test_zonder_feit_blijft_niet_van_toepassing(self) -> None:
        """ZonderFeit keeps its meaning: the termijn is shown, not applicable."""
        regels = (_regel("a", Ziektedag(10), voorwaarde=ZonderFeit(("probleemanalyse",), "PA")),)
        t = _traject(ri.Probleemanalyse(datum=date(2025, 11, 1)))
        assert ri.tijdlijn(t, regels=regels)["a"].status is Status.NIET_VAN_TOEPASSING

    def test_leeg(self) -> None:
        """At least one fact."""
        with pytest.raises(ri.ValidationError, match=r"MetFeit.feiten"):
            MetFeit(())

    def test_afgeleide_feiten(self) -> None:
        """Events derive facts from their content, the Dutch one included."""
        assert Eerstejaarsevaluatie(
            datum=X, spoor_2_nodig=False, concreet_zicht_op_terugkeer=True
        ).afgeleide_feiten == ("spoor_2_niet_nodig",)
        assert Eerstejaarsevaluatie(datum=X, spoor_2_nodig=True).afgeleide_feiten == ()
        assert BeslissingArbeidsarts(
            datum=X, beslissing=ReIntegratiebeslissing.B
        ).afgeleide_feiten == (
            "definitief_ongeschikt",
            "plan_na_definitieve_ongeschiktheid",
        )
        assert (
            BeslissingArbeidsarts(datum=X, beslissing=ReIntegratiebeslissing.C).afgeleide_feiten
            == ()
        )
        feiten = ri.regels.feiten_van(
            _traject(
                BeslissingArbeidsarts(datum=date(2025, 12, 1), beslissing=ReIntegratiebeslissing.A)
            ),
            _traject().ziektegevallen[-1],
        )
        assert feiten.datums("plan_na_tijdelijke_ongeschiktheid") == (date(2025, 12, 1),)


class TestSerialisatie:
    """jurisdictie on the wire: written always, optional on reading."""

    def test_rondgang(self) -> None:
        """A Flemish traject with every Flemish event survives JSON unchanged."""
        from reintegratie.voorbeelden import voorbeeld

        traject = voorbeeld("vlaanderen-re-integratietraject").traject
        assert ri.from_json(ri.to_json(traject)) == traject
        assert ri.to_dict(traject)["data"]["jurisdictie"] == "vl"

    def test_oud_document_zonder_jurisdictie(self) -> None:
        """A version-1 document without the key (as written before 0.2.0) reads as nl."""
        document = json.loads((DATA / "traject_v1.json").read_text(encoding="utf-8"))
        del document["data"]["jurisdictie"]
        traject = ri.from_dict(document)
        assert traject.jurisdictie is ri.Jurisdictie.NL
        klein = {
            "schema": "reintegratie/traject",
            "versie": 1,
            "data": {"werknemer": "W", "werkgever": "WG"},
        }
        assert ri.from_dict(klein).jurisdictie is ri.Jurisdictie.NL

    def test_onbekende_jurisdictie(self) -> None:
        """An unknown value names the field and the values allowed."""
        document = ri.to_dict(_traject())
        document["data"]["jurisdictie"] = "be"
        with pytest.raises(
            ri.SerializationError, match=r'^data.jurisdictie: expected one of "nl", "vl"'
        ):
            ri.from_dict(document)

    def test_schema(self) -> None:
        """The shipped JSON Schema knows the field (optional) and the new event kinds."""
        schema = ri.json_schema("reintegratie/traject")
        traject = schema["$defs"]["Traject"]
        assert "jurisdictie" in traject["properties"]
        assert "jurisdictie" not in traject["required"]
        assert schema["$defs"]["Jurisdictie"]["enum"] == ["nl", "vl"]
        gebeurtenis = schema["$defs"]["Gebeurtenis"]["allOf"]
        soorten = {v["then"]["$ref"].rsplit("/", 1)[1] for v in gebeurtenis}
        assert {"VerzoekReintegratie", "BeslissingArbeidsarts", "Beroep"} <= soorten


def _run(*args: str) -> tuple[int, str]:
    uit = io.StringIO()
    return main(list(args), uit), uit.getvalue()


class TestCli:
    """`reintegratie regels --jurisdictie vl`, `tijdlijn --jurisdictie vl` and the demo."""

    def test_regels(self) -> None:
        """The Flemish table; the Dutch one stays the default."""
        code, uit = _run("regels", "--jurisdictie", "vl")
        assert code == 0
        assert "| `beslissing_arbeidsarts` |" in uit
        assert "probleemanalyse" not in uit
        assert "| `probleemanalyse` |" in _run("regels")[1]

    def test_tijdlijn(self) -> None:
        """X = 31 Oct 2025 under the Flemish rules: the employer from 31 Jan 2026."""
        code, uit = _run("tijdlijn", "--eerste-ziektedag", "2025-10-31", "--jurisdictie", "vl")
        assert code == 0
        assert "2026-01-31 Sat  verzoek_werkgever" in uit
        assert "2025-11-27 Thu  melding_arbeidsarts" in uit

    def test_tijdlijn_dossier(self, tmp_path: Path) -> None:
        """A Flemish dossier is read with its own rules; --jurisdictie nl overrides."""
        pad = tmp_path / "d.json"
        pad.write_text(ri.to_json(_traject(jurisdictie=ri.Jurisdictie.VL)), encoding="utf-8")
        assert "verzoek_werkgever" in _run("tijdlijn", str(pad))[1]
        assert "probleemanalyse" in _run("tijdlijn", str(pad), "--jurisdictie", "nl")[1]

    def test_onbekende_jurisdictie(self, capsys: pytest.CaptureFixture[str]) -> None:
        """An unknown value: exit 2, one line."""
        assert _run("regels", "--jurisdictie", "be")[0] == 2
        assert capsys.readouterr().err.count("\n") == 1

    def test_demo(self) -> None:
        """The demo shows the Flemish dossier (a RIT 3.0 trajectory of 2026) with its rules,
        after the four Dutch ones."""
        code, uit = _run("demo")
        assert code == 0
        assert "(vlaanderen-re-integratietraject)" in uit
        assert "(Flemish rules)" in uit
        assert "[waarschuwing] melding_arbeidsarts" in uit
        assert "9 days after the deadline Sun 2026-03-01" in uit  # day 28 of 2 Feb 2026


class TestReferentie:
    """The rule reference describes every anchor and condition kind, from the classes."""

    def test_legenda(self) -> None:
        """Each kind has a row, in docs/regels.md too."""
        tekst = "\n".join(legenda())
        for naam in (
            "Ziektedag",
            "NaFeit",
            "NaTermijn",
            "Ononderbroken",
            "NaMaanden",
            "Vroegste",
            "ZonderFeit",
            "MetFeit",
        ):
            assert f"| `{naam}` |" in tekst
        assert tekst in regelpagina()

    def test_beschrijvingen(self) -> None:
        """The Flemish anchors in words."""
        assert beschrijf_anker(NaMaanden(NaFeit("x", 0), 6)) == "recorded `x` + 6 calendar months"
        assert beschrijf_anker(NaMaanden(Ziektedag(1), -1)) == "sick day 1 − 1 calendar month"
        assert beschrijf_anker(Ononderbroken(28)) == (
            "day 28 of the uninterrupted incapacity (any fit day interrupts)"
        )
        assert beschrijf_anker(Vroegste((Ziektedag(1), NaFeit("x", 0)))) == (
            "the earliest of sick day 1 and recorded `x`"
        )

    def test_vlaamse_sectie(self) -> None:
        """The page has a Flemish section with the rule set."""
        pagina = regelpagina()
        assert "## Flemish rule set: the re-integratietraject (`vl`)" in pagina
        assert "| `reactie_werknemer` |" in pagina

"""``Report``: the analysis of one run, as the CLI, the JSON report and the TensorBoard plugin read it.

``analyze`` (``perfdiff.attribution``) makes one; ``Report.to_dict``/``from_dict`` are its JSON form.
Its tables are those of ``report/tables.py`` (listed below, made from that registry); seconds, FLOPs
and bytes throughout.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from perfdiff.chips.table import Chip
from perfdiff.errors import PerfdiffError
from perfdiff.report import json_shape
from perfdiff.report.columns import describe_all
from perfdiff.report.jsonable import to_jsonable
from perfdiff.report.schemas import report_schema
from perfdiff.report.tables import OPS, SCHEMA, STEPS, SUMMARY

__doc__ = (__doc__ or "") + describe_all(OPS, STEPS, SUMMARY)
__all__ = ["OP_COLUMNS", "SCHEMA", "STEP_COLUMNS", "FlagRule", "Report"]

OP_COLUMNS = OPS.names
STEP_COLUMNS = [c.name for c in STEPS if c.required]  # model_theory_s only with a run card's model
_TEXT_COLUMNS = [  # "" where they say nothing
    "opcode", "category", "source", "library_source", "stack", "op_name", "signature", "link", "suspect",
    "copies_input",
]  # fmt: skip


@dataclass(frozen=True)
class FlagRule:
    """An op is flagged when the time it could recover per step is at least ``min_step_share`` of the
    step (default 1 %) and it runs below ``max_efficiency`` of its roofline (default 50 %)."""

    min_step_share: float = 0.01
    max_efficiency: float = 0.5

    def to_dict(self) -> dict[str, float]:
        return asdict(self)


@dataclass
class Report:
    """The analysis of one run: ``ops`` and ``steps`` (DataFrames) and ``summary`` (a dict), with the
    columns below; ``chip`` the roofline they are priced on, ``flag_rule`` what flags an op,
    ``step_selection`` "all" or the step analysed, ``model`` the run card's LLM step theory (or None),
    ``warnings`` what the analysis could not do, ``advice`` what to change and the time it buys
    (``perfdiff.advice``; rows of ``report.advice_tables.ADVICE``)."""

    run: str
    path: str
    platform: str
    chip: Chip
    summary: dict[str, Any]
    ops: pd.DataFrame
    steps: pd.DataFrame
    flag_rule: FlagRule = field(default_factory=FlagRule)
    step_selection: str = "all"
    model: dict[str, Any] | None = None
    warnings: list[str] = field(default_factory=list)
    advice: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The JSON report as plain Python (NaN as None; program ids as decimal strings, because TPU
        program ids exceed 2**53 and JavaScript numbers would round them)."""
        from perfdiff import __version__

        ops = self.ops.astype({"program_id": str})
        return to_jsonable(
            {
                "schema": SCHEMA,
                "perfdiff_version": __version__,
                "run": self.run,
                "path": self.path,
                "platform": self.platform,
                "chip": self.chip.to_dict(),
                "thresholds": self.flag_rule.to_dict(),
                "step_selection": self.step_selection,
                "summary": self.summary,
                "steps": self.steps.to_dict(orient="records"),
                "ops": ops.to_dict(orient="records"),
                "model": self.model,
                "warnings": list(self.warnings),
                "advice": [dict(item) for item in self.advice],
            }
        )

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), indent=indent, allow_nan=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """Rebuild a Report from ``to_dict()`` output (a saved ``perfdiff.report.json``); PerfdiffError
        when ``data`` is not one (checked against ``schemas.report_schema()``)."""
        schema = data.get("schema") if isinstance(data, dict) else None
        if schema != SCHEMA:
            raise PerfdiffError(f"not a perfdiff report (schema {schema!r}, expected {SCHEMA!r})")
        wrong = json_shape.problem(data, report_schema())
        if wrong:
            raise PerfdiffError(f"not a valid perfdiff report: {wrong}")
        try:
            return cls._from_valid(data)
        except (OverflowError, ValueError, TypeError) as err:  # values the schema cannot rule out
            raise PerfdiffError(f"not a valid perfdiff report: {type(err).__name__}: {err}") from err

    @classmethod
    def _from_valid(cls, data: dict[str, Any]) -> Report:
        ops = pd.DataFrame(data["ops"], columns=OP_COLUMNS)
        ops["program_id"] = ops["program_id"].map(int).astype(np.uint64)
        ops["group_size"] = ops["group_size"].astype("Int64")
        for column in _TEXT_COLUMNS:  # analyze writes "" where these say nothing; so may a file
            ops[column] = ops[column].fillna("")
        steps = pd.DataFrame(data["steps"])
        if steps.empty:  # no rows: the columns still exist
            steps = pd.DataFrame(columns=STEP_COLUMNS)
        return cls(
            run=data["run"],
            path=data["path"],
            platform=data["platform"],
            chip=Chip.from_dict(data["chip"]),
            summary=data["summary"],
            ops=ops.fillna({c: np.nan for c in ops.columns if c not in ("collective", "group_size")}),
            steps=steps,
            flag_rule=FlagRule(**data.get("thresholds", {})),
            step_selection=data.get("step_selection", "all"),
            model=data.get("model"),
            warnings=list(data.get("warnings", [])),
            advice=[dict(item) for item in data.get("advice", [])],
        )

    @classmethod
    def from_json(cls, text: str) -> Report:
        return cls.from_dict(json.loads(text))

    def __repr__(self) -> str:
        from perfdiff.report.notebook import report_repr

        return report_repr(self)

    def _repr_html_(self) -> str:
        """The notebook view: summary, top ops and a small roofline (``report.notebook``)."""
        from perfdiff.report.notebook import report_html

        return report_html(self)

    def plot(self, size: tuple[float, float] = (9, 6)) -> Any:
        """The roofline chart: a matplotlib Figure (``fig.savefig("roofline.svg")`` to keep it)."""
        from perfdiff.report.notebook import plot

        return plot(self, size)


Report.__doc__ = (Report.__doc__ or "") + describe_all(OPS, STEPS, SUMMARY)

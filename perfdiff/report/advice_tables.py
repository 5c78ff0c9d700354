"""The advice table's registry: what each item of a report's ``advice`` list holds (``perfdiff.advice``).

An item says what to change, which ops or steps it is about, the numbers it used and the time it
buys; the list is ranked by that time. Its ``message`` is written once (in ``perfdiff/advice/``) and
shown as it is by the CLI, the JSON report and the TensorBoard plugin.
"""

from __future__ import annotations

from perfdiff.report.columns import Column, Table

KINDS = ("donate", "jit", "batch", "quantize", "overlap", "host", "overhead", "fusion", "cost_suspect")
CONFIDENCE = ("high", "medium", "low")

C = Column
ADVICE = Table("advice", "what to change and the time it buys, largest saving first (items that buy "
    "trust rather than time, saving_s null, last)", (
    C("kind", "str", "", "the change: donate (donate_argnums), jit the step, batch (raise the batch), "
      "quantize (8-bit weights), overlap (hide or remove collectives), host (host-link transfers), "
      "overhead (many tiny ops), fusion (a fusion split by a host callback, a dtype round trip, a layout "
      "copy), cost_suspect (figures perfdiff does not trust)", "advice", enum=KINDS),
    C("message", "str", "", "what to do, the time it buys and the evidence, in words (every view shows "
      "it as it is)", "advice"),
    C("saving_s", "float", "s", "the time per step (on one device) the change is predicted to save; "
      "null when it buys trust, not time", "saves", "seconds", nullable=True, minimum=0),
    C("share_of_step", "float", "fraction", "saving_s / mean step time", "of step", "percent",
      nullable=True, minimum=0),
    C("confidence", "str", "", "high: the saving is the measured time of work the change removes; medium: "
      "measured time the change can hide or shrink, not always all of it; low: a measured time scaled "
      "by the step theory or a rule of thumb", "confidence", enum=CONFIDENCE),
    C("ops", "list", "", "the ops it is about (op names as in the op table; for a step-wide change, the "
      "ops that show it)", "ops", values="str"),
    C("evidence", "object", "", "the numbers it used, by name (the suffix says the unit: _s seconds per "
      "step, _bytes bytes, _per_s rates; others are counts, fractions or batch sizes)", "evidence"),
))  # fmt: skip

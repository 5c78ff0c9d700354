"""Transformer shapes for the step theory: LLaMA presets and custom configs.

A config is the decoder-only shape the theory needs: ``layers`` L, ``d_model`` D, ``d_ff`` F (hidden
width of the MLP), ``heads`` N (query heads), ``kv_heads`` K, ``head_dim`` H and ``vocab`` V, and two
facts that change the parameter count: ``mlp`` ("gated": gate, up and down projections, as LLaMA;
"plain": up and down) and ``tied_embeddings`` (the output projection reuses the input embedding).
These are the field names of the run card's ``model`` and of the bundled example's ``LlamaConfig``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from perfdiff.errors import PerfdiffError

SHAPE_FIELDS = ("layers", "d_model", "d_ff", "heads", "kv_heads", "head_dim", "vocab")
MLP_KINDS = ("gated", "plain")
# What the parameter count assumes when a config does not say (and does not give ``params``).
DEFAULT_MLP = "gated"
DEFAULT_TIED_EMBEDDINGS = False
DEFAULTS: dict[str, object] = {"mlp": DEFAULT_MLP, "tied_embeddings": DEFAULT_TIED_EMBEDDINGS}


@dataclass(frozen=True)
class ModelConfig:
    """A decoder-only transformer with grouped-query attention and a gated (or plain) MLP.

    ``params`` overrides the parameter count computed from the shape.
    """

    name: str
    layers: int
    d_model: int
    d_ff: int
    heads: int
    kv_heads: int
    head_dim: int
    vocab: int
    params: int | None = None
    mlp: str = DEFAULT_MLP
    tied_embeddings: bool = DEFAULT_TIED_EMBEDDINGS

    def __post_init__(self) -> None:
        for field in SHAPE_FIELDS:
            value = getattr(self, field)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise PerfdiffError(f"model {self.name!r}: {field} must be a positive integer, got {value!r}")
        if self.params is not None and (not isinstance(self.params, int) or self.params < 1):
            raise PerfdiffError(
                f"model {self.name!r}: params must be a positive integer, got {self.params!r}"
            )
        if self.mlp not in MLP_KINDS:
            raise PerfdiffError(f"model {self.name!r}: mlp must be one of {MLP_KINDS}, got {self.mlp!r}")
        if not isinstance(self.tied_embeddings, bool):
            raise PerfdiffError(
                f"model {self.name!r}: tied_embeddings must be true or false, got {self.tied_embeddings!r}"
            )

    @property
    def computed_params(self) -> int:
        """Parameters from the shape: per layer the attention projections D·H·(2N + 2K) (q, k, v,
        o), the MLP 3·D·F (gated; plain: 2·D·F) and two norm scales 2·D; plus the input embedding and
        output projection 2·V·D (tied: V·D) and the final norm D."""
        d, h = self.d_model, self.head_dim
        mlp = (3 if self.mlp == "gated" else 2) * d * self.d_ff
        per_layer = d * h * (2 * self.heads + 2 * self.kv_heads) + mlp + 2 * d
        return self.layers * per_layer + (1 if self.tied_embeddings else 2) * self.vocab * d + d

    @property
    def param_count(self) -> int:
        """``params`` when given, else ``computed_params``."""
        return self.params if self.params is not None else self.computed_params

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"params": self.param_count}


# Public configs. LLaMA 3: "The Llama 3 Herd of Models" (Meta, 2024), table 3, and the config.json of
# meta-llama/Meta-Llama-3-8B / -70B and Llama-3.1-405B on Hugging Face (vocab 128256). LLaMA 2 70B:
# "Llama 2" (Touvron et al., 2023) and meta-llama/Llama-2-70b-hf's config.json (vocab 32000).
# Computed parameter counts: 8,030,261,248; 70,553,706,496; 405,853,388,800; 68,976,648,192.
PRESETS: dict[str, ModelConfig] = {
    "llama3-8b": ModelConfig("llama3-8b", 32, 4096, 14336, 32, 8, 128, 128256),
    "llama3-70b": ModelConfig("llama3-70b", 80, 8192, 28672, 64, 8, 128, 128256),
    "llama3-405b": ModelConfig("llama3-405b", 126, 16384, 53248, 128, 8, 128, 128256),
    "llama2-70b": ModelConfig("llama2-70b", 80, 8192, 28672, 64, 8, 128, 32000),
}


def _from_mapping(spec: Mapping[str, Any]) -> ModelConfig:
    missing = [f for f in SHAPE_FIELDS if spec.get(f) is None]
    if missing:
        raise PerfdiffError(
            f"model config lacks {', '.join(missing)}: give all of {', '.join(SHAPE_FIELDS)} "
            f"or a preset ({', '.join(PRESETS)})"
        )
    known = {f.name for f in fields(ModelConfig)}
    values = {k: v for k, v in spec.items() if k in known and v is not None}
    values["name"] = str(values.get("name") or "custom")
    return ModelConfig(**values)


def _from_text(spec: str) -> ModelConfig:
    """ "layers=2,d_model=256,...": the CLI's inline custom config."""
    values: dict[str, Any] = {}
    for item in filter(None, (part.strip() for part in spec.split(","))):
        key, sep, value = item.partition("=")
        if not sep:
            raise PerfdiffError(f"model config item {item!r} is not key=value (e.g. layers=32)")
        key = key.strip().replace("-", "_")
        try:
            if key in ("name", "mlp"):
                values[key] = value.strip()
            elif key == "tied_embeddings":
                values[key] = {"true": True, "false": False, "1": True, "0": False}[value.strip().lower()]
            else:
                values[key] = int(float(value))
        except KeyError:
            raise PerfdiffError(f"model config {key}={value!r}: expected true or false") from None
        except ValueError:
            raise PerfdiffError(f"model config {key}={value!r}: expected an integer") from None
    return _from_mapping(values)


def assumptions(spec: Any) -> list[str]:
    """What the parameter count of ``spec`` (a run card's ``model`` mapping) had to assume: one sentence
    per missing ``mlp`` / ``tied_embeddings`` (none when the spec gives ``params``)."""
    if not isinstance(spec, Mapping) or spec.get("params") is not None:
        return []
    said = {
        "mlp": "the MLP is gated (gate, up and down projections): the model does not give 'mlp'",
        "tied_embeddings": "the embeddings are not tied (the output projection has its own weights): "
        "the model does not give 'tied_embeddings'",
    }
    return [sentence for key, sentence in said.items() if spec.get(key) is None]


def get_model(spec: str | Mapping[str, Any] | ModelConfig) -> ModelConfig:
    """A ModelConfig from a preset name ("llama3-70b"), an inline "layers=...,d_model=..." string,
    a mapping with the shape fields (a run card's ``model``), or a ModelConfig."""
    if isinstance(spec, ModelConfig):
        return spec
    if isinstance(spec, Mapping):
        return _from_mapping(spec)
    if not isinstance(spec, str):
        # Any object with the shape fields as attributes (e.g. the example's LlamaConfig).
        values = {f: getattr(spec, f, None) for f in (*SHAPE_FIELDS, "name", "params", *DEFAULTS)}
        return _from_mapping({k: v for k, v in values.items() if not callable(v)})
    if "=" in spec:
        return _from_text(spec)
    key = spec.strip().lower().replace("_", "-").replace(" ", "-")
    if key in PRESETS:
        return PRESETS[key]
    raise PerfdiffError(
        f"unknown model {spec!r}: use a preset ({', '.join(PRESETS)}) or a custom config "
        "'layers=L,d_model=D,d_ff=F,heads=N,kv_heads=K,head_dim=H,vocab=V'"
    )

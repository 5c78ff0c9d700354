"""The step theory, worked by hand on concrete cases; the sweep; the run-card tie-in; the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import perfdiff
from perfdiff.chips.lookup import get_chip
from perfdiff.errors import PerfdiffError, UnknownChipError
from perfdiff.llm.models import PRESETS, get_model
from perfdiff.llm.theory import parse_sweep, step_theory_for_card, sweep, theory

L70_PARAMS = 70_553_706_496


def test_preset_parameter_counts() -> None:
    # LLaMA-3-70B by hand: per layer attention 8192·128·(2·64 + 2·8) = 150,994,944, gated MLP
    # 3·8192·28672 = 704,643,072, norms 2·8192 -> 855,654,400; x 80 = 68,452,352,000; embeddings
    # 2·128256·8192 = 2,101,346,304; final norm 8192 -> 70,553,706,496 (Meta: "70B").
    assert PRESETS["llama3-70b"].param_count == L70_PARAMS
    assert PRESETS["llama3-8b"].param_count == 8_030_261_248
    assert PRESETS["llama3-405b"].param_count == 405_853_388_800
    assert PRESETS["llama2-70b"].param_count == 68_976_648_192  # 32000-token vocabulary
    tiny = get_model("layers=2,d_model=256,d_ff=512,heads=16,kv_heads=8,head_dim=16,vocab=1024")
    # the bundled example's LlamaConfig().param_count(): 1,705,216
    assert tiny.param_count == 2 * (256 * 16 * 48 + 3 * 256 * 512 + 512) + 2 * 1024 * 256 + 256 == 1_705_216
    assert get_model({**tiny.to_dict(), "params": 1000}).param_count == 1000


def test_kv_cache_per_token_llama3_70b() -> None:
    # 2 (K and V) · 8 kv heads · 128 head_dim · 80 layers · 2 bytes = 327,680 B in bf16; half in int8
    bf16 = theory("llama3-70b", "tpu-v5e", chips=8, batch=1, seq=1, kv="bf16")
    int8 = theory("llama3-70b", "tpu-v5e", chips=8, batch=1, seq=1, kv="int8")
    assert bf16["kv_bytes_per_token"] == 2 * 8 * 128 * 80 * 2 == 327_680
    assert int8["kv_bytes_per_token"] == 163_840
    assert theory("llama3-70b", "tpu-v5e", chips=8, batch=1, seq=1, kv="int4")["kv_bytes_per_token"] == 81_920


def test_critical_batch_tpu_v5e() -> None:
    # peak / HBM B/s · bytes(weights) / 2: bf16 1.97e14 / 8.1e11 = 243.2; int8 weights with bf16
    # compute: 121.6; int8 weights and int8 compute (3.94e14): 243.2 again
    r = theory("llama3-70b", "tpu-v5e", chips=8, batch=1, seq=8192)
    assert r["critical_batch"] == pytest.approx(1.97e14 / 8.1e11)
    assert r["critical_batch"] == pytest.approx(243.21, abs=0.01)
    r = theory("llama3-70b", "tpu-v5e", chips=8, batch=1, seq=8192, weights="int8")
    assert r["critical_batch"] == pytest.approx(121.605, abs=0.001)
    r = theory("llama3-70b", "tpu-v5e", chips=8, batch=1, seq=8192, weights="int8", compute="int8")
    assert r["critical_batch"] == pytest.approx(243.21, abs=0.01)


def test_decode_step_on_a_tpu_v5e_slice() -> None:
    """The issue's example: LLaMA-3-70B, 8 x v5e, B=32, S=8192, int8 weights and KV, bf16 compute."""
    r = theory("llama3-70b", "tpu-v5e", chips=8, batch=32, seq=8192, weights="int8", kv="int8")
    # KV: 32 · 8192 · 163,840 B = 42,949,672,960 B; / (8 · 8.1e11 B/s) = 6.628 ms
    assert r["kv_bytes"] == 32 * 8192 * 163_840 == 42_949_672_960
    assert r["kv_s"] == pytest.approx(42_949_672_960 / 6.48e12)
    assert r["kv_s"] == pytest.approx(6.628e-3, abs=1e-6)
    # weights: 70,553,706,496 B / 6.48e12 B/s = 10.888 ms; FLOPs: 2·32·70.55e9 / (8·1.97e14) = 2.865 ms
    assert r["param_bytes"] == L70_PARAMS
    assert r["param_s"] == pytest.approx(10.888e-3, abs=1e-6)
    assert r["flops_s"] == pytest.approx(2 * 32 * L70_PARAMS / 1.576e15)
    assert r["flops_s"] == pytest.approx(2.865e-3, abs=1e-6)
    assert r["mlp_bound"] == "hbm"  # B = 32 < critical batch 121.6
    # step = 6.628 + max(2.865, 10.888) = 17.516 ms; 32 / 17.516 ms = 1826.9 tokens/s, 228.4 per chip
    assert r["step_s"] == pytest.approx(17.516e-3, abs=1e-6)
    assert r["tokens_per_s"] == pytest.approx(1826.9, abs=0.1)
    assert r["tokens_per_s_per_chip"] == pytest.approx(228.36, abs=0.01)
    assert r["total_bytes"] == 42_949_672_960 + L70_PARAMS


def test_min_chips_and_max_batch() -> None:
    r = theory("llama3-70b", "tpu-v5e", chips=8, batch=32, seq=8192, weights="int8", kv="int8")
    # 113.5e9 B / 16e9 B per chip = 7.09 -> 8 chips (power of two)
    assert r["min_chips"] == 8
    # (8 · 16e9 - 70.55e9) / (163,840 · 8192) = 57.446e9 / 1.342e9 = 42.8 -> 42 sequences
    assert r["max_batch"] == 42 and r["fits"]
    # bf16 everything: weights 141.1e9 B alone need 8.8 -> 16 chips; none fit in 8
    r16 = theory("llama3-70b", "tpu-v5e", chips=8, batch=1, seq=8192)
    assert r16["min_chips"] == 16 and r16["max_batch"] == 0 and not r16["fits"]
    with pytest.raises(PerfdiffError, match="does not fit 8 x tpu-v5e"):
        theory("llama3-70b", "tpu-v5e", chips=8, seq=8192)  # no batch: the largest that fits -> none
    # batch omitted: the largest that fits is used
    auto = theory("llama3-70b", "tpu-v5e", chips="4x4", seq=8192)
    # (16 · 16e9 - 141.1e9) / (327,680 · 8192) = 114.89e9 / 2.684e9 = 42.8 -> 42
    assert auto["chips"] == 16 and auto["topology"] == "4x4"
    assert auto["batch"] == auto["max_batch"] == 42 and auto["batch_is_max"]


def test_max_model_parallelism() -> None:
    # Y_max = F·M / (peak / W): v5e 28672 · 1 / (1.97e14 / 9e10) = 28672 / 2188.9 = 13.10
    above = theory("llama3-70b", "tpu-v5e", chips=8, batch=256, seq=128)
    assert above["max_model_parallelism"] == pytest.approx(13.099, abs=0.001)  # B > critical 243.2
    two_axes = theory("llama3-70b", "tpu-v5e", chips=8, batch=256, seq=128, model_axes=2)
    assert two_axes["max_model_parallelism"] == pytest.approx(26.198, abs=0.001)
    # below the critical batch the MLP is memory-bound: max(13.1, F / (8·B)) = 28672 / 256 = 112
    below = theory("llama3-70b", "tpu-v5e", chips=8, batch=32, seq=128)
    assert below["max_model_parallelism"] == 112.0


def test_prefill_and_serving_ratios() -> None:
    r = theory("llama3-70b", "tpu-v5e", chips=8, batch=32, seq=8192, weights="int8", kv="int8",
               decode_len=512, prefill=8192, mfu=0.4)  # fmt: skip
    # prefill: 2 · 70.55e9 · 8192 / (8 · 1.97e14 · 0.4) = 1.1559e15 / 6.304e14 = 1.8337 s
    assert r["prefill_s"] == pytest.approx(2 * L70_PARAMS * 8192 / 6.304e14)
    assert r["prefill_s"] == pytest.approx(1.8337, abs=1e-4)
    # queries/s per chip: 32 / (17.516 ms · 512 · 8) = 0.4460
    assert r["qps_per_chip"] == pytest.approx(0.44602, abs=1e-5)
    # each step finishes 32/512 = 1/16 sequence and frees 32 · (8192 + 512) / 512 = 544 KV tokens
    assert r["sequences_per_step"] == 0.0625 and r["evicted_tokens_per_step"] == 544.0
    # prefill servers per generate server: 32 · 1.8337 / (17.516e-3 · 512) = 6.543
    assert r["prefill_to_generate_ratio"] == pytest.approx(6.5429, abs=1e-4)


def test_training_step() -> None:
    # 6 · params · tokens / (chips · peak · mfu): LLaMA-3-8B, 16 x v5p, 16 x 4096 tokens, MFU 0.5
    # = 6 · 8,030,261,248 · 65,536 / (16 · 4.59e14 · 0.5) = 3.1576e15 / 3.672e15 = 0.8599 s
    r = theory("llama3-8b", "tpu-v5p", chips=16, batch=16, seq=4096, mfu=0.5)
    assert r["train_tokens"] == 65_536
    assert r["train_step_s"] == pytest.approx(6 * 8_030_261_248 * 65_536 / 3.672e15)
    assert r["train_step_s"] == pytest.approx(0.85992, abs=1e-5)
    # params override
    assert theory("llama3-8b", "tpu-v5p", chips=16, batch=16, seq=4096, params=8e9)["params"] == 8e9


def test_facade_and_input_errors() -> None:
    assert perfdiff.theory is theory
    with pytest.raises(UnknownChipError, match="unknown chip 'tpu-v9'"):
        theory("llama3-8b", "tpu-v9", batch=1)
    with pytest.raises(PerfdiffError, match="unknown model 'gpt5'"):
        theory("gpt5", "h100", batch=1)
    with pytest.raises(PerfdiffError, match="lacks d_ff"):
        theory({"layers": 1, "d_model": 8, "heads": 1, "kv_heads": 1, "head_dim": 8, "vocab": 8}, "h100")
    with pytest.raises(PerfdiffError, match="unknown dtype 'fp6'"):
        theory("llama3-8b", "h100", batch=1, weights="fp6")
    with pytest.raises(PerfdiffError, match="batch must be a positive integer"):
        theory("llama3-8b", "h100", batch=0)
    with pytest.raises(PerfdiffError, match="topology '4xa'"):
        theory("llama3-8b", "h100", chips="4xa", batch=1)
    with pytest.raises(PerfdiffError, match="mfu"):
        theory("llama3-8b", "h100", batch=1, mfu=1.5)
    # fp8 compute on H100 uses the fp8 peak 2e15: critical batch 2e15 / 3.35e12 · 1 / 2 = 298.5
    r = theory("llama3-8b", "h100", batch=1, seq=1024, weights="fp8", compute="fp8")
    assert r["peak_flops_per_s"] == 2e15 and r["critical_batch"] == pytest.approx(298.507, abs=1e-3)


def test_sweep_frontier() -> None:
    assert parse_sweep("batch=1:512") == ("batch", [1, 2, 4, 8, 16, 32, 64, 128, 256, 512])
    assert parse_sweep("batch=3:20") == ("batch", [3, 6, 12, 20])
    assert parse_sweep("seq=128,1024") == ("seq", [128, 1024])
    with pytest.raises(PerfdiffError, match="sweep"):
        parse_sweep("heads=1:4")
    frame = sweep("llama3-70b", "tpu-v5e", values=[1, 32, 64], chips=8, seq=8192, weights="int8", kv="int8")
    assert list(frame["batch"]) == [1, 32, 64]
    assert list(frame["fits"]) == [True, True, False]  # max_batch 42
    assert frame["step_s"].is_monotonic_increasing and frame["tokens_per_s"].is_monotonic_increasing
    assert frame.loc[1, "step_s"] == pytest.approx(17.516e-3, abs=1e-6)


def test_step_theory_for_a_run_card() -> None:
    card = {
        "device_count": 1,
        "step": {"kind": "decode", "name": "decode", "count": 5, "warmup": 2},
        "model": {"name": "tiny-llama", "layers": 2, "d_model": 256, "d_ff": 512, "heads": 16,
                  "kv_heads": 8, "head_dim": 16, "vocab": 1024, "params": 1705216, "max_seq": 128},
        "batch": 4,
        "seq": 128,
        "dtypes": {"weights": "float32", "kv": "float32", "compute": "float32"},
    }  # fmt: skip
    v5e = get_chip("tpu-v5e")
    r = step_theory_for_card(card, v5e)
    assert r is not None and r["step_kind"] == "decode" and r["weights"] == "f32"
    # KV: 2·8·16·2 layers·4 B = 2048 B per token; 4 · 128 · 2048 / 8.1e11 = 1.2945 µs
    # weights: 1,705,216 · 4 B / 8.1e11 = 8.4208 µs (> FLOPs 2·4·1,705,216 / 1.97e14 = 0.0692 µs)
    assert r["kv_bytes_per_token"] == 2048
    assert r["theory_step_s"] == r["step_s"] == pytest.approx((4 * 128 * 2048 + 1_705_216 * 4) / 8.1e11)
    train = step_theory_for_card(card | {"step": {"kind": "train"}, "seq": 64}, v5e)
    # 6 · 1,705,216 · 4 · 64 / 1.97e14 = 13.295 µs
    assert train["theory_step_s"] == pytest.approx(6 * 1_705_216 * 256 / 1.97e14)
    assert step_theory_for_card(card | {"model": None}, v5e) is None
    assert step_theory_for_card(card | {"step": {"kind": "custom"}}, v5e) is None


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, COLUMNS="120")
    return subprocess.run(
        [sys.executable, "-m", "perfdiff.cli.main", "theory", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


ISSUE_ARGS = ("--model", "llama3-70b", "--chip", "tpu-v5e", "--chips", "8", "--batch", "32", "--seq", "8192",
              "--weights", "int8", "--kv", "int8")  # fmt: skip


def test_cli_text() -> None:
    done = _cli(*ISSUE_ARGS, "--decode-len", "512")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "llama3-70b" in out and "tpu-v5e" in out
    assert "17.52 ms" in out  # step_s
    assert "163.8 kB" in out  # kv_bytes_per_token: 163,840 B
    assert "121.6" in out  # critical batch


def test_cli_json() -> None:
    done = _cli(*ISSUE_ARGS, "--compute", "bf16", "--model-axes", "2", "--decode-len", "512",
                "--prefill", "8192", "--mfu", "0.4", "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    r = json.loads(done.stdout)
    keys = ("kv_bytes_per_token", "kv_bytes", "param_bytes", "total_bytes", "min_chips", "max_batch",
            "critical_batch", "step_s", "kv_s", "param_s", "flops_s", "tokens_per_s_per_chip",
            "qps_per_chip", "prefill_s", "evicted_tokens_per_step", "prefill_to_generate_ratio",
            "max_model_parallelism", "train_step_s")  # fmt: skip
    assert all(k in r for k in keys)
    assert all(not isinstance(v, (dict, list)) for v in r.values())  # flat
    assert r["kv_bytes_per_token"] == 163_840 and r["max_batch"] == 42 and r["min_chips"] == 8
    assert r["step_s"] == pytest.approx(17.516e-3, abs=1e-6)
    assert r["prefill_s"] == pytest.approx(1.8337, abs=1e-4) and r["model_axes"] == 2


def test_cli_sweep_and_plot(tmp_path: Path) -> None:
    plot = tmp_path / "frontier.png"
    done = _cli(*ISSUE_ARGS, "--sweep", "batch=1:64", "--plot", str(plot))
    assert done.returncode == 0, done.stderr
    assert "batch" in done.stdout and "tokens/s/chip" in done.stdout
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    done = _cli(*ISSUE_ARGS, "--sweep", "batch=1:64", "--json")
    rows = json.loads(done.stdout)
    assert [row["batch"] for row in rows] == [1, 2, 4, 8, 16, 32, 64]
    assert rows[5]["step_s"] == pytest.approx(17.516e-3, abs=1e-6) and rows[6]["fits"] is False


def test_cli_errors_exit_2() -> None:
    done = _cli("--model", "llama3-70b", "--chip", "tpu-v99")
    assert done.returncode == 2 and "unknown chip 'tpu-v99'" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    done = _cli("--model", "llama3-70b", "--chip", "tpu-v5e", "--chips", "8", "--topology", "4x4")
    assert done.returncode == 2

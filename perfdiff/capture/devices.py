"""How many CPU devices jax starts with: the fake devices of ``--xla_force_host_platform_device_count``.

XLA fixes the device count when jax starts its backends, so it is set before: in the environment of
a process about to start (:func:`child_env`), or in this process while jax's backends are not running
yet (:func:`use_cpu_devices`).
"""

from __future__ import annotations

import os
import re
import sys

COUNT_FLAG = "--xla_force_host_platform_device_count"


def xla_flags(devices: int, flags: str | None = None) -> str:
    """``flags`` (default: $XLA_FLAGS) with the fake-device count set to ``devices`` (other flags kept)."""
    flags = os.environ.get("XLA_FLAGS", "") if flags is None else flags
    kept = re.sub(rf"{COUNT_FLAG}=\S*", "", flags).split()
    return " ".join([*kept, f"{COUNT_FLAG}={devices}"])


def without_count(flags: str) -> str:
    """``flags`` less any fake-device count."""
    return " ".join(re.sub(rf"{COUNT_FLAG}=\S*", "", flags).split())


def child_env(devices: int, env: dict[str, str] | None = None) -> dict[str, str]:
    """An environment for a new process whose jax sees ``devices`` CPU devices (and only the CPU)."""
    env = dict(os.environ if env is None else env)
    return env | {"XLA_FLAGS": xla_flags(devices, env.get("XLA_FLAGS", "")), "JAX_PLATFORMS": "cpu"}


def use_cpu_devices(devices: int) -> bool:
    """Arrange for jax to see ``devices`` CPU devices in this process; False if it is too late (jax's
    backends already started with another count)."""
    if "jax" not in sys.modules:
        os.environ["XLA_FLAGS"] = xla_flags(devices)
        os.environ["JAX_PLATFORMS"] = "cpu"
        return True
    import jax

    try:  # jax imported but its backends not started yet: the config still takes
        jax.config.update("jax_platforms", "cpu")
        jax.config.update("jax_num_cpu_devices", devices)
    except RuntimeError:
        pass
    return jax.default_backend() == "cpu" and jax.device_count() == devices
